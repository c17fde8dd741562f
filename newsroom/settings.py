"""Settings of the newsroom host project.

Everything that differs between a laptop, CI and production comes from the environment:
DATABASE_URL, REDIS_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS, MEDIA_ROOT.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


TESTING = "test" in sys.argv[1:2] or "pytest" in sys.modules

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured("Set SECRET_KEY (or DEBUG=1 for a development key).")
    SECRET_KEY = "development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before the admin: names and titles of people per language (relations_plugin/translation.py).
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "cms",
    "menus",
    "treebeard",
    "sekizai",
    "djangocms_versioning",
    "djangocms_timed_publishing",
    "djangocms_text",
    "djangocms_link",
    "djangocms_frontend",
    "djangocms_frontend.contrib.accordion",
    "djangocms_frontend.contrib.alert",
    "djangocms_frontend.contrib.badge",
    "djangocms_frontend.contrib.card",
    "djangocms_frontend.contrib.carousel",
    "djangocms_frontend.contrib.collapse",
    "djangocms_frontend.contrib.content",
    "djangocms_frontend.contrib.grid",
    "djangocms_frontend.contrib.image",
    "djangocms_frontend.contrib.jumbotron",
    "djangocms_frontend.contrib.link",
    "djangocms_frontend.contrib.listgroup",
    "djangocms_frontend.contrib.media",
    "djangocms_frontend.contrib.tabs",
    "djangocms_frontend.contrib.utilities",
    "easy_thumbnails",
    "filer",
    "django_countries",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "relations_plugin",
    "newsroom",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # CSP on reader pages, Permissions-Policy, SAMEORIGIN for the admin only, Cache-Control on feeds.
    "newsroom.middleware.SecurityHeadersMiddleware",
    # Reader page-cache hits, answered before anything reads the database or the session (relations_plugin/cache.py).
    "relations_plugin.cache.PageCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The CMS's apphook reload check, skipped while the database is away so cached pages still answer.
    "newsroom.middleware.ApphookReloadMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "relations_plugin.middleware.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Admin times in the editor's own time zone (their preferences), once the editor is known.
    "relations_plugin.middleware.AdminTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.middleware.user.CurrentUserMiddleware",
    "cms.middleware.page.CurrentPageMiddleware",
    # The app's reader pages take their CMS page from their apphook, without a query for a page at their path.
    "relations_plugin.middleware.ApphookPageMiddleware",
    "cms.middleware.toolbar.ToolbarMiddleware",
    "cms.middleware.language.LanguageCookieMiddleware",
    # Last: answers a locked-out sign-in (too many failures) with 429 and the neutral AXES_COOLOFF_MESSAGE.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sekizai.context_processors.sekizai",
                "cms.context_processors.cms_settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60),
}
if TESTING and DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so a real task worker process can share the test database (tests/test_webhooks.py);
    # one per test process, so parallel runs never share it.
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(tempfile.gettempdir(), f"newsroom-test-{os.getpid()}.sqlite3")
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The server and the task worker write to one file: a transaction takes the write lock when it begins (rather
    # than failing at once when a read turns into a write while the other process writes), and waits for it.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A dead or unreachable server fails a request in seconds, and a connection kept across requests is checked
    # before reuse, so the site recovers by itself when PostgreSQL comes back.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work (renditions, compiled story pages, webhooks, feed pings) runs on Django's tasks API; the
# database backend needs no other service: `python manage.py db_worker` runs the queue (`make run` starts one).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # django-redis that serves on without Redis: misses while it is down, logged once (newsroom/cache.py).
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "newsroom-test" if TESTING else "newsroom",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Sign-in limits (django-axes): after AXES_FAILURE_LIMIT failures an account, and separately an address, is
# refused for AXES_COOLOFF_TIME hours, the right password included. The address is the API throttles' one
# (RELATIONS_PLUGIN_TRUSTED_PROXIES); the message names neither the account nor the password.
AUTHENTICATION_BACKENDS = ["newsroom.auth_backends.LoginAttemptsBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = 0.25
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_CLIENT_IP_CALLABLE = "relations_plugin.api.throttling.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_COOLOFF_MESSAGE = _("Too many failed sign-in attempts. Try again in a few minutes.")
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Test cases roll back rows without signals, so a page cached in one test could answer in the next;
    # tests/test_cache.py and tests/test_leaks.py turn the reader page and fragment caches on themselves.
    RELATIONS_PLUGIN_PAGE_CACHE_SECONDS = 0
    RELATIONS_PLUGIN_FRAGMENT_CACHE_SECONDS = 0

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ru", _("Russian")), ("kk", _("Kazakh"))]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Belgrade")
USE_I18N = True
# The host's own catalogue (templates/ and newsroom/); the app ships its catalogue in relations_plugin/locale.
LOCALE_PATHS = [BASE_DIR / "newsroom" / "locale"]
USE_TZ = True
SITE_ID = 1

CMS_LANGUAGES = {
    SITE_ID: [
        {"code": "en", "name": _("English"), "public": True},
        {"code": "ru", "name": _("Russian"), "public": True, "fallbacks": ["en"]},
        {"code": "kk", "name": _("Kazakh"), "public": True, "fallbacks": ["ru", "en"]},
    ],
    "default": {"hide_untranslated": False, "redirect_on_fallback": True},
}
CMS_TEMPLATES = [("page.html", _("Page"))]
# No page may be framed by another site; the admin, which django CMS frames itself, gets SAMEORIGIN from
# newsroom.middleware.SecurityHeadersMiddleware.
X_FRAME_OPTIONS = "DENY"

# Production behind a TLS-terminating proxy or CDN that sets X-Forwarded-Proto: HTTPS=1 (README, Deployment).
HTTPS = env_bool("HTTPS", default=False)
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
    # The health probes are asked over plain HTTP by the load balancer, behind the proxy.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# Editors' posts: text up to 20 MB (a long wire story pasted with its markup, a package with many inlines); files
# are not counted (photos have their own limits). Past these, the editor gets a page saying so (newsroom/views.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", 20 * 1024 * 1024))
DATA_UPLOAD_MAX_NUMBER_FIELDS = int(os.environ.get("DATA_UPLOAD_MAX_NUMBER_FIELDS", 10_000))
SILENCED_SYSTEM_CHECKS = ["treebeard.E001"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Media (photos, renditions, agreement documents) on S3-compatible storage when a bucket is named; django-filer
# follows the default storage. Credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None  # MinIO, Ceph, R2, ...; unset for AWS
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None  # the CDN in front of the bucket
    AWS_QUERYSTRING_AUTH = False  # published photos are public: plain, cacheable links
    AWS_S3_FILE_OVERWRITE = False
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_URL = f"https://{AWS_S3_CUSTOM_DOMAIN}/"
    elif AWS_S3_ENDPOINT_URL:
        MEDIA_URL = f"{AWS_S3_ENDPOINT_URL.rstrip('/')}/{AWS_STORAGE_BUCKET_NAME}/"
    else:
        MEDIA_URL = f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com/"

THUMBNAIL_HIGH_RESOLUTION = True
THUMBNAIL_PROCESSORS = (
    "easy_thumbnails.processors.colorspace",
    "easy_thumbnails.processors.autocrop",
    "filer.thumbnail_processors.scale_and_crop_with_subject_location",
    "easy_thumbnails.processors.filters",
)
# Refuse decompression bombs: Pillow raises above this many pixels (about 50 megapixels).
FILER_MAX_IMAGE_PIXELS = 50_000_000
# Every raster image uploaded to the media library gets the app's photo check (readable, complete, in budget).
FILER_ADD_FILE_VALIDATORS = {
    mime_type: ["relations_plugin.images.filer_upload_validator"]
    for mime_type in ("image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/avif", "image/heic")
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "relations_plugin.api.schema.SyndicationAutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # Partners send "Authorization: Token <token>"; everyone else is anonymous. The API only reads.
    "DEFAULT_AUTHENTICATION_CLASSES": ["relations_plugin.api.authentication.PartnerTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],  # read-only viewsets: writes are 405
    "DEFAULT_THROTTLE_CLASSES": [
        "relations_plugin.api.throttling.AnonymousRateThrottle",
        "relations_plugin.api.throttling.PartnerRateThrottle",  # each partner's own Partner.rate
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_ANON_RATE", "120/minute")},
    # Client errors as RFC 9457 problem details (application/problem+json) naming the parameter at fault.
    "EXCEPTION_HANDLER": "relations_plugin.api.errors.problem_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Bilateral visits syndication API",
    "DESCRIPTION": "Visit packages (participants, programme, quotes, agreements, photos, articles) for partners: "
    "JSON, IPTC ninjs (2.2 and 3.1) and Atom.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": "/api/v1/",
    "COMPONENT_SPLIT_REQUEST": True,
    # Two choice sets share the field name "kind": each gets its own name (and check --deploy stays quiet).
    "ENUM_NAME_OVERRIDES": {
        "QuoteKindEnum": "relations_plugin.constants.QuoteKind",
        "AgreementKindEnum": "relations_plugin.constants.AgreementKind",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
