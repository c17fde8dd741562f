"""Tests of which side of a visit a participant is on, where the wording names the other side near them."""

from __future__ import annotations

from django.test import SimpleTestCase

from relations_plugin.extraction import suggest_package


def sides(text: str) -> dict[str, str]:
    """Participant surname -> country."""
    return {p.name.split()[-1]: p.country for p in suggest_package(text).participants}


def countries_by_name(text: str) -> dict[str, str]:
    """Participant full name -> country."""
    return {p.name: p.country for p in suggest_package(text).participants}


class DelegationOfLeaderTests(SimpleTestCase):
    def test_the_delegation_of_a_leader_described_by_country_is_that_country(self):
        text = (
            "HANOI - Estonian Prime Minister Kaarel Tammsaare held talks with Prime Minister Vo Thanh Lam in Hanoi "
            "on Tuesday.\n\nThe delegation of the Estonian Prime Minister includes Economy Minister Liisa Ojaveer "
            "and Defence Minister Rein Kuusk.\n\nEstonia and Vietnam agreed to expand trade."
        )
        found = sides(text)
        self.assertEqual(found["Ojaveer"], "EE")
        self.assertEqual(found["Kuusk"], "EE")

    def test_a_delegation_only_welcomed_by_an_official_gives_no_country(self):
        text = (
            "HANOI - Estonian Prime Minister Kaarel Tammsaare held talks with Prime Minister Vo Thanh Lam in Hanoi "
            "on Tuesday.\n\nEconomy Minister Dinh Van Son greeted the delegation of the Estonian Prime Minister at "
            "the airport.\n\nEstonia and Vietnam agreed to expand trade."
        )
        self.assertEqual(sides(text)["Son"], "VN")


class DelegationMeetsWithTests(SimpleTestCase):
    TEXT = (
        "The Speaker of the Parliament of Latvia, Ilze Kalnina, arrived in Yerevan on Monday.\n\n"
        "On Tuesday she will hold talks with Prime Minister of Armenia Aram Sahakyan. The Latvian delegation will "
        "{} Deputy Foreign Minister Ani Grigoryan.\n\nLatvia and Armenia will discuss trade."
    )

    def test_the_one_a_delegation_meets_with_is_not_of_the_delegation(self):
        self.assertEqual(sides(self.TEXT.format("also meet with"))["Grigoryan"], "AM")

    def test_a_delegation_with_a_minister_in_it_is_still_the_ministers(self):
        self.assertEqual(sides(self.TEXT.format("travel with"))["Grigoryan"], "LV")


class PronounAfterPassiveTests(SimpleTestCase):
    TEXT = (
        "Norwegian Prime Minister Sigrid Havnaas arrived in Lima on Monday for talks with Peruvian Prime Minister "
        "Julio Quispe Ramos.\n\n{} He was accompanied by Minister of Health Carmen Vilca Soto and Minister of "
        "Energy Lucas Mamani Ccori.\n\nNorway and Peru signed a memorandum on fisheries."
    )

    def test_he_after_a_passive_is_its_subject_not_the_agent(self):
        found = sides(self.TEXT.format("Havnaas was welcomed at Jorge Chavez Airport by Prime Minister Quispe Ramos."))
        self.assertEqual(found["Soto"], "NO")
        self.assertEqual(found["Ccori"], "NO")

    def test_he_after_an_active_sentence_is_still_the_leader_named_last(self):
        found = sides(self.TEXT.format("Prime Minister Quispe Ramos then opened a new hospital in Callao."))
        self.assertEqual(found["Soto"], "PE")


class ListClosedByCountryTests(SimpleTestCase):
    TEXT = (
        "TBILISI - Austrian Minister of Trade and Industry Otto Brandl held talks with Prime Minister of Georgia "
        "Irakli Basiladze in Tbilisi on Monday.\n\n{} Minister of Foreign Affairs Nino Kapanadze and Ambassador of "
        "Austria to Georgia Franz Hollerbach also attended the meeting.\n\nAustria and Georgia agreed to expand "
        "trade."
    )

    def test_a_minister_whose_field_the_closing_country_already_holds_is_the_other_side(self):
        found = sides(self.TEXT.format("Minister of Trade and Sustainable Development Eka Dolidze,"))
        self.assertEqual(found["Dolidze"], "GE")
        self.assertEqual(found["Kapanadze"], "GE")

    def test_a_list_of_fields_the_closing_country_lacks_is_still_its_delegation(self):
        found = sides(self.TEXT.format("Minister of Culture Eka Dolidze,"))
        self.assertEqual(found["Dolidze"], "AT")
        self.assertEqual(found["Kapanadze"], "AT")


class SignedForSideTests(SimpleTestCase):
    TEXT = (
        "SUVA - Fiji and Norway signed two agreements on fisheries on Friday.\n\nMr Vunivalu signed {} the Fijian "
        "Government while Mr Aasen and NORAD regional adviser Ingrid Haugland signed for Norway.\n\nForeign "
        "Minister Semi Vunivalu said the agreements were welcome. Trade Minister Knut Aasen said Norway was pleased."
    )

    def test_signers_named_before_signed_for_a_country_are_of_it(self):
        found = sides(self.TEXT.format("on behalf of"))
        self.assertEqual(found["Haugland"], "NO")
        self.assertEqual(found["Aasen"], "NO")

    def test_a_signer_before_the_contrast_keeps_his_own_side(self):
        found = sides(self.TEXT.format("for"))
        self.assertEqual(found["Vunivalu"], "FJ")
        self.assertEqual(found["Aasen"], "NO")


class CountryBeforeLowerCaseOfficeTests(SimpleTestCase):
    """A country's possessive or adjective before a title written in lower case is the person's country."""

    TEXT = (
        "Peruvian President Rosa Quillca held talks with the prime minister, Hugh Denholm, on Tuesday.\n\n"
        "A memorandum on fisheries was signed by the environment secretary, Clare Abney, and {} Luis Pacora.\n\n"
        "Peru and the UK agreed to expand trade."
    )

    def test_a_possessive_country_before_a_lower_case_office(self):
        found = sides(self.TEXT.format("Peru's fisheries minister,"))
        self.assertEqual(found["Pacora"], "PE")
        self.assertEqual(found["Abney"], "GB")

    def test_a_country_adjective_before_a_lower_case_office(self):
        self.assertEqual(sides(self.TEXT.format("the Peruvian production minister,"))["Pacora"], "PE")

    def test_a_country_before_a_capitalised_title_after_a_preposition_is_not_the_persons(self):
        text = (
            "SEOUL - Ghana secured pledges from South Korean companies during Prime Minister Kofi Adjei's three-day "
            "visit to the republic, which ended today.\n\nAdjei met President Park Jin-ho on Monday."
        )
        self.assertEqual(sides(text)["Adjei"], "GH")


class SideAsSubjectTests(SimpleTestCase):
    """ "The Indian side said ..." is the side's own act: whoever the sentence names after it is not thereby of it."""

    TEXT = (
        "NEW DELHI - Prime Minister Bishnu Karki of Nepal held talks with Prime Minister Anil Verma in New Delhi on "
        "Thursday.\n\nForeign Secretary Hari Pokharel, who is part of the visiting delegation, briefed reporters.\n\n"
        "{}\n\nNepal and India signed three agreements."
    )

    def test_a_side_that_speaks_names_nobody_after_it(self):
        found = sides(self.TEXT.format('"The Indian side said it would study the request," Pokharel said.'))
        self.assertEqual(found["Pokharel"], "NP")

    def test_a_sides_readout_names_nobody_after_it(self):
        found = sides(self.TEXT.format("The Indian side's readout made no mention of it, Pokharel said."))
        self.assertEqual(found["Pokharel"], "NP")

    def test_a_side_that_includes_people_still_names_them(self):
        found = sides(self.TEXT.format("The Indian side included Commerce Secretary Ravi Menon."))
        self.assertEqual(found["Menon"], "IN")

    def test_people_signing_from_a_side_are_of_it(self):
        found = sides(self.TEXT.format("From the Indian side they were signed by Commerce Secretary Ravi Menon."))
        self.assertEqual(found["Menon"], "IN")


class OwnTitleOverCompanionTests(SimpleTestCase):
    """A person whose own title names a country keeps it when named beside another side's leader."""

    TEXT = (
        "ACCRA - Dutch Prime Minister Jan Vermeer held talks with President Kofi Mensah in Accra on Monday.\n\n"
        "Vermeer was {} Trade Minister Piet de Boer.\n\nGhana and the Netherlands signed four agreements."
    )

    def test_a_possessive_title_beside_the_guest_keeps_its_country(self):
        found = sides(self.TEXT.format("joined by Ghana's finance minister Ama Owusu and"))
        self.assertEqual(found["Owusu"], "GH")
        self.assertEqual(found["Boer"], "NL")

    def test_a_title_of_a_country_beside_the_guest_keeps_its_country(self):
        found = sides(self.TEXT.format("accompanied by the Minister of Finance of Ghana, Ama Owusu, and"))
        self.assertEqual(found["Owusu"], "GH")

    def test_a_title_without_a_country_goes_with_the_one_accompanied(self):
        found = sides(self.TEXT.format("accompanied by Finance Minister Ama Owusu and"))
        self.assertEqual(found["Owusu"], "NL")


class AgencysOwnCountryTests(SimpleTestCase):
    """A national agency's copy of its own country's visit abroad titles its own officials alone."""

    TEXT = (
        "OSLO, May 4 ({}) -- Malaysian Prime Minister Datuk Seri Rahim Osman held talks with Norwegian Prime "
        "Minister Eirik Lunde in Oslo today, on the second day of his three-day official visit to Norway.\n\n"
        "Foreign Minister Datuk Aminah Salleh said the two sides agreed to expand trade in palm oil and seafood.\n\n"
        "Later in the day, Rahim called on King Harald Voss at the Royal Palace.\n\n"
        "Malaysia and Norway signed two memoranda of understanding."
    )

    def test_an_official_titled_alone_in_the_guests_agency_copy_is_the_guests(self):
        found = sides(self.TEXT.format("Bernama"))
        self.assertEqual(found["Salleh"], "MY")
        self.assertEqual(found["Osman"], "MY")

    def test_one_the_guest_calls_on_stays_the_hosts(self):
        self.assertEqual(sides(self.TEXT.format("Bernama"))["Voss"], "NO")

    def test_without_an_agency_of_the_guest_the_host_default_stands(self):
        self.assertEqual(sides(self.TEXT.format("NTB"))["Salleh"], "NO")


class OwnCounterpartTests(SimpleTestCase):
    """ "X and his Vietnamese counterpart": X is of the other side than the counterpart's country."""

    TEXT = (
        "Canada and Vietnam agree to upgrade ties\n\nPrime Minister Alistair Brooke {} announced on Tuesday that "
        "Canada and Vietnam will raise their relations to a strategic partnership.\n\nThe announcement came after "
        "talks between Brooke and Prime Minister Le Van Tam at the Government Office.\n\nCanada and Vietnam signed "
        "three agreements on trade."
    )

    def test_the_one_named_with_his_counterpart_is_of_the_other_side(self):
        found = sides(self.TEXT.format("and his Vietnamese counterpart"))
        self.assertEqual(found["Brooke"], "CA")
        self.assertEqual(found["Tam"], "VN")

    def test_a_counterpart_of_a_third_country_tells_nothing(self):
        found = sides(self.TEXT.format("and his Thai counterpart"))
        self.assertEqual(found["Brooke"], "")


class OwnersSpokespersonTests(SimpleTestCase):
    """ "Khumalo's spokesperson, X": the side of the one whose office X speaks for, comma or not."""

    TEXT = (
        "PARIS - Nigerian President Bola Adeyemi held talks with President Claire Fournier at the Elysee Palace in "
        "Paris on Monday.\n\nCritics at home said the trip was a waste of money. {} dismissed the criticism.\n\n"
        "Nigeria and France signed two agreements."
    )

    def test_a_spokesperson_set_off_by_a_comma_after_the_owner(self):
        self.assertEqual(sides(self.TEXT.format("Adeyemi's spokesman, Tunde Bakare,"))["Bakare"], "NG")

    def test_a_spokesperson_right_after_the_owner(self):
        self.assertEqual(sides(self.TEXT.format("Adeyemi's spokesman Tunde Bakare"))["Bakare"], "NG")

    def test_a_spokesperson_of_nobody_named_is_the_hosts(self):
        self.assertEqual(sides(self.TEXT.format("The spokesman Tunde Bakare"))["Bakare"], "FR")


class TheCountrysOfficeTests(SimpleTestCase):
    """ "the country's foreign minister, X": the country the sentence names first, not a people's adjective."""

    def test_the_countrys_minister_is_of_the_country_the_sentence_names_first(self):
        text = (
            "Estonia is seeking deals in Kenya's coffee sector, the country's foreign minister, Anna Kask, has said."
            "\n\nKask said Estonian firms were ready to invest.\n\nEstonia and Kenya signed two agreements."
        )
        self.assertEqual(sides(text)["Kask"], "EE")

    def test_a_peoples_adjective_before_is_not_the_country(self):
        text = (
            "The Estonian prime minister, Mart Kivi, arrived in Kenya on Monday, where he met the country's "
            "president, Daniel Moi Otieno.\n\nEstonia and Kenya signed two agreements."
        )
        found = sides(text)
        self.assertEqual(found["Otieno"], "KE")
        self.assertEqual(found["Kivi"], "EE")


class BodyCountryBeforeHeadTests(SimpleTestCase):
    """A body's head is of the country the body's own name carries."""

    TEXT = (
        "NEW DELHI - Kenyan President Paul Kiptoo held talks with Prime Minister Arjun Mehta in New Delhi on "
        "Thursday, on the second day of his state visit to India.\n\nA team of business leaders led by {} Peter "
        "Mwangi is also in Delhi.\n\nKenya and India signed five agreements."
    )

    def test_the_country_in_the_bodys_name_is_its_heads(self):
        found = sides(self.TEXT.format("Federation of Kenyan Chambers of Commerce and Industry President"))
        self.assertEqual(found["Mwangi"], "KE")

    def test_a_body_named_with_no_country_leaves_the_head_to_the_sides(self):
        found = sides(self.TEXT.format("Commonwealth Enterprise and Investment Council Chairman"))
        self.assertNotEqual(found.get("Mwangi"), "KE")


