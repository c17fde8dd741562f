"""Syndication API: JSON shape, per-language content, filters and 400s, cursor pagination, conditional GET,
partners, embargo and throttling, query budgets."""

from __future__ import annotations

import datetime

from django.core.cache import cache
from django.test import TestCase, override_settings
from django.utils import timezone
from djangocms_versioning.models import Version
from rest_framework.test import APIClient

from relations_plugin import renditions, services

from .factories import (
    PartnerFactory,
    UserFactory,
    VisitContentFactory,
    build_story_package,
    embargo,
)

VISITS = "/api/v1/visits/"


class APITestCase(TestCase):
    def setUp(self):
        cache.clear()  # throttling counters live in the cache (locmem here, Redis on CI)
        self.client = APIClient()


class VisitDetailTests(APITestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.content = build_story_package(author=cls.editor, count=1, slug="tokayev-in-belgrade")
        for image in renditions.package_images(cls.content):  # the task runner's work after the publish
            renditions.ensure_made(image)

    def test_detail_has_the_whole_package(self):
        response = self.client.get(f"{VISITS}tokayev-in-belgrade/")
        self.assertEqual(response.status_code, 200, response.content)
        data = response.json()
        quote = self.content.quotes.get()
        agreement = self.content.agreements.get()
        photo = self.content.photos.get()
        self.assertEqual(
            list(data),
            [
                "id", "status", "slug", "version", "correction", "url", "web_url", "language", "translations",
                "headline", "summary", "visit_type", "starts_on", "ends_on",
                "city", "venue", "relation", "guest_country", "host_country", "lead_photo", "modified_at",
                "embargoed_until", "participants", "programme", "quotes", "agreements", "photos", "articles",
            ],
        )  # fmt: skip
        self.assertEqual(data["url"], "http://testserver/api/v1/visits/tokayev-in-belgrade/?language=en")
        self.assertEqual(
            (data["relation"], data["guest_country"], data["host_country"]), ("kazakhstan-serbia", "KZ", "RS")
        )
        self.assertIsNone(data["embargoed_until"])
        self.assertEqual(
            [(p["person"]["name"], p["role"]) for p in data["participants"]],
            [("Kassym-Jomart Tokayev", "head_of_state"), ("Aleksandar Vučić", "head_of_state")],
        )
        self.assertEqual(
            data["quotes"][0],
            {
                "id": quote.pk,
                "url": f"http://testserver/api/v1/quotes/{quote.pk}/?language=en",
                "text": "Both countries have similar positions",
                "kind": "direct",
                "context": "at the joint press briefing",
                "said_on": "2024-11-19",
                "speaker": {
                    "slug": quote.speaker.slug,
                    "url": f"http://testserver/api/v1/people/{quote.speaker.slug}/",
                    "name": "Kassym-Jomart Tokayev",
                    "native_name": "",
                    "country": "KZ",
                    "title": "President of Kazakhstan",
                },
                "source": {
                    "article": data["articles"][0]["article"],
                    "start_offset": quote.start_offset,
                    "end_offset": quote.end_offset,
                },
            },
        )
        self.assertEqual(
            sorted(s["name"] for s in data["agreements"][0]["signatories"]),
            ["Aleksandar Vučić", "Kassym-Jomart Tokayev"],
        )
        self.assertEqual(data["agreements"][0]["id"], agreement.pk)
        self.assertTrue(data["agreements"][0]["document_url"].startswith("http://testserver/media/"))
        self.assertEqual(data["photos"][0]["id"], photo.pk)
        self.assertEqual(
            [(r["name"], r["width"], r["height"], r["type"]) for r in data["photos"][0]["renditions"]],
            [
                ("thumbnail", 320, 240, "image/jpeg"),
                ("medium", 800, 533, "image/jpeg"),
                ("large", 1200, 800, "image/jpeg"),
            ],
        )
        self.assertTrue(all(r["href"].startswith("http://testserver/media/") for r in data["photos"][0]["renditions"]))
        self.assertEqual(data["articles"][0]["role"], "main")
        self.assertEqual(data["articles"][0]["article"]["language"], "en")

    def test_rendition_sizes_match_the_generated_files(self):
        from django.core.files.storage import default_storage
        from PIL import Image

        from relations_plugin.renditions import image_renditions

        image = self.content.photos.get().image
        for rendition in image_renditions(image):
            with self.subTest(rendition=rendition.name):
                name = rendition.url.removeprefix(default_storage.base_url)
                with default_storage.open(name) as fp, Image.open(fp) as generated:
                    self.assertEqual(generated.size, (rendition.width, rendition.height))

    def test_draft_is_404(self):
        VisitContentFactory(author=self.editor, slug="draft-visit")
        self.assertEqual(self.client.get(f"{VISITS}draft-visit/").status_code, 404)
        self.assertNotIn("draft-visit", [v["slug"] for v in self.client.get(VISITS).json()["results"]])

    def test_a_new_draft_does_not_change_the_published_package(self):
        draft = services.content_create_draft(content=self.content, by=self.editor)
        draft.headline = "Changed in the draft"
        draft.save()
        self.assertEqual(self.client.get(f"{VISITS}tokayev-in-belgrade/").json()["headline"], self.content.headline)

    def test_language_from_parameter_and_accept_language(self):
        russian = VisitContentFactory(
            author=self.editor, visit=self.content.visit, language="ru", slug="tokayev-v-belgrade",
            headline="Токаев в Белграде", published=True,
        )  # fmt: skip
        by_param = self.client.get(f"{VISITS}tokayev-v-belgrade/", {"language": "ru"})
        self.assertEqual(by_param.json()["headline"], russian.headline)
        self.assertEqual(by_param["Content-Language"], "ru")
        by_header = self.client.get(VISITS, HTTP_ACCEPT_LANGUAGE="ru")
        self.assertEqual([v["slug"] for v in by_header.json()["results"]], ["tokayev-v-belgrade"])
        self.assertEqual(self.client.get(f"{VISITS}tokayev-v-belgrade/").status_code, 404, "English by default")

    def test_list_rows_are_teasers(self):
        row = self.client.get(VISITS).json()["results"][0]
        self.assertEqual(row["slug"], "tokayev-in-belgrade")
        self.assertNotIn("quotes", row)
        self.assertEqual(row["lead_photo"]["alt_text"], self.content.lead_photo_alt)


class BadParameterTests(APITestCase):
    def assert_400_names(self, params, name, url=VISITS):
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 400, response.content)
        self.assertEqual(response["Content-Type"], "application/problem+json")
        self.assertIn(name, response.json()["errors"])

    def test_bad_values_are_400_naming_the_parameter(self):
        cases = [
            ({"country": "XX"}, "country"),
            ({"date_from": "2024-13-45"}, "date_from"),
            ({"updated_since": "yesterday"}, "updated_since"),
            ({"page_size": "10000"}, "page_size"),
            ({"page_size": "0"}, "page_size"),
            ({"language": "fr"}, "language"),
            ({"relation": "nowhere"}, "relation"),
            ({"person": "nobody"}, "person"),
            ({"sphere": "hydroponics"}, "sphere"),
            ({"kind": "secret"}, "kind"),
            ({"cursor": "not-a-cursor"}, "cursor"),
            ({"version": "9.9"}, "version"),
            ({"colour": "blue"}, "colour"),
        ]
        for params, name in cases:
            with self.subTest(params=params):
                self.assert_400_names(params, name)

    def test_other_resources_validate_too(self):
        for url in ("/api/v1/quotes/", "/api/v1/agreements/", "/api/v1/articles/", "/api/v1/people/"):
            with self.subTest(url=url):
                self.assert_400_names({"page_size": "500"}, "page_size", url)


