"""Interviews set out as plain questions and answers, transcripts and Q&A: whose words the answers are."""

from __future__ import annotations

from django.test import SimpleTestCase

from relations_plugin.extraction import suggest_package


def quotes(text: str) -> list[tuple[str, str, str]]:
    result = suggest_package(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text, (q.start, q.end, q.text)
    return [(q.speaker.name, q.kind, q.text) for q in result.quotes]


LEAD = (
    "Latvian Foreign Minister Ilze Ozola held talks in Accra on Thursday with her Ghanaian counterpart Kojo Attafuah."
)


class PlainInterviewTests(SimpleTestCase):
    def test_answers_after_plain_questions_are_the_words_of_the_one_the_outlet_spoke_to(self):
        text = (
            "Moldovan minister: ports open to Estonian grain\n\n"
            "Our correspondent spoke to Moldovan Foreign Minister Radu Ceban after his talks in Tallinn with "
            "Estonian Foreign Minister Kaarel Tamm on Monday. The interview has been shortened and edited.\n\n"
            "What did you come to Tallinn for?\n\n"
            "We came to talk about trade and about security.\n\n"
            "Our trade is still small. I want it to double in five years.\n\n"
            "Did you sign anything?\n\n"
            "Yes, a memorandum on digital government.\n\n"
            "Is there a date for the next round?\n\n"
            "Not yet. Minister Tamm will come to Chisinau in the autumn, we hope."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Radu Ceban", "direct", "We came to talk about trade and about security."),
                ("Radu Ceban", "direct", "Our trade is still small. I want it to double in five years."),
                ("Radu Ceban", "direct", "Yes, a memorandum on digital government."),
                ("Radu Ceban", "direct", "Not yet. Minister Tamm will come to Chisinau in the autumn, we hope."),
            ],
        )

    def test_an_answer_with_a_short_phrase_in_marks_is_still_the_answer(self):
        text = (
            "Latvia looks south\n\n" + LEAD + " Our correspondent spoke to the minister after the talks.\n\n"
            "Did you agree on everything?\n\n"
            'Not on everything. On the war we said "we differ" and moved on to trade.\n\n'
            "Will there be a consulate?\n\n"
            '"Soon," the Ghanaian side told me, but I have heard that before, he said with a smile.'
        )
        got = quotes(text)
        self.assertIn(
            ("Ilze Ozola", "direct", 'Not on everything. On the war we said "we differ" and moved on to trade.'), got
        )
        # (words in marks that close on the punctuation of speech are someone's quote, not a name in an answer)
        self.assertFalse([t for _, _, t in got if "Ghanaian side told me" in t])

    def test_the_minister_the_lead_spoke_to_is_the_one_whose_visit_it_told_of(self):
        text = (
            "Latvia looks south\n\n" + LEAD + " Our correspondent spoke to the minister after the talks.\n\n"
            "Why Accra, and why now?\n\n"
            "Because West Africa is growing fast. We should have come earlier.\n\n"
            "What did the two of you agree on?\n\n"
            "To open an honorary consulate in Riga.\n\n"
            "Interview by Efua Quaye."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ilze Ozola", "direct", "Because West Africa is growing fast. We should have come earlier."),
                ("Ilze Ozola", "direct", "To open an honorary consulate in Riga."),
            ],
        )

    def test_an_interview_with_the_outlet_fronted_is_the_subjects(self):
        text = (
            "Latvian minister: Africa is not far away\n\n"
            "In an interview with this newspaper after her talks in Accra, Latvian Foreign Minister Ilze Ozola "
            "spoke about trade and students. She met Ghanaian Foreign Minister Kojo Attafuah on Thursday.\n\n"
            "What brought you to Accra?\n\n"
            "Trade, first of all. Our exporters want to be here.\n\n"
            "And students?\n\n"
            "Yes. Ghanaian students are welcome in Riga, and I told Minister Attafuah so."
        )
        self.assertEqual(
            [q[0] for q in quotes(text)],
            ["Ilze Ozola", "Ilze Ozola"],
        )

    def test_him_in_the_lead_is_the_one_named_before_not_the_correspondent_who_asked(self):
        text = (
            "Latvia looks to West Africa\n\n"
            "Latvian Foreign Minister Andris Kalns held talks in Accra on Thursday with Ghanaian Foreign Minister "
            "Kojo Attafuah. Kalns flies on to Lagos on Friday.\n\n"
            "Our correspondent Liene Sprogis, who is travelling with the delegation, spoke to him after the talks.\n\n"
            "Why Accra?\n\n"
            "Because West Africa is growing fast. We should have come earlier.\n\n"
            "What did you agree on?\n\n"
            "An honorary consulate in Riga. I am glad of it."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Andris Kalns", "direct", "Because West Africa is growing fast. We should have come earlier."),
                ("Andris Kalns", "direct", "An honorary consulate in Riga. I am glad of it."),
            ],
        )

    def test_her_in_the_lead_agreeing_with_nobody_named_before_gives_no_interviewee(self):
        text = (
            "Latvia looks to West Africa\n\n"
            "Latvian Foreign Minister Andris Kalns held talks in Accra on Thursday with Ghanaian Foreign Minister "
            "Kojo Attafuah, and Mr Kalns flies on to Lagos on Friday. Mr Attafuah stays at home.\n\n"
            "Our correspondent Liene Sprogis, who is travelling with the delegation, spoke to her after the talks.\n\n"
            "Why Accra?\n\n"
            "Because West Africa is growing fast. We should have come earlier.\n\n"
            "What did you agree on?\n\n"
            "An honorary consulate in Riga. I am glad of it."
        )
        self.assertEqual(quotes(text), [])

    def test_the_writers_closing_paragraph_is_no_answer(self):
        text = (
            "Latvia looks south\n\n" + LEAD + " We asked Ilze Ozola about the talks.\n\n"
            "How did the talks go?\n\n"
            "Very well. We agreed on more than I expected.\n\n"
            "Will you come back?\n\n"
            "I hope so.\n\n"
            "Ozola flies on to Lagos on Friday."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ilze Ozola", "direct", "Very well. We agreed on more than I expected."),
                ("Ilze Ozola", "direct", "I hope so."),
            ],
        )

    def test_an_explainers_question_headings_head_the_writers_own_account(self):
        text = (
            "Explainer: what the talks produced\n\n" + LEAD + "\n\nWhat was signed?\n\n"
            "The two ministers signed a memorandum on consular cooperation.\n\n"
            "What comes next?\n\n"
            "Attafuah is expected in Riga next year."
        )
        self.assertEqual(quotes(text), [])

    def test_a_faq_box_is_no_interview(self):
        text = (
            "Latvia and Ghana ease visas\n\n" + LEAD + " The ministers agreed to ease visas for students.\n\n"
            "Do I need a visa to study in Riga?\n\n"
            "Yes, but from next year you can apply online.\n\n"
            "How long does it take?\n\n"
            "About two weeks, the embassy says on its website."
        )
        self.assertEqual([q for q in quotes(text) if q[1] == "direct"], [])

    def test_rhetorical_questions_in_narrative_give_no_quotes(self):
        text = (
            "Latvia looks south\n\n" + LEAD + " Will the two countries trade more?\n\n"
            "Ozola said trade was growing. But is that enough?\n\n"
            "Few in Accra think so.\n\n"
            "Who pays for the new consulate?\n\n"
            "Latvia will pay for it, the ministry said."
        )
        self.assertEqual(
            quotes(text),
            [("Ilze Ozola", "reported", "trade was growing")],
        )

    def test_a_question_quoted_inside_a_paragraph_is_the_askers_only(self):
        text = (
            "Latvia looks south\n\n" + LEAD + " We spoke to Ozola after the talks.\n\n"
            "“Why not Ghana?” Ozola asked. “It is the gateway to the region.”\n\n"
            "Attafuah said Ghana welcomed the interest."
        )
        self.assertEqual(
            [q[0] for q in quotes(text)],
            ["Ilze Ozola", "Ilze Ozola", "Kojo Attafuah"],
        )


