"""Keyset cursor pagination ordered by last modification, for incremental sync without gaps or repeats.

Rows are ordered by ``(modified_at, pk)``; the cursor is the last row's pair, so rows changed while a client
pages through move behind the cursor (it sees them on its next sync) instead of shifting offsets.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import re
from collections import OrderedDict

from django.db.models import Q
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from ..conf import get_setting

MAX_PAGE_SIZE = 100
# Primary keys are 64-bit signed integers on every supported database.
MAX_PK = 2**63 - 1


def utc_or_none(value: datetime.datetime | None) -> datetime.datetime | None:
    """``value`` in UTC, or None when it has no UTC equivalent (year 1 at +14:00, year 9999 at -14:00)."""
    if value is None:
        return None
    try:
        return value.astimezone(datetime.UTC) if value.tzinfo else value
    except (OverflowError, ValueError):
        return None


class ModificationCursorPagination(BasePagination):
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    ordering = ("modified_at", "pk")

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if not raw:  # absent or empty: the default
            return min(int(get_setting("API_PAGE_SIZE")), MAX_PAGE_SIZE)
        # ASCII digits only: str.isdigit() also accepts "²", which int() refuses.
        if not re.fullmatch(r"[0-9]{1,4}", raw) or not 1 <= int(raw) <= MAX_PAGE_SIZE:
            raise ValidationError(
                {self.page_size_query_param: [_("Give a whole number from 1 to %(max)s.") % {"max": MAX_PAGE_SIZE}]}
            )
        return int(raw)

    def decode_cursor(self, request):
        raw = request.query_params.get(self.cursor_query_param)
        if not raw:  # absent or empty: the first page
            return None
        try:
            value, pk = json.loads(base64.urlsafe_b64decode(raw.encode("ascii")).decode())
            key = self.parse_key(value)
            # bool is an int in Python: a cursor with pk ``true`` is as invalid as one with 10**30.
            if type(pk) is not int or not 0 <= pk <= MAX_PK:
                raise ValueError
        except (ValueError, TypeError, UnicodeError, binascii.Error) as error:
            raise ValidationError({self.cursor_query_param: [_("Invalid cursor.")]}) from error
        return key, pk

    # The ordering key of a page's last row: written into the cursor, read back, and the rows after it.
    @staticmethod
    def cursor_key(instance):
        return instance.modified_at.isoformat()

    @staticmethod
    def parse_key(value):
        when = utc_or_none(parse_datetime(value))
        if when is None:
            raise ValueError
        return when

    @staticmethod
    def after(key, pk) -> Q:
        return Q(modified_at__gt=key) | Q(modified_at=key, pk__gt=pk)

    def encode_cursor(self, instance) -> str:
        payload = json.dumps([self.cursor_key(instance), instance.pk])
        return base64.urlsafe_b64encode(payload.encode()).decode("ascii")

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = self.get_page_size(request)
        position = self.decode_cursor(request)
        queryset = queryset.order_by(*self.ordering)
        if position is not None:
            queryset = queryset.filter(self.after(*position))
        rows = list(queryset[: self.page_size + 1])
        self.has_next = len(rows) > self.page_size
        self.page = rows[: self.page_size]
        return self.page

    def get_next_link(self) -> str | None:
        if not self.has_next:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.cursor_query_param, self.encode_cursor(self.page[-1]))

    def get_paginated_response(self, data):
        return Response(OrderedDict([("next", self.get_next_link()), ("results", data)]))

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": str(_("Opaque cursor from the previous page's `next` link.")),
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": str(_("Items per page, 1 to %(max)s.") % {"max": MAX_PAGE_SIZE}),
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            },
        ]


class SearchRankCursorPagination(ModificationCursorPagination):
    """Search results (``q``), best match first: the cursor is the last row's rank and primary key.

    Ranks are computed the same way on every page, so a row is never repeated or skipped between pages unless
    the package itself changes.
    """

    ordering = ("-search_rank", "-pk")

    @staticmethod
    def cursor_key(instance):
        return instance.search_rank

    @staticmethod
    def parse_key(value):
        if type(value) not in (int, float):
            raise ValueError
        return float(value)

    @staticmethod
    def after(key, pk) -> Q:
        return Q(search_rank__lt=key) | Q(search_rank=key, pk__lt=pk)
