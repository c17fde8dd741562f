"""Reader page cache: anonymous pages come from the cache, publishing and go-live/expiry times show at once,
editors never get nor store cached pages."""

from __future__ import annotations

import datetime
from unittest import mock

from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from djangocms_timed_publishing.models import TimedPublishingInterval
from djangocms_versioning.models import Version

from relations_plugin import cache as page_cache
from relations_plugin import services

from .factories import (
    ArticleContentFactory,
    LinkedArticleFactory,
    RelationFactory,
    UserFactory,
    VisitContentFactory,
    build_story_package,
    create_apphook_page,
)

STORY = "/en/relations/visits/tokayev-in-belgrade/"
LIST = "/en/relations/"


@override_settings(RELATIONS_PLUGIN_PAGE_CACHE_SECONDS=300)
class PageCacheTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)
        cls.package = build_story_package(author=cls.editor, count=2, slug="tokayev-in-belgrade")

    def setUp(self):
        from cms.utils.apphook_reload import reload_urlconf

        reload_urlconf()
        # The first render of the apphook page creates its placeholders, which moves the CMS's URLconf revision;
        # the request after it would reload the URLconf. Render once so query counts measure the steady state.
        self.client.get(LIST)
        cache.clear()  # also: rows of other tests were rolled back without signals

    def scheduled(self, *, slug: str, start=None, end=None):
        """A published package of its own visit with a timed-publishing interval."""
        content = VisitContentFactory(author=self.editor, slug=slug, headline=f"Headline {slug}", published=True)
        TimedPublishingInterval.objects.create(version=Version.objects.get_for_content(content), start=start, end=end)
        return content


class PageCacheHitTests(PageCacheTestCase):
    def test_second_request_is_served_from_the_cache(self):
        first = self.client.get(STORY)
        # The publication generation (CacheGeneration, by primary key) only: PageCacheMiddleware answers before the
        # CMS's apphook reload check, the session, the view and the CMS page lookup.
        with self.assertNumQueries(1):
            second = self.client.get(STORY)

        self.assertEqual(second.status_code, 200)
        self.assertEqual(second.content, first.content)
        self.assertEqual(second["Cache-Control"], "public, max-age=60")
        self.assertEqual(second["Content-Language"], "en")

    def test_a_reader_with_a_session_cookie_is_served_after_authentication(self):
        from django.conf import settings

        first = self.client.get(STORY)
        self.client.cookies[settings.SESSION_COOKIE_NAME] = "an-unknown-or-expired-session"
        # Not answered first (a session may be an editor's): 1: UrlconfRevision (ApphookReloadMiddleware); 2: the
        # session, which tells a reader from an editor; 3: the generation, in process_view.
        with self.assertNumQueries(3):
            second = self.client.get(STORY)
        self.assertEqual(second.content, first.content)
        self.assertEqual(second["Cache-Control"], "public, max-age=60")

    def test_without_the_middleware_the_view_serves_the_hit(self):
        from django.conf import settings

        middleware = [name for name in settings.MIDDLEWARE if name != "relations_plugin.cache.PageCacheMiddleware"]
        with self.settings(MIDDLEWARE=middleware):
            client = self.client_class()  # a client builds its middleware chain once
            first = client.get(STORY)
            # 1: UrlconfRevision (ApphookReloadMiddleware); 2: the CMS's cms_perms wrapper around apphook views
            # looks up the page (from the apphook, ApphookPageMiddleware) for login_required and view restrictions,
            # before our view; 3: the publication generation.
            with self.assertNumQueries(3):
                second = client.get(STORY)
        self.assertEqual(second.content, first.content)

    def test_a_page_restricted_to_logged_in_users_is_not_served_from_the_cache(self):
        from cms.models import Page

        self.client.get(STORY)
        page = Page.objects.get(application_urls="RelationsApphook")
        page.login_required = True
        page.save()  # the CMS's cms_perms check now refuses anonymous readers; the cache must not bypass it

        self.assertEqual(self.client.get(STORY).status_code, 302)

    def test_every_reader_page_is_cached(self):
        person = self.package.participations.first().person
        article = self.package.linked_articles.first().article.contents.get()
        for url in (
            STORY,
            LIST,
            f"{LIST}?country=KZ&page=1",
            "/en/relations/kazakhstan-serbia/",
            person.get_absolute_url(),
            article.get_absolute_url(),
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)
                with self.assertNumQueries(1):  # the generation
                    self.assertEqual(self.client.get(url).status_code, 200)

    def test_tracking_parameters_share_the_entry_and_unknown_ones_bypass_it(self):
        self.client.get(STORY)
        with self.assertNumQueries(1):  # the generation
            self.client.get(f"{STORY}?utm_source=newsletter&fbclid=x")
        response = self.client.get(f"{STORY}?toolbar_on")
        self.assertNotIn("public", response.get("Cache-Control", ""))

    def test_languages_do_not_share_entries(self):
        self.client.get(STORY)
        self.assertEqual(self.client.get(STORY.replace("/en/", "/ru/")).status_code, 404)

    @override_settings(RELATIONS_PLUGIN_PAGE_CACHE_SECONDS=0)
    def test_zero_seconds_turns_the_cache_off(self):
        self.client.get(STORY)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(STORY)

        self.assertNotIn("Cache-Control", response)
        self.assertGreater(len(queries), 3)  # rendered again


