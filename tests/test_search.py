"""Reader search and the API's ``q``: one search (``relations_plugin/search.py``) on SQLite and on PostgreSQL.

Assertions about stemming, Kazakh spellings and similarity need PostgreSQL and are skipped elsewhere; everything
else runs on both databases.
"""

import datetime
import unittest
from io import StringIO

from cms.utils.apphook_reload import reload_urlconf
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from djangocms_versioning.models import Version
from rest_framework.test import APITestCase

from newsroom.demo import VISIT_SLUG
from relations_plugin import search
from relations_plugin.conf import get_setting

from . import test_browser, test_narrow_screens
from .browser import ChromiumTestCase
from .factories import (
    AgreementFactory,
    PartnerFactory,
    QuoteFactory,
    UserFactory,
    VisitContentFactory,
    build_story_package,
    create_apphook_page,
    embargo,
)

VISITS = "/api/v1/visits/"
postgresql_only = unittest.skipUnless(connection.vendor == "postgresql", "needs PostgreSQL full text search")


def own(queries):
    """The queries of the app's search page, without the CMS's page and menu lookups (and their savepoints)."""
    return [sql for sql in queries if sql.startswith("SELECT") and '"cms_' not in sql and '"menus_' not in sql]


def found_slugs(query, language):
    return [package.slug for package in search.search_packages(query, language=language)]


class DemoSearchTests(TestCase):
    """The demo's Kazakhstan–Serbia package is found by the words of each of its languages."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO())

    def setUp(self):
        reload_urlconf()

    def test_english_words_find_the_english_package(self):
        self.assertEqual(found_slugs("Tokayev Belgrade", "en"), [VISIT_SLUG])

    def test_english_words_of_an_agreement_find_the_package(self):
        self.assertEqual(found_slugs("direct flights", "en"), [VISIT_SLUG])

    def test_a_russian_word_as_written_finds_the_russian_package(self):
        self.assertEqual(found_slugs("визита", "ru"), [VISIT_SLUG])

    def test_the_beginning_of_a_russian_word_finds_the_russian_package(self):
        self.assertEqual(found_slugs("визит", "ru"), [VISIT_SLUG])

    def test_a_russian_word_in_capitals_finds_the_russian_package(self):
        self.assertEqual(found_slugs("ТОКАЕВ", "ru"), [VISIT_SLUG])

    @postgresql_only
    def test_another_form_of_a_russian_word_finds_the_russian_package(self):
        # "визиту" (dative) appears nowhere; the Russian stemmer reads it as "визит", as it reads "визита".
        self.assertEqual(found_slugs("визиту", "ru"), [VISIT_SLUG])

    def test_a_kazakh_word_finds_the_kazakh_package_whatever_its_ending(self):
        # The headline says "Белградта" (in Belgrade).
        self.assertEqual(found_slugs("Белград", "kk"), [VISIT_SLUG])

    def test_a_kazakh_word_in_capitals_finds_the_kazakh_package(self):
        self.assertEqual(found_slugs("ТОҚАЕВ", "kk"), [VISIT_SLUG])

    @postgresql_only
    def test_a_kazakh_word_typed_with_russian_letters_finds_the_kazakh_package(self):
        # The headline's "уағдаласты" typed without the Kazakh letter ғ: only trigram similarity finds it.
        self.assertEqual(found_slugs("уагдаласты", "kk"), [VISIT_SLUG])

    def test_a_language_finds_only_its_own_package(self):
        self.assertEqual(found_slugs("Tokayev", "ru"), [VISIT_SLUG])
        self.assertEqual([p.language for p in search.search_packages("Tokayev", language="ru")], ["ru"])

    def test_words_nowhere_in_the_package_find_nothing(self):
        self.assertEqual(found_slugs("Zanzibar", "en"), [])

    def test_punctuation_alone_finds_nothing(self):
        self.assertEqual(found_slugs("!!! «»", "en"), [])

    def test_results_page_in_each_language_links_the_package_with_the_words_marked(self):
        cases = [("en", "Tokayev", "<mark>Tokayev</mark>"), ("ru", "визита", "<mark>визита</mark>")]
        cases.append(("kk", "сапар", "<mark>сапары</mark>"))
        for language, query, marked in cases:
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/relations/search/", {"q": query})

                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'href="/{language}/relations/visits/{VISIT_SLUG}/"')
                self.assertContains(response, marked)
                self.assertContains(response, f'<html lang="{language}">')

    def test_results_page_says_when_nothing_matches(self):
        response = self.client.get("/en/relations/search/", {"q": "Zanzibar"})

        self.assertContains(response, "No published visits match “Zanzibar”.")
        self.assertNotContains(response, "search-results")

    def test_visit_list_has_a_search_box_for_the_results_page(self):
        response = self.client.get("/ru/relations/")

        self.assertContains(response, 'action="/ru/relations/search/"')
        self.assertContains(response, 'name="q"')


class VisibilityTests(TestCase):
    """Readers and anonymous API clients never find drafts or packages under embargo."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        VisitContentFactory(author=cls.editor, headline="Zanzibar talks, public", slug="public", published=True)
        VisitContentFactory(author=cls.editor, headline="Zanzibar talks, draft", slug="draft")
        embargo(
            VisitContentFactory(author=cls.editor, headline="Zanzibar talks, embargoed", slug="later", published=True),
            until=timezone.now() + datetime.timedelta(days=1),
        )

    def setUp(self):
        reload_urlconf()

    def test_readers_find_only_what_is_published_and_live(self):
        self.assertEqual(found_slugs("Zanzibar", "en"), ["public"])

    def test_results_page_shows_only_what_is_published_and_live(self):
        response = self.client.get("/en/relations/search/", {"q": "Zanzibar"})

        self.assertContains(response, "/en/relations/visits/public/")
        self.assertNotContains(response, "/visits/draft/")
        self.assertNotContains(response, "/visits/later/")

    def test_api_finds_embargoed_packages_only_for_partners_allowed_to_see_them(self):
        allowed = PartnerFactory(can_see_embargoed=True)
        anonymous = self.client.get(VISITS, {"q": "Zanzibar"}).json()["results"]
        partner = self.client.get(VISITS, {"q": "Zanzibar"}, HTTP_AUTHORIZATION=f"Token {allowed.token}")

        self.assertEqual([row["slug"] for row in anonymous], ["public"])
        self.assertEqual(sorted(row["slug"] for row in partner.json()["results"]), ["later", "public"])


