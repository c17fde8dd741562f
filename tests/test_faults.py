"""Faults degrade, never 500: without the cache pages render uncached; without the database readers get the cached
page or a styled 503 with Retry-After; /healthz and /readyz tell liveness from readiness; all recovers by itself."""

from __future__ import annotations

import json
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from django.core.cache import cache
from django.db import OperationalError, connections
from django.test import SimpleTestCase, override_settings

from newsroom import cache as resilient_cache
from newsroom.outage import database_outage

from .factories import build_story_package
from .processes import AppServer, Postgres, Redis, app_environment, free_port, manage, wait_until
from .utils import ApphookTestCase

STORY = "/en/relations/visits/faults-story/"
LIST = "/en/relations/"
API_LIST = "/api/v1/visits/"
API_DETAIL = "/api/v1/visits/faults-story/"


@contextmanager
def database_down():
    """Every query fails as it does when PostgreSQL is stopped (connection refused)."""
    refused = OperationalError("connection to server failed: Connection refused")
    connection = connections["default"]
    with mock.patch.object(connection, "cursor", side_effect=refused):
        with mock.patch.object(connection, "chunked_cursor", side_effect=refused):
            yield


def dead_redis_cache() -> dict:
    """CACHES with the project's Redis backend pointed at a port nothing listens on."""
    return {
        "default": {
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }


@override_settings(RELATIONS_PLUGIN_PAGE_CACHE_SECONDS=300)
class FaultTestCase(ApphookTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.package = build_story_package(author=cls.editor, slug="faults-story")

    def setUp(self):
        super().setUp()
        self.reader = self.client_class(raise_request_exception=False)
        # The CMS marks its URLconf as changed (a query) when the first request after creating the apphook page ends.
        self.reader.get("/healthz")
        cache.clear()
        database_outage.last_failure = None


class DatabaseDownTests(FaultTestCase):
    def test_a_cached_story_page_is_served_while_the_database_is_down(self):
        cached = self.reader.get(STORY)
        self.assertEqual(cached.status_code, 200)

        with database_down():
            response = self.reader.get(STORY)

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, cached.content)

    def test_a_page_not_in_the_cache_is_a_styled_503_with_retry_after(self):
        with database_down():
            response = self.reader.get(STORY)

        self.assertEqual(response.status_code, 503)
        self.assertEqual(response["Retry-After"], "30")
        self.assertContains(response, "temporarily unavailable", status_code=503)
        self.assertContains(response, '<html lang="en">', status_code=503)
        self.assertNotContains(response, "Server Error (500)", status_code=503)

    def test_the_503_speaks_the_language_of_the_url(self):
        with database_down():
            response = self.reader.get("/ru/relations/")

        self.assertContains(response, '<html lang="ru">', status_code=503)

    def test_the_api_answers_503_in_json(self):
        for path in (API_LIST, API_DETAIL):
            with self.subTest(path=path), database_down():
                response = self.reader.get(path)
                self.assertEqual(response.status_code, 503)
                self.assertEqual(response["Retry-After"], "30")
                self.assertIn("detail", response.json())

    def test_a_reader_with_a_session_cookie_is_not_served_a_cached_page(self):
        self.reader.get(STORY)
        self.reader.cookies["sessionid"] = "an-editor-perhaps"  # telling who it is would need the database

        with database_down():
            response = self.reader.get(STORY)

        self.assertEqual(response.status_code, 503)

    def test_the_outage_is_logged_once_not_per_request(self):
        with self.assertLogs("newsroom.outage", "ERROR") as logs, database_down():
            for _ in range(3):
                self.reader.get(STORY)
                self.reader.get(API_LIST)

        self.assertEqual(len(logs.records), 1)

    def test_pages_answer_again_when_the_database_is_back(self):
        with database_down():
            self.assertEqual(self.reader.get(LIST).status_code, 503)

        self.assertEqual(self.reader.get(LIST).status_code, 200)


class HealthProbeTests(FaultTestCase):
    def test_healthz_answers_without_the_database(self):
        with database_down():
            response = self.reader.get("/healthz")

        self.assertEqual(response.status_code, 200)

    def test_readyz_is_ready_when_database_and_cache_answer(self):
        response = self.reader.get("/readyz")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok", "checks": {"database": "ok", "cache": "ok"}})

    def test_readyz_is_503_without_the_database(self):
        with database_down():
            response = self.reader.get("/readyz")

        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["checks"]["database"], "down")

    def test_readyz_is_503_without_the_cache(self):
        with self.settings(CACHES=dead_redis_cache()), self.assertLogs("newsroom.cache", "ERROR"):
            response = self.reader.get("/readyz")

        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["checks"], {"database": "ok", "cache": "down"})


class CacheDownTests(FaultTestCase):
    def test_pages_and_api_render_uncached_without_the_cache(self):
        with self.settings(CACHES=dead_redis_cache()), self.assertLogs("newsroom.cache", "ERROR"):
            for path in (STORY, LIST, API_LIST, API_DETAIL):
                with self.subTest(path=path):
                    self.assertEqual(self.reader.get(path).status_code, 200)
                    self.assertEqual(self.reader.get(path).status_code, 200)

    def test_the_outage_is_logged_once_not_per_request(self):
        with self.settings(CACHES=dead_redis_cache()), self.assertLogs("newsroom.cache", "ERROR") as logs:
            for _ in range(3):
                self.reader.get(STORY)
                self.reader.get(API_LIST)

        self.assertEqual(len(logs.records), 1)
        self.assertIn("unavailable", logs.records[0].getMessage())


