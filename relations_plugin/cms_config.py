"""django CMS integration: versioning of visit packages and articles (one version line per language)."""

from cms.app_base import CMSAppConfig
from django.conf import settings
from djangocms_versioning.datastructures import VersionableItem

from .models import ArticleContent, VisitContent
from .services import article_content_copy, visit_content_copy


def _languages(*args):
    return settings.LANGUAGES


class RelationsPluginCMSConfig(CMSAppConfig):
    cms_enabled = True
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
