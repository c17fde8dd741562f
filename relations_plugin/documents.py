"""Compiled story pages: a published package version rendered once, served from one row.

A published version never changes, so its story page (head and body: fields, children in order, resolved people,
rendition URLs and sizes, related packages) is rendered by the task runner when it is published, and again when
something it shows changes: a person, a relation, an image, a linked article, a related package, or the CMS page
the apphook hangs on. A reader's request reads the version's document in one query (compiled to SQL once per
process), with the visit's languages for hreflang and the switcher, and renders neither the package nor its
renditions; until the document is made (or after it went stale) the page is rendered from the package as before,
and the compile is asked for.

What stays per request: the CMS's page and toolbar, and the origin: documents are rendered under ``ORIGIN`` and
the reader's own scheme and host are put in its place.
A document is not served when its ``layout`` is older than ``LAYOUT`` (bump it when the story templates change),
after its ``valid_until`` (the next go-live or expiry of any published version, which can change the related
packages), or when the CMS's URLs moved since it was made.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from urllib.parse import quote

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from . import languages, renditions, selectors
from .models import PackageDocument, VisitContent
from .prepared import PreparedRead

logger = logging.getLogger(__name__)

LAYOUT = 4
ORIGIN_HOST = "origin.invalid"  # RFC 2606: a name that can never be a real site's
ORIGIN = f"https://{ORIGIN_HOST}"
# How long a reader's request that found no document waits before asking for the compile again.
REQUEST_AGAIN_SECONDS = 60


@dataclass(frozen=True)
class StoryDocument:
    """A compiled story page for one request: what the story view shows, under the request's origin."""

    content_id: int
    visit_id: int
    relation_id: int
    language: str
    headline: str
    head: SafeString
    body: SafeString
    # Where the story is in each published language ({language: path}), its own included.
    language_urls: dict[str, str]


class _CompileRequest:
    """A reader's GET of the story under ``ORIGIN``: what the templates ask of a request, and nothing else."""

    @staticmethod
    def make(path: str):
        from django.contrib.auth.models import AnonymousUser

        request = RequestFactory().get(path, secure=True, HTTP_HOST=ORIGIN_HOST)
        request.get_host = lambda: ORIGIN_HOST  # not one of ALLOWED_HOSTS, and never answered
        request.user = AnonymousUser()
        return request


def _under_origin(text: str, origin: str) -> SafeString:
    encoded = quote(ORIGIN, safe="")
    return mark_safe(text.replace(ORIGIN, origin).replace(encoded, quote(origin, safe="")))  # noqa: S308


def _fresh(document: PackageDocument, *, now) -> bool:
    """Whether a document may be served (the same rule as ``_fresh_filter``, for a document already read)."""
    from cms.utils.apphook_reload import get_local_revision

    return (
        document.layout == LAYOUT
        and (document.valid_until is None or document.valid_until > now)
        and document.urlconf_revision == (get_local_revision() or "")
    )


def _fresh_filter(*, now, revision: str) -> Q:
    """Whether a document may be served, as a filter on packages: ``_fresh`` in SQL."""
    return Q(document__layout=LAYOUT, document__urlconf_revision=revision) & (
        Q(document__valid_until=None) | Q(document__valid_until__gt=now)
    )


# Every anonymous story page runs this read: compiled to SQL once per process (``prepared.py``).
_COMPILED_STORY = PreparedRead(
    VisitContent,
    lambda *, slug, language, revision, now: (
        selectors.visit_content_queryset(now=now)
        .for_language(language)
        .filter(_fresh_filter(now=now, revision=revision), slug=slug)
        .values_list(
            "pk",
            "visit_id",
            "visit__relation_id",
            "headline",
            "document__head",
            "document__body",
            "document__language_urls",
        )[:1]
    ),
    texts=("slug", "language", "revision"),
    times=("now",),
)


def compiled_story(*, request, slug: str, language: str) -> StoryDocument | None:
    """The published story a reader may see under ``slug``, from its fresh document, in one query; None when
    there is no such story or its document is not made (or no longer fresh)."""
    from cms.utils.apphook_reload import get_local_revision

    row = _COMPILED_STORY.row(slug=slug, language=language, revision=get_local_revision() or "", now=timezone.now())
    if row is None:
        return None
    content_id, visit_id, relation_id, headline, head, body, language_urls = row
    origin = f"{request.scheme}://{request.get_host()}"
    return StoryDocument(
        content_id=content_id,
        visit_id=visit_id,
        relation_id=relation_id,
        language=language,
        headline=headline,
        head=_under_origin(head, origin),
        body=_under_origin(body, origin),
        language_urls=json.loads(language_urls),
    )