class LeadersOfficeStaffTests(SimpleTestCase):
    """ "Presidency spokesperson X" serves the one president the story names, on whichever side."""

    def test_a_presidency_spokesperson_without_a_host_is_the_presidents(self):
        text = (
            "Dutch Prime Minister Jan Vermeer held talks with President Kofi Mensah at Jubilee House on Monday.\n\n"
            "Vermeer was accompanied by Trade Minister Piet de Boer. Presidency spokesperson Ama Boateng said the "
            "talks were cordial.\n\nGhana and the Netherlands signed four agreements."
        )
        self.assertEqual(sides(text)["Boateng"], "GH")

    def test_a_presidency_spokesperson_travelling_with_the_guest_is_the_guests(self):
        text = (
            "THE HAGUE - Ghanaian President Kofi Mensah arrived in The Hague on Monday for talks with Prime "
            "Minister Jan Vermeer.\n\nPresidency spokesperson Ama Boateng said the talks were cordial.\n\n"
            "Ghana and the Netherlands signed four agreements."
        )
        self.assertEqual(sides(text)["Boateng"], "GH")

    def test_with_two_presidents_the_office_tells_no_side(self):
        text = (
            "NAIROBI - Ghanaian President Kofi Mensah arrived in Nairobi on Monday for talks with President "
            "Daniel Mutua.\n\nPresidency spokesperson Ama Boateng said the talks were cordial.\n\n"
            "Ghana and Kenya signed four agreements."
        )
        self.assertEqual(sides(text)["Boateng"], "KE")


class ReceivedByAfterPronounTests(SimpleTestCase):
    """ "She was received by the state minister, X": X receives the last sentence's subject, so is the other side."""

    TEXT = (
        "Estonia is seeking deals in Kenya's coffee sector, the country's foreign minister, Anna Kask, has said.\n\n"
        "Kask said Estonian firms were ready to invest. {} the vice-president, Tom Okello, at State House.\n\n"
        "Estonia and Kenya signed two agreements."
    )

    def test_the_one_who_receives_her_is_the_other_side(self):
        found = sides(self.TEXT.format("She was received by"))
        self.assertEqual(found["Kask"], "EE")
        self.assertEqual(found["Okello"], "KE")

    def test_one_she_travels_with_is_not_thereby_the_other_side(self):
        self.assertNotEqual(sides(self.TEXT.format("She travelled with"))["Okello"], "KE")


class IndiasForeignMinistryTests(SimpleTestCase):
    """India's foreign ministry alone is called the Ministry of External Affairs (MEA)."""

    TEXT = (
        "ACCRA - Indian Vice President Ravi Shankar Menon arrived in Accra on Monday on a three-day visit to Ghana."
        "\n\nMenon held talks with President Kofi Mensah at Jubilee House. {} Anil Kumar Joshi told reporters the "
        "talks were useful.\n\nIndia and Ghana signed three agreements."
    )

    def test_a_secretary_in_the_ministry_of_external_affairs_is_indias(self):
        found = sides(self.TEXT.format("Secretary (West) in the Ministry of External Affairs"))
        self.assertEqual(found["Joshi"], "IN")

    def test_a_secretary_in_the_mea_is_indias(self):
        self.assertEqual(sides(self.TEXT.format("Secretary (West) in the MEA"))["Joshi"], "IN")

    def test_a_deputy_foreign_minister_titled_alone_stays_the_hosts(self):
        self.assertEqual(sides(self.TEXT.format("Deputy Minister of Foreign Affairs"))["Joshi"], "GH")


class BylineCityTests(SimpleTestCase):
    """A byline's city is where the visit is; a byline that sends the reporter there makes the paper the guest's."""

    TEXT = (
        "Lisbon pact eases fishing row\n\n{}\n\n"
        "Prime Minister Ingrid Solvang held talks with her Portuguese counterpart, Prime Minister Rui Tavares Coelho, "
        "on Monday. Norway and Portugal agreed to share catch data.\n\n"
        "Foreign Minister Duarte Lobo Pires said the talks were frank. Trade Minister Eirik Haugland said exporters "
        "would benefit. Norway and Portugal will meet again next year."
    )

    def test_a_reporter_filing_from_a_city_places_the_untold_ministers_there(self):
        for byline in ("Astrid Nygaard, Lisbon", "Astrid Nygaard in Lisbon", "LISBON"):
            with self.subTest(byline=byline):
                found = sides(self.TEXT.format(byline))
                self.assertEqual(found["Pires"], "PT")
                self.assertEqual(found["Haugland"], "PT")

    def test_a_reporter_sent_abroad_writes_for_the_guests_paper(self):
        for byline in (
            "From Astrid Nygaard in Lisbon",
            "From our correspondent in Lisbon",
            "Foreign Desk, back from Lisbon",
        ):
            with self.subTest(byline=byline):
                self.assertEqual(sides(self.TEXT.format(byline))["Haugland"], "NO")

    def test_from_a_reporter_comma_a_city_may_be_at_home(self):
        self.assertEqual(sides(self.TEXT.format("From Astrid Nygaard, Lisbon"))["Haugland"], "PT")

    def test_a_byline_without_a_city_places_nobody(self):
        self.assertEqual(sides(self.TEXT.format("Astrid Nygaard, Fisheries Correspondent"))["Haugland"], "")


class RetinueOfALateTitledLeaderTests(SimpleTestCase):
    """A leader whose office the text gives only in passing still takes along those who accompany him."""

    TEXT = (
        "Lindqvist pledges support on Ghana trip\n\nMaja Holm in Accra\n\n"
        "Anders Lindqvist has promised Ghana a new partnership, as he became the first Swedish prime minister in a "
        "decade to visit West Africa.\n\nSpeaking alongside President Kofi Asante at Jubilee House, Lindqvist "
        "announced new credit lines for solar projects.\n\n{}\n\nGhana and Sweden agreed to meet again next year."
    )

    def test_those_accompanying_the_prime_minister_are_his_side(self):
        found = sides(
            self.TEXT.format(
                "The prime minister was accompanied by the trade minister, Karin Berglund, and the aid minister, "
                "Olof Strand."
            )
        )
        self.assertEqual(found["Berglund"], "SE")
        self.assertEqual(found["Strand"], "SE")

    def test_a_bare_minister_accompanied_is_no_leader_to_follow(self):
        found = sides(
            self.TEXT.format(
                "The minister was accompanied by the trade minister, Karin Berglund, and the aid minister, "
                "Olof Strand."
            )
        )
        self.assertEqual(found["Berglund"], "GH")

    def test_ministers_attending_with_no_one_accompanied_stay_the_hosts(self):
        found = sides(
            self.TEXT.format(
                "The trade minister, Karin Berglund, and the aid minister, Olof Strand, attended the talks."
            )
        )
        self.assertEqual(found["Strand"], "GH")


class PreviewHostTests(SimpleTestCase):
    """A preview names its host only by the visit it announces: "X will pay a state visit to China"."""

    TEXT = (
        "Spokesperson's regular briefing\n\n"
        "At the invitation of President Zhou Min, President of the Republic of Zambia Peter Mulenga {} from May 3 "
        "to 6. During the visit, Premier Han Dehai and Chairman Liu Bo will meet with him.\n\nZambia and China are "
        "partners."
    )

    def test_the_announced_visit_places_the_hosts_officials(self):
        found = sides(self.TEXT.format("will pay a state visit to China"))
        self.assertEqual(found["Dehai"], "CN")
        self.assertEqual(found["Bo"], "CN")

    def test_a_preview_naming_no_place_places_the_bare_titled_on_the_side_never_titled_with_its_country(self):
        # (no place: the guest alone is titled with his republic, so the premier titled by office is the host's)
        self.assertEqual(sides(self.TEXT.format("will hold talks on trade"))["Dehai"], "CN")

    def test_travellers_the_future_lets_in_are_no_visit(self):
        text = (
            "Ghana and Jamaica ink visa deal\n\nJamaicans travelling to Ghana will no longer need a visa, after the "
            "two countries signed a waiver yesterday. Foreign Minister Marcia Bryan-Lindo said it takes effect soon."
            "\n\nGhana and Jamaica are partners."
        )
        self.assertNotEqual(sides(text)["Bryan-Lindo"], "GH")


class UntitledHoldsTalksTests(SimpleTestCase):
    """A name the text never titles, holding talks with someone of one side, is of the other."""

    TEXT = (
        "Trade tops agenda in Astana\n\n{}\n\nSadykov noted that trade could triple. Kazakhstan and Mongolia signed "
        "five documents."
    )

    def test_one_holding_talks_with_a_described_president_is_the_other_side(self):
        found = sides(self.TEXT.format("Erlan Sadykov holds talks with President of Mongolia Batbold Enkh on Monday."))
        self.assertEqual(found["Sadykov"], "KZ")
        self.assertEqual(found["Enkh"], "MN")

    def test_the_one_met_may_be_described_after_the_name(self):
        found = sides(self.TEXT.format("Erlan Sadykov met with Batbold Enkh, the Mongolian President, on Monday."))
        self.assertEqual(found["Sadykov"], "KZ")

    def test_meeting_a_delegation_names_no_person_to_oppose(self):
        found = sides(
            self.TEXT.format(
                "Erlan Sadykov met with the Mongolian business delegation on Monday. President of Mongolia Batbold "
                "Enkh also spoke."
            )
        )
        self.assertEqual(found["Sadykov"], "")


class RegionAdjectiveTests(SimpleTestCase):
    """ "The Central American country", "Latin American markets": a region's adjective names no United States."""

    def test_a_region_of_the_americas_is_no_side(self):
        text = (
            "Canal tops agenda as Foreign Minister visits Costa Rica\n\nBy JANE ROE\n\nForeign Minister Kamina Brown "
            "met Costa Rican Foreign Minister Luis Mora in San Jose on Tuesday.\n\nMs Brown is on a three-day working "
            "visit to the Central American country, her first since taking office. She was accompanied by Director "
            "of the Americas Division Ms Ann Reid.\n\nJamaica and Costa Rica signed an agreement on tourism. American "
            "tariffs were discussed."
        )
        found = sides(text)
        self.assertEqual(found["Brown"], "JM")
        self.assertEqual(found["Reid"], "JM")

    def test_the_american_alone_is_still_the_united_states(self):
        text = (
            "KINGSTON - American Secretary of State Mark Hill met Foreign Minister Kamina Brown in Kingston on "
            "Tuesday.\n\nMr Hill is on a two-day working visit to Jamaica. Jamaica and the United States signed an "
            "agreement on security."
        )
        self.assertEqual(sides(text)["Hill"], "US")


class SignedForEachSideTests(SimpleTestCase):
    """ "Signed for Fiji by A, and for Japan by B": each signer is of the side named before them."""

    TEXT = (
        "SUVA - Japan and Fiji signed an accord on fisheries on Monday. It was signed for Fiji by Minister of "
        "Fisheries Mr Jone Vatu{}. Both sides praised the deal."
    )

    def test_the_second_side_named_for_its_signer_is_theirs(self):
        found = sides(self.TEXT.format(", and for Japan by Senior Vice Minister Mr Kenji Arai"))
        self.assertEqual(found["Vatu"], "FJ")
        self.assertEqual(found["Arai"], "JP")

    def test_a_country_named_for_no_signer_takes_nobody(self):
        found = sides(self.TEXT.format(" and Permanent Secretary Mr Sami Tora, with a copy for Japan"))
        self.assertEqual(found["Tora"], "FJ")


class SmallStatesCapitalsTests(SimpleTestCase):
    """A capital of a small state places the visit as any capital does; "T&T" is the country it abbreviates."""

    TEXT = (
        "{guest} minister in T&T\n\nBy JANE ROE\n\n{guest}'s Minister of Foreign Affairs Dr Rui Lobo arrived in "
        "{city} on Monday for a two-day official visit.\n\nYesterday he paid a courtesy call on Prime Minister Dr "
        'Keith Baptiste at the Office of the Prime Minister.\n\n"{guest} is close to us," Dr Baptiste said.'
    )

    def test_the_leader_received_in_the_capital_is_the_hosts(self):
        found = sides(self.TEXT.format(guest="Portugal", city="Port of Spain"))
        self.assertEqual(found["Baptiste"], "TT")
        self.assertEqual(found["Lobo"], "PT")

    def test_the_capital_named_after_spain_is_no_spanish_host(self):
        found = sides(self.TEXT.format(guest="Spain", city="Port of Spain"))
        self.assertEqual(found["Baptiste"], "TT")
        self.assertEqual(found["Lobo"], "ES")

    def test_a_town_no_capital_leaves_the_bare_titled_on_the_side_never_titled_with_its_country(self):
        self.assertEqual(sides(self.TEXT.format(guest="Portugal", city="Arima"))["Baptiste"], "TT")


class PortfolioBeforeStylesTests(SimpleTestCase):
    """A portfolio with a word the lexicon lacks, ending in an office's word, stays the office before the styles of
    the name ("Minister of Foreign and Caribbean Affairs Senator the Honourable Dr X")."""

    TEXT = (
        "T&T, Kenya sign sport pact\n\nNAIROBI - {} Senator the Honourable Dr Jane Roe arrived in Nairobi on Monday "
        "for a working visit. She met Kenyan Cabinet Secretary for Foreign Affairs Dr Grace Mwangi. Kenya and "
        "Trinidad and Tobago signed an agreement on sport."
    )

    def test_the_styled_minister_keeps_the_office_and_the_side(self):
        found = {
            p.name: p
            for p in suggest_package(self.TEXT.format("Minister of Foreign and Caribbean Affairs")).participants
        }
        self.assertEqual(found["Jane Roe"].title, "Minister of Foreign and Caribbean Affairs")
        self.assertEqual(found["Jane Roe"].country, "TT")

    def test_a_portfolio_ending_in_no_office_word_gives_no_office(self):
        found = {
            p.name: p for p in suggest_package(self.TEXT.format("Minister of Foreign and Caribbean")).participants
        }
        self.assertNotEqual(found["Jane Roe"].title, "Minister of Foreign and Caribbean")


