"""The CMS toolbar's visit menu, and editors previewing drafts on the real story page."""

from cms.toolbar.utils import get_object_edit_url, get_object_preview_url, get_object_structure_url
from cms.utils.urlutils import admin_reverse

from relations_plugin import services

from .factories import build_story_package
from .utils import ApphookTestCase


class ToolbarTestCase(ApphookTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.package = build_story_package(author=cls.editor, slug="toolbar-story")


class RelationsToolbarTests(ToolbarTestCase):
    def test_editor_gets_the_visits_menu_and_edit_for_the_visit_on_screen(self):
        self.client.force_login(self.editor)
        response = self.client.get("/en/relations/visits/toolbar-story/?toolbar_on")

        self.assertContains(response, "Bilateral visits")
        self.assertContains(response, admin_reverse("relations_plugin_visitcontent_add"))
        self.assertContains(response, admin_reverse("relations_plugin_visitcontent_changelist"))
        self.assertContains(response, admin_reverse("relations_plugin_visitcontent_change", args=[self.package.pk]))

    def test_anonymous_reader_gets_no_menu(self):
        response = self.client.get("/en/relations/visits/toolbar-story/")

        self.assertNotContains(response, "Bilateral visits</")
        self.assertNotContains(response, admin_reverse("relations_plugin_visitcontent_changelist"))


class PreviewEndpointTests(ToolbarTestCase):
    def test_editor_previews_a_draft_on_the_story_page(self):
        draft = services.content_create_draft(content=self.package, by=self.editor)
        draft.headline = "A draft headline only editors see"
        draft.save()
        self.client.force_login(self.editor)

        response = self.client.get(get_object_preview_url(draft))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "A draft headline only editors see")
        self.assertContains(response, "Talks, round 1")  # the whole package, copied into the draft
        self.assertContains(response, admin_reverse("relations_plugin_visitcontent_change", args=[draft.pk]))

        self.client.logout()
        public = self.client.get("/en/relations/visits/toolbar-story/")
        self.assertNotContains(public, "A draft headline only editors see")
        self.assertNotEqual(self.client.get(get_object_preview_url(draft)).status_code, 200)

    def test_editor_edits_a_draft_on_the_story_page(self):
        draft = services.content_create_draft(content=self.package, by=self.editor)
        self.client.force_login(self.editor)

        response = self.client.get(get_object_edit_url(draft))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, draft.headline)

    def test_editor_previews_a_draft_article(self):
        article = self.package.quotes.first().source_article.contents.get()
        draft = services.content_create_draft(content=article, by=self.editor)
        draft.headline = "Draft article headline"
        draft.save()
        self.client.force_login(self.editor)

        self.assertContains(self.client.get(get_object_preview_url(draft)), "Draft article headline")


class StructureModeTests(ToolbarTestCase):
    """The toolbar's structure mode on a story or article page: a package has no placeholders to arrange."""

    def test_editor_opens_structure_mode_on_a_draft_package(self):
        draft = services.content_create_draft(content=self.package, by=self.editor)
        self.client.force_login(self.editor)

        response = self.client.get(get_object_structure_url(draft))

        self.assertEqual(response.status_code, 200)

    def test_editor_switches_from_edit_to_structure_mode_on_a_draft_article(self):
        article = self.package.quotes.first().source_article.contents.get()
        draft = services.content_create_draft(content=article, by=self.editor)
        self.client.force_login(self.editor)

        self.assertEqual(self.client.get(get_object_edit_url(draft)).status_code, 200)
        self.assertEqual(self.client.get(get_object_structure_url(draft)).status_code, 200)

    def test_editor_opens_structure_mode_on_the_published_package(self):
        self.client.force_login(self.editor)

        self.assertEqual(self.client.get(get_object_structure_url(self.package)).status_code, 200)