class CorrespondentRelayTests(SimpleTestCase):
    LEAD = (
        "Latvian Foreign Minister Ilze Ozola is on a two-day visit to Ghana and held talks in Accra on Thursday with "
        "her Ghanaian counterpart Kojo Attafuah. Our correspondent Maris Liepa is travelling with the delegation and "
        "I reached him in Accra on Thursday evening.\n\n"
    )

    def test_the_correspondents_marked_answers_hold_the_speech_he_relays(self):
        text = (
            "Latvian minister in Accra: students, ports and visas\n\n"
            + self.LEAD
            + "Maris, what did the minister come for?\n\n"
            "“Mostly trade. Minister Ozola told her host that Latvian ports could serve Ghanaian cocoa exporters. "
            "At the press conference she said, and I am quoting, ‘Riga is closer to Accra than people think.’”\n\n"
            "And visas?\n\n"
            "“Mr Attafuah raised it himself. He said Ghana wanted faster visas for students.”\n\n"
            "Maris Liepa in Accra, thank you."
        )
        got = quotes(text)
        self.assertNotIn("Maris Liepa", [q[0] for q in got])
        self.assertIn(("Ilze Ozola", "reported", "Latvian ports could serve Ghanaian cocoa exporters"), got)
        self.assertIn(("Ilze Ozola", "direct", "Riga is closer to Accra than people think."), got)
        self.assertIn(("Kojo Attafuah", "reported", "Ghana wanted faster visas for students"), got)
        self.assertNotIn("Maris Liepa", [p.name for p in suggest_package(text).participants])

    def test_marked_answers_of_the_one_a_question_names_stay_his_quotes(self):
        text = (
            "Latvian minister in Accra\n\n" + LEAD + " Our correspondent Maris Liepa spoke to her after the talks.\n\n"
            "Minister Ozola, what did you come for?\n\n"
            "“Trade. Our ports could serve Ghanaian cocoa exporters.”\n\n"
            "And visas?\n\n"
            "“We will make them faster for students.”"
        )
        self.assertEqual(
            [q[0] for q in quotes(text)],
            ["Ilze Ozola", "Ilze Ozola"],
        )


class TranscriptNoteTests(SimpleTestCase):
    HEAD = (
        "Latvian Foreign Minister Ilze Ozola held talks in Accra with Ghanaian Foreign Minister Kojo Attafuah on "
        "Thursday. The following is a transcript of their press conference.\n\n"
    )

    def test_a_transcribers_note_is_nobodys_words_and_the_turn_goes_on(self):
        text = self.HEAD + (
            "[Opening statements]\n\n"
            "MODERATOR: Good afternoon. The ministers will make short statements.\n\n"
            "OZOLA: Thank you. We agreed today to open an honorary consulate in Kumasi.\n\n"
            "[Laughter]\n\n"
            "We also agreed to start talks on an investment treaty.\n\n"
            "(Applause)\n\n"
            "ATTAFUAH: Ghana welcomes Latvian investors."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ilze Ozola", "direct", "Thank you. We agreed today to open an honorary consulate in Kumasi."),
                ("Ilze Ozola", "direct", "We also agreed to start talks on an investment treaty."),
                ("Kojo Attafuah", "direct", "Ghana welcomes Latvian investors."),
            ],
        )

    def test_the_heading_of_the_questions_ends_the_turn(self):
        text = self.HEAD + (
            "Minister Ozola:\n\n"
            "Thank you, dear colleague. We agreed to open a consulate in Kumasi.\n\n"
            "Questions and answers\n\n"
            "Q: Minister Attafuah, when will the treaty be ready?\n\n"
            "Minister Attafuah: By the end of the year, I hope."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ilze Ozola", "direct", "Thank you, dear colleague. We agreed to open a consulate in Kumasi."),
                ("Kojo Attafuah", "direct", "By the end of the year, I hope."),
            ],
        )

    def test_a_remark_in_brackets_inside_a_line_stays_part_of_it(self):
        text = self.HEAD + (
            "OZOLA: We agreed (and this matters) to open a consulate in Kumasi.\n\n"
            "Questions and answers are for later, I think. We have one more point on trade.\n\n"
            "ATTAFUAH: Thank you."
        )
        self.assertEqual(
            [q[2] for q in quotes(text)][:2],
            [
                "We agreed (and this matters) to open a consulate in Kumasi.",
                "Questions and answers are for later, I think. We have one more point on trade.",
            ],
        )


