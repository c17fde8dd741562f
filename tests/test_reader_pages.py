"""What a news site's reader pages carry: byline, times, caption, share links, related packages, header, footer."""

from __future__ import annotations

import datetime
import re
from urllib.parse import quote

from django.test import override_settings
from djangocms_versioning.models import Version

from relations_plugin import services

from .factories import (
    ArticleContentFactory,
    CeremonyPhotoFactory,
    LinkedArticleFactory,
    RelationFactory,
    VisitContentFactory,
    VisitFactory,
    build_story_package,
)
from .test_views import ReaderPageTestCase

STORY = "/en/relations/visits/tokayev-in-belgrade/"


def _header(html: str) -> str:
    return re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)


def _story_meta(html: str) -> str:
    match = re.search(r'<p class="story__meta">.*?</p>', html, re.S)
    return match.group(0) if match else ""


class StoryBylineTests(ReaderPageTestCase):
    def test_byline_comes_from_the_main_article(self):
        response = self.client.get(STORY)

        self.assertIn('<span class="story__byline">Staff correspondent</span>', _story_meta(response.text))

    def test_no_byline_without_a_main_article(self):
        self.package.linked_articles.update(role="related")

        self.assertNotIn("story__byline", self.client.get(STORY).text)


class StoryTimesTests(ReaderPageTestCase):
    def _times(self) -> dict[str, datetime.datetime]:
        meta = _story_meta(self.client.get(STORY).text)
        return {
            label: datetime.datetime.fromisoformat(value)
            for label, value in re.findall(r'(Published|Updated) <time datetime="([^"]+)">', meta)
        }

    def test_first_version_shows_when_it_was_published_and_no_update(self):
        version = Version.objects.get_for_content(self.package)

        times = self._times()

        self.assertEqual(list(times), ["Published"])
        self.assertEqual(times["Published"].replace(microsecond=0), version.modified.replace(microsecond=0))

    def test_a_correction_shows_the_first_publication_and_the_update(self):
        first = Version.objects.get_for_content(self.package).modified
        draft = services.content_create_draft(content=self.package, by=self.editor)
        draft.correction_note = "The date of the talks was corrected."
        draft.save()
        Version.objects.get_for_content(draft).publish(self.editor)
        corrected = Version.objects.get_for_content(draft)

        times = self._times()

        self.assertEqual(times["Published"].replace(microsecond=0), first.replace(microsecond=0))
        self.assertEqual(times["Updated"], corrected.modified)
        self.assertLess(times["Published"], corrected.created)

    def test_times_use_the_page_languages_date_format(self):
        build_story_package(author=self.editor, language="ru", slug="tokayev-v-belgrade")

        meta = _story_meta(self.client.get("/ru/relations/visits/tokayev-v-belgrade/").text)

        self.assertRegex(meta, r"<time datetime=\"[^\"]+\">\d{1,2} [а-я]+ \d{4}")


class StoryLeadPhotoTests(ReaderPageTestCase):
    def _figcaption(self) -> str:
        html = self.client.get(STORY).text
        return re.search(r'<figure class="story__lead">.*?</figure>', html, re.S).group(0)

    def test_caption_from_the_media_library_beside_the_credit(self):
        self.package.lead_photo.default_caption = "Welcome ceremony at the Palace of Serbia"
        self.package.lead_photo.save()

        self.assertIn(
            "<figcaption>Welcome ceremony at the Palace of Serbia "
            '<span class="credit">Photo: Akorda press service</span></figcaption>',
            self._figcaption(),
        )

    def test_caption_of_a_ceremony_photo_of_the_same_image(self):
        CeremonyPhotoFactory(visit_content=self.package, image=self.package.lead_photo, caption="The two presidents")

        self.assertIn("<figcaption>The two presidents <span", self._figcaption())

    def test_no_caption_leaves_the_credit_alone(self):
        self.assertIn('<figcaption><span class="credit">Photo: Akorda press service</span>', self._figcaption())


