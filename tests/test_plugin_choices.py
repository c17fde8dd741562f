"""What the plugins offer editors to pick, and what a chosen pull quote shows as its package changes."""

import datetime

from cms.api import add_plugin, create_page
from cms.toolbar.utils import get_object_edit_url
from cms.utils.urlutils import admin_reverse
from django.contrib.auth.models import Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TransactionTestCase
from django.utils import timezone
from djangocms_versioning.models import Version

from relations_plugin import autocomplete
from relations_plugin.models import PullQuotePluginModel, Quote
from relations_plugin.translations import visit_content_translate

from .browser import forget_content_type_ids
from .factories import (
    PersonFactory,
    QuoteFactory,
    UserFactory,
    VisitContentFactory,
    build_story_package,
    embargo,
)
from .test_plugins import PluginTestCase, page_with_plugins

HEADLINE = "Tokayev and Vučić hold talks in Belgrade"


def plugin_form(plugin_type: str, *, language: str = "en", instance=None, data=None):
    """The plugin's form as the CMS builds it for a page in ``language`` (new plugin, or editing ``instance``)."""
    from cms.plugin_pool import plugin_pool
    from django.contrib.admin import site
    from django.test import RequestFactory

    plugin_class = plugin_pool.get_plugin(plugin_type)
    plugin = plugin_class(plugin_class.model, site)
    plugin._cms_initial_attributes = {"language": language}
    request = RequestFactory().get("/")
    request.user = UserFactory(is_superuser=True, is_staff=True)
    return plugin.get_form(request, instance)(data=data, instance=instance)


