"""Read-only syndication endpoints. Views translate only: request in, selector call, serializer out."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _
from django.utils.translation.trans_real import parse_accept_lang_header
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers as drf_serializers
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response

from .. import documents, selectors
from . import filters, ninjs, schema, serializers, throttling  # noqa: F401 - schema registers the token scheme
from .pagination import ModificationCursorPagination, SearchRankCursorPagination
from .permissions import can_see_embargoed, keep_404, request_partner

CACHE_MAX_AGE = 60
COMMON_PARAMS = {"format", "language", "cursor", "page_size", "version"}


def request_language(request) -> str:
    """``?language=`` (validated), else the Accept-Language negotiated by LocaleMiddleware, else the default."""
    languages = dict(settings.LANGUAGES)
    value = request.query_params.get("language")
    if value:  # an empty parameter counts as absent
        if value not in languages:
            raise ValidationError({"language": [_("Unknown language “%(value)s”.") % {"value": value[:20]}]})
        return value
    # Only the header counts: partners' clients carry no language cookie worth trusting, and the URL has no prefix.
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


class NinjsDocumentSerializer(drf_serializers.BaseSerializer):
    """A visit package as an IPTC ninjs document of the version in the context (a withdrawn one: canceled)."""

    build = staticmethod(ninjs.visit_document)

    def to_representation(self, instance):
        build = self.build
        if getattr(instance, "sync_status", "published") == "withdrawn":
            build = ninjs.withdrawn_document
        return build(instance, request=self.context["request"], version=self.context["ninjs_version"])


class NinjsArticleSerializer(NinjsDocumentSerializer):
    build = staticmethod(ninjs.article_document)


class NinjsQuoteSerializer(NinjsDocumentSerializer):
    build = staticmethod(ninjs.quote_document)


class NinjsAgreementSerializer(NinjsDocumentSerializer):
    build = staticmethod(ninjs.agreement_document)


class SyndicationViewMixin:
    """Shared behaviour: strict parameters, per-language content, conditional GET and cache headers."""

    renderer_classes = [JSONRenderer, BrowsableAPIRenderer]
    pagination_class = ModificationCursorPagination
    filter_backends = [DjangoFilterBackend]
    lookup_field = "slug"
    lookup_value_regex = r"[^/]+"  # any slug reaches the view and gets the API's own 404, never the CMS page's
    # Set per request in initial(); these defaults serve schema generation, which never calls initial().
    language = settings.LANGUAGE_CODE
    include_embargoed = False

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        allowed = set(COMMON_PARAMS)
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None:
            allowed |= set(filterset_class.base_filters)
        unknown = sorted(set(request.query_params) - allowed)
        if unknown:
            raise ValidationError({name: [_("Unknown parameter.")] for name in unknown[:10]})
        self.language = request_language(request)
        self.include_embargoed = can_see_embargoed(request)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["language"] = getattr(self, "language", settings.LANGUAGE_CODE)
        return context

    def list(self, request, *args, **kwargs):
        response = super().list(request, *args, **kwargs)
        page = getattr(self.paginator, "page", None) or []
        stamps = [row.modified_at for row in page if getattr(row, "modified_at", None)]
        self.last_modified = max(stamps) if stamps else None
        return response

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        self.last_modified = getattr(instance, "modified_at", None)
        serializer = self.get_serializer(instance)
        from rest_framework.response import Response

        return Response(serializer.data)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        throttling.add_rate_limit_headers(request, response)
        patch_vary_headers(response, ["Accept", "Accept-Language", "Authorization"])
        if response.status_code == 404:
            keep_404(request._request)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        response["Content-Language"] = getattr(self, "language", settings.LANGUAGE_CODE)
        if request_partner(request) is not None:
            patch_cache_control(response, private=True, max_age=CACHE_MAX_AGE)
        else:
            patch_cache_control(response, public=True, max_age=CACHE_MAX_AGE)
        if hasattr(response, "render"):  # a compiled document's body is ready as it is
            response.render()
        # The ETag hashes the body, so it changes whenever anything a client sees changes (reference data too);
        # a package's detail takes its compiled document's instead, which is remade on any such change.
        etag = getattr(self, "etag", None) or f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        response["ETag"] = etag
        last_modified = getattr(self, "last_modified", None)
        timestamp = int(last_modified.timestamp()) if last_modified else None
        if timestamp:
            response["Last-Modified"] = http_date(timestamp)
        return get_conditional_response(request, etag=etag, last_modified=timestamp, response=response)


class NinjsViewMixin:
    """Views that also answer IPTC ninjs (``?format=ninjs`` or ``Accept: application/ninjs+json``), 2.2 or 3.1."""

    renderer_classes = [JSONRenderer, ninjs.NinjsRenderer, BrowsableAPIRenderer]
    ninjs_serializer_class = NinjsDocumentSerializer

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        version = request.query_params.get("version")
        if version and version not in ninjs.VERSIONS:
            raise ValidationError({"version": [_("Use one of: %(v)s.") % {"v": ", ".join(ninjs.VERSIONS)}]})
        self.ninjs_version = version or ninjs.DEFAULT_VERSION

    def is_ninjs(self) -> bool:
        renderer = getattr(self.request, "accepted_renderer", None)
        return getattr(renderer, "format", None) == "ninjs"

    def get_serializer_class(self):
        return self.ninjs_serializer_class if self.is_ninjs() else super().get_serializer_class()

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["ninjs_version"] = getattr(self, "ninjs_version", ninjs.DEFAULT_VERSION)
        return context


NINJS_RESPONSE = {
    "type": "object",
    "description": "An IPTC ninjs document (2.2 by default, 3.1 with `version=3.1`); see iptc.org/std/ninjs.",
}
FORMAT_PARAMS = [
    OpenApiParameter("version", str, enum=list(ninjs.VERSIONS), description="ninjs version (with format=ninjs)."),
]


def ninjs_schema(list_serializer, detail_serializer):
    """The OpenAPI description of a viewset that answers JSON or ninjs."""
    return extend_schema_view(
        list=extend_schema(
            parameters=FORMAT_PARAMS,
            responses={(200, "application/json"): list_serializer, (200, ninjs.MEDIA_TYPE): NINJS_RESPONSE},
        ),
        retrieve=extend_schema(
            parameters=FORMAT_PARAMS,
            responses={(200, "application/json"): detail_serializer, (200, ninjs.MEDIA_TYPE): NINJS_RESPONSE},
        ),
    )


@ninjs_schema(serializers.VisitListSerializer(many=True), serializers.VisitDetailSerializer)
class VisitViewSet(NinjsViewMixin, SyndicationViewMixin, viewsets.ReadOnlyModelViewSet):
    """Visit packages: teasers in the list, the whole package nested in the detail; ninjs on request."""

    filterset_class = filters.VisitFilter

    @property
    def paginator(self):
        """Search results (``q``) page best match first; incremental sync keeps the order of modification."""
        if not hasattr(self, "_paginator"):
            params = getattr(getattr(self, "request", None), "query_params", {})
            ranked = bool(params.get("q")) and "updated_since" not in params
            self._paginator = SearchRankCursorPagination() if ranked else self.pagination_class()
        return self._paginator

    def get_queryset(self):
        whole = self.action == "retrieve" or self.is_ninjs()
        if self.action == "list" and "updated_since" in self.request.query_params:
            # Incremental sync: withdrawn packages come back once, as tombstones, in the same cursor order.
            rows = selectors.api_visit_sync_list(
                language=self.language, include_embargoed=self.include_embargoed, whole=whole
            )
            return selectors.api_visit_with_translations(rows, include_embargoed=self.include_embargoed)
        if whole:
            qs = selectors.api_visit_detail_list(language=self.language, include_embargoed=self.include_embargoed)
            if self.action == "retrieve":
                qs = qs.select_related("document")  # its ETag (documents.api_etag)
        else:
            qs = selectors.api_visit_list(language=self.language, include_embargoed=self.include_embargoed)
        qs = selectors.api_visit_with_version(qs)
        return selectors.api_visit_with_translations(qs, include_embargoed=self.include_embargoed)

    def get_serializer_class(self):
        if self.is_ninjs():
            return NinjsDocumentSerializer
        return serializers.VisitDetailSerializer if self.action == "retrieve" else serializers.VisitListSerializer

    def retrieve(self, request, *args, **kwargs):
        """From the package's compiled document when it has one (``documents.py``): a conditional GET in one query
        without the body, and the JSON or ninjs detail as made at publish for every client but a partner allowed to
        see embargoed items (whose view of the other languages differs)."""
        renderer = getattr(request, "accepted_renderer", None)
        origin = request.build_absolute_uri("/")[:-1]
        variant = (getattr(renderer, "format", ""), getattr(self, "ninjs_version", ""), self.language)
        variant += (self.include_embargoed, origin)
        found = selectors.api_visit_with_document(
            slug=kwargs[self.lookup_field], language=self.language, include_embargoed=self.include_embargoed
        )
        self.etag = documents.api_etag(found, variant=variant) if found is not None else None
        if self.etag:
            not_modified = get_conditional_response(request, etag=self.etag)
            if not_modified is not None:
                not_modified["ETag"] = self.etag
                return not_modified
            body = None
            if not self.include_embargoed and getattr(renderer, "format", None) in ("json", "ninjs"):
                ninjs_version = self.ninjs_version if self.is_ninjs() else None
                body = documents.api_detail(found.document, origin=origin, ninjs_version=ninjs_version)
            if body is not None:
                self.last_modified = found.modified_at
                return HttpResponse(body, content_type=renderer.media_type)
        instance = self.get_object()
        self.etag = documents.api_etag(instance, variant=variant)
        self.last_modified = getattr(instance, "modified_at", None)
        return Response(self.get_serializer(instance).data)


class RelationViewSet(SyndicationViewMixin, viewsets.ReadOnlyModelViewSet):
    """Country pairs and their facts (reference data, not versioned)."""

    serializer_class = serializers.RelationSerializer
    filterset_class = filters.RelationFilter

    def get_queryset(self):
        return selectors.api_relation_list(include_embargoed=self.include_embargoed)


class PersonViewSet(SyndicationViewMixin, viewsets.ReadOnlyModelViewSet):
    """Leaders and officials (reference data, not versioned)."""

    serializer_class = serializers.PersonSerializer
    filterset_class = filters.PersonFilter

    def get_queryset(self):
        return selectors.api_person_list(include_embargoed=self.include_embargoed)


@ninjs_schema(serializers.ArticleSerializer(many=True), serializers.ArticleSerializer)
class ArticleViewSet(NinjsViewMixin, SyndicationViewMixin, viewsets.ReadOnlyModelViewSet):
    """Published news articles of one language (ninjs ``text`` items on request)."""

    ninjs_serializer_class = NinjsArticleSerializer
    serializer_class = serializers.ArticleSerializer
    filterset_class = filters.ArticleFilter

    def get_queryset(self):
        return selectors.api_article_with_translations(selectors.api_article_list(language=self.language))


@ninjs_schema(serializers.QuoteSerializer(many=True), serializers.QuoteSerializer)
class QuoteViewSet(NinjsViewMixin, SyndicationViewMixin, viewsets.ReadOnlyModelViewSet):
    """Quotes of the packages the client may see; ids change with each published version of a package."""

    ninjs_serializer_class = NinjsQuoteSerializer
    serializer_class = serializers.QuoteSerializer
    filterset_class = filters.QuoteFilter
    lookup_field = "pk"
    lookup_value_regex = r"[^/]+"  # a non-numeric id reaches the view and gets the API's JSON 404

    def get_queryset(self):
        return selectors.api_quote_list(language=self.language, include_embargoed=self.include_embargoed)


@ninjs_schema(serializers.AgreementSerializer(many=True), serializers.AgreementSerializer)
class AgreementViewSet(NinjsViewMixin, SyndicationViewMixin, viewsets.ReadOnlyModelViewSet):
    """Agreements of the packages the client may see; ids change with each published version of a package."""

    ninjs_serializer_class = NinjsAgreementSerializer
    serializer_class = serializers.AgreementSerializer
    filterset_class = filters.AgreementFilter
    lookup_field = "pk"
    lookup_value_regex = r"[^/]+"  # a non-numeric id reaches the view and gets the API's JSON 404

    def get_queryset(self):
        return selectors.api_agreement_list(language=self.language, include_embargoed=self.include_embargoed)
