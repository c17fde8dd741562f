"""Read use-cases: what readers, plugins, the API and the editors' tools see.

Whether drafts are visible is decided here and nowhere else (``visit_content_queryset``).
"""

from __future__ import annotations

from django.db.models import QuerySet

from .models import ArticleContent, Person, Relation, VisitContent


def visit_content_queryset(*, show_drafts: bool = False) -> QuerySet[VisitContent]:
    """Published, currently visible packages; with ``show_drafts`` (editors only), the latest version of each."""
    if show_drafts:
        return VisitContent.admin_manager.latest_content()
    return VisitContent.objects.all()


def article_content_queryset(*, show_drafts: bool = False) -> QuerySet[ArticleContent]:
    if show_drafts:
        return ArticleContent.admin_manager.latest_content()
    return ArticleContent.objects.all()


def visit_list_published(
    *, language: str, country: str | None = None, relation: Relation | None = None, person: Person | None = None
) -> QuerySet[VisitContent]:
    """Published packages of one language, newest visit first, ready for teasers."""
    qs = visit_content_queryset().for_language(language).with_teaser()
    if country:
        qs = qs.for_country(country)
    if relation:
        qs = qs.for_relation(relation)
    if person:
        qs = qs.for_person(person)
    return qs.order_by("-starts_on", "-pk")


def visit_get_published(*, slug: str, language: str, show_drafts: bool = False) -> VisitContent | None:
    """One whole package by its slug in a language, or None when readers may not see it."""
    return (
        visit_content_queryset(show_drafts=show_drafts).for_language(language).filter(slug=slug).with_package().first()
    )


def article_get_published(*, slug: str, language: str, show_drafts: bool = False) -> ArticleContent | None:
    return article_content_queryset(show_drafts=show_drafts).for_language(language).filter(slug=slug).first()


def relation_get(*, slug: str) -> Relation | None:
    return Relation.objects.filter(slug=slug).first()


def person_get(*, slug: str) -> Person | None:
    return Person.objects.with_portrait().filter(slug=slug).first()
