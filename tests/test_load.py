"""Under load: 16 connections for 60 s on the story page, the API list and the API detail, with a publish in the
middle, answer with no error and no timeout (``bench/load.py``), on PostgreSQL and Redis, as deployed.

It runs where those are the test's database and cache (CI's second pass); on SQLite with a per-process cache it is
skipped, since that is not how a site under load is served.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from django.db import connection
from django.test import TransactionTestCase

from .browser import forget_content_type_ids
from .processes import ROOT, AppServer, app_environment


@unittest.skipUnless(
    connection.vendor == "postgresql" and os.environ.get("REDIS_URL"), "the load test runs on PostgreSQL with Redis"
)
class LoadTests(TransactionTestCase):
    def setUp(self):
        forget_content_type_ids()  # an earlier TransactionTestCase's flush recreated content types under new ids

    def test_sixty_seconds_at_sixteen_connections_with_a_publish_have_no_error_and_no_timeout(self):
        from newsroom.demo import load_demo

        load_demo()
        directory = Path(self.enterContext(tempfile.TemporaryDirectory(prefix="newsroom-load-")))
        env = app_environment(
            PROCESS_TEST_DATABASE=str(connection.settings_dict["NAME"]),
            DATABASE_URL=os.environ["DATABASE_URL"],
            REDIS_URL=os.environ["REDIS_URL"],
        )
        server = AppServer(env=env, log=directory / "app.log", workers=2)
        server.start()
        self.addCleanup(server.stop)

        run = subprocess.run(
            [sys.executable, "bench/load.py", "--url", f"http://127.0.0.1:{server.port}", "--seconds", "60"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
        )

        sys.stdout.write(run.stdout)  # the figures, in the test log
        self.assertEqual(run.returncode, 0, f"{run.stdout}\n{run.stderr[-3000:]}\n{server.log.read_text()[-3000:]}")
