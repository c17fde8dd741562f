"""Sign-in limits: per account and per address, a rotating X-Forwarded-For buys nothing, and the refusal names
neither the account nor the password."""

from __future__ import annotations

import re

from django.conf import settings
from django.test import TestCase
from django.urls import reverse

from .factories import UserFactory

PASSWORD = "secret-password"
LOCKED = "Too many failed sign-in attempts"
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


class LoginAttemptTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="desk-editor")
        cls.other = UserFactory(username="night-editor")

    def sign_in(self, username: str, password: str, address: str = "198.51.100.1", forwarded: str = ""):
        extra = {"REMOTE_ADDR": address}
        if forwarded:
            extra["HTTP_X_FORWARDED_FOR"] = forwarded
        return self.client.post(
            reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"}, **extra
        )

    def assertSignedOut(self):
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_the_right_password_works(self):
        self.assertEqual(self.sign_in("desk-editor", PASSWORD).status_code, 302)
        self.assertIn("_auth_user_id", self.client.session)

    def test_after_the_limit_the_right_password_is_refused_too(self):
        statuses = [
            self.sign_in("desk-editor", f"guess-{n}", forwarded=f"203.0.113.{n}").status_code
            for n in range(settings.AXES_FAILURE_LIMIT)
        ]
        self.assertEqual(statuses, [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429])  # the last failure locks

        response = self.sign_in("desk-editor", PASSWORD, forwarded="203.0.113.99")

        self.assertEqual(response.status_code, 429)
        self.assertContains(response, LOCKED, status_code=429)
        self.assertSignedOut()

    def test_an_account_is_limited_whatever_the_address(self):
        for n in range(settings.AXES_FAILURE_LIMIT):
            self.sign_in("desk-editor", f"guess-{n}", address=f"198.51.100.{n + 10}")

        self.assertEqual(self.sign_in("desk-editor", PASSWORD, address="198.51.100.200").status_code, 429)
        self.assertSignedOut()

    def test_an_address_is_limited_whatever_the_account(self):
        for n in range(settings.AXES_FAILURE_LIMIT):
            self.sign_in(f"someone-{n}", "guess", forwarded=f"203.0.113.{n}")

        self.assertEqual(self.sign_in("night-editor", PASSWORD, forwarded="203.0.113.50").status_code, 429)
        self.assertSignedOut()
        self.assertEqual(self.sign_in("night-editor", PASSWORD, address="198.51.100.77").status_code, 302)

    def test_the_messages_do_not_say_which_part_was_wrong(self):
        wrong_password = CSRF_TOKEN.sub("", self.sign_in("desk-editor", "guess").content.decode())
        unknown_user = CSRF_TOKEN.sub("", self.sign_in("nobody-here", "guess").content.decode())
        self.assertIn("correct username and password", wrong_password)
        self.assertEqual(wrong_password.replace("desk-editor", "X"), unknown_user.replace("nobody-here", "X"))

        for n in range(settings.AXES_FAILURE_LIMIT):
            self.sign_in("desk-editor", f"guess-{n}")
        locked = self.sign_in("desk-editor", PASSWORD).content.decode()
        self.assertIn(LOCKED, locked)
        for revealing in ("password", "username", "desk-editor", "account"):
            self.assertNotIn(revealing, locked.lower())
