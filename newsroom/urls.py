"""URLs of the newsroom host project: admin, media in development, then django CMS (always last)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from newsroom.views import healthz, readyz
from relations_plugin.sitemaps import SITEMAPS

# Styled pages that need no database; a database outage answers 503 with Retry-After, or the cached page.
handler400 = "newsroom.views.bad_request"
handler500 = "newsroom.views.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="django.contrib.sitemaps.views.sitemap"),
    # The syndication API is not per-language in its URL (``?language=`` / Accept-Language): outside i18n_patterns.
    path("api/v1/", include("relations_plugin.api.urls", namespace="relations_plugin_api")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Shared previews of unpublished packages (per language, before the CMS so no page can shadow them).
urlpatterns += i18n_patterns(
    path("", include("relations_plugin.preview_urls", namespace="relations_plugin_preview")),
    path("", include("cms.urls")),
)
