"""Under load: 16 connections for 60 s on the story page, the API list and the API detail, with a publish in the
middle, answer with no error and no timeout (``bench/load.py``), on PostgreSQL and Redis, as deployed.

The test starts a PostgreSQL, a Redis and gunicorn (2 workers) of its own on spare loopback ports, so it runs
whatever database the rest of the suite uses.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from django.test import SimpleTestCase

from .processes import ROOT, AppServer, Postgres, Redis, app_environment, manage


class LoadTests(SimpleTestCase):
    def test_sixty_seconds_at_sixteen_connections_with_a_publish_have_no_error_and_no_timeout(self):
        directory = Path(self.enterContext(tempfile.TemporaryDirectory(prefix="newsroom-load-")))
        postgres, redis = Postgres(directory), Redis(directory)
        postgres.init()
        postgres.start()
        self.addCleanup(postgres.stop)
        redis.start()
        self.addCleanup(redis.stop)
        # The load is one client: the anonymous API throttle would answer it 429 instead of measuring the site.
        env = app_environment(
            DATABASE_URL=postgres.url,
            REDIS_URL=redis.url,
            MEDIA_ROOT=str(directory / "media"),
            API_ANON_RATE="100000000/minute",
        )
        manage("migrate", "--noinput", env=env)
        manage("load_demo", env=env)
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
        report = json.loads(run.stdout.strip().splitlines()[-1])
        for name in ("story page", "API list", "API detail"):
            with self.subTest(name=name):
                self.assertEqual(set(report[name]["statuses"]), {"200"}, report[name])
