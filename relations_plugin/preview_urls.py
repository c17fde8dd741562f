"""The shared-preview URL, outside the apphook so it works on a site with no visit page at all.

The host project mounts it inside ``i18n_patterns``, before the CMS:
``path("", include("relations_plugin.preview_urls", namespace="relations_plugin_preview"))``.
"""

from django.urls import path

from . import constants, views

app_name = "relations_plugin_preview"

urlpatterns = [
    path("preview/<str:token>/", views.preview_visit_content, name=constants.PREVIEW_URL),
]
