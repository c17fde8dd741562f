"""Settings come from the environment, and the app's settings are read at call time."""

import os

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import SimpleTestCase, TestCase, override_settings

from relations_plugin.conf import get_setting


class EnvironmentTests(TestCase):
    def test_database_is_the_one_database_url_names(self):
        url = os.environ.get("DATABASE_URL", "")
        expected = "postgresql" if url.startswith("postgres") else "sqlite"
        self.assertEqual(connection.vendor, expected)

    def test_cache_is_redis_when_redis_url_is_set(self):
        backend = settings.CACHES["default"]["BACKEND"]
        if os.environ.get("REDIS_URL"):
            self.assertEqual(backend, "newsroom.cache.ResilientRedisCache")  # django-redis, serving on without Redis
        else:
            self.assertEqual(backend, "django.core.cache.backends.locmem.LocMemCache")
        cache.set("relations-plugin-settings-test", "ok", 5)
        self.assertEqual(cache.get("relations-plugin-settings-test"), "ok")

    def test_site_speaks_english_russian_and_kazakh(self):
        self.assertEqual([code for code, _ in settings.LANGUAGES], ["en", "ru", "kk"])


class AppSettingsTests(SimpleTestCase):
    def test_default_is_used_without_a_project_setting(self):
        self.assertEqual(get_setting("PAGINATE_BY"), 12)

    @override_settings(RELATIONS_PLUGIN_PAGINATE_BY=3)
    def test_project_setting_is_read_at_call_time(self):
        self.assertEqual(get_setting("PAGINATE_BY"), 3)
