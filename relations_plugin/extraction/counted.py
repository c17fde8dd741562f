"""How many documents an article says the visit produced, in English and in Russian.

Wire copy often counts what was signed ("the two sides signed 13 agreements") and names fewer of them, or names them
in forms the assistant cannot read. The review tells the editor when the count is larger than what it suggests, so
that a miss is never silent. A count of an earlier visit, of documents still to be signed, drafted or initialled is
no count of this visit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .facts import _DONE, _NUMBER_WORDS, _SMALL_NUMBER

_EN_COUNT_RE = re.compile(
    # (not the end of a sum: "$1.2 billion in deals")
    rf"(?<![\w.,$€£¥-])(?P<n>\d{{1,3}}|{_SMALL_NUMBER})\s+"
    r"(?:(?!(?:billion|million|trillion|bn|mn|in|worth|of|from|by)\b)[\w-]+\s+){0,4}?"
    r"(?:agreements|documents|memoranda|memorandums|MoUs|MOUs|deals|accords|instruments|protocols|contracts|pacts)\b",
    re.I,
)
_EN_SIGNED_RE = re.compile(rf"\b(?:{_DONE}|signs?|inks?|seals?)\b", re.I)
_EN_NOT_NOW_RE = re.compile(
    r"\b(?:will|would|shall|expected|plans?|planned|set\s+to|due\s+to|yet\s+to|to\s+be|not|never|initial+ed|"
    r"drafts?|drafted|drafting|previous(?:ly)?|earlier|since|then|last\s+(?:year|month|visit|time))\b|"
    # (a year or a month without its day tells of another occasion: "signed 20 agreements in February 2023")
    r"\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"(?:19|20)\d\d\b)",
    re.I,
)

_RU_NUMBERS = {
    "две": 2,
    **{
        w: i
        for i, w in enumerate(
            "два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать".split(), start=2
        )
    },
}
_RU_COUNT_RE = re.compile(
    rf"(?<![\w.,$€£¥-])(?P<n>\d{{1,3}}|{'|'.join(_RU_NUMBERS)})\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:документ|соглашени|меморандум|договор|контракт|протокол|сделк|сделок)\w*",
    re.I,
)
_RU_SIGNED_RE = re.compile(r"\b(?:подпис\w+|заключ\w+|обменял\w+)", re.I)
_RU_NOT_NOW_RE = re.compile(
    r"\b(?:будут|будет|планиру\w*|предстоит|ожида\w*|намерен\w*|не|проект\w*|парафир\w*|ранее|прошл\w+|тогда|"
    r"готов\w*)\b|\bв\s+(?:(?:19|20)\d\d\s+год|(?:январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр|"
    r"ноябр|декабр)\w*\b)",
    re.I,
)


def _most(
    text: str,
    sentences: Sequence[tuple[int, int, int]],
    count: re.Pattern,
    signed: re.Pattern,
    not_now: re.Pattern,
    words: dict[str, int],
) -> int:
    most = 0
    for lo, hi, _ in sentences:
        sentence = text[lo:hi]
        if not signed.search(sentence) or not_now.search(sentence):
            continue
        for m in count.finditer(sentence):
            n = m.group("n").lower()
            most = max(most, int(n) if n.isdigit() else words[n])
    return most


def documents_counted(text: str, sentences: Sequence[tuple[int, int, int]], *, russian: bool = False) -> int:
    """The largest number of documents one sentence says were signed during the visit; 0 when none gives one."""
    if russian:
        return _most(text, sentences, _RU_COUNT_RE, _RU_SIGNED_RE, _RU_NOT_NOW_RE, _RU_NUMBERS)
    return _most(text, sentences, _EN_COUNT_RE, _EN_SIGNED_RE, _EN_NOT_NOW_RE, _NUMBER_WORDS)
