"""The editors' admin: reference data, and each visit package filled on one screen."""

from __future__ import annotations

import copy
import dataclasses
import logging

from cms.admin.placeholderadmin import FrontendEditableAdminMixin
from django import forms as django_forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import DateTimeField, Prefetch
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from djangocms_text.fields import HTMLField
from djangocms_versioning import constants as versioning_constants
from djangocms_versioning.admin import ExtendedVersionAdminMixin
from modeltranslation.admin import TranslationAdmin

from . import (
    compare,
    constants,
    forms,
    html,
    partners,
    permissions,
    prepublish,
    selectors,
    services,
    states,
    timezones,
    translations,
    webhooks,
)
from .exceptions import VisitStateError
from .extraction import suggest_package
from .models import (
    Agreement,
    Article,
    ArticleContent,
    CeremonyPhoto,
    EditorProfile,
    LinkedArticle,
    Participation,
    Partner,
    Person,
    ProgrammeEvent,
    Quote,
    Relation,
    Visit,
    VisitContent,
    WebhookDelivery,
    WebhookEndpoint,
)

logger = logging.getLogger(__name__)

ASSISTANT_FAILED = _(
    "The assistant could not read this article. Nothing was added; fill the package by hand, or send the text to the "
    "developers."
)


class VersionStateFilter(admin.SimpleListFilter):
    """Draft, published, unpublished or archived, as djangocms-versioning records it."""

    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return versioning_constants.VERSION_STATES

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(versions__state=self.value())
        return queryset


