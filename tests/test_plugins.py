"""CMS plugins: rendered on a published CMS page, published content of the page's language only."""

from cms.api import add_plugin, create_page
from cms.utils.plugins import copy_plugins_to_placeholder
from django.test import TestCase
from djangocms_versioning.models import Version

from relations_plugin.models import (
    AgreementsListPluginModel,
    CeremonyGalleryPluginModel,
    LatestVisitsPluginModel,
    PullQuotePluginModel,
    VisitTeaserPluginModel,
)

from .factories import UserFactory, VisitContentFactory, build_story_package
from .utils import ApphookTestCase

PLUGINS = ("VisitTeaserPlugin", "PullQuotePlugin", "AgreementsListPlugin", "CeremonyGalleryPlugin")


def page_with_plugins(*, user, slug: str, plugins: list[tuple[str, dict]]):
    """A published CMS page whose "content" placeholder holds the given plugins."""
    page = create_page(slug.title(), "page.html", "en", created_by=user, slug=slug)
    content = page.get_admin_content("en")
    placeholder = content.get_placeholders().get(slot="content")
    for plugin_type, fields in plugins:
        add_plugin(placeholder, plugin_type, "en", **fields)
    Version.objects.get_for_content(content).publish(user)
    return placeholder


class PluginTestCase(ApphookTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.package = build_story_package(author=cls.editor, count=2, slug="plugin-story")
        cls.visit = cls.package.visit


class PluginRenderingTests(PluginTestCase):
    def test_every_plugin_renders_the_published_package(self):
        quote = self.package.quotes.first()
        page_with_plugins(
            user=self.editor,
            slug="front",
            plugins=[
                ("VisitTeaserPlugin", {"visit": self.visit}),
                ("PullQuotePlugin", {"visit": self.visit, "quote": quote}),
                ("AgreementsListPlugin", {"visit": self.visit}),
                ("CeremonyGalleryPlugin", {"visit": self.visit, "limit": 1}),
                ("LatestVisitsPlugin", {"relation": self.visit.relation, "limit": 5}),
            ],
        )
        response = self.client.get("/en/front/")

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Tokayev and Vučić hold talks in Belgrade", count=2)  # teaser + latest
        self.assertContains(response, "Both countries have similar positions")
        self.assertContains(response, 'class="agreement__title"', count=2)
        self.assertContains(response, 'class="gallery__item"', count=1)  # limit=1

    def test_plugins_of_a_draft_package_render_nothing(self):
        draft = VisitContentFactory(author=self.editor, headline="A secret draft visit", slug="secret")
        page_with_plugins(
            user=self.editor,
            slug="drafts",
            plugins=[(plugin, {"visit": draft.visit}) for plugin in PLUGINS]
            + [("LatestVisitsPlugin", {"country": "KZ", "limit": 10})],
        )
        response = self.client.get("/en/drafts/")

        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "A secret draft visit")
        self.assertContains(response, "Tokayev and Vučić hold talks in Belgrade", count=1)  # latest: published only

    def test_plugins_render_only_the_page_language(self):
        page = create_page("Russian", "page.html", "en", created_by=self.editor, slug="russian")
        from cms.api import create_page_content

        content = create_page_content("ru", "Russian", page, created_by=self.editor, slug="russian")
        add_plugin(content.get_placeholders().get(slot="content"), "VisitTeaserPlugin", "ru", visit=self.visit)
        Version.objects.get_for_content(content).publish(self.editor)
        Version.objects.get_for_content(page.get_admin_content("en")).publish(self.editor)

        response = self.client.get("/ru/russian/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Tokayev and Vučić hold talks in Belgrade")  # the package is English only


class PluginCopyTests(PluginTestCase):
    def test_copying_a_placeholder_keeps_every_plugin_relation(self):
        quote = self.package.quotes.first()
        source = page_with_plugins(
            user=self.editor,
            slug="source",
            plugins=[
                ("VisitTeaserPlugin", {"visit": self.visit, "template": "default"}),
                ("PullQuotePlugin", {"visit": self.visit, "quote": quote}),
                ("AgreementsListPlugin", {"visit": self.visit}),
                ("CeremonyGalleryPlugin", {"visit": self.visit, "limit": 3}),
                ("LatestVisitsPlugin", {"relation": self.visit.relation, "country": "KZ", "limit": 4}),
            ],
        )
        target_page = create_page("Target", "page.html", "en", created_by=self.editor, slug="target")
        target = target_page.get_admin_content("en").get_placeholders().get(slot="content")

        copy_plugins_to_placeholder(list(source.get_plugins("en")), target)

        copied = {p.plugin_type: p.get_bound_plugin() for p in target.get_plugins("en")}
        self.assertIsInstance(copied["VisitTeaserPlugin"], VisitTeaserPluginModel)
        self.assertEqual(copied["VisitTeaserPlugin"].visit, self.visit)
        self.assertIsInstance(copied["PullQuotePlugin"], PullQuotePluginModel)
        self.assertEqual(copied["PullQuotePlugin"].quote, quote)
        self.assertIsInstance(copied["AgreementsListPlugin"], AgreementsListPluginModel)
        self.assertEqual(copied["AgreementsListPlugin"].visit, self.visit)
        self.assertIsInstance(copied["CeremonyGalleryPlugin"], CeremonyGalleryPluginModel)
        self.assertEqual(copied["CeremonyGalleryPlugin"].limit, 3)
        self.assertIsInstance(copied["LatestVisitsPlugin"], LatestVisitsPluginModel)
        self.assertEqual(
            (copied["LatestVisitsPlugin"].relation, str(copied["LatestVisitsPlugin"].country)),
            (self.visit.relation, "KZ"),
        )
        self.assertEqual(set(copied), {*PLUGINS, "LatestVisitsPlugin"})
        self.assertFalse({p.pk for p in target.get_plugins("en")} & {p.pk for p in source.get_plugins("en")})


class PluginSettingsTests(TestCase):
    """``RELATIONS_PLUGIN_TEMPLATES`` and ``RELATIONS_PLUGIN_LATEST_LIMIT`` reach the plugins' editors."""

    def plugin_form(self, plugin_class):
        from cms.plugin_pool import plugin_pool
        from django.contrib.admin import site
        from django.test import RequestFactory

        plugin = plugin_pool.get_plugin(plugin_class)(plugin_pool.get_plugin(plugin_class).model, site)
        request = RequestFactory().get("/")
        request.user = UserFactory(is_superuser=True, is_staff=True)
        return plugin.get_form(request)()

    def test_the_template_choices_are_the_default_and_the_settings_folders(self):
        from django.test import override_settings

        with override_settings(RELATIONS_PLUGIN_TEMPLATES=[("compact", "Compact")]):
            for plugin_class in [*PLUGINS, "LatestVisitsPlugin"]:
                with self.subTest(plugin=plugin_class):
                    choices = [value for value, _label in self.plugin_form(plugin_class).fields["template"].choices]
                    self.assertEqual(choices, ["default", "compact"])

    def test_a_new_latest_visits_plugin_shows_the_configured_number_of_visits(self):
        from django.test import override_settings

        with override_settings(RELATIONS_PLUGIN_LATEST_LIMIT=8):
            self.assertEqual(LatestVisitsPluginModel().limit, 8)
            self.assertEqual(self.plugin_form("LatestVisitsPlugin")["limit"].initial, 8)
