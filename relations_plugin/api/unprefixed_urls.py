"""A URLconf without ``i18n_patterns``, set on API 404 responses.

Django's LocaleMiddleware turns a 404 on an unprefixed path into a redirect to ``/<lang>/...`` when that path
resolves, and the CMS catch-all resolves every path. Setting ``request.urlconf`` to this module for the
response keeps the API's 404s (drafts, embargo, unknown slugs) real 404s.
"""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("relations_plugin.api.urls", namespace="relations_plugin_api"))]
