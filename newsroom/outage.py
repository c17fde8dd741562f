"""What counts as the database being away, and logging it once per outage instead of once per request."""

from __future__ import annotations

import logging
import threading
import time

from django.db import InterfaceError, OperationalError

logger = logging.getLogger("newsroom.outage")

# Within this long of the last failure, a new failure is the same outage and is not logged again.
QUIET_SECONDS = 60.0


def is_database_unavailable(error: BaseException | None) -> bool:
    """A connection-level failure (refused, dropped, timed out, locked), not a bug in a query."""
    return isinstance(error, OperationalError | InterfaceError)


class DatabaseOutage:
    """Per process: when the database last failed, so an outage is logged when it starts, not on every request."""

    def __init__(self):
        self.last_failure: float | None = None
        self.lock = threading.Lock()

    def failed(self, error: BaseException) -> None:
        now = time.monotonic()
        with self.lock:
            quiet = self.last_failure is not None and now - self.last_failure < QUIET_SECONDS
            self.last_failure = now
        if not quiet:
            logger.error("Database unavailable, answering from the page cache or with 503: %s", error)


database_outage = DatabaseOutage()