class PageCachePublishingTests(PageCacheTestCase):
    def test_a_new_published_version_shows_at_once(self):
        self.assertContains(self.client.get(STORY), "Tokayev and Vučić hold talks in Belgrade")
        draft = services.content_create_draft(content=self.package, by=self.editor)
        type(draft)._base_manager.filter(pk=draft.pk).update(headline="Presidents sign a roadmap")
        # The draft is not public yet: the cached page still answers.
        self.assertNotContains(self.client.get(STORY), "Presidents sign a roadmap")

        services.content_publish(content=draft, by=self.editor)

        self.assertContains(self.client.get(STORY), "Presidents sign a roadmap")
        self.assertContains(self.client.get(LIST), "Presidents sign a roadmap")

    def test_editors_at_work_on_a_draft_leave_the_cache_warm(self):
        from relations_plugin.models import Quote

        self.client.get(STORY)
        draft = services.content_create_draft(content=self.package, by=self.editor)
        before = page_cache.generations([page_cache.SITE])[page_cache.SITE]
        draft.headline = "Edited all morning"
        draft.save()
        quote = Quote.objects.filter(visit_content=draft).first()
        quote.context = "at the airport"
        quote.save()
        quote.delete()

        self.assertEqual(page_cache.generations([page_cache.SITE])[page_cache.SITE], before)
        with self.assertNumQueries(1):  # still the cached page
            self.assertNotContains(self.client.get(STORY), "Edited all morning")

        lists = page_cache.generations([page_cache.LISTS])[page_cache.LISTS]
        services.content_publish(content=draft, by=self.editor)

        self.assertGreater(page_cache.generations([page_cache.LISTS])[page_cache.LISTS], lists)
        self.assertContains(self.client.get(STORY), "Edited all morning")

    def test_unpublishing_removes_the_page_at_once(self):
        self.client.get(STORY)
        services.content_unpublish(content=self.package, by=self.editor)

        self.assertEqual(self.client.get(STORY).status_code, 404)

    def test_editors_get_fresh_private_pages_and_never_fill_the_cache(self):
        self.client.get(STORY)  # an anonymous reader fills the cache
        # A write that sends no signal: the cached page is now stale, which tells the two paths apart.
        type(self.package)._base_manager.filter(pk=self.package.pk).update(headline="Changed behind the cache")
        editor = self.client_class()
        editor.force_login(self.editor)

        response = editor.get(STORY)

        self.assertContains(response, "Changed behind the cache")
        # The CMS toolbar adds its own never-cache directives to ours.
        self.assertTrue({"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")})
        self.assertNotIn("public", response["Cache-Control"])
        self.assertNotContains(self.client.get(STORY), "Changed behind the cache")

    def test_editors_previewing_a_draft_do_not_poison_the_cache(self):
        draft = services.content_create_draft(content=self.package, by=self.editor)
        type(draft)._base_manager.filter(pk=draft.pk).update(headline="Draft headline only editors see")
        editor = self.client_class()
        editor.force_login(self.editor)
        cache.clear()

        self.assertContains(editor.get(STORY + "?edit"), "Tokayev")  # the reader URL, as an editor
        from cms.toolbar.utils import get_object_preview_url

        self.assertContains(editor.get(get_object_preview_url(draft)), "Draft headline only editors see")

        for url in (STORY, LIST):
            with self.subTest(url=url):
                self.assertNotContains(self.client.get(url), "Draft headline only editors see")
                self.assertNotContains(self.client.get(url), "Draft headline only editors see")  # the cached copy


