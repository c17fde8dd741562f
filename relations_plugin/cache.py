"""Page cache of the reader pages that honours publishing, with no worker: invalidated by package.

Anonymous GETs of the story, hub, person, article and list pages are served from the Django cache (locmem or
Redis), keyed by scheme, host, path, the view's own query parameters and language. Each entry records the
*generations* of the scopes it depends on, and is served only while they have not moved:

- ``SITE``: everything a reader page can show beside packages and articles (people, relations, media, CMS pages,
  schedules). Any write to them moves it, and with it every page.
- ``LISTS``: which packages are published. Lists, hubs, person pages, search and the CMS pages' plugins depend on it.
- ``visit:<id>`` and ``relation:<id>``: a story page depends on its own visit (its languages) and relation (its
  related packages) instead of ``LISTS``, so publishing or unpublishing a package moves its visit, its relation and
  ``LISTS``, and every other story page stays cached. Publishing or unpublishing an article moves ``LISTS`` and the
  visits whose packages link or quote it.

Go-live and expiry times need no event: an entry lives at most until the next future visibility start/end of any
published version (one query per generation, cached too), and the instant is checked on read, so a clock-driven
change shows at once.

Generations are database rows (``CacheGeneration``; one read by primary keys per cacheable request), moved inside
the writing transaction: every process sees a publish at once whatever its cache, and a cache that lost a move
(restarted, unreachable) cannot serve a stale page. The values last read are mirrored into the cache, so that while
the database is unreachable anonymous readers still get the pages cached before (``cached_response_offline``).
With a per-process cache (locmem) each process keeps its own entries: correct, but use Redis with several.
"""

from __future__ import annotations

import functools
import hashlib
import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.db.models import F, Q, Value
from django.db.models.functions import Greatest
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from . import selectors
from .conf import get_setting

SITE = "pages"
LISTS = "lists"
# What a page depends on unless its view narrows it (``narrow_to``).
READER_SCOPES = (SITE, LISTS)
MIRROR_KEY = "relations_plugin:pages:generation:{name}"
NEXT_CHANGE_KEY = "relations_plugin:pages:{site}:{lists}:next-change"
PAGE_KEY = "relations_plugin:pages:{language}:{digest}"
FRAGMENT_KEY = "relations_plugin:fragments:{site}:{language}:{digest}"
# What a browser or CDN may keep a public page for: short, since the generation cannot reach them.
PUBLIC_MAX_AGE = 60
# Query parameters that never change a page (campaign tracking): dropped from the key instead of bypassing.
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid"})
# Headers a cached response keeps; the rest (cookies, CSRF, session Vary) belong to one request.
STORED_HEADERS = ("Content-Type", "Content-Language", "Link", "X-Robots-Tag")
GENERATIONS_SQL = "SELECT name, value FROM {table} WHERE name IN ({marks})"


def visit_scope(visit_id: int) -> str:
    return f"visit:{visit_id}"


def relation_scope(relation_id: int) -> str:
    return f"relation:{relation_id}"


class _Mirror:
    """The generations this process last copied into the cache, so it writes the cache only when they move."""

    values: dict[str, int] = {}
    lock = threading.Lock()


def generations(names: Iterable[str]) -> dict[str, int] | None:
    """The current generation of each scope (0 until it first moves), from the database; from the cache's
    mirrors while it is unreachable. None when neither knows them: nothing can be served then.
    """
    names = sorted(set(names))
    # Every page-cache hit asks this: one read by primary keys, written as SQL (the ORM's query building would cost
    # the hit more than the read itself).
    sql = _generations_sql(len(names))
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, names)
            found = dict(cursor.fetchall())
    except (OperationalError, InterfaceError):
        return _mirrored(names)
    values = {name: found.get(name, 0) for name in names}
    moved = {name: value for name, value in values.items() if _Mirror.values.get(name) != value}
    if moved:
        with _Mirror.lock:
            cache.set_many({MIRROR_KEY.format(name=name): value for name, value in moved.items()}, timeout=None)
            _Mirror.values.update(moved)
    return values


@functools.cache
def _generations_sql(count: int) -> str:
    from .models import CacheGeneration

    return GENERATIONS_SQL.format(table=CacheGeneration._meta.db_table, marks=", ".join(["%s"] * count))


def _mirrored(names: Iterable[str]) -> dict[str, int] | None:
    keys = {MIRROR_KEY.format(name=name): name for name in names}
    found = cache.get_many(list(keys))
    return {keys[key]: value for key, value in found.items()} if len(found) == len(keys) else None


