"""Incremental sync: a partner walking ``updated_since`` learns of withdrawn packages (tombstones) and deletes them."""

from __future__ import annotations

from django.core.cache import cache
from django.test import TestCase
from rest_framework.test import APIClient

from relations_plugin import services

from .factories import UserFactory, VisitContentFactory
from .test_api_ninjs import validate
from .utils import ApphookTestCase

VISITS = "/api/v1/visits/"


class SyncTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.packages = [VisitContentFactory(author=cls.editor, slug=f"visit-{n}", published=True) for n in range(5)]

    def setUp(self):
        cache.clear()
        self.client = APIClient()

    def walk(self, since: str, store: dict, **params) -> str:
        """Follow ``next`` to the end, as a syncing partner does: keep published rows, delete withdrawn ones."""
        url, query, last = VISITS, {"updated_since": since, "page_size": 2, **params}, since
        while url:
            response = self.client.get(url, query)
            self.assertEqual(response.status_code, 200, response.content)
            for row in response.json()["results"]:
                if row["status"] == "withdrawn":
                    store.pop(row["id"], None)
                else:
                    store[row["id"]] = row["slug"]
                last = max(last, row["modified_at"])
            url, query = response.json()["next"], None
        return last

    def test_a_package_unpublished_after_a_sync_is_removed_by_the_next(self):
        store: dict[int, str] = {}
        since = self.walk("2000-01-01T00:00:00Z", store)
        self.assertEqual(sorted(store.values()), [f"visit-{n}" for n in range(5)])

        gone = self.packages[2]
        services.content_unpublish(content=gone, by=self.editor)
        since = self.walk(since, store)
        self.assertEqual(sorted(store.values()), ["visit-0", "visit-1", "visit-3", "visit-4"])

        # The tombstone says only what a partner needs to delete its copy.
        rows = self.client.get(VISITS, {"updated_since": since}).json()["results"]
        tombstone = next(row for row in rows if row["id"] == gone.visit_id)
        self.assertEqual(set(tombstone), {"id", "slug", "language", "status", "modified_at"})
        self.assertEqual(tombstone["status"], "withdrawn")
        # Without updated_since (a first full load) nothing withdrawn is listed.
        listed = [row["slug"] for row in self.client.get(VISITS).json()["results"]]
        self.assertNotIn(gone.slug, listed)

    def test_a_walk_across_the_unpublish_sees_every_row_once(self):
        first = self.client.get(VISITS, {"updated_since": "2000-01-01T00:00:00Z", "page_size": 2}).json()
        services.content_unpublish(content=self.packages[0], by=self.editor)
        seen = [row["slug"] for row in first["results"]]
        url = first["next"]
        while url:
            page = self.client.get(url).json()
            seen += [f"{row['slug']}:{row['status']}" for row in page["results"]]
            url = page["next"]
        # Rows already read stay behind the cursor; the withdrawal comes last, as the newest change.
        self.assertEqual(seen[-1], "visit-0:withdrawn")
        self.assertEqual(len(seen), 6)

    def test_a_correction_replaces_the_package_and_leaves_no_tombstone(self):
        draft = services.content_create_draft(content=self.packages[1], by=self.editor)
        services.content_publish(content=draft, by=self.editor)
        rows = self.client.get(VISITS, {"updated_since": "2000-01-01T00:00:00Z"}).json()["results"]
        self.assertEqual([row["status"] for row in rows], ["published"] * 5)
        corrected = next(row for row in rows if row["slug"] == "visit-1")
        self.assertEqual(corrected["version"], 2)

    def test_tombstones_in_ninjs_are_canceled(self):
        services.content_unpublish(content=self.packages[3], by=self.editor)
        rows = self.client.get(VISITS, {"updated_since": "2000-01-01T00:00:00Z", "format": "ninjs"}).json()
        canceled = [doc for doc in rows["results"] if doc.get("pubstatus") == "canceled"]
        self.assertEqual(len(canceled), 1)
        self.assertIn("visit-3", canceled[0]["uri"])
        for document in rows["results"]:
            validate(document, "2.2")


class CorrectionReaderTests(ApphookTestCase):
    """Readers see a correction line, and search engines a schema.org ``correction``."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        first = VisitContentFactory(author=cls.editor, slug="corrected-story", published=True)
        draft = services.content_create_draft(content=first, by=cls.editor)
        type(draft)._base_manager.filter(pk=draft.pk).update(correction_note="The venue was corrected.")
        services.content_publish(content=draft, by=cls.editor)

    def test_the_next_draft_starts_without_the_last_correction_note(self):
        published = VisitContentFactory._meta.model.objects.get(slug="corrected-story")
        self.assertEqual(services.content_create_draft(content=published, by=self.editor).correction_note, "")

    def test_the_story_page_shows_the_correction_and_its_json_ld(self):
        response = self.client.get("/en/relations/visits/corrected-story/")
        self.assertContains(response, 'class="story__correction"')
        self.assertContains(response, "The venue was corrected.")
        self.assertContains(response, '"@type": "CorrectionComment"')
