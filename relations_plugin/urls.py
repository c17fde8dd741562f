"""Reader URLs, mounted under the page the RelationsApphook is attached to (one set per language)."""

from django.urls import path

from . import constants, views
from .search import SEARCH_URL

app_name = "relations_plugin"

urlpatterns = [
    path("", views.VisitListView.as_view(), name=constants.VISIT_LIST_URL),
    path("visits/<str:slug>/", views.VisitDetailView.as_view(), name=constants.VISIT_DETAIL_URL),
    path("search/", views.SearchView.as_view(), name=SEARCH_URL),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name=constants.PERSON_DETAIL_URL),
    path("articles/<str:slug>/", views.ArticleDetailView.as_view(), name=constants.ARTICLE_DETAIL_URL),
    path("<slug:slug>/", views.RelationDetailView.as_view(), name=constants.RELATION_DETAIL_URL),
]
