"""Absolute URLs for links that leave the request: feeds, sitemaps, ninjs, webhooks, "View on site".

The origin is ``RELATIONS_PLUGIN_SITE_URL`` when set, else the Sites framework's current domain (``http`` for a
local development host, ``https`` otherwise). Django's placeholder domain ``example.com`` counts as not
configured: a request's own origin is used then (set the domain: ``load_demo`` does, for 127.0.0.1:8000).
"""

from __future__ import annotations

from django.contrib.sites.models import Site

from .conf import get_setting

PLACEHOLDER_DOMAIN = "example.com"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]"}


def site_origin(request=None) -> str:
    configured = get_setting("SITE_URL")
    if configured:
        return configured.rstrip("/")
    domain = Site.objects.get_current(request).domain
    if domain == PLACEHOLDER_DOMAIN and request is not None:
        return f"{request.scheme}://{request.get_host()}"
    scheme = "http" if domain.rsplit(":", 1)[0] in LOCAL_HOSTS else "https"
    return f"{scheme}://{domain}"


def absolute_url(path: str, request=None) -> str:
    """``path`` (site-relative, or already absolute) on the configured site."""
    if not path or "://" in path:
        return path
    return site_origin(request) + path
