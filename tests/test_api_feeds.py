"""Atom feeds of the latest published visits: all, per relation, per country, per language."""

from __future__ import annotations

import datetime
from xml.etree import ElementTree

from django.core.cache import cache
from django.test import TestCase
from django.utils import timezone

from .factories import UserFactory, VisitContentFactory, build_story_package, embargo

ATOM = "{http://www.w3.org/2005/Atom}"


class FeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.package = build_story_package(author=cls.editor, count=1, slug="in-belgrade")
        VisitContentFactory(author=cls.editor, slug="draft")
        embargo(
            VisitContentFactory(author=cls.editor, slug="embargoed", published=True),
            until=timezone.now() + datetime.timedelta(days=1),
        )
        build_story_package(author=cls.editor, count=0, slug="v-belgrade", language="ru")

    def setUp(self):
        cache.clear()

    def entries(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, response.content)
        self.assertTrue(response["Content-Type"].startswith("application/atom+xml"))
        return ElementTree.fromstring(response.content).findall(f"{ATOM}entry")

    def test_latest_visits_only_published(self):
        entries = self.entries("/api/v1/feeds/en/visits/")
        self.assertEqual([e.find(f"{ATOM}title").text for e in entries], [self.package.headline])

    def test_lead_photo_is_a_rendition_enclosure(self):
        (entry,) = self.entries("/api/v1/feeds/en/visits/")
        enclosure = next(link for link in entry.findall(f"{ATOM}link") if link.get("rel") == "enclosure")
        self.assertIn("800x600", enclosure.get("href"))
        self.assertEqual(enclosure.get("type"), "image/jpeg")
        self.assertGreater(int(enclosure.get("length")), 0, "the rendition was generated when the image was saved")

    def test_per_relation_country_and_language(self):
        self.assertEqual(len(self.entries("/api/v1/feeds/en/visits/relation/kazakhstan-serbia/")), 1)
        self.assertEqual(len(self.entries("/api/v1/feeds/en/visits/country/rs/")), 1)
        self.assertEqual(len(self.entries("/api/v1/feeds/en/visits/country/CN/")), 0)
        russian = self.entries("/api/v1/feeds/ru/visits/")
        self.assertEqual([e.find(f"{ATOM}id").text for e in russian], [
            "http://testserver/api/v1/visits/v-belgrade/?language=ru"
        ])  # fmt: skip

    def test_unknown_language_relation_or_country_is_404(self):
        for url in (
            "/api/v1/feeds/fr/visits/",
            "/api/v1/feeds/en/visits/relation/nowhere/",
            "/api/v1/feeds/en/visits/country/XX/",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)
