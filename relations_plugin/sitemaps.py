"""Sitemaps of the reader pages: published visit packages and articles, relation hubs and people, every language.

Only what a reader can open is listed: published content, and hubs/person pages that have a published package in
that language. An item without a URL (no apphook page in its language) is left out. Each URL carries hreflang
alternates to the same thing in its other listed languages and an ``x-default``, by the rule the pages' own
hreflang links follow (``languages.PageLanguages``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils import translation

from . import selectors
from .languages import PageLanguages
from .site_urls import site_origin


@dataclass(frozen=True)
class SitemapEntry:
    """One listed URL: ``obj`` in ``languages.language``, and where the same thing is in each listed language."""

    obj: object
    languages: PageLanguages

    @property
    def language(self) -> str:
        return self.languages.language

    @property
    def url(self) -> str:
        return self.languages.urls[self.language]


def _entries(rows: Iterable[tuple[Hashable, object, str, str]]) -> list[SitemapEntry]:
    """From ``(key, object, language, url)`` rows, where rows with one key are one thing in several languages.

    The alternates come from the rows themselves, so they name exactly the URLs the sitemap lists.
    """
    rows = [row for row in rows if row[3]]
    urls: dict[Hashable, dict[str, str]] = defaultdict(dict)
    for key, _obj, language, url in rows:
        urls[key][language] = url
    return [SitemapEntry(obj, PageLanguages(language=language, urls=urls[key])) for key, obj, language, _url in rows]


class _LocatedSitemap(Sitemap):
    """Items are ``SitemapEntry``s, resolved once in ``items()``.

    URLs are on the configured site (``site_urls.site_origin``: ``RELATIONS_PLUGIN_SITE_URL`` or the Sites domain).
    Django's own ``i18n``/``x_default`` are not used: they pass ``lastmod`` the object without its language (a
    package's translations change at different times), and its x-default drops the language prefix, which the
    default language keeps on this site.
    """

    def location(self, item):
        return item.url

    def get_domain(self, site=None):
        return urlsplit(site_origin()).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(site_origin()).scheme

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        origin = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        for url in urls:
            languages = url["item"].languages
            url["alternates"] = [
                {"location": origin + alternate.url, "lang_code": alternate.language}
                for alternate in languages.alternates
            ] + [{"location": origin + languages.x_default, "lang_code": "x-default"}]
        return urls


class VisitSitemap(_LocatedSitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return _entries(
            (content.visit_id, content, content.language, content.get_absolute_url())
            for content in selectors.visit_list_for_sitemap()
        )

    def lastmod(self, item):
        return item.obj.updated_at


class ArticleSitemap(VisitSitemap):
    priority = 0.6

    def items(self):
        return _entries(
            (content.article_id, content, content.language, content.get_absolute_url())
            for content in selectors.article_list_for_sitemap()
        )


class RelationSitemap(_LocatedSitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        rows = []
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                rows += [
                    (relation.pk, relation, language, relation.get_absolute_url())
                    for relation in selectors.relation_list_published(language=language)
                ]
        return _entries(rows)


class PersonSitemap(RelationSitemap):
    def items(self):
        rows = []
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                rows += [
                    (person.pk, person, language, person.get_absolute_url())
                    for person in selectors.person_list_published(language=language)
                ]
        return _entries(rows)


SITEMAPS = {"visits": VisitSitemap, "articles": ArticleSitemap, "relations": RelationSitemap, "people": PersonSitemap}
