"""Sitemaps of the reader pages: published visit packages and articles, relation hubs and people, every language.

Only what a reader can open is listed: published content, and hubs/person pages that have a published package in
that language. An item without a URL (no apphook page in its language) is left out.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils import translation

from . import selectors
from .site_urls import site_origin


class _LocatedSitemap(Sitemap):
    """Items are ``(object, language, url)`` triples, resolved once in ``items()``.

    URLs are on the configured site (``site_urls.site_origin``: ``RELATIONS_PLUGIN_SITE_URL`` or the Sites domain).
    """

    def location(self, item):
        return item[2]

    def get_domain(self, site=None):
        return urlsplit(site_origin()).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(site_origin()).scheme


class VisitSitemap(_LocatedSitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        rows = (
            (content, content.language, content.get_absolute_url()) for content in selectors.visit_list_for_sitemap()
        )
        return [row for row in rows if row[2]]

    def lastmod(self, item):
        return item[0].updated_at


class ArticleSitemap(VisitSitemap):
    priority = 0.6

    def items(self):
        rows = (
            (content, content.language, content.get_absolute_url()) for content in selectors.article_list_for_sitemap()
        )
        return [row for row in rows if row[2]]


class RelationSitemap(_LocatedSitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        rows = []
        for language, _name in settings.LANGUAGES:
            for relation in selectors.relation_list_published(language=language):
                with translation.override(language):
                    rows.append((relation, language, relation.get_absolute_url()))
        return [row for row in rows if row[2]]


class PersonSitemap(RelationSitemap):
    def items(self):
        rows = []
        for language, _name in settings.LANGUAGES:
            for person in selectors.person_list_published(language=language):
                with translation.override(language):
                    rows.append((person, language, person.get_absolute_url()))
        return [row for row in rows if row[2]]


SITEMAPS = {"visits": VisitSitemap, "articles": ArticleSitemap, "relations": RelationSitemap, "people": PersonSitemap}
