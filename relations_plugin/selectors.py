"""Read use-cases: what readers, plugins, the API and the editors' tools see.

Whether drafts are visible is decided here and nowhere else (``visit_content_queryset``).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, OuterRef, Prefetch, Q, QuerySet

from .extraction import KnownPerson
from .models import Agreement, ArticleContent, Person, PreviewLink, Quote, Relation, Visit, VisitContent


def visible(*, include_embargoed: bool = False, now: datetime.datetime | None = None) -> Q:
    """The one rule of what readers and partners may see of versioned content (packages, articles), as a filter:
    a published version, not expired, and past its go-live time unless embargoed items may be seen.

    Pages, plugins, feeds, sitemaps and the API all filter through it.
    """
    from django.utils import timezone
    from djangocms_versioning.constants import PUBLISHED

    now = now or timezone.now()
    rule = Q(versions__state=PUBLISHED) & (Q(versions__visibility__end=None) | Q(versions__visibility__end__gt=now))
    if not include_embargoed:
        rule &= Q(versions__visibility__start=None) | Q(versions__visibility__start__lte=now)
    return rule


def visit_content_queryset(
    *, show_drafts: bool = False, include_embargoed: bool = False, now: datetime.datetime | None = None
) -> QuerySet[VisitContent]:
    """Published, currently visible packages; with ``show_drafts`` (editors only), the latest version of each.

    ``include_embargoed`` adds published packages whose go-live time is still ahead (for partners allowed to see
    embargoed items, and for deciding what reference data published packages show).
    """
    if show_drafts:
        return VisitContent.admin_manager.latest_content()
    return VisitContent.admin_manager.filter(visible(include_embargoed=include_embargoed, now=now))


def article_content_queryset(*, show_drafts: bool = False) -> QuerySet[ArticleContent]:
    if show_drafts:
        return ArticleContent.admin_manager.latest_content()
    return ArticleContent.admin_manager.filter(visible())


def visibility_next_change(*, after: datetime.datetime) -> datetime.datetime | None:
    """The next go-live or expiry time of any published version (packages, articles, CMS pages), in one query.

    Until then, what readers may see changes only through a write (the page cache's bound on an entry's life).
    """
    from django.db.models import Min
    from djangocms_timed_publishing.models import TimedPublishingInterval
    from djangocms_versioning.constants import PUBLISHED

    times = TimedPublishingInterval.objects.filter(version__state=PUBLISHED).aggregate(
        start=Min("start", filter=Q(start__gt=after)), end=Min("end", filter=Q(end__gt=after))
    )
    return min((at for at in times.values() if at is not None), default=None)


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


def _with_publication_times(qs: QuerySet[VisitContent]) -> QuerySet[VisitContent]:
    """Annotates when readers first saw the package (``first_published_at``) and this version (``published_at``).

    A version goes out when it is published or at its go-live time, whichever is later; a draft has neither.
    Both are columns of the package's own query, so the story page spends no query on them.
    """
    from django.db.models import Case, Min, Subquery, When
    from django.db.models.functions import Coalesce, Greatest
    from djangocms_versioning.constants import PUBLISHED

    tracked = "versions__statetracking__date"
    first = (
        VisitContent._base_manager.filter(
            visit_id=OuterRef("visit_id"),
            language=OuterRef("language"),
            versions__statetracking__new_state=PUBLISHED,
        )
        .order_by()
        .values("visit_id")
        .annotate(at=Min(Greatest(tracked, Coalesce("versions__visibility__start", tracked))))
        .values("at")[:1]
    )
    went_out = Greatest("versions__modified", Coalesce("versions__visibility__start", "versions__modified"))
    return qs.annotate(
        published_at=Case(When(versions__state=PUBLISHED, then=went_out)),
        first_published_at=Subquery(first),
    )


def visit_get_published(*, slug: str, language: str, show_drafts: bool = False) -> VisitContent | None:
    """One whole package by its slug in a language, or None when readers may not see it."""
    qs = visit_content_queryset(show_drafts=show_drafts).for_language(language).filter(slug=slug).with_package()
    return _with_publication_times(qs).first()


def package_times(package: VisitContent) -> tuple[datetime.datetime | None, datetime.datetime | None]:
    """(published, updated) of a story: when it first went out, and when this version did if it is a correction."""
    published = getattr(package, "published_at", None)
    first = getattr(package, "first_published_at", None) or published
    if published is None:
        return None, None
    return first, published if published > first else None


def package_byline(package: VisitContent, articles: dict[int, ArticleContent]) -> str:
    """The byline of the package's main article ('' without one), from prefetched links (no query)."""
    from .constants import ArticleRole

    for link in package.linked_articles.all():
        content = articles.get(link.article_id)
        if link.role == ArticleRole.MAIN and content is not None and content.byline:
            return content.byline
    return ""


