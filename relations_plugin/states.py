"""What state a visit package is in for its language, said the way an editor means it.

Versioning records a state per version; an editor asks about the package: is it on the site, from when, and is
there a draft on top of it. ``package_state`` answers from every version of the package in its language:

- *Draft*: never published.
- *Published*; *Published, with changes in draft* when a newer draft exists.
- *Scheduled for <time>*: published with a go-live time ahead; nobody outside sees it before then.
- *Embargoed until <time>*: the same, while partners allowed to see embargoed items exist: they have it already,
  readers get it at that time.
- *Expired on <time>*: published with an expiry time that has passed.
- *Unpublished*: taken off the site (a new draft may be in the works).
- *Archived*: only archived versions.

``with_package_state`` annotates a queryset with the facts the decision needs, so a list asks no query per row.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Partner, VisitContent

FACTS = (
    "state_published",
    "state_go_live",
    "state_expires",
    "state_has_draft",
    "state_unpublished",
    "state_embargo_shared",
)


class StateCode(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    PUBLISHED_WITH_DRAFT = "published_with_draft"
    SCHEDULED = "scheduled"
    EMBARGOED = "embargoed"
    EXPIRED = "expired"
    UNPUBLISHED = "unpublished"
    ARCHIVED = "archived"


@dataclass(frozen=True)
class PackageState:
    """A package's state in one language: ``at`` is the go-live or expiry time its label names, if any."""

    code: StateCode
    label: str
    at: datetime.datetime | None = None

    def __str__(self) -> str:
        return self.label


def with_package_state(queryset: QuerySet[VisitContent]) -> QuerySet[VisitContent]:
    """Annotate each package version with the versions of its package (visit and language) ``package_state`` reads."""
    from djangocms_versioning.constants import DRAFT, PUBLISHED, UNPUBLISHED

    siblings = VisitContent._base_manager.filter(visit_id=OuterRef("visit_id"), language=OuterRef("language"))
    published = siblings.filter(versions__state=PUBLISHED).order_by()
    return queryset.annotate(
        state_published=Exists(published),
        state_go_live=Subquery(published.values("versions__visibility__start")[:1]),
        state_expires=Subquery(published.values("versions__visibility__end")[:1]),
        state_has_draft=Exists(siblings.filter(versions__state=DRAFT)),
        state_unpublished=Exists(siblings.filter(versions__state=UNPUBLISHED)),
        state_embargo_shared=Exists(Partner.objects.filter(is_active=True, can_see_embargoed=True)),
    )


def _when(at: datetime.datetime) -> str:
    return date_format(timezone.localtime(at), "DATETIME_FORMAT")


def package_state(content: VisitContent, now: datetime.datetime | None = None) -> PackageState:
    """The state of ``content``'s package in its language at ``now``; one query unless ``with_package_state`` ran."""
    if not all(hasattr(content, fact) for fact in FACTS):
        content = with_package_state(VisitContent._base_manager.filter(pk=content.pk)).get()
    now = now or timezone.now()
    if content.state_published:
        if content.state_expires is not None and content.state_expires <= now:
            at = content.state_expires
            return PackageState(StateCode.EXPIRED, _("Expired on %(time)s") % {"time": _when(at)}, at)
        if content.state_go_live is not None and content.state_go_live > now:
            at = content.state_go_live
            if content.state_embargo_shared:
                return PackageState(StateCode.EMBARGOED, _("Embargoed until %(time)s") % {"time": _when(at)}, at)
            return PackageState(StateCode.SCHEDULED, _("Scheduled for %(time)s") % {"time": _when(at)}, at)
        if content.state_has_draft:
            return PackageState(StateCode.PUBLISHED_WITH_DRAFT, _("Published, with changes in draft"))
        return PackageState(StateCode.PUBLISHED, _("Published"))
    if content.state_unpublished:
        return PackageState(StateCode.UNPUBLISHED, _("Unpublished"))
    if content.state_has_draft:
        return PackageState(StateCode.DRAFT, _("Draft"))
    return PackageState(StateCode.ARCHIVED, _("Archived"))
