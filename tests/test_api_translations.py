"""Every package and article the API, ninjs and the Atom feeds serve names its language and links to its versions in
the other languages, where the same client may see them."""

from __future__ import annotations

import datetime
from xml.etree import ElementTree

from cms.utils.apphook_reload import reload_urlconf
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from .factories import (
    ArticleContentFactory,
    PartnerFactory,
    VisitContentFactory,
    build_story_package,
    embargo,
)
from .test_api_ninjs import validate
from .utils import ApphookTestCase

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SERVER = "http://testserver"


class TranslationsTestCase(ApphookTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.english = build_story_package(author=cls.editor, count=1, slug="tokayev-in-belgrade")
        cls.russian = VisitContentFactory(
            author=cls.editor, visit=cls.english.visit, language="ru", slug="tokaev-v-belgrade", published=True
        )
        VisitContentFactory(author=cls.editor, visit=cls.english.visit, language="kk", slug="belgradta")  # a draft

    def setUp(self):
        super().setUp()
        cache.clear()  # throttling counters and feeds' conditional answers live in the cache
        self.client = APIClient()

    def get(self, path, **params):
        response = self.client.get(path, params)
        self.assertEqual(response.status_code, 200, response.content)
        return response


class PackageTranslationTests(TranslationsTestCase):
    EN_LINK = {
        "language": "en",
        "url": f"{SERVER}/en/relations/visits/tokayev-in-belgrade/",
        "api_url": f"{SERVER}/api/v1/visits/tokayev-in-belgrade/?language=en",
    }
    RU_LINK = {
        "language": "ru",
        "url": f"{SERVER}/ru/relations/visits/tokaev-v-belgrade/",
        "api_url": f"{SERVER}/api/v1/visits/tokaev-v-belgrade/?language=ru",
    }

    def test_detail_links_the_published_versions_in_the_other_languages(self):
        english = self.get("/api/v1/visits/tokayev-in-belgrade/").json()
        russian = self.get("/api/v1/visits/tokaev-v-belgrade/", language="ru").json()

        self.assertEqual((english["language"], english["translations"]), ("en", [self.RU_LINK]))
        self.assertEqual((russian["language"], russian["translations"]), ("ru", [self.EN_LINK]))

    def test_list_rows_link_them_too(self):
        (row,) = self.get("/api/v1/visits/").json()["results"]

        self.assertEqual((row["language"], row["translations"]), ("en", [self.RU_LINK]))

    def test_incremental_sync_rows_link_them_too(self):
        rows = self.get("/api/v1/visits/", updated_since="2000-01-01T00:00:00Z").json()["results"]

        self.assertEqual([row["translations"] for row in rows], [[self.RU_LINK]])

    def test_a_version_without_a_reader_page_links_its_api_url_only(self):
        from cms.models import Page

        Page.objects.all().delete()
        reload_urlconf()

        english = self.get("/api/v1/visits/tokayev-in-belgrade/").json()

        self.assertEqual(english["translations"], [{**self.RU_LINK, "url": None}])


class HiddenTranslationTests(TranslationsTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.later = build_story_package(author=cls.editor, count=0, slug="talks-in-astana")
        embargo(
            VisitContentFactory(
                author=cls.editor, visit=cls.later.visit, language="ru", slug="peregovory-v-astane", published=True
            ),
            until=timezone.now() + datetime.timedelta(hours=6),
        )

    def translations(self, slug, **headers):
        response = self.client.get(f"/api/v1/visits/{slug}/", **headers)
        self.assertEqual(response.status_code, 200, response.content)
        return [link["language"] for link in response.json()["translations"]]

    def test_a_draft_only_version_is_not_linked(self):
        self.assertEqual(self.translations("tokayev-in-belgrade"), ["ru"])

    def test_an_embargoed_version_is_not_linked_for_the_public_or_an_ordinary_partner(self):
        partner = PartnerFactory(can_see_embargoed=False)

        self.assertEqual(self.translations("talks-in-astana"), [])
        self.assertEqual(self.translations("talks-in-astana", HTTP_AUTHORIZATION=f"Token {partner.token}"), [])

    def test_an_embargoed_version_is_linked_for_a_partner_allowed_to_see_it(self):
        partner = PartnerFactory(can_see_embargoed=True)

        self.assertEqual(self.translations("talks-in-astana", HTTP_AUTHORIZATION=f"Token {partner.token}"), ["ru"])

    def test_feeds_never_link_an_embargoed_version(self):
        response = self.get("/api/v1/feeds/en/visits/")
        entries = ElementTree.fromstring(response.content).findall(f"{ATOM}entry")
        later = next(e for e in entries if e.find(f"{ATOM}title").text == self.later.headline)

        self.assertNotIn("ru", [link.get("hreflang") for link in later.findall(f"{ATOM}link")])


class NinjsTranslationTests(TranslationsTestCase):
    def document(self, slug, language, version):
        document = self.get(f"/api/v1/visits/{slug}/", format="ninjs", language=language, version=version).json()
        validate(document, version)
        return document

    def test_the_other_language_is_an_association_with_its_own_document(self):
        document = self.document("tokayev-in-belgrade", "en", "2.2")
        (translation,) = [a for a in document["associations"] if a["name"].startswith("translation-")]

        self.assertEqual(document["language"], "en")
        self.assertEqual(
            translation,
            {
                "name": "translation-ru",
                "uri": f"{SERVER}/api/v1/visits/tokaev-v-belgrade/?format=ninjs&language=ru&version=2.2",
                "type": "composite",
                "language": "ru",
            },
        )

    def test_ninjs_3_names_the_relationship(self):
        document = self.document("tokaev-v-belgrade", "ru", "3.1")
        (translation,) = [a for a in document["associations"] if a["name"].startswith("translation-")]

        self.assertEqual((translation["name"], translation["rel"]), ("translation-en", "translation"))
        self.assertEqual(
            translation["uri"], f"{SERVER}/api/v1/visits/tokayev-in-belgrade/?format=ninjs&language=en&version=3.1"
        )


class FeedTranslationTests(TranslationsTestCase):
    def entry(self, language):
        response = self.get(f"/api/v1/feeds/{language}/visits/")
        (entry,) = ElementTree.fromstring(response.content).findall(f"{ATOM}entry")
        return entry

    def test_entries_carry_their_language_and_an_alternate_per_other_language(self):
        for language, other, url in (
            ("en", "ru", f"{SERVER}/ru/relations/visits/tokaev-v-belgrade/"),
            ("ru", "en", f"{SERVER}/en/relations/visits/tokayev-in-belgrade/"),
        ):
            with self.subTest(language=language):
                entry = self.entry(language)
                alternates = [
                    (link.get("hreflang"), link.get("href"))
                    for link in entry.findall(f"{ATOM}link")
                    if link.get("rel") == "alternate" and link.get("hreflang")
                ]

                self.assertEqual(entry.get(XML_LANG), language)
                self.assertEqual(alternates, [(other, url)])


class ArticleTranslationTests(TranslationsTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        english = ArticleContentFactory(author=cls.editor, slug="talks-in-belgrade", published=True)
        ArticleContentFactory(
            author=cls.editor, article=english.article, language="ru", slug="peregovory-v-belgrade", published=True
        )
        ArticleContentFactory(author=cls.editor, article=english.article, language="kk", slug="kelissozder")

    def test_detail_and_list_link_the_published_other_languages(self):
        link = {
            "language": "ru",
            "url": f"{SERVER}/ru/relations/articles/peregovory-v-belgrade/",
            "api_url": f"{SERVER}/api/v1/articles/peregovory-v-belgrade/?language=ru",
        }
        detail = self.get("/api/v1/articles/talks-in-belgrade/").json()
        row = next(r for r in self.get("/api/v1/articles/").json()["results"] if r["slug"] == "talks-in-belgrade")

        self.assertEqual((detail["language"], detail["translations"]), ("en", [link]))
        self.assertEqual(row["translations"], [link])

    def test_ninjs_article_links_the_other_language(self):
        for version in ("2.2", "3.1"):
            with self.subTest(version=version):
                document = self.get(
                    "/api/v1/articles/peregovory-v-belgrade/", format="ninjs", language="ru", version=version
                ).json()
                validate(document, version)

                self.assertEqual(document["language"], "ru")
                self.assertEqual(
                    [(a["name"], a["language"], a["uri"]) for a in document["associations"]],
                    [
                        (
                            "translation-en",
                            "en",
                            f"{SERVER}/api/v1/articles/talks-in-belgrade/?format=ninjs&language=en&version={version}",
                        )
                    ],
                )


class TranslationQueryTests(ApphookTestCase):
    """Links to other languages are columns of the page's own query: no query per row or per language."""

    PAGES = [
        ("/api/v1/visits/", {"page_size": 50}),
        ("/api/v1/visits/", {"page_size": 50, "updated_since": "2000-01-01T00:00:00Z"}),
        ("/api/v1/visits/", {"page_size": 50, "format": "ninjs"}),
        ("/api/v1/feeds/en/visits/", {}),
    ]

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.packages = [VisitContentFactory(author=cls.editor, slug=f"visit-{n}", published=True) for n in range(50)]

    def setUp(self):
        super().setUp()
        self.client = APIClient()
        self.client.get("/api/v1/relations/")  # warm up: CMS' URL-conf revision and apphook URLs, once per process

    def translate_every_package(self):
        for package in self.packages:
            for language in ("ru", "kk"):
                slug = f"{package.slug}-{language}"
                VisitContentFactory(
                    author=self.editor, visit=package.visit, language=language, slug=slug, published=True
                )

    def queries(self, path, params) -> int:
        self.client.get(path, params)  # warm up: the CMS' cached page URLs
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(path, params).status_code, 200)
        return len(queries)

    def test_a_page_of_50_runs_the_same_queries_with_and_without_translations(self):
        before = [self.queries(path, params) for path, params in self.PAGES]
        self.translate_every_package()
        after = [self.queries(path, params) for path, params in self.PAGES]
        rows = self.client.get("/api/v1/visits/", {"page_size": 50}).json()["results"]

        self.assertEqual(after, before)
        self.assertEqual({len(row["translations"]) for row in rows}, {2})

    def test_the_list_page_runs_two_queries(self):
        self.translate_every_package()
        self.client.get("/api/v1/visits/", {"page_size": 50})  # warm up: the CMS' cached page URLs
        # 1 CMS' URL-conf revision (ApphookReloadMiddleware),
        # 2 page of visit contents + relations + lead photos (joins) + each language's slug (subqueries)
        with self.assertNumQueries(2):
            self.client.get("/api/v1/visits/", {"page_size": 50})
