"""Reader pages in a real browser: Debian's headless Chromium driven by Playwright, checked with axe-core.

Chromium and axe-core are required (``make browser`` installs them): a missing one fails these tests.
"""

from cms.utils.apphook_reload import reload_urlconf
from django.utils import translation

from .browser import ARTIFACTS, AXE, ChromiumTestCase
from .factories import UserFactory, build_story_package, create_apphook_page

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


class ReaderBrowserTests(ChromiumTestCase):
    """One browser for the class; one fully built, published story package per test."""

    def setUp(self):
        super().setUp()
        self.editor = UserFactory()
        create_apphook_page(user=self.editor)
        self.package = build_story_package(author=self.editor, count=3, slug="browser-story")
        reload_urlconf()
        self.page = self.new_page()
        self.console_errors = []
        self.page.on("console", lambda message: message.type == "error" and self.console_errors.append(message.text))
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))

    def open(self, path: str):
        response = self.page.goto(f"{self.live_server_url}{path}", wait_until="load")
        self.assertEqual(response.status, 200, path)
        return response

    def load_every_image(self):
        """Scroll every (lazy) image into view, then wait until each has loaded."""
        self.page.evaluate(
            """async () => {
                for (const img of document.images) { img.scrollIntoView(); await new Promise(r => setTimeout(r, 20)); }
                window.scrollTo(0, 0);
            }"""
        )
        self.page.wait_for_function("Array.from(document.images).every(img => img.complete)", timeout=15000)
        return self.page.evaluate(
            "Array.from(document.images).map(img => ({src: img.currentSrc, width: img.naturalWidth}))"
        )

    def axe_violations(self):
        self.page.add_script_tag(path=str(AXE))
        result = self.page.evaluate(
            """async (tags) => {
                const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
                return {violations: r.violations, passes: r.passes.length};
            }""",
            WCAG_TAGS,
        )
        self.assertGreater(result["passes"], 10, "axe-core ran its WCAG rules")
        result = result["violations"]
        return [f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}" for v in result]

    def test_story_page_shows_every_section_with_loaded_images_and_no_console_errors(self):
        self.open("/en/relations/visits/browser-story/")

        self.assertEqual(self.page.locator("h1").inner_text(), "Tokayev and Vučić hold talks in Belgrade")
        headings = self.page.locator("h2").all_inner_texts()
        for section in ("Key facts", "Programme", "Quotes", "Agreements", "Ceremony photos", "Articles"):
            self.assertIn(section, headings)
        self.assertEqual(self.page.locator("html").get_attribute("lang"), "en")
        self.assertEqual(self.page.locator(".timeline__item").count(), 3)
        self.assertEqual(self.page.locator(".gallery__item").count(), 3)
        images = self.load_every_image()
        self.assertGreaterEqual(len(images), 5)  # lead photo, portraits, 3 gallery photos
        for image in images:
            with self.subTest(src=image["src"]):
                self.assertGreater(image["width"], 0)
                self.assertRegex(image["src"], r"\.(avif|webp|jpg)$")
        # The gallery is usable from the keyboard: every photo is a focusable link.
        self.page.locator(".gallery__link").first.focus()
        self.assertEqual(self.page.evaluate("document.activeElement.className"), "gallery__link")
        self.assertEqual(self.console_errors, [])

        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / "story-1280.png"), full_page=True)
        self.page.set_viewport_size({"width": 375, "height": 812})
        self.load_every_image()
        self.assertLessEqual(self.page.evaluate("document.documentElement.scrollWidth"), 375, "no sideways scroll")
        self.page.screenshot(path=str(ARTIFACTS / "story-375.png"), full_page=True)

    def test_read_in_context_opens_the_article_with_the_quote_highlighted(self):
        quote = self.package.quotes.first()
        self.open("/en/relations/visits/browser-story/")

        self.page.locator(".quote__source").first.click()
        self.page.wait_for_load_state("load")

        self.assertIn(f"?quote={quote.pk}#quote-{quote.pk}", self.page.url)
        mark = self.page.locator(f"mark#quote-{quote.pk}")
        self.assertEqual(mark.inner_text(), "Both countries have similar positions")
        self.assertTrue(mark.is_visible())
        background = mark.evaluate("el => getComputedStyle(el).backgroundColor")
        self.assertNotIn(background, ("rgba(0, 0, 0, 0)", "transparent"))
        self.assertEqual(self.console_errors, [])

    def test_reader_pages_have_no_wcag_violations(self):
        tokayev = self.package.participations.first().person
        quote = self.package.quotes.first()
        with translation.override("en"):
            article_url = quote.source_article.contents.get().get_absolute_url()
            person_url = tokayev.get_absolute_url()
        for path in (
            "/en/relations/visits/browser-story/",
            "/en/relations/kazakhstan-serbia/",
            person_url,
            f"{article_url}?quote={quote.pk}",
            "/en/relations/",
        ):
            with self.subTest(path=path):
                self.open(path)
                self.load_every_image()
                self.assertEqual(self.axe_violations(), [])
        self.assertEqual(self.console_errors, [])