def story_languages(package: VisitContent) -> languages.PageLanguages:
    """Where a story is in its visit's published languages: hreflang and the switcher, compiled or rendered."""
    return languages.page_languages(
        language=package.language, contents=selectors.visit_translations(visit=package.visit)
    )


def published_story(*, slug: str, language: str) -> VisitContent | None:
    """The published package a reader may see under ``slug``, whole, for a story without a fresh document (whose
    compile is asked for)."""
    package = selectors.visit_get_published(slug=slug, language=language)
    if package is not None:
        request_compile([package.pk])
    return package


def api_etag(content: VisitContent, *, variant: tuple) -> str | None:
    """The API's ETag of a package's detail in one ``variant`` (format, version, language, embargo view, origin),
    from its fresh document: a new one whenever the document is remade; None without a fresh document."""
    document = getattr(content, "document", None)
    if document is None or not _fresh(document, now=timezone.now()):
        return None
    key = f"{content.pk}|{document.compiled_at.isoformat()}|{variant!r}"
    return f'"d-{hashlib.sha256(key.encode()).hexdigest()[:32]}"'


def request_compile(content_ids, *, force: bool = False) -> None:
    """Ask the task runner to (re)compile these package versions after the commit.

    Readers' requests ask once per minute per version at most; a write that changed what they show (``force``)
    always asks.
    """
    from .tasks import compile_documents

    wanted = [
        pk
        for pk in content_ids
        if force or cache.add(f"relations_plugin:documents:asked:{pk}", 1, REQUEST_AGAIN_SECONDS)
    ]
    if wanted:
        transaction.on_commit(lambda: _enqueue(compile_documents, wanted))


def _enqueue(task, content_ids) -> None:
    # A queue that cannot be written costs speed only: the page is rendered from the package meanwhile.
    try:
        task.enqueue(content_ids=content_ids)
    except DatabaseError:
        logger.warning("Could not ask for the documents of package versions %s", content_ids, exc_info=True)


def compile_package(content_id: int) -> PackageDocument | None:
    """Render a published version's story page into its document; None (and no document) if it is not published."""
    from cms.utils.apphook_reload import ensure_urlconf_is_up_to_date, get_local_revision

    # A worker's URLs must be the ones readers' processes have, apphook pages included.
    ensure_urlconf_is_up_to_date()

    from .views import story_context

    package = selectors.visit_get_for_document(pk=content_id)
    if package is None:
        PackageDocument.objects.filter(content_id=content_id).delete()
        return None
    # The worker makes the images' renditions first, so the document carries them rather than the originals.
    for image in renditions.package_images(package):
        renditions.ensure_made(image)
    now = timezone.now()
    with translation.override(package.language):
        request = _CompileRequest.make(package.get_absolute_url())
        context = story_context(request, package)
        head = render_to_string("relations_plugin/includes/story_head.html", context, request)
        body = render_to_string("relations_plugin/includes/story_body.html", context, request)
        api = _api_bodies(package, request)
        translations = story_languages(package)
    document, _created = PackageDocument.objects.update_or_create(
        content=package,
        defaults={
            "head": head,
            "body": body,
            "api": api.json,
            "ninjs": api.ninjs,
            "language_urls": json.dumps(translations.urls),
            "layout": LAYOUT,
            "valid_until": selectors.visibility_next_change(after=now),
            "urlconf_revision": get_local_revision() or "",
        },
    )
    return document


@dataclass(frozen=True)
class ApiBodies:
    """A package's API details as a client without embargo access gets them: JSON, and ninjs by version."""

    json: str
    ninjs: dict[str, str]


def _api_bodies(package: VisitContent, request) -> ApiBodies:
    """What the API's detail views would render for this package (empty while it is embargoed)."""
    from rest_framework.renderers import JSONRenderer
    from rest_framework.request import Request

    from .api import ninjs
    from .api.serializers import VisitDetailSerializer

    qs = selectors.api_visit_detail_list(language=package.language).filter(pk=package.pk)
    instance = selectors.api_visit_with_translations(selectors.api_visit_with_version(qs), include_embargoed=False)
    instance = instance.first()
    if instance is None:
        return ApiBodies(json="", ninjs={})
    api_request = Request(request)
    context = {"request": api_request, "language": package.language}
    renderer = JSONRenderer()
    return ApiBodies(
        json=renderer.render(VisitDetailSerializer(instance, context=context).data).decode(),
        ninjs={
            version: renderer.render(ninjs.visit_document(instance, request=api_request, version=version)).decode()
            for version in ninjs.VERSIONS
        },
    )


