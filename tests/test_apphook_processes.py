"""A CMS page translation and an apphook published in one process answer at once from another server process.

The editor's process and a reader's server are different processes (gunicorn workers, several app servers): each
holds its own URLconf. A second server runs here against the test database and is never restarted.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cms.api import create_page, create_page_content
from django.db import connection, transaction
from django.test import TransactionTestCase
from djangocms_versioning.models import Version

from relations_plugin import services, translations

from .browser import forget_content_type_ids
from .factories import UserFactory, build_story_package
from .processes import AppServer, app_environment

STORY = "tokayev-in-belgrade"


def second_server_environment() -> dict[str, str]:
    """The app server's settings on this test's database (and Redis, when the suite runs with one)."""
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite":
        return app_environment(DATABASE_URL=f"sqlite:///{name}")
    values = {"DATABASE_URL": os.environ["DATABASE_URL"], "PROCESS_TEST_DATABASE": name}
    if os.environ.get("REDIS_URL"):
        values["REDIS_URL"] = os.environ["REDIS_URL"]
    return app_environment(**values)


def publish_page(page, language: str, user) -> None:
    Version.objects.get_for_content(page.get_admin_content(language)).publish(user)


class ApphookAcrossProcessesTests(TransactionTestCase):
    def setUp(self):
        forget_content_type_ids()
        self.editor = UserFactory(is_superuser=True, is_staff=True)
        home = create_page("Newsroom", "page.html", "en", created_by=self.editor, in_navigation=True)
        publish_page(home, "en", self.editor)
        with transaction.atomic():
            home.set_as_homepage(self.editor)
        english = build_story_package(author=self.editor, slug=STORY)
        russian = translations.visit_content_translate(source=english, language="ru", by=self.editor)
        services.content_publish(content=russian, by=self.editor)
        directory = Path(self.enterContext(tempfile.TemporaryDirectory(prefix="newsroom-apphooks-")))
        self.server = AppServer(env=second_server_environment(), log=directory / "app.log")
        self.server.start()
        self.addCleanup(self.server.stop)

    def status(self, path: str) -> int:
        return self.server.get(path).status

    def test_a_new_russian_page_and_an_apphook_answer_from_the_other_server_without_a_restart(self):
        # The other server has loaded its URLconf: no apphook, no Russian page yet.
        self.assertEqual(self.status("/en/"), 200)
        self.assertEqual(self.status("/ru/relations/"), 404)
        self.assertEqual(self.status("/ru/about/"), 404)

        about = create_page("About us", "page.html", "en", created_by=self.editor, slug="about")
        publish_page(about, "en", self.editor)
        create_page_content("ru", "О редакции", about, created_by=self.editor, slug="about")
        publish_page(about, "ru", self.editor)
        relations = create_page(
            "Bilateral relations",
            "page.html",
            "en",
            created_by=self.editor,
            slug="relations",
            apphook="RelationsApphook",
            apphook_namespace="relations_plugin",
        )
        publish_page(relations, "en", self.editor)
        create_page_content("ru", "Двусторонние отношения", relations, created_by=self.editor, slug="relations")
        publish_page(relations, "ru", self.editor)

        for path in (
            "/ru/about/",
            "/ru/relations/",
            f"/ru/relations/visits/{STORY}/",
            f"/en/relations/visits/{STORY}/",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.status(path), 200)
