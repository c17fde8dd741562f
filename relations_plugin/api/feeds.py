"""Atom feeds of the latest published visit packages: all, per relation, per country, in one language.

Mounted under ``/api/v1/feeds/<language>/visits/``. Embargoed packages never appear (feeds are public); the
lead photo is an enclosure of the ``medium`` rendition, not the original upload. Each request gets its own feed
object (``as_view``), so the request and language never live on an instance shared between requests. Links are
absolute on the configured site (``site_urls``); answers carry an ETag, Last-Modified and Cache-Control and
honour conditional GETs; with ``RELATIONS_PLUGIN_WEBSUB_HUB`` set the feed names its WebSub hub.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.sites.models import Site
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponseNotFound
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.http import http_date, urlencode
from django.utils.translation import gettext as _
from django_countries import countries

from .. import selectors
from ..conf import get_setting
from ..languages import Alternate
from ..renditions import FEED_RENDITION, named, rendition_file_size
from ..site_urls import absolute_url
from .permissions import keep_404

CACHE_MAX_AGE = 60


class SyndicationAtomFeed(Atom1Feed):
    """Atom with a WebSub hub link, summaries as plain text (package summaries are never HTML), and each entry's
    language and its alternates in the other languages (``hreflang``)."""

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("hub"):
            handler.addQuickElement("link", "", {"rel": "hub", "href": self.feed["hub"]})

    def item_attributes(self, item):
        return {**super().item_attributes(item), "xml:lang": item["language"]}

    def add_item_elements(self, handler, item):
        summary = item.get("description")
        super().add_item_elements(handler, {**item, "description": None})
        for alternate in item["translations"]:
            handler.addQuickElement(
                "link", "", {"rel": "alternate", "hreflang": alternate.language, "href": alternate.url}
            )
        if summary:
            handler.addQuickElement("summary", summary, {"type": "text"})


class LatestVisitsFeed(Feed):
    """Every language's latest visits; subclasses narrow them to a relation or a country."""

    feed_type = SyndicationAtomFeed
    item_guid_is_permalink = False

    def __init__(self, request):
        super().__init__()
        self.request = request
        self.last_modified = None

    @classmethod
    def as_view(cls):
        """A view that builds a feed object for each request."""

        def view(request, *args, **kwargs):
            return cls(request)(request, *args, **kwargs)

        return view

    def __call__(self, request, *args, **kwargs):
        language = kwargs.get("language")
        if language not in dict(settings.LANGUAGES):
            return self.not_found(request)
        try:
            with translation.override(language):
                response = super().__call__(request, *args, **kwargs)
        except Http404:
            return self.not_found(request)
        patch_cache_control(response, public=True, max_age=CACHE_MAX_AGE)
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        response["ETag"] = etag
        timestamp = int(self.last_modified.timestamp()) if self.last_modified else None
        if timestamp:
            response["Last-Modified"] = http_date(timestamp)
        return get_conditional_response(request, etag=etag, last_modified=timestamp, response=response)

    @staticmethod
    def not_found(request):
        keep_404(request)
        return HttpResponseNotFound(b"Not found.", content_type="text/plain")

    def get_object(self, request, language, **kwargs):
        return {"language": language, **kwargs}

    def url(self, name: str, *, language: str | None = None, **kwargs) -> str:
        path = reverse(f"relations_plugin_api:{name}", kwargs=kwargs)
        return absolute_url(f"{path}?{urlencode({'language': language})}" if language else path, self.request)

    def title(self, obj):
        return _("Bilateral visits")

    def link(self, obj):
        return self.url("visit-list", language=obj["language"])

    def subtitle(self, obj):
        return _("The latest published visit packages.")

    def feed_url(self, obj):
        return absolute_url(self.request.get_full_path(), self.request)

    def author_name(self, obj):
        return Site.objects.get_current(self.request).name or _("Newsroom")

    def feed_extra_kwargs(self, obj):
        return {"hub": get_setting("WEBSUB_HUB") or None}

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj["language"]
        return feed

    def visits(self, obj):
        return selectors.api_visit_list(language=obj["language"])

    def items(self, obj):
        limit = int(get_setting("API_PAGE_SIZE"))
        visits = selectors.api_visit_with_translations(self.visits(obj), include_embargoed=False)
        items = list(visits.order_by("-modified_at", "-pk")[:limit])
        self.last_modified = max((item.modified_at for item in items), default=None)
        return items

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        web = item.get_absolute_url()
        return absolute_url(web, self.request) if web else self.item_guid(item)

    def item_extra_kwargs(self, item):
        alternates = [Alternate(t.language, self.translation_link(t)) for t in selectors.item_translations(item)]
        return {"language": item.language, "translations": alternates}

    def translation_link(self, translation):
        """Like the entry's own link: the reader page, else the package in the API."""
        if translation.path:
            return absolute_url(translation.path, self.request)
        return self.url("visit-detail", slug=translation.slug, language=translation.language)

    def item_guid(self, item):
        return self.url("visit-detail", slug=item.slug, language=item.language)

    def item_pubdate(self, item):
        return item.modified_at

    def item_updateddate(self, item):
        return item.modified_at

    def item_categories(self, item):
        return [item.visit.relation.slug, item.visit_type]

    def item_enclosures(self, item):
        if not item.lead_photo_id or not item.lead_photo.file:
            return []
        rendition = named(item.lead_photo, FEED_RENDITION, build_uri=lambda url: absolute_url(url, self.request))
        if rendition is None:
            return []  # an image that cannot be rendered is left out (the rendition service logs it)
        length = rendition_file_size(rendition, item.lead_photo)
        return [Enclosure(rendition.url, str(length), rendition.mime_type)]


class RelationVisitsFeed(LatestVisitsFeed):
    def get_object(self, request, language, slug):
        obj = super().get_object(request, language)
        # A relation only drafts or embargoed packages show answers like an unknown one (the API's rule).
        obj["relation"] = selectors.relation_get_visible(slug=slug)
        if obj["relation"] is None:
            raise Http404
        return obj

    def title(self, obj):
        return _("Bilateral visits: %(relation)s") % {"relation": obj["relation"]}

    def visits(self, obj):
        return super().visits(obj).for_relation(obj["relation"])


class CountryVisitsFeed(LatestVisitsFeed):
    def get_object(self, request, language, code):
        code = code.upper()
        if code not in countries:
            raise Http404
        obj = super().get_object(request, language)
        obj["country"] = code
        return obj

    def title(self, obj):
        return _("Bilateral visits: %(country)s") % {"country": countries.name(obj["country"])}

    def visits(self, obj):
        return super().visits(obj).for_country(obj["country"])
