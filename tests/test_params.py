"""Every reader and API parameter, whatever a stranger sends: never a 5xx; known bad inputs answer 400.

The property-based part (hypothesis) is bounded and derandomized, so CI is reproducible and the file stays
under about a minute.
"""

from __future__ import annotations

import base64
import datetime
import json

from django.core.cache import cache
from django.test import TestCase
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from .factories import UserFactory, build_story_package, create_apphook_page


def cursor(modified, pk) -> str:
    return base64.urlsafe_b64encode(json.dumps([modified, pk]).encode()).decode()


class PublishedPackageMixin:
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="params")
        create_apphook_page(user=cls.editor)
        cls.package = build_story_package(author=cls.editor, count=1, slug="tokayev-in-belgrade")
        from relations_plugin.models import ArticleContent

        article_id = cls.package.linked_articles.get().article_id
        cls.article_slug = ArticleContent.admin_manager.filter(article_id=article_id).get().slug
        cls.quote_pk = cls.package.quotes.get().pk

    def setUp(self):
        cache.clear()


API_PARAMETERS = {
    "/api/v1/visits/": [
        "country",
        "relation",
        "person",
        "sphere",
        "kind",
        "date_from",
        "date_to",
        "q",
        "updated_since",
        "language",
        "page_size",
        "version",
        "format",
    ],
    "/api/v1/quotes/": ["country", "relation", "visit", "person", "date_from", "date_to", "q", "updated_since"],
    "/api/v1/agreements/": ["country", "relation", "visit", "person", "sphere", "kind", "date_from", "date_to"],
    "/api/v1/articles/": ["date_from", "date_to", "q", "updated_since", "language", "page_size"],
    "/api/v1/people/": ["country", "q", "page_size"],
    "/api/v1/relations/": ["country", "page_size"],
}


class KnownBadInputTests(PublishedPackageMixin, TestCase):
    """The inputs that once answered 500 now answer 400 naming the parameter (or are read as absent)."""

    def assert_problem(self, url, params, name):
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 400, response.content[:300])
        self.assertEqual(response["Content-Type"], "application/problem+json")
        problem = response.json()
        self.assertEqual(problem["status"], 400)
        self.assertIn(name, problem["errors"])

    def test_api_parameters(self):
        cases = [
            ("/api/v1/visits/", {"page_size": "²"}, "page_size"),
            ("/api/v1/visits/", {"page_size": "٣"}, "page_size"),
            ("/api/v1/visits/", {"updated_since": "0001-01-01T00:00:00+14:00"}, "updated_since"),
            ("/api/v1/visits/", {"updated_since": "9999-12-31T23:59:59-14:00"}, "updated_since"),
            ("/api/v1/articles/", {"date_from": "0001-01-01T00:00:00+14:00"}, "date_from"),
            ("/api/v1/articles/", {"date_to": "9999-12-31T23:59:59-14:00"}, "date_to"),
            ("/api/v1/visits/", {"cursor": cursor("0001-01-01T00:00:00+14:00", 1)}, "cursor"),
            ("/api/v1/visits/", {"cursor": cursor("9999-12-31T23:59:59-14:00", 1)}, "cursor"),
            ("/api/v1/visits/", {"cursor": cursor("2024-11-18T10:00:00+00:00", True)}, "cursor"),
            ("/api/v1/visits/", {"cursor": cursor("2024-11-18T10:00:00+00:00", 10**30)}, "cursor"),
        ]
        for url, params, name in cases:
            with self.subTest(url=url, params=params):
                self.assert_problem(url, params, name)

    def test_empty_parameters_count_as_absent(self):
        for url, names in API_PARAMETERS.items():
            for name in [*names, "cursor"]:
                with self.subTest(url=url, name=name):
                    self.assertEqual(self.client.get(url, {name: ""}).status_code, 200)
        self.assertEqual(self.client.get("/api/v1/visits/tokayev-in-belgrade/", {"version": ""}).status_code, 200)

    def test_non_numeric_ids_get_the_apis_json_404(self):
        for url in ["/api/v1/quotes/abc/", "/api/v1/agreements/²/", f"/api/v1/quotes/{10**30}/"]:
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 404)
                self.assertEqual(response["Content-Type"], "application/problem+json")
                self.assertEqual(response.json()["status"], 404)

    def test_reader_parameters_answer_a_readable_400_page(self):
        cases = [
            ("/en/relations/", {"year": "²"}, "year"),
            ("/en/relations/", {"year": "9" * 30}, "year"),
            ("/en/relations/", {"year": "99999"}, "year"),
            (f"/en/relations/articles/{self.article_slug}/", {"quote": "²"}, "quote"),
            (f"/en/relations/articles/{self.article_slug}/", {"quote": str(10**30)}, "quote"),
        ]
        for url, params, name in cases:
            with self.subTest(url=url, params=params):
                response = self.client.get(url, params)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, f"The “{name}” part of the address is not valid", status_code=400)
                self.assertContains(response, 'lang="en"', status_code=400)

    def test_good_reader_parameters_still_work(self):
        self.assertEqual(self.client.get("/en/relations/", {"year": "2024"}).status_code, 200)
        self.assertEqual(self.client.get("/en/relations/", {"year": ""}).status_code, 200)
        article = f"/en/relations/articles/{self.article_slug}/"
        self.assertContains(self.client.get(article, {"quote": self.quote_pk}), f'id="quote-{self.quote_pk}"')


