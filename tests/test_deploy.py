"""Production: check --deploy is clean with the README's environment, reader pages carry a strict CSP and the other
security headers, feeds are cacheable, large admin posts are explained, and make serve runs what production needs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from django.test import TestCase, override_settings
from django.urls import reverse

from .factories import build_story_package
from .utils import ApphookTestCase

ROOT = Path(__file__).resolve().parent.parent
STORY = "/en/relations/visits/deploy-story/"
# The environment README's "Deployment" section documents (hosts and secrets are examples).
PRODUCTION_ENV = {
    "SECRET_KEY": "k7#Qz!w2@Lr9$Vx4%Tn8^Bm3&Hc6*Jp1(Fd5)Gs0-Yu+Ae=Wi.Zo",
    "DEBUG": "0",
    "HTTPS": "1",
    "ALLOWED_HOSTS": "news.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://news.example.org",
    "DATABASE_URL": "postgres://newsroom@db.example.org:5432/newsroom",
    "REDIS_URL": "redis://cache.example.org:6379/0",
    "AWS_STORAGE_BUCKET_NAME": "newsroom-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
    "AWS_S3_CUSTOM_DOMAIN": "media.example.org",
}
# Executable inline code a strict CSP refuses: <script> without src (JSON-LD data blocks are not run), <style>,
# style attributes and event handler attributes.
INLINE_CODE = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>|<style\b|\sstyle=|\son[a-z]+=", re.IGNORECASE
)


class DeployCheckTests(TestCase):
    def test_check_deploy_prints_no_warning_with_the_documented_environment(self):
        env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **PRODUCTION_ENV}
        result = subprocess.run(
            [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

        self.assertEqual(result.returncode, 0, result.stdout + result.stderr[-3000:])
        self.assertIn("System check identified no issues", result.stdout)

    def test_make_serve_collects_static_migrates_and_runs_gunicorn_and_the_task_worker(self):
        result = subprocess.run(
            ["make", "-n", "serve"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            env={"PATH": "/usr/bin:/bin"},
        )
        commands = result.stdout

        for expected in ("collectstatic --noinput", "migrate --noinput", "check --deploy", "db_worker"):
            self.assertIn(expected, commands)
        self.assertRegex(commands, r"gunicorn newsroom\.wsgi --bind \S+ --workers [1-9]")

    def test_gunicorn_is_pinned(self):
        self.assertRegex((ROOT / "requirements.txt").read_text(), r"(?m)^gunicorn==\d+\.\d+\.\d+$")


class SecurityHeadersTestCase(ApphookTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        build_story_package(author=cls.editor, slug="deploy-story")


class ReaderSecurityHeadersTests(SecurityHeadersTestCase):
    def test_reader_pages_have_a_csp_without_unsafe_inline(self):
        for path in (STORY, "/en/relations/", "/en/relations/kazakhstan-serbia/"):
            with self.subTest(path=path):
                response = self.client.get(path)
                policy = response["Content-Security-Policy"]
                self.assertIn("script-src 'self'", policy)
                self.assertIn("style-src 'self'", policy)
                self.assertIn("frame-ancestors 'none'", policy)
                self.assertNotIn("unsafe-inline", policy)
                self.assertNotIn("unsafe-eval", policy)

    def test_reader_pages_carry_no_inline_code_the_csp_would_refuse(self):
        for path in (STORY, "/en/relations/", "/en/relations/kazakhstan-serbia/", "/en/"):
            with self.subTest(path=path):
                html = self.client.get(path).content.decode()
                self.assertEqual(INLINE_CODE.findall(html), [])

    def test_reader_pages_may_not_be_framed_and_use_no_browser_features(self):
        response = self.client.get(STORY)

        self.assertEqual(response["X-Frame-Options"], "DENY")
        self.assertIn("camera=()", response["Permissions-Policy"])
        self.assertIn("geolocation=()", response["Permissions-Policy"])

    def test_the_admin_may_be_framed_by_the_site_itself_for_the_cms_sideframe(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("admin:index"))

        self.assertEqual(response["X-Frame-Options"], "SAMEORIGIN")
        self.assertNotIn("Content-Security-Policy", response)

    def test_staff_with_the_cms_toolbar_get_no_reader_csp(self):
        self.client.force_login(self.editor)

        response = self.client.get(STORY + "?toolbar_on")

        self.assertNotIn("Content-Security-Policy", response)

    def test_the_api_docs_run_their_own_scripts(self):
        response = self.client.get("/api/v1/docs/")

        self.assertEqual(response.status_code, 200)
        self.assertNotIn("Content-Security-Policy", response)

    def test_feeds_may_be_cached_for_a_minute(self):
        response = self.client.get("/api/v1/feeds/en/visits/")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Cache-Control"], "public, max-age=60")

    @override_settings(SECURE_SSL_REDIRECT=True, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
    def test_behind_the_proxy_plain_http_is_redirected_and_https_is_served(self):
        self.assertEqual(self.client.get(STORY).status_code, 301)
        self.assertEqual(self.client.get(STORY, headers={"x-forwarded-proto": "https"}).status_code, 200)


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=2_000, DATA_UPLOAD_MAX_NUMBER_FIELDS=50)
class LargeAdminPostTests(SecurityHeadersTestCase):
    """A post past the limits is explained on a page of its own (413); the editor's text stays in the form behind."""

    def url(self) -> str:
        return reverse("admin:relations_plugin_relation_add")

    def test_a_post_over_the_size_limit_is_explained(self):
        self.client.force_login(self.editor)

        response = self.client.post(self.url(), {"description": "x" * 5_000})

        self.assertContains(response, "This form is too large to save", status_code=413)
        self.assertContains(response, "Back button", status_code=413)
        self.assertContains(response, "at most 2.0\xa0KB", status_code=413)

    def test_a_post_over_the_field_limit_is_explained(self):
        self.client.force_login(self.editor)

        response = self.client.post(self.url(), {f"field-{n}": "x" for n in range(60)})

        self.assertContains(response, "in at most 50 fields", status_code=413)


class DefaultPostLimitTests(SecurityHeadersTestCase):
    def test_a_three_megabyte_post_reaches_the_form_and_comes_back_in_it(self):
        self.client.force_login(self.editor)
        text = "Wire copy pasted whole. " * 125_000  # 3 MB

        response = self.client.post(reverse("admin:relations_plugin_partner_add"), {"name": text})

        self.assertEqual(response.status_code, 200)  # the form again, with its errors (the name is too long)
        self.assertEqual(response.context["adminform"].form["name"].value(), text)
