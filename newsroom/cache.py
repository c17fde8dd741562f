"""A Redis cache that the site outlives: while Redis is unreachable, every read is a miss and every write is dropped.

django-redis does the ignoring (``IGNORE_EXCEPTIONS``); this adds what a dead Redis needs on top of it: after a
failure the process stops asking Redis for ``RETRY_SECONDS`` (no connect timeout paid per cache call, so a request
that makes twenty cache calls is not twenty timeouts slower), and the outage and the recovery are logged once each,
not once per call.
"""

from __future__ import annotations

import logging
import threading
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)

# How long a process serves without Redis after a failure before it tries Redis again.
RETRY_SECONDS = 2.0
# Client methods that do not talk to Redis (closing at the end of each request, building keys): they neither
# prove Redis is back nor are skipped while it is down.
LOCAL_CALLS = frozenset(
    {
        "close",
        "disconnect",
        "connect",
        "make_key",
        "make_pattern",
        "encode",
        "decode",
        "get_client",
        "get_client_with_index",
        "get_next_client_index",
    }
)


class Outage:
    """Whether one Redis location is known to be down, shared by the threads of a process."""

    def __init__(self, location: str):
        self.location = location
        self.down_since: float | None = None
        self.retry_at = 0.0
        self.lock = threading.Lock()

    def skip(self) -> bool:
        return self.down_since is not None and time.monotonic() < self.retry_at

    def failed(self, error: BaseException) -> None:
        with self.lock:
            self.retry_at = time.monotonic() + RETRY_SECONDS
            if self.down_since is None:
                self.down_since = time.monotonic()
                logger.error("Cache %s unavailable, serving without it until it answers: %s", self.location, error)

    def succeeded(self) -> None:
        if self.down_since is None:
            return
        with self.lock:
            if self.down_since is not None:
                seconds = time.monotonic() - self.down_since
                logger.warning("Cache %s available again after %.0f s", self.location, seconds)
                self.down_since = None


_outages: dict[str, Outage] = {}
_outages_lock = threading.Lock()


def outage_for(location: str) -> Outage:
    with _outages_lock:
        return _outages.setdefault(location, Outage(location))


class _GuardedClient:
    """The django-redis client, short-circuited while its Redis is down; the backend turns the error into a miss."""

    def __init__(self, client, outage: Outage):
        self._client = client
        self._outage = outage

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute) or name in LOCAL_CALLS:
            return attribute
        outage = self._outage

        def call(*args, **kwargs):
            if outage.skip():
                raise ConnectionInterrupted(connection=None)
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                outage.failed(error.__cause__ or error)
                raise
            outage.succeeded()
            return result

        return call


class ResilientRedisCache(RedisCache):
    """django-redis's cache with exceptions always ignored, a retry pause after a failure and one log per outage."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._ignore_exceptions = True
        self._log_ignored_exceptions = False  # Outage logs the change of state instead of every call
        self._outage = outage_for(str(server))
        self._guarded = None

    @property
    def client(self):
        if self._guarded is None:
            self._guarded = _GuardedClient(super().client, self._outage)
        return self._guarded

    def is_available(self) -> bool:
        """A real round trip (for readiness probes), whatever the retry pause."""
        try:
            super().client.get_client(write=True).ping()
        except Exception as error:  # noqa: BLE001 - any failure means "not ready"
            self._outage.failed(error)
            return False
        self._outage.succeeded()
        return True
