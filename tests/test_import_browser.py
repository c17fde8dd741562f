"""An editor pastes a wire article on a draft visit in a real browser, accepts the suggestions and previews them."""

from cms.toolbar.utils import get_object_preview_url
from cms.utils.apphook_reload import reload_urlconf
from django.urls import reverse

from newsroom.demo import ARTICLE_PARAGRAPHS, TOKAYEV_QUOTE, VUCIC_QUOTE
from relations_plugin.models import Quote

from .browser import ChromiumTestCase
from .factories import PersonFactory, UserFactory, VisitContentFactory, create_apphook_page
from .test_import import RUSSIAN_ARTICLE, RUSSIAN_TOKAYEV_QUOTE, RUSSIAN_VUCIC_QUOTE


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
            aliases=["Tokayev", "Токаев", "Касым-Жомарт Токаев"],
        )
        PersonFactory(
            name="Aleksandar Vučić",
            country="RS",
            slug="vucic",
            title="President of Serbia",
            aliases=["Vučić", "Vucic", "Вучич", "Александр Вучич"],
        )
        self.page = self.new_page()

    def log_in(self):
        page = self.page
        page.goto(f"{self.live_server_url}{reverse('admin:login')}")
        page.fill("#id_username", "desk-editor")
        page.fill("#id_password", "secret-password")
        page.click("input[type=submit]")

    def preview_text(self, draft) -> str:
        self.page.goto(f"{self.live_server_url}{get_object_preview_url(draft)}")
        return self.page.locator("main").inner_text()

    def test_paste_accept_and_see_the_quotes_on_the_drafts_preview(self):
        draft = VisitContentFactory(author=self.editor, slug="import-story", headline="Official visit")
        self.log_in()
        page = self.page
        import_url = reverse("admin:relations_plugin_visitcontent_import", args=[draft.pk])
        page.goto(f"{self.live_server_url}{import_url}")
        page.fill("#id_text", "\n\n".join(ARTICLE_PARAGRAPHS))
        page.fill("#id_headline", "Tokayev visits Belgrade")
        page.fill("#id_dateline", "2024-11-19")
        page.click("button[value=preview]")

        rows = page.locator("#suggested-quotes tbody tr")
        suggested = rows.count()
        tokayev_row = rows.filter(has_text=TOKAYEV_QUOTE[:40])
        self.assertIn("Kassym-Jomart Tokayev", tokayev_row.locator("select option:checked").first.inner_text())
        page.click("button[value=accept]")

        self.assertIn("Added:", page.locator(".messagelist li", has_text="Added:").first.inner_text())
        self.assertEqual(Quote.objects.filter(visit_content=draft).count(), suggested)

        text = self.preview_text(draft)
        self.assertIn(TOKAYEV_QUOTE[:60], text)
        self.assertIn(VUCIC_QUOTE[:60], text)

    def test_a_russian_article_through_the_same_screen_shows_its_quotes_on_the_preview(self):
        draft = VisitContentFactory(
            author=self.editor, language="ru", slug="tokaev-v-belgrade", headline="Официальный визит"
        )
        self.log_in()
        page = self.page
        import_url = reverse("admin:relations_plugin_visitcontent_import", args=[draft.pk])
        page.goto(f"{self.live_server_url}{import_url}")
        page.fill("#id_text", RUSSIAN_ARTICLE)
        page.fill("#id_dateline", "2024-11-19")
        page.click("button[value=preview]")

        rows = page.locator("#suggested-quotes tbody tr")
        self.assertIn(RUSSIAN_TOKAYEV_QUOTE, rows.filter(has_text=RUSSIAN_TOKAYEV_QUOTE).first.inner_text())
        page.click("button[value=accept]")
        self.assertIn("Added:", page.locator(".messagelist li", has_text="Added:").first.inner_text())

        text = self.preview_text(draft)
        self.assertIn(RUSSIAN_TOKAYEV_QUOTE, text)
        self.assertIn(RUSSIAN_VUCIC_QUOTE, text)
