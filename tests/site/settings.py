"""An existing django CMS site that adds relations_plugin exactly as the README says, and nothing more.

A plain django CMS 5 installation (the documented minimum) plus the "Add the app to your site" block.
"""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
SECRET_KEY = "site-test-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
ROOT_URLCONF = "tests.site.urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
SITE_ID = 1
USE_TZ = True
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
# The app's per-language names (django-modeltranslation) have columns for the languages its agencies publish in.
MODELTRANSLATION_LANGUAGES = ("en", "ru", "kk")
CMS_TEMPLATES = [("page.html", "Page")]
SILENCED_SYSTEM_CHECKS = ["treebeard.E001"]
X_FRAME_OPTIONS = "SAMEORIGIN"
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The site before relations_plugin: django CMS core.
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
    "cms",
    "menus",
    "treebeard",
    "sekizai",
]
# README, "Add the app to your site": exactly the apps listed there.
INSTALLED_APPS += [
    "djangocms_versioning",
    "djangocms_timed_publishing",
    "djangocms_text",
    "filer",
    "easy_thumbnails",
    "django_countries",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "relations_plugin",
]

MIDDLEWARE = [
    "cms.middleware.utils.ApphookReloadMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.middleware.user.CurrentUserMiddleware",
    "cms.middleware.page.CurrentPageMiddleware",
    "cms.middleware.toolbar.ToolbarMiddleware",
    "cms.middleware.language.LanguageCookieMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
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

# README, "Add the app to your site": the API's policy.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "relations_plugin.api.schema.SyndicationAutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_AUTHENTICATION_CLASSES": ["relations_plugin.api.authentication.PartnerTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": [
        "relations_plugin.api.throttling.AnonymousRateThrottle",
        "relations_plugin.api.throttling.PartnerRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": "120/minute"},
    "EXCEPTION_HANDLER": "relations_plugin.api.errors.problem_exception_handler",
}
FILER_ADD_FILE_VALIDATORS = {
    mime_type: ["relations_plugin.images.filer_upload_validator"]
    for mime_type in ("image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/avif", "image/heic")
}
