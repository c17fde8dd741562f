"""Errors of the syndication API as RFC 9457 problem details (``application/problem+json``).

Wired as DRF's ``EXCEPTION_HANDLER``: every error a client can cause (bad parameter, unknown item, throttling,
bad token) answers one JSON shape naming what was wrong, whatever format the client asked for; nothing a client
sends reaches a 500.
"""

from __future__ import annotations

import json
from http import HTTPStatus

from django.http import HttpResponse
from django.utils.encoding import force_str
from django.utils.translation import gettext as _
from rest_framework.views import exception_handler

MEDIA_TYPE = "application/problem+json"
# Headers of DRF's own error answer that a client needs (throttling, authentication).
KEPT_HEADERS = ("Retry-After", "WWW-Authenticate", "Allow")


def _flatten(detail) -> list[str]:
    if isinstance(detail, dict):
        return [message for value in detail.values() for message in _flatten(value)]
    if isinstance(detail, list | tuple):
        return [message for value in detail for message in _flatten(value)]
    return [force_str(detail)]


def problem_response(status: int, *, detail: str = "", errors: dict | None = None) -> HttpResponse:
    """A problem+json answer; ``errors`` maps each parameter at fault to its messages."""
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    return HttpResponse(json.dumps(body, ensure_ascii=False), status=status, content_type=MEDIA_TYPE)


def problem_exception_handler(exc, context):
    """DRF's handler, answered as a problem: a 400 names each parameter at fault under ``errors``."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    errors = None
    if isinstance(data, dict) and "detail" not in data:
        errors = {str(name): _flatten(messages) for name, messages in data.items()}
        detail = _("Invalid parameters: %(names)s.") % {"names": ", ".join(errors)}
    elif isinstance(data, dict):
        detail = force_str(data["detail"])
    else:
        detail = " ".join(_flatten(data))
    problem = problem_response(response.status_code, detail=detail, errors=errors)
    for header in KEPT_HEADERS:
        if header in response:
            problem[header] = response[header]
    return problem
