"""Public data of the extractor: stable role slugs and the suggestion dataclasses."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

# Stable role slugs of participants (PersonSuggestion.role).
HEAD_OF_STATE = "head_of_state"
HEAD_OF_GOVERNMENT = "head_of_government"
DEPUTY_HEAD_OF_GOVERNMENT = "deputy_head_of_government"
VICE_PRESIDENT = "vice_president"
MINISTER = "minister"
DEPUTY_MINISTER = "deputy_minister"
AMBASSADOR = "ambassador"
PARLIAMENT_SPEAKER = "parliament_speaker"
OFFICIAL = "official"

# Kinds of quotes (QuoteSuggestion.kind), as the assistant's spec defines them.
DIRECT = "direct"  # words inside quotation marks, transcript lines, dash dialogue, unmarked first-person speech
PARTIAL = "partial"  # a marked phrase woven into narrative: praised the "frank and warm" talks
REPORTED = "reported"  # indirect speech after a speech verb: the clause only, without "that"


# --------------------------------------------------------------------------------------------------------------
# Public data


@dataclass(frozen=True)
class KnownPerson:
    """A person the database already knows; aliases let titles such as "the Kazakh leader" resolve to them."""

    name: str
    country: str
    title: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonSuggestion:
    """A participant: fullest name form found (or the database name), ISO country, role slug and human title."""

    name: str
    country: str
    role: str
    title: str = ""
    known: KnownPerson | None = None
    first_offset: int = 0

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "role": self.role, "title": self.title}


@dataclass(frozen=True)
class QuoteSuggestion:
    """One contiguous run of quoted words: ``text == article[start:end]``.

    ``kind`` is direct, partial or reported; ``marked`` tells words inside quotation marks from unmarked speech;
    ``attribution`` is the phrase that named the speaker ("the Uzbek leader said"); items of one split or
    multi-paragraph quote share ``group``.
    """

    text: str
    start: int
    end: int
    speaker: PersonSuggestion
    marked: bool = True
    attribution: str = ""
    group: int = 0
    kind: str = DIRECT

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "speaker": self.speaker.name,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class AgreementSuggestion:
    """An agreement, memorandum, declaration, ...: ``status`` is "signed" or "announced"; sphere "" if general."""

    title: str
    kind: str
    sphere: str
    status: str
    start: int = 0
    end: int = 0
    generic: bool = False

    def to_dict(self) -> dict:
        return {"title": self.title, "kind": self.kind, "sphere": self.sphere, "status": self.status}


@dataclass(frozen=True)
class DateSuggestion:
    """A calendar day and what happened on it; ``expression`` is the text it was read from."""

    date: datetime.date
    what: str
    start: int = 0
    end: int = 0
    expression: str = ""
    relative: bool = False

    def to_dict(self) -> dict:
        return {"date": self.date.isoformat(), "what": self.what}


@dataclass(frozen=True)
class PlaceSuggestion:
    """A city or venue and what happened there."""

    name: str
    what: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict:
        return {"name": self.name, "what": self.what}


@dataclass(frozen=True)
class CountrySuggestion:
    """An ISO 3166-1 alpha-2 code with its salience (mentions, plus weight for participants from it)."""

    code: str
    mentions: int
    score: int

    def to_dict(self) -> str:
        return self.code


@dataclass(frozen=True)
class Suggestions:
    """Everything suggested for one article; ``to_dict()`` is the plain shape the command and the eval use."""

    countries: tuple[CountrySuggestion, ...] = ()
    participants: tuple[PersonSuggestion, ...] = ()
    quotes: tuple[QuoteSuggestion, ...] = ()
    agreements: tuple[AgreementSuggestion, ...] = ()
    dates: tuple[DateSuggestion, ...] = ()
    places: tuple[PlaceSuggestion, ...] = ()
    dateline: datetime.date | None = None
    # how many documents the article says were signed (0 when it gives no count): more than ``agreements`` holds
    # tells the editor to look for the rest
    documents_counted: int = 0

    def to_dict(self) -> dict:
        return {
            "countries": [c.code for c in self.countries],
            "participants": [p.to_dict() for p in self.participants],
            "quotes": [q.to_dict() for q in self.quotes],
            "agreements": [a.to_dict() for a in self.agreements],
            "dates": [d.to_dict() for d in self.dates],
            "places": [p.to_dict() for p in self.places],
        }
