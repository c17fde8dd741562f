"""Version history with who published what, and the comparison of two versions of a package, children included."""

from django.contrib.auth.models import Permission
from django.test import TestCase
from django.urls import reverse

from relations_plugin import compare, selectors, services

from .factories import AgreementFactory, UserFactory, build_story_package


def compare_url(old, new) -> str:
    return f"{reverse('admin:relations_plugin_visitcontent_compare')}?a={old.pk}&b={new.pk}"


def history_url(content) -> str:
    return reverse("admin:relations_plugin_visitcontent_versions", args=[content.pk])


class CompareTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="editor")
        cls.chief = UserFactory(username="chief")
        cls.v1 = build_story_package(author=cls.editor, count=2, slug="history-story")
        cls.v2 = services.content_create_draft(content=cls.v1, by=cls.editor)
        tokayev_quote = cls.v2.quotes.get(speaker__name="Kassym-Jomart Tokayev")
        tokayev_quote.text = "Both countries have very similar positions on most issues"
        # Reworded, it no longer points at characters of its article (pre-publish checks refuse that).
        tokayev_quote.start_offset = tokayev_quote.end_offset = None
        tokayev_quote.save()
        cls.new_agreement = AgreementFactory(
            visit_content=cls.v2,
            title="Memorandum on direct Astana–Belgrade flights",
            signatories=[tokayev_quote.speaker],
        )
        removed = cls.v2.photos.order_by("pk").last()
        removed.caption = "The photo that goes"
        removed.save()
        cls.v1.photos.filter(image_id=removed.image_id).update(caption="The photo that goes")
        removed.delete()

    def diff(self):
        old, new = selectors.visit_versions_to_compare(left_pk=self.v1.pk, right_pk=self.v2.pk)
        return compare.package_diff(old, new)

    def section(self, diff, name):
        return next(section for section in diff.sections if section.name == name)

    def test_changed_quote_is_matched_to_its_old_words(self):
        quotes = self.section(self.diff(), "Quotes").items

        self.assertEqual(len(quotes), 1)  # Vučić's unchanged quote is not listed
        [change] = quotes
        self.assertEqual(change.kind, compare.CHANGED)
        self.assertIn("Kassym-Jomart Tokayev", change.label)
        self.assertEqual(
            change.changes,
            (
                compare.FieldChange(
                    "exact words",
                    "Both countries have similar positions",
                    "Both countries have very similar positions on most issues",
                ),
                compare.FieldChange("start in article", "17", ""),
                compare.FieldChange("end in article", "54", ""),
            ),
        )

    def test_added_agreement_and_removed_photo(self):
        diff = self.diff()

        agreements = self.section(diff, "Agreements").items
        self.assertEqual([(item.kind, item.label) for item in agreements], [(compare.ADDED, self.new_agreement.title)])
        photos = self.section(diff, "Ceremony photos").items
        self.assertEqual([(item.kind, item.label) for item in photos], [(compare.REMOVED, "The photo that goes")])

    def test_unchanged_parts_are_not_listed(self):
        diff = self.diff()

        self.assertEqual(diff.fields, ())
        for name in ("Participants", "Programme", "Linked articles"):
            self.assertEqual(self.section(diff, name).items, (), name)

    def test_same_version_has_no_changes(self):
        old, new = selectors.visit_versions_to_compare(left_pk=self.v1.pk, right_pk=self.v1.pk)
        self.assertFalse(compare.package_diff(old, new).has_changes)

    def test_versions_of_different_visits_are_not_compared(self):
        other = build_story_package(author=self.editor, slug="another-story")
        self.assertIsNone(selectors.visit_versions_to_compare(left_pk=self.v1.pk, right_pk=other.pk))
        self.client.force_login(self.editor)
        # Admin 404s under /admin/ are redirected to /<language>/admin/ by LocaleMiddleware, then end in a 404.
        self.assertEqual(self.client.get(compare_url(self.v1, other), follow=True).status_code, 404)

    def test_admin_page_shows_the_differences(self):
        self.client.force_login(self.editor)

        response = self.client.get(compare_url(self.v1, self.v2))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Memorandum on direct Astana–Belgrade flights")
        self.assertContains(response, "Both countries have very similar positions on most issues")
        self.assertContains(response, "The photo that goes")
        self.assertNotContains(response, "Aleksandar Vučić:")  # his quote did not change
        self.assertContains(response, 'class="diff-added"')
        self.assertContains(response, 'class="diff-removed"')
        self.assertContains(response, 'class="diff-changed"')

    def test_change_page_links_history_and_comparison(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("admin:relations_plugin_visitcontent_change", args=[self.v2.pk]))
        self.assertContains(response, history_url(self.v2))
        self.assertContains(response, f"{history_url(self.v2)}#compare")

    def test_history_shows_who_published_and_unpublished(self):
        services.content_publish(content=self.v2, by=self.chief)
        self.client.force_login(self.editor)

        response = self.client.get(history_url(self.v2))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Draft → Published by editor")  # version 1
        self.assertContains(response, "Published → Unpublished by chief")  # version 1, replaced by version 2
        self.assertContains(response, "Draft → Published by chief")  # version 2
        self.assertContains(response, f'name="a" value="{self.v1.pk}"')
        self.assertContains(response, f'name="b" value="{self.v2.pk}"')


class ComparePermissionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        author = UserFactory(username="author")
        cls.v1 = build_story_package(author=author, slug="permission-story")
        cls.v2 = services.content_create_draft(content=cls.v1, by=author)
        cls.viewer = UserFactory(username="viewer", is_superuser=False)
        cls.viewer.user_permissions.add(Permission.objects.get(codename="view_visitcontent"))
        cls.stranger = UserFactory(username="stranger", is_superuser=False)

    def test_staff_with_view_permission_compares_and_sees_history(self):
        self.client.force_login(self.viewer)
        self.assertEqual(self.client.get(compare_url(self.v1, self.v2)).status_code, 200)
        self.assertEqual(self.client.get(history_url(self.v2)).status_code, 200)

    def test_staff_without_view_permission_is_refused(self):
        self.client.force_login(self.stranger)
        self.assertEqual(self.client.get(compare_url(self.v1, self.v2)).status_code, 403)
        self.assertEqual(self.client.get(history_url(self.v2)).status_code, 403)

    def test_anonymous_is_sent_to_the_login(self):
        response = self.client.get(compare_url(self.v1, self.v2))
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("admin:login"), response["Location"])
