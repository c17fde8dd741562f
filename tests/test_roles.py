"""Newsroom roles: reporters draft, editors publish, partner managers look after API partners only."""

from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory, TestCase
from django.urls import reverse
from djangocms_versioning import constants as vc
from djangocms_versioning.models import Version
from filer.models import File, Image

from relations_plugin import services
from relations_plugin.models import Person

from .factories import (
    ParticipationFactory,
    PersonFactory,
    RelationFactory,
    UserFactory,
    VisitContentFactory,
    build_story_package,
)
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


class ReferenceDataTests(TestCase):
    """What a published package shows is live at once, so only editors change it; drafts' reference data stays open."""

    @classmethod
    def setUpTestData(cls):
        cls.reporter = member_of("Reporter", "reporter")
        cls.editor = member_of("Editor", "editor")
        cls.published = build_story_package(author=cls.editor, slug="published-story")
        cls.draft = build_story_package(author=cls.editor, published=False, slug="draft-story")
        cls.shown = cls.published.participations.first().person
        cls.drafted = PersonFactory(slug="drafted-person")
        ParticipationFactory(visit_content=cls.draft, person=cls.drafted)

    def change(self, user, person):
        self.client.force_login(user)
        url = reverse("admin:relations_plugin_person_change", args=[person.pk])
        return self.client.post(url, {"name": person.name, "title": "Changed title"})

    def test_reporter_cannot_change_a_person_a_published_package_shows(self):
        response = self.change(self.reporter, self.shown)

        self.assertEqual(response.status_code, 403)
        self.shown.refresh_from_db()
        self.assertNotEqual(self.shown.title, "Changed title")

    def test_reporter_may_change_a_person_only_drafts_show(self):
        person_admin = admin.site._registry[Person]
        request = RequestFactory().get("/")
        request.user = self.reporter
        self.assertTrue(person_admin.has_change_permission(request, self.drafted))
        self.assertFalse(person_admin.has_change_permission(request, self.shown))
        self.assertFalse(person_admin.has_delete_permission(request, self.shown))
        request.user = self.editor
        self.assertTrue(person_admin.has_change_permission(request, self.shown))

    def test_images_and_files_of_a_published_package_are_for_editors(self):
        request = RequestFactory().get("/")
        lead, draft_lead = self.published.lead_photo, self.draft.lead_photo
        document = self.published.agreements.first().document
        for model, obj, allowed_for_reporter in (
            (Image, lead, False),
            (Image, self.published.photos.first().image, False),
            (File, document, False),
            (Image, draft_lead, True),
        ):
            with self.subTest(obj=str(obj)):
                model_admin = admin.site._registry[model]
                # The media library's own rule lets the owner edit a file; ours comes on top of it.
                obj.owner = request.user = self.reporter
                self.assertEqual(model_admin.has_change_permission(request, obj), allowed_for_reporter)
                obj.owner = request.user = self.editor
                self.assertTrue(model_admin.has_change_permission(request, obj))

    def test_reporter_cannot_change_a_published_image_through_the_admin(self):
        self.client.force_login(self.reporter)
        image = self.published.lead_photo
        image.owner = self.reporter  # the media library alone would let its owner edit it
        image.save()
        url = reverse("admin:filer_image_change", args=[image.pk])

        response = self.client.post(url, {"author": "Someone else", "original_filename": "x.jpg"})

        self.assertEqual(response.status_code, 403)
        image.refresh_from_db()
        self.assertEqual(image.author, "Akorda press service")
