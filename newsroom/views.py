"""Views of the host project itself: health probes and the error pages."""

from __future__ import annotations

import sys

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.db import DatabaseError, connections
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from newsroom.outage import database_outage, is_database_unavailable
from relations_plugin.cache import cached_response_offline

# What a client is told to wait before asking again while the database is away.
RETRY_AFTER_SECONDS = 30
# The API's clients get these as ``{"detail": ...}``, its own error shape.
API_MESSAGES = {
    400: _("Bad request."),
    413: _("The request is larger than the server accepts."),
    500: _("Server error. It has been logged."),
    503: _("Temporarily unavailable. Try again shortly."),
}


@require_safe
def healthz(request):
    """Liveness for load balancers: the process answers; asks neither the database nor the cache."""
    return HttpResponse("ok", content_type="text/plain")


def _database_ready() -> bool:
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False  # Django drops the failed connection when the request ends; the next one connects afresh
    return True


def _cache_ready() -> bool:
    cache = caches["default"]
    is_available = getattr(cache, "is_available", None)  # newsroom.cache.ResilientRedisCache: a real PING
    if is_available is not None:
        return is_available()
    return True  # a per-process cache is always there


@never_cache
@require_safe
def readyz(request):
    """Readiness: 200 when the database and the cache answer, 503 naming what does not."""
    checks = {"database": _database_ready(), "cache": _cache_ready()}
    ready = all(checks.values())
    states = {name: "ok" if up else "down" for name, up in checks.items()}
    body = {"status": "ok" if ready else "unavailable", "checks": states}
    response = JsonResponse(body, status=200 if ready else 503)
    if not ready:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response._has_been_logged = True  # the failing service logs its outage once; probes come every few seconds
    return response


def _page(request, template: str, status: int) -> HttpResponse:
    """An error page that needs neither the database nor a context processor (they may be what failed)."""
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(language):
        if request.path_info.startswith("/api/"):
            return JsonResponse({"detail": str(API_MESSAGES[status])}, status=status)
        context = {
            "max_bytes": settings.DATA_UPLOAD_MAX_MEMORY_SIZE,
            "max_fields": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
            "retry_after": RETRY_AFTER_SECONDS,
            "LANGUAGE_CODE": language,
        }
        return HttpResponse(render_to_string(template, context), status=status)


def unavailable(request, error: BaseException) -> HttpResponse:
    """While the database is away: the cached page for an anonymous reader if there is one, else a 503."""
    database_outage.failed(error)
    response = cached_response_offline(request)
    if response is None:
        response = _page(request, "errors/503.html", 503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
    response._has_been_logged = True  # logged once per outage above, not once per request by django.request
    return response


def server_error(request):
    """handler500: a database outage is a 503 (or a cached page); anything else the styled 500 page."""
    error = sys.exc_info()[1]
    if is_database_unavailable(error):
        return unavailable(request, error)
    return _page(request, "errors/500.html", 500)


def bad_request(request, exception):
    """handler400: a post over the size or field limits says so (413) instead of a bare 400."""
    if isinstance(exception, RequestDataTooBig | TooManyFieldsSent):
        return _page(request, "errors/413.html", 413)
    return _page(request, "errors/400.html", 400)
