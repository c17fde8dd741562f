"""Write use-cases of relations_plugin: everything that writes more than one row or changes state."""

from __future__ import annotations

import datetime
import hashlib
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from djangocms_versioning import constants as versioning_constants
from djangocms_versioning.exceptions import ConditionFailed
from djangocms_versioning.models import Version

from . import constants, permissions, prepublish
from .exceptions import VisitStateError
from .extraction import match_person
from .html import normalise_text, text_to_html
from .models import (
    Agreement,
    Article,
    ArticleContent,
    CeremonyPhoto,
    LinkedArticle,
    Participation,
    Person,
    PreviewLink,
    ProgrammeEvent,
    Quote,
    Relation,
    Visit,
    VisitContent,
)
from .timezones import package_local_time

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser as User

PACKAGE_ITEM_MODELS = (Participation, Quote, Agreement, LinkedArticle)
PREVIEW_LINK_MAX_LIFETIME = datetime.timedelta(days=7)


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


def _transition(
    content: VisitContent | ArticleContent, by: User, *, check: str, action: str, skip_checks: bool = False
) -> Version:
    permissions.check_state_change(user=by, content=content, change=permissions.StateChange(action))
    if action == "publish" and isinstance(content, VisitContent) and not skip_checks:
        prepublish.ensure_publishable(content)
    version = _version_of(content)
    if action == "publish":
        version_drop_unconfirmed_schedule(version=version)
    try:
        getattr(version, check)(by)
    except ConditionFailed as error:
        raise VisitStateError(f"Version #{version.number} cannot be {action}ed: {error}") from error
    getattr(version, action)(by)
    return version


def version_drop_unconfirmed_schedule(*, version: Version) -> None:
    """Forget a go-live or expiry time stored on a draft before it is published without one.

    Timed publishing stores the interval with the publish; an interval already on a draft was never confirmed by
    the editor publishing now, so a plain publish means "now, with no end".
    """
    if version.state != versioning_constants.DRAFT:
        return
    from djangocms_timed_publishing.models import TimedPublishingInterval

    TimedPublishingInterval.objects.filter(version=version).delete()


@transaction.atomic
def content_publish(*, content: VisitContent | ArticleContent, by: User, skip_checks: bool = False) -> Version:
    """Publish a draft (editors only); the previously published version of the same language becomes unpublished.

    A visit package with pre-publish errors is refused (``prepublish.PackageNotReady``); warnings never block here.
    ``skip_checks`` is for imports and fixtures that publish what they were given.
    """
    return _transition(content, by, check="check_publish", action="publish", skip_checks=skip_checks)


@transaction.atomic
def content_unpublish(*, content: VisitContent | ArticleContent, by: User) -> Version:
    """Take a published version off the site (editors only)."""
    return _transition(content, by, check="check_unpublish", action="unpublish")


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


def _copy_content_row(original: models.Model, **overrides: Any) -> models.Model:
    fields = {
        field.name: getattr(original, field.name)
        for field in type(original)._meta.concrete_fields
        if not field.primary_key and field.name not in {"created_at", "updated_at"}
    }
    # The base manager creates the row only; versioning creates the Version itself.
    return type(original)._base_manager.create(**{**fields, **overrides})


def article_content_copy(original: ArticleContent) -> ArticleContent:
    """Versioning's copy function for articles: the article has no children to copy."""
    return _copy_content_row(original)


def visit_content_copy(original: VisitContent) -> VisitContent:
    """Versioning's copy function: a new draft gets its own copy of every item of the package.

    Programme events are copied first so photos can point to the copy of the event they show.
    """
    # A correction note says what one version corrected: the next draft starts without one.
    new = _copy_content_row(original, correction_note="")
    package_items_copy(source=original, target=new)
    return new


def package_items_copy(*, source: VisitContent, target: VisitContent) -> None:
    """Copy every item of ``source`` (participants, programme, quotes, agreements, photos, articles) to ``target``."""
    event_map = {}
    for event in ProgrammeEvent.objects.filter(visit_content=source):
        old_pk = event.pk
        event_map[old_pk] = _clone(event, visit_content=target).pk
    for photo in CeremonyPhoto.objects.filter(visit_content=source):
        _clone(photo, visit_content=target, event_id=event_map.get(photo.event_id))
    for model in PACKAGE_ITEM_MODELS:
        for item in model.objects.filter(visit_content=source).prefetch_related(
            *(["signatories"] if model is Agreement else [])
        ):
            signatories = list(item.signatories.all()) if model is Agreement else None
            copy = _clone(item, visit_content=target)
            if signatories:
                copy.signatories.set(signatories)


