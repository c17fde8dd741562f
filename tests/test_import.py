"""Import from article: suggestions are reviewed by the editor, and only what they accept is added to the draft."""

import json
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase
from django.urls import reverse

from newsroom.demo import ARTICLE_PARAGRAPHS, TOKAYEV_QUOTE, VUCIC_QUOTE
from relations_plugin import services
from relations_plugin.models import ArticleContent, Person, Quote

from .factories import PersonFactory, UserFactory, VisitContentFactory

ARTICLE = "\n\n".join(ARTICLE_PARAGRAPHS)


def accept_everything(review) -> dict:
    """The POST of the review form as offered: every suggestion ticked, every person as proposed."""
    data = {}
    for name, field in review.fields.items():
        value = review[name].initial
        if isinstance(value, bool):
            if value and not field.disabled:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    return data


class ImportFromArticleAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="importer")
        cls.tokayev = PersonFactory(
            name="Kassym-Jomart Tokayev", country="KZ", slug="tokayev", aliases=["Tokayev", "the Kazakh leader"]
        )
        cls.vucic = PersonFactory(
            name="Aleksandar Vučić", country="RS", slug="vucic", aliases=["Vučić", "Vucic", "the Serbian President"]
        )

    def setUp(self):
        self.client.force_login(self.editor)
        self.content = VisitContentFactory(author=self.editor)
        self.url = reverse("admin:relations_plugin_visitcontent_import", args=[self.content.pk])
        self.pasted = {
            "text": ARTICLE,
            "headline": "Tokayev visits Belgrade",
            "source": "Wire",
            "dateline": "2024-11-19",
        }

    def preview(self):
        response = self.client.post(self.url, {**self.pasted, "step": "preview"})
        self.assertEqual(response.status_code, 200)
        return response

    def accept(self):
        review = self.preview().context["review"]
        return self.client.post(self.url, {**self.pasted, "step": "accept", **accept_everything(review)})

    def test_change_form_links_to_the_import(self):
        response = self.client.get(reverse("admin:relations_plugin_visitcontent_change", args=[self.content.pk]))
        self.assertContains(response, self.url)

    def test_suggestions_are_shown_and_nothing_is_created_before_accept(self):
        response = self.preview()
        self.assertContains(response, "enjoy close relations at the international", msg_prefix="quote listed")
        self.assertContains(response, 'id="suggested-quotes"')
        self.assertFalse(Quote.objects.exists())
        self.assertFalse(ArticleContent.admin_manager.exists())

    def test_accepted_quotes_land_on_the_draft_with_speakers_and_provenance(self):
        response = self.accept()
        self.assertEqual(response.status_code, 302)

        quotes = {q.speaker: q for q in self.content.quotes.select_related("source_article")}
        self.assertEqual(quotes[self.tokayev].text, TOKAYEV_QUOTE)
        self.assertEqual(quotes[self.vucic].text, VUCIC_QUOTE)
        article = ArticleContent.admin_manager.get()
        for quote in quotes.values():
            self.assertEqual(quote.source_article, article.article)
            self.assertEqual(article.body_text[quote.start_offset : quote.end_offset], quote.text)
        participants = set(self.content.participations.values_list("person", flat=True))
        self.assertTrue({self.tokayev.pk, self.vucic.pk} <= participants, "speakers become participants")
        self.assertTrue(self.content.linked_articles.filter(article=article.article).exists())

    def test_reimporting_the_same_text_creates_no_duplicates(self):
        self.accept()
        counts = (Quote.objects.count(), ArticleContent.admin_manager.count(), self.content.participations.count())
        self.accept()
        self.assertEqual(
            (Quote.objects.count(), ArticleContent.admin_manager.count(), self.content.participations.count()), counts
        )

    def test_unticked_suggestions_are_not_created(self):
        review = self.preview().context["review"]
        data = accept_everything(review)
        for name in [n for n in data if n.startswith("quote_") and n.count("_") == 1]:
            del data[name]
        self.client.post(self.url, {**self.pasted, "step": "accept", **data})
        self.assertFalse(Quote.objects.exists())

    def test_paste_without_headline_is_refused_with_the_text_kept(self):
        response = self.client.post(self.url, {**self.pasted, "headline": "", "step": "preview"})
        self.assertContains(response, "Give the pasted article a headline.")
        self.assertContains(response, "Belgrade hosted Kazakhstan")

    def test_published_package_cannot_be_imported_into(self):
        services.content_publish(content=self.content, by=self.editor)
        response = self.client.post(self.url, {**self.pasted, "step": "preview"})
        self.assertEqual(response.status_code, 403)


class SuggestPackageCommandTests(TestCase):
    def run_command(self, text: str, *args: str) -> str:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "article.txt"
            path.write_text(text, encoding="utf-8")
            out = StringIO()
            call_command("suggest_package", str(path), *args, stdout=out)
            return out.getvalue()

    def test_json_has_exactly_the_documented_keys_and_offsets_into_the_file(self):
        data = json.loads(self.run_command(ARTICLE, "--date", "2024-11-19", "--json"))
        self.assertEqual(set(data), {"countries", "participants", "quotes", "agreements", "dates", "places"})
        self.assertTrue({"KZ", "RS"} <= set(data["countries"]))
        speakers = {q["speaker"] for q in data["quotes"]}
        self.assertIn("Kassym-Jomart Tokayev", speakers)
        for quote in data["quotes"]:
            self.assertEqual(set(quote), {"text", "speaker", "start", "end"})
            self.assertEqual(ARTICLE[quote["start"] : quote["end"]], quote["text"])

    def test_works_without_any_people_in_the_database(self):
        self.assertFalse(Person.objects.exists())
        data = json.loads(self.run_command(ARTICLE, "--json"))
        self.assertTrue(data["quotes"])

    def test_bad_date_is_a_clear_error(self):
        with self.assertRaisesMessage(CommandError, "--date must be YYYY-MM-DD"):
            self.run_command(ARTICLE, "--date", "19/11/2024")