class DatelineInCapitalsTests(SimpleTestCase):
    """A dateline's city in capitals is the city whatever the case of its particles ("DAR ES SALAAM")."""

    TEXT = (
        "Tanzania, Oman agree on trade\n\n{}, May 3 - Prime Minister Juma Mrisho held talks with Omani Minister of "
        "Commerce Sayyid Qais Al Busaidi on Tuesday.\n\nMr Mrisho said trade between Tanzania and Oman would grow. "
        "The two sides signed a memorandum on trade."
    )

    def test_a_city_with_lower_case_particles_is_the_hosts(self):
        self.assertEqual(sides(self.TEXT.format("DAR ES SALAAM"))["Mrisho"], "TZ")

    def test_a_town_the_table_lacks_leaves_the_bare_titled_on_the_side_never_titled_with_its_country(self):
        self.assertEqual(sides(self.TEXT.format("MOROGORO"))["Mrisho"], "TZ")


class RetinueOfATitledSubjectTests(SimpleTestCase):
    """ "The Deputy Prime Minister, who ..., is ... He was accompanied by A and B": "he" is the office's one holder,
    the subject before, not the minister named last."""

    TEXT = (
        "ACCRA, May 3 - Pakistan's Deputy Prime Minister Ali Raza Khan and Ghana's Minister for Foreign Affairs Kofi "
        "Boateng agreed on Tuesday to expand trade.\n\n{} He was accompanied by Special Assistant to the Prime "
        "Minister Bilal Ahmed Qureshi and Additional Secretary (Africa) Sana Tariq Malik.\n\nPakistan and Ghana "
        "signed an agreement on trade."
    )

    def test_the_retinue_is_of_the_office_holder_the_sentence_before_opens_with(self):
        found = sides(
            self.TEXT.format(
                "The Deputy Prime Minister, who is on a two-day official visit to Ghana, is the first Pakistani "
                "foreign minister to visit in a decade."
            )
        )
        self.assertEqual(found["Qureshi"], "PK")
        self.assertEqual(found["Malik"], "PK")

    def test_an_office_nobody_named_holds_leads_nobody_new(self):
        found = sides(self.TEXT.format("The Vice President, who is on leave, sent greetings."))
        self.assertEqual(found["Qureshi"], "GH")


class RetinueAfterAChainOfPronounsTests(SimpleTestCase):
    """ "The prime minister arrived ... / He was received by A. / He was accompanied by B and C": a pronoun opening a
    paragraph goes on with the subject of the paragraph before, through a sentence that opens with a pronoun too."""

    def test_the_lower_case_office_named_before_the_pronouns_leads_the_retinue(self):
        text = (
            "Iceland and Bhutan agree on trade\n\nTHIMPHU: Prime Minister Anton Vasek on Monday called on Bhutanese "
            "Crown Prince and Prime Minister Ottokar Muskar at the Royal Palace.\n\nThe prime minister arrived in "
            "the Bhutanese capital on Sunday. He was received at the airport by the mayor of Paro, Pavel Drazic.\n\n"
            "He was accompanied by Finance Minister Milos Hradek and Trade Minister Jana Lindtova.\n\nIceland and "
            "Bhutan will hold talks again. Iceland's leader thanked Bhutan."
        )
        found = sides(text)
        self.assertEqual((found["Hradek"], found["Lindtova"]), ("IS", "IS"))

    def test_a_vice_president_who_arrived_keeps_the_retinue(self):
        text = (
            "ASUNCION, June 4 - Latvian Vice-President Elena Sarko held talks with Paraguayan President Tomas Obi "
            "on Monday.\n\nSarko arrived on Sunday at the invitation of President Obi. She is accompanied by the "
            "Minister of Energy, Karl Denn, and by the Minister of Health, Anna Vell.\n\nLatvia and Paraguay signed "
            "an agreement on energy."
        )
        found = sides(text)
        self.assertEqual((found["Denn"], found["Vell"]), ("LV", "LV"))


class OwnedLeaderVisitsTests(SimpleTestCase):
    """ "... as Namibia's President visits": the country owning the visiting leader is the guest, so the officials
    a home paper titles alone are the host's."""

    TEXT = (
        "Rail link tops agenda as Namibia's President {}\n\nBy JOHN BANDA\n\nTwo neighbours yesterday agreed to build "
        "a rail link during talks between President Mwila Chanda and the President of the Republic of Namibia, Dr "
        "Petrus Shikongo, who is in the country on a three-day state visit.\n\nPresent at the talks were the "
        "Minister of Foreign Affairs, Mr Kelvin Mulenga, and the Minister of Transport, Mrs Ruth Phiri.\n\nZambia "
        "and Namibia signed an agreement on rail transport."
    )

    def test_the_officials_titled_alone_are_the_hosts(self):
        found = sides(self.TEXT.format("visits"))
        self.assertEqual(found["Mulenga"], "ZM")
        self.assertEqual(found["Phiri"], "ZM")

    def test_a_leader_who_only_speaks_names_no_guest_and_the_bare_titled_are_the_untitled_side(self):
        self.assertEqual(sides(self.TEXT.format("speaks"))["Mulenga"], "ZM")


class GovernmentIsNoTitleTests(SimpleTestCase):
    """ "The invitation of the Ghanaian government for President X": a government is a body, not an office of X's."""

    TEXT = (
        "MANILA - President Ramon Dizon received Ghanaian Foreign Minister Kofi Boateng, who is in Manila for the "
        "first meeting of the Joint Commission, at the palace on Wednesday.\n\n{}\n\nThe Philippines and Ghana "
        "signed three agreements."
    )

    def test_the_one_a_government_invites_is_not_of_it(self):
        text = self.TEXT.format(
            "Minister Boateng conveyed the invitation of the Ghanaian government for President Dizon to visit Ghana "
            "at a convenient time."
        )
        self.assertEqual(sides(text)["Dizon"], "PH")

    def test_a_head_of_government_is_still_an_office(self):
        text = self.TEXT.format("The Ghanaian head of government Ama Mensah also sent greetings.")
        self.assertEqual(sides(text)["Mensah"], "GH")


class CountryOwningWhatFollowsTests(SimpleTestCase):
    """ "Assured the President of Vietnam's readiness": the country owns the readiness, not the President's office."""

    TEXT = (
        "Ghana, Vietnam sign rice deals\n\nThe agreements were signed after talks between President Kojo Asare and "
        'the visiting Prime Minister of Vietnam, Mr Le Van Minh.\n\n"Prime Minister Le assured the President of '
        '{} to send agronomists to Ghana," the statement said.\n\nGhana and Vietnam signed six agreements.'
    )

    def test_a_possessive_country_describes_no_president(self):
        self.assertEqual(sides(self.TEXT.format("Vietnam's readiness"))["Asare"], "GH")

    def test_the_president_of_a_country_is_still_described(self):
        self.assertEqual(sides(self.TEXT.format("Vietnam of their readiness"))["Asare"], "VN")


class KenyanCabinetSecretaryShortFormTests(SimpleTestCase):
    """ "Trade CS X" is Kenya's cabinet secretary, so the one signing with him is the other side's, whatever style
    ("Dr") stands between the office and the name."""

    TEXT = (
        "Kenya, Malaysia sign trade pact\n\nNAIROBI - President Daniel Korir hosted Prime Minister Aziz Rahman at "
        "State House on Monday.\n\nA memorandum on trade was signed by {} and his counterpart, Trade Minister "
        "Harun Ismail.\n\nKenya and Malaysia agreed to expand trade."
    )

    def test_the_counterpart_of_a_cs_is_the_other_side(self):
        found = sides(self.TEXT.format("Trade CS Dr Peter Otieno"))
        self.assertEqual(found["Otieno"], "KE")
        self.assertEqual(found["Ismail"], "MY")

    def test_no_cs_places_nobody_across(self):
        self.assertEqual(sides(self.TEXT.format("Trade Permanent Secretary Dr Peter Otieno"))["Ismail"], "KE")

    def test_a_name_with_a_particle_keeps_its_office_style(self):
        text = (
            "Malaysia, Kenya agree on tea\n\nKUALA LUMPUR - Prime Minister Aziz Rahman received President Daniel "
            "Korir of Kenya on Monday.\n\nForeign Affairs CS Joseph ole Lenku said a joint commission would meet in "
            "June.\n\nMalaysia and Kenya agreed to expand trade."
        )
        self.assertEqual(sides(text)["Lenku"], "KE")


class TitleCaseHeadlineSubjectsTests(SimpleTestCase):
    """ "Tanaka, Chilean President Agree to ...": a headline in title case capitalises the verb of its two subjects,
    so the office after the comma is the second subject's, not the first one's."""

    TEXT = (
        "{}\n\nSANTIAGO — Prime Minister Hiro Tanaka met with Chilean President Diego Rojas Vial at the palace on "
        "Monday.\n\nTanaka is the first head of government of Japan to visit Chile since 2018. Japan and Chile agreed "
        "to expand trade."
    )

    def test_the_first_subject_keeps_his_own_side(self):
        found = sides(self.TEXT.format("Tanaka, Chilean President Agree to Expand Copper Trade"))
        self.assertEqual(found["Tanaka"], "JP")
        self.assertEqual(found["Vial"], "CL")

    def test_an_office_set_off_with_no_verb_after_it_describes_the_name(self):
        text = "Rojas Vial, Chilean President, Welcomed in Santiago\n\nSANTIAGO — Diego Rojas Vial spoke on Monday."
        self.assertEqual(sides(text)["Vial"], "CL")


class DescribedLeaderWithoutArticleTests(SimpleTestCase):
    """ "Estonian Prime Minister is accompanied by ...": copy in translation drops the article before a leader it
    describes, and the retinue is still that leader's side."""

    TEXT = (
        "HANOI, May 6 - Estonian Prime Minister Kaarel Tammsaare met today in Hanoi with the President of Vietnam "
        "Vo Thanh Lam, at the beginning of a three-day official visit to Vietnam.\n\n{} is accompanied by the "
        "Minister of Economy Liisa Ojaveer and the Minister of Defence Rein Kuusk.\n\nEstonia and Vietnam agreed "
        "to expand trade."
    )

    def test_the_retinue_of_a_leader_described_without_the_article_is_his_side(self):
        found = sides(self.TEXT.format("Estonian Prime Minister"))
        self.assertEqual(found["Ojaveer"], "EE")
        self.assertEqual(found["Kuusk"], "EE")

    def test_a_subject_that_is_no_office_leads_no_retinue(self):
        found = sides(self.TEXT.format("Economic cooperation"))
        self.assertNotEqual(found.get("Ojaveer"), "EE")


class BehalfAfterTheNameTests(SimpleTestCase):
    """ "A signed on behalf of Latvia and B on behalf of Ghana": the state after "on behalf of" is the signer's before
    it, not the side of the title that follows it."""

    TEXT = (
        "ACCRA - President Kwame Owusu received President Andris Ozols of Latvia on Monday.\n\nThe two leaders "
        "witnessed the signing of an agreement on trade. Minister of Foreign Affairs Liga Berzina signed on behalf "
        "of Latvia and Minister for Trade Ama Boateng {}.\n\nLatvia and Ghana agreed to expand trade."
    )

    def test_each_signer_is_of_the_state_named_after_him(self):
        found = sides(self.TEXT.format("on behalf of Ghana"))
        self.assertEqual(found["Berzina"], "LV")
        self.assertEqual(found["Boateng"], "GH")

    def test_a_signer_named_after_the_phrase_is_still_its(self):
        text = (
            "ACCRA - President Kwame Owusu received President Andris Ozols of Latvia on Monday.\n\nAn agreement on "
            "trade was signed on behalf of Latvia by Minister of Foreign Affairs Liga Berzina on behalf of nobody "
            "else.\n\nLatvia and Ghana agreed to expand trade."
        )
        self.assertEqual(sides(text)["Berzina"], "LV")


class CountryInitialsInBracketsTests(SimpleTestCase):
    """ "Papua New Guinea (PNG) Prime Minister X": a country's initials in brackets after its name still leave the
    country to the title that follows."""

    TEXT = (
        "JAKARTA - President Budi Hartono and {} Prime Minister Kila Namaliu agreed on Monday to expand trade at "
        "the palace in Bogor.\n\nIndonesia and Papua New Guinea signed two agreements."
    )

    def test_the_country_before_its_initials_is_the_leaders(self):
        self.assertEqual(sides(self.TEXT.format("Papua New Guinea (PNG)"))["Namaliu"], "PG")

    def test_a_bracket_of_words_is_still_a_clause_of_its_own(self):
        self.assertNotEqual(sides(self.TEXT.format("Papua New Guinea (its neighbour)"))["Namaliu"], "PG")


class AnotherOfficeAndNameBeforeTheTitleTests(SimpleTestCase):
    """ "As Chilean President Rojas Meets PM Rahman": the capitals before an office that hold another's office and
    name tell nothing of this office's country."""

    TEXT = (
        "Malaysia, Chile Sign Deals As Chilean President Rojas Meets PM Rahman\n\nKUALA LUMPUR - Talks were held "
        "at Perdana Putra on Monday.\n\n{}\n\nMalaysia and Chile agreed to expand trade."
    )

    def test_the_other_leaders_country_is_not_this_ones(self):
        found = sides(self.TEXT.format("Rahman welcomed Rojas."))
        self.assertEqual(found["Rojas"], "CL")
        self.assertNotEqual(found["Rahman"], "CL")

    def test_an_office_another_owns_still_gives_its_country(self):
        text = self.TEXT.format("The Chilean Minister's State Secretary Ana Soto joined them.")
        self.assertEqual(sides(text)["Soto"], "CL")


class ReceivedAfterMeetingTests(SimpleTestCase):
    """ "X held talks with A before being received by B": the one received is the subject before its first act, not
    A, whom he met and who is of B's side."""

    TEXT = (
        "Novak seeks Peruvian backing on trade\n\nLIMA, 12 March\n\nThe Czech Foreign Minister flew into Lima "
        "yesterday for a working visit to Peru.\n\n{}\n\nPeru and the Czech Republic agreed to expand trade."
    )

    def test_the_one_met_first_does_not_place_the_host(self):
        text = self.TEXT.format(
            "Jan Novak held talks at the Torre Tagle Palace with Ana Ruiz Vidal, the Peruvian foreign minister, "
            "before being received by President Luis Soto Pardo at the palace."
        )
        self.assertNotEqual(sides(text)["Pardo"], "CZ")

    def test_a_subject_named_by_country_still_places_the_one_who_receives_him(self):
        text = self.TEXT.format("Czech Foreign Minister Jan Novak was received by President Luis Soto Pardo.")
        self.assertEqual(sides(text)["Pardo"], "PE")


