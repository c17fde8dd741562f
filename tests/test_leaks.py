"""The leak matrix: every reader and partner surface x every editorial state x every language.

One package per (state, language), each with its own relation, people, article, quote, agreement and photo, all
marked with the package's number so any surface can be searched for it. Each cell is one request language (and,
for the API, one client) looking for one package through one surface, and asserts visible or not visible:

- visible only when the request language is the package's language and the state is readable: ``published``,
  or ``live`` (a go-live time in the past); for the API's visits, quotes and agreements (not articles, which carry
  no embargo, and not the public Atom feeds) also ``scheduled``, for a partner allowed to see embargoed items;
- "visible" for a page or API detail means it exists (200) or shows the marker; for lists, feeds, the sitemap,
  plugins and search it means the marker is present;
- people and relations are reference data (not versioned, shared by packages): they exist for readers and
  partners only while a readable package (any language; for a partner allowed to see embargoed items, a scheduled
  one too) shows them, and otherwise answer exactly like an unknown slug: API lists and details, and the
  ``person`` and ``relation`` filters; no package content (headline, quote, agreement, article) shows through them;
- the app has no CMS menu (no ``cms_menus.py``), so there is no menu surface.

Reader pages are requested twice with the page cache on, so cold and cached answers are both checked. A leak is
a hidden package shown; a miss is a readable one not shown (so the matrix cannot pass by showing nothing). The
summary is written to ``test-artifacts/leak-matrix.txt``.
"""

from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path
from unittest import mock

from cms.api import add_plugin, create_page, create_page_content
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone
from djangocms_timed_publishing.models import TimedPublishingInterval
from djangocms_versioning.models import Version
from rest_framework.test import APIClient

from relations_plugin import services

from .factories import (
    AgreementFactory,
    ArticleContentFactory,
    ArticleFactory,
    CeremonyPhotoFactory,
    LinkedArticleFactory,
    ParticipationFactory,
    PartnerFactory,
    PersonFactory,
    QuoteFactory,
    RelationFactory,
    VisitContentFactory,
    VisitFactory,
)
from .utils import ApphookTestCase

LANGUAGES = ("en", "ru", "kk")
STATES = ("draft", "published", "unpublished", "scheduled", "live", "expired", "archived")
READABLE = {"published", "live"}
CLIENTS = ("anonymous", "partner", "embargo-partner")  # the last may see embargoed (scheduled) packages
# Distinct countries, so every package has its own relation and its own country feed.
COUNTRIES = (
    "AM AT AZ BE BG BY CH CN CZ DE EE ES FI FR GE HU IN IT JP KG KR LT LV MD MN NL NO PL PT RO SE SK TJ TM TR UA UZ "
    "AE AR BR CA CL"
).split()
PLUGINS = {  # plugin type -> (extra fields, which marker it shows)
    "VisitTeaserPlugin": ({}, "headline"),
    "PullQuotePlugin": ({}, "quote"),
    "AgreementsListPlugin": ({}, "agreement"),
    "CeremonyGalleryPlugin": ({"limit": 5}, "photo"),
    "LatestVisitsPlugin": ({"limit": 5}, "headline"),
}
REPORT = Path(__file__).resolve().parent.parent / "test-artifacts" / "leak-matrix.txt"


class Package:
    """One package of the matrix and the markers that identify it on any surface."""

    def __init__(self, number: int, state: str, language: str):
        self.number, self.state, self.language = number, state, language
        self.headline = f"Headline Mk{number:02d}x"
        self.quote = f"Quote Qk{number:02d}x"
        self.agreement = f"Agreement Gk{number:02d}x"
        self.article = f"Article Ak{number:02d}x"
        self.photo = f"Photo Pk{number:02d}x"
        self.slug = f"leak-visit-{number}"
        self.article_slug = f"leak-article-{number}"
        self.countries = (COUNTRIES[2 * number], COUNTRIES[2 * number + 1])

    def __str__(self) -> str:
        return f"#{self.number} {self.state}/{self.language}"

    def markers(self) -> tuple[str, ...]:
        return self.headline, self.quote, self.agreement, self.article, self.photo


