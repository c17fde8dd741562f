"""Explicit, read-only output serializers. They read only what the selectors fetched (no queries of their own)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.http import urlencode
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from ..models import Agreement, ArticleContent, CeremonyPhoto, Person, Quote, Relation, VisitContent
from ..renditions import image_renditions
from ..selectors import item_translations

NAMESPACE = "relations_plugin_api"


def api_url(request, name: str, *, language: str | None = None, **kwargs) -> str:
    url = reverse(f"{NAMESPACE}:{name}", kwargs=kwargs, request=request)
    return f"{url}?{urlencode({'language': language})}" if language else url


def absolute(request, url: str) -> str | None:
    if not url:
        return None
    return request.build_absolute_uri(url) if request else url


class RenditionSerializer(serializers.Serializer):
    name = serializers.CharField()
    href = serializers.URLField(source="url")
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    type = serializers.CharField(source="mime_type", help_text="MIME type")


@extend_schema_field(RenditionSerializer(many=True))
class RenditionsField(serializers.Field):
    """The fixed renditions of a filer image as absolute URLs (computed, no queries)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, image):
        request = self.context.get("request")
        build = request.build_absolute_uri if request else None
        return RenditionSerializer(image_renditions(image, build_uri=build), many=True).data


@extend_schema_field(OpenApiTypes.DATETIME)
class EmbargoField(serializers.Field):
    """The go-live time while it is in the future (an embargoed package), else null."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "go_live_at")
        kwargs["read_only"] = True
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return getattr(instance, self.source, None)

    def to_representation(self, value):
        if value and value > timezone.now():
            return serializers.DateTimeField().to_representation(value)
        return None


@extend_schema_field({"type": "string", "format": "uri", "nullable": True})
class WebUrlField(serializers.Field):
    """The reader page's absolute URL, null where the apphook is not attached."""

    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, instance):
        return absolute(self.context.get("request"), instance.get_absolute_url())


class TranslationSerializer(serializers.Serializer):
    language = serializers.CharField()
    url = serializers.URLField(allow_null=True, help_text="The reader page; null where the site has none.")
    api_url = serializers.URLField()


@extend_schema_field(TranslationSerializer(many=True))
class TranslationsField(serializers.Field):
    """The item in the other languages, where the same client may see it (read from the row, no query)."""

    def __init__(self, *, view_name: str, **kwargs):
        self.view_name = view_name
        kwargs.update(source="*", read_only=True)
        kwargs.setdefault("help_text", "The item in the other languages, where this client may read it.")
        super().__init__(**kwargs)

    def to_representation(self, instance):
        request = self.context.get("request")
        links = [
            {
                "language": translation.language,
                "url": absolute(request, translation.path),
                "api_url": api_url(request, self.view_name, slug=translation.slug, language=translation.language),
            }
            for translation in item_translations(instance)
        ]
        return TranslationSerializer(links, many=True).data


class _ApiUrlField(serializers.Field):
    view_name = ""

    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def lookup(self, instance) -> dict:
        return {"slug": instance.slug}

    def to_representation(self, instance):
        return api_url(self.context.get("request"), self.view_name, **self.lookup(instance))


@extend_schema_field({"type": "string", "format": "uri"})
class VisitUrlField(_ApiUrlField):
    view_name = "visit-detail"

    def lookup(self, instance):
        return {"slug": instance.slug, "language": instance.language}


@extend_schema_field({"type": "string", "format": "uri"})
class ArticleUrlField(VisitUrlField):
    view_name = "article-detail"


@extend_schema_field({"type": "string", "format": "uri"})
class PersonUrlField(_ApiUrlField):
    view_name = "person-detail"


@extend_schema_field({"type": "string", "format": "uri"})
class RelationUrlField(_ApiUrlField):
    view_name = "relation-detail"


@extend_schema_field({"type": "string", "format": "uri"})
class ItemUrlField(_ApiUrlField):
    """Quotes and agreements: looked up by id, in their package's language."""

    def lookup(self, instance):
        language = getattr(instance, "visit_language", None) or instance.visit_content.language
        return {"pk": instance.pk, "language": language}


class QuoteUrlField(ItemUrlField):
    view_name = "quote-detail"


class AgreementUrlField(ItemUrlField):
    view_name = "agreement-detail"


@extend_schema_field({"type": "string", "format": "uri", "nullable": True})
class FileUrlField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, file):
        return absolute(self.context.get("request"), file.url) if file and file.file else None

    def get_attribute(self, instance):
        return getattr(instance, self.source)


class PersonRefSerializer(serializers.ModelSerializer):
    url = PersonUrlField()
    country = serializers.CharField()

    class Meta:
        model = Person
        fields = ["slug", "url", "name", "native_name", "country", "title"]
        read_only_fields = fields


