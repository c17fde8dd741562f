"""Partner webhooks: which events a package's publication makes, for whom, and how they are signed and delivered.

A version operation of djangocms-versioning (publish, unpublish) only records deliveries in the same
transaction and enqueues a task after commit: publishing never waits for a partner's server. The task
(``tasks.deliver_webhooks``) sends an endpoint's pending deliveries oldest first, each signed by the Standard
Webhooks scheme; a failure stops the endpoint's queue (so events arrive in order) and retries it later with
exponential backoff.

Who is told what, once per version:

- ``package.published``: a package becomes visible to the partner. Partners allowed to see embargoed items get it
  at publication, with ``embargoed_until``; the others at the go-live time.
- ``package.corrected``: instead of ``published``, when the version replaces a published one.
- ``package.embargo_lifted``: at the go-live time, to partners who had the package under embargo.
- ``package.unpublished``: the package was taken off the site (not when a correction replaces it), to partners
  who could see it.
"""

from __future__ import annotations

import datetime
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from djangocms_versioning import constants as versioning_constants
from djangocms_versioning.models import Version
from standardwebhooks.webhooks import Webhook

from .conf import get_setting
from .constants import DeliveryStatus, WebhookEvent
from .models import VisitContent, WebhookDelivery, WebhookEndpoint
from .site_urls import absolute_url

USER_AGENT = "relations-plugin-webhooks/1"
MAX_BACKOFF = datetime.timedelta(days=1)
EVER_PUBLISHED = (versioning_constants.PUBLISHED, versioning_constants.UNPUBLISHED)


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    payload: dict


def published_version_count(version: Version) -> int:
    """How many versions of this package and language have been published, up to and including ``version``."""
    return (
        Version.objects.filter_by_content_grouping_values(version.content)
        .filter(state__in=EVER_PUBLISHED, number__lte=version.number)
        .count()
    )


def go_live_of(version: Version) -> datetime.datetime | None:
    """The version's go-live time (djangocms-timed-publishing), if it has one."""
    try:
        return version.visibility.start
    except ObjectDoesNotExist:
        return None


def _api_url(name: str, **kwargs) -> str | None:
    try:
        return absolute_url(reverse(f"relations_plugin_api:{name}", kwargs=kwargs))
    except NoReverseMatch:
        return None


def _iso(value: datetime.datetime | None) -> str | None:
    return value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z") if value else None


def package_data(content: VisitContent, version: Version, *, embargoed_until=None) -> dict:
    """What an event says about a package: enough to decide whether to fetch it, and where."""
    detail = _api_url("visit-detail", slug=content.slug)
    count = published_version_count(version)
    data = {
        "id": content.visit_id,
        "language": content.language,
        "slug": content.slug,
        "headline": content.headline,
        "version": count,
        "url": f"{detail}?language={content.language}" if detail else None,
        "ninjs_url": f"{detail}?format=ninjs&language={content.language}" if detail else None,
        "web_url": absolute_url(content.get_absolute_url()) or None,
        "modified_at": _iso(version.modified),
        "embargoed_until": _iso(embargoed_until),
    }
    if count > 1:
        data["correction"] = {"note": content.correction_note, "corrected_at": _iso(version.modified)}
    return data


def withdrawn_data(content: VisitContent, version: Version) -> dict:
    return {
        "id": content.visit_id,
        "language": content.language,
        "slug": content.slug,
        "status": "withdrawn",
        "modified_at": _iso(version.modified),
    }


def _event(event_type: str, version: Version, data: dict) -> Event:
    name = event_type.split(".", 1)[1]
    payload = {"type": event_type, "timestamp": _iso(timezone.now()), "data": data}
    return Event(id=f"evt_{version.pk}_{name}", type=event_type, payload=payload)


def _endpoints(*, embargo_access: bool | None = None):
    qs = WebhookEndpoint.objects.filter(is_active=True, partner__is_active=True).select_related("partner")
    if embargo_access is not None:
        qs = qs.filter(partner__can_see_embargoed=embargo_access)
    return qs


