"""Settings of the task worker process that tests/test_webhooks.py starts: the host project's settings on the
test database (its name in WORKER_TEST_DATABASE), with retry delays short enough for a test."""

import os

from newsroom.settings import *  # noqa: F403 - the host project's settings, changed below

DATABASES["default"]["NAME"] = os.environ["WORKER_TEST_DATABASE"]  # noqa: F405
RELATIONS_PLUGIN_WEBHOOK_BACKOFF_SECONDS = 0.3
RELATIONS_PLUGIN_WEBHOOK_MAX_ATTEMPTS = 50
RELATIONS_PLUGIN_WEBHOOK_TIMEOUT_SECONDS = 2
RELATIONS_PLUGIN_SITE_URL = os.environ["WORKER_SITE_URL"]