def package_sides(package: VisitContent) -> tuple[list, list]:
    """(guests, hosts): the participations of the guest country's people, and of everyone else (the host's side,
    with anyone from a third country who joined it), from prefetched rows (no query)."""
    guest_country = str(package.visit.guest_country)
    participations = list(package.participations.all())
    guests = [p for p in participations if str(p.person.country) == guest_country]
    return guests, [p for p in participations if str(p.person.country) != guest_country]


def lead_photo_caption(package: VisitContent) -> str:
    """The lead photo's caption: the media library's default caption, else that of a ceremony photo of the same
    image (from prefetched photos, no query); '' without one."""
    lead = package.lead_photo
    if lead is None:
        return ""
    if lead.default_caption:
        return lead.default_caption
    return next((p.caption for p in package.photos.all() if p.image_id == lead.pk and p.caption), "")


def visit_list_related(*, package: VisitContent, limit: int) -> list[VisitContent]:
    """Other published packages of the same relation in the package's language, newest first, bounded (one query)."""
    return list(
        visit_list_published(language=package.language)
        .filter(visit__relation_id=package.visit.relation_id)
        .exclude(visit_id=package.visit_id)[:limit]
    )


def visit_get_for_document(*, pk: int) -> VisitContent | None:
    """One published (or embargoed) version, whole, as its story page shows it; None when it is not published."""
    qs = visit_content_queryset(include_embargoed=True).filter(pk=pk).with_package()
    return _with_publication_times(qs).first()


def article_get_published(*, slug: str, language: str, show_drafts: bool = False) -> ArticleContent | None:
    return article_content_queryset(show_drafts=show_drafts).for_language(language).filter(slug=slug).first()


def visit_get_version(*, pk: int) -> VisitContent | None:
    """One exact version of a package, whole, for the CMS preview/edit endpoints (which checked the editor)."""
    return _with_publication_times(VisitContent.admin_manager.filter(pk=pk).with_package()).first()


def visit_list_for_readers(
    *, language: str, country: str | None = None, year: int | None = None
) -> QuerySet[VisitContent]:
    """The reader's visit list: published packages of a language, optionally of one country and one year."""
    qs = visit_list_published(language=language, country=country)
    return qs.filter(starts_on__year=year) if year else qs


def visit_years_published(*, language: str) -> list[int]:
    """Years that have published visits in a language, newest first (for the list's filter)."""
    days = visit_content_queryset().for_language(language).dates("starts_on", "year", order="DESC")
    return [day.year for day in days]


def visit_countries_published(*, language: str) -> list[str]:
    """ISO codes of every country that hosted or sent a published visit in a language."""
    rows = (
        visit_content_queryset()
        .for_language(language)
        .order_by()
        .values_list("visit__guest_country", "visit__host_country")
        .distinct()
    )
    return sorted({code for row in rows for code in row})


def article_contents_for(*, article_ids: Iterable[int], language: str) -> dict[int, ArticleContent]:
    """Published contents of the given articles in a language, by article id: one query for a whole page."""
    ids = {pk for pk in article_ids if pk}
    if not ids:
        return {}
    qs = article_content_queryset().for_language(language).filter(article_id__in=ids)
    return {content.article_id: content for content in qs}


def package_article_ids(content: VisitContent) -> set[int]:
    """Articles a package links to or quotes from, read from its prefetched items (no query)."""
    return {link.article_id for link in content.linked_articles.all()} | {
        quote.source_article_id for quote in content.quotes.all() if quote.source_article_id
    }