class UnqualifiedRussianOfficialTests(SimpleTestCase):
    """Russian copy names a foreign official with his country and a Russian one without it."""

    TEXT = (
        "{guest} прибыл в Улан-Батор с официальным визитом.\n\n"
        "Во вторник он провел переговоры с премьер-министром Монголии Батбаяром Ганзоригом. Стороны обсудили "
        "поставки топлива и строительство железной дороги.\n\n"
        "Итоги переговоров журналистам прокомментировал вице-премьер Игорь Ланской. По его словам, сроки "
        "строительства согласованы.\n\nСледующее заседание комиссии пройдет в {city}."
    )

    def test_an_official_without_a_country_on_a_russian_visit_abroad_is_russian(self):
        text = self.TEXT.format(guest="Председатель правительства России Павел Сорокин", city="Москве")
        self.assertEqual(sides(text)["Ланской"], "RU")

    def test_without_russia_in_the_pair_the_host_default_stands(self):
        text = self.TEXT.format(guest="Премьер-министр Казахстана Ерлан Бекетов", city="Астане")
        self.assertEqual(sides(text)["Ланской"], "MN")


class TrilateralSummitTests(SimpleTestCase):
    def countries(self, text: str) -> list[str]:
        return [c.code for c in suggest_package(text).countries]

    def test_a_lead_naming_three_leaders_countries_together_gives_three_sides(self):
        text = (
            "Peru, Chile and Bolivia\u2019s presidents open lithium summit in Lima\n\n"
            "LIMA - The presidents of Peru, Chile and Bolivia, Rosa Quispe, Tomas Fuentes and Evo Mamani, met in "
            "Lima on Monday for a trilateral summit on lithium.\n\nPeruvian President Rosa Quispe received Chilean "
            "President Tomas Fuentes at the palace. Peru and Chile also signed a memorandum on ports."
        )
        self.assertEqual(sorted(self.countries(text)), ["BO", "CL", "PE"])

    def test_a_trilateral_meeting_with_a_third_state_in_the_headline_makes_it_a_side(self):
        text = (
            "Quito prepares for Peruvian president's visit and trilateral meeting with Colombia\n\n"
            "QUITO - Peruvian President Rosa Quispe will visit Ecuador next week for talks with President Diego "
            "Andrade. Colombia will send Vice-President Laura Ortiz to the trilateral meeting on the second day."
        )
        self.assertEqual(sorted(self.countries(text)), ["CO", "EC", "PE"])

    def test_three_countries_listed_further_down_as_background_add_no_side(self):
        text = (
            "Peru, Chile sign port deal in Lima\n\n"
            "LIMA - Peruvian President Rosa Quispe received Chilean President Tomas Fuentes in Lima on Monday.\n\n"
            "The leaders also discussed the trilateral mechanism that brings together Peru, Chile and Bolivia."
        )
        self.assertEqual(sorted(self.countries(text)), ["CL", "PE"])

    def test_a_third_leader_joining_by_video_in_the_headline_adds_no_side(self):
        text = (
            "Peru, Chile leaders meet as Bolivia's president joins by video\n\n"
            "LIMA - Peruvian President Rosa Quispe received Chilean President Tomas Fuentes in Lima on Monday, "
            "and Bolivian President Evo Mamani joined the talks by video link."
        )
        self.assertEqual(sorted(self.countries(text)), ["CL", "PE"])


class ThreeCountryTitleListTests(SimpleTestCase):
    def test_names_after_a_plural_title_of_three_countries_take_them_in_order(self):
        text = (
            "LIMA - The presidents of Peru, Chile and Bolivia, Rosa Quispe, Tomas Fuentes and Evo Mamani, opened a "
            "trilateral summit on Monday.\n\nThe leaders agreed to build a lithium corridor."
        )
        self.assertEqual(sides(text), {"Quispe": "PE", "Fuentes": "CL", "Mamani": "BO"})

    def test_names_between_dashes_take_the_countries_in_order(self):
        text = (
            "LIMA - The Presidents of Bolivia, Peru and Chile \u2013 Evo Mamani, Rosa Quispe and Tomas Fuentes \u2013 "
            "held a narrow-format meeting.\n\nThe talks continued with delegations."
        )
        self.assertEqual(sides(text), {"Mamani": "BO", "Quispe": "PE", "Fuentes": "CL"})

    def test_two_names_after_three_countries_are_not_paired(self):
        text = (
            "LIMA - The presidents of Peru, Chile and Bolivia met on Monday. Peruvian President Rosa Quispe and "
            "Chilean President Tomas Fuentes spoke first.\n\nThe leaders agreed to build a lithium corridor."
        )
        self.assertEqual(sides(text), {"Quispe": "PE", "Fuentes": "CL"})


class HeadOfOurStateTests(SimpleTestCase):
    TEXT = (
        "On May 4, President of the Republic of Peru Rosa Quispe arrived in Bolivia for a trilateral meeting.\n\n"
        "At the airport, the Head of our state was met by President of Bolivia Evo Mamani.\n\n"
        "The Presidents of Peru, Bolivia and Chile \u2013 Rosa Quispe, Evo Mamani and Tomas Fuentes \u2013 then held "
        "talks.\n\n{}The Head of our state noted that the border had become a place of friendship."
    )

    def speakers(self, text: str) -> set[str]:
        return {q.speaker.name for q in suggest_package(text).quotes}

    def test_the_head_of_our_state_stays_the_one_its_first_use_meant(self):
        self.assertEqual(self.speakers(self.TEXT.format("")), {"Rosa Quispe"})

    def test_a_head_of_state_named_by_country_is_still_that_one(self):
        text = self.TEXT.format("").replace("The Head of our state noted", "The President of Bolivia noted")
        self.assertEqual(self.speakers(text), {"Evo Mamani"})


class WhoseDelegationTests(SimpleTestCase):
    TEXT = (
        "LIMA - Chilean President Tomas Fuentes will visit Peru next week for talks with President Rosa Quispe. "
        "The second day is set aside for a trilateral meeting with Bolivia, {} Vice-President Ana Choque.\n\n"
        "Peru and Chile will sign a memorandum on ports."
    )

    def test_the_one_leading_a_countrys_delegation_set_off_after_it_is_of_it(self):
        self.assertEqual(sides(self.TEXT.format("whose delegation will be led by"))["Choque"], "BO")

    def test_one_only_greeting_a_country_named_before_keeps_the_host(self):
        self.assertEqual(sides(self.TEXT.format("whose guests will be greeted by"))["Choque"], "PE")


class SecondPartnerOfTalksTests(SimpleTestCase):
    """Two people the same subject holds talks with, one after the other, are of one side."""

    TEXT = (
        "Министр иностранных дел Чехии Петр Новак находится с визитом в Грузии.\n\n"
        "В среду {}.\n\nСтороны обсудили транзит и туризм."
    )

    def test_the_one_met_after_a_colleague_is_the_colleagues_side(self):
        text = self.TEXT.format(
            "он провел переговоры со своим грузинским коллегой Леваном Гелашвили, а также встретился с "
            "президентом Ниной Абашидзе"
        )
        self.assertEqual(sides(text)["Абашидзе"], "GE")

    def test_the_one_the_named_subject_meets_is_the_other_side(self):
        text = self.TEXT.format("Петр Новак встретился с президентом Ниной Абашидзе")
        self.assertEqual(sides(text)["Абашидзе"], "GE")


class OfficeOfTheCountryTests(SimpleTestCase):
    """ "премьер-министр страны" is the office of the country named last before, when the guest meets its holder."""

    def test_the_one_met_as_an_office_of_the_country_is_the_country_visited(self):
        text = (
            "Премьер-министр Таджикистана Фарход Саидов находится с официальным визитом в Японии. В среду он провел "
            "переговоры с премьер-министром страны Кэнтаро Мацудой.\n\nКэнтаро Мацуда, по данным таджикской стороны, "
            "отметил, что Токио готов расширять инвестиции.\n\nСтороны обсудили поставки оборудования."
        )
        self.assertEqual(sides(text)["Мацуда"], "JP")

    def test_the_office_of_the_country_opening_a_sentence_is_not_the_last_named(self):
        text = (
            "Премьер-министр Японии Кэнтаро Мацуда прибыл в Душанбе с официальным визитом. Президент страны "
            "Эмомали Рахмонов встретил гостя в аэропорту.\n\nСтороны обсудили поставки оборудования."
        )
        self.assertEqual(sides(text)["Рахмонов"], "TJ")


class LeaderMetByTheGuestTests(SimpleTestCase):
    """A leader whom someone of one side meets or is received by is of the other side, even when a leader of that
    other side is already named: a minister's visit meets the host's president and prime minister both."""

    def test_a_prime_minister_met_after_the_hosts_president_is_the_hosts(self):
        text = (
            "Foreign Minister of Norway Ingrid Solheim arrived in Tbilisi on Monday for a two-day visit.\n\n"
            "Solheim was received by the President of Georgia Nino Abashidze, and later she held talks with Prime "
            "Minister Levan Kobakhidze.\n\nNorway and Georgia discussed energy."
        )
        self.assertEqual(sides(text)["Kobakhidze"], "GE")

    def test_the_one_a_described_minister_is_received_by_is_the_other_side(self):
        text = (
            "The Peruvian foreign minister laid flowers at the Heroes Monument in Tbilisi on Tuesday and was "
            "received by Prime Minister Levan Kobakhidze.\n\nEarlier the minister, Rosa Quispe, met President of "
            "Georgia Nino Abashidze.\n\nPeru and Georgia discussed trade."
        )
        self.assertEqual(sides(text)["Kobakhidze"], "GE")

    def test_the_leader_a_visiting_president_meets_is_still_the_other_side(self):
        text = (
            "President of Georgia Nino Abashidze arrived in Lima on Monday for a state visit.\n\nOn Tuesday she "
            "held talks with Prime Minister Rosa Quispe at the Government Palace.\n\nPeru and Georgia discussed trade."
        )
        self.assertEqual(sides(text)["Quispe"], "PE")

    def test_a_leader_who_welcomes_the_guest_is_the_host(self):
        text = (
            "President of Georgia Nino Abashidze arrived in Lima on Monday for a state visit to Peru.\n\n"
            "Prime Minister Rosa Quispe welcomed the guest at the airport.\n\nPeru and Georgia discussed trade."
        )
        self.assertEqual(sides(text)["Quispe"], "PE")


class PlaceNamedAfterAPersonTests(SimpleTestCase):
    """A word of a name inside the name of an airport is no mention of the person: "King Khalid International
    Airport" does not put a minister called Khalid into the sentence as the one who receives the guest."""

    TEXT = (
        "President of Gabon Paul Ondimba arrived in Riyadh on Sunday for an official visit to Saudi Arabia.\n\n"
        "Earlier, the President of Gabon arrived at {}, where he was received by Prince Turki bin Saad, Deputy "
        "Governor of Riyadh Region; and Saudi Minister of Commerce Khalid bin Nasser Al-Harbi.\n\n"
        "Saudi Arabia and Gabon signed a memorandum on investment."
    )

    def test_an_airport_named_after_a_king_names_no_one_of_the_visit(self):
        people = {
            p.name: p.country
            for p in suggest_package(self.TEXT.format("King Khalid International Airport")).participants
        }
        self.assertEqual(people["Turki bin Saad"], "SA")

    def test_the_airport_named_plainly_changes_nothing(self):
        people = {p.name: p.country for p in suggest_package(self.TEXT.format("the airport")).participants}
        self.assertEqual(people["Turki bin Saad"], "SA")
        self.assertEqual(people["Khalid bin Nasser Al-Harbi"], "SA")


class UntitledMeetsLongOfficeTests(SimpleTestCase):
    """A name never titled that meets or calls someone of one side is of the other, also when the one met is set
    off by a long office or the meeting is a telephone conversation."""

    def test_the_one_met_behind_a_long_office_places_the_untitled_name(self):
        text = (
            "MOSCOW, May 12. Ivan Petrov met with Minister of Foreign Affairs of the Republic of Indonesia Sari Dewi, "
            "who is in Russia on a working visit.\n\nRussia and Indonesia discussed trade and the situation in the "
            "region. Indonesia wants more Russian wheat."
        )
        self.assertEqual(sides(text)["Petrov"], "RU")

    def test_a_telephone_conversation_places_the_untitled_name(self):
        text = (
            "ASTANA, May 12. Daulet Kassym had a telephone conversation with President of Mongolia Batbold Erdene."
            "\n\nKazakhstan and Mongolia discussed trade, and Mongolia invited Kazakh firms to its mining projects. "
            '"We value our neighbours," Kassym said after the call.'
        )
        self.assertEqual(sides(text)["Kassym"], "KZ")

    def test_a_clause_between_the_meeting_and_the_office_places_no_one(self):
        text = (
            "MOSCOW, May 12. Ivan Petrov met with reporters in the morning, and Minister of Foreign Affairs of the "
            "Republic of Indonesia Sari Dewi later arrived in Russia on a working visit.\n\nRussia and Indonesia "
            "discussed trade. Indonesia wants more Russian wheat."
        )
        self.assertEqual(sides(text).get("Petrov", ""), "")


class CounterpartAfterRelativeClauseTests(SimpleTestCase):
    """The one who meets "his French counterpart" is of the other side, also past a relative clause set off after
    the name ("X, who arrived on Wednesday, held talks with his French counterpart")."""

    def test_a_relative_clause_between_the_name_and_the_meeting(self):
        text = (
            "PARIS - Rohan Mehta, who arrived on Wednesday, held talks with his French counterpart, Defence Minister "
            "Claire Dubois, at the ministry.\n\nIndia and France discussed jet engines. France offered to share "
            'technology. "We want engines built at home," Mehta told reporters.'
        )
        self.assertEqual(sides(text)["Mehta"], "IN")

    def test_a_relative_clause_before_another_verb_gives_no_side(self):
        text = (
            "Rohan Mehta, who arrived on Wednesday, said the talks would go on.\n\nLater, Defence Minister Claire "
            'Dubois held talks with her Indian counterpart. India and France discussed jet engines. "We want '
            'engines built at home," Mehta told reporters.'
        )
        self.assertEqual(sides(text).get("Mehta", ""), "")


