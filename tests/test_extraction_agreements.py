"""Agreements in the shapes unseen copy brings: one test per kind, each worded anew, with invented names."""

from __future__ import annotations

import datetime

from django.test import SimpleTestCase

from relations_plugin.extraction import suggest_package


def spheres(text: str) -> list[str]:
    return [a.sphere for a in suggest_package(text).agreements]


def titles(text: str) -> list[str]:
    return [a.title for a in suggest_package(text).agreements]


class LongListTests(SimpleTestCase):
    """A list whose verb comes long before its last items keeps the verb's status for all of them."""

    def test_items_after_semicolons_far_from_the_verb(self):
        text = (
            "After the talks, the two presidents witnessed the exchange of cooperation documents between ministries, "
            "agencies and provinces of the two countries, including the Joint Declaration on the elevation of "
            "relations between the Republic of Norlandia and the Kingdom of Estavia to a comprehensive partnership; "
            "an agreement on the mutual recognition of driving licences; a memorandum of understanding (MoU) on "
            "cooperation in the field of fisheries and aquaculture; an MoU on cooperation in vocational training; "
            "an MoU between the Norlandian Chamber of Commerce and the Estavian Business Council; and a cooperation "
            "agreement between the Norlandia Press Agency and the Estavian national news agency."
        )
        self.assertEqual(spheres(text), ["political", "transport", "agriculture", "education", "trade", "media"])

    def test_a_list_joined_by_and_after_a_long_first_item(self):
        text = (
            "The ministers signed a protocol amending the 1998 convention between the two governments on the "
            "avoidance of double taxation and the prevention of fiscal evasion with respect to taxes on income and "
            "on capital, together with its annexes and an explanatory note agreed by the two finance ministries, "
            "a memorandum on wildfire prevention and a programme of cooperation in sport."
        )
        self.assertEqual(spheres(text), ["finance", "civil_protection", "sport"])

    def test_a_clause_of_its_own_does_not_continue_the_list(self):
        text = (
            "The two leaders signed a joint statement on their comprehensive partnership, which runs to twenty "
            "paragraphs and names energy, trade, transport, culture, education and the environment among the "
            "fields in which both governments intend to deepen their cooperation over the coming decade, while "
            "officials hope a treaty on legal assistance could follow."
        )
        self.assertEqual(titles(text), ["Joint statement on their comprehensive partnership"])


class LongListItemTests(SimpleTestCase):
    """Items under a lead-in that names the kind: who signed an item is cut off, and an item may name two bodies."""

    LEAD = "After the talks, the two presidents witnessed the signing of three memoranda in the following areas:\n\n"

    def test_signers_cut_and_long_items_kept(self):
        text = self.LEAD + (
            "i. Cooperation in Fisheries and Aquaculture, signed by the Minister of Fisheries, Hon. Dr. Pel Varn, "
            "and the Ostrian Minister of Trade;\n\n"
            "ii. Cooperation in the Field of Energy, including the transmission of power through the Northern "
            "Interconnection Grid (NIG);\n\n"
            "iii. Cooperation between the Tamsa Institute of Management and Public Administration (TIMPA) and the "
            "Ostrian Institute of Public Administration and Management."
        )
        self.assertEqual(titles(text)[0], "Memorandum on cooperation in Fisheries and Aquaculture")
        self.assertEqual(spheres(text), ["agriculture", "energy", "education"])

    def test_an_item_that_tells_a_story_is_no_document(self):
        text = self.LEAD + (
            "i. Cooperation in Fisheries;\n\n"
            "ii. The ministers also said that they had discussed the delays at the northern border crossing and "
            "would meet again.\n\n"
        )
        self.assertEqual(titles(text), ["Memorandum on cooperation in Fisheries"])

    def test_a_research_institute_is_no_school(self):
        text = "The two academies signed a memorandum between the Tamsa Institute of Marine Research and Kolvi Port."
        self.assertNotIn("education", spheres(text))


class ListItemTests(SimpleTestCase):
    def test_paragraphs_without_markers_under_a_signed_lead_in(self):
        text = (
            "Valdoria and Ostmark sign documents\n\n"
            "Following the talks, a number of memoranda and agreements were signed, as follows:\n\n"
            "A memorandum of understanding on cooperation in the field of geothermal energy, signed by the two "
            "energy ministers.\n\n"
            "An agreement between the Valdorian Space Office and its Ostmark counterpart on satellite data.\n\n"
            "The crown prince later hosted a dinner for the guests."
        )
        self.assertEqual(spheres(text), ["energy", "space"])

    def test_a_word_of_a_capitalised_name_is_no_cue(self):
        text = (
            "Ministers signed the following:\n\n"
            "1. A Memorandum of Understanding between the Rice Research Institute and the National Irrigation Plan "
            "Authority on drip irrigation;\n"
            "2. A Programme of Cooperation in the Field of Culture for 2026-2028."
        )
        self.assertEqual(spheres(text), ["water", "culture"])  # (the topic, not the institute, names the field)

    def test_a_later_clause_of_an_item_does_not_unsign_it(self):
        text = (
            "The visit in brief\n\nNothing was said about tariffs.\n\nWhat was signed\n"
            "- A joint declaration widening the student exchange scheme, which officials said would double in size.\n"
            "- Not signed: an aviation accord. Talks will continue."
        )
        self.assertEqual(spheres(text), ["education"])


class OutcomeTests(SimpleTestCase):
    def test_among_the_outcomes_lists_instruments(self):
        text = (
            "The leaders met for three hours. Among the outcomes: a currency swap arrangement worth $300 million, "
            "a roadmap on port development, and an agreement to begin negotiations on a free trade deal."
        )
        self.assertEqual(spheres(text), ["finance", "transport"])

    def test_documents_as_the_subject_of_a_sentence_after_signing(self):
        text = (
            "Firms from both countries signed 11 memoranda of understanding at the business forum on Monday. "
            "The largest agreement was signed between Corvane Power and the Ministry of Energy for a wind farm. "
            "Further MoUs covered nickel exploration, cold-chain logistics, a halal certification partnership and "
            "hospital equipment."
        )
        self.assertEqual(spheres(text), ["energy", "mining", "transport", "trade", "health"])

    def test_documents_as_a_subject_without_any_signing_are_none(self):
        text = "Other agreements under discussion cover fisheries and tourism."
        self.assertEqual(spheres(text), [])


class MoreKindTests(SimpleTestCase):
    def test_partnerships_pacts_and_communiques_signed(self):
        self.assertEqual(spheres("The two ministers signed a five-year health partnership."), ["health"])
        self.assertEqual(spheres("The leaders inked a pact on fisheries in Lisbon."), ["agriculture"])
        self.assertEqual(spheres("They also adopted a joint communiqué."), ["political"])
        self.assertEqual(spheres("The governments signed a new development partnership."), ["development"])

    def test_a_partnership_or_framework_that_nobody_signed_is_none(self):
        self.assertEqual(spheres("The two countries upgraded ties to a comprehensive strategic partnership."), [])
        self.assertEqual(spheres("Within the framework of the visit, the leaders toured a factory."), [])
        self.assertEqual(
            spheres("The total value of documents signed within the framework of the visit is large."), []
        )

    def test_a_partnership_declaration_is_one_declaration(self):
        self.assertEqual(
            titles("The leaders did sign a strategic partnership declaration."), ["Strategic partnership declaration"]
        )

    def test_results_of_a_visit_are_signed(self):
        self.assertEqual(spheres("The visit yielded a roadmap on rail freight."), ["transport"])
        self.assertEqual(spheres("He came away with a memorandum on nuclear safety."), ["energy"])
        self.assertEqual(spheres("The sides agreed on a plan of action for tourism promotion."), ["tourism"])

    def test_a_result_verb_without_an_instrument_signs_nothing(self):
        self.assertEqual(spheres("The ministry released a statement on fisheries and mining."), [])
        self.assertEqual(spheres("He came home with an agreement to hold more meetings."), [])

    def test_an_agreement_to_negotiate_is_no_instrument(self):
        self.assertEqual(spheres("The leaders reached an agreement to resume talks on a visa waiver."), [])
        self.assertEqual(spheres("They signed an agreement to build a cement plant in Oruro."), ["investment"])

    def test_an_instrument_to_be_signed_later_is_none(self):
        self.assertEqual(spheres("A treaty on legal assistance will be signed in May, the ministers said."), [])


class SphereTests(SimpleTestCase):
    def test_fields_named_by_their_subject(self):
        text = (
            "The ministers signed memoranda on joint responses to wildfires and earthquakes, on copper and gold "
            "exploration, and on the recruitment of care workers."
        )
        self.assertEqual(spheres(text), ["civil_protection", "mining", "labour"])

    def test_a_company_project_with_no_field_is_an_investment(self):
        text = "On the sidelines, Orvik Holdings signed a $200 million deal for a plant in Kaunas."
        self.assertEqual(spheres(text), ["investment"])

    def test_the_whole_phrase_names_the_field_before_its_words(self):
        text = (
            "The ministers signed memoranda on vocational training in the furniture industry, on palm oil "
            "certification standards, on the sharing of hydrological data, on the green economy, on 5G networks, "
            "on cooperation between the tax revenue services and on the Marel pilgrim circuit."
        )
        self.assertEqual(
            spheres(text), ["education", "agriculture", "water", "environment", "digital", "finance", "tourism"]
        )

    def test_words_alone_keep_their_own_field(self):
        text = "The ministers signed memoranda on the furniture industry, on oil refining and on data centres."
        self.assertEqual(spheres(text), ["trade", "energy", "digital"])

    def test_an_academy_of_sciences_does_research(self):
        text = "The ministers signed a memorandum between the Vessa Academy of Sciences and the Kolvi Polar Institute."
        self.assertEqual(spheres(text), ["science"])
        text = "The ministers signed a memorandum between the Vessa Naval Academy and the Kolvi Polar Institute."
        self.assertNotEqual(spheres(text), ["science"])


class PartiesTests(SimpleTestCase):
    """Documents named by their parties, with short forms in brackets and names that hold an "and"."""

    def test_parties_with_short_forms_keep_the_list_going(self):
        text = (
            "The delegations then signed a series of documents in the presence of the two prime ministers, "
            "among them a memorandum on cooperation in statistics between the national statistics offices of both "
            "countries, a protocol on the exchange of hydrological data on shared rivers and lakes; an MoU between "
            'the Chamber of Industry and Trade of Veloria (CITV) and the Ostrian Exporters Union "Ostex"; and a '
            "cooperation agreement between the Veloria Press Agency (VPA) and the Ostrian broadcaster OTR."
        )
        self.assertEqual(spheres(text)[-2:], ["trade", "media"])

    def test_agreements_between_companies_are_investments(self):
        text = "The ministers also signed agreements between Valdorian state firms and Ostrian companies."
        self.assertEqual(spheres(text), ["investment"])

    def test_a_total_of_documents_between_parties_is_no_document(self):
        text = "The leaders witnessed the exchange of documents between ministries and regions of the two countries."
        self.assertEqual(spheres(text), [])

    def test_a_weak_field_is_not_taken_from_the_next_instrument(self):
        text = (
            "They signed an agreement on technical cooperation, a memorandum on solar power and a treaty on "
            "extradition."
        )
        self.assertEqual(spheres(text), ["development", "energy", "justice"])

    def test_a_title_ends_before_a_contrast(self):
        text = "The visit produced an agreement to expand bus manufacturing but no breakthrough on rail."
        self.assertEqual(titles(text), ["Agreement to expand bus manufacturing"])


class DealContentTests(SimpleTestCase):
    """A company deal told by what it makes happen, or listed after a participle phrase."""

    def test_a_deal_under_which_a_firm_will_build(self):
        text = (
            "The prime ministers signed a memorandum on rail freight. The biggest single agreement is a $900 million "
            "deal under which Tarvik Resources and Ostmark Mining will jointly develop a nickel mine near Kolvi."
        )
        self.assertEqual(spheres(text), ["transport", "mining"])

    def test_a_deal_that_will_see_a_firm_set_up_a_plant(self):
        text = (
            "Firms from both countries signed two memoranda on solar power on Monday. A third sideline deal will see "
            "Veloria engineering group Brandt & Kohl set up a workshop in Port Amel to assemble wind turbine blades."
        )
        self.assertEqual(spheres(text)[-1], "energy")

    def test_a_deal_that_will_see_with_nothing_signed_is_none(self):
        text = "A possible deal would see Tarvik Resources build a nickel smelter, analysts said."
        self.assertEqual(spheres(text), [])

    def test_a_financing_agreement_keeps_its_own_field(self):
        text = (
            "The two governments also signed a financing agreement under which Veloria's export credit agency will "
            "guarantee up to €300 million in loans for public works."
        )
        self.assertEqual(spheres(text), ["finance"])

    def test_items_after_a_participle_phrase_and_the_verb_of_the_list(self):
        text = (
            "Other deals struck at the forum included a $200 million cathode plant in Sarnia by Kolvi Materials, "
            "and a joint venture between Ostrian Power and a Velorian partner to build a solar farm."
        )
        self.assertEqual(spheres(text), ["investment", "energy"])

    def test_instruments_listed_after_a_participle_phrase_name_themselves(self):
        text = (
            "The agreements signed on the occasion included a framework agreement on gas supply between two state "
            "firms, MoUs on tourism and culture, and an agreement on air services."
        )
        self.assertEqual(spheres(text), ["energy", "tourism", "culture", "aviation"])


class NameWordSphereTests(SimpleTestCase):
    def test_a_field_word_in_a_place_name_yields_to_the_title(self):
        text = "The two ministers signed a memorandum on a vaccine plant in Port Selwyn."
        self.assertEqual(spheres(text), ["health"])

    def test_a_title_in_capitals_keeps_its_field(self):
        text = (
            "Signed during the visit:\n\n1. Memorandum of Understanding on Cooperation in the Field of Critical "
            "Minerals between the Department of Industry of Veloria and the Ostrian Ministry of Mines."
        )
        self.assertEqual(spheres(text), ["mining"])


class FirmDealTests(SimpleTestCase):
    """Firms' deals told by a verb with no kind word, beside what the visit signed."""

    SIGNED = "The two presidents signed an agreement on visa-free travel on Monday. "

    def test_a_firm_signed_with_another_to_do_something(self):
        text = (
            self.SIGNED + "Meanwhile, Halvorsen Shipping signed with the Tamsa Port Authority to run a grain terminal."
        )
        self.assertEqual(spheres(text), ["consular", "investment"])

    def test_a_firm_described_before_its_name_agreed_to_build(self):
        text = (
            self.SIGNED
            + "Separately, steel producer Korvan agreed to build a rolling mill near Tamsa, officials said."
        )
        self.assertEqual(spheres(text), ["consular", "investment"])

    def test_a_firm_that_will_invest_among_the_deals_counted(self):
        text = (
            "Businesses signed nine commercial agreements at the forum. Among them, Lindqvist Energy will invest "
            "$80 million in a biogas plant, and Oravia Foods will supply frozen fish to Velorian retailers."
        )
        self.assertEqual(spheres(text), ["investment", "trade"])

    def test_two_firms_in_one_sentence(self):
        text = (
            self.SIGNED + "Tamsa Agro Group agreed with the Kolvi Dairy Cluster to set up a cheese factory, while "
            "Norvik Textiles signed with Oravia Cotton Holding to explore a spinning mill."
        )
        self.assertEqual(spheres(text), ["consular", "investment", "investment"])

    def test_no_firm_deal_where_nothing_was_signed(self):
        self.assertEqual(spheres("Korvan Steel agreed to build a rolling mill near Tamsa."), [])

    def test_firms_that_agreed_to_set_up_a_joint_venture(self):
        text = (
            self.SIGNED + "Brask Power Systems and Oravia Grid Holding agreed to set up a joint venture to make "
            "transformers in Kolvi."
        )
        self.assertEqual(spheres(text), ["consular", "investment"])

    def test_a_joint_venture_a_firm_only_hopes_for_stays_out(self):
        text = self.SIGNED + "Brask Power Systems hopes to set up a joint venture to make transformers in Kolvi."
        self.assertEqual(spheres(text), ["consular"])

    def test_a_firm_that_will_build_beside_a_deal_just_told(self):
        text = (
            self.SIGNED + "Engineering group Brenner Technik agreed to supply pumps for two irrigation schemes, while "
            "logistics firm Falk Logistik will build grain silos in the north."
        )
        self.assertEqual(spheres(text), ["consular", "water", "investment"])

    def test_the_second_subject_of_what_a_deal_does_is_no_deal_of_its_own(self):
        text = (
            self.SIGNED + "The largest deal is a framework agreement under which Brask Minerals and Kolvi Mining will "
            "jointly develop a nickel mine."
        )
        self.assertEqual(spheres(text), ["consular", "mining"])

    def test_the_largest_of_the_deals_set_off_by_its_value(self):
        text = (
            self.SIGNED + "The largest of the private deals, worth $2 billion, is a framework agreement between Brask "
            "Shipping Group and Oravia Ports for a container terminal in Kolvi."
        )
        self.assertEqual(spheres(text), ["consular", "transport"])

    def test_the_largest_deal_whose_firms_will_build(self):
        text = (
            self.SIGNED + "The biggest deal is a framework agreement under which Vessan Rail will build a depot for "
            "freight trains near Kolvi."
        )
        self.assertEqual(spheres(text), ["consular", "transport"])

    def test_the_largest_of_the_deals_where_nothing_was_signed_stays_out(self):
        text = (
            "The two presidents discussed visa-free travel. The largest of the planned deals is a framework "
            "agreement under which Vessan Rail will build a depot for freight trains near Kolvi."
        )
        self.assertEqual(spheres(text), [])

    def test_two_firms_as_the_subject_of_what_a_deal_does(self):
        text = (
            self.SIGNED
            + "The biggest deal is a framework agreement under which Vessan Heavy Industries and a group of "
            "Ostrian lenders will finance and build a solar park near Kolvi."
        )
        self.assertEqual(
            titles(text)[1],
            "Framework agreement under which Vessan Heavy Industries and a group of Ostrian lenders will finance and "
            "build a solar park near Kolvi",
        )

    def test_the_firms_name_in_what_a_deal_does_gives_no_field(self):
        text = (
            self.SIGNED
            + "The biggest deal is a framework agreement under which Kolvi Industrial Holding will build a "
            "hospital in Tamsa."
        )
        self.assertEqual(spheres(text), ["consular", "health"])

    def test_plans_pledges_and_governments_are_no_firm_deals(self):
        text = (
            self.SIGNED + "Korvan Steel hopes to sign with Tamsa Rail to supply wagons. Prime Minister Ostrov agreed "
            "to open a consulate in Kolvi. Both countries agreed to expand trade. Lindqvist Energy will invest "
            "$80 million in a biogas plant."
        )
        self.assertEqual(spheres(text), ["consular"])


class ItemAdjectiveTests(SimpleTestCase):
    def test_a_planned_item_of_a_list_does_not_unsign_the_documents(self):
        text = (
            "The companies signed 12 memoranda on Tuesday. Other MoUs covered tin smelting, fish processing and a "
            "planned direct rail link between Kolvi and Tamsa."
        )
        self.assertEqual(spheres(text), ["mining", "agriculture", "transport"])

    def test_a_plan_after_the_instrument_still_unsigns_it(self):
        self.assertEqual(spheres("A memorandum on tin smelting is planned for next year."), [])


class NothingSignedTests(SimpleTestCase):
    """Sentences about instruments that sign nothing on this visit."""

    def test_words_exchanged_wishes_and_needs_sign_nothing(self):
        for text in (
            "The ministers exchanged views on a free trade agreement.",
            "The two sides held an exchange of opinions on the investment treaty.",
            "The sides agreed on the need for a treaty on legal assistance.",
            "He left with a promise of a fisheries deal.",
            "Both leaders called for a pact on water sharing.",
            "The leaders reached an understanding that a visa agreement is needed.",
            "An accord on rail transit remains under discussion.",
        ):
            with self.subTest(text=text):
                self.assertEqual(spheres(text), [])

    def test_an_instrument_that_exists_already_signs_nothing(self):
        for text in (
            "The ministers reviewed the implementation of the agreement on trade.",
            "Cooperation proceeds within the framework of the treaty on friendship.",
            "They marked the anniversary of the treaty on good-neighbourliness.",
        ):
            with self.subTest(text=text):
                self.assertEqual(spheres(text), [])

    def test_notes_and_a_protocol_are_still_signed(self):
        self.assertEqual(spheres("The two sides exchanged notes on a loan for a metro line."), ["transport"])
        text = "They signed a protocol on the implementation of the agreement on fisheries."
        self.assertEqual(titles(text), ["Protocol on the implementation of the agreement on fisheries"])


class ListShapeTests(SimpleTestCase):
    """Lists of documents by field in shapes other writers use."""

    def test_a_dash_or_colon_before_the_fields(self):
        self.assertEqual(
            spheres("The two presidents signed three agreements — on energy, on transport and on culture."),
            ["energy", "transport", "culture"],
        )
        self.assertEqual(
            spheres("They signed two memoranda: on fisheries and on tourism."), ["agriculture", "tourism"]
        )

    def test_bracketed_numbers_and_letters_mark_items(self):
        text = (
            "The following documents were signed:\n\n(1) An agreement on visa exemption;\n(2) A memorandum on "
            "tourism;\n(3) A programme of cultural exchanges."
        )
        self.assertEqual(spheres(text), ["consular", "tourism", "culture"])
        text = "Signed today:\n\na) Agreement on air services\nb) Memorandum on vocational training"
        self.assertEqual(titles(text), ["Agreement on air services", "Memorandum on vocational training"])

    def test_documents_taken_one_by_one_after_a_count(self):
        text = (
            "After the talks, the leaders signed three agreements. The first concerns solar power. The second "
            "covers port development. The third one deals with student exchanges."
        )
        self.assertEqual(spheres(text), ["energy", "transport", "education"])

    def test_an_ordinal_without_a_count_before_it_is_nothing(self):
        self.assertEqual(spheres("The first concerns solar power. The second covers ports."), [])

    def test_fields_after_signed_with_an_adverb_or_among_them(self):
        text = "Agreements were also signed on cooperation in customs matters and on mutual legal assistance."
        self.assertEqual(spheres(text), ["customs", "justice"])
        text = "Ten agreements were signed, among them on energy, mining and infrastructure."
        self.assertEqual(spheres(text), ["energy", "mining", "infrastructure"])

    def test_instruments_of_cooperation_covering_fields(self):
        text = "The leaders presided over the signing of four instruments of cooperation, covering health and trade."
        self.assertEqual(spheres(text), ["health", "trade"])

    def test_a_second_verb_ends_the_title(self):
        text = "The countries sealed a deal on wheat exports and concluded a treaty on extradition."
        self.assertEqual(titles(text), ["Deal on wheat exports", "Treaty on extradition"])

    def test_signed_in_their_presence_including_items_that_name_themselves(self):
        text = (
            "Several documents were also signed in their presence, including an agreement on nuclear energy and a "
            "memorandum on geology."
        )
        self.assertEqual(spheres(text), ["energy", "mining"])


class MoreFieldTests(SimpleTestCase):
    def test_fields_of_a_range_after_were_inked(self):
        text = "Seven pacts were inked in areas ranging from defence to digital payments."
        self.assertEqual(spheres(text), ["defence", "digital"])

    def test_a_value_before_the_topic_and_what_a_loan_is_for(self):
        self.assertEqual(spheres("A contract worth $300 million for a highway was signed."), ["transport"])
        self.assertEqual(spheres("They signed a loan for a highway."), ["transport"])
        self.assertEqual(spheres("They signed a $2 billion contract for Airbus jets."), ["aviation"])

    def test_maritime_security_is_security(self):
        self.assertEqual(spheres("India and Kenya signed an MoU on maritime security."), ["security"])
        self.assertEqual(spheres("India and Kenya signed an MoU on maritime transport."), ["transport"])

    def test_parties_after_were_exchanged(self):
        text = "Three MoUs were also exchanged between universities of the two countries."
        self.assertEqual(spheres(text), ["education"])

    def test_the_two_countries_as_parties_name_no_field(self):
        text = "A number of agreements were signed between the two countries, as follows:\n\nAn agreement on tourism."
        self.assertEqual(spheres(text), ["tourism"])


class SigningPartiesTests(SimpleTestCase):
    """A document with no topic of its own takes the field of the bodies that signed it."""

    def test_bodies_as_the_subject_of_signing(self):
        for text, sphere in (
            ("The Ministry of Health of Veloria and the Ostrian Ministry of Health signed a memorandum.", "health"),
            ("The University of Tamsa and Kolvi State University signed a memorandum.", "education"),
            ("The two national news agencies signed a cooperation agreement.", "media"),
            ("Separately, the two countries' customs services signed a protocol.", "customs"),
            ("The memorandum was signed by the chambers of commerce of the two countries.", "trade"),
        ):
            with self.subTest(text=text):
                self.assertEqual(spheres(text), [sphere])

    def test_leaders_and_countries_name_no_field(self):
        for text in (
            "The two leaders signed a memorandum.",
            "Veloria and Ostria signed an agreement.",
            "President Brok and Prime Minister Tamm signed a protocol.",
        ):
            with self.subTest(text=text):
                self.assertEqual(spheres(text), [])


class TopicItemTests(SimpleTestCase):
    """Items of a list under a signed lead-in, named by their topic alone."""

    def test_topics_after_a_kind_word_and_its_preposition(self):
        text = (
            "Veloria and Ostria sign deals\n\nThe leaders met in Tamsa on Monday. They signed memoranda on:\n\n"
            "- renewable energy;\n- tourism;\n- higher education.\n\nThen they had lunch."
        )
        self.assertEqual(
            titles(text),
            ["Memorandum on renewable energy", "Memorandum on tourism", "Memorandum on higher education"],
        )

    def test_topics_under_the_following_documents_were_signed(self):
        text = (
            "Veloria and Ostria sign deals\n\nThe leaders met in Tamsa on Monday.\n\n"
            "The following documents were signed:\n• Visa waiver for holders of diplomatic passports\n"
            "• Cooperation in agriculture and fisheries\n• Not signed: a treaty on extradition\n\n"
            "The leaders then laid a wreath.\n\n- The guests toured the old town."
        )
        self.assertEqual(spheres(text), ["consular", "agriculture"])

    def test_items_under_a_lead_in_that_signs_nothing_are_none(self):
        text = "Veloria and Ostria talk\n\nThe leaders discussed the following:\n\n- renewable energy;\n- tourism.\n"
        self.assertEqual(spheres(text), [])


class NamedAndPairedTests(SimpleTestCase):
    def test_fields_joined_before_a_plural_kind_word(self):
        self.assertEqual(spheres("The leaders signed energy and education agreements."), ["energy", "education"])
        self.assertEqual(spheres("They signed oil and gas agreements."), [])  # one field, a total with no topic
        self.assertEqual(spheres("They signed bilateral and regional agreements."), [])

    def test_a_named_instrument_adopted_on_the_visit(self):
        text = "The two presidents adopted the Tamsa Declaration on Strategic Partnership."
        self.assertEqual(titles(text), ["Tamsa Declaration on Strategic Partnership"])

    def test_a_named_instrument_mentioned_in_passing_is_none(self):
        self.assertEqual(spheres("They reaffirmed their commitment to the Paris Agreement on climate."), [])

    def test_a_refinery_contract_is_energy(self):
        text = "Deals signed during the visit include a $1.2bn refinery contract and a fertiliser supply agreement."
        self.assertEqual(spheres(text), ["energy", "agriculture"])


class GrantAndConcessionTests(SimpleTestCase):
    def test_grants_concessions_and_letters_signed(self):
        self.assertEqual(spheres("The Oravia Fund signed a $20 million grant for schools in Tamsa."), ["education"])
        text = "The port operator signed a 30-year concession for the container terminal."
        self.assertEqual(spheres(text), ["transport"])
        self.assertEqual(spheres("They signed an exchange of letters on the visa regime."), ["consular"])

    def test_grants_and_concessions_not_signed_are_none(self):
        self.assertEqual(spheres("Veloria extended a grant to the flood victims."), [])
        self.assertEqual(spheres("The government made concessions on tariffs."), [])


class EarlierDealTests(SimpleTestCase):
    def test_a_deal_of_an_earlier_year_in_its_title_is_background(self):
        text = (
            "The leaders signed a memorandum on tourism. Korvan Steel, which signed a $300 million deal with the "
            "Velorian government in 2021 to build a mill, said it wanted to expand."
        )
        result = suggest_package(text, dateline=datetime.date(2025, 5, 3))
        self.assertEqual([a.sphere for a in result.agreements], ["tourism"])

    def test_the_pronoun_it_is_not_information_technology(self):
        text = "The ministers signed a memorandum, and it was welcomed by the press in Tamsa as a first step."
        self.assertNotIn("digital", spheres(text))


class ConclusionTests(SimpleTestCase):
    def test_the_conclusion_or_signature_of_an_instrument(self):
        text = "The two sides welcomed the conclusion of an agreement on social security."
        self.assertEqual(spheres(text), ["labour"])
        text = "The leaders witnessed the signature of a memorandum on nuclear safety."
        self.assertEqual(spheres(text), ["energy"])

    def test_the_conclusion_of_negotiations_signs_nothing(self):
        text = "The sides welcomed the conclusion of negotiations on a free trade agreement."
        self.assertEqual(spheres(text), [])


class VisitResultTests(SimpleTestCase):
    def test_a_visit_that_resulted_in_instruments(self):
        text = (
            "The president received his guest at the palace, in a state visit that resulted in a package of a dozen "
            "instruments, including agreements in the areas of health, higher education and culture."
        )
        self.assertEqual(spheres(text), ["health", "education", "culture"])

    def test_a_release_that_only_mentions_a_document_signs_nothing(self):
        text = "A backgrounder released after the meeting says the nuclear memorandum covers research."
        self.assertEqual(spheres(text), [])


class PronounItemTests(SimpleTestCase):
    def test_one_on_and_another_on_after_a_plural(self):
        text = "The leaders signed several agreements. Among them was one on tourism and another on customs."
        self.assertEqual(spheres(text), ["tourism", "customs"])
        text = "Officials signed 14 deals on Monday. The deals include one for a steel plant and another for a port."
        self.assertEqual(spheres(text), ["investment", "transport"])

    def test_one_on_without_anything_signed_is_none(self):
        self.assertEqual(spheres("The ministers discussed one on tourism and another on customs."), [])

    def test_as_well_as_ends_a_title_before_the_next_instruments(self):
        text = "They signed an agreement on aviation as well as protocols on fisheries and on forestry."
        self.assertEqual(spheres(text), ["aviation", "agriculture", "environment"])

    def test_a_participle_phrase_set_off_by_commas_before_the_fields(self):
        text = "The memorandums, signed in the presence of both leaders, cover agriculture and tourism."
        self.assertEqual(spheres(text), ["agriculture", "tourism"])


class FirmNameSphereTests(SimpleTestCase):
    def test_a_firms_name_does_not_give_the_field(self):
        text = "Separately, Korvan Energy Solutions signed a six-year offtake deal for lithium carbonate."
        self.assertEqual(spheres(text), ["mining"])
        text = "They signed a letter of intent between Tamsa Aerospace and Kolvi Arms on howitzer shells."
        self.assertEqual(spheres(text), ["defence"])

    def test_export_credit_is_finance(self):
        text = "They signed a financing agreement on export credit guarantees for public projects."
        self.assertEqual(spheres(text), ["finance"])

    def test_a_title_in_capitals_with_a_field_word_keeps_it(self):
        text = "The ministers signed a Memorandum of Understanding on Cooperation in the Field of Energy."
        self.assertEqual(spheres(text), ["energy"])


class PostponedTests(SimpleTestCase):
    def test_a_signing_postponed_or_still_to_come_is_none(self):
        for text in (
            "The signing of a deal on wheat was postponed.",
            "A memorandum on tourism is set to be signed in June.",
            "The leaders are scheduled to sign an accord on migration on Friday.",
            "A pact on fisheries has been shelved.",
        ):
            with self.subTest(text=text):
                self.assertEqual(spheres(text), [])


class CommaListTests(SimpleTestCase):
    def test_fields_after_a_comma(self):
        text = "Today we signed eight agreements, on trade, energy and culture."
        self.assertEqual(spheres(text), ["trade", "energy", "culture"])
        text = "The outcome: a joint statement and three memoranda, on health, science and sport."
        self.assertEqual(spheres(text), ["political", "health", "science", "sport"])

    def test_a_day_after_a_comma_is_no_field(self):
        self.assertEqual(spheres("They signed eight agreements, on Monday, in the capital."), [])

    def test_ratification_and_approval(self):
        text = "The delegations exchanged ratification instruments for the 2019 treaty on legal assistance."
        self.assertEqual(spheres(text), [])
        text = "The two leaders also gave the go-ahead for a joint venture to build buses."
        self.assertEqual(spheres(text), ["transport"])


class OneMoreTests(SimpleTestCase):
    def test_one_more_document_as_the_subject_of_a_sentence(self):
        text = (
            "The leaders signed four memoranda on Monday. Another memorandum concerns fisheries. A fifth agreement "
            "deals with customs."
        )
        self.assertEqual(spheres(text), ["agriculture", "customs"])

    def test_one_more_document_with_nothing_signed_is_none(self):
        self.assertEqual(spheres("Another memorandum concerns fisheries."), [])

    def test_deals_with_a_partner_is_a_noun(self):
        self.assertEqual(spheres("Firms signed deals with Ostrian partners on wind farms."), ["energy"])


class TableTests(SimpleTestCase):
    def test_rows_of_a_table_of_outcomes(self):
        text = (
            "Veloria, Ostria sign pacts\n\nThe two prime ministers held talks on Tuesday.\n\nList of Outcomes\n\n"
            "S.No. | Name of MoU/Agreement | Signatories\n"
            "1. | MoU on cooperation in the field of traditional medicine | Ministries of Health\n"
            "2. | Agreement on mutual legal assistance in criminal matters | Ministries of Justice\n"
        )
        self.assertEqual(
            titles(text),
            [
                "MoU on cooperation in the field of traditional medicine",
                "Agreement on mutual legal assistance in criminal matters",
            ],
        )


class PartyShortFormTests(SimpleTestCase):
    def test_a_short_form_after_the_second_party_does_not_end_the_title(self):
        text = (
            "Also signed was an agreement between Ostria's Ministry of Agriculture and the Velorian Food Safety "
            "Agency (VFSA) on plant quarantine, and a memorandum between the two central banks."
        )
        self.assertEqual(
            titles(text),
            [
                "Agreement between Ostria's Ministry of Agriculture and the Velorian Food Safety Agency (VFSA) on "
                "plant quarantine",
                "Memorandum between the two central banks",
            ],
        )


class PronounGuardTests(SimpleTestCase):
    def test_one_for_a_country_in_a_clause_of_its_own_is_none(self):
        text = "The leaders signed several deals. The most important one for Kenya is the port, officials said."
        self.assertEqual(spheres(text), [])


class AgreedOnTests(SimpleTestCase):
    def test_agreed_on_an_approach_to_a_treaty_signs_nothing(self):
        self.assertEqual(spheres("The ministers agreed on a common approach to a treaty on legal assistance."), [])
        self.assertEqual(spheres("A free trade agreement remains elusive."), [])

    def test_agreed_on_a_roadmap_signs_it(self):
        self.assertEqual(spheres("The sides agreed on a roadmap for trade."), ["trade"])


class AnalysisArticleTests(SimpleTestCase):
    """An analysis under headings of outcomes that signs nothing."""

    def test_headings_of_outcomes_over_prose_that_signs_nothing(self):
        text = (
            "Analysis: What the visit did and did not deliver\n\nThe trip was heavy on symbolism.\n\nOutcomes\n\n"
            "Officials from both sides spoke of a possible energy deal. A visa agreement is still being drafted.\n\n"
            "Documents\n\nThe 2015 treaty on friendship remains the basis of relations.\n\nAgreements\n\n"
            "None were signed. Analysts said a memorandum on fisheries could follow in autumn."
        )
        result = suggest_package(text, dateline=datetime.date(2025, 6, 10))
        self.assertEqual(result.agreements, ())

    def test_an_upgrade_of_an_older_pact_is_new(self):
        text = "The governments signed an upgrade of the 2004 free-trade pact."
        result = suggest_package(text, dateline=datetime.date(2025, 6, 10))
        self.assertEqual([a.sphere for a in result.agreements], ["trade"])


class NewsletterTests(SimpleTestCase):
    def test_a_haul_and_also_inked(self):
        text = (
            "Morning Brief: Veloria and Ostria go shopping\n\nGood morning.\n\n"
            "THE VISIT. President Brok wrapped up two days in Kolvi. The haul: a gas supply deal, a pact on rail "
            "freight, and MoUs on AI and on nursing exchanges. Also inked: a $400m loan from Ostria's export bank "
            "for the Tamsa ring road.\n\nTHE BUSINESS SIDE. At a forum on the sidelines, Velorian grocer FreshCo "
            "signed with Ostrian Dairy Group to import cheese."
        )
        self.assertEqual(spheres(text), ["energy", "transport", "digital", "health", "transport", "trade"])


class RomanItemTests(SimpleTestCase):
    def test_items_numbered_in_roman_under_a_numbered_lead_in(self):
        text = (
            "Joint statement on the visit\n\n1. The Prime Minister of Ostria paid an official visit.\n\n"
            "2. The following MOUs were exchanged in the presence of the Prime Ministers:\n\n"
            "i. MOU between the Velorian Space Research Organisation and the Ostrian Space Agency for cooperation in "
            "satellite navigation.\n\nii. MOU on cooperation in the field of renewable energy.\n\n"
            "iii. Letter of Intent on cooperation in disaster management.\n\n"
            "3. The leaders welcomed the launch of a direct flight between Tamsa and Kolvi."
        )
        self.assertEqual(spheres(text), ["space", "energy", "civil_protection"])


class InkTests(SimpleTestCase):
    def test_ink_in_the_base_form_after_saw(self):
        text = "The visit saw both countries ink 11 MoUs, spanning defence, space and culture."
        self.assertEqual(spheres(text), ["defence", "space", "culture"])

    def test_to_ink_or_could_seal_is_not_yet(self):
        self.assertEqual(spheres("The two sides hope to ink a deal on gas next year."), [])
        self.assertEqual(spheres("Negotiators could seal a pact on fisheries soon."), [])

    def test_a_joint_commission_is_political(self):
        text = "They signed an Agreement on the Establishment of a Joint Commission."
        self.assertEqual(spheres(text), ["political"])


class OwnPredicateTests(SimpleTestCase):
    def test_an_instrument_after_a_signed_one_with_a_future_of_its_own(self):
        self.assertEqual(
            titles("They signed an agreement on tourism; a treaty on extradition is expected later."),
            ["Agreement on tourism"],
        )
        self.assertEqual(
            titles("They signed an agreement on tourism, and a treaty on extradition could follow."),
            ["Agreement on tourism"],
        )

    def test_a_relative_clause_about_the_content_keeps_it_signed(self):
        text = "The ministers signed a memorandum on health and a protocol on customs that will take effect in May."
        self.assertEqual(spheres(text), ["health", "customs"])
        self.assertEqual(
            spheres("They signed an agreement on tourism that is expected to boost arrivals."), ["tourism"]
        )


class EarlierSigningTests(SimpleTestCase):
    def test_instruments_signed_at_an_earlier_time_are_background(self):
        for text in (
            "Deals struck last year included a port concession and a grain contract.",
            "The agreements signed in 2019 cover trade and energy.",
        ):
            with self.subTest(text=text):
                result = suggest_package(text, dateline=datetime.date(2025, 6, 1))
                self.assertEqual(result.agreements, ())

    def test_signed_by_their_predecessors_is_background(self):
        text = "The two presidents hailed the agreement on trade signed by their predecessors."
        self.assertEqual(suggest_package(text, dateline=datetime.date(2025, 6, 1)).agreements, ())

    def test_predecessors_who_sought_it_leave_it_this_visits(self):
        text = "The two presidents signed an agreement on trade, which their predecessors had sought for years."
        self.assertEqual(spheres(text), ["trade"])

    def test_as_previously_agreed_is_this_visits(self):
        text = "They signed, as previously agreed, a treaty on extradition."
        result = suggest_package(text, dateline=datetime.date(2025, 6, 1))
        self.assertEqual([a.sphere for a in result.agreements], ["justice"])


class FirmFinanceTests(SimpleTestCase):
    def test_a_bank_that_agreed_to_finance_is_finance(self):
        text = (
            "The leaders signed a memorandum on tourism. Separately, the Kolvi Development Bank agreed to finance a "
            "dam on the Tamsa river."
        )
        self.assertEqual(spheres(text), ["tourism", "finance"])


class AmongLeadTests(SimpleTestCase):
    def test_among_the_documents_colon_then_items(self):
        text = (
            "Veloria and Ostria deepen ties\n\nThe leaders met on Monday.\n\nAmong the documents:\n\n"
            "An agreement on air services.\n\nA memorandum on sport.\n\nThe leaders then had lunch."
        )
        self.assertEqual(spheres(text), ["aviation", "sport"])

    def test_a_lead_in_of_talks_lists_nothing_signed(self):
        text = (
            "Veloria and Ostria deepen ties\n\nThe leaders discussed:\n\nAn agreement on air services.\n\n"
            "A memorandum on sport."
        )
        self.assertEqual(spheres(text), [])


class SummedUpThenNamedTests(SimpleTestCase):
    """A lead that sums the documents up by field and a later passage that names them: each document once."""

    def test_a_count_covering_fields_then_the_documents_by_name(self):
        text = (
            "Norlandia and Estavia on Monday signed four agreements covering fisheries, tourism and customs, the "
            "two foreign ministries said.\n\n"
            "The documents included a memorandum on sustainable tuna fishing; an MoU on joint tourism promotion; "
            "and a protocol on the electronic exchange of customs data."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "customs"])

    def test_instruments_in_the_areas_of_then_a_numbered_list(self):
        text = (
            "Six instruments were signed in the areas of health, solar energy and culture.\n\n"
            "In the presence of both presidents, the following instruments were signed:\n\n"
            "1. Memorandum of Understanding on pharmaceutical regulation.\n"
            "2. Letter of Intent on photovoltaic power plants and energy storage.\n"
            "3. Programme of cultural exchanges for 2027-2029."
        )
        self.assertEqual(spheres(text), ["health", "energy", "culture"])

    def test_a_field_the_story_never_names_again_stays(self):
        text = (
            "Ministers of the two governments then signed agreements on migration, green hydrogen and road safety.\n\n"
            '"We have signed an agreement on seasonal migration, so that workers can come legally, and a '
            'memorandum on hydrogen," the prime minister said.'
        )
        self.assertEqual(sorted(spheres(text)), ["energy", "migration", "transport"])

    def test_a_list_that_is_the_documents_keeps_a_field_met_again(self):
        text = (
            "Ministers signed memoranda on green hydrogen value chains, port logistics and water management.\n\n"
            "Separately, the two development banks signed a financing agreement for wind farms on the coast."
        )
        self.assertEqual(spheres(text), ["energy", "transport", "water", "energy"])

    def test_the_deal_named_again_is_the_same_document(self):
        text = (
            "Among the documents exchanged were an agreement on the abolition of visas for holders of diplomatic "
            "passports and a memorandum on forestry.\n\n"
            "The two foreign ministers signed the visa abolition deal, while the forestry memorandum was signed by "
            "the environment ministers."
        )
        self.assertEqual(spheres(text), ["consular", "environment"])

    def test_the_first_mention_with_the_is_a_document_of_its_own(self):
        text = (
            "The leaders signed a memorandum on solar power. The agreement on oil refining was signed by the two "
            "energy ministers."
        )
        self.assertEqual(spheres(text), ["energy", "energy"])


class FollowingAreasTests(SimpleTestCase):
    """A lead-in "... in the following areas:" over items named by their topic, with markers of any kind."""

    def test_roman_numerals_under_the_following_areas(self):
        text = (
            "Leaders meet in Port Amel\n\n"
            "After the talks, the two heads of state witnessed the signing of three (3) Memoranda of Understanding "
            "(MoUs) in the following areas:\n\n"
            "i. Cooperation in Fisheries and Aquaculture;\n"
            "ii. Vocational Training of Nurses; and\n"
            "iii. Exchange of Information on Drug Trafficking.\n\n"
            "The MoUs were signed by the two foreign ministers."
        )
        self.assertEqual(spheres(text), ["agriculture", "education", "security"])

    def test_numbered_items_under_the_following_fields(self):
        text = (
            "Ostria, Veloria sign pacts\n\n"
            "The ministers signed agreements in the following fields:\n\n"
            "1. Civil aviation;\n"
            "2. Tourism promotion.\n\n"
            "The leaders then had lunch."
        )
        self.assertEqual(spheres(text), ["aviation", "tourism"])


class OneOnAnotherOnTests(SimpleTestCase):
    """Documents of a count told one by one with "one", "another", "the other", "a third", in any sentence."""

    def test_one_and_one_in_the_same_sentence(self):
        text = (
            "Two memoranda of understanding were signed in the presence of both leaders, one on cooperation in "
            "higher education and one between the Halden Agency and the Ostrian Ministry of Finance on "
            "investment promotion."
        )
        self.assertEqual(spheres(text), ["education", "investment"])

    def test_one_one_and_a_third(self):
        text = "The ministers signed three agreements, one on fisheries, one on road transport and a third on customs."
        self.assertEqual(spheres(text), ["agriculture", "transport", "customs"])

    def test_after_a_dash_the_other(self):
        text = "Two accords were inked on Monday – one covering tourism, the other on wildlife conservation."
        self.assertEqual(spheres(text), ["tourism", "environment"])

    def test_one_is_on_in_the_next_sentence(self):
        text = "The two sides signed two memoranda. One is on tourism and the other deals with customs."
        self.assertEqual(spheres(text), ["tourism", "customs"])

    def test_one_of_them_names_nothing(self):
        text = "The leaders signed two agreements on trade. One of them was praised by exporters."
        self.assertEqual(spheres(text), ["trade"])

    def test_one_on_without_a_signed_count_is_nothing(self):
        text = "The leaders discussed two possible agreements, one on fisheries and one on customs."
        self.assertEqual(spheres(text), [])


class NoDocumentOfThisVisitTests(SimpleTestCase):
    """Documents denied, meant in general, or told as concluded in a year the story named before."""

    def test_no_with_a_modifier_between(self):
        text = (
            "The ministers signed a letter of intent on training nuclear engineers. No binding agreement on the "
            "reactor itself was signed."
        )
        self.assertEqual(spheres(text), ["energy"])

    def test_every_agreement_in_a_leaders_words(self):
        text = (
            'The two sides signed a memorandum on tourism. "But every trade agreement we sign must protect our '
            'farmers," the minister said.'
        )
        self.assertEqual(spheres(text), ["tourism"])

    def test_concluded_later_that_year(self):
        text = (
            "Ostria signed framework deals with Veloria in 2021 for the purchase of howitzers. The first executive "
            "contracts for part of the guns were concluded later that year. On Monday the leaders signed a "
            "memorandum on sport."
        )
        result = suggest_package(text, dateline=datetime.date(2025, 3, 4))
        self.assertEqual([a.sphere for a in result.agreements], ["sport"])


class ListEndsAtAPlaceOrANameTests(SimpleTestCase):
    def test_a_place_after_the_last_field(self):
        text = (
            "The two countries signed four memoranda covering fisheries, tourism, sport and customs at the "
            "Presidential Lodge, Port Amel."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "sport", "customs"])

    def test_what_a_named_project_is_is_no_item(self):
        text = (
            "The leaders witnessed the signing of three memoranda, including on water management, customs and the "
            "Tamsa Corridor, a planned $9 billion road and rail link to the coast."
        )
        self.assertEqual(spheres(text), ["water", "customs", "transport"])


class VisitDayTests(SimpleTestCase):
    """Days told by their place in the visit or by a part of the day, against the dateline."""

    def dates(self, text: str, dateline: datetime.date) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text, dateline=dateline).dates)

    def test_second_day_of_a_three_day_visit_gives_its_first_and_last(self):
        text = "The minister met his host in Port Amel on the second day of a three-day trade mission."
        self.assertEqual(self.dates(text, datetime.date(2026, 3, 10)), ["2026-03-09", "2026-03-10", "2026-03-11"])

    def test_the_day_named_in_the_sentence_anchors_the_count(self):
        text = "On Monday, the final day of his four-day tour, the president laid a wreath."
        self.assertEqual(self.dates(text, datetime.date(2026, 3, 12)), ["2026-03-06", "2026-03-09"])

    def test_last_night_is_the_day_before(self):
        text = "The foreign secretary arrived in Tamsa last night and will visit a port today."
        self.assertEqual(self.dates(text, datetime.date(2025, 11, 5)), ["2025-11-04", "2025-11-05"])

    def test_second_day_of_a_visit_of_untold_length(self):
        text = "On the second day of his official visit, the president met the prime minister."
        self.assertEqual(self.dates(text, datetime.date(2023, 3, 22)), ["2023-03-21", "2023-03-22"])

    def test_a_visit_wrapped_up_on_a_day_began_days_before(self):
        text = "The president wrapped up a three-day state visit to Ostria on Wednesday with a clutch of deals."
        self.assertEqual(self.dates(text, datetime.date(2023, 12, 13)), ["2023-12-11", "2023-12-13"])

    def test_a_visit_begun_on_a_day_ends_days_after(self):
        text = "The chancellor began a two-day visit to Tamsa on Monday."
        self.assertEqual(self.dates(text, datetime.date(2025, 10, 20)), ["2025-10-20", "2025-10-21"])

    def test_a_range_within_one_month(self):
        text = "The president is paying a state visit to Veloria from June 15 to 19 at his host's invitation."
        self.assertEqual(self.dates(text, datetime.date(2025, 6, 17)), ["2025-06-15", "2025-06-19"])

    def test_is_also_due_to_is_a_schedule(self):
        text = "He is also due to meet the diaspora before flying home on Thursday."
        self.assertEqual(self.dates(text, datetime.date(2026, 2, 17)), ["2026-02-19"])


class SphereOfWhomItServesTests(SimpleTestCase):
    """Fields told by the people a document serves, whatever their trade."""

    def test_nurses_trained_for_work_abroad_is_labour(self):
        text = "The ministers signed a memorandum on the training of nurses and caregivers for work in Ostria."
        self.assertEqual(spheres(text), ["labour"])

    def test_recruitment_of_care_workers_is_labour(self):
        text = "The two sides signed a declaration of intent on the recruitment of care workers."
        self.assertEqual(spheres(text), ["labour"])

    def test_training_of_nurses_alone_stays_where_it_was(self):
        text = "The two sides signed a memorandum on the training of nurses."
        self.assertEqual(spheres(text), ["education"])

    def test_seafarers_certificates_is_transport(self):
        text = "They signed a memorandum on the mutual recognition of seafarers' certificates."
        self.assertEqual(spheres(text), ["transport"])

    def test_youth_development_is_education(self):
        text = "They signed a memorandum on youth development and a programme of youth exchanges."
        self.assertEqual(spheres(text), ["education", "culture"])


class RankedReferenceTests(SimpleTestCase):
    """A count or a rank of the story's documents ("one agreement", "a second deal") names none of them."""

    def test_one_agreement_and_memoranda_as_follows(self):
        text = (
            "Leaders meet\n\nThe two presidents witnessed the signing of one agreement and two memoranda as "
            "follows:\n\n"
            "- Agreement on air services;\n- Memorandum on sport;\n- Memorandum on tourism."
        )
        self.assertEqual(spheres(text), ["aviation", "sport", "tourism"])

    def test_the_biggest_deal_is_a_loan(self):
        text = (
            "The visit's biggest deal is a $300 million loan from the Kolvi Development Bank for a container port. "
            "The leaders also signed a memorandum on tourism."
        )
        self.assertNotIn("Biggest deal", [t.split(" is ")[0] for t in titles(text)])
        self.assertIn("tourism", spheres(text))

    def test_the_largest_agreement_signed_between_firms_stays(self):
        text = (
            "The largest agreement, worth about $500 million, was signed between Halden Solar and the Ostrian "
            "Ministry of Energy for a photovoltaic plant. A memorandum on tourism was also signed."
        )
        self.assertEqual(len(spheres(text)), 2)


class ListItemNameWithAndTests(SimpleTestCase):
    def test_an_items_name_keeps_its_own_and(self):
        text = (
            "Leaders meet\n\nIn the presence of both presidents, the following instruments were signed:\n\n"
            "1. Memorandum of Understanding on family farming.\n"
            "2. Cultural and Educational Exchange Program 2027-2030.\n"
            "3. Scientific & Technological Cooperation Agreement.\n\nThen they had lunch."
        )
        self.assertEqual(
            titles(text),
            [
                "Memorandum of Understanding on family farming",
                "Cultural and Educational Exchange Program",
                "Scientific & Technological Cooperation Agreement",
            ],
        )


class ListEndsAtItsDayTests(SimpleTestCase):
    def test_a_weekday_after_the_last_field_is_not_in_its_title(self):
        text = "Ostria and Veloria signed deals in energy, health and education on Tuesday."
        self.assertEqual(titles(text), ["Deal in energy", "Deal in health", "Deal in education"])


class TalksAsTimeTests(SimpleTestCase):
    """Talks named as the time of a signing ("Following the negotiations, ...") are done, not a plan."""

    def test_a_signing_after_the_negotiations(self):
        text = (
            "After the negotiations, a memorandum between the two culture ministries on museum exchanges, together "
            "with a programme of cooperation in sport for 2027-2028, were signed."
        )
        self.assertEqual(spheres(text), ["culture", "sport"])

    def test_negotiations_on_a_treaty_still_sign_nothing(self):
        text = "The delegations held negotiations on a treaty on legal assistance in Kolvi on Monday."
        self.assertEqual(titles(text), [])

    def test_a_treaty_after_the_talks_on_it_is_not_yet_signed(self):
        text = "After the talks on a free trade agreement, the ministers said progress was slow."
        self.assertEqual(titles(text), [])


class AnnouncedInstrumentTests(SimpleTestCase):
    """An instrument both sides announce is one made public as agreed; one side's pledge or a plan is not."""

    def test_the_leaders_announce_a_framework(self):
        text = "The two presidents announced a new three-year defence cooperation framework for Ostria and Kolvi."
        self.assertEqual(spheres(text), ["defence"])

    def test_an_instrument_later_in_the_list_of_what_they_announced(self):
        text = (
            "The leaders also announced a task force on batteries, a field where Ostria leads, and a memorandum on "
            "joint research in volcanology."
        )
        self.assertEqual(spheres(text), ["science"])

    def test_one_sides_pledge_is_not_an_instrument(self):
        text = "The Ostrian side also announced a loan for a ring road around Kolvi."
        self.assertEqual(titles(text), [])

    def test_announced_plans_and_talks_are_not_instruments(self):
        for text in (
            "The leaders announced plans to conclude a visa agreement.",
            "The leaders announced talks on a new fisheries framework.",
            "The leaders announced that a visa agreement would be signed in May.",
            "The ministers announced a new youth mobility agreement that will be finalised next year.",
        ):
            with self.subTest(text=text):
                self.assertEqual(titles(text), [])


class CooperationListTests(SimpleTestCase):
    """Copy translated from French names documents "of cooperation", then the fields, each with its article."""

    def test_fields_with_articles_after_of_cooperation(self):
        text = (
            "The two delegations also signed three conventions of cooperation, relating to the fisheries, the "
            "vocational training and the mutual recognition of diplomas."
        )
        self.assertEqual(spheres(text), ["agriculture", "education", "education"])

    def test_two_fields_after_of_cooperation(self):
        text = "The ministers signed two agreements of cooperation in the fields of tourism and sport."
        self.assertEqual(spheres(text), ["tourism", "sport"])

    def test_the_signature_the_parties_proceeded_to(self):
        text = "At the end of the talks, the two parties proceeded to the signature of a convention on fisheries."
        self.assertEqual(spheres(text), ["agriculture"])

    def test_a_signing_that_could_intervene_is_not_done(self):
        text = "The signing of the convention on fisheries could intervene before the end of the month of May."
        self.assertEqual(titles(text), [])


class InitialledAndSignedTests(SimpleTestCase):
    """Texts "initialled and signed" are signed; initialled alone they are not."""

    def test_initialled_and_signed_in_the_passive(self):
        text = "The agreements on tourism and on customs were initialed and signed by the two foreign ministers."
        self.assertEqual(spheres(text), ["tourism", "customs"])

    def test_initialled_and_signed_in_the_active(self):
        self.assertEqual(
            spheres("The ministers initialled and signed a memorandum on livestock breeding."), ["agriculture"]
        )

    def test_initialled_alone_is_not_signed(self):
        for text in (
            "A protocol on fisheries was initialled by the two ministers.",
            "The ministers initialled a memorandum on tourism.",
        ):
            with self.subTest(text=text):
                self.assertEqual(titles(text), [])

    def test_items_under_a_heading(self):
        text = (
            "What was signed\n\n- A protocol on fisheries, initialled and signed by the two ministers.\n"
            "- A memorandum on tourism, initialled by the two ministers."
        )
        self.assertEqual(spheres(text), ["agriculture"])


class SecondTopicTests(SimpleTestCase):
    """A topic told again with its preposition after a comma and "and" is a second document."""

    def test_and_on_after_a_comma(self):
        text = (
            "At the ceremony Remi and Vossen put their names to a memorandum of understanding on joint courses for "
            "police cadets, and on the recognition of seafarers' papers."
        )
        self.assertEqual(spheres(text), ["security", "transport"])

    def test_a_day_after_and_on_is_no_topic(self):
        for text in (
            "The ministers signed an agreement on trade, and on Friday they toured a port.",
            "The ministers signed an agreement on trade, and on the sidelines they toured a port.",
        ):
            with self.subTest(text=text):
                self.assertEqual(titles(text), ["Agreement on trade"])

    def test_another_for_keeps_its_preposition(self):
        self.assertEqual(
            titles("The ministers signed an agreement for a bridge and another for a port."),
            ["Agreement for a bridge", "Agreement for a port"],
        )


class CommunicationsTests(SimpleTestCase):
    def test_communications_is_a_digital_field(self):
        text = "Six agreements in the fields of energy, media and communications were signed in Kolvi."
        self.assertEqual(spheres(text), ["energy", "media", "digital"])


class CountedDocumentsTests(SimpleTestCase):
    """Documents counted, then some of them told by field with a pronoun or by who signed them."""

    def test_some_of_them_by_field(self):
        text = "Fourteen documents were signed, two of them on energy and one on health."
        self.assertEqual(spheres(text), ["energy", "health"])

    def test_among_which_one_and_another(self):
        text = "The ministers signed 10 agreements, among which one on customs and another on railways."
        self.assertEqual(spheres(text), ["customs", "transport"])

    def test_a_plural_of_them_in_the_next_sentence(self):
        text = "The ministers signed ten agreements. Three of them concern energy, and one covers tourism."
        self.assertEqual(spheres(text), ["energy", "tourism"])

    def test_the_signers_title_in_apposition_gives_the_field(self):
        text = "The health ministers, Ana Ruiz and Tomas Berg, signed a memorandum of understanding."
        self.assertEqual(spheres(text), ["health"])

    def test_names_alone_give_no_field(self):
        text = "In Kolvi, Ana Ruiz and Tomas Berg signed a memorandum of understanding."
        self.assertEqual(spheres(text), ["other"])

    def test_named_ministers_after_a_count(self):
        text = (
            "The leaders witnessed the exchange of 14 documents. Farm Minister Lena Holm and her counterpart Piet "
            "Dorn signed a protocol on plant quarantine, while Education Minister Ana Ruiz and Tomas Berg signed a "
            "memorandum on higher education."
        )
        self.assertEqual(spheres(text), ["agriculture", "education"])


class LenderDealTests(SimpleTestCase):
    """A lender's money for a project, settled in the talks, is a financing deal; a lender's pledge alone is not."""

    def test_a_funds_financing_both_sides_agreed(self):
        text = (
            "The two ministers signed a memorandum on tourism. Remi confirmed that Ostrian builders will repair "
            "the grid, and the Ostrian-Kolvian Development Fund will be providing financing for a solar power "
            "plant near Vessa."
        )
        self.assertEqual(spheres(text), ["tourism", "energy"])

    def test_an_announcement_that_a_finance_corporation_would_back_a_project(self):
        text = (
            "It was announced that the Ostrian Export Finance Corporation would fund a desalination plant near "
            "Kolvi, the ministers having earlier signed a protocol on medical research."
        )
        self.assertEqual(sorted(spheres(text)), ["health", "water"])

    def test_a_lenders_pledge_alone_is_no_deal(self):
        text = (
            "The two ministers signed a memorandum on tourism. The Ostrian Development Fund will be providing "
            "financing for a solar plant in the Vessa Region, officials hoped."
        )
        self.assertEqual(spheres(text), ["tourism"])

    def test_a_credit_line_made_available(self):
        text = (
            "Vossen said Ostrian engineers will rebuild the canals, and Ostria's Export Bank has extended a credit "
            "line of 25 million euros to pay for them."
        )
        self.assertEqual(spheres(text), ["finance"])

    def test_a_loan_still_to_be_extended_is_not_done(self):
        self.assertEqual(titles("Kolvi will extend a loan of $20 million for a bridge."), [])

    def test_a_credit_line_granted_to_the_other_side(self):
        for text in (
            "Kolvia granted Ostria a $30 million credit line for the purchase of tractors.",
            "Kolvia extended to Ostria a loan of $20 million for a bridge.",
        ):
            with self.subTest(text=text):
                self.assertEqual(len(titles(text)), 1)

    def test_a_credit_line_still_to_be_granted(self):
        self.assertEqual(titles("Kolvia will grant Ostria a $30 million credit line for tractors."), [])


class VisitIncludedTests(SimpleTestCase):
    def test_what_the_visit_included(self):
        text = (
            "The visit also included a ceremony at the Kolvi war memorial, and a memorandum on cooperation in "
            "seismology research between the two academies of sciences."
        )
        self.assertEqual(spheres(text), ["science"])

    def test_talks_the_visit_included_sign_nothing(self):
        self.assertEqual(titles("The visit included talks on a free trade agreement."), [])


class FieldFrameTests(SimpleTestCase):
    """A sentence that opens with its field gives that field to what it agrees."""

    def test_the_field_before_an_agreement_reached_on_a_topic(self):
        text = (
            "In the field of farming, an accord was reached on the sale of Ostrian goats to Kolvi, and sanitary "
            "certificates for the herds have been finalised too."
        )
        self.assertEqual(set(spheres(text)), {"agriculture"})

    def test_an_agreement_reached_on_a_day_has_no_topic(self):
        self.assertEqual(titles("An agreement was signed on Tuesday."), [])


class SigningVerbTests(SimpleTestCase):
    """Every verb of signing reads alike wherever a pattern reads one."""

    def test_an_instruments_own_verb_of_signing(self):
        for verb in ("signed", "inked", "sealed", "concluded", "exchanged"):
            with self.subTest(verb=verb):
                text = f"A memorandum on wildfire prevention was {verb}, although talks on tariffs stalled."
                self.assertEqual(spheres(text), ["civil_protection"])

    def test_an_instrument_still_to_be_signed_by_any_verb(self):
        for verb in ("signed", "inked", "sealed", "concluded", "finalised"):
            with self.subTest(verb=verb):
                text = f"The leaders met, and a treaty on legal assistance will be {verb} in May, officials hoped."
                self.assertEqual(titles(text), [])


class TopicOverPartiesTests(SimpleTestCase):
    """A long title's topic names its field; its parties' names, and a place's name, only who and where."""

    def test_the_topic_after_the_ministries(self):
        text = (
            "The ministers signed a memorandum of understanding between the Ministry of Foreign Affairs of Ostria "
            "and the Ministry of Foreign Affairs and Trade of Kolvia on cooperation in the field of training "
            "diplomatic personnel."
        )
        self.assertEqual(spheres(text), ["education"])

    def test_the_topic_after_agencies_with_field_words(self):
        text = (
            "The ministers signed a memorandum between the Ostrian Energy Agency and the Kolvian Academy of "
            "Sciences on joint research in seismology."
        )
        self.assertEqual(spheres(text), ["science"])

    def test_a_topic_of_weak_words_leaves_the_field_to_the_parties(self):
        text = "The ministers signed a memorandum between the customs services on the exchange of electronic data."
        self.assertEqual(spheres(text), ["customs"])

    def test_parties_alone_still_give_the_field(self):
        text = "The ministers signed a memorandum between the Ostrian Energy Agency and its Kolvian counterpart."
        self.assertEqual(spheres(text), ["energy"])

    def test_what_a_named_topic_is(self):
        text = (
            "The leaders also adopted a roadmap on the Vessa Link, a projected gas pipeline under the Kolvi straits."
        )
        self.assertEqual(spheres(text), ["energy"])

    def test_a_clause_of_speech_after_the_name_is_no_appositive(self):
        text = "The leaders also adopted a roadmap on the Vessa Corridor, the two leaders said."
        self.assertEqual(spheres(text), ["transport"])


def dates(text: str, dateline: datetime.date) -> list[datetime.date]:
    return sorted(d.date for d in suggest_package(text, dateline=dateline).dates)


class DatelessCopyTests(SimpleTestCase):
    """Same-day copy that names no day keeps the dateline's, whatever day a speaker names inside a quote."""

    def test_a_speakers_today_is_no_day_of_the_copy(self):
        text = (
            "Ostria and Kolvia sign seven agreements\n\n"
            "President Aldo Remi welcomed President Tarek Vossen of Kolvia at the palace.\n\n"
            'Remi said: "The agreement we signed today will open a new chapter for our peoples."'
        )
        self.assertEqual(dates(text, datetime.date(2027, 5, 12)), [datetime.date(2027, 5, 12)])


class CopyDatelineTests(SimpleTestCase):
    """A relative day counts from the copy's own dateline when the page printed it a day or two later."""

    def test_yesterday_from_the_copys_own_dateline(self):
        text = (
            "Ostria and Kolvia agree on transit\n\nVESSA, MARCH 6\n\n"
            "Foreign Minister Aldo Remi arrived in Vessa yesterday on a three-day visit and met his counterpart today."
        )
        self.assertEqual(
            dates(text, datetime.date(2027, 3, 7)), [datetime.date(2027, 3, 5), datetime.date(2027, 3, 6)]
        )

    def test_a_dateline_of_the_same_day_changes_nothing(self):
        text = "VESSA, 6 March - Foreign Minister Aldo Remi arrived in Vessa yesterday for talks."
        self.assertEqual(dates(text, datetime.date(2027, 3, 6))[0], datetime.date(2027, 3, 5))


class TwoDaysOfAMonthTests(SimpleTestCase):
    def test_month_day_and_day(self):
        text = (
            "Premier Aldo Remi met ministers in Vessa today. The mission continues in Port Amel on April 11 and 12, "
            "where the Premier will meet importers."
        )
        self.assertEqual(
            dates(text, datetime.date(2027, 4, 10)),
            [datetime.date(2027, 4, 10), datetime.date(2027, 4, 11), datetime.date(2027, 4, 12)],
        )

    def test_a_number_after_and_is_not_a_day(self):
        text = "Premier Aldo Remi arrives in Port Amel on April 11 and 12 ministers will greet him."
        self.assertEqual(dates(text, datetime.date(2027, 4, 10)), [datetime.date(2027, 4, 11)])


class VisitSpanTests(SimpleTestCase):
    def test_a_visit_through_a_day_starts_its_length_before(self):
        text = "President Aldo Remi, who is on a three-day official visit to Kolvia through Oct. 9, said he was glad."
        self.assertEqual(
            dates(text, datetime.date(2027, 10, 8)), [datetime.date(2027, 10, 7), datetime.date(2027, 10, 9)]
        )


class DayOfAnEventTests(SimpleTestCase):
    def test_todays_gala_and_tomorrows_ceremony(self):
        text = (
            "President Aldo Remi will be the guest at today's Founders Day gala in Vessa, and at tomorrow's "
            "signing ceremony."
        )
        self.assertEqual(
            dates(text, datetime.date(2027, 8, 6)), [datetime.date(2027, 8, 6), datetime.date(2027, 8, 7)]
        )

    def test_todays_world_is_no_day(self):
        text = "Remi arrived in Vessa on Monday and said today's world needs more trade."
        self.assertEqual(dates(text, datetime.date(2027, 8, 6)), [datetime.date(2027, 8, 2)])

    def test_no_dateline_no_day(self):
        self.assertEqual(suggest_package("Remi will attend today’s gala.").dates, ())


class ItemsWithoutKindWordsTests(SimpleTestCase):
    """Under a lead-in of what was agreed, items that name an instrument by another word count; others do not."""

    def test_items_under_the_following_were_agreed(self):
        text = (
            "Ostria and Kolvia deepen ties\n\nDuring the visit, the following were agreed:\n\n"
            "- a visa-free regime for holders of diplomatic and service passports;\n"
            "- veterinary certificates for the export of dairy cattle;\n"
            "- a credit line of EUR 50 million from the Ostrian Export Bank for irrigation;\n"
            "- financing by the Ostrian Development Fund for a small hydropower plant;\n"
            "- a framework for defence cooperation;\n"
            "- the opening of a consulate in Vessa."
        )
        self.assertEqual(spheres(text), ["consular", "agriculture", "water", "energy", "defence"])

    def test_numbered_outcomes(self):
        text = (
            "Ostria and Kolvia deepen ties\n\nOutcomes of the visit:\n\n"
            "1. Visa exemption for holders of diplomatic passports.\n"
            "2. Ostrian Development Fund financing for a small hydropower plant.\n"
            "3. Launch of a direct flight between Vessa and Kolvi."
        )
        self.assertEqual(spheres(text), ["consular", "energy"])

    def test_an_instrument_agreed_in_the_passive(self):
        text = "A visa waiver agreement for holders of diplomatic passports was also agreed."
        self.assertEqual(spheres(text), ["consular"])

    def test_agreed_that_is_no_instrument(self):
        self.assertEqual(titles("It was agreed, the ministers said, that talks on a treaty would continue."), [])


class CertificatesTests(SimpleTestCase):
    """Veterinary or sanitary certificates are an instrument when finalised or signed, not when merely needed."""

    def test_certificates_finalised(self):
        text = (
            "The ministers signed a memorandum on tourism. Kolvian goats may now go to Ostrian farms, and "
            "veterinary certificates for them have been finalised as well."
        )
        self.assertEqual(spheres(text), ["tourism", "agriculture"])

    def test_certificates_needed_are_no_instrument(self):
        self.assertEqual(titles("Exporters need veterinary certificates for every shipment, the minister said."), [])

    def test_a_framework_signed_in_the_passive(self):
        self.assertEqual(spheres("A framework for defence cooperation was signed by the ministers."), ["defence"])

    def test_a_framework_discussed_is_no_instrument(self):
        self.assertEqual(titles("They discussed the framework for defence cooperation."), [])


class PlansAndPledgesTests(SimpleTestCase):
    """Wording near the new cues that signs nothing."""

    def test_plans_and_pledges(self):
        for text in (
            "The two leaders announced the launch of negotiations on a free trade agreement.",
            "The two leaders announced a new round of talks on a trade agreement.",
            "The leaders announced an agreement in principle on a ceasefire.",
            "The visit saw the two sides discuss a free trade agreement.",
            "The visit brought a pledge to conclude a visa agreement by next year.",
            "It was agreed that a memorandum on tourism will be signed next year.",
            "Following the negotiations, the ministers said a treaty on extradition would be signed in the autumn.",
        ):
            with self.subTest(text=text):
                self.assertEqual(titles(text), [])


class TranslatedListTests(SimpleTestCase):
    """Lists of fields in the prepositions of copy translated from French."""

    def test_in_the_domains_of(self):
        text = (
            "The two Heads of State presided over the signing of three agreements of cooperation in the domains "
            "of health, energy and mines."
        )
        self.assertEqual(spheres(text), ["health", "energy", "mining"])

    def test_bearing_on_with_articles(self):
        text = (
            "The two parties proceeded to the signature of four conventions bearing on the health, the energy, "
            "the fishing and the culture."
        )
        self.assertEqual(spheres(text), ["health", "energy", "agriculture", "culture"])

    def test_items_with_their_own_of(self):
        text = "The two countries signed agreements in the domain of farming, of the health and of the education."
        self.assertEqual(
            titles(text),
            [
                "Agreement in the domain of farming",
                "Agreement in the domain of the health",
                "Agreement in the domain of the education",
            ],
        )


class WhichCoverTests(SimpleTestCase):
    def test_documents_signed_by_named_ministers_which_cover_fields(self):
        text = (
            "Foreign Minister Aldo Remi and his counterpart Tarek Vossen then signed the documents, which cover "
            "customs, fisheries and consular matters."
        )
        self.assertEqual(spheres(text), ["customs", "agriculture", "consular"])

    def test_which_include_a_named_instrument(self):
        text = "The ministers signed nine agreements, which include a memorandum on tourism."
        self.assertEqual(titles(text), ["Memorandum on tourism"])


class FirmsCountTests(SimpleTestCase):
    """A count of firms' documents that names none of them is a total, not an instrument."""

    def test_a_count_between_firms_on_the_sidelines(self):
        text = (
            "Nearly 20 memorandums of understanding were exchanged between Ostrian and Kolvian companies on the "
            "sidelines of the visit, officials said."
        )
        self.assertEqual(titles(text), [])

    def test_firms_documents_with_their_fields_stay(self):
        text = "Five memorandums were signed between Ostrian and Kolvian companies on solar power and shipping."
        self.assertNotEqual(titles(text), [])


class HeadlineOnlyTests(SimpleTestCase):
    """A headline that names the fields of documents the body only counts gives them, without its verb."""

    def test_fields_of_a_headline_over_a_count(self):
        text = (
            "Ostria, Kolvia ink pacts on health, ports\n\n"
            "VESSA, May 4 - The two presidents oversaw the signing of six documents on Monday."
        )
        self.assertEqual(titles(text), ["Pact on health", "Pact on ports"])


class SignersByNameTests(SimpleTestCase):
    """Signers named by name alone stand for the offices the story gave them."""

    def test_a_ministers_office_gives_the_field(self):
        text = (
            "Ostria's Health Minister Aldo Remi met his Kolvian counterpart Tarek Vossen in Vessa on Monday. After "
            "the talks, Remi and Vossen signed a memorandum of understanding."
        )
        self.assertEqual(spheres(text), ["health"])

    def test_presidents_give_no_field(self):
        text = (
            "President Aldo Remi met President Tarek Vossen in Vessa on Monday. After the talks, Remi and Vossen "
            "signed a memorandum of understanding."
        )
        self.assertEqual(spheres(text), ["other"])


class MoreTranslatedShapesTests(SimpleTestCase):
    def test_fields_after_a_colon_of_the_verb(self):
        text = "On the occasion, four agreements were inked: on defence, culture and fisheries."
        self.assertEqual(spheres(text), ["defence", "culture", "agriculture"])

    def test_the_accords_signed_concern(self):
        text = (
            "The two heads of state witnessed the signing of agreements. The accords signed concern the energy, "
            "the mines and the tourism."
        )
        self.assertEqual(spheres(text), ["energy", "mining", "tourism"])

    def test_it_was_proceeded_to_the_signing(self):
        self.assertEqual(spheres("It was also proceeded to the signing of a memorandum on sport."), ["sport"])

    def test_the_exchange_of_ratification_instruments_is_no_new_instrument(self):
        text = (
            "The two ministers proceeded to the exchange of the instruments of ratification of the convention on "
            "extradition."
        )
        self.assertEqual(titles(text), [])


def countries(text: str) -> list[str]:
    return [c.code for c in suggest_package(text).countries]


class LongCountryFormTests(SimpleTestCase):
    def test_republic_of_congo_without_its_article_is_not_the_drc(self):
        text = (
            "President Aldo Remi of the Republic of Angola arrived in the Republic of Congo on Monday for talks "
            "with President Tarek Vossen. The Congolese leader welcomed his guest. The two discussed the Democratic "
            "Republic of Congo and piracy in the Gulf of Guinea. Remi thanked the Congolese people."
        )
        self.assertEqual(sorted(countries(text)), ["AO", "CG"])

    def test_the_democratic_peoples_republic_is_not_the_republic_of_korea(self):
        text = (
            "Mongolian President Aldo Remi held talks with officials of the Democratic People's Republic of Korea "
            "in Ulaanbaatar. Mongolia and the Democratic People's Republic of Korea signed a memorandum on tourism."
        )
        self.assertEqual(sorted(countries(text)), ["KP", "MN"])

    def test_guinea_itself_still_counts(self):
        text = (
            "President Aldo Remi of Guinea arrived in Ghana on Monday. Guinea and Ghana signed a memorandum on "
            "fisheries in the Gulf of Guinea."
        )
        self.assertEqual(sorted(countries(text)), ["GH", "GN"])


class SummingUpCountedTests(SimpleTestCase):
    def test_list_ends_at_the_occasion_after_it(self):
        text = (
            "Norlandia and Estavia signed four memoranda of understanding to deepen cooperation in fisheries, "
            "mining, sport and culture, at the end of a two-day state visit by President Aldo Remi."
        )
        self.assertEqual(spheres(text), ["agriculture", "mining", "sport", "culture"])

    def test_a_counted_summing_up_named_again_in_full_is_told_once(self):
        text = (
            "The two presidents witnessed the signing of three instruments in areas such as solar power, gender "
            "equity and the training of envoys.\n\n"
            "The following documents were signed:\n\n"
            "- Memorandum on Cooperation in Solar Energy.\n"
            "- Memorandum on the Prevention of Violence against Women.\n"
            "- Agreement between the Vessa Diplomatic Academy and the Kolvi School of Foreign Service."
        )
        self.assertEqual(len(titles(text)), 3)
        self.assertFalse(any("such as" in t for t in titles(text)))

    def test_a_summing_up_without_a_count_keeps_its_fields(self):
        text = (
            "The deals, spanning energy, schools, farming and ports, were signed at the business forum.\n\n"
            "A memorandum on solar energy was signed by the two energy ministers. A memorandum on school "
            "exchanges was also signed."
        )
        self.assertIn("agriculture", spheres(text))


class PressStatementTests(SimpleTestCase):
    def test_a_joint_statement_to_the_press_is_spoken(self):
        text = (
            'The two presidents signed a memorandum on tourism. "We are friends," President Aldo Remi said in a '
            "joint statement to the press."
        )
        self.assertEqual(spheres(text), ["tourism"])

    def test_a_joint_statement_adopted_still_counts(self):
        text = "The two presidents adopted a joint statement on the strategic partnership."
        self.assertEqual(len(titles(text)), 1)


class NotADocumentOfItsOwnTests(SimpleTestCase):
    def test_a_subheading_gives_way_to_the_body(self):
        text = (
            "Remi in Vessa: 'no aid but trade'\n\n"
            "Premier signs accords with Estavia's Vossen, pledges help on ports\n\n"
            "Premier Aldo Remi on Monday signed three agreements with Prime Minister Tarek Vossen: on fisheries, on "
            "vocational training and on solar energy."
        )
        self.assertEqual(spheres(text), ["agriculture", "education", "energy"])

    def test_a_headline_alone_still_counts(self):
        self.assertEqual(spheres("Norlandia, Estavia sign tourism memorandum\n\nThe talks went well."), ["tourism"])

    def test_the_governments_of_the_two_countries_name_no_field(self):
        text = (
            "The two presidents witnessed the signing of a number of agreements and memoranda of understanding "
            "between the governments of the two countries.\n\n"
            "The documents included an agreement on the avoidance of double taxation."
        )
        self.assertEqual(spheres(text), ["finance"])

    def test_a_historic_document_is_what_the_named_one_is(self):
        text = (
            '"The Joint Declaration on Strategic Partnership we have just signed is, of course, a historic '
            'document," President Aldo Remi said.'
        )
        self.assertEqual(len(titles(text)), 1)

    def test_documents_signed_after_a_copula_of_their_own_still_count(self):
        text = "Among the results was a document on water, signed by the two ministers."
        self.assertEqual(spheres(text), ["water"])


class MoreFieldWordsTests(SimpleTestCase):
    def test_hydrocarbons_are_energy(self):
        text = "The ministers signed a memorandum of understanding in the field of hydrocarbons."
        self.assertEqual(spheres(text), ["energy"])

    def test_violence_against_women_is_justice(self):
        text = "The two ministers signed a memorandum on the prevention of violence against women."
        self.assertEqual(spheres(text), ["justice"])

    def test_violence_alone_names_no_field(self):
        text = "The two ministers signed a memorandum after a week of violence in the capital."
        self.assertNotIn("justice", spheres(text))


class OccasionBeforeTheListTests(SimpleTestCase):
    def test_a_list_after_the_visit_it_was_signed_on(self):
        text = (
            "The two governments signed three agreements during the state visit, covering fisheries and ports, "
            "vocational schools, and the waiver of visas for holders of official passports."
        )
        self.assertEqual(spheres(text), ["agriculture", "education", "consular"])

    def test_a_list_after_the_day(self):
        text = "The ministers signed memoranda on Tuesday, covering tourism, sport and culture."
        self.assertEqual(spheres(text), ["tourism", "sport", "culture"])

    def test_a_list_after_the_end_of_the_talks(self):
        text = (
            "Kolvia and Vessa signed three agreements at the end of the talks, in the fields of energy, mining and "
            "health."
        )
        self.assertEqual(spheres(text), ["energy", "mining", "health"])

    def test_an_occasion_without_a_list_names_no_document(self):
        text = "The two governments signed three agreements during the visit, officials said."
        self.assertEqual(titles(text), [])


class TheseAreTests(SimpleTestCase):
    def test_documents_counted_then_named_after_these_are(self):
        text = (
            "After the talks, the two leaders witnessed the exchange of three documents. These are: an MoU on "
            "cooperation in the field of rare earths; an MoU between the Vessa Space Agency and its Kolvi "
            "counterpart on satellite launches; and a Youth Exchange Programme for the years 2027 to 2029."
        )
        self.assertEqual(spheres(text), ["mining", "space", "culture"])
        self.assertIn("Youth Exchange Programme for the years 2027 to 2029", titles(text))

    def test_these_are_without_a_count_of_documents_signs_nothing(self):
        text = "The leaders spoke of many hopes. These are: a memorandum on tourism some day, and more flights."
        self.assertEqual(titles(text), [])


class PartiesBeforeTheListTests(SimpleTestCase):
    def test_documents_between_bodies_then_the_areas(self):
        text = (
            "The two leaders witnessed the exchange of five cooperation documents between ministries and "
            "provinces, covering areas including customs, forestry, radio and television and a $50 million "
            "credit line for maritime security."
        )
        self.assertEqual(spheres(text), ["customs", "environment", "media", "security"])

    def test_documents_between_bodies_without_a_list_name_none(self):
        text = (
            "The two leaders witnessed the exchange of five documents between ministries and provinces, officials "
            "said."
        )
        self.assertEqual(titles(text), [])

    def test_a_pair_that_is_one_field_stays_whole(self):
        text = "The ministers signed memoranda covering tourism, radio and television."
        self.assertEqual(spheres(text), ["tourism", "media"])


class UntilADayTests(SimpleTestCase):
    # 2027-05-12 is a Wednesday
    def test_a_stay_until_a_day_is_still_ahead(self):
        text = "President Aldo Remi arrived in Vessa on Tuesday. The visit runs until Friday."
        self.assertEqual(
            dates(text, datetime.date(2027, 5, 12)), [datetime.date(2027, 5, 11), datetime.date(2027, 5, 14)]
        )

    def test_a_stay_that_lasted_until_a_day_is_past(self):
        text = "President Aldo Remi arrived in Vessa on Saturday. He stayed until Monday."
        self.assertEqual(
            dates(text, datetime.date(2027, 5, 12)), [datetime.date(2027, 5, 8), datetime.date(2027, 5, 10)]
        )


class SecondNamedItemTests(SimpleTestCase):
    def test_a_capitalised_programme_after_the_parties_is_a_document_of_its_own(self):
        text = (
            "The ministers signed a Memorandum of Understanding on political consultations between the foreign "
            "ministries of the two countries for 2027-2029 and a Programme of Cooperation between the diplomatic "
            "training institutions of the two states."
        )
        self.assertEqual(len(titles(text)), 2)

    def test_the_parties_and_stays_inside_the_title(self):
        text = (
            "The ministers signed a memorandum between the Vessa Chamber of Commerce and the Kolvi Business Council "
            "on trade fairs."
        )
        self.assertEqual(spheres(text), ["trade"])


class PairedModifierTests(SimpleTestCase):
    def test_a_student_and_faculty_exchange_agreement(self):
        text = "The University of Vessa and the Kolvi Institute signed a student and faculty exchange agreement."
        self.assertEqual(titles(text), ["Student and faculty exchange agreement"])
        self.assertEqual(spheres(text), ["education"])

    def test_an_and_between_clauses_is_no_modifier(self):
        text = "The ministers met and signed a tourism agreement."
        self.assertEqual(titles(text), ["Tourism agreement"])


class FirmsTotalsAndPlantsTests(SimpleTestCase):
    def test_contracts_with_partners_worth_a_total_name_no_document(self):
        text = (
            "Vessan companies signed 14 memorandums of understanding and supply contracts with Kolvian partners "
            "worth an estimated $3.2 billion on Tuesday. Vessa Grid signed an agreement with Kolvi Power to build "
            "a substation."
        )
        self.assertEqual(len(titles(text)), 1)

    def test_a_gigawatt_plant_is_energy(self):
        text = "Vessa Atomic signed a preliminary agreement with Kolvian utilities on a planned 1.4-gigawatt plant."
        self.assertEqual(spheres(text), ["energy"])

    def test_a_firm_told_by_what_it_makes(self):
        text = (
            "The two leaders signed a memorandum on trade. A Vessan battery materials maker agreed with the regional "
            "government of Port Amel to expand its plant near the harbour."
        )
        self.assertEqual(spheres(text), ["trade", "investment"])

    def test_a_firm_told_by_what_it_makes_that_hopes_signs_nothing(self):
        text = (
            "The two leaders signed a memorandum on trade. A Vessan battery materials maker hopes to agree with the "
            "regional government to expand its plant."
        )
        self.assertEqual(spheres(text), ["trade"])


class CountedThingsTests(SimpleTestCase):
    def test_items_of_a_count_of_things_agreed(self):
        text = (
            '"Today we agreed on two things. First, a new memorandum on fisheries. Our fleets need it.\n\n'
            'Second, a protocol on customs data," President Aldo Remi said.'
        )
        self.assertEqual(spheres(text), ["agriculture", "customs"])

    def test_an_ordinal_without_a_count_agreed_signs_nothing(self):
        text = '"First, a memorandum on fisheries would help our fleets," President Aldo Remi said.'
        self.assertEqual(titles(text), [])

    def test_a_later_paragraph_is_out_of_the_count(self):
        text = (
            "The leaders agreed on three things. First, trade.\n\n"
            "Analysts said a memorandum on fisheries could come next year."
        )
        self.assertEqual(titles(text), [])


class OtherDocumentsByFieldTests(SimpleTestCase):
    def test_fields_summed_up_then_told_as_other_documents_are_told_once(self):
        text = (
            "Vessan and Kolvian businesses signed 12 memorandums of understanding in textiles, solar power and "
            "shipping on Friday.\n\n"
            "Among the deals, Vessa Lines and Kolvi Shipping signed a deal to open a container route between the two "
            "ports.\n\n"
            "Other MoUs covered solar panel assembly, cotton processing and software outsourcing."
        )
        got = spheres(text)
        self.assertEqual(got.count("energy"), 1)
        self.assertEqual(got.count("transport"), 1)

    def test_a_list_with_one_field_met_again_among_other_documents_stays(self):
        text = (
            "The ministers signed memoranda on solar power and shipping.\n\n"
            "Other MoUs covered solar parks and data centres."
        )
        self.assertEqual(len(titles(text)), 4)


class BriefingDaysTests(SimpleTestCase):
    # 2027-05-12 is a Wednesday
    def test_a_briefings_yesterday_and_tomorrow_are_the_visits_days(self):
        text = (
            "Briefing by the Foreign Secretary on the visit of the Prime Minister to Kolvia\n\n"
            "FOREIGN SECRETARY ARJUN MEHTA: Good evening. Prime Minister arrived in Vessa yesterday on the first leg "
            "of his visit. The two sides signed a memorandum on fisheries. Tomorrow morning he departs for Port "
            "Amel.\n\n"
            "QUESTION: Will there be a trade deal?\n\n"
            "FOREIGN SECRETARY ARJUN MEHTA: Talks go on."
        )
        got = dates(text, datetime.date(2027, 5, 12))
        self.assertIn(datetime.date(2027, 5, 11), got)
        self.assertIn(datetime.date(2027, 5, 13), got)

    def test_a_quoted_yesterday_in_a_report_is_not_read(self):
        text = (
            "President Aldo Remi met President Tarek Vossen in Vessa on Tuesday.\n\n"
            '"We spoke yesterday about the old days," Remi said.'
        )
        self.assertEqual(dates(text, datetime.date(2027, 5, 12)), [datetime.date(2027, 5, 11)])


class ProgrammeLineTests(SimpleTestCase):
    # 2027-05-12 is a Wednesday
    def test_the_days_of_a_programme_lie_around_the_dateline(self):
        text = (
            "President Aldo Remi's state visit to Kolvia: what we know\n\n"
            "President Aldo Remi held talks with President Tarek Vossen at the palace.\n\n"
            "TIMELINE\n\n"
            "Tuesday: Arrival ceremony at the palace; talks with Vossen; state dinner.\n\n"
            "Wednesday: Remi addresses a business forum in Vessa, visits a port.\n\n"
            "Friday: Stop in Port Amel, meeting with the governor; departure in the evening."
        )
        self.assertEqual(
            dates(text, datetime.date(2027, 5, 12)),
            [datetime.date(2027, 5, 11), datetime.date(2027, 5, 12), datetime.date(2027, 5, 14)],
        )

    def test_a_weekday_inside_a_line_keeps_its_tense(self):
        text = "President Aldo Remi arrived in Vessa. He met Vossen on Friday: the talks went well."
        self.assertEqual(dates(text, datetime.date(2027, 5, 12)), [datetime.date(2027, 5, 7)])


class FirstDayFromTheLastTests(SimpleTestCase):
    # 2027-05-12 is a Wednesday
    def test_the_first_day_counts_back_from_the_day_before_returning(self):
        text = (
            "Vessan firms signed 12 deals on Wednesday as President Aldo Remi's three-day state visit to Kolvia "
            "turned to business.\n\n"
            "Remi is scheduled to visit a shipyard on Thursday before returning to Vessa."
        )
        self.assertEqual(
            dates(text, datetime.date(2027, 5, 12)),
            [datetime.date(2027, 5, 11), datetime.date(2027, 5, 12), datetime.date(2027, 5, 13)],
        )

    def test_a_last_day_outside_the_span_adds_nothing(self):
        text = (
            "Vessan firms signed 12 deals on Wednesday during President Aldo Remi's two-day visit to Kolvia.\n\n"
            "His minister departs on Saturday for Port Amel."
        )
        self.assertNotIn(datetime.date(2027, 5, 14), dates(text, datetime.date(2027, 5, 12)))
        self.assertEqual(len(dates(text, datetime.date(2027, 5, 12))), 2)


class PartnersOnlyTests(SimpleTestCase):
    def test_mous_with_other_countries_before_are_no_document(self):
        text = (
            'The two ministers signed a memorandum on tourism. "We have signed MOUs with Asian countries before, '
            'and many are gathering dust," the minister said.'
        )
        self.assertEqual(spheres(text), ["tourism"])

    def test_mous_with_other_countries_on_a_field_still_count(self):
        text = "Vessa signed memoranda with partner countries on fisheries."
        self.assertEqual(spheres(text), ["agriculture"])


class ProseThenListTests(SimpleTestCase):
    def test_a_document_in_prose_that_the_list_names_is_one(self):
        text = (
            "The leaders welcomed the conclusion of a memorandum of understanding on civil nuclear cooperation.\n\n"
            "Documents signed\n\n"
            "- Memorandum of Understanding on Cooperation in the Peaceful Uses of Nuclear Energy\n"
            "- Youth Mobility Arrangement\n"
            "- Letter of Intent on Cooperation in Cyber Security"
        )
        self.assertEqual(spheres(text).count("energy"), 1)

    def test_a_document_in_prose_of_its_own_stays(self):
        text = (
            "Separately, the two energy ministers signed a memorandum on offshore wind farms.\n\n"
            "Documents signed\n\n"
            "- Memorandum of Understanding on Cooperation in the Peaceful Uses of Nuclear Energy\n"
            "- Youth Mobility Arrangement"
        )
        self.assertEqual(spheres(text).count("energy"), 2)


class RelatedLinksTests(SimpleTestCase):
    def test_headlines_under_related_are_other_stories(self):
        text = (
            "The two prime ministers signed a memorandum on hydrogen in Vessa today.\n\n"
            "Related:\n"
            "Kolvians sign port contract with Vessa Lines, firm to build two berths\n"
            "Vessa Motors to start producing a new model"
        )
        self.assertEqual(spheres(text), ["energy"])

    def test_a_related_word_in_prose_ends_nothing(self):
        text = (
            "Related talks went on. The two prime ministers signed a memorandum on hydrogen and a contract to build "
            "two berths in the port."
        )
        self.assertEqual(len(titles(text)), 2)


class AgreedToAdoptTests(SimpleTestCase):
    def test_agreed_to_adopt_a_plan_of_action(self):
        text = "The two leaders agreed to adopt a new plan of action to implement their partnership for 2027-2030."
        self.assertEqual(spheres(text), ["political"])

    def test_agreed_to_adopt_at_a_later_meeting_is_not_yet(self):
        text = "The two leaders agreed to adopt a plan of action on trade at their next meeting."
        self.assertEqual(titles(text), [])

    def test_agreed_to_sign_is_not_yet(self):
        self.assertEqual(titles("The two leaders agreed to sign a treaty on extradition."), [])


class MoreFutureTests(SimpleTestCase):
    # 2027-05-12 is a Wednesday
    def test_a_contracted_will(self):
        text = "President Aldo Remi held talks in Vessa today. He'll visit the port on Friday."
        self.assertIn(datetime.date(2027, 5, 14), dates(text, datetime.date(2027, 5, 12)))

    def test_set_for_a_day(self):
        text = "President Aldo Remi held talks in Vessa today. An audience with the king is set for Friday."
        self.assertIn(datetime.date(2027, 5, 14), dates(text, datetime.date(2027, 5, 12)))

    def test_a_past_day_stays_past(self):
        text = "President Aldo Remi held talks in Vessa today. He visited the port on Friday."
        self.assertIn(datetime.date(2027, 5, 7), dates(text, datetime.date(2027, 5, 12)))


class ShortCongoTests(SimpleTestCase):
    def test_congo_after_its_long_form_is_the_same_country(self):
        text = (
            "Angolan President Aldo Remi and a minister of the Democratic Republic of Congo signed a memorandum on "
            "border security in Luanda on Monday. Rwanda denied the claims. Officials of Rwanda said little. Congo "
            "wants calm, and Congo will open a consulate in Angola. Congo and Angola also discussed trade."
        )
        self.assertEqual(sorted(countries(text)), ["AO", "CD"])


class PredicateDocumentTests(SimpleTestCase):
    def test_a_landmark_document_for_our_peoples_is_the_declaration(self):
        text = "The declaration on friendship adopted today is a landmark document for our peoples."
        self.assertEqual(len(titles(text)), 1)

    def test_there_is_a_document_of_its_own(self):
        text = "The ministers signed a memorandum on tourism. There was also a document on ports, signed by both."
        self.assertEqual(spheres(text), ["tourism", "transport"])


class PreviewTests(SimpleTestCase):
    def test_what_the_visit_will_sign_is_its_own(self):
        text = "During the visit, Vessa and Kolvia will sign a new cooperation agreement on offshore wind."
        self.assertEqual(spheres(text), ["energy"])

    def test_a_later_visits_signing_is_not_this_ones(self):
        text = "Vessa and Kolvia are expected to sign a treaty on friendship during a visit to Kolvia in the autumn."
        self.assertEqual(titles(text), [])

    def test_a_plan_without_the_visit_is_not_yet(self):
        self.assertEqual(titles("Vessa and Kolvia will sign a memorandum on tourism next year."), [])


class SecondLoanTests(SimpleTestCase):
    def test_a_second_sum_for_another_purpose_is_a_second_loan(self):
        text = (
            "The ministers signed an exchange of notes on a ¥250 billion loan for a port, and ¥120 billion for the "
            "Kolvi Commuter Railway extension."
        )
        self.assertEqual(len(titles(text)), 2)
        self.assertIn("transport", spheres(text))

    def test_a_sum_after_another_document_is_no_loan(self):
        text = "The ministers signed a memorandum on tourism, and $5 million for clinics was pledged."
        self.assertEqual(spheres(text), ["tourism"])


class ThenStepTests(SimpleTestCase):
    # 2027-05-12 is a Wednesday
    def test_the_next_step_of_a_programme_to_come(self):
        text = (
            "President Aldo Remi held talks in Vessa today. Tomorrow he flies to Port Amel, where he'll meet "
            "business leaders. Then it's home to Kolvi on Friday."
        )
        self.assertIn(datetime.date(2027, 5, 14), dates(text, datetime.date(2027, 5, 12)))

    def test_a_then_after_a_past_step_stays_past(self):
        text = "President Aldo Remi held talks in Vessa today. He toured the port. Then it was on to Kolvi on Friday."
        self.assertNotIn(datetime.date(2027, 5, 14), dates(text, datetime.date(2027, 5, 12)))

    def test_a_correspondents_turn_names_the_visits_days(self):
        text = (
            "PRESENTER: Good morning. President Aldo Remi is in Kolvia.\n\n"
            "CORRESPONDENT: The talks ran for three hours. Mr Remi's next stop is Port Amel. He flies there on "
            "Friday.\n\n"
            "PRESENTER: Thank you."
        )
        self.assertIn(datetime.date(2027, 5, 14), dates(text, datetime.date(2027, 5, 12)))


class SeaNameTests(SimpleTestCase):
    def test_a_sea_named_after_a_country_names_none(self):
        text = (
            "Latvia and Estonia signed a memorandum on ferry links across the Gulf of Finland on Monday, with a "
            "protocol on shipping safety in the Gulf of Finland and a plan for ice-breaking in the Gulf of Finland. "
            "Estonia hosted the talks in Tallinn."
        )
        self.assertEqual(sorted(countries(text)), ["EE", "LV"])


class LeftWithListTests(SimpleTestCase):
    def test_the_last_item_of_what_a_leader_left_with(self):
        text = (
            "He left with a handshake, a promise of further negotiations and a joint declaration on rare earths "
            "that both sides called a first step."
        )
        self.assertEqual(spheres(text), ["mining"])

    def test_a_promise_of_a_declaration_is_not_one(self):
        text = "He left with a handshake and a promise of a joint declaration on rare earths."
        self.assertEqual(titles(text), [])

    def test_a_short_form_with_dots_stays_inside_the_title(self):
        text = (
            "The two governments released a statement, along with a memorandum under which the U.K. Export "
            "Finance agency would study financing for a copper smelter."
        )
        self.assertIn("U.K. Export Finance", titles(text)[0])


class PresenceThenListTests(SimpleTestCase):
    def test_a_list_after_the_ceremony(self):
        text = (
            "Seven documents were signed in the presence of the two presidents, covering trade, culture and civil "
            "aviation."
        )
        self.assertEqual(spheres(text), ["trade", "culture", "aviation"])

    def test_items_that_name_themselves_after_the_ceremony(self):
        text = (
            "Nine documents were signed in the presence of the two presidents, including agreements on veterinary "
            "medicine and a memorandum on news agencies."
        )
        self.assertFalse(any(t.startswith("Document") for t in titles(text)))

    def test_the_ceremony_alone_names_no_document(self):
        text = "Seven documents were signed in the presence of the two presidents, who praised the talks."
        self.assertEqual(titles(text), [])


class ShortFormAloneTests(SimpleTestCase):
    def test_the_short_form_alone_is_the_document_named_before(self):
        text = (
            "The two sides signed a memorandum of understanding (MoU) on consular consultations between the "
            "foreign ministries of Valdoria and Ostmark.\n\nThe MoU was signed on behalf of Valdoria by its "
            "foreign minister."
        )
        self.assertEqual(spheres(text), ["consular"])

    def test_a_short_form_with_a_topic_is_a_document(self):
        text = "The two ministers signed an MoU on fisheries and aquaculture in the capital."
        self.assertEqual(spheres(text), ["agriculture"])


class CountedThenNamedTests(SimpleTestCase):
    def test_they_are_then_the_documents_one_by_one(self):
        text = (
            "Valdoria and Ostmark on Monday signed three agreements to deepen cooperation in trade, sport and the "
            "movement of their students.\n\nThey are an agreement on the abolition of visas for holders of service "
            "passports, a memorandum on youth and sport, and a protocol on the recognition of school diplomas."
        )
        self.assertEqual(spheres(text), ["consular", "sport", "education"])

    def test_they_are_without_a_count_before_signs_nothing(self):
        text = "They are an example of how two small nations can build a memorandum on trade one day."
        self.assertEqual(titles(text), [])


class SignersNotTopicTests(SimpleTestCase):
    def test_signed_for_a_party_by_its_ministers(self):
        text = (
            "The two presidents witnessed the signing of an agreement on fisheries and a memorandum on tourism.\n\n"
            "The agreements were signed for Valdoria by the Minister of Trade, Ambassador Petra Kvist, and the "
            "Minister of Tourism, Dr Olek Marn."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism"])

    def test_for_a_purpose_is_still_a_topic(self):
        text = "The ministers signed agreements for the training of nurses and for the repair of rural roads."
        self.assertEqual(len(titles(text)), 2)
        self.assertIn("training of nurses", titles(text)[0])


class DottedPartyTests(SimpleTestCase):
    def test_a_dotted_short_form_inside_the_parties_keeps_the_title(self):
        text = (
            "In the presence of the two ministers, the governments also concluded:\n\n"
            "- A Memorandum of Understanding between the U.K. Department of Foreign Affairs and the Ministry of "
            "Foreign Affairs of Valdoria on cooperation in the field of language teaching;\n"
            "- An Agreement on Cooperation in Forestry."
        )
        got = suggest_package(text).agreements
        self.assertIn("U.K. Department of Foreign Affairs", got[0].title)
        self.assertEqual([a.sphere for a in got], ["education", "environment"])

    def test_a_dot_that_ends_the_sentence_still_ends_the_title(self):
        text = "The two sides signed a memorandum on cooperation with the U.S. The talks then turned to fisheries."
        self.assertNotIn("talks", " ".join(titles(text)))

    def test_foreign_ministries_on_consultations_stay_political(self):
        text = (
            "The ministers signed a memorandum between the Ministry of Foreign Affairs of Valdoria and the Ministry "
            "of Foreign Affairs of Ostmark on regular consultations."
        )
        self.assertEqual(spheres(text), ["political"])


class DiplomaticNotesTests(SimpleTestCase):
    def test_an_exchange_of_diplomatic_notes_is_an_instrument(self):
        text = (
            "The two ministers also exchanged documents:\n\n- A Memorandum on Cooperation in Forestry;\n"
            "- An exchange of diplomatic notes on the start of scheduled air services between the two capitals."
        )
        self.assertEqual(spheres(text), ["environment", "aviation"])

    def test_diplomatic_notes_of_protest_are_not_one(self):
        text = "The ministry said it had sent diplomatic notes of protest over the airspace violations."
        self.assertEqual(titles(text), [])


class TowardsAnInstrumentTests(SimpleTestCase):
    def test_work_towards_the_conclusion_of_an_agreement_is_no_signing(self):
        text = (
            "At the talks, the sides agreed to:\n\n"
            "- Work towards the conclusion of a Free Trade Agreement between Valdoria and Ostmark;\n"
            "- Set up a joint working group on fisheries.\n\n"
            "The two ministers then signed a memorandum on tourism."
        )
        self.assertEqual(spheres(text), ["tourism"])

    def test_negotiations_on_a_treaty_are_no_signing(self):
        text = "The leaders signed a memorandum on ports and launched negotiations on a treaty on legal assistance."
        self.assertEqual(spheres(text), ["transport"])

    def test_a_promise_of_negotiations_and_a_declaration(self):
        text = "She left with a promise of further negotiations and a joint declaration on rare earths."
        self.assertEqual(spheres(text), ["mining"])


class ModalSigningTests(SimpleTestCase):
    def test_we_must_conclude_the_agreements_signs_nothing(self):
        text = (
            "The chancellor said: we have said very clearly that we must conclude the agreements with our friends "
            "in this region sooner."
        )
        self.assertEqual(titles(text), [])

    def test_they_concluded_a_treaty_is_a_signing(self):
        text = "The two prime ministers concluded a treaty on legal assistance in criminal matters."
        self.assertEqual(spheres(text), ["justice"])


class CarriedHomeTests(SimpleTestCase):
    def test_a_field_named_deal_in_her_bag_is_the_declaration_told_in_full(self):
        text = (
            "The minister flew home yesterday with a signed solar power agreement in her luggage – but nothing new "
            "on the border compensation deal that has divided the two nations.\n\n"
            "In Port Amel she and her counterpart signed a joint declaration of intent on solar power research and "
            "training, under which Ostmark will fund two laboratories."
        )
        self.assertEqual(titles(text), ["Joint declaration of intent on solar power research and training"])

    def test_a_field_named_deal_alone_stays(self):
        text = "The minister flew home yesterday with a signed solar power agreement in her luggage."
        self.assertEqual(titles(text), ["Solar power agreement"])

    def test_two_documents_of_one_field_with_other_words_stay(self):
        text = (
            "The two sides signed a fisheries agreement.\n\n"
            "They also signed a memorandum on aquaculture research and training."
        )
        self.assertEqual(len(titles(text)), 2)

    def test_no_progress_on_a_deal_signs_nothing(self):
        text = "The leaders signed a memorandum on tourism, but there was no progress on the long-awaited gas deal."
        self.assertEqual(spheres(text), ["tourism"])


class VisitProgrammeTests(SimpleTestCase):
    def test_the_programme_of_the_visit_is_its_schedule(self):
        text = (
            "The two ministers signed a memorandum on consular affairs.\n\n"
            "The minister is to tour the old harbour and the national gallery, as part of the programme of his "
            "official visit to Valdoria, which ends on Friday."
        )
        self.assertEqual(spheres(text), ["consular"])

    def test_a_programme_of_exchanges_is_an_instrument(self):
        text = "The two ministers signed a programme of cultural exchanges for the years 2026 to 2028."
        self.assertEqual(spheres(text), ["culture"])


class RetoldListTests(SimpleTestCase):
    def test_a_lead_list_by_field_told_again_by_a_longer_list_below(self):
        text = (
            "The president is the first Ostmark leader to visit since the floods; the two countries signed "
            "agreements on fisheries, forestry and cyber.\n\n"
            "The two foreign ministers signed four memoranda of understanding: on fisheries and aquaculture, forest "
            "protection, cybersecurity cooperation and a youth exchange program."
        )
        self.assertEqual(len(titles(text)), 4)
        self.assertTrue(all(t.startswith("Memorand") or "exchange" in t.lower() for t in titles(text)))

    def test_lists_of_other_fields_both_stay(self):
        text = (
            "The two governments signed agreements on fisheries, forestry and tourism.\n\n"
            "Their firms signed memoranda on banking, software, shipping and steel."
        )
        self.assertEqual(len(titles(text)), 7)


class SentenceInitialModifierTests(SimpleTestCase):
    def test_the_first_word_of_an_item_is_a_modifier(self):
        text = (
            "The two leaders witnessed the signing of three instruments. They are:\n\n"
            "- MoU on fisheries\n- Agreement on cooperation in forestry\n- Sports exchange programme 2026-2028\n\n"
            "The instruments were signed by the foreign ministers."
        )
        self.assertEqual(spheres(text), ["agriculture", "environment", "sport"])

    def test_a_name_inside_a_sentence_is_not_a_modifier(self):
        text = "The ministers signed a memorandum on ports and praised the Valdoria exchange programme of the 1990s."
        self.assertEqual(spheres(text), ["transport"])


class PartnershipPlanTests(SimpleTestCase):
    def test_a_named_partnership_plan_is_one_political_document(self):
        text = "The two prime ministers signed the Talanoa Partnership Implementation Plan 2026 to 2029."
        self.assertEqual(spheres(text), ["political"])
        self.assertEqual(len(titles(text)), 1)

    def test_a_plan_with_a_field_keeps_the_field(self):
        text = "The two ministers signed a partnership plan on vocational training for nurses."
        self.assertNotEqual(spheres(text), ["political"])


class LeadToldAgainTests(SimpleTestCase):
    def test_the_leads_plan_is_the_one_signed_below(self):
        text = (
            "Valdoria and Ostmark agree partnership plan\n\n"
            "The foreign minister has visited Port Amel, where Valdoria and Ostmark agreed a new action plan to "
            "deepen their Enhanced Partnership and boost growth in both countries.\n\n"
            "The two ministers held talks on trade and security.\n\n"
            "The two ministers signed the Valdoria-Ostmark Enhanced Partnership Action Plan 2026 to 2028, which sets "
            "out shared commitments."
        )
        self.assertEqual(len(titles(text)), 1)

    def test_two_documents_of_one_field_in_the_lead_and_below_stay(self):
        text = (
            "Valdoria and Ostmark sign deals\n\n"
            "The two ministers signed a memorandum on cooperation in renewable energy research.\n\n"
            "The talks covered trade.\n\n"
            "Later the energy ministers signed a memorandum on cooperation in nuclear energy safety."
        )
        self.assertEqual(len(titles(text)), 2)


class CapitalIsInvestmentTests(SimpleTestCase):
    def test_the_capital_of_a_joint_fund_is_investment(self):
        text = (
            "The prime ministers signed an agreement on raising the authorised capital of the Valdorian-Ostmark "
            "Joint Fund."
        )
        self.assertEqual(spheres(text), ["investment"])

    def test_a_capital_city_is_not_investment(self):
        text = "The ministers signed a memorandum on a tram line for the capital."
        self.assertNotEqual(spheres(text), ["investment"])


class AmendingItemTests(SimpleTestCase):
    def test_an_item_amending_a_named_agreement_is_signed(self):
        text = (
            "Valdoria and Ostmark sign acts\n\nThe two presidents met in the capital on Monday.\n\nACTS SIGNED\n\n"
            "» Memorandum of Understanding in the Area of Sport;\n"
            "» Supplementary Amendment to the Framework Agreement on Technical Cooperation for the project "
            '"Support to Coffee Growers in Ostmark";\n'
            "» Agreement on Exemption of Visas for Holders of Service Passports."
        )
        got = titles(text)
        self.assertEqual(len(got), 3)
        self.assertTrue(got[1].startswith("Supplementary Amendment to the Framework Agreement"))

    def test_a_named_agreement_mentioned_in_prose_stays_out(self):
        text = (
            "The ministers signed a memorandum on sport and recalled the Amendment to the Framework Agreement on "
            "Technical Cooperation of 2001."
        )
        self.assertEqual(spheres(text), ["sport"])


class TheyAreListTests(SimpleTestCase):
    def test_they_are_after_a_signing_heads_the_list(self):
        text = (
            "Valdoria and Ostmark sign three agreements\n\n"
            "The two countries have deepened their ties with the signing of three agreements.\n\n"
            "The instruments were signed yesterday at the Foreign Ministry after talks between the two leaders.\n\n"
            "They are:\n\n"
            "• a Bilateral Maritime Transport Agreement;\n"
            "• a Memorandum of Understanding (MOU) on Cooperation in Fisheries; and\n"
            "• an MOU on Cooperation in Sport."
        )
        self.assertEqual(spheres(text), ["transport", "agriculture", "sport"])

    def test_the_agreements_are_after_a_count_signed(self):
        text = (
            "Valdoria and Ostmark sign agreements\n\nThe two leaders held talks in Port Amel on Monday.\n\n"
            "Four agreements were signed after the talks.\n\nThe agreements are:\n\n"
            "- an agreement on fisheries;\n- a memorandum on tourism."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism"])

    def test_they_are_after_no_signing_heads_nothing(self):
        text = (
            "Valdoria and Ostmark hold talks\n\n"
            "The two leaders discussed ways to expand trade.\n\n"
            "They are:\n\n"
            "• a Bilateral Maritime Transport Agreement under discussion;\n"
            "• a possible MOU on Cooperation in Sport."
        )
        self.assertEqual(titles(text), [])


class VisitEndsOnTests(SimpleTestCase):
    def dates(self, text: str, dateline: datetime.date) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text, dateline=dateline).dates)

    def test_the_visit_ends_on_a_weekday_ahead(self):
        text = (
            "President Anna Kvist and her Ostmark counterpart held talks in Port Amel on Tuesday.\n\n"
            "On Wednesday, Kvist will open a business forum. The state visit ends on Friday."
        )
        self.assertIn("2026-03-13", self.dates(text, datetime.date(2026, 3, 10)))

    def test_the_visit_ended_on_a_weekday_behind(self):
        text = "President Anna Kvist held talks in Port Amel on Tuesday. The state visit ended on Friday."
        self.assertIn("2026-03-06", self.dates(text, datetime.date(2026, 3, 10)))

    def test_she_wraps_up_her_visit_on_a_weekday_ahead(self):
        text = "President Anna Kvist held talks in Port Amel on Tuesday. She wraps up her state visit on Friday."
        self.assertIn("2026-03-13", self.dates(text, datetime.date(2026, 3, 10)))


class SpanFromArrivalTests(SimpleTestCase):
    def dates(self, text: str, dateline: datetime.date) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text, dateline=dateline).dates)

    def test_a_three_day_visit_runs_from_the_arrival(self):
        text = (
            "PORT AMEL, March 11: Prime Minister Olek Marn and President Anna Kvist on Wednesday agreed to expand "
            "trade.\n\nThe Ostmark President, who is on a three-day state visit to Valdoria, was received by the "
            "prime minister.\n\nEarlier, on her arrival at the military airbase on Tuesday evening, the President "
            "was received by the foreign minister."
        )
        self.assertEqual(self.dates(text, datetime.date(2026, 3, 11)), ["2026-03-10", "2026-03-11", "2026-03-12"])

    def test_an_arrival_ceremony_is_not_the_arrival(self):
        text = (
            "President Anna Kvist reviews the honour guard during the arrival ceremony at the palace on Wednesday. "
            "Kvist is on a three-day state visit to Valdoria."
        )
        self.assertNotIn("2026-03-13", self.dates(text, datetime.date(2026, 3, 11)))


class NamedPartiesFrameworkTests(SimpleTestCase):
    def test_a_framework_between_two_named_banks_in_the_list(self):
        text = (
            "Valdoria and Ostmark sign package\n\nThe two leaders met in Port Amel on Monday.\n\n"
            "What was signed\n\nAccording to the foreign ministry, the package includes:\n"
            "- a joint statement on an expanded partnership;\n"
            "- a KXB–Development Bank of Ostmark framework for up to USD 300 million in co-financing, with solar "
            "projects flagged;\n"
            "- an agreement on technical cooperation in tourism."
        )
        self.assertEqual(spheres(text), ["political", "finance", "tourism"])

    def test_a_framework_in_prose_is_not_one(self):
        text = "Within the KXB–Development Bank of Ostmark framework, the two sides discussed solar projects."
        self.assertEqual(titles(text), [])


class OthersAreTests(SimpleTestCase):
    def test_others_are_more_of_the_documents_listed(self):
        text = (
            "The ministers signed an air services agreement and an MoU on fisheries.\n\n"
            "Others are a health cooperation agreement on vaccine production and a cultural exchange programme for "
            "2026 to 2028."
        )
        self.assertEqual(spheres(text), ["aviation", "agriculture", "health", "culture"])

    def test_others_are_with_nothing_signed_before(self):
        text = "Others are a possible health agreement on vaccines, officials said."
        self.assertEqual(titles(text), [])


class SemicolonItemTests(SimpleTestCase):
    def test_an_item_after_a_semicolon_continues_the_list(self):
        text = (
            "The adviser listed the agreements signed to include an air services agreement that would allow direct "
            "flights between the two capitals; a defence cooperation framework; and an MoU on fisheries."
        )
        self.assertEqual(spheres(text), ["aviation", "defence", "agriculture"])

    def test_a_framework_after_a_semicolon_of_prose_is_not_one(self):
        text = (
            "The talks were warm; the two sides work within the framework of their partnership on defence and energy."
        )
        self.assertEqual(titles(text), [])


class FieldNamedPartnershipTests(SimpleTestCase):
    def test_a_field_partnership_is_the_declaration_listed_below(self):
        text = (
            "What was agreed\n\nThe two governments signed a forestry partnership and several smaller agreements. "
            "Among them:\n\n- A joint declaration on sustainable forestry covering teak and mahogany;\n"
            "- A memorandum on green hydrogen."
        )
        self.assertEqual(spheres(text), ["environment", "energy"])

    def test_a_field_partnership_alone_stays(self):
        text = "The two governments signed a forestry partnership and a memorandum on green hydrogen."
        self.assertEqual(spheres(text), ["environment", "energy"])


class PeopleSmugglingTests(SimpleTestCase):
    def test_coastguard_work_against_people_smuggling_is_migration(self):
        text = "The ministers signed a deal to step up coastguard cooperation against people smuggling in the strait."
        self.assertEqual(spheres(text), ["migration"])

    def test_coastguard_work_against_drug_smuggling_is_security(self):
        text = "The ministers signed a deal to step up coastguard cooperation against drug smuggling in the strait."
        self.assertEqual(spheres(text), ["security"])


class CapitalisedSeriesTests(SimpleTestCase):
    def test_a_series_of_a_names_words_stays_in_the_title(self):
        text = (
            "Agreements signed:\n\n• a Bilateral Air Services Agreement;\n"
            "• a General Agreement on Economic, Scientific and Cultural Cooperation."
        )
        self.assertIn("General Agreement on Economic, Scientific and Cultural Cooperation", titles(text))

    def test_a_comma_before_a_new_clause_still_ends_the_title(self):
        text = "The ministers signed an agreement on fisheries, and Valdoria and Ostmark praised the talks."
        self.assertEqual(titles(text), ["Agreement on fisheries"])


class ExchangedDiplomaticNotesTests(SimpleTestCase):
    def test_exchanged_diplomatic_notes_on_an_agreement(self):
        text = "The ministers exchanged diplomatic notes on the entry into force of the air transport agreement."
        self.assertEqual(len(titles(text)), 1)
        self.assertTrue(titles(text)[0].startswith("Diplomatic notes"))


class AndSaidEndsTitleTests(SimpleTestCase):
    def test_and_said_opens_a_clause_of_its_own(self):
        text = (
            "The two sides signed a memorandum on tourism and said they hoped to conclude an investment treaty "
            "next year."
        )
        self.assertEqual(titles(text), ["Memorandum on tourism"])

    def test_and_a_second_field_stays_in_the_title(self):
        text = "The two sides signed a memorandum on tourism and hospitality training."
        self.assertEqual(titles(text), ["Memorandum on tourism and hospitality training"])


class PraisedNotSignedTests(SimpleTestCase):
    def test_a_programme_praised_after_the_signing_is_not_signed(self):
        text = "The ministers signed a memorandum on ports and praised the old student exchange programme."
        self.assertEqual(spheres(text), ["transport"])

    def test_a_second_document_signed_after_and_stays(self):
        text = "The ministers signed a memorandum on ports and a student exchange programme."
        self.assertEqual(len(titles(text)), 2)


class BareFullKindTests(SimpleTestCase):
    def test_the_memorandum_of_understanding_told_again(self):
        text = (
            "The leaders signed a memorandum on tourism. The Memorandum of Understanding was signed by the two "
            "ministers."
        )
        self.assertEqual(titles(text), ["Memorandum on tourism"])

    def test_the_only_memorandum_of_understanding_stays(self):
        text = (
            "First Minister Ewan Lorn and Foreign Minister Ida Brekke signed a Memorandum of Understanding at the "
            "residence following talks on energy."
        )
        self.assertEqual(len(titles(text)), 1)


class FollowingLeadWithFullStopTests(SimpleTestCase):
    def test_the_following_documents_then_a_full_stop_lead_the_items(self):
        text = (
            "After the talks, the presidents witnessed the signing of the following memoranda of understanding "
            "(MOUs) and agreements.\n\n- MOU on cooperation in fisheries\n- Agreement on the avoidance of double "
            "taxation\n"
        )
        self.assertEqual(len(titles(text)), 2)

    def test_the_following_topics_named_alone_under_a_full_stop_lead(self):
        text = "The ministers signed the following memoranda.\n\n- renewable energy\n- maritime transport\n"
        self.assertEqual(spheres(text), ["energy", "transport"])

    def test_a_list_after_a_plain_sentence_is_not_led(self):
        text = "The ministers discussed the following questions.\n\n- renewable energy\n- maritime transport\n"
        self.assertEqual(titles(text), [])

    def test_the_following_documents_were_exchanged_then_a_full_stop(self):
        text = (
            "Before the dinner, the following documents were exchanged.\n(1) Memorandum of Cooperation in the field "
            "of flood forecasting\n(2) Exchange of Notes concerning a loan for the Velmar railway\n"
        )
        self.assertEqual(spheres(text), ["water", "transport"])

    def test_the_following_questions_were_discussed_is_not_led(self):
        text = (
            "The following questions were discussed.\n(1) Memorandum of Cooperation in the field of flood "
            "forecasting\n(2) A tramway loan\n"
        )
        self.assertEqual(titles(text), [])


class ListAfterPassiveAndDashTests(SimpleTestCase):
    def test_a_count_signed_after_the_talks_then_a_double_hyphen_list(self):
        text = (
            "Two memoranda of understanding (MoUs) were signed after the meeting -- on cooperation between the "
            "Marel Academy and the Vostan Institute, and on visa exemption for holders of service passports."
        )
        self.assertEqual(spheres(text), ["education", "consular"])

    def test_a_colon_list_after_a_time_phrase(self):
        text = "The ministers signed two agreements on Friday: on tourism and on fisheries."
        self.assertEqual(spheres(text), ["tourism", "agriculture"])

    def test_a_dash_after_talks_that_list_no_documents(self):
        text = "Three agreements were discussed after the meeting -- on tourism, on fisheries and on ports."
        self.assertEqual(titles(text), [])


class FutureWitnessedSigningTests(SimpleTestCase):
    def test_leaders_who_will_witness_a_signing_sign_nothing_yet(self):
        text = (
            "During the visit, the two presidents will hold talks and will jointly witness the signing of "
            "cooperation documents in areas including fisheries, mining and tourism."
        )
        self.assertEqual(titles(text), [])

    def test_leaders_expected_to_attend_a_signing(self):
        text = "Premier Odo Varn is expected to attend the signing of a memorandum on ports."
        self.assertEqual(titles(text), [])

    def test_a_signing_witnessed_in_the_past_stays(self):
        text = "The two presidents held talks and witnessed the signing of a memorandum on ports."
        self.assertEqual(spheres(text), ["transport"])


class SeatNamesTheHostTests(SimpleTestCase):
    def test_a_pool_report_that_names_the_host_only_by_its_office(self):
        text = (
            "Pool report: Oval Office meeting with Estonian President Kaarel Tamm\n\n"
            "Pool entered the Oval Office at 11:04 for POTUS's meeting with Estonian President Kaarel Tamm. "
            "POTUS spoke first and praised Estonia as a steadfast ally. Tamm thanked POTUS and said he had "
            "spoken with Latvian President Ilze Vanags last week. POTUS said the talks would go on over lunch."
        )
        self.assertEqual(sorted(countries(text)), ["EE", "US"])

    def test_a_seat_mentioned_once_in_passing_does_not_make_a_side(self):
        text = (
            "Estonian President Kaarel Tamm held talks with Latvian President Ilze Vanags in Riga on Monday. "
            "Tamm said the White House had been briefed. Estonia and Latvia signed a memorandum on rail."
        )
        self.assertEqual(sorted(countries(text)), ["EE", "LV"])

    def test_a_seat_spelt_with_only_some_of_its_accents(self):
        for seat in ("Elysée", "Élysee", "Élysée", "Elysee"):
            with self.subTest(seat=seat):
                text = (
                    f"Chilean President Rosa Ibáñez was received at the {seat} Palace on Tuesday. The {seat} said "
                    "the two presidents had discussed lithium. Chile and France signed a memorandum on mining."
                )
                self.assertEqual(sorted(countries(text)), ["CL", "FR"])


class NovelNamedInstrumentTests(SimpleTestCase):
    def test_an_updated_named_agreement_after_another_document(self):
        text = (
            "The leaders welcomed the signing of a memorandum on fisheries, as well as an updated Air Transport "
            "Agreement between the two countries."
        )
        self.assertEqual(spheres(text), ["agriculture", "aviation"])

    def test_a_new_named_accord_signed_alone(self):
        self.assertEqual(spheres("The ministers signed a new Visa Facilitation Agreement."), ["consular"])

    def test_a_named_treaty_mentioned_in_passing_stays_out(self):
        text = "The ministers signed a memorandum on ports and recalled the Lisbon Treaty."
        self.assertEqual(spheres(text), ["transport"])


class AssociatedLinksTests(SimpleTestCase):
    def test_a_joint_statement_under_associated_links_is_another_page(self):
        text = (
            "The prime minister and President Arlo Venn signed a memorandum on fisheries.\n\n"
            "Associated Links\n- Joint Statement by Prime Minister Dara Holm and President Arlo Venn\n"
            "- Prime Minister to welcome President Venn\n"
        )
        self.assertEqual(spheres(text), ["agriculture"])

    def test_a_joint_statement_in_the_body_stays(self):
        text = (
            "The prime minister and President Arlo Venn signed a memorandum on fisheries. They also adopted a "
            "joint statement on links between their ports."
        )
        self.assertEqual(len(titles(text)), 2)


class QuotedNameAfterVerbTests(SimpleTestCase):
    def test_a_joint_statement_issued_under_its_quoted_name(self):
        text = (
            'After the talks, the two leaders issued the "Valdor-Ostmark Joint Statement on a Partnership for '
            'a Greener Coast."'
        )
        self.assertEqual(titles(text), ["Valdor-Ostmark Joint Statement on a Partnership for a Greener Coast"])

    def test_a_quoted_name_only_recalled_stays_out(self):
        text = 'The ministers signed a memorandum on ports and recalled the "Tamsa Declaration" of 1998.'
        self.assertEqual(spheres(text), ["transport"])


class ListItemAndTheTests(SimpleTestCase):
    def test_a_list_items_field_runs_on_after_and_the(self):
        text = (
            "Two documents were signed at the end of the talks.\n\nWHAT WAS SIGNED\n"
            "- A memorandum of understanding on seasonal herding and the sharing of upland pastures;\n"
            "- An agreement on the upkeep of the Marel ferry.\n"
        )
        self.assertIn(
            "Memorandum of understanding on seasonal herding and the sharing of upland pastures", titles(text)
        )
        self.assertIn("agriculture", spheres(text))

    def test_and_the_with_a_verb_of_its_own_still_ends_the_title(self):
        text = (
            "Two documents were signed at the end of the talks.\n\nWHAT WAS SIGNED\n"
            "- A memorandum on fisheries and the ministers praised the talks;\n"
            "- An agreement on the upkeep of the Marel ferry.\n"
        )
        self.assertIn("Memorandum on fisheries", titles(text))


class WishedConclusionTests(SimpleTestCase):
    def test_support_for_the_conclusion_of_a_deal_signs_nothing(self):
        text = (
            "The minister thanked Orvia for its support for the conclusion of the Orvia-Tamsa free trade "
            "agreement, talks on which began in 2019."
        )
        self.assertEqual(titles(text), [])

    def test_called_for_the_early_conclusion_of_a_treaty(self):
        text = "The two presidents called for the early conclusion of an agreement on fisheries."
        self.assertEqual(titles(text), [])

    def test_welcomed_the_conclusion_of_an_agreement_stays_signed(self):
        text = "The ministers welcomed the conclusion of an agreement on fisheries."
        self.assertEqual(spheres(text), ["agriculture"])


class FundedProgrammeTests(SimpleTestCase):
    def test_the_programme_a_grant_pays_for_is_no_document_of_its_own(self):
        text = (
            "A grant agreement worth EUR 2.5 million for the third phase of a rural water and sanitation "
            "programme was also signed between the Valdor Aid Agency and the Ostmark Water Board."
        )
        self.assertEqual(len(titles(text)), 1)
        self.assertTrue(titles(text)[0].startswith("Grant agreement"))

    def test_a_programme_signed_beside_a_loan_stays(self):
        text = "The ministers signed a loan agreement for a port and a cultural exchange programme."
        self.assertEqual(len(titles(text)), 2)


class NamedItemOpenedByATests(SimpleTestCase):
    def test_a_new_named_partnership_as_an_item_of_what_was_signed(self):
        text = (
            "The ministers signed the following:\n\n"
            "- A new VO-Tamsa Strategic Partnership, to be reviewed at annual meetings\n"
            "- A memorandum of understanding on fisheries\n"
        )
        self.assertIn("VO-Tamsa Strategic Partnership", titles(text))

    def test_a_partnership_told_in_prose_stays_out(self):
        text = (
            "The ministers signed a memorandum on fisheries. A new Valdor-Tamsa Strategic Partnership has been "
            "discussed for years."
        )
        self.assertEqual(spheres(text), ["agriculture"])


class SideThenContentTests(SimpleTestCase):
    def test_a_sides_agreement_told_by_what_it_does(self):
        text = (
            "During the visit the parties also signed:\n\n– a memorandum of understanding on water management;\n"
            "– an agreement on the Valdorian side raising the number of study grants for Ostmark students.\n"
        )
        self.assertIn("Agreement raising the number of study grants for Ostmark students", titles(text))

    def test_signed_on_the_valdorian_side_by_its_minister_names_no_topic(self):
        text = "An agreement on fisheries was signed on the Valdorian side by Minister Ivo Rask."
        self.assertEqual(titles(text), ["Agreement on fisheries"])


class BriefingTurnDateTests(SimpleTestCase):
    TEXT = (
        "Spokesperson Ada Berg's Regular Press Conference on March 3, 2025\n\n"
        "Ada Berg: At the invitation of President Ivo Rask, President Ola Tamm of Valdor will pay a state visit "
        "from March 5 to 8. The two countries established relations on June 2, 1991.\n"
    )

    def test_the_visits_first_day_told_in_a_briefings_turn(self):
        self.assertIn(datetime.date(2025, 3, 5), dates(self.TEXT, datetime.date(2025, 3, 3)))

    def test_the_history_recalled_in_the_turn_is_no_date_of_the_visit(self):
        self.assertNotIn(datetime.date(1991, 6, 2), dates(self.TEXT, datetime.date(2025, 3, 3)))


class NthDayAheadTests(SimpleTestCase):
    def test_the_second_day_told_in_the_future_is_the_day_after_the_dateline(self):
        text = (
            "President Ivo Rask held talks on Sunday with President Ola Tamm, who is on a state visit starting "
            "today.\n\nOn the second day of his visit, President Tamm will lay a wreath at the Harbour Memorial."
        )
        self.assertIn(datetime.date(2025, 3, 3), dates(text, datetime.date(2025, 3, 2)))
        self.assertNotIn(datetime.date(2025, 3, 1), dates(text, datetime.date(2025, 3, 2)))

    def test_the_second_day_told_in_the_past_is_the_datelines(self):
        text = "On the second day of his visit, President Ola Tamm laid a wreath at the Harbour Memorial."
        self.assertIn(datetime.date(2025, 3, 2), dates(text, datetime.date(2025, 3, 2)))


class CapitalAOneWordKindTests(SimpleTestCase):
    def test_a_financing_agreement_opening_an_item_keeps_its_purposes_field(self):
        text = (
            "Signed today:\n\n1. A Financing Agreement for a US$40 million facility under the Tamsa Fund, "
            "for the purchase of irrigation pumps by farmers"
        )
        self.assertEqual(spheres(text), ["water"])


class ContinentalAmericanTests(SimpleTestCase):
    TEXT = (
        "Ecuador's president in Athens\n\n"
        "Ivo Rask is the first Latin American head of state to visit Greece this year.\n\n"
        "Ecuadorian President Ivo Rask received a warm welcome in Athens on Monday, as Prime Minister Ola Tamm "
        "hailed the South American country as a friend of Greece. Rask thanked Greece and said Ecuador and "
        "Greece would work together in Latin America and Europe. Ecuador and Greece signed a memorandum on ports."
    )

    def test_a_latin_american_leader_is_not_of_the_united_states(self):
        self.assertEqual(sorted(countries(self.TEXT)), ["EC", "GR"])

    def test_an_american_minister_still_counts(self):
        text = (
            "American Secretary of State Ivo Rask held talks in Athens with Prime Minister Ola Tamm on Monday. "
            "Rask said the United States and Greece would sign a memorandum on ports, and Greece thanked America."
        )
        self.assertEqual(sorted(countries(text)), ["GR", "US"])


class OwnGovernmentProgrammeTests(SimpleTestCase):
    def test_one_governments_reform_programme_is_no_instrument(self):
        text = (
            'The minister said "the government has adopted an economic reform program that protects investors," '
            "after the two ministers signed a memorandum on ports."
        )
        self.assertEqual(spheres(text), ["transport"])

    def test_a_programme_adopted_by_the_two_governments_stays(self):
        text = "The two governments adopted a cultural exchange programme for 2026 to 2028."
        self.assertEqual(len(titles(text)), 1)


class ListAfterPurposeTests(SimpleTestCase):
    def test_a_list_after_a_purpose_told_as_a_participle(self):
        text = (
            "Norlandia and Estavia have signed four memoranda aimed at strengthening cooperation in areas of "
            "fisheries, gem cutting, e-governance and tourism."
        )
        self.assertEqual(spheres(text), ["agriculture", "mining", "digital", "tourism"])

    def test_a_purpose_without_a_list_names_no_fields(self):
        text = "Norlandia and Estavia have signed four memoranda aimed at strengthening cooperation."
        self.assertEqual(spheres(text), [])


class TopicsAfterAPackageTests(SimpleTestCase):
    def test_fields_of_cooperation_in_the_sentence_after(self):
        text = (
            "The talks ended on Monday.\n\nA package of documents was exchanged in the presence of the leaders. "
            "They concern cooperation in the fields of fisheries, sport, tourism, as well as consular matters."
        )
        self.assertEqual(spheres(text), ["agriculture", "sport", "tourism", "consular"])


class SphereWordsTests(SimpleTestCase):
    def test_a_bond_mechanism_is_finance(self):
        text = "The ministers signed a letter of intent on a sustainable bond mechanism with the Estavia Exchange."
        self.assertEqual(spheres(text), ["finance"])

    def test_money_laundering_is_finance(self):
        self.assertEqual(spheres("They signed a memorandum on information about money laundering."), ["finance"])

    def test_the_import_of_a_fuel_is_energy(self):
        text = "They signed a declaration on the production and import of green ammonia."
        self.assertEqual(spheres(text), ["energy"])

    def test_imports_alone_stay_trade(self):
        self.assertEqual(spheres("They signed an agreement on imports and exports."), ["trade"])

    def test_an_academys_name_names_no_field(self):
        text = (
            "They signed a memorandum of understanding between the Customs and Consular Academy of Norlandia "
            "and the Estavian Foreign Service Academy."
        )
        self.assertEqual(spheres(text), ["education"])

    def test_an_aid_programme_is_development(self):
        text = "They exchanged notes on the Social and Economic Development Programme of Estavia."
        self.assertEqual(spheres(text), ["development"])


class AllianceTests(SimpleTestCase):
    def test_an_alliance_signed_in_the_headline_and_named_again_below(self):
        text = (
            "Norlandia and Estavia sign solar alliance during visit\n\n"
            "In the solar alliance, the two countries pledge to share research. Besides the solar alliance, "
            "ministers signed agreements on tourism and ports."
        )
        self.assertEqual(spheres(text), ["energy", "tourism", "transport"])

    def test_a_military_alliance_not_signed_is_no_instrument(self):
        text = "The two countries are members of the same alliance, and they signed a memorandum on ports."
        self.assertEqual(spheres(text), ["transport"])


class GlossInParenthesesTests(SimpleTestCase):
    def test_a_protocol_in_parentheses_is_the_instrument_before_it(self):
        text = (
            "The following documents were signed:\n\n"
            "- Agreement between Norlandia and Estavia on the Avoidance of Double Taxation (Protocol amending the "
            "Convention of 1997)\n- Memorandum of Understanding on Sport"
        )
        self.assertEqual(spheres(text), ["finance", "sport"])


class CityNamedForAnotherCountryTests(SimpleTestCase):
    TEXT = (
        "PRESIDENT of Estonia Ivo Rask says the Caribbean and Europe must trade more. He spoke at a media conference "
        "with Prime Minister Ola Tamm in Port of Spain on Wednesday, on the second day of his state visit to T&T. "
        "Tamm said T&T and Estonia would sign an air services agreement."
    )

    def test_port_of_spain_is_no_mention_of_spain(self):
        self.assertEqual(sorted(countries(self.TEXT)), ["EE", "TT"])

    def test_spain_itself_still_counts(self):
        text = (
            "Estonian President Ivo Rask held talks in Madrid with Prime Minister Ola Tamm of Spain on Wednesday. "
            "Rask said Estonia and Spain would sign an air services agreement."
        )
        self.assertEqual(sorted(countries(text)), ["EE", "ES"])


class HeadsOfStateNoVerbTests(SimpleTestCase):
    def test_heads_of_state_does_not_make_a_past_day_future(self):
        text = (
            "Kolvi president woos investors\n\nPresident Ivo Rask held talks with Prime Minister Ola Tamm yesterday. "
            "On Monday, Rask was received at the palace, where he planted a tree, a custom for visiting heads of "
            "State."
        )
        got = dates(text, datetime.date(2024, 5, 8))
        self.assertIn(datetime.date(2024, 5, 6), got)
        self.assertNotIn(datetime.date(2024, 5, 13), got)


class MinutesTests(SimpleTestCase):
    def test_signed_minutes_of_a_joint_committees_meeting(self):
        text = "The two ministers signed the minutes of the third meeting of the committee and a memorandum on ports."
        self.assertEqual(spheres(text), ["political", "transport"])

    def test_minutes_only_read_are_no_instrument(self):
        text = (
            "The ministers reviewed the minutes of the last meeting of the committee and signed a memorandum on ports."
        )
        self.assertEqual(spheres(text), ["transport"])


class SignedWereOnTests(SimpleTestCase):
    def test_items_apart_by_semicolons_after_signed_were_on(self):
        text = (
            "The leaders met on Monday.\n\nThe memoranda signed were on cooperation in fisheries and aquaculture; "
            "exchange of weather data; cooperation in the gemstone sector as well as a programme of "
            "exchanges in sport."
        )
        self.assertEqual(spheres(text), ["agriculture", "digital", "mining", "sport"])

    def test_a_list_by_commas_in_the_lead_gives_way_to_the_items(self):
        text = (
            "Norlandia and Estavia signed three memoranda aimed at deepening cooperation in areas of fisheries, "
            "weather data and gems.\n\nThe memoranda signed were on cooperation in fisheries and aquaculture; "
            "exchange of weather data; cooperation in the gemstone sector."
        )
        self.assertEqual(len(titles(text)), 3)

    def test_a_sentence_on_documents_not_of_this_shape_is_left_alone(self):
        text = "The memoranda signed were praised by officials; they cover ports; the ministers left."
        self.assertEqual(spheres(text), [])


class SignedBeforeTheVisitTests(SimpleTestCase):
    def test_a_contract_signed_this_year_is_background(self):
        text = (
            "The presidents met on Tuesday and signed a memorandum on ports. Kolvi bought 90 tanks in 2022. A second "
            "contract for 40 tanks worth about $1.5 billion was signed earlier this year."
        )
        self.assertEqual(spheres(text), ["transport"])

    def test_a_contract_signed_on_the_day_stays(self):
        text = "The presidents met on Tuesday. A contract for 40 tanks worth about $1.5 billion was signed on Tuesday."
        self.assertEqual(spheres(text), ["defence"])


class ReadyButNotSignedTests(SimpleTestCase):
    def test_a_text_finalised_to_be_signed_later_is_not_signed(self):
        text = (
            "The leaders signed a memorandum on fisheries. The text of a customs agreement was finalised and is "
            "expected to be signed in the spring."
        )
        self.assertEqual(spheres(text), ["agriculture"])

    def test_a_text_finalised_and_signed_is_signed(self):
        text = "The leaders signed a memorandum on fisheries. A customs agreement was finalised and signed."
        self.assertEqual(spheres(text), ["agriculture", "customs"])


class ListAfterSignedParticipleTests(SimpleTestCase):
    def test_covering_after_were_signed(self):
        text = "The leaders met on Monday. Four memoranda were signed, covering fisheries, sport, culture and tourism."
        self.assertEqual(spheres(text), ["agriculture", "sport", "culture", "tourism"])

    def test_dealing_with_after_were_signed(self):
        text = "The leaders met on Monday. In all, three documents were signed, dealing with ports, sport and culture."
        self.assertEqual(spheres(text), ["transport", "sport", "culture"])

    def test_a_place_after_were_signed_is_no_list(self):
        text = "The leaders met on Monday. Four memoranda were signed, in Kolvi and Tamsa."
        self.assertEqual(spheres(text), [])

    def test_the_verb_of_a_result_is_no_part_of_the_title(self):
        text = "The leaders met on Monday. The visit produced memoranda on fisheries and sport."
        self.assertEqual(titles(text), ["Memorandum on fisheries", "Memorandum on sport"])


class ListItemShapesTests(SimpleTestCase):
    def test_numbered_items_keep_their_own_preposition(self):
        text = (
            "The leaders met on Monday.\n\nThe following memoranda were signed:\n\n"
            "1. on cooperation in the field of weather forecasting;\n2. on exchanges of young diplomats."
        )
        self.assertEqual(
            titles(text),
            [
                "Memorandum on cooperation in the field of weather forecasting",
                "Memorandum on exchanges of young diplomats",
            ],
        )

    def test_a_lead_in_with_the_participle_alone(self):
        text = (
            "The leaders met on Monday.\n\nMemoranda signed during the visit:\n\n"
            "- Cooperation in fisheries and aquaculture\n- Exchanges in sport"
        )
        self.assertEqual(spheres(text), ["agriculture", "sport"])

    def test_a_sentence_ending_with_signed_is_no_lead_in(self):
        text = "The leaders met on Monday and praised the memoranda signed.\n\n- Fisheries\n- Sport"
        self.assertEqual(spheres(text), [])

    def test_a_roman_marker_in_parentheses_is_no_word_of_the_title(self):
        text = (
            "The leaders met on Monday.\n\nThe following MoUs were exchanged:\n(i) MoU on fisheries\n(ii) MoU on sport"
        )
        self.assertEqual(titles(text), ["MoU on fisheries", "MoU on sport"])


class SignedInAnEarlierMonthTests(SimpleTestCase):
    def test_a_memorandum_signed_months_before_the_dateline_is_background(self):
        text = (
            "The presidents signed an agreement on fisheries on Tuesday. The ministries had signed a memorandum on "
            "ports in December."
        )
        result = suggest_package(text, dateline=datetime.date(2024, 4, 23))
        self.assertEqual([a.sphere for a in result.agreements], ["agriculture"])

    def test_the_month_before_may_be_the_visits_own(self):
        text = "The presidents signed a memorandum on ports in April, on the last day of the visit."
        result = suggest_package(text, dateline=datetime.date(2024, 5, 1))
        self.assertEqual([a.sphere for a in result.agreements], ["transport"])


class SupportInAListTests(SimpleTestCase):
    LEAD = "The leaders met on Monday.\n\nThe palace has released details of the agreements. They include:\n\n"

    def test_a_sum_of_support_is_a_financing_item(self):
        text = self.LEAD + "- A memorandum on ports\n- Up to €900m in Kolvi Export Finance support for solar projects"
        self.assertEqual(spheres(text), ["transport", "energy"])

    def test_a_sum_without_support_is_no_item(self):
        text = self.LEAD + "- A memorandum on ports\n- Trade of €900m in solar panels last year"
        self.assertEqual(spheres(text), ["transport"])

    def test_a_sister_city_memorandum_is_political(self):
        self.assertEqual(spheres("The mayors signed a memorandum on sister-city relations."), ["political"])


class CityNamedForAnotherCountryInTheDatelineTests(SimpleTestCase):
    def test_a_capitalised_dateline_port_of_spain_is_trinidad(self):
        text = (
            "PORT-OF-SPAIN, March 4 - Estonian President Ivo Rask held talks with Prime Minister Ola Tamm on "
            "Tuesday. Rask said Estonia and the Caribbean were close."
        )
        self.assertEqual(sorted(countries(text)), ["EE", "TT"])


class TranscriptHeadingDateTests(SimpleTestCase):
    def test_a_transcripts_heading_date_is_the_day_its_speakers_count_from(self):
        text = (
            "Transcript of the press conference, Kolvi, 4 March 2025\n\n"
            "PRIME MINISTER TAMM: Yesterday we signed a memorandum on ports. Today we talked about trade.\n\n"
            "PRESIDENT RASK: Thank you."
        )
        got = dates(text, datetime.date(2025, 3, 5))
        self.assertIn(datetime.date(2025, 3, 3), got)
        self.assertNotIn(datetime.date(2025, 3, 5), got)

    def test_a_date_far_from_the_dateline_is_no_heading_date(self):
        text = (
            "Transcript of the press conference, Kolvi, 4 January 2025\n\n"
            "PRIME MINISTER TAMM: Yesterday we signed a memorandum on ports.\n\nPRESIDENT RASK: Thank you."
        )
        self.assertIn(datetime.date(2025, 3, 4), dates(text, datetime.date(2025, 3, 5)))

    def test_last_night_in_a_presenters_turn(self):
        text = (
            "Kolvi and Tamsa sign ports deal\n\nBroadcast: Wednesday 5 March 2025, 0600 GMT\n\n"
            "PRESENTER: Good morning. Tamsan President Ivo Rask held talks in Kolvi last night with Prime Minister "
            "Ola Tamm.\n\nCORRESPONDENT: The talks ran late."
        )
        self.assertIn(datetime.date(2025, 3, 4), dates(text, datetime.date(2025, 3, 5)))


class TopicsAfterATakenUpCountTests(SimpleTestCase):
    """A count signed in the lead, taken up again further down ("The memoranda were signed on Monday ..."), gets
    its topics from the sentence after that, a list split by semicolons when its items hold "and" of their own."""

    LEAD = (
        "Valdoria and Ostrelia sign five memoranda during state visit\n\n"
        "Port Hallin – President Mira Tolvanen on Tuesday ended a two-day visit to Ostrelia, the two countries "
        "signing five memoranda of understanding.\n\n"
        "The president praised the warm welcome she had received.\n\n"
    )

    def test_semicolon_topics_after_the_count_is_taken_up(self):
        text = self.LEAD + (
            "The memoranda were signed on Monday at the State House after talks between the delegations.\n\n"
            "They cover cooperation in fisheries and aquaculture; mining and geology; sport; tourism and "
            "hospitality; and a visa waiver for holders of diplomatic passports."
        )
        got = suggest_package(text).agreements
        self.assertEqual(
            [a.title for a in got],
            [
                "Memorandum on cooperation in fisheries and aquaculture",
                "Memorandum on cooperation in mining and geology",
                "Memorandum on cooperation in sport",
                "Memorandum on cooperation in tourism and hospitality",
                "Memorandum on visa waiver for holders of diplomatic passports",
            ],
        )
        self.assertEqual([a.sphere for a in got], ["agriculture", "mining", "sport", "tourism", "consular"])

    def test_topics_without_the_count_taken_up_are_not_read(self):
        text = self.LEAD + (
            "The talks were held on Monday at the State House.\n\n"
            "They cover cooperation in fisheries and aquaculture; mining and geology; sport; tourism and "
            "hospitality; and a visa waiver for holders of diplomatic passports."
        )
        self.assertFalse([t for t in titles(text) if "fisheries" in t])


class PutOffParticipleTests(SimpleTestCase):
    """A participle of signing after "scheduled to be", "will be" tells an instrument still to come."""

    def test_documents_scheduled_to_be_exchanged_are_not_signed(self):
        text = (
            "Several memoranda of understanding are scheduled to be exchanged after the talks, including "
            "agreements on cooperation in forestry, saffron trade and river transport, an official said."
        )
        self.assertEqual(titles(text), [])

    def test_documents_that_will_be_inked_are_not_signed(self):
        self.assertEqual(titles("Three MoUs will be inked tomorrow, among them agreements on forestry and ports."), [])

    def test_the_first_to_be_exchanged_was_signed(self):
        text = "The first of the documents to be exchanged was an agreement on forestry, signed by the two ministers."
        self.assertEqual(spheres(text), ["environment"])


class FieldsAfterAsWellAsTests(SimpleTestCase):
    """Fields told after "as well as" at the end of a sentence whose subject is the documents stay on its list, and
    what the writer says of a field between commas is no field."""

    LEAD = "The two presidents signed nine agreements on Monday. "

    def test_fields_after_as_well_as_and_an_aside(self):
        text = self.LEAD + (
            "Other agreements dealt with seed certification, a sore point for growers, as well as port fees, "
            "border data-sharing and museum exchanges."
        )
        self.assertEqual(
            titles(text),
            [
                "Agreement on seed certification",
                "Agreement on port fees",
                "Agreement on border data-sharing",
                "Agreement on museum exchanges",
            ],
        )

    def test_a_pair_before_as_well_as_is_two_fields(self):
        text = self.LEAD + "Other agreements covered forestry and mining, as well as fisheries and tourism."
        self.assertEqual(spheres(text), ["environment", "mining", "agriculture", "tourism"])

    def test_a_clause_after_as_well_as_is_no_field(self):
        text = self.LEAD + "Other agreements covered forestry and mining, as well as discussing the border dispute."
        self.assertFalse([t for t in titles(text) if "border" in t])


class NoneSignedTests(SimpleTestCase):
    """ "Signed" as the adjective of what nobody got signs nothing."""

    def test_returned_without_a_single_signed_agreement(self):
        text = "Critics asked why the delegation returned from Velmar without a single signed loan agreement."
        self.assertEqual(titles(text), [])

    def test_the_signed_memorandum_beside_it_stays(self):
        text = "The talks ended without any signed trade deal, but the ministers signed a memorandum on forestry."
        self.assertEqual(titles(text), ["Memorandum on forestry"])


class InstrumentsAsSubjectTests(SimpleTestCase):
    """ "Instruments" as the subject of "covered", "dealt with" is the documents of a list of fields."""

    def test_other_instruments_covered_fields(self):
        text = (
            "Ostrelia and Valdoria yesterday signed nine agreements. "
            "Other instruments covered emergency management, youth affairs and sport."
        )
        self.assertEqual(spheres(text), ["civil_protection", "education", "sport"])

    def test_instruments_of_a_report_are_no_documents(self):
        self.assertEqual(titles("The instruments covered in the audit were outdated, the ministry said."), [])


class JointPermanentCommissionTests(SimpleTestCase):
    """A joint commission told with a word between ("Joint Permanent Commission") is the relations' body."""

    def test_a_joint_permanent_commission_is_political(self):
        text = (
            "The ministers signed an Agreement on the Establishment of a Joint Permanent Commission for Cooperation."
        )
        self.assertEqual(spheres(text), ["political"])

    def test_a_joint_commission_of_a_field_keeps_the_field(self):
        text = "The ministers signed an agreement setting up a joint standing commission on fisheries."
        self.assertEqual(spheres(text), ["agriculture"])


class CountedTopicsTests(SimpleTestCase):
    """A count signed in the lead, its topics told after the documents' place of signing between commas."""

    def test_where_they_were_signed_stands_between_subject_and_verb(self):
        text = (
            "Norvania and Estmark yesterday signed three agreements at the close of a visit by President Marn.\n\n"
            "The agreements, signed at the Old Palace in the presence of both presidents, cover fisheries, "
            "tourism and sport."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "sport"])

    def test_as_many_items_between_commas_as_were_counted_keep_their_pairs(self):
        text = (
            "Norvania and Estmark signed four agreements on Monday. They cover fisheries and aquaculture, "
            "higher education and research, tourism, and cooperation between the two countries' customs services."
        )
        self.assertEqual(
            titles(text),
            [
                "Agreement on fisheries and aquaculture",
                "Agreement on higher education and research",
                "Agreement on tourism",
                "Agreement on cooperation between the two countries' customs services",
            ],
        )

    def test_a_count_that_differs_from_the_commas_splits_the_pairs(self):
        text = "Norvania and Estmark signed three agreements on Monday. They cover fisheries and tourism, and sport."
        self.assertEqual(spheres(text), ["agriculture", "tourism", "sport"])

    def test_the_source_of_the_account_may_open_the_topics(self):
        text = (
            "Norvania and Estmark signed twelve agreements and MoUs at the Old Palace. According to the state news "
            "agency Norpress, they cover fisheries, tourism, sport, and a framework agreement on a coastal highway."
        )
        found = titles(text)
        self.assertEqual(found[:3], ["MoU on fisheries", "MoU on tourism", "MoU on sport"])
        self.assertFalse(any("on a framework" in t for t in found))

    def test_a_source_opening_a_sentence_without_the_documents_gives_no_topics(self):
        text = (
            "Norvania and Estmark signed twelve agreements at the Old Palace. According to the state news agency "
            "Norpress, the leaders discussed fisheries, tourism and sport."
        )
        self.assertEqual(titles(text), [])

    def test_namely_announces_the_topics_of_a_count(self):
        text = "Norvania and Estmark signed three MoUs, namely on fisheries, tourism and sport."
        self.assertEqual(titles(text), ["MoU on fisheries", "MoU on tourism", "MoU on sport"])

    def test_namely_after_a_signing_still_to_come_gives_nothing(self):
        text = "Norvania and Estmark will sign three MoUs next month, namely on fisheries, tourism and sport."
        self.assertEqual(titles(text), [])

    def test_a_share_of_the_documents_just_signed_lists_its_topics(self):
        text = (
            "Norvania and Estmark signed nine documents on Monday.\n\n"
            "Of the nine documents, four are government-to-government MoUs, namely on fisheries, tourism, sport "
            "and customs."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "sport", "customs"])

    def test_a_share_of_documents_still_under_negotiation_gives_nothing(self):
        text = (
            "Norvania and Estmark are still negotiating nine documents, officials said.\n\n"
            "Of the nine documents, four are government-to-government MoUs, namely on fisheries, tourism, sport "
            "and customs."
        )
        self.assertEqual(titles(text), [])

    def test_a_list_of_named_documents_is_not_cut_to_its_bare_topics(self):
        text = (
            "Norvania and Estmark signed twelve agreements on Monday. They cover a framework agreement on a coastal "
            "highway, a memorandum on fisheries, tourism, and sport."
        )
        self.assertNotIn("Agreement on tourism", titles(text))


class LeftOffTests(SimpleTestCase):
    """A deal left off the table, or signed only in the past, is not this visit's."""

    def test_a_deal_that_would_have_done_something_was_left_off_the_table(self):
        text = (
            "Norvania and Estmark signed a forestry agreement, but a long-awaited air services deal that would "
            "have opened direct flights between the two capitals was left off the table."
        )
        self.assertEqual(titles(text), ["Forestry agreement"])

    def test_a_deal_that_both_had_sought_and_was_signed_stays(self):
        text = "A visa deal that both sides had sought for years was signed on Monday."
        self.assertEqual(titles(text), ["Visa deal"])

    def test_memoranda_signed_in_the_past(self):
        text = (
            'Norvania and Estmark signed a forestry agreement. "We have signed many MoUs in the past that ended '
            'in drawers," said Dr Paul Ferro, a lecturer.'
        )
        self.assertEqual(titles(text), ["Forestry agreement"])


class WrapUpButTests(SimpleTestCase):
    """A wrap-up that tells what was signed, then with "but" what was not."""

    def test_but_ends_the_list_of_topics(self):
        text = (
            "The two countries signed agreements on fisheries, vocational training and disaster response, but a "
            "proposed customs deal was not finalised."
        )
        self.assertEqual(spheres(text), ["agriculture", "education", "civil_protection"])

    def test_a_deal_the_visit_fell_short_of(self):
        text = "The visit produced a fisheries agreement but fell short of the long-sought trade deal."
        self.assertEqual(titles(text), ["Fisheries agreement"])

    def test_what_stopped_short_leaves_the_signed_one_after_it(self):
        text = "The talks stopped short of a defence pact, though the ministers signed a memorandum on tourism."
        self.assertEqual(titles(text), ["Memorandum on tourism"])

    def test_counted_items_may_be_long(self):
        text = (
            "The leaders witnessed the signing of three memorandums of understanding. They cover cooperation "
            "between the two countries' coast guards on illegal fishing and smuggling, 200 scholarships for "
            "Norvanian students at Estmark universities over four years, and cultural exchanges."
        )
        self.assertEqual(spheres(text), ["security", "education", "culture"])


class PartiesFieldTests(SimpleTestCase):
    """A document whose purpose names no field takes the field of the bodies that signed it."""

    def test_trade_agencies_sign_a_letter_of_intent_with_a_purpose(self):
        text = (
            "During the visit, the Norvania Export Promotion Board and the Estmark Investment and Trade Agency signed "
            "a letter of intent to establish a joint business exchange scheme."
        )
        self.assertEqual(spheres(text), ["trade"])

    def test_a_purpose_with_a_field_keeps_it(self):
        text = (
            "During the visit, the Norvania Export Promotion Board and the Estmark Investment and Trade Agency signed "
            "a letter of intent to train nurses for district hospitals."
        )
        self.assertEqual(spheres(text), ["health"])

    def test_a_work_plan_with_an_aid_agency(self):
        text = (
            "The two governments signed a work plan between the Norvanian Agency for International Cooperation and "
            "the Ministry of Foreign Affairs of Estmark."
        )
        self.assertEqual(spheres(text), ["development"])

    def test_an_aid_agency_leaves_a_named_field_alone(self):
        text = (
            "The two governments signed a memorandum between the Norvanian Agency for International Cooperation and "
            "the Estmark health ministry on malaria control."
        )
        self.assertEqual(spheres(text), ["health"])

    def test_a_strategic_cooperation_programme_between_the_countries(self):
        text = (
            "The prime ministers signed the Strategic Cooperation Programme between Norvania and Estmark for the "
            "period 2026-2030."
        )
        self.assertEqual(spheres(text), ["political"])


class InfrastructureServedTests(SimpleTestCase):
    """Infrastructure named with the field it serves is of that field."""

    def test_financial_messaging_infrastructure_is_finance(self):
        text = (
            "The ministers signed an agreement between the central banks on the development of the financial "
            "messaging infrastructure."
        )
        self.assertEqual(spheres(text), ["finance"])

    def test_infrastructure_of_no_field_stays_infrastructure(self):
        self.assertEqual(spheres("The ministers signed a memorandum on public infrastructure."), ["infrastructure"])


class ImmigrationTests(SimpleTestCase):
    """Immigration is migration, unless another field is named first."""

    def test_a_memorandum_on_immigration(self):
        self.assertEqual(spheres("The ministers signed a memorandum on immigration."), ["migration"])

    def test_a_health_programme_for_immigrants_stays_health(self):
        self.assertEqual(spheres("The ministers signed a memorandum on the health of immigrants."), ["health"])


class ProseBesideListTests(SimpleTestCase):
    """A document told in prose is the listed one only when they share words beyond the two states' names."""

    def test_a_joint_declaration_beside_a_list_between_the_same_states(self):
        text = (
            "Following the talks, the Presidents signed the Joint Declaration on Establishing Strategic Partnership "
            "between Peru and the Republic of Ghana.\n\n"
            "In the presence of the Heads of State, the following documents were exchanged:\n\n"
            "- Programme of cooperation between the Ministry of Foreign Affairs of Peru and the Ministry of "
            "Foreign Affairs of the Republic of Ghana for 2026-2028;\n"
            "- Memorandum of understanding on cooperation in the field of tourism.\n"
        )
        self.assertEqual(spheres(text), ["political", "political", "tourism"])

    def test_the_same_declaration_told_in_prose_and_listed_is_one(self):
        text = (
            "Following the talks, the Presidents signed a joint declaration on strategic partnership.\n\n"
            "In the presence of the Heads of State, the following documents were exchanged:\n\n"
            "- Joint Declaration on Strategic Partnership between Peru and the Republic of Ghana;\n"
            "- Memorandum of understanding on cooperation in the field of tourism.\n"
        )
        self.assertEqual(spheres(text), ["political", "tourism"])


class NthDayOfNamedVisitTests(SimpleTestCase):
    """ "On the second day of Marn's four-day state visit": the guest's name stands for the article."""

    def dates(self, text: str, dateline: datetime.date) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text, dateline=dateline).dates)

    def test_the_guests_name_before_the_visit(self):
        text = (
            "The two leaders held talks at the presidential office on Wednesday, on the second day of Marn's "
            "four-day state visit to Estmark."
        )
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-14", "2026-04-15", "2026-04-17"])

    def test_a_day_of_a_named_festival_is_no_visit(self):
        text = "The two leaders held talks on Wednesday, the second day of Estmark's Harvest Festival."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-15"])


class NthDayOfDescribedGuestTests(SimpleTestCase):
    """ "On the second day of the prime minister's two-day visit": a guest told by office stands for the article."""

    def dates(self, text: str, dateline: datetime.date) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text, dateline=dateline).dates)

    def test_the_guests_office_before_the_visit(self):
        text = (
            "The deal was reached at a meeting in the palace, on the second day of the visiting prime minister's "
            "two-day official visit to Estmark."
        )
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-14", "2026-04-15"])

    def test_a_day_of_a_described_fair_is_no_visit(self):
        text = "The leaders met on Wednesday, the second day of the town's two-week book fair."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-15"])


class VisitLastsTests(SimpleTestCase):
    """ "The visit ... continues for two days": the length told after the visit, counted from its first day."""

    def dates(self, text: str, dateline: datetime.date) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text, dateline=dateline).dates)

    def test_continues_for_two_days_from_the_dateline(self):
        text = (
            "Port Amel, April 15 -- The president held talks with his Estmark guest today.\n\n"
            "The visit of the Estmark president to Ostria continues for two days."
        )
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-15", "2026-04-16"])

    def test_a_day_of_its_own_in_the_sentence_decides(self):
        text = "The visit, which began on Monday, will last three days, officials said."
        self.assertNotIn("2026-04-15", self.dates(text, datetime.date(2026, 4, 14)))
        self.assertNotIn("2026-04-16", self.dates(text, datetime.date(2026, 4, 14)))

    def test_a_fair_that_runs_for_days_is_no_visit(self):
        text = "The president opened the trade fair in Vessa today. The fair runs for three days."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-15"])


class TopicsOfTheCountedMoUsTests(SimpleTestCase):
    """ "The MoUs are in the areas of A, B and C", "The MoUs signed touch on A and B": the documents just counted."""

    def test_are_in_the_areas_of(self):
        text = "The leaders witnessed the signing of three MoUs. The MoUs are in the areas of trade, health and sport."
        self.assertEqual(spheres(text), ["trade", "health", "sport"])

    def test_signed_touch_on(self):
        text = "The two sides signed three MoUs. The MoUs signed touch on trade, health, and aviation."
        self.assertEqual(spheres(text), ["trade", "health", "aviation"])

    def test_the_languages_they_are_in_are_no_topics(self):
        self.assertEqual(titles("The two sides signed three MoUs. The MoUs are in Arabic and English."), [])


class GeneralCooperationAgreementTests(SimpleTestCase):
    """A general agreement on cooperation that names no field covers the relations as a whole: political."""

    def test_general_cooperation_agreement(self):
        text = "The two heads of state witnessed the signing of a General Cooperation Agreement."
        self.assertEqual(spheres(text), ["political"])

    def test_a_field_named_in_it_decides(self):
        text = "They signed a general agreement on economic and trade cooperation."
        self.assertEqual(spheres(text), ["trade"])
        # ("economic and technical cooperation" is the standing name of a donor's aid agreements)
        text = "They signed a general agreement on economic and technical cooperation."
        self.assertEqual(spheres(text), ["development"])


class NamedInstrumentListedAsSignedTests(SimpleTestCase):
    """ "Agreements signed during the visit include the Tamsa Accord": named, but listed as signed."""

    def test_named_after_include(self):
        text = (
            "Agreements signed during the visit include the General Agreement on Cooperation and an MoU on "
            "trade promotion."
        )
        self.assertEqual(titles(text), ["General Agreement on Cooperation", "MoU on trade promotion"])

    def test_named_in_passing_stays_out(self):
        self.assertEqual(titles("The leaders recalled the Tamsa Agreement on Trade."), [])


class CountOfOtherDocumentsAfterAndTests(SimpleTestCase):
    """ "a framework agreement and two MoUs, on A and on B respectively": the count after "and" is other documents."""

    def test_framework_agreement_and_two_mous(self):
        text = (
            "The two leaders witnessed the signing of a Framework Agreement for Cooperation and two MoUs, on "
            "agriculture and on health respectively."
        )
        self.assertEqual(titles(text), ["Framework Agreement for Cooperation", "MoU on agriculture", "MoU on health"])
        self.assertEqual(spheres(text), ["political", "agriculture", "health"])

    def test_a_count_of_things_that_are_no_documents_stays(self):
        text = "They signed an agreement on trade and three new ports."
        self.assertEqual(titles(text), ["Agreement on trade and three new ports"])


class MinutesSignedBeforeTheLeadersTests(SimpleTestCase):
    """ "witnessed the signing of the minutes of the first meeting of the X Coordination Council": political."""

    def test_the_signing_of_the_minutes(self):
        text = (
            "The two leaders witnessed the signing of the minutes of the first meeting of the Tamsa-Ostria "
            "Coordination Council."
        )
        self.assertEqual(spheres(text), ["political"])

    def test_a_framework_discussed_is_no_instrument(self):
        text = "The leaders discussed the framework of the partnership and an exchange of views."
        self.assertEqual(titles(text), [])


class SignerAfterTheTitleTests(SimpleTestCase):
    """ "represented in the signing of the memorandum on X by the Minister of Y": the signer is not in the title."""

    def test_the_minister_after_by(self):
        text = (
            "In the presence of the two leaders, several memoranda were signed. The Tamsan side was represented in "
            "the signing of the memorandum of understanding in the field of energy by the Minister of Energy."
        )
        self.assertEqual(titles(text), ["Memorandum of understanding in the field of energy"])

    def test_a_ministry_after_by_stays(self):
        text = "They signed a memorandum on the training of diplomats by the Ministry of Foreign Affairs."
        self.assertEqual(titles(text), ["Memorandum on the training of diplomats by the Ministry of Foreign Affairs"])


class RelativeWordNoModifierTests(SimpleTestCase):
    """ "a trader whose letter of intent was signed": the relative word is no word of the title."""

    def test_whose_is_not_in_the_title(self):
        text = "Le Van, a rice trader whose letter of intent on rice exports was signed today, was pleased."
        self.assertEqual(titles(text), ["Letter of intent on rice exports"])


class ColonBeforeTheListTests(SimpleTestCase):
    """ "MoUs on: youth, tourism and trade": a colon before the list on the same line."""

    def test_colon_after_the_preposition(self):
        text = "The two countries signed MoUs on: youth, tourism and trade."
        self.assertEqual(titles(text), ["MoU on youth", "MoU on tourism", "MoU on trade"])

    def test_a_colon_that_ends_the_sentence_leads_in_the_lines_below(self):
        text = "The two countries signed MoUs on:\n\n1. Tourism\n2. Trade"
        self.assertEqual(spheres(text), ["tourism", "trade"])


class SlashDateTests(SimpleTestCase):
    """Dates in figures with slashes: day first, month first when only that reads, else the reading nearer."""

    def dates(self, text: str) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text, dateline=datetime.date(2026, 4, 15)).dates)

    def test_day_first_and_month_first(self):
        self.assertEqual(self.dates("The president arrived on 13/04/2026 for talks."), ["2026-04-13"])
        self.assertEqual(self.dates("The president arrived on 4/13/2026 for talks."), ["2026-04-13"])
        self.assertEqual(self.dates("The president arrived on 05/04/2026 for talks."), ["2026-04-05"])

    def test_no_year_or_a_path_is_no_date(self):
        text = "The president arrived today. The hotline runs 24/7 and the report is at 2026/04/13/visit."
        self.assertEqual(self.dates(text), ["2026-04-15"])


class SigningStillToComeTests(SimpleTestCase):
    """ "would soon sign", "will also sign": still to come, though a word stands between the auxiliary and the verb;
    and "signed X and will sign Y" leaves X signed."""

    def test_a_word_between_the_auxiliary_and_sign(self):
        for text in (
            "The president said the two countries would soon sign a treaty on extradition.",
            "The two ministers will also sign a memorandum on tourism next month.",
        ):
            with self.subTest(text=text):
                self.assertEqual(titles(text), [])

    def test_signed_one_and_will_sign_another(self):
        for text in (
            "The ministers signed a memorandum on health and would later sign a treaty on ports.",
            "The ministers signed a memorandum on health and will sign a treaty on ports next year.",
        ):
            with self.subTest(text=text):
                self.assertEqual(titles(text), ["Memorandum on health"])

    def test_the_instruments_own_predicate_still_decides(self):
        self.assertEqual(
            titles("They signed a memorandum on health, and a treaty on ports could follow."), ["Memorandum on health"]
        )


class BareLinesSetOffBySemicolonsTests(SimpleTestCase):
    """Items without markers, one a line, set off by semicolons under a lead-in that names the kind."""

    def test_lines_ending_with_semicolons(self):
        text = (
            "The two sides signed several memoranda of understanding covering:\n"
            "cooperation in the field of youth;\n"
            "cooperation in the field of tourism; and\n"
            "cooperation between the two chambers of commerce."
        )
        self.assertEqual(
            titles(text),
            [
                "Memorandum of understanding on cooperation in the field of youth",
                "Memorandum of understanding on cooperation in the field of tourism",
                "Memorandum of understanding on cooperation between the two chambers of commerce",
            ],
        )

    def test_lines_that_tell_a_story_are_no_items(self):
        text = (
            "The two sides signed several memoranda covering:\n"
            "cooperation in the field of youth;\n"
            "the ministers then held a press conference; and\n"
            "they left for the airport."
        )
        self.assertEqual(titles(text), ["Memorandum on cooperation in the field of youth"])

    def test_a_full_stop_after_the_list_ends_it(self):
        text = "The two sides signed several memoranda covering:\nyouth;\ntourism.\nThe ministers then met the press."
        self.assertEqual(titles(text), ["Memorandum on youth", "Memorandum on tourism"])


class DocumentsCoverLeadTests(SimpleTestCase):
    """ "The memoranda signed cover:": the documents as the subject of the verb that leads in their topics."""

    def test_signed_cover_then_numbered_topics(self):
        text = (
            "The memoranda of understanding signed cover:\n\n1. Cooperation in the field of agriculture\n\n"
            "2. Cooperation in trade and investment"
        )
        self.assertEqual(spheres(text), ["agriculture", "trade"])

    def test_memoranda_only_discussed_cover_nothing_signed(self):
        text = (
            "The two presidents discussed the memoranda, which cover:\n\n1. Cooperation in the field of "
            "agriculture\n\n2. Cooperation in trade"
        )
        self.assertEqual(spheres(text), [])


class ItemsNamingTheirKindsTests(SimpleTestCase):
    """ "The documents included a memorandum on X, ...": each item is a document by its own kind, not 'Document on'."""

    def test_items_after_included_name_their_kinds(self):
        text = (
            "The two leaders witnessed the signing of agreements in energy, health and education.\n\n"
            "The documents included a memorandum of understanding on cooperation in solar energy, a memorandum on "
            "public health and an agreement on cooperation in higher education."
        )
        self.assertEqual(
            titles(text),
            [
                "Memorandum of understanding on cooperation in solar energy",
                "Memorandum on public health",
                "Agreement on cooperation in higher education",
            ],
        )

    def test_fields_after_included_stay_topics(self):
        text = "The two sides signed documents including energy, health and education."
        self.assertEqual(spheres(text), ["energy", "health", "education"])


class FaithAndLettersTests(SimpleTestCase):
    """Religious affairs and libraries are culture's field; a state's name that calls it Islamic names no field."""

    def test_religious_affairs_and_libraries(self):
        text = (
            "They signed a memorandum on cooperation in the field of Islamic affairs and endowments, and a "
            "memorandum between the Tamsa National Library and the Ostrian National Library."
        )
        self.assertEqual(spheres(text), ["culture", "culture"])

    def test_an_islamic_republic_is_no_field(self):
        text = "They signed an agreement between the Government of Tamsa and the Government of the Islamic Republic."
        self.assertEqual(spheres(text), ["other"])


class FieldSeriesOfOneDocumentTests(SimpleTestCase):
    """A single document's title keeps all its fields: "an agreement on trade, economic and technical cooperation"."""

    def test_the_series_stays_in_the_title(self):
        text = "They signed an agreement on trade, economic and technical cooperation and a treaty on extradition."
        self.assertEqual(
            titles(text), ["Agreement on trade, economic and technical cooperation", "Treaty on extradition"]
        )
        text = (
            "They signed a memorandum on cooperation in the fields of science, technology and innovation, and a "
            "protocol on ports."
        )
        self.assertEqual(
            titles(text),
            ["Memorandum on cooperation in the fields of science, technology and innovation", "Protocol on ports"],
        )

    def test_clauses_after_the_comma_are_no_fields(self):
        text = "They signed an agreement on tourism, visited a museum and held talks."
        self.assertEqual(titles(text), ["Agreement on tourism"])
        text = "They signed an agreement on tourism, a memorandum on health and a treaty on ports."
        self.assertEqual(titles(text), ["Agreement on tourism", "Memorandum on health", "Treaty on ports"])


class ShortItemLinesTests(SimpleTestCase):
    """Short items on lines of their own under a lead-in, without markers, are items, not headings."""

    LEAD = "Following the talks, the two sides signed the following:\n\n"

    def test_short_lines_that_name_instruments(self):
        text = self.LEAD + (
            "Memorandum of understanding on cooperation in tourism\n\n"
            "Agreement on the mutual protection of investments\n\n"
            "Programme of cooperation in culture"
        )
        self.assertEqual(spheres(text), ["tourism", "investment", "culture"])

    def test_a_heading_ends_the_list(self):
        text = self.LEAD + (
            "Memorandum of understanding on tourism\n\n"
            "Agreement on the protection of investments\n\n"
            "Outlook for future treaties\n\n"
            "A treaty on extradition could follow next year, officials said."
        )
        self.assertEqual(spheres(text), ["tourism", "investment"])


class SemicolonListAfterKindTests(SimpleTestCase):
    """ "memoranda covering A; B and C; and D": items between semicolons, each keeping its own "and"."""

    def test_items_between_semicolons(self):
        text = (
            "The two sides signed four memoranda covering cooperation in health; higher education and research; "
            "youth and sports; and the training of diplomats, the ministry said."
        )
        self.assertEqual(spheres(text), ["health", "education", "sport", "education"])
        self.assertEqual(titles(text)[1], "Memorandum on higher education and research")

    def test_a_clause_after_the_semicolon_is_no_item(self):
        self.assertEqual(
            titles("The ministers signed agreements on energy; a plan to build a port was discussed."),
            ["Agreement on energy"],
        )


class StalledInItsOwnClauseTests(SimpleTestCase):
    """ "the joint declaration on X, which has been stalled since 2021": not signed, unless a verb before signed it."""

    def test_a_stalled_declaration_is_not_signed(self):
        text = (
            "The leaders signed a memorandum on farming. He did not give a timeline for the joint declaration on "
            "the border, which has been stalled since 2021 amid objections."
        )
        self.assertEqual(titles(text), ["Memorandum on farming"])

    def test_signed_after_being_delayed(self):
        text = "The ministers signed the treaty on ports, which had been delayed twice, and a memorandum on farming."
        self.assertEqual(spheres(text), ["transport", "agriculture"])


class TwoPredicatesTests(SimpleTestCase):
    """A day's tense is its own predicate's when "and" joins a past one and one to come."""

    def dates(self, text: str, dateline: datetime.date) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text, dateline=dateline).dates)

    def test_arrived_on_monday_and_is_scheduled_on_wednesday(self):
        text = (
            "The Estmark leader arrived in Port Amel on Monday evening and is scheduled to tour a seed plant in "
            "Vessa on Wednesday before leaving for Norvania."
        )
        # dateline Tuesday
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 14)), ["2026-04-13", "2026-04-15"])

    def test_one_predicate_to_come_keeps_both_days_ahead(self):
        text = "The Estmark leader will arrive on Monday and tour a seed plant on Wednesday."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 11)), ["2026-04-13", "2026-04-15"])


class UncountedPackageTests(SimpleTestCase):
    """A package of documents told by a long list of fields, with no count, is the documents themselves."""

    def test_a_named_document_elsewhere_leaves_the_package_whole(self):
        text = (
            "The presidents signed a joint statement on a comprehensive partnership between Norvania and Estmark.\n\n"
            "They also adopted a roadmap for trade cooperation.\n\n"
            "In the presence of the heads of state, a package of interdepartmental documents was exchanged. They "
            "concern cooperation in the fields of trade, agriculture, health, education, tourism, culture, as well "
            "as interaction between the foreign ministries."
        )
        self.assertEqual(
            sorted(spheres(text)),
            sorted(
                [
                    "political",
                    "trade",
                    "trade",
                    "agriculture",
                    "health",
                    "education",
                    "tourism",
                    "culture",
                    "political",
                ]
            ),
        )

    def test_a_counted_summing_up_still_yields_to_the_named_ones(self):
        text = (
            "Norvania and Estmark today exchanged five memoranda covering fisheries, higher education, tourism, "
            "sport and customs.\n\n"
            "Among them was one between the fisheries ministries on aquaculture, and another between the "
            "universities on student exchanges."
        )
        self.assertEqual(len(titles(text)), 5)


class DaysCountedFromAnotherTests(SimpleTestCase):
    """A day told by its distance from another: "a day later", "the day after his arrival"."""

    def dates(self, text: str, dateline: datetime.date) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text, dateline=dateline).dates)

    def test_a_day_later(self):
        text = "On Tuesday, the president laid a wreath at the memorial. The talks were held a day later."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-14", "2026-04-15"])

    def test_the_day_after_his_arrival(self):
        text = "The president arrived in Port Amel on Monday. The day after his arrival, he met the prime minister."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-13", "2026-04-14"])

    def test_the_next_day_of_a_programme_to_come(self):
        text = "The president will arrive on Monday and hold talks with his host the next day."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-20", "2026-04-21"])

    def test_a_day_after_the_guest_arrived(self):
        text = "The leaders met on Tuesday, a day after the president arrived in Port Amel."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-13", "2026-04-14"])

    def test_the_day_after_tomorrow(self):
        text = "The two presidents will meet again the day after tomorrow."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-17"])

    def test_a_day_later_with_no_day_before_adds_nothing(self):
        text = "The ministers arrived in Port Amel. A day later, they met the president on Tuesday."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-14"])


class ListedByOrdinalsTests(SimpleTestCase):
    """A count taken up by ordinals, the later ones without their verb, and a listing verb before the kind word."""

    def test_the_second_and_the_third_without_a_verb(self):
        text = (
            "The two governments signed three agreements. The first covers fisheries, the second tourism and the "
            "third customs cooperation."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "customs"])

    def test_a_second_phase_is_no_second_document(self):
        text = "The two governments signed two agreements. The first concerns the second phase of the port project."
        self.assertEqual(titles(text), ["Agreement on the second phase of the port project"])

    def test_an_ordinal_naming_its_own_kind_and_its_signers(self):
        text = (
            "The two presidents witnessed the exchange of several agreements and memoranda. The first agreement, "
            "on air services, was exchanged by Dr. Pel Varn and Prof. Ida Kesto. The first MoU, on cooperation in "
            "the field of forestry, was exchanged by Eng. Tor Malvik, Minister of Forests. The second MoU, on "
            "cooperation between the Tamsa Chamber of Commerce and the Ostrian Business Council, was signed by "
            "their chairmen."
        )
        self.assertEqual(
            titles(text),
            [
                "Agreement on air services",
                "MoU on cooperation in the field of forestry",
                "MoU on cooperation between the Tamsa Chamber of Commerce and the Ostrian Business Council",
            ],
        )
        self.assertEqual(spheres(text), ["aviation", "environment", "trade"])

    def test_a_sentence_naming_a_document_ends_the_ordinals(self):
        text = (
            "The ministers signed two agreements. The first, on tourism, was signed by the two ministers. A treaty "
            "on extradition is still being negotiated. The second MoU, on fisheries, was praised by the press."
        )
        self.assertEqual(titles(text), ["Agreement on tourism"])

    def test_include_is_no_word_of_the_title(self):
        text = "The agreements signed on Tuesday include memoranda on energy and health and a treaty on extradition."
        self.assertEqual(titles(text), ["Memorandum on energy", "Memorandum on health", "Treaty on extradition"])


class NoTextSignedOnTests(SimpleTestCase):
    """ "No text was signed on the X deal": nothing signed for it, the documents told beside it stay."""

    def test_no_text_signed_on_the_deal(self):
        text = (
            "No text was signed on the trade deal itself. The two sides exchanged two memoranda, on geology and "
            "on customs matters."
        )
        self.assertEqual(spheres(text), ["mining", "customs"])

    def test_a_document_signed_on_a_day_stays(self):
        text = "A memorandum on geology was signed on the first day of the visit."
        self.assertEqual(spheres(text), ["mining"])


class BareNthDayTests(SimpleTestCase):
    """ "On the second day", "on day two": a day of the visit counted from its first, the visit left out."""

    def dates(self, text: str, dateline: datetime.date) -> list[str]:
        return sorted(d.date.isoformat() for d in suggest_package(text, dateline=dateline).dates)

    def test_on_the_second_day(self):
        text = (
            "On the first day of the visit, on Monday, the president met the speaker. On the second day he held "
            "talks with his host."
        )
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-13", "2026-04-14"])

    def test_on_day_two(self):
        text = "The visit began on Monday. On day two, the leaders signed five agreements."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-13", "2026-04-14"])

    def test_the_second_day_running_is_no_day_of_the_visit(self):
        text = "The president arrived on Monday. For the second day running, protesters gathered outside."
        self.assertEqual(self.dates(text, datetime.date(2026, 4, 15)), ["2026-04-13"])


class BodyFieldTests(SimpleTestCase):
    """Fields the shared words miss, told by the bodies or the work a title names."""

    def test_a_memorandum_between_the_parliaments_is_political(self):
        self.assertEqual(
            spheres("The speakers signed a memorandum on cooperation between the two parliaments."), ["political"]
        )

    def test_anti_corruption_agencies_are_justice(self):
        text = "The ministers signed a memorandum on cooperation between the anti-corruption agencies."
        self.assertEqual(spheres(text), ["justice"])

    def test_meteorology_is_environment(self):
        self.assertEqual(spheres("The ministers signed a memorandum on meteorology."), ["environment"])

    def test_a_field_named_beside_the_parliaments_keeps_it(self):
        text = "The speakers signed a memorandum on health cooperation between the two parliaments."
        self.assertEqual(spheres(text), ["health"])


class CountExamplesRetoldTests(SimpleTestCase):
    """A count's examples ("four instruments, including ...") named again in full below are the same documents."""

    def test_examples_of_the_lead_retold_in_the_list(self):
        text = (
            "Norvania and Estmark today signed three instruments, including a memorandum on fish trade and an "
            "agreement on agricultural cooperation, as the two countries vowed to double trade.\n\n"
            "The instruments are: a memorandum on fish trade for the 2026-2030 period, an agreement on cooperation "
            "in agriculture and rural development, and a cultural exchange programme for 2026-2028."
        )
        self.assertEqual(len(titles(text)), 3)

    def test_examples_not_retold_stay(self):
        text = (
            "Norvania and Estmark today signed three instruments, including a memorandum on fish trade.\n\n"
            "The ministers also adopted a roadmap on tourism."
        )
        self.assertEqual(len(titles(text)), 2)


class AreasSuchAsTests(SimpleTestCase):
    """ "Memoranda in areas such as A and B": each a memorandum on its field, the phrase no part of its title."""

    def test_areas_such_as_leaves_the_titles(self):
        text = "The ministers signed memoranda of understanding in areas such as fisheries, health and tourism."
        self.assertEqual(
            titles(text),
            [
                "Memorandum of understanding on fisheries",
                "Memorandum of understanding on health",
                "Memorandum of understanding on tourism",
            ],
        )


class PlanOfPoliticalConsultationsTests(SimpleTestCase):
    """A plan of political consultations is an instrument, the second of a pair signed."""

    def test_the_second_of_a_pair(self):
        text = (
            "After talks, the two ministers signed a memorandum on fisheries and a plan of political consultations "
            "between the two foreign ministries for the next three years."
        )
        self.assertEqual(spheres(text), ["agriculture", "political"])

    def test_consultations_planned_are_no_document(self):
        text = "The ministers plan to hold regular political consultations next year."
        self.assertEqual(titles(text), [])


class MeantSigningTests(SimpleTestCase):
    """A signing someone agrees to study, hasten or work for is still to come."""

    def test_agreed_to_study_the_signing(self):
        text = (
            "The two presidents agreed to open new markets and to study the signing of an agreement on the "
            "avoidance of double taxation."
        )
        self.assertEqual([a.status for a in suggest_package(text).agreements if a.status == "signed"], [])

    def test_witnessing_the_signing_stays_signed(self):
        text = "The two presidents met to witness the signing of an agreement on the avoidance of double taxation."
        self.assertEqual([a.status for a in suggest_package(text).agreements], ["signed"])


class ShouldBeConcludedTests(SimpleTestCase):
    """An instrument that 'should finally be concluded' is wished for, not signed."""

    def test_should_finally_be_concluded(self):
        text = "We also agree that the trade agreement with the Varesian states should finally be concluded."
        self.assertEqual([a.status for a in suggest_package(text).agreements if a.status == "signed"], [])

    def test_was_finally_concluded_stays_signed(self):
        text = "The trade agreement with the Varesian states was finally concluded on Monday."
        self.assertEqual([a.status for a in suggest_package(text).agreements], ["signed"])


class BanksOfCareTests(SimpleTestCase):
    """A bank of milk or blood in a project's name is health care; the creative economy is culture."""

    def test_milk_bank_project(self):
        text = (
            "The ministers signed an Agreement on Technical Cooperation for the Project "
            '"Expansion of the Donor Milk Bank Network in Tolvania".'
        )
        self.assertEqual(spheres(text), ["health"])

    def test_a_development_bank_stays_finance(self):
        text = "The ministers signed a loan agreement with the Tolvanian Development Bank."
        self.assertEqual(spheres(text), ["finance"])

    def test_creative_economy(self):
        text = "The ministers signed an MoU on Cooperation in the Field of Creative Economy."
        self.assertEqual(spheres(text), ["culture"])


class NumberedItemTests(SimpleTestCase):
    """A numbered item's first word keeps its place in the title, as a bulleted item's does."""

    def test_numbered_item_keeps_its_first_word(self):
        text = (
            "The two governments signed two documents at the palace. The list, according to the official source:\n"
            "1) Memorandum of Understanding on cooperation in the field of fisheries.\n"
            "2) Cultural exchange program 2027-2030.\n"
        )
        self.assertEqual(spheres(text), ["agriculture", "culture"])
        self.assertTrue(titles(text)[1].startswith("Cultural exchange program"))

    def test_a_name_inside_a_sentence_still_ends_the_modifiers(self):
        text = "The two ministers signed a Tolvanian exchange program for students."
        self.assertFalse(any(t.startswith("Tolvanian") for t in titles(text)))


class CleanFuelTests(SimpleTestCase):
    """A fuel or power told as low-carbon or clean is energy's field, not the environment's."""

    def test_low_carbon_hydrogen(self):
        text = "The ministers signed a memorandum of understanding on cooperation in low-carbon hydrogen."
        self.assertEqual(spheres(text), ["energy"])

    def test_low_carbon_development_stays_environment(self):
        text = "The ministers signed a memorandum of understanding on low-carbon urban development."
        self.assertEqual(spheres(text), ["environment"])


class VisitOwnClauseDayTests(SimpleTestCase):
    """A visit's own clause ('which ends tomorrow') dates it, whatever other days the sentence names."""

    def test_visit_which_ends_tomorrow(self):
        text = (
            "The minister said the plan was discussed at his meeting with his Tolvanian counterpart here yesterday, "
            "during his four-day working visit to Tolvania which ends tomorrow."
        )
        self.assertIn(datetime.date(2026, 3, 7), dates(text, datetime.date(2026, 3, 9)))

    def test_no_clause_of_its_own_dates_nothing_more(self):
        text = (
            "The minister said the plan was discussed at his meeting with his Tolvanian counterpart here yesterday, "
            "during his four-day working visit to Tolvania, and he will fly home tomorrow."
        )
        self.assertNotIn(datetime.date(2026, 3, 7), dates(text, datetime.date(2026, 3, 9)))


class AmendedEarlierInstrumentTests(SimpleTestCase):
    """A year of signing that dates the instrument an item amends leaves that item and the next ones this visit's."""

    def _spheres(self, text: str) -> list[str]:
        return [a.sphere for a in suggest_package(text, dateline=datetime.date(2026, 4, 2)).agreements]

    def test_protocol_amending_an_old_treaty_and_the_items_after_it(self):
        text = (
            "The signed documents included an agreement on the protection of investments, a protocol amending the "
            "convention on the avoidance of double taxation signed between the two countries in 2007, an MoU on "
            "cooperation in the field of fisheries, and an executive program for cultural cooperation."
        )
        self.assertEqual(self._spheres(text), ["investment", "finance", "agriculture", "culture"])

    def test_a_list_signed_in_an_earlier_year_stays_earlier(self):
        text = (
            "The two countries signed in 2011 an agreement on the protection of investments, an MoU on cooperation "
            "in the field of fisheries and a program for cultural cooperation."
        )
        self.assertEqual(self._spheres(text), [])

    def test_an_old_treaty_told_with_its_year_is_no_new_one(self):
        text = "The ministers discussed the convention on the avoidance of double taxation signed in 2007."
        self.assertEqual(self._spheres(text), [])


class SignersInsideAFieldListTests(SimpleTestCase):
    """Who signed the first field of a list stands between it and the fields after 'as well as'."""

    lead = "The two presidents watched their ministers exchange five memoranda on tourism. "

    def test_fields_after_the_signers(self):
        text = self.lead + (
            "Other documents covered naval shipbuilding cooperation, signed by Procurement Minister Arno Veltis "
            "and Defence Minister Kaspar Lunde, as well as fisheries, science and technology, forestry and "
            "youth exchanges."
        )
        self.assertEqual(spheres(text)[-5:], ["defence", "agriculture", "science", "environment", "culture"])

    def test_signers_without_more_fields_name_no_field(self):
        text = self.lead + (
            "Other documents covered naval shipbuilding cooperation, signed by Procurement Minister Arno Veltis "
            "and Defence Minister Kaspar Lunde and their deputies."
        )
        self.assertFalse(any("deputies" in t or "Lunde" in t for t in titles(text)))


class LenderNameTests(SimpleTestCase):
    """The words of a lender's name tell who lends, not the field of its loan."""

    def test_a_fund_named_for_economic_development(self):
        text = (
            "The ministers signed a loan agreement between the Norvik Fund for Regional Economic Development and "
            "the Estavian government to finance the repair of schools."
        )
        self.assertEqual(spheres(text), ["finance"])

    def test_the_purpose_of_the_loan_still_names_its_field(self):
        text = (
            "The ministers signed a loan agreement with the Norvik Fund for Regional Economic Development for a "
            "coastal highway."
        )
        self.assertEqual(spheres(text), ["transport"])

    def test_a_lender_named_for_reconstruction_lends_money(self):
        text = "The minister signed a grant agreement with the Norvik Bank for Reconstruction and Development."
        self.assertEqual(spheres(text), ["finance"])

    def test_a_named_export_bank_lends_money_not_trade(self):
        text = "The minister signed a loan agreement with the Export-Import Bank of Norvik."
        self.assertEqual(spheres(text), ["finance"])


class RenewalTests(SimpleTestCase):
    """A renewal made public as done gives the renewed instrument; one discussed or worked towards does not."""

    def test_welcomed_the_renewal_of_a_named_arrangement(self):
        text = (
            "The two leaders also welcomed the renewal of the Norlandia-Estavia Youth Mobility Arrangement, which "
            "will make it easier for young people to work abroad."
        )
        self.assertEqual(titles(text), ["Norlandia-Estavia Youth Mobility Arrangement"])

    def test_a_renewal_still_discussed_is_none(self):
        for text in (
            "The leaders discussed the renewal of the Norlandia-Estavia Youth Mobility Arrangement next year.",
            "They agreed to work towards the renewal of the fisheries agreement.",
            "The two leaders also welcomed progress under the Norlandia-Estavia Agreement on Fisheries.",
        ):
            with self.subTest(text=text):
                self.assertEqual(titles(text), [])


class PartiesOnlyComplementTests(SimpleTestCase):
    """A plural kind word whose only complement is the two sides and the occasion names no document of its own."""

    def test_exchanged_between_the_two_countries_in_the_presence_of(self):
        text = (
            "Subsequently, six memoranda and agreements were exchanged between the two countries in the presence "
            "of President Arno Veltis and President Kaspar Lunde."
        )
        self.assertEqual(titles(text), [])

    def test_a_topic_after_the_two_countries_still_counts(self):
        text = (
            "Subsequently, three agreements were exchanged between the two countries on fisheries, tourism and health."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "health"])


class CountedOtherDocumentsTests(SimpleTestCase):
    """A count of other documents after 'and' ends the title before it; its fields give one document each."""

    def test_an_agreement_and_six_other_documents_on_fields(self):
        text = (
            "The two sides signed an agreement on visa exemption and six other documents on fisheries, health, "
            "education and sport."
        )
        self.assertEqual(spheres(text), ["consular", "agriculture", "health", "education", "sport"])
        self.assertEqual(titles(text)[0], "Agreement on visa exemption")

    def test_documents_inside_a_topic_stay_in_it(self):
        for text in (
            "The two sides signed an agreement on the exchange of documents and archives.",
            "The two sides signed an agreement on visas and documents.",
        ):
            with self.subTest(text=text):
                self.assertEqual(len(titles(text)), 1)


class YouthMobilityTwiceTests(SimpleTestCase):
    """A lead's 'youth mobility' and the 'working holiday agreement' named later are one scheme, told twice."""

    lead = "Norlandia and Estavia on Tuesday signed three agreements on energy, youth mobility and consular affairs. "

    def test_the_scheme_once(self):
        text = self.lead + (
            "The energy ministers signed a memorandum on cooperation in the gas sector. The two countries also "
            "signed an updated working holiday agreement, raising the age limit to 35. A third agreement speeds up "
            "consular procedures."
        )
        self.assertEqual(sum("mobility" in t or "holiday" in t for t in titles(text)), 1)

    def test_seasonal_workers_stay_apart(self):
        text = self.lead + (
            "The energy ministers signed a memorandum on cooperation in the gas sector. The two countries also "
            "signed an agreement on seasonal workers, and a third agreement speeds up consular procedures."
        )
        self.assertTrue(any("mobility" in t for t in titles(text)))


class InFrontOfTests(SimpleTestCase):
    """'In front of the two presidents', like 'in the presence of', is the ceremony, not a plural's topic."""

    def test_a_colon_list_after_the_ceremony(self):
        text = (
            "After the meeting, the ministers signed three instruments in front of the two presidents: an agreement "
            "on a youth exchange program that will allow students to study; a memorandum of understanding on "
            "cooperation in fisheries; and a letter of intent on ocean governance."
        )
        self.assertEqual(titles(text)[0], "Agreement on a youth exchange program")
        self.assertEqual(len(titles(text)), 3)

    def test_fields_after_the_ceremony_are_the_documents(self):
        text = (
            "The ministers signed four documents in front of the two presidents, covering trade, culture, health "
            "and aviation."
        )
        self.assertEqual(spheres(text), ["trade", "culture", "health", "aviation"])


class FieldWordsTests(SimpleTestCase):
    """Fields named by words the shared vocabulary reads wrongly or misses."""

    def test_blue_economy_is_the_sea_not_trade(self):
        self.assertEqual(
            spheres("The ministers signed a memorandum on cooperation in the blue economy and fisheries."),
            ["agriculture"],
        )
        self.assertEqual(spheres("The ministers signed a memorandum on the blue economy."), ["environment"])

    def test_an_economy_without_the_sea_stays_trade(self):
        self.assertEqual(spheres("The ministers signed a memorandum on the digital economy."), ["digital"])
        self.assertEqual(spheres("The ministers signed a memorandum on economic cooperation."), ["trade"])

    def test_recycling_is_the_environment(self):
        self.assertEqual(spheres("The ministers signed a memorandum on battery recycling."), ["environment"])

    def test_crimes_in_the_plural_are_security(self):
        text = "The ministers signed an agreement on border administration and the prevention of cross-border crimes."
        self.assertEqual(spheres(text), ["security"])

    def test_a_purpose_clause_after_the_parties_names_the_field(self):
        text = (
            "The two sides signed a framework agreement between the Varno Holding and the Ministry of Economy and "
            "Finance to establish a joint investment platform."
        )
        self.assertEqual(spheres(text), ["investment"])

    def test_a_time_after_the_parties_is_no_purpose(self):
        text = (
            "The two sides signed a memorandum between the Ministry of Energy and the Varno Trade Office to the "
            "end of 2030."
        )
        self.assertEqual(spheres(text), ["energy"])


class OneFieldWordItemTests(SimpleTestCase):
    """A numbered item named by one field word and its kind keeps the word, though its capital opens the line."""

    lead = "The presidents met in Valdora on Monday.\n\nThe agreements signed include:\n\n"

    def test_one_field_word_before_the_kind(self):
        text = self.lead + (
            "1. MoU on cooperation in health;\n2. Extradition treaty;\n3. Agreement on cooperation in energy.\n"
        )
        self.assertIn("Extradition treaty", titles(text))
        self.assertEqual(len(titles(text)), 3)

    def test_a_determiner_opening_a_line_names_no_document(self):
        text = (
            self.lead
            + "1. MoU on cooperation in health;\n2. Other agreements;\n3. Agreement on cooperation in energy.\n"
        )
        self.assertEqual(len(titles(text)), 2)

    def test_a_capital_in_prose_is_still_a_name(self):
        text = "The presidents met in Valdora on Monday. Ministers recalled the Lumen treaty of 1998."
        self.assertEqual(titles(text), [])


class LongHeadingListTests(SimpleTestCase):
    """A heading that names the documents over a numbered list, longer than a short heading, heads what was signed."""

    lead = (
        "The prime minister held talks with the visiting president in Tarvo on Monday.\n\n"
        "The two leaders also discussed regional issues and attended an exchange of documents.\n\n"
    )
    items = (
        "1. Exchange of Notes concerning the Tarvo Metro Project (Phase II) (Loan)\n"
        "2. Memorandum of Cooperation in the Field of Energy Transition between the Ministry of Industry and the "
        "Department of Energy\n"
        "3. Memorandum of Cooperation on Critical Minerals Supply Chains\n"
    )

    def test_documents_exchanged_before_the_leaders(self):
        text = self.lead + "(Reference) Documents exchanged in the presence of the two leaders and their ministers\n\n"
        self.assertEqual(spheres(text + self.items), ["transport", "energy", "mining"])

    def test_a_list_of_documents_named_for_the_whole_visit(self):
        text = self.lead + (
            "List of documents exchanged during the State Visit of the President of Estavia to Norlandia\n\n"
        )
        self.assertEqual(spheres(text + self.items), ["transport", "energy", "mining"])

    def test_a_long_line_over_no_list_heads_nothing(self):
        text = self.lead + (
            "Documents exchanged in the presence of the two leaders and their ministers\n\n"
            "Analysts said a memorandum on minerals could follow next year.\n"
        )
        self.assertEqual(titles(text), [])

    def test_a_prose_title_cut_short_is_the_listed_one(self):
        text = self.lead.replace("attended an exchange of documents.", "saw the Exchange of Notes signed today.") + (
            "Documents exchanged in the presence of the two leaders and their ministers\n\n"
        )
        got = titles(text + self.items)
        self.assertEqual(len(got), 3)
        self.assertTrue(got[0].startswith("Exchange of Notes concerning"))

    def test_a_bracketed_note_before_a_title_is_no_word_of_it(self):
        text = self.lead + "Documents exchanged in the presence of the two leaders and their ministers\n\n"
        got = titles(text + self.items + "\n(Note) Joint Statement on a strategic partnership\n")
        self.assertIn("Joint Statement on a strategic partnership", got)


class PairedMoneyKindsTests(SimpleTestCase):
    """Fields joined before a plural kind, the last of two words, and a grant's money as its field."""

    lead = "The presidents met in Tarvo on Monday.\n\n"

    def test_grant_and_concessional_loan_agreements_are_two(self):
        text = self.lead + "The ministers signed grant and concessional loan agreements worth 90 million euros.\n"
        self.assertEqual(titles(text), ["Grant agreement", "Concessional loan agreement"])
        self.assertEqual(spheres(text), ["finance", "finance"])

    def test_a_document_then_a_count_of_others_keeps_the_document(self):
        text = self.lead + "The ministers signed a memorandum on health and two agreements on trade.\n"
        self.assertEqual(spheres(text), ["health", "trade"])

    def test_a_verb_before_paired_fields_is_no_field(self):
        text = self.lead + "The ministers signed trade and investment agreements.\n"
        self.assertEqual(titles(text), ["Trade agreement", "Investment agreement"])

    def test_a_grant_for_a_named_field_keeps_that_field(self):
        text = self.lead + "The ministers signed a grant agreement for the Tarvo port terminals.\n"
        self.assertEqual(spheres(text), ["transport"])


class SignedHereParticipleTests(SimpleTestCase):
    """An instrument's own participle of this visit's signing, right after it, tells its status and not its topic."""

    lead = "The presidents met in Tarvo on Monday.\n\n"

    def test_participle_before_the_topic(self):
        text = self.lead + "The agreement signed today on cooperation in digital payments is an important step.\n"
        self.assertEqual(titles(text), ["Agreement on cooperation in digital payments"])

    def test_participle_after_the_topic_outweighs_a_later_will(self):
        text = self.lead + "The agreement on plant health signed today will open the market to our apples.\n"
        self.assertEqual(titles(text), ["Agreement on plant health"])

    def test_an_older_signing_is_no_instrument_of_the_visit(self):
        text = self.lead + "An agreement on fisheries signed in 2019 will be updated next year.\n"
        self.assertEqual(titles(text), [])


class RankedNextDocumentTests(SimpleTestCase):
    """'The second was an MoU on ...' after a document just signed names the next one signed."""

    lead = "The presidents met in Tarvo on Monday.\n\n"

    def test_the_second_was_after_a_signed_first(self):
        text = self.lead + (
            "The first document exchanged was an MoU on geology. The second was an MoU on coffee and cocoa, "
            "followed by an MoU on cooperation between the two diplomatic academies.\n"
        )
        self.assertEqual(len(titles(text)), 3)
        self.assertEqual(titles(text)[1], "MoU on coffee and cocoa")

    def test_a_rank_with_nothing_signed_before_is_no_signing(self):
        text = self.lead + "The talks went well. The second was an MoU on coffee, still being drafted.\n"
        self.assertEqual(titles(text), [])


class PreviouslySignedTests(SimpleTestCase):
    """'Have previously signed' dates the documents before the visit; 'had earlier signed' may be the same day."""

    lead = "The presidents met in Tarvo on Monday.\n\n"

    def test_previously_signed_agreements_are_earlier(self):
        text = self.lead + (
            "The two countries have previously signed several cooperation agreements, including on trade and on "
            "the promotion of tourism.\n"
        )
        self.assertEqual(titles(text), [])

    def test_had_earlier_signed_stays_the_visits(self):
        text = self.lead + "The ministers had earlier signed a memorandum on fisheries, the president said.\n"
        self.assertEqual(titles(text), ["Memorandum on fisheries"])


class VisitDaysTests(SimpleTestCase):
    """The days of a visit told by its range with a short month, or by its length and an arrival told elsewhere."""

    def dates(self, text: str, day: datetime.date) -> set[datetime.date]:
        return {d.date for d in suggest_package(text, dateline=day).dates}

    def test_a_range_with_a_short_month(self):
        text = (
            "TARVO, Nov. 18 -- The presidents held talks on Tuesday.\n\nHe is on a state visit from Nov. 16 to 21.\n"
        )
        got = self.dates(text, datetime.date(2025, 11, 18))
        self.assertIn(datetime.date(2025, 11, 16), got)
        self.assertIn(datetime.date(2025, 11, 21), got)

    def test_a_length_counts_from_an_arrival_told_elsewhere(self):
        text = (
            "TARVO, February 20, 2025 - The prime minister and the president, who is in Valdora on a three-day state "
            "visit, held talks today at the palace.\n\nThe president arrived at Tarvo airport yesterday evening.\n"
        )
        self.assertIn(datetime.date(2025, 2, 21), self.dates(text, datetime.date(2025, 2, 20)))

    def test_an_arrival_outside_the_visits_days_counts_nothing(self):
        text = (
            "TARVO, February 20, 2025 - The prime minister and the president, who is in Valdora on a three-day state "
            "visit, held talks today at the palace.\n\nThe president arrived in Valdora on February 10 for a fair.\n"
        )
        self.assertNotIn(datetime.date(2025, 2, 21), self.dates(text, datetime.date(2025, 2, 20)))
        self.assertNotIn(datetime.date(2025, 2, 12), self.dates(text, datetime.date(2025, 2, 20)))


class FieldOfRetoldTests(SimpleTestCase):
    """'Cooperation in the field of X' told again as 'cooperation in X' is the same document."""

    lead = "The presidents met in Tarvo on Monday.\n\n"

    def test_the_same_memorandum_told_twice(self):
        text = self.lead + (
            "The ministers signed a memorandum of understanding on cooperation in the field of higher education.\n\n"
            "At the end of the meeting, the ministers signed a memorandum of understanding on cooperation in higher "
            "education, which will promote exchanges.\n"
        )
        self.assertEqual(len(titles(text)), 1)

    def test_two_fields_stay_two(self):
        text = self.lead + (
            "The ministers signed a memorandum on cooperation in the field of health and a memorandum on "
            "cooperation in the field of education.\n"
        )
        self.assertEqual(spheres(text), ["health", "education"])


class ForcesFieldTests(SimpleTestCase):
    """The forces themselves name defence, where no shared word names a field."""

    def test_rotations_of_troops_are_defence(self):
        text = "The presidents met in Tarvo on Monday. The leaders signed an agreement to expand rotations of troops."
        self.assertEqual(spheres(text), ["defence"])

    def test_marines_before_aircraft_are_defence(self):
        self.assertEqual(
            spheres("The ministers signed an agreement on rotations of marines and bomber aircraft."), ["defence"]
        )

    def test_cargo_aircraft_stay_aviation(self):
        self.assertEqual(spheres("The ministers signed an agreement on cargo aircraft."), ["aviation"])


class TimeAfterTheInstrumentsTests(SimpleTestCase):
    """A past time closing the clause of what a verb signed dates those instruments before the visit."""

    lead = "The presidents met in Tarvo on Monday.\n\n"

    def test_in_recent_years_after_two_instruments(self):
        text = self.lead + (
            "Valdora and Estavia signed a transit trade agreement and a preferential trade agreement in recent years, "
            "but trade has remained low.\n"
        )
        self.assertEqual(titles(text), [])

    def test_a_time_in_a_later_clause_leaves_the_instrument(self):
        text = self.lead + "The ministers signed a memorandum on ports, the first in years.\n"
        self.assertEqual(titles(text), ["Memorandum on ports"])

    def test_a_purpose_clause_keeps_its_own_time(self):
        text = self.lead + "The ministers signed a memorandum to restore the ferry links that existed years ago.\n"
        self.assertEqual(len(titles(text)), 1)


class GlossAfterLongTitleTests(SimpleTestCase):
    """A bracket that says what a long title's document is, after the words its cut left out, is no document."""

    lead = "The presidents met in Tarvo on Monday.\n\nThe following documents were signed:\n\n"

    def test_protocol_gloss_after_the_rest_of_the_title(self):
        text = self.lead + (
            "- An agreement on the avoidance of double taxation and the prevention of fiscal evasion with respect to "
            "taxes on income (protocol amending the 2011 agreement).\n"
        )
        self.assertEqual(len(titles(text)), 1)

    def test_a_bracket_after_another_item_is_not_a_gloss(self):
        text = self.lead + (
            "- An agreement on fisheries, and a memorandum on cooperation in ports (memorandum on pilots).\n"
        )
        self.assertEqual(spheres(text), ["agriculture", "transport"])


class DaysOwnDocumentTests(SimpleTestCase):
    """'Today's MoU on X' in a speech of the day is the day's own document, unless one of its kind was told before."""

    lead = "The presidents met in Tarvo on Monday.\n\n"

    def test_todays_memorandum_is_signed_whatever_it_will_do(self):
        text = self.lead + "Today's MoU in the field of geology will help us build supply chains.\n"
        self.assertEqual(spheres(text), ["mining"])

    def test_todays_talks_leading_to_a_later_agreement_sign_nothing(self):
        text = self.lead + "Today's talks will lead to an agreement on ports next year.\n"
        self.assertEqual(titles(text), [])

    def test_todays_plan_told_again_is_the_one_signed(self):
        text = self.lead + (
            "The ministers signed the Action Plan for the partnership for 2026-2028. \"With today's Action Plan we "
            'give new impetus to our ties," the minister said.\n'
        )
        self.assertEqual(len(titles(text)), 1)


class DefiniteWithoutFieldTests(SimpleTestCase):
    """A definite document that names no field is the one of its kind told before."""

    lead = "The presidents met in Tarvo on Monday.\n\n"

    def test_the_new_annual_programme_is_the_defence_programme(self):
        text = self.lead + (
            "We have a programme of defence cooperation which we are renewing for 2026, and I welcome the signing "
            "today, by our defence ministers, of the new annual programme.\n"
        )
        self.assertEqual(spheres(text), ["defence"])

    def test_a_definite_document_of_another_kind_stays(self):
        text = self.lead + (
            "The ministers signed a programme of defence cooperation. The leaders also signed the joint declaration.\n"
        )
        self.assertEqual(len(titles(text)), 2)


class NumberedSectionHeadingTests(SimpleTestCase):
    """A release's numbered sections ("I. MoUs/Agreements", "II. Announcements") decide what their lists hold."""

    lead = (
        "The Chancellor of Norlandia held talks with the President of Estavia in Tarvo today.\n\n"
        "The following documents were exchanged and announcements made in the presence of the two leaders:\n\n"
        "List of Outcomes\n\n"
    )

    def test_items_under_a_section_of_documents_are_signed(self):
        text = self.lead + (
            "I. MoUs/Agreements\n\n"
            "1. Memorandum of Understanding between the Ministry of Fisheries of Norlandia and the Ministry of the "
            "Sea of Estavia on cooperation in the field of aquaculture.\n\n"
            "2. Programme of Cultural Exchange between the two governments for the years 2026-2030.\n\n"
            "II. Announcements\n\n"
            "1. Launch of negotiations on a Free Trade Agreement between Norlandia and Estavia.\n\n"
            "2. Establishment of a Joint Working Group on Ports.\n"
        )
        self.assertEqual(spheres(text), ["agriculture", "culture"])

    def test_a_section_of_earlier_treaties_holds_none(self):
        text = (
            "The Chancellor of Norlandia held talks with the President of Estavia in Tarvo today.\n\n"
            "Background\n\n"
            "I. Treaties in force\n\n"
            "1. Agreement on air services, in force since 2004.\n\n"
            "2. Agreement on the promotion of investments, in force since 2011.\n"
        )
        self.assertEqual(titles(text), [])


class OthersByTopicTests(SimpleTestCase):
    """After documents just named, "Others touched on A, B and C" gives one more document per item."""

    lead = (
        "The presidents of Norlandia and Estavia met in Tarvo on Monday. Among the deals signed were a memorandum "
        "on tidal power between the two grid operators and an agreement on hospital equipment. "
    )

    def test_items_between_commas_each_a_document(self):
        text = (
            self.lead
            + "Others touched on fisheries and aquaculture, tertiary education, and visas for official passports."
        )
        self.assertEqual(spheres(text), ["energy", "health", "agriculture", "education", "consular"])

    def test_others_without_documents_before_are_people(self):
        text = (
            "The presidents of Norlandia and Estavia met in Tarvo on Monday. Some ministers praised the talks. "
            "Others touched on forestry and tertiary education."
        )
        self.assertEqual(titles(text), [])

    def test_others_after_a_single_document_name_none(self):
        text = (
            "The presidents signed a memorandum on tidal power in Tarvo on Monday. Others touched on forestry and "
            "tertiary education."
        )
        self.assertEqual(spheres(text), ["energy"])


class NamedItemOfSemicolonListTests(SimpleTestCase):
    """A capitalised name among the items of a list after a colon is one of the documents, not one in passing."""

    lead = "The presidents of Norlandia and Estavia met in Tarvo on Monday. The documents signed are: "

    def test_a_programme_named_by_its_years_between_items(self):
        text = self.lead + (
            "MoU on Cooperation in Fisheries; Tourism Promotion Programme for 2026-2029; and MoU on Sport."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "sport"])

    def test_the_last_item_after_and(self):
        text = self.lead + "MoU on Cooperation in Fisheries; and Cultural Exchange Programme for 2027-2030."
        self.assertEqual(spheres(text), ["agriculture", "culture"])

    def test_a_named_treaty_in_a_later_sentence_stays_out(self):
        text = self.lead + "MoU on Cooperation in Fisheries; MoU on Ports. Both recalled the Tarvo Treaty on borders."
        self.assertEqual(spheres(text), ["agriculture", "transport"])


class TopDealTests(SimpleTestCase):
    """The subject "The largest single agreement is a deal between X and Y to ..." singles out a signed document."""

    def test_the_largest_deal_after_documents_signed(self):
        text = (
            "The presidents of Norlandia and Estavia met in Tarvo on Monday and signed nine agreements. "
            "The largest single agreement is a framework deal between Tarvo Ports and Estavian Shipping Lines to "
            "build a container terminal."
        )
        self.assertIn("transport", spheres(text))

    def test_the_largest_deal_where_nothing_was_signed_stays_out(self):
        text = (
            "The presidents of Norlandia and Estavia met in Tarvo on Monday. The largest single agreement is a "
            "framework deal between Tarvo Ports and Estavian Shipping Lines to build a container terminal."
        )
        self.assertEqual(titles(text), [])


class DeepWaterPortTests(SimpleTestCase):
    """A deep-water port is a port: its depth says nothing of water supply."""

    def test_a_deep_water_terminal_is_transport(self):
        text = (
            "The presidents met in Tarvo on Monday. They signed a memorandum on a deep-water container terminal "
            "near Velka."
        )
        self.assertEqual(spheres(text), ["transport"])

    def test_water_supply_stays_water(self):
        text = "The presidents met in Tarvo on Monday. They signed a memorandum on drinking water supply."
        self.assertEqual(spheres(text), ["water"])


class CollaborationItemTests(SimpleTestCase):
    """A "collaboration between X and Y to ..." as one more item of a list of documents is a firm's document."""

    lead = "The presidents of Norlandia and Estavia met in Tarvo on Monday and signed twelve agreements. "

    def test_a_collaboration_joined_to_a_memorandum(self):
        text = self.lead + (
            "Among the agreements was an MoU between Tarvo Energy and an Estavian utility on carbon capture, as well "
            "as a collaboration between the Norlandia Digital Agency and an Estavian software group to develop a "
            "data centre in Velka."
        )
        self.assertEqual(spheres(text), ["environment", "digital"])

    def test_a_collaboration_praised_is_no_document(self):
        text = self.lead + "The ministers praised the collaboration between the two universities."
        self.assertEqual(titles(text), [])


class EarlierOccasionClauseTests(SimpleTestCase):
    """A signing in a "during which" clause of an occasion told as earlier belongs to that occasion."""

    lead = "date 2026-03-10\n\nThe presidents of Norlandia and Estavia met in Tarvo on Monday. "

    def test_a_visit_last_year_during_which_documents_were_signed(self):
        text = self.lead + (
            "The Estavian leader paid a visit to Tarvo last year, during which the two countries signed agreements "
            "on fisheries and tourism."
        )
        self.assertEqual(titles(text), [])

    def test_a_meeting_in_an_earlier_year(self):
        text = self.lead + "The ministers met in Velka in 2019, during which they signed a memorandum on ports."
        self.assertEqual(titles(text), [])

    def test_the_talks_of_this_visit_during_which_documents_were_signed(self):
        text = self.lead + (
            "They held talks on Monday, during which the two countries signed agreements on fisheries and tourism."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism"])


class EstablishmentAfterFieldsTests(SimpleTestCase):
    """After a frame of fields, ", as well as the establishment of X" is one more document of the list."""

    lead = "The presidents of Norlandia and Estavia met in Tarvo on Monday. "

    def test_the_establishment_of_a_post_after_fields(self):
        text = self.lead + (
            "The two sides signed five memoranda in the areas of fisheries, energy and tourism, as well as the "
            "establishment of a joint customs post at Velka."
        )
        self.assertEqual(spheres(text), ["agriculture", "energy", "tourism", "customs"])

    def test_a_clause_after_as_well_as_adds_nothing(self):
        text = self.lead + (
            "The two sides signed five memoranda in the areas of fisheries, energy and tourism, as well as holding "
            "talks on the border."
        )
        self.assertEqual(spheres(text), ["agriculture", "energy", "tourism"])


class CountedListReadingTests(SimpleTestCase):
    """A count of documents opens into one per item of the list that follows, wherever that list stands."""

    lead = "The presidents of Norlandia and Estavia met in Tarvo on Monday. "

    def test_topics_in_the_next_sentence_with_the_last_two_joined_by_and(self):
        text = self.lead + (
            "After the talks, four memoranda of understanding were exchanged before the two leaders. They covered "
            "cooperation in forestry, public health, tourism and the mutual recognition of university "
            "diplomas."
        )
        self.assertEqual(spheres(text), ["environment", "health", "tourism", "education"])

    def test_a_list_after_who_signed_and_a_frame_told_again(self):
        text = self.lead + (
            "Seven cooperation agreements and executive programmes were also signed by ministers of the two "
            "countries in the fields of higher education, health, youth and sports, culture, as well as in the "
            "field of civil protection."
        )
        self.assertEqual(spheres(text), ["education", "health", "sport", "culture", "civil_protection"])

    def test_signed_by_ministers_with_no_list_names_nothing(self):
        text = self.lead + "Seven agreements were also signed by ministers of the two countries on Monday."
        self.assertEqual(titles(text), [])

    def test_negotiations_in_fields_are_no_documents(self):
        text = self.lead + (
            "Seven agreements are being negotiated by ministers in the fields of health, culture and tourism."
        )
        self.assertEqual(titles(text), [])


class MinistriesListTests(SimpleTestCase):
    """Memoranda "between the ministries of A, B and C" are one memorandum for each ministry named."""

    lead = "The presidents of Norlandia and Estavia met in Tarvo on Monday. "

    def test_one_memorandum_per_ministry(self):
        text = self.lead + (
            "Five documents were signed, among them memoranda between the ministries of health, tourism and fisheries."
        )
        self.assertEqual(spheres(text), ["health", "tourism", "agriculture"])

    def test_the_ministries_of_both_countries_are_parties_not_items(self):
        text = self.lead + "They signed a memorandum between the ministries of the two countries on tourism."
        self.assertEqual(spheres(text), ["tourism"])


class FieldWordSphereTests(SimpleTestCase):
    """Fields named in the ministries' words: information is the press, civil defence is civil protection."""

    lead = "The presidents of Norlandia and Estavia met in Tarvo on Monday. "

    def test_fields_of_information_civil_defence_and_human_resources(self):
        text = self.lead + (
            "They signed agreements on cooperation in the fields of information, customs and civil defence, and a "
            "memorandum on human resources development."
        )
        self.assertEqual(spheres(text), ["media", "customs", "civil_protection", "education"])

    def test_bioenergy_is_energy(self):
        text = self.lead + "The ministers signed three agreements, covering bioenergy, tourism and fisheries."
        self.assertEqual(spheres(text), ["energy", "tourism", "agriculture"])

    def test_information_security_stays_security(self):
        text = self.lead + "They signed an agreement in the field of information security."
        self.assertEqual(spheres(text), ["security"])


class CountTakenUpLaterTests(SimpleTestCase):
    def test_a_ceremony_attended_for_a_count_signs_its_list(self):
        text = (
            "After the talks, the two presidents attended a signing ceremony for three memoranda on cooperation in "
            "fisheries, forestry and civil aviation."
        )
        self.assertEqual(spheres(text), ["agriculture", "environment", "aviation"])
        text = (
            "Tomorrow the two presidents will attend a signing ceremony for three memoranda on cooperation in "
            "fisheries, forestry and civil aviation."
        )
        self.assertEqual(spheres(text), [])

    def test_the_kind_word_takes_up_a_count_told_further_back(self):
        text = (
            "Vessa and Kolvia yesterday signed four agreements aimed at boosting trade along the Marel corridor.\n\n"
            "The visiting president was welcomed with a guard of honour at the palace.\n\n"
            "The agreements signed in the presence of the two leaders cover the creation of a joint committee on "
            "the management of the cargo terminals of the port of Marel for goods, cooperation in energy, "
            "tourism and the exchange of information on cross-border crime."
        )
        self.assertEqual(spheres(text), ["transport", "energy", "tourism", "security"])

    def test_another_kind_word_does_not_take_up_the_count(self):
        text = (
            "Vessa and Kolvia yesterday signed four agreements aimed at boosting trade along the Marel corridor.\n\n"
            "The visiting president was welcomed with a guard of honour at the palace.\n\n"
            "The talks held in the presence of the two delegations covered energy, tourism and cross-border crime."
        )
        self.assertEqual(titles(text), [])


class LaterItemContentTests(SimpleTestCase):
    """What the last item of a list will do tells nothing of the items before it."""

    def test_a_future_clause_of_the_last_item_leaves_the_list_signed(self):
        text = (
            "Vessa and Kolvia on Tuesday signed five agreements to deepen trade across their border.\n\n"
            "The deals include a memorandum on the upgrade of the Tarn river crossing, a protocol on veterinary "
            "checks and a gas supply contract that will see Kolvia send more fuel north.\n\n"
            "Other agreements cover fisheries and tourism."
        )
        self.assertEqual(spheres(text), ["transport", "agriculture", "energy", "agriculture", "tourism"])

    def test_a_list_still_to_be_signed_stays_unsigned(self):
        text = (
            "Vessa and Kolvia are preparing a package of documents for the president's visit.\n\n"
            "The deals include a memorandum on the upgrade of the Tarn river crossing and a protocol on veterinary "
            "checks, which will be signed in May."
        )
        self.assertEqual(spheres(text), [])


class WordsOnTheLastItemTests(SimpleTestCase):
    """What the writer says of the last item ("..., a sector in which ...") is no item of its own."""

    def test_a_noun_with_a_relative_clause_after_the_last_item(self):
        text = (
            "The two sides signed nine agreements, including a memorandum on wind power.\n\n"
            "Other deals cover fisheries, road safety and the joint production of films, a field in which "
            "Kolvia's studios lead the region."
        )
        self.assertEqual(spheres(text), ["energy", "agriculture", "transport", "culture"])

    def test_an_item_of_its_own_after_the_comma_stays(self):
        text = (
            "The two sides signed nine agreements, including a memorandum on wind power.\n\n"
            "Other deals cover fisheries, road safety, and a fund for young film makers."
        )
        self.assertEqual(spheres(text), ["energy", "agriculture", "transport", "culture"])


class UnsharedFieldWordsTests(SimpleTestCase):
    """Fields the shared words miss: air links by their treaty name, power lines, a joint fund, diplomats' schools."""

    def test_air_communication_is_aviation(self):
        text = "The ministers signed an agreement between the governments of Vessa and Kolvia on air communication."
        self.assertEqual(spheres(text), ["aviation"])

    def test_a_power_line_across_the_border_is_energy(self):
        text = (
            "The leaders signed a declaration of intent on a new high-voltage line linking Vessa to Kolvia and an "
            "agreement on the Tarn-Osso interconnector."
        )
        self.assertEqual(spheres(text), ["energy", "energy"])

    def test_a_joint_fund_is_investment(self):
        text = "They signed a protocol amending the agreement on the Vessan-Kolvian Development Fund."
        self.assertEqual(spheres(text), ["investment"])

    def test_the_schools_of_diplomats_are_political(self):
        text = "A memorandum on cooperation between the Foreign Service Institutes of the two countries was signed."
        self.assertEqual(spheres(text), ["political"])

    def test_a_named_field_still_decides(self):
        text = "They signed a memorandum on diplomatic training in tourism and an agreement on air services."
        self.assertEqual(spheres(text), ["tourism", "aviation"])


class WhatItWillDoTests(SimpleTestCase):
    """A clause of what a document will do ("which will make it easier ...") tells nothing of its signing."""

    def test_what_a_document_will_do_leaves_it_signed(self):
        text = (
            "The two ministers signed three agreements at the palace on Friday.\n\n"
            "Vessa hopes to export more wind power by 2040.\n\n"
            "The third is an agreement on sport, which will make it easier for clubs to arrange tours."
        )
        self.assertEqual(titles(text), ["Agreement on sport"])

    def test_the_verb_after_a_clause_of_what_it_would_do_still_counts(self):
        text = (
            "A pension agreement, which would spare posted workers double contributions, was only initialled. "
            "A carbon agreement, under which Vessa would count cuts made in Kolvia, was not ready for signing."
        )
        self.assertEqual(titles(text), [])


class OfficialProgramTests(SimpleTestCase):
    """The visit's "official program" is its schedule, no instrument; a programme "of" something still is one."""

    def test_the_official_program_is_the_schedule(self):
        text = (
            "Vessa and Kolvia signed a memorandum on fisheries after talks that ran well past the hour set on the "
            "official program."
        )
        self.assertEqual(titles(text), ["Memorandum on fisheries"])

    def test_an_official_programme_of_cooperation_stays(self):
        text = "The ministers signed the official programme of cooperation in sport for 2026 to 2028."
        self.assertEqual(spheres(text), ["sport"])


class HeadlineCaseLeadTests(SimpleTestCase):
    """A lead-in in headline case ("Key Deals Signed:") signs its items like one in sentence case."""

    LEAD = (
        "Vessa and Kolvia signed eight agreements during a state visit by President Orin Dahl on Monday.\n\n"
        "Dahl and his host Mira Santel held talks at the palace.\n\n"
    )
    ITEMS = (
        "\n\n- Expansion of the Tamsa container terminal: $900 million\n- Offshore wind farm, Brava Bay: $1.4 billion"
    )

    def test_a_lead_in_in_headline_case(self):
        self.assertEqual(spheres(self.LEAD + "Main Deals Signed:" + self.ITEMS), ["transport", "energy"])

    def test_the_same_lead_in_in_sentence_case(self):
        self.assertEqual(spheres(self.LEAD + "Main deals signed:" + self.ITEMS), ["transport", "energy"])

    def test_a_headline_case_lead_in_that_signs_nothing(self):
        self.assertEqual(titles(self.LEAD + "Deals Still Under Discussion:" + self.ITEMS), [])

    def test_a_name_in_a_sentence_case_lead_in_keeps_its_capitals(self):
        text = "The ministers discussed the Tamsa Port Signing Protocol:\n\n- Cargo handling\n- Customs"
        self.assertEqual(titles(text), [])


class UntoldTermsTests(SimpleTestCase):
    """An item that keeps its terms back ("terms not disclosed") is still signed; one "not yet signed" is not."""

    LEAD = (
        "Vessa and Kolvia signed six agreements on Tuesday.\n\nThe deals signed:\n\n- Container port at Brava: $300m\n"
    )

    def test_terms_not_disclosed(self):
        self.assertEqual(spheres(self.LEAD + "- Joint naval shipyard: terms not disclosed"), ["transport", "defence"])

    def test_value_not_yet_made_public(self):
        self.assertEqual(
            spheres(self.LEAD + "- Hotel chain expansion: value not yet made public"), ["transport", "tourism"]
        )

    def test_an_item_not_yet_signed_stays_out(self):
        self.assertEqual(spheres(self.LEAD + "- Joint naval shipyard: not yet signed"), ["transport"])


class SummaryLeadTests(SimpleTestCase):
    """A lead-in that sums up the documents below ("The deals at a glance:", "The documents signed include:") makes
    each item one document, also an item with no kind word of its own."""

    STORY = (
        "Vessa and Kolvia signed seven agreements worth $2 billion during a visit by Prince Orin Dahl.\n\n"
        "The prince held talks with President Mira Santel on Tuesday.\n\n"
    )
    ITEMS = (
        "\n\n- Brava Port and Kolvian firm Tamsa Logistics: a second container terminal, valued at $300m\n"
        "- Feasibility study on a solar park near Brava\n"
        "- Government-to-government MoUs on fisheries and sport"
    )

    def test_at_a_glance(self):
        self.assertEqual(
            spheres(self.STORY + "The deals at a glance:" + self.ITEMS),
            ["transport", "energy", "agriculture", "sport"],
        )

    def test_the_documents_signed_include(self):
        self.assertEqual(
            spheres(self.STORY + "The documents signed include:" + self.ITEMS),
            ["transport", "energy", "agriculture", "sport"],
        )

    def test_proposals_at_a_glance_are_no_documents(self):
        self.assertEqual(spheres(self.STORY + "The proposals at a glance:" + self.ITEMS), [])


class TheyCoverLeadTests(SimpleTestCase):
    """ "They cover:" after a count of one kind signed makes each item below one document of that kind."""

    ITEMS = "\n\n- wind power and green hydrogen\n- fisheries, including joint patrols\n- university exchanges"

    def test_they_cover_after_a_count(self):
        text = "Vessa and Kolvia signed five memoranda of understanding at the talks. They cover:" + self.ITEMS
        self.assertEqual(
            titles(text),
            [
                "Memorandum of understanding on wind power and green hydrogen",
                "Memorandum of understanding on fisheries, including joint patrols",
                "Memorandum of understanding on university exchanges",
            ],
        )

    def test_they_include_in_a_paragraph_of_its_own(self):
        text = "The two ministers signed three agreements on Monday.\n\nThey include:" + self.ITEMS
        self.assertEqual(spheres(text), ["energy", "agriculture", "education"])

    def test_they_cover_after_agreements_without_a_count(self):
        text = "The ministry published the texts of the agreements. They cover:" + self.ITEMS
        self.assertEqual(titles(text), [])

    def test_they_cover_after_proposals_signs_nothing(self):
        text = "The two ministers discussed five proposals at the talks. They cover:" + self.ITEMS
        self.assertEqual(titles(text), [])


class NamedVenueTests(SimpleTestCase):
    """A named room or building after a count ("in the Amber Hall") is where the documents were signed, no topic."""

    def test_a_named_hall_is_no_topic(self):
        text = (
            "Ministers of Vessa and Kolvia signed four agreements in the Amber Hall, witnessed by the two presidents."
        )
        self.assertEqual(titles(text), [])

    def test_a_named_centre_as_the_object_stays(self):
        text = "They signed a memorandum on the Brava Convention Centre project."
        self.assertEqual(titles(text), ["Memorandum on the Brava Convention Centre project"])

    def test_a_field_named_after_a_centre_stays(self):
        text = "The ministers signed a memorandum in the Youth Centre field."
        self.assertEqual(titles(text), ["Memorandum in the Youth Centre field"])


class ItemNamedByFirmsTests(SimpleTestCase):
    """An item under a kind's lead-in that opens with a name keeps the name's capital; a plain topic does not."""

    LEAD = "Vessa and Kolvia signed two deals on Monday.\n\nDeals signed:\n\n"

    def test_a_name_keeps_its_capital(self):
        text = self.LEAD + "- Brava Port and Tamsa Logistics: a second container terminal\n- Solar park near Brava"
        self.assertEqual(
            titles(text),
            ["Deal on Brava Port and Tamsa Logistics: a second container terminal", "Deal on solar park near Brava"],
        )


class MineActionSphereTests(SimpleTestCase):
    """Clearing mines and what else a war left behind is civil protection, though the work is called humanitarian."""

    def test_humanitarian_demining_is_civil_protection(self):
        text = "In Brava, the two ministers signed a memorandum on cooperation in humanitarian demining."
        self.assertEqual(spheres(text), ["civil_protection"])

    def test_mine_action_and_unexploded_ordnance(self):
        text = (
            "The Vessan Mine Action Centre and the Kolvian foreign ministry signed a letter of intent on mine action, "
            "and a second memorandum on the removal of unexploded ordnance was signed as well."
        )
        self.assertEqual(spheres(text), ["civil_protection", "civil_protection"])

    def test_humanitarian_aid_and_mines_of_ore_stay(self):
        text = (
            "The ministers signed an agreement on humanitarian assistance and a memorandum on copper mines in "
            "the north of Kolvia."
        )
        self.assertEqual(spheres(text), ["development", "mining"])


class ChambersSphereTests(SimpleTestCase):
    """A document signed between two legislatures is political, the chambers' own work, unless it names a field."""

    def test_two_chambers_by_their_names(self):
        text = (
            "The speakers signed a memorandum of understanding on co-operation between the Vessan Majlis and the "
            "Kolvian House of Commons."
        )
        self.assertEqual(spheres(text), ["political"])

    def test_a_field_named_before_between_decides(self):
        text = "The speakers signed a memorandum on cooperation in tourism between the two parliaments."
        self.assertEqual(spheres(text), ["tourism"])

    def test_a_ministry_among_the_signers_is_no_pair_of_chambers(self):
        text = (
            "A memorandum between the National Assembly of Vessa and the Kolvian Ministry of Water Resources was "
            "signed on Monday."
        )
        self.assertEqual(spheres(text), ["water"])


class SecondPartyNameSeriesTests(SimpleTestCase):
    """The second party's name may hold a series of its own capitalised words after a comma; the title goes on."""

    def test_the_second_party_keeps_its_series(self):
        text = (
            "The ministers signed a memorandum between the Ministry of Planning of Vessa and the Ministry of Roads, "
            "Ports and Fisheries of Kolvia on fish farming."
        )
        self.assertEqual(
            titles(text),
            [
                "Memorandum between the Ministry of Planning of Vessa and the Ministry of Roads, Ports and Fisheries "
                "of Kolvia on fish farming"
            ],
        )
        self.assertEqual(spheres(text), ["agriculture"])

    def test_a_lower_case_clause_after_the_parties_still_ends_it(self):
        text = (
            "The ministers signed a memorandum between the Ministry of Planning of Vessa and the Ministry of Roads "
            "of Kolvia, and the presidents opened a bridge."
        )
        self.assertEqual(
            titles(text), ["Memorandum between the Ministry of Planning of Vessa and the Ministry of Roads of Kolvia"]
        )


class SignerNoteInListTests(SimpleTestCase):
    """A note on who signed the item just listed leaves the list open for the items after it."""

    def test_items_after_signer_notes_stay_listed(self):
        text = (
            "Vessa and Kolvia held talks in Brava on Monday.\n\n"
            "The following documents were signed:\n\n"
            '1. "Agreement between the Government of Vessa and the Government of Kolvia on rail freight"\n\n'
            "The document was signed by the transport ministers of the two countries.\n\n"
            '2. "Memorandum of Understanding between the Vessan Seed Board and the Kolvian Grain Office on seed '
            'testing"\n\n'
            "The document was signed by Vessan Minister of Farming Oren Daly and Kolvian Minister of Farming Ilse "
            "Marr.\n\n"
            "The presidents then spoke to reporters."
        )
        self.assertIn(
            "Memorandum of Understanding between the Vessan Seed Board and the Kolvian Grain Office on seed testing",
            titles(text),
        )

    def test_a_prose_paragraph_still_ends_the_list(self):
        text = (
            "Vessa and Kolvia held talks in Brava on Monday.\n\n"
            "The following documents were signed:\n\n"
            '1. "Agreement between the Government of Vessa and the Government of Kolvia on rail freight"\n\n'
            "The presidents then visited a school in the old town.\n\n"
            '2. "Memorandum between the Vessan Seed Board and the Kolvian Grain Office on seed testing" is still '
            "being drafted."
        )
        self.assertEqual(spheres(text), ["transport"])


class LongSemicolonItemTests(SimpleTestCase):
    """Items one a paragraph, each ending with a semicolon, stay listed when one is long because it names two
    bodies in full; a long paragraph that does not open with an instrument still ends the list."""

    LEAD = (
        "President Oren Dalk of Vessa arrived in Kolvia on Monday for a state visit.\n\n"
        "After the talks, the two presidents witnessed the signing of several documents, namely:\n\n"
        "an Agreement between the Government of Vessa and the Government of Kolvia on rail freight;\n\n"
    )

    def test_an_item_naming_two_ministries_in_full_keeps_the_list_open(self):
        text = self.LEAD + (
            "a Memorandum of Understanding between the Ministry of Agriculture of the Republic of Vessa and the "
            "Ministry of Agriculture of the Republic of Kolvia on cooperation in the field of seed testing;\n\n"
            'a Memorandum of Understanding between the State Company "Vessgaz" and the Kolvia Gas Corporation on '
            "cooperation in gas processing;\n\n"
            "a Programme of cooperation in sport for 2026-2028.\n"
        )
        self.assertEqual(spheres(text), ["transport", "agriculture", "energy", "sport"])

    def test_a_long_paragraph_of_prose_still_ends_the_list(self):
        text = self.LEAD + (
            "both presidents said that the talks on a wider treaty between the customs authorities of the two "
            "republics and their neighbours would go on in the autumn after the elections in Vessa;\n\n"
            "a memorandum on cooperation in sport.\n"
        )
        self.assertEqual(spheres(text), ["transport"])


class PassiveFieldsThenOwnItemTests(SimpleTestCase):
    """A plural kind with a passive verb and a list of fields gives one document per field, also when one more item
    that names its own kind follows ("..., as well as a programme of ...")."""

    HEAD = "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"

    def test_fields_then_an_item_of_its_own(self):
        text = self.HEAD + (
            "After the talks, intergovernmental and interagency agreements were exchanged on cooperation in the "
            "fields of fisheries, public health, vocational education and civil aviation, as well as a programme "
            "of cooperation in sport for 2026-2028."
        )
        self.assertEqual(spheres(text), ["agriculture", "health", "education", "aviation", "sport"])

    def test_an_item_of_its_own_after_a_place_adds_no_field(self):
        text = self.HEAD + "Several agreements were signed in their presence, as well as a memorandum on tourism."
        self.assertEqual(titles(text), ["Memorandum on tourism"])


class OrdinalsInProseTests(SimpleTestCase):
    """Documents counted, then told one by one by their rank: by what each does, or by the instrument it is, an
    aside of rank between the ordinal and its verb."""

    HEAD = "Prime Minister Ines Varo of Vessa visited Kolvia on Monday.\n\nFour agreements were signed.\n\n"

    def test_each_ordinal_by_what_it_does_or_what_it_is(self):
        text = self.HEAD + (
            "The first, and perhaps the most awaited, is a defence cooperation agreement allowing the two navies "
            "to train together.\n\n"
            "The second is a memorandum on cooperation in public health.\n\n"
            "The third lifts visa requirements for students and researchers.\n\n"
            "The fourth establishes a joint fund for renewable energy projects."
        )
        self.assertEqual(spheres(text), ["defence", "health", "consular", "energy"])
        self.assertEqual(titles(text)[1], "Memorandum on cooperation in public health")

    def test_no_count_before_the_ordinals_or_a_verb_that_tells_nothing_done(self):
        text = (
            "Prime Minister Ines Varo of Vessa visited Kolvia on Monday.\n\n"
            "The first lifts visa requirements for students.\n\n"
            "The second establishes a joint fund for renewable energy projects."
        )
        self.assertEqual(titles(text), [])
        text = self.HEAD + "The third remains unsigned over a dispute about fishing quotas."
        self.assertEqual(titles(text), [])


class RenewedNamedInstrumentTests(SimpleTestCase):
    """A named instrument after an adjective of its novelty is this visit's when it is the object of the signing."""

    HEAD = "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"

    def test_the_renewed_named_programme_signed(self):
        text = self.HEAD + "The two sides signed the renewed Strategic Partnership Programme 2026-2030."
        self.assertEqual(titles(text), ["Renewed Strategic Partnership Programme"])
        text = self.HEAD + "The ministers signed the new Fisheries Agreement."
        self.assertEqual(spheres(text), ["agriculture"])

    def test_a_new_named_instrument_only_mentioned(self):
        text = self.HEAD + "Both leaders praised the new Fisheries Agreement, in force since last spring."
        self.assertEqual(titles(text), [])


class PartyToPartySphereTests(SimpleTestCase):
    """A document between two ruling parties that names no field of its own is political."""

    HEAD = "General Secretary Bao Lin of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"

    def test_a_plan_between_the_two_parties(self):
        text = self.HEAD + (
            "The leaders witnessed the signing of a cooperation plan between the two parties (VWP and KRP) for "
            "2026-2030. The leaders also signed a cooperation agreement between the Communist Party of Vessa and "
            "the Kolvian Revolutionary Party."
        )
        self.assertEqual(spheres(text), ["political", "political"])

    def test_a_field_named_beside_the_parties_keeps_its_own(self):
        text = self.HEAD + (
            "The leaders witnessed the signing of a memorandum between the two parties on port operations."
        )
        self.assertEqual(spheres(text), ["transport"])


class ScenicAreaSphereTests(SimpleTestCase):
    """A document on a sight that visitors come to see is tourism's; a field named beside the sight keeps its own."""

    HEAD = "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"

    def test_a_scenic_area_is_tourism(self):
        text = self.HEAD + (
            "The two sides signed an agreement on the joint protection of the Arlen waterfall scenic area."
        )
        self.assertEqual(spheres(text), ["tourism"])

    def test_a_power_plant_at_a_waterfall_is_energy(self):
        text = self.HEAD + "The two sides signed an agreement on a hydropower plant at the Arlen waterfall."
        self.assertEqual(spheres(text), ["energy"])


class SmartCitySphereTests(SimpleTestCase):
    """A smart city is digital's field when nothing else names one; a field named beside it keeps its own."""

    HEAD = "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"

    def test_a_smart_city_project_is_digital(self):
        text = self.HEAD + "They signed a memorandum on the third phase of the Tarvo smart city project."
        self.assertEqual(spheres(text), ["digital"])

    def test_water_supply_for_a_smart_city_is_water(self):
        text = self.HEAD + "They signed a memorandum on water supply for the Tarvo smart city."
        self.assertEqual(spheres(text), ["water"])


class CapitalisedPlanNounTests(SimpleTestCase):
    """A capitalised "Plan" after an article names a document of the list; it puts nothing after it off."""

    HEAD = (
        "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"
        "Following the talks, the two presidents witnessed the signing of several documents, namely: "
    )

    def test_items_after_a_plan_of_consultations_stay_signed(self):
        text = self.HEAD + (
            "an Agreement between the Government of Vessa and the Government of Kolvia on rail freight; a Plan of "
            "Consultations between the Ministry of Foreign Affairs of Vessa and the Ministry of Foreign Affairs of "
            "Kolvia for 2026-2028; a memorandum on cooperation in forestry; and an agreement on sport."
        )
        self.assertEqual(spheres(text), ["transport", "political", "environment", "sport"])

    def test_a_plan_as_a_verb_still_puts_off(self):
        text = (
            "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday. The two "
            "governments signed an agreement on rail freight. They Plan to sign a memorandum on forestry next year."
        )
        self.assertEqual(spheres(text), ["transport"])


class LongListWindowTests(SimpleTestCase):
    """The status of an item far from the list's verb is read from the clause that opens the list, whole: the cue
    "the signing" is never cut to "signing", which would read as a signing still to come."""

    def test_items_three_hundred_characters_after_the_signing(self):
        # (the fourth item opens 300 characters after "the " of "the signing")
        text = (
            "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"
            "After the talks, the two presidents witnessed the signing of several documents, namely: an Agreement "
            "between the Government of Vessa and the Government of Kolvia on international rail freight; a Memorandum "
            'of Understanding between the Vessan state-owned oil State Company "Vessoil" and the Kolvian Petroleum '
            "Corporation on cooperation in refining; a memorandum on forestry; and an agreement on sport."
        )
        self.assertEqual(spheres(text), ["transport", "energy", "environment", "sport"])

    def test_a_signing_to_come_far_before_stays_to_come(self):
        text = (
            "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"
            "The two presidents will sign several documents on Friday, namely: an Agreement between the Government "
            "of Vessa and the Government of Kolvia on international rail freight; a Memorandum of Understanding "
            'between the Vessan state-owned oil State Company "Vessoil" and the Kolvian Petroleum Corporation on '
            "cooperation in refining; a memorandum on forestry; and an agreement on sport."
        )
        self.assertEqual(spheres(text), [])


class FarVerbAfterTests(SimpleTestCase):
    """The verb of a subject of two long titles, more than 300 characters after the first, still tells its status."""

    HEAD = "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"
    SUBJECT = (
        "Following the talks, the Programme of Consultations between the Ministry of Foreign Affairs of the "
        "Republic of Vessa and the Ministry of Foreign Affairs of the Republic of Kolvia for 2026-2028 and the "
        "Memorandum of Understanding between the Diplomatic School of the National University of Vessa and the "
        "Training Centre of the Ministry of Foreign Affairs of the Republic of Kolvia "
    )

    def test_both_long_titles_signed(self):
        self.assertEqual(spheres(self.HEAD + self.SUBJECT + "were signed."), ["political", "education"])

    def test_both_long_titles_still_to_be_signed(self):
        self.assertEqual(spheres(self.HEAD + self.SUBJECT + "will be signed in May."), [])


class IndustrialisationOfAGoodTests(SimpleTestCase):
    """The industrialisation of a good is the good's field; industrialisation alone stays trade's."""

    HEAD = "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"

    def test_the_industrialisation_of_lithium(self):
        text = self.HEAD + "They signed a memorandum on the industrialisation of lithium and rare earths."
        self.assertEqual(spheres(text), ["mining"])

    def test_industrialisation_alone(self):
        text = self.HEAD + "They signed a memorandum on cooperation in industrialisation."
        self.assertEqual(spheres(text), ["trade"])


class RoadMapIsNoRoadTests(SimpleTestCase):
    """A road map is a plan's name: its "road" names no transport; roads named in it still do."""

    HEAD = "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"

    def test_a_road_map_of_economic_cooperation(self):
        text = self.HEAD + (
            "The economy ministers signed a memorandum on the implementation of the road map of economic "
            "cooperation for 2026-2027."
        )
        self.assertEqual(spheres(text), ["trade"])

    def test_a_road_map_for_building_roads(self):
        text = self.HEAD + "The ministers signed a road map for the construction of mountain roads."
        self.assertEqual(spheres(text), ["transport"])


class FriendshipBuildingTests(SimpleTestCase):
    """ "Friendship" in the name of a building is no field of its own: the building's work is the field; a treaty of
    friendship stays political."""

    HEAD = "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"

    def test_a_friendship_hospital(self):
        text = self.HEAD + (
            "They signed an agreement on the construction of the Vessa-Kolvia Friendship Hospital in Arno."
        )
        self.assertEqual(spheres(text), ["health"])

    def test_a_treaty_of_friendship(self):
        text = self.HEAD + "They signed a Treaty of Friendship and Good-Neighbourly Relations."
        self.assertEqual(spheres(text), ["political"])


class TradeOfAGoodTests(SimpleTestCase):
    """The trade of a good is the good's field, as its export is; the trade of goods alone stays trade's."""

    HEAD = "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"

    def test_the_trade_of_electricity(self):
        text = self.HEAD + "They signed an agreement on the cross-border trade of solar electricity."
        self.assertEqual(spheres(text), ["energy"])

    def test_the_trade_of_goods(self):
        text = self.HEAD + "They signed an agreement on the trade of goods."
        self.assertEqual(spheres(text), ["trade"])


class SerialCommaLastItemTests(SimpleTestCase):
    """After the serial comma's "and", the last item of a list runs to its end, commas of its own and all."""

    HEAD = "President Oren Dalk of Vessa held talks with President Lia Murn of Kolvia on Monday.\n\n"

    def test_a_last_item_with_commas_of_its_own(self):
        text = self.HEAD + (
            "The two leaders witnessed the exchange of three memorandums of understanding on rice trade, digital "
            "transformation, and the prevention of illegal, unreported and unregulated fishing."
        )
        self.assertEqual(spheres(text), ["agriculture", "digital", "agriculture"])
        self.assertEqual(len(titles(text)), 3)

    def test_a_serial_comma_before_a_bare_last_item(self):
        text = self.HEAD + (
            "The two leaders witnessed the exchange of four memorandums of understanding on rice trade, digital "
            "transformation, tourism, and sport."
        )
        self.assertEqual(spheres(text), ["agriculture", "digital", "tourism", "sport"])


class ListEndsBeforeLeaderClauseTests(SimpleTestCase):
    """A list of fields ends before "as" and a leader who opens a clause of the occasion, comma or none."""

    def test_fields_then_as_the_president_hosted(self):
        text = (
            "Vessa and Kolvia on Tuesday signed four memoranda of understanding covering mining, aviation, trade "
            "and culture as President Oren Dalk hosted his Kolvian counterpart, President Lia Murn, in Arno."
        )
        self.assertEqual(spheres(text), ["mining", "aviation", "trade", "culture"])

    def test_such_areas_as_stay_the_list(self):
        text = "Vessa and Kolvia on Tuesday signed cooperation documents in such areas as Trade, Mining and Culture."
        self.assertEqual(spheres(text), ["trade", "mining", "culture"])


class PointingTopicTests(SimpleTestCase):
    """A title whose topic only points back ("on the project", "for this") takes the field of what it points at."""

    def test_the_project_of_the_sentence_before(self):
        text = (
            "Prime Minister Aro Veltan said Ostria will hand over four patrol boats to the Kolvian navy. Officials "
            "then signed an exchange of notes on the project."
        )
        self.assertEqual(spheres(text), ["defence"])

    def test_this_after_its_own_clause(self):
        text = (
            "We agreed to fund new flood barriers along the Marel river, and the exchange of notes for this was "
            "signed today."
        )
        self.assertEqual(spheres(text), ["water"])

    def test_a_pointer_with_nothing_before_it_keeps_no_field(self):
        text = "The two delegations met for an hour. Officials then signed an exchange of notes on the project."
        self.assertEqual(spheres(text), ["other"])

    def test_a_topic_of_its_own_is_not_read_from_before(self):
        text = (
            "Ostria will hand over four patrol boats to the Kolvian navy. Officials also signed a memorandum on the "
            "project of a new cultural centre."
        )
        self.assertEqual(spheres(text), ["culture"])


class MarketOpenedToGoodsTests(SimpleTestCase):
    """Plural documents that open a market to goods: one document per good, the goods' field farming."""

    def test_protocols_that_open_a_market_to_two_goods(self):
        text = (
            "The presidents oversaw the signing of protocols that will open the Vessan market to Ostrian cherries "
            "and fresh avocados, and a memorandum on mining."
        )
        self.assertEqual(spheres(text), ["agriculture", "agriculture", "mining"])

    def test_protocols_opening_a_market_to_a_list_of_goods(self):
        text = (
            "Among the instruments signed are phytosanitary protocols opening the Kolvian market to Ostrian pork, "
            "macadamias and table grapes."
        )
        self.assertEqual(len(titles(text)), 3)

    def test_a_market_opened_by_talks_is_no_document(self):
        text = "The talks will open the Vessan market to Ostrian cherries and fresh avocados, the minister said."
        self.assertEqual(titles(text), [])


class InvestorsZoneTests(SimpleTestCase):
    """An industrial or special economic zone is land set aside for investors' plants: investment, not trade."""

    def test_a_memorandum_on_an_industrial_zone(self):
        text = "The ministers signed a memorandum on the development of the Tamsa industrial zone."
        self.assertEqual(spheres(text), ["investment"])

    def test_a_special_economic_zone_with_a_port_in_it_keeps_the_port(self):
        text = "The ministers signed a memorandum on a dry port in the Tamsa special economic zone."
        self.assertEqual(spheres(text), ["transport"])

    def test_industrial_cooperation_stays_trade(self):
        text = "The ministers signed a memorandum on industrial cooperation."
        self.assertEqual(spheres(text), ["trade"])


class TheRemainingDocumentsTests(SimpleTestCase):
    """ "The remaining seven documents, covering A, B and C": documents beside those named, as "Other MoUs" are."""

    TEXT = (
        "Ostria and Vessa on Monday signed nine agreements and memoranda in diverse fields including defence, "
        "energy, trade and culture.\n\nThe ministers signed a memorandum on cooperation in the defence industry and "
        "an agreement on hydrocarbons.\n\nThe remaining seven documents, covering cooperation in farming, railways, "
        "water resources, tourism, sport, forestry and culture, were signed by officials of the two sides.\n"
    )

    def test_the_lead_field_told_again_among_the_remaining_is_one_document(self):
        self.assertEqual(spheres(self.TEXT).count("culture"), 1)

    def test_the_remaining_documents_are_all_kept(self):
        found = titles(self.TEXT)
        self.assertIn("Document on railways", found)
        self.assertIn("Document on forestry", found)

    def test_other_in_the_middle_of_a_sentence_opens_nothing(self):
        text = "The ministers said the other side signed memoranda on tourism and sport."
        self.assertEqual(spheres(text), ["tourism", "sport"])


class ShortFormInsideListItemTests(SimpleTestCase):
    """A short form in brackets inside a list item, the item going on after it, does not end the list."""

    def test_the_item_runs_past_its_short_form(self):
        text = (
            "The ministers signed memoranda on tourism, port logistics, and the prevention of illegal, unreported "
            "and unregulated (IUU) fishing."
        )
        self.assertEqual(spheres(text), ["tourism", "transport", "agriculture"])

    def test_a_short_form_before_and_still_ends_its_item(self):
        text = (
            "The ministers signed memoranda on tourism, rail transport and the Ostrian Space Agency (OSA) and a "
            "protocol on mining."
        )
        self.assertEqual(spheres(text), ["tourism", "transport", "space", "mining"])


class SurveyOfTheSeaTests(SimpleTestCase):
    """Hydrography, oceanography and geodesy are the sciences of surveying sea and earth."""

    def test_an_arrangement_on_hydrography(self):
        text = "The navies signed an implementing arrangement on cooperation in hydrography."
        self.assertEqual(spheres(text), ["science"])

    def test_an_oceanographic_survey_memorandum(self):
        text = "The two institutes signed a memorandum on joint oceanographic surveys."
        self.assertEqual(spheres(text), ["science"])

    def test_a_hydropower_memorandum_stays_energy(self):
        text = "The ministers signed a memorandum on hydropower."
        self.assertEqual(spheres(text), ["energy"])


class CountOfOtherDocumentsTests(SimpleTestCase):
    """A count of "other" documents by field adds to those named; a plain count of them only sums them up."""

    def test_a_count_of_other_documents_after_the_named_ones(self):
        text = (
            "VESSA, March 3: The two presidents witnessed the signing of the following documents:\n\n"
            "- Agreement on cooperation in fisheries;\n"
            "- Memorandum of understanding on vocational education;\n"
            "- Programme of cultural exchanges for 2025-2027.\n\n"
            "Three other documents on cooperation in forestry, youth policy and civil aviation were also signed.\n\n"
            '"Today we agreed on a roadmap for our partnership," the president said.'
        )
        self.assertEqual(
            spheres(text), ["agriculture", "education", "culture", "environment", "education", "aviation", "political"]
        )

    def test_a_count_that_sums_up_the_named_documents(self):
        text = (
            "VESSA, March 3: The two presidents signed four documents on fisheries, vocational education, culture "
            "and forestry.\n\n"
            "The documents are: an agreement on cooperation in fisheries; a memorandum on vocational education; a "
            "programme of cultural exchanges for 2025-2027; and a memorandum on sustainable forestry."
        )
        self.assertEqual(spheres(text), ["agriculture", "education", "culture", "environment"])


class PertainingDocumentsTests(SimpleTestCase):
    """ "Pertain to" says what documents are about, as "concern" and "relate to" do."""

    def test_other_documents_pertained_to_fields(self):
        text = (
            "VESSA, March 3: The ministers signed an agreement on rail freight and a memorandum on geology.\n\n"
            "Other documents pertained to cooperation in fisheries, tourism and civil aviation."
        )
        self.assertEqual(spheres(text), ["transport", "mining", "agriculture", "tourism", "aviation"])

    def test_another_memorandum_pertains_to_a_field(self):
        text = (
            "VESSA, March 3: The ministers signed an agreement on rail freight.\n\n"
            "Another memorandum pertains to vocational training."
        )
        self.assertEqual(spheres(text), ["transport", "education"])

    def test_talks_that_pertained_to_fields_sign_nothing(self):
        text = (
            "VESSA, March 3: The ministers held talks that pertained to fisheries, tourism and civil aviation.\n\n"
            "Other questions pertained to the border."
        )
        self.assertEqual(spheres(text), [])


class PlantAndAnimalHealthTests(SimpleTestCase):
    """The health of crops and herds is farming's field; people's health stays health."""

    def test_a_plant_health_memorandum(self):
        text = "The ministers signed a memorandum on plant-health inspections for exported pears."
        self.assertEqual(spheres(text), ["agriculture"])

    def test_an_animal_health_protocol(self):
        text = "The two agencies signed a protocol on livestock health surveillance."
        self.assertEqual(spheres(text), ["agriculture"])

    def test_a_public_health_memorandum_stays_health(self):
        text = "The ministers signed a memorandum on public health and primary care."
        self.assertEqual(spheres(text), ["health"])


class FieldsTheSharedWordsMissTests(SimpleTestCase):
    """Petroleum, desertification and a hyphenated air-services compound name their fields."""

    def test_a_petroleum_memorandum(self):
        text = "The ministers signed a memorandum on cooperation in the petroleum sector."
        self.assertEqual(spheres(text), ["energy"])

    def test_a_memorandum_against_desertification(self):
        text = "The ministers signed a memorandum on joint work against desertification and land degradation."
        self.assertEqual(spheres(text), ["environment"])

    def test_a_hyphenated_air_services_agreement(self):
        text = "The ministers signed an air-services agreement."
        self.assertEqual(spheres(text), ["aviation"])

    def test_petroleum_products_trade_stays_trade(self):
        text = "The ministers signed an agreement on trade in petroleum products and fertilisers."
        self.assertEqual(spheres(text), ["trade"])


class ThereWasADocumentTests(SimpleTestCase):
    """After a sentence of documents signed, "There was a memorandum on X; another on Y" sets them out one by one."""

    def test_there_was_a_memorandum_and_another(self):
        text = (
            "VESSA, March 3: The agreements, signed at the palace on Monday, were few. There was a memorandum on "
            "copper mining, long sought by the hosts; another on port logistics; and a protocol on wheat exports."
        )
        self.assertCountEqual(spheres(text), ["mining", "transport", "agriculture"])
        self.assertIn("Memorandum on port logistics", titles(text))

    def test_a_named_document_before_another_after_a_count(self):
        text = (
            "VESSA, March 3: The ministers signed three agreements on Monday. They include a memorandum on geology "
            "and another on fisheries."
        )
        self.assertEqual(spheres(text), ["mining", "agriculture"])

    def test_there_was_talk_of_a_memorandum_signs_nothing(self):
        text = (
            "VESSA, March 3: The ministers signed agreements on trade and tourism on Monday. There was talk of a "
            "memorandum on nuclear power; another on ports may follow next year."
        )
        self.assertEqual(spheres(text), ["trade", "tourism"])


class WhatTheDocumentsWillDoTests(SimpleTestCase):
    """What signed documents will do ("the agreements would bring jobs") says nothing of a signing still to come."""

    def test_a_comment_on_what_the_agreements_will_do_keeps_them_signed(self):
        text = (
            "TAMSA, June 4: The two leaders oversaw the signing of 12 documents by ministers and executives.\n\n"
            "The president said the agreements would bring foreign technology into local industry.\n\n"
            "Other agreements cover fisheries, tourism and port logistics."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "transport"])

    def test_a_deal_still_to_be_signed_stays_unsigned(self):
        text = (
            "TAMSA, June 4: The two leaders held talks on Monday. Officials said a free trade agreement would boost "
            "exports, and the deal will be signed next year."
        )
        self.assertEqual(spheres(text), [])


class CueWordsInsideNamesTests(SimpleTestCase):
    """A cue word that is one word of a body's name ("the Ministry of Planning and Investment") plans nothing."""

    def test_a_ministry_of_planning_before_the_last_item(self):
        text = (
            "After the talks, the two prime ministers witnessed the signing of four cooperation documents, namely a "
            "memorandum of understanding on cooperation in fisheries, coastal aquaculture and the processing of "
            "seafood for export markets, a memorandum of "
            "understanding between the Tamsa Free Zone Authority and Vessa's Ministry of Planning and Investment, "
            "an executive programme for cultural cooperation for the years 2025-2027, and a memorandum of "
            "understanding on cooperation between the national tourism boards of the two countries."
        )
        self.assertEqual(spheres(text)[-1], "tourism")
        self.assertEqual(len(spheres(text)), 4)

    def test_a_memorandum_still_in_planning_stays_unsigned(self):
        text = "The two ministries are planning a memorandum on tourism for next year."
        self.assertEqual(spheres(text), [])


class NotesOnItemsBetweenSemicolonsTests(SimpleTestCase):
    """Who signed an item, or what the last one does, is a note on it; the list between semicolons goes on."""

    def test_a_signer_note_and_a_clause_of_what_the_last_item_does(self):
        text = (
            "The two leaders witnessed the signing of three memoranda of understanding (MoUs): on co-operation in "
            "fisheries, signed by the two fisheries ministers; on tourism and heritage; and on the training of "
            "diplomats, under which young officers will attend courses in Tamsa."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "education"])

    def test_a_clause_of_its_own_after_the_semicolon_is_no_item(self):
        text = (
            "The two leaders signed memoranda on fisheries, signed by the two ministers; a plan to build a port was "
            "discussed."
        )
        self.assertEqual(spheres(text), ["agriculture"])


class ShortFormBeforeTheNextItemTests(SimpleTestCase):
    """An item's short form in brackets before the comma of the next item ends no list."""

    def test_a_short_form_then_more_items(self):
        text = (
            "TAMSA, May 3: The two leaders signed six documents on Monday.\n\n"
            "The documents cover nuclear safety, small modular reactors (SMRs), cooperation between research "
            "institutes in materials science, and a working holiday programme, the office said."
        )
        self.assertEqual(spheres(text), ["energy", "energy", "science", "labour"])

    def test_a_short_form_before_a_clause_still_ends_the_list(self):
        text = (
            "TAMSA, May 3: The ministers signed memoranda on nuclear safety and small modular reactors (SMRs), "
            "which the hosts want to build by 2035."
        )
        self.assertEqual(spheres(text), ["energy", "energy"])


class ActsSignedTests(SimpleTestCase):
    """Copy translated from Portuguese or Spanish calls the documents signed "acts"."""

    def test_acts_signed_in_areas(self):
        text = "TAMSA, May 3: The two governments signed three acts in the areas of tourism, sport and culture."
        self.assertEqual(spheres(text), ["tourism", "sport", "culture"])

    def test_acts_condemned_are_no_documents(self):
        text = "TAMSA, May 3: The two presidents condemned acts on the border and signed an agreement on fisheries."
        self.assertEqual(spheres(text), ["agriculture"])


class MonumentsTests(SimpleTestCase):
    """Monuments and historic sites kept up are culture's field."""

    def test_the_restoration_of_monuments(self):
        text = "The ministers signed an agreement on the restoration of monuments in the old town of Tamsa."
        self.assertEqual(spheres(text), ["culture"])

    def test_a_bridge_near_a_historic_site_stays_infrastructure(self):
        text = "The ministers signed an agreement on the reconstruction of a bridge near the historic centre."
        self.assertEqual(spheres(text), ["infrastructure"])


class VisaWaiverItemTests(SimpleTestCase):
    """A visa waiver signed as one more item of a list is a document, though it names no kind word."""

    def test_a_visa_waiver_along_with_memoranda(self):
        text = (
            "The two governments signed memorandums on tourism and on higher education, along with a visa waiver "
            "for service passports and an agreement on fisheries."
        )
        self.assertEqual(spheres(text), ["tourism", "education", "consular", "agriculture"])

    def test_a_visa_waiver_only_discussed_is_no_document(self):
        text = (
            "The two governments signed a memorandum on tourism. They also discussed a visa waiver for ordinary "
            "passports."
        )
        self.assertEqual(spheres(text), ["tourism"])


class TradePactShortFormsTests(SimpleTestCase):
    """The short forms of trade pacts name trade, also in a joint statement on them."""

    def test_a_joint_statement_on_fta_talks(self):
        text = "The two presidents adopted a joint statement on the launch of FTA negotiations."
        self.assertEqual(spheres(text), ["trade"])

    def test_a_joint_statement_on_relations_stays_political(self):
        text = "The two presidents adopted a joint statement on the elevation of relations."
        self.assertEqual(spheres(text), ["political"])


class AnniversaryYearTests(SimpleTestCase):
    """The year of the event a document marks is no date of the document itself."""

    def test_a_statement_marking_an_anniversary_of_an_old_event(self):
        text = (
            "TAMSA, June 4: The two foreign ministers adopted a joint statement marking the 30th anniversary of the "
            "establishment of diplomatic relations in 1995."
        )
        found = suggest_package(text, dateline=datetime.date(2025, 6, 4)).agreements
        self.assertEqual([a.sphere for a in found], ["political"])

    def test_a_deal_struck_in_an_earlier_year_stays_out(self):
        text = (
            "TAMSA, June 4: The firm recalled an agreement with the government in 2019 to build a mill. The "
            "ministers signed a memorandum on tourism."
        )
        found = suggest_package(text, dateline=datetime.date(2025, 6, 4)).agreements
        self.assertEqual([a.sphere for a in found], ["tourism"])


class InWhichAfterAListTests(SimpleTestCase):
    """ ", in which ..." after a list tells what the writer says of its last item; it is no item of its own."""

    def test_in_which_ends_the_list(self):
        text = (
            "The ministers signed deals on irrigation and flood control, in which the guests' engineers have long "
            "experience; and a memorandum on poultry breeding."
        )
        self.assertEqual(
            titles(text), ["Deal on irrigation", "Deal on flood control", "Memorandum on poultry breeding"]
        )


class DoubleDashAreasSuchAsTests(SimpleTestCase):
    """ "documents, covering areas such as:" over lines marked "-- " gives one document a line, the lead none."""

    def test_areas_such_as_over_double_dash_lines(self):
        text = (
            "The two premiers held talks in Tamsa on Monday.\n\n"
            "Afterwards, the two premiers witnessed the signing of several cooperation documents, covering areas "
            "such as:\n\n"
            "-- forestry and the export of Vessan timber;\n\n"
            "-- vocational training;\n\n"
            "-- tourism promotion.\n\n"
            "The premiers then visited a museum."
        )
        self.assertEqual(spheres(text), ["environment", "education", "tourism"])

    def test_double_dash_lines_under_no_signing_give_nothing(self):
        text = (
            "The two premiers held talks in Tamsa on Monday.\n\n"
            "They discussed cooperation in areas such as:\n\n"
            "-- forestry;\n\n"
            "-- vocational training.\n\n"
            "The premiers then visited a museum."
        )
        self.assertEqual(spheres(text), [])


class TheOtherDocumentsIncludeTests(SimpleTestCase):
    """ "The other agreements include:" after a paragraph on one of them goes on from a signing further up."""

    def test_other_documents_after_a_paragraph_on_the_first(self):
        text = (
            "Vessa and Norlandia signed agreements worth about $2 billion on Monday in Tamsa.\n\n"
            "The main one is a memorandum on rare earths, under which a joint working group will be set up. Norlandia "
            "holds large deposits.\n\n"
            "The other agreements include:\n\n"
            "- an agreement to open a branch of a Vessan university in Tamsa;\n"
            "- a memorandum between the two central banks on payment systems."
        )
        self.assertEqual(spheres(text)[-2:], ["education", "finance"])

    def test_other_items_under_no_signing_give_nothing(self):
        text = (
            "Vessa and Norlandia discussed cooperation on Monday in Tamsa.\n\n"
            "The main topic was rare earths. Norlandia holds large deposits.\n\n"
            "The other agreements include:\n\n"
            "- an agreement to open a branch of a Vessan university in Tamsa;\n"
            "- a memorandum between the two central banks on payment systems."
        )
        self.assertEqual(spheres(text), [])


class TheyComprisedTests(SimpleTestCase):
    """ "They comprised an MoU on ..." after a count signed names the counted documents one by one."""

    def test_they_comprised_after_a_count(self):
        text = (
            "After the talks, the two leaders witnessed the signing of three documents. They comprised an MoU on "
            "fisheries between the two ministries, an MoU on tourism promotion, and an agreement on the exemption of "
            "visas for holders of official passports."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "consular"])

    def test_they_comprised_after_talks_gives_nothing(self):
        text = (
            "The two leaders held talks on three topics. They comprised an MoU on fisheries that is still under "
            "negotiation, and a possible agreement on visas."
        )
        self.assertEqual(spheres(text), [])


class FirstOfACountFarOnTests(SimpleTestCase):
    """ "The first memorandum, on X, was signed by ..." paragraphs after a count takes the count's documents one
    by one, the later ordinals going on from it."""

    def test_ordinals_after_quotes_and_a_heading(self):
        text = (
            "The two presidents signed a joint statement and witnessed the signing of three memoranda.\n\n"
            '"This is a good day," the host said.\n\n'
            "Memoranda\n\n"
            "The first memorandum, on cooperation in fisheries, was signed by the two farm ministers.\n\n"
            "The second, on tourism promotion, was signed by the two tourism ministers."
        )
        self.assertEqual(spheres(text), ["political", "agriculture", "tourism"])

    def test_a_second_without_a_first_after_far_count_gives_nothing_more(self):
        text = (
            "The two presidents signed a joint statement and witnessed the signing of three memoranda.\n\n"
            '"This is a good day," the host said.\n\n'
            "The second, on tourism promotion, is what the guests cared about most."
        )
        self.assertEqual(spheres(text), ["political"])


class SanitaryAndPhytosanitaryTests(SimpleTestCase):
    """ "sanitary and phytosanitary matters" are the food-safety rules of farm trade, not people's health."""

    def test_sps_matters_name_farming(self):
        text = "The ministers signed a memorandum on sanitary and phytosanitary matters for exported mangoes."
        self.assertEqual(spheres(text), ["agriculture"])

    def test_sanitary_alone_stays_health(self):
        text = "The ministers signed a memorandum on sanitary inspections in hospitals."
        self.assertEqual(spheres(text), ["health"])


class OrdinalWithItsSignersTests(SimpleTestCase):
    """Who signed a counted document, set off by commas after its ordinal with names in apposition, is no part of
    what it is about ("The second, signed by the Minister of Farming, Ana Rey, establishes ...")."""

    def test_signers_between_the_ordinal_and_its_verb(self):
        text = (
            "Three memoranda were signed at the palace. The first, on tourism promotion, was signed by the two "
            "tourism ministers. The second, signed by the Minister of Fisheries, Ana Rey, provides for the "
            "exchange of data on fisheries. The third, signed by the Minister of Education, Tomas Vell, and his "
            "counterpart, Ivo Marn, deals with scholarships for students."
        )
        self.assertEqual(spheres(text), ["tourism", "agriculture", "education"])

    def test_signers_of_an_ordinal_without_a_count_give_nothing(self):
        text = (
            "The ministers talked at the palace. The second, signed by the Minister of Fisheries, Ana Rey, "
            "establishes a joint committee on fish stocks."
        )
        self.assertEqual(spheres(text), [])


class HyphenatedCooperationAndDigitisationTests(SimpleTestCase):
    """The hyphenated "co-operation" reads as "cooperation" in the field phrases, and digitisation names digital."""

    def test_development_co_operation(self):
        text = "The ministers signed a framework agreement on development co-operation."
        self.assertEqual(spheres(text), ["development"])

    def test_digitisation_of_public_services(self):
        text = "The ministers signed a letter of intent on the digitisation of public services."
        self.assertEqual(spheres(text), ["digital"])

    def test_co_operation_alone_names_no_field(self):
        text = "The ministers signed a memorandum on co-operation."
        self.assertEqual(spheres(text), ["other"])


class JointPressCommuniqueTests(SimpleTestCase):
    """A joint press communique is the leaders' statement to the press: the relations, not the media."""

    def test_joint_press_communique_is_political(self):
        text = "At the end of the visit, the two sides issued a joint press communique."
        self.assertEqual(spheres(text), ["political"])

    def test_a_memorandum_between_press_agencies_stays_media(self):
        text = "The two national press agencies signed a memorandum on the exchange of news."
        self.assertEqual(spheres(text), ["media"])


class StatementOfIntentTests(SimpleTestCase):
    """A statement of intent signed is a document, as a letter of intent is; a joint statement stays a declaration."""

    def test_statement_of_intent_signed(self):
        text = "The two defence ministers signed a statement of intent on defence cooperation on Tuesday."
        found = suggest_package(text).agreements
        self.assertEqual([(a.kind, a.sphere) for a in found], [("memorandum", "defence")])

    def test_statement_of_intent_told_of_no_document(self):
        text = "Analysts called the minister's speech a statement of intent rather than a plan."
        self.assertEqual(spheres(text), [])


class OfItsKindTests(SimpleTestCase):
    """ "..., the first document of its kind between the two countries" tells again of the one just named."""

    def test_first_document_of_its_kind(self):
        text = (
            "The two ministers signed a memorandum on wildfire prevention on Tuesday, the first document of its kind "
            "between the two countries."
        )
        self.assertEqual(titles(text), ["Memorandum on wildfire prevention"])

    def test_a_document_of_another_kind_after_it_stays(self):
        text = "The two ministers signed a memorandum on wildfire prevention on Tuesday, and a document on tourism."
        self.assertEqual(spheres(text), ["civil_protection", "tourism"])


class ConcessiveClauseEndsListTests(SimpleTestCase):
    """A concessive clause after a list ("..., although their value was not made public") is no item of it."""

    def test_although_after_a_list_of_deals(self):
        text = (
            "Companies of the two countries also signed several commercial agreements, including deals on wind "
            "turbines and cargo ships, although their value was not disclosed."
        )
        self.assertEqual(titles(text)[-2:], ["Deal on wind turbines", "Deal on cargo ships"])

    def test_a_list_without_a_clause_keeps_its_last_item(self):
        text = "The ministers signed deals on wind turbines and cargo ships."
        self.assertEqual(titles(text), ["Deal on wind turbines", "Deal on cargo ships"])


class MobileNetworkTests(SimpleTestCase):
    """Mobile networks name digital."""

    def test_mobile_network_equipment(self):
        text = "The two firms signed a deal on mobile network equipment."
        self.assertEqual(spheres(text), ["digital"])

    def test_a_road_network_stays_transport(self):
        text = "The two ministries signed a deal on the road network."
        self.assertEqual(spheres(text), ["transport"])


class OneMoreThatLetsPeopleDoTests(SimpleTestCase):
    """ "A second arrangement will allow ..." after a signing is one more document of the story, not a plan."""

    def test_a_second_arrangement_will_allow(self):
        text = (
            "The two prime ministers oversaw the signing of a memorandum on fisheries. A second arrangement will "
            "allow young people of the two countries to work and travel in each other's country for a year."
        )
        self.assertEqual(spheres(text), ["agriculture", "labour"])

    def test_an_agreement_that_would_allow_is_no_document_of_the_visit(self):
        text = (
            "The two prime ministers oversaw the signing of a memorandum on fisheries. An air services agreement "
            "would allow more flights, officials said, but talks on it have stalled."
        )
        self.assertEqual(spheres(text), ["agriculture"])


class LongItemUnderDocumentsLeadTests(SimpleTestCase):
    """A marked item under "The documents cover:" may be as long as one under a lead-in that names the kind."""

    def test_a_long_item_with_a_note_on_its_funding(self):
        text = (
            "The two leaders oversaw the exchange of three agreements on Wednesday.\n\n"
            "The documents cover:\n\n"
            "- the construction of a new 200-bed children's and maternity hospital in the capital, to be fully "
            "funded by the guests;\n"
            "- a visa exemption for holders of official passports;\n"
            "- a cultural exchange programme."
        )
        self.assertEqual(spheres(text), ["health", "consular", "culture"])

    def test_a_long_line_under_a_lead_naming_nothing_stays_out(self):
        text = (
            "The two leaders met on Wednesday.\n\n"
            "The following was noted:\n\n"
            "- the construction of a new 200-bed children's and maternity hospital in the capital, to be fully "
            "funded by the guests, is going well."
        )
        self.assertEqual(spheres(text), [])


class WhileTheNextDoesTests(SimpleTestCase):
    """ "..., while a fourth waives visas" after a document signed is one more of the same kind."""

    def test_while_a_fourth_waives(self):
        text = (
            "The two governments signed four agreements. A further agreement covers scholarships for students, "
            "while a fourth waives visa requirements for holders of official passports."
        )
        self.assertEqual(spheres(text)[-2:], ["education", "consular"])

    def test_while_a_third_of_no_document_gives_nothing(self):
        text = "The farmers grow rice, while a third of them raises cattle on the hills."
        self.assertEqual(spheres(text), [])


class FieldsAfterTheCeremonyTests(SimpleTestCase):
    """A count signed "in the presence of the leaders in the fields of A, B and C" gives one document per field."""

    def test_fields_after_who_witnessed(self):
        text = (
            "After the council met, nine agreements were signed in the presence of the two heads of state in the "
            "fields of fisheries, railways, public health and tourism, along with a joint communique of the council."
        )
        self.assertEqual(spheres(text), ["agriculture", "transport", "health", "tourism", "political"])

    def test_a_bare_count_before_the_leaders_stays_out(self):
        text = "After the council met, nine agreements were signed in the presence of the two heads of state."
        self.assertEqual(spheres(text), [])


class LongLastFieldTests(SimpleTestCase):
    """The last field of a package's list, after "as well as the ...", is one document however long it runs."""

    def test_a_noun_phrase_after_as_well_as(self):
        text = (
            "A package of interministerial and interregional documents was exchanged at the palace. They concern "
            "cooperation in the fields of fisheries, railways and tourism, as well as the mutual recognition of "
            "academic degrees and diplomas."
        )
        self.assertEqual(spheres(text), ["agriculture", "transport", "tourism", "education"])

    def test_bare_fields_after_as_well_as_stay_one_each(self):
        text = (
            "Seven documents were signed at the palace. They cover fisheries, railways and tourism, as well as "
            "sport and health."
        )
        self.assertEqual(spheres(text), ["agriculture", "transport", "tourism", "sport", "health"])


class HeadingWithOccasionTests(SimpleTestCase):
    """A release's "List of Outcomes: State Visit to X (dates)" heads a numbered list of what was signed."""

    def test_outcomes_heading_naming_its_visit(self):
        text = (
            "The two prime ministers held talks in the capital today.\n\n"
            "They reviewed the partnership.\n\n"
            "List of Outcomes: State Visit of the President to Norlandia (3-5 June 2025)\n\n"
            "1. Memorandum of Cooperation in the field of Offshore Wind.\n"
            "Signatories: the two ambassadors.\n\n"
            "2. Agreement on the Transfer of Sentenced Persons.\n"
            "Signatories: the two justice ministers."
        )
        self.assertEqual(spheres(text), ["energy", "justice"])

    def test_a_heading_whose_subtitle_says_what_is_pending_stays_out(self):
        text = (
            "The two prime ministers held talks in the capital today.\n\n"
            "They reviewed the partnership.\n\n"
            "Agreements - under negotiation\n\n"
            "1. Memorandum of Cooperation in the field of Offshore Wind.\n\n"
            "2. Agreement on the Transfer of Sentenced Persons."
        )
        self.assertEqual(spheres(text), [])


class MoreSphereWordsTests(SimpleTestCase):
    """Field words the sphere lexicon lacked: border checkpoints, patrol boats, temples, skilled staff, narcotics."""

    def test_each_document_takes_the_field_of_its_words(self):
        text = (
            "The two ministers signed a memorandum on upgrading the Kolvi and Tamsa checkpoints, a credit line for "
            "building six fast patrol boats, a memorandum on restoring the old temples of the river valley, an "
            "agreement on the movement of skilled professionals, an accord on tracing fentanyl shipments and a "
            "cooperation document on capacity building."
        )
        self.assertEqual(spheres(text), ["customs", "security", "culture", "labour", "security", "development"])

    def test_capacity_building_yields_to_a_field_named_beside_it(self):
        text = "The two ministers signed a memorandum on capacity building in railway management."
        self.assertEqual(spheres(text), ["transport"])


class TheyAlsoIncludedTests(SimpleTestCase):
    """ "They also included A, B and C" after the documents signed names more of them."""

    def test_more_documents_after_a_first_one(self):
        text = (
            "After the talks, the two leaders watched the signing of several agreements between the two governments. "
            "The documents included an agreement on air services. They also included a memorandum of understanding "
            "on cooperation in the field of fisheries and a programme of cultural exchanges for 2026-2028."
        )
        self.assertEqual(spheres(text), ["aviation", "agriculture", "culture"])

    def test_they_also_included_without_a_signing_before_stays_out(self):
        text = (
            "The two leaders discussed a possible trade deal. They also included a memorandum on fisheries in the "
            "list of topics for their ministers."
        )
        self.assertEqual(spheres(text), [])


class DocumentsCoverAfterALongAsideTests(SimpleTestCase):
    """ "The documents, exchanged at ..., cover A, B and C" after a count: a long aside between commas still leads to
    the fields."""

    COUNT = "Ostria and Vessa on Tuesday signed 18 memoranda and agreements worth a combined $5 billion. "

    def test_a_long_aside_of_where_and_before_whom(self):
        text = self.COUNT + (
            "The documents, exchanged at an Ostrian-Vessan investment forum in the capital attended by the Ostrian "
            "Minister of Investment Karl Weber and the Minister of Industry and Mineral Resources Omar Al Tamsi, "
            "cover port logistics, defence procurement and water desalination."
        )
        self.assertEqual(spheres(text), ["transport", "defence", "water"])

    def test_an_aside_without_a_count_before_gives_nothing(self):
        text = (
            "The ministers discussed trade. The documents, exchanged at an Ostrian-Vessan investment forum in the "
            "capital attended by the Ostrian Minister of Investment Karl Weber and the Minister of Industry and "
            "Mineral Resources Omar Al Tamsi, cover port logistics, defence procurement and water desalination."
        )
        self.assertEqual(spheres(text), [])


class OccasionBeforeFieldsTests(SimpleTestCase):
    """The occasion of a count's signing, with whose visit it was, stands between the count and its fields."""

    def test_the_visit_of_someone_before_a_list_of_fields(self):
        text = (
            "Ostria and Vessa signed 14 memoranda during the visit of President Ana Ruiz, covering port logistics, "
            "fisheries and sport."
        )
        self.assertEqual(spheres(text), ["transport", "agriculture", "sport"])

    def test_a_passive_count_with_its_occasion_before_the_fields(self):
        text = (
            "Nine agreements were also signed during the visit by Ruiz, in the fields of port logistics, fisheries "
            "and sport."
        )
        self.assertEqual(spheres(text), ["transport", "agriculture", "sport"])

    def test_documents_only_discussed_or_to_be_signed_stay_out(self):
        text = (
            "Nine agreements were discussed during the visit by Ruiz, in the fields of port logistics, fisheries and "
            "sport. Ostria and Vessa will sign 14 memoranda during the visit of President Ana Ruiz, covering schools, "
            "hospitals and tourism."
        )
        self.assertEqual(spheres(text), [])


class CeremonyByPronounTests(SimpleTestCase):
    """ "in their presence" after a count is the ceremony, as "in the presence of the leaders" is, not a topic."""

    def test_a_count_signed_in_their_presence_names_no_document(self):
        text = (
            "The two presidents signed a memorandum on railway transport. Ministers signed four other documents in "
            "their presence."
        )
        self.assertEqual(titles(text), ["Memorandum on railway transport"])

    def test_fields_after_the_presence_are_still_read(self):
        text = (
            "The two presidents signed a memorandum on railway transport. Ministers signed two other documents in "
            "their presence, covering fisheries and sport."
        )
        self.assertEqual(spheres(text), ["transport", "agriculture", "sport"])


class RankingWordsTests(SimpleTestCase):
    """Words that rank or count a document among the story's ("the only", "more", "the following") name none."""

    def test_the_only_document_is_the_one_named_after_it(self):
        text = (
            "The only document signed during the visit was an agreement on tourism between the two ministries of "
            "culture."
        )
        self.assertEqual(titles(text), ["Agreement on tourism between the two ministries of culture"])

    def test_more_documents_by_field_keep_no_count_word(self):
        text = (
            "The two presidents signed a memorandum on railway transport. Ministers signed two more documents in "
            "their presence, covering fisheries and sport."
        )
        self.assertEqual(
            titles(text), ["Memorandum on railway transport", "Document on fisheries", "Document on sport"]
        )

    def test_a_named_document_of_its_kind_keeps_its_words(self):
        text = "The two ministers signed a Sole Trader Licensing Agreement."
        self.assertEqual(titles(text), ["Sole Trader Licensing Agreement"])


class OccasionNoTopicTests(SimpleTestCase):
    """ "deals worth $2 billion on the first visit to X" is a total and its occasion: no document, no topic."""

    def test_a_total_on_a_visit_names_no_document(self):
        text = (
            "Vessan businesses have secured deals worth more than $2 billion on the first visit to Ostria by a Vessan "
            "president in a decade."
        )
        self.assertEqual(spheres(text), [])

    def test_a_visit_regime_is_a_topic(self):
        text = "The two ministers signed an agreement on the visit regime for holders of diplomatic passports."
        self.assertEqual(titles(text), ["Agreement on the visit regime for holders of diplomatic passports"])


class NamedLenderTests(SimpleTestCase):
    """A named export-import bank says who lends, not what for: its loan is finance, not trade."""

    def test_a_loan_agreement_with_a_named_exim_bank(self):
        text = "The finance minister signed a loan agreement with the Export-Import Bank of Vessa on Tuesday."
        self.assertEqual(spheres(text), ["finance"])

    def test_a_named_exim_banks_loan_for_a_railway(self):
        text = "The two sides signed a loan agreement with Vessa Exim Bank for the upgrade of the coastal railway."
        self.assertEqual(spheres(text), ["transport"])


class CooperationAloneTests(SimpleTestCase):
    """Documents "on cooperation" with no field named are a count, not a document of their own."""

    def test_the_following_documents_on_cooperation(self):
        text = (
            "After the talks, the following documents on cooperation were signed:\n\n"
            "- Agreement on air services;\n- Memorandum on cooperation in sport."
        )
        self.assertEqual(spheres(text), ["aviation", "sport"])

    def test_documents_on_cooperation_in_a_field_keep_it(self):
        text = "After the talks, the ministers signed two documents on cooperation in sport."
        self.assertEqual(spheres(text), ["sport"])


class TheOthersCoverTests(SimpleTestCase):
    """ "The others cover A, B and C" in the present, after documents named as signed, gives one per topic."""

    def test_the_others_in_the_present(self):
        text = (
            "The two presidents witnessed the signing of an agreement on air services and a memorandum on ports. "
            "The others cover fisheries, the mutual recognition of diplomas, and tourism."
        )
        self.assertEqual(spheres(text), ["aviation", "transport", "agriculture", "education", "tourism"])

    def test_the_others_after_nothing_signed_stay_out(self):
        text = (
            "The two presidents discussed an agreement on air services. The others cover fisheries, the mutual "
            "recognition of diplomas, and tourism."
        )
        self.assertEqual(spheres(text), [])


class AgreedHeadingAsQuestionTests(SimpleTestCase):
    """A heading that asks what was agreed ("What was agreed?") heads the list of what was signed, as one without the
    question mark does."""

    def test_items_under_the_question(self):
        text = (
            "The two presidents met in Norbury on Monday.\n\nThey spoke for two hours over lunch.\n\n"
            "What was agreed?\n\n"
            "- A memorandum on border security, including a joint patrol centre\n"
            "- An agreement on rail freight tariffs"
        )
        self.assertEqual(spheres(text), ["security", "transport"])

    def test_a_question_about_what_may_be_agreed_heads_nothing(self):
        text = (
            "The two presidents met in Norbury on Monday.\n\nThey spoke for two hours over lunch.\n\n"
            "What could be agreed next?\n\n"
            "- A memorandum on border security, including a joint patrol centre\n"
            "- An agreement on rail freight tariffs"
        )
        self.assertEqual(spheres(text), [])


class FieldWordsTwiceTests(SimpleTestCase):
    """A summing-up's field and a document named below whose field words it holds are one document, even when the
    shared words file them under different spheres ("labour migration" and "a migration agreement")."""

    lead = (
        "Norlandia and Estavia on Tuesday signed a package of agreements covering labour migration, critical "
        "minerals and green hydrogen. "
    )

    def test_the_migration_agreement_once(self):
        text = self.lead + (
            "The interior ministers signed a migration agreement that eases visas for nurses. The ministers also "
            "signed a memorandum on critical minerals and a declaration on green hydrogen."
        )
        self.assertEqual(sum("igration" in t for t in titles(text)), 1)

    def test_another_field_stays_apart(self):
        text = self.lead + (
            "The interior ministers signed an agreement on seasonal farm work. The ministers also signed a "
            "memorandum on critical minerals and a declaration on green hydrogen."
        )
        self.assertTrue(any("migration" in t for t in titles(text)))


class PlanAsListItemTests(SimpleTestCase):
    """A plan named with its article as an item of a list ("a cooperation plan on ports, an agreement on ...") is a
    document, not an intention for the items after it; "a plan to sign" still is one."""

    head = (
        "The two presidents met in Norbury on Monday.\n\nThey spoke for two hours over lunch.\n\nWhat was signed\n\n"
    )

    def test_items_after_a_plan(self):
        text = self.head + (
            "The agreements include a cooperation plan on ports, an agreement on veterinary standards for cattle "
            "and a memorandum on digital infrastructure."
        )
        self.assertEqual(spheres(text), ["transport", "agriculture", "digital"])

    def test_a_plan_to_sign_stays_a_plan(self):
        text = "Ministers of the two countries have a plan to sign an agreement on veterinary standards for cattle."
        self.assertEqual(spheres(text), [])


class FieldsJoinedBeforeAnArticleTests(SimpleTestCase):
    """Documents that "cover" two fields joined by "and" before an article give one document per field, however many
    words each field takes ("cooperation in media and the training of civil servants")."""

    def test_two_longer_fields(self):
        text = (
            "The two leaders signed five documents on Monday. Two further documents cover cooperation in media and "
            "the training of civil servants."
        )
        self.assertEqual(spheres(text), ["media", "education"])

    def test_nothing_signed_gives_nothing(self):
        text = (
            "The two leaders discussed five draft documents on Monday. Two further documents cover cooperation in "
            "media and the training of civil servants."
        )
        self.assertEqual(spheres(text), [])


class PartiesBeforeFieldsTests(SimpleTestCase):
    """Documents between named parties, then "in the fields of A, B and C" without a comma between, give one document
    per field, as with the comma."""

    def test_firms_then_fields(self):
        text = (
            "At the business forum, executives signed five commercial agreements between Ostrian and Vessan firms "
            "in the fields of cattle breeding, wind power and water treatment."
        )
        self.assertEqual(spheres(text), ["agriculture", "energy", "water"])

    def test_fields_of_parties_still_planned(self):
        text = (
            "Executives plan to sign five commercial agreements between Ostrian and Vessan firms in the fields of "
            "cattle breeding, wind power and water treatment next year."
        )
        self.assertEqual(spheres(text), [])


class ListEndsAtItsValueTests(SimpleTestCase):
    """A list of fields ends where the documents' value is told (", with a combined value of ..."): the value is no
    field, and the last field keeps its own."""

    def test_value_after_the_fields(self):
        text = (
            "The ministers signed six deals in the fields of cattle breeding, wind power and water treatment, with a "
            "combined value of EUR 40 million."
        )
        self.assertEqual(spheres(text), ["agriculture", "energy", "water"])

    def test_value_of_deals_still_planned(self):
        text = (
            "The ministers plan to sign six deals in the fields of cattle breeding, wind power and water treatment, "
            "with a combined value of EUR 40 million, next year."
        )
        self.assertEqual(spheres(text), [])


class ListItemsSideBySideTests(SimpleTestCase):
    """An item of a list of what was signed that gives documents by field is documents of its own beside the named
    items of the same list, not a summing-up of them."""

    head = "The two presidents met in Norbury on Monday.\n\nThey spoke for two hours over lunch.\n\n"

    def test_fields_item_beside_named_items(self):
        text = self.head + (
            "The following documents were signed during the visit:\n\n"
            "- Memorandum of understanding between the energy ministries on cooperation in wind power\n"
            "- Memorandum of understanding between the geological services on mineral data\n"
            "- Four commercial agreements between Ostrian and Vessan firms in the fields of mining equipment, wind "
            "power, water treatment and dairy farming"
        )
        self.assertEqual(spheres(text), ["energy", "mining", "mining", "energy", "water", "agriculture"])

    def test_a_lead_summing_up_the_list_is_still_dropped(self):
        text = self.head + (
            "The leaders signed agreements in the fields of wind power and mineral data.\n\n"
            "The following documents were signed during the visit:\n\n"
            "- Memorandum of understanding between the energy ministries on cooperation in wind power\n"
            "- Memorandum of understanding between the geological services on mineral data"
        )
        self.assertEqual(spheres(text), ["energy", "mining"])


class OtherStatesDocumentsTests(SimpleTestCase):
    """A signer's "similar" documents, or documents "with countries" or "with ... states", are its deals elsewhere, not
    this visit's; a deal with the other side, or with the two countries' firms, still counts."""

    visit = "Ostrian President Lena Varo and Vessan President Ivo Kral signed an agreement on seasonal workers. "

    def test_similar_agreements_elsewhere(self):
        text = self.visit + "Ostria has signed similar agreements with Norlandia and Estavia."
        self.assertEqual(spheres(text), ["labour"])

    def test_agreements_with_countries_elsewhere(self):
        text = self.visit + (
            "Ostria has concluded security agreements with more than a dozen countries, and deals on minerals with "
            "Central Asian states."
        )
        self.assertEqual(spheres(text), ["labour"])

    def test_a_deal_with_the_united_states_is_one_state(self):
        text = "The two presidents signed a memorandum on cattle breeding with the United States as observer."
        self.assertEqual(spheres(text), ["agriculture"])


class SubmarineCableTests(SimpleTestCase):
    """A submarine cable is a telecoms line on the seabed, digital; a submarine alone is a warship."""

    def test_a_submarine_cable_is_digital(self):
        text = "The two ministers signed a letter of intent on an undersea link and a submarine cable to the islands."
        self.assertEqual(spheres(text), ["digital"])

    def test_a_submarine_is_defence(self):
        text = "The two ministers signed a contract on the maintenance of two submarines."
        self.assertEqual(spheres(text), ["defence"])


class UnmannedAerialVehiclesTests(SimpleTestCase):
    """Unmanned aerial vehicles (UAVs) are drones by their full name, defence."""

    def test_uavs_are_defence(self):
        text = "The two ministers signed a protocol on the joint production of unmanned aerial vehicles."
        self.assertEqual(spheres(text), ["defence"])

    def test_aerial_surveys_are_not(self):
        text = "The two ministers signed a protocol on aerial surveys of farmland."
        self.assertEqual(spheres(text), ["agriculture"])


class YearAfterTheClauseTests(SimpleTestCase):
    """A year before the dateline's at the end of the clause a verb of signing governs dates the signing: an earlier
    document ("signed a memorandum on raw materials, batteries and hydrogen in 2022"), unless the year is that of an
    event inside the title ("a protocol amending the treaty signed in 2004")."""

    day = datetime.date(2027, 3, 4)
    visit = "The two presidents signed an agreement on seasonal workers on Tuesday. "

    def signed(self, text: str) -> list[str]:
        return [a.sphere for a in suggest_package(text, dateline=self.day).agreements]

    def test_a_year_before_is_an_earlier_document(self):
        text = self.visit + (
            "The European Union and Ostria signed a memorandum on raw materials, batteries and hydrogen in 2022."
        )
        self.assertEqual(self.signed(text), ["labour"])

    def test_the_year_of_an_amended_treaty_is_not_the_signing(self):
        text = "The two presidents signed a protocol amending the treaty on double taxation signed in 2004."
        self.assertEqual(self.signed(text), ["finance"])

    def test_this_year_is_the_visit(self):
        text = "The two presidents signed a memorandum on raw materials in 2027."
        self.assertEqual(self.signed(text), ["mining"])


class PartnershipForAFieldTests(SimpleTestCase):
    """A strategic partnership "for" or "in" a field takes that field's sphere; one for the new era names none and
    stays political."""

    def test_a_partnership_for_the_green_transition(self):
        text = "The two presidents signed a declaration of intent on a strategic partnership for the green transition."
        self.assertEqual(spheres(text), ["environment"])

    def test_a_partnership_for_the_new_era(self):
        text = "The two presidents signed a joint statement on the strategic partnership for the new era."
        self.assertEqual(spheres(text), ["political"])


class OthersWithoutSerialCommaTests(SimpleTestCase):
    """ "Others cover A, B, C and D" without a serial comma gives C and D as two documents; with the serial comma
    ("A and B, C, and D") the "and" inside an item keeps it whole."""

    signed = "The two presidents signed an agreement on air services and a memorandum on ports. "

    def test_the_last_and_splits(self):
        text = self.signed + "Others cover health, border policing, sports and cultural exchanges."
        self.assertEqual(spheres(text), ["aviation", "transport", "health", "security", "sport", "culture"])

    def test_a_serial_comma_keeps_the_pair(self):
        text = self.signed + "Others cover fisheries and the sea, schools, and visas."
        self.assertEqual(spheres(text), ["aviation", "transport", "agriculture", "education", "consular"])


class EarlierOccasionPassiveTests(SimpleTestCase):
    """Documents signed in the passive at an earlier occasion ("a visit in April 2026, during which 12 memoranda were
    signed in fields ...") are that occasion's, not this visit's; the visit's own passive still counts."""

    day = datetime.date(2027, 3, 4)

    def signed(self, text: str) -> list[str]:
        return [a.sphere for a in suggest_package(text, dateline=self.day).agreements]

    def test_an_earlier_visits_memoranda(self):
        text = (
            "The minister arrived in Norbury on Monday. His visit comes a year after a presidential visit in April "
            "2026, during which 12 memoranda were signed in fields ranging from energy to health."
        )
        self.assertEqual(self.signed(text), [])

    def test_this_visits_memoranda(self):
        text = (
            "The minister arrived in Norbury on Monday for talks, during which two memoranda were signed on energy "
            "and health."
        )
        self.assertEqual(self.signed(text), ["energy", "health"])


class FinancingPackageTests(SimpleTestCase):
    """A package of financing deals told signed, then set out: each piece is one of the visit's deals."""

    def test_the_pieces_of_a_signed_package(self):
        text = (
            "VESSA - Prime Minister Aldo Remi held talks with President Ilse Varga before the two oversaw the signing "
            "of several financing deals.\n\nThe package includes a 40-million-euro loan for a ferry terminal at "
            "Port Amel, and a further loan for solar farms in the north."
        )
        self.assertEqual(spheres(text), ["transport", "energy"])

    def test_a_package_only_pledged_is_none(self):
        text = (
            "VESSA - Prime Minister Aldo Remi pledged more loans for Kolvia on a visit to its capital.\n\n"
            "The package would include a loan for a ferry terminal, officials said."
        )
        self.assertEqual(titles(text), [])


class FinancingItemTests(SimpleTestCase):
    """Financing for a named purpose, as an item of a list of signed documents, is a financing deal of its own."""

    def test_financing_for_a_railway_among_the_signed_documents(self):
        text = (
            "The two presidents signed several documents. The agreements include a memorandum on tourism, financing "
            "for a new tram line in the capital, and a grant for a clinic."
        )
        self.assertEqual(spheres(text), ["tourism", "transport", "health"])

    def test_financing_someone_sought_is_none(self):
        text = "The two presidents signed a memorandum on tourism. Kolvia sought Vessan financing for a tram."
        self.assertEqual(spheres(text), ["tourism"])


class AnnouncedDealsLeadTests(SimpleTestCase):
    """A list under "The deals announced ... include:" sets out deals formally announced as agreed."""

    def test_the_deals_announced_during_the_visit(self):
        text = (
            "VESSA - The Prime Minister met his Kolvian counterpart in Vessa today.\n\n"
            "The deals announced during the visit include:\n\n"
            "- a £90 million agreement between Vessan builder Ostrova Construction and a Kolvian port operator to "
            "build a container terminal\n"
            "- a memorandum on tourism\n"
        )
        self.assertEqual(spheres(text), ["transport", "tourism"])

    def test_deals_announced_as_still_to_come_are_none(self):
        text = (
            "VESSA - The Prime Minister met his Kolvian counterpart in Vessa today.\n\n"
            "The deals announced as still to be finalised next year include:\n\n"
            "- a £90 million agreement between Ostrova Construction and a Kolvian port operator\n"
        )
        self.assertEqual(titles(text), [])


class LargestInAppositionTests(SimpleTestCase):
    """The largest of the documents just counted, named in apposition, is one of them, whatever it will do."""

    def test_the_largest_a_loan_that_will_fund_a_road(self):
        text = (
            "The ministers signed three loan agreements with the Vessan Development Bank.\n\n"
            "The largest, a soft loan of $400 million, will fund the construction of the northern ring road."
        )
        self.assertEqual(len(titles(text)), 2)

    def test_the_largest_without_a_signing_is_none(self):
        text = "The largest, a soft loan of $400 million, will fund the construction of the northern ring road."
        self.assertEqual(titles(text), [])


class InvolveTopicsTests(SimpleTestCase):
    """ "The agreements involve A, B and C" gives the topics of a count just told, as "cover" does."""

    def test_the_agreements_involve_the_supply_of_goods(self):
        text = (
            "Vessan and Kolvian firms signed three commercial agreements at a business forum. The agreements "
            "involve the supply of olive oil, cement and timber."
        )
        self.assertEqual(len(titles(text)), 3)

    def test_talks_that_involve_topics_sign_nothing(self):
        text = "The ministers held talks. They involved the supply of olive oil, cement and timber."
        self.assertEqual(titles(text), [])


class SeparateListTests(SimpleTestCase):
    """A list of deals its sentence tells signed separately is documents of their own, not a summing-up."""

    def test_deals_signed_separately_share_fields_with_the_named_ones(self):
        text = (
            "The two sides signed five government agreements, including a memorandum on critical minerals, an "
            "agreement on nuclear power and a memorandum on e-government.\n\n"
            "Companies of the two countries separately signed 12 business deals, covering a power plant, a tram "
            "line and a new copper mine."
        )
        self.assertEqual(len(titles(text)), 6)

    def test_a_list_that_sums_up_the_named_documents(self):
        text = (
            "The two sides signed three documents covering minerals, nuclear power and e-government.\n\n"
            "They are a memorandum on critical minerals, an agreement on nuclear power and a memorandum on "
            "e-government."
        )
        self.assertEqual(len(titles(text)), 3)


class OneMineTests(SimpleTestCase):
    """One mine, or an ore named by its metal, is mining's; a mine cleared of explosives stays civil protection's."""

    def test_a_mine_and_a_metal(self):
        self.assertEqual(spheres("The firms signed an agreement on the development of a new mine."), ["mining"])
        self.assertEqual(spheres("The ministers signed a memorandum on tungsten."), ["mining"])

    def test_mine_clearance_is_not_mining(self):
        self.assertEqual(spheres("The ministers signed a memorandum on mine clearance."), ["civil_protection"])


class LongArticleItemsTests(SimpleTestCase):
    """A list whose items each open with an article may say at more length what each deal builds and where."""

    def test_items_opening_with_articles_at_length(self):
        text = (
            "The parties also signed agreements on the construction of a grain terminal in the port of Amel, the "
            "establishment of a joint venture for the production of glass bottles in the northern Kolvi region, the "
            "development of a zinc deposit in the east, and the construction of a network of cold stores."
        )
        self.assertEqual(len(titles(text)), 4)

    def test_a_long_clause_without_articles_is_no_list(self):
        text = (
            "The parties also signed agreements on trade, after ministers spent most of the week discussing how "
            "exporters in the northern Kolvi region might reach markets in the south more cheaply by rail."
        )
        self.assertEqual(len(titles(text)), 1)


class LargestIsTests(SimpleTestCase):
    """ "The largest is a ..." after a count of documents signed names the first of them, a concession too."""

    def test_the_largest_is_a_concession(self):
        text = (
            "VESSA - The two sides signed nine agreements on Monday. The largest is a $900 million concession under "
            "which a Kolvian consortium will run the Amel railway for 25 years."
        )
        self.assertEqual(spheres(text), ["transport"])

    def test_the_largest_without_a_signing_is_none(self):
        text = "VESSA - The largest is a $900 million concession for the Amel ferry line, a minister said."
        self.assertEqual(titles(text), [])


class LabelledOutcomesListTests(SimpleTestCase):
    """A live blog's entry that lists a visit's outcomes under its label and a ministry's announcement gives one
    agreement per item; an entry of reactions under the same kind of label lists nothing."""

    def test_outcomes_announced_under_an_entry_label(self):
        text = (
            " date 2031-05-02\n\nLIVE: the Chancellor in Lavania\n\n"
            "May 2, 2031 | 16:10 CET\n\n"
            "FULL LIST | Outcomes announced by the Foreign Office:\n\n"
            "- Agreement on the co-production of regional turboprop aircraft\n"
            "- Memorandum of understanding on cooperation in geothermal energy\n"
            "- Declaration of Intent on a youth exchange programme\n"
        )
        self.assertEqual(spheres(text), ["aviation", "energy", "culture"])

    def test_a_reaction_under_a_label_lists_nothing(self):
        text = (
            " date 2031-05-02\n\nLIVE: the Chancellor in Lavania\n\n"
            "REACTION | Opposition leaders said the talks announced by the Foreign Office were for show:\n\n"
            "- they want the full text published\n"
            "- they want a vote in parliament\n"
        )
        self.assertEqual(titles(text), [])


class TopicsWithANoteTests(SimpleTestCase):
    """A note on the last topic in a clause of its own does not undo the list of topics after a count."""

    def test_topics_after_a_count_with_a_note_on_the_last(self):
        text = (
            "Later, the two leaders witnessed the exchange of five MoUs and agreements between both countries. The "
            "documents covered cooperation in forestry, tourism and sports, as well as an Agreement on the Avoidance "
            "of Double Taxation, which had been under negotiation since 2027."
        )
        self.assertLessEqual({"environment", "tourism", "sport"}, set(spheres(text)))

    def test_topics_without_a_count_are_no_list(self):
        text = (
            "The two leaders later held talks at the palace. The talks covered cooperation in forestry, tourism and "
            "sports, which had been debated since 2027."
        )
        self.assertEqual(titles(text), [])


class TotalThenFieldsTests(SimpleTestCase):
    """A total of documents whose value stands between it and the list of their fields gives one per field."""

    def test_a_value_in_a_relative_clause(self):
        text = (
            "VESSA - The two presidents oversaw the signing of 12 agreements that Kolvian officials valued at about "
            "$3 billion, covering wind power, fisheries, helicopters and port equipment."
        )
        self.assertEqual(spheres(text), ["energy", "agriculture", "aviation", "transport"])

    def test_a_value_then_the_passive_signing(self):
        text = (
            "VESSA - Five commercial contracts worth $20 million were signed, covering the supply of medicines, "
            "furniture, steel and fruit, the Kolvian Chamber of Commerce and Industry reported."
        )
        self.assertEqual(len(titles(text)), 4)
        self.assertFalse(any("Chamber" in t or "reported" in t for t in titles(text)))

    def test_a_total_with_its_value_alone_is_none(self):
        text = "VESSA - Twelve agreements that Kolvian officials valued at about $3 billion were signed on Monday."
        self.assertEqual(titles(text), [])


class SummingUpOneToOneTests(SimpleTestCase):
    """A document named once tells again one item of a list of fields, not every item that shares its field."""

    def test_one_protocol_does_not_sum_up_three_contracts(self):
        text = (
            "VESSA - The two ministers signed the protocol of the commission's session on trade. On the sidelines, "
            "five commercial contracts were signed, covering the supply of textiles, cement, furniture and fruit."
        )
        self.assertEqual(len(titles(text)), 5)

    def test_a_summing_up_told_again_by_the_three_other_documents(self):
        text = (
            "VESSA - The two countries signed five agreements covering rice exports, coast guard cooperation and "
            "farming. Among them was a memorandum on rice exports. The leaders also saw the signing of a memorandum "
            "between the two coast guards. The three other agreements cover plant health, tourism and a youth "
            "exchange programme."
        )
        self.assertEqual(spheres(text), ["agriculture", "security", "agriculture", "tourism", "culture"])

    def test_a_summing_up_with_each_field_named_again_stays_one_each(self):
        text = (
            "VESSA - The two sides signed three agreements covering fisheries, wind power and visas. The first is a "
            "memorandum on fisheries between the two ministries. An agreement on wind power was signed by the energy "
            "ministers. The last one, a visa waiver agreement, covers diplomats."
        )
        self.assertEqual(spheres(text), ["agriculture", "energy", "consular"])


class SessionRecordTests(SimpleTestCase):
    """The record of a joint body's session that names no body takes the body's name and field from the copy."""

    def test_the_protocol_of_the_meeting_after_the_named_meeting(self):
        text = (
            "VESSA - The fourth meeting of the Valdorian-Ostrian Joint Economic Commission was held the same day. "
            "The protocol of the meeting was signed following the event."
        )
        ags = suggest_package(text).agreements
        self.assertEqual([a.sphere for a in ags], ["trade"])
        self.assertIn("Valdorian-Ostrian Joint Economic Commission", ags[0].title)

    def test_a_bare_protocol_signed_after_the_session(self):
        text = (
            "VESSA - Roos co-chaired the fifth session of the Valdorian-Ostrian intergovernmental commission on "
            "science and technical cooperation. Following the session, the co-chairs signed a protocol."
        )
        self.assertEqual(len(titles(text)), 1)
        self.assertIn("intergovernmental commission", titles(text)[0])

    def test_minutes_of_a_body_told_by_its_short_form(self):
        text = (
            "VESSA - The ministers co-chaired the 2nd Joint Commission for Bilateral Cooperation (JCB). They signed "
            "the minutes of the 2nd JCB."
        )
        self.assertEqual(spheres(text), ["political"])

    def test_a_bare_protocol_told_again_is_the_same_record(self):
        text = (
            "VESSA - The two ministers signed the protocol of the 9th Joint Economic Commission meeting on Monday. "
            "The protocol was signed in Vessa by the co-chairs of the commission."
        )
        self.assertEqual(len(titles(text)), 1)

    def test_a_bare_protocol_without_a_session_is_none(self):
        self.assertEqual(titles("VESSA - The two leaders signed a protocol on Monday."), [])


class ProjectsLeadTests(SimpleTestCase):
    """A lead-in of agreements reached on projects by their total gives one per listed project, the total none."""

    def test_items_under_agreements_reached_on_projects_including(self):
        text = (
            "VESSA - During the business forum, agreements were reached on projects worth 2 billion dollars, "
            "including:\n\n- construction of a cement plant in the Kolvi region;\n- modernisation of a textile mill;\n"
            "- establishment of a joint centre for processing copper ore."
        )
        self.assertEqual(spheres(text), ["investment", "trade", "mining"])

    def test_items_under_the_agreements_signed_on_a_weekday_include(self):
        text = (
            "VESSA - The agreements signed on Tuesday include:\n\n- construction of a cement plant in the Kolvi "
            "region;\n- establishment of a joint centre for processing copper ore."
        )
        self.assertEqual(len(titles(text)), 2)

    def test_a_total_of_projects_and_contracts_names_no_document(self):
        text = (
            "VESSA - At the forum, agreements on projects and trade contracts with a total value of 3 billion dollars "
            "were reached."
        )
        self.assertEqual(titles(text), [])

    def test_agreements_on_joint_projects_in_a_field_stay(self):
        self.assertEqual(
            spheres("VESSA - The sides signed agreements on joint projects in farming and tourism."),
            ["agriculture", "tourism"],
        )


class RemainingCoveringTests(SimpleTestCase):
    """ "The remaining agreements, covering A, B and C, were valued at ..." are more of the documents signed."""

    def test_remaining_agreements_with_their_fields_in_apposition(self):
        text = (
            "VESSA - The two sides signed an agreement on health. The remaining agreements, covering fertiliser, "
            "wind power and port services, were valued at a combined $1.8 billion, the ministry said."
        )
        self.assertEqual(spheres(text), ["health", "agriculture", "energy", "transport"])

    def test_remaining_agreements_after_no_signing_are_none(self):
        text = (
            "VESSA - Officials said the two sides hope to sign agreements on health. The remaining agreements, "
            "covering fertiliser and port services, were valued at $1.8 billion."
        )
        self.assertEqual(titles(text), [])


class PassiveBetweenTests(SimpleTestCase):
    """A document's own passive signing before its parties keeps the topic told after them."""

    def test_signed_between_two_named_bodies_on_a_topic(self):
        text = (
            "VESSA - A memorandum was also signed between the Vessa International Financial Centre and the Kolvi "
            "Exchange on cross-listing of securities."
        )
        self.assertEqual(spheres(text), ["finance"])

    def test_signed_between_the_two_governments_on_a_weekday_stays_none(self):
        self.assertEqual(titles("VESSA - An agreement was signed between the two governments on Monday."), [])


class SignedWhereThenPartiesTests(SimpleTestCase):
    """Where and when a bare document was signed may stand between its verb and the bodies that signed it."""

    def test_place_and_day_before_the_parties(self):
        text = (
            "VESSA - A Gulf fund has agreed to finance six hydropower plants in Ostria. The agreement was signed in "
            "Vessa City on Tuesday between the Ministry of Energy of Ostria and Tamsa Energy Holdings."
        )
        self.assertEqual(spheres(text), ["energy"])

    def test_a_day_before_the_two_leaders_names_no_body(self):
        self.assertEqual(titles("VESSA - The agreement was signed on Tuesday by the two leaders."), [])


class SigningUnderWayTests(SimpleTestCase):
    """A live blog's entry that reports a signing going on ("Signing ceremony.", "Ministers are signing") leads a
    list of what was signed; a signing ceremony still to come leads none."""

    def test_a_ceremony_fragment_leads_the_list(self):
        text = (
            " date 2031-05-02\n\nLive: the President in Corvania\n\n"
            "3:05 p.m. – Signing ceremony. Of the 12 texts, the main ones:\n"
            "• Agreement on the joint operation of the Tessa railway\n"
            "• Memorandum on cooperation in geothermal energy\n"
        )
        self.assertEqual(spheres(text), ["transport", "energy"])

    def test_ministers_signing_with_no_object_lead_the_list(self):
        text = (
            " date 2031-05-02\n\nLive: the President in Corvania\n\n"
            "15:05\nThe leaders look on as their ministers are signing, in the great hall. The texts:\n"
            "- an agreement on the joint operation of the Tessa railway\n"
            "- a memorandum on cooperation in geothermal energy\n"
        )
        self.assertEqual(spheres(text), ["transport", "energy"])

    def test_a_ceremony_to_come_leads_nothing(self):
        text = (
            " date 2031-05-02\n\nLive: the President in Corvania\n\n"
            "3:05 p.m. – A signing ceremony is planned for the evening. The drafts on the table:\n"
            "• Agreement on the joint operation of the Tessa railway\n"
            "• Memorandum on cooperation in geothermal energy\n"
        )
        self.assertEqual(titles(text), [])


class DashedNameTests(SimpleTestCase):
    """A plan named after two states joined by a dash ("the Norland–Estavia Action Plan") is the object of the
    leaders' adoption, named; one mentioned in passing as an existing framework stays out."""

    def test_an_adopted_plan_named_with_a_dash(self):
        text = (
            "TALLEN, May 3 - After their meeting, the two prime ministers adopted the Norland–Estavia Action Plan "
            "for Strategic Cooperation 2031–2034, which sets out commitments on trade and research."
        )
        self.assertEqual(titles(text), ["Norland–Estavia Action Plan for Strategic Cooperation 2031–2034"])

    def test_a_dashed_name_in_passing_is_none(self):
        text = (
            "TALLEN, May 3 - The two prime ministers met for talks, which built on the Norland–Estavia Action Plan "
            "for Strategic Cooperation of 2019."
        )
        self.assertEqual(titles(text), [])


class PlaceStatementTests(SimpleTestCase):
    """A statement named after its place ('adopted the "Vessa Statement"') is a text the leaders adopted; one side's
    press statement is not."""

    def test_a_statement_named_after_its_place(self):
        text = (
            'VESSA, May 3 - The three presidents adopted the "Vessa Statement" committing to a trilateral summit '
            "on fisheries next year."
        )
        self.assertEqual(len(titles(text)), 1)
        self.assertIn("Vessa Statement", titles(text)[0])

    def test_a_press_statement_is_none(self):
        text = "VESSA, May 3 - The foreign ministry issued a Press Statement after the talks on fisheries."
        self.assertEqual(titles(text), [])


class OtherKindBesideListTests(SimpleTestCase):
    """A letter of intent told in prose after a list of what was signed is a document of its own, whatever word it
    shares with a listed memorandum; an agreement told again in prose is the listed one."""

    LIST = (
        " date 2031-05-02\n\nLive: the Premier in Corvania\n\n"
        "11:40 – Here is what was signed:\n"
        "• Memorandum on cooperation in the energy transition\n"
        "• Agreement on the joint operation of the Tessa railway\n\n"
    )

    def test_a_letter_of_intent_after_the_list(self):
        text = self.LIST + (
            "14:10 – On the sidelines, a state utility also signed a letter of intent with the Vora regional "
            "government for a power transmission line.\n"
        )
        self.assertEqual(spheres(text), ["energy", "transport", "energy"])

    def test_an_agreement_told_again_is_the_listed_one(self):
        text = self.LIST + "14:10 – The agreement on the energy transition was signed by the two energy ministers.\n"
        self.assertEqual(spheres(text), ["energy", "transport"])


class ReleaseLeadTests(SimpleTestCase):
    """A release's lines of date, name and portfolio come before its lead: the plan its lead sums up and the one the
    next paragraph names in full are one document."""

    HEAD = (
        " date 2031-05-02\n\nNorland and Estavia sign fisheries plan\n\n2 May 2031\n\nHon Mara Ostby\n\nFisheries\n\n"
    )

    def test_the_lead_s_plan_named_again_below(self):
        text = self.HEAD + (
            "Fisheries Minister Mara Ostby has signed a new three-year fisheries cooperation plan with Estavia, "
            "saying it will open doors for Norland's boat builders.\n\n"
            "Ms Ostby met Estavia's fisheries minister in Vessa today, where the two signed the Norland–Estavia "
            "Fisheries Cooperation Plan 2031–2034.\n"
        )
        self.assertEqual(len(titles(text)), 1)

    def test_two_plans_of_two_fields_stay_two(self):
        text = self.HEAD + (
            "Fisheries Minister Mara Ostby has signed a new three-year fisheries cooperation plan with Estavia, "
            "saying it will open doors for Norland's boat builders.\n\n"
            "Ms Ostby met Estavia's tourism minister in Vessa today, where the two signed the Norland–Estavia "
            "Tourism Cooperation Plan 2031–2034.\n"
        )
        self.assertEqual(len(titles(text)), 2)


class GoodsFrameTests(SimpleTestCase):
    """Protocols on the export of several goods are one protocol per good, each in the frame of the first and bound
    where the goods go; a list of fields keeps its items as they are."""

    def test_one_protocol_per_good_in_the_shared_frame(self):
        text = (
            "VESSA, May 3 - The ministers signed protocols on phytosanitary requirements for the export of Ostrian "
            "cherries, plums and hops to Vessa."
        )
        self.assertEqual(
            titles(text),
            [
                "Protocol on phytosanitary requirements for the export of Ostrian cherries to Vessa",
                "Protocol on phytosanitary requirements for the export of Ostrian plums to Vessa",
                "Protocol on phytosanitary requirements for the export of Ostrian hops to Vessa",
            ],
        )
        self.assertEqual(spheres(text), ["agriculture", "agriculture", "agriculture"])

    def test_a_list_of_fields_is_unchanged(self):
        text = "VESSA, May 3 - The ministers signed memoranda on cooperation in health, schools and sport."
        self.assertEqual(
            titles(text),
            [
                "Memorandum on cooperation in health",
                "Memorandum on cooperation in schools",
                "Memorandum on cooperation in sport",
            ],
        )


class TotalOnlyTests(SimpleTestCase):
    """A plural kind word whose complement tells only what the lot is worth, or how many there were in all, names no
    document."""

    def test_a_total_value_names_no_document(self):
        text = (
            "VESSA, May 3 - President Ana Rell of Ostria and her Vessan host signed a memorandum on fisheries. At a "
            "business forum the same day, Ostrian and Vessan firms signed a series of agreements with a combined "
            "value of about 3.4 billion euros."
        )
        self.assertEqual(titles(text), ["Memorandum on fisheries"])

    def test_a_sum_after_for_names_no_document(self):
        text = (
            "VESSA, May 3 - The two leaders signed a treaty on legal aid, and at the business council companies "
            "concluded contracts for over $900 million."
        )
        self.assertEqual(titles(text), ["Treaty on legal aid"])

    def test_a_count_in_total_names_no_document(self):
        text = (
            "VESSA, May 3 - The two leaders signed a memorandum on forestry. Officials said 19 documents in total "
            "were exchanged during the visit."
        )
        self.assertEqual(titles(text), ["Memorandum on forestry"])

    def test_a_document_worth_a_sum_keeps_its_topic(self):
        text = "VESSA, May 3 - The ministers signed agreements worth $400 million on railways and ports."
        self.assertEqual(spheres(text), ["transport", "transport"])


class EarlierTimeAfterTests(SimpleTestCase):
    """A time before the visit at the end of the clause of a signing dates that signing: the instrument is an earlier
    one, also when the time is a part of a year or a relative one."""

    def test_earlier_this_year_at_the_clause_end(self):
        text = (
            "VESSA, May 3 - The presidents signed a protocol on customs. The minister recalled that the two "
            "countries had signed a memorandum on the joint survey of the Lorn basin earlier this year."
        )
        self.assertEqual(titles(text), ["Protocol on customs"])

    def test_last_year_at_the_clause_end(self):
        text = (
            "VESSA, May 3 - The presidents signed a protocol on customs. Ostria and Vessa signed a treaty on legal "
            "aid last year."
        )
        self.assertEqual(titles(text), ["Protocol on customs"])

    def test_a_part_of_an_earlier_year_before_a_participle(self):
        text = (
            " date 2026-03-10\nVESSA, March 10 - The ministers signed a memorandum on fisheries. The two states "
            "signed a defence pact in late 2024 covering patrols, training and cyber security."
        )
        self.assertEqual(titles(text), ["Memorandum on fisheries"])


class OccasionNotTopicTests(SimpleTestCase):
    """The occasion of a signing told after the kind word ("in the framework of the visit", "in conjunction with the
    state visit") is no topic of a document, and it ends a list of topics."""

    def test_a_count_in_the_framework_of_the_visit_names_no_document(self):
        text = (
            "VESSA, May 3 - The presidents signed a treaty on legal aid and four further agreements in the framework "
            "of the state visit that the Ostrian leader is paying to Vessa."
        )
        self.assertEqual(titles(text), ["Treaty on legal aid"])

    def test_a_list_ends_before_the_occasion(self):
        text = (
            "VESSA, May 3 - Ostria and Vessa today exchanged three memoranda covering forestry, aviation and sport, "
            "in conjunction with the state visit of Ostrian President Ana Rell to Vessa."
        )
        self.assertEqual(titles(text), ["Memorandum on forestry", "Memorandum on aviation", "Memorandum on sport"])


class ProjectsFieldsTests(SimpleTestCase):
    """A plural kind word whose list gives the fields of projects ("deals on projects in A, B and C") tells the
    fields a lot of business deals spans, not one document per field."""

    def test_deals_on_projects_in_fields_name_no_document(self):
        text = (
            "VESSA, May 3 - The presidents signed a treaty on legal aid. Ostrian and Vessan firms also reached "
            "agreements on projects in the fields of shipbuilding, textiles, fisheries and hotels."
        )
        self.assertEqual(titles(text), ["Treaty on legal aid"])

    def test_a_package_covering_projects_names_no_document(self):
        text = (
            "VESSA, May 3 - The presidents signed a treaty on legal aid. Companies of the two countries concluded a "
            "package of commercial contracts, covering joint projects in mining, logistics and food processing."
        )
        self.assertEqual(titles(text), ["Treaty on legal aid"])

    def test_memoranda_on_fields_stay_one_each(self):
        text = "VESSA, May 3 - The ministers signed memoranda on shipbuilding, textiles and fisheries."
        self.assertEqual(len(titles(text)), 3)


class MoneyForProjectsTests(SimpleTestCase):
    """Money lent or given for projects in the plural is a facility whose object is the money: finance, whatever
    field the projects are in; money for one named project keeps the project's field."""

    def test_a_credit_line_for_projects_in_a_field(self):
        text = (
            "VESSA, May 3 - Ostria's Export Bank and the Kolvian Farmers Bank signed an agreement on a credit line of "
            "$40 million for financing of the projects on irrigation."
        )
        self.assertEqual(spheres(text), ["finance"])

    def test_a_financing_package_for_projects_of_two_fields(self):
        text = (
            "VESSA, May 3 - The Ostrian Development Agency signed a financing package of 90 million euros for rail "
            "and solar projects in the south."
        )
        self.assertEqual(spheres(text), ["finance"])

    def test_a_loan_for_one_named_project_keeps_its_field(self):
        text = "VESSA, May 3 - The ministers signed a loan agreement for the Tamsa Water Supply Project."
        self.assertEqual(spheres(text), ["water"])


class BuiltPlantTests(SimpleTestCase):
    """A plant, factory or production complex to be built is an investment in making its goods, of the goods' field
    when they name one; the building work names no field of its own."""

    def test_a_plant_whose_goods_name_no_field(self):
        text = (
            "VESSA, May 3 - A Kolvian firm signed an agreement on the construction of a factory for the production of "
            "car tyres and building materials in the Tamsa region."
        )
        self.assertEqual(spheres(text), ["investment"])

    def test_a_complex_whose_goods_name_a_field(self):
        text = "VESSA, May 3 - The sides signed an agreement on the construction of a dairy complex near Kolvi."
        self.assertEqual(spheres(text), ["agriculture"])


class ProjectListTests(SimpleTestCase):
    """Deals told signed as a total, then named by their projects at length in the next sentence, are one deal per
    project; a total only reached, or a list that names documents, is not read so."""

    LEAD = "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday.\n\n"

    def test_each_project_after_a_signed_total(self):
        text = self.LEAD + (
            "Norlandian firms signed contracts worth about 900 million euros during the visit. They include the "
            "reconstruction of a brewery in the port of Kessa, purchases of tramcars for the capital and the "
            "construction of a glassworks near Tolm.\n"
        )
        self.assertEqual(
            titles(text),
            [
                "Contract on the reconstruction of a brewery in the port of Kessa",
                "Contract on purchases of tramcars for the capital",
                "Contract on the construction of a glassworks near Tolm",
            ],
        )

    def test_a_total_only_reached_names_no_deal(self):
        text = self.LEAD + (
            "Deals worth about 900 million euros were reached at a round table. They include the reconstruction of a "
            "brewery in the port of Kessa and the construction of a glassworks near Tolm.\n"
        )
        self.assertEqual(titles(text), [])

    def test_a_second_object_of_one_noun_stays_with_it(self):
        text = self.LEAD + (
            "Norlandian firms signed contracts worth about 900 million euros during the visit. They include the "
            "reconstruction of a brewery in the port of Kessa and the assembly of tramcars and buses.\n"
        )
        self.assertEqual(
            titles(text),
            [
                "Contract on the reconstruction of a brewery in the port of Kessa",
                "Contract on the assembly of tramcars and buses",
            ],
        )


class TwoPartnersTests(SimpleTestCase):
    """Documents of a plural kind signed with two named partners are one with each; a count of them, or two states
    as partners, are not split so."""

    LEAD = "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday.\n\n"

    def test_one_memorandum_with_each_partner(self):
        text = self.LEAD + (
            "The Estavian Export Board signed memoranda with the Norlandian Chamber of Commerce and Industry and the "
            "Kessa Fair Authority on trade missions.\n"
        )
        self.assertEqual(
            titles(text),
            [
                "Memorandum with the Norlandian Chamber of Commerce and Industry on trade missions",
                "Memorandum with the Kessa Fair Authority on trade missions",
            ],
        )

    def test_partners_without_articles(self):
        text = self.LEAD + "Estavia Air signed agreements with Norlandair and Tolmo Cargo.\n"
        self.assertEqual(titles(text), ["Agreement with Norlandair", "Agreement with Tolmo Cargo"])

    def test_a_count_with_two_partners_is_not_split(self):
        text = self.LEAD + "The Estavian Export Board signed four memoranda with Norlandair and Tolmo Cargo.\n"
        self.assertEqual(len(titles(text)), 1)


class ProjectListInItsSentenceTests(SimpleTestCase):
    """A count or total of deals told signed whose projects follow in its own sentence ("..., which include A, B and
    C", "..., covering A and B") gives one deal per project; a list that a kind word opens, or the story's own clause
    after fields, does not."""

    LEAD = "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday.\n\n"

    def test_projects_after_which_include(self):
        text = self.LEAD + (
            "At a trade fair, firms of the two countries signed nine contracts, which include the reconstruction of "
            "a brewery in the port of Kessa, purchases of tramcars for the capital and the construction of a "
            "glassworks near Tolm.\n"
        )
        self.assertEqual(
            titles(text),
            [
                "Contract on the reconstruction of a brewery in the port of Kessa",
                "Contract on purchases of tramcars for the capital",
                "Contract on the construction of a glassworks near Tolm",
            ],
        )

    def test_projects_after_a_total_and_its_occasion(self):
        text = self.LEAD + (
            "Firms signed contracts worth 900 million euros at a fair held beside the talks, covering the "
            "reconstruction of a brewery in the port of Kessa and the construction of a glassworks near Tolm.\n"
        )
        self.assertEqual(
            titles(text),
            [
                "Contract on the reconstruction of a brewery in the port of Kessa",
                "Contract on the construction of a glassworks near Tolm",
            ],
        )

    def test_fields_and_a_clause_of_the_story_are_no_projects(self):
        text = self.LEAD + (
            "Firms signed contracts worth 900 million euros, covering beer, tramcars and glass, as Norland's "
            "neighbours compete for influence in the mountain republic.\n"
        )
        self.assertEqual(titles(text), ["Contract on beer", "Contract on tramcars", "Contract on glass"])


class DescribedFirmAgreedTests(SimpleTestCase):
    """A firm told by what it is that agreed to do what a deal does, in a story that signs something, is one deal per
    thing it agreed to do; it tells no government memoranda listed by field again."""

    LEAD = (
        "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday. "
        "The two governments exchanged three memorandums of understanding on investment promotion, tourism and "
        "fisheries.\n\n"
    )

    def test_two_things_agreed_are_two_deals(self):
        text = self.LEAD + (
            "A Norlandian state-backed dairy investment platform agreed to take a majority stake in an Estavian "
            "cheese maker and to build a milk powder plant near Tolm, in deals worth 90 million euros.\n"
        )
        found = titles(text)
        self.assertIn(
            "Agreement by a Norlandian state-backed dairy investment platform to take a majority stake in an "
            "Estavian cheese maker",
            found,
        )
        self.assertIn("Agreement to build a milk powder plant near Tolm", found)
        self.assertIn("Memorandum of understanding on investment promotion", found)

    def test_a_note_on_the_firm_between_commas(self):
        text = self.LEAD + (
            "A Kessa-based drug maker, whose founder travelled with the delegation, agreed to build a vaccine plant "
            "in the south.\n"
        )
        self.assertIn("Agreement by a Kessa-based drug maker to build a vaccine plant in the south", titles(text))

    def test_a_firm_that_only_hopes_makes_no_deal(self):
        text = self.LEAD + "A Kessa-based drug maker hopes to build a vaccine plant in the south.\n"
        self.assertEqual(len(titles(text)), 3)


class PluralContractsForWorkTests(SimpleTestCase):
    """Plural documents a firm signed for work it will do are that work's documents; a plural after a verb of closer
    ties is a purpose, not a document."""

    LEAD = "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday.\n\n"

    def test_contracts_to_build_and_run_plants(self):
        text = self.LEAD + (
            "Engineering group Kolvar signed contracts to build and run three water treatment plants near Tolm, "
            "together with a local partner.\n"
        )
        self.assertEqual(titles(text), ["Contract to build and run three water treatment plants near Tolm"])

    def test_documents_to_create_a_framework_are_a_purpose(self):
        text = self.LEAD + "Both chambers pledged to ratify signed agreements to create a legal basis for trade.\n"
        self.assertEqual(titles(text), [])


class FirmOrderTests(SimpleTestCase):
    """A purchase told by its order, with a past verb and a count of the goods, is a deal of the visit; its field is
    the goods'; an order only hoped for, or placed in a year gone by, is none."""

    LEAD = (
        "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday. "
        "The two leaders signed a memorandum on fisheries.\n\n"
    )

    def test_an_order_placed_by_a_firm(self):
        text = self.LEAD + (
            "Planemaker Kestrel said an Estavian charter airline had booked a firm order for 12 K-90 jets for its "
            "holiday routes, with options on eight more.\n"
        )
        deals = [(a.title, a.sphere) for a in suggest_package(text).agreements]
        self.assertIn(("Order for 12 K-90 jets for its holiday routes", "aviation"), deals)

    def test_buyers_that_agreed_to_buy_a_count_of_goods(self):
        text = self.LEAD + "Kestrel said Estavian rescue services had agreed to buy nine K2 and K3 helicopters.\n"
        self.assertIn("Order for nine K2 and K3 helicopters", titles(text))

    def test_an_order_hoped_for_or_placed_long_ago_is_none(self):
        text = self.LEAD + (
            "The Tolm shipyard hopes to win an order for six ferries. Estavia ordered 30 K-90 jets in 2019.\n"
        )
        self.assertEqual(titles(text), ["Memorandum on fisheries"])


class ExtendedFacilityTests(SimpleTestCase):
    """A standing financing instrument the sides agreed during the visit to extend or enlarge is a deal of the visit,
    in finance, even in a story that signs nothing else."""

    LEAD = "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday.\n\n"

    def test_a_swap_line_extended(self):
        text = self.LEAD + (
            "Norlandia and Estavia agreed on Friday to prolong a 2.5 billion krone currency swap line until 2030, the "
            "central bank said.\n"
        )
        deals = [(a.title, a.sphere) for a in suggest_package(text).agreements]
        self.assertEqual(deals, [("Extension of the 2.5 billion krone currency swap line", "finance")])

    def test_an_enlargement_only_hoped_for_is_none(self):
        text = self.LEAD + "The central banks hope to enlarge their credit line next year.\n"
        self.assertEqual(titles(text), [])


class CorrespondentLineTests(SimpleTestCase):
    """A broadcast transcript's correspondent reports under the label a press conference gives its questioners."""

    LEAD = "Norlandian President Ivo Marten held talks with Estavian President Lena Sorr in Vessa on Monday.\n\n"

    def test_a_report_under_a_reporters_label_is_narrative(self):
        text = self.LEAD + (
            "Reporter: The two presidents then watched their ministers sign three agreements, covering fisheries, "
            "forestry and rail freight.\n"
        )
        self.assertEqual(
            titles(text), ["Agreement on fisheries", "Agreement on forestry", "Agreement on rail freight"]
        )

    def test_a_reporters_question_signs_nothing(self):
        text = self.LEAD + (
            "REPORTER: President Marten, the memorandum on a gas pipeline was signed this morning. When will the "
            "pipeline be built?\n"
        )
        self.assertEqual(titles(text), [])


class TopicsOfDocumentsSignedWhenTests(SimpleTestCase):
    """The documents of a count taken up again with when they were signed ("The agreements signed today include A, B
    and C") are one document per topic, as without the time."""

    LEAD = (
        "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday and "
        "signed three agreements.\n\nMarten said the ties between the two republics were strong.\n\n"
    )

    def test_signed_today(self):
        text = self.LEAD + "The agreements signed today include fisheries, solar power and tourism.\n"
        self.assertEqual(titles(text), ["Agreement on fisheries", "Agreement on solar power", "Agreement on tourism"])

    def test_signed_here_this_morning(self):
        text = self.LEAD + "The agreements signed here this morning include fisheries, solar power and tourism.\n"
        self.assertEqual(len(titles(text)), 3)


class WhatTheyAgreedHeadingTests(SimpleTestCase):
    """A heading that asks what the sides agreed with the verb active ("What the leaders agreed") heads the visit's
    outcomes as "What was agreed" does: its items that name a document are signed ones."""

    TEXT = (
        "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr in Vessa on "
        "Friday.\n\nMarten said the ties between the two republics were strong.\n\n{heading}\n\n"
        "- Ports. A memorandum on a second container terminal at Tolm.\n"
        "- Beyond that. Agreements on fisheries research, folk medicine and film co-production.\n\n"
        "What comes next\n\nSorr will visit Norland in the autumn.\n"
    )

    def test_what_they_agreed(self):
        self.assertEqual(len(titles(self.TEXT.format(heading="What they agreed"))), 4)

    def test_what_the_two_leaders_agreed_on(self):
        self.assertEqual(len(titles(self.TEXT.format(heading="What the two leaders agreed on"))), 4)

    def test_a_heading_of_plans_signs_nothing(self):
        self.assertEqual(titles(self.TEXT.format(heading="What they discussed")), [])


class SerialCommaTopicsTests(SimpleTestCase):
    """Topics of a count set off with a serial comma are parted at the commas alone, whatever the count: "and" within
    an item joins one field, and an item that names its own document is read as that document."""

    def test_and_within_an_item_is_one_field(self):
        text = (
            "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday "
            "and signed six agreements.\n\nMarten said the ties between the two republics were strong.\n\n"
            "The agreements cover cooperation in fisheries and marine research, solar power, space industry "
            "cooperation, and a memorandum on direct rail links between Vessa and Tolm.\n"
        )
        self.assertEqual(
            titles(text),
            [
                "Agreement on cooperation in fisheries and marine research",
                "Agreement on solar power",
                "Agreement on space industry cooperation",
                "Memorandum on direct rail links between Vessa and Tolm",
            ],
        )


class LeadSignedWhereTests(SimpleTestCase):
    """A lead-in whose documents were signed in a named place or on a named day ("Other documents signed in Vessa
    covered:") heads its items as one without the place does: each item below is a document by its topic."""

    TEXT = (
        "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr in Vessa on "
        "Friday, and the two governments signed a memorandum on fisheries.\n\n"
        "Marten said the ties between the two republics were strong.\n\n"
        "Other documents signed {when} covered:\n"
        "- larger quotas for Estavian wool exports;\n"
        "- co-operation on fighting drug trafficking.\n\n"
        "Sorr will visit Norland in the autumn.\n"
    )

    def test_signed_in_a_named_city(self):
        found = titles(self.TEXT.format(when="in Vessa"))
        self.assertIn("Larger quotas for Estavian wool exports", found)
        self.assertIn("Co-operation on fighting drug trafficking", found)

    def test_signed_on_a_weekday(self):
        self.assertEqual(len(titles(self.TEXT.format(when="on Friday"))), 3)

    def test_a_note_after_an_item_is_no_item(self):
        text = self.TEXT.format(when="on Friday").replace(
            "- larger quotas for Estavian wool exports;",
            "- larger quotas for Estavian wool exports. Neither side gave figures.",
        )
        self.assertNotIn("Neither side gave figures", " ".join(titles(text)))
        self.assertEqual(len(titles(text)), 3)


class MakerVerbProduceTests(SimpleTestCase):
    """The verb "produce" of a maker ("to co-produce", "will jointly produce") names no farm goods: the field of a
    firm's deal is what it makes; the noun of a farm's goods stays agriculture."""

    def test_a_firm_that_co_produces_engines(self):
        text = (
            "Prime Minister Ilse Varga of Ostria held talks with President Tomas Brel of Kolvi on Tuesday. "
            "Varnholt Motors signed an agreement with state-owned Kessen Holdings to co-produce jet engines in Dessa."
        )
        self.assertEqual(spheres(text), ["aviation"])

    def test_fresh_produce_stays_farm_goods(self):
        text = (
            "Prime Minister Ilse Varga of Ostria held talks with President Tomas Brel of Kolvi on Tuesday. "
            "The two ministers signed a protocol on Kolvian fresh produce for Ostrian supermarkets."
        )
        self.assertEqual(spheres(text), ["agriculture"])


class TradeFacilityGoodsTests(SimpleTestCase):
    """An export or import facility in a deal ("LNG from an export project", "a grain import terminal") is where the
    goods pass: the goods named beside it decide the field; with no goods named, the deal stays trade."""

    LEAD = "President Maren Holt of Dalvia held talks with Prime Minister Ruben Ostrov of Tessaly on Monday. "

    def test_gas_from_an_export_project(self):
        text = self.LEAD + (
            "Utility Nordvik Power signed a preliminary agreement to take one million tonnes a year of LNG from a "
            "planned Tessalian export project."
        )
        self.assertEqual(spheres(text), ["energy"])

    def test_cashews_from_an_export_hub(self):
        text = self.LEAD + "Grocer Maltby Foods signed an agreement to buy cashews from a new Tessalian export hub."
        self.assertEqual(spheres(text), ["agriculture"])

    def test_a_terminal_with_no_goods_stays_trade(self):
        text = self.LEAD + "The two ministers signed a memorandum on a new export terminal at Varsk."
        self.assertEqual(spheres(text), ["trade"])


class SignedStudyOfWorksTests(SimpleTestCase):
    """A signed agreement to study a work to be built (a plant, a line, a yard) is a study contract, a document of its
    own; an agreement to study a possibility or to begin talks stays an act of agreeing."""

    LEAD = "President Maren Holt of Dalvia held talks with Prime Minister Ruben Ostrov of Tessaly on Monday. "

    def test_firms_sign_to_study_a_plant(self):
        text = self.LEAD + (
            "Dalvian utility Brennmark and the Tessalian state grid signed an agreement to study the construction of "
            "a 400-megawatt pumped-storage hydropower plant near Varsk."
        )
        self.assertEqual(spheres(text), ["energy"])

    def test_a_study_of_a_ferry_terminal(self):
        text = self.LEAD + "Port operator Kellan Group inked an agreement to study a new ferry terminal at Osk."
        self.assertEqual(len(titles(text)), 1)

    def test_a_study_of_a_possibility_is_no_document(self):
        text = self.LEAD + "The two ministers signed an agreement to study the possibility of a free trade area."
        self.assertEqual(titles(text), [])

    def test_agreed_to_study_a_plant_signs_nothing(self):
        text = self.LEAD + "The two sides agreed to study the construction of a hydropower plant near Varsk."
        self.assertEqual(titles(text), [])


class FinancingPackageResultTests(SimpleTestCase):
    """A financing or funding package that the visit produced or yielded is a financing deal, as a loan is: the
    result verb reads it, with what the money is for; a package only sought is none."""

    LEAD = "Chancellor Oda Brink of Velmark held talks with President Sami Okoro of Ruvania in Ruva on Thursday. "

    def test_the_visit_produced_a_financing_package(self):
        text = self.LEAD + (
            "The trip also yielded a 900 million euro financing package from the Velmark Development Bank for "
            "solar farms in northern Ruvania, and an agreement to train Ruvanian customs officers."
        )
        self.assertEqual(len(titles(text)), 2)
        self.assertIn("energy", spheres(text))

    def test_a_package_only_sought_is_none(self):
        text = self.LEAD + "Okoro said Ruvania hoped the talks would produce a larger funding package for roads."
        self.assertEqual(titles(text), [])


class SumOfGoodsPurchaseTests(SimpleTestCase):
    """A purchase agreed as a sum of goods ("agreed to buy $500 million of wheat", "$80 million worth of lamb") is an
    order, as one counted in units is; its field is the goods', and a short form's stops ("U.K. lamb") stay inside."""

    LEAD = (
        "President Maren Holt of Dalvia held talks with Prime Minister Ruben Ostrov of Tessaly on Monday, and the two "
        "leaders signed a memorandum on tourism. "
    )

    def test_a_ministry_agrees_to_buy_a_sum_of_grain(self):
        text = self.LEAD + "Tessaly's food agency agreed to buy $450 million of Dalvian barley over three years."
        self.assertEqual(spheres(text), ["tourism", "agriculture"])

    def test_a_sum_worth_of_goods_after_a_short_form(self):
        text = self.LEAD + "Grocer Halden Stores agreed to buy €80 million worth of U.K. lamb and cheese."
        self.assertEqual(spheres(text), ["tourism", "agriculture"])
        self.assertIn("U.K. lamb", titles(text)[1])

    def test_a_sum_only_hoped_for_is_no_order(self):
        text = self.LEAD + "Ostrov said Tessaly might buy $450 million of Dalvian barley next year."
        self.assertEqual(spheres(text), ["tourism"])


class TwoFirmsAgreeTests(SimpleTestCase):
    """Two firms joined by "and" may agree as one subject ("Kessen Motors and Tolm Agro agreed to assemble tractors"):
    their deal is read as one firm's is; two countries or two people so joined are no firms."""

    LEAD = (
        "President Maren Holt of Dalvia held talks with Prime Minister Ruben Ostrov of Tessaly on Monday, and the two "
        "leaders signed a memorandum on tourism. "
    )

    def test_two_firms_agree_to_assemble_machines(self):
        text = self.LEAD + "Kessen Motors and TolmAgroLease agreed to expand the assembly of harvesters in Varsk."
        self.assertEqual(len(titles(text)), 2)

    def test_two_countries_so_joined_are_no_firms(self):
        text = self.LEAD + "Dalvia and Tessaly agreed to expand the assembly of harvesters in Varsk."
        self.assertEqual(spheres(text), ["tourism"])


class ListEndsAtOwnPredicateTests(SimpleTestCase):
    """A list of fields after a serial comma ends where the signers' own next predicate begins (", and issued a
    joint communique"): that predicate is no part of the last field."""

    TEXT = (
        "TOLM, June 9 - After the talks, President Arno Velk and Prime Minister Dara Quill witnessed the signing of "
        "several memoranda of understanding between the two countries in the fields of fisheries, tourism, vocational "
        "training, and {last}.\n"
    )

    def test_a_coordinated_predicate_with_its_object_ends_the_list(self):
        found = titles(self.TEXT.format(last="civil aviation, and released a joint communique on the Tolm strait"))
        self.assertIn("Memorandum of understanding in the fields of civil aviation", found)
        self.assertEqual(len([t for t in found if t.startswith("Memorandum")]), 4)

    def test_a_last_field_in_ed_without_an_article_stays_a_field(self):
        found = titles(self.TEXT.format(last="civil aviation, and advanced materials"))
        self.assertTrue(any(t.endswith("advanced materials") for t in found))


class TopicsWithDashAsideTests(SimpleTestCase):
    """The topics of a count told earlier may carry the writer's note on one item between a pair of dashes, and go on
    after it with "as well as": the note is no item, and an item that names its own document is one of the count."""

    TEXT = (
        "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday, and "
        "the two governments signed six agreements.\n\nMarten said the ties between the two republics were strong.\n\n"
        "Under a memorandum signed on Friday, the two mines ministries will set up a working group on copper.\n\n"
        "{topics}\n"
    )

    def test_the_aside_is_no_item_and_the_list_goes_on_after_it(self):
        found = titles(
            self.TEXT.format(
                topics="The other agreements cover dairy standards {dash} which should help Norlandian farmers sell "
                "cheese abroad {dash} as well as cooperation on shipping, rail links, forestry and a youth exchange "
                "programme."
            ).replace("{dash}", "—")
        )
        self.assertEqual(
            found,
            [
                "Agreement on dairy standards",
                "Agreement on cooperation on shipping",
                "Agreement on rail links",
                "Agreement on forestry",
                "Youth exchange programme",
            ],
        )

    def test_a_spaced_hyphen_pair_is_an_aside_too(self):
        found = titles(
            self.TEXT.format(
                topics="The other agreements cover dairy standards - a sore point for years - as well as shipping, "
                "rail links and forestry."
            )
        )
        self.assertEqual(len(found), 4)
        self.assertNotIn("sore point", " ".join(found))

    def test_one_dash_before_a_note_at_the_end_keeps_the_items(self):
        found = titles(
            self.TEXT.format(
                topics="The other agreements cover dairy standards, shipping, rail links and forestry — the last a "
                "long-running sore point."
            )
        )
        self.assertIn("Agreement on dairy standards", found)
        self.assertIn("Agreement on forestry", found)


class CountTakenUpByItsExactKindTests(SimpleTestCase):
    """A count of agreements told earlier may be taken up by the documents' exact kind, with its complement ("The
    memorandums of understanding cover A, B and C"), and the source after the list is no item."""

    TEXT = (
        "TOLM, May 3 - Norlandian President Ivo Marten and Estavian Prime Minister Lena Sorr {verb} 11 cooperation "
        "agreements on Friday.\n\nSorr was greeted with a guard of honour before the talks.\n\n"
        "The memorandums of understanding cover fisheries, wind power, tourism and space research, according to a "
        "statement from the Estavian foreign ministry.\n"
    )

    def test_the_exact_kind_takes_up_the_count(self):
        self.assertEqual(
            spheres(self.TEXT.format(verb="oversaw the signing of")), ["agriculture", "energy", "tourism", "space"]
        )

    def test_the_source_after_the_list_is_no_item(self):
        self.assertNotIn("statement", " ".join(titles(self.TEXT.format(verb="oversaw the signing of"))))

    def test_a_count_still_to_be_signed_gives_no_topics(self):
        self.assertEqual(titles(self.TEXT.format(verb="are expected to sign")), [])

    def test_a_list_the_topics_read_is_not_read_twice(self):
        text = (
            "TOLM, May 3 - Norlandian President Ivo Marten and Estavian Prime Minister Lena Sorr witnessed the "
            "signing of four memoranda of understanding (MoUs) on Friday.\n\nSorr was greeted with a guard of honour "
            "before the talks.\n\nThe MoUs signed are on visa waivers for diplomats; fisheries; tourism and heritage; "
            "and space research.\n"
        )
        self.assertEqual(len(titles(text)), 4)


class TopicsBeforeAnAbsoluteClauseTests(SimpleTestCase):
    """A clause of the story's after the topics of a count ("..., with the fisheries arrangement letting trawlers call
    at ports", "..., while ...") is no part of the last topic, so the items match the count."""

    TEXT = (
        "VESSA, May 3 - Norlandian President Ivo Marten held talks with Estavian President Lena Sorr on Friday before "
        "the two leaders watched officials sign four agreements.\n\nThey covered {topics}.\n"
    )

    def test_an_absolute_clause_after_the_list_is_no_item(self):
        found = titles(
            self.TEXT.format(
                topics="fisheries, tourism, rail freight and sport, with the fisheries arrangement letting Estavian "
                "trawlers call at Norlandian ports"
            )
        )
        self.assertEqual(
            found,
            ["Agreement on fisheries", "Agreement on tourism", "Agreement on rail freight", "Agreement on sport"],
        )

    def test_a_topic_of_cooperation_with_a_partner_stays_whole(self):
        found = titles(
            self.TEXT.format(topics="fisheries, tourism, rail freight, and cooperation with the Estavian coast guard")
        )
        self.assertIn("Agreement on cooperation with the Estavian coast guard", found)


class PartnersWithShortFormsTests(SimpleTestCase):
    """Two partners of a plural kind word, one document with each, may carry a short form in brackets ("memoranda
    with Ostria Rail Corp (ORC) and Vessa Freight"): the brackets are part of the first partner's name."""

    def test_a_partner_with_its_short_form_is_one_of_two(self):
        text = (
            "VESSA, May 3 - Norlandian President Ivo Marten visited Estavia on Friday.\n\n"
            "- Norlandian Steel signed memoranda of understanding with Estavian Ore Holdings (EOH) and Brask Mining "
            "on cooperation in iron ore processing.\n"
        )
        found = titles(text)
        self.assertEqual(len(found), 2)
        self.assertTrue(any("Brask Mining" in t and "Estavian Ore" not in t for t in found))

    def test_one_partner_with_its_short_form_is_one_document(self):
        text = (
            "VESSA, May 3 - Norlandian President Ivo Marten visited Estavia on Friday.\n\n"
            "- Norlandian Steel signed a memorandum of understanding with Estavian Ore Holdings (EOH) on cooperation "
            "in iron ore processing.\n"
        )
        self.assertEqual(len(titles(text)), 1)


class FieldKindWordsTests(SimpleTestCase):
    """Fields told by a kind of word the shared sphere words miss: help given by one state to another, the conduct
    of diplomacy and a way into a bloc, farm goods told by how they keep, a river's clean-up, a frontier's controls,
    a diplomat's passport, and a hyphened fighter jet."""

    def sphere_of(self, document: str) -> str:
        text = (
            "TOLM, June 9 - Norlandian Prime Minister Aro Kessel and Estavian Prime Minister Ilse Varn held talks "
            f"in Tolm on Tuesday. The two governments signed {document}.\n"
        )
        found = spheres(text)
        self.assertEqual(len(found), 1, found)
        return found[0]

    def test_aid_and_assistance_are_development(self):
        self.assertEqual(self.sphere_of("an agreement on Norlandian aid for Estavia in 2027"), "development")
        self.assertEqual(self.sphere_of("a memorandum on assistance to the Estavian provinces"), "development")

    def test_diplomacy_and_accession_are_political(self):
        self.assertEqual(self.sphere_of("a cooperation document in the field of diplomacy"), "political")
        self.assertEqual(
            self.sphere_of("a memorandum on preparing Estavia for accession talks with the bloc"), "political"
        )

    def test_goods_told_by_how_they_keep_are_farm_goods(self):
        self.assertEqual(self.sphere_of("a protocol on Estavian frozen squid"), "agriculture")
        self.assertEqual(self.sphere_of("a protocol on fresh guavas"), "agriculture")

    def test_a_fresh_start_is_no_farm_good(self):
        self.assertNotEqual(self.sphere_of("a memorandum on a fresh start for the joint commission"), "agriculture")

    def test_a_river_clean_up_is_environment(self):
        self.assertEqual(self.sphere_of("an agreement on the clean-up of the Maren river"), "environment")

    def test_a_river_alone_stays_transport(self):
        self.assertEqual(self.sphere_of("an agreement on navigation on the Maren river"), "transport")

    def test_border_controls_in_the_plural(self):
        self.assertEqual(self.sphere_of("an agreement on joint border controls"), "security")

    def test_diplomatic_passports_are_consular(self):
        self.assertEqual(self.sphere_of("an agreement on holders of diplomatic and service passports"), "consular")

    def test_a_hyphened_fighter_jet_is_defence(self):
        self.assertEqual(self.sphere_of("an agreement on the joint production of fighter-jet engines"), "defence")


class StoredPowerSphereTests(SimpleTestCase):
    """Batteries and the electric cars they drive are energy, when no shared field word names another field."""

    def sphere_of(self, document: str) -> str:
        text = (
            "KOLVI, March 2 - Estavian President Ilse Varn and Norlandian President Aro Kessel met in Kolvi on "
            f"Monday, and the two governments signed {document}.\n"
        )
        found = spheres(text)
        self.assertEqual(len(found), 1, found)
        return found[0]

    def test_battery_cells(self):
        self.assertEqual(self.sphere_of("a memorandum on the value chain of battery cells"), "energy")

    def test_an_ev_plant(self):
        self.assertEqual(self.sphere_of("an agreement on an EV assembly line in Kolvi"), "energy")

    def test_a_battery_with_a_named_field_keeps_it(self):
        self.assertEqual(self.sphere_of("a memorandum on research into solid-state batteries"), "science")


class AlsoSignedListTests(SimpleTestCase):
    """A list of documents by field that the sides "also signed" is documents besides those named before, not their
    summing-up, even where its fields meet theirs."""

    TEXT = (
        "KOLVI, March 2 - Estavian President Ilse Varn held talks with Norlandian President Aro Kessel in Kolvi on "
        "Monday before the two leaders oversaw the signing of five documents, including a framework deal on the local "
        "production of military drones in Estavia and a memorandum on cooperation in offshore wind farms.\n\n"
        "Varn said the talks had been frank.\n\n"
        "The two governments {verb} agreements on support for the defence purchases, cooperation in battery assembly "
        "and a working holiday scheme, officials said.\n"
    )

    def test_also_signed_adds_documents(self):
        self.assertEqual(
            spheres(self.TEXT.format(verb="also signed")), ["defence", "energy", "defence", "energy", "labour"]
        )

    def test_without_also_the_list_sums_up(self):
        self.assertEqual(len(spheres(self.TEXT.format(verb="signed"))), 3)


class RunInOutcomeHeadingTests(SimpleTestCase):
    """A newsletter's or an explainer's run-in heading over what the visit produced ("The deals:", "**What was
    signed:**") opens a section whose bulleted instruments were signed, as the same heading on its own line does."""

    HEAD = (
        "Uruguay and Ireland sign four deals\n\n"
        "Uruguayan President Lucía Ferreyra met Irish Taoiseach Cian Doherty in Dublin on Tuesday, and the two "
        "governments signed four documents.\n\n"
    )

    def test_a_run_in_heading_over_bullets(self):
        text = self.HEAD + (
            "The deals:\n\n- A memorandum on dairy farming\n- An agreement on working holidays\n\n"
            "Why it matters: beef and butter.\n"
        )
        self.assertEqual(spheres(text), ["agriculture", "labour"])

    def test_a_bold_run_in_heading_with_bullets(self):
        text = self.HEAD + "**The big deals:**\n• A protocol on wind energy\n• A memorandum on sport\n"
        self.assertEqual(spheres(text), ["energy", "sport"])

    def test_a_run_in_heading_over_background_is_no_section(self):
        text = self.HEAD + "Background:\n\n- An agreement on double taxation, in force since 2016\n"
        self.assertEqual(spheres(text), [])


class LabelledOutcomeItemsTests(SimpleTestCase):
    """An explainer lists the deals by field under a run-in heading of what the visit produced ("The deals: Three
    things were announced."): each labelled item is one deal, also when it names a sum, a scheme or support and no
    kind word, its sphere from its words."""

    HEAD = (
        "Irish Taoiseach Cian Doherty met Uruguayan President Lucía Ferreyra in Montevideo on Tuesday.\n\n"
        "What happened: the two leaders held talks at the Torre Ejecutiva.\n\n"
    )
    ITEMS = (
        "- **Schools:** Ireland will put €15 million into technical colleges in Salto and Rivera.\n"
        "- **Identity:** Support for the rollout of a digital identity system.\n"
        "- **Wind power:** A wind energy research partnership between universities in Cork and Montevideo.\n\n"
        'What they said: "We are old friends," Doherty said.\n'
    )

    def test_each_labelled_item_under_the_deals_is_one_deal(self):
        text = self.HEAD + "The deals: Three things got signed or announced.\n\n" + self.ITEMS
        self.assertEqual(spheres(text), ["energy", "education", "digital"])

    def test_the_label_opens_the_title(self):
        text = self.HEAD + "The deals: Three things got signed or announced.\n\n" + self.ITEMS
        self.assertIn("Identity: Support for the rollout of a digital identity system", titles(text))

    def test_a_heading_that_says_nothing_came_of_it_heads_no_deals(self):
        text = self.HEAD + "The deals: None were signed, though three were discussed.\n\n" + self.ITEMS
        self.assertEqual(spheres(text), [])

    def test_labelled_items_under_another_heading_are_no_deals(self):
        text = self.HEAD + "What they talked about: three subjects came up.\n\n" + self.ITEMS
        self.assertEqual(spheres(text), [])


class AnnouncedDealsLongLeadTests(SimpleTestCase):
    """A lead-in of the deals announced may name the forum and its source at length before its colon; the items
    below it are the deals."""

    def test_a_lead_in_naming_the_forum_and_the_ministry(self):
        text = (
            "Irish Taoiseach Cian Doherty met Uruguayan President Lucía Ferreyra in Montevideo on Tuesday.\n\n"
            "Business deals announced at the Uruguay-Ireland Investment Forum, per Ireland's Department of "
            "Enterprise, Trade and Employment:\n\n"
            "- Kerry Dairy and Conaprole: agreement on a joint cheese plant in Colonia\n\n"
            "- Mainstream Renewable Power: memorandum on a wind farm in Tacuarembó\n\n"
            "The forum ended at noon.\n"
        )
        self.assertEqual(spheres(text), ["agriculture", "energy"])


class TableOfDocumentsTests(SimpleTestCase):
    """A table of outcomes holds one document a row in the column its header names, read whole, its sphere from its
    own words; the prose above it names no further document of a kind only one row has."""

    HEAD = (
        "The Prime Minister of Fiji, Mr. Ratu Seru Naulivou, paid an Official Visit to India from 3 to 5 March "
        "2026 at the invitation of Prime Minister Shri Anand Khanna. The two Prime Ministers agreed on a Roadmap "
        "for its implementation up to 2030.\n\n"
    )
    TABLE = (
        "S. No. | Agreement / MoU | Exchanged by (Indian side) | Exchanged by (Fijian side)\n"
        "1. | Roadmap for the India-Fiji Partnership (2026-2030) | Shri A. Rao, Secretary (East) | Mr. Jone "
        "Vakaloloma, Permanent Secretary\n"
        "2. | MoU between Cane Growers Ltd. and the Fiji Sugar Corporation on Cane Farming | Shri "
        "B. Menon, Director | Ms. Litia Tora, CEO\n"
        "3. | Agreement on Quick Impact Projects for Lau Province | Shri A. Rao, Secretary (East) | Mr. Jone "
        "Vakaloloma, Permanent Secretary\n"
    )

    def test_each_row_is_one_document_read_whole(self):
        self.assertIn(
            "MoU between Cane Growers Ltd. and the Fiji Sugar Corporation on Cane Farming",
            titles(self.HEAD + self.TABLE),
        )

    def test_a_table_without_a_lead_in_is_of_signed_documents(self):
        self.assertEqual(spheres(self.HEAD + self.TABLE), ["political", "agriculture", "development"])

    def test_a_table_that_names_no_signing_needs_a_lead_in(self):
        table = (
            "No. | Document | Status\n"
            "1. | Agreement on Cooperation in Fisheries | under negotiation\n"
            "2. | MoU on Sugar Research | under negotiation\n"
        )
        self.assertEqual(spheres(self.HEAD.split(" The two")[0] + "\n\n" + table), [])


class SpokenCountOfDocumentsTests(SimpleTestCase):
    """A count of documents told with no verb, right after a word of signing ("What was signed? ... Nine
    documents."), opens the items a speaker then takes one by one ("First, ... Second, ...")."""

    HEAD = (
        "HOST: The Chilean President Inés Salgado was in Canberra this week for talks with Prime Minister Hugh "
        "Pemberton. So, what was signed?\n\n"
    )
    ITEMS = (
        "First, an MoU on cooperation in copper mining. Second, an MoU on fisheries. Third, a youth mobility "
        "arrangement. And sixth, a memorandum on wildfire response.\n\n"
        "HOST: Thanks.\n"
    )

    def test_the_items_after_a_bare_count(self):
        text = self.HEAD + "GUEST: The embassy sent the list. Nine documents. Let me be quick.\n\n" + self.ITEMS
        self.assertEqual(spheres(text), ["mining", "agriculture", "migration", "civil_protection"])

    def test_a_bare_count_with_no_signing_before_opens_nothing(self):
        head = self.HEAD.replace("So, what was signed?", "What is on the table?")
        text = head + "GUEST: The embassy sent the list. Nine documents. Let me be quick.\n\n" + self.ITEMS
        self.assertEqual(spheres(text), [])


class RowsUnderLeadInTests(SimpleTestCase):
    """A lead-in that names the documents, and maybe their parties and worth, heads rows set out in dashed cells:
    each row is one document, its figures no part of it and a firm in its first cell the other party; a lead-in may
    name the documents as what the pledges came from."""

    HEAD = (
        "MUMBAI, March 4 (Wire) - Maharashtra Chief Minister Anil Deshmane received Singapore's Minister for Trade "
        "Daniel Goh Wei Ming in Mumbai on Tuesday.\n\n"
    )
    ROWS = (
        "In the presence of the two ministers, the following Memoranda of Understanding were exchanged between the "
        "State Investment Board and Singapore-based companies, with a total investment of Rs.3,100 crore and "
        "employment for 1,200 persons:\n\n"
        "1. Kestrel Data Systems Pte. Ltd. – Data centre campus at Pune – Investment Rs.2,000 crore – Employment "
        "800 persons.\n\n"
        "2. Orchid Solar Pte. Ltd. – 200 MW solar park at Dhule – Investment Rs.1,100 crore – Employment 400 "
        "persons.\n\n"
        "The Minister left for Chennai in the evening.\n"
    )
    PLEDGES = (
        "LUSAKA, May 6 (Wire) - Zambian President Mwila Banda and Korean President Han Seung-woo held talks in Seoul "
        "on Tuesday.\n\n"
        "According to the trade ministry, the pledges came from nine letters of intent covering the following:\n\n"
        "— Solar farms in Southern Province – $400 million\n\n"
        "— Data centres in Kitwe – $120 million\n\n"
        "The President flies home on Wednesday.\n"
    )

    def test_each_row_is_one_firms_document_without_its_figures(self):
        self.assertEqual(
            titles(self.HEAD + self.ROWS),
            [
                "Memorandum of understanding with Kestrel Data Systems Pte. Ltd. on data centre campus at Pune",
                "Memorandum of understanding with Orchid Solar Pte. Ltd. on 200 MW solar park at Dhule",
            ],
        )

    def test_the_documents_the_pledges_came_from(self):
        self.assertEqual(spheres(self.PLEDGES), ["energy", "digital"])

    def test_documents_still_negotiated_give_no_rows(self):
        text = self.PLEDGES.replace("the pledges came from nine", "firms are still negotiating nine")
        self.assertEqual(spheres(text), [])


class CountTakenUpByThePackageTests(SimpleTestCase):
    """A count of documents signed whose items come later, some told first ("Apart from A and B, the package covers
    C, D and E"), gives one document an item when all of them make the count."""

    TEXT = (
        "DHAKA, June 2 (Wire) - Prime Minister Rahima Karim held talks with Japanese Prime Minister Kenji Sato in "
        "Tokyo on Monday.\n\n"
        "The finance secretary and the JICA representative later signed five separate loan agreements at the same "
        "venue. The loans carry an interest rate of one percent. Apart from the metro line and the river port, the "
        "package covers a rural roads programme, a hospital upgrade and budget support for climate resilience.\n"
    )

    def test_each_item_is_one_loan_agreement(self):
        self.assertEqual(
            titles(self.TEXT),
            [
                "Loan agreement for the metro line",
                "Loan agreement for the river port",
                "Loan agreement for a rural roads programme",
                "Loan agreement for a hospital upgrade",
                "Loan agreement for budget support for climate resilience",
            ],
        )

    def test_items_that_do_not_make_the_count_are_none(self):
        self.assertEqual(titles(self.TEXT.replace("five separate", "six separate")), [])


class SpeakersListOfTopicsTests(SimpleTestCase):
    """The topics of a count signed told in a speaker's sentence, what he goes on to add after the attribution
    being no item: "The agreements signed ... cover A, B, and C, he said, adding that ..."."""

    TEXT = (
        "ORVAL, March 4 (Wire) - Zembrian President Tomas Velk and Ostrian President Ilse Marr signed nine "
        "agreements on Tuesday, Velk said.\n\n"
        "The agreements signed in the presence of the two leaders cover fisheries, vocational training, "
        "civil aviation, and the exchange of meteorological data, he said, adding that the new ferry line was "
        '"a real breakthrough."\n'
    )

    def test_each_topic_is_one_agreement(self):
        self.assertEqual(
            titles(self.TEXT),
            [
                "Agreement on fisheries",
                "Agreement on vocational training",
                "Agreement on civil aviation",
                "Agreement on the exchange of meteorological data",
            ],
        )


class EarlierTitleWordsCueNothingTests(SimpleTestCase):
    """A word of an earlier item's own title that reads like a plan ("joint work on the shelf") tells nothing of
    the next items of the same list, which are signed as the list is."""

    TEXT = (
        "ORVAL, March 4 (Wire) - Zembrian President Tomas Velk and Ostrian President Ilse Marr held talks on "
        "Tuesday.\n\n"
        "The documents signed include a memorandum between Velkoil and Ostragas on the extension of joint work on "
        "the northern shelf, a plan of consultations between the foreign ministries, and documents on "
        "cooperation in forestry, archives and the postal service.\n"
    )

    def test_the_last_items_are_signed(self):
        self.assertEqual(
            titles(self.TEXT)[-3:],
            [
                "Document on cooperation in forestry",
                "Document on cooperation in archives",
                "Document on cooperation in the postal service",
            ],
        )


class DocumentToldAgainBareTests(SimpleTestCase):
    """A document named in full and later told again by its kind word alone, or with "the" after a verb that
    named it anew ("the presidents signed a Joint Statement on ..."), is one document."""

    HEAD = (
        "ORVAL, March 4 (Wire) - Zembrian President Tomas Velk and Ostrian President Ilse Marr held talks on "
        "Tuesday.\n\n"
    )

    def test_a_bare_declaration_later_is_the_one_named_in_full(self):
        text = self.HEAD + (
            "The presidents signed the Declaration on deepening the allied partnership. "
            '"We have signed a Declaration that takes our ties further," Velk told reporters.\n'
        )
        self.assertEqual(titles(text), ["Declaration on deepening the allied partnership"])

    def test_the_statement_told_again_with_the(self):
        text = self.HEAD + (
            "After the talks, the presidents signed a Joint Statement on the enhanced partnership.\n\n"
            '"The Joint Statement we have signed today opens a new chapter," Velk said.\n'
        )
        self.assertEqual(titles(text), ["Joint Statement on the enhanced partnership"])


class ListEndsFieldsAndToldAgainTests(SimpleTestCase):
    """A list's last item stops before an instrument that names its own kind; an item of signers alone keeps no
    field frame; research institutes sign for science; a fund named without its article lends; an aid agreement by
    its standing name is development; "rural" yields to the work's noun; and "the remaining documents" told by
    field are one document a field, not two."""

    HEAD = (
        "ORVAL, March 4 (Wire) - Zembrian President Tomas Velk and Ostrian President Ilse Marr held talks on "
        "Tuesday.\n\n"
    )

    def test_an_instrument_after_the_last_item_is_its_own(self):
        text = self.HEAD + (
            "The presidents then witnessed the signing of agreements on cooperation in sport, on mutual legal "
            "assistance, and on extradition, a Programme of cooperation between the interior ministries for "
            "2025-2027, as well as memoranda in the fields of fisheries and forestry.\n"
        )
        self.assertIn("Agreement on extradition", titles(text))
        self.assertIn("Programme of cooperation between the interior ministries for 2025-2027", titles(text))

    def test_signers_alone_after_a_field_frame_and_research_institutes(self):
        text = self.HEAD + (
            "The MoUs were signed for cooperation in the fields of fisheries, forestry, and between the Zembrian "
            "Institute of Labour Economics and Ostria's Institute of Regional Studies.\n"
        )
        suggestions = suggest_package(text).agreements
        last = suggestions[-1]
        self.assertEqual(
            last.title,
            "MoU between the Zembrian Institute of Labour Economics and Ostria's Institute of Regional Studies",
        )
        self.assertEqual(last.sphere, "science")

    def test_a_school_of_diplomats_is_not_research(self):
        text = self.HEAD + (
            "The two sides also signed an MoU between the Zembrian Diplomatic Institute and the Ostrian Institute "
            "of Foreign Relations.\n"
        )
        self.assertNotEqual(spheres(text), ["science"])

    def test_a_fund_without_its_article_lends_and_aid_by_its_name_is_development(self):
        text = self.HEAD + (
            "They signed a framework arrangement on Zembrian Economic Growth Fund loans worth $900 million, an "
            "economic and technical cooperation agreement worth 80 million euros, and an agreement on the upgrade "
            "of a rural road network in the Tovik province.\n"
        )
        self.assertEqual(spheres(text), ["finance", "development", "transport"])

    def test_the_remaining_documents_by_field_are_one_each(self):
        text = self.HEAD + (
            "The two sides signed nine documents, including a memorandum on fisheries and an agreement on tourism. "
            "The remaining documents cover forestry, customs and statistics.\n"
        )
        self.assertEqual(
            titles(text),
            [
                "Memorandum on fisheries",
                "Agreement on tourism",
                "Document on forestry",
                "Document on customs",
                "Document on statistics",
            ],
        )


class AgreedActsAndProseDealsTests(SimpleTestCase):
    """Acts agreed with no document, and firms' or buyers' deals told in prose without a kind word."""

    def test_agreements_reached_on_doing_something_are_no_documents(self):
        text = (
            "The presidents of Vardia and Ostria held talks in Kessa. Agreements were reached on expanding ferry "
            "links through the port of Molde, as well as on setting up joint ventures in glassware and leather. "
            "An agreement was reached to open a trade house in Kessa. The ministers signed a memorandum on tourism."
        )
        self.assertEqual(titles(text), ["Memorandum on tourism"])

    def test_an_accord_reached_on_a_noun_topic_still_counts(self):
        text = "In the field of farming, an accord was reached on the sale of Ostrian goats to Kolvi."
        self.assertEqual(set(spheres(text)), {"agriculture"})

    def test_a_firm_and_a_described_partner_agreed_to_build(self):
        text = (
            "The leaders of Vardia and Ostria signed a memorandum on tourism. At a business forum, Kessa Thermal AG "
            "and Ostria's state-owned power producer agreed to build a 90-megawatt geothermal plant near Molde."
        )
        self.assertTrue(any("geothermal plant" in t for t in titles(text)), titles(text))

    def test_goods_a_buyer_takes_under_a_signed_deal_are_one_order_each(self):
        text = (
            "Vardia and Ostria signed a defence procurement deal in Kessa on Monday. Under the deal, Vardia will buy "
            "60 Lanx armoured vehicles from Moldex Works and 24 coastal radars from Ferrin Systems, officials said."
        )
        got = titles(text)
        self.assertIn("Order for 60 Lanx armoured vehicles from Moldex Works", got)
        self.assertIn("Order for 24 coastal radars from Ferrin Systems", got)

    def test_goods_under_a_deal_only_planned_are_no_order(self):
        text = (
            "Vardia and Ostria hope to conclude a procurement deal next year. Under the deal, Vardia will buy 60 Lanx "
            "armoured vehicles from Moldex Works."
        )
        self.assertFalse(any(t.startswith("Order") for t in titles(text)), titles(text))


class RangeThenTopicsInFullTests(SimpleTestCase):
    """A count whose fields a range gives by its two ends ("in areas ranging from A to B"), its topics told in full
    a sentence or two later: the full list gives the documents, the range's ends among them, not two more."""

    def test_the_topics_after_the_count_taken_up_again_replace_the_range(self):
        text = (
            "Vardia and Ostria on Monday signed six agreements and memorandums of understanding in areas ranging from "
            "energy to defence. The documents were signed in the presence of the two presidents. They cover "
            "cooperation in solar energy, defence procurement, forestry, higher education, the Kessa Institute's "
            "branch in Molde and radio and television."
        )
        got = spheres(text)
        self.assertEqual(len(got), 6, got)
        self.assertEqual((got.count("energy"), got.count("defence")), (1, 1), got)
        self.assertIn("media", got)

    def test_a_range_with_no_list_after_it_keeps_its_ends(self):
        text = "Seven pacts were inked in areas ranging from defence to digital payments. The talks lasted two hours."
        self.assertEqual(spheres(text), ["defence", "digital"])


class OtherTextsByTopicTests(SimpleTestCase):
    """The rest of the documents told by topic under a word that names no kind ("Other texts concerned A and B"),
    the list ending before a clause of the story's own, a named official's signing included."""

    def test_other_texts_after_named_documents(self):
        text = (
            "Vardia and Ostria signed eleven accords at a summit in Kessa. They included an agreement on gas supply "
            "and a memorandum on naval training. Other texts concerned civil protection, the protection of cultural "
            "heritage and desalination, with Vardian Trade Minister Lena Orsk and her Ostrian counterpart signing a "
            "separate declaration on small firms."
        )
        got = spheres(text)
        for field in ("energy", "defence", "civil_protection", "culture", "water"):
            self.assertIn(field, got)
        self.assertNotIn("Agreement on desalination and a joint programme", " ".join(titles(text)))


class DayBetweenDealAndPurposeTests(SimpleTestCase):
    """Wire copy puts the day between the instrument and what it is for: "signed a contract on Thursday to build"."""

    def test_the_day_before_the_purpose_leaves_the_purpose_the_title(self):
        text = "Kessa Yards and Molde Marine signed a contract worth $2 billion on Thursday to build four frigates."
        self.assertEqual(titles(text), ["Contract to build four frigates"])

    def test_the_day_at_the_end_is_no_purpose(self):
        self.assertEqual(spheres("The ministers signed a memorandum on fisheries on Friday."), ["agriculture"])


class ShortFormOfAFirmInTitleTests(SimpleTestCase):
    """A firm's short form with a full stop ("Corp.", "Ltd.") inside a sentence does not end the title; a full stop
    that ends the sentence still does."""

    def test_corp_before_the_purpose(self):
        text = (
            "The prime ministers met in Molde. Kessa Metals signed a preliminary agreement with Vardia Steel Corp. to "
            "build a lithium refinery near Molde."
        )
        self.assertTrue(any(t.endswith("lithium refinery near Molde") for t in titles(text)), titles(text))
        self.assertIn("mining", spheres(text))


class ExplorationBlocksSphereTests(SimpleTestCase):
    def test_blocks_to_explore_are_energy(self):
        text = "Two state firms signed a contract to jointly explore three blocks in the Kessa basin."
        self.assertEqual(spheres(text), ["energy"])


class AbsoluteSigningClauseTests(SimpleTestCase):
    """ "..., with the two sides signing five agreements": the absolute clause tells what was done, its count's topics
    in the next sentence."""

    def test_topics_after_a_count_in_an_absolute_clause(self):
        text = (
            "The premier of Vardia wrapped up talks with his Ostrian counterpart in Kessa on Monday, with the two "
            "sides signing three government agreements and firms announcing deals worth $2 billion. The agreements, "
            "signed at the palace, cover fisheries, the recognition of driving licences, and higher education."
        )
        self.assertEqual(sorted(spheres(text)), ["agriculture", "education", "transport"])

    def test_with_a_view_to_signing_is_still_to_come(self):
        text = "The ministers met in Kessa on Monday, with a view to signing a fisheries agreement."
        self.assertEqual(spheres(text), [])


class CountedItemsNamingTheirKindsTests(SimpleTestCase):
    """A list as long as its count whose items name their own kinds is read item by item by those kind words, not as
    topics of the count's kind ("Document on an MoU on ...")."""

    def test_items_with_their_own_kind_words(self):
        text = (
            "Vardia and Ostria signed four documents in Kessa on Monday. The documents were signed by the ministers. "
            "They include a roadmap for cooperation for 2025-2030, an agreement on road transport, an MoU on customs "
            "and an MoU on tourism."
        )
        got = titles(text)
        self.assertFalse(any(t.startswith("Document on") for t in got), got)
        self.assertIn("MoU on tourism", got)


class GovernmentListBesideFirmsDealsTests(SimpleTestCase):
    """A list of documents signed between the governments is not told again by the firms' documents of the same
    fields signed on the sidelines."""

    def test_firms_deals_leave_the_governments_list_whole(self):
        text = (
            "After the talks, the two presidents attended a signing ceremony for four memorandums of understanding "
            "between the governments, covering critical minerals, nuclear energy, health care and tourism.\n\n"
            "On the sidelines, companies of the two countries signed 12 deals. Among them, Kessa Zinc Co. signed a "
            "preliminary agreement with Molde Mining to develop a tungsten deposit, while Vardia Power Co. inked a "
            "deal to supply turbines for a power plant in Molde."
        )
        got = spheres(text)
        self.assertEqual((got.count("mining"), got.count("energy")), (2, 2), got)


class DocumentToldAgainByAnotherWordTests(SimpleTestCase):
    """ "signed an agreement on Tuesday to cooperate on X ... The memorandum of understanding, signed at the palace,
    commits ...": the kind word alone, of the same field, tells the same document again."""

    def test_the_memorandum_is_the_agreement_just_told(self):
        text = (
            "Vardia and Ostria signed an agreement on Tuesday to cooperate on mining rare earths, as the Ostrian "
            "premier held talks in Kessa.\n\nThe memorandum of understanding, signed at the palace, commits the two "
            "governments to share geological data."
        )
        self.assertEqual(spheres(text), ["mining"])


class TotalInUsDollarsTests(SimpleTestCase):
    def test_a_total_in_u_s_dollars_names_no_document(self):
        text = (
            "The presidents signed a memorandum on health. At a forum, companies signed more than 30 agreements with "
            "a total value of about 4.7 billion U.S. dollars, the ministry said."
        )
        self.assertEqual(spheres(text), ["health"])


class TradingHouseStakeTests(SimpleTestCase):
    """A trading house's stake told in prose, its share in per cent and its source after it: a firm's deal."""

    def test_a_trading_house_takes_a_stake(self):
        text = (
            "The prime ministers signed a memorandum on health in Kessa.\n\nAway from the leaders, Japanese trading "
            "house Molde Shoji has agreed to take a 20 per cent stake in a planned nickel refinery near Kessa, south "
            "of the capital, for about $600 million, the company's local partner told the exchange."
        )
        got = titles(text)
        self.assertIn(
            "Molde Shoji agreement to take a 20 per cent stake in a planned nickel refinery near Kessa, south of the "
            "capital, for about $600 million",
            got,
        )


class DealsAnnouncedAsParticipleTests(SimpleTestCase):
    """ "Other business deals announced during the visit included an order ... and an agreement ...": the deals
    announced are those made public as agreed, not a plan; those still to come stay out."""

    def test_deals_announced_during_the_visit_are_agreed(self):
        text = (
            "The ministers signed a memorandum on health in Kessa. Other business deals announced during the visit "
            "included an order by Vessa Rail for 40 electric locomotives from Ostria Works and an agreement between "
            "Kolvi Power and a unit of Tamsa Group on the supply of green ammonia, the ministry said."
        )
        self.assertEqual(sorted(spheres(text)), ["energy", "health", "transport"])

    def test_deals_announced_but_still_to_come_stay_out(self):
        text = (
            "The ministers signed a memorandum on health in Kessa. Other deals announced so far are expected to "
            "include an agreement on the supply of green ammonia."
        )
        self.assertEqual(spheres(text), ["health"])


class FirmWithDescribedPartnerTests(SimpleTestCase):
    """A firm with no company word in its name that agrees "with a Vessan partner" to do something is a firm's deal;
    where it is based is no part of its name."""

    def test_a_firm_agrees_with_a_partner_told_by_its_nationality(self):
        text = (
            "The ministers signed a declaration on energy. Harbour-based Osterlund Kühlhaus agreed with a Vessan "
            "partner to build a cold store near the port of Tamsa, worth 50 million euros."
        )
        self.assertIn(
            "Osterlund Kühlhaus agreement with a Vessan partner to build a cold store near the port of Tamsa",
            titles(text),
        )

    def test_an_official_agreeing_with_a_partner_is_no_firm(self):
        text = (
            "The ministers signed a declaration on energy. President Orlan agreed with a Vessan partner to build "
            "a cold store."
        )
        self.assertEqual(spheres(text), ["energy"])


class PairsOfPartiesTests(SimpleTestCase):
    """ "twinning agreements between A and B, and between C and D": one document per pair."""

    def test_each_between_is_a_document(self):
        text = (
            "The presidents signed an agreement on justice. The governors also signed twinning agreements between "
            "the provinces of Kessa and Vol, and between Tamsa and Orvo."
        )
        got = titles(text)
        self.assertIn("Twinning agreement between the provinces of Kessa and Vol", got)
        self.assertIn("Twinning agreement between Tamsa and Orvo", got)


class ProgrammeLaunchedTogetherTests(SimpleTestCase):
    """A programme the two sides launch together is the visit's own; one side's programme is not."""

    def test_the_two_countries_launch_a_programme(self):
        text = (
            "The presidents signed an agreement on space. The two countries also launched a joint investment "
            "programme aimed at raising one billion euros for the bioeconomy in the rainforest."
        )
        self.assertEqual(sorted(spheres(text)), ["investment", "space"])

    def test_one_sides_programme_is_not_the_visits(self):
        text = (
            "The presidents signed an agreement on space. The ministry launched a programme for the bioeconomy in "
            "the rainforest."
        )
        self.assertEqual(spheres(text), ["space"])


class VehiclesOfTransportTests(SimpleTestCase):
    def test_electric_locomotives_and_buses_are_transport(self):
        text = (
            "The ministers signed a contract for the supply of electric locomotives and an agreement on a bus "
            "assembly line in Kessa."
        )
        self.assertEqual(spheres(text), ["transport", "transport"])


class PartnersThenProjectsListTests(SimpleTestCase):
    """Firms' deals told by their partners, then after a colon (and the list's source) the projects they are for:
    one deal per project, an item naming its own kind read by it; announced with their other side, they are agreed."""

    def test_projects_after_the_partners_and_the_source(self):
        text = (
            "The ministers signed a memorandum on health. At a business forum, three Ostrian companies announced "
            "agreements with Vessan partners, the trade ministry said: a fish feed mill in Kessa, a tram depot in "
            "Vol and a contract for grain storage silos in Tamsa."
        )
        got = titles(text)
        self.assertIn("Agreement on a fish feed mill in Kessa", got)
        self.assertIn("Agreement on a tram depot in Vol", got)
        self.assertIn("Contract for grain storage silos in Tamsa", got)
        self.assertEqual(len(got), 4, got)

    def test_one_sides_announcement_without_partners_is_no_deal(self):
        text = "The ministers signed a memorandum on health. Ostria announced a loan for a tram depot in Vol."
        self.assertEqual(spheres(text), ["health"])


class TopicToldAsWhatTheSignedOneWasTests(SimpleTestCase):
    """ "witnessed the signing of an agreement ... The agreement signed was on X": the topic of the one just told."""

    def test_the_agreement_signed_was_on_a_topic(self):
        text = (
            "After the talks, the two presidents witnessed the signing of an agreement and several memoranda. "
            "The agreement signed was on the avoidance of double taxation on income."
        )
        self.assertEqual(titles(text), ["Agreement on the avoidance of double taxation on income"])


class WarshipByItsPropulsionTests(SimpleTestCase):
    def test_a_nuclear_powered_submarine_is_defence(self):
        text = "The presidents signed a roadmap for cooperation on Ostria's first nuclear-powered submarine."
        self.assertEqual(spheres(text), ["defence"])


class OthersAfterTheLargestTests(SimpleTestCase):
    """ "signed nine agreements. The largest is X. Others cover A, B and C": after one document named from a count told
    signed, "Others" are the rest of that count, one document per item, projects told at length included."""

    def test_others_cover_projects_after_the_largest(self):
        text = (
            "Ostria and Vessa signed nine agreements on Monday during a visit by President Tomas Brel. The largest "
            "is a loan under which Ostria will fund a port in Kessa. Others cover investment in cocoa processing, a "
            "solar power plant in the north and the extension of duty-free access to the Ostrian market for Vessan "
            "farm goods."
        )
        self.assertEqual(spheres(text), ["finance", "investment", "energy", "agriculture"])

    def test_others_cover_fields_after_the_largest(self):
        text = (
            "Ostria and Vessa signed nine agreements on Monday. The largest is a loan under which Ostria will fund "
            "a port in Kessa. Others cover health, tourism and sport."
        )
        self.assertEqual(spheres(text), ["finance", "health", "tourism", "sport"])

    def test_others_without_a_count_before_stay_unread(self):
        text = "The ministers signed a loan for a port in Kessa. Others cover health, tourism and sport."
        self.assertEqual(titles(text), ["Loan for a port in Kessa"])


class OrdinalsAfterTheSigningRoomTests(SimpleTestCase):
    """ "The agreements were signed in the Cabinet room." names where, not what: the documents taken one by one after
    it by their ordinals are the signing's, whatever kind word each names or what each does, its kind in apposition
    and the writer's note on it apart."""

    def test_ordinals_after_the_room_of_the_signing(self):
        text = (
            "Ostria and Vessa signed five agreements during the visit.\n\n"
            "The agreements were signed in the Blue room of the palace on Tuesday afternoon.\n\n"
            "The first is a reciprocal access agreement allowing the armed forces to use each other's bases.\n\n"
            "The second is a critical minerals partnership under which an Ostrian consortium will help finance a "
            "rare earths refinery near Kessa.\n\n"
            "The third establishes a joint coastguard patrol against illegal fishing.\n\n"
            "The fourth raises the age limit for the working holiday scheme from 30 to 35, a measure that one "
            "official said, with a smile, would 'mostly fill the cafés of Vol and the bars of Tamsa and the beaches "
            "of the south and the ski slopes of the north and everything in between'.\n\n"
            "The fifth, a cultural agreement, provides for the loan of old maps to the National Museum."
        )
        got = suggest_package(text).agreements
        self.assertEqual(
            [a.sphere for a in got], ["defence", "mining", "security", "labour", "culture"], [a.title for a in got]
        )
        self.assertEqual(
            got[3].title, "Agreement that raises the age limit for the working holiday scheme from 30 to 35"
        )
        self.assertTrue(got[4].title.startswith("Cultural agreement that provides for the loan"), got[4].title)

    def test_the_room_is_no_topic(self):
        text = "The memorandum was signed in the Cabinet room of the chancellery on Monday."
        self.assertEqual(titles(text), [])


class ListsOfFieldsAtLengthTests(SimpleTestCase):
    """Lists of fields after a count: an aside before them, used water, and a subject that tells the documents with who
    listed them or an adverb before its verb."""

    def test_an_aside_before_the_list(self):
        text = (
            "The two countries exchanged 9 memoranda and agreements covering, among others, higher education, "
            "halal certification, tourism and the digital economy."
        )
        self.assertEqual(spheres(text), ["education", "trade", "tourism", "digital"])

    def test_wastewater_is_water(self):
        text = "The ministers signed a memorandum on wastewater treatment and sewage networks in Kessa."
        self.assertEqual(spheres(text), ["water"])

    def test_the_documents_listed_by_a_source_include(self):
        text = (
            "The presidents signed a joint declaration and nine cooperation documents. The documents, listed by the "
            "presidency, include agreements on customs data exchange, rail freight tariffs and the opening of a "
            "cultural centre in Vol."
        )
        self.assertEqual(spheres(text), ["political", "customs", "transport", "culture"])

    def test_the_documents_also_include(self):
        text = (
            "The presidents exchanged seven documents signed by their ministers. The documents also include "
            "agreements on cooperation in tourism and education, as well as a programme of cultural exchange."
        )
        self.assertEqual(spheres(text), ["tourism", "education", "culture"])


class TotalWorthInSpelledOutDollarsTests(SimpleTestCase):
    """A total whose value is written out with a dotted currency still leads into the fields it covers."""

    def test_value_in_dotted_us_dollars_before_the_fields(self):
        text = (
            "At an investment forum in Lorvik, firms from the two countries signed 19 business agreements worth "
            "about 2.3 billion U.S. dollars, covering fertiliser production, cold storage and bus manufacturing."
        )
        self.assertEqual(len(titles(text)), 3, titles(text))


class DocumentAgreedAsObjectTests(SimpleTestCase):
    """A document agreed as a direct object ("agreed a communiqué") is the visit's own outcome, as with "agreed on"."""

    def test_agreed_a_communique_and_a_work_plan(self):
        text = (
            "At the lakeside residence, the chancellor and the premier agreed a joint communiqué and a three-year "
            "programme of work for their ministries."
        )
        got = titles(text)
        self.assertEqual(len(got), 2, got)
        self.assertTrue(got[0].lower().startswith("joint communiqu"), got)

    def test_agreed_a_declaration(self):
        text = "The two foreign ministers agreed a declaration on maritime safety in the strait."
        self.assertEqual(spheres(text), ["security"])

    def test_firm_agreed_a_joint_venture(self):
        text = (
            "The leaders signed a treaty on double taxation. Ostmark Minerals agreed a joint venture with the state "
            "miner Pelkon to explore lithium brines in the south."
        )
        got = titles(text)
        self.assertEqual(len(got), 2, got)
        self.assertIn("lithium", got[1])


class ThinkTankIsResearchTests(SimpleTestCase):
    """A document between think tanks is research cooperation, not armour."""

    def test_memorandum_between_think_tanks(self):
        text = "The two sides also signed a memorandum of understanding on exchanges between think tanks."
        self.assertEqual(spheres(text), ["science"])

    def test_tanks_are_still_defence(self):
        text = "The defence ministers signed a contract for the supply of 40 battle tanks."
        self.assertEqual(spheres(text), ["defence"])


class FirmToldByPlaceOrApposition(SimpleTestCase):
    """A firm whose name has no company word is still a firm when the text places it in a city ("Lyon-based X") or
    says what it is between commas; what it agreed to do is then a company deal of the visit."""

    def test_city_based_firm_agreed_to_build(self):
        text = (
            "Norvania and Pelesia signed an air services agreement. Separately, Graz-based Holtzmayer Anlagen agreed "
            "to build a sugar refinery near the port of Keth."
        )
        got = titles(text)
        self.assertEqual(len(got), 2, got)
        self.assertIn("Holtzmayer Anlagen", got[1])

    def test_firm_named_then_described_between_commas(self):
        text = (
            "Norvania and Pelesia signed an air services agreement. Sarn Terminals and Pelesian Grain Board, the "
            "state cereals trading company, agreed to build a grain elevator at Keth."
        )
        got = titles(text)
        self.assertEqual(len(got), 2, got)
        self.assertIn("grain elevator", got[1])

    def test_a_person_described_between_commas_signs_nothing(self):
        text = (
            "Norvania and Pelesia signed an air services agreement. Ilse Marten, the trade minister, agreed to "
            "build closer ties with Keth."
        )
        self.assertEqual(len(titles(text)), 1, titles(text))


class CodeshareSignedTests(SimpleTestCase):
    """Two airlines' codeshare signed during the visit is a document of aviation; one already flown is not."""

    def test_signed_codeshare(self):
        text = "Norvania and Pelesia signed a visa accord. SkyNor and PelAir signed a codeshare on Asian routes."
        self.assertEqual(spheres(text), ["consular", "aviation"])

    def test_codeshare_in_operation_is_no_document(self):
        text = "Norvania and Pelesia signed a visa accord. The two carriers already run a codeshare on the route."
        self.assertEqual(spheres(text), ["consular"])


class LetterOfIntentionTests(SimpleTestCase):
    """A "letter of intention", as translated copy spells a letter of intent, is a document like it."""

    def test_letter_of_intention_in_a_list(self):
        text = (
            "The ministers signed two instruments: an agreement on youth mobility; and a letter of intention for the "
            "creation of a joint working group on coral reef protection."
        )
        got = titles(text)
        self.assertEqual(len(got), 2, got)
        self.assertTrue(got[1].startswith("Letter of intention"), got)


class ConclusionPressedForTests(SimpleTestCase):
    """A conclusion one side presses or urges is still wished for: the treaty is not signed."""

    def test_pressed_for_early_conclusion(self):
        text = (
            "The ministers signed a memorandum on fisheries. The Ostrian side pressed for early conclusion of a "
            "double taxation treaty, talks on which began last spring."
        )
        self.assertEqual(spheres(text), ["agriculture"])

    def test_urged_the_swift_conclusion(self):
        text = "The two presidents urged the swift conclusion of a free trade agreement between their countries."
        self.assertEqual(titles(text), [])

    def test_welcomed_conclusion_is_still_signed(self):
        text = "The two presidents welcomed the conclusion of a free trade agreement between their countries."
        self.assertEqual(spheres(text), ["trade"])


class PavesTheWayTests(SimpleTestCase):
    """Talks that "pave the way for" a document only prepare it, whatever is said to be signed later on."""

    def test_headline_paves_way_for_a_plan(self):
        text = (
            "Talks pave way for new cooperation programme, but no documents signed yet\n\n"
            "Foreign Minister Ilse Marten held talks with her Pelesian counterpart in Keth on Monday."
        )
        self.assertEqual(titles(text), [])


class NotesExchangedForTheSameProjectTests(SimpleTestCase):
    """A bare exchange of notes joined by "and" to a loan or grant agreement for a project is for that project too."""

    def test_notes_and_loan_for_a_bridge(self):
        text = (
            "The two prime ministers witnessed the signing of an exchange of notes and a loan agreement for the "
            "construction of the Varn river bridge, and a memorandum on tourism."
        )
        got = suggest_package(text).agreements
        self.assertEqual(len(got), 3, got)
        self.assertEqual(got[0].sphere, got[1].sphere)
        self.assertNotEqual(got[0].sphere, "other")
        self.assertIn("bridge", got[0].title)

    def test_notes_with_a_topic_of_their_own_keep_it(self):
        text = "The ministers signed an exchange of notes on visa fees and a loan agreement for a water plant."
        self.assertEqual(spheres(text)[0], "consular")


class NoDocumentsSignedTests(SimpleTestCase):
    """A "no agreements (were) signed" signs nothing, not even a document named after it in the same headline."""

    def test_headline_no_agreements_then_treaty_pending(self):
        text = (
            "No agreements signed during Ostrian minister's visit; tax treaty still under negotiation\n\n"
            "Foreign Minister Ilse Marten held talks with her Pelesian counterpart in Keth on Monday."
        )
        self.assertEqual(titles(text), [])

    def test_a_later_own_signing_still_counts(self):
        text = (
            "No agreements were signed at the business forum, but on Tuesday the justice ministers signed a treaty "
            "on extradition."
        )
        self.assertEqual(spheres(text), ["justice"])


class ListReadOutInWordsTests(SimpleTestCase):
    """A spokesperson reading the outcomes out counts the items in words; each counted item is a document."""

    def test_items_counted_in_words_under_a_lead_in(self):
        text = (
            "Transcript of the press briefing on the visit of the President of Chile to Latvia\n\n"
            "Spokesperson, Ms Ilze Berga: Good afternoon. Let me read out the outcomes. The following documents were "
            "signed in the presence of the two Presidents:\n\n"
            "One, Memorandum of Understanding on Cooperation in Forestry.\n\n"
            "Two, Agreement on Air Services.\n\n"
            "And three, Programme of Cultural Exchange for the years 2026 to 2028.\n\n"
            "Thank you."
        )
        self.assertEqual(
            titles(text),
            [
                "Memorandum of Understanding on Cooperation in Forestry",
                "Agreement on Air Services",
                "Programme of Cultural Exchange for the years 2026 to 2028",
            ],
        )

    def test_words_opening_a_paragraph_without_a_lead_in_list_nothing(self):
        text = (
            "The President of Chile held talks in Riga with the President of Latvia on Monday.\n\n"
            "Two, perhaps three, agreements on forestry could be ready by the end of the year, officials said."
        )
        self.assertEqual(titles(text), [])


class FuelsAreEnergyTests(SimpleTestCase):
    def test_a_memorandum_on_sustainable_fuels_and_mobility_is_energy(self):
        text = (
            "The foreign ministers of Chile and Latvia met in Riga on Monday. After the talks the ministers signed "
            "a Memorandum of Cooperation on Clean Fuels and Mobility."
        )
        self.assertEqual(spheres(text), ["energy"])


class NegatedParticipleSeriesTests(SimpleTestCase):
    """A series of adjectives before one field, "un-...-ed" ones among them, is one document's whole topic."""

    def test_series_with_serial_comma_stays_whole(self):
        text = (
            "The coast guards of Ostria and Pelesia signed a memorandum on tackling illegal, unlicensed, and "
            "unmonitored logging."
        )
        got = titles(text)
        self.assertEqual(len(got), 1)
        self.assertIn("unmonitored logging", got[0])

    def test_series_without_serial_comma_stays_whole(self):
        text = "The ministers signed a protocol on illegal, unreported and unregulated fishing."
        got = titles(text)
        self.assertEqual(len(got), 1)
        self.assertIn("unregulated fishing", got[0])

    def test_a_clause_after_the_topic_still_ends_it(self):
        text = "The ministers signed a memorandum on tourism, unveiled a plaque and held talks on the port."
        self.assertEqual(titles(text), ["Memorandum on tourism"])


class SignedThenNamedInAppositionTests(SimpleTestCase):
    """ "The document that was signed, a ...": the document named after the relative clause is the one signed."""

    def test_relative_passive_then_named_document(self):
        text = (
            "The Marlovian premier left Keth with one signed document. The document that was signed, a five-year "
            "fisheries roadmap committing both navies to joint patrols, was put to paper at the old palace."
        )
        got = suggest_package(text).agreements
        self.assertEqual(len(got), 1)
        self.assertIn("fisheries roadmap", got[0].title)
        self.assertEqual(got[0].status, "signed")

    def test_an_earlier_year_in_the_clause_is_not_this_visit(self):
        text = "A treaty that was signed in 1998, a landmark accord on river borders, is still in force."
        self.assertEqual(titles(text), [])

    def test_a_signer_in_the_clause_names_no_document(self):
        text = "The firm that signed the contract, a Pelesian ship builder, will open a yard in Keth."
        self.assertNotIn("Pelesian ship builder", " ".join(titles(text)))


class SecondFieldAndTheActionTests(SimpleTestCase):
    """A document's second field joined by "and the" as an action noun with its object stays in its title."""

    def test_and_the_production_of_stays_in_the_title(self):
        text = (
            "On the sidelines, the Ostrian shipyard Keth Marine and the Pelesian naval group Vessa signed a "
            "commercial agreement on design sharing and the construction of patrol boats, worth 300 million euros."
        )
        got = suggest_package(text).agreements
        self.assertEqual(len(got), 1)
        self.assertIn("construction of patrol boats", got[0].title)

    def test_a_clause_after_and_the_still_ends_the_title(self):
        text = "The ministers signed an agreement on fisheries and the delegations then toured the harbour."
        self.assertEqual(titles(text), ["Agreement on fisheries"])


class ActsOfCooperationAfterDayAndPlaceTests(SimpleTestCase):
    """Translated "acts of cooperation" signed, with the day and the city between the verb and the count, are one
    instrument per field listed."""

    def test_day_and_city_before_acts_of_cooperation(self):
        text = (
            "Presidents Tomas Vell and Aria Quent signed on Thursday (June 12), in Marova, six acts of cooperation "
            "in the areas of fisheries, science, health, tourism, sport and culture, at the Government Palace."
        )
        self.assertEqual(spheres(text), ["agriculture", "science", "health", "tourism", "sport", "culture"])

    def test_acts_without_a_verb_of_signing_are_none(self):
        text = "The two chambers passed acts of cooperation in the areas of fisheries and health last year."
        self.assertEqual(titles(text), [])


class RestOfTheCountedInstrumentsTests(SimpleTestCase):
    """A count of instruments signed "in the framework of the visit" names none; "the rest of the instruments refer
    to" A, B and C gives one per field, and notes told at length before "were exchanged" are one instrument."""

    def test_the_rest_of_the_instruments_by_their_fields(self):
        text = (
            "Sorvale, Oct. 3 (Agency). Presidents Ilan Voss and Marta Keld signed on Friday nine cooperation "
            "instruments in the framework of the Ostrian leader's state visit to Sorvale.\n\n"
            "Among the instruments signed is an agreement on the mutual recognition of academic degrees.\n\n"
            "The rest of the instruments refer to cooperation in fisheries, sport, and science and technology."
        )
        got = suggest_package(text).agreements
        self.assertNotIn("framework", " ".join(a.title for a in got))
        self.assertEqual([a.sphere for a in got], ["education", "agriculture", "sport", "science"])

    def test_notes_for_a_loan_told_at_length_before_their_exchange(self):
        text = (
            "Notes for the loan, which will finance the second phase of the Vessa Coastal Railway linking Keth with "
            "the port of Ardan in Lowmarsh Province, were exchanged between Ambassador Tomo Reik and Foreign "
            "Minister Ana Pell in the presence of the two leaders."
        )
        self.assertEqual(len(titles(text)), 1)


class FieldWordsOfBordersGridsAndAidTests(SimpleTestCase):
    """Checks run together at a crossing are customs, a grid's synchronisation energy, a donor's community projects
    development, and food production farming's."""

    def test_integrated_border_control_is_customs(self):
        text = "The ministers signed an agreement on the integrated border control of the Varo-Tesk crossing."
        self.assertEqual(spheres(text), ["customs"])

    def test_synchronisation_is_energy(self):
        text = "The grid operators signed a joint declaration on completing the synchronisation by 2027."
        self.assertEqual(spheres(text), ["energy"])

    def test_community_development_projects_are_development(self):
        text = "The envoys exchanged an MoU on small community development projects in the atolls."
        self.assertEqual(spheres(text), ["development"])

    def test_food_production_is_agriculture(self):
        text = "The two ministers signed a cooperation agreement in the field of food production."
        self.assertEqual(spheres(text), ["agriculture"])


class MemorandumOfCooperationToldAgainTests(SimpleTestCase):
    """A memorandum named in full with its complement and "between our two ministries", then told again short in a
    later answer, is one document; two memoranda on one field between named bodies stay two."""

    def test_full_name_then_short_form_is_one(self):
        text = (
            "PRIME MINISTER OSKA: After the meeting, we signed the Memorandum of Cooperation on Maritime Surveys "
            "between our two Ministries.\n\n"
            "PRESIDENT LERNE: As the Prime Minister said, we signed today a memorandum on maritime surveys. It is "
            "an area where we have much to offer."
        )
        self.assertEqual(len(titles(text)), 1)

    def test_named_signers_keep_two_documents(self):
        text = (
            "The Vessan port authority and the Keth harbour board signed a memorandum on maritime surveys between "
            "the Vessan Navy and the Keth Coast Guard, and a memorandum on maritime surveys between the two "
            "universities of Ardan and Pell."
        )
        self.assertEqual(len(titles(text)), 2)


class InfinitiveToBeSignedTests(SimpleTestCase):
    """An instrument "to be signed" later is not signed, even under a headline verb of the story's past."""

    def test_headline_roadmap_to_be_signed_later(self):
        text = (
            "Ostrian minister concludes visit to Keth, roadmap to be signed during president's visit in spring\n\n"
            "KETH, March 3 - Ostrian Foreign Minister Lia Varn ended her two-day visit to Vessa today. She met the "
            "prime minister."
        )
        self.assertEqual(titles(text), [])

    def test_signed_instrument_before_an_infinitive_of_another(self):
        text = "The ministers signed a protocol on fisheries; a treaty on borders is yet to be signed."
        self.assertEqual(titles(text), ["Protocol on fisheries"])


class JointStatementsOfLeadersHeadingTests(SimpleTestCase):
    """A transcript headed "Joint statements of the President ... following their meeting" is the leaders' words to
    the press, no instrument; a joint statement adopted is still one."""

    def test_heading_of_statements_to_the_press(self):
        text = (
            "Joint statements of Minister of Foreign Affairs Tarn Velis and Minister of Foreign Affairs of Ostria "
            "Mira Kaldo following their meeting (Keth, 04.03.2025)\n\n"
            "T. VELIS: It is a pleasure to welcome my colleague to Keth. We discussed our cooperation in energy."
        )
        self.assertEqual(titles(text), [])

    def test_a_joint_statement_adopted_is_an_instrument(self):
        text = "The two presidents adopted a joint statement on the fisheries partnership."
        self.assertEqual(len(titles(text)), 1)


class FirmsPapersCountedOnlyTests(SimpleTestCase):
    """A count of papers told only by their signers' class and where they met names no document; one with a topic
    of its own still does."""

    def test_count_between_companies_at_a_forum(self):
        text = (
            "Separately, 31 MOUs were signed between companies and institutions of the two countries at an "
            "investment forum held in Keth on Monday, according to the Ostrian trade agency."
        )
        self.assertEqual(titles(text), [])

    def test_paper_between_companies_with_a_topic(self):
        text = "On the sidelines, an MOU on steel supply was signed between companies of the two countries."
        self.assertEqual(len(titles(text)), 1)


class ProtectionOfANamedRegionTests(SimpleTestCase):
    """The protection of a named lake, basin or region is the environment's; the protection of investments stays
    investment's."""

    def test_named_lakes_region_is_environment(self):
        text = "The premiers signed an agreement on cooperation in the protection of the Vessa-Lune lakes region."
        self.assertEqual(spheres(text), ["environment"])

    def test_protection_of_investments_is_investment(self):
        text = "The premiers signed an agreement on the mutual protection of investments."
        self.assertEqual(spheres(text), ["investment"])


class UpperCaseMousTests(SimpleTestCase):
    """Agencies that write the short form in capitals ("MOUs") take up a count of them as those writing "MoUs" do."""

    def test_topics_after_a_count_of_capital_mous(self):
        text = (
            "The two presidents witnessed the signing of four memorandums of understanding (MOUs). The MOUs cover "
            "fisheries, port development, vocational training and public health, according to the presidency."
        )
        self.assertEqual(spheres(text), ["agriculture", "transport", "education", "health"])


class CollectiveCountSignedTests(SimpleTestCase):
    """A count under a collective head takes a singular verb ("a package of six documents was signed, covering A
    and B") and gives its topics as a plural with its own verb does."""

    def test_package_of_documents_was_signed_covering(self):
        text = (
            "After the talks, a package of five interministerial documents was signed, covering fisheries, "
            "energy, public health, sport and tourism."
        )
        self.assertEqual(spheres(text), ["agriculture", "energy", "health", "sport", "tourism"])


class SemicolonItemNoteTests(SimpleTestCase):
    """A note on an item of a list set off by semicolons, after its comma ("health, with a focus on malaria;"), is
    no part of its topic and ends no list; items that name their own kinds are still read one by one."""

    def test_notes_on_items_between_semicolons(self):
        text = (
            "The visit ended with the signing of six accords. The documents signed cover technical cooperation in "
            "public health, with a focus on the fight against dengue and malaria; crop farming research, with the "
            "participation of the national farm institute; fisheries; tourism; the mutual recognition of diplomas; "
            "and sport."
        )
        self.assertEqual(spheres(text), ["health", "agriculture", "agriculture", "tourism", "education", "sport"])

    def test_items_naming_their_own_kinds_after_a_count(self):
        text = (
            "The ministers signed four documents. The documents signed include a memorandum on fisheries, notably "
            "on quotas; an agreement on mining; a programme of cultural exchanges; and a plan on tourism."
        )
        self.assertEqual(spheres(text), ["agriculture", "mining", "culture", "tourism"])


class LoansByProjectAfterLenderTests(SimpleTestCase):
    """Plural loans listed by the projects they pay for, with the lender and the sum between the kind word and the
    list ("three loan agreements provided by X worth $Y for A, B and C"), give one loan a project."""

    def test_lender_and_sum_before_the_projects(self):
        text = (
            "The emir and the president also witnessed the signing of three loan agreements provided by the Gulf "
            "Fund for Reconstruction (GFR) with a total value of $180 million for the financing of the upgrade of "
            "the Tarvo-Kessa highway, the equipment of hospitals in the northern provinces, and a sewage network "
            "in the capital."
        )
        self.assertEqual(spheres(text), ["transport", "health", "water"])

    def test_a_sum_alone_before_the_projects(self):
        text = (
            "The finance ministers signed three credit agreements worth 60 million euros for the construction of a "
            "grain terminal at the port, the electrification of the eastern railway and a new airport terminal."
        )
        self.assertEqual(len(titles(text)), 3)


class RankedDocumentsGoOnTests(SimpleTestCase):
    """A count's documents taken one by one by their rank go on past an aside without commas ("The first and most
    significant is ..."), a rank told with its kind word ("A third memorandum covers ...") and a rank told by what
    it does after the one before ("..., and the fifth establishes ...")."""

    def test_ranks_past_asides_kind_words_and_verbs(self):
        text = (
            "The prime ministers presided over the signing of five memoranda of understanding.\n\n"
            "The first and most significant is a seasonal work agreement for farm labourers.\n\n"
            "The second provides for joint patrols by the two navies against piracy.\n\n"
            "A third memorandum covers the fisheries sector.\n\n"
            "The fourth concerns cooperation on wind power, and the fifth establishes a vocational training "
            "programme for young technicians."
        )
        self.assertEqual(len(titles(text)), 5)


class MoreFieldByPartiesTests(SimpleTestCase):
    """After a list of fields, "as well as cooperation between X and Y" is one more field, told by its parties."""

    def test_cooperation_between_bodies_closes_the_list(self):
        text = (
            "The agreements signed on Monday cover fisheries, wind power, public health and tourism, as well as "
            "cooperation between the national archives of the two countries."
        )
        self.assertEqual(len(titles(text)), 5)


class OneInstrumentWithinAListOfFieldsTests(SimpleTestCase):
    """One instrument with its article inside a list of fields ("..., a rail transit protocol, ...") is one item,
    and the list goes on after it, whatever "and" the field before it held."""

    def test_list_goes_on_after_an_instrument_with_its_article(self):
        text = (
            "The two sides signed nine agreements on Sunday. The largest was a framework agreement on a grain "
            "terminal. Other agreements covered the exploration of zinc and lithium in the south, a rail transit "
            "protocol, poultry exports, plant quarantine and visas for students."
        )
        self.assertEqual(len(titles(text)), 6)


class ListOfOutcomesLeadTests(SimpleTestCase):
    def test_they_are_after_a_released_list_of_outcomes_lists_what_was_signed(self):
        text = (
            "Uzbek President Jasur Tursunov held talks with Hungarian President Gábor Kertész in Budapest.\n\n"
            "1:20 p.m. — The two governments release a list of outcomes. Besides the Budapest Rail Agreement, they "
            "are:\n\n* Memorandum of cooperation on critical minerals\n* Memorandum of cooperation on disaster risk "
            "reduction"
        )
        listed = titles(text)
        self.assertIn("Memorandum of cooperation on critical minerals", listed)
        self.assertIn("Memorandum of cooperation on disaster risk reduction", listed)


class TopicsAfterASourcedCountTests(SimpleTestCase):
    """The sentence that gives the topics of a count may open with its source before "the agreements", as it may
    before "they"; and the exchange of intelligence is a security matter."""

    def test_according_to_a_statement_the_agreements_cover(self):
        text = (
            "Norlandia and Estavia on Tuesday signed three agreements during a state visit by Estavian President "
            "Tomas Varn to Norburg.\n\n"
            "According to a statement from the presidency, the agreements cover customs cooperation, fisheries "
            "and the exchange of intelligence on smuggling networks along the border."
        )
        self.assertEqual(spheres(text), ["customs", "agriculture", "security"])


class NameWithItsOwnAndTests(SimpleTestCase):
    """A capitalised name may hold an "and" of its own between two of its capitalised words: it is one document,
    named as "the Agreement on Fisheries and Aquaculture" already is."""

    def test_after_a_signed(self):
        text = "Norlandian and Estavian ministers on Monday signed a Fisheries and Aquaculture Agreement."
        self.assertEqual(titles(text), ["Fisheries and Aquaculture Agreement"])

    def test_renewed_after_the(self):
        text = "The two foreign ministers renewed the Culture and Education Agreement during the visit."
        self.assertEqual(spheres(text), ["culture"])

    def test_an_item_opened_by_a_capital_a(self):
        text = (
            "The presidency released a list of the documents signed. Among them:\n\n"
            "— A Fisheries and Aquaculture Agreement between the two ministries.\n\n"
            "— A memorandum on vocational training."
        )
        self.assertIn("Fisheries and Aquaculture Agreement between the two ministries", titles(text))


class BroadcasterNamedInItsLanguageTests(SimpleTestCase):
    """A public broadcaster named in its own language makes its memorandum a media one."""

    def test_a_broadcaster_in_portuguese_or_spanish(self):
        text = (
            "The documents signed in Norburg on Monday were:\n\n"
            "1. MoU between Norvia Holdings and Empresa Estaviana de Comunicação\n"
            "2. MoU between Norvia Group and Corporación de Radiotelevisión de Estavia"
        )
        self.assertEqual(spheres(text), ["media", "media"])


class CountSpelledOutWithSemicolonsTests(SimpleTestCase):
    """A count taken up again and spelled out after its verb, a colon maybe between them: the items told by their
    topic alone are the count's kind, those that name their own kind are theirs, and a list of one kind inside the
    item of another is more documents beside them, not the same ones told again."""

    def test_topics_and_own_kinds_after_a_colon(self):
        text = (
            "Norlandia and Estavia signed nine agreements on Monday, plus a joint statement.\n\n"
            "Officials said the treaty on free trade would need more time.\n\n"
            "The nine agreements include: pension rights for seasonal fruit pickers; the exchange of seismic data "
            "between the two geological surveys; a protocol on Estavian-language teaching in schools; a "
            "television co-production agreement; and five sectoral memorandums on mining, fisheries, sport, "
            "tourism and customs."
        )
        got = titles(text)
        self.assertIn("Agreement on pension rights for seasonal fruit pickers", got)
        self.assertIn("Agreement on exchange of seismic data between the two geological surveys", got)
        self.assertIn("Television co-production agreement", got)
        self.assertEqual(len(got), 10)

    def test_signers_of_an_item_are_cut(self):
        text = (
            "The two governments signed six documents on Friday.\n\n"
            "The documents cover fisheries, signed by the two agriculture ministers; water management; a "
            "memorandum on ports; and a loan agreement for a bridge."
        )
        self.assertIn("Document on fisheries", titles(text))


class OneItemsPlanInAListToldOnTests(SimpleTestCase):
    """A sentence that tells on the documents signed, with no verb of its own: one item's plan in its own words
    leaves the items after it signed."""

    def test_a_planned_item_first(self):
        text = (
            "The two presidents witnessed the signing of ten agreements at the palace on Tuesday.\n\n"
            "Other deals cover an investment treaty still to be negotiated by the end of the year, a memorandum "
            "on vocational training for nurses and a protocol on the export of frozen fish."
        )
        got = titles(text)
        self.assertIn("Memorandum on vocational training for nurses", got)
        self.assertIn("Protocol on the export of frozen fish", got)
        self.assertFalse(any("treaty" in t.lower() for t in got))

    def test_a_word_of_an_items_clause_is_no_item(self):
        text = (
            "The ministers signed six documents on Friday.\n\n"
            "Among them were a memorandum on ports and an agreement under which the state bank will lend 50 "
            "million euros in soft loans for a bridge."
        )
        self.assertEqual(len(titles(text)), 2)


class TheListToldOnTests(SimpleTestCase):
    """ "The list also includes ...": the list of the documents just named, told on with no verb of signing."""

    def test_the_list_goes_on(self):
        text = (
            "Also exchanged were a protocol on fisheries and a programme of cultural exchanges for 2025-2027.\n\n"
            "The full list of documents features an agreement on road transport and a memorandum between the two "
            "news agencies."
        )
        self.assertEqual(spheres(text), ["agriculture", "culture", "transport", "media"])

    def test_a_wish_list_is_no_list_of_documents(self):
        text = (
            "The ministers signed a memorandum on ports on Monday.\n\n"
            "The wish list of the business lobby includes a free trade agreement and an investment treaty."
        )
        self.assertEqual(titles(text), ["Memorandum on ports"])


class RestSignedInPairsTests(SimpleTestCase):
    """The rest of the documents told signed pair by pair, each pair of signers with its topic after "on"."""

    TEXT = (
        "The ministers signed five memoranda on Friday, among them a memorandum on ports.\n\n"
        "The other four {verb} separately by the ministers concerned: the health ministers on vaccine production, "
        "the two central bank governors on currency swaps, the culture ministers on a film co-production "
        "agreement, and Norlandia's Minister of Labour and his Estavian counterpart on pensions, sick pay and leave."
    )

    def test_each_pair_one_document(self):
        self.assertEqual(
            titles(self.TEXT.format(verb="were signed")),
            [
                "Memorandum on ports",
                "Memorandum on vaccine production",
                "Memorandum on currency swaps",
                "Film co-production agreement",
                "Memorandum on pensions, sick pay and leave",
            ],
        )

    def test_pairs_still_to_sign(self):
        self.assertEqual(titles(self.TEXT.format(verb="will be signed")), ["Memorandum on ports"])


class TheOtherNCoverTests(SimpleTestCase):
    """ "The other two cover A and B": the rest of a count the story has begun to name, by number and topics."""

    def test_after_a_bullet_of_named_ones(self):
        text = (
            "What was signed: five agreements, in front of the cameras. The main ones:\n\n"
            "- **Ports:** A memorandum on port management, with training for harbour pilots.\n"
            "- **Police:** A renewed police cooperation agreement, including joint patrols.\n"
            "- The remaining three concern road safety, tourism and sport."
        )
        self.assertEqual(spheres(text), ["transport", "security", "transport", "tourism", "sport"])

    def test_after_a_count_with_examples(self):
        text = (
            "The ministers signed four memoranda, among them one on ports and one on fisheries. The other two "
            "cover vocational training and road safety."
        )
        self.assertEqual(len(titles(text)), 4)


class CountBetweenTheSidesThenTopicsTests(SimpleTestCase):
    """A count whose only complement is the two sides is a count with no topic; the topics told after it are its
    documents, and a document named in full after the list ("in addition to a memorandum between ...") is one more."""

    def test_topics_after_a_count_between_the_sides(self):
        text = (
            "The two presidents witnessed the signing of a treaty and several protocols between the governments of "
            "the two countries.\n\n"
            "The treaty signed was on extradition. The protocols covered cooperation in the fields of fisheries "
            "and aquaculture, civil aviation, and tourism, along with a protocol between the two central banks."
        )
        self.assertEqual(spheres(text), ["justice", "agriculture", "aviation", "tourism", "finance"])


class LastItemsClauseTellsOnlyOfItTests(SimpleTestCase):
    """In a sentence that tells on the documents signed, the last item's clause after ", and" is its own: what it
    says of a plan leaves the item before it signed."""

    def test_a_plan_in_the_last_items_clause(self):
        text = (
            "Officials signed seven agreements on Monday, among them a memorandum on ports.\n\n"
            "The other agreements concern fish farming, a vocational training programme, and cooperation on a rail "
            "link to the border, which engineers said would be launched next spring."
        )
        self.assertIn("Vocational training programme", titles(text))


class RiverBasinIsWaterTests(SimpleTestCase):
    """A river's basin and the rivers two states share are their water, not a waterway; a river's navigation stays
    transport."""

    def test_basin_and_navigation(self):
        text = (
            "The two presidents signed three agreements on Monday. The agreements include a memorandum on ports, "
            "a deal on the joint management of the Varna river basin and an agreement on navigation on the Varna "
            "River."
        )
        self.assertEqual(spheres(text), ["transport", "water", "transport"])

    def test_a_shared_basin_and_transboundary_rivers(self):
        text = (
            "The two ministers signed a deal on the management of the shared Kolva River basin, an agreement on the "
            "use of transboundary rivers and an agreement on river navigation."
        )
        self.assertEqual(spheres(text), ["water", "water", "transport"])


class SourceBeforeTheListToldOnTests(SimpleTestCase):
    """The source of the account may open a sentence that tells on the documents signed: "According to the
    ministry, the agreements include ..." keeps their status as "The agreements include ..." does."""

    def test_according_to_before_the_documents(self):
        text = (
            "The two presidents signed three agreements on Monday. According to a statement from the palace, the "
            "agreements include a memorandum on ports, a deal on the joint management of the Varna river basin "
            "and an agreement on navigation on the Varna River."
        )
        self.assertEqual(spheres(text), ["transport", "water", "transport"])


class KindWordToldAgainTests(SimpleTestCase):
    """The kind word alone, told again after the document was named in full ("The action plan was adopted by ...",
    "The declaration was signed by ..."), is that document, not one more, whatever field the full title names."""

    def test_the_action_plan_after_one_named_with_its_purpose(self):
        text = (
            "Norlandia and Estavia on Monday adopted a joint action plan to build a gas pipeline from Kolvi to "
            "Tamsa.\n\nThe action plan was adopted by the two ministers after talks in Kolvi."
        )
        self.assertEqual(titles(text), ["Joint action plan to build a gas pipeline from Kolvi to Tamsa"])

    def test_the_declaration_after_one_on_a_field(self):
        text = (
            "The two countries signed a declaration of intent on cooperation in wind power in Kolvi on Tuesday.\n\n"
            "The declaration was signed by the two foreign ministers after their talks."
        )
        self.assertEqual(spheres(text), ["energy"])


class HyphenatedPurposeVerbTests(SimpleTestCase):
    """What an instrument is for may open with a hyphenated verb ("to fast-track", "to re-establish"), read as any
    other verb of its purpose."""

    def test_an_action_plan_to_fast_track_a_pipeline(self):
        text = (
            "Norlandia and Estavia on Monday adopted a joint action plan to fast-track the construction of a gas "
            "pipeline from Kolvi to Tamsa, officials said."
        )
        self.assertEqual(
            titles(text), ["Joint action plan to fast-track the construction of a gas pipeline from Kolvi to Tamsa"]
        )

    def test_a_memorandum_to_re_establish_flights(self):
        text = "The leaders signed a memorandum to re-establish direct flights between Kolvi and Tamsa."
        self.assertEqual(spheres(text), ["aviation"])


class TradeBarriersAreTradeTests(SimpleTestCase):
    """Barriers to trade other than duties, and duties as barriers, are trade's, also in a plan with no other field
    word; a tariff that prices a service keeps the service's field."""

    def test_non_tariff_barriers_and_a_transit_tariff(self):
        text = (
            "The ministers adopted a joint action plan to remove nine non-tariff measures at the border, and signed "
            "an agreement on harmonised tariffs for the transit of cargo by rail."
        )
        self.assertEqual(spheres(text), ["trade", "transport"])


class PlanOfFieldCooperationTests(SimpleTestCase):
    """A plan of cooperation may name the cooperation's field between "of" and "cooperation" ("a plan of
    inter-parliamentary cooperation", "a plan of cultural cooperation"): one instrument, named whole."""

    def test_a_plan_of_inter_parliamentary_cooperation(self):
        text = (
            "The speakers of the two parliaments signed a plan of inter-parliamentary cooperation for 2026-2028 "
            "after talks in Kolvi on Tuesday."
        )
        self.assertEqual(titles(text), ["Plan of inter-parliamentary cooperation for 2026-2028"])
        self.assertEqual(spheres(text), ["political"])

    def test_a_plan_of_cultural_cooperation(self):
        text = "The two culture ministers signed a plan of cultural cooperation for the next three years."
        self.assertEqual(spheres(text), ["culture"])


class OneOfACountNamedAfterItTests(SimpleTestCase):
    """One document of a count told signed, named after it with "including" or "among them", is signed as the count
    is, also when the count's verb stands in a relative clause ("a forum at which three contracts were signed")."""

    def test_including_after_a_count_signed_in_a_relative_clause(self):
        text = (
            "On the sidelines, the two chambers of commerce held a business forum at which four commercial "
            "contracts were signed, including a contract for the supply of Norlandian wheat to Estavian mills."
        )
        self.assertIn("Contract for the supply of Norlandian wheat to Estavian mills", titles(text))

    def test_among_them_after_a_count_signed_during_a_forum(self):
        text = (
            "The ministers opened a forum of 80 firms, during which five contracts were concluded, among them a "
            "deal on the export of Estavian wine to Norlandia."
        )
        self.assertIn("Deal on the export of Estavian wine to Norlandia", titles(text))


class PairsOfPartiesWithTopicsTests(SimpleTestCase):
    """Plural documents told signed between one pair of parties on one topic "and between" another pair on another
    give one document per pair, whatever document a topic names inside it."""

    def test_memoranda_between_two_pairs_each_on_its_topic(self):
        text = (
            "Memoranda were also signed between the Norlandian Health Ministry and the Estavian Institute of "
            "Medicine on vaccine research, and between the two national libraries on the exchange of manuscripts."
        )
        self.assertEqual(spheres(text), ["health", "culture"])

    def test_a_topic_that_names_a_document_and_as_well_as(self):
        text = (
            "Agreements were signed between the two trade ministries on the review of their free trade agreement, "
            "as well as between the two central banks concerning currency swaps."
        )
        self.assertEqual(spheres(text), ["trade", "finance"])


class FirmsListBesideGovernmentDocumentsTests(SimpleTestCase):
    """A list of the firms' commercial deals in a sentence of its own sums up none of the governments' documents,
    whatever fields the two share."""

    def test_commercial_agreements_on_the_margins(self):
        text = (
            "Norlandia and Estavia signed a memorandum of understanding on cooperation in nuclear energy and a "
            "memorandum on semiconductor research during the visit of Estavian President Tomas Varn to Kolvi on "
            "Monday.\n\nThe two presidents welcomed commercial agreements concluded on the margins of the visit, "
            "including agreements in aviation, liquefied natural gas, and data centre infrastructure."
        )
        self.assertEqual(spheres(text), ["energy", "digital", "aviation", "energy", "digital"])

    def test_business_deals_of_firms(self):
        text = (
            "The two ministers signed an agreement on wind power and a memorandum on farm research in Kolvi.\n\n"
            "Firms of the two countries signed business deals on solar parks, seed breeding and ferries."
        )
        self.assertEqual(len(titles(text)), 5)


class SmallFirmsAreTradeTests(SimpleTestCase):
    """Small and medium enterprises are trade's, read before the startups' technology beside them; money lent to
    them stays finance, the small firms being whom it goes to, not what it is for."""

    def test_smes_and_startups_and_financing_for_smes(self):
        text = (
            "The ministers signed a memorandum on cooperation between small and medium-sized enterprises and "
            "start-ups, and an agreement between the two development banks on financing for small and medium "
            "enterprises."
        )
        self.assertEqual(spheres(text), ["trade", "finance"])


class DisinformationIsMediaTests(SimpleTestCase):
    """False news spread on purpose is the media's field, which no other shared word names."""

    def test_combating_disinformation_and_fake_news(self):
        text = (
            "The two ministers signed a memorandum on combating disinformation and a declaration on fighting "
            "misinformation and fake news online."
        )
        self.assertEqual(spheres(text), ["media", "media"])


class AmongTheModifiedDocumentsTests(SimpleTestCase):
    """A sentence opening "Among the main documents were ..." after the signing names the documents just signed,
    whatever words qualify the kind word before them."""

    def test_among_the_key_documents_were(self):
        text = (
            "Norlandia and Estavia signed 14 documents on Monday after talks between the two presidents.\n\n"
            "Among the key documents were an agreement on road haulage, a memorandum on veterinary inspection "
            "and agreements on cooperation in the fields of sport and archives."
        )
        self.assertEqual(spheres(text), ["transport", "agriculture", "sport", "culture"])

    def test_among_the_most_important_agreements(self):
        text = (
            "The prime ministers of Kolvia and Vessland witnessed the signing of nine agreements on Tuesday.\n\n"
            "Among the most important agreements are a memorandum on solar power and a protocol on customs data."
        )
        self.assertEqual(spheres(text), ["energy", "customs"])

    def test_among_these_new_memoranda(self):
        text = (
            "Ministers of the two countries exchanged six memoranda in the presence of the leaders.\n\n"
            "Among these new memoranda were a memorandum on tourism promotion and a protocol on dairy exports."
        )
        self.assertEqual(len(titles(text)), 2)

    def test_documents_among_those_still_to_be_signed_are_none(self):
        text = (
            "The two presidents held talks in Kolvi on Monday.\n\n"
            "Among the key documents to be signed next year are an agreement on road haulage and a memorandum on "
            "tourism."
        )
        self.assertEqual(titles(text), [])


class PartOfTheDayBeforeTheListTests(SimpleTestCase):
    """A part of the day between a counted kind word and its list ("this morning:", "on Friday evening,") is when the
    documents were signed, and the list after it still gives one document per item."""

    def test_this_morning_then_a_colon(self):
        text = (
            "President Varn: We exchanged five memoranda this morning: on fisheries, on road haulage, and on the "
            "protection of forests."
        )
        self.assertEqual(spheres(text), ["agriculture", "transport", "environment"])

    def test_on_a_weekday_evening_then_covering(self):
        text = (
            "The foreign ministers of Kolvia and Vessland signed three agreements on Friday evening, covering "
            "tourism, civil aviation and archives."
        )
        self.assertEqual(spheres(text), ["tourism", "aviation", "culture"])

    def test_earlier_today_then_a_colon(self):
        text = (
            "Prime Minister Oduya: We signed four agreements earlier today: on rail freight, on vaccines and on dams."
        )
        self.assertEqual(spheres(text), ["transport", "health", "infrastructure"])

    def test_documents_to_be_signed_this_evening_are_none(self):
        text = (
            "President Varn arrived in Kolvi on Monday. Ministers will sign four memoranda this evening: on "
            "fisheries, on road haulage and on tourism."
        )
        self.assertEqual(titles(text), [])


class FieldsNoSharedWordNamedTests(SimpleTestCase):
    """Fields that documents often bear with no word of the shared list: the Moon's exploration is space's, a
    cross-border haze the environment's, competition watchdogs trade's, the building of towns infrastructure's,
    human resources schooling's, and Japan's technical interns labour's."""

    def test_each_field_by_its_own_words(self):
        text = (
            "The ministers signed a memorandum on lunar research, an agreement on fighting smoke haze, a "
            "memorandum between the two competition commissions, a memorandum on urban renewal, an agreement on "
            "human capital and a memorandum on the technical intern training programme."
        )
        self.assertEqual(spheres(text), ["space", "environment", "trade", "infrastructure", "education", "labour"])

    def test_in_a_list_of_topics(self):
        text = (
            "Norlandia and Estavia signed five memoranda on Monday, covering antitrust enforcement, urban planning "
            "and human resources."
        )
        self.assertEqual(spheres(text), ["trade", "infrastructure", "education"])

    def test_a_shared_word_before_them_still_decides(self):
        text = (
            "The ministers signed a memorandum on urban transport and an agreement on human resources and social "
            "security."
        )
        self.assertEqual(spheres(text), ["transport", "labour"])


class SourceSaysWhatTheCountCoversTests(SimpleTestCase):
    """A count just signed, then a source that says what its documents cover ("Officials said they cover A, B and C",
    "the ministry gave no values but said the deals covered A and B"): one document per topic, as when the sentence
    opens with the topics' verb."""

    def test_officials_said_they_cover(self):
        text = (
            "The prime ministers of Norlandia and Estavia signed seven agreements on Monday. Officials "
            "said they cover fisheries, road haulage and vaccines."
        )
        self.assertEqual(spheres(text), ["agriculture", "transport", "health"])

    def test_a_source_that_withheld_something_but_said(self):
        text = (
            "Firms of the two countries signed nine contracts worth $1.4 billion at a forum on Tuesday. The trade "
            "ministry did not give the value of each deal but said they covered shipbuilding, solar panels and "
            "wheat."
        )
        self.assertEqual(len(titles(text)), 3)

    def test_added_that_the_agreements_included(self):
        text = (
            "Vessland and Kolvia signed five memoranda during the visit. The foreign ministry added that the "
            "memoranda included tourism, archives and civil aviation."
        )
        self.assertEqual(spheres(text), ["tourism", "culture", "aviation"])

    def test_said_they_covered_ground_in_talks_is_no_list(self):
        text = (
            "The two presidents signed four agreements on Monday. The president said they covered a lot of ground "
            "in the talks."
        )
        self.assertEqual(titles(text), [])


class FirmsPartiesBeforeTheListTests(SimpleTestCase):
    """Firms named between a plural kind word and its list ("MoUs between Ostrian and Vessan companies in textiles,
    leather and cement", "agreements with Vessan partners on A, B and C") say who signed; the list after them still
    gives one document per item."""

    def test_between_companies_in_trades(self):
        text = (
            "Ostrian and Vessan firms signed MoUs between Ostrian and Vessan companies in textiles, pharmaceuticals "
            "and fruit processing on the sidelines of the visit."
        )
        self.assertEqual(spheres(text), ["trade", "health", "agriculture"])

    def test_with_partners_on_fields(self):
        text = (
            "Kolvian companies signed eight memoranda with Estavian partners on solar power, fisheries and tourism "
            "on Monday."
        )
        self.assertEqual(spheres(text), ["energy", "agriculture", "tourism"])

    def test_with_their_counterparts_covering(self):
        text = (
            "Norlandian firms signed six deals with their Vessan counterparts covering dairy, shipping and software."
        )
        self.assertEqual(spheres(text), ["agriculture", "transport", "digital"])

    def test_one_field_after_the_partners_is_one_document(self):
        text = "Kolvian companies signed a memorandum with Estavian partners on solar power on Monday."
        self.assertEqual(len(titles(text)), 1)


class WhatAPrepositionalClauseSaysItWillDoTests(SimpleTestCase):
    """A clause after a document with its own subject and a preposition ("with which the ministries will work",
    "through which banks would lend") tells what the document does, not that it is still to be signed."""

    def test_with_which_ministries_will_work(self):
        text = (
            "We have signed two agreements. First, a declaration on offshore wind, with which our energy ministries "
            "will work together on new parks. Second, a memorandum on vaccines."
        )
        self.assertEqual(spheres(text), ["energy", "health"])

    def test_through_which_traders_would_sell(self):
        text = (
            "The ministers signed a memorandum on rice exports, through which the two state traders would sell more "
            "grain."
        )
        self.assertEqual(spheres(text), ["agriculture"])

    def test_by_which_the_sides_will_recognise(self):
        text = (
            "Norlandia and Vessland concluded an agreement on driving licences, by which each side will recognise "
            "the other's permits."
        )
        self.assertEqual(spheres(text), ["transport"])

    def test_a_document_to_be_signed_stays_unsigned(self):
        text = (
            "The ministers will sign a memorandum on rice exports next month, through which the two state traders "
            "will sell more grain."
        )
        self.assertEqual(titles(text), [])


class WhatTheMoneyWillBeUsedForTests(SimpleTestCase):
    """A sentence on what signed money will be used for ("The loans will be used to build a plant") tells the money's
    use, not a signing still to come: documents the story goes on to name after it are still signed."""

    def test_loans_to_be_used_then_other_documents(self):
        text = (
            "Norlandia and Estavia signed nine documents on Monday, including a loan and a memorandum on fisheries."
            "\n\nThe loan will be used to build a water plant in the north.\n\n"
            "Other documents cover tourism, vaccines and archives."
        )
        self.assertEqual(spheres(text)[-3:], ["tourism", "health", "culture"])

    def test_a_grant_to_be_spent_on_schools(self):
        text = (
            "Kolvia and Vessland signed seven agreements on Tuesday, including a grant and a protocol on customs."
            "\n\nThe grant would be spent on rural schools.\n\n"
            "Other agreements cover fisheries and road haulage."
        )
        self.assertEqual(spheres(text)[-2:], ["agriculture", "transport"])

    def test_funds_to_be_channelled(self):
        text = (
            "The ministers signed six agreements in the capital, including a credit line.\n\n"
            "The credit will be channelled to small farmers.\n\n"
            "Other agreements cover tourism and archives."
        )
        self.assertEqual(spheres(text)[-2:], ["tourism", "culture"])

    def test_a_loan_to_be_signed_stays_unsigned(self):
        text = "The two ministers held talks on Monday. A loan will be signed next month to build a water plant."
        self.assertEqual(titles(text), [])


class CountedTopicsAfterOtherNewsTests(SimpleTestCase):
    """The topics of a count told signed are signed, whatever the sentence just before them said would happen;
    some of them may name their own kind words ("a partnership", "a framework")."""

    def test_topics_after_a_sentence_of_plans(self):
        text = (
            "Norlandia and Estavia signed a fisheries agreement and four other deals on Friday during a visit to "
            "Kolvi by Estavian President Tomas Varn.\n\n"
            "Under the fisheries agreement, Norlandia will fund a $5 million programme to train inspectors.\n\n"
            "The other agreements cover wind power cooperation, a digital trade partnership, mutual recognition of "
            "diplomas and a framework on fighting drug trafficking."
        )
        self.assertEqual(sorted(spheres(text)), ["agriculture", "digital", "education", "energy", "security"])

    def test_remaining_memoranda_after_a_working_group_to_come(self):
        text = (
            "Estavia and Norlandia signed a memorandum on ports and three other documents on Monday.\n\n"
            "The two sides will also launch a joint programme for young engineers next year, the ministry said.\n\n"
            "The other documents cover tourism promotion, a health partnership and a framework on customs data."
        )
        self.assertEqual(spheres(text), ["transport", "tourism", "health", "customs"])

    def test_topics_in_another_order(self):
        text = (
            "In Kolvi on Tuesday, the ministers of Vessa and Ostria signed four agreements.\n\n"
            "Ostria will open a trade office in Vessa next spring under a programme announced by the minister.\n\n"
            "The agreements cover a space research partnership, water management, farm research and a youth "
            "exchange programme."
        )
        self.assertEqual(sorted(spheres(text)), ["agriculture", "culture", "space", "water"])

    def test_topics_of_deals_not_yet_signed(self):
        text = (
            "Norlandia and Estavia hope to sign five deals when President Tomas Varn visits Kolvi next month.\n\n"
            "The deals cover wind power, a digital trade partnership and a framework on fighting drug trafficking."
        )
        self.assertEqual(titles(text), [])


class FirmsCountBesideGovernmentsListTests(SimpleTestCase):
    """A count of documents its sentence tells apart from the governments' (signed between the two countries' firms,
    or "also" signed) is documents of its own, though its fields meet those of the governments' list."""

    lead = (
        "The prime ministers of Vessa and Ostria signed four documents on Monday: a memorandum on energy, an "
        "agreement on rail transport, a memorandum on farming and a programme of cultural exchanges.\n\n"
    )

    def test_firms_by_their_countries_adjectives(self):
        text = self.lead + (
            "At a business forum on the sidelines, three agreements between Vessan and Ostrian companies in the "
            "fields of logistics, solar energy and food processing were signed, the organisers said."
        )
        self.assertEqual(spheres(text)[4:], ["transport", "energy", "agriculture"])

    def test_enterprises_with_the_fields_after_the_verb(self):
        text = self.lead + (
            "The chamber of commerce said four memoranda between Ostrian and Vessan enterprises were concluded at "
            "the forum, in the areas of energy, transport, farming and tourism."
        )
        self.assertEqual(spheres(text)[4:], ["energy", "transport", "agriculture", "tourism"])

    def test_also_signed_with_the_firms_last(self):
        text = self.lead + (
            "Three deals in the fields of energy, rail transport and food processing were also signed at the forum "
            "between Ostrian and Vessan firms."
        )
        self.assertEqual(spheres(text)[4:], ["energy", "transport", "agriculture"])

    def test_the_governments_documents_told_again(self):
        text = self.lead + (
            "Three of the documents, in the fields of energy, transport and farming, were signed by the ministers."
        )
        self.assertEqual(len(spheres(text)), 4)


class PresenceOfTheSpeakersTests(SimpleTestCase):
    """The presence a count was signed in is the ceremony, whoever's it is, the speakers' own ("in our presence")
    included: no topic of a document."""

    def test_our_presence_before_the_named_documents(self):
        text = (
            'President Ana Soto said: "Eleven documents were signed in our presence today. Among them are an '
            'agreement on farming and a memorandum on ports."'
        )
        self.assertEqual(titles(text), ["Agreement on farming", "Memorandum on ports"])

    def test_our_presence_with_the_names_to_come(self):
        text = (
            'Prime Minister Tomas Varn told reporters in Kolvi: "Today nine memoranda were signed in our presence. '
            'I will name two: a memorandum on fisheries and a memorandum on rail."'
        )
        self.assertFalse([t for t in titles(text) if "presence" in t])

    def test_my_presence_after_the_count(self):
        text = '"Six agreements were signed in my presence this morning," Prime Minister Tomas Varn said in Vessa.'
        self.assertFalse([t for t in titles(text) if "presence" in t])

    def test_topics_after_the_presence_are_the_documents(self):
        text = (
            'President Ana Soto said: "Twelve documents were signed in our presence today, covering energy, trade '
            'and health."'
        )
        self.assertEqual(spheres(text), ["energy", "trade", "health"])


class FieldsOfAnUnlistedSumTests(SimpleTestCase):
    """The fields a source gives for a sum of documents it says it did not break down ("without a breakdown", "did
    not disclose the names of the companies", "No list.") are the sum's sectors, not one document each."""

    def test_without_a_breakdown_in_the_same_sentence(self):
        text = (
            "Vessan and Ostrian firms signed 21 agreements worth $2 billion at a forum in Kolvi on Monday.\n\n"
            "The agreements cover wind power, shipbuilding, pharmaceuticals and tourism, the trade agency said, "
            "without providing a breakdown by company."
        )
        self.assertEqual(titles(text), [])

    def test_names_not_disclosed_in_the_next_sentence(self):
        text = (
            "Companies of Norlandia and Estavia signed 14 commercial deals during the visit of Prime Minister Tomas "
            "Varn to Tamsa.\n\n"
            "The deals include fertiliser production, a grain terminal and dairy processing. The ministry did not "
            "disclose the names of the companies."
        )
        self.assertEqual(titles(text), [])

    def test_no_list_after_a_quoted_list(self):
        text = (
            "Ostrian and Vessan businesses signed 30 memoranda at the forum on Friday.\n\n"
            'The memoranda cover "energy, logistics, farming and the digital economy." Again, no list.'
        )
        self.assertEqual(titles(text), [])

    def test_a_listed_count_keeps_its_documents(self):
        text = (
            "Vessan and Ostrian firms signed three agreements at a forum in Kolvi on Monday.\n\n"
            "The agreements cover wind power, shipbuilding and tourism. The trade agency did not disclose their "
            "value."
        )
        self.assertEqual(spheres(text), ["energy", "other", "tourism"])


class UnknownPlaceOfACountTests(SimpleTestCase):
    """A count's complement that is only a proper name after "in" or "at", with the time after it, is where the
    documents were signed, as a city the gazetteer knows is; a name that tells a field stays the field."""

    def test_a_town_before_the_day(self):
        text = (
            "Norlandia and Estavia signed four documents in Kolvi on Monday. The documents cover energy, trade and "
            "health."
        )
        self.assertEqual(spheres(text), ["energy", "trade", "health"])

    def test_a_two_word_place_before_this_week(self):
        text = "The two prime ministers signed ten agreements in Novo Kolvi this week, the government said."
        self.assertEqual(titles(text), [])

    def test_a_place_at_the_sentence_end(self):
        text = "Ostria and Vessa signed seven memoranda in Kolvi."
        self.assertEqual(titles(text), [])

    def test_a_place_before_last_friday(self):
        text = "Estavian and Norlandian ministers signed five documents in Tamsa last Friday."
        self.assertEqual(titles(text), [])

    def test_a_capitalised_field_stays_a_field(self):
        text = "The presidents signed three agreements in Islamic Finance on Monday."
        self.assertEqual(spheres(text), ["finance"])


class LiveBlogListAcrossTimeStampsTests(SimpleTestCase):
    """A live blog posts one list of what was signed across several time-stamped entries; a stamp on a line of its
    own leaves the list open, and the writer's promise to post the items is no future of the documents."""

    dateline = datetime.date(2025, 3, 4)

    def agreements(self, text: str) -> list[str]:
        return [a.sphere for a in suggest_package(text, dateline=self.dateline).agreements]

    def test_numbered_items_across_stamps_after_a_promise_to_post(self):
        text = (
            "Live: President Ana Soto in Kolvi\n\nBy Staff\n\n10:05am\n\nThe talks have ended.\n\n11:40am\n\n"
            "Agreements are being signed. We will post them as they come:\n\n1. Memorandum on rail transport\n"
            "2. Agreement on tourism\n\n12:02pm\n\n3. Memorandum on health cooperation\n4. Protocol on fisheries\n\n"
            "12:30pm\n\nThe leaders are now speaking to the press."
        )
        self.assertEqual(self.agreements(text), ["transport", "tourism", "health", "agriculture"])

    def test_stamps_with_a_zone_between_items(self):
        text = (
            "Live: Norlandia-Estavia summit\n\n14:10 CEST\n\nThe following documents were signed:\n\n"
            "1. Agreement on rail transport\n\n14:35 CEST\n\n2. Memorandum on wind energy\n"
            "3. Programme of cultural exchanges\n\n15:00 CEST\n\nPresident Tomas Varn has left the palace."
        )
        self.assertEqual(self.agreements(text), ["transport", "energy", "culture"])

    def test_a_promise_to_bring_the_list(self):
        text = (
            "Live updates\n\n9:15 a.m.\n\nThe signing ceremony is under way. We will bring you the list as it comes "
            "in:\n\n- Memorandum on digital trade\n- Agreement on air services\n\n9:40 a.m.\n\n"
            "The ministers have left."
        )
        self.assertEqual(self.agreements(text), ["digital", "aviation"])

    def test_documents_still_to_be_signed(self):
        text = (
            "Live updates\n\n9:15 a.m.\n\nThe ministers will sign the following documents on Friday:\n\n"
            "1. Memorandum on digital trade\n2. Agreement on air services\n\n9:40 a.m.\n\n3. Memorandum on health\n\n"
            "The ministers have left."
        )
        self.assertEqual(self.agreements(text), [])


class PortCompoundsAreTransportTests(SimpleTestCase):
    """A port named by a compound or by its older word (seaports, a harbour, a harbor) is transport's, as "port"
    alone is; a verb built on the word names no port."""

    def test_seaports_and_a_harbour_and_a_harbor(self):
        text = (
            "The ministers signed a memorandum on seaports, an agreement on harbour development and a protocol on "
            "the modernisation of the Tamsa harbor."
        )
        self.assertEqual(spheres(text), ["transport", "transport", "transport"])

    def test_a_harbour_authority_named_in_capitals(self):
        text = "The two ministers signed a memorandum between the Kolvi Harbour Authority and the Vessa Harbour Board."
        self.assertEqual(spheres(text), ["transport"])

    def test_a_verb_on_the_word_names_no_port(self):
        text = "The ministers signed a memorandum on harbouring cooperation in culture."
        self.assertEqual(spheres(text), ["culture"])


class SourceAfterATopicsListTests(SimpleTestCase):
    """What the source goes on to say after a list of a count's topics ("..., the agency said, without giving their
    value", "..., but gave no figures") is no item of the list."""

    lead = "Vessan and Ostrian firms signed three agreements at a forum in Kolvi on Monday.\n\n"

    def test_without_after_the_source(self):
        text = self.lead + (
            "The agreements cover wind power, shipbuilding and tourism, the trade agency said, without disclosing "
            "their value."
        )
        self.assertEqual(spheres(text), ["energy", "other", "tourism"])

    def test_but_after_the_source(self):
        text = self.lead + "The deals cover rail, farming and health, the ministry said, but gave no figures."
        self.assertEqual(spheres(text), ["transport", "agriculture", "health"])

    def test_without_after_a_named_speaker(self):
        text = self.lead + (
            "They cover fisheries, solar power and schools, Minister Ana Soto said, without giving a date for the "
            "next forum."
        )
        self.assertEqual(spheres(text), ["agriculture", "energy", "education"])

    def test_a_list_that_ends_with_its_own_item(self):
        text = self.lead + "The agreements cover wind power, shipbuilding and tourism."
        self.assertEqual(len(spheres(text)), 3)


class FirmsOfATradeAgreedTests(SimpleTestCase):
    """Firms of a trade that agreed to do what a deal does, in the plural or taking part in a project, struck a deal;
    a sum a nation's firms pledge is a total."""

    lead = "The two presidents signed a joint statement in Kolvi on Monday.\n\n"

    def test_plural_firms_of_a_trade(self):
        for told, sphere in (
            (
                "A Vessan bank also signed a loan deal, while textile firms from both countries agreed to build a "
                "spinning mill near Ostra.",
                "investment",
            ),
            ("Ostrian seafood exporters agreed to supply frozen tuna to Vessan retailers.", "trade"),
            (
                "Kolvian dairy producers have agreed to purchase milking equipment from a Vessan supplier.",
                "trade",
            ),
        ):
            with self.subTest(told=told):
                found = suggest_package(self.lead + told).agreements
                self.assertIn(sphere, [a.sphere for a in found if a.title.startswith("Agreement by")])

    def test_a_firm_taking_part_in_a_project(self):
        for told in (
            "On the business side, a Vessan engineering company agreed to take part in a hydropower project in the "
            "north.",
            "A Kolvian trading house agreed to participate in a wind farm venture on the coast.",
        ):
            with self.subTest(told=told):
                self.assertTrue(any(t.startswith("Agreement by a") for t in titles(self.lead + told)))

    def test_a_sum_pledged_by_a_nations_firms_is_no_deal(self):
        for told in (
            "Vessan energy companies agreed to invest about $4 billion in Ostrian solar parks.",
            "The two sides agreed to take part in a joint study of the river basin.",
        ):
            with self.subTest(told=told):
                self.assertFalse(any(t.startswith("Agreement by") for t in titles(self.lead + told)))


class DealsWithPartnersInvolvingTests(SimpleTestCase):
    """ "signed six deals with Ostrian partners, involving A, B and C": the partners, then the list of what the deals
    are on, one deal an item."""

    lead = "The two prime ministers held talks in Kolvi on Monday.\n\n"

    def test_partners_then_the_topics(self):
        for told, expected in (
            (
                "Vessan firms signed five business deals with Ostrian partners, involving cement production, a solar "
                "park in the south and the export of rice to Vessa.",
                ["other", "energy", "agriculture"],
            ),
            (
                "Local companies inked four contracts with their Kolvian counterparts covering tourism, fisheries and "
                "a wind farm.",
                ["tourism", "agriculture", "energy"],
            ),
            (
                "The banks signed three agreements with foreign investors, spanning hotels, fisheries and a copper "
                "mine.",
                ["tourism", "agriculture", "mining"],
            ),
        ):
            with self.subTest(told=told):
                self.assertEqual(spheres(self.lead + told), expected)

    def test_deals_involving_named_people_stay_one(self):
        text = self.lead + "Vessan firms signed deals with Ostrian partners, the minister said."
        self.assertLessEqual(len(spheres(text)), 1)


class SumWithAWordOnItTests(SimpleTestCase):
    """ "seven business agreements with a combined potential value of RM2.4 billion": a total, whatever word says how
    sure the sum is and whatever letters name its currency."""

    lead = "The two prime ministers signed a memorandum on tourism in Kolvi on Monday.\n\n"

    def test_a_total_with_a_word_on_it(self):
        for told in (
            "Vessan and Ostrian firms signed seven business agreements with a combined potential value of RM2.4 "
            "billion.",
            "Companies signed nine deals with a total estimated value of Rp 3 trillion.",
            "Firms also exchanged five contracts worth about AED 900 million.",
        ):
            with self.subTest(told=told):
                self.assertEqual(spheres(self.lead + told), ["tourism"])

    def test_a_named_deal_with_its_sum_stays(self):
        text = self.lead + "A Vessan utility signed a deal worth RM300 million to build a wind farm in the north."
        self.assertIn("energy", spheres(text))


class FirmsDealBesideAListedDocumentTests(SimpleTestCase):
    """A firms' deal told in prose is not the listed state document of its field, whatever word they share."""

    def test_a_firms_deal_is_its_own_document(self):
        for item, deal, sphere in (
            (
                "MoU on Cooperation in the Halal Industry",
                "an agreement between a Vessan halal food producer and an Ostrian distributor to set up a plant",
                "trade",
            ),
            (
                "Memorandum on Cooperation in Solar Energy",
                "a deal between Kolvi Solar Bhd and a local utility on a solar farm in the north",
                "energy",
            ),
            (
                "Agreement on Cooperation in Fisheries",
                "an agreement between two fisheries companies on a fish farm",
                "agriculture",
            ),
        ):
            with self.subTest(deal=deal):
                text = (
                    "The two leaders witnessed the exchange of documents in Kolvi on Monday:\n\n"
                    f"- {item};\n- MoU on Cooperation in Tourism.\n\n"
                    f"Among the business deals signed at the forum was {deal}.\n"
                )
                self.assertEqual(spheres(text).count(sphere), 2)

    def test_a_states_document_told_again_stays_one(self):
        text = (
            "The two leaders witnessed the exchange of documents in Kolvi on Monday:\n\n"
            "- MoU on Cooperation in the Halal Industry;\n- MoU on Cooperation in Tourism.\n\n"
            "The memorandum on the halal industry will open markets, the minister said.\n"
        )
        self.assertEqual(spheres(text).count("trade"), 1)


def _field(title: str) -> str:
    from relations_plugin.extraction.facts import _sphere_x

    return _sphere_x(title)


class MineralFertiliserTests(SimpleTestCase):
    """Mineral fertilisers are made for farms, not mined."""

    def test_fertilisers_are_farming(self):
        for title in (
            "Agreement on a plant for the production of mineral fertilizers in the south",
            "Memorandum on mineral fertiliser supplies to Vessan farmers",
            "Deal on mineral fertilizer exports",
        ):
            with self.subTest(title=title):
                self.assertIn(_field(title), ("agriculture", "trade"))

    def test_minerals_stay_mining(self):
        self.assertEqual(_field("Memorandum on critical minerals and their processing"), "mining")


class KeepingTheBorderTests(SimpleTestCase):
    """The keeping of a frontier told with "of" is security, as "border management" is."""

    def test_management_of_the_border(self):
        for title in (
            "Agreement on the management of the shared borderline and border gates",
            "Protocol on the protection of the common frontier",
            "Document on control of the state boundary",
        ):
            with self.subTest(title=title):
                self.assertEqual(_field(title), "security")

    def test_drawing_the_border_stays_political(self):
        self.assertEqual(_field("Agreement on the demarcation of the border"), "political")


class MedicinesRegulatorsTests(SimpleTestCase):
    """The regulators of food and medicines, as the parties of a document that names no field, are health's."""

    def test_regulators_name_the_field(self):
        for title in (
            "Agreement between the Vessan Food and Drug Administration and the Ostrian Ministry of Food and Drug "
            "Safety on information-sharing",
            "Memorandum between the Kolvi Medicines Agency and its Vessan counterpart on joint inspections",
            "Arrangement between the two drug regulators on mutual recognition",
        ):
            with self.subTest(title=title):
                self.assertEqual(_field(title), "health")

    def test_a_food_safety_body_is_not_health(self):
        self.assertNotEqual(_field("Agreement between the food safety agencies on rice exports"), "health")


class FirmsAsPartiesTests(SimpleTestCase):
    """Firms told by what they are, as a document's parties, leave the field to its topic: "between a trading house
    and a utility on an LNG-to-power project" is energy."""

    def test_the_topic_decides(self):
        for title, sphere in (
            ("Memorandum between a Vessan trading house and Kolvi Power on an LNG-to-power project", "energy"),
            ("Agreement between an Ostrian steel group and a local developer on a housing estate", "infrastructure"),
            ("Deal between a trading house and a state utility on a wind farm", "energy"),
        ):
            with self.subTest(title=title):
                self.assertEqual(_field(title), sphere)

    def test_a_trading_topic_stays_trade(self):
        self.assertEqual(
            _field("Memorandum between a trading house and a retailer on the export of tea"), "agriculture"
        )


class BareBetweenBodiesListTests(SimpleTestCase):
    """ "three memorandums between ministries on A, B and C": the parties with no article, then one document a
    field."""

    def test_bare_parties_then_fields(self):
        for told, expected in (
            (
                "They also signed three memorandums between ministries on healthcare, tourism and labour.",
                ["health", "tourism", "labour"],
            ),
            (
                "The ministers signed four agreements between agencies on customs, space, mining and fisheries.",
                ["customs", "space", "mining", "agriculture"],
            ),
            (
                "The sides signed three protocols between ministries on sport, culture and water.",
                ["sport", "culture", "water"],
            ),
        ):
            with self.subTest(told=told):
                text = "The two prime ministers held talks in Kolvi on Monday. " + told
                self.assertEqual(spheres(text), expected)

    def test_one_memorandum_between_ministries_stays_one(self):
        text = "The two prime ministers met in Kolvi on Monday. A memorandum between ministries on health was signed."
        self.assertEqual(spheres(text), ["health"])


class ItemsAfterTheSumTests(SimpleTestCase):
    """ "commercial agreements worth $1.2 billion, including a project for A and the localization of B": the sum, then
    the items the comma sets off, as with no sum before them."""

    lead = "The two presidents signed a joint statement in Kolvi on Monday.\n\n"

    def test_items_after_the_sum(self):
        for told, expected in (
            (
                "The package also includes commercial agreements worth more than 1.2 billion US dollars, including a "
                "project for the construction of a dairy complex in the north and the localization of vaccine "
                "production in Ostra.",
                {"agriculture", "health"},
            ),
            (
                "Firms signed deals worth $400 million, including a project for a cement plant in the south and the "
                "expansion of a solar park in the west.",
                {"energy"},
            ),
            (
                "Companies concluded contracts valued at $90 million, including a project for a fish farm on the "
                "coast and the modernisation of a railway depot.",
                {"agriculture", "transport"},
            ),
        ):
            with self.subTest(told=told):
                found = spheres(self.lead + told)
                self.assertEqual(len(found), 3)
                self.assertTrue(expected <= set(found))

    def test_a_sum_of_the_lot_stays_no_document(self):
        text = self.lead + "Firms signed deals worth $400 million, including several with state utilities."
        self.assertEqual(spheres(text), ["political"])


class TopicsLeadInTests(SimpleTestCase):
    """A count's topics told later may be announced by the words that set off the list ("cover the following areas:
    A; B; C") or follow a note between commas on who witnessed the signing; talks that covered the same areas sign
    nothing."""

    def test_the_following_areas_then_a_colon(self):
        text = (
            "Vessa and Ostria signed four agreements on Monday. The agreements cover the following areas: cooperation "
            "in veterinary medicine; the training of nurses; the exchange of weather data; and tourism."
        )
        self.assertEqual(spheres(text), ["agriculture", "education", "digital", "tourism"])

    def test_the_following_fields_of_memoranda(self):
        text = (
            "Norlandia and Estavia signed three memoranda on Tuesday. The memoranda cover the following fields: "
            "fisheries; school sport; and road safety."
        )
        self.assertEqual(spheres(text), ["agriculture", "education", "transport"])

    def test_witnessed_between_commas(self):
        text = (
            "Vessa and Ostria signed three agreements on Monday.\n\nThe agreements, witnessed by the two presidents, "
            "cover beekeeping, film festivals and road safety."
        )
        self.assertEqual(
            titles(text), ["Agreement on beekeeping", "Agreement on film festivals", "Agreement on road safety"]
        )

    def test_talks_on_the_following_areas_sign_nothing(self):
        text = (
            "Vessa and Ostria discussed trade on Monday. The talks covered the following areas: forestry; civil "
            "aviation; and film."
        )
        self.assertEqual(spheres(text), [])


class SourceBeforeTheListLeadTests(SimpleTestCase):
    """Who told the list may come before its lead ("Officials said they included ...", "The foreign ministry said
    these include ..."): the documents are those just told signed; a source's words on plans sign nothing."""

    def test_officials_said_they_included(self):
        text = (
            "Vessa and Ostria signed twelve documents on Wednesday. Officials said they included an agreement on "
            "copper mining, a protocol on customs cooperation and a memorandum on nursing schools."
        )
        self.assertEqual(spheres(text), ["mining", "customs", "education"])

    def test_a_named_spokesman_told_reporters(self):
        text = (
            "Vessa and Ostria signed four agreements on Monday. Spokesman Ivo Tamm told reporters they included a "
            "memorandum on forestry and a protocol on tax."
        )
        self.assertEqual(spheres(text), ["environment", "finance"])

    def test_the_ministry_said_these_include(self):
        text = (
            "Vessa and Ostria signed nine agreements on Friday. The foreign ministry said these include a roadmap on "
            "copper mining and a protocol on customs cooperation."
        )
        self.assertEqual(spheres(text), ["mining", "customs"])

    def test_nothing_signed_before(self):
        text = (
            "Vessa and Ostria discussed trade on Monday. Officials said they included an agreement on copper mining "
            "in their plans for next year."
        )
        self.assertEqual(spheres(text), [])


class SpeakerPicksOutDocumentsTests(SimpleTestCase):
    """A speaker who has just told documents signed may pick some out ("I would single out the agreement on A", "I
    want to highlight the memorandum on B"): those are signed, the polite "would" no plan; picked out with nothing
    signed before, they are not."""

    def test_i_would_single_out(self):
        text = (
            "Today eight documents were signed. I would single out the agreement on copper mining, the memorandum on "
            "nursing schools and the roadmap on rail transport."
        )
        self.assertEqual(spheres(text), ["mining", "education", "transport"])

    def test_we_would_like_to_highlight(self):
        text = (
            "Six agreements were signed today. We would like to highlight the memorandum on film and the agreement on "
            "road safety."
        )
        self.assertEqual(spheres(text), ["culture", "transport"])

    def test_let_me_mention(self):
        text = "Our ministers signed ten agreements today. Let me mention the protocol on customs cooperation."
        self.assertEqual(spheres(text), ["customs"])

    def test_picked_out_with_nothing_signed(self):
        text = "We discussed many things today. I want to highlight the agreement on copper mining."
        self.assertEqual(spheres(text), [])


class RestOfTheDocumentsTests(SimpleTestCase):
    """The rest of the documents a story has begun to name ("The others include ...", "The remaining agreements
    include ...", "The remaining three MoUs covered ...", "The others cover:" over a list) are signed as the story's
    documents are, whatever the sentence just before said of one that is none of them, and each is read once."""

    def test_remaining_after_an_initialled_one(self):
        text = (
            "ULAN, May 2 - The two ministers signed a treaty on extradition on Tuesday. A separate arrangement on "
            "pensions was initialled but not signed. The remaining agreements include a loan for a water project in "
            "the capital; a clean energy partnership; and memoranda on forestry and film."
        )
        self.assertEqual(spheres(text), ["justice", "water", "energy", "environment", "culture"])

    def test_the_others_after_a_plan(self):
        text = (
            "ULAN, May 2 - The two ministers signed a treaty on extradition on Tuesday. A deal on fishing quotas is "
            "expected next year. The other documents include a memorandum on nursing schools and a roadmap on copper "
            "mining."
        )
        self.assertEqual(spheres(text), ["justice", "education", "mining"])

    def test_the_others_cover_a_list_below(self):
        text = (
            "ULAN, May 2 - Vessa and Ostria signed nine documents on Tuesday. The main one is a loan for a port. The "
            "others cover:\n\n- cooperation in beekeeping;\n- disaster risk reduction;\n"
            "- a roadmap on copper mining;\n- and school sport."
        )
        self.assertEqual(
            titles(text),
            ["Cooperation in beekeeping", "Disaster risk reduction", "Roadmap on copper mining", "School sport"],
        )

    def test_the_remaining_documents_read_once(self):
        text = (
            "KOLVI, March 4 - Vessa and Ostria signed seven agreements on Monday. The remaining documents cover "
            "beekeeping, film festivals and road safety."
        )
        self.assertEqual(len(titles(text)), 3)

    def test_the_remaining_count_with_its_kind_word(self):
        text = (
            "Vessa and Ostria signed a total of six memoranda on Tuesday. The first is a memorandum on tax. The "
            "remaining three MoUs covered the mutual recognition of nursing diplomas, film festivals and road safety."
        )
        self.assertEqual(spheres(text), ["finance", "education", "culture", "transport"])

    def test_the_others_with_nothing_signed(self):
        text = (
            "ULAN, May 2 - The two ministers discussed a treaty on extradition on Tuesday. The others include a "
            "memorandum on nursing schools and a roadmap on copper mining."
        )
        self.assertEqual(spheres(text), [])


class CountWithSharedPartiesTests(SimpleTestCase):
    """A count of documents whose parties come before their topics ("three memorandums between ministries on A, B
    and C") gives one document per topic, each with the parties; one document on several topics stays one."""

    def test_memorandums_between_ministries(self):
        text = "The ministers signed three memorandums between ministries on forestry, film and road safety."
        self.assertEqual(
            titles(text),
            [
                "Memorandum between ministries on forestry",
                "Memorandum between ministries on film",
                "Memorandum between ministries on road safety",
            ],
        )

    def test_agreements_between_the_agencies(self):
        text = "Officials also exchanged two agreements between the agencies on weather data and beekeeping."
        self.assertEqual(len(titles(text)), 2)

    def test_memoranda_between_the_governments(self):
        text = "The two sides signed three memoranda between the governments on tourism, sport and fisheries."
        self.assertEqual(spheres(text), ["tourism", "sport", "agriculture"])

    def test_one_memorandum_on_several_topics(self):
        text = "The ministers signed a memorandum between ministries on forestry, film and road safety."
        self.assertEqual(len(titles(text)), 1)


class PrisonsAreJusticeTests(SimpleTestCase):
    """Prisons and correctional services are the justice ministries' field; prisoners of war are not."""

    def test_correctional_services_and_prison_reform(self):
        text = (
            "The ministers signed an agreement on cooperation in correctional services and a memorandum on prison "
            "reform."
        )
        self.assertEqual(spheres(text), ["justice", "justice"])

    def test_penitentiary_cooperation(self):
        self.assertEqual(spheres("They also signed a protocol on penitentiary cooperation."), ["justice"])

    def test_prisons_and_rehabilitation(self):
        self.assertEqual(spheres("They also signed a memorandum on prisons and rehabilitation."), ["justice"])

    def test_prisoners_of_war_are_not_prisons(self):
        text = "They also signed an agreement on the exchange of prisoners of war."
        self.assertNotEqual(spheres(text), ["justice"])


class RecyclingIsEnvironmentTests(SimpleTestCase):
    """Recycling makes waste a raw material again: environment's, whatever the waste (batteries, tyres, plastics); a
    ship's recycling is the shipyards' trade, as shipbuilding is."""

    def test_recycling_batteries(self):
        text = "The ministers signed a letter of intent on recycling lithium-ion batteries."
        self.assertEqual(spheres(text), ["environment"])

    def test_battery_recycling_and_tyres(self):
        text = "They signed a memorandum on battery recycling and an agreement on the recycling of used tyres."
        self.assertEqual(spheres(text), ["environment", "environment"])

    def test_plastic_waste_recycling(self):
        self.assertEqual(spheres("They signed a memorandum on plastic waste recycling."), ["environment"])

    def test_ship_recycling_stays_with_shipbuilding(self):
        text = "They signed an agreement on shipbuilding and ship recycling."
        self.assertNotEqual(spheres(text), ["environment"])


class NotesExchangedUnderWhichTests(SimpleTestCase):
    """Notes exchanged may be told by what they provide for ("exchanged notes under which X will supply radar",
    "whereby Y receives a grant"): one exchange of notes each, its field from what it provides; notes still to be
    exchanged are none yet."""

    def test_under_which_a_side_provides_equipment(self):
        text = (
            "Following the talks, the two governments exchanged notes under which Vessa will provide radar equipment "
            "to the Ostrian navy."
        )
        self.assertEqual(spheres(text), ["defence"])

    def test_whereby_a_grant_for_a_hospital(self):
        text = (
            "The foreign ministers exchanged notes whereby Ostria will receive a grant for a hospital in the capital."
        )
        self.assertEqual(spheres(text), ["health"])

    def test_under_which_a_visa_waiver_takes_effect(self):
        text = "On Tuesday the ambassadors exchanged notes under which the visa waiver for diplomats takes effect."
        self.assertEqual(spheres(text), ["consular"])

    def test_notes_still_to_be_exchanged(self):
        text = "The two ministers will exchange notes under which Vessa will provide radar equipment next year."
        self.assertEqual(spheres(text), [])


class Deals12FirmsAgreedToWorkTogetherTests(SimpleTestCase):
    """Firms that agreed, in a story that signs something, to study, extend or work together on a project have made a
    document of their own, its field the project's ("X and Y agreed to study a solar park", "agreed to extend their
    supply contract", "agreed to cooperate on vaccine production"); governments that agreed to study something, or
    firms in a story where nothing was signed, have made none."""

    SIGNED = (
        "Ostrian President Mira Dolan and Vessan President Karl Tamm witnessed the signing of a memorandum on customs "
        "cooperation in Vessa on Tuesday.\n\n"
    )

    def test_firms_agreed_to_study_extend_or_cooperate(self):
        cases = [
            ("On the sidelines, Koral Energy and Vessa Power Holdings agreed to study a 400-megawatt solar park in "
             "the south.", "energy"),
            ("Ostria Steel Group and Danvik Mining Corp agreed to extend their iron ore supply contract by five "
             "years.", "trade"),
            ("Brenna Pharma and Lusa Medical Industries also agreed to cooperate on vaccine production in Vessa.",
             "health"),
            ("Separately, Tarvo Logistics agreed to jointly examine a rail freight terminal near the port of Kell.",
             "transport"),
        ]  # fmt: skip
        for sentence, sphere in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(spheres(self.SIGNED + sentence), ["customs", sphere])

    def test_ministers_agreeing_to_study_sign_nothing(self):
        text = self.SIGNED + "The two trade ministers agreed to study a free trade agreement."
        self.assertEqual(spheres(text), ["customs"])

    def test_firms_in_a_story_that_signs_nothing(self):
        text = (
            "Ostrian President Mira Dolan held talks with Vessan President Karl Tamm in Vessa on Tuesday. No "
            "documents were signed.\n\nKoral Energy and Vessa Power Holdings agreed to study a solar park."
        )
        self.assertEqual(spheres(text), [])


class Deals12FirmsWentIntoPartnershipTests(SimpleTestCase):
    """A firm that partnered, or went into a partnership, with another in a story that signs something has made a deal
    with it, its field the topic's ("entered into a technology partnership with Y for wastewater treatment",
    "partnered with a dairy cooperative on a cheese plant"); "X will partner with Y" or "will work with Y" is such a
    deal as an item of a list of what was signed, and only a pledge on its own."""

    SIGNED = (
        "Ostrian President Mira Dolan and Vessan President Karl Tamm witnessed the signing of a memorandum on trade. "
    )

    def test_partnerships_gone_into(self):
        cases = [
            ("Separately, Koral Water Group entered into a technology partnership with Vessa's Lind Utilities for "
             "wastewater treatment.", "water"),
            ("Brava Foods Ltd partnered with a Vessan dairy cooperative on a cheese plant in Kell.", "agriculture"),
            ("Tamsa Learning Group went into a partnership with Vessa's Orel Schools Ltd for teacher training.",
             "education"),
        ]  # fmt: skip
        for sentence, sphere in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(spheres(self.SIGNED + sentence), ["trade", sphere])

    def test_will_partner_as_an_item_of_what_was_signed(self):
        text = (
            "Ostrian President Mira Dolan held talks with Vessan President Karl Tamm in Vessa on Tuesday.\n\n"
            "Three memorandums of understanding were exchanged at a business breakfast:\n\n"
            "- Koral Energy Group and Vessa Power Ltd will look at a wind farm off the coast of Kell;\n"
            "- Tarvo Logistics will work with a Vessan port operator on container shipping to Rask;\n"
            "- Lind Pharma Holdings will partner with Orel Medical Ltd on vaccine production."
        )
        self.assertEqual(spheres(text), ["energy", "transport", "health"])

    def test_will_partner_on_its_own_is_a_pledge(self):
        text = self.SIGNED + "Koral Energy Group will partner with Vessa Power Ltd on a wind farm, officials said."
        self.assertEqual(spheres(text), ["trade"])


class Deals12FirmsDealDoneBeforeTests(SimpleTestCase):
    """A firm's deal told by its verb alone, said done before the visit ("partnered with Y on a wind farm in 2019",
    "agreed last year to build a plant"), is an earlier one and no document of the visit; a year after the
    dateline's is when the project is to be done."""

    SIGNED = (
        " date 2024-05-14\nOstrian President Mira Dolan and Vessan President Karl Tamm witnessed the signing of a "
        "memorandum on trade in Vessa. "
    )

    def test_deals_done_before_the_visit(self):
        for sentence in (
            "Koral Energy Group partnered with Vessa Power Ltd on a wind farm in 2019.",
            "Brava Foods Ltd signed with a Vessan dairy cooperative for a cheese plant in March 2021.",
            "Tarvo Logistics agreed to expand the container terminal at Rask last year.",
        ):
            with self.subTest(sentence=sentence):
                self.assertEqual(spheres(self.SIGNED + sentence), ["trade"])

    def test_a_year_still_to_come_is_the_projects(self):
        text = self.SIGNED + "Koral Energy Group agreed to study a wind farm off Kell, to open in 2027."
        self.assertEqual(spheres(text), ["trade", "energy"])


class Deals11StoryClausePlansTests(SimpleTestCase):
    """A plan told in a clause of the story's own after the documents' list, set off by a comma and a conjunction
    (", as Hanoi prepares to build a line", ", while the two sides plan a summit"), is that clause's, not the
    documents': the rest of the documents told after a count signed stay signed. A plan of the documents' own
    still leaves them unsigned."""

    def test_as_a_capital_prepares_to_build(self):
        text = (
            "President Anne Morel of Ostria signed a raft of agreements in Vessa on Monday. Some 14 documents were "
            "signed, state media said.\n\nOther agreements covered civil nuclear cooperation, vaccine production and "
            "the training of railway engineers, as the capital prepares to build a high-speed line."
        )
        self.assertEqual(spheres(text), ["energy", "health", "transport"])

    def test_while_the_two_sides_plan_a_summit(self):
        text = (
            "Prime Minister Karl Berg and his guest signed nine agreements in Lindar on Tuesday.\n\nOther agreements "
            "covered tourism, fisheries and higher education, while the two sides plan to hold a summit next year."
        )
        self.assertEqual(spheres(text), ["tourism", "agriculture", "education"])

    def test_amid_a_push_to_negotiate(self):
        text = (
            "The two presidents signed eleven documents at the palace on Friday.\n\nOther agreements covered "
            "customs, sport and cultural exchanges, amid a push by both governments to negotiate a free trade deal."
        )
        self.assertEqual(spheres(text), ["customs", "sport", "culture"])

    def test_a_plan_of_the_documents_own_is_no_signing(self):
        text = (
            "The foreign ministers held talks in Ostria on Monday.\n\nAgreements on tourism and fisheries will be "
            "signed next month, as the two sides prepare for a summit."
        )
        self.assertEqual(spheres(text), [])


class Deals11LongLastItemTests(SimpleTestCase):
    """The last of three or more topics of the documents, after the list's "and", runs to the list's end and may say
    at length what the parties will do ("..., tourism, the exchange of prisoners and joint efforts against cattle
    rustling and the smuggling of small arms along the common border"), with no verb of its own; one that runs on
    past when or where the signing was ("... after talks between ...") is no topic."""

    def test_joint_patrols_along_a_coast(self):
        text = (
            "President Ana Ruiz of Ostria and her Vessan counterpart signed six agreements in Lindar on Monday. "
            "Ministers signed a memorandum on the port of Tarn.\n\nOther agreements cover cooperation on animal "
            "health, culture, the protection of migrant workers and joint patrols against piracy and the trafficking "
            "of drugs along the coast of the gulf."
        )
        self.assertEqual(spheres(text), ["transport", "agriculture", "culture", "migration", "security"])

    def test_fishing_stocks_and_coral_reefs(self):
        text = (
            "Prime Minister Karl Berg and his guest signed eight documents on Tuesday. The first is a loan agreement "
            "for a railway, the second a memorandum on wind power.\n\nOther documents covered sport, forestry, the "
            "training of diplomats and the joint management of fishing stocks and the protection of coral reefs in "
            "shared waters."
        )
        self.assertEqual(len(spheres(text)), 6)

    def test_driving_licences_and_road_accidents(self):
        text = (
            "The two presidents signed seven agreements at the palace on Friday.\n\nThe remaining agreements concern "
            "education, customs, tourism and the mutual recognition of driving licences and the exchange of data on "
            "road accidents in border regions."
        )
        self.assertEqual(spheres(text), ["education", "customs", "tourism", "transport"])

    def test_talks_after_the_last_topic_are_no_part_of_it(self):
        text = (
            "The ministers signed agreements on quantum research, 6G networks, tourism and the mobility of skilled "
            "workers after talks between Prime Minister Ana Ruiz and her counterpart Karl Berg in Lindar."
        )
        self.assertFalse(any("talks" in t for t in titles(text)))


class Deals11StatementIssuedAtTheVisitTests(SimpleTestCase):
    """A statement issued at the visit's own meeting, told as agencies write it (the day without "on", the host city,
    the meeting by its own name or kind: "issued Tuesday in Rabat following talks", "issued after the 12th Leaders'
    Retreat", "issued after the consultations"), is the visit's; who met is the meeting's, not the statement's; one
    issued after an earlier or a later meeting is not."""

    lead = "Foreign Minister Ana Ruiz of Ostria held talks with Vessan Foreign Minister Karl Berg in Lindar. "

    def test_day_and_city_before_the_talks(self):
        text = self.lead + (
            "Vessa considers the plan a credible basis, according to a joint communiqué issued Tuesday in Lindar "
            "following talks between the two ministers."
        )
        self.assertEqual(titles(text), ["Joint communiqué"])

    def test_after_the_leaders_retreat(self):
        text = self.lead + (
            "A joint statement issued after the 12th Ostria-Vessa Leaders' Retreat said the two sides would keep "
            "talking about the border."
        )
        self.assertEqual(spheres(text), ["political"])

    def test_after_the_consultations(self):
        text = self.lead + (
            "The two sides back a ceasefire, according to a joint declaration issued after the consultations."
        )
        self.assertEqual(spheres(text), ["political"])

    def test_an_earlier_meeting_is_not_this_visit(self):
        text = self.lead + (
            "A joint statement issued after the previous meeting said the two sides would keep talking about the "
            "border."
        )
        self.assertEqual(spheres(text), [])


class Deals11GamesAreSportTests(SimpleTestCase):
    """The games themselves name sport as the word does: a World Cup, FIFA, the Olympics and Paralympics, football,
    athletes; a tournament only discussed is no document."""

    def test_coordination_ahead_of_a_world_cup(self):
        text = "The interior ministers also signed an agreement on coordination ahead of the 2030 FIFA World Cup."
        self.assertEqual(spheres(text), ["sport"])

    def test_olympic_preparation(self):
        text = "Ostria and Vessa signed a memorandum on the preparation of athletes for the Olympic Games."
        self.assertEqual(spheres(text), ["sport"])

    def test_football_academies(self):
        self.assertEqual(spheres("They also signed a protocol on football academies for girls."), ["sport"])

    def test_a_tournament_only_discussed(self):
        text = "The two presidents discussed a joint bid to host the World Cup in 2034."
        self.assertEqual(spheres(text), [])


class Deals13AnnouncedCountTests(SimpleTestCase):
    """Deals the two sides announce by a count ("announced another six deals", "several contracts", "eleven
    agreements") are made public as agreed, as those announced by "a" or "two" are; an announcement of plans for
    them is not."""

    VISIT = "Ostrian President Ana Ruiz held talks with Vessan President Karl Berg in Lindar on Monday. "

    def test_another_count_of_deals(self):
        text = self.VISIT + (
            "Firms from both countries announced another six deals on the sidelines, including a $900 million loan "
            "from the Vessan Export Bank for a fertiliser plant."
        )
        self.assertEqual(spheres(text), ["agriculture"])

    def test_several_contracts(self):
        text = self.VISIT + (
            "Companies from both countries announced several contracts at a business forum, among them a contract "
            "for 12 ferries from a Lindar shipyard."
        )
        self.assertEqual(spheres(text), ["transport"])

    def test_a_count_in_words_above_five(self):
        text = self.VISIT + "The two governments announced eleven agreements, including a memorandum on wind power."
        self.assertEqual(spheres(text), ["energy"])

    def test_plans_for_a_count_are_no_deals(self):
        text = self.VISIT + "Firms announced plans for another six deals, including a loan for a fertiliser plant."
        self.assertEqual(spheres(text), [])


class Deals13OneMoreDoesTests(SimpleTestCase):
    """One more document of the story's signing told as the subject of what it does ("A separate agreement expands
    the scheme", "A second protocol waives visas"), and the next told by a pronoun after it ("and another covers
    AI", "while a second establishes a fund"); after a signing only planned they are plans too."""

    VISIT = "Ostrian President Ana Ruiz held talks with Vessan President Karl Berg in Lindar on Monday. "

    def test_a_separate_document_by_what_it_does(self):
        text = self.VISIT + (
            "The two presidents signed a memorandum on offshore wind. A separate agreement expands the student "
            "exchange scheme the two universities have run since the 1990s."
        )
        self.assertEqual(spheres(text), ["energy", "education"])

    def test_another_after_it_by_what_it_covers(self):
        text = self.VISIT + (
            "Ministers signed a protocol on wheat seeds. A separate accord establishes a fund for hospital "
            "equipment, and another covers cooperation in artificial intelligence."
        )
        self.assertEqual(spheres(text), ["agriculture", "health", "digital"])

    def test_a_second_by_a_pronoun_after_a_named_one(self):
        text = self.VISIT + (
            "They signed a memorandum on rail freight, while a second establishes a coastguard training school."
        )
        self.assertEqual(len(spheres(text)), 2)

    def test_after_a_planned_signing_it_is_a_plan(self):
        text = self.VISIT + (
            "The two sides plan to sign a memorandum on gas next year. A separate agreement expands the student "
            "exchange scheme, and another covers cooperation in artificial intelligence."
        )
        self.assertEqual(spheres(text), [])


class Deals13DescribedAsCoveringTests(SimpleTestCase):
    """The fields of a count just signed, told as what someone described them as covering ("Officials described
    them as covering A, B and C", "characterised the documents as dealing with ..."): one document per field, as
    "They cover A, B and C" gives; a count only planned gives none."""

    VISIT = "Ostrian President Ana Ruiz held talks with Vessan President Karl Berg in Lindar on Monday. "

    def test_officials_described_them(self):
        text = self.VISIT + (
            "The two leaders signed six agreements during the visit. Ostrian officials described them as covering "
            "fisheries, tourism and vocational training."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "education"])

    def test_the_ministry_characterised_the_documents(self):
        text = self.VISIT + (
            "Ministers signed five documents after the talks. The foreign ministry characterised the documents as "
            "dealing with customs, public health and sport."
        )
        self.assertEqual(spheres(text), ["customs", "health", "sport"])

    def test_aides_summarised_them_with_their_source(self):
        text = self.VISIT + (
            "Nine memoranda were signed at the palace. Aides to Ms. Ruiz summarized them as including space research, "
            'railways and "ties between our peoples," and said a visa deal was still being negotiated.'
        )
        self.assertEqual(spheres(text)[:2], ["space", "transport"])

    def test_a_count_still_planned(self):
        text = self.VISIT + (
            "The two sides will sign six agreements next month. Officials described them as covering fisheries, "
            "tourism and vocational training."
        )
        self.assertEqual(spheres(text), [])


class Deals13CompletedSigningTests(SimpleTestCase):
    """A signing told through a verb that says it took place ("took turns to sign", "proceeded to sign", "went on to
    sign"), or a document that is itself the act the leaders looked on at ("witnessed an exchange of notes under
    which ..."): done, though "to sign" alone reads as still to come; a signing only expected, or an exchange of
    views, is none."""

    VISIT = "Ostrian President Ana Ruiz held talks with Vessan President Karl Berg in Lindar on Monday. "

    def test_took_turns_to_sign(self):
        text = self.VISIT + (
            "Ministers from both countries took turns to sign documents covering fisheries, tourism and sport."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "sport"])

    def test_proceeded_and_went_on_to_sign(self):
        for verb in ("proceeded", "went on"):
            with self.subTest(verb=verb):
                text = self.VISIT + f"After lunch the ministers {verb} to sign a memorandum on consular affairs."
                self.assertEqual(spheres(text), ["consular"])

    def test_witnessed_an_exchange_of_notes(self):
        text = self.VISIT + (
            "The two presidents also witnessed an exchange of notes under which Vessa will provide patrol boats to "
            "the Ostrian navy."
        )
        self.assertEqual(len(spheres(text)), 1)
        self.assertIn(spheres(text)[0], ("defence", "security"))

    def test_an_expected_signing_and_an_exchange_of_views(self):
        for sentence in (
            "The foreign ministers are expected to sign a memorandum on consular affairs.",
            "The two presidents witnessed an exchange of views on fisheries.",
        ):
            with self.subTest(sentence=sentence):
                self.assertEqual(spheres(self.VISIT + sentence), [])


class Deals13RelativeClauseTitleTests(SimpleTestCase):
    """A document told by a relative clause in the present of what it does ("protocols that allow dairies to export
    cheese", "a memorandum which opens the market to wheat", "contracts that fund hospitals") has that clause for its
    title, so that it is one document and the list after it goes on; a signing still to come stays a plan."""

    VISIT = "Ostrian President Ana Ruiz held talks with Vessan President Karl Berg in Lindar on Monday. "

    def test_plural_protocols_that_allow_open_a_told_list(self):
        text = self.VISIT + (
            "They signed 12 agreements. Among the government agreements were protocols that allow 11 more Ostrian "
            "dairies to export cheese to Vessa, a framework to extend the joint weather satellite programme, and an "
            "agreement to speed customs clearance for fruit."
        )
        self.assertEqual(spheres(text), ["trade", "space", "customs"])

    def test_a_memorandum_which_opens_a_market(self):
        text = self.VISIT + "The two ministers signed a memorandum which opens the Vessan market to Ostrian wheat."
        self.assertEqual(spheres(text), ["agriculture"])

    def test_contracts_that_fund_hospitals(self):
        text = self.VISIT + "Health officials signed contracts that fund two children's hospitals in Lindar."
        self.assertEqual(spheres(text), ["health"])

    def test_protocols_still_to_be_signed(self):
        text = self.VISIT + "The ministers will sign protocols that allow Ostrian dairies to export cheese to Vessa."
        self.assertEqual(spheres(text), [])


class Deals13AnnouncedDealsLongItemsTests(SimpleTestCase):
    """A lead-in over the deals announced ("The deals announced at the forum included:", "Contracts announced on
    Tuesday include:") heads its list as "signed" does, and an item set off by its semicolon may run long (the sum,
    who puts it up, what it is for); a lead-in over deals still being negotiated heads none."""

    VISIT = "Ostrian President Ana Ruiz held talks with Vessan President Karl Berg in Lindar on Monday.\n\n"
    ITEMS = (
        "€400 million from the Vessan Development Fund, the government's overseas lending arm, for a geothermal "
        "power plant in the southern hills and a string of solar parks in the north of the country;\n\n"
        "€250 million from a consortium led by the engineering group Harwick Dunmore to rebuild the coastal highway "
        "between Lindar and the port city of Tamsa;\n\n"
        "and €90 million from the Lindar-based fintech Coinlane to extend mobile banking to cocoa farmers.\n"
    )

    def test_deals_announced_included(self):
        text = self.VISIT + "The deals announced at a business forum in the capital included:\n\n" + self.ITEMS
        self.assertEqual(spheres(text), ["energy", "transport", "finance"])

    def test_contracts_announced_include(self):
        text = self.VISIT + "Contracts announced at the investment forum on Tuesday include:\n\n" + self.ITEMS
        self.assertEqual(spheres(text), ["energy", "transport", "finance"])

    def test_a_single_long_item_keeps_its_whole_purpose(self):
        text = self.VISIT + "The deals announced at the forum included:\n\n" + self.ITEMS
        self.assertIn("solar parks", titles(text)[0])

    def test_deals_still_negotiated(self):
        text = self.VISIT + "The deals still being negotiated include:\n\n" + self.ITEMS
        self.assertEqual(spheres(text), [])


class Deals13UnmarkedPartnershipItemTests(SimpleTestCase):
    """A paragraph of its own under a lead-in of what was signed, without a list marker, that opens with a
    partnership or a framework ("A vocational training partnership, linking ...") is one of the documents, as the
    same line under a marker is; under a lead-in of what was only discussed it is none."""

    VISIT = "Ostrian President Ana Ruiz held talks with Vessan President Karl Berg in Lindar on Monday.\n\n"
    ITEMS = (
        "A vocational training partnership, linking Ostrian colleges with Vessan carmakers, with €5m of joint "
        "funding over three years\n\n"
        "A framework for joint wildfire response, under which fire crews will train together each summer\n\n"
        "A memorandum of understanding on offshore wind\n"
    )

    def test_items_under_a_signed_lead_in(self):
        text = self.VISIT + "Alongside it, ministers from both governments signed three separate agreements:\n\n"
        self.assertEqual(spheres(text + self.ITEMS), ["education", "civil_protection", "energy"])

    def test_items_under_a_lead_in_of_what_was_agreed(self):
        text = self.VISIT + "The ministers also signed the following documents:\n\n"
        self.assertEqual(spheres(text + self.ITEMS)[:2], ["education", "civil_protection"])

    def test_a_partnership_item_alone(self):
        text = self.VISIT + (
            "Ministers signed two agreements:\n\nA space research partnership, linking the two space agencies\n\n"
            "A memorandum on tourism\n"
        )
        self.assertEqual(spheres(text), ["space", "tourism"])

    def test_items_under_a_lead_in_of_what_was_discussed(self):
        text = self.VISIT + "The ministers discussed three ideas for next year:\n\n"
        self.assertEqual(spheres(text + self.ITEMS), [])


class Deals13UnderOneOfThemTests(SimpleTestCase):
    """One of a count just signed told by what happens under it ("Under one of them, X will ...; under another, Y
    will ...", "Under a second memorandum, ..."): one document each, its title the clause; under a count only
    planned, or under "the deal" the story already named, none more."""

    VISIT = "Ostrian President Ana Ruiz held talks with Vessan President Karl Berg in Lindar on Monday. "

    def test_under_one_of_them_and_another(self):
        text = self.VISIT + (
            "The two leaders signed nine agreements. Under one of them, Vessa will send doctors to Ostrian "
            "hospitals; under another, Ostrian firms will build a port in Tamsa."
        )
        self.assertEqual(spheres(text), ["health", "transport"])

    def test_under_one_and_a_second_of_the_kind(self):
        text = self.VISIT + (
            "Ministers signed six memoranda on Tuesday. Under one, Vessan banks will lend to Ostrian farmers, and "
            "under a second memorandum, the two armies will hold joint military exercises."
        )
        self.assertEqual(spheres(text), ["finance", "defence"])

    def test_under_one_of_the_documents(self):
        text = self.VISIT + (
            "Eleven documents were signed at the palace. Under one of the documents, Ostrian students will study in "
            "Vessan universities without fees."
        )
        self.assertEqual(spheres(text), ["education"])

    def test_a_sum_with_its_decimal_point(self):
        text = self.VISIT + (
            "The ministers signed three agreements. Under a separate agreement, Vessa will provide $1.5 billion in "
            "concessional loans for roads and water projects."
        )
        self.assertIn("$1.5 billion in concessional loans", titles(text)[0])

    def test_a_planned_count_and_a_deal_named_before(self):
        for sentence in (
            "The two sides will sign six memoranda next month. Under one of them, Vessa will train Ostrian nurses.",
            "The two leaders signed a memorandum on wind power. Under the deal, Vessa will build two wind farms.",
        ):
            with self.subTest(sentence=sentence):
                self.assertEqual(len(spheres(self.VISIT + sentence)), sentence.count("signed a"))


class Deals13OneWillDoTests(SimpleTestCase):
    """One of a count just signed told by its pronoun and what it will do ("One will let students study without
    visas", "One of them would allow ...", "Another will see ..."): one document, as "One covers X" gives; after a
    count still to be signed, or a pronoun that says it will be signed later, none."""

    VISIT = "Ostrian President Ana Ruiz held talks with Vessan President Karl Berg in Lindar on Monday. "

    def test_one_will_let_and_another_commits(self):
        text = self.VISIT + (
            "The two leaders signed nine agreements. One will let Ostrian students study in Vessa without fees. "
            "Another commits Vessa to buy Ostrian gas."
        )
        self.assertEqual(spheres(text), ["education", "energy"])

    def test_one_of_them_would_allow(self):
        text = self.VISIT + (
            "Ministers signed five memoranda on Tuesday. One of them would fund two new children's hospitals in Tamsa."
        )
        self.assertEqual(spheres(text), ["health"])

    def test_another_will_see_after_one(self):
        text = self.VISIT + (
            "The two sides signed four protocols. One covers wheat exports. Another will see Vessan firms build a "
            "rail line to Tamsa."
        )
        self.assertEqual(len(spheres(text)), 2)

    def test_a_planned_count_or_a_later_signing(self):
        for sentence in (
            "The two leaders will sign nine agreements next week. One will let Ostrian students study in Vessa.",
            "The two leaders signed nine agreements. One will be signed later in the year.",
        ):
            with self.subTest(sentence=sentence):
                self.assertEqual(spheres(self.VISIT + sentence), [])


class Deals14TopicsOfTheRestTests(SimpleTestCase):
    """A sentence whose subject is the documents just counted or named gives their topics one by one, whatever
    stands around the list: the rest by their own kind word ("Other documents refer to ..."), an adverb before the
    verb ("also cover"), a note on an item between commas ("..., including ..., "), a relative clause on the last
    item, the source said "in a statement" after the list; a sentence about what the documents will do lists none."""

    def test_other_documents_refer_to(self):
        text = (
            "Among the documents signed are an agreement on a bridge over the Lera, a memorandum on power lines "
            "and an agreement on pensions. Other documents refer to the recognition of diplomas, cooperation in "
            "medicine, including the training of nurses, forest fire-fighting and language courses for officials "
            "who will take part in the accession talks."
        )
        expected = ["infrastructure", "energy", "labour", "education", "health", "civil_protection", "education"]
        self.assertEqual(spheres(text), expected)

    def test_the_remaining_instruments_touch_on(self):
        text = (
            "Ostria and Vessa signed nine documents in Lindar, among them a protocol on ports and an agreement on "
            "wheat. The remaining instruments mostly touch on tourism, sport and customs."
        )
        self.assertEqual(spheres(text), ["transport", "agriculture", "tourism", "sport", "customs"])

    def test_also_cover_with_the_source_in_a_statement(self):
        text = (
            "Ostria and Vessa signed 11 agreements on Friday during a visit by President Karl Berg. The deals, "
            "signed after talks between Berg and his host at the palace, also cover tourism, fisheries and "
            "customs, the foreign ministry said in a statement."
        )
        self.assertEqual(spheres(text), ["tourism", "agriculture", "customs"])

    def test_what_the_documents_will_do_is_no_list(self):
        text = (
            "Ostria and Vessa signed 11 agreements on Friday during a visit by President Karl Berg. The deals "
            "also mean more jobs, cheaper energy and faster trains, the ministry said in a statement."
        )
        self.assertEqual(spheres(text), [])


class Deals14ShortFormBeforeTheCeremonyTests(SimpleTestCase):
    """A count's short form in brackets before where or before whom it was signed ("eight memorandums of
    understanding (MOUs) in the presence of the two leaders, including on A, B and C") leaves the list after the
    ceremony the count's, as it is without the short form; the ceremony alone names no topic."""

    def test_short_form_then_presence_then_including(self):
        text = (
            "After the summit, the two sides signed six memorandums of understanding (MOUs) in the presence of "
            "the two presidents, including on ports, vaccines, and tourism."
        )
        self.assertEqual(spheres(text), ["transport", "health", "tourism"])

    def test_short_form_then_their_presence_then_covering(self):
        text = (
            "Ministers signed four memoranda of cooperation (MoCs) in their presence, covering fisheries, customs "
            "and sport."
        )
        self.assertEqual(spheres(text), ["agriculture", "customs", "sport"])

    def test_short_form_then_presence_of_named_leaders(self):
        text = (
            "The delegations exchanged five agreements (AGs) in the presence of Presidents Ana Ruiz and Karl Berg, "
            "including on visas, archives and wheat."
        )
        self.assertEqual(spheres(text), ["consular", "culture", "agriculture"])

    def test_the_ceremony_alone_names_no_topic(self):
        text = "The two sides signed three memorandums of understanding (MOUs) in the presence of the two leaders."
        self.assertNotIn("political", spheres(text))
        self.assertTrue(all("presence" not in t for t in titles(text)))


class Deals14ListAnnouncedAsTheFollowingTests(SimpleTestCase):
    """A lead-in that takes up the documents just told signed and announces them as a list in its own words ("They
    are the following:", "These comprise the following documents:", "They are listed below:") opens the list as
    "They are:" does; the same words after talk of documents still to come open none."""

    lead = (
        "Ostria and Vessa signed on Friday in Lindar five cooperation agreements during the visit of President Karl "
        "Berg. The agreements were signed at the palace by the ministers concerned.\n\n"
    )
    items = (
        "\n\n- a protocol on fisheries licences;\n\n- a memorandum on the interconnection of power grids;\n\n"
        "- an agreement on nursing schools.\n\nThe president said more would follow."
    )

    def test_they_are_the_following(self):
        text = self.lead + "They are the following:" + self.items
        self.assertEqual(spheres(text), ["agriculture", "energy", "education"])

    def test_these_comprise_the_following_documents(self):
        text = self.lead + "These comprise the following documents:" + self.items
        self.assertEqual(spheres(text), ["agriculture", "energy", "education"])

    def test_they_are_listed_below(self):
        text = self.lead + "They are listed below:" + self.items
        self.assertEqual(spheres(text), ["agriculture", "energy", "education"])

    def test_documents_still_to_come(self):
        text = (
            "Ostria and Vessa will negotiate five cooperation agreements next year, President Karl Berg said.\n\n"
            "They are the following:" + self.items
        )
        self.assertEqual(spheres(text), [])


class Deals14PartyThenTopicTests(SimpleTestCase):
    """A document's other party told after "with", and what it is for after it ("with the Lera River Authority for
    the development of a solar park", "with a trading house to study a smelter"): the topic names the field, not the
    words of the party's name or class; a topic that names no field leaves the title as it was."""

    def test_named_authority_then_purpose(self):
        text = (
            "On the sidelines, Korvan Power signed a memorandum of understanding with the Lera River Authority "
            "for the development of a solar park near Tamsa."
        )
        self.assertEqual(spheres(text), ["energy"])

    def test_trading_house_then_study(self):
        text = (
            "Among the agreements, Kolvi Mining signed an MoU with a Vessan trading house to study a plant for "
            "the smelting of nickel ore."
        )
        self.assertEqual(spheres(text), ["mining"])

    def test_port_authority_then_training(self):
        text = (
            "The university signed an agreement with the Tamsa Port Authority for the training of nurses at its "
            "clinic."
        )
        self.assertEqual(spheres(text), ["education"])

    def test_a_topic_without_a_field_keeps_the_party(self):
        text = "The ministry signed a memorandum with the Vessan Customs Service for the exchange of data."
        self.assertEqual(spheres(text), ["customs"])


class Deals14TopicDashSignersRowsTests(SimpleTestCase):
    """A list under a lead-in of the documents just signed, one a line, each its topic, a dash and who signed it
    ("Mining and geology — the Minister of Minerals and the Mines Board"): each line one document by its topic, who
    signed it no part of its title; a line that names its own kind is read as that document and leaves the list
    open; lines of topic and dash with no signer after a lead-in that signs nothing are no documents."""

    lead = (
        "Lindar, May 3 - Ostria and Vessa on Monday signed five agreements during a state visit by President Karl "
        "Berg.\n\nThe agreements were signed at the palace after talks between the delegations.\n\nThey are:\n\n"
    )

    def test_rows_of_topic_and_ministers(self):
        text = self.lead + (
            "Fisheries and aquaculture — Minister of Fisheries Ana Ruiz and the Vessan Minister of Agriculture\n"
            "Higher education — the two education ministers\n"
            "Tourism promotion — Ostrian Tourism Board chief Lev Orn and the Vessan Tourism Authority\n\n"
            "The president thanked his host."
        )
        self.assertEqual(spheres(text), ["agriculture", "education", "tourism"])

    def test_a_row_with_its_own_kind_leaves_the_list_open(self):
        text = self.lead + (
            "Customs cooperation – the heads of the two customs services\n"
            "Cultural exchange programme – Minister of Culture Ana Ruiz and her Vessan counterpart\n"
            "Sport and youth – the two sports ministers\n\n"
            "The president thanked his host."
        )
        self.assertEqual(spheres(text), ["customs", "culture", "sport"])

    def test_rows_after_a_lead_in_that_signs_nothing(self):
        text = (
            "Lindar, May 3 - President Karl Berg held talks in Lindar on Monday.\n\nThe programme:\n\n"
            "Morning — talks with the Prime Minister\nAfternoon — a visit to the Tourism Board\n\n"
            "The president thanked his host."
        )
        self.assertEqual(spheres(text), [])


class Deals15ListedKindFromTheLeadInTests(SimpleTestCase):
    """The items of a list of what was signed that name no kind word of their own ("- Cooperation in the field of
    fisheries;") are documents of the kind the lead-in names in a frame of its own ("The memoranda and programmes
    signed covered the following fields:"), or, under a lead-in of a few words that names none ("Among them:"), of
    the kind the sentence before signed; in a fact box whose lines have no stop, of the kind the lead-in named. A
    lead-in that names no plural and follows no signing keeps its items to those that name an instrument."""

    def test_two_kinds_covering_the_following_fields(self):
        text = (
            "Lindar, May 3 - Prime Minister Karl Berg and his Vessan counterpart Ana Ruiz co-chaired the joint "
            "committee on Monday.\n\nThe memoranda of understanding and executive programmes signed during the "
            "session covered the following fields:\n\n- Cooperation in the field of fisheries;\n\n- Cooperation in "
            "the field of tourism;\n\n- Cooperation in the field of customs.\n\nThe two leaders also discussed trade."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "customs"])

    def test_among_them_after_firms_signed_agreements(self):
        text = (
            "Lindar, May 3 - President Karl Berg met Vessan business leaders on Monday.\n\nFollowing the meeting, "
            "Ostrian and Vessan companies signed investment agreements worth a total of $400 million. Among them:\n\n"
            "- construction of a wind farm in the Tamsa region;\n\n- construction of a hospital in Lindar;\n\n"
            "- construction of a grain terminal at the port of Brava.\n\nBerg thanked the investors."
        )
        self.assertEqual(spheres(text), ["energy", "health", "agriculture"])

    def test_fact_box_lines_without_a_stop(self):
        text = (
            "Lindar, May 3 - President Karl Berg ended a two-day visit to Vessa on Tuesday.\n\nWhat was signed?\n\n"
            "Ministers from both governments signed three separate agreements:\n\n"
            "A memorandum of understanding on tidal power, under which Vessan firms will share turbine designs\n\n"
            "A widening of the seasonal workers scheme, raising the places from 500 to 2,000 a year\n\n"
            "An extension of the double taxation relief to pension income\n\n"
            "The two leaders also spoke about Ukraine."
        )
        self.assertEqual(spheres(text), ["energy", "labour", "finance"])

    def test_a_bare_lead_in_after_no_signing_stays_bare(self):
        text = (
            "Lindar, May 3 - President Karl Berg met Vessan business leaders on Monday, who spoke of several "
            "projects. Among them:\n\n- construction of a wind farm in the Tamsa region;\n\n- construction of a "
            "hospital in Lindar.\n\nBerg thanked the investors."
        )
        self.assertEqual(spheres(text), [])


class Deals15NegatedSigningTests(SimpleTestCase):
    """A negation of the signing in the singular ("No agreement was signed, but ...", "no document has been signed")
    or of having the document at all ("ended the talks without a joint statement") signs nothing that its sentence
    goes on to name; a document signed beside a negation of another one stays."""

    def test_no_agreement_was_signed_but_a_plan_is_drawn_up(self):
        text = (
            "Lindar, May 3 - No agreement was signed, but the two ministers said their staff had been directed to "
            "draw up a plan for joint naval patrols in the Kolva Strait."
        )
        self.assertEqual(titles(text), [])

    def test_no_document_has_been_signed_but_documents_to_be_finalised(self):
        text = (
            "Lindar, May 3 - No document has been signed during the visit, but Foreign Minister Ana Ruiz said "
            "documents on transit trade, fisheries and visas would be finalised for signing at the joint commission."
        )
        self.assertEqual(titles(text), [])

    def test_talks_ended_without_a_joint_statement(self):
        text = (
            "Lindar, May 3 - President Karl Berg raised the detained reporter with his Vessan counterpart, as the two "
            "leaders ended their talks without a joint statement or any new agreements."
        )
        self.assertEqual(titles(text), [])

    def test_a_document_signed_beside_the_negation_stays(self):
        text = (
            "Lindar, May 3 - No new agreement was signed on the gas price, but the two ministers signed a protocol on "
            "fisheries on Monday."
        )
        self.assertEqual(spheres(text), ["agriculture"])


class Deals16CountBeforeItsTopicsTests(SimpleTestCase):
    """A count of documents whose complement is only the firms and bodies that signed them and the event where they met
    ("... between Ostrian and Vessan companies and agencies at a ceremony at a hotel in Lindar") names no document
    itself, and the topics the next sentence gives it ("They involve A, B and C") are one document each."""

    lead = "Lindar, May 3 - President Karl Berg met Prime Minister Ana Ruiz of Vessa on Monday. "

    def test_firms_and_agencies_at_a_ceremony_then_the_topics(self):
        text = self.lead + (
            "Nine memoranda of understanding were exchanged between Ostrian and Vessan companies and agencies at a "
            "ceremony at a hotel in Lindar. They involve cooperation in wind power, dairy farming and tourism."
        )
        self.assertEqual(spheres(text), ["energy", "agriculture", "tourism"])

    def test_firms_and_institutions_during_a_forum_then_the_topics(self):
        text = self.lead + (
            "Six memoranda were signed between Vessan firms and institutions during a forum at the Grand Hotel. "
            "They cover fisheries, tourism and mining."
        )
        self.assertEqual(spheres(text), ["agriculture", "tourism", "mining"])

    def test_businesses_and_organisations_at_an_event_with_a_witness(self):
        text = self.lead + (
            "Twelve memoranda were signed between the two countries' businesses and organisations at an event in "
            "Lindar, witnessed by Trade Minister Ivo Sand. The memoranda cover fisheries, public health and mining."
        )
        self.assertEqual(spheres(text), ["agriculture", "health", "mining"])

    def test_firms_and_institutions_then_a_field_after_a_comma(self):
        text = self.lead + (
            "Several agreements were also signed between Ostrian and Vessan companies and institutions, including in "
            "the defence industry."
        )
        self.assertEqual(spheres(text), ["defence"])

    def test_the_firms_count_alone_names_no_document(self):
        text = self.lead + (
            "Twenty memoranda were exchanged between Ostrian and Vessan companies at a ceremony at a hotel in Lindar."
        )
        self.assertEqual(titles(text), [])

    def test_a_forum_on_a_field_is_no_mere_occasion(self):
        text = self.lead + (
            "Twenty memoranda were exchanged between Ostrian and Vessan companies at a forum on wind power in Lindar."
        )
        self.assertEqual(spheres(text), ["energy"])


class Deals16AsideInTheTopicsFrameTests(SimpleTestCase):
    """A sentence that gives the topics of documents just counted keeps them when an aside stands between its subject
    and its verb (a relative clause, the source, a linking adverb: "The agreements, which were not made public in
    detail, include ...") or between its verb and its list ("They cover, among other things, A, B and C")."""

    lead = "Lindar, May 3 - President Karl Berg and Prime Minister Ana Ruiz of Vessa signed eleven agreements today. "

    def test_a_relative_clause_between_subject_and_verb(self):
        text = self.lead + (
            "The agreements, which were not made public in detail, include legal migration, fisheries and tourism."
        )
        self.assertEqual(spheres(text), ["migration", "agriculture", "tourism"])

    def test_the_source_between_subject_and_verb(self):
        text = self.lead + "The documents, according to the ministry, cover wind power, public health and mining."
        self.assertEqual(spheres(text), ["energy", "health", "mining"])

    def test_a_linking_adverb_between_subject_and_verb(self):
        text = self.lead + "The deals, however, concern dairy farming, tourism and space research."
        self.assertEqual(spheres(text), ["agriculture", "tourism", "space"])

    def test_an_aside_between_verb_and_list(self):
        text = self.lead + "They include, in particular, wind power, tourism and public health."
        self.assertEqual(spheres(text), ["energy", "tourism", "health"])

    def test_items_with_their_own_kind_after_a_relative_clause(self):
        text = self.lead + (
            "The agreements, whose texts were not released, include memorandums on fisheries, public health and "
            "mining."
        )
        self.assertEqual(spheres(text), ["agriculture", "health", "mining"])

    def test_an_aside_in_a_sentence_about_the_talks_signs_nothing(self):
        text = self.lead + "The talks covered, among other things, fisheries, tourism and mining."
        self.assertEqual(titles(text), [])