def agreement_list_published(*, language: str, relation: Relation | None = None) -> QuerySet[Agreement]:
    """Agreements of published packages of a language, newest first, with their visit and signatories."""
    packages = visit_content_queryset().for_language(language)
    if relation:
        packages = packages.for_relation(relation)
    return (
        Agreement.objects.filter(visit_content__in=packages.values("pk"))
        .select_related("visit_content", "document")
        .prefetch_related(Prefetch("signatories", queryset=Person.objects.order_by("name")))
        .order_by("-visit_content__starts_on", "sort_order", "pk")
    )


def quote_list_published(*, language: str, speaker: Person) -> QuerySet[Quote]:
    """A person's quotes in published packages of a language, newest first, with their package."""
    packages = visit_content_queryset().for_language(language).values("pk")
    return (
        Quote.objects.filter(visit_content__in=packages, speaker=speaker)
        .select_related("visit_content", "speaker__portrait")
        .order_by("-visit_content__starts_on", "sort_order", "pk")
    )


def quote_get_published(*, pk: int, article_id: int, language: str) -> Quote | None:
    """A published quote taken from the given article: what the article page may highlight."""
    packages = visit_content_queryset().for_language(language).values("pk")
    return (
        Quote.objects.filter(pk=pk, source_article_id=article_id, visit_content__in=packages)
        .select_related("speaker")
        .first()
    )


def visit_list_for_article(*, article_id: int, language: str, limit: int) -> list[VisitContent]:
    """Published packages of a language that link to or quote the article, newest first, bounded (one query)."""
    return list(
        visit_list_published(language=language)
        .filter(Q(linked_articles__article_id=article_id) | Q(quotes__source_article_id=article_id))
        .distinct()[:limit]
    )


def person_list_quoted_in_article(*, article_id: int, language: str, limit: int) -> list[Person]:
    """People whose words published packages of a language quote from the article, by name, bounded (one query)."""
    packages = visit_content_queryset().for_language(language).values("pk")
    return list(
        Person.objects.filter(
            pk__in=Quote.objects.filter(source_article_id=article_id, visit_content__in=packages).values("speaker_id")
        ).order_by("name", "pk")[:limit]
    )


def relation_get_published(*, slug: str, language: str) -> Relation | None:
    """A relation hub exists for readers only when a package of that pair is published in the language."""
    packages = visit_content_queryset().for_language(language)
    return Relation.objects.filter(slug=slug, visits__contents__in=packages.values("pk")).distinct().first()


def person_get_published(*, slug: str, language: str) -> Person | None:
    """A person page exists for readers only when the person takes part in a published package of the language."""
    packages = visit_content_queryset().for_language(language).values("pk")
    return (
        Person.objects.with_portrait()
        .filter(Q(participations__visit_content__in=packages) | Q(quotes__visit_content__in=packages), slug=slug)
        .distinct()
        .first()
    )


def relation_list_published(*, language: str) -> QuerySet[Relation]:
    """Relations with at least one published package in the language (the sitemap's hubs)."""
    packages = visit_content_queryset().for_language(language).values("pk")
    return Relation.objects.filter(visits__contents__in=packages).distinct().order_by("slug")


def person_list_published(*, language: str) -> QuerySet[Person]:
    """People taking part in or quoted in a published package of the language (the sitemap's person pages), as
    ``person_get_published`` finds them."""
    packages = visit_content_queryset().for_language(language).values("pk")
    return (
        Person.objects.filter(Q(participations__visit_content__in=packages) | Q(quotes__visit_content__in=packages))
        .distinct()
        .order_by("slug")
    )


def visit_list_for_sitemap() -> QuerySet[VisitContent]:
    """Every published package, all languages."""
    return visit_content_queryset().only("pk", "visit_id", "slug", "language", "updated_at").order_by("language", "pk")


def article_list_for_sitemap() -> QuerySet[ArticleContent]:
    return (
        article_content_queryset()
        .only("pk", "article_id", "slug", "language", "updated_at")
        .order_by("language", "pk")
    )


def visit_list_latest(
    *, language: str, limit: int, relation_id: int | None = None, country: str | None = None
) -> list[VisitContent]:
    """The newest published packages of a relation or a country (or all), bounded, for the latest-visits plugin."""
    qs = visit_list_published(language=language, country=country or None)
    if relation_id:
        qs = qs.filter(visit__relation_id=relation_id)
    return list(qs[:limit])


