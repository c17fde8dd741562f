"""Throttles of the syndication API, counted per real client in the shared cache.

- anonymous clients: one rate (``REST_FRAMEWORK['DEFAULT_THROTTLE_RATES']['anon']``) per client address;
- partners: each partner's own ``Partner.rate``;
- failed token attempts: ``DEFAULT_THROTTLE_RATES['failed_token']`` (default ``FAILED_TOKEN_RATE``) per client
  address; past it, even a right token answers 429 until the window has passed.

The client address is the socket's (``REMOTE_ADDR``) unless the request came through one of the proxies listed in
``RELATIONS_PLUGIN_TRUSTED_PROXIES``: a client-supplied ``X-Forwarded-For`` is never believed otherwise. Counters
live in Django's default cache, shared by every app process when it is Redis. Rates are read at call time.
"""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass

from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from ..conf import get_setting
from .permissions import request_partner

FAILED_TOKEN_RATE = "20/minute"


def _networks(entries) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(entry, strict=False) for entry in entries]


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_address(request) -> str:
    """The client's IP address: the socket's, or behind trusted proxies the nearest address they did not add.

    ``X-Forwarded-For`` is read right to left, skipping the trusted proxies' own entries, and only when the socket
    peer is itself a trusted proxy; anything a client writes into the header further left is ignored.
    """
    meta = getattr(request, "_request", request).META
    remote = meta.get("REMOTE_ADDR", "")
    trusted = _networks(get_setting("TRUSTED_PROXIES"))
    peer = _address(remote)
    if not trusted or peer is None or not any(peer in network for network in trusted):
        return remote
    for hop in reversed(meta.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = _address(hop)
        if address is None:
            break  # a malformed entry: stop at the last address a trusted proxy vouched for
        if not any(address in network for network in trusted):
            return str(address)
        peer = address
    return str(peer)


@dataclass(frozen=True)
class RateLimit:
    """What a client has left: the ``RateLimit-*`` headers of every API answer."""

    limit: int
    remaining: int
    reset: int  # seconds until the oldest counted request leaves the window


class _ClientRateThrottle(SimpleRateThrottle):
    """A sliding-window throttle whose rate is chosen per request (``rate_for``) and read at call time."""

    def __init__(self):
        pass  # the rate is read per request, not bound at construction

    def rate_for(self, request) -> str | None:
        raise NotImplementedError

    def ident_for(self, request) -> str:
        return client_address(request)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.ident_for(request)}

    def _configure(self, request) -> bool:
        self.rate = self.rate_for(request)
        if self.rate is None:
            return False
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return True

    def allow_request(self, request, view):
        if not self._configure(request):
            return True
        return super().allow_request(request, view)

    def _history(self, request) -> list[float]:
        self.key = self.get_cache_key(request, None)
        self.now = self.timer()
        self.history = [stamp for stamp in self.cache.get(self.key, []) if stamp > self.now - self.duration]
        return self.history

    def state(self, request) -> RateLimit | None:
        """The client's budget as it stands, without counting a request."""
        if not self._configure(request):
            return None
        history = self._history(request)
        reset = math.ceil(self.duration - (self.now - history[-1])) if history else 0
        return RateLimit(limit=self.num_requests, remaining=max(self.num_requests - len(history), 0), reset=reset)


class AnonymousRateThrottle(_ClientRateThrottle):
    scope = "anon"

    def rate_for(self, request):
        if request_partner(request) is not None:
            return None
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class PartnerRateThrottle(_ClientRateThrottle):
    scope = "partner"

    def rate_for(self, request):
        partner = request_partner(request)
        return partner.rate if partner is not None else None

    def ident_for(self, request) -> str:
        return str(request_partner(request).pk)


class FailedTokenThrottle(_ClientRateThrottle):
    """Counts wrong or inactive tokens per client address, so tokens cannot be guessed at the anonymous rate."""

    scope = "failed_token"

    def rate_for(self, request):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope, FAILED_TOKEN_RATE)

    def blocked_for(self, request) -> float | None:
        """Seconds this address must wait before trying a token again, or None when it may try now."""
        if not self._configure(request) or len(self._history(request)) < self.num_requests:
            return None
        return self.wait()

    def record_failure(self, request) -> None:
        if self._configure(request):
            history = self._history(request)
            history.insert(0, self.now)
            self.cache.set(self.key, history, self.duration)


def rate_limit_state(request) -> RateLimit | None:
    """The budget that governs this request: the partner's, else the address's (failed tokens, if it sent one)."""
    if request_partner(request) is not None:
        return PartnerRateThrottle().state(request)
    anonymous = AnonymousRateThrottle().state(request)
    if not getattr(request, "_request", request).META.get("HTTP_AUTHORIZATION"):
        return anonymous
    failed = FailedTokenThrottle().state(request)
    candidates = [state for state in (anonymous, failed) if state is not None]
    return min(candidates, key=lambda state: state.remaining, default=None)


def add_rate_limit_headers(request, response) -> None:
    """``RateLimit-Limit``, ``RateLimit-Remaining`` and ``RateLimit-Reset`` on an API answer (IETF draft names)."""
    state = rate_limit_state(request)
    if state is not None:
        response["RateLimit-Limit"] = str(state.limit)
        response["RateLimit-Remaining"] = str(state.remaining)
        response["RateLimit-Reset"] = str(state.reset)