def expected(package: Package, *, language: str, client: str = "anonymous", embargo_aware: bool = False) -> bool:
    if language != package.language:
        return False
    if package.state in READABLE:
        return True
    return embargo_aware and client == "embargo-partner" and package.state == "scheduled"


def reference_expected(package: Package, client: str) -> bool:
    """People and relations exist for a client while a package it may read (any language) shows them."""
    return package.state in READABLE or (client == "embargo-partner" and package.state == "scheduled")


def _set_state(content, *, state: str, by, now: datetime.datetime) -> None:
    """Bring a fresh draft to ``state`` the way editors do: services and versioning, timed-publishing intervals."""
    if state in ("draft", "archived"):
        if state == "archived":
            Version.objects.get_for_content(content).archive(by)
        return
    services.content_publish(content=content, by=by)
    if state == "unpublished":
        services.content_unpublish(content=content, by=by)
        return
    version = Version.objects.get_for_content(content)
    interval = {
        "scheduled": {"start": now + datetime.timedelta(days=1)},
        "live": {"start": now - datetime.timedelta(days=1)},
        "expired": {"start": now - datetime.timedelta(days=2), "end": now - datetime.timedelta(hours=1)},
    }.get(state)
    if interval:
        TimedPublishingInterval.objects.create(version=version, **interval)