# Import from article: what an editor accepted from the assistant's suggestions, and how it joins a draft.

_SPEC_LETTERS = str.maketrans(
    {"đ": "d", "ð": "d", "ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"}
)
_NON_ALNUM = re.compile(r"[\W_]+")
SAME_QUOTE_JACCARD = 0.8


def import_tokens(text: str) -> frozenset[str]:
    """A string normalised as the assistant's spec normalises it, as the set of its tokens.

    Letters without a decomposition are mapped (đ→d, ł→l, ß→ss, ...), then NFKD without combining marks, case folded,
    and every run of non-alphanumeric characters is a separator: "Memorandum on aviation." and "memorandum on
    aviation" are the same.
    """
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_SPEC_LETTERS))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return frozenset(_NON_ALNUM.sub(" ", folded).split())


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


# Kinds of programme event of which a visit has one a day: another on the same day is the same event.
_ONCE_A_DAY = frozenset(constants.EventKind.values) - {constants.EventKind.MEETING, constants.EventKind.OTHER}


class PackageContents:
    """What a package already has, compared as the assistant's spec compares: the same after normalisation (quotes:
    Jaccard ≥ 0.8 of their tokens). The review shows such suggestions as already there; the import never adds them.
    """

    def __init__(self, content: VisitContent) -> None:
        self.quotes = [import_tokens(text) for text in content.quotes.values_list("text", flat=True)]
        self.agreements = {import_tokens(title) for title in content.agreements.values_list("title", flat=True)}
        self.person_ids: set[int] = set()
        self.person_names: set[frozenset[str]] = set()
        for pk, name in content.participations.values_list("person_id", "person__name"):
            self.add_person(pk, name)
        self.events: set[tuple[datetime.date, str, frozenset[str]]] = set()
        for starts_at, kind, title in content.programme_events.values_list("starts_at", "kind", "title"):
            self.add_event(package_local_time(content, starts_at).at.date(), kind, title)

    def has_quote(self, text: str) -> bool:
        tokens = import_tokens(text)
        return any(_jaccard(tokens, other) >= SAME_QUOTE_JACCARD for other in self.quotes)

    def add_quote(self, text: str) -> None:
        self.quotes.append(import_tokens(text))

    def has_agreement(self, title: str) -> bool:
        return import_tokens(title) in self.agreements

    def add_agreement(self, title: str) -> None:
        self.agreements.add(import_tokens(title))

    def has_person(self, person_id: int | None, name: str) -> bool:
        return person_id in self.person_ids or import_tokens(name) in self.person_names

    def add_person(self, person_id: int, name: str) -> None:
        self.person_ids.add(person_id)
        self.person_names.add(import_tokens(name))

    def has_event(self, day: datetime.date, kind: str, title: str) -> bool:
        tokens = import_tokens(title)
        return any(
            other_day == day and ((kind == other_kind and kind in _ONCE_A_DAY) or tokens == other_title)
            for other_day, other_kind, other_title in self.events
        )

    def add_event(self, day: datetime.date, kind: str, title: str) -> None:
        self.events.add((day, kind, import_tokens(title)))


@dataclass(frozen=True)
class AcceptedPerson:
    """A person an editor accepted from suggestions: an existing one, or the name and country of a new one."""

    person: Person | None = None
    name: str = ""
    country: str = ""
    role: str = ""
    role_title: str = ""

    @property
    def display_name(self) -> str:
        return self.person.name if self.person is not None else self.name


@dataclass(frozen=True)
class AcceptedQuote:
    text: str
    speaker: AcceptedPerson
    kind: str = constants.QuoteKind.DIRECT
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class AcceptedAgreement:
    title: str
    kind: str
    sphere: str
    status: str


@dataclass(frozen=True)
class AcceptedEvent:
    """A programme event at the time the editor gave: the assistant reads dates, never times."""

    kind: str
    title: str
    starts_at: datetime.datetime