class OutageTests(SimpleTestCase):
    def test_after_a_failure_redis_is_left_alone_until_the_retry_pause_ends(self):
        outage = resilient_cache.Outage("redis://test")
        clock = mock.patch.object(resilient_cache.time, "monotonic", return_value=100.0)
        with clock, self.assertLogs("newsroom.cache", "ERROR"):
            outage.failed(ConnectionError("refused"))
            self.assertTrue(outage.skip())
        with mock.patch.object(resilient_cache.time, "monotonic", return_value=100.0 + resilient_cache.RETRY_SECONDS):
            self.assertFalse(outage.skip())

    def test_recovery_is_logged_once(self):
        outage = resilient_cache.Outage("redis://test")
        with self.assertLogs("newsroom.cache", "ERROR"):
            outage.failed(ConnectionError("refused"))
        with self.assertLogs("newsroom.cache", "WARNING") as logs:
            outage.succeeded()
            outage.succeeded()

        self.assertEqual(len(logs.records), 1)
        self.assertIn("available again", logs.records[0].getMessage())


class RealServicesFaultTests(SimpleTestCase):
    """A real PostgreSQL, Redis and gunicorn of the test's own, stopped and restarted under a stream of requests."""

    def test_stopping_and_restarting_postgresql_and_redis_under_requests(self):
        directory = Path(self.enterContext(tempfile.TemporaryDirectory(prefix="newsroom-faults-")))
        postgres, redis = Postgres(directory), Redis(directory)
        postgres.init()
        postgres.start()
        self.addCleanup(postgres.stop)
        redis.start()
        self.addCleanup(redis.stop)
        # Anonymous API throttling counts in Redis; the stream of requests below must not be throttled.
        env = app_environment(DATABASE_URL=postgres.url, REDIS_URL=redis.url, API_ANON_RATE="100000/minute")
        manage("migrate", "--noinput", env=env)
        manage("load_demo", env=env)
        app = AppServer(env=env, log=directory / "app.log")
        app.start()
        self.addCleanup(app.stop)
        story = "/en/relations/visits/tokayev-official-visit-serbia-2024/"
        api_detail = "/api/v1/visits/tokayev-official-visit-serbia-2024/"
        never_cached = "/en/relations/kazakhstan-serbia/"
        statuses = Traffic(app, [story, "/api/v1/visits/", api_detail, "/healthz"])
        self.assertEqual(app.get(story).status, 200)
        self.assertEqual(app.get("/readyz").status, 200)
        statuses.start()
        self.addCleanup(statuses.stop)

        # Redis down: everything renders uncached; readiness says which service is missing.
        redis.stop()
        for path in (story, "/api/v1/visits/", api_detail, "/healthz"):
            self.assertEqual(app.get(path).status, 200, path)
        ready = app.get("/readyz")
        self.assertEqual((ready.status, json.loads(ready.body)["checks"]["cache"]), (503, "down"))
        redis.start()
        wait_until(lambda: app.get("/readyz").status == 200, "ready again after Redis restarted", timeout=30)

        # PostgreSQL down: the page cached before is served, anything else is a 503 with Retry-After.
        wait_until(lambda: app.get(story).status == 200 and redis.page_keys(), "the story in the page cache again")
        cached = app.get(story)
        postgres.stop()
        self.assertEqual(app.get(story).body, cached.body)
        for path in (never_cached, api_detail):
            answer = app.get(path)
            self.assertEqual(answer.status, 503, path)
            self.assertEqual(answer.headers["retry-after"], "30")
        self.assertIn("temporarily unavailable", app.get(never_cached).text())
        self.assertEqual(app.get("/healthz").status, 200)
        self.assertEqual(app.get("/readyz").status, 503)
        postgres.start()
        wait_until(lambda: app.get("/readyz").status == 200, "ready again after PostgreSQL restarted", timeout=30)
        self.assertEqual(app.get(never_cached).status, 200)

        statuses.stop()
        self.assertGreater(len(statuses.seen), 20)
        self.assertLessEqual(set(statuses.seen), {200, 503}, statuses.failures())
        log = (directory / "app.log").read_text()
        self.assertNotIn("Internal Server Error", log)
        # Once per outage and worker process, not once per request.
        self.assertLessEqual(log.count("Database unavailable"), app.workers, log[-3000:])
        self.assertLessEqual(log.count("unavailable, serving without it"), app.workers, log[-3000:])


class Traffic:
    """A thread asking the app for ``paths`` in turn until stopped, recording each status (-1: no answer in 30 s)."""

    def __init__(self, app: AppServer, paths: list[str]):
        self.app, self.paths = app, paths
        self.seen: list[int] = []
        self.errors: list[str] = []
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.stopping.is_set():
            for path in self.paths:
                try:
                    self.seen.append(self.app.get(path).status)
                except OSError as error:
                    self.seen.append(-1)
                    self.errors.append(f"{path}: {error}")

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=30)

    def failures(self) -> str:
        return f"statuses {sorted(set(self.seen))}; errors {self.errors[:5]}"
