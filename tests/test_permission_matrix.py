"""Only editors change what readers and partners see: every user class against every state-changing endpoint.

Each endpoint family is one test; each cell (user class × package, article, CMS page) is a subTest on fresh
content. A refused request must leave the database as it was: versions, their states, visibility intervals and
state history are compared before and after.
"""

from __future__ import annotations

import datetime
import itertools
import re

from cms.api import create_page
from cms.models import PageContent
from cms.toolbar.utils import get_object_edit_url
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from djangocms_timed_publishing.models import TimedPublishingInterval
from djangocms_versioning import constants as vc
from djangocms_versioning.models import StateTracking, Version

from relations_plugin import services
from relations_plugin.models import ArticleContent, VisitContent

from .factories import ArticleContentFactory, PartnerFactory, UserFactory, VisitContentFactory

ROLES = ["anonymous", "partner", "reporter", "partner manager", "editor", "superuser"]
ALLOWED = {"editor", "superuser"}
KINDS = ["package", "article", "page"]
PROXIES = {"package": "visitcontentversion", "article": "articlecontentversion", "page": "pagecontentversion"}
_pages = itertools.count(1)


def snapshot() -> tuple:
    """Every row a state change writes: versions and their states, go-live intervals, state history, contents."""
    return (
        list(Version.objects.order_by("pk").values_list("pk", "state", "content_type_id", "object_id")),
        list(TimedPublishingInterval.objects.order_by("pk").values_list("pk", "version_id", "start", "end")),
        list(StateTracking.objects.order_by("pk").values_list("pk", "version_id", "old_state", "new_state")),
        VisitContent._base_manager.count(),
        ArticleContent._base_manager.count(),
        PageContent._base_manager.count(),
    )


def timed_form(start: datetime.datetime) -> dict:
    local = timezone.localtime(start)
    return {"visibility_start_0": local.strftime("%Y-%m-%d"), "visibility_start_1": local.strftime("%H:%M:%S")}


class PermissionMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.chief = UserFactory(username="chief")  # superuser: sets the scene
        cls.users = {"superuser": UserFactory(username="root")}
        page_rights = Permission.objects.filter(content_type__app_label="cms", codename__endswith="_page")
        for role, group in [("reporter", "Reporter"), ("partner manager", "Partner manager"), ("editor", "Editor")]:
            user = UserFactory(username=role.replace(" ", "-"), is_superuser=False)
            user.groups.add(Group.objects.get(name=group))
            cls.users[role] = user
        # CMS pages have their own rights: the editor may publish pages, the reporter may edit but not publish them.
        cls.users["editor"].user_permissions.add(*page_rights)
        cls.users["reporter"].user_permissions.add(*page_rights.exclude(codename="publish_page"))
        cls.partner = PartnerFactory()

    def act_as(self, role: str) -> dict:
        """Log the client in as ``role``; returns extra request headers (a partner's token)."""
        self.client.logout()
        if role in self.users:
            self.client.force_login(self.users[role])
        if role == "partner":
            return {"HTTP_AUTHORIZATION": f"Token {self.partner.token}"}
        return {}

    def content(self, kind: str, state: str = vc.DRAFT):
        """Fresh content of ``kind`` in ``state`` (draft, published or unpublished)."""
        if kind == "package":
            content = VisitContentFactory(author=self.chief)
        elif kind == "article":
            content = ArticleContentFactory(author=self.chief)
        else:
            number = next(_pages)
            page = create_page(f"Page {number}", "page.html", "en", created_by=self.chief, slug=f"page-{number}")
            content = page.get_admin_content("en")
        version = Version.objects.get_for_content(content)
        if state in (vc.PUBLISHED, vc.UNPUBLISHED):
            version.publish(self.chief)
        if state == vc.UNPUBLISHED:
            Version.objects.get(pk=version.pk).unpublish(self.chief)
        return content

    def url(self, kind: str, action: str, content) -> str:
        version = Version.objects.get_for_content(content)
        return reverse(f"admin:djangocms_versioning_{PROXIES[kind]}_{action}", args=[version.pk])

    def state(self, content) -> str:
        # A fresh row: versioning caches the version on its content, and FSM state cannot be refreshed in place.
        return Version.objects.get(pk=Version.objects.get_for_content(content).pk).state

    def cells(self):
        """Each (role, kind, allowed) cell; the caller wraps it in ``self.subTest(role, kind)``."""
        return [(role, kind, role in ALLOWED) for role, kind in itertools.product(ROLES, KINDS)]

    def assertRefused(self, role, before, response=None):
        self.assertEqual(snapshot(), before, f"{role} changed the database")
        if response is not None and role in ("anonymous", "partner"):
            self.assertEqual(response.status_code, 302)  # to the admin login
        elif response is not None:
            self.assertEqual(response.status_code, 403)

    def test_publish(self):
        for role, kind, allowed in self.cells():
            with self.subTest(role=role, kind=kind):
                content = self.content(kind)
                headers = self.act_as(role)
                before = snapshot()

                response = self.client.post(self.url(kind, "publish", content), **headers)

                if allowed:
                    self.assertEqual(self.state(content), vc.PUBLISHED)
                else:
                    self.assertRefused(role, before, response)

    def test_unpublish(self):
        for role, kind, allowed in self.cells():
            with self.subTest(role=role, kind=kind):
                content = self.content(kind, vc.PUBLISHED)
                headers = self.act_as(role)
                before = snapshot()

                response = self.client.post(self.url(kind, "unpublish", content), **headers)

                if allowed:
                    self.assertEqual(self.state(content), vc.UNPUBLISHED)
                else:
                    self.assertRefused(role, before, response)

    def test_archive(self):
        for role, kind, allowed in self.cells():
            with self.subTest(role=role, kind=kind):
                content = self.content(kind)
                headers = self.act_as(role)
                before = snapshot()

                response = self.client.post(self.url(kind, "archive", content), **headers)

                if allowed:
                    self.assertEqual(self.state(content), vc.ARCHIVED)
                else:
                    self.assertRefused(role, before, response)

    def test_revert(self):
        for role, kind, allowed in self.cells():
            with self.subTest(role=role, kind=kind):
                content = self.content(kind, vc.UNPUBLISHED)
                headers = self.act_as(role)
                before = snapshot()

                response = self.client.post(self.url(kind, "revert", content), **headers)

                if allowed:
                    self.assertEqual(Version.objects.count(), len(before[0]) + 1)  # a new draft copied from it
                else:
                    self.assertRefused(role, before, response)

    def test_timed_publish_of_a_draft(self):
        start = timezone.now() + datetime.timedelta(days=1)
        for role, kind, allowed in self.cells():
            with self.subTest(role=role, kind=kind):
                content = self.content(kind)
                headers = self.act_as(role)
                before = snapshot()

                response = self.client.post(self.url(kind, "timed_publish", content), timed_form(start), **headers)

                if allowed:
                    version = Version.objects.get(pk=Version.objects.get_for_content(content).pk)
                    self.assertEqual(version.state, vc.PUBLISHED)
                    self.assertEqual(version.visibility.start.replace(microsecond=0), start.replace(microsecond=0))
                else:
                    self.assertRefused(role, before, response)

    def test_timed_publish_never_touches_a_published_version(self):
        """The reported attack: an interval posted for a published version took it off the site."""
        start = timezone.now() + datetime.timedelta(days=30)
        for role, kind, _allowed in self.cells():
            with self.subTest(role=role, kind=kind):
                content = self.content(kind, vc.PUBLISHED)
                headers = self.act_as(role)
                before = snapshot()

                self.client.post(self.url(kind, "timed_publish", content), timed_form(start), **headers)

                self.assertEqual(snapshot(), before)

    def toolbar_buttons(self, kind: str, content) -> list[str]:
        """The publish buttons (plain, and with time limits) an editor's toolbar offers for ``content``."""
        self.act_as("superuser")
        toolbar = self.client.get(get_object_edit_url(content, language="en")).content.decode()
        return sorted(set(re.findall(r"/admin/djangocms_versioning/\w+/\d+/(?:publish|timed)/", toolbar)))

    def test_toolbar_buttons(self):
        """The toolbar's buttons post to the guarded views; posted by everyone, they publish for editors only."""
        start = timezone.now() + datetime.timedelta(days=1)
        for kind in KINDS:
            content = self.content(kind)
            expected = [self.url(kind, "publish", content), self.url(kind, "timed_publish", content)]
            self.assertEqual(self.toolbar_buttons(kind, content), expected)
        for role, kind, allowed in self.cells():
            with self.subTest(role=role, kind=kind):
                content = self.content(kind)
                headers = self.act_as(role)
                before = snapshot()

                responses = [
                    self.client.post(self.url(kind, "timed_publish", content), timed_form(start), **headers),
                    self.client.post(self.url(kind, "publish", content), **headers),
                ]

                if allowed:
                    self.assertEqual(self.state(content), vc.PUBLISHED)
                else:
                    for response in responses:
                        self.assertRefused(role, before, response)

    def test_services(self):
        for role in ROLES:
            for kind in ("package", "article"):
                with self.subTest(role=role, kind=kind):
                    draft, published = self.content(kind), self.content(kind, vc.PUBLISHED)
                    user = self.users.get(role)
                    before = snapshot()
                    if role in ALLOWED:
                        services.content_publish(content=draft, by=user)
                        services.content_unpublish(content=published, by=user)
                        self.assertEqual((self.state(draft), self.state(published)), (vc.PUBLISHED, vc.UNPUBLISHED))
                        continue
                    if user is None:
                        continue  # anonymous clients and partners reach no service; they are refused above
                    with self.assertRaises(PermissionDenied):
                        services.content_publish(content=draft, by=user)
                    with self.assertRaises(PermissionDenied):
                        services.content_unpublish(content=published, by=user)
                    self.assertEqual(snapshot(), before)


class UnconfirmedScheduleTests(TestCase):
    """A go-live or expiry time stored on a draft does not survive an editor's plain Publish."""

    def test_plain_publish_drops_an_interval_nobody_confirmed(self):
        editor = UserFactory(username="editor", is_superuser=False)
        editor.groups.add(Group.objects.get(name="Editor"))
        content = VisitContentFactory(author=editor)
        version = Version.objects.get_for_content(content)
        TimedPublishingInterval.objects.create(version=version, end=timezone.now() + datetime.timedelta(hours=1))
        self.client.force_login(editor)

        self.client.post(reverse("admin:djangocms_versioning_visitcontentversion_publish", args=[version.pk]))

        version = Version.objects.get(pk=version.pk)
        self.assertEqual(version.state, vc.PUBLISHED)
        self.assertFalse(TimedPublishingInterval.objects.filter(version=version).exists())