def _draft_only(instance) -> bool:
    """True when ``instance`` is versioned content (a package, an article, a CMS page translation) or an item of a
    package whose version is a draft or archived, or not versioned yet: nothing a reader can see."""
    from django.contrib.contenttypes.models import ContentType
    from djangocms_versioning import versionables
    from djangocms_versioning.constants import ARCHIVED, DRAFT
    from djangocms_versioning.models import Version

    from .models import VisitContent

    if isinstance(instance, Version):
        # Saved as a draft, or archived (only a draft can be): publishing and unpublishing move to other states.
        return instance.state in (DRAFT, ARCHIVED)
    if hasattr(instance, "visit_content_id"):
        model, pk = VisitContent, instance.visit_content_id
    else:
        model, pk = type(instance), instance.pk
    if pk is None or not versionables.exists_for_content(model):
        return False
    content_type = ContentType.objects.get_for_model(model)
    state = Version.objects.filter(content_type=content_type, object_id=pk).values_list("state", flat=True).first()
    return state is None or state in (DRAFT, ARCHIVED)


def bump_generation(**kwargs) -> None:
    """Signal receiver (cache busting only): the pages that can show the written object are no longer served, in
    every process.

    A write to a draft (the package or article itself, its items, its version) changes nothing a reader sees, so
    editors at work leave the cache alone. A package's publication or withdrawal moves its visit, its relation and
    the lists; an article's, the lists and the visits that show it; anything else moves the whole site.
    """
    instance = kwargs.get("instance")
    if instance is not None and (_draft_only(instance) or _new_container(instance, created=kwargs.get("created"))):
        return
    bump(_scopes_of(instance))


def _new_container(instance, *, created: bool | None) -> bool:
    """A visit or relation just created: nothing published belongs to it yet (an editor starting a package)."""
    from .models import Relation, Visit

    return bool(created) and isinstance(instance, (Visit, Relation))


def _scopes_of(instance) -> list[str]:
    from djangocms_versioning.models import Version

    from .models import ArticleContent, VisitContent

    model = instance.content_type.model_class() if isinstance(instance, Version) else None
    if model is VisitContent:
        content = instance.content
        return [LISTS, visit_scope(content.visit_id), relation_scope(content.visit.relation_id)]
    if model is ArticleContent:
        # An article shows on its own page and in lists, and on the stories that link or quote it: not elsewhere.
        article_id = instance.content.article_id
        showing = VisitContent.admin_manager.filter(
            Q(linked_articles__article_id=article_id) | Q(quotes__source_article_id=article_id)
        )
        return [LISTS, *(visit_scope(pk) for pk in showing.values_list("visit_id", flat=True).distinct())]
    return [SITE]


def bump(names: Iterable[str]) -> None:
    """Move these generations. The new value is at least the current time in microseconds, so a database restored
    from a backup never returns to a generation whose pages may still be in the cache, and a render that began
    before the move can tell (``narrow_to``)."""
    from .models import CacheGeneration

    names = sorted(set(names))
    now = time.time_ns() // 1000
    moved = CacheGeneration.objects.filter(name__in=names).update(value=Greatest(F("value") + 1, Value(now)))
    if moved < len(names):
        rows = [CacheGeneration(name=name, value=now) for name in names]
        CacheGeneration.objects.bulk_create(rows, ignore_conflicts=True)


def next_change(*, now: datetime, base: dict[str, int] | None = None) -> datetime | None:
    """The next instant a published version goes live or expires, cached under the site's and the lists'
    generations (``base``, read when not given)."""
    base = base if base is not None else generations(READER_SCOPES)
    key = NEXT_CHANGE_KEY.format(site=base[SITE], lists=base[LISTS])
    cached = cache.get(key)
    if cached is not None and (cached["at"] is None or cached["at"] > now):
        return cached["at"]
    at = selectors.visibility_next_change(after=now)
    timeout = get_setting("PAGE_CACHE_SECONDS")
    if at is not None:
        timeout = min(timeout, max(1, int((at - now).total_seconds()) + 1))
    cache.set(key, {"at": at}, timeout=timeout)
    return at


def _is_editor(request: HttpRequest) -> bool:
    # Anonymous requests without a session cookie answer this without touching the database.
    return request.user.is_authenticated


def _page_key(request: HttpRequest, params: frozenset[str] | None, language: str | None = None) -> str | None:
    """The cache key of a GET: its URL without tracking parameters, and language.

    With ``params`` (a view storing its page), None when the query string holds a parameter the view does not
    read, so such a page is never stored; without (a lookup), any query string gives a key, which finds an entry
    only if a view stored one under it.
    """
    kept = []
    for name, values in sorted(request.GET.lists()):
        if name in TRACKING_PARAMS or name.startswith("utm_"):
            continue
        if params is not None and name not in params:
            return None
        kept.append((name, values))
    raw = f"{request.scheme}://{request.get_host()}{request.path}?{kept!r}"
    digest = hashlib.sha256(raw.encode()).hexdigest()[:40]
    return PAGE_KEY.format(language=language or get_language() or "", digest=digest)


