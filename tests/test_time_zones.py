"""Time zones: programme times are typed and read in the zone of the visit's city, named wherever they are shown;
every other admin time is in the editor's own zone (their preferences), named beside the field.

The rule for an editor elsewhere: the package form shows programme times in the visit's zone, labelled as such
("time at the visit: Asia/Almaty, UTC+5"), never converted to the editor's zone, so what they read is what they type.
"""

from __future__ import annotations

import datetime
import zoneinfo
from importlib import import_module

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import translation
from djangocms_versioning.models import Version
from rest_framework.test import APIClient

from relations_plugin import timezones
from relations_plugin.models import EditorProfile, ProgrammeEvent, VisitContent

from .browser import ChromiumTestCase
from .factories import (
    ProgrammeEventFactory,
    RelationFactory,
    UserFactory,
    VisitContentFactory,
    VisitFactory,
)
from .utils import ApphookTestCase, package_post_data

ADD_URL = "/admin/relations_plugin/visitcontent/add/"
UTC = datetime.UTC


def editor_in(zone: str, username: str):
    editor = UserFactory(username=username)
    EditorProfile.objects.create(user=editor, time_zone=zone)
    return editor


def package_fields(**overrides) -> dict:
    """A new package of Serbia's visit to Kazakhstan, in Astana, with one programme event at 18:30 on 18 November."""
    fields = {
        "relation": RelationFactory(country_a="KZ", country_b="RS").pk,
        "guest_country": "RS",
        "host_country": "KZ",
        "language": "en",
        "headline": "Vučić pays official visit to Kazakhstan",
        "slug": "vucic-in-astana",
        "summary": "Talks in Astana.",
        "visit_type": "official",
        "starts_on": "2024-11-18",
        "ends_on": "2024-11-19",
        "city": "Astana",
        "venue": "Akorda",
        "time_zone": "Asia/Almaty",
        "lead_photo_alt": "",
    }
    fields.update(overrides)
    return package_post_data(
        fields,
        programme_events=[
            {
                "kind": "talks_narrow",
                "title": "Talks in narrow format",
                "starts_at_0": "2024-11-18",
                "starts_at_1": "18:30",
                "place": "Akorda",
                "sort_order": "0",
            }
        ],
    )


class CountryZoneTests(TestCase):
    def test_a_country_with_one_zone_gives_it(self):
        self.assertEqual(timezones.country_default_zone("RS"), "Europe/Belgrade")

    def test_a_country_with_several_zones_gives_none_and_lists_them(self):
        self.assertEqual(timezones.country_default_zone("KZ"), "")
        self.assertIn("Asia/Almaty", [zone.name for zone in timezones.country_zones("KZ")])

    def test_a_zone_is_named_with_its_offset_at_the_time(self):
        summer = datetime.datetime(2024, 7, 1, 12, tzinfo=UTC)
        self.assertEqual(timezones.zone_label("Europe/Belgrade", summer), "Europe/Belgrade, UTC+2")
        self.assertEqual(timezones.zone_label("Asia/Kolkata", summer), "Asia/Kolkata, UTC+5:30")


class PackageTimeZoneFormTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = editor_in("Asia/Almaty", "almaty-editor")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_an_editor_in_almaty_enters_a_time_of_the_visit_in_astana(self):
        response = self.client.post(ADD_URL, package_fields())
        self.assertEqual(response.status_code, 302, getattr(response, "context", None) and response.context["errors"])
        event = ProgrammeEvent.objects.get(visit_content__slug="vucic-in-astana")
        self.assertEqual(event.starts_at, datetime.datetime(2024, 11, 18, 13, 30, tzinfo=UTC))
        self.assertEqual(event.visit_content.time_zone, "Asia/Almaty")

    def test_programme_times_are_read_in_the_visits_zone_not_the_editors(self):
        self.client.force_login(editor_in("Europe/Moscow", "moscow-editor"))
        self.client.post(ADD_URL, package_fields())
        event = ProgrammeEvent.objects.get(visit_content__slug="vucic-in-astana")
        self.assertEqual(event.starts_at, datetime.datetime(2024, 11, 18, 13, 30, tzinfo=UTC))

    def test_a_host_with_several_zones_needs_the_editors_choice(self):
        response = self.client.post(ADD_URL, package_fields(time_zone=""))
        self.assertEqual(response.status_code, 200)
        self.assertIn("time_zone", response.context["adminform"].form.errors)
        self.assertContains(response, "Kazakhstan has several time zones: choose the one of the city of the visit.")
        self.assertFalse(VisitContent._base_manager.filter(slug="vucic-in-astana").exists())

    def test_a_host_with_one_zone_gives_the_package_its_zone(self):
        fields = package_fields(time_zone="", guest_country="KZ", host_country="RS", city="Belgrade")
        fields["programme_events-0-starts_at_1"] = "10:00"
        self.assertEqual(self.client.post(ADD_URL, fields).status_code, 302)
        content = VisitContent._base_manager.get(slug="vucic-in-astana")
        self.assertEqual(content.time_zone, "Europe/Belgrade")
        self.assertEqual(content.programme_events.get().starts_at, datetime.datetime(2024, 11, 18, 9, 0, tzinfo=UTC))

    def test_an_unknown_zone_is_a_form_error(self):
        response = self.client.post(ADD_URL, package_fields(time_zone="Asia/Nowhere"))
        self.assertEqual(response.status_code, 200)
        self.assertIn("time_zone", response.context["adminform"].form.errors)
        self.assertFalse(VisitContent._base_manager.filter(slug="vucic-in-astana").exists())

    def test_an_editor_elsewhere_sees_the_programme_time_in_the_visits_zone_labelled(self):
        self.client.post(ADD_URL, package_fields())
        content = VisitContent._base_manager.get(slug="vucic-in-astana")
        self.client.force_login(editor_in("Europe/Moscow", "moscow-editor"))
        response = self.client.get(reverse("admin:relations_plugin_visitcontent_change", args=[content.pk]))
        self.assertContains(response, 'name="programme_events-0-starts_at_1" value="18:30:00"')
        self.assertContains(response, "time at the visit: Asia/Almaty, UTC+5")

    def test_a_new_packages_programme_times_are_labelled_with_the_zone_still_to_choose(self):
        response = self.client.get(ADD_URL)
        self.assertContains(response, "time at the visit, in the package&#x27;s time zone")
        self.assertNotContains(response, "time at the visit: ")

    def test_changing_the_packages_zone_keeps_the_clock_times_typed(self):
        self.client.post(ADD_URL, package_fields())
        content = VisitContent._base_manager.get(slug="vucic-in-astana")
        data = package_fields(time_zone="Europe/Moscow", loaded_at=content.updated_at.isoformat())
        data.update(
            {"programme_events-INITIAL_FORMS": "1", "programme_events-0-id": content.programme_events.get().pk}
        )
        response = self.client.post(reverse("admin:relations_plugin_visitcontent_change", args=[content.pk]), data)
        self.assertEqual(response.status_code, 302, response.context and response.context["errors"])
        event = ProgrammeEvent.objects.get(visit_content=content)
        self.assertEqual(event.starts_at, datetime.datetime(2024, 11, 18, 15, 30, tzinfo=UTC))


