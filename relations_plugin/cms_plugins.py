"""django CMS plugins showing parts of published visit packages on any CMS page.

Every plugin renders only what readers may see in the placeholder's language (a selector decides), and none is
cached by the CMS: a package going live or being unpublished (also by timed publishing) must show at once.
"""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.contrib import admin
from django.template.loader import select_template
from django.urls import path
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import autocomplete, selectors
from .conf import get_setting
from .forms import PluginTemplateForm, PullQuotePluginForm, VisitPluginForm
from .models import (
    AgreementsListPluginModel,
    CeremonyGalleryPluginModel,
    LatestVisitsPluginModel,
    PullQuotePluginModel,
    VisitTeaserPluginModel,
)


class RelationsPluginBase(CMSPluginBase):
    """Shared by our plugins: module, no CMS cache, and an overridable template per ``instance.template``."""

    module = _("Bilateral visits")
    cache = False  # published_at / go-live times make the output time-dependent
    form = PluginTemplateForm
    template_name = ""

    def get_render_template(self, context, instance, placeholder):
        return select_template(
            [
                f"relations_plugin/plugins/{instance.template}/{self.template_name}.html",
                f"relations_plugin/plugins/default/{self.template_name}.html",
            ]
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        """The form, told the page's language: what editors may pick is what readers of that page see."""
        form = super().get_form(request, obj, change, **kwargs)
        language = obj.language if obj else self._cms_initial_attributes.get("language") or get_language()
        return type(form.__name__, (form,), {"plugin_language": language})


@plugin_pool.register_plugin
class VisitTeaserPlugin(RelationsPluginBase):
    model = VisitTeaserPluginModel
    form = VisitPluginForm
    name = _("Visit teaser")
    template_name = "visit_teaser"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["package"] = selectors.visit_get_teaser(visit_id=instance.visit_id, language=instance.language)
        return context


@plugin_pool.register_plugin
class PullQuotePlugin(RelationsPluginBase):
    model = PullQuotePluginModel
    form = PullQuotePluginForm
    fields = ["quote", "template"]
    name = _("Pull quote")
    template_name = "pull_quote"

    def get_plugin_urls(self):
        return [path("quotes/", admin.site.admin_view(autocomplete.quote_autocomplete), name=autocomplete.URL_NAME)]

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        quote = selectors.quote_get_for_plugin(
            visit_id=instance.visit_id, language=instance.language, quote_id=instance.quote_id
        )
        context["quote"] = quote
        context["package"] = quote.visit_content if quote else None
        toolbar = getattr(context.get("request"), "toolbar", None)
        # Readers see nothing where the quote went; editors are told why the place is empty.
        context["show_hint"] = quote is None and bool(toolbar and toolbar.edit_mode_active)
        return context


@plugin_pool.register_plugin
class AgreementsListPlugin(RelationsPluginBase):
    model = AgreementsListPluginModel
    form = VisitPluginForm
    name = _("Agreements list")
    template_name = "agreements_list"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["agreements"] = selectors.agreement_list_for_visit(
            visit_id=instance.visit_id, language=instance.language, limit=get_setting("HUB_LIMIT")
        )
        return context


@plugin_pool.register_plugin
class CeremonyGalleryPlugin(RelationsPluginBase):
    model = CeremonyGalleryPluginModel
    form = VisitPluginForm
    name = _("Ceremony gallery")
    template_name = "ceremony_gallery"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["photos"] = selectors.photo_list_for_visit(
            visit_id=instance.visit_id, language=instance.language, limit=instance.limit
        )
        return context


@plugin_pool.register_plugin
class LatestVisitsPlugin(RelationsPluginBase):
    model = LatestVisitsPluginModel
    name = _("Latest visits")
    template_name = "latest_visits"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["packages"] = selectors.visit_list_latest(
            language=instance.language,
            limit=instance.limit,
            relation_id=instance.relation_id,
            country=str(instance.country) or None,
        )
        return context
