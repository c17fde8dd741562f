"""Write use-cases of relations_plugin: everything that writes more than one row or changes state."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.db import models, transaction
from django.utils.text import slugify
from djangocms_versioning import constants as versioning_constants
from djangocms_versioning.models import Version

from .exceptions import VisitStateError
from .html import text_to_html
from .models import (
    Agreement,
    Article,
    ArticleContent,
    CeremonyPhoto,
    LinkedArticle,
    Participation,
    Person,
    ProgrammeEvent,
    Quote,
    Relation,
    Visit,
    VisitContent,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser as User

PACKAGE_ITEM_MODELS = (Participation, Quote, Agreement, LinkedArticle)


@transaction.atomic
def relation_get_or_create(
    *, first: str, second: str, established_on: datetime.date | None = None, description: str = ""
) -> Relation:
    """The relation of a pair of countries, in either order; created (validated) when it is new."""
    a, b = Relation.normalise_pair(first, second)
    relation = Relation.objects.filter(country_a=a, country_b=b).first()
    if relation:
        return relation
    relation = Relation(country_a=a, country_b=b, established_on=established_on, description=description)
    relation.full_clean()
    relation.save()
    return relation


@transaction.atomic
def person_create(*, name: str, country: str, slug: str = "", **fields: Any) -> Person:
    person = Person(name=name, country=country, slug=slug or slugify(name), **fields)
    person.full_clean()
    person.save()
    return person


@transaction.atomic
def visit_create(*, relation: Relation, guest_country: str, host_country: str) -> Visit:
    visit = Visit(relation=relation, guest_country=guest_country, host_country=host_country)
    visit.full_clean()
    visit.save()
    return visit


@transaction.atomic
def visit_content_create(*, visit: Visit, by: User, language: str, **fields: Any) -> VisitContent:
    """A new draft of one language of a visit package (versioning records ``by`` as its author)."""
    fields.setdefault("slug", slugify(fields.get("headline", ""), allow_unicode=True))
    content = VisitContent(visit=visit, language=language, **fields)
    content.full_clean()
    return VisitContent.objects.with_user(by).create(visit=visit, language=language, **fields)


@transaction.atomic
def article_create(
    *, by: User, language: str, headline: str, body: str = "", text: str = "", page=None, **fields: Any
) -> ArticleContent:
    """A new article with a draft in one language. ``text`` (plain wire copy) becomes paragraphs of ``body``."""
    article = Article.objects.create(page=page)
    return article_content_create(
        article=article, by=by, language=language, headline=headline, body=body or text_to_html(text), **fields
    )


@transaction.atomic
def article_content_create(*, article: Article, by: User, language: str, **fields: Any) -> ArticleContent:
    fields.setdefault("slug", slugify(fields.get("headline", ""), allow_unicode=True))
    content = ArticleContent(article=article, language=language, **fields)
    content.full_clean()
    return ArticleContent.objects.with_user(by).create(article=article, language=language, **fields)


def _version_of(content: models.Model) -> Version:
    return Version.objects.get_for_content(content)


@transaction.atomic
def content_publish(*, content: VisitContent | ArticleContent, by: User) -> Version:
    """Publish a draft; the previously published version of the same language becomes unpublished."""
    version = _version_of(content)
    if not version.can_be_published():
        raise VisitStateError(f"Version #{version.number} is {version.get_state_display()} and cannot be published.")
    version.publish(by)
    return version


@transaction.atomic
def content_unpublish(*, content: VisitContent | ArticleContent, by: User) -> Version:
    version = _version_of(content)
    if not version.can_be_unpublished():
        raise VisitStateError(f"Version #{version.number} is {version.get_state_display()} and cannot be unpublished.")
    version.unpublish(by)
    return version


@transaction.atomic
def content_create_draft(*, content: VisitContent | ArticleContent, by: User) -> VisitContent | ArticleContent:
    """A new draft copied from ``content`` (children included), or the existing draft if there is one."""
    version = _version_of(content)
    if version.state == versioning_constants.DRAFT:
        return content
    siblings = Version.objects.filter_by_content_grouping_values(content)
    existing = siblings.filter(state=versioning_constants.DRAFT).first()
    if existing:
        return existing.content
    return version.copy(by).content


def _clone(obj: models.Model, **overrides: Any) -> models.Model:
    """Save a copy of ``obj`` as a new row with the given field values changed."""
    obj.pk = None
    obj.id = None
    obj._state.adding = True
    # A prefetch cache of the original would make related managers of the copy answer for the original.
    obj._prefetched_objects_cache = {}
    for name, value in overrides.items():
        setattr(obj, name, value)
    obj.save()
    return obj


def _copy_content_row(original: models.Model) -> models.Model:
    fields = {
        field.name: getattr(original, field.name)
        for field in type(original)._meta.concrete_fields
        if not field.primary_key and field.name not in {"created_at", "updated_at"}
    }
    # The base manager creates the row only; versioning creates the Version itself.
    return type(original)._base_manager.create(**fields)


def article_content_copy(original: ArticleContent) -> ArticleContent:
    """Versioning's copy function for articles: the article has no children to copy."""
    return _copy_content_row(original)


def visit_content_copy(original: VisitContent) -> VisitContent:
    """Versioning's copy function: a new draft gets its own copy of every item of the package.

    Programme events are copied first so photos can point to the copy of the event they show.
    """
    new = _copy_content_row(original)
    event_map = {}
    for event in ProgrammeEvent.objects.filter(visit_content=original):
        old_pk = event.pk
        event_map[old_pk] = _clone(event, visit_content=new).pk
    for photo in CeremonyPhoto.objects.filter(visit_content=original):
        _clone(photo, visit_content=new, event_id=event_map.get(photo.event_id))
    for model in PACKAGE_ITEM_MODELS:
        for item in model.objects.filter(visit_content=original).prefetch_related(
            *(["signatories"] if model is Agreement else [])
        ):
            signatories = list(item.signatories.all()) if model is Agreement else None
            copy = _clone(item, visit_content=new)
            if signatories:
                copy.signatories.set(signatories)
    return new
