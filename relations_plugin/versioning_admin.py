"""Versioning's and timed publishing's admin views behind the one state-change check (``permissions.py``).

djangocms-versioning registers one ``VersionAdmin`` per versioned content model (visit packages, articles, CMS
pages); its publish, unpublish, archive and revert views, and the toolbar buttons that post to them, are where
state changes. djangocms-timed-publishing adds a ``<pk>/timed/`` view that stores the visibility interval *before*
versioning checks the publish permission, on any version, published ones included: anyone with admin access could
take a published page off the site. ``guard_version_admins`` re-registers each version admin as a subclass that
asks ``permissions.check_state_change`` before anything is written, and replaces the timed view with one that
checks first, then stores the interval and publishes in one transaction. No installed package is patched.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render

from . import permissions, services
from .permissions import StateChange

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


class GuardedVersionAdminMixin:
    """Refuses state changes to anyone ``permissions`` does not allow, before versioning's views run."""

    def _check_state_change(self, request, object_id, change: StateChange) -> None:
        if request.method in SAFE_METHODS:
            return  # confirmation pages and forms change nothing
        version = self.get_object(request, unquote(object_id))
        if version is not None:  # versioning answers a missing version itself
            permissions.check_state_change(user=request.user, content=version.content, change=change)

    def publish_view(self, request, object_id):
        self._check_state_change(request, object_id, StateChange.PUBLISH)
        with transaction.atomic():
            version = self.get_object(request, unquote(object_id)) if request.method == "POST" else None
            if version is not None and version.can_be_published():
                services.version_drop_unconfirmed_schedule(version=version)
            return super().publish_view(request, object_id)

    def unpublish_view(self, request, object_id):
        self._check_state_change(request, object_id, StateChange.UNPUBLISH)
        return super().unpublish_view(request, object_id)

    def archive_view(self, request, object_id):
        self._check_state_change(request, object_id, StateChange.ARCHIVE)
        return super().archive_view(request, object_id)

    def revert_view(self, request, object_id):
        self._check_state_change(request, object_id, StateChange.REVERT)
        return super().revert_view(request, object_id)

    def timed_publish_view(self, request, object_id):
        """Publish a draft with a go-live and/or expiry time: checked first, interval and publish saved together."""
        from djangocms_timed_publishing.forms import TimedPublishingForm
        from djangocms_timed_publishing.models import TimedPublishingInterval
        from djangocms_versioning.constants import PUBLISHED
        from djangocms_versioning.models import Version

        if request.method not in ("GET", "POST"):
            return HttpResponseNotAllowed(["GET", "POST"])
        self._check_state_change(request, object_id, StateChange.SCHEDULE)
        form = TimedPublishingForm(request.POST if request.method == "POST" else None)
        if request.method == "GET" or not form.is_valid():
            return render(
                request,
                "djangocms_versioning/admin/timed_publishing.html",
                {"form": form, "errors": request.method != "GET"},
            )
        version = self.get_object(request, unquote(object_id))
        if version is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        start, end = form.cleaned_data["visibility_start"], form.cleaned_data["visibility_end"]
        with transaction.atomic():
            # Only a draft about to be published takes an interval; a published version's times are not edited here.
            if version.can_be_published():
                services.version_drop_unconfirmed_schedule(version=version)
                if start or end:
                    TimedPublishingInterval.objects.create(version=version, start=start, end=end)
            response = super().publish_view(request, object_id)
            if Version.objects.get(pk=version.pk).state != PUBLISHED:
                transaction.set_rollback(True)
        if response.status_code in REDIRECTS:
            from cms.constants import MODAL_HTML_REDIRECT

            return HttpResponse(MODAL_HTML_REDIRECT.format(url=response.url))  # closes the toolbar's modal
        return response


def guard_version_admins(site: admin.AdminSite | None = None) -> None:
    """Re-register every version admin of ``site`` with ``GuardedVersionAdminMixin`` (once; call after CMS setup)."""
    from djangocms_versioning.admin import VersionAdmin

    site = site or admin.site
    for model, model_admin in list(site._registry.items()):
        if isinstance(model_admin, VersionAdmin) and not isinstance(model_admin, GuardedVersionAdminMixin):
            guarded = type(
                f"Guarded{type(model_admin).__name__}",
                (GuardedVersionAdminMixin, type(model_admin)),
                {"__module__": __name__},
            )
            site.unregister(model)
            site.register(model, guarded)