def visit_translations(*, visit: Visit) -> QuerySet[VisitContent]:
    """The published languages of a visit (for hreflang alternates): one small query."""
    return visit_content_queryset().filter(visit=visit).only("pk", "visit_id", "language", "slug")


def article_translations(*, article_id: int) -> QuerySet[ArticleContent]:
    return article_content_queryset().filter(article_id=article_id).only("pk", "article_id", "language", "slug")


def relation_languages_published(*, relation: Relation) -> list[str]:
    """The languages a relation hub exists in for readers (a published package of the pair): one query."""
    return list(
        visit_content_queryset()
        .filter(visit__relation=relation)
        .order_by()
        .values_list("language", flat=True)
        .distinct()
    )


def person_languages_published(*, person: Person) -> list[str]:
    """The languages a person page exists in for readers (they take part in or are quoted in a package)."""
    return list(
        visit_content_queryset()
        .filter(Q(participations__person=person) | Q(quotes__speaker=person))
        .order_by()
        .values_list("language", flat=True)
        .distinct()
    )


# --- Syndication API -------------------------------------------------------------------------------------------


def _api_visible(qs: QuerySet, *, include_embargoed: bool) -> QuerySet:
    """Published rows; those with a future go-live time only for partners allowed to see embargoed items.

    ``modified_at`` is when the row last changed for an API client: the content's own save, its version's
    publication, or its go-live time, so a re-published (new row) or newly visible package sorts after every
    earlier sync and ``updated_since`` picks it up. ``go_live_at`` carries the embargo time.
    """
    from django.db.models.functions import Coalesce, Greatest

    qs = qs.filter(visible(include_embargoed=include_embargoed))
    return qs.annotate(
        go_live_at=F("versions__visibility__start"),
        modified_at=Greatest(
            "updated_at",
            "versions__modified",
            Coalesce("versions__visibility__start", "versions__modified"),
        ),
    )


def api_visit_queryset(*, include_embargoed: bool = False) -> QuerySet[VisitContent]:
    """Packages an API client may see: published (``visit_content_queryset``), plus embargoed ones on request."""
    return _api_visible(VisitContent.admin_manager.all(), include_embargoed=include_embargoed)


def api_visit_with_document(*, slug: str, language: str, include_embargoed: bool = False) -> VisitContent | None:
    """The package an API client may see under a slug, with its compiled document (if any), in one query."""
    qs = api_visit_queryset(include_embargoed=include_embargoed).for_language(language).filter(slug=slug)
    return qs.select_related("document").first()


def api_visit_list(*, language: str, include_embargoed: bool = False) -> QuerySet[VisitContent]:
    """The API's visit list of one language, with what a teaser row shows (relation, lead photo)."""
    return api_visit_queryset(include_embargoed=include_embargoed).for_language(language).with_teaser()


def api_visit_detail_list(*, language: str, include_embargoed: bool = False) -> QuerySet[VisitContent]:
    """Whole packages of one language (``with_package``) plus the linked and quoted articles' published text."""
    return (
        api_visit_list(language=language, include_embargoed=include_embargoed)
        .with_package()
        .prefetch_related(
            _nested("linked_articles__article", language),
            _nested("quotes__source_article", language),
        )
    )


def _nested(path: str, language: str) -> Prefetch:
    return Prefetch(
        f"{path}__contents",
        queryset=article_content_queryset().for_language(language),
        to_attr="published_contents",
    )


def api_article_list(*, language: str) -> QuerySet[ArticleContent]:
    """Published articles of one language. Articles carry no embargo of their own."""
    return (
        _api_visible(ArticleContent.admin_manager.all(), include_embargoed=False).for_language(language).with_article()
    )


def _api_package_items(model, *, language: str, include_embargoed: bool) -> QuerySet:
    """Items of the packages an API client may see, stamped with their package's times and language."""
    packages = api_visit_queryset(include_embargoed=include_embargoed).for_language(language)
    return model.objects.filter(visit_content__in=packages.values("pk")).annotate(
        modified_at=packages.filter(pk=OuterRef("visit_content_id")).values("modified_at")[:1],
        go_live_at=packages.filter(pk=OuterRef("visit_content_id")).values("go_live_at")[:1],
        visit_slug=F("visit_content__slug"),
        visit_language=F("visit_content__language"),
    )