class ReferenceDataPermissionMixin:
    """People, relations, images and files that a published package shows are changed by editors only.

    Reference data is not versioned, so a change is live at once; ``permissions.may_change_reference`` decides.
    Others keep the model permission for what no published package shows yet (a reporter's new person).
    """

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and permissions.may_change_reference(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and permissions.may_change_reference(request.user, obj)


def guard_media_library(site: admin.AdminSite | None = None) -> None:
    """Re-register django-filer's file and image admins with ``ReferenceDataPermissionMixin`` (once)."""
    from filer.models import File, Image

    site = site or admin.site
    for model in (File, Image):
        model_admin = site._registry.get(model)
        if model_admin is not None and not isinstance(model_admin, ReferenceDataPermissionMixin):
            guarded = type(
                f"Guarded{type(model_admin).__name__}",
                (ReferenceDataPermissionMixin, type(model_admin)),
                {"__module__": __name__},
            )
            site.unregister(model)
            site.register(model, guarded)


@admin.register(Relation)
class RelationAdmin(ReferenceDataPermissionMixin, TranslationAdmin):
    form = forms.RelationForm
    list_display = ["__str__", "slug", "established_on"]
    search_fields = ["slug", "country_a", "country_b"]


@admin.register(Person)
class PersonAdmin(ReferenceDataPermissionMixin, TranslationAdmin):
    form = forms.PersonForm
    list_display = ["name", "country", "title"]
    list_filter = ["country"]
    search_fields = ["name", "native_name", "title", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["portrait"]


@admin.register(Visit)
class VisitAdmin(admin.ModelAdmin):
    list_display = ["__str__", "relation", "guest_country", "host_country", "created_at"]
    list_filter = ["relation"]
    list_select_related = ["relation"]
    search_fields = ["contents__headline", "relation__slug"]
    autocomplete_fields = ["relation"]

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset, True if search_term else may_have_duplicates


class PackageInline(admin.StackedInline):
    """One section of the package form; a new package opens with one empty row in each, ready to fill."""

    extra = 0
    formset = forms.PackageFormSet

    def get_extra(self, request, obj=None, **kwargs):
        return 1 if obj is None else self.extra


class ParticipationInline(PackageInline):
    model = Participation
    form = forms.ParticipationForm
    formset = forms.ParticipationFormSet
    fields = ["person", "role", "role_title", "sort_order"]
    autocomplete_fields = ["person"]

    def get_extra(self, request, obj=None, **kwargs):
        return 2 if obj is None else self.extra  # a bilateral visit has a guest and a host


class ProgrammeEventInline(PackageInline):
    model = ProgrammeEvent
    form = forms.ProgrammeEventForm
    formset = forms.ProgrammeEventFormSet
    fields = ["kind", "title", "starts_at", "place", "description", "sort_order"]
    formfield_overrides = {
        DateTimeField: {"form_class": forms.ZonedSplitDateTimeField, "widget": forms.ZonedSplitDateTime}
    }


class QuoteInline(PackageInline):
    model = Quote
    form = forms.QuoteForm
    formset = forms.QuoteFormSet
    fields = [
        "speaker",
        "text",
        "kind",
        "context",
        "said_on",
        "source_article",
        ("start_offset", "end_offset"),
        "sort_order",
    ]
    autocomplete_fields = ["speaker", "source_article"]


class AgreementInline(PackageInline):
    model = Agreement
    formset = forms.AgreementFormSet
    fields = ["title", ("kind", "sphere", "status"), "signatories", "signed_on", "document", "summary", "sort_order"]
    autocomplete_fields = ["signatories"]


class CeremonyPhotoInline(PackageInline):
    model = CeremonyPhoto
    form = forms.CeremonyPhotoForm
    formset = forms.CeremonyPhotoFormSet
    fields = ["image", "alt_text", "caption", "credit", "event_row", "sort_order"]


class LinkedArticleInline(PackageInline):
    model = LinkedArticle
    fields = ["article", "role", "sort_order"]
    autocomplete_fields = ["article"]


class EditorialWorkflowAdminMixin:
    """Shared preview links, version history with who published what, and comparison of two versions."""

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        view = self.admin_site.admin_view
        return [
            path("compare/", view(self.compare_view), name="{}_{}_compare".format(*info)),
            path(
                "<path:object_id>/preview-links/",
                view(self.preview_links_view),
                name="{}_{}_preview_links".format(*info),
            ),
            path("<path:object_id>/history/", view(self.version_history_view), name="{}_{}_versions".format(*info)),
            path("<path:object_id>/translate/", view(self.translate_view), name="{}_{}_translate".format(*info)),
            *super().get_urls(),
        ]

    def _content_or_404(self, request, object_id) -> VisitContent:
        content = self.get_object(request, unquote(object_id))
        if content is None:
            raise Http404
        return content

    def _context(self, request, content, title, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": content,
            "title": title,
            **extra,
        }

    def translate_view(self, request, object_id):
        """Translate into …: a draft in another language with every item copied, then its change form."""
        content = self._content_or_404(request, object_id)
        if not self.has_add_permission(request):
            raise PermissionDenied
        choices = translations.languages_to_translate_into(content)
        form = forms.TranslatePackageForm(request.POST or None, languages=choices)
        if request.method == "POST" and form.is_valid():
            try:
                draft = translations.visit_content_translate(
                    source=content, language=form.cleaned_data["language"], by=request.user
                )
            except VisitStateError as error:
                form.add_error("language", str(error))
            else:
                messages.success(
                    request,
                    _("Draft in %(language)s created from this version: translate its text, captions and quotes.")
                    % {"language": dict(choices)[draft.language]},
                )
                return HttpResponseRedirect(
                    reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[draft.pk])
                )
        context = self._context(request, content, _("Translate into another language"), form=form, choices=choices)
        return TemplateResponse(request, "admin/relations_plugin/visitcontent/translate.html", context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        content = self.get_object(request, unquote(object_id))
        if content is not None:
            extra_context["translation_status"] = translations.translation_status(content)
            extra_context["package_state"] = states.package_state(content)
            if content.versions.get().state == versioning_constants.DRAFT:
                extra_context["prepublish_findings"] = prepublish.check_package(content)
        return super().change_view(request, object_id, form_url, extra_context=extra_context)

    def preview_links_view(self, request, object_id):
        """Create a preview link (the URL is shown once: only its digest is stored), list and revoke links."""
        content = self._content_or_404(request, object_id)
        if not content.has_publish_permission(request.user):
            raise PermissionDenied
        form, new_link_url = forms.PreviewLinkForm(), ""
        if request.method == "POST" and "revoke" in request.POST:
            revoke = request.POST["revoke"]
            link = selectors.preview_link_get(pk=int(revoke), content=content) if revoke.isdigit() else None
            if link is None:
                raise Http404
            services.preview_link_revoke(link=link, by=request.user)
            self.message_user(request, _("The preview link was revoked."))
            return HttpResponseRedirect(request.path)
        if request.method == "POST":
            form = forms.PreviewLinkForm(request.POST)
            if form.is_valid():
                try:
                    _link, token = services.preview_link_create(
                        content=content, by=request.user, lifetime=form.cleaned_data["lifetime"]
                    )
                except VisitStateError as error:
                    self.message_user(request, str(error), messages.ERROR)
                else:
                    with translation.override(content.language):
                        new_link_url = request.build_absolute_uri(
                            reverse(f"relations_plugin_preview:{constants.PREVIEW_URL}", kwargs={"token": token})
                        )
                    form = forms.PreviewLinkForm()
        context = self._context(
            request,
            content,
            _("Preview links"),
            form=form,
            new_link_url=new_link_url,
            links=selectors.preview_link_list_for_content(content=content),
            now=timezone.now(),
        )
        response = TemplateResponse(request, "admin/relations_plugin/visitcontent/preview_links.html", context)
        response["Cache-Control"] = "private, no-store"
        return response

    def version_history_view(self, request, object_id):
        """Every version of this visit and language: who created, changed, published and unpublished it, and when."""
        content = self._content_or_404(request, object_id)
        if not self.has_view_permission(request, content):
            raise PermissionDenied
        versions = selectors.visit_version_history(content=content)
        title = _("History of “%(headline)s”") % {"headline": content}
        context = self._context(request, content, title, versions=versions)
        return TemplateResponse(request, "admin/relations_plugin/visitcontent/history.html", context)

    def compare_view(self, request):
        """Differences between versions ``a`` (older) and ``b`` of one visit and language, children included."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            left_pk, right_pk = int(request.GET["a"]), int(request.GET["b"])
        except (KeyError, ValueError):
            raise Http404 from None
        pair = selectors.visit_versions_to_compare(left_pk=left_pk, right_pk=right_pk)
        if pair is None:
            raise Http404
        old, new = pair
        titles = selectors.article_headlines(
            article_ids=selectors.package_article_ids(old) | selectors.package_article_ids(new), language=new.language
        )
        context = self._context(
            request,
            new,
            _("Compare versions"),
            old=old,
            new=new,
            diff=compare.package_diff(old, new, article_titles=titles),
        )
        return TemplateResponse(request, "admin/relations_plugin/visitcontent/compare.html", context)


# The package form's script shows these (``package_form.js``); ``%(name)s`` is filled in there.
PACKAGE_SCREEN_TEXT = {
    "missing": _("missing"),
    "complete": _("complete"),
    "still_missing": _("Still missing: %(sections)s."),
    "nothing_missing": _("Nothing is missing."),
    "drag": _("Drag to move"),
    "move_up": _("Move up"),
    "move_down": _("Move down"),
    "event": _("Event %(number)s"),
    "select_words": _("Select the quote's words in “%(headline)s”"),
    "no_text": _("This article has no text to quote from."),
    "selected": _("Characters %(start)s to %(end)s of the article."),
    "use_selection": _("Use the selected words"),
}


@admin.register(VisitContent)
class VisitContentAdmin(
    EditorialWorkflowAdminMixin, FrontendEditableAdminMixin, ExtendedVersionAdminMixin, admin.ModelAdmin
):
    form = forms.VisitContentForm
    inlines = [
        ParticipationInline,
        ProgrammeEventInline,
        QuoteInline,
        AgreementInline,
        CeremonyPhotoInline,
        LinkedArticleInline,
    ]
    list_display = ["headline", "language", "visit_type", "starts_on", "city", "package_state"]
    list_filter = [
        "language",
        VersionStateFilter,
        "visit_type",
        "visit__relation",
        "visit__guest_country",
        "visit__host_country",
    ]
    search_fields = ["headline", "summary", "participations__person__name", "participations__person__aliases"]
    list_select_related = ["visit__relation"]
    autocomplete_fields = ["visit"]
    date_hierarchy = "starts_on"
    change_form_template = "admin/relations_plugin/visitcontent/package_form.html"

    class Media:
        css = {"all": ["relations_plugin/admin/package_form.css"]}
        js = ["relations_plugin/admin/package_form.js"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.may_add_relation = request.user.has_perm("relations_plugin.add_relation")
        if "relation" in form.base_fields:
            # A form field, not the model's: wrapped by hand for the admin's "+" (add in a popup) beside it. A copy:
            # every class get_form makes shares the declared field, which would be wrapped again on each request.
            field = form.base_fields["relation"] = copy.deepcopy(form.base_fields["relation"])
            field.widget = RelatedFieldWidgetWrapper(
                field.widget,
                Visit._meta.get_field("relation").remote_field,
                self.admin_site,
                can_add_related=form.may_add_relation,
            )
        return form

    def get_fieldsets(self, request, obj=None):
        package = [
            "language",
            "headline",
            "slug",
            "summary",
            "visit_type",
            ("starts_on", "ends_on"),
            ("city", "venue"),
            "time_zone",
            "lead_photo",
            "lead_photo_alt",
            "correction_note",
        ]
        if obj is not None:
            return [(_("Facts"), {"fields": ["visit", *package, "loaded_at"]})]
        return [
            (_("Visit"), {"fields": ["visit", ("guest_country", "host_country"), "relation"]}),
            (_("Facts"), {"fields": package}),
        ]

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset, True if search_term else may_have_duplicates

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["package_screen_text"] = PACKAGE_SCREEN_TEXT
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def get_queryset(self, request):
        return states.with_package_state(super().get_queryset(request))

    @admin.display(description=_("package state"))
    def package_state(self, obj):
        return states.package_state(obj).label

    def _create_formsets(self, request, obj, change):
        formsets, inline_instances = super()._create_formsets(request, obj, change)
        participations = next(
            (fs for fs in formsets if isinstance(fs, forms.ParticipationFormSet)),
            None,
        )
        programme = next((fs for fs in formsets if isinstance(fs, forms.ProgrammeEventFormSet)), None)
        for formset in formsets:
            formset.participations_formset = participations
            formset.programme_formset = programme
        return formsets, inline_instances

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/import/",
                self.admin_site.admin_view(self.import_view),
                name="{}_{}_import".format(*info),
            ),
            path(
                "source-text/<int:article_id>/",
                self.admin_site.admin_view(self.source_text_view),
                name="{}_{}_source_text".format(*info),
            ),
            *super().get_urls(),
        ]

    def source_text_view(self, request, article_id):
        """An article's text as quote offsets count in it, for choosing a quote by selecting its words."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        language = request.GET.get("language", "")
        source = forms.SourceTexts(language if language in dict(settings.LANGUAGES) else "").get(article_id)
        if source is None:
            raise Http404
        return JsonResponse(dataclasses.asdict(source))

    def import_view(self, request, object_id):
        """Import from article: paste or pick an article, review the suggestions, add the ticked ones."""
        content = self.get_object(request, unquote(object_id))
        if content is None:
            raise Http404
        if not self.has_change_permission(request, content):
            raise PermissionDenied
        step = request.POST.get("step")
        import_form = forms.ArticleImportForm(
            request.POST or None, language=content.language, initial={"dateline": content.starts_on}
        )
        review = None
        if step and import_form.is_valid():
            people = forms.KnownPeople.load()
            try:
                suggestions = suggest_package(
                    import_form.article_text, dateline=import_form.cleaned_data["dateline"], people=people.known
                )
            except Exception:
                # The assistant reads free text no one has seen by rules of thumb: a text it cannot read is logged
                # for the developers and told to the editor, with the pasted article kept in the form.
                logger.exception("The import assistant failed on a pasted article (package %s)", content.pk)
                import_form.add_error(None, ASSISTANT_FAILED)
            else:
                review = forms.SuggestionReviewForm(
                    request.POST if step == "accept" else None, suggestions=suggestions, people=people, content=content
                )
            if review is not None and step == "accept" and review.is_valid():
                try:
                    result = services.package_import(
                        content=content,
                        by=request.user,
                        text=import_form.article_text,
                        accepted=review.accepted(),
                        article=import_form.cleaned_data["article"],
                        headline=import_form.cleaned_data["headline"],
                        source=import_form.cleaned_data["source"],
                    )
                except (VisitStateError, ValidationError) as error:
                    for message in getattr(error, "messages", [str(error)]):
                        self.message_user(request, message, messages.ERROR)
                else:
                    self._report_import(request, result)
                    return HttpResponseRedirect(
                        reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[content.pk])
                    )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": content,
            "title": _("Import from article"),
            "import_form": import_form,
            "review": review,
            "media": self.media + import_form.media,
        }
        return TemplateResponse(request, "admin/relations_plugin/visitcontent/import.html", context)

    def _report_import(self, request, result: services.ImportResult) -> None:
        def listed(counts: dict[str, int]) -> str:
            return ", ".join(f"{count} {what}" for what, count in counts.items())

        self.message_user(request, _("Added: %(added)s.") % {"added": listed(result.created) or _("nothing new")})
        if result.skipped:
            self.message_user(
                request, _("Already in the package, left out: %(items)s.") % {"items": listed(result.skipped)}
            )

    def save_model(self, request, obj, form, change):
        if form.new_relation is not None:
            form.new_relation.save()
        if form.new_visit is not None:
            new_visit = form.new_visit
            obj.visit = services.visit_create(
                relation=new_visit.relation,
                guest_country=new_visit.guest_country,
                host_country=new_visit.host_country,
            )
        super().save_model(request, obj, form, change)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "page", "created_at"]
    search_fields = ["contents__headline", "contents__slug"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch(
                    "contents", queryset=ArticleContent._base_manager.only("article_id", "headline").order_by("pk")
                )
            )
        )

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset, True if search_term else may_have_duplicates