class PersonSerializer(PersonRefSerializer):
    portrait = RenditionsField(allow_null=True)
    modified_at = serializers.DateTimeField(source="updated_at")

    class Meta(PersonRefSerializer.Meta):
        fields = [*PersonRefSerializer.Meta.fields, "aliases", "portrait", "modified_at"]
        read_only_fields = fields


class RelationSerializer(serializers.ModelSerializer):
    url = RelationUrlField()
    name = serializers.CharField(source="__str__")
    country_a = serializers.CharField()
    country_b = serializers.CharField()
    years_of_relations = serializers.IntegerField(allow_null=True)
    modified_at = serializers.DateTimeField(source="updated_at")

    class Meta:
        model = Relation
        fields = [
            "slug",
            "url",
            "name",
            "country_a",
            "country_b",
            "established_on",
            "years_of_relations",
            "description",
            "modified_at",
        ]
        read_only_fields = fields


class ArticleRefSerializer(serializers.ModelSerializer):
    url = ArticleUrlField()

    class Meta:
        model = ArticleContent
        fields = ["slug", "url", "language", "headline", "standfirst", "byline", "source", "published_at"]
        read_only_fields = fields


class ArticleSerializer(ArticleRefSerializer):
    web_url = WebUrlField()
    translations = TranslationsField(view_name="article-detail")
    canonical_url = serializers.URLField(allow_null=True)
    modified_at = serializers.DateTimeField()

    class Meta(ArticleRefSerializer.Meta):
        fields = [*ArticleRefSerializer.Meta.fields, "body", "canonical_url", "web_url", "translations", "modified_at"]
        read_only_fields = fields

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["canonical_url"] = data["canonical_url"] or None
        return data


def _first(items):
    return items[0] if items else None


class SourceSerializer(serializers.Serializer):
    """Where a quote comes from: the article (in the quote's language, when published) and the character span."""

    article = serializers.SerializerMethodField()
    start_offset = serializers.IntegerField(allow_null=True)
    end_offset = serializers.IntegerField(allow_null=True)

    @extend_schema_field(ArticleRefSerializer(allow_null=True))
    def get_article(self, quote):
        # Reads the prefetched ``published_contents`` (to_attr) only: no query.
        article = quote.source_article
        content = _first(getattr(article, "published_contents", [])) if article else None
        return ArticleRefSerializer(content, context=self.context).data if content else None


class QuoteInPackageSerializer(serializers.ModelSerializer):
    url = QuoteUrlField()
    speaker = PersonRefSerializer()
    source = SourceSerializer(source="*")

    class Meta:
        model = Quote
        fields = ["id", "url", "text", "kind", "context", "said_on", "speaker", "source"]
        read_only_fields = fields


class AgreementInPackageSerializer(serializers.ModelSerializer):
    url = AgreementUrlField()
    signatories = PersonRefSerializer(many=True)
    document_url = FileUrlField(source="document")

    class Meta:
        model = Agreement
        fields = [
            "id",
            "url",
            "title",
            "kind",
            "sphere",
            "status",
            "signed_on",
            "summary",
            "signatories",
            "document_url",
        ]
        read_only_fields = fields


class EventDateTimeField(serializers.DateTimeField):
    """A time with the offset of its own zone (the event's), not converted to the server's."""

    def enforce_timezone(self, value):
        return value if timezone.is_aware(value) else super().enforce_timezone(value)


class ProgrammeEventSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    title = serializers.CharField()
    starts_at = EventDateTimeField(source="local_start.at", help_text="ISO 8601, with the offset of the visit's zone")
    time_zone = serializers.CharField(source="local_start.zone", help_text="IANA time zone of the visit's city")
    place = serializers.CharField()
    description = serializers.CharField()


class ParticipantSerializer(serializers.Serializer):
    person = PersonRefSerializer()
    role = serializers.CharField()
    role_title = serializers.CharField()


class PhotoSerializer(serializers.ModelSerializer):
    renditions = RenditionsField(source="image")
    event = serializers.IntegerField(source="event_id", allow_null=True, help_text="id of the programme event")

    class Meta:
        model = CeremonyPhoto
        fields = ["id", "caption", "credit", "alt_text", "event", "renditions"]
        read_only_fields = fields


class LinkedArticleSerializer(serializers.Serializer):
    role = serializers.CharField()
    article = serializers.SerializerMethodField()

    @extend_schema_field(ArticleRefSerializer(allow_null=True))
    def get_article(self, link):
        # Reads the prefetched ``published_contents`` (to_attr) only: no query.
        content = _first(getattr(link.article, "published_contents", []))
        return ArticleRefSerializer(content, context=self.context).data if content else None