@override_settings(RELATIONS_PLUGIN_PAGE_CACHE_SECONDS=300, RELATIONS_PLUGIN_FRAGMENT_CACHE_SECONDS=300)
class LeakMatrixTests(ApphookTestCase):
    results: Counter = Counter()  # (group, "cells"|"leaks"|"misses") -> count, over the whole class
    failures: list[str] = []

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        now = timezone.now()
        cls.packages = []
        for number, (state, language) in enumerate((s, lang) for s in STATES for lang in LANGUAGES):
            cls.packages.append(cls._build(Package(number, state, language), now=now))
        cls.partner = PartnerFactory(can_see_embargoed=False)
        cls.embargo_partner = PartnerFactory(can_see_embargoed=True)
        cls._plugin_pages()

    @classmethod
    def _build(cls, package: Package, *, now: datetime.datetime) -> Package:
        guest_country, host_country = package.countries
        relation = RelationFactory(country_a=min(package.countries), country_b=max(package.countries))
        guest = PersonFactory(country=guest_country, slug=f"leak-guest-{package.number}")
        host = PersonFactory(country=host_country, slug=f"leak-host-{package.number}")
        content = VisitContentFactory(
            author=cls.editor,
            visit=VisitFactory(relation=relation, guest_country=guest_country, host_country=host_country),
            language=package.language,
            headline=package.headline,
            slug=package.slug,
        )
        article = ArticleContentFactory(
            author=cls.editor,
            article=ArticleFactory(),
            language=package.language,
            headline=package.article,
            slug=package.article_slug,
        )
        ParticipationFactory(visit_content=content, person=guest)
        ParticipationFactory(visit_content=content, person=host)
        package.quote_pk = QuoteFactory(
            visit_content=content, speaker=guest, text=package.quote, source_article=article.article
        ).pk
        package.agreement_pk = AgreementFactory(
            visit_content=content, title=package.agreement, signatories=[guest, host]
        ).pk
        CeremonyPhotoFactory(visit_content=content, caption=package.photo)
        LinkedArticleFactory(visit_content=content, article=article.article)
        _set_state(content, state=package.state, by=cls.editor, now=now)
        _set_state(article, state=package.state, by=cls.editor, now=now)
        package.visit, package.relation, package.guest = content.visit, relation, guest
        return package

    @classmethod
    def _plugin_pages(cls) -> None:
        """One CMS page per plugin type, in every language, holding that plugin for every package's visit."""
        for plugin_type, (fields, _marker) in PLUGINS.items():
            slug = f"leak-{plugin_type.lower()}"
            page = create_page(plugin_type, "page.html", "en", created_by=cls.editor, slug=slug)
            for language in LANGUAGES[1:]:
                create_page_content(language, plugin_type, page, created_by=cls.editor, slug=slug)
            for language in LANGUAGES:
                content = page.get_admin_content(language)
                placeholder = content.get_placeholders().get(slot="content")
                for package in cls.packages:
                    target = {"relation": package.relation} if plugin_type == "LatestVisitsPlugin" else {}
                    target = target or {"visit": package.visit}
                    add_plugin(placeholder, plugin_type, language, **target, **fields)
                Version.objects.get_for_content(content).publish(cls.editor)

    def setUp(self):
        super().setUp()
        cache.clear()
        self.api = APIClient()
        # The matrix sends a few thousand API requests; throttling is tested in test_api.
        patcher = mock.patch("rest_framework.views.APIView.check_throttles")
        patcher.start()
        self.addCleanup(patcher.stop)

    @classmethod
    def tearDownClass(cls):
        cls._write_report()
        super().tearDownClass()

    # --- recording --------------------------------------------------------------------------------------------

    def check(self, group: str, surface: str, package: Package, *, language: str, seen: bool, want: bool, **extra):
        """One cell: record it, and fail it (as its own subTest) when ``seen`` differs from ``want``."""
        type(self).results[(group, "cells")] += 1
        label = f"{surface} | {package} | request {language}" + "".join(f" | {v}" for v in extra.values())
        if seen != want:
            type(self).results[(group, "leaks" if seen else "misses")] += 1
            type(self).failures.append(("LEAK " if seen else "MISS ") + label)
        with self.subTest(cell=label):
            self.assertEqual(seen, want, "leaked" if seen else "not shown although readable")

    @classmethod
    def _write_report(cls) -> None:
        groups = sorted({group for group, _kind in cls.results})
        lines = [
            "Leak matrix (tests/test_leaks.py): surfaces x states x package language x request language [x client]",
            f"states: {', '.join(STATES)} (+ embargoed for an unauthorised / authorised partner, API)",
            f"languages: {', '.join(LANGUAGES)}; clients (API): {', '.join(CLIENTS)}",
            "",
            f"{'group':<14} {'cells':>7} {'leaks':>6} {'misses':>7}",
        ]
        for group in groups:
            lines.append(
                f"{group:<14} {cls.results[(group, 'cells')]:>7} {cls.results[(group, 'leaks')]:>6} "
                f"{cls.results[(group, 'misses')]:>7}"
            )
        total = Counter()
        for (_group, kind), count in cls.results.items():
            total[kind] += count
        lines += ["", f"{'total':<14} {total['cells']:>7} {total['leaks']:>6} {total['misses']:>7}", ""]
        lines += cls.failures[:200]
        REPORT.parent.mkdir(exist_ok=True)
        REPORT.write_text("\n".join(lines) + "\n")

    # --- surfaces ---------------------------------------------------------------------------------------------

    def reader_get(self, url: str) -> tuple[int, str]:
        """Status and body, asserting the cached answer (second request) is the same as the first."""
        first = self.client.get(url)
        second = self.client.get(url)
        self.assertEqual((second.status_code, second.content), (first.status_code, first.content), url)
        return first.status_code, first.content.decode()

    def test_reader_pages(self):
        lists = {language: self.reader_get(f"/{language}/relations/")[1] for language in LANGUAGES}
        for package in self.packages:
            for language in LANGUAGES:
                want = expected(package, language=language)
                pages = {
                    "story page": f"/{language}/relations/visits/{package.slug}/",
                    "hub page": f"/{language}/relations/{package.relation.slug}/",
                    "person page": f"/{language}/relations/people/{package.guest.slug}/",
                    "article page": f"/{language}/relations/articles/{package.article_slug}/",
                }
                for surface, url in pages.items():
                    status, body = self.reader_get(url)
                    marker = package.article if surface == "article page" else package.headline
                    self.check(
                        "reader", surface, package, language=language, seen=status == 200 or marker in body, want=want
                    )
                self.check(
                    "reader",
                    "visit list",
                    package,
                    language=language,
                    seen=package.headline in lists[language],
                    want=want,
                )

    def test_plugins(self):
        for plugin_type, (_fields, marker) in PLUGINS.items():
            for language in LANGUAGES:
                response = self.client.get(f"/{language}/leak-{plugin_type.lower()}/")
                self.assertEqual(response.status_code, 200)
                body = response.content.decode()
                for package in self.packages:
                    self.check(
                        "plugins",
                        plugin_type,
                        package,
                        language=language,
                        seen=getattr(package, marker) in body,
                        want=expected(package, language=language),
                    )

    def test_sitemap(self):
        body = self.client.get("/sitemap.xml").content.decode()
        for package in self.packages:
            for language in LANGUAGES:
                urls = {
                    "sitemap: story": f"/{language}/relations/visits/{package.slug}/",
                    "sitemap: article": f"/{language}/relations/articles/{package.article_slug}/",
                    "sitemap: hub": f"/{language}/relations/{package.relation.slug}/",
                    "sitemap: person": f"/{language}/relations/people/{package.guest.slug}/",
                }
                for surface, url in urls.items():
                    self.check(
                        "sitemap",
                        surface,
                        package,
                        language=language,
                        seen=f"{url}<" in body,
                        want=expected(package, language=language),
                    )

    def test_feeds(self):
        for language in LANGUAGES:
            everything = self.client.get(f"/api/v1/feeds/{language}/visits/").content.decode()
            for package in self.packages:
                relation = self.client.get(f"/api/v1/feeds/{language}/visits/relation/{package.relation.slug}/")
                country = self.client.get(f"/api/v1/feeds/{language}/visits/country/{package.countries[0]}/")
                for surface, body in (
                    ("feed: all", everything),
                    ("feed: relation", relation.content.decode()),
                    ("feed: country", country.content.decode()),
                ):
                    self.check(
                        "feeds",
                        surface,
                        package,
                        language=language,
                        seen=package.headline in body,
                        want=expected(package, language=language),
                    )
        self.assertEqual(self.client.get("/api/v1/feeds/xx/visits/").status_code, 404)

    def api_get(self, client: str, url: str, **params):
        partner = {"partner": self.partner, "embargo-partner": self.embargo_partner}.get(client)
        headers = {"HTTP_AUTHORIZATION": f"Token {partner.token}"} if partner else {}
        return self.api.get(url, params, **headers)

    def test_api(self):
        lists = {  # surface -> (url, params, marker attribute, embargo-aware)
            "visits list json": ("/api/v1/visits/", {}, "headline", True),
            "visits list ninjs": ("/api/v1/visits/", {"format": "ninjs"}, "headline", True),
            "quotes list": ("/api/v1/quotes/", {}, "quote", True),
            "agreements list": ("/api/v1/agreements/", {}, "agreement", True),
            "articles list": ("/api/v1/articles/", {}, "article", False),
            "search: visits q": ("/api/v1/visits/", {"q": "Headline Mk"}, "headline", True),
            "search: visits q quote": ("/api/v1/visits/", {"q": "Quote Qk"}, "headline", True),
            "search: quotes q": ("/api/v1/quotes/", {"q": "Quote Qk"}, "quote", True),
            "search: agreements q": ("/api/v1/agreements/", {"q": "Agreement Gk"}, "agreement", True),
            "search: articles q": ("/api/v1/articles/", {"q": "Article Ak"}, "article", False),
        }
        details = {  # surface -> (url of a package, params, embargo-aware)
            "visit detail json": (lambda p: f"/api/v1/visits/{p.slug}/", {}, True),
            "visit detail ninjs": (lambda p: f"/api/v1/visits/{p.slug}/", {"format": "ninjs"}, True),
            "quote detail": (lambda p: f"/api/v1/quotes/{p.quote_pk}/", {}, True),
            "agreement detail": (lambda p: f"/api/v1/agreements/{p.agreement_pk}/", {}, True),
            "article detail": (lambda p: f"/api/v1/articles/{p.article_slug}/", {}, False),
        }
        for client in CLIENTS:
            for language in LANGUAGES:
                for surface, (url, params, marker, aware) in lists.items():
                    response = self.api_get(client, url, language=language, page_size=100, **params)
                    self.assertEqual(response.status_code, 200, (surface, response.content[:300]))
                    body = response.content.decode()
                    for package in self.packages:
                        self.check(
                            "api",
                            surface,
                            package,
                            language=language,
                            client=client,
                            seen=getattr(package, marker) in body,
                            want=expected(package, language=language, client=client, embargo_aware=aware),
                        )
                reference = {
                    "people list": self.api_get(client, "/api/v1/people/", page_size=100).content.decode(),
                    "relations list": self.api_get(client, "/api/v1/relations/", page_size=100).content.decode(),
                }
                for package in self.packages:
                    for surface, make_url, params, aware in ((name, *spec) for name, spec in details.items()):
                        response = self.api_get(client, make_url(package), language=language, **params)
                        self.assertIn(response.status_code, (200, 404), (surface, response.content[:300]))
                        self.check(
                            "api",
                            surface,
                            package,
                            language=language,
                            client=client,
                            seen=response.status_code == 200,
                            want=expected(package, language=language, client=client, embargo_aware=aware),
                        )
                    for surface, body in reference.items():
                        # Reference data follows the packages that show it; package content never shows through it.
                        slug = package.guest.slug if surface == "people list" else package.relation.slug
                        self.check(
                            "api",
                            surface,
                            package,
                            language=language,
                            client=client,
                            seen=f'"{slug}"' in body,
                            want=reference_expected(package, client),
                        )
                        self.check(
                            "api",
                            f"{surface} content",
                            package,
                            language=language,
                            client=client,
                            seen=any(marker in body for marker in package.markers()),
                            want=False,
                        )

    def test_api_reference_data_answers_like_an_unknown_slug(self):
        """People and relations only drafts or embargoed packages show: details and filters answer as unknown."""
        surfaces = {  # surface -> (url, params) of one slug
            "person detail": lambda slug: ("/api/v1/people/{slug}/", {}),
            "visits ?person=": lambda slug: ("/api/v1/visits/", {"person": slug}),
            "quotes ?person=": lambda slug: ("/api/v1/quotes/", {"person": slug}),
            "agreements ?person=": lambda slug: ("/api/v1/agreements/", {"person": slug}),
            "relation detail": lambda slug: ("/api/v1/relations/{slug}/", {}),
            "visits ?relation=": lambda slug: ("/api/v1/visits/", {"relation": slug}),
            "quotes ?relation=": lambda slug: ("/api/v1/quotes/", {"relation": slug}),
            "agreements ?relation=": lambda slug: ("/api/v1/agreements/", {"relation": slug}),
        }

        def ask(client: str, surface: str, slug: str):
            url, params = surfaces[surface](slug)
            response = self.api_get(client, url.format(slug=slug), **params)
            return response.status_code, response.content.decode().replace(slug, "SLUG")

        for client in CLIENTS:
            for surface in surfaces:
                unknown = ask(client, surface, "nobody-has-this-slug")
                self.assertIn(unknown[0], (400, 404))
                for package in self.packages:
                    slug = package.relation.slug if "relation" in surface else package.guest.slug
                    answer = ask(client, surface, slug)
                    self.check(
                        "api reference",
                        surface,
                        package,
                        language=package.language,
                        client=client,
                        seen=answer != unknown,
                        want=reference_expected(package, client),
                    )
                    if answer != unknown:
                        self.assertEqual(answer[0], 200, (client, surface, str(package), answer))