class ThirdCountryReactionTests(SimpleTestCase):
    """An official named by title alone right after a sentence that opens on a third country's reaction speaks for
    that country, not for the host ("Azerbaijan condemned the deal. "...," a foreign ministry spokesman X said")."""

    INTRO = (
        "YEREVAN - French President Claire Dubois held talks with Armenian Prime Minister Aram Sargsyan in Yerevan on "
        "Tuesday.\n\nFrance agreed to sell Armenia air-defence radars.\n\n"
    )

    def test_a_spokesman_after_a_third_countrys_reaction_is_of_that_country(self):
        text = self.INTRO + (
            'Turkey sharply criticised the sale. "Arming Armenia harms the region," foreign ministry spokesman Kemal '
            'Aydin said in a statement.\n\n"The radars are defensive," Dubois said.'
        )
        self.assertEqual(sides(text).get("Aydin", "TR"), "TR")
        self.assertNotIn("Kemal Aydin", {q.speaker.name for q in suggest_package(text).quotes})

    def test_a_spokesman_after_a_sides_own_sentence_is_the_hosts(self):
        text = self.INTRO + (
            'Armenia welcomed the sale. "The radars protect our cities," foreign ministry spokesman Vahan Petrosyan '
            "said in a statement."
        )
        self.assertIn("Vahan Petrosyan", {q.speaker.name for q in suggest_package(text).quotes})
        self.assertEqual(sides(text)["Petrosyan"], "AM")


class MetAtALaterMentionTests(SimpleTestCase):
    TEXT = (
        "President Tomas Vrana of Slovakia and President Ilir Kola of Albania held talks on Monday.\n\n"
        "The talks were also attended by Interior Minister Petra Holubova.\n\n"
        "Albanian Deputy Prime Minister and Interior Minister Lira Hasa {} Interior Minister Holubova on Tuesday.\n\n"
        "Albania and Slovakia signed a memorandum on police cooperation."
    )

    def test_one_first_only_listed_and_later_met_by_one_side_is_the_other(self):
        self.assertEqual(sides(self.TEXT.format("held talks with his counterpart,"))["Holubova"], "SK")

    def test_a_later_mention_with_no_meeting_gives_no_side(self):
        self.assertEqual(sides(self.TEXT.format("thanked"))["Holubova"], "")


class OneHolderOfficeInThePluralTests(SimpleTestCase):
    TEXT = (
        "ROME, 5 March - Kazakhstan and Italy agreed on Tuesday to expand cooperation in energy and transport.\n\n"
        "A draft agreement on air services was discussed by {}, who will meet again in Astana.\n\n"
        "Kazakhstan is Italy's largest trading partner in Central Asia."
    )

    def test_two_foreign_ministers_named_after_the_plural_office_are_one_of_each_side(self):
        found = sides(self.TEXT.format("the foreign ministers, Berik Aitmukhanov and Lucia Ferrante"))
        self.assertEqual({found.get("Aitmukhanov"), found.get("Ferrante")}, {"KZ", "IT"})

    def test_two_ministers_of_no_field_may_be_of_one_side_and_are_not_read_so(self):
        found = sides(self.TEXT.format("the ministers, Berik Aitmukhanov and Lucia Ferrante"))
        self.assertNotIn("Aitmukhanov", found)


class BylineCityWithCountryTests(SimpleTestCase):
    TEXT = (
        "Tanzania and Japan sign grant deals\n{}\n\nPRESIDENT Amani Juma Kisanga and Japanese Prime Minister Kenji "
        "Hoshino agreed on Wednesday to expand cooperation in energy and ports.\n\nSpeaking to reporters after the "
        "talks, the Minister for Foreign Affairs, Ambassador Neema Salum Mrisho, said the two sides had signed an "
        "exchange of notes on a water project."
    )

    def test_a_reporter_sent_to_a_city_named_with_its_country_writes_for_the_other_side(self):
        self.assertEqual(sides(self.TEXT.format("From Rehema Kondo in Tokyo, Japan"))["Mrisho"], "TZ")

    def test_a_line_going_on_after_the_country_is_no_byline_and_the_bare_titled_are_the_untitled_side(self):
        found = sides(self.TEXT.format("From Rehema Kondo in Tokyo, Japan, and agencies"))
        self.assertEqual(found["Mrisho"], "TZ")


class AbbreviatedCountryTests(SimpleTestCase):
    """The short forms wire copy writes a country with give its officials their country as the full name does."""

    def test_an_abbreviation_before_the_office(self):
        text = (
            "PNG Foreign Minister Joseph Wani held talks with Australian Foreign Minister Kate Ellis in Canberra on "
            "Monday.\n\nWani said the partnership had never been closer."
        )
        self.assertEqual(sides(text), {"Wani": "PG", "Ellis": "AU"})

    def test_us_without_points(self):
        text = (
            "US Secretary of State Dana Whitcombe held talks with Iraqi Prime Minister Salih Karim in Baghdad.\n\n"
            "Whitcombe said the two had agreed to meet again in the spring."
        )
        self.assertEqual(sides(text)["Whitcombe"], "US")

    def test_an_abbreviated_north_is_not_the_south(self):
        from relations_plugin.extraction.lexicon import _COUNTRY_BY_FORM, _COUNTRY_RE

        self.assertEqual(_COUNTRY_BY_FORM[_COUNTRY_RE.search("concern over N. Korea's launches").group(0)], "KP")

    def test_a_currency_is_no_mention_of_its_country(self):
        text = (
            "Kenyan President Amos Wekesa arrived in Jakarta on Monday for talks with Indonesian President Budi "
            "Santika.\n\nThe two signed deals worth US$ 300 million, and trade reached 1.2 billion US dollars, the "
            "leaders said; US$ 40 million of it in tea and US$ 25 million in coffee."
        )
        self.assertEqual(set(suggest_package(text).to_dict()["countries"]), {"KE", "ID"})


class HeadlinePassiveTests(SimpleTestCase):
    """A headline drops the passive's auxiliary: the leader "welcomed to" the capital is the guest, not the host."""

    def test_welcomed_to_the_capital_is_the_guest(self):
        text = (
            "Fijian Prime Minister Jone Waqa welcomed to Wellington as leaders flag a new labour deal\n\n"
            "Prime Minister Oliver Brandt says New Zealand and Fiji are close partners, after meeting his Fijian "
            "counterpart on his first official visit to Wellington.\n\nThe leaders were joined by ministers, "
            "including Foreign Minister Hannah Pike and Trade Minister Gareth Lowe.\n\nMr Waqa will visit Fijian "
            "workers in Auckland on Friday."
        )
        found = sides(text)
        self.assertEqual((found["Pike"], found["Lowe"]), ("NZ", "NZ"))


class RegionalOfficeTests(SimpleTestCase):
    """A state's, province's or region's office is of the region's country, and heads no state or government."""

    def test_a_provincial_premier_is_of_the_federation_beside_its_prime_minister(self):
        text = (
            "Mexican President Lucía Ortega Ruiz held talks with Prime Minister Daniel Fortier in Ottawa on Monday."
            "\n\nOn Thursday she travels to Montreal to meet Quebec Premier Josée Gagnon-Roy before flying home."
        )
        found = sides(text)
        self.assertEqual((found["Fortier"], found["Gagnon-Roy"]), ("CA", "CA"))

    def test_the_region_named_after_the_office(self):
        text = (
            "Chilean President Tomás Vidal Rojas received Argentine President Martín Aráoz in Santiago on Friday."
            "\n\nThe visitors included the Governor of Mendoza, Esteban Quiroga Lemos, who said the pass would open."
        )
        self.assertEqual(sides(text)["Lemos"], "AR")

    def test_a_region_named_for_a_country_is_the_other_countrys(self):
        text = (
            "Mongolian Prime Minister Batbold Erdene met Inner Mongolia Party Secretary Wang Lixin in Hohhot "
            "on Monday, on his visit to China.\n\nWang said the border crossings would stay open."
        )
        self.assertEqual(sides(text)["Lixin"], "CN")

    def test_the_regional_head_named_by_office_alone_is_the_one_titled_so(self):
        text = (
            "Turkish Foreign Minister Ayhan Demirel met Kurdistan Region Prime Minister Dara Sabir in Erbil on "
            "Wednesday.\n\nThe regional prime minister said a pipeline deal was within reach."
        )
        speakers = {q.speaker.name for q in suggest_package(text).quotes}
        self.assertEqual((sides(text)["Sabir"], speakers), ("IQ", {"Dara Sabir"}))


class OfficeDescribedBeforeItsHolderTests(SimpleTestCase):
    """A lead that gives the office by its country before naming anyone: of two holders of that office, the one the
    story names first after it is of that country, and the other leader of the other side."""

    TEXT = (
        "{} spent ten hours in the country on Tuesday.\n\nPrime Minister Callum Whitby and Prime Minister Joseph "
        "Wani toured a refinery and held talks on policing and labour mobility between Australia and Papua New "
        "Guinea."
    )

    def test_a_countrys_office_in_the_lead(self):
        found = sides(self.TEXT.format("Australia's prime minister"))
        self.assertEqual((found["Whitby"], found["Wani"]), ("AU", "PG"))

    def test_an_office_described_with_an_article(self):
        found = sides(self.TEXT.format("A serving Australian prime minister"))
        self.assertEqual((found["Whitby"], found["Wani"]), ("AU", "PG"))

    def test_an_indefinite_office_after_its_holder_is_named_is_of_any_holder(self):
        text = (
            "Taoiseach reports on his visit to China\n\nSpeaking in the Dáil on Tuesday, Declan Moriarty said he "
            "had met Premier Zhao Mingyuan in Beijing and had a shorter meeting with President Huang Jianguo.\n\n"
            "Mr Moriarty said Premier Zhao had accepted an invitation to visit Ireland. It would be the first visit "
            "by a Chinese premier since 2015."
        )
        self.assertEqual(sides(text)["Jianguo"], "CN")


class WhoVisitsWhomTests(SimpleTestCase):
    """Leaders named by title alone in a wire lead: the one the subject addresses during a visit is visited, a
    headline's "as X visits CITY" names the guest, and a subject named in a lead is no description of the side."""

    def test_the_one_told_during_a_visit_is_the_host(self):
        text = (
            "Austria's Brandauer backs rail plan in Malawi\n\nLILONGWE, March 4 (Reuters) - Austrian Chancellor "
            "Theresa Brandauer on Wednesday backed a rail link across Malawi, telling President Chikondi Banda "
            "Mwale during a visit to Lilongwe that Vienna would guarantee the loans.\n\nMwale said Malawians had "
            "waited long for the railway."
        )
        found = sides(text)
        self.assertEqual((found["Brandauer"], found["Mwale"]), ("AT", "MW"))

    def test_a_headlines_present_visit_names_the_guest(self):
        text = (
            "Norway, Peru deepen fisheries ties as Havnaas visits Lima\n\nLIMA, May 12 (Reuters) - Norway will "
            "share its satellite data to help Peru track fishing fleets off its coast, Prime Minister Sigrid "
            "Havnaas said on Tuesday, after talks with President Julio Quispe Ramos in Lima.\n\n"
            '"We are an ocean nation," Havnaas told reporters.'
        )
        found = sides(text)
        self.assertEqual((found["Havnaas"], found["Ramos"]), ("NO", "PE"))


class FollowedLeaderTests(SimpleTestCase):
    """A live page of its own leader abroad never says whose he is; another leader it talks about (a neighbour's
    president, a third joining by video) does not make the pair."""

    TEXT = (
        "LIVE | Varga in Santiago: PM and President Rojas talk copper\n\n"
        "Prime Minister Lenke Varga is in Santiago for an official visit, her first since taking office.\n\n"
        "10:15 a.m.\nVarga met Chilean President Tomás Rojas at La Moneda. Argentine President Rubén Alcorta "
        "has said he opposes the new route, and President Alcorta repeated it on Monday.\n\n"
        "11:40 a.m.\nHungarian firms and Chilean miners met later. Hungary's exports to Chile doubled last year. "
        "Budapest hopes for more. Hungarian officials said the talks went well. Chile and Hungary will meet again."
    )

    def test_the_followed_leader_is_of_the_country_most_named_after_the_host(self):
        found = suggest_package(self.TEXT)
        self.assertEqual(
            ({p.name: p.country for p in found.participants}["Lenke Varga"], [c.code for c in found.countries]),
            ("HU", ["CL", "HU"]),
        )

    def test_a_leader_met_in_the_city_is_not_followed(self):
        text = "LIVE: Varga meets President Tomás Rojas in Santiago\n\n" + self.TEXT.split("\n\n", 1)[1]
        self.assertEqual(sides(text)["Rojas"], "CL")


class HeadlinePlaceTests(SimpleTestCase):
    def test_the_place_a_headline_puts_the_guest_in_is_the_host(self):
        # (a minister who stayed at home names the guest's capital; the headline says where the visit is)
        text = (
            " date 2031-04-02\n\nLive: Norwegian Prime Minister Eirik Hovland in Lisbon – talks with Almeida, "
            "fisheries deal\n\nFollow our live coverage of the visit by Norway's prime minister. All times local.\n\n"
            "09:10 – Prime Minister Hovland went up the palace steps with President Rui Almeida. Foreign Minister "
            "Joana Pires and Economy Minister Tiago Marques joined the talks.\n\n"
            "11:30 – A fisheries memorandum was initialled. The Norwegian trade minister, Kari Lunde, who stayed in "
            "Oslo for a budget vote, will sign it later.\n\n"
        )
        found = sides(text)
        self.assertEqual((found["Almeida"], found["Pires"], found["Marques"]), ("PT", "PT", "PT"))


class PlainSideTests(SimpleTestCase):
    """A story titles its own side's leader bare and the other's with their country: a bare office of the guest's
    story is the guest's, not the host's."""

    TEXT = (
        "Lisbon. President Tomás Varela and Finnish President Aino Koskinen on Monday witnessed the signing of six "
        "deals, on the second day of Varela's state visit to Finland.\n\n"
        '"Finland is a close partner," Varela said.\n\n'
        "Foreign Minister Rui Cordeiro said the two countries would open a new shipping line. "
        "Finland and Portugal trade more each year.{}"
    )

    def test_a_bare_office_of_the_bare_leaders_story_is_his_side(self):
        found = sides(self.TEXT.format(""))
        self.assertEqual((found["Varela"], found["Koskinen"], found["Cordeiro"]), ("PT", "FI", "PT"))

    def test_the_host_leader_titled_after_his_name_counts_as_titled(self):
        text = self.TEXT.replace("Finnish President Aino Koskinen", "President Aino Koskinen of Finland")
        self.assertEqual(sides(text.format(""))["Cordeiro"], "PT")

    def test_a_bare_office_the_guest_meets_stays_the_hosts(self):
        text = self.TEXT.format(" Varela also met Trade Minister Eero Salmela in Helsinki.")
        self.assertEqual(sides(text)["Salmela"], "FI")

    def test_both_leaders_titled_with_their_countries_leave_the_host_fallback(self):
        text = self.TEXT.replace("President Tomás Varela", "Portuguese President Tomás Varela")
        self.assertEqual(sides(text.format(""))["Cordeiro"], "FI")


