"""The admin speaks the editor's language, not the language of the last reader page they opened, and shows times
in the editor's time zone."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation.trans_real import get_supported_language_variant, parse_accept_lang_header

from . import timezones


def _admin_prefix() -> str:
    try:
        return reverse("admin:index")
    except NoReverseMatch:
        return "/admin/"


def editor_language(request: HttpRequest) -> str:
    """The first of the browser's languages the site has (``Accept-Language``), else the site's default."""
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


class AdminLanguageMiddleware:
    """Put after ``LocaleMiddleware``: on admin URLs, the editor's language replaces the reader's cookie.

    Reader pages carry their language in the URL (``/ru/…``) and django CMS remembers it in the language
    cookie, which ``LocaleMiddleware`` would otherwise apply to the unprefixed admin too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.path_info.startswith(_admin_prefix()):
            language = editor_language(request)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


class AdminTimeZoneMiddleware:
    """Put after ``AuthenticationMiddleware``: on admin URLs, times are shown and read in the editor's zone.

    The admin's "You are N hours behind server time" note compares the browser with this zone, so it stays away
    for an editor whose preferences name the zone their computer is in.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if not request.path_info.startswith(_admin_prefix()):
            return self.get_response(request)
        timezone.activate(timezones.editor_zone(getattr(request, "user", None)))
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


class ApphookPageMiddleware:
    """Optional, anywhere after ``cms.middleware.page.CurrentPageMiddleware``: the app's reader pages know their CMS
    page (menus, toolbar, permissions) from the apphook their URL belongs to.

    The CMS first looks for a page at the request's own path, a query that on the app's URLs never finds one, and
    only then asks the apphook; on every reader page. This asks the apphook directly, and only for the app's reader
    views (the preview endpoints of editors stay as the CMS resolves them).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        from cms.appresolver import applications_page_check

        from .views import PageCacheMixin

        view_class = getattr(view_func, "view_class", None)
        if not (isinstance(view_class, type) and issubclass(view_class, PageCacheMixin)):
            return None
        if not getattr(view_func, "view_initkwargs", {}).get("page_cache", view_class.page_cache):
            return None
        if not hasattr(request, "_current_page_cache"):
            # Where the CMS's get_page keeps the page it found for this request.
            request._current_page_cache = applications_page_check(request)
        return None
