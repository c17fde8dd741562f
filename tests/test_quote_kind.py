"""A quote is direct, partial or reported; readers, partners and editors see which.

Reported speech is the speaker's meaning in the article's words, so reader pages show it without quotation marks
("Aleksandar Vučić said that ..."); JSON-LD, the API and ninjs name the kind; editors set it in the package form.
"""

import json
import re

from django.core.cache import cache
from django.test import TestCase
from django.urls import reverse
from djangocms_versioning.models import Version
from rest_framework.test import APIClient

from relations_plugin import constants
from relations_plugin.models import Quote, VisitContent

from .factories import (
    PersonFactory,
    QuoteFactory,
    RelationFactory,
    UserFactory,
    build_story_package,
)
from .test_api_ninjs import validate
from .utils import ApphookTestCase, package_post_data

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
REPORTED = "the two countries would open direct flights between Astana and Belgrade"


class QuoteKindModelTests(TestCase):
    def test_a_quote_is_direct_unless_told_otherwise(self):
        quote = QuoteFactory()
        self.assertEqual(quote.kind, constants.QuoteKind.DIRECT)
        self.assertFalse(quote.is_reported)

    def test_kinds_are_the_assistants_three(self):
        self.assertEqual(constants.QuoteKind.values, ["direct", "partial", "reported"])


class ReportedSpeechForReadersAndPartnersTests(ApphookTestCase):
    """One published package with a direct quote by Tokayev and a reported statement by Vučić."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.package = build_story_package(author=cls.editor, published=False, slug="reported-story")
        host = cls.package.participations.get(person__name="Aleksandar Vučić").person
        QuoteFactory(visit_content=cls.package, speaker=host, text=REPORTED, kind=constants.QuoteKind.REPORTED)
        Version.objects.get_for_content(cls.package).publish(cls.editor)

    def setUp(self):
        super().setUp()
        cache.clear()

    def story_html(self) -> str:
        response = self.client.get("/en/relations/visits/reported-story/")
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_reader_page_shows_reported_speech_without_quotation_marks(self):
        html = self.story_html()
        self.assertIn(f"Aleksandar Vučić said that {REPORTED}", html)
        reported = re.search(r'<figure class="quote quote--reported">(.*?)</figure>', html, re.S).group(1)
        self.assertNotIn("<blockquote", reported)
        self.assertNotRegex(reported, f'[“”"«»]{REPORTED[:20]}')

    def test_reader_page_shows_a_direct_quote_as_a_blockquote(self):
        html = self.story_html()
        self.assertRegex(html, r'<figure class="quote">\s*<blockquote class="quote__text"><p>Both countries')

    def test_json_ld_quotations_name_their_kind(self):
        data = json.loads(JSON_LD.search(self.story_html()).group(1))
        kinds = {part["text"]: part["genre"] for part in data["hasPart"]}
        self.assertEqual(kinds[REPORTED], "reported")
        self.assertEqual(kinds["Both countries have similar positions"], "direct")

    def test_api_quotes_name_their_kind(self):
        data = APIClient().get("/api/v1/visits/reported-story/").json()
        self.assertEqual({q["text"]: q["kind"] for q in data["quotes"]}[REPORTED], "reported")
        quotes = APIClient().get("/api/v1/quotes/").json()["results"]
        self.assertEqual({q["kind"] for q in quotes}, {"direct", "reported"})

    def test_ninjs_quotes_carry_their_kind_as_a_genre_and_validate(self):
        for version in ("2.2", "3.1"):
            with self.subTest(version=version):
                response = APIClient().get(
                    "/api/v1/visits/reported-story/", {"format": "ninjs", "version": version, "language": "en"}
                )
                document = response.json()
                validate(document, version)
                genres = {
                    a["bodies"][0]["value"]: a["genres"]
                    for a in document["associations"]
                    if a["name"].startswith("quote-")
                }
                self.assertEqual(genres[REPORTED], [{"name": "Reported speech", "literal": "reported"}])


class QuoteKindInThePackageFormTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="kind-editor")
        cls.relation = RelationFactory(country_a="KZ", country_b="RS")
        cls.vucic = PersonFactory(name="Aleksandar Vučić", country="RS", slug="vucic")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_package_form_shows_the_kind_of_each_quote(self):
        response = self.client.get(reverse("admin:relations_plugin_visitcontent_add"))
        self.assertContains(response, 'name="quotes-__prefix__-kind"')
        self.assertContains(response, '<option value="reported">Reported speech</option>')

    def test_editor_saves_a_reported_statement(self):
        data = package_post_data(
            {
                "relation": self.relation.pk,
                "guest_country": "KZ",
                "host_country": "RS",
                "language": "en",
                "headline": "Vučić hosts Tokayev",
                "slug": "",
                "summary": "",
                "visit_type": "official",
                "starts_on": "2024-11-18",
                "ends_on": "2024-11-19",
                "city": "Belgrade",
                "venue": "",
                "lead_photo_alt": "",
            },
            participations=[{"person": self.vucic.pk, "role": "head_of_state", "role_title": "", "sort_order": "0"}],
            quotes=[
                {"speaker": self.vucic.pk, "text": REPORTED, "kind": "reported", "context": "", "sort_order": "0"}
            ],
        )
        response = self.client.post(reverse("admin:relations_plugin_visitcontent_add"), data)
        self.assertEqual(response.status_code, 302, response.context and response.context.get("errors"))
        content = VisitContent.admin_manager.get(headline="Vučić hosts Tokayev")
        self.assertEqual(Quote.objects.get(visit_content=content).kind, constants.QuoteKind.REPORTED)