class SignedPairLabelTests(SimpleTestCase):
    """The two who exchange a document, or a signatories' label, are one of each side like those who sign it."""

    INTRO = (
        "WELLINGTON - Prime Minister of Chile Marta Rojas Vidal held talks with Prime Minister Hemi Parata in "
        "Wellington on Tuesday. Chile and New Zealand signed four documents.\n\n"
    )

    def test_exchanged_by_a_titled_one_and_a_bare_one(self):
        text = self.INTRO + (
            "A memorandum on fisheries was exchanged by Chilean Ambassador Pedro Soto Lagos and Dr Aroha Ngata, "
            "Director-General of Primary Industries."
        )
        self.assertEqual(sides(text)["Ngata"], "NZ")

    def test_a_signatories_label_with_a_semicolon_before_and(self):
        text = self.INTRO + (
            "1. Memorandum on fisheries.\nSignatories: Pedro Soto Lagos, Ambassador of Chile to New Zealand; and "
            "Ms Aroha Ngata, Director-General, Ministry for Primary Industries.\n\n"
            "Chile and New Zealand will meet again next year."
        )
        self.assertEqual(sides(text)["Ngata"], "NZ")


class TravellingRetinueTests(SimpleTestCase):
    """Ministers named as a leader's retinue, with no country word of their own, are the leader's side."""

    INTRO = (
        "OSLO - Peruvian President Rosa Quispe Mamani held talks with Prime Minister Jonas Haugland in Oslo on "
        "Tuesday.\n\n"
    )

    def test_the_retinue_set_off_after_the_subjects_own_clause(self):
        text = self.INTRO + (
            "Quispe Mamani landed at Gardermoen on Monday night from Stockholm, accompanied by Foreign Minister "
            "Luis Chávez Ruiz and Energy Minister Carmen Paredes.\n\nPeru and Norway agreed to expand trade."
        )
        found = sides(text)
        self.assertEqual(found["Ruiz"], "PE")
        self.assertEqual(found["Paredes"], "PE")

    def test_the_retinue_of_a_leader_described_by_country(self):
        text = self.INTRO + (
            "Peruvian president flew in from Stockholm on Monday, accompanied by Foreign Minister Luis Chávez Ruiz."
            "\n\nPeru and Norway agreed to expand trade."
        )
        self.assertEqual(sides(text)["Ruiz"], "PE")

    def test_the_retinue_after_the_one_met_is_the_subjects(self):
        text = self.INTRO + (
            "Quispe Mamani then met Trade Minister Ola Berg at the harbour, accompanied by Energy Minister Carmen "
            "Paredes.\n\nPeru and Norway agreed to expand trade."
        )
        self.assertEqual(sides(text)["Paredes"], "PE")

    def test_ministers_a_leader_is_travelling_with(self):
        text = self.INTRO + (
            "President Rosa Quispe Mamani, who is travelling with Foreign Minister Luis Chávez Ruiz and Energy "
            "Minister Carmen Paredes, was met at the foot of the steps.\n\nPeru and Norway agreed to expand trade."
        )
        found = sides(text)
        self.assertEqual(found["Ruiz"], "PE")
        self.assertEqual(found["Paredes"], "PE")

    def test_ministers_the_subject_is_travelling_with(self):
        text = self.INTRO + (
            "Quispe Mamani is travelling with more than 50 business leaders, as well as Trade Minister Luis Chávez "
            "Ruiz and Energy Minister Carmen Paredes.\n\nPeru and Norway agreed to expand trade."
        )
        found = sides(text)
        self.assertEqual(found["Ruiz"], "PE")
        self.assertEqual(found["Paredes"], "PE")

    def test_ministers_the_subject_has_brought(self):
        text = self.INTRO + (
            "The two leaders have gone into talks. Quispe Mamani has brought Foreign Minister Luis Chávez Ruiz and "
            "Energy Minister Carmen Paredes.\n\nPeru and Norway agreed to expand trade."
        )
        self.assertEqual(sides(text)["Paredes"], "PE")

    def test_a_minister_who_accompanied_the_one_president_named(self):
        text = self.INTRO + (
            'Energy Minister Carmen Paredes, who accompanied the President, described the visit as "a new start".'
            "\n\nPeru and Norway agreed to expand trade."
        )
        self.assertEqual(sides(text)["Paredes"], "PE")


class DeputyDescriptionTests(SimpleTestCase):
    def test_a_vice_presidents_country_is_no_description_of_the_president(self):
        # "The Vice-President of the Republic of Chile" describes the vice-president, not a president of Chile
        text = (
            " date 2030-02-11\n\nChile ready to back Zambia's mining drive — Vice-President Rivas\n\n"
            "From Mary Phiri, Lusaka\n\n"
            "The Vice-President of the Republic of Chile, Mr Tomás Rivas, has said his country is ready to invest in "
            "Zambia's copper processing.\n\nMr Rivas said this when he paid a courtesy call on President Mwila Banda "
            "at State House in Lusaka on Monday, at the start of a two-day working visit to the country.\n\n"
            '"Zambia wants partners who build here," President Banda said.'
        )
        found = sides(text)
        self.assertEqual((found["Rivas"], found["Banda"]), ("CL", "ZM"))


class HostActOfficeTests(SimpleTestCase):
    def test_a_head_of_state_who_welcomes_the_guest_is_the_hosts(self):
        # (another of the host's offices read as a head of state does not make the one welcoming a second guest)
        text = (
            " date 2030-06-04\n\nBrazil's Lins in Germany, day two – as it happened\n\n"
            "Live coverage of Brazilian President Rodrigo Lins's state visit to Germany. All times CEST.\n\n"
            "09:40 – Lins and Chancellor Henrik Albers held talks at the Chancellery in Berlin. President of the "
            "German Farmers' Association Klaus Meyer said the trade deal must protect growers.\n\n"
            "If you missed Tuesday: Federal President Matthias Brenner welcomed Lins with military honours at "
            "Schloss Bellevue."
        )
        found = sides(text)
        self.assertEqual((found["Lins"], found["Brenner"]), ("BR", "DE"))


class JoinedByVideoFromTests(SimpleTestCase):
    def test_one_joining_by_video_link_is_of_the_place_they_join_from(self):
        text = (
            " date 2031-03-12\n\nNAIROBI, March 12 - Kenyan President Peter Mwangi Otieno received Japanese Prime "
            "Minister Haruto Sasaki at State House on Wednesday.\n\nTrade Minister Emi Kuroda, who had been due to "
            "travel with Sasaki, joined the business roundtable by video link from Tokyo.\n\n"
            "Industry Minister Daniel Kiprop Ruto told the roundtable Kenya wanted Japanese carmakers."
        )
        found = sides(text)
        self.assertEqual((found["Kuroda"], found["Ruto"]), ("JP", "KE"))

    def test_the_place_after_another_name_is_not_the_first_ones(self):
        text = (
            " date 2031-03-12\n\nNAIROBI, March 12 - Kenyan President Peter Mwangi Otieno received Japanese Prime "
            "Minister Haruto Sasaki at State House on Wednesday.\n\nIndustry Minister Daniel Kiprop Ruto met "
            "Trade Minister Emi Kuroda, who joined by video link from Tokyo."
        )
        self.assertEqual(sides(text)["Ruto"], "KE")


class IsVisitingTests(SimpleTestCase):
    def test_one_who_is_visiting_the_host_country_is_the_guest(self):
        text = (
            " date 2031-05-02\n\nAgriculture Minister Lars Bjerregaard is visiting Ghana from 2 to 4 May. In Accra "
            "he will hold talks with Minister of Food and Agriculture Kwame Asante-Boadu.\n\nGhana and Denmark "
            "signed a memorandum on agricultural research."
        )
        found = sides(text)
        self.assertEqual((found["Bjerregaard"], found["Asante-Boadu"]), ("DK", "GH"))


class SideBeforeTheNameTests(SimpleTestCase):
    def test_one_named_before_his_counterpart_is_not_the_counterparts_side(self):
        text = (
            " date 2031-06-11\n\nHANOI, June 11 -- President Lee Jae-hwan and his Vietnamese counterpart, Nguyen "
            "Van Long, agreed on Wednesday to expand trade in the Vietnamese capital, Lee's office said.\n\n"
            "Vietnam and South Korea signed a memorandum on energy."
        )
        found = sides(text)
        self.assertEqual((found["Jae-hwan"], found["Long"]), ("KR", "VN"))


class HomePaperOwnSideTests(SimpleTestCase):
    """A home paper titles its own officials bare and tells where they went, not whose they are."""

    def test_a_city_closed_by_a_full_stop_opens_a_lead_as_its_dateline(self):
        text = (
            " date 2031-03-14\n\nTwo presidents sign bridge deal\n\nLusaka. Zambia and Malawi yesterday signed an "
            "agreement on a bridge across the Luangwa river after talks between President Anna Chileshe and her "
            "guest, President Peter Banda.\n\nThe Minister of Works, Mr Joseph Mwale, signed for the Government."
        )
        found = sides(text)
        self.assertEqual((found["Chileshe"], found["Mwale"]), ("ZM", "ZM"))

    def test_a_headline_pairing_the_guest_with_the_host_in_the_hosts_capital_places_the_talks_not_the_guest(self):
        text = (
            " date 2031-04-02\n\nIn Madrid, President Okeke, Spanish Prime Minister agree to expand trade\n\n"
            "President Chinedu Okeke held talks with the Prime Minister of Spain, Mr Luis Ortega, in Madrid, where "
            "both leaders agreed to expand cooperation between Nigeria and Spain in ports and agriculture. Nigeria "
            "wants Spanish investment.\n\nPresident Okeke was accompanied by the Minister of Transportation, Mr "
            "Musa Danjuma."
        )
        found = sides(text)
        self.assertEqual((found["Okeke"], found["Danjuma"], found["Ortega"]), ("NG", "NG", "ES"))

    def test_a_minister_who_returned_from_the_hosts_capital_is_the_guest(self):
        text = (
            " date 2031-05-20\n\nMinister back from Ottawa without a deal\n\nAgriculture Minister Lindiwe Zulu has "
            "returned from Ottawa without a trade agreement after a three-day visit to Ottawa, but says South Africa "
            "and Canada will keep talking.\n\n"
            "Zulu, who led a delegation of officials and farmers to the Canadian capital, met members of the "
            'government.\n\n"The talks were frank," Zulu said.'
        )
        self.assertEqual(sides(text)["Zulu"], "ZA")


class CountedVisitOfItsGuestTests(SimpleTestCase):
    def test_a_visit_counted_by_its_guests_office_and_country_gives_the_guest_that_country(self):
        text = (
            "Remarks by the Prime Minister at the joint press conference\n\nPrime Minister: Thank you all. We are "
            "delighted to welcome President Amina Otieno on this official visit, the first by a President of Kenya "
            "to Norway. Last night President Erik Lund hosted a dinner in her honour.\n\nPresident Otieno: Thank "
            "you, Prime Minister. I thank President Lund for his hospitality."
        )
        found = sides(text)
        self.assertEqual((found["Otieno"], found["Lund"]), ("KE", "NO"))

    def test_a_visit_another_speaks_of_gives_the_speaker_no_country(self):
        text = (
            "Oslo. Norway and Kenya signed two accords on Tuesday.\n\nForeign Minister Ola Berg said that the visit, "
            "the first by a Kenyan head of state since 2013, opened a new chapter."
        )
        self.assertNotEqual(sides(text).get("Berg"), "KE")


class BracketedDatelineTests(SimpleTestCase):
    def test_a_place_and_date_in_brackets_closing_the_headline_tells_the_host(self):
        text = (
            "Statements of Foreign Minister Nikos Andreou and Foreign Minister of Tunisia Omar Haddad after their "
            "talks (Tunis, 4 March 2024)\n\nO. HADDAD: I welcome my friend Nikos Andreou on his first trip of the "
            "year, and I wish the Greek people well. Before our talks, the Minister was received by President Faisal "
            "Talal.\n\nN. ANDREOU: Thank you, Omar. Greece and Tunisia are old friends. I will host you in Athens "
            "in June."
        )
        self.assertEqual(sides(text).get("Talal"), "TN")


class ListedAtMeetingWithTheHostTests(SimpleTestCase):
    def test_those_listed_as_sitting_in_on_a_meeting_with_the_hosts_leader_are_the_guests(self):
        text = (
            "NAIROBI - Prime Minister Lars Holm of Denmark held talks with President Grace Mwangi in Nairobi on "
            "Monday, the first stop of his visit to Kenya.\n\nTaking part in the talks with the Kenyan president "
            "were the Minister for Development Cooperation Mette Lund and the Director of the Prime Minister's "
            "Office Anders Berg."
        )
        found = sides(text)
        self.assertEqual((found["Lund"], found["Berg"]), ("DK", "DK"))


