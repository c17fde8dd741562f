"""Chainable read vocabulary of relations_plugin's models, and the named prefetch bundles.

Under djangocms-versioning, ``VisitContent.objects`` and ``ArticleContent.objects`` only return published
(and, with timed publishing, currently visible) rows; ``admin_manager`` returns every version.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Prefetch, Q


class RelationQuerySet(models.QuerySet):
    def for_country(self, code: str) -> RelationQuerySet:
        return self.filter(Q(country_a=code) | Q(country_b=code))

    def for_pair(self, first: str, second: str) -> RelationQuerySet:
        a, b = sorted((first.upper(), second.upper()))
        return self.filter(country_a=a, country_b=b)


class PersonQuerySet(models.QuerySet):
    def with_portrait(self) -> PersonQuerySet:
        return self.select_related("portrait")


class VisitContentQuerySet(models.QuerySet):
    def for_language(self, language: str) -> VisitContentQuerySet:
        return self.filter(language=language)

    def for_country(self, code: str) -> VisitContentQuerySet:
        return self.filter(Q(visit__guest_country=code) | Q(visit__host_country=code))

    def for_relation(self, relation) -> VisitContentQuerySet:
        return self.filter(visit__relation=relation)

    def for_person(self, person) -> VisitContentQuerySet:
        return self.filter(participations__person=person).distinct()

    def with_teaser(self) -> VisitContentQuerySet:
        """What a list row or a teaser shows: the visit, its relation and the lead photo."""
        return self.select_related("visit__relation", "lead_photo")

    def with_package(self) -> VisitContentQuerySet:
        """Everything a visit page, plugin or serializer touches, in a fixed number of queries."""
        from .models import Agreement, CeremonyPhoto, LinkedArticle, Participation, ProgrammeEvent, Quote

        return self.with_teaser().prefetch_related(
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related("person__portrait").order_by("sort_order", "pk"),
            ),
            Prefetch("programme_events", queryset=ProgrammeEvent.objects.order_by("sort_order", "starts_at", "pk")),
            Prefetch(
                "quotes",
                queryset=Quote.objects.select_related("speaker__portrait", "source_article").order_by(
                    "sort_order", "pk"
                ),
            ),
            Prefetch(
                "agreements",
                queryset=Agreement.objects.select_related("document")
                .prefetch_related("signatories")
                .order_by("sort_order", "pk"),
            ),
            Prefetch(
                "photos",
                queryset=CeremonyPhoto.objects.select_related("image", "event").order_by("sort_order", "pk"),
            ),
            Prefetch(
                "linked_articles",
                queryset=LinkedArticle.objects.select_related("article").order_by("sort_order", "pk"),
            ),
        )


class ArticleContentQuerySet(models.QuerySet):
    def for_language(self, language: str) -> ArticleContentQuerySet:
        return self.filter(language=language)

    def with_article(self) -> ArticleContentQuerySet:
        return self.select_related("article")
