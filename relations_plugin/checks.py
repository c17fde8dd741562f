"""System checks of the app's deployment assumptions (``manage.py check --deploy``)."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def check_cache_is_shared(app_configs=None, **kwargs):
    """relations_plugin.W001: a production site with a per-process cache.

    Pages stay correct (their invalidation is read from the database), but every app process keeps its own copy of
    each page and counts the API throttles on its own, so a partner gets its rate once per process. The development
    server (DEBUG on) is one process and is fine.
    """
    if settings.DEBUG or not isinstance(caches["default"], LocMemCache):
        return []
    return [
        Warning(
            "The default cache is per-process (LocMemCache): with several app processes each keeps its own reader "
            "pages and counts API throttles on its own.",
            hint="Use a cache all processes share, such as Redis (REDIS_URL in the newsroom project).",
            id="relations_plugin.W001",
        )
    ]
