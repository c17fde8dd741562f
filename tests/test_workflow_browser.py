"""The editorial workflow in a real browser: a reporter drafts, cannot publish; an editor schedules a go-live time.

Debian's headless Chromium driven by Playwright, as in ``test_browser.py``: a missing browser fails these tests.
"""

import datetime
from importlib import import_module

from cms.utils.apphook_reload import reload_urlconf
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone
from djangocms_timed_publishing.models import TimedPublishingInterval
from djangocms_versioning import constants as vc
from djangocms_versioning.models import Version

from relations_plugin.models import VisitContent

from .browser import ChromiumTestCase
from .factories import RelationFactory, UserFactory, create_apphook_page

PASSWORD = "secret-password"  # UserFactory's
HEADLINE = "Tokayev arrives in Belgrade for talks"


def ensure_editorial_groups():
    """The Reporter and Editor groups come from a data migration; an earlier live-server test's flush removed
    them. Run that migration's code again on its own historical models (as ``migrate`` did)."""
    if Group.objects.filter(name__in=["Reporter", "Editor"]).count() == 2:
        return
    state = MigrationExecutor(connection).loader.project_state(("relations_plugin", "0004_editorial_groups"))
    import_module("relations_plugin.migrations.0004_editorial_groups").create_groups(state.apps, None)


class EditorialWorkflowBrowserTests(ChromiumTestCase):
    def setUp(self):
        super().setUp()
        ensure_editorial_groups()
        self.reporter = self.member_of("Reporter", "reporter")
        self.editor = self.member_of("Editor", "editor")
        create_apphook_page(user=UserFactory(username="site-admin"))
        self.relation = RelationFactory(country_a="KZ", country_b="RS")
        reload_urlconf()

    def member_of(self, group: str, username: str):
        user = UserFactory(username=username, is_superuser=False)
        user.groups.add(Group.objects.get(name=group))
        return user

    def log_in(self, username: str):
        page = self.new_page()
        page.goto(f"{self.live_server_url}{reverse('admin:login')}")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        page.wait_for_load_state("load")
        self.assertNotIn("/login/", page.url, f"{username} could not log in")
        return page

    def reader_status(self, slug: str) -> int:
        context = self.browser.new_context()
        self.addCleanup(context.close)
        return context.new_page().goto(f"{self.live_server_url}/en/relations/visits/{slug}/").status

    def test_reporter_drafts_and_editor_schedules_the_go_live(self):
        # The reporter drafts a package on the add form.
        page = self.log_in("reporter")
        page.goto(f"{self.live_server_url}{reverse('admin:relations_plugin_visitcontent_add')}")
        page.select_option("#id_relation", str(self.relation.pk))
        page.select_option("#id_guest_country", "KZ")
        page.select_option("#id_host_country", "RS")
        page.select_option("#id_language", "en")
        page.fill("#id_headline", HEADLINE)
        page.fill("#id_summary", "Official visit to Serbia, talks in narrow and expanded format.")
        page.select_option("#id_visit_type", "official")
        page.fill("#id_starts_on", "2024-11-18")
        page.fill("#id_ends_on", "2024-11-19")
        page.fill("#id_city", "Belgrade")
        page.click("input[name=_save]")
        page.wait_for_load_state("load")

        content = VisitContent.admin_manager.get(headline=HEADLINE)
        version = Version.objects.get_for_content(content)
        self.assertEqual(version.state, vc.DRAFT)
        self.assertEqual(version.created_by, self.reporter)

        # The reporter's publish button in the version list is inactive, and the publish form does not publish.
        page.goto(
            f"{self.live_server_url}{reverse('admin:djangocms_versioning_visitcontentversion_changelist')}"
            f"?visit={content.visit_id}&language=en"
        )
        publish = page.locator(".cms-action-publish").first
        self.assertIn("inactive", publish.get_attribute("class"))
        self.assertIsNone(publish.get_attribute("href"))
        timed_url = reverse("admin:djangocms_versioning_visitcontentversion_timed_publish", args=[version.pk])
        page.goto(f"{self.live_server_url}{timed_url}")
        page.click(".submit-row input[type=submit]")
        page.wait_for_load_state("load")
        version = Version.objects.get(pk=version.pk)  # FSM state: no refresh_from_db
        self.assertEqual(version.state, vc.DRAFT)
        self.assertEqual(self.reader_status(content.slug), 404)

        # The editor publishes with a go-live time tomorrow through timed publishing's form.
        page = self.log_in("editor")
        page.goto(
            f"{self.live_server_url}{reverse('admin:djangocms_versioning_visitcontentversion_changelist')}"
            f"?visit={content.visit_id}&language=en"
        )
        self.assertNotIn("inactive", page.locator(".cms-action-publish").first.get_attribute("class"))
        page.goto(f"{self.live_server_url}{timed_url}")
        go_live = timezone.localtime() + datetime.timedelta(days=1)
        page.fill("#id_visibility_start_0", go_live.strftime("%Y-%m-%d"))
        page.fill("#id_visibility_start_1", go_live.strftime("%H:%M:%S"))
        page.click(".submit-row input[type=submit]")
        page.wait_for_load_state("load")

        version = Version.objects.get(pk=version.pk)  # FSM state: no refresh_from_db
        self.assertEqual(version.state, vc.PUBLISHED)
        interval = TimedPublishingInterval.objects.get(version=version)
        self.assertGreater(interval.start, timezone.now())
        self.assertEqual(version.statetracking_set.get().user, self.editor)
        self.assertEqual(self.reader_status(content.slug), 404)  # published, but embargoed until tomorrow

        # Once the go-live time has passed, readers see it.
        TimedPublishingInterval.objects.filter(pk=interval.pk).update(
            start=timezone.now() - datetime.timedelta(minutes=1)
        )
        self.assertEqual(self.reader_status(content.slug), 200)
        reader = self.browser.new_context().new_page()
        reader.goto(f"{self.live_server_url}/en/relations/visits/{content.slug}/")
        self.assertEqual(reader.locator("h1").inner_text(), HEADLINE)
        reader.context.close()
