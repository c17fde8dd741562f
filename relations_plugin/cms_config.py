"""django CMS integration: versioning of visit packages and articles (one version line per language)."""

from cms.app_base import CMSAppConfig
from django.conf import settings
from djangocms_versioning.datastructures import VersionableItem

from .models import ArticleContent, VisitContent
from .services import article_content_copy, visit_content_copy


def _languages(*args):
    return settings.LANGUAGES


def _render_visit_content(request, content):
    from .views import render_visit_content  # views import the URLconf machinery; keep app loading light

    return render_visit_content(request, content)


def _render_article_content(request, content):
    from .views import render_article_content

    return render_article_content(request, content)


class RelationsPluginCMSConfig(CMSAppConfig):
    cms_enabled = True
    # The CMS edit/preview endpoints render these on their reader page, drafts included, for editors.
    cms_toolbar_enabled_models = [
        (VisitContent, _render_visit_content, "visit"),
        (ArticleContent, _render_article_content, "article"),
    ]
    djangocms_versioning_enabled = True
    versioning = [
        VersionableItem(
            content_model=VisitContent,
            grouper_field_name="visit",
            extra_grouping_fields=["language"],
            version_list_filter_lookups={"language": _languages},
            copy_function=visit_content_copy,
            grouper_selector_option_label=lambda obj, language: str(obj),
        ),
        VersionableItem(
            content_model=ArticleContent,
            grouper_field_name="article",
            extra_grouping_fields=["language"],
            version_list_filter_lookups={"language": _languages},
            copy_function=article_content_copy,
            grouper_selector_option_label=lambda obj, language: str(obj),
        ),
    ]
