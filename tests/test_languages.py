"""The language switcher and hreflang: the same thing in another language, never a 404, never silently English."""

import re

from django.test import SimpleTestCase

from relations_plugin import services, translations

from .factories import build_story_package
from .utils import ApphookTestCase

HREFLANG = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="http://testserver([^"]+)">')
SWITCHER = re.compile(r'<nav aria-label="[^"]*">\s*<ul>(.*?)</ul>\s*</nav>\s*</header>', re.S)
LINK = re.compile(r'<a href="([^"]+)"[^>]*lang="([a-z-]+)"')


def switcher_links(html: str) -> dict[str, str]:
    """Language code -> href of the CMS language chooser in the page header."""
    chooser = SWITCHER.search(html)
    assert chooser, "the page has a language switcher"
    return {language: href for href, language in LINK.findall(chooser.group(1))}


class LanguageSwitcherTests(ApphookTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.english = build_story_package(author=cls.editor, slug="tokayev-in-belgrade")
        russian = translations.visit_content_translate(source=cls.english, language="ru", by=cls.editor)
        russian.headline = "Токаев и Вучич провели переговоры в Белграде"
        russian.save()
        services.content_publish(content=russian, by=cls.editor)
        cls.person = cls.english.participations.first().person
        cls.relation = cls.english.visit.relation

    def get(self, url: str) -> str:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()

    def test_the_switcher_on_a_story_goes_to_the_same_story_in_the_other_language(self):
        links = switcher_links(self.get("/en/relations/visits/tokayev-in-belgrade/"))
        self.assertEqual(links["ru"], "/ru/relations/visits/tokayev-in-belgrade/")
        self.assertEqual(links["en"], "/en/relations/visits/tokayev-in-belgrade/")

        links = switcher_links(self.get("/ru/relations/visits/tokayev-in-belgrade/"))
        self.assertEqual(links["en"], "/en/relations/visits/tokayev-in-belgrade/")

    def test_an_untranslated_story_switches_to_the_list_of_that_language_never_a_404(self):
        links = switcher_links(self.get("/en/relations/visits/tokayev-in-belgrade/"))
        self.assertEqual(links["kk"], "/kk/relations/")
        self.assertEqual(self.client.get(links["kk"]).status_code, 200)

    def test_every_switcher_link_of_every_reader_page_answers_200(self):
        pages = [
            "/en/relations/",
            "/en/relations/visits/tokayev-in-belgrade/",
            f"/en/relations/{self.relation.slug}/",
            f"/en/relations/people/{self.person.slug}/",
        ]
        for page in pages:
            for language, href in switcher_links(self.get(page)).items():
                with self.subTest(page=page, language=language):
                    self.assertTrue(href.startswith(f"/{language}/"), href)
                    self.assertEqual(self.client.get(href).status_code, 200)

    def test_reader_pages_carry_hreflang_for_each_published_language_and_x_default(self):
        pages = {
            "/en/relations/visits/tokayev-in-belgrade/": {"en", "ru"},
            "/ru/relations/visits/tokayev-in-belgrade/": {"en", "ru"},
            f"/en/relations/{self.relation.slug}/": {"en", "ru"},
            f"/ru/relations/people/{self.person.slug}/": {"en", "ru"},
            "/en/relations/": {"en", "ru", "kk"},
        }
        for page, expected in pages.items():
            with self.subTest(page=page):
                links = dict(HREFLANG.findall(self.get(page)))
                self.assertEqual(set(links) - {"x-default"}, expected)
                self.assertTrue(links["x-default"].startswith("/en/"), links)


class AdminLanguageTests(ApphookTestCase):
    def test_the_admin_keeps_the_editors_language_after_reading_a_russian_page(self):
        self.client.force_login(self.editor)
        self.client.get("/ru/relations/", HTTP_ACCEPT_LANGUAGE="en")
        response = self.client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
        self.assertEqual(response.headers["Content-Language"], "en")

    def test_an_editor_whose_browser_asks_for_kazakh_gets_the_admin_in_kazakh(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/", HTTP_ACCEPT_LANGUAGE="kk,ru;q=0.8,en;q=0.5")
        self.assertEqual(response.headers["Content-Language"], "kk")


class NamesPerLanguageTests(ApphookTestCase):
    """A person's name and title are read in the page's language, so no English title stands beside Russian text."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.english = build_story_package(author=cls.editor, slug="tokayev-in-belgrade")
        cls.tokayev = cls.english.participations.get(person__country="KZ").person
        cls.tokayev.name_ru, cls.tokayev.title_ru = "Касым-Жомарт Токаев", "Президент Казахстана"
        cls.tokayev.name_kk, cls.tokayev.title_kk = "Қасым-Жомарт Тоқаев", "Қазақстан Президенті"
        cls.tokayev.save()
        for language in ["ru", "kk"]:
            draft = translations.visit_content_translate(source=cls.english, language=language, by=cls.editor)
            services.content_publish(content=draft, by=cls.editor)

    def test_person_pages_show_the_name_and_title_of_their_language(self):
        expected = {
            "en": ("Kassym-Jomart Tokayev", "President of Kazakhstan"),
            "ru": ("Касым-Жомарт Токаев", "Президент Казахстана"),
            "kk": ("Қасым-Жомарт Тоқаев", "Қазақстан Президенті"),
        }
        for language, (name, title) in expected.items():
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/relations/people/{self.tokayev.slug}/")
                self.assertContains(response, f"<h1>{name}</h1>", html=False)
                self.assertContains(response, title)

    def test_a_missing_translation_falls_back_to_the_default_language(self):
        host = self.english.participations.get(person__country="RS").person
        response = self.client.get(f"/ru/relations/people/{host.slug}/")
        self.assertContains(response, "Aleksandar Vučić")

    def test_the_assistant_knows_a_person_by_the_name_of_every_language(self):
        from django.utils import translation

        from relations_plugin import selectors

        with translation.override("en"):
            known = {person.name: person for person in selectors.person_list_known()}
        self.assertIn("Касым-Жомарт Токаев", known["Kassym-Jomart Tokayev"].aliases)
        self.assertIn("Қасым-Жомарт Тоқаев", known["Kassym-Jomart Tokayev"].aliases)

    def test_a_person_created_on_a_russian_screen_has_a_name_on_english_pages(self):
        from django.utils import translation

        from relations_plugin.models import Person

        with translation.override("ru"):
            person = services.person_create(name="Шавкат Мирзиёев", country="UZ", slug="shavkat-mirziyoyev")
        with translation.override("en"):
            self.assertEqual(Person.objects.get(pk=person.pk).name, "Шавкат Мирзиёев")


class CountryNameTests(SimpleTestCase):
    def test_countries_are_named_in_the_pages_language_kazakh_included(self):
        from relations_plugin.models import country_name

        self.assertEqual(
            [country_name("KZ", language) for language in ("en", "ru", "kk")], ["Kazakhstan", "Казахстан", "Қазақстан"]
        )
        self.assertEqual(country_name("RS", "kk"), "Сербия")
