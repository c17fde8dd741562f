"""Middleware of the host project: staying up while the database is away, and the security headers of responses."""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from cms.middleware.utils import ApphookReloadMiddleware as CMSApphookReloadMiddleware
from cms.utils import apphook_reload
from django.conf import settings
from django.db import connection
from django.urls import NoReverseMatch, get_resolver, get_urlconf, reverse
from django.utils.cache import patch_cache_control

from newsroom.outage import database_outage, is_database_unavailable

# What reader pages may load: their own scripts and styles only (no inline code), images from the media storage.
READER_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:{media}; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# Browser features no page of the site uses.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)
# Feeds are public and cheap to regenerate; a reader's feed client or a CDN may keep one this long.
FEED_MAX_AGE = 60


class ApphookReloadMiddleware(CMSApphookReloadMiddleware):
    """The CMS's per-request check that this process's URLconf matches the apphooks in the database.

    While the database is unreachable the check is skipped and the URLconf the process already has serves on, so
    requests that need no database (cached reader pages, ``/healthz``) still answer.
    """

    def __call__(self, request):
        try:
            if not _urlconf_revision_unchanged():
                apphook_reload.ensure_urlconf_is_up_to_date()
        except Exception as error:
            if not is_database_unavailable(error):
                raise
            database_outage.failed(error)
        return self.get_response(request)


def _urlconf_revision_unchanged() -> bool:
    """Whether this process's URLconf revision is the database's, read with one line of SQL.

    Every request asks; the ORM's building of the CMS's own get-or-create query cost more than the read. Any other
    answer (a new revision, none yet, a first request) is left to the CMS's own check, which reloads.
    """
    from cms.models import UrlconfRevision

    local = apphook_reload.get_local_revision()
    if not local:
        return False
    with connection.cursor() as cursor:
        table = connection.ops.quote_name(UrlconfRevision._meta.db_table)
        cursor.execute(f'SELECT "revision" FROM {table} WHERE "id" = 1')  # noqa: S608
        found = cursor.fetchone()
    return found is not None and found[0] == local


def _prefix(name: str) -> str | None:
    # Asked on every response: remembered per URL configuration (the CMS makes a new one when apphooks change).
    return _reverse_in(get_resolver(get_urlconf()), name)


@functools.lru_cache(maxsize=32)
def _reverse_in(resolver, name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def _media_origin() -> str:
    parts = urlsplit(settings.MEDIA_URL)
    return f" {parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


class SecurityHeadersMiddleware:
    """Content-Security-Policy on reader pages, Permissions-Policy everywhere, cache headers on feeds.

    ``X_FRAME_OPTIONS`` is DENY; the admin (which django CMS frames in its sideframe and modals) gets SAMEORIGIN.
    The admin and the API's interactive docs run inline scripts of their own, so they get no reader CSP; nor do
    pages that carry the CMS toolbar for staff. Put it after ``XFrameOptionsMiddleware`` so its SAMEORIGIN stands.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        path = request.path_info
        admin = _prefix("admin:index")
        if admin and path.startswith(admin):
            response["X-Frame-Options"] = "SAMEORIGIN"
            return response
        content_type = response.get("Content-Type", "")
        if content_type.startswith("application/atom+xml") and not response.has_header("Cache-Control"):
            private = "HTTP_AUTHORIZATION" in request.META
            patch_cache_control(response, public=not private, private=private, max_age=FEED_MAX_AGE)
        if content_type.startswith("text/html") and not self._exempt(request, path):
            response.setdefault("Content-Security-Policy", READER_CSP.format(media=_media_origin()))
        return response

    @staticmethod
    def _exempt(request, path: str) -> bool:
        docs = _prefix("relations_plugin_api:docs")
        if docs and path.startswith(docs):
            return True
        user = getattr(request, "user", None)
        return bool(user is not None and request.COOKIES.get(settings.SESSION_COOKIE_NAME) and user.is_staff)