def _record(event_type: str, version: Version, make_data, endpoints) -> list[int]:
    """One pending delivery per interested endpoint (never twice for the same event); deliveries start on commit.

    ``make_data()`` builds the payload's data, only when an endpoint wants the event.
    """
    wanted = [endpoint for endpoint in endpoints if endpoint.wants(event_type)]
    if not wanted:
        return []
    event = _event(event_type, version, make_data())
    endpoint_ids = []
    for endpoint in wanted:
        _delivery, created = WebhookDelivery.objects.get_or_create(
            endpoint=endpoint, event_id=event.id, defaults={"event_type": event.type, "payload": event.payload}
        )
        if created:
            endpoint_ids.append(endpoint.pk)
    for endpoint_id in endpoint_ids:
        _enqueue_delivery(endpoint_id)
    return endpoint_ids


def _enqueue_delivery(endpoint_id: int, *, at: datetime.datetime | None = None) -> None:
    from . import tasks

    def enqueue():
        task = tasks.deliver_webhooks.using(run_after=at) if at else tasks.deliver_webhooks
        task.enqueue(endpoint_id=endpoint_id)

    transaction.on_commit(enqueue)


def _enqueue_hub_ping(language: str) -> None:
    from . import tasks

    if get_setting("WEBSUB_HUB"):
        transaction.on_commit(lambda: tasks.ping_hub.enqueue(language=language))


@transaction.atomic
def package_published(*, version: Version, replaced: bool) -> None:
    """A version was published: tell partners who may see it now; schedule the rest for its go-live time."""
    from . import tasks

    content = version.content
    go_live = go_live_of(version)
    now = timezone.now()
    event_type = WebhookEvent.CORRECTED if replaced else WebhookEvent.PUBLISHED
    if go_live and go_live > now:
        data = lambda: package_data(content, version, embargoed_until=go_live)  # noqa: E731
        _record(event_type, version, data, _endpoints(embargo_access=True))
        transaction.on_commit(lambda: tasks.lift_embargo.using(run_after=go_live).enqueue(version_id=version.pk))
    else:
        _record(event_type, version, lambda: package_data(content, version), _endpoints())
        _enqueue_hub_ping(content.language)


@transaction.atomic
def package_embargo_lifted(*, version_id: int) -> bool:
    """At the go-live time: ``embargo_lifted`` to partners who had the package, ``published`` to the others.

    Does nothing (and says so) when the version is no longer published or its go-live time moved later.
    """
    from . import tasks

    version = Version.objects.filter(pk=version_id, state=versioning_constants.PUBLISHED).first()
    if version is None:
        return False
    go_live = go_live_of(version)
    if go_live and go_live > timezone.now():
        transaction.on_commit(lambda: tasks.lift_embargo.using(run_after=go_live).enqueue(version_id=version_id))
        return False
    content = version.content
    data = package_data(content, version)
    _record(WebhookEvent.EMBARGO_LIFTED, version, lambda: data, _endpoints(embargo_access=True))
    first_sight = WebhookEvent.CORRECTED if data["version"] > 1 else WebhookEvent.PUBLISHED
    _record(first_sight, version, lambda: data, _endpoints(embargo_access=False))
    _enqueue_hub_ping(content.language)
    return True


@transaction.atomic
def package_unpublished(*, version: Version) -> None:
    """Taken off the site: partners who could see the version are told to remove it."""
    go_live = go_live_of(version)
    seen_by_all = not go_live or go_live <= timezone.now()
    endpoints = _endpoints() if seen_by_all else _endpoints(embargo_access=True)
    _record(WebhookEvent.UNPUBLISHED, version, lambda: withdrawn_data(version.content, version), endpoints)


def on_version_operation(sender, *, operation: str, obj: Version, **kwargs) -> None:
    """djangocms-versioning's ``post_version_operation``: packages only; the services above decide."""
    if sender is not VisitContent:
        return
    if operation == versioning_constants.OPERATION_PUBLISH:
        package_published(version=obj, replaced=bool(kwargs.get("unpublished")))
    elif operation == versioning_constants.OPERATION_UNPUBLISH and kwargs.get("to_be_published") is None:
        package_unpublished(version=obj)


# --- Delivery ---------------------------------------------------------------------------------------------------


def sign(*, secret: str, event_id: str, at: datetime.datetime, body: str) -> dict[str, str]:
    """The Standard Webhooks headers of one attempt: id, timestamp (seconds) and ``v1,`` HMAC-SHA256 signature."""
    return {
        "webhook-id": event_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(msg_id=event_id, timestamp=at, data=body),
    }