class StoryShareLinksTests(ReaderPageTestCase):
    def test_plain_links_to_share_the_absolute_url(self):
        html = self.client.get(STORY).text
        url = quote(f"http://testserver{STORY}", safe="")

        for target in (
            "mailto:?subject=",
            f"https://twitter.com/intent/tweet?url={url}",
            f"https://www.facebook.com/sharer/sharer.php?u={url}",
            f"https://t.me/share/url?url={url}",
            "https://wa.me/?text=",
        ):
            with self.subTest(target=target):
                self.assertIn(f'href="{target}', html)
        self.assertIn(url, html)

    def test_no_third_party_script(self):
        html = self.client.get(STORY).text

        self.assertNotRegex(html, r"<script[^>]+src=\"https?://")


class StoryRelatedPackagesTests(ReaderPageTestCase):
    def _related(self) -> str:
        match = re.search(r'<section class="related".*?</section>', self.client.get(STORY).text, re.S)
        return match.group(0) if match else ""

    def test_other_packages_of_the_same_relation_are_listed(self):
        relation = self.package.visit.relation
        VisitContentFactory(
            author=self.editor, visit=VisitFactory(relation=relation), headline="Vučić in Astana", published=True
        )
        VisitContentFactory(
            author=self.editor,
            visit=VisitFactory(relation=RelationFactory(country_a="FR", country_b="KZ")),
            headline="Another pair of countries",
            published=True,
        )
        VisitContentFactory(author=self.editor, visit=VisitFactory(relation=relation), headline="A draft visit")

        related = self._related()

        self.assertIn("Vučić in Astana", related)
        self.assertNotIn("Another pair of countries", related)
        self.assertNotIn("A draft visit", related)
        self.assertNotIn("Tokayev and Vučić hold talks in Belgrade", related)

    @override_settings(RELATIONS_PLUGIN_RELATED_LIMIT=2)
    def test_the_list_is_bounded(self):
        relation = self.package.visit.relation
        for n in range(3):
            VisitContentFactory(
                author=self.editor, visit=VisitFactory(relation=relation), headline=f"Visit {n}", published=True
            )

        self.assertEqual(self._related().count("<li>"), 2)

    def test_no_section_without_other_packages(self):
        self.assertEqual(self._related(), "")


class SiteHeaderTests(ReaderPageTestCase):
    def test_site_name_appears_once_in_the_header_and_the_title(self):
        from cms.api import create_page

        home = create_page("Newsroom", "page.html", "en", created_by=self.editor, in_navigation=True)
        Version.objects.get_for_content(home.get_admin_content("en")).publish(self.editor)
        home.set_as_homepage(self.editor)

        for url in ("/en/", STORY):
            with self.subTest(url=url):
                html = self.client.get(url).text
                self.assertEqual(_header(html).count("Newsroom"), 1)
                self.assertEqual(re.search(r"<title>(.*?)</title>", html, re.S).group(1).count("Newsroom"), 1)


class SiteMenuTests(ReaderPageTestCase):
    def test_reader_pages_of_the_app_mark_the_page_they_hang_on_as_current(self):
        # The CMS page comes from the apphook (ApphookPageMiddleware), not from a page at the request's path.
        for url in ("/en/relations/", STORY):
            with self.subTest(url=url):
                self.assertRegex(_header(self.client.get(url).text), r'<a href="/en/relations/" aria-current="page">')


class ArticleBylineFixtureTests(ReaderPageTestCase):
    def test_a_main_article_without_byline_gives_none(self):
        self.package.linked_articles.update(role="related")
        article = ArticleContentFactory(author=self.editor, byline="", published=True)
        LinkedArticleFactory(visit_content=self.package, article=article.article, role="main")

        self.assertNotIn("story__byline", self.client.get(STORY).text)


