"""Import from article: suggestions are reviewed by the editor, and only what they accept is added to the draft.

Accepting never adds what the package already has (the same after normalisation, or a quote with J ≥ 0.8 of the
normalised tokens), never invents a value (a time, a sphere, a headline), and speaks the model's own choices.
"""

import datetime
import json
import tempfile
from io import StringIO
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from newsroom.demo import ARTICLE_PARAGRAPHS, TOKAYEV_QUOTE, VUCIC_QUOTE
from relations_plugin import constants, services
from relations_plugin.extraction import AgreementSuggestion, Suggestions
from relations_plugin.models import (
    Agreement,
    Article,
    ArticleContent,
    Participation,
    Person,
    ProgrammeEvent,
    Quote,
)

from .factories import (
    AgreementFactory,
    ParticipationFactory,
    PersonFactory,
    QuoteFactory,
    UserFactory,
    VisitContentFactory,
)

ARTICLE = "\n\n".join(ARTICLE_PARAGRAPHS)

CUSTOMS_ARTICLE = """Serbia and Kazakhstan sign customs memorandum

BELGRADE, November 19. Kazakhstan's President Kassym-Jomart Tokayev and Serbian President Aleksandar Vučić signed \
a memorandum on customs cooperation and an agreement on water management in Belgrade on Tuesday.

“Our countries have never been closer,” Tokayev told reporters after the talks.

Vučić said that the two countries would open direct flights between Astana and Belgrade next year.

Tokayev arrived in Belgrade on Monday."""

# Russian agency copy: «ёлочки», dash attribution, "по словам" with an inflected name.
RUSSIAN_HEADLINE = "Токаев и Вучич обсудили сотрудничество"
RUSSIAN_TOKAYEV_QUOTE = "Казахстан и Сербия связывают давние дружеские отношения"
RUSSIAN_VUCIC_QUOTE = "Мы откроем прямое авиасообщение между Астаной и Белградом"
RUSSIAN_ARTICLE = f"""{RUSSIAN_HEADLINE}

БЕЛГРАД, 19 ноября. Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Сербии \
Александром Вучичем во Дворце Сербии.

«{RUSSIAN_TOKAYEV_QUOTE}», — сказал Токаев на совместной пресс-конференции.

«{RUSSIAN_VUCIC_QUOTE}», — отметил Вучич.

По словам Токаева, стороны подписали меморандум о сотрудничестве в области образования."""


def accept_everything(review) -> dict:
    """The POST of the review form as offered: every suggestion ticked as proposed, every value as proposed."""
    data = {}
    for name, field in review.fields.items():
        value = review[name].initial
        if isinstance(value, bool):
            if value and not field.disabled:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    return data


def make_people():
    tokayev = PersonFactory(
        name="Kassym-Jomart Tokayev",
        country="KZ",
        slug="tokayev",
        title="President of Kazakhstan",
        aliases=["Tokayev", "the Kazakh leader", "Токаев", "Касым-Жомарт Токаев"],
    )
    vucic = PersonFactory(
        name="Aleksandar Vučić",
        country="RS",
        slug="vucic",
        title="President of Serbia",
        aliases=["Vučić", "Vucic", "the Serbian President", "Вучич", "Александр Вучич"],
    )
    return tokayev, vucic


class ImportTestMixin:
    """Drives the import screen of ``self.content`` through the admin, as an editor's browser would."""

    pasted: dict

    def import_url(self):
        return reverse("admin:relations_plugin_visitcontent_import", args=[self.content.pk])

    def preview(self, **overrides):
        response = self.client.post(self.import_url(), {**self.pasted, **overrides, "step": "preview"})
        self.assertEqual(response.status_code, 200)
        return response

    def accept(self, *, changes: dict | None = None, drop: tuple[str, ...] = (), **overrides):
        review = self.preview(**overrides).context["review"]
        data = {**accept_everything(review), **(changes or {})}
        for name in drop:
            data.pop(name, None)
        return self.client.post(self.import_url(), {**self.pasted, **overrides, "step": "accept", **data})

    def package_counts(self) -> dict[str, int]:
        content = self.content
        return {
            "quotes": content.quotes.count(),
            "agreements": content.agreements.count(),
            "participants": content.participations.count(),
            "events": content.programme_events.count(),
            "linked articles": content.linked_articles.count(),
            "articles": Article.objects.count(),
            "people": Person.objects.count(),
        }

    def row_named(self, rows, predicate):
        return next(row for row in rows if predicate(row.suggestion))


