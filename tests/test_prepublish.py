"""Pre-publish checks: errors block publishing, warnings ask the editor to confirm, the draft's form lists both."""

from __future__ import annotations

import datetime

from django.contrib.messages import get_messages
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from djangocms_timed_publishing.models import TimedPublishingInterval
from djangocms_versioning import constants as vc
from djangocms_versioning.models import StateTracking, Version

from relations_plugin import prepublish, services
from relations_plugin.prepublish import Level

from .factories import (
    AgreementFactory,
    ArticleContentFactory,
    CeremonyPhotoFactory,
    FilerImageFactory,
    PersonFactory,
    ProgrammeEventFactory,
    QuoteFactory,
    UserFactory,
    VisitContentFactory,
    build_story_package,
)

OUTSIDE_THE_VISIT = datetime.datetime(2024, 11, 25, 10, 0)


def snapshot() -> tuple:
    """Every row a publish writes: versions and their states, go-live intervals, state history."""
    return (
        list(Version.objects.order_by("pk").values_list("pk", "state")),
        list(TimedPublishingInterval.objects.order_by("pk").values_list("pk", "version_id", "start", "end")),
        list(StateTracking.objects.order_by("pk").values_list("pk", "version_id", "new_state")),
    )


def codes(findings) -> dict[str, Level]:
    return {finding.code: finding.level for finding in findings}


def state(content) -> str:
    # A fresh row: versioning caches the version on its content, and FSM state cannot be refreshed in place.
    return Version.objects.get(pk=Version.objects.get_for_content(content).pk).state


def timed_form(start: datetime.datetime) -> dict:
    local = timezone.localtime(start)
    return {"visibility_start_0": local.strftime("%Y-%m-%d"), "visibility_start_1": local.strftime("%H:%M:%S")}


