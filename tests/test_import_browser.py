"""An editor pastes a wire article on a draft visit in a real browser, accepts the suggestions and previews them."""

from cms.toolbar.utils import get_object_preview_url
from cms.utils.apphook_reload import reload_urlconf
from django.urls import reverse

from newsroom.demo import ARTICLE_PARAGRAPHS, TOKAYEV_QUOTE, VUCIC_QUOTE
from relations_plugin.models import Quote

from .browser import ChromiumTestCase
from .factories import PersonFactory, UserFactory, VisitContentFactory, create_apphook_page


class ImportFromArticleBrowserTests(ChromiumTestCase):
    def setUp(self):
        super().setUp()
        self.editor = UserFactory(username="desk-editor")
        create_apphook_page(user=self.editor)
        reload_urlconf()
        PersonFactory(
            name="Kassym-Jomart Tokayev",
            country="KZ",
            slug="tokayev",
            title="President of Kazakhstan",
            aliases=["Tokayev"],
        )
        PersonFactory(
            name="Aleksandar Vučić",
            country="RS",
            slug="vucic",
            title="President of Serbia",
            aliases=["Vučić", "Vucic"],
        )
        self.draft = VisitContentFactory(author=self.editor, slug="import-story", headline="Official visit")
        self.page = self.new_page()

    def test_paste_accept_and_see_the_quotes_on_the_drafts_preview(self):
        page = self.page
        page.goto(f"{self.live_server_url}{reverse('admin:login')}")
        page.fill("#id_username", "desk-editor")
        page.fill("#id_password", "secret-password")
        page.click("input[type=submit]")

        import_url = reverse("admin:relations_plugin_visitcontent_import", args=[self.draft.pk])
        page.goto(f"{self.live_server_url}{import_url}")
        page.fill("#id_text", "\n\n".join(ARTICLE_PARAGRAPHS))
        page.fill("#id_headline", "Tokayev visits Belgrade")
        page.fill("#id_dateline", "2024-11-19")
        page.click("button[value=preview]")

        rows = page.locator("#suggested-quotes tbody tr")
        self.assertEqual(rows.count(), 2)
        self.assertIn("Kassym-Jomart Tokayev", rows.first.locator("select option:checked").inner_text())
        page.click("button[value=accept]")

        self.assertIn("Added:", page.locator(".messagelist").inner_text())
        self.assertEqual(Quote.objects.filter(visit_content=self.draft).count(), 2)

        page.goto(f"{self.live_server_url}{get_object_preview_url(self.draft)}")
        text = page.locator("main").inner_text()
        self.assertIn(TOKAYEV_QUOTE[:60], text)
        self.assertIn(VUCIC_QUOTE[:60], text)
