"""Syndication partners' tokens: rotation with a grace period, and the lookup authentication uses."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .conf import get_setting
from .models import Partner, _new_token


@transaction.atomic
def partner_token_rotate(*, partner: Partner) -> Partner:
    """A new token for the partner; the current one keeps working for ``TOKEN_GRACE_HOURS``, then stops."""
    hours = float(get_setting("TOKEN_GRACE_HOURS"))
    partner.previous_token = partner.token
    partner.previous_token_expires_at = timezone.now() + datetime.timedelta(hours=hours)
    partner.token = _new_token()
    partner.save(update_fields=["token", "previous_token", "previous_token_expires_at", "updated_at"])
    return partner


def partner_by_token(token: str) -> Partner | None:
    """The active partner whose current token this is, or whose previous token it is within the grace period."""
    if not token:
        return None
    return Partner.objects.filter(
        Q(token=token) | Q(previous_token=token, previous_token_expires_at__gt=timezone.now()), is_active=True
    ).first()