# What strangers send: unicode digits and letters, huge and negative integers, extreme dates in extreme
# time zones, empty strings, control characters.
_text = st.text(max_size=40)
_digits = st.text(alphabet="0123456789²³¹٣৩۵߂०", min_size=1, max_size=32)
_integers = st.integers(min_value=-(10**31), max_value=10**31).map(str)
_zones = st.sampled_from(["Z", "+14:00", "-14:00", "+00:00", "+05:30", "-12:00", ""])
_datetimes = st.builds(
    lambda moment, zone: moment.isoformat() + zone,
    st.datetimes(min_value=datetime.datetime(1, 1, 1), max_value=datetime.datetime.max),
    _zones,
)
_dates = st.dates().map(lambda day: day.isoformat())
VALUES = st.one_of(st.just(""), _text, _digits, _integers, _datetimes, _dates)
CURSORS = st.one_of(
    VALUES,
    st.builds(cursor, _datetimes, st.one_of(st.integers(min_value=-(10**31), max_value=10**31), st.booleans())),
)


PROPERTY_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


class NoServerErrorTests(PublishedPackageMixin, HypothesisTestCase):
    """No parameter value, alone or combined, makes the site answer 5xx."""

    def assert_no_5xx(self, url, params):
        response = self.client.get(url, params)
        self.assertLess(response.status_code, 500, (url, params))
        if url.startswith("/api/") and response.status_code >= 400:
            self.assertEqual(response["Content-Type"], "application/problem+json", (url, params))

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def test_api_lists(self, data):
        url = data.draw(st.sampled_from(sorted(API_PARAMETERS)))
        names = data.draw(st.lists(st.sampled_from(API_PARAMETERS[url]), min_size=1, max_size=3, unique=True))
        params = {name: data.draw(VALUES) for name in names}
        if data.draw(st.booleans()):
            params["cursor"] = data.draw(CURSORS)
        cache.clear()
        self.assert_no_5xx(url, params)

    @settings(PROPERTY_SETTINGS, max_examples=8)
    @given(value=st.one_of(_text.filter(lambda v: "/" not in v and v not in ("", ".", "..")), _integers, _digits))
    def test_api_ids_and_slugs(self, value):
        from urllib.parse import quote

        for collection in ["quotes", "agreements", "visits", "articles", "people", "relations"]:
            self.assert_no_5xx(f"/api/v1/{collection}/{quote(value, safe='')}/", {})

    @settings(PROPERTY_SETTINGS, max_examples=15)
    @given(params=st.fixed_dictionaries({}, optional=dict.fromkeys(["year", "country", "page"], VALUES)))
    def test_reader_list(self, params):
        cache.clear()
        self.assert_no_5xx("/en/relations/", params)

    @settings(PROPERTY_SETTINGS, max_examples=15)
    @given(value=VALUES)
    def test_reader_article_quote(self, value):
        cache.clear()
        self.assert_no_5xx(f"/en/relations/articles/{self.article_slug}/", {"quote": value})
