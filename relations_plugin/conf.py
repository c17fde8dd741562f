"""App settings: RELATIONS_PLUGIN_<NAME> in the Django settings, else the default here, read at call time."""

from __future__ import annotations

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    "PAGINATE_BY": 12,
    "API_PAGE_SIZE": 50,
    "LATEST_LIMIT": 5,
    "TEMPLATES": [],
    # Largest photo upload an editor may attach, in bytes and in pixels (decompression bombs).
    "MAX_UPLOAD_BYTES": 20 * 1024 * 1024,
    "MAX_IMAGE_PIXELS": 40_000_000,
    # Animated images render their first frame; past this many frames the file is refused.
    "MAX_IMAGE_FRAMES": 200,
    # Where renditions are written in the default storage, and their JPEG/WebP/AVIF quality.
    "RENDITIONS_DIR": "renditions",
    "RENDITION_QUALITY": 82,
    # Reader pages: the most visits/agreements a relation hub or person page lists.
    "HUB_LIMIT": 200,
    # Story pages: how many other packages of the same relation they list.
    "RELATED_LIMIT": 4,
    # Responsive images: rendition widths, and modern formats offered before the JPEG fallback
    # (a format the installed Pillow cannot write is skipped).
    "IMAGE_WIDTHS": [400, 800, 1200, 1600],
    "IMAGE_FORMATS": ["avif", "webp"],
    "SOCIAL_IMAGE_SIZE": (1200, 630),
    # Reader page cache: the longest an anonymous page is kept, in seconds (0 turns the cache off).
    "PAGE_CACHE_SECONDS": 300,
    # Reader pages' site navigation (``{% reader_fragment %}``): the longest its rendering is kept per CMS page and
    # language, in seconds (0: off); any change to a CMS page renews it at once.
    "FRAGMENT_CACHE_SECONDS": 300,
    # Import assistant: the longest article text it reads, in characters (about 20,000 words; read in about a
    # second on one core); a longer paste is refused with a message.
    "MAX_IMPORT_CHARS": 150_000,
    # Proxies (addresses or networks) whose X-Forwarded-For is believed for the client address; none by default.
    "TRUSTED_PROXIES": [],
    # Absolute links that leave a request (feeds, sitemap, ninjs, webhooks): this origin, else the Sites domain.
    "SITE_URL": "",
    # Partner webhooks: attempts before giving up, first retry delay (doubling each time, at most a day), timeout.
    "WEBHOOK_MAX_ATTEMPTS": 8,
    "WEBHOOK_BACKOFF_SECONDS": 30,
    "WEBHOOK_TIMEOUT_SECONDS": 5,
    # WebSub hub announced in feeds and pinged on publish; empty: no hub.
    "WEBSUB_HUB": "",
    # How long a partner's previous token keeps working after a rotation, in hours.
    "TOKEN_GRACE_HOURS": 72,
    # The time zone of an editor who has not chosen one in their preferences; empty: the site's TIME_ZONE.
    "DEFAULT_TIME_ZONE": "",
}


def get_setting(name: str) -> Any:
    """RELATIONS_PLUGIN_<name> from Django settings, else our default. Read at call time so override_settings works."""
    return getattr(settings, f"RELATIONS_PLUGIN_{name}", DEFAULTS[name])