class MarkedAnswerTests(SimpleTestCase):
    def test_marked_answers_to_questions_naming_nobody_are_the_interviewees(self):
        text = (
            "Latvian minister in Accra\n\n" + LEAD + " Our correspondent spoke to the minister after the talks.\n\n"
            "What did you come for?\n\n"
            "“Mostly trade. Our ports could serve Ghanaian cocoa exporters.”\n\n"
            "And visas?\n\n"
            "“We will make them faster for students, I promise.”\n\n"
            "“It will take a year or so.”"
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ilze Ozola", "direct", "Mostly trade. Our ports could serve Ghanaian cocoa exporters."),
                ("Ilze Ozola", "direct", "We will make them faster for students, I promise."),
                ("Ilze Ozola", "direct", "It will take a year or so."),
            ],
        )

    def test_a_marked_paragraph_after_a_question_in_a_story_with_no_interview_has_no_speaker(self):
        text = (
            "Latvian minister in Accra\n\n" + LEAD + "\n\nWhat will the consulate cost?\n\n"
            "“Nobody knows yet.”\n\n"
            "Who will run it?\n\n"
            "“A local businessman, probably.”"
        )
        self.assertEqual(quotes(text), [])


class OutletLeadTests(SimpleTestCase):
    def test_one_who_spoke_to_a_named_outlet_is_the_interviewee(self):
        text = (
            "Latvian minister: Africa is not far away\n\n"
            "Latvian Foreign Minister Ilze Ozola, who met Ghanaian Foreign Minister Kojo Attafuah on Thursday, "
            "spoke to The Coastal Herald after the talks.\n\n"
            "What brought you to Accra?\n\n"
            "Trade, first of all. Our exporters want to be here.\n\n"
            "And students?\n\n"
            "They are welcome. I told Minister Attafuah so."
        )
        self.assertEqual([q[0] for q in quotes(text)], ["Ilze Ozola", "Ilze Ozola"])

    def test_a_question_citing_a_phrase_is_still_a_question_and_gives_no_quote(self):
        text = (
            "Latvian minister: Africa is not far away\n\n"
            "In an interview with The Coastal Herald after her talks, Latvian Foreign Minister Ilze Ozola spoke "
            "about trade. She met Ghanaian Foreign Minister Kojo Attafuah on Thursday.\n\n"
            "What brought you to Accra?\n\n"
            "Trade, first of all. Our exporters want to be here.\n\n"
            'What did you mean by "a new chapter"?\n\n'
            "That we stop talking and start doing. I am tired of memoranda."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ilze Ozola", "direct", "Trade, first of all. Our exporters want to be here."),
                ("Ilze Ozola", "direct", "That we stop talking and start doing. I am tired of memoranda."),
            ],
        )

    def test_another_outlets_correspondent_who_spoke_to_him_asked_the_one_the_pronoun_names(self):
        text = (
            "Latvia looks to West Africa\n\n"
            "Latvian Foreign Minister Andris Kalns held talks in Accra on Thursday with Ghanaian Foreign Minister "
            "Kojo Attafuah. Kalns flies on to Lagos on Friday.\n\n"
            "Radio Daugava correspondent Liene Sprogis, who is travelling with the delegation, spoke to him after "
            "the talks.\n\n"
            "Why Accra?\n\n"
            "Because West Africa is growing fast. We should have come earlier.\n\n"
            "What did you agree on?\n\n"
            "An honorary consulate in Riga. I am glad of it."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Andris Kalns", "direct", "Because West Africa is growing fast. We should have come earlier."),
                ("Andris Kalns", "direct", "An honorary consulate in Riga. I am glad of it."),
            ],
        )

    def test_one_of_the_storys_people_who_spoke_to_him_is_no_interviewer(self):
        text = (
            "Latvia looks to West Africa\n\n"
            "Latvian Foreign Minister Andris Kalns held talks in Accra on Thursday with Ghanaian Foreign Minister "
            "Kojo Attafuah. Ghanaian Trade Minister Yaw Boateng spoke to him after the talks.\n\n"
            "Why Accra?\n\n"
            "Because West Africa is growing fast. We should have come earlier.\n\n"
            "What did they agree on?\n\n"
            "An honorary consulate in Riga."
        )
        self.assertNotIn("direct", [q[1] for q in quotes(text)])

    def test_two_of_the_storys_people_meeting_is_no_interview(self):
        text = (
            "Latvian minister in Accra\n\n"
            "Latvian Foreign Minister Ilze Ozola met Ghanaian Foreign Minister Kojo Attafuah on Thursday.\n\n"
            "What did they agree?\n\n"
            "A consulate in Kumasi. We expect it to open next year, an aide said.\n\n"
            "And what next?\n\n"
            "Talks on an investment treaty, we are told."
        )
        self.assertNotIn("direct", [q[1] for q in quotes(text)])