class LeadPhotoSerializer(serializers.Serializer):
    alt_text = serializers.CharField(source="lead_photo_alt")
    renditions = RenditionsField(source="lead_photo")


@extend_schema_field(LeadPhotoSerializer(allow_null=True))
class LeadPhotoField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, content):
        if not content.lead_photo_id:
            return None
        return LeadPhotoSerializer(content, context=self.context).data


class CorrectionSerializer(serializers.Serializer):
    note = serializers.CharField(source="correction_note", help_text="What the editors corrected.")
    corrected_at = serializers.DateTimeField(source="modified_at")


@extend_schema_field(CorrectionSerializer(allow_null=True))
class CorrectionField(serializers.Field):
    """When and what was corrected, for a package published more than once; else null."""

    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, content):
        if getattr(content, "published_count", 1) <= 1:
            return None
        return CorrectionSerializer(content, context=self.context).data


class VisitListSerializer(serializers.ModelSerializer):
    """A teaser row: what a partner needs to decide whether to fetch the whole package.

    With ``updated_since``, a withdrawn package is a tombstone instead: ``id``, ``slug``, ``language``,
    ``status`` "withdrawn" and ``modified_at`` (when it was taken off).
    """

    id = serializers.IntegerField(source="visit_id", help_text="The visit: the same in every language and version.")
    status = serializers.CharField(
        source="sync_status",
        default="published",
        read_only=True,
        help_text="“published”, or “withdrawn” in a tombstone (incremental sync with updated_since).",
    )
    version = serializers.IntegerField(
        source="published_count", default=1, read_only=True, help_text="How many times this package was published."
    )
    correction = CorrectionField()
    url = VisitUrlField()
    web_url = WebUrlField()
    translations = TranslationsField(view_name="visit-detail")
    relation = serializers.CharField(source="visit.relation.slug")
    guest_country = serializers.CharField(source="visit.guest_country")
    host_country = serializers.CharField(source="visit.host_country")
    lead_photo = LeadPhotoField()
    modified_at = serializers.DateTimeField()
    embargoed_until = EmbargoField()

    class Meta:
        model = VisitContent
        fields = [
            "id",
            "status",
            "slug",
            "version",
            "correction",
            "url",
            "web_url",
            "language",
            "translations",
            "headline",
            "summary",
            "visit_type",
            "starts_on",
            "ends_on",
            "city",
            "venue",
            "relation",
            "guest_country",
            "host_country",
            "lead_photo",
            "modified_at",
            "embargoed_until",
        ]
        read_only_fields = fields

    def to_representation(self, instance):
        if getattr(instance, "sync_status", "published") == "withdrawn":
            return {
                "id": instance.visit_id,
                "slug": instance.slug,
                "language": instance.language,
                "status": "withdrawn",
                "modified_at": serializers.DateTimeField().to_representation(instance.modified_at),
            }
        return super().to_representation(instance)


class VisitDetailSerializer(VisitListSerializer):
    """The whole package, nested, in editor order."""

    participants = ParticipantSerializer(source="participations", many=True)
    programme = ProgrammeEventSerializer(source="programme_events", many=True)
    quotes = QuoteInPackageSerializer(many=True)
    agreements = AgreementInPackageSerializer(many=True)
    photos = PhotoSerializer(many=True)
    articles = LinkedArticleSerializer(source="linked_articles", many=True)

    class Meta(VisitListSerializer.Meta):
        fields = [
            *VisitListSerializer.Meta.fields,
            "participants",
            "programme",
            "quotes",
            "agreements",
            "photos",
            "articles",
        ]
        read_only_fields = fields


class VisitRefSerializer(serializers.Serializer):
    slug = serializers.CharField(source="visit_slug")
    url = serializers.SerializerMethodField()

    @extend_schema_field({"type": "string", "format": "uri"})
    def get_url(self, item):
        return api_url(self.context.get("request"), "visit-detail", slug=item.visit_slug, language=item.visit_language)


class QuoteSerializer(QuoteInPackageSerializer):
    visit = VisitRefSerializer(source="*")
    language = serializers.CharField(source="visit_language")
    modified_at = serializers.DateTimeField()
    embargoed_until = EmbargoField()

    class Meta(QuoteInPackageSerializer.Meta):
        fields = [*QuoteInPackageSerializer.Meta.fields, "visit", "language", "modified_at", "embargoed_until"]
        read_only_fields = fields


class AgreementSerializer(AgreementInPackageSerializer):
    visit = VisitRefSerializer(source="*")
    language = serializers.CharField(source="visit_language")
    modified_at = serializers.DateTimeField()
    embargoed_until = EmbargoField()

    class Meta(AgreementInPackageSerializer.Meta):
        fields = [*AgreementInPackageSerializer.Meta.fields, "visit", "language", "modified_at", "embargoed_until"]
        read_only_fields = fields
