"""Translating a package: a draft in another language with every item copied, linked to its source version."""

from django.test import TestCase
from django.urls import reverse

from relations_plugin import services, translations
from relations_plugin.exceptions import VisitStateError
from relations_plugin.models import VisitContent

from .factories import UserFactory, build_story_package


def translate_url(content) -> str:
    return reverse("admin:relations_plugin_visitcontent_translate", args=[content.pk])


def change_url(content) -> str:
    return reverse("admin:relations_plugin_visitcontent_change", args=[content.pk])


class TranslatePackageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="editor", is_superuser=True, is_staff=True)
        cls.source = build_story_package(author=cls.editor, count=2, slug="tokayev-in-belgrade")

    def setUp(self):
        self.client.force_login(self.editor)

    def translate(self, language: str = "ru"):
        return self.client.post(translate_url(self.source), {"language": language})

    def test_translate_into_russian_through_the_admin_copies_every_item_and_links_the_source(self):
        response = self.translate("ru")
        draft = VisitContent.admin_manager.get(visit=self.source.visit, language="ru")
        self.assertRedirects(response, change_url(draft), fetch_redirect_response=False)
        self.assertEqual(draft.translated_from, self.source)
        self.assertEqual(draft.slug, self.source.slug, "the slug stays Latin, the source's")
        for relation in ["participations", "programme_events", "quotes", "agreements", "photos", "linked_articles"]:
            with self.subTest(relation=relation):
                copied = getattr(draft, relation).all()
                self.assertEqual(copied.count(), getattr(self.source, relation).count())
                self.assertTrue(copied.exists())
                self.assertFalse(
                    set(copied.values_list("pk", flat=True))
                    & set(getattr(self.source, relation).values_list("pk", flat=True)),
                    "a translation has its own rows",
                )
        self.assertEqual(
            sorted(draft.photos.values_list("event__title", flat=True)),
            sorted(self.source.photos.values_list("event__title", flat=True)),
            "photos point to the translation's copy of their event",
        )
        self.assertEqual(
            set(draft.agreements.values_list("signatories__name", flat=True)),
            set(self.source.agreements.values_list("signatories__name", flat=True)),
        )

    def test_quotes_keep_their_original_words_and_language(self):
        self.translate("ru")
        draft = VisitContent.admin_manager.get(visit=self.source.visit, language="ru")
        for quote in draft.quotes.all():
            self.assertEqual(quote.original_text, "Both countries have similar positions")
            self.assertEqual(quote.original_language, "en")

    def test_the_new_translation_is_a_draft_readers_do_not_see(self):
        self.translate("ru")
        self.assertFalse(VisitContent.objects.filter(visit=self.source.visit, language="ru").exists())

    def test_a_language_the_visit_already_has_is_refused_with_a_message(self):
        self.translate("ru")
        response = self.translate("ru")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(VisitContent.admin_manager.filter(visit=self.source.visit, language="ru").count(), 1)
        self.assertContains(response, "errorlist")
        with self.assertRaises(VisitStateError):
            translations.visit_content_translate(source=self.source, language="ru", by=self.editor)

    def test_the_menu_offers_only_languages_without_a_version(self):
        self.translate("kk")
        response = self.client.get(translate_url(self.source))
        self.assertContains(response, 'value="ru"')
        self.assertNotContains(response, 'value="kk"')
        self.assertNotContains(response, 'value="en"')

    def test_publishing_the_source_again_flags_the_translation(self):
        self.translate("ru")
        draft = VisitContent.admin_manager.get(visit=self.source.visit, language="ru")
        response = self.client.get(change_url(draft))
        self.assertContains(response, "translation-source")
        self.assertNotContains(response, "translation-source-changed")

        correction = services.content_create_draft(content=self.source, by=self.editor)
        correction.summary = "A corrected summary."
        correction.save()
        services.content_publish(content=correction, by=self.editor)

        status = translations.translation_status(VisitContent.admin_manager.get(pk=draft.pk))
        self.assertTrue(status.source_changed)
        response = self.client.get(change_url(draft))
        self.assertContains(response, "translation-source-changed")
        self.assertContains(response, f"?a={self.source.pk}&amp;b={correction.pk}")

    def test_new_drafts_of_a_translation_keep_its_source(self):
        self.translate("ru")
        draft = VisitContent.admin_manager.get(visit=self.source.visit, language="ru")
        services.content_publish(content=draft, by=self.editor)
        next_draft = services.content_create_draft(content=draft, by=self.editor)
        self.assertEqual(next_draft.translated_from_id, self.source.pk)
