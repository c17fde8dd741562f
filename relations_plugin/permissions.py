"""Who may change what readers and partners see: the one decision, asked before anything is saved.

State changes (publish, unpublish, schedule or expire, revert, archive) of visit packages, articles and CMS pages
are for editors: the content's publish permission (``relations_plugin.publish_visitcontent`` /
``publish_articlecontent``; for a CMS page, the CMS's own page publish right) or a superuser. Every surface asks
here: versioning's admin views and timed publishing (wrapped in ``versioning_admin.py``), the toolbar's buttons
(which post to those views), and the services.

Reference data that readers already see (people, relations, images and files of a published package) is changed by
editors only: a reporter's edit would be live at once, since reference data is not versioned.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser as User


class StateChange(StrEnum):
    PUBLISH = "publish"
    UNPUBLISH = "unpublish"
    SCHEDULE = "schedule"
    REVERT = "revert"
    ARCHIVE = "archive"


# The editors' permission: what makes a newsroom user an editor for reference data too.
EDITOR_PERMISSION = "relations_plugin.publish_visitcontent"
_PUBLISH_PERMISSIONS = {
    "relations_plugin.visitcontent": "relations_plugin.publish_visitcontent",
    "relations_plugin.articlecontent": "relations_plugin.publish_articlecontent",
}


def _is_staff(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active and user.is_staff)


def may_change_state(user: User, content: models.Model) -> bool:
    """Whether ``user`` may publish, unpublish, schedule, revert or archive versions of ``content``."""
    if not _is_staff(user):
        return False
    if user.is_superuser:
        return True
    permission = _PUBLISH_PERMISSIONS.get(content._meta.label_lower)
    if permission is not None:
        return user.has_perm(permission)
    # Other versioned content (CMS pages): the publish right its own app defines.
    has_publish_permission = getattr(content, "has_publish_permission", None)
    return bool(has_publish_permission is not None and has_publish_permission(user))


def check_state_change(*, user: User, content: models.Model, change: StateChange) -> None:
    """Raise ``PermissionDenied`` unless ``user`` may make ``change`` to ``content``; call it before any write."""
    if not may_change_state(user, content):
        raise PermissionDenied(_("Only editors may %(change)s this content.") % {"change": change.value})


def is_editor(user: User) -> bool:
    return _is_staff(user) and (user.is_superuser or user.has_perm(EDITOR_PERMISSION))


def may_change_reference(user: User, obj: models.Model | None) -> bool:
    """Whether ``user`` may change or delete a person, relation, image or file (the model permission aside).

    Editors change any; others only what no published package (scheduled ones included) shows yet.
    """
    if not _is_staff(user):
        return False
    if obj is None or is_editor(user):
        return True
    from . import selectors

    return not selectors.reference_shown_by_published(obj)
