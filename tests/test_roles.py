"""Newsroom roles: reporters draft, editors publish, partner managers look after API partners only."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.test import TestCase
from django.urls import reverse
from djangocms_versioning import constants as vc
from djangocms_versioning.models import Version

from relations_plugin import services

from .factories import RelationFactory, UserFactory, VisitContentFactory
from .utils import package_post_data


def member_of(group: str, username: str):
    user = UserFactory(username=username, is_superuser=False)
    user.groups.add(Group.objects.get(name=group))
    return user


def publish_url(content):
    version = Version.objects.get_for_content(content)
    return reverse("admin:djangocms_versioning_visitcontentversion_publish", args=[version.pk])


class RoleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.reporter = member_of("Reporter", "reporter")
        cls.editor = member_of("Editor", "editor")
        cls.partner_manager = member_of("Partner manager", "partners")
        cls.relation = RelationFactory()

    def draft(self):
        return VisitContentFactory(author=self.reporter)

    def test_groups_exist_after_migrations(self):
        self.assertTrue({"Reporter", "Editor", "Partner manager"} <= set(Group.objects.values_list("name", flat=True)))

    def test_reporter_creates_a_draft_package_in_the_admin(self):
        self.client.force_login(self.reporter)
        fields = {
            "relation": self.relation.pk,
            "guest_country": "KZ",
            "host_country": "RS",
            "language": "en",
            "headline": "Reporter's draft",
            "slug": "",
            "summary": "",
            "visit_type": "official",
            "starts_on": "2024-11-18",
            "ends_on": "2024-11-19",
            "city": "Belgrade",
            "venue": "",
            "lead_photo_alt": "",
        }
        response = self.client.post(reverse("admin:relations_plugin_visitcontent_add"), package_post_data(fields))
        self.assertEqual(response.status_code, 302)

    def test_reporter_cannot_publish_and_nothing_changes(self):
        content = self.draft()
        self.client.force_login(self.reporter)

        response = self.client.post(publish_url(content))

        self.assertEqual(response.status_code, 403)
        self.assertEqual(content.versions.get().state, vc.DRAFT)
        with self.assertRaisesMessage(PermissionDenied, "Only editors may publish this content."):
            services.content_publish(content=content, by=self.reporter)
        self.assertEqual(content.versions.get().state, vc.DRAFT)

    def test_editor_publishes(self):
        content = self.draft()
        self.client.force_login(self.editor)
        self.client.post(publish_url(content))
        self.assertEqual(content.versions.get().state, vc.PUBLISHED)

    def test_reporter_cannot_unpublish(self):
        content = VisitContentFactory(author=self.editor, published=True)
        with self.assertRaisesMessage(PermissionDenied, "Only editors may unpublish this content."):
            services.content_unpublish(content=content, by=self.reporter)
        services.content_unpublish(content=content, by=self.editor)
        self.assertEqual(content.versions.get().state, vc.UNPUBLISHED)

    def test_partner_manager_sees_partners_but_not_packages(self):
        self.client.force_login(self.partner_manager)
        self.assertEqual(self.client.get(reverse("admin:relations_plugin_partner_changelist")).status_code, 200)
        self.assertEqual(self.client.get(reverse("admin:relations_plugin_visitcontent_changelist")).status_code, 403)

    def test_reporter_cannot_manage_partners(self):
        self.client.force_login(self.reporter)
        self.assertEqual(self.client.get(reverse("admin:relations_plugin_partner_changelist")).status_code, 403)