class PageCacheScheduleTests(PageCacheTestCase):
    def at(self, moment):
        return mock.patch("django.utils.timezone.now", return_value=moment)

    def test_a_scheduled_package_appears_by_itself_after_its_go_live_time(self):
        now = timezone.now()
        go_live = now + datetime.timedelta(hours=1)
        self.scheduled(slug="scheduled-visit", start=go_live)
        url = "/en/relations/visits/scheduled-visit/"

        with self.at(now):
            listing = self.client.get(LIST)
            self.assertNotContains(listing, "Headline scheduled-visit")
            self.assertEqual(self.client.get(url).status_code, 404)
            # The entry lives until the go-live time, never past it.
            self.assertEqual(page_cache.next_change(now=now), go_live)
            with self.assertNumQueries(1):  # the generations
                self.assertNotContains(self.client.get(LIST), "Headline scheduled-visit")

        with self.at(go_live + datetime.timedelta(seconds=1)):  # no write in between, no worker
            self.assertContains(self.client.get(LIST), "Headline scheduled-visit")
            self.assertEqual(self.client.get(url).status_code, 200)

    def test_max_age_never_reaches_past_the_next_change(self):
        now = timezone.now()
        self.scheduled(slug="soon", start=now + datetime.timedelta(seconds=30))

        with self.at(now):
            self.client.get(LIST)
            response = self.client.get(LIST)

        self.assertEqual(response["Cache-Control"], "public, max-age=30")

    def test_an_expired_package_disappears_by_itself(self):
        now = timezone.now()
        end = now + datetime.timedelta(hours=2)
        self.scheduled(slug="expiring-visit", end=end)
        url = "/en/relations/visits/expiring-visit/"

        with self.at(now):
            self.assertContains(self.client.get(LIST), "Headline expiring-visit")
            self.assertEqual(self.client.get(url).status_code, 200)
            with self.assertNumQueries(1):  # the generation
                self.assertEqual(self.client.get(url).status_code, 200)

        with self.at(end + datetime.timedelta(seconds=1)):
            self.assertNotContains(self.client.get(LIST), "Headline expiring-visit")
            self.assertEqual(self.client.get(url).status_code, 404)

    def test_next_change_costs_one_query_and_is_cached(self):
        now = timezone.now()
        self.scheduled(slug="later", start=now + datetime.timedelta(days=1), end=now + datetime.timedelta(days=2))
        current = page_cache.generations(page_cache.READER_SCOPES)

        with self.assertNumQueries(1):
            first = page_cache.next_change(now=now, base=current)
        with self.assertNumQueries(0):
            again = page_cache.next_change(now=now, base=current)

        self.assertEqual(first, now + datetime.timedelta(days=1))
        self.assertEqual(again, first)

    def test_schedule_changes_bump_the_generation(self):
        before = page_cache.generations([page_cache.SITE])[page_cache.SITE]
        content = self.scheduled(slug="bumps", start=timezone.now() + datetime.timedelta(days=1))
        interval = Version.objects.get_for_content(content).visibility
        middle = page_cache.generations([page_cache.SITE])[page_cache.SITE]
        interval.start = None
        interval.save()

        self.assertGreater(middle, before)
        self.assertGreater(page_cache.generations([page_cache.SITE])[page_cache.SITE], middle)


class PageCacheByPackageTests(PageCacheTestCase):
    """A publication moves what can show the package: its story, its relation's stories, the lists. Not the rest."""

    def publish_new(self, *, relation, headline: str):
        draft = VisitContentFactory(author=self.editor, headline=headline, visit__relation=relation)
        services.content_publish(content=draft, by=self.editor)

    def test_a_package_of_another_relation_leaves_this_story_cached_and_reaches_the_lists(self):
        self.client.get(STORY)
        self.client.get(LIST)
        self.publish_new(relation=RelationFactory(country_a="FR", country_b="UZ"), headline="Paris talks")

        with self.assertNumQueries(1):  # the cached story, its generations unmoved
            self.assertEqual(self.client.get(STORY).status_code, 200)
        self.assertContains(self.client.get(LIST), "Paris talks")

    def test_a_package_of_the_same_relation_reaches_the_storys_related_packages(self):
        self.client.get(STORY)
        self.publish_new(relation=self.package.visit.relation, headline="Second visit to Belgrade")

        self.assertContains(self.client.get(STORY), "Second visit to Belgrade")

    def test_an_articles_publication_reaches_the_stories_that_link_it_and_leaves_other_stories_cached(self):
        article = ArticleContentFactory(author=self.editor, headline="Analysis: what the talks changed")
        LinkedArticleFactory(visit_content=self.package, article=article.article, role="related")
        other = build_story_package(author=self.editor, count=1, slug="another-story")
        other_url = f"/en/relations/visits/{other.slug}/"
        self.client.get(STORY)
        self.client.get(other_url)

        services.content_publish(content=article, by=self.editor)

        with self.assertNumQueries(1):  # the cached story, its generations unmoved
            self.assertEqual(self.client.get(other_url).status_code, 200)
        self.assertContains(self.client.get(STORY), "Analysis: what the talks changed")

    def test_a_change_to_a_person_reaches_every_story(self):
        person = self.package.participations.first().person
        self.client.get(STORY)
        person.name = "A Renamed Leader"
        person.save()

        self.assertContains(self.client.get(STORY), "A Renamed Leader")

    def test_a_story_whose_scope_moved_during_its_render_is_not_stored(self):
        request = RequestFactory().get(STORY)
        request._page_cache_render = page_cache._Render(page_cache.generations(page_cache.READER_SCOPES))
        page_cache.bump([page_cache.visit_scope(self.package.visit_id)])

        page_cache.narrow_to(request, [page_cache.visit_scope(self.package.visit_id)])

        self.assertFalse(request._page_cache_render.storable)


