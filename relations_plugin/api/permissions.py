"""Who may see what: partners with ``can_see_embargoed`` see embargoed packages; nobody else knows they exist."""

from __future__ import annotations

from ..models import Partner


def request_partner(request) -> Partner | None:
    auth = getattr(request, "auth", None)
    return auth if isinstance(auth, Partner) else None


def can_see_embargoed(request) -> bool:
    partner = request_partner(request)
    return bool(partner and partner.can_see_embargoed)


def keep_404(request) -> None:
    """Keep a 404 a 404: LocaleMiddleware would redirect it to ``/<lang>/...``, which the CMS catch-all resolves.

    It only redirects when the request's URLconf uses ``i18n_patterns``; ``unprefixed_urls`` does not.
    """
    request.urlconf = "relations_plugin.api.unprefixed_urls"
