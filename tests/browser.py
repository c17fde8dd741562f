"""Base of the browser tests: Debian's headless Chromium driven by Playwright against a live test server.

Chromium and axe-core are required (``make browser`` installs them): a missing one fails these tests.
"""

import os
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.staticfiles.testing import StaticLiveServerTestCase

# Playwright's sync API runs an event loop in this thread; Django's ORM must still be usable from it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def forget_content_type_ids():
    """The flush after each live-server test recreates content types under new ids; drop every cached id
    (Django's and djangocms-versioning's ``VersionableItem.content_types``)."""
    ContentType.objects.clear_cache()
    for versionable in apps.get_app_config("djangocms_versioning").cms_extension.versionables:
        versionable.__dict__.pop("content_types", None)


class ChromiumTestCase(StaticLiveServerTestCase):
    """One headless Chromium for the class; each test starts from fresh content-type ids."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not CHROMIUM.exists():
            raise AssertionError(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium).")
        if not AXE.exists():
            raise AssertionError(f"{AXE} is missing: run `make browser` (npm ci).")
        from playwright.sync_api import sync_playwright

        cls.playwright = sync_playwright().start()
        cls.browser = cls.playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        cls.playwright.stop()
        super().tearDownClass()

    def setUp(self):
        forget_content_type_ids()

    def new_page(self, width: int = 1280, height: int = 900):
        # The tests inject axe-core as a <script> tag, which the reader pages' CSP refuses (no inline scripts);
        # tests/test_deploy.py checks the pages carry no inline code of their own.
        context = self.browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
        self.addCleanup(context.close)
        return context.new_page()