def api_quote_list(*, language: str, include_embargoed: bool = False) -> QuerySet[Quote]:
    return (
        _api_package_items(Quote, language=language, include_embargoed=include_embargoed)
        .select_related("speaker", "source_article")
        .prefetch_related(_nested("source_article", language))
    )


def api_agreement_list(*, language: str, include_embargoed: bool = False) -> QuerySet[Agreement]:
    return (
        _api_package_items(Agreement, language=language, include_embargoed=include_embargoed)
        .select_related("document")
        .prefetch_related("signatories")
    )


def _visible_packages(include_embargoed: bool) -> QuerySet:
    return visit_content_queryset(include_embargoed=include_embargoed).order_by().values("pk")


def relation_list_visible(*, include_embargoed: bool = False) -> QuerySet[Relation]:
    """Relations some visible package (any language) belongs to; any other answers like an unknown slug."""
    from .models import Visit

    visits = Visit.objects.filter(contents__in=_visible_packages(include_embargoed)).values("relation_id")
    return Relation.objects.filter(pk__in=visits)


def person_list_visible(*, include_embargoed: bool = False) -> QuerySet[Person]:
    """People taking part in or quoted in some visible package (any language); others answer like unknown slugs."""
    from .models import Participation

    packages = _visible_packages(include_embargoed)
    return Person.objects.filter(
        Q(pk__in=Participation.objects.filter(visit_content__in=packages).values("person_id"))
        | Q(pk__in=Quote.objects.filter(visit_content__in=packages).values("speaker_id"))
    )


def relation_get_visible(*, slug: str, include_embargoed: bool = False) -> Relation | None:
    """A relation for an API client or feed, or None when no package they may see shows it."""
    return relation_list_visible(include_embargoed=include_embargoed).filter(slug=slug).first()


def api_relation_list(*, include_embargoed: bool = False) -> QuerySet[Relation]:
    return relation_list_visible(include_embargoed=include_embargoed).annotate(modified_at=F("updated_at"))


def api_person_list(*, include_embargoed: bool = False) -> QuerySet[Person]:
    return (
        person_list_visible(include_embargoed=include_embargoed).with_portrait().annotate(modified_at=F("updated_at"))
    )


def reference_shown_by_published(obj) -> bool:
    """Whether a published package (scheduled ones included) shows this person, relation, image or file.

    What such a package shows is live for readers, so only editors may change it (``permissions``).
    """
    from filer.models import File

    from .models import Agreement, CeremonyPhoto, Participation

    packages = _visible_packages(True)
    if isinstance(obj, Person):
        return person_list_visible(include_embargoed=True).filter(pk=obj.pk).exists()
    if isinstance(obj, Relation):
        return relation_list_visible(include_embargoed=True).filter(pk=obj.pk).exists()
    if isinstance(obj, File):
        people = Participation.objects.filter(visit_content__in=packages).values("person_id")
        return (
            VisitContent.admin_manager.filter(pk__in=packages, lead_photo_id=obj.pk).exists()
            or CeremonyPhoto.objects.filter(visit_content__in=packages, image_id=obj.pk).exists()
            or Agreement.objects.filter(visit_content__in=packages, document_id=obj.pk).exists()
            or Person.objects.filter(pk__in=people, portrait_id=obj.pk).exists()
        )
    return False


def person_known(person: Person) -> KnownPerson:
    """A person with the names the press uses for them, in the shape the article extractor reads.

    A person's name in each of the site's languages is one more name to match (a Russian article says Токаев).
    """
    return KnownPerson(
        name=person.name,
        country=str(person.country),
        title=person.title,
        aliases=(*person.aliases, *person.names_in_languages),
    )


def person_list_known() -> list[KnownPerson]:
    """Every person, as the article extractor reads them."""
    return [person_known(p) for p in Person.objects.all()]


def person_list_for_choice() -> QuerySet[Person]:
    return Person.objects.only("name", "country", "aliases").order_by("name")


def _published_package_of(*, visit_id: int, language: str) -> QuerySet[VisitContent]:
    return visit_content_queryset().for_language(language).filter(visit_id=visit_id)