class ImportFromArticleAdminTests(ImportTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="importer")
        cls.tokayev, cls.vucic = make_people()

    def setUp(self):
        self.client.force_login(self.editor)
        self.content = VisitContentFactory(author=self.editor)
        self.pasted = {
            "text": ARTICLE,
            "headline": "Tokayev visits Belgrade",
            "source": "Wire",
            "dateline": "2024-11-19",
        }

    def test_change_form_links_to_the_import(self):
        response = self.client.get(reverse("admin:relations_plugin_visitcontent_change", args=[self.content.pk]))
        self.assertContains(response, self.import_url())

    def test_import_page_is_an_admin_page_with_breadcrumbs_and_fieldsets(self):
        response = self.client.get(self.import_url())
        self.assertTemplateUsed(response, "admin/base_site.html")
        self.assertContains(response, '<div class="breadcrumbs">')
        self.assertContains(response, 'class="module aligned"')
        self.assertContains(response, "admin/css/forms.css")
        self.assertContains(response, '<div class="submit-row">')

    def test_suggestions_are_shown_and_nothing_is_created_before_accept(self):
        response = self.preview()
        self.assertContains(response, "enjoy close relations at the international", msg_prefix="quote listed")
        self.assertContains(response, 'id="suggested-quotes"')
        self.assertFalse(Quote.objects.exists())
        self.assertFalse(ArticleContent.admin_manager.exists())

    def test_review_gets_typed_suggestions_and_people_matched_by_the_assistant(self):
        review = self.preview().context["review"]
        self.assertIsInstance(review.suggestions, Suggestions)
        tokayev_row = self.row_named(review.participant_rows, lambda s: s.name == "Kassym-Jomart Tokayev")
        self.assertEqual(tokayev_row.fields["person"].initial, str(self.tokayev.pk))
        for row in review.quote_rows:
            self.assertIn(row.fields["speaker"].initial, {str(self.tokayev.pk), str(self.vucic.pk)})

    def test_accepted_quotes_land_on_the_draft_with_speakers_kinds_and_provenance(self):
        response = self.accept()
        self.assertEqual(response.status_code, 302)

        quotes = {q.text: q for q in self.content.quotes.select_related("source_article")}
        self.assertEqual(quotes[TOKAYEV_QUOTE].speaker, self.tokayev)
        self.assertEqual(quotes[VUCIC_QUOTE].speaker, self.vucic)
        self.assertEqual(quotes[TOKAYEV_QUOTE].kind, constants.QuoteKind.DIRECT)
        article = ArticleContent.admin_manager.get()
        for quote in quotes.values():
            self.assertEqual(quote.source_article, article.article)
            self.assertEqual(article.body_text[quote.start_offset : quote.end_offset], quote.text)
        participants = set(self.content.participations.values_list("person", flat=True))
        self.assertTrue({self.tokayev.pk, self.vucic.pk} <= participants, "speakers become participants")
        self.assertTrue(self.content.linked_articles.filter(article=article.article).exists())

    def test_participants_role_and_title_reach_the_package(self):
        review = self.preview().context["review"]
        suggested = self.row_named(review.participant_rows, lambda s: s.name == "Kassym-Jomart Tokayev").suggestion
        self.assertTrue(suggested.title)
        self.accept()
        participation = self.content.participations.get(person=self.tokayev)
        self.assertEqual((participation.role, participation.role_title), (suggested.role, suggested.title))

    def test_editor_changes_a_participants_role_and_title_in_the_review(self):
        review = self.preview().context["review"]
        row = self.row_named(review.participant_rows, lambda s: s.name == "Aleksandar Vučić")
        changes = {row.fields["role"].name: "head_of_government", row.fields["title"].name: "Host"}
        self.accept(changes=changes)
        participation = self.content.participations.get(person=self.vucic)
        self.assertEqual((participation.role, participation.role_title), ("head_of_government", "Host"))

    def test_a_new_person_named_like_someone_the_site_knows_is_that_person(self):
        review = self.preview().context["review"]
        changes = {
            self.row_named(review.participant_rows, lambda s: s.name == "Aleksandar Vučić")
            .fields["person"]
            .name: "new"
        }
        for row in review.quote_rows:
            if row.suggestion.speaker.name == "Aleksandar Vučić":
                changes[row.fields["speaker"].name] = "new"
        people = Person.objects.count()
        self.assertEqual(self.accept(changes=changes).status_code, 302)
        self.assertEqual(Person.objects.count(), people)
        self.assertTrue(self.content.participations.filter(person=self.vucic).exists())
        self.assertEqual(self.content.quotes.get(text=VUCIC_QUOTE).speaker, self.vucic)

    def test_editor_changes_a_quotes_kind_in_the_review(self):
        review = self.preview().context["review"]
        row = self.row_named(review.quote_rows, lambda s: s.text == TOKAYEV_QUOTE)
        self.accept(changes={row.fields["kind"].name: constants.QuoteKind.PARTIAL})
        self.assertEqual(self.content.quotes.get(text=TOKAYEV_QUOTE).kind, constants.QuoteKind.PARTIAL)

    def test_reimporting_the_same_text_creates_no_duplicates_and_shows_what_is_there(self):
        self.accept()
        counts = self.package_counts()

        response = self.preview()
        review = response.context["review"]
        self.assertTrue(all(row.already for row in review.quote_rows + review.participant_rows))
        self.assertContains(response, "Already in the package")
        self.accept()
        self.assertEqual(self.package_counts(), counts)

    def test_an_agreement_that_names_no_document_is_offered_unticked(self):
        generic = AgreementSuggestion(
            title="A number of agreements in different spheres",
            kind="agreement",
            sphere="",
            status="signed",
            generic=True,
        )
        with mock.patch("relations_plugin.admin.suggest_package", return_value=Suggestions(agreements=(generic,))):
            row = self.preview().context["review"].agreement_rows[0]
            self.assertFalse(row.fields["accept"].initial)
            self.accept()
        self.assertFalse(self.content.agreements.exists())

    def test_the_editor_is_told_when_the_article_counts_more_documents_than_are_suggested(self):
        text = (
            "Norlandia and Estavia sign 14 documents\n\n"
            "NORBURG, Nov 19 - President Kasym Tokayev of Kazakhstan and President Aleksandar Vucic of Serbia "
            "signed 14 documents in Belgrade on Tuesday, among them an agreement on visa-free travel."
        )
        response = self.preview(text=text)
        suggested = len(response.context["review"].suggestions.agreements)
        self.assertLess(suggested, 14)
        self.assertContains(
            response,
            f"The article says 14 documents were signed; suggested below: {suggested}. "
            "Look in the article for the others.",
        )

    def test_no_word_on_the_count_when_the_article_gives_none(self):
        response = self.preview()
        self.assertEqual(response.context["review"].documents_note, "")
        self.assertNotContains(response, "documents-counted")

    def test_unticked_suggestions_are_not_created(self):
        review = self.preview().context["review"]
        ticks = tuple(row.ticked_name for row in review.quote_rows)
        self.accept(drop=ticks)
        self.assertFalse(Quote.objects.exists())

    def test_quote_by_an_unticked_participant_is_refused_with_a_clear_error(self):
        review = self.preview().context["review"]
        response = self.accept(drop=tuple(row.ticked_name for row in review.participant_rows))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "is not a participant of this visit")
        self.assertFalse(Quote.objects.exists())

    def test_paste_without_headline_takes_its_first_line(self):
        text = "Tokayev and Vučić hold talks in Belgrade\n\n" + ARTICLE
        self.accept(text=text, headline="")
        article = ArticleContent.admin_manager.get()
        self.assertEqual(article.headline, "Tokayev and Vučić hold talks in Belgrade")
        self.assertFalse(article.body_text.startswith("Tokayev and Vučić hold talks"), "the headline is not body")
        quote = self.content.quotes.get(text=TOKAYEV_QUOTE)
        self.assertEqual(article.body_text[quote.start_offset : quote.end_offset], quote.text)

    def test_imported_article_is_named_by_its_headline_in_the_package_form(self):
        self.accept()
        response = self.client.get(reverse("admin:relations_plugin_visitcontent_change", args=[self.content.pk]))
        self.assertContains(response, "Tokayev visits Belgrade")
        self.assertNotContains(response, "Article #")

    def test_paste_whose_first_line_is_a_paragraph_needs_a_headline_with_the_text_kept(self):
        response = self.client.post(self.import_url(), {**self.pasted, "headline": "", "step": "preview"})
        self.assertContains(response, "Give the pasted article a headline.")
        self.assertContains(response, "Belgrade hosted Kazakhstan")

    def test_a_text_the_assistant_cannot_read_is_an_error_with_the_text_kept(self):
        # (never a 500: the assistant reads by rules of thumb, and a text it cannot read must not lose the paste)
        with (
            mock.patch("relations_plugin.admin.suggest_package", side_effect=KeyError("élysée")),
            self.assertLogs("relations_plugin.admin", "ERROR"),
        ):
            for step in ("preview", "accept"):
                response = self.client.post(self.import_url(), {**self.pasted, "step": step})
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "The assistant could not read this article.")
                self.assertContains(response, "Belgrade hosted Kazakhstan")
                self.assertIsNone(response.context["review"])
        self.assertEqual(self.package_counts()["quotes"], 0)

    def test_published_package_cannot_be_imported_into(self):
        services.content_publish(content=self.content, by=self.editor)
        response = self.client.post(self.import_url(), {**self.pasted, "step": "preview"})
        self.assertEqual(response.status_code, 403)