class SafetyTests(TestCase):
    """Whatever a reader types, the page answers, and nothing typed or stored reaches it as markup."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        VisitContentFactory(
            author=cls.editor,
            headline="Talks on <b>trade</b> in Belgrade",
            summary='Trade <img src=x onerror="alert(1)"> grew.',
            slug="markup",
            published=True,
        )

    def setUp(self):
        reload_urlconf()

    def test_the_query_is_escaped_on_the_page(self):
        response = self.client.get("/en/relations/search/", {"q": "<script>alert(1)</script>"})

        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "<script>alert(1)")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")

    def test_stored_markup_is_escaped_before_the_words_are_marked(self):
        response = self.client.get("/en/relations/search/", {"q": "trade"})

        self.assertContains(response, "&lt;b&gt;<mark>trade</mark>&lt;/b&gt;")
        self.assertNotContains(response, "<img")

    def test_marks_in_the_stored_text_are_no_markup_either(self):
        hit = search.search_hits(search.search_packages("trade", language="en"), "trade")[0]

        self.assertNotIn("<b>", hit.headline)
        self.assertEqual(hit.headline.count("<mark>"), 1)

    def test_a_query_too_long_is_a_400_naming_it(self):
        response = self.client.get("/en/relations/search/", {"q": "x" * (search.MAX_QUERY_LENGTH + 1)})

        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "“q”", status_code=400)

    def test_control_characters_are_a_400(self):
        response = self.client.get("/en/relations/search/", {"q": "trade\x00"})

        self.assertEqual(response.status_code, 400)

    def test_any_printable_query_is_searched(self):
        for query in ("trade & | ! ( ) :* '", "a\\b", "%_", '"trade', "-trade", "😀", "trade" * 40):
            with self.subTest(query=query):
                self.assertEqual(self.client.get("/en/relations/search/", {"q": query}).status_code, 200)

    def test_an_empty_query_shows_the_search_box_only(self):
        response = self.client.get("/en/relations/search/", {"q": "  "})

        self.assertContains(response, 'name="q"')
        self.assertNotContains(response, "No published visits match")


class QueryBudgetTests(TestCase):
    """A results page costs the same number of queries whether it shows one package or a full page."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        for n in range(15):
            package = VisitContentFactory(author=cls.editor, headline=f"Summit {n}", slug=f"summit-{n}")
            QuoteFactory(visit_content=package, text="We agreed on pipelines.")
            AgreementFactory(visit_content=package, title="Pipeline memorandum")
            Version.objects.get_for_content(package).publish(cls.editor)

    def setUp(self):
        reload_urlconf()

    def queries(self, query, **params):
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get("/en/relations/search/", {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        return [entry["sql"] for entry in captured], response

    def test_one_result_and_a_full_page_cost_the_same(self):
        one, response = self.queries("Summit 7")
        self.assertContains(response, 'class="search-results__title"', count=1)
        full, response = self.queries("pipelines")
        self.assertContains(response, 'class="search-results__title"', count=get_setting("PAGINATE_BY"))

        # The CMS's own page and menu lookups get fewer as its caches fill; the page's own queries never change.
        self.assertEqual(len(own(one)), len(own(full)))

    def test_packages_are_read_in_two_queries_whatever_the_page(self):
        for page in ("1", "2"):
            with self.subTest(page=page):
                captured, _response = self.queries("pipelines", page=page)
                # 1. the count of results (the paginator), 2. the page's packages, each row with its relation,
                # lead photo, rank, marked headline and snippet (and the first matching item, without PostgreSQL)
                self.assertEqual(len(own(captured)), 2, own(captured))


@override_settings(RELATIONS_PLUGIN_PAGE_CACHE_SECONDS=60)
class PageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        VisitContentFactory(author=cls.editor, headline="Zanzibar talks", slug="zanzibar", published=True)

    def setUp(self):
        reload_urlconf()
        cache.clear()

    def test_each_query_has_its_own_cached_page(self):
        first = self.client.get("/en/relations/search/", {"q": "Zanzibar"})
        other = self.client.get("/en/relations/search/", {"q": "Belgrade"})

        self.assertContains(first, "/en/relations/visits/zanzibar/")
        self.assertNotContains(other, "/en/relations/visits/zanzibar/")


class ApiSearchTests(APITestCase):
    """The API's ``q`` is the readers' search, best match first."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO())
        editor = UserFactory()
        cls.summary_only = VisitContentFactory(
            author=editor, headline="Energy talks", summary="Pipelines to Zanzibar were discussed.", published=True
        )
        cls.in_headline = VisitContentFactory(
            author=editor, headline="Zanzibar pipelines summit", summary="Talks.", published=True
        )

    def slugs(self, **params):
        response = self.client.get(VISITS, params)
        self.assertEqual(response.status_code, 200, response.content)
        return [row["slug"] for row in response.json()["results"]]

    def test_q_finds_the_demo_package_in_each_language(self):
        for language, query in (("en", "Tokayev"), ("ru", "визита"), ("kk", "Белград")):
            with self.subTest(language=language):
                self.assertEqual(self.slugs(q=query, language=language), [VISIT_SLUG])

    def test_results_come_best_match_first(self):
        # The summary-only match was modified first, so the order of modification would put it first.
        self.assertEqual(self.slugs(q="Zanzibar pipelines"), [self.in_headline.slug, self.summary_only.slug])

    def test_cursor_pages_walk_every_result_once_in_rank_order(self):
        first = self.client.get(VISITS, {"q": "Zanzibar", "page_size": 1}).json()
        second = self.client.get(first["next"]).json()

        self.assertEqual(
            [row["slug"] for row in first["results"] + second["results"]],
            [self.in_headline.slug, self.summary_only.slug],
        )
        self.assertIsNone(second["next"])

    def test_punctuation_alone_finds_nothing(self):
        self.assertEqual(self.slugs(q="!!!"), [])

    def test_a_query_too_long_is_a_400_naming_q(self):
        response = self.client.get(VISITS, {"q": "x" * (search.MAX_QUERY_LENGTH + 1)})

        self.assertEqual(response.status_code, 400)
        self.assertIn("q", response.json()["errors"])

    def test_a_bad_rank_cursor_is_a_400(self):
        response = self.client.get(VISITS, {"q": "Zanzibar", "cursor": "bm90LWEtY3Vyc29y"})

        self.assertEqual(response.status_code, 400)
        self.assertIn("cursor", response.json()["errors"])


class SearchPageInChromiumTests(ChromiumTestCase):
    """The results page fits a phone's screen (375 px) without WCAG violations (axe-core), as every reader page."""

    load_every_image = test_browser.ReaderBrowserTests.load_every_image
    axe_violations = test_browser.ReaderBrowserTests.axe_violations
    assert_fits_a_phone = test_narrow_screens.NarrowScreenTests.assert_fits_a_phone

    def setUp(self):
        super().setUp()
        editor = UserFactory()
        create_apphook_page(user=editor)
        package = build_story_package(author=editor, slug="phone-story")
        package.summary = f"Belgrade {test_narrow_screens.LONG_WORD} {test_narrow_screens.LONG_URL}"
        package.save()
        reload_urlconf()
        self.page = self.new_page(**test_narrow_screens.PHONE)

    def test_results_and_no_results_pages_fit_a_phone(self):
        for path in ("/en/relations/search/?q=Belgrade", "/ru/relations/search/?q=Zanzibar"):
            with self.subTest(path=path):
                self.assert_fits_a_phone(path)
