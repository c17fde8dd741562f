"""Versioning's and timed publishing's admin views behind the one state-change check (``permissions.py``).

djangocms-versioning registers one ``VersionAdmin`` per versioned content model (visit packages, articles, CMS
pages); its publish, unpublish, archive and revert views, and the toolbar buttons that post to them, are where
state changes. djangocms-timed-publishing adds a ``<pk>/timed/`` view that stores the visibility interval *before*
versioning checks the publish permission, on any version, published ones included: anyone with admin access could
take a published page off the site. ``guard_version_admins`` re-registers each version admin as a subclass that
asks ``permissions.check_state_change`` before anything is written, and replaces the timed view with one that
checks first, then stores the interval and publishes in one transaction. No installed package is patched.

Publishing a visit package (now or with a time) also asks ``prepublish.check_package`` before anything is written:
errors refuse it, back to the package's form with the errors as messages; warnings answer with a page that lists
them, whose confirmation posts the same request again with ``CONFIRM_FIELD``.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from . import permissions, prepublish, services
from .models import VisitContent
from .permissions import StateChange

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
CONFIRM_FIELD = "confirm_warnings"


def _close_modal(response: HttpResponse) -> HttpResponse:
    """The toolbar opens timed publishing in a modal: a redirect closes it and goes there in the page."""
    if response.status_code in REDIRECTS:
        from cms.constants import MODAL_HTML_REDIRECT

        return HttpResponse(MODAL_HTML_REDIRECT.format(url=response.url))
    return response


def _form_url(content: VisitContent) -> str:
    return reverse("admin:relations_plugin_visitcontent_change", args=[content.pk])


class GuardedVersionAdminMixin:
    """Refuses state changes to anyone ``permissions`` does not allow, before versioning's views run."""

    def _check_state_change(self, request, object_id, change: StateChange) -> None:
        if request.method in SAFE_METHODS:
            return  # confirmation pages and forms change nothing
        version = self.get_object(request, unquote(object_id))
        if version is not None:  # versioning answers a missing version itself
            permissions.check_state_change(user=request.user, content=version.content, change=change)

    def _check_package(self, request, version) -> HttpResponse | None:
        """Refuse a package with errors, ask to confirm one with warnings; None when publishing may go on."""
        if not isinstance(version.content, VisitContent) or not version.can_be_published():
            return None  # versioning refuses what cannot be published itself
        content = version.content
        findings = prepublish.check_package(content)
        if prepublish.errors(findings):
            self.message_user(request, _("Not published: fix the package's errors first."), messages.ERROR)
            for finding in prepublish.errors(findings):
                self.message_user(request, finding.message, messages.ERROR)
            return HttpResponseRedirect(_form_url(content))
        if not findings or request.POST.get(CONFIRM_FIELD):
            return None
        resubmit = [
            (name, value)
            for name, values in request.POST.lists()
            if name not in {"csrfmiddlewaretoken", CONFIRM_FIELD}
            for value in values
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": VisitContent._meta,
            "original": content,
            "title": _("Publish with warnings?"),
            "findings": findings,
            "action": request.get_full_path(),
            "resubmit": resubmit,
            "confirm_field": CONFIRM_FIELD,
        }
        return TemplateResponse(request, "admin/relations_plugin/visitcontent/prepublish_confirm.html", context)

    def publish_view(self, request, object_id):
        self._check_state_change(request, object_id, StateChange.PUBLISH)
        version = self.get_object(request, unquote(object_id)) if request.method == "POST" else None
        refusal = self._check_package(request, version) if version is not None else None
        if refusal is not None:
            return refusal
        with transaction.atomic():
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
            context = {"form": form, "errors": request.method != "GET"}
            version = self.get_object(request, unquote(object_id))
            if version is not None and isinstance(version.content, VisitContent) and version.can_be_published():
                context["findings"] = prepublish.check_package(version.content)
                context["findings_url"] = _form_url(version.content)
                return render(request, "admin/relations_plugin/visitcontent/timed_publish.html", context)
            return render(request, "djangocms_versioning/admin/timed_publishing.html", context)
        version = self.get_object(request, unquote(object_id))
        if version is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        refusal = self._check_package(request, version)
        if refusal is not None:
            return _close_modal(refusal)
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
        return _close_modal(response)


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