@dataclass(frozen=True)
class AcceptedItems:
    """Everything an editor ticked on the review screen, in the model's own values."""

    participants: tuple[AcceptedPerson, ...] = ()
    quotes: tuple[AcceptedQuote, ...] = ()
    agreements: tuple[AcceptedAgreement, ...] = ()
    events: tuple[AcceptedEvent, ...] = ()


@dataclass
class ImportResult:
    """What an import added, and what it left out because the package already had it (by verbose name plural)."""

    article: Article | None = None
    created: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    def count(self, model: type[models.Model]) -> None:
        what = str(model._meta.verbose_name_plural)
        self.created[what] = self.created.get(what, 0) + 1

    def skip(self, model: type[models.Model]) -> None:
        what = str(model._meta.verbose_name_plural)
        self.skipped[what] = self.skipped.get(what, 0) + 1


def _next_order(queryset: models.QuerySet) -> int:
    return (queryset.aggregate(top=models.Max("sort_order"))["top"] or 0) + 1


def _resolve_person(accepted: AcceptedPerson, result: ImportResult, new: dict[frozenset[str], Person]) -> Person:
    """The chosen person, or the new one: created once per import, and never a second row for someone of that
    country the database already has (by the assistant's own matcher, which the review's suggestions came from)."""
    if accepted.person is not None:
        return accepted.person
    key = import_tokens(accepted.name)
    if key in new:
        return new[key]
    person = match_person(accepted.name, Person.objects.filter(country=accepted.country))
    if person is None:
        slug, suffix = slugify(accepted.name) or "person", 2
        base = slug
        while Person.objects.filter(slug=slug).exists():
            slug, suffix = f"{base}-{suffix}", suffix + 1
        person = person_create(name=accepted.name, country=accepted.country, slug=slug, title=accepted.role_title)
        result.count(Person)
    new[key] = person
    return person


def _import_article(*, content: VisitContent, by: User, text: str, headline: str, source: str) -> Article:
    """The article of pasted text: the one already linked to this package with the same text, else a new draft."""
    normalised = normalise_text(text)
    linked = Article.objects.filter(
        models.Q(visit_links__visit_content=content) | models.Q(quotes__visit_content=content)
    ).distinct()
    for candidate in ArticleContent.admin_manager.filter(article__in=linked, language=content.language):
        if candidate.body_text == normalised:
            return candidate.article
    article_content = article_create(
        by=by,
        language=content.language,
        headline=headline,
        slug=_free_article_slug(headline, content.language),
        text=normalised,
        source=source,
    )
    return article_content.article


