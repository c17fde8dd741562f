"""Compiled story pages: a published package is served from the document made when it was published, shows exactly
what the page rendered from the package shows, and is remade when what it shows changes."""

from __future__ import annotations

import io
import re

from django.test import override_settings

from relations_plugin import documents, services
from relations_plugin.models import PackageDocument

from .factories import build_story_package
from .test_queries import CMS_QUERIES, TwoStoriesTestCase
from .utils import ApphookTestCase

STORY = "/en/relations/visits/tokayev-in-belgrade/"


def run_worker():
    """What the task worker beside the server does with every queued task, inside the test's transaction (the
    command's loop would close the test's database connection)."""
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    while (row := DBTaskResult.objects.ready().first()) is not None:
        row.claim("test")
        worker.run_task(row)


def article_of(html: str) -> str:
    return re.search(r'<article class="story".*?</article>', html, re.S).group(0)


class DocumentTestCase(ApphookTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.package = build_story_package(author=cls.editor, count=2, slug="tokayev-in-belgrade")

    def compile(self):
        with self.captureOnCommitCallbacks(execute=True):
            documents.compile_many([self.package.pk])


class CompiledPageTests(DocumentTestCase):
    def test_the_compiled_page_shows_what_the_package_page_shows(self):
        rendered = self.client.get(STORY).content.decode()
        self.compile()
        compiled = self.client.get(STORY).content.decode()

        self.assertEqual(article_of(compiled), article_of(rendered))
        for line in rendered.splitlines():
            if 'rel="canonical"' in line or "application/ld+json" in line or 'property="og:' in line:
                with self.subTest(line=line[:80]):
                    self.assertIn(line, compiled)

    @override_settings(ALLOWED_HOSTS=["news.example.kz"])
    def test_links_carry_the_readers_own_origin(self):
        self.compile()
        page = self.client.get(STORY, HTTP_HOST="news.example.kz").content.decode()

        self.assertNotIn(documents.ORIGIN_HOST, page)
        self.assertIn(f'rel="canonical" href="http://news.example.kz{STORY}"', page)
        self.assertIn("news.example.kz%2Fen%2Frelations%2Fvisits", page)  # the share links

    def test_an_unpublished_package_is_not_served_from_its_document(self):
        self.compile()
        services.content_unpublish(content=self.package, by=self.editor)

        self.assertEqual(self.client.get(STORY).status_code, 404)

    def test_a_document_of_an_older_layout_is_not_served(self):
        self.compile()
        PackageDocument.objects.filter(content=self.package).update(body="<p>made by an older release</p>")
        self.assertContains(self.client.get(STORY), "made by an older release")  # the same layout is served
        PackageDocument.objects.filter(content=self.package).update(layout=documents.LAYOUT - 1)
        self.assertNotContains(self.client.get(STORY), "made by an older release")

    def test_a_document_made_before_the_cms_urls_moved_is_not_served(self):
        from cms.utils.apphook_reload import mark_urlconf_as_changed

        self.compile()
        PackageDocument.objects.filter(content=self.package).update(body="<p>links to old URLs</p>")
        mark_urlconf_as_changed()  # what a moved apphook page does; every process reloads its URLs
        self.assertNotContains(self.client.get(STORY), "links to old URLs")

    def test_publishing_asks_the_worker_for_the_document(self):
        draft = services.content_create_draft(content=self.package, by=self.editor)
        draft.headline = "A corrected headline"
        draft.save()
        with self.captureOnCommitCallbacks(execute=True):
            services.content_publish(content=draft, by=self.editor)
        self.assertFalse(PackageDocument.objects.filter(content=draft).exists())

        run_worker()

        self.assertIn("A corrected headline", PackageDocument.objects.get(content=draft).body)
        self.assertContains(self.client.get(STORY), "A corrected headline")


@override_settings(RELATIONS_PLUGIN_PAGE_CACHE_SECONDS=300)
class ChangesReachTheCompiledPageTests(DocumentTestCase):
    """What a document shows but does not own changes: the page and the API show the change, page cache on."""

    def setUp(self):
        super().setUp()
        from django.core.cache import cache

        cache.clear()
        self.compile()
        self.api = f"/api/v1/visits/{self.package.slug}/?language=en"
        self.assertEqual(self.client.get(STORY).status_code, 200)  # cached now
        self.assertEqual(self.client.get(self.api).status_code, 200)

    def change(self, save):
        with self.captureOnCommitCallbacks(execute=True):
            save()
        # Until the worker remakes it, the page is rendered from the package: the change shows at once.
        self.assertFalse(PackageDocument.objects.filter(content=self.package).exists())
        yield self.client.get(STORY), self.client.get(self.api)
        run_worker()
        self.assertTrue(PackageDocument.objects.filter(content=self.package).exists())
        yield self.client.get(STORY), self.client.get(self.api)

    def test_a_changed_person_name(self):
        person = self.package.participations.first().person
        person.name = "Renamed Speaker"
        for page, api in self.change(person.save):
            self.assertContains(page, "Renamed Speaker")
            self.assertContains(api, "Renamed Speaker")

    def test_a_changed_photo_credit(self):
        image = self.package.lead_photo
        image.author = "New Credit Agency"
        for page, _api in self.change(image.save):  # the API gives renditions, which carry the credit in the file
            self.assertContains(page, "New Credit Agency")

    def test_a_changed_relation(self):
        from relations_plugin.models import Relation

        relation = Relation.objects.get(pk=self.package.visit.relation_id)
        relation.slug = "kz-rs"
        for page, api in self.change(relation.save):
            self.assertContains(page, "/en/relations/kz-rs/")
            self.assertContains(api, "kz-rs")


class CompiledPageQueryTests(TwoStoriesTestCase):
    def setUp(self):
        super().setUp()
        documents.compile_many([self.small.pk, self.large.pk])

    def test_a_compiled_story_costs_one_query_besides_the_cms(self):
        # CMS_QUERIES, plus the published version's document, which carries the visit's other published languages
        # (hreflang, the language switcher). No package children, people or renditions.
        for url in self.urls():
            with self.subTest(url=url), self.assertNumQueries(CMS_QUERIES + 1):
                self.client.get(url)

    def test_the_first_view_after_publish_costs_at_most_three_warm_views(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        draft = services.content_create_draft(content=self.small, by=self.editor)
        with self.captureOnCommitCallbacks(execute=True):
            services.content_publish(content=draft, by=self.editor)
        run_worker()
        url = "/en/relations/visits/one-of-each/"
        with CaptureQueriesContext(connection) as first:
            self.client.get(url)
        with CaptureQueriesContext(connection) as warm:
            self.client.get(url)
        self.assertLessEqual(len(first), 3 * len(warm))


class CompileCommandTests(DocumentTestCase):
    def test_the_command_compiles_every_published_version_and_no_draft(self):
        from django.core.management import call_command

        draft = services.content_create_draft(content=self.package, by=self.editor)

        call_command("compile_documents", stdout=io.StringIO())

        self.assertTrue(PackageDocument.objects.filter(content=self.package).exists())
        self.assertFalse(PackageDocument.objects.filter(content=draft).exists())


class ApiConditionalGetTests(DocumentTestCase):
    def setUp(self):
        super().setUp()
        self.compile()
        self.url = f"/api/v1/visits/{self.package.slug}/?language=en"

    def test_a_conditional_get_is_answered_from_the_document_without_the_body(self):
        etag = self.client.get(self.url)["ETag"]
        # The CMS's URL revision check (every request pays it), then the package with its document; no serializer.
        with self.assertNumQueries(2):
            response = self.client.get(self.url, HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(response.status_code, 304)
        self.assertEqual(response["ETag"], etag)

    def test_the_compiled_detail_is_the_detail_the_serializer_gives(self):
        PackageDocument.objects.all().delete()
        serialised = self.client.get(self.url)
        self.compile()
        with self.assertNumQueries(2):  # the CMS's URL revision check, the package with its document
            compiled = self.client.get(self.url)

        self.assertEqual(compiled["Content-Type"], "application/json")
        self.assertJSONEqual(compiled.content, serialised.json())
        self.assertEqual(compiled.content, serialised.content)

    def test_the_compiled_ninjs_is_the_ninjs_the_serializer_gives_in_each_version(self):
        for version in ("2.2", "3.1"):
            with self.subTest(version=version):
                url = f"{self.url}&format=ninjs&version={version}"
                PackageDocument.objects.all().delete()
                serialised = self.client.get(url)
                self.compile()
                with self.assertNumQueries(2):  # the CMS's URL revision check, the package with its document
                    compiled = self.client.get(url)

                self.assertEqual(compiled["Content-Type"], serialised["Content-Type"])
                self.assertEqual(compiled.json()["uri"], serialised.json()["uri"])
                self.assertEqual(compiled.content, serialised.content)

    def test_the_browsable_api_is_rendered_for_people_not_taken_from_the_document(self):
        response = self.client.get(self.url, HTTP_ACCEPT="text/html")

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/html"))
        self.assertContains(response, "<html", status_code=200)

    def test_a_partner_allowed_to_see_embargoed_items_gets_the_serialised_detail(self):
        from .factories import PartnerFactory

        partner = PartnerFactory(can_see_embargoed=True)
        PackageDocument.objects.filter(content=self.package).update(api='{"made": "at publish"}')
        self.assertContains(self.client.get(self.url), "at publish")
        response = self.client.get(self.url, HTTP_AUTHORIZATION=f"Token {partner.token}")
        self.assertNotContains(response, "at publish")
        self.assertContains(response, self.package.headline)

    def test_each_variant_of_the_body_has_its_own_etag(self):
        json_etag = self.client.get(self.url)["ETag"]
        ninjs_etag = self.client.get(f"{self.url}&format=ninjs")["ETag"]
        self.assertNotEqual(json_etag, ninjs_etag)
        self.assertEqual(self.client.get(f"{self.url}&format=ninjs", HTTP_IF_NONE_MATCH=json_etag).status_code, 200)

    def test_a_change_the_api_shows_gives_a_new_etag(self):
        etag = self.client.get(self.url)["ETag"]
        person = self.package.participations.first().person
        person.name = "Renamed Speaker"
        with self.captureOnCommitCallbacks(execute=True):
            person.save()
        response = self.client.get(self.url, HTTP_IF_NONE_MATCH=etag)
        self.assertContains(response, "Renamed Speaker")
        run_worker()
        after = self.client.get(self.url, HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(after.status_code, 200)
        self.assertNotEqual(after["ETag"], etag)
