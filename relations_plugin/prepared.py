"""Reads the reader path makes on every request, compiled to SQL once per process.

Building a queryset and compiling it costs the story page more than running it: the visibility rule joins the
versions and their go-live intervals, and Django resolves those joins again on every request. A ``PreparedRead``
builds its queryset once with sentinel values, keeps the SQL, and afterwards puts each call's values where the
sentinels were. The rule itself stays in the ORM (``selectors.visible``); only its compilation is kept.

The SQL depends on the database (its vendor and the content type ids the versioning joins name), so it is kept per
database alias and content type of the model, which Django renumbers only when it flushes the tables.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router
from django.db.models import QuerySet

# The earliest instant a datetime can hold, with a distinct microsecond per parameter: no real "now" is ever one.
_EPOCH = datetime.datetime(1, 1, 1, tzinfo=datetime.UTC)


class PreparedRead:
    """One read of ``model``, compiled once: ``build(**sentinels)`` gives the queryset (a ``values_list``).

    ``texts`` and ``times`` name its parameters (strings and aware datetimes); ``row(**values)`` runs it with them.
    Columns come back as the database gives them, so select text and integer columns only.
    """

    def __init__(
        self, model, build: Callable[..., QuerySet], *, texts: tuple[str, ...] = (), times: tuple[str, ...] = ()
    ):
        self.model = model
        self._build = build
        self._sentinels = {name: f"\uffff{name}\uffff" for name in texts}
        self._sentinels |= {name: _EPOCH.replace(microsecond=index + 1) for index, name in enumerate(times)}
        self._times = frozenset(times)
        self._compiled: dict[tuple, tuple[str, list]] = {}
        self._lock = threading.Lock()

    def row(self, **values) -> tuple | None:
        """The first row for these values, or None."""
        alias = router.db_for_read(self.model)
        connection = connections[alias]
        sql, slots = self._compile(alias)
        params = [self._adapt(connection, value, values[value]) if named else value for named, value in slots]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()

    def _adapt(self, connection, name: str, value):
        return connection.ops.adapt_datetimefield_value(value) if name in self._times else value

    def _compile(self, alias: str) -> tuple[str, list]:
        key = (alias, ContentType.objects.get_for_model(self.model).pk)
        compiled = self._compiled.get(key)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(key) or self._compile_now(alias)
                self._compiled[key] = compiled
        return compiled

    def _compile_now(self, alias: str) -> tuple[str, list]:
        connection = connections[alias]
        sql, params = self._build(**self._sentinels).using(alias).query.sql_with_params()
        by_value = {self._adapt(connection, name, sentinel): name for name, sentinel in self._sentinels.items()}
        # (True, name) is a per-call parameter, (False, value) one that is the same on every call.
        slots = [
            (True, by_value[param]) if _hashable(param) and param in by_value else (False, param) for param in params
        ]
        missing = set(self._sentinels) - {name for named, name in slots if named}
        if missing:
            raise ValueError(f"the prepared read never uses {sorted(missing)}")
        return sql, slots


def _hashable(value) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True
