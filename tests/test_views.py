"""Reader pages served by the RelationsApphook: story, list, relation hub, person and article pages."""

from django.test import TestCase, override_settings
from django.utils import translation

from relations_plugin import renditions, services
from relations_plugin.html import Run, highlighted_paragraphs

from .factories import (
    ArticleContentFactory,
    PersonFactory,
    UserFactory,
    VisitContentFactory,
    build_story_package,
    create_apphook_page,
)


class ReaderPageTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        cls.package = build_story_package(author=cls.editor, count=2, slug="tokayev-in-belgrade")

    def setUp(self):
        # Apphook URLs are resolved per request; rebuild them after the page exists (STACK G5).
        from cms.utils.apphook_reload import reload_urlconf

        reload_urlconf()


class VisitDetailViewTests(ReaderPageTestCase):
    def test_story_page_shows_every_section(self):
        response = self.client.get("/en/relations/visits/tokayev-in-belgrade/")

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<h1 id="story-title">Tokayev and Vučić hold talks in Belgrade</h1>', html=False)
        for heading in ("Key facts", "Programme", "Quotes", "Agreements", "Ceremony photos", "Articles"):
            with self.subTest(heading=heading):
                self.assertContains(response, f">{heading}</h2>")
        self.assertContains(response, "28 years")  # 6 Feb 1996 to 18 Nov 2024
        self.assertContains(response, "Kazakhstan visits Serbia")
        self.assertContains(response, "Palace of Serbia")
        self.assertContains(response, "President of Kazakhstan")
        self.assertContains(response, "Talks, round 2")
        self.assertContains(response, '<html lang="en">')

    def test_quote_links_to_its_article_at_the_quote(self):
        quote = self.package.quotes.first()
        article = quote.source_article.contents.get()
        response = self.client.get(self.package.get_absolute_url())

        self.assertContains(response, f'href="{article.get_absolute_url()}?quote={quote.pk}#quote-{quote.pk}"')

    def test_unknown_and_draft_packages_are_404(self):
        VisitContentFactory(author=self.editor, slug="draft-visit")

        self.assertEqual(self.client.get("/en/relations/visits/draft-visit/").status_code, 404)
        self.assertEqual(self.client.get("/en/relations/visits/nothing-here/").status_code, 404)

    def test_package_is_shown_only_in_its_language(self):
        self.assertEqual(self.client.get("/ru/relations/visits/tokayev-in-belgrade/").status_code, 404)

    def test_unpublished_package_disappears(self):
        services.content_unpublish(content=self.package, by=self.editor)

        self.assertEqual(self.client.get("/en/relations/visits/tokayev-in-belgrade/").status_code, 404)


class ArticleDetailViewTests(ReaderPageTestCase):
    def test_quote_is_highlighted_in_the_article(self):
        quote = self.package.quotes.first()
        article = quote.source_article.contents.get()
        response = self.client.get(f"{article.get_absolute_url()}?quote={quote.pk}")

        self.assertContains(
            response, f'<mark id="quote-{quote.pk}" tabindex="-1">Both countries have similar positions</mark>'
        )

    def test_article_without_quote_renders_its_body(self):
        article = self.package.quotes.first().source_article.contents.get()
        response = self.client.get(article.get_absolute_url())

        self.assertContains(response, "<p>Both countries have similar positions, said the President.</p>")
        self.assertNotContains(response, "<mark")

    def test_quote_of_a_draft_package_is_not_highlighted(self):
        from .factories import QuoteFactory

        published_quote = self.package.quotes.first()
        draft_quote = QuoteFactory(
            visit_content=VisitContentFactory(author=self.editor, slug="draft-with-quote"),
            speaker=published_quote.speaker,
            source_article=published_quote.source_article,
            start_offset=published_quote.start_offset,
            end_offset=published_quote.end_offset,
        )
        article = published_quote.source_article.contents.get()
        response = self.client.get(f"{article.get_absolute_url()}?quote={draft_quote.pk}")

        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "<mark")

    def test_draft_article_is_404(self):
        draft = ArticleContentFactory(author=self.editor, slug="draft-article")

        self.assertEqual(self.client.get(f"/en/relations/articles/{draft.slug}/").status_code, 404)


