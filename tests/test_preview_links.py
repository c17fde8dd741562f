"""Shared preview links: one exact version, read-only, for someone without an account, until expiry or revocation."""

import datetime
from urllib.parse import urlparse

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone, translation
from djangocms_versioning.models import Version

from relations_plugin import constants, services
from relations_plugin.exceptions import VisitStateError
from relations_plugin.models import PreviewLink

from .factories import UserFactory, build_story_package

DAY = datetime.timedelta(hours=24)


def member_of(group: str, username: str):
    user = UserFactory(username=username, is_superuser=False)
    user.groups.add(Group.objects.get(name=group))
    return user


def preview_url(token: str, language: str = "en") -> str:
    with translation.override(language):
        return reverse(f"relations_plugin_preview:{constants.PREVIEW_URL}", kwargs={"token": token})


def links_url(content) -> str:
    return reverse("admin:relations_plugin_visitcontent_preview_links", args=[content.pk])


class PreviewLinkTests(TestCase):
    """No apphook page exists here: the preview URL must work without one."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = member_of("Editor", "editor")
        cls.reporter = member_of("Reporter", "reporter")
        cls.draft = build_story_package(author=cls.editor, published=False, slug="preview-story")
        cls.draft.headline = "Draft headline for the preview"
        cls.draft.save()

    def test_anonymous_reader_sees_the_exact_draft(self):
        _link, token = services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)

        response = self.client.get(preview_url(token))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Draft headline for the preview")
        self.assertContains(response, "Talks, round 1")  # the package's children too
        self.assertContains(response, '<meta name="robots" content="noindex, nofollow">', html=False)
        self.assertEqual(response["Cache-Control"], "private, no-store")
        self.assertEqual(response["X-Robots-Tag"], "noindex, nofollow")
        self.assertContains(response, '<html lang="en">')

    def test_the_link_shows_the_draft_as_it_is_now(self):
        _link, token = services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)
        self.draft.quotes.update(text="Words changed after the link was made")

        self.assertContains(self.client.get(preview_url(token)), "Words changed after the link was made")

    def assertRefused(self, response):
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "This preview link does not work", status_code=404)
        self.assertNotContains(response, "Draft headline for the preview", status_code=404)
        self.assertNotContains(response, "Talks, round", status_code=404)
        self.assertEqual(response["Cache-Control"], "private, no-store")

    def test_a_link_dies_with_its_draft_through_publish_unpublish_archive_and_delete(self):
        link, token = services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)
        self.assertEqual(self.client.get(preview_url(token)).status_code, 200)

        services.content_publish(content=self.draft, by=self.editor)
        self.assertRefused(self.client.get(preview_url(token)))
        services.content_unpublish(content=self.draft, by=self.editor)
        self.assertRefused(self.client.get(preview_url(token)))

        archived = services.content_create_draft(content=self.draft, by=self.editor)
        _link, archived_token = services.preview_link_create(content=archived, by=self.editor, lifetime=DAY)
        self.assertEqual(self.client.get(preview_url(archived_token)).status_code, 200)
        Version.objects.get_for_content(archived).archive(self.editor)
        self.assertRefused(self.client.get(preview_url(archived_token)))

        deleted = services.content_create_draft(content=archived, by=self.editor)
        _link, deleted_token = services.preview_link_create(content=deleted, by=self.editor, lifetime=DAY)
        self.assertEqual(self.client.get(preview_url(deleted_token)).status_code, 200)
        Version.objects.get_for_content(deleted).delete()
        self.assertRefused(self.client.get(preview_url(deleted_token)))

    def test_only_drafts_are_shared(self):
        services.content_publish(content=self.draft, by=self.editor)
        with self.assertRaises(VisitStateError):
            services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)

    def test_a_link_is_refused_under_another_language_prefix(self):
        _link, token = services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)
        self.assertEqual(self.client.get(preview_url(token, "en")).status_code, 200)

        for language in ("ru", "kk"):
            with self.subTest(language=language):
                response = self.client.get(preview_url(token, language))
                self.assertEqual(response.status_code, 404)
                self.assertNotContains(response, "Draft headline for the preview", status_code=404)
                self.assertEqual(response["Cache-Control"], "private, no-store")

    def test_expired_link_is_refused(self):
        link, token = services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)
        PreviewLink.objects.filter(pk=link.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))

        self.assertRefused(self.client.get(preview_url(token)))

    def test_revoked_link_is_refused(self):
        link, token = services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)
        self.assertEqual(self.client.get(preview_url(token)).status_code, 200)

        services.preview_link_revoke(link=link, by=self.editor)

        self.assertRefused(self.client.get(preview_url(token)))

    def test_tampered_and_unknown_tokens_are_refused_alike(self):
        link, token = services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)
        tampered = ("A" if token[0] != "A" else "B") + token[1:]
        expired_link, expired_token = services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)
        PreviewLink.objects.filter(pk=expired_link.pk).update(expires_at=timezone.now() - DAY)

        candidates = (tampered, token[:-1], "x" * 43, f"content-{self.draft.pk}", expired_token)
        pages = set()
        for candidate in candidates:
            response = self.client.get(preview_url(candidate))
            self.assertRefused(response)
            pages.add(response.content.decode().replace(candidate, "TOKEN"))
        # No existence oracle: a token that once worked answers like one that never existed (the URL aside).
        self.assertEqual(len(pages), 1)

    def test_only_a_digest_of_the_token_is_stored(self):
        link, token = services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)
        self.assertNotIn(token, link.token_hash)
        self.assertEqual(len(link.token_hash), 64)
        self.assertGreaterEqual(len(token), 40)

    def test_lifetime_is_bounded(self):
        with self.assertRaises(ValueError):
            services.preview_link_create(content=self.draft, by=self.editor, lifetime=datetime.timedelta(days=8))

    def test_reporter_cannot_create_or_revoke(self):
        self.client.force_login(self.reporter)

        self.assertEqual(self.client.get(links_url(self.draft)).status_code, 403)
        self.assertEqual(self.client.post(links_url(self.draft), {"lifetime": "24"}).status_code, 403)
        self.assertFalse(PreviewLink.objects.exists())
        link, _token = services.preview_link_create(content=self.draft, by=self.editor, lifetime=DAY)
        self.assertEqual(self.client.post(links_url(self.draft), {"revoke": str(link.pk)}).status_code, 403)
        link.refresh_from_db()
        self.assertIsNone(link.revoked_at)
        with self.assertRaises(PermissionDenied):
            services.preview_link_create(content=self.draft, by=self.reporter, lifetime=DAY)

    def test_editor_creates_lists_and_revokes_in_the_admin(self):
        self.client.force_login(self.editor)
        change = self.client.get(reverse("admin:relations_plugin_visitcontent_change", args=[self.draft.pk]))
        self.assertContains(change, links_url(self.draft))

        response = self.client.post(links_url(self.draft), {"lifetime": "1"})

        self.assertEqual(response.status_code, 200)
        link = PreviewLink.objects.get()
        self.assertEqual(link.created_by, self.editor)
        self.assertAlmostEqual((link.expires_at - link.created_at).total_seconds(), 3600, delta=5)
        url = response.context["new_link_url"]
        self.assertContains(response, url)
        self.client.logout()
        self.assertContains(self.client.get(urlparse(url).path), "Draft headline for the preview")

        self.client.force_login(self.editor)
        self.assertContains(self.client.get(links_url(self.draft)), "Active")
        self.client.post(links_url(self.draft), {"revoke": str(link.pk)})
        link.refresh_from_db()
        self.assertEqual(link.revoked_by, self.editor)
        self.client.logout()
        self.assertEqual(self.client.get(urlparse(url).path).status_code, 404)

    def test_invalid_lifetime_creates_nothing(self):
        self.client.force_login(self.editor)
        response = self.client.post(links_url(self.draft), {"lifetime": "9999"})
        self.assertEqual(response.status_code, 200)
        self.assertFalse(PreviewLink.objects.exists())
