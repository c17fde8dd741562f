"""Tests of relations_plugin.extraction: one behaviour per test, plus a floor on the dev corpus."""

from __future__ import annotations

import datetime
import importlib.util
import io
import json
import os
import sys
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import SimpleTestCase, TestCase, override_settings

from relations_plugin.extraction import KnownPerson, Suggestions, country_code, match_person, suggest_package

# The dev split is tuned on: this floor only catches regressions, the honest figures are the test split's. It sits
# a little below dev's figures each time an unseen split joins dev (the seventh joined at en 0.786, ru 0.815, taking
# dev to en 0.934, ru 0.946; the twenty-second and twenty-third, 80 English articles at 0.857, took English to 0.903;
# the thirty-second and thirty-third, 80 at 0.762, took it from 0.905 to 0.895 with the rules unchanged; the
# thirty-fourth and thirty-fifth, 75 at 0.732, from 0.896 to 0.885, also unchanged); Russian's is a loose guard
# while the Russian reader is reworked on its own.
DEV_QUOTE_F1_FLOOR = {"en": 0.88, "ru": 0.80}
EVAL_SCRIPT = Path(__file__).resolve().parent.parent / "eval" / "run_extraction.py"


def load_eval():
    """The scoring module lives in eval/ (a script, not a package), so load it by path."""
    spec = importlib.util.spec_from_file_location("run_extraction", EVAL_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["run_extraction"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def quotes(text: str, **kwargs) -> list[tuple[str, str]]:
    """(speaker, text) pairs, checking on the way that every offset points at its text."""
    result = suggest_package(text, **kwargs)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text, (q.start, q.end, q.text)
    return [(q.speaker.name, q.text) for q in result.quotes]


INTRO = "Uzbek President Jasur Tursunov held talks with Hungarian President Gábor Kertész in Budapest.\n\n"


class ApiTests(SimpleTestCase):
    def test_to_dict_has_exactly_the_documented_keys(self):
        data = suggest_package(INTRO + "“We are ready,” Tursunov said.").to_dict()
        self.assertEqual(set(data), {"countries", "participants", "quotes", "agreements", "dates", "places"})
        self.assertEqual(set(data["quotes"][0]), {"text", "speaker", "kind", "start", "end"})
        self.assertEqual(set(data["participants"][0]), {"name", "country", "role", "title"})

    def test_empty_text_gives_empty_suggestions(self):
        self.assertEqual(suggest_package(""), Suggestions(dateline=None))

    def test_quote_items_carry_the_resolved_person(self):
        quote = suggest_package(INTRO + "“We are ready,” Tursunov said.").quotes[0]
        self.assertEqual((quote.speaker.country, quote.speaker.role), ("UZ", "head_of_state"))
        self.assertEqual(quote.attribution, "Tursunov")
        self.assertTrue(quote.marked)


class WebSpaceTests(SimpleTestCase):
    """Copy pasted from a web page keeps its no-break and thin spaces; it reads as if they were spaces."""

    ENGLISH = (
        INTRO + "“We are ready to double trade,” Tursunov said. Kertész said the two countries would open a "
        "consulate in Samarkand.\n\nThe ministers signed a memorandum on water management."
    )
    RUSSIAN = (
        "date 2023-05-10\n\nПремьер-министр Молдовы Андрей Чобану провел переговоры с премьер-министром Румынии "
        "Михаем Попеску в Бухаресте. Газопровод, по словам Чобану, будет достроен к концу года.\n"
    )

    def test_an_article_with_every_space_unbreakable_reads_as_with_spaces(self):
        for text in (self.ENGLISH, self.RUSSIAN):
            for space in ("\u00a0", "\u202f", "\u2009"):
                with self.subTest(text=text[:30], space=repr(space)):
                    pasted = text.replace(" ", space)
                    plain, web = suggest_package(text).to_dict(), suggest_package(pasted).to_dict()
                    for q in web["quotes"]:  # a quote is still the article's own words, as written
                        self.assertEqual(pasted[q["start"] : q["end"]], q["text"])
                        q["text"] = q["text"].replace(space, " ")
                    self.assertEqual(web, plain)
                    self.assertTrue(plain["quotes"])

    def test_a_russian_source_set_off_with_an_unbreakable_space_gives_the_words_on(self):
        # "по\u00a0словам X," inside a sentence: web typography keeps the preposition with its noun
        for text in (
            self.RUSSIAN,
            self.RUSSIAN.replace("Газопровод, по словам Чобану,", "Мост, по мнению молдавского премьера,"),
            self.RUSSIAN.replace("Газопровод, по словам Чобану,", "Соглашение, по его словам,"),
        ):
            with self.subTest(text=text[-60:]):
                found = quotes(text.replace("по ", "по\u00a0"))
                self.assertIn("Андрей Чобану", {name for name, _ in found})
                self.assertEqual([(n, t.replace("\u00a0", " ")) for n, t in found], quotes(text))

    def test_a_zero_width_space_is_not_a_space_and_breaks_nothing(self):
        # near miss: U+200B joins, it does not separate; the article still reads, offsets still hold
        quotes(self.ENGLISH.replace("double trade", "double\u200btrade"))


class QuotationMarkTests(SimpleTestCase):
    def test_straight_quotes(self):
        text = INTRO + '"Our trade has doubled in three years," Tursunov said.'
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our trade has doubled in three years")])

    def test_curly_quotes(self):
        text = INTRO + "“Our trade has doubled in three years,” Tursunov said."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our trade has doubled in three years")])

    def test_guillemets_with_and_without_inner_spaces(self):
        text = INTRO + "«Our trade has doubled,» Tursunov said. Kertész said: « We want more flights. »"
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "Our trade has doubled"), ("Gábor Kertész", "We want more flights.")]
        )

    def test_low_high_quotes_german_and_polish(self):
        text = INTRO + "„Our trade has doubled“, Tursunov said.\n\n„We want more flights”, Kertész said."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "Our trade has doubled"), ("Gábor Kertész", "We want more flights")]
        )

    def test_single_curly_quotes_survive_apostrophes(self):
        text = INTRO + "‘Uzbekistan’s farmers need Hungary’s machinery,’ Tursunov said."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbekistan’s farmers need Hungary’s machinery")])

    def test_nested_quotes_stay_inside_the_quote(self):
        text = INTRO + "“When we say ‘partnership’, we mean investment,” Kertész said."
        self.assertEqual(quotes(text), [("Gábor Kertész", "When we say ‘partnership’, we mean investment")])

    def test_question_with_asked(self):
        text = INTRO + "“Why should our students go anywhere else?” asked Kertész."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Why should our students go anywhere else?")])


class ReportedSpeechTests(SimpleTestCase):
    def test_unmarked_speech_with_attribution_after(self):
        text = (
            "Kazakh President Askar Zhaksylykov met Mongolian President Bat-Erdene Gansukh.\n\n"
            "Our countries are good neighbours. We share a long border, said Kazakh leader Zhaksylykov."
        )
        self.assertEqual(
            quotes(text), [("Askar Zhaksylykov", "Our countries are good neighbours. We share a long border")]
        )

    def test_third_person_words_before_their_attribution_are_reported_speech(self):
        text = INTRO + "Hungary values its ties with Uzbekistan, Kertész said."
        result = suggest_package(text)
        self.assertEqual(
            [(q.speaker.name, q.text, q.kind) for q in result.quotes],
            [("Gábor Kertész", "Hungary values its ties with Uzbekistan", "reported")],
        )

    def test_first_person_words_before_their_attribution_are_direct(self):
        text = INTRO + "We value our ties with Uzbekistan, Kertész said."
        self.assertEqual([q.kind for q in suggest_package(text).quotes], ["direct"])

    def test_attribution_followed_by_adding_that_gives_both_statements(self):
        text = (
            INTRO + "Hungary values its ties with Uzbekistan, Kertész said, adding that trade had doubled since 2020."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "Hungary values its ties with Uzbekistan"),
                ("Gábor Kertész", "trade had doubled since 2020"),
            ],
        )

    def test_as_well_as_continues_the_reported_clause(self):
        text = INTRO + "Kertész said the two leaders discussed energy and water, as well as developments in Gaza."
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "the two leaders discussed energy and water, as well as developments in Gaza")],
        )

    def test_expressing_hope_that_is_a_second_statement(self):
        text = INTRO + (
            "Kertész affirmed that Hungary wants closer ties with Uzbekistan, expressing hope that the visit would "
            "open new horizons."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "Hungary wants closer ties with Uzbekistan"),
                ("Gábor Kertész", "the visit would open new horizons"),
            ],
        )

    def test_a_name_with_the_family_name_first_is_resolved_by_it(self):
        text = (
            "Chinese Foreign Minister Zhang Haoran met Hungarian President Gábor Kertész in Budapest.\n\n"
            "Zhang said that China was ready to expand imports of Hungarian wine."
        )
        self.assertEqual(quotes(text), [("Zhang Haoran", "China was ready to expand imports of Hungarian wine")])

    def test_a_country_congratulated_on_its_achievements_is_reported_with_the_country(self):
        # over the whole dev corpus the gold keeps a country congratulated on its record more often than not
        text = INTRO + "Tursunov congratulated Hungary on its successful presidency of the Council of the EU."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "Hungary on its successful presidency of the Council of the EU")]
        )

    def test_a_person_congratulated_on_an_election_is_courtesy(self):
        text = INTRO + "Tursunov congratulated his counterpart on the recent victory of his party in the elections."
        self.assertEqual(quotes(text), [])

    def test_a_stance_confirmed_or_renewed_is_reported_with_whose_it_is(self):
        text = (
            INTRO + "Kertész confirmed his country's interest in building a fertiliser plant in Navoi. Tursunov "
            "renewed Uzbekistan's support for the Danube shipping project."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "his country's interest in building a fertiliser plant in Navoi"),
                ("Jasur Tursunov", "Uzbekistan's support for the Danube shipping project"),
            ],
        )

    def test_an_invitation_confirmed_is_no_stance(self):
        text = INTRO + "Kertész confirmed his invitation to the Uzbek leader to visit Budapest next spring."
        self.assertEqual(quotes(text), [])

    def test_thanks_for_something_of_substance_are_courtesy_too(self):
        # over the whole dev corpus the gold leaves what someone was thanked for out three times in four, support
        # and positions as much as the hospitality
        text = INTRO + "Kertész thanked Uzbekistan for its consistent support of Hungarian initiatives at the UN."
        self.assertEqual(quotes(text), [])

    def test_what_the_thanker_goes_on_to_say_is_a_statement(self):
        text = INTRO + "Tursunov thanked Hungary for its support, noting that trade had doubled."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "trade had doubled")])

    def test_gratitude_expressed_for_the_hospitality_is_protocol(self):
        # over the whole dev corpus the gold leaves thanks for the welcome or the hospitality out four times in five:
        # a courtesy, like "thanked him for the hospitality"
        text = INTRO + "Kertész expressed gratitude to his host for the warm hospitality."
        self.assertEqual(quotes(text), [])

    def test_what_a_speaker_informed_about_is_reported(self):
        text = INTRO + "Kertész informed about the plans of Hungarian banks to open branches."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the plans of Hungarian banks to open branches")])

    def test_being_informed_about_something_is_no_statement(self):
        text = INTRO + "Tursunov was informed about the plans of Hungarian banks to open branches in Tashkent."
        self.assertEqual(quotes(text), [])

    def test_what_a_speaker_appealed_for_is_reported(self):
        text = INTRO + "Tursunov appealed for more places for Uzbek students in Budapest."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "more places for Uzbek students in Budapest")])

    def test_a_plea_made_for_someone_to_act_is_reported(self):
        text = INTRO + "Kertész made a plea for the Uzbek parliament to ratify the investment treaty."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the Uzbek parliament to ratify the investment treaty")])

    def test_an_appeal_of_one_word_is_no_statement(self):
        text = INTRO + "Kertész appealed for calm."
        self.assertEqual(quotes(text), [])

    def test_a_noted_topic_is_reported_like_russian_otmetil(self):
        text = INTRO + "The Uzbek leader noted the symbolic character of the visit."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the symbolic character of the visit")])

    def test_an_unnamed_source_before_he_said_is_not_a_participant(self):
        text = (
            INTRO + "11:15 – An Ivorian diplomat tells us the leaders spent a long time on security. "
            "“Both countries share the same fear,” he said, asking not to be named."
        )
        self.assertEqual(quotes(text), [])

    def test_the_subject_of_an_adverb_and_a_first_verb_speaks_in_the_second(self):
        text = INTRO + "The Uzbek leader cordially welcomed the distinguished guest and noted the symbolic date."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the symbolic date")])

    def test_what_the_speaker_did_without_saying_ends_the_clause(self):
        text = INTRO + "He announces a new package including shells and anti-tank weapons, without giving a value."
        self.assertEqual([q for _, q in quotes(text)], ["a new package including shells and anti-tank weapons"])

    def test_marks_after_a_colon_without_a_speech_verb(self):
        text = INTRO + 'Kertész apologised to his guest at the start: "You came a long way to see us."'
        self.assertEqual(quotes(text), [("Gábor Kertész", "You came a long way to see us.")])

    def test_marks_after_a_colon_are_the_subjects_not_the_objects_named_after_the_verb(self):
        text = (
            "Peruvian Foreign Minister Elena Torres met Chilean President Tomás Ibarra in Santiago.\n\n"
            'Later, the minister posted a photo with President Ibarra, writing: "A good day for the Pacific."'
        )
        self.assertEqual(quotes(text), [("Elena Torres", "A good day for the Pacific.")])

    def test_marks_after_a_colon_stay_the_named_subjects(self):
        text = (
            "Peruvian Foreign Minister Elena Torres met Chilean President Tomás Ibarra in Santiago.\n\n"
            'Later, Ibarra thanked the minister for the visit: "A good day for the Pacific."'
        )
        self.assertEqual(quotes(text), [("Tomás Ibarra", "A good day for the Pacific.")])

    def test_a_bare_heading_before_marks_takes_the_previous_sentences_person(self):
        text = INTRO + 'Kertész spoke at the university. His main message: "Freedom of navigation is bread."'
        self.assertEqual(quotes(text), [("Gábor Kertész", "Freedom of navigation is bread.")])

    def test_a_proverb_is_not_a_quote_but_the_words_after_it_are(self):
        text = INTRO + 'Kertész recalled a proverb: "A good neighbour is worth more." "If so, we are halfway there."'
        self.assertEqual(quotes(text), [("Gábor Kertész", "If so, we are halfway there.")])

    def test_reaffirmed_reports_a_statement(self):
        text = INTRO + "Tursunov reaffirmed that Uzbekistan supports the initiative."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbekistan supports the initiative")])

    def test_a_pledge_reports_what_was_promised(self):
        text = INTRO + "Tursunov pledged to double the number of flights by next year."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "to double the number of flights by next year")])

    def test_according_to_after_a_live_blog_time_stamp(self):
        text = INTRO + "14:20 – According to Kertész, the sides agreed on visa-free travel for official passports."
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "the sides agreed on visa-free travel for official passports")]
        )

    def test_in_his_speech_opens_a_sentence_without_reporting_it(self):
        text = INTRO + "In his speech at the forum, Kertész stressed that Hungarian firms were ready to invest."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungarian firms were ready to invest")])

    def test_quoted_as_saying(self):
        text = INTRO + "Tursunov was quoted by state media as saying that the border would reopen in spring."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the border would reopen in spring")])

    def test_a_that_after_a_second_verb_belongs_to_it(self):
        text = (
            INTRO + "Kertész said Hungary welcomed the offer but stressed that any exercise must respect its waters."
        )
        self.assertEqual(
            [q for _, q in quotes(text)], ["Hungary welcomed the offer", "any exercise must respect its waters"]
        )

    def test_told_reporters_without_that(self):
        text = INTRO + "Kertész later told reporters he was optimistic about a new air route."
        self.assertEqual(quotes(text), [("Gábor Kertész", "he was optimistic about a new air route")])

    def test_a_second_verb_joined_by_and_keeps_the_subject(self):
        text = INTRO + "Tursunov noted that trade had grown, and proposed to increase the number of flights to five."
        self.assertEqual(quotes(text)[-1], ("Jasur Tursunov", "to increase the number of flights to five"))

    def test_a_statement_after_marked_words_and_a_conjunction_is_reported(self):
        text = (
            INTRO + "Kertész said the deal could close “within months”, while Tursunov said outstanding issues "
            "still needed to be resolved."
        )
        self.assertEqual(quotes(text)[-1], ("Jasur Tursunov", "outstanding issues still needed to be resolved"))

    def test_another_named_speakers_request_ends_the_clause(self):
        for line in (
            "Kertész said Hungarian banks would finance the new terminal, while Tursunov pressed for lower tariffs.",
            "Kertész said Hungarian banks would finance the new terminal, and Tursunov invited firms to Navoi.",
        ):
            with self.subTest(line=line):
                self.assertEqual(
                    quotes(INTRO + line), [("Gábor Kertész", "Hungarian banks would finance the new terminal")]
                )

    def test_a_thing_that_seeks_after_while_goes_on_with_the_clause(self):
        text = INTRO + "Kertész said the plant would open in May, while Uzbek cotton sought new buyers."
        said = "the plant would open in May, while Uzbek cotton sought new buyers"
        self.assertEqual(quotes(text), [("Gábor Kertész", said)])

    def test_a_lower_case_portfolio_joined_by_and_is_one_persons_title(self):
        intro = INTRO.replace(" in Budapest", " and Trade Minister Anna Kiss in Budapest")
        for line in (
            "Trade and industry minister Anna Kiss told reporters the talks would cover grain tariffs.",
            "Hungary's mines and energy minister Anna Kiss said the talks would cover grain tariffs.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(intro + line), [("Anna Kiss", "the talks would cover grain tariffs")])

    def test_a_name_and_a_lower_case_title_are_still_two_speakers(self):
        intro = INTRO.replace(" in Budapest", " and Trade Minister Anna Kiss in Budapest")
        line = "Kertész and trade minister Kiss said the talks would cover grain tariffs."
        self.assertEqual(quotes(intro + line), [])

    def test_a_directive_reports_what_was_asked(self):
        text = INTRO + "Tursunov urged the Hungarian side to prepare a list of joint projects."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the Hungarian side to prepare a list of joint projects")])

    def test_an_instruction_to_a_leaders_own_officials_is_an_act_not_speech(self):
        for line in (
            "Tursunov instructed the government to prepare a list of joint projects.",
            "He also instructs the Ministry of Transport to open a second rail crossing by spring.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_present_tense_statement_of_a_live_blog(self):
        text = INTRO + "Kertész says Hungary wants more students from Uzbekistan."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary wants more students from Uzbekistan")])

    def test_what_the_speaker_did_next_ends_the_clause(self):
        text = INTRO + "Kertész said the partnership was strong but stopped short of endorsing a joint position."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the partnership was strong")])

    def test_a_speaker_label_before_marks_introduces_the_quote_and_the_paragraph_goes_on(self):
        text = INTRO + 'Kertész: "We are family." He says Hungary wants more students from Uzbekistan.'
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "We are family."), ("Gábor Kertész", "Hungary wants more students from Uzbekistan")],
        )

    def test_unmarked_speech_with_title_after_the_verb(self):
        text = INTRO + "Our peoples have always been friends, the Hungarian President said at the press conference."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Our peoples have always been friends")])

    def test_unmarked_speech_introduced_by_colon(self):
        text = INTRO + "Kertész said: Hungary will always support Uzbekistan. Our doors are open."
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "Hungary will always support Uzbekistan. Our doors are open.")]
        )

    def test_unmarked_speech_stops_at_narrative_about_the_speaker(self):
        text = INTRO + "Tursunov arrived on Monday. Our trade will double, Tursunov said."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our trade will double")])

    def test_said_with_a_clause_is_reported_speech(self):
        text = INTRO + "Kertész said the presidents had discussed the new railway."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the presidents had discussed the new railway")])
        self.assertEqual(suggest_package(text).quotes[0].kind, "reported")

    def test_said_that_gives_the_clause_without_that(self):
        text = INTRO + "Tursunov said on Monday that the two countries would open a consulate in Samarkand."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the two countries would open a consulate in Samarkand")])

    def test_evaluative_speech_act_reports_its_object(self):
        text = INTRO + "Kertész hailed the constructive spirit of the talks."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the constructive spirit of the talks")])

    def test_stance_voiced_keeps_its_noun(self):
        text = INTRO + "Kertész expressed his strong support for these proposals."
        self.assertEqual(quotes(text), [("Gábor Kertész", "his strong support for these proposals")])

    def test_stance_noun_rule_leaves_other_feelings_alone(self):
        text = INTRO + "Kertész expressed confidence that the railway would open soon."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the railway would open soon")])

    def test_topic_singled_out_may_be_a_bare_noun(self):
        text = INTRO + "Kertész highlighted opportunities for joint investment in the river ports."
        self.assertEqual(quotes(text), [("Gábor Kertész", "opportunities for joint investment in the river ports")])

    def test_a_bare_topic_may_carry_modifiers_before_its_noun(self):
        for said in ("highlighted Hungarian expertise in water management", "stressed closer ties with Central Asia"):
            with self.subTest(said=said):
                self.assertEqual(quotes(INTRO + f"Kertész {said}."), [("Gábor Kertész", said.split(" ", 1)[1])])
        # (an adverb and its phrase before a clause are no topic)
        text = INTRO + "Kertész stressed again at the talks that the railway mattered."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the railway mattered")])

    def test_bare_noun_rule_does_not_take_an_adverb(self):
        text = INTRO + "Kertész stressed repeatedly in the talks that the railway mattered."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the railway mattered")])

    def test_joint_statement_is_not_a_quote(self):
        text = INTRO + "The sides stressed that trade should double. Tursunov and Kertész noted that ties are strong."
        self.assertEqual(quotes(text), [])

    def test_marked_phrase_inside_narrative_is_a_partial_quote(self):
        text = INTRO + "Tursunov praised the “frank and warm” talks."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "frank and warm")])
        self.assertEqual(suggest_package(text).quotes[0].kind, "partial")

    def test_reported_clause_keeps_its_marked_phrases(self):
        text = INTRO + "Tursunov said that relations were “at their best”."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "relations were “at their best”")])

    def test_reported_clause_whose_verb_opens_the_marks_is_whole(self):
        text = INTRO + "Tursunov said the corridor “changes everything for our farmers” in the south."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "the corridor “changes everything for our farmers” in the south")]
        )
        text = INTRO + "Kertész said Hungary “firmly rejects any pressure” on its neighbours."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary “firmly rejects any pressure” on its neighbours")])

    def test_plural_noun_opening_the_marks_is_no_clause_verb(self):
        text = INTRO + "Tursunov praised the “young pioneers” of the Fergana valley."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "young pioneers")])
        text = INTRO + "Tursunov said the “old friends” in Tashkent."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "old friends")])

    def test_a_name_given_in_marks_after_a_reported_clause_is_the_speakers_next_act(self):
        text = INTRO + "Tursunov said ties were “stronger than ever” and called Hungary “a steady friend in Europe”."
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "ties were “stronger than ever”"), ("Jasur Tursunov", "a steady friend in Europe")],
        )
        # without marks of its own the name stays in the clause's words
        text = INTRO + "Tursunov said ties were “stronger than ever” and called Hungary a steady friend."
        self.assertEqual(len(quotes(text)), 1)

    def test_so_called_names_are_not_partial_quotes(self):
        text = INTRO + "Tursunov praised the so-called “Budapest format” of consultations."
        self.assertEqual(quotes(text), [])

    def test_according_to_without_marks_is_reported_speech(self):
        text = INTRO + "According to Tursunov, the countries can increase trade to 1 billion dollars."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the countries can increase trade to 1 billion dollars")])

    def test_according_to_with_marks_is_a_quote(self):
        text = INTRO + "According to Tursunov, “trade can reach 1 billion dollars.”"
        self.assertEqual(quotes(text), [("Jasur Tursunov", "trade can reach 1 billion dollars.")])

    def test_invited_and_discussed_are_paraphrase(self):
        text = INTRO + "Tursunov invited Kertész to pay a visit to Uzbekistan. The sides discussed direct flights."
        self.assertEqual(quotes(text), [])

    def test_stated_with_a_topic_and_no_clause_is_paraphrase(self):
        text = INTRO + "The Hungarian President stated the friendly relations between the two nations."
        self.assertEqual(quotes(text), [])

    def test_a_long_office_before_the_name_still_gives_the_subject(self):
        text = (
            INTRO + "Briefing reporters, Secretary (West) in the Ministry of Foreign Economic Relations (MFER) Bence "
            "Farkas said the two sides also discussed cooperation in defence.\n\n"
            '"There was a long discussion on training," he said.'
        )
        self.assertEqual(
            quotes(text),
            [
                ("Bence Farkas", "the two sides also discussed cooperation in defence"),
                ("Bence Farkas", "There was a long discussion on training"),
            ],
        )

    def test_a_long_subject_that_ends_in_no_name_still_gives_no_speaker(self):
        text = (
            INTRO + "Briefing reporters, the head of the joint working group on the new customs code of the two "
            "countries said the two sides also discussed cooperation in defence."
        )
        self.assertEqual(quotes(text), [])


class SplitAndLongQuoteTests(SimpleTestCase):
    def test_quote_split_by_attribution_gives_parts_of_one_group(self):
        text = INTRO + "“We agreed,” Kertesz said, “to open a council that will meet every year.”"
        result = suggest_package(text)
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes],
            [("Gábor Kertész", "We agreed"), ("Gábor Kertész", "to open a council that will meet every year.")],
        )
        self.assertEqual(result.quotes[0].group, result.quotes[1].group)

    def test_multi_sentence_quote_is_one_item(self):
        text = INTRO + "“Trade has doubled. Flights are full. Students travel,” Tursunov said."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Trade has doubled. Flights are full. Students travel")])

    def test_multi_paragraph_quote_with_attribution_in_the_first_paragraph(self):
        text = INTRO + "Tursunov said: “We value Hungary's support.\n\n“We will open a trading house in Budapest.”"
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "We value Hungary's support."),
                ("Jasur Tursunov", "We will open a trading house in Budapest."),
            ],
        )

    def test_multi_paragraph_quote_with_attribution_in_the_last_paragraph(self):
        text = INTRO + "„We value Hungary's support.\n\n„We will open a trading house“, Tursunov said."
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "We value Hungary's support."), ("Jasur Tursunov", "We will open a trading house")],
        )

    def test_quote_over_three_paragraphs_is_one_group(self):
        text = INTRO + "Tursunov said: “One.\n\n“Two.\n\n“Three,” he added."
        result = suggest_package(text)
        self.assertEqual([q.text for q in result.quotes], ["One.", "Two.", "Three"])
        self.assertEqual({(q.speaker.name, q.group) for q in result.quotes}, {("Jasur Tursunov", 0)})

    def test_quote_never_closed_is_dropped(self):
        self.assertEqual(quotes(INTRO + "Tursunov said: “We are ready.\n\nThe talks ended."), [])

    def test_following_quote_in_the_same_paragraph_keeps_the_speaker(self):
        text = INTRO + "“We are friends,” Kertész said. “We will stay friends.”"
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "We are friends"), ("Gábor Kertész", "We will stay friends.")]
        )


class TranscriptAndDialogueTests(SimpleTestCase):
    def test_transcript_label_gives_the_speaker(self):
        text = INTRO + "TURSUNOV: Hungary is a reliable partner. We welcome its investors.\n\nKERTÉSZ: Thank you."
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "Hungary is a reliable partner. We welcome its investors."),
                ("Gábor Kertész", "Thank you."),
            ],
        )

    def test_a_label_with_the_speakers_title(self):
        text = (
            INTRO + "Prime Minister of Hungary Gábor Kertész: Thank you, Mr President. We came with sixty companies."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "Thank you, Mr President. We came with sixty companies.")])

    def test_a_label_alone_on_its_line_opens_the_turn_of_the_paragraphs_after(self):
        text = (
            INTRO
            + "President of Uzbekistan Jasur Tursunov:\n\nDear friends, we came to build.\n\nOur trade doubled.\n\n"
            "President of Hungary Gábor Kertész:\n\nThank you, Mr President.\n\nWe will open a bank in Tashkent."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "Dear friends, we came to build."),
                ("Jasur Tursunov", "Our trade doubled."),
                ("Gábor Kertész", "Thank you, Mr President."),
                ("Gábor Kertész", "We will open a bank in Tashkent."),
            ],
        )

    def test_a_separator_or_a_heading_in_capitals_ends_the_turn(self):
        text = (
            INTRO + "President of Uzbekistan Jasur Tursunov:\n\nWe came to build.\n\n---\n\nPRESS RELEASE\n\n"
            "MARCH 3, 2031\n\nThe delegations will visit a textile plant.\n\n"
            "President of Hungary Gábor Kertész:\n\nWe will open a bank in Tashkent."
        )
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "We came to build."), ("Gábor Kertész", "We will open a bank in Tashkent.")],
        )

    def test_a_remark_in_capitals_in_brackets_does_not_end_the_turn(self):
        text = (
            INTRO + "President of Uzbekistan Jasur Tursunov:\n\nWe came to build.\n\n(APPLAUSE)\n\n"
            "Our trade doubled.\n\nPresident of Hungary Gábor Kertész:\n\nWe will open a bank in Tashkent."
        )
        self.assertIn(("Jasur Tursunov", "Our trade doubled."), quotes(text))

    def test_a_statement_attributable_to_a_spokesperson_is_the_writers_account_of_the_meeting(self):
        text = (
            INTRO + "The following is attributable to Spokesperson Ilona Vadász:\n\n"
            "President Kertész met today with President Tursunov. The two discussed energy.\n\n"
            "President Kertész thanked his guest for the visit.\n\n"
            "The following is attributable to Spokesperson Ilona Vadász:\n\n"
            "We welcome the agreement on water."
        )
        got = quotes(text)
        self.assertFalse([t for s, t in got if s == "Ilona Vadász" and t.startswith("President Kertész")])
        self.assertIn(("Ilona Vadász", "We welcome the agreement on water."), got)

    def test_a_remark_in_brackets_before_the_labels_colon(self):
        text = (
            INTRO + "President of Uzbekistan Jasur Tursunov (retranslated): Dear colleagues, we are glad to be here."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Dear colleagues, we are glad to be here.")])

    def test_a_transcribers_note_after_a_lone_labels_colon_is_nobodys_words(self):
        text = (
            INTRO + "President of Uzbekistan Jasur Tursunov: (Translated from Uzbek)\n\nWe came to build.\n\n"
            "Our trade doubled.\n\nPresident of Hungary Gábor Kertész:\n\nWe will open a bank in Tashkent."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "We came to build."),
                ("Jasur Tursunov", "Our trade doubled."),
                ("Gábor Kertész", "We will open a bank in Tashkent."),
            ],
        )
        # (a remark in brackets with the words after it on the label's line is the line's start, as before)
        inline = INTRO + "President of Uzbekistan Jasur Tursunov: (smiling) We came to build."
        self.assertEqual(quotes(inline), [("Jasur Tursunov", "(smiling) We came to build.")])

    def test_a_transcribers_note_in_square_brackets_after_a_label_in_capitals_is_nobodys_words(self):
        text = (
            INTRO + "PRESIDENT TURSUNOV: [Delivered in Uzbek; English interpretation follows]\n\n"
            "We came to build.\n\nOur trade doubled.\n\nPRESIDENT KERTÉSZ: We will open a bank in Tashkent."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "We came to build."),
                ("Jasur Tursunov", "Our trade doubled."),
                ("Gábor Kertész", "We will open a bank in Tashkent."),
            ],
        )

    def test_a_lone_label_may_name_the_speaker_before_a_long_office(self):
        text = (
            INTRO + "President of Uzbekistan Jasur Tursunov:\n\nWe came to build.\n\n"
            "H.E. Mr. Gábor Kertész, President of the Republic of Hungary and host of the summit:\n\n"
            "We will open a bank in Tashkent."
        )
        self.assertIn(("Gábor Kertész", "We will open a bank in Tashkent."), quotes(text))
        # (what stands before the comma must be someone of the story: "In Budapest, the two presidents said:" is no
        # label)
        placed = (
            INTRO + "President of Uzbekistan Jasur Tursunov:\n\nWe came to build.\n\n"
            "Budapest, capital of the Republic of Hungary and host of the summit:\n\nWe will open a bank in Tashkent."
        )
        self.assertNotIn("We will open a bank in Tashkent.", [t for _, t in quotes(placed)])

    def test_the_paragraph_under_a_lone_label_is_the_speakers_whatever_it_says(self):
        text = (
            INTRO + "President of Uzbekistan Jasur Tursunov:\n\nWe came to build.\n\n"
            "President of Hungary Gábor Kertész:\n\nPeace be upon this house and all who enter it.\n\n"
            "We will open a bank in Tashkent."
        )
        self.assertIn(("Gábor Kertész", "Peace be upon this house and all who enter it."), quotes(text))
        # (under a sentence that ends with a colon the writer goes on: "The below is attributable to X:")
        told = (
            INTRO + "The below is attributable to Spokesperson Ilona Vadász:\n\n"
            "President Kertész met today with President Tursunov in the palace."
        )
        self.assertNotIn("Ilona Vadász", [s for s, _ in quotes(told)])

    def test_a_press_officers_lone_label_over_a_readout_signs_the_writers_account(self):
        text = (
            "Readout of the Presidents' Meeting\n\nPress Secretary Ilona Vadász:\n\n"
            "President Gábor Kertész welcomed President Jasur Tursunov of Uzbekistan to Budapest today. The two "
            "leaders discussed energy.\n\nPresident Kertész thanked his guest for the visit."
        )
        self.assertNotIn("Ilona Vadász", [s for s, _ in quotes(text)])
        # (a leader's own lone label still gives him the paragraph under it, whatever it says)
        spoken = (
            INTRO + "President of Hungary Gábor Kertész:\n\nPeace be upon this house and all who enter it.\n\n"
            "President of Uzbekistan Jasur Tursunov:\n\nWe came to build."
        )
        self.assertIn(("Gábor Kertész", "Peace be upon this house and all who enter it."), quotes(spoken))

    def test_lines_of_one_paragraph_of_a_speech_are_one_quote(self):
        text = (
            INTRO + "President of Hungary Gábor Kertész:\n\nHonoured President Tursunov,\nEsteemed guests,\n"
            "Jó napot!\n\nWe will open a bank in Tashkent.\n\nPresident of Uzbekistan Jasur Tursunov:\n\n"
            "We came to build."
        )
        self.assertEqual(
            quotes(text)[:2],
            [
                ("Gábor Kertész", "Honoured President Tursunov,\nEsteemed guests,\nJó napot!"),
                ("Gábor Kertész", "We will open a bank in Tashkent."),
            ],
        )
        # (where every paragraph is a line of its own, each line stands alone)
        lined = (
            INTRO.rstrip() + "\nPresident of Hungary Gábor Kertész:\nWe will open a bank in Tashkent.\n"
            "Our trade doubled.\nPresident of Uzbekistan Jasur Tursunov:\nWe came to build."
        )
        self.assertEqual(
            quotes(lined)[:2],
            [("Gábor Kertész", "We will open a bank in Tashkent."), ("Gábor Kertész", "Our trade doubled.")],
        )

    def test_a_lead_in_of_a_name_and_a_set_off_phrase_gives_the_speaker_of_the_quote_after_it(self):
        text = (
            INTRO + "14:20\nKertész, speaking to reporters through an interpreter:\n\n"
            '"We have opened a new road between our peoples."\n\n15:00\nThe delegations left.'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "We have opened a new road between our peoples.")])
        # (a lead-in whose name is no one of the story gives no speaker)
        placed = INTRO + 'Budapest, on the eve of the summit:\n\n"We have opened a new road."\n\nThe delegations left.'
        self.assertEqual(quotes(placed), [])

    def test_an_apostrophe_inside_a_word_does_not_end_a_statement_run_over_paragraphs(self):
        text = (
            INTRO + 'Before the talks, Tursunov said:\n\n"Today I begin a visit to Hungary.\n\n'
            "Hungary's firms are among our largest investors, and we don't forget it.\n\n"
            'I am confident the visit will succeed."\n\nThe delegations then left.'
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "Today I begin a visit to Hungary."),
                ("Jasur Tursunov", "Hungary's firms are among our largest investors, and we don't forget it."),
                ("Jasur Tursunov", "I am confident the visit will succeed."),
            ],
        )
        # (a mark that opens a name in a middle paragraph still leaves the opening mark unclosed, as before)
        named = text.replace("Hungary's firms are among", 'The "Open Roads" firms are among')
        self.assertEqual(quotes(named), [])

    def test_a_statement_issued_in_full_after_the_colon_is_the_issuers(self):
        text = (
            INTRO + "Before leaving Tashkent, President Tursunov issued the following statement:\n\n"
            '"Today I begin a visit to Hungary, a valued partner."\n\nThe delegations then left.'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Today I begin a visit to Hungary, a valued partner.")])
        # (a document given out is no statement of his: "issued the following decree:")
        decree = text.replace("following statement:", "following decree:")
        self.assertEqual(quotes(decree), [])

    def test_the_writers_closing_lines_after_the_last_turn_are_no_ones_words(self):
        text = (
            INTRO + "Prime Minister of Hungary Gábor Kertész: Welcome. We are glad.\n\n"
            "President of Uzbekistan Jasur Tursunov: Thank you.\n\nWe will meet again in Samarkand.\n\n"
            "The President will travel on to Debrecen on Friday."
        )
        got = quotes(text)
        self.assertIn(("Jasur Tursunov", "We will meet again in Samarkand."), got)
        self.assertNotIn("The President will travel on to Debrecen on Friday.", [t for _, t in got])

    def test_the_last_turn_goes_on_through_its_own_said_and_through_a_named_initiative(self):
        text = (
            INTRO + "Prime Minister of Hungary Gábor Kertész: Welcome. We are glad.\n\n"
            "President of Uzbekistan Jasur Tursunov: Thank you.\n\n"
            "Uzbekistan has always said that trade needs roads. We want to add value at home.\n\n"
            'I told the President about our plan "Silk Gate", which will open next year.\n\n'
            "We will meet again in Samarkand."
        )
        got = quotes(text)
        self.assertIn(
            ("Jasur Tursunov", "Uzbekistan has always said that trade needs roads. We want to add value at home."), got
        )
        self.assertIn(
            ("Jasur Tursunov", 'I told the President about our plan "Silk Gate", which will open next year.'), got
        )
        self.assertIn(("Jasur Tursunov", "We will meet again in Samarkand."), got)

    def test_after_the_last_turn_the_writer_telling_of_words_is_no_ones_line(self):
        text = (
            INTRO + "Prime Minister of Hungary Gábor Kertész: Welcome. We are glad.\n\n"
            "President of Uzbekistan Jasur Tursunov: Thank you.\n\n"
            "After the statements, Tursunov told reporters our ties were strong."
        )
        got = [t for _, t in quotes(text)]
        self.assertNotIn("After the statements, Tursunov told reporters our ties were strong.", got)

    def test_journalists_questions_are_not_quotes(self):
        text = INTRO + "QUESTION: Will you sign a gas deal?\n\nTURSUNOV: We are working on it."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "We are working on it.")])

    def test_dash_dialogue_with_attribution_inside(self):
        text = INTRO + "– We agreed on the route, – said the Uzbek leader. – The corridor will open next year."
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "We agreed on the route"), ("Jasur Tursunov", "The corridor will open next year.")],
        )


class PronounTests(SimpleTestCase):
    def test_a_spouses_honorific_does_not_make_the_leader_she(self):
        text = (
            "The President of Ostria, Tomas Brenner, and Mrs Elena Brenner welcomed the President of Vessa, "
            "Mr Karl Adler, at the palace on Monday.\n\n"
            "Mrs Brenner later showed the guests the palace gardens.\n\n"
            "President Adler thanked his host for the welcome.\n\n"
            "During the talks, President Brenner referred to the long friendship of the two nations, which he said "
            "had grown from the river trade."
        )
        self.assertEqual(quotes(text), [("Tomas Brenner", "had grown from the river trade")])
        # (a woman's honorific before a surname no one else bears still keeps "he" from her)
        text = (
            text.replace("and Mrs Elena Brenner ", "")
            .replace("Mrs Brenner later", "Ms Brenner, the first woman to hold the office, later")
            .replace("Tomas Brenner", "Tomasa Brenner")
        )
        self.assertEqual(quotes(text), [("Karl Adler", "had grown from the river trade")])

    def test_he_added_goes_to_the_last_named_speaker(self):
        text = INTRO + "“We are friends,” Kertész said.\n\n“And we will stay friends,” he added."
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "We are friends"), ("Gábor Kertész", "And we will stay friends")]
        )

    def test_unmarked_he_added(self):
        text = INTRO + "“We are friends,” Kertész said.\n\nThe council will meet in May, he added."
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "We are friends"), ("Gábor Kertész", "The council will meet in May")]
        )

    def test_a_pronoun_after_someone_from_the_street_introduced_by_age_or_style_is_theirs(self):
        for stranger in (
            "Among the crowd at the gate was Bakhtiyor Rasulov, 61, who sells dried apricots in Szeged.",
            "In Tashkent the news pleased a retired engineer, Mr Ilhom Saidov, who once studied in Hungary.",
        ):
            text = (
                INTRO + "“We want the railway,” Tursunov said.\n\n"
                f"{stranger}\n\n“I have waited thirty years to see our president here,” he said."
            )
            with self.subTest(stranger=stranger):
                self.assertEqual(quotes(text), [("Jasur Tursunov", "We want the railway")])

    def test_a_pronoun_after_a_participant_introduced_by_style_is_still_theirs(self):
        text = (
            INTRO + "“We want the railway,” Tursunov said.\n\n"
            "Mr Kertész showed his guest the embankment.\n\n“Uzbekistan is a partner of the first rank,” he said."
        )
        self.assertEqual(quotes(text)[-1], ("Gábor Kertész", "Uzbekistan is a partner of the first rank"))

    def test_she_said_follows_a_paraphrase_subject(self):
        text = (
            "Kazakhstan's Minister of Foreign Affairs Daulet Nurpeisov met Austrian Federal Minister for European "
            "and International Affairs Elisabeth Hainzl in Vienna.\n\n"
            "“Austria is a key investor,” Nurpeisov said.\n\n"
            "Hainzl noted the interest of Austrian business in Central Asia.\n\n"
            "“Our universities are ready to open joint programmes,” she said."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Daulet Nurpeisov", "Austria is a key investor"),
                ("Elisabeth Hainzl", "the interest of Austrian business in Central Asia"),
                ("Elisabeth Hainzl", "Our universities are ready to open joint programmes"),
            ],
        )

    def test_according_to_him_follows_the_subject_named_after_the_last_speaker(self):
        text = (
            INTRO + "Tursunov noted that trade had doubled in three years.\n\n"
            "Kertész, in turn, thanked his host. According to him, Hungary is ready to open a trade house."
        )
        self.assertEqual(quotes(text)[-1], ("Gábor Kertész", "Hungary is ready to open a trade house"))

    def test_she_said_opening_a_paragraph_follows_the_subject_described_just_before(self):
        text = (
            "Japanese Foreign Minister Yoko Shimazaki met Peruvian Foreign Minister Javier Olaechea in Lima.\n\n"
            "“We are partners,” Olaechea said.\n\n"
            "On Wednesday, Tokyo's chief diplomat toured a disaster prevention centre in Callao.\n\n"
            "“Earthquakes do not respect borders,” she said."
        )
        self.assertEqual(quotes(text)[-1], ("Yoko Shimazaki", "Earthquakes do not respect borders"))

    def test_a_second_surname_names_the_person_on_later_mentions(self):
        text = (
            "Mexican President Mariana Villasenor Ortiz met Canadian Prime Minister Claire Doucet.\n\n"
            "Villasenor said the partnership was strong."
        )
        self.assertEqual(quotes(text), [("Mariana Villasenor Ortiz", "the partnership was strong")])

    def test_a_participle_later_in_the_sentence_goes_on_in_the_same_voice(self):
        text = (
            INTRO + "Kertész said the partnership was strong but stopped short of a joint position, saying each "
            "country would defend its own interests."
        )
        self.assertEqual(quotes(text)[-1], ("Gábor Kertész", "each country would defend its own interests"))

    def test_a_sentence_of_a_connective_and_that_goes_on_with_the_statement(self):
        # ("He said that A. Likewise, that B.": the second sentence has no verb of its own, the first one's reports it)
        text = INTRO + (
            "Kertész said that Hungary would open a trade office in Tashkent.\n\n"
            "Likewise, that Hungarian banks were ready to finance joint projects. In addition, that the two "
            "countries should expand flights."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "Hungary would open a trade office in Tashkent"),
                ("Gábor Kertész", "Hungarian banks were ready to finance joint projects"),
                ("Gábor Kertész", "the two countries should expand flights"),
            ],
        )
        # ("that" as the subject of its own verb is the writer's sentence)
        text = INTRO + "Kertész said that Hungary would open a trade office in Tashkent. Also, that would help trade."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary would open a trade office in Tashkent")])

    def test_a_later_and_that_hangs_on_the_nearer_speech_verb(self):
        # ("praised A and stated that B, and that C": "and that C" goes on with "stated", not after "praised")
        text = INTRO + (
            "Kertész praised the new rail link across the steppe and stated that Hungary is a reliable partner for "
            "Central Asia, and that Budapest hopes to double trade by 2030."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "the new rail link across the steppe"),
                (
                    "Gábor Kertész",
                    "Hungary is a reliable partner for Central Asia, and that Budapest hopes to double trade by 2030",
                ),
            ],
        )
        # (with no verb between, the later participle still adds the same speaker's statement)
        text = INTRO + (
            "Kertész praised the new rail link across the steppe, but stopped short of a date, saying funding "
            "was still being discussed."
        )
        self.assertEqual(quotes(text)[-1], ("Gábor Kertész", "funding was still being discussed"))


class AttributionGrammarTests(SimpleTestCase):
    """The grammar of attribution in shapes the dev corpus has once or never: each test words a kind anew."""

    def test_our_head_of_state_without_a_tag_is_not_the_one_come_to_our_country(self):
        lead = (
            "On June 3, President of the Republic of Kenya William Odhiambo held talks with President of Ghana "
            "Kofi Mensah, who arrived in our country on an official visit.\n\n"
        )
        text = lead + "The Head of our state noted that the visit would bring the two nations closer."
        self.assertEqual(quotes(text), [("William Odhiambo", "the visit would bring the two nations closer")])

    def test_our_head_of_state_when_the_guest_came_by_office_and_country(self):
        text = (
            "On June 3, the Joint Council chaired by President of the Republic of Kenya William Odhiambo and "
            "President of the Republic of Ghana Kofi Mensah met in Nairobi.\n\nThe President of Ghana arrived in "
            "our country on a working visit on the eve of the meeting. The Head of our state met the guest at the "
            "airport.\n\n"
            '"Ghana is our closest partner," the Head of our state said.\n\n'
            "President of Togo Edem Agbeko joined the leaders by video link."
        )
        self.assertEqual(quotes(text)[0], ("William Odhiambo", "Ghana is our closest partner"))

    def test_our_head_of_state_under_a_dateline_is_the_datelines_side(self):
        text = (
            "ACCRA, June 3 - President of the Republic of Kenya William Odhiambo held talks with President of "
            "Ghana Kofi Mensah.\n\nThe Head of our state noted that the visit would bring the two nations closer."
        )
        self.assertEqual(quotes(text), [("Kofi Mensah", "the visit would bring the two nations closer")])

    def test_the_leader_of_our_country_is_the_outlets_side_after_the_other_spoke(self):
        body = (
            "Kofi Mensah said Ghana wanted more flights to Nairobi.\n\n"
            '"We will open our markets to Ghanaian cocoa," the leader of our country said.'
        )
        lead = (
            "On June 3, President of the Republic of Kenya William Odhiambo held talks with President of Ghana "
            "Kofi Mensah, who arrived in our country on an official visit.\n\n"
        )
        self.assertEqual(quotes(lead + body)[-1], ("William Odhiambo", "We will open our markets to Ghanaian cocoa"))
        # (under a dateline the outlet's side is the dateline's, though its leader spoke last)
        lead = (
            "ACCRA, June 3 - President of the Republic of Kenya William Odhiambo held talks with President of "
            "Ghana Kofi Mensah.\n\n"
        )
        body = body.replace("Kofi Mensah said Ghana", "William Odhiambo said Kenya")
        self.assertEqual(quotes(lead + body)[-1], ("Kofi Mensah", "We will open our markets to Ghanaian cocoa"))

    def test_an_aide_named_in_a_set_off_phrase_of_voice_is_not_the_subject(self):
        text = (
            "ABUJA - President of Ghana Kofi Mensah held talks with Nigerian President Musa Bello on Monday.\n\n"
            "Bello, in a statement by his Special Adviser on Media, Mr Ade Ojo, said the two countries would open "
            "their border posts around the clock.\n\n"
            "Mensah, through his Senior Adviser on Trade, Ama Boateng, said Ghana would cut fees for Nigerian "
            "trucks.\n\n"
            "Ghana's Minister of Trade, Ama Boateng, said the fees would fall in May."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Musa Bello", "the two countries would open their border posts around the clock"),
                ("Kofi Mensah", "Ghana would cut fees for Nigerian trucks"),
                # (a name set off after an office with no phrase of voice before it is the subject itself)
                ("Ama Boateng", "the fees would fall in May"),
            ],
        )

    def test_a_leaders_own_spokesman_in_his_attribution_makes_him_no_party_voice(self):
        text = (
            "ABUJA - President of Ghana Kofi Mensah held talks with Nigerian President Musa Bello on Monday.\n\n"
            "Bello, in a statement by his spokesman, Ade Ojo, said the two countries would open their border posts "
            "around the clock.\n\n"
            '"We are brothers," Bello told reporters.'
        )
        expected = [
            ("Musa Bello", "the two countries would open their border posts around the clock"),
            ("Musa Bello", "We are brothers"),
        ]
        self.assertEqual(quotes(text), expected)
        # (a party's spokesman is still no voice of the visit)
        text += "\n\nAde Ojo, the party's trade spokesman, said the deal was rushed."
        self.assertEqual(quotes(text), expected)

    def test_a_name_sharing_words_with_an_earlier_one_is_the_fuller_name_written(self):
        text = (
            "RIYADH - Minister of State Adel bin Mohammed Al-Harbi received Brazilian Foreign Minister Paulo Teixeira "
            "Lima on Sunday.\n\n"
            "Chairman of the Saudi Business Council Hassan bin Mohammed Al-Shehri affirmed, in a speech at the forum, "
            "that Brazil is the Kingdom's largest trading partner in Latin America.\n\n"
            "Minister of State Adel bin Mohammed Al-Harbi said the forum would meet again in Sao Paulo."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Hassan bin Mohammed Al-Shehri", "Brazil is the Kingdom's largest trading partner in Latin America"),
                ("Adel bin Mohammed Al-Harbi", "the forum would meet again in Sao Paulo"),
            ],
        )

    def test_a_titled_family_name_alone_is_the_one_named_in_full_with_that_office(self):
        text = (
            "FM Khan, Chinese counterpart hold talks\n\n"
            "BEIJING, May 2 (APP): Foreign Minister Senator Ali Raza Khan and Chinese Foreign Minister Tang Wei on "
            "Thursday held talks at the guesthouse.\n\n"
            "Foreign Minister Tang said China valued the friendship."
        )
        self.assertEqual(quotes(text), [("Tang Wei", "China valued the friendship")])
        people = [p.name for p in suggest_package(text).participants]
        self.assertEqual(people, ["Ali Raza Khan", "Tang Wei"])
        # (one of the family name in another office is someone else)
        text = text.replace("Foreign Minister Tang said", "Vice Minister Tang said")
        self.assertNotIn(("Tang Wei", "China valued the friendship"), quotes(text))

    def test_a_lead_in_whose_subject_is_a_person_gives_him_the_paragraph_its_colon_opens(self):
        lead = (
            "NAIROBI - President Hendra Wiranto of Indonesia held talks with Kenyan President Samuel Otieno on "
            "Monday.\n\nOtieno said trade was too small.\n\n"
        )
        words = '\n\n"Our grandparents met as equals. Today we meet as partners."'
        for intro in (
            "Wiranto invoked the Asian-African conference in Bandung:",
            "Wiranto, speaking in Bahasa Indonesia through an interpreter, invoked the Asian-African conference:",
        ):
            self.assertEqual(
                quotes(lead + intro + words)[-1],
                ("Hendra Wiranto", "Our grandparents met as equals. Today we meet as partners."),
            )
        # (one named as the object of a lead-in is not its speaker)
        intro = "The banquet menu honoured President Wiranto with a line from the 1955 conference:"
        self.assertEqual(quotes(lead + intro + words), [("Samuel Otieno", "trade was too small")])

    def test_a_plural_title_of_two_countries_then_two_names_gives_each_his_country(self):
        text = (
            "LIMA, May 3. The Presidents of Peru and Chile, Rosa Quispe and Tomas Fuentes, held talks in Lima on "
            "Monday.\n\nAddressing the press after the talks, the Peruvian President said the railway would open in "
            "2030."
        )
        self.assertEqual(quotes(text), [("Rosa Quispe", "the railway would open in 2030")])
        people = [(p.name, p.country) for p in suggest_package(text).participants]
        self.assertEqual(people, [("Rosa Quispe", "PE"), ("Tomas Fuentes", "CL")])
        # (names after a plural title of no countries are left to the sides' other cues)
        text = text.replace("The Presidents of Peru and Chile,", "The two neighbours' leaders,")
        self.assertNotIn(("Tomas Fuentes", "PE"), [(p.name, p.country) for p in suggest_package(text).participants])

    def test_an_appraised_thing_ends_at_a_colon_before_the_writers_facts(self):
        text = INTRO + (
            "Kertész welcomed the growth of trade between the two countries: with 300 Hungarian firms active in "
            "Uzbekistan, Hungary is its largest partner in the region."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "the growth of trade between the two countries")])

    def test_a_participle_after_an_attribution_is_added_by_whoever_said_it(self):
        text = INTRO + (
            "Tursunov accepted an invitation to visit Hungary again, officials said, adding that dates would be set "
            "later.\n\n"
            "Tursunov accepted an invitation to return in the autumn, Kertész said, adding that a forum would follow."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "Tursunov accepted an invitation to return in the autumn"),
                ("Gábor Kertész", "a forum would follow"),
            ],
        )

    def test_a_participle_after_a_set_off_title_is_the_subjects(self):
        text = (
            INTRO + "Tursunov, the Uzbek leader, said the railway would open in May, adding that tariffs would fall."
        )
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "the railway would open in May"), ("Jasur Tursunov", "tariffs would fall")],
        )

    def test_a_participle_of_noting_after_a_narrated_act_reports_its_object(self):
        text = INTRO + (
            "Kertész invited Uzbek firms to invest in Hungarian spas, noting the long experience of Hungary in "
            "this field."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "the long experience of Hungary in this field")])

    def test_a_participle_of_affirming_after_a_welcome_reports_its_object(self):
        text = INTRO + (
            "Kertész received his guest at the Sándor Palace, affirming the long-standing ties between the two "
            "peoples."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "the long-standing ties between the two peoples")])

    def test_a_participle_with_its_particle_after_marked_words_reports_its_own_clause(self):
        for line, said in (
            (
                'Kertész said trade "remains below its potential", calling on companies to seize the new '
                "opportunities.",
                "companies to seize the new opportunities",
            ),
            (
                'Kertész called the ties "old and patient", pointing out that Hungarian banks had lent to Uzbek '
                "firms since 1995.",
                "Hungarian banks had lent to Uzbek firms since 1995",
            ),
        ):
            with self.subTest(line=line):
                self.assertIn(("Gábor Kertész", said), quotes(INTRO + line))

    def test_referring_to_after_marked_words_is_the_writers_gloss(self):
        text = INTRO + (
            'Kertész thanked Tursunov for his help "in the hard days of May," referring to the floods that hit the '
            "south that spring."
        )
        self.assertNotIn("hit the south that spring", " ".join(t for _, t in quotes(text)))

    def test_a_courtesy_call_on_a_leader_is_no_directive(self):
        text = INTRO + "Kertész called on President Tursunov and discussed ways to deepen trade."
        self.assertEqual(quotes(text), [])

    def test_a_call_on_two_countries_to_act_is_a_directive(self):
        text = INTRO + "Kertész called on Uzbekistan and Kazakhstan to open their markets."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Uzbekistan and Kazakhstan to open their markets")])

    def test_an_urging_of_a_long_named_party_is_a_directive(self):
        for line, said in (
            (
                "Kertész called on the water agencies of the two neighbouring states to share river data daily.",
                "the water agencies of the two neighbouring states to share river data daily",
            ),
            (
                "Kertész urged dairy farmers, including small cooperatives, to apply for the new export credits.",
                "dairy farmers, including small cooperatives, to apply for the new export credits",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", said)])

    def test_a_request_for_help_with_a_purpose_is_no_long_directive(self):
        text = (
            INTRO + "Kertész asked for Uzbekistan's backing of the Hungarian bid to host the 2031 rowing championship."
        )
        self.assertNotIn(
            "Uzbekistan's backing of the Hungarian bid to host the 2031 rowing championship",
            [t for _, t in quotes(text)],
        )

    def test_a_participle_of_a_feeling_voiced_reports_what_it_is_about(self):
        for line, said in (
            (
                "Kertész welcomed the Uzbek President and his delegation, expressing pride in the close relations "
                "binding the two countries.",
                "pride in the close relations binding the two countries",
            ),
            (
                "Kertész visited the diaspora in Pécs, expressing gratitude to the city for creating good conditions "
                "for its schools.",
                "gratitude to the city for creating good conditions for its schools",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", said)])

    def test_a_participle_of_thanks_for_a_welcome_or_for_greetings_is_a_courtesy(self):
        for line in (
            "Kertész thanked his host, expressing gratitude for the warm welcome.",
            "Kertész read the letter, expressing gratitude for the greetings of the Uzbek people.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_a_participle_of_affirming_before_an_adverb_is_no_statement(self):
        text = INTRO + "Kertész received his guest at the Sándor Palace, affirming once more."
        self.assertEqual(quotes(text), [])

    def test_a_participle_of_noting_before_a_bare_noun_is_no_statement(self):
        text = INTRO + "Kertész invited Uzbek firms to invest in Hungarian spas, noting interest."
        self.assertEqual(quotes(text), [])

    def test_the_subject_after_where_speaks(self):
        text = INTRO + (
            "Kertész later addressed the parliament, where he reaffirmed Hungary's commitment to the partnership."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary's commitment to the partnership")])

    def test_told_this_newspaper_is_an_audience(self):
        text = INTRO + "Tursunov told this newspaper the new border post would open in June."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the new border post would open in June")])

    def test_the_writers_even_as_ends_the_clause(self):
        text = INTRO + (
            "Tursunov insisted that the visit was a success, even as critics asked why no loan was signed."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the visit was a success")])

    def test_what_a_thing_is_held_up_as_stays_in_the_clause(self):
        text = INTRO + (
            "Kertész pointed to the new logistics park in Debrecen, built with Uzbek capital, as a model for "
            "future joint ventures."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "the new logistics park in Debrecen, built with Uzbek capital, as a model for future joint "
                    "ventures",
                )
            ],
        )

    def test_as_a_clause_of_the_writers_still_ends_the_clause(self):
        text = INTRO + "Kertész said trade would double, as a new rail link opened in Tashkent."
        self.assertEqual(quotes(text), [("Gábor Kertész", "trade would double")])

    def test_an_as_inside_the_speakers_marked_words_does_not_end_the_clause(self):
        text = INTRO + 'Kertész said the two of them had talked "plainly, as neighbours should" about the border.'
        said = 'the two of them had talked "plainly, as neighbours should" about the border'
        self.assertEqual(quotes(text), [("Gábor Kertész", said)])

    def test_an_as_after_the_closing_mark_still_ends_the_clause(self):
        text = INTRO + 'Kertész said the talks had been "plain and useful," as the delegations left the palace.'
        self.assertEqual(quotes(text), [("Gábor Kertész", 'the talks had been "plain and useful,"')])

    def test_a_directive_with_its_request_in_marks_gives_the_marked_words(self):
        text = INTRO + 'Kertész urged Uzbek exporters to "look beyond cotton" in their search for buyers.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "look beyond cotton")])

    def test_a_directive_not_to_do_something_in_marks_gives_the_marked_words(self):
        text = INTRO + 'Kertész called on Hungarian banks not to "wait for the perfect moment" before lending.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "wait for the perfect moment")])

    def test_asking_not_to_be_something_in_marks_stays_a_partial_quote(self):
        text = INTRO + 'Kertész asked not to be "quoted on the gas price" during the talks.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "quoted on the gas price")])

    def test_a_reason_with_its_own_tensed_verb_after_as_stays_in_the_clause(self):
        text = INTRO + "Kertész said the pipeline mattered to Hungary, as its refineries are short of crude."
        said = "the pipeline mattered to Hungary, as its refineries are short of crude"
        self.assertEqual(quotes(text), [("Gábor Kertész", said)])

    def test_the_talks_going_on_after_as_still_end_the_clause(self):
        text = INTRO + "Kertész said the pipeline mattered to Hungary, as the talks were drawing to a close."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the pipeline mattered to Hungary")])

    def test_a_clause_whose_own_subject_acted_in_an_irregular_past_runs_on_over_its_next_act(self):
        text = INTRO + (
            "Tursunov said Uzbekistan sought more access for its cotton and fruit, and requested Hungarian firms to "
            "invest in its textile parks."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Jasur Tursunov",
                    "Uzbekistan sought more access for its cotton and fruit, and requested Hungarian firms to invest "
                    "in its textile parks",
                )
            ],
        )

    def test_a_set_off_role_after_a_short_subject_leaves_the_clause_whole(self):
        text = INTRO + (
            "Kertész added that Hungary, as chair of the group this year, welcomed Uzbekistan's interest in "
            "closer ties."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "Hungary, as chair of the group this year, welcomed Uzbekistan's interest in closer ties",
                )
            ],
        )

    def test_a_headlines_report_with_single_marks_the_body_quotes_is_the_bodys(self):
        text = (
            "Hungarian minister visits Tashkent, pledges rail link will be 'fully open' next year\n\n"
            "Hungarian Foreign Minister Péter Szabó held talks with Uzbek President Jasur Tursunov in Tashkent.\n\n"
            '"The rail link will be fully open next year, and our trains will run every day," Szabó said.'
        )
        self.assertEqual(
            quotes(text),
            [("Péter Szabó", "The rail link will be fully open next year, and our trains will run every day")],
        )

    def test_a_dateline_is_no_part_of_the_subject_and_called_on_is_a_second_act(self):
        text = (
            "TASHKENT, April 15 (UzA) – Hungarian Minister of Foreign Affairs and Trade Péter Szabó, who is on a "
            "two-day visit to Uzbekistan, said in an interview that Hungary remains a firm supporter of the rail "
            "corridor and called on both governments to finish the customs talks this year."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Péter Szabó", "Hungary remains a firm supporter of the rail corridor"),
                ("Péter Szabó", "both governments to finish the customs talks this year"),
            ],
        )

    def test_marks_in_the_speakers_gloss_of_the_appraised_thing_stay_in_the_statement(self):
        text = INTRO + (
            "Kertész expressed his country's support for the new rail corridor, which he described as \"a lifeline "
            'for both economies."'
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "his country's support for the new rail corridor, which he described as \"a lifeline for both "
                    'economies."',
                )
            ],
        )

    def test_marks_in_the_appraised_thing_itself_are_a_partial_quote(self):
        text = INTRO + 'Kertész praised the "frank and warm" talks.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "frank and warm")])

    def test_said_with_a_pronoun_and_its_verb_after_a_comma_is_no_inverted_attribution(self):
        text = INTRO + (
            "There was a long dinner. And there was a young nurse who, at the back of the hall, said she had never "
            "seen a president in person."
        )
        self.assertEqual(quotes(text), [])

    def test_said_with_an_inverted_speaker_after_a_comma_still_attributes(self):
        text = INTRO + "The rail link will open in May, said Tursunov."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "The rail link will open in May")])

    def test_a_feeling_voiced_first_is_the_speakers_statement(self):
        text = INTRO + (
            "Expressing his satisfaction with the growth of trade in recent years, Kertész noted that the two "
            "sides should open more direct flights."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "his satisfaction with the growth of trade in recent years"),
                ("Gábor Kertész", "the two sides should open more direct flights"),
            ],
        )

    def test_both_sides_act_after_an_appraisal_ends_it_whatever_the_capitals(self):
        text = INTRO + (
            "Kertész stressed the importance of ties between the two peoples, and the two Presidents agreed to "
            "double student exchanges."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "the importance of ties between the two peoples")])

    def test_a_said_clause_goes_on_over_its_own_colon(self):
        text = INTRO + "Tursunov said that the plan had two parts: a railway to the border and a new port."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "the plan had two parts: a railway to the border and a new port")]
        )

    def test_a_relative_clause_naming_another_person_leaves_the_subject_its_own(self):
        text = (
            "Uzbek Foreign Minister Aziz Karimov held talks in Budapest.\n\n"
            "The Hungarian Foreign Minister, Mr Péter Szabó, who signed the accords with his Uzbek counterpart, "
            "Mr Aziz Karimov, told reporters that the deals opened a new chapter.\n\n"
            "“We have waited thirty years for this railway,” he said."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Péter Szabó", "the deals opened a new chapter"),
                ("Péter Szabó", "We have waited thirty years for this railway"),
            ],
        )

    def test_a_verb_joined_by_but_after_marked_words_keeps_the_first_subject(self):
        text = (
            INTRO + 'Kertész promised Hungary would "keep its word on the pipeline," but warned that prices '
            "could rise next winter."
        )
        self.assertIn(("Gábor Kertész", "prices could rise next winter"), quotes(text))

    def test_a_verb_joined_by_and_after_a_long_clause_keeps_the_first_subject(self):
        text = (
            INTRO + "The Uzbek leader, for his part, said that the border question, long a sore point, was "
            '"settled for good," and announced that a joint railway company would be founded in spring.'
        )
        self.assertIn(("Jasur Tursunov", "a joint railway company would be founded in spring"), quotes(text))

    def test_a_set_off_phrase_between_subject_and_verb_is_skipped(self):
        text = (
            INTRO + "Kertész, on his second trip to Central Asia this year, told Tursunov that Budapest backs the "
            "corridor."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "Budapest backs the corridor")])

    def test_a_set_off_name_after_a_description_is_the_speaker(self):
        text = INTRO + "The Hungarian delegation's head, Gábor Kertész, said the two economies had never been closer."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the two economies had never been closer")])

    def test_who_after_a_name_is_that_person(self):
        text = (
            INTRO + "In the afternoon Kertész called on Tursunov, who welcomed Hungary's offer of a "
            "200 million euro credit line for small farms."
        )
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "Hungary's offer of a 200 million euro credit line for small farms")]
        )

    def test_a_participants_speech_act_inside_an_institutions_attribution_is_kept(self):
        text = (
            INTRO + "Kertész later received Tursunov, who praised the progress on the gas pipeline to Hungary, "
            "the presidential office said."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the progress on the gas pipeline to Hungary")])

    def test_the_writers_gloss_after_a_reported_clause_is_left_out(self):
        text = (
            INTRO + "Tursunov told his guest that Tashkent rejects any pressure on its neighbours, in a veiled "
            "reference to the dispute over the dam."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Tashkent rejects any pressure on its neighbours")])


class NestedAndParticipleTests(SimpleTestCase):
    def test_a_statement_inside_a_quote_found_by_two_patterns_is_one_quote(self):
        said = "President Tursunov reiterated Uzbekistan's firm position that water must be shared fairly"
        line = f'"{said}," Kertész said.'
        self.assertEqual(
            quotes(INTRO + line), [("Gábor Kertész", said), ("Jasur Tursunov", "water must be shared fairly")]
        )

    def test_two_statements_inside_a_quote_stay_two(self):
        line = '"Tursunov stressed that water must be shared, and noted that a canal would open," Kertész said.'
        self.assertEqual(
            quotes(INTRO + line)[1:],
            [("Jasur Tursunov", "water must be shared"), ("Jasur Tursunov", "a canal would open")],
        )

    def test_a_clause_after_while_is_no_attribution(self):
        text = INTRO + "Tursunov said the railway would be ready in 2027, while Kertész urged faster customs checks."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the railway would be ready in 2027")])

    def test_a_participants_reported_speech_inside_a_spokespersons_statement(self):
        text = (
            INTRO + "Presidential spokesman Bence Toth said Kertész also voiced hope that Uzbek cotton could reach "
            "Hungarian mills by rail next year."
        )
        self.assertIn(("Gábor Kertész", "Uzbek cotton could reach Hungarian mills by rail next year"), quotes(text))

    def test_a_participants_reported_speech_inside_a_direct_quote(self):
        text = (
            INTRO + "“President Tursunov underlined that the water of the Amu Darya must be shared fairly,” "
            "Kertész told reporters."
        )
        self.assertIn(("Jasur Tursunov", "the water of the Amu Darya must be shared fairly"), quotes(text))

    def test_marked_phrases_inside_an_unmarked_clause_with_its_attribution_after(self):
        text = (
            INTRO + "The two leaders agreed to set up a “green corridor” for fruit exports and to meet every year, "
            "Tursunov's spokesman Bekzod Karimov told a briefing."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Bekzod Karimov",
                    "The two leaders agreed to set up a “green corridor” for fruit exports and to meet every year",
                )
            ],
        )

    def test_a_participle_with_that_reports_for_the_sentences_subject(self):
        text = (
            INTRO + "Tursunov sidestepped the question of gas prices, insisting only that any contract must be "
            "“fair to both”."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "any contract must be “fair to both”")])

    def test_saying_without_that_reports_for_the_sentences_subject(self):
        text = INTRO + "Kertész sought to calm investors, saying the new levy would spare foreign banks."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the new levy would spare foreign banks")])

    def test_what_a_thing_was_described_as_is_reported_with_the_thing(self):
        text = INTRO + "Kertész described the new rail corridor as the backbone of trade between the two regions."
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "the new rail corridor as the backbone of trade between the two regions")]
        )

    def test_describing_after_a_comma_reports_with_the_thing(self):
        text = INTRO + "Tursunov praised the reforms, describing Hungary as a dependable partner in Europe."
        self.assertIn(("Jasur Tursunov", "Hungary as a dependable partner in Europe"), quotes(text))

    def test_described_it_or_a_marked_appraisal_is_no_reported_object(self):
        text = INTRO + "Kertész described it as a good start. Tursunov described Hungary as “a true friend”."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "a true friend")])

    def test_framed_and_spoke_of_take_a_partial_quote(self):
        text = (
            INTRO + "Kertész framed the visit as a chance to “reconnect the Silk Road”. Tursunov spoke of a "
            "“brotherly bond between the steppe and the Danube”."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "reconnect the Silk Road"),
                ("Jasur Tursunov", "brotherly bond between the steppe and the Danube"),
            ],
        )

    def test_a_relative_clause_between_a_fronted_phrase_and_the_subject(self):
        text = (
            INTRO + "On the dam, which Kazakhstan and Uzbekistan have argued about for years, Tursunov insisted "
            "that “the river belongs to everyone who lives on it”."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the river belongs to everyone who lives on it")])

    def test_a_participle_after_and_reports_for_the_sentences_subject(self):
        text = (
            INTRO + "Kertész greeted the Uzbek delegation, wishing them a fruitful stay and voicing his hope that the "
            "talks would open a new chapter for the two nations."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "the talks would open a new chapter for the two nations")])

    def test_a_participle_after_and_of_both_sides_reports_nothing(self):
        text = (
            INTRO + "The two presidents toured the new cotton mill and, noting that exports had doubled, agreed to "
            "build a second one."
        )
        self.assertEqual(quotes(text), [])

    def test_calling_on_someone_to_act_reports_what_was_asked_of_whom(self):
        text = INTRO + "Kertész outlined the new customs code, calling on Uzbek exporters to open offices in Budapest."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Uzbek exporters to open offices in Budapest")])

    def test_calling_on_a_host_without_a_request_reports_nothing(self):
        text = INTRO + "Kertész toured the cotton mill in the morning, calling on the workers in their canteen."
        self.assertEqual(quotes(text), [])


class AttributionAfterQuoteShortcutTests(SimpleTestCase):
    """An attribution after the words is tried only where a speech verb stands before the tail's first stop."""

    def test_the_verb_after_an_honorific_dot_and_an_apposition_is_still_read(self):
        text = INTRO + '"The bridge will be finished by spring," Mr. Kertész, the host, told reporters.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "The bridge will be finished by spring")])

    def test_the_passive_quoted_as_saying_is_still_read(self):
        text = INTRO + '"The bridge will be finished by spring," the host was quoted as saying.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "The bridge will be finished by spring")])

    def test_a_verb_past_the_colon_attributes_nothing(self):
        text = INTRO + (
            '"The bridge will be finished by spring," the communique read: both leaders said it would help trade.'
        )
        self.assertEqual(quotes(text), [])


class TitleReadingCacheTests(SimpleTestCase):
    """The sphere of a title and the event of a clause are read once per wording, and a new wording is read anew."""

    def test_the_same_title_is_read_once_and_a_new_one_anew(self):
        from relations_plugin.extraction.text import _sphere

        title = "Memorandum of understanding on cooperation in veterinary medicine and animal health"
        first = _sphere(title)
        hits = _sphere.cache_info().hits
        self.assertEqual(_sphere(title), first)
        self.assertEqual(_sphere.cache_info().hits, hits + 1)
        self.assertEqual(_sphere("Agreement on air services between the two governments"), "aviation")


class ClauseBoundaryTests(SimpleTestCase):
    def test_the_writers_gloss_on_where_the_matter_stands_ends_the_clause(self):
        for line, said in (
            (
                "Kertész said Hungary wanted to learn from Uzbek irrigation, a sore point in a region where rivers "
                "are shrinking.",
                "Hungary wanted to learn from Uzbek irrigation",
            ),
            (
                "Kertész said Hungary would hire Uzbek nurses -- a sensitive issue in Hungary, where wages are low.",
                "Hungary would hire Uzbek nurses",
            ),
            (
                "Kertész said grain rules must hold – a point on which his own farmers have long insisted.",
                "grain rules must hold",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", said)])

    def test_a_relative_that_after_the_object_of_noted_keeps_the_object(self):
        for line, said in (
            ("Kertész noted the ties that bind the two peoples.", "the ties that bind the two peoples"),
            (
                "Tursunov highlighted the reforms that his government has carried out since 2017.",
                "the reforms that his government has carried out since 2017",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line)[0][1], said)

    def test_at_least_after_said_opens_the_clause_not_a_circumstance(self):
        text = INTRO + "Kertész said at least twelve Hungarian firms had expressed interest in building grain silos."
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "at least twelve Hungarian firms had expressed interest in building grain silos")],
        )

    def test_at_a_place_after_said_is_still_a_circumstance(self):
        text = INTRO + "Kertész said at the press conference that Hungary would build the silos."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary would build the silos")])

    def test_a_present_tense_verb_after_a_past_speech_verb_goes_on_with_the_clause(self):
        for line, said in (
            (
                "Kertész said Hungary welcomes Uzbekistan as a new partner and believes its entry will strengthen "
                "the forum.",
                "Hungary welcomes Uzbekistan as a new partner and believes its entry will strengthen the forum",
            ),
            (
                "Kertész said Hungary is ready to join the corridor and hopes that its own rail plan will link the "
                "two regions.",
                "Hungary is ready to join the corridor and hopes that its own rail plan will link the two regions",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", said)])

    def test_a_past_tense_act_after_a_past_speech_verb_still_ends_the_clause(self):
        text = INTRO + "Kertész said Hungary was ready to join the corridor and thanked Tursunov for the invitation."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary was ready to join the corridor")])

    def test_why_the_moment_was_right_goes_on_with_the_clause(self):
        for line, said in (
            (
                "Kertész said the visit came at an important time, as the two countries prepare to mark 30 years of "
                "ties.",
                "the visit came at an important time, as the two countries prepare to mark 30 years of ties",
            ),
            (
                'Kertész said the visit came at "the right time," as his government eases visa rules.',
                'the visit came at "the right time," as his government eases visa rules',
            ),
            (
                "Kertész said the trip was timely, as the region looks for new routes to Europe.",
                "the trip was timely, as the region looks for new routes to Europe",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", said)])

    def test_a_reason_after_as_goes_on_with_a_name_inside_its_subject(self):
        text = INTRO + "Kertész said Hungary would send more nurses, as the Gulf state is preparing to host the games."
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "Hungary would send more nurses, as the Gulf state is preparing to host the games")],
        )

    def test_a_scene_after_as_with_a_titled_subject_ends_the_clause(self):
        for line in (
            "Kertész said Hungary would send more nurses, as the President was leaving the hall.",
            "Kertész said Hungary would send more nurses, as President Tursunov was leaving the hall.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", "Hungary would send more nurses")])

    def test_a_scene_after_as_still_ends_a_clause_that_judges_no_moment(self):
        for line, said in (
            (
                "Kertész said the talks were useful, as the two countries prepare to mark 30 years of ties.",
                "the talks were useful",
            ),
            (
                "Kertész said Hungary would keep its ties with Moscow at the same time, as the war drags on.",
                "Hungary would keep its ties with Moscow at the same time",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", said)])

    def test_the_talks_in_which_it_was_said_end_the_clause(self):
        for line, said in (
            (
                "Kertész reaffirmed Hungary's support for Uzbekistan's sovereignty, in talks with his counterpart in "
                "Tashkent.",
                "Hungary's support for Uzbekistan's sovereignty",
            ),
            ("Kertész said Hungary would help, at a meeting with the Uzbek Prime Minister.", "Hungary would help"),
            (
                "Kertész said the two countries would meet in talks with Kazakhstan next year.",
                "the two countries would meet in talks with Kazakhstan next year",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", said)])

    def test_a_that_after_a_time_or_an_occasion_opens_the_clause(self):
        for line in (
            "Kertész noted the same day that the bridge was finished.",
            "Kertész stressed at the meeting that the bridge was finished.",
            "Kertész stressed during the talks that the bridge was finished.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", "the bridge was finished")])

    def test_the_speakers_own_request_or_stand_after_and_ends_the_clause(self):
        for line in (
            "Kertész said Hungary would double its grants and sought Tashkent's support for the new campus.",
            "Kertész said Hungary would double its grants and pressed for faster visas for Hungarian teachers.",
            "Kertész said Hungary would double its grants and backed a new round of EU funding.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line)[0], ("Gábor Kertész", "Hungary would double its grants"))

    def test_a_request_inside_the_clause_goes_on_with_it(self):
        text = INTRO + "Kertész said Hungary would grant what Uzbek students sought and welcomed the plan."
        self.assertEqual(quotes(text)[0], ("Gábor Kertész", "Hungary would grant what Uzbek students sought"))

    def test_a_matter_of_something_goes_on_with_the_clause(self):
        text = INTRO + "Kertész said the two sides had discussed water, an issue of friction between the two."
        said = "the two sides had discussed water, an issue of friction between the two"
        self.assertEqual(quotes(text), [("Gábor Kertész", said)])

    def test_that_after_a_preposition_opens_no_clause(self):
        text = INTRO + "Tursunov recalled his visit and said the grants given at that time were bearing fruit."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the grants given at that time were bearing fruit")])

    def test_a_that_clause_after_an_adverbial_with_that_still_opens(self):
        text = INTRO + "Tursunov said in that regard that the railway would open next year."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the railway would open next year")])

    def test_recalling_that_hands_on_a_second_statement(self):
        text = (
            INTRO + "Kertész said the two nations were linked by the Danube trade of old, recalling that Hungarian "
            "merchants reached Bukhara in the fifteenth century."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "the two nations were linked by the Danube trade of old"),
                ("Gábor Kertész", "Hungarian merchants reached Bukhara in the fifteenth century"),
            ],
        )

    def test_echoing_or_citing_closes_the_clause(self):
        text = (
            INTRO + "Tursunov said Tashkent backed a negotiated settlement in the region, echoing a communique "
            "of the regional summit held in June."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Tashkent backed a negotiated settlement in the region")])

    def test_in_line_with_a_policy_goes_on_with_the_clause(self):
        # what the statement follows is part of it, not the writer's gloss
        text = (
            "Chilean President Tomasa Urquieta held talks with Estonian Prime Minister Kaarel Vihmand in Tallinn.\n\n"
            "Vihmand said Tallinn would open an honorary consulate in Valparaíso, in keeping with its plan to widen "
            "its presence in South America. Urquieta underlined Chile's resolve to double its wine exports, in line "
            "with the new export strategy of her government."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Kaarel Vihmand",
                    "Tallinn would open an honorary consulate in Valparaíso, in keeping with its plan to widen its "
                    "presence in South America",
                ),
                (
                    "Tomasa Urquieta",
                    "Chile's resolve to double its wine exports, in line with the new export strategy of her "
                    "government",
                ),
            ],
        )

    def test_what_the_speaker_left_out_closes_the_clause(self):
        # "but gave no date": the writer's note on what was not said; "but gave both sides" is still the statement
        text = (
            "Chilean President Tomasa Urquieta held talks with Estonian Prime Minister Kaarel Vihmand in Tallinn.\n\n"
            'Vihmand said Estonia was "ready to look at" a ferry link to Punta Arenas but gave no date. Urquieta '
            "said Chile would buy more Estonian software, yet offered no figures. Vihmand said the talks had been "
            "long but gave both sides a clear plan for the year."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Kaarel Vihmand", 'Estonia was "ready to look at" a ferry link to Punta Arenas'),
                ("Tomasa Urquieta", "Chile would buy more Estonian software"),
                ("Kaarel Vihmand", "the talks had been long but gave both sides a clear plan for the year"),
            ],
        )

    def test_a_refusal_to_say_more_closes_the_clause(self):
        # "but he would not give a figure", "and declined to say when": what the speaker held back is the writer's
        # note, not his words; "would not give up" is still what he said
        text = INTRO + (
            "Kertész said the pipeline would carry more gas next year, but he would not give a figure. Tursunov said "
            "the visa rules would be eased and declined to say when. Kertész said Hungary supported the corridor and "
            "would not give up its share of the route."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "the pipeline would carry more gas next year"),
                ("Jasur Tursunov", "the visa rules would be eased"),
                ("Gábor Kertész", "Hungary supported the corridor and would not give up its share of the route"),
            ],
        )

    def test_a_gloss_on_marked_words_after_their_comma_closes_the_clause(self):
        # the writer's "a phrase ..." after the marks' own comma; a comma outside the marks is still the speaker's
        text = (
            "Chilean President Tomasa Urquieta held talks with Estonian Prime Minister Kaarel Vihmand in Tallinn.\n\n"
            'Vihmand said Estonia\'s foreign policy stayed "small but loud," a motto coined by its first envoys. '
            'Urquieta said Chile wanted "more than copper", a partner for its software start-ups.'
        )
        self.assertEqual(
            quotes(text),
            [
                ("Kaarel Vihmand", 'Estonia\'s foreign policy stayed "small but loud,"'),
                ("Tomasa Urquieta", 'Chile wanted "more than copper", a partner for its software start-ups'),
            ],
        )

    def test_the_visit_s_scene_after_a_bare_as_closes_the_clause(self):
        # "as she began a visit": the writer's scene, even with no comma; "as they had ever been" is still the clause
        text = (
            "Chilean President Tomasa Urquieta held talks with Estonian Prime Minister Kaarel Vihmand in Tallinn.\n\n"
            "Urquieta said Chile wanted a bridge to the Nordic markets through Estonia as she began a two-day visit. "
            "Vihmand said the ties between the two countries were as close as they had ever been."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Tomasa Urquieta", "Chile wanted a bridge to the Nordic markets through Estonia"),
                ("Kaarel Vihmand", "the ties between the two countries were as close as they had ever been"),
            ],
        )

    def test_a_semicolon_hands_over_to_the_next_statement(self):
        text = (
            INTRO + "Kertész said he had raised the fate of Hungarian seasonal workers; Tursunov said Tashkent would "
            "simplify their permits."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "he had raised the fate of Hungarian seasonal workers"),
                ("Jasur Tursunov", "Tashkent would simplify their permits"),
            ],
        )

    def test_a_concession_about_the_speaker_closes_the_clause(self):
        text = (
            INTRO + "Tursunov said that the gas price would be reviewed in spring, though he declined to say by "
            "how much."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the gas price would be reviewed in spring")])

    def test_and_hoped_that_goes_on_in_the_same_statement(self):
        text = (
            INTRO + "Kertész said Budapest looked forward to hosting Tursunov in May, and hoped that the visit "
            "would bring a new air link."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "Budapest looked forward to hosting Tursunov in May, and hoped that the visit would bring a new "
                    "air link",
                )
            ],
        )


class PluralTitleAndAddingTests(SimpleTestCase):
    def test_a_plural_title_with_of_country_name_pairs(self):
        text = (
            "Lima, May 3 (AFP).- The prime ministers of Peru, Ana Torres Vega, and of Ecuador, Luis Andrade, "
            "opened a bridge on Friday.\n\nTorres Vega said the bridge would double trade."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people, {"Ana Torres Vega": "PE", "Luis Andrade": "EC"})

    def test_a_plural_title_with_name_of_country_pairs(self):
        text = "The foreign ministers, Aiko Mori of Japan and Tomas Novak of Slovakia, met in Bratislava."
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people, {"Aiko Mori": "JP", "Tomas Novak": "SK"})

    def test_two_demonyms_before_a_plural_title_go_with_the_names_in_order(self):
        text = "Chilean and Finnish Presidents Pablo Reyes and Aino Lehtonen met in Helsinki."
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people, {"Pablo Reyes": "CL", "Aino Lehtonen": "FI"})

    def test_before_adding_that_after_a_quote_goes_on_in_its_speakers_voice(self):
        text = (
            INTRO + "“We share a river and a future,” said Tursunov, who called the deal “historic,” before "
            "adding that Uzbekistan would never again let its grain rot at the border."
        )
        self.assertIn(("Jasur Tursunov", "Uzbekistan would never again let its grain rot at the border"), quotes(text))

    def test_and_announced_after_a_clause_with_its_own_ands_keeps_the_subject(self):
        text = (
            INTRO + "Kertész, for his part, said that Hungary wanted the corridor to link Szeged and Tashkent "
            "through Turkey and Georgia, and announced that a joint company would be set up."
        )
        self.assertIn(("Gábor Kertész", "a joint company would be set up"), quotes(text))


class ParticipantTitleTests(SimpleTestCase):
    def people(self, text: str) -> dict[str, str]:
        return {p.name: p.country for p in suggest_package(text).participants}

    def test_a_portfolio_of_open_words_stands_between_title_and_name(self):
        text = (
            "The protocol was signed by Ghanaian Minister of Fisheries and Aquaculture Development Kofi Mensah "
            "and Brazilian Minister of Mines and Energy Paulo Ramos."
        )
        self.assertEqual(self.people(text), {"Kofi Mensah": "GH", "Paulo Ramos": "BR"})

    def test_an_acronym_joined_to_a_country_in_an_office_name(self):
        text = (
            "Malaysian Prime Minister Hamid Latif arrived in Seoul with Director-General of the ASEAN-Malaysia "
            "National Secretariat Datuk Aisha Rahman."
        )
        self.assertIn("Aisha Rahman", self.people(text))

    def test_a_high_commissioner_is_an_envoy(self):
        text = "Fijian Prime Minister Josaia Bale was greeted by Australian High Commissioner Ruth Kemp in Suva."
        self.assertEqual(self.people(text)["Ruth Kemp"], "AU")

    def test_the_one_who_receives_is_the_host(self):
        text = (
            "Estonian Foreign Minister Kadri Tamm received Chile's Ambassador to Estonia Rosa Diaz on Monday.\n\n"
            "Deputy Foreign Minister Mart Kask, who also attended, said a visa deal was close."
        )
        self.assertEqual(self.people(text)["Mart Kask"], "EE")

    def test_a_transcript_label_with_title_and_full_name_in_capitals(self):
        text = (
            "President Ramon Cruz welcomed Australian Prime Minister Dan Whitford in Manila.\n\n"
            "PRESIDENT CRUZ: Thank you all.\n\nPRESS SECRETARY MARIA DELA PAZ: One more question, please."
        )
        self.assertEqual(self.people(text).get("Maria Dela Paz"), "PH")

    def test_ambassador_after_an_office_and_a_comma_is_the_holders_style(self):
        text = (
            "President Rodrigo Valdivia of Peru arrived in Accra on Monday for a State Visit, and was received by "
            "the Vice President, Dr. Ama Owusu-Boateng, the Minister of Foreign Affairs and Regional Integration, "
            "Ambassador Kwame Asare Darko, and members of the diplomatic corps.\n\nIn a press statement, the "
            "Minister of Foreign Affairs, Ambassador Kwame Asare Darko, said the visit would open a new chapter."
        )
        titles = {p.name: p.title for p in suggest_package(text).participants}
        self.assertEqual(titles["Ama Owusu-Boateng"], "Vice President")
        self.assertEqual(titles["Kwame Asare Darko"], "Minister of Foreign Affairs and Regional Integration")

    def test_a_title_set_off_after_a_name_is_not_the_next_persons_after_and(self):
        text = (
            "Ms. Ananya Boonmee, Prime Minister of Thailand, welcomed H.E. Mr. Rodrigo Valdivia Soto, President of "
            "the Republic of Peru, and Mrs. Lucia Ferrer de Valdivia, on the occasion of the State Visit.\n\n"
            "The President of Peru thanked the Prime Minister for the warm welcome, and stated that Peru attaches "
            "importance to Thailand as a key partner in ASEAN."
        )
        titles = {p.name: p.title for p in suggest_package(text).participants}
        self.assertEqual(titles["Rodrigo Valdivia Soto"], "President of the Republic of Peru")
        self.assertNotIn("President", titles.get("Lucia Ferrer de Valdivia", ""))
        self.assertEqual(
            quotes(text), [("Rodrigo Valdivia Soto", "Peru attaches importance to Thailand as a key partner in ASEAN")]
        )

    def test_a_title_of_listed_portfolios_before_and_keeps_its_holder(self):
        text = (
            "Peruvian President Rodrigo Valdivia met the Minister of Industry, Trade, and Tourism, Mr. Somchai "
            "Rakdee, and the Minister of Culture, Ms. Pim Sukjai, in Bangkok."
        )
        titles = {p.name: p.title for p in suggest_package(text).participants}
        self.assertEqual(titles.get("Somchai Rakdee"), "Minister of Industry, Trade, and Tourism")
        self.assertEqual(titles.get("Pim Sukjai"), "Minister of Culture")


class CoordinationAndInterruptionTests(SimpleTestCase):
    def test_a_second_past_verb_of_the_reported_clauses_own_subject_stays_in_it(self):
        text = (
            INTRO + "Kertész said the two delegations reviewed the water projects, and approved a timetable for "
            "the dam."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "the two delegations reviewed the water projects, and approved a timetable for the dam",
                )
            ],
        )

    def test_a_praising_participle_reports_for_the_sentences_subject(self):
        text = (
            INTRO + "Tursunov thanked his host for the warm welcome, commending Hungary's support for Uzbek "
            "students at its universities."
        )
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "Hungary's support for Uzbek students at its universities")]
        )

    def test_expressed_her_countrys_appreciation_for(self):
        text = (
            "Finnish Foreign Minister Aino Lehtonen met Chilean Foreign Minister Pablo Reyes in Santiago.\n\n"
            "Lehtonen expressed her government's sincere appreciation for Chile's help with the Antarctic station."
        )
        self.assertEqual(
            quotes(text),
            [("Aino Lehtonen", "her government's sincere appreciation for Chile's help with the Antarctic station")],
        )

    def test_an_attribution_set_inside_unmarked_speech(self):
        text = (
            INTRO + "Tursunov spoke after the talks. Uzbekistan, he said, would never again depend on a single "
            "route to the sea."
        )
        self.assertIn(("Jasur Tursunov", "would never again depend on a single route to the sea"), quotes(text))

    def test_arrival_outweighs_a_mention_of_the_guests_capital(self):
        text = (
            "Chilean President Pablo Reyes arrived in Helsinki on Monday.\n\n"
            "Reyes, who held talks in Santiago last week with Argentina, met Finnish President Aino Lehtonen.\n\n"
            "The visiting president chose his words with care. Chile, he said, wanted Finnish schools."
        )
        self.assertEqual(quotes(text)[-1][0], "Pablo Reyes")


class AgencyStyleTests(SimpleTestCase):
    """Shapes of agency copy written for these tests (AP, Xinhua, live blogs), not taken from the corpus."""

    def test_praised_what_he_called_is_the_praisers_partial_quote(self):
        text = INTRO + "Kertész praised what he called “a bridge between the Danube and the Syr Darya”."
        self.assertEqual(quotes(text), [("Gábor Kertész", "a bridge between the Danube and the Syr Darya")])

    def test_what_a_named_speaker_called_is_his_partial_quote(self):
        text = INTRO + "Kertész welcomed what Tursunov called “a corridor for the whole region”."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "a corridor for the whole region")])
        text = (
            INTRO + "The two presidents agreed to study a new rail link, an initiative that the Uzbek President "
            "called “the road of two rivers”."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the road of two rivers")])
        text = INTRO + "Kertész thanked his guest and praised what he termed Uzbekistan's “patient diplomacy”."
        self.assertEqual(quotes(text), [("Gábor Kertész", "patient diplomacy")])
        # the pronoun is the subject's, and a subject who is nobody of the story leaves the words unattributed
        text = INTRO + "The crowd outside cheered what he called “a new dawn for the valley”."
        self.assertEqual(quotes(text), [])

    def test_what_a_thing_was_described_as_is_a_partial_quote_whatever_its_object(self):
        text = INTRO + "Kertész described relations with Uzbekistan as “exemplary”."
        self.assertEqual(quotes(text), [("Gábor Kertész", "exemplary")])
        # a capitalised phrase of words is what the thing was held up as, not a name
        text = (
            INTRO + "Tursunov thanked his host for the warm welcome, describing Hungary as “Uzbekistan's gateway "
            "to Europe”."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbekistan's gateway to Europe")])
        # a thing described so by nobody in particular, and a name after "as well as", are no one's words
        text = INTRO + "Since then the Danube has often been described as “Europe's green corridor”."
        self.assertEqual(quotes(text), [])
        text = INTRO + "Tursunov visited the new campus as well as the “Gateway of Peace” exhibition."
        self.assertEqual(quotes(text), [])

    def test_an_adverb_between_a_pronoun_and_its_verb_leaves_the_pronoun_the_subject(self):
        text = (
            INTRO + "Kertész spoke of old disputes. He nonetheless thanked Tursunov for what he called “the only open "
            "door” in the region."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "the only open door")])
        text = INTRO + "Kertész spoke of old disputes. He warmly praised the “patient and honest” work of the envoys."
        self.assertEqual(quotes(text), [("Gábor Kertész", "patient and honest")])
        # an unnamed official stays unnamed with the adverb gone
        text = INTRO + "A Hungarian official nonetheless said the talks were “a turning point”."
        self.assertEqual(quotes(text), [])

    def test_a_clause_set_off_by_dashes_before_the_subject_is_no_part_of_it(self):
        text = (
            INTRO + "In brief remarks to reporters – no questions were taken – Kertész described the talks as “candid "
            "and useful”."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "candid and useful")])
        text = (
            INTRO
            + "At the airport – the rain had only just stopped – Tursunov said the visit had been “a real success”."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the visit had been “a real success”")])
        # dashes closing an apposition right before the verb leave the name in it the subject
        text = INTRO + "The host – President Kertész – said the talks were “useful for both”."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the talks were “useful for both”")])

    def test_marks_opening_on_the_subjects_own_speech_verb_are_his_partial_quote(self):
        text = (
            INTRO + "According to a note published by his office, Kertész “reaffirmed Hungary's commitment to an open "
            "corridor”."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "reaffirmed Hungary's commitment to an open corridor")])
        # an account of a briefing summarises, and an institution's marked act is nobody's words
        text = INTRO + "According to the statement, the visiting president “briefed his host on the reforms”."
        self.assertEqual(quotes(text), [])
        text = INTRO + "According to the statement, the ministry “welcomed the decision to open a consulate”."
        self.assertEqual(quotes(text), [])

    def test_a_set_off_name_then_an_adverb_before_told_reporters(self):
        text = (
            INTRO + "Hungary's economy minister, Petra Szabo, later told reporters the loans could reach "
            "two billion euros."
        )
        self.assertEqual(quotes(text), [("Petra Szabo", "the loans could reach two billion euros")])

    def test_asked_about_set_off_between_subject_and_verb(self):
        text = INTRO + "14:05 – Tursunov, asked about the gas price, says Tashkent wants a fair formula."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Tashkent wants a fair formula")])

    def test_tells_us_is_an_audience(self):
        text = INTRO + "Tursunov's spokesman Bekzod Karimov tells us the talks will run late."
        self.assertEqual(quotes(text), [("Bekzod Karimov", "the talks will run late")])

    def test_a_fronted_noting_that_clause_is_the_speakers(self):
        text = (
            INTRO + "Noting that the two peoples share centuries of history, Kertész said Hungary would open a "
            "trade house in Tashkent."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "the two peoples share centuries of history"),
                ("Gábor Kertész", "Hungary would open a trade house in Tashkent"),
            ],
        )

    def test_a_fronted_description_with_what_it_was_described_as_is_the_speakers(self):
        text = INTRO + (
            "Describing water as one of the main areas of cooperation, Kertész noted that the new canal would open "
            "in May."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "water as one of the main areas of cooperation"),
                ("Gábor Kertész", "the new canal would open in May"),
            ],
        )

    def test_a_fronted_description_with_no_as_reports_nothing_of_its_own(self):
        text = INTRO + "Describing the old bridge over the Danube, Kertész said it would be repaired."
        self.assertEqual(quotes(text), [("Gábor Kertész", "it would be repaired")])

    def test_nationality_description_and_the_other_leader_give_countries(self):
        text = (
            "LIVE: day two in Warsaw\n\n09:12 – Prime Minister Marc Tremblay is greeted by President Anna Nowak. "
            "Nowak's spokesman Piotr Zielinski says the leaders will discuss energy.\n\n"
            "13:05 – The Canadian prime minister leaves for Gdansk. Poland hosts him until Friday."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people, {"Marc Tremblay": "CA", "Anna Nowak": "PL", "Piotr Zielinski": "PL"})


class TranscriptSideAndReleaseTests(SimpleTestCase):
    def test_labels_with_the_speakers_side_in_brackets(self):
        text = (
            "Press statements after the talks, Lisbon, 3 May\n\n"
            "President Maria Soares (Portugal): We agreed to double flights to Almaty.\n\n"
            "Question (RTP): When will the embassy open?\n\n"
            "Mr Dossanov (Kazakhstan): Next spring, I hope."
        )
        result = suggest_package(text)
        self.assertEqual({p.name: p.country for p in result.participants}, {"Maria Soares": "PT", "Dossanov": "KZ"})
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes],
            [("Maria Soares", "We agreed to double flights to Almaty."), ("Dossanov", "Next spring, I hope.")],
        )

    def test_a_government_release_with_shri_and_an_emphasised_object(self):
        text = (
            "Prime Minister Shri Anil Kapoor held talks with Sri Lankan President Ruwan Perera in New Delhi.\n\n"
            "He emphasised India's support for the housing programme in the north."
        )
        self.assertEqual(quotes(text), [("Anil Kapoor", "India's support for the housing programme in the north")])

    def test_a_dateline_before_unmarked_speech_is_left_out(self):
        text = (
            "ACCRA (Reuters) - Ghana and Senegal agreed on Friday to link their power grids, Ghanaian President "
            "Kofi Boateng said after talks with Senegalese President Amadou Fall."
        )
        self.assertEqual(
            quotes(text), [("Kofi Boateng", "Ghana and Senegal agreed on Friday to link their power grids")]
        )

    def test_today_ends_an_agreements_title(self):
        text = "The ministers signed a memorandum on solar power today in the presence of the two presidents."
        self.assertEqual([a.title for a in suggest_package(text).agreements], ["Memorandum on solar power"])


class SpeechVerbMeaningTests(SimpleTestCase):
    def test_a_suggestion_rejected_is_reported_with_what_it_suggested(self):
        for line, said in (
            (
                "Kertész rejected suggestions that the trip had been a waste of time.",
                "suggestions that the trip had been a waste of time",
            ),
            ("Kertész rejected suggestions the trip had been rushed.", "suggestions the trip had been rushed"),
            (
                "Kertész dismissed the suggestion that Hungary was choosing sides.",
                "the suggestion that Hungary was choosing sides",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", said)])

    def test_a_reminder_with_its_clause_is_reported(self):
        for line, said in (
            (
                "Kertész reminded that the two countries had fought side by side in 1848.",
                "the two countries had fought side by side in 1848",
            ),
            (
                "Kertész reminded guests that Hungary had built the first tram in Tashkent.",
                "Hungary had built the first tram in Tashkent",
            ),
            (
                "Kertész praised the dam, reminding that Hungarian engineers had designed its turbines.",
                "Hungarian engineers had designed its turbines",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", said)])

    def test_a_reminder_of_a_promise_says_nothing(self):
        self.assertEqual(quotes(INTRO + "Kertész reminded Tursunov of his promise to visit Pécs."), [])

    def test_investment_or_cooperation_welcomed_without_an_article_is_reported(self):
        for line, said in (
            ("Kertész welcomed Uzbek money.", "Uzbek money"),
            ("Kertész welcomed Uzbek investment in Hungarian spas.", "Uzbek investment in Hungarian spas"),
            ("Kertész welcomed closer cooperation on water management.", "closer cooperation on water management"),
            ("Tursunov welcomed growing people-to-people links.", "growing people-to-people links"),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line)[0][1], said)

    def test_firms_or_people_welcomed_are_no_statement(self):
        for line in (
            "Kertész welcomed Uzbek firms to invest in Hungary.",
            "Kertész welcomed Uzbek investors.",
            "Kertész welcomed Tursunov warmly.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_criticism_rejected_says_nothing_of_its_own(self):
        for line in ("Kertész rejected the criticism.", "Kertész dismissed suggestions of a rift as nonsense."):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_verbs_of_manner_and_stance_report_speech(self):
        text = (
            INTRO + "The Uzbek president forecast nothing, but predicted that cotton exports would recover. "
            "Kertész conceded that the border crossing was slow. The 61-year-old Hungarian leader also revealed "
            "that Budapest was weighing a consulate in Samarkand. The visitor quipped that the plov was better "
            "than at home."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "cotton exports would recover"),
                ("Gábor Kertész", "the border crossing was slow"),
                ("Gábor Kertész", "Budapest was weighing a consulate in Samarkand"),
                ("Jasur Tursunov", "the plov was better than at home"),
            ],
        )

    def test_made_clear_believes_and_expressed_readiness(self):
        text = (
            INTRO + "Tursunov made it clear that Tashkent wanted a rail link to the Adriatic. Kertész believes "
            "that Hungarian banks can finance it. Tursunov also expressed readiness to open a trade house in Pest."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "Tashkent wanted a rail link to the Adriatic"),
                ("Gábor Kertész", "Hungarian banks can finance it"),
                ("Jasur Tursunov", "to open a trade house in Pest"),
            ],
        )

    def test_concern_and_regret_report_their_object(self):
        text = INTRO + "Tursunov voiced concern over water shortages in the Fergana valley."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "water shortages in the Fergana valley")])

    def test_remarks_as_a_noun_is_no_speech_verb(self):
        text = INTRO + "Kertész, in his remarks, called Uzbekistan a “reliable friend” and said trade had doubled."
        self.assertEqual(quotes(text), [("Gábor Kertész", "reliable friend"), ("Gábor Kertész", "trade had doubled")])


class BritishStyleTests(SimpleTestCase):
    def test_straight_single_quotes_and_apostrophes(self):
        text = (
            INTRO + "Mr Kertész said: 'Uzbekistan's students are welcome in Hungary's universities.' "
            "Tursunov called the talks 'open and useful'."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "Uzbekistan's students are welcome in Hungary's universities."),
                ("Jasur Tursunov", "open and useful"),
            ],
        )

    def test_in_his_words_his_view_was_that_and_as_he_put_it(self):
        text = (
            INTRO + "In Mr Kertész's words, the two nations had rediscovered each other. Tursunov's message was "
            "that the border would stay open. As the Hungarian president put it, geography is destiny."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "the two nations had rediscovered each other"),
                ("Jasur Tursunov", "the border would stay open"),
                ("Gábor Kertész", "geography is destiny"),
            ],
        )

    def test_national_titles_of_heads_of_government(self):
        result = suggest_package(
            "Taoiseach Ciara Walsh met Japanese Prime Minister Kenji Sato in Tokyo. The Tánaiste, Liam Byrne, "
            "attended."
        )
        self.assertEqual(
            [(p.name, p.role) for p in result.participants],
            [
                ("Ciara Walsh", "head_of_government"),
                ("Kenji Sato", "head_of_government"),
                ("Liam Byrne", "deputy_head_of_government"),
            ],
        )

    def test_a_headlines_marked_phrase_repeats_the_body(self):
        text = (
            "Tursunov hails 'new era' with Hungary\n\n"
            + INTRO
            + "Tursunov said the visit opened “a new era” in relations."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the visit opened “a new era” in relations")])

    def test_an_untitled_person_who_takes_part_in_the_events_is_a_speaker(self):
        text = (
            INTRO + "Laszlo Varga signed the contract on behalf of the Hungarian side. “It took three years,” "
            "Varga said."
        )
        self.assertEqual(quotes(text), [("Laszlo Varga", "It took three years")])


class OfficeAndGuestSpeakerTests(SimpleTestCase):
    def test_a_head_of_government_is_no_institution(self):
        text = (
            "Azerbaijani President Elnur Mammadli received Georgian Prime Minister Levan Beridze in Baku.\n\n"
            "Georgia's head of government replied that Tbilisi would stay a transit partner."
        )
        self.assertEqual(quotes(text), [("Levan Beridze", "Tbilisi would stay a transit partner")])

    def test_the_guest_is_the_visiting_leader_even_after_a_minister_spoke(self):
        text = (
            "Azerbaijani President Elnur Mammadli received Georgian Prime Minister Levan Beridze in Baku. "
            "Foreign Minister Rashad Aliyev met Georgian Foreign Minister Nino Kapanadze.\n\n"
            "Aliyev said a border checkpoint would open in spring.\n\n"
            "The guest thanked his hosts. “We are neighbours by geography and partners by choice,” he said."
        )
        self.assertEqual(quotes(text)[-1], ("Levan Beridze", "We are neighbours by geography and partners by choice"))

    def test_she_in_a_persons_own_reported_words_tells_her_gender(self):
        text = (
            "Azerbaijani Foreign Minister Rashad Aliyev met Georgian Foreign Minister Nino Kapanadze in Baku.\n\n"
            "Kapanadze said she welcomed the new checkpoint. Aliyev thanked her.\n\n"
            "“Trade will follow,” he said."
        )
        self.assertEqual(quotes(text)[-1], ("Rashad Aliyev", "Trade will follow"))

    def test_he_after_a_whole_quoted_sentence_tells_his_gender(self):
        text = (
            "Chilean President Tomás Ibarra met Peruvian President Rosa Quintana in Lima.\n\n"
            "Opposition senator Hernán Duarte says the summit changed little.\n\n"
            "“The copper still leaves by the same port,” he says.\n\n"
            "Chilean Trade Minister Inés Valdivia, who sat in on the talks, disagrees.\n\n"
            "“The port was never the point. The bankers were,” she says."
        )
        self.assertEqual(quotes(text)[-1], ("Inés Valdivia", "The port was never the point. The bankers were"))

    def test_a_participle_set_off_after_the_subject_leaves_the_subject_to_the_pronoun(self):
        text = (
            "Chilean President Tomás Ibarra met Bolivian President Mario Quispe in Lima.\n\n"
            "“We will sign within the year,” Quispe said.\n\n"
            "Mr Ibarra, standing beside him at the lectern, was asked the same question.\n\n"
            "“Chile has waited a century. It can wait a month,” he said."
        )
        self.assertEqual(quotes(text)[-1], ("Tomás Ibarra", "Chile has waited a century. It can wait a month"))

    def test_a_participle_set_off_after_an_object_leaves_the_subject_before_it(self):
        text = (
            "Chilean President Tomás Ibarra met Bolivian President Mario Quispe in Lima.\n\n"
            "“We will sign within the year,” Quispe said.\n\n"
            "Mr Ibarra thanked Mr Quispe, smiling broadly, and turned to the port.\n\n"
            "“Chile has waited a century. It can wait a month,” he said."
        )
        self.assertEqual(quotes(text)[-1], ("Tomás Ibarra", "Chile has waited a century. It can wait a month"))

    def test_he_after_words_relayed_mid_sentence_tells_nothing(self):
        text = (
            "Chilean President Tomás Ibarra met Peruvian President Rosa Quintana in Lima.\n\n"
            "Spokeswoman Carmen Rojas said the talks went well. Ibarra sought a deal "
            "“before the winter”, she added.\n\n"
            "He told reporters that Chile wanted a second rail link."
        )
        self.assertEqual(quotes(text)[-1], ("Tomás Ibarra", "Chile wanted a second rail link"))


class InterviewTests(SimpleTestCase):
    def test_answer_lines_are_the_words_of_who_spoke_to_the_paper(self):
        text = (
            "Uzbek President Jasur Tursunov is in Budapest at the invitation of Hungarian President Gábor "
            "Kertész. He talked to our correspondent on Monday.\n\nQ: What brings you here?\n\n"
            "A: Railways. We want a route to Europe that does not depend on one neighbour."
        )
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "Railways. We want a route to Europe that does not depend on one neighbour.")],
        )

    def test_marked_answers_to_plain_questions_are_the_addressees_then_the_same_answerers(self):
        text = (
            INTRO + "I spoke to the Hungarian ambassador in Tashkent, Péter Halmos, who took part in the talks.\n\n"
            "Mr. Halmos, what did the visit bring?\n\n"
            "“Above all, a railway. Our freight will reach Tashkent in twelve days.”\n\n"
            "And the gas pipeline?\n\n"
            "“That will take longer. The engineers are still at work.”"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Péter Halmos", "Above all, a railway. Our freight will reach Tashkent in twelve days."),
                ("Péter Halmos", "That will take longer. The engineers are still at work."),
            ],
        )

    def test_a_writers_question_before_an_unattributed_quote_names_no_answerer(self):
        text = (
            INTRO + "What did the visit bring?\n\n“Cheaper freight and fewer queues at the border.”\n\n"
            "The leaders will meet again in May."
        )
        self.assertEqual(quotes(text), [])


class OffersAndLeadersTests(SimpleTestCase):
    def test_offers_and_promises_of_something_report_it(self):
        text = (
            INTRO + "Kertész offered Uzbekistan more scholarships for engineering students, and urged Tashkent "
            "to open a consulate in Debrecen. Tursunov promised better terms for Hungarian pharmaceutical firms."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "Uzbekistan more scholarships for engineering students"),
                ("Gábor Kertész", "Tashkent to open a consulate in Debrecen"),
                ("Jasur Tursunov", "better terms for Hungarian pharmaceutical firms"),
            ],
        )

    def test_a_promise_of_help_after_agreeing(self):
        text = INTRO + "Kertész spoke first. His guest agreed, and pledged financial support for the Szeged campus."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "financial support for the Szeged campus")])

    def test_a_short_object_of_condemnation_is_reported(self):
        text = INTRO + "Tursunov condemned the bombing and said the border would stay open."
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "the bombing"), ("Jasur Tursunov", "the border would stay open")],
        )

    def test_the_leader_is_the_head_the_story_follows(self):
        text = (
            "Indian Prime Minister Ravi Desai arrived in Hanoi on Monday. Indian President Meena Rao sent "
            "greetings.\n\nDesai met Vietnamese Prime Minister Pham Quoc Bao.\n\n"
            "The Indian leader said the two sides would expand defence ties."
        )
        self.assertEqual(quotes(text), [("Ravi Desai", "the two sides would expand defence ties")])


class OwnedSurnameTests(SimpleTestCase):
    def test_a_surname_owned_by_a_country_names_a_participant(self):
        text = "Chile's Bravo met Finland's Lehtonen in Helsinki. Bravo said copper prices would recover."
        result = suggest_package(text)
        self.assertEqual({p.name: p.country for p in result.participants}, {"Bravo": "CL", "Lehtonen": "FI"})
        self.assertEqual([(q.speaker.name, q.text) for q in result.quotes], [("Bravo", "copper prices would recover")])


class ThirdCountryTests(SimpleTestCase):
    def test_the_two_leaders_countries_outweigh_a_third_country_talked_about(self):
        text = (
            "TOKYO, June 12 — Finnish President Antti Laine held talks with Japanese Prime Minister Hiro Tanaka.\n\n"
            "Laine said Russia remained the main threat. Tanaka said Japan would keep sanctions on Russia.\n\n"
            "Russia has called the talks hostile. Russia and Belarus held drills. Russia denied it all."
        )
        self.assertEqual(set(suggest_package(text).to_dict()["countries"]), {"FI", "JP"})

    def test_a_third_countrys_official_quoted_on_the_visit_is_no_speaker_of_it(self):
        text = (
            INTRO + "Tursunov said the railway would open in 2027.\n\nIn Moscow, Russian Foreign Minister Pavel "
            "Orlov said Russia had no objection to the route."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the railway would open in 2027")])

    def test_a_leader_joining_by_video_is_no_side_when_the_host_is_another(self):
        text = (
            "Argentine President Federico Arrieta arrived in Montevideo for talks with President Martin Sosa. "
            "Brazilian President Ricardo Lins joined by video.\n\nLins said the corridor was vital. Sosa agreed. "
            "Arrieta thanked Sosa. Lins left the call."
        )
        self.assertEqual(set(suggest_package(text).to_dict()["countries"]), {"AR", "UY"})


class AudienceAndAdverbialTests(SimpleTestCase):
    def test_a_long_adverbial_before_that(self):
        text = (
            INTRO + "Tursunov said at a joint news conference after the talks at the Sandor Palace on the hill "
            "that Uzbekistan would buy Hungarian buses."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbekistan would buy Hungarian buses")])

    def test_told_an_outlet_a_person_or_a_forum_without_that(self):
        text = (
            INTRO + "Kertész told Xinhua the railway would be finished by 2030. Tursunov told his counterpart "
            "Uzbek cotton was the best in Asia. Kertész later told a business forum Hungary needed engineers."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "the railway would be finished by 2030"),
                ("Jasur Tursunov", "Uzbek cotton was the best in Asia"),
                ("Gábor Kertész", "Hungary needed engineers"),
            ],
        )


class TitleAndChainTests(SimpleTestCase):
    def test_an_and_inside_a_portfolio_is_no_joint_subject(self):
        text = INTRO + "Energy and Mining Minister Dilshod Rakhimov said Uzbekistan would sell uranium to Paks."
        self.assertEqual(quotes(text), [("Dilshod Rakhimov", "Uzbekistan would sell uranium to Paks")])

    def test_two_names_joined_by_and_are_a_joint_subject(self):
        text = INTRO + "Tursunov and Kertész said the talks had been useful."
        self.assertEqual(quotes(text), [])

    def test_said_this_when_tells_where_not_what(self):
        for tail in ("this when he called on Kertész", "so while talking to reporters at the airport"):
            text = INTRO + f'"The railway will open in 2027," Tursunov said.\n\nHe said {tail}.'
            with self.subTest(tail=tail):
                self.assertEqual(quotes(text), [("Jasur Tursunov", "The railway will open in 2027")])

    def test_said_this_years_harvest_is_a_clause(self):
        text = INTRO + "Tursunov said this year's harvest would go to Hungary."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "this year's harvest would go to Hungary")])

    def test_a_subject_that_speaks_for_nobody_gives_no_quote(self):
        for subject in ("Neither leader said", "Neither president mentioned", "None of the ministers said"):
            text = INTRO + (
                f'"The railway will open in 2027," Tursunov said.\n\n{subject} how much the tunnels would cost.'
            )
            with self.subTest(subject=subject):
                self.assertEqual(quotes(text), [("Jasur Tursunov", "The railway will open in 2027")])

    def test_a_speaker_who_denies_something_still_speaks(self):
        text = INTRO + "Tursunov said neither side wanted a delay."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "neither side wanted a delay")])

    def test_our_head_of_state_greets_and_then_speaks(self):
        text = (
            "Uzbek President Jasur Tursunov received Malaysian Prime Minister Anwar Hamid in Tashkent.\n\n"
            "The Head of our state warmly welcomed the distinguished guest and expressed confidence that the visit "
            "would open a new page in relations."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the visit would open a new page in relations")])


class GulfStyleTests(SimpleTestCase):
    def test_a_fathers_name_after_bin_is_not_another_sheikh_of_that_given_name(self):
        text = (
            "ABU DHABI (WAM) -- President His Highness Sheikh Tariq bin Saeed Al Nuaimi and President Arif Santoso of "
            "Indonesia today held talks at the palace.\n\n"
            "His Highness Sheikh Tariq bin Saeed and President Santoso then introduced the senior officials of both "
            "sides.\n\n"
            "His Highness affirmed that the UAE values its partnership with Indonesia.\n\n"
            "The talks were attended by Saeed bin Hamad Al Nuaimi, Minister of Culture. Saeed bin Hamad Al Nuaimi "
            "told reporters that a festival would open in Jakarta."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Tariq bin Saeed Al Nuaimi", "the UAE values its partnership with Indonesia"),
                ("Saeed bin Hamad Al Nuaimi", "a festival would open in Jakarta"),
            ],
        )

    def test_his_highness_is_the_person_styled_so_and_affirmed_reports_its_object(self):
        text = (
            "DOHA, 3 March (QNA) -- H.H. Sheikh Tamim Al Rashid, Amir of Qatar, received Chilean President Pablo "
            "Reyes at the Amiri Diwan.\n\nHis Highness affirmed Qatar's keenness to invest in Chilean copper."
        )
        self.assertEqual(quotes(text), [("Tamim Al Rashid", "Qatar's keenness to invest in Chilean copper")])


class SourcedSpeechTests(SimpleTestCase):
    def test_a_readouts_attribution_leaves_the_participants_speech_inside(self):
        text = (
            INTRO + "According to a Hungarian readout, Kertész told him that Budapest was “a reliable friend” and "
            "that the pipeline would be built, a remark analysts read as a message to Brussels."
        )
        self.assertIn(
            ("Gábor Kertész", "Budapest was “a reliable friend” and that the pipeline would be built"), quotes(text)
        )

    def test_adding_that_after_a_quote_closed_on_its_comma(self):
        text = (
            INTRO + "Uzbekistan was the first to open a consulate in Szeged, and the ties have “stood every test,” "
            "Tursunov said, adding that Tashkent values Hungary as a gateway to the EU."
        )
        self.assertEqual(quotes(text)[-1], ("Jasur Tursunov", "Tashkent values Hungary as a gateway to the EU"))


class TranscriptTurnTests(SimpleTestCase):
    def test_a_turn_runs_over_paragraphs_to_the_next_label(self):
        text = (
            "Joint press conference: Prime Minister of Finland and President of Chile\n\n"
            "PRIME MINISTER VIRTANEN: Thank you for coming.\n\nWe agreed to work on lithium together.\n\n"
            "REPORTER: Will you sign a deal?\n\nPRESIDENT SOTO: Not today.\n\nBut soon, I hope."
        )
        result = suggest_package(text)
        self.assertEqual({p.name: p.country for p in result.participants}, {"Virtanen": "FI", "Soto": "CL"})
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes],
            [
                ("Virtanen", "Thank you for coming."),
                ("Virtanen", "We agreed to work on lithium together."),
                ("Soto", "Not today."),
                # the last turn goes on in the first person
                ("Soto", "But soon, I hope."),
            ],
        )

    def test_a_label_in_capitals_on_a_line_of_its_own_names_its_speaker(self):
        text = (
            "Joint remarks of the Presidents of Nigeria and Haiti, Abuja\n\nPRESIDENT OKONJO:\n\nWelcome to Abuja, "
            "my brother. We have agreed to open a joint commission.\n\nPRESIDENT BAPTISTE:\n\nThank you. Haiti "
            "and Nigeria share a history, and today we share a plan."
        )
        self.assertEqual([q.speaker.name for q in suggest_package(text).quotes], ["Okonjo", "Baptiste"])

    def test_a_heading_line_in_capitals_with_a_colon_names_nobody(self):
        text = (
            "Joint remarks of the Presidents of Nigeria and Haiti, Abuja\n\nJOINT COMMUNIQUE:\n\nThe two sides "
            "agreed to open a joint commission."
        )
        self.assertEqual(suggest_package(text).quotes, ())

    OFFICE_LABELS = (
        "Press conference of the Prime Minister of Samoa, Tavita Leiataua, and the Prime Minister of Tonga, "
        "Sione Havili, Apia\n\n{}: Talofa lava. I welcome my friend to Apia. We have agreed to share a patrol "
        "boat.\n\nPRIME MINISTER HAVILI: Thank you. Tonga is grateful for this help.\n\nREPORTER: When will the "
        "boat arrive?\n\n{}: Before the cyclone season, we hope."
    )

    def test_an_office_label_means_the_holder_whom_no_label_names(self):
        text = self.OFFICE_LABELS.format("THE PRIME MINISTER", "THE PRIME MINISTER")
        self.assertEqual(
            [q.speaker.name for q in suggest_package(text).quotes],
            ["Tavita Leiataua", "Sione Havili", "Tavita Leiataua"],
        )

    def test_an_office_label_is_not_the_holder_of_another_office_of_the_same_rank(self):
        text = (
            "State banquet for President Ana Ruiz of Peru at Windsor Castle\n\nKING: Madam President, welcome to "
            "Windsor. Our peoples have traded for two centuries.\n\nPRESIDENT RUIZ: Thank you, Your Majesty."
        )
        self.assertEqual([q.speaker.name for q in suggest_package(text).quotes], ["Ana Ruiz"])

    def test_an_office_label_in_mixed_case_names_its_holder_in_a_transcript(self):
        text = self.OFFICE_LABELS.format("Prime Minister", "Prime Minister").replace(
            "PRIME MINISTER HAVILI:", "Prime Minister Havili:"
        )
        self.assertEqual(
            [q.speaker.name for q in suggest_package(text).quotes],
            ["Tavita Leiataua", "Sione Havili", "Tavita Leiataua"],
        )

    def test_a_headline_led_by_an_office_is_no_transcript_label(self):
        text = (
            "President: Peru and Samoa are friends across the Pacific\n\nPresident Ana Ruiz of Peru met Prime "
            "Minister Tavita Leiataua of Samoa in Apia on Monday. The two leaders discussed fisheries."
        )
        self.assertEqual(suggest_package(text).quotes, ())

    def test_a_long_office_label_in_capitals_names_its_one_holder(self):
        text = (
            "Joint statements by the President of Portugal, Duarte Almeida, and the Prime Minister of Norway, Ingrid "
            "Haugen\n\nTHE PRESIDENT OF THE PORTUGUESE REPUBLIC: We have agreed to cooperate on offshore wind.\n\n"
            "THE PRIME MINISTER OF NORWAY (interpretation): Norway is glad to be here."
        )
        self.assertEqual([q.speaker.name for q in suggest_package(text).quotes], ["Duarte Almeida", "Ingrid Haugen"])

    def test_a_long_office_label_of_two_holders_names_neither(self):
        text = (
            "Joint statements by the Presidents of Portugal, Duarte Almeida, and of Chile, Rosa Fuentes\n\n"
            "THE PRESIDENT OF THE REPUBLIC: We have agreed to cooperate on offshore wind."
        )
        self.assertEqual(suggest_package(text).quotes, ())

    def test_a_correspondents_turn_leaves_the_speech_it_reports(self):
        text = (
            "Uzbek President Jasur Tursunov held talks with Hungarian President Gábor Kertész in Budapest.\n\n"
            "CORRESPONDENT: A red carpet and a band.\n\nTursunov said the railway would open in 2027.\n\n"
            "PRESENTER: Thank you."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the railway would open in 2027")])


class StudioLabelTests(SimpleTestCase):
    def test_studio_and_interpreter_labels_are_nobodys_of_the_visit(self):
        text = (
            INTRO + "ANCHOR: Good evening from Budapest.\n\nKERTÉSZ: We agreed on the railway.\n\n"
            "INTERPRETER: The president thanks his hosts."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "We agreed on the railway.")])


class BroadcastAndBystanderTests(SimpleTestCase):
    def test_a_bench_leader_of_a_party_or_a_house_is_no_participant(self):
        for lead in ("Liberal co-leader", "Senate Minority Leader", "Majority Whip in the State Duma"):
            with self.subTest(lead=lead):
                text = INTRO + f'"The trip is a waste of money," {lead} Ottó Berényi said.\n\n'
                text += "Tursunov said trade has grown by a fifth."
                result = suggest_package(text)
                self.assertEqual([q.speaker.name for q in result.quotes], ["Jasur Tursunov"])
                self.assertNotIn("Ottó Berényi", [p.name for p in result.participants])

    def test_a_senator_styled_sen_is_a_bystander_but_a_titled_minister_is_not(self):
        text = (
            INTRO + "Sen. Ottó Berényi said the deal was rushed through.\n\n"
            "Hungarian Foreign Minister Lilla Vámos said trade has grown by a fifth."
        )
        self.assertEqual(quotes(text), [("Lilla Vámos", "trade has grown by a fifth")])

    def test_a_quote_paragraph_after_a_paragraph_ending_with_a_colon_takes_its_speaker(self):
        text = (
            INTRO + "REPORTER: The talks overran by an hour.\n\nTursunov spoke first. He said on the steps:\n\n"
            '"We have waited too long for this railway. Now it will be built."'
        )
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "We have waited too long for this railway. Now it will be built.")]
        )

    def test_a_quote_paragraph_after_a_sentence_where_someone_takes_the_floor(self):
        text = (
            INTRO + "Kertész addressed the business forum in the afternoon.\n\n"
            "“Hungary wants to be Uzbekistan's door to the European Union.”\n\nTrade rose by a fifth last year."
        )
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "Hungary wants to be Uzbekistan's door to the European Union.")]
        )

    def test_she_is_not_a_man_the_article_calls_mr(self):
        text = (
            "Chilean President Andrea Solis Vidal received Finnish Prime Minister Mikko Rantanen in Santiago.\n\n"
            "Mr Rantanen praised the lithium talks. Then Ms Solis Vidal spoke.\n\nShe told the press:\n\n"
            '"Chile will not sell its lithium raw any more."'
        )
        self.assertEqual(quotes(text)[-1], ("Andrea Solis Vidal", "Chile will not sell its lithium raw any more."))

    def test_a_that_after_the_clauses_own_verb_is_no_conjunction(self):
        text = INTRO + "Kertész said she had read that report twice."
        self.assertEqual(quotes(text), [("Gábor Kertész", "she had read that report twice")])

    def test_a_that_after_the_clauses_own_subject_and_verb_stays_in_the_clause(self):
        text = INTRO + "Tursunov said the two sides shared the view that the dam must be finished."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "the two sides shared the view that the dam must be finished")]
        )

    def test_a_that_after_an_adverbial_with_a_participle_opens_the_clause(self):
        text = INTRO + "Kertész said in a statement issued after the talks that Hungary backs the corridor."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary backs the corridor")])

    def test_a_quoted_bystander_without_office_is_no_speaker_of_the_visit(self):
        text = (
            INTRO + '"We only want our road back," said Ilona Varga, who runs a bakery by the border. '
            '"Nobody asks us," she added.'
        )
        self.assertEqual(quotes(text), [])

    def test_a_bracketed_portfolio_and_an_acronym_stand_in_a_title(self):
        result = suggest_package(
            "Indian Prime Minister Ravi Desai met Vietnamese Prime Minister Pham Quoc Bao in Hanoi.\n\n"
            "Briefing reporters, Secretary (West) in the MEA Kavita Rao said the visit had gone well."
        )
        self.assertIn("Kavita Rao", [p.name for p in result.participants])


class PronounAntecedentTests(SimpleTestCase):
    def test_he_after_a_quote_opened_by_an_analysts_sentence_is_the_analysts(self):
        text = (
            INTRO + "Tursunov said the corridor would open in spring.\n\n"
            "Laszlo Benedek, who teaches economics at a Budapest business school, was more cautious. "
            '"Corridors are easy to announce. Freight is harder," he said.'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the corridor would open in spring")])

    def test_he_after_a_colon_is_the_unnamed_subject_of_the_sentence(self):
        text = (
            INTRO + "Tursunov said the corridor would open in spring.\n\n"
            'An Uzbek negotiator saw it differently: the timetable, he said, was "wishful".'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the corridor would open in spring")])

    def test_his_counterpart_is_the_other_sides_person_of_the_same_rank(self):
        text = (
            "Finnish Foreign Minister Aino Lehtonen met Chilean Foreign Minister Pablo Reyes Mena in Helsinki, "
            "after Chilean President Lucia Bravo had called Finland a model.\n\n"
            "Lehtonen said the forest talks had gone well. Her counterpart, speaking in Spanish, said Chile "
            "wanted Finnish pulp technology."
        )
        self.assertEqual(quotes(text)[-1], ("Pablo Reyes Mena", "Chile wanted Finnish pulp technology"))

    def test_he_after_a_countrys_office_behind_a_fronted_phrase_is_that_officials(self):
        text = (
            "Lima, 3 March 2025 - Peruvian President Rodrigo Valdivia received Sayyid Talal bin Hamid Al Rawahi, "
            "Special Envoy of His Majesty the Sultan of Oman, in Lima today.\n\nAt the outset of the meeting, "
            "Sayyid Talal conveyed the greetings of His Majesty the Sultan to the Peruvian President.\n\n"
            "For his part, the Peruvian President entrusted the envoy with conveying his greetings to His Majesty "
            "the Sultan. He praised the Sultanate of Oman's wise positions and its role in promoting peace."
        )
        self.assertEqual(
            quotes(text),
            [("Rodrigo Valdivia", "the Sultanate of Oman's wise positions and its role in promoting peace")],
        )

    def test_he_after_a_bare_office_behind_a_fronted_phrase_keeps_the_subject_followed(self):
        text = (
            "During the state visit of the President of the Republic of Peru, Rodrigo Valdivia, to Italy, the Head "
            "of State held talks with the Prime Minister of Italy, Lucia Ferri.\n\nOn Monday, President Valdivia "
            "was received by the President of the Italian Republic, Marco Galli, who offered a luncheon in honour "
            "of the Peruvian delegation. In the afternoon, the Head of State met Peruvians living in Rome, where he "
            "announced the opening of a new consulate in Milan."
        )
        self.assertEqual(quotes(text), [("Rodrigo Valdivia", "the opening of a new consulate in Milan")])


class TitleSpeakerTests(SimpleTestCase):
    def test_an_offices_initials_before_a_surname_are_no_name_of_their_own(self):
        text = (
            "External Affairs Minister Ravi Iyer met Hungarian Foreign Minister Anna Kiss in New Delhi on Monday.\n\n"
            '"Glad to host FM Kiss. Good talks on trade and pharma," EAM Iyer posted on X after the meeting.'
        )
        self.assertEqual(quotes(text), [("Ravi Iyer", "Glad to host FM Kiss. Good talks on trade and pharma")])

    def test_other_capitals_before_a_surname_still_open_a_name(self):
        text = (
            "External Affairs Minister Ravi Iyer met Hungarian Foreign Minister Anna Kiss in New Delhi on Monday.\n\n"
            '"Good talks on trade and pharma," ELA Iyer posted on X after the meeting.'
        )
        self.assertEqual(quotes(text), [])

    def test_a_bare_ministers_title_goes_to_the_minister_of_its_fields(self):
        text = (
            "Doha, March 3 - Minister of State for International Cooperation Noura bint Faisal Al Sulaiti met today "
            "with Minister of Andean Integration and Foreign Affairs of the Republic of Peru Rodrigo Valdivia Soto, "
            "who is visiting the country.\n\nLater, Valdivia Soto met Minister of Commerce and Industry Sheikh "
            "Tamim bin Jassim Al-Marri.\n\nThe Minister of State for International Cooperation affirmed the State "
            "of Qatar's keenness to strengthen its partnership with Peru.\n\nThe Minister of Commerce and Industry "
            "said Qatari investors were studying projects in Peru."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Noura bint Faisal Al Sulaiti",
                    "the State of Qatar's keenness to strengthen its partnership with Peru",
                ),
                ("Tamim bin Jassim Al-Marri", "Qatari investors were studying projects in Peru"),
            ],
        )

    def test_a_ministers_title_in_other_words_shares_its_fields(self):
        text = (
            "Peruvian Foreign Minister Rodrigo Valdivia met Qatari Minister of Commerce and Industry Tamim bin "
            "Jassim Al-Marri in Doha.\n\nThe Minister of Foreign Affairs said Peru wanted Qatari investment in its "
            "ports."
        )
        self.assertEqual(quotes(text), [("Rodrigo Valdivia", "Peru wanted Qatari investment in its ports")])

    def test_demonym_and_title_resolve_to_the_person_in_the_text(self):
        text = INTRO + "“We are friends,” the Serbian President said. “Investments grew,” the Uzbek leader said."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Investments grew")])

    def test_title_without_country_takes_the_last_person_with_that_title(self):
        text = (
            "German Chancellor Markus Hollenberg met Uzbek President Jasur Tursunov.\n\n"
            "“We stay,” the Chancellor said."
        )
        self.assertEqual(quotes(text), [("Markus Hollenberg", "We stay")])

    def test_head_of_our_state_and_head_of_a_named_state(self):
        text = (
            "President of Turkmenistan Myrat Annayev was met by President of Uzbekistan Jasur Tursunov.\n\n"
            "Our peoples are old friends, the head of our state said.\n\n"
            "Gas will flow, the head of the Turkmen state said."
        )
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "Our peoples are old friends"), ("Myrat Annayev", "Gas will flow")]
        )

    def test_ambassador_by_title(self):
        text = (
            "Kazakh Foreign Minister Daulet Nurpeisov received Japan's Ambassador to Kazakhstan Hiroshi Takeda.\n\n"
            "“Tokyo sees Astana as a key partner,” the ambassador noted."
        )
        self.assertEqual(quotes(text), [("Hiroshi Takeda", "Tokyo sees Astana as a key partner")])

    def test_known_alias_resolves_a_bare_title(self):
        people = [KnownPerson("Askar Zhaksylykov", "KZ", "President of Kazakhstan", ("Head of State",))]
        text = (
            "Mongolian President Bat-Erdene Gansukh arrived in Astana.\n\n"
            "We attach great importance to agriculture, the Head of State added."
        )
        self.assertEqual(
            quotes(text, people=people), [("Askar Zhaksylykov", "We attach great importance to agriculture")]
        )

    def test_the_office_holder_the_article_names_wins_over_a_known_alias(self):
        people = [KnownPerson("Askar Zhaksylykov", "KZ", "President of Kazakhstan", ("Head of State",))]
        text = (
            "The President of Kazakhstan Marat Seitkali received the President of Mongolia in Astana.\n\n"
            "We attach great importance to agriculture, the Head of State added."
        )
        self.assertEqual(
            quotes(text, people=people), [("Marat Seitkali", "We attach great importance to agriculture")]
        )

    def test_an_untitled_host_who_receives_is_not_the_minister_of_the_records(self):
        people = [
            KnownPerson("Askar Zhaksylykov", "KZ", "President of Kazakhstan", ("Head of State",)),
            KnownPerson("Daulet Nurpeisov", "KZ", "Minister of Foreign Affairs of Kazakhstan", ("Nurpeisov",)),
        ]
        text = (
            "Marat Seitkali received Minister of Foreign Affairs of the Republic of Peru Jorge Quispe, who is in "
            "Kazakhstan on an official visit.\n\n"
            '"Peru is an important partner of Kazakhstan," the President of Kazakhstan said.\n\n'
            "In turn, the Minister informed the Head of State about his talks in Astana. "
            "He noted that Lima saw Kazakhstan as a gateway to Central Asia."
        )
        self.assertEqual(
            quotes(text, people=people),
            [
                ("Marat Seitkali", "Peru is an important partner of Kazakhstan"),
                ("Jorge Quispe", "Lima saw Kazakhstan as a gateway to Central Asia"),
            ],
        )

    def test_known_person_gives_name_country_and_role(self):
        people = [KnownPerson("Aleksandar Vučić", "RS", "President of Serbia", ("Vucic", "the Serbian leader"))]
        result = suggest_package("“We are ready,” the Serbian leader said in Belgrade.", people=people)
        vucic = {"name": "Aleksandar Vučić", "country": "RS", "role": "head_of_state", "title": "President of Serbia"}
        self.assertEqual(result.quotes[0].speaker.to_dict(), vucic)
        self.assertEqual([p.to_dict() for p in result.participants], [vucic])


class DescriptionSpeakerTests(SimpleTestCase):
    text = "Kazakh President Kassym-Jomart Tokayev received Australian Foreign Minister Penny Wong in Astana.\n\n"

    def test_capital_for_its_country_and_top_diplomat_for_the_foreign_minister(self):
        text = self.text + "“Our ties have never been stronger,” Canberra's top diplomat said."
        self.assertEqual(quotes(text), [("Penny Wong", "Our ties have never been stronger")])

    def test_his_guest_is_the_visitor(self):
        text = self.text + "“We are glad to be here,” his guest said."
        self.assertEqual(quotes(text), [("Penny Wong", "We are glad to be here")])


class DiacriticsTests(SimpleTestCase):
    def test_name_without_diacritics_is_the_same_person(self):
        text = "Serbian President Aleksandar Vučić met his guest.\n\n“We are ready,” Vucic said."
        self.assertEqual(quotes(text), [("Aleksandar Vučić", "We are ready")])

    def test_serbian_dj_matches_d_with_stroke(self):
        text = "State Secretary Milan Đorđević attended.\n\nDjordjevic said: Trade grew by a third."
        self.assertEqual(quotes(text), [("Milan Đorđević", "Trade grew by a third.")])

    def test_known_person_found_by_folded_surname(self):
        people = [KnownPerson("Selim Karataş", "TR", "President of Türkiye")]
        self.assertEqual(quotes("“We are ready,” said Karatas.", people=people), [("Selim Karataş", "We are ready")])


class NotAQuoteTests(SimpleTestCase):
    def test_unnamed_official_is_not_quoted(self):
        text = INTRO + "“No decisions were made,” a Hungarian official said.\n\nA source said: “Talks were long.”"
        self.assertEqual(quotes(text), [])

    def test_a_business_person_described_before_the_name_is_not_a_participant(self):
        text = INTRO + "“Beef demand is growing,” said Sao Mai chief executive Nguyen Thi Lan Huong."
        self.assertEqual(quotes(text), [])

    def test_a_specialist_described_after_the_name_is_not_a_participant(self):
        text = INTRO + "“The message is aimed at Washington,” said Gabriela Ruiz, a trade specialist at a think tank."
        self.assertEqual(quotes(text), [])

    def test_a_managing_director_titled_before_the_name_is_not_a_participant(self):
        text = INTRO + "“We will start with assembly,” said managing director Claudia Holtmann."
        self.assertEqual(quotes(text), [])

    def test_the_head_of_a_chamber_of_commerce_is_not_a_participant(self):
        text = (
            INTRO
            + "“The potential is much bigger,” said Anna Kowalczyk, head of the Polish-Hungarian Chamber of Commerce."
        )
        self.assertEqual(quotes(text), [])

    def test_institution_is_not_quoted(self):
        text = INTRO + "“We welcome the progress,” the Hungarian Foreign Ministry said in a statement."
        self.assertEqual(quotes(text), [])

    def test_spokesperson_of_a_named_leader_is_not_the_leader(self):
        text = INTRO + "“Talks lasted three hours,” a spokesperson for Tursunov said."
        self.assertEqual(quotes(text), [])

    def test_people_who_take_no_part_are_not_quoted_nor_participants(self):
        text = INTRO + (
            "“Both governments want options,” said Lucas Moreira, an international relations professor at the "
            "University of Brasilia.\n\n“The new law helps,” said Marco Ferrandi, chief executive of Ferrandi "
            "Costruzioni."
        )
        result = suggest_package(text)
        self.assertEqual(quotes(text), [])
        self.assertEqual({p.name for p in result.participants}, {"Jasur Tursunov", "Gábor Kertész"})

    def test_scare_quotes_are_not_quotes(self):
        text = INTRO + "Kertész praised the so-called “Budapest format” and the “Danube” project."
        self.assertEqual(quotes(text), [])

    def test_names_of_projects_and_works_are_not_quotes(self):
        text = INTRO + "The presidents visited the exhibition „Two Nations, One Past” and the “Silk Way” project."
        self.assertEqual(quotes(text), [])

    def test_unattributed_quote_in_narrative_is_dropped(self):
        self.assertEqual(quotes("The leaders met in Tashkent. “Trade matters.” The talks ended."), [])


class AgreementShapeTests(SimpleTestCase):
    """Agreements in shapes of copy the dev corpus has once or never, each worded anew."""

    def spheres(self, text: str, dateline: datetime.date | None = None) -> list[tuple[str, str]]:
        return [(a.title, a.sphere) for a in suggest_package(text, dateline=dateline).agreements]

    def test_a_section_heading_tells_what_its_paragraphs_signed(self):
        text = (
            "Analysis | 3 March 2025\n\nThe visit was long on ceremony.\n\nWhat the leaders signed\n\n"
            "A fisheries roadmap commits both sides to joint patrols. Smaller agreements covered seismology "
            "research and port safety.\n\nWhat was not\n\nA defence pact remains a draft."
        )
        self.assertEqual(
            self.spheres(text),
            [
                ("Fisheries roadmap", "agriculture"),
                ("Agreement on seismology research", "science"),
                ("Agreement on port safety", "transport"),
            ],
        )

    def test_the_parties_and_of_between_does_not_end_the_title(self):
        text = (
            "They signed an Agreement between the Ministry of Health of Chile and the Ministry of Social Affairs "
            "of Finland on cooperation in the field of public hospitals."
        )
        self.assertEqual(self.spheres(text)[0][1], "health")

    def test_and_another_on_is_a_second_instrument_of_the_same_kind(self):
        text = "The ministers signed a protocol on rail freight and another on the return of migrants."
        self.assertEqual(
            self.spheres(text),
            [("Protocol on rail freight", "transport"), ("Protocol on the return of migrants", "migration")],
        )

    def test_topics_in_the_sentence_after_a_count_of_signed_instruments(self):
        text = "The two presidents signed four memoranda. They cover fisheries, tourism and banking."
        self.assertEqual([s for _, s in self.spheres(text)], ["agriculture", "tourism", "finance"])

    def test_notes_exchanged_and_a_credit_line_are_instruments(self):
        text = (
            "Notes on a 30 billion yen loan for a metro line were exchanged. The two sides also signed a credit "
            "line for farm machinery."
        )
        # the field of a loan is what the money is for
        self.assertEqual([s for _, s in self.spheres(text)], ["transport", "agriculture"])

    def test_the_joint_statement_mentioned_without_a_verb_is_the_visits(self):
        text = "The joint declaration is twelve pages long and names energy first."
        self.assertEqual(self.spheres(text), [("Joint declaration", "political")])

    def test_a_year_before_the_visit_in_a_when_clause_is_background(self):
        text = "Trade has grown since 2019, when the two sides signed an agreement on investment protection."
        self.assertEqual(self.spheres(text, dateline=datetime.date(2025, 5, 1)), [])

    def test_a_field_after_the_comma_is_not_the_next_instruments(self):
        text = "Two airlines signed an interline deal, and two universities signed a memorandum on student exchanges."
        self.assertEqual([s for _, s in self.spheres(text)], ["other", "education"])

    def test_biofuels_are_energy(self):
        text = "The leaders signed agreements on ethanol blending and geothermal drilling."
        self.assertEqual([s for _, s in self.spheres(text)], ["energy", "energy"])

    def test_weapons_and_chips_and_youth_find_their_spheres(self):
        text = (
            "They signed a contract for artillery shells, an agreement on semiconductor design and a memorandum "
            "on youth exchanges."
        )
        self.assertEqual([s for _, s in self.spheres(text)], ["defence", "digital", "culture"])


class LoanAndBackgroundTests(SimpleTestCase):
    def test_a_loan_for_a_named_purpose_signed_during_the_visit(self):
        result = suggest_package("The two finance ministers signed a $90 million loan for a water plant in Tarija.")
        self.assertEqual(
            [(a.title, a.sphere) for a in result.agreements], [("Loan for a water plant in Tarija", "water")]
        )

    def test_an_instrument_of_earlier_this_year_is_background(self):
        result = suggest_package("Earlier this year, the two countries signed a treaty on legal assistance.")
        self.assertEqual(result.agreements, ())

    def test_documents_signed_since_an_earlier_event_are_background(self):
        text = (
            "The two countries opened embassies in 2001 and have since signed a number of agreements, including on "
            "fisheries. Several contracts have since been signed, including a contract for 40 patrol boats."
        )
        self.assertEqual(suggest_package(text).agreements, ())

    def test_a_signing_after_a_since_clause_is_the_visits(self):
        text = "Trade has doubled since 2019, and on Monday the ministers signed an agreement on fisheries."
        self.assertEqual([a.title for a in suggest_package(text).agreements], ["Agreement on fisheries"])

    def test_a_total_before_the_list_of_the_deals_fields_gives_one_deal_per_field(self):
        text = (
            "On the sidelines of the forum, Vessan and Kolvian firms signed 12 MOUs worth a combined $3.1 billion in "
            "areas such as fertilisers, wind farms and container ports. Their banks signed 5 business deals worth "
            "about 400 million dollars, covering a cement plant and a rail depot."
        )
        self.assertEqual(
            [(a.title, a.sphere) for a in suggest_package(text).agreements],
            [
                ("MoU on fertilisers", "agriculture"),
                ("MoU on wind farms", "energy"),
                ("MoU on container ports", "transport"),
                ("Business deal on a cement plant", "investment"),
                ("Business deal on a rail depot", "transport"),
            ],
        )

    def test_a_total_that_names_no_field_is_no_deal(self):
        text = "Firms of the two countries signed deals worth about $2 billion in total during the visit."
        self.assertEqual(suggest_package(text).agreements, ())

    def test_signers_listed_with_commas_before_the_list_of_fields(self):
        text = (
            "The two leaders witnessed the signing of cooperation documents between the two parties, ministries and "
            "provinces, covering coffee growing, wind power and television news."
        )
        self.assertEqual([a.sphere for a in suggest_package(text).agreements], ["agriculture", "energy", "media"])

    def test_a_comma_after_one_pair_of_signers_keeps_its_list(self):
        text = (
            "The leaders witnessed the signing of documents between the two foreign ministries, covering consular "
            "affairs and visas, as the talks ended."
        )
        self.assertEqual([a.sphere for a in suggest_package(text).agreements], ["consular", "consular"])

    def test_a_kind_word_as_one_item_of_an_open_list_names_that_item_only(self):
        text = (
            "The ministers signed seven agreements, covering fisheries, wind power, technical protocols for rice "
            "seed exports, trade fairs, film making and the exemption of visas for students."
        )
        self.assertEqual(
            [a.title for a in suggest_package(text).agreements][3:],
            [
                "Agreement on trade fairs",
                "Agreement on film making",
                "Agreement on the exemption of visas for students",
            ],
        )

    def test_the_and_between_two_signers_leaves_the_list_open(self):
        text = (
            "The ministers signed agreements covering wind power, soil research between Ostrian and Vessan "
            "institutes, technical protocols for rice seed exports, film making and visas."
        )
        self.assertEqual(
            [a.title for a in suggest_package(text).agreements][1],
            "Agreement on soil research between Ostrian and Vessan institutes",
        )
        self.assertEqual(len(suggest_package(text).agreements), 5)

    def test_a_kind_word_after_a_closed_list_opens_a_list_of_its_own(self):
        text = "The ministers signed agreements on fisheries and wind power, protocols on rice seeds, maize and wheat."
        self.assertEqual(
            [a.kind for a in suggest_package(text).agreements],
            ["agreement", "agreement", "protocol", "protocol", "protocol"],
        )

    def test_the_names_of_an_items_signers_do_not_make_it_too_long_for_the_list(self):
        text = (
            "The ministers exchanged memoranda on fisheries, on rail links, on payments between the Central Bank of "
            "the Republic of Ostria and the National Bank of Vessa, on broadcasting."
        )
        self.assertEqual(
            [a.sphere for a in suggest_package(text).agreements], ["agriculture", "transport", "finance", "media"]
        )

    def test_talks_between_people_after_an_item_still_end_the_list(self):
        text = (
            "The ministers signed memoranda on fisheries, rail links and the training of young engineers after long "
            "talks between the two prime ministers and their trade delegations."
        )
        self.assertFalse([a.title for a in suggest_package(text).agreements if "talks" in a.title])

    def test_fields_between_semicolons_before_an_item_of_its_own_kind_are_the_lists(self):
        text = (
            "The remaining documents cover wind power, signed by the energy ministers; film and music; a framework "
            "arrangement on export loans; and a swap arrangement between the central banks."
        )
        self.assertEqual(
            [a.title for a in suggest_package(text).agreements],
            [
                "Remaining document on wind power",
                "Remaining document on film and music",
                "Framework arrangement on export loans",
                "Swap arrangement between the central banks",
            ],
        )

    def test_one_field_before_an_item_of_its_own_kind_is_no_list(self):
        text = "The remaining documents cover wind power; a framework arrangement on export loans; and film and music."
        self.assertFalse([a for a in suggest_package(text).agreements if a.title.startswith("Remaining document")])

    def test_a_working_holiday_programme_is_labour(self):
        result = suggest_package("The ministers signed a working holiday programme for young people.")
        self.assertEqual([a.sphere for a in result.agreements], ["labour"])


class InstrumentFieldTests(SimpleTestCase):
    def spheres(self, text: str) -> list[str]:
        return [a.sphere for a in suggest_package(text).agreements]

    def test_next_phase_is_no_future_tense(self):
        self.assertEqual(
            self.spheres("They signed an exchange of notes on a loan for the next phase of the Lima metro."),
            ["transport"],
        )

    def test_a_financing_agreement_takes_the_field_named_after_its_comma(self):
        text = (
            "Signed today:\n\n1. A Financing Agreement for a US$80 million facility under the Harvest Fund, "
            "for the purchase of irrigation pumps and tractors by smallholders"
        )
        self.assertEqual(self.spheres(text), ["water"])

    def test_commercial_agreements_take_the_field_named_after_them(self):
        text = (
            "In addition, commercial agreements were concluded in the fields of dairy farming and geological "
            "exploration, and a commercial contract was signed."
        )
        self.assertEqual(self.spheres(text), ["agriculture", "mining", "trade"])

    def test_a_named_fund_tells_who_lends_not_the_field(self):
        text = (
            "The finance ministers signed a framework agreement on the Economic Development Cooperation Fund and "
            "an arrangement on soft loans under the Trade Promotion Fund for a port in Tarn."
        )
        self.assertEqual(self.spheres(text), ["finance", "transport"])

    def test_money_no_title_word_names_takes_the_field_after_the_comma(self):
        text = (
            "The ministers signed an exchange of notes for a grant of 900 million yen, to equip laboratories at the "
            "Tarn Institute for Medical Research, and a framework agreement on the Rural Credit Fund."
        )
        self.assertEqual(self.spheres(text), ["health", "finance"])

    def test_a_fund_among_the_signers_leaves_the_field_to_the_topic(self):
        text = (
            "They signed a memorandum between the Vessa Investment Fund and the Kolvian Trade Agency on attracting "
            "investors."
        )
        self.assertEqual(self.spheres(text), ["investment"])

    def test_keeping_a_border_is_security_and_trade_across_it_still_trade(self):
        text = (
            "They signed a cooperation document on border management, a protocol on border control and a "
            "memorandum on cross-border trade."
        )
        self.assertEqual(self.spheres(text), ["security", "security", "trade"])

    def test_biotechnology_is_science_and_a_vaccine_still_health(self):
        text = "They signed a memorandum on marine biotechnology and a protocol on vaccine production."
        self.assertEqual(self.spheres(text), ["science", "health"])

    def test_a_chamber_of_entrepreneurs_is_a_business_body_not_a_legislature(self):
        text = (
            "The ministers witnessed the signing of a memorandum of understanding between the Vessa Chamber and the "
            "National Chamber of Entrepreneurs of Kolvia."
        )
        self.assertEqual(self.spheres(text), ["trade"])

    def test_a_chamber_beside_a_senate_is_still_a_legislature(self):
        text = "They signed a memorandum of understanding between the Vessan Senate and the Kolvian National Chamber."
        self.assertEqual(self.spheres(text), ["political"])


class AgreementTests(SimpleTestCase):
    def agreements(self, text: str) -> list[dict]:
        return suggest_package(text).to_dict()["agreements"]

    def test_signed_instrument_with_kind_sphere_and_status(self):
        text = (
            "The ministers signed a memorandum on cooperation in vocational education and agreed to start work "
            "on a roadmap for cooperation in renewable energy."
        )
        self.assertEqual(
            self.agreements(text),
            [
                {
                    "title": "Memorandum on cooperation in vocational education",
                    "kind": "memorandum",
                    "sphere": "education",
                    "status": "signed",
                }
            ],
        )

    def test_plans_drafts_and_negotiations_are_not_agreements(self):
        text = (
            "The sides discussed a draft agreement on double taxation. An agreement on air policing is being "
            "negotiated. They plan to sign a treaty on strategic partnership next year."
        )
        self.assertEqual(self.agreements(text), [])

    def test_totals_that_name_no_document_are_not_agreements(self):
        self.assertEqual(self.agreements("Today, a number of agreements in different spheres were reached."), [])
        text = "The leaders signed 15 documents, including an agreement on visa-free travel."
        self.assertEqual([a["title"] for a in self.agreements(text)], ["Agreement on visa-free travel"])

    def test_list_gives_one_agreement_per_item(self):
        text = "The two sides signed memoranda on aviation, education and customs cooperation."
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["aviation", "education", "customs"])

    def test_plural_list_with_prepositions_splits_into_items_with_spheres(self):
        text = "Their ministers signed agreements on defence cooperation and on mining."
        self.assertEqual(
            [(a["title"], a["sphere"]) for a in self.agreements(text)],
            [("Agreement on defence cooperation", "defence"), ("Agreement on mining", "mining")],
        )

    def test_list_items_keep_their_own_and_and_the_last_one_without_a_serial_comma_splits(self):
        text = (
            "Ministers signed memoranda on policing and border security, seasonal employment and vocational training."
        )
        self.assertEqual(
            [a["title"] for a in self.agreements(text)],
            [
                "Memorandum on policing and border security",
                "Memorandum on seasonal employment",
                "Memorandum on vocational training",
            ],
        )

    def test_list_with_capitalised_items_stops_at_the_next_kind_word(self):
        text = (
            "They signed agreements on cooperation in the field of veterinary medicine, on the mutual recognition of "
            "educational documents and a memorandum on cooperation between the national news agencies."
        )
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["agriculture", "education", "media"])

    def test_including_list_after_a_total(self):
        text = "Today we signed six agreements, including on the electricity interconnector, and on cultural heritage."
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["energy", "culture"])

    def test_a_deal_signed_in_an_earlier_year_is_background(self):
        text = "date 2024-10-02 Poland signed framework deals in 2022 to buy tanks, howitzers and light fighters."
        self.assertEqual(self.agreements(text), [])

    def test_an_activity_word_yields_to_the_field_for_the_sphere(self):
        text = "The ministers signed an agreement on the training of health professionals."
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["health"])

    def test_a_list_ends_at_the_next_instrument_after_a_comma(self):
        text = (
            "The ministers sign memoranda on waterway navigation and customs cooperation, an agreement on the joint "
            "management of the river channel and a protocol on health care."
        )
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["transport", "customs", "transport", "health"])

    def test_what_a_company_instrument_is_for_names_it(self):
        text = (
            "Turin-based Ferrandi Costruzioni signed a €350 million contract to build a desalination plant near Oran."
        )
        self.assertEqual(
            [(a["title"], a["sphere"]) for a in self.agreements(text)],
            [("Contract to build a desalination plant near Oran", "water")],
        )

    def test_signing_as_a_participle_after_a_comma_is_signed(self):
        text = (
            "The presidents agreed on Wednesday to expand grain trade, signing a protocol on phytosanitary "
            "requirements for beef."
        )
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["agriculture"])

    def test_a_plan_of_action_names_an_instrument_not_an_intention(self):
        text = (
            "The two sides signed a plan of action for 2024-2026 and a memorandum on cooperation between their "
            "diplomatic academies."
        )
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["political", "political"])

    def test_a_live_blog_heading_lists_what_the_visit_produced(self):
        text = (
            "12.40pm – Documents: memoranda on policing, seasonal employment and vocational training.\n\n"
            "12:20 – Also announced: a financing package of 300 million euros for renewable energy projects."
        )
        # a financing package for projects in the plural is the money's own field, whatever the projects' field
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["security", "labour", "education", "finance"])

    def test_a_financing_facility_is_an_instrument(self):
        text = "Export Finance Australia signed a A$400 million financing facility to support Australian suppliers."
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["finance"])

    def test_an_instruments_own_signed_verb_outweighs_later_plans(self):
        text = (
            "A memorandum on critical minerals cooperation was signed, but Canberra and Hanoi agreed to negotiate a "
            "more detailed partnership agreement over the next 12 months."
        )
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["mining"])

    def test_kinds_and_spheres_from_the_whole_title(self):
        text = (
            "The sides signed a protocol on customs cooperation, a programme of cultural cooperation, "
            "a joint declaration on strategic partnership and an agreement on air services."
        )
        self.assertEqual(
            [(a["kind"], a["sphere"]) for a in self.agreements(text)],
            [
                ("protocol", "customs"),
                ("programme", "culture"),
                ("declaration", "political"),
                ("agreement", "aviation"),
            ],
        )

    def test_initialled_is_not_an_agreement(self):
        text = "The sides initialled an agreement on the protection of investments, to be signed in November."
        self.assertEqual(self.agreements(text), [])

    def test_signed_and_announced_items_joined_by_and(self):
        text = "The ministers signed a memorandum on seasonal workers and announced a new youth mobility agreement."
        self.assertEqual([a["title"] for a in self.agreements(text)], ["Memorandum on seasonal workers"])

    def test_discussed_flights_are_not_an_agreement(self):
        self.assertEqual(self.agreements("The leaders discussed the launch of direct flights."), [])

    def test_numbered_items_under_a_signing_lead_in_are_signed(self):
        text = (
            "After the talks the ministers witnessed the signing of the following documents:\n\n"
            "1 - A memorandum on cooperation in fisheries.\n\n"
            "2 - A loan agreement worth $20 million for a hospital.\n\n"
            "The ministers then toured the port."
        )
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["agriculture", "finance"])

    def test_bullets_under_a_what_was_signed_heading_are_signed_and_not_signed_ones_are_left_out(self):
        text = "What was signed\n- A memorandum on rail freight.\n- Not signed: an agreement on air services.\n"
        self.assertEqual([a["title"] for a in self.agreements(text)], ["Memorandum on rail freight"])

    def test_numbered_paragraphs_after_the_list_do_not_inherit_its_signing(self):
        text = (
            "3. The following agreements were signed:\n"
            "   1. Agreement on tourism;\n"
            "4. The leaders agreed to work on an agreement on fisheries.\n"
        )
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["tourism"])

    def test_documents_covering_areas_including_a_list_give_one_per_area(self):
        text = (
            "The presidents witnessed the signing of 12 documents covering areas including health, tourism and media."
        )
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["health", "tourism", "media"])

    def test_a_range_of_areas_gives_its_ends_as_items(self):
        text = "The two countries signed six agreements in areas ranging from fisheries to customs cooperation."
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["agriculture", "customs"])

    def test_the_agreements_cover_a_list_after_a_signing_sentence(self):
        text = "The two countries signed three agreements. The agreements cover health, tourism and sport."
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["health", "tourism", "sport"])

    def test_a_short_form_in_brackets_does_not_hide_the_topic(self):
        text = "They exchanged a memorandum of understanding (MoU) on tourism."
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["tourism"])

    def test_a_capitalised_kind_after_an_indefinite_article_is_not_a_named_treaty(self):
        text = "The leaders witnessed the signing of a Financing Agreement for the supply of tractors."
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["agriculture"])

    def test_an_issued_joint_statement_is_an_agreement(self):
        text = "The two sides also issued a joint statement on deepening their strategic partnership."
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["political"])

    def test_a_statement_issued_at_the_close_of_the_talks_is_signed_whatever_it_plans(self):
        for text in (
            "In a joint statement issued after the talks, the two ministers agreed to open a consulate in Vessa.",
            "In a joint statement issued at the close of the visit, the leaders said they will meet again next year.",
        ):
            with self.subTest(text=text):
                self.assertEqual([a["status"] for a in self.agreements(text)], ["signed"])

    def test_a_statement_still_to_be_issued_after_the_talks_is_none(self):
        text = "The two sides will open a consulate, and a joint statement will be issued after the talks."
        self.assertEqual(self.agreements(text), [])

    def test_an_implementation_plan_is_an_instrument(self):
        text = "The ministers signed an implementation plan for cultural exchanges."
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["culture"])

    def test_an_instrument_signed_in_an_earlier_year_is_background(self):
        text = (
            "date 2024-05-02\nThe ministers reviewed the $375 million contract for the supply of radars, "
            "signed in January 2022. They also recalled a joint statement issued last year."
        )
        self.assertEqual(self.agreements(text), [])

    def test_in_the_presence_of_is_the_ceremony_not_a_topic(self):
        text = "The documents were exchanged in the presence of the two prime ministers after the talks."
        self.assertEqual(self.agreements(text), [])

    def test_topics_after_were_signed_without_a_comma(self):
        text = "Two memoranda were signed on small enterprises and on cooperation between chambers of commerce."
        self.assertEqual(len(self.agreements(text)), 2)

    def test_an_instrument_expanding_a_programme_keeps_its_subject(self):
        text = "The leaders signed a joint declaration expanding the seasonal agricultural worker programme."
        # (the workers' scheme is labour's, whichever trade they work in)
        self.assertEqual([a["sphere"] for a in self.agreements(text)], ["labour"])

    def test_no_new_deals_concluded_is_not_an_agreement(self):
        self.assertEqual(self.agreements("Officials said no new deals on beef were concluded."), [])


class DateTests(SimpleTestCase):
    dateline = datetime.date(2024, 11, 19)  # a Tuesday

    def dates(self, text: str) -> list[str]:
        return [d["date"] for d in suggest_package(text, dateline=self.dateline).to_dict()["dates"]]

    def test_absolute_formats(self):
        text = "He arrived on November 18. Talks were held on 17 November 2024 and on 16.11.2024."
        self.assertEqual(self.dates(text), ["2024-11-18", "2024-11-17", "2024-11-16"])

    def test_date_without_year_takes_the_nearest_year(self):
        self.assertEqual(self.dates("Relations were set up on January 5."), ["2025-01-05"])

    def test_day_ranges_give_both_days(self):
        self.assertEqual(self.dates("He paid a visit on 26-27 February."), ["2025-02-26", "2025-02-27"])

    def test_relative_weekdays_past_and_future(self):
        text = "He arrived on Monday. He will fly to Osh on Thursday. Talks ended last Tuesday."
        self.assertEqual(self.dates(text), ["2024-11-18", "2024-11-21", "2024-11-12"])

    def test_yesterday_today_tomorrow(self):
        self.assertEqual(
            self.dates("Talks began yesterday. Today he laid a wreath. He leaves tomorrow."),
            ["2024-11-18", "2024-11-19", "2024-11-20"],
        )

    def test_vague_relative_dates_are_skipped(self):
        self.assertEqual(self.dates("The ministers meet next week. A visit is planned next year, in May."), [])

    def test_dates_inside_quotes_are_skipped(self):
        self.assertEqual(self.dates("“Today we signed ten documents,” Tursunov said."), [])

    def test_header_gives_the_dateline(self):
        result = suggest_package(" date 2024-11-19 He arrived yesterday.")
        self.assertEqual((result.dateline, result.to_dict()["dates"][0]["date"]), (self.dateline, "2024-11-18"))

    def test_present_tense_travel_is_upcoming(self):
        self.assertEqual(self.dates("Lehtonen returns to Helsinki on Thursday."), ["2024-11-21"])

    def test_what_names_the_event(self):
        data = suggest_package("Tursunov arrived in Budapest on Monday.", dateline=self.dateline).to_dict()
        self.assertEqual(data["dates"], [{"date": "2024-11-18", "what": "arrival"}])


class PlaceTests(SimpleTestCase):
    def places(self, text: str) -> list[dict]:
        return suggest_package(text).to_dict()["places"]

    def test_cities_and_venues_with_what_happened_there(self):
        text = (
            "Tokayev arrived in Belgrade on Monday. An official welcome ceremony took place in the square in front "
            "of the Palace of Serbia. The talks were held in Akorda."
        )
        self.assertEqual(
            self.places(text),
            [
                {"name": "Belgrade", "what": "arrival"},
                {"name": "Palace of Serbia", "what": "welcome ceremony"},
                {"name": "Akorda", "what": "talks"},
            ],
        )

    def test_initials_inside_a_venue_name(self):
        text = "The ministers met in Ottawa at the Lester B. Pearson Building."
        self.assertEqual([p["name"] for p in self.places(text)], ["Ottawa", "Lester B. Pearson Building"])

    def test_countries_regions_routes_and_quotes_are_not_places(self):
        text = (
            "He arrived in Serbia. Trade in Central Asia grew. They discussed flights between Astana and Belgrade. "
            "“We will meet in Vienna,” he said."
        )
        self.assertEqual(self.places(text), [])


class CountryTests(SimpleTestCase):
    def test_names_and_demonyms_map_to_iso_codes(self):
        for word, code in [
            ("Kazakh", "KZ"),
            ("Kazakhstani", "KZ"),
            ("Serbian", "RS"),
            ("Uzbek", "UZ"),
            ("Türkiye", "TR"),
            ("South Africa's", "ZA"),
            ("Emirati", "AE"),
            ("Kyrgyz", "KG"),
        ]:
            with self.subTest(word=word):
                self.assertEqual(country_code(word), code)

    def test_west_african_and_pacific_countries_are_known(self):
        for word, code in [("Côte d'Ivoire", "CI"), ("Ivorian", "CI"), ("Fiji", "FJ"), ("Namibian", "NA")]:
            with self.subTest(word=word):
                self.assertEqual(country_code(word), code)

    def test_at_least_eighty_countries(self):
        from relations_plugin.extraction.lexicon import _COUNTRY_FORMS

        self.assertGreaterEqual(len(_COUNTRY_FORMS), 80)

    def test_host_comes_first_from_the_story_not_the_dateline(self):
        text = (
            "ASTANA, Nov 18 – Kazakh President Kassym-Jomart Tokayev arrived in Belgrade on Monday for talks with "
            "Serbian President Aleksandar Vučić."
        )
        self.assertEqual(suggest_package(text).to_dict()["countries"], ["RS", "KZ"])

    def test_a_leader_joining_by_video_link_adds_no_third_country(self):
        text = (
            "MONTEVIDEO - Argentine President Federico Arrieta held talks with Uruguayan President Martin Sosa in "
            "Montevideo.\n\nBrazilian President Ricardo Lins joined the meeting by video link from Brasilia."
        )
        self.assertEqual([c.code for c in suggest_package(text).countries], ["UY", "AR"])

    def test_visit_pair_comes_first(self):
        text = "The Kazakh leader met Serbian President Vučić in Belgrade. Kazakhstan and Serbia support the UN."
        self.assertEqual(suggest_package(text).to_dict()["countries"][:2], ["RS", "KZ"])


class ParticipantTests(SimpleTestCase):
    def people(self, text: str) -> list[tuple[str, str]]:
        return [(p.name, p.country) for p in suggest_package(text).participants]

    def test_a_known_persons_surname_with_another_given_name_is_another_person(self):
        people = [KnownPerson("Jasur Tursunov", "UZ", "President of Uzbekistan")]
        text = (
            "Kuwaiti Amir Fahad Al-Sabah received Uzbek President Bakhtiyor Yusupov in Kuwait. The Uzbek "
            "delegation includes Foreign Minister Farkhod Tursunov."
        )
        names = [p.name for p in suggest_package(text, people=people).participants]
        self.assertIn("Farkhod Tursunov", names)
        self.assertNotIn("Jasur Tursunov", names)

    def test_the_leader_who_makes_a_visit_to_the_host_is_the_guest(self):
        text = (
            "MEXICO CITY - Prime Minister Daniel Fortier made his first official visit to Mexico, meeting President "
            "Elena Arriaga. Canada and Mexico agreed to talk again. Mexico hosted the talks in Mexico City."
        )
        self.assertIn(("Daniel Fortier", "CA"), self.people(text))

    def test_a_minister_of_state_at_a_ministry_is_titled(self):
        text = (
            "Qatari Prime Minister Khalid Al-Thani met Rwandan President Paul Kagabo in Kigali. The meeting was "
            "attended by Minister of State at the Ministry of Foreign Affairs Dr. Mohammed Al-Mannai."
        )
        self.assertIn("Mohammed Al-Mannai", [n for n, _ in self.people(text)])

    def test_honorifics_before_a_name_are_not_part_of_it(self):
        text = "Malaysian Prime Minister Datuk Seri Kamal Hisham met Thai Prime Minister Somchai Wong in Bangkok."
        self.assertIn(("Kamal Hisham", "MY"), self.people(text))

    def test_an_honorific_inside_a_name_stays(self):
        text = "Malaysian Trade Minister Tengku Datuk Seri Zafrul Tengku Aziz met Thai officials in Bangkok."
        self.assertIn("Tengku Datuk Seri Zafrul Tengku Aziz", [n for n, _ in self.people(text)])

    def test_ministers_accompanying_a_leader_are_on_the_leaders_side(self):
        text = (
            "Kenyan President Daniel Mwangi held talks with Tanzanian President Amina Juma in Dodoma.\n\n"
            "President Mwangi was accompanied by Hon. Peter Otieno, Minister of Energy; Hon. Grace Wanjiru, "
            "Minister of Health; and senior officials."
        )
        people = self.people(text)
        self.assertIn(("Peter Otieno", "KE"), people)
        self.assertIn(("Grace Wanjiru", "KE"), people)

    def test_a_list_of_officials_before_are_accompanying_the_leader_is_the_leaders_side(self):
        text = (
            "KUALA LUMPUR, May 4 - Turkish President Ahmet Ozkan held talks with Prime Minister Anwar Rahman in "
            "Putrajaya.\n\nForeign Minister Emre Tasdemir, Industry and Technology Minister Selin Koral and Chief "
            "Adviser to the President on Foreign Policy Kaan Yildiz are accompanying President Ozkan on the visit.\n\n"
            "Energy Minister Halim Osman and several members of parliament accompanied the prime minister."
        )
        people = self.people(text)
        self.assertIn(("Emre Tasdemir", "TR"), people)
        self.assertIn(("Selin Koral", "TR"), people)
        self.assertIn(("Kaan Yildiz", "TR"), people)
        self.assertIn(("Halim Osman", "MY"), people)

    def test_a_name_whose_clause_comes_before_the_accompanying_list_is_not_of_it(self):
        text = (
            "KUALA LUMPUR, May 4 - Turkish President Ahmet Ozkan held talks with Prime Minister Anwar Rahman in "
            "Putrajaya.\n\nTrade Minister Halim Osman said Foreign Minister Emre Tasdemir accompanied President "
            "Ozkan."
        )
        self.assertIn(("Halim Osman", "MY"), self.people(text))

    def test_a_rulers_title_right_after_another_office_is_a_given_name(self):
        text = "Foreign Minister Amir Ben-Dor of Israel met Ethiopian Foreign Minister Kebede Alemu in Addis Ababa."
        self.assertIn(("Amir Ben-Dor", "IL"), self.people(text))

    def test_a_rulers_title_opening_the_run_stays_a_title(self):
        text = "Qatari Emir Tamim Al Hamad received Foreign Minister Amir Ben-Dor of Israel in Doha."
        self.assertIn(("Tamim Al Hamad", "QA"), self.people(text))

    def test_a_titled_first_name_is_the_one_full_name_of_that_office(self):
        text = (
            "PM Tariq, Emirati president discuss trade\n\nABU DHABI: Prime Minister Tariq Aslam Qadir on Wednesday "
            "met UAE President Saif bin Rashid Al Nuaimi in Abu Dhabi."
        )
        self.assertEqual(["Tariq Aslam Qadir", "Saif bin Rashid Al Nuaimi"], [n for n, _ in self.people(text)])

    def test_a_first_name_titled_with_another_office_is_another_person(self):
        text = (
            "Pakistani Prime Minister Tariq Aslam Qadir met UAE President Saif bin Rashid Al Nuaimi in Abu Dhabi. "
            "Governor Tariq of the State Bank of Pakistan also attended."
        )
        self.assertIn("Tariq", [n for n, _ in self.people(text)])

    SIGNED_PAIRS = (
        "BRASILIA, May 4 - Nigerian President Musa Bello held talks with President Paulo Lima in Brasilia.\n\nThe "
        "memorandum on farming was signed by the Minister of Agriculture, Senator Ade Okon, and the Brazilian "
        "Minister of Agriculture, Mr Rui Santos; "
    )

    def test_a_semicolon_ends_a_pair_of_signers_so_the_uncountried_one_is_the_other_side(self):
        text = self.SIGNED_PAIRS + (
            "the agreement on defence was signed by the Minister of Defence, Alhaji Sani Garba, and the Brazilian "
            "Minister of Defence, Mr Joao Neves."
        )
        self.assertIn(("Ade Okon", "NG"), self.people(text))

    def test_a_lone_signer_after_the_semicolon_pairs_with_nobody_before_it(self):
        text = self.SIGNED_PAIRS + "the agreement on defence was signed by the Minister of Defence, Mr Joao Neves."
        self.assertIn(("Joao Neves", "BR"), self.people(text))

    def test_a_title_after_a_comma_belongs_to_the_previous_name(self):
        text = (
            "At the invitation of Dr. Amina Juma, President of Tanzania, Dr. Daniel Mwangi, President of Kenya, "
            "paid a state visit to Tanzania."
        )
        self.assertIn(("Daniel Mwangi", "KE"), self.people(text))

    def test_a_portfolio_title_then_a_comma_then_the_name(self):
        text = (
            "Kenyan President Daniel Mwangi arrived in Dodoma with the Minister for Food and Agriculture, "
            "Hon. Dr. Peter Otieno."
        )
        self.assertIn("Peter Otieno", [n for n, _ in self.people(text)])

    def test_a_state_s_formal_name_between_title_and_name(self):
        text = "Ghana's President Kofi Mensah met the President of the Federative Republic of Brazil, H.E. Paulo Lima."
        self.assertIn(("Paulo Lima", "BR"), self.people(text))

    def test_title_case_headline_verbs_and_offices_are_not_names(self):
        text = (
            "President Mensah Meets Brazilian Counterpart\n\n"
            "Office of the President, Communications Directorate\n\n"
            "Ghana's President Kofi Mensah met Brazilian President Paulo Lima in Brasilia."
        )
        self.assertEqual(sorted(n for n, _ in self.people(text)), ["Kofi Mensah", "Paulo Lima"])

    def test_roles_titles_and_countries_from_the_text(self):
        text = (
            "Pakistani Prime Minister Tariq Mahmood Qureshi met Malaysia's Minister of Investment, Trade and "
            "Industry Zulkifli Rahman. Ambassador of Kazakhstan to Austria Ruslan Abenov attended, and Chairman of "
            "the Mazhilis Nurlan Kenzhebayev joined."
        )
        people = suggest_package(text).participants
        self.assertEqual(
            [(p.name, p.country, p.role) for p in people],
            [
                ("Tariq Mahmood Qureshi", "PK", "head_of_government"),
                ("Zulkifli Rahman", "MY", "minister"),
                ("Ruslan Abenov", "KZ", "ambassador"),
                ("Nurlan Kenzhebayev", "KZ", "parliament_speaker"),
            ],
        )
        self.assertEqual(people[1].title, "Minister of Investment, Trade and Industry")

    def test_person_met_by_one_side_belongs_to_the_other(self):
        text = (
            "Kazakh Foreign Minister Daulet Nurpeisov met Austrian Foreign Minister Elisabeth Hainzl in Vienna. "
            "Nurpeisov also met Federal Minister of Labour and Economy Martin Pichler."
        )
        self.assertEqual(
            [(p.name, p.country) for p in suggest_package(text).participants],
            [("Daulet Nurpeisov", "KZ"), ("Elisabeth Hainzl", "AT"), ("Martin Pichler", "AT")],
        )

    def test_a_host_official_named_by_title_alone_is_the_hosts(self):
        text = (
            "ABUJA, Nov 8 - German Chancellor Matthias Kelling arrived in Nigeria on Tuesday and held talks with "
            "President Musa Tanko. Kelling met Finance Minister Ngozi Eze later."
        )
        self.assertEqual(
            [(p.name, p.country) for p in suggest_package(text).participants],
            [("Matthias Kelling", "DE"), ("Musa Tanko", "NG"), ("Ngozi Eze", "NG")],
        )

    def test_the_country_of_another_persons_title_is_not_passed_on(self):
        text = (
            "ATHENS - Egyptian President Ahmed El-Sherbiny, on an official visit to Greece, held talks with Prime "
            "Minister Kostas Andrianakis on Wednesday."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people["Kostas Andrianakis"], "GR")

    def test_members_of_a_named_delegation_take_its_country(self):
        text = (
            "SANTIAGO - Vietnamese President Tran Van Khoa held talks with Chilean President Camila Errazuriz. "
            "The Vietnamese delegation, which includes Foreign Minister Le Thi Hoa, leaves on Thursday."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people["Le Thi Hoa"], "VN")

    def test_an_office_with_its_own_article_after_and_is_another_persons(self):
        text = (
            "NAIROBI - President of Ghana Kofi Mensah arrived in Nairobi.\n\n"
            "He was received by the President and the Prime Minister, Mr. Daniel Kiptoo Rono."
        )
        people = {p.name: p.title for p in suggest_package(text).participants}
        self.assertEqual(people["Daniel Kiptoo Rono"], "Prime Minister")

    def test_a_double_office_without_a_second_article_is_one_persons(self):
        text = "NAIROBI - Deputy Prime Minister and Minister of Foreign Affairs Daniel Kiptoo Rono met the envoy."
        people = {p.name: p.title for p in suggest_package(text).participants}
        self.assertEqual(people["Daniel Kiptoo Rono"], "Deputy Prime Minister and Minister of Foreign Affairs")

    def test_a_double_office_joined_by_a_dash_is_one_persons(self):
        text = (
            "Nairobi, May 5 /KNA/. Chairman of the Cabinet of Ministers of the Republic of Kenya – Head of the "
            "Presidential Administration Daniel Kiptoo Rono held talks with Prime Minister of Ghana Kofi Mensah.\n\n"
            "The head of the Cabinet said that trade had doubled."
        )
        self.assertEqual(quotes(text), [("Daniel Kiptoo Rono", "trade had doubled")])

    def test_a_dash_after_a_name_joins_no_offices(self):
        text = "NAIROBI - Prime Minister of Ghana Kofi Mensah – Minister of Trade Daniel Kiptoo Rono met the envoy."
        people = {p.name: p.title for p in suggest_package(text).participants}
        self.assertEqual(people["Daniel Kiptoo Rono"], "Minister of Trade")

    def test_the_president_of_a_business_council_heads_no_state(self):
        text = (
            "ACCRA, May 5 (GNA) - President of the Republic Kwame Asante received Kenyan Prime Minister Daniel Rono."
            "\n\n"
            "The head of state stressed the ties of friendship between the two countries.\n\n"
            "Later, the President of the Ghana-Kenya Business Council, Ama Owusu, said that exporters were ready.\n\n"
            "The head of state also recalled the two countries' shared struggle for independence."
        )
        said = {t: s for s, t in quotes(text)}
        self.assertEqual(said["the two countries' shared struggle for independence"], "Kwame Asante")
        self.assertEqual(said["exporters were ready"], "Ama Owusu")

    def test_a_korean_family_name_that_is_an_english_word(self):
        text = (
            "SEOUL - Kenyan President William Odhiambo arrived in Seoul.\n\n"
            "Odhiambo arrives at Seoul Air Base, where he is met by Foreign Minister Park Ji-hoon."
        )
        self.assertEqual(
            [(p.name, p.country) for p in suggest_package(text).participants],
            [("William Odhiambo", "KE"), ("Park Ji-hoon", "KR")],
        )

    def test_a_chinese_family_name_that_is_a_pronoun_after_a_title(self):
        text = (
            "NAIROBI - Chinese Vice Premier He Xiaolin held talks with Kenyan President William Odhiambo.\n\n"
            "He Xiaolin said that China is ready to build more roads in Kenya. He added that trade has doubled."
        )
        self.assertIn(("He Xiaolin", "CN"), [(p.name, p.country) for p in suggest_package(text).participants])
        self.assertEqual(
            quotes(text),
            [("He Xiaolin", "China is ready to build more roads in Kenya"), ("He Xiaolin", "trade has doubled")],
        )

    def test_a_pronoun_before_a_name_without_a_title_is_no_name(self):
        text = (
            "NAIROBI - Kenyan President William Odhiambo met investors.\n\n"
            "He Monday said that Kenya is open for business."
        )
        self.assertEqual([p.name for p in suggest_package(text).participants if p.name.startswith("He ")], [])

    def test_a_relative_clause_after_a_place_is_not_its_title(self):
        text = "Odhiambo arrives at Seoul Air Base, where he is met by the Foreign Minister."
        self.assertNotIn("Seoul Air Base", {p.name for p in suggest_package(text).participants})

    def test_a_second_surname_named_alone_before_the_full_name_is_the_same_person(self):
        text = (
            "Argentine President Arrieta in Montevideo: talks with Sosa\n\n"
            "Argentine President Federico Arrieta arrived in Montevideo. President Martín Sosa Bentancur greets "
            "his guest at the entrance."
        )
        self.assertEqual(
            [p.name for p in suggest_package(text).participants], ["Federico Arrieta", "Martín Sosa Bentancur"]
        )

    def test_a_place_named_in_the_article_is_not_a_participant(self):
        text = (
            "WINDHOEK - German Minister Annika Brenner met President Tangeni Shikongo. Brenner later flew to "
            "Luderitz.\n\nThe roadmap covers grid connections in the //Karas region. President Luderitz ..."
        )
        self.assertEqual([p.name for p in suggest_package(text).participants], ["Annika Brenner", "Tangeni Shikongo"])

    def test_a_person_met_by_a_described_side_belongs_to_the_other(self):
        text = (
            "JAKARTA - Australian Foreign Minister Clare Whitby held talks with Indonesian Foreign Minister Sari "
            "Pratiwi in Jakarta. The Indonesian minister later met Trade Minister Don Farrow."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people["Don Farrow"], "AU")

    def test_an_honorary_style_and_a_time_word_are_no_part_of_a_name(self):
        text = (
            "Leader of the Nation Dilshod Nazarzoda met Prime Minister of Nepal Hari Prasad Koirala.\n\n"
            "President of the Republic of Tajikistan Respected Dilshod Nazarzoda welcomed the guest.\n\n"
            "Tonight, the Head of our state will host a dinner in honour of the guest."
        )
        names = {p.name for p in suggest_package(text).participants}
        self.assertEqual(names, {"Dilshod Nazarzoda", "Hari Prasad Koirala"})

    def test_a_titled_name_in_a_welcome_list_is_not_described_by_the_next_item(self):
        text = (
            "PORT MORESBY - President Budi Hartono of Indonesia arrived on Monday.\n\nHe was welcomed by Prime "
            "Minister Peter Kaupa, Trade Minister Ben Waiko, Governor-General Sir John Tau's "
            "representative and a dance group.\n\n"
            "Trade Minister Waiko said the two countries would meet again in Jakarta later this year."
        )
        self.assertIn(("Ben Waiko", "the two countries would meet again in Jakarta later this year"), quotes(text))

    def test_the_officials_who_welcome_with_a_leader_are_of_the_leaders_side(self):
        text = (
            "PORT MORESBY - Indonesian President Budi Hartono arrived for talks with Papua New Guinea Prime Minister "
            "Peter Kaupa.\n\nHartono was welcomed by Prime Minister Kaupa, Trade Minister Ben Waiko and a dance "
            "group."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Ben Waiko"), "PG")

    def test_a_description_set_off_after_a_name_still_makes_an_outsider(self):
        text = INTRO + "Anna Berg, a researcher at the Nordic Institute, said the railway would pay for itself."
        self.assertEqual(quotes(text), [])

    def test_a_dominican_ambassador_posted_abroad_is_of_the_dominican_republic(self):
        text = (
            "LISBON - President Rafael Ortiz Mena of the Dominican Republic met Portuguese Prime Minister Rui "
            "Almeida Costa.\n\nAlso present was the Dominican ambassador in Portugal, Carmen Jiménez de Soto."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Carmen Jiménez de Soto"), "DO")

    def test_a_military_rank_inside_a_run_of_capitals_opens_the_name(self):
        text = (
            "MINSK - Prime Minister Ales Kavalenka received Myanmar's Senior General Min Thura Naing.\n\n"
            "Also present were Council Member Lt-Gen Zaw Min Htet and Union Minister for Industry U Soe Lin."
        )
        names = [p.name for p in suggest_package(text).participants]
        self.assertIn("Zaw Min Htet", names)
        self.assertFalse(any("Lt-Gen" in name for name in names))

    def test_port_of_spain_is_no_mention_of_spain(self):
        text = (
            "PORT OF SPAIN - Prime Minister Dr Nadia Persad-Lewis welcomed Ghana's President Kofi Amankwah to "
            "Port of Spain on Tuesday.\n\nAmankwah said Port of Spain was a gateway to the Caribbean."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Nadia Persad-Lewis"), "TT")

    def test_a_person_the_described_guest_will_meet_is_of_the_other_side(self):
        text = (
            "ACCRA - Prime Minister Nadia Persad-Lewis of Trinidad and Tobago met President Kofi Amankwah of "
            "Ghana.\n\n"
            "The Trinidadian prime minister will travel to Kumasi, where she will meet Regional Minister Yaw Boateng."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Yaw Boateng"), "GH")

    def test_fullest_name_form_wins(self):
        text = "Peace matters, said Kazakh leader Tokayev.\n\nKassym-Jomart Tokayev invited his counterpart."
        self.assertEqual([p.name for p in suggest_package(text).participants], ["Kassym-Jomart Tokayev"])

    def test_counterpart_borrows_the_role(self):
        text = "Vietnamese Prime Minister Trần Văn Hòa held talks with his Indian counterpart Rajiv Menon."
        self.assertEqual(
            [p.to_dict() for p in suggest_package(text).participants],
            [
                {"name": "Trần Văn Hòa", "country": "VN", "role": "head_of_government", "title": "Prime Minister"},
                {"name": "Rajiv Menon", "country": "IN", "role": "head_of_government", "title": "Prime Minister"},
            ],
        )


class SeedArticleTests(SimpleTestCase):
    """The two quotes of the agency's seed article (2024-11-19), verbatim, with paraphrase modelled on it."""

    tokayev = (
        "Kazakhstan and Serbia enjoy close relations at the international and regional levels. Both countries have "
        "similar positions when it comes to many topical issues. Amid the current complex geopolitical situation, "
        "our countries confirmed their commitment to further strengthening of interaction within multilateral bodies"
    )
    vucic = (
        "The friendship between Kazakhstan and Serbia is not limited only to the relationship between our peoples, "
        "as our countries offer mutual support within international organizations, including the UN. Today, a "
        "number of agreements in different spheres were reached. Joint projects, meeting the core interests of the "
        "countries, are set to be implemented in different spheres. I express sincere gratitude to my friend "
        "President of Kazakhstan Kassym-Jomart Tokayev for his great contribution to strengthening of cooperation "
        "with Serbia"
    )

    def setUp(self):
        self.text = (
            f" date 2024-11-19 {self.tokayev}, said Kazakh leader Tokayev.\n\n"
            "Kassym-Jomart Tokayev asked his Serbian counterpart Aleksandar Vučić to visit Kazakhstan soon.\n\n"
            "After the talks, Vučić praised their results. The Serbian President stated the warm ties between the "
            "two nations.\n\n"
            f"{self.vucic}, said Aleksandar Vučić.\n\n"
            "Kassym-Jomart Tokayev arrived in Belgrade on November 18."
        )
        self.result = suggest_package(self.text)

    def test_both_quotes_and_nothing_else(self):
        self.assertEqual(
            [(q.speaker.name, q.text) for q in self.result.quotes],
            [("Kassym-Jomart Tokayev", self.tokayev), ("Aleksandar Vučić", self.vucic)],
        )

    def test_offsets_point_into_the_given_text(self):
        for q in self.result.quotes:
            self.assertEqual(self.text[q.start : q.end], q.text)

    def test_package(self):
        data = self.result.to_dict()
        # the seed's gold lists KZ first, but its guest "arrived in Belgrade": the spec puts the host first, and
        # countries are scored as a set
        self.assertEqual(set(data["countries"]), {"KZ", "RS"})
        self.assertEqual(
            data["participants"],
            [
                {
                    "name": "Kassym-Jomart Tokayev",
                    "country": "KZ",
                    "role": "head_of_state",
                    "title": "President of Kazakhstan",
                },
                {"name": "Aleksandar Vučić", "country": "RS", "role": "head_of_state", "title": "President"},
            ],
        )
        self.assertEqual(data["agreements"], [])  # "a number of agreements were reached" names no document
        self.assertEqual(data["dates"], [{"date": "2024-11-18", "what": "arrival"}])
        self.assertEqual(data["places"], [{"name": "Belgrade", "what": "arrival"}])


RU_INTRO = (
    "АСТАНА, 19 ноября. Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Сербии "
    "Александром Вучичем, прибывшим в Астану с государственным визитом.\n\n"
)


class RussianTests(SimpleTestCase):
    def test_a_counterpart_named_before_anyone_else_reads_without_error(self):
        text = (
            " date 2025-03-04 Со своим узбекским коллегой Шавкатом Мирзиёевым встретился Президент Казахстана "
            "Касым-Жомарт Токаев.\n\n«Мы друзья», — сказал Токаев."
        )
        self.assertEqual(quotes(text), [("Касым-Жомарт Токаев", "Мы друзья")])

    def test_guillemets_with_dash_attribution(self):
        text = RU_INTRO + "«Сербия для нас – надежный партнер», – сказал Касым-Жомарт Токаев."
        self.assertEqual(quotes(text), [("Касым-Жомарт Токаев", "Сербия для нас – надежный партнер")])

    def test_inflected_names_give_the_nominative_person(self):
        text = (
            "Президент Казахстана провел переговоры с Касым-Жомартом Токаевым... Встреча Касым-Жомарта Токаева "
            "и Александра Вучича прошла в Астане.\n\n«Мы друзья», — сказал Вучич."
        )
        names = {p.name for p in suggest_package(text).participants}
        self.assertIn("Александр Вучич", names)
        self.assertEqual(quotes(text), [("Александр Вучич", "Мы друзья")])

    def test_reported_speech_after_chto(self):
        text = RU_INTRO + "Александр Вучич подчеркнул, что Сербия заинтересована в казахстанском зерне."
        self.assertEqual(quotes(text), [("Александр Вучич", "Сербия заинтересована в казахстанском зерне")])
        self.assertEqual(suggest_package(text).quotes[0].kind, "reported")

    def test_the_subject_of_coordinated_verbs_is_the_first_verbs_subject(self):
        text = RU_INTRO + (
            "Открывая встречу, Александр Вучич тепло приветствовал Касым-Жомарта Токаева и отметил, что "
            "отношения двух стран основаны на дружбе."
        )
        self.assertEqual(quotes(text), [("Александр Вучич", "отношения двух стран основаны на дружбе")])

    def test_every_speech_act_of_a_sentence_is_read(self):
        text = RU_INTRO + (
            "Токаев высоко оценил конструктивный дух встречи и подчеркнул, что стороны сделали больше, "
            "чем за предыдущие годы."
        )
        self.assertEqual(
            [q for _, q in quotes(text)],
            ["конструктивный дух встречи", "стороны сделали больше, чем за предыдущие годы"],
        )

    def test_a_country_a_person_is_visiting_is_not_theirs(self):
        text = (
            " date 2025-06-11 АСТАНА, 11 июня. Глава государства Марат Кенжебаев, находящийся с визитом в Малайзии, "
            "провел переговоры с Премьер-министром Малайзии Датуком Сери Азманом Хашимом. Это первый визит "
            "казахстанского лидера в Малайзию."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people, {"Марат Кенжебаев": "KZ", "Азман Хашим": "MY"})

    def test_east_asian_names_keep_all_their_syllables(self):
        text = "Премьер-министр Вьетнама Фам Ван Хьеу и президент Бразилии Освалду Пиментел подписали пакет."
        self.assertIn("Фам Ван Хьеу", {p.name for p in suggest_package(text).participants})

    def test_a_foreign_first_name_the_dictionary_guesses_as_a_place(self):
        text = "После брифинга министр торговли Кении Уанджику Мутуа рассказала журналистам о сроках."
        self.assertEqual([p.name for p in suggest_package(text).participants], ["Уанджику Мутуа"])

    def test_a_title_in_the_instrumental_with_an_adjective_of_the_country(self):
        text = "Министр провел переговоры с главой турецкого МИД Эмре Кайнаком."
        person = suggest_package(text).participants[0]
        self.assertEqual((person.name, person.country, person.role), ("Эмре Кайнак", "TR", "minister"))

    def test_a_person_titled_once_is_not_an_outsider_near_the_word_company(self):
        text = RU_INTRO + "Вучич сообщил, что сербские компании уже изучают возможности инвестирования."
        self.assertEqual(
            quotes(text), [("Александр Вучич", "сербские компании уже изучают возможности инвестирования")]
        )

    def ru_agreements(self, text: str) -> list[tuple[str, str]]:
        return [(a["title"], a["sphere"]) for a in suggest_package(RU_INTRO + text).to_dict()["agreements"]]

    def test_one_agreement_on_several_fields_is_one_document(self):
        text = "Аким подписал соглашение о сотрудничестве в сфере туризма, образования и здравоохранения."
        self.assertEqual(len(self.ru_agreements(text)), 1)

    def test_the_period_an_instrument_runs_for_is_not_an_earlier_year(self):
        text = "Стороны подписали дорожную карту по развитию промышленной кооперации на 2024–2026 годы."
        self.assertEqual([s for _, s in self.ru_agreements(" date 2024-05-10 " + text)], ["trade"])

    def test_a_recalled_treaty_is_background(self):
        text = "А весной нынешнего года, напомним, был заключён договор о союзнических отношениях."
        self.assertEqual(self.ru_agreements(text), [])

    def test_a_published_joint_statement_counts_and_a_published_programme_does_not(self):
        text = (
            "По итогам встречи министры опубликовали совместное заявление. Согласно программе, опубликованной "
            "МИДом, визит рассчитан на три дня."
        )
        self.assertEqual(self.ru_agreements(text), [("Совместное заявление", "political")])

    def test_items_with_their_own_prepositions_are_split_before_a_field_list(self):
        text = (
            "Подписаны соглашения о воздушном сообщении, о сотрудничестве в области здравоохранения и медицинской "
            "науки."
        )
        self.assertEqual([s for _, s in self.ru_agreements(text)], ["aviation", "health"])

    def test_po_slovam_inside_a_sentence_splits_it_between_the_two_statements(self):
        text = RU_INTRO + (
            "Вучич выразил надежду, что визит станет важным этапом, который, по словам Токаева, откроет новые "
            "возможности."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Александр Вучич", "визит станет важным этапом, который"),
                ("Касым-Жомарт Токаев", "откроет новые возможности"),
            ],
        )

    def test_po_ego_slovam_after_an_unnamed_source_is_not_a_participants(self):
        text = RU_INTRO + (
            "Как рассказал источник в правительстве, обсуждался проект ветроэлектростанции. Однако решения, по его "
            "словам, будут зависеть от нового закона."
        )
        self.assertEqual(quotes(text), [])

    def test_glava_gosudarstva_in_the_genitive_is_one_person(self):
        text = RU_INTRO + "По словам Главы государства, казахстанская сторона заинтересована в инвестициях."
        self.assertEqual(quotes(text), [("Касым-Жомарт Токаев", "казахстанская сторона заинтересована в инвестициях")])

    def test_his_guest_resolves_to_the_guest_side(self):
        text = RU_INTRO + "Его гость, в свою очередь, подчеркнул, что Белград рассматривает Астану как партнера."
        self.assertEqual(quotes(text), [("Александр Вучич", "Белград рассматривает Астану как партнера")])

    def test_a_naming_verb_after_a_coordinated_act_takes_a_partial_quote(self):
        text = RU_INTRO + (
            "Вучич высоко оценил дух переговоров, состоявшихся накануне, и назвал Казахстан «окном в Центральную "
            "Азию»."
        )
        self.assertEqual(quotes(text)[-1], ("Александр Вучич", "окном в Центральную Азию"))

    def test_the_host_from_a_stay_in_the_country(self):
        text = (
            "Президент Нигерии Адебайо Бакаре находится в Германии с государственным визитом. Канцлер Штефан Ромберг "
            "встречает гостя у входа."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people["Штефан Ромберг"], "DE")

    def test_a_counterpart_takes_the_country_of_its_adjective_and_the_role_of_the_subject(self):
        text = (
            "Министр иностранных дел Норвегии Ингрид Сельванг провела в Ханое переговоры со своим вьетнамским "
            "коллегой Чан Дык Лонгом."
        )
        people = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(people["Чан Дык Лонг"], ("VN", "minister"))

    def test_a_ministry_abbreviation_between_title_and_name(self):
        text = "У трапа гостя встречает статс-секретарь МИД Германии Катрин Лёффлер."
        self.assertEqual([(p.name, p.country) for p in suggest_package(text).participants], [("Катрин Лёффлер", "DE")])

    def test_a_mans_first_name_the_dictionary_also_reads_as_a_plural_is_not_feminine(self):
        text = RU_INTRO + (
            "К переговорам присоединился министр иностранных дел Армении Арег Варданян. Он подчеркнул, что "
            "коридор важен, что, по его словам, интересно и для Казахстана."
        )
        self.assertEqual({name for name, _ in quotes(text)}, {"Арег Варданян"})

    def test_a_first_name_that_is_also_an_everyday_word_right_after_a_title(self):
        text = "Гостя встречает вице-премьер, министр обороны Мелисса О'Коннор."
        self.assertEqual([p.name for p in suggest_package(text).participants], ["Мелисса О'Коннор"])

    def test_a_live_blog_list_after_the_signing_line(self):
        text = RU_INTRO + (
            "12:30 — Подписание документов.\n\nВсего — 12 соглашений, в том числе о сотрудничестве в энергетике и "
            "о взаимном признании водительских удостоверений."
        )
        self.assertEqual([s for _, s in self.ru_agreements(text)], ["energy", "transport"])

    def test_agreeing_and_arrangements_are_not_treaties(self):
        text = (
            "Стороны подписали меморандум о сотрудничестве в области туризма и договорились активизировать "
            "политический диалог, выразив удовлетворение ходом реализации договоренностей, достигнутых ранее."
        )
        self.assertEqual([s for _, s in self.ru_agreements(text)], ["tourism"])

    def test_a_contract_not_signed_during_the_visit(self):
        text = "Переговоры продвинулись, однако контракт в ходе визита подписан не был."
        self.assertEqual(self.ru_agreements(text), [])

    def test_the_largest_deal_of_the_visit_takes_its_sphere_from_what_it_supplies(self):
        text = (
            "Крупнейшая сделка визита — рамочный контракт на $4,2 млрд между госпредприятием (MZP) и корейской "
            "компанией на поставку самоходных гаубиц."
        )
        self.assertEqual([s for _, s in self.ru_agreements(text)], ["defence"])

    def ru_dates(self, text: str) -> list[str]:
        return sorted(d["date"] for d in suggest_package(text).to_dict()["dates"])

    def test_each_weekday_takes_the_tense_of_its_own_clause(self):
        text = " date 2026-04-14 СЕУЛ, 14 апреля. Визит начался в понедельник и продлится до четверга."
        self.assertEqual(self.ru_dates(text), ["2026-04-13", "2026-04-14", "2026-04-16"])

    def test_nakanune_is_the_day_before_but_not_on_the_eve_of_something(self):
        self.assertEqual(
            self.ru_dates(" date 2024-08-22 Накануне в Душанбе лидеры провели переговоры."), ["2024-08-21"]
        )
        self.assertEqual(self.ru_dates(" date 2024-08-22 Накануне визита министры провели консультации."), [])

    def test_chronicle_day_headings_follow_the_dateline(self):
        text = (
            " date 2025-10-30 Хроника визита.\n\nЧЕТВЕРГ\n\n06:15 — Борт приземлился.\n\nПЯТНИЦА\n\n"
            "09:00 — Бизнес-форум.\n\nСУББОТА\n\n10:00 — Вылет."
        )
        self.assertEqual(self.ru_dates(text), ["2025-10-30", "2025-10-31", "2025-11-01"])

    def test_an_expert_opening_the_sentence_is_not_a_participant(self):
        text = RU_INTRO + "Эксперт Института востоковедения Айгерим Сулейменова считает, что визит был важен."
        self.assertEqual(quotes(text), [])
        self.assertNotIn("Айгерим Сулейменова", {p.name for p in suggest_package(text).participants})

    def test_thanks_for_the_reception_is_protocol_not_a_statement(self):
        text = RU_INTRO + "Вучич поблагодарил казахстанскую сторону за радушный прием."
        self.assertEqual(quotes(text), [])

    def test_podpisav_the_participle_signs(self):
        text = "Министры завершили переговоры, подписав меморандум о сотрудничестве в области туризма."
        self.assertEqual([s for _, s in self.ru_agreements(text)], ["tourism"])

    def test_marks_after_a_colon_are_the_words_of_the_person_the_sentence_is_about(self):
        text = RU_INTRO + "12:05 — Вучич в начале разговора извиняется перед гостем: «Вы проделали долгий путь»."
        self.assertEqual(quotes(text), [("Александр Вучич", "Вы проделали долгий путь")])

    def test_a_bare_heading_before_a_colon_takes_the_previous_sentences_person(self):
        text = RU_INTRO + "Вучич выступил в университете. Главный тезис: «Свобода навигации — хлеб наших рыбаков»."
        self.assertEqual(quotes(text), [("Александр Вучич", "Свобода навигации — хлеб наших рыбаков")])

    def test_a_proverb_is_not_a_quote_but_the_words_after_it_are(self):
        text = RU_INTRO + "Вучич вспомнил пословицу: «Начало — половина дела». «Если так, то полпути мы прошли»."
        self.assertEqual(quotes(text), [("Александр Вучич", "Если так, то полпути мы прошли")])

    def test_a_town_written_after_v_is_not_a_person_elsewhere(self):
        text = (
            "Баткен встретил Новый год вместе с президентами.\n\nВо вторник в Баткене Президент Кыргызстана "
            "Кубанычбек Эсенгулов провел переговоры."
        )
        self.assertEqual([p.name for p in suggest_package(text).participants], ["Кубанычбек Эсенгулов"])

    def test_po_slovam_after_a_chronicle_time_stamp(self):
        text = RU_INTRO + "14:20 — По словам Токаева, стороны договорились о безвизовом режиме."
        self.assertEqual(quotes(text), [("Касым-Жомарт Токаев", "стороны договорились о безвизовом режиме")])

    def test_po_mneniyu_with_a_name(self):
        text = RU_INTRO + "Кроме того, по мнению Вучича, граница должна оставаться открытой."
        self.assertEqual(quotes(text), [("Александр Вучич", "граница должна оставаться открытой")])

    def test_a_mans_surname_in_the_genitive_is_not_read_as_a_womans(self):
        text = RU_INTRO + "По мнению Вучича, визит важен. Встреча Александра Вучича и Токаева прошла тепло."
        self.assertIn("Александр Вучич", {p.name for p in suggest_package(text).participants})

    def test_the_host_from_a_dateline_after_the_headline_and_not_from_a_visit_to_come(self):
        text = (
            " date 2025-02-26 Лавров обсудил в Пекине подготовку визита\n\nПЕКИН, 26 февраля. Министр "
            "иностранных дел России Сергей Лавров, прибывший в Китай с рабочим визитом, провел переговоры. Стороны "
            "обсудили подготовку предстоящего визита председателя КНР в Москву."
        )
        self.assertEqual([c.code for c in suggest_package(text).countries], ["CN", "RU"])

    def test_a_plan_keeps_its_own_name(self):
        text = "По итогам встречи министры подписали план консультаций между МИД на 2025–2026 годы."
        self.assertEqual(self.ru_agreements(" date 2025-02-26 " + text)[0][0][:16], "План консультаци")

    def test_contracts_worth_an_amount_name_no_document(self):
        text = "Казахстанские и вьетнамские компании подписали контракты на $900 млн."
        self.assertEqual(self.ru_agreements(text), [])

    def test_a_sphere_is_not_borrowed_from_the_next_instrument(self):
        text = (
            "Подписаны меморандумы о сотрудничестве в области декарбонизации и туризма, а также соглашение о "
            "воздушном сообщении."
        )
        self.assertEqual([s for _, s in self.ru_agreements(text)], ["environment", "tourism", "aviation"])

    def test_po_slovam_with_an_inflected_name(self):
        text = RU_INTRO + "По словам Токаева, стороны откроют прямое авиасообщение."
        self.assertEqual(quotes(text), [("Касым-Жомарт Токаев", "стороны откроют прямое авиасообщение")])

    def test_dash_dialogue(self):
        text = RU_INTRO + "— Мы договорились о маршруте, — отметил сербский лидер. — Первые рейсы начнутся весной."
        self.assertEqual(
            quotes(text),
            [("Александр Вучич", "Мы договорились о маршруте"), ("Александр Вучич", "Первые рейсы начнутся весной.")],
        )

    def test_joint_statement_of_the_sides_is_not_a_quote(self):
        text = RU_INTRO + "Стороны отметили, что товарооборот растет."
        self.assertEqual(quotes(text), [])

    def test_she_resolves_to_the_woman_who_spoke(self):
        text = (
            "Министр иностранных дел Норвегии Ингрид Сельванг встретилась с министром иностранных дел Вьетнама "
            "Чан Дык Лонгом.\n\nЛонг заявил, что визит важен.\n\n«Вьетнам растет быстро», — сказала она."
        )
        self.assertEqual(quotes(text)[-1], ("Ингрид Сельванг", "Вьетнам растет быстро"))

    def test_agreement_list_gives_one_agreement_per_item_and_initialled_is_left_out(self):
        text = RU_INTRO + (
            "По итогам переговоров подписаны меморандумы о сотрудничестве в сферах здравоохранения, туризма и "
            "спорта. Соглашение о защите инвестиций было парафировано."
        )
        agreements = [(a.title, a.sphere) for a in suggest_package(text).agreements]
        self.assertEqual(
            agreements,
            [
                ("Меморандум о сотрудничестве в сфере здравоохранения", "health"),
                ("Меморандум о сотрудничестве в сфере туризма", "tourism"),
                ("Меморандум о сотрудничестве в сфере спорта", "sport"),
            ],
        )

    def test_a_title_case_dateline_before_the_date_gives_the_outlets_country(self):
        text = (
            "Кишинев, 29 ноября — NewsMaker. Премьер Наталья Гаврилица провела переговоры в Бухаресте. "
            "Молдова и Румыния обсудили энергетику. Молдова получит помощь."
        )
        people = [(p.name, p.country) for p in suggest_package(text).participants]
        self.assertEqual(people, [("Наталья Гаврилица", "MD")])

    def test_a_leader_who_receives_the_guest_is_the_hosts(self):
        text = (
            "Кишинев, 29 ноября — NewsMaker. Премьер Наталья Гаврилица съездила в Бухарест. Молдова и Румыния "
            "обсудили энергетику, Молдова получит помощь. Вечером ее принял президент Клаус Йоханнис."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Клаус Йоханнис"), "RO")

    def test_ob_etom_zayavil_attributes_the_sentence_before(self):
        text = RU_INTRO + (
            "Сербия готова стать для Казахстана воротами на рынок Европы. Об этом Президент Сербии Александр "
            "Вучич заявил на переговорах."
        )
        result = suggest_package(text)
        self.assertEqual(
            [(q.speaker.name, q.text, q.kind) for q in result.quotes],
            [("Александр Вучич", "Сербия готова стать для Казахстана воротами на рынок Европы", "reported")],
        )

    def test_ob_etom_after_a_dateline_leaves_the_dateline_out(self):
        text = (
            "БЕЛГРАД, 19 ноября (БЕЛТА) - Беларусь готова расширить поставки тракторов в Сербию. Об этом "
            "Президент Беларуси Александр Лукашенко заявил на переговорах с Президентом Сербии Александром Вучичем."
        )
        self.assertEqual(
            [q.text for q in suggest_package(text).quotes], ["Беларусь готова расширить поставки тракторов в Сербию"]
        )

    def test_head_of_state_in_a_state_agencys_copy_abroad_is_the_agencys_own(self):
        text = (
            "БЕЛГРАД, 19 ноября (БЕЛТА) - Президент Беларуси Александр Лукашенко провел переговоры с Президентом "
            "Сербии Александром Вучичем. Глава государства отметил, что товарооборот двух стран заметно вырос."
        )
        self.assertEqual([q.speaker.name for q in suggest_package(text).quotes], ["Александр Лукашенко"])

    def test_a_name_after_a_memorial_is_a_place_not_a_person(self):
        text = RU_INTRO + "Белорусский лидер возложил венок на кладбище героев Калибата."
        self.assertNotIn("Калибата", [p.name for p in suggest_package(text).participants])

    def test_documents_by_field_give_one_document_per_field(self):
        text = "Министры подписали документы по энергетике, образованию и спорту."
        self.assertEqual(
            self.ru_agreements(text),
            [
                ("Документ по энергетике", "energy"),
                ("Документ по образованию", "education"),
                ("Документ по спорту", "sport"),
            ],
        )

    def test_a_document_without_a_subject_is_not_an_agreement(self):
        self.assertEqual(self.ru_agreements("В подписанном документе говорится о дружбе."), [])

    def test_dash_items_after_a_signing_sentence_are_signed(self):
        text = (
            "По итогам переговоров подписан пакет документов, в том числе:\n"
            "– Соглашение о сотрудничестве в области туризма;\n"
            "– Программа сотрудничества в сфере высшего образования на 2024–2027 годы."
        )
        self.assertEqual([s for _, s in self.ru_agreements(text)], ["tourism", "education"])

    def test_a_counted_list_with_a_colon_after_a_signing_heading_is_signed(self):
        text = (
            "13:20. Подписание. Три документа: соглашение о пунктах пропуска, меморандум о сотрудничестве "
            "в сфере туризма."
        )
        self.assertEqual([s for _, s in self.ru_agreements(text)], ["customs", "tourism"])

    def test_host_from_the_arrival(self):
        self.assertEqual(suggest_package(RU_INTRO).to_dict()["countries"], ["KZ", "RS"])


class MatchPersonTests(SimpleTestCase):
    people = [
        KnownPerson("Kassym-Jomart Tokayev", "KZ", "President", ("Tokayev",)),
        KnownPerson("Aleksandar Vučić", "RS", "President"),
    ]

    def test_transliterations_and_inflected_russian_forms(self):
        for name in ("Tokaev", "Касым-Жомарт Токаев", "Касым-Жомартом Токаевым", "President Tokayev"):
            with self.subTest(name=name):
                self.assertEqual(match_person(name, self.people), self.people[0])

    def test_diacritics_and_cyrillic(self):
        for name in ("Aleksandar Vucic", "Александр Вучич", "Вучичем"):
            with self.subTest(name=name):
                self.assertEqual(match_person(name, self.people), self.people[1])

    def test_unknown_name_matches_nobody(self):
        self.assertIsNone(match_person("Shavkat Mirziyoyev", self.people))


class CommandTests(TestCase):
    def run_command(self, text: str, *args: str) -> str:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
            handle.write(text)
        self.addCleanup(os.unlink, handle.name)
        out = io.StringIO()
        call_command("suggest_package", handle.name, *args, stdout=out)
        return out.getvalue()

    def test_json_is_the_assistants_output_with_kinds_and_titles(self):
        text = RU_INTRO + "Александр Вучич подчеркнул, что Сербия заинтересована в казахстанском зерне."
        data = json.loads(self.run_command(text, "--date", "2024-11-19", "--json"))
        self.assertEqual(data, suggest_package(text, dateline=datetime.date(2024, 11, 19)).to_dict())
        self.assertEqual(data["countries"], ["KZ", "RS"])
        self.assertEqual(data["quotes"][0]["kind"], "reported")
        self.assertEqual(data["participants"][0]["name"], "Касым-Жомарт Токаев")

    @override_settings(RELATIONS_PLUGIN_MAX_IMPORT_CHARS=100)
    def test_text_over_the_size_cap_is_refused_with_a_message(self):
        with self.assertRaisesMessage(CommandError, "the assistant reads at most 100"):
            self.run_command("word " * 50)


class ClauseChainTests(SimpleTestCase):
    """Reported clauses chained by "and that" (one statement) and by participles of speech (each its own)."""

    def test_two_that_clauses_of_one_verb_are_one_statement(self):
        text = INTRO + (
            "Tursunov said that the new rail link would open next spring and that freight tariffs would fall by "
            "a fifth."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Jasur Tursunov",
                    "the new rail link would open next spring and that freight tariffs would fall by a fifth",
                )
            ],
        )

    def test_a_clause_with_marked_words_runs_on_over_and_that(self):
        text = INTRO + 'Kertész said relations were "better than ever" and that more flights would follow soon.'
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", 'relations were "better than ever" and that more flights would follow soon')],
        )

    def test_and_that_of_is_no_second_clause(self):
        text = INTRO + (
            "Tursunov said the treaty, drafted with his help and that of his foreign minister, would be signed soon."
        )
        self.assertEqual(len(quotes(text)), 1)

    def test_a_participle_of_praise_ends_the_clause_and_speaks_itself(self):
        text = INTRO + (
            "Kertész affirmed Hungary's wish to widen cooperation in water management, commending the rapid "
            "growth achieved by the Uzbek economy."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "Hungary's wish to widen cooperation in water management"),
                ("Gábor Kertész", "the rapid growth achieved by the Uzbek economy"),
            ],
        )

    def test_a_participle_with_that_is_a_second_statement(self):
        text = INTRO + (
            "Tursunov said the fund would lend another 50 million dollars, underlining that the money would go to "
            "irrigation."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "the fund would lend another 50 million dollars"),
                ("Jasur Tursunov", "the money would go to irrigation"),
            ],
        )

    def test_expressed_hope_that_keeps_marked_words_inside_its_clause(self):
        text = INTRO + 'Kertész expressed hope that the accords would mark "a turning point" for both economies.'
        self.assertEqual(
            quotes(text), [("Gábor Kertész", 'the accords would mark "a turning point" for both economies')]
        )

    def test_the_writers_gloss_after_a_closing_mark_ends_the_clause(self):
        text = INTRO + (
            'Tursunov said the pipeline would "end our dependence on a single route," a remark read in Moscow as '
            "a challenge."
        )
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", 'the pipeline would "end our dependence on a single route,"')]
        )

    def test_the_writers_appraisal_with_the_speakers_pronoun_ends_the_clause(self):
        text = INTRO + "According to Kertész, exports rose to 300 million euros, a sum he described as too low."
        self.assertEqual(quotes(text), [("Gábor Kertész", "exports rose to 300 million euros")])

    def test_an_inner_report_keeps_and_that_and_stops_at_its_sentence(self):
        text = INTRO + (
            "“Kertész has promised me that Hungary will come, and that it will bring its best companies. I believe "
            "him,” Tursunov said."
        )
        self.assertIn(("Gábor Kertész", "Hungary will come, and that it will bring its best companies"), quotes(text))


class NewerThanRecordsTests(SimpleTestCase):
    """The newsroom's records may be older than the story: people it never names hold no office in it."""

    RECORDS = [
        KnownPerson("Bolat Serikbayev", "KZ", "President of Kazakhstan", ("Head of State", "the Kazakh President")),
        KnownPerson("Ruslan Nazarov", "UZ", "President of Uzbekistan", ("the Uzbek President",)),
    ]

    def test_an_office_alias_goes_to_the_holder_the_article_names(self):
        text = (
            "ASTANA. KAZINFORM – Head of State Yerlan Abenov received President of Mongolia Batbayar Ganbold, who "
            "is in Kazakhstan on an official visit.\n\nThe Head of State underlined that Kazakhstan valued its "
            "ties with Mongolia.\n\n“We are open to new projects,” the President of Mongolia said."
        )
        result = suggest_package(text, people=self.RECORDS)
        people = {p.name: p.country for p in result.participants}
        self.assertEqual(people.get("Yerlan Abenov"), "KZ")
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes],
            [
                ("Yerlan Abenov", "Kazakhstan valued its ties with Mongolia"),
                ("Batbayar Ganbold", "We are open to new projects"),
            ],
        )

    def test_a_records_office_held_second_after_a_dash_goes_to_the_articles_holder(self):
        records = [
            KnownPerson(
                "Serik Dauletov", "KZ", "Minister of Foreign Affairs of Kazakhstan", ("the Kazakh Foreign Minister",)
            )
        ]
        text = (
            "ROME. KAZINFORM – Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan Marat Zhunusov held "
            "talks with Minister of Foreign Affairs of Italy Paolo Ferretti in Rome.\n\n"
            "The Kazakh Foreign Minister noted that Italy is among the largest investors in Kazakhstan.\n\n"
            "Paolo Ferretti said Italy wanted more flights to Astana."
        )
        result = suggest_package(text, people=records)
        got = [(q.speaker.name, q.text) for q in result.quotes]
        self.assertIn(("Marat Zhunusov", "Italy is among the largest investors in Kazakhstan"), got)
        self.assertNotIn("Serik Dauletov", [p.name for p in result.participants])

    def test_a_second_office_is_matched_word_by_word(self):
        text = (
            "Bishkek, May 3 – President of Kyrgyzstan Almaz Beishenov received President of Latvia Andris Kalnins, "
            "who is on a state visit.\n\nAlmaz Beishenov said Kyrgyzstan valued its ties with the Baltic states.\n\n"
            "On the Kyrgyz side, the talks were attended by Chairman of the Cabinet of Ministers – Head of the "
            "Presidential Administration Ulan Sadyrov and Minister of Economy Aibek Osmonov.\n\n"
            "The President also noted the importance of direct flights between Bishkek and Riga."
        )
        got = quotes(text)
        self.assertIn(("Almaz Beishenov", "the importance of direct flights between Bishkek and Riga"), got)

    def test_a_known_surname_with_other_given_names_is_the_articles_person(self):
        text = (
            "KUWAIT CITY: The Amir received President of Uzbekistan Shavkat Nazarov at Bayan Palace on Monday.\n\n"
            "President Nazarov said that Uzbekistan wanted Kuwaiti investment in its cotton industry."
        )
        result = suggest_package(text, people=self.RECORDS)
        self.assertEqual([q.speaker.name for q in result.quotes], ["Shavkat Nazarov"])
        self.assertNotIn("Ruslan Nazarov", [p.name for p in result.participants])

    def test_an_untitled_host_who_receives_the_guest_holds_the_office_of_the_records(self):
        text = (
            "Arman Kassymov holds talks with President of Mongolia Batbayar Ganbold\n\nAn official welcoming "
            "ceremony for the President of Mongolia, who is in Kazakhstan on a state visit, took place at the "
            "palace.\n\nArman Kassymov warmly welcomed the distinguished guest. The Head of State noted that trade "
            "had doubled in two years.\n\nThe President of Kazakhstan also stressed the need to open a direct flight "
            "between the two capitals."
        )
        result = suggest_package(text, people=self.RECORDS)
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes],
            [
                ("Arman Kassymov", "trade had doubled in two years"),
                ("Arman Kassymov", "the need to open a direct flight between the two capitals"),
            ],
        )
        self.assertNotIn("Bolat Serikbayev", [p.name for p in result.participants])

    def test_an_untitled_leader_who_had_a_call_with_a_foreign_president_holds_the_office_of_the_records(self):
        text = (
            "Head of State speaks by telephone with President of Mongolia\n\n"
            "Arman Kassymov had a telephone conversation with President of Mongolia Batbayar Ganbold. They spoke "
            "of the Mongolian leader's state visit to Kazakhstan next month.\n\n"
            "The Head of State noted that the coming visit would open a new chapter for the two countries.\n\n"
            "The President of Kazakhstan also said that a roadmap on trade should be ready by then.\n\n"
            "Arman Kassymov thanked his counterpart for the call."
        )
        result = suggest_package(text, people=self.RECORDS)
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes],
            [
                ("Arman Kassymov", "the coming visit would open a new chapter for the two countries"),
                ("Arman Kassymov", "a roadmap on trade should be ready by then"),
            ],
        )

    def test_an_untitled_person_who_had_a_meal_or_a_call_with_the_guests_aides_holds_no_office(self):
        text = (
            "An official welcoming ceremony for the President of Mongolia, who is in Kazakhstan on a state visit, "
            "took place at the palace.\n\nArman Kassymov had lunch with the guest's advisers. The Head of State "
            "noted that trade had doubled in two years."
        )
        result = suggest_package(text, people=self.RECORDS)
        self.assertEqual([q.speaker.name for q in result.quotes], ["Bolat Serikbayev"])

    def test_an_untitled_person_who_receives_no_guest_or_a_named_holder_leaves_the_records_office(self):
        escort = (
            "An official welcoming ceremony for the President of Mongolia, who is in Kazakhstan on a state visit, "
            "took place at the palace.\n\nArman Kassymov, who accompanied the guest, toured the new station with "
            "him. The Head of State noted that trade had doubled in two years."
        )
        named = (
            "Bolat Serikbayev held talks with President of Mongolia Batbayar Ganbold, who is in Kazakhstan on a "
            "state visit.\n\nArman Kassymov warmly welcomed the Mongolian business delegation. The Head of State "
            "noted that trade had doubled in two years."
        )
        for text in (escort, named):
            with self.subTest(text=text[:40]):
                result = suggest_package(text, people=self.RECORDS)
                self.assertEqual([q.speaker.name for q in result.quotes], ["Bolat Serikbayev"])

    def test_an_agencys_tag_tells_whose_head_of_state_it_is_wherever_it_files_from(self):
        # (a record of a former president of the same country is not the one the story names)
        records = [*self.RECORDS, KnownPerson("Timur Akhmetov", "UZ", "President of Uzbekistan", ("Head of State",))]
        for dateline in ("Riga, 3 March (UzA).", "Riga, 3 March / UZA /.", "Riga, 3 March, UZA\n\n"):
            text = (
                f"{dateline} President of Uzbekistan Shavkat Nazarov held talks with President of Latvia Andris "
                "Kalnins, who received him at the castle.\n\nPresident Kalnins said Latvia valued its ties with "
                "Central Asia.\n\nThe Head of State noted that the ports of the Baltic could serve Uzbek exporters."
            )
            with self.subTest(dateline=dateline):
                got = [(q.speaker.name, q.text) for q in suggest_package(text, people=records).quotes]
                self.assertIn(("Shavkat Nazarov", "the ports of the Baltic could serve Uzbek exporters"), got)

    def test_an_agency_of_neither_side_leaves_the_head_of_state_to_the_story(self):
        text = (
            "Riga, 3 March (Xinhua). President of Uzbekistan Shavkat Nazarov held talks with President of Latvia "
            "Andris Kalnins, who received him at the castle.\n\nPresident Kalnins said Latvia valued its ties with "
            "Central Asia. The Head of State noted that the ports of the Baltic could serve Uzbek exporters."
        )
        got = [(q.speaker.name, q.text) for q in suggest_package(text, people=self.RECORDS).quotes]
        self.assertNotIn(("Shavkat Nazarov", "the ports of the Baltic could serve Uzbek exporters"), got)

    def test_an_agencys_bare_office_is_its_own_countrys_holder_abroad(self):
        text = (
            "NAIROBI, May 4 (APP): Foreign Minister Tariq Mahmood Qureshi held talks with his Kenyan counterpart "
            "Grace Wanjiru Kamau at the Foreign Ministry.\n\nForeign Minister Kamau welcomed the delegation.\n\n"
            "Speaking to reporters with his Kenyan counterpart, the Foreign Minister said Pakistan wanted direct "
            "flights to Nairobi.\n\nThe Kenyan Foreign Minister said Kenya would open a trade office in Karachi."
        )
        got = [(q.speaker.name, q.text) for q in suggest_package(text).quotes]
        self.assertIn(("Tariq Mahmood Qureshi", "Pakistan wanted direct flights to Nairobi"), got)
        # (the office named with the other country stays the other's)
        self.assertIn(("Grace Wanjiru Kamau", "Kenya would open a trade office in Karachi"), got)

    DATELINE_AGENCY = (
        "Armenia, Kazakhstan agree to widen trade\n\n"
        "ASTANA. {} – Prime Minister of Armenia Aram Petrosyan, who is on an official visit to Kazakhstan, held "
        "talks with Prime Minister of Kazakhstan Nurlan Abenov at the Government House.\n\n"
        "The parties discussed trade, grain and rail transit.\n\n"
        "The Head of Government stressed that the two countries should double the freight carried by rail.\n\n"
        "Nurlan Abenov, in turn, noted the interest of Kazakh firms in Armenian brandy."
    )

    def test_an_agency_a_dateline_runs_into_tells_whose_copy_it_is(self):
        for tag in ("ARMENPRESS", "Armenpress"):
            got = quotes(self.DATELINE_AGENCY.format(tag))
            self.assertIn(("Aram Petrosyan", "the two countries should double the freight carried by rail"), got)

    THAI_COPY = (
        "TOKYO, May 3 ({}) – Prime Minister of Thailand Somchai Wongsakul, who is on an official visit to Japan, "
        "held talks with Prime Minister of Japan Hiroshi Tanabe.\n\nThe parties discussed rice, rail and tourism.\n\n"
        "The Head of Government stressed that Thai farmers want a larger share of the Japanese rice market.\n\n"
        "Hiroshi Tanabe, in turn, noted Japan's interest in Thai rail projects."
    )

    def test_a_national_agency_abroad_keeps_its_own_head_of_government(self):
        got = quotes(self.THAI_COPY.format("TNA"))
        self.assertIn(("Somchai Wongsakul", "Thai farmers want a larger share of the Japanese rice market"), got)

    def test_an_international_agency_tells_no_home_side(self):
        got = quotes(self.THAI_COPY.format("Reuters"))
        self.assertIn(("Hiroshi Tanabe", "Thai farmers want a larger share of the Japanese rice market"), got)

    RELEASE_ABROAD = (
        "Talks between the Presidents of Armenia and Latvia\n\n"
        "On 5 May, within the framework of the state visit to Latvia, {}\n\n"
        "The sides discussed transit, education and information technology.\n\n"
        "The Head of State noted that Armenian software firms are ready to open offices in the Baltic region.\n\n"
        "The President of Latvia spoke of the interest of Latvian ports in Armenian cargo."
    )

    def test_without_a_tag_or_dateline_the_head_of_state_is_of_the_side_the_story_opens_on(self):
        lead = "President of Armenia Aram Petrosyan held talks with President of Latvia Andris Kalnins at Riga Castle."
        got = quotes(self.RELEASE_ABROAD.format(lead))
        self.assertIn(
            ("Aram Petrosyan", "Armenian software firms are ready to open offices in the Baltic region"), got
        )

    def test_a_headline_on_a_bare_office_leaves_the_side_to_the_lead(self):
        text = (
            "Head of State holds talks with President of Kenya Peter Mwangi Kamau\n\nNairobi, 14 May 2025\n\n"
            "Within the framework of the state visit to the Republic of Kenya, President of Kazakhstan Nurlan Abenov "
            "held talks with President of Kenya Peter Mwangi Kamau at State House.\n\n"
            "Welcoming the distinguished guest, Peter Mwangi Kamau noted that the visit opens a new stage in "
            "relations.\n\nThe Head of state thanked his Kenyan counterpart for the warm hospitality and emphasized "
            "that Kazakhstan regards Kenya as a key partner in Africa."
        )
        self.assertIn(("Nurlan Abenov", "Kazakhstan regards Kenya as a key partner in Africa"), quotes(text))

    HOSTED = (
        "{city}, April 22. An official welcome ceremony was held in {city} for President of the Republic of {guest} "
        "{gname}, who arrived in {host} on a state visit.\n\n"
        "President of the Republic of {host} {hname} welcomed the guest at the palace.\n\n"
        "The Presidents then held a meeting in a one-on-one format.\n\n"
        "It was noted with satisfaction that relations are developing well. The head of state emphasized that "
        "mutual visits give a strong impetus to cooperation."
    )
    KAZAKH_RECORDS = [KnownPerson("Askar Zhaksylykov", "KZ", "President of Kazakhstan", ("Head of State",))]

    def test_the_newsrooms_bare_head_of_state_abroad_is_the_hosts_in_the_hosts_story(self):
        text = self.HOSTED.format(
            city="Baku", guest="Kazakhstan", gname="Nurlan Abenov", host="Azerbaijan", hname="Tahir Guliyev"
        )
        got = quotes(text, people=self.KAZAKH_RECORDS)
        self.assertIn(("Tahir Guliyev", "mutual visits give a strong impetus to cooperation"), got)

    def test_the_newsrooms_bare_head_of_state_at_home_stays_its_countrys(self):
        text = self.HOSTED.format(
            city="Astana", guest="Azerbaijan", gname="Tahir Guliyev", host="Kazakhstan", hname="Nurlan Abenov"
        )
        got = quotes(text, people=self.KAZAKH_RECORDS)
        self.assertIn(("Nurlan Abenov", "mutual visits give a strong impetus to cooperation"), got)

    def test_a_lead_about_both_leaders_opens_on_no_side(self):
        lead = "President of Armenia Aram Petrosyan and President of Latvia Andris Kalnins held talks at Riga Castle."
        got = quotes(self.RELEASE_ABROAD.format(lead))
        self.assertIn(
            ("Andris Kalnins", "Armenian software firms are ready to open offices in the Baltic region"), got
        )

    def test_the_hosts_agency_in_the_same_dateline_keeps_the_hosts_office(self):
        got = quotes(self.DATELINE_AGENCY.format("KAZINFORM"))
        self.assertIn(("Nurlan Abenov", "the two countries should double the freight carried by rail"), got)

    def test_a_family_name_set_in_capitals_first_is_the_surname_the_story_uses(self):
        text = (
            "On May 12, Mr. KITAJIMA Ryota, Minister for Foreign Affairs of Japan, held a meeting with H.E. Ms. "
            "Aigerim Tulegenova, Minister of Foreign Affairs of Kazakhstan, who is visiting Japan.\n\n"
            "Minister Kitajima stated that Japan will continue to support Central Asia.\n\n"
            "Minister Tulegenova stated that Kazakhstan welcomes Japanese investment."
        )
        package = suggest_package(text)
        self.assertEqual(sorted(p.name for p in package.participants), ["Aigerim Tulegenova", "KITAJIMA Ryota"])
        got = [(q.speaker.name, q.text) for q in package.quotes]
        self.assertIn(("KITAJIMA Ryota", "Japan will continue to support Central Asia"), got)

    def test_a_drop_capital_opening_a_story_leaves_the_surname_last(self):
        text = (
            "EWAN Morrison has announced a £90 million investment by a Japanese firm as he used a trade mission to "
            "Tokyo.\n\nThe First Minister met Japan's Minister of Economy Sato Kenji on Tuesday.\n\n"
            "Morrison said Scotland was open for business."
        )
        got = [(q.speaker.name, q.text) for q in suggest_package(text).quotes]
        self.assertIn(("EWAN Morrison", "Scotland was open for business"), got)

    def test_a_participle_of_speech_with_that_after_courtesies_reports(self):
        text = INTRO + (
            "Tursunov thanked his host for the warm welcome, underscoring that Hungary is “a reliable friend” "
            "of his country."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Hungary is “a reliable friend” of his country")])


class UntitledAndBystanderTests(SimpleTestCase):
    """People never titled beside their name, and the people around a visit who take no part in it."""

    LEAD = "Swedish and Vietnamese officials met in Hanoi on Monday.\n\n"

    def test_a_person_quoted_by_surname_is_found_without_a_title(self):
        text = self.LEAD + (
            "Maria Lindqvist toured the port of Haiphong with investors.\n\n"
            "Lindqvist insisted that Swedish firms were ready to build wind farms off the coast."
        )
        result = suggest_package(text)
        self.assertIn("Maria Lindqvist", [p.name for p in result.participants])
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes],
            [("Maria Lindqvist", "Swedish firms were ready to build wind farms off the coast")],
        )

    def test_a_title_given_by_the_predicate_gives_role_and_country(self):
        text = self.LEAD + (
            "Maria Lindqvist became the first Swedish trade minister to visit Vietnam in a decade.\n\n"
            "“We came to listen,” Lindqvist said."
        )
        person = next(p for p in suggest_package(text).participants if p.name == "Maria Lindqvist")
        self.assertEqual((person.country, person.role), ("SE", "minister"))

    def test_the_head_of_a_civil_society_group_is_no_participant(self):
        text = INTRO + (
            "Anna Berg, director of the Danube Rights Foundation, said the talks ignored prisoners.\n\n"
            "“Values were forgotten,” she said."
        )
        self.assertEqual(quotes(text), [])

    def test_an_opposition_legislator_and_his_pronoun_give_no_quote(self):
        text = INTRO + (
            "“We are ready,” Tursunov said.\n\n"
            "Green Party MP Lars Holm, who sits on the budget committee, said the visit came too late.\n\n"
            "“It is a start, nothing more,” Holm told public radio.\n\n"
            "He added that parliament would question the government next week."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "We are ready")])

    def test_an_opposition_attack_on_a_participant_leaves_him_a_participant(self):
        text = INTRO + ("“We are ready,” Tursunov said.\n\nIn parliament, the opposition accused Tursunov of haste.")
        self.assertIn("Jasur Tursunov", [p.name for p in suggest_package(text).participants])


class BareTitleTests(SimpleTestCase):
    """A release from one leader's office: the bare title is the one it never qualifies with a country."""

    def test_the_bare_title_is_the_leader_titled_without_a_country(self):
        text = (
            "President Laura Fenech today received the President of the Republic of Latvia, Andris Kalnins, in "
            "Valletta.\n\nThe President of Latvia thanked Malta for its support on energy links.\n\n"
            "The President stressed that Malta was ready to host a regional summit next year."
        )
        got = [(q.speaker.name, q.text) for q in suggest_package(text).quotes]
        self.assertIn(("Laura Fenech", "Malta was ready to host a regional summit next year"), got)

    def test_welcoming_a_leader_by_title_is_no_statement(self):
        text = INTRO + "Kertész welcomed the Prime Minister of Uzbekistan, Aziz Karimov, to Budapest on Monday."
        self.assertEqual(quotes(text), [])

    def test_a_caption_welcoming_a_leader_by_a_capitalised_title_is_no_statement(self):
        text = (
            INTRO + "Hungary's Prime Minister Gábor Kertész (R) welcomes Uzbekistan's President Aziz Karimov at the "
            "Carmelite Monastery in Budapest on May 16, 2023. (Photo by Anna Kiss)"
        )
        self.assertEqual(quotes(text), [])


class JuniorOfficeTests(SimpleTestCase):
    """A bare office in one field ("the foreign minister") is whoever holds that office, not a junior one in it."""

    def test_the_foreign_minister_is_not_the_minister_of_state_for_foreign_affairs(self):
        text = (
            "Ecuadorian Minister of State for Foreign Affairs Diego Arteaga held talks with Foreign Minister Lucía "
            "Benavides in Asunción.\n\nForeign Minister Lucía Benavides and Diego Arteaga signed two memoranda.\n\n"
            "Speaking after the signing, the foreign minister said the two sides would meet again in Quito."
        )
        self.assertEqual(quotes(text)[-1], ("Lucía Benavides", "the two sides would meet again in Quito"))

    def test_a_junior_office_alone_in_its_field_keeps_the_bare_office(self):
        text = (
            "Ecuadorian Minister of State for Foreign Affairs Diego Arteaga held talks with Trade Minister Lucía "
            "Benavides in Asunción.\n\nLucía Benavides and Diego Arteaga signed two memoranda.\n\n"
            "Speaking after the signing, the foreign minister said the two sides would meet again in Quito."
        )
        self.assertEqual(quotes(text)[-1], ("Diego Arteaga", "the two sides would meet again in Quito"))


class ReportingFrameTests(SimpleTestCase):
    """Where a reported clause starts: after a long adverbial with commas, or without "that"."""

    def test_told_an_audience_of_a_people_then_that(self):
        text = (
            "Chilean President Tomás Ibarra met Peruvian President Rosa Quintana in Lima.\n\n"
            "Ibarra told Peruvian reporters after the talks that a rail link would open next year."
        )
        self.assertEqual(quotes(text), [("Tomás Ibarra", "a rail link would open next year")])

    def test_a_people_and_their_own_verb_open_the_clause(self):
        text = (
            "Chilean President Tomás Ibarra met Peruvian President Rosa Quintana in Lima.\n\n"
            "Ibarra said Peruvian farmers believed that the port would serve them too."
        )
        self.assertEqual(
            quotes(text), [("Tomás Ibarra", "Peruvian farmers believed that the port would serve them too")]
        )

    def test_that_after_an_adverbial_naming_someone_with_a_name_in_ed(self):
        text = (
            "Tunisian President Karim Saied held talks with Jordanian Prime Minister Hamed Khasawneh in Tunis.\n\n"
            "Saied said on Friday, after a lunch with Prime Minister Hamed Khasawneh, that the two countries would "
            "open a shipping line."
        )
        self.assertEqual(quotes(text), [("Karim Saied", "the two countries would open a shipping line")])

    def test_insisted_and_warned_report_a_clause_without_that(self):
        text = INTRO + (
            "Kertész insisted he had raised the question of transit fees with his guest.\n\n"
            "Tursunov warned the new tariffs would hurt farmers on both sides."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "he had raised the question of transit fees with his guest"),
                ("Jasur Tursunov", "the new tariffs would hurt farmers on both sides"),
            ],
        )

    def test_insisted_on_a_thing_reports_nothing(self):
        text = INTRO + "Kertész insisted on a visit to the Danube port before the talks."
        self.assertEqual(quotes(text), [])


class DatelineAndTailTests(SimpleTestCase):
    def test_a_capitals_dateline_with_a_colon_is_no_transcript_label(self):
        text = (
            "DHAKA: Prime Minister Rahima Chowdhury received President Anura Perera of Sri Lanka, who is on a state "
            "visit to Bangladesh.\n\n"
            "“Our ports can serve each other,” the visiting President said."
        )
        self.assertEqual(quotes(text), [("Anura Perera", "Our ports can serve each other")])

    def test_a_participle_after_a_quote_of_two_sentences_is_its_speakers(self):
        text = INTRO + (
            "“We trust each other. Today we set a new goal,” Tursunov said, adding that a joint fund would be "
            "launched in May."
        )
        got = quotes(text)
        self.assertIn(("Jasur Tursunov", "a joint fund would be launched in May"), got)


class VideoScriptTests(SimpleTestCase):
    def test_a_soundbite_cue_names_the_speaker_of_the_next_paragraph(self):
        text = INTRO + 'SOUNDBITE (Uzbek) UZBEK PRESIDENT, JASUR TURSUNOV, SAYING:\n\n"Our cotton will go to Hungary."'
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our cotton will go to Hungary.")])

    def test_a_script_cue_before_a_speaker_label(self):
        text = INTRO + "SOT: Tursunov: Our cotton will go to Hungary."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our cotton will go to Hungary.")])


class ShortObjectTests(SimpleTestCase):
    def test_a_possessive_object_of_two_words_is_appraised_speech(self):
        text = INTRO + "Kertész welcomed Uzbekistan's reforms."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Uzbekistan's reforms")])

    def test_a_bare_object_of_two_words_is_narrative(self):
        text = INTRO + "Kertész praised the results."
        self.assertEqual(quotes(text), [])


class GuestSideAndFieldTests(SimpleTestCase):
    def test_a_leader_who_wraps_up_a_visit_to_a_country_is_its_guest(self):
        text = (
            "President Amina Njoroge wrapped up her state visit to Japan with a send-off from Prime Minister "
            "Kenji Ito.\n\nNjoroge met business leaders in Osaka."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertNotEqual(people.get("Amina Njoroge"), "JP")

    def test_technical_cooperation_takes_the_field_it_is_for(self):
        got = [
            a.sphere
            for a in suggest_package(
                INTRO + "They signed a technical cooperation programme between two institutes, on vaccine production."
            ).agreements
        ]
        self.assertEqual(got, ["health"])

    def test_rice_and_seeds_are_agriculture(self):
        got = [a.sphere for a in suggest_package(INTRO + "They signed a memorandum on rice seeds.").agreements]
        self.assertEqual(got, ["agriculture"])

    def test_a_minister_who_stays_on_until_a_weekday_stays_into_the_coming_days(self):
        text = INTRO + "Trade Minister Laziz Kudratov stays on in Budapest until Thursday."
        got = [d.date for d in suggest_package(text, dateline=datetime.date(2025, 11, 4)).dates]
        self.assertIn(datetime.date(2025, 11, 6), got)


class BusinessBystanderTests(SimpleTestCase):
    def test_he_after_an_executive_named_with_his_company_is_not_the_last_minister(self):
        text = INTRO + (
            "Hungarian Economy Minister Márton Varga said the bank would lend 100 million euros.\n\n"
            "MOL chief executive Zsolt Hernadi declined to give figures. “We are very interested,” he said."
        )
        self.assertEqual(quotes(text), [("Márton Varga", "the bank would lend 100 million euros")])


class AppraisalPartialTests(SimpleTestCase):
    def test_a_word_he_considered_in_marks_is_his(self):
        text = INTRO + "Tursunov put trade at 400 million dollars, a level he described as “insufficient”."
        self.assertIn(("Jasur Tursunov", "insufficient"), quotes(text))

    def test_a_single_marked_word_without_appraisal_is_a_scare_quote(self):
        text = INTRO + "The two presidents discussed the “reset” of relations."
        self.assertEqual(quotes(text), [])


class CreditedStatementTests(SimpleTestCase):
    def test_thanks_for_announcing_that_credit_the_other_with_the_statement(self):
        text = INTRO + (
            "Kertész said he was grateful to President Tursunov for announcing that Uzbekistan would buy 300 "
            "Hungarian buses."
        )
        self.assertIn(("Jasur Tursunov", "Uzbekistan would buy 300 Hungarian buses"), quotes(text))


class FormerLatterTests(SimpleTestCase):
    def test_the_latter_and_the_former_are_the_two_named_just_before(self):
        text = INTRO + (
            "Tursunov later toured a bus plant with Kertész. The latter said the plant would double its output. "
            "The former said Uzbekistan would buy its buses."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "the plant would double its output"),
                ("Jasur Tursunov", "Uzbekistan would buy its buses"),
            ],
        )

    def test_an_aged_demonym_is_that_countrys_leader(self):
        self.assertEqual(
            quotes(INTRO + "The 61-year-old Uzbek said the reforms would go on."),
            [("Jasur Tursunov", "the reforms would go on")],
        )


class DoubleOfficeTests(SimpleTestCase):
    def test_a_double_office_is_known_by_the_higher_one(self):
        text = INTRO + "Deputy Prime Minister and Minister of Energy Jurabek Mirzamakhmudov also attended."
        person = next(p for p in suggest_package(text).participants if p.name == "Jurabek Mirzamakhmudov")
        self.assertEqual(person.role, "deputy_head_of_government")


class AgencyFormulaTests(SimpleTestCase):
    def test_this_was_stated_by_gives_the_sentence_before_to_its_speaker(self):
        text = INTRO + (
            "Hungary sees Uzbekistan as its key partner in Central Asia. This was stated by President Kertész "
            "while receiving the Uzbek delegation."
        )
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "Hungary sees Uzbekistan as its key partner in Central Asia")]
        )

    def test_expressed_these_views_while_gives_the_sentence_before(self):
        text = INTRO + (
            "Uzbekistan will double its purchases of Hungarian medicines. Tursunov expressed these views while "
            "visiting a pharmaceutical plant."
        )
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "Uzbekistan will double its purchases of Hungarian medicines")]
        )

    def test_said_this_while_after_a_clause_attributes_it(self):
        text = INTRO + "The new line will carry a million tonnes a year, Tursunov said this while touring the depot."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "The new line will carry a million tonnes a year")])


class WireFormulaTests(SimpleTestCase):
    def test_said_with_a_plural_subject_in_the_present_reports_without_that(self):
        text = INTRO + "In his press statement, Kertész said Hungary and Uzbekistan share a history of trade."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary and Uzbekistan share a history of trade")])

    def test_agreements_to_bolster_cooperation_in_areas_give_one_per_area(self):
        text = (
            INTRO
            + "The two sides inked four agreements to boost cooperation in areas such as water, tourism and sport."
        )
        spheres = sorted(a.sphere for a in suggest_package(text).agreements)
        self.assertEqual(spheres, ["sport", "tourism", "water"])


class DatelineDashTests(SimpleTestCase):
    def test_he_after_a_double_hyphen_dateline_is_the_leads_subject(self):
        text = (
            "HANOI, May 2 (VNA) -- Prime Minister Tran Van Minh received Malaysian Prime Minister Azlan Hashim "
            "in Hanoi today.\n\nVietnam is ready to buy more Malaysian palm oil, he said."
        )
        self.assertEqual(
            [(q.speaker.name, q.text) for q in suggest_package(text).quotes],
            [("Tran Van Minh", "Vietnam is ready to buy more Malaysian palm oil")],
        )

    def test_a_frame_of_its_own_keeps_its_speaker_before_said_this(self):
        text = INTRO + "He said trade would double.\n\nTursunov said this at a joint news conference."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "trade would double")])


class TailSourceTests(SimpleTestCase):
    def test_according_to_after_marked_words_names_their_speaker(self):
        text = INTRO + "“Our rail link will open in 2027,” according to Tursunov."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our rail link will open in 2027")])

    def test_quoted_as_saying_by_an_outlet_after_marked_words(self):
        text = INTRO + "“Our rail link will open in 2027,” Tursunov was quoted as saying by a local daily."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our rail link will open in 2027")])

    def test_a_source_that_quotes_a_participant_gives_him_the_words(self):
        text = INTRO + (
            "“Trade will double,” the presidential press service quoted Tursunov as saying.\n\n"
            "The Hungarian government quoted Kertész as saying that a joint university would open in Tashkent."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "Trade will double"),
                ("Gábor Kertész", "a joint university would open in Tashkent"),
            ],
        )

    def test_according_to_officials_names_nobody(self):
        self.assertEqual(quotes(INTRO + "“The link will open in 2027,” according to officials."), [])


class PortfolioTests(SimpleTestCase):
    def test_a_minister_of_another_portfolio_is_not_the_one_named(self):
        text = INTRO + (
            "Uzbek Foreign Minister Bakhtiyor Saidov also attended.\n\n"
            "Uzbekistan's health minister said two hospitals would be built with Hungarian loans."
        )
        self.assertEqual(quotes(text), [])


class VisitingHeadTests(SimpleTestCase):
    def test_the_visiting_head_of_state_is_the_guest(self):
        text = INTRO + "“We came to stay,” the visiting head of state said."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "We came to stay")])


class DemonymAndLabelTests(SimpleTestCase):
    def test_a_demonym_alone_is_that_countrys_leader(self):
        text = INTRO + "“Our doors are open to Hungarian banks,” said the Uzbek."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our doors are open to Hungarian banks")])

    def test_a_single_letter_question_label_with_its_outlet_ends_a_turn(self):
        text = INTRO + (
            "TURSUNOV: We agreed on a new air route.\n\n"
            "Q (Radio Budapest): When will the first flight leave?\n\n"
            "KERTÉSZ: In the spring."
        )
        got = quotes(text)
        self.assertNotIn("When will the first flight leave?", [t for _, t in got])
        self.assertIn(("Jasur Tursunov", "We agreed on a new air route."), got)

    def test_a_headline_with_a_name_and_a_colon_is_no_line_of_speech(self):
        text = (
            "Tursunov: Hungary a reliable friend, gas deal within reach\n"
            "Uzbek President Jasur Tursunov held talks with Hungarian President Gábor Kertész in Budapest."
        )
        self.assertEqual(quotes(text), [])


class FamilyNameTests(SimpleTestCase):
    def test_an_analyst_whose_surname_is_a_ministers_family_name_is_not_the_minister(self):
        text = (
            "Australian Prime Minister Helen Grant met Vietnamese Trade Minister Le Van Thanh in Hanoi.\n\n"
            "“Vietnam wants investment, not promises,” Le told reporters.\n\n"
            "“Licences are the real test,” said Thu Le, an economist at a Hanoi research institute."
        )
        self.assertEqual(quotes(text), [("Le Van Thanh", "Vietnam wants investment, not promises")])


class ListedOfficialsTests(SimpleTestCase):
    """Officials listed after someone of a named country, with titles alone, are of that country."""

    def countries(self, text):
        return {p.name: p.country for p in suggest_package(text).participants}

    def test_a_comma_list_after_a_possessive_country(self):
        text = (
            "Ghanaian President Kofi Mensah held talks with Senegalese President Aliou Ndiaye in Accra.\n\n"
            "The documents were signed by Senegal's Trade Minister Awa Diop, Energy Minister Moussa Fall and "
            "other officials."
        )
        self.assertEqual(self.countries(text).get("Moussa Fall"), "SN")

    def test_and_after_a_demonym_inside_a_list_of_attendees(self):
        text = (
            "Ghanaian President Kofi Mensah held talks with Senegalese President Aliou Ndiaye in Accra.\n\n"
            "The talks were attended by Finance Minister Ama Owusu, as well as Senegalese Foreign Minister Fatou "
            "Sarr and Minister of Fisheries Ibrahima Ba."
        )
        self.assertEqual(self.countries(text).get("Ibrahima Ba"), "SN")

    def test_two_leaders_opening_a_sentence_are_the_two_sides(self):
        text = (
            "Ghanaian President Kofi Mensah and Prime Minister Amadou Ba have agreed in Dakar to open a new border "
            "post between Ghana and Senegal."
        )
        self.assertEqual(self.countries(text).get("Amadou Ba"), "SN")

    def test_a_counterpart_takes_the_role_of_the_person_named_in_his_sentence(self):
        text = (
            "Nadia Berg became the first Danish foreign minister to visit Ghana, where she met President Kofi "
            "Mensah.\n\nThe accord, signed by Berg and her Ghanaian counterpart, Ama Owusu, covers shipping."
        )
        people = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(people.get("Ama Owusu"), ("GH", "minister"))
        self.assertEqual(people.get("Kofi Mensah"), ("GH", "head_of_state"))


class HostCueTests(SimpleTestCase):
    """Where the visit happens, from the clause that says so, not from the next leg or someone's quoted words."""

    TEXT = (
        "Maria Lindqvist became the first Swedish trade minister to make an official visit to Ghana on Monday, "
        "a trip officials hope will open doors for Swedish firms.\n\n"
        "She held talks with President Kofi Mensah and Trade Minister Ama Owusu.\n\n"
        "“Ministers talk about values when they are in Brussels,” said one campaigner.\n\n"
        "Lindqvist travels to Abidjan on Wednesday."
    )

    def test_officials_without_a_country_are_the_hosts_of_the_clause_that_names_the_visit(self):
        people = {p.name: p.country for p in suggest_package(self.TEXT).participants}
        self.assertEqual(people.get("Kofi Mensah"), "GH")
        self.assertEqual(people.get("Ama Owusu"), "GH")


class AgreementListTests(SimpleTestCase):
    """Instruments named by topic in lists, under headings, and the words around them that are no topic."""

    LEAD = "Ghanaian President Kofi Mensah held talks with Senegalese President Aliou Ndiaye in Accra.\n\n"

    def found(self, text):
        return [(a["title"], a["sphere"]) for a in suggest_package(self.LEAD + text).to_dict()["agreements"]]

    def test_a_field_named_by_a_pair_stays_one_item_and_ict_is_digital(self):
        got = self.found(
            "The two presidents signed memoranda on cooperation in the fields of information and communication "
            "technology, fisheries, youth and sports."
        )
        spheres = sorted(sphere for _, sphere in got)
        self.assertEqual(spheres, ["agriculture", "digital", "sport"])

    def test_the_parties_before_the_fields_of_a_list(self):
        got = self.found(
            "They witnessed the signing of a number of memoranda between the two countries in the fields of "
            "tourism, renewable energy and air transport."
        )
        self.assertEqual(sorted(s for _, s in got), ["aviation", "energy", "tourism"])

    def test_a_question_heading_and_em_dash_items(self):
        got = self.found(
            "What was signed?\n\nThe ministers oversaw the signing of:\n\n— an agreement updating rules on air "
            "services;\n\n— a memorandum on teacher training;"
        )
        self.assertEqual(sorted(s for _, s in got), ["aviation", "education"])

    def test_a_heading_of_kind_words_alone_heads_what_was_signed(self):
        got = self.found(
            "The visit was the first in a decade.\n\nAgreements\n\n"
            "The package also includes memoranda in the areas of tourism and fisheries."
        )
        self.assertEqual(sorted(s for _, s in got), ["agriculture", "tourism"])

    def test_when_and_by_whom_are_no_topic(self):
        got = self.found(
            "The two sides signed a fisheries accord and several other agreements on Thursday as the talks ended."
            "\n\nThe documents were signed on the Ghanaian side by Foreign Minister Ama Owusu."
        )
        self.assertEqual(got, [("Fisheries accord", "agriculture")])

    def test_a_journalists_question_in_a_transcript_signs_nothing(self):
        got = self.found("Q (Radio Accra): President, Ghana has signed many MoUs with its neighbours. Why this one?")
        self.assertEqual(got, [])

    def test_a_named_list_item_and_its_later_link_are_one_document(self):
        got = self.found(
            "The following documents were signed:\n\n• Joint Declaration on a Strategic Partnership between Ghana "
            "and Senegal\n• Youth Mobility Arrangement, allowing young people to work abroad for a year\n\n"
            "Related links\n- Declaration on a Strategic Partnership between Ghana and Senegal"
        )
        self.assertEqual(
            got,
            [
                ("Joint Declaration on a Strategic Partnership between Ghana and Senegal", "political"),
                ("Youth Mobility Arrangement", "migration"),
            ],
        )


class ReportingVerbClassTests(SimpleTestCase):
    """The class of reporting verbs and frames, beyond the ones the corpus happens to use."""

    def test_verbs_of_informing_and_specifying_report_their_that_clause(self):
        cases = [
            "Kertész briefed journalists that a Hungarian bank would open a branch in Tashkent.",
            "Kertész informed the Uzbek delegation that a Hungarian bank would open a branch in Tashkent.",
            "Kertész specified that a Hungarian bank would open a branch in Tashkent.",
            "Kertész mentioned that a Hungarian bank would open a branch in Tashkent.",
        ]
        for case in cases:
            with self.subTest(case=case):
                self.assertEqual(
                    quotes(INTRO + case), [("Gábor Kertész", "a Hungarian bank would open a branch in Tashkent")]
                )

    def test_the_present_tense_of_agency_copy_reports_its_object(self):
        text = INTRO + "Tursunov underscores the role of Hungarian universities in training engineers."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "the role of Hungarian universities in training engineers")]
        )

    def test_a_stance_voiced_with_whose_it_is_after_of_is_the_statement(self):
        said = [
            (
                "Tursunov expressed the gratitude of his government for the support of Hungary in the United Nations.",
                ["the gratitude of his government for the support of Hungary in the United Nations"],
            ),
            (
                "Tursunov ratified the will of his country to continue the reforms with Hungarian help.",
                ["the will of his country to continue the reforms with Hungarian help"],
            ),
            (
                "Kertész conveyed the determination of Hungary to expand relations with Uzbekistan in all fields.",
                ["the determination of Hungary to expand relations with Uzbekistan in all fields"],
            ),
            # (thanks for the welcome stay protocol, and a treaty ratified is no stance)
            ("Tursunov expressed the gratitude of his government for the warm welcome.", []),
            ("Tursunov ratified the treaty on the avoidance of double taxation.", []),
        ]
        for line, texts in said:
            with self.subTest(line=line):
                self.assertEqual([t for _, t in quotes(INTRO + line)], texts)

    def test_a_name_in_marks_inside_an_appraised_object_leaves_it_reported(self):
        # (marks around a name in capitals are no one's words: the readiness voiced is what was said)
        text = INTRO + (
            'Kertész expressed readiness to link the Hungarian railway with the "Middle Corridor" route across the '
            "Caspian Sea."
        )
        said = 'to link the Hungarian railway with the "Middle Corridor" route across the Caspian Sea'
        self.assertEqual(quotes(text), [("Gábor Kertész", said)])
        # (marked words of appraisal stay a partial quote)
        text = INTRO + 'Kertész praised the "frank and warm" talks with his guest.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "frank and warm")])

    def test_a_possessive_object_after_reiterated_is_the_statement(self):
        text = INTRO + "Kertész reiterated his government's backing for Uzbekistan's bid to join the WTO."
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "his government's backing for Uzbekistan's bid to join the WTO")]
        )

    def test_a_participle_with_its_agent_at_the_end_is_no_attribution(self):
        # "..., announced by the World Bank": the passive's agent speaks no words, and the statement before it is read
        text = INTRO + (
            "Kertész also reiterated the support of Hungary for the regional water strategy, announced by the World "
            "Bank."
        )
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "the support of Hungary for the regional water strategy, announced by the World Bank")],
        )
        # (an inverted attribution still names its speaker)
        text = INTRO + "The water strategy will be ready next year, said Kertész."
        self.assertEqual(quotes(text), [("Gábor Kertész", "The water strategy will be ready next year")])

    def test_views_and_hopes_conveyed_or_shared_report_their_clause(self):
        text = INTRO + "Kertész shared the view that regional transit should be free of tariffs."
        self.assertEqual(quotes(text), [("Gábor Kertész", "regional transit should be free of tariffs")])

    def test_drawing_attention_and_speaking_of_the_need_report_the_object(self):
        text = INTRO + (
            "Tursunov drew particular attention to the potential of the Trans-Caspian route.\n\n"
            "Kertész spoke of the importance of cultural exchanges between young people."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "the potential of the Trans-Caspian route"),
                ("Gábor Kertész", "the importance of cultural exchanges between young people"),
            ],
        )

    def test_a_hope_conveyed_reports_the_clause_not_the_noun(self):
        text = INTRO + "Tursunov conveyed his hope that Hungarian banks would open branches in Tashkent."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Hungarian banks would open branches in Tashkent")])

    def test_posting_on_social_media_reports_what_was_posted(self):
        text = INTRO + (
            "Tursunov posted on Telegram that the visit had opened a new chapter.\n\n"
            "Kertész posted a video of the ceremony."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the visit had opened a new chapter")])

    def test_quoted_as_telling_someone_reports_the_clause(self):
        text = INTRO + "Tursunov was quoted by an aide as telling Kertész that Uzbekistan would lower its tariffs."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbekistan would lower its tariffs")])

    def test_cited_as_saying_reports(self):
        text = INTRO + "Tursunov was cited by local media as saying that the pipeline would be finished in 2027."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the pipeline would be finished in 2027")])

    def test_a_statement_set_out_in_paragraphs_after_a_colon(self):
        text = INTRO + (
            "After the talks the Hungarian President said:\n\n"
            "I thank my friend for this visit. We have opened a new page.\n\n"
            "Our ministers will meet again in the autumn.\n\n"
            "The visit ends on Tuesday."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "I thank my friend for this visit. We have opened a new page."),
                ("Gábor Kertész", "Our ministers will meet again in the autumn."),
            ],
        )

    def test_a_statement_after_a_colon_opens_with_the_speakers_greetings(self):
        lead = (
            "VELMAR, March 3 - Norvan President Aldo Brenneval held talks with Toravian President Osric Belmonte.\n\n"
        )
        text = lead + (
            "President Aldo Brenneval said:\n\n"
            "- Dear Mr. President, dear friend,\n\n"
            "Ladies and gentlemen,\n\n"
            "I would like to welcome you to Norvania once again. We held frank talks.\n\n"
            "The two presidents then visited the port."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Aldo Brenneval", "Dear Mr. President, dear friend"),
                ("Aldo Brenneval", "Ladies and gentlemen"),
                ("Aldo Brenneval", "I would like to welcome you to Norvania once again. We held frank talks."),
            ],
        )
        # (a short line that addresses nobody is a list's item, not a greeting)
        listed = lead + "President Aldo Brenneval said:\n\n- Transport, energy, farming,\n\nThe two presidents left."
        self.assertEqual(quotes(listed), [])

    def test_a_list_lead_in_with_a_colon_is_no_statement(self):
        text = INTRO + "The following documents were signed:\n\nMemorandum on our cooperation in water management."
        self.assertEqual(quotes(text), [])


class FrameVariantTests(SimpleTestCase):
    def test_said_of_a_topic_after_marked_words_attributes_them(self):
        text = INTRO + "“It is not enough,” Tursunov said of the new quotas. “We need more.”"
        self.assertEqual(quotes(text), [("Jasur Tursunov", "It is not enough"), ("Jasur Tursunov", "We need more.")])

    def test_a_message_that_was_clear_reports_what_follows_the_colon(self):
        text = INTRO + "Kertész's point was simple: Hungarian firms want faster customs clearance."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungarian firms want faster customs clearance")])

    def test_labels_after_bullet_marks_are_lines_of_speech(self):
        text = (
            INTRO + "- Tursunov: Our railways will carry Hungarian goods to China.\n- Kertész: We will invest in them."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "Our railways will carry Hungarian goods to China."),
                ("Gábor Kertész", "We will invest in them."),
            ],
        )

    def test_adding_with_a_colon_ends_the_reported_clause(self):
        text = INTRO + "Tursunov said the fund would grow, adding: “Our people expect results.”"
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "the fund would grow"), ("Jasur Tursunov", "Our people expect results.")]
        )


class WhileClauseTests(SimpleTestCase):
    def test_a_while_clause_of_the_statement_goes_on(self):
        text = INTRO + (
            "Kertész said Hungary could sell more medicines to Uzbekistan, while Uzbek cotton was increasingly "
            "present on the Hungarian market."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "Hungary could sell more medicines to Uzbekistan, while Uzbek cotton was increasingly present on "
                    "the Hungarian market",
                )
            ],
        )

    def test_a_while_clause_with_others_speaking_ends_the_statement(self):
        text = INTRO + "Kertész said exports had doubled, while opposition economists say the numbers are inflated."
        self.assertEqual(quotes(text), [("Gábor Kertész", "exports had doubled")])

    def test_a_while_clause_of_the_writer_ends_the_statement(self):
        text = INTRO + "Kertész said Hungary was ready to invest, while visiting a textile plant outside Budapest."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary was ready to invest")])


class SpeakerAfterQuoteTests(SimpleTestCase):
    def test_a_title_with_its_post_then_a_comma_then_the_name(self):
        text = (
            INTRO + "“Our consulate will open in May,” said Uzbekistan's consul general in Budapest, Dilshod Karimov."
        )
        self.assertEqual(quotes(text), [("Dilshod Karimov", "Our consulate will open in May")])

    def test_a_newsletters_dash_signature_after_the_quote(self):
        text = INTRO + "“Rail freight is the priority” — Dilshod Karimov, Uzbekistan's transport minister."
        self.assertEqual(quotes(text), [("Dilshod Karimov", "Rail freight is the priority")])

    def test_a_live_pages_caption_signed_with_a_spaced_hyphen_and_an_office(self):
        text = INTRO + '"Budapest feels like home," - the Uzbek President, in a message in the guest book.'
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Budapest feels like home")])

    def test_a_relatives_or_predecessors_words_are_not_the_participants(self):
        text = INTRO + "Kertész's predecessor, who visited Tashkent in 2018, said at the time that trade would triple."
        self.assertEqual(quotes(text), [])


class AgreementWordingTests(SimpleTestCase):
    def found(self, text):
        return [(a.title, a.sphere) for a in suggest_package(INTRO + text).agreements]

    def test_documents_related_to_fields_give_one_per_field(self):
        got = self.found("The ministers signed documents relating to fisheries and tourism.")
        self.assertEqual(sorted(s for _, s in got), ["agriculture", "tourism"])

    def test_exchanged_notes_on_a_topic_are_an_instrument(self):
        got = self.found("The ambassadors exchanged notes on a visa waiver for diplomats.")
        self.assertEqual([s for _, s in got], ["consular"])

    def test_among_them_is_no_part_of_a_title(self):
        got = self.found("The leaders saw 9 documents signed, among them memoranda on tourism and fisheries.")
        self.assertEqual(got, [("Memorandum on tourism", "tourism"), ("Memorandum on fisheries", "agriculture")])

    def test_a_kind_word_before_another_is_one_instrument(self):
        got = self.found("The two export banks signed a 90 million euro loan agreement for irrigation pumps.")
        self.assertEqual(len(got), 1)

    def test_a_drugmakers_contract_is_health(self):
        got = self.found("An Uzbek distributor signed a contract with a Hungarian drugmaker during the visit.")
        self.assertEqual([s for _, s in got], ["health"])


class AttendingOfficialsTests(SimpleTestCase):
    def people(self, text):
        return {p.name: p.country for p in suggest_package(INTRO + text).participants}

    def test_the_head_of_an_agency_is_an_official_of_its_country(self):
        got = self.people("Sherzod Asadov, head of Uzbekistan's Agency for Strategic Reforms, briefed his hosts.")
        self.assertEqual(got.get("Sherzod Asadov"), "UZ")

    def test_a_delegation_that_included_gives_its_country(self):
        got = self.people("The Uzbek delegation included presidential adviser Sardor Umurzakov.")
        self.assertEqual(got.get("Sardor Umurzakov"), "UZ")

    def test_a_delegation_of_a_country_named_after_the_word_gives_its_country(self):
        got = self.people(
            "The delegation of the Republic of Uzbekistan includes Minister of Energy Bobur Karimov, Minister of "
            "Transport Nilufar Azimova and heads of several agencies."
        )
        self.assertEqual(got.get("Bobur Karimov"), "UZ")
        self.assertEqual(got.get("Nilufar Azimova"), "UZ")

    def test_a_delegation_of_a_country_that_is_only_welcomed_gives_no_country(self):
        got = self.people(
            "Minister of Energy Péter Halmi welcomed the delegation of the Republic of Uzbekistan at the airport."
        )
        self.assertNotEqual(got.get("Péter Halmi"), "UZ")

    def test_the_liberian_style_of_counsellor_at_law_is_no_part_of_the_name(self):
        text = (
            "MONROVIA - Foreign Minister Cllr. Comfort T. Weah-Dolo returned from Accra on Sunday after talks "
            "with Ghana's foreign minister.\n\nCllr. Weah-Dolo said the talks had been fruitful."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertIn("Comfort T Weah-Dolo", people)
        self.assertNotIn("Cllr", " ".join(people))

    def test_a_lower_case_title_set_off_by_a_comma_with_its_owner(self):
        got = self.people("Tursunov's chief of staff, Otabek Rahimov, signed the protocol with his Hungarian hosts.")
        self.assertEqual(got.get("Otabek Rahimov"), "UZ")


class ParticiplePartialTests(SimpleTestCase):
    def test_a_participle_after_a_spokesmans_attribution_is_the_spokesmans(self):
        text = (
            "Peruvian President Rosa Quintana received Chilean President Tomás Ibarra in Lima.\n\n"
            "Ibarra stayed for two hours, presidential spokesman Luis Paredes told reporters, describing the talks "
            "as “a sign of renewed trust”."
        )
        self.assertIn(("Luis Paredes", "a sign of renewed trust"), quotes(text))

    def test_a_participle_after_the_subjects_own_speech_verb_stays_the_subjects(self):
        text = (
            "Peruvian President Rosa Quintana received Chilean President Tomás Ibarra in Lima.\n\n"
            "Ibarra stayed for two hours and told reporters the port deal was close, describing the talks as "
            "“a sign of renewed trust”."
        )
        self.assertIn(("Tomás Ibarra", "a sign of renewed trust"), quotes(text))

    def test_marked_words_after_a_participle_are_the_sentence_subjects(self):
        text = INTRO + (
            "Kertész said 2,000 Uzbek students now study in Hungary, describing them as “our best ambassadors.”"
        )
        self.assertIn(("Gábor Kertész", "our best ambassadors."), quotes(text))

    def test_a_fronted_participle_with_a_marked_phrase_is_the_main_clauses_subjects(self):
        text = (
            "NAIROBI, May 4 - Kenyan President John Mwangi held talks with Indian Prime Minister Raj Kapoor on Monday."
            '\n\nCalling India "a partner of choice" for Africa, the Kenyan President said the two countries would '
            "expand trade."
        )
        self.assertEqual(
            quotes(text),
            [("John Mwangi", "a partner of choice"), ("John Mwangi", "the two countries would expand trade")],
        )

    def test_a_fronted_participle_of_no_appraisal_marks_no_quote(self):
        text = (
            "NAIROBI, May 4 - Kenyan President John Mwangi held talks with Indian Prime Minister Raj Kapoor on Monday."
            '\n\nVisiting the "Silicon Savannah" tech hub, the Kenyan President said the two countries would expand '
            "trade."
        )
        self.assertNotIn(("John Mwangi", "Silicon Savannah"), quotes(text))


class SameDayDateTests(SimpleTestCase):
    def test_copy_that_names_no_day_is_of_its_dateline(self):
        text = (
            "ASTANA. KAZINFORM – The Head of State held talks with the President of Mongolia.\n\n"
            "The sides discussed trade."
        )
        got = [d.date for d in suggest_package(text, dateline=datetime.date(2025, 5, 6)).dates]
        self.assertEqual(got, [datetime.date(2025, 5, 6)])


class ClauseTenseDateTests(SimpleTestCase):
    dateline = datetime.date(2024, 11, 20)  # a Wednesday

    def dates(self, text: str) -> list[str]:
        return [d["date"] for d in suggest_package(INTRO + text, dateline=self.dateline).to_dict()["dates"]]

    def test_the_clause_of_the_day_gives_its_tense_not_a_later_will(self):
        got = self.dates(
            "Tursunov arrived in Budapest on Tuesday, bringing a delegation that officials hope will sign ten deals."
        )
        self.assertIn("2024-11-19", got)

    def test_an_irregular_past_verb_gives_its_clause_the_past(self):
        got = self.dates(
            "Tursunov became the first Uzbek leader to visit Hungary on Tuesday, a trip that diplomats hope will "
            "bring new investment."
        )
        self.assertIn("2024-11-19", got)

    def test_was_scheduled_looks_ahead_of_the_dateline(self):
        got = self.dates("Tursunov was scheduled to fly on to Vienna on Friday.")
        self.assertIn("2024-11-22", got)

    def test_a_participle_or_an_adverbial_takes_the_sentences_tense(self):
        got = self.dates("On Friday, the presidents will open a forum in Szeged, before travelling home on Saturday.")
        self.assertIn("2024-11-22", got)
        self.assertIn("2024-11-23", got)


class RelativeClauseTests(SimpleTestCase):
    def test_who_added_after_a_quote_is_the_other_persons_statement(self):
        text = INTRO + (
            "“Trade will double,” Tursunov said beside Kertész, who added that Hungary would open a bank branch "
            "in Samarkand."
        )
        self.assertIn(("Gábor Kertész", "Hungary would open a bank branch in Samarkand"), quotes(text))

    def test_which_he_called_gives_the_marked_words_to_him(self):
        text = INTRO + "Kertész visited a clinic built with Uzbek aid, which he called “a debt of honour.”"
        self.assertIn(("Gábor Kertész", "a debt of honour."), quotes(text))


class HeadlineAndParticipleMarkTests(SimpleTestCase):
    def test_a_headlines_deal_is_one_of_the_bodys_documents(self):
        text = (
            "Ghana and Senegal seal fisheries pact in Accra\n"
            "Ghanaian President Kofi Mensah and Senegalese President Aliou Ndiaye signed a memorandum on "
            "sustainable fisheries and a letter of intent on carbon capture on Monday."
        )
        got = [(a.title, a.sphere) for a in suggest_package(text).agreements]
        self.assertEqual(
            got,
            [
                ("Memorandum on sustainable fisheries", "agriculture"),
                ("Letter of intent on carbon capture", "environment"),
            ],
        )

    def test_calling_for_as_a_participle_reports_what_was_called_for(self):
        text = INTRO + "Kertész urged closer ties, calling for a joint fund for small firms in both countries."
        self.assertIn(("Gábor Kertész", "a joint fund for small firms in both countries"), quotes(text))

    def test_a_participle_right_after_a_closing_mark_reports(self):
        text = INTRO + (
            "Kertész called the talks “frank and useful,” noting that the two sides had differed over transit fees."
        )
        self.assertIn(("Gábor Kertész", "the two sides had differed over transit fees"), quotes(text))


class UnseenStyleKindTests(SimpleTestCase):
    """Kinds of failure seen on unseen text, each tested in wording of its own."""

    def test_an_unlabelled_question_line_ends_the_speakers_turn(self):
        text = (
            INTRO + "TURSUNOV: We signed six documents today.\n\nThat is a good start.\n\n"
            "Q. Mr Kertész, will the pipeline be built by 2030?\n\n"
            "KERTÉSZ: It will be built sooner."
        )
        found = quotes(text)
        self.assertIn(("Jasur Tursunov", "We signed six documents today."), found)
        self.assertNotIn("Q. Mr Kertész, will the pipeline be built by 2030?", [t for _, t in found])
        self.assertFalse(any("pipeline" in t for _, t in found))

    def test_an_academic_title_is_not_part_of_the_speakers_name(self):
        text = INTRO + (
            "Hungarian Education Minister Professor Ilona Farkas said the exchange would bring two hundred students "
            "to Tashkent."
        )
        self.assertEqual(quotes(text), [("Ilona Farkas", "the exchange would bring two hundred students to Tashkent")])

    def test_a_second_act_joined_by_and_ends_the_reported_clause(self):
        text = (
            INTRO
            + "Tursunov said Hungary remained a key partner in Europe and congratulated his host on the election."
        )
        self.assertIn(("Jasur Tursunov", "Hungary remained a key partner in Europe"), quotes(text))

    def test_a_participle_that_points_to_examples_ends_the_clause(self):
        text = INTRO + "Kertész said Budapest wanted closer links with Central Asia, pointing at rail and energy."
        self.assertEqual(quotes(text), [("Gábor Kertész", "Budapest wanted closer links with Central Asia")])

    def test_a_spokesmans_relay_gives_the_words_to_the_leader_he_relays(self):
        text = (
            INTRO
            + "Presidential spokesman Anvar Karimov said that President Tursunov stressed that water is a shared "
            "concern."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "water is a shared concern")])

    def test_a_styled_title_names_the_holder_the_article_styled_so(self):
        text = (
            "RIYADH - His Highness Prince Faisal bin Nasser Al Rashid, Minister of Foreign Affairs, received His "
            "Excellency the Minister of Foreign Affairs of Chile Mr. Tomás Ibarra Soto.\n\n"
            "His Highness the Minister of Foreign Affairs affirmed that the Kingdom values its ties with Chile."
        )
        self.assertEqual(quotes(text), [("Faisal bin Nasser Al Rashid", "the Kingdom values its ties with Chile")])

    def test_a_spokesmans_briefing_before_the_visit_is_no_quote_of_it(self):
        text = (
            INTRO + "At her weekly briefing last week, Foreign Ministry spokesperson Dilnoza Rakhimova had said "
            "Uzbekistan attached great importance to the visit."
        )
        result = suggest_package(text)
        self.assertEqual([q.speaker.name for q in result.quotes], [])
        self.assertNotIn("Dilnoza Rakhimova", [p.name for p in result.participants])

    def test_a_spokesman_speaking_during_the_visit_is_quoted(self):
        text = (
            INTRO + "Foreign Ministry spokesperson Dilnoza Rakhimova told reporters in Budapest that the talks "
            "had gone well."
        )
        self.assertEqual(quotes(text), [("Dilnoza Rakhimova", "the talks had gone well")])

    def test_a_spokesmans_lines_at_a_press_conference_announcing_the_visit_are_no_quotes(self):
        text = (
            "Government press conference of 2 May\n\n"
            "DEPUTY SPOKESPERSON VARGA: Good morning. At the invitation of President Gábor Kertész, Uzbek President "
            "Jasur Tursunov will pay a state visit to Hungary next week. We expect agreements on water and rail.\n\n"
            "QUESTION: Will a gas deal be signed?\n\n"
            "DEPUTY SPOKESPERSON VARGA: I do not want to anticipate the talks."
        )
        self.assertEqual(quotes(text), [])

    def test_a_spokesmans_lines_at_a_briefing_after_the_talks_are_quoted(self):
        text = (
            "Press briefing by the Spokesperson in Budapest\n\n"
            "SPOKESPERSON VARGA: Good evening. President Gábor Kertész held talks with Uzbek President Jasur "
            "Tursunov today. We signed agreements on water and rail."
        )
        self.assertEqual([s for s, _ in quotes(text)], ["Varga"])

    def test_a_feeling_voiced_about_something_is_reported_with_the_feeling(self):
        text = INTRO + "Kertész voiced his delight at the rapid growth of Uzbek exports to Hungary."
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "his delight at the rapid growth of Uzbek exports to Hungary")]
        )

    def test_a_participle_with_a_noun_object_after_and_is_a_statement_of_its_own(self):
        text = INTRO + (
            "Tursunov said the corridor had halved transit times, and emphasising the importance of a common tariff "
            "for the whole route."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "the corridor had halved transit times"),
                ("Jasur Tursunov", "the importance of a common tariff for the whole route"),
            ],
        )

    def test_the_speakers_own_word_on_an_appraised_thing_is_a_statement_of_its_own(self):
        text = INTRO + (
            "Kertész commended the work of Hungarian engineers on the Tashkent metro, which she said could serve as "
            "a model for other cities."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "the work of Hungarian engineers on the Tashkent metro"),
                ("Gábor Kertész", "could serve as a model for other cities"),
            ],
        )

    def test_a_plan_of_consultations_is_an_instrument(self):
        text = INTRO + (
            "After the talks the foreign ministers signed a plan of consultations between the two foreign ministries "
            "for 2027-2029."
        )
        self.assertEqual(len(suggest_package(text).agreements), 1)

    def test_a_list_of_fields_after_the_parties_gives_one_agreement_per_field(self):
        text = INTRO + (
            "The presidents witnessed the signing of agreements between the relevant ministries of the two countries "
            "in the fields of customs, civil aviation and tourism."
        )
        self.assertEqual(
            sorted(a.sphere for a in suggest_package(text).agreements), ["aviation", "customs", "tourism"]
        )

    def test_the_remaining_documents_named_after_a_signing_were_signed_too(self):
        text = INTRO + (
            "The ministers signed four documents on Tuesday.\n\n"
            "The remaining instruments are a protocol on veterinary checks and an agreement on road haulage."
        )
        self.assertEqual(
            [a.title for a in suggest_package(text).agreements],
            ["Protocol on veterinary checks", "Agreement on road haulage"],
        )

    def test_a_leader_described_by_country_and_the_hosts_local_officials_in_a_feature(self):
        text = (
            "Hundreds line the streets for the visiting leader\n\n"
            "Fiji's prime minister made Adelaide the final stop in Australia on his week-long tour.\n\n"
            "Prime Minister Tevita Naulivou was greeted at the airport by Premier Ann Whitlock and Lord Mayor "
            "Jim Castellano."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Tevita Naulivou"), "FJ")
        self.assertEqual(people.get("Ann Whitlock"), "AU")

    def test_a_country_set_after_a_leaders_name_is_his(self):
        text = (
            "Remarks by President Halvorsen and President Mbeki of the Republic of Botswana\n\n"
            "PRESIDENT HALVORSEN: Welcome to Norway.\n\nPRESIDENT MBEKI: Thank you, Mr President. Norway is a friend."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Mbeki"), "BW")

    def test_a_title_after_a_comma_in_a_list_belongs_to_the_next_name(self):
        text = INTRO + (
            "The Uzbek delegation comprised Trade Minister Laziz Kudratov, First Deputy Prime Minister Bakhtiyor "
            "Saidov, Finance Minister Jamshid Kuchkarov and Uzbekneftegaz chief executive Bahodir Sidikov."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Bakhtiyor Saidov"), "UZ")

    def test_a_name_with_a_glued_initial_attributes_in_full_and_by_the_name_alone(self):
        text = (
            "Prime Minister of Mongolia L.Oyun-Erdene received Kazakh Prime Minister Olzhas Bektenov in Ulaanbaatar."
            '\n\n"Our railway link must be finished," Prime Minister L.Oyun-Erdene said.'
            '\n\n"Trade has doubled since 2022," Oyun-Erdene added.'
        )
        self.assertEqual(
            quotes(text),
            [
                ("L.Oyun-Erdene", "Our railway link must be finished"),
                ("L.Oyun-Erdene", "Trade has doubled since 2022"),
            ],
        )

    def test_scare_quotes_before_a_speech_verb_do_not_make_it_an_attribution(self):
        text = INTRO + 'Pressed on the "Middle Corridor" tariffs, Kertész said Budapest would cut them next year.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "Budapest would cut them next year")])

    def test_a_set_off_phrase_and_an_irregular_verb_before_but_said_keep_the_subject(self):
        text = INTRO + (
            "Tursunov, on his second visit to Hungary in a year, struck an upbeat note but warned that transit fees "
            "remained too high."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "transit fees remained too high")])

    def test_an_attribution_before_a_relative_clause_and_a_slashed_dateline(self):
        text = (
            "BUDAPEST, March 3. /MTI/. Hungary and Uzbekistan will open a direct cargo route, Hungarian President "
            "Gábor Kertész said after talks with Uzbek President Jasur Tursunov, who is in Budapest on a state visit."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary and Uzbekistan will open a direct cargo route")])

    def test_an_act_not_done_reports_nothing(self):
        text = INTRO + (
            "Kertész backed lower fees for transit cargo but refrained from praising the new tariff schedule of "
            "the railway."
        )
        self.assertEqual(quotes(text), [])

    def test_where_deals_were_signed_is_not_their_topic(self):
        text = INTRO + "Uzbek and Hungarian firms signed deals in Budapest on Monday, the presidency said."
        self.assertFalse(any("Budapest" in a.title for a in suggest_package(text).agreements))


class OutOfOfficeTests(SimpleTestCase):
    """People named only by an office they no longer hold, or hold in opposition, take no part in the visit."""

    def test_people_named_by_a_former_or_opposition_office_are_not_quoted(self):
        for line in (
            "Former deputy foreign minister Lena Varga said the deal was thin.",
            '"The deal is thin," said Osei Bampoe, a former ambassador to Budapest.',
            "Shadow trade secretary Tom Brill said the deal was thin.",
            "Ex-premier Dilnoza Karimova told reporters the deal was thin.",
            "The deal was thin, said Anton Pick, a one-time adviser to the ministry.",
            "Opposition foreign affairs spokeswoman Mirta Kovac said the deal was thin.",
            "Anna Berg, the country's ambassador to Washington from 2010 to 2014, said the deal was thin.",
            "Anna Berg, who was envoy to Tashkent until 2019, said the deal was thin.",
            '"The deal is thin," said Anna Berg, director of the Centre for Eurasian Studies.',
            "Anna Berg of the Carnegie Endowment said the deal was thin.",
        ):
            with self.subTest(line=line):
                result = suggest_package(INTRO + line)
                self.assertEqual([q.speaker.name for q in result.quotes], [])
                self.assertEqual({p.name for p in result.participants}, {"Jasur Tursunov", "Gábor Kertész"})

    def test_a_minister_whose_past_office_is_described_is_still_quoted(self):
        text = INTRO + "Foreign Minister Aida Sultanova, a former ambassador to Washington, said the route was ready."
        self.assertEqual(quotes(text), [("Aida Sultanova", "the route was ready")])

    def test_late_or_then_in_the_narrative_before_an_office_is_no_qualifier(self):
        text = (
            INTRO
            + "After a late-night meeting with Foreign Minister Anna Kiss, Tursunov left. Kiss said the deal was good."
        )
        self.assertEqual(quotes(text), [("Anna Kiss", "the deal was good")])

    def test_a_former_country_before_an_office_is_no_former_office(self):
        text = (
            "Kyrgyzstan's President Sadyr Omurov, leader of the former Soviet republic's government, met Tursunov.\n\n"
            "Omurov said the border was open."
        )
        self.assertIn(("Sadyr Omurov", "the border was open"), quotes(text))


class CourtesyAndDescentTests(SimpleTestCase):
    """Thanks voiced by a participant for what the other side did are speech acts; thanks for the welcome and
    greetings passed on are protocol; names of descent keep every part."""

    def test_thanks_and_appreciation_expressed_are_reported_with_the_feeling(self):
        cases = (
            (
                "Tursunov voiced appreciation for Hungary's help with the dam.",
                "appreciation for Hungary's help with the dam",
            ),
            (
                "Tursunov expressed his sincere thanks to Kertész for Hungary's support of the grain corridor.",
                "his sincere thanks to Kertész for Hungary's support of the grain corridor",
            ),
        )
        for line, said in cases:
            with self.subTest(line=line):
                self.assertEqual([t for _, t in quotes(INTRO + line)], [said])

    def test_thanks_for_the_welcome_expressed_are_protocol(self):
        # over the whole dev corpus the gold leaves such thanks out more often than it keeps them
        for line in (
            "Kertész expressed gratitude for the warm hospitality.",
            "Tursunov expressed his sincere thanks to Kertész and the Hungarian people for the cordial welcome.",
            "Kertész conveyed his deep appreciation for the reception given to his delegation.",
            "Tursunov expressed his thanks and appreciation to H.E. President Kertész, the Government and people of "
            "Hungary for the warm reception.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_greetings_passed_on_are_protocol_not_speech(self):
        for line in (
            "Tursunov conveyed the warm greetings of the Uzbek people to Kertész, and his wishes of peace.",
            "Kertész conveyed to Tursunov the greetings of the Hungarian Prime Minister.",
            "Tursunov extended sincere greetings and best wishes to Kertész on behalf of his government.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_asking_the_guest_to_convey_greetings_is_a_courtesy_not_a_statement(self):
        for ask in (
            "asked the guest to convey his warm greetings to the President of Hungary",
            "asked him to convey to the Prime Minister of Hungary his sincere greetings and wishes of success",
        ):
            with self.subTest(ask=ask[:30]):
                self.assertEqual(quotes(INTRO + f"Tursunov {ask}."), [])

    def test_asking_that_the_guest_convey_greetings_is_a_courtesy_too(self):
        text = (
            INTRO + "Tursunov said that Uzbekistan sees Hungary as a key partner in Europe and asked that the guest "
            "convey his greetings to the Hungarian Prime Minister."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbekistan sees Hungary as a key partner in Europe")])

    def test_a_spokesman_telling_of_greetings_and_more_keeps_the_whole_account(self):
        text = (
            INTRO + "Presidential spokeswoman Dilnoza Karimova said the President asked the minister to convey his "
            "greetings to the Hungarian Prime Minister, and underlined Uzbekistan's interest in Hungarian investment "
            "in the textile industry."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Dilnoza Karimova",
                    "the President asked the minister to convey his greetings to the Hungarian Prime Minister, and "
                    "underlined Uzbekistan's interest in Hungarian investment in the textile industry",
                )
            ],
        )

    def test_a_fronted_scene_before_the_speakers_act_is_no_statement(self):
        for scene in ("At the outset of the meeting", "During the evening session of the talks"):
            with self.subTest(scene=scene):
                text = INTRO + f"{scene}, the Uzbek President conveyed the greetings of the Uzbek people to his host."
                self.assertEqual(quotes(text), [])

    def test_a_fronted_occasion_or_appearance_is_the_scene_not_the_words(self):
        # "At a press conference, X said ... that ...": the phrase before the subject is where the words were
        # spoken; what was said is the clause after the verb
        for scene in (
            "At a joint press conference",
            "In his address",
            "Speaking at the business forum",
            "Welcoming the guest",
            "Turning to transport",
        ):
            with self.subTest(scene=scene):
                text = INTRO + f"{scene}, Tursunov said that Hungary was a key partner for Uzbekistan in Europe."
                self.assertEqual(
                    quotes(text), [("Jasur Tursunov", "Hungary was a key partner for Uzbekistan in Europe")]
                )
        text = INTRO + "Taking questions from reporters, Tursunov was asked whether the loan would be repaid."
        self.assertEqual(quotes(text), [])

    def test_a_fronted_phrase_with_a_verb_of_its_own_stays_the_reported_clause(self):
        text = INTRO + "In the past year trade grew by a fifth, Tursunov said."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "In the past year trade grew by a fifth")])

    def test_explaining_a_position_names_a_topic_not_what_was_said(self):
        # "explained Japan's position on ...": the writer's summary of a topic; only a clause is what was explained
        text = INTRO + "Tursunov explained his government's position on water sharing in the Aral Sea basin."
        self.assertEqual(quotes(text), [])
        for verb in ("explained that the", "explained the"):
            with self.subTest(verb=verb):
                text = INTRO + f"Tursunov {verb} new border crossing would open in the spring."
                self.assertEqual(
                    quotes(text), [("Jasur Tursunov", "the new border crossing would open in the spring")]
                )

    def test_asking_the_guest_to_convey_a_proposal_is_still_reported(self):
        text = INTRO + "Tursunov asked the guest to convey a proposal for a joint fund to the Hungarian government."
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "the guest to convey a proposal for a joint fund to the Hungarian government")],
        )

    def test_thanks_extended_for_hospitality_and_invitations_extended_are_protocol(self):
        self.assertEqual(quotes(INTRO + "Tursunov extended his thanks to Kertész for the warm hospitality."), [])
        self.assertEqual(quotes(INTRO + "Tursunov extended an invitation to Kertész to visit Tashkent."), [])

    def test_thanking_a_host_for_hospitality_stays_protocol(self):
        self.assertEqual(quotes(INTRO + "Tursunov thanked Kertész for the warm hospitality."), [])

    def test_a_title_word_inside_a_chain_of_descent_is_a_given_name(self):
        text = (
            "His Royal Highness Prince Sultan bin Faris bin Nasser Al Qasim, Crown Prince, received Kertész.\n\n"
            "The talks were attended by Prince Amir bin Saad bin Rashid Al Qasim, Minister of Culture, and "
            "Mr. Omar bin Sultan Al-Harbi, Ambassador to Hungary. King Faris bin Nasser Al Qasim sent greetings."
        )
        names = {p.name for p in suggest_package(text).participants}
        for name in (
            "Sultan bin Faris bin Nasser Al Qasim",
            "Amir bin Saad bin Rashid Al Qasim",
            "Omar bin Sultan Al-Harbi",
            "Faris bin Nasser Al Qasim",
        ):
            with self.subTest(name=name):
                self.assertIn(name, names)

    def test_a_sultan_before_his_name_keeps_his_title(self):
        text = "Sultan Haitham bin Tariq received Kertész in Muscat.\n\nHaitham said the port was ready."
        people = {p.name: p.title for p in suggest_package(text).participants}
        self.assertEqual(people.get("Haitham bin Tariq"), "Sultan")

    def test_people_named_after_a_side_are_of_that_side(self):
        text = (
            "Uzbek President Jasur Tursunov held talks with Hungarian President Gábor Kertész in Budapest.\n\n"
            "A memorandum on water was signed on the Hungarian side by Minister of Agriculture Zsolt Farkas, and "
            "from the Uzbek side by Minister of Water Resources Kamol Aliev."
        )
        countries = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual((countries["Zsolt Farkas"], countries["Kamol Aliev"]), ("HU", "UZ"))


class UntitledParticipantTests(SimpleTestCase):
    """Officials who attend without the usual title: delegation members, speakers of parliament, chairmen."""

    def participants(self, text: str) -> dict[str, str]:
        return {p.name: p.country for p in suggest_package(text).participants}

    def test_members_of_a_delegation_take_part_whatever_their_office(self):
        for line in (
            "The Hungarian delegation included Energy Minister Zsolt Farkas and MVM chief executive Anna Kiss.",
            "The Hungarian delegation comprised Energy Minister Zsolt Farkas and the head of MVM, Anna Kiss.",
            "The talks were attended by Energy Minister Zsolt Farkas and MVM board chair Anna Kiss.",
        ):
            with self.subTest(line=line):
                self.assertIn("Anna Kiss", self.participants(INTRO + line))

    def test_an_executive_quoted_outside_any_delegation_is_no_participant(self):
        text = INTRO + "MVM chief executive Anna Kiss said the deal was good for business."
        self.assertNotIn("Anna Kiss", self.participants(text))
        self.assertEqual(quotes(text), [])

    def test_a_speaker_of_parliament_titled_before_the_name(self):
        for line in (
            "Tursunov also met National Assembly Speaker Lajos Kovács.",
            "On Wednesday Tursunov met Parliament Speaker Lajos Kovács at the Parliament building.",
        ):
            with self.subTest(line=line):
                self.assertIn("Lajos Kovács", self.participants(INTRO + line))

    def test_a_keynote_speaker_is_no_office(self):
        text = INTRO + "The forum's keynote speaker Lajos Kovács spoke of water."
        self.assertNotIn("Lajos Kovács", self.participants(text))

    def test_a_chairman_of_an_institution_named_with_its_country(self):
        text = INTRO + "Tursunov will meet Chairman of the State Great Assembly of Hungary L.Kovács on Friday."
        self.assertEqual(self.participants(text).get("L.Kovács"), "HU")

    def test_a_byline_names_the_journalist_not_a_participant(self):
        for byline in ("From Anna Berg, Budapest", "By Anna Berg in Budapest", "By Anna Berg and Tom Pike"):
            text = byline + "\n\n" + INTRO + "Kertész said the railway would be built."
            with self.subTest(byline=byline):
                people = self.participants(text)
                self.assertNotIn("Anna Berg", people)
                self.assertEqual(people.get("Gábor Kertész"), "HU")

    def test_an_adviser_to_the_president_holds_the_advisers_office(self):
        text = INTRO + "The Special Adviser to the President on Media and Publicity, Mr Imre Tóth, listed the deals."
        person = next(p for p in suggest_package(text).participants if p.name == "Imre Tóth")
        self.assertEqual((person.role, person.country), ("official", "HU"))

    def test_a_guest_welcomed_is_a_greeting_what_follows_it_is_reported(self):
        said = [
            (
                "Kertész welcomed President Tursunov and the Uzbek delegation, affirming that the visit mattered.",
                ["the visit mattered"],
            ),
            ("Kertész welcomed the Uzbek president and his delegation, and the two leaders then held talks.", []),
            (
                "Kertész welcomed the Uzbek president's visit to Hungary, affirming that it opened a new chapter.",
                ["the Uzbek president's visit to Hungary", "it opened a new chapter"],
            ),
            ("Kertész welcomed Tursunov with military honours at the palace.", []),
            ("Kertész welcomed Tursunov to Budapest, where the two leaders held talks.", []),
            ("Kertész welcomed Tursunov, who arrived on Monday.", []),
        ]
        for line, texts in said:
            with self.subTest(line=line):
                self.assertEqual([t for _, t in quotes(INTRO + line)], texts)

    def test_a_leader_with_two_offices_is_called_by_the_first(self):
        text = (
            "His Royal Highness Prince Faris bin Nasser Al Qasim, Crown Prince and Prime Minister, received Prime "
            "Minister of Hungary Gábor Kertész in Riyadh.\n\n"
            "His Royal Highness the Crown Prince welcomed the Prime Minister of Hungary and the accompanying "
            "delegation, and the Prime Minister praised the progress of the joint fund."
        )
        # (the welcome of the guest is a greeting, no quote)
        self.assertEqual(quotes(text), [("Gábor Kertész", "the progress of the joint fund")])

    def test_a_second_subject_after_and_speaks_for_itself(self):
        for line in (
            "Kertész spoke first, and Tursunov said the railway would be finished by 2028.",
            "Kertész opened the forum, while Tursunov said the railway would be finished by 2028.",
            "Kertész spoke first, but the Uzbek president said the railway would be finished by 2028.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Jasur Tursunov", "the railway would be finished by 2028")])

    def test_an_office_set_off_before_the_name_after_the_quote(self):
        for line in (
            '"We will not dig holes," Hungary\'s minister of mines and energy, Anna Kiss, told reporters.',
            '"We will not dig holes," Hungary\'s foreign minister, Anna Kiss, told reporters outside the palace.',
            '"We will not dig holes," said Hungary\'s minister of mines and energy, Anna Kiss.',
        ):
            with self.subTest(line=line):
                result = suggest_package(INTRO + line)
                self.assertEqual(
                    [(q.speaker.name, q.text) for q in result.quotes], [("Anna Kiss", "We will not dig holes")]
                )
                self.assertIn(("Anna Kiss", "HU"), {(p.name, p.country) for p in result.participants})

    def test_a_name_of_descent_is_called_by_its_given_name(self):
        for text, name in (
            (
                "Saudi Foreign Minister Prince Khalid bin Fahad Al Qasim met Hungarian Foreign Minister Anna Kiss in "
                "Riyadh.\n\nPrince Khalid said the region needed calm.",
                "Khalid bin Fahad Al Qasim",
            ),
            (
                "Qatari Prime Minister Sheikh Hamad bin Nasser Al Kuwari received Hungarian Foreign Minister "
                "Anna Kiss in Doha.\n\nSheikh Hamad said Qatar would invest.",
                "Hamad bin Nasser Al Kuwari",
            ),
        ):
            with self.subTest(name=name):
                self.assertEqual([s for s, _ in quotes(text)], [name])

    def test_an_honorific_with_an_apostrophe_opens_no_name(self):
        text = (
            "Hungarian President Gábor Kertész met Malaysian Prime Minister Dato' Seri Azlan bin Hashim in Budapest."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Azlan bin Hashim"), "MY")

    def test_sides_and_companions_give_the_country(self):
        cases = (
            ("The Uzbek side was represented by Bakhtiyor Saidov, the foreign minister, and Laziz Kudratov.", "UZ"),
            ("Tursunov was joined by Energy Minister Laziz Kudratov.", "UZ"),
            ("Tursunov was flanked by his adviser Laziz Kudratov and Finance Minister Bakhtiyor Saidov.", "UZ"),
            ("Tursunov's delegation also included the head of the railway company, Laziz Kudratov.", "UZ"),
        )
        for line, code in cases:
            with self.subTest(line=line):
                self.assertEqual(self.participants(INTRO + line).get("Laziz Kudratov"), code)

    def test_those_present_take_part(self):
        for line in (
            "Among those present were the governor of the Tashkent region, Laziz Kudratov.",
            "Also present at the talks were Laziz Kudratov and Zoltán Nagy.",
            "In attendance were Laziz Kudratov and Zoltán Nagy.",
        ):
            with self.subTest(line=line):
                self.assertIn("Laziz Kudratov", self.participants(INTRO + line))


class ClauseEndTests(SimpleTestCase):
    """A reported clause ends where the writer's circumstance, gloss or source begins."""

    def test_a_that_clause_after_a_marked_one_is_reported_speech(self):
        text = (
            INTRO + 'Kertész told reporters that "some technical points remain open" and that the treaty could be '
            'signed "within weeks".'
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "some technical points remain open"),
                ("Gábor Kertész", 'the treaty could be signed "within weeks"'),
            ],
        )

    def test_a_marked_that_clause_alone_stays_one_direct_quote(self):
        text = INTRO + 'Kertész told reporters that "some technical points remain open" before he left.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "some technical points remain open")])

    def test_the_untranslated_mandatario_is_the_head_of_state(self):
        text = (
            "NAIROBI - Colombian President Camilo Ortega Ruiz held talks with Kenyan President Daniel Kiprop.\n\n"
            "Ortega Ruiz spoke at State House on Wednesday. The Mandatario added that both nations share the "
            "challenge of the climate crisis."
        )
        self.assertIn(("Camilo Ortega Ruiz", "both nations share the challenge of the climate crisis"), quotes(text))

    def test_a_colon_opening_quotation_marks_ends_the_reported_object(self):
        text = INTRO + 'Kertész also underlined the promise of trade: "Our firms can build your railways."'
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "the promise of trade"), ("Gábor Kertész", "Our firms can build your railways.")],
        )

    def test_a_leaders_secretariat_is_a_source_not_the_leader(self):
        text = (
            INTRO + "The talks focused on rail freight and transit fees, according to the President's Secretariat.\n\n"
            "Kertész, for his part, said that Hungary would double its grain imports, according to the Secretariat."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary would double its grain imports")])

    def test_the_writers_additions_after_a_reported_clause_are_left_out(self):
        for tail in (
            ", a goal that analysts consider ambitious.",
            ", a target which critics call unrealistic.",
            ", before leaving for Vienna.",
            ", after meeting business leaders.",
            ", the Uzbek presidential press service reported.",
            ", in remarks broadcast by state television.",
            ", in an interview with a local channel.",
        ):
            text = INTRO + "Tursunov said the railway would be finished by 2028" + tail
            with self.subTest(tail=tail):
                self.assertEqual(quotes(text), [("Jasur Tursunov", "the railway would be finished by 2028")])

    def test_a_gloss_inside_the_clause_stays_in_it(self):
        text = INTRO + "Tursunov said the railway, a project that both sides back, would be finished by 2028."
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "the railway, a project that both sides back, would be finished by 2028")],
        )

    def test_an_appraisal_inside_a_spokesmans_quote_is_the_leaders(self):
        text = (
            INTRO + "Foreign Ministry spokesman Imre Tóth briefed reporters.\n\n"
            '"The talks went well. President Tursunov, for his part, expressed appreciation for the loan Hungary '
            'extended last year. We are pleased," Tóth said.'
        )
        self.assertIn(("Jasur Tursunov", "appreciation for the loan Hungary extended last year"), quotes(text))

    def test_a_headlines_report_echoed_in_the_body_is_one_quote(self):
        text = (
            'Hungarian president says Budapest "will keep its door open" as Tashkent talks end\n\n'
            + INTRO
            + '"Hungary will keep its door open to Central Asia," Kertész said.'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary will keep its door open to Central Asia")])

    def test_a_headlines_quote_the_body_says_again_is_one_quote(self):
        for head in (
            "'Our door stays open to Central Asia,' Hungarian President Kertész says after Tashkent talks",
            'Kertész calls Uzbekistan a "bridge to Asia"',
        ):
            text = (
                f"{head}\n\n"
                + INTRO
                + '"Our door stays open to Central Asia. Uzbekistan is our bridge to Asia," Kertész said.'
            )
            with self.subTest(head=head):
                self.assertEqual(
                    quotes(text),
                    [("Gábor Kertész", "Our door stays open to Central Asia. Uzbekistan is our bridge to Asia")],
                )

    def test_a_sentences_quote_said_again_stays_two_quotes(self):
        text = INTRO + (
            '"Our door stays open," Kertész said after the talks.\n\n'
            'At the dinner Kertész said: "Our door stays open, and it always will."'
        )
        self.assertEqual(len(quotes(text)), 2)

    def test_a_clause_without_that_after_made_clear_and_a_sentence_opening_but(self):
        text = (
            INTRO + "Kertész, speaking through an interpreter, said Hungary was grateful for the grain.\n\n"
            "But he made clear his country wants more from Uzbekistan on energy."
        )
        self.assertEqual(quotes(text)[-1], ("Gábor Kertész", "his country wants more from Uzbekistan on energy"))

    def test_a_description_with_a_word_of_one_persons_office_names_that_person(self):
        text = (
            INTRO + "Later, Party General Secretary Rustam Azimov received Kertész.\n\n"
            "The Party leader affirmed that Uzbekistan treasured its friendship with Hungary."
        )
        self.assertEqual(quotes(text), [("Rustam Azimov", "Uzbekistan treasured its friendship with Hungary")])

    def test_welcomed_a_possessive_of_a_name_of_several_words(self):
        text = INTRO + "Kertész welcomed Viet Nam's commitment to open its market to Hungarian apples."
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "Viet Nam's commitment to open its market to Hungarian apples")]
        )

    def test_welcomed_a_named_guests_visit_appraises_the_visit(self):
        # (a visit welcomed is appraised as a guest's visit is with a participle after it, whatever follows)
        text = INTRO + "Kertész welcomed Tursunov's visit to Budapest, the first by an Uzbek leader in a decade."
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "Tursunov's visit to Budapest, the first by an Uzbek leader in a decade")]
        )
        # (a guest's people welcomed at a place are a ceremony)
        self.assertEqual(quotes(INTRO + "Kertész welcomed Tursunov's delegation at the airport."), [])

    def test_a_bare_title_is_not_the_one_the_paragraph_then_names(self):
        text = (
            "Hungarian Prime Minister Anna Kiss received Uzbek Prime Minister Abdulla Aripov in Budapest.\n\n"
            "Aripov thanked his host. Kiss spoke of the railway.\n\n"
            "The Prime Minister said Uzbekistan would buy more trains. Prime Minister Kiss welcomed the order."
        )
        self.assertEqual(quotes(text)[0], ("Abdulla Aripov", "Uzbekistan would buy more trains"))

    def test_a_bare_title_is_not_someone_named_inside_the_last_speakers_marks(self):
        text = INTRO + (
            "Tursunov said: “I warmly welcome President Kertész to Tashkent.”\n\n"
            "The President added: “Our trade will double.”"
        )
        self.assertEqual(quotes(text)[1], ("Jasur Tursunov", "Our trade will double."))
        # named in the writer's own words, the other president is still the one the story turned to
        text = (
            INTRO
            + "Tursunov thanked President Kertész for the talks.\n\nThe President added: “Our trade will double.”"
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "Our trade will double.")])

    def test_he_in_a_relative_clause_is_the_sentences_described_subject(self):
        text = (
            "Hungarian President Gábor Kertész received Prime Minister of Uzbekistan Abdulla Aripov in Budapest.\n\n"
            "Upon his departure, His Excellency the Prime Minister of Uzbekistan sent a cable to the President, "
            "in which he expressed his deep thanks for Hungary's help with the dam."
        )
        self.assertEqual(quotes(text), [("Abdulla Aripov", "his deep thanks for Hungary's help with the dam")])

    def test_a_city_office_and_a_delegation_brought_by_the_subject(self):
        def participants(text: str) -> dict[str, str]:
            return {p.name: p.country for p in suggest_package(text).participants}

        people = participants(INTRO + "Tursunov also met the mayor of Budapest, Gergely Karácsony.")
        self.assertEqual(people.get("Gergely Karácsony"), "HU")
        people = participants(
            INTRO + "Tursunov arrived with a delegation including Saida Karimova, head of his office, and Anvar Aliev."
        )
        self.assertEqual((people.get("Saida Karimova"), people.get("Anvar Aliev")), ("UZ", "UZ"))

    def test_a_host_with_a_nationality_and_a_copulas_subject_speak(self):
        self.assertEqual(
            quotes(INTRO + '"We are ready," his Hungarian host replied.'), [("Gábor Kertész", "We are ready")]
        )
        self.assertEqual(
            quotes(INTRO + "Tursunov was upbeat, saying the railway would be finished by 2028."),
            [("Jasur Tursunov", "the railway would be finished by 2028")],
        )
        self.assertEqual(quotes(INTRO + "The mood was tense, with officials saying the railway would be late."), [])

    def test_capitalised_particles_inside_a_name_and_countries_of_every_continent(self):
        def people(text: str) -> dict[str, str]:
            return {p.name: p.country for p in suggest_package(text).participants}

        got = people("Mauritanian President Sidi Ould Cheikh El Amine met Uzbek President Jasur Tursunov in Tashkent.")
        self.assertEqual(got.get("Sidi Ould Cheikh El Amine"), "MR")
        got = people("Chadian President Idriss Mahamat Kaya met Uzbek President Jasur Tursunov in Tashkent.")
        self.assertEqual(got.get("Idriss Mahamat Kaya"), "TD")
        got = people("Surinamese Foreign Minister Albert Ramdin met Uzbek President Jasur Tursunov in Tashkent.")
        self.assertEqual(got.get("Albert Ramdin"), "SR")

    def test_an_official_speaking_in_a_third_countrys_capital_is_of_that_country(self):
        text = INTRO + "In Washington, State Department spokesman Matthew Pike said the US was watching the talks."
        self.assertEqual(quotes(text), [])

    def test_a_set_off_phrase_inside_the_clauses_subject_does_not_end_it(self):
        for line, said in (
            (
                "Tursunov said the railway, when finished, would cut travel time to ten hours.",
                "the railway, when finished, would cut travel time to ten hours",
            ),
            ("Tursunov said the road, as planned, will open in May.", "the road, as planned, will open in May"),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Jasur Tursunov", said)])
        self.assertEqual(quotes(INTRO + "Tursunov said so, when asked about the railway, and left."), [])

    def test_military_ranks_and_al_surnames(self):
        result = suggest_package(
            "Myanmar's Senior General Min Aung Hlaing met Uzbek President Jasur Tursunov in Tashkent.\n\n"
            "Min Aung Hlaing said elections would be held."
        )
        self.assertIn(("Min Aung Hlaing", "MM"), {(p.name, p.country) for p in result.participants})
        self.assertEqual([q.speaker.name for q in result.quotes], ["Min Aung Hlaing"])
        text = (
            "Egyptian President Abdel Karim al-Masri met Uzbek President Jasur Tursunov in Cairo.\n\n"
            "Masri said trade would grow. Al-Masri also said the canal was open."
        )
        self.assertEqual([s for s, _ in quotes(text)], ["Abdel Karim al-Masri", "Abdel Karim al-Masri"])
        text = (
            "Libyan leader Abdel Karim al-Masri met Egyptian President Abdel Karim al-Sayed in Cairo.\n\n"
            "Sayed said the border was calm."
        )
        self.assertEqual(quotes(text), [("Abdel Karim al-Sayed", "the border was calm")])

    def test_signers_take_part_and_so_does_a_company_head_who_signs(self):
        def people(text: str) -> set[str]:
            return {p.name for p in suggest_package(text).participants}

        self.assertIn("Anna Kiss", people(INTRO + "The documents were signed by Anna Kiss and Laziz Kudratov."))
        # (the annotators of unseen copy count a company's head who signs one of the visit's deals)
        text = INTRO + "A supply deal was signed by MOL chief executive Zsolt Hernádi, who said the deal was big."
        self.assertIn("Zsolt Hernádi", people(text))
        self.assertEqual(quotes(text), [("Zsolt Hernádi", "the deal was big")])

    def test_initials_before_a_name_keep_it_whole(self):
        text = (
            "Indian External Affairs Minister S. Jaishankar met Nepali Prime Minister K.P. Sharma Oli in Kathmandu."
            "\n\nJaishankar said the border was calm. Oli said trade would grow."
        )
        result = suggest_package(text)
        self.assertEqual(
            {(p.name, p.country) for p in result.participants}, {("S Jaishankar", "IN"), ("K.P Sharma Oli", "NP")}
        )
        self.assertEqual([q.speaker.name for q in result.quotes], ["S Jaishankar", "K.P Sharma Oli"])
        text = "H.E. Nana Owusu, President of Ghana, met Uzbek President Jasur Tursunov in Accra."
        self.assertIn("Nana Owusu", {p.name for p in suggest_package(text).participants})

    def test_another_named_speakers_act_ends_a_reported_clause(self):
        text = (
            INTRO
            + 'Tursunov said Hungary was "a reliable partner", and Kertész called Uzbekistan "a gateway to Asia".'
        )
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", 'Hungary was "a reliable partner"'), ("Gábor Kertész", "a gateway to Asia")],
        )

    def test_a_clause_with_an_irregular_past_and_an_act_of_saying_goodbye(self):
        self.assertEqual(
            quotes(INTRO + "Kertész said trade grew by a third."), [("Gábor Kertész", "trade grew by a third")]
        )
        self.assertEqual(quotes(INTRO + "Kertész said goodbye to the guests and left for the airport."), [])

    def test_a_clause_whose_subject_saw_something_as_a_marked_phrase_is_reported(self):
        intro = "Norvan Foreign Minister Petra Lindqvaal held talks with Toravian Foreign Minister Osric Belmonte.\n\n"
        self.assertEqual(
            quotes(intro + 'Belmonte said Toravia saw the accord as "a model for the region."'),
            [("Osric Belmonte", 'Toravia saw the accord as "a model for the region."')],
        )
        # (seeing the sights after saying goodbye is no statement)
        self.assertEqual(quotes(intro + "Belmonte said goodbye to the hosts and saw the new harbour."), [])

    def test_a_bare_title_that_also_acts_goes_on_with_the_subject_of_the_sentence_before(self):
        lead = (
            "VELMAR, March 3 - Norvan President Aldo Brenneval received Toravian President Osric Belmonte and Foreign "
            "Minister Ilse Varda at the Kessel Palace on Monday.\n\n"
        )
        tail = "\n\nThe President also stressed the importance of raising trade between the two countries."
        said = "the importance of raising trade between the two countries"
        for before, speaker in (
            ("President Brenneval welcomed President Belmonte and his delegation.", "Aldo Brenneval"),
            ("President Belmonte thanked President Brenneval for the warm welcome.", "Osric Belmonte"),
            # (a subject of another office leaves the title to the president last named)
            ("Minister Varda greeted President Brenneval at the door.", "Aldo Brenneval"),
        ):
            with self.subTest(before):
                self.assertEqual(quotes(lead + before + tail), [(speaker, said)])

    def test_a_fronted_question_leaves_the_sentence_its_own_subject_for_a_pronoun(self):
        lead = (
            "VELMAR - Norvan Foreign Minister Petr Lindqvaal held talks with Toravian Foreign Minister Osric Belmonte."
            '\n\n"The ferry will run again," Mr. Belmonte said.\n\n'
        )
        said = '\n\n"We are not discussing that," he said.'
        for asked in (
            "Asked at the news conference whether Norvania had given guarantees on the border, Mr. Lindqvaal paused.",
            # (the one who put the question is not the subject either)
            "Asked by Mr. Belmonte about the border, Mr. Lindqvaal paused.",
        ):
            with self.subTest(asked):
                self.assertEqual(
                    quotes(lead + asked + said),
                    [("Osric Belmonte", "The ferry will run again"), ("Petr Lindqvaal", "We are not discussing that")],
                )

    def test_a_plural_subject_that_provides_a_marked_phrase_is_a_reported_clause(self):
        lead = "VELMAR - Norvan Foreign Minister Petr Lindqvaal met Toravian Foreign Minister Osric Belmonte.\n\n"
        self.assertEqual(
            quotes(lead + 'Belmonte said the old ties provide "a rare foundation" for the accord.'),
            [("Osric Belmonte", 'the old ties provide "a rare foundation" for the accord')],
        )
        # (an infinitive after words said is no clause's verb)
        self.assertEqual(quotes(lead + "Belmonte said a few words to bring the evening to a close."), [])

    def test_a_set_off_question_put_to_the_subject_leaves_the_subject_before_it(self):
        lead = "VELMAR - Norvan Foreign Minister Petr Lindqvaal met Toravian Foreign Minister Osric Belmonte.\n\n"
        self.assertEqual(
            quotes(lead + 'Mr Belmonte, when asked the same question, said Toravia was "a friend of all".'),
            [("Osric Belmonte", 'Toravia was "a friend of all"')],
        )
        # (a set-off clause with a subject of its own is no question put to him)
        self.assertEqual(
            quotes(lead + 'Mr Belmonte, when the ferry docked, the harbour master said it was "late again".'), []
        )

    def test_told_a_long_audience_that(self):
        text = INTRO + (
            "Kertész told ministers, governors, diplomats and business leaders at the palace that the visit "
            "opened a new chapter."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "the visit opened a new chapter")])

    def test_a_passive_participle_before_and_said_is_no_earlier_verb(self):
        text = INTRO + (
            "The Uzbek president highlighted the sale of state assets announced by Tashkent, and said Hungarian firms "
            "would be welcome in the tenders."
        )
        self.assertIn(("Jasur Tursunov", "Hungarian firms would be welcome in the tenders"), quotes(text))


class SideOfOfficialsTests(SimpleTestCase):
    """Whose side a named official is on, when the office carries no country."""

    def people(self, text: str) -> dict[str, str]:
        return {p.name: p.country for p in suggest_package(text).participants}

    def test_a_verb_between_a_demonym_and_a_title_makes_a_clause_of_its_own(self):
        text = (
            "President Amara Tendeka and the visiting Bolivian leader, President Luis Quispe, held talks in Lusaka on "
            "Monday.\n\nThe Bolivian president was greeted at the airport by President Tendeka and a guard of honour."
        )
        self.assertEqual(self.people(text).get("Amara Tendeka"), "ZM")
        text = "Talks in Lusaka.\n\nThe Bolivian guest later met deputy foreign minister Rosa Choque of the host side."
        self.assertNotEqual(self.people(text).get("Rosa Choque"), "BO")

    def test_lower_case_office_words_between_a_demonym_and_a_name_stay_a_title(self):
        text = "The talks in Lusaka were joined by Bolivian deputy foreign minister Rosa Choque on Monday."
        self.assertEqual(self.people(text).get("Rosa Choque"), "BO")

    def test_signers_on_behalf_of_a_state(self):
        text = (
            "Zambia and Bolivia signed three memoranda in Lusaka on Monday. The memoranda were signed on behalf of "
            "Zambia by Trade Minister Chipo Banda, and on behalf of the Republic of Bolivia by Foreign Minister "
            "Rosa Choque.\n\nThe deals were signed on behalf of the Government of Bolivia, by Energy Minister "
            "Hugo Mamani."
        )
        people = self.people(text)
        self.assertEqual((people.get("Chipo Banda"), people.get("Rosa Choque")), ("ZM", "BO"))
        self.assertEqual(people.get("Hugo Mamani"), "BO")

    def test_whoever_receives_is_at_home(self):
        for receive in ("received", "warmly welcomed", "played host to"):
            text = (
                f"The President of Chile, Ana Torres Vidal, {receive} the President of Peru, Jorge Salas, at the "
                "presidential palace on Tuesday.\n\nInterior Minister Pedro Vial took part in the extended talks."
            )
            with self.subTest(receive=receive):
                self.assertEqual(self.people(text).get("Pedro Vial"), "CL")

    def test_one_who_is_received_is_no_host(self):
        text = (
            "The President of Peru, Jorge Salas, was received by the President of Chile, Ana Torres Vidal, in "
            "Santiago on Tuesday.\n\nInterior Minister Pedro Vial took part in the extended talks."
        )
        self.assertEqual(self.people(text).get("Pedro Vial"), "CL")
        text = (
            "President Jorge Salas of Peru, welcomed by a guard of honour, held talks with Chile's Ana Torres Vidal "
            "in Santiago.\n\nInterior Minister Pedro Vial took part in the extended talks."
        )
        self.assertEqual(self.people(text).get("Pedro Vial"), "CL")

    def test_a_leader_given_a_country_late_still_tells_where_the_visit_is(self):
        text = (
            "Zambia and Bolivia agreed on Tuesday to open direct flights.\n\nBolivian President Luis Quispe held "
            "talks with President Amara Tendeka. President Tendeka later hosted a state banquet for his guest.\n\n"
            "Earlier, Prime Minister Grace Mwale called on the visiting president at his hotel."
        )
        people = self.people(text)
        self.assertEqual((people.get("Amara Tendeka"), people.get("Grace Mwale")), ("ZM", "ZM"))

    def test_the_city_of_a_post_ends_the_title(self):
        for title in ("Bolivian Ambassador in Lusaka", "Bolivia's envoy to Lusaka"):
            text = (
                f"Zambia and Bolivia signed two accords in Lusaka. Among those present was {title} Hugo Mamani Rojas."
            )
            with self.subTest(title=title):
                self.assertEqual(self.people(text).get("Hugo Mamani Rojas"), "BO")

    def test_a_peer_is_a_counterpart(self):
        text = "Foreign Minister Ana Torres received her Peruvian peer, Jorge Salas, in Santiago on Monday."
        self.assertEqual(self.people(text).get("Jorge Salas"), "PE")
        self.assertNotIn("Peer Review", self.people("The peer review of the Chilean plan was published."))

    def test_a_lead_city_in_mixed_case_is_the_dateline(self):
        for lead in ("Santiago, March 3 - ", "Santiago (Reuters) - ", "Santiago — "):
            text = (
                f"{lead}Foreign Minister Ana Torres held talks with Peruvian Foreign Minister Jorge Salas.\n\n"
                "Trade Minister Pedro Vial said exports to Peru had grown."
            )
            with self.subTest(lead=lead):
                people = self.people(text)
                self.assertEqual((people.get("Pedro Vial"), people.get("Ana Torres")), ("CL", "CL"))
                self.assertNotIn("Santiago", people)

    def test_the_next_leg_of_a_tour_is_not_where_the_visit_is(self):
        for leg in ("before continuing his tour to Lima", "before heading on to Lima", "with onward travel to Lima"):
            text = (
                "Chilean Foreign Minister Ana Torres arrived in Quito on Monday and held talks with Foreign Minister "
                f"Jorge Salas, {leg}.\n\nTrade Minister Pedro Vial joined the talks."
            )
            with self.subTest(leg=leg):
                self.assertEqual(self.people(text).get("Jorge Salas"), "EC")

    def test_a_state_named_by_its_formal_form_is_no_person(self):
        for state in ("Swiss Confederation", "Principality of Monaco", "Sultanate of Oman"):
            text = (
                f"The President of the {state}, Lena Vogt, received Chile's President Ana Torres Vidal for talks. "
                "Federal Councillor Beat Kunz attended."
            )
            with self.subTest(state=state):
                people = self.people(text)
                self.assertFalse({"Confederation", "Monaco", "Oman"} & set(people))
                self.assertNotEqual(people.get("Lena Vogt"), "CL")
                self.assertIn("Beat Kunz", people)

    def test_offices_written_in_other_governments_words(self):
        text = (
            "Kenyan President Daniel Kiprono hosted Ugandan President Moses Okello in Nairobi. Trade CS Mary "
            "Wanjiru said tariffs would fall, and Lands Cabinet Secretary Peter ole Nkaissery joined the talks."
        )
        people = self.people(text)
        self.assertEqual(people.get("Mary Wanjiru"), "KE")
        self.assertEqual(people.get("Peter ole Nkaissery"), "KE")

    def test_the_guest_told_by_a_visit_or_a_departure_of_her_own(self):
        for act in ("on her third visit to India in a year,", "who has left New Delhi without a deal,"):
            text = (
                f"Trade Minister Claire Dunn, {act} met Commerce Minister Vikram Rao. Australia and India "
                "differ on wine.\n\nTrade Minister Claire Dunn arrived in New Delhi on Monday."
            )
            with self.subTest(act=act):
                self.assertEqual(self.people(text).get("Vikram Rao"), "IN")

    def test_a_visit_of_the_guest_to_the_host(self):
        for visit in (
            "State Visit of Peruvian President Jorge Salas to Chile",
            "trip by Peru's leader Jorge Salas to Chile",
        ):
            text = (
                f"Two accords were signed during the {visit}.\n\nInterior Minister Pedro Vial took part in the talks."
            )
            with self.subTest(visit=visit):
                self.assertEqual(self.people(text).get("Pedro Vial"), "CL")


class HowTheWordsCameTests(SimpleTestCase):
    """An attribution after the words that says how or where they were said still names the speaker."""

    def test_manner_and_channel_after_the_verb(self):
        for tail in (
            "he said through an interpreter",
            "Tursunov said over the phone",
            "the Uzbek president told reporters afterwards",
            "Tursunov said firmly",
            "he stated through a translator",
        ):
            text = INTRO + f'"Our trade will double within three years," {tail}.'
            with self.subTest(tail=tail):
                self.assertEqual(quotes(text), [("Jasur Tursunov", "Our trade will double within three years")])

    def test_a_clause_after_the_verb_still_ends_the_attribution(self):
        text = INTRO + '"Our trade will double," Tursunov said the minister had promised him.'
        self.assertEqual(quotes(text), [])

    def test_a_surname_ending_like_an_adverb_is_the_speaker(self):
        text = (
            "Irish Trade Minister Aoife Donnelly held talks with Indian Commerce Minister Ravi Kelly in New Delhi.\n\n"
        )
        for tail in ("Ms Donnelly said", "Donnelly told reporters", "Donnelly quickly added"):
            with self.subTest(tail=tail):
                self.assertEqual(
                    quotes(text + f'"We made progress," {tail}.'), [("Aoife Donnelly", "We made progress")]
                )
        self.assertEqual(quotes(text + '"We made progress," Kelly said.'), [("Ravi Kelly", "We made progress")])

    def test_an_honorific_with_a_dot_after_the_words(self):
        text = INTRO.replace("Gábor Kertész", "Anna Kiss")
        for tail in ("Mr. Tursunov said", "said Mr. Tursunov", "Dr. Tursunov told reporters"):
            with self.subTest(tail=tail):
                self.assertEqual(
                    quotes(text + f'"Trade will double," {tail}.'), [("Jasur Tursunov", "Trade will double")]
                )
        self.assertEqual(quotes(text + '"Trade will double," Mrs. Kiss said.'), [("Anna Kiss", "Trade will double")])

    def test_an_office_only_one_state_has_is_never_the_other_sides(self):
        text = (
            'The Taoiseach has said Ireland must "sell to more markets" as he held talks with Vietnam\'s Prime '
            "Minister in Hanoi.\n\nBrendan Foley met Prime Minister Tran Van Long at the Government Office.\n\n"
            '"We would have liked to close it today," the Taoiseach said.'
        )
        result = suggest_package(text)
        self.assertIn(("Brendan Foley", "IE"), [(p.name, p.country) for p in result.participants])
        said = [(q.speaker.name, q.text) for q in result.quotes]
        self.assertIn(("Brendan Foley", "We would have liked to close it today"), said)
        self.assertIn(("Brendan Foley", 'Ireland must "sell to more markets"'), said)
        self.assertNotIn("Tran Van Long", [name for name, _ in said])

    def test_any_present_tense_after_a_named_subject_makes_a_statement(self):
        for clause in (
            "Tashkent views Budapest as a gateway to Europe",
            "it attaches great importance to the railway",
            "Uzbekistan also looks to Hungarian banks for credit",
            "he thinks the corridor will open in 2027",
        ):
            with self.subTest(clause=clause):
                self.assertEqual(quotes(INTRO + f"Tursunov said {clause}."), [("Jasur Tursunov", clause)])
        self.assertEqual(quotes(INTRO + "Tursunov said in Budapest on Monday."), [])
        self.assertEqual(quotes(INTRO + "Tursunov said goodbye to the Hungarian Foreign Affairs team."), [])

    def test_a_spokesperson_relays_a_titled_leaders_appraisal(self):
        text = INTRO + (
            "Government spokesperson Dilnoza Rahimova said the Uzbek President expressed appreciation for the "
            "support of Hungarian banks."
        )
        self.assertIn(("Jasur Tursunov", "appreciation for the support of Hungarian banks"), quotes(text))
        text = INTRO + "A spokesperson said the talks expressed the will of both peoples to work together."
        self.assertEqual(quotes(text), [])

    def test_a_prime_minister_written_pm(self):
        text = (
            "Czech Prime Minister Tomas Novotny held talks with Korean President Lee Jun-ho in Seoul.\n\n"
            '"We want our firms to be part of this," the Czech PM said.'
        )
        self.assertEqual(quotes(text), [("Tomas Novotny", "We want our firms to be part of this")])


class OpeningPhraseTests(SimpleTestCase):
    """A phrase that opens a sentence ("Before his talks with X, ...", "Following talks with X, ...") names someone
    other than the sentence's subject."""

    VISIT = (
        "Foreign Minister Tamsin Orwell of Ireland said in Lisbon on Monday that the two countries were close.\n\n"
        "Following her talks with Portuguese Foreign Minister Rui Antunes Valente, the Minister told reporters that "
        "the shipping route would open in the spring.\n\n"
    )

    def test_a_title_is_not_the_person_its_opening_phrase_named(self):
        self.assertEqual(
            quotes(self.VISIT),
            [
                ("Tamsin Orwell", "the two countries were close"),
                ("Tamsin Orwell", "the shipping route would open in the spring"),
            ],
        )

    def test_the_title_closing_an_opening_phrase_is_not_the_next_names(self):
        text = (
            self.VISIT + "Before her meeting with her Portuguese counterpart, Ms. Orwell was received by President "
            "Artur Moniz Lobo of Portugal.\n\nAccording to Ms. Orwell, exports had grown by a fifth."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people["Tamsin Orwell"], "IE")
        self.assertIn(("Tamsin Orwell", "exports had grown by a fifth"), quotes(text))

    def test_an_appositive_counterpart_keeps_its_title(self):
        text = (
            "Irish Foreign Minister Tamsin Orwell visited Lisbon.\n\nShe met her Portuguese counterpart, Rui "
            "Antunes Valente, on Monday."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Rui Antunes Valente"), "PT")

    def test_a_phrase_set_off_after_a_reported_subject(self):
        text = self.VISIT + "The Minister said that Ireland, as a small trading nation, values open sea lanes."
        self.assertIn(("Tamsin Orwell", "Ireland, as a small trading nation, values open sea lanes"), quotes(text))


class PerfectTenseAndPleaTests(SimpleTestCase):
    """Copy translated from French writes acts in the perfect ("has saluted", "has indicated"); saluting and
    pleading for something are evaluative acts whose marked object is the speaker's."""

    VISIT = (
        "Dakar, 3 May - President Ibrahima Ndoye Sarr received his Gambian counterpart, Lamin Ceesay Jobe, on "
        "Tuesday.\n\n"
    )

    def test_an_auxiliary_is_no_part_of_the_subject(self):
        text = (
            self.VISIT + 'The Minister of Trade, Awa Thiam Ba, has indicated to the press that "the main '
            'points are settled", notably the tariffs.\n\nAccording to her, the deal could be signed in June.'
        )
        self.assertEqual(
            quotes(text),
            [("Awa Thiam Ba", "the main points are settled"), ("Awa Thiam Ba", "the deal could be signed in June")],
        )

    def test_saluted_and_pleaded_for_take_their_marked_object(self):
        text = (
            self.VISIT + 'For his part, the Gambian President has saluted "the brotherly welcome" of his hosts.\n\n'
            'President Jobe has pleaded for "a stronger joint patrol" on the river.'
        )
        self.assertEqual(
            quotes(text),
            [("Lamin Ceesay Jobe", "the brotherly welcome"), ("Lamin Ceesay Jobe", "a stronger joint patrol")],
        )

    def test_a_plea_without_marks_is_reported(self):
        text = self.VISIT + "President Jobe pleaded for faster clearance of goods at the border posts."
        self.assertEqual(quotes(text), [("Lamin Ceesay Jobe", "faster clearance of goods at the border posts")])

    def test_a_military_salute_is_not_speech(self):
        text = self.VISIT + "President Jobe saluted the guard of honour."
        self.assertEqual(quotes(text), [])


class CrossheadAndFrontedTests(SimpleTestCase):
    """A crosshead in capitals between quotation marks titles what the body quotes; a statement fronted by any
    participle of speech ("Stating that ..., X said") is the speaker's."""

    VISIT = "President Oskar Lindqvist of Sweden welcomed President Tomasz Wrona of Poland in Stockholm.\n\n"

    def test_a_crosshead_in_capitals_is_no_quote(self):
        text = (
            self.VISIT + "“Our ports will work as one,” Lindqvist said.\n\n“THE BALTIC IS OUR COMMON HOME”\n\n"
            "Wrona spoke next."
        )
        self.assertEqual(quotes(text), [("Oskar Lindqvist", "Our ports will work as one")])

    def test_a_short_crosshead_without_a_stop_is_no_quote(self):
        text = self.VISIT + "“Our ports will work as one,” Lindqvist said.\n\n‘More than a ferry’\n\nWrona spoke next."
        self.assertEqual(quotes(text), [("Oskar Lindqvist", "Our ports will work as one")])

    def test_a_whole_quoted_paragraph_with_a_stop_goes_on_in_the_voice_before(self):
        text = self.VISIT + "“Our ports will work as one,” Lindqvist said.\n\n“We start in May.”"
        self.assertEqual(
            quotes(text), [("Oskar Lindqvist", "Our ports will work as one"), ("Oskar Lindqvist", "We start in May.")]
        )

    def test_marked_words_closing_a_reported_clause_are_part_of_it(self):
        text = (
            self.VISIT + "Lindqvist said he had also raised press freedom, "
            '"in the manner of a frank talk between friends".'
        )
        self.assertEqual(
            quotes(text),
            [("Oskar Lindqvist", 'he had also raised press freedom, "in the manner of a frank talk between friends"')],
        )

    def test_a_shouted_quote_with_its_speaker_stays(self):
        text = self.VISIT + '"WE WILL NEVER GIVE UP THE FERRY LINE," Lindqvist told the crowd.'
        self.assertEqual(quotes(text), [("Oskar Lindqvist", "WE WILL NEVER GIVE UP THE FERRY LINE")])

    def test_fronted_participles_of_speech(self):
        for participle in ("Stating", "Affirming", "Explaining", "Indicating"):
            text = (
                self.VISIT + f"{participle} that freight across the Baltic, which fell last year, is growing "
                'again, President Lindqvist said, "We will build two new terminals."'
            )
            with self.subTest(participle=participle):
                self.assertEqual(
                    quotes(text),
                    [
                        ("Oskar Lindqvist", "freight across the Baltic, which fell last year, is growing again"),
                        ("Oskar Lindqvist", "We will build two new terminals."),
                    ],
                )


class VisitSideCueTests(SimpleTestCase):
    """Where the visit happens and who visits: "arrived in X at the invitation of ..." is this visit's arrival; one
    who goes on to meet the host country's people is the guest."""

    def test_an_arrival_at_someones_invitation_tells_the_host(self):
        text = (
            "King Harald Ostberg of Norway arrived in Ottawa on Monday at the invitation of Canadian Prime Minister "
            "Claire Dumont.\n\nTrade Minister Jonas Lie said the talks went well."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people["Claire Dumont"], "CA")
        self.assertEqual([c.code for c in suggest_package(text).countries][0], "CA")

    def test_a_future_invitation_tells_no_host(self):
        text = (
            "Canadian Prime Minister Claire Dumont invited King Harald Ostberg to visit Ottawa next year.\n\n"
            "Ostberg arrived in Oslo on Monday."
        )
        self.assertNotEqual([c.code for c in suggest_package(text).countries][:1], ["CA"])

    def test_one_who_meets_the_hosts_people_is_the_guest(self):
        text = (
            "Premier Dale Whitcombe met with senior members of Kenya's government in Nairobi today.\n\n"
            "He held meetings with Kenyan Trade Minister Amina Wekesa.\n\n"
            "The Premier arrived in Nairobi on Sunday for a visit to Kenya, his first trade visit to Africa as head "
            "of the Canadian province's government."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Dale Whitcombe"), "CA")


class DelegationAndRankTests(SimpleTestCase):
    """Members listed in a leader's delegation ("The Omani Foreign Minister's delegation includes ...") are of his
    side; a military rank kept in a civilian office ("Ambassador to Chile Brigadier General (Retd.) X") is neither
    a name nor the office."""

    def test_members_of_a_leaders_delegation_are_of_his_side(self):
        text = (
            "Omani Foreign Minister Said Hamed Al-Rawahi arrived in Santiago for talks with Chilean Foreign Minister "
            "Paula Errázuriz.\n\nThe Omani Foreign Minister's delegation includes Undersecretary for Political "
            "Affairs Ambassador Khalid Nasser Al-Harthi and a number of senior officials."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Khalid Nasser Al-Harthi"), "OM")

    def test_a_rank_inside_a_civilian_title(self):
        text = (
            "Chilean President Ramiro Oyarzún received Omani Foreign Minister Said Hamed Al-Rawahi in Santiago.\n\n"
            "Present were Chile's Ambassador to Oman Brigadier General (Retd.) Tomás Vergara Lagos and others."
        )
        people = {p.name: (p.country, p.title) for p in suggest_package(text).participants}
        self.assertEqual(people.get("Tomás Vergara Lagos"), ("CL", "Ambassador to Oman"))
        self.assertFalse({"Brigadier", "Retd", "General"} & set(people))

    def test_a_hyphenated_secretary_general_keeps_its_office(self):
        text = (
            "Chilean President Ramiro Oyarzún received Omani Foreign Minister Said Hamed Al-Rawahi in Santiago.\n\n"
            "The Investment Agency Secretary-General said the memorandum covers joint trade fairs."
        )
        self.assertEqual(quotes(text), [])


class DescribedOfficeTests(SimpleTestCase):
    """An office described with a country ("the Canadian prime minister") tells the one named holder's country only
    when no other country's holder of that office is described."""

    def test_offices_of_both_sides_described_tell_nothing(self):
        text = (
            "HELSINKI, May 4 - Finnish Foreign Minister Leena Aalto held talks with visiting Estonian Foreign "
            "Minister Kaja Rebane in Helsinki today.\n\nRebane conveyed the greetings of the President of Estonia "
            "to the Finnish president.\n\nLater, Rebane called on President Aarne Virtanen at his residence."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Aarne Virtanen"), "FI")

    def test_one_side_described_tells_the_named_holder(self):
        text = (
            "Finnish Foreign Minister Leena Aalto held talks with Estonian Foreign Minister Kaja Rebane.\n\n"
            "President Aarne Virtanen received the guest.\n\nThe Finnish president praised the new ferry line."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Aarne Virtanen"), "FI")


class PortfolioSideTests(SimpleTestCase):
    """A second minister is the other side's counterpart only when the portfolios match; a minister of another
    field named by title alone is the host's."""

    HEAD = (
        "Accra (GNA) - Ghana and Malaysia signed three agreements during the state visit of Malaysian Prime "
        "Minister Farid Osman to Accra on Monday, hosted by President Kwesi Mensah Boateng.\n\n"
        "Ghanaian Foreign Minister Abena Ofori-Atta said the visit opened a new chapter.\n\n"
    )

    def test_a_minister_of_another_field_is_the_hosts(self):
        text = self.HEAD + "Minister of Trade and Industry Kojo Asamoah said the cocoa processing deal was ready."
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Kojo Asamoah"), "GH")

    def test_a_counterpart_of_the_same_field_is_the_other_side(self):
        text = self.HEAD + "Minister of Foreign Affairs Zainal Hashim Rahman said the visit opened a new chapter."
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Zainal Hashim Rahman"), "MY")


class TranslatedFromSpanishTests(SimpleTestCase):
    """Copy translated from Spanish or Portuguese: a "Chancellor" outside Germany and Austria is the foreign
    minister ("canciller"), "the head of the Peruvian diplomacy" is one too, and ""...", X expressed" attributes."""

    VISIT = (
        "Lima, March 3 - Chancellor Rosa Quispe Mamani received this Monday at the Torre Tagle Palace her "
        "Vietnamese peer, Do Van Thanh, in the framework of his first official visit to the country.\n\n"
        "Previously, Do was received by President Julio Arce Benavides at the Government Palace.\n\n"
    )

    def test_a_chancellor_outside_germany_is_a_foreign_minister(self):
        people = {p.name: (p.country, p.role) for p in suggest_package(self.VISIT).participants}
        self.assertEqual(people["Rosa Quispe Mamani"], ("PE", "minister"))
        self.assertEqual(people["Julio Arce Benavides"], ("PE", "head_of_state"))

    def test_a_german_chancellor_heads_the_government(self):
        text = "German Chancellor Lukas Brandt received Peruvian President Julio Arce Benavides in Berlin."
        people = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(people["Lukas Brandt"], ("DE", "head_of_government"))

    def test_expressed_after_the_words_and_the_head_of_a_diplomacy(self):
        text = (
            self.VISIT + '"Vietnam is a partner of the first order for Peru", Quispe expressed in a brief statement '
            "to the press.\n\nThe head of the Peruvian diplomacy added that the copper trade would double."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Rosa Quispe Mamani", "Vietnam is a partner of the first order for Peru"),
                ("Rosa Quispe Mamani", "the copper trade would double"),
            ],
        )

    def test_expressed_with_an_object_is_no_attribution(self):
        text = self.VISIT + '"Cooperation first", the banner read, and Quispe expressed gratitude to the guests.'
        self.assertNotIn(("Rosa Quispe Mamani", "Cooperation first"), quotes(text))


class AttributionFrameTests(SimpleTestCase):
    """Frames of attribution seen in unseen copy: an abbreviation's dot inside the subject, the passive "he was
    quoted as saying", and a participle handing the words to the sentence's subject."""

    VISIT = "Chilean President Ramiro Oyarzún received Nigerian President Bola Adeyinka Okafor in Santiago.\n\n"

    def test_an_abbreviations_dot_ends_no_attribution(self):
        text = self.VISIT + 'Okafor, who is in Chile through Sept. 4, said, "We came to buy copper and sell gas."'
        self.assertEqual(quotes(text), [("Bola Adeyinka Okafor", "We came to buy copper and sell gas.")])

    def test_the_passive_of_quoted_as_saying(self):
        text = self.VISIT + '"We came to buy copper and sell gas," Okafor was quoted as saying in a statement.'
        self.assertEqual(quotes(text), [("Bola Adeyinka Okafor", "We came to buy copper and sell gas")])

    def test_a_participle_hands_the_words_to_the_subject(self):
        for participle in ("saying,", "adding:", "stressing,"):
            text = self.VISIT + f'Okafor also urged Chile to open its market, {participle} "Our gas is ready."'
            with self.subTest(participle=participle):
                self.assertIn(("Bola Adeyinka Okafor", "Our gas is ready."), quotes(text))

    def test_telling_an_audience_reports_a_clause_without_that(self):
        text = (
            self.VISIT + 'Okafor struck an upbeat tone, telling reporters the gas accord had "beaten every forecast" '
            "and that exports had doubled."
        )
        self.assertEqual(
            quotes(text),
            [("Bola Adeyinka Okafor", 'the gas accord had "beaten every forecast" and that exports had doubled')],
        )

    def test_telling_a_story_is_no_report(self):
        self.assertEqual(quotes(self.VISIT + "Okafor spoke for an hour, telling stories of his youth in Lagos."), [])

    def test_a_participle_after_someone_elses_quote_does_not_hand_it_on(self):
        text = self.VISIT + '"Welcome," Oyarzún said, "to Santiago," adding, "It is an honour."'
        self.assertNotIn("Bola Adeyinka Okafor", {speaker for speaker, _ in quotes(text)})


class BareOfficeBystanderTests(SimpleTestCase):
    """An office only one state has, used without a name, goes to the one untitled person who takes part in the
    visit, never to a protester or passer-by quoted at the scene."""

    def test_a_protester_is_not_the_taoiseach(self):
        text = (
            "The Taoiseach welcomed Japan's Prime Minister to Dublin on Monday.\n\n"
            '"Free the fishermen," said Aoife Dunleavy, who came from Galway for the demonstration.\n\n'
            '"We value our friends in Tokyo," the Taoiseach said.'
        )
        said = quotes(text)
        self.assertNotIn("Aoife Dunleavy", {speaker for speaker, _ in said})

    def test_an_untitled_person_who_meets_the_guest_holds_the_office(self):
        text = (
            "The Taoiseach welcomed Japan's Prime Minister to Dublin on Monday.\n\n"
            "Niamh Garvey met Prime Minister Haruto Ishida at Government Buildings.\n\n"
            '"We value our friends in Tokyo," the Taoiseach said.'
        )
        self.assertIn(("Niamh Garvey", "We value our friends in Tokyo"), quotes(text))


class UnrealReportTests(SimpleTestCase):
    """A report inside someone's quote that nobody made ("should have told him that ...") is no statement of the
    person named; a real one is."""

    def test_a_counterfactual_report_inside_a_quote(self):
        for verb in ("should have told", "could have said", "did not say", "will never admit"):
            text = INTRO + f'"Tursunov {verb} the Hungarians that the border stays shut," Kertész said.'
            with self.subTest(verb=verb):
                self.assertNotIn("Jasur Tursunov", {speaker for speaker, _ in quotes(text)})

    def test_a_real_report_inside_a_quote(self):
        text = INTRO + '"Tursunov told me that the border will reopen in May," Kertész said.'
        self.assertIn(("Jasur Tursunov", "the border will reopen in May"), quotes(text))


class ReadoutTests(SimpleTestCase):
    """A spokesperson's readout: the leader's relayed report and what the readout adds to it ("..., noting that
    ...") are the leader's; a request ("asked the Saudi side to support ...") is reported speech."""

    VISIT = "Thai Prime Minister Anan Srisuk received Omani Foreign Minister Said Hamed Al-Rawahi in Bangkok.\n\n"

    def test_what_a_readout_adds_is_the_leaders(self):
        text = (
            self.VISIT + "Government Spokesperson Pimchanok Rattana said the Prime Minister expressed his pleasure "
            'at the progress of relations, noting that the two countries had "made up for lost time" this year.'
        )
        self.assertEqual(
            quotes(text),
            [
                ("Anan Srisuk", "his pleasure at the progress of relations"),
                ("Anan Srisuk", 'the two countries had "made up for lost time" this year'),
            ],
        )

    def test_a_request_is_reported(self):
        text = self.VISIT + "The Prime Minister also asked the Omani side to ease visas for Thai workers."
        self.assertEqual(quotes(text), [("Anan Srisuk", "the Omani side to ease visas for Thai workers")])

    def test_a_question_or_an_invitation_is_no_request(self):
        for line in (
            "The Prime Minister asked about the new port.",
            "The Prime Minister asked his guest to visit Chiang Mai next year.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(self.VISIT + line), [])


class VisitByTests(SimpleTestCase):
    """ "A state visit by Ghanaian President X" names the guest's country: officials named by title alone, with no
    other sign of where the visit is, are the other side's."""

    def test_a_visit_by_the_guest_tells_the_host_side(self):
        text = (
            "Citizens of Malaysia travelling to Kenya will no longer need a visa, after the two countries signed a "
            "waiver at the Seri Perdana yesterday on the first day of a three-day state visit by Kenyan President "
            "Daniel Mwangi Otieno.\n\nThe waiver takes effect within 30 days, Foreign Minister Keisha Ramdeen told "
            "reporters."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Keisha Ramdeen"), "MY")


class HonorificOutsiderTests(SimpleTestCase):
    """ "said Dr X, a senior researcher at ...": the honorific does not hide the speaker, whose next words ("...,"
    she said) stay hers and are no participant's."""

    def test_an_analysts_words_after_an_honorific(self):
        text = (
            "Indonesian President Budi Santoso Wirawan received Dutch Prime Minister Maartje de Wit in Jakarta.\n\n"
            "Trade Minister Lestari Handayani said the palm oil deal was close.\n\n"
            '"The Dutch want a foothold," said Dr Sekar Ayuningtyas, a senior lecturer at a university in Bandung.'
            '\n\n"But Jakarta will not pick sides," she said.'
        )
        said = quotes(text)
        self.assertEqual(said, [("Lestari Handayani", "the palm oil deal was close")])


class IntentionAndJointTailTests(SimpleTestCase):
    """A country's intention expressed by its official is what was said, noun and all; a coordinated clause in
    which both sides did something ends the speaker's words, one that goes on in the present does not."""

    VISIT = "Korean President Seo Min-jun received Chilean President Ramiro Oyarzún in Seoul.\n\n"

    def test_a_countrys_intention_and_a_joint_act_after_it(self):
        text = (
            self.VISIT + "Seo expressed Korea's intention to support the lithium refinery in Antofagasta, and the two "
            "leaders agreed to open a direct shipping line."
        )
        self.assertEqual(
            quotes(text), [("Seo Min-jun", "Korea's intention to support the lithium refinery in Antofagasta")]
        )

    def test_a_relative_when_after_a_time_stays_in_the_clause(self):
        text = self.VISIT + "Seo recalled that the two navies first met in the 1990s, when Chile sent a training ship."
        self.assertEqual(
            quotes(text), [("Seo Min-jun", "the two navies first met in the 1990s, when Chile sent a training ship")]
        )
        text = self.VISIT + "Seo said the refinery would open soon, when he met the press in Busan."
        self.assertEqual(quotes(text), [("Seo Min-jun", "the refinery would open soon")])

    def test_a_joint_subject_in_the_present_goes_on(self):
        text = (
            self.VISIT + "Oyarzún said relations have grown steadily, and the two countries have always respected "
            "each other."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Ramiro Oyarzún",
                    "relations have grown steadily, and the two countries have always respected each other",
                )
            ],
        )


class PressStatementSpeechTests(SimpleTestCase):
    """Speeches printed as press statements under a heading or a label: the whole speech is its speaker's."""

    INTRO = (
        "Paraguayan President Tomás Samaniego held talks with Lithuanian Prime Minister Rūta Dagienė in Asunción.\n\n"
    )

    def test_an_aside_on_anothers_words_does_not_end_the_last_speakers_turn(self):
        text = (
            self.INTRO + "President Tomás Samaniego:\n\n– Dear Prime Minister!\n\n"
            "We signed a treaty on river ports today.\n\n"
            "Prime Minister Rūta Dagienė (translated from Lithuanian):\n\n"
            "– Thank you, Mr President, for the open talks.\n\n"
            "Lithuania wants more trade with Paraguay, and we will send a business mission.\n\n"
            "But, as the President said, we want to go beyond ports. Our laser makers are ready to invest.\n\n"
            "I invited President Samaniego to visit Vilnius.\n\nThank you."
        )
        got = quotes(text)
        self.assertIn(
            (
                "Rūta Dagienė",
                "But, as the President said, we want to go beyond ports. Our laser makers are ready to invest.",
            ),
            got,
        )
        self.assertEqual(
            got[-2:],
            [("Rūta Dagienė", "I invited President Samaniego to visit Vilnius."), ("Rūta Dagienė", "Thank you.")],
        )
        self.assertNotIn("But", [t for _, t in got])

    def test_a_heading_in_brackets_names_the_speaker_of_the_speech_under_it(self):
        text = (
            self.INTRO + "[Opening Remarks by President Tomás Samaniego]\n\n"
            "I warmly welcome Prime Minister Dagienė on her first visit to Paraguay.\n\n"
            "Paraguay and Lithuania agreed today to link our business registries.\n\n"
            "[Remarks by Prime Minister Rūta Dagienė]\n\n"
            "Lithuania is far from Paraguay, but we think alike on trade and we will prove it.\n\n"
            "[Questions and Answers]\n\nQuestion (Radio Vilnius): When will the registries be linked?"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Tomás Samaniego", "I warmly welcome Prime Minister Dagienė on her first visit to Paraguay."),
                ("Tomás Samaniego", "Paraguay and Lithuania agreed today to link our business registries."),
                ("Rūta Dagienė", "Lithuania is far from Paraguay, but we think alike on trade and we will prove it."),
            ],
        )

    def test_a_heading_in_brackets_that_names_nobody_gives_no_speaker(self):
        text = self.INTRO + "[Opening Remarks]\n\nWe welcome the delegations to the press centre."
        self.assertEqual(quotes(text), [])

    def test_the_greetings_and_thanks_of_a_speech_under_its_heading_are_its_speakers(self):
        text = (
            self.INTRO + "[Opening Remarks by President Tomás Samaniego]\n\nGood afternoon.\n\n"
            "I warmly welcome Prime Minister Dagienė on her first visit to Paraguay.\n\nThank you.\n\n"
            "Statement by Prime Minister Rūta Dagienė\n\n- Dear Mr President,\n\nDear guests,\n\n"
            "Lithuania and Paraguay signed a memorandum on river shipping today.\n\n"
            "Dear Mr President, once again, thank you for welcoming us to Asunción.\n\nThank you for your attention."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Tomás Samaniego", "Good afternoon."),
                ("Tomás Samaniego", "I warmly welcome Prime Minister Dagienė on her first visit to Paraguay."),
                ("Tomás Samaniego", "Thank you."),
                # (an address cut off by its comma is no heading whose words the speech says again further down)
                ("Rūta Dagienė", "Dear Mr President"),
                ("Rūta Dagienė", "Dear guests"),
                ("Rūta Dagienė", "Lithuania and Paraguay signed a memorandum on river shipping today."),
                ("Rūta Dagienė", "Dear Mr President, once again, thank you for welcoming us to Asunción."),
                ("Rūta Dagienė", "Thank you for your attention."),
            ],
        )

    def test_the_last_turn_runs_through_a_paragraph_without_i_when_it_resumes_in_person(self):
        text = (
            self.INTRO + "President Tomás Samaniego:\n\n– Dear Prime Minister!\n\n"
            "We signed a treaty on river ports today.\n\nPrime Minister Rūta Dagienė:\n\n"
            "– Thank you, Mr President.\n\nLithuania is a gateway to the Baltic markets for Paraguayan soy.\n\n"
            "I invited President Samaniego to Vilnius.\n\nThank you."
        )
        self.assertEqual(
            [t for s, t in quotes(text) if s == "Rūta Dagienė"][1:],
            [
                "Lithuania is a gateway to the Baltic markets for Paraguayan soy.",
                "I invited President Samaniego to Vilnius.",
                "Thank you.",
            ],
        )
        # (the writer's lines after the last turn, which never resumes in person, are nobody's)
        closing = text.replace("I invited President Samaniego to Vilnius.\n\nThank you.", "The visit ends on Friday.")
        self.assertNotIn("Rūta Dagienė", [s for s, t in quotes(closing) if "Friday" in t or "gateway" in t])

    def test_a_heading_over_both_leaders_turns_gives_neither_the_lines_under_it(self):
        text = (
            self.INTRO + "[Remarks by President Tomás Samaniego and Prime Minister Rūta Dagienė]\n\n"
            "Good afternoon.\n\nPRESIDENT SAMANIEGO: We signed a treaty on river ports.\n\n"
            "PRIME MINISTER DAGIENĖ: We agree on the ports."
        )
        self.assertEqual(
            quotes(text),
            [("Tomás Samaniego", "We signed a treaty on river ports."), ("Rūta Dagienė", "We agree on the ports.")],
        )

    def test_a_statement_in_one_pair_of_marks_over_paragraphs_under_its_heading(self):
        text = (
            self.INTRO + "Statement by President Samaniego\n\n"
            '"Distinguished Prime Minister, dear members of the press,\n\n'
            "I welcome Prime Minister Dagienė to Paraguay. Today we reviewed all our ties.\n\n"
            "The agreement signed today opens a new chapter. Trade must double by 2030.\n\n"
            'With these thoughts, I welcome our guests once more."\n\n'
            "Statement by Prime Minister Dagienė\n\n"
            '"Thank you, Mr President, for your hospitality.\n\n'
            'Lithuania will open an embassy in Asunción next year."'
        )
        got = quotes(text)
        self.assertEqual(
            [t for s, t in got if s == "Tomás Samaniego"],
            [
                "Distinguished Prime Minister, dear members of the press",
                "I welcome Prime Minister Dagienė to Paraguay. Today we reviewed all our ties.",
                "The agreement signed today opens a new chapter. Trade must double by 2030.",
                "With these thoughts, I welcome our guests once more.",
            ],
        )
        self.assertEqual(
            [t for s, t in got if s == "Rūta Dagienė"],
            [
                "Thank you, Mr President, for your hospitality.",
                "Lithuania will open an embassy in Asunción next year.",
            ],
        )


class OpeningAdverbialTests(SimpleTestCase):
    """An opening adverbial written without its comma ("At the same time he pointed out that ...") is no part of
    the subject."""

    def test_an_adverbial_before_a_pronoun_subject(self):
        for opening in ("At the same time", "Meanwhile", "In turn"):
            text = INTRO + f'"We want the railway," Tursunov said.\n\n{opening} he pointed out that tariffs must fall.'
            with self.subTest(opening=opening):
                self.assertIn(("Jasur Tursunov", "tariffs must fall"), quotes(text))


class BriefingTranscriptTests(SimpleTestCase):
    """Transcripts of a briefing or a press appearance whose labels are more than a bare name."""

    def test_a_label_with_the_office_set_off_by_a_comma(self):
        text = (
            INTRO + "Deputy Spokesperson, Mr Oskar Lindqvist: Good morning. We have the minister with us today.\n\n"
            "Lindqvist said the briefing would be short.\n\n"
            "Deputy Spokesperson, Mr Oskar Lindqvist: Thank you all for coming."
        )
        self.assertEqual(quotes(text)[:1], [("Oskar Lindqvist", "Good morning. We have the minister with us today.")])
        self.assertIn(("Oskar Lindqvist", "Thank you all for coming."), quotes(text))

    def test_a_statement_under_a_heading_without_a_colon(self):
        text = (
            INTRO + "The presidents then spoke to the press.\n\nStatement by President Jasur Tursunov\n\n"
            "Dear Mr President,\n\nLadies and gentlemen,\n\n"
            "Today we opened a new chapter. Our railway will carry grain to the Danube.\n\n"
            "Mr President, welcome once more to Tashkent next spring. Thank you.\n\n"
            "Statement by President Gábor Kertész\n\n– Thank you, Mr President.\n\n"
            "I am glad that our ministers signed the energy memorandum."
        )
        # (its greetings and thanks are the speaker's words too, as the lines of a transcript are)
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "Dear Mr President"),
                ("Jasur Tursunov", "Ladies and gentlemen"),
                ("Jasur Tursunov", "Today we opened a new chapter. Our railway will carry grain to the Danube."),
                ("Jasur Tursunov", "Mr President, welcome once more to Tashkent next spring. Thank you."),
                ("Gábor Kertész", "Thank you, Mr President."),
                ("Gábor Kertész", "I am glad that our ministers signed the energy memorandum."),
            ],
        )

    def test_a_statement_heading_with_a_colon_runs_on_through_words_to_the_audience(self):
        text = (
            INTRO + "Statement by President Jasur Tursunov:\n\n– Dear Mr President!\n\n"
            "Today we opened a new chapter.\n\n"
            "Hungary is the gateway to the Danube. Uzbekistan values your country.\n\n"
            "The railway will carry grain and cotton to Europe.\n\nThank you for your attention, Mr President."
        )
        self.assertEqual(
            quotes(text)[-3:],
            [
                ("Jasur Tursunov", "Hungary is the gateway to the Danube. Uzbekistan values your country."),
                ("Jasur Tursunov", "The railway will carry grain and cotton to Europe."),
                ("Jasur Tursunov", "Thank you for your attention, Mr President."),
            ],
        )

    def test_the_short_lines_of_a_statement_are_quotes_however_short(self):
        text = (
            INTRO + "Statement by President Jasur Tursunov:\n\n– Dear Mr President!\n\nEsteemed friends!\n\n"
            "Today we opened a new chapter of our friendship.\n\nThank you.\n\nThe ministers then left for Szeged."
        )
        self.assertEqual(
            quotes(text)[-3:],
            [
                ("Jasur Tursunov", "Esteemed friends!"),
                ("Jasur Tursunov", "Today we opened a new chapter of our friendship."),
                ("Jasur Tursunov", "Thank you."),
            ],
        )

    def test_a_short_line_after_a_said_lead_in_that_speaks_to_no_one_is_no_quote(self):
        text = INTRO + "Tursunov said:\n\nToday we opened a new chapter of our friendship.\n\nAgreed.\n\nIt rained."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Today we opened a new chapter of our friendship.")])

    def test_a_statement_heading_with_a_colon_before_narrative_takes_no_narrative(self):
        text = (
            INTRO + "Statement by President Jasur Tursunov:\n\nToday we opened a new chapter.\n\n"
            "The railway to the Danube opened in 1990 after years of delay.\n\n"
            "The ministers later visited the Hungarian National Museum."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Today we opened a new chapter.")])

    def test_a_statement_announced_in_a_sentence_of_its_own(self):
        text = (
            INTRO + "President Jasur Tursunov made the press statement.\n\n- Dear Mr President,\n\n"
            "Ladies and gentlemen,\n\nToday we opened a new chapter. Our railway will carry grain.\n\n"
            "Thank you.\n\nPresident Gábor Kertész made the press statement.\n\n- Dear Mr President,\n\n"
            "I am glad that our ministers signed the energy memorandum."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "Dear Mr President"),
                ("Jasur Tursunov", "Ladies and gentlemen"),
                ("Jasur Tursunov", "Today we opened a new chapter. Our railway will carry grain."),
                ("Jasur Tursunov", "Thank you."),
                ("Gábor Kertész", "Dear Mr President"),
                ("Gábor Kertész", "I am glad that our ministers signed the energy memorandum."),
            ],
        )

    def test_a_name_in_marks_inside_a_statement_does_not_end_it(self):
        text = (
            INTRO + "Statement by President Jasur Tursunov:\n\nToday we opened a new chapter.\n\n"
            'Our "Danube Gate" corridor will carry grain to Europe.\n\n'
            "I thank the Hungarian people for their welcome.\n\n"
            '"It was a fine visit," an aide said later.'
        )
        self.assertEqual(
            [t for s, t in quotes(text) if s == "Jasur Tursunov"],
            [
                "Today we opened a new chapter.",
                'Our "Danube Gate" corridor will carry grain to Europe.',
                "I thank the Hungarian people for their welcome.",
            ],
        )

    def test_a_speech_announced_as_taking_the_floor_or_addressing_an_audience(self):
        text = (
            INTRO + "Then President Jasur Tursunov took the floor.\n\n- Dear Mr President!\n\n"
            "I thank you for the warm welcome. Our peoples are old friends.\n\n"
            "President Gábor Kertész addressed the participants of the forum.\n\n"
            "We will open a bank in Tashkent this year."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "Dear Mr President!"),
                ("Jasur Tursunov", "I thank you for the warm welcome. Our peoples are old friends."),
                ("Gábor Kertész", "We will open a bank in Tashkent this year."),
            ],
        )
        # (a subject addressed is no audience: the paragraph after it is the writer's)
        topic = INTRO + "President Gábor Kertész addressed the issue of visas.\n\nOur ministers will meet in May."
        self.assertEqual(quotes(topic), [])

    def test_a_statement_announced_before_narrative_takes_nothing(self):
        text = (
            INTRO + "President Jasur Tursunov made a statement.\n\n"
            "The railway to the Danube is due to open in the spring after years of delay."
        )
        self.assertEqual(quotes(text), [])

    def test_a_statement_the_publisher_presents_in_a_sentence_of_its_own(self):
        text = (
            INTRO + "The two presidents made press statements.\n\n"
            "Danube News presents the statement of President Jasur Tursunov.\n\n- Dear Mr President!\n\n"
            "Today we opened a new chapter. Our railway will carry grain.\n\n"
            "The corridor is the shortest route to the sea for us.\n\n"
            "Below is the full text of President Gábor Kertész's address.\n\n"
            "I am glad that our ministers signed the energy memorandum.\n\n"
            "The ministers later visited the Hungarian National Museum."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "Dear Mr President!"),
                ("Jasur Tursunov", "Today we opened a new chapter. Our railway will carry grain."),
                ("Jasur Tursunov", "The corridor is the shortest route to the sea for us."),
                ("Gábor Kertész", "I am glad that our ministers signed the energy memorandum."),
            ],
        )

    def test_a_presented_statement_before_narrative_takes_nothing(self):
        text = (
            INTRO + "Danube News presents the statement of President Jasur Tursunov.\n\n"
            "The railway to the Danube is due to open in the spring after years of delay."
        )
        self.assertEqual(quotes(text), [])

    def test_a_release_quote_signed_on_the_line_under_it(self):
        text = (
            INTRO + "Quote\n\n“Uzbekistan is one of our closest partners. Today we built a railway.”\n"
            "The Hon. Jasur Tursunov, President of Uzbekistan\n\nThe railway will open next year."
        )
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "Uzbekistan is one of our closest partners. Today we built a railway.")],
        )

    def test_a_line_under_a_quote_that_is_no_signature_names_nobody(self):
        text = (
            INTRO + "“Uzbekistan is one of our closest partners. Today we built a railway.”\n"
            "The railway will open next year, officials in Tashkent said."
        )
        self.assertNotIn("Jasur Tursunov", [speaker for speaker, _ in quotes(text)])

    def test_a_question_to_someone_named_under_a_quote_is_no_signature(self):
        text = (
            INTRO + "“Uzbekistan is one of our closest partners. Today we built a railway.”\n"
            "Mr. Tursunov, what was the main goal of the visit?"
        )
        self.assertNotIn("Jasur Tursunov", [speaker for speaker, _ in quotes(text)])

    def test_a_statement_heading_before_narrative_takes_nothing(self):
        text = (
            INTRO + "Statement by President Jasur Tursunov\n\n"
            "The president's office released a statement on the railway after the talks ended."
        )
        self.assertEqual(quotes(text), [])

    def test_an_office_label_is_the_author_of_the_release_letterhead(self):
        text = (
            "PRIME MINISTER\n\nTHE HON FIONA MACALLISTER MP\n\nMEDIA RELEASE\n\n"
            "Today in Oslo I held talks with Prime Minister Henrik Solberg-Dahl on New Zealand and Norway's "
            "shared interest in the Southern Ocean.\n\nNorway is a valued partner of New Zealand.\n\n"
            "TRANSCRIPT\n\nJOURNALIST: Did you discuss whaling?\n\n"
            "PRIME MINISTER: We did, and we were frank with each other about it."
        )
        result = suggest_package(text)
        people = {p.name: p.country for p in result.participants}
        self.assertEqual(people.get("Fiona Macallister"), "NZ")
        self.assertEqual(people.get("Henrik Solberg-Dahl"), "NO")
        # (the release above the transcript, in her own voice, is hers too)
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes][-1],
            ("Fiona Macallister", "We did, and we were frank with each other about it."),
        )

    def test_a_headline_in_capitals_is_no_letterhead(self):
        text = (
            "PRIME MINISTER\n\nNEW ZEALAND AND NORWAY\n\n"
            "Prime Minister Henrik Solberg-Dahl met New Zealand's trade envoy in Oslo.\n\n"
            "PRIME MINISTER: We are glad to see the envoy."
        )
        self.assertNotIn("Zealand And Norway", {p.name for p in suggest_package(text).participants})

    def test_a_letterhead_in_ordinary_case_names_the_author_of_a_short_office_label(self):
        text = (
            "Minister for Trade and Foreign Affairs\n\nSenator the Hon Rosalind Pettigrew\n\nMedia release\n\n"
            "Today I ended my first visit to Norway, where I met my counterpart, Foreign Minister Ingrid Haugvik, "
            "and called on Prime Minister Henrik Solberg-Dahl.\n\nAustralia and Norway trade more each year.\n\n"
            "Transcript\n\n"
            "JOURNALIST: Did you discuss fisheries?\n\n"
            "FOREIGN MINISTER: We did, and we agreed to keep talking."
        )
        result = suggest_package(text)
        people = {p.name: p.country for p in result.participants}
        self.assertEqual(people.get("Rosalind Pettigrew"), "AU")
        # (the one called on after the counterpart met is the counterpart's side, not the writer's)
        self.assertEqual(people.get("Henrik Solberg-Dahl"), "NO")
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes][-1],
            ("Rosalind Pettigrew", "We did, and we agreed to keep talking."),
        )

    def test_another_office_label_is_not_the_letterhead_author(self):
        text = (
            "Minister for Foreign Affairs\n\nThe Hon Rosalind Pettigrew MP\n\nMedia release\n\n"
            "Today in Oslo I met Prime Minister Henrik Solberg-Dahl.\n\n"
            "PRIME MINISTER: We are glad to see you."
        )
        self.assertNotIn(("Rosalind Pettigrew", "We are glad to see you."), quotes(text))

    def test_a_crosshead_with_a_name_and_no_verb_is_no_line(self):
        text = (
            INTRO + "Tursunov said the railway would open in 2027.\n\nKertész: Uzbekistan a key partner in Asia\n\n"
            "Kertész said Hungary would open a trade house in Tashkent."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "the railway would open in 2027"),
                ("Gábor Kertész", "Hungary would open a trade house in Tashkent"),
            ],
        )

    def test_a_transcript_line_cut_off_without_its_stop_is_still_a_line(self):
        text = INTRO + "KERTÉSZ: The trade house is open\n\nTURSUNOV: We thank our hosts."
        self.assertIn(("Gábor Kertész", "The trade house is open"), quotes(text))

    def test_an_opening_phrase_with_a_comma_and_a_colon_is_no_label(self):
        text = INTRO + "In the end, the agenda: railways, gas and grain."
        self.assertEqual(quotes(text), [])


class DelegationListTests(SimpleTestCase):
    """Officials listed in a delegation, each after their office and a comma."""

    def test_a_delegation_composed_of_officials_with_portfolios_set_off_by_commas(self):
        text = (
            "Peruvian President Lucía Ramírez Ortega received Ecuadorian President Tomás Vélez in Lima.\n\n"
            "The Ecuadorian delegation was composed of the Minister of Foreign Affairs, Inés Carvajal; the Minister "
            "of Women and Human Rights, Rosa Tenorio; the Undersecretary of Trade Promotion, Diego Alarcón; and the "
            "Minister of Industry, Fisheries and Mining, Raúl Benalcázar.\n\n"
            "Accompanying the Peruvian President were the Minister of Production, Carmen Quispe Lazo, and the "
            "Minister of Culture, Óscar Salas."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        for name in ("Inés Carvajal", "Rosa Tenorio", "Diego Alarcón", "Raúl Benalcázar"):
            with self.subTest(name=name):
                self.assertEqual(people.get(name), "EC")
        for name in ("Carmen Quispe Lazo", "Óscar Salas"):
            with self.subTest(name=name):
                self.assertEqual(people.get(name), "PE")
        self.assertNotIn("Women", people)

    def test_an_organisations_leader_set_off_by_a_comma_is_no_official(self):
        text = (
            "Peruvian President Lucía Ramírez Ortega received Ecuadorian President Tomás Vélez in Lima.\n\n"
            "The head of the Andean Fishermen's Guild, Mateo Chuquimia, said the port would stay closed."
        )
        self.assertEqual(quotes(text), [])

    def test_a_second_surname_that_is_a_countrys_name(self):
        text = (
            "Chilean President Sofía Reyes Panamá is in Quito on a state visit, hosted by Ecuadorian President "
            "Tomás Vélez.\n\nReyes said Chile wanted a single Pacific market.\n\n"
            "Vélez met envoys of Colombia, Bolivia and Peru before the dinner, and thanked Luis Varela Peru and "
            "Chile for their help."
        )
        result = suggest_package(text)
        names = {p.name for p in result.participants}
        self.assertIn("Sofía Reyes Panamá", names)
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes][:1],
            [("Sofía Reyes Panamá", "Chile wanted a single Pacific market")],
        )
        self.assertNotIn("Luis Varela Peru", names)

    def test_an_ambassador_posted_to_the_host_and_indian_honorifics(self):
        text = (
            "Indian Prime Minister Vikram Sethi held talks with Chilean President Sofía Reyes in Santiago.\n\n"
            "The briefing was given by Foreign Secretary, Shri Mohan Iyer, joined by the Ambassador to Chile, "
            "Smt. Kavita Menon.\n\nChile's Ambassador to Peru, Jorge Lillo, also attended.\n\n"
            "Iyer said the talks covered lithium."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Mohan Iyer"), "IN")
        self.assertEqual(people.get("Kavita Menon"), "IN")
        self.assertEqual(people.get("Jorge Lillo"), "CL")

    def test_the_two_signers_of_a_document_are_of_the_two_sides(self):
        text = (
            "Chilean President Sofía Reyes held talks with Peruvian President Lucía Ramírez in Lima.\n\n"
            "The memorandum between the Ministry of Mining of Chile and the Ministry of Energy of Peru was signed "
            "by Minister of Mining Rodrigo Alvear and Minister of Energy Marta Quiroz.\n\n"
            "A protocol on ports was signed by Minister of Transport Hugo Paredes and Peruvian Minister of "
            "Production Elena Vidal.\n\n"
            "A cultural programme was signed by Culture Minister Ana Soto, Education Minister Raúl Tapia and "
            "Peruvian Minister of Tourism Inés Lara."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Rodrigo Alvear"), "CL")
        self.assertEqual(people.get("Marta Quiroz"), "PE")
        self.assertEqual(people.get("Hugo Paredes"), "CL")
        self.assertEqual(people.get("Elena Vidal"), "PE")

    def test_a_place_named_by_a_country_before_the_title_gives_no_country(self):
        text = (
            "Hungarian President Gábor Kertész received today at the Palace of Hungary the Minister of Foreign "
            "Affairs of the Republic of Uzbekistan, Rustam Nazarov, who is on an official visit.\n\n"
            "Nazarov said the railway would open in 2027."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Rustam Nazarov"), "UZ")

    def test_the_signatories_under_a_communique(self):
        text = (
            "President Amara Keita of the Republic of Congo received President Kofi Mensah of the Republic of Ghana "
            "in Brazzaville.\n\nThe two leaders discussed the situation in the Democratic Republic of Congo.\n\n"
            "Done at Brazzaville, 4 June 2025\n\nFor the Republic of Congo\nThe Minister of Foreign Affairs\n"
            "Léon Mabiala-Nzaou\n\nFor the Republic of Ghana\nThe Minister of Foreign Affairs and Regional "
            "Integration\nAma Owusu-Ansah"
        )
        result = suggest_package(text)
        people = {p.name: p.country for p in result.participants}
        self.assertEqual(people.get("Léon Mabiala-Nzaou"), "CG")
        self.assertEqual(people.get("Ama Owusu-Ansah"), "GH")
        self.assertEqual({c.code for c in result.countries}, {"CG", "GH"})

    def test_a_for_line_without_a_title_and_name_signs_nothing(self):
        text = INTRO + "For the Republic of Uzbekistan\nthe railway is a priority\nTursunov Said So"
        self.assertNotIn("Tursunov Said So", {p.name for p in suggest_package(text).participants})

    def test_a_bylines_surname_that_is_a_ministers_first_surname(self):
        text = (
            "PM visits Rabat\n\nLuca Ferri Vella\n\nMaltese Prime Minister Paul Grech said on Thursday after a "
            "visit to Morocco that trade would grow.\n\nGrech, who was accompanied by Foreign Minister "
            "Maria Vella Zammit, met Moroccan Prime Minister Karim Idrissi in Rabat."
        )
        people = {p.name: p for p in suggest_package(text).participants}
        self.assertEqual(people["Maria Vella Zammit"].country, "MT")
        self.assertEqual(people["Maria Vella Zammit"].first_offset, text.index("Maria Vella Zammit"))

    def test_officials_who_receive_a_guest_are_the_hosts(self):
        text = (
            "DOHA, May 2 -- The Amir Sheikh Khalid Al Thani received Tanzanian President Neema Mwakyusa.\n\n"
            "Talks were attended by Qatari Minister of Finance Ali Al Sada and Tanzanian Minister of Finance "
            "Juma Mrisho.\n\nEarlier, the Tanzanian President was received at the airport by Qatari Minister of State "
            "Sheikh Fahad Al Kuwari and Minister of Foreign Affairs "
            "Sheikh Nasser Al Misnad."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Nasser Al Misnad"), "QA")

    def test_a_military_rank_between_the_office_and_the_name(self):
        text = (
            "Ugandan President Ezra Okot received Kenyan President Mary Wanjiru in Entebbe.\n\n"
            "She was received by the Minister of Foreign Affairs, Gen. Samuel Opio Lagu, and senior officials."
        )
        people = {p.name: p for p in suggest_package(text).participants}
        self.assertIn("Samuel Opio Lagu", people)
        self.assertEqual(people["Samuel Opio Lagu"].role, "minister")

    def test_officials_accompanying_the_president_named_by_title(self):
        text = (
            "Ghanaian President Kofi Mensah held talks with Ivorian President Alassane Kone in Abidjan.\n\n"
            "Tomorrow President Mensah will visit the port of San Pedro before returning home.\n\n"
            "The President is accompanied by Hon. Ama Boateng, Minister of Energy; and Hon. Yaw Darko, Minister "
            "of Mines and Minerals Development."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Ama Boateng"), "GH")
        self.assertEqual(people.get("Yaw Darko"), "GH")

    def test_a_korean_name_is_of_korea(self):
        text = (
            "WARSAW -- South Korean President Kang Min-ho held talks with Polish President Adam Nowicki.\n\n"
            "Industry Minister Baek Sung-jin said exports of batteries would double."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Baek Sung-jin"), "KR")

    def test_two_who_sign_are_of_the_two_sides(self):
        text = (
            "First Minister Morag Baird hosted Norway's Minister of Trade Lars Haugen in Edinburgh.\n\n"
            "First Minister Morag Baird and Norway's Minister of Trade Lars Haugen signed a memorandum on "
            "offshore wind.\n\nThe talks covered Scotland's and Norway's energy ties and the United Kingdom's "
            "ports."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Morag Baird"), "GB")

    def test_a_field_of_a_document_is_no_person(self):
        text = (
            "Peruvian President Lucía Ramírez Ortega received Ecuadorian President Tomás Vélez in Lima.\n\n"
            "They signed a memorandum on the prevention of violence against Women, signed by the two ministers."
        )
        self.assertNotIn("Women", {p.name for p in suggest_package(text).participants})


class RoyalStyleTests(SimpleTestCase):
    def test_his_majesty_is_not_the_queen_styled_her_majesty(self):
        text = (
            "His Majesty King Faisal began a state visit to Norway at the invitation of Norwegian Prime Minister "
            "Erik Lund.\n\nHis Majesty, accompanied by Her Majesty Queen Noor Al-Hadi, arrived in Oslo.\n\n"
            "His Majesty expressed appreciation for Norway's support for refugees."
        )
        self.assertIn(("Faisal", "appreciation for Norway's support for refugees"), quotes(text))

    def test_her_majesty_is_the_queen(self):
        text = (
            "His Majesty King Faisal began a state visit to Norway at the invitation of Norwegian Prime Minister "
            "Erik Lund.\n\nHer Majesty Queen Noor Al-Hadi visited a school.\n\n"
            "Her Majesty expressed appreciation for Norway's support for refugees."
        )
        self.assertNotIn("Faisal", [speaker for speaker, _ in quotes(text)])


class ClauseGoesOnTests(SimpleTestCase):
    """Where a reported clause runs on past a comma: the speaker's own aside, a gloss he gives himself."""

    def test_an_as_he_said_aside_inside_the_clause(self):
        text = INTRO + "Tursunov noted that Hungary had backed Uzbekistan, as he said, never doubting its reforms."
        self.assertIn(
            ("Jasur Tursunov", "Hungary had backed Uzbekistan, as he said, never doubting its reforms"), quotes(text)
        )

    def test_a_figure_that_he_affirmed_is_his_own_gloss(self):
        text = INTRO + (
            "Tursunov said trade reached 900 million dollars last year, a sum that, he stressed, could double soon."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Jasur Tursunov",
                    "trade reached 900 million dollars last year, a sum that, he stressed, could double soon",
                )
            ],
        )

    def test_the_writers_gloss_on_a_figure_still_ends_the_clause(self):
        text = INTRO + "Tursunov said trade reached 900 million dollars, a figure that analysts consider modest."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "trade reached 900 million dollars")])

    def test_a_fronted_participle_before_two_verbs_of_the_subject(self):
        text = INTRO + 'Asked about the pipeline, Tursunov smiled and said only that "the pipeline will come".'
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the pipeline will come")])

    def test_which_he_said_reports_the_relative_clause(self):
        text = INTRO + (
            "Tursunov invited Hungarian firms to invest in the Navoi zone, which he said offers access to markets "
            "in Central Asia."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "offers access to markets in Central Asia")])

    def test_which_the_ministry_said_is_nobodys(self):
        text = INTRO + "Tursunov visited the Navoi zone, which the ministry said offers access to Central Asia."
        self.assertEqual(quotes(text), [])

    def test_noting_a_topic_after_a_statement(self):
        text = INTRO + (
            "Tursunov expressed appreciation for Hungary's support of the corridor, noting the importance of "
            "building on close political ties."
        )
        self.assertIn(("Jasur Tursunov", "the importance of building on close political ties"), quotes(text))

    def test_the_mandatary_is_the_head_of_state(self):
        text = INTRO + "The Uzbek Mandatary also said that the two countries share a vision of the region."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the two countries share a vision of the region")])
        text = INTRO + "The Uzbek mandate also said nothing of the railway."
        self.assertEqual(quotes(text), [])

    def test_with_a_named_speaker_saying(self):
        text = INTRO + (
            "Energy was also discussed, with Tursunov saying the two governments would explore gas imports."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the two governments would explore gas imports")])
        self.assertEqual(quotes(INTRO + "The talks ended with Reuters saying the deal was close."), [])

    def test_with_a_named_speaker_affirming_highlighting_or_praising(self):
        for line, said in (
            (
                "The two discussed water, with Tursunov affirming Uzbekistan's readiness to share its dams data.",
                "Uzbekistan's readiness to share its dams data",
            ),
            (
                "The two discussed transit, with President Kertész highlighting the delays at the Serbian border.",
                "the delays at the Serbian border",
            ),
            (
                "The two discussed migration, with Kertész praising Uzbekistan's efforts to curb smuggling.",
                "Uzbekistan's efforts to curb smuggling",
            ),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line)[0][1], said)
        self.assertEqual(quotes(INTRO + "The talks ended with Kertész highlighting once more."), [])

    def test_what_the_speaker_would_not_say_ends_the_clause(self):
        text = INTRO + 'Tursunov said the two had "agreed on the essentials" but would not be drawn into details.'
        self.assertEqual(quotes(text), [("Jasur Tursunov", 'the two had "agreed on the essentials"')])
        text = INTRO + "Tursunov said the railway would open in May but would not carry passengers at first."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "the railway would open in May but would not carry passengers at first")]
        )

    def test_what_the_speaker_described_a_thing_as(self):
        text = INTRO + (
            "Tursunov briefed his guest on the new transport links, which he described as an opportunity for the "
            "whole region."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "an opportunity for the whole region")])
        text = INTRO + "Tursunov opened the dam, describing it as a model for cooperation among neighbours."
        self.assertIn(("Jasur Tursunov", "a model for cooperation among neighbours"), quotes(text))
        text = INTRO + "The deal, which was described as a step towards peace, was signed by officials."
        self.assertEqual(quotes(text), [])

    def test_an_adverb_between_the_verb_and_a_clause_without_that(self):
        text = INTRO + 'Tursunov insisted afterwards he had been "frank" with his host.'
        self.assertEqual(quotes(text), [("Jasur Tursunov", 'he had been "frank" with his host')])
        self.assertEqual(quotes(INTRO + "Tursunov insisted afterwards on a second meeting."), [])

    def test_told_him_and_a_clause_without_that(self):
        text = INTRO + 'Tursunov told him Tashkent expected Budapest to "respect its interests".'
        self.assertEqual(quotes(text), [("Jasur Tursunov", 'Tashkent expected Budapest to "respect its interests"')])
        self.assertEqual(quotes(INTRO + "Tursunov told her government officials nothing."), [])

    def test_a_gloss_after_a_dash_ends_the_clause(self):
        text = INTRO + "Tursunov said Uzbekistan rejected any bloc politics – a thinly veiled reference to Moscow."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbekistan rejected any bloc politics")])
        text = INTRO + "Tursunov said Uzbekistan wanted two things – a railway and a pipeline."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbekistan wanted two things – a railway and a pipeline")])

    def test_an_as_phrase_set_off_inside_the_clause(self):
        text = INTRO + "Kertész said that Hungary, as one of the largest buyers of cotton, wants steady supplies."
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "Hungary, as one of the largest buyers of cotton, wants steady supplies")]
        )

    def test_an_as_phrase_set_off_before_the_clauses_verb(self):
        text = INTRO + (
            "Tursunov said Uzbekistan and Hungary, as landlocked nations far from any sea, share an interest in rail "
            "links."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Jasur Tursunov",
                    "Uzbekistan and Hungary, as landlocked nations far from any sea, share an interest in rail links",
                )
            ],
        )
        text = INTRO + "Kertész said Hungary counts on Uzbekistan, as a bridge to the Turkic world, to widen trade."
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "Hungary counts on Uzbekistan, as a bridge to the Turkic world, to widen trade")],
        )
        # (an "as" with a tensed verb of its own is the writer's scene)
        text = INTRO + "Kertész said the plan was sound, as the ministers arrived, welcomed by a band."
        self.assertEqual(quotes(text), [("Gábor Kertész", "the plan was sound")])

    def test_the_speakers_own_word_on_the_figure_he_gave_goes_on(self):
        text = INTRO + "Tursunov said trade stood at 900 million euros, a figure he described as modest."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "trade stood at 900 million euros, a figure he described as modest")]
        )
        # (others' word on it is the writer's gloss)
        text = INTRO + "Tursunov said trade stood at 900 million euros, a figure that analysts consider modest."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "trade stood at 900 million euros")])

    def test_a_request_or_offer_after_a_clause_in_the_past_is_the_speakers(self):
        text = (
            INTRO + "Tursunov said Uzbekistan wanted Hungarian buyers for melons, and pressed his host to cut tariffs."
        )
        self.assertEqual(quotes(text)[0], ("Jasur Tursunov", "Uzbekistan wanted Hungarian buyers for melons"))
        text = INTRO + "Kertész said Hungary needed more cotton, and offered credit lines to Uzbek exporters."
        self.assertEqual(quotes(text)[0], ("Gábor Kertész", "Hungary needed more cotton"))
        # (the clause's own subject going on with another past act stays)
        text = INTRO + "Tursunov said the ministers discussed rail links, and agreed to meet again in May."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "the ministers discussed rail links, and agreed to meet again in May")]
        )

    def test_the_speakers_own_next_act_after_but_he_ends_the_clause(self):
        text = INTRO + "Tursunov said the rail deal was close, but he gave no date for its signing."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the rail deal was close")])
        text = INTRO + "Kertész said a loan was possible, but he would not name a sum."
        self.assertEqual(quotes(text), [("Gábor Kertész", "a loan was possible")])
        # (a tense of the statement's own goes on with what was said)
        text = INTRO + "Tursunov said the deal was late, but he is sure it will be signed."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the deal was late, but he is sure it will be signed")])

    def test_what_bears_out_the_statement_goes_on_with_it(self):
        text = INTRO + "Kertész said Hungary was a loyal friend of Uzbekistan, as shown by its new consulate."
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "Hungary was a loyal friend of Uzbekistan, as shown by its new consulate")],
        )
        text = INTRO + "Tursunov said Uzbekistan would send nurses and welders, as per the Hungarian side's requests."
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "Uzbekistan would send nurses and welders, as per the Hungarian side's requests")],
        )
        # (the source of the sentence is not what was said)
        text = INTRO + "Tursunov said Uzbekistan would send nurses, as reported by the national news agency."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbekistan would send nurses")])

    def test_a_set_off_role_with_brackets_or_marks_stays_inside_the_clause(self):
        text = INTRO + (
            "Kertész said Hungary and Uzbekistan, as members of the Organization of Turkic States (OTS), had a "
            "duty to link their railways."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "Hungary and Uzbekistan, as members of the Organization of Turkic States (OTS), had a duty to "
                    "link their railways",
                )
            ],
        )
        text = INTRO + ('Tursunov said he hoped Hungary, as a country that "keeps its word", would back the loan.')
        self.assertEqual(
            quotes(text)[0],
            ("Jasur Tursunov", 'he hoped Hungary, as a country that "keeps its word", would back the loan'),
        )

    def test_what_was_agreed_before_and_a_role_at_the_end_go_on_with_the_clause(self):
        text = (
            INTRO + "Tursunov said trade should reach two billion dollars by 2030, as agreed by the two governments."
        )
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "trade should reach two billion dollars by 2030, as agreed by the two governments")],
        )
        text = INTRO + (
            "Kertész said Hungary valued its ties with Uzbekistan, as one of the fastest growing economies of the "
            "region, noting that its firms were ready to invest."
        )
        self.assertEqual(
            quotes(text)[0],
            (
                "Gábor Kertész",
                "Hungary valued its ties with Uzbekistan, as one of the fastest growing economies of the region",
            ),
        )

    def test_marked_words_that_open_a_clause_which_goes_on_stay_in_it(self):
        text = INTRO + 'Kertész told reporters that "two or three" Hungarian banks had asked for licences.'
        self.assertEqual(quotes(text), [("Gábor Kertész", '"two or three" Hungarian banks had asked for licences')])
        # (marked words that are the whole clause, or a whole clause with more after a comma, are quoted words)
        text = INTRO + 'Kertész said that "the main points are settled", notably the number of flights.'
        self.assertEqual(quotes(text)[0], ("Gábor Kertész", "the main points are settled"))

    def test_the_speaker_named_again_inside_his_relative_clause(self):
        text = INTRO + (
            "Tursunov said the new terminal, which, according to him, handled a million tonnes last year, would "
            "double its capacity."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Jasur Tursunov",
                    "the new terminal, which, according to him, handled a million tonnes last year, would double its "
                    "capacity",
                )
            ],
        )
        text = INTRO + "Kertész noted the growth of Hungarian exports, which, according to him, tripled in five years."
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "the growth of Hungarian exports, which, according to him, tripled in five years")],
        )
        # (not after a clause that has ended: "according to him" is then the source of what comes before it)
        text = INTRO + "Tursunov said exports had grown, according to him, and the two sides signed a plan."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "exports had grown")])

    def test_reported_words_before_their_attribution_take_no_third_person_sentence_before_them(self):
        text = INTRO + "The new railway opened in 2020. Trade along it would double by 2030, Tursunov said."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Trade along it would double by 2030")])
        # (a sentence in the first person before them is the speaker's own words)
        text = INTRO + "We have waited long for this railway. Trade along it will double by 2030, Tursunov said."
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "We have waited long for this railway. Trade along it will double by 2030")],
        )

    def test_others_words_set_against_the_speakers_end_the_clause(self):
        text = INTRO + "Tursunov said the two nations were natural partners, but critics say the trip yielded little."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the two nations were natural partners")])
        # (a contrast inside what was said goes on)
        text = INTRO + "Tursunov said trade had grown, but the two nations could do much more."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "trade had grown, but the two nations could do much more")])

    def test_a_when_after_a_struggle_goes_on(self):
        text = INTRO + (
            "Tursunov said the two nations shared a long history going back to the independence struggle, when "
            "Hungary sheltered Uzbek students."
        )
        self.assertEqual(len(quotes(text)), 1)
        self.assertTrue(quotes(text)[0][1].endswith("sheltered Uzbek students"))

    def test_a_second_that_set_off_by_a_comma_goes_on(self):
        text = INTRO + "Tursunov said the railway would open in May, and that he had learned much from his host."
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "the railway would open in May, and that he had learned much from his host")],
        )


class NotOfTheVisitTests(SimpleTestCase):
    """Named people whose words are not the visit's: a minister who stayed home, a union's or a party's
    spokesman, a student after whom "she said" is hers."""

    def test_a_minister_who_is_not_part_of_the_delegation(self):
        text = INTRO + (
            "Interior Minister Bálint Farkas (Fidesz), who is not part of the delegation, told radio that "
            "the border deal would need more work.\n\nTursunov said the railway would open in 2027."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the railway would open in 2027")])
        self.assertNotIn("Bálint Farkas", {p.name for p in suggest_package(text).participants})

    def test_a_minister_not_part_of_talks_owned_by_a_day_or_a_leader(self):
        for owner in ("Thursday's", "the President's", "his"):
            text = INTRO + (
                f"Trade Minister Bálint Farkas, who was not part of {owner} talks, told a briefing in Budapest that "
                "the tariff question stayed open.\n\nTursunov said the railway would open in 2027."
            )
            with self.subTest(owner=owner):
                self.assertEqual(quotes(text), [("Jasur Tursunov", "the railway would open in 2027")])

    def test_a_minister_of_the_visit_who_was_not_part_of_another_matter_speaks(self):
        text = INTRO + (
            "Trade Minister Bálint Farkas, who was not part of the cabinet's reshuffle, said the deal was ready."
        )
        self.assertIn(("Bálint Farkas", "the deal was ready"), quotes(text))

    def test_one_the_sentence_places_at_home_comments_on_the_visit(self):
        for lead in (
            "Back home, chairman of the Veterans' League Mr",
            "At home, Leader of Opposition Hon.",
            "Back in Budapest, party organiser",
        ):
            text = INTRO + (
                f'{lead} Ferenc Tóth welcomed the trip, calling it "overdue".\n\n'
                "Tursunov said the railway would open in 2027."
            )
            with self.subTest(lead=lead):
                self.assertEqual(quotes(text), [("Jasur Tursunov", "the railway would open in 2027")])
                self.assertNotIn("Ferenc Tóth", {p.name for p in suggest_package(text).participants})

    def test_a_former_envoy_who_shares_a_ministers_surname_takes_no_part(self):
        text = INTRO + (
            'Foreign Minister Bence Kertész said the talks were "frank".\n\n'
            'Former ambassador Ottó Kertész said the visit gave the ties "real substance".\n\n'
            '"The money matters less than the rules," he told this newspaper.'
        )
        self.assertEqual(quotes(text), [("Bence Kertész", 'the talks were "frank"')])
        self.assertNotIn("Ottó Kertész", {p.name for p in suggest_package(text).participants})

    def test_a_namesake_in_office_still_speaks(self):
        text = INTRO + (
            'Foreign Minister Bence Kertész said the talks were "frank".\n\n'
            "Trade Minister Ottó Kertész said the deal was ready."
        )
        self.assertIn(("Ottó Kertész", "the deal was ready"), quotes(text))

    def test_a_party_officer_named_once_the_story_turns_to_the_opposition(self):
        for lead in (
            "But the opposition Civic Union urged caution. Its national publicity secretary, Mr",
            "Criticism from the opposition\n\nThe opposition reacted coolly. CUP general secretary",
            "The opposition stayed away from the banquet.\n\nCivic Union secretary for information",
            "Back in Budapest, Civic leader",
        ):
            text = INTRO + (
                f'{lead} Ferenc Tóth said the trip was "all ribbons and no rail".\n\n'
                '"Show us the contracts," Tóth said.\n\nTursunov said the railway would open in 2027.'
            )
            with self.subTest(lead=lead):
                self.assertEqual(quotes(text), [("Jasur Tursunov", "the railway would open in 2027")])
                self.assertNotIn("Ferenc Tóth", {p.name for p in suggest_package(text).participants})

    def test_an_office_of_the_state_after_the_opposition_still_speaks(self):
        for lead in (
            "The opposition called the trip a junket. Trade Minister",
            "The opposition called the trip a junket. Deputy Prime Minister",
            "Both sides reaffirmed their opposition to protectionism. Party General Secretary",
            "The opposition called the trip a junket. The Hungarian leader",
        ):
            text = INTRO + f"{lead} Ferenc Tóth said the deal was ready."
            with self.subTest(lead=lead):
                self.assertIn(("Ferenc Tóth", "the deal was ready"), quotes(text))

    def test_a_minister_or_a_spokesman_back_home_still_speaks(self):
        for lead in ("Back in Budapest, Trade Minister", "Back home, government spokesman"):
            text = INTRO + f"{lead} Ferenc Tóth said the deal was ready."
            with self.subTest(lead=lead):
                self.assertIn(("Ferenc Tóth", "the deal was ready"), quotes(text))

    def test_he_said_after_a_commentator_named_with_the_body_they_work_for(self):
        for body in ("the Centre for Transport Policy Research (CTPR)", "the Institute for Regional Studies (IRS)"):
            text = INTRO + (
                '"The railway will open in 2027," Tursunov said.\n\n'
                f'Economist Imre Varga of {body} said the declaration was "more hope than money".\n\n'
                '"There are no prices in it. The real question is who pays for the tunnels," he said.'
            )
            with self.subTest(body=body):
                self.assertEqual(quotes(text), [("Jasur Tursunov", "The railway will open in 2027")])

    def test_he_said_after_a_participant_named_with_his_country(self):
        text = INTRO + (
            'President Tursunov of Uzbekistan said the plan was bold.\n\n"Nobody has priced the tunnels yet," he said.'
        )
        self.assertIn(("Jasur Tursunov", "Nobody has priced the tunnels yet"), quotes(text))

    def test_the_outlet_that_reports_is_no_person(self):
        text = (
            "BUDAPEST, May 4. President of Hungary Gábor Kertész has met with President of Uzbekistan Jasur "
            "Tursunov, Danubia reports.\n\n"
            '"Our trade has doubled in a year," the Uzbek president noted.'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our trade has doubled in a year")])
        self.assertNotIn("Danubia", {p.name for p in suggest_package(text).participants})

    def test_a_person_named_before_who_reports_is_still_one(self):
        text = INTRO + "Interior Minister Ferenc Tóth met the delegation.\n\nThe talks went well, Tóth reported."
        self.assertIn("Ferenc Tóth", {p.name for p in suggest_package(text).participants})

    def test_a_minister_of_the_delegation_speaks(self):
        text = INTRO + "Interior Minister Bálint Farkas, who is part of the delegation, said the deal was ready."
        self.assertIn(("Bálint Farkas", "the deal was ready"), quotes(text))

    def test_a_spokesman_of_a_union_or_a_party(self):
        for body in ("Dockers' union spokesman", "Green Party (GP) trade spokesperson"):
            text = INTRO + f'{body} Ferenc Tóth said he would "believe it when the trains run".'
            with self.subTest(body=body):
                self.assertEqual(quotes(text), [])

    def test_he_said_after_a_chief_executive_set_off_by_commas(self):
        text = INTRO + (
            "Kertész said the railway would open in 2027.\n\n"
            "Ana Georgia Lopes, CEO of Lotus Freight, told a local paper that her firm would bid. "
            '"We are ready for the first trains," she said.'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "the railway would open in 2027")])

    def test_she_said_after_a_student_with_age_and_town(self):
        text = INTRO + (
            "Kertész met Foreign Minister Ágnes Vida at the university. Vida said the exchange would grow.\n\n"
            "Second-year student Lola Marsh, 19, of Szeged, said she had studied Uzbek for a year. "
            '"I could say hello," she said.'
        )
        self.assertEqual(quotes(text), [("Ágnes Vida", "the exchange would grow")])


class CourtesyThanksTests(SimpleTestCase):
    def test_thanks_for_the_welcome_are_protocol_and_what_follows_is_his(self):
        text = INTRO + (
            "Tursunov expressed his sincere thanks to President Kertész and the Hungarian people for the warm "
            "welcome, affirming his country's resolve to expand trade with Hungary."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "his country's resolve to expand trade with Hungary")])

    def test_gratitude_for_support_is_a_statement(self):
        text = INTRO + "Tursunov expressed his gratitude for Hungary's support of Uzbekistan's WTO bid."
        expected = [("Jasur Tursunov", "his gratitude for Hungary's support of Uzbekistan's WTO bid")]
        self.assertEqual(quotes(text), expected)


class DoubleOfficeSubjectTests(SimpleTestCase):
    def test_one_person_with_two_offices_joined_by_and(self):
        text = (
            "His Royal Highness Prince Faris bin Nasser Al Qasim, Crown Prince and Prime Minister, received "
            "Hungarian Foreign Minister Anna Kiss.\n\n"
            "HRH the Crown Prince and Prime Minister stressed the importance of expanding trade in grain."
        )
        self.assertIn(("Faris bin Nasser Al Qasim", "the importance of expanding trade in grain"), quotes(text))

    def test_two_people_named_by_office_are_joint(self):
        text = INTRO + "The President and the Prime Minister stressed the importance of expanding trade in grain."
        self.assertEqual(quotes(text), [])


class CorpusTests(SimpleTestCase):
    """The annotated dev corpus of eval/: gold must be consistent, and the dev floor must hold."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.eval = load_eval()
        cls.dev = cls.eval.load_split("dev")
        # (one pass of the extractor over dev serves both tests that read its output: it is most of their time)
        people = cls.eval.load_people()
        cls.predicted = {name: suggest_package(text, people=people) for name, text, _ in cls.dev}

    def test_gold_offsets_point_at_the_quote_text(self):
        for name, text, gold in self.dev:
            for q in gold["quotes"]:
                with self.subTest(article=name, quote=q["text"][:30]):
                    self.assertEqual(text[q["start"] : q["end"]], q["text"])

    def test_predicted_offsets_are_exact_on_the_corpus(self):
        for name, text, _ in self.dev:
            for q in self.predicted[name].quotes:
                with self.subTest(article=name):
                    self.assertEqual(text[q.start : q.end], q.text)

    def test_dev_quote_f1_floor(self):
        predictions = {name: suggestions.to_dict() for name, suggestions in self.predicted.items()}
        totals = self.eval.score_split("dev", self.dev, predictions)
        for lang in ("en", "ru"):
            if not totals[lang].articles:
                continue
            precision, recall, f1 = totals[lang].quote_prf()
            with self.subTest(language=lang):
                self.assertGreaterEqual(
                    f1, DEV_QUOTE_F1_FLOOR[lang], f"dev {lang} quotes P={precision:.3f} R={recall:.3f}"
                )


class StyleOfOfficeTests(SimpleTestCase):
    def people(self, text: str) -> list[tuple[str, str]]:
        return [(p.name, p.country) for p in suggest_package(text).participants]

    def test_the_right_honourable_is_not_part_of_the_name(self):
        text = (
            "LONDON - British Foreign Secretary the Rt Hon Miriam Castlebury met Chilean Foreign Minister Tomás "
            "Riquelme in London. Castlebury said the talks were productive."
        )
        self.assertIn(("Miriam Castlebury", "GB"), self.people(text))
        self.assertIn(("Miriam Castlebury", "the talks were productive"), quotes(text))

    def test_senator_and_barrister_before_a_ministers_name(self):
        text = (
            "Ghanaian President Kofi Addo received Chilean President Ana Vidal in Accra. He was joined by the "
            "Minister of Trade, Senator Kwesi Boateng-Amoah, and the Minister of Justice, Barrister Efua Sarpong."
        )
        names = [n for n, _ in self.people(text)]
        self.assertIn("Kwesi Boateng-Amoah", names)
        self.assertIn("Efua Sarpong", names)

    def test_a_khmer_style_of_rank_opens_no_name(self):
        text = (
            "Samdech Moha Borvor Thipadei Sokha Vannak, Prime Minister of Cambodia, received Chilean Foreign "
            "Minister Tomás Riquelme in Phnom Penh."
        )
        names = [n for n, _ in self.people(text)]
        self.assertFalse(any("Samdech" in n or "Thipadei" in n for n in names), names)

    def test_a_capitalised_right_that_is_no_style_stays_out_of_names(self):
        text = "Right after the talks, Chilean President Ana Vidal met Peruvian President Luis Quispe in Lima."
        self.assertIn(("Ana Vidal", "CL"), self.people(text))

    def test_a_nickname_in_marks_between_given_name_and_surname(self):
        text = (
            'MANILA - Philippine Agriculture Secretary Ramon "Monching" Dizon-Cruz met Thai Agriculture Minister '
            'Somchai Wong. Dizon-Cruz said the deal would "steady" prices.'
        )
        self.assertIn(("Ramon Dizon-Cruz", "PH"), self.people(text))
        self.assertIn(("Ramon Dizon-Cruz", 'the deal would "steady" prices'), quotes(text))

    def test_a_quoted_word_between_two_names_is_no_nickname(self):
        text = (
            'MANILA - Philippine Agriculture Secretary Ramon Dizon-Cruz called the visit "Historic" Wednesday and '
            "met Thai Agriculture Minister Somchai Wong."
        )
        self.assertIn(("Ramon Dizon-Cruz", "PH"), self.people(text))

    def test_a_surname_in_capitals_beside_a_given_name(self):
        text = (
            "PHNOM PENH - Prime Minister SOK Vireak received Hon. Duncan MERRIFIELD, Minister of Foreign Affairs "
            "of New Zealand. Hon. Duncan MERRIFIELD said ties had never been closer."
        )
        people = self.people(text)
        self.assertIn(("SOK Vireak", "KH"), people)
        self.assertIn(("Duncan MERRIFIELD", "NZ"), people)
        self.assertIn(("Duncan MERRIFIELD", "ties had never been closer"), quotes(text))

    def test_capitals_naming_a_body_or_a_company_form_stay_out_of_the_name(self):
        text = (
            "BRATISLAVA - The deal was signed by Director General of CERVA Tomas Hudak and Chairman of PT Anjani "
            "Rudi Hartono, in the presence of Slovak Prime Minister Pavol Benes."
        )
        names = [n for n, _ in self.people(text)]
        self.assertFalse(any("CERVA" in n or n.startswith("PT") for n in names), names)

    def test_signers_for_a_state_are_of_that_state(self):
        text = (
            "ACCRA - Ghanaian President Kofi Addo received Chilean President Ana Vidal. The agreements were signed "
            "for Ghana by the Minister of Trade, Ambassador Kwame Ofori-Atta, and the Minister of Energy, "
            "Barrister Efua Sarpong."
        )
        people = self.people(text)
        self.assertIn(("Kwame Ofori-Atta", "GH"), people)
        self.assertIn(("Efua Sarpong", "GH"), people)

    def test_designed_for_a_country_names_no_signer_side(self):
        text = (
            "ACCRA - Ghanaian President Kofi Addo received Chilean President Ana Vidal. A scheme designed for "
            "Chile by Ghanaian engineers was shown to Ghana's Minister of Energy, Efua Sarpong."
        )
        self.assertIn(("Efua Sarpong", "GH"), self.people(text))


class ReleasedSpeechTests(SimpleTestCase):
    def test_a_speech_under_a_remarks_heading_in_the_headline_after_release_lines(self):
        text = (
            "Remarks by President Ilse Vandermeer after her meeting with Prime Minister of Chile Tomás Riquelme\n\n"
            "Press release\n\n3 March 2024\n\n10:15\n\n"
            "Good morning,\n\n"
            "It was a pleasure to welcome Prime Minister Riquelme to Brussels. We spoke about trade and lithium.\n\n"
            "Second, security. The region needs calm, and we will keep working for it.\n\n"
            "Check against delivery"
        )
        said = quotes(text)
        self.assertIn(
            (
                "Ilse Vandermeer",
                "It was a pleasure to welcome Prime Minister Riquelme to Brussels. We spoke about trade and lithium.",
            ),
            said,
        )
        self.assertIn(
            ("Ilse Vandermeer", "Second, security. The region needs calm, and we will keep working for it."), said
        )

    def test_a_remarks_headline_over_a_news_story_gives_no_speech(self):
        text = (
            "Remarks by President Ilse Vandermeer after her meeting with Prime Minister of Chile Tomás Riquelme\n\n"
            "3 March 2024\n\n"
            "The two leaders met in Brussels on Monday and discussed trade and lithium.\n\n"
            "The Chilean side invited the President to Santiago."
        )
        self.assertEqual(quotes(text), [])


class StateSpeaksThroughTests(SimpleTestCase):
    def test_a_states_stance_then_the_minister_said_this(self):
        text = (
            "SANTIAGO - Chile has reaffirmed its support for Ghana in the fight against piracy. Foreign Minister "
            "Dr. Tomás Riquelme said this at a joint press conference with Ghanaian Foreign Minister Kwame "
            "Ofori-Atta in Santiago today."
        )
        self.assertIn(
            ("Tomás Riquelme", "Chile has reaffirmed its support for Ghana in the fight against piracy"), quotes(text)
        )

    def test_a_persons_own_frame_before_said_this_is_left_to_its_rule(self):
        text = (
            "SANTIAGO - Ghanaian Foreign Minister Kwame Ofori-Atta said trade would double. Foreign Minister "
            "Dr. Tomás Riquelme said this at a joint press conference in Santiago today."
        )
        self.assertNotIn("Tomás Riquelme", [s for s, _ in quotes(text)])

    def test_a_correspondents_voice_piece_in_marks_is_narration(self):
        text = (
            "LUSAKA - Foreign Minister Dr. Chanda Mwale held talks with Chilean Foreign Minister Tomás Riquelme in "
            "Lusaka today.\n\n"
            '"Speaking after the talks, Dr. Mwale said the two countries would open direct flights next year. He '
            "said copper and lithium producers had much to learn from each other. The Minister noted that a joint "
            'commission would meet in Santiago in March. From Lusaka, this is Mary Banda for Radio Zambia."'
        )
        said = quotes(text)
        self.assertIn(("Chanda Mwale", "the two countries would open direct flights next year"), said)
        self.assertIn(("Chanda Mwale", "copper and lithium producers had much to learn from each other"), said)

    def test_a_long_quote_in_the_first_person_stays_a_quote(self):
        text = (
            "LUSAKA - Foreign Minister Dr. Chanda Mwale held talks with Chilean Foreign Minister Tomás Riquelme in "
            "Lusaka today.\n\n"
            '"We agreed to open direct flights next year. Riquelme said his side would help, and he said so '
            "publicly; the President said the same. Copper and lithium producers have much to learn from each "
            'other," Mwale said.'
        )
        said = quotes(text)
        self.assertEqual([s for s, _ in said], ["Chanda Mwale"])

    def test_a_lead_in_with_a_dash_then_a_bracketed_cue_then_the_clip(self):
        text = (
            "LUSAKA - Foreign Minister Dr. Chanda Mwale held talks with Chilean Foreign Minister Tomás Riquelme in "
            "Lusaka today.\n\n"
            "At the press conference, Dr. Mwale said —\n\n"
            "[CLIP — MINISTER, IN ENGLISH: 0'15\"]\n\n"
            '"Our two countries mine what the world needs. We will refine more of it at home."\n\n'
            "[END CLIP]"
        )
        self.assertIn(
            ("Chanda Mwale", "Our two countries mine what the world needs. We will refine more of it at home."),
            quotes(text),
        )

    def test_a_cue_line_after_a_plain_sentence_names_no_speaker(self):
        text = (
            "LUSAKA - Foreign Minister Dr. Chanda Mwale held talks with Chilean Foreign Minister Tomás Riquelme in "
            "Lusaka today.\n\n"
            "The talks lasted two hours —\n\n"
            "[MUSIC]\n\n"
            '"Copper city nights," a local band sang outside.'
        )
        self.assertEqual(quotes(text), [])


class HopedThatTests(SimpleTestCase):
    def test_said_a_and_hoped_that_b_is_two_statements(self):
        text = (
            "HANOI - Finnish President Anna Virtanen met Vietnamese Prime Minister Tran Van Minh. Tran Van Minh "
            "said Vietnam valued the support of Finland and hoped that Finnish firms would invest in wind power."
        )
        said = quotes(text)
        self.assertIn(("Tran Van Minh", "Vietnam valued the support of Finland"), said)
        self.assertIn(("Tran Van Minh", "Finnish firms would invest in wind power"), said)

    def test_after_a_comma_and_the_hope_goes_on_with_the_statement(self):
        text = (
            "HANOI - Finnish President Anna Virtanen met Vietnamese Prime Minister Tran Van Minh. Tran Van Minh "
            "said Hanoi looked forward to the summit on May 4 and 5, and hoped that it would bring new contracts."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Tran Van Minh",
                    "Hanoi looked forward to the summit on May 4 and 5, and hoped that it would bring new contracts",
                )
            ],
        )

    def test_hoped_to_says_nothing(self):
        text = (
            "HANOI - Finnish President Anna Virtanen met Vietnamese Prime Minister Tran Van Minh. Virtanen hoped to "
            "visit the Mekong delta before leaving."
        )
        self.assertEqual(quotes(text), [])


class RepresentedSideTests(SimpleTestCase):
    def people(self, text: str) -> list[tuple[str, str]]:
        return [(p.name, p.country) for p in suggest_package(text).participants]

    def test_a_state_represented_by_its_minister(self):
        text = (
            "ACCRA - Ghanaian President Kofi Addo received Chilean President Ana Vidal. The minister of trade, "
            "Kwame Ofori-Atta, signed on behalf of Ghana, while Chile was represented by Foreign Minister Tomás "
            "Riquelme."
        )
        self.assertIn(("Tomás Riquelme", "CL"), self.people(text))

    def test_represented_by_a_lawyer_is_no_side(self):
        text = (
            "ACCRA - Ghanaian President Kofi Addo received Chilean President Ana Vidal. The firm was represented by "
            "Ghana's Minister of Energy, Efua Sarpong."
        )
        self.assertIn(("Efua Sarpong", "GH"), self.people(text))

    def test_a_list_closing_on_an_official_with_a_country(self):
        text = (
            "LIMA - Chilean President Ana Vidal held talks with Peruvian President Luis Quispe in Lima.\n\n"
            "Minister of Mining Mr. Jorge Tapia Lillo, Secretary to the President Ms. Carla Reyes, Chief of "
            "Presidential Staff Mr. Pablo Soto and Chile's Ambassador to Peru Mr. Diego Fuentes were also present."
        )
        people = self.people(text)
        for name in ("Jorge Tapia Lillo", "Carla Reyes", "Pablo Soto", "Diego Fuentes"):
            self.assertIn((name, "CL"), people)

    def test_a_list_of_two_sides_is_not_closed_by_its_last_country(self):
        text = (
            "LIMA - Chilean President Ana Vidal held talks with Peruvian President Luis Quispe in Lima.\n\n"
            "Foreign Minister Jorge Tapia Lillo of Peru, Chilean Foreign Minister Carla Reyes and Chile's "
            "Ambassador to Peru Diego Fuentes were also present."
        )
        self.assertIn(("Jorge Tapia Lillo", "PE"), self.people(text))

    def test_a_delegation_list_with_commas_ranks_and_a_country_word_for_a_surname(self):
        text = (
            "ROME - Peruvian President Luis Quispe met Italian Prime Minister Marco Bellini in Rome.\n\n"
            "The Peruvian Dignitary was accompanied by the Minister of Foreign Affairs, Ana Torres Vidal; the "
            "Minister of Production, Foreign Trade and Fisheries, Raúl Mendoza Salvador; the Minister of the "
            "Interior, Coronel (r) Jaime Ortiz Prado; and the Ambassador of Peru in Italy, Lucía Paredes."
        )
        people = self.people(text)
        for name in ("Ana Torres Vidal", "Raúl Mendoza Salvador", "Jaime Ortiz Prado", "Lucía Paredes"):
            self.assertIn((name, "PE"), people)

    def test_and_after_a_name_is_no_country_word_of_it(self):
        text = "ROME - Peruvian President Luis Quispe and Italian Prime Minister Marco Bellini met in Rome."
        names = [n for n, _ in self.people(text)]
        self.assertIn("Luis Quispe", names)
        self.assertIn("Marco Bellini", names)

    def test_leaving_the_hosts_capital_tells_the_host(self):
        text = (
            "Chile's trade minister left Lima yesterday with a signed lithium accord.\n\n"
            "She met president Luis Quispe at the Government Palace on Tuesday, and Chile's minister of trade "
            "Ana Vidal signed the accord with energy minister Raúl Mendoza."
        )
        people = self.people(text)
        self.assertIn(("Luis Quispe", "PE"), people)
        self.assertIn(("Raúl Mendoza", "PE"), people)

    def test_leaving_for_a_capital_is_no_host_cue(self):
        text = (
            "Chile's trade minister Ana Vidal left for Lima yesterday after talks in Santiago with Peruvian "
            "counterpart Raúl Mendoza, who hosted her at the ministry."
        )
        self.assertIn(("Ana Vidal", "CL"), self.people(text))

    def test_amb_abbreviates_ambassador_before_a_name(self):
        text = (
            "NAIROBI - Chilean President Ana Vidal arrived in Nairobi, where she was received by Kenya's Foreign "
            "Minister Peter Otieno and Chile's Ambassador to Kenya Amb. Carla Reyes Soto."
        )
        self.assertIn(("Carla Reyes Soto", "CL"), self.people(text))


class CommunityLeaderTests(SimpleTestCase):
    def test_a_paramount_chiefs_words_are_no_participants(self):
        text = (
            "LIMA - Chilean President Ana Vidal met Peruvian President Luis Quispe in Lima.\n\n"
            'Aymara paramount chief Mateo Condori said the visit showed that Chile was "buying its way in".'
        )
        self.assertNotIn("Mateo Condori", [s for s, _ in quotes(text)])

    def test_a_chief_of_staff_still_speaks(self):
        text = (
            "LIMA - Chilean President Ana Vidal met Peruvian President Luis Quispe in Lima.\n\n"
            "Presidential chief of staff Mateo Condori said the talks had gone well beyond the agenda."
        )
        self.assertIn("Mateo Condori", [s for s, _ in quotes(text)])

    def test_a_question_labelled_with_asker_and_language_is_no_quote(self):
        text = (
            "Joint press conference of Prime Minister Lee Wen Jie and Chilean President Ana Vidal\n\n"
            "PM Lee Wen Jie: President Vidal, friends from the media, good afternoon. We agreed to start talks on "
            "a digital economy agreement.\n\n"
            "Question (Chen Mei, Harbour Daily) (in Mandarin, translated): President, when will the talks end?\n\n"
            "President Vidal: We hope to conclude them within a year."
        )
        said = quotes(text)
        self.assertFalse(any("when will the talks end" in t for _, t in said), said)
        self.assertIn(("Ana Vidal", "We hope to conclude them within a year."), said)


class ClauseReachTests(SimpleTestCase):
    LEAD = "SUVA - Chilean Foreign Minister Tomás Riquelme met Fijian Prime Minister Sevuloni Tora in Suva. "

    def test_said_the_visit_shows_that_keeps_the_whole_clause(self):
        text = self.LEAD + "Tora said the visit shows that the partnership is in good shape."
        self.assertIn(("Sevuloni Tora", "the visit shows that the partnership is in good shape"), quotes(text))

    def test_said_in_remarks_that_still_starts_after_that(self):
        text = self.LEAD + "Tora said in remarks broadcast on radio that the partnership is in good shape."
        self.assertIn(("Sevuloni Tora", "the partnership is in good shape"), quotes(text))

    def test_a_dash_then_the_writers_gloss_ends_the_clause(self):
        text = (
            self.LEAD + 'Riquelme stressed that Chile\'s offer was about "partners, not patrons" — a line plainly '
            "aimed at rival lenders in the region."
        )
        self.assertIn(("Tomás Riquelme", 'Chile\'s offer was about "partners, not patrons"'), quotes(text))

    def test_an_as_the_largest_phrase_inside_the_clause(self):
        text = (
            self.LEAD + "Tora said Fiji and Chile, as the largest fish exporters of their regions, were natural "
            "partners."
        )
        self.assertIn(
            (
                "Sevuloni Tora",
                "Fiji and Chile, as the largest fish exporters of their regions, were natural partners",
            ),
            quotes(text),
        )

    def test_as_the_talks_ended_is_still_the_writers_scene(self):
        text = self.LEAD + "Tora said Fiji wants more flights, as the talks ended, and left for the airport."
        self.assertIn(("Sevuloni Tora", "Fiji wants more flights"), quotes(text))


class KhmerStyleTests(SimpleTestCase):
    def test_the_khmer_style_of_the_prime_minister_names_him_later(self):
        text = (
            "Samdech Moha Borvor Thipadei SOK Vireak, Prime Minister of the Kingdom of Cambodia, received Chilean "
            "Foreign Minister Tomás Riquelme at the Peace Palace.\n\n"
            "Samdech Thipadei highlighted that Cambodia welcomes Chilean investment in agriculture."
        )
        self.assertIn(("SOK Vireak", "Cambodia welcomes Chilean investment in agriculture"), quotes(text))

    def test_samdech_alone_before_another_name_is_no_prime_minister(self):
        text = (
            "Samdech Chea Vanna, President of the Senate of Cambodia, received Chilean Foreign Minister Tomás "
            "Riquelme in Phnom Penh."
        )
        roles = {p.name: p.role for p in suggest_package(text).participants}
        self.assertNotEqual(roles.get("Chea Vanna"), "head_of_government")


class VoicedStanceTests(SimpleTestCase):
    LEAD = "LIMA - Peruvian Foreign Minister Rosa Huaman met Chilean Foreign Minister Tomás Riquelme in Lima. "

    def test_expressed_a_countrys_keen_interest(self):
        text = self.LEAD + "Riquelme expressed his country's keen interest in expanding copper trade with Peru."
        self.assertIn(
            ("Tomás Riquelme", "his country's keen interest in expanding copper trade with Peru"), quotes(text)
        )

    def test_a_countrys_interest_in_stays_in_what_was_said(self):
        text = self.LEAD + "Riquelme voiced his country's interest in learning from Peruvian port managers."
        self.assertIn(
            ("Tomás Riquelme", "his country's interest in learning from Peruvian port managers"), quotes(text)
        )

    def test_a_bare_interest_in_stays_in_what_was_said(self):
        text = self.LEAD + "Riquelme expressed interest in learning from Peruvian port managers."
        self.assertIn(("Tomás Riquelme", "interest in learning from Peruvian port managers"), quotes(text))

    def test_a_circumstance_set_off_after_the_verb_is_no_part_of_the_statement(self):
        text = (
            self.LEAD + "For his part, Riquelme reiterated, in a joint statement released after the talks, his "
            "country's support for a fishing accord with Peru."
        )
        self.assertEqual(quotes(text), [("Tomás Riquelme", "his country's support for a fishing accord with Peru")])

    def test_an_appraisal_after_a_set_off_circumstance(self):
        text = self.LEAD + "Huaman praised, in her address to the forum, the progress of the joint railway."
        self.assertEqual(quotes(text), [("Rosa Huaman", "the progress of the joint railway")])

    def test_a_set_off_circumstance_before_no_object_reports_nothing(self):
        text = self.LEAD + "Riquelme spoke, in the afternoon, at the university of San Marcos."
        self.assertEqual(quotes(text), [])

    def test_announced_a_countrys_intention(self):
        text = self.LEAD + "Riquelme announced his country's intention to open a trade office in Arequipa."
        self.assertEqual(
            quotes(text), [("Tomás Riquelme", "his country's intention to open a trade office in Arequipa")]
        )

    def test_a_country_announcing_its_intention_is_no_speaker(self):
        text = self.LEAD + "Chile announced its intention to open a trade office in Arequipa."
        self.assertEqual(quotes(text), [])

    def test_a_feeling_voiced_after_an_appraisal_is_the_speakers_next_statement(self):
        text = (
            self.LEAD + "Riquelme praised the port reforms of Callao, expressing his country's aspiration to build a "
            "shipping corridor with Peru."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Tomás Riquelme", "the port reforms of Callao"),
                ("Tomás Riquelme", "his country's aspiration to build a shipping corridor with Peru"),
            ],
        )

    def test_gratitude_voiced_after_an_appraisal_for_the_welcome_is_protocol(self):
        text = (
            self.LEAD + "Riquelme praised the port reforms of Callao, expressing his gratitude for the warm welcome."
        )
        self.assertEqual(quotes(text), [("Tomás Riquelme", "the port reforms of Callao")])

    def test_the_meeting_it_followed_is_no_part_of_the_statement(self):
        text = (
            self.LEAD + "Huaman said Peru and Chile will build a power line across the Atacama, following a meeting "
            "with the Chilean President in Santiago this morning."
        )
        self.assertEqual(quotes(text), [("Rosa Huaman", "Peru and Chile will build a power line across the Atacama")])

    def test_following_an_example_stays_in_the_statement(self):
        text = (
            self.LEAD + "Huaman said Peru and Chile will build a power line across the Atacama, following the "
            "example of the Andean grid."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Rosa Huaman",
                    "Peru and Chile will build a power line across the Atacama, following the example of the Andean "
                    "grid",
                )
            ],
        )

    def test_who_the_speaker_is_set_off_after_the_name(self):
        text = (
            self.LEAD + '"The Pacific joins us," Riquelme, a 58-year-old former fisherman from Arica, said in Spanish.'
        )
        self.assertEqual(quotes(text), [("Tomás Riquelme", "The Pacific joins us")])

    def test_a_gloss_after_a_place_is_no_speaker(self):
        text = self.LEAD + '"The Pacific joins us," read a banner in Arica, a port town, said the newspaper.'
        self.assertEqual(quotes(text), [])

    def test_a_spokesperson_relays_a_leader_after_a_circumstance(self):
        text = (
            self.LEAD + "Ministry spokesperson Ms. Inés Paredes added that at the close of the talks, Minister Huaman "
            "expressed confidence that the two ports would be linked by 2030."
        )
        self.assertEqual(quotes(text), [("Rosa Huaman", "the two ports would be linked by 2030")])

    def test_a_minister_reporting_after_a_circumstance_keeps_his_words(self):
        text = (
            self.LEAD + "Riquelme added that at the close of the talks, Minister Huaman expressed confidence that "
            "the two ports would be linked by 2030."
        )
        self.assertIn(("Rosa Huaman", "the two ports would be linked by 2030"), quotes(text))
        self.assertEqual(quotes(text)[0][0], "Tomás Riquelme")

    def test_conveyed_a_states_enduring_commitment(self):
        text = self.LEAD + "Huaman conveyed Peru's enduring commitment to the Pacific Alliance."
        self.assertIn(("Rosa Huaman", "Peru's enduring commitment to the Pacific Alliance"), quotes(text))

    def test_with_x_reiterating_a_position_that(self):
        text = (
            self.LEAD + "The talks touched on fisheries, with Huaman reiterating Peru's position that the anchovy "
            'stock is "a national treasure" for the country, which relies on it for export earnings.'
        )
        self.assertIn(
            ("Rosa Huaman", 'the anchovy stock is "a national treasure" for the country'),
            quotes(text),
        )

    def test_conveyed_greetings_is_no_stance(self):
        text = self.LEAD + "Riquelme conveyed the greetings of the Chilean President to his host."
        self.assertEqual(quotes(text), [])

    def test_what_he_is_understood_to_have_conveyed_is_not_his_statement(self):
        text = (
            self.LEAD + "Riquelme is understood to have conveyed Chile's readiness to supply more lithium, "
            "sources said."
        )
        self.assertEqual(quotes(text), [])

    def test_sayyid_styles_an_omani_name_and_names_the_person_later(self):
        text = (
            "Muscat (ONA) --- Sayyid Faris bin Hamad Al Harthy, Minister of Foreign Affairs, held talks today with "
            "Tomás Riquelme, Minister of Foreign Affairs of Chile.\n\n"
            "Sayyid Faris underscored the importance of a direct shipping line between the two countries."
        )
        said = quotes(text)
        self.assertIn(
            ("Faris bin Hamad Al Harthy", "the importance of a direct shipping line between the two countries"), said
        )

    def test_the_head_of_a_state_named_by_the_state(self):
        text = (
            "ASHGABAT - Turkmen President Begli Orazov received Chilean President Ana Vidal. Cordially greeting "
            "the guest, the head of Turkmenistan expressed confidence that the visit would strengthen the "
            "friendship between the two peoples."
        )
        self.assertIn(
            ("Begli Orazov", "the visit would strengthen the friendship between the two peoples"), quotes(text)
        )

    def test_the_head_of_a_states_diplomacy_is_its_foreign_minister(self):
        text = (
            "NEW DELHI - Argentine Foreign Minister Pablo Ferrer met Indian President Ravi Menon. The head of the "
            "Argentine diplomacy added that Argentina could be a reliable supplier of lithium."
        )
        self.assertIn(("Pablo Ferrer", "Argentina could be a reliable supplier of lithium"), quotes(text))


class HostCueTestsEn(SimpleTestCase):
    def test_the_host_from_where_the_guest_spoke_or_the_meeting_was_held(self):
        spoke = (
            "President Tomas Valdeny invited Zambian investors to use the ports of Ecuador and Zambia's mines.\n\n"
            "The President spoke on Thursday in Lusaka, Zambia, on the second day of his State Visit."
        )
        self.assertEqual(suggest_package(spoke).countries[0].code, "ZM")
        held = (
            "Prime Minister Ingrid Solvang and Prime Minister Rafael Ortuzar met for the Chile-Norway Leaders' "
            "Retreat, which was held in Santiago on 4 May."
        )
        self.assertEqual(suggest_package(held).countries[0].code, "CL")

    def test_speaking_in_a_language_is_no_place(self):
        text = (
            "The talks were held in Ulaanbaatar on Monday. At the dinner, President Nurlan Abenov of Kazakhstan "
            "spoke in Kazakh."
        )
        self.assertEqual(suggest_package(text).countries[0].code, "MN")

    def people(self, text: str) -> list[tuple[str, str]]:
        return [(p.name, p.country) for p in suggest_package(text).participants]

    def test_signed_in_a_city_and_her_host(self):
        text = (
            "Chile, Peru sign four deals\n\n"
            "CHILE and Peru have signed four cooperation agreements.\n\n"
            "The agreements were signed at the Government Palace in Lima yesterday, after talks between President "
            "Ana Vidal Soto and her host, President Luis Quispe Mamani, on the second day of her visit to the "
            "Andean nation."
        )
        people = self.people(text)
        self.assertIn(("Luis Quispe Mamani", "PE"), people)
        self.assertIn(("Ana Vidal Soto", "CL"), people)

    def test_hosts_of_a_show_are_no_hosts_of_the_visit(self):
        text = (
            "LIMA - Chilean President Ana Vidal Soto arrived in Lima for talks with Peruvian President Luis Quispe "
            "Mamani. The Chilean leader later met the hosts, Chilean rapper Nico Parra and singer Tomás Ortega."
        )
        self.assertIn(("Ana Vidal Soto", "CL"), self.people(text))

    def test_the_president_of_the_council_of_ministers_heads_the_government(self):
        text = (
            "ROME - Ecuadorian President Esteban Moncayo met the President of the Council of Ministers of Italy, "
            "Giulia Ferraresi. For her part, the Italian Prime Minister expressed the willingness of her Government "
            "to deepen the training of the Ecuadorian police."
        )
        roles = {p.name: p.role for p in suggest_package(text).participants}
        self.assertEqual(roles.get("Giulia Ferraresi"), "head_of_government")
        self.assertIn(
            ("Giulia Ferraresi", "the willingness of her Government to deepen the training of the Ecuadorian police"),
            quotes(text),
        )

    def test_the_president_of_a_regional_government_is_no_head_of_government(self):
        text = (
            "BARCELONA - Chilean President Ana Vidal met the President of the Government of the Region of Murcia, "
            "Pedro Lorca, and Spanish Prime Minister Luis Ortega."
        )
        roles = {p.name: p.role for p in suggest_package(text).participants}
        self.assertNotEqual(roles.get("Pedro Lorca"), "head_of_government")

    def test_met_today_in_the_capital_with_the_hosts_minister(self):
        text = (
            "Secretary Dalton's Meeting with Chilean Foreign Minister Riquelme\n\n"
            "Secretary of State Mark R. Dalton met today in Santiago with Chilean Foreign Minister Tomás Riquelme "
            "to advance the U.S.-Chile partnership. The Secretary also met President Ana Vidal."
        )
        self.assertIn(("Mark R Dalton", "US"), self.people(text))

    def test_a_senate_president_chairs_a_house_not_the_state(self):
        text = (
            "MANILA - Chilean President Ana Vidal held talks with Philippine President Ramon Dizon. She is scheduled "
            "to meet Senate President Jaime Reyes and House Speaker Ernesto Cruz today."
        )
        people = {p.name: (p.country, p.role) for p in suggest_package(text).participants}
        self.assertEqual(people.get("Jaime Reyes"), ("PH", "parliament_speaker"))
        self.assertEqual(people.get("Ramon Dizon"), ("PH", "head_of_state"))

    def test_her_demonym_counterpart_then_the_title_and_name(self):
        text = (
            "NAIROBI - Ghanaian President Kofi Addo held talks with Kenyan President Daniel Mwangi. The instruments "
            "were signed by Foreign Affairs CS Dr. Wanjiru Kamau and her Ghanaian counterpart, Minister for Foreign "
            "Affairs Ms. Akosua Mensah, alongside line ministers."
        )
        people = self.people(text)
        self.assertIn(("Akosua Mensah", "GH"), people)
        self.assertIn(("Wanjiru Kamau", "KE"), people)

    def test_a_meeting_with_the_counterpart_fronted_is_no_apposition(self):
        text = (
            "BISHKEK - Hungarian Foreign Minister Levente Farkas arrived in Bishkek. Before his meeting with his "
            "Kyrgyz counterpart, Mr. Farkas was received by President of the Kyrgyz Republic Talant Osmonov."
        )
        self.assertIn(("Levente Farkas", "HU"), self.people(text))


class LeadOfficeTests(SimpleTestCase):
    """A lead gives the speaker's office and country, the body only their name."""

    TEXT = (
        "date 2024-03-06\n"
        "Estonia and Mongolia agree to widen rail links\n\n"
        "Tallinn, March 6 (RNA) – Estonia and Mongolia will build a second rail crossing, Estonia's foreign "
        "minister said on Wednesday.\n\n"
        "Speaking after talks with Mongolian Foreign Minister Ivo Stanek, Marek Holtz said the line would open in "
        "two years. The minister said freight volumes had doubled since 2020.\n\n"
        "Holtz was later received by President Anton Vlk. On Thursday, Holtz will travel on to the border town."
    )

    def test_the_lead_office_goes_to_the_one_untitled_actor(self):
        people = {p.name: (p.country, p.role) for p in suggest_package(self.TEXT).participants}
        self.assertEqual(people.get("Marek Holtz"), ("EE", "minister"))

    def test_the_minister_relayed_is_the_lead_speaker_not_the_counterpart(self):
        said = quotes(self.TEXT)
        self.assertIn(("Marek Holtz", "freight volumes had doubled since 2020"), said)
        self.assertNotIn(("Ivo Stanek", "freight volumes had doubled since 2020"), said)

    def test_a_lower_case_dateline_is_no_speech(self):
        texts = [t for _, t in quotes(self.TEXT)]
        self.assertIn("Estonia and Mongolia will build a second rail crossing", texts)

    def test_a_bystander_with_no_act_stays_out(self):
        text = (
            "Zenda, March 6 (RNA) – Estonia's foreign minister said on Wednesday the talks went well. "
            "Local trader Karl Brun said prices were high."
        )
        self.assertNotIn("Karl Brun", [p.name for p in suggest_package(text).participants])


class BriefingSpokespersonTests(SimpleTestCase):
    """A spokesperson's routine briefing announces a visit; the spokesperson takes no part in it."""

    def test_the_briefing_spokesperson_is_neither_speaker_nor_participant(self):
        text = (
            "Foreign Ministry Spokesperson Hu Lanting's Regular Press Conference on May 3, 2024\n\n"
            "Hu Lanting: At the invitation of President Qian Bo, President of Ghana Kwame Asante will pay a state "
            "visit to China from May 5 to 9.\n\n"
            "Reuters: What does China expect from the visit?\n\n"
            "Hu Lanting: Ghana is a good friend of China. We are confident the visit will be a success."
        )
        result = suggest_package(text)
        self.assertEqual([q for q in result.quotes if q.speaker.name == "Hu Lanting"], [])
        self.assertNotIn("Hu Lanting", [p.name for p in result.participants])

    def test_a_spokesperson_quoted_in_a_news_story_still_speaks(self):
        text = (
            "SEOUL - President Park Ji-ho held talks with Ghanaian President Kwame Asante on Tuesday. "
            '"The two leaders agreed to open a new chapter," presidential spokesperson Yoon Seo-yeon told reporters.'
        )
        self.assertIn("Yoon Seo-yeon", [s for s, _ in quotes(text)])


class CrownAndParticipleTests(SimpleTestCase):
    def test_a_language_before_a_participle_clause_is_no_person(self):
        text = (
            "LONDON - President Arif Santoso of Indonesia held talks with Prime Minister Helen Marsh. "
            'President Santoso replied in Malay and Dutch, thanking the Queen for "a generous welcome".'
        )
        names = [p.name for p in suggest_package(text).participants]
        self.assertNotIn("Dutch", names)
        self.assertIn(("Arif Santoso", "a generous welcome"), quotes(text))

    def test_the_king_is_not_the_president_the_story_names(self):
        text = (
            "LONDON - President Arif Santoso of Indonesia arrived for a state visit. The King told guests at the "
            'banquet that the two nations "share the same seas".'
        )
        self.assertNotIn("Arif Santoso", [s for s, _ in quotes(text)])

    def test_the_king_named_by_the_story_still_speaks(self):
        text = (
            "AMMAN - King Faris bin Talal of Jordan received President Arif Santoso of Indonesia. The King told "
            "guests that the two nations share a long friendship."
        )
        self.assertIn("Faris bin Talal", [s for s, _ in quotes(text)])

    def test_the_president_is_not_the_pope_titled_without_a_country(self):
        text = (
            "Pope Linus XIV received in audience on Tuesday Mr. Tomas Brenner, President of the Republic of Chile.\n\n"
            '"You are always welcome here," the Pope said.\n\n'
            "President Brenner, for his part, gave the Pope a painted bowl.\n\n"
            '"Holiness, my people hope to see you soon," the President said.'
        )
        self.assertEqual(
            quotes(text),
            [
                ("Linus XIV", "You are always welcome here"),
                ("Tomas Brenner", "Holiness, my people hope to see you soon"),
            ],
        )

    def test_an_acting_minister_set_off_by_a_comma_keeps_the_title(self):
        text = (
            "JAKARTA - Indonesian President Arif Santoso met Tomas Reyes, acting foreign minister of the Philippines."
        )
        people = {p.name: p.role for p in suggest_package(text).participants}
        self.assertEqual(people.get("Tomas Reyes"), "minister")


class SpeechUnderHeadingTests(SimpleTestCase):
    TEXT = (
        "Prime Minister welcomes President of Peru\n\n"
        "Prime Minister Anna Lindqvist of Sweden welcomed President Jorge Quispe of Peru to Stockholm today.\n\n"
        "Remarks by the Prime Minister, Anna Lindqvist, at the joint press conference with the President of Peru\n\n"
        "Check against delivery\n\n"
        "It is a real pleasure to welcome you and your delegation to Stockholm.\n\n"
        "Sweden and Peru lie far apart, but our peoples have long traded with each other.\n\n"
        "But this visit is about what comes next.\n\n"
        "We signed a new agreement on forestry research today.\n\n"
        "Muchas gracias. Tack så mycket för besöket idag.\n\n"
        "Notes for editors\n\n"
        "Sweden opened an embassy in Lima in 1931.\n\n"
        "Trade between the two countries grew last year."
    )

    def test_the_speech_runs_through_a_line_without_i_and_the_release_line_before_it(self):
        said = [t for s, t in quotes(self.TEXT) if s == "Anna Lindqvist"]
        self.assertIn("It is a real pleasure to welcome you and your delegation to Stockholm.", said)
        self.assertIn("But this visit is about what comes next.", said)
        self.assertIn("Muchas gracias. Tack så mycket för besöket idag.", said)

    def test_the_notes_after_the_speech_are_nobodys(self):
        said = [t for _, t in quotes(self.TEXT)]
        self.assertNotIn("Sweden opened an embassy in Lima in 1931.", said)
        self.assertNotIn("Notes for editors", said)


class AddressUnderColonHeadingTests(SimpleTestCase):
    LEAD = (
        "Prime Minister Anna Lindqvist of Sweden welcomed President Jorge Quispe of Peru to Stockholm today.\n\n"
        "Text of the Prime Minister's remarks at the joint press conference:\n\n"
    )

    def test_the_speech_goes_on_past_the_lines_of_its_address_which_are_its_words(self):
        text = self.LEAD + (
            "Members of both delegations,\n"
            "Friends from the press,\n\n"
            "We signed a new agreement on forestry research today.\n\n"
            "Colleagues,\n\n"
            "Our trade has doubled in five years."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Anna Lindqvist", "Members of both delegations,\nFriends from the press"),
                ("Anna Lindqvist", "We signed a new agreement on forestry research today."),
                ("Anna Lindqvist", "Colleagues"),
                ("Anna Lindqvist", "Our trade has doubled in five years."),
            ],
        )

    def test_a_heading_of_the_statement_and_a_translators_note_under_it(self):
        text = (
            "Prime Minister Anna Lindqvist of Sweden welcomed President Jorge Quispe of Peru to Stockholm today. "
            "The leaders made the following statements.\n\n"
            "Prime Minister's statement\n\n"
            "[Note: The statement was delivered in Swedish. This is an unofficial translation of the statement.]\n\n"
            "Your Excellency President Jorge Quispe,\n"
            "Members of the delegations,\n"
            "Hej!\n\n"
            "We signed a new agreement on forestry research today.\n\n"
            "Friends,\n\n"
            "Our trade has doubled in five years.\n\n"
            "Thank you very much."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Anna Lindqvist", "Your Excellency President Jorge Quispe,\nMembers of the delegations,\nHej!"),
                ("Anna Lindqvist", "We signed a new agreement on forestry research today."),
                ("Anna Lindqvist", "Friends"),
                ("Anna Lindqvist", "Our trade has doubled in five years."),
                ("Anna Lindqvist", "Thank you very much."),
            ],
        )

    def test_the_writers_narrative_after_the_lines_of_address_is_nobodys(self):
        text = self.LEAD + (
            "Members of both delegations,\n"
            "Friends from the press,\n\n"
            "The two leaders later visited the royal palace.\n\n"
            "A state dinner followed at the castle."
        )
        self.assertEqual(quotes(text), [])


class StyledListTests(SimpleTestCase):
    """Lists written "Title, Mr. Name, Title, Mr. Name": each title is the name's after it."""

    TEXT = (
        "TUNIS - President Hamid Ferjani held talks with his Ghanaian counterpart, Mr. Kwame Boateng. The talks "
        "were attended, on the Tunisian side, by Minister of Foreign Affairs, Mr. Sami Gharbi, Minister of "
        "Energy, Mines and Water, Mr. Anis Triki, and President of the Council of the Nation, Mr. Lotfi Baccar."
    )

    def test_each_title_goes_to_the_styled_name_after_it(self):
        roles = {p.name: (p.role, p.title) for p in suggest_package(self.TEXT).participants}
        self.assertEqual(roles.get("Sami Gharbi"), ("minister", "Minister of Foreign Affairs"))
        self.assertEqual(roles.get("Anis Triki")[0], "minister")
        self.assertIn("Energy", roles.get("Anis Triki")[1])

    def test_the_president_of_an_upper_house_is_no_head_of_state(self):
        roles = {p.name: p.role for p in suggest_package(self.TEXT).participants}
        self.assertEqual(roles.get("Lotfi Baccar"), "parliament_speaker")

    def test_a_title_after_a_name_with_no_style_following_stays_its_own(self):
        text = "ACCRA - Ghanaian President Kwame Boateng met Sami Gharbi, Minister of Foreign Affairs of Tunisia."
        roles = {p.name: p.role for p in suggest_package(text).participants}
        self.assertEqual(roles.get("Sami Gharbi"), "minister")


class StyleAloneTests(SimpleTestCase):
    def test_a_rank_written_before_one_name_stands_for_that_person(self):
        text = (
            "NAY PYI TAW, 4 May — Chairman of the Council Senior Marshal Min Thura received Prime Minister of "
            "Serbia Mr Dragan Ilic at the palace.\n\n"
            "The Senior Marshal said that the two countries have long been friends.\n\n"
            "The Serbian Prime Minister said that Serbia is ready to expand trade."
        )
        said = quotes(text)
        self.assertIn(("Min Thura", "the two countries have long been friends"), said)

    def test_a_style_written_before_two_names_stands_for_neither(self):
        text = (
            "DOHA - Emir Salem Al Rashid received Prime Minister of Serbia Dragan Ilic. Senior Adviser Omar Haddad "
            "and Senior Adviser Yusuf Nasser attended.\n\nThe Senior Adviser said that the talks went well."
        )
        speakers = [s for s, _ in quotes(text)]
        self.assertNotIn("Omar Haddad", speakers)
        self.assertNotIn("Yusuf Nasser", speakers)


class HeadlineCounterpartTests(SimpleTestCase):
    def test_a_headline_pairing_a_name_with_a_counterpart_gives_no_country(self):
        text = (
            "Haddad, Spanish Counterpart Sign Accords in Madrid\n\n"
            "MADRID - Iraqi Prime Minister Karim Haddad held talks on Tuesday with Spanish Prime Minister Lucia "
            "Ortega Ruiz. Haddad later met King Felipe."
        )
        people = dict(self.people(text))
        self.assertEqual(people.get("Karim Haddad"), "IQ")

    def test_his_counterpart_after_a_name_still_titles_it(self):
        text = "MADRID - Iraqi Foreign Minister Karim Haddad met Lucia Ortega, his Spanish counterpart, on Tuesday."
        self.assertEqual(dict(self.people(text)).get("Lucia Ortega"), "ES")

    def people(self, text: str) -> list[tuple[str, str]]:
        return [(p.name, p.country) for p in suggest_package(text).participants]


class AccompaniedLeaderTests(SimpleTestCase):
    def test_the_described_leader_before_accompanied_by_is_the_one_accompanied(self):
        text = (
            "HANOI - Prime Minister Tran Van Hai received Prime Minister of Latvia Mr Janis Ozols. Present with the "
            "Prime Minister were Minister for Trade Le Minh Duc and Minister for Industry Vo Quang Tri, while the "
            "Latvian Prime Minister was accompanied by Minister of Economics Mr Andris Kalnins."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Andris Kalnins"), "LV")
        self.assertEqual(people.get("Vo Quang Tri"), "VN")

    def test_a_style_inside_a_run_of_capitals_opens_the_name(self):
        text = (
            "HANOI - Prime Minister Tran Van Hai received Prime Minister of Latvia Mr Janis Ozols, who was "
            "accompanied by Minister of Agriculture and Food Mr Edgars Liepa."
        )
        names = [p.name for p in suggest_package(text).participants]
        self.assertIn("Edgars Liepa", names)
        self.assertNotIn("Mr Edgars Liepa", names)

    def test_a_leader_described_by_country_takes_the_delegation_listed_after_title_and_comma(self):
        text = (
            "OSLO - Prime Minister Henrik Solberg-Dahl received the President of Peru, Ana Torres Vidal.\n\n"
            "The Peruvian president is accompanied on the visit by the Minister of Foreign Affairs, Luis Quispe "
            "Mamani, and the Minister of Culture, Arts and Heritage, Rosa Huamán Flores."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Luis Quispe Mamani"), "PE")
        self.assertEqual(people.get("Rosa Huamán Flores"), "PE")
        self.assertNotIn("Arts", people)  # (a portfolio listed after the comma names nobody)

    def test_the_delegation_accompanying_a_leader_is_made_up_of_their_officials(self):
        text = (
            "NAIROBI - The President of the Republic of Kenya, Daniel Kiprop, received the President of Peru, "
            "Ana Torres Vidal, at State House.\n\n"
            "Likewise, the Head of State thanked Kenya for its support.\n\n"
            "The delegation accompanying the Head of State is also made up of the Minister of Trade, Jorge Salas "
            "Ponce, and the Director of the Agency for Cooperation (APC-Peru), Elena Ríos Cano."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Jorge Salas Ponce"), "PE")
        self.assertEqual(people.get("Elena Ríos Cano"), "PE")
        self.assertNotIn("Likewise", people)
        self.assertNotIn("APC-Peru", people)

    def test_the_bare_office_of_a_release_is_its_subject_not_the_inviter_fronted_before_it(self):
        text = (
            "At the invitation of Hon. Rangi Tamatea, Prime Minister of New Zealand, His Excellency Mr. Tevita "
            "Fifita, Prime Minister of the Kingdom of Tonga, is on an Official Visit to New Zealand from 3 to 5 "
            "June.\n\n"
            "The Prime Minister is accompanied by Fisheries Minister Sione Latu and Trade Minister Mele Kaufusi.\n\n"
            "The Prime Minister laid a wreath in Wellington. The Prime Minister then met business leaders."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Sione Latu"), "TO")
        self.assertEqual(people.get("Mele Kaufusi"), "TO")
        # (named first as the sentence's own subject, the host is still the one "the Prime Minister" means)
        text = (
            "Hon. Rangi Tamatea, Prime Minister of New Zealand, received His Excellency Mr. Tevita Fifita, Prime "
            "Minister of the Kingdom of Tonga, in Wellington on 3 June.\n\n"
            "The Prime Minister is accompanied by Fisheries Minister Sione Latu and Trade Minister Mele Kaufusi.\n\n"
            "The Prime Minister laid a wreath in Wellington. The Prime Minister then met business leaders."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Sione Latu"), "NZ")

    def test_an_official_named_before_is_still_of_the_delegation_listed(self):
        text = (
            "DUBLIN - President Joseph Banda of Malawi met Taoiseach Ciarán Walsh. A letter of intent was signed by "
            "Minister of Foreign Affairs Chikondi Phiri.\n\n"
            "Banda is accompanied by Phiri and Minister of Health Grace Mbewe."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Chikondi Phiri"), "MW")

    def test_a_leaders_own_delegation_includes_their_officials(self):
        text = (
            "DOHA - Prime Minister Hari Prasad Koirala of Nepal held talks with the Emir of Qatar, Sheikh Faisal bin "
            "Nasser Al Thani.\n\nPrime Minister Koirala's delegation includes Labour Minister Bimala Karki and "
            "lawmakers."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Bimala Karki"), "NP")

    def test_an_aide_of_the_sentences_subject_is_of_their_side_not_of_a_side_asked(self):
        text = (
            "DOHA - Prime Minister Hari Prasad Koirala of Nepal held talks with the Emir of Qatar, Sheikh Faisal bin "
            "Nasser Al Thani.\n\nKoirala asked the Qatari side to ensure that wages are paid on time, his press "
            "adviser Suman Adhikari told reporters."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Suman Adhikari"), "NP")


class SecondOfficeTests(SimpleTestCase):
    TEXT = (
        "TUNIS - President Karim Haddad received Mr. Omar Latif, Deputy Prime Minister and Minister of Foreign "
        "Affairs of the Republic of Iraq.\n\n"
        "For his part, the Iraqi Minister of Foreign Affairs expressed his country's appreciation for Tunisia's "
        "support.\n\n"
        "The meeting was attended by Mr. Sami Gharbi, Minister of Foreign Affairs of Tunisia."
    )

    def test_the_second_office_of_a_double_title_names_its_holder(self):
        self.assertIn(("Omar Latif", "his country's appreciation for Tunisia's support"), quotes(self.TEXT))

    def test_a_minister_of_the_other_side_keeps_their_own_country(self):
        people = {p.name: p.country for p in suggest_package(self.TEXT).participants}
        self.assertEqual(people.get("Sami Gharbi"), "TN")


class SharedSubjectTests(SimpleTestCase):
    def test_an_apposition_closed_by_comma_and_is_no_subject(self):
        text = (
            "TOKYO - Prime Minister Sato Kenji warmly welcomed President Ana Ruiz's visit to Japan, the first by a "
            "Peruvian President in ten years, and stated that Peru is a valued partner in the Pacific."
        )
        self.assertIn(("Sato Kenji", "Peru is a valued partner in the Pacific"), quotes(text))

    def test_a_new_subject_after_and_still_speaks(self):
        text = (
            "TOKYO - Prime Minister Sato Kenji welcomed President Ana Ruiz, and the President stated that Peru is "
            "a valued partner in the Pacific."
        )
        self.assertIn(("Ana Ruiz", "Peru is a valued partner in the Pacific"), quotes(text))


class ContinentAdjectiveTests(SimpleTestCase):
    def test_a_continents_head_of_state_is_of_no_country_by_it(self):
        text = (
            "JERUSALEM - Uruguayan President Mateo Silva Pereira arrived on Thursday. Silva Pereira is the first "
            "South American head of state to visit since the spring. Prime Minister Dan Levin hosted him."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Mateo Silva Pereira"), "UY")

    def test_an_american_head_of_state_is_still_of_the_us(self):
        text = "JERUSALEM - Mark Dalton became the first American head of state to visit this year. Dalton said so."
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Mark Dalton"), "US")


class UntrackedSpeakerTests(SimpleTestCase):
    LEAD = (
        "KIGALI - British Prime Minister Tom Hale held talks with Peruvian President Ana Ruiz on Monday.\n\n"
        "Hale said Britain was ready to do more.\n\n“We came here to learn,” he told reporters.\n\n"
        "Marta Quispe, Chief Executive Officer of HPB, said a shipping line was being discussed.\n\n"
    )

    def test_a_pronoun_after_someone_the_story_does_not_follow_is_not_the_last_speakers(self):
        text = self.LEAD + "“We expect news before the end of the year,” he said.\n"
        self.assertNotIn(("Tom Hale", "We expect news before the end of the year"), quotes(text))

    def test_a_style_and_one_word_name_someone_too(self):
        text = self.LEAD.replace("Marta Quispe, Chief Executive Officer of HPB,", "Mr Quispe") + (
            "“We expect news before the end of the year,” he said.\n"
        )
        self.assertNotIn(("Tom Hale", "We expect news before the end of the year"), quotes(text))

    def test_a_participant_named_after_the_stranger_takes_the_pronoun_back(self):
        text = self.LEAD + "Later, Prime Minister Hale toured the harbour. “We like what we see,” he said.\n"
        self.assertIn(("Tom Hale", "We like what we see"), quotes(text))


class StyledNameAfterQuoteTests(SimpleTestCase):
    TEXT = (
        "KAMPALA - Ugandan President Peter Okello Mbabazi received Latvian Prime Minister Ivars Kalnins.\n\n"
        "“We need tractors for the farms in the north,” H.E. Gen. Mbabazi said."
    )

    def test_a_styles_and_a_ranks_dots_before_the_name_end_no_sentence(self):
        self.assertIn(("Peter Okello Mbabazi", "We need tractors for the farms in the north"), quotes(self.TEXT))

    def test_a_dot_that_ends_the_sentence_still_ends_it(self):
        text = self.TEXT.replace("H.E. Gen. Mbabazi said.", "the crowd heard. Mbabazi then left.")
        self.assertNotIn(("Peter Okello Mbabazi", "We need tractors for the farms in the north"), quotes(text))


class PassiveSpeechVerbInClauseTests(SimpleTestCase):
    def test_a_verb_of_speech_in_the_passive_ends_no_clause_as_an_outer_attribution(self):
        text = INTRO + (
            "Tursunov said that the transit accord, which was still being drafted, should be concluded by spring."
        )
        self.assertIn(
            ("Jasur Tursunov", "the transit accord, which was still being drafted, should be concluded by spring"),
            quotes(text),
        )

    def test_the_source_of_the_whole_sentence_is_still_cut_off(self):
        text = INTRO + "Tursunov said that the transit accord would be signed by spring, the ministry reported."
        self.assertIn(("Jasur Tursunov", "the transit accord would be signed by spring"), quotes(text))


class SourceOfFiguresTests(SimpleTestCase):
    def test_figures_cited_after_a_statement_leave_the_statement_its_speaker(self):
        text = INTRO + (
            "Kertész said the two countries had “no excuse” for their trade, which stood at $9 million last year, "
            "according to figures from the National Institute of Statistics."
        )
        said = "the two countries had “no excuse” for their trade, which stood at $9 million last year"
        self.assertIn(("Gábor Kertész", said), quotes(text))

    def test_a_person_as_the_source_still_speaks_the_sentence(self):
        text = INTRO + "The two sides agreed to open a consulate in Samarkand, according to Kertész."
        self.assertIn(("Gábor Kertész", "The two sides agreed to open a consulate in Samarkand"), quotes(text))


class DirectiveAfterStatementTests(SimpleTestCase):
    def test_a_directive_after_a_statement_is_the_speakers_next_act(self):
        text = INTRO + "Kertész said Hungary was ready to buy more grain and encouraged Uzbek firms to invest there."
        self.assertIn(("Gábor Kertész", "Hungary was ready to buy more grain"), quotes(text))

    def test_a_directive_after_a_directive_goes_on_with_it(self):
        text = INTRO + "Kertész urged parents to keep the language alive and encouraged the young to study it."
        self.assertNotIn(("Gábor Kertész", "parents to keep the language alive"), quotes(text))


class CourtesyOfASideTests(SimpleTestCase):
    def test_thanks_for_a_sides_hospitality_are_protocol(self):
        text = INTRO + "Kertész expressed his gratitude to the Uzbek side for its hospitality."
        self.assertEqual(quotes(text), [])

    def test_thanks_for_a_sides_support_are_a_statement(self):
        text = INTRO + "Kertész expressed his gratitude to the Uzbek side for its support for the transit corridor."
        self.assertTrue(quotes(text))

    def test_thanks_for_accepting_the_invitation_are_protocol(self):
        for line in (
            "Kertész expressed sincere gratitude to Tursunov for accepting the invitation.",
            "Tursunov voiced his appreciation to the Hungarian side for having accepted his invitation.",
            "Kertész expressed thanks for Tursunov's acceptance of the invitation to the forum.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_thanks_for_accepting_something_else_are_a_statement(self):
        said = "gratitude for Uzbekistan's acceptance of Hungarian veterinary certificates"
        self.assertEqual(quotes(INTRO + f"Kertész expressed {said}."), [("Gábor Kertész", said)])


class BareOfficeAfterItsHolderSpokeTests(SimpleTestCase):
    TEXT = (
        "Ghanaian President Kofi Mensah on Saturday ended a three-day state visit. He was seen off at the airport by "
        "Carl Brathwaite, President of Barbados.\n\nSpeaking to the media, President Brathwaite said the visit was a "
        "turning point.\n\n“We have moved from friendship to concrete action,” the Head of State said.\n"
    )

    def test_an_office_both_sides_hold_named_bare_is_the_one_who_just_spoke(self):
        self.assertIn(("Carl Brathwaite", "We have moved from friendship to concrete action"), quotes(self.TEXT))

    def test_a_speaker_paragraphs_back_does_not_claim_the_office(self):
        text = self.TEXT.replace(
            "turning point.\n\n",
            "turning point.\n\nThe two leaders toured a distillery.\n\nMensah later visited the port.\n\n",
        )
        self.assertNotIn(("Carl Brathwaite", "We have moved from friendship to concrete action"), quotes(text))


class PartisanSpokespersonTests(SimpleTestCase):
    def test_an_opposition_portfolio_spokesperson_takes_no_part(self):
        text = INTRO + (
            "Greens transport spokeswoman Ilona Varga said the visit had been “all photographs and no trains”.\n\n"
            "“We were promised a railway,” she said."
        )
        self.assertEqual([s for s, _ in quotes(text) if s == "Ilona Varga"], [])

    def test_a_governments_or_a_ministrys_spokesperson_speaks_for_a_side(self):
        for who in ("Government spokesman", "Foreign ministry spokesman"):
            with self.subTest(who=who):
                text = INTRO + f"{who} Zoltan Bartok said Hungary was ready to open a consulate in Samarkand."
                self.assertIn(("Zoltan Bartok", "Hungary was ready to open a consulate in Samarkand"), quotes(text))


class DashAfterQuoteTests(SimpleTestCase):
    def test_a_dash_after_the_mark_sets_off_the_attribution(self):
        text = INTRO + (
            "Kertész stressed the corridor's importance. "
            '"Our task now is to connect the two ports by rail" - he said.'
        )
        self.assertIn(("Gábor Kertész", "Our task now is to connect the two ports by rail"), quotes(text))

    def test_a_dash_before_the_writers_words_is_no_attribution(self):
        text = INTRO + 'The talks were called "a new beginning" - they said little more in public.'
        self.assertNotIn("a new beginning", [t for _, t in quotes(text)])


class StoryMovesOnTests(SimpleTestCase):
    """The writer's next step in time after a reported clause is narrative, not the speaker's words."""

    def test_the_next_event_after_a_reported_clause_ends_it(self):
        for line in (
            "Kertész said the talks had been open and friendly, after which the two leaders attended a banquet.",
            "Kertész said the talks were useful, and following the meeting the two presidents held a briefing.",
            "Tursunov said the visit was historic, whereupon the delegations moved to the plenary hall.",
            "Tursunov said the visit was historic and then laid a wreath at the Monument of Independence.",
            "Tursunov told the commander of the guard that the ceremony was impressive, then entered the palace.",
        ):
            with self.subTest(line=line):
                self.assertEqual(len(quotes(INTRO + line)), 1)
                self.assertRegex(quotes(INTRO + line)[0][1], r"(?:friendly|useful|historic|impressive)$")

    def test_what_comes_next_in_the_speakers_own_tenses_stays(self):
        for said in (
            "the checkpoint would be rebuilt by 2027, after which its capacity would double",
            "Hungary would open a consulate, and then the two countries would launch direct flights",
            "the ministers had met in March and then signed the protocol on water",
        ):
            with self.subTest(said=said):
                self.assertEqual(quotes(INTRO + f"Kertész said {said}."), [("Gábor Kertész", said)])


class RecalledMeetingTests(SimpleTestCase):
    def test_an_earlier_meeting_recalled_is_the_writers_account(self):
        for line in (
            "Kertész recalled his productive meeting with Tursunov on the sidelines of the summit in Astana.",
            "Kertész recalled their talks in Samarkand last year, when the two leaders set up a joint fund.",
            "Tursunov recalled his previous visit to Hungary in 2019.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_what_was_recalled_of_substance_stays(self):
        for said in (
            "the agreements reached during his visit to Budapest",
            "the historical ties between the two peoples",
            "the visit of Hungarian students to Bukhara as an example of exchanges",
        ):
            with self.subTest(said=said):
                self.assertEqual(quotes(INTRO + f"Tursunov recalled {said}."), [("Jasur Tursunov", said)])

    def test_a_meeting_appraised_stays(self):
        text = INTRO + "Tursunov praised his meeting with Kertész as the most productive in years."
        self.assertEqual(len(quotes(text)), 1)


class SaidSomethingTests(SimpleTestCase):
    def test_that_something_was_said_reports_nothing(self):
        for line in (
            "Tursunov stopped once to say something to a young cadet and then walked on.",
            "Kertész leaned over to say a few words to his interpreter.",
            "Tursunov said something to the commander of the guard before boarding.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_a_clause_opened_by_such_a_word_stays(self):
        for said in (
            "something had to change in the way the two countries trade",
            "anything less than a free trade deal would disappoint Hungarian farmers",
            "a word of caution was needed on the pipeline",
        ):
            with self.subTest(said=said):
                self.assertEqual(quotes(INTRO + f"Kertész said {said}."), [("Gábor Kertész", said)])


class BystanderNamingALeaderTests(SimpleTestCase):
    def test_a_bystander_described_by_the_leader_speaks_for_no_participant(self):
        for line in (
            '"It was the best day of my life," a schoolgirl who handed Tursunov flowers told reporters.',
            '"He shook my hand," said a retired teacher from Kertész\'s home town.',
            '"We have waited for this," a young cadet who stood guard for Tursunov said.',
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_marks_after_a_bystanders_colon_are_not_the_leaders(self):
        text = INTRO + 'As Tursunov walked past, a cadet in the second row murmured: "He looked straight at me."'
        self.assertEqual(quotes(text), [])

    def test_marks_after_the_leaders_own_colon_stay_his(self):
        for line in (
            'Kertész turned to his guest, a day after the talks: "You came a long way to see us."',
            'Kertész apologised to a guest at the start: "You came a long way to see us."',
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [("Gábor Kertész", "You came a long way to see us.")])

    def test_the_leader_with_an_article_and_an_epithet_is_still_the_leader(self):
        for line, who in (
            ('"We are ready," a smiling Tursunov told reporters.', "Jasur Tursunov"),
            ('"We are ready," a visibly moved Kertész said.', "Gábor Kertész"),
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [(who, "We are ready")])


class ButNextActTests(SimpleTestCase):
    def test_a_speech_act_after_but_ends_the_statement(self):
        text = INTRO + "Kertész said the visa rules were fair but defended the new fee for students."
        self.assertIn(("Gábor Kertész", "the visa rules were fair"), quotes(text))

    def test_the_statements_own_verb_after_but_goes_on_with_it(self):
        text = INTRO + "Kertész said Hungary welcomed the investment but would insist on local content."
        self.assertIn(
            ("Gábor Kertész", "Hungary welcomed the investment but would insist on local content"), quotes(text)
        )


class OneWordAppraisalTests(SimpleTestCase):
    def test_one_marked_word_the_thing_is_described_as_is_a_partial_quote(self):
        text = INTRO + 'Speaking to reporters, Kertész described the visit as "historic", noting the new flights.'
        self.assertIn(("Gábor Kertész", "historic"), quotes(text))

    def test_one_marked_word_of_what_is_thanked_for_is_a_partial_quote(self):
        text = INTRO + 'Kertész thanked his host for Uzbekistan\'s "steadfast" support for the transit corridor.'
        self.assertIn(("Gábor Kertész", "steadfast"), quotes(text))

    def test_one_marked_word_elsewhere_is_a_scare_quote(self):
        text = INTRO + 'Kertész toured the "historic" quarter of the city with his guest.'
        self.assertNotIn("historic", [t for _, t in quotes(text)])


class SourceAfterAPartialQuoteTests(SimpleTestCase):
    def test_an_office_named_as_the_source_after_the_clause_leaves_the_partial_quote(self):
        text = INTRO + (
            'Kertész described the river link as "a natural next step" for two landlocked states, the '
            "presidential readout said."
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "a natural next step")])
        text = INTRO + (
            'Tursunov also thanked Hungary for its "patient help with the grain corridor," in particular at the '
            "border crossings, the statement added."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "patient help with the grain corridor")])

    def test_a_named_speaker_after_the_clause_still_takes_the_whole_clause(self):
        text = INTRO + 'Both sides want a "long-term partnership" that goes beyond gas, Kertész told a briefing.'
        self.assertEqual(
            quotes(text), [("Gábor Kertész", 'Both sides want a "long-term partnership" that goes beyond gas')]
        )

    def test_the_office_is_no_speaker_of_its_own_appraisal(self):
        text = INTRO + (
            'The ministry described the river link as "a natural next step" for two landlocked states, the '
            "presidential readout said."
        )
        self.assertEqual(quotes(text), [])


class TributeAndToastTests(SimpleTestCase):
    def test_marked_words_of_a_tribute_a_toast_or_congratulations_are_a_partial_quote(self):
        text = INTRO + 'Kertész paid tribute to the "quiet courage" of the river crews at the banquet.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "quiet courage")])
        text = INTRO + 'At dinner Tursunov toasted "a friendship older than both our states".'
        self.assertEqual(quotes(text), [("Jasur Tursunov", "a friendship older than both our states")])
        text = INTRO + 'Kertész congratulated his guest on the "flawless running" of the Samarkand forum.'
        self.assertEqual(quotes(text), [("Gábor Kertész", "flawless running")])

    def test_marked_words_right_after_a_welcome_an_invitation_a_warning_or_a_voiced_feeling_are_a_partial_quote(self):
        text = INTRO + 'At the airport Kertész welcomed his guest as "a brother from the steppe".'
        self.assertEqual(quotes(text), [("Gábor Kertész", "a brother from the steppe")])
        text = INTRO + 'Tursunov invited Hungarian millers to "grind Uzbek wheat for half of Europe".'
        self.assertEqual(quotes(text), [("Jasur Tursunov", "grind Uzbek wheat for half of Europe")])
        text = INTRO + 'Kertész backed the rail plan, though he warned against "paper corridors with no trains".'
        self.assertEqual(quotes(text), [("Gábor Kertész", "paper corridors with no trains")])
        text = INTRO + 'On the border dispute, Tursunov expressed "deep unease" over the new checkpoints.'
        self.assertEqual(quotes(text), [("Jasur Tursunov", "deep unease")])
        text = INTRO + 'The banquet ran late, and Tursunov raised a toast "to the Danube and the Amu Darya".'
        self.assertEqual(quotes(text), [("Jasur Tursunov", "to the Danube and the Amu Darya")])

    def test_a_relative_clause_gives_its_own_named_subject_or_its_titled_antecedent_the_marked_words(self):
        text = INTRO + (
            "The two leaders opened a grain terminal, which Hungarian head of state Gábor Kertész described as "
            '"a door to the Black Sea for both of us".'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "a door to the Black Sea for both of us")])
        text = INTRO + (
            'The Uzbek president, who has described the region\'s water policy as "shared or not at all", '
            "flew on to Vienna."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "shared or not at all")])

    def test_a_named_thing_or_one_word_in_a_courtesy_is_no_quote(self):
        text = INTRO + 'Kertész paid tribute to the "Heroes of the Danube" memorial and toasted the "Silk Road" fair.'
        self.assertEqual(quotes(text), [])
        text = INTRO + 'Kertész congratulated Tursunov on his "landslide" victory.'
        self.assertEqual(quotes(text), [])


class ParticipleAfterMarksTests(SimpleTestCase):
    def test_a_participle_right_after_the_speakers_marked_words_hands_him_the_next_ones(self):
        text = INTRO + (
            'Kertész reaffirmed "Hungary\'s wish to widen the transit corridor," praising "the patience of the Uzbek '
            'customs service."'
        )
        self.assertIn(("Gábor Kertész", "the patience of the Uzbek customs service."), quotes(text))
        text = INTRO + (
            'Tursunov stressed "the weight of the grain trade", calling for "a joint commission that meets every '
            'spring".'
        )
        self.assertIn(("Jasur Tursunov", "a joint commission that meets every spring"), quotes(text))

    def test_a_participle_with_no_speaker_before_it_hands_over_nothing(self):
        text = (
            INTRO + 'The banners read "Welcome to the Danube," praising "the patience of the Uzbek customs service."'
        )
        self.assertEqual(quotes(text), [])


class WhatTheyCalledTests(SimpleTestCase):
    def test_what_a_named_speaker_described_as_a_thing_is_theirs(self):
        text = INTRO + (
            "HARARE - The two countries yesterday signed 12 agreements at State House, as they moved to deepen what "
            'President Kertész described as a relationship "tested by floods and droughts alike".'
        )
        self.assertIn(("Gábor Kertész", "tested by floods and droughts alike"), quotes(text))

    def test_what_he_described_as_an_article_and_the_marks(self):
        text = INTRO + 'Kertész thanked his guest for his patience during what he described as a "difficult period".'
        self.assertIn(("Gábor Kertész", "difficult period"), quotes(text))

    def test_a_name_the_speaker_describes_is_not_the_speaker(self):
        text = INTRO + 'Kertész described Uzbekistan as "a reliable partner in Central Asia".'
        self.assertIn(("Gábor Kertész", "a reliable partner in Central Asia"), quotes(text))


class WireCopyClauseTests(SimpleTestCase):
    def test_a_form_of_address_in_marks_leaves_the_verb_its_own_clause(self):
        text = INTRO + (
            'Addressing his host as "my brother and friend," Tursunov said the two countries had "every reason" to '
            "trade more."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", 'the two countries had "every reason" to trade more')])

    def test_marked_speech_before_the_verb_is_still_its_attribution(self):
        text = INTRO + '"We are brothers," Tursunov said, addressing his host.'
        self.assertEqual(quotes(text), [("Jasur Tursunov", "We are brothers")])

    def test_a_bare_verb_after_marks_closing_on_a_comma_is_the_writers(self):
        text = INTRO + 'Kertész said his government would "take a close look," but gave no date.'
        self.assertEqual(quotes(text), [("Gábor Kertész", 'his government would "take a close look,"')])

    def test_moving_on_after_marks_ends_the_clause(self):
        text = INTRO + 'Kertész said his envoy was "talking to everybody" and moved on to the next question.'
        self.assertEqual(quotes(text), [("Gábor Kertész", 'his envoy was "talking to everybody"')])

    def test_the_clauses_own_verb_after_marks_goes_on(self):
        text = INTRO + 'Kertész said the ministers had "talked a lot" and agreed on the route.'
        self.assertEqual(quotes(text), [("Gábor Kertész", 'the ministers had "talked a lot" and agreed on the route')])

    def test_a_clause_with_its_own_subject_after_the_marks_goes_on(self):
        text = INTRO + 'Kertész said the fees were "too high," and the ministry would cut them.'
        self.assertEqual(
            quotes(text), [("Gábor Kertész", 'the fees were "too high," and the ministry would cut them')]
        )

    def test_saying_little_is_no_statement(self):
        text = INTRO + "Kertész nodded but said little until the talks were over."
        self.assertEqual(quotes(text), [])

    def test_nothing_as_the_subject_of_the_clause_is_a_statement(self):
        text = INTRO + "Kertész said nothing had changed in the gas contract."
        self.assertEqual(quotes(text), [("Gábor Kertész", "nothing had changed in the gas contract")])

    def test_an_attribution_before_a_set_off_circumstance_still_attributes(self):
        text = INTRO + (
            "Hungary and Uzbekistan are bound by a friendship that has stood the test of time, and the two nations "
            "will build on it, President Gábor Kertész said in Budapest on Wednesday, after talks with Tursunov."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "Hungary and Uzbekistan are bound by a friendship that has stood the test of time, and the two "
                    "nations will build on it",
                )
            ],
        )

    def test_narrative_before_a_set_off_circumstance_is_no_speech(self):
        text = INTRO + "The two countries signed six agreements in the palace, after talks that lasted four hours."
        self.assertEqual(quotes(text), [])

    def test_what_a_statement_by_a_spokesperson_says_is_the_documents(self):
        text = INTRO + (
            "According to a statement issued by presidential spokesperson Tursunov, the two leaders instructed their "
            "ministers to remove the barriers."
        )
        self.assertEqual(quotes(text), [])

    def test_according_to_the_person_is_still_theirs(self):
        text = INTRO + "According to Tursunov, the two leaders instructed their ministers to remove the barriers."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "the two leaders instructed their ministers to remove the barriers")]
        )

    def test_an_announcement_that_introduces_a_list_is_no_statement(self):
        text = INTRO + (
            "Tursunov announced a package of measures for the region, including:\n\n- a new loan for farmers;\n"
            "- a college in Samarkand."
        )
        self.assertEqual(quotes(text), [])

    def test_an_announcement_that_ends_its_sentence_is_one(self):
        text = INTRO + "Tursunov announced that Tashkent would open a trade house in Budapest."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Tashkent would open a trade house in Budapest")])


RELEASE_HEAD = (
    "Visit to Uzbekistan\n\nMedia release\nSenator the Hon Jane Roe\nMinister for Foreign Affairs\n12 May 2025\n\n"
)


class FirstPersonReleaseTests(SimpleTestCase):
    def test_a_release_in_its_authors_voice_is_the_authors_words(self):
        text = RELEASE_HEAD + (
            "Today I am in Tashkent for my first visit to Uzbekistan as Foreign Minister.\n\n"
            "I met my counterpart, Minister of Foreign Affairs Akmal Saidov, to review our trade ties.\n\n"
            "Australia will provide $5 million for water projects in the Aral Sea region.\n\n"
            "Media enquiries\nMinister's office"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jane Roe", "Today I am in Tashkent for my first visit to Uzbekistan as Foreign Minister."),
                (
                    "Jane Roe",
                    "I met my counterpart, Minister of Foreign Affairs Akmal Saidov, to review our trade ties.",
                ),
                ("Jane Roe", "Australia will provide $5 million for water projects in the Aral Sea region."),
            ],
        )

    def test_a_release_about_its_author_in_the_third_person_is_narrative(self):
        text = RELEASE_HEAD + (
            "Foreign Minister Jane Roe has today met Minister of Foreign Affairs Akmal Saidov in Tashkent.\n\n"
            "The ministers discussed trade and water security.\n\n"
            "Media enquiries\nMinister's office"
        )
        self.assertEqual(quotes(text), [])

    def test_the_authors_voice_ends_at_a_lists_lead(self):
        text = RELEASE_HEAD + (
            "Today I am in Tashkent for my first visit to Uzbekistan as Foreign Minister.\n\n"
            "Minister Saidov and I agreed on new initiatives, including:\n\n"
            "- A water partnership for the Aral Sea region.\n\n"
            "Australia and Uzbekistan share an interest in a stable region."
        )
        self.assertEqual(
            quotes(text),
            [("Jane Roe", "Today I am in Tashkent for my first visit to Uzbekistan as Foreign Minister.")],
        )


class RoutineBriefingTests(SimpleTestCase):
    def test_an_official_at_the_governments_regular_news_conference_is_no_participant(self):
        text = INTRO + (
            "Chief Cabinet Secretary Aiko Mori said at a regular news conference on Tuesday that the visit came at "
            "an important time."
        )
        self.assertEqual(quotes(text), [])

    def test_a_minister_at_a_joint_news_conference_speaks_in_the_visit(self):
        text = INTRO + (
            "Trade Minister Aiko Mori said at a joint news conference on Tuesday that the visit came at an important "
            "time."
        )
        self.assertEqual(quotes(text), [("Aiko Mori", "the visit came at an important time")])

    def test_a_leader_at_a_regular_news_conference_keeps_the_words(self):
        text = (
            INTRO + "Tursunov said at a regular news conference on Tuesday that the visit came at an important time."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the visit came at an important time")])


class SpeakerAndSpanTests(SimpleTestCase):
    def test_a_concession_after_a_reported_clause_is_a_statement_of_its_own(self):
        text = INTRO + (
            "Tursunov told reporters the two countries would open a new rail freight route, though he acknowledged "
            "the financing was not yet settled."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "the two countries would open a new rail freight route"),
                ("Jasur Tursunov", "the financing was not yet settled"),
            ],
        )

    def test_but_she_admitted_ends_the_first_statement(self):
        text = INTRO + (
            "Kertész said the talks on the gas pipeline had moved forward, but he admitted that no date had been set."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "the talks on the gas pipeline had moved forward"),
                ("Gábor Kertész", "no date had been set"),
            ],
        )

    def test_though_without_a_speech_act_stays_inside_the_clause(self):
        text = INTRO + (
            "Tursunov said the new route would cut delivery times by half, though its cost would rise in winter."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Jasur Tursunov",
                    "the new route would cut delivery times by half, though its cost would rise in winter",
                )
            ],
        )

    def test_a_spokesmans_report_of_a_welcome_hands_the_participle_to_the_leader(self):
        text = INTRO + (
            "Presidential spokesman Farrukh Qodirov said President Tursunov welcomed the Hungarian leader's visit, "
            "the first in eleven years, asserting that it opens a new stage in relations between the two countries."
        )
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "it opens a new stage in relations between the two countries")],
        )

    def test_a_spokesmans_report_of_a_welcomed_guest_does_too(self):
        text = INTRO + (
            "Spokesman Farrukh Qodirov said that President Tursunov welcomed the Hungarian president, stressing "
            "Uzbekistan's interest in closer ties with Central Europe."
        )
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "Uzbekistan's interest in closer ties with Central Europe")],
        )

    def test_a_minister_telling_of_a_welcome_keeps_his_own_words(self):
        text = INTRO + (
            "Foreign Minister Farrukh Qodirov said President Tursunov welcomed the Hungarian leader's visit, "
            "asserting that it opens a new stage in relations between the two countries."
        )
        self.assertNotIn(
            ("Jasur Tursunov", "it opens a new stage in relations between the two countries"), quotes(text)
        )

    def test_a_portfolio_spokesperson_of_a_party_is_no_participant(self):
        text = INTRO + (
            "Opposition parties were unimpressed. UDP spokesperson on trade Mirela Dobrescu said the government "
            "signs memoranda that are never implemented.\n\n"
            '"We have heard these promises before," she said.'
        )
        self.assertEqual(quotes(text), [])

    def test_a_spokeswoman_for_a_campaign_coalition_is_no_participant(self):
        text = INTRO + (
            '"Trade must not come at the price of the river valleys," said Petra Lindqvist, a spokeswoman for the '
            "coalition."
        )
        self.assertEqual(quotes(text), [])

    def test_a_spokesperson_for_the_ministry_still_speaks_for_a_side(self):
        text = INTRO + (
            '"The talks went well and the documents are ready," said Dilnoza Karimova, a spokeswoman for the '
            "Ministry of Foreign Affairs."
        )
        self.assertEqual(quotes(text), [("Dilnoza Karimova", "The talks went well and the documents are ready")])

    def test_welcoming_the_distinguished_guest_is_a_greeting(self):
        text = INTRO + (
            "Kertész warmly welcomed the distinguished guest, noting that the visit coincides with thirty years of "
            "diplomatic relations."
        )
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "the visit coincides with thirty years of diplomatic relations")],
        )

    def test_a_name_the_headline_joins_to_the_counterparts_act_is_a_participant(self):
        text = (
            "Lindqvist and Kenyan president agree to deepen farm trade\n\n"
            "NAIROBI, May 4 - The visiting premier held talks with President Samuel Kiprop on Monday.\n\n"
            "Speaking after the meeting, Annika Lindqvist said the two governments would open a joint fund for "
            "irrigation projects."
        )
        self.assertEqual(
            quotes(text),
            [("Annika Lindqvist", "the two governments would open a joint fund for irrigation projects")],
        )

    def test_a_name_joined_to_critics_is_no_participant(self):
        text = (
            "Lindqvist and critics disagree on farm trade\n\n"
            "NAIROBI, May 4 - President Samuel Kiprop held talks with a Swedish delegation on Monday.\n\n"
            "Annika Lindqvist said the two governments would open a joint fund for irrigation projects."
        )
        self.assertEqual(quotes(text), [])

    def test_a_party_spokeswoman_named_after_her_title_is_no_participant(self):
        text = INTRO + (
            "The Civic Alliance's energy spokeswoman, Edit Farkasdi, said the government was chasing headlines.\n\n"
            '"Nobody asked what this deal costs," she said.'
        )
        self.assertEqual(quotes(text), [])

    def test_a_spokesman_for_a_protest_group_named_after_his_title_is_no_participant(self):
        text = INTRO + (
            "A spokesman for the group, Bence Szalai, said they wanted the leaders to raise press freedom openly."
        )
        self.assertEqual(quotes(text), [])

    def test_a_government_spokesman_named_after_his_title_keeps_his_words(self):
        text = INTRO + (
            "The government spokesman, Bence Szalai, said the two leaders had agreed to open a new consulate."
        )
        self.assertEqual(quotes(text), [("Bence Szalai", "the two leaders had agreed to open a new consulate")])

    def test_the_title_that_welcomes_the_guest_is_the_hosts(self):
        lead = (
            "BUDAPEST, May 4 - President of Hungary Gábor Kertész welcomed President of Uzbekistan Jasur Tursunov, "
            "who is on a state visit to Hungary.\n\n"
            "President Tursunov thanked the head of state for the invitation.\n\n"
        )
        said = [
            (
                "Welcoming the distinguished guest, the head of state noted that relations between the two "
                "countries rest on mutual trust and respect.",
                "Gábor Kertész",
            ),
            (
                "Welcoming his guest, the President said the two countries would sign a new agreement on river "
                "transport.",
                "Gábor Kertész",
            ),
            # (thanking the hosts is the guest's act: the title stays the one who spoke last)
            (
                "Thanking his hosts, the President said the two countries would sign a new agreement on river "
                "transport.",
                "Jasur Tursunov",
            ),
        ]
        for line, speaker in said:
            with self.subTest(line=line):
                self.assertEqual([s for s, _ in quotes(lead + line)], [speaker])


class OverlookedSpeechTests(SimpleTestCase):
    def test_a_quote_paragraph_goes_on_after_reported_speech_that_ends_the_paragraph(self):
        text = INTRO + (
            'Kertész said the new rail link was "practical, not symbolic".\n\n'
            '"Our railways have carried grain together for decades. This only writes it down."'
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", 'the new rail link was "practical, not symbolic"'),
                ("Gábor Kertész", "Our railways have carried grain together for decades. This only writes it down."),
            ],
        )

    def test_reported_speech_followed_by_narrative_in_its_paragraph_passes_nothing_on(self):
        text = INTRO + (
            'Kertész said the new rail link was "practical, not symbolic". The ministers then toured the depot.\n\n'
            '"Our railways have carried grain together for decades. This only writes it down."'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", 'the new rail link was "practical, not symbolic"')])

    def test_a_short_subject_before_an_interrupting_attribution_is_a_piece_of_the_speech(self):
        text = (
            INTRO
            + "Kertész was blunter. Hungary, he said, had learned the hard way that selling raw grain left little."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "Hungary"),
                ("Gábor Kertész", "had learned the hard way that selling raw grain left little"),
            ],
        )

    def test_a_whole_clause_before_an_attribution_set_mid_sentence_is_a_piece_of_the_speech(self):
        text = INTRO + (
            "Kertész spoke openly about the dispute. Hungary was a sovereign country with its own traditions in "
            "trade policy, he said, but there was agreement that tariffs must not rise."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Gábor Kertész", "Hungary was a sovereign country with its own traditions in trade policy"),
                ("Gábor Kertész", "but there was agreement that tariffs must not rise"),
            ],
        )

    def test_the_writers_circumstance_after_a_mid_sentence_attribution_is_left_out(self):
        text = INTRO + (
            "Tursunov met the press. The two sides had agreed on a new air route between Samarkand and Debrecen, "
            "Tursunov said, though no date has been set."
        )
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "The two sides had agreed on a new air route between Samarkand and Debrecen")],
        )

    def test_a_long_subject_without_a_verb_before_an_interrupting_attribution_stays_unread(self):
        text = INTRO + (
            "Kertész met farmers. The new rail link between the two capitals and the ports of the Black Sea, he "
            "said, would open in May."
        )
        self.assertEqual(quotes(text), [])

    def test_an_outlets_source_note_after_the_attribution_leaves_the_attribution_before_it(self):
        text = INTRO + (
            "Hungary and Uzbekistan intend to double their trade in farm machinery within three years, Kertész said "
            "at the talks in Budapest on 4 June, the agency learned from the presidential press service."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "Hungary and Uzbekistan intend to double their trade in farm machinery within three years",
                )
            ],
        )

    def test_a_source_note_with_no_attribution_before_it_gives_no_speaker(self):
        text = INTRO + (
            "The two delegations toured a tractor plant on the edge of the city, the agency learned from the press "
            "service."
        )
        self.assertEqual(quotes(text), [])

    def test_a_short_unmarked_sentence_with_a_trailing_attribution_is_still_too_short(self):
        text = INTRO + "Not yet, Kertész said."
        self.assertEqual(quotes(text), [])

    def test_words_after_a_passive_quoted_as_saying_go_on_in_the_speakers_voice(self):
        text = INTRO + '"Rail and river," Kertész was quoted as saying, "are the two roads our trade will take."'
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "Rail and river"), ("Gábor Kertész", "are the two roads our trade will take.")],
        )

    def test_a_saying_that_is_a_proverb_still_is_no_quote(self):
        text = INTRO + 'Kertész recalled an old saying: "The slow river reaches the sea."'
        self.assertEqual(quotes(text), [])

    def test_a_third_countrys_leader_who_joined_the_talks_by_video_speaks_in_them(self):
        text = (
            "Uzbek President Jasur Tursunov and Hungarian President Gábor Kertész agreed on Wednesday to build a rail "
            "link, at talks in Budapest that Cypriot President Andreas Kyriacou joined by video link.\n\n"
            "Speaking from Nicosia, Kyriacou said Cyprus would push for more funding for the line."
        )
        self.assertEqual(quotes(text), [("Andreas Kyriacou", "Cyprus would push for more funding for the line")])

    def test_a_third_countrys_leader_only_commenting_on_the_talks_still_speaks_for_neither_side(self):
        text = (
            "Uzbek President Jasur Tursunov and Hungarian President Gábor Kertész agreed on Wednesday to build a rail "
            "link at talks in Budapest.\n\n"
            "Uzbekistan wants Hungarian wagons for the line, and Hungary wants Uzbek cotton for its mills.\n\n"
            "Cypriot President Andreas Kyriacou said in Nicosia that Cyprus would push for more funding for the line."
        )
        self.assertEqual(quotes(text), [])

    def test_a_presidency_spokesman_speaks_for_a_side(self):
        text = INTRO + (
            "The presidents agreed to open a consulate in Samarkand, Uzbek presidency spokesman Bekzod Rahimov said "
            "in a statement."
        )
        self.assertEqual(quotes(text), [("Bekzod Rahimov", "The presidents agreed to open a consulate in Samarkand")])

    def test_a_party_spokesman_still_takes_no_part(self):
        text = INTRO + (
            "The visit changed nothing for farmers, opposition party spokesman Bekzod Rahimov said in a statement."
        )
        self.assertEqual(quotes(text), [])

    def test_a_long_attribution_with_its_circumstances_after_the_clause_is_found(self):
        text = (
            "Hungary, Uzbekistan to widen energy ties\n\n"
            "Hungary and Uzbekistan have agreed to widen cooperation in energy and freight, Hungarian President Gábor "
            "Kertész said following talks with Uzbek President Jasur Tursunov and his delegation in Budapest on "
            "Tuesday."
        )
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "Hungary and Uzbekistan have agreed to widen cooperation in energy and freight")],
        )

    def test_a_long_tail_after_a_leading_said_is_a_clause_not_an_attribution(self):
        text = INTRO + (
            "Tursunov's press secretary, Aziz Karimov, said the president had asked for Hungarian loans for grain "
            "silos and cold stores in the provinces before any new export quotas."
        )
        self.assertNotIn("Tursunov's press secretary, Aziz Karimov", [t for _, t in quotes(text)])

    def test_a_name_glossed_with_a_bare_office_before_the_verb_is_the_speaker(self):
        text = INTRO + (
            '"The two leaders agreed to run the rail project in a steady way," Aziz Karimov, senior secretary for '
            "economic affairs, told reporters in a briefing after the summit."
        )
        self.assertEqual(
            quotes(text), [("Aziz Karimov", "The two leaders agreed to run the rail project in a steady way")]
        )

    def test_a_name_glossed_as_a_ministrys_spokesman_relays_and_is_no_speaker(self):
        text = INTRO + (
            '"The minister called the rail project vital for the whole region," Aziz Karimov, spokesman for the '
            "Ministry of Foreign Affairs, wrote on social media."
        )
        self.assertEqual(quotes(text), [])

    def test_according_to_the_one_spokesperson_named_is_her_account(self):
        text = INTRO + (
            "Presidential spokesperson Dilnoza Karimova briefed reporters after the talks.\n\n"
            "According to the spokesperson, the two presidents discussed water sharing on the Syr Darya."
        )
        self.assertEqual(
            quotes(text), [("Dilnoza Karimova", "the two presidents discussed water sharing on the Syr Darya")]
        )

    def test_according_to_a_spokesperson_never_named_is_nobodys(self):
        text = INTRO + "According to the spokesperson, the two presidents discussed water sharing on the Syr Darya."
        self.assertEqual(quotes(text), [])

    def test_according_to_the_one_aide_named_by_his_seat_of_power_is_his_account(self):
        aide = "Presidential Aide Bakhodir Rasulov told reporters the talks would cover trade.\n\n"
        text = INTRO + aide + "According to the Palace aide, the Hungarian leader will arrive on Monday."
        self.assertEqual(quotes(text)[-1], ("Bakhodir Rasulov", "the Hungarian leader will arrive on Monday"))
        # a source in the same seat of power is nobody named, and an aide never named is nobody's
        text = INTRO + aide + "According to a Palace source, the Hungarian leader will arrive on Monday."
        self.assertEqual(len(quotes(text)), 1)
        text = INTRO + "According to the Palace aide, the Hungarian leader will arrive on Monday."
        self.assertEqual(quotes(text), [])

    def test_an_audience_at_an_event_hosted_by_someone_still_leads_to_the_that_clause(self):
        text = INTRO + (
            "Tursunov told traders at a dinner hosted by the Budapest Chamber of Commerce that Uzbek firms meant to "
            "open warehouses near the Danube."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbek firms meant to open warehouses near the Danube")])

    def test_a_finite_verb_before_a_far_that_still_blocks_it(self):
        text = INTRO + "Tursunov told traders the chamber ignored the claims that Uzbek firms were slow."
        self.assertNotIn(("Jasur Tursunov", "Uzbek firms were slow"), quotes(text))

    def test_a_pronoun_that_smiled_and_said_is_the_speaker(self):
        text = INTRO + (
            "Kertész spoke to reporters after the talks.\n\n"
            'Asked whether the line could open in spring, he laughed and said: "I never promise seasons."'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "I never promise seasons.")])

    def test_a_gesture_with_no_subject_before_it_names_nobody(self):
        text = INTRO + 'Asked about the timing, nodded and said: "Soon."'
        self.assertNotIn(("Gábor Kertész", "Soon."), quotes(text))


class HeadlineSaysTests(SimpleTestCase):
    BODY = (
        "\n\nUzbek Prime Minister Jasur Tursunov held talks with Hungarian President Gábor Kertész in Budapest on "
        "Monday.\n\nTursunov said the talks had been useful."
    )

    def test_a_headlines_says_before_verbless_marked_words_is_a_report(self):
        text = "Tursunov says Danube trip 'no detour' as critics grumble" + self.BODY
        self.assertIn(("Jasur Tursunov", "Danube trip 'no detour'"), quotes(text))

    def test_the_scene_after_a_bare_as_is_left_out(self):
        text = 'Tursunov says grain deal "within reach" amid talk of quotas' + self.BODY
        self.assertIn(("Jasur Tursunov", 'grain deal "within reach"'), quotes(text))

    def test_the_same_marked_words_in_the_body_make_one_quote(self):
        text = (
            "Tursunov says Danube trip 'no detour' as critics grumble"
            + self.BODY
            + "\n\nTursunov said the trip was 'no detour' from work at home."
        )
        found = [t for s, t in quotes(text) if "no detour" in t]
        self.assertEqual(found, ["the trip was 'no detour' from work at home"])

    def test_unnamed_critics_in_a_headline_are_nobody(self):
        text = "Critics say Danube trip 'a costly detour'" + self.BODY
        self.assertNotIn("Danube trip 'a costly detour'", [t for _, t in quotes(text)])

    def test_a_lead_sentence_with_its_stop_is_no_headline(self):
        text = "Tursunov says Danube trip 'no detour' as critics grumble." + self.BODY
        self.assertNotIn(("Jasur Tursunov", "Danube trip 'no detour'"), quotes(text))

    def test_a_headlines_act_with_a_bare_object_is_no_report(self):
        for head in (
            "Uzbek PM pledges rail, cotton loans as Tashkent courts Hungary",
            "Tursunov meets Kertész and announces new grain and transit partnership",
        ):
            with self.subTest(head=head):
                self.assertEqual(quotes(head + self.BODY), [("Jasur Tursunov", "the talks had been useful")])

    def test_a_headlines_says_with_a_clause_still_reports(self):
        text = "Tursunov says Uzbekistan is ready for Hungarian grain traders as talks open" + self.BODY
        self.assertIn(("Jasur Tursunov", "Uzbekistan is ready for Hungarian grain traders"), quotes(text))

    def test_the_same_act_verb_in_the_body_still_reports(self):
        text = INTRO + "Tursunov pledged new loans for rail links and cotton mills in the Fergana valley."
        self.assertIn(
            ("Jasur Tursunov", "new loans for rail links and cotton mills in the Fergana valley"), quotes(text)
        )


class StatementUnderOneMarkTests(SimpleTestCase):
    LEAD = INTRO + "After the talks, President Tursunov said:\n\n"

    def test_each_paragraph_up_to_the_closing_mark_is_the_speakers(self):
        text = (
            self.LEAD + '"I thank my friend for a warm welcome in his capital.\n\n'
            "Our trade in grain doubled last year. We mean to double it again.\n\n"
            'I invited President Kertész to Tashkent next spring."'
        )
        found = quotes(text)
        for words in (
            "I thank my friend for a warm welcome in his capital.",
            "Our trade in grain doubled last year. We mean to double it again.",
            "I invited President Kertész to Tashkent next spring.",
        ):
            with self.subTest(words=words):
                self.assertIn(("Jasur Tursunov", words), found)

    def test_a_mark_never_closed_takes_no_paragraphs_after_it(self):
        text = (
            self.LEAD + '"I thank my friend for a warm welcome in his capital.\n\n'
            "The two leaders later toured a textile mill outside the city.\n\n"
            "Kertész is due in Samarkand in May."
        )
        self.assertNotIn("The two leaders later toured a textile mill outside the city.", [t for _, t in quotes(text)])

    def test_a_later_paragraph_with_marks_of_its_own_ends_the_run(self):
        text = (
            self.LEAD + '"I thank my friend for a warm welcome in his capital.\n\n'
            "Officials called the visit a success.\n\n"
            'Kertész said the talks were "frank and useful".'
        )
        self.assertNotIn("Officials called the visit a success.", [t for _, t in quotes(text)])


class FirstRegnalNumberTests(SimpleTestCase):
    def test_a_monarch_numbered_the_first_is_a_participant_and_speaker(self):
        text = (
            "Vaduz, June 3 -- His Majesty King Osric I received President of Moldova Ilie Vrabie.\n\n"
            "His Majesty affirmed that the two countries would widen trade in wine and textiles."
        )
        result = suggest_package(text)
        self.assertIn("Osric I", [p.name for p in result.participants])
        self.assertIn(
            ("Osric I", "the two countries would widen trade in wine and textiles"),
            [(q.speaker.name, q.text) for q in result.quotes],
        )

    def test_the_pronoun_after_a_plain_name_is_no_regnal_number(self):
        text = INTRO + '"When Kertész I met last spring, we spoke of grain," Tursunov said.'
        self.assertNotIn("Kertész I", [p.name for p in suggest_package(text).participants])


class AppreciationAfterACommaTests(SimpleTestCase):
    def test_appreciation_of_a_role_voiced_as_a_participle_is_reported(self):
        text = INTRO + (
            "For his part, Kertész passed on the greetings of his prime minister, expressing his country's "
            "appreciation of the role played by Uzbekistan in opening rail routes to the east."
        )
        self.assertIn(
            (
                "Gábor Kertész",
                "his country's appreciation of the role played by Uzbekistan in opening rail routes to the east",
            ),
            quotes(text),
        )

    def test_appreciation_of_the_welcome_stays_a_courtesy(self):
        text = INTRO + "Kertész passed on greetings, expressing his appreciation for the warm hospitality shown him."
        self.assertEqual([q for q in quotes(text) if "hospitality" in q[1]], [])


def test_guarded_pattern_finds_what_the_pattern_finds():
    """The look-ahead read off a pattern's opening letters only turns away positions no branch could open at."""
    import re

    from relations_plugin.extraction.lexicon import guarded

    pattern = r"(?=\w)(?<!\w)(?:trade\s+pact|(?-i:PM)|memorand(?:um|a)|(?:first\s+)?envoy)\b"
    text = "The PM and the First Envoy signed a Trade  Pact and two memoranda; pm Tradewind envoys stayed."
    assert guarded(pattern, re.I).startswith("(?=(?i:[")
    found = [m.span() for m in re.finditer(guarded(pattern, re.I), text, re.I)]
    assert found == [m.span() for m in re.finditer(pattern, text, re.I)]
    assert len(found) == 4
    # (a pattern that keeps case but for a scoped "(?i:...)" keeps its matches in either case)
    scoped = r"(?:(?i:envoy)|Trade)\b"
    assert [m.span() for m in re.finditer(guarded(scoped), text)] == [m.span() for m in re.finditer(scoped, text)]
    assert len(re.findall(guarded(scoped), text)) == 2
    # (a pattern opening with a class is left as it is)
    assert guarded(r"[A-Z]\w+\s+said", 0) == r"[A-Z]\w+\s+said"


PROBE_INTRO = (
    "BRATISLAVA, March 3 -- Slovak President Marek Dolinsky hosted Peruvian President Rosa Elvira Quispe for talks "
    "on trade and mining.\n\n"
)


class ClauseClosedByItsMarksTests(SimpleTestCase):
    def test_a_clause_whose_marks_close_on_the_attributions_comma_is_reported(self):
        for text, said in (
            ('The talks were "very fruitful," Quispe said.', 'The talks were "very fruitful,"'),
            ("Ties are “stronger than ever”, the Slovak president told reporters.", "Ties are “stronger than ever”"),
        ):
            with self.subTest(text=text):
                found = suggest_package(PROBE_INTRO + text).quotes
                self.assertEqual([(q.text, q.kind) for q in found], [(said, "reported")])
                self.assertEqual(found[0].speaker.name, "Rosa Elvira Quispe" if "Quispe" in text else "Marek Dolinsky")

    def test_a_clause_with_a_speech_act_of_its_own_keeps_the_marks_partial(self):
        text = PROBE_INTRO + 'Quispe described Slovakia as "a trusted friend in Europe", said a note from her office.'
        self.assertEqual(
            [(q.speaker.name, q.text, q.kind) for q in suggest_package(text).quotes],
            [("Rosa Elvira Quispe", "a trusted friend in Europe", "partial")],
        )

    def test_a_source_closing_the_marks_says_nothing_of_a_leader(self):
        text = PROBE_INTRO + 'The talks were "very fruitful," a source close to the delegation said.'
        self.assertEqual(quotes(text), [])


class InvertedAttributionTests(SimpleTestCase):
    def test_a_clause_after_said_is_no_inverted_speaker(self):
        text = (
            PROBE_INTRO + "The presidential spokeswoman, Lucia Ferrando, said the president had invited Dolinsky "
            "to visit Lima."
        )
        found = quotes(text)
        self.assertNotIn("The presidential spokeswoman, Lucia Ferrando", [q[1] for q in found])
        self.assertNotIn("Marek Dolinsky", [q[0] for q in found])

    def test_an_inverted_speaker_after_said_stays_one(self):
        text = PROBE_INTRO + "Peru is ready to sell more copper to Central Europe, said the Peruvian president."
        self.assertEqual(quotes(text), [("Rosa Elvira Quispe", "Peru is ready to sell more copper to Central Europe")])


class SpeakerNamedByOfficeTests(SimpleTestCase):
    """A quote's speaker named after it by a bare office, its initials or a description."""

    ACRONYM_INTRO = (
        "Indian External Affairs Minister (EAM) Rohan Varma held talks with Peruvian Foreign Minister Ana Pell in "
        "Lima on Tuesday.\n\n"
    )

    def test_initials_set_in_brackets_before_the_name_stand_for_that_person(self):
        text = self.ACRONYM_INTRO + '"Our partnership with Peru has grown in every field," the EAM said at a briefing.'
        self.assertEqual(quotes(text), [("Rohan Varma", "Our partnership with Peru has grown in every field")])

    def test_initials_of_the_office_written_before_the_name_stand_for_its_holder(self):
        text = self.ACRONYM_INTRO + '"We will open a consulate in Cusco this year," the FM said after the talks.'
        self.assertEqual(quotes(text), [("Ana Pell", "We will open a consulate in Cusco this year")])

    def test_a_ministrys_initials_name_no_person(self):
        text = (
            "Peruvian Foreign Minister Ana Pell held talks with Indian Prime Minister Vikram Sethi in Delhi on "
            "Tuesday.\n\nSecretary (West) in the Ministry of External Affairs (MEA) Arun Mehra briefed reporters.\n\n"
            '"India will extend a line of credit of USD 100 million to Peru," the MEA said in a statement.'
        )
        self.assertEqual(quotes(text), [])

    CABINET_INTRO = (
        "Slovak Prime Minister Ivo Danek met the Chairman of the Cabinet of Ministers of Uzbekistan, Tomas Rezh, "
        "in Tashkent on Friday.\n\n"
    )

    def test_the_head_of_the_cabinet_is_the_chairman_of_the_cabinet_of_ministers(self):
        text = self.CABINET_INTRO + '"We expect the first freight trains next spring," the head of the Cabinet said.'
        self.assertEqual(quotes(text), [("Tomas Rezh", "We expect the first freight trains next spring")])

    def test_the_head_of_a_presidents_cabinet_is_no_head_of_government(self):
        text = self.CABINET_INTRO + '"The schedule is final," the head of the Cabinet of the President told reporters.'
        self.assertEqual(quotes(text), [])

    STATEMENT_INTRO = (
        "Czech Defence Minister Pavel Lisko held talks with Portuguese Prime Minister Duarte Nogueira in Lisbon on "
        "Monday.\n\n"
    )

    def test_a_heading_taken_from_a_persons_statement_gives_the_quoted_paragraph_after_it(self):
        text = (
            self.STATEMENT_INTRO + "From Prime Minister Duarte Nogueira's statement after the talks at São Bento:\n\n"
            '"Today we opened a new chapter in our defence cooperation."\n\nLisko later visited a shipyard.'
        )
        self.assertEqual(
            quotes(text), [("Duarte Nogueira", "Today we opened a new chapter in our defence cooperation.")]
        )

    def test_a_statement_that_reads_in_part_is_its_authors(self):
        text = (
            self.STATEMENT_INTRO + "The minister's statement reads in part:\n\n"
            '"Our engineers will work side by side with Portuguese shipyards."'
        )
        self.assertEqual(
            quotes(text), [("Pavel Lisko", "Our engineers will work side by side with Portuguese shipyards.")]
        )

    def test_a_ministrys_statement_that_reads_in_part_is_nobodys(self):
        text = self.STATEMENT_INTRO + 'The ministry\'s statement reads in part:\n\n"The agreement enters into force."'
        self.assertEqual(quotes(text), [])

    LEAD_OUTRO = "\n\nPell held talks with Peruvian President Odo Marek in Lima on Monday."

    def test_a_lead_with_the_speaker_and_her_office_set_off_after_the_clause_is_reported(self):
        text = (
            "Indonesia is seeking to expand its investments in Peru's coffee sector, the country's foreign minister, "
            "Ana Pell, has said." + self.LEAD_OUTRO
        )
        self.assertEqual(
            quotes(text), [("Ana Pell", "Indonesia is seeking to expand its investments in Peru's coffee sector")]
        )

    def test_the_office_may_follow_the_set_off_name(self):
        text = (
            "Indonesia will buy more Peruvian cocoa, Ana Pell, Indonesia's foreign minister, has said."
            + self.LEAD_OUTRO
        )
        self.assertEqual(quotes(text), [("Ana Pell", "Indonesia will buy more Peruvian cocoa")])

    def test_a_name_described_without_an_office_leaves_the_clause_alone(self):
        text = "The visit was planned in a hurry, a friend of the minister, Ivo Kral, has said." + self.LEAD_OUTRO
        self.assertEqual(quotes(text), [])

    RELEASE_INTRO = (
        "Vietnamese President Le Van Thach held talks with Peruvian President Odo Marek in Hanoi on Tuesday.\n\n"
    )

    def test_the_speech_an_institutions_quote_reports_of_a_participant_is_his(self):
        text = (
            self.RELEASE_INTRO + '"President Marek noted that Peru wants to sell more coffee to Vietnam and expressed '
            'hope that the two sides would open a direct flight," the ministry said in a press release.'
        )
        self.assertEqual(
            quotes(text),
            [
                ("Odo Marek", "Peru wants to sell more coffee to Vietnam"),
                ("Odo Marek", "the two sides would open a direct flight"),
            ],
        )

    def test_a_statement_that_reads_in_part_reports_the_participants_speech(self):
        text = (
            self.RELEASE_INTRO + "A statement from the presidential office reads in part: "
            '"President Thach affirmed that Vietnam values its partnership with Peru."'
        )
        self.assertEqual(quotes(text), [("Le Van Thach", "Vietnam values its partnership with Peru")])

    def test_what_an_institution_says_both_sides_noted_is_nobodys(self):
        text = (
            self.RELEASE_INTRO + "A statement from the presidential office reads in part: "
            '"The two presidents noted that trade had doubled and agreed that it should double again."'
        )
        self.assertEqual(quotes(text), [])

    def test_a_heading_paragraph_announcing_a_document_sets_out_its_reported_speech(self):
        for heading in (
            "From the Peruvian foreign ministry's press release, issued in Lima:",
            "A statement from the presidential office was handed to reporters. It reads in part:",
        ):
            text = (
                self.RELEASE_INTRO + heading + '\n\n"President Thach affirmed that Vietnam values its partnership '
                'with Peru and proposed that the two sides open a direct flight."'
            )
            with self.subTest(heading=heading[:20]):
                self.assertEqual(
                    quotes(text),
                    [
                        ("Le Van Thach", "Vietnam values its partnership with Peru"),
                        ("Le Van Thach", "the two sides open a direct flight"),
                    ],
                )

    def test_a_heading_paragraph_without_a_document_leaves_the_quote_alone(self):
        text = (
            self.RELEASE_INTRO + "It rained all day in Hanoi:\n\n"
            '"President Thach affirmed that Vietnam values its partnership with Peru."'
        )
        self.assertEqual(quotes(text), [])

    HEAD_OF_STATE_INTRO = (
        "ASTANA, May 3 (Kazinform) - Polish President Tomasz Wierzbicki held talks with Kazakh President Yerlan "
        'Abdikarimov in Astana on Thursday.\n\n"Our trade has grown every year," President Wierzbicki said.\n\n'
    )

    def test_a_bare_office_opening_the_next_paragraph_goes_on_with_the_one_who_just_spoke(self):
        text = (
            self.HEAD_OF_STATE_INTRO + "The head of state stressed that the Middle Corridor matters to both countries."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Tomasz Wierzbicki", "Our trade has grown every year"),
                ("Tomasz Wierzbicki", "the Middle Corridor matters to both countries"),
            ],
        )

    def test_a_bare_office_only_the_other_holds_is_not_the_one_who_just_spoke(self):
        text = (
            "Federal Chancellor Lena Vogt received Prime Minister Aino Virtanen of Finland in Berlin.\n\n"
            "Prime Minister Virtanen said that Finland wanted more rail links to Germany.\n\n"
            "The Chancellor said that the Baltic Sea cable would be protected jointly."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Aino Virtanen", "Finland wanted more rail links to Germany"),
                ("Lena Vogt", "the Baltic Sea cable would be protected jointly"),
            ],
        )

    def test_an_office_spelt_out_is_the_one_who_spoke_under_its_initials(self):
        text = (
            "PM Jussi Aho said in Helsinki, after talks with Estonian Prime Minister Kadri Tamm, that the two "
            "governments would share power reserves.\n\nThe Prime Minister recalled that the ferry line had "
            "run for fifty years."
        )
        self.assertIn(("Jussi Aho", "the ferry line had run for fifty years"), quotes(text))

    def test_a_bare_office_after_the_paragraph_named_the_other_is_the_others(self):
        text = (
            self.HEAD_OF_STATE_INTRO
            + "A reporter asked Mr. Abdikarimov about visas. The head of state said the rules would ease next year."
        )
        self.assertEqual(quotes(text)[1], ("Yerlan Abdikarimov", "the rules would ease next year"))

    def test_a_bare_office_the_release_keeps_for_its_host_stays_the_hosts(self):
        text = (
            "Prime Minister Helen Doucet today welcomed the Prime Minister of the Republic of Poland, Tomasz "
            "Wieczorek, to Ottawa.\n\nThe Prime Minister noted that Canada is home to many people of Polish heritage."
            '\n\n"Canada is a true ally," said Prime Minister Wieczorek.\n\n'
            "The Prime Minister announced that Canadian and Polish companies signed deals worth $3 billion."
        )
        self.assertEqual(
            quotes(text)[2], ("Helen Doucet", "Canadian and Polish companies signed deals worth $3 billion")
        )

    SUBJECT_INTRO = (
        "Egyptian President Hesham Nour held talks with Tanzanian President Neema Kessy in Cairo on Monday.\n\n"
    )

    def test_a_bare_office_opening_the_next_sentence_is_the_subject_before_not_its_object(self):
        text = (
            self.SUBJECT_INTRO + "President Nour welcomed President Kessy on her first visit to Egypt. "
            "The President stressed that Egypt wants more trade with Tanzania."
        )
        self.assertEqual(quotes(text), [("Hesham Nour", "Egypt wants more trade with Tanzania")])

    def test_the_subject_may_be_the_one_of_a_spokesmans_relayed_speech(self):
        text = (
            self.SUBJECT_INTRO + "The spokesman said that President Nour welcomed President Kessy on her first visit. "
            "The President stressed that Egypt wants more trade with Tanzania."
        )
        self.assertEqual(quotes(text), [("Hesham Nour", "Egypt wants more trade with Tanzania")])

    def test_a_subject_of_another_office_leaves_the_bare_office_to_its_holder(self):
        text = (
            "Egyptian Prime Minister Hesham Nour held talks with Tanzanian President Neema Kessy in Cairo on Monday."
            "\n\nPrime Minister Nour welcomed President Kessy on her first visit to Egypt. "
            "The President stressed that Tanzania wants more trade with Egypt."
        )
        self.assertEqual(quotes(text), [("Neema Kessy", "Tanzania wants more trade with Egypt")])

    def test_a_bodys_initials_before_an_office_name_the_one_heading_that_body(self):
        text = (
            "President of the National Assembly of Armenia Aram Petrosyan met Speaker of the House of Representatives "
            "of Egypt Samir Fahmy in Cairo. Head of the friendship group of the National Assembly Lilit Hakobyan "
            'joined them.\n\n"Egypt has a special place in our hearts," the NA President said.'
        )
        self.assertEqual(quotes(text), [("Aram Petrosyan", "Egypt has a special place in our hearts")])

    def test_initials_of_a_body_nobody_heads_name_nobody(self):
        text = (
            "Bangladeshi Foreign Minister Anisul Karim met Kenji Mori, President of Japan International Cooperation "
            'Agency (JICA), in Tokyo.\n\n"We will fund the bridge," the ADB president said.'
        )
        self.assertEqual(quotes(text), [])

    GOVERNMENT_INTRO = (
        "Vietnamese Prime Minister Luu Minh Khoa received New Zealand Foreign Minister Graham Whitby in Hanoi on "
        "Monday. Whitby also met Vietnamese State President Ha Van Tuan.\n\n"
    )

    def test_the_government_leader_is_the_head_of_government(self):
        text = self.GOVERNMENT_INTRO + "The Vietnamese Government leader affirmed that Vietnam values the partnership."
        self.assertEqual(quotes(text), [("Luu Minh Khoa", "Vietnam values the partnership")])

    def test_a_government_leader_in_lower_case_is_nobody_named(self):
        text = self.GOVERNMENT_INTRO + '"The talks went well," a government leader said.'
        self.assertEqual(quotes(text), [])

    CHANCELLOR_INTRO = (
        "Argentine Minister of Foreign Affairs Lucia Ferrante held talks with Indian External Affairs Minister Vikram "
        "Sethi in New Delhi on Tuesday.\n\n"
    )

    def test_a_latin_american_chancellor_is_the_foreign_minister(self):
        text = self.CHANCELLOR_INTRO + '"India is a strategic partner for Argentina," said the Argentine chancellor.'
        self.assertEqual(quotes(text), [("Lucia Ferrante", "India is a strategic partner for Argentina")])

    def test_the_chancellor_beside_a_german_chancellor_is_the_german(self):
        text = (
            "German Chancellor Klaus Brenner met Argentine Minister of Foreign Affairs Lucia Ferrante in Berlin.\n\n"
            '"Argentina is a partner for our energy," the chancellor said.'
        )
        self.assertEqual(quotes(text), [("Klaus Brenner", "Argentina is a partner for our energy")])

    LAWMAKER_INTRO = (
        "Chairman of the National Assembly of Vietnam Tran Van Hoa held talks with Hungarian Speaker Laszlo Kovacs "
        "in Budapest on Monday. Vietnamese Prime Minister Le Minh Duc sent greetings.\n\n"
    )

    def test_a_countrys_top_legislator_is_its_one_officer_of_parliament(self):
        text = (
            self.LAWMAKER_INTRO + "The Vietnamese top legislator affirmed that Vietnam values Hungarian scholarships."
        )
        self.assertEqual(quotes(text), [("Tran Van Hoa", "Vietnam values Hungarian scholarships")])

    def test_the_top_legislator_with_no_country_is_the_storys_one_officer_of_parliament(self):
        text = (
            "Chairman of the National Assembly of Vietnam Tran Van Hoa held talks with Hungarian Prime Minister Anna "
            "Kiss in Budapest on Monday.\n\nThe top legislator said that Vietnam values Hungarian scholarships."
        )
        self.assertEqual(quotes(text), [("Tran Van Hoa", "Vietnam values Hungarian scholarships")])
        # (with an officer of parliament on each side, the bare description names neither)
        text = self.LAWMAKER_INTRO + "The top legislator said that Vietnam values Hungarian scholarships."
        self.assertEqual(quotes(text), [])

    def test_a_lawmaker_of_a_country_without_one_is_nobody(self):
        text = self.LAWMAKER_INTRO + '"We want more flights," the Polish lawmaker said.'
        self.assertEqual(quotes(text), [])

    DESCRIBED_INTRO = (
        "Uzbek President Jasur Tursunov held talks with Hungarian President Gábor Kertész in Budapest. Hungarian "
        "Foreign Minister Péter Vadász and Uzbek Foreign Minister Bakhtiyor Saidov also met.\n\n"
    )

    def test_a_person_described_by_country_and_calling_is_that_countrys_participant(self):
        # (a diplomat is the one whose office is foreign affairs; an official, the country's person named last)
        text = self.DESCRIBED_INTRO + "The top Hungarian diplomat said that a direct flight would open in May."
        self.assertEqual(quotes(text), [("Péter Vadász", "a direct flight would open in May")])
        text = self.DESCRIBED_INTRO + "The Uzbek official added that the railway would be finished by 2030."
        self.assertEqual(quotes(text), [("Bakhtiyor Saidov", "the railway would be finished by 2030")])
        # (officials in the plural are unnamed people)
        text = self.DESCRIBED_INTRO + "The Hungarian officials said that a direct flight would open in May."
        self.assertEqual(quotes(text), [])

    HEAD_OF_GOVERNMENT_INTRO = (
        "Russian Prime Minister Pavel Orlov held talks with Mongolian Prime Minister Bat-Erdene Tsogt in Ulaanbaatar "
        "on Tuesday.\n\n"
    )

    def test_the_head_of_a_countrys_government_is_its_prime_minister(self):
        text = (
            self.HEAD_OF_GOVERNMENT_INTRO
            + '"We are ready to supply more grain," the head of the Russian government noted.'
        )
        self.assertEqual(quotes(text), [("Pavel Orlov", "We are ready to supply more grain")])

    def test_the_head_of_a_regional_government_is_no_prime_minister(self):
        text = (
            self.HEAD_OF_GOVERNMENT_INTRO
            + '"Our border crossing will open," the head of the regional government said.'
        )
        self.assertEqual(quotes(text), [])

    SPOKESPERSON_INTRO = (
        "Hungarian Prime Minister Viktor Halasz held talks with Mongolian Prime Minister Bat Oyun in Budapest on "
        "Tuesday. Government Spokesperson Anna Kiss briefed reporters.\n\n"
    )

    def test_the_words_written_before_one_persons_name_stand_for_that_person(self):
        text = (
            self.SPOKESPERSON_INTRO + "The Government Spokesperson pointed out that more Mongolians would study here."
        )
        self.assertEqual(quotes(text), [("Anna Kiss", "more Mongolians would study here")])

    def test_an_unnamed_spokesperson_stays_nobody(self):
        text = self.SPOKESPERSON_INTRO + "A government spokesperson pointed out that more Mongolians would study here."
        self.assertEqual(quotes(text), [])

    HONORIFIC_INTRO = (
        "DHAKA, May 4 - Bangladesh's Chief Adviser, Rafiq Hossain, held talks with visiting Nepali Prime Minister "
        "Hari Adhikari in Dhaka.\n\n"
    )

    def test_the_style_written_before_an_honorific_and_a_name_stands_for_that_person(self):
        text = self.HONORIFIC_INTRO + (
            "The documents were signed in the presence of Chief Adviser Professor Rafiq Hossain.\n\n"
            '"Nepal is a true friend of Bangladesh," the Chief Adviser said.'
        )
        self.assertEqual(quotes(text), [("Rafiq Hossain", "Nepal is a true friend of Bangladesh")])

    def test_a_style_written_before_two_names_stands_for_nobody(self):
        text = self.HONORIFIC_INTRO + (
            "The documents were signed in the presence of Chief Adviser Professor Rafiq Hossain and of Chief "
            'Adviser Dr Amina Sultana, who heads the planning board.\n\n"Nepal is a true friend of Bangladesh," the '
            "Chief Adviser said."
        )
        self.assertNotIn(("Rafiq Hossain", "Nepal is a true friend of Bangladesh"), quotes(text))

    def test_a_lower_case_word_ending_in_a_particle_is_no_part_of_the_name_after_it(self):
        # ("aide Olga ...", "rival Olga ...": the "de" of "aide", the "al" of "rival" open no name)
        text = (
            "Russian President Pavel Orlov held talks with Mongolian President Bat Oyun in Moscow on Tuesday. Kremlin "
            'aide Olga Benesova briefed reporters.\n\n"The talks were long and frank," the Kremlin aide said.'
        )
        self.assertEqual(quotes(text), [("Olga Benesova", "The talks were long and frank")])

    def test_a_particle_before_a_name_still_opens_it(self):
        text = (
            "Dutch Prime Minister Pieter de Vries held talks with Mongolian Prime Minister Bat Oyun in The Hague. "
            '"We agreed on a direct flight," de Vries said.'
        )
        self.assertEqual(quotes(text), [("Pieter de Vries", "We agreed on a direct flight")])

    def test_the_head_of_a_countrys_ministry_is_its_minister(self):
        text = (
            "BISHKEK, May 4 - Kyrgyz Foreign Minister Ulan Toktogulov held talks with Azerbaijani Foreign Minister "
            'Rauf Aliyev.\n\n"Azerbaijan is a brotherly country," the head of the Kyrgyz Foreign Ministry said.'
        )
        self.assertEqual(quotes(text), [("Ulan Toktogulov", "Azerbaijan is a brotherly country")])

    def test_the_head_of_a_ministry_nobody_holds_names_nobody(self):
        text = (
            "BISHKEK, May 4 - Kyrgyz Foreign Minister Ulan Toktogulov held talks with Azerbaijani Foreign Minister "
            'Rauf Aliyev.\n\n"Azerbaijan is a brotherly country," the head of the Kyrgyz Energy Ministry said.'
        )
        self.assertEqual(quotes(text), [])

    AIDE_INTRO = (
        "MOSCOW, May 4 - Russian President Pavel Orlov will host Mongolian President Bat Oyun on Tuesday, Russian "
        "Presidential Aide Olga Benesova told reporters.\n\n"
    )

    def test_the_one_aide_the_story_names_speaks_as_the_aide_in_any_words(self):
        text = self.AIDE_INTRO + '"About ten documents will be signed," the Kremlin aide said.'
        self.assertIn(("Olga Benesova", "About ten documents will be signed"), quotes(text))

    def test_a_spokesperson_who_said_stays_nobody_by_the_bare_office(self):
        text = (
            "MOSCOW, May 4 - Russian President Pavel Orlov will host Mongolian President Bat Oyun on Tuesday, Kremlin "
            'spokesperson Olga Benesova told reporters.\n\n"About ten documents will be signed," the presidential '
            "spokesman said."
        )
        self.assertNotIn(("Olga Benesova", "About ten documents will be signed"), quotes(text))

    def test_a_bare_office_named_by_its_fields_stays_its_holders_after_another_spoke(self):
        text = (
            "Trade Minister Ana Pell of Indonesia held talks with Peruvian Minister of Energy and Mines Odo Marek in "
            'Lima.\n\n"We want coffee," Pell said.\n\nThe Minister of Energy and Mines said Peru would sell copper.'
        )
        self.assertEqual(quotes(text)[1], ("Odo Marek", "Peru would sell copper"))

    def test_a_noun_after_an_opening_preposition_is_no_main_verb_of_the_sentence(self):
        # "talks", "meetings" after "At the", "During the" are nouns: the subject comes after the comma
        self.assertIn(
            ("Gábor Kertész", "the railway would open new markets for both countries"),
            quotes(
                INTRO + "At the talks in the palace, the Hungarian President once again warmly greeted his Uzbek "
                "counterpart and the members of his delegation and noted that the railway would open new markets "
                "for both countries."
            ),
        )
        self.assertEqual(
            [
                speaker
                for speaker, _ in quotes(
                    INTRO
                    + "During the meetings, Kertész cordially greeted Tursunov, describing the visit as a turning "
                    "point in relations."
                )
            ],
            ["Gábor Kertész"],
        )
        # (a verb after its subject still is one: "the ministers" met, so nobody in particular speaks)
        self.assertEqual(
            quotes(
                INTRO + "At the palace the ministers of both governments met the press and the members of the "
                "delegations and noted that the railway would open new markets."
            ),
            [],
        )

    def test_a_pronoun_after_an_opening_phrase_without_its_comma_is_the_subject(self):
        self.assertIn(
            ("Gábor Kertész", "the railway would be finished by 2028"),
            quotes(
                INTRO + "Kertész welcomed the guests. In short remarks to the press he said the railway would be "
                "finished by 2028."
            ),
        )
        self.assertIn(
            ("Gábor Kertész", "the railway would be finished by 2028"),
            quotes(
                INTRO + "Kertész spoke at a dinner. He won applause when he told the guests that the railway "
                "would be finished by 2028."
            ),
        )
        # (a pronoun inside a relative clause is not the subject: "those he met" spoke, not he)
        self.assertEqual(
            quotes(INTRO + "Kertész toured the station. Those he met in the hall said the railway was late."), []
        )

    def test_the_source_set_off_after_the_subject_is_no_part_of_it(self):
        self.assertIn(
            ("Gábor Kertész", "the railway would be finished by 2028"),
            quotes(
                INTRO + "The Hungarian president, as quoted by the state news agency, said that the railway would "
                "be finished by 2028."
            ),
        )
        # (the one who relays the words is not who spoke them)
        self.assertEqual(
            [
                speaker
                for speaker, _ in quotes(
                    INTRO + "Kertész, as cited by Tursunov's press secretary, said that "
                    "the railway would be finished by 2028."
                )
            ],
            ["Gábor Kertész"],
        )

    def test_a_feeling_or_a_day_between_the_verb_and_its_object_leaves_the_object_reported(self):
        self.assertIn(
            ("Gábor Kertész", "the steady growth of trade between the two countries"),
            quotes(INTRO + "Kertész noted with satisfaction the steady growth of trade between the two countries."),
        )
        self.assertIn(
            ("Gábor Kertész", "Hungary's readiness to build the railway"),
            quotes(INTRO + "Kertész affirmed on Tuesday Hungary's readiness to build the railway."),
        )
        # (a feeling with no object after it reports nothing)
        self.assertEqual(quotes(INTRO + "Kertész listened with satisfaction as the band played."), [])

    def test_a_relative_clause_set_off_after_the_subject_leaves_the_sentence_its_own_verb(self):
        self.assertIn(
            ("Jasur Tursunov", "We will not pay for a road we do not use"),
            quotes(
                INTRO + "Kertész said the railway was late.\n\nTursunov, who has long opposed the toll, struck a "
                'different note.\n\n"We will not pay for a road we do not use," he said.'
            ),
        )
        # (without the closing comma the clause is no set-off one, and the subject is not read from it)
        self.assertIn(
            ("Gábor Kertész", "We will not pay for a road we do not use"),
            quotes(
                INTRO + "Kertész said the railway was late.\n\nThose who opposed the toll struck a different "
                'note.\n\n"We will not pay for a road we do not use," he said.'
            ),
        )

    def test_an_office_only_one_person_holds_is_the_subject_after_an_opening_phrase(self):
        intro = "German Chancellor Karl Vogt held talks with Indian Prime Minister Ravi Menon in Delhi.\n\n"
        self.assertIn(
            ("Karl Vogt", "German firms to invest in the Indian market"),
            quotes(
                intro + "Menon said the talks were useful.\n\nIn the afternoon, the Chancellor spoke at a business "
                "forum with Trade Minister Anil Rao. He urged German firms to invest in the Indian market."
            ),
        )
        # (an office two people of the story hold tells neither: the pronoun stays with the one who spoke)
        intro = "German Foreign Minister Karl Vogt held talks with Indian Foreign Minister Ravi Menon in Delhi.\n\n"
        self.assertIn(
            ("Ravi Menon", "German firms to invest in the Indian market"),
            quotes(
                intro + "Menon said the talks were useful.\n\nIn the afternoon, the Minister spoke at a business "
                "forum with Trade Minister Anil Rao. He urged German firms to invest in the Indian market."
            ),
        )

    def test_a_name_set_off_after_its_office_is_the_subject_a_pronoun_takes_up(self):
        self.assertIn(
            ("Aziz Karimov", "the line would open in 2030"),
            quotes(
                INTRO + "Kertész said the railway was late.\n\nThe Deputy Minister of Transport of Uzbekistan, Aziz "
                "Karimov, joined the talks by video link from Tashkent. He said the line would open in 2030."
            ),
        )
        # (a list set off by commas names nobody: the pronoun stays with the one who spoke)
        self.assertIn(
            ("Gábor Kertész", "the line would open in 2030"),
            quotes(
                INTRO + "Kertész said the railway was late.\n\nOn the platform, the band, the choir and the dancers, "
                "waited. He said the line would open in 2030."
            ),
        )

    def test_a_person_an_opening_for_names_is_whose_view_the_sentence_gives(self):
        self.assertIn(
            ("Aziz Karimov", "We have waited long enough"),
            quotes(
                INTRO + "Kertész said the railway was late.\n\nFor the Uzbek Deputy Minister of Transport, Aziz "
                'Karimov, the railway is a priority. "We have waited long enough," he told reporters.'
            ),
        )
        # (an opening "for" that names nobody leaves the pronoun with the one who spoke)
        self.assertIn(
            ("Gábor Kertész", "We have waited long enough"),
            quotes(
                INTRO + "Kertész said the railway was late.\n\nFor years, the railway has been a priority. "
                '"We have waited long enough," he told reporters.'
            ),
        )

    def test_an_opening_for_names_whose_view_whatever_verb_the_sentence_has(self):
        self.assertIn(
            ("Aziz Karimov", "the railway links of the two countries"),
            quotes(
                INTRO + "Kertész said the railway was late.\n\nFor the Uzbek Deputy Minister of Transport, Aziz "
                'Karimov, the visit "opens a new road". He stressed the railway links of the two countries.'
            ),
        )
        # (one named after the opening's comma is no view the opening gives)
        self.assertIn(
            ("Gábor Kertész", "the railway links of the two countries"),
            quotes(
                INTRO + "Kertész said the railway was late.\n\nFor now, the visit of Aziz Karimov, the Uzbek Deputy "
                'Minister of Transport, "opens a new road". He stressed the railway links of the two countries.'
            ),
        )

    def test_a_fronted_question_goes_on_over_pieces_that_open_on_a_preposition_or_a_question_word(self):
        self.assertIn(
            ("Jasur Tursunov", "The night is still young"),
            quotes(
                INTRO + "Kertész said the railway was late.\n\nAsked by a reporter, at the station, whether he felt "
                'tired, Tursunov smiled. "The night is still young," he joked.'
            ),
        )
        # (a piece that opens on neither is the subject, which names nobody here: the pronoun stays with the one who
        # spoke)
        self.assertIn(
            ("Gábor Kertész", "The night is still young"),
            quotes(
                INTRO + "Kertész said the railway was late.\n\nAsked about the delay, reporters, who had waited for "
                'hours, left. "The night is still young," he joked.'
            ),
        )

    def test_a_style_and_a_second_person_after_it_do_not_style_that_person(self):
        lead = (
            "His Highness Sheikh Hamad bin Khalid Al Qasimi, Crown Prince of Sharjah, held talks with Uzbek "
            "President Jasur Tursunov in Tashkent.\n\nAfter the talks, His Highness and President Tursunov witnessed "
            "the signing of an agreement on energy.\n\n"
        )
        self.assertIn(
            ("Hamad bin Khalid Al Qasimi", "the agreement would open a new chapter"),
            quotes(lead + "His Highness said the agreement would open a new chapter."),
        )
        # (titles and names between the style and the name still are his: "His Highness Sheikh Hamad")
        self.assertIn(
            ("Hamad bin Khalid Al Qasimi", "the agreement would open a new chapter"),
            quotes(
                "Uzbek President Jasur Tursunov received His Highness Sheikh Hamad bin Khalid Al Qasimi, Crown "
                "Prince of Sharjah.\n\nHis Highness said the agreement would open a new chapter."
            ),
        )

    def test_one_whose_greetings_are_passed_on_is_not_whom_a_later_bare_office_means(self):
        self.assertIn(
            ("Jasur Tursunov", "Uzbekistan attached great importance to its ties with Hungary"),
            quotes(
                "Hungarian Foreign Minister Anna Kovács called on Uzbek President Jasur Tursunov in Tashkent and "
                "conveyed to him the greetings of President Gábor Kertész.\n\nThe president said Uzbekistan attached "
                "great importance to its ties with Hungary."
            ),
        )
        # (a message "from" a place is no sender's name: the one named after it speaks)
        self.assertIn(
            ("Gábor Kertész", "the railway would open in 2030"),
            quotes(
                "Hungarian Foreign Minister Anna Kovács called on Uzbek President Jasur Tursunov in Tashkent.\n\nIn a "
                "message from Budapest, President Gábor Kertész said the railway would open in 2030."
            ),
        )


class AgedPastTradeTests(SimpleTestCase):
    def test_a_leaders_age_before_a_former_trade_leaves_it_a_biography(self):
        text = (
            "OTTAWA - Prime Minister Claire Dubois welcomed Icelandic President Sigrun Halldorsdottir.\n\n"
            "Halldorsdottir, a 61-year-old former law professor, laid a wreath on Tuesday. Iceland and Canada "
            "signed a memorandum on fisheries."
        )
        people = {p.name: p.country for p in suggest_package(text).participants}
        self.assertEqual(people.get("Sigrun Halldorsdottir"), "IS")
        # (someone the story names only with an aged former trade is still no one of the visit)
        text = (
            "OTTAWA - Prime Minister Claire Dubois welcomed Icelandic President Sigrun Halldorsdottir.\n\n"
            '"It is a good start," said Jon Einarsson, a 61-year-old former law professor. Iceland and Canada '
            "signed a memorandum on fisheries."
        )
        self.assertNotIn("Jon Einarsson", {p.name for p in suggest_package(text).participants})


class EarlierTripTests(SimpleTestCase):
    TEXT = (
        "Canadian leader courts Ghana on cocoa as India's shadow looms\n\n"
        "ACCRA, Ghana (AP) — A brass band played Tuesday as Canadian Prime Minister Paul Girard stepped onto the red "
        "carpet at Ghana's Jubilee House, where President Kwame Asante greeted him.\n\n"
        "Over two hours the two leaders discussed cocoa, gold and Canadian money for Ghana's railways.\n\n"
    )

    def test_a_trip_last_month_is_not_where_the_visit_happens(self):
        text = self.TEXT + (
            "Asante's government has also been courting New Delhi, and his finance minister travelled to India last "
            "month to renegotiate the terms of Indian loans. India is now Ghana's largest lender."
        )
        result = suggest_package(text)
        self.assertEqual({c.code for c in result.countries}, {"GH", "CA"})
        self.assertEqual({p.name: p.country for p in result.participants}.get("Kwame Asante"), "GH")
        # (only the clause that says "last month" is another trip: an arrival beside it still tells the host)
        text = (
            "Canadian Prime Minister Paul Girard arrived in Accra on Monday, while his trade minister travelled to "
            "Lagos last month. He met President Kwame Asante."
        )
        self.assertEqual([c.code for c in suggest_package(text).countries][:1], ["GH"])


class ThirdLeaderByVideoTests(SimpleTestCase):
    def test_three_leaders_named_together_when_the_third_only_joins_by_video_make_two_sides(self):
        text = (
            "Leaders of Peru, Chile and Bolivia open lithium railway works\n\n"
            "LIMA - President of Peru Rosa Quispe and President of Chile Tomas Fuentes, who is in Lima on a state "
            "visit, opened the works on Monday.\n\n"
            "Speaking by video link from La Paz, President of Bolivia Evo Mamani said the railway would help all "
            "three countries."
        )
        self.assertEqual(sorted(c.code for c in suggest_package(text).countries), ["CL", "PE"])
        # (a third leader who comes in person is a side of a summit the headline names so)
        text = text.replace("Speaking by video link from La Paz", "Speaking at the ceremony in Lima")
        self.assertEqual(sorted(c.code for c in suggest_package(text).countries), ["BO", "CL", "PE"])


class OfficeLedEntryTests(SimpleTestCase):
    """A live blog's entry led by a participant's office and a colon gives that participant's words."""

    TEXT = (
        "LIVE: Prime Minister Ruth Okafor visits Norway\n\nFollow our live coverage of Nigerian Prime Minister Ruth "
        "Okafor's visit to Oslo, where she meets Norwegian King Olav Berg.\n\n10:40\n{}: \"Norway and Nigeria can "
        'build the next gas terminal together."'
    )

    def test_an_office_and_its_circumstance_lead_the_words(self):
        found = quotes(self.TEXT.format("The prime minister at the press point"))
        self.assertEqual(found, [("Ruth Okafor", "Norway and Nigeria can build the next gas terminal together.")])

    def test_an_office_with_a_country_leads_the_words(self):
        found = quotes(self.TEXT.format("The Nigerian prime minister"))
        self.assertEqual(found, [("Ruth Okafor", "Norway and Nigeria can build the next gas terminal together.")])

    def test_an_institution_leading_the_words_names_nobody(self):
        self.assertEqual(quotes(self.TEXT.format("The ministry at the briefing")), [])


class HeadlinePartialTests(SimpleTestCase):
    """A headline's marked phrase the body never says again is the speaker's only word of it."""

    def test_a_headlines_marked_phrase_the_body_does_not_repeat_is_a_partial_quote(self):
        text = "Tursunov hails 'bridge of steel' with Hungary\n\n" + INTRO + "Tursunov said the rail link was ready."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "bridge of steel"), ("Jasur Tursunov", "the rail link was ready")]
        )


class PartialAfterDirectQuoteTests(SimpleTestCase):
    """A participle after a direct quote's attribution hands its marked words to the one who said the quote."""

    def test_a_sentence_starting_inside_the_quote_gives_the_participle_the_attributions_subject(self):
        text = (
            INTRO + '"Hungary and Uzbekistan are not only trading partners. We are friends who trust each other," '
            'Kertész said at the press conference, describing Uzbekistan as "the door to Central Asia."'
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "Hungary and Uzbekistan are not only trading partners. We are friends who trust each other",
                ),
                ("Gábor Kertész", "the door to Central Asia."),
            ],
        )


class TwoPartTitleTests(SimpleTestCase):
    """An "and" inside the title of the one person a subject names is no joint subject."""

    TEXT = (
        "Latvian Prime Minister Ilze Ozola held talks with Chilean President Tomás Araya in Santiago on Monday.\n\n"
        "{} said the new shipping line would halve the time copper takes to reach the Baltic ports."
    )

    def test_a_title_of_two_parts_before_one_name_speaks_for_that_person(self):
        for subject in ("Chilean Mining and Energy Minister Rosa Vidal", "Deputy PM and FM Rosa Vidal"):
            found = quotes(self.TEXT.format(subject))
            self.assertIn(
                ("Rosa Vidal", "the new shipping line would halve the time copper takes to reach the Baltic ports"),
                found,
                subject,
            )

    def test_two_people_joined_by_and_stay_a_joint_subject(self):
        for subject in ("President Araya and Prime Minister Ozola", "Rosa Vidal and her Latvian counterpart"):
            self.assertEqual(quotes(self.TEXT.format(subject)), [], subject)


class QuestionSetOffBeforeVerbTests(SimpleTestCase):
    """A question put to the subject, set off by commas before the speech verb, leaves the subject to speak."""

    TEXT = (
        "Finnish Foreign Minister Aino Lahti held talks with Peruvian Foreign Minister Julio Paredes in Lima.\n\n"
        "{} the fishing quotas would be reviewed before the end of the season."
    )

    def test_asked_by_someone_about_something(self):
        found = quotes(self.TEXT.format("Paredes, asked by a local radio station about the dispute, said"))
        self.assertIn(("Julio Paredes", "the fishing quotas would be reviewed before the end of the season"), found)

    def test_when_asked_before_a_gesture_and_the_verb(self):
        found = quotes(self.TEXT.format("Ms Lahti, when asked about the dispute, nodded and said"))
        self.assertIn(("Aino Lahti", "the fishing quotas would be reviewed before the end of the season"), found)


class SourceSetOffBeforeVerbTests(SimpleTestCase):
    """A source's attribution set off between a subject and its speech verb leaves the subject to speak."""

    TEXT = (
        "Finnish Foreign Minister Aino Lahti held talks with Peruvian Foreign Minister Julio Paredes in Lima.\n\n"
        "{} stressed the importance of sustainable fishing for coastal communities."
    )

    def test_a_document_or_an_office_set_off_names_no_speaker(self):
        for subject in ("His Peruvian counterpart, the ministry's statement said,", "Paredes, the readout said,"):
            found = quotes(self.TEXT.format(subject))
            self.assertIn(("Julio Paredes", "the importance of sustainable fishing for coastal communities"), found)


class StanceHeldThatClauseTests(SimpleTestCase):
    """A stance voiced or renewed with its "that" clause ("reiterated his country's position that A") reports A."""

    TEXT = (
        "Chilean Foreign Minister Tomas Ibarra held talks with Estonian Foreign Minister Kadri Saar in Tallinn.\n\n"
        "Ibarra {} the fishing dispute should be settled by the arbitration panel."
    )

    def test_the_clause_is_the_statement(self):
        for frame in (
            "reiterated his country's position that",
            "conveyed Chile's position that",
            "reaffirmed the government's consistent view that",
            "stressed Chile's firm view that",
        ):
            found = quotes(self.TEXT.format(frame))
            self.assertIn(
                ("Tomas Ibarra", "the fishing dispute should be settled by the arbitration panel"), found, frame
            )

    def test_marks_inside_the_clause_stay_in_it(self):
        found = quotes(self.TEXT.format("reiterated his country's position that").replace("arbitration", '"neutral"'))
        self.assertIn(("Tomas Ibarra", 'the fishing dispute should be settled by the "neutral" panel'), found)


class WritersPresentAfterButTests(SimpleTestCase):
    """A "but" clause with a subject of its own in the present tense is the state of things now, the writer's."""

    TEXT = (
        "Icelandic Prime Minister Sigrun Haldorsdottir held talks with Chilean President Mateo Valdivia in Lima.\n\n"
        "Haldorsdottir {} the fisheries accord would be ready {}."
    )

    def test_a_new_subject_in_the_present_ends_the_statement(self):
        for verb in ("said", "says"):
            for tail in (
                '"before winter", but the salmon farmers remain unconvinced',
                "by the autumn, but port fees, quotas and licences remain open questions",
                "by the autumn, but the two parliaments have not scheduled a vote",
                "by the autumn, but Norway continues to object",
            ):
                found = quotes(self.TEXT.format(verb, tail))
                head = tail.split(", but")[0]
                self.assertIn(
                    ("Sigrun Haldorsdottir", f"the fisheries accord would be ready {head}"), found, (verb, tail)
                )

    def test_a_pronoun_or_no_subject_goes_on_with_the_statement(self):
        for tail in (
            "by the autumn, but it remains a priority for both navies",
            "by the autumn, but still remains short of what the fleets need",
        ):
            found = quotes(self.TEXT.format("said", tail))
            self.assertIn(("Sigrun Haldorsdottir", f"the fisheries accord would be ready {tail}"), found, tail)


class WishedToGoesOnTests(SimpleTestCase):
    """ "and wished to" with an infinitive is a wish of the clause's subject and goes on; "wished X well" is not."""

    TEXT = (
        "Uruguayan President Lucia Ferreyra held talks with Norwegian Prime Minister Eirik Solvang in Oslo.\n\n"
        "Ferreyra said Uruguay saw Norway as a key partner in Northern Europe and {}."
    )

    def test_a_wish_to_do_something_stays_in_the_statement(self):
        found = quotes(self.TEXT.format("wished to learn from its experience in offshore wind"))
        self.assertIn(
            (
                "Lucia Ferreyra",
                "Uruguay saw Norway as a key partner in Northern Europe and wished to learn from its experience in "
                "offshore wind",
            ),
            found,
        )

    def test_wishing_the_host_well_is_the_speakers_next_act(self):
        found = quotes(self.TEXT.format("wished the Norwegian people prosperity"))
        self.assertIn(("Lucia Ferreyra", "Uruguay saw Norway as a key partner in Northern Europe"), found)


class GreetingsPassedOnTests(SimpleTestCase):
    """Greetings a speaker asks to have passed on are a courtesy, however the request is worded."""

    TEXT = (
        "Omani Foreign Minister Khalid bin Saeed Al Harthy held talks with Paraguayan President Ramon Ocampo in "
        "Asuncion.\n\nPresident Ramon Ocampo reciprocated the greetings of the Sultan. {}"
    )

    def test_a_request_to_pass_greetings_on_is_no_statement(self):
        for sentence in (
            "Ocampo asked to convey his cordial greetings to the Sultan of Oman.",
            "Ocampo asked to convey to the Sultan of Oman, His Majesty Haitham bin Tariq, his sincere greetings.",
            "Ocampo asked the minister to convey them to His Majesty the Sultan.",
        ):
            found = quotes(self.TEXT.format(sentence))
            self.assertFalse([q for q in found if "convey" in q[1]], (sentence, found))

    def test_a_request_to_pass_on_something_else_stays(self):
        text = (
            "Omani Foreign Minister Khalid bin Saeed Al Harthy held talks with Paraguayan President Ramon Ocampo in "
            "Asuncion.\n\nOcampo asked the minister to convey them to the Omani investment authority without delay."
        )
        found = quotes(text)
        self.assertIn(
            ("Ramon Ocampo", "the minister to convey them to the Omani investment authority without delay"), found
        )


class DeadlineBeforeEndOfTests(SimpleTestCase):
    """ ", before the end of the year" is a deadline inside what was said; ", before the talks" is the scene."""

    TEXT = (
        "Danish Trade Minister Freja Holm held talks with Vietnamese Minister of Industry Tran Van Binh in Hanoi.\n\n"
        "Holm said Denmark would open a trade office in Da Nang, {}."
    )

    def test_a_deadline_stays_in_the_statement(self):
        for tail in ("before the end of the year", "before the close of the fiscal year"):
            found = quotes(self.TEXT.format(tail))
            self.assertIn(("Freja Holm", f"Denmark would open a trade office in Da Nang, {tail}"), found, tail)

    def test_the_occasion_after_the_statement_is_left_out(self):
        found = quotes(self.TEXT.format("before the talks with her host"))
        self.assertIn(("Freja Holm", "Denmark would open a trade office in Da Nang"), found)


class PresentTellsAfterQuoteTests(SimpleTestCase):
    """A timeline's or a live page's present tense: ""...," X tells the forum" names X as "told" does."""

    HEAD = "Bolivian President Rosa Quispe held talks with Finnish President Aarne Lehto in La Paz on Monday.\n\n"

    def test_tells_with_an_audience(self):
        text = self.HEAD + '"Our salt flats can feed the batteries of Europe," Quispe tells the business forum.\n'
        self.assertIn(("Rosa Quispe", "Our salt flats can feed the batteries of Europe"), quotes(text))

    def test_tells_with_an_audience_and_a_place(self):
        text = self.HEAD + '"We will be back in spring," Lehto tells reporters at El Alto airport.\n'
        self.assertIn(("Aarne Lehto", "We will be back in spring"), quotes(text))

    def test_a_clause_that_tells_no_one_is_not_an_attribution(self):
        text = self.HEAD + '"Lithium First" was the slogan, as a banner by the road tells passers-by.\n'
        self.assertEqual(quotes(text), [])


class RecordingCueTests(SimpleTestCase):
    """A podcast's or a bulletin's cue naming whose recording plays gives the words after it their speaker."""

    HEAD = (
        "Bolivian President Rosa Quispe held talks with Finnish President Aarne Lehto in La Paz on Monday.\n\n"
        "HOST: So what did they actually say?\n\n"
    )

    def test_a_bracketed_clip_with_the_speakers_office_and_name(self):
        text = self.HEAD + (
            "[CLIP — PRESIDENT AARNE LEHTO]\n\n"
            '"Finland does not come to dig. We come to build the plants here."\n\n'
            "[END CLIP]\n"
        )
        self.assertIn(
            ("Aarne Lehto", "Finland does not come to dig. We come to build the plants here."),
            quotes(text),
        )

    def test_a_soundbite_of_a_recording_with_the_name_after_a_comma(self):
        text = self.HEAD + (
            "(SOUNDBITE OF ARCHIVED RECORDING, ROSA QUISPE)\n\n"
            '"Our salt flats belong to the people who live beside them."\n'
        )
        self.assertIn(("Rosa Quispe", "Our salt flats belong to the people who live beside them."), quotes(text))

    def test_a_cue_that_names_no_one_gives_no_speaker(self):
        text = self.HEAD + '[CLIP — CROWD CHANTING]\n\n"Our salt flats belong to the people who live beside them."\n'
        self.assertEqual(quotes(text), [])


class RunInRubricTests(SimpleTestCase):
    """An explainer's run-in rubric before a quote ("What they said:") names no speaker; the attribution after the
    marks does."""

    HEAD = "Latvian Foreign Minister Ilze Berzina held talks with Chilean Foreign Minister Tomas Rojas in Riga.\n\n"

    def test_the_tail_names_the_speaker_after_a_rubric(self):
        text = self.HEAD + (
            'What they said: "Small countries keep their word," Berzina told the press. "We expect the same."\n'
        )
        self.assertEqual(
            quotes(text),
            [("Ilze Berzina", "Small countries keep their word"), ("Ilze Berzina", "We expect the same.")],
        )

    def test_a_rubric_naming_the_leaders(self):
        text = self.HEAD + 'What the ministers said: "The copper route is open," Rojas said.\n'
        self.assertEqual(quotes(text), [("Tomas Rojas", "The copper route is open")])


class ChainedThatInsideRelayedWordsTests(SimpleTestCase):
    """A participant's "said that A and that B" told inside someone else's words is one statement, as it is when
    the narrative tells it."""

    def test_inside_a_briefers_transcript_line(self):
        text = INTRO + (
            "Spokesperson Gyula Fekete: President Tursunov noted that Uzbekistan is a key partner and that trade "
            "has doubled since 2020.\n"
        )
        self.assertIn(
            ("Jasur Tursunov", "Uzbekistan is a key partner and that trade has doubled since 2020"), quotes(text)
        )


class RepeatedQuoteTests(SimpleTestCase):
    """A write-through gives its first take's quote again under the fuller story: the same words of the same
    speaker are one quote, the first; a short courtesy said twice stays twice."""

    def test_the_same_words_again_further_down_are_one_quote(self):
        said = "Cotton from the Fergana valley will reach Hungarian mills by rail next spring"
        text = INTRO + (
            f'"{said}," Tursunov told reporters.\n\n'
            "The two presidents also discussed water and energy.\n\n"
            f'"{said}," Tursunov said at a joint news conference after the talks.\n'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", said)])

    def test_another_speaker_may_say_the_same_words(self):
        said = "Cotton from the Fergana valley will reach Hungarian mills by rail next spring"
        text = INTRO + f'"{said}," Tursunov said.\n\n"{said}," Kertész replied.\n'
        self.assertEqual(quotes(text), [("Jasur Tursunov", said), ("Gábor Kertész", said)])


class KingAndQueenTests(SimpleTestCase):
    """ "The King and Queen X" names the queen alone: the King's words stay his, not his consort's."""

    def test_the_king_speaks_after_the_couple_is_named(self):
        text = (
            "King Haakon of Norway held talks with President Maria Lopes of Cape Verde in Praia on Tuesday.\n\n"
            "The state visit by the King and Queen Sonja is the first by a Norwegian monarch to the islands.\n\n"
            '"The sea has always joined our peoples," the King said.\n'
        )
        self.assertEqual(quotes(text), [("Haakon", "The sea has always joined our peoples")])


class FieldVocabularyTests(SimpleTestCase):
    """A field is named by its own terms of art, not only by its headword: the fuel planes burn, the ferry, the
    visiting forces, the counterterrorism written as one word."""

    def sphere(self, title: str) -> str:
        from relations_plugin.extraction.facts import _sphere_x

        return _sphere_x(title)

    def test_security_terms_of_art(self):
        self.assertEqual(self.sphere("Memorandum on counterterrorism cooperation"), "security")
        self.assertEqual(self.sphere("Protocol on anti-terror exercises"), "security")
        self.assertEqual(self.sphere("MoU on a coastal surveillance network of radars"), "security")
        self.assertEqual(self.sphere("Agreement on white shipping information exchange"), "security")

    def test_defence_terms_of_art(self):
        self.assertEqual(self.sphere("Arrangement under the Status of Visiting Forces Agreement"), "defence")
        self.assertEqual(self.sphere("MoU between the two ministries on peacekeeping training"), "defence")
        self.assertEqual(self.sphere("Cost-sharing deal for the joint fighter programme"), "defence")

    def test_transport_aviation_and_energy_terms(self):
        self.assertEqual(self.sphere("Framework on a ferry service between the islands"), "transport")
        self.assertEqual(self.sphere("Agreement on the mutual recognition of driver's licences"), "transport")
        self.assertEqual(self.sphere("Agreement on a new direct air connection"), "aviation")
        self.assertEqual(self.sphere("Agreement on aviation fuel deliveries to the north"), "energy")
        self.assertEqual(self.sphere("Letter of intent on transmission lines in the south"), "energy")

    def test_people_trade_science_and_party_terms(self):
        self.assertEqual(self.sphere("Letter of intent on the Young Professionals Scheme"), "migration")
        self.assertEqual(self.sphere("Letter on the Seasonal Agricultural Worker Program"), "labour")
        self.assertEqual(self.sphere("Agreement to open a trading house in the capital"), "trade")
        self.assertEqual(self.sphere("MoU in the field of quantum technologies"), "science")
        self.assertEqual(self.sphere("Action plan against illegal logging"), "environment")
        self.assertEqual(self.sphere("Cooperation plan between the CPV and the LPRP"), "political")
        self.assertEqual(self.sphere("Grant for equipment for emergency medical care"), "health")
        self.assertEqual(self.sphere("MoU on preserving monastery manuscripts by digitization"), "culture")

    def test_a_lender_and_its_money_are_finance(self):
        self.assertEqual(self.sphere("Memorandum with a Vessan commercial bank on lending to exporters"), "finance")
        self.assertEqual(self.sphere("Memorandum on settlements in national currencies"), "finance")
        # (a bare commercial deal stays trade)
        self.assertEqual(self.sphere("Commercial agreement signed by the two firms"), "trade")

    def test_the_sea_yields_to_the_field_it_is_the_place_of(self):
        self.assertEqual(self.sphere("MoU on cooperation in maritime archaeology and heritage"), "culture")
        self.assertEqual(
            self.sphere("Joint statement on the delimitation talks on the maritime boundary"), "political"
        )
        self.assertEqual(self.sphere("Agreement on the sea boundary between Vessa and Kolvia"), "political")
        self.assertEqual(self.sphere("Agreement on maritime cooperation"), "transport")
        self.assertEqual(self.sphere("Agreement on maritime transport"), "transport")

    def test_oil_fields_under_the_sea_are_energy(self):
        self.assertEqual(self.sphere("Agreement to study data from offshore blocks in the Kolvi basin"), "energy")
        self.assertEqual(self.sphere("MoU with Vessoil on cooperation in deep-water exploration"), "energy")
        self.assertEqual(self.sphere("Confidentiality agreement on shallow-water block data"), "energy")
        self.assertEqual(self.sphere("Agreement on drinking water supply"), "water")

    def test_the_goods_carried_and_the_work_fit_for_the_climate_name_the_field(self):
        self.assertEqual(self.sphere("Declaration on the production and shipping of liquefied hydrogen"), "energy")
        self.assertEqual(self.sphere("Agreement on the transportation of dangerous goods"), "transport")
        self.assertEqual(self.sphere('Grant on the project "Climate-Smart Irrigation in Kolvi Province"'), "water")
        self.assertEqual(self.sphere("MoU on climate-resilient development"), "environment")

    def test_corridors_capitals_shelves_smoke_and_visions(self):
        self.assertEqual(self.sphere("Grant for the Vessa Valley Economic Corridor"), "infrastructure")
        self.assertEqual(self.sphere("MoU on the development of Kolvia's new capital city"), "infrastructure")
        self.assertEqual(self.sphere("Agreement on new capital injections into the joint bank"), "finance")
        self.assertEqual(self.sphere("Memorandum on joint work on the continental shelf"), "energy")
        self.assertEqual(self.sphere("Programme for glass and paper industry emissions"), "environment")
        self.assertEqual(self.sphere("Programme for glass and paper industry exports"), "trade")
        self.assertEqual(self.sphere('Joint vision document "Neighbours Across the Strait"'), "political")
        self.assertEqual(self.sphere("Loan for a project to renew the Kolvi heat supply system"), "energy")
        self.assertEqual(self.sphere("Grant for district heating in the northern towns"), "energy")

    def test_people_trained_for_an_industry_are_schooling(self):
        self.assertEqual(
            self.sphere("Letter of intent on training welders for the Kolvian shipbuilding industry"), "education"
        )
        self.assertEqual(
            self.sphere("Agreement on the training of Vessan chemists in Kolvian industrial plants"), "education"
        )
        self.assertEqual(self.sphere("Agreement on the training of health professionals"), "health")

    def test_named_zones_schools_and_sellers(self):
        self.assertEqual(
            self.sphere("MoU between the Authority of the Kolvi River Economic Zone and the ministry"), "investment"
        )
        self.assertEqual(
            self.sphere("Agreement on a branch of the Vessa Institute of Chemistry and Technology"), "education"
        )
        self.assertEqual(self.sphere("Distribution deal with a Kolvian supermarket chain"), "trade")
        self.assertEqual(
            self.sphere(
                "Memorandum between the Ministry of Economy, Trade and Industry and the Ministry of Commerce "
                "in the Field of Rare Earths"
            ),
            "mining",
        )


class UniversityHostsTests(SimpleTestCase):
    """A university's rector and vice-rectors who receive a visiting minister hold an office there and take part."""

    def test_the_rector_who_receives_the_minister_is_a_participant_and_speaks(self):
        text = (
            "The Minister of Education of Finland, Aino Lehtonen, visited the University of Porto on Monday. The "
            "minister was received by the Rector of the University of Porto, Prof. Rui Manuel Tavares, and the "
            "Vice-Rector, Prof. Inês Cardoso Lima. Earlier she held talks in Lisbon with Portugal's Minister of "
            "Science, João Ferreira.\n\n"
            '"Finland has been a partner of our engineering school for thirty years," said Rector Tavares.\n'
        )
        result = suggest_package(text)
        names = {p.name: p.role for p in result.participants}
        self.assertIn("Rui Manuel Tavares", names)
        self.assertIn("Inês Cardoso Lima", names)
        self.assertEqual(
            [(q.speaker.name, q.text) for q in result.quotes],
            [("Rui Manuel Tavares", "Finland has been a partner of our engineering school for thirty years")],
        )


class BodiesReadAsPeopleTests(SimpleTestCase):
    """A capitalised run that holds a body's bracketed abbreviation, a firm's seat ("-based") or a hall's noun names
    no person, and is given no words."""

    def test_a_run_with_the_abbreviation_of_a_body_is_no_person(self):
        text = (
            "Jornal da UFM | Campus\n\n"
            "The Minister of Research of Norway, Kari Haugland, visited the Federal University of Minas (UFM) on "
            "Friday and was welcomed at the Reitoria UFM by students.\n\n"
            '"Research has no borders," Haugland said.\n'
        )
        names = [p.name for p in suggest_package(text).participants]
        self.assertNotIn("Jornal da UFM", names)
        self.assertNotIn("Reitoria UFM", names)

    def test_a_firm_by_its_seat_and_a_hall_are_no_people(self):
        text = (
            "Swedish Prime Minister Lars Ekdahl held talks with Indian Prime Minister Arjun Mehta in Bengaluru.\n\n"
            'In his address in the R K Rao Auditorium, Ekdahl said the two countries were "natural partners in '
            'science".\n\n'
            "Karin Holm, the chief executive of one of the firms, Malmo-based Nordvik Metals, said the talks went "
            "well.\n"
        )
        result = suggest_package(text)
        names = [p.name for p in result.participants]
        self.assertNotIn("R K Rao Auditorium", names)
        self.assertNotIn("Malmo-based Nordvik Metals", names)
        self.assertEqual({q.speaker.name for q in result.quotes}, {"Lars Ekdahl"})


class OutsiderAntecedentTests(SimpleTestCase):
    """A pronoun after a sentence that names only someone taking no part (a firm's head, a researcher) means that
    person, not the last leader quoted: the words are nobody's of the visit."""

    def test_a_pronoun_after_a_trade_set_off_after_a_full_name(self):
        text = INTRO + (
            '"Our railways will meet at the border," Tursunov said.\n\n'
            "Among the guests at the dinner was Bence Szabó, managing director of a Szeged machine-tool firm.\n\n"
            '"We have waited ten years for this line," he told the local paper.\n'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our railways will meet at the border")])

    def test_a_pronoun_after_a_described_subject_who_takes_no_part(self):
        text = INTRO + (
            '"Our railways will meet at the border," Tursunov said.\n\n'
            "Bence Szabó, the chief executive of one of those companies, Szeged-based Tisza Tools, travelled with "
            "the delegation.\n\n"
            '"The order book is full," he said.\n'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our railways will meet at the border")])

    def test_a_pronoun_whose_nearest_person_is_a_commentator(self):
        text = INTRO + (
            '"Our railways will meet at the border," Kertész said.\n\n'
            "Speaking to our correspondent, Anna Kovács, a researcher at the Institute for Eurasian Studies, said "
            "the talks went well.\n\n"
            "According to her, the line is long overdue. Budapest, on the other hand, wants guarantees, she said.\n"
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "Our railways will meet at the border")])


class ReadoutRunTests(SimpleTestCase):
    """A readout sets a leader's words out over several sentences after one "said that", keeping his tense: the
    sentences after it that state a side's stance or sum up the ties, with no speech verb of their own and no one
    else named, go on with his statement; the writer's own facts after it do not."""

    def test_a_sides_stance_goes_on_with_the_statement(self):
        text = INTRO + (
            "Tursunov said that Uzbekistan and Hungary share a long friendship. The two countries have always "
            "backed each other in hard times. Uzbekistan is ready to buy more Hungarian machinery and welcomes "
            "Hungarian banks to Tashkent.\n"
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Jasur Tursunov",
                    "Uzbekistan and Hungary share a long friendship. The two countries have always backed each other "
                    "in hard times. Uzbekistan is ready to buy more Hungarian machinery and welcomes Hungarian banks "
                    "to Tashkent",
                )
            ],
        )

    def test_the_writers_fact_after_it_is_not_his(self):
        text = INTRO + (
            "Tursunov said that Uzbekistan wants more Hungarian machinery. Hungary is one of the largest makers of "
            "buses in Central Europe.\n"
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Uzbekistan wants more Hungarian machinery")])

    def test_a_sentence_with_its_own_attribution_is_a_report_of_its_own(self):
        text = INTRO + (
            "Tursunov said that Uzbekistan and Hungary share a long friendship. Uzbekistan is ready to buy more "
            "Hungarian machinery, he added.\n"
        )
        self.assertEqual(quotes(text)[0], ("Jasur Tursunov", "Uzbekistan and Hungary share a long friendship"))

    def test_inside_a_briefers_line_with_and_without_that(self):
        text = INTRO + (
            "Spokesperson Gyula Fekete: President Tursunov said Uzbekistan is ready to open a trade house in "
            "Budapest. President Kertész said that Hungary values the partnership. Hungary hopes to train Uzbek "
            "engineers. He said the Hungarian side will send a business mission in May.\n"
        )
        relayed = [q for q in quotes(text) if q[0] != "Gyula Fekete"]
        self.assertEqual(
            relayed,
            [
                ("Jasur Tursunov", "Uzbekistan is ready to open a trade house in Budapest"),
                ("Gábor Kertész", "Hungary values the partnership. Hungary hopes to train Uzbek engineers"),
                ("Gábor Kertész", "the Hungarian side will send a business mission in May"),
            ],
        )

    def test_a_proposal_is_not_followed_by_the_proposers_stance(self):
        text = INTRO + (
            "Spokesperson Gyula Fekete: President Tursunov suggested that Hungary send engineers to the Fergana "
            "valley. Hungary is open to cooperation with all partners in this field.\n"
        )
        self.assertIn(("Jasur Tursunov", "Hungary send engineers to the Fergana valley"), quotes(text))


class ParliamentSeatLabelTests(SimpleTestCase):
    """A parliament's record labels a minister by his surname in capitals, his seat and office in brackets and the
    time ("Mr X (Seat—Office) (14:02):"), then by the surname alone: the labels name a participant, and the members'
    noise noted between his paragraphs is none of his words."""

    TEXT = (
        "QUESTIONS WITHOUT NOTICE\n\n"
        "Ms ARDEN (Corangamite) (14:02): My question is to the Prime Minister. What came of the visit to Fiji?\n\n"
        "Mr DELANEY (Hume—Prime Minister) (14:02): I thank the member for her question. In Suva, Prime Minister "
        "Josaia Tikoduadua and I signed a maritime security arrangement.\n\n"
        "Opposition members interjecting—\n\n"
        "We also agreed to open a consulate in Lautoka.\n\n"
        "Government members: Hear, hear!\n\n"
        "Mr DELANEY: Fiji is a partner we have stood beside for fifty years.\n"
    )

    def test_the_minister_speaks_under_his_labels(self):
        self.assertEqual(
            quotes(self.TEXT),
            [
                (
                    "Delaney",
                    "I thank the member for her question. In Suva, Prime Minister Josaia Tikoduadua and I signed a "
                    "maritime security arrangement.",
                ),
                ("Delaney", "We also agreed to open a consulate in Lautoka."),
                ("Delaney", "Fiji is a partner we have stood beside for fifty years."),
            ],
        )

    def test_the_label_gives_the_office(self):
        people = {p.name: p for p in suggest_package(self.TEXT).participants}
        self.assertEqual(people["Delaney"].role, "head_of_government")


class OfficeOnlyOneStateHasTests(SimpleTestCase):
    """A lead that gives an office only one state has ("The Taoiseach has told the Dáil ...") and names its holder
    in the next paragraph as one who speaks, with no title, gives him the office, though the story names another
    untitled speaker later."""

    TEXT = (
        "The Taoiseach has told the Dáil that his talks in Hanoi with Vietnamese Prime Minister Tran Van Duc were "
        "useful.\n\n"
        "Speaking on Wednesday, Ronan Callery said Vietnam would buy more Irish dairy products.\n\n"
        '"We found a partner that wants to grow with us," Mr Callery said.\n\n'
        "Independent TD Maeve Tully asked whether human rights had been raised. Mr Callery said they had been "
        "raised in private.\n"
    )

    def test_the_holder_is_the_one_named_next(self):
        people = {p.name: p for p in suggest_package(self.TEXT).participants}
        self.assertEqual((people["Ronan Callery"].country, people["Ronan Callery"].role), ("IE", "head_of_government"))

    def test_his_words_are_quotes(self):
        self.assertIn(("Ronan Callery", "We found a partner that wants to grow with us"), quotes(self.TEXT))


class NicknameAndGlossTests(SimpleTestCase):
    """A nickname in marks before a middle initial ('Ana "Nena" L. Cruz') is no part of the name, and a translation
    in brackets between a quote's closing mark and its attribution is the writer's gloss, not where the words end."""

    TEXT = (
        'Philippine Trade Secretary Ana "Nena" L. Cruz met Qatari Minister Faisal Hamad Al Thani in Doha on '
        "Tuesday.\n\n"
        '"Maraming salamat po sa inyo," (Thank you all very much), Cruz told the crowd. "We will be back."\n'
    )

    def test_the_name_runs_past_the_nickname(self):
        names = [p.name for p in suggest_package(self.TEXT).participants]
        self.assertIn("Ana L Cruz", names)

    def test_the_attribution_after_a_translation_in_brackets(self):
        self.assertEqual(
            quotes(self.TEXT),
            [("Ana L Cruz", "Maraming salamat po sa inyo"), ("Ana L Cruz", "We will be back.")],
        )


class VenueBeforeTitledSpeakerTests(SimpleTestCase):
    """A venue named before a titled speaker ("in the K R Menon Auditorium, President X said") is no person whose
    title follows it, and "he" after it is the president."""

    TEXT = (
        "Estonian President Kaarel Tamm visited Bengaluru on Friday on a state visit to India.\n\n"
        'In his address to students in the K R Menon Auditorium, President Tamm said, "We came to learn from you."\n\n'
        'Answering a question on startups, he said the two countries "build fast and fail cheaply".\n'
    )

    def test_the_hall_is_no_participant(self):
        self.assertEqual([p.name for p in suggest_package(self.TEXT).participants], ["Kaarel Tamm"])

    def test_he_is_the_president(self):
        self.assertEqual({s for s, _ in quotes(self.TEXT)}, {"Kaarel Tamm"})


class WireClauseEndTests(SimpleTestCase):
    """Where a wire's reported clause ends: the writer's word that nothing was signed, and both sides' act."""

    def test_the_writers_but_nothing_was_signed_ends_the_clause(self):
        text = INTRO + (
            "Kertész said both sides had agreed to speed up the return of people who must leave Hungary and to open "
            "an advice centre in Samarkand, but no formal readmission agreement was signed."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "both sides had agreed to speed up the return of people who must leave Hungary and to open an "
                    "advice centre in Samarkand",
                )
            ],
        )

    def test_the_sides_agreeing_after_a_comma_and_ends_the_clause(self):
        text = INTRO + (
            "Kertész said nearly all payments in mutual trade are now made in national currencies, and the sides "
            "agreed to build more clearing links."
        )
        said = "nearly all payments in mutual trade are now made in national currencies"
        self.assertEqual(quotes(text), [("Gábor Kertész", said)])


class JoyAtTheVisitTests(SimpleTestCase):
    def test_joy_at_visiting_or_hosting_is_protocol(self):
        for line in (
            "Kertész expressed his pleasure at visiting Uzbekistan.",
            "Tursunov expressed great delight at hosting the Hungarian President in Tashkent.",
            "Kertész expressed his happiness to visit Samarkand again after ten years.",
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_joy_at_a_result_is_still_a_statement(self):
        self.assertEqual(
            quotes(INTRO + "Kertész expressed his pleasure at the growth of trade between the two countries."),
            [("Gábor Kertész", "his pleasure at the growth of trade between the two countries")],
        )


class TellingAfterADatelineTests(SimpleTestCase):
    def test_telling_a_leader_during_a_visit_reports_what_he_was_told(self):
        text = (
            "LILONGWE, March 4 (Reuters) - Austrian Chancellor Theresa Brandauer on Wednesday backed a rail link "
            "across Malawi, telling President Chikondi Banda Mwale during a visit to Lilongwe that Vienna would "
            "guarantee the loans.\n\nMwale said Malawians had waited long for the railway."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Theresa Brandauer", "Vienna would guarantee the loans"),
                ("Chikondi Banda Mwale", "Malawians had waited long for the railway"),
            ],
        )


class WireCopySpeakerTests(SimpleTestCase):
    def test_a_sentences_verb_after_a_name_is_no_description_of_him(self):
        text = (
            "ANKARA, May 6 (Reuters) - Uzbek President Jasur Tursunov held talks with Turkish President Selim "
            "Aydin in Ankara on Tuesday.\n\n"
            '"Our trade can double," Tursunov told a joint news conference.\n\n'
            "The shipyard said the order would keep its docks busy. Its chief executive, Pavel Orlov, who flew in "
            "with Tursunov, told reporters the company expected to deliver the first ship in 2027."
        )
        self.assertIn(("Jasur Tursunov", "Our trade can double"), quotes(text))

    def test_a_spokeswoman_at_the_regular_news_briefing_speaks_from_home(self):
        text = (
            "BEIJING, May 6 (Reuters) - Uzbek President Jasur Tursunov held talks with Chinese Premier Wu Hanlin "
            "in Beijing on Tuesday.\n\n"
            "Wu said China would buy more Uzbek cotton.\n\n"
            "Asked at a regular news briefing why no deals were signed, foreign ministry spokeswoman Mei Lanfang "
            'said the visit was "about trust, not paper".'
        )
        self.assertEqual(quotes(text), [("Wu Hanlin", "China would buy more Uzbek cotton")])

    def test_the_countrys_pm_is_not_the_guest_titled_pm(self):
        text = (
            "HANOI (VNA) - Prime Minister Tran Van Duc held talks with Lao Prime Minister Bounmy Keola in Hanoi.\n\n"
            "PM Duc welcomed PM Bounmy and his delegation.\n\n"
            "The Vietnamese PM affirmed that Vietnam always values the special ties with Laos."
        )
        self.assertEqual(quotes(text), [("Tran Van Duc", "Vietnam always values the special ties with Laos")])

    def test_the_office_opening_the_lead_is_held_by_the_name_opening_the_next_sentence(self):
        text = (
            "TASHKENT, Uzbekistan (AP) — Hungary's foreign minister held talks in Tashkent on Tuesday on the "
            "first visit by the country's top diplomat in a decade.\n\n"
            "Péter Szalai met his Uzbek counterpart, Aziz Karimov, for two hours at the Foreign Ministry.\n\n"
            '"There are still open questions," the Hungarian minister said.'
        )
        self.assertEqual(quotes(text), [("Péter Szalai", "There are still open questions")])

    def test_a_deck_names_by_office_the_leader_the_body_names_not_the_records_former_one(self):
        people = [KnownPerson("Osman Demirel", "TR", "President of Türkiye")]
        text = (
            "Türkiye, Iraq sign 12 agreements as Iraqi premier visits Ankara\n\n"
            "Turkish president says rail link will 'bring the region closer'\n\n"
            "ANKARA\n\n"
            "Turkish President Kemal Aksu welcomed Iraqi Prime Minister Ali Hassan al-Rubaie at the Presidential "
            "Complex. Aksu's visit to Baghdad and Basra, the first by a Turkish president in a decade, opened the "
            "talks on the rail link.\n\n"
            '"This line will bring our region closer," Aksu said.'
        )
        speakers = {name for name, _ in quotes(text, people=people)}
        self.assertEqual(speakers, {"Kemal Aksu"})


class LivePageAndAgencyCopyTests(SimpleTestCase):
    def test_a_live_pages_time_stamp_is_no_part_of_the_marked_words_after_it(self):
        text = (
            "Chile and Peru: minister's visit, live\n\n"
            "LIMA, 4 March\n\n"
            "Foreign Minister Camila Rojas of Chile met Peruvian Foreign Minister Luis Paredes in Lima.\n\n"
            '11:05 - "We are here for the long run", says Rojas\n\n'
            '"This time we are here for the long run," Rojas told the business forum.'
        )
        for _, said in quotes(text):
            self.assertNotIn("11:05", said)

    def test_a_present_tense_invitation_after_says_is_the_speakers_next_act(self):
        text = (
            "Tunisian Prime Minister Hedi Ammar held talks with Maltese Prime Minister Paul Zerafa in Valletta.\n\n"
            "Ammar says Tunisia wants to double its exports to Malta by 2030 and invites Maltese firms to its "
            "free zones in Bizerte."
        )
        self.assertEqual(quotes(text), [("Hedi Ammar", "Tunisia wants to double its exports to Malta by 2030")])

    def test_a_union_officer_quoted_on_the_visit_takes_no_part_in_it(self):
        text = (
            "Canadian Prime Minister Marc Tremblay met Mexican President Rosa Ibarra on Tuesday for talks on "
            "trade.\n\n"
            '"We agreed to work together on autos," Tremblay told reporters.\n\n'
            "Paul Girard, the auto workers union's national secretary-treasurer, said a common front with Mexico "
            "was the only way forward.\n\n"
            'Rene Lavoie, a trade union leader from Windsor, said the talks were "a good start".'
        )
        self.assertEqual(quotes(text), [("Marc Tremblay", "We agreed to work together on autos")])

    def test_the_late_father_in_a_rulers_chain_of_descent_is_no_participant(self):
        text = (
            "Muscat (ONA) - His Majesty Sultan Rahman Shah ibni Almarhum Sultan Idris Kamaluddin, the Yang "
            "di-Pertuan Agong of Malaysia, held talks with the Sultan of Oman, Sultan Faisal bin Taimur, in Muscat "
            "today.\n\n"
            "For his part, HM the King expressed his thanks to his host, praising the development witnessed by the "
            "Sultanate in various fields."
        )
        result = suggest_package(text)
        names = {p.name for p in result.participants}
        self.assertNotIn("Idris Kamaluddin", names)
        self.assertIn(
            ("Rahman Shah", "the development witnessed by the Sultanate in various fields"),
            [(q.speaker.name, q.text) for q in result.quotes],
        )

    def test_a_deck_set_off_by_a_comma_ends_what_the_speaker_says_at_the_next_items_subject(self):
        text = (
            "Egypt, Jordan sign 9 agreements as Jordanian premier visits Cairo\n\n"
            "Egyptian president says canal link will 'open the region to trade', Saudi minister joins signing by "
            "video\n\n"
            "CAIRO\n\n"
            "Egyptian President Omar Fathi welcomed Jordanian Prime Minister Sami Haddad at the Ittihadiya Palace."
        )
        for _, said in quotes(text):
            self.assertNotIn("Saudi minister", said)


class RelayedPartialQuoteTests(SimpleTestCase):
    def test_an_office_relaying_a_participants_act_leaves_him_the_marked_words(self):
        text = INTRO + (
            "Hungary's foreign ministry said in a statement that Kertész welcomed the new flights and described "
            'the river port as "a door to the Black Sea".'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "a door to the Black Sea")])
        text = (
            INTRO + 'His press office said Tursunov had voiced "quiet optimism about the grain corridor" in the talks.'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "quiet optimism about the grain corridor")])
        text = INTRO + 'The Uzbek statement said Tursunov asked Hungary to "open the Danube ports to Uzbek grain".'
        self.assertEqual(quotes(text), [("Jasur Tursunov", "open the Danube ports to Uzbek grain")])

    def test_an_office_relaying_an_unnamed_persons_act_gives_no_quote(self):
        text = INTRO + (
            'The ministry said in a statement that officials described the river port as "a door to the Black Sea".'
        )
        self.assertEqual(quotes(text), [])

    def test_an_act_the_office_tells_in_its_own_marked_words_gives_no_quote(self):
        text = (
            INTRO
            + 'The ministry said in a statement that Kertész had raised "the question of transit fees" in the talks.'
        )
        self.assertEqual(quotes(text), [])
        text = INTRO + 'The Uzbek readout said Tursunov "conveyed the concerns of Uzbek exporters" to his host.'
        self.assertEqual(quotes(text), [])


class PressOfficeBriefingTests(SimpleTestCase):
    """A ministry's press briefing whose heading names the spokesperson who gives it: the office's account of a visit
    it takes no part in."""

    def test_a_spokesperson_named_after_a_briefing_heading_is_no_speaker_of_the_visit(self):
        text = (
            "Ministry Press Briefing – 3 March 2025\n\n"
            "Anna Berglund, Spokesperson\n\n"
            "MS BERGLUND: Good afternoon. Yesterday Foreign Minister Lars Holmqvist received Chilean Foreign Minister "
            "Tomás Ibarra Soto. The Minister told his guest that Sweden values its ties with Chile.\n\n"
            "QUESTION: Was trade discussed?\n\n"
            "MS BERGLUND: Trade certainly came up, and we see great potential in it."
        )
        result = suggest_package(text)
        self.assertNotIn("Anna Berglund", [q.speaker.name for q in result.quotes])
        self.assertNotIn("Anna Berglund", [p.name for p in result.participants])

    def test_a_press_secretary_in_the_heading_gives_the_briefing(self):
        text = (
            "Press Conference by Press Secretary SATO Kenji\n\n"
            "Tuesday, May 6, 2025, Ministry of Foreign Affairs\n\n"
            "SATO Press Secretary: Good afternoon. Yesterday Prime Minister ONO Hiroshi held talks with President "
            "Ana Ruiz of Peru. The two leaders agreed to expand cooperation in mining.\n\n"
            "Reporter: Was fishing discussed?\n\n"
            "SATO Press Secretary: I would refrain from going into the details of the talks."
        )
        self.assertEqual([s for s, _ in quotes(text) if "Sato" in s or "SATO" in s], [])


class BareTitleAntecedentTests(SimpleTestCase):
    """A bare title in a press office's readout takes up someone the text has already named."""

    def test_a_bare_minister_is_not_one_first_named_later(self):
        text = (
            "Prime Minister Receives Courtesy Call of Hon. Peter MARSH, Minister of Foreign Affairs of Ireland\n\n"
            "Samdech HUN Vanna, Prime Minister of the Kingdom of Cambodia, received a courtesy call by Hon. Peter "
            "MARSH, Minister of Foreign Affairs of Ireland, at the Peace Palace this afternoon.\n\n"
            "Hon. Peter MARSH said that Ireland values its growing ties with Cambodia.\n\n"
            "Hon. Minister announced new Irish support for school meals in rural provinces.\n\n"
            "After the meeting, a memorandum on education was signed by H.E. Senior Minister SOK Dara and Hon. Peter "
            "MARSH."
        )
        self.assertIn(("Peter MARSH", "new Irish support for school meals in rural provinces"), quotes(text))


class SpeakerCoreferenceTests(SimpleTestCase):
    def test_an_honorific_before_a_spouses_full_name_genders_the_spouse_not_the_leader_sharing_the_family_name(self):
        text = (
            "President Tan Boon Hock of Singapore began a state visit to Portugal on Monday at the invitation of "
            "President Rui Almeida.\n\n"
            "President Tan is accompanied by his wife, Mrs Tan Mei Hua, and senior officials.\n\n"
            "President Tan said at a banquet hosted by President Almeida that both countries valued open trade.\n\n"
            '"Small nations must stand together for the rule of law," he said.'
        )
        self.assertIn(("Tan Boon Hock", "Small nations must stand together for the rule of law"), quotes(text))

    def test_a_bare_office_after_the_one_the_paragraph_titled_so_is_his_whatever_role_the_records_give(self):
        text = (
            "Prime Minister Lena Vogt of Norway received Prime Minister Tiago Barros of Portugal in Oslo on "
            "Monday.\n\n"
            "Deputy Prime Minister and Foreign Minister Erik Dahl hosted his Portuguese counterpart, Foreign Minister "
            "Rita Sousa, for talks on fisheries.\n\n"
            "Asked about quotas, Erik Dahl said that Norway would keep its current limits.\n\n"
            '"We have worked closely with Lisbon on every stock we share," the Minister said.'
        )
        self.assertIn(("Erik Dahl", "We have worked closely with Lisbon on every stock we share"), quotes(text))

    def test_a_bare_minister_after_a_prime_minister_spoke_is_the_minister_the_story_named(self):
        text = (
            "President Joao Ribeiro received the Prime Minister of Thailand, Somchai Wong, in Brasilia on "
            "Wednesday.\n\n"
            '"Our economies fit together," Prime Minister Somchai Wong said.\n\n'
            "According to the Minister of Mines and Energy, Clara Nunes, the deal covers lithium. "
            '"Thailand knows how to build batteries at scale," said the minister.'
        )
        self.assertIn(("Clara Nunes", "Thailand knows how to build batteries at scale"), quotes(text))

    def test_a_live_pages_entry_opening_on_a_name_and_a_present_tense_verb_gives_the_next_entrys_pronoun(self):
        text = (
            "Dutch foreign minister in Lima: the day as it happened\n\n"
            "LIMA, May 4 — Dutch Foreign Minister Pieter Vos spent Monday in the Peruvian capital. Talks with "
            "Foreign Minister Ana Quispe focused on trade and mining.\n\n"
            '12:10 — Joint press conference. Quispe calls the Netherlands "a friend of the Andes".\n\n'
            "15:30 — Vos visits a Dutch-funded water plant in Callao and plants a tree beside its gate.\n\n"
            '"Clean water is where every partnership starts," he tells the workers.'
        )
        self.assertIn(("Pieter Vos", "Clean water is where every partnership starts"), quotes(text))


class CoordinatedStanceInReportedClauseTests(SimpleTestCase):
    def test_a_stance_joined_without_a_comma_goes_on_with_the_clauses_own_subject(self):
        text = (
            INTRO + "Tursunov said Uzbekistan valued its ties with Hungary and appreciated the help of its engineers."
        )
        self.assertEqual(
            quotes(text),
            [("Jasur Tursunov", "Uzbekistan valued its ties with Hungary and appreciated the help of its engineers")],
        )
        text = INTRO + "Kertész said Budapest wanted more cotton imports and welcomed Uzbek firms to its trade fairs."
        self.assertEqual(
            quotes(text),
            [("Gábor Kertész", "Budapest wanted more cotton imports and welcomed Uzbek firms to its trade fairs")],
        )
        # (the speaker's own next act after a comma still ends it)
        text = (
            INTRO + "Tursunov said Uzbekistan wanted Hungarian buyers for melons, and thanked his host for the talks."
        )
        self.assertEqual(quotes(text)[0], ("Jasur Tursunov", "Uzbekistan wanted Hungarian buyers for melons"))

    def test_continued_to_is_the_clauses_subject_going_on_not_a_speech_verb(self):
        text = INTRO + "Tursunov said that trade had doubled in five years and continued to grow this spring."
        self.assertEqual(
            quotes(text), [("Jasur Tursunov", "trade had doubled in five years and continued to grow this spring")]
        )


class SpeakersOwnAsidesInReportedClauseTests(SimpleTestCase):
    def test_according_to_him_after_his_own_concession_goes_on(self):
        text = (
            INTRO + 'Tursunov noted that trade had grown by a fifth last year, though, according to him, "it is still '
            'far from what we can do."'
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Jasur Tursunov",
                    'trade had grown by a fifth last year, though, according to him, "it is still far from what we '
                    'can do."',
                )
            ],
        )

    def test_an_as_phrase_ranking_the_occasion_for_the_speaker_goes_on(self):
        text = (
            INTRO + "Kertész said that he was glad to visit Uzbekistan, a close partner of Hungary in Central Asia, "
            "as his first trip abroad this year."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Gábor Kertész",
                    "he was glad to visit Uzbekistan, a close partner of Hungary in Central Asia, as his first trip "
                    "abroad this year",
                )
            ],
        )


class WritersHedgeIsNoAttributionTests(SimpleTestCase):
    def test_im_told_set_inside_a_sentence_names_no_speaker(self):
        text = INTRO + (
            "The mood among the Uzbek delegation is one of relief. The president, I'm told, accepted the compromise "
            "without much argument.\n\n"
            "Tursunov said the talks had been useful."
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the talks had been useful")])


class CrowdMemberBroughtInByNameTests(SimpleTestCase):
    def test_she_after_among_the_crowd_was_a_named_bystander_is_not_the_visiting_leader(self):
        text = (
            "Hungarian President Dóra Kertész arrived in Tashkent on Monday for talks with Uzbek President Jasur "
            "Tursunov.\n\n"
            "Kertész waved to the crowd from the car.\n\n"
            "Among the people watching from the pavement was Zarina Aliyeva, who moved to Tashkent from Bukhara ten "
            "years ago.\n\n"
            '"My sister phoned from Budapest to ask whether I could see her," she told us.'
        )
        self.assertEqual(quotes(text), [])


class PartySpokespersonWithHonorificTests(SimpleTestCase):
    def test_an_opposition_spokesperson_named_after_ms_is_no_speaker_of_the_visit(self):
        text = (
            "Uzbek Foreign Minister Jasur Tursunov held talks in Budapest with Hungarian Foreign Minister Gábor "
            "Kertész.\n\n"
            "Back home, the opposition's foreign affairs spokesperson, Ms. Nodira Karimova, says the trip is "
            '"a photo opportunity".\n\n'
            'Tursunov said: "We agreed on new flights."'
        )
        self.assertNotIn("Nodira Karimova", [s for s, _ in quotes(text)])


class DeckEchoTests(SimpleTestCase):
    def test_a_decks_report_echoed_in_the_body_is_one_quote(self):
        text = (
            "Hungary, Uzbekistan sign transit deals in Budapest\n\n"
            'Hungarian president says Budapest "will keep its door open" as Tashkent talks end\n\n'
            + INTRO
            + '"Hungary will keep its door open to Central Asia," Kertész said.'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "Hungary will keep its door open to Central Asia")])

    def test_a_report_after_the_lead_is_no_echo(self):
        text = (
            "Hungary, Uzbekistan sign transit deals in Budapest\n\n"
            + INTRO
            + 'Kertész said Budapest "will keep its door open" to the region.\n\n'
            + '"Hungary will keep its door open to Central Asia," Kertész said.'
        )
        self.assertIn(("Gábor Kertész", 'Budapest "will keep its door open" to the region'), quotes(text))


class OfficeSetInAppositionTests(SimpleTestCase):
    def test_the_office_written_in_apposition_to_a_name_stands_for_that_person(self):
        text = (
            "At the invitation of President Tomas Arvidsen, the President of the Republic, Lucien Marchetti, is "
            "paying a state visit to Norland.\n\n"
            "The President of the Republic held talks with President Arvidsen at the Royal Hall.\n\n"
            "The President of the Republic stressed that Veloria wants to be a lasting partner for Norland in "
            "renewable energy."
        )
        self.assertEqual(
            quotes(text, dateline=datetime.date(2024, 3, 4)),
            [("Lucien Marchetti", "Veloria wants to be a lasting partner for Norland in renewable energy")],
        )

    def test_an_opening_phrase_ending_in_the_office_is_no_apposition(self):
        text = (
            "President Tomas Arvidsen held talks with President Lucien Marchetti in Halden.\n\n"
            "Greeting the President of the Republic, Tomas Arvidsen noted that the two countries are old friends.\n\n"
            "Marchetti said the visit opened a new chapter.\n\n"
            "The President of the Republic stressed that the two navies would hold joint exercises in May."
        )
        speakers = [s for s, t in quotes(text) if t.startswith("the two navies")]
        self.assertNotEqual(speakers, ["Tomas Arvidsen"])


class BareOfficeSetAgainstANamedHolderTests(SimpleTestCase):
    TEXT = (
        "PM meeting with Prime Minister Aino Kask of Veloria\n\n"
        "A Downing Street spokesperson said:\n\n"
        "The Prime Minister welcomed Prime Minister Aino Kask of Veloria to Downing Street this morning.\n\n"
        "The Prime Minister said that the two countries would deepen cooperation on offshore wind.\n\n"
        'Prime Minister Kask said that Veloria was "ready to build the cables together".'
    )

    def test_the_bare_office_is_not_the_holder_its_opening_sentence_named_beside_it(self):
        said = quotes(self.TEXT, dateline=datetime.date(2024, 9, 19))
        self.assertNotIn(("Aino Kask", "the two countries would deepen cooperation on offshore wind"), said)

    def test_the_named_holder_keeps_her_own_words(self):
        said = quotes(self.TEXT, dateline=datetime.date(2024, 9, 19))
        self.assertIn("Aino Kask", [s for s, t in said if "cables together" in t])


class BareOfficeOfTheReleasesOwnLeaderTests(SimpleTestCase):
    def test_of_the_holders_left_the_bare_office_is_the_one_the_release_names_first(self):
        text = (
            "Prime Minister visits Tallinn\n\n"
            "- Prime Minister Rowena Ashdown travels to Tallinn for talks with Veloria's Prime Minister Aino Kask\n\n"
            "The Prime Minister met Prime Minister Aino Kask of Veloria in Tallinn today.\n\n"
            "During the talks the leaders were joined by video link by Norlandic Prime Minister Sven Dahlqvist.\n\n"
            "The Prime Minister said the new cable would keep the lights on across the Baltic."
        )
        self.assertIn(
            ("Rowena Ashdown", "the new cable would keep the lights on across the Baltic"),
            quotes(text, dateline=datetime.date(2024, 2, 21)),
        )


class UnmarkedClauseBeforeAParticipleWithMarksTests(SimpleTestCase):
    def test_the_clause_before_he_said_is_reported_though_marks_follow_the_participle(self):
        text = (
            INTRO + "Kertész said the talks were useful. Hungarian firms supply only a fraction of the parts used in "
            'Uzbek car plants, he said, calling for "more local content, not just more assembly."'
        )
        self.assertIn(
            ("Gábor Kertész", "Hungarian firms supply only a fraction of the parts used in Uzbek car plants"),
            quotes(text),
        )


class StanceNounBeforeAnInfinitiveTests(SimpleTestCase):
    def test_the_wish_voiced_keeps_its_noun(self):
        text = INTRO + "President Kertész expressed his wish to open a direct rail freight link by next spring."
        self.assertIn(("Gábor Kertész", "his wish to open a direct rail freight link by next spring"), quotes(text))

    def test_the_readiness_voiced_keeps_its_noun(self):
        text = INTRO + "Tursunov expressed his readiness to double the number of student exchanges."
        self.assertIn(("Jasur Tursunov", "his readiness to double the number of student exchanges"), quotes(text))


class MinisterOfStateByRankTests(SimpleTestCase):
    def test_the_minister_of_state_is_the_one_titled_so_not_the_last_minister_named(self):
        text = (
            "Kenya, Qatar discuss investment in agriculture\n\n"
            "DOHA, March 3 - Minister Musalia Wekesa held talks with Minister of State of Qatar Nasser Al-Khulaifi "
            "at the Ministry of Foreign Affairs in Doha on Monday.\n\n"
            "The Kenyan Minister thanked the Qatari side for its support to the Lamu port project.\n\n"
            "The Minister of State noted that Qatar is interested in investing in tea and horticulture in Kenya."
        )
        self.assertIn(
            ("Nasser Al-Khulaifi", "Qatar is interested in investing in tea and horticulture in Kenya"), quotes(text)
        )


class GluedInitialNameOfAnOutsiderTests(SimpleTestCase):
    def test_a_pronoun_after_a_bystander_named_with_a_glued_initial_is_not_a_participant(self):
        text = (
            "Mongolian President visits Kazakhstan\n\n"
            "ASTANA, May 3 (MONTSAME). President of Mongolia Kh.Batbold held talks with President of Kazakhstan "
            "Arman Seitkazin in Astana.\n\n"
            'The herders of Tolbo soum are preparing for the visit. "This is a great day for our soum," D.Saule, a '
            "nurse in Tolbo soum, told MONTSAME. She said that many families of the soum have relatives in Kazakhstan."
        )
        speakers = {speaker for speaker, _ in quotes(text)}
        self.assertNotIn("Arman Seitkazin", speakers)
        self.assertNotIn("Kh.Batbold", speakers)


class BriefingRelaysAMinisterTests(SimpleTestCase):
    def test_the_chief_secretary_at_his_regular_afternoon_briefing_is_no_participant(self):
        text = INTRO + (
            "In Tashkent, chief cabinet secretary Aziz Karimov told reporters at his regular afternoon briefing that "
            'the visit had "deepened trust" between the two countries.'
        )
        self.assertEqual(quotes(text), [])

    def test_a_minister_whose_words_the_spokeswoman_relays_at_her_briefing_keeps_them(self):
        text = (
            "Uzbek Foreign Minister Bakhodir Saidov held talks with Hungarian Foreign Minister Gábor Kertész in "
            "Tashkent.\n\n"
            "At a regular briefing, Foreign Ministry spokeswoman Nodira Alieva said Saidov had told Kertész that the "
            "two countries should open a direct rail freight link.\n\n"
            '"We are partners, not rivals," Saidov said.'
        )
        got = quotes(text)
        self.assertIn(("Bakhodir Saidov", "We are partners, not rivals"), got)
        self.assertIn(("Bakhodir Saidov", "the two countries should open a direct rail freight link"), got)


class CoordinatedSpeechAfterAMarkedPhraseTests(SimpleTestCase):
    def test_the_words_added_after_a_set_off_phrase_are_the_subjects(self):
        text = INTRO + (
            'Kertész thanked Uzbekistan for its "steadfast" support and, switching to Russian, added: "We will not '
            'forget our friends."'
        )
        self.assertIn(("Gábor Kertész", "We will not forget our friends."), quotes(text))

    def test_a_live_pages_present_tense_after_an_opening_circumstance(self):
        text = INTRO + (
            'In opening remarks, Tursunov calls Hungary "our most reliable partner in Europe" and says: "The road to '
            'the Baltic runs through Budapest."'
        )
        self.assertIn(("Jasur Tursunov", "The road to the Baltic runs through Budapest."), quotes(text))


class AudienceThenNegativeClauseTests(SimpleTestCase):
    def test_told_reporters_no_documents_would_be_signed(self):
        text = INTRO + "10:05 a.m. — Tursunov told reporters no documents would be signed during the visit."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "no documents would be signed during the visit")])


class LivePageFurnitureTests(SimpleTestCase):
    def test_an_accounts_handle_in_an_embedded_post_is_no_participant(self):
        text = INTRO + (
            "13:10 CET\nTursunov's post\n\nThe Uzbek president has posted on X:\n\n"
            '"Productive talks with President @GaborKertesz in Budapest. Our friendship is stronger than ever."'
        )
        names = [p.name for p in suggest_package(text).participants]
        self.assertEqual(names, ["Jasur Tursunov", "Gábor Kertész"])

    def test_a_key_events_item_under_a_speakers_name_does_not_run_into_the_next_items(self):
        text = (
            "Uzbek president in Budapest: rail protocol signed – live\n\n"
            "Key events\n- Rail protocol signed\n- Tursunov: 'Hungary is our gateway to Europe'\n"
            "- Ministers tour the Danube port\n- Banquet at Sándor Palace\n\n"
            "Last updated 16:45 CET\n\n16:45 CET\nWrap-up: what happened today\n\n"
            "Uzbek President Jasur Tursunov and Hungarian President Gábor Kertész held talks in Budapest.\n\n"
            "10:05 CET\nGood morning: welcome to our live coverage."
        )
        got = [t for _, t in quotes(text)]
        self.assertFalse([t for t in got if "Ministers tour" in t or "Last updated" in t], got)

    def test_an_update_note_with_its_zone_ends_a_speakers_turn(self):
        text = INTRO + (
            "14:35 CET\nTursunov: We have agreed on the rail route to the Baltic.\n\nUpdated at 14.52 CET\n\n"
            "13:10 CET\nKertész: We welcome our friend from Tashkent."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "We have agreed on the rail route to the Baltic."),
                ("Gábor Kertész", "We welcome our friend from Tashkent."),
            ],
        )

    def test_the_social_network_x_is_no_person(self):
        text = INTRO + (
            'On the social network X, the Hungarian president described the talks as "fraternal" and wrote: "We '
            'thank our Uzbek friends."'
        )
        speakers = {s for s, _ in quotes(text)}
        self.assertNotIn("X", speakers)
        self.assertNotIn("X", [p.name for p in suggest_package(text).participants])


class ReportedClauseOverItsListTests(SimpleTestCase):
    def test_a_clause_that_ends_in_a_colon_goes_on_through_its_list(self):
        text = INTRO + (
            "Tursunov told reporters that the two leaders agreed to:\n\n"
            "* open a rail link to the Baltic;\n* raise trade to $1 billion.\n\nHe left for Tashkent on Friday."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Jasur Tursunov",
                    "the two leaders agreed to:\n\n* open a rail link to the Baltic;\n* raise trade to $1 billion",
                )
            ],
        )

    def test_an_object_announced_with_its_list_is_no_statement(self):
        text = INTRO + (
            "Tursunov announced a package of measures, including:\n\n- a rail link to the Baltic;\n- a water fund."
        )
        self.assertEqual(quotes(text), [])


class LivePageSourceLeadTests(SimpleTestCase):
    def test_a_lead_in_naming_only_a_source_takes_the_speaker_of_the_sentence_before(self):
        text = INTRO + (
            "11:20 CET\nKertész spoke in Hungarian. Our translation:\n\n"
            '"The road to the Baltic now runs through Budapest."'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "The road to the Baltic now runs through Budapest.")])

    def test_a_lead_in_naming_only_a_source_takes_the_speaker_of_the_entrys_heading(self):
        text = INTRO + (
            "09:40 — Tursunov's address\n\nFrom the transcript published by the palace:\n\n"
            '"Our peoples share a long memory and a longer future."'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Our peoples share a long memory and a longer future.")])

    def test_a_wire_item_in_marks_and_a_text_no_one_spoke_get_no_speaker(self):
        text = INTRO + (
            "10:10 — Tursunov's address\n\nFrom the MTI news agency:\n\n"
            '"Tursunov said on Monday that trade would double, as he toured the Danube port."\n\n'
            "Tursunov laid a wreath. Kertész hosted a lunch. From the menu card:\n\n"
            '"Goulash, paprika chicken, Tokaji."'
        )
        self.assertFalse([q for q in quotes(text) if "Goulash" in q[1] or q[1].startswith("Tursunov said")])

    def test_a_lead_in_naming_the_author_of_the_post_it_gives_hands_him_the_words(self):
        text = INTRO + (
            "12:00 CET\nBelow is the message shared by Tursunov on Telegram this morning:\n\n"
            '"Budapest welcomed us as brothers."'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "Budapest welcomed us as brothers.")])


class LowerCaseHouseSpeakerTests(SimpleTestCase):
    def test_a_speaker_in_lower_case_after_the_house_he_chairs_is_the_office(self):
        text = (
            "Speaker of the Seimas Rasa Daukantienė held talks with Speaker of the Sejm Piotr Zawadzki in Warsaw.\n\n"
            "The Seimas speaker said the two parliaments would set up a joint commission on energy."
        )
        self.assertEqual(
            quotes(text), [("Rasa Daukantienė", "the two parliaments would set up a joint commission on energy")]
        )

    def test_a_keynote_speaker_is_no_office(self):
        text = INTRO + "The keynote speaker said the forum had been a success."
        self.assertEqual(quotes(text), [])


class SpokesmanEarlierCommentTests(SimpleTestCase):
    LEAD = "Uzbek President Jasur Tursunov {} talks with Hungarian President Gábor Kertész in Budapest on Monday.\n\n"

    def test_a_spokesmans_comment_given_earlier_than_the_talks_told_is_no_part_of_the_visit(self):
        text = self.LEAD.format("held") + (
            "Earlier on Monday, presidential spokeswoman Zsófia Halmi told journalists that Hungary valued the visit "
            "highly.\n\nGovernment spokesman Péter Varga said earlier this week that the talks would focus on energy."
            '\n\n"We are friends," Tursunov said.'
        )
        self.assertEqual(quotes(text), [("Jasur Tursunov", "We are friends")])

    def test_in_a_story_of_talks_still_ahead_an_earlier_comment_is_the_spokesmans_own(self):
        text = (
            self.LEAD.format("will hold")
            + "Government spokesman Péter Varga said earlier that the talks would focus on energy."
        )
        self.assertEqual(quotes(text), [("Péter Varga", "the talks would focus on energy")])

    def test_a_spokesmans_account_after_the_talks_stays_his(self):
        text = self.LEAD.format("held") + (
            "Government spokesman Péter Varga told reporters after the talks that the leaders agreed on a gas deal."
        )
        self.assertEqual(quotes(text), [("Péter Varga", "the leaders agreed on a gas deal")])


class FormerOfficeHolderTests(SimpleTestCase):
    def test_a_former_holder_of_an_office_is_not_its_holder_in_the_story(self):
        text = INTRO + (
            "Hungarian Ambassador to Uzbekistan Péter Kovács accompanied the president.\n\n"
            '"Not every visit has to produce paper," said former Hungarian ambassador to Uzbekistan Zoltán Nagy.\n\n'
            '"The real deliverables come later," said the ex-ambassador.'
        )
        self.assertEqual(quotes(text), [])

    def test_the_former_of_two_named_is_still_the_first_of_them(self):
        text = INTRO + "Tursunov met Kertész on Monday. The former said the talks had been very useful for both sides."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the talks had been very useful for both sides")])


class RoutineBriefingSpokesmanTests(SimpleTestCase):
    def test_a_spokeswoman_brought_in_at_a_routine_briefing_answers_there_all_along(self):
        text = INTRO + (
            "At her weekly press briefing in Budapest, ministry spokeswoman Eszter Balla said Kertész had told "
            'his guest that Hungary "will never forget" its friends.\n\n'
            'Asked about gas prices, Balla said "fair trade" between the two countries "must continue."'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", 'Hungary "will never forget" its friends')])


class SpeakersOwnLinesTests(SimpleTestCase):
    def test_lines_from_a_speaker_of_the_story_are_his_words(self):
        text = INTRO + (
            "15:00\nPress conference under way in the main hall. Opening lines from Mr Kertész: "
            '"Two years ago I had to look up the flight time to Tashkent."'
        )
        self.assertEqual(
            quotes(text), [("Gábor Kertész", "Two years ago I had to look up the flight time to Tashkent.")]
        )

    def test_lines_from_a_poet_are_not_the_speakers_words(self):
        text = INTRO + 'Kertész closed his toast with lines from Petőfi: "Rise up, Hungarians, the country calls."'
        self.assertEqual(quotes(text), [])


class SingledOutLineTests(SimpleTestCase):
    def test_a_line_singled_out_of_a_speech_told_just_before_is_the_speakers(self):
        text = INTRO + (
            "Kertész spoke for twenty minutes. The words that stayed with many listeners: "
            '"A bridge is built from both banks."'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "A bridge is built from both banks.")])

    def test_a_line_singled_out_after_no_speech_is_no_ones(self):
        text = INTRO + (
            "Kertész laid a wreath at the memorial. The line that stood out on the plaque: "
            '"They gave their lives for freedom."'
        )
        self.assertEqual(quotes(text), [])


class PronounColonLeadTests(SimpleTestCase):
    def test_a_pronoun_subject_before_a_colon_hands_over_the_marked_words(self):
        text = INTRO + (
            "Kertész made a direct pitch to Uzbek industry. On the rail corridor, he drew the loudest applause of the "
            'afternoon: "This road has waited for 25 years."'
        )
        self.assertEqual(quotes(text), [("Gábor Kertész", "This road has waited for 25 years.")])

    def test_a_proverb_after_a_pronoun_subjects_colon_stays_no_ones(self):
        text = INTRO + 'Kertész spoke of patience. He recalled a Hungarian proverb: "Slowly goes far."'
        self.assertEqual(quotes(text), [])


class NamedLeadWithMarksTests(SimpleTestCase):
    def test_marks_inside_the_set_off_phrase_of_a_named_lead_in_leave_it_a_lead_in(self):
        text = INTRO + (
            'Kertész, switching briefly into Uzbek to say "rahmat" (thank you):\n\n'
            '"Hungary does not come to Uzbekistan only for its gas. We come for its people."'
        )
        self.assertIn(
            ("Gábor Kertész", "Hungary does not come to Uzbekistan only for its gas. We come for its people."),
            quotes(text),
        )

    def test_a_lead_in_with_marks_and_no_set_off_phrase_hands_over_nothing(self):
        text = (
            INTRO + 'Kertész quoted the "Tashkent spirit":\n\n"Hungary does not come to Uzbekistan only for its gas."'
        )
        self.assertEqual(quotes(text), [])


class CompanionOfSpeakerTests(SimpleTestCase):
    def test_an_unnamed_person_travelling_with_a_leader_does_not_speak_for_him(self):
        for line in (
            '"The text is not ready yet," an official travelling with Tursunov told reporters.',
            "The text still needs work, an aide accompanying Kertész said on condition of anonymity.",
            "A Hungarian official with Kertész said the deal was close.",
            '"We are close," a senior diplomat traveling with Tursunov told journalists, asking not to be named.',
        ):
            with self.subTest(line=line):
                self.assertEqual(quotes(INTRO + line), [])

    def test_a_leader_who_travels_with_others_still_speaks(self):
        text = INTRO + "Tursunov, travelling with his foreign minister, said the deal was close."
        self.assertEqual(quotes(text), [("Jasur Tursunov", "the deal was close")])


class LeadInPronounAfterOutsiderTests(SimpleTestCase):
    def test_a_lead_ins_pronoun_after_someone_outside_the_visit_is_not_the_last_speakers(self):
        for tail in (
            "The opposition leader, Anna Szabó, spoke on state radio. Asked whether her party backed the deal, she "
            "said:\n\n    We wanted this deal first. But a deal with no money is a photo opportunity.",
            "The shadow trade minister, Lajos Fekete, gave an interview to a newspaper. Asked about the talks, he "
            "said:\n\n    I am not convinced we got anything for our farmers.",
            "An economist at a Budapest university, Péter Varga, has been on television. Pressed on the figures, he "
            'said:\n\n"We will not see the money for years."',
        ):
            with self.subTest(tail=tail[:30]):
                text = INTRO + '"We want a fair deal," Tursunov said.\n\n' + tail
                self.assertEqual(quotes(text), [("Jasur Tursunov", "We want a fair deal")])

    def test_a_lead_ins_pronoun_after_a_participant_is_his(self):
        text = INTRO + (
            '"We want a fair deal," Tursunov said.\n\nKertész spoke on state radio afterwards. Asked whether the deal '
            "was fair, he said:\n\n    We waited long for this. It is a good deal for our farmers."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Jasur Tursunov", "We want a fair deal"),
                ("Gábor Kertész", "We waited long for this. It is a good deal for our farmers."),
            ],
        )


class NamedLeadBeforeUnmarkedWordsTests(SimpleTestCase):
    def test_a_lead_in_of_a_name_and_a_set_off_phrase_hands_over_unmarked_first_person_words(self):
        for tail, who, said in (
            (
                "The two leaders signed the accord.\n\nKertész, at the podium afterwards:\n\n"
                "    We have opened a new chapter. Our farmers will feel it.",
                "Gábor Kertész",
                "We have opened a new chapter. Our farmers will feel it.",
            ),
            (
                "Tursunov, speaking in Uzbek through an interpreter:\n\n"
                "Our doors are open to Hungarian investors, and we expect them this year.",
                "Jasur Tursunov",
                "Our doors are open to Hungarian investors, and we expect them this year.",
            ),
            (
                "The talks ran late.\n\nTursunov, moments later on the steps of the parliament:\n\n"
                "    I came here to build, and we have built.",
                "Jasur Tursunov",
                "I came here to build, and we have built.",
            ),
        ):
            with self.subTest(who=who, said=said[:20]):
                self.assertEqual(quotes(INTRO + tail), [(who, said)])

    def test_a_named_lead_in_of_someone_outside_the_visit_or_before_narrative_hands_over_nothing(self):
        for tail in (
            "The talks ran late.\n\nAnna Szabó, an opposition lawmaker, outside parliament:\n\n"
            "    We were not consulted on any of this.",
            "The talks ran late.\n\nKertész, in the closing session:\n\n"
            "    The talks covered energy, transport and water.",
        ):
            with self.subTest(tail=tail[20:50]):
                self.assertEqual(quotes(INTRO + tail), [])


class EmbeddedPostTests(SimpleTestCase):
    def test_a_post_under_or_after_its_authors_name_and_handle_is_his_words(self):
        for tail, who, said in (
            (
                "10:15\nTursunov has posted on X:\n\n    Thank you, Budapest! Uzbekistan and Hungary are building a "
                "bridge between Central Asia and Europe. 🇺🇿🇭🇺\n    — Jasur Tursunov (@JTursunov_UZ) March 3, 2025\n\n"
                "10:40\nThe talks have begun.",
                "Jasur Tursunov",
                "Thank you, Budapest! Uzbekistan and Hungary are building a bridge between Central Asia and Europe.",
            ),
            (
                "11:05\nThe Hungarian president shared a photo:\n\n    Gábor Kertész (@KerteszGabor): Welcomed my "
                "friend President Tursunov to the Sándor Palace today. #Hungary #Uzbekistan\n\n"
                "11:30\nThe talks are over.",
                "Gábor Kertész",
                "Welcomed my friend President Tursunov to the Sándor Palace today.",
            ),
            (
                '12:00\nKertész on social media:\n\n    "Our trade will double by 2030, and we will see to it."\n'
                "    – Gábor Kertész (@KerteszGabor)\n\n12:30\nLunch is served.",
                "Gábor Kertész",
                "Our trade will double by 2030, and we will see to it.",
            ),
        ):
            with self.subTest(who=who, said=said[:20]):
                self.assertEqual(quotes(INTRO + tail), [(who, said)])

    def test_a_post_of_an_office_or_of_someone_outside_the_visit_is_no_ones(self):
        for tail in (
            "13:00\nThe Hungarian embassy has shared photos:\n\n    President Kertész welcomed President Tursunov at "
            "the Sándor Palace. A new chapter!\n    — Embassy of Hungary (@HUNEmbassy) March 3, 2025\n\n"
            "13:30\nLunch is over.",
            "14:00\nAn opposition MP, Anna Szabó, was quick to react:\n\n    Another visit, another photo "
            "opportunity. Where is the money for our farmers?\n    — Anna Szabó (@SzaboAnnaMP) March 3, 2025\n\n"
            "14:30\nLunch is over.",
        ):
            with self.subTest(tail=tail[:30]):
                self.assertEqual(quotes(INTRO + tail), [])


class NestedReportAlreadyQuotedTests(SimpleTestCase):
    def test_a_report_inside_a_relayed_line_is_not_quoted_again_in_part(self):
        for line, said in (
            (
                "On energy, Tursunov asked for help with gas storage, and Kertész expressed support for stability in "
                "Central Asia, presidential spokesperson Anna Szabó said.",
                "support for stability in Central Asia",
            ),
            (
                "On trade, Kertész voiced support for a new rail link, and Tursunov expressed interest in Hungarian "
                "buses, spokesperson Anna Szabó told reporters.",
                "support for a new rail link",
            ),
            (
                "On water, Tursunov raised the Aral Sea, while Kertész expressed support for regional projects in "
                "Central Asia, spokesperson Anna Szabó said.",
                "support for regional projects in Central Asia",
            ),
        ):
            with self.subTest(said=said):
                own = [q for q in quotes(INTRO + line) if q[0] == "Gábor Kertész"]
                self.assertEqual(own, [("Gábor Kertész", said)])

    def test_another_speakers_report_inside_a_quote_is_still_his(self):
        text = INTRO + (
            '"The talks went well," presidential spokesperson Anna Szabó said, adding that Kertész had assured '
            "Tursunov that the pipeline was ready."
        )
        self.assertIn(("Gábor Kertész", "the pipeline was ready"), quotes(text))


class AnotherSpeakerByOfficeEndsClauseTests(SimpleTestCase):
    def test_another_speakers_act_named_by_office_ends_the_reported_clause(self):
        for line, first, second in (
            (
                "Tursunov said trade had doubled, and the Hungarian president noted that the new rail link would "
                "help.",
                ("Jasur Tursunov", "trade had doubled"),
                ("Gábor Kertész", "the new rail link would help"),
            ),
            (
                "Tursunov said the talks had been frank, but his host insisted that the visa issue was settled.",
                ("Jasur Tursunov", "the talks had been frank"),
                ("Gábor Kertész", "the visa issue was settled"),
            ),
            (
                "Kertész said the pipeline would stay open all winter, and the Uzbek leader told reporters that "
                "cotton exports would rise.",
                ("Gábor Kertész", "the pipeline would stay open all winter"),
                ("Jasur Tursunov", "cotton exports would rise"),
            ),
        ):
            with self.subTest(first=first[1]):
                self.assertEqual(quotes(INTRO + line), [first, second])

    def test_an_office_inside_the_speakers_own_clause_does_not_end_it(self):
        text = INTRO + "Tursunov said Uzbek exports had grown, and the president's plan to build a railway had helped."
        said = "Uzbek exports had grown, and the president's plan to build a railway had helped"
        self.assertEqual(quotes(text), [("Jasur Tursunov", said)])


class ClockTimeInSubjectTests(SimpleTestCase):
    RAO = "Indian Prime Minister Anand Rao held talks with Uzbek President Jasur Tursunov in Tashkent.\n\n"

    def test_a_clock_time_in_the_subject_names_no_prime_minister(self):
        for line in (
            "An earlier update at 05:10 PM said ten memoranda had been signed.",
            "The programme issued at 9:30 PM said the dinner would start late.",
            "A notice posted at 11 AM said the motorcade would leave at noon.",
        ):
            with self.subTest(line=line):
                text = self.RAO + "PM Rao said the talks were excellent.\n\n" + line
                self.assertEqual(quotes(text), [("Anand Rao", "the talks were excellent")])

    def test_the_prime_minister_after_a_clock_time_still_speaks(self):
        text = self.RAO + "At 4 PM, the PM said the dinner would start late."
        self.assertEqual(quotes(text), [("Anand Rao", "the dinner would start late")])


class PartySpokespersonInChamberTests(SimpleTestCase):
    def test_a_party_spokesperson_named_with_the_chamber_they_sit_in_is_no_participant(self):
        for tail in (
            "The opposition was quick to react. The party's trade spokeswoman in the National Assembly, Anna Szabó, "
            "told reporters the deal was empty.",
            "The opposition was quick to react. Its foreign affairs spokesman in the Senate, Lajos Fekete, said the "
            "visit was a waste.",
            "The opposition was quick to react. The party's energy spokesman in parliament, Péter Varga, said the "
            "gas deal was too expensive.",
        ):
            with self.subTest(tail=tail[40:80]):
                self.assertEqual(quotes(INTRO + tail), [])

    def test_a_leaders_own_spokesman_in_a_city_still_speaks(self):
        text = INTRO + "Kertész's spokesman in Budapest, Zoltán Kiss, said the talks had gone well."
        self.assertEqual(quotes(text), [("Zoltán Kiss", "the talks had gone well")])


class CompoundOfficeSubjectTests(SimpleTestCase):
    """An office of two joined by "and" ("the Crown Prince and Prime Minister") names the one who holds both, not
    another side's holder of the second alone."""

    def test_a_compound_office_is_the_one_who_holds_both(self):
        cases = [
            (
                "Manama (BNA) -- His Royal Highness Prince Faris bin Nasser Al Qasim, Crown Prince and Prime "
                "Minister, held talks with Prime Minister Olav Rudd of Norway.\n\n"
                "HRH the Crown Prince and Prime Minister affirmed that Bahrain values its ties with Norway.",
                "Faris bin Nasser Al Qasim",
            ),
            (
                "Doha (QNA) -- Sheikh Khalid bin Hamad Al Thani, Prime Minister and Minister of Foreign Affairs, met "
                "Foreign Minister Lena Berg of Sweden and Prime Minister Anders Holm.\n\n"
                "The Prime Minister and Minister of Foreign Affairs stressed that Qatar welcomes Swedish investment.",
                "Khalid bin Hamad Al Thani",
            ),
            (
                "Kuwait City (KUNA) -- First Deputy Prime Minister and Minister of Interior Sheikh Fahad Al-Sabah met "
                "Egypt's Minister of Interior Karim Naguib.\n\n"
                "The First Deputy Prime Minister and Minister of Interior said that the two ministries will share "
                "data on smuggling.",
                "Fahad Al-Sabah",
            ),
        ]
        for text, speaker in cases:
            with self.subTest(speaker=speaker):
                self.assertEqual({s for s, _ in quotes(text)}, {speaker})

    def test_the_second_office_alone_is_still_the_other_holder(self):
        text = (
            "Manama (BNA) -- His Royal Highness Prince Faris bin Nasser Al Qasim, Crown Prince and Prime Minister, "
            "held talks with Prime Minister Olav Rudd of Norway.\n\n"
            "The Norwegian Prime Minister said that Norway will open an embassy in Manama."
        )
        self.assertEqual({s for s, _ in quotes(text)}, {"Olav Rudd"})


class StyleInitialsSubjectTests(SimpleTestCase):
    """A Gulf agency names its ruler by the initials of his style alone ("HRH announced", "HM stressed"): the person
    it styled so."""

    def test_the_initials_of_a_style_stand_for_the_one_styled_so(self):
        cases = [
            (
                "Manama (BNA) -- His Royal Highness Prince Faris bin Nasser Al Qasim, Crown Prince and Prime "
                "Minister, received Chile's Foreign Minister Rosa Vidal.\n\nHRH highlighted the opportunities "
                "offered by the Kingdom's financial sector.",
                "Faris bin Nasser Al Qasim",
            ),
            (
                "Doha (QNA) -- Amir His Highness Sheikh Tamim bin Khalid Al Thani received President Tomas Reyes of "
                "Chile.\n\nHH stressed that Qatar is keen to invest in Chilean copper.",
                "Tamim bin Khalid Al Thani",
            ),
            (
                "Manama (BNA) -- His Majesty King Salman bin Isa Al Qasim received President Tomas Reyes of Chile at "
                "Sakhir Palace.\n\nHM affirmed that the Kingdom values its ties with Chile.",
                "Salman bin Isa Al Qasim",
            ),
        ]
        for text, speaker in cases:
            with self.subTest(speaker=speaker):
                self.assertEqual({s for s, _ in quotes(text)}, {speaker})

    def test_capital_he_in_a_heading_is_no_style(self):
        text = (
            "Doha (QNA) -- Amir His Highness Sheikh Tamim bin Khalid Al Thani received President Tomas Reyes of "
            "Chile.\n\nHE SAID THAT CHILE IS A FRIEND."
        )
        self.assertEqual(quotes(text), [])


class DirectiveMarksTests(SimpleTestCase):
    """What a speaker asked of others, with the asked words in marks, is a partial quote of those words, as marks in
    any appraisal are ("praised the "frank" talks"); the same request without marks is reported speech."""

    VISIT = "Kenyan President Daniel Mwangi held talks with Portuguese Prime Minister Rui Carvalho in Lisbon.\n\n"

    def test_the_marked_request_is_the_quote(self):
        cases = [
            ('Mwangi called on Portuguese investors to "come early and stay long" in the coastal zones.',
             "come early and stay long"),
            ('Carvalho urged the African Union to play a "leading role" in mediating the dispute.', "leading role"),
            ('Mwangi asked Lisbon to "open its doors wider" to Kenyan nurses.', "open its doors wider"),
            ('Mwangi invited Portuguese firms to "take a second look" at Kenyan ports.', "take a second look"),
            ('Carvalho called upon both governments to "move from words to deeds" this year.',
             "move from words to deeds"),
        ]  # fmt: skip
        for sentence, marked in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual([t for _, t in quotes(self.VISIT + sentence)], [marked])

    def test_an_unmarked_request_stays_reported(self):
        text = self.VISIT + "Mwangi called on Portuguese investors to open offices in Mombasa and Kisumu."
        self.assertEqual([t for _, t in quotes(text)], ["Portuguese investors to open offices in Mombasa and Kisumu"])


class FrontedTopicTests(SimpleTestCase):
    """A topic fronted before the speaker's act ("On North Korea, X asked for ...") is the writer's heading for the
    sentence, never a clause the act reports; a fronted clause with a subject of its own still is."""

    VISIT = "Chilean Foreign Minister Tomas Reyes held talks with Egyptian Foreign Minister Karim Sabry in Cairo.\n\n"

    def test_a_fronted_topic_is_not_reported(self):
        cases = [
            "On South Sudan, Reyes asked for Egypt's backing for a regional peace conference, noting that Chile "
            "chairs the council.",
            "As for the Gaza ceasefire talks, Sabry asked for Chile's support for Egyptian mediation in the region, "
            "noting that Chile chairs the council.",
            "Regarding Antarctic research, Reyes offered Egyptian scientists places on Chilean polar vessels, noting "
            "that Chile chairs the council.",
            "With regard to the Suez Canal, Sabry invited Chilean shipping lines to use the new terminals, noting "
            "that Chile chairs the council.",
        ]
        for text in cases:
            with self.subTest(text=text):
                said = [t for _, t in quotes(self.VISIT + text)]
                self.assertIn("Chile chairs the council", said)
                self.assertFalse([t for t in said if t.startswith(("On ", "As for", "Regarding", "With regard"))])

    def test_a_fronted_clause_with_its_own_subject_is_reported(self):
        text = self.VISIT + "On climate we need far more ambition, Reyes said."
        self.assertEqual(quotes(text), [("Tomas Reyes", "On climate we need far more ambition")])


class HeldAsFiniteVerbTests(SimpleTestCase):
    """ "held" is a past tense like "kept" or "stood": the clause it governs after a bare "said" is reported speech
    ("said the people of X held Y in high esteem"); the participle after its noun ("a forum held on the sidelines")
    is no verb of a clause."""

    VISIT = "Ghanaian President Kofi Mensah held talks with Vietnamese President Tran Van Long in Hanoi.\n\n"

    def test_a_clause_whose_verb_is_held_is_reported(self):
        cases = [
            ("Mensah said the people of Ghana held Vietnam's struggle for independence in deep respect.",
             "the people of Ghana held Vietnam's struggle for independence in deep respect"),
            ("Long said Ghana held a special place in Vietnam's policy towards West Africa.",
             "Ghana held a special place in Vietnam's policy towards West Africa"),
            ("Mensah said Vietnam's rise from poverty in one generation held lessons for every African economy.",
             "Vietnam's rise from poverty in one generation held lessons for every African economy"),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual([t for _, t in quotes(self.VISIT + sentence)], [said])

    def test_the_participle_after_its_noun_leaves_the_that_clause_to_the_verb(self):
        text = (
            self.VISIT + "Mensah told a business forum held on the sidelines of the visit on Friday that cocoa "
            "processing offered both countries new jobs."
        )
        self.assertEqual([t for _, t in quotes(text)], ["cocoa processing offered both countries new jobs"])


class WhileAlsoSayingTests(SimpleTestCase):
    """ "..., while also stating that B" is the speaker's next statement: A ends before it and B is a quote of its own;
    "..., while also developing ..." is the clause's own subject going on and stays in A."""

    VISIT = "Ghanaian President Kofi Mensah held talks with Vietnamese President Tran Van Long in Hanoi.\n\n"

    def test_a_speech_participle_after_while_also_opens_the_next_statement(self):
        cases = [
            ("Mensah said Ghana welcomes Vietnamese rice millers, while also stressing that local farmers need "
             "protection.", ["Ghana welcomes Vietnamese rice millers", "local farmers need protection"]),
            ("Long said Vietnam would buy more cashews, while also noting that quality checks must improve.",
             ["Vietnam would buy more cashews", "quality checks must improve"]),
            ("Mensah said the port deal was fair, while also insisting that Accra keeps control of the terminal.",
             ["the port deal was fair", "Accra keeps control of the terminal"]),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual([t for _, t in quotes(self.VISIT + sentence)], said)

    def test_another_participle_after_while_also_stays_in_the_clause(self):
        text = self.VISIT + "Mensah said Ghana would export more gas, while also developing its own power plants."
        self.assertEqual(
            [t for _, t in quotes(text)], ["Ghana would export more gas, while also developing its own power plants"]
        )


class Quotes11AfterTalksTailTests(SimpleTestCase):
    """A reported clause ends where the writer names the meeting it came after: ", after annual leaders' talks at
    the palace", '"intensified" after a day of talks with his counterpart'; a deadline after something else
    ("after the elections" is the speaker's) is no meeting and stays."""

    VISIT = "Ghanaian President Kofi Mensah held talks with Vietnamese President Tran Van Long in Hanoi.\n\n"

    def test_the_meeting_after_the_clause_is_the_writers_scene(self):
        cases = [
            ("Mensah says Ghana and Vietnam will aim to sign a rice deal within a year, after annual leaders' talks "
             "at the palace in Hanoi.", "Ghana and Vietnam will aim to sign a rice deal within a year"),
            ("Long says cashew trade will be \"doubled\" after a day of talks with his counterpart in Hanoi.",
             "cashew trade will be \"doubled\""),
            ("Mensah said a direct flight would open next spring, after two rounds of negotiations with Vietnam "
             "Airlines.", "a direct flight would open next spring"),
            ("Long said Vietnam would send rice experts to Accra, after lengthy discussions on food security.",
             "Vietnam would send rice experts to Accra"),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual([t for _, t in quotes(self.VISIT + sentence)], [said])

    def test_a_time_after_something_else_stays_in_the_clause(self):
        text = self.VISIT + 'Mensah said the cocoa deal would be "signed" after the harvest ends in October.'
        self.assertEqual(
            [t for _, t in quotes(text)], ['the cocoa deal would be "signed" after the harvest ends in October']
        )


class Quotes11StrangerInsideWordsTests(SimpleTestCase):
    """Someone styled "Dr" or "Mrs" whom the story does not follow speaks for the pronoun after them, unless they are
    named inside words already given to a speaker: then they are what the speaker spoke of, and "He ..." goes on with
    the speaker."""

    VISIT = "Ghanaian President Kofi Mensah held talks with Vietnamese President Tran Van Long in Hanoi.\n\n"

    def test_a_stranger_named_in_a_speakers_words_does_not_take_the_next_pronoun(self):
        cases = [
            ("Mensah said he had raised the case of Ghanaian engineer Dr Ama Owusu, who was detained in Hanoi last "
             "year.\n\nHe also told Long that Ghana would keep pressing for her release.",
             "Ghana would keep pressing for her release"),
            ("Long said Vietnam had honoured the surgeon Dr Nguyen Thi Hoa, who trained in Accra.\n\nHe had also "
             "told Mensah that more Vietnamese doctors would study in Ghana.",
             "more Vietnamese doctors would study in Ghana"),
            ("Mensah said he had discussed the fate of Mrs Efua Boateng, a trader jailed for smuggling.\n\nHe "
             "later told reporters that the talks on her case had been frank.",
             "the talks on her case had been frank"),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertIn(said, [t for _, t in quotes(self.VISIT + sentence)])

    def test_a_stranger_brought_in_by_the_writer_keeps_the_pronoun(self):
        text = (
            self.VISIT + "Among those at the lunch was Dr Ama Owusu, who runs a clinic in Kumasi.\n\n"
            "She told reporters that the visit would bring Vietnamese investors to Ghana."
        )
        self.assertEqual(quotes(text), [])


class Quotes11WithOfficeSayingTests(SimpleTestCase):
    """ "..., with X saying ..." gives X's words also when X is named by office or as the counterpart, and when the
    writer says when ("with the Prime Minister later saying"); an institution "saying" so is nobody's."""

    VISIT = "Ghanaian President Kofi Mensah held talks with Vietnamese Prime Minister Tran Van Long in Hanoi.\n\n"

    def test_an_office_with_a_participle_speaks(self):
        cases = [
            ("The leaders met for two hours on Monday, with the Prime Minister later saying the talks had been "
             "\"candid and useful\".", ("Tran Van Long", 'the talks had been "candid and useful"')),
            ("Cocoa was discussed at length, with the Ghanaian President also noting that processing plants "
             "would follow.", ("Kofi Mensah", "processing plants would follow")),
            ("The delegations toured the port, with the Vietnamese Prime Minister saying Hanoi would "
             "open a trade office in Accra.", ("Tran Van Long", "Hanoi would open a trade office in Accra")),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence), [said])

    def test_an_institution_saying_so_is_nobodys(self):
        text = self.VISIT + "Rice was discussed, with the ministry later saying that exports would double."
        self.assertEqual(quotes(text), [])


class Quotes11RefusalToCommitTests(SimpleTestCase):
    """ "..., but would not commit to ...", "... but did not confirm ...", "... and declined to put a date on it": the
    speaker binding himself to nothing is his act, not what he said, and ends the clause; a clause whose own subject
    "would not commit" with no "but" before it is a statement and stays whole."""

    VISIT = "Ghanaian President Kofi Mensah held talks with Vietnamese President Tran Van Long in Hanoi.\n\n"

    def test_a_refusal_to_commit_ends_the_clause(self):
        cases = [
            ("Mensah said the first cocoa shipments are expected in May, but would not commit to supporting a "
             "second terminal.", "the first cocoa shipments are expected in May"),
            ("Long said a rice deal was close but did not confirm when it would be signed.",
             "a rice deal was close"),
            ("Mensah said the flights would resume and declined to put a date on it.",
             "the flights would resume"),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual([t for _, t in quotes(self.VISIT + sentence)], [said])

    def test_a_clause_that_itself_will_not_commit_stays_whole(self):
        text = self.VISIT + "Mensah said Ghana would not commit troops to the mission before the rainy season."
        self.assertEqual(
            [t for _, t in quotes(text)], ["Ghana would not commit troops to the mission before the rainy season"]
        )


class Quotes11OfferAfterMarksTests(SimpleTestCase):
    """Marked words that close on no comma, then "and offered to", "and pledged to", "and promised to": the speaker's
    own next act, which ends the reported clause (a pledge may be a statement of its own after it); marked words the
    offer itself holds stay in it."""

    VISIT = "Ghanaian President Kofi Mensah held talks with Vietnamese President Tran Van Long in Hanoi.\n\n"

    def test_an_offer_after_the_marks_ends_the_clause(self):
        cases = [
            ("Long said Vietnam could deliver the rice \"faster than anyone else\" and offered to build a mill in "
             "Tamale.", 'Vietnam could deliver the rice "faster than anyone else"'),
            ("Mensah said Ghana was \"open for business\" and pledged to cut port fees for Vietnamese firms.",
             'Ghana was "open for business"'),
            ("Long said the talks had been \"warm and frank\" and promised to visit Accra next year.",
             'the talks had been "warm and frank"'),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual([t for _, t in quotes(self.VISIT + sentence)][:1], [said])

    def test_an_offer_inside_the_clause_stays(self):
        text = self.VISIT + 'Mensah said Vietnam had "generously" offered to train Ghanaian rice farmers.'
        self.assertEqual(
            [t for _, t in quotes(text)], ['Vietnam had "generously" offered to train Ghanaian rice farmers']
        )


class Quotes11FrontedSceneParticipleTests(SimpleTestCase):
    """A sentence opening on a fronted scene ("With Europe short of gas, ...", "Amid rising prices, ...", "Despite
    the rain, ...") has its subject after the comma: a speech participle later in it ("..., while admitting that")
    speaks for that subject, though the scene holds a word that reads as a verb ("gas", "prices"); when that subject
    is nobody of the visit, nobody speaks."""

    VISIT = "Ghanaian President Kofi Mensah held talks with Vietnamese President Tran Van Long in Hanoi.\n\n"

    def test_the_subject_after_the_fronted_scene_speaks(self):
        cases = [
            ("With Europe scrambling to cut its use of Russian gas, Mensah pitched Ghana's offshore fields as a "
             "supplier, while admitting that Ghana still lacks the terminals to ship it.",
             ("Kofi Mensah", "Ghana still lacks the terminals to ship it")),
            ("Amid soaring global rice prices, Long offered Ghana a long-term supply deal, stressing that "
             "Vietnam would keep its promises.", ("Tran Van Long", "Vietnam would keep its promises")),
            ("Despite the heavy rains in Hanoi and falling cocoa exports, Mensah toured the port, noting that "
             "Ghanaian cocoa could reach Asia faster.",
             ("Kofi Mensah", "Ghanaian cocoa could reach Asia faster")),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence), [said])

    def test_a_subject_who_takes_no_part_says_nothing(self):
        text = (
            self.VISIT + "With rice prices climbing in Accra, traders protested outside the ministry, saying that "
            "imports from Vietnam were too costly."
        )
        self.assertEqual(quotes(text), [])


class Quotes13AudienceWithComplementTests(SimpleTestCase):
    """The audience after "told" that attributes a direct quote may carry its own "of" phrase ("told a gathering of
    Chilean and Korean investors in Seoul"): the quote is still the one named's; a "that" after the audience opens a
    reported clause, not an audience."""

    VISIT = "Chilean President Marta Ibáñez Rojas held talks with South Korean President Park Min-jae in Seoul.\n\n"

    def test_a_long_audience_keeps_the_attribution(self):
        cases = [
            ('"We came to sell more than copper," Ms. Ibáñez told a gathering of Chilean and Korean investors in '
             "Seoul on Monday.", ("Marta Ibáñez Rojas", "We came to sell more than copper")),
            ('"Our ports are ready," Park told members of the visiting business delegation at the Blue House.',
             ("Park Min-jae", "Our ports are ready")),
            ('"Lithium is only the beginning," Ibáñez told an audience of students and young engineers from both '
             "countries.", ("Marta Ibáñez Rojas", "Lithium is only the beginning")),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertIn(said, quotes(self.VISIT + sentence))

    def test_a_that_clause_after_the_audience_is_not_an_audience(self):
        text = self.VISIT + (
            '"Lithium matters," Park told the heads of several Korean battery makers that Chile would be a partner.'
        )
        self.assertNotIn(("Park Min-jae", "Lithium matters"), quotes(text))


class Quotes13WithTitledNameSayingTests(SimpleTestCase):
    """ "..., with X saying ..." names its speaker by a name that may carry nationality and office before it ("with
    Chilean Foreign Minister Marta Ibáñez Rojas saying"); someone of no part in the visit so named says nothing."""

    VISIT = "Chilean President Marta Ibáñez Rojas held talks with South Korean President Park Min-jae in Seoul.\n\n"

    def test_a_titled_name_speaks(self):
        cases = [
            ("The two leaders agreed to widen a trade pact, with Chilean Foreign Minister Marta Ibáñez Rojas saying "
             "she expects a deal by March.", ("Marta Ibáñez Rojas", "she expects a deal by March")),
            ("Lithium was also discussed, with South Korean Trade Minister Park Min-jae later adding that Korean "
             "firms would build a refinery.", ("Park Min-jae", "Korean firms would build a refinery")),
            ("The talks ran late, with Chilean President Marta Ibáñez Rojas also insisting that Chile would not "
             "sell its copper cheaply.", ("Marta Ibáñez Rojas", "Chile would not sell its copper cheaply")),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertIn(said, quotes(self.VISIT + sentence))

    def test_a_titled_outsider_says_nothing(self):
        text = self.VISIT + (
            "Copper prices fell, with Seoul Stock Exchange Senior Analyst Choi Woo-sung saying investors were "
            "cautious."
        )
        self.assertEqual(quotes(text), [])


class Quotes13WordsDescribedTests(SimpleTestCase):
    """A speech verb whose object names the words as words ("a phrase", "a line", "a refrain") and then describes
    them in a relative clause reports nothing of its own: the clause is the writer's account of the words. A noun
    that takes a clause of content ("a pledge that ...") still reports it."""

    VISIT = "Chilean President Marta Ibáñez Rojas held talks with South Korean President Park Min-jae in Seoul.\n\n"

    def test_words_described_are_no_statement(self):
        cases = [
            ('"Chile is our gateway," Park said, repeating a phrase that has become a slogan of Korean diplomacy.',
             [("Park Min-jae", "Chile is our gateway")]),
            ("Ibáñez used a line that Chilean diplomats have repeated for years.", []),
            ("Park repeated a refrain that his predecessors made famous.", []),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence), said)

    def test_a_pledge_keeps_its_clause(self):
        text = self.VISIT + "Ibáñez repeated a pledge that Chile would supply lithium to Korean firms."
        self.assertEqual(quotes(text), [("Marta Ibáñez Rojas", "Chile would supply lithium to Korean firms")])


class Quotes13SubjectlessThatTests(SimpleTestCase):
    """After a speech verb, a "that" followed by no subject of its own ("a refinery that was agreed ...") is the
    relative pronoun of the words before it, which open the reported clause; the verb's own "that", after a time or
    place, still opens it."""

    VISIT = "Chilean President Marta Ibáñez Rojas held talks with South Korean President Park Min-jae in Seoul.\n\n"

    def test_the_clause_opens_before_a_relative_that(self):
        cases = [
            ("Park said a refinery that was agreed in Seoul would open in 2027.",
             ("Park Min-jae", "a refinery that was agreed in Seoul would open in 2027")),
            ("Ibáñez said the lithium projects that are planned in the north will need Korean capital.",
             ("Marta Ibáñez Rojas", "the lithium projects that are planned in the north will need Korean capital")),
            ("Park added the credit line that had been promised would be doubled.",
             ("Park Min-jae", "the credit line that had been promised would be doubled")),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence), [said])

    def test_the_verbs_own_that_after_a_time(self):
        text = self.VISIT + "Ibáñez said last year that Chile would join the pact."
        self.assertEqual(quotes(text), [("Marta Ibáñez Rojas", "Chile would join the pact")])


class Quotes13PronounOpeningGenderTests(SimpleTestCase):
    """Styles that use no honorifics still tell a person's sex: a sentence opening on "He" or "She" right after one
    whose only person named is its subject. A later "she said" is then not the man quoted last; a possessive
    ("Park's wife ... She ...") tells nothing of the one named."""

    VISIT = "Chilean President Marta Ibáñez Rojas held talks with South Korean President Park Min-jae in Seoul.\n\n"

    def test_an_opening_pronoun_tells_the_sex(self):
        cases = [
            'Park Min-jae was in an expansive mood. He always is.\n\n"Korea wants Chilean lithium," Park said.\n\n'
            '"We are ready," she said.',
            "Marta Ibáñez Rojas wore it well. She had flown overnight from Santiago.\n\nPark Min-jae arrived late. "
            'He apologised to his guest.\n\n"Korea wants Chilean lithium," Park said.\n\n"We are ready," she said.',
            "President Park Min-jae smiled at the cameras. He had slept little.\n\n"
            '"Korea wants Chilean lithium," Park said.\n\nThe two leaders toured the port. "We are ready," she said.',
        ]
        for body in cases:
            with self.subTest(body=body):
                self.assertEqual(quotes(self.VISIT + body)[-1], ("Marta Ibáñez Rojas", "We are ready"))

    def test_a_possessive_tells_nothing_of_the_one_named(self):
        text = self.VISIT + (
            "Park Min-jae's wife joined the lunch. She praised the food.\n\nPark Min-jae was in an expansive mood. "
            'He always is.\n\n"Korea wants Chilean lithium," Park said.\n\n"We are ready," she said.'
        )
        self.assertEqual(quotes(text)[-1], ("Marta Ibáñez Rojas", "We are ready"))


class Quotes13RelativeBeforeAndTests(SimpleTestCase):
    """A speech verb joined by ", and" after a relative clause set off with its own subject ("..., where American
    forces stored the barrels, and promised that ...") has the sentence's subject, not the relative clause's; a
    clause joined with no relative word keeps its own subject."""

    VISIT = "Chilean President Marta Ibáñez Rojas held talks with South Korean President Park Min-jae in Seoul.\n\n"

    def test_the_sentence_subject_speaks(self):
        cases = [
            ("Park stood at the edge of the old shipyard, where Chilean sailors once repaired their boats, and "
             "promised that Korea would rebuild it.", ("Park Min-jae", "Korea would rebuild it")),
            ("Ibáñez visited the school, where her grandfather taught in 1968, and recalled that Korean engineers "
             "had helped Chile.", ("Marta Ibáñez Rojas", "Korean engineers had helped Chile")),
            ("Park toured the lithium plant, whose owners plan a second line, and said that Korean buyers wanted "
             "long contracts.", ("Park Min-jae", "Korean buyers wanted long contracts")),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence), [said])

    def test_a_joined_clause_keeps_its_own_subject(self):
        text = self.VISIT + (
            "Park toured the lithium plant, Chilean engineers showed him the new line, and analysts said the "
            "plant would double its output."
        )
        self.assertEqual(quotes(text), [])


class Quotes13ProposalGlossTests(SimpleTestCase):
    """The writer's word on a proposal or an act, set after the reported clause ("..., an idea that was first raised
    in 2019", "..., an idea Ms. X has publicly rejected", "..., a proposal which X welcomed"), is no part of what was
    said; the speaker's own word on it ("..., an idea she said would create jobs") still is."""

    VISIT = "Chilean President Marta Ibáñez Rojas held talks with South Korean President Park Min-jae in Seoul.\n\n"

    def test_the_writers_gloss_is_left_out(self):
        cases = [
            ("Park said the two sides had agreed to set up a hotline between their navies, an idea that was first "
             "raised at a forum in 2019.", ("Park Min-jae", "the two sides had agreed to set up a hotline between "
                                            "their navies")),
            ("Park said Korean troops could train in Chile, an idea Ms. Ibáñez has publicly rejected.",
             ("Park Min-jae", "Korean troops could train in Chile")),
            ("Ibáñez said Chile would host the next round of talks in Valparaíso, an invitation which Park accepted.",
             ("Marta Ibáñez Rojas", "Chile would host the next round of talks in Valparaíso")),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence), [said])

    def test_the_speakers_own_word_stays(self):
        text = (
            self.VISIT
            + "Ibáñez said Chile wanted a lithium refinery, an idea she said would create thousands of jobs."
        )
        self.assertEqual(
            quotes(text),
            [
                (
                    "Marta Ibáñez Rojas",
                    "Chile wanted a lithium refinery, an idea she said would create thousands of jobs",
                )
            ],
        )


class Quotes13CountedPluralNounTests(SimpleTestCase):
    """A speech verb's present tense that is also a plural noun ("states", "notes", "promises") is the noun after a
    number, a determiner or a possessive ("five states", "his notes"): no clause is reported after it. Without one
    before it, it is still the verb."""

    VISIT = "Brazilian President Marcos Teixeira held talks with Chinese President Wen Guoliang in Beijing.\n\n"

    def test_a_counted_noun_reports_nothing(self):
        cases = [
            "Wen, who was joined by the heads of three provinces, the mayors of five states and 40 executives, is "
            "due to visit São Paulo.",
            "Teixeira, who has toured all member states of the bloc and most of Asia, is expected to travel to "
            "Beijing again.",
            "Wen, who was handed his notes and a list of Brazilian requests, is due to reply on Friday.",
        ]
        for sentence in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence), [])

    def test_the_verb_still_reports(self):
        text = self.VISIT + "Wen states that China is ready to buy more Brazilian soybeans."
        self.assertEqual(quotes(text), [("Wen Guoliang", "China is ready to buy more Brazilian soybeans")])


class Quotes14OthersDidNotTests(SimpleTestCase):
    """What others did not do, told after the reported clause with a subject of their own in the writer's past
    ("..., but officials gave no estimate", "..., but the two sides did not announce ...", "..., but the statement
    made no mention of ..."), is the writer's account, not what was said; a "but" in the speaker's own present
    ("..., but this figure does not reflect ...") goes on with the statement."""

    VISIT = "Veltravian President Arno Keldovic held talks with Ostranian Prime Minister Lina Marsh in Dorsa.\n\n"

    def test_the_writers_account_is_left_out(self):
        cases = [
            ('Marsh said a rail link would let farmers reach the coast "in hours, not days," but officials gave no '
             "estimate of the cost.", ("Lina Marsh", 'a rail link would let farmers reach the coast "in hours, not '
                                       'days,"')),
            ('Keldovic said Veltravia wanted to "make it easier" for Ostranian students to come, but the two sides '
             "did not announce any new measures.", ("Arno Keldovic", 'Veltravia wanted to "make it easier" for '
                                                    "Ostranian students to come")),
            ("Marsh said Ostrana was ready to double its purchases of Veltravian wheat, but the joint statement made "
             "no mention of new loans.", ("Lina Marsh", "Ostrana was ready to double its purchases of Veltravian "
                                          "wheat")),
            ("Keldovic said the two ministries would open a visa centre in Dorsa, but Ostrana had not yet set a date "
             "for it.", ("Arno Keldovic", "the two ministries would open a visa centre in Dorsa")),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence), [said])

    def test_the_speakers_own_present_stays(self):
        text = self.VISIT + "Marsh said trade had grown by a third, but this figure does not reflect its potential."
        self.assertEqual(
            quotes(text),
            [("Lina Marsh", "trade had grown by a third, but this figure does not reflect its potential")],
        )


class Quotes15BareAndNextActTests(SimpleTestCase):
    """After a bare "and", the speaker's own next stand on a claim or a proposal ("and rejected suggestions that
    ...", "and dismissed ...", "and spoke in favour of ...") ends the clause reported before it; two verbs of the
    clause's own subject ("said Ostrana had considered and rejected the offer") stay one statement."""

    VISIT = "Veltravian President Arno Keldovic held talks with Ostranian Prime Minister Lina Marsh in Dorsa.\n\n"

    def test_the_next_act_ends_the_clause(self):
        cases = [
            ('Marsh said Ostrana was "tightening its checks" and rejected suggestions that it was a back door for '
             "cheap steel.", ("Lina Marsh", 'Ostrana was "tightening its checks"')),
            ("Keldovic said Veltravia would open two consulates in Ostrana and dismissed reports of a trade dispute.",
             ("Arno Keldovic", "Veltravia would open two consulates in Ostrana")),
            ("Marsh said the grain corridor would reopen in spring and denied that Ostrana had closed its ports.",
             ("Lina Marsh", "the grain corridor would reopen in spring")),
            ("Keldovic noted the plans of Ostranian universities to open branches in Veltravia and also spoke in "
             "favour of wider academic exchanges.", ("Arno Keldovic", "the plans of Ostranian universities to open "
                                                     "branches in Veltravia")),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence)[0], said)

    def test_two_verbs_of_the_clause_stay(self):
        text = self.VISIT + "Marsh said Ostrana had considered and rejected the offer of a new loan."
        self.assertEqual(quotes(text), [("Lina Marsh", "Ostrana had considered and rejected the offer of a new loan")])


class Quotes15MarkedSubjectTests(SimpleTestCase):
    """Marked words right after the speech verb that the clause's own tense follows ('said "no new loan" had been
    signed') are the subject of a reported clause, which keeps them; marked words that close the sentence are a
    direct quote as before."""

    VISIT = "Veltravian President Arno Keldovic held talks with Ostranian Prime Minister Lina Marsh in Dorsa.\n\n"

    def test_the_marks_open_a_reported_clause(self):
        cases = [
            ('Asked about loans, Marsh said "no new tariff" had been discussed.',
             ("Lina Marsh", '"no new tariff" had been discussed')),
            ('Keldovic said "two or three" ministries would open offices in Dorsa next year.',
             ("Arno Keldovic", '"two or three" ministries would open offices in Dorsa next year')),
            ('Marsh said "not a single cent" was owed to Veltravian banks.',
             ("Lina Marsh", '"not a single cent" was owed to Veltravian banks')),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence), [said])

    def test_marks_that_close_the_sentence_stay_direct(self):
        text = self.VISIT + 'Keldovic said "the door is open to Ostranian firms."'
        self.assertEqual(quotes(text), [("Arno Keldovic", "the door is open to Ostranian firms.")])


class Quotes15SpokeInFavourTests(SimpleTestCase):
    """What a speaker "spoke in favour of" is a stand taken in words, its object the statement, as after "argued
    for" or "called for"; the heads of state speaking in favour of something together is the sides' act, no one's
    quote."""

    VISIT = "Veltravian President Arno Keldovic held talks with Ostranian Prime Minister Lina Marsh in Dorsa.\n\n"

    def test_the_object_is_what_was_said(self):
        cases = [
            ("Keldovic, for his part, spoke in favour of expanding cooperation in fisheries, shipbuilding and "
             "tourism.", ("Arno Keldovic", "expanding cooperation in fisheries, shipbuilding and tourism")),
            ("The Ostranian Prime Minister also spoke in favor of opening a direct flight between Dorsa and Velt.",
             ("Lina Marsh", "opening a direct flight between Dorsa and Velt")),
            ("Marsh spoke out in favour of holding the next session of the joint commission in Velt.",
             ("Lina Marsh", "holding the next session of the joint commission in Velt")),
        ]  # fmt: skip
        for sentence, said in cases:
            with self.subTest(sentence=sentence):
                self.assertEqual(quotes(self.VISIT + sentence), [said])

    def test_the_sides_speaking_together_say_nothing(self):
        text = self.VISIT + "The heads of state spoke in favour of intensifying cultural and humanitarian ties."
        self.assertEqual(quotes(text), [])
