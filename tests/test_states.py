"""A package's state says what it is, in the package list, at the top of its form and in the CMS toolbar."""

from __future__ import annotations

import datetime

from cms.toolbar.utils import get_object_preview_url
from cms.utils.apphook_reload import reload_urlconf
from django.contrib import admin
from django.test import RequestFactory, TestCase
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from djangocms_timed_publishing.models import TimedPublishingInterval
from djangocms_versioning.models import Version

from relations_plugin import services, states
from relations_plugin.models import VisitContent
from relations_plugin.states import StateCode

from .factories import PartnerFactory, UserFactory, VisitContentFactory, create_apphook_page

CHANGELIST = "admin:relations_plugin_visitcontent_changelist"


def when(at: datetime.datetime) -> str:
    return date_format(timezone.localtime(at), "DATETIME_FORMAT")


def package_in(state: str, *, by, now: datetime.datetime):
    """A package brought to ``state`` the way editors do; returns the version its list row and form show."""
    content = VisitContentFactory(author=by, headline=f"Package that is {state}", slug=f"package-{state}")
    version = Version.objects.get_for_content(content)
    if state == "draft":
        return content
    if state == "archived":
        version.archive(by)
        return content
    services.content_publish(content=content, by=by)
    if state == "unpublished":
        services.content_unpublish(content=content, by=by)
    elif state == "published_with_draft":
        return services.content_create_draft(content=content, by=by)
    elif state in ("scheduled", "embargoed"):
        TimedPublishingInterval.objects.create(version=version, start=now + datetime.timedelta(days=1))
    elif state == "expired":
        TimedPublishingInterval.objects.create(
            version=version, start=now - datetime.timedelta(days=2), end=now - datetime.timedelta(hours=1)
        )
    return content


class PackageStateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        cls.now = timezone.now()
        cls.go_live = cls.now + datetime.timedelta(days=1)
        cls.expired_at = cls.now - datetime.timedelta(hours=1)
        cls.expected = {
            "draft": (StateCode.DRAFT, "Draft"),
            "published": (StateCode.PUBLISHED, "Published"),
            "published_with_draft": (StateCode.PUBLISHED_WITH_DRAFT, "Published, with changes in draft"),
            "scheduled": (StateCode.SCHEDULED, f"Scheduled for {when(cls.go_live)}"),
            "expired": (StateCode.EXPIRED, f"Expired on {when(cls.expired_at)}"),
            "unpublished": (StateCode.UNPUBLISHED, "Unpublished"),
            "archived": (StateCode.ARCHIVED, "Archived"),
        }
        cls.packages = {state: package_in(state, by=cls.editor, now=cls.now) for state in cls.expected}

    def setUp(self):
        reload_urlconf()
        self.client.force_login(self.editor)

    def test_each_state_has_its_code_and_label(self):
        for state, (code, label) in self.expected.items():
            with self.subTest(state=state):
                found = states.package_state(self.packages[state], self.now)
                self.assertEqual((found.code, found.label), (code, label))

    def test_the_package_list_shows_each_state(self):
        response = self.client.get(reverse(CHANGELIST))

        for state, (_code, label) in self.expected.items():
            with self.subTest(state=state):
                self.assertContains(response, f'<td class="field-package_state">{escape(label)}</td>', html=True)

    def test_the_form_shows_the_state_at_the_top(self):
        for state, (code, label) in self.expected.items():
            with self.subTest(state=state):
                content = self.packages[state]

                response = self.client.get(reverse("admin:relations_plugin_visitcontent_change", args=[content.pk]))

                self.assertContains(response, f"package-state--{code}")
                self.assertContains(response, escape(label))

    def test_the_toolbar_on_the_story_page_shows_the_state(self):
        for state, (_code, label) in self.expected.items():
            if state == "archived":
                continue  # versioning previews no archived version
            with self.subTest(state=state):
                response = self.client.get(get_object_preview_url(self.packages[state]))

                self.assertContains(response, escape(label))

    def test_a_go_live_ahead_is_an_embargo_once_partners_may_see_embargoed_items(self):
        PartnerFactory(can_see_embargoed=True)
        label = f"Embargoed until {when(self.go_live)}"

        found = states.package_state(self.packages["scheduled"], self.now)

        self.assertEqual((found.code, found.label), (StateCode.EMBARGOED, label))
        self.assertContains(self.client.get(reverse(CHANGELIST)), escape(label))
        self.assertContains(self.client.get(get_object_preview_url(self.packages["scheduled"])), escape(label))


class PackageListQueryTests(TestCase):
    """The state column of the package list reads what the list's own query brought: nothing per row.

    (Versioning's own list columns, the actions and the indicator, still ask per row: not counted here.)
    """

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()

    def list_rows(self, count: int) -> None:
        model_admin = admin.site._registry[VisitContent]
        request = RequestFactory().get(reverse(CHANGELIST))
        request.user = self.editor
        # 1: the packages with their state facts; 2: their versions (versioning's prefetch).
        with self.assertNumQueries(2):
            rows = list(model_admin.get_queryset(request))
        self.assertEqual(len(rows), count)
        with self.assertNumQueries(0):
            labels = [model_admin.package_state(row) for row in rows]
        self.assertIn("Published, with changes in draft", labels)

    def test_the_state_column_costs_the_same_for_ten_packages_as_for_one(self):
        now = timezone.now()
        package_in("published_with_draft", by=self.editor, now=now)
        self.list_rows(2)  # the published version and its draft
        for number in range(9):
            content = VisitContentFactory(author=self.editor, slug=f"more-{number}")
            services.content_publish(content=content, by=self.editor)

        self.list_rows(11)