class TitleLabelTests(SimpleTestCase):
    BODY = (
        "Q: What did you come for?\n\n"
        "MINISTER: Trade. Our ports could serve Ghanaian cocoa exporters.\n\n"
        "MODERATOR: One last question, please.\n\n"
        "Q: And visas?\n\n"
        "MINISTER: We will make them faster for students."
    )

    def test_an_office_in_capitals_labels_the_storys_only_holder(self):
        text = (
            "Latvian minister in Accra\n\n"
            "Latvian Foreign Minister Ilze Ozola held talks in Accra on Thursday with Ghanaian President Kwesi "
            "Ampofo. Our correspondent spoke to the minister after the talks.\n\n" + self.BODY
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ilze Ozola", "direct", "Trade. Our ports could serve Ghanaian cocoa exporters."),
                ("Ilze Ozola", "direct", "We will make them faster for students."),
            ],
        )

    def test_an_office_two_of_the_storys_people_hold_labels_neither(self):
        text = "Latvian minister in Accra\n\n" + LEAD + " They spoke to reporters after the talks.\n\n" + self.BODY
        self.assertEqual(quotes(text), [])


class LongTitledLabelTests(SimpleTestCase):
    def test_a_label_with_a_long_office_and_a_four_word_name_opens_the_turn(self):
        text = (
            "Transcript of remarks at the joint press conference, 4 May 2024\n\n"
            "Ghanaian Minister for Foreign Affairs Kojo Attafuah is on a working visit to Singapore. Minister for "
            "Foreign Affairs Dr Lim Boon Keat Henry and Minister Attafuah held talks this morning.\n\n"
            "Minister for Foreign Affairs Dr Lim Boon Keat Henry: Good morning. We held very useful talks today.\n\n"
            "We agreed to start work on a new air services agreement.\n\n"
            "Ghanaian Minister for Foreign Affairs Kojo Attafuah: Thank you. Ghana values this friendship."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Lim Boon Keat Henry", "direct", "Good morning. We held very useful talks today."),
                ("Lim Boon Keat Henry", "direct", "We agreed to start work on a new air services agreement."),
                ("Kojo Attafuah", "direct", "Thank you. Ghana values this friendship."),
            ],
        )


class InitialledLabelTests(SimpleTestCase):
    HEAD = (
        "Latvian Foreign Minister Ilze Ozola held talks in Accra with Ghanaian Foreign Minister Kojo Attafuah on "
        "Thursday and then spoke to the press.\n\n"
    )

    def test_a_label_with_the_initial_a_is_a_name_not_an_answer(self):
        text = self.HEAD + (
            "K. Attafuah: We are glad to welcome our Latvian friends.\n\n"
            "A. Ozola: Thank you, dear colleague. Our ports could serve Ghanaian cocoa exporters."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Kojo Attafuah", "direct", "We are glad to welcome our Latvian friends."),
                ("Ilze Ozola", "direct", "Thank you, dear colleague. Our ports could serve Ghanaian cocoa exporters."),
            ],
        )

    def test_an_interviews_answer_line_is_still_the_interviewees(self):
        text = (
            "Latvian minister in Accra\n\n"
            "Latvian Foreign Minister Ilze Ozola spoke to The Coastal Herald after her talks with Ghanaian Foreign "
            "Minister Kojo Attafuah.\n\n"
            "Q. What did you come for?\n\n"
            "A. Trade. Our ports could serve Ghanaian cocoa exporters."
        )
        self.assertEqual(
            quotes(text), [("Ilze Ozola", "direct", "Trade. Our ports could serve Ghanaian cocoa exporters.")]
        )

    def test_the_last_turn_goes_on_past_a_line_that_addresses_the_audience(self):
        text = self.HEAD + (
            "K. Attafuah: We are glad to welcome our Latvian friends.\n\n"
            "I. Ozola: Dear Minister,\n\n"
            "Distinguished guests,\n\n"
            "Our ports could serve Ghanaian cocoa exporters. Thank you."
        )
        self.assertEqual(
            [q[2] for q in quotes(text) if q[0] == "Ilze Ozola"],
            ["Dear Minister", "Distinguished guests", "Our ports could serve Ghanaian cocoa exporters. Thank you."],
        )

    def test_a_closing_line_of_the_writer_after_the_last_turn_is_not_the_speakers(self):
        text = self.HEAD + (
            "K. Attafuah: We are glad to welcome our Latvian friends.\n\n"
            "I. Ozola: Our ports could serve Ghanaian cocoa exporters.\n\n"
            "The minister flies on to Lagos on Friday."
        )
        self.assertEqual(
            [q[2] for q in quotes(text) if q[0] == "Ilze Ozola"], ["Our ports could serve Ghanaian cocoa exporters."]
        )


class OfficeLabelTests(SimpleTestCase):
    HEAD = (
        "Latvian Foreign Minister Ilze Ozola held talks in Accra with Ghanaian Foreign Minister Kojo Attafuah on "
        "Thursday. Her spokesman briefed the press afterwards.\n\n"
    )

    def test_the_office_a_full_label_set_before_the_name_labels_the_same_speaker_later(self):
        text = self.HEAD + (
            "Press Secretary, Mr Janis Berzins: Good evening. The minister will speak first.\n\n"
            "Foreign Minister, Ms Ilze Ozola: Thank you. We agreed to open a consulate in Kumasi.\n\n"
            "Press Secretary: Thank you, Minister. We now take questions."
        )
        said = [(s, t) for s, _, t in quotes(text) if s == "Janis Berzins"]
        self.assertEqual(
            said,
            [
                ("Janis Berzins", "Good evening. The minister will speak first."),
                ("Janis Berzins", "Thank you, Minister. We now take questions."),
            ],
        )

    def test_an_office_no_full_label_gave_labels_nobody(self):
        text = self.HEAD + (
            "Foreign Minister, Ms Ilze Ozola: Thank you. We agreed to open a consulate in Kumasi.\n\n"
            "Press Secretary: Thank you, Minister. We now take questions."
        )
        self.assertEqual(
            quotes(text), [("Ilze Ozola", "direct", "Thank you. We agreed to open a consulate in Kumasi.")]
        )


