"""Throttles: one rate for anonymous clients (``REST_FRAMEWORK['DEFAULT_THROTTLE_RATES']['anon']``), and each
partner's own ``Partner.rate``. Rates are read at call time so settings overrides apply."""

from __future__ import annotations

from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from .permissions import request_partner


class AnonymousRateThrottle(SimpleRateThrottle):
    scope = "anon"

    def __init__(self):
        pass  # the rate is read per request in allow_request, not bound at construction

    def allow_request(self, request, view):
        if request_partner(request) is not None:
            return True
        self.rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class PartnerRateThrottle(SimpleRateThrottle):
    scope = "partner"

    def __init__(self):
        pass

    def allow_request(self, request, view):
        partner = request_partner(request)
        if partner is None:
            return True
        self.rate = partner.rate
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": request_partner(request).pk}
