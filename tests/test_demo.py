"""The demo loader builds the Kazakhstan–Serbia package in English, Russian and Kazakh once, whatever number of
times it runs."""

import re
from io import StringIO

from cms.models import Page, PageContent
from cms.utils.apphook_reload import reload_urlconf
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from filer.models import Image

from newsroom.demo import TOKAYEV_QUOTE, TRANSLATIONS, VISIT_SLUG, VUCIC_QUOTE
from relations_plugin import selectors
from relations_plugin.models import (
    Agreement,
    ArticleContent,
    CeremonyPhoto,
    LinkedArticle,
    Participation,
    Person,
    ProgrammeEvent,
    Quote,
    Relation,
    Visit,
    VisitContent,
)

COUNTED = [Relation, Person, Visit, VisitContent, Participation, ProgrammeEvent, Quote, Agreement, CeremonyPhoto]


def counts():
    return {model.__name__: model._base_manager.count() for model in [*COUNTED, ArticleContent, Image, Page]}


class LoadDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = StringIO()
        call_command("load_demo", stdout=cls.output)

    def test_loading_twice_changes_nothing(self):
        after_first = counts()
        second_output = StringIO()
        call_command("load_demo", stdout=second_output)

        self.assertEqual(counts(), after_first)
        self.assertIn("nothing changed", second_output.getvalue())
        self.assertEqual(after_first["VisitContent"], 3)  # en, ru, kk
        self.assertEqual(after_first["ArticleContent"], 3)
        self.assertEqual(after_first["Quote"], 6)
        self.assertEqual(after_first["ProgrammeEvent"], 15)
        self.assertEqual(after_first["Page"], 2)

    def test_demo_package_is_published_with_the_facts_of_the_visit(self):
        package = selectors.visit_get_published(slug=VISIT_SLUG, language="en")

        self.assertIsNotNone(package)
        self.assertEqual((str(package.visit.guest_country), str(package.visit.host_country)), ("KZ", "RS"))
        self.assertEqual(package.visit_type, "official")
        self.assertEqual((package.starts_on.isoformat(), package.ends_on.isoformat()), ("2024-11-18", "2024-11-19"))
        self.assertEqual(package.city, "Belgrade")
        self.assertEqual(package.visit.relation.years_of_relations(on=package.starts_on), 28)
        self.assertEqual(
            [event.kind for event in package.programme_events.all()],
            ["arrival", "welcome_ceremony", "talks_narrow", "talks_expanded", "press_briefing"],
        )
        statuses = {agreement.title: agreement.status for agreement in package.agreements.all()}
        self.assertEqual(statuses["Direct flights between Astana and Belgrade"], "announced")

    def test_quotes_are_word_for_word_and_point_into_the_article(self):
        article = ArticleContent.objects.get(language="en")
        english = Quote.objects.filter(visit_content__language="en").select_related("speaker")
        by_speaker = {quote.speaker.slug: quote for quote in english}

        self.assertEqual(by_speaker["kassym-jomart-tokayev"].text, TOKAYEV_QUOTE)
        self.assertEqual(by_speaker["aleksandar-vucic"].text, VUCIC_QUOTE)
        for quote in by_speaker.values():
            self.assertEqual(article.body_text[quote.start_offset : quote.end_offset], quote.text)

    def test_photos_are_real_images_captioned_as_samples_in_each_language(self):
        sample = {"en": "sample image", "ru": "условное изображение", "kk": "үлгі сурет"}
        for photo in CeremonyPhoto.objects.select_related("image", "visit_content"):
            with self.subTest(photo=photo.pk, language=photo.visit_content.language):
                self.assertGreater(photo.image.width, 0)
                self.assertIn(sample[photo.visit_content.language], photo.caption.lower())
                self.assertIn(sample[photo.visit_content.language], photo.alt_text.lower())

    def test_admin_user_can_log_in(self):
        self.assertIn("admin", self.output.getvalue())
        self.assertTrue(get_user_model().objects.get(username="admin").is_superuser)
        self.assertTrue(self.client.login(username="admin", password="demo-admin-2024"))


CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