class CorrespondentReportTests(SimpleTestCase):
    """A news bulletin's transcript: the presenter and the correspondent tell the story under their labels, and the
    leaders' speech they relay is read as in any narrative."""

    HEAD = (
        "PIA LUND, PRESENTER: The Latvian foreign minister is in Accra. Our correspondent Ben Okoro is there. Ben?\n\n"
    )

    def test_speech_relayed_in_a_correspondents_line_is_read(self):
        text = self.HEAD + (
            "BEN OKORO, AFRICA CORRESPONDENT: Pia, Foreign Minister Ilze Ozola met her Ghanaian counterpart Kojo "
            "Attafuah this morning. Ms "
            "Ozola said Latvia would open an embassy in Accra next year.\n\n"
            "LUND: And the cocoa trade?\n\n"
            'OKORO: Mr Attafuah praised the "frank and warm" talks with his guest.\n'
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ilze Ozola", "reported", "Latvia would open an embassy in Accra next year"),
                ("Kojo Attafuah", "partial", "frank and warm"),
            ],
        )

    def test_a_reporters_label_over_a_live_report(self):
        text = LEAD + "\n\nReporter: Ms Ozola told her host that Latvian ports were open to Ghanaian cocoa.\n"
        self.assertEqual(quotes(text), [("Ilze Ozola", "reported", "Latvian ports were open to Ghanaian cocoa")])

    def test_a_journalists_question_is_no_ones_speech(self):
        text = LEAD + (
            "\n\nForeign Minister Ozola: We agreed to open an embassy.\n\n"
            "REPORTER: Minister, Mr Attafuah said ports were the priority. Do you agree?\n"
        )
        self.assertEqual(quotes(text), [("Ilze Ozola", "direct", "We agreed to open an embassy.")])


class NameFirstCaptionTests(SimpleTestCase):
    """A broadcast transcript captions a leader's clip with the name first and the office after a comma, and may
    name the speaker nowhere else."""

    TEXT = (
        "KARIN VOSS, PRESENTER: Peru's foreign minister was in Riga today for talks on trade.\n\n"
        "ANA RUIZ, FOREIGN MINISTER OF PERU (TRANSLATED): We came to open new markets for our coffee.\n\n"
        "KARIN VOSS: Latvia's foreign minister, Ilze Ozola, welcomed her guest.\n"
    )

    def test_the_captioned_speaker_takes_part_and_speaks(self):
        result = suggest_package(self.TEXT)
        self.assertIn(("Ana Ruiz", "PE"), {(p.name, p.country) for p in result.participants})
        self.assertEqual(quotes(self.TEXT), [("Ana Ruiz", "direct", "We came to open new markets for our coffee.")])


class QuestionAnswerLabelTests(SimpleTestCase):
    """A newspaper interview printed as "Q:" and "A:" lines, or under the interviewer's and the speaker's initials:
    the answers are the words of whom the lead, the headline or a label says it is with."""

    def test_answers_are_the_words_of_whom_the_papers_journalist_sat_down_with(self):
        text = (
            "Chile's envoy: 'Copper is only the start'\n\n"
            "Ahead of the state visit of President Tomás Ibarra next week, The Gulf Herald's Omar Nasser sat down "
            "with Chile's Ambassador to Qatar, H E Rodrigo Fuentes, at the embassy in West Bay.\n\n"
            "Q: What do you expect from the visit?\n\n"
            "A: A great deal. We will sign an air services agreement and open a trade office.\n\n"
            "Q: And energy?\n\n"
            "A: We are interested in long-term supply of gas, and we will talk about it."
        )
        self.assertEqual(
            [(s, t) for s, _, t in quotes(text)],
            [
                ("Rodrigo Fuentes", "A great deal. We will sign an air services agreement and open a trade office."),
                ("Rodrigo Fuentes", "We are interested in long-term supply of gas, and we will talk about it."),
            ],
        )

    def test_a_label_of_initials_is_the_speaker_the_first_label_spelt_out(self):
        text = (
            "'We will not walk away'\n\n"
            "Norway's Minister of International Development Ingrid Solberg-Holm was in Dhaka this week.\n\n"
            "The Morning Ledger (TML): You saw the camps yesterday. What stayed with you?\n\n"
            "Ingrid Solberg-Holm (ISH): The children. More than half the people there are under eighteen.\n\n"
            "TML: Is Norway cutting its funding?\n\n"
            "ISH: No. Today we signed an arrangement for three more years of support."
        )
        self.assertEqual(
            [(s, t) for s, _, t in quotes(text)],
            [
                ("Ingrid Solberg-Holm", "The children. More than half the people there are under eighteen."),
                ("Ingrid Solberg-Holm", "No. Today we signed an arrangement for three more years of support."),
            ],
        )

    def test_a_headline_naming_whom_the_interview_is_with_names_the_answerer(self):
        text = (
            "'We want partners, not patrons': Peru's foreign minister on copper and fish\n\n"
            "Peruvian Foreign Minister Ana Ruiz flew into Wellington yesterday for a three-day official visit. She "
            "held talks with New Zealand Foreign Minister Grant Hale at Parliament.\n\n"
            "Q: What does Peru want from this relationship?\n\n"
            "A: Partners who are reliable and open. New Zealand is one of them.\n\n"
            "Q. What about students? Fees are still high.\n\n"
            "A: The number is rising, more than two thousand now."
        )
        self.assertEqual(
            [(s, t) for s, _, t in quotes(text)],
            [
                ("Ana Ruiz", "Partners who are reliable and open. New Zealand is one of them."),
                ("Ana Ruiz", "The number is rising, more than two thousand now."),
            ],
        )