class FilterTests(APITestCase):
    @classmethod
    def setUpTestData(cls):
        from .factories import AgreementFactory, RelationFactory, VisitFactory

        cls.editor = UserFactory()
        cls.serbia = build_story_package(author=cls.editor, slug="in-serbia")
        relation = RelationFactory(country_a="CN", country_b="KZ")
        cls.china = VisitContentFactory(
            author=cls.editor, visit=VisitFactory(relation=relation, guest_country="KZ", host_country="CN"),
            slug="in-china", headline="State visit to Beijing", visit_type="state",
            starts_on=datetime.date(2025, 9, 1), ends_on=datetime.date(2025, 9, 3),
        )  # fmt: skip
        AgreementFactory(visit_content=cls.china, sphere="energy")
        Version.objects.get_for_content(cls.china).publish(cls.editor)

    def slugs(self, **params):
        response = self.client.get(VISITS, params)
        self.assertEqual(response.status_code, 200, response.content)
        return sorted(v["slug"] for v in response.json()["results"])

    def test_filters(self):
        person = self.serbia.participations.first().person
        self.assertEqual(self.slugs(country="RS"), ["in-serbia"])
        self.assertEqual(self.slugs(country="KZ"), ["in-china", "in-serbia"])
        self.assertEqual(self.slugs(relation="china-kazakhstan"), ["in-china"])
        self.assertEqual(self.slugs(person=person.slug), ["in-serbia"])
        self.assertEqual(self.slugs(sphere="energy"), ["in-china"])
        self.assertEqual(self.slugs(kind="state"), ["in-china"])
        self.assertEqual(self.slugs(date_from="2025-01-01"), ["in-china"])
        self.assertEqual(self.slugs(date_to="2024-12-31"), ["in-serbia"])
        self.assertEqual(self.slugs(q="beijing"), ["in-china"])
        self.assertEqual(self.slugs(q="similar positions"), ["in-serbia"])

    def test_updated_since_picks_up_a_republished_package(self):
        later = timezone.now() + datetime.timedelta(seconds=1)
        self.assertEqual(self.slugs(updated_since=later.isoformat()), [])
        draft = services.content_create_draft(content=self.serbia, by=self.editor)
        with self.settings(USE_TZ=True):
            from unittest import mock

            with mock.patch("django.utils.timezone.now", return_value=later + datetime.timedelta(seconds=5)):
                services.content_publish(content=draft, by=self.editor)
        self.assertEqual(self.slugs(updated_since=later.isoformat()), ["in-serbia"])

    def test_quote_and_agreement_filters(self):
        speaker = self.serbia.quotes.first().speaker
        quotes = self.client.get("/api/v1/quotes/", {"person": speaker.slug}).json()["results"]
        self.assertEqual([q["speaker"]["slug"] for q in quotes], [speaker.slug])
        agreements = self.client.get("/api/v1/agreements/", {"sphere": "energy"}).json()["results"]
        self.assertEqual([a["visit"]["slug"] for a in agreements], ["in-china"])