class RuleTests(TestCase):
    """Each rule on its own, through ``check_package``."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.article = ArticleContentFactory(
            author=cls.editor, published=True, body="<p>“We are close partners,” the President said.</p>"
        ).article

    def package(self, **fields):
        return VisitContentFactory(author=self.editor, **fields)

    def test_a_complete_package_has_no_findings(self):
        self.assertEqual(prepublish.check_package(build_story_package(author=self.editor, count=2)), [])

    def test_each_rule_finds_its_problem_at_its_level(self):
        cases = {
            "summary-missing": (Level.WARNING, lambda c: None, {"summary": ""}),
            "programme-outside-dates": (
                Level.ERROR,
                lambda c: ProgrammeEventFactory(visit_content=c, starts_at=timezone.make_aware(OUTSIDE_THE_VISIT)),
                {},
            ),
            "quote-context-missing": (Level.WARNING, lambda c: QuoteFactory(visit_content=c, context=""), {}),
            "agreement-signatories-missing": (Level.WARNING, lambda c: AgreementFactory(visit_content=c), {}),
            "photo-credit-missing": (Level.WARNING, lambda c: CeremonyPhotoFactory(visit_content=c, credit=""), {}),
            "photo-alt-poor": (Level.WARNING, lambda c: CeremonyPhotoFactory(visit_content=c, alt_text="Photo"), {}),
            "photo-alt-missing": (Level.ERROR, lambda c: None, {"lead_photo": FilerImageFactory()}),
        }
        for code, (level, add, fields) in cases.items():
            with self.subTest(code=code):
                content = self.package(**fields)
                add(content)

                self.assertEqual(codes(prepublish.check_package(content)), {code: level})

    def test_poor_alt_texts(self):
        image = FilerImageFactory(original_filename="belgrade-welcome.jpg")
        for alt_text in ("photo", "Photo 2", "«Фото»", "IMG_1234", "DSC01234.JPG", "belgrade-welcome", "Two men"):
            with self.subTest(alt_text=alt_text):
                content = self.package()
                CeremonyPhotoFactory(visit_content=content, image=image, alt_text=alt_text)

                self.assertEqual(codes(prepublish.check_package(content)), {"photo-alt-poor": Level.WARNING})

    def test_a_quote_is_found_in_its_source_whatever_the_typography(self):
        content = self.package()
        QuoteFactory(visit_content=content, source_article=self.article, text="We are close  partners.")

        self.assertEqual(prepublish.check_package(content), [])

    def test_a_quote_not_in_its_source_is_an_error_when_it_points_at_characters_and_a_warning_otherwise(self):
        for offsets, level in [((0, 10), Level.ERROR), ((None, None), Level.WARNING)]:
            with self.subTest(level=level):
                content = self.package()
                QuoteFactory(
                    visit_content=content,
                    source_article=self.article,
                    text="We never said this.",
                    start_offset=offsets[0],
                    end_offset=offsets[1],
                )

                self.assertEqual(codes(prepublish.check_package(content)), {"quote-not-in-source": level})

    def test_a_translated_quote_is_looked_for_in_its_original_words(self):
        content = self.package(language="ru", slug="perevod")
        QuoteFactory(
            visit_content=content,
            source_article=self.article,
            text="Мы близкие партнёры.",
            original_text="We are close partners",
            original_language="en",
        )

        self.assertEqual(prepublish.check_package(content), [])

    def test_a_finding_points_at_its_field_on_the_form(self):
        content = self.package()
        QuoteFactory(visit_content=content, sort_order=0)
        QuoteFactory(visit_content=content, context="", sort_order=1)

        (finding,) = prepublish.check_package(content)
        self.assertEqual(finding.where, "id_quotes-1-context")

    def test_queries_do_not_grow_with_the_package(self):
        small = build_story_package(author=self.editor, count=1, published=False)
        large = build_story_package(author=self.editor, count=6, published=False)
        counts = []
        for content in (small, large):
            with CaptureQueriesContext(connection) as queries:
                prepublish.check_package(content)
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])


class AdminPublishTests(TestCase):
    """Versioning's publish and timed publish, as the version list and the toolbar post them."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="chief")

    def setUp(self):
        self.client.force_login(self.editor)

    def url(self, content, action: str = "publish") -> str:
        version = Version.objects.get_for_content(content)
        return reverse(f"admin:djangocms_versioning_visitcontentversion_{action}", args=[version.pk])

    def with_error(self):
        content = VisitContentFactory(author=self.editor)
        ProgrammeEventFactory(
            visit_content=content, title="Wreath laying", starts_at=timezone.make_aware(OUTSIDE_THE_VISIT)
        )
        return content

    def with_warning(self):
        content = VisitContentFactory(author=self.editor)
        QuoteFactory(visit_content=content, speaker=PersonFactory(), text="Our countries are close.", context="")
        return content

    def test_a_package_with_an_error_is_not_published_and_nothing_is_written(self):
        for action, data in [("publish", {}), ("timed_publish", timed_form(timezone.now() + datetime.timedelta(1)))]:
            with self.subTest(action=action):
                content = self.with_error()
                before = snapshot()

                response = self.client.post(self.url(content, action), {**data, "confirm_warnings": "1"})

                self.assertEqual(snapshot(), before)
                change_url = reverse("admin:relations_plugin_visitcontent_change", args=[content.pk])
                self.assertIn(change_url, response.headers.get("Location", response.content.decode()))
                messages = [str(message) for message in get_messages(response.wsgi_request)]
                self.assertTrue(any("Wreath laying" in message for message in messages), messages)

    def test_warnings_ask_for_confirmation_and_confirming_publishes(self):
        content = self.with_warning()
        before = snapshot()

        response = self.client.post(self.url(content))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "has no context")
        self.assertContains(response, 'name="confirm_warnings"')
        self.assertEqual(snapshot(), before)

        self.client.post(self.url(content), {"confirm_warnings": "1"})
        self.assertEqual(state(content), vc.PUBLISHED)

    def test_timed_publish_with_warnings_confirms_with_the_go_live_time_kept(self):
        content = self.with_warning()
        start = timezone.now() + datetime.timedelta(days=1)
        form = timed_form(start)

        response = self.client.post(self.url(content, "timed_publish"), form)

        self.assertContains(response, "has no context")
        self.assertContains(response, f'name="visibility_start_0" value="{form["visibility_start_0"]}"')
        self.assertEqual(state(content), vc.DRAFT)

        self.client.post(self.url(content, "timed_publish"), {**form, "confirm_warnings": "1"})
        version = Version.objects.get(pk=Version.objects.get_for_content(content).pk)
        self.assertEqual(version.state, vc.PUBLISHED)
        self.assertEqual(version.visibility.start.replace(microsecond=0), start.replace(microsecond=0))

    def test_the_publish_with_time_limits_dialog_lists_the_findings(self):
        content = self.with_warning()

        response = self.client.get(self.url(content, "timed_publish"))

        self.assertContains(response, "has no context")
        change_url = reverse("admin:relations_plugin_visitcontent_change", args=[content.pk])
        self.assertContains(response, f'href="{change_url}#id_quotes-0-context"')
        self.assertContains(response, 'name="visibility_start_0"')

    def test_the_draft_form_lists_the_findings_with_links_to_their_fields(self):
        content = self.with_error()
        QuoteFactory(visit_content=content, context="")

        response = self.client.get(reverse("admin:relations_plugin_visitcontent_change", args=[content.pk]))

        self.assertContains(response, 'class="module prepublish-findings"')
        self.assertContains(response, "Wreath laying")
        for target in ("programme_events-0", "id_quotes-0-context"):
            self.assertContains(response, f'href="#{target}"')
            self.assertContains(response, f'id="{target}"')

    def test_every_finding_links_to_an_element_of_the_form(self):
        content = self.with_error()
        content.summary = ""
        content.save()
        QuoteFactory(visit_content=content, context="")
        AgreementFactory(visit_content=content)
        CeremonyPhotoFactory(visit_content=content, credit="", alt_text="IMG_0042")
        findings = prepublish.check_package(content)
        self.assertEqual(len(findings), 6)

        response = self.client.get(reverse("admin:relations_plugin_visitcontent_change", args=[content.pk]))

        for finding in findings:
            with self.subTest(code=finding.code):
                self.assertContains(response, f'href="#{finding.where}"')
                self.assertContains(response, f'id="{finding.where}"')

    def test_a_clean_draft_form_has_no_findings_panel(self):
        content = VisitContentFactory(author=self.editor)

        response = self.client.get(reverse("admin:relations_plugin_visitcontent_change", args=[content.pk]))

        self.assertNotContains(response, "prepublish-findings")


class ServicePublishTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()

    def test_errors_block_the_service_unless_checks_are_skipped(self):
        content = VisitContentFactory(author=self.editor)
        ProgrammeEventFactory(visit_content=content, starts_at=timezone.make_aware(OUTSIDE_THE_VISIT))
        before = snapshot()

        with self.assertRaises(prepublish.PackageNotReady) as refused:
            services.content_publish(content=content, by=self.editor)
        self.assertEqual(snapshot(), before)
        self.assertEqual([finding.code for finding in refused.exception.findings], ["programme-outside-dates"])

        services.content_publish(content=content, by=self.editor, skip_checks=True)
        self.assertEqual(state(content), vc.PUBLISHED)

    def test_warnings_do_not_block_the_service(self):
        content = VisitContentFactory(author=self.editor, summary="")

        services.content_publish(content=content, by=self.editor)

        self.assertEqual(state(content), vc.PUBLISHED)