class ParliamentRecordTests(SimpleTestCase):
    """A parliament's record of a statement on a visit: the office labels the minister with the holder's name in
    brackets, members speak under their seats, the chair keeps order, and time stamps stand between speeches."""

    TEXT = (
        "Peru: Foreign Secretary's Visit\n\n"
        "12.34 pm\n\n"
        "The Foreign Secretary (Ms Helen Marsh): With permission, Madam Speaker, I will make a statement on my visit "
        "to Lima, where I held talks with Peruvian Foreign Minister Ana Ruiz.\n\n"
        "We signed a memorandum on critical minerals.\n\n"
        "12.41 pm\n\n"
        "Mr Tom Price (Wealden) (Con): I thank the Foreign Secretary. What did we get for it?\n\n"
        "Madam Deputy Speaker (Dame Ruth Hale): Order. Members will hear the answer.\n\n"
        "The Foreign Secretary: A market for our engineers and a partner in the Pacific.\n"
    )

    def test_the_office_labels_the_holder_named_in_brackets(self):
        self.assertEqual(
            [(s, t) for s, _, t in quotes(self.TEXT)],
            [
                (
                    "Helen Marsh",
                    "With permission, Madam Speaker, I will make a statement on my visit to Lima, where I held talks "
                    "with Peruvian Foreign Minister Ana Ruiz.",
                ),
                ("Helen Marsh", "We signed a memorandum on critical minerals."),
                ("Helen Marsh", "A market for our engineers and a partner in the Pacific."),
            ],
        )

    def test_the_chair_is_no_speaker_of_the_visit(self):
        self.assertNotIn("Order. Members will hear the answer.", [t for _, _, t in quotes(self.TEXT)])


class LeadingTranscribersNoteTests(SimpleTestCase):
    def test_a_note_in_square_brackets_after_the_label_is_not_part_of_the_words(self):
        text = (
            "Transcript of the joint press conference of the foreign ministers of Latvia and Ghana\n\n"
            "Latvian Foreign Minister Ilze Ozola held talks in Accra with Ghanaian Foreign Minister Kojo Attafuah.\n\n"
            "Minister Ozola: [Delivered in Latvian; interpretation follows] Thank you. We opened a consulate.\n\n"
            "Minister Attafuah: [microphone off] ... and Kumasi is next."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ilze Ozola", "direct", "Thank you. We opened a consulate."),
                ("Kojo Attafuah", "direct", "... and Kumasi is next."),
            ],
        )


class OfficeBeforeNameLabelTests(SimpleTestCase):
    def test_a_long_office_set_off_before_the_name_labels_its_holder(self):
        text = (
            "Transcript of the joint press conference in Riga, 3 March 2025\n\n"
            "Latvian Foreign Minister Ilze Ozola welcomed Hon. Dr. Kojo Attafuah, Minister of Foreign Affairs and "
            "Regional Integration of Ghana, to Riga.\n\n"
            "Minister of Foreign Affairs of Latvia, Ilze Ozola: Good morning. We talked about trade.\n\n"
            "Minister of Foreign Affairs and Regional Integration of the Republic of Ghana, Hon. Dr. Kojo Attafuah: "
            "Thank you, dear colleague. Ghana wants Latvian timber firms in Kumasi.\n\n"
            "Hon. Dr. Kojo Attafuah: We will also open an embassy."
        )
        self.assertEqual(
            quotes(text),
            [
                ("Ilze Ozola", "direct", "Good morning. We talked about trade."),
                ("Kojo Attafuah", "direct", "Thank you, dear colleague. Ghana wants Latvian timber firms in Kumasi."),
                ("Kojo Attafuah", "direct", "We will also open an embassy."),
            ],
        )


class RelayInTheSpeakersTurnTests(SimpleTestCase):
    def test_a_paragraph_passing_on_anothers_words_in_person_goes_on_with_the_turn(self):
        text = (
            "Transcript of the joint press conference in Accra\n\n"
            "Latvian Foreign Minister Ilze Ozola held talks in Accra with Ghanaian Foreign Minister Kojo Attafuah.\n\n"
            "Minister Ozola: Thank you for the warm welcome.\n\n"
            'I bring greetings from our President, who asked me to pass on, and I quote, "Riga is closer than it '
            'looks." We agreed to meet again in spring.\n\n'
            "Our timber firms are ready to invest.\n\n"
            "Minister Attafuah: Ghana welcomes them."
        )
        said = [(s, t) for s, _, t in quotes(text)]
        self.assertIn(("Ilze Ozola", "Our timber firms are ready to invest."), said)
        self.assertIn(
            (
                "Ilze Ozola",
                'I bring greetings from our President, who asked me to pass on, and I quote, "Riga is closer than it '
                'looks." We agreed to meet again in spring.',
            ),
            said,
        )


class LivePageTimeWithHomeTimeTests(SimpleTestCase):
    def test_a_time_stamp_with_the_home_time_in_brackets_ends_the_last_turn(self):
        text = (
            "Live: Latvian minister in Ghana\n\n"
            "Latvian Foreign Minister Ilze Ozola held talks in Accra with Ghanaian Foreign Minister Kojo Attafuah.\n\n"
            "Reporter: Was anything signed?\n\n"
            "Ozola: Not today. We want a good text, not a quick one.\n\n"
            "4.15pm (6.15pm)\n"
            "The two ministers later visited the port of Tema.\n\n"
            "Reporter: And the treaty?\n\n"
            "Attafuah: Next year, I hope."
        )
        self.assertEqual(
            [(s, t) for s, _, t in quotes(text)],
            [
                ("Ilze Ozola", "Not today. We want a good text, not a quick one."),
                ("Kojo Attafuah", "Next year, I hope."),
            ],
        )


