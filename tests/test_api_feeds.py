"""Atom feeds of the latest published visits: all, per relation, per country, per language."""

from __future__ import annotations

import datetime
from xml.etree import ElementTree

from django.contrib.sites.models import Site
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.utils import timezone

from .factories import (
    RelationFactory,
    UserFactory,
    VisitContentFactory,
    VisitFactory,
    build_story_package,
    embargo,
)

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

    def test_a_relation_only_drafts_or_embargoed_packages_show_answers_like_an_unknown_one(self):
        draft_only = VisitFactory(relation=RelationFactory(country_a="FR", country_b="KZ"))
        VisitContentFactory(author=self.editor, visit=draft_only, slug="draft-only")
        embargoed_only = VisitFactory(relation=RelationFactory(country_a="DE", country_b="KZ"))
        embargo(
            VisitContentFactory(author=self.editor, visit=embargoed_only, slug="embargoed-only", published=True),
            until=timezone.now() + datetime.timedelta(days=1),
        )
        unknown = self.client.get("/api/v1/feeds/en/visits/relation/nowhere/")
        for visit in (draft_only, embargoed_only):
            with self.subTest(relation=visit.relation.slug):
                response = self.client.get(f"/api/v1/feeds/en/visits/relation/{visit.relation.slug}/")
                self.assertEqual((response.status_code, response.content), (404, unknown.content))


class FeedHeaderTests(TestCase):
    """Author, plain-text summaries, absolute links on the configured site, conditional GET and WebSub."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.package = build_story_package(author=cls.editor, count=1, slug="in-belgrade")
        Site.objects.update_or_create(pk=1, defaults={"domain": "news.example.org", "name": "Agency newsroom"})

    def setUp(self):
        cache.clear()

    def test_entries_link_to_the_configured_site_with_an_author_and_a_text_summary(self):
        response = self.client.get("/api/v1/feeds/en/visits/")
        self.assertNotIn(b"example.com", response.content)
        feed = ElementTree.fromstring(response.content)
        self.assertEqual(feed.find(f"{ATOM}author/{ATOM}name").text, "Agency newsroom")
        (entry,) = feed.findall(f"{ATOM}entry")
        self.assertEqual(
            entry.find(f"{ATOM}id").text, "https://news.example.org/api/v1/visits/in-belgrade/?language=en"
        )
        summary = entry.find(f"{ATOM}summary")
        self.assertEqual((summary.get("type"), summary.text), ("text", self.package.summary))
        self.assertTrue(
            all(link.get("href").startswith("https://news.example.org/") for link in feed.iter(f"{ATOM}link"))
        )

    def test_conditional_get_answers_304(self):
        response = self.client.get("/api/v1/feeds/en/visits/")
        self.assertIn("max-age=60", response["Cache-Control"])
        self.assertEqual(
            self.client.get("/api/v1/feeds/en/visits/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code, 304
        )
        since = response["Last-Modified"]
        self.assertEqual(self.client.get("/api/v1/feeds/en/visits/", HTTP_IF_MODIFIED_SINCE=since).status_code, 304)

    def test_websub_hub_link_only_when_configured(self):
        hub_links = lambda: [  # noqa: E731
            link.get("href")
            for link in ElementTree.fromstring(self.client.get("/api/v1/feeds/en/visits/").content).iter(f"{ATOM}link")
            if link.get("rel") == "hub"
        ]
        self.assertEqual(hub_links(), [])
        with override_settings(RELATIONS_PLUGIN_WEBSUB_HUB="https://hub.example.org/"):
            self.assertEqual(hub_links(), ["https://hub.example.org/"])

    def test_the_language_of_one_feed_does_not_leak_into_the_next_request(self):
        from django.utils import translation

        self.client.get("/api/v1/feeds/ru/visits/")
        self.assertEqual(translation.get_language(), "en")
