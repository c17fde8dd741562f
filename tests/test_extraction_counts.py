"""How many documents an article says the visit produced: the count the import review sets beside its suggestions.

A sentence counts as the reader of each language judges its documents: signed, not planned, not of an earlier time.
"""

from django.test import SimpleTestCase

from relations_plugin.extraction import suggest_package


def counted(text: str) -> int:
    return suggest_package(text).documents_counted


class EnglishCountTests(SimpleTestCase):
    def test_a_count_of_documents_signed_during_the_visit(self):
        text = (
            "Norlandia and Estavia sign 14 documents in Norburg\n\n"
            "The presidents of Norlandia and Estavia on Tuesday signed 14 documents, among them an agreement on "
            "visa-free travel."
        )
        self.assertEqual(counted(text), 14)

    def test_a_count_in_words_with_modifiers_before_the_kind(self):
        text = "The two governments exchanged nine intergovernmental and interagency memoranda after the talks."
        self.assertEqual(counted(text), 9)

    def test_counts_of_other_occasions_and_of_documents_to_come_are_none(self):
        for text in (
            "The two countries signed about 20 agreements at a summit in Norburg in February 2023.",
            "In 2019 the presidents signed 12 agreements.",
            "The ministers are expected to sign five agreements on Friday.",
            "Twelve texts were initialled and two are still being drafted; 12 agreements will be signed later.",
        ):
            with self.subTest(text=text):
                self.assertEqual(counted(text), 0)

    def test_a_sum_is_no_count(self):
        text = "Firms of the two countries signed $1.2 billion in deals at the forum."
        self.assertEqual(counted(text), 0)

    def test_no_count_is_zero(self):
        self.assertEqual(counted("The two leaders signed an agreement on fisheries."), 0)


class RussianCountTests(SimpleTestCase):
    def test_a_count_of_documents_signed_during_the_visit(self):
        text = "По итогам переговоров в Норбурге подписано 14 межправительственных документов."
        self.assertEqual(counted(text), 14)

    def test_a_count_in_words(self):
        text = "Министры обменялись пятью документами. Стороны подписали восемь соглашений о сотрудничестве."
        self.assertEqual(counted(text), 8)

    def test_counts_of_other_occasions_and_of_documents_to_come_are_none(self):
        for text in (
            "date 2024-05-02\n\nВ 2019 году стороны подписали 12 соглашений.",
            "Ранее, в ходе прошлого визита, президенты подписали девять документов.",
            "В ходе визита будут подписаны пять соглашений.",
            "Министры парафировали три соглашения о сотрудничестве.",
        ):
            with self.subTest(text=text):
                self.assertEqual(counted(text), 0)
