"""Suggest a visit package from a wire article's plain text, in English or Russian (issue 13).

Editors paste an article; the admin (and the ``suggest_package`` command) show what this package proposes: the two
countries (host first), participants with country, role and title, quotes with their speaker and kind, agreements
with their sphere, dates and places, for the editor to accept or discard. Nothing here writes to the database or
needs Django or the network: it is regular expressions, small lexicons and, for Russian names, the morphology
dictionaries pymorphy3 ships in its wheel. ``eval/run_extraction.py`` measures it.

What counts as what is the assistant's spec (quotes direct, partial and reported; participants; agreements signed
during the visit; dates and places of the visit's own events); in short:

- A *direct* quote is words in quotation marks of any style, first-person speech with its attribution before or
  after, a transcript line under a speaker's label, or dash dialogue; a *partial* quote is a marked phrase woven
  into narrative (praised the "frank and warm" talks); *reported* speech is the clause after a speech verb ("said
  that ...", "according to X, ...", "отметил, что ...", "по словам X, ...") or the object of an evaluative act
  ("hailed the constructive spirit of the talks"). Speakers resolve through names in any case, titles,
  descriptions ("the Kazakh leader", "his guest", "Canberra's top diplomat"), pronouns and transcript labels.
  Words of institutions, unnamed people, both sides at once, journalists, outsiders (analysts, executives),
  scare quotes, names and proverbs are not quotes.
- An *agreement* is an instrument signed, exchanged or adopted during the visit, one per item of a list; plans,
  drafts, initialled texts, earlier treaties and totals that name no document are not.
- ``match_person`` is the one matcher of a name to a known person (aliases, transliterations, Russian case forms).
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Sequence

from .facts import (
    _documents_counted,
    _extract_agreements,
    _extract_countries,
    _extract_dates,
    _extract_places,
)
from .lexicon import _HEADER_RE
from .matching import match_person, name_key
from .quotes import (
    _extract_quotes,
)
from .russian import suggest_russian
from .suggestions import (
    REPORTED,
    AgreementSuggestion,
    CountrySuggestion,
    DateSuggestion,
    KnownPerson,
    PersonSuggestion,
    PlaceSuggestion,
    QuoteSuggestion,
    Suggestions,
)
from .text import (
    _Article,
    _Entity,
    country_code,
)

_CYRILLIC_RE = re.compile(r"[а-яёА-ЯЁ]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_CYRILLIC_LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюяёАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЁ"


def is_russian(text: str) -> bool:
    """Whether most letters of (the first few thousand characters of) a text are Cyrillic."""
    sample = text[:4000]
    if not _CYRILLIC_RE.search(sample):
        return False  # an English text is told without counting its letters
    cyrillic = sum(map(sample.count, _CYRILLIC_LETTERS))
    if cyrillic * 2 > len(sample):
        return True  # more than half of all characters: more than half of the letters too
    letters = len(_LETTER_RE.findall(sample))
    return bool(letters) and cyrillic * 2 > letters


__all__ = [
    "AgreementSuggestion",
    "CountrySuggestion",
    "DateSuggestion",
    "KnownPerson",
    "PersonSuggestion",
    "PlaceSuggestion",
    "QuoteSuggestion",
    "Suggestions",
    "country_code",
    "is_russian",
    "match_person",
    "name_key",
    "suggest_package",
]


# A third country's leader who joins the talks ("..., at talks that X joined by video link"; "before X joined them
# from Canberra for a trilateral session") takes part in them, and his words on them are quotes of the visit.
_JOINS_RE = re.compile(r"\bjoin(?:ed|s|ing)\b|\bby\s+video\b|\bvia\s+video\b|\bvideo\s*(?:link|conference)\b")


def _joins_the_talks(art: _Article, ent: _Entity) -> bool:
    for pos in ent.positions:
        lo, hi, _ = art.sentence_at(pos)
        if _JOINS_RE.search(art.text, lo, hi):
            return True
    return False


# Copy pasted from a web page keeps its no-break, thin and figure spaces ("по\u00a0словам", "2\u202fbillion"), which
# the rules' patterns do not take for spaces. Each is one character for one, so offsets still index the text as given.
_WEB_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f", " "))


def suggest_package(
    text: str, *, dateline: datetime.date | None = None, people: Sequence[KnownPerson] = ()
) -> Suggestions:
    """Read one article and suggest its package; offsets in the result index ``text`` as given.

    A leading ``date YYYY-MM-DD`` header line (the agency's export format) is skipped and, when ``dateline`` is
    None, taken as the dateline; relative dates are dropped when there is no dateline at all.
    """
    plain = text.translate(_WEB_SPACES)
    found = _suggest(plain, dateline, people)
    if plain == text:
        return found
    # a quote is the article's own words, spaces as they were written
    return dataclasses.replace(
        found, quotes=tuple(dataclasses.replace(q, text=text[q.start : q.end]) for q in found.quotes)
    )


def _suggest(text: str, dateline: datetime.date | None, people: Sequence[KnownPerson]) -> Suggestions:
    header = _HEADER_RE.match(text)
    if dateline is None and header:
        dateline = datetime.date(int(header.group(1)), int(header.group(2)), int(header.group(3)))
    if is_russian(text):
        return suggest_russian(text, body_start=header.end() if header else 0, dateline=dateline, people=people)
    art = _Article(text, dateline, people)
    art.build_people()
    quotes = _extract_quotes(art)
    masked = [(q.start, q.end) for q in quotes if q.kind != REPORTED] + art.marked_spans
    speakers = {q.speaker.name for q in quotes}
    named = [e for e in art.unique() if (e.positions or e.name in speakers) and not e.outsider]
    participants = sorted((e.suggestion() for e in named), key=lambda p: p.first_offset)
    countries = _extract_countries(art, participants)
    sides = {c.code for c in countries}
    if len(sides) >= 2:  # a third country's official quoted on the visit speaks for neither side: not a quote of it
        joined = {e.name for e in named if e.country not in sides and _joins_the_talks(art, e)}
        quotes = [q for q in quotes if not q.speaker.country or q.speaker.country in sides or q.speaker.name in joined]
    return Suggestions(
        countries=tuple(countries),
        participants=tuple(participants),
        quotes=tuple(quotes),
        agreements=tuple(_extract_agreements(art)),
        dates=tuple(_extract_dates(art, masked)),
        places=tuple(_extract_places(art, masked)),
        dateline=art.dateline,
        documents_counted=_documents_counted(art),
    )