def _public(response: HttpResponse, *, expires: float | None, now: float) -> HttpResponse:
    max_age = PUBLIC_MAX_AGE if expires is None else max(0, min(PUBLIC_MAX_AGE, int(expires - now)))
    patch_cache_control(response, public=True, max_age=max_age)
    return response


def _reader_key(request: HttpRequest, params: frozenset[str] | None) -> str | None:
    """The key when the request is an anonymous reader's plain GET with the cache on, else None."""
    if request.method not in ("GET", "HEAD") or not get_setting("PAGE_CACHE_SECONDS") or _is_editor(request):
        return None
    return _page_key(request, params)


def _lookup(key: str, *, offline: bool = False) -> HttpResponse | None:
    """The entry under ``key`` while its scopes' generations have not moved (as the database says, or while it is
    away, the cache's mirrors) and its visibility bound has not passed."""
    entry = cache.get(key)
    now = timezone.now().timestamp()
    if entry is None or (entry["expires"] is not None and entry["expires"] <= now):
        return None
    scopes = entry["scopes"]
    current = _mirrored(scopes) if offline else generations(scopes)
    if current != scopes:
        return None
    response = HttpResponse(entry["content"], status=entry["status"], headers=entry["headers"])
    return _public(response, expires=entry["expires"], now=now)


def cached_response(request: HttpRequest) -> HttpResponse | None:
    """The cached page for this request, or None (not cacheable, not cached, stale, or past its visibility bound)."""
    key = _reader_key(request, None)
    return _lookup(key) if key else None


def cached_response_offline(request: HttpRequest) -> HttpResponse | None:
    """The cached page for an anonymous reader while the database is unreachable, or None.

    Asks nothing of the database: the generations come from the cache's mirrors, the language from the URL (the
    locale middleware may not have run), and a request with a session cookie is never answered, since telling an
    editor from a reader would need the session table.
    """
    if request.method not in ("GET", "HEAD") or not get_setting("PAGE_CACHE_SECONDS"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    return _lookup(_page_key(request, None, language), offline=True)


class _Render:
    """What ``serve`` knows of the page being rendered for the cache (on ``request``)."""

    def __init__(self, base: dict[str, int]):
        self.base = base
        self.started = time.time_ns() // 1000
        self.scopes: dict[str, int] | None = None
        self.storable = True


def narrow_to(request: HttpRequest, names: Iterable[str]) -> None:
    """The page being rendered shows, besides what every page does (``SITE``), only what these scopes change
    (instead of ``LISTS``): a story page names its visit and relation, so other packages' publications leave it
    cached. Their generations are read now; if one moved since the render began, the page is not stored."""
    render = getattr(request, "_page_cache_render", None)
    if render is None:
        return
    values = generations(names)
    if values is None or any(value >= render.started for value in values.values()):
        render.storable = False
        return
    render.scopes = {SITE: render.base[SITE], **values}


def serve(request: HttpRequest, view: Callable[[], HttpResponse], *, params: frozenset[str] = frozenset()):
    """The response of ``view()``, from the page cache when the request is an anonymous reader's plain GET.

    ``params`` are the query parameters the view reads (they are part of the key); any other parameter except
    tracking ones bypasses the cache. Editors are never served from nor stored in the cache, and get
    ``private, no-store``. Only 200s without cookies are stored.
    """
    if request.method in ("GET", "HEAD") and _is_editor(request):
        response = view()
        patch_cache_control(response, private=True, no_store=True)
        return response
    key = _reader_key(request, params)
    if key is None:
        return view()
    hit = _lookup(key)
    if hit is not None:
        return hit
    # Read before rendering: a write during the render leaves a stale entry unreachable, never the reverse.
    base = generations(READER_SCOPES)
    if base is None:
        return view()
    now = timezone.now()
    render = request._page_cache_render = _Render(base)
    response = view()
    if response.status_code != 200 or response.cookies:
        return response
    at = next_change(now=now, base=base)
    seconds = get_setting("PAGE_CACHE_SECONDS")
    timeout = seconds if at is None else min(seconds, int((at - now).total_seconds()))
    if timeout < 1:
        return response
    expires = None if at is None else at.timestamp()

    def store(rendered: HttpResponse) -> None:
        if not render.storable:
            return
        scopes = render.scopes or base
        headers = {name: rendered[name] for name in STORED_HEADERS if rendered.has_header(name)}
        entry = {
            "content": rendered.content,
            "status": rendered.status_code,
            "headers": headers,
            "expires": expires,
            "scopes": scopes,
        }
        cache.set(key, entry, timeout=timeout)
        for name, value in scopes.items():
            # The mirrors, back after the cache lost them; never older.
            cache.add(MIRROR_KEY.format(name=name), value, timeout=None)
        _public(rendered, expires=expires, now=now.timestamp())

    if hasattr(response, "render") and not response.is_rendered:
        response.add_post_render_callback(store)
    else:
        store(response)
    return response


def fragment(request: HttpRequest | None, name: str, vary: Iterable, render: Callable[[], str]) -> str:
    """A part of every reader page that shows only the site's pages (the main menu): rendered once per site
    generation, language and ``vary`` (the current CMS page, say) for anonymous readers, whatever the page
    cache does, so a page the cache has not seen (a long-tail story, the first view after a publish) does not
    build it again. Editors get it rendered, since their menus show drafts. A change to any CMS page moves
    the site's generation, read before rendering: a fragment rendered across a change is never found again.

    The rendered part must not add to sekizai blocks or set response headers: only its HTML is kept.
    """
    seconds = get_setting("FRAGMENT_CACHE_SECONDS")
    if not seconds or request is None or _is_editor(request):
        return render()
    page_render = getattr(request, "_page_cache_render", None)
    base = page_render.base if page_render is not None else generations([SITE])
    if base is None:
        return render()
    digest = hashlib.sha256(repr((name, settings.SITE_ID, *vary)).encode()).hexdigest()[:40]
    key = FRAGMENT_KEY.format(site=base[SITE], language=get_language() or "", digest=digest)
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, timeout=seconds)
    return html


