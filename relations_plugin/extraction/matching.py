"""The one way a name is matched to a known person: the assistant, the import review and search all use it.

A name matches a person by their name or an alias, with titles and honorifics removed, without diacritics or case,
across Latin and Cyrillic spellings (Tokayev, Tokaev, Токаев) and across Russian case endings (Токаева,
Касым-Жомартом Токаевым). A surname alone matches when exactly one known person has it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Protocol, TypeVar

_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae",
                       "Æ": "AE", "œ": "oe", "ß": "ss", "þ": "th", "’": "'"})  # fmt: skip
_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
})  # fmt: skip
_TITLES = {
    "president", "prime", "minister", "chancellor", "secretary", "mr", "ms", "mrs", "dr", "sir", "sheikh",
    "his", "her", "excellency", "foreign", "deputy", "vice", "premier", "emir", "king", "ambassador",
    "президент", "премьер", "министр", "канцлер", "глава", "г", "н", "господин", "госпожа", "посол",
}  # fmt: skip
# Russian case endings, longest first: what a name may carry beyond its stem (Токаев-ым, Вучич-а, Захаров-ой).
_RU_ENDINGS = ("ыми", "ями", "ами", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ым", "им", "ую", "ах",
               "ях", "а", "я", "у", "ю", "е", "ы", "и", "о")  # fmt: skip


class Named(Protocol):
    """Anything with a name and aliases: a KnownPerson of the extractor or a Person of the database."""

    name: str
    aliases: Iterable[str]


P = TypeVar("P", bound=Named)


@functools.lru_cache(maxsize=20_000)
def ru_stem(word: str) -> str:
    """A Russian name word without its case ending, lower case: Токаева, Токаевым -> токаев; Марии -> мари."""
    w = word.lower().replace("ё", "е")
    for ending in _RU_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[: -len(ending)]
    return w


@functools.lru_cache(maxsize=20_000)
def _word_key(word: str) -> str:
    """One name word as a spelling-blind key: its consonants in Latin letters after the first letter, so that
    transliterations (Tokayev, Tokaev, Токаев; Aleksandar, Александр) and diacritics (Vučić, Vucic) agree."""
    w = word.translate(_FOLD).casefold()
    if re.search("[а-яё]", w):
        w = ru_stem(w).translate(_CYRILLIC)
    else:
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    w = re.sub(r"[^a-z0-9]", "", w)
    w = w.replace("kh", "h").replace("dzh", "j").replace("dj", "d").replace("zh", "j").replace("w", "v")
    w = w.replace("shch", "s").replace("ch", "c").replace("sh", "s").replace("ts", "c").replace("tz", "c")
    w = w[:1] + re.sub(r"[aeiouyj]", "", w[1:])
    return re.sub(r"(.)\1+", r"\1", w)


def name_key(name: str) -> tuple[str, ...]:
    """A name as words of spelling-blind keys, leading titles and honorifics removed."""
    words = [w for w in re.split(r"[\s\-.,]+", name) if w]
    while len(words) > 1 and words[0].lower().strip(".") in _TITLES:
        words = words[1:]
    return tuple(_word_key(w) for w in words if _word_key(w))


def match_person(name: str, known_people: Iterable[P]) -> P | None:
    """The known person ``name`` means, or None: full name or alias first, then a surname only one person has."""
    wanted = name_key(name)
    if not wanted:
        return None
    people = list(known_people)
    for person in people:
        if wanted in {name_key(person.name), *(name_key(a) for a in person.aliases)}:
            return person
    if len(wanted) == 1:
        by_surname = [p for p in people if name_key(p.name)[-1:] == wanted]
        if len(by_surname) == 1:
            return by_surname[0]
    else:  # "Kassym-Jomart Tokayev" for a known "Tokayev, Kassym-Jomart" written with other first-name spellings
        by_both = [p for p in people if name_key(p.name)[-1:] == wanted[-1:] and name_key(p.name)[:1] == wanted[:1]]
        if len(by_both) == 1:
            return by_both[0]
    return None