class People10SmallerStatesTests(SimpleTestCase):
    """States the country table lacked (Taiwan, Burundi, the smaller Caribbean states) are sides of a visit by name,
    demonym and capital, and their officials take their country."""

    def test_a_visit_of_a_state_named_by_its_demonym_or_capital_has_that_state_as_a_side(self):
        cases = [
            (
                "TAIPEI - Guatemalan President Ana Morales held talks with President Chen Wei-lin in Taipei on Monday."
                "\n\nChen thanked Guatemala for its support. The Taiwanese leader said ties were strong.",
                {"GT", "TW"},
                "Chen Wei-lin",
                "TW",
            ),
            (
                "DODOMA - Tanzanian President Amina Juma received her Burundian counterpart Pierre Nduwimana at "
                "State House on Friday.\n\nThe two leaders discussed the railway to Gitega. Burundi and Tanzania "
                "signed a memorandum on transport.",
                {"TZ", "BI"},
                "Pierre Nduwimana",
                "BI",
            ),
            (
                "KINGSTON - Jamaican Prime Minister Paul Grant hosted Prime Minister Keith Antoine of Grenada on "
                "Tuesday.\n\nThe Grenadian leader said the two islands shared a future. Jamaica and Grenada agreed to "
                "cooperate on tourism.",
                {"JM", "GD"},
                "Keith Antoine",
                "GD",
            ),
        ]
        for text, pair, name, code in cases:
            with self.subTest(name=name):
                result = suggest_package(text)
                self.assertEqual({c.code for c in result.countries}, pair)
                self.assertEqual(countries_by_name(text).get(name), code)

    def test_a_state_only_mentioned_in_a_chinese_visit_is_not_a_side(self):
        text = (
            "BEIJING - Chinese President Li Ming held talks with Brazilian President Carlos Souza in Beijing on "
            "Monday.\n\nLi said China and Brazil would expand trade. The Brazilian leader said Brazil respects "
            "China's position on Taiwan."
        )
        self.assertEqual({c.code for c in suggest_package(text).countries}, {"CN", "BR"})


class People10UnplacedHostBeforeAJoiningLeaderTests(SimpleTestCase):
    """Two leaders of known countries are not the visit's sides while a third leader, named as often, has no country
    yet and the text names another country most: the unplaced one is the host, the other a leader who joins."""

    def test_an_unplaced_host_keeps_her_country_a_side(self):
        cases = [
            (
                "President Lucía Ortega hosted her Guatemalan counterpart Tomás Rivas in Tapachula on Monday.\n\n"
                "Belizean Prime Minister John Castillo joined the two leaders in the afternoon.\n\nOrtega and Rivas "
                "signed a declaration on migration. Ortega said Mexico would fund the programme. Castillo said Belize "
                "wanted a role. Mexico and Guatemala share a long border, and Mexico is Guatemala's partner.",
                {"MX", "GT"},
                "Lucía Ortega",
                "MX",
            ),
            (
                "President Paulo Mendes received his Angolan counterpart João Mateus in Maputo on Friday.\n\n"
                "Zambian President Mwansa Chileshe joined the two leaders by road for a lunch.\n\nMendes and "
                "Mateus discussed the railway. Mendes said Mozambique would open its port. Chileshe said Zambia "
                "needed the corridor. Mozambique and Angola signed two accords, Mozambique's first with Angola.",
                {"MZ", "AO"},
                "Paulo Mendes",
                "MZ",
            ),
            (
                "Prime Minister Anna Berg welcomed her Estonian counterpart Kaja Tamm in Helsinki on Tuesday.\n\n"
                "Latvian Prime Minister Ieva Kalnina joined the two leaders for dinner.\n\nBerg and Tamm discussed "
                "energy. Berg said Finland would build the cable. Kalnina said Latvia would join later. Finland and "
                "Estonia signed a memorandum, Finland's third with Estonia.",
                {"FI", "EE"},
                "Anna Berg",
                "FI",
            ),
        ]
        for text, pair, name, code in cases:
            with self.subTest(name=name):
                result = suggest_package(text)
                self.assertEqual({c.code for c in result.countries}, pair)
                self.assertEqual(countries_by_name(text).get(name), code)

    def test_two_placed_leaders_still_decide_over_a_country_talked_about(self):
        text = (
            "President Ana Ruiz of Chile hosted Argentine President Javier Sosa in Santiago on Monday.\n\nRuiz and "
            "Sosa discussed Bolivia's lithium. Bolivia, Bolivia's mines and Bolivia's border were on the agenda. "
            "Sosa said Argentina would cooperate. Ruiz said Bolivia must be consulted."
        )
        self.assertEqual({c.code for c in suggest_package(text).countries}, {"CL", "AR"})


class People10StateWithItsArticleTests(SimpleTestCase):
    """A leader titled with a state whose formal name keeps its article after "Republic of" or "Kingdom of" ("of the
    Republic of the Philippines") is of that state, and the other leader of the other side."""

    def test_the_state_named_after_the_name_with_its_article(self):
        cases = [
            (
                "Remarks by President Hale and President Ramon Cruz of the Republic of the Philippines\n\nPRESIDENT "
                "HALE: It's an honor to welcome President Cruz to the White House. The United States and the "
                "Philippines are allies.\n\nPRESIDENT CRUZ: Thank you, Mr. President.",
                "Ramon Cruz",
                "PH",
            ),
            (
                "Statements by President Lindqvist and Prime Minister Mark de Vries of the Kingdom of the "
                "Netherlands\n\nPRESIDENT LINDQVIST: Welcome to Helsinki, Prime Minister. Finland and the "
                "Netherlands are partners.\n\nPRIME MINISTER DE VRIES: Thank you, Mr. President.",
                "Mark de Vries",
                "NL",
            ),
            (
                "Remarks by President Okafor and President Adama Barrow of the Republic of The Gambia\n\nPRESIDENT "
                "OKAFOR: Welcome to Abuja, my brother. Nigeria and The Gambia are family.\n\nPRESIDENT BARROW: "
                "Thank you, Mr. President.",
                "Adama Barrow",
                "GM",
            ),
        ]
        for text, name, code in cases:
            with self.subTest(name=name):
                found = countries_by_name(text)
                self.assertEqual(found.get(name), code)

    def test_a_state_whose_name_opens_with_republic_is_read_whole(self):
        text = (
            "Remarks by President Okafor and President Denis Mbemba of the Republic of the Congo\n\nPRESIDENT "
            "OKAFOR: Welcome to Abuja, my brother. Nigeria and the Congo are friends.\n\nPRESIDENT MBEMBA: Thank "
            "you, Mr. President."
        )
        found = countries_by_name(text)
        self.assertEqual(found.get("Denis Mbemba"), "CG")


class People10CounterpartInAClauseOfTimeTests(SimpleTestCase):
    """One whose own clause closes on a time clause with "his Japanese counterpart" ("X announced Tuesday after
    meeting his Japanese counterpart") is of the other side than the counterpart's."""

    def test_the_one_meeting_his_counterpart_is_of_the_other_side(self):
        cases = [
            (
                "TOKYO - Canada and Japan will begin talks on an information deal, Prime Minister Luc Tremblay "
                "announced Tuesday after meeting his Japanese counterpart in Tokyo.\n\nTremblay and Prime Minister "
                "Shinji Ogawa spent an hour together. Ogawa said Japan welcomed the step.",
                "Luc Tremblay",
                "CA",
            ),
            (
                "NAIROBI - Tanzania and Kenya will open a new border post, President Amina Said told reporters on "
                "Monday after holding talks with her Kenyan counterpart.\n\nSaid and President John Mwangi met at "
                "State House. Mwangi said Kenya was ready.",
                "Amina Said",
                "TZ",
            ),
            (
                "HANOI - Australia and Vietnam will expand trade, Prime Minister Tom Reilly said on Friday before "
                "hosting his Vietnamese counterpart at a dinner.\n\nReilly and Prime Minister Pham Van Duc held "
                "talks. Duc said Vietnam was ready.",
                "Tom Reilly",
                "AU",
            ),
        ]
        for text, name, code in cases:
            with self.subTest(name=name):
                found = countries_by_name(text)
                self.assertEqual(found.get(name), code)

    def test_another_name_in_between_keeps_the_counterpart_from_the_first(self):
        text = (
            "BAGHDAD - Minister Ali Hassan said President Kemal Aksoy would sign the deal after meeting his Iraqi "
            "counterpart.\n\nTurkey and Iraq agreed to build a road. Aksoy said Turkey was ready."
        )
        found = countries_by_name(text)
        self.assertNotEqual(found.get("Ali Hassan"), "TR")


class People11TiedPlacesGuestDecidesTests(SimpleTestCase):
    """Places that name both sides as often (a banquet in one capital, a trip to the other recalled) leave the host
    to the guest's description: "a visit to Algiers by Italian prime minister X", "the first by an Indonesian
    foreign minister to Uganda", "the visiting Mongolian delegation"; the host's bare-titled officials follow."""

    def test_a_visit_to_a_place_by_a_country_names_the_guest(self):
        text = (
            "Italy and Algeria signed a gas accord on Monday during a visit to Algiers by Italian prime minister "
            "Carla Verdi.\n\nVerdi held talks with President Hedi Mansour. Energy Minister Sami Jaziri said the "
            "accord would double exports.\n\nMansour recalled the years he spent in Rome as a student, when he had "
            "travelled to Milan and Turin."
        )
        self.assertEqual(sides(text)["Jaziri"], "DZ")

    def test_the_first_visit_by_a_country_names_the_guest(self):
        text = (
            "Uganda and Indonesia agreed to open embassies during a two-day visit, the first by an Indonesian "
            "foreign minister to Uganda.\n\nForeign Minister Dewi Lestari Putri met President Okello Mugisha at State "
            "House Entebbe. The ministry's spokesperson, Ambassador Grace Nakato, said trade would grow.\n\nNakato "
            "said Ugandan coffee traders had travelled to Jakarta last year."
        )
        self.assertEqual(sides(text)["Nakato"], "UG")

    def test_the_visiting_delegation_names_the_guest(self):
        text = (
            "Portugal and Mongolia upgraded ties on Tuesday as the visiting Mongolian delegation ended its stay.\n\n"
            "Mongolian President Batbayar Tsend held talks with Prime Minister Rui Falcao. Economy Minister Ines "
            "Cabral said the deals would help exporters.\n\nFalcao said he had visited Ulaanbaatar in 2019 and that "
            "Portuguese firms travelled to Lisbon fairs."
        )
        self.assertEqual(sides(text)["Cabral"], "PT")

    def test_a_tie_with_no_guest_described_stays_undecided(self):
        text = (
            "Uganda and Indonesia agreed to open embassies on Monday.\n\nForeign Minister Dewi Lestari Putri met "
            "President Okello Mugisha at State House Entebbe. The ministry's spokesperson, Ambassador Grace Nakato, "
            "said trade would grow.\n\nNakato said Ugandan coffee traders had travelled to Jakarta last year."
        )
        self.assertEqual(sides(text).get("Nakato", ""), "")


class People11LeaderDescribedAsGuestTests(SimpleTestCase):
    """With no place deciding the host, a leader described by country as the one whose visit it is names the guest:
    "as the emir of Qatar wrapped up a three-day state visit", "The Norwegian prime minister's two-day official
    visit", "Spanish prime minister X, who is in the country on a visit"; the host's bare-titled officials follow."""

    def test_an_office_of_a_country_wrapping_up_a_visit_is_the_guest(self):
        text = (
            "Qatar pledges new funds as emir's visit closes\n\nQatar and Britain signed four accords on Wednesday "
            "as the emir of Qatar wrapped up a three-day state visit.\n\nThe pledge followed talks between Emir "
            "Hamad bin Nasser and Prime Minister Alan Birch. Trade secretary Nadia Holt said the deals were new money."
        )
        found = sides(text)
        self.assertEqual((found["Birch"], found["Holt"]), ("GB", "GB"))

    def test_a_described_leaders_visit_is_the_guests(self):
        text = (
            "Kenya and Norway signed three accords.\n\nThe Norwegian prime minister's two-day official visit ended in "
            "Nairobi on Friday. Prime Minister Erik Lunde held talks with President Amina Wekesa. Trade minister "
            "Peter Otieno said exports would double. Lunde recalled his trip to Mombasa.\n\nWekesa said she had "
            "visited Oslo in 2019."
        )
        self.assertEqual(sides(text)["Otieno"], "KE")

    def test_a_described_leader_in_the_country_on_a_visit_is_the_guest(self):
        text = (
            "Ghana and Spain signed five agreements on Wednesday.\n\nThe banquet in honour of Spanish prime minister "
            "Luis Ortega Ruiz, who is in the country on a two-day official visit, was held in Accra. President Kofi "
            "Mensah recalled that he had studied in Madrid.\n\nPresidency spokesperson Ama Boateng said the visit "
            "opened a new chapter."
        )
        found = sides(text)
        self.assertEqual((found["Ruiz"], found["Boateng"]), ("ES", "GH"))

    def test_no_visit_described_gives_the_host_no_minister(self):
        text = (
            "Kenya and Norway signed three accords.\n\nPresident Amina Wekesa held talks with Prime Minister Erik "
            "Lunde. Trade minister Peter Otieno said exports would double, recalling a trade mission to Mombasa.\n\n"
            "Wekesa said she had visited Oslo in 2019."
        )
        self.assertNotEqual(sides(text).get("Otieno"), "KE")


class People11OfficeBeforeItsCountryTests(SimpleTestCase):
    """A leader's office told before its country in lower case ("as the emir of Qatar wrapped up a state visit",
    "the president of Ghana concluded ...") describes the one holder of that office the story names."""

    def test_the_emir_of_a_country_is_the_emir_named(self):
        text = (
            "Qatar pledges new funds as emir's visit closes\n\nQatar and Britain signed four accords on Wednesday "
            "as the emir of Qatar wrapped up a three-day state visit.\n\nThe pledge followed talks between Emir "
            "Hamad bin Nasser and Prime Minister Alan Birch. Trade secretary Nadia Holt said the deals were new money."
        )
        found = sides(text)
        self.assertEqual((found["Nasser"], found["Birch"]), ("QA", "GB"))

    def test_the_president_of_a_country_is_the_president_named(self):
        text = (
            "Ghana and Japan signed two accords on Monday as the president of Ghana concluded a two-day state "
            "visit.\n\nThe deals followed talks between President Kofi Mensah and Prime Minister Taro Ueda. Trade "
            "minister Ken Sato said exports would grow."
        )
        found = sides(text)
        self.assertEqual((found["Mensah"], found["Ueda"], found["Sato"]), ("GH", "JP", "JP"))

    def test_the_king_of_a_country_beginning_a_visit(self):
        text = (
            "Jordan and Italy signed three accords on Tuesday as the king of Jordan began a state visit.\n\nThe "
            "accords followed talks between King Faisal bin Talal and Prime Minister Marco Ferri. Economy minister "
            "Luca Conti said the deals were new."
        )
        found = sides(text)
        self.assertEqual((found["Talal"], found["Ferri"], found["Conti"]), ("JO", "IT", "IT"))

    def test_the_president_of_a_chamber_describes_no_country(self):
        text = (
            "Ghana and Japan signed two accords on Monday as the president of the Senate concluded a two-day "
            "visit.\n\nThe deals followed talks between President Kofi Mensah and Prime Minister Taro Ueda. Trade "
            "minister Ken Sato said exports would grow."
        )
        self.assertEqual(sides(text).get("Mensah", ""), "")


