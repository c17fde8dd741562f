"""Apphook URLs follow CMS page publishes in every process, at once.

django CMS builds an apphook's URLs from the published URLs of the page that carries it, one set per language, and
each process keeps what it built until the URLconf revision in the database changes (``ApphookReloadMiddleware``
compares it on every request). django CMS bumps that revision when a page's apphook changes in its admin, but not
when djangocms-versioning publishes or unpublishes a page translation: a Russian page published under the apphook
gave 404 on ``/ru/relations/…`` in every other process until a restart. Here a publish or unpublish of a page that
carries an apphook, or of one above it, bumps the revision once the transaction commits.
"""

from __future__ import annotations

from cms.models import PageContent
from cms.utils.apphook_reload import mark_urlconf_as_changed
from django.db import transaction
from djangocms_versioning import constants as versioning_constants
from djangocms_versioning.models import Version

MOVING_OPERATIONS = frozenset({versioning_constants.OPERATION_PUBLISH, versioning_constants.OPERATION_UNPUBLISH})


def carries_apphook(page) -> bool:
    """The page or a page below it has an apphook, so its URL is part of an apphook's URLs."""
    if page.application_urls:
        return True
    return page.get_descendants().exclude(application_urls__isnull=True).exclude(application_urls="").exists()


def on_version_operation(sender, *, operation: str, obj: Version, **kwargs) -> None:
    """djangocms-versioning's ``post_version_operation``: CMS page translations only."""
    if sender is not PageContent or operation not in MOVING_OPERATIONS:
        return
    if carries_apphook(obj.content.page):
        # After the commit, so no process rebuilds the URLs before the new page URL is visible to it.
        transaction.on_commit(mark_urlconf_as_changed)