class CursorPaginationTests(APITestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        for n in range(5):
            VisitContentFactory(author=cls.editor, slug=f"visit-{n}", published=True)

    def test_pages_cover_every_package_once_in_modification_order(self):
        seen, url = [], VISITS + "?page_size=2"
        while url:
            data = self.client.get(url).json()
            self.assertLessEqual(len(data["results"]), 2)
            seen += [(v["modified_at"], v["slug"]) for v in data["results"]]
            url = data["next"]
        self.assertEqual([slug for _, slug in seen], [f"visit-{n}" for n in range(5)])
        self.assertEqual(seen, sorted(seen))

    def test_a_package_changed_while_paging_moves_behind_the_cursor(self):
        first = self.client.get(VISITS, {"page_size": 2}).json()
        changed = VisitContentFactory._meta.model.objects.get(slug="visit-0")
        VisitContentFactory._meta.model.objects.filter(pk=changed.pk).update(
            updated_at=timezone.now() + datetime.timedelta(seconds=1)
        )
        rest, url = [], first["next"]
        while url:
            data = self.client.get(url).json()
            rest += [v["slug"] for v in data["results"]]
            url = data["next"]
        self.assertEqual(rest, ["visit-2", "visit-3", "visit-4", "visit-0"], "no gap, the change comes last")


class ConditionalGetTests(APITestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        VisitContentFactory(author=cls.editor, slug="cached", published=True)

    def test_etag_and_last_modified_give_304(self):
        for url in (VISITS, f"{VISITS}cached/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertIn("public", response["Cache-Control"])
                self.assertTrue(response["ETag"])
                again = self.client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
                self.assertEqual(again.status_code, 304)
                since = self.client.get(url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
                self.assertEqual(since.status_code, 304)
                self.assertEqual(self.client.get(url, HTTP_IF_NONE_MATCH='"other"').status_code, 200)

    def test_partners_get_private_caching(self):
        partner = PartnerFactory()
        response = self.client.get(VISITS, HTTP_AUTHORIZATION=f"Token {partner.token}")
        self.assertIn("private", response["Cache-Control"])
        self.assertNotIn("public", response["Cache-Control"])


class PartnerAndEmbargoTests(APITestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.go_live = timezone.now() + datetime.timedelta(days=1)
        cls.content = embargo(
            VisitContentFactory(author=cls.editor, slug="embargoed", published=True), until=cls.go_live
        )
        cls.insider = PartnerFactory(can_see_embargoed=True)
        cls.outsider = PartnerFactory()

    def get(self, url, partner=None, **params):
        headers = {"HTTP_AUTHORIZATION": f"Token {partner.token}"} if partner else {}
        return self.client.get(url, params, **headers)

    def test_embargoed_package_does_not_exist_for_the_public_and_other_partners(self):
        for partner in (None, self.outsider):
            with self.subTest(partner=partner):
                self.assertEqual(self.get(f"{VISITS}embargoed/", partner).status_code, 404)
                self.assertEqual(self.get(VISITS, partner).json()["results"], [])
                self.assertEqual(self.get("/api/v1/feeds/en/visits/", partner).content.count(b"<entry>"), 0)

    def test_allowed_partner_sees_it_marked_with_the_embargo_time(self):
        detail = self.get(f"{VISITS}embargoed/", self.insider).json()
        self.assertEqual(
            datetime.datetime.fromisoformat(detail["embargoed_until"]),
            self.go_live.replace(microsecond=self.go_live.microsecond),
        )
        self.assertEqual([v["slug"] for v in self.get(VISITS, self.insider).json()["results"]], ["embargoed"])
        ninjs = self.get(f"{VISITS}embargoed/", self.insider, format="ninjs").json()
        self.assertIn("embargoed", ninjs)

    def test_bad_or_inactive_token_is_401(self):
        inactive = PartnerFactory(is_active=False)
        for header in ("Token nonsense", f"Token {inactive.token}", "Token a b"):
            with self.subTest(header=header):
                response = self.client.get(VISITS, HTTP_AUTHORIZATION=header)
                self.assertEqual(response.status_code, 401)
                self.assertEqual(response["WWW-Authenticate"], "Token")

    def test_writes_are_refused(self):
        self.assertEqual(self.client.post(VISITS, {}).status_code, 405)


class ThrottlingTests(APITestCase):
    @override_settings(
        REST_FRAMEWORK={
            **__import__("django.conf").conf.settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {"anon": "3/minute"},
        }
    )
    def test_anonymous_clients_get_429_with_retry_after(self):
        statuses = [self.client.get("/api/v1/relations/").status_code for _ in range(4)]
        self.assertEqual(statuses, [200, 200, 200, 429])
        response = self.client.get("/api/v1/relations/")
        self.assertTrue(int(response["Retry-After"]) > 0)
        self.assertIn("detail", response.json())

    def test_each_partner_has_its_own_rate(self):
        slow, fast = PartnerFactory(rate="2/minute"), PartnerFactory(rate="100/minute")
        slow_statuses = [
            self.client.get("/api/v1/relations/", HTTP_AUTHORIZATION=f"Token {slow.token}").status_code
            for _ in range(3)
        ]
        self.assertEqual(slow_statuses, [200, 200, 429])
        self.assertEqual(
            self.client.get("/api/v1/relations/", HTTP_AUTHORIZATION=f"Token {fast.token}").status_code, 200
        )


class QueryBudgetTests(APITestCase):
    """The same number of queries for 1 and for 50 packages."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.small = build_story_package(author=cls.editor, count=1, slug="small")
        cls.big = build_story_package(author=cls.editor, count=50, slug="big")

    def setUp(self):
        super().setUp()
        self.client.get("/api/v1/relations/")  # warm up: CMS' URL-conf revision and apphook URLs, once per process
        for slug in ("small", "big"):
            self.client.get(f"{VISITS}{slug}/")  # warm up: photo renditions are made on first use

    def test_detail_queries_are_constant(self):
        for slug in ("small", "big"):
            with self.subTest(slug=slug):
                # Before its document is compiled (tests/test_documents.py has the compiled detail's two queries):
                # 1 CMS' URL-conf revision (ApphookReloadMiddleware, every request of the site), 2 the package and its
                # document (none yet), 3 visit content + relation + lead photo (joins), 4 participations + people,
                # 5 programme, 6 quotes + speakers, 7 agreements + documents, 8 signatories, 9 photos + images,
                # 10 linked articles, 11 linked articles' published contents, 12 quoted articles' published contents
                with self.assertNumQueries(12):
                    self.assertEqual(self.client.get(f"{VISITS}{slug}/").status_code, 200)

    def test_list_queries_are_constant(self):
        for size in (1, 50):
            with self.subTest(size=size):
                # 1 CMS' URL-conf revision (ApphookReloadMiddleware),
                # 2 page of visit contents + relations + lead photos (joins); page size + 1 rows, no count query
                with self.assertNumQueries(2):
                    self.assertEqual(self.client.get(VISITS, {"page_size": size}).status_code, 200)

    def test_partner_adds_one_query(self):
        partner = PartnerFactory()
        # 1 CMS' URL-conf revision, 2 partner by token, 3 visit page
        with self.assertNumQueries(3):
            self.client.get(VISITS, HTTP_AUTHORIZATION=f"Token {partner.token}")