def backoff(attempts: int) -> datetime.timedelta:
    """The wait before the next attempt after ``attempts`` failed ones: doubling from the base delay, capped."""
    base = datetime.timedelta(seconds=float(get_setting("WEBHOOK_BACKOFF_SECONDS")))
    return min(base * (2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def _post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int | None, str]:
    """POST and return the status code (None when nothing answered) and what went wrong."""
    request = urllib.request.Request(url, data=body, method="POST", headers={**headers, "User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=float(get_setting("WEBHOOK_TIMEOUT_SECONDS"))) as response:
            return response.status, ""
    except urllib.error.HTTPError as error:
        return error.code, f"HTTP {error.code}"
    except (urllib.error.URLError, OSError, ValueError) as error:
        return None, str(getattr(error, "reason", error))[:500]


def attempt(delivery: WebhookDelivery) -> bool:
    """Send one delivery once and log the attempt; True when the endpoint answered 2xx."""
    body = json.dumps(delivery.payload, separators=(",", ":"), ensure_ascii=False)
    now = timezone.now()
    headers = sign(secret=delivery.endpoint.secret, event_id=delivery.event_id, at=now, body=body)
    started = time.monotonic()
    code, error = _post(delivery.endpoint.url, body.encode(), {**headers, "Content-Type": "application/json"})
    delivery.latency_ms = int((time.monotonic() - started) * 1000)
    delivery.attempts += 1
    delivery.response_code = code
    ok = code is not None and 200 <= code < 300
    delivery.last_error = "" if ok else (error or f"HTTP {code}")
    if ok:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = DeliveryStatus.DELIVERED, now, None
    elif delivery.attempts >= int(get_setting("WEBHOOK_MAX_ATTEMPTS")):
        delivery.status, delivery.next_attempt_at = DeliveryStatus.FAILED, None
    else:
        delivery.next_attempt_at = now + backoff(delivery.attempts)
    delivery.save(
        update_fields=[
            "status",
            "attempts",
            "response_code",
            "latency_ms",
            "last_error",
            "next_attempt_at",
            "delivered_at",
        ]
    )
    return ok


def deliver_pending(*, endpoint_id: int) -> int:
    """Send an endpoint's pending deliveries oldest first; stop at a failure and schedule the retry.

    Returns how many were delivered. Safe to run twice: delivered ones are skipped.
    """
    endpoint = WebhookEndpoint.objects.filter(pk=endpoint_id, is_active=True).first()
    if endpoint is None:
        return 0
    delivered = 0
    pending = endpoint.deliveries.filter(status=DeliveryStatus.PENDING).order_by("created_at", "pk")
    for delivery in pending:
        now = timezone.now()
        if delivery.next_attempt_at and delivery.next_attempt_at > now:
            _enqueue_delivery(endpoint_id, at=delivery.next_attempt_at)
            break
        delivery.endpoint = endpoint
        if attempt(delivery):
            delivered += 1
        elif delivery.status == DeliveryStatus.PENDING:
            _enqueue_delivery(endpoint_id, at=delivery.next_attempt_at)
            break
    return delivered


@transaction.atomic
def deliveries_redeliver(*, deliveries) -> int:
    """Send again (an admin action): the deliveries become pending with their event id, and go out in order."""
    ids = list(deliveries.values_list("pk", flat=True))
    WebhookDelivery.objects.filter(pk__in=ids).update(status=DeliveryStatus.PENDING, next_attempt_at=None)
    for endpoint_id in set(WebhookDelivery.objects.filter(pk__in=ids).values_list("endpoint_id", flat=True)):
        _enqueue_delivery(endpoint_id)
    return len(ids)


# --- WebSub -----------------------------------------------------------------------------------------------------


def feed_urls(*, language: str) -> list[str]:
    try:
        return [absolute_url(reverse("relations_plugin_api:feed-visits", kwargs={"language": language}))]
    except NoReverseMatch:
        return []


def hub_ping(*, language: str) -> int | None:
    """Tell the configured WebSub hub that the language's feed changed (``hub.mode=publish``)."""
    hub = get_setting("WEBSUB_HUB")
    urls = feed_urls(language=language)
    if not hub or not urls:
        return None
    body = urlencode([("hub.mode", "publish"), *(("hub.url", url) for url in urls)]).encode()
    code, _error = _post(hub, body, {"Content-Type": "application/x-www-form-urlencoded"})
    return code
