from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("relations_plugin.api.urls", namespace="relations_plugin_api")),
]
urlpatterns += i18n_patterns(
    path("", include("relations_plugin.preview_urls", namespace="relations_plugin_preview")),
    path("", include("cms.urls")),
)