@admin.register(ArticleContent)
class ArticleContentAdmin(FrontendEditableAdminMixin, ExtendedVersionAdminMixin, admin.ModelAdmin):
    form = forms.ArticleContentForm
    # The body's markup that would swallow the editor's text is defused before djangocms-text sanitises it.
    formfield_overrides = {
        HTMLField: {"form_class": html.SanitisedHTMLFormField},
        DateTimeField: {"widget": forms.ZonedSplitDateTime},
    }
    list_display = ["headline", "language", "source", "published_at"]
    list_filter = ["language", VersionStateFilter, "source"]
    search_fields = ["headline", "standfirst", "byline"]
    fields = [*forms.ArticleContentForm.Meta.fields, "loaded_at"]
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["article"]

    def save_model(self, request, obj, form, change):
        if not change and not obj.article_id:
            obj.article = Article.objects.create()
        super().save_model(request, obj, form, change)


class WebhookEndpointForm(django_forms.ModelForm):
    events = django_forms.MultipleChoiceField(
        label=_("events"),
        choices=constants.WebhookEvent.choices,
        required=False,
        widget=django_forms.CheckboxSelectMultiple,
        help_text=_("None ticked: every event."),
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "events", "secret", "is_active"]


class WebhookEndpointInline(admin.TabularInline):
    """A partner's webhook endpoints: signed with the secret (Standard Webhooks), only the ticked events."""

    model = WebhookEndpoint
    form = WebhookEndpointForm
    extra = 0


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    """Syndication partners: the token is generated on creation and shown read-only, to hand to the partner."""

    list_display = ["name", "is_active", "can_see_embargoed", "rate", "updated_at"]
    list_filter = ["is_active", "can_see_embargoed"]
    search_fields = ["name", "contact_email"]
    fields = ["name", "token", "previous_token_expires_at", "is_active", "can_see_embargoed", "rate", "contact_email"]
    readonly_fields = ["token", "previous_token_expires_at"]
    inlines = [WebhookEndpointInline]
    actions = ["rotate_token"]

    @admin.action(description=_("Rotate the token (the old one keeps working for a grace period)"))
    def rotate_token(self, request, queryset):
        for partner in queryset:
            partners.partner_token_rotate(partner=partner)
        self.message_user(request, _("New tokens issued: %(count)d.") % {"count": len(queryset)}, messages.SUCCESS)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    """The delivery log: every event sent to a partner's endpoint, how it went, and "redeliver"."""

    list_display = [
        "event_type",
        "event_id",
        "endpoint",
        "partner",
        "status",
        "attempts",
        "response_code",
        "latency_ms",
        "created_at",
        "delivered_at",
    ]
    list_filter = ["status", "event_type", "endpoint__partner"]
    list_select_related = ["endpoint__partner"]
    search_fields = ["event_id", "endpoint__url", "endpoint__partner__name"]
    readonly_fields = [
        "endpoint",
        "event_id",
        "event_type",
        "payload",
        "status",
        "attempts",
        "response_code",
        "latency_ms",
        "last_error",
        "created_at",
        "next_attempt_at",
        "delivered_at",
    ]
    actions = ["redeliver"]

    @admin.display(description=_("partner"), ordering="endpoint__partner__name")
    def partner(self, obj):
        return obj.endpoint.partner

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Redeliver"), permissions=["view"])
    def redeliver(self, request, queryset):
        count = webhooks.deliveries_redeliver(deliveries=queryset)
        self.message_user(request, _("Deliveries queued again: %(count)d.") % {"count": count}, messages.SUCCESS)


@admin.register(EditorProfile)
class EditorProfileAdmin(admin.ModelAdmin):
    """My preferences: every editor sets their own time zone here, and sees no one else's preferences."""

    form = forms.EditorProfileForm
    fields = ["time_zone"]

    def _own(self, request, obj=None) -> bool:
        user = request.user
        return user.is_active and user.is_staff and (obj is None or obj.user_id == user.pk)

    def has_module_permission(self, request):
        return self._own(request)

    def has_view_permission(self, request, obj=None):
        return self._own(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._own(request, obj)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).filter(user=request.user)

    def changelist_view(self, request, extra_context=None):
        profile = timezones.editor_profile(request.user)
        return HttpResponseRedirect(reverse("admin:relations_plugin_editorprofile_change", args=[profile.pk]))

    def response_change(self, request, obj):
        self.message_user(request, _("Your preferences were saved."), messages.SUCCESS)
        return HttpResponseRedirect(request.path)