class RequestPassedOnBySpeakerTests(SimpleTestCase):
    def test_the_president_asked_me_to_thank_you_is_no_report_of_the_president(self):
        text = (
            "Transcript of the joint press conference in Accra\n\n"
            "Ghanaian Foreign Minister Kojo Attafuah received Latvian Foreign Minister Ilze Ozola, who is in Accra on "
            "behalf of President Andris Kalns.\n\n"
            "Minister Ozola: Thank you. President Kalns asked me to thank the people of Ghana for their welcome.\n\n"
            "Minister Attafuah: You are always welcome here."
        )
        self.assertNotIn("Andris Kalns", [s for s, _, _ in quotes(text)])


class WordsQuotedVerbatimInsideATurnTests(SimpleTestCase):
    def test_words_after_i_quote_him_are_the_named_participants_own(self):
        text = (
            "Transcript of the joint press conference in Accra\n\n"
            "Ghanaian Foreign Minister Kojo Attafuah received Latvian Foreign Minister Ilze Ozola. President Andris "
            "Kalns of Latvia joined the talks by video link.\n\n"
            'Minister Ozola: Thank you. Let me pass on the words of President Kalns, and I quote him, "Riga and '
            'Accra are partners, not strangers." We agreed to open embassies.\n\n'
            "Minister Attafuah: Ghana agrees."
        )
        said = [(s, k, t) for s, k, t in quotes(text)]
        self.assertIn(("Andris Kalns", "direct", "Riga and Accra are partners, not strangers."), said)
        self.assertIn(
            (
                "Ilze Ozola",
                "direct",
                'Thank you. Let me pass on the words of President Kalns, and I quote him, "Riga and Accra are '
                'partners, not strangers." We agreed to open embassies.',
            ),
            said,
        )


class MessageCarriedInsideATurnTests(SimpleTestCase):
    def test_who_asked_me_to_tell_you_that_is_the_speakers_message_not_a_report_of_the_sender(self):
        text = (
            "Transcript of the joint press conference in Accra\n\n"
            "Ghanaian Foreign Minister Kojo Attafuah received Latvian Foreign Minister Ilze Ozola.\n\n"
            "Minister Attafuah: Welcome to Accra.\n\n"
            "Minister Ozola: Thank you. I bring the greetings of President Andris Kalns, who asked me to tell the "
            "people of Ghana that Latvia does not forget its friends.\n\n"
            "Minister Attafuah: Thank you."
        )
        self.assertNotIn("Andris Kalns", [s for s, _, _ in quotes(text)])


class JournalistsLoneLabelTests(SimpleTestCase):
    def test_a_lone_label_of_a_reporter_and_her_outlet_ends_the_last_speakers_turn(self):
        text = (
            "Press conference in Accra\n\n"
            "Ghanaian Foreign Minister Kojo Attafuah received Latvian Foreign Minister Ilze Ozola.\n\n"
            "Minister Attafuah:\n\n"
            "Welcome to Accra. We have time for one question.\n\n"
            "Ama Boateng, Daily Graphic:\n\n"
            "Thank you, Minister. When will the embassy open?\n\n"
            "Minister Ozola:\n\n"
            "Next spring, I hope."
        )
        self.assertEqual(
            [(s, t) for s, _, t in quotes(text)],
            [
                ("Kojo Attafuah", "Welcome to Accra. We have time for one question."),
                ("Ilze Ozola", "Next spring, I hope."),
            ],
        )


class ExclaimedAddressInTheLastTurnTests(SimpleTestCase):
    def test_dear_friends_with_an_exclamation_mark_keeps_the_last_speakers_turn_going(self):
        text = (
            "Statements for the press after the talks\n\n"
            "Latvian President Andris Kalns held talks in Riga with Ghanaian President Kwame Boadu.\n\n"
            "Andris Kalns: Dear Mr President! We signed three agreements today.\n\n"
            "Kwame Boadu: Dear Andris!\n\n"
            "Dear friends!\n\n"
            "I thank my host for the warm welcome. We will open an embassy in Riga next year.\n\n"
            "The two presidents then visited the old town."
        )
        said = [(s, t) for s, _, t in quotes(text)]
        self.assertIn(
            ("Kwame Boadu", "I thank my host for the warm welcome. We will open an embassy in Riga next year."), said
        )
        self.assertNotIn("The two presidents then visited the old town.", [t for _, t in said])


class BracketedRoleLabelTests(SimpleTestCase):
    def test_a_role_in_square_brackets_as_a_label_ends_the_last_speakers_turn(self):
        text = (
            "Joint press statements in Accra\n\n"
            "Ghanaian President Kwame Boadu held talks in Accra with Latvian President Andris Kalns.\n\n"
            "President Kwame Boadu: Welcome to Ghana. We signed two agreements today.\n\n"
            "[Master of ceremonies]: We will now take one question from each side.\n\n"
            "President Andris Kalns: Thank you. Latvia will open an embassy in Accra."
        )
        self.assertEqual(
            [(s, t) for s, _, t in quotes(text)],
            [
                ("Kwame Boadu", "Welcome to Ghana. We signed two agreements today."),
                ("Andris Kalns", "Thank you. Latvia will open an embassy in Accra."),
            ],
        )


class TrailingRoomNoteTests(SimpleTestCase):
    def test_laughter_noted_after_the_words_is_not_part_of_the_quote(self):
        text = (
            "Transcript of the joint press conference in Accra\n\n"
            "Ghanaian Foreign Minister Kojo Attafuah received Latvian Foreign Minister Ilze Ozola.\n\n"
            "Minister Attafuah: I invited Minister Ozola to Kumasi, and she did not refuse. (Laughter)\n\n"
            "Minister Ozola: It is true. [Applause]"
        )
        self.assertEqual(
            [(s, t) for s, _, t in quotes(text)],
            [
                ("Kojo Attafuah", "I invited Minister Ozola to Kumasi, and she did not refuse."),
                ("Ilze Ozola", "It is true."),
            ],
        )


