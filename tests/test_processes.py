"""Several app processes are the normal case: what one process publishes or unpublishes shows in all at once, even
when each has its own cache; a production site with a per-process cache is warned about."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from django.core.checks import Tags, run_checks
from django.db import connection
from django.test import SimpleTestCase, TransactionTestCase, override_settings

from relations_plugin import services
from relations_plugin.checks import check_cache_is_shared

from .browser import forget_content_type_ids
from .factories import UserFactory, build_story_package, create_apphook_page
from .processes import AppServer, app_environment

STORY = "/en/relations/visits/two-processes/"


class TwoProcessesTests(TransactionTestCase):
    """Two gunicorn processes on the test database, each with its own local-memory cache (no Redis)."""

    def start_servers(self) -> list[AppServer]:
        directory = Path(self.enterContext(tempfile.TemporaryDirectory(prefix="newsroom-processes-")))
        env = app_environment(PROCESS_TEST_DATABASE=str(connection.settings_dict["NAME"]))
        if os.environ.get("DATABASE_URL"):
            env["DATABASE_URL"] = os.environ["DATABASE_URL"]
        servers = [AppServer(env=env, log=directory / f"app-{n}.log") for n in (1, 2)]
        for server in servers:
            server.start()
            self.addCleanup(server.stop)
        return servers

    def setUp(self):
        forget_content_type_ids()  # an earlier TransactionTestCase's flush recreated content types under new ids

    def test_an_unpublish_disappears_from_both_processes_at_once(self):
        editor = UserFactory()
        create_apphook_page(user=editor)
        package = build_story_package(author=editor, slug="two-processes")
        servers = self.start_servers()
        for server in servers:
            self.assertEqual(server.get(STORY).status, 200)
            self.assertEqual(server.get(STORY).status, 200)
        # A write that sends no signal: each process keeps answering from its own cache, which shows it has one.
        type(package)._base_manager.filter(pk=package.pk).update(headline="Changed behind the caches")
        for server in servers:
            self.assertNotIn("Changed behind the caches", server.get(STORY).text())

        services.content_unpublish(content=package, by=editor)

        self.assertEqual([server.get(STORY).status for server in servers], [404, 404])


class SharedCacheCheckTests(SimpleTestCase):
    @override_settings(DEBUG=False, CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
    def test_a_per_process_cache_in_production_is_warned_about(self):
        self.assertEqual([warning.id for warning in check_cache_is_shared()], ["relations_plugin.W001"])

    @override_settings(DEBUG=False, CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
    def test_the_warning_is_a_deployment_check(self):
        deploy = run_checks(tags=[Tags.caches], include_deployment_checks=True)
        self.assertIn("relations_plugin.W001", [message.id for message in deploy])
        self.assertNotIn("relations_plugin.W001", [message.id for message in run_checks(tags=[Tags.caches])])

    @override_settings(DEBUG=True, CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
    def test_the_development_server_may_use_a_per_process_cache(self):
        self.assertEqual(check_cache_is_shared(), [])

    @override_settings(
        DEBUG=False,
        CACHES={"default": {"BACKEND": "newsroom.cache.ResilientRedisCache", "LOCATION": "redis://127.0.0.1:6379/0"}},
    )
    def test_a_shared_cache_passes(self):
        self.assertEqual(check_cache_is_shared(), [])
