"""Atom feeds of the latest published visit packages: all, per relation, per country, in one language.

Mounted under ``/api/v1/feeds/<language>/visits/``. Embargoed packages never appear (feeds are public); the
lead photo is an enclosure of the ``medium`` rendition, not the original upload.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponseNotFound
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.translation import gettext as _
from django_countries import countries

from .. import selectors
from ..conf import get_setting
from ..models import Relation
from .permissions import keep_404
from ..renditions import FEED_RENDITION, named, rendition_file_size
from .serializers import api_url


class LatestVisitsFeed(Feed):
    """Every language's latest visits; subclasses narrow them to a relation or a country."""

    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except Http404:
            keep_404(request)
            return HttpResponseNotFound(b"Not found.", content_type="text/plain")

    def get_object(self, request, language, **kwargs):
        if language not in dict(settings.LANGUAGES):
            raise Http404
        self.request = request
        translation.activate(language)
        return {"language": language, **kwargs}

    def title(self, obj):
        return _("Bilateral visits")

    def link(self, obj):
        return api_url(self.request, "visit-list", language=obj["language"])

    def subtitle(self, obj):
        return _("The latest published visit packages.")

    def feed_url(self, obj):
        return self.request.build_absolute_uri()

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj["language"]
        return feed

    def visits(self, obj):
        return selectors.api_visit_list(language=obj["language"])

    def items(self, obj):
        limit = int(get_setting("API_PAGE_SIZE"))
        return self.visits(obj).order_by("-modified_at", "-pk")[:limit]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_absolute_url() or api_url(self.request, "visit-detail", slug=item.slug, language=item.language)

    def item_guid(self, item):
        return api_url(self.request, "visit-detail", slug=item.slug, language=item.language)

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.modified_at

    def item_updateddate(self, item):
        return item.modified_at

    def item_categories(self, item):
        return [item.visit.relation.slug, item.visit_type]

    def item_enclosures(self, item):
        if not item.lead_photo_id or not item.lead_photo.file:
            return []
        rendition = named(item.lead_photo, FEED_RENDITION, build_uri=self.request.build_absolute_uri)
        if rendition is None:
            return []  # an image that cannot be rendered is left out (the rendition service logs it)
        length = rendition_file_size(rendition, item.lead_photo)
        return [Enclosure(rendition.url, str(length), rendition.mime_type)]


class RelationVisitsFeed(LatestVisitsFeed):
    def get_object(self, request, language, slug):
        obj = super().get_object(request, language)
        obj["relation"] = Relation.objects.filter(slug=slug).first()
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
