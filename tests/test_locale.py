"""Russian and Kazakh catalogues: complete for every string of the app and the host, compiled, and used by pages."""

import gettext
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from django.test import SimpleTestCase
from django.utils import translation

from .factories import build_story_package
from .utils import ApphookTestCase

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "relations_plugin"
HOST_LOCALE = ROOT / "newsroom" / "locale"
LANGUAGES = ["ru", "kk"]
CATALOGUES = [
    locale / language / "LC_MESSAGES" / "django.po"
    for locale in (APP / "locale", HOST_LOCALE)
    for language in LANGUAGES
]
# What makemessages and msgfmt need; without them the catalogues cannot be checked, which is a failure.
GETTEXT_TOOLS = ["xgettext", "msguniq", "msgmerge", "msgattrib", "msgfmt"]
MSGID = re.compile(r'^msgid "(.*)"$', re.M)


def require_gettext(test: SimpleTestCase) -> None:
    for tool in GETTEXT_TOOLS:
        test.assertIsNotNone(shutil.which(tool), f"{tool} is missing: install gettext (make test does)")


def makemessages(directory: Path) -> None:
    """Run makemessages for ru and kk in ``directory``, as a standalone app would (no project settings)."""
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    subprocess.run(
        [sys.executable, "-P", "-m", "django", "makemessages", "--no-obsolete", *(f"-l{lang}" for lang in LANGUAGES)],
        cwd=directory,
        env=env,
        check=True,
        capture_output=True,
    )


def msgids(po: Path, *options: str) -> list[str]:
    """The msgids of ``po`` that msgattrib selects with ``options``, the header left out."""
    selected = subprocess.run(
        ["msgattrib", "--no-wrap", *options, str(po)], check=True, capture_output=True, text=True
    ).stdout
    return [msgid for msgid in MSGID.findall(selected) if msgid]


class CatalogueCompletenessTests(SimpleTestCase):
    """makemessages over a copy of today's sources finds nothing the committed catalogues leave untranslated."""

    def assertComplete(self, locale: Path) -> None:
        for language in LANGUAGES:
            po = locale / language / "LC_MESSAGES" / "django.po"
            with self.subTest(catalogue=str(po.relative_to(po.parents[4]))):
                self.assertEqual(msgids(po, "--untranslated"), [], "untranslated: run makemessages and translate")
                self.assertEqual(msgids(po, "--only-fuzzy"), [], "fuzzy: check the translation, drop the flag")

    def test_the_app_catalogues_translate_every_string_of_the_app(self):
        require_gettext(self)
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "relations_plugin"
            shutil.copytree(APP, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
            makemessages(copy)
            self.assertComplete(copy / "locale")

    def test_the_host_catalogues_translate_every_string_of_the_templates_and_the_project(self):
        require_gettext(self)
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp)
            shutil.copytree(ROOT / "templates", copy / "templates")
            shutil.copytree(
                ROOT / "newsroom", copy / "newsroom", ignore=shutil.ignore_patterns("__pycache__", "locale", "static")
            )
            shutil.copytree(HOST_LOCALE, copy / "locale", ignore=shutil.ignore_patterns("*.mo"))
            makemessages(copy)
            self.assertComplete(copy / "locale")


class CompiledCatalogueTests(SimpleTestCase):
    def test_every_compiled_catalogue_matches_its_po_file(self):
        require_gettext(self)
        for po in CATALOGUES:
            with self.subTest(catalogue=str(po.relative_to(ROOT))), tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / "django.mo"
                subprocess.run(["msgfmt", "--check-format", "-o", str(fresh), str(po)], check=True)
                with fresh.open("rb") as expected, po.with_suffix(".mo").open("rb") as shipped:
                    self.assertEqual(
                        gettext.GNUTranslations(shipped)._catalog,
                        gettext.GNUTranslations(expected)._catalog,
                        "the .mo is stale: run compilemessages",
                    )

    def test_plural_forms_follow_each_language(self):
        with translation.override("ru"):
            forms = [
                translation.ngettext("%(years)s year", "%(years)s years", n) % {"years": n} for n in (1, 3, 5, 21)
            ]
            self.assertEqual(forms, ["1 год", "3 года", "5 лет", "21 год"])
        with translation.override("kk"):
            forms = [translation.ngettext("%(years)s year", "%(years)s years", n) % {"years": n} for n in (1, 5)]
            self.assertEqual(forms, ["1 жыл", "5 жыл"])


class TranslatedReaderPageTests(ApphookTestCase):
    def test_the_visit_list_reads_in_russian_and_kazakh_with_the_right_html_lang(self):
        headings = {"ru": "Двусторонние визиты", "kk": "Екіжақты сапарлар"}
        for language, heading in headings.items():
            with self.subTest(language=language):
                html = self.client.get(f"/{language}/relations/").content.decode()
                self.assertIn(f'<html lang="{language}">', html)
                self.assertIn(f"<h1>{heading}</h1>", html)
                self.assertNotIn("Bilateral visits", html)

    def test_a_kazakh_story_reads_its_interface_in_kazakh(self):
        build_story_package(author=self.editor, language="kk", slug="tokayev-belgradta")
        html = self.client.get("/kk/relations/visits/tokayev-belgradta/").content.decode()
        self.assertIn('<html lang="kk">', html)
        self.assertIn("Негізгі деректер", html)
        self.assertNotIn("Key facts", html)
