"""Settings of the app servers that tests/test_faults.py and tests/test_processes.py start (gunicorn processes).

The host project's settings, with two changes: static URLs that need no ``collectstatic`` run (building the
manifest takes a minute and is not what these tests are about), and, when PROCESS_TEST_DATABASE names one, the
test process's own database.
"""

import os

from newsroom.settings import *  # noqa: F403 - the host project's settings, changed below

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
if os.environ.get("PROCESS_TEST_DATABASE"):
    DATABASES["default"]["NAME"] = os.environ["PROCESS_TEST_DATABASE"]  # noqa: F405
