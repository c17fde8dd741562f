"""Real processes for the fault and multi-process tests: PostgreSQL, Redis and gunicorn app servers of their own.

Each listens on a spare loopback port, every wait is bounded, and each stops with the test. A missing server binary
is a failure, never a skip: CI's machine has them, as the README says.
"""

from __future__ import annotations

import glob
import http.client
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(predicate: Callable[[], bool], what: str, *, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"{what}: not within {timeout:.0f} s")


def binary(name: str, *, postgres: bool = False) -> str:
    """The path of a server binary; PostgreSQL's live outside PATH on Debian (``/usr/lib/postgresql/<v>/bin``)."""
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) if postgres else []
    found = candidates[-1] if candidates else shutil.which(name)
    if not found:
        raise AssertionError(f"{name} is required for this test and was not found")
    return found


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def get(port: int, path: str, *, timeout: float = 30.0, headers: dict | None = None) -> Response:
    """One GET to 127.0.0.1:port; a connection error or a timeout raises (OSError)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers or {})
        answer = connection.getresponse()
        return Response(answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read())
    finally:
        connection.close()


class Postgres:
    """A PostgreSQL cluster in ``directory``, run as the ``postgres`` OS user when the tests run as root."""

    def __init__(self, directory: Path):
        self.port = free_port()
        self.home = directory / "postgres"
        self.data = self.home / "data"
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"
        self.pg_ctl = binary("pg_ctl", postgres=True)

    def _run(self, *command: str, timeout: float) -> None:
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        if result.returncode:
            log = self.home / "server.log"
            raise AssertionError(f"{command}: {result.stderr}{log.read_text() if log.exists() else ''}")

    def init(self) -> None:
        self.home.mkdir(parents=True)
        if os.geteuid() == 0:
            self.home.parent.chmod(0o755)  # the postgres user must reach its own directory
            shutil.chown(self.home, "postgres", "postgres")
        initdb = binary("initdb", postgres=True)
        self._run(initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "--no-sync", timeout=120)

    def start(self) -> None:
        options = f"-p {self.port} -h 127.0.0.1 -k {self.home} -F"
        log = str(self.home / "server.log")
        self._run(self.pg_ctl, "-D", str(self.data), "-l", log, "-o", options, "-w", "-t", "60", "start", timeout=90)

    def stop(self) -> None:
        self._run(self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop", timeout=90)


class Redis:
    """A Redis server without persistence: a restart comes back empty, as a replaced cache node would."""

    def __init__(self, directory: Path):
        self.port = free_port()
        self.directory = directory
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        command = [binary("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", str(self.directory)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(self._answers, f"redis-server on port {self.port}", timeout=30)

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as probe:
                probe.sendall(b"PING\r\n")
                return probe.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def page_keys(self) -> list[bytes]:
        """The reader pages in the page cache (relations_plugin/cache.py's keys, whatever the key prefix)."""
        import redis

        with redis.Redis(port=self.port, socket_timeout=2) as client:
            return [key for key in client.keys("*relations_plugin:pages:*") if b":generation" not in key]

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None


def stop_process(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


def app_environment(**values: str) -> dict[str, str]:
    """The environment of an app server or manage.py command: nothing inherited but PATH, DEBUG off."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "tests.process_settings",
        "SECRET_KEY": "process-test-key-not-secret",
        "DEBUG": "0",
        "LOG_LEVEL": "WARNING",
        **values,
    }


def manage(*arguments: str, env: dict[str, str], timeout: float = 600) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode:
        raise AssertionError(f"manage.py {' '.join(arguments)}: {result.stdout}{result.stderr[-3000:]}")
    return result.stdout


@dataclass
class AppServer:
    """gunicorn serving the host project, its output in ``log``."""

    env: dict[str, str]
    log: Path
    workers: int = 1
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    def start(self) -> None:
        command = [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--bind", f"127.0.0.1:{self.port}"]
        command += ["--workers", str(self.workers), "--timeout", "30", "--graceful-timeout", "5"]
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=output, stderr=output)
        wait_until(self._alive, f"app server on port {self.port} ({self.log})", timeout=90)

    def _alive(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"app server exited: {self.log.read_text()[-3000:]}")
        try:
            return get(self.port, "/healthz", timeout=2).status == 200
        except OSError:
            return False

    def get(self, path: str, **kwargs) -> Response:
        return get(self.port, path, **kwargs)

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None
