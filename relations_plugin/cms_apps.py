"""The apphook that serves the reader pages (visits, relation hubs, people, articles) under a CMS page."""

from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool
from django.utils.translation import gettext_lazy as _


@apphook_pool.register
class RelationsApphook(CMSApp):
    name = _("Bilateral visits")
    app_name = "relations_plugin"

    def get_urls(self, page=None, language=None, **kwargs):
        return ["relations_plugin.urls"]
