"""The sitemap lists published reader pages only, in every language that has them, each with its hreflang
alternates."""

import datetime
from xml.etree import ElementTree

from django.conf import settings
from django.contrib.sites.models import Site
from django.test import override_settings
from django.utils import timezone

from .factories import (
    ArticleContentFactory,
    ArticleFactory,
    ParticipationFactory,
    PersonFactory,
    QuoteFactory,
    RelationFactory,
    VisitContentFactory,
    VisitFactory,
    build_story_package,
    embargo,
)
from .utils import ApphookTestCase

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ORIGIN = "http://127.0.0.1:8000"


def alternates_by_url(xml: bytes) -> dict[str, dict[str, str]]:
    """Each listed URL -> its hreflang alternates (hreflang -> href), read from the parsed XML."""
    urlset = ElementTree.fromstring(xml)
    assert urlset.tag == f"{SITEMAP}urlset", urlset.tag
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href")
            for link in url.iter(f"{XHTML}link")
            if link.get("rel") == "alternate"
        }
        for url in urlset.iter(f"{SITEMAP}url")
    }


class SitemapTests(ApphookTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.package = build_story_package(author=cls.editor, slug="sitemap-story")
        cls.russian = VisitContentFactory(
            author=cls.editor, visit=cls.package.visit, language="ru", slug="vizit-v-belgrad", published=True
        )
        draft = VisitContentFactory(
            author=cls.editor,
            visit=VisitFactory(relation=RelationFactory(country_a="FR", country_b="KZ")),
            slug="draft-visit",
        )
        ParticipationFactory(visit_content=draft, person=PersonFactory(slug="draft-only-person"))
        ArticleContentFactory(author=cls.editor, slug="draft-article")
        VisitContentFactory(author=cls.editor, visit=cls.package.visit, language="kk", slug="kk-draft-story")

    def setUp(self):
        super().setUp()
        Site.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": "127.0.0.1:8000"})

    def test_the_configured_site_url_wins_over_the_sites_domain(self):
        with override_settings(RELATIONS_PLUGIN_SITE_URL="https://news.example.org"):
            response = self.client.get("/sitemap.xml")
        self.assertContains(response, "<loc>https://news.example.org/en/relations/visits/sitemap-story/</loc>")
        self.assertNotContains(response, "127.0.0.1")

    def test_sitemap_lists_published_pages_in_each_language(self):
        response = self.client.get("/sitemap.xml")

        self.assertEqual(response.status_code, 200)
        tokayev = self.package.participations.first().person
        for path in (
            "/en/relations/visits/sitemap-story/",
            "/ru/relations/visits/vizit-v-belgrad/",
            "/en/relations/kazakhstan-serbia/",
            "/ru/relations/kazakhstan-serbia/",
            f"/en/relations/people/{tokayev.slug}/",
            f"/en/relations/articles/{self.package.linked_articles.first().article.contents.get().slug}/",
        ):
            with self.subTest(path=path):
                self.assertContains(response, f"<loc>http://127.0.0.1:8000{path}</loc>")
        self.assertNotContains(response, "example.com")

    def test_sitemap_leaves_out_drafts_and_empty_hubs(self):
        response = self.client.get("/sitemap.xml")

        for fragment in (
            "draft-visit",
            "draft-article",
            "draft-only-person",
            "france-kazakhstan",
            "/kk/relations/kazakhstan-serbia/",
        ):
            with self.subTest(fragment=fragment):
                self.assertNotContains(response, fragment)


class SitemapAlternatesTests(ApphookTestCase):
    """Every listed URL links the same story, article, hub or person in each language it is listed in, plus
    x-default: the default language's URL, else its own (as the page's own hreflang links do)."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.english = build_story_package(author=cls.editor, slug="sitemap-story")
        cls.russian = VisitContentFactory(
            author=cls.editor, visit=cls.english.visit, language="ru", slug="vizit-v-belgrad", published=True
        )
        ParticipationFactory(visit_content=cls.russian, person=cls.english.participations.first().person)
        VisitContentFactory(author=cls.editor, visit=cls.english.visit, language="kk", slug="kk-draft-story")

    def setUp(self):
        super().setUp()
        Site.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": "127.0.0.1:8000"})

    def alternates(self) -> dict[str, dict[str, str]]:
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        return alternates_by_url(response.content)

    def test_the_sitemap_is_xml_with_the_xhtml_namespace_for_its_links(self):
        response = self.client.get("/sitemap.xml")

        self.assertEqual(response["Content-Type"], "application/xml")
        urlset = ElementTree.fromstring(response.content)
        self.assertTrue(urlset.findall(f"{SITEMAP}url/{XHTML}link"))
        self.assertIn(b'xmlns:xhtml="http://www.w3.org/1999/xhtml"', response.content)

    def test_a_story_in_two_languages_links_each_version_to_the_other_and_to_x_default(self):
        english = f"{ORIGIN}/en/relations/visits/sitemap-story/"
        russian = f"{ORIGIN}/ru/relations/visits/vizit-v-belgrad/"
        expected = {"en": english, "ru": russian, "x-default": english}

        alternates = self.alternates()

        self.assertEqual(alternates[english], expected)
        self.assertEqual(alternates[russian], expected)

    def test_a_draft_translation_is_neither_listed_nor_linked(self):
        alternates = self.alternates()

        listed = set(alternates) | {href for links in alternates.values() for href in links.values()}
        self.assertFalse([url for url in listed if "kk-draft-story" in url])
        self.assertNotIn("kk", alternates[f"{ORIGIN}/en/relations/visits/sitemap-story/"])

    def test_an_embargoed_translation_is_not_linked(self):
        relation = RelationFactory(country_a="KZ", country_b="TR")
        english = VisitContentFactory(
            author=self.editor, visit=VisitFactory(relation=relation), slug="ankara-story", published=True
        )
        embargo(
            VisitContentFactory(
                author=self.editor, visit=english.visit, language="ru", slug="vizit-v-ankaru", published=True
            ),
            until=timezone.now() + datetime.timedelta(days=1),
        )
        url = f"{ORIGIN}/en/relations/visits/ankara-story/"

        alternates = self.alternates()

        self.assertEqual(alternates[url], {"en": url, "x-default": url})
        self.assertNotIn(f"{ORIGIN}/ru/relations/visits/vizit-v-ankaru/", alternates)
        hub = f"{ORIGIN}/en/relations/{relation.slug}/"
        self.assertEqual(alternates[hub], {"en": hub, "x-default": hub})

    def test_without_the_default_language_x_default_is_the_url_itself(self):
        VisitContentFactory(
            author=self.editor,
            visit=VisitFactory(relation=RelationFactory(country_a="CN", country_b="KZ")),
            language="ru",
            slug="vizit-v-pekin",
            published=True,
        )
        url = f"{ORIGIN}/ru/relations/visits/vizit-v-pekin/"

        self.assertEqual(self.alternates()[url], {"ru": url, "x-default": url})

    def test_hubs_people_and_articles_link_their_other_languages(self):
        person = self.english.participations.first().person
        article = self.english.linked_articles.first().article
        ArticleContentFactory(author=self.editor, article=article, language="ru", slug="statya", published=True)
        english_article = f"{ORIGIN}/en/relations/articles/{article.contents.get(language='en').slug}/"
        alternates = self.alternates()

        for path in (f"relations/{self.english.visit.relation.slug}/", f"relations/people/{person.slug}/"):
            with self.subTest(path=path):
                english, russian = f"{ORIGIN}/en/{path}", f"{ORIGIN}/ru/{path}"
                self.assertEqual(alternates[russian], {"en": english, "ru": russian, "x-default": english})
        self.assertEqual(
            alternates[f"{ORIGIN}/ru/relations/articles/statya/"],
            {"en": english_article, "ru": f"{ORIGIN}/ru/relations/articles/statya/", "x-default": english_article},
        )

    def test_a_person_quoted_without_taking_part_is_listed_where_their_page_is(self):
        QuoteFactory(visit_content=self.russian, speaker=PersonFactory(slug="quoted-only"))
        url = f"{ORIGIN}/ru/relations/people/quoted-only/"

        self.assertEqual(self.alternates()[url], {"ru": url, "x-default": url})
        self.assertEqual(self.client.get("/ru/relations/people/quoted-only/").status_code, 200)


class SitemapQueryTests(ApphookTestCase):
    COUNTRIES = ["RS", "FR", "DE", "TR", "CN", "IN", "JP", "KR", "US", "GB"]

    def setUp(self):
        super().setUp()
        Site.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": "127.0.0.1:8000"})

    def publish_packages(self, count: int) -> None:
        """``count`` stories, each in English and Russian with a participant and an article in both languages."""
        for country in self.COUNTRIES[:count]:
            first, second = sorted(("KZ", country))
            visit = VisitFactory(relation=RelationFactory(country_a=first, country_b=second))
            person, article = PersonFactory(), ArticleFactory()
            for language in ("en", "ru"):
                content = VisitContentFactory(author=self.editor, visit=visit, language=language, published=True)
                ParticipationFactory(visit_content=content, person=person)
                ArticleContentFactory(author=self.editor, article=article, language=language, published=True)

    def assert_sitemap_queries(self, *, urls: int) -> None:
        # The CMS reloads its apphook URLs over the first two requests (its apphook page is new: the first request
        # marks the URLs changed when it finishes, the next one reloads them), so the third counts the sitemap's own.
        self.client.get("/sitemap.xml")
        self.client.get("/sitemap.xml")
        # 1 the CMS's check of its URL revision, 1 the packages, 1 the articles,
        # 3 the hubs and 3 the people (one per language)
        with self.assertNumQueries(9):
            response = self.client.get("/sitemap.xml")
        self.assertEqual(len(alternates_by_url(response.content)), urls)

    def test_one_package_takes_as_many_queries_as_ten(self):
        self.publish_packages(1)
        self.assert_sitemap_queries(urls=8)

    def test_ten_packages_take_as_many_queries_as_one(self):
        self.publish_packages(10)
        self.assert_sitemap_queries(urls=80)