def _free_article_slug(headline: str, language: str) -> str:
    base = slugify(headline, allow_unicode=True)[:240] or "article"
    slug, suffix = base, 2
    while ArticleContent._base_manager.filter(language=language, slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


def _link_article(content: VisitContent, article: Article, result: ImportResult) -> None:
    if content.linked_articles.filter(article=article).exists():
        return
    first_link = not content.linked_articles.exists()
    LinkedArticle.objects.create(
        visit_content=content,
        article=article,
        role=constants.ArticleRole.MAIN if first_link else constants.ArticleRole.RELATED,
        sort_order=_next_order(content.linked_articles.all()),
    )
    result.count(LinkedArticle)


def _save_item(item: models.Model) -> None:
    """Validated like the package form validates: a value outside the model's choices is an error, never "Other"."""
    item.full_clean()
    item.save()


@transaction.atomic
def package_import(
    *,
    content: VisitContent,
    by: User,
    text: str,
    accepted: AcceptedItems,
    article: Article | None = None,
    headline: str = "",
    source: str = "",
) -> ImportResult:
    """Add what an editor accepted from an article's suggestions to a draft package, leaving out what it has.

    ``text`` is the article text the suggestions' offsets count in; without ``article`` it becomes a new article
    named ``headline`` (or the one already imported with the same text), linked to the package. Raises
    ``ValidationError`` for a value outside the model's choices, a speaker who is not a participant, or an event
    outside the visit, and ``VisitStateError`` unless ``content`` is a draft.
    """
    if Version.objects.get_for_content(content).state != versioning_constants.DRAFT:
        raise VisitStateError(_("Suggestions are added to drafts only: create a draft of this package first."))
    result = ImportResult()
    has = PackageContents(content)
    new_people: dict[frozenset[str], Person] = {}
    if article is None and headline:
        article = _import_article(content=content, by=by, text=text, headline=headline, source=source)
    if article is not None:
        result.article = article
        _link_article(content, article, result)
    for person_choice in accepted.participants:
        person = _resolve_person(person_choice, result, new_people)
        if has.has_person(person.pk, person.name):
            result.skip(Participation)
            continue
        _save_item(
            Participation(
                visit_content=content,
                person=person,
                role=person_choice.role,
                role_title=person_choice.role_title[:200],
                sort_order=_next_order(content.participations.all()),
            )
        )
        has.add_person(person.pk, person.name)
        result.count(Participation)
    for quote in accepted.quotes:
        speaker = _resolve_person(quote.speaker, result, new_people)
        if not has.has_person(speaker.pk, speaker.name):
            raise ValidationError(
                _("%(person)s is not a participant of this visit: add them to the participants first.")
                % {"person": speaker}
            )
        if has.has_quote(quote.text):
            result.skip(Quote)
            continue
        _save_item(
            Quote(
                visit_content=content,
                speaker=speaker,
                text=quote.text,
                kind=quote.kind,
                said_on=content.starts_on if content.starts_on == content.ends_on else None,
                source_article=article,
                start_offset=quote.start if article is not None else None,
                end_offset=quote.end if article is not None else None,
                sort_order=_next_order(content.quotes.all()),
            )
        )
        has.add_quote(quote.text)
        result.count(Quote)
    for agreement in accepted.agreements:
        if has.has_agreement(agreement.title):
            result.skip(Agreement)
            continue
        _save_item(
            Agreement(
                visit_content=content,
                title=agreement.title[:500],
                kind=agreement.kind,
                sphere=agreement.sphere,
                status=agreement.status,
                sort_order=_next_order(content.agreements.all()),
            )
        )
        has.add_agreement(agreement.title)
        result.count(Agreement)
    for event in accepted.events:
        day = package_local_time(content, event.starts_at).at.date()  # the visit's day, not the editor's
        if not content.contains(day):
            raise ValidationError(
                _("%(event)s is outside the visit (%(start)s to %(end)s).")
                % {"event": event.title, "start": content.starts_on, "end": content.ends_on}
            )
        if has.has_event(day, event.kind, event.title):
            result.skip(ProgrammeEvent)
            continue
        _save_item(
            ProgrammeEvent(
                visit_content=content,
                kind=event.kind,
                title=event.title[:255],
                starts_at=event.starts_at,
                sort_order=_next_order(content.programme_events.all()),
            )
        )
        has.add_event(day, event.kind, event.title)
        result.count(ProgrammeEvent)
    if result.created:
        # Editors with the package open must not overwrite what the import added (see StaleEditFormMixin).
        content.save(update_fields=["updated_at"])
    return result


def preview_token_digest(token: str) -> str:
    """What a preview link stores of its token: a leaked table gives no usable links."""
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def preview_link_create(*, content: VisitContent, by: User, lifetime: datetime.timedelta) -> tuple[PreviewLink, str]:
    """A preview link to this exact draft; it dies when the version stops being a draft (``selectors``).

    Returns the link and its token; the token is not stored, so this is the only time it can be shown.
    """
    if not by.has_perm("relations_plugin.publish_visitcontent"):
        raise PermissionDenied(_("Only editors may share previews."))
    if not datetime.timedelta(0) < lifetime <= PREVIEW_LINK_MAX_LIFETIME:
        raise ValueError(f"A preview link lives between a second and {PREVIEW_LINK_MAX_LIFETIME}, not {lifetime}.")
    if _version_of(content).state != versioning_constants.DRAFT:
        raise VisitStateError(_("Only drafts can be shared as previews."))
    token = secrets.token_urlsafe(32)
    link = PreviewLink(
        content=content, token_hash=preview_token_digest(token), created_by=by, expires_at=timezone.now() + lifetime
    )
    link.full_clean()
    link.save()
    return link, token


@transaction.atomic
def preview_link_revoke(*, link: PreviewLink, by: User) -> PreviewLink:
    """Refuse the link from now on; revoking twice keeps the first time and actor."""
    if not by.has_perm("relations_plugin.publish_visitcontent"):
        raise PermissionDenied(_("Only editors may revoke previews."))
    if link.revoked_at is None:
        link.revoked_at, link.revoked_by = timezone.now(), by
        link.save(update_fields=["revoked_at", "revoked_by"])
    return link