def api_detail(document: PackageDocument, *, origin: str, ninjs_version: str | None = None) -> str | None:
    """A document's API detail under the request's origin: the JSON one, or the ninjs one of ``ninjs_version``;
    None when the document does not hold it."""
    body = document.api if ninjs_version is None else document.ninjs.get(ninjs_version, "")
    return str(_under_origin(body, origin)) if body else None


def compile_many(content_ids) -> int:
    """Compile each version; one that cannot be rendered is logged and left to the page's own render."""
    made = 0
    for pk in content_ids:
        try:
            made += compile_package(pk) is not None
        except Exception:  # noqa: BLE001 - one broken package must not stop the others' documents
            logger.exception("The story page of package version %s could not be compiled", pk)
            PackageDocument.objects.filter(content_id=pk).delete()
    return made


def drop(content_filter: Q) -> None:
    """Forget the documents of the published versions matching ``content_filter`` and ask for them again."""
    ids = list(
        selectors.visit_content_queryset(include_embargoed=True).filter(content_filter).values_list("pk", flat=True)
    )
    if ids:
        PackageDocument.objects.filter(content_id__in=ids).delete()
        request_compile(ids, force=True)


# --- What makes a document stale ----------------------------------------------------------------------------------


def _siblings(content: VisitContent) -> Q:
    """The published versions whose related packages may list ``content``: its relation's, in its language."""
    return Q(visit__relation_id=content.visit.relation_id, language=content.language)


def on_version_operation(sender, *, operation: str, obj, **kwargs) -> None:
    """djangocms-versioning's ``post_version_operation``: a package or an article went out or was withdrawn."""
    from djangocms_versioning import constants

    from .models import ArticleContent

    if operation not in (constants.OPERATION_PUBLISH, constants.OPERATION_UNPUBLISH, constants.OPERATION_ARCHIVE):
        return
    content = obj.content
    if sender is VisitContent:
        if operation == constants.OPERATION_PUBLISH:
            request_compile([content.pk], force=True)
        # Its relation's packages list it as related; its other languages link to it (the API's translations).
        drop((_siblings(content) | Q(visit_id=content.visit_id)) & ~Q(pk=content.pk))
    elif sender is ArticleContent:
        drop(Q(linked_articles__article_id=content.article_id) | Q(quotes__source_article_id=content.article_id))


def on_interval_saved(sender, instance, **kwargs) -> None:
    """A go-live or expiry time set or moved: the related packages of its relation, and the languages its visit is
    published in, may change at another time."""
    content = instance.version.content
    if isinstance(content, VisitContent):
        drop(_siblings(content) | Q(visit_id=content.visit_id))


def on_reference_saved(sender, instance, **kwargs) -> None:
    """A person, relation, visit or media file that published documents show was changed or deleted."""
    from filer.models import File

    from .models import Person, Relation, Visit

    if isinstance(instance, Person):
        shown = Q(participations__person=instance) | Q(quotes__speaker=instance) | Q(agreements__signatories=instance)
    elif isinstance(instance, Relation):
        shown = Q(visit__relation=instance)
    elif isinstance(instance, Visit):
        shown = Q(visit=instance)
    elif isinstance(instance, File):
        shown = (
            Q(lead_photo=instance.pk)
            | Q(photos__image=instance.pk)
            | Q(participations__person__portrait=instance.pk)
            | Q(quotes__speaker__portrait=instance.pk)
            | Q(agreements__document=instance.pk)
        )
    else:
        return
    drop(shown)


def on_renditions_made(sender, instance, **kwargs) -> None:
    """An image's renditions were made after its documents were: they show the original until remade."""
    on_reference_saved(sender, instance)


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save
    from djangocms_timed_publishing.models import TimedPublishingInterval
    from djangocms_versioning.signals import post_version_operation
    from filer.models import File, Image

    from .models import Person, Relation, Visit

    post_version_operation.connect(on_version_operation, dispatch_uid="relations_plugin_documents")
    renditions.renditions_made.connect(on_renditions_made, dispatch_uid="relations_plugin_documents")
    post_save.connect(on_interval_saved, sender=TimedPublishingInterval, dispatch_uid="relations_plugin_documents")
    post_delete.connect(on_interval_saved, sender=TimedPublishingInterval, dispatch_uid="relations_plugin_documents")
    for model in (Person, Relation, Visit, File, Image):
        label = model._meta.label_lower
        post_save.connect(on_reference_saved, sender=model, dispatch_uid=f"relations_plugin_documents_{label}")
        post_delete.connect(on_reference_saved, sender=model, dispatch_uid=f"relations_plugin_documents_del_{label}")
