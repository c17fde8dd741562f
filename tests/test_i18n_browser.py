"""The reader pages in Russian and Kazakh: accessible, in the right language, switching to the same story, and with
every interface string of the app and the host translated.

The browser tests drive Debian's headless Chromium with axe-core (tests/browser.py); the catalogue test needs no
browser: it records each msgid looked up while the pages render and checks it against the active catalogue.
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

import cms
import django
import djangocms_versioning
import menus
from cms.utils.apphook_reload import reload_urlconf
from django.conf import settings
from django.template.base import Node
from django.test import TestCase
from django.utils import translation
from django.utils.translation import trans_real

from newsroom.demo import ARTICLE_SLUG, VISIT_SLUG, load_demo

from . import test_browser
from .browser import AXE, ChromiumTestCase

LANGUAGES = ("ru", "kk")
PAGES = {
    "story": f"relations/visits/{VISIT_SLUG}/",
    "hub": "relations/kazakhstan-serbia/",
    "person": "relations/people/kassym-jomart-tokayev/",
    "article": f"relations/articles/{ARTICLE_SLUG}/",
    "list": "relations/",
}


def page_path(language: str, page: str) -> str:
    return f"/{language}/{PAGES[page]}"


class ReaderPagesInRussianAndKazakhBrowserTests(ChromiumTestCase):
    """The demo in its three languages; one browser for the class."""

    def setUp(self):
        super().setUp()
        load_demo()
        reload_urlconf()
        self.page = self.new_page()

    def open(self, path: str) -> None:
        response = self.page.goto(f"{self.live_server_url}{path}", wait_until="load")
        self.assertEqual(response.status, 200, path)

    def axe_violations(self) -> list[str]:
        self.page.add_script_tag(path=str(AXE))
        result = self.page.evaluate(
            """async (tags) => {
                const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
                return {violations: r.violations, passes: r.passes.length};
            }""",
            test_browser.WCAG_TAGS,
        )
        self.assertGreater(result["passes"], 10, "axe-core ran its WCAG rules")
        return [
            f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
        ]

    def test_story_hub_person_article_and_list_pages_are_accessible_and_in_their_language(self):
        for language in LANGUAGES:
            for page in PAGES:
                with self.subTest(language=language, page=page):
                    self.open(page_path(language, page))
                    self.assertEqual(self.page.locator("html").get_attribute("lang"), language)
                    self.assertEqual(self.axe_violations(), [])

    def test_a_click_on_the_language_switcher_lands_on_the_same_story_in_that_language(self):
        self.open(page_path("en", "story"))
        for language in ("ru", "kk", "en"):
            with self.subTest(language=language):
                self.page.locator(f'header nav a[hreflang="{language}"]').click()
                self.page.wait_for_load_state("load")
                self.assertEqual(self.page.url, f"{self.live_server_url}{page_path(language, 'story')}")
                self.assertEqual(self.page.locator("html").get_attribute("lang"), language)


ROOT = Path(settings.BASE_DIR).resolve()
DJANGO_AND_CMS = [Path(module.__file__).resolve().parent for module in (django, cms, menus, djangocms_versioning)]
OWN_CODE = [ROOT / "relations_plugin", ROOT / "newsroom", ROOT / "templates"]
# Frames between a lookup and whoever asked for it: the translation functions, lazy strings and their conversion
# to text, the template engine.
ENGINE_AND_TRANSLATION = (
    "django/utils/translation",
    "django/utils/functional.py",
    "django/utils/encoding.py",
    "django/template/",
)


def is_django_or_cms(name: str) -> bool:
    """A file of Django or django CMS (their code or templates), which this project does not translate."""
    path = Path(name).resolve()
    return any(path.is_relative_to(directory) for directory in DJANGO_AND_CMS)


def own_python_source() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for directory in OWN_CODE for path in directory.rglob("*.py"))


class MsgidRecorder:
    """Every msgid looked up through ``django.utils.translation`` while active, and whether it is the site's own:
    a string literal of the app's or the host's Python code (lazy strings are looked up later, by whoever renders
    them), or a lookup asked for by anything but Django and django CMS (a template of the app or the host, their
    Python code, or a library they use for their pages, such as django-countries' country names)."""

    FUNCTIONS = {"gettext": 0, "ngettext": 0, "pgettext": 1, "npgettext": 1}  # where the msgid is among the arguments

    def __init__(self, source: str):
        self.source = source
        self.own: set[tuple[str, str]] = set()  # (context, msgid)
        self.others: set[tuple[str, str]] = set()

    def __enter__(self):
        self.patches = []
        trans = translation._trans
        for name, position in self.FUNCTIONS.items():
            original = getattr(trans, name)
            patch = mock.patch.object(trans, name, self._recording(original, position))
            patch.start()
            self.patches.append(patch)
        return self

    def __exit__(self, *exc):
        for patch in reversed(self.patches):
            patch.stop()

    def _recording(self, original, position: int):
        def record(*args, **kwargs):
            context = args[0] if position == 1 else ""
            msgid = str(args[position])
            (self.own if self._asked_by_own_code(msgid) else self.others).add((context, msgid))
            return original(*args, **kwargs)

        return record

    def _asked_by_own_code(self, msgid: str) -> bool:
        if self._literal_in_own_code(msgid):
            return True
        frame = sys._getframe(2)
        while frame is not None:
            node = frame.f_locals.get("self")
            if isinstance(node, Node) and getattr(node, "origin", None) is not None:
                return not is_django_or_cms(str(node.origin.name))
            filename = frame.f_code.co_filename
            if not any(part in filename for part in ENGINE_AND_TRANSLATION):
                return not is_django_or_cms(filename)
            frame = frame.f_back
        return False

    def _literal_in_own_code(self, msgid: str) -> bool:
        return f'"{msgid}"' in self.source or f"'{msgid}'" in self.source


def is_translated(language: str, context: str, msgid: str) -> bool:
    catalog = trans_real.translation(language)._catalog
    key = f"{context}\x04{msgid}" if context else msgid
    return bool(catalog.get(key) or catalog.get((key, 0)))


class ReaderPagesInterfaceStringsTests(TestCase):
    """No interface string of the app or the host reads in English on a Russian or Kazakh reader page.

    Strings of Django and django CMS themselves are left out when untranslated: Django and django CMS ship no
    complete Kazakh catalogue, and they are not the app's to translate.
    """

    @classmethod
    def setUpTestData(cls):
        load_demo()

    def setUp(self):
        reload_urlconf()

    def test_every_msgid_the_app_and_the_host_use_on_the_reader_pages_is_translated(self):
        source = own_python_source()
        for language in LANGUAGES:
            # The client's requests leave their language active in this thread; give the next tests theirs back.
            with MsgidRecorder(source) as recorder, translation.override(translation.get_language()):
                for page in PAGES:
                    path = page_path(language, page)
                    self.assertEqual(self.client.get(path).status_code, 200, path)
            with self.subTest(language=language):
                self.assertGreater(len(recorder.own), 20, "the pages' own strings were recorded")
                untranslated = sorted(
                    msgid for context, msgid in recorder.own if not is_translated(language, context, msgid)
                )
                self.assertEqual(untranslated, [], f"msgids without a {language} translation")
