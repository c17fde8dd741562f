"""The app installs into another django CMS site with only what the README lists."""

import subprocess
import sys
from pathlib import Path

from django.core.management import call_command
from django.test import SimpleTestCase, TestCase

ROOT = Path(__file__).resolve().parent.parent


class InstallIntoAnotherSiteTests(SimpleTestCase):
    def test_bare_site_migrates_checks_and_serves_a_published_package(self):
        result = subprocess.run(
            [sys.executable, "-m", "tests.site.smoke"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
        )
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr[-3000:])
        self.assertIn("story page: ok", result.stdout)
        self.assertIn("API: ok", result.stdout)


class MigrationTests(TestCase):
    def test_models_and_migrations_agree(self):
        call_command("makemigrations", "relations_plugin", check=True, dry_run=True, verbosity=0)

    def test_every_migration_has_a_name(self):
        names = [path.stem for path in (ROOT / "relations_plugin" / "migrations").glob("0*.py")]
        self.assertTrue(names)
        self.assertFalse([name for name in names if "auto_" in name], "migrations are named, never auto_<date>")
