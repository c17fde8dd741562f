"""Text helpers and the working state of one article: tokens, people found, sentences and marks."""

from __future__ import annotations

import bisect
import datetime
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .lexicon import (
    _ABBREVIATIONS,
    _ACTS_AFTER_NAME_RE,
    _AGENCY_COUNTRIES,
    _APPOSITIVE_RE,
    _BENCH_LEADER_BEFORE_RE,
    _BYSTANDER_BEFORE_RE,
    _CITY_BY_NAME,
    _CITY_BY_UPPER,
    _CITY_RE,
    _CORE_RE,
    _CORES,
    _COUNTRY_BY_FORM,
    _COUNTRY_FORMS,
    _COUNTRY_OPENER_NAMES,
    _COUNTRY_OPENINGS,
    _COUNTRY_RE,
    _COUNTRY_WORDS,
    _DATELINE_RE,
    _DOUBLE_MARK_RE,
    _EVENT_RE,
    _EVENTS,
    _FAMILY_FIRST,
    _GENERIC_TITLE_WORDS,
    _HEADER_RE,
    _HONORIFICS,
    _HOST_CUE_RE,
    _INDEFINITE_RE,
    _MONARCHIES,
    _MONTH_GIVEN_NAMES,
    _MONTH_PARTICLE_NAMES,
    _MONTHS,
    _NAME_NEIGHBOURS,
    _NAME_TAIL_RE,
    _NOT_NAME,
    _NOT_SPEAKER_LABELS,
    _OFFICE_OR_COUNTRY_WORDS,
    _OFFICE_WORDS,
    _OUT_OF_OFFICE_RE,
    _OUTSIDER_APPOSITIVE_RE,
    _OUTSIDER_LEAD_RE,
    _OUTSIDER_RE,
    _PARLIAMENT_COUNTRY,
    _PARLIAMENT_RE,
    _PARTICLES,
    _PORTFOLIO_WORDS,
    _POST_NOMINALS,
    _PREDICATE_TITLE_RE,
    _PRONOUN_RE,
    _PROXY_RE,
    _QUESTION_LINE_RE,
    _REGION_BY_NAME,
    _REGION_RE,
    _SEAT_BY_NAME,
    _SEAT_NAMES,
    _SENT_END_RE,
    _SIDE_RE,
    _SMALL_FIRMS_RE,
    _SPEECH_BEFORE_NAME_RE,
    _SPEECH_VERBS,
    _SPHERE_RE,
    _SPHERES,
    _STOP_CAPS,
    _STYLED_OFFICES,
    _TITLE_OR_COUNTRY_WORDS,
    _TITLE_WORDS,
    _UNNAMED_OF_RE,
    _UNNAMED_RE,
    _WORD_RE,
    compiled,
    guarded,
)
from .suggestions import (
    AMBASSADOR,
    DEPUTY_HEAD_OF_GOVERNMENT,
    DEPUTY_MINISTER,
    HEAD_OF_GOVERNMENT,
    HEAD_OF_STATE,
    MINISTER,
    OFFICIAL,
    PARLIAMENT_SPEAKER,
    VICE_PRESIDENT,
    KnownPerson,
    PersonSuggestion,
)

# --------------------------------------------------------------------------------------------------------------
# Text helpers


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFKD", chr(cp))[:1]
        if base.isascii() and base.isalpha():
            table[cp] = base
    table.update(
        {
            ord(k): v
            for k, v in {
                "đ": "d",
                "Đ": "D",
                "ł": "l",
                "Ł": "L",
                "ø": "o",
                "Ø": "O",
                "ı": "i",
                "ß": "s",
                "æ": "a",
                "Æ": "A",
                "œ": "o",
                "Œ": "O",
                "þ": "t",
                "ð": "d",
                "’": "'",
                "‘": "'",
            }.items()
        }
    )
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Strip diacritics one character for one, so offsets in the folded text are offsets in the original."""
    # (the table maps no ASCII character, and most names, titles and sentences are ASCII throughout)
    return text if text.isascii() else text.translate(_FOLD_TABLE)


@functools.lru_cache(maxsize=8192)
def _key(word: str) -> str:
    """Matching key of a name token: folded, lower case, no possessive; Serbian "Dj" equals "Đ"."""
    word = fold(word).lower()
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("'"):
        word = word[:-1]
    return word.replace("dj", "d")


def _fuller(new: str, old: str) -> bool:
    """Whether ``new`` is the fuller form of a name: more words, or as many with more diacritics kept."""
    if len(new.split()) != len(old.split()):
        return len(new.split()) > len(old.split())
    return sum(not c.isascii() for c in new) > sum(not c.isascii() for c in old)


def _bare(word: str) -> str:
    if "'" not in word and "’" not in word:
        return word  # most words: the pattern needs an apostrophe, and this runs for every capitalised word
    return compiled(r"['’]s?$").sub("", word)


def _word_edge(text: str, i: int) -> bool:
    """``\\b`` at ``i``: a word character on one side only."""
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    return before != (i < len(text) and (text[i].isalnum() or text[i] == "_"))


def _stands_alone(text: str, pos: int, word: str, next_word: str) -> bool:
    """Whether ``word`` is found from ``pos`` on as a whole word without ``next_word`` after it (across spaces or
    hyphens): as ``\\bword\\b(?![\\s-]+next_word)`` would find it, without a pattern compiled for every name."""
    i = text.find(word, pos)
    while i >= 0:
        end = i + len(word)
        if _word_edge(text, i) and _word_edge(text, end):
            gap_end = end
            while gap_end < len(text) and (text[gap_end].isspace() or text[gap_end] == "-"):
                gap_end += 1
            if not any(text.startswith(next_word, k) for k in range(end + 1, gap_end + 1)):
                return True
        i = text.find(word, i + 1)
    return False


def country_code(word: str) -> str:
    """ISO code for a country name or demonym ("Kazakh" -> "KZ"), or ""."""
    return _COUNTRY_BY_FORM.get(_bare(word.strip()), "")


# (a pure reading of its words, asked again for the same words across a story's passes: read once)
@functools.lru_cache(maxsize=4096)
def _classify_event(clause: str) -> str:
    best = None
    for m in _EVENT_RE.finditer(clause):
        idx = int(m.lastgroup[1:])
        if best is None or idx < best:
            best = idx
    return _EVENTS[best][0] if best is not None else "mentioned"


# Words that name a kind of activity rather than its field: "training of health professionals" is health,
# "mobility of students" education, "construction of a wind power plant" energy.
_WEAK_SPHERE_RE = re.compile(
    r"training|skills|mobility|construction|reconstruction|development|corridors?|supply|supplies|youth|"
    # "the exploration, exploitation and industrialisation of lithium": the work done on a good, whose field it is
    r"industriali[sz]ation|"
    # "a technical cooperation programme ... on vaccines": the field named after the form of the help
    r"technical cooperation|"
    # "patrol boats for the navy": the force named beside them decides, a coastguard's security when none is
    r"patrol (?:vessels?|boats?|ships?|craft)|"
    # "a rural road network", "rural clinics": the countryside the work serves, whose field the work's noun names
    r"rural|"
    # the sea as the place of a field the next noun names: "maritime heritage", "maritime and fisheries cooperation"
    r"maritime",
    re.I,
)


# (a pure reading of its words, asked again for the same words across a story's passes: read once)
@functools.lru_cache(maxsize=4096)
def _sphere(title: str) -> str:
    """The sphere of an agreement from its whole title; joint statements and declarations are political."""
    matches = list(_SPHERE_RE.finditer(title))
    strong = [m for m in matches if not _WEAK_SPHERE_RE.fullmatch(m.group(0))]
    # among weak words only, the head noun of the compound decides: "youth mobility" is mobility
    m = strong[0] if strong else (matches[-1] if matches else None)
    # (but small firms are whom the money goes to, not what it is for: "financing for small and medium enterprises")
    if (
        m is not None
        and len(strong) > 1
        and compiled(r"loan|financ|credit", re.I).match(m.group(0))
        and not _SMALL_FIRMS_RE.match(strong[1].group(0))
    ):
        m = strong[1]  # "a loan for the Metro Manila Subway": what the money is for
    if m:
        return _SPHERES[int(m.lastgroup[1:])][0]
    # (and the leaders' shared vision of the ties: "a joint vision document")
    if compiled(
        r"\b(?:joint statement|joint vision|declaration|treaty|communiqu|action plan|plan of action)", re.I
    ).search(title):
        return "political"  # a plan of the relationship as a whole, with no field of its own
    return "other"


@dataclass(frozen=True)
class _Title:
    role: str
    label: str
    country: str
    core: str


# ("Chairman of the Cabinet of Ministers of the Kyrgyz Republic – Head of the Presidential Administration X": agencies
# join them by a dash, the first with its state or not)
_OF_STATE_DASH = (
    r"(?:\s+of\s+(?:(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}Republic(?:\s+of\s+[A-Z][\w'’-]*)?|[A-Z][\w'’-]*))?\s+[-–—]"
)
# The body a business "President of" heads, named right after the office.
_BUSINESS_PRESIDENCY_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:Business|Employers|Entrepreneurs|Businessmen)\s+"
    r"(?:Council|Association|Forum|Club|Federation|Confederation|Union)\b"
)
_DOUBLE_OFFICE_RE = re.compile(
    r"(?P<core>"
    + _CORE_RE.pattern
    # (a ruling party's office names its party before the state's: "First Secretary of the Central Committee of the
    # Communist Party of Cuba and President of the Republic X")
    + r")(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,6}?Party(?:\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})??(?:\s+Central\s+Committee)?)?(?:\s+(?:and|&)|"
    + _OF_STATE_DASH
    + r")\s+(?:the\s+)?$",
    re.I,
)
# The post of an envoy's office, right before the envoy's style: "High Commissioner| to the United Kingdom |Ambassador"
_ENVOY_POST_RE = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){1,4}")
_ENVOY_STYLE_END_RE = re.compile(r"\s*Ambassador\s*$")
# The rest of an office's name before the style: "Minister| of Foreign Affairs |Ambassador", also set off by a
# comma ("Minister| of Foreign Affairs, |Ambassador X"), not "Minister and"
_OFFICE_TAIL_RE = re.compile(
    r"(?:\s+(?:of|for|the|and|on|&|"
    + "|".join(sorted(_TITLE_WORDS | _PORTFOLIO_WORDS, key=len, reverse=True))
    + r"))*?(?<!\band)(?<!&)(?:,\s*(?=$)|\s+)"
)


def _styled_ambassador(gap: str) -> bool:
    """Whether "Ambassador" after an office and ``gap`` is a style of the name that follows, not a second office."""
    return bool(_ENVOY_POST_RE.fullmatch(gap) or _OFFICE_TAIL_RE.fullmatch(gap))


_STATE_ROLES = frozenset(
    {
        HEAD_OF_STATE,
        HEAD_OF_GOVERNMENT,
        DEPUTY_HEAD_OF_GOVERNMENT,
        VICE_PRESIDENT,
        MINISTER,
        DEPUTY_MINISTER,
        AMBASSADOR,
    }
)
# (an age may stand before the trade: "Moore, a 58-year-old former union lawyer, ...")
_PAST_TRADE_RE = re.compile(r",\s+(?:a|an|the)?\s*(?:\d+-year-old\s+)?(?:former|onetime|one-time|ex-)")
_ROLE_RANK = {
    HEAD_OF_STATE: 0,
    HEAD_OF_GOVERNMENT: 1,
    VICE_PRESIDENT: 2,
    DEPUTY_HEAD_OF_GOVERNMENT: 3,
    PARLIAMENT_SPEAKER: 4,
    MINISTER: 5,
    DEPUTY_MINISTER: 6,
    AMBASSADOR: 7,
    OFFICIAL: 8,
}


_OFFICE_COUNTRY = {
    "taoiseach": "IE",
    "tanaiste": "IE",
    "federal councillor": "CH",
    "federal councilor": "CH",
    "eam": "IN",
}

# A seat of power owns an aide's or a spokesman's office as its state would: "Kremlin aide X", "White House press
# secretary Y", "Elysee adviser Z"
_SEAT_RE = re.compile(rf"\b(?:{_SEAT_NAMES})\b")


def _seat_country(before: str) -> str:
    """The state whose seat of power owns the office, "" when the words before the office name none."""
    seats = list(_SEAT_RE.finditer(before))
    return _SEAT_BY_NAME[seats[-1].group(0)] if seats else ""


# A stop on the way, told inside an arrival's clause, whose "in" names the place of the stop: "landed at X after a
# refuelling stop in Y", "arrived at X following a stopover in Y"
_EARLIER_STOP_RE = re.compile(r"\b(?:after|following)\s+(?:[\w-]+\s+){1,3}?(?:stop|stopover|layover)\s+in\b")
# A visit the clause sets in a time still to come, with no "will" to tell it: "an expected trip to Australia later this
# year", "a State Visit to India at a mutually convenient date", "an upcoming visit to Rome", "in the near future".
_LATER_VISIT_RE = re.compile(
    r"\blater\s+(?:this|in\s+the)\s+(?:year|month)\b|\bat\s+an?\s+(?:(?:mutually|more)\s+)?(?:convenient|early|"
    r"suitable|appropriate)\s+(?:date|time)\b|\b(?:in|at)\s+the\s+(?:near|earliest)\s+(?:future|opportunity)\b|"
    r"\b(?:in\s+)?the\s+coming\s+(?:weeks|months)\b|\b(?:expected|upcoming|forthcoming|planned|proposed|future)\s+"
    r"(?:(?!to\s)[\w-]+\s+){0,2}?(?:visit|trip|tour|journey)\b"  # (a noun: not "is expected to visit the plant")
)


def _office_has(office: str, word: str) -> bool:
    """Whether an office names a word of a bare title ("Party" of "Party General Secretary"), or the body its
    initials stand for ("NA" for "President of the National Assembly", "JICA" for "President of ... (JICA)")."""
    words = compiled(r"[\w'’-]+").findall(office)
    if word.lower() in (w.lower() for w in words):
        return True
    if not word.isupper():
        return False
    run = ""
    for w in words + ["."]:
        if w[:1].isupper() and not w.isupper():
            run += w[0]
            continue
        if run.endswith(word):
            return True
        run = ""
    return False


@functools.lru_cache(maxsize=4096)
def _owns_the_body(text: str, prev_end: int, lo: int, hi: int) -> bool:
    """Whether the office at ``lo:hi``, after another ending at ``prev_end``, owns the body the longer office is of:
    "Director of the Prime Minister's Press Office" (the longer office is the holder's, not the owner's)."""
    return (
        text.startswith(("'s ", "’s "), hi)
        and text.endswith(" the ", 0, lo)
        and bool(compiled(r"\w").search(text[prev_end:lo]))
    )


_POST_PLACE_RE = re.compile(r"\b(?:to|in)\s+(?:the\s+)?$")
_REGIONAL_RE = re.compile(r"\b(?:[Rr]egional|[Pp]rovincial)\s+$")
# The heads of a federation's states or provinces by their title alone, and the federations that style them so
_REGIONAL_HEADS = {
    "Premier": ("CA", "AU"),
    "First Minister": ("GB",),
    "Chief Minister": ("IN", "PK"),
    "Governor": ("US", "AR", "MX", "BR", "NG", "ID", "RU", "CN"),
}


def _two_crowns(first: str, second: str) -> bool:
    """Whether two offices joined by "and" are a royal couple's, which no one person holds both of ("the King and
    Queen X", "the Emperor and Empress", "Crown Prince A and Crown Princess B"): the office by the name is its own."""
    return all(_ROYAL_CORE_RE.fullmatch(core) for core in (first, second))


# Between two offices, what makes the later one the office served, not held: "Head of the Administration of the
# President" (as "Adviser on Media to the President")
_SERVED_OFFICE_GAP_RE = re.compile(r"\s+of\s+(?:the\s+)?")


@functools.lru_cache(maxsize=8192)
def _parse_title(phrase: str) -> _Title | None:
    """Role, label and country of a title phrase ("Kazakhstan's Minister of Foreign Affairs", "Kazakh leader").

    Cached: a name's window of text before it is read again for each later name within reach, and the bare offices
    ("President", "the Minister") recur from article to article."""
    matches = list(_CORE_RE.finditer(phrase))
    if not matches:
        return None
    if (
        len(matches) > 1
        and _RANK_RE.fullmatch(matches[-1].group(0))
        and compiled(r"\w").search(phrase[matches[-2].end() : matches[-1].start()])
    ):
        matches.pop()  # "High Commissioner to the Maldives Major General (Retd.)": the office, not the rank kept
    if (
        len(matches) > 1
        and matches[-1].group(0).lower() == "ambassador"
        and not phrase[matches[-1].end() :].strip()
        and _CORES[int(matches[-2].lastgroup[1:])][1]
        and _styled_ambassador(phrase[matches[-2].end() : matches[-1].start()])
    ):
        # "High Commissioner to Ghana Ambassador X", "Minister of Foreign Affairs Ambassador X": the style kept by
        # an envoy, or by one who was an envoy, after the office
        matches.pop()
        phrase = phrase[: matches[-1].end()] + _ENVOY_STYLE_END_RE.sub("", phrase[matches[-1].end() :])
    if len(matches) > 1 and _owns_the_body(phrase, matches[-2].end(), matches[-1].start(), matches[-1].end()):
        matches.pop()  # "Director of the Prime Minister's Press Office": the office owning the body is no holder's
    m = matches[-1]  # the core nearest the name decides
    if len(matches) > 1 and (
        compiled(r"\bto\s+(?:the\s+)?$").search(phrase[matches[-2].end() : m.start()])
        or _SERVED_OFFICE_GAP_RE.fullmatch(phrase, matches[-2].end(), m.start())
    ):
        # "Special Adviser to the President", "Head of the Administration of the President": the office of the one
        # who serves, not the one served
        m = matches[-2]
    if (
        len(matches) > 1
        and compiled(r"(?:\s+(?:and|&)|" + _OF_STATE_DASH + r")\s+").fullmatch(phrase[matches[-2].end() : m.start()])
        and not _two_crowns(matches[-2].group(0), m.group(0))
    ):
        # "Prime Minister and Minister of Foreign Affairs": a double office is known by the higher one (not "the
        # President and the Prime Minister, X": an office with its own article is another person's)
        first = matches[-2]
        if _ROLE_RANK.get(_CORES[int(first.lastgroup[1:])][1], 9) < _ROLE_RANK.get(_CORES[int(m.lastgroup[1:])][1], 9):
            m = first
        double_start = first.start()  # the label keeps both offices: "Crown Prince and Prime Minister"
    else:
        double_start = None
    # "the Peruvian head of state and the Minister of Foreign Affairs of Indonesia": an office with its own article
    # after another is another person's, and so are the words before that other office
    own_lo = (
        matches[-2].end()
        if m is matches[-1]
        and len(matches) > 1
        and compiled(r"\s+(?:and|&)\s+(?:the|his|her|their)\s+").fullmatch(phrase, matches[-2].end(), m.start())
        else 0
    )
    role = _CORES[int(m.lastgroup[1:])][1]
    core = m.group(0).lower()
    ministry = compiled(r"head of (?:the |our |their )?(?:[\w'’-]+ )?(\w+) ministry").fullmatch(core)
    if ministry and role == MINISTER:
        core = f"{ministry.group(1)} minister"  # "the head of the Kyrgyz Foreign Ministry": its foreign minister
    after = phrase[m.end() :]
    before = phrase[own_lo : m.start()]
    if role == HEAD_OF_STATE and core == "president" and _PARLIAMENT_RE.search(after[:60]):
        role = PARLIAMENT_SPEAKER
    if role == OFFICIAL and core in ("chairman", "chairwoman", "chairperson") and _PARLIAMENT_RE.search(after[:60]):
        role = PARLIAMENT_SPEAKER  # ("Chairperson of the Milli Majlis X": a house's chair, whichever word is used)
    if role == HEAD_OF_STATE and core == "president" and _BUSINESS_PRESIDENCY_RE.match(after):
        role = OFFICIAL  # "President of the Tunisia-Africa Business Council": a business body's head, no state's
    country = ""
    # ("the first Latin American head of state": a continent's adjective names no country)
    pre = [c for c in _COUNTRY_RE.finditer(before) if not _CONTINENT_BEFORE_RE.search(before, 0, c.start())]
    city = compiled(_CITY_RE.pattern + r"['’]s\s").search(before)
    # ("CANADIAN PRIME Minister X": a lead's opening words set in capitals)
    capitals = [w.title() for w in compiled(r"\b[A-Z][A-Z'’-]{2,}\b").findall(before)] if not pre else []
    capitals = [w for w in capitals if _COUNTRY_RE.fullmatch(w)]
    if pre:
        country = _COUNTRY_BY_FORM[pre[-1].group(0)]
    elif capitals:
        country = _COUNTRY_BY_FORM[capitals[-1]]
    elif city:  # "Canberra's top diplomat"
        country = _CITY_BY_NAME[city.group(0)[:-3].rstrip("'’")]
    else:  # "President of Kazakhstan", "Ambassador of Kazakhstan to Austria" (not the "to" country)
        post = _COUNTRY_RE.search(after)
        if post and not compiled(r"\bto\s+(?:the\s+)?$").search(after[: post.start()]):
            country = _COUNTRY_BY_FORM[post.group(0)]
    inner = _COUNTRY_RE.search(m.group(0))  # "head of the Belarusian state"
    if not country and inner:
        country = _COUNTRY_BY_FORM[inner.group(0)]
    # an office only one state has: "the Taoiseach" is Irish, never the other side's prime minister
    country = country or _OFFICE_COUNTRY.get(fold(core), "") or _seat_country(before)
    # a region's office ("Quebec Premier", "Governor of Mendoza", "Premier of Western Australia") is of the region's
    # country, unless a country is named outside the region's name, and heads no state or government; not a post
    # "in" or "to" the region
    region = ""
    regions = [r for r in _REGION_RE.finditer(phrase) if not _POST_PLACE_RE.search(phrase, 0, r.start())]
    if regions:
        region = _REGION_BY_NAME[regions[0].group(0)]
        outside = {
            _COUNTRY_BY_FORM[c.group(0)]
            for c in _COUNTRY_RE.finditer(phrase)
            if not any(r.start() <= c.start() < r.end() for r in regions)
        }
        region = region if outside <= {region} else ""
    country = region or country
    # (and so is "the regional prime minister", whose region the story gave before)
    if (region or _REGIONAL_RE.search(before)) and role in (
        HEAD_OF_STATE,
        HEAD_OF_GOVERNMENT,
        VICE_PRESIDENT,
        DEPUTY_HEAD_OF_GOVERNMENT,
    ):
        role = OFFICIAL
    # a parliament's own name anywhere in the title is its state's ("Seimas Speaker", "Storting President"), and the
    # president it names presides over the chamber, not over the state
    folded = compiled(r"[\w'’-]+").findall(fold(phrase).lower())
    chamber = next((c for w, c in _PARLIAMENT_COUNTRY.items() if w in folded), "")
    if chamber:
        country = country or chamber
        if role == HEAD_OF_STATE and core == "president":
            role = PARLIAMENT_SPEAKER
    label_start = m.start()
    words = list(compiled(r"[\w'’-]+").finditer(before))
    for w in reversed(words):
        # ("Party General Secretary": a party's office keeps its party, by which the story may call its holder)
        if w.group(0) in (
            "Federal",
            "Deputy",
            "First",
            "Acting",
            "Foreign",
            "Vice",
            "State",
            "Special",
            "Party",
            "General",
        ):
            label_start = own_lo + w.start()
        else:
            break
    if double_start is not None and double_start < label_start:
        label_start = double_start
    label = (phrase[label_start : m.end()] + after).strip(" ,")
    label = compiled(r"\s+(?:Sheikh|Sheikha|Mr|Mrs|Ms|Dr)\.?$").sub("", label).rstrip(" ,")
    label = compiled(r"\s+" + _RANK_RE.pattern + r"(?:\s*\([\w.]+\))?$").sub("", label)
    label = compiled(r",?\s+(?:Gen|Maj|Lt|Col|Brig|Adm|Capt|Cdr)\.?$").sub("", label)
    label = label[:1].upper() + label[1:]
    return _Title(role=role, label=label, country=country, core=core)


def _place_country(text: str, at: int) -> str:
    """The country a place name at ``at`` is in (a country or a known city), or ""."""
    m = _COUNTRY_RE.match(text, at)
    if m:
        form, code = m.group(0), _COUNTRY_BY_FORM[m.group(0)]
        demonym = form != _COUNTRY_FORMS[code].split("|")[0] and compiled(r"(?:an|ese|ish|i|ic|ch|k|z|ot|ne)$").search(
            form
        )
        # a demonym here qualifies something else: "visited the Kazakh pavilion"
        return "" if demonym else code
    c = _CITY_RE.match(text, at)
    return _CITY_BY_NAME[c.group(0)] if c else ""


# Arabic names with a joined article ("Haider al-Saadi", "Abd el-Fattah") go on past the lower-case article.
_ARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|ash|as|at|az|ar|an|ud|ul)-[A-ZÀ-Þ]")


def _article_name(word: str) -> bool:
    """Whether a word is a name by its Arabic article ("al-Sisi", "ash-Shaibani"). Every word of the text in lower
    case is asked, so the hyphen the article needs (third or fourth letter) is looked for before the pattern."""
    return "-" in word[2:4] and _ARTICLE_NAME_RE.match(word) is not None


_INITIALS_RE = re.compile(r"[A-Z](?:\.[A-Z])*")
# Given names shortened with a dot inside a full name: "Ma. Teresa Reyes" (María), "Wm. Clarke", "Thos. Kerr".
# Muhammad so shortened in South and Southeast Asian copy: "Md. Rafiq Hasan", "Mohd. Azmi Ismail".
_GIVEN_NAME_ABBREVIATIONS = frozenset({"Ma", "Wm", "Thos", "Chas", "Md", "Mohd", "Muhd"})
_STYLE_BEFORE_NAME_RE = re.compile(r"\.? [A-ZÀ-ÞĀ-ſ][a-zà-ÿā-ſ]")
_DOTTED_INITIALS_RE = re.compile(r"[A-Z](?:\.[A-Z])+")
# Gulf agencies write "His Excellency" and "His Highness" as letters without dots: "H E Ahmed Al Kuwari" is no
# initial of the name, which opens after them.
_SPACED_STYLE_RE = re.compile(r"H (?:E|H|R H) (?=[A-ZÀ-ÞĀ-ſ]|the )")
_SPACED_STYLE_GAP_RE = re.compile(r"\bH (?:E|H|R H)(?= |$)")


def _title_core(label: str) -> str:
    """A title without its country: "Prime Minister of India" -> "Prime Minister" (what a counterpart shares)."""
    m = list(_CORE_RE.finditer(label))
    return label[m[-1].start() : m[-1].end()] if m else ""


_INITIALS_IN_BRACKETS_RE = re.compile(r"^\s*\([A-Z]{2,6}\)")


def _only_titles_between(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds nothing but title words: no other person's name, no clause of its own."""
    # (a country's initials in brackets right after it are no clause: "Papua New Guinea (PNG) Prime Minister X")
    gap = _INITIALS_IN_BRACKETS_RE.sub("", text[a:b], count=1)
    if len(gap) > 90 or compiled(r"[,;:.!?()]").search(gap):
        return False
    words = compiled(r"[\w'’-]+").findall(gap)
    for i, w in enumerate(words):
        parts = w.split("-")
        if w == "government" and (i == 0 or words[i - 1] != "of"):
            return False  # "the invitation of the Moroccan government for President X": a body, no one's office
        if w[:1].isupper() and not all(_bare(x) in _TITLE_OR_COUNTRY_WORDS or x in _HONORIFICS for x in parts):
            return False
        # "The Maldivian President was received by President X": a verb between them makes a clause, and the
        # country is the other person's; lower-case office words ("deputy foreign minister X") stay a title
        if w[:1].islower() and w not in _TITLE_GLUE and not all(_titled(x) for x in parts):
            return False
    return True


# A sentence opening with a phrase of time or circumstance and no comma yet: "Before his meeting with ...".
_FRONTED_PHRASE_RE = re.compile(
    r"(?:Before|After|Following|During|Ahead of|Prior to|Upon|On|At|In|Besides|Unlike|Like|Despite)\s[^,;.]*$"
)
_TITLE_GLUE = frozenset("of for the and on at to in charge".split())


def _titled(word: str) -> bool:
    word = _bare(word)
    return word[:1].upper() + word[1:] in _OFFICE_WORDS


_SIDE_PHRASE_RE = re.compile(
    # (or the side as a subject: "The Uzbek side was represented by A, the foreign minister, and B")
    r"\b(?:(?:on|from|for)\s+the|[Tt]he)\s+(?P<c>" + _COUNTRY_RE.pattern + r")\s+side\b(?:\s*,)?"
    r"(?:\s+(?:by|was|were|it))?"
)
_HIS_AIDE_RE = re.compile(
    r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:advis[eo]r|spokes(?:man|woman|person)|aide|press secretary|"
    r"chief of staff),?\s+$"
)
_WELCOMED_BY_RE = re.compile(r"\b(?:was|were)\s+(?:warmly\s+)?(?:welcomed|received|greeted)\s+by\b")
_SIGNED_FOR_RE = re.compile(
    r"\bsigned\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?:(?:Government|Republic|State|Kingdom)\s+of\s+(?:the\s+)?)?"
    r"(?P<c>" + _COUNTRY_RE.pattern + r")(?![\w-])"
)
_CONTRAST_RE = re.compile(r"\b(?:while|whereas|whilst)\b")
_SIDE_OBJECT_RE = re.compile(r"\s+(?:to|for|of|with|and|that|on|in)\b")
# (nor does the side as the subject of its own act: "The Indian side said it would study the request, X said";
# "the Kenyan side's readout"; but "the Kenyan side included A", "the Kenyan side, led by B")
_SIDE_ACTS_RE = re.compile(
    r"['’]s\b|\s+(?:also\s+)?(?!(?:was|were|is|are|it|by|has|have|had|included|includes|comprised|comprises|"
    r"consisted|consists|led|headed|represented|delegation|team|members?|officials?|ministers?)\b)[a-z]"
)
# Signers for a state: "signed on behalf of Sri Lanka by ...", "on behalf of the Government of Mexico, by ...",
# "were signed for Chile by ..."
_BEHALF_RE = re.compile(
    # (and the other side's signer after it: "signed for Fiji by A, and for Japan by B")
    r"(?:\bon\s+behalf\s+of|\bfor(?<=signed for)|\bfor(?=\s[^.;]{2,50}?\sby\s))\s+(?:the\s+)?"
    r"(?:(?:Government|Republic|State|Kingdom|people)\s+of\s+(?:the\s+)?)?"
    r"(?P<c>" + _COUNTRY_RE.pattern + r")(?![\w-])(?:\s*,)?(?:\s+by)?"
)
_BEHALF_AFTER_NAME_RE = re.compile(r"\s+(?=on\s+behalf\s+of\b)" + _BEHALF_RE.pattern)
# "..., while Indonesia was represented by Foreign Minister X": the people after it are of that state (found by
# the verb, then the state just before it, as a scan for a state at every position is slow)
_REPRESENTED_RE = re.compile(r"\s+(?:was|were|is|are)\s+represented\s+by\b")
_STATE_BEFORE_RE = re.compile(r"(?:^|(?<=\s))(?P<c>" + _COUNTRY_RE.pattern + r")$")
# Between two officials of a list, the next one's title in capitals: ", Secretary to the President Mr. "
_TITLED_LIST_GAP_RE = re.compile(
    r"(?:\s*[,;]|,?\s+and)\s+(?:(?:[A-Z][\w'’.-]*,?|of|to|the|on|for|and|in|\([a-z]{1,5}\.?\))\s+){1,14}"
)
# "... and her Ghanaian counterpart, Minister for Foreign Affairs Ms. X": the counterpart's country
_DEMONYM_COUNTERPART_RE = re.compile(
    r"\b(?:his|her|their|its)\s+(?P<c>" + _COUNTRY_RE.pattern + r")\s+"
    r"(?:counterparts?|hosts?|guests?)\s*,(?=\s+(?:the\s+)?[A-Z])"
)
# "Prime Minister X and his Vietnamese counterpart announced ...", "X met her Kenyan counterpart": X is of the other
# side than the counterpart's
_AND_OWN_COUNTERPART_RE = re.compile(
    # (past a relative clause set off after the name: "X, who arrived on Wednesday, held talks with his ...")
    # (or a verb addressing the counterpart, in a perfect tense too: "The Foreign Secretary, X, has told her Chinese
    # counterpart ...", "X assured his Kenyan counterpart ...")
    r"(?:(?:,\s+who\s+[^,.;]{1,80},|,(?=\s+ha[sd]\s))?\s+(?:ha[sd]\s+)?(?:(?:and|with|met|meets|received|receives|"
    r"hosted|hosts|welcomed|welcomes|held\s+talks\s+with|holds\s+talks\s+with|told|tells|assured|assures|urged|"
    r"urges|thanked|thanks)\s+)"
    # (or a clause of time closing the person's own clause, no other name or comma between: "X announced Tuesday
    # after meeting his Japanese counterpart", "X said on Monday before hosting her Kenyan counterpart")
    r"|(?:\s+(?:[a-z][\w'’-]*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){1,5}?\s+"
    r"(?:after|before|while|when)\s+(?:meeting(?:\s+with)?|holding\s+talks\s+with|talks\s+with|hosting|receiving|"
    r"welcoming)\s+)(?:his|her)\s+(?P<c>" + _COUNTRY_RE.pattern + r")\s+counterpart\b"
)
# "signed by Minister A and Minister B, alongside their Kenyan counterparts": those named before are the other side's
_THEIR_COUNTERPARTS_RE = re.compile(
    r"\b(?:alongside|with|and|while)\s+their\s+(?P<c>" + _COUNTRY_RE.pattern + r")\s+counterparts\b"
)
# (not the object of a fronted phrase: "Before his meeting with his Kyrgyz counterpart, Mr. X was received"; but the
# agent of a passive is: "X was received by his Kyrgyz counterpart, President Y, at the palace")
_FRONTED_OBJECT_END_RE = re.compile(r"\b(?:with|to|for|by)\s+$")
_WELCOMED_BY_END_RE = re.compile(_WELCOMED_BY_RE.pattern + r"\s+$")
_CALLED_HOST_RE = re.compile(r"\b(?:his|her|their|the|our)\s+hosts?\s*,?\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,6}$")
_SONS = ("bin", "ibn", "bint")
_JOINT_VERB_RE = re.compile(
    # (a headline in title case capitalises the verb: "X, Paraguayan President Agree to ..."; a headline's future is
    # the bare infinitive: "X, Vietnamese premier to discuss ...")
    r"\s+(?:to\s+)?(?i:discuss|sign|agree|meet|hold|talk|review|explore|vow|pledge|seek|ink|hail|reaffirm|call|eye|"
    # (what two leaders affirm, stress or witness together: "X, Croatian president affirm ...")
    r"affirm|stress|witness|welcome|urge|underline|emphasi[sz]e|highlight|reject|condemn|launch|open|inaugurate|"
    r"boost|deepen|strengthen|expand|renew|celebrate|tour|attend|exchange|co-chair|commend|laud|praise|back|unveil)\b"
)
# A headline's second subject named after a comma, the verb of both after it: "X, Y sign 8 deals as ... leader ..."
_PAIRED_SUBJECT_RE = re.compile(r",\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]*){0,2}" + _JOINT_VERB_RE.pattern)
# "Speaking in the Carmelite Monastery, the Prime Minister recalled ...": the title after the comma is the next
# clause's subject, its verb right after it, not a description of the words before the comma
_TITLE_THEN_SPEECH_RE = re.compile(rf"\s+(?:(?:also|then|later|again)\s+)?(?:{_SPEECH_VERBS})\b")
# "Instead, the PM will travel ...", "Still, the Minister of Trade has ...": the title (with its own capitalised words)
# runs straight into an auxiliary, so it is the subject of the clause a connective word opens, not that word's title
_TITLE_THEN_AUXILIARY_RE = re.compile(
    r"(?:\s+(?:of|for|the|and|[A-Z][\w'’-]*))*\s+(?:(?:also|then|later|again|now|still)\s+)?"
    r"(?:will|would|shall|should|can|could|may|might|must|is|was|are|were|has|had|have|did|does)\s"
)
_RULER_GIVEN_NAMES = frozenset({"Sultan", "Amir", "Emir", "Malik"})
_OFFICE_BEFORE_RULER_RE = re.compile(
    r"\b(?:Minister|Secretary|Ambassador|Envoy|Spokes(?:man|woman|person)|Adviser|Advisor|Director|Governor|"
    r"Mayor|Senator|Speaker|Commissioner|Chairman|Chairwoman|Chairperson)\s+$"
)
_PATRONYMIC_AFTER_RE = re.compile(r" (?:bin|ibn|bint|ben) [A-ZÀ-Þ]")


def _after_patronymic(run: list[re.Match]) -> bool:
    return bool(run) and run[-1].group(0) in ("bin", "ibn", "bint", "ben")


def _worded(core: str) -> bool:
    """Whether an office is worded beyond its rank ("Foreign Secretary", not "Head of State")."""
    return any(w not in _GENERIC_TITLE_WORDS for w in core.split())


def _other_given_name(name: str, other: str) -> bool:
    """Whether two full names with one surname have different given names ("Farkhod" and "Jasur")."""
    a, b = [_key(w) for w in name.split()], [_key(w) for w in other.split()]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) > len(shorter) >= 2 and longer[-len(shorter) :] == shorter and longer[-len(shorter) - 1] in _SONS:
        return True  # "Sultan bin Abdulmohsen bin Abdulaziz Al Saud" is the son of "Abdulmohsen bin Abdulaziz Al Saud"
    if len(a) < 2 or len(b) < 2 or a[-len(b) :] == b or b[-len(a) :] == a:
        return False  # "Al Rashid" is "Faisal Al Rashid" named by his surname
    # "al Rashid" is a particle and a surname; "Le Minh Tuan" opens with a family name that is no particle
    if (a[0] in _PARTICLES and name.split()[0] not in _FAMILY_FIRST) or (
        b[0] in _PARTICLES and other.split()[0] not in _FAMILY_FIRST
    ):
        return False
    return not (a[0].startswith(b[0]) or b[0].startswith(a[0]))


# Between two listed officials: a separator, then the second one's title alone ("and His Excellency the Minister of
# Investment, Industry and Trade", ", Economy Minister").
_STYLE_WORD = "(?:" + "|".join(re.escape(h.rstrip(".")) for h in sorted(_HONORIFICS, key=len, reverse=True)) + r")\.?"
# (a style between an office and the name: "Health CS Dr X")
_STYLES_AFTER_OFFICE_RE = re.compile(r"(?:\s" + _STYLE_WORD + r")+\s+$")
_LIST_GAP_RE = re.compile(
    r"(?:\s*,|\s*;|,?\s+and)\s+(?:(?:His|Her)\s+(?:Excellency|Highness)\s+|H\.?E\.?\s+|the\s+|"
    + _STYLE_WORD
    + r"\s+)*"
    r"(?:(?:"
    + "|".join(sorted(_TITLE_WORDS | _PORTFOLIO_WORDS, key=len, reverse=True))
    # (offices written in lower case as many agencies do: "Senegal's foreign minister A and economy minister B")
    + r"|(?i:minister|secretary|ambassador|foreign|economy|trade|finance|energy|defen[cs]e|interior|deputy)"
    + r"|of|for|and|the|,)\s*){1,12}"
    # (a style between the office and the name: "Minister for Trade Dkt. X", "Minister of Health Prof. Y")
    + r"(?:"
    + _STYLE_WORD
    + r"\s+)*"
)
# (both branches open with a word after a boundary: a match opens only where a word does, which the engine checks
# at each position far sooner than it tries the branches)
_SPEAKING_WORD_RE = re.compile(
    rf"(?<!\w)(?=\w)(?:\b(?P<a>[A-ZÀ-ÞĀ-ſ][\w'’-]+)\s+(?:(?:also|then|later)\s+)?(?:[a-z]+ly\s+)?(?:{_SPEECH_VERBS})\b|"
    rf"\b(?:{_SPEECH_VERBS})\s+(?P<b>[A-ZÀ-ÞĀ-ſ][\w'’-]+)\b(?!\s+[A-ZÀ-ÞĀ-ſ]))"
)
# Portfolio words of a minister's title ("Foreign", "Energy", "Trade"): two different ones name two offices.
_PORTFOLIO_TITLE_RE = re.compile(
    r"\b(?:foreign|trade|energy|finance|defen[cs]e|interior|economy|economic|justice|health|education|culture|"
    r"agriculture|transport|labou?r|digital|tourism|sports?|environment|industry|investment|affairs|development|"
    r"science|water|mining|oil|communications?|information|emergenc\w*|youth|family|social|infrastructure)\b",
    re.I,
)
# Demonyms that can stand for a person ("said the Angolan"): the country forms that are not its names.
_COUNTRY_NAMES_TOO = {"Britain", "America", "Turkey", "Turkiye", "Czechia", "Korea", "Macedonia", "Bosnia", "Vatican"}
_DEMONYMS = frozenset(
    form
    for forms in _COUNTRY_FORMS.values()
    for form in forms.split("|")[1:]
    if " " not in form and not form.isupper() and "." not in form and form not in _COUNTRY_NAMES_TOO
)


def _is_demonym(word: str) -> bool:
    return word in _DEMONYMS


_SENDER_STYLED_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|the)\s+){1,10}?to\s+(?:the\s+)?"
    r"(?P<to>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),?\s+"
)


def _headline_in_capitals(line: str) -> bool:
    """Whether a paragraph is a headline set in capitals ("KENYA, MALAWI AGREE TO REVIVE RAIL LINK"), whose first
    word is no dateline's place however a comma follows it ("HARARE, ZIMBABWE" alone on its line stays one)."""
    return len(line.split()) > 4 and not any(ch.islower() for ch in line)


# "Chairperson of the Senate's Foreign Relations Committee X", "President of the Kenya Development Agency X": an
# office of a public body named in capitals, its noun closing the title
_BODY_TITLE_GAP_RE = re.compile(
    r"\s*(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|on)\s+)?){1,6}"
    r"(?:Committee|Agency|Board|Authority|Commission|Bureau)\s*"
    # ("Senior Vice President of the Gondwana Export Agency (GEA), X": the body's whole name set off by a comma)
    r"(?:,\s*)?"
)

# (not an aide's office owned by a leader: "the Prime Minister's Press Office X")
_OWNED_HOUSE_GAP_RE = re.compile(
    # ("the speaker of Ukraine's parliament, X": the house in lower case, as agencies write it; "Speaker of
    # Malaysia's Dewan Rakyat X", "Chairman of Kazakhstan's Mazhilis X": the house by its own name)
    r"['’]s(?:\s+[A-Z][\w'’-]*){0,4}\s+(?:Assembly|[Pp]arliament|Senate|Congress|Council|Committee|Chamber|"
    r"Rakyat|Negara|Sabha|Sangsad|Majlis|Majilis|Mazhilis|Mejlis|Duma|Sejm|Saeima|Seimas|Riigikogu|Knesset|Khural|"
    r"Kenesh|Kurultai|Rada|Storting|Riksdag|Folketing|Eduskunta|Bundestag|Sabor|Skup[sš]tina|Sobranie)"
    r"(?:\s+\([A-Z]{2,8}\))?\s*(?:,\s*)?(?:(?:Mr|Mrs|Ms|Dr|Hon)\.?\s+|(?:Tan\s+Sri|Datuk(?:\s+Seri)?|Dato['’]?(?:\s+Sri)?)\s+)?"
)


# A portfolio given as a series whose last item is still open, an adjective waiting for its noun, when a run of
# capitals begins: "Minister for Planning, Development and Special " Initiatives Khawaja Imran Butt; and the gap once
# the noun is back in it
_SERIES_GAP = (
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+,?"
    r"\s+(?:and|&)\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*(?:al|an|ic|ese|ish|ary)\s+"
)
_OPEN_SERIES_GAP_RE = re.compile(_SERIES_GAP)
_CLOSED_SERIES_GAP_RE = re.compile(_SERIES_GAP + r"[A-Z][\w'’-]*\s+")


# The board an office chairs inside the body it heads: "Chairman of the Management Board of X", "Chairman of the
# Board of Directors of the Y Chamber", "... Chairman of the Board Z"
_BOARD_OF_RE = re.compile(
    r"\s*of\s+the\s+(?:(?:Management|Supervisory|Executive)\s+)?Board(?:\s+of\s+Directors)?(?=\s)"
)

# A board's chair styled as an office right before the name, the body named in capitals ("Chairman of the Board of
# Kazakh Invest X", "Chairman of the Management Board of Samruk-Kazyna JSC X"): the head of a state's company or
# agency who joins the visit's events, not a firm's executive whom the story only quotes ("the chairman of the
# management board of the German company Acme, X")
_BOARD_CHAIR_BEFORE_RE = re.compile(
    r"\bChair(?:man|woman|person)?" + _BOARD_OF_RE.pattern + r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,6})?\s*$"
)


_AT_LOWER_MINISTRY_RE = re.compile(r"(\bat\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3})ministry\b")


_RESPONSIBLE_FOR_RE = re.compile(
    r",?\s+(?:with\s+(?:special\s+)?responsibilit(?:y|ies)|responsible)\s+for\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:and|&|of|the)\s+)*[A-Z][\w'’-]*)*(?=\s*,|\s*$)"
)


def _gap_is_title(gap: str) -> bool:
    """True when the text between a title core and a name holds only title words ("of Foreign Affairs of")."""
    board = _BOARD_OF_RE.match(gap)
    if board:
        # (the board is the office's own, not the body's name: what follows is read as the body the office is of)
        gap = gap[board.end() :]
        if not gap.strip():
            return True
    # "Secretary (East) in the MEA Anjali Sen Varma": a bracketed portfolio and an office's acronym are title words
    gap = compiled(r"\s\([^()]{1,24}\)").sub(" ", gap)
    if "responsib" in gap:
        # "Minister of State in the Ministry of X, with responsibility for the Diaspora, Hon. Y": the portfolio a
        # junior office is given is a title's words too
        gap = _RESPONSIBLE_FOR_RE.sub("", gap)
    if "H " in gap:
        gap = _SPACED_STYLE_GAP_RE.sub("HE", gap)  # "President of Ghana H E X": the style, as "H.E."
    if "ministry" in gap:
        # ("at the Senegalese ministry, X": the same ministry, in lower case)
        gap = _AT_LOWER_MINISTRY_RE.sub(r"\1Ministry", gap)
    if ":" in gap:
        return False  # "PRESIDENT CRUZ: Thank you": a transcript label's title is not the next words'
    if ";" in gap:
        return False  # "A, Ambassador of X to Y; and Ms B": a semicolon ends the list's item the title was of
    if _CLOSED_SERIES_GAP_RE.fullmatch(gap):
        return True  # "Minister for Planning, Development and Special Initiatives X": the series is the office's
    if _BODY_TITLE_GAP_RE.fullmatch(gap):
        # (a business body's head set off so is mostly a commentator: "the chair of the Tarn Business Committee, X,
        # told ...")
        return not gap.rstrip().endswith(",") or not _BUSINESS_BODY_RE.search(gap)
    if _OWNED_HOUSE_GAP_RE.fullmatch(gap):
        return True  # "Speaker of Kenya's National Assembly X": the country owns the house the office is of
    envoy = _SENDER_STYLED_RE.fullmatch(gap)
    if envoy and (envoy.group("to") in _COUNTRY_BY_FORM or envoy.group("to") in _CITY_BY_NAME):
        return True  # "Ambassador of the Guardian of the Sacred Shrines to Peru, X": the sender's style
    if "First" in gap and compiled(r"\bFirst\s+(?:Lady|Gentleman)\b").search(gap):
        return False  # "the President and the First Lady, Mrs X": the spouse, who holds no office of the president's
    toks = [
        "Office" if compiled(r"[A-Z]{2,6}").fullmatch(t) and t not in _COUNTRY_WORDS else t
        for t in compiled(r"[\w'’.-]+|,").findall(gap)
    ]
    # "Minister of Industry, Energy and Mining, X": commas inside a portfolio's list of fields
    listed = len(toks) > 2 and toks[-1] == "," and toks[0] in ("of", "for") and "," in toks[:-1] and ";" not in gap
    for i in range(len(toks) - 1):
        if toks[i] == "," and toks[i + 1] == "and" and all(t in _HONORIFICS or t == "the" for t in toks[i + 2 :]):
            # "A, President of X, and Mrs. B": the title set off after A is A's; ", and" opens the next person
            return False
    if toks and toks[-1] == "," and ("," not in toks[:-1] or listed):
        toks = toks[:-1]  # "the Prime Minister of the Government of Spain, Elena Barrachina Ruiz"
    if toks and toks[-1] in (",", "of", "for", "to", "the", "and", "on"):
        return False
    # "Minister for Food and Agriculture, Hon. Dr. Yaw Adjei-Kyeremeh": a portfolio's words, then a comma
    portfolio = bool(toks) and toks[0] in ("of", "for", "on") and "," in toks
    # (a place's kind in lower case after its name is no portfolio's word but no break either: "the governor of
    # Khorezm region X", "the party secretary of Shaanxi province, X")
    portfolio_words = (
        bool(toks)
        and toks[0] in ("of", "for")
        and not any(
            t[:1].islower()
            for k, t in enumerate(toks[1:], 1)
            if t not in ("of", "for", "and", "the", "in", "at", "on")
            and not (t in ("region", "province") and toks[k - 1][:1].isupper())
        )
    )
    if portfolio_words and len(toks) <= 8 and gap.rstrip().endswith(",") and ";" not in gap and "the" not in toks:
        # "the Minister of Production, X": a portfolio in capitals that a comma sets off from the name (not "the
        # leader of the Truckers' Union, X", an organisation's)
        return True
    # (the portfolio's last word, before the styles of the name: "of Foreign and Caribbean Affairs Senator Dr")
    field_end = next(
        (t for t in reversed(toks) if t != "the" and t not in _HONORIFICS and t.rstrip(".") not in _HONORIFICS), ""
    )
    named = 0
    for i, tok in enumerate(toks):
        if portfolio and "," in toks[i:] and tok[:1].isupper():
            continue
        if tok == "to" and not (
            i + 1 < len(toks) and (_bare(toks[i + 1]) in _COUNTRY_WORDS | {"the"} or toks[i + 1] in _CITY_BY_NAME)
        ):
            return False
        # (a title in lower case too: "chief of staff, X", "minister of foreign affairs, X")
        if (
            tok in (",", "of", "for", "to", "the", "and", "on")
            or _bare(tok)[:1].upper() + _bare(tok)[1:] in _TITLE_WORDS
        ):
            continue
        if tok == "a.i.":
            continue  # "Charge d'Affaires a.i. of the Qatari Embassy": an envoy ad interim
        if tok == "Most" and i + 1 < len(toks) and toks[i + 1].rstrip(".") in ("Hon", "Honourable", "Honorable"):
            continue  # "Governor-General, His Excellency the Most Hon. Sir X": the style of the Crown's offices
        if tok == "The" and i + 1 < len(toks) and (toks[i + 1] == "Most" or toks[i + 1].rstrip(".") in _HONORIFICS):
            continue  # "President of Barbados, The Most Honourable Dame X": the style's article, set in capitals
        if toks[0] in ("of", "for") and tok.islower() and tok.capitalize() in _PORTFOLIO_WORDS:
            continue  # "Brazil's minister of mines and energy, X": a portfolio written in lower case
        if tok in ("at", "in", "charge", "Ministry") and i + 1 < len(toks):  # "Minister of State at the Ministry of"
            continue
        if tok == "Ministry" and "at" in toks[:i]:
            continue  # "Director of Consular Affairs at the Senegalese Ministry, X": the ministry the office is in
        # "Hungary's ambassador in Tashkent, X", "the mayor of Budapest, X"
        if i and toks[i - 1] in ("in", "to", "of") and tok in _CITY_BY_NAME:
            continue
        if _bare(tok) in _COUNTRY_WORDS or tok in _HONORIFICS or tok.rstrip(".'’") in _HONORIFICS:
            continue
        if tok[:1].isupper() and i + 1 < len(toks) and all(t.rstrip(".") in _HONORIFICS for t in toks[i + 1 :]):
            continue  # "Prime Minister Lyonchhen Dr. X": a local style before the honorifics that open the name
        if tok.rstrip(".") in _RANK_ABBREVIATIONS:
            continue  # "the Minister of Foreign Affairs, Gen. X": a military rank kept before the name
        if tok in _STATE_FORM_WORDS:  # "President of the Federative Republic of Brazil, H.E. Rogério Vasconcelos"
            continue
        if (
            portfolio_words
            and tok[:1].isupper()
            and (_bare(toks[-1]) in _OFFICE_WORDS or _bare(field_end) in _OFFICE_WORDS)
        ):
            continue  # "Minister of Fisheries and Aquaculture Development": a portfolio ends in a known word
        if portfolio_words and tok[:1].isupper() and len(toks) > 2 and toks[-2] == "of" and toks[-1] in _COUNTRY_WORDS:
            continue  # "Chairman of the State Great Khural of Mongolia": an institution named with its country
        if all(
            _bare(x) in _OFFICE_OR_COUNTRY_WORDS
            or compiled(r"[A-Z]{2,6}").fullmatch(x)
            # (a field named by an abstract noun: "Minister for Science and Telecommunication")
            or (x[:1].isupper() and len(x) > 6 and _ABSTRACT_NOUN_RE.search(x))
            for x in tok.split("-")
            if x
        ):
            continue  # "Minister of Trade and Export Promotion", "of the ASEAN-Malaysia National Secretariat"
        if (
            portfolio_words
            and named < 2
            and "," not in toks
            and _bare(tok) not in _NOT_NAME
            and all(x[:1].isupper() for x in tok.split("-"))
            and not tok.endswith(("'", "’"))
            and toks[i - 1] not in ("in", "at")
            and not (tok == field_end and (_is_demonym(tok) or _PEOPLES_ADJECTIVE_RE.fullmatch(tok)))
            and not compiled('["“”]').search(gap)
        ):
            # "Chairman of the Federation of Saudi Chambers", "Head of Buryatia", "President of the Hellenic
            # Republic": a word or two of the body's own name (more would name a person or a firm: "of the Ipak Yuli
            # Textile Cluster"; "Tashkent-based" describes the body, whose name follows; "Manufacturers'" owns a
            # members' body, which no office of state heads; "in Winnipeg" is a place, a quotation mark closes a
            # quote, not a title, and an adjective ends no name: "of Foreign and Caribbean")
            named += 1
            continue
        return False
    return True


# "The Portuguese president", "The Cabo Verdean Head of Government": a leader described, not named (or with no
# article, as agency copy in translation drops it: "Croatian Prime Minister is accompanied by ...").
_DESCRIBED_SUBJECT_RE = re.compile(r"(?:The\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:[\w-]+\s+){0,2}[\w-]+")
# ("The prime minister was accompanied by ...": copy that sets offices in lower case too)
_BARE_TITLE_SUBJECT_RE = re.compile(r"The\s+(?:[A-Za-z][\w-]*\s+(?:of\s+)?){0,2}[A-Za-z][\w-]*")
_OWNED_DELEGATION_RE = re.compile(
    r"(?P<lead>\b(?:[Tt]he )?(?:[A-Z][\w'’-]* ){0,5}[A-Z][\w-]*)['’]s\s+(?:[a-z]+\s+){0,2}delegation\s+"
    r"(?:also\s+)?(?:includes|included|comprises|comprised|consists\s+of|consisted\s+of|(?:is|was)\s+made\s+up\s+of)\b"
)
# "..., at the head of a government delegation that includes the Minister of ..., X, ...": the leader's companions
_HEADED_DELEGATION_RE = re.compile(
    r"\b(?:at\s+the\s+head\s+of|heading|leading|heads|leads)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,4}?"
    r"delegation,?\s+(?:(?:that|which)\s+(?:also\s+)?(?:includes|included|comprises|comprised)|including|comprising)\b"
)
# A delegation with no owner named, listing its members: "The delegation included Minister of Energy X, ...".
_BARE_DELEGATION_RE = re.compile(
    r"\b(?P<lead>[Tt]he)\s+(?:(?:visiting|accompanying|official|government|high-level)\s+)?delegation\s+(?:also\s+)?"
    r"(?:includes|included|comprises|comprised|consists\s+of|consisted\s+of|(?:is|was)\s+(?:made\s+up|composed)\s+of)\b"
)
# A leader's arrival or visit told: "arrived in Budapest", "is on a two-day state visit to", "began an official visit".
_ARRIVED_RE = re.compile(
    r"\b(?:arriv(?:ed|es)|landed|(?:is|was)\s+(?:on|paying|making)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}visit|"
    r"(?:paid|pays|began|begins|started|starts)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}visit)\b"
)
_DELEGATION_MADE_RE = re.compile(
    r"\b[Tt]he\s+delegation\s+accompanying\s+(?P<lead>[^.;,]{2,60}?)\s+(?:is|was|are|were)\s+(?:also\s+)?"
    r"(?:made\s+up\s+of|composed\s+of|comprised\s+of|formed\s+by|led\s+by)\b"
)
_KOREAN_NAME_RE = re.compile(
    r"(?:Kang|Kim|Lee|Park|Choi|Jung|Jeong|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Ko|"
    r"Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Ryu|Min|Chung|Yu|Um|Byun|Chae|Cha|Joo|Koo|Kwak|Woo) [A-Z][a-z]+-[a-z]+"
)
_RANK_ABBREVIATIONS = frozenset("Gen Maj Lt Col Brig Adm Capt Cdr".split())
# Words of a state's formal name and two-word honorifics that may stand between a title and its holder's name.
_STATE_FORM_WORDS = frozenset(
    "Federative Federal Democratic Socialist Islamic Arab People's Peoples Popular Plurinational Bolivarian "
    "United Oriental Cooperative Co-operative Hashemite Sultanate Emirate Principality Grand Duchy Confederation "
    "Tan Sri Puan".split()
)


# --------------------------------------------------------------------------------------------------------------
# Working state


class _Spans:
    """Character ranges to test positions and ranges against in logarithmic time, so long pastes stay linear."""

    def __init__(self, spans=()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.reach = 0
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_right(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)
        self.reach = max(self.reach, b - a)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether any range meets [a, b) (or holds the position a, when b == a + 1)."""
        i = bisect.bisect_left(self.starts, a - self.reach)
        while i < len(self.starts) and self.starts[i] < b:
            if self.ends[i] > a:
                return True
            i += 1
        return False

    def holds(self, pos: int) -> bool:
        return self.overlaps(pos, pos + 1)


_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|at|to|from|near|via|into|outside)\s+$|\b(?:Palacio|Palácio|Palazzo|Plaza|Praça|Casa)\s+\w+\s+$"
)
_PLACE_AFTER_RE = re.compile(
    r"\s+(?:region|province|district|county|valley|airport|palace|square|street|bridge|port|river|corridor)\b"
)
# One come to the outlet's own country: "X, who arrived in our country", "during his visit to our country".
# The opening of a sentence that gives someone's view, up to the comma after the one it names: "For the minister,
# Ken Mori,", "For Ken Mori,".
_FOR_VIEW_RE = re.compile(r"For\s+[^,;\"“”]{1,80},(?:\s*[A-ZÀ-ÞĀ-ſ][^,;\"“”]{0,60},)?")
_TO_OUR_COUNTRY_RE = re.compile(r"\b(?:in|to)\s+our\s+country\b")
_GIVEN_NAME_AFTER_RE = re.compile(r" [A-Z][a-z]+-[a-z]+\b")
# A family name written first that is also a word opening sentences ("He", "Park"), with a given name, right after
# a title: "Chinese Premier He Wenbin" is a name wherever the article writes it so again ("He Wenbin said").
_TITLED_FAMILY_FIRST_RE = re.compile(
    r"\b([A-Z][a-z]+) ((?:" + "|".join(sorted(_FAMILY_FIRST & _NOT_NAME)) + r") [A-Z][a-z]+)\b(?![\w'’-])"
)
# A surname's lower-case particles and the surname they open: " de Wit", " van der Berg", " ter Horst".
_PARTICLE_SURNAME_RE = re.compile(r" (?:de|van(?: de[nr]?)?|von|da|di|le|ter) [A-ZÀ-ÞĀ-ſ][a-zà-ÿā-ſ]")
# "Tan Sri", "Puan Sri": Malaysian honorifics of two words, the first of which is also a name elsewhere.
_CAPS_SURNAME_RE = re.compile(r"[A-ZÀ-Þ]*[AEIOUYÀ-Þ][A-ZÀ-Þ]*")
_PLAIN_NAME_AFTER_RE = re.compile(r" ([A-ZÀ-ÞĀ-ſ][a-zà-ÿā-ſ'’-]+)(?![\w-])")
# capitalised letters that stand for a company form, an office or a body, never a surname
_NOT_SURNAME_CAPS = frozenset(
    "MP MPS CEO CFO COO SARL EURL GMBH AG SA SPA PLC LLC LLP JSC OJSC PJSC PT TBK BHD INC LTD NV BV AB AS OY "
    "UN EU UK US USA UAE NATO ASEAN OSCE EFTA IAEA OPEC WTO WHO IMF COVID TV FM PM EAM HE HRH MFA MEA".split()
)
_BODY_BEFORE_RE = re.compile(r"\b(?:of|the|at|for|from|by|with|and)\s$|[(/&-]$")
# ('Reynaldo "Rey" B. Santillan': or a middle initial after it)
_NICKNAME_RE = re.compile(r" [\"“‘'](?P<n>[A-Z][a-z]{1,12})[\"”’'](?= [A-ZÀ-ÞĀ-ſ][\w'’-]*[a-zà-ÿ]| [A-Z]\. [A-Z])")
_HONORIFIC_TAIL_RE = re.compile(
    # (and one opening a bracket, as a parliament's record names the holder after the office: "The Prime Minister
    # (Mr X):")
    r"(?:,?\s+\(?(?:"
    + "|".join(re.escape(h) for h in sorted(_HONORIFICS, key=len, reverse=True))
    # ("Foreign Minister Senator the Hon. X": the article of a Westminster style is the style's too)
    # ("Dato'": the Malay style's apostrophe)
    + r"|Tan|Sri|Puan|[Tt]he|Most)[.'’]?)+$"
)


def _styled_label(title: _Title) -> str:
    """A title's label without the styles that close it before the name ("Minister of Energy Mr"), though its office
    may end on a word that is also a style ("Crown Prince")."""
    at = title.label.lower().rfind(title.core)
    keep = at + len(title.core) if at >= 0 else 0
    return title.label[:keep] + _HONORIFIC_TAIL_RE.sub("", title.label[keep:])


# (and the grades of a Datuk: "Datuk Wira X", "Dato' Paduka Y")
_TAN_SRI_RE = re.compile(
    r"(?:Tan|Puan|Toh Puan)\s+Sri\b|(?<=Tan )Sri\b|(?<=Puan )Sri\b"
    r"|(?:(?<=Datuk )|(?<=Dato' )|(?<=Dato’ )|(?<=Dato )|(?<=Datin ))(?:Wira|Paduka|Sri|Patinggi|Amar|Setia|Indera)\b"
)
# what may follow the last word of a name: a comma, a stop, a bracket or a speech verb
_NAME_CLOSED_RE = re.compile(r"\s*[,.;:)]|\s+(?:said|says|told|added|noted|stressed|signed|met|held)\b")
# The words before an office's head word that still belong to it: capitalised ones, a determiner, and the body an
# aide serves in lower case ("Egyptian presidency spokesman X", "Thai government spokeswoman X"), also as a
# possessive with the aide's office after it ("Turkish presidency's communications director X")
_TITLE_PRE_RE = re.compile(
    r"(?:(?:[A-Z][\w'’.-]*|the|his|her|its|presidential|communications|protocol|"
    r"(?:presidency|government|palace|cabinet)(?:['’]s)?)\s+){0,5}$"
)
# The name of a body right before its head's title: "Federation of Nepalese Chambers of Commerce and Industry",
# "Indonesian Chamber of Commerce and Industry (Kadin)"
_BODY_RUN_RE = re.compile(r"(?:(?:[A-Z][\w'’-]*|of|and|the|for|&|\([A-Za-z]{2,8}\))\s+){2,12}$")
_BODY_WORD_RE = re.compile(r"\b(?:Chambers?|Federation|Confederation|Association|Council|Institute|Board|Forum)\b")
_BODY_HEAD_WORD_RE = re.compile(
    r"president|chairman|chairwoman|chairperson|chair|director|director-general|director general|head|"
    r"chief executive|secretary-general|secretary general|vice president|vice-president|vice chairman",
    re.I,
)
_THE_COUNTRYS_OFFICE_RE = re.compile(r"\b[Tt]he\s+(?:country|nation)['’]s\s+(?:[\w-]+\s+){0,4}?[\w-]+,?\s+$")
_ITS_OFFICE_RE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,4}?[\w-]+,?\s+$")
# A country before an office written in lower case, as papers write titles: "Mexico's economy secretary", "the
# Ghanaian finance minister" (the capitalised words a title opens with stop at the field's lower-case word)
_COUNTRY_LOWER_OFFICE_RE = re.compile(
    r"(?<![\w-])(?P<c>" + _COUNTRY_RE.pattern + r")(?:['’]s)?\s+(?:(?!(?:and|or|of|the|with|to|for|by|in|on|at|as|"
    r"from|during|after|before|under|between|while|is|was|said|says|met|former|opposition|shadow|then)\b)"
    r"[a-z][a-z-]*\s+){1,2}$"
)
# A sentence opening with a description by country set off before an office with none, both the one name's: "The
# Georgian co-chair of the commission, Minister of Economy X", "The Kenyan side's chief negotiator, Trade Secretary Y"
# (lower-case words only, past a body the description is "of": no clause of its own).
_DESCRIBED_BEFORE_OFFICE_RE = re.compile(
    r"\s*The\s+(?P<c>" + _COUNTRY_RE.pattern + r")(?:['’]s)?\s+(?:[a-z][a-z-]*['’]?s?\s+){0,2}[a-z][a-z-]*"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+)?,\s+$"
)
# "Congolese", "Congo's": the name both Congos share, read in a title as the one of them the story names in full
_SHARED_CONGO_RE = re.compile(r"\bCongo(?:lese\b|['’]s\s)")
# ("(UzA)", "/TASS/", "/ Kabar /", or a dateline line's last word: "Baku, April 22, AZERTAC"; or the agency a dateline
# of capitalised words and figures runs into, set off by a stop, a dash or a bar: "ASTANA. KAZINFORM –", "Tehran,
# IRNA –", "YEREVAN, JUNE 18, ARMENPRESS.", "DUSHANBE, 12.02.2026 /NIAT "Khovar"/.", "HANOI, Aug. 16 Kyodo -", or
# a byline line of its own: "PTI", "KYODO NEWS - Jun 11", "QNA | Doha")
_AGENCY_NAMES = "|".join(sorted({*_AGENCY_COUNTRIES, *map(str.upper, _AGENCY_COUNTRIES)}, key=len, reverse=True))
_AGENCY_TAG_RE = re.compile(
    rf"[(/] ?(?P<a>{_AGENCY_NAMES}) ?[)/]|,\s(?P<b>{_AGENCY_NAMES})$"
    rf"|^(?:(?:[A-Z\d][\w'’.-]*|de|del|la|el|al)[,.]?[ \t]+){{0,7}}?(?:[/(][ \t]*(?:[A-Z]{{2,6}}[ \t]+)?)?[\"“]?"
    rf"(?P<c>{_AGENCY_NAMES})(?:[ \t]+(?:NEWS|News|Press|IA))?[\"”]?[ \t]*[/)]?[ \t]*(?:--|[-–—|:.](?=\s)|$)",
    re.M,
)
_AGENCY_BY_UPPER = {name.upper(): code for name, code in _AGENCY_COUNTRIES.items()}
_COUNTRY_OWNS_RE = re.compile(r"\b(?P<c>" + _COUNTRY_RE.pattern + r")['’]s?\s")
_VISITOR_RE = re.compile(
    # ("X, on her third visit to India, ...", "X has left New Delhi without ...": the guest too; not "met X, and
    # visited ...", the subject's next act)
    r"(?:(?!and\b)[\w'’-]+,?\s+){1,4}?"
    r"(?:(?:made|makes|paid|pays|began|begins|started|starts|is on|was on|wrapped up|wraps up|"
    r"concluded|concludes|ended|ends|completed|completes|on)\s+(?:his|her|a|an)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\s+to|"
    # (a headline's present: "Canada, Philippines deepen ties as X visits Manila")
    r"arrived in|arrives in|flew (?:in)?to|flies to|travell?ed to|travels to|visited|visits(?=\s+[A-Z])|"
    # ("Minister X is visiting Kenya from 11 to 13 March", "X will visit Samarkand on Friday")
    r"(?:is|was|are|were|will\s+be)\s+visiting(?=\s+[A-Z])|will\s+visit(?=\s+[A-Z])|"
    r"(?:has\s+)?(?:left|leaves|departed|departs)(?=\s+[A-Z])|"
    # (a home paper's report of its minister's trip: "X has returned from Washington", "X, who led a delegation of
    # officials to the US capital")
    r"(?:has\s+)?(?:returned|returns)\s+(?:home\s+)?from(?=\s+(?:the\s+)?[A-Z])|"
    r"who\s+led\s+(?:a|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:of\s+(?:[\w,-]+\s+){1,8}?)?to(?=\s)|"
    # "Trade Minister X, who is part of the delegation, ...": an official who came with the visit is the guest's
    r"who\s+(?:is|was)\s+(?:also\s+)?(?:part|a\s+member)\s+of\s+the\s+(?:visiting\s+)?delegation|"
    r"who\s+(?:is\s+|was\s+|has\s+)?(?:accompanies|accompanying|accompanied|travell?(?:ing|ed)\s+with)\s+the\s+(?:visiting\s+)?"
    r"(?:minister|president|prime\s+minister|premier|chancellor|delegation|guest|visitor)(?=[\s,.])"
    r")\b"
)
# "The visiting delegation includes Minister X", "Accompanying the president on the visit are A, B and C": members of
# the visitor's party, the guest's side whoever the president is; so is "his delegation" or "her entourage", the party
# a story lists being the one that travels
_GUEST_PARTY_RE = re.compile(
    r"\b(?:(?:[Vv]isiting\s+(?:[\w-]+\s+)?delegation|(?<![\w'’])(?:[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:delegation|entourage|retinue))\b[^.;]{0,40}?\b(?:includes?|included|including|comprising|"
    r"comprises|comprised|consists\s+of|consisted\s+of|(?:is|was)\s+made\s+up\s+of)|"
    r"[Aa]ccompanying\s+(?:the|his|her)\s+(?:[\w-]+\s+){1,6}?(?:are|were|is|was))\b[^.;]*$"
)
# "A (Trade), B and Minister C were among the delegation", "..., were among those on the President's entourage": a
# list of names, titles and portfolios that the sentence then places in a party with no country named is the guest's
_LISTED_IN_PARTY_RE = re.compile(
    r"(?:(?:\s*,\s*|\s+)(?:\([^()]{0,60}\)|and|the|of|for|[A-ZÀ-ÞĀ-ſ][\w'’.-]*)){0,30}?\s*,?\s+"
    r"(?:were|was|are|is)\s+(?:also\s+)?(?:among\s+(?:those\s+(?:on|in)\s+)?|part\s+of\s+|members?\s+of\s+|in\s+)"
    r"(?:the|his|her|the\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:delegation|entourage|retinue)\b"
)
# A description set off by commas right after a name, before the name's own verb.
_APPOSED_AFTER_RE = re.compile(r"\s*,\s+[^,;:.()\"“”\n]{1,90},(?=\s)")
_MEETS_RE = re.compile(
    r"\s+(?:(?:also|then|later|first)\s+)?(?:met|meets|held talks|holds talks|held meetings|holds meetings|"
    # ("met today in Ulaanbaatar with Mongolian Foreign Minister X": the time and the place between)
    r"called on|calls on)\s+(?:(?:today|yesterday|on\s+\w+|(?:in|at)\s+(?:the\s+)?[A-Z][\w-]+)\s+){0,3}"
    r"(?:with\s+)?(?:(?:the|a|an|several|senior|top|members|of|[a-z]+)\s+){0,4}?"
    r"(?P<c>" + _COUNTRY_RE.pattern + r")(?![\w-])"
)


def _portfolio(title: str) -> set[str]:
    """The words of a title that name its field: "Minister of Foreign Affairs" -> {"foreign", "affairs"}."""
    words = set(compiled(r"[a-z]+").findall(fold(title).lower()))
    return words - _GENERIC_TITLE_WORDS - {"and", "for", "the", "minister", "ministry", "deputy", "state", "federal"}


# What two people joined by "and" may do as the two sides: "A and B signed", "A and B held talks"
_PAIRING_ACT_RE = re.compile(
    r",?\s+(?:\w+ly\s+)?(?:sign(?:s|ed)?|met|meets?|held|holds?|discuss(?:es|ed)?|agreed|agrees?|co-chair(?:s|ed)?|"
    r"exchanged|exchanges?|initial(?:l?ed|s)?|ink(?:s|ed)?)\b"
)
_MY_COUNTERPART_RE = re.compile(r"\b[Mm]y\s+counterparts?\s*,?\s*")
_IN_MONTH_RE = re.compile(
    r"\bin\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+\d)"
)
# A person taking part from afar: "Foreign Minister X joined the roundtable by video link from Tokyo", "Y, who joined
# via videoconference from Buenos Aires": the place they join from is their own country's.
_VIDEO_FROM_RE = re.compile(
    r"\b(?:by|via|through|over)\s+(?:an?\s+)?(?:video(?:[\s-]*(?:link|conference|call))?|videoconference|"
    r"teleconference|videolink)\s+from\s+(?:the\s+)?|\bvirtually\s+from\s+(?:the\s+)?"
)
# The office words of a visiting leader or minister, in lower case as papers write them
_LEADER_WORD = (
    r"(?i:president|prime\s+minister|premier|emir|king|chancellor|(?:foreign\s+)?minister|(?:foreign\s+)?secretary)"
)
# "the state visit of Ghanaian President X" as much as "a visit by"
_VISIT_BY_RE = re.compile(
    # (the place or the count may come between: "a visit to Algiers by Italian prime minister X", "a two-day visit,
    # the first by an Indonesian foreign minister to Uganda")
    r"\b(?:visit|trip|tour)(?:\s+to\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|,\s+the\s+first)?\s+(?:here\s+)?(?:by|of)\s+"
    r"(?:the\s+|an?\s+)?(?P<c>" + _COUNTRY_RE.pattern + r")(?![\w-])"
)
# The guest's side described as such: "briefed the Chilean guest on ...", "the visiting Chilean delegation", "his
# visiting Malaysian counterpart"; or as the counterpart a leader receives: "hosted his Angolan counterpart"
_GUEST_SIDE_RE = re.compile(
    r"\b(?:the|his|her|their|our)\s+(?:(?:visiting|distinguished|high-level)\s+)?(?P<c>"
    + _COUNTRY_RE.pattern
    + r")\s+(?:guests?|visitors?|delegation\s+(?:arrived|is\s+visiting|was\s+visiting))\b"
    r"|\b(?:the|his|her|their)\s+visiting\s+(?P<v>" + _COUNTRY_RE.pattern + r")(?![\w-])"
    r"|\b(?:hosted|hosts|received|receives|welcomed|welcomes)\s+(?:his|her|their)\s+(?P<h>"
    + _COUNTRY_RE.pattern
    + r")\s+counterparts?\b"
    # (or a leader owned by the country arriving or visiting, as a headline tells it: "as Guyana's President visits")
    r"|\b(?P<o>" + _COUNTRY_RE.pattern + r")['’]s\s+(?:[A-Z][\w-]*\s+){1,3}(?:visits|arrives|arrived|visited)\b"
    # (or a leader described by country whose visit it is: "The French president's three-day state visit", "as the
    # emir of Qatar wrapped up a three-day state visit", "Vietnamese president X, who is in the country on a visit")
    r"|\b(?P<l>"
    + _COUNTRY_RE.pattern
    + r")\s+(?:(?:vice|deputy|acting|new)[\s-]+)?"
    + _LEADER_WORD
    + r"['’]s\s+(?:[\w-]+\s+){0,3}visit\b"
    r"|\b"
    + _LEADER_WORD
    + r"\s+of\s+(?P<f>"
    + _COUNTRY_RE.pattern
    + r")\s+(?:wrap(?:ped|s)\s+up|conclude[ds]?|ende?d?s?|"
    r"beg(?:an|ins)|start(?:ed|s)|(?:is|was)\s+on|pa(?:id|ys)|arrived\s+for)\s+(?:an?|his|her|the)\s+(?:[\w-]+\s+){0,3}"
    r"visit\b"
    r"|\b(?P<w>"
    + _COUNTRY_RE.pattern
    + r")\s+(?:(?:vice|deputy|acting|new)[\s-]+)?"
    + _LEADER_WORD
    + r"\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    r"[A-Z][\w'’-]*,\s+who\s+(?:is|was)\s+(?:in\s+the\s+country|here|on)\b[^.\n]{0,40}?\bvisit\b"
)
# (a headline's subject acting there: "In Rabat, minister X negotiates supply of ...")
_VISIT_ACT_AFTER_RE = re.compile(
    r"\s+(?:(?:also|then|later|first)\s+)?(?:will|is\s+(?:to|due\s+to|scheduled\s+to|expected\s+to)|met|meets|held|"
    r"holds|visited|visits|toured|tours|arrived|arrives|called\s+on|calls\s+on|laid|lays|negotiates|discusses|"
    r"signs|agrees|seeks)\b"
)
# A plural office before a list of its holders: "Cabinet Secretaries A (Trade), B (Labour)", "Ministers A and B".
_PLURAL_OFFICE_RE = re.compile(
    r"\b(?P<t>(?:(?:Prime|Cabinet|Deputy|State|Union|Federal)\s+){0,2}(?:Ministers|Secretaries))\s+(?=[A-Z])"
)
_LISTED_MEMBER_RE = re.compile(
    r"(?P<name>[A-ZÀ-ÞĀ-ſ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*|bin|ibn|al|el|de|da|dos|van|von))*)"
    r"(?:\s*\((?P<field>[A-Z][^()]{2,60})\))?(?P<sep>,\s+(?:and\s+)?|\s+and\s+)?"
)
# Verbs a headline in title case capitalises right after a name: "President X Hosts Ghanaian Counterpart".
_HEADLINE_VERBS = frozenset(
    "Hosts Meets Receives Welcomes Visits Holds Signs Says Calls Urges Hails Thanks Arrives Leaves Departs Pledges "
    "Lauds Praises Invites Discusses Congratulates Attends Opens Launches Tells Concludes Begins Reaffirms Commends "
    "Vows Seeks Backs Agrees Bids Confers Extends Stresses Assures Inaugurates Witnesses "
    # (a business wire's deal verbs: "Premier X Seals Iron Ore Deals", "President X Inks Trade Pact")
    "Seals Inks Clinches Strikes Secures Wins Wraps Unveils Announces Touts Woos Courts Deepens Boosts Expands Eyes "
    "Offers Promises Warns Rejects Embarks Lands Tours Kicks Wants Sees Expects Plans Pushes Presses".split()
)
# After a surname standing alone: capitalised words that may follow a name without making it a body's ("President
# X Monday", "PM X, Ghana's ...") and those that would ("King X International Airport").
_FOLLOWING_CAPS_RE = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}")
# An office's noun in lower case after a capitalised word, which then names what the office is of ("Buryatia head",
# "Kremlin chief", "Tatarstan leader")
_OFFICE_NOUN_AFTER_RE = re.compile(r" (?:head|chief|leader|governor|mayor|premier|president)\b(?![\w'’-])")
_PREVIOUS_WORD_RE = re.compile(r"([\w.'’&-]+)(\W*)$")
_LISTED_ON_RE = re.compile(r"(?:\s*[,;]\s*(?:and\s+)?|\s+(?:and|&)\s+)[A-ZÀ-Þ]")
# After words set off by a comma: more words of the office ("and Ports", "and Sport") or its holder's style and name
# (", Hon. X"), where a name set off after its office goes on with the sentence (", X, said ...")
_PORTFOLIO_GOES_ON_RE = re.compile(
    r"\s+(?:and|&)\s+[A-ZÀ-Þ]|[,;]\s+(?:and\s+)?(?:the\s+)?(?:Hon|Mr|Mrs|Ms|Dr|H\.E|Prof|Sheikh|Datuk)\b"
)
_PORTFOLIO_WORD = "(?:" + "|".join(sorted(_PORTFOLIO_WORDS, key=len, reverse=True)) + ")"
_PORTFOLIO_TAIL_RE = re.compile(
    rf"(?:,\s+{_PORTFOLIO_WORD}(?:\s+{_PORTFOLIO_WORD})?)*,?\s+(?:and|&)\s+{_PORTFOLIO_WORD}(?:\s+{_PORTFOLIO_WORD})?"
    r"\s+of\s+(?:the\s+)?" + _COUNTRY_RE.pattern
)
# A sovereign's regnal number ("XV") closes the name it follows.
_REGNAL_RE = re.compile(r"(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})")
_REGNAL_AFTER_RE = re.compile(rf"\s+(?=[IVXL]+\b){_REGNAL_RE.pattern}\b")
# Endings of English abstract nouns that no name has ("Promotion", "Development", "Humanities", "Partnership"): a
# capitalised word so ending names an office's field or a body, not a person.
_ABSTRACT_NOUN_RE = re.compile(r"(?:tion|sion|ment|ities|ity|ness|ship|ism|ology|ics)(?:['’]s|s)?$")
_SERVES_LEADER_RE = re.compile(
    r"\b(?:[Aa]ssistant|[Aa]dvis[eo]r|[Aa]ide|[Ss]ecretary)\s+to\s+the\s+((?:[A-Z][\w-]*\s?){1,3})$"
)
_LEADERS_OFFICE_RE = re.compile(
    r"\b(?:Presidency|Presidential|President['’]s(?:\s+Office)?|Prime\s+Minister['’]s\s+Office)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman)|advis[eo]r|aide|press\s+secretary|secretary|"
    r"communications\s+director|director\s+of\s+communications)\s+$",
    re.I,
)
_PRONOUN_SUBJECT_RE = re.compile(r"\s*(?:He|She)\s+(?:was|were|had\s+been|has\s+been)\b")
_THE_DELEGATION_RE = re.compile(r"\b[Tt]he\s+(?:visiting\s+)?delegation\b(?!\s+(?:of|from)\b)")
_DELEGATION_FROM_RE = re.compile(
    rf"\bdelegation\s+(?:from|of)\s+(?:the\s+)?(?P<c>{_COUNTRY_RE.pattern})|(?P<d>{_COUNTRY_RE.pattern})\s+delegation\b"
)
_CHANCELLOR_STATES = frozenset({"DE", "AT"})
_RANK_RE = re.compile(r"(?:Senior |Lieutenant |Major |Brigadier |Field )?(?:General|Marshal|Admiral|Colonel)")
_PAST_TENURE_RE = re.compile(
    r"\b(?:until|till)\s+(?:19|20)\d\d\b|\bfrom\s+(?:19|20)\d\d\s*(?:to|until|-|–)\s*(?:19|20)\d\d\b"
)
# Offices that speak for someone else: "the spokesman said" relays another's words, and is resolved elsewhere.
_RELAY_CORE_RE = re.compile(r"spokes|press secretary|aide|advis")
_ACCORDING_TO_END_RE = re.compile(r"\b[Aa]ccording\s+to\s*$")
_RELAY_TITLE_RE = re.compile(
    r"[Tt]he\s+(?:(?:presidential|government|ministry's|ministry|official|[A-Z][a-z]+)\s+)?"
    # (an aide or adviser too, by the seat of power he serves: "According to the Kremlin aide, ...")
    r"(spokes|press secretary|aide|advis(?=er|or))(?:person|man|woman|er|or)?"
)
# "the EAM", "the FM", "the CEO": an office by its initials
_ACRONYM_PHRASE_RE = re.compile(r"[Tt]he\s+([A-Z]{2,5})")
_ACRONYM_WORD_RE = re.compile(r"[^\W\d_]+")
_WRITTEN_BEFORE_RE = re.compile(r"[Tt]he\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)")
# A person described by country and calling rather than by an office: "the Vietnamese official", "the top Russian
# diplomat", "the senior Kenyan delegate" (not "the Vietnamese officials", unnamed people)
_DESCRIBED_PERSON_RE = re.compile(
    r"[Tt]he\s+(?:(?:top|senior|chief|visiting|leading)\s+)?(?P<c>[A-Z][\w'’-]+)\s+"
    r"(?P<n>official|diplomat|envoy|delegate|representative|dignitary|statesman|politician)"
)
_DIPLOMAT_OFFICE_RE = re.compile(r"\b(?:[Ff]oreign|[Ee]xternal|[Aa]mbassador|[Ee]nvoy|[Dd]iplomat)")
_LAWMAKER_RE = re.compile(r"[Tt]he\s+(?:(?P<c>[A-Z][\w'’-]+)\s+)?(?:top\s+)?(?:legislator|lawmaker|parliamentarian)")
_SET_OFF_OFFICE_RE = re.compile(r",\s+(?:the\s+)?((?:[^\W\d_]+\s+){1,5})")
_BYLINE_RE = re.compile(
    r"(?:By|From|Reporting by|Written by)\s+(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*\s+){0,3}[A-ZÀ-ÞĀ-ſ][\w'’.-]*"
    r"(?:(?:\s*,\s*|\s+in\s+|\s+and\s+)[A-ZÀ-ÞĀ-ſ][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]*){0,3})*\s*"
)
_OBJECT_ACCOMPANIED_RE = re.compile(
    r"\b(?:met|meets|received|receives|held\s+talks|holds\s+talks)\s+(?:with\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?"
    r"(?P<name>[A-ZÀ-ÞĀ-ſ][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’-]+){0,2}),\s+(?:[A-Z][\w'’-]*|of|for|and|the)"
    r"(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the))*,\s+(?=accompanied\b)"
)
_MEMBERSHIP_RE = re.compile(
    r"\b(?:delegations?|entourage|team)\b[^.;]{0,40}?\b(?:includes?|included|including|comprising|comprised|"
    r"comprises|consisted\s+of|consists\s+of|(?:was|were)\s+made\s+up\s+of)\b|"
    # "a delegation of about 25 business representatives, among them X"
    r"\b(?:delegations?|entourage)\b[^.;]{0,60}?,\s+among\s+(?:them|whom)\b|"
    r"\b(?:attended|joined|accompanied|represented)\b[^.;]{0,40}?\bby\b|"
    # "Also present were ...", "Among those present were ...", "In attendance were ..."
    r"\b(?:[Pp]resent|[Ii]n\s+attendance)\b[^.;]{0,40}?\b(?:were|was)\b|\bthose\s+present\b"
)
# "members of the Ruritania-Utopia Friendship Group, led by Deputy X": the head of a parliament's group or party that
# the visitor meets, named by a legislator's style only
_GROUP_LED_BY_RE = re.compile(
    r"\b(?:[Gg]roup|[Ll]eague|[Cc]aucus|[Cc]ommittee|[Dd]elegation)\b[^.;:]{0,60}?\b(?:led|chaired|headed)\s+by\s+"
    r"(?:MP|Deputy|Senator|Congress(?:man|woman)|Representative)\s+$"
)
# "a Moscow-based holding", "the Kenya-based firm": where a company is based
_CITY_NAMES = _CITY_RE.pattern.removesuffix(r"(?![\w-])")
# A fronted phrase naming whoever invited, before the sentence's subject: "At the invitation of President A, ...".
_FRONTED_INVITER_RE = re.compile(r"\s*(?:At|On|Upon)\s+the\s+invitation\s+of\b[^,;]*")
_BASED_RE = re.compile(rf"\b(?:(?P<c>{_COUNTRY_RE.pattern})|(?P<city>{_CITY_NAMES}))-based\b")


def _based_country(based: re.Match) -> str:
    """The country of a firm's seat as told: the country named, or the country of the city named."""
    told = based.groupdict().get("c")
    return _COUNTRY_BY_FORM[told] if told else _CITY_BY_NAME[based.group("city")]


# "... whose owner X was part of the business delegation": the visit's party told in the clause the name opens
_PART_OF_AFTER_RE = re.compile(
    r"(?P<desc>)\s+(?:was|is|were)\s+(?:also\s+)?(?:part\s+of|a\s+member\s+of|among)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:delegation|mission|entourage)\b"
)
# "X, vice-president of the ... Chamber of Commerce, who was part of the delegation, said": the visit's party named
# after the name and its description, whatever the description says of a company or a business body
_JOINED_AFTER_RE = re.compile(
    # (a description has a word in lower case: not the next name of a list, "A, Marcelo Tavares, who ...")
    r"(?P<desc>(?:\s*,\s*(?=[^,.;()\n]*?\b[a-z])[^,.;()\n]{1,100}?){0,2})\s*,\s+(?:who\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:also\s+)?"
    r"(?:part\s+of|a\s+member\s+of|among|travell?(?:ed|ing|s)\s+with|accompan(?:ied|ies|ying)(?!\s+by\b)|joined|joins|"
    r"flew\s+in\s+with|came\s+with)|(?:also\s+)?(?:part\s+of|a\s+member\s+of|travell?ing\s+with|accompanying))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:delegation|mission|entourage)\b"
)
# A name in a list of those who attended, as the subject: "A, B and Vice-President C attended the banquet".
_LISTED_ATTENDING_RE = re.compile(
    r"(?:\s*,\s*(?:[A-Z][\w'’.-]*\s+){0,6}[A-Z][\w'’-]+){0,6}(?:\s*,)?\s+and\s+(?:[A-Z][\w'’.-]*\s+){1,6}"
    r"(?:also\s+)?(?:attended|were\s+(?:also\s+)?present|took\s+part)\b"
)
# A sentence that lists who sat in on a meeting with one side's leader, fronted: "Participating in the meeting with
# the Japanese Prime Minister were ...", "Also taking part in the talks with Kenya's president were ...".
_LISTED_AT_MEETING_WITH_RE = re.compile(
    r"(?:Also\s+)?(?:Participating|Taking\s+part|Attending|Present|Joining)\s+(?:also\s+)?(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:meeting|talks|discussions|session|dinner|lunch)\s+with\s+(?:the\s+)?(?P<c>"
    + _COUNTRY_RE.pattern
    + r")(?:['’]s)?\s+[^.;]{0,60}?\b(?:were|was|are|is)\b[^.;]*$"
)
# A company's head, as a description tells it: "Sonatrach chief executive", "chairman of Mekong Green Energy".
_COMPANY_HEAD_RE = re.compile(
    r"\b(?:chief\s+executive|CEO|chair(?:man|woman|person)?|managing\s+director|founder|(?:general|country)\s+manager)\b",
    re.I,
)
# A deal named by its two parties: "a supply deal between Waikato co-operative A and Hanoi-based B", "a $1-billion
# agreement between A and B to build ...": each party signs it as much as a company written before "signed" does
_DEAL_BETWEEN_RE = re.compile(
    r"\b(?:deals?|agreements?|contracts?|memorand(?:um|a)|MoUs?|joint\s+ventures?)\s+"
    r"(?:(?:worth|valued\s+at)\s+[^,.;]{1,30}?\s+)?between\s+(?P<parties>[^.;]{3,160}?\s+and\s+[^.;,]{3,80})"
)
# A name whose own clause goes on, past descriptions set off by commas and others named with it, to sign: "the
# Chairman of X, Mr. A, and the Director General of Y, Mr. B, signed an amendment" (no speech verb between)
_SIGNS_AFTER_NAME_RE = re.compile(
    r"(?:\s*,\s+(?:(?!\b(?:said|says|told|added|noted|who|which|while|as)\b)(?:(?:Mr|Mrs|Ms|Dr|Prof)\.|[^.;:\"“”\n]))"
    r"{1,160}?)?\s*,\s+"
    r"(?:(?:also|jointly|then|later)\s+)?(?:signed|inked)\b"
)
# A signer's own description before the name, back to the one named before ("and the Director General of ...")
_OWN_LEAD_RE = re.compile(r"(?:(?<=,\sand\s)|(?<=\band\sthe\s)|^)(?:(?!,\sand\s|\band\sthe\s).)*$", re.S)
# The words up to the end of a clause: ", managing director of Y Agro Parks" of ", managing director of Y Agro Parks."
_CLAUSE_RE = re.compile(r"[^.;:\"“”\n]*")
# A business lobby, which speaks for companies but signs none of their deals: "Minerals Council chief executive".
_LOBBY_RE = re.compile(
    r"\b(?:council|chamber|association|federation|confederation|alliance|union|society|forum|lobby|"
    r"business\s+(?:group|organi[sz]ation))\b",
    re.I,
)
# The words just before a name since the last quotation mark: "For the president of the X Association, " in
# "... difficulties," said the president of ..."
_LEAD_IN_RE = re.compile(r"[^\"“”«»]{0,100}$")
_WHO_ACCOMPANIED_RE = re.compile(
    r",\s+who\s+(?:has\s+|had\s+|is\s+|was\s+)?(?:accompanied|accompanies|accompanying|travell?(?:ed|ing)\s+with)\s+"
    r"(?:(?:the|his|her)\s+)?(?:(?:[A-Z][\w'’.-]*|of|for)\s+)*?(?=[A-ZÀ-ÞĀ-ſ])"
)
# The same clause with the leader named by bare office: "Trade Minister X, who accompanied the prime minister, ...",
# "Labour Minister Y, who will accompany the chancellor, told ...".
_WHO_ACCOMPANIED_OFFICE_RE = re.compile(
    r",\s+who\s+(?:has\s+|had\s+|is\s+|was\s+|will\s+)?(?:accompan(?:ied|ies|ying|y)|travell?(?:ed|ing)\s+with)\s+"
    r"(?:the|his|her)\s+(?P<office>(?:[A-Z][\w-]*\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Pp]remier))"
    r"(?![\w-])(?!\s+(?:of|to)\b)"
)
# A list of officials before the verb of their travelling with a leader: "Foreign Minister A, Trade Minister B and
# Adviser C are accompanying President X", "Minister of State D accompanied the Chancellor" (not "accompanied by").
_LIST_ACCOMPANIES_RE = re.compile(
    r"\s+(?:(?:are|is|were|was|will\s+be|have\s+been|has\s+been)\s+)?(?:accompan(?:ying|ied|y|ies)|"
    r"travell?(?:ing|ed)\s+with)\s+(?!by\b)"
)
# A leader's bare office right after that verb: "the prime minister", "the Federal Chancellor", "President".
_LEADER_OFFICE_RE = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w-]*\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Pp]remier|PM)\b)"
)
_ACCOMPANIED_RE = re.compile(
    # ("will be accompanied by": a programme announced before the visit)
    r"\b(?:(?:will|would|shall|to)\s+be|(?:has|have|had)\s+been|is|was|are|were|being)\s+"
    r"(?:accompanied|joined|flanked)\b[^.;,]{0,40}?\bby\b"
)
# The participle set off after the subject's own clause: "President X arrived in Kyiv on Monday, accompanied by A and
# B": the retinue of the sentence's subject, not of the last name before it ("X met Y in Z, accompanied by ...");
# and the subject's own verb of travelling with or bringing people: "X is travelling with Trade Minister A and ...",
# "X has brought Foreign Minister B"; and the participle run on from the subject's arrival with no comma: "X, who
# landed in Santiago on Thursday accompanied by A, was received by ...".
_ACCOMPANIED_AFTER_RE = re.compile(
    r",\s+(?:accompanied|flanked)\s+by\b|\s(?:is|was|are|were)\s+travell?ing\s+with\b|\s(?:has|had)\s+brought\b|"
    r"\s(?:arrived|arrives|landed|lands)\s[^.;,]{0,60}?\saccompanied\s+by\b"
)
# The subject's description up to its verb: "Indonesian president arrived ...", "The Chilean leader flew ...".
_SUBJECT_DESCRIPTION_RE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,3}[a-z][\w-]*(?=\s+[a-z])")
# "Accompanying the Uruguayan President were the Minister of ..., X; ...": the officials of the leader's side.
_ACCOMPANYING_RE = re.compile(
    r"\b[Aa]ccompanying\s+(?:the\s+)?(?P<c>"
    + _COUNTRY_RE.pattern
    + r")\s+(?:[A-Z][\w-]*\s+){1,3}?(?:were|was|are|is)\b[^.]{0,300}$"
)
_DELEGATION_RE = re.compile(
    r"(?P<c>"
    + _COUNTRY_RE.pattern
    # (or its leader's: "The Kuwaiti Foreign Minister's delegation includes ...")
    # (or set off after it: "a trilateral meeting with Turkey, whose delegation will be led by ...")
    + r")(?:,\s+whose)?\s+(?:(?:[A-Z][\w-]*\s+){1,3}?[A-Z][\w-]*['’]s\s+)?"
    r"(?:delegation|team|side|entourage)\b[^.;]{0,40}?"
    r"\b(?:includes?|included|including|comprising|comprised|composed|made up|consist(?:s|ed|ing)|"
    # ("The Kyrgyz delegation will meet with Minister X": the one met is the other side's)
    r"(?<!\bmeet\s)(?<!\bmeets\s)(?<!\bmet\s)(?<!\btalks\s)(?<!\bmeeting\s)with|led by|headed by|members?)\b"
    # (the list may hold initials and shortened given names: "Jose M. Uy", "Ma. Teresa Cruz")
    r"(?:[^.]|(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z]))\.(?=\s[A-Z])){0,300}$"
)
# "The delegation of the Kyrgyz Republic includes ...": the country set after the word; or its leader's, described by
# country ("The delegation of the Kyrgyz Prime Minister includes ...")
_DELEGATION_OF_RE = re.compile(
    r"\b(?:[Dd]elegation|[Ee]ntourage)\s+of\s+(?:the\s+)?(?:(?:Republic|State|Kingdom)\s+of\s+(?:the\s+)?)?(?P<c>"
    + _COUNTRY_RE.pattern
    + r")(?:\s+(?:[A-Z][\w-]*\s+){0,2}?[A-Z][\w-]*)?\s+(?:also\s+)?"
    r"(?:includes?|included|including|comprising|comprised|comprises|composed|made up|consist(?:s|ed|ing))\b"
    r"[^.]{0,300}$"
)

# A description set off by commas after a subject: ", who runs the programme at ...,", ", lecturer in law at ...,".
# (and a person's age and home town: "Emma Holt, 20, of Arborg, said")
# A body named after a full name, up to the verb: "... Jane Roe of the Institute for Policy Research (IPR)",
# "... of the Berlin institute in Hamburg"
_AFFILIATION_TAIL_RE = re.compile(
    r"(?<=[a-z])\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w'’&.-]*"
    r"(?:\s+(?:[A-Z][\w'’&.-]*|[a-z]{2,12}|\([A-Z][\w&-]{1,9}\)))*?\s*$"
)
# Words that make an office a junior one in its field: "Minister of State for Foreign Affairs", "Deputy Foreign
# Minister"
_JUNIOR_OFFICE_WORDS = {"state", "deputy", "vice", "junior", "assistant"}
_SET_OFF_RE = re.compile(
    r"(?:,\s*(?:(?:who|which|whose|a|an|the|[a-z]+er|[a-z]+or|[a-z]+ist|CEO|chief|head|chair\w*|founder|owner|"
    # ("Mr X, standing beside him, was asked ...": a participle's phrase set off after the subject)
    r"[a-z]{2,}ing)\b[^,]*|"
    r"\d{1,3}|"
    r"of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))+,"
)
# A relative clause set off after a subject, whose verbs are its own: ", who has long opposed the toll,".
# (or a participle's phrase: ", speaking after he landed,")
_RELATIVE_SET_OFF_RE = re.compile(r",\s*(?:who|whose|[a-z]{2,}ing)\b[^,]*,")
# A question put to the subject, fronted before it: "Asked about the tariffs, ", "Pressed on whether ..., ".
# (its pieces after commas go on while they open on a preposition or a question word: "Asked by a journalist, at the
# door, whether he felt at home, ")
_FRONTED_QUESTION_RE = re.compile(
    r"(?:Asked|Pressed|Questioned)\s[^,]{3,200},\s*"
    r"(?:(?:at|in|on|by|after|during|about|over|whether|if|why|how|what|when|where)\s[^,]{1,200},\s*)*"
)
_WELCOMING_HEAD_RE = re.compile(
    r"Welcoming\s+(?:the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:guests?|visitors?|delegations?)\s*,\s*"
)
_PARTICIPANT_ACT_RE = re.compile(
    # (the visit one's own by its kind or length, "X's state visit", "X's two-day trip", also when the name's end is
    # past its "'s")
    r"(?:(?:['’]s|(?<=['’]s))\s+(?:(?:state|official|working|first|historic|[\w]+-day)\s+){0,2}"
    r"(?:visit|trip|talks|delegation)\b|\s+(?:(?:also|then|later)\s+)?(?:[a-z]\w*ly\s+)?(?:met|meets|held|holds|"
    r"received|receives|hosted|hosts|visited|visits|signed|signs|arrived|arrives|welcomed|welcomes|attended|"
    r"attends|paid|pays|laid|lays|toured|tours|inspected|travell?ed|flew|departed|thanked|invited|"
    r"accompanied|co-chaired|chaired|led|"
    # (a call or a meeting one "had": "X had a telephone conversation with ...")
    r"(?:had|has)\s+(?:talks|(?:an?\s+)?(?:(?:telephone|phone|video)\s+)?(?:conversation|call|meeting))\s+with)\b"
    # the act told of them in the passive or as the schedule: "X was received by ...", "X will travel on to ..."
    r"|\s+(?:was|were|is|will\s+be)\s+(?:also\s+|later\s+)?(?:received|welcomed|hosted|greeted)\s+by\b"
    # (the outcome of the talks, the name last of the subjects: "A and the head of the region, X, have agreed to")
    r"|,?\s+(?:have|has|had)\s+(?:also\s+)?agreed\s+(?:to|on)\b"
    # (on the visit itself: "X is on a two-day state visit to India")
    r"|\s+(?:is|was)\s+on\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b"
    r"|\s+will\s+(?:also\s+|then\s+|later\s+)?(?:travel|visit|meet|hold|sign|attend|lay|tour|fly|depart)\b"
    # an act shared with the counterpart, as a headline tells it: "X and Japanese prime minister agree to ..."
    r"|\s+and\s+(?:(?:the|his|her|[A-Z][\w'’-]*)\s+)(?:[\w'’-]+\s+){0,3}?"
    r"(?:agree|agreed|sign|signed|hold|held|meet|met|discuss|discussed)\s+(?!that\b))"
)
# A description set off between a name and the rest of its clause ("X, on her first visit to the continent since
# taking the job in September, held talks with ...", "X, the 44-year-old ruler of ..., is on a two-day visit"): it
# has a word in lower case, so it is no next name of a list ("A, B and C met ...")
_SET_OFF_RE = re.compile(r"\s*,\s+(?=[^,.;()\n]*?\b[a-z])[^,.;()\n]{2,160}?,")
# A set-off that itself tells a part in the visit: being on it, or an act of it in a relative clause
_SET_OFF_PART_RE = re.compile(
    r"\s*,\s+(?:(?:on|during)\s+(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b|"
    r"who\s+(?:(?:also|has|had|is|was)\s+)?(?:arrived|arrives|flew|travell?ed|travels|accompanied|accompanies|led|"
    r"leads|met|meets|held|holds|signed|signs|on\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour))\b)"
)
# A name's own clause that describes them by a country's office: "X, who arrived on Tuesday, is the first Japanese
# foreign minister to travel to the country", "X was the most senior Egyptian official to travel to ...", "X, on the
# first visit by an Indian defence minister to ...", "X, 61, became prime minister of Japan in October"
_SELF_DESCRIBED_RE = re.compile(
    r"(?:\s*,\s+(?:\d{2}|(?=[^,.;()\n]*?\b[a-z])[^,.;()\n]{2,120}?),)?\s*,?\s+"
    r"(?:(?:is|was|became|becomes|has\s+become|had\s+become)\s+(?:also\s+)?(?:the\s+|an?\s+)?"
    r"|(?:on|during)\s+(?:the|his|her|a)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+(?:[^,.;]{0,60}?\s)?by\s+(?:an?\s+|the\s+)?)"
    r"(?:(?:first|second|third|most\s+senior|highest[- ]ranking|senior|new)\s+)?"
    r"(?P<d>[\w'’-]+(?:\s+[\w'’-]+){0,5})"
)
# How an article styles a ruler or an envoy before the name that "His Highness" later stands for.
# (the words between the style and the name are titles and names, not a second person's: "His Highness and President
# X witnessed ..." styles nobody X)
_STYLED_GAP = r"(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|bin|bint|ibn|al)\s+){0,3}$"
# The verb of a sentence that runs on past a name's comma, which no description of the name holds.
_APPOSITIVE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|said|says|signed|agreed|met|held|visited|discussed|"
    r"announced|opened|launched)\b"
)
_HONOUR_INITIALS = {"HRH": "highness", "HH": "highness", "HM": "majesty"}
_HONOUR_FORMS = {
    "highness": re.compile(r"\b(?:H\.?\s?(?:R\.?\s?)?H\.?|Highness)\s+" + _STYLED_GAP),
    "majesty": re.compile(r"\b(?:H\.?\s?M\.?|Majesty)\s+" + _STYLED_GAP),
    "excellency": re.compile(r"\b(?:H\.?\s?E\.?|Excellency)\s+" + _STYLED_GAP),
}
# The sender of greetings or a message passed on by someone else, right before his name and its titles.
_SENT_BY_RE = re.compile(
    r"\b(?:greetings|regards|wishes|message|letter)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’.-]*|bin|bint|ibn|al|of|the)\s+){0,8}$"
)
# The half of the day after a clock time: "05:10 PM", "9 a.m."; "PM" there is no Prime Minister.
_CLOCK_SUFFIX_RE = re.compile(r"(?<=\d)\s*(?:[AP]M|[ap]\.m\.)(?!\w)")
_HONOURED_TITLE_RE = re.compile(r"(?:his|her)\s+(?:royal\s+)?(highness|majesty)\s+(?:the\s+)?(?=[A-Z])", re.I)
_OWNED_NAME_RE = re.compile(rf"(?P<c>{_COUNTRY_RE.pattern})['’]s\s+$")
# "the Senior General", "the Sheikh": a style of one or two capitalised words after "the"
_HONORIFICS_BEFORE_RE = re.compile(
    r"(?:(?:" + "|".join(re.escape(h) for h in sorted(_HONORIFICS, key=len, reverse=True) if " " not in h) + r")\s+)*"
)
# A sentence opening with a bare office, no name, country or apposition after it: "The Prime Minister welcomed ..."
_BARE_OFFICE_OPENING_RE = re.compile(
    r"\bThe\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b(?![\w'’,-]|\s+(?:[A-Z]|of\b|\())"
)
_STYLE_PHRASE_RE = re.compile(r"[Tt]he\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_MONARCH_WORDS = frozenset("king queen emir amir sultan emperor empress monarch pope".split())
_ROYAL_CORE_RE = re.compile(r"(?:crown\s+)?(?:king|queen|emperor|empress|sultan|emir|amir|prince(?:ss)?)", re.I)
# ("agong": the Malay style of Malaysia's king and of his queen, the "Raja Permaisuri Agong")
_CROWN_WORDS = frozenset("king queen emir sultan emperor empress prince princess pope agong".split())


# Malaysia's king, a Sultan elected to reign: "the Yang di-Pertuan Agong", "King of Malaysia"
_AGONG_RE = re.compile(r"\bYang\s+di-Pertuan\s+Agong\b|\bKing\s+of\s+Malaysia\b|\bMalaysian\s+King\b", re.I)


def _crowns(words: Iterable[str]) -> set[str]:
    """The royal styles among lower-case title words, an Amir's spelt as an Emir's."""
    return {w for w in ("emir" if w == "amir" else w for w in words) if w in _CROWN_WORDS}


_MONARCH_BEFORE_RE = re.compile(r"\b(?:King|Queen|Emperor|Empress|Sultan|Emir|Amir|Pope)\s+$")
# The heading of a spokesperson's routine briefing, their name before it.
_BRIEFING_HEAD_RE = re.compile(
    r"\b[Ss]pokes(?:person|man|woman)\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*?)(?:['’]s)?\s+"
    r"(?:Regular|Daily|Weekly|Routine)\s+(?:Press|Media|News)\s+(?:Conference|Briefing)\b"
)
# A briefing's heading, no sentence: "Department Press Briefing – January 21, 2026", "Regular Press Conference of the
# Ministry of Foreign Affairs, April 10, 2025", "Press Conference by Press Secretary X" (not a joint one).
_BRIEFING_TITLE_RE = re.compile(
    r"(?![^\n]*\b[Jj]oint\b)[^.!?\n]{0,80}\b(?:[Pp]ress|[Nn]ews|[Mm]edia)\s+(?:[Cc]onference|[Bb]riefing)\b[^.!?\n]{0,80}"
)
# The spokesperson a briefing's heading names, title first or after a comma: "by Press Secretary X", "Remarks by
# Spokesperson X", "X, Deputy Spokesperson".
_BRIEFER_NAME = r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
_BRIEFER_OFFICE = r"(?:[Ss]pokes(?:person|man|woman)|[Pp]ress\s+[Ss]ecretary)"
_BRIEFER_RE = re.compile(r"\b" + _BRIEFER_OFFICE + r"\s+" + _BRIEFER_NAME + r"(?=\s*[:,(]|\s*$)")
_BRIEFER_FIRST_RE = re.compile(_BRIEFER_NAME + r",\s+(?:[\w-]+\s+){0,3}?" + _BRIEFER_OFFICE + r"\b")
# An office described by its country with no name after it, as a lead gives its speaker before naming them:
# "..., Hungary's foreign minister said on Thursday."
# (found by the office and its verb first: the country's name is checked only where they stand)
_OWNED_OFFICE_RE = re.compile(
    r"['’]s\s+(?:(?:foreign|prime|deputy)\s+)?(?:minister|president|premier|chancellor)"
    r"(?!\s+(?:of\s+)?[A-Z])(?=\s+(?P<speaks>said|says|told|added|noted|stressed)\b|\s+[a-z])"
)
# The space between one sentence and the next.
_BLANK_RE = re.compile(r"\s*")
# A visit counted by who made it, set off after its place: ", the first (such visit) by a Turkish president".
_COUNTED_VISIT_RE = re.compile(
    r",?\s*(?:the|its)\s+(?:first|second|third|last|latest|only|previous)\s+(?:[a-z]+\s+){0,2}?by\s"
)
# What may stand before the subject that opens a story's lead: its dateline ("ANKARA, Turkey (AP) — ").
_LEAD_OPENING_RE = re.compile(r"(?:(?:[A-Z][\w.'’-]*[\s,]*){1,6}(?:\([^()]{1,40}\)\s*)?(?:—|–|--|-)\s*)?")
_OWNING_COUNTRY_RE = re.compile(rf"\b(?:{_COUNTRY_RE.pattern})$")
_OBJECT_OF_RE = re.compile(r"\b(?:from|of|by|to|for|with|against|about)\s+$")
# A head of state or government described without a name: "the first British prime minister in seven years",
# "a welcome reserved for Indian prime ministers", "The First Minister said" (not "the prime minister of Japan").
_HEAD_DESCRIPTION_RE = re.compile(
    rf"\b[Tt]he\s+(?:(?:first|new|visiting)\s+)?(?P<t>(?:(?:{_COUNTRY_RE.pattern})\s+)?"
    r"(?i:prime\s+minister|president|first\s+minister|premier|chancellor))\b(?!['’]|\s+(?:of\b|[A-Z]))|"
    rf"\b(?P<p>(?:{_COUNTRY_RE.pattern})\s+(?:prime\s+minister|president|premier|chancellor))s\b"
)
# A headline opening with a bare office as its subject: "Head of State holds meeting on ...", "President receives ..."
_HEADLINE_OFFICE_RE = re.compile(
    r"(?:The\s+)?(?P<t>Head\s+of\s+(?:the\s+)?State|President|Prime\s+Minister)\s+(?=[a-z])"
)
_OWNED_HEAD_RE = re.compile(r"['’]s\s+(?:president|prime minister|premier|chancellor|leader)\b")
_DESCRIPTION_RE = re.compile(
    # ("a serving Japanese prime minister": a lead's way to the office before the name)
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:serving|sitting|visiting)\s+)?(?:{_COUNTRY_RE.pattern})\s+"
    r"(?:(?:prime|foreign|deputy|vice)\s+)?(?:president|prime minister|premier|chancellor|leader|foreign minister|"
    r"minister)\b|"
    # "Joint press conference: Prime Minister of Australia and President of Chile" (not the deputy's office:
    # "The Vice-President of the Republic of X", "Deputy Prime Minister of X")
    r"(?<![\w-])(?<!Deputy\s)(?<!Vice\s)(?<!Acting\s)"
    r"(?:President|Prime Minister|Premier|Chancellor|Foreign Minister|Minister of Foreign Affairs)\s+of\s+"
    # (not a country owning what follows: "assured the President of Vietnam's readiness to ...")
    rf"(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation)\s+of\s+)?(?:{_COUNTRY_RE.pattern})(?!\s+[A-Z]|['’]s\b)"
)
# A release's letterhead, in capitals, with the Westminster honorific or post-nominals: "THE HON JANE DOE MP"
# (the post-nominals the running text sets off after a name).
_POST_NOMINAL = "(?:" + "|".join(re.escape(w) for w in sorted(_POST_NOMINALS, key=len, reverse=True)) + ")"
_LETTERHEAD_RE = re.compile(
    r"(?:THE\s+)?(?:RT\.?\s+)?(?P<hon>HON(?:OURABLE|ORABLE)?\.?\s+)?"
    rf"(?P<name>(?:(?!{_POST_NOMINAL}\b)[A-ZÀ-Þ][A-ZÀ-Þ'’-]+\s+){{1,3}}(?!{_POST_NOMINAL}\b)[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)"
    rf"(?P<post>(?:,?\s+{_POST_NOMINAL}\b)*)\s*"
)
# The same letterhead set in ordinary case, where the honorific alone marks it: "Senator the Hon Jane Doe",
# "The Hon. Jane Doe MP", "Rt Hon Jane Doe".
_CASED_LETTERHEAD_RE = re.compile(
    r"(?:(?:Senator|Dr\.?|Professor)\s+)?(?:[Tt]he\s+)?(?:Rt\.?\s+)?(?P<hon>Hon(?:ourable)?\.?\s+)(?:Dr\.?\s+)?"
    r"(?P<name>(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+){1,3}[A-ZÀ-Þ][a-zà-ÿ'’-]+)"
    rf"(?P<post>(?:,?\s+{_POST_NOMINAL}\b)*)\s*"
)
# (the place may stand inside an act: "held talks in Hanoi with X and met Y" are two acts of one subject)
_MEETING = (
    r"met|meets|meet|received|hosted|welcomed|"
    r"(?:held\s+)?talks\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+)?with"
)
_MEETING_RE = re.compile(rf"\b(?:{_MEETING})\b")
# A name's own talks with the one named next: "X holds talks with", "X met with" (not "X was met by").
_UNTITLED_TALKS_RE = re.compile(
    # (a presidency's readout places the talks first: "X held talks in the Kremlin with President of Y Z")
    r"\s+(?:(?:also|then|later|first|today|yesterday)\s+)?(?:held|holds|hold|had|has)\s+(?:(?:official|bilateral|"
    r"separate)\s+)?talks\s+(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3})?with\s+|"
    r"\s+(?:(?:also|then|later)\s+)?(?:met|meets)\s+(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}with\s+|with\s+)?|"
    # ("X had a telephone conversation with President of Mongolia Y": a call is a meeting of two sides)
    r"\s+(?:(?:also|then|later)\s+)?(?:had|has|held|holds)\s+(?:a\s+)?(?:telephone|phone|video)\s+"
    r"(?:conversation|call|talk)s?\s+with\s+"
)
# A passive's auxiliary right before a verb of meeting: "was received by", the one met being its subject.
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")
_MET_RE = re.compile(rf"\b(?:{_MEETING}|call(?:s|ed)?\s+on|calling\s+on)\b")
_MET_BEFORE_RE = re.compile(rf"\b(?:{_MEETING}|call(?:s|ed)?\s+on|calling\s+on|meetings?\s+with|talks\s+with)\b")
# A verb that addresses the one named next: "telling President X", "thanked Prime Minister X" (not "told reporters").
_ADDRESSED_END_RE = re.compile(
    r"\b(?:told|tells|telling|assured|assures|assuring|urged|urges|urging|thanked|thanks|thanking|briefed|briefs|"
    r"briefing|congratulated|congratulates|congratulating)\s+(?=[A-Z])"
)
_PORT_OF_RE = re.compile(r"\bPort[\s-]+of[\s-]+$")
# An office set as a line of a letterhead in ordinary case: "Minister for Foreign Affairs and Trade".
_OFFICE_LINE_RE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|for|of|and|the|&))*")
# The writer of a first-person release placed in a city: "Today in Lisbon I met ...", "here in Lisbon", "my first
# visit to Portugal".
_WRITER_HERE_RE = re.compile(
    r"(?:\b(?:[Tt]oday|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening|week)|[Hh]ere|[Yy]esterday)\s+in|"
    r"\b[Mm]y\s+(?:(?:first|second|third|official|working|state)\s+)*(?:visit|trip)\s+to)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_FIRST_PERSON_RE = re.compile(r"\bI\b")
_LABEL_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
# A parliament record's label of a member: honorific, surname in capitals, then in brackets the seat and, after a
# dash, the office, and the time: "Mr HALLORAN (Reid—Prime Minister) (14:11):".
_SEAT_OFFICE_LABEL_RE = re.compile(
    r"(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame)\.?\s+(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?)\s*"
    r"\([^()\n—–]{2,40}[—–]\s*(?P<office>[A-Z][^()\n]{2,80})\)\s*(?:\(\d{1,2}[:.]\d{2}\)\s*)?:\s"
)
_SIDE_LABEL_RE = re.compile(r"(?P<label>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+)\s*\((?P<side>[^()\n]{2,40})\)\s*:\s")
# The office set after a name in a heading in capitals, past any post-nominal letters, to the next comma or "AND":
# ", C.G.H., PRESIDENT OF THE REPUBLIC OF KENYA AND COMMANDER-IN-CHIEF ...".
_HEADING_OFFICE_RE = re.compile(
    r"(?:,\s*(?:[A-Z]\.){1,5})*,\s+(?:THE\s+)?(?P<office>[A-Z][A-Z'’ -]{2,90}?)(?=\s*[,:(]|\s+AND\s|\s*$)"
)
_HEADING_GLUE = frozenset("AND BY OF THE WITH BETWEEN FOR TO AT".split())
# The head of a paragraph that may be a transcript's label, before its colon: "PRIME MINISTER NAULIVOU:".
_LABEL_HEAD_RE = re.compile(r"([A-ZÀ-ÞĀ-ſ][^\s:.!?\"“”]*(?:[ \t]+[^\s:.!?\"“”]+){0,5}(?:[ \t]*\([^()\n]{1,40}\))?):")
# A speech's address to a leader by office, then by given name: "Prime Minister, dear Arvind,", "Mr President, my
# friend Étienne.", "Madam Chancellor, dear Ulrike!"
_OFFICE_VOCATIVE_RE = re.compile(
    r"(?<![\w'’-])(?:(?:Mr|Madam|Mister)\.?\s+)?(?P<office>(?:Deputy\s+|Vice\s+|Foreign\s+)?(?:President|Prime\s+Minister|"
    r"Chancellor|Premier|Minister|Secretary|Excellency)),\s+(?:(?:my\s+)?dear|my\s+(?:dear\s+)?(?:good\s+)?"
    r"(?:friend|brother|sister|colleague)),?\s+(?P<name>[A-ZÀ-ÞĀ-ſ][a-zà-ÿā-ſ'’-]+)(?=\s*[,.!;])"
)
# A transcript label in capitals, its title before the name, with the speech after it or in the paragraphs below:
# "PRESIDENT OKONJO: We agreed ...", "PRESIDENT OKONJO:" on a line of its own.
_CAPS_LABEL_RE = re.compile(r"(?P<label>[A-ZÀ-Þ]{2,}(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,6})\s*:(?:\s|$)")
# The same label with the name first and the office after a comma: "HARLAN WHITAKER, PRESIDENT OF THE UNITED
# STATES:", "HENDRA KUSUMA, INDONESIAN PRESIDENT (TRANSLATED):".
_NAME_FIRST_CAPS_LABEL_RE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,3}),\s+(?P<office>[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{2,80}?)"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?:(?:\s|$)"
)
# A name in a list of offices and holders, its words on one line: a heading's last name runs into no label below.
_NAME_PART = r"[A-ZÀ-ÞĀ-ſ][\w'’-]+(?:[ \t]+(?:[A-ZÀ-ÞĀ-ſ][\w'’-]+|de|da|del|van|von|bin|al)){0,3}"
_PLURAL_CORE = (
    r"(?P<core>(?i:(?:(?:foreign|defen[cs]e|trade|finance|economy|energy|interior)\s+)?(?:presidents|prime ministers|"
    r"premiers|ministers|chancellors|heads of state|heads of government)|ministers of foreign affairs))"
)
_PLURAL_KEY_RE = re.compile(guarded(r"(?i:presidents|ministers|premiers|chancellors|heads of)"))
_PLURAL_LIST_RES = (
    # "the presidents of Paraguay, Santiago Benitez, and of Bolivia, Marcelo Quiroga"
    re.compile(
        rf"\b{_PLURAL_CORE}\s+of\s+(?P<c1>{_COUNTRY_RE.pattern}),\s+(?P<n1>{_NAME_PART}),?\s+and\s+of\s+"
        rf"(?P<c2>{_COUNTRY_RE.pattern}),\s+(?P<n2>{_NAME_PART})"
    ),
    # "Kazakh and Uzbek Presidents Tokayev and Mirziyoyev": the countries in the order of the names
    re.compile(
        rf"(?P<c1>{_COUNTRY_RE.pattern})\s+and\s+(?P<c2>{_COUNTRY_RE.pattern})\s+{_PLURAL_CORE},?\s+"
        rf"(?P<n1>{_NAME_PART})\s+and\s+(?P<n2>{_NAME_PART})"
    ),
    # "the foreign ministers, Ana Ruiz of Peru and Li Wen of China"
    re.compile(
        rf"\b{_PLURAL_CORE},?\s+(?P<n1>{_NAME_PART})\s+of\s+(?P<c1>{_COUNTRY_RE.pattern})\s+and\s+"
        rf"(?P<n2>{_NAME_PART})\s+of\s+(?P<c2>{_COUNTRY_RE.pattern})"
    ),
    # "The Presidents of Kazakhstan and Italy, A and B": the names in the countries' order
    re.compile(
        rf"\b{_PLURAL_CORE}\s+of\s+(?P<c1>{_COUNTRY_RE.pattern})\s+and\s+(?P<c2>{_COUNTRY_RE.pattern})\s*[,–—-]\s*"
        rf"(?P<n1>{_NAME_PART}),?\s+and\s+(?P<n2>{_NAME_PART})"
    ),
    # "the presidents of Peru, Chile and Bolivia, A, B and C" (or "- A, B and C -"): the names in the countries' order
    re.compile(
        rf"\b{_PLURAL_CORE}\s+of\s+(?P<c1>{_COUNTRY_RE.pattern}),\s+(?P<c2>{_COUNTRY_RE.pattern}),?\s+and\s+"
        rf"(?P<c3>{_COUNTRY_RE.pattern})\s*[,–—-]\s*(?P<n1>{_NAME_PART}),\s+(?P<n2>{_NAME_PART}),?\s+and\s+"
        rf"(?P<n3>{_NAME_PART})"
    ),
)
# "the foreign ministers of the two countries, A and B", "the two foreign ministers, A and B": one of each side,
# the sides left to tell; and "the foreign ministers, A and B", "the presidents, A and B": an office one person holds
# in each state, so two holders are two states (not "the ministers, A and B", whom one side may send together)
_BOTH_SIDES_LIST_RE = re.compile(
    guarded(
        rf"\b(?:(?i:the|both)\s+two\s+(?=\w+(?:\s+\w+)?\s+(?i:ministers|presidents|premiers|heads))|"
        r"(?i:the)\s+(?=(?i:(?:foreign|defen[cs]e|trade|finance|economy|energy|interior)\s+ministers|presidents|"
        r"prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|ministers\s+of\s+foreign\s+affairs),)|"
        # (the plural title first: the look-ahead for "of the two countries" reads four words, at fewer places)
        rf"(?={_PLURAL_CORE.replace('(?P<core>', '(?:')})(?=\w+(?:\s+\w+){{0,3}}"
        r"\s+of\s+(?:the\s+|both\s+)?(?:two\s+)?(?:countries|sides|nations|states|governments)\b))"
        rf"{_PLURAL_CORE}(?P<field>\s+(?:of|for)\s+(?!the\s+two\b|both\b)\w+(?:\s+(?:and\s+)?\w+){{0,2}}?)?"
        r"(?:\s+of\s+(?:the\s+|both\s+)?(?:two\s+)?(?:countries|sides|nations|states|governments))?"
        rf",?\s+(?P<n1>{_NAME_PART}),?\s+and\s+(?P<n2>{_NAME_PART})(?=[ \t]*[,.;:)\n]|\s+[a-z]|\s*$)"
    )
)
# (or a sentence that opens the list and ends on its colon: "Present at the audience on the Gambian side were:",
# "Members of the Polish delegation:")
_SIDE_HEADING_RE = re.compile(
    r"(?:(?:The|On\s+the|From\s+the)\s+)?(?P<c>" + _COUNTRY_RE.pattern + r"|US|UK)\s+(?:side|delegation)\s*:\s*"
    r"|[A-Z][^\n:;.]{0,60}?\b(?:on\s+)?the\s+(?P<c2>"
    + _COUNTRY_RE.pattern
    + r"|US|UK)\s+(?:side|delegation)\s+(?:were|was|included|includes|comprised)\s*:\s*"
)
_BULLET_RE = re.compile(r"[-–—•*·]\s")
# A body named right before its president's title: "the Chamber of Commerce and Industry (CCI) President X"
_BODY_HEAD_BEFORE_RE = re.compile(
    r"\b(?:Chambers?|Federation|Confederation|Association|Bank|Company|Corporation|Group|Club|"
    r"Institute|University|Foundation|Party)\b(?:\s+(?:of|and|for|&|[A-Z][\w&-]*)){0,8}"
    r"(?:\s+\([A-Z&]{2,10}\))?\s+$"
)
_OWNER_OFFICE_RE = re.compile(
    r"\b[Tt]he\s+((?:Prime\s+Minister|President|Premier|Chancellor|Taoiseach))['’]s\s+(?:[\w-]+\s+){1,3}?$"
)
# (a headline's passive drops its auxiliary: "Prime Minister X welcomed to Canberra" is the guest)
# A scene the story sets at a seat of a state's head or government ("talks at the Kremlin", "a banquet at Buckingham
# Palace", "arrived at the Akorda") places it in that state as a city does. Written after a preposition of place only:
# "the White House said" is the government speaking, wherever it is.
_AT_SEAT_RE = re.compile(rf"\b(?:at|in|into|inside|outside|to|from)\s+(?:the\s+)?(?P<seat>{_SEAT_NAMES})(?![\w-])")
_RECEIVER_RE = re.compile(r"\b(?:received|receives|hosted|hosts|welcomed|welcomes)\b(?!\s+(?:by|to)\b)")
# (East African dailies close it with a full stop: "Kampala. Uganda and ... signed")
_LEAD_CITY_RE = re.compile(r"(" + _CITY_RE.pattern + r")\s*(?:,|\(|\s[–—-]\s|\.\s)")
# A place and date in brackets closing a headline, a ministry's dateline: "... following their meeting (Cairo, 9
# January 2023)", "(Nicosia, March 3, 2024)", "(Athens, 12.03.2024)".
_BRACKETED_DATELINE_RE = re.compile(
    r"\((" + _CITY_RE.pattern + r"),\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}[./]\d{1,2})"
    r"[,./]?\s*(?:\d{2,4})?\)\s*$"
)
# A byline's line naming where the reporter files from: "From Jane Roe in Accra", "Our correspondent, Tokyo",
# "Diplomatic Correspondent, back from Tokyo", or the city alone on its line under the reporter's name.
_BYLINE_CITY_RE = re.compile(
    r"(?:(?:(?P<from>From\s+)|(?:By|Reporting\s+by)\s+)?(?P<our>[Oo]ur\s+)?(?:[Aa]\s+|[Tt]he\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}[\w'’.-]+(?:(?P<back>,\s+back\s+from)|(?P<in>\s+in)|,|\s+[|/–—-])\s+)?"
    # (the city's country may follow it: "From Jane Roe in Tokyo, Japan")
    r"(?P<city>" + _CITY_RE.pattern + r")(?:,\s*(?:" + _COUNTRY_RE.pattern + r"))?\s*"
)
# The act of a host right after a host's name (its appositive set off by commas): active voice only.
_HOST_ACT_RE = re.compile(
    r"(?:,[^,.;]{1,80},|,)?\s+(?:(?:also|then|later|warmly|officially|formally)\s+)?"
    r"(?:received|receives|hosted|hosts|welcomed|welcomes|plays host to|played host to)\b(?!\s+(?:by|to)\b)|"
    # "X spoke at the palace while receiving a delegation from ...": the clause of time is X's own act
    r"[^.;]{0,100}?\bwhile\s+(?:receiving|hosting|welcoming)\b"
)
_RECEIVES_GUEST_RE = re.compile(
    r"\s+(?:(?:also|then|warmly|officially)\s+)?(?:received|receives|hosted|hosts|welcomed|welcomes|"
    r"(?:holds|held)\s+(?:official\s+)?talks\s+with|"
    # (a call the agency's own untitled leader "had with President of Mongolia X")
    r"(?:had|has|held|holds)\s+(?:a\s+)?(?:telephone|phone)\s+(?:conversation|call|talk)s?\s+with)\b(?!\s+by\b)"
)
_CAPITALISED_RUN_RE = re.compile(r"(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]*){1,6}\s+")
# What may stand before a name that is its sentence's subject: title words ("Prime Minister Rosli Kamaruddin").
_RELAYED_THAT_RE = re.compile(r"(?:The|A)\s+(?:[\w-]+\s+){0,4}?(?:said|stated|reported|announced)\s+that\s+")
# A sentence that brings in someone of a crowd by name, the verb before the subject: "Among those watching was X Y".
_AMONG_WAS_NAME_RE = re.compile(r"\s*Among\s[^.;:\"“”]{2,100}?\s(?:was|were|stood)\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_SUBJECT_HEAD_RE = re.compile(r"(?:(?:[A-Z][\w'’.-]*|of|the)\s+)*")
_OPENING_PRONOUN_RE = re.compile(r"\s*(He|She)\s")

# Where a lead sentence's subject may begin: after an opening phrase, a dateline or an agency's tag
_LEAD_BREAK_RE = re.compile(r"[,;:–—()/]\s*|--\s*|\.\s+")
# What may come before a sentence's subject's name: a live page's time stamp ("16:30 — ", "17:35 ICT – ")
# and the honorific of the name ("Mr van Dijk, who ..., was more guarded")
_STAMP_HEAD_RE = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?\s*[–—-]\s*)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
# The subject's own verb after its name, past an apposition: "X, who is on a visit to B, held talks"
_LEAD_ACT_RE = re.compile(
    r"(?:,[^,;.]{1,150}?,|,)?\s+(?!(?:and|or|of|the|in|at|to|for|with|who|whose|on|as|from|by)\b)[a-z]+\b"
)

# The title a participant named only as "the Serbian leader" most likely holds; the editor corrects the rare king.
_DEFAULT_TITLES = {
    HEAD_OF_STATE: "President",
    HEAD_OF_GOVERNMENT: "Prime Minister",
    MINISTER: "Minister",
    AMBASSADOR: "Ambassador",
}


@dataclass
class _Entity:
    key: str
    name: str
    country: str = ""
    role: str = ""
    title: str = ""
    rank: int = 0
    known: KnownPerson | None = None
    first: int = 0
    positions: list[int] = field(default_factory=list)
    outsider: bool = False  # an analyst, a business executive: named and quoted, but not taking part
    member: bool = False  # listed in a delegation or among those attending: taking part, whatever the office
    own_country: str = ""  # the country the person's own title names ("Ghana's finance minister")

    def suggestion(self) -> PersonSuggestion:
        return PersonSuggestion(
            name=self.name,
            country=self.country,
            role=self.role,
            title=self.title or _DEFAULT_TITLES.get(self.role, ""),
            known=self.known,
            first_offset=self.first,
        )


_NOT_OF_THE_VISIT_RE = re.compile(
    # (the visit's part owned by a day or a leader as well: "who was not part of Monday's talks")
    r"\s*(?:\([^()]{1,30}\)\s*)?,\s+who\s+(?:is|was)\s+not\s+(?:part|a\s+member)\s+of\s+"
    r"(?:the|his|her|their|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?['’]s)\s+(?:\w+\s+)?"
    r"(?:delegation|visit|trip|talks)|\s*(?:\([^()]{1,30}\)\s*)?,\s+who\s+(?:did|does)\s+not\s+"
    r"(?:travel|accompany|attend|join|take\s+part)\b"
)
# A state's agency for investment or trade, named in full ("Kenya Investment Authority", "the Malaysia External
# Trade Development Corporation", "the Tanzania Investment Centre"), not a business body ("Chamber of Commerce",
# "Business Council")
_STATE_AGENCY_RE = re.compile(
    r"\b(?:Investment|Investments|Export|Exports|Trade|Development|Promotion)\s+(?:[A-Z][\w&-]*\s+){0,3}"
    r"(?:Authority|Agency|Board|Corporation|Commission|Bureau|Centre|Center)\b"
)
_AGENCY_HEAD_RE = re.compile(r"\b(?:chief executive|CEO|chair(?:man|person|woman)?|director|head)\b", re.I)
_BUSINESS_BODY_RE = re.compile(r"\b(?:Chamber|Federation|Association|Confederation|Business|Employers|Private)\b")
_BODY_SPOKESMAN_RE = re.compile(
    # (a party by its other names, set off before the name: "The National Unity Platform (NUP) spokesperson, Mr X")
    r"\b(?:[Pp]arty|[Cc]ooperative|[Cc]o-operative|[Uu]nion|[Aa]ssociation|[Ff]ederation|[Gg]uild|Platform|Movement|"
    r"Front)(?:\s*\([A-Z]{2,8}\))?\s+(?:[a-z][\w-]*\s+){0,3}spokes(?:person|man|woman)(?:,\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?|\s+)$"
)
# The head of a business body written right before the name: "Karachi Chamber of Commerce and Industry president X",
# "Gem Merchants' Association President Y", "Malaysia-Korea Business Council chairman Tan Sri Z". Such a person
# comments on the visit for traders, and takes part in it only as a member of the delegation or as one the visitor
# meets or whose body hosts one of the visit's events.
_BUSINESS_HEAD_BEFORE_RE = re.compile(
    r"(?P<body>(?:[A-Z][\w'’&-]*\s+){0,2}(?:Chambers?\s+of\s+(?:Commerce|Industry|Trade)|Business\s+Council|"
    r"Association|Confederation\s+of\s+(?:[A-Z][\w-]*\s+){0,2}Industr\w*))"
    r"(?:\s+(?:of|and|for|&|[A-Z][\w&-]*))*(?:\s+\([A-Z&]{2,10}\))?\s+"
    r"(?:[Pp]resident|[Vv]ice[- ][Pp]resident|[Cc]hair(?:man|woman|person)?|[Hh]ead|[Dd]irector[- ][Gg]eneral|"
    r"[Ss]ecretary[- ][Gg]eneral|[Cc]hief\s+[Ee]xecutive)"
    r"(?:\s+(?:Mr|Ms|Mrs|Dr|Engr|Tan\s+Sri|Datuk|Dato['’]?|Sri|Shri|Alhaji)\.?)*\s+$"
)
# The same head with the office first and the name set off after the body, as African dailies and agencies write it:
# "the Chairman of the Kenya National Chamber of Commerce and Industry, Nairobi Chapter, Mr X", "the executive director
# of the Tanzania Private Sector Foundation (TPSF), Mr Y" (not a state's own "Russian Federation" or "Swiss
# Confederation": the body is a business one by its words)
_BUSINESS_HEAD_OF_RE = re.compile(
    r"\b(?:[Pp]resident|[Vv]ice[- ][Pp]resident|[Cc]hair(?:man|woman|person)?|[Dd]irector[- ][Gg]eneral|"
    r"[Ss]ecretary[- ][Gg]eneral|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|[Ee]xecutive\s+[Dd]irector)"
    r"\s+of\s+(?:the\s+)?"
    r"(?P<body>(?:[A-Z][\w'’&-]*\s+){0,3}(?:Chambers?\s+of\s+(?:Commerce|Industry|Trade)|Business\s+Council|"
    r"(?:Private\s+Sector|Business|Manufacturers['’]?|Employers['’]?)\s+(?:Foundation|Federation|Alliance)|"
    r"Association|Confederation\s+of\s+(?:[A-Z][\w-]*\s+){0,2}(?:Industr\w*|Business\w*|Employers|Associations)))"
    r"(?:\s+(?:of|and|for|&|[A-Z][\w&-]*))*(?:\s+\([A-Z&]{2,10}\))?(?:,\s+(?:[A-Z][\w-]*\s+){1,2}(?:Chapter|Branch))?,\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr|Engr|Prof|Alhaji|Chief)\.?\s+)*$"
)


def _joint_body(body: str) -> bool:
    """Whether a body's name opens with two countries joined by a hyphen: "Kazakhstan-UAE Business Council"."""
    first = body.split(maxsplit=1)[0] if body.strip() else ""
    parts = re.split(r"[-–]", first)
    return len(parts) == 2 and all(part in _COUNTRY_BY_FORM for part in parts)


# "X, who accompanied the minister, told ...": one of the visitor's party, whatever the description before the name
_COMPANION_AFTER_RE = re.compile(
    r"\s*,\s+who\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:also\s+)?(?:accompan(?:ied|ies|ying)(?!\s+by\b)|"
    r"travell?(?:ed|ing|s)\s+with|joined|flew\s+in\s+with|came\s+with)\b"
)
_INTERNATIONAL_BODY = (
    r"(?:Arab League|League of Arab States|United Nations|UN|African Union|AU|ASEAN|European Union|EU|"
    r"European Commission|NATO|OPEC|WTO|IMF|World Bank|Commonwealth|OIC|GCC|SCO|CIS|BRICS|OSCE|OAS|ECOWAS|SADC)"
)
_INTERNATIONAL_OFFICER_RE = re.compile(
    rf"\b{_INTERNATIONAL_BODY}\s+(?:Deputy\s+|Assistant\s+)?(?:Secretary[- ]General|Director[- ]General|"
    r"Commission\s+(?:Chair(?:person|man)?|President)|Chair(?:person|man)?|President|Commissioner)\s+$|"
    rf"\b(?:Secretary[- ]General|Director[- ]General)\s+of\s+the\s+{_INTERNATIONAL_BODY}\s*,?\s+$"
)
_LAST_DETERMINER_RE = re.compile(r"\b(?:the|his|her|its)\s+(?!.*\b(?:the|his|her|its)\s)")
_FOR_THE_SIDE_RE = re.compile(
    r"\s*For\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?(?:(?:Republic|Kingdom|State|Sultanate)\s+of\s+)?"
    r"(?P<c>" + _COUNTRY_RE.pattern + r")\s*[:,]?\s*"
)
_RECEIVED_BY_RE = re.compile(
    r"\b(?:was|were|being|been)\s+(?:\w+\s+)?(?:received|met|welcomed|greeted|hosted)(?:\s+[\w'’-]+){0,5}?\s+by\b"
)
# An act done to the one named before it, its agent after "by": "was welcomed on arrival at the airport by".
_ACTED_ON_BY_RE = re.compile(
    r"\s+(?:was|were)\s+(?:\w+\s+)?(?:received|met|welcomed|greeted|hosted)\b[^.;]{0,80}?\bby\b"
)
# (or the two named as a document's exchangers or under a label: "exchanged by A and B", "Signatories: A; and B")
_SIGNED_RE = re.compile(
    r"\bsigned\b(?P<by>[^.;]{0,60}?\bby\b)?|\bexchanged\s+(?P<xby>by)\b"
    r"|^[ \t]*(?P<label>Signatories|Signed\s+by|Signers)[ \t]*:",
    re.M,
)
# The country an ambassador is posted to: "Ambassador to Argentina", "High Commissioner to the Maldives".
_POSTED_TO_RE = re.compile(r"\b(?:to|in)\s+(?:the\s+)?(?P<c>" + _COUNTRY_RE.pattern + r")")
# The honorifics of Indian officials, right before the name: "Shri Anand Rao", "Smt. Meera Iyer".
_INDIAN_STYLE_RE = re.compile(r"\b(?:Shri|Smt|Shrimati|Sushri|Kumari|Thiru|Tmt|Thirumathi)\.?\s+$")
# A word in lower case after a name, not a conjunction or a preposition: the name ends before it.
_VERB_AFTER_SURNAME_RE = re.compile(
    r",?\s+(?!(?:and|or|of|in|to|at|for|on|with|by|from|as)\b)[a-z]"
    # (or the end of a list's item: "the Minister of Production, Diego Andrade Salvador; the Minister of ...")
    r"|;\s|,\s+(?:and\s+)?the\s+[A-Z]"
)
# The words between an office and the body it is "of", when the body's name opens a run of capitals: "Chairman of the
# Management Board of " Samruk-Kazyna Nurbek Yessimov
_OF_OBJECT_GAP_RE = re.compile(r"(?:\s+(?:of|the|and|[A-Z][\w'’-]*))*?\s+(?:of|on|for)\s+(?:the\s+)?")
# ... and when the body's name ends on a nation's adjective ("Chairman of the Federation of Saudi " Chambers X Y): the
# adjective wants its noun, so the run's first word is the body's, not a given name
_OF_OBJECT_ADJECTIVE_GAP_RE = re.compile(
    r"(?:\s+(?:of|the|and|&|[A-Z][\w'’-]*))*?\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*?"
    r"(?P<adj>[A-Z][\w'’-]*)\s"
)
# A region's or a people's adjective, which ends no body's name: "Minister of Foreign and Caribbean Affairs"
_PEOPLES_ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:ean|ian|ese|ish)")
# A meeting with a person (not "welcomed the visit"): "met", "will meet with", "called on", "held talks with".
# A sentence that opens at home, away from the visit: "Back home, ...", "Back in Canberra, ...", "At home, ..."
_AT_HOME_LEAD_RE = re.compile(r"\s*(?:[Bb]ack\s+(?:home|in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|[Aa]t\s+home)\s*,")
_SPOKESPERSON_WORD_RE = re.compile(r"\b(?:spokes\w+|press\s+secretary)\b", re.I)
_OPPOSITION_OFFICE_RE = re.compile(r"\b[Ll]eader\s+of\s+(?:the\s+)?[Oo]pposition\b")
# The story's turn to the opposition: "But the opposition X Party urged caution.", a heading "Criticism from
# opposition" (not the house's office a visitor calls on: "Leader of the Opposition", "Opposition Leader X"; nor a
# stance: "reaffirmed their opposition to protectionism")
_OPPOSITION_TURN_RE = re.compile(
    r"(?<!\bof the )(?<!\bof )(?<!\btheir )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\bour )"
    r"\b[Oo]pposition\b(?!\s+(?:[Ll]eader|to)\b)"
)
# A party's officer by the office's own name, right before the name: "the party's national publicity secretary, Mr
# X", "FPÖ general secretary X", "LPM secretary for information X", "Labour leader X" (a party's word before "leader",
# where a state's leader has the country's: "the Kazakh leader")
_PARTY_OFFICE_BEFORE_RE = re.compile(
    r"(?:\b(?:general|publicity|organi[sz]ing)\s+secretary|\bsecretary[- ]general|"
    r"\bsecretary\s+for\s+(?:information|publicity|organi[sz]ation|communications?|mobili[sz]ation)|"
    r"(?<![Tt]he )(?<!\w)[A-Z][\w'’-]*\s+leader)"
    r"(?:\s*\([^()]{1,30}\))?,?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$",
    re.I,
)
# What puts a person in the visit's own events: a meeting, talks, a reception, a ceremony, a signing, the delegation.
_VISIT_EVENT_RE = re.compile(
    r"\b(?:[Mm]et|[Mm]eets?|[Mm]eetings?|[Tt]alks|[Rr]eceiv\w+|[Hh]ost\w*|[Cc]all(?:s|ed|ing)?\s+on|[Cc]ourtesy|"
    r"[Bb]anquet|[Cc]eremon\w+|[Ss]ign\w*|[Aa]ccompan\w+|[Dd]elegation|[Aa]ttend\w*|[Jj]oin\w*|[Gg]reet\w*|"
    r"[Ee]scort\w*|present\s+at|(?:was|were)\s+welcomed)\b|"
    r"\bwelcom(?:ed|es|ing)\s+(?:his\s|her\s|the\s+visiting\s|[A-Z])"
)
# A state's office in a name's description: "Foreign Ministry Secretary-General X" speaks for the state, not a party
# (nor does the ruling party's chief in a one-party state: "Party General Secretary X", "Communist Party leader Y")
_STATE_OFFICE_WORD_RE = re.compile(
    r"\b(?:Party\s+[Gg]eneral\s+[Ss]ecretary|[Cc]ommunist|[Mm]inist\w+|[Gg]overnment|[Ss]tate|[Ss]upreme|"
    r"[Pp]residen\w+|[Cc]abinet|[Ff]oreign|[Nn]ational\s+[Ss]ecurity|[Cc]ouncil|[Aa]ssembly|[Pp]arliament\w*|"
    r"[Ss]enate|[Hh]ouse|[Ss]abha)\b"
)
_OUTLET_REPORTS_RE = re.compile(r"\s+report(?:s|ed)\s*(?:[.;]|$)", re.M)
_MEETS_IN_PERSON_RE = re.compile(r"\b(?:met|meets?|meeting\s+with|call(?:s|ed)?\s+on|calling\s+on|talks\s+with)\b")
# A name with a parent's initial glued before it, as Mongolian names are written: "Ts.Ganbold".
_GLUED_INITIAL_RE = re.compile(r"[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]{0,2}\.([A-ZÀ-ÞА-ЯЁ][\w'’-]{2,})")


# A capitalised name right after a title: the title is that name's ("..., Deputy Prime Minister Viktor Gusakov").
# ("Deputy Prime Minister and Minister of Foreign Affairs", "Deputy Prime Minister – Minister of Foreign Affairs")
_OFFICES_JOINED_RE = re.compile(r"\s+(?:and|[–—-])\s+")


def _second_office(ent: _Entity, title: _Title) -> bool:
    """Whether a person holding two offices ("Deputy Prime Minister and Minister of Foreign Affairs") holds the
    titled one as their second, by which the story may also call them."""
    parts = _OFFICES_JOINED_RE.split(ent.title.lower(), 1)
    # (word by word: "the President" is not the "Head of the Presidential Administration")
    return bool(title.core) and len(parts) == 2 and f" {title.core} " in f" {parts[1]} "


def _holds_as_second(ent: _Entity, known: _Entity) -> bool:
    """Whether ``ent`` holds the office of a person of the records as the second of two: a "Deputy Prime Minister –
    Minister of Foreign Affairs" is the foreign minister the records' "the Kazakh Foreign Minister" names."""
    parts = _OFFICES_JOINED_RE.split(ent.title, 1)
    second = _parse_title(parts[1]) if len(parts) == 2 else None
    if second is None or second.role != known.role:
        return False
    return known.role != MINISTER or bool(_portfolio(second.label) & _portfolio(known.title))


_CONTINENT_BEFORE_RE = re.compile(r"\b(?:Latin|South|Central|North)[\s-]+$")
# (and the Swahili and Amharic styles of East African English: "in Nairobi Balozi X", "Finance Ato Y")
_INNER_STYLES = frozenset(
    (
        "Mr Mrs Ms Dr Madam Lt-Gen Maj-Gen Brig-Gen Lt-Col Gen Balozi Dkt Mhe Mheshimiwa Ato Woizero Weizero "
        # (the knight's and the professor's too, which no family name is: "Governor-General Sir X", "Chief Adviser
        # Professor Y")
        "Sir Dame Madame Mme Thiru Tmt Shri Smt Professor Prof Engr "
        "Prince Princess Sheikh Sheikha"
    ).split()
)
_PRINCELY_STYLES = frozenset("Prince Princess Sheikh Sheikha".split())
_DESCRIBED_BEFORE_RE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*$")
_OWNED_COUNTERPART_RE = re.compile(r",\s+(?:his|her|their|its|the)\s", re.I)
_NEXT_STYLE = r"(?:Mr|Mrs|Ms|Dr|Madam|H\.\s?E|Ambassador)"
_STYLED_NEXT_RE = re.compile(
    rf"(?:,\s+(?!{_NEXT_STYLE}\b)[\w'’ ()-]{{1,30}}){{0,2}},\s+{_NEXT_STYLE}\.?\s+[A-ZÀ-ÞĀ-ſ]"
)
_NEXT_NAME_RE = re.compile(
    r"\s+(?!(?:of|and|for|to|in|at|the)\b)[A-ZÀ-ÞĀ-ſ][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]+)*(?:[,;.]|\s+and\b|$)"
    # ("at the Istana, Prime Minister Gregory Tan said ...": a full name and its verb open the next clause)
    # (not an office's words going on to its body: ", Chief Executive Officer of RDB, said")
    r"|\s+(?!(?:of|and|for|to|in|at|the)\b)[A-ZÀ-ÞĀ-ſ][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]+)+\s+(?!(?:of|for)\b)[a-z]"
)
# A country set after a name: "President Ofori of the Republic of Ghana", "Mr Tan of Singapore".
_OF_COUNTRY_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:Socialist|Islamic|Federal|Democratic|Federative|United|Kyrgyz|Arab)\s+)*"
    # ("of the Republic of the Philippines", "of the Kingdom of the Netherlands": the state's own article, before
    # a country's name only: "of the Republic of the Congo" is read whole)
    r"(?:(?:Republic\s+of\s+|Kingdom\s+of\s+|State\s+of\s+|Sultanate\s+of\s+)"
    rf"(?:[Tt]he\s+(?={_COUNTRY_RE.pattern}))?)?(?P<c>(?=[A-Z]))"
)
# The capitalised words of a state's formal name that may follow a name before "of": "... Socialist Republic of"
_STATE_NAME_WORDS_RE = re.compile(
    r"(?:\s+(?:Socialist|Islamic|Federal|Democratic|Federative|United|Arab|People['’]s|Republic|Kingdom|State|"
    r"Sultanate))*"
)
_DAY_OR_MONTH = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)"
)
# A trip the clause after a name gives as that person's own, to a place: ", making his first trip to Chile as",
# " spoke to reporters during her two-day visit to Santiago", ", on an official visit to Chile," (not a meeting's
# object's: "met X during his visit to ...", where the trip may be X's)
# (any verb that takes a trip, finite or not, and a date set off between: "X will on Wednesday, 12 November,
# undertake a State Visit to the Republic of Ghana", "X to pay an official visit to Chile", "X embarked on a tour
# to ...")
_OWN_TRIP_RE = re.compile(
    # (a comma inside the gap only before a date's day, month or number: not past another's name, "President A, the
    # President of the Republic, B, is paying a state visit" is B's trip)
    r"(?:\s+(?!(?:met|meets|received|receives|welcomed|welcomes|hosted|hosts|greeted|greets|with|and)\b)[\w'’-]+|"
    rf",\s+(?=\d|{_DAY_OR_MONTH}\b)[\w'’-]+)"
    r"{0,7}?,?\s+(?:(?:who\s+)?(?:is|was)\s+)?(?:making|paying|undertaking|on|during|in\s+the\s+course\s+of|"
    r"(?:will\s+|shall\s+|to\s+)?(?:make|pay|undertake|embark\s+on)|made|makes|paid|pays|undertook|undertakes|"
    r"embark(?:ed|s)\s+on)\s+"
    r"(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:[Vv]isit|[Tt]rip|[Tt]our)\s+to\s+(?:the\s+)?"
    r"(?:(?:Republic|Kingdom|State|Sultanate)\s+of\s+(?:the\s+)?)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# A leader placed in a city by a headline or a lead: "X in Tokyo: ...", "X is in Beijing on the second day of ..."
_LEADER_IN_CITY_RE = re.compile(r"\s+(?:is\s+)?in\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# "The (state) visit of" before a guest's name, and "to" the place after it: "the visit of President X to Finland".
_VISIT_OF_RE = re.compile(r"\b[Vv]isit\s+of\s+")
# What stands between a guest's name and the visit he is on: "X arrived in Dublin on Tuesday for a three-day ".
_ON_THE_VISIT_GAP_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:on|during|for|in\s+the\s+course\s+of)\s+(?:this|his|her|their|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?"
)
# A visit counted by the office and country of its guest: "on this state visit, the first by a President of Ghana
# to Ireland", "for a three-day trip, the first by a Ghanaian head of state since 1990".
_COUNTED_GUEST_RE = re.compile(
    r"\b(?:visit|trip|tour|stay)(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*,\s*(?:the|its)\s+"
    r"(?:first|second|third|fourth|fifth|last|latest|only)\s+(?:[a-z]+\s+){0,2}?by\s+(?:an?\s+|the\s+)?"
    r"(?:(?P<c>"
    + _COUNTRY_RE.pattern
    + r")\s+[a-z]|(?:[A-Za-z-]+\s+){1,3}?of\s+(?:the\s+)?(?P<o>"
    + _COUNTRY_RE.pattern
    + r")(?![\w-]))"
)
_VISIT_TO_RE = re.compile(r"\s+to\s+(?:the\s+)?(?:Republic\s+of\s+|Kingdom\s+of\s+)?(?P<place>[A-Z][\w'’-]+)")
# A leader described by country and title only: "Timor-Leste's president", "the Timorese prime minister".
_DESCRIBED_LEADER_RE = re.compile(
    r"\b(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?)(?:['’]s)?\s+(?P<t>president|prime minister|premier|king|emir|"
    r"sultan|chancellor)\b(?!\s+[A-Z])"
    # (or the office told before its country, in lower case: "as the emir of Qatar wrapped up a state visit")
    r"|\b(?P<u>president|prime minister|premier|king|emir|sultan)\s+of\s+(?P<k>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\b"
)


# The offices that lead a visit, and so the subject a pronoun opening the next sentence goes on with
_VISIT_LEADER_ROLES = (
    HEAD_OF_STATE,
    HEAD_OF_GOVERNMENT,
    VICE_PRESIDENT,
    DEPUTY_HEAD_OF_GOVERNMENT,
    PARLIAMENT_SPEAKER,
    MINISTER,
)
# A sentence opening with a pronoun, which goes on with the subject of the sentence before it
_PRONOUN_OPENS_RE = re.compile(r"\s*(?:He|She)\b")
# A sentence whose subject is an office alone: "The Deputy Prime Minister, who ...", "The Foreign Minister held ...".
# (or in lower case, the office's words before the verb: "The prime minister arrived ...")
_LOWER_TITLE_SUBJECT_RE = re.compile(r"The\s+((?:[a-z][\w-]*\s+){1,4})")
_TITLE_SUBJECT_RE = re.compile(r"The\s+((?:[A-Z][\w-]*\s+(?:of\s+)?){0,3}[A-Z][\w-]*)(?=\s*,|\s+[a-z])")
# The rest of a place named after a person, right after a word of the name: "Jomo Kenyatta International Airport".
_NAMES_A_PLACE_RE = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:International\s+)?Airport\b")
# An unnamed person as a pronoun's antecedent: the words are nobody's of the visit.
_UNNAMED = _Entity(key="", name="")


@dataclass
class _Seg:
    """One run of text between quotation marks; ``close_at`` None when it runs on into the next paragraph."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    para: int
    continues: bool = False  # starts a paragraph and continues the previous paragraph's open quote


@dataclass
class _Item:
    """A speech event to resolve in document order: a quote group, an unmarked quote or a paraphrase."""

    at: int
    kind: str  # "marked", "unmarked", "reported", "event"
    phrase: tuple[int, int] | None
    segs: list[_Seg] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    inherit: bool = False
    para: int = 0
    quote_kind: str = "direct"
    whole_line: bool = False  # a line of a speech set out under its speaker ("Thank you."): a quote however short


# A table set out with pipes, one row a line, as press bureaus list a visit's outcomes: "S.No. | MoU/Agreement |
# Indian side signatory | Argentine side signatory" over "1. | MoU on X | Shri A, Ambassador of India | Mr. B,
# Secretary of Mining". Its header names its columns: a serial number, the documents, and a side's signatories by the
# country the header names ("Exchanged on Vietnamese side by", "Signatory (Bhutan side)").
_TABLE_NUMBER_HEAD_RE = re.compile(r"(?i)(?:s|sl|sr)?\.?\s?no\.?|#|number|item")
_TABLE_DOC_HEAD_RE = re.compile(
    r"(?i)\b(?:mous?|agreements?|documents?|instruments?|memorand\w*|outcomes?|title|name\s+of)\b"
)
_TABLE_SIGNED_HEAD_RE = re.compile(r"(?i)\b(?:sign\w*|exchang\w*)")
_TABLE_RULE_RE = re.compile(r"[\s|:=+-]*")


@dataclass
class _Table:
    """A table's rows, each a tuple of its cells' spans, with what its header says of the columns."""

    rows: list[tuple[tuple[int, int], ...]]
    doc: int | None  # the column of the documents, one a row
    sides: dict[int, str]  # a signatories' column -> the country of its side
    signed: bool  # the header says the documents were signed or exchanged, or names who signed them


def _table_cells(text: str, a: int, b: int) -> tuple[tuple[int, int], ...]:
    """The spans of a line's cells between pipes, without their spaces; a line without pipes has none."""
    if "|" not in text[a:b]:
        return ()
    cells = []
    lo = a
    for hi in [*(m.start() for m in compiled(r"\|").finditer(text, a, b)), b]:
        cell = (lo, hi)
        while cell[0] < cell[1] and text[cell[0]].isspace():
            cell = (cell[0] + 1, cell[1])
        while cell[1] > cell[0] and text[cell[1] - 1].isspace():
            cell = (cell[0], cell[1] - 1)
        cells.append(cell)
        lo = hi + 1
    # (a pipe that opens or closes the line frames the row: "| 1 | MoU on X |")
    if cells and cells[0][0] == cells[0][1]:
        cells.pop(0)
    if cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    return tuple(cells)


def _pipe_tables(text: str, paras: Sequence[tuple[int, int]]) -> list[_Table]:
    """The tables of a text: a header line of cells over lines of as many cells (a rule of dashes between them
    aside); the header's first cell is a name, not a row's number."""
    tables: list[_Table] = []
    i = 0
    while i < len(paras):
        head = _table_cells(text, *paras[i])
        i += 1
        if len(head) < 2 or compiled(r"\(?\d{1,3}\b").match(text, *head[0]):
            continue
        rows = []
        while i < len(paras):
            if _TABLE_RULE_RE.fullmatch(text, *paras[i]):
                i += 1
                continue
            row = _table_cells(text, *paras[i])
            if len(row) != len(head):
                break
            rows.append(row)
            i += 1
        if not rows:
            continue
        names = [text[a:b] for a, b in head]
        numbers = {k for k, name in enumerate(names) if _TABLE_NUMBER_HEAD_RE.fullmatch(name)}
        sides = {}
        for k, name in enumerate(names):
            found = {_COUNTRY_BY_FORM[m.group(0)] for m in _COUNTRY_RE.finditer(name)}
            if len(found) == 1 and k not in numbers and not _TABLE_DOC_HEAD_RE.search(name):
                sides[k] = found.pop()
        rest = [k for k in range(len(names)) if k not in numbers and k not in sides]
        doc = next((k for k in rest if _TABLE_DOC_HEAD_RE.search(names[k])), None)
        if doc is None and sides and rest:
            doc = rest[0]  # (a header that names only the sides: the documents are the column left)
        if doc is None and not sides:
            continue
        signed = bool(sides) or any(_TABLE_SIGNED_HEAD_RE.search(name) for name in names)
        tables.append(_Table(rows=rows, doc=doc, sides=sides, signed=signed))
    return tables


def _mentioned_country(text: str, m: re.Match) -> str:
    """The country a mention names; a capital named after another country stands for its own ("Port of Spain")."""
    if m.group(0) == "Spain" and _PORT_OF_RE.search(text, max(0, m.start() - 9), m.start()):
        return "TT"
    return _COUNTRY_BY_FORM[m.group(0)]


class _Article:
    """One article being read: paragraphs, sentences, country mentions, people and where they are named."""

    def __init__(self, text: str, dateline: datetime.date | None, people: Sequence[KnownPerson]) -> None:
        self.text = text
        header = _HEADER_RE.match(text)
        self.body_start = header.end() if header else 0
        if dateline is None and header:
            dateline = datetime.date(int(header.group(1)), int(header.group(2)), int(header.group(3)))
        self.dateline = dateline
        self.paras = [(m.start(), m.end()) for m in compiled(r"[^\n]*\S[^\n]*").finditer(text[self.body_start :])]
        self.paras = [(self.body_start + a, self.body_start + b) for a, b in self.paras]
        for i, (a, b) in enumerate(self.paras):
            while a < b and text[a].isspace():
                a += 1
            self.paras[i] = (a, b)
        self.sentences = [s for p in range(len(self.paras)) for s in self._split_sentences(p)]
        self.sentence_starts = [s[0] for s in self.sentences]
        self.tables = _pipe_tables(text, self.paras) if "|" in text else []
        # ("the Central American country", "Latin American markets": a region, not the United States)
        self.countries = [
            (m.start(), m.end(), _mentioned_country(text, m))
            for m in _COUNTRY_RE.finditer(text)
            if not (m.group(0) == "American" and _CONTINENT_BEFORE_RE.search(text, max(0, m.start() - 9), m.start()))
        ]
        self.entities: dict[str, _Entity] = {}
        self.alias_map: dict[str, _Entity] = {}
        self.mentions: list[tuple[int, int, _Entity]] = []
        self.refs: list[tuple[int, _Entity]] = []
        self.people = people
        self.marked_spans: list[tuple[int, int]] = []
        self.namesakes: set[str] = set()  # full-name keys of people who share a surname with someone else
        self._host_votes: dict[str, int] | None = None
        self._dateline_code: str | None = None
        self.author: _Entity | None = None  # the person whose letterhead heads a release
        self.author_office = ""
        self._genders: dict[int, str] | None = None
        self.listed_under: dict[int, tuple[int, int]] = {}  # a listed name's start -> the span of its plural title
        self.across: list[tuple[_Entity, _Entity]] = []  # two people of one office, one of each side
        self.side_pair: list[str] = []  # the two countries of the visit, as the fallback finds them

    # ---- structure

    def _split_sentences(self, p: int) -> list[tuple[int, int, int]]:
        a, b = self.paras[p]
        out, start = [], a
        for m in _SENT_END_RE.finditer(self.text, a, b):
            word = compiled(r"([\w.]+)\W*$").search(self.text[max(start, m.start() - 24) : m.start() + 1])
            if (
                word
                and m.group(0)[0] == "."
                and (
                    word.group(1).rstrip(".") in _ABBREVIATIONS
                    or (
                        word.group(1).rstrip(".") in _GIVEN_NAME_ABBREVIATIONS
                        and self._opens_name(m.start() - 2, m.end())
                    )
                    or compiled(r"[A-Z](?:\.[A-Z])*").fullmatch(word.group(1).rstrip("."))
                )
            ):
                continue
            out.append((start, m.end(), p))
            start = m.end()
            while start < b and self.text[start].isspace():
                start += 1
        if start < b:
            out.append((start, b, p))
        return out

    def _opens_name(self, pos: int, after: int) -> bool:
        """Whether the shortened given name at ``pos`` opens a name going on at ``after``: it follows a word in lower
        case, a title or an honorific, not another name, and a name follows ("Secretary Ma. Teresa Reyes", not "met
        Jack Ma. The ...", nor "Vice Minister Ma. He said")."""
        following = compiled(r"\s*([A-Z][\w'’-]*)").match(self.text, after)
        if following is None or _bare(following.group(1)) in _STOP_CAPS:
            return False
        before = compiled(r"([\w.'’-]+)\s+$").search(self.text, max(0, pos - 30), pos)
        if before is None:
            return True
        word = before.group(1).rstrip(".")
        return word[:1].islower() or _bare(word) in _TITLE_WORDS or word in _HONORIFICS

    def sentence_at(self, pos: int) -> tuple[int, int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[max(i, 0)]

    # ---- people

    def build_people(self) -> None:
        """Register known people, find the others in the text (title + name, name + speech verb), index mentions."""
        for kp in self.people:
            if not kp.name.strip():
                continue
            title = _parse_title(kp.title) if kp.title else None
            ent = self._entity(kp.name.split()[-1], kp.name, known=kp)
            ent.country = kp.country
            if title:
                ent.role, ent.title, ent.rank = title.role, kp.title, 4
            for alias in kp.aliases:
                norm = self._norm_phrase(alias)
                if len(alias.split()) == 1 and alias[:1].isupper() and _bare(alias) not in _STOP_CAPS:
                    self.entities.setdefault(_key(alias), ent)
                self.alias_map[norm] = ent
        tokens = list(_WORD_RE.finditer(self.text, self.body_start))
        # Title words of the whole text found once: each name then looks up the titles just before it.
        self.cores = [m.span() for m in _CORE_RE.finditer(self.text, self.body_start)]
        self.core_starts = [a for a, _ in self.cores]
        self.core_ends = {b for _, b in self.cores}
        for run in self._name_runs(tokens):
            self._consider_run(*run)
        self._plural_title_lists()
        self._plural_office_members()
        self._titled_labels()
        self._capitals_heading()
        self._vocative_names()
        self._letterhead()
        self._signature_blocks()
        self._table_signatories()
        self._merge_second_surnames()
        self._surname_first_names()
        self._newer_namesakes()
        self._index_mentions(tokens)
        self._side_countries()
        self._listed_countries()
        self._list_closed_by_country()
        companions = self._companions()
        for ent, lead in companions:
            ent.country = ent.country or lead.country
        # (before the descriptions of offices alone: "Japan's prime minister has wrapped up a visit ... X became prime
        # minister of Japan" is X, not the other prime minister named)
        self._self_described()
        self._described_countries()
        self._bare_office_holder()
        self._described_head()
        self._owned_office_holder()
        self._owner_countries()  # "Tursunov's chief of staff, X" before the host takes whoever is left
        self._foreign_chancellors()
        self._writer_country()
        self._fallback_countries()
        self._regional_heads()
        self._owner_countries()
        # (a leader whose office the text gives only later: "X became the first British prime minister to visit
        # ... The prime minister was accompanied by ...": the retinue is found again once every office is known)
        known = {id(ent) for ent, _ in companions}
        # (a leader, not "The Minister is accompanied by": a release's bare minister is its own, whoever spoke last)
        top = (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
        companions += [(e, lead) for e, lead in self._companions() if id(e) not in known and lead.role in top]
        for ent, lead in companions:
            # ("Vermeer was joined by Ghana's finance minister X": one's own title's country is not the leader's)
            ent.country = ent.own_country or lead.country or ent.country
        self._korean_names()
        self._foreign_chancellors()
        self._briefing_spokesperson()
        for ent in self.unique():
            # quoted with no office, no country and no part in the visit's events: a bystander, not a participant
            if not ent.role and not ent.country and ent.known is None and not ent.member:
                ent.outsider = ent.outsider or not any(self._acts_in_visit(p) for p in ent.positions)

    def _acts_in_visit(self, pos: int) -> bool:
        """Whether the name at ``pos`` goes on to an act of the visit, right after it or past a description set off
        by commas, or the description itself tells the part ("X, who arrived on Tuesday, ...")."""
        end = self.name_end(pos)
        if _PARTICIPANT_ACT_RE.match(self.text, end) or _SET_OFF_PART_RE.match(self.text, end):
            return True
        set_off = _SET_OFF_RE.match(self.text, end)
        return set_off is not None and _PARTICIPANT_ACT_RE.match(self.text, set_off.end()) is not None

    def _foreign_chancellors(self) -> None:
        """ "Chancellor X received his Indian peer": Spanish and Portuguese "canciller" is the foreign minister
        everywhere but where a chancellor heads the government."""
        for ent in self.unique():
            if ent.role == HEAD_OF_GOVERNMENT and ent.country and ent.country not in _CHANCELLOR_STATES:
                if compiled(r"(?:[Ff]ederal\s+)?[Cc]hancellor").fullmatch(ent.title):
                    ent.role = MINISTER

    def _in_retinue(self, opened: int, at: int) -> bool:
        """Whether a name at ``at`` still belongs to the retinue whose list opens at ``opened``: the list ends at its
        leader's next act ("..., who was accompanied by A and B, held talks with C": C is the one met)."""
        return not _MET_RE.search(self.text, opened, at)

    @functools.cached_property
    def _retinue_cues(self) -> tuple[list[re.Match], list[re.Match], list[re.Match]]:
        """The phrases that open a retinue, found once: ``_companions`` runs twice; they depend on the text only."""
        found = [*_ACCOMPANIED_RE.finditer(self.text, self.body_start)]
        found += _ACCOMPANIED_AFTER_RE.finditer(self.text, self.body_start)
        if "delegation" in self.text:  # (the word the three patterns of a delegation's members all need)
            found += _DELEGATION_MADE_RE.finditer(self.text, self.body_start)
            found += _OWNED_DELEGATION_RE.finditer(self.text, self.body_start)
            found += _HEADED_DELEGATION_RE.finditer(self.text, self.body_start)
            found += _BARE_DELEGATION_RE.finditer(self.text, self.body_start)
        return (
            found,
            [*_WHO_ACCOMPANIED_RE.finditer(self.text, self.body_start)],
            [*_WELCOMED_BY_RE.finditer(self.text, self.body_start)],
        )

    def _companions(self) -> list[tuple[_Entity, _Entity]]:
        """(official, leader) pairs of "X is accompanied by A, Minister of ...; B, ...": they travel on X's side."""
        pairs = []
        found, who_accompanied, welcomed_by = self._retinue_cues
        for m in found:
            s_lo, s_hi, _ = self.sentence_at(m.start())
            cue = m.start()
            if m.re is _ACCOMPANIED_AFTER_RE:
                lead = self._sentence_subject(s_lo, cue)
                if lead is not None:
                    pairs += self._retinue_after(m, lead, s_hi)
                continue
            if m.re is not _ACCOMPANIED_RE and m.re is not _HEADED_DELEGATION_RE:
                # "The delegation accompanying the Head of State is made up of ...", "The President's delegation
                # includes ...": the one accompanied is named inside the subject
                s_lo, cue = m.start("lead"), m.end("lead")
            i = bisect.bisect_left(self.mention_starts, cue) - 1
            lead = self.mentions[i][2] if i >= 0 and self.mentions[i][0] >= s_lo else None
            # "..., while the Belarusian Prime Minister was accompanied by ...": a leader described after the last
            # name the sentence gives is the one accompanied
            described = _DESCRIBED_BEFORE_RE.search(self.text, self.mentions[i][1] if lead is not None else s_lo, cue)
            title = _parse_title(described.group(1)) if described is not None else None
            if title is not None and title.country:
                lead = self._resolve_title(title, cue) or lead
            if lead is None and _PRONOUN_OPENS_RE.match(self.text[s_lo:cue]):
                lead = self._pronoun_subject(s_lo) or self.recent(
                    s_lo, lambda e: e.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER)
                )
            # ("The President, who was accompanied by ...": the relative clause's antecedent is the subject; so is it
            # when the clause closes before the verb: "The Turkish president, who arrived on Sunday, is accompanied")
            subject = compiled(r",\s*who(?:\s[^;]*,)?$").sub("", self.text[s_lo:cue].strip())
            if m.re is _HEADED_DELEGATION_RE:
                # "The Prime Minister arrived on Monday, at the head of a delegation that includes ...": the subject
                head = compiled(r"The\s+(?:[A-Z][\w-]*\s+(?:of\s+)?){0,3}[A-Z][\w-]*(?=\s+[a-z])").match(subject)
                subject = head.group(0) if head else subject
            # ("The Rt. Hon. Prime Minister is accompanied by ...": the Westminster style is no word of the office)
            subject = compiled(r"\b(?:Rt\.?|Right|Hon\.?|Honourable|Honorable)\s+").sub("", subject)
            subject = subject[:1].upper() + subject[1:]
            if lead is None and _DESCRIBED_SUBJECT_RE.fullmatch(subject):
                # "The Portuguese president is accompanied by ...": the description gives the leader's country
                title = _parse_title(subject)
                lead = self._resolve_title(title, cue) if title is not None and title.country else None
            titled = _parse_title(subject) if lead is None and _BARE_TITLE_SUBJECT_RE.fullmatch(subject) else None
            if titled is not None and titled.role == OFFICIAL:
                # "The Crown Prince was accompanied by ...": an office no rank tells apart is the one holder whose
                # title words it, though his higher office gave him another role ("Crown Prince and Prime Minister")
                worded = compiled(r"(?<![\w-])" + re.escape(titled.core) + r"(?![\w-])", re.I)
                holders = [e for e in self.unique() if e.positions and e.first < s_lo and worded.search(e.title)]
                lead = holders[0] if len(holders) == 1 else None
            if lead is None and titled is not None and titled.role:
                # "The President is accompanied by ...": the last president named
                # (or the one whose office the subject words: "The Foreign Secretary" is no trade minister named since)
                lead = (
                    self._plain_holder(titled.role, s_lo, titled.core)
                    or (self._resolve_title(titled, s_lo, mentioned_only=True) if _worded(titled.core) else None)
                    or self.recent(s_lo, lambda e, role=titled.role: e.role == role and not e.outsider)
                )
            if lead is None and m.re is _BARE_DELEGATION_RE:
                lead = self._arrived_before(m.start())
            if lead is None:
                continue
            pairs += self._retinue_after(m, lead, s_hi)
        pairs += self._listed_retinue()
        top = (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
        for m in who_accompanied:
            # "Defence Minister X, who accompanied Y, told ...": the one named before travels on Y's side
            i = bisect.bisect_left(self.mention_starts, m.start()) - 1
            j = bisect.bisect_left(self.mention_starts, m.end())
            if i < 0 or j >= len(self.mentions):
                continue
            if self.mentions[j][0] != m.end() and not (
                m.group(0).rstrip().endswith("with") and _only_titles_between(self.text, m.end(), self.mentions[j][0])
            ):
                continue
            ent, lead = self.mentions[i][2], self.mentions[j][2]
            if self.mentions[i][1] != m.start() or ent is lead:
                continue
            if m.group(0).rstrip().endswith("with") and ent.role in top and lead.role not in top:
                # travelling together is the leader's retinue either way: "President X, who is travelling with
                # Foreign Minister A and Agriculture Minister B, was met by ...": A and B are X's side
                pairs += self._retinue_after(m, ent, self.sentence_at(m.start())[1])
            elif not ent.known:
                pairs.append((ent, lead))
        for m in _WHO_ACCOMPANIED_OFFICE_RE.finditer(self.text, self.body_start):
            i = bisect.bisect_left(self.mention_starts, m.start()) - 1
            title = _parse_title(m.group("office"))
            if i < 0 or self.mentions[i][1] != m.start() or title is None or title.role not in top:
                continue
            # (the one holder of that office the story names, or the one it leaves without a country: with two
            # prime ministers, "the prime minister" one travels with is either)
            holders = [e for e in self.unique() if e.role == title.role and e.positions and not e.outsider]
            s_lo = self.sentence_at(m.start())[0]
            lead = holders[0] if len(holders) == 1 else self._plain_holder(title.role, s_lo, title.core)
            ent = self.mentions[i][2]
            if lead is not None and ent is not lead and not ent.known:
                pairs.append((ent, lead))
        for m in welcomed_by:
            # "He was welcomed by Prime Minister A, Foreign Minister B and ...": the welcomers are of A's side
            s_hi = self.sentence_at(m.start())[1]
            j = bisect.bisect_left(self.mention_starts, m.end())
            named = []
            while j < len(self.mentions) and self.mentions[j][0] < s_hi:
                if self.mentions[j][2] not in named:
                    named.append(self.mentions[j][2])
                j += 1
            if len(named) >= 2 and named[0].role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
                pairs += [(e, named[0]) for e in named[1:] if e.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)]
        for ent in self.unique():
            pos = ent.first
            office = _OWNER_OFFICE_RE.search(self.text, max(0, pos - 60), pos)
            title = _parse_title(office.group(1)) if office else None
            if title is not None and title.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
                # "the Prime Minister's press chief X": an aide of the one holder of that office the story names
                holders = [e for e in self.unique() if e.role == title.role and e.positions and not e.outsider]
                if len(holders) == 1 and holders[0] is not ent:
                    pairs.append((ent, holders[0]))
            if ent.role and _HIS_AIDE_RE.search(self.text, max(0, pos - 60), pos):
                # "PM X thanked ..., his press adviser Y said": the aide of the sentence's subject
                s_lo = self.sentence_at(pos)[0]
                boss = next((e for p, _, e in self.mentions if s_lo <= p < pos and e is not ent), None)
                if boss is not None:
                    pairs.append((ent, boss))
        return pairs

    def _retinue_after(self, m: re.Match, lead: _Entity, s_hi: int) -> list[tuple[_Entity, _Entity]]:
        """(official, leader) pairs of the names after a retinue's cue, up to the sentence's end or its leader's next
        act."""
        pairs = []
        j = bisect.bisect_left(self.mention_starts, m.end())
        while j < len(self.mentions) and self.mentions[j][0] < s_hi:
            if not self._in_retinue(m.end(), self.mentions[j][0]):
                break
            ent = self.mentions[j][2]
            # (an official named before goes too: "accompanied by ..., Mwale, Minister of ...")
            earlier_ok = ent.role and ent.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
            if ent is not lead and (ent.first >= m.end() or earlier_ok) and not ent.known:
                pairs.append((ent, lead))
            j += 1
        return pairs

    def _sentence_subject(self, s_lo: int, cue: int) -> _Entity | None:
        """The leader a sentence opens on, named ("President X arrived ...") or described by country ("Indonesian
        president arrived ..."), when that is all before its verb."""
        i = bisect.bisect_left(self.mention_starts, s_lo)
        if (
            i < len(self.mentions)
            and self.mentions[i][0] < cue
            and _only_titles_between(self.text, s_lo, self.mentions[i][0])
        ):
            return self.mentions[i][2]
        head = _SUBJECT_DESCRIPTION_RE.match(self.text, s_lo, cue)
        title = _parse_title(head.group(0)) if head is not None else None
        if title is None or not title.country or title.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER):
            return None
        return self._resolve_title(title, cue)

    def _arrived_before(self, at: int) -> _Entity | None:
        """The leader or minister whose arrival or visit one of the three sentences before ``at`` tells: "X arrived
        in Budapest on Tuesday. The delegation included ..." is X's delegation."""
        i = bisect.bisect_right(self.sentence_starts, at) - 1
        for s_lo, s_hi, _ in reversed(self.sentences[max(0, i - 3) : i]):
            cue = _ARRIVED_RE.search(self.text, s_lo, s_hi)
            if cue is None:
                continue
            j = bisect.bisect_left(self.mention_starts, s_lo)
            while j < len(self.mentions) and self.mentions[j][0] < cue.start():
                ent = self.mentions[j][2]
                if ent.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER) and not ent.outsider:
                    return ent
                j += 1
            return None
        return None

    def _listed_retinue(self) -> list[tuple[_Entity, _Entity]]:
        """(official, leader) pairs of a sentence opening with a list of titled names and going on "are
        accompanying President X" or "accompanied the Chancellor": the list is the subject, all of the leader's side
        ("Foreign Minister A, Defence Minister B and Adviser C are accompanying President X")."""
        pairs = []
        if "ccompan" not in self.text and "with" not in self.text:
            return pairs
        for m in _LIST_ACCOMPANIES_RE.finditer(self.text, self.body_start):
            s_lo = self.sentence_at(m.start())[0]
            i = bisect.bisect_left(self.mention_starts, s_lo)
            listed = []
            at = s_lo
            while i < len(self.mentions) and self.mentions[i][1] <= m.start():
                start, end, ent = self.mentions[i]
                gap = compiled(r"(?:,\s*|\s+)(?:and\s+)?").match(self.text, at) if listed else None
                # (an office of any words, in capitals but for its glue: "Chief Advisor to the President on
                # Foreign Policy and Security Kerem A")
                office = self.text[gap.end() if gap else at : start]
                if len(office) > 90 or not compiled(r"(?:(?:[A-Z][\w'’.-]*|[a-z]+)\s+)*").fullmatch(office):
                    break
                if not all(w in _TITLE_GLUE or _titled(w) for w in compiled(r"\b[a-z][\w-]*").findall(office)):
                    break
                listed.append(ent)
                at = end
                i += 1
            # (the verb right after the last name, or after a group that joins it: "and several members of the
            # Bundestag accompanied")
            if not listed or i < len(self.mentions) and self.mentions[i][1] <= m.start():
                continue
            if not compiled(r"(?:\s+and\s+[^,;:.]{0,60})?").fullmatch(self.text, at, m.start()):
                continue
            lead = None
            j = bisect.bisect_left(self.mention_starts, m.end())
            if j < len(self.mentions) and _only_titles_between(self.text, m.end(), self.mentions[j][0]):
                lead = self.mentions[j][2]
            office = _LEADER_OFFICE_RE.match(self.text, m.end()) if lead is None else None
            title = _parse_title(office.group(1)) if office is not None else None
            if title is not None and title.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
                lead = self._plain_holder(title.role, s_lo, title.core) or self.recent(
                    s_lo, lambda e, role=title.role: e.role == role and not e.outsider
                )
            if lead is None or lead.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
                continue
            pairs += [(ent, lead) for ent in listed if ent is not lead and not ent.known]
        return pairs

    def _sentence_before(self, s_lo: int, across: bool = False) -> int | None:
        """Where the sentence before the one at ``s_lo`` starts, when both are of one paragraph of the body: the
        sentence a pronoun opening the next one most likely goes on from. With ``across``, a paragraph's first
        sentence goes on from the last of the paragraph before (wire copy gives each sentence a paragraph)."""
        if s_lo <= self.body_start:
            return None
        p_lo, _, para = self.sentence_at(s_lo - 1)
        here = self.sentence_at(s_lo)[2]
        return p_lo if para == here or (across and para == here - 1) else None

    def _pronoun_subject(self, s_lo: int) -> _Entity | None:
        """The one a pronoun opening the sentence at ``s_lo`` goes on with: the subject of the sentence before, or,
        when that sentence opens with a pronoun too, of the one before it, across paragraphs ("The prime minister
        arrived on Tuesday. / He was received at the airport by A. / He was accompanied by B, C and D.")."""
        at = s_lo
        for _ in range(3):
            lead = self._passive_subject(at) or self._titled_subject(at) or self._acting_subject(at)
            if lead is not None:
                return lead
            before = self._sentence_before(at, across=True)
            if before is None or not _PRONOUN_OPENS_RE.match(self.text, before):
                return None
            at = before
        return None

    def _passive_subject(self, s_lo: int) -> _Entity | None:
        """The subject of the sentence before ``s_lo`` in its paragraph when that sentence tells an act done to it
        ("X was welcomed at the airport by Prime Minister Y. He was accompanied by ..."): a pronoun opening the next
        sentence goes on with X, not with the agent named last."""
        p_lo = self._sentence_before(s_lo, across=True)
        if p_lo is None:
            return None
        passive = _ACTED_ON_BY_RE.search(self.text, p_lo, s_lo)
        i = bisect.bisect_left(self.mention_starts, p_lo)
        if passive is None or i >= len(self.mentions) or self.mentions[i][0] >= passive.start():
            return None
        start, end, ent = self.mentions[i]
        if not _SUBJECT_HEAD_RE.fullmatch(self.text, p_lo, start) or not self.text.startswith(" ", end):
            return None
        return ent if passive.start() == end else None

    def _acting_subject(self, s_lo: int) -> _Entity | None:
        """The leader named as the subject of the sentence before ``s_lo`` in its paragraph, with its verb right after
        the name ("Kenyan President X held talks with President Y in Helsinki. He was accompanied by ..."): the
        pronoun goes on with the one who acts, not with the one he met, though that one was named last."""
        p_lo = self._sentence_before(s_lo, across=True)
        if p_lo is None:
            return None
        i = bisect.bisect_left(self.mention_starts, p_lo)
        if i >= len(self.mentions) or self.mentions[i][0] >= s_lo:
            return None
        start, end, ent = self.mentions[i]
        # (or whoever else leads a visit: "Vice-President X arrived in Beijing ... He is accompanied by ...")
        if ent.role not in _VISIT_LEADER_ROLES or ent.outsider:
            return None
        # (past a dateline or an opening phrase: "HELSINKI - Kenyan President X held ...")
        breaks = [m.end() for m in compiled(_LEAD_BREAK_RE.pattern + r"|\s-\s+").finditer(self.text, p_lo, start)]
        if not _SUBJECT_HEAD_RE.fullmatch(self.text, breaks[-1] if breaks else p_lo, start):
            return None
        return ent if _LEAD_ACT_RE.match(self.text, end, s_lo) else None

    def _titled_subject(self, s_lo: int) -> _Entity | None:
        """The one holder of the office that opens the sentence before ``s_lo`` in its paragraph as its subject ("The
        Deputy Prime Minister, who is on a visit to Kenya, is ... He was accompanied by ..."): the pronoun goes on
        with that subject, not with the last minister named."""
        p_lo = self._sentence_before(s_lo, across=True)
        if p_lo is None:
            return None
        subject = _TITLE_SUBJECT_RE.match(self.text, p_lo, s_lo)
        office = subject.group(1) if subject is not None else ""
        if not office:
            # ("The prime minister arrived on Tuesday": copy that sets offices in lower case, word by office word)
            lower = _LOWER_TITLE_SUBJECT_RE.match(self.text, p_lo, s_lo)
            words = lower.group(1).split() if lower is not None else []
            k = 0
            while k < len(words) and (_titled(words[k]) or words[k] in _TITLE_GLUE):
                k += 1
            while k and not _titled(words[k - 1]):
                k -= 1
            office = " ".join(words[:k]) if 0 < k < len(words) else ""
        title = _parse_title(office) if office else None
        if title is None or not title.role or title.country:
            return None
        holders = [
            e for e in self.unique() if e.role == title.role and not e.outsider and e.positions and e.first < p_lo
        ]
        # (the bare office is the holder whose own title names no country, when the other's does: "Prime Minister A
        # called on Saudi Crown Prince and Prime Minister B ... The prime minister arrived ...")
        plain = [e for e in holders if not e.own_country]
        return holders[0] if len(holders) == 1 else plain[0] if len(plain) == 1 else None

    def _plain_holder(self, role: str, before: int, core: str = "") -> _Entity | None:
        """The one holder of an office named before ``before`` whom the text never ties to a country, when the
        others are: a release calls its own government's leader "the Prime Minister" and the other side's "the
        Prime Minister of Portugal", so "the Prime Minister" alone is its own, however recently the other was named.
        "The President" is no monarch, though both head a state."""
        named = [e for e in self.unique() if e.role == role and not e.outsider and e.positions and e.first < before]
        if core and not _MONARCH_WORDS.intersection(core.lower().split()):
            named = [e for e in named if not _MONARCH_WORDS.intersection(e.title.lower().split())]
        plain = [e for e in named if not e.country]
        if len(plain) == 1 and len(named) > 1:
            return plain[0]
        # (with every holder tied to a country, a release going on about "the Prime Minister" means its subject, the
        # first named)
        if len(named) > 1 and not plain and len({e.country for e in named}) == len(named):
            # (not the host a fronted phrase names before the subject: "At the invitation of Prime Minister A, Prime
            # Minister B is on an official visit ..." goes on about B)
            subjects = [
                e for e in named if not _FRONTED_INVITER_RE.fullmatch(self.text, self.sentence_at(e.first)[0], e.first)
            ]
            return min(subjects or named, key=lambda e: e.first) if self._speaks_of_bare(role) else None
        return None

    def _speaks_of_bare(self, role: str) -> bool:
        """Whether the text keeps calling someone by the bare office ("the Prime Minister said"), thrice or more."""
        core = {HEAD_OF_GOVERNMENT: "Prime Minister", HEAD_OF_STATE: "President"}.get(role)
        if core is None:
            return False
        found = compiled(r"\b[Tt]he " + core + r"\b(?!\s+of\b|['’]s\s+(?:delegation|office|programme))").findall(
            self.text
        )
        return len(found) >= 3

    def _entity(self, surname: str, name: str, known: KnownPerson | None = None, first: int = 0) -> _Entity:
        key = _key(surname)
        ent = self.entities.get(key)
        if ent is not None and known is None and _other_given_name(name, ent.name):
            # "Foreign Minister Farkhod Tursunov" is not President Jasur Tursunov: same surname, another person
            key = _key(name)
            self.namesakes.add(key)
            ent = self.entities.get(key)
        if ent is None:
            ent = _Entity(key=key, name=name, known=known, first=first)
            self.entities[key] = ent
        elif ent.known is None and _fuller(name, ent.name):
            ent.name = name
        return ent

    def _caps_surname(self, word: str, tok: re.Match, cur: list[re.Match]) -> bool:
        if not _CAPS_SURNAME_RE.fullmatch(word) or word in _NOT_SURNAME_CAPS:
            return False
        title_case = word.capitalize()
        if title_case in _STOP_CAPS or title_case in _HONORIFICS or word in _COUNTRY_WORDS or word in _HONORIFICS:
            return False
        after = _PLAIN_NAME_AFTER_RE.match(self.text, tok.end())
        if cur:
            last = cur[-1].group(0)
            # "Emmanuel NDONGO MVONDO": a second surname in capitals after the first, a given name opening the run
            if last.isupper() and len(cur) >= 2 and not any(t.group(0).isupper() for t in cur[:-1]):
                return cur[0].group(0) not in _HONORIFICS and after is None
            # the given name before it, and nothing after that would make the pair a company's name
            return not last.isupper() and last not in _HONORIFICS and after is None
        # "Director General of SARIO Martin Kral": after "of" the capitals name the body, and the name follows it
        return (
            after is not None
            and after.group(1) not in _STOP_CAPS
            and not _BODY_BEFORE_RE.search(self.text, max(0, tok.start() - 6), tok.start())
        )

    def _name_runs(self, tokens: list[re.Match]) -> list[tuple[int, int, list[str]]]:
        """Maximal runs of name-like capitalised tokens (particles allowed inside), as (start, end, words)."""
        runs: list[tuple[int, int, list[str]]] = []
        cur: list[re.Match] = []
        nick_end = -1  # where a nickname in quotation marks inside the current run ends

        def flush() -> None:
            # a particle ends no name ("Hans van"), but a family name that looks like one does ("Hanh Le")
            while cur and cur[-1].group(0).lower() in _PARTICLES and cur[-1].group(0) not in _FAMILY_FIRST:
                cur.pop()
            # "Lyonchhen Dr. Sonam Wangdi": a run that ends on an honorific before the name is a string of styles
            if cur and cur[-1].group(0) in _HONORIFICS and _STYLE_BEFORE_NAME_RE.match(self.text, cur[-1].end()):
                cur.clear()
            # "the Minister of Works, Gen Moses Ssali": a rank written without its full stop before a full name set
            # off after the office (a given name only before a lone surname: "Gen Nakatani"; and "Chief of Army
            # Staff Gen X" is read whole with its office)
            if (
                len(cur) >= 3
                and cur[0].group(0) in _RANK_ABBREVIATIONS
                and self.text.endswith(", ", 0, cur[0].start())
            ):
                del cur[0]
            if cur:
                runs.append((cur[0].start(), cur[-1].end(), [t.group(0) for t in cur]))
            cur.clear()

        style_end = -1
        titled_family = {
            m.group(2)
            for m in _TITLED_FAMILY_FIRST_RE.finditer(self.text)
            if m.group(1) in _TITLE_WORDS and m.group(2).split()[1] not in _STOP_CAPS
        }
        for tok in tokens:
            word = tok.group(0)
            # (most words are lower case outside a run: they neither open one nor end one, unless "al-Sabah")
            if not cur and word[0].islower() and not _article_name(word):
                continue
            if tok.start() < style_end:
                continue
            if self.text[tok.start() - 1] == "@":
                # "Productive meeting with PM @DanielWhitcombe": an account's handle in an embedded post, no name
                flush()
                continue
            if word == "H":
                style = _SPACED_STYLE_RE.match(self.text, tok.start())
                if style:
                    flush()
                    style_end = style.end()
                    continue
            if cur:
                at, last_end = tok.start(), cur[-1].end()
                if at < nick_end:
                    continue
                if at - last_end == 2 and self.text[at - 1] in "\"“‘'":
                    # 'Maria "Mimi" Santos': a nickname in marks between given name and surname is no part of it
                    nick = _NICKNAME_RE.match(self.text, last_end)
                    if nick and not cur[-1].group(0).isupper():
                        nick_end = nick.end()
                        continue
                gap = self.text[last_end if last_end > nick_end else nick_end : at]
            else:
                gap = ""
            # "S. Jaishankar", "K.P. Sharma Oli": an initial's dot joins it to the name
            joined = (
                gap == " "
                or (
                    gap == ". "
                    and cur[-1].group(0) not in _HONORIFICS
                    and (
                        bool(_INITIALS_RE.fullmatch(cur[-1].group(0)))
                        or (len(cur) == 1 and cur[0].group(0) in _GIVEN_NAME_ABBREVIATIONS)
                    )
                )
                # "Achieng' Odera": a given name ending in an apostrophe (not a quoted nickname's closing mark)
                or (
                    gap in ("' ", "’ ")
                    and len(cur) == 1
                    and self.text[cur[0].start() - 1 : cur[0].start()] not in ("'", "‘")
                    and word[0].isupper()
                )
            )
            if not joined and cur:
                flush()
            is_name = (
                _article_name(word)
                or (
                    word[0].isupper()
                    and not (len(word) > 1 and word.isupper())
                    and (
                        _bare(word) not in _STOP_CAPS
                        or self._article_ends_name(cur, word, tok.end())
                        or self._month_opens_name(word, tok.end())
                        or self._country_opens_name(word, tok.end())
                    )
                    # ("Clement IX": a regnal number makes a name of a word that looks like a common noun)
                    and not (
                        len(word) > 6
                        and _ABSTRACT_NOUN_RE.search(word)
                        and not _REGNAL_AFTER_RE.match(self.text, tok.end())
                        and not self._noun_shaped_surname(cur, tok.end())
                    )
                    and word not in _HEADLINE_VERBS
                    # an honorific opens no name ("Datuk Seri Azman Rahim") but may stand inside one
                    and (
                        bool(cur)
                        or (word.rstrip("'’") not in _HONORIFICS and not _TAN_SRI_RE.match(self.text, tok.start()))
                    )
                )
                # "K.P. Sharma Oli": initials before a name
                or (
                    bool(_DOTTED_INITIALS_RE.fullmatch(word))
                    and word not in _HONORIFICS  # ("H.E. Nana Asante" is His Excellency)
                    and self.text[tok.end() : tok.end() + 2] == ". "
                    and not compiled(r"\. (?:Sheikh|Sheikha|Prince|Princess|Dr|Mr|Mrs|Ms)\b").match(
                        self.text[tok.end() :]
                    )
                )
                # "Ramon A. Dizon": a middle initial that is also a word ("A", "I") inside a name
                or (
                    bool(cur)
                    and len(word) == 1
                    and word.isupper()
                    and bool(compiled(r"\. [A-ZÀ-ÞĀ-ſ][a-zà-ÿā-ſ]").match(self.text, tok.end()))
                )
                # "Henrik XV": a sovereign's regnal number closes the name
                or (bool(cur) and bool(_REGNAL_RE.fullmatch(word)))
                # "Graham TELFORD", "LY Chanthoeun": a surname set in capitals beside a given name in plain case
                or (len(word) > 1 and word.isupper() and self._caps_surname(word, tok, cur))
                # "Park Ji-hoon": a Korean family name that is also an English word, before a hyphenated given name
                or (word in _FAMILY_FIRST and bool(_GIVEN_NAME_AFTER_RE.match(self.text, tok.end())))
                or (
                    not cur
                    and word in _FAMILY_FIRST
                    and any(
                        self.text.startswith(n, tok.start()) and not self.text[tok.start() + len(n) :][:1].isalnum()
                        for n in titled_family
                    )
                )
                # "President Andrea Solís Montenegro is in Ottawa": a second surname that is also a country's name
                or (
                    len(cur) >= 2
                    # (or a word of one: "Diego Andrade Salvador")
                    and (
                        word in _COUNTRY_BY_FORM
                        or (
                            word[0].isupper()
                            and word in _COUNTRY_WORDS
                            and word not in _NOT_NAME
                            and word not in _STATE_FORM_WORDS
                        )
                    )
                    and not _is_demonym(word)
                    # (or closing the name: "General Secretary Vu Hoang Nam.", "... and Le Quoc Nam, who")
                    and bool(
                        _VERB_AFTER_SURNAME_RE.match(self.text, tok.end())
                        or _NAME_CLOSED_RE.match(self.text, tok.end())
                    )
                )
                # "Prince Sultan bin Salman", "Fahad bin Sultan Al-Harbi": a title word inside a chain of descent
                # is a given name ("Sultan Haitham bin Tarik" keeps its title: a name follows it, not "bin")
                or (
                    word[0].isupper()
                    and _bare(word) in _TITLE_WORDS
                    and (bool(_PATRONYMIC_AFTER_RE.match(self.text, tok.end())) or _after_patronymic(cur))
                )
                # "Foreign Minister Amir Ben-Dor": a ruler's title right after another office opens the name (no
                # minister is also an emir)
                or (
                    not cur
                    and word in _RULER_GIVEN_NAMES
                    and bool(_OFFICE_BEFORE_RULER_RE.search(self.text, max(0, tok.start() - 40), tok.start()))
                    and bool(compiled(r" [A-ZÀ-ÞĀ-ſ][a-zà-ÿā-ſ]").match(self.text, tok.end()))
                )
                # "Khalid Sultan Al Marri": a ruler's title between a given name and a surname is a name too
                or (
                    word in _RULER_GIVEN_NAMES
                    and 0 < len(cur) < 3
                    # (not in a chain of descent: "ibni Al-Marhum Sultan Haji Ismail" is the late Sultan)
                    and not any(compiled(r"(?i:al|el)-|(?:bin|ibn|ibni|bint)$").match(t.group(0)) for t in cur)
                    and not compiled(r"\b(?:bin|ibn|ibni|bint)\s+$").search(
                        self.text, max(0, cur[0].start() - 6), cur[0].start()
                    )
                    and cur[-1].group(0).rstrip(".") not in _HONORIFICS
                    and _bare(cur[-1].group(0)) not in _TITLE_WORDS
                    and bool(_PLAIN_NAME_AFTER_RE.match(self.text, tok.end()))
                    and _bare(_PLAIN_NAME_AFTER_RE.match(self.text, tok.end()).group(1)) not in _STOP_CAPS
                )
            )
            if is_name:
                cur.append(tok)
                if word.endswith(("'s", "’s")):
                    flush()
            elif (
                cur
                and word.lower() in _PARTICLES
                and (
                    word.islower()
                    # "Mohamed Ould Cheikh El Ghazouani": a capitalised particle inside a name
                    or compiled(r" [A-ZÀ-ÞĀ-ſ][\w'’-]").match(self.text[tok.end() : tok.end() + 3])
                )
            ):
                cur.append(tok)
            elif cur:
                flush()
        flush()
        return runs

    def _consider_run(self, start: int, end: int, words: list[str]) -> None:
        text = self.text
        # (a prince's or a sheikh's style opens a name of two words or more: "Hassan Sheikh Mohamud" is one name)
        word_at = [start + len(" ".join(words[:k])) + (k > 0) for k in range(len(words))]
        styled = [
            k
            for k, w in enumerate(words[:-1])
            if k
            and (
                (w.rstrip(".") in _INNER_STYLES and (w not in _PRINCELY_STYLES or len(words) - k > 2))
                # ("Speaker of the Dewan Rakyat Tan Sri X": a Malay style, which no name holds inside)
                or _TAN_SRI_RE.match(text, word_at[k])
            )
        ]
        if styled and text.startswith(" ".join(words[: styled[-1] + 1]) + " ", start):
            # "Minister of Economics Mr Andris Kalnins": the style ends the office and opens the name
            start += len(" ".join(words[: styled[-1] + 1])) + 1
            words = words[styled[-1] + 1 :]
        k = bisect.bisect_left(self.core_starts, start) - 1
        if k >= 0 and start < self.cores[k][1] < end and len(words) > 2:
            # "Speaker of the Diet Ichiro Sato": an office whose last words open the run ends where the name begins
            covered = len(text[start : self.cores[k][1]].split())
            if covered < len(words) - 1 and text.startswith(" ".join(words[:covered]) + " ", start):
                start += len(" ".join(words[:covered])) + 1
                words = words[covered:]
        if len(words) > 2 or (len(words) == 2 and _GLUED_INITIAL_RE.fullmatch(words[1])):
            k = bisect.bisect_left(self.core_starts, start) - 1
            if (
                k >= 0
                and start - self.cores[k][1] <= 80
                and _OF_OBJECT_GAP_RE.fullmatch(text, self.cores[k][1], start)
                and text.startswith(words[0] + " ", start)
            ):
                # "Chairman of the Management Board of Samruk-Kazyna Nurbek Yessimov", "Head of Buryatia Bair X": the
                # body an office is "of" opens the run, and the name is the words after it
                start += len(words[0]) + 1
                words = words[1:]
            elif (
                _bare(words[0]) in self._place_words
                and compiled(r"\bof\s+(?:the\s+)?$").search(text, max(0, start - 8), start)
                and text.startswith(words[0] + " ", start)
            ):
                # "the Head of Buryatia Bair X", where "in Buryatia" elsewhere: a place the article writes as one
                # opens the run after "of", whatever office stands before it, and the name is the words after it
                start += len(words[0]) + 1
                words = words[1:]
        if len(words) > 2:
            k = bisect.bisect_left(self.core_starts, start) - 1
            gap = (
                _OF_OBJECT_ADJECTIVE_GAP_RE.fullmatch(text, self.cores[k][1], start)
                if k >= 0 and start - self.cores[k][1] <= 120
                else None
            )
            if gap is not None and _is_demonym(gap.group("adj")) and text.startswith(words[0] + " ", start):
                # "Chairman of the Federation of Saudi Chambers Hassan bin Ali": the nation's adjective that closes
                # the body's capitals wants a noun, the run's first word
                start += len(words[0]) + 1
                words = words[1:]
        head = next(
            (
                k
                for k in range(len(words) - 3, -1, -1)
                # (not a ruler's title, which is also a given name: "Omar Sultan Al Rami")
                if _CORE_RE.fullmatch(words[k]) and words[k].lower() not in _MONARCH_WORDS
            ),
            None,
        )
        if head is not None and text.startswith(" ".join(words[: head + 1]) + " ", start):
            # "Royal Court Chief Omar Haddad", "Agency Director Jane Roe": an office's head word inside a run of
            # capitals ends the office, and the name is the words after it
            start += len(" ".join(words[: head + 1])) + 1
            words = words[head + 1 :]
        k = bisect.bisect_left(self.core_starts, start) - 1
        if (
            len(words) > 2
            and k >= 0
            and start - self.cores[k][1] <= 120
            and _OPEN_SERIES_GAP_RE.fullmatch(text, self.cores[k][1], start)
            and text.startswith(words[0] + " ", start)
        ):
            # "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Mehdi Lazrak Alaoui": the
            # series' last item ends in the run's first word, however far the office's head word stands
            start += len(words[0]) + 1
            words = words[1:]
        while (
            len(words) > 2 and _bare(words[0]) in _PORTFOLIO_WORDS and _CORE_RE.search(text, max(0, start - 60), start)
        ):
            # "Minister of Trade and Export Promotion Karim Benmoussa": the portfolio's last words before the name
            start += len(words[0]) + 1
            words = words[1:]
        if (
            len(words) > 2
            and words[0] in _CITY_BY_NAME
            and compiled(r"\b(?:in|to)\s+$").search(text[max(0, start - 4) : start])
        ):
            # "Maldivian High Commissioner in Colombo Mohamed Hassan": the post's city ends the title
            start += len(words[0]) + 1
            words = words[1:]
        if all(_bare(w) in _PORTFOLIO_WORDS for w in words) and compiled(r"\b(?:[a-z]+|&)\s+$").search(
            text, max(0, start - 12), start
        ):
            return  # "Minister of Women and Gender Equity", "violence against Women": a field's words, no name
        if (
            all(_bare(w) in _PORTFOLIO_WORDS for w in words)
            and text[max(0, start - 2) : start] == ", "
            and compiled(r"(?:,|\s+(?:and|&)\s)").match(text, end)
        ):
            return  # "Minister of Culture, Arts and Knowledge": a portfolio listed after a comma, no name
        if len(words) == 1 and text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            return  # "(APC-Colombia)": a body's short name in brackets
        if len(words) == 1 and len(words[0]) == 1:
            return  # "On the social network X, the Cuban president wrote ...": a lone letter names no one
        sent = self.sentence_at(start)
        if _BYLINE_RE.fullmatch(text, *self.paras[sent[2]]):
            return  # "From Ifeanyi Okonkwo, Abuja", "By Anna Berg in Oslo": the journalist
        title = None
        former = False  # the office that names the person is one they no longer hold, or hold in opposition
        w_lo = max(sent[0], start - 140)
        window = text[w_lo:start]
        i = bisect.bisect_left(self.core_starts, w_lo)
        j = bisect.bisect_left(self.core_starts, start)
        cores = [(a - w_lo, b - w_lo) for a, b in self.cores[i:j] if b <= start]
        if (
            len(cores) > 1
            and _RANK_RE.fullmatch(window, *cores[-1])
            and compiled(r"\w").search(window[cores[-2][1] : cores[-1][0]])
            and _gap_is_title(window[cores[-2][1] :])
        ):
            # "High Commissioner to the Maldives Major General (Retd.) X": the rank kept in a civilian office
            cores.pop()
        if len(cores) > 1 and window[slice(*cores[-1])].lower() == "ambassador" and not window[cores[-1][1] :].strip():
            envoy = _parse_title(window[slice(*cores[-2])])
            if envoy is not None and envoy.role and _styled_ambassador(window[cores[-2][1] : cores[-1][0]]):
                cores.pop()  # "High Commissioner to Ghana Ambassador X": the envoy's style after the envoy's office
        if (
            len(cores) > 1
            and _owns_the_body(window, cores[-2][1], *cores[-1])
            and _gap_is_title(window[cores[-2][1] :])
        ):
            # "Director of the Prime Minister's Press Office X": an office that owns the body is a word of the
            # longer office before it, not the person's own
            cores.pop()
        if (
            len(cores) > 1
            and _SERVED_OFFICE_GAP_RE.fullmatch(window, cores[-2][1], cores[-1][0])
            and _gap_is_title(window[cores[-2][1] :])
        ):
            # "Head of the Administration of the President of the Kyrgyz Republic X", "Special Envoy of the
            # President X": an office that another office is "of" is whom the person serves, not the person's own
            cores.pop()
        if cores and _gap_is_title(window[cores[-1][1] :]):
            lo = cores[-1][0]
            # "Special Adviser to the President on Media, Mr X", "Chief of Protocol to the President, Mrs X": the
            # adviser's office
            if len(cores) > 1 and compiled(r"(?:\s+(?:of|for|[A-Z][\w-]*))*\s+to\s+(?:the\s+)?").fullmatch(
                window[cores[-2][1] : lo]
            ):
                lo = cores[-2][0]
            pre = _TITLE_PRE_RE.search(window[:lo])
            tail = window[max(0, lo - 80) : lo]
            double = (
                _DOUBLE_OFFICE_RE.search(tail) if compiled(r"\s(?:and|&|[-–—])\s+(?:the\s+)?$").search(tail) else None
            )
            if double:
                double = _DOUBLE_OFFICE_RE.search(window[:lo], max(0, lo - 80))
            if double and _two_crowns(double.group("core"), window[slice(*cores[-1])]):
                double = None  # "the King and Queen X": a couple, the name the consort's alone
            if double:  # "Deputy Prime Minister and Minister of Energy X": a double office joined by "and"
                pre = compiled(r"(?:(?:[A-Z][\w'’.-]*|the|his|her|its)\s+){0,5}$").search(
                    window[: double.start("core")]
                )
                lo = double.start("core")
            pre_at = pre.start() if pre else lo
            if (
                len(cores) > 1
                and pre_at < cores[-2][1] <= lo
                and not _only_titles_between(window, cores[-2][1], lo)
                and not window.startswith(("'s", "’s"), cores[-2][1])
            ):
                # "As Finnish PM Lehtovaara Meets PM Vaidya": the capitals before the office hold another's office
                # and name, so that office's words tell nothing of this one (but an office the other owns does: "the
                # German Minister's State Secretary X")
                pre_at = lo
            det = _LAST_DETERMINER_RE.search(window, pre_at, lo)
            if det is not None and det.start() > pre_at:
                # "at the Palace of Serbia the Minister of ... of Brazil": the title's phrase opens at "the"
                pre_at = det.start()
            title = _parse_title(window[pre_at:])
            if (
                title is not None
                and not title.country
                and self.named_congo
                and _SHARED_CONGO_RE.search(window, pre_at, lo)
            ):
                # "the Congolese minister for Infrastructure, Mr X" in a story on the DRC: the DRC's minister
                title = replace(title, country=self.named_congo)
            described = (
                _DESCRIBED_BEFORE_OFFICE_RE.fullmatch(text, sent[0], w_lo + pre_at)
                if title is not None and not title.country and window.endswith(", ", 0, pre_at)
                else None
            )
            if described is not None:
                title = replace(title, country=_COUNTRY_BY_FORM[described.group("c")])
            lower = _COUNTRY_LOWER_OFFICE_RE.search(window, max(0, lo - 60), lo) if title is not None else None
            if lower is not None and not title.country and pre_at == lo and window[lo].islower():
                title = replace(title, country=_COUNTRY_BY_FORM[lower.group("c")])
            body = _BODY_RUN_RE.search(window, max(0, pre_at - 120), pre_at) if title is not None else None
            if (
                body is not None
                and not title.country
                and _BODY_HEAD_WORD_RE.fullmatch(title.core)
                and _BODY_WORD_RE.search(body.group(0))
            ):
                # "Federation of Nepalese Chambers of Commerce and Industry President X": the body's country
                named = _COUNTRY_RE.search(body.group(0))
                if named is not None:
                    title = replace(title, country=_COUNTRY_BY_FORM[named.group(0)])
            office_gap = window[cores[-1][1] :]
            if (
                title is not None
                and "," in office_gap
                # (not the comma of a series of portfolios: "with Minister of Investment, Industry and Trade X")
                and not compiled(r"\s(?:and|&)\s").search(office_gap, office_gap.rfind(","))
                and _FRONTED_PHRASE_RE.match(text, sent[0], w_lo + lo)
                and compiled(r"\s+[a-z]").match(text[end : end + 40])
            ):
                # "Before his talks with his Kyrgyz counterpart, Mr. X was received ...": the comma closes the
                # opening phrase, whose title is the other person's; X begins the main clause
                title = None
            out_of_office = _OUT_OF_OFFICE_RE.search(window, max(0, lo - 60), lo) if title is not None else None
            # ("the Leader of the Opposition in Parliament, Mr X, questioned ...": the office written in full is held
            # in opposition as "Opposition Leader X" is)
            opposed = title is not None and bool(_OPPOSITION_OFFICE_RE.search(title.label))
            former = out_of_office is not None or opposed
            if (
                former
                and (opposed or out_of_office.group(0).lower().startswith("opposition"))
                and _MEETS_IN_PERSON_RE.search(text, sent[0], sent[1])
            ):
                # "He will meet with Opposition Leader X", "the Opposition Leader, X, called on the Prime Minister":
                # the visitor's meeting makes the opposition's leader one of the visit, an official of the house
                former = False
                title = _Title(OFFICIAL, title.label, title.country, title.core)
            if (
                title is not None
                and title.role in (HEAD_OF_STATE, VICE_PRESIDENT)
                and (
                    _BODY_HEAD_BEFORE_RE.search(window, 0, lo)
                    # "President of the Japan Cooperation Agency (JCA) X": likewise
                    or _BODY_TITLE_GAP_RE.fullmatch(compiled(r"\s\([^()]{1,24}\)").sub(" ", window[cores[-1][1] :]))
                )
            ):
                # "Federation of ... Chambers of Commerce and Industry (FBCCI) President X": a body's head, no state's
                title = _Title(OFFICIAL, title.label, title.country, title.core)
        after = text[end : end + 120].split("\n", 1)[0]  # a paragraph's last name has nothing after it
        appositive = _APPOSITIVE_RE.match(after)
        if appositive and (
            _NEXT_NAME_RE.match(after, appositive.end(1)) or _STYLED_NEXT_RE.match(after, appositive.end())
        ):
            # "Foreign Minister A, Deputy Prime Minister Viktor B, ...": a list, the title is the next person's;
            # "..., Minister of Energy, Mr. Karim B, ...": so is a title the next name's style follows
            appositive = None
        own = _parse_title(appositive.group(0).lstrip(", ")) if appositive else None
        if own is not None and _COUNTED_VISIT_RE.match(appositive.group(0)):
            own = None  # "a visit to Baghdad and Erbil, the first by a Turkish president": a visit's agent, no office
        tail = _PORTFOLIO_TAIL_RE.match(after, appositive.end()) if own is not None and not own.country else None
        if tail is not None:
            # "B, Minister of Investment, Industry and Trade of Uzbekistan": the portfolios go on past the comma
            # to the country
            own = _parse_title(appositive.group(0).lstrip(", ") + tail.group(0)) or own
        if own is not None and (
            (own.role == "counterpart" and not _OWNED_COUNTERPART_RE.match(appositive.group(0)))
            or _JOINT_VERB_RE.match(after, appositive.end(1))
            or _PAIRED_SUBJECT_RE.match(after)
            or _TITLE_THEN_SPEECH_RE.match(after, appositive.end(1))
            or _TITLE_THEN_AUXILIARY_RE.match(after, appositive.end(1))
        ):
            # "Al-Dulaimi, Italian Counterpart Sign ...", "X, Croatian PM discuss ...": a headline's two subjects,
            # not "X, his Italian counterpart"
            own = None
        set_off = own is not None and compiled(r"[,;]").search(window[cores[-1][1] :]) if title else False
        if set_off:  # only a title right after the comma ("Molefhe, President of ..."), not a clause that names one
            core_at = appositive.group(0).lower().find(own.core)
            set_off = all(w[0].isupper() or w == "the" for w in appositive.group(0)[:core_at].strip(", ").split())
            # "..., His Highness the Prime Minister Sheikh Ahmad ...": the next person's title and name
            set_off = set_off and not any(w.rstrip(".") in _HONORIFICS for w in appositive.group(0)[core_at:].split())
        if title is None and own is None:  # "X became the first British foreign secretary to ..."
            predicate = _PREDICATE_TITLE_RE.match(after)
            own = _parse_title(predicate.group("t")) if predicate else None
        if own is not None and appositive and (title is None or set_off):
            office_at = appositive.group(0).lower().find(own.core)
            former = bool(_OUT_OF_OFFICE_RE.search(appositive.group(0), 0, max(office_at, 0)))
            # "the country's ambassador to Washington from 2010 to 2014": an office held in the past
            former = former or bool(_PAST_TENURE_RE.search(appositive.group(0)))
        if title is None or set_off:
            # "Dr. Petrus Amutenya, President of Namibia, His Excellency Dr. Kabo Molefhe, President of Botswana":
            # a title set off by a comma before the name is the previous person's; the one after is this one's
            title = own or title
        # "Antonio Reyes Jr.": the family name stands before a generational suffix, and is what the story calls him by
        surname = words[-2] if len(words) >= 3 and words[-1].rstrip(".") in ("Jr", "Sr") else words[-1]
        # "Mr. KOMATSU Yoshihide": a foreign ministry's style sets the family name in capitals before the given
        # name, and the story then calls him "Minister Komatsu" (a drop capital, "EWAN Strachan has announced",
        # is told apart by the story calling him "Strachan")
        if (
            len(words) == 2
            and len(words[0]) > 1
            and _CAPS_SURNAME_RE.fullmatch(words[0])
            and not words[1].isupper()
            and not _stands_alone(text, end, words[1], "")
            and _stands_alone(text, end, words[0].capitalize(), words[1])
        ):
            surname = words[0]
        key = _key(surname)
        existing = self.entities.get(key)
        # "The Russian delegation included ... and Rosatom CEO Pavel Gromov": a member of the visit, whatever office
        member = bool(_MEMBERSHIP_RE.search(text, sent[0], start))
        # (not a body's name inside another's description: "X, chief executive of Norsk Timber, part of the ...")
        inside = _BODY_BEFORE_RE.search(text, max(0, start - 6), start)
        joined_after = None
        if inside is None:
            joined_after = _JOINED_AFTER_RE.match(text, end) or _PART_OF_AFTER_RE.match(text, end)
        member = (
            member
            or joined_after is not None
            or bool(_GROUP_LED_BY_RE.search(text, max(sent[0], start - 120), start))
            or bool(_LISTED_ATTENDING_RE.match(text, end))
        )
        # "The documents were signed by Anna Kiss and Laziz Kudratov": signers take part (a company's head who signs
        # a deal too, by the company's signing below)
        before_name = text[sent[0] : start]
        signer = "signed" in before_name and bool(compiled(r"\bsigned\b[^.;]{0,60}?\bby\b").search(before_name))
        signs_after = text.find("signed", end, sent[1]) >= 0 or text.find("inked", end, sent[1]) >= 0
        signer = signer or (signs_after and bool(_SIGNS_AFTER_NAME_RE.match(text, end, sent[1])))
        if existing is None:
            acts = _ACTS_AFTER_NAME_RE.match(after) or _SPEECH_BEFORE_NAME_RE.search(
                text[max(sent[0], start - 60) : start]
            )
            if not acts and (set_off := _SET_OFF_RE.match(text, end)):
                # (past a description set off after the name: "X, on the first visit by an Indian defence minister to
                # Armenia, held talks with ...")
                acts = _ACTS_AFTER_NAME_RE.match(text, set_off.end())
            # "Egypt's Sisi met ...", "said Kazakhstan's Tokayev": a surname owned by a country, acting
            owned = _OWNED_NAME_RE.search(text, max(sent[0], start - 40), start)
            if owned is not None and not acts:  # "Egypt's Sisi met Greece's Mitsotakis": the meeting is the act
                acts = compiled(r"\b(?:met|meets|held talks|holds talks|received|hosted|visited|talks with)\b").search(
                    text[sent[0] : sent[1]]
                )
            # ("A.Nurlan, a teacher in Ulgii, told MONTSAME": a parent's initial glued on makes a full name too)
            full = len(words) >= 2 or bool(_GLUED_INITIAL_RE.fullmatch(words[0]))
            evidence = title is not None or (acts and (full or owned is not None))
            evidence = evidence or (full and (member or signer))
            # "Among those at the lunch was X Y, managing director of ...": a full name and a trade set off after it
            # name someone who takes no part, and whom a pronoun after may mean
            # (not a table's cell, where the trade is a signer's: "| Shri X, CEO, Y Mining |")
            evidence = evidence or (
                full
                and title is None
                and "|" not in text[sent[0] : sent[1]]
                and bool(_OUTSIDER_APPOSITIVE_RE.match(after))
            )
            if not evidence and len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 2:
                # a person never titled whom the story quotes by surname: "James Whitcombe became ... Whitcombe said"
                evidence = self._speaks_by_surname(_bare(words[-1]))
            if not evidence and len(words) >= 2 and words[0] in _FAMILY_FIRST:
                # ... or by the family name set first, as Chinese, Korean and Vietnamese names are: "Wu Hanlin, on his
                # first trip abroad as minister, ... Wu said"
                evidence = self._speaks_by_surname(words[0])
            if not evidence or (not full and title is None and owned is None):
                return
            if any(
                w in _NOT_NAME
                and not (i == 0 and w in _FAMILY_FIRST)
                and not (0 < i < len(words) - 1 and len(w) == 1)
                and not (i == len(words) - 1 and i >= 2 and w == "An")
                and not (
                    i < len(words) - 1
                    and (w in _MONTH_GIVEN_NAMES or (w in _MONTH_PARTICLE_NAMES and words[i + 1] in _PARTICLES))
                )
                # "King Osric I": a monarch's first regnal number, not the pronoun
                and not (
                    i == len(words) - 1
                    and i >= 1
                    and w == "I"
                    and _MONARCH_BEFORE_RE.search(text, max(0, start - 10), start)
                )
                for i, w in enumerate(words)
            ):
                return
            if any(w.endswith("-based") or w in self._body_abbreviations for w in words):
                return  # "Perth-based Steppe Metals", "Jornal da USP": a firm by its seat, a body's organ by its name
            if " ".join(words) in _CITY_BY_NAME:
                return  # "Buenos Aires, October 9 - Chancellor X ...": the dateline's city
            if len(words) == 1 and _OUTLET_REPORTS_RE.match(text, end) and text[max(0, start - 2) : start] == ", ":
                return  # "..., Caspiline reports.": the outlet that carries the story closes its sentence
            if len(words) == 1 and not self._lone_surname(start, end, words[0], sent):
                return
            if len(words) > 1 and self._heads_a_body(end, words[-1]):
                return
            listed_after = compiled(r"([A-Z][\w'’-]*)[,;]\s+$").search(text, max(0, start - 40), start)
            if (
                len(words) > 1
                and _PORTFOLIO_GOES_ON_RE.match(text, end)
                and listed_after is not None
                # (after a field's word; after a name, it is the next name of a list: "MPs A B, C D and E F")
                and (listed_after.group(1) in _STOP_CAPS or listed_after.group(1) in _PORTFOLIO_WORDS)
            ):
                return  # "Minister of Fisheries, Inland Waters and Ports, Hon. X": the office's words listed on
            if len(words) == 1 and (
                _bare(words[0]) in _CITY_BY_NAME
                or _PLACE_BEFORE_RE.search(text, max(0, start - 20), start)
                or _PLACE_AFTER_RE.match(text, end)
                or _bare(words[0]) in self._place_words
            ):
                return  # "in Ankara", "at Lüderitz", "the //Karas region": a place, whatever title stands before it
        words = [*words[:-1], _bare(words[-1])]
        ent = self._entity(surname, " ".join(words), first=start)
        # named here for the first time: no one of the surname before, or only a namesake ("Former ambassador Y Alam"
        # after Foreign Minister X Alam)
        first_named = existing is None or (ent is not existing and ent.first == start)
        if len(words) >= 2 and words[0] in _FAMILY_FIRST:
            self.entities.setdefault(_key(words[0]), ent)
        glued = _GLUED_INITIAL_RE.fullmatch(words[-1])
        if glued:  # "Ts.Ganbold", "B.Enkhbold": a patronymic's initial glued to the name, which also stands alone
            self.entities.setdefault(_key(glued.group(1)), ent)
        article = _ARTICLE_NAME_RE.match(words[-1])
        if article:  # "Abdel Fattah al-Sisi" is "Sisi" on second mention
            self.entities.setdefault(_key(words[-1][article.end() - 1 :]), ent)
        if (
            len(words) >= 3
            and words[-2].lower() not in _PARTICLES
            and words[-2][:1].isupper()
            and title is not None
            and not article  # (the word before an "al-" surname is a given name: "Abdel Fattah al-Burhan")
        ):
            # Spanish and Portuguese double surnames: "Mariana Villasenor Ortiz" is "Villasenor" on second mention
            self.entities.setdefault(_key(words[-2]), ent)
        if title is None and existing is None and len(words) == 1:
            owner = _OWNED_NAME_RE.search(text, max(sent[0], start - 40), start)
            if owner is not None:
                ent.country = ent.country or _COUNTRY_BY_FORM[owner.group("c")]
        # (after a titled name, a capitalised phrase set off by a comma is the next one of a list: "Foreign Minister
        # A, Governor-General B's representative and a singsing group", not A's description)
        listed = title is not None and appositive is not None and appositive.group(0).lstrip(", ")[:1].isupper()
        outsider = _OUTSIDER_RE.search(appositive.group(0)) if appositive and not listed else None
        verb = _APPOSITIVE_VERB_RE.search(appositive.group(0)) if outsider else None
        if verb is not None and verb.start() < outsider.start():
            # "in the presence of President X, the director of the agency and the maker's managers signed an
            # executive contract": the words after the sentence's verb describe nobody named before it
            outsider = None
        # "Defence Minister X, who is not part of the delegation, told ...": named as out of the visit
        outsider = outsider or _NOT_OF_THE_VISIT_RE.match(after)
        # "Fishermen's cooperative spokesman X", "Democratic Party foreign affairs spokesperson X": not the state's
        outsider = outsider or _BODY_SPOKESMAN_RE.search(window[-70:])
        # "Arab League Secretary-General X", "the Secretary-General of the United Nations, X": an international
        # body's officer, who takes part for neither side
        outsider = outsider or _INTERNATIONAL_OFFICER_RE.search(window[-90:])
        business = None if outsider or member else _BUSINESS_HEAD_BEFORE_RE.search(window, max(0, len(window) - 120))
        if business is None and not (outsider or member):
            business = _BUSINESS_HEAD_OF_RE.search(window, max(0, len(window) - 160))
            if business is not None and _joint_body(business.group("body")):
                # "the chairman of the Ghana-Türkiye Business Council, X, told the forum": the two countries' joint
                # council holds the visit's business forum; a national chamber only comments on the visit
                business = None
        if (
            business is not None
            # "business leaders led by ... Chamber of Commerce President X": the head of a team of the visit
            and not compiled(r"\b(?:(?:led|headed)\s+by|including|includes|included)\b[^,.;:]{0,40}$").search(
                window, 0, business.start()
            )
            and not _MEETS_IN_PERSON_RE.search(text, sent[0], start)
            and not _COMPANION_AFTER_RE.match(text, end)
            and text.find(business.group("body"), self.body_start, sent[0]) < 0
        ):
            outsider = business
        # "said Kestrel managing director Fiona Gallagher": the description right before the name
        lead = compiled(r"(?:^|[,;:]|\b(?:said|says|added|told|according to))\s*([^,;:]{0,60})$").search(window)
        # (a style before a surname named again is no description: "Professor X said" of a minister titled before)
        untitled = (title is None or title.role == OFFICIAL) and ent.role in ("", OFFICIAL)
        # (a style right after an office, or before the surname of one titled before, is no trade: "Chief Adviser
        # Professor X" is no academic, nor is "Professor X" when the story calls him so again)
        described = lead.group(1) if lead else ""
        if title is not None or (existing is not None and existing.title):
            described = _HONORIFIC_TAIL_RE.sub("", " " + described.rstrip())
        outsider = outsider or (
            untitled and _OUTSIDER_LEAD_RE.search(described) and not _BOARD_CHAIR_BEFORE_RE.search(window)
        )
        # (not the office's own last word: "Leader of the Opposition X" holds a seat of the house)
        own = title is not None and window.rstrip().endswith(title.label)
        outsider = outsider or (untitled and not own and _BYSTANDER_BEFORE_RE.search(window[-40:]))
        outsider = outsider or _BENCH_LEADER_BEFORE_RE.search(window[-70:])
        # "Back home, chairman of the Veterans' League X welcomed the visit", "At home, party leader X said ...": one
        # the sentence places at home while the visit goes on abroad comments on it (a government's spokesperson
        # still speaks for its side)
        outsider = outsider or (
            untitled
            and first_named
            and not member
            and _AT_HOME_LEAD_RE.match(text, sent[0], start)
            and not _SPOKESPERSON_WORD_RE.search(window)
        )
        # "But the opposition X Party urged caution. Its national publicity secretary, Mr Y, said ...", "Back in
        # Wellington, Labour leader Z says ...": a party's officer the story names once it turns to the opposition or
        # to home speaks for the party, not for a side of the visit (a party's general secretary who leads a state
        # is named with it, and a government's spokesperson is no officer of a party)
        outsider = (
            outsider
            or (
                first_named
                and not member
                and title is not None
                and not title.country
                and bool(_PARTY_OFFICE_BEFORE_RE.search(window[-80:]))
                and (
                    bool(_OPPOSITION_TURN_RE.search(text, self.paras[max(sent[2] - 1, 0)][0], start))
                    or bool(_AT_HOME_LEAD_RE.match(text, sent[0], start))
                    # "Conservative Leader X said ...", "Congress general secretary Y said in a post ...": named
                    # first in a sentence that gives no event of the visit, the party's officer only comments on it
                    or (
                        not _STATE_OFFICE_WORD_RE.search(window[-80:])
                        and not _VISIT_EVENT_RE.search(text, sent[0], sent[1])
                    )
                )
            )
        )
        # "said Rajiv Nandakumar, a former High Commissioner": named only by an office out of the government
        outsider = outsider or (former and first_named and ent.rank == 0)
        # "Moore, a former union lawyer, ...": the earlier trade of one the text has named in office is a biography
        past_trade = (
            title is None
            and existing is not None
            and existing.rank >= 3
            and existing.role in _STATE_ROLES
            and _PAST_TRADE_RE.match(after)
        )
        description = appositive.group(0) if appositive else lead.group(1) if lead else ""
        agency = self._state_agency(description) if outsider and not former else None
        if agency is not None:
            # "Kenya Investment Authority chief executive X said ...", "X, CEO of KIA": the head of a state's agency
            # for investment or trade is an official of that state, not a company's executive
            outsider = None
            ent.role = ent.role or OFFICIAL
            country = _COUNTRY_RE.search(agency)
            ent.country = ent.country or (_COUNTRY_BY_FORM[country.group(0)] if country else "")
        company = self._signing_company(description, words[-1]) if outsider and not member else None
        if company is None and not (outsider or member or signer) and title is None:
            # "said X, managing director of Y Agro Parks", where "an agreement between Z and Y Agro Parks": the trade
            # set off after the name is a head's of a company party to a deal
            trade = _OUTSIDER_APPOSITIVE_RE.match(after)
            company = self._signing_company(_CLAUSE_RE.match(after).group(0), words[-1]) if trade else None
        if company is not None:
            # "Sonatrach chief executive X said ...", where "Sonatrach and Eni signed ...": the head of a company that
            # signs one of the visit's deals takes part in it, for the company's country ("Brazilian miner Cerrado")
            member = True
            # (or, with no country told, the city the firm is based in: "Tokyo-based Sora Metals")
            firm = rf"\s+(?:[a-z][\w-]*\s+){{0,2}}{company}\b"
            owned = compiled(rf"(?P<c>{_COUNTRY_RE.pattern})(?:-based)?{firm}").search(
                text, self.body_start
            ) or compiled(rf"\b(?P<city>{_CITY_NAMES})-based{firm}").search(text, self.body_start)
            ent.country = ent.country or (_based_country(owned) if owned else "")
        if (
            (outsider or (title is None and _OUTSIDER_APPOSITIVE_RE.match(after)))
            and not (member and not former)
            and not past_trade
        ):
            ent.outsider = True  # "Marco Ferrandi, chief executive of ...": quoted, but not a participant
            return
        if title is not None and title.country and not ent.country:
            # "The delegation included ... and Peru's Ambassador X": the person's own title names the country
            ent.country = ent.own_country = title.country
        if member or signer:
            ent.member = True
            team = _DELEGATION_RE.search(text, sent[0], start) or _DELEGATION_OF_RE.search(text, sent[0], start)
            ent.country = ent.country or (_COUNTRY_BY_FORM[team.group("c")] if team else "")
            # "Tursunov's delegation also included ...": the leader's side
            owner = compiled(r"\b([A-ZÀ-ÞĀ-ſ][\w-]+)['’]s\s+(?:\w+\s+)?(?:delegation|entourage|team)\b").search(
                text[sent[0] : start]
            )
            lead = self.entities.get(_key(owner.group(1))) if owner else None
            ent.country = ent.country or (lead.country if lead is not None else "")
            if joined_after is not None and not ent.country:
                # "Cattle Council of Australia representative X, who travelled with the business delegation", "X,
                # president of the Philippine Chamber of Commerce, who joined ...": the country of the body described
                told = _COUNTRY_RE.search(joined_after.group("desc"))
                lead_in = _LEAD_IN_RE.search(text, sent[0], start).group(0)
                told = told or next(reversed([*_COUNTRY_RE.finditer(lead_in)]), None)
                ent.country = _COUNTRY_BY_FORM[told.group(0)] if told else ""
            if not ent.country:
                # "X, chief executive of the Vancouver-based miner ...", "a Moscow-based holding, whose owner X was
                # part of the delegation": a member from business is of the country where the firm is based
                based = _BASED_RE.search(after[:100]) or next(
                    reversed([*_BASED_RE.finditer(text, max(sent[0], start - 100), start)]), None
                )
                if based is not None:
                    ent.country = _based_country(based)
            if signer and not ent.country and title is None:
                # "..., and the Director General of Slovenian gas company Geoplin, Mr. X, signed": the country of the
                # firm the signer's own description names, back to the one named before him
                own_lead = _OWN_LEAD_RE.search(window).group(0)
                told = next(reversed([*_COUNTRY_RE.finditer(own_lead)]), None)
                ent.country = _COUNTRY_BY_FORM.get(told.group(0), "") if told else ""
            # "Tursunov arrived with a delegation including ...": the sentence's subject's side (not a leader's: "the
            # President was welcomed ..., accompanied by Prime Minister X" is the host walking beside the guest)
            if not ent.country and ent.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
                joined = _MEMBERSHIP_RE.search(text, sent[0], start)
                if joined and not self._in_retinue(joined.end(), start):
                    joined = None
                # "X met Y, Secretary of State, accompanied by Z": the phrase set after the object's appositive
                # title is the object's (Y's) retinue, not the subject's
                beside = (
                    _OBJECT_ACCOMPANIED_RE.search(text, sent[0], joined.end())
                    if joined and text.startswith("accompanied", joined.start())
                    else None
                )
                near = self.entities.get(_key(beside.group("name").split()[-1])) if beside else None
                if near is not None and near is not ent:
                    # (the object's country may be known only later: the host's fallback then decides)
                    joined = None
                    ent.country = near.country
                for w in compiled(r"[A-ZÀ-ÞĀ-ſ][\w'’-]+").findall(text[sent[0] : joined.start()] if joined else ""):
                    subject = self.entities.get(_key(w))
                    if subject is not None and subject is not ent and subject.country:
                        ent.country = subject.country
                        break
        if title:
            role, rank, label = title.role, 3, _styled_label(title)
            if role == "counterpart":
                role, label = self._counterpart_role(sent[0], start)
                rank = 2
            if title.core == "leader":
                rank, label = 1, ""
            # ("Minister of Investment Jasur Tursunov" where the records hold a President Jasur Tursunov: the story,
            # newer than the records, gives the person's present office, when it names them in full)
            moved = (
                ent.known is not None
                and ent.rank == 4
                and rank == 3
                and role not in ("", ent.role)
                and not former
                and len(words) >= 2
                and " ".join(words) == ent.name
            )
            if role and (rank > ent.rank or moved):
                ent.role, ent.rank, ent.title = role, rank, label
            if title.country and not ent.country:
                ent.country = title.country
            if not ent.country and _ITS_OFFICE_RE.search(window):
                # "Chile's foreign minister, A, and its mining minister, B": "its" is the last owning country
                owners = [*_COUNTRY_OWNS_RE.finditer(text, sent[0], start)]
                if owners:
                    ent.country = _COUNTRY_BY_FORM[owners[-1].group("c")]
            if not ent.country and _THE_COUNTRYS_OFFICE_RE.search(window):
                # "Norway is seeking deals in Kenya's coffee sector, the country's foreign minister, X, said": the
                # country the sentence names first (not a people's adjective: "The Estonian premier arrived in
                # Kenya, where he met the country's president, Y")
                named = (
                    _COUNTRY_BY_FORM[c.group(0)]
                    for c in _COUNTRY_RE.finditer(text, sent[0], start)
                    if _place_country(text, c.start())
                )
                ent.country = next(named, "")
            of = compiled(r"\s+of\s+(?:the\s+)?").match(after)
            postposed = _COUNTRY_RE.match(after, of.end()) if of else None
            if not ent.country and postposed:
                ent.country = _COUNTRY_BY_FORM[postposed.group(0)]
            if not ent.country and role == PARLIAMENT_SPEAKER:
                ent.country = next(
                    (c for w, c in _PARLIAMENT_COUNTRY.items() if w in fold(title.label).lower().split()), ""
                )
            if not ent.country and role:
                before = [
                    c
                    for c in self.countries
                    if sent[0] <= c[0] < start
                    and self._qualifies_people(c)
                    and _only_titles_between(text, c[1], start)
                ]
                if before and role != AMBASSADOR:
                    ent.country = before[-1][2]
            if not ent.country and role:
                # "The Vietnamese delegation, which includes Foreign Minister Le Thi Hoa": the delegation's country
                team = (
                    _DELEGATION_RE.search(text, sent[0], start)
                    or _ACCOMPANYING_RE.search(text, sent[0], start)
                    or _DELEGATION_OF_RE.search(text, sent[0], start)
                )
                if team:
                    ent.country = _COUNTRY_BY_FORM[team.group("c")]
            if not ent.country and role:
                # "In Washington, State Department spokesman X said": an official speaking where their government sits
                where = compiled(r"(?:In|From)\s+(" + _CITY_RE.pattern + r"),").match(text[sent[0] : start])
                # (not the guest's programme there: "In Lima, Prime Minister X will hold talks with ...", nor a
                # headline pairing the guest with the host: "In Tokyo, President X, Japanese Prime Minister agree")
                closed = self.name_end(start)
                if where and not (_VISIT_ACT_AFTER_RE.match(text, closed) or _PAIRED_SUBJECT_RE.match(text, closed)):
                    ent.country = _CITY_BY_NAME.get(where.group(1), "")
        if ent.member and not ent.country and _THE_DELEGATION_RE.search(text, sent[0], start):
            # "... received a delegation from Norway. The delegation also included X": the one named before
            named = [*_DELEGATION_FROM_RE.finditer(text, self.body_start, sent[0])]
            if named:
                ent.country = _COUNTRY_BY_FORM[named[-1].group("c") or named[-1].group("d")]

    def _state_agency(self, description: str) -> str | None:
        """The full name of the state agency a description of an executive names, itself or by its short form
        spelt out elsewhere in the story ("CEO of KIA", where "the Kenya Investment Authority (KIA)")."""
        if _BUSINESS_BODY_RE.search(description) or not _AGENCY_HEAD_RE.search(description):
            return None
        if _STATE_AGENCY_RE.search(description):
            return description
        for short in compiled(r"\b(?:[A-Z]{2,8}|[A-Z][a-z]{2,5})\b").findall(description):
            spelt = compiled(
                rf"((?:[A-Z][\w&-]*\s+(?:(?:of|for|and)\s+)?){{1,6}}[A-Z][\w&-]*)\s+\({re.escape(short)}\)"
            ).search(self.text, self.body_start)
            if (
                spelt is not None
                and _STATE_AGENCY_RE.search(spelt.group(1))
                and not _BUSINESS_BODY_RE.search(spelt.group(1))
            ):
                return spelt.group(1)
        return None

    def _signing_company(self, description: str, name_word: str = "") -> str | None:
        """The word of a company a head's description names, when the company signs something in the article
        ("RDIF CEO" beside "the Russian Direct Investment Fund ... signed, RDIF CEO X told", "Cerrado Chief Executive
        X told reporters after the signing"); not an analyst's firm, nor a business lobby that only comments."""
        if not _COMPANY_HEAD_RE.search(description) or _LOBBY_RE.search(description):
            return None
        for word in compiled(r"\b[A-ZÀ-ÞĀ-ſ][\w&'’-]{2,}").findall(description):
            word = _bare(word)
            if word in _STOP_CAPS or _CORE_RE.fullmatch(word) or _OUTSIDER_LEAD_RE.fullmatch(word):
                continue
            name = re.escape(word)
            signs = r"\bsign(?:ed|s|ing)\b"
            if compiled(rf"\b{name}\b[^.!?\n]{{0,200}}?{signs}|{signs}[^.!?\n]{{0,200}}?\b{name}\b").search(self.text):
                return name
            # (not a company's own words taken for a name: "managing director of Y Agro Parks" read as "Agro Parks")
            if any(
                compiled(rf"\b{name}\b").search(parties) and name_word not in parties for parties in self._deal_parties
            ):
                return name
        return None

    @functools.cached_property
    def _deal_parties(self) -> tuple[str, ...]:
        """The parties of each deal the story names by them: "an agreement between A and B" gives "A and B"."""
        if "between" not in self.text:
            return ()
        return tuple(m.group("parties") for m in _DEAL_BETWEEN_RE.finditer(self.text, self.body_start))

    def _noun_shaped_surname(self, cur: list[re.Match], end: int) -> bool:
        """Whether a word shaped like an abstract noun closes a name of three words or more ("Ambassador Rizal Hakim
        Nasution said"): a name ends there (or a list goes on), and no article or preposition opens the run, as one
        opens an institution named after a person ("the Getulio Vargas Foundation")."""
        return (
            len(cur) >= 2
            and (_NAME_CLOSED_RE.match(self.text, end) is not None or self.text.startswith(" and ", end))
            and not _BODY_BEFORE_RE.search(self.text, max(0, cur[0].start() - 6), cur[0].start())
            and not any(_bare(t.group(0)) in _STOP_CAPS for t in cur)
        )

    def _article_ends_name(self, cur: list[re.Match], word: str, end: int) -> bool:
        """Whether "An" closes a name of three words or more ("Tran Thi Minh An, said"): a Vietnamese given name,
        never an article there, since an article after a name is followed by its noun."""
        return word == "An" and len(cur) >= 2 and _NAME_CLOSED_RE.match(self.text, end) is not None

    def _heads_a_body(self, end: int, last: str) -> bool:
        """Whether the capitalised words after a run are a body's or a place's nouns, which make the run the first
        words of its name ("the Lakeland Tractor Works", "King X International Airport"), not a person's."""
        follow = _FOLLOWING_CAPS_RE.match(self.text, end) if not last.endswith(("'s", "’s")) else None
        for w in follow.group(0).split() if follow else ():
            if w in _HEADLINE_VERBS or w in _NAME_NEIGHBOURS:
                return False
            if w in _STOP_CAPS:
                return True
        return False

    def _country_opens_name(self, word: str, end: int) -> bool:
        """Whether "Sri" opens a name ("Sri Mulyani Rahardjo"): a word that opens a country's longer name only,
        before a capitalised name word that is not the rest of the country's ("Sri Lanka", "Costa Rican")."""
        if word not in _COUNTRY_OPENER_NAMES:
            return False
        nxt = _PLAIN_NAME_AFTER_RE.match(self.text, end)
        return (
            nxt is not None
            and _bare(nxt.group(1)) not in _STOP_CAPS
            and f"{word} {nxt.group(1)}" not in _COUNTRY_OPENINGS
        )

    def _month_opens_name(self, word: str, end: int) -> bool:
        """Whether "Jan" opens a name ("Jan Horak"): a month's short form that is also a given name, followed by a
        capitalised word that is no month, weekday or other common word (a date has a number beside it), or a month
        that is also a given name before a surname's particle."""
        if word in _MONTH_PARTICLE_NAMES and _PARTICLE_SURNAME_RE.match(self.text, end):
            # "Jan de Wit", "April van der Berg" (a date has its day before it: "on 15 May de Wit arrived")
            return not compiled(r"\d\s*$").search(self.text, max(0, end - len(word) - 4), end - len(word))
        if word not in _MONTH_GIVEN_NAMES:
            return False
        nxt = compiled(r" ([A-ZÀ-ÞĀ-ſ][a-zà-ÿā-ſ][\w'’-]*)").match(self.text, end)
        return nxt is not None and _bare(nxt.group(1)) not in _STOP_CAPS

    def _lone_surname(self, start: int, end: int, word: str, sent: tuple[int, int, int]) -> bool:
        """Whether one capitalised word can be a surname standing alone at all. A surname alone follows the head
        word of an office or a style ("Prime Minister X", "Sheikh X"), a country ("Brazil's X"), or a comma after
        the office ("the Prime Minister of Japan, X, said"). A word after another word of an office's or a body's
        name ("the Office Media Cell", "Investment Promotion", "the Presidential Court", "Fisheries and
        Aquaculture"), before a word of one ("King X Grand Mosque", "the National People's Congress"), listed on
        after a comma ("Youth, Gender, Arts and Sport") or cut short by a dot ("Gen. X") is not."""
        text = self.text
        if word.removesuffix("'s").removesuffix("’s") in _HONORIFICS:
            return False  # "Chief of His Majesty's Household"
        if _GLUED_INITIAL_RE.fullmatch(word):
            return True  # "Speaker of the Great Hural B.Ganbat": a name's own shape
        if text.startswith(".", end) and sent[1] > end + 1:
            return False  # the dot of an abbreviation that does not end the sentence
        if self._heads_a_body(end, word):
            return False
        if _OFFICE_NOUN_AFTER_RE.match(text, end):
            return False  # "Mongolian premier, Buryatia head agree ...": the place or body an office is of
        if word in _STATE_FORM_WORDS and _FOLLOWING_CAPS_RE.match(text, end):
            return False  # "the Democratic Socialist Republic of Sri Lanka": a word of a state's long name
        prev = _PREVIOUS_WORD_RE.search(text, max(sent[0], start - 60), start)
        if prev is None:
            return True
        before, gap = prev.group(1), prev.group(2)
        if gap.strip() in (",", ";"):
            return not _LISTED_ON_RE.match(text, end)
        if gap != " " or prev.end(1) in self.core_ends or before.rstrip(".") in _HONORIFICS or before in _HONORIFICS:
            return True
        owner = before.removesuffix("'s").removesuffix("’s")
        if owner != before:
            return owner in _COUNTRY_WORDS
        if before in ("and", "&"):
            prior = _PREVIOUS_WORD_RE.search(text, max(sent[0], prev.start() - 40), prev.start())
            return not (prior and prior.group(2) == " " and _bare(prior.group(1)) in _STOP_CAPS)
        if before in _COUNTRY_WORDS:
            # (not a body's plural noun before its field: "the Federation of Nepalese Chambers of Commerce")
            return not compiled(r" of (?:the )?[A-Z]").match(text, end)
        return not before[:1].isupper()

    def _speaks_by_surname(self, surname: str) -> bool:
        """Whether a surname alone is the subject of a speech verb somewhere in the article, or its inverted subject
        ("Whitcombe insisted", "said Whitcombe")."""
        return surname in self._speaking_words

    @functools.cached_property
    def named_congo(self) -> str:
        """The one Congo the story names by its full name, or "" when it names both or neither."""
        congos = {c for _, _, c in self.countries if c in ("CD", "CG")}
        return congos.pop() if len(congos) == 1 else ""

    @functools.cached_property
    def _speaking_words(self) -> frozenset[str]:
        """Capitalised words that stand alone as the subject of a speech verb, before or after it."""
        return frozenset(m.group("a") or m.group("b") for m in _SPEAKING_WORD_RE.finditer(self.text, self.body_start))

    def _listed_countries(self) -> None:
        """Officials listed after a person of a known country, each with a title alone, are of that country:
        "Azerbaijan's Foreign Minister Jeyhun Aslanov, Economy Minister Vugar Mammadli", "Vietnamese Minister of
        Foreign Affairs Pham Minh Duc and Minister of Industry and Trade Nguyen Hoang Long". Two heads of state or
        government are never of one country."""
        prev: tuple[int, int, _Entity] | None = None
        # (the "and" closing "A, Minister B and Minister C" after a comma gave B A's country: the list is one side's)
        listed = False
        for m in self.mentions:
            start, _, ent = m
            if prev is not None and prev[2] is ent:
                prev = m  # ("Amani Said" and "Amani Said Mrema" at one place: one member, which ends the later)
                continue
            joined = False
            if prev is not None and prev[2].country and not ent.country and ent.role:
                same_sentence = self.sentence_at(prev[0])[0] == self.sentence_at(start)[0]
                top = ent.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT) and ent.role == prev[2].role
                gap = _LIST_GAP_RE.fullmatch(self.text, prev[1], start)
                if (
                    same_sentence
                    and not top
                    and gap
                    and (
                        not compiled(r",?\s+and\b").match(gap.group(0))
                        or listed
                        or (
                            self._list_of_one_side(prev[0], prev[2].country)
                            # ("visiting Turkish President A and Prime Minister B co-chaired the council": a
                            # president and a prime minister acting together are the two sides)
                            and not (
                                ent.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
                                and prev[2].role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
                                and _PAIRING_ACT_RE.match(self.text, self.name_end(start))
                            )
                        )
                        or self._two_portfolios(prev[0], prev[2], m)
                    )
                ):
                    ent.country = prev[2].country
                    joined = gap.group(0)[:1] == ","
            listed = joined
            prev = m

    def _list_closed_by_country(self) -> None:
        """A list of three or more officials, each by title alone, whose last member is named with a country
        ("Minister of Trade Mr. A, Secretary to the President Mr. B and Chile's Ambassador to Peru Mr. C were also
        present") is one delegation: the country the list closes on is the others' too."""
        chain: list[tuple[int, int, _Entity]] = []
        for m in [*self.mentions, None]:
            if m is not None and chain:
                prev = chain[-1]
                if m[0] < prev[1]:
                    # ("Nihal Perera" and "Nihal Senarath Perera" at one place: the longer; and the longer too when a
                    # given name shared with the member before opens the next member's "Nihal Fonseka")
                    if m[1] > prev[1]:
                        chain[-1] = m
                    continue
                if m[2] is prev[2]:
                    continue
                linked = self.sentence_at(prev[0])[0] == self.sentence_at(m[0])[0] and _TITLED_LIST_GAP_RE.fullmatch(
                    self.text, prev[1], m[0]
                )
                if linked:
                    chain.append(m)
                    continue
            if len(chain) >= 3:
                last = chain[-1][2]
                rest = [e for _, _, e in chain[:-1]]
                if (
                    last.country
                    and not last.outsider
                    and len({id(e) for e in rest}) == len(rest)
                    and all(
                        not e.country and e.role and e.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT) for e in rest
                    )
                    # (a member whose field a minister of that country already holds is that minister's counterpart:
                    # "the Minister of Trade A, ... and Ruritania's Ambassador to Oz C" attend as two sides)
                    and not any(self._field_held(e, last.country, chain) for e in rest)
                ):
                    for e in rest:
                        e.country = last.country
            chain = [m] if m is not None else []

    def _field_held(self, ent: _Entity, code: str, chain: list[tuple[int, int, _Entity]]) -> bool:
        """Whether a minister of the country named outside the list already holds the minister's field."""
        own = _portfolio(ent.title) if ent.role == MINISTER else set()
        listed = {id(e) for _, _, e in chain}
        return bool(own) and any(
            id(e) not in listed and e.country == code and e.role == MINISTER and own & _portfolio(e.title)
            for e in self.unique()
        )

    def _side_countries(self) -> None:
        """People named after "on the Saudi side", "from the Japanese side", "for the Kenyan side" in their sentence
        are of that side: "signed on the Saudi side by A, Minister of Energy, and on the Japanese side by B"."""
        text = self.text
        found = [
            (m.end(), m.group("c"))
            # (each pattern read only where the word it needs is: "side", "behalf" or "signed for")
            for rx in (_SIDE_PHRASE_RE, _BEHALF_RE)
            if ("side" in text if rx is _SIDE_PHRASE_RE else "behalf" in text or "signed for" in text)
            for m in rx.finditer(text, self.body_start)
            # (the side as an object names nobody after it: "asked the Qatari side to ensure ..., his adviser X said";
            # nor does one inside the quoted words: ""... a clear commitment from the Malaysian side," Foreign
            # Secretary X told reporters" is the speaker's own side talking of the other)
            if not self._in_marks(m.start())
            and not (
                text.startswith("the", m.start())
                and m.group(0).endswith("side")
                and _SIDE_OBJECT_RE.match(text, m.end())
            )
            and not (
                text.startswith(("the", "The"), m.start())
                and m.group(0).endswith("side")
                and _SIDE_ACTS_RE.match(text, m.end())
                and not compiled(r"\b(?:[Oo]n|[Ff]rom|[Ff]or)\s+$").search(text, max(0, m.start() - 6), m.start())
            )
        ]
        if "counterpart" in text or "host" in text or "guest" in text:
            found += [
                (m.end(), m.group("c"))
                for m in _DEMONYM_COUNTERPART_RE.finditer(text, self.body_start)
                if not _FRONTED_OBJECT_END_RE.search(text, max(0, m.start() - 6), m.start())
                or _WELCOMED_BY_END_RE.search(text, max(0, m.start() - 40), m.start())
                # (the object of a clause the sentence does not open with: "X, who co-chaired the commission with her
                # Namibian counterpart, Minister Y, said ...": the name set off after it is the counterpart)
                or not _FRONTED_PHRASE_RE.match(text, self.sentence_at(m.start())[0], m.start())
            ]
        for m in _REPRESENTED_RE.finditer(text, self.body_start):
            state = _STATE_BEFORE_RE.search(text, max(self.body_start, m.start() - 40), m.start())
            if state:
                found.append((m.end(), state.group("c")))
        self._side_headed_lists()
        self._signed_for_sides()
        sides = sorted((end, _COUNTRY_BY_FORM[c]) for end, c in found if c in _COUNTRY_BY_FORM)
        if not sides:
            return
        ends = [e for e, _ in sides]
        for start, _, ent in self.mentions:
            i = bisect.bisect_right(ends, start) - 1
            s_lo = self.sentence_at(start)[0]
            if ent.country or i < 0 or ends[i] < s_lo:
                continue
            # ("A and his Kazakh counterpart, B, agreed ..., A's office said": one named before the side in its
            # sentence is the other side, whose counterpart that is)
            if any(s_lo <= p < ends[i] for p in ent.positions):
                continue
            # ("signed on behalf of A, while B and C signed for D": a contrast opens the other side's clause)
            if _CONTRAST_RE.search(self.text, ends[i], start):
                continue
            # ("A signed on behalf of Finland and B on behalf of Kenya": the side named right after the name is his)
            own = _BEHALF_AFTER_NAME_RE.match(text, self.name_end(start))
            ent.country = _COUNTRY_BY_FORM.get(own.group("c"), "") if own else sides[i][1]

    def _signed_for_sides(self) -> None:
        """The signers named before "signed for Japan" or "signed on behalf of Japan", back to the start of their
        clause ("A signed for Fiji, while B and C signed for Japan"), are of that side."""
        if "signed" not in self.text:
            return
        for m in _SIGNED_FOR_RE.finditer(self.text, self.body_start):
            code = _COUNTRY_BY_FORM.get(m.group("c"), "")
            s_lo = self.sentence_at(m.start())[0]
            contrasts = [*_CONTRAST_RE.finditer(self.text, s_lo, m.start())]
            lo = contrasts[-1].end() if contrasts else s_lo
            i = bisect.bisect_left(self.mention_starts, lo)
            while code and i < len(self.mentions) and self.mentions[i][0] < m.start():
                ent = self.mentions[i][2]
                if not ent.country and not ent.outsider:
                    ent.country = code
                i += 1

    def _side_headed_lists(self) -> None:
        """A pool report's attendance lists, each under its side's heading ("US side:", "Polish delegation:") and
        one person a line: the people listed are of that side."""
        if "side" not in self.text and "delegation" not in self.text:
            return
        for k, (a, b) in enumerate(self.paras):
            head = _SIDE_HEADING_RE.fullmatch(self.text, a, b) if self.text[a:b].rstrip().endswith(":") else None
            side = (head.group("c") or head.group("c2")) if head else ""
            code = {"US": "US", "UK": "GB"}.get(side) or _COUNTRY_BY_FORM.get(side, "")
            if not code:
                continue
            for lo, hi in self.paras[k + 1 :]:
                if not _BULLET_RE.match(self.text, lo):
                    break
                i = bisect.bisect_left(self.mention_starts, lo)
                while i < len(self.mentions) and self.mentions[i][0] < hi:
                    ent = self.mentions[i][2]
                    if not ent.country and not ent.outsider:
                        ent.country = code
                    i += 1

    def _two_portfolios(self, pos: int, first: _Entity, mention: tuple[int, int, _Entity]) -> bool:
        """Whether two ministers joined by "and" hold two different fields under one country named just before the
        first: "Senegal's Foreign Minister A and Economy Minister B accompanied ..." are one side, where "President
        A and Prime Minister B", "Foreign Minister A and Foreign Minister B" or two who then sign or meet ("... A and
        Tourism Minister B signed") may pair the two sides."""
        second = mention[2]
        if {first.role, second.role} & {HEAD_OF_STATE, HEAD_OF_GOVERNMENT} or _PAIRING_ACT_RE.match(
            self.text, self.name_end(mention[0])
        ):
            return False
        own, other = _portfolio(first.title), _portfolio(second.title)
        if not own or not other or own & other:
            return False
        s_lo = self.sentence_at(pos)[0]
        for _, b, c in self.countries:
            if c == first.country and max(s_lo, pos - 80) <= b <= pos:
                # ("Brazil's Minister of Foreign Affairs, Mr A, and ...": the office set off by commas is still his)
                gap = compiled(r"[,.]").sub(" ", self.text[b:pos])
                if _only_titles_between(gap, 0, len(gap)):
                    return True
        return False

    def _list_of_one_side(self, pos: int, code: str) -> bool:
        """Whether a name is listed under its country ("as well as Vietnamese Minister ... X and ...", "on the Uzbek
        side by ... X and ...") inside a sentence that began before the list: "A and Minister B" alone may pair the
        two sides ("Indonesian President Haryanto and Prime Minister Doyle have agreed")."""
        s_lo = self.sentence_at(pos)[0]
        for a, _, c in self.countries:
            if c == code and max(s_lo, pos - 80) <= a < pos:
                before = self.text[s_lo:a]
                if compiled(r"\b(?!the\b)[a-z]{2,}\b").search(before):
                    return True
        return False

    def name_end(self, pos: int) -> int:
        """Where the name mentioned at `pos` ends: its first word and any capitalised words after it."""
        m = compiled(r"[\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]*)*").match(self.text[pos:])
        return pos + (m.end() if m else 0)

    def _described_countries(self) -> None:
        """The country of a person the article also describes by nationality and office alone: in a story naming
        one prime minister, "the Canadian prime minister" is Canadian."""
        found = [(m.start(), _parse_title(m.group(0))) for m in _DESCRIPTION_RE.finditer(self.text, self.body_start)]
        # ("Australia's prime minister": the country mentions already found own the office)
        found += [
            (a, _parse_title(self.text[a : owned.end()]))
            for a, b, _ in self.countries
            if a >= self.body_start and (owned := _OWNED_HEAD_RE.match(self.text, b))
        ]
        found = [(a, t) for a, t in found if t is not None and t.country and t.role not in ("counterpart", OFFICIAL)]
        titles = [t for _, t in found]
        described: dict[tuple[str, bool], set[str]] = {}
        for title in titles:
            described.setdefault((title.role, title.core == "leader"), set()).add(title.country)
        for at, title in found:
            if len(described[title.role, title.core == "leader"]) > 1:
                # "the greetings of the Prime Minister of Nepal to the Bangladesh premier": offices of both sides
                continue
            fits = [
                e
                for e in self.unique()
                if e.positions
                and not e.outsider
                and (
                    e.role == title.role
                    # (a deputy leading a delegation is "the Chilean leader" too)
                    or title.core == "leader"
                    and e.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, DEPUTY_HEAD_OF_GOVERNMENT, VICE_PRESIDENT)
                    or _second_office(e, title)
                )
            ]
            unnamed = all(p > at for e in fits for p in e.positions)
            if not unnamed and self.text[at] in "Aa":
                continue  # (named before, "the first visit by a Chinese premier since 2015" is of any premier)
            if len(fits) > 1 and not any(e.country for e in fits) and unnamed:
                # "a serving Japanese prime minister ... Prime Minister X touched down, hosted by Prime Minister Y":
                # of several holders of the office, the story names the one it described by country first, in the
                # paragraph after the description at the latest
                first = min((min(e.positions), id(e), e) for e in fits)
                para = self.sentence_at(at)[2]
                fits = [first[2]] if self.sentence_at(first[0])[2] <= para + 1 else fits
            if len(fits) == 1 and not fits[0].country and not self._meets_described(fits[0], at):
                fits[0].country = title.country

    def _self_described(self) -> None:
        """The country of one whose own clause describes them by a country's office ("X, on the first visit by an
        Indian defence minister to Armenia, held talks", "X is the first Japanese foreign minister to travel there"):
        the longest run of the description's words that reads as a title with a country."""
        for ent in self.unique():
            if ent.country or ent.outsider:
                continue
            for pos in ent.positions:
                m = _SELF_DESCRIBED_RE.match(self.text, self.name_end(pos))
                if m is None:
                    continue
                words = m.group("d").split()
                # (the description itself, opening on its country or its office: not "is to meet the Azerbaijani
                # foreign minister", the one met)
                if not (_COUNTRY_RE.match(words[0]) or _bare(words[0][:1].upper() + words[0][1:]) in _TITLE_WORDS):
                    continue
                title = next(
                    (t for n in range(len(words), 1, -1) if (t := _parse_title(" ".join(words[:n]))) and t.country),
                    None,
                )
                if title is not None and title.role not in ("counterpart",):
                    ent.country = title.country
                    ent.role = ent.role or title.role
                    break

    def _meets_described(self, ent: _Entity, at: int) -> bool:
        """Whether the person is the subject who meets the one described ("X met the visiting Foreign Minister of
        Liberia"): the description is then of the other side, not of X."""
        s_lo = self.sentence_at(at)[0]
        return any(s_lo <= p < at and _MET_RE.search(self.text, self.name_end(p), at) for p in ent.positions)

    def _bare_office_holder(self) -> None:
        """ "The Taoiseach said ... Conor Madigan met ...": an office only one state has, used without a name, is
        held by the one person of the story the text never titles, when nobody else holds it."""
        for m in compiled(r"\b[Tt]he\s+(" + "|".join(_OFFICE_COUNTRY) + r"|t[aá]naiste)\b", re.I).finditer(self.text):
            title = _parse_title(m.group(1).lower())
            if title is None or any(e.role == title.role and e.country == title.country for e in self.unique()):
                continue
            untitled = [e for e in self.unique() if e.positions and not e.role and not e.country and not e.outsider]
            # (who takes part in the visit: "Madigan met ...", not "said Tenzin Dolma, who came for the protest")
            acting = [
                e for e in untitled if any(_PARTICIPANT_ACT_RE.match(self.text, self.name_end(p)) for p in e.positions)
            ]
            holder = untitled[0] if len(untitled) == 1 and acting else None
            if holder is None and len(acting) <= 1:
                # "The Taoiseach has told the Dáil ... ¶ ..., Declan Moriarty said": a lead that gives the office
                # names its holder in the next paragraph as one who speaks, before any other untitled speaker
                office_para = self.sentence_at(m.start())[2]
                named = sorted(
                    (min(p for p in e.positions if p > m.start()), id(e), e)
                    for e in untitled
                    if max(e.positions) > m.start() and self._speaks_by_surname(_bare(e.name.split()[-1]))
                )
                if named and self.sentence_at(named[0][0])[2] <= office_para + 1:
                    holder = named[0][2] if not acting or acting[0] is named[0][2] else None
            if holder is not None:
                holder.role, holder.country, holder.title = title.role, title.country, title.label
            return

    def _briefing_spokesperson(self) -> None:
        """ "Foreign Ministry Spokesperson X's Regular Press Conference on ...": a spokesperson at their routine
        briefing announces and comments on a visit they take no part in; their words are nobody's of the visit."""
        if not self.paras:
            return
        head = _BRIEFING_HEAD_RE.search(self.text, *self.paras[0])
        if head is None:
            head = self._briefing_byline()
        if head is None:
            return
        for word in head.group("who").split():
            ent = self.entities.get(_key(_bare(word)))
            if ent is not None and not ent.member:
                ent.outsider = True

    def _briefing_byline(self) -> re.Match | None:
        """The spokesperson or press secretary a briefing's heading names as the one who gives it: "Press Conference
        by Press Secretary X", "Department Press Briefing" over "Remarks by Spokesperson X" or "X, Spokesperson". The
        office's own briefing on a visit is the office's account, whoever else it names (a joint press conference is
        the leaders' own)."""
        a, b = self.paras[0]
        if not _BRIEFING_TITLE_RE.fullmatch(self.text, a, b):
            return None
        # (the heading's lines run until the first that opens a turn or tells in sentences)
        for a, b in self.paras[:3]:
            m = _BRIEFER_RE.search(self.text, a, b) or _BRIEFER_FIRST_RE.match(self.text, a, b)
            if m is not None:
                return m
            if _LABEL_HEAD_RE.match(self.text, a, b) or compiled(r"[^\n]*[a-z][.!?](?:\s|$)").match(self.text, a, b):
                return None
        return None

    def _described_head(self) -> None:
        """ "Madan Kulkarni was treated to all of it ... the Indian prime minister said": a leader the story never
        titles beside his name, whose office only a description gives ("the first British prime minister in seven
        years", "reserved for Indian prime ministers", "the prime minister"), holds it when he is the one full name
        of the story with no office that speaks or acts and nobody else holds that office."""
        untitled = [
            e
            for e in self.unique()
            if e.positions
            and not e.role
            and not e.country
            and not e.outsider
            and e.known is None
            and len(e.name.split()) >= 2
            and (
                self._speaks_by_surname(_bare(e.name.split()[-1]))
                or any(_PARTICIPANT_ACT_RE.match(self.text, self.name_end(p)) for p in e.positions)
            )
        ]
        if len(untitled) != 1:
            return
        if len(self.paras) > 1 and untitled[0].positions[0] == self.paras[1][0]:
            # "Head of State holds meeting on ... ¶ Aidos-Bolat X held a meeting at the Akorda ...": a presidency's
            # headline gives by office the one its lead then opens with, whatever foreign leader it names after
            headline = _HEADLINE_OFFICE_RE.match(self.text, self.paras[0][0], self.paras[0][1])
            title = _parse_title(headline.group("t")) if headline else None
            if title is not None and self.text[self.paras[0][1] - 1] != ".":
                ent = untitled[0]
                ent.role, ent.rank, ent.title = title.role, 1, title.label
                return
        for m in _HEAD_DESCRIPTION_RE.finditer(self.text, self.body_start):
            title = _parse_title(m.group("t") or m.group("p"))
            if title is None or title.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
                continue
            if _OBJECT_OF_RE.search(self.text, max(0, m.start() - 12), m.start()):
                continue  # "a letter from the Hungarian prime minister", "talks with the Prime Minister": another
            if any(
                e.role == title.role and (not title.country or e.country in ("", title.country)) for e in self.unique()
            ):
                continue
            ent = untitled[0]
            ent.role, ent.rank, ent.title = title.role, 1, title.label
            ent.country = title.country
            return

    def _owned_office_holder(self) -> None:
        """ "..., Hungary's foreign minister said. ... Gergely Bakonyi said ...": an office told with its country and
        no name is held by the one person of the story the text never titles, when nobody else holds it."""
        for m in _OWNED_OFFICE_RE.finditer(self.text, self.body_start):
            country = _OWNING_COUNTRY_RE.search(self.text, max(0, m.start() - 40), m.start())
            if country is None:
                continue
            title = _parse_title(self.text[country.start() : m.end()])
            if (
                title is None
                or not title.country
                or any(e.role == title.role and e.country == title.country for e in self.unique())
            ):
                continue
            untitled = [e for e in self.unique() if e.positions and not e.role and not e.country and not e.outsider]
            if not m.group("speaks"):
                # "ANKARA (AP) — Egypt's foreign minister held talks ... ¶ Hisham Abdel-Rahman met with ...": the
                # office that opens the lead is held by the untitled full name that opens the story's next sentence
                s_lo, s_hi, _ = self.sentence_at(m.start())
                if not _LEAD_OPENING_RE.fullmatch(self.text, s_lo, country.start()):
                    continue
                after = _BLANK_RE.match(self.text, s_hi).end()
                i = bisect.bisect_left(self.mention_starts, after)
                if i < len(self.mentions) and self.mentions[i][0] == after:
                    ent = self.mentions[i][2]
                    if ent in untitled and len(ent.name.split()) >= 2:
                        ent.role, ent.country, ent.title = title.role, title.country, title.label
                return
            # (who takes part in the visit, not a trader the story also quotes)
            if (
                len(untitled) == 1
                and untitled[0].positions[0] > m.start()
                and any(_PARTICIPANT_ACT_RE.match(self.text, self.name_end(p)) for p in untitled[0].positions)
            ):
                untitled[0].role, untitled[0].country, untitled[0].title = title.role, title.country, title.label
            return

    def _owner_countries(self) -> None:
        """Officials without a country who speak for a person of the article take that person's side."""
        for ent in self.unique():
            for pos in ent.positions if not ent.country and ent.role else ():
                # "Nowak's spokesman Piotr Zielinski", "Nowak's spokesperson, Piotr Zielinski": on the side of the
                # person whose office they speak for
                owner = compiled(r"([A-ZÀ-ÞĀ-ſ][\w-]+)['’]s\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+,\s+)?$").search(
                    self.text[max(0, pos - 60) : pos]
                )
                boss = self.entities.get(_key(owner.group(1))) if owner else None
                if boss is not None and boss is not ent and boss.country:
                    ent.country = boss.country
                    break

    def _titled_labels(self) -> None:
        """Speakers a transcript names only in its labels, title first: "PRESS SECRETARY LIZA MANALO-DE GUZMAN:"."""
        for a, b in self.paras:
            seat = _SEAT_OFFICE_LABEL_RE.match(self.text, a, b)
            if seat:
                # "Mr HALLORAN (Reid—Prime Minister) (14:11):": a parliament's record gives a member's surname in
                # capitals, his seat and, for a minister, his office after the dash
                title = _parse_title(seat.group("office").strip())
                if title is not None and title.role not in ("", "counterpart"):
                    surname = " ".join(w.title() for w in seat.group("name").split())
                    ent = self._entity(surname.split()[-1], surname, first=a)
                    if ent.rank < 3:
                        ent.role, ent.rank, ent.title = title.role, 3, title.label
                    ent.country = ent.country or title.country
                continue
            side = _SIDE_LABEL_RE.match(self.text, a, b)
            if side and _COUNTRY_RE.fullmatch(side.group("side").strip()):
                # "President Nurlan Abenov (Kazakhstan):", "Mr Ferreira (Portugal):": a speaker and their side
                words = [w for w in side.group("label").split() if w.rstrip(".") not in _HONORIFICS]
                name = [w for w in words if _bare(w) not in _TITLE_WORDS]
                if name and all(w[:1].isupper() and _bare(w) not in _STOP_CAPS for w in name):
                    ent = self._entity(name[-1], " ".join(name), first=a)
                    title = _parse_title(" ".join(words[: len(words) - len(name)]) or "")
                    if title is not None and ent.rank < 3 and title.role != "counterpart":
                        ent.role, ent.rank, ent.title = title.role, 3, title.label
                    ent.country = ent.country or _COUNTRY_BY_FORM[side.group("side").strip()]
                    ent.role = ent.role or OFFICIAL
                continue
            first = _NAME_FIRST_CAPS_LABEL_RE.match(self.text, a, b)
            if first and not self.journalist_label(first.group(0)):
                # "MICHAEL TIERNEY, PRIME MINISTER:", a broadcast's caption of the one speaking, name first
                name = first.group("name").split()
                title = _parse_title(first.group("office").title())
                if (
                    title is not None
                    and title.role not in ("", "counterpart")
                    and not any(_bare(w.title()) in _TITLE_WORDS or _bare(w.title()) in _STOP_CAPS for w in name)
                ):
                    ent = self._entity(name[-1].title(), " ".join(w.title() for w in name), first=a)
                    if ent.rank < 3:
                        ent.role, ent.rank, ent.title = title.role, 3, title.label
                    ent.country = ent.country or title.country
                continue
            m = _CAPS_LABEL_RE.match(self.text, a, b)
            if not m:
                continue
            words = m.group("label").split()
            for k in range(1, len(words)):
                title, name = " ".join(words[:k]), words[k:]
                if not _CORE_RE.search(title.lower()) or _CORE_RE.search(" ".join(name).lower()):
                    continue
                if not _CORE_RE.search(words[k - 1].lower()) or any(_bare(w.title()) in _STOP_CAPS for w in name):
                    continue
                parsed = _parse_title(title.title())
                full = " ".join(w.title() for w in name)
                ent = self._entity(name[-1].title(), full, first=a)
                if parsed is not None and ent.rank < 3 and parsed.role not in ("counterpart", ""):
                    ent.role, ent.rank, ent.title = parsed.role, 3, parsed.label
                ent.country = ent.country or parsed.country if parsed is not None else ent.country
                break

    def _capitals_heading(self) -> None:
        """A transcript's heading in capitals gives the full name and the office of a speaker whom the labels and
        the body name shorter: "... BY H.E. SAMUEL KIPRONO MUTAI, C.G.H., PRESIDENT OF THE REPUBLIC OF KENYA, AND
        ..." above "PRESIDENT MUTAI:"."""
        heads = [(a, b) for a, b in self.paras[:4] if b - a > 40 and not compiled(r"[a-z]").search(self.text, a, b)]
        for a, b in heads:
            for ent in self.unique():
                surname = ent.name.split()[-1].upper()
                for m in compiled(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w'’-])").finditer(self.text, a, b):
                    office = _HEADING_OFFICE_RE.match(self.text, m.end(), b)
                    title = _parse_title(office.group("office").title()) if office else None
                    if title is None or not title.country or title.role in ("", "counterpart"):
                        continue
                    given = []
                    for word in reversed(self.text[a : m.start()].split()[-3:]):
                        if not compiled(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+").fullmatch(word) or word.title() in _STOP_CAPS:
                            break
                        if word in _HONORIFICS or word.title() in _HONORIFICS or word in _HEADING_GLUE:
                            break
                        given.insert(0, word.title())
                    known = ent.name.split()[:-1]
                    if any(_key(w) not in {_key(g) for g in given} for w in known):
                        continue  # another person of the same surname
                    full = " ".join([*given, ent.name.split()[-1]])
                    if ent.known is None and _fuller(full, ent.name):
                        ent.name = full
                    ent.country = ent.country or title.country
                    if ent.rank < 3:
                        ent.role, ent.rank, ent.title = title.role, 3, title.label
                    break

    def _vocative_names(self) -> None:
        """A leader a speech addresses by office and given name ("Prime Minister, dear Arvind,", "Mr President, my
        friend Étienne."), where no one the story names has that given name: the name is the office's holder, and
        a transcript label of the office gives the country ("THE PRIME MINISTER OF INDIA:")."""
        # (people the newsroom knows count only when the story names them)
        named = [e for e in self.unique() if e.known is None or e.name.split()[-1] in self.text]
        given = {_key(e.name.split()[0]) for e in named if len(e.name.split()) > 1}
        for m in _OFFICE_VOCATIVE_RE.finditer(self.text, self.body_start):
            name = m.group("name")
            if _key(name) in given or _bare(name) in _STOP_CAPS or name in _HONORIFICS:
                continue
            title = _parse_title(m.group("office"))
            if title is None or title.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER):
                continue
            holders = [e for e in named if e.role == title.role and title.core in e.title.lower()]
            if any(len(e.name.split()) > 1 for e in holders):
                continue  # the office's holder is named in full, by another given name
            if len(holders) > 1:
                # (the one a transcript's label names: the speech addresses a speaker beside it)
                holders = [e for e in holders if _key(e.name.split()[-1]) in self._labels[0]]
            if len(holders) == 1:
                # "President Stănescu:" addressed as "Dear President, dear Andrei,": one person, named in full
                holders[0].name = f"{name} {holders[0].name}"
                self.entities.setdefault(_key(name), holders[0])
                given.add(_key(name))
                continue
            ent = self._entity(name, name, first=m.start("name"))
            if ent.role:
                continue
            ent.role, ent.rank, ent.title = title.role, 2, title.label
            for a, b in self.paras:
                label = _LABEL_HEAD_RE.match(self.text, a, b)
                office = _parse_title(label.group(1).title()) if label and label.group(1).isupper() else None
                if office is not None and office.role == title.role and office.core == title.core and office.country:
                    ent.country = office.country
                    break

    def _letterhead(self) -> None:
        """The author of a release, named only in its letterhead: an office in capitals beside "THE HON X Y MP"."""
        # (a release may open with its headline, "Media release" and its date above the letterhead)
        heads = self.paras[:6]
        for i, (a, b) in enumerate(heads):
            m = _LETTERHEAD_RE.fullmatch(self.text, a, b)
            cased = m is None
            if cased:
                m = _CASED_LETTERHEAD_RE.fullmatch(self.text, a, b)
            if m is None or not (m.group("hon") or m.group("post").strip()):
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(heads):
                    continue
                office = self.text[slice(*heads[j])].strip()
                # the office line is set in the letterhead's case: "MINISTER FOR TRADE" over "THE HON ...",
                # "Minister for Trade" over "the Hon ..."
                fits = _OFFICE_LINE_RE.fullmatch(office) if cased else office.isupper()
                title = (
                    _parse_title(office if cased else office.title()) if fits and len(office.split()) <= 8 else None
                )
                if (
                    cased
                    and j == i + 1
                    and fits
                    and title is None
                    and _portfolio(office)
                    and not _COUNTRY_RE.search(office)
                ):
                    # a minister's letterhead may list bare portfolios under the name: "Hon Jane Doe / Trade / Health"
                    office = "Minister for " + office
                    title = _parse_title(office)
                if title is None or not title.role:
                    continue
                words = [w.title() for w in m.group("name").split()]
                ent = self._entity(words[-1], " ".join(words), first=a + m.start("name"))
                if ent.rank < 3:
                    ent.role, ent.rank, ent.title = title.role, 3, title.label
                ent.country = ent.country or title.country
                self.author, self.author_office = ent, self._norm_phrase(office.title())
                return

    def _signature_blocks(self) -> None:
        """The signatories under a communiqué: "For the Republic of X" over the office over the name."""
        paras = self.paras
        for i in range(len(paras) - 2):
            side = _FOR_THE_SIDE_RE.fullmatch(self.text, *paras[i])
            if side is None:
                continue
            office = self.text[slice(*paras[i + 1])].strip()
            title = _parse_title(office) if len(office.split()) <= 14 else None
            name = self.text[slice(*paras[i + 2])].strip()
            words = name.split()
            if title is None or not title.role or not 2 <= len(words) <= 5:
                continue
            if not all(w[:1].isupper() and _bare(w) not in _STOP_CAPS for w in words):
                continue
            ent = self._entity(words[-1], name, first=paras[i + 2][0])
            if ent.rank < 3:
                ent.role, ent.rank, ent.title = title.role, 3, _styled_label(title).strip(" ,")
            ent.country = _COUNTRY_BY_FORM[side.group("c")]
            ent.member = True

    def _table_signatories(self) -> None:
        """The signatories a table lists under their side's column: the name before the cell's first comma, the
        office after it ("Mr. B, Secretary of Mining, Ministry of Economy"), of the country the header names."""
        for table in self.tables:
            for row in table.rows:
                for col, code in table.sides.items():
                    a, b = row[col]
                    cell = self.text[a:b]
                    name, _, office = cell.partition(",")
                    words = compiled(r"\([^()]*\)").sub(" ", name).split()
                    # (the styles and ranks before the name: "Shri", "Senior Lt. Gen.", "Md.")
                    while words and (
                        words[0].rstrip(".") in _HONORIFICS
                        or _bare(words[0]) in _TITLE_WORDS
                        or compiled(r"[A-Z][a-z]{1,3}\.").fullmatch(words[0])
                    ):
                        words.pop(0)
                    if not 2 <= len(words) <= 6 or not all(
                        w[:1].isupper() and compiled(r"[\w'’.-]+").fullmatch(w) and _bare(w) not in _STOP_CAPS
                        for w in words
                    ):
                        continue
                    key = _key(words[-1])
                    held = self.entities.get(key)
                    if held is not None and held.known is None and _key(held.name.split()[-1]) != key:
                        # (the surname read as a word of another's name: "Khalilur Rahman Sheikh" is no "Rahman")
                        del self.entities[key]
                    ent = self._entity(words[-1], " ".join(words), first=a)
                    ent.country = ent.own_country = code
                    ent.member = True
                    # (a note in brackets is no part of the office, "(virtually)"; a capitalised part is one:
                    # "Secretary (West)")
                    office = compiled(r"\s*\([a-z][^()]*\)").sub("", office).strip(" ,;.")
                    title = _parse_title(office) if office else None
                    if ent.known is None and office:
                        # (an office of a body named after its comma is no head of state's: "President, RTA S.E.")
                        organ = "," in office or title is None or title.role in ("", "counterpart")
                        ent.role = OFFICIAL if organ else title.role
                        ent.title, ent.rank = office, 3

    def _regional_heads(self) -> None:
        """ "Premier X", "Governor Y" with no region by the title and no side from the story: a state's or
        province's head is of the one federation whose regions the story names ("Premier X welcomed ... to Regina,
        where the province and ... Saskatchewan"), when that federation styles its regions' heads so (a premier is
        a province's in Canada and Australia, China's government's in Beijing)."""
        heads = [e for e in self.unique() if not e.country and not e.outsider and e.title.title() in _REGIONAL_HEADS]
        if not heads:
            return
        federations = {_REGION_BY_NAME[m.group(0)] for m in _REGION_RE.finditer(self.text, self.body_start)}
        if len(federations) != 1:
            return
        code = next(iter(federations))
        for ent in heads:
            # ("Governor General X" is the crown's, the title kept short of its second word)
            if code in _REGIONAL_HEADS[ent.title.title()] and not any(
                compiled(r"General\b").match(self.text, p - 8, p) for p in ent.positions
            ):
                ent.country = code

    def _writer_country(self) -> None:
        """A release whose author writes "Today in Lisbon I ..." is the guest's: the author is of the other side of
        the two countries the text names most, and the holder of the author's office named in it is the host's."""
        ent = self.author
        if ent is None or ent.country:
            return
        counts: dict[str, int] = {}
        for _, _, code in self.countries:
            counts[code] = counts.get(code, 0) + 1
        pair = [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:2]]
        if len(pair) < 2:
            return
        for m in _WRITER_HERE_RE.finditer(self.text, self.body_start):
            # (the first person may be in the next sentence: "It's terrific to be here in Hanoi. I had ...")
            p_lo, p_hi = self.paras[self.sentence_at(m.start())[2]]
            place = m.group("place")
            host = _CITY_BY_NAME.get(place) or _COUNTRY_BY_FORM.get(place, "")
            if host in pair and _FIRST_PERSON_RE.search(self.text, p_lo, p_hi):
                ent.country = next(c for c in pair if c != host)
                for other in self.unique():
                    if other is not ent and other.role == ent.role and not other.country and other.positions:
                        other.country = host
                return

    def _plural_title_lists(self) -> None:
        """People named after a plural title, each with their country: "the presidents of Paraguay, Santiago
        Benitez, and of Bolivia, Marcelo Quiroga", "the foreign ministers, Ana Ruiz of Peru and Li Wen of China",
        "Kazakh and Uzbek Presidents Tokayev and Mirziyoyev"."""
        keys = [*_PLURAL_KEY_RE.finditer(self.text, self.body_start)]
        if not keys:
            return  # (every plural title holds one of the key words: no list to read)
        found = [
            m
            for k in keys
            for rx in _PLURAL_LIST_RES
            for m in [rx.search(self.text, max(self.body_start, k.start() - 30), k.end() + 300)]
            if m is not None and m.start("core") <= k.start() < m.end("core")
        ]
        for m in found:
            title = _parse_title(compiled(r"s$").sub("", m.group("core")).replace("heads of", "head of"))
            if title is None:
                continue
            groups = m.groupdict()
            for i in (1, 2, 3):
                name, country = groups.get(f"n{i}"), groups.get(f"c{i}")
                if not name or not country:
                    continue
                words = name.split()
                if any(_bare(w) in _STOP_CAPS for w in words):
                    continue
                ent = self._entity(words[-1], name, first=m.start(f"n{i}"))
                if ent.known is None and ent.rank < 3:
                    ent.role, ent.rank = title.role, 3
                    # (the list names each one's country: a bare "the President" later is none of them by default)
                    c_at = m.start(f"c{i}")
                    of = self.text.endswith("of ", max(0, c_at - 4), c_at)
                    ent.title = ent.title or (f"{title.label} of {country}" if of else f"{country} {title.label}")
                ent.country = ent.country or _COUNTRY_BY_FORM[country]
        for m in _BOTH_SIDES_LIST_RE.finditer(self.text, self.body_start):
            singular = compiled(r"(?i)\b(minister|president|premier|chancellor|head)s\b").sub(
                r"\1", m.group("core") + (m.group("field") or "")
            )
            singular = " ".join(w if w in ("of", "and") else w[:1].upper() + w[1:] for w in singular.split())
            title = _parse_title(singular)
            if title is None or not title.role:
                continue
            ents = []
            for g in ("n1", "n2"):
                words = m.group(g).split()
                if any(_bare(w) in _STOP_CAPS or _bare(w) in _TITLE_WORDS for w in words):
                    break
                ents.append(self._entity(words[-1], m.group(g), first=m.start(g)))
            if len(ents) != 2 or ents[0] is ents[1]:
                continue
            for ent in ents:
                if ent.known is None and ent.rank < 3:
                    ent.role, ent.rank, ent.member = title.role, 3, True
                    ent.title = ent.title or title.label
            self.across.append((ents[0], ents[1]))

    def _plural_office_members(self) -> None:
        """People listed after a plural office, each with their portfolio in brackets, hold it: "Cabinet
        Secretaries A (Foreign Affairs), B (Trade) and C (Labour)", "Ministers A (Health) and B (Energy)"."""
        if "Ministers" not in self.text and "Secretaries" not in self.text:
            return  # (the plural office the pattern needs; most copy has neither, and the scan is long)
        for m in _PLURAL_OFFICE_RE.finditer(self.text, self.body_start):
            singular = compiled(r"Secretaries$").sub(
                "Secretary", compiled(r"Ministers$").sub("Minister", m.group("t"))
            )
            title = _parse_title(singular)
            if title is None or not title.role:
                continue
            at = m.end()
            p_lo, p_hi = self.paras[self.sentence_at(m.start())[2]]
            prose = self.text[p_hi - 1] in '.!?"”' and not self.text.endswith("of ", p_lo, m.start())
            while True:
                item = _LISTED_MEMBER_RE.match(self.text, at)
                words = item.group("name").split() if item is not None else []
                # (the list goes on to someone titled otherwise: "... and Chile's Ambassador Dr. X")
                if not words or any(_bare(w) in _TITLE_WORDS or _bare(w) in _COUNTRY_BY_FORM for w in words):
                    break
                ent = self.entities.get(_key(words[-1]))
                if (
                    ent is None
                    and len(words) >= 2
                    and prose
                    and not any(_bare(w) in _STOP_CAPS or _JOINT_VERB_RE.fullmatch(" " + w) for w in words)
                ):
                    # ("Ministers A and B were among the delegation": a name the plural office alone titles; not a
                    # headline's words in title case, "Foreign Ministers Discuss Trade", nor a body's "Cabinet of
                    # Ministers")
                    ent = self._entity(words[-1], item.group("name"), first=item.start("name"))
                if ent is not None and ent.known is None and ent.rank < 3:
                    ent.role, ent.rank, ent.member = title.role, 3, True
                    ent.title = singular + (f" ({item.group('field')})" if item.group("field") else "")
                    self.listed_under[item.start("name")] = m.span("t")
                if not item.group("sep"):
                    break
                at = item.end()

    def _qualifies_people(self, mention: tuple[int, int, str]) -> bool:
        """Whether a country mention can tell whose side a person is on: not a place ("in Fiji", "to Canberra"),
        not the state one acts for ("signed on behalf of Finland and Minister X": X may be the other's) and not a
        demonym of a thing ("German development bank", "the Vietnam-Australia Business Forum")."""
        a, b, _ = mention
        if compiled(
            r"\b(?:in|to|from|at|into|across|for|with|visit|visiting|visited|behalf\s+of)\s+(?:the\s+)?$"
        ).search(self.text[a - 20 : a]):
            return False
        after = _INITIALS_IN_BRACKETS_RE.sub("", self.text[b : b + 40], count=1)
        if compiled(r"['’]s\s").match(after) or compiled(
            r"\s*(?:,|and|delegation|side|government|officials?)\b"
        ).match(after):
            return True
        nxt = compiled(r"[\s-]+([\w-]+)").match(after)
        return bool(nxt) and any(_bare(w) in _TITLE_WORDS for w in nxt.group(1).split("-"))

    @functools.cached_property
    def _body_abbreviations(self) -> frozenset[str]:
        """Abbreviations the article gives a body in brackets after its name ("Universitas Gadjah Mada (UGM)"): a
        capitalised run holding one ("Balairung UGM", "Jornal da USP") names something of that body, not a person."""
        return frozenset(m.group(1) for m in compiled(r"[A-Za-z)]\s+\(([A-Z][A-Z&]{1,7})\)").finditer(self.text))

    @functools.cached_property
    def _place_words(self) -> frozenset[str]:
        """Capitalised words the article writes after "in", "at", "to", "from" or "near": places."""
        return frozenset(
            m.group(1) for m in compiled(r"\b(?:in|at|to|from|near)\s+([A-Z][\w'’-]+)").finditer(self.text)
        )

    def _merge_second_surnames(self) -> None:
        """ "Sosa" named alone (in a headline, before the full name) is "Martín Sosa Bentancur": one person. So is
        a titled first name of one full name of the same office: "PM Nadeem" is "Prime Minister Nadeem Aslam
        Chaudhry", as a Pakistani paper calls him (not "President Kim" beside a minister "Kim Tae-ho")."""
        full = [e for e in self.unique() if len(e.name.split()) >= 3 and e.known is None]
        for ent in self.unique():
            if len(ent.name.split()) != 1 or ent.known is not None:
                continue
            owners = [f for f in full if ent.key in {_key(w) for w in f.name.split()[1:-1]}]
            if not owners and ent.role:
                owners = [f for f in full if _key(f.name.split()[0]) == ent.key and f.role == ent.role]
            if len(owners) == 1:
                self.entities[ent.key] = owners[0]
        # ("Azlan Hakimi" is "Datuk Seri Azlan Hakimi Mohd Noor": a Malay name is called by its given names, the
        # father's name after them left off, as "Shahrul Nizam" for "Shahrul Nizam Abdul Ghani")
        for ent in self.unique():
            words = ent.name.split()
            if len(words) != 2 or ent.known is not None:
                continue
            keys = [_key(w) for w in words]
            owners = [
                f
                for f in full
                if f is not ent and [_key(w) for w in f.name.split()[:2]] == keys and ent.role in ("", f.role)
            ]
            if len(owners) == 1:
                for key, e in list(self.entities.items()):
                    if e is ent:
                        self.entities[key] = owners[0]

    def _newer_namesakes(self) -> None:
        """A known person's surname named alone means the article's own holder of that office when the article
        names the office holder in full with other given names and never the known person: the newsroom's
        records are older than the story ("President Jamshid Tursunov ... Tursunov" beside a known Jasur)."""
        if not self.namesakes:
            return  # (most stories: no folding of the whole text for nobody)
        folded = fold(self.text).lower()
        for key in list(self.namesakes):
            ent = self.entities.get(key)
            if ent is None or ent.known is not None:
                continue
            surname = self.entities.get(_key(ent.name.split()[-1]))
            if surname is None or surname is ent or surname.known is None:
                continue
            if fold(surname.name).lower() in folded:
                continue  # the article names the known person too: two people
            if (not surname.role or ent.role == surname.role) and ent.country in ("", surname.country):
                self.entities[surname.key] = ent
                ent.country = ent.country or surname.country

    def _surname_first_names(self) -> None:
        """ "Liang Weidong" named later as "Liang": a name whose family name comes first (Chinese, Korean)."""
        for ent in self.unique():
            words = ent.name.split()
            # ("Prince Faisal" is "Faisal bin Farhan Al Saud": a name of descent is called by its given name)
            descent = any(w in _SONS for w in words)
            if ent.known is not None or (len(words) not in (2, 3) and not descent):
                continue
            alone = self.entities.get(_key(words[0]))
            if alone is not None:
                # ("Foreign Minister Liang said" after "Foreign Minister Liang Guohua": the title found the family
                # name alone as a person of its own, who is the one named in full with that office)
                if (
                    alone is not ent
                    and alone.known is None
                    and len(alone.name.split()) == 1
                    and alone.role
                    and alone.role == ent.role
                    and alone.title.lower() == ent.title.lower()
                ):
                    self.entities[_key(words[0])] = ent
                continue
            if _bare(words[0]) in _STOP_CAPS or _bare(words[0]) in _TITLE_WORDS:
                continue
            if _stands_alone(self.text, self.body_start, words[0], words[1]):
                self.entities[_key(words[0])] = ent

    def unique(self) -> list[_Entity]:
        """Each person once (aliases and surnames are several keys of one entity)."""
        return list({id(e): e for e in self.entities.values()}.values())

    def _counterpart_role(self, lo: int, pos: int) -> tuple[str, str]:
        """Role and bare title of the person a "counterpart" is paired with: the last one named before it."""
        earlier = sorted(
            (p, e.role, _title_core(e.title))
            for e in self.unique()
            for p in (e.positions or [e.first])
            if p < pos and e.role
        )
        # mentions are indexed after all names are read: the sentence's own text tells who was named in it
        in_sentence = [
            (at, e.role, _title_core(e.title))
            for e in self.unique()
            if e.role and e.role != "counterpart" and e.positions == []
            for at in [self.text.rfind(e.name.split()[-1], lo, pos)]
            if at >= lo and not compiled(r"\w").match(self.text[at + len(e.name.split()[-1]) : pos])
        ]
        earlier = sorted(earlier + in_sentence)
        same = [(role, t) for p, role, t in earlier if p >= lo]
        return (same or [(role, t) for _, role, t in earlier] or [("", "")])[-1]

    @functools.cached_property
    def _namesake_words(self) -> int:
        return max((len(self.entities[k].name.split()) - 1 for k in self.namesakes if k in self.entities), default=0)

    def _index_mentions(self, tokens: list[re.Match]) -> None:
        for i, tok in enumerate(tokens):
            word = tok.group(0)
            if not word[0].isupper() and not _article_name(word):  # ("al-Sisi" is a name)
                continue
            ent = self.entities.get(_key(word))
            if ent is None:
                continue
            # "Farkhod Tursunov" beside a known "Jasur Tursunov"; "Nawaf bin Saad bin Abdullah Al Saud" beside another
            # Al Saud: the longest full name that ends here
            own = _key(ent.name)
            longest = max(self._namesake_words, len(ent.name.split()) - 1)
            for n in range(longest, 0, -1) if self.namesakes else ():
                full = _key(" ".join(t.group(0) for t in tokens[max(0, i - n) : i + 1]))
                if full == own:
                    break  # the surname's first holder named in full, not the namesake whose name ends his
                if full in self.namesakes and full in self.entities:
                    ent = self.entities[full]
                    break
            if (
                i
                and tokens[i - 1].group(0).lower() in ("bin", "bint", "ibn")
                and f" {tokens[i - 1].group(0).lower()} {word.lower()}" not in f" {ent.name.lower()}"
            ):
                continue  # "Sheikh Sultan bin Khalid": a father's name inside another's, not Khalid bin Rashid
            start, end = tok.start(), tok.end()
            if _NAMES_A_PLACE_RE.match(self.text, end):
                continue  # "King Khalid International Airport": the king is no one of the visit
            if word.endswith(("'s", "’s")):
                end -= 2
            name_keys = {_key(w) for w in ent.name.split()}
            if i and _key(word) != _key(ent.name.split()[-1]) and self.text[tokens[i - 1].end() : start] == " ":
                # "Daniel Zerafa Borg" is not "Stephen Borg Cachia", known also by his first surname: another given
                # name right before a name's inner word names someone else
                before = tokens[i - 1].group(0)
                if (
                    len(before) > 2
                    and before[:1].isupper()
                    and _key(before) not in name_keys
                    and _bare(before) not in _STOP_CAPS
                    and before not in _HONORIFICS
                ):
                    continue
            lo = max(0, start - 80)
            m = _NAME_TAIL_RE.search(self.text[lo:start])
            if m:  # widen "Tursunov" to "Jasur Tursunov" when the first names stand before it
                for w in compiled(r"\S+").finditer(m.group(0)):
                    if _key(w.group(0)) in name_keys or w.group(0) in _PARTICLES:
                        start = min(start, lo + m.start() + w.start())
                        break
            self.mentions.append((start, end, ent))
            ent.positions.append(start)
            if not ent.first or start < ent.first:
                ent.first = start
        self.mentions.sort(key=lambda m: m[0])
        self.mention_starts = [m[0] for m in self.mentions]

    def _fallback_countries(self) -> None:
        counts: dict[str, int] = {}
        for _, _, code in self.countries:
            counts[code] = counts.get(code, 0) + 1
        pair = [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:2]]
        counted = self._count_host_votes()
        votes = sorted(counted.items(), key=lambda kv: -kv[1])
        if votes and (len(votes) == 1 or votes[0][1] > votes[1][1]) and votes[0][0] not in pair:
            pair = [c for c in pair if c != votes[0][0]][:1] + [votes[0][0]]  # the host named only by its city
        top = (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
        self._followed_leader(counts)
        sides = {
            e.country
            for e in self.unique()
            if e.country and e.role in top and not e.outsider and len(e.positions) >= 2
        }
        host = votes[0][0] if votes and (len(votes) == 1 or votes[0][1] > votes[1][1]) else ""
        # (not while a leader named as often is still of no country: "President X hosted her Guatemalan counterpart
        # Y ... Belizean Prime Minister Z joined the two leaders": the unplaced host is a side, the joiner a third)
        unplaced = any(
            not e.country and e.role in top and not e.outsider and len(e.positions) >= 2 for e in self.unique()
        )
        if len(sides) == 2 and (not host or host in sides) and not (unplaced and set(pair) - sides):
            pair = sorted(sides)  # the leaders' own countries, however often a third country is talked about
        if len(pair) < 2:
            return
        self.side_pair = pair
        self._crowned_countries(pair)
        for ent in self.unique():  # "President Ofori of the Republic of Ghana": the country set after the name
            if ent.country or not ent.role:
                continue
            for pos in ent.positions:
                end = self.name_end(pos)
                own_end = self._mention_ends.get((id(ent), pos), end)
                if not _STATE_NAME_WORDS_RE.fullmatch(self.text, own_end, end):
                    # (a headline in title case runs its capitals on past the name: "President X Receives Prime
                    # Minister of the Hellenic Republic" names the guest's state, not X's)
                    end = own_end
                after = _OF_COUNTRY_RE.match(self.text, end)
                c = _COUNTRY_RE.match(self.text, after.start("c")) if after else None
                code = _COUNTRY_BY_FORM.get(c.group(0)) if c else None
                if code in pair:
                    ent.country = code
                    break
        self._counted_guest(pair)
        self._own_trip(pair)
        self._posted_and_styled(pair)
        self._signatory_sides(pair)
        self._before_their_counterparts(pair)
        before = [e.country for e in self.unique()]
        unset = {id(e) for e in self.unique() if not e.country}
        for ent in self.unique():  # "X and his Vietnamese counterpart": X is not the counterpart's country
            if ent.country or ent.outsider:
                continue
            for pos in ent.positions:
                own = _AND_OWN_COUNTERPART_RE.match(self.text, self.name_end(pos))
                code = _COUNTRY_BY_FORM.get(own.group("c")) if own else None
                if code in pair:
                    ent.country = next(c for c in pair if c != code)
                    break
        self._pair_countries(pair)
        self._untitled_meets_other_side(pair)
        self._received_by_pronouns(pair)
        self._leaders_office_staff(pair)
        for ent in self.unique():
            if not ent.country and not ent.outsider and ent.title:
                ent.country = self._served_leaders_country(ent, pair)
        if before != [e.country for e in self.unique()]:
            # (the leaders just given a country now tell where they are: "President X hosted a banquet")
            counted = self._count_host_votes()
        self._host_side_countries(pair, counted)
        # (again once the host's officials are placed: "X, on her first visit to Africa, held talks with President Y",
        # Y placed only as the host's)
        self._untitled_meets_other_side(pair)
        self._authors_counterpart(pair, unset)
        self._across_sides(pair, counted)
        self._visit_of(pair)
        if not counted:  # (no place told at all: votes that tie are a doubt of their own)
            self._bare_side_rest(pair)

    def _bare_side_rest(self, pair: list[str]) -> None:
        """Officials still of no country once every cue is read are of the side the story titles bare: where only
        one side's people are titled with their country ("Italian Prime Minister B", "Ghana's Minister of X"), the
        story calls its own side's by office alone ("Foreign Minister C", "Prime Minister D")."""
        # (not one named only in a list's items: a list takes its side from its heading, "Other side:\n- Chief of
        # Staff X", not from how the story titles people)
        rest = [
            e
            for e in self.unique()
            if not e.country
            and not e.outsider
            and e.positions
            and (e.role or e.member)
            and not all(_BULLET_RE.match(self.text[self.text.rfind("\n", 0, p) + 1 : p].lstrip()) for p in e.positions)
        ]
        if not rest:
            return
        # (an official of the state by a full name, not the head of a business body: "President of the Jamaica
        # Manufacturers and Exporters Association X" is titled with a body, not with the country)
        titled = {
            e.country
            for e in self.unique()
            if e.country in pair
            and not e.outsider
            and e.positions
            and " " in e.name
            and not _BUSINESS_BODY_RE.search(e.title)
            and self._titled_with_country(e)
        }
        if len(titled) != 1:
            return
        bare = next(c for c in pair if c not in titled)
        for ent in rest:
            ent.country = bare

    def _korean_names(self) -> None:
        """A Korean name ("Park Sung-jae": a Korean family name before a hyphenated given name) is Korea's when Korea
        is a side and no other country of such names is, whatever a retinue or a default gave it: the host's minister
        escorts the guest ("visit the plant in Busan, accompanied by Industry Minister Park Sung-jae"), an aide is
        quoted on the guest ("according to Kim Eun-ha, a senior presidential secretary")."""
        pair = self.side_pair
        if "KR" not in pair or {"CN", "TW", "HK", "KP"} & set(pair):
            return
        for ent in self.unique():
            if ent.country in pair and ent.country != "KR" and not ent.own_country and not ent.known:
                if _KOREAN_NAME_RE.fullmatch(ent.name):
                    ent.country = "KR"

    def _followed_leader(self, counts: dict[str, int]) -> None:
        """A live page follows its own leader abroad and never says whose he is: "Tremblay in Mexico City: ...",
        "Prime Minister X is in Tokyo for ...". A leader with no country, the subject of the headline or the lead
        and placed in a country or a city of one side, is of the country the text names most after that one,
        whatever other leader is talked about (a neighbour's president, a third one joining by video)."""
        if not self.paras:
            return
        lo, hi = self.paras[0][0], self.paras[min(2, len(self.paras) - 1)][1]
        i = bisect.bisect_left(self.mention_starts, lo)
        while i < len(self.mentions) and self.mentions[i][0] < hi:
            pos, _, ent = self.mentions[i]
            i += 1
            if ent.country or ent.outsider or ent.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
                continue
            s_lo = self.sentence_at(pos)[0]
            breaks = [m.end() for m in _LEAD_BREAK_RE.finditer(self.text, s_lo, pos)]
            if not _SUBJECT_HEAD_RE.fullmatch(self.text, breaks[-1] if breaks else s_lo, pos):
                continue  # (not "meets President Y in Beijing": the one met is the host's)
            at = _LEADER_IN_CITY_RE.match(self.text, self._mention_ends.get((id(ent), pos), self.name_end(pos)))
            place = at.group("place") if at else ""
            host = next(
                (c for p in dict.fromkeys([place, place.split(" ")[0]]) if (c := _CITY_BY_NAME.get(p))),
                _COUNTRY_BY_FORM.get(place.split(" ")[0], ""),
            )
            ranked = sorted(((n, c) for c, n in counts.items() if c != host), reverse=True)
            if host in counts and ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
                ent.country = ranked[0][1]
                return

    def _crowned_countries(self, pair: list[str]) -> None:
        """ "King Maurits", "the Queen", "Crown Princess Astrid": a royal style is the crown's of the one kingdom of
        the two, whatever side a sentence seems to put its bearer on, unless the title names its own state."""
        crowned = [c for c in pair if c in _MONARCHIES]
        if len(crowned) != 1:
            return
        for ent in self.unique():
            if not ent.own_country and not ent.outsider and _crowns(ent.title.lower().split()) - {"pope"}:
                ent.country = crowned[0]

    def _visit_of(self, pair: list[str]) -> None:
        """ "The visit of (President) X to Finland": X is the guest, of the other side than the place, whatever a
        weaker cue gave him before (an invitation's host named next to him, the place's country named last)."""
        for m in _VISIT_OF_RE.finditer(self.text, self.body_start):
            i = bisect.bisect_left(self.mention_starts, m.end())
            if i >= len(self.mentions) or self.mentions[i][0] - m.end() > 40:
                continue
            pos, _, ent = self.mentions[i]
            if not compiled(r"(?:[A-Z][\w'’.-]*\s+){0,4}").fullmatch(self.text, m.end(), pos):
                continue  # (only titles between: "visit of President X", not "visit of a delegation led by X")
            to = _VISIT_TO_RE.match(self.text, self._mention_ends.get((id(ent), pos), self.name_end(pos)))
            place = to.group("place") if to else ""
            code = _COUNTRY_BY_FORM.get(place) or _CITY_BY_NAME.get(place) or ""
            if code not in pair or ent.country not in ("", code):
                continue
            ent.country = next(c for c in pair if c != code)
            s_lo, s_hi, _ = self.sentence_at(m.start())
            invited = compiled(r"\b(?:at|on|upon)\s+the\s+invitation\s+of\s+").search(self.text, s_lo, s_hi)
            j = bisect.bisect_left(self.mention_starts, invited.end()) if invited else len(self.mentions)
            if j < len(self.mentions) and self.mentions[j][0] - invited.end() <= 40:
                host = self.mentions[j][2]  # "..., at the invitation of President Y": the host, of the place's side
                if host is not ent and host.country in ("", ent.country):
                    host.country = code

    @functools.cached_property
    def _mention_ends(self) -> dict[tuple[int, int], int]:
        """(id of the entity, where a mention of it starts) -> where its name ends there, the longest form read."""
        ends: dict[tuple[int, int], int] = {}
        for pos, end, ent in self.mentions:
            ends[id(ent), pos] = max(end, ends.get((id(ent), pos), end))
        return ends

    def _counted_guest(self, pair: list[str]) -> None:
        """A visit counted by its guest's office and country is the visit of the one named last before it: "welcome
        President X on this state visit, the first by a President of Ghana to Ireland" (not an agent: "was welcomed
        by Y on his visit, ...")."""
        for m in _COUNTED_GUEST_RE.finditer(self.text, self.body_start):
            code = _COUNTRY_BY_FORM.get(m.group("c") or m.group("o"), "")
            if code not in pair:
                continue
            s_lo = self.sentence_at(m.start())[0]
            i = bisect.bisect_left(self.mention_starts, m.start()) - 1
            if i < 0 or self.mentions[i][0] < s_lo:
                continue
            pos, _, ent = self.mentions[i]
            if (
                ent.country
                or ent.outsider
                or compiled(r"\bby\s+(?:[A-Z][\w'’.-]*\s+){0,4}$").search(self.text, s_lo, pos)
            ):
                continue
            # (the visit the guest is on, not one another speaks of: "X said the visit, the first by ..., ...")
            end = self._mention_ends.get((id(ent), pos), self.name_end(pos))
            if _ON_THE_VISIT_GAP_RE.fullmatch(self.text, end, m.start()):
                ent.country = code

    def _own_trip(self, pair: list[str]) -> None:
        """One whose own clause tells their trip to a place of one side is of the other: "X, making his first trip
        to Chile as minister, held talks ...", "X spoke to reporters during her two-day visit to Santiago"."""
        if not compiled(r"\b(?:[Vv]isit|[Tt]rip|[Tt]our)\s+to\s").search(self.text, self.body_start):
            return
        for ent in self.unique():
            if ent.country:
                continue
            for pos in ent.positions:
                if self._met_before(pos):
                    continue  # "A held talks with B during his first visit to Canberra": the trip is the subject's
                trip = _OWN_TRIP_RE.match(self.text, self._mention_ends.get((id(ent), pos), self.name_end(pos)))
                place = trip.group("place") if trip else ""
                # (the place's name, or its first word when a capital follows it: "to Canberra Thursday")
                code = next(
                    (
                        c
                        for p in dict.fromkeys([place, place.split(" ")[0]])
                        if (c := _COUNTRY_BY_FORM.get(p) or _CITY_BY_NAME.get(p))
                    ),
                    "",
                )
                if code in pair:
                    ent.country = next(c for c in pair if c != code)
                    break

    def _untitled_meets_other_side(self, pair: list[str]) -> None:
        """A name the text never titles, holding talks with someone of one side, is of the other: "X holds talks
        with President of Mongolia Y", "Ms X held talks with Y, the Japanese Prime Minister"."""
        for ent in self.unique():
            if ent.country or ent.role or ent.outsider:
                continue
            for pos in ent.positions:
                end = self.name_end(pos)
                # (past a description set off after the name: "X, on her first visit to Africa, held talks with Y")
                set_off = _SET_OFF_RE.match(self.text, end)
                talks = _UNTITLED_TALKS_RE.match(self.text, end) or (
                    _UNTITLED_TALKS_RE.match(self.text, set_off.end()) if set_off else None
                )
                if talks is None:
                    # ("Japanese prime minister A holds talks with X in No 10": the one met, named right after the
                    # one of a side who meets him)
                    i = bisect.bisect_left(self.mention_starts, pos)
                    before = self.mentions[i - 1] if i else None
                    if (
                        before is not None
                        and before[2] is not ent
                        and before[2].country in pair
                        and _UNTITLED_TALKS_RE.fullmatch(self.text, before[1], pos)
                    ):
                        ent.country = next(c for c in pair if c != before[2].country)
                        break
                    continue
                j = bisect.bisect_left(self.mention_starts, talks.end())
                met = self.mentions[j][2] if j < len(self.mentions) else None
                # (the one met may be set off by a long office: "met with Minister of Foreign Affairs of the
                # Republic of Indonesia X")
                far = self.mentions[j][0] - talks.end() > 40 if j < len(self.mentions) else True
                if far and j < len(self.mentions):
                    far = not _only_titles_between(self.text, talks.end(), self.mentions[j][0])
                if met is None or far or met is ent or met.country not in pair:
                    continue
                ent.country = next(c for c in pair if c != met.country)
                break

    def _before_their_counterparts(self, pair: list[str]) -> None:
        """Those a sentence names before "alongside their Kenyan counterparts" are of the other country of the two."""
        if "counterparts" not in self.text:
            return
        for m in _THEIR_COUNTERPARTS_RE.finditer(self.text, self.body_start):
            code = _COUNTRY_BY_FORM.get(m.group("c"))
            if code not in pair:
                continue
            other = next(c for c in pair if c != code)
            s_lo = self.sentence_at(m.start())[0]
            i = bisect.bisect_left(self.mention_starts, s_lo)
            while i < len(self.mentions) and self.mentions[i][0] < m.start():
                ent = self.mentions[i][2]
                if not ent.country and not ent.outsider:
                    ent.country = other
                i += 1

    def _across_sides(self, pair: list[str], votes: dict[str, int]) -> None:
        """ "The foreign ministers of the two countries, A and B": one of each side. One placed places the other; with
        neither told apart, the host's is named first, as the host's side is when a story lists both."""
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        host = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""
        for a, b in self.across:
            if a.outsider or b.outsider or (a.country != b.country and a.country in pair and b.country in pair):
                continue
            if a.country in pair and b.country != a.country and b.known is None:
                b.country = next(c for c in pair if c != a.country)
            elif b.country in pair and a.country != b.country and a.known is None:
                a.country = next(c for c in pair if c != b.country)
            elif host in pair and a.known is None and b.known is None:
                a.country, b.country = host, next(c for c in pair if c != host)

    def _authors_counterpart(self, pair: list[str], unset: set[int]) -> None:
        """The one a release's author calls "my counterpart, Minister X" is of the other side than the author's,
        whatever side the host's fallback gave: a minister writing about a visit meets the visitor's colleague."""
        author = self.author
        if author is None or author.country not in pair:
            return
        other = next(c for c in pair if c != author.country)
        for ent in self.unique():
            if ent is author or id(ent) not in unset or ent.country != author.country:
                continue
            for p in ent.positions:
                m = _MY_COUNTERPART_RE.search(self.text, max(self.body_start, p - 100), p)
                if m and _only_titles_between(self.text, m.end(), p):
                    ent.country = other
                    break

    def _posted_and_styled(self, pair: list[str]) -> None:
        """An ambassador "to Argentina" serves the other country of the two; "Shri" and "Smt." style Indian
        officials, and a Korean name is Korea's when Korea is one side and no other country of such names is."""
        for ent in self.unique():
            if ent.country or ent.outsider:
                continue
            posted = _POSTED_TO_RE.search(ent.title) if ent.role == AMBASSADOR else None
            code = _COUNTRY_BY_FORM.get(posted.group("c"), "") if posted else ""
            if code in pair:
                ent.country = next(c for c in pair if c != code)
            elif "IN" in pair and any(_INDIAN_STYLE_RE.search(self.text, max(0, p - 12), p) for p in ent.positions):
                ent.country = "IN"
            elif "KR" in pair and not {"CN", "TW", "HK", "KP"} & set(pair) and _KOREAN_NAME_RE.fullmatch(ent.name):
                ent.country = "KR"  # "Choi Dong-wook": a Korean family name before a hyphenated given name
            else:
                ent.country = self._styled_office_country(ent, pair)

    def _received_by_pronouns(self, pair: list[str]) -> None:
        """ "Kask said ... She was received by the state minister, X": the pronoun goes on with the last sentence's
        subject, and the one who receives them is of the other side."""
        for ent in self.unique():
            if ent.country or not ent.role or ent.outsider:
                continue
            s_lo = self.sentence_at(ent.first)[0]
            if not _PRONOUN_SUBJECT_RE.match(self.text, s_lo) or not _RECEIVED_BY_RE.search(
                self.text, s_lo, ent.first
            ):
                continue
            said = self._previous_subject(s_lo)
            if said is not None and said is not ent and said.country in pair:
                ent.country = next(c for c in pair if c != said.country)

    def _leaders_office_staff(self, pair: list[str]) -> None:
        """A title of a leader's office ("Presidency spokesperson X", "Presidential adviser Y", "Prime Minister's
        Office spokesman Z") serves the one leader of that office the story names on either side."""
        for ent in self.unique():
            if ent.country or ent.outsider or ent.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
                continue
            for pos in ent.positions:
                office = _LEADERS_OFFICE_RE.search(self.text, max(0, pos - 60), pos)
                if office is None:
                    continue
                role = (
                    HEAD_OF_GOVERNMENT
                    if office.group(0)[:1] == "P" and "Prime" in office.group(0)
                    else (HEAD_OF_STATE)
                )
                holders = [e for e in self.unique() if e.role == role and e.positions and not e.outsider]
                if len(holders) == 1 and holders[0].country in pair and holders[0] is not ent:
                    ent.country = holders[0].country
                    break

    def _served_leaders_country(self, ent: _Entity, pair: list[str]) -> str:
        """An aide "to the Prime Minister" serves the one prime minister of the two sides the story names."""
        served = _SERVES_LEADER_RE.search(ent.title)
        leader = _parse_title(served.group(1)) if served else None
        if leader is None or leader.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
            return ""
        # (the office held on one side only: "Secretary to the President" is not told where both have presidents)
        holders = [e for e in self.unique() if e.role == leader.role and e.positions and not e.outsider]
        if len(holders) != 1 or holders[0].country not in pair:
            return ""
        return holders[0].country

    def _styled_office_country(self, ent: _Entity, pair: list[str]) -> str:
        """The one country of the two whose cabinet offices are worded as the person's is ("Cabinet Secretary")."""
        for pos in ent.positions:
            s_lo = self.sentence_at(pos)[0]
            # (or the plural office the name is listed under: "Cabinet Secretaries A (Trade), B (Labour)")
            title_end = self.listed_under.get(pos, (0, pos))[1]
            before = self.text[max(s_lo, title_end - 90) : title_end]
            # (a mention kept at the surname leaves the given names before it: "CS Stephen ole Sankale")
            given = ent.name.rpartition(" ")[0]
            if given and before.endswith(given + " "):
                before = before[: -len(given) - 1]
            # (a style between the office and the name is no word of it: "Health CS Dr X")
            before = _STYLES_AFTER_OFFICE_RE.sub(" ", before + " ")
            for style, countries in _STYLED_OFFICES:
                if style.search(before):
                    fits = [c for c in pair if c in countries]
                    if len(fits) == 1:
                        return fits[0]
        return ""

    def _signatory_sides(self, pair: list[str]) -> None:
        """The two who sign a document for the two sides ("signed by A and Polish Minister B"): one of them named
        with a country makes the other of the other side; with none, the document's own order of the two countries
        ("between the Ministry of X of Chile and the Ministry of Y of Peru") gives theirs."""
        for m in _SIGNED_RE.finditer(self.text, self.body_start):
            s_lo, s_hi, _ = self.sentence_at(m.start())
            signers: list[tuple[int, int, _Entity]] = []
            if m.group("by") or m.group("xby") or m.group("label"):  # "signed by A and B"
                # (a semicolon ends the pair: "... was signed by A and B; the agreement on Y was signed by C and D";
                # not one before "and": "signed by A, Minister of X; and B, Minister of Y")
                semicolon = compiled(r";(?!\s*and\b)").search(self.text, m.end(), s_hi)
                hi = semicolon.start() if semicolon else s_hi
                i = bisect.bisect_left(self.mention_starts, m.end())
                while i < len(self.mentions) and self.mentions[i][0] < hi and len(signers) < 3:
                    if not signers or self.mentions[i][2] is not signers[-1][2]:
                        signers.append(self.mentions[i])
                    i += 1
            else:  # "A and B signed"
                i = bisect.bisect_left(self.mention_starts, s_lo)
                while i < len(self.mentions) and self.mentions[i][0] < m.start() and len(signers) < 3:
                    if not signers or self.mentions[i][2] is not signers[-1][2]:
                        signers.append(self.mentions[i])
                    i += 1
                if (
                    len(signers) == 2
                    and compiled(r"[^.;]*?\band\b[^,.;]*$").match(self.text, signers[0][1], signers[1][0]) is None
                ):
                    continue
            if len(signers) != 2 or not compiled(r"\band\b").search(self.text, signers[0][1], signers[1][0]):
                continue
            (_, _, a), (_, _, b) = signers
            if a.outsider or b.outsider:
                continue
            if bool(a.country) != bool(b.country):
                known, other = (a, b) if a.country else (b, a)
                if known.country in pair:
                    other.country = next(c for c in pair if c != known.country)
            elif not a.country and not b.country:
                order = [c for at, _, c in self.countries if s_lo <= at < m.start() and c in pair]
                order = [c for k, c in enumerate(order) if not k or c != order[k - 1]]
                if len(order) == 2:
                    a.country, b.country = order

    def _host_side_countries(self, pair: list[str], votes: dict[str, int]) -> None:
        """People still without a country, named by title alone, are the host's ("talks with President Tanko in
        Abuja"): a visiting delegation is introduced with its country; the host's officials are not. A head of
        state or government whose office the host already fills is the guest."""
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        # (places that tie, or name no side, leave the host to the guest's description: "a banquet in Pretoria ...
        # ANC leaders had travelled to Hanoi in the 1970s ... Vietnamese president X, who is on a state visit")
        tied = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
        if not ranked or tied or ranked[0][0] not in pair:
            # "a four-day state visit by Ghanaian President X": the visitor's country, so the host is the other
            visitors = {_COUNTRY_BY_FORM[m.group("c")] for m in _VISIT_BY_RE.finditer(self.text, self.body_start)}
            visitors |= {
                _COUNTRY_BY_FORM[next(g for g in m.group("c", "v", "h", "o", "l", "f", "w") if g)]
                for m in _GUEST_SIDE_RE.finditer(self.text, self.body_start)
                if not self._in_marks(m.start())
            }
            visitors &= set(pair)
            if len(visitors) == 1:
                ranked = [(next(c for c in pair if c not in visitors), 1)]
            elif ranked:
                ranked = []
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]) or ranked[0][0] not in pair:
            return
        host = ranked[0][0]
        guest = next(c for c in pair if c != host)
        # (a national agency's copy of its own country's visit abroad titles its own officials alone)
        home = self.agency_country
        place, away = self._byline_city
        home = home or (guest if away and place == host else "") or self._plain_side(pair)
        home = home if home == guest else ""
        described = self._described_leaders(pair)
        for ent in self.unique():
            # "talks between President A and her host, President B": the one called the host is the host
            if (
                not ent.country
                and not ent.outsider
                and any(_CALLED_HOST_RE.search(self.text, max(0, p - 60), p) for p in ent.positions)
            ):
                ent.country = host
        for ent in self.unique():
            # (one who welcomes or receives the guest is the host, untitled too: "X warmly welcomed the guest"; and
            # a head of state so named is no second guest for the host's office being filled already)
            hosting = any(
                _HOST_ACT_RE.match(self.text, self.name_end(p)) and not self._in_marks(p) for p in ent.positions
            )
            hosts = not ent.role and hosting
            if ent.country or not (ent.role or ent.member or hosts) or ent.outsider:
                continue
            if joined_from := self._joined_from(ent, pair):
                ent.country = joined_from  # (the side is the place they join from, not the host they join)
            elif ent.role in described and not any(
                e is not ent and e.role == ent.role and e.country == described[ent.role] for e in self.unique()
            ):
                ent.country = described[ent.role]  # "Timor-Leste's president" is the one president named
            elif (
                ent.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
                and not hosting
                and any(
                    e is not ent and e.role == ent.role and e.country == host and e.positions for e in self.unique()
                )
            ) or any(
                _VISITOR_RE.match(self.text, p)
                # "X, a member of the business delegation": the delegation of the visit is the guest's
                or _JOINED_AFTER_RE.match(self.text, self.name_end(p))
                or _LISTED_IN_PARTY_RE.match(self.text, self.name_end(p))
                or self._meets_side_of(p, host)
                or self._listed_at_meeting_with(p, host)
                or self._owns_visit(p)
                or _GUEST_PARTY_RE.search(self.text, self.sentence_at(p)[0], p)
                for p in ent.positions
            ):
                # "Prime Minister Daniel Fortier made his first official visit to Mexico": the one who visits
                ent.country = guest
            elif home and not any(self._met_before(p) for p in ent.positions):
                ent.country = home  # (not one the guest meets: "he will call on President X")
            elif third := self._third_country_voice(ent.first, pair):
                ent.country = third  # "Azerbaijan condemned the deal. "...," a foreign ministry spokesman X said"
            else:
                ent.country = host

    def _joined_from(self, ent: _Entity, pair: list[str]) -> str:
        """The country of the two whose place the person joins the visit from by video, no one else named between
        the name and the words: "X, who remained at home, joined the signing by video link from Tokyo"."""
        if "video" not in self.text and "virtually" not in self.text:
            return ""
        for pos in ent.positions:
            end = self.name_end(pos)
            m = _VIDEO_FROM_RE.search(self.text, end, self.sentence_at(pos)[1])
            if m is None:
                continue
            i = bisect.bisect_right(self.mention_starts, end)
            while i < len(self.mentions) and self.mentions[i][0] < m.start() and self.mentions[i][2] is ent:
                i += 1
            if (
                i < len(self.mentions)
                and self.mentions[i][0] < m.start()
                and not compiled(r",\s+who\b").match(self.text, end)
            ):
                continue  # ("X met Y, who joined by video link from Z": Y's place; not "X, who ... Y, joined")
            code = _place_country(self.text, m.end())
            if code in pair:
                return code
        return ""

    def _plain_side(self, pair: list[str]) -> str:
        """The side whose leader the story titles bare while the other's is titled with their country: "President A
        and South Korean President B witnessed ...": a story calls its own side's people by office alone, so the
        guest's bare "Foreign Minister C" is the guest's, not the host's. "" when both or neither are so titled."""
        titled: dict[str, set[bool]] = {}
        for e in self.unique():
            if not e.outsider and e.positions and e.country in pair and e.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
                titled.setdefault(e.country, set()).add(self._titled_with_country(e))
        bare = [c for c, flags in titled.items() if flags == {False}]
        if len(titled) != 2 or len(bare) != 1 or {True} not in titled.values():
            return ""
        # (a story that opens on the titled leader's side is told from there)
        return bare[0] if self.lead_side in ("", bare[0]) else ""

    def _titled_with_country(self, ent: _Entity) -> bool:
        """Whether the person's title names their country, before the name or after it ("President X of the
        Republic of Uzbekistan")."""
        if ent.own_country:
            return True
        for pos in ent.positions:
            after = _OF_COUNTRY_RE.match(self.text, self._mention_ends.get((id(ent), pos), self.name_end(pos)))
            c = _COUNTRY_RE.match(self.text, after.start("c")) if after else None
            if c and _COUNTRY_BY_FORM.get(c.group(0)) == ent.country:
                return True
        return False

    def _third_country_voice(self, pos: int, pair: list[str]) -> str:
        """The third country whose reaction the sentence before a title's name opens on, when the name's own
        sentence names no country outside quotation marks: "Azerbaijan swiftly condemned the announcement.
        "...," foreign ministry spokesman X said" speaks for Azerbaijan, not for the host."""
        s_lo, _, para = self.sentence_at(pos)
        if s_lo <= self.paras[para][0]:
            return ""  # (a paragraph's first sentence reacts to nothing before it)
        if any(s_lo <= a < pos and not self._in_marks(a) for a, _, _ in self.countries):
            return ""
        prev_lo = self.sentence_at(s_lo - 1)[0]
        opening = [c for a, _, c in self.countries if prev_lo <= a < prev_lo + 12 and not self._in_marks(a)]
        named = {c for a, _, c in self.countries if prev_lo <= a < s_lo and not self._in_marks(a)}
        if len(opening) == 1 and named == {opening[0]} and opening[0] and opening[0] not in pair:
            return opening[0]
        return ""

    @functools.cached_property
    def agency_country(self) -> str:
        """The country of the national agency whose tag opens the story ("Bishkek, June 16 /Kabar/."), else ""."""
        tag = _AGENCY_TAG_RE.search(self.text, self.body_start, self.paras[min(2, len(self.paras) - 1)][1])
        return _AGENCY_BY_UPPER[next(filter(None, tag.groups())).upper()] if tag else ""

    @functools.cached_property
    def lead_side(self) -> str:
        """The country of the person the story's first sentence with people in it is about, as its subject
        ("On 22 November, President of A X held talks with President of B Y", "Prime Minister X, who is on a visit
        to B, met ..."): a release or an agency's copy opens on its own side's person, wherever it is filed from."""
        for a, b in self.paras[:6]:
            i = bisect.bisect_left(self.mention_starts, a)
            if i >= len(self.mentions) or self.mentions[i][0] >= b:
                continue
            s_lo, s_hi, _ = self.sentence_at(self.mentions[i][0])
            named: dict[int, tuple[int, _Entity]] = {}
            while i < len(self.mentions) and self.mentions[i][0] < s_hi:
                pos, end, ent = self.mentions[i]
                i += 1
                if end > named.get(pos, (-1, ent))[0]:
                    named[pos] = (end, ent)  # (the whole name, not a shorter form at its start)
            last_end = -1
            for pos, (end, ent) in sorted(named.items()):
                if pos < last_end:
                    continue  # (a shorter form inside the name just read)
                if last_end >= 0 and compiled(r"\s*(?:,|and|&)\s*").fullmatch(self.text, last_end, pos):
                    return ""  # "A and B held talks", "A, B agree to ...": the story is about both
                last_end = end
                breaks = [m.end() for m in _LEAD_BREAK_RE.finditer(self.text, s_lo, pos)]
                if ent.outsider or not _SUBJECT_HEAD_RE.fullmatch(self.text, breaks[-1] if breaks else s_lo, pos):
                    continue
                if _LEAD_ACT_RE.match(self.text, end):
                    return ent.country
            if a > self.paras[0][0] or self.text[a:b].rstrip().endswith((".", "!", "?", '"', "”")):
                return ""
            # (a headline whose subject is a bare office reads on: "Head of State holds talks with President of B Y")
        return ""

    def _met_before(self, pos: int) -> bool:
        """Whether the sentence names a meeting before ``pos``: "called on President X", "was received by X"; or
        names X as the one the subject addresses: "telling President X during a visit to Abuja" is the subject's
        visit, X the one visited."""
        s_lo = self.sentence_at(pos)[0]
        if _MET_BEFORE_RE.search(self.text, max(s_lo, pos - 200), pos):
            return True
        told = _ADDRESSED_END_RE.search(self.text, max(s_lo, pos - 90), pos)
        return told is not None and _only_titles_between(self.text, told.end(), pos)

    def _owns_visit(self, pos: int) -> bool:
        """Whether the name at ``pos`` owns this visit: "President X's state visit", "Fortier's three-day trip" (not
        "X's visit to Oslo in 2019")."""
        end = self.name_end(pos)
        if not self.text.endswith(("'s", "’s"), pos, end):
            return False
        visit = compiled(r"\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\b[^.;,]*").match(self.text, end)
        return visit is not None and not self._another_years(visit.group(0))

    def _other_portfolio(self, ent: _Entity) -> bool:
        """Whether every other holder of the person's role has a portfolio unlike theirs: "Minister of Higher
        Education" is no counterpart of a "Foreign Minister", so need not be of the other side."""
        own = _portfolio(ent.title)
        others = [e for e in self.unique() if e is not ent and e.role == ent.role and e.country and e.positions]
        fields = [_portfolio(e.title) for e in others]
        return bool(own) and bool(others) and all(field and not own & field for field in fields)

    def _meets_side_of(self, pos: int, host: str) -> bool:
        """Whether the person named at ``pos`` goes on to meet the host's people ("Premier X met with senior members
        of Vietnam's government", "X held talks with Kenyan ministers"): a host's own official meets the guest's."""
        end = self.name_end(pos)
        # (past the title set off after the name: "X, chairman of the Standing Committee, met with Pakistani ...")
        apposed = _APPOSED_AFTER_RE.match(self.text, end)
        m = _MEETS_RE.match(self.text, apposed.end() if apposed else end)
        return bool(m) and _COUNTRY_BY_FORM.get(m.group("c")) == host

    def _listed_at_meeting_with(self, pos: int, host: str) -> bool:
        """Whether the person named at ``pos`` is listed as sitting in on a meeting with the host's leader
        ("Participating in the meeting with the Japanese Prime Minister were the Minister of ... X"): the guest's."""
        m = _LISTED_AT_MEETING_WITH_RE.match(self.text, self.sentence_at(pos)[0], pos)
        return bool(m) and _COUNTRY_BY_FORM.get(m.group("c")) == host

    def _described_leaders(self, pair: list[str]) -> dict[str, str]:
        """The country of a leader the text also describes by title ("Timor-Leste's president", "the Timorese
        president"), by role, when one country of the pair is so described for that role."""
        found: dict[str, set[str]] = {}
        for m in _DESCRIBED_LEADER_RE.finditer(self.text):
            named, office = m.group("c") or m.group("k"), m.group("t") or m.group("u")
            c = _COUNTRY_RE.fullmatch(named)
            code = _COUNTRY_BY_FORM.get(named) if c else None
            if code in pair:
                role = (
                    HEAD_OF_STATE
                    if office.lower() in ("president", "king", "emir", "sultan")
                    else (HEAD_OF_GOVERNMENT)
                )
                found.setdefault(role, set()).add(code)
        return {role: next(iter(codes)) for role, codes in found.items() if len(codes) == 1}

    def _pair_countries(self, pair: list[str]) -> None:
        for ent in self.unique():
            if ent.country or not ent.role:
                continue
            # (people of the newsroom's records whom this article never names hold no office in it)
            used = {
                e.country
                for e in self.entities.values()
                if e is not ent and e.role == ent.role and e.country and e.positions
            }
            free = [c for c in pair if c not in used]
            # (a side has many officials: one official placed tells nothing of another's side)
            if len(free) == 1 and used and not self._other_portfolio(ent) and ent.role != OFFICIAL:
                ent.country = free[0]
                continue
            top = (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
            # (a crown's kingdom has a government of its own: the prime minister beside an emir may be his)
            others = [
                e
                for e in self.unique()
                if e is not ent
                and e.role in top
                and e.country in pair
                and e.positions
                and not (ent.role == HEAD_OF_GOVERNMENT and _crowns(e.title.lower().split()))
            ]
            met = self._met_across(ent, pair)
            if ent.role in top and not met and len({e.country for e in others}) == 1:
                # (a visitor not yet placed who meets both the host's president and a prime minister sees two leaders
                # of one side: "Zheng met with Pakistani President A ... and met with Prime Minister B")
                visitor = self._unplaced_meeter(ent)
                if visitor is not None and any(self._meets(visitor, e) for e in others):
                    ent.country = others[0].country
                    continue
                # the other leader of a two-sided visit
                # (a leader met by someone of one side is of the other, whatever leader is named already: a foreign
                # minister received by the host's president goes on to meet the host's prime minister)
                ent.country = next(c for c in pair if c != others[0].country)
                continue
            ent.country = met or ent.country

    def _unplaced_meeter(self, ent: _Entity) -> _Entity | None:
        """The one the story has not yet placed on a side who meets the leader, as the subject of the sentence
        ("Zheng also met Prime Minister X"), if any."""
        for p in ent.positions:
            s_lo = self.sentence_at(p)[0]
            acts = list(_MET_RE.finditer(self.text, s_lo, p))
            if not acts or _PASSIVE_BEFORE_RE.search(self.text, s_lo, acts[-1].start()):
                continue
            after = compiled(r"\s+(?:with\s+)?").match(self.text, acts[-1].end())
            if after is None or not _only_titles_between(self.text, after.end(), p):
                continue
            i = bisect.bisect_left(self.mention_starts, s_lo)
            if i < len(self.mentions) and self.mentions[i][0] < acts[0].start():
                subject = self.mentions[i][2]
                if subject is not ent and not subject.country and not subject.outsider:
                    return subject
        return None

    def _meets(self, subject: _Entity, other: _Entity) -> bool:
        """Whether a sentence has ``subject`` meet ``other``: the subject named before a verb of meeting, the other
        after it."""
        for p in other.positions:
            s_lo = self.sentence_at(p)[0]
            i = bisect.bisect_left(self.mention_starts, s_lo)
            while i < len(self.mentions) and self.mentions[i][0] < p and self.mentions[i][2] is not subject:
                i += 1
            if i >= len(self.mentions) or self.mentions[i][0] >= p:
                continue
            act = _MET_RE.search(self.text, self.mentions[i][1], p)
            if act is not None and not _PASSIVE_BEFORE_RE.search(self.text, self.mentions[i][1], act.start()):
                return True
        return False

    def _met_across(self, ent: _Entity, pair: list[str]) -> str:
        """The side of one met by someone of the other side, "" when no sentence naming them tells it: the first
        mention may only list them ("attended by Foreign Minister X"), a later one meet them ("held talks with his
        counterpart, Foreign Minister X")."""
        for at in dict.fromkeys([ent.first, *ent.positions]):
            side = self._met_across_at(ent, at, pair)
            if side:
                return side
        return ""

    def _met_across_at(self, ent: _Entity, at: int, pair: list[str]) -> str:
        """The side of one named at ``at`` and met there by someone of the other side, "" when the sentence tells
        none."""
        # "Nurpeisov also met Federal Minister ... Pichler": the other side of the pair
        s_lo = self.sentence_at(at)[0]
        upto = at
        passive = _RECEIVED_BY_RE.search(self.text, s_lo, at)
        if passive is not None:  # "X was received by A and B": A's side is B's, the other is X's
            upto = passive.start()
        # (the one met is the object: "I met Minister A and called on B" puts B on A's side, not across)
        acts = list(_MET_RE.finditer(self.text, s_lo, upto))
        # ("call on the Prime Minister and meet Minister B": one subject's acts, the first object no subject)
        # ("paid a courtesy call on President A and also met B": an adverb after the joining word changes nothing)
        while len(acts) > 1 and compiled(r"\s(?:and|then)\s+(?:(?:also|later|then|subsequently)\s+)?$").search(
            self.text, acts[-2].end(), acts[-1].start()
        ):
            acts.pop()
        subject_end = acts[-1].start() if acts and passive is None else upto
        if passive is not None and acts:
            # ("X held talks with A before being received by B": the one received is the subject before its
            # first act, not A, whom he met, and who is B's side)
            subject_end = acts[0].start()
        hosts = {e.country for p, _, e in self.mentions if s_lo <= p < subject_end and e.country and e is not ent}
        if not hosts:  # "The Indonesian minister later met Trade Minister Don Farrow"
            # (the subject ends at its first act: "he held talks in Hanoi with his Vietnamese counterpart A and
            # met B" describes A, the one met first, not the subject)
            verb = _MET_RE.search(self.text, s_lo, upto)
            # ("the Azerbaijani minister laid a wreath and was received by X": the passive's subject)
            verb_at = verb.start() if verb else passive.start() if passive is not None else -1
            subject_lo = s_lo
            comma = self.text.find(",", s_lo, verb_at) if verb_at >= 0 else -1
            if comma >= 0 and _FRONTED_PHRASE_RE.match(self.text, s_lo, comma):
                # "Before the lunch at the Itamaraty Palace, the chancellor met X": the place of the opening phrase
                # is no country of the subject's
                subject_lo = comma + 1
            described = _parse_title(self.text[subject_lo:verb_at]) if verb_at >= 0 else None
            # (a subject named, with no country yet, is no description: "Canada will help the Philippines track
            # vessels, Prime Minister X said, after talks with Y" tells nothing of Y's side)
            i = bisect.bisect_left(self.mention_starts, s_lo)
            j = bisect.bisect_left(self.mention_starts, verb_at, i)
            named = any(e is not ent for _, _, e in self.mentions[i:j])
            if described is not None and described.country and not named:
                hosts = {described.country}
            elif (
                verb is not None
                and described is not None
                and described.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
                and described.label.split()[0] == described.core.split()[0].title()
            ):
                # "Minister Y says ... The Minister will meet Trade Minister X": the bare title is the minister
                # last named before it (not "the President", who may be either side's in a two-sided story)
                said = self.recent(s_lo, lambda e, role=described.role, met=ent: e.role == role and e is not met)
                if said is not None and said.country in pair:
                    hosts = {said.country}
        if len(hosts) == 1 and hosts <= set(pair) and _MEETING_RE.search(self.text, s_lo, at):
            return next(c for c in pair if c not in hosts)
        return ""

    # ---- where the visit happens

    def host_votes(self) -> dict[str, int]:
        """Votes for the country the visit takes place in: arrival and visit cues, then the dateline city."""
        if self._host_votes is None:
            self._host_votes = self._count_host_votes()
        return self._host_votes

    def _count_host_votes(self) -> dict[str, int]:
        text = self.text
        votes: dict[str, int] = {}
        marked = _Spans(self.marked_spans)
        for at, code, weight in self._host_cues:
            if not marked.holds(at):
                votes[code] = votes.get(code, 0) + weight
        for at, code in self._receivers:
            if not marked.holds(at):
                votes[code] = votes.get(code, 0) + 1
        for at, code in self._seat_scenes:
            if not marked.holds(at):
                votes[code] = votes.get(code, 0) + 1
        code = self._headline_place
        if code:  # (as sure a sign as an arrival: the editor's own words for where the visit is)
            votes[code] = votes.get(code, 0) + 3
        for start, end, ent in self.mentions:
            # "The President of Mexico, X, received ...", "X then hosted a banquet": whoever receives is at home
            if ent.country and not ent.outsider and not marked.holds(start):
                if _HOST_ACT_RE.match(text, end) and not self._in_marks(start):
                    votes[ent.country] = votes.get(ent.country, 0) + 1
        code = self.dateline_country()
        if not code:
            for a, _ in self.paras[:3]:
                # "Buenos Aires, October 9 - ...": a known city opening a lead paragraph, written in mixed case
                city = _LEAD_CITY_RE.match(text, a)
                if city:
                    code = _CITY_BY_NAME[city.group(1)]
                    break
        code = code or self._byline_city[0]
        for a, b in self.paras[:3] if not code else ():
            bracketed = _BRACKETED_DATELINE_RE.search(text, a, b)
            if bracketed:
                code = _CITY_BY_NAME[bracketed.group(1)]
                break
        if code:
            votes[code] = votes.get(code, 0) + 1
        if not votes:
            # (a preview: "President X will pay a state visit to China from October 18")
            for at, code, weight in self._cue_lists[1]:
                if not marked.holds(at):
                    votes[code] = votes.get(code, 0) + weight
        return votes

    @functools.cached_property
    def _headline_place(self) -> str:
        """The country of the place a headline puts a person in ("Dutch PM X in Accra – as it happened", "Live:
        Premier X in Brasília – talks with Y"): a headline places its subject where the visit is, "" when none."""
        if not self.paras or self.text[slice(*self.paras[0])].rstrip().endswith((".", "!", "?")):
            return ""
        lo, hi = self.paras[0]
        i = bisect.bisect_left(self.mention_starts, lo)
        while i < len(self.mentions) and self.mentions[i][0] < hi:
            pos, _, ent = self.mentions[i]
            i += 1
            if ent.outsider:
                continue
            at = _LEADER_IN_CITY_RE.match(self.text, self._mention_ends.get((id(ent), pos), self.name_end(pos)))
            if not at or at.end() > hi:
                continue
            place = at.group("place")
            return next(
                (c for p in dict.fromkeys([place, place.split(" ")[0]]) if (c := _CITY_BY_NAME.get(p))),
                _COUNTRY_BY_FORM.get(place.split(" ")[0], ""),
            )
        return ""

    @functools.cached_property
    def _seat_scenes(self) -> list[tuple[int, str]]:
        """(position, country) of a scene set at a seat of a state's head or government ("at Buckingham Palace"):
        the text's own, found once."""
        if not any(w in self.text for w in ("Palace", "House", "Kremlin", "Street", "Hall", "Akorda", "Ak Orda")) and (
            not any(name in self.text for name in _SEAT_BY_NAME)
        ):
            return []
        return [
            (m.start(), _SEAT_BY_NAME[m.group("seat")])
            for m in _AT_SEAT_RE.finditer(self.text, self.body_start)
            if not self._in_marks(m.start())
        ]

    @functools.cached_property
    def _receivers(self) -> list[tuple[int, str]]:
        """(position, country) of a receiving verb whose sentence opens with a country's capitalised office: the votes
        are counted again as quotes are marked, but these depend on the text only."""
        text = self.text
        found = []
        for m in _RECEIVER_RE.finditer(text, self.body_start):
            # "Kazakh Foreign Minister Daulet Nurpeisov received Japan's Ambassador": the receiver is at home
            c = _COUNTRY_RE.match(text, self.sentence_at(m.start())[0])
            if c and _CAPITALISED_RUN_RE.fullmatch(text, c.end(), m.start()):
                found.append((m.start(), _COUNTRY_BY_FORM[c.group(0)]))
        return found

    @functools.cached_property
    def _host_cues(self) -> list[tuple[int, str, int]]:
        """Arrival and visit cues as (position, country, weight): the host is counted again as people gain
        countries and quotes are marked, but the cues, all but the marks, stay as the text has them."""
        return self._cue_lists[0]

    @functools.cached_property
    def _cue_lists(self) -> tuple[list[tuple[int, str, int]], list[tuple[int, str, int]]]:
        """The cues of the visit told, and those of a visit announced ("X will pay a state visit to China"): a
        preview names its host only so."""
        text = self.text
        cues: list[tuple[int, str, int]] = []
        future: list[tuple[int, str, int]] = []
        for m in _HOST_CUE_RE.finditer(text, self.body_start):
            if self._in_marks(m.start()):
                continue  # "when he is in Brussels", said inside quotation marks, is nobody's trip
            s_lo, s_hi, _ = self.sentence_at(m.start())
            # the clause around the cue, not the whole sentence ("... to Uzbekistan, ... that ministers hope will")
            c_lo = max(
                s_lo, m.start() - 80, text.rfind(",", s_lo, m.start()) + 1, text.rfind(";", s_lo, m.start()) + 1
            )
            c_hi = min(s_hi, m.end() + 60)
            stop = compiled(r"[,;]").search(text[m.end() : c_hi])
            near = text[c_lo : m.end() + stop.start() if stop else c_hi]
            if compiled(
                # ("at the invitation of" is this visit's own)
                r"\binvit(?!ation\s+of\b)|\bnext year\b|\b(?:asked|urged)\b[^.;]{0,60}\bto visit\b"
            ).search(near) or compiled(r"(?:travels|flies|heads|goes on|moves on|continues on)\b").match(m.group(0)):
                continue  # a visit the future holds, not this one; the next leg of a tour
            # (a visit or an arrival only: "Jamaicans travelling to Ghana will no longer need a visa" is no preview)
            announced = bool(compiled(r"\bwill\b").search(near))
            if announced and not compiled(r"(?:[Vv]isit|[Tt]rip|[Tt]our|[Jj]ourney|arriv)").match(m.group(0)):
                continue
            if self._another_years(near):
                continue  # "paid a State visit to Chile in 2019": an earlier visit the background recalls
            if _LATER_VISIT_RE.search(near):
                continue  # "ahead of an expected trip to Australia later this year": a visit still to come
            if _EARLIER_STOP_RE.search(m.group(0)):
                continue  # "landed at Brasilia Air Base after a stop in Lima": the leg before, not the visit's place
            if compiled(r"\b(?:continu\w+|onward|next leg|before (?:heading|leaving|travell?ing|flying))\b").search(
                near
            ):
                continue  # "before continuing his tour to Santiago": where the guest goes next
            code = _place_country(text, m.end())
            if m.group(0).startswith("spoke") and not _CITY_RE.match(text, m.end()):
                continue  # (a city only: "spoke in Kazakh" names a language)
            if code:  # arriving, landing: the strongest sign of where the visit is
                weight = 3 if compiled(r"arriv|land|touched").match(m.group(0)) else 2
                (future if announced else cues).append((m.start(), code, weight))
        return cues, future

    @functools.cached_property
    def _byline_city(self) -> tuple[str, bool]:
        """The country of the city a byline files from ("Jane Roe in Accra", "Jane Roe, Accra", the city alone on
        its line), and whether the byline sends the reporter there ("From Jane Roe in Accra", "From our
        correspondent in Tokyo", "Diplomatic Correspondent, back from Tokyo"): then the paper's home is the other
        side ("Jane Roe in Abuja" and "From Jane Roe, Abuja" may be a reporter at home)."""
        text = self.text
        for a, b in self.paras[:8]:
            line = _BYLINE_CITY_RE.fullmatch(text, a, b) if b - a <= 60 else None
            if line:
                return _CITY_BY_NAME[line.group("city")], bool(
                    (line.group("from") or line.group("our")) and line.group("in") or line.group("back")
                )
            code = _CITY_BY_UPPER.get(text[a:b].strip().upper(), "")  # "BUENOS AIRES" alone on its line
            if code:
                return code, False
        return "", False

    def _another_years(self, clause: str) -> bool:
        """Whether a clause dates itself to a year other than the dateline's ("in 2023", "last year"), or to a
        month well before it ("toured Accra in May" in copy of September; the month before may still be the
        visit's, which can span the turn of a month)."""
        if compiled(r"\b(?:last|previous)\s+year\b|\byears\s+ago\b").search(clause):
            return True
        # ("travelled to China last month": a trip before this one, which the dateline's own days tell)
        if compiled(r"\b(?:last|previous)\s+month\b|\bmonths\s+ago\b").search(clause):
            return True
        year = compiled(r"\bin\s+(?:\w+\s+)?((?:19|20)\d\d)\b").search(clause)
        if year:
            return self.dateline is not None and int(year.group(1)) != self.dateline.year
        month = _IN_MONTH_RE.search(clause) if self.dateline is not None else None
        return bool(month) and 2 <= (self.dateline.month - _MONTHS[month.group("m")]) % 12 <= 6

    def _in_marks(self, pos: int) -> bool:
        """Whether a position is inside double quotation marks opened earlier in its paragraph."""
        p_lo = self.paras[self.sentence_at(pos)[2]][0] if self.paras else 0
        head = self.text[p_lo:pos]
        return head.count('"') % 2 == 1 or head.count("“") > head.count("”") or head.count("«") > head.count("»")

    def dateline_country(self) -> str:
        """The country of the dateline city ("ASTANA, 9 October.", "ISLAMABAD: ..."): the agency's side of the
        story. The dateline opens the first paragraph of the story itself, below a headline, a deck, a byline and an
        agency's date lines, so the first known city in capitals within the opening paragraphs is taken ("WASHINGTON
        — ..." under a two-line deck and "By A and B"); a transcript's "MODERATOR:" is no city and reads on."""
        if self._dateline_code is None:
            self._dateline_code = ""
            for a, b in self.paras[:8]:
                if _headline_in_capitals(self.text[a:b]):
                    continue  # "KENYA, MALAWI AGREE TO ...": a headline's first word, no dateline's city
                m = _DATELINE_RE.match(self.text, a)
                city = m.group("city").strip().title() if m else ""
                code = _CITY_BY_UPPER.get(city.upper()) or _COUNTRY_BY_FORM.get(city, "")
                if code:
                    self._dateline_code = code
                    break
        return self._dateline_code

    def host_country(self) -> str:
        votes = self.host_votes()
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return ""
        return ranked[0][0]

    def _side(self, guest: bool, role: str = "", at: int = 0) -> _Entity | None:
        """The person of the host side, or of the guest side ("his guest", "her host", "the visiting minister"):
        of the role named, else the counterpart of whoever spoke last, else the highest in rank."""
        host = self.host_country()
        if not host:
            return None
        rank = {HEAD_OF_STATE: 0, HEAD_OF_GOVERNMENT: 1, MINISTER: 2}
        people = [
            e for e in self.unique() if e.country and e.positions and not e.outsider and (e.country != host) == guest
        ]
        if role:
            people = [e for e in people if e.role == role] or people
        else:
            spoke = self.recent(at, lambda e: e.country and (e.country != host) != guest and bool(e.role))
            top = [e for e in people if e.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)]
            if spoke is not None and not (top and spoke.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER)):
                people = [e for e in people if e.role == spoke.role] or people
        people.sort(key=lambda e: (rank.get(e.role, 3), e.first))
        return people[0] if people else None

    # ---- resolution

    @staticmethod
    def _norm_phrase(phrase: str) -> str:
        p = fold(phrase).lower().strip(" ,.")
        p = compiled(r"^the\s+").sub("", p)
        return compiled(r"['’]s$").sub("", p)

    def recent(self, at: int, pred, unquoted: bool = False) -> _Entity | None:
        """The entity satisfying ``pred`` mentioned (by name or resolved reference) last before ``at``; with
        ``unquoted``, a name inside quotation marks does not count."""
        best, best_pos = None, -1
        i = bisect.bisect_left(self.mention_starts, at) - 1
        while i >= 0:
            if (
                pred(self.mentions[i][2])
                and not (unquoted and self._quoted(self.mentions[i][0]))
                and not self._sender(self.mentions[i][0])
            ):
                best, best_pos = self.mentions[i][2], self.mentions[i][0]
                break
            i -= 1
        for pos, ent in reversed(self.refs):
            if pos < at and pos > best_pos and pred(ent):
                best = ent
                break
        return best

    def _sender(self, pos: int) -> bool:
        """Whether the name at ``pos`` is of one who sent greetings, a message or a letter by another's hand ("conveyed
        the greetings of President X"): someone away from the talks, whom a later "the President" does not mean."""
        return bool(_SENT_BY_RE.search(self.text, max(0, pos - 80), pos))

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` is inside double quotation marks opened in its paragraph."""
        opened = False
        for m in _DOUBLE_MARK_RE.finditer(self.text, self.paras[self.sentence_at(pos)[2]][0], pos):
            c = m.group(0)
            opened = c in "“«„" or (c not in "”»" and not opened)
        return opened

    def asks(self, para: int) -> bool:
        """Whether a paragraph is a journalist's question in a transcript: under an asker's label, and asking
        ("REPORTER: Prime Minister, will you ...?"); a correspondent's report under the same label is narrative."""
        a, b = self.paras[para]
        return bool(_QUESTION_LINE_RE.match(self.text, a, b)) and "?" in self.text[a:b]

    def journalist_label(self, label: str) -> bool:
        """Whether a transcript label is a journalist's or the moderator's, nobody of the visit: by a word of their
        trade anywhere in it ("SENIOR WHITE HOUSE CORRESPONDENT", "Reporter"), or by a name that a label set beside
        such a word ("MARCUS BELL, CORRESPONDENT:" makes "BELL:" the correspondent's too)."""
        words = _LABEL_WORD_RE.findall(label)
        if any(w.lower() in _NOT_SPEAKER_LABELS for w in words):
            return True
        names = [_key(w.title()) for w in words if w.rstrip(".") not in _HONORIFICS]
        return bool(names) and all(k in self._journalist_names for k in names)

    @functools.cached_property
    def _journalist_names(self) -> frozenset[str]:
        """The name words a transcript's labels set beside a journalist's trade: "DIANA COLE, ANCHOR:",
        "PRESENTER (Ana Ruiz):"."""
        keys: set[str] = set()
        for a, b in self.paras[1:]:
            head = _LABEL_HEAD_RE.match(self.text, a, b)
            if head is None:
                continue
            parts = [x.split() for x in compiled(r"\s*[,()]\s*").split(head.group(1)) if x.strip()]
            # (a note on how the speaker was heard is no trade: "X (through interpreter)")
            if not any(
                w.lower() in _NOT_SPEAKER_LABELS for x in parts if len(x) == 1 or x[0][:1].isupper() for w in x
            ):
                continue
            for x in parts:
                # (a name is capitalised words of no office: not "to President X" in "Question to President X")
                if 1 <= len(x) <= 4 and all(
                    w[:1].isupper() and w.lower() not in _NOT_SPEAKER_LABELS and _bare(w.title()) not in _TITLE_WORDS
                    for w in x
                ):
                    keys.update(_key(w.title()) for w in x)
        return frozenset(keys)

    def resolve_label(self, label: str) -> _Entity | None:
        """The person a transcript label names ("TOKAYEV", "President Tokayev"); None for journalists' labels."""
        words = label.replace(".", " ").replace(",", " ").split()
        if not words or self.journalist_label(label):
            return None
        keys = {_key(part.capitalize()) for word in words for part in word.split("-")}
        for word in reversed(words):
            ent = self.entities.get(_key(word[:1] + word[1:].lower()))
            if ent is not None:
                return ent
        for ent in self.unique():  # "BARRACHINA" for Elena Barrachina Ruiz, "MANALO-DE GUZMAN"
            if ent.positions and keys & {
                _key(part) for w in ent.name.split() for part in w.split("-") if len(part) > 2
            }:
                return ent
        if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 4:
            # "CLS:" after "Catherine Lavoie-Singh (CLS):": a speaker's initials, as interviews set them out
            initialled = [
                e
                for e in self.unique()
                if e.positions and not e.outsider and "".join(w[0] for w in re.split(r"[\s-]+", e.name)) == words[0]
            ]
            if len(initialled) == 1:
                return initialled[0]
        if self.author is not None and self._labels_author(label):
            return self.author  # a release's transcript labels its author by the office of the letterhead
        ent = self.alias_map.get(self._norm_phrase(label.title()))
        if ent is not None and self._office_holder(ent) is not None:
            return self._office_holder(ent)
        if ent is not None and self._alias_applies(ent):
            return ent
        # "MINISTER:" in an interview with the story's one minister: the office in a transcript's capitals names its
        # only holder ("King: 'A future ...'" heads a live blog's entry)
        # (an office in mixed case labels its holder where the paragraphs run as a transcript's turns, not in a
        # headline's "President: Iran opposes ...")
        title = _parse_title(label.title()) if label.isupper() or self._labels[1] >= 3 else None
        # (an office's own glue makes no label longer: "THE PRESIDENT OF THE REPUBLIC")
        if title is None or len([w for w in words if w.lower() not in ("the", "of", "and")]) > 3:
            return None
        holders = [
            e
            for e in self.unique()
            if e.positions
            and not e.outsider
            and e.role == title.role
            and (not title.country or e.country == title.country)
            # ("King:" is not the president's, though both head a state)
            and (not e.title or title.core in e.title.lower())
        ]
        if len(holders) > 1:
            # "THE PRIME MINISTER:" beside "PRIME MINISTER NAULIVOU:": the office alone labels the holder whom no
            # label names
            holders = [e for e in holders if _key(e.name.split()[-1]) not in self._labels[0]]
        return holders[0] if len(holders) == 1 else None

    @functools.cached_property
    def _labels(self) -> tuple[frozenset[str], int]:
        """The words of the transcript labels that open the article's body paragraphs, as name keys, and how many
        paragraphs open with one."""
        words, count = set(), 0
        for a, b in self.paras[1:]:
            label = _LABEL_HEAD_RE.match(self.text, a, b)
            if label is not None:
                count += 1
                words.update(_key(w) for part in label.group(1).split() for w in part.split("-") + [part])
        return frozenset(words), count

    def _labels_author(self, label: str) -> bool:
        """Whether a transcript label names the office of the release's letterhead, in its full or its short form:
        "FOREIGN MINISTER" under "Minister for Foreign Affairs", "MINISTER" under any minister's letterhead."""
        phrase = self._norm_phrase(label.title())
        if phrase == self.author_office:
            return True
        title = _parse_title(label.title())
        if title is None or title.role != self.author.role or title.country:
            return False
        words = set(phrase.split())
        return len(words) <= 3 and words <= set(self.author_office.split())

    def _subject_antecedent(self, at: int, last: _Entity | None) -> _Entity | None:
        """The person named as the subject of this or the previous sentence of the paragraph, when named after
        the last speaker: "Kamaruddin thanked his host. According to him, ..." is Kamaruddin's."""
        s_lo, _, para = self.sentence_at(at)
        prev = self.sentence_at(s_lo - 1) if s_lo > self.body_start else None
        lo = prev[0] if prev is not None and prev[2] == para else s_lo
        last_at = max((p for p, e in self.refs if e is last and p < at), default=-1)
        best, best_at = None, -1
        i = bisect.bisect_left(self.mention_starts, lo)
        while i < len(self.mentions) and self.mentions[i][0] < at:
            pos, _, ent = self.mentions[i]
            head = self.text[self.sentence_at(pos)[0] : pos]
            if pos > last_at and _SUBJECT_HEAD_RE.fullmatch(head):
                best, best_at = ent, pos
            i += 1
        colon = self.text.rfind(":", s_lo, at)
        if colon > s_lo and not _DOUBLE_MARK_RE.search(self.text, s_lo, colon):
            # "A French diplomat offered another reading: Paris, he said, ...": the pronoun is the sentence's subject
            own = self._described_subject(s_lo, colon)
            if own is not None:
                return own
        if best_at < s_lo < at and s_lo > max(last_at, 0):
            # "..., the Prime Minister of Japan sent a cable, in which he expressed ...": this sentence's own subject
            own = self._described_subject(s_lo, at)
            if own is not None and own is not _UNNAMED:
                return own
        opens_para = s_lo == self.paras[para][0]
        if prev is not None and (prev[2] == para or opens_para) and prev[0] > max(last_at, best_at):
            described = self._described_subject(prev[0], prev[1])
            if described is not None:
                return described
            named = [e for _, _, e in self.mentions[bisect.bisect_left(self.mention_starts, prev[0]) : i]]
            if best is None and (
                (named and all(e.outsider for e in named))
                # (or someone the story names only there, in a crowd: "Among the people watching from the pavement
                # was Ana Ruiz, who runs a bakery")
                or (not named and _AMONG_WAS_NAME_RE.match(self.text, prev[0], prev[1]))
            ):
                # "Among those at the lunch was X, managing director of ... "...," he told the Gazette": the one
                # the sentence before names, though no subject, who takes no part
                return _UNNAMED
        return best

    def _described_subject(self, lo: int, hi: int) -> _Entity | None:
        """The person a sentence's subject describes ("On Wednesday, Tokyo's chief diplomat toured ..."), or
        _UNNAMED when it is someone unnamed ("An Ivorian diplomat tells us ...")."""
        fronted = _FRONTED_QUESTION_RE.match(self.text, lo, hi)
        if fronted:
            # "Asked whether the United States had given assurances, Mr. X paused": the question's verbs are not
            # the sentence's, whose subject follows the comma
            lo = fronted.end()
        verb = compiled(
            r"\s(?:[a-z]+ed|met|held|went|took|made|gave|spoke|began|left|flew|paid|laid|tells|says|adds|told|said|"
            r"was|is|has|had|saw|sees|thinks|thought|believes|remains|chose|struck|kept|sought|stood|came|felt|"
            r"found|brought|drew|won|set|put|sat|sent|wrote|led|ran|rose|got|did|does|gives|sends|writes)\b"
        ).search(_RELATIVE_SET_OFF_RE.sub(lambda x: " " * len(x.group(0)), self.text[lo:hi]))
        # ("Ruiz, who has criticised the plan, struck a cautious note": the verbs of a relative clause set off after
        # the subject are not the sentence's)
        opening = _FOR_VIEW_RE.match(self.text, lo, hi)
        if opening:
            # "For the head of the chamber, Ken Mori, the market has potential": the view is the one the opening names,
            # whatever verb the sentence has ("..., the visit "opens a new chapter"")
            i = bisect.bisect_left(self.mention_starts, lo)
            if i < len(self.mentions) and self.mentions[i][0] < opening.end():
                return _UNNAMED if self.mentions[i][2].outsider else self.mentions[i][2]
        # "15:30 — Vos visits a water plant ...", "Okafor thanks Japan ...": a name opening the sentence (past a
        # live page's time stamp) with its verb right after it, or after a set-off phrase, is its subject, whatever
        # the verb's tense
        s = _STAMP_HEAD_RE.match(self.text, lo, hi).end()
        i = bisect.bisect_left(self.mention_starts, s)
        at_start = [m for m in self.mentions[i : i + 4] if m[0] == s]
        if at_start:
            _, end, ent = max(at_start, key=lambda m: m[1])
            if not ent.outsider and _LEAD_ACT_RE.match(self.text, end, hi):
                return ent
        if not verb:
            return None
        # "Dr Aoife Kerrigan, lecturer in politics at ..., said": the set-off description is not the subject
        head = _SET_OFF_RE.sub(lambda x: " " * len(x.group(0)), self.text[lo : lo + verb.start()])
        # ("The head of the agency, Ken Mori, joined ...": the name set off after its office ends at its comma)
        head = compiled(r",\s*$").sub(lambda x: " " * len(x.group(0)), head)
        # "11:15 – An Ivorian diplomat", "PUTRAJAYA, March 3 (Bernama) -- Prime Minister X"
        dashes = [i + 1 for i in (head.rfind("--"),) if i >= 0] + [i + 2 for i in (head.rfind(" - "),) if i >= 0]
        a = lo + max([head.rfind(","), head.rfind("–"), head.rfind("—"), *dashes]) + 1
        b = lo + len(head.rstrip())
        tail = _AFFILIATION_TAIL_RE.search(self.text, a, b)
        if tail is not None and all(
            w[:1].isupper() and _bare(w) not in _STOP_CAPS for w in self.text[a : tail.start()].split()[-2:]
        ):
            # "Economist Jane Roe of the Institute for Policy Research (IPR) said": the body after a full name is
            # where that person works, the description ends at the name
            b = tail.start()
        phrase = self.text[a:b].strip()
        # ("His Excellency the Prime Minister of Japan": honorifics make a description no longer)
        if not phrase or len([w for w in phrase.split() if w not in _HONORIFICS]) > 6 or _PRONOUN_RE.match(phrase):
            i = bisect.bisect_left(self.mention_starts, a)
            while (
                i < len(self.mentions) and self.mentions[i][0] < b and not self.text[a : self.mentions[i][0]].strip()
            ):
                if self.mentions[i][2].outsider and self.text.startswith(",", self.mentions[i][1]):
                    # "Karin Holm, the chief executive of one of those firms, Malmo-based X, travelled ...": a
                    # subject named first and described after, one who takes no part
                    return _UNNAMED
                i += 1
            return None
        if _INDEFINITE_RE.match(phrase):
            return _UNNAMED  # an indefinite description names nobody
        if phrase[:1].islower() and not self._countrys_office(phrase) and not self._sole_holder(phrase):
            return None
        ent = self.resolve(a, b, lo, None)
        if ent is None or ent.outsider:
            # a person named in full who takes no part (an analyst, a protester): "she" is theirs, not a speaker's
            words = [w for w in phrase.split() if w.rstrip(".") not in _HONORIFICS]
            # ("Le Hoang Nam": a name's word may also be a country's, as long as two of them are names' only)
            if (
                2 <= len(words) <= 4
                and all(w[:1].isupper() for w in words)
                and sum(_bare(w) not in _STOP_CAPS for w in words) >= min(len(words), 2)
                and not _COUNTRY_RE.fullmatch(phrase)
            ):
                return _UNNAMED
            # "ACWA Power chief executive Marco Arcelli declined ...": a business or expert description and a name
            if ent is None and _OUTSIDER_LEAD_RE.search(phrase) and len(words) >= 2 and words[-1][:1].isupper():
                return _UNNAMED
            # "Third-year student Emma Holt said": a description and a full name the article gives nobody of the
            # visit
            if (
                ent is None
                and len(words) >= 3
                and all(w[:1].isupper() and _bare(w) not in _STOP_CAPS for w in words[-2:])
            ):
                return _UNNAMED
        return ent

    @staticmethod
    def _countrys_office(phrase: str) -> bool:
        """Whether a lower-case phrase is an office of a named country: "In reply, the Chilean Minister thanked
        ..." describes one person after a fronted phrase, where a bare "the Head of State" is no better a
        guess than the subject the story was following."""
        if not compiled(r"the\s+[A-Z]").match(phrase):
            return False
        title = _parse_title(phrase)
        return title is not None and bool(title.country)

    def _sole_holder(self, phrase: str) -> bool:
        """Whether a lower-case phrase is an office only one person of the story holds: "In the afternoon, the
        Chancellor spoke ..." beside a prime minister describes the chancellor, as "the Chilean Minister" would."""
        if not compiled(r"the\s+[A-Z]").match(phrase):
            return False
        title = _parse_title(phrase)
        if title is None or title.role in ("counterpart", OFFICIAL):
            return False
        holders = [e for e in self.unique() if e.positions and not e.outsider and e.role == title.role]
        narrow = [w for w in title.core.split() if w not in _GENERIC_TITLE_WORDS]
        if narrow:  # ("the Chancellor" beside a prime minister; "the PM" spelling no word of "Prime Minister")
            holders = [e for e in holders if all(w in e.title.lower() for w in narrow)] or holders
        return len(holders) == 1

    def _gender_filter(self, gender: str):
        """A test of whether a person may be "he" ("m") or "she" ("f"): only honorifics the article uses tell."""
        if self._genders is None:
            self._genders = {}
            people = self.unique()
            kin = {
                w for e in people for w in e.name.split()[1:] if sum(w in other.name.split() for other in people) > 1
            }
            for m in compiled(r"\b(?P<h>Mr|Mrs|Ms|Madam|Madame|Sir|Dame)\.?\s+(?P<n>[A-ZÀ-ÞĀ-ſ][\w'’-]+)").finditer(
                self.text
            ):
                ent = self.entities.get(_key(m.group("n")))
                # ("his wife, Mrs Tan Mei Hua" beside "President Tan Boon Hock": the honorific is of the full name it
                # opens, whose first word is a family name the husband's key shares)
                i = bisect.bisect_left(self.mention_starts, m.start("n"))
                at_name = [x for x in self.mentions[i : i + 4] if x[0] == m.start("n")]
                if at_name:
                    ent = max(at_name, key=lambda x: x[1])[2]
                # ("Mrs Grech Sant" beside "President Antoine Grech Sant" and "Mrs Marthese Grech Sant": a surname a
                # spouse or kin of the story also bears tells nothing of the one it indexes)
                if ent is not None and m.group("n") not in kin:
                    self._genders[id(ent)] = "m" if m.group("h") in ("Mr", "Sir") else "f"
            self._pronoun_genders()
        genders = self._genders
        return lambda e: genders.get(id(e), gender) == gender

    def _pronoun_genders(self) -> None:
        """A sentence that opens on "He" or "She" right after one whose only person named is its subject tells that
        person's sex, as an honorific would: "Caroline Ashdown wore it well. She had flown ..." (styles without
        honorifics give no other sign)."""
        assert self._genders is not None
        for k in range(1, len(self.sentences)):
            lo, hi, para = self.sentences[k]
            opening = _OPENING_PRONOUN_RE.match(self.text, lo, hi)
            p_lo, p_hi, p_para = self.sentences[k - 1]
            if opening is None or p_para != para:
                continue
            i = bisect.bisect_left(self.mention_starts, p_lo)
            named = []
            while i < len(self.mentions) and self.mentions[i][0] < p_hi:
                named.append(self.mentions[i])
                i += 1
            if not named or len({id(e) for _, _, e in named}) > 1:
                continue
            pos, _, ent = named[0]
            end = max(b for a, b, _ in named if a == pos)  # (the whole name, not the family name inside it)
            # (the subject, not a possessive before it: "Tan's wife joined him. She ..." is not Tan)
            possessive = self.text.startswith(("'", "’"), end)
            if ent.outsider or possessive or not _SUBJECT_HEAD_RE.fullmatch(self.text, p_lo, pos):
                continue
            self._genders.setdefault(id(ent), "f" if opening.group(1) == "She" else "m")

    def note_gender(self, ent: _Entity, gender: str) -> None:
        """What a pronoun in a person's own reported words tells ("said she had raised it"), unless known."""
        self._gender_filter(gender)
        self._genders.setdefault(id(ent), gender)

    def _alias_applies(self, ent: _Entity) -> bool:
        """A known person's alias ("the Head of State") means them in an article that names them or their country
        as host; elsewhere it is someone else's title."""
        return bool(ent.positions) or (bool(ent.country) and ent.country == self.host_country())

    def _office_holder(self, ent: _Entity) -> _Entity | None:
        """Whoever this article names in a known person's office, when it does not name them: the article is
        newer than the newsroom's records ("the Kazakh President" is the president the story names)."""
        if ent.positions or not ent.role or not ent.country:
            return None
        holders = [
            e
            for e in self.unique()
            if e is not ent
            and e.positions
            and not e.outsider
            and e.country == ent.country
            and (e.role == ent.role or _holds_as_second(e, ent))
        ]
        if not holders and ent.country == self.host_country() and ent.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
            # (one who receives a visit is its leader, not a minister the records hold: "X received the Foreign
            # Minister of Chile" leaves "the Minister" the guest's)
            # "X warmly welcomed the guest", "X holds talks with the President of Peru": an untitled
            # person named in full who receives the visit holds the host's office the records give someone else
            holders = [
                e
                for e in self.unique()
                if e.known is None
                and not e.role
                and not e.outsider
                and e.country in ("", ent.country)
                and len(e.name.split()) >= 2
                and any(_RECEIVES_GUEST_RE.match(self.text, self.name_end(p)) for p in e.positions)
            ]
        return holders[0] if len(holders) == 1 else None

    def resolve(self, a: int, b: int, at: int, last: _Entity | None) -> _Entity | None:
        """The person a speaker phrase text[a:b] names: a name, a pronoun, a known alias or a title."""
        raw = self.text[a:b].strip(" ,")
        if not raw or len(raw.split()) > 14:
            return None
        raw = _CLOCK_SUFFIX_RE.sub("", raw)  # ("the update posted at 5:10 PM": the hour, not the Prime Minister)
        honour = compiled(r"(?:his|her)\s+(?:royal\s+)?(highness|majesty|excellency)", re.I).fullmatch(raw)
        # ("HRH announced", "HM stressed": a Gulf agency's initials of the style, standing for it)
        initials = _HONOUR_INITIALS.get(raw.replace(".", "").replace(" ", "")) if not honour else None
        if honour or initials:  # "His Highness affirmed": the person the article styled so
            styled = _HONOUR_FORMS[initials or honour.group(1).lower()]
            best = None
            for pos, _, ent in self.mentions:
                if pos >= at:
                    break
                if styled.search(self.text, max(0, pos - 40), pos) and not ent.outsider and not self._sender(pos):
                    # "His Majesty" is not the one the article styled "Her Majesty Queen ..."
                    other = "Her" if raw[:3].lower() == "his" else "His"
                    gendered = compiled(rf"\b{other}\s+(?:Royal\s+)?\w+\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}$")
                    if initials or not gendered.search(self.text, max(0, pos - 40), pos):
                        best = ent
            if best is not None:
                return best
        styled_title = _HONOURED_TITLE_RE.match(raw) if not honour else None
        if styled_title:
            # "His Highness the Minister of Foreign Affairs" beside "His Excellency the Minister of ...": of the two
            # holders of the office, the one the article styled so
            styled = _HONOUR_FORMS[styled_title.group(1).lower()]
            title = _parse_title(raw[styled_title.end() :])
            holders: list[_Entity] = []
            for pos, _, ent in self.mentions:
                if pos >= at:
                    break
                if (
                    styled.search(self.text, max(0, pos - 40), pos)
                    and not ent.outsider
                    and (title is None or ent.role == title.role)
                    # ("His Majesty the Emperor" is not the Sultan the story also styles so; "His Highness Sheikh
                    # Khalid bin Sultan" names him, whose name holds the word)
                    and (
                        title is None
                        or not raw[styled_title.end() :].lower().startswith(title.core)
                        or _crowns(title.core.split()) <= _crowns(ent.title.lower().split())
                    )
                    and ent not in holders
                ):
                    holders.append(ent)
            if len(holders) == 1:
                return holders[0]
        if _PRONOUN_RE.match(raw):
            # "she" is not a man the article calls "Mr", nor "he" a woman it calls "Ms"
            agrees = self._gender_filter("f" if raw.split()[0].lower() in ("she", "her") else "m")
            subject = self._subject_antecedent(at, last)
            if subject is _UNNAMED:
                return None  # "An Ivorian diplomat tells us ... "...," he said": the unnamed diplomat
            if subject is not None and agrees(subject):
                return subject
            if last is not None and agrees(last):
                return last
            # (the one named last, when it is someone who takes no part, is whom the pronoun means: nobody's of the
            # visit, not the leader named before them)
            nearest = self.recent(at, agrees)
            return nearest if nearest is None or not nearest.outsider else None
        i = bisect.bisect_left(self.mention_starts, a)
        inside = []
        while i < len(self.mentions) and self.mentions[i][0] < b:
            if self.mentions[i][1] <= b:
                inside.append(self.mentions[i])
            i += 1
        if len(inside) > 1:
            # ("Chairman Hassan bin Mohammed Al-Shehri": a shorter mention inside a longer one is part of that name,
            # not another person named after it)
            inside = [
                m
                for m in inside
                if not any(o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0] for o in inside)
            ]
        if inside:
            head = self.text[a : inside[-1][0]]
            if (
                _UNNAMED_OF_RE.search(head)
                and not compiled(r",\s*$").search(head)
                # ("Adviser to the Prime Minister on Commerce X said", "Secretary in the Ministry of External Affairs X
                # said": the office before the name is his own, not one he speaks for; a party's officer speaks for it)
                and not (_UNNAMED_OF_RE.search(inside[-1][2].title) and not _PARTY_OFFICE_BEFORE_RE.search(head))
            ):
                return None
            if compiled(r"(?:an?|one)\s+(?:[a-z][\w'’-]*\s+){1,4}?(?:who|whom|that|from|near|beside)\s").match(head):
                return None  # "a schoolgirl who handed Tursunov flowers told reporters": a bystander, named by him
            if _PROXY_RE.match(self.text, inside[-1][1], b):
                return None  # "Nazarzoda's spokesman", "Tokayev's office": someone speaking for them
            if _OUTSIDER_LEAD_RE.search(self.text, inside[-1][1], b):
                return None  # "Sao Mai chief executive Nguyen ...": the company's head, not the company name
            return inside[-1][2]
        if compiled(r"\b(?:[Ff]ormer|[Rr]etired|[Oo]ne-?time)\s+\w|\b[Ee]x-\w").search(raw):
            return None  # "said former Indian ambassador to Nepal X": who once held the office, not who holds it now
        s_lo = self.sentence_at(a)[0]
        if self.text.startswith("Welcoming", s_lo) and _WELCOMING_HEAD_RE.fullmatch(self.text, s_lo, a):
            # "Welcoming the distinguished guest, the head of state noted ...": the one who welcomes is the host's
            title = _parse_title(raw)
            if title is not None and title.role not in ("counterpart", OFFICIAL):
                host = self._side(guest=False, role=title.role, at=at)
                if host is not None and host.role == title.role:
                    return host
        norm = self._norm_phrase(raw)
        known = self.alias_map.get(norm)
        if known is not None and known.positions:
            return known
        holder = self._office_holder(known) if known is not None else None
        bare = _parse_title(raw)
        if holder is not None and bare is not None and not bare.country:
            # ("Baku, April 22. ... for President of Kazakhstan X, who arrived in Azerbaijan .... The head of state
            # emphasized": the newsroom's bare "Head of State" is its own country's only in a story told from there,
            # as host or as an agency's copy; elsewhere it is the office of the side the story is told from)
            holder = holder if known.country in (self.host_country(), self.agency_country) else None
        if holder is not None:
            return holder
        fallback = known if known is not None and self._alias_applies(known) else None
        if compiled(r"(?:his|her|their)\s+(?:[\w-]+\s+)?counterpart", re.I).fullmatch(raw):
            # "Breslin said ... His counterpart said ...": the other side's person in the role of the one before
            before = self._subject_antecedent(at, last) or last
            if before is not None and before is not _UNNAMED and before.country:
                rank = {HEAD_OF_STATE: 0, HEAD_OF_GOVERNMENT: 1, MINISTER: 2}
                others = [
                    e
                    for e in self.unique()
                    if e.positions and not e.outsider and e.country and e.country != before.country
                ]
                others.sort(key=lambda e: (e.role != before.role, rank.get(e.role, 3), e.first))
                if others:
                    return others[0]
        side = _SIDE_RE.match(raw)
        if side:  # "his guest", "the hosts", "the visiting minister"
            title = _parse_title(raw)
            return self._side(
                guest=side.group("w").lower().startswith(("guest", "visit")),
                role=title.role if title and title.role not in ("counterpart", OFFICIAL) else "",
                at=at,
            )
        order = compiled(r"the\s+(former|latter)", re.I).fullmatch(raw)
        if order:  # "Tursunov met Kertész. The latter said ...": the second of the two named just before
            s_lo = self.sentence_at(a)[0]
            for _ in range(3):  # the nearest sentence before that names two people
                if s_lo <= self.body_start:
                    break
                s_lo = self.sentence_at(s_lo - 1)[0]
                s_hi = self.sentence_at(s_lo)[1]
                named: list[_Entity] = []
                for pos, _, ent in self.mentions:
                    if s_lo <= pos < min(s_hi, a) and not ent.outsider and ent not in named:
                        named.append(ent)
                if len(named) >= 2:
                    return named[0] if order.group(1).lower() == "former" else named[-1]
            return None
        lawmaker = _LAWMAKER_RE.fullmatch(raw)
        if lawmaker and (lawmaker.group("c") is None or lawmaker.group("c") in _COUNTRY_BY_FORM):
            # "The Vietnamese top legislator", "the Brazilian lawmaker": the one person of that country the story
            # titles with an office of its parliament ("the top legislator": the one person of any country)
            code = _COUNTRY_BY_FORM[lawmaker.group("c")] if lawmaker.group("c") else None
            members = [
                e
                for e in self.unique()
                if e.positions
                and not e.outsider
                and (code is None or e.country == code)
                and e.role in (PARLIAMENT_SPEAKER, OFFICIAL, "")
                and (
                    e.role == PARLIAMENT_SPEAKER
                    or _PARLIAMENT_RE.search(e.title)
                    or any(_PARLIAMENT_RE.search(self.text, max(0, p - 60), p) for p in e.positions)
                )
            ]
            return members[0] if len(members) == 1 else None
        described = _DESCRIBED_PERSON_RE.fullmatch(raw)
        if described and described.group("c") in _COUNTRY_BY_FORM and _is_demonym(described.group("c")):
            # "The Vietnamese official added ...", "the top Russian diplomat highlighted ...": a person described by
            # country and calling, no office, is that country's person the story follows; a diplomat is one whose
            # office is foreign affairs if the story has one, and of several the one named last
            code = _COUNTRY_BY_FORM[described.group("c")]
            ours = [e for e in self.unique() if e.positions and not e.outsider and e.country == code]
            if described.group("n").lower().startswith("diplomat"):
                ours = [e for e in ours if _DIPLOMAT_OFFICE_RE.search(e.title)] or ours
            if len(ours) <= 1:
                return ours[0] if ours else None
            ids = {id(e) for e in ours}
            return self.recent(at, lambda e: id(e) in ids)
        demonym = compiled(r"[Tt]he\s+(?:\d+-year-old\s+|veteran\s+|visiting\s+)?(?P<c>[A-Z][\w'’-]+)").fullmatch(raw)
        if demonym and demonym.group("c") in _COUNTRY_BY_FORM and _is_demonym(demonym.group("c")):
            # "..., said the Angolan": the country's person the story follows, as "the Angolan leader"
            code = _COUNTRY_BY_FORM[demonym.group("c")]
            return self._resolve_title(_Title(role=HEAD_OF_STATE, label="", country=code, core="leader"), at)
        relay = _RELAY_TITLE_RE.fullmatch(raw)
        # ("..., the Kremlin aide said": an aide or adviser speaks for himself, in any attribution)
        aide = relay is not None and relay.group(1).lower() in ("aide", "advis")
        if relay and fallback is None and (aide or _ACCORDING_TO_END_RE.search(self.text, max(0, a - 20), a)):
            # "According to the spokesperson, ...": the one spokesperson the story named, whose account this is (a
            # spokesperson who "said" may only pass on what a leader said)
            word = relay.group(1).lower()
            holders = [e for e in self.unique() if e.positions and not e.outsider and word in e.title.lower()]
            if len(holders) == 1:
                return holders[0]  # (before the seat of power's unnamed voices: "the Kremlin aide")
        # "a government source" names nobody; "Georgia's head of government" names an office holder
        if _INDEFINITE_RE.match(raw) or _UNNAMED_RE.search(_CORE_RE.sub(" ", raw)):
            written = _WRITTEN_BEFORE_RE.fullmatch(raw) if fallback is None else None
            # ("Kremlin aide X told reporters .... "...," the Kremlin aide said": the very words the story wrote
            # before one person's name stand for that person, though they may name an unnamed voice elsewhere)
            return self._styled_holder(raw, at, written.group(1)) if written else fallback
        words = raw.split()
        if len(words) > 6 or any(w[:1].islower() and w not in ("the", "of", "and", "for") for w in words[1:]):
            if not _CORE_RE.search(raw):
                return fallback
        title = _parse_title(raw)
        if (
            title is not None
            and title.core == "chancellor"
            and (
                title.country not in _CHANCELLOR_STATES
                if title.country
                else not any(e.country in _CHANCELLOR_STATES for e in self.unique() if e.positions)
            )
        ):
            # "the Argentine chancellor", "the chancellor" in a story without a German or Austrian: Spanish and
            # Portuguese "canciller", the foreign minister
            title = _Title(role=MINISTER, label="Foreign Minister", country=title.country, core="foreign minister")
        qualifiers = [
            w
            for w in compiled(r"[A-Z][\w'’-]+").findall(raw)
            if w not in _TITLE_WORDS
            and w not in _COUNTRY_WORDS
            and w not in _HONORIFICS
            and w != "The"
            and not _CORE_RE.fullmatch(w)  # ("PM" is the office itself, however the other side's is written)
        ]
        if title is not None and qualifiers and fallback is None:
            # "the Party leader" beside "Party General Secretary X": the one whose office has that word; "the NA
            # President", "the JICA president": the one whose office has the body its initials spell (of the country
            # the phrase names: "the Vietnamese Party chief" is none of the guest's)
            holders = [
                e
                for e in self.unique()
                if e.positions
                and not e.outsider
                and (not title.country or e.country == title.country)
                and all(_office_has(e.title, q) for q in qualifiers)
            ]
            if len(holders) > 1:  # (of those, the one who holds the office named: "President", not "Head of")
                holders = [e for e in holders if title.core in e.title.lower()] or holders
            if len(holders) == 1:
                return holders[0]
            if not holders and any(
                q.isupper()
                and not _CORE_RE.fullmatch(q)
                and compiled(rf"\b{q}\s+(?={_CORE_RE.pattern})", re.I).search(raw)
                for q in qualifiers
            ):
                return None  # "the ADB president" beside the JICA's: a body's initials nobody's office has
        if (
            title is not None
            and title.role == OFFICIAL
            and fallback is None
            and not _RELAY_CORE_RE.match(title.core)
            and (
                compiled(r"\b[A-Z]").search(raw[raw.lower().find(title.core) :])
                or _REGIONAL_RE.search(raw, 0, raw.lower().find(title.core))
            )
        ):
            # "His Royal Highness the Crown Prince", "the Special Envoy", "the regional premier": the one person the
            # story titled so
            holders = [e for e in self.unique() if e.positions and not e.outsider and title.core in e.title.lower()]
            if len(holders) == 1:
                return holders[0]
        if (title is None or title.role == OFFICIAL) and fallback is None:
            styled = self._styled_holder(raw, at)
            if styled is not None:
                return styled
            acronym = _ACRONYM_PHRASE_RE.fullmatch(raw)
            if acronym:
                spelt = self._acronym_holder(acronym.group(1), at)
                if spelt is not None:
                    return spelt
        if title is None or title.role in ("counterpart", OFFICIAL):
            return fallback
        # A known person's alias yields to whoever in this article holds the title it names with a country ("the
        # Turkish leader"); a bare one ("the Head of State") keeps the newsroom's meaning.
        if fallback is not None and not title.country:
            return fallback
        apposed = self._apposed_holder(raw, at) if not title.country else None
        if apposed is not None:
            return apposed
        s_lo, _, s_para = self.sentence_at(a)
        opens = not self.text[s_lo:a].strip() and s_lo > self.body_start and self.sentence_at(s_lo - 1)[2] == s_para
        if not title.country and (compiled(r"\s+also\s").match(self.text, b) or opens):
            # "President A welcomed President B .... The President also stressed ...": "also" goes on with the one
            # the sentence before had as its subject, though its object was named later, as a bare office opening
            # the next sentence of the paragraph does
            before = self._previous_subject(a)
            if (
                before is not None
                and before.role == title.role
                and not before.outsider
                and (title.core, id(before)) not in self._bare_office_others
            ):
                return before
        return self._resolve_title(title, at, mentioned_only=fallback is not None) or fallback

    def _previous_subject(self, at: int) -> _Entity | None:
        """The person named as the subject of the sentence before the one at `at`, across a paragraph break."""
        s_lo = self.sentence_at(at)[0]
        if s_lo <= self.body_start:
            return None
        p_lo, p_hi, _ = self.sentence_at(s_lo - 1)
        i = bisect.bisect_left(self.mention_starts, p_lo)
        if i < len(self.mentions) and self.mentions[i][0] < p_hi:
            # ("The Spokesman said that President A welcomed President B": the subject of the speech relayed)
            relayed = _RELAYED_THAT_RE.match(self.text, p_lo, self.mentions[i][0])
            if _SUBJECT_HEAD_RE.fullmatch(self.text, relayed.end() if relayed else p_lo, self.mentions[i][0]):
                return self.mentions[i][2]
        return None

    def _acronym_holder(self, acronym: str, at: int) -> _Entity | None:
        """ "External Affairs Minister (EAM) X met ... "...," the EAM said": an office's initials stand for the one
        person the story titled with an office whose words they spell, right before the name ("Foreign Minister X",
        "Acme chief executive officer X", with the initials in brackets or not) or set off right after it ("X,
        chief executive officer of Acme,"); of several, the one the story named last. A ministry's initials
        ("Ministry of External Affairs (MEA) Secretary X") spell no office of a person."""
        size = len(acronym)
        holders = []
        for ent in self.unique():
            for pos in ent.positions:
                if pos >= at:
                    break
                # ("External Affairs Minister (EAM) X": the initials may stand in brackets between office and name)
                before = compiled(r"\s*\(" + acronym + r"\)\s*$").sub(" ", self.text[max(0, pos - 80) : pos])
                words = _ACRONYM_WORD_RE.findall(before)
                after = _SET_OFF_OFFICE_RE.match(self.text, self.name_end(pos))
                spans = [" ".join(words[-size:])] if compiled(r"[^\W\d_]+\s*$").search(before) else []
                if after:
                    spans.append(" ".join(_ACRONYM_WORD_RE.findall(after.group(1))[:size]))
                if any(
                    len(span.split()) == size
                    and "".join(w[0] for w in span.split()).upper() == acronym
                    and _CORE_RE.search(span)
                    for span in spans
                ):
                    holders.append(ent)
                    break
        if len(holders) <= 1:
            return holders[0] if holders else None
        ids = {id(e) for e in holders}
        return self.recent(at, lambda e: id(e) in ids, unquoted=True)

    def _styled_holder(self, raw: str, at: int, style: str = "") -> _Entity | None:
        """ "Senior General Thet Naing Oo received ... The Senior General said": a rank or style the story wrote
        right before one person's name stands for that person when used alone after "the"."""
        if not style:
            m = _STYLE_PHRASE_RE.fullmatch(raw)
            if m is None:
                return None
            style = m.group(1)
        found: set[int] = set()
        holder = None
        for hit in compiled(r"\b" + re.escape(style) + r"\s+(?=[A-ZÀ-ÞĀ-ſ])").finditer(self.text, self.body_start, at):
            # ("Chief Adviser Professor X": an honorific may stand between the style and the name)
            name_at = _HONORIFICS_BEFORE_RE.match(self.text, hit.end()).end()
            i = bisect.bisect_left(self.mention_starts, name_at)
            if i < len(self.mentions) and self.mentions[i][0] == name_at and not self.mentions[i][2].outsider:
                holder = self.mentions[i][2]
                found.add(id(holder))
        return holder if len(found) == 1 else None

    @functools.cached_property
    def _bare_office_others(self) -> set[tuple[str, int]]:
        """(office, person) pairs where a sentence opens with the bare office and goes on to name a holder of the
        same office as another actor: "The Prime Minister welcomed Prime Minister X of Estonia to Downing Street"."""
        out: set[tuple[str, int]] = set()
        for m in _BARE_OFFICE_OPENING_RE.finditer(self.text, self.body_start):
            s_lo, s_hi, _ = self.sentence_at(m.start())
            if self.text[s_lo : m.start()].strip():
                continue
            title = _parse_title(m.group(1))
            if title is None or title.country or title.role in ("counterpart", OFFICIAL):
                continue
            written = compiled(r"\b" + r"\s+".join(re.escape(w) for w in m.group(1).split()) + r"\s+$")
            i = bisect.bisect_left(self.mention_starts, m.end())
            while i < len(self.mentions) and self.mentions[i][0] < s_hi:
                pos, _, ent = self.mentions[i]
                if written.search(self.text, max(0, pos - 40), pos):
                    out.add((title.core, id(ent)))
                i += 1
        return out

    def _apposed_holder(self, raw: str, at: int) -> _Entity | None:
        """ "the President of the Republic, Antoine Lefranc, is paying a state visit ... The President of the Republic
        expressed ...": the very office the story set before one person's name, in apposition, stands for that person
        when used alone, though another holder of the office ("President X") is named nearer."""
        words = raw.split()
        if len(words) < 3 or words[0] not in ("the", "The"):
            return None
        phrase = r"\s+".join(re.escape(w) for w in words[1:])
        found: set[int] = set()
        holder = None
        for hit in compiled(r"\b[Tt]he\s+" + phrase + r",\s+(?:(?:His|Her)\s+Excellency,?\s+)?").finditer(
            self.text, self.body_start, at
        ):
            name_at = _HONORIFICS_BEFORE_RE.match(self.text, hit.end()).end()
            i = bisect.bisect_left(self.mention_starts, name_at)
            # (the apposition closes after the name: "Greeting the Head of State, X noted ..." has X as its subject)
            if (
                i < len(self.mentions)
                and self.mentions[i][0] == name_at
                and not self.mentions[i][2].outsider
                and self.text.startswith((",", ".", ";"), self.mentions[i][1])
            ):
                holder = self.mentions[i][2]
                found.add(id(holder))
        return holder if len(found) == 1 else None

    def _resolve_title(self, title: _Title, at: int, mentioned_only: bool = False) -> _Entity | None:
        if " our " in title.core:
            # "the Head of our state" is the outlet's own leader all through its copy: whoever its first use meant,
            # however many other heads of state a summit names in between
            used = compiled(r"(?i)\b" + title.core.replace(" ", r"\s+") + r"\b")
            first = used.search(self.text, self.body_start, at)
            if first is not None and self.sentence_at(first.start())[0] < self.sentence_at(at)[0]:
                return self._resolve_title(title, first.start(), mentioned_only)

        def fits(e: _Entity) -> bool:
            if mentioned_only and not e.positions:
                return False
            if title.core == "leader":
                ok = e.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
            else:
                ok = e.role == title.role or _second_office(e, title)
            return ok and (not title.country or e.country == title.country)

        cands = [e for e in self.unique() if fits(e)]
        if not title.country and any((title.core, id(e)) in self._bare_office_others for e in cands):
            # "The Prime Minister welcomed Prime Minister X of Estonia ...": the bare office is someone else all
            # through the release, and when the story names no other holder, someone it never names
            cands = [e for e in cands if (title.core, id(e)) not in self._bare_office_others]
            if not cands:
                return None
            named = [e for e in cands if e.positions]
            if len(named) > 1:
                # (of the other holders, the release's own leader is the one it names first, before any third
                # country's: "Prime Minister A travels to Oslo ... joined by video link by Icelandic Prime Minister C")
                return min(named, key=lambda e: e.positions[0])
        narrow = [w for w in title.core.split() if w not in _GENERIC_TITLE_WORDS]
        crowns = _crowns(narrow)
        if crowns:
            # "the King" is the one the story crowns so, not the Queen beside him, nor a visiting Sultan when the
            # Emperor who speaks is never named
            crowned = [e for e in cands if crowns <= _crowns(e.title.lower().split())]
            if not crowned and crowns == {"king"} and _AGONG_RE.search(self.text):
                # "HM the King" of Malaysia's Sultan, whom the story also styles "Yang di-Pertuan Agong" or "King of
                # Malaysia": the ruler of a state who reigns as its king
                crowned = [e for e in cands if "sultan" in _crowns(e.title.lower().split())]
            cands = crowned
        elif narrow:  # "the Emir", "the Chancellor", "the Foreign Minister"
            # ("the energy minister" is not a foreign minister the story named: only someone titled without a
            # portfolio may be the one meant)
            cands = [e for e in cands if all(w in e.title.lower() for w in narrow)] or [
                e
                for e in cands
                if not (_PORTFOLIO_TITLE_RE.search(e.title) and _PORTFOLIO_TITLE_RE.search(title.core))
                # (a crown is not an elected office: "the King" is not the president the story names)
                and not (
                    _MONARCH_WORDS.intersection(narrow) and not _MONARCH_WORDS.intersection(e.title.lower().split())
                )
            ]
        if title.core == "president" and len(cands) > 1:
            # (nor is a crown a presidency: "the President" beside a Pope, a King or an Emir is the one titled so)
            elected = [e for e in cands if not _MONARCH_WORDS.intersection(e.title.lower().split())]
            cands = elected or cands
        fields = _portfolio(title.label) if len(cands) > 1 and title.role == MINISTER else set()
        if fields:
            # "the Minister of State for International Cooperation": of several ministers, the one whose title shares
            # most of those fields ("the Minister of Foreign Affairs" is the one titled "Foreign Minister")
            shared = {id(e): len(fields & _portfolio(e.title)) for e in cands}
            most = max(shared.values())
            cands = [e for e in cands if shared[id(e)] == most] if most else cands
        if len(cands) > 1 and title.role == MINISTER and "minister of state" in title.label.lower():
            # "The Minister of State noted ...": a rank of its own, not any minister the story names (the
            # portfolio's fields leave "state" out)
            cands = [e for e in cands if "minister of state" in e.title.lower()] or cands
        if title.core == "leader" and title.country:
            # "the Indian leader": whichever of the country's heads the story has been following
            ids = {id(e) for e in cands}
            followed = self.recent(at, lambda e: id(e) in ids) if len(cands) > 1 else None
            hos = [e for e in cands if e.role == HEAD_OF_STATE]
            cands = [followed] if followed is not None else (hos or cands)
        # (an office of the records whose holder the article never names is held by the untitled host it names)
        # (and when that holder is a candidate already, the records' person is the one the story superseded)
        held = [h or e for e in cands for h in (self._office_holder(e),)]
        cands = [e for i, e in enumerate(held) if all(o is not e for o in held[:i])]
        if len(cands) == 1:
            return cands[0]
        if not cands:
            return None
        if " and " in title.label.lower():
            # "the Crown Prince and Prime Minister" beside a plain "Prime Minister": the one who holds both offices
            both = [e for e in cands if title.label.lower() in e.title.lower()]
            if len(both) == 1:
                return both[0]
        # "the Prime Minister" beside a "Crown Prince and Prime Minister", who is called by his first office
        single = [e for e in cands if not compiled(rf"\band\b.*\b{re.escape(title.core)}\b").search(e.title.lower())]
        if single and len(single) < len(cands):
            cands = single
            if len(cands) == 1:
                return cands[0]
        # "The Prime Minister expressed ... Prime Minister Hollis welcomed ...": a bare title is not the one the same
        # paragraph goes on to name as another actor
        p_hi = self.paras[self.sentence_at(at)[2]][1] if self.paras else at
        later = {id(e) for pos, _, e in self.mentions if at < pos < p_hi}
        others = [e for e in cands if id(e) not in later]
        if len(others) == 1 and len(cands) > 1:
            return others[0]
        # (a national agency's tag tells whose copy it is, wherever it files from: "Budapest, 9 October (UzA). ... the
        # Head of our state" is Uzbekistan's)
        # (of those the story names: the records may hold a former one)
        home = self.agency_country or self.dateline_country()
        # ("the leader of our country", "the President of our state": the outlet's own side, as "the Head of our
        # state" is, whatever office word the phrase opens with)
        ours = " our " in title.core or bool(compiled(r"\bour\b").search(title.label.lower()))
        # (without a tag or a dateline, the side the story opens on: a presidency's release of its leader's visit
        # abroad, "President of A X held talks with President of B Y ... The Head of State noted"; "our" has cues
        # of its own)
        home = home or ("" if ours else self.lead_side)
        if not home and ours:
            # ("President of B Y, who arrived in our country ... the Head of our state": without a tag or a dateline,
            # the one the outlet has come to "our country" is the guest, and "our" the other side)
            cue = _TO_OUR_COUNTRY_RE.search(self.text, self.body_start, at)
            k = bisect.bisect_left(self.mention_starts, cue.start()) if cue else 0
            guest = ""
            if k and self.mentions[k - 1][0] >= self.sentence_at(cue.start())[0] and self.mentions[k - 1][2].country:
                guest = self.mentions[k - 1][2].country
            elif cue is not None:
                # ("The President of Kazakhstan arrived in our country": the guest named by office and country)
                c_lo = self.sentence_at(cue.start())[0]
                guest = next((c for a, _, c in reversed(self.countries) if c_lo <= a < cue.start() and c), "")
            if guest:
                others = [e for e in cands if e.country and e.country != guest and e.positions]
                if len(others) > 1:
                    # (beside a third country's leader the story names: the one of the country the guest came to)
                    others = [e for e in others if e.country == self.host_country()]
                if len(others) == 1:
                    return others[0]
        own = [e for e in cands if e.country and e.country == home and e.positions]
        if (title.core.startswith("head of") or ours) and len(own) == 1:
            return own[0]
        if self.agency_country and not title.country and len(own) == 1:
            # (so is any bare office in its copy: "KUALA LUMPUR (APP): ... the Prime Minister said" is Pakistan's,
            # wherever the talks are, the host's being "his Malaysian counterpart")
            return own[0]  # "the Head of State" in an agency's copy is its own country's head of state
        # (one who holds a second office first named, "Crown Prince and Prime Minister", is called by that one)
        plain = [
            e
            for e in cands
            if e.title
            and not _COUNTRY_RE.search(e.title)
            and not _CORE_RE.match(_CORE_RE.sub("", e.title, 1).strip())
            and not compiled(r"\band\b").search(e.title)
        ]
        if (
            not title.country
            and len(plain) == 1
            and all(_COUNTRY_RE.search(e.title) for e in cands if e is not plain[0])
            # (a bare title takes up someone already named, or named beside it in its sentence: "Hon. Minister
            # announced ..." before the text first names "Senior Minister X", who signs a document at its end, is the
            # minister the story has followed)
            and any(p < self.sentence_at(at)[1] for p in plain[0].positions)
        ):
            # "Prime Minister Doucet welcomed the Prime Minister of Poland ... The Prime Minister noted": a bare
            # title is the person the story titles without a country, the other being always named with theirs
            return plain[0]
        s_lo = self.sentence_at(at)[0]
        i, j = bisect.bisect_left(self.mention_starts, s_lo), bisect.bisect_left(self.mention_starts, at)
        named_before = {id(e) for _, _, e in self.mentions[i:j]}
        rest = [e for e in cands if id(e) not in named_before]
        if rest and len(rest) < len(cands):
            # "Following his talks with Minister X, the Minister said": a title is not someone its own sentence has
            # already named, whom a pronoun would have taken up
            cands = rest
        if len(cands) > 1 and narrow:
            # "the foreign minister" beside "Foreign Minister A", "Minister of State for Foreign Affairs B" and
            # "Foreign Secretary C": the one who holds the office itself, not a junior one in its field (unless the
            # phrase says so: "the State Minister") nor another office of it
            said = set(title.label.lower().split())
            head = title.core.split()[-1]
            full = [
                e
                for e in cands
                if head in e.title.lower().split() and not (_JUNIOR_OFFICE_WORDS & set(e.title.lower().split())) - said
            ]
            cands = full or cands
        ids = {id(e) for e in cands}
        # "President A said: "I welcome President B to Cairo." The President added ...": a name in the speaker's own
        # marked words is whom he spoke of, not the one the story follows
        return self.recent(at, lambda e: id(e) in ids, unquoted=True) or (cands[0] if title.country else None)
