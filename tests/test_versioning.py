"""A package is versioned whole: drafts never change what readers see until they are published."""

from django.test import TestCase
from djangocms_versioning import constants as vc
from djangocms_versioning.models import Version

from relations_plugin import selectors, services
from relations_plugin.models import VisitContent

from .factories import (
    AgreementFactory,
    CeremonyPhotoFactory,
    LinkedArticleFactory,
    ParticipationFactory,
    PersonFactory,
    ProgrammeEventFactory,
    QuoteFactory,
    UserFactory,
    VisitContentFactory,
)


class PackageVersioningTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.content = VisitContentFactory(author=cls.editor, slug="tokayev-in-belgrade")
        cls.tokayev = PersonFactory(name="Kassym-Jomart Tokayev", country="KZ")
        cls.vucic = PersonFactory(name="Aleksandar Vučić", country="RS")
        ParticipationFactory(visit_content=cls.content, person=cls.tokayev)
        ParticipationFactory(visit_content=cls.content, person=cls.vucic)
        cls.event = ProgrammeEventFactory(visit_content=cls.content)
        QuoteFactory(visit_content=cls.content, speaker=cls.tokayev, text="Our countries are close.")
        AgreementFactory(visit_content=cls.content, signatories=[cls.tokayev, cls.vucic])
        CeremonyPhotoFactory(visit_content=cls.content, event=cls.event)
        LinkedArticleFactory(visit_content=cls.content)

    def published_quote_texts(self):
        package = selectors.visit_get_published(slug="tokayev-in-belgrade", language="en")
        return [quote.text for quote in package.quotes.all()]

    def test_draft_is_invisible_to_readers(self):
        self.assertIsNone(selectors.visit_get_published(slug="tokayev-in-belgrade", language="en"))

    def test_new_draft_copies_every_item_of_the_package(self):
        services.content_publish(content=self.content, by=self.editor)
        draft = services.content_create_draft(content=self.content, by=self.editor)

        self.assertNotEqual(draft.pk, self.content.pk)
        self.assertEqual(Version.objects.get_for_content(draft).state, vc.DRAFT)
        for relation in ("participations", "programme_events", "quotes", "agreements", "photos", "linked_articles"):
            with self.subTest(relation=relation):
                self.assertEqual(getattr(draft, relation).count(), getattr(self.content, relation).count())
                self.assertFalse(
                    set(getattr(draft, relation).values_list("pk", flat=True))
                    & set(getattr(self.content, relation).values_list("pk", flat=True))
                )
        self.assertEqual(
            set(draft.agreements.get().signatories.all()), {self.tokayev, self.vucic}, "signatories are copied"
        )
        self.assertEqual(draft.photos.get().event, draft.programme_events.get(), "photo points at the copied event")

    def test_editing_a_draft_leaves_the_published_quote_until_publish(self):
        services.content_publish(content=self.content, by=self.editor)
        draft = services.content_create_draft(content=self.content, by=self.editor)
        quote = draft.quotes.get()
        quote.text = "Our countries are very close."
        quote.save()

        self.assertEqual(self.published_quote_texts(), ["Our countries are close."])

        services.content_publish(content=draft, by=self.editor)
        self.assertEqual(self.published_quote_texts(), ["Our countries are very close."])
        self.assertEqual(VisitContent.admin_manager.get(pk=self.content.pk).versions.get().state, vc.UNPUBLISHED)

    def test_asking_for_a_draft_twice_returns_the_same_draft(self):
        services.content_publish(content=self.content, by=self.editor)
        first = services.content_create_draft(content=self.content, by=self.editor)
        second = services.content_create_draft(content=self.content, by=self.editor)
        self.assertEqual(first, second)

    def test_languages_have_their_own_version_lines(self):
        services.content_publish(content=self.content, by=self.editor)
        russian = VisitContentFactory(
            author=self.editor, visit=self.content.visit, language="ru", slug="tokayev-v-belgrade", published=True
        )
        self.assertEqual(Version.objects.get_for_content(self.content).state, vc.PUBLISHED)
        self.assertEqual(Version.objects.get_for_content(russian).state, vc.PUBLISHED)
        self.assertEqual(
            set(VisitContent.objects.filter(visit=self.content.visit).values_list("language", flat=True)), {"en", "ru"}
        )
