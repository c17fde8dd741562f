"""Partner token authentication: ``Authorization: Token <token>`` against active ``Partner`` rows."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from ..partners import partner_by_token
from .throttling import FailedTokenThrottle


class PartnerTokenAuthentication(authentication.BaseAuthentication):
    """Sets ``request.auth`` to the partner; ``request.user`` stays anonymous (partners are not site users)."""

    keyword = "Token"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        failures = FailedTokenThrottle()
        wait = failures.blocked_for(request)
        if wait is not None:
            raise exceptions.Throttled(wait)  # checked before the token: guessing gets no answer past the limit
        try:
            return self._authenticate_token(header)
        except exceptions.AuthenticationFailed:
            failures.record_failure(request)
            raise

    def _authenticate_token(self, header):
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("Invalid token header: give exactly one token."))
        try:
            token = header[1].decode()
        except UnicodeError as error:
            raise exceptions.AuthenticationFailed(_("Invalid token header.")) from error
        partner = partner_by_token(token)  # the current token, or the previous one in its grace period
        if partner is None:
            raise exceptions.AuthenticationFailed(_("Invalid or inactive token."))
        return AnonymousUser(), partner

    def authenticate_header(self, request):
        return self.keyword