class TranslatedDemoTests(TestCase):
    """The Russian and Kazakh packages are translations of the English one, every word of them in their language."""

    @classmethod
    def setUpTestData(cls):
        cls.output = StringIO()
        call_command("load_demo", stdout=cls.output)

    def setUp(self):
        reload_urlconf()

    def test_each_translation_is_published_and_made_from_the_english_package(self):
        english = selectors.visit_get_published(slug=VISIT_SLUG, language="en")
        for language in ("ru", "kk"):
            with self.subTest(language=language):
                package = selectors.visit_get_published(slug=VISIT_SLUG, language=language)
                self.assertIsNotNone(package)
                self.assertEqual(package.visit_id, english.visit_id)
                self.assertEqual(package.translated_from_id, english.pk)
                self.assertEqual(package.headline, TRANSLATIONS[language].headline)

    def test_every_translated_text_of_the_packages_is_written_in_cyrillic(self):
        for language in ("ru", "kk"):
            package = VisitContent.objects.get(language=language)
            texts = [package.headline, package.summary, package.city, package.venue, package.lead_photo_alt]
            texts += [item.role_title for item in Participation.objects.filter(visit_content=package)]
            for event in ProgrammeEvent.objects.filter(visit_content=package):
                texts += [event.title, event.place]
            for agreement in Agreement.objects.filter(visit_content=package):
                texts += [agreement.title, agreement.summary]
            for photo in CeremonyPhoto.objects.filter(visit_content=package):
                texts += [photo.caption, photo.alt_text, photo.credit]
            texts += [quote.text for quote in Quote.objects.filter(visit_content=package)]
            for text in texts:
                with self.subTest(language=language, text=text):
                    self.assertRegex(text, CYRILLIC)

    def test_translated_quotes_keep_the_english_words_and_point_into_their_languages_article(self):
        originals = {TOKAYEV_QUOTE, VUCIC_QUOTE}
        for language in ("ru", "kk"):
            article = ArticleContent.objects.get(language=language)
            quotes = list(Quote.objects.filter(visit_content__language=language))
            self.assertEqual(len(quotes), 2)
            for quote in quotes:
                with self.subTest(language=language, quote=quote.text[:30]):
                    self.assertEqual(quote.source_article_id, article.article_id)
                    self.assertEqual(article.body_text[quote.start_offset : quote.end_offset], quote.text)
                    self.assertIn(quote.original_text, originals)
                    self.assertEqual(quote.original_language, "en")

    def test_every_language_has_its_article_of_the_same_story_under_the_latin_slug(self):
        article = LinkedArticle.objects.get(visit_content__language="en").article
        contents = ArticleContent.objects.filter(article=article)
        self.assertEqual({content.language for content in contents}, {"en", "ru", "kk"})
        self.assertEqual({content.slug for content in contents}, {"kazakhstan-and-serbia-confirm-close-partnership"})

    def test_the_cms_pages_are_published_in_three_languages(self):
        for reverse_id in ("home", "relations"):
            page = Page.objects.get(reverse_id=reverse_id)
            with self.subTest(page=reverse_id):
                languages = set(PageContent.objects.filter(page=page).values_list("language", flat=True))
                self.assertEqual(languages, {"en", "ru", "kk"})

    def test_the_command_prints_the_story_in_each_language_and_each_answers(self):
        printed = re.findall(r"Story \((\w+)\): http://127\.0\.0\.1:8000(\S+)", self.output.getvalue())
        self.assertEqual([language for language, _url in printed], ["en", "ru", "kk"])
        headlines = {"en": "Tokayev in Belgrade: Kazakhstan and Serbia pledge closer cooperation"}
        headlines.update({language: words.headline for language, words in TRANSLATIONS.items()})
        for language, url in printed:
            with self.subTest(language=language):
                self.assertEqual(url, f"/{language}/relations/visits/{VISIT_SLUG}/")
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{language}"')
                self.assertContains(response, headlines[language])

    def test_home_pages_answer_in_each_language_and_link_the_story_in_that_language(self):
        for language in ("en", "ru", "kk"):
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/")
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'href="/{language}/relations/visits/{VISIT_SLUG}/"')

    def test_readers_of_a_translated_quote_can_open_the_original_english_words(self):
        response = self.client.get(f"/ru/relations/visits/{VISIT_SLUG}/")
        html = response.content.decode()
        originals = re.findall(
            r'<details class="quote__original"><summary>[^<]+</summary><p lang="en">([^<]+)</p>', html
        )
        self.assertEqual(len(originals), 2, html[:2000])
        self.assertIn(TOKAYEV_QUOTE, originals)

    def test_people_are_named_and_titled_in_the_language_of_the_page(self):
        expected = {
            "ru": ("Касым-Жомарт Токаев", "Президент Республики Казахстан"),
            "kk": ("Қасым-Жомарт Тоқаев", "Қазақстан Республикасының Президенті"),
        }
        for language, (name, title) in expected.items():
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/relations/visits/{VISIT_SLUG}/")
                self.assertContains(response, name)
                self.assertContains(response, title)
                self.assertNotContains(response, "President of the Republic of Kazakhstan")

    def test_an_english_quote_shows_no_original(self):
        response = self.client.get(f"/en/relations/visits/{VISIT_SLUG}/")
        self.assertNotContains(response, "quote__original")
