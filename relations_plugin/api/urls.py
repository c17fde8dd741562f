"""Syndication API URLs, namespaced ``relations_plugin_api``; the host project mounts them under ``api/v1/``."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import SimpleRouter

from . import feeds, views

app_name = "relations_plugin_api"

router = SimpleRouter()
router.register("relations", views.RelationViewSet, basename="relation")
router.register("visits", views.VisitViewSet, basename="visit")
router.register("people", views.PersonViewSet, basename="person")
router.register("quotes", views.QuoteViewSet, basename="quote")
router.register("agreements", views.AgreementViewSet, basename="agreement")
router.register("articles", views.ArticleViewSet, basename="article")

urlpatterns = [
    path("", include(router.urls)),
    path("feeds/<str:language>/visits/", feeds.LatestVisitsFeed.as_view(), name="feed-visits"),
    path(
        "feeds/<str:language>/visits/relation/<slug:slug>/", feeds.RelationVisitsFeed.as_view(), name="feed-relation"
    ),
    path("feeds/<str:language>/visits/country/<str:code>/", feeds.CountryVisitsFeed.as_view(), name="feed-country"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="relations_plugin_api:schema"), name="docs"),
]