def visit_get_teaser(*, visit_id: int, language: str) -> VisitContent | None:
    """The published package of a visit in a language, with what a teaser shows (one query)."""
    return _published_package_of(visit_id=visit_id, language=language).with_teaser().first()


def _words_said():
    """A quote's words as they were said: a translation's copy keeps them in ``original_text`` (``translations``)."""
    from django.db.models import Case, When

    return Case(When(original_text="", then=F("text")), default=F("original_text"))


def quote_get_for_plugin(*, visit_id: int, language: str, quote_id: int | None = None) -> Quote | None:
    """The quote a pull quote shows, with speaker, portrait and package (one query), or None.

    That is the quote with the chosen quote's speaker and words in the visit's published, visible package in
    ``language`` (the chosen row may belong to an older version or another language); without a chosen quote, the
    package's first one.
    """
    from django.db.models import Subquery

    qs = Quote.objects.filter(
        visit_content__in=_published_package_of(visit_id=visit_id, language=language).values("pk")
    )
    if quote_id is not None:
        chosen = Quote.objects.filter(pk=quote_id, visit_content__visit_id=visit_id).annotate(words=_words_said())
        qs = qs.annotate(words=_words_said()).filter(
            speaker_id=Subquery(chosen.values("speaker_id")[:1]), words=Subquery(chosen.values("words")[:1])
        )
    return qs.select_related("speaker__portrait", "visit_content").order_by("sort_order", "pk").first()


def agreement_list_for_visit(*, visit_id: int, language: str, limit: int) -> list[Agreement]:
    """Agreements of a visit's published package, in editor order, with document and signatories (two queries)."""
    packages = _published_package_of(visit_id=visit_id, language=language).values("pk")
    return list(
        Agreement.objects.filter(visit_content__in=packages)
        .select_related("document")
        .prefetch_related(Prefetch("signatories", queryset=Person.objects.order_by("name")))
        .order_by("sort_order", "pk")[:limit]
    )


def photo_list_for_visit(*, visit_id: int, language: str, limit: int) -> list:
    """Ceremony photos of a visit's published package, in editor order, with their images (one query)."""
    from .models import CeremonyPhoto

    packages = _published_package_of(visit_id=visit_id, language=language).values("pk")
    return list(
        CeremonyPhoto.objects.filter(visit_content__in=packages)
        .select_related("image")
        .order_by("sort_order", "pk")[:limit]
    )


def last_admin_change(obj) -> LogEntry | None:
    """The admin's record of the latest change to ``obj``: who, when and what."""
    return (
        LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk))
        .select_related("user")
        .order_by("-action_time", "-pk")
        .first()
    )


# --- Editorial workflow: preview links, history -----------------------------------------------------------------


def visit_get_by_preview_token(*, token: str, language: str) -> VisitContent | None:
    """The exact draft a live (unexpired, unrevoked) preview link points to, whole; None for any other token.

    A link dies with its draft: once the version is published, unpublished, archived or deleted, and under any
    language prefix but the version's own. Unknown, tampered, expired, revoked and dead tokens all answer None,
    so callers cannot tell them apart.
    """
    from django.utils import timezone
    from djangocms_versioning.constants import DRAFT

    from .services import preview_token_digest

    if not token or len(token) > 100:
        return None
    live = PreviewLink.objects.filter(
        token_hash=preview_token_digest(token), revoked_at=None, expires_at__gt=timezone.now()
    )
    return (
        VisitContent.admin_manager.filter(pk__in=live.values("content_id"), language=language, versions__state=DRAFT)
        .with_package()
        .first()
    )


def preview_link_list_for_content(*, content: VisitContent) -> QuerySet[PreviewLink]:
    """Every preview link of one version, newest first, with who created and revoked it."""
    return PreviewLink.objects.filter(content=content).select_related("created_by", "revoked_by")


def preview_link_get(*, pk: int, content: VisitContent) -> PreviewLink | None:
    return PreviewLink.objects.filter(pk=pk, content=content).first()


