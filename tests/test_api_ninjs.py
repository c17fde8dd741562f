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

from relations_plugin import renditions

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
        for image in renditions.package_images(cls.package):  # the task runner's work after the publish
            renditions.ensure_made(image)

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


def links(value, found=None) -> list[str]:
    """Every ``uri`` and ``href`` in a ninjs document, nested ones included."""
    found = [] if found is None else found
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("uri", "href") and isinstance(item, str):
                found.append(item)
            else:
                links(item, found)
    elif isinstance(value, list):
        for item in value:
            links(item, found)
    return found


EXTERNAL = ("http://www.iso.org/", "http://www.iptc.org/")


class NinjsLinkTests(TestCase):
    """Every link in every ninjs document of the demo answers 200, with the same document in the same version."""

    @classmethod
    def setUpTestData(cls):
        from io import StringIO

        from django.core.management import call_command

        call_command("load_demo", stdout=StringIO())

    def setUp(self):
        cache.clear()
        self.client = APIClient()

    def follow(self, url: str) -> None:
        from django.conf import settings
        from django.core.files.storage import default_storage

        self.assertTrue(url.startswith("http://127.0.0.1:8000/"), url)
        path = url.removeprefix("http://127.0.0.1:8000")
        if path.startswith(settings.MEDIA_URL):
            self.assertTrue(default_storage.exists(path.removeprefix(settings.MEDIA_URL)), url)
            return
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, url)
        self.assertNotIn(b"example.com", response.content)
        if "format=ninjs" in url:
            self.assertEqual(response["Content-Type"], "application/ninjs+json")
            self.assertEqual(response.json()["uri"], url)

    def test_every_link_of_every_demo_document_answers(self):
        followed = 0
        for language in ("en", "ru", "kk"):
            for version in ("2.2", "3.1"):
                response = self.client.get(
                    "/api/v1/visits/", {"format": "ninjs", "version": version, "language": language}
                )
                self.assertNotIn(b"example.com", response.content)
                documents = response.json()["results"]
                for document in documents:
                    validate(document, version)
                    for url in links(document):
                        if not url.startswith(EXTERNAL):
                            with self.subTest(language=language, version=version, url=url):
                                self.follow(url)
                                followed += 1
        self.assertGreater(followed, 20)

    def test_a_visit_uri_keeps_format_version_and_language_in_one_query(self):
        document = self.client.get("/api/v1/visits/", {"format": "ninjs", "version": "3.1", "language": "ru"}).json()
        uri = document["results"][0]["uri"]
        self.assertEqual(uri.count("?"), 1)
        self.assertTrue(uri.endswith("?format=ninjs&language=ru&version=3.1"), uri)


class NinjsCorrectionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.package = build_story_package(author=cls.editor, count=1, slug="tokayev-in-belgrade")

    def setUp(self):
        cache.clear()
        self.client = APIClient()

    def correct(self, note: str):
        from relations_plugin import services

        draft = services.content_create_draft(content=self.package, by=self.editor)
        type(draft)._base_manager.filter(pk=draft.pk).update(correction_note=note)
        services.content_publish(content=draft, by=self.editor)

    def test_version_counts_publications_and_a_correction_says_what_changed(self):
        url = "/api/v1/visits/tokayev-in-belgrade/"
        self.assertEqual(self.client.get(url, {"format": "ninjs"}).json()["version"], "1")
        self.assertIsNone(self.client.get(url).json()["correction"])
        self.correct("The date of the signing was corrected.")
        for version in ("2.2", "3.1"):
            with self.subTest(version=version):
                document = self.client.get(url, {"format": "ninjs", "version": version}).json()
                validate(document, version)
                self.assertEqual(document["version"], "2")
                self.assertIn(
                    {
                        "role": "correction",
                        "contenttype" if version == "2.2" else "contentType": "text/plain",
                        "value": "The date of the signing was corrected.",
                    },
                    document["descriptions"],
                )
        data = self.client.get(url).json()
        self.assertEqual((data["version"], data["correction"]["note"]), (2, "The date of the signing was corrected."))
        self.assertEqual(data["correction"]["corrected_at"], data["modified_at"])
        listed = self.client.get("/api/v1/visits/").json()["results"][0]
        self.assertEqual(listed["version"], 2)
