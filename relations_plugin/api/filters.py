"""FilterSets of the syndication API. Every documented parameter is validated: a bad value is a 400 naming it."""

from __future__ import annotations

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from .. import constants, search, selectors
from ..models import Agreement, ArticleContent, Person, Quote, Relation, VisitContent
from .pagination import utc_or_none
from .permissions import can_see_embargoed


def _country_choices():
    return [(code, name) for code, name in countries]


class UTCDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 time that exists in UTC: year 1 at +14:00 or year 9999 at -14:00 has no UTC equivalent."""

    def to_python(self, value):
        value = super().to_python(value)
        if value is None:
            return None
        utc = utc_or_none(value)
        if utc is None:
            raise forms.ValidationError(_("This time is out of range."), code="out_of_range")
        return utc


class IsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UTCDateTimeField


def _visible_relations(request):
    """Relations the client may see: any other slug is refused exactly like an unknown one."""
    return selectors.relation_list_visible(include_embargoed=request is not None and can_see_embargoed(request))


def _visible_people(request):
    return selectors.person_list_visible(include_embargoed=request is not None and can_see_embargoed(request))


class _LanguageFilterSet(django_filters.FilterSet):
    """``language`` is validated here; the view applies it (default: the request's Accept-Language)."""

    language = django_filters.ChoiceFilter(
        choices=lambda: settings.LANGUAGES,
        method="filter_noop",
        help_text=_("Content language; defaults to the Accept-Language header, then the site's default."),
    )
    updated_since = IsoDateTimeFilter(
        field_name="modified_at",
        lookup_expr="gte",
        help_text=_("Only items changed (edited, published or gone live) at or after this ISO 8601 time."),
    )

    @extend_schema_field(OpenApiTypes.STR)
    def filter_noop(self, queryset, name, value):
        return queryset


class VisitFilter(_LanguageFilterSet):
    country = django_filters.ChoiceFilter(
        choices=_country_choices, method="filter_country", help_text=_("ISO 3166-1 alpha-2 code, guest or host.")
    )
    relation = django_filters.ModelChoiceFilter(
        queryset=_visible_relations,
        to_field_name="slug",
        field_name="visit__relation",
        help_text=_("Slug of a relation (a pair of countries)."),
    )
    person = django_filters.ModelChoiceFilter(
        queryset=_visible_people,
        to_field_name="slug",
        method="filter_person",
        help_text=_("Slug of a participant."),
    )
    sphere = django_filters.ChoiceFilter(
        choices=constants.Sphere.choices, method="filter_sphere", help_text=_("Has an agreement in this sphere.")
    )
    kind = django_filters.ChoiceFilter(
        choices=constants.VisitType.choices, field_name="visit_type", help_text=_("Type of visit.")
    )
    date_from = django_filters.DateFilter(
        field_name="ends_on", lookup_expr="gte", help_text=_("Visits that end on or after this date.")
    )
    date_to = django_filters.DateFilter(
        field_name="starts_on", lookup_expr="lte", help_text=_("Visits that start on or before this date.")
    )
    q = django_filters.CharFilter(
        method="filter_q",
        max_length=search.MAX_QUERY_LENGTH,
        help_text=_(
            "Words in the headline, the summary, a quote, an agreement or a participant's name, as readers search; "
            "results come best match first (except with updated_since)."
        ),
    )

    class Meta:
        model = VisitContent
        fields = []

    @extend_schema_field(OpenApiTypes.STR)
    def filter_country(self, queryset, name, value):
        return queryset.for_country(value)

    @extend_schema_field(OpenApiTypes.STR)
    def filter_person(self, queryset, name, value):
        return queryset.filter(pk__in=value.participations.values("visit_content_id"))

    def filter_sphere(self, queryset, name, value):
        return queryset.filter(pk__in=Agreement.objects.filter(sphere=value).values("visit_content_id"))

    def filter_q(self, queryset, name, value):
        from .views import request_language  # the views module imports this one

        return search.search_packages(value, language=request_language(self.request), packages=queryset)


class _PackageItemFilter(_LanguageFilterSet):
    country = django_filters.ChoiceFilter(
        choices=_country_choices, method="filter_country", help_text=_("ISO 3166-1 alpha-2 code, guest or host.")
    )
    relation = django_filters.ModelChoiceFilter(
        queryset=_visible_relations,
        to_field_name="slug",
        field_name="visit_content__visit__relation",
        help_text=_("Slug of a relation (a pair of countries)."),
    )
    visit = django_filters.CharFilter(
        field_name="visit_content__slug", max_length=255, help_text=_("Slug of the visit package.")
    )

    @extend_schema_field(OpenApiTypes.STR)
    def filter_country(self, queryset, name, value):
        return queryset.filter(
            Q(visit_content__visit__guest_country=value) | Q(visit_content__visit__host_country=value)
        )


class QuoteFilter(_PackageItemFilter):
    person = django_filters.ModelChoiceFilter(
        queryset=_visible_people, to_field_name="slug", field_name="speaker", help_text=_("Slug of the speaker.")
    )
    date_from = django_filters.DateFilter(field_name="said_on", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="said_on", lookup_expr="lte")
    q = django_filters.CharFilter(field_name="text", lookup_expr="icontains", max_length=200)

    class Meta:
        model = Quote
        fields = []


class AgreementFilter(_PackageItemFilter):
    person = django_filters.ModelChoiceFilter(
        queryset=_visible_people,
        to_field_name="slug",
        method="filter_person",
        help_text=_("Slug of a signatory."),
    )
    sphere = django_filters.ChoiceFilter(choices=constants.Sphere.choices)
    kind = django_filters.ChoiceFilter(choices=constants.AgreementKind.choices)
    date_from = django_filters.DateFilter(field_name="signed_on", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="signed_on", lookup_expr="lte")
    q = django_filters.CharFilter(field_name="title", lookup_expr="icontains", max_length=200)

    class Meta:
        model = Agreement
        fields = []

    @extend_schema_field(OpenApiTypes.STR)
    def filter_person(self, queryset, name, value):
        return queryset.filter(
            pk__in=Agreement.signatories.through.objects.filter(person=value).values("agreement_id")
        )


class ArticleFilter(_LanguageFilterSet):
    date_from = IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    date_to = IsoDateTimeFilter(field_name="published_at", lookup_expr="lte")
    q = django_filters.CharFilter(method="filter_q", max_length=200)

    class Meta:
        model = ArticleContent
        fields = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(Q(headline__icontains=value) | Q(standfirst__icontains=value))


class PersonFilter(django_filters.FilterSet):
    country = django_filters.ChoiceFilter(choices=_country_choices)
    q = django_filters.CharFilter(method="filter_q", max_length=200)

    class Meta:
        model = Person
        fields = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(native_name__icontains=value))


class RelationFilter(django_filters.FilterSet):
    country = django_filters.ChoiceFilter(choices=_country_choices, method="filter_country")

    class Meta:
        model = Relation
        fields = []

    @extend_schema_field(OpenApiTypes.STR)
    def filter_country(self, queryset, name, value):
        return queryset.for_country(value)