class PresidencyReadoutTranscriptTests(SimpleTestCase):
    """A presidency's readout names its own leader bare, then gives excerpts of the ceremony's transcript."""

    TEXT = (
        " date 2031-09-09\n\nTalks with President of Mongolia Anton Vasko\n\n"
        "Ivan Morozov held talks in the Kremlin with President of Mongolia Anton Vasko, who is in Russia on an "
        "official visit.\n\nRussia and Mongolia signed an agreement on road transport.\n\n* * *\n\n"
        "Excerpts from the transcript of the ceremony to open the bridge\n\n"
        "Ivan Morozov: Mr Vasko, friends,\n\nToday we are opening a bridge that will serve both our nations.\n\n"
        "Anton Vasko (retranslated): Dear Ivan Morozov, dear friends,\n\nThis is a great day for Mongolia.\n\n"
        "Ivan Morozov: Allow me to give the command to open the bridge.\n\n"
        "(The head of the construction company reports on the completion of the works on the bridge.)\n\n"
        "Ivan Morozov: Congratulations to all of us."
    )

    def test_the_address_that_opens_a_speech_adds_no_word_to_the_name_it_addresses(self):
        speakers = {name for name, _, _ in quotes(self.TEXT)}
        self.assertEqual(speakers, {"Ivan Morozov", "Anton Vasko"})

    def test_the_leader_named_bare_who_holds_talks_in_a_place_with_the_guest_is_the_hosts(self):
        found = {p.name: p.country for p in suggest_package(self.TEXT).participants}
        self.assertEqual(found.get("Ivan Morozov"), "RU")

    def test_an_act_of_the_ceremony_told_between_two_speeches_is_nobodys_words(self):
        said = [text for _, _, text in quotes(self.TEXT)]
        self.assertFalse([t for t in said if "construction company" in t])
        self.assertIn("Congratulations to all of us.", said)


class NameFirstInlineLabelTests(SimpleTestCase):
    """A press service's transcript names each speaker before the office, set off by a comma, the words following
    the colon on the same line."""

    def test_words_after_a_name_first_label_are_the_named_speakers(self):
        cases = [
            (
                "Transcript: joint press approach of the foreign ministers of Peru and Latvia\n\n"
                "Ana Ruiz, Minister of Foreign Affairs of the Republic of Peru: We came to open new markets for our "
                "coffee.\n\n"
                "Ilze Ozola, Minister of Foreign Affairs of Latvia: Riga is ready to be your gateway to the Baltic.",
                [
                    ("Ana Ruiz", "We came to open new markets for our coffee."),
                    ("Ilze Ozola", "Riga is ready to be your gateway to the Baltic."),
                ],
            ),
            (
                "Transcript of the press statements in Accra\n\n"
                "Kojo Attafuah, Speaker of Parliament (interpreted): Our parliaments will meet every year.\n\n"
                "Tomas Berzins, Chairman of the Saeima Foreign Affairs Committee: We agreed on a friendship group.",
                [
                    ("Kojo Attafuah", "Our parliaments will meet every year."),
                    ("Tomas Berzins", "We agreed on a friendship group."),
                ],
            ),
            (
                "Transcript of the joint press conference in Hanoi\n\n"
                "Nguyen Van Binh, Prime Minister of the Socialist Republic of Vietnam: Thank you. We signed six "
                "documents today.",
                [("Nguyen Van Binh", "Thank you. We signed six documents today.")],
            ),
        ]
        for text, expected in cases:
            with self.subTest(text=text[:40]):
                self.assertEqual([(s, t) for s, _, t in quotes(text)], expected)

    def test_a_name_and_office_that_go_on_to_a_speech_verb_are_no_label(self):
        text = (
            "Latvian Foreign Minister Ilze Ozola held talks in Accra with Ghana's Foreign Minister Kojo Attafuah.\n\n"
            "Kojo Attafuah, the Foreign Minister of Ghana, recalled an old line: the river does not flow backwards."
        )
        self.assertNotIn("the river does not flow backwards.", [t for _, _, t in quotes(text)])


class NoteBetweenSentencesTests(SimpleTestCase):
    """A transcriber's note between two sentences of a speaker's line ("(Laughter.)", "[Interpreter: ...]") is none of
    the speaker's words: the line is given in its pieces on each side of it."""

    def test_a_line_is_cut_at_the_transcribers_note(self):
        cases = [
            (
                "Minister Attafuah: I invited Minister Ozola to Kumasi. (Laughter.) She has promised to come in May.",
                "Kojo Attafuah",
                ["I invited Minister Ozola to Kumasi.", "She has promised to come in May."],
            ),
            (
                "Minister Ozola: Thank you, Minister. [Interpreter: the minister began in Twi.] We agreed on a new "
                "scholarship programme.",
                "Ilze Ozola",
                ["Thank you, Minister.", "We agreed on a new scholarship programme."],
            ),
            (
                "Minister Attafuah: The talks were frank. [Interruption.] Let me finish: the talks were also useful.",
                "Kojo Attafuah",
                ["The talks were frank.", "Let me finish: the talks were also useful."],
            ),
        ]
        for line, speaker, pieces in cases:
            text = (
                "Transcript of the joint press conference in Accra\n\n"
                "Ghanaian Foreign Minister Kojo Attafuah received Latvian Foreign Minister Ilze Ozola.\n\n" + line
            )
            with self.subTest(line=line[:30]):
                self.assertEqual([(s, t) for s, _, t in quotes(text)], [(speaker, p) for p in pieces])

    def test_the_speakers_own_words_in_brackets_stay_in_the_line(self):
        text = (
            "Transcript of the joint press conference in Accra\n\n"
            "Ghanaian Foreign Minister Kojo Attafuah received Latvian Foreign Minister Ilze Ozola.\n\n"
            "Minister Attafuah: We signed it today. [The agreement covers two ports.] It enters into force in May."
        )
        self.assertEqual(
            [t for _, _, t in quotes(text)],
            ["We signed it today. [The agreement covers two ports.] It enters into force in May."],
        )