class HighlightedParagraphsTests(TestCase):
    def test_marks_the_offsets_in_the_right_paragraph(self):
        text = "First paragraph.\n\nSecond one here."
        paragraphs = highlighted_paragraphs(text, 18, 24, "quote-1")

        self.assertEqual(paragraphs[0], [Run("First paragraph.")])
        self.assertEqual(paragraphs[1], [Run("Second", mark=True, id="quote-1"), Run(" one here.")])


class RelationDetailViewTests(ReaderPageTestCase):
    def test_hub_lists_visits_and_agreements_with_years(self):
        response = self.client.get("/en/relations/kazakhstan-serbia/")

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Tokayev and Vučić hold talks in Belgrade")
        self.assertContains(response, 'class="agreement__title"', count=2)
        self.assertContains(response, "years of diplomatic relations")

    def test_hub_without_published_visit_is_404(self):
        self.assertEqual(self.client.get("/ru/relations/kazakhstan-serbia/").status_code, 404)


class PersonDetailViewTests(ReaderPageTestCase):
    def test_person_page_lists_visits_and_quotes(self):
        tokayev = self.package.participations.first().person
        with translation.override("en"):
            response = self.client.get(tokayev.get_absolute_url())

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Tokayev and Vučić hold talks in Belgrade")
        self.assertContains(response, "Both countries have similar positions")

    def test_person_without_published_visit_is_404(self):
        person = PersonFactory()
        with translation.override("en"):
            url = person.get_absolute_url()
        self.assertEqual(self.client.get(url).status_code, 404)


class VisitListViewTests(ReaderPageTestCase):
    def test_list_filters_by_country_and_year(self):
        self.assertContains(self.client.get("/en/relations/?country=KZ&year=2024"), "Tokayev and Vučić")
        self.assertNotContains(self.client.get("/en/relations/?country=FR"), "Tokayev and Vučić")
        self.assertNotContains(self.client.get("/en/relations/?year=2020"), "Tokayev and Vučić")

    @override_settings(RELATIONS_PLUGIN_PAGINATE_BY=1)
    def test_list_is_paginated_and_hides_drafts(self):
        build_story_package(author=self.editor)
        VisitContentFactory(author=self.editor, headline="A draft nobody may see")

        response = self.client.get("/en/relations/")
        self.assertContains(response, "Page 1 of 2")
        self.assertNotContains(response, "A draft nobody may see")
        self.assertEqual(self.client.get("/en/relations/?page=2").status_code, 200)


class PictureTagTests(TestCase):
    def test_picture_offers_modern_formats_srcset_sizes_and_dimensions(self):
        from django.template import Context, Template

        from .factories import FilerImageFactory

        image = FilerImageFactory(subject_location="900,200")
        renditions.ensure_made(image)
        html = Template('{% load relations_plugin_tags %}{% picture image "gallery" alt="Two presidents" %}').render(
            Context({"image": image})
        )

        self.assertIn('<source type="image/avif"', html)
        self.assertIn('<source type="image/webp"', html)
        self.assertRegex(html, r'<img src="[^"]+\.jpg" srcset="[^"]+400w, [^"]+800w, [^"]+1200w"')  # no upscaling
        self.assertIn('sizes="100vw"', html)
        self.assertIn('width="800" height="533"', html)
        self.assertIn('alt="Two presidents"', html)
        self.assertIn('loading="lazy"', html)

    def test_image_above_the_fold_is_not_lazy(self):
        from django.template import Context, Template

        from .factories import FilerImageFactory

        html = Template("{% load relations_plugin_tags %}{% picture image 'lead' alt='' lazy=False %}").render(
            Context({"image": FilerImageFactory()})
        )
        self.assertNotIn('loading="lazy"', html)
        self.assertIn('fetchpriority="high"', html)

    @override_settings(RELATIONS_PLUGIN_IMAGE_FORMATS=["webp"])
    def test_formats_follow_the_setting(self):
        from relations_plugin.renditions import writable_formats

        self.assertEqual(writable_formats(), ["webp"])
