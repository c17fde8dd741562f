"""IPTC ninjs: every document the API serves validates against IPTC's own JSON Schema for its version."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import jsonschema
from django.core.cache import cache
from django.test import TestCase
from django.utils import timezone
from rest_framework.test import APIClient

from .factories import PartnerFactory, UserFactory, VisitContentFactory, build_story_package, embargo

SCHEMAS = {
    version: json.loads((Path(__file__).parent / "data" / "ninjs" / f"ninjs-schema_{version}.json").read_text())
    for version in ("2.2", "3.1")
}


def validate(document: dict, version: str) -> None:
    schema = SCHEMAS[version]
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    if errors:
        raise AssertionError("\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10]))


class NinjsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.package = build_story_package(author=cls.editor, count=1, slug="tokayev-in-belgrade")

    def setUp(self):
        cache.clear()
        self.client = APIClient()

    def get(self, slug, version=None, language="en", **headers):
        params = {"format": "ninjs", "language": language}
        if version:
            params["version"] = version
        response = self.client.get(f"/api/v1/visits/{slug}/", params, **headers)
        self.assertEqual(response.status_code, 200, response.content)
        return response

    def test_demo_like_package_is_a_valid_composite_in_both_versions(self):
        for version in ("2.2", "3.1"):
            with self.subTest(version=version):
                response = self.get("tokayev-in-belgrade", version)
                self.assertEqual(response["Content-Type"], "application/ninjs+json")
                document = response.json()
                validate(document, version)
                self.assertEqual(document["type"], "composite")
                self.assertEqual(document["standard"]["version"], version)
                types = sorted({a["type"] for a in document["associations"]})
                self.assertEqual(types, ["picture", "text"])
                names = [a["name"] for a in document["associations"]]
                self.assertIn("quote-1", names)
                self.assertIn("agreement-1", names)
                self.assertIn("photo-1", names)
                self.assertIn("article-1", names)
                quote = next(a for a in document["associations"] if a["name"] == "quote-1")
                self.assertEqual(quote["people"][0]["rel"], "speaker")
                photo = next(a for a in document["associations"] if a["name"] == "photo-1")
                self.assertEqual([r["name"] for r in photo["renditions"]], ["thumbnail", "medium", "large"])
                self.assertTrue(
                    all(
                        p["uri"].startswith("http://www.iso.org/obp/ui/#iso:code:3166:")
                        for p in document["places"][:2]
                    )
                )
        self.assertIn("pubstatus", self.get("tokayev-in-belgrade", "2.2").json())
        self.assertIn("pubStatus", self.get("tokayev-in-belgrade", "3.1").json())

    def test_accept_header_selects_ninjs(self):
        response = self.client.get("/api/v1/visits/tokayev-in-belgrade/", HTTP_ACCEPT="application/ninjs+json")
        self.assertEqual(response["Content-Type"], "application/ninjs+json")
        validate(response.json(), "2.2")

    def test_packages_of_every_shape_validate(self):
        bare = VisitContentFactory(author=self.editor, slug="bare", published=True, summary="")
        many = build_story_package(author=self.editor, count=12, slug="many")
        russian = build_story_package(author=self.editor, count=2, slug="v-belgrade", language="ru")
        kazakh = build_story_package(author=self.editor, count=0, slug="belgradta", language="kk")
        cases = [(bare, "en"), (many, "en"), (russian, "ru"), (kazakh, "kk")]
        for content, language in cases:
            for version in ("2.2", "3.1"):
                with self.subTest(slug=content.slug, version=version):
                    document = self.get(content.slug, version, language).json()
                    validate(document, version)
                    self.assertEqual(document["language"], language)

    def test_list_in_ninjs_holds_valid_documents(self):
        response = self.client.get("/api/v1/visits/", {"format": "ninjs", "version": "3.1"})
        results = response.json()["results"]
        self.assertTrue(results)
        for document in results:
            validate(document, "3.1")

    def test_embargo_time_is_in_the_document(self):
        go_live = timezone.now() + datetime.timedelta(hours=6)
        embargo(VisitContentFactory(author=self.editor, slug="later", published=True), until=go_live)
        partner = PartnerFactory(can_see_embargoed=True)
        auth = {"HTTP_AUTHORIZATION": f"Token {partner.token}"}
        for version, key in (("2.2", "embargoed"), ("3.1", "embargoedUntil")):
            with self.subTest(version=version):
                document = self.get("later", version, **auth).json()
                validate(document, version)
                self.assertEqual(
                    datetime.datetime.fromisoformat(document[key]).replace(microsecond=0),
                    go_live.replace(microsecond=0),
                )
