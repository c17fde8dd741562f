"""A phone's screen (375 px): no sideways scrolling and no WCAG violations on the home page with every plugin and on
every reader page; on paper, no navigation or share links. Headless Chromium with axe-core (``tests/browser.py``)."""

from cms.utils.apphook_reload import reload_urlconf
from django.core.cache import caches
from django.db import transaction
from django.utils import translation

from .browser import ChromiumTestCase
from .factories import UserFactory, build_story_package, create_apphook_page
from .test_browser import ReaderBrowserTests
from .test_plugins import page_with_plugins

PHONE = {"width": 375, "height": 800}
# An unbroken word and a bare address, as wire copy has them: they must wrap, not widen the page.
LONG_WORD = "Интеграционноэкономическоесотрудничествомеждугосударствами"
LONG_URL = (
    "https://www.example.org/press-releases/2024/11/18/joint-statement-of-the-presidents-of-kazakhstan-and-serbia"
)


class NarrowScreenTests(ChromiumTestCase):
    load_every_image = ReaderBrowserTests.load_every_image
    axe_violations = ReaderBrowserTests.axe_violations

    def setUp(self):
        super().setUp()
        self.editor = UserFactory()
        create_apphook_page(user=self.editor)
        self.package = build_story_package(author=self.editor, count=2, slug="phone-story")
        self.package.summary = f"{LONG_WORD} {LONG_URL}"
        self.package.save()
        reload_urlconf()
        self.page = self.new_page(**PHONE)

    def assert_fits_a_phone(self, path: str):
        response = self.page.goto(f"{self.live_server_url}{path}", wait_until="load")
        self.assertEqual(response.status, 200, path)
        self.load_every_image()
        wide = self.page.evaluate(
            """(width) => Array.from(document.querySelectorAll('body *'))
                .filter(el => el.getBoundingClientRect().right > width + 1)
                .slice(0, 5).map(el => el.tagName + '.' + el.className)""",
            PHONE["width"],
        )
        self.assertLessEqual(
            self.page.evaluate("document.documentElement.scrollWidth"), PHONE["width"], f"{path}: {wide}"
        )
        self.assertEqual(self.axe_violations(), [], path)

    def test_home_page_with_every_plugin(self):
        visit = self.package.visit
        placeholder = page_with_plugins(
            user=self.editor,
            slug="home",
            plugins=[
                ("VisitTeaserPlugin", {"visit": visit}),
                ("PullQuotePlugin", {"visit": visit}),
                ("AgreementsListPlugin", {"visit": visit}),
                ("CeremonyGalleryPlugin", {"visit": visit}),
                ("LatestVisitsPlugin", {"limit": 5}),
            ],
        )
        with transaction.atomic():
            placeholder.source.page.set_as_homepage(self.editor)

        # The CMS caches placeholders by id, and ids repeat once earlier tests' rows are gone.
        for cache in caches.all():
            cache.clear()
        self.assert_fits_a_phone("/en/")

        self.assertEqual(self.page.locator(".relations-plugin").count(), 5)
        # Styled: the app's stylesheet reached the page (no default serif font, no list bullets).
        font = self.page.evaluate("getComputedStyle(document.body).fontFamily")
        self.assertIn("system-ui", font)

    def test_every_reader_page(self):
        quote = self.package.quotes.first()
        with translation.override("en"):
            article_url = quote.source_article.contents.get().get_absolute_url()
            person_url = quote.speaker.get_absolute_url()
        for path in (
            "/en/relations/visits/phone-story/",
            "/en/relations/kazakhstan-serbia/",
            person_url,
            article_url,
            f"{article_url}?quote={quote.pk}",
            "/en/relations/",
        ):
            with self.subTest(path=path):
                self.assert_fits_a_phone(path)

    def test_printed_story_has_no_navigation_or_share_links_and_shows_link_addresses(self):
        self.page.goto(f"{self.live_server_url}/en/relations/visits/phone-story/", wait_until="load")
        self.page.emulate_media(media="print")

        for selector in (".site-header nav", ".site-footer nav", ".share"):
            with self.subTest(selector=selector):
                self.assertFalse(self.page.locator(selector).first.is_visible())
        self.assertTrue(self.page.locator("h1").is_visible())
        after = self.page.evaluate("getComputedStyle(document.querySelector('.facts a'), '::after').content")
        self.assertIn("/en/relations/people/", after)