def visit_version_history(*, content: VisitContent) -> list:
    """Every version of the same visit and language, newest first: author, go-live time, and each state change
    with who made it (versioning's ``StateTracking``), in two queries plus one per prefetch."""
    from djangocms_versioning.models import StateTracking, Version

    return list(
        Version.objects.filter_by_content_grouping_values(content)
        .select_related("created_by", "visibility")
        .prefetch_related(
            Prefetch("statetracking_set", queryset=StateTracking.objects.select_related("user").order_by("date", "pk"))
        )
        .order_by("-number")
    )


def visit_versions_to_compare(*, left_pk: int, right_pk: int) -> tuple[VisitContent, VisitContent] | None:
    """Two versions of the same visit and language, whole (``with_package``), or None when they are not."""
    versions = {
        content.pk: content for content in VisitContent.admin_manager.filter(pk__in=[left_pk, right_pk]).with_package()
    }
    left, right = versions.get(left_pk), versions.get(right_pk)
    if left is None or right is None or (left.visit_id, left.language) != (right.visit_id, right.language):
        return None
    return left, right


def article_headlines(*, article_ids: Iterable[int], language: str) -> dict[int, str]:
    """The newest headline of each article in a language, any state (editors' screens only)."""
    ids = {pk for pk in article_ids if pk}
    rows = (
        ArticleContent._base_manager.filter(article_id__in=ids)
        .order_by("article_id", "language", "pk")
        .values_list("article_id", "language", "headline")
    )
    headlines: dict[int, str] = {}
    for article_id, row_language, headline in rows:
        if row_language == language or article_id not in headlines:
            headlines[article_id] = headline
    return headlines


# --- Syndication: corrections and withdrawals (incremental sync) -------------------------------------------------


def _published_count():
    """How many versions of the row's package (visit and language) were published, up to and including its own."""
    from django.db.models import Count, Subquery
    from django.db.models.functions import Coalesce
    from djangocms_versioning.constants import PUBLISHED, UNPUBLISHED

    earlier = (
        VisitContent._base_manager.filter(
            visit_id=OuterRef("visit_id"),
            language=OuterRef("language"),
            versions__state__in=[PUBLISHED, UNPUBLISHED],
            versions__number__lte=OuterRef("versions__number"),
        )
        .order_by()
        .values("visit_id")
        .annotate(count=Count("pk"))
        .values("count")[:1]
    )
    return Coalesce(Subquery(earlier), 1)


def api_visit_with_version(qs: QuerySet[VisitContent]) -> QuerySet[VisitContent]:
    """API rows with ``published_count``: the package's version number as partners count it (1, then corrections)."""
    return qs.annotate(published_count=_published_count())


def api_visit_sync_list(*, language: str, include_embargoed: bool = False, whole: bool = False) -> QuerySet:
    """``updated_since``: what ``api_visit_list`` shows, plus one tombstone per withdrawn package of the language.

    A package is withdrawn when none of its versions is published and one was: the tombstone is its last
    unpublished version, ``sync_status`` "withdrawn", ``modified_at`` the time it was taken off, so it sorts into
    the same cursor walk as everything else. ``whole`` adds the package prefetches (ninjs documents).
    """
    from django.db.models import Case, Exists, Value, When
    from django.db.models.functions import Coalesce, Greatest
    from django.utils import timezone
    from djangocms_versioning.constants import PUBLISHED, UNPUBLISHED

    now = timezone.now()
    shown = visible(include_embargoed=include_embargoed, now=now)
    same_package = VisitContent._base_manager.filter(visit_id=OuterRef("visit_id"), language=OuterRef("language"))
    withdrawn = (
        Q(versions__state=UNPUBLISHED)
        & ~Exists(same_package.filter(versions__state=PUBLISHED))
        & ~Exists(
            same_package.filter(versions__state=UNPUBLISHED, versions__modified__gt=OuterRef("versions__modified"))
        )
    )
    qs = (
        VisitContent.admin_manager.filter(shown | withdrawn)
        .for_language(language)
        .with_teaser()
        .annotate(
            go_live_at=F("versions__visibility__start"),
            modified_at=Greatest(
                "updated_at", "versions__modified", Coalesce("versions__visibility__start", "versions__modified")
            ),
            sync_status=Case(When(versions__state=PUBLISHED, then=Value("published")), default=Value("withdrawn")),
        )
    )
    qs = api_visit_with_version(qs)
    if whole:
        qs = qs.with_package().prefetch_related(
            _nested("linked_articles__article", language), _nested("quotes__source_article", language)
        )
    return qs