class PageCacheGenerationTests(PageCacheTestCase):
    """The generation lives in the database: what another process writes is seen here, whatever the cache holds."""

    def test_a_generation_moved_by_another_process_is_seen_at_once(self):
        from django.db.models import F

        from relations_plugin.models import CacheGeneration

        self.client.get(STORY)
        type(self.package)._base_manager.filter(pk=self.package.pk).update(headline="Published elsewhere")
        self.assertNotContains(self.client.get(STORY), "Published elsewhere")  # served from this cache

        CacheGeneration.objects.filter(name=page_cache.SITE).update(value=F("value") + 1)

        self.assertContains(self.client.get(STORY), "Published elsewhere")

    def test_a_publish_moves_the_generation_in_the_database_even_if_the_cache_drops_it(self):
        from relations_plugin.models import CacheGeneration

        before = CacheGeneration.objects.get(name=page_cache.LISTS).value
        with mock.patch.object(cache, "set"), mock.patch.object(cache, "incr"):
            services.content_unpublish(content=self.package, by=self.editor)

        self.assertGreater(CacheGeneration.objects.get(name=page_cache.LISTS).value, before)
        self.assertEqual(self.client.get(STORY).status_code, 404)

    def test_the_cache_mirrors_the_generation_for_readers_while_the_database_is_away(self):
        self.client.get(STORY)

        self.assertEqual(
            cache.get(page_cache.MIRROR_KEY.format(name=page_cache.SITE)),
            page_cache.generations([page_cache.SITE])[page_cache.SITE],
        )


def _menu_queries(queries) -> list[str]:
    """The CMS menu's own queries (its cache key table): asked whenever it builds the menu."""
    return [query["sql"] for query in queries if "menus_cachekey" in query["sql"]]


def _main_menu(html: str) -> str:
    import re

    return re.search(r'<header class="site-header">.*?(<nav .*?</nav>)', html, re.S).group(1)


@override_settings(RELATIONS_PLUGIN_PAGE_CACHE_SECONDS=0, RELATIONS_PLUGIN_FRAGMENT_CACHE_SECONDS=300)
class SiteMenuFragmentTests(PageCacheTestCase):
    """The main menu shows only CMS pages: built once per page and language for readers, renewed by a page change."""

    def publish_page(self, title: str):
        from cms.api import create_page

        page = create_page(title, "page.html", "en", created_by=self.editor, in_navigation=True)
        Version.objects.get_for_content(page.get_admin_content("en")).publish(self.editor)
        return page

    def test_readers_of_any_story_get_the_menu_built_once(self):
        other = build_story_package(author=self.editor, count=1, slug="second-story")
        first = self.client.get(STORY).text

        with CaptureQueriesContext(connection) as queries:
            second = self.client.get(f"/en/relations/visits/{other.slug}/").text

        self.assertEqual(_menu_queries(queries.captured_queries), [])
        self.assertEqual(_main_menu(second), _main_menu(first))

    def test_a_published_cms_page_reaches_the_menu_at_once(self):
        self.client.get(STORY)
        self.publish_page("Elections")

        self.assertIn(">Elections</a>", _main_menu(self.client.get(STORY).text))

    def test_each_page_marks_itself_current(self):
        self.publish_page("Elections")
        elections = _main_menu(self.client.get("/en/elections/").text)
        story = _main_menu(self.client.get(STORY).text)

        self.assertRegex(elections, r'<a href="/en/elections/" aria-current="page">')
        self.assertNotIn('<a href="/en/relations/" aria-current', elections)
        self.assertRegex(story, r'<a href="/en/relations/" aria-current="page">')
        self.assertNotIn('<a href="/en/elections/" aria-current', story)

    def test_languages_do_not_share_the_menu(self):
        english = _main_menu(self.client.get(STORY).text)
        russian = _main_menu(self.client.get("/ru/relations/").text)

        self.assertIn('href="/en/relations/"', english)
        self.assertNotIn("/en/", russian)

    def test_editors_get_the_menu_built_for_them(self):
        self.client.get(STORY)
        self.client.force_login(self.editor)

        with CaptureQueriesContext(connection) as queries:
            self.client.get(STORY)

        self.assertNotEqual(_menu_queries(queries.captured_queries), [])
