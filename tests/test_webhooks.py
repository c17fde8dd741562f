"""Partner webhooks: events made by publishing through the admin, signed (Standard Webhooks), delivered in order by
the task worker, retried with backoff, logged per partner, redelivered from the admin."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.db import connection
from django.test import TestCase, TransactionTestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from djangocms_versioning import constants as vc
from djangocms_versioning.models import Version
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from relations_plugin import services, webhooks
from relations_plugin.constants import DeliveryStatus, WebhookEvent
from relations_plugin.models import WebhookDelivery, WebhookEndpoint

from .browser import forget_content_type_ids
from .factories import PartnerFactory, UserFactory, VisitContentFactory, VisitFactory

ROOT = Path(settings.BASE_DIR)
WAIT_SECONDS = 60


class Receiver:
    """A partner's webhook receiver on 127.0.0.1: verifies each request's signature with the secret of its path."""

    def __init__(self, secrets: dict[str, str], port: int = 0):
        self.secrets = secrets
        self.received: list[tuple[str, dict]] = []
        self.rejected: list[str] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                try:
                    payload = Webhook(receiver.secrets[self.path]).verify(body, dict(self.headers))
                except (KeyError, WebhookVerificationError) as error:
                    with receiver.lock:
                        receiver.rejected.append(f"{self.path}: {error}")
                    self.send_response(400)
                else:
                    with receiver.lock:
                        receiver.received.append((self.path, {**payload, "id": self.headers["webhook-id"]}))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def events(self, path: str) -> list[tuple[str, str]]:
        with self.lock:
            return [(p["type"], p["data"]["slug"]) for at, p in self.received if at == path]


def wait_until(condition, what: str):
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"Waited {WAIT_SECONDS}s for {what}")
        time.sleep(0.1)


def timed_form(start: datetime.datetime) -> dict:
    local = timezone.localtime(start)
    return {"visibility_start_0": local.strftime("%Y-%m-%d"), "visibility_start_1": local.strftime("%H:%M:%S")}


@override_settings(RELATIONS_PLUGIN_SITE_URL="https://news.example.org")
class WebhookEndToEndTests(TransactionTestCase):
    """A real worker process (``manage.py db_worker``) and a real HTTP receiver; everything through the admin."""

    def setUp(self):
        forget_content_type_ids()
        self.editor = UserFactory(username="chief-editor")
        self.client.force_login(self.editor)
        self.receiver = Receiver({})
        self.addCleanup(lambda: self.receiver.stop())
        self.embargo_partner = PartnerFactory(name="Wire with embargo", can_see_embargoed=True)
        self.partner = PartnerFactory(name="Portal")
        for partner, path in [(self.embargo_partner, "/embargo"), (self.partner, "/portal")]:
            endpoint = WebhookEndpoint.objects.create(partner=partner, url=self.receiver.url(path))
            self.receiver.secrets[path] = endpoint.secret
        self.worker = self.start_worker()

    def start_worker(self) -> subprocess.Popen:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
            "WORKER_TEST_DATABASE": str(connection.settings_dict["NAME"]),
            "WORKER_SITE_URL": "https://news.example.org",
            "SECRET_KEY": "worker-test-key",
        }
        command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.1"]
        worker = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )

        def stop():
            worker.terminate()
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
            worker.stderr.close()

        self.addCleanup(stop)
        return worker

    def version_url(self, action: str, content) -> str:
        version = Version.objects.get_for_content(content)
        return reverse(f"admin:djangocms_versioning_visitcontentversion_{action}", args=[version.pk])

    def publish(self, content, start=None):
        """Publish now, or with a go-live time, as an editor does in the version list."""
        version = Version.objects.get_for_content(content)
        url = self.version_url("timed_publish" if start else "publish", content)
        # Publishing only records deliveries and enqueues them: no HTTP request from the publishing process.
        with mock.patch.object(webhooks, "_post", side_effect=AssertionError("publishing made an HTTP request")):
            response = self.client.post(url, timed_form(start) if start else {})
        self.assertIn(response.status_code, (200, 302), response.content[:500])
        self.assertEqual(Version.objects.get(pk=version.pk).state, vc.PUBLISHED)

    def new_draft(self, content, note: str):
        self.client.post(self.version_url("edit_redirect", content))
        draft = Version.objects.filter_by_content_grouping_values(content).get(state=vc.DRAFT).content
        type(draft)._base_manager.filter(pk=draft.pk).update(correction_note=note)
        return draft

    def wait_for(self, path: str, count: int):
        wait_until(
            lambda: len(self.receiver.events(path)) >= count or self.worker.poll() is not None,
            f"{count} events at {path}; got {self.receiver.events(path)}",
        )
        if self.worker.poll() is not None:
            raise AssertionError(f"The worker stopped: {self.worker.stderr.read()[-2000:]}")

    def test_each_event_once_in_order_signed_and_retried_until_the_receiver_is_back(self):
        first = VisitContentFactory(author=self.editor, slug="first-visit", visit=VisitFactory())
        self.publish(first)
        correction = self.new_draft(first, "The city of the talks was corrected.")
        self.publish(correction)
        self.wait_for("/portal", 2)

        embargoed = VisitContentFactory(author=self.editor, slug="embargoed-visit", visit=VisitFactory())
        go_live = timezone.now() + datetime.timedelta(seconds=3)
        self.publish(embargoed, go_live)
        self.wait_for("/embargo", 4)  # published with the embargo time, then lifted at the go-live time
        self.wait_for("/portal", 3)  # the partner without embargo access hears of it at the go-live time
        correction_version = Version.objects.get_for_content(correction)
        self.client.post(self.version_url("unpublish", correction))
        self.assertEqual(Version.objects.get(pk=correction_version.pk).state, vc.UNPUBLISHED)
        self.wait_for("/embargo", 5)
        self.wait_for("/portal", 4)

        P, C, U, L = (WebhookEvent.PUBLISHED, WebhookEvent.CORRECTED, WebhookEvent.UNPUBLISHED,
                      WebhookEvent.EMBARGO_LIFTED)  # fmt: skip
        expected_embargo = [
            (P, "first-visit"),
            (C, "first-visit"),
            (P, "embargoed-visit"),
            (L, "embargoed-visit"),
            (U, "first-visit"),
        ]
        self.assertEqual(self.receiver.events("/embargo"), expected_embargo)
        expected_portal = [(P, "first-visit"), (C, "first-visit"), (P, "embargoed-visit"), (U, "first-visit")]
        self.assertEqual(self.receiver.events("/portal"), expected_portal)
        self.assertEqual(self.receiver.rejected, [])
        payloads = {(p["type"], at): p["data"] for at, p in self.receiver.received}
        self.assertIsNotNone(payloads[(P, "/embargo")] and payloads[(WebhookEvent.PUBLISHED, "/embargo")])
        embargo_published = [p for at, p in self.receiver.received if at == "/embargo" and p["type"] == P][1]
        self.assertEqual(
            embargo_published["data"]["embargoed_until"],
            go_live.astimezone(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        )
        corrected = payloads[(C, "/portal")]
        self.assertEqual(corrected["version"], 2)
        self.assertEqual(corrected["correction"]["note"], "The city of the talks was corrected.")
        self.assertTrue(corrected["url"].startswith("https://news.example.org/api/v1/visits/first-visit/"))

        # The receiver goes down: publishing goes on, deliveries fail and retry, and arrive when it is back.
        port = self.receiver.port
        self.receiver.stop()
        late = VisitContentFactory(author=self.editor, slug="while-down", visit=VisitFactory())
        self.publish(late)
        wait_until(
            lambda: WebhookDelivery.objects.filter(event_type=P, payload__data__slug="while-down", attempts__gte=2)
            .exclude(status=DeliveryStatus.DELIVERED)
            .count()
            == 2,
            "two failed attempts per endpoint",
        )
        secrets = self.receiver.secrets
        self.receiver = Receiver(secrets, port=port)
        self.wait_for("/embargo", 1)
        self.wait_for("/portal", 1)
        self.assertEqual(self.receiver.events("/embargo"), [(P, "while-down")])
        self.assertEqual(self.receiver.events("/portal"), [(P, "while-down")])
        wait_until(
            lambda: not WebhookDelivery.objects.exclude(status=DeliveryStatus.DELIVERED).exists(),
            "every delivery logged as delivered",
        )
        log = WebhookDelivery.objects.filter(payload__data__slug="while-down")
        self.assertTrue(all(d.attempts >= 3 and d.response_code == 204 for d in log))


class WebhookSigningTests(TestCase):
    def test_a_receiver_verifies_the_signature_with_the_endpoints_secret(self):
        endpoint = WebhookEndpoint(url="https://partner.example.org/hook")
        body = json.dumps({"type": "package.published"})
        headers = webhooks.sign(secret=endpoint.secret, event_id="evt_1_published", at=timezone.now(), body=body)
        self.assertEqual(Webhook(endpoint.secret).verify(body, headers), {"type": "package.published"})
        with self.assertRaises(WebhookVerificationError):
            Webhook(endpoint.secret).verify(body.replace("published", "unpublished"), headers)

    def test_a_replay_older_than_five_minutes_is_rejected(self):
        endpoint = WebhookEndpoint(url="https://partner.example.org/hook")
        old = timezone.now() - datetime.timedelta(minutes=6)
        headers = webhooks.sign(secret=endpoint.secret, event_id="evt_1_published", at=old, body="{}")
        with self.assertRaises(WebhookVerificationError):
            Webhook(endpoint.secret).verify("{}", headers)

    @override_settings(RELATIONS_PLUGIN_WEBHOOK_BACKOFF_SECONDS=30)
    def test_backoff_doubles_and_is_capped_at_a_day(self):
        self.assertEqual(
            [webhooks.backoff(n).total_seconds() for n in (1, 2, 3, 4)],
            [30, 60, 120, 240],
        )
        self.assertEqual(webhooks.backoff(30), datetime.timedelta(days=1))


@override_settings(
    RELATIONS_PLUGIN_SITE_URL="https://news.example.org", RELATIONS_PLUGIN_WEBSUB_HUB="https://hub.example.org/"
)
class WebhookRecordingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory()
        cls.partner = PartnerFactory(can_see_embargoed=False)
        cls.endpoint = WebhookEndpoint.objects.create(partner=cls.partner, url="http://127.0.0.1:9/hook")

    def test_publishing_records_a_delivery_and_enqueues_a_task_after_commit(self):
        content = VisitContentFactory(author=self.editor)
        with mock.patch.object(webhooks, "_post") as post, self.captureOnCommitCallbacks(execute=True):
            services.content_publish(content=content, by=self.editor)
        post.assert_not_called()
        delivery = WebhookDelivery.objects.get()
        self.assertEqual((delivery.event_type, delivery.status), (WebhookEvent.PUBLISHED, DeliveryStatus.PENDING))
        self.assertEqual(delivery.payload["data"]["slug"], content.slug)
        tasks = set(DBTaskResult.objects.values_list("task_path", flat=True))
        # Beside the partners' tasks, the worker compiles the story page (tests/test_documents.py).
        self.assertLessEqual({"relations_plugin.tasks.deliver_webhooks", "relations_plugin.tasks.ping_hub"}, tasks)

    def test_a_delivery_attempt_leaves_the_reader_page_cache_alone(self):
        from relations_plugin import cache

        content = VisitContentFactory(author=self.editor, published=True)
        before = cache.generations([cache.SITE])[cache.SITE]
        with mock.patch.object(webhooks, "_post", return_value=(503, "HTTP 503")):
            with self.captureOnCommitCallbacks(execute=True):
                webhooks.deliver_pending(endpoint_id=self.endpoint.pk)
        self.assertTrue(WebhookDelivery.objects.filter(payload__data__slug=content.slug, attempts=1).exists())
        self.assertEqual(cache.generations([cache.SITE])[cache.SITE], before)

    def test_an_endpoint_gets_only_the_events_it_chose(self):
        self.endpoint.events = [WebhookEvent.UNPUBLISHED]
        self.endpoint.save()
        content = VisitContentFactory(author=self.editor, published=True)
        self.assertFalse(WebhookDelivery.objects.exists())
        services.content_unpublish(content=content, by=self.editor)
        events = list(WebhookDelivery.objects.values_list("event_type", flat=True))
        self.assertEqual(events, [WebhookEvent.UNPUBLISHED])

    def test_a_failed_attempt_is_logged_and_retried_later_then_given_up(self):
        content = VisitContentFactory(author=self.editor, published=True)
        delivery = WebhookDelivery.objects.get(payload__data__slug=content.slug)
        with mock.patch.object(webhooks, "_post", return_value=(503, "HTTP 503")):
            with self.captureOnCommitCallbacks(execute=True):
                webhooks.deliver_pending(endpoint_id=self.endpoint.pk)
            delivery.refresh_from_db()
            self.assertEqual((delivery.status, delivery.attempts, delivery.response_code), ("pending", 1, 503))
            self.assertGreater(delivery.next_attempt_at, timezone.now())
            retries = DBTaskResult.objects.filter(task_path="relations_plugin.tasks.deliver_webhooks")
            retry = retries.latest("run_after")
            self.assertEqual(retry.run_after, delivery.next_attempt_at)
            with override_settings(RELATIONS_PLUGIN_WEBHOOK_MAX_ATTEMPTS=2):
                WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=None)
                webhooks.deliver_pending(endpoint_id=self.endpoint.pk)
        delivery.refresh_from_db()
        self.assertEqual((delivery.status, delivery.attempts), (DeliveryStatus.FAILED, 2))

    def test_redeliver_from_the_admin_sends_the_same_event_again(self):
        content = VisitContentFactory(author=self.editor, published=True)
        delivery = WebhookDelivery.objects.get(payload__data__slug=content.slug)
        WebhookDelivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED, attempts=8)
        self.client.force_login(self.editor)
        with mock.patch.object(webhooks, "_post", return_value=(200, "")) as post:
            with self.captureOnCommitCallbacks(execute=True):
                response = self.client.post(
                    reverse("admin:relations_plugin_webhookdelivery_changelist"),
                    {"action": "redeliver", "_selected_action": [delivery.pk]},
                )
            self.assertEqual(response.status_code, 302)
            webhooks.deliver_pending(endpoint_id=self.endpoint.pk)
        delivery.refresh_from_db()
        self.assertEqual((delivery.status, delivery.attempts), (DeliveryStatus.DELIVERED, 9))
        self.assertEqual(post.call_args.args[2]["webhook-id"], delivery.event_id)

    def test_an_embargoed_package_reaches_others_only_when_the_embargo_lifts(self):
        insider = PartnerFactory(can_see_embargoed=True)
        WebhookEndpoint.objects.create(partner=insider, url="http://127.0.0.1:9/insider")
        content = VisitContentFactory(author=self.editor)
        version = Version.objects.get_for_content(content)
        from djangocms_timed_publishing.models import TimedPublishingInterval

        go_live = timezone.now() + datetime.timedelta(hours=1)
        # As the admin's "publish with time" does: the go-live time is stored, then the version published.
        TimedPublishingInterval.objects.create(version=version, start=go_live)
        with self.captureOnCommitCallbacks(execute=True):
            version.publish(self.editor)
        self.assertEqual(
            list(WebhookDelivery.objects.values_list("endpoint__partner", "event_type")),
            [(insider.pk, WebhookEvent.PUBLISHED)],
        )
        lift = DBTaskResult.objects.get(task_path="relations_plugin.tasks.lift_embargo")
        self.assertEqual(lift.run_after, go_live)
        self.assertFalse(webhooks.package_embargo_lifted(version_id=version.pk))  # too early: nothing
        TimedPublishingInterval.objects.filter(version=version).update(start=timezone.now())
        self.assertTrue(webhooks.package_embargo_lifted(version_id=version.pk))
        self.assertTrue(webhooks.package_embargo_lifted(version_id=version.pk))  # twice: no second delivery
        events = sorted(WebhookDelivery.objects.values_list("endpoint__partner", "event_type"))
        self.assertEqual(
            events,
            sorted(
                [
                    (insider.pk, WebhookEvent.PUBLISHED),
                    (insider.pk, WebhookEvent.EMBARGO_LIFTED),
                    (self.partner.pk, WebhookEvent.PUBLISHED),
                ]
            ),
        )


@override_settings(RELATIONS_PLUGIN_WEBSUB_HUB="https://hub.example.org/")
class WebSubPingTests(TestCase):
    def test_the_hub_is_told_the_language_feed_changed(self):
        with mock.patch.object(webhooks, "_post", return_value=(204, "")) as post:
            self.assertEqual(webhooks.hub_ping(language="en"), 204)
        url, body, headers = post.call_args.args
        self.assertEqual(url, "https://hub.example.org/")
        self.assertIn(b"hub.mode=publish", body)
        self.assertIn(b"hub.url=http", body)

    @override_settings(RELATIONS_PLUGIN_WEBSUB_HUB="")
    def test_no_hub_no_ping(self):
        with mock.patch.object(webhooks, "_post") as post:
            self.assertIsNone(webhooks.hub_ping(language="en"))
        post.assert_not_called()


class TokenRotationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory()
        cls.partner = PartnerFactory()

    def visits(self, token: str) -> int:
        return self.client.get("/api/v1/visits/", HTTP_AUTHORIZATION=f"Token {token}").status_code

    def test_rotating_in_the_admin_keeps_the_old_token_for_the_grace_period(self):
        from django.core.cache import cache

        cache.clear()
        old = self.partner.token
        self.client.force_login(self.manager)
        response = self.client.post(
            reverse("admin:relations_plugin_partner_changelist"),
            {"action": "rotate_token", "_selected_action": [self.partner.pk]},
        )
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        self.partner.refresh_from_db()
        self.assertNotEqual(self.partner.token, old)
        self.assertEqual((self.visits(self.partner.token), self.visits(old)), (200, 200))
        type(self.partner).objects.filter(pk=self.partner.pk).update(previous_token_expires_at=timezone.now())
        self.assertEqual((self.visits(self.partner.token), self.visits(old)), (200, 401))


class PartnerManagerWebhookTests(TestCase):
    def test_a_partner_manager_edits_endpoints_and_reads_the_delivery_log(self):
        from django.contrib.auth.models import Group

        manager = UserFactory(username="partner-desk", is_superuser=False)
        manager.groups.add(Group.objects.get(name="Partner manager"))
        partner = PartnerFactory()
        endpoint = WebhookEndpoint.objects.create(partner=partner, url="https://partner.example.org/hook")
        WebhookDelivery.objects.create(
            endpoint=endpoint, event_id="evt_1_published", event_type="package.published", payload={}
        )
        self.client.force_login(manager)
        change = self.client.get(reverse("admin:relations_plugin_partner_change", args=[partner.pk]))
        self.assertContains(change, "webhook_endpoints-TOTAL_FORMS")
        log = self.client.get(reverse("admin:relations_plugin_webhookdelivery_changelist"))
        self.assertContains(log, "Redeliver")