# --- Syndication: the same story in the other languages ----------------------------------------------------------


@dataclass(frozen=True)
class Translation:
    """A version of an API item in another language that the same client may see."""

    language: str
    slug: str
    path: str  # the reader page; '' where no page carries the apphook in that language


def _translation_slugs(visible: QuerySet, *, key: str):
    """One column of the row's own query: ``{language: slug or null}`` of the visible rows sharing ``key``."""
    from django.conf import settings
    from django.db.models import Subquery
    from django.db.models.functions import JSONObject

    same = visible.filter(**{key: OuterRef(key)}).order_by()
    return JSONObject(
        **{code: Subquery(same.filter(language=code).values("slug")[:1]) for code, _name in settings.LANGUAGES}
    )


def api_visit_with_translations(qs: QuerySet[VisitContent], *, include_embargoed: bool) -> QuerySet[VisitContent]:
    """API and feed rows with the package's slug in each language the client may see (``api_visit_queryset``'s
    rule, embargo included), without a query of its own, so a page of 50 runs as many queries as a page of 1."""
    visible = api_visit_queryset(include_embargoed=include_embargoed)
    return qs.annotate(translation_slugs=_translation_slugs(visible, key="visit_id"))


def api_article_with_translations(qs: QuerySet[ArticleContent]) -> QuerySet[ArticleContent]:
    """API rows with the article's slug in each language it is published in (``api_article_list``'s rule)."""
    visible = _api_visible(ArticleContent.admin_manager.all(), include_embargoed=False)
    return qs.annotate(translation_slugs=_translation_slugs(visible, key="article_id"))


def item_translations(item: VisitContent | ArticleContent) -> list[Translation]:
    """The other languages of a row annotated by ``api_*_with_translations``, in the site's order (no query)."""
    from django.conf import settings

    slugs = getattr(item, "translation_slugs", None) or {}
    model = type(item)
    return [
        # An unsaved row of the same model gives the reader URL by the model's own rule, without a query.
        Translation(code, slugs[code], model(language=code, slug=slugs[code]).get_absolute_url())
        for code, _name in settings.LANGUAGES
        if code != item.language and slugs.get(code)
    ]


# --- What CMS plugins offer editors to pick ------------------------------------------------------------------------


def visit_list_for_choice(*, language: str) -> QuerySet[Visit]:
    """Visits whose package readers see now in ``language``, newest first, each with that package's headline and
    first day (``package_headline``, ``package_starts_on``): what a plugin offers to pick, in one query."""
    from django.db.models import Subquery

    packages = visit_content_queryset().for_language(language).filter(visit_id=OuterRef("pk")).order_by()
    return (
        Visit.objects.annotate(
            package_headline=Subquery(packages.values("headline")[:1]),
            package_starts_on=Subquery(packages.values("starts_on")[:1]),
        )
        .filter(package_headline__isnull=False)
        .order_by("-package_starts_on", "-pk")
    )


def quote_list_for_choice(*, search: str = "", language: str = "") -> QuerySet[Quote]:
    """Quotes of packages readers see now (any language), with speaker and package: what a pull quote may show.

    Every word of ``search`` is in the speaker's name (in any language) or in the words; quotes of ``language``
    come first, then the newest visits.
    """
    from django.db.models import Case, IntegerField, Value, When
    from modeltranslation.settings import AVAILABLE_LANGUAGES
    from modeltranslation.utils import build_localized_fieldname

    qs = Quote.objects.filter(visit_content__in=visit_content_queryset().values("pk"))
    for word in search.split():
        said = Q(text__icontains=word) | Q(original_text__icontains=word)
        for code in AVAILABLE_LANGUAGES:
            said |= Q(**{f"speaker__{build_localized_fieldname('name', code)}__icontains": word})
        qs = qs.filter(said)
    return (
        qs.select_related("speaker", "visit_content")
        .annotate(
            other_language=Case(
                When(visit_content__language=language, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("other_language", "-visit_content__starts_on", "visit_content_id", "sort_order", "pk")
    )
