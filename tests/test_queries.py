"""Query budgets: reader pages run the same number of SQL queries for 1 and for 20 of everything.

Thumbnails are warmed by one request before measuring (easy-thumbnails writes its cache tables when it first
makes a rendition; with local storage a warm rendition is found by file time, without SQL).
"""

from cms.utils.apphook_reload import reload_urlconf
from django.test import TestCase
from django.utils import translation

from .factories import (
    AgreementFactory,
    ParticipationFactory,
    PersonFactory,
    QuoteFactory,
    RelationFactory,
    UserFactory,
    VisitContentFactory,
    VisitFactory,
    build_story_package,
    create_apphook_page,
)

# Every reader page starts with the same CMS queries:
#   1. cms_urlconfrevision (ApphookReloadMiddleware: did an apphook change?)
#   2. cms_page (the apphook page; ApphookPageMiddleware skips the CMS's look-up of a page at the request's path)
# and ends with
#   N. menus_cachekey (the main menu's cached nodes)
CMS_QUERIES = 3


class QueryBudgetTestCase(TestCase):
    urls_to_warm: tuple = ()

    def setUp(self):
        reload_urlconf()
        for url in self.urls():
            self.assertEqual(self.client.get(url).status_code, 200, url)

    def urls(self):
        return []


class TwoStoriesTestCase(QueryBudgetTestCase):
    """A package with one item of each kind and one with twenty: a budget holds for both or it is not constant."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        cls.small = build_story_package(author=cls.editor, count=1, slug="one-of-each")
        cls.large = build_story_package(author=cls.editor, count=20, slug="twenty-of-each")

    def urls(self):
        return ["/en/relations/visits/one-of-each/", "/en/relations/visits/twenty-of-each/"]


class StoryPageQueryTests(TwoStoriesTestCase):
    def test_story_page_runs_the_same_queries_for_1_and_20_items(self):
        # Before its document is compiled (tests/test_documents.py has the compiled page's budget). CMS_QUERIES, plus:
        #   the published version and its document (none yet),
        #   the package (visit, relation, lead photo joined; its publication times as columns), participants
        #   (+person, portrait), programme events, quotes (+speaker, portrait, source article), agreements
        #   (+document), signatories, photos (+image, event), linked articles (+article),
        #   the published article contents of linked and quoted articles (one query for all; the byline),
        #   other packages of the same relation (related, bounded by RELATED_LIMIT),
        #   the package's other published languages (hreflang alternates)
        for url in self.urls():
            with self.subTest(url=url), self.assertNumQueries(CMS_QUERIES + 12):
                self.client.get(url)


class ArticlePageQueryTests(QueryBudgetTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        cls.package = build_story_package(author=cls.editor, count=1, slug="one-of-each")
        cls.quote = cls.package.quotes.get()
        cls.article = cls.quote.source_article.contents.get()

    def urls(self):
        with translation.override("en"):
            url = self.article.get_absolute_url()
        return [url, f"{url}?quote={self.quote.pk}"]

    def test_article_page_with_and_without_highlight(self):
        plain, highlighted = self.urls()
        # CMS_QUERIES + the article content + the packages that link to or quote it (bounded) + the people quoted
        # from it (bounded) + its other published languages
        with self.assertNumQueries(CMS_QUERIES + 4):
            self.client.get(plain)
        # ... + the published quote to highlight
        with self.assertNumQueries(CMS_QUERIES + 5):
            self.client.get(highlighted)


def _visits(relation, count: int, *, editor, person, prefix: str):
    for n in range(count):
        content = VisitContentFactory(
            author=editor, visit=VisitFactory(relation=relation), slug=f"{prefix}-{n}", published=False
        )
        ParticipationFactory(visit_content=content, person=person)
        QuoteFactory(visit_content=content, speaker=person)
        AgreementFactory(visit_content=content, signatories=[person])
        from djangocms_versioning.models import Version

        Version.objects.get_for_content(content).publish(editor)


class HubAndPersonQueryTests(QueryBudgetTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        cls.one_person = PersonFactory(country="KZ", slug="one-visit")
        cls.many_person = PersonFactory(country="KZ", slug="twenty-visits")
        _visits(
            RelationFactory(country_a="FR", country_b="KZ"), 1, editor=cls.editor, person=cls.one_person, prefix="fr"
        )
        _visits(
            RelationFactory(country_a="DE", country_b="KZ"), 20, editor=cls.editor, person=cls.many_person, prefix="de"
        )

    def urls(self):
        return [
            "/en/relations/france-kazakhstan/",
            "/en/relations/germany-kazakhstan/",
            "/en/relations/people/one-visit/",
            "/en/relations/people/twenty-visits/",
        ]

    def test_hub_runs_the_same_queries_for_1_and_20_visits(self):
        # CMS_QUERIES, plus: the relation (published packages as a subquery), its packages (+visit, relation,
        # lead photo), its agreements (+package, document), their signatories, the languages the hub is
        # published in (hreflang and the language switcher)
        for url in self.urls()[:2]:
            with self.subTest(url=url), self.assertNumQueries(CMS_QUERIES + 5):
                self.client.get(url)

    def test_person_page_runs_the_same_queries_for_1_and_20_visits(self):
        # CMS_QUERIES, plus: the person (+portrait), their quotes (+package, speaker), the source articles'
        # published contents (none here: skipped without a query), their packages (+visit, relation, lead photo),
        # the languages the person page is published in (hreflang and the language switcher)
        for url in self.urls()[2:]:
            with self.subTest(url=url), self.assertNumQueries(CMS_QUERIES + 4):
                self.client.get(url)

    def test_visit_list_runs_a_constant_number_of_queries(self):
        # CMS_QUERIES, plus the count and the page of packages (paginator), the years and the countries of the filter
        with self.assertNumQueries(CMS_QUERIES + 4):
            self.client.get("/en/relations/?country=KZ")


class PluginQueryTests(QueryBudgetTestCase):
    """Each plugin alone on a published CMS page, for a package with 1 and with 20 of everything."""

    # Queries of a CMS page with one plugin, besides the plugin's own: URL-conf revision, page URL (+page),
    # page content, the main menu's cache key, the language chooser's URLs of the two other languages,
    # placeholders, plugins of the placeholder, the plugin's own row.
    PAGE_QUERIES = 9
    PLUGIN_QUERIES = {
        "VisitTeaserPlugin": 1,  # the package (+visit, relation, lead photo)
        "PullQuotePlugin": 1,  # the quote (+speaker, portrait, its package for the link)
        "AgreementsListPlugin": 2,  # the agreements (+document), their signatories
        "CeremonyGalleryPlugin": 1,  # the photos (+image)
        "LatestVisitsPlugin": 1,  # the packages (+visit, relation, lead photo)
    }

    @classmethod
    def setUpTestData(cls):
        from .test_plugins import page_with_plugins

        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        for size in (1, 20):
            package = build_story_package(author=cls.editor, count=size, slug=f"plugins-{size}")
            for plugin in cls.PLUGIN_QUERIES:
                fields = (
                    {"relation": package.visit.relation, "limit": size}
                    if plugin == "LatestVisitsPlugin"
                    else {"visit": package.visit}
                )
                page_with_plugins(user=cls.editor, slug=f"{plugin.lower()}-{size}", plugins=[(plugin, fields)])

    def urls(self):
        return [f"/en/{plugin.lower()}-{size}/" for plugin in self.PLUGIN_QUERIES for size in (1, 20)]

    def test_each_plugin_runs_the_same_queries_for_1_and_20_items(self):
        for plugin, queries in self.PLUGIN_QUERIES.items():
            for size in (1, 20):
                with self.subTest(plugin=plugin, size=size), self.assertNumQueries(self.PAGE_QUERIES + queries):
                    self.client.get(f"/en/{plugin.lower()}-{size}/")
