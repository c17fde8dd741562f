"""Load on a running site: 16 connections for 60 s on the story page, the API list and the API detail, with a
publish of the demo package in the middle; reports requests, errors and timeouts per URL.

Loopback only (it refuses any other host), bounded (every request times out, the run stops by itself), and it
publishes through the same database as the server: run it with the server's environment (DATABASE_URL,
REDIS_URL, ...) after ``manage.py load_demo``. Exits 1 on any error or timeout. Usage::

    python bench/load.py --url http://127.0.0.1:8000 [--seconds 60] [--connections 16] [--no-publish]
"""

from __future__ import annotations

import argparse
import http.client
import ipaddress
import json
import os
import socket
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SLUG = "tokayev-official-visit-serbia-2024"
# The first view of a page after the server starts (URLs, templates, menus): it gets this long, once, before the run.
WARM_UP_TIMEOUT = 300
PATHS = {
    "story page": f"/en/relations/visits/{SLUG}/",
    "API list": "/api/v1/visits/?language=en",
    "API detail": f"/api/v1/visits/{SLUG}/?language=en",
}


@dataclass
class Publish:
    """The publish in the middle: its headline, when it committed, and when a reader first got it."""

    headline: bytes = b""
    committed_at: float | None = None
    first_seen_at: float | None = None


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    errors: int = 0  # 5xx answers and refused or reset connections
    timeouts: int = 0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else 0.0


def loopback_host(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise SystemExit("--url must be http://<loopback address>:<port>")
    address = socket.gethostbyname(parts.hostname)
    if not ipaddress.ip_address(address).is_loopback:
        raise SystemExit(f"refusing to load {parts.hostname} ({address}): loopback addresses only")
    return address, parts.port or 80


def fetch(host: str, port: int, path: str, timeout: float) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Accept-Language": "en"})
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def worker(host, port, timeout, deadline, offset, tallies, lock, publish) -> None:
    names = list(PATHS)
    turn = offset
    while time.monotonic() < deadline:
        name = names[turn % len(names)]
        turn += 1
        started = time.monotonic()
        outcome, body = "ok", b""
        try:
            status, body = fetch(host, port, PATHS[name], timeout)
        except TimeoutError:
            status, outcome = 0, "timeout"
        except OSError:
            status, outcome = 0, "error"
        elapsed = time.monotonic() - started
        with lock:
            seen = name == "story page" and outcome == "ok" and publish.committed_at and publish.headline in body
            if seen and publish.first_seen_at is None:
                publish.first_seen_at = time.monotonic()
            tally = tallies[name]
            tally.latencies.append(elapsed)
            tally.statuses[status] += 1
            if outcome == "timeout":
                tally.timeouts += 1
            elif outcome == "error" or status >= 500:
                tally.errors += 1


def setup_django() -> None:
    """Before the run: importing the project takes seconds, which must not fall in the middle of it."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()


def publish_new_version(headline: str) -> float:
    """A new draft of the demo package with ``headline``, published; the seconds it took."""
    from django.contrib.auth import get_user_model

    from relations_plugin import services
    from relations_plugin.models import VisitContent

    started = time.monotonic()
    content = VisitContent.objects.get(slug=SLUG, language="en")
    editor = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    draft = services.content_create_draft(content=content, by=editor)
    type(draft)._base_manager.filter(pk=draft.pk).update(headline=headline)
    draft.refresh_from_db()
    services.content_publish(content=draft, by=editor)
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--timeout", type=float, default=10, help="seconds before a request counts as timed out")
    parser.add_argument("--no-publish", action="store_true", help="no publish in the middle (no database access)")
    options = parser.parse_args()
    host, port = loopback_host(options.url)
    for name, path in PATHS.items():  # warm-up, not counted: a process's first view loads its URLs and templates
        status, _ = fetch(host, port, path, WARM_UP_TIMEOUT)
        if status != 200:
            raise SystemExit(f"{name} ({path}) answers {status} before the run: load the demo content first")

    if not options.no_publish:
        setup_django()
    tallies: dict[str, Tally] = defaultdict(Tally)
    lock = threading.Lock()
    publish = Publish()
    started = time.monotonic()
    deadline = started + options.seconds
    arguments = (host, port, options.timeout, deadline)
    threads = [
        threading.Thread(target=worker, args=(*arguments, n, tallies, lock, publish), daemon=True)
        for n in range(options.connections)
    ]
    for thread in threads:
        thread.start()
    report: dict = {"url": options.url, "seconds": options.seconds, "connections": options.connections}
    if not options.no_publish:
        time.sleep(options.seconds / 2)
        headline = f"Load test headline {int(time.time())}"
        report["publish_seconds"] = round(publish_new_version(headline), 3)
        with lock:
            publish.headline, publish.committed_at = headline.encode(), time.monotonic()
    for thread in threads:
        thread.join(timeout=options.timeout + 5)
    elapsed = time.monotonic() - started
    if publish.first_seen_at is not None:
        # Bounded by the requests in flight at the commit, which may have started before it.
        report["new_version_first_served_after_seconds"] = round(publish.first_seen_at - publish.committed_at, 3)

    failed = False
    columns = ("requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "timeouts")
    print(f"{'URL':<12}" + "".join(f"{column:>10}" for column in columns))
    for name in PATHS:
        tally = tallies[name]
        count = len(tally.latencies)
        percentiles = [tally.percentile(share) for share in (0.5, 0.95, 0.99)]
        row = [f"{count}", f"{count / elapsed:.1f}", *(f"{p:.1f}" for p in percentiles), f"{tally.errors}"]
        print(f"{name:<12}" + "".join(f"{cell:>10}" for cell in [*row, f"{tally.timeouts}"]))
        report[name] = {
            "requests": count,
            "statuses": dict(tally.statuses),
            "errors": tally.errors,
            "timeouts": tally.timeouts,
        }
        failed = failed or bool(tally.errors or tally.timeouts)
    print(json.dumps(report))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