class People10BareSideRestTests(SimpleTestCase):
    """Officials left with no country once every cue is read are of the side the story titles by office alone, when
    only the other side's people are titled with their country: a story calls its own side's people bare."""

    def test_the_bare_titled_are_of_the_side_never_titled_with_its_country(self):
        cases = [
            (
                "President Martín Ruiz was received by Italian Prime Minister Giulia Conti at Palazzo Chigi on "
                "Tuesday.\n\nRuiz asked Conti for Italy's support. Argentina and Italy talked about gas.\n\nForeign "
                "Minister Pablo Sosa said the memorandum would be negotiated later. Argentina wants investment.",
                {"Pablo Sosa": "AR"},
            ),
            (
                "Jamaica and Ghana signed five memoranda as Ghanaian President Kofi Mensah ended his visit.\n\nThe "
                "agreements were signed in the presence of Prime Minister Garfield Brown and the visiting head of "
                "state.\n\nGhana's Minister of Trade, Ama Boateng, signed for Accra. Brown said the ties were "
                "historic. Jamaica and Ghana will meet again.",
                {"Garfield Brown": "JM"},
            ),
            (
                "Prime Minister Hamish Reid said talks on a trade deal with India would be intensified.\n\nThe "
                "defence memorandum was signed by Defence Minister Rawiri Tane and Indian Defence Secretary Anil "
                "Rao.\n\nTrade Minister Lucy Fair said New Zealand exporters would gain. India and New Zealand agreed "
                "to meet again.",
                {"Hamish Reid": "NZ", "Lucy Fair": "NZ"},
            ),
        ]
        for text, expected in cases:
            with self.subTest(expected=expected):
                found = countries_by_name(text)
                self.assertEqual({n: found.get(n) for n in expected}, expected)

    def test_with_both_sides_titled_with_their_country_the_bare_one_is_not_guessed(self):
        text = (
            "Italian Prime Minister Giulia Conti met Argentine President Martín Ruiz on Tuesday.\n\nArgentina and "
            "Italy talked about gas, and Italy and Argentina will meet again.\n\nEconomy Minister Pablo Sosa said "
            "the memorandum would be negotiated later."
        )
        found = countries_by_name(text)
        self.assertEqual(found.get("Pablo Sosa"), "")


class People12TripVerbTests(SimpleTestCase):
    """A trip told by any verb that takes one, finite or not, with a date set off between ("will on Thursday, 4
    March, undertake a State Visit to the Republic of Kenya", "is to pay an official visit to Chile", "undertook a
    working visit to Zambia"), is the traveller's own: the place visited is the other side's."""

    def test_the_traveller_is_of_the_other_side(self):
        cases = [
            (
                "President Kofi Mensah will on Thursday, 4 March 2027, undertake a State Visit to the Republic of "
                "Kenya at the invitation of His Excellency President Jomo Wanjiru.\n\nGhana and Kenya enjoy warm "
                "relations. The two Heads of State will review trade.\n\nThe President will return home on Saturday.",
                {"Kofi Mensah": "GH", "Jomo Wanjiru": "KE"},
            ),
            (
                "Prime Minister Ana Ferreira is to pay an official visit to Chile next week, her office said on "
                "Monday.\n\nFerreira will hold talks with President Diego Rojas in Santiago. Portugal and Chile want "
                "to expand trade in wine and copper.",
                {"Ana Ferreira": "PT", "Diego Rojas": "CL"},
            ),
            (
                "Foreign Minister Lars Holm undertook a two-day working visit to Zambia this week.\n\nHolm held talks "
                "with President Mwila Banda on mining. Sweden and Zambia agreed to expand cooperation in energy.",
                {"Lars Holm": "SE", "Mwila Banda": "ZM"},
            ),
        ]
        for text, expected in cases:
            with self.subTest(expected=expected):
                found = countries_by_name(text)
                self.assertEqual({n: found.get(n) for n in expected}, expected)

    def test_the_host_who_welcomes_a_traveller_keeps_the_place(self):
        text = (
            "President Jomo Wanjiru on Monday welcomed Ghana's trade minister, Kofi Mensah, who will later this week "
            "undertake a visit to Kenya's coast.\n\nGhana and Kenya agreed to expand trade at the talks."
        )
        self.assertEqual(countries_by_name(text).get("Jomo Wanjiru"), "KE")


class People12JoinedMeetingAdverbTests(SimpleTestCase):
    """One met after "and also met", "and later met", "and subsequently met" is met by the same subject as the one
    met before ("she paid a courtesy call on Vietnamese President A and also met B"): B is on A's side, not across
    from him; a second subject named after the "and" meets on its own."""

    def test_the_second_one_met_is_on_the_first_ones_side(self):
        cases = [
            (
                "Kenyan minister in Hanoi\n\nKenyan Trade Minister Jane Wairimu held talks with her Vietnamese "
                "counterpart Nguyen Van Duc on Monday.\n\nBefore the talks, she paid a courtesy call on Vietnamese "
                "President Tran Van Long and also met Le Thi Hoa, chairwoman of the National Assembly.\n\nKenya and "
                "Vietnam agreed to expand trade.",
                {"Le Thi Hoa": "VN"},
            ),
            (
                "Chilean minister in Jakarta\n\nChilean Trade Minister Ana Vidal held talks with her Indonesian "
                "counterpart Budi Santoso on Monday.\n\nOn Tuesday she called on Indonesian President Joko Hartono "
                "and later met Dewi Lestari Putri, speaker of the House of Representatives.\n\nChile and Indonesia "
                "agreed to expand trade.",
                {"Dewi Lestari Putri": "ID"},
            ),
            (
                "Ghanaian minister in Hanoi\n\nGhanaian Foreign Minister Kwame Boateng held talks with his "
                "Vietnamese counterpart Nguyen Van Duc on Monday.\n\nOn Tuesday he paid a courtesy call on "
                "Vietnamese President Tran Van Long and subsequently met Vo Minh Tuan, head of the Party's external "
                "relations commission.\n\nGhana and Vietnam agreed to expand trade.",
                {"Vo Minh Tuan": "VN"},
            ),
        ]
        for text, expected in cases:
            with self.subTest(expected=expected):
                found = countries_by_name(text)
                self.assertEqual({n: found.get(n) for n in expected}, expected)

    def test_a_second_subject_after_the_and_meets_on_its_own(self):
        text = (
            "Ghanaian minister in Hanoi\n\nGhanaian Foreign Minister Kwame Boateng held talks with his Vietnamese "
            "counterpart Nguyen Van Duc on Monday.\n\nOn Tuesday he paid a courtesy call on Vietnamese President Tran "
            "Van Long, and Vo Minh Tuan, head of the Party's external relations commission, also met the President."
            "\n\nGhana and Vietnam agreed to expand trade."
        )
        self.assertEqual(countries_by_name(text).get("Vo Minh Tuan"), "VN")


class People12SeatOfGovernmentTests(SimpleTestCase):
    """A scene set at a seat of a state's head or government ("a banquet at Buckingham Palace", "the talks at the
    Kremlin", "the ceremony at the Akorda") places the visit in that country as a city would, so the host's officials
    named by office alone are the host's; the seat named as a speaker ("The Kremlin said") places nothing."""

    def test_a_scene_at_a_seat_places_the_hosts_officials(self):
        cases = [
            (
                "Chile and Britain pledge closer ties\n\nPresident Ana Ruiz was guest of honour at a state banquet at "
                "Buckingham Palace on Tuesday, the second day of her state visit.\n\nThe foreign secretary, Tom Hale, "
                "said Britain and Chile would cooperate on lithium. Ruiz said Chile wanted investment.",
                {"Tom Hale": "GB"},
            ),
            (
                "Ghana and Russia talk grain\n\nThe talks at the Kremlin ran for three hours on Friday, the second "
                "day of the visit.\n\nThe foreign minister, Oleg Petrov, said Russia and Ghana would cooperate on "
                "grain.",
                {"Oleg Petrov": "RU"},
            ),
            (
                "Peru and Kazakhstan talk uranium\n\nThe ceremony at the Akorda lasted an hour on Monday, the last "
                "day of the visit.\n\nThe energy minister, Serik Abenov, said Kazakhstan and Peru would cooperate "
                "on uranium.",
                {"Serik Abenov": "KZ"},
            ),
        ]
        for text, expected in cases:
            with self.subTest(expected=expected):
                found = countries_by_name(text)
                self.assertEqual({n: found.get(n) for n in expected}, expected)

    def test_a_seat_that_speaks_places_nothing(self):
        text = (
            "Ghana and Russia talk grain\n\nThe Kremlin said on Friday that the talks ran for three hours.\n\nThe "
            "foreign minister, Oleg Petrov, said Russia and Ghana would cooperate on grain."
        )
        self.assertEqual(countries_by_name(text).get("Oleg Petrov"), "")


class People12BodyPluralTests(SimpleTestCase):
    """The plural of a body's kind that its name ends on ("... of International Manpower Agencies (X), said", "...
    of Leather Goods Corporations", "... of International Tour Companies") is no surname: the head of such a body is
    no second president of the country, who would push the real one to the other side; a surname spelt like a plural
    noun of another kind ("Ruth Chambers") is still a name."""

    VISIT = (
        "Dhaka, Hanoi sign deals\n\nVietnamese Prime Minister Tran Van Long held talks with Bangladesh Prime Minister "
        "Sajeda Khan on Monday.\n\nMd Rafiqul Islam, president of the Bangladesh Association of {}, said the "
        "outcome was disappointing.\n\nHe later called on President Abdul Wadud Sarkar at Bangabhaban."
    )

    def test_the_bodys_plural_names_no_one(self):
        for body in (
            "International Manpower Agencies (BAIMA)",
            "Leather Goods Corporations (BALGC)",
            "International Tour Companies (BAITC)",
        ):
            with self.subTest(body=body):
                found = countries_by_name(self.VISIT.format(body))
                self.assertEqual(found.get("Abdul Wadud Sarkar"), "BD")
                self.assertEqual(len(found), 3)

    def test_a_surname_like_a_plural_is_still_a_name(self):
        text = (
            "Britain and Ghana sign deals\n\nGhanaian President Kwame Asante held talks with Prime Minister Alan "
            "Birch in London.\n\nTrade Minister Ruth Chambers said British firms would invest in Ghana."
        )
        self.assertIn("Ruth Chambers", countries_by_name(text))


class People12AgreedActTests(SimpleTestCase):
    """One named last of the subjects who "have agreed to" or "have agreed on" something took part in the talks,
    office or no office ("A, who is on a working visit to Estonia, and the head of the county, X, have agreed to open
    a ferry line"); one who only says a thing had long been agreed takes no part."""

    def test_the_last_subject_of_an_agreement_takes_part(self):
        cases = [
            (
                "TARTU, May 3. Finnish Prime Minister Antti Laine, who is on a working visit to Estonia, and the head "
                "of the county, Mart Kask, have agreed to open a ferry line between the two countries, the county "
                'government said.\n\n"We discussed the ferry in detail," Kask told reporters.',
                "Mart Kask",
            ),
            (
                "OSH, May 3. Kazakh Prime Minister Aidar Serikov, who is on a visit to Kyrgyzstan, and the head of "
                "the region, Bakyt Osmonov, have agreed on a new border crossing, the regional press service said.\n\n"
                '"Trucks wait for days," Osmonov told reporters.',
                "Bakyt Osmonov",
            ),
            (
                "DAVAO, May 3. Japanese Foreign Minister Kenji Sato, who is on a visit to the Philippines, and the "
                "head of the district, Ramon Dizon, has also agreed to expand the port, the city said.\n\n"
                '"The port must grow," Dizon told reporters.',
                "Ramon Dizon",
            ),
        ]
        for text, name in cases:
            with self.subTest(name=name):
                self.assertIn(name, {p.name for p in suggest_package(text).participants})

    def test_one_who_only_speaks_of_an_old_agreement_takes_no_part(self):
        text = (
            "TARTU, May 3. Finnish Prime Minister Antti Laine visited Estonia on Monday. Mart Kask, a historian, said "
            "both countries had long agreed that the ferry was useful."
        )
        self.assertNotIn("Mart Kask", {p.name for p in suggest_package(text).participants})


class People12SideInsideQuotesTests(SimpleTestCase):
    """A side named inside the quoted words ("...a clear commitment from the Malaysian side," Secretary X told
    reporters) is the speaker talking of the other side, not the side of the one named after it; a side phrase in
    the narrative still places the official it introduces."""

    def test_a_side_inside_the_quoted_words_places_nobody(self):
        cases = [
            (
                "Dhaka, Hanoi sign two deals\n\nBangladesh and Vietnam signed two memoranda on Monday during the "
                'visit of the Vietnamese premier.\n\n"We expect more rice from the Vietnamese side," Commerce '
                "Secretary Abdul Karim Mia told reporters in Dhaka.",
                {"Abdul Karim Mia": "BD"},
            ),
            (
                "Accra and Ankara sign deals\n\nGhana and Turkey signed three agreements in Accra on Tuesday during "
                "the visit of the Turkish president.\n\n\u201cThe Turkish side has promised to finish the hospital "
                "next year,\u201d said Health Minister Kwaku Asare.",
                {"Kwaku Asare": "GH"},
            ),
            (
                "Lima and Seoul sign deals\n\nPeru and South Korea signed two agreements in Lima on Friday during the "
                'visit of the South Korean trade minister.\n\n"On the Korean side there is real interest in copper," '
                "Mining Minister Rosa Flores said.",
                {"Rosa Flores": "PE"},
            ),
        ]
        for text, expected in cases:
            with self.subTest(expected=expected):
                found = countries_by_name(text)
                self.assertEqual({n: found.get(n) for n in expected}, expected)

    def test_a_side_in_the_narrative_still_places_its_official(self):
        text = (
            "Lima and Seoul sign deals\n\nPeru and South Korea signed two agreements in Lima on Friday during the "
            "visit of the South Korean trade minister.\n\nOn the Korean side, Deputy Minister Park Jae-won said the "
            "firms were ready."
        )
        self.assertEqual(countries_by_name(text).get("Park Jae-won"), "KR")
