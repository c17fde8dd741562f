"""Suggest a visit package from a wire article's plain text (issue 5).

Editors paste an article; the admin (and the ``suggest_package`` command) show what this module proposes:
countries, participants, quotes with their speakers, agreements, dates and places, for the editor to accept or
discard. Nothing here writes to the database, and nothing needs Django, models or the network: it is regular
expressions and small lexicons, so it runs inside a request and can be measured by ``eval/run_extraction.py``.

What counts as what (the annotation rules of ``eval/corpus`` follow the same text):

- A *quote* is words presented as the speaker's own: inside quotation marks of any style and attributed to a named
  person (``"...," Tursunov said`` / ``X said: "..."`` / a split or multi-paragraph quote / an unattributed quote
  that directly follows one), or unmarked direct speech attributed after it (``..., said Kazakh leader Tokayev.``)
  or before it with a colon (``Vucic said: ...``). ``X said (that) ...``, ``according to X, ...``, partial quotes
  woven into a sentence, scare quotes, names of projects or works in marks, and words of unnamed officials or
  institutions are not quotes. Each contiguous run of quoted words is one item; parts of one quote share ``group``.
- An *agreement* is a signed, reached, exchanged or adopted instrument (``signed``) or one that is planned, drafted,
  discussed or under negotiation (``announced``). A generic mention ("a number of agreements were reached") is
  suggested only when the article names no specific agreement with that status.
- A *date* is a calendar day outside quotes, absolute or relative to the dateline; vague ones ("next week") are
  skipped. A *place* is a city or venue where something in the story happens (``in``/``at``/``to`` after a movement
  verb, ``visited X``), never a country or a place named only inside a quote.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from .facts import (
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
    country_code,
)

_CYRILLIC_RE = re.compile(r"[а-яёА-ЯЁ]")
_LETTER_RE = re.compile(r"[^\W\d_]")


def is_russian(text: str) -> bool:
    """Whether most letters of (the first few thousand characters of) a text are Cyrillic."""
    sample = text[:4000]
    letters = len(_LETTER_RE.findall(sample))
    return bool(letters) and len(_CYRILLIC_RE.findall(sample)) * 2 > letters


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


def suggest_package(
    text: str, *, dateline: datetime.date | None = None, people: Sequence[KnownPerson] = ()
) -> Suggestions:
    """Read one article and suggest its package; offsets in the result index ``text`` as given.

    A leading ``date YYYY-MM-DD`` header line (the agency's export format) is skipped and, when ``dateline`` is
    None, taken as the dateline; relative dates are dropped when there is no dateline at all.
    """
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
    return Suggestions(
        countries=tuple(_extract_countries(art, participants)),
        participants=tuple(participants),
        quotes=tuple(quotes),
        agreements=tuple(_extract_agreements(art)),
        dates=tuple(_extract_dates(art, masked)),
        places=tuple(_extract_places(art, masked)),
        dateline=art.dateline,
    )
