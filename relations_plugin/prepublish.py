"""Pre-publish checks of a visit package: what an editor should look at before readers and partners get it.

Each rule is a small function over one package version that yields ``Finding`` rows. An error blocks publishing
(the admin's publish and timed publish, and ``services.content_publish``); a warning is shown and the editor may
publish anyway after confirming. The change form of a draft lists every finding with a link to its field.

Rules (code, level: what it finds):

- ``quote-not-in-source``: a quote whose words are not in the text of its source article (the original words and
  language of a translated quote). Error when the quote points at characters of the article (offsets: readers'
  "read in context" would highlight something else); warning when it only names the article.
- ``programme-outside-dates``, error: a programme event on a day outside the visit's dates.
- ``photo-alt-missing``, error: the lead photo or a ceremony photo without alt text.
- ``photo-alt-poor``, warning: alt text that says nothing to a reader who cannot see the photo: a generic word
  ("photo"), a camera file name ("IMG_1234", "DSC01234.jpg"), the image's own file name, or fewer than
  ``ALT_TEXT_MIN_LENGTH`` characters.
- ``photo-credit-missing``, warning: a ceremony photo with no credit (in the package or the media library).
- ``quote-context-missing``, warning: a quote without its context (where or when it was said).
- ``agreement-signatories-missing``, warning: an agreement without signatories.
- ``summary-missing``, warning: a package without a summary.

``check_package`` runs them all in a fixed number of queries, whatever the size of the package.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath

from django.db.models import F, Prefetch
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from . import html
from .exceptions import VisitStateError
from .models import Agreement, ArticleContent, CeremonyPhoto, ProgrammeEvent, Quote, VisitContent
from .timezones import package_local_time

ALT_TEXT_MIN_LENGTH = 12
# Words that name the medium, not what it shows (English, Russian, Kazakh).
GENERIC_ALT_TEXTS = frozenset(
    {"photo", "image", "picture", "pic", "img", "photograph", "фото", "фотография", "изображение", "картинка", "сурет"}
)
_CAMERA_FILE_NAME = re.compile(r"^(img|dsc[nf]?|pxl|dji|gopr|p|screenshot)[\s_-]*\d+", re.I)
_NUMBERING = re.compile(r"[\d\s_#№.-]+")
_FILE_EXTENSION = re.compile(r"\.(jpe?g|png|gif|webp|avif|heic|heif|tiff?|bmp)$", re.I)


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One thing a rule found. ``where`` is the id of the element on the package's change form that holds it."""

    level: Level
    code: str
    message: str
    where: str

    @property
    def is_error(self) -> bool:
        return self.level == Level.ERROR


class PackageNotReady(VisitStateError):
    """Publishing was refused because the package has errors; ``findings`` lists them."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__(" ".join(finding.message for finding in findings))


def errors(findings: list[Finding]) -> list[Finding]:
    return [finding for finding in findings if finding.is_error]


def _quoted(text: str) -> str:
    return Truncator(text).chars(50)


@dataclass(frozen=True)
class _Source:
    headline: str
    text: str


@dataclass(frozen=True)
class _Package:
    """A package version with its items and its quotes' source texts, loaded once for every rule."""

    content: VisitContent
    events: list[ProgrammeEvent]
    quotes: list[Quote]
    agreements: list[Agreement]
    photos: list[CeremonyPhoto]
    # Quotes' source articles: article id -> language -> headline and text.
    sources: dict[int, dict[str, _Source]]


def _summary(package: _Package) -> Iterator[Finding]:
    if not package.content.summary.strip():
        yield Finding(Level.WARNING, "summary-missing", _("The package has no summary."), "id_summary")


def _programme_dates(package: _Package) -> Iterator[Finding]:
    content = package.content
    for index, event in enumerate(package.events):
        day = package_local_time(content, event.starts_at).at.date()  # the visit's day, not the editor's
        if not content.contains(day):
            yield Finding(
                Level.ERROR,
                "programme-outside-dates",
                _("Programme event “%(event)s” is on %(day)s, outside the visit (%(start)s to %(end)s).")
                % {"event": event.title, "day": day, "start": content.starts_on, "end": content.ends_on},
                f"programme_events-{index}",
            )


def _alt_text_problem(alt_text: str, file_name: str) -> str | None:
    """Why an alt text tells a reader nothing (a translated reason), or None when it may."""
    text = " ".join(alt_text.split())
    bare = text.strip(html.EDGE_PUNCTUATION).casefold()
    names = {file_name.casefold(), PurePath(file_name).stem.casefold()} - {""}
    if _CAMERA_FILE_NAME.match(bare) or _FILE_EXTENSION.search(bare) or bare in names:
        return _("it is a file name")
    if _NUMBERING.sub("", bare) in GENERIC_ALT_TEXTS:
        return _("it names the medium, not what the photo shows")
    if len(text) < ALT_TEXT_MIN_LENGTH:
        return _("it is too short to describe the photo")
    return None


