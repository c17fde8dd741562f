"""The sitemap lists published reader pages only, in every language that has them."""

from django.conf import settings
from django.contrib.sites.models import Site
from django.test import override_settings

from .factories import (
    ArticleContentFactory,
    ParticipationFactory,
    PersonFactory,
    RelationFactory,
    VisitContentFactory,
    VisitFactory,
    build_story_package,
)
from .utils import ApphookTestCase


class SitemapTests(ApphookTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.package = build_story_package(author=cls.editor, slug="sitemap-story")
        cls.russian = VisitContentFactory(
            author=cls.editor, visit=cls.package.visit, language="ru", slug="vizit-v-belgrad", published=True
        )
        draft = VisitContentFactory(
            author=cls.editor,
            visit=VisitFactory(relation=RelationFactory(country_a="FR", country_b="KZ")),
            slug="draft-visit",
        )
        ParticipationFactory(visit_content=draft, person=PersonFactory(slug="draft-only-person"))
        ArticleContentFactory(author=cls.editor, slug="draft-article")

    def setUp(self):
        super().setUp()
        Site.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": "127.0.0.1:8000"})

    def test_the_configured_site_url_wins_over_the_sites_domain(self):
        with override_settings(RELATIONS_PLUGIN_SITE_URL="https://news.example.org"):
            response = self.client.get("/sitemap.xml")
        self.assertContains(response, "<loc>https://news.example.org/en/relations/visits/sitemap-story/</loc>")
        self.assertNotContains(response, "127.0.0.1")

    def test_sitemap_lists_published_pages_in_each_language(self):
        response = self.client.get("/sitemap.xml")

        self.assertEqual(response.status_code, 200)
        tokayev = self.package.participations.first().person
        for path in (
            "/en/relations/visits/sitemap-story/",
            "/ru/relations/visits/vizit-v-belgrad/",
            "/en/relations/kazakhstan-serbia/",
            "/ru/relations/kazakhstan-serbia/",
            f"/en/relations/people/{tokayev.slug}/",
            f"/en/relations/articles/{self.package.linked_articles.first().article.contents.get().slug}/",
        ):
            with self.subTest(path=path):
                self.assertContains(response, f"<loc>http://127.0.0.1:8000{path}</loc>")
        self.assertNotContains(response, "example.com")

    def test_sitemap_leaves_out_drafts_and_empty_hubs(self):
        response = self.client.get("/sitemap.xml")

        for fragment in (
            "draft-visit",
            "draft-article",
            "draft-only-person",
            "france-kazakhstan",
            "/kk/relations/kazakhstan-serbia/",
        ):
            with self.subTest(fragment=fragment):
                self.assertNotContains(response, fragment)