class ImportOntoAnEditedPackageTests(ImportTestMixin, TestCase):
    """An editor's own package already has, slightly corrected, some of what the article suggests."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="desk")
        cls.tokayev, cls.vucic = make_people()

    def setUp(self):
        self.client.force_login(self.editor)
        self.content = VisitContentFactory(author=self.editor)
        ParticipationFactory(visit_content=self.content, person=self.tokayev, role="head_of_state")
        ParticipationFactory(visit_content=self.content, person=self.vucic, role="head_of_state")
        self.pasted = {"text": CUSTOMS_ARTICLE, "headline": "", "source": "Wire", "dateline": "2024-11-19"}

    def test_agreement_and_quote_corrected_by_a_full_stop_are_already_in_the_package(self):
        AgreementFactory(visit_content=self.content, title="Memorandum on Customs Cooperation.", sphere="customs")
        QuoteFactory(visit_content=self.content, speaker=self.tokayev, text="Our countries have never been closer.")
        counts = self.package_counts()

        response = self.preview()
        review = response.context["review"]
        agreement = self.row_named(review.agreement_rows, lambda s: "customs" in s.title.lower())
        quote = self.row_named(review.quote_rows, lambda s: s.text.startswith("Our countries"))
        self.assertTrue(agreement.already and quote.already)
        self.accept()

        after = self.package_counts()
        self.assertEqual(after["agreements"], counts["agreements"] + 1, "only the water agreement is new")
        self.assertEqual(after["quotes"], counts["quotes"] + 1, "only the reported statement is new")
        self.assertEqual(after["participants"], counts["participants"])
        self.assertEqual(after["people"], counts["people"])

    def test_quote_with_one_word_changed_is_already_in_the_package(self):
        QuoteFactory(
            visit_content=self.content,
            speaker=self.vucic,
            text=("the two countries will open direct flights between Astana and Belgrade next year"),
        )
        review = self.preview().context["review"]
        reported = self.row_named(review.quote_rows, lambda s: "direct flights" in s.text)
        self.assertTrue(reported.already, "J ≥ 0.8 of the normalised tokens")

    def test_reported_speech_is_imported_as_reported(self):
        self.accept()
        quote = self.content.quotes.get(text__contains="direct flights")
        self.assertEqual(quote.kind, constants.QuoteKind.REPORTED)

    def test_the_water_sphere_is_stored_as_water(self):
        self.accept()
        agreement = self.content.agreements.get(title__icontains="water")
        self.assertEqual(agreement.sphere, constants.Sphere.WATER)

    def test_an_unknown_sphere_is_an_error_shown_to_the_editor_never_other(self):
        unknown = Suggestions(
            agreements=(
                AgreementSuggestion(
                    title="Memorandum on hydroponics", kind="memorandum", sphere="hydroponics", status="signed"
                ),
            )
        )
        with mock.patch("relations_plugin.admin.suggest_package", return_value=unknown):
            preview = self.preview()
            self.assertContains(preview, "hydroponics")
            self.assertContains(preview, "is not one this site knows")
            response = self.accept()
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Give the sphere to add this item.")
        self.assertFalse(Agreement.objects.filter(title__icontains="hydroponics").exists())

    def test_a_forged_sphere_value_is_refused(self):
        review = self.preview().context["review"]
        row = self.row_named(review.agreement_rows, lambda s: "water" in s.title.lower())
        response = self.accept(changes={row.fields["sphere"].name: "hydroponics"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Select a valid choice")
        self.assertFalse(Agreement.objects.filter(sphere=constants.Sphere.OTHER).exists())

    def test_dates_are_offered_unticked_and_never_get_an_invented_time(self):
        review = self.preview().context["review"]
        arrival = self.row_named(review.date_rows, lambda s: s.what == "arrival")
        self.assertFalse(arrival.fields["accept"].initial)
        self.assertEqual(arrival.fields["kind"].initial, constants.EventKind.ARRIVAL)

        self.accept()
        self.assertFalse(ProgrammeEvent.objects.exists(), "nothing ticked, nothing created")

        response = self.accept(changes={arrival.ticked_name: "on"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Give the time to add this item.")
        self.assertFalse(ProgrammeEvent.objects.exists())

    def test_a_date_with_the_editors_time_becomes_a_programme_event_of_its_kind(self):
        review = self.preview().context["review"]
        arrival = self.row_named(review.date_rows, lambda s: s.what == "arrival")
        self.accept(changes={arrival.ticked_name: "on", arrival.fields["time"].name: "21:40"})
        event = ProgrammeEvent.objects.get()
        self.assertEqual(event.kind, constants.EventKind.ARRIVAL)
        self.assertEqual(
            timezone.localtime(event.starts_at).replace(tzinfo=None), datetime.datetime(2024, 11, 18, 21, 40)
        )

        review = self.preview().context["review"]
        self.assertTrue(self.row_named(review.date_rows, lambda s: s.what == "arrival").already)


class ImportRussianArticleAdminTests(ImportTestMixin, TestCase):
    """Russian agency copy goes through the same screen as English."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="redaktor")
        cls.tokayev, cls.vucic = make_people()

    def setUp(self):
        self.client.force_login(self.editor)
        self.content = VisitContentFactory(author=self.editor, language="ru", slug="tokaev-v-belgrade")
        self.pasted = {"text": RUSSIAN_ARTICLE, "headline": "", "source": "Казинформ", "dateline": "2024-11-19"}

    def test_russian_quotes_are_suggested_and_accepted_with_their_speakers(self):
        response = self.accept()
        self.assertEqual(response.status_code, 302)
        quotes = dict(self.content.quotes.values_list("text", "speaker__slug"))
        self.assertEqual(quotes.get(RUSSIAN_TOKAYEV_QUOTE), "tokayev")
        self.assertEqual(quotes.get(RUSSIAN_VUCIC_QUOTE), "vucic")
        self.assertEqual(ArticleContent.admin_manager.get().headline, RUSSIAN_HEADLINE)
        self.assertEqual(Participation.objects.filter(visit_content=self.content).count(), 2)


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
            self.assertEqual(set(quote), {"text", "speaker", "kind", "start", "end"})
            self.assertIn(quote["kind"], constants.QuoteKind.values)
            self.assertEqual(ARTICLE[quote["start"] : quote["end"]], quote["text"])

    def test_works_without_any_people_in_the_database(self):
        self.assertFalse(Person.objects.exists())
        data = json.loads(self.run_command(ARTICLE, "--json"))
        self.assertTrue(data["quotes"])

    def test_bad_date_is_a_clear_error(self):
        with self.assertRaisesMessage(CommandError, "--date must be YYYY-MM-DD"):
            self.run_command(ARTICLE, "--date", "19/11/2024")