class ArticlePageLinksBackTests(ReaderPageTestCase):
    def _context(self, article) -> str:
        html = self.client.get(article.get_absolute_url()).text
        match = re.search(r'<aside class="article__context".*?</aside>', html, re.S)
        return match.group(0) if match else ""

    def test_links_to_its_package_and_its_speakers(self):
        quote = self.package.quotes.first()
        article = quote.source_article.contents.get()

        context = self._context(article)

        self.assertIn(f'<a href="{self.package.get_absolute_url()}">{self.package.headline}</a>', context)
        self.assertIn(f'<a href="{quote.speaker.get_absolute_url()}">{quote.speaker.name}</a>', context)
        self.assertEqual(context.count(self.package.get_absolute_url()), 1)

    def test_draft_packages_and_their_speakers_are_not_linked(self):
        from .factories import PersonFactory, QuoteFactory

        article = ArticleContentFactory(author=self.editor, published=True)
        draft = VisitContentFactory(author=self.editor, headline="A draft visit")
        LinkedArticleFactory(visit_content=draft, article=article.article)
        QuoteFactory(
            visit_content=draft, speaker=PersonFactory(name="Unpublished Speaker"), source_article=article.article
        )

        self.assertEqual(self._context(article), "")


class SiteFooterTests(ReaderPageTestCase):
    def _footer(self, url: str) -> str:
        html = self.client.get(url).text
        return re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)

    def test_footer_names_the_site_and_links_the_list_the_api_docs_and_the_sitemap(self):
        footer = self._footer(STORY)

        self.assertIn("Newsroom", footer)
        for href in ('href="/en/relations/"', 'href="/api/v1/docs/"', 'href="/sitemap.xml"'):
            with self.subTest(href=href):
                self.assertIn(href, footer)

    def test_footer_is_translated(self):
        build_story_package(author=self.editor, language="ru", slug="tokayev-v-belgrade")

        footer = self._footer("/ru/relations/visits/tokayev-v-belgrade/")

        self.assertIn('href="/ru/relations/"', footer)
        self.assertNotIn("All visits", footer)


class PluginStylesheetTests(ReaderPageTestCase):
    def test_every_plugin_template_brings_the_apps_stylesheet(self):
        import glob
        from pathlib import Path

        from django.template.loader import get_template
        from sekizai.context import SekizaiContext
        from sekizai.helpers import get_varname

        import relations_plugin

        folder = Path(relations_plugin.__file__).parent / "templates"
        templates = sorted(glob.glob(str(folder / "relations_plugin/plugins/*/*.html")))
        self.assertTrue(templates)
        for path in templates:
            name = str(Path(path).relative_to(folder))
            with self.subTest(template=name):
                context = SekizaiContext({})
                get_template(name).template.render(context)
                self.assertIn("relations_plugin/relations.css", "".join(context[get_varname()]["css"]))

    def test_a_page_with_every_plugin_links_the_stylesheet_once_and_has_no_inline_code(self):
        from .test_plugins import page_with_plugins

        visit = self.package.visit
        page_with_plugins(
            user=self.editor,
            slug="every-plugin-styled",
            plugins=[
                ("VisitTeaserPlugin", {"visit": visit}),
                ("PullQuotePlugin", {"visit": visit}),
                ("AgreementsListPlugin", {"visit": visit}),
                ("CeremonyGalleryPlugin", {"visit": visit}),
                ("LatestVisitsPlugin", {"limit": 3}),
            ],
        )

        # The CMS caches placeholders by id, and ids repeat once earlier tests' rows are rolled back.
        from django.core.cache import caches

        for cache in caches.all():
            cache.clear()
        html = self.client.get("/en/every-plugin-styled/").text

        self.assertIn("relations-plugin--gallery", html)
        self.assertEqual(html.count("relations_plugin/relations.css"), 1)
        self.assertNotRegex(html, r"\sstyle=")
        self.assertNotIn("<style", html)
        self.assertNotRegex(html, r"<script(?![^>]*\ssrc=)(?![^>]*application/ld\+json)")


class StoryStructuredDataTimesTests(ReaderPageTestCase):
    def test_json_ld_carries_the_times_the_page_shows(self):
        import json

        html = self.client.get(STORY).text
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
        shown = re.search(r'Published <time datetime="([^"]+)">', _story_meta(html)).group(1)

        self.assertEqual(
            datetime.datetime.fromisoformat(data["datePublished"]), datetime.datetime.fromisoformat(shown)
        )
        self.assertEqual(data["dateModified"], data["datePublished"])