def cached_response_first(request: HttpRequest) -> HttpResponse | None:
    """The cached page for a request without a session cookie, before the session, locale and CMS middlewares.

    The language comes from the URL's prefix (paths without one are left to the later lookup, since their language
    depends on the reader's cookie or headers); the only query is the entry's generations, by primary keys.
    """
    if request.method not in ("GET", "HEAD") or not get_setting("PAGE_CACHE_SECONDS"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    language = translation.get_language_from_path(request.path_info)
    if language is None:
        return None
    hit = _lookup(_page_key(request, None, language))
    if hit is not None:
        # What the locale and common middlewares, not reached, would have added.
        hit.setdefault("Content-Language", language)
        hit.setdefault("Content-Length", str(len(hit.content)))
    return hit


class PageCacheMiddleware:
    """Optional, for speed: answers reader page-cache hits as early as a hit can be told.

    Put it after the middlewares that only add headers (security, CSP, frame options) and before everything that
    reads the database or the session: a request without a session cookie is then answered with one query.
    Requests with one (an editor, or a reader whose session outlived a sign-out) are answered in ``process_view``,
    once authentication has run, and before the CMS wraps apphook views in ``cms_perms``, which looks up the
    apphook's page (two queries) for ``login_required`` and view restrictions. Entries are stored only behind it,
    by the views, for an anonymous reader who passed it, and a change to a CMS page or its publication moves the
    site's generation. Other views pay nothing. Without this middleware the views still answer hits, a step later.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hit = cached_response_first(request)
        return hit if hit is not None else self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_class = getattr(view_func, "view_class", None)  # cms_perms keeps it on its wrapper
        if view_class is None or not getattr(view_class, "page_cache", False):
            return None
        return cached_response(request)


def connect_signals() -> None:
    """Bump the generation on any write that can change what a reader page shows."""
    from django.apps import apps
    from djangocms_versioning.models import Version

    # Partners, their webhooks and the delivery log are never on a reader page.
    ignored = {
        "Partner",
        "WebhookEndpoint",
        "WebhookDelivery",
        "CacheGeneration",
        "PreviewLink",
        "PackageDocument",
        "RenditionLock",
        "EditorProfile",
    }
    models = apps.get_app_config("relations_plugin").get_models()
    senders = [model for model in models if model.__name__ not in ignored]
    senders.append(Version)
    if apps.is_installed("cms"):
        from cms.models import Page, PageContent

        senders += [Page, PageContent]
    if apps.is_installed("filer"):
        from filer.models import File, Image

        # A photo's credit, caption, focal point or file shows on every page that has the photo.
        senders += [File, Image]
    if apps.is_installed("djangocms_timed_publishing"):
        from djangocms_timed_publishing.models import TimedPublishingInterval

        senders.append(TimedPublishingInterval)
    for model in senders:
        label = model._meta.label_lower
        post_save.connect(bump_generation, sender=model, dispatch_uid=f"relations_plugin_pages_save_{label}")
        post_delete.connect(bump_generation, sender=model, dispatch_uid=f"relations_plugin_pages_delete_{label}")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                bump_generation,
                sender=field.remote_field.through,
                dispatch_uid=f"relations_plugin_pages_m2m_{label}_{field.name}",
            )