class QuoteAutocompleteTests(PluginTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.speaker = PersonFactory(name="Shavkat Mirziyoyev", country="UZ")
        QuoteFactory(visit_content=cls.package, speaker=cls.speaker, text="We open a new page of our friendship.")
        draft = VisitContentFactory(author=cls.editor, headline="A draft visit", slug="draft-visit")
        QuoteFactory(visit_content=draft, speaker=cls.speaker, text="Words of a draft package.")
        embargoed = VisitContentFactory(author=cls.editor, headline="An embargoed visit", published=True)
        QuoteFactory(visit_content=embargoed, speaker=cls.speaker, text="Words of an embargoed package.")
        embargo(embargoed, until=timezone.now() + datetime.timedelta(days=1))

    def search(self, term: str, user=None) -> list[str]:
        self.client.force_login(user or self.editor)
        response = self.client.get(admin_reverse(autocomplete.URL_NAME), {"term": term, "language": "en"})
        self.assertEqual(response.status_code, 200)
        return [row["text"] for row in response.json()["results"]]

    def test_a_quote_is_found_by_its_speakers_name(self):
        self.assertEqual(
            self.search("mirziyoyev"),
            [f"Shavkat Mirziyoyev: “We open a new page of our friendship.” — {HEADLINE} (English)"],
        )

    def test_a_quote_is_found_by_its_words(self):
        self.assertEqual(
            self.search("new page friendship"),
            [f"Shavkat Mirziyoyev: “We open a new page of our friendship.” — {HEADLINE} (English)"],
        )

    def test_quotes_of_draft_and_embargoed_packages_are_never_offered(self):
        self.assertEqual(self.search("words"), [])
        self.assertEqual(len(self.search("Mirziyoyev")), 1)

    def test_long_quotes_show_their_first_words(self):
        QuoteFactory(visit_content=self.package, speaker=self.speaker, text=" ".join(f"word{n}" for n in range(20)))
        self.assertEqual(
            self.search("word7"),
            [f"Shavkat Mirziyoyev: “word0 word1 word2 word3 word4 word5 word6 word7…” — {HEADLINE} (English)"],
        )

    def test_staff_who_may_not_place_pull_quotes_are_refused(self):
        reporter = UserFactory(username="reporter", is_superuser=False)
        self.client.force_login(reporter)
        response = self.client.get(admin_reverse(autocomplete.URL_NAME), {"term": "Mirziyoyev"})
        self.assertEqual(response.status_code, 403)

        reporter.user_permissions.add(Permission.objects.get(codename="add_pullquotepluginmodel"))
        self.assertEqual(len(self.search("Mirziyoyev", user=reporter)), 1)


class VisitChoiceTests(PluginTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        VisitContentFactory(author=cls.editor, headline="A draft-only visit")
        embargoed = VisitContentFactory(author=cls.editor, headline="An embargoed visit", published=True)
        embargo(embargoed, until=timezone.now() + datetime.timedelta(days=1))

    def test_visits_are_offered_by_the_headline_of_their_published_package(self):
        for plugin_type in ("VisitTeaserPlugin", "AgreementsListPlugin", "CeremonyGalleryPlugin"):
            with self.subTest(plugin=plugin_type):
                choices = list(plugin_form(plugin_type).fields["visit"].choices)[1:]
                self.assertEqual(
                    [(choice.value, label) for choice, label in choices],
                    [(self.visit.pk, f"{HEADLINE} (18 Nov 2024)")],
                )

    def test_a_page_in_another_language_offers_visits_published_in_it(self):
        self.assertEqual(list(plugin_form("VisitTeaserPlugin", language="ru").fields["visit"].choices)[1:], [])

    def test_an_unpublished_visit_cannot_be_chosen(self):
        draft = VisitContentFactory(author=self.editor, headline="Another draft visit")
        form = plugin_form("VisitTeaserPlugin", data={"visit": draft.visit_id, "template": "default"})
        self.assertFalse(form.is_valid())
        self.assertIn("visit", form.errors)


class PullQuoteTestCase(PluginTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.speaker = cls.package.participations.last().person
        cls.quote = QuoteFactory(visit_content=cls.package, speaker=cls.speaker, text="Serbia is a reliable partner.")

    def new_version(self, *, change=None):
        """Publish a new version of the package (its quotes copied), after ``change(draft)``."""
        draft = Version.objects.get_for_content(self.package).copy(self.editor)
        if change:
            change(draft.content)
        draft.publish(self.editor)
        return draft.content


class PullQuoteRenderingTests(PullQuoteTestCase):
    def test_the_plugin_shows_the_chosen_quote(self):
        page_with_plugins(
            user=self.editor, slug="chosen", plugins=[("PullQuotePlugin", {"visit": self.visit, "quote": self.quote})]
        )
        response = self.client.get("/en/chosen/")

        self.assertContains(response, "Serbia is a reliable partner.")
        self.assertNotContains(response, "Both countries have similar positions")  # the package's first quote

    def test_the_chosen_quote_is_shown_from_the_packages_newer_version(self):
        page_with_plugins(
            user=self.editor, slug="newer", plugins=[("PullQuotePlugin", {"visit": self.visit, "quote": self.quote})]
        )
        newer = self.new_version(change=lambda draft: draft.quotes.exclude(text=self.quote.text).delete())

        response = self.client.get("/en/newer/")
        self.assertContains(response, "Serbia is a reliable partner.")
        self.assertContains(response, f'href="{newer.get_absolute_url()}"')

    def test_a_corrected_quote_is_no_longer_shown(self):
        page_with_plugins(
            user=self.editor,
            slug="corrected",
            plugins=[("PullQuotePlugin", {"visit": self.visit, "quote": self.quote})],
        )
        self.new_version(
            change=lambda draft: draft.quotes.filter(text=self.quote.text).update(text="Serbia is a close partner.")
        )

        response = self.client.get("/en/corrected/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "partner.")
        self.assertNotContains(response, "relations-plugin--quote")

    def test_a_pull_quote_whose_package_was_unpublished_renders_nothing_for_readers(self):
        page_with_plugins(
            user=self.editor, slug="gone", plugins=[("PullQuotePlugin", {"visit": self.visit, "quote": self.quote})]
        )
        Version.objects.get_for_content(self.package).unpublish(self.editor)

        response = self.client.get("/en/gone/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Serbia is a reliable partner.")
        self.assertNotContains(response, "relations-plugin--")

    def test_a_pull_quote_of_an_embargoed_package_renders_nothing_for_readers(self):
        page_with_plugins(
            user=self.editor, slug="later", plugins=[("PullQuotePlugin", {"visit": self.visit, "quote": self.quote})]
        )
        embargo(self.package, until=timezone.now() + datetime.timedelta(hours=2))

        self.assertNotContains(self.client.get("/en/later/"), "Serbia is a reliable partner.")

    def test_editors_in_edit_mode_are_told_why_a_pull_quote_is_empty(self):
        page = create_page("Edited", "page.html", "en", created_by=self.editor, slug="edited")
        content = page.get_admin_content("en")
        placeholder = content.get_placeholders().get(slot="content")
        add_plugin(placeholder, "PullQuotePlugin", "en", visit=self.visit, quote=self.quote)
        self.client.force_login(self.editor)

        self.assertNotContains(self.client.get(get_object_edit_url(content)), "relations-plugin--hint")
        Version.objects.get_for_content(self.package).unpublish(self.editor)
        response = self.client.get(get_object_edit_url(content))

        self.assertContains(response, "relations-plugin--hint")
        self.assertNotContains(response, "Serbia is a reliable partner.")

    def test_a_russian_page_shows_the_translation_of_the_chosen_quote(self):
        translation = visit_content_translate(source=self.package, language="ru", by=self.editor)
        translation.quotes.filter(text=self.quote.text).update(text="Сербия — надёжный партнёр.")
        Version.objects.get_for_content(translation).publish(self.editor)
        from cms.api import create_page_content

        page = create_page("Quote", "page.html", "en", created_by=self.editor, slug="quote")
        content = create_page_content("ru", "Quote", page, created_by=self.editor, slug="quote")
        add_plugin(
            content.get_placeholders().get(slot="content"), "PullQuotePlugin", "ru", visit=self.visit, quote=self.quote
        )
        Version.objects.get_for_content(content).publish(self.editor)
        Version.objects.get_for_content(page.get_admin_content("en")).publish(self.editor)

        self.assertContains(self.client.get("/ru/quote/"), "Сербия — надёжный партнёр.")


class PullQuoteFormTests(PullQuoteTestCase):
    def test_the_quote_picker_asks_our_view_for_the_pages_language(self):
        html = str(plugin_form("PullQuotePlugin", language="ru")["quote"])
        self.assertIn(f'data-ajax--url="{admin_reverse(autocomplete.URL_NAME)}?language=ru"', html)

    def test_choosing_a_quote_chooses_its_visit(self):
        plugin = PullQuotePluginModel(language="en", plugin_type="PullQuotePlugin")
        form = plugin_form("PullQuotePlugin", instance=plugin, data={"quote": self.quote.pk, "template": "default"})

        self.assertTrue(form.is_valid(), form.errors)
        self.assertEqual((form.instance.quote, form.instance.visit), (self.quote, self.visit))

    def test_a_quote_of_a_draft_package_cannot_be_chosen(self):
        draft = VisitContentFactory(author=self.editor, headline="A draft visit")
        secret = QuoteFactory(visit_content=draft, text="Words of a draft package.")
        form = plugin_form("PullQuotePlugin", data={"quote": secret.pk, "template": "default"})

        self.assertFalse(form.is_valid())
        self.assertIn("quote", form.errors)

    def test_editing_opens_on_the_same_words_in_the_version_readers_see(self):
        placeholder = page_with_plugins(
            user=self.editor, slug="edit", plugins=[("PullQuotePlugin", {"visit": self.visit, "quote": self.quote})]
        )
        newer = self.new_version()
        plugin = placeholder.get_plugins("en").get(plugin_type="PullQuotePlugin").get_bound_plugin()
        form = plugin_form("PullQuotePlugin", instance=plugin)

        current = Quote.objects.get(visit_content=newer, text=self.quote.text)
        self.assertEqual(form["quote"].value(), current.pk)
        self.assertIn("Serbia is a reliable partner.", str(form["quote"]))


class PullQuoteSamePackageTests(PullQuoteTestCase):
    def test_another_visits_quote_with_the_same_words_is_not_shown(self):
        other = build_story_package(author=self.editor, slug="other-visit")
        QuoteFactory(visit_content=other, speaker=self.speaker, text=self.quote.text)
        page_with_plugins(
            user=self.editor, slug="other", plugins=[("PullQuotePlugin", {"visit": other.visit, "quote": self.quote})]
        )
        self.assertNotContains(self.client.get("/en/other/"), "Serbia is a reliable partner.")


class PullQuoteMigrationTests(TransactionTestCase):
    """Pull quotes placed with a speaker keep showing that speaker's words once they point at a quote."""

    before = ("relations_plugin", "0018_editor_profile")

    def setUp(self):
        forget_content_type_ids()  # an earlier TransactionTestCase's flush recreated content types under new ids

    def migrate(self, targets):
        executor = MigrationExecutor(connection)
        executor.migrate(targets)
        return executor.loader.project_state(targets).apps

    def migrate_to_latest(self):
        self.migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    def test_a_speaker_becomes_that_speakers_quote_in_the_published_version(self):
        editor = UserFactory()
        package = build_story_package(author=editor, count=2)
        vucic = package.participations.last().person
        newer = Version.objects.get_for_content(package).copy(editor)
        newer.publish(editor)
        Version.objects.get_for_content(newer.content).copy(editor)  # a newer draft: not what readers saw
        self.addCleanup(self.migrate_to_latest)
        old_apps = self.migrate([self.before])
        OldPullQuote = old_apps.get_model("relations_plugin", "PullQuotePluginModel")
        fields = {"language": "en", "plugin_type": "PullQuotePlugin", "visit_id": package.visit_id}
        with_speaker = OldPullQuote.objects.create(speaker_id=vucic.pk, **fields).pk
        without = OldPullQuote.objects.create(**fields).pk

        self.migrate_to_latest()

        chosen = Quote.objects.get(visit_content=newer.content, speaker=vucic)
        self.assertEqual(PullQuotePluginModel.objects.get(pk=with_speaker).quote, chosen)
        self.assertIsNone(PullQuotePluginModel.objects.get(pk=without).quote)