def _photo_alt_texts(package: _Package) -> Iterator[Finding]:
    content = package.content
    photos = []
    if content.lead_photo_id:
        photos.append((content.lead_photo, content.lead_photo_alt, "id_lead_photo_alt", _("The lead photo")))
    for index, photo in enumerate(package.photos):
        label = _("Ceremony photo %(number)s") % {"number": index + 1}
        photos.append((photo.image, photo.alt_text, f"id_photos-{index}-alt_text", label))
    for image, alt_text, where, label in photos:
        if not (alt_text or "").strip():
            yield Finding(Level.ERROR, "photo-alt-missing", _("%(photo)s has no alt text.") % {"photo": label}, where)
            continue
        problem = _alt_text_problem(alt_text, image.original_filename or "")
        if problem:
            yield Finding(
                Level.WARNING,
                "photo-alt-poor",
                _("%(photo)s: the alt text “%(alt)s” says little to a reader who cannot see it: %(problem)s.")
                % {"photo": label, "alt": _quoted(alt_text), "problem": problem},
                where,
            )


def _photo_credits(package: _Package) -> Iterator[Finding]:
    for index, photo in enumerate(package.photos):
        if not photo.credit.strip() and not (photo.image.author or "").strip():
            yield Finding(
                Level.WARNING,
                "photo-credit-missing",
                _("Ceremony photo %(number)s has no credit.") % {"number": index + 1},
                f"id_photos-{index}-credit",
            )


def _quote_contexts(package: _Package) -> Iterator[Finding]:
    for index, quote in enumerate(package.quotes):
        if not quote.context.strip():
            yield Finding(
                Level.WARNING,
                "quote-context-missing",
                _("The quote “%(quote)s” has no context: say where or when it was said.")
                % {"quote": _quoted(quote.text)},
                f"id_quotes-{index}-context",
            )


def _quote_sources(package: _Package) -> Iterator[Finding]:
    for index, quote in enumerate(package.quotes):
        if quote.source_article_id is None:
            continue
        words = quote.original_text or quote.text
        sources = package.sources.get(quote.source_article_id, {})
        language = quote.original_language or package.content.language
        # The article in the quote's language; one never written in it is searched in every language it has.
        searched = [sources[language]] if language in sources else list(sources.values())
        if not html.comparable_words(words) or any(html.quote_in_text(words, source.text) for source in searched):
            continue
        # Offsets claim an exact place: "read in context" would highlight other words there.
        yield Finding(
            Level.ERROR if quote.start_offset is not None else Level.WARNING,
            "quote-not-in-source",
            _("The quote “%(quote)s” is not in its source article “%(article)s”.")
            % {"quote": _quoted(quote.text), "article": searched[0].headline if searched else quote.source_article_id},
            f"id_quotes-{index}-text",
        )


def _agreement_signatories(package: _Package) -> Iterator[Finding]:
    for index, agreement in enumerate(package.agreements):
        if not agreement.signatories.all():
            yield Finding(
                Level.WARNING,
                "agreement-signatories-missing",
                _("The agreement “%(agreement)s” has no signatories.") % {"agreement": _quoted(agreement.title)},
                f"id_agreements-{index}-signatories",
            )


RULES: tuple[Callable[[_Package], Iterator[Finding]], ...] = (
    _summary,
    _programme_dates,
    _quote_sources,
    _quote_contexts,
    _agreement_signatories,
    _photo_alt_texts,
    _photo_credits,
)


def _sources(article_ids: set[int]) -> dict[int, dict[str, _Source]]:
    """Each article's text per language: its published version, else its newest (archived ones left out)."""
    from djangocms_versioning.constants import ARCHIVED, PUBLISHED

    sources: dict[int, dict[str, _Source]] = {}
    settled: set[tuple[int, str]] = set()
    rows = (
        ArticleContent._base_manager.filter(article_id__in=article_ids)
        .exclude(versions__state=ARCHIVED)
        .annotate(state=F("versions__state"))
        .only("article_id", "language", "headline", "body")
        .order_by("pk")
    )
    for row in rows:
        if (row.article_id, row.language) in settled:
            continue
        sources.setdefault(row.article_id, {})[row.language] = _Source(row.headline, row.body_text)
        if row.state == PUBLISHED:
            settled.add((row.article_id, row.language))
    return sources


def _load(content: VisitContent) -> _Package:
    """The version and its items in the order the change form's inlines show them (their ``Meta.ordering``)."""
    package = (
        VisitContent._base_manager.select_related("lead_photo")
        .prefetch_related(
            Prefetch("programme_events", queryset=ProgrammeEvent.objects.all()),
            Prefetch("quotes", queryset=Quote.objects.all()),
            Prefetch("agreements", queryset=Agreement.objects.prefetch_related("signatories")),
            Prefetch("photos", queryset=CeremonyPhoto.objects.select_related("image")),
        )
        .get(pk=content.pk)
    )
    quotes = list(package.quotes.all())
    article_ids = {quote.source_article_id for quote in quotes if quote.source_article_id}
    return _Package(
        content=package,
        events=list(package.programme_events.all()),
        quotes=quotes,
        agreements=list(package.agreements.all()),
        photos=list(package.photos.all()),
        sources=_sources(article_ids) if article_ids else {},
    )


def check_package(content: VisitContent) -> list[Finding]:
    """Every finding of every rule for this package version, errors first."""
    package = _load(content)
    findings = [finding for rule in RULES for finding in rule(package)]
    return sorted(findings, key=lambda finding: not finding.is_error)


def ensure_publishable(content: VisitContent) -> list[Finding]:
    """Raise ``PackageNotReady`` when the package has errors; otherwise return its warnings."""
    findings = check_package(content)
    if errors(findings):
        raise PackageNotReady(errors(findings))
    return findings