class ProgrammeTimeReaderTests(ApphookTestCase):
    """What the Almaty editor typed, 18:30 in Astana, is what readers and partners read, with the zone named."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        relation = RelationFactory(country_a="KZ", country_b="RS")
        visit = VisitFactory(relation=relation, guest_country="RS", host_country="KZ")
        cls.content = VisitContentFactory(
            author=cls.editor, visit=visit, slug="vucic-in-astana", city="Astana", time_zone="Asia/Almaty"
        )
        ProgrammeEventFactory(visit_content=cls.content, starts_at=datetime.datetime(2024, 11, 18, 13, 30, tzinfo=UTC))
        Version.objects.get_for_content(cls.content).publish(cls.editor)

    def test_story_page_shows_the_time_of_the_visit_with_its_zone(self):
        response = self.client.get("/en/relations/visits/vucic-in-astana/")
        self.assertContains(
            response,
            '<time datetime="2024-11-18T18:30:00+05:00">18 November, 18:30</time> '
            '<span class="timeline__zone">(Astana time, UTC+5)</span>',
            html=True,
        )

    def test_story_page_time_does_not_follow_the_servers_zone(self):
        with override_settings(TIME_ZONE="America/New_York"):
            response = self.client.get("/en/relations/visits/vucic-in-astana/")
        self.assertContains(response, "18 November, 18:30")

    def test_api_gives_the_time_with_the_visits_offset_and_zone(self):
        response = APIClient().get("/api/v1/visits/vucic-in-astana/")
        event = response.json()["programme"][0]
        self.assertEqual(event["starts_at"], "2024-11-18T18:30:00+05:00")
        self.assertEqual(event["time_zone"], "Asia/Almaty")

    def test_the_zone_is_named_in_the_page_language(self):
        event = self.content.programme_events.get()
        with translation.override("ru"):
            self.assertEqual(event.local_start.text, "18 ноября, 18:30")
            self.assertEqual(event.local_start.label, "местное время, Astana, UTC+5")
        with translation.override("kk"):
            self.assertEqual(event.local_start.label, "Astana уақыты, UTC+5")


class EditorTimeZoneTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.moscow = editor_in("Europe/Moscow", "moscow-editor")

    def test_admin_pages_are_in_the_editors_zone(self):
        """The admin's "N hours behind server time" note compares the browser's offset with this one."""
        self.client.force_login(self.moscow)
        response = self.client.get("/admin/")
        self.assertContains(response, 'data-admin-utc-offset="10800"')

    @override_settings(RELATIONS_PLUGIN_DEFAULT_TIME_ZONE="Asia/Almaty")
    def test_an_editor_without_preferences_gets_the_default_zone(self):
        self.client.force_login(UserFactory(username="new-editor"))
        self.assertContains(self.client.get("/admin/"), 'data-admin-utc-offset="18000"')

    @override_settings(TIME_ZONE="Asia/Tokyo")
    def test_without_a_default_zone_setting_the_sites_zone_is_the_default(self):
        self.assertEqual(timezones.editor_zone(UserFactory(username="new-editor")), "Asia/Tokyo")

    def test_date_and_time_fields_name_the_editors_zone(self):
        self.client.force_login(self.moscow)
        response = self.client.get(reverse("admin:relations_plugin_articlecontent_add"))
        self.assertContains(response, "your time zone: Europe/Moscow, UTC+3")

    def test_an_editor_sets_their_own_zone_in_my_preferences(self):
        editor = UserFactory(username="new-editor", is_superuser=False)
        self.client.force_login(editor)
        response = self.client.get(reverse("admin:relations_plugin_editorprofile_changelist"), follow=True)
        self.assertEqual(response.status_code, 200)
        response = self.client.post(response.redirect_chain[-1][0], {"time_zone": "Asia/Almaty"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(EditorProfile.objects.get(user=editor).time_zone, "Asia/Almaty")

    def test_an_unknown_zone_in_my_preferences_is_a_form_error(self):
        self.client.force_login(self.moscow)
        url = reverse("admin:relations_plugin_editorprofile_change", args=[self.moscow.editor_profile.pk])
        response = self.client.post(url, {"time_zone": "Europe/Atlantis"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("time_zone", response.context["adminform"].form.errors)
        self.assertEqual(EditorProfile.objects.get(user=self.moscow).time_zone, "Europe/Moscow")

    def test_an_editor_cannot_open_another_editors_preferences(self):
        other = editor_in("Asia/Almaty", "almaty-editor")
        self.client.force_login(self.moscow)
        url = reverse("admin:relations_plugin_editorprofile_change", args=[other.editor_profile.pk])
        self.assertRedirects(self.client.get(url), reverse("admin:index"))
        self.client.post(url, {"time_zone": "Europe/Moscow"})
        self.assertEqual(EditorProfile.objects.get(user=other).time_zone, "Asia/Almaty")


class ZoneArithmeticTests(TestCase):
    def test_a_clock_time_the_zone_skips_is_refused(self):
        with self.assertRaises(ValidationError):
            timezones.make_aware_in(datetime.datetime(2024, 3, 31, 2, 30), "Europe/Belgrade")


@override_settings(TIME_ZONE="Europe/Belgrade")
class TimeZoneMigrationTests(TestCase):
    """Packages saved before they had a zone: their programme times were typed as the host's clock times."""

    def migrate(self) -> None:
        name = "relations_plugin.migrations.0017_visitcontent_time_zone"
        state = MigrationExecutor(connection).loader.project_state(("relations_plugin", "0017_visitcontent_time_zone"))
        import_module(name).zones_from_host_country(state.apps, None)

    def event_typed_in_belgrade(self, host: str) -> ProgrammeEvent:
        guest = "RS" if host == "KZ" else "KZ"
        country_a, country_b = sorted((guest, host))
        relation = RelationFactory(country_a=country_a, country_b=country_b)
        visit = VisitFactory(relation=relation, guest_country=guest, host_country=host)
        content = VisitContentFactory(visit=visit)
        typed = datetime.datetime(2024, 11, 18, 18, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Belgrade"))
        return ProgrammeEventFactory(visit_content=content, starts_at=typed)

    def test_a_host_with_one_zone_gets_it_and_keeps_the_clock_times_typed(self):
        event = self.event_typed_in_belgrade("GE")
        self.migrate()
        event.refresh_from_db()
        self.assertEqual(event.visit_content.time_zone, "Asia/Tbilisi")
        self.assertEqual(event.starts_at, datetime.datetime(2024, 11, 18, 14, 30, tzinfo=UTC))

    def test_a_host_with_several_zones_keeps_the_times_in_the_zone_they_were_typed_in(self):
        event = self.event_typed_in_belgrade("KZ")
        self.migrate()
        event.refresh_from_db()
        self.assertEqual(event.visit_content.time_zone, "")
        self.assertEqual(event.starts_at, datetime.datetime(2024, 11, 18, 17, 30, tzinfo=UTC))
        self.assertEqual(event.local_start.label, "Europe/Belgrade, UTC+1")


class ServerTimeNoteBrowserTests(ChromiumTestCase):
    """Django's date and time shortcuts note "You are N hours ahead of server time" when the browser's zone
    differs from the admin's: an editor whose preferences name their computer's zone does not see it."""

    def date_fields_in_a_browser_in(self, zone: str):
        editor = editor_in("Asia/Almaty", "almaty-editor")
        self.client.force_login(editor)
        context = self.browser.new_context(timezone_id=zone)
        self.addCleanup(context.close)
        session = self.client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": self.live_server_url}])
        page = context.new_page()
        page.goto(f"{self.live_server_url}{reverse('admin:relations_plugin_articlecontent_add')}")
        page.wait_for_selector(".datetimeshortcuts")
        return page

    def test_no_note_when_the_preferences_name_the_browsers_zone(self):
        page = self.date_fields_in_a_browser_in("Asia/Almaty")
        self.assertEqual(page.locator(".timezonewarning").count(), 0)

    def test_the_note_shows_when_the_browser_is_elsewhere(self):
        page = self.date_fields_in_a_browser_in("Europe/Moscow")
        self.assertGreater(page.locator(".timezonewarning").count(), 0)
