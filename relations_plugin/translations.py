"""Translations of a package: one language's version made from another's, and whether its source moved on.

A translation is a new ``VisitContent`` of the same ``Visit`` in another language: a draft with every item of
the source copied (participants, programme, quotes, agreements, photos with their captions, linked articles) and
``translated_from`` pointing at the exact source version. Quotes keep the words as they were said
(``original_text``, ``original_language``) beside the translation readers read. When the source language is
published again after the translation was made, the translation is flagged until a translator makes a new one
or carries the changes over.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _

from .exceptions import VisitStateError
from .models import Quote, VisitContent
from .services import package_items_copy

# Fields a translation starts from: everything of the source row but its identity, language and history.
NOT_COPIED = frozenset({"id", "language", "created_at", "updated_at", "translated_from", "correction_note"})


@dataclass(frozen=True)
class TranslationStatus:
    """What a translation was made from and what its source language shows readers now."""

    source: VisitContent
    published_source: VisitContent | None

    @property
    def source_changed(self) -> bool:
        """The source language was published again after this translation was made from it."""
        return self.published_source is not None and self.published_source.pk != self.source.pk


def languages_to_translate_into(content: VisitContent) -> list[tuple[str, str]]:
    """The site's languages the visit has no version in yet, as (code, name) for a menu."""
    taken = set(VisitContent.admin_manager.filter(visit_id=content.visit_id).values_list("language", flat=True))
    return [(code, str(name)) for code, name in settings.LANGUAGES if code not in taken]


@transaction.atomic
def visit_content_translate(*, source: VisitContent, language: str, by: AbstractBaseUser) -> VisitContent:
    """A draft of ``source`` in ``language``, every item copied, linked to the version it was translated from.

    The slug stays the source's (Latin), so every language's URL of a visit reads the same.
    """
    if language not in dict(settings.LANGUAGES):
        raise VisitStateError(_("“%(language)s” is not one of the site's languages.") % {"language": language})
    if VisitContent.admin_manager.filter(visit_id=source.visit_id, language=language).exists():
        raise VisitStateError(
            _("This visit already has a version in %(language)s: edit that one.")
            % {"language": dict(settings.LANGUAGES)[language]}
        )
    fields = {
        field.name: getattr(source, field.name)
        for field in VisitContent._meta.concrete_fields
        if field.name not in NOT_COPIED
    }
    translation = VisitContent(**fields, language=language, translated_from=source)
    translation.full_clean()
    translation = VisitContent.objects.with_user(by).create(**fields, language=language, translated_from=source)
    package_items_copy(source=source, target=translation)
    for quote in Quote.objects.filter(visit_content=translation, original_text=""):
        quote.original_text, quote.original_language = quote.text, source.language
        quote.full_clean()
        quote.save(update_fields=["original_text", "original_language", "updated_at"])
    return translation


def translation_status(content: VisitContent) -> TranslationStatus | None:
    """For a translation, its source version and the source language's published version now (one query)."""
    source = content.translated_from
    if source is None:
        return None
    published = VisitContent.objects.filter(visit_id=source.visit_id, language=source.language).first()
    return TranslationStatus(source=source, published_source=published)
