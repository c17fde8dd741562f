"""The CMS toolbar's "Bilateral visits" menu: add and list packages, and edit the package on screen."""

from cms.toolbar_base import CMSToolbar
from cms.toolbar_pool import toolbar_pool
from cms.utils.urlutils import admin_reverse
from django.utils.translation import gettext_lazy as _

from .models import VisitContent
from .states import package_state

MENU_KEY = "relations_plugin"


@toolbar_pool.register
class RelationsToolbar(CMSToolbar):
    """Adds menu items and URLs only; the package on screen is ``toolbar.get_object()`` (set by the view)."""

    def populate(self):
        user = self.request.user
        if not user.is_authenticated or not user.has_perm("relations_plugin.change_visitcontent"):
            return
        menu = self.toolbar.get_or_create_menu(MENU_KEY, _("Bilateral visits"))
        if user.has_perm("relations_plugin.add_visitcontent"):
            menu.add_modal_item(_("Add a visit package"), url=admin_reverse("relations_plugin_visitcontent_add"))
        menu.add_sideframe_item(_("Visit packages"), url=admin_reverse("relations_plugin_visitcontent_changelist"))
        package = self.toolbar.get_object()
        if isinstance(package, VisitContent):
            menu.add_break()
            menu.add_link_item(package_state(package).label, url="", disabled=True)
            menu.add_modal_item(
                _("Edit this visit package"),
                url=admin_reverse("relations_plugin_visitcontent_change", args=[package.pk]),
            )
