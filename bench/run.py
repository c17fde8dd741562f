"""Throughput of the story page and the API against a trivial Django view (the ceiling): cold, uncached, cached.

Builds a fresh SQLite database with the benchmark story (the package the speed comparison's Wagtail and
djangocms-stories sites serve: 4 quotes, 3 agreements, 8 photos of 3000 x 2000, 3 related articles), then calls
the WSGI application in-process, the same way for every URL, for a fixed time each. "cold": the cache is cleared
before every request, so each one does the whole work; "uncached": the reader page cache is off and the other
caches stay warm, as the peers' comparison serves its "story page uncached"; "cached": everything stays warm.
Prints requests per second and the ratio to the ceiling, then the time of the first view after a publish against
the next view, both rendered (page cache off). Usage: ``python bench/run.py [--seconds 3]``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def configure(workdir: Path) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
        SECRET_KEY="benchmark-only",
        DEBUG="0",
        ALLOWED_HOSTS="127.0.0.1",
        # The benchmark measures the API, not its throttle.
        API_ANON_RATE="1000000/second",
    )
    os.environ.pop("REDIS_URL", None)


def environ_for(path: str, query: str = "") -> dict:
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_ACCEPT_LANGUAGE": "en",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def measure(application, path: str, *, seconds: float, mode: str) -> float:
    from django.core.cache import cache

    def one() -> None:
        if mode == "cold":
            cache.clear()
        measure_once(application, path)

    with page_cache_off() if mode == "uncached" else contextlib.nullcontext():
        return _rate(one, seconds=seconds)


def page_cache_off():
    from django.test import override_settings

    return override_settings(RELATIONS_PLUGIN_PAGE_CACHE_SECONDS=0)


def _rate(one, *, seconds: float) -> float:
    for _ in range(5):  # warm-up: imports, templates, thumbnails
        one()
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        one()
        count += 1
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        configure(Path(folder))
        # Set up the database as a deployment does, in its own processes, before the server starts.
        setup = (["migrate", "--verbosity=0"], ["load_bench_story"], ["collectstatic", "--noinput", "--verbosity=0"])
        for command in setup:
            subprocess.run([sys.executable, str(ROOT / "manage.py"), *command], check=True, capture_output=True)
        import django

        django.setup()
        from django.core.wsgi import get_wsgi_application

        from newsroom.bench_story import SLUG as VISIT_SLUG
        from relations_plugin.models import VisitContent

        application = get_wsgi_application()
        story = VisitContent.objects.get(slug=VISIT_SLUG, language="en").get_absolute_url()
        targets = [
            ("ceiling: trivial view", "/healthz"),
            ("story page", story),
            ("API visit detail", f"/api/v1/visits/{VISIT_SLUG}/"),
            ("API visit list", "/api/v1/visits/"),
        ]
        print(f"{'what':<24} {'mode':<8} {'req/s':>9} {'ratio':>7}")
        for mode in ("cold", "uncached", "cached"):
            ceiling = None
            for label, path in targets:
                rate = measure(application, path, seconds=args.seconds, mode=mode)
                ceiling = ceiling or rate
                print(f"{label:<24} {mode:<8} {rate:>9.1f} {rate / ceiling:>7.3f}")
        with page_cache_off():
            first, warm = first_view_after_publish(application, story, slug=VISIT_SLUG)
        print(
            f"first view after publish: {first * 1000:.0f} ms, the view after it: {warm * 1000:.0f} ms, "
            f"ratio {first / warm:.1f}"
        )


def first_view_after_publish(application, story: str, *, slug: str) -> tuple[float, float]:
    """Seconds of the first anonymous view of a newly published version, and of the view after it."""
    from django.contrib.auth import get_user_model

    from relations_plugin import services
    from relations_plugin.models import VisitContent

    editor = get_user_model().objects.filter(is_superuser=True).first()
    published = VisitContent.objects.get(slug=slug, language="en")
    draft = services.content_create_draft(content=published, by=editor)
    draft.summary = draft.summary + " (corrected)"
    draft.save()
    services.content_publish(content=draft, by=editor)
    # The task worker beside the server compiles the new version's story page (documents.py), as after any publish.
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "db_worker", "--batch", "--no-startup-delay"],
        check=True,
        capture_output=True,
    )
    times = []
    for _ in range(2):
        started = time.perf_counter()
        measure_once(application, story)
        times.append(time.perf_counter() - started)
    return times[0], times[1]


def measure_once(application, path: str) -> None:
    def start_response(status, headers, exc_info=None):
        if not status.startswith("200"):
            raise SystemExit(f"{path!r} answered {status}")

    body = application(environ_for(*path.split("?", 1)), start_response)
    for _ in body:
        pass
    if hasattr(body, "close"):
        body.close()


if __name__ == "__main__":
    main()
