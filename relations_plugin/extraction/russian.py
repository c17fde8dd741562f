"""The Russian reader: quotes («ёлочки», „лапки“, dash attribution and dialogue, "по словам", "отметил, что"),
participants with their names in the nominative, countries, agreements, dates and places of Russian wire copy.

Names are inflected in Russian ("встреча с Касым-Жомартом Токаевым"): every form of a name is one person, found by
the stem of the surname, and the name suggested is the nominative, read from the morphology dictionaries that
pymorphy3 ships in its wheel (nothing is downloaded at run time).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .matching import ru_stem
from .russian_lexicon import (
    _CITY_NAME_RE,
    _CITY_STEM,
    _COUNTRY_ADJ_RE,
    _COUNTRY_ADJ_STEMS,
    _COUNTRY_NAME_RE,
    _COUNTRY_NAME_STEMS,
    _RU_CORE_RE,
    _RU_CORES,
    _RU_DATE_RE,
    _RU_EVALUATIVE_RE,
    _RU_EVENT_RE,
    _RU_EVENTS,
    _RU_FUTURE_RE,
    _RU_HOST_CUE_RE,
    _RU_JOINT_RE,
    _RU_KIND_RE,
    _RU_KINDS,
    _RU_MONTHS,
    _RU_NAME_HONORIFICS,
    _RU_NOT_NAME,
    _RU_NOT_SIGNED,
    _RU_NOT_SPEAKER_LABELS,
    _RU_PRONOUN_RE,
    _RU_REL_RE,
    _RU_SIDE_RE,
    _RU_SIGNED_RE,
    _RU_SPEECH_GERUNDS,
    _RU_SPEECH_LEMMAS,
    _RU_SPEECH_RE,
    _RU_SPHERE_RE,
    _RU_SPHERES,
    _RU_WEEKDAYS,
    _trie,
)
from .suggestions import (
    AMBASSADOR,
    DEPUTY_HEAD_OF_GOVERNMENT,
    DIRECT,
    HEAD_OF_GOVERNMENT,
    HEAD_OF_STATE,
    MINISTER,
    OFFICIAL,
    PARTIAL,
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
from .text import _Spans, country_code

_NAME_TOKEN_RE = re.compile(
    # the Arabic article as the next letter sounds it, after "а" or "э": "аш-Шамси", "эш-Ширбини", "эз-Захир"
    r"(?<![\w-])(?:[А-ЯЁ]\.\s?(?:-?[А-ЯЁ]\.\s?)?)?(?:[ОДо]['’]|(?:аль|эль|ас|ад|ат|ар|ан|аш|аз|эс|эд|эт|эр|эн|эш|эз|ибн|бен|бин)-)?"
    # the letters of Kazakh, Kyrgyz and Mongolian Cyrillic too: "Сүхбат", "Қасымов"
    r"[А-ЯЁӘҒҚҢӨҰҮҺІ](?:[а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)*(?![\w-])"
    # "Ю Сан Хён", "Е Минфэн": a one-letter family name before the rest of the name, not a preposition or "И"
    r"|(?<=[БГДЕЖЗЛМНПРТФХЦЧШЩЭЮ])(?<![\w.-].)(?= [А-ЯЁ][а-яё]))"
)
_SENT_END_RE = re.compile(r"[.!?…]+[»”\"]?(?=\s+[«„\"—–(-]?\s*[А-ЯЁA-Z0-9])")
# A dialogue's dash, set apart or, in some papers' style, set close after the comma: "— Да,— ответил он.— Мы ..."
_DASH_SEP_RE = re.compile(r"(?:[,!?…]?\s+[—–-]|[,!?…][—–])\s+")
_DASH_NEXT_RE = re.compile(r"[.!?…](?:\s+[—–-]|[—–])\s+")
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
_TITLE_LABELS = {
    HEAD_OF_STATE: "Президент",
    HEAD_OF_GOVERNMENT: "Премьер-министр",
    MINISTER: "Министр",
    AMBASSADOR: "Посол",
}


@functools.lru_cache(maxsize=20_000)
def _stem(word: str) -> str:
    """A name word's key across its cases: ``ru_stem``, and the -й of "Кеовилай" goes like the -я of "Кеовилая"."""
    lower = word.lower().replace("ё", "е")
    if lower.endswith(("ай", "яй")) and len(lower) >= 6:
        return lower[:-1]
    if lower.endswith("ь") and len(lower) >= 5:  # "Тьинь", "Тьиня", "Тьинем": the soft sign goes like an ending
        return lower[:-1]
    if lower.endswith(("ский", "цкий", "ская", "цкая")) and len(lower) >= 7:
        return lower[:-2]  # "Кременевский" goes like "Кременевского", "Кременевским": an adjective's ending
    syllable = re.fullmatch(r"([бвгджзклмнпрстфхцчшщ][аеоуэ])(?:й|я|ю|ем|е)", lower)
    if syllable:
        return syllable.group(1) + "й"  # "Хай", "Хая", "Хаем": a name's last syllable in -й declines as "Кай" does
    short = re.fullmatch(r"([а-я]{3})(?:ом|ым|ем|ой|ою|ею|а|я|у|ю|е|ы)", lower)
    if short and not re.search(r"[аеиоуыэюя]$", short.group(1)):
        return short.group(1)  # a three-letter surname in its cases: "Лам", "Ламом", "Лама"; "Ким", "Кима"
    stem = ru_stem(word)
    if lower.endswith("им") and not lower.endswith(("ским", "цким")) and stem == lower[:-2]:
        return lower  # "Ибрагим", "Салим": the name's own -им, not the case ending of "Вишневским"
    return stem


@functools.cache
def _morph():
    import pymorphy3  # loaded on the first Russian article only: its dictionaries take a fifth of a second

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.lru_cache(maxsize=50_000)
def _parses(word: str) -> tuple:
    return tuple(_morph().parse(word))


@functools.lru_cache(maxsize=50_000)
def _known(word: str) -> bool:
    return _morph().word_is_known(word)


_NOT_NAME_POS = frozenset({"ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "NPRO", "PREP",
                           "CONJ", "PRCL", "INTJ", "NUMR", "PRED"})  # fmt: skip


@functools.lru_cache(maxsize=20_000)
def _ordinary_word(word: str) -> bool:
    """A capitalised word the dictionary reads as a place, an adjective or an everyday noun: Европу, Гамбург,
    Национальный, Самолет; surnames it happens to parse otherwise (Токаев as "токай") are left alone."""
    parts = word.split("-")
    for part in parts:
        if len(part) <= 3 and any(not _known(x.lower()) for x in parts if x is not part):
            continue  # "Бат-Эрдэнэ": a syllable of a name beside a part the dictionary does not know, not a word
        parses = _parses(part)
        if (
            any({"Geox", "Orgn"} & p.tag.grammemes and p.score > 0.3 for p in parses)
            and _person_score(part) < 0.3
            # a guess by analogy for a word the dictionary does not know ("Мацуи" as if of "Мацуя") is no place
            and _known(part.lower())
        ):
            return True  # a place, unless the dictionary reads it more as a name ("Гасымов": "of the Гасыms")
        if _person_score(part) >= 0.1 or not _known(part.lower()):
            continue
        top = parses[0]
        if top.tag.POS in _NOT_NAME_POS:
            return True
        if top.tag.POS == "NOUN" and {"inan", "sing", "nomn"} <= top.tag.grammemes and top.score >= 0.5:
            return True
        if top.tag.POS == "NOUN" and {"inan", "sing"} <= top.tag.grammemes and top.score >= 0.9 and len(part) > 5:
            return True  # "Университета Земмельвайса": an institution's common noun in any case
    return False


@functools.lru_cache(maxsize=20_000)
def _person_noun(word: str) -> bool:
    """A capitalised common noun of a person the dictionary knows well (Основатель, Патриарх), not a name."""
    if _person_score(word) >= 0.1 or not _known(word.lower()):
        return False
    return sum(p.score for p in _parses(word) if p.tag.POS == "NOUN" and {"anim", "sing"} <= p.tag.grammemes) >= 0.9


def _name_in_case_of(word: str, nxt: str) -> bool:
    """Whether ``word`` reads as a first name in an oblique case that the name after it shares ("Каролиной
    Фуэнсалидой"): a place before a name ("Бурятии Андрей") stands in a case of its own."""
    cases = {p.tag.case for p in _parses(word) if "Name" in p.tag.grammemes and p.tag.case not in (None, "nomn")}
    return bool(cases & {p.tag.case for p in _parses(nxt)})


@functools.lru_cache(maxsize=20_000)
def _person_score(word: str) -> float:
    """How likely a capitalised word is a first name, surname or patronymic (0 when the dictionary says not)."""
    score = 0.0
    for p in _parses(word):
        grammemes = p.tag.grammemes
        if grammemes & _PERSON_TAGS:
            score += p.score
        elif {"Geox", "Orgn"} & grammemes:
            score -= p.score
    return score


@functools.lru_cache(maxsize=20_000)
def _nominative_word(word: str, case: str, surname: bool) -> str:
    """One name word from ``case`` into the nominative, keeping its gender; hyphenated parts one by one."""
    if "-" in word:
        return "-".join(_nominative_word(part, case, surname) for part in word.split("-"))
    if case == "nomn":
        return word
    want = "Surn" if surname else "Name"
    for tags in ({want}, _PERSON_TAGS, set()):
        for p in _parses(word):
            if p.tag.case == case and (not tags or tags & p.tag.grammemes):
                inflected = p.inflect({"nomn", "sing"} if "plur" not in p.tag.grammemes else {"nomn"})
                if inflected:
                    return inflected.word[:1].upper() + inflected.word[1:]
    return word


def _nominative(words: list[str]) -> str:
    """A name as a whole into the nominative: the case that all its words can share, the surname's deciding."""
    cases = ("nomn", "gent", "datv", "accs", "ablt", "loct")
    scores = dict.fromkeys(cases, 0.0)
    for i, word in enumerate(words):
        last = i == len(words) - 1
        want = "Surn" if last and len(words) > 1 else None
        part = word.split("-")[-1]
        tagged = [p for p in _parses(part) if p.tag.grammemes & _PERSON_TAGS]
        if want and any(want in p.tag.grammemes for p in tagged):
            tagged = [p for p in tagged if want in p.tag.grammemes]
        for p in tagged:
            if p.tag.case in scores:
                scores[p.tag.case] += p.score * (2 if last else 1)
    if not any(scores.values()):
        return " ".join(_strip_ending(w) if i == len(words) - 1 else w for i, w in enumerate(words))
    case = max(cases, key=lambda c: scores[c])
    out = [_nominative_word(w, case, i == len(words) - 1 and len(words) > 1) for i, w in enumerate(words)]
    return " ".join(out)


# Turkic names that say whose son or daughter: "Серикболулы", "Касымулы", "Сапаргызы", "Мамедоглу", "Асанкызы".
_RU_INDECLINABLE_SURNAME_RE = re.compile(r"(?:зода|заде)$")
_RU_PATRONYMIC_SURNAME_RE = re.compile(r"(?:[уү]лы|ұлы|уулу|кызы|қызы|гызы|оглу|оглы)$")


def _ending_rank(word: str) -> int:
    """How nominative a name form looks: a consonant ending best, -а/-я/-о next, case endings last."""
    if word.endswith(("ой", "ом", "ем", "ым", "ым", "ому", "ему", "ого", "ы", "у", "ю", "е", "и")):
        return 2
    return 1 if word.endswith(("а", "я")) else 0


@functools.lru_cache(maxsize=20_000)
def _surname_nominative(word: str) -> str:
    """A surname seen only in an oblique case: by the dictionary when it knows it, else by its ending."""
    if _RU_PATRONYMIC_SURNAME_RE.search(word):
        return word  # "Серикболулы", "Алиевна кызы": a son-of or daughter-of name does not decline
    for p in _parses(word):
        if "Surn" in p.tag.grammemes and p.tag.case != "nomn" and p.score >= 0.1:
            inflected = p.inflect({"nomn", "sing"})
            if inflected and not (word.endswith(("ом", "ем")) and inflected.word.endswith(("ой", "ий", "ый"))):
                return inflected.word.capitalize()  # not a guess that reads "Хурэлсухом" as an adjective's
    for ending, nominative in (("ом", ""), ("ем", ""), ("ым", ""), ("им", ""), ("ой", "а"), ("ы", "а")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + nominative
    return word


@functools.lru_cache(maxsize=20_000)
def _first_name(word: str) -> str:
    """A first name in the nominative: kept when the dictionary reads it so, else inflected."""
    if "-" in word:
        return "-".join(_first_name(part) for part in word.split("-"))
    # a news story never addresses anyone in the vocative: "Бахром" is not a form of "Бахрома"
    names = [p for p in _parses(word) if {"Name", "sing"} <= p.tag.grammemes and "voct" not in p.tag.grammemes]
    # "с министром Ильей Стахеевым": -ей ends the instrumental of a name in -ья the dictionary knows; a guessed
    # one ("Небойшей") is left as it is, since its nominative in -а would read as a woman's
    plain = _ending_rank(word) == 0 and not (word.endswith(("ей", "ёй")) and any(p.is_known for p in names))
    if not names or plain or any(p.tag.case == "nomn" and p.score >= 0.3 for p in names):
        return word
    best = max((p for p in names if p.tag.case != "nomn"), key=lambda p: p.score, default=names[0])
    inflected = best.inflect({"nomn", "sing"})
    return inflected.word.capitalize() if inflected else word


# The endings a first name the dictionary does not know takes in the case its surname shows.
_SURNAME_CASE_ENDINGS = (
    (("ом", "ем", "ым", "им"), ("ом", "ем")),
    (("ого", "его"), ("а", "я")),
    (("ому", "ему", "у", "ю"), ("у", "ю")),
)


def _unknown_first_name(word: str, surname: str) -> str:
    """A foreign first name in the case of the surname after it: "Сомсаком Кеовилаем" -> Сомсак."""
    if "-" in word or any("Name" in p.tag.grammemes for p in _parses(word)):
        return word
    for surname_endings, endings in _SURNAME_CASE_ENDINGS:
        if surname.endswith(surname_endings):
            for ending in endings:
                if word.endswith(ending) and len(word) - len(ending) >= 3:
                    return word[: -len(ending)]
            return word
    if surname[-1:] in "оеиуюэы" and word.endswith("ом") and len(word) >= 6:
        return word[:-2]  # "с президентом Агусом Виджаятмо": the surname does not decline, the first name does
    return word


def _strip_ending(word: str) -> str:
    """An unknown surname in an oblique case, by its ending: Вучича -> Вучич."""
    for ending in ("ем", "ом", "ым", "ой", "у", "а", "е"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _country_at(text: str, lo: int, hi: int) -> str:
    """The country named (or whose adjective stands) last in text[lo:hi], or ""."""
    best, code = -1, ""
    for rx, table in ((_COUNTRY_NAME_RE, _COUNTRY_NAME_STEMS), (_COUNTRY_ADJ_RE, _COUNTRY_ADJ_STEMS)):
        for m in rx.finditer(text, lo, hi):
            stem = m.group("stem")
            key = stem if stem in table else stem.lower()
            if m.start() > best and key in table:
                best, code = m.start(), table[key]
                if stem == "РТ" and _tatarstan_story(text):
                    code = "RU"
    return code


def _countries_in(text: str, lo: int, hi: int) -> set[str]:
    """The countries named (or whose adjectives stand) in text[lo:hi]."""
    codes = set()
    for rx, table in ((_COUNTRY_NAME_RE, _COUNTRY_NAME_STEMS), (_COUNTRY_ADJ_RE, _COUNTRY_ADJ_STEMS)):
        for m in rx.finditer(text, lo, hi):
            stem = m.group("stem")
            code = table.get(stem if stem in table else stem.lower())
            if code:
                codes.add(code)
    return codes


@functools.lru_cache(maxsize=64)
def _tatarstan_story(text: str) -> bool:
    """ "РТ" is the Republic of Tajikistan, or of Tatarstan in a story about Tatarstan that never names Tajikistan
    ("Раис РТ", "Премьер-министр РТ")."""
    return "Татарстан" in text and not re.search(r"Таджик|таджик", text)


_RU_CITY_AFTER_RE = re.compile(r"\s+" + _CITY_NAME_RE.pattern)
_RU_CITY_OF_RE = re.compile(r"\s+(?:города|г\.)\s*" + _CITY_NAME_RE.pattern)
_RU_REGION_AFTER_RE = re.compile(
    r"\s+(?:[А-ЯЁ][а-яё-]+(?:ской|цкой)\s+области|[А-ЯЁ][а-яё-]+(?:ского|цкого)\s+(?:края|автономного\s+округа))"
    r"(?![\w-])"
)
_RU_INSTITUTION_AFTER_RE = re.compile(
    r"\s+(?:[А-ЯЁа-яё-]+(?:ого|его|ой|ей)\s+){0,2}(?:институт|университет|академи|ассоциаци|компани|корпораци|"
    r"банк|фонд|клуб|палат|союз|федераци(?=\w*\s+[а-яё])|комитет|концерн|холдинг|групп)\w*",
    re.I,
)


@dataclass(frozen=True)
class _RuTitle:
    role: str
    label: str
    country: str


# Units of a state named by a word only one state uses: "губернатор аймака Баян-Улгий" is Mongolia's.
# An executive committee of a region, a district or a city ("председатель Гомельского облисполкома") is Belarus's.
_RU_ONE_STATE_UNITS = {
    "айма": "MN",
    "вило": "UZ",
    "вела": "TM",
    "преф": "JP",
    "обли": "BY",
    "райи": "BY",
    "гори": "BY",
}
_RU_ONE_STATE_UNIT_RE = re.compile(
    r"\s+(?:[А-ЯЁ][а-яё-]+(?:ого|ой)\s+)?((?i:аймак\w*|вилоят\w*|велаят\w*|префектур\w*|(?:обл|рай|гор)исполком\w*))(?![\w-])"
)


# Offices written as one word and as two: "генконсул" is the "генеральный консул" the story named before.
_RU_SHORT_OFFICES = (
    ("генконсул", "генеральный консул"),
    ("гендиректор", "генеральный директор"),
    ("генсек", "генеральный секретарь"),
    ("замминистр", "заместитель министр"),
    ("замглав", "заместитель глав"),
    ("зампред", "заместитель председател"),
)
_RU_OFFICE_MODIFIER_RE = re.compile(r"(?:генеральн|заместител|первы|исполняющ)\w*$")


def _office_head(label: str) -> str:
    """The words that tell one office from another: the noun, and after a modifier that many offices share
    ("генеральный", "заместитель") the noun it modifies too, so a consul is not taken for a director."""
    words = label.lower().split()
    if not words:
        return ""
    for short, full in _RU_SHORT_OFFICES:
        if words[0].startswith(short):
            words[:1] = full.split()
            break
    if len(words) > 1 and _RU_OFFICE_MODIFIER_RE.match(words[0]):
        return f"{words[0][:6]} {words[1][:5]}"
    return words[0][:6]


_RU_PLACE_ADJ_RE = re.compile(r"(?<![\w-])([а-яё]{3,}[сц]к)(?:ий|ый|ого|ому|им|ым|ом|ая|ой|ую|ое|ие|их|ими)(?![\w-])")
_CITY_STEMS_LOWER = {stem.lower(): code for stem, code in _CITY_STEM.items()}


def _city_adjective_code(base: str) -> str:
    """The country of the city an adjective's stem ("екатеринбургск", "иркутск", "сочинск") is made from: the
    city's stem, then "ск" with at most two letters between; a short stem only right before "ск" ("венск", not
    "венгерск")."""
    for cut in (0, 2, 3, 4):
        stem = base[: len(base) - cut] if cut else base
        if stem in _CITY_STEMS_LOWER and (cut <= 2 or len(stem) >= 4):
            return _CITY_STEMS_LOWER[stem]
    return ""


# "премьер-министр страны": the office of the country the sentence or the one before named last, this far back.
_RU_OF_THE_COUNTRY_RE = re.compile(r"\s+страны(?![\w-])")
_RU_COUNTRY_BACK = 200
_RU_MET_WITH_RE = re.compile(r"(?<![\w-])со?\s+$")


# Two countries after a plural title: "Президенты Узбекистана и Казахстана", "Главы МИД России и Китая".
_RU_COUNTRY_PAIR_RE = re.compile(
    r"(?P<first>\s+(?:[А-ЯЁ][а-яё-]+\s+){0,2}?[А-ЯЁ][а-яё-]+)\s+и\s+(?:[А-ЯЁ][а-яё-]+\s+){0,2}?[А-ЯЁ][а-яё-]+\s*$"
)


def _parse_title(text: str, lo: int, hi: int) -> _RuTitle | None:
    """The title in text[lo:hi] nearest its end ("Президента Республики Казахстан", "казахстанский лидер")."""
    matches = list(_RU_CORE_RE.finditer(text, lo, hi))
    if not matches:
        return None
    m = matches[-1]
    role = _RU_CORES[int(m.lastgroup[1:])][1]
    core = m.group(0)
    head = core.split()[0]
    nominal = next((p.normal_form for p in _parses(head.lower()) if p.tag.POS == "NOUN"), head.lower())
    label = " ".join([nominal, *core.split()[1:]])
    if role == MINISTER and label.startswith("глава"):
        # "глава МИД", "глава внешнеполитического ведомства"; "глава Минэкономразвития" is a minister of its own
        label = "министр иностранных дел" if re.search(r"мид|внешнеполит|дипломат", core, re.I) else "министр"
    label = label[:1].upper() + label[1:]
    country = _country_at(text, lo, hi)
    pair = _RU_COUNTRY_PAIR_RE.match(text, m.end(), hi)
    if pair and any("plur" in p.tag for p in _parses(head.lower())[:1]):
        # "Президенты Узбекистана и Казахстана Бахтиёр Рустамов и Ерболат Сейтказиев": the names in the order of
        # the countries, the first name the first country's
        country = _country_at(text, m.end(), m.end() + len(pair.group("first"))) or country
    if (
        not country
        and _RU_OF_THE_COUNTRY_RE.match(text, m.end(), hi)
        and _RU_MET_WITH_RE.search(text, max(0, lo - 4), lo)
    ):
        # "визитом в Южной Корее ... переговоры с премьер-министром страны X": whom the guest meets is of the country
        # named last before; "Президент страны" opening a sentence of an agency's copy is its own, told elsewhere
        country = _country_at(text, max(0, lo - _RU_COUNTRY_BACK), lo)
    if not country:
        # "директор екатеринбургского завода", "иркутской компании": a city's adjective names its country
        country = next(filter(None, map(_city_adjective_code, _RU_PLACE_ADJ_RE.findall(text, lo, hi))), "")
    if not country:
        # "управляющий директор Pakistan LNG Limited": a company's name in Latin letters that carries its country
        country = next(
            filter(None, map(country_code, re.findall(r"(?<![\w-])[A-Z][a-z]{3,}", text[m.end() : hi]))), ""
        )
    partner = re.search(r"\s(?:с|со)\s", text[m.end() : hi])
    if partner and _country_at(text, lo, m.end() + partner.start()):
        # "руководитель группы Совета Федерации по сотрудничеству с Национальной ассамблеей Никарагуа": the
        # body's own country, not the partner's named after "с"
        country = _country_at(text, lo, m.end() + partner.start())
    if not country and role == OFFICIAL:
        # "Председатель города Душанбе", "Мэр Екатеринбурга": the city's country
        city = _RU_CITY_OF_RE.match(text, m.end(), hi) or _RU_CITY_AFTER_RE.match(text, m.end(), hi)
        country = _CITY_STEM.get(city.group("stem"), "") if city else ""
    if not country and role == OFFICIAL:
        unit = _RU_ONE_STATE_UNIT_RE.match(text, m.end(), hi)
        country = _RU_ONE_STATE_UNITS[unit.group(1).lower()[:4]] if unit else ""
    if role == OFFICIAL and re.fullmatch(r"председател\w*", core, re.I) and _COUNTRY_NAME_RE.match(text, m.end() + 1):
        role, label = HEAD_OF_STATE, "Председатель"  # "Председатель КНР", "Председателем ЛНДР": the head of state
    if "правительств" in core.lower() and _RU_REGION_AFTER_RE.match(text, m.end(), hi):
        # "Председатель Правительства Иркутской области": a Russian region's government, not the state's
        role, country = OFFICIAL, country or "RU"
    if role == HEAD_OF_STATE and _RU_INSTITUTION_AFTER_RE.match(text, m.end(), hi):
        role = OFFICIAL  # "Президент Национального института спорта": the head of an institution, not of a state
    if role == AMBASSADOR:  # "Посол Казахстана в Японии": the country that sends, not the posting after "в"
        posting = re.search(r"(?<![\w-])во?\s+(?:[А-ЯЁ][\w-]*\s*){1,3}$", text[m.end() : hi])
        if posting and _country_at(text, m.end() + posting.start(), hi) == country:
            country = _country_at(text, lo, m.end() + posting.start()) or ""
    return _RuTitle(role=role, label=label, country=country)


@dataclass
class _Person:
    key: str
    runs: list[list[str]] = field(default_factory=list)
    role: str = ""
    title: str = ""
    country: str = ""
    first: int = 0
    positions: list[int] = field(default_factory=list)
    known: KnownPerson | None = None
    evidence: bool = False
    outsider: bool = False
    executive: bool = False  # an outsider by a company's title, not a commentator's
    she: bool = False
    he: bool = False
    genitive: bool = False  # named only after a title in the genitive ("по словам главы МИД Джейхуна Байрамова")
    said_as: list[str] = field(default_factory=list)  # the words that open a sentence as its subject

    @functools.cached_property
    def name(self) -> str:
        if self.known is not None:
            return self.known.name
        runs = [[w.split(".")[-1].strip() for w in r if w.split(".")[-1].strip()] for r in self.runs]
        run = max(runs, key=lambda r: (len(r), -runs.index(r)))
        if len(self.said_as) == len(run) >= 2 and "." not in "".join(self.said_as):
            # "Тендаи Мусекиве поддержал ...": a name that opens a sentence before its verb is the nominative itself
            return " ".join(self.said_as)
        # "Министра Д.А.Ковригина": initials stand for the first name, and tell the case as a first name would
        initialled = any("." in w for r in self.runs for w in r)
        variants: dict[str, list[str]] = {}
        for r in runs:
            for w in r:
                variants.setdefault(_stem(w), []).append(w)
        # "Пётр Луговой", "Томаш Новотны": a surname right after a first name in the nominative is in the
        # nominative itself, whatever its ending reads as elsewhere
        said = {_stem(r[-1]): r[-1] for r in runs if len(r) >= 2 and _nominative_first_name(r[0])}
        out = []
        for i, word in enumerate(run):
            surname = i == len(run) - 1
            best = min(variants.get(_stem(word), [word]), key=lambda v: (_ending_rank(v), len(v)))
            if surname and i and _stem(word) in said and said[_stem(word)].endswith(("ой", "ый", "ий", "ы", "и", "у")):
                out.append(said[_stem(word)])
                continue
            adjectival = _RU_ADJ_SURNAME_RE.fullmatch(best) if surname and i else None
            if adjectival and (
                any(v.endswith(("ий", "ая")) for v in variants.get(_stem(word), []))
                or (adjectival.group(2) == "ой" and _masculine_name(out[0]))
            ):
                adjectival = None  # "Луговской" beside "Петра Луговского": the nominative is in the text
            if adjectival and any("Surn" in p.tag.grammemes for p in _parses(best)):
                out.append(_surname_nominative(best))  # a surname the dictionary declines ("Луговского")
            elif adjectival:  # "Андреем Соколовским", "Анны Вишневской": a surname declined as an adjective
                out.append(adjectival.group(1) + ("ая" if adjectival.group(2) in ("ой", "ую") else "ий"))
            elif surname and _RU_INDECLINABLE_SURNAME_RE.search(best):
                out.append(best)  # "Саидмурода Давлатзода": a Tajik "-зода" or Iranian "-заде" does not decline
            elif surname:
                best = best if _ending_rank(best) < 2 else _surname_nominative(best)
                forms = variants.get(_stem(word), [])
                oblique = any(best[:-1] + e in forms for e in ("ем", "ом", "у", "ым", "е"))
                # "Бориса Ковача": a first name in the genitive tells the case of the surname after it
                oblique = oblique or (bool(out) and run[0].endswith(("а", "я")) and out[0] == run[0][:-1])
                if (
                    out
                    and _masculine_name(out[0])
                    and best.endswith("а")
                    and (oblique or best.endswith(("ова", "ева", "ёва", "ина", "ына")))
                ) or (best.endswith("а") and any(best[:-1] + e in forms for e in ("ом", "ем"))):
                    # "Джамшед Кодирова", "Александр Вучича": a man's name in the genitive; "Лонга" beside
                    # "Лонгом": the instrumental of a woman's name would end in -ой
                    best = best[:-1]
                elif (
                    self.genitive
                    and (out or initialled)
                    and (best.endswith(("ова", "ева", "ёва", "ина", "ына")) or re.search(r"[^аеёиоуыэюяй]а$", best))
                    and not any(f.endswith(("ой", "ую", "ы", "и")) for f in forms)
                ):
                    # after "главы МИД" a woman would be "Байрамовой": "Джейхуна Байрамова" is a man's genitive
                    best = best[:-1]
                    if out and out[0].endswith("а"):
                        masc = [p for p in _parses(out[0]) if {"Name", "masc", "gent"} <= p.tag.grammemes]
                        nominative = masc[0].inflect({"nomn"}) if masc else None
                        out[0] = nominative.word.capitalize() if nominative else out[0][:-1]
                out.append(best)
            elif (
                0 < i
                and len({(r[0], r[-1]) for r in runs if word in r[1:-1]}) >= 2
                and variants[_stem(word)] == [word] * len(variants[_stem(word)])
            ):
                # "Эмином Кая Йылмазом" and "Эмин Кая Йылмаз": a middle name that stays the same while the
                # words around it decline does not decline at all
                out.append(word)
            else:
                first = _unknown_first_name(best, run[-1]) if _first_name(best) == best else _first_name(best)
                if (
                    best.endswith("у")
                    and best == word
                    and any(_RU_BARE_SURNAME_END_RE.search(w) for w in run[i + 1 :])
                ):
                    # "Паулу Нунес", "Рикарду Фалкан", "Жуану Тейшейра Пинту": a Portuguese name before a
                    # nominative surname, or either of a double one
                    first = best
                if (
                    0 < i < len(run) - 1
                    and first == best
                    and len(best) > 5
                    and all(re.search(r"[^аеёиоуыэюяйь]ом$", w) for w in (run[0], best, run[-1]))
                ):
                    first = best[:-2]  # "Хасаном Абдель-Каримом Насером": a middle name in the instrumental too
                last = run[-1]
                if (
                    first == best
                    and re.search(r"[^аеёиоуыэюяй]а$", first)
                    and re.search(r"[^аеёиоуыэюяй]а$", last)
                    and last[:-1] in variants.get(_stem(last), [])
                    and len(first) >= 5
                    and not any("Name" in p.tag.grammemes for p in _parses(first.lower()))
                ):
                    # "Ганхуяга Батсайхана", then "Батсайхан": the surname shows the genitive, and a first name
                    # the dictionary does not know takes it the same way
                    first = first[:-1]
                elif i == 0 and self.genitive and first == best and _undeclined_after_genitive([first, run[-1]]):
                    first = first[:-1]  # "президента Бамбанга Харьоно Сантосо": only the first name shows the case
                out.append(first)
        return " ".join(out)

    @functools.cached_property
    def feminine(self) -> bool:
        if self.she:
            return True
        if self.he:
            return False  # "Небойша Станкович прибыл": the verb tells a man, though the first name reads as a woman's
        words = self.name.split()
        first = words[0] if len(words) > 1 else ""
        if len(words[-1]) >= 5 and words[-1].endswith(("ов", "ев", "ёв", "ин", "ын")):
            return False  # "Мулугета Тесфамарин": a man's surname, though the unknown first name reads as a woman's
        if first and any(
            {"Name", "femn", "sing", "nomn"} <= p.tag.grammemes and p.score > 0.3 for p in _parses(first)
        ):
            return True
        return words[-1].endswith(("ова", "ева", "ина", "ая", "ёва", "ына"))

    def suggestion(self) -> PersonSuggestion:
        return PersonSuggestion(
            name=self.name,
            country=self.country,
            role=self.role,
            title=self.title or _TITLE_LABELS.get(self.role, ""),
            known=self.known,
            first_offset=self.first,
        )


_RU_BARE_SURNAME_END_RE = re.compile(r"[^аеёиоуыэюяйь]$")


def _undeclined_after_genitive(words: list[str]) -> bool:
    """A man's first name in the genitive before a surname that does not decline ("Бамбанга Харьоно Сантосо"):
    a woman's in -а would read -ы or -и there, so the -а after a consonant is the case ending."""
    return bool(re.search(r"[^аеёиоуыэюяйь]а$", words[0]) and re.search(r"[еёиоуэю]$", words[-1]))


_RU_SURNAME_TAIL_RE = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е)?$|[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую)$")
_RU_ADJ_SURNAME_RE = re.compile(r"(\w{3,}[сц]к)(им|ого|ому|ом|ой|ую)")
_RU_NAME_PARTICLE_RE = re.compile(r" (?:бен|бин|ибн|бинт|ван|фон|де|да|дос|дель|ди|ле|ла) ")


class _Particle:
    """A lower-case particle inside a run of name words, read like a match of one ("бин")."""

    def __init__(self, word: str, start: int):
        self.word, self._start = word, start

    def group(self, _=0) -> str:
        return self.word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self.word)


# The office of the next of two officials listed, in lower-case words after "и", up to the second's surname.
_RU_NEXT_OFFICE_RE = re.compile(r"\s+и\s+(?:[а-яё-]+\s+){1,8}(?:[А-ЯЁ][\w-]*\s+){0,2}")


class _RuArticle:
    """One Russian article: paragraphs, sentences, people and where they are named."""

    def __init__(self, text: str, body_start: int, dateline: datetime.date | None, people: Sequence[KnownPerson]):
        self.text = text
        self.body_start = body_start
        self.dateline = dateline
        self.paras: list[tuple[int, int]] = []
        for m in re.finditer(r"[^\n]*\S[^\n]*", text[body_start:]):
            a, b = body_start + m.start(), body_start + m.end()
            while text[a].isspace():
                a += 1
            self.paras.append((a, b))
        self.sentences: list[tuple[int, int, int]] = []
        for p, (a, b) in enumerate(self.paras):
            start = a
            for m in _SENT_END_RE.finditer(text, a, b):
                if re.search(
                    r"(?<![\w-])[А-ЯЁ]\.$|(?<![\w-])(?:г|гг|т\.е|т\.д|им|ул|д)\.$",
                    text[max(a, m.start() - 4) : m.end()],
                ):
                    continue
                self.sentences.append((start, m.end(), p))
                start = m.end()
                while start < b and text[start].isspace():
                    start += 1
            if start < b:
                self.sentences.append((start, b, p))
        self.sentence_starts = [s[0] for s in self.sentences]
        self.persons: dict[str, _Person] = {}
        self.mentions: list[tuple[int, int, _Person]] = []
        # Filled by find_people; empty while it runs, when a counterpart's role is looked up among earlier people.
        self.mention_starts: list[int] = []
        self.refs: list[tuple[int, _Person]] = []
        self._last_titled: _Person | None = None  # while find_people runs: whom a "коллега" is paired with
        self.unresolved: list[int] = []  # speech acts of people who are not participants (executives, experts)
        self.marked: list[tuple[int, int]] = []
        for kp in people:
            if kp.name.strip():
                person = self._person(kp.name.split()[-1])
                person.known, person.country = kp, kp.country  # a participant once the article names them
                title = _parse_title(kp.title, 0, len(kp.title)) if kp.title else None
                if title:
                    person.role, person.title = title.role, kp.title
                person.runs.append(kp.name.split())

    def sentence_at(self, pos: int) -> tuple[int, int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[max(i, 0)] if self.sentences else (0, len(self.text), 0)

    def _person(self, surname: str) -> _Person:
        key = _stem(surname)
        person = self.persons.get(key)
        if person is None:
            person = self.persons[key] = _Person(key=key)
        return person

    # ---- people

    @functools.cached_property
    def _name_tokens(self) -> list[re.Match]:
        """The capitalised words of the body, which several passes over the people read."""
        return list(_NAME_TOKEN_RE.finditer(self.text, self.body_start))

    def find_people(self) -> None:
        text = self.text
        runs: list[list[re.Match]] = []
        cur: list[re.Match] = []
        for m in self._name_tokens:
            gap = text[cur[-1].end() : m.start()] if cur else ""
            if cur and gap == " ":
                cur.append(m)
            elif cur and _RU_NAME_PARTICLE_RE.fullmatch(gap) and not _RU_NOT_NAME.intersection((cur[-1].group(0),)):
                # "Султаном бин Хамданом Аль Нахайяном", "Бадром бен Хамадом": a particle inside a name
                cur.append(_Particle(gap.strip(), cur[-1].end() + 1))
                cur.append(m)
            else:
                if cur:
                    runs.append(cur)
                cur = [m]
        if cur:
            runs.append(cur)
        for run in runs:
            for lo, hi in self._split_at_known(run, self._split_run(run)):
                while lo < hi and isinstance(run[lo], _Particle):
                    lo += 1  # a name does not open with its particle
                while hi > lo and isinstance(run[hi - 1], _Particle):
                    hi -= 1
                if lo < hi:
                    self._consider(run[lo:hi])
        self._merge_patronymic_address()
        for m in self._name_tokens:
            word = m.group(0).split()[-1].split(".")[-1]
            person = self.persons.get(_stem(word))
            if person is not None and (person.evidence or person.known is not None):
                person.evidence = True
                self.mentions.append((m.start(), m.end(), person))
                person.positions.append(m.start())
                if not person.first or m.start() < person.first:
                    person.first = m.start()
        self.mentions.sort(key=lambda x: x[0])
        self.mention_starts = [m[0] for m in self.mentions]
        signed_off = [
            (a, b) for a, b in self.paras if _RU_SIGN_OFF_RE.match(self.text[a:b]) and len(self.text[a:b].split()) <= 8
        ]
        for person in {id(p): p for _, _, p in self.mentions}.values():
            if person.known is None and all(any(a <= at < b for a, b in signed_off) for at in person.positions):
                person.outsider = True  # "Беседовала Ольга Петрова", "Фото: Иван Сидоров": the journalist
        for person in {id(p): p for _, _, p in self.mentions}.values():
            if person.known is None and len(person.positions) == 1 and self._spoke_before(person.positions[0]):
                person.outsider = True  # "Посол X Y накануне визита говорил, что ...": a voice from before the visit
        people = self.unique()
        for p in people:
            if (
                p.executive
                and p.outsider
                and any(
                    re.search(
                        # "подписали глава X и ...", "Соглашения подписаны председателем правления X": who signed
                        r"(?<![\w-])(?:подписал[аи]?|подписан[аоы]?|скрепил[аи]?)\s[^.;]{0,120}$",
                        text[self.sentence_at(at)[0] : at],
                    )
                    for at in p.positions
                )
            ) or (
                p.executive
                and p.outsider
                and any(_RU_SIGNS_AFTER_RE.match(text, at, self.sentence_at(at)[1]) for at in p.positions)
            ):
                # "Меморандум подписали глава «Атомэнергоэкспорта» X и министр Y", "глава «A» X и глава «B» Y
                # подписали Дорожную карту": a signatory
                p.outsider = False
            elif (
                p.executive
                and p.outsider
                and any(_RU_ATTENDED_RE.search(text, *self.sentence_at(at)[:2]) for at in p.positions[:1])
            ):
                p.outsider = False  # "В переговорах участвовал глава «Газпрома» X": at the table, a participant
            elif p.executive and p.outsider and (self._company_signed(p) or self._company_visited(p)):
                # "«Заречье-Агро» и «Хоангшон» подписывают контракт": the head of a party; "Визит начался с ОАО
                # «Вектор»": the host of a stop of the programme
                p.outsider = False
        for p in people:
            if (
                p.known is None
                and all(len(r) == 1 for r in p.runs)
                and any(r[0].endswith(("ье", "ьем")) for r in p.runs)
            ):
                # "Губернатор Приангарья", "экспорт Приангарья", "производит Приангарье": a region's name declined
                # as a neuter noun, which no person's name is
                p.outsider = True
        self._fallback_countries()
        self._roles_from_unnamed_titles(people)
        if not any(p.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT) and not p.outsider for p in people):
            # At a minister's working visit the companies' heads sit at the table: they are its participants;
            # around leaders they are business on the sidelines.
            for p in people:
                if p.executive:
                    p.outsider = False
        self._fallback_countries()

    def _spoke_before(self, at: int) -> bool:
        """Whether the name at ``at`` heads words said before the visit: a time before it set between the name and
        its verb of speech ("Y ранее говорил", "Y накануне на брифинге отметила") or the eve of the visit opening
        the sentence ("Накануне визита посол Y заявил"). Said after the verb ("как сообщил ранее Y") it is an
        agency's own reference to words of the visit."""
        text = self.text
        s_lo, s_hi, _ = self.sentence_at(at)
        end = at + re.match(r"[\w.-]+(?:\s+[А-ЯЁ][\w.-]*)*", text[at:s_hi]).end()
        after = _RU_EARLIER_RE.match(text, end, s_hi)
        if after is not None:
            words = list(re.finditer(r"[\w-]+", text[after.end() : s_hi]))[:5]
            return any(_RU_SPEECH_RE.match(text, after.end() + w.start(), s_hi) for w in words)
        opening = _RU_EARLIER_RE.match(text, s_lo, at)
        verb_at = end + re.match(r"\s*", text[end:s_hi]).end()  # the verb right after the name
        return bool(
            opening
            and opening.group("eve")
            and not _RU_SPEECH_RE.search(text, s_lo, at)
            and _RU_SPEECH_RE.match(text, verb_at, s_hi)
        )

    def _company_before(self, at: int) -> str:
        """The name of the company whose office titles the name at ``at``: in marks ("генеральный директор
        «Заречье-Агро»"), or by the short form the story gave it in brackets ("«Трансмашхолдинг» (ТМХ)", then
        "генеральный директор ТМХ")."""
        text = self.text
        company = _RU_COMPANY_BEFORE_RE.search(text, max(0, at - 60), at)
        if company:
            return company.group(1)
        short = _RU_SHORT_COMPANY_BEFORE_RE.search(text, max(0, at - 60), at)
        if short:
            full = re.search(r"«([^«»]{2,40})»\s*\(" + re.escape(short.group(1)) + r"\)", text)
            # "генеральный директор РЖД": a company the copy names by its letters alone, without marks
            return full.group(1) if full else short.group(1)
        return ""

    def _company_named(self, company: str) -> list[re.Match]:
        """Where the story names a company: "«Хоангшон" for «Хоангшона» too; a name in capitals ("РЖД") as a
        word of its own, with or without marks."""
        if company.isupper():
            return list(re.finditer(r"(?<![\w-])«?" + re.escape(company) + r"(?![\w-])", self.text))
        return list(re.finditer(re.escape("«" + company[: max(4, len(company) - 2)]), self.text))

    def _company_signed(self, person: _Person) -> bool:
        """Whether the company an executive heads ("генеральный директор «Заречье-Агро» Дмитрий Кустов") is a party
        to a document the story tells signed: its name stands in a sentence with a signing or a document between
        parties ("меморандум между «Калуга Пак» и ...")."""
        text = self.text
        company = self._company_before(person.first)
        if not company:
            return False
        for at in (m.start() for m in self._company_named(company)):
            s_lo, s_hi, _ = self.sentence_at(at)
            if s_lo <= person.first < s_hi:
                continue
            if any(not _RU_NOT_SIGNED.match(c.group(0)) for c in _RU_SIGNED_RE.finditer(text, s_lo, s_hi)) or (
                re.search(r"(?<![\w-])между\s", text[s_lo:at]) and _RU_KIND_RE.search(text, s_lo, at)
            ):
                return True
        return False

    def _company_visited(self, person: _Person) -> bool:
        """Whether the visit goes to the company an executive heads: its name in marks stands in a sentence that
        tells of the visit ("гость посетил «Вектор»"), or the executive of "предприятия", "завода" is named right
        after the sentence that brought the guest there."""
        text = self.text
        company = self._company_before(person.first)
        if company:
            for at in (m.start() for m in self._company_named(company)):
                s_lo, s_hi, _ = self.sentence_at(at)
                if not s_lo <= person.first < s_hi and _RU_VISITED_RE.search(text, s_lo, s_hi):
                    return True
            return False
        if not _RU_PLANT_BEFORE_RE.search(text, max(0, person.first - 40), person.first):
            return False
        s_lo, _, para = self.sentence_at(person.first)
        prev_lo, prev_hi, prev_para = self.sentence_at(s_lo - 1) if s_lo > self.body_start else (s_lo, s_lo, -1)
        return prev_para == para and bool(_RU_VISITED_RE.search(text, prev_lo, prev_hi))

    def _company_side(self, person: _Person, pair: list[str]) -> str:
        """The side of a company's head by the company: "вьетнамская корпорация «Хоангшон»" is Vietnam's; a company
        told beside one of the other side ("«Заречье-Агро» и вьетнамская корпорация «Хоангшон» подписывают") is of
        the first side."""
        text = self.text
        company = self._company_before(person.first)
        if not company:
            return ""
        other = ""
        for m in self._company_named(company):
            adj = _RU_COMPANY_ADJ_RE.search(text, max(0, m.start() - 50), m.start())
            code = _country_at(text, adj.start(), adj.end()) if adj else ""
            s_lo, s_hi, _ = self.sentence_at(m.start())
            if not code and text[m.start() - 1 : m.start()] == "(":
                # "Государственной нефтяной компанией Азербайджанской Республики (SOCAR)": the short name in
                # brackets after the full one, which carries the country
                code = _country_at(text, max(s_lo, m.start() - 60), m.start())
            if code in pair:
                return code
            near = re.search(
                r"\s+и\s+(?P<adj>[а-яё-]+(?:ая|ий|ый|ое|ой|им|ым))\s", text[m.end() : min(s_hi, m.end() + 80)]
            )
            code = _country_at(text, m.end() + near.start("adj"), m.end() + near.end("adj")) if near else ""
            # "«Газпром» и АО «Узбекнефтегаз» подписали": a partner whose name carries its country
            partner = _RU_PARTNER_COMPANY_RE.match(text, m.end(), s_hi)
            code = code or (_company_country(partner.group(1)) if partner else "")
            if code in pair and code != _company_country(company):
                other = next(c for c in pair if c != code)
        own = _company_country(company)
        return other or (own if own in pair else "")

    def _merge_patronymic_address(self) -> None:
        """ "Андрей Валерьевич, ...": a first name and a patronymic, the polite address of someone the story names
        in full elsewhere ("Андрей Северцев"), are that person, not a second one."""
        people = {id(p): p for p in self.persons.values()}.values()
        for person in list(people):
            if (
                person.role
                or not person.runs
                or any(len(r) != 2 or not _patronymic(r[1].split(".")[-1]) for r in person.runs)
            ):
                continue
            key = _stem(person.runs[0][1])
            alone = [
                m
                for m in self._name_tokens
                if _stem(m.group(0).split()[-1]) == key
                and not re.search(r"[А-ЯЁ][а-яё-]+\s$", self.text[max(0, m.start() - 30) : m.start()])
            ]
            if alone:
                continue  # "Зданевич заявил": a surname said alone is no patronymic
            first = _first_name(person.runs[0][0])
            full = [
                q
                for q in people
                if q is not person
                and any(len(r) >= 2 and not _patronymic(r[-1]) and _first_name(r[0]) == first for r in q.runs)
            ]
            if len({id(q) for q in full}) == 1:
                for key, value in list(self.persons.items()):
                    if value is person:
                        self.persons[key] = full[0]

    def _roles_from_unnamed_titles(self, people: list[_Person]) -> None:
        """A title without a name gives its role to the one person of its country who has none: "Касым-Жомарт
        Токаев провел переговоры ..." and "... Президента Казахстана, прибывшего в Венгрию"."""
        text = self.text
        for m in _RU_CORE_RE.finditer(text, self.body_start):
            role = _RU_CORES[int(m.lastgroup[1:])][1]
            if role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER):
                continue
            stop = re.search(r"[,.;:!?()\n«»—–]", text[m.end() : m.end() + 80])
            hi = m.end() + (stop.start() if stop else 80)
            opens = m.start() == self.sentence_at(m.start())[0]
            verb = opens and next(
                (w for w in re.finditer(r"[а-яё]+", text[m.end() : hi]) if _is_verb(w.group(0))), None
            )
            if verb:
                hi = m.end() + verb.start()  # "Председатель ... провёл переговоры с X": X is not the title's
            named = bisect.bisect_left(self.mention_starts, m.end())
            if named < len(self.mention_starts) and self.mention_starts[named] < hi:
                continue  # a named title
            title = _parse_title(text, m.start(), hi)
            if title is None or not title.country:
                continue
            bare = [p for p in people if p.country == title.country and not p.role and not p.outsider]
            if len(bare) == 1 and not any(p.country == title.country and p.role == role for p in people):
                bare[0].role, bare[0].title = role, title.label
            elif not bare and opens:
                # "Переговоры Андрея Сомова с ..." over "Председатель Правительства России провёл переговоры":
                # the title opening a sentence is the one person the story names with neither role nor country
                free = [
                    p
                    for p in people
                    if not p.country and not p.role and not p.outsider and not _another_case_of(p, people)
                ]
                if len(free) == 1 and not any(p.country == title.country and p.role == role for p in people):
                    free[0].role, free[0].title, free[0].country = role, title.label, title.country
        heads = [p for p in people if p.role == HEAD_OF_STATE and not p.outsider and p.country]
        if len({p.country for p in heads}) == 1 and _RU_STATE_VISIT_RE.search(text, self.body_start):
            # a state visit is paid by a head of state: the other side's leader, named often and never titled
            bare = [p for p in people if not p.role and not p.outsider and p.country != heads[0].country]
            bare.sort(key=lambda p: -len(p.positions))
            if bare and len(bare[0].positions) >= 3 and (len(bare) == 1 or len(bare[1].positions) < 3):
                bare[0].role = HEAD_OF_STATE

    def _split_run(self, run: list[re.Match]) -> list[tuple[int, int]]:
        """Parts of a run of capitalised words that may be names: titles, places and sentence openers cut it."""
        out, start = [], None
        for i, m in enumerate(run):
            word = m.group(0)
            bare = word.split()[-1].split(".")[-1]
            if (
                len(bare) <= 3
                and i + 1 < len(run)
                and bare not in _RU_NOT_NAME
                and not self._opens_sentence(m.start())
                and _person_like(run[i + 1].group(0))
                and self._after_title(m.start())
            ):
                # "Генеральным секретарем То Ламом": a short word that reads as "то" is a name's syllable here
                start = i if start is None else start
                continue
            if start is None and self._capital_particle_syllable(run, i):
                start = i  # "с коллегой Во Динь Хоангом": mid-sentence, a capitalised "Во" is no preposition
                continue
            stop = (
                (bare in _RU_NOT_NAME and not _third_syllable(run, i))
                or (
                    "." not in word
                    and _ordinary_word(bare)
                    and not _syllable_name(run, i)
                    and not self._first_name_guessed_as_place(run, i)
                    and not (
                        i
                        and start is not None
                        and (_first_name_word(run[i - 1].group(0)) or _patronymic(run[i - 1].group(0)))
                        # "Сергей Лыков", "Олега Игоревича Сомова": a surname's suffix after a first name or a
                        # patronymic, whatever else the word may be
                        and (_person_like_tail(bare) or _RU_SURNAME_TAIL_RE.search(bare))
                    )
                    and not (
                        i
                        and start is not None
                        and _same_case_after_name(run[i - 1].group(0), bare, self._after_title(run[i - 1].start()))
                    )
                    and not (i and start is not None and _unagreeing_adjective(run[i - 1].group(0), bare))
                    # "председатель комитета Аркадий Подгорный": after a title and a first name, an adjective that
                    # agrees with it is the surname still
                    and not (
                        start is not None
                        and i == start + 1
                        and _first_name_word(run[i - 1].group(0))
                        and _parses(bare.lower())[:1]
                        and _parses(bare.lower())[0].tag.POS == "ADJF"
                        and self._after_title(run[i - 1].start())
                    )
                    and not (start is not None and self._place_as_middle_name(run, start, i))
                    # "сказал господин Ван" after "Ван Шэнлинем": alone, the family name of one the story named in
                    # full family first, though the dictionary reads it as a word
                    and not (len(run) == 1 and self._family_name_first(bare) is not None)
                )
                or (_COUNTRY_NAME_RE.fullmatch(bare) and not self._country_as_first_name(run, i))
                # "Маджлиси Оли", "Жогорку Кенеш": the second word of a parliament's name, whatever it reads as
                or (i and _MULTIWORD_COUNTRY_RE.fullmatch(self.text, run[i - 1].start(), m.end()))
                or _CITY_NAME_RE.fullmatch(bare)
                or _RU_CORE_RE.fullmatch(bare)
                or (i and _plural_after_adjective(run[i - 1].group(0), bare))
                or (
                    self._opens_sentence(m.start())
                    and "." not in word
                    and not (
                        _syllable_name(run, i)
                        and i + 1 < len(run)
                        and (_person_like(run[i + 1].group(0)) or _syllable_name(run, i + 1))
                    )
                    and _person_score(bare) <= 0.05
                    and not getattr(self.persons.get(_stem(bare)), "evidence", False)
                    and (len(run) > 1 or self._family_name_first(bare) is None)
                    and not (  # "Нгуен Ван Тхань (как переведено):": the name the story gave in full before
                        not _known(bare.lower())
                        and i + 1 < len(run)
                        and any(
                            r[0] == bare
                            for r in getattr(self.persons.get(_stem(run[-1].group(0))), "runs", ())
                            if len(r) == len(run) - i
                        )
                    )
                    and not (  # "Сердар Бердымухамедов прилетел": a name the dictionary lacks, a surname after
                        i + 1 < len(run)
                        and _RU_SURNAME_SUFFIX_RE.search(run[i + 1].group(0))
                        and not _known(bare.lower())
                    )
                )
            )
            if (
                not stop
                and start is None
                # "Президент Бразилии Рикарду Таварес Мота": after the title's state the lexicon knows, a word the
                # dictionary may guess as a place opens the name
                and not (
                    i
                    and _COUNTRY_NAME_RE.fullmatch(run[i - 1].group(0).split(".")[-1])
                    # "министр Саудовской Аравии Бандар ...": the state's adjective, then its noun, still the state
                    and not (
                        re.search(r"(?:ой|ей)$", run[i - 1].group(0))
                        and any("Geox" in x.tag.grammemes for x in _parses(run[i].group(0).lower())[:1])
                    )
                )
                and _place_before_names(run, i)
            ):
                stop = True  # "Губернатор Приангарья Алексей Бородин", "В Бохтаре Дмитрий ...": the place, then a name
            if stop and _sultan_as_name(run, i):
                stop = False  # "шейхом Султаном бин Хамданом": a given name before the particle
            if stop:
                if start is not None:
                    out.append((start, i))
                start = None
            elif start is None:
                start = i
        if start is not None:
            out.append((start, len(run)))
        return out

    def _split_at_known(self, run: list, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Two names side by side ("В сопровождении Ли Минхао Пак Сон Ын обошел строй"): a word inside a run that
        is the surname of someone already named in the story ends the first name, when at least two words of
        a name follow it."""
        out = []
        for lo, hi in spans:
            for j in range(lo + 1, hi - 2):
                if isinstance(run[j], _Particle) or isinstance(run[j + 1], _Particle):
                    continue
                person = self.persons.get(_stem(run[j].group(0).split(".")[-1]))
                if person is not None and person.evidence:
                    out += [(lo, j + 1), (j + 1, hi)]
                    break
            else:
                out.append((lo, hi))
        return out

    def _place_as_middle_name(self, run: list, start: int, i: int) -> bool:
        """A word the dictionary knows as a place, second of three right after a title, is the first of two
        surnames ("министр внешней торговли Кубы Рамон Толедо Ривас"): a place does not stand inside a name."""
        if i - start != 1 or i + 2 != len(run) or isinstance(run[i + 1], _Particle):
            return False
        word, nxt = run[i].group(0), run[i + 1].group(0)
        if "." in word + nxt or not self._after_title(run[start].start()):
            return False
        if not any("Geox" in p.tag.grammemes for p in _parses(word)[:1]):
            return False
        return _person_like(nxt) and not _ordinary_word(nxt) and not _COUNTRY_NAME_RE.fullmatch(nxt)

    def _capital_particle_syllable(self, run: list, i: int) -> bool:
        """A capitalised word that the dictionary reads as a preposition or a particle ("Во", "До"), inside a
        sentence after a lower-case word or a country's name and before two short syllables, is the first syllable
        of a Vietnamese name; at a sentence's start or after a mark it is the preposition ("Во вторник", "«По
        данным")."""
        word = run[i].group(0)
        if i + 2 >= len(run) or len(word) > 3 or not word[0].isupper() or self._opens_sentence(run[i].start()):
            return False
        if not re.search(r"[а-яё]\s$", self.text[max(0, run[i].start() - 2) : run[i].start()]) and not (
            # "Президент Социалистической Республики Вьетнам Во Тхань Лам": the title's state, then the name
            i and _COUNTRY_NAME_RE.fullmatch(run[i - 1].group(0))
        ):
            return False
        parses = _parses(word.lower())
        if not parses or parses[0].tag.POS not in ("PREP", "CONJ", "PRCL"):
            return False
        nxt = [run[j] for j in (i + 1, i + 2)]
        return all(
            not isinstance(m, _Particle)
            and "." not in m.group(0)
            and len(m.group(0)) <= 8
            and m.group(0) not in _RU_NOT_NAME
            # "Во Тхань Лам": a name's last syllable is short, whatever the dictionary reads it as
            and (_person_like(m.group(0)) or (m is nxt[-1] and len(m.group(0)) <= 4 and _person_like(nxt[0].group(0))))
            for m in nxt
        )

    def _country_as_first_name(self, run: list, i: int) -> bool:
        """A country's name in the nominative right before a word that the story elsewhere titles alone
        ("Президент Бырсан отметила") is a woman's first name ("Президент Республики Молдова Ливия Бырсан")."""
        word = run[i].group(0)
        if i + 2 != len(run) or isinstance(run[i + 1], _Particle) or not word.endswith(("ия", "ея", "на", "ра")):
            return False
        surname = run[i + 1].group(0)
        if (
            len(surname) < 4
            or "." in surname
            or surname in _RU_NOT_NAME
            or _COUNTRY_NAME_RE.fullmatch(surname)
            or _CITY_NAME_RE.fullmatch(surname)
            or _first_name_word(surname)
        ):
            return False
        if not any(p.tag.case == "nomn" for p in _parses(word)[:1]):
            return False
        key = _stem(surname)
        return any(
            _stem(m.group(0)) == key and m.start() != run[i + 1].start() and self._after_title(m.start())
            for m in self._name_tokens
        )

    def _bare_surname(self, word: str, end: int) -> bool:
        """A surname the story never gives a first name or title ("Токаев и Алиев в Баку: главное" and "Алиев
        назвал Казахстан ..."): the dictionary reads it as a surname, the story names it more than once, and here
        it speaks or acts (a verb or a colon follows)."""
        if (
            len(word) < 4
            or _adjective(word)
            or not (
                any("Surn" in p.tag.grammemes and p.score >= 0.2 for p in _parses(word))
                or _RU_SURNAME_SUFFIX_RE.search(word)
            )
        ):
            return False  # "Петербургский форум открылся": an adjective, not a surname
        if not re.match(r"\s*(?::|[а-яё]+(?:л|ла|ет|ит)(?:ся|сь)?(?![\w-]))", self.text[end : end + 30]):
            return False
        key = _stem(word)
        count = sum(1 for m in _NAME_TOKEN_RE.finditer(self.text) if _stem(m.group(0).split(".")[-1]) == key)
        return count >= 2

    def _named_as_place(self, word: str) -> bool:
        """Whether the article writes a word, in any case, after "в" or "из" somewhere: "Баткен встретил Новый год"
        is the town of "в Баткене"."""
        return _stem(word) in self._place_stems

    @functools.cached_property
    def _place_stems(self) -> frozenset[str]:
        return frozenset(_stem(m.group(1)) for m in re.finditer(r"(?<![\w-])(?:в|во|из)\s+([А-ЯЁ][\w-]+)", self.text))

    def _first_name_guessed_as_place(self, run: list[re.Match], i: int) -> bool:
        """A word the dictionary does not know but guesses to be a place, followed by another name and not after
        a preposition, is a foreign first name ("министр Кении Уанджику Мутуа", but "в Путраджае"); right after a
        title, so is a word it knows as an everyday noun ("министр обороны Мелисса О'Коннор")."""
        word = run[i].group(0)
        if i + 1 >= len(run):
            return False
        nxt = run[i + 1].group(0)
        if self._after_title(run[i].start()) and _name_in_case_of(word, nxt):
            return True  # "министром Каролиной Фуэнсалидой": a first name the dictionary also knows as a place
        if _adjective(word) or nxt in _RU_NOT_NAME or _COUNTRY_NAME_RE.fullmatch(nxt) or _first_name_word(nxt):
            return False  # "правительства Бурятии Андрей Шагдуров": a first name follows the place
        if self._after_title(run[i].start()) and (_person_like(nxt) or not _ordinary_word(nxt)):
            return True
        if not _person_like(nxt):
            return False
        if _known(word.lower()):
            return False
        before = self.text[max(0, run[i].start() - 6) : run[i].start()]
        return not re.search(r"(?<![\w-])(?:в|во|из|на|до|под|через|по|к|от|у|с|со)\s+$", before, re.I)

    def _family_name_first(self, word: str) -> _Person | None:
        """The one person named earlier in full whose first word is ``word`` and is not a first name ("Пак Чжун Хо",
        "Ли Чжэньхуа", "Мацуока Кэнтаро"): East Asian names put the family name first and the story then uses it
        alone. A first name said alone ("Дэниел") is no such reference."""
        if _first_name_word(word) or _RU_NOT_NAME.intersection((word,)):
            return None
        key = _stem(word)
        return self._only_person(
            lambda r: 2 <= len(r) <= 3
            and _stem(r[0].split(".")[-1]) == key
            and not _RU_SURNAME_SUFFIX_RE.search(r[-1])
            and not _first_name_word(r[0])
        )

    def _paternal_surname(self, word: str, first: str = "") -> _Person | None:
        """The one person named earlier in three words whose middle one is ``word`` ("Орландо Эредиа Монтальво",
        then "Эредиа", or "Орландо Эредиа" when ``first`` is given): Spanish and Portuguese names give the father's
        surname and then the mother's, and the story then uses the father's alone. A patronymic in the middle
        ("Пётр Сергеевич Громов") is no surname."""
        if _patronymic(word) or _RU_NOT_NAME.intersection((word,)):
            return None
        key = _stem(word)
        return self._only_person(
            lambda r: len(r) == 3
            and _stem(r[1]) == key
            and not _patronymic(r[1])
            and (not first or _stem(r[0]) == _stem(first))
        )

    def _only_person(self, named: Callable[[Sequence[str]], bool]) -> _Person | None:
        """The one person of the story (not an outsider) one of whose written forms ``named`` accepts, else None."""
        found = {id(p): p for p in self.persons.values() if p.evidence and not p.outsider and any(map(named, p.runs))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _after_title(self, pos: int) -> bool:
        """Whether a title stands right before ``pos``, or with only its country's words between."""
        if _RU_TITLE_BEFORE_RE.search(self.text, max(0, pos - 60), pos):
            return True
        cores = list(_RU_CORE_RE.finditer(self.text, max(0, pos - 120), pos))
        return bool(cores) and _only_title_words(self.text[cores[-1].end() : pos])

    def _opens_sentence(self, pos: int) -> bool:
        s = self.sentence_at(pos)
        return not self.text[s[0] : pos].strip(' «„"—–-')

    def _consider(self, run: list[re.Match]) -> None:
        text = self.text
        before, after = text[run[0].start() - 1 : run[0].start()], text[run[-1].end() : run[-1].end() + 1]
        if (before in ("«", "„") and after in ("»", "“")) or before == after == '"':
            # «Пердана Путра», «Ак Орда», глава "Росатома": a name in marks is a building's, a company's or a project's
            return
        title_end = run[0].start()
        if (
            len(run) >= 3
            and _RU_PLACE_KIND_BEFORE_RE.search(text, max(0, run[0].start() - 30), run[0].start())
            # "президент палаты области Пётр Сергеевич Громов": a patronymic second tells a first name before it
            and (isinstance(run[1], _Particle) or not _patronymic(run[1].group(0)))
        ):
            run = run[1:]  # "губернатор провинции Чхунчхон-Пукто Пак Сон Хо": the province, then the name
        start, end = run[0].start(), run[-1].end()
        words = [m.group(0) for m in run]
        if len(words) == 1 and (
            _RU_PLACE_BEFORE_RE.search(text, max(0, start - 30), start)
            or _RU_PLACE_AFTER_RE.match(text, end)
            or self._named_as_place(words[0])
        ):
            return  # "в Баткене", "аймака Баян-Улгий", "Гафуровский район", "Камбаратинской ГЭС": a place
        if len(words) > 1 and _RU_BUILDING_BEFORE_RE.search(text, max(0, start - 20), start):
            return  # "осмотрели мечеть Кул Шариф", "на проспекте Мира": a building's or a street's name
        bare = [w.split()[-1].split(".")[-1] for w in words]
        if all(_adjective(w) for w in bare):
            return  # "посетит Сумгайытский химический парк": an adjective of a place, not a name
        if len(bare) == 1 and _person_noun(bare[0]) and _stem(bare[0]) not in self.persons:
            return  # "Основатель мира и национального единства – Лидер нации": an epithet's noun, not a name
        if _RU_MEMORY_RE.search(text, max(0, start - 50), start):
            return  # "почтил память общенационального лидера Гейдара Алиева": the dead are not participants
        surname = bare[-1]
        existing = self.persons.get(_stem(surname))
        if existing is None and len(bare) == 1:
            family = self._family_name_first(bare[0]) or self._paternal_surname(bare[0])
            if family is not None:  # "Мацуока Кэнтаро", then "Мацуока": the family name of a name said family first
                self.persons[_stem(bare[0])] = existing = family
        elif existing is None and len(bare) == 2:
            family = self._paternal_surname(bare[1], first=bare[0])
            if family is not None:  # "Виктория Эспиноса" after "Викторией Эспиносой Ларраин"
                self.persons[_stem(bare[1])] = existing = family
        s_lo = self.sentence_at(start)[0]
        window_lo = max(s_lo, title_end - 120)
        before = text[window_lo:title_end]
        title = None
        # "директор института при Президенте РК": an office after "при" names the institution's patron
        cores = list(_RU_CORE_RE.finditer(before))
        if "при " in before:
            cores = [c for c in cores if not _RU_PATRON_BEFORE_RE.search(before, max(0, c.start() - 5), c.start())]
        title_hi = title_end
        if cores and _only_title_words(before[cores[-1].end() :]):
            while len(cores) > 1 and _complement_core(before, cores[-2], cores[-1]):
                title_hi = window_lo + cores.pop().start()  # "Руководителя Администрации Президента Адылбека"
        if cores and _only_title_words(before[cores[-1].end() : title_hi - window_lo]):
            title = _parse_title(text, window_lo + cores[-1].start(), title_hi)
            # "Председателя Кабинета Министров – Руководителя Администрации ...": of a double title, the higher
            if (
                len(cores) > 1
                and title is not None
                and re.fullmatch(r"\s*[—–-]\s*", before[cores[-2].end() : cores[-1].start()])
            ):
                first = _parse_title(text, window_lo + cores[-2].start(), window_lo + cores[-2].end())
                if first is not None and _ROLE_RANK.get(first.role, 9) < _ROLE_RANK.get(title.role, 9):
                    title = _RuTitle(first.role, first.label, title.country or first.country)
        if (
            title is not None
            and title.role == "counterpart"
            and re.search(r"(?:господина|госпожи|г-на|г-жи)\s+$", before)
        ):
            title = None  # "Индонезийский коллега господина Веретенникова": whose colleague, not the colleague
        if title is None:
            title = _title_after(text, end)
        scored = sum(_person_score(w) > 0.3 for w in bare)
        initials = any("." in w for w in words)
        if existing is None or not existing.evidence:
            full = (
                len(bare) >= 2
                and _RU_SURNAME_SUFFIX_RE.search(bare[-1])
                and _person_like(bare[0])
                and not _adjective(bare[-1])
                and not _adjective(bare[0])
            )
            # "Нгуен Хонг Зиен", "Пак Чон Мин": three short syllables of an East Asian name, untitled
            syllables = len(bare) == 3 and all(len(w) <= 5 and _person_like(w) for w in bare)
            if not (
                title
                or (len(bare) >= 2 and scored)
                or full
                or initials
                or syllables
                or self._bare_surname(bare[0], end)
            ):
                return
        person = self._person(surname)
        person.evidence = True
        if (
            title is not None
            and cores
            and title.role != "counterpart"
            and (bare[-1].endswith(("а", "я")) or (len(bare) >= 2 and _undeclined_after_genitive(bare)))
        ):
            head = cores[-1].group(0).split()[0].lower()
            person.genitive = person.genitive or any(
                p.tag.case == "gent" and p.tag.POS == "NOUN" and "sing" in p.tag for p in _parses(head)
            )
        person.runs.append(words)
        person.__dict__.pop("name", None)
        person.__dict__.pop("feminine", None)
        if _RU_JOURNALIST_BEFORE_RE.search(text, max(0, start - 60), start) and not person.role:
            person.outsider = True  # "на вопросы обозревателя Ольги Петровой": the journalist, not a participant
            return
        former = (
            title is not None
            and bool(cores)
            and _RU_FORMER_RE.search(text, max(0, window_lo + cores[-1].start() - 30), window_lo + cores[-1].start())
        )  # "бывший министр иностранных дел", "экс-посол": an office held before, not at this visit
        if former and not (person.role and not person.outsider and person.title):
            person.outsider = True
            return
        if _RU_NO_PART_RE.match(text, end, end + 80) or _RU_NO_PART_RE.match(text, end + 1, end + 80):
            person.outsider = True  # "Губернатор края Алексей Громов участия в переговорах не принимал"
            if title is not None and title.role != "counterpart" and not person.title:
                person.role, person.title = title.role, title.label
            return
        if re.match(r"\s+(?:[а-яё]+\s+)?[а-яё]+(?:ла|лась)(?![\w-])", text[end : end + 40]):
            person.she = True  # "Ингрид Сельванг встретилась": the verb tells a woman
        else:
            verb = re.match(r"\s+(?:[а-яё]+\s+)?([а-яё]+л(?:ся)?)(?![\w-])", text[end : end + 40])
            person.he = person.he or bool(verb and _past_verb(verb.group(1)))
        if (
            not person.said_as
            and start == self.sentence_at(start)[0]
            and re.match(r"\s+[а-яё]{3,}(?:л|ла|лся|лась)(?![\w-])", text[end : end + 40])
        ):
            person.said_as = words
        # a company's or a commentator's title stands before the name or in apposition after it, not anywhere in
        # the sentence ("По словам замминистра Тарасенко, текст согласован экспертами")
        apposition = re.match(r",[^,.;:!?()«»—–]{0,80}", text[end : min(end + 81, self.sentence_at(start)[1])])
        lead = re.match(r",\s*([а-яё-]+)", apposition.group(0)) if apposition else None
        if (
            lead
            and _RU_ACCORDING_TO_NAME_RE.search(text, max(s_lo, start - 40), start)
            and not any(p.tag.case == "gent" for p in _parses(lead.group(1))[:2])
        ):
            # "По словам Ивана Петрова, белорусские вузы готовы принять студентов": after the name come the words
            # relayed; an apposition there ("директора компании") would agree with the name in the genitive
            apposition = None
        near_lo = max(s_lo, start - 80)
        comma = text.rfind(",", near_lo, window_lo + cores[-1].start()) if title is not None and cores else -1
        clause_lo = s_lo
        if comma >= 0 and any(
            _is_verb(w) for w in re.findall(r"[а-яё]+", text[comma : window_lo + cores[-1].start()])
        ):
            near_lo = comma + 1  # "подписал с компаниями 21 соглашение, сообщил его пресс-секретарь": its clause
            if not re.match(r"\s*(?:[а-яё]+\s+)?котор", text[comma + 1 :]):
                clause_lo = near_lo  # ("делегацией Зимбабве, которую возглавляет министр X": the delegation's)
        near = text[near_lo:end] + (apposition.group(0) if apposition else "")
        # titled at an earlier mention, by a state's office
        holds_office = (bool(person.role) and person.role != OFFICIAL) or (bool(person.title) and not person.outsider)
        outside = _RU_OUTSIDER_RE.search(near)
        if outside and re.search(r"госкорпорац\w*|государственн\w+\s+корпорац\w*", near, re.I):
            outside = None  # "генеральный директор госкорпорации «Росатом»": a state's man at the table
        if (title is None or title.role == OFFICIAL) and not holds_office and outside:
            person.outsider = True  # a company head, an expert: quoted, but not taking part
            person.executive = not _RU_COMMENTATOR_RE.fullmatch(outside.group(0))
            if title is not None and not person.title:
                person.role, person.title = OFFICIAL, title.label
                person.country = person.country or title.country
            return
        if title and title.role == "counterpart":  # "со своим вьетнамским коллегой ...": the subject's role
            subject = self.recent(start, lambda p: bool(p.role) and p is not person) or self._last_titled
            if subject is person:
                subject = None
            if subject is not None and not person.role:
                person.role, person.title = subject.role, subject.title
            core_at = window_lo + cores[-1].start() if cores else start
            country = title.country or _country_at(text, max(s_lo, core_at - 30), core_at)  # "вьетнамским коллегой"
            if country and not person.country:
                person.country = country
        elif title and title.role:
            if not person.role or person.role == "official":
                person.role = title.role
                person.title = title.label
            self._last_titled = person
            if title.country and not person.country:
                person.country = title.country
        if not person.country:
            after = _RU_AFTER_COUNTRY_RE.match(text, end)  # "Вучич, президент Сербии,"
            word = re.match(r"[\w-]+", text[after.end() :]) if after else None
            if (
                word
                and not _RU_STAY_RE.search(text, end, after.end())
                and not _RU_NEXT_CLAUSE_RE.search(text, end, after.end())
                # "провел переговоры с X, сообщает пресс-служба Акорды": a clause of its own after the comma
                and not any(_is_verb(w) for w in re.findall(r"[а-яё]+", text[end : after.end()]))
                # "делегацию возглавила министр X, российскую — министр Y": the next side's clause, its verb left out
                and not _RU_ELLIPTIC_DASH_RE.match(text, after.end() + word.end())
            ):
                person.country = _country_at(text, end, after.end() + word.end())
        received = _RU_RECEIVED_BY_RE.search(text, max(s_lo, start - 60), start)
        owned = bool(cores) and re.search(
            r"(?<![\w-])(?:его|ее|её|их|свой|своего|своему|своим|своей|своя|свою)\s+(?:[а-яё-]+\s+)?$",
            before[: cores[-1].start()],
            re.I,
        )  # "сообщил его пресс-секретарь": the leader's man, whatever country the sentence names before
        if not person.country and cores and _RU_KRAI_RE.search(before, cores[-1].start()):
            person.country = "RU"  # "председатель ассоциации рыбопромышленников края": a krai is only Russia's
        if (
            not person.country
            and title is not None
            and title.role != "counterpart"
            and not received
            and not owned
            # "Министр Кыргызской Республики был принят Главой государства X": the head of state the copy names
            # with no country is its own side's, told below, not that of a country named before in the sentence
            and title.label.lower() != "глава государства"
        ):
            # "в составе эфиопской делегации — министр ...", but not past another person of the sentence
            others = [b for a, b, p in self.mentions if s_lo <= a and b <= start and p is not person]
            named_before = [m.end() for m in re.finditer(r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+", text[s_lo:start])]
            # "визит министра Индии X, сообщили в аппарате вице-премьера Y": a country of the clause before the
            # comma and its verb is another person's
            lo_c = max([clause_lo, *others, *(s_lo + e for e in named_before[:-1])])
            # "Индия и Кения подписали ... после переговоров премьер-министра X": both sides before the title tell
            # neither as his
            if not _RU_TALKS_WITH_RE.search(text, lo_c, start) and len(_countries_in(text, lo_c, start)) < 2:
                person.country = _country_at(text, lo_c, start)

    def _mention_end(self, at: int) -> int:
        i = bisect.bisect_left(self.mention_starts, at)
        return self.mentions[i][1] if i < len(self.mentions) and self.mentions[i][0] == at else at

    def _fallback_countries(self) -> None:
        for person in self.unique():
            if person.country or not person.role:
                continue
            # "с министром сельского хозяйства Египта А и министром снабжения Б": the country named with the first
            # of two officials listed by their offices is the second's too
            k = bisect.bisect_left(self.mention_starts, person.first)
            prev = self.mentions[k - 1] if k else None
            if (
                prev is not None
                and prev[2].country
                and prev[2].role == person.role
                and _RU_NEXT_OFFICE_RE.fullmatch(self.text, prev[1], person.first)
            ):
                person.country = prev[2].country
        for person in self.unique():
            told = _RU_SPOKESMAN_RE.search(self.text, max(self.body_start, person.first - 60), person.first)
            if person.country or not told:
                continue
            # "В МИД Украины визит оценили жестко. Представитель ведомства X заявил": the ministry named before
            s_lo = self.sentence_at(person.first)[0]
            prev_lo = self.sentence_at(s_lo - 1)[0] if s_lo > self.body_start else s_lo
            office = list(_RU_MINISTRY_OF_RE.finditer(self.text, prev_lo, person.first))
            if office:
                person.country = _country_at(self.text, office[-1].start(), office[-1].end())
        for person in self.unique():
            if person.country or not re.match(
                r"(?:заместител|зам|помощник|советник|пресс-секретар)", person.title, re.I
            ):
                continue
            before = self.text[max(0, person.first - 60) : person.first]
            if re.search(
                r"\s(?:[Пп]резидента|главы\s+государства)\s+(?:по\s+[а-яё]+\s+[а-яё]+\s+)?(?:[А-ЯЁ][\w-]+\s+)?$",
                before,
            ) and (self.own_side() or self.host()):
                # "помощник Президента Ерлан Карин": the President of the story's own side, not the one named last
                person.country = self.own_side() or self.host()
                continue
            chief = self.recent(
                person.first, lambda p: p.country and p.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER)
            )
            if chief is not None:
                person.country = chief.country  # "Заместитель министра ... уточнил": the minister's deputy
        for person in self.unique():
            if person.country:
                continue
            for at in person.positions[:3]:
                # "с казахстанской стороны — Мурат Нуртлеу, Арман Шаккалиев; с монгольской — ...": a side's list
                s_lo = self.sentence_at(at)[0]
                sides = list(_RU_SIDE_LIST_RE.finditer(self.text, s_lo, at))
                if sides and ";" not in self.text[sides[-1].end() : at]:
                    code = _country_at(self.text, sides[-1].start(), sides[-1].end())
                    if code:
                        person.country = code
                        break
        for person in self.unique():
            if person.country:
                continue
            for at in person.positions[:3]:
                s_lo, s_hi, _ = self.sentence_at(at)
                if not _RU_COMPANION_RE.search(self.text, s_lo, s_hi):
                    continue
                # "Вместе с Золтаном Варгой в Белград приехали министр ... Габор Немет": the leader's country
                led = {id(p): p for a, _, p in self.mentions if s_lo <= a < s_hi and p is not person and p.country}
                leaders = [p for p in led.values() if p.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER)]
                if len({p.country for p in leaders}) == 1:
                    person.country = leaders[0].country
                    break
        for person in self.unique():
            if person.country:
                continue
            for at in person.positions[:3]:
                # "с делегацией Республики Корея во главе с послом ... и губернатором провинции Пак Сон Хо"
                s_lo = self.sentence_at(at)[0]
                led = list(_RU_LED_DELEGATION_RE.finditer(self.text, s_lo, at))
                if led and not re.search(
                    r"[;]|(?<![\w-])(?:с|со)\s+(?:[а-яё]+\s+)?(?:стороны|делегаци)", self.text[led[-1].end() : at]
                ):
                    code = _country_at(self.text, led[-1].start("who"), led[-1].end("who"))
                    if code:
                        person.country = code
                        break
        counts: dict[str, int] = {}
        for code in self.country_mentions():
            counts[code] = counts.get(code, 0) + 1
        for code, votes in self.host_votes().items():  # "прибыл в Баку": the host city names its country
            counts[code] = counts.get(code, 0) + votes
        pair = [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:2]]
        for person in self.unique():
            local = _RU_LOCAL_TITLES.get(person.title.split()[0].lower() if person.title else "", ())
            if person.country not in local and any(c in counts for c in local):
                # "аким области", "хоким вилоята": the office exists in one country (or in the one named here), also
                # when the guest's country was read off the sentence ("делегация ... встретится с акимом города")
                person.country = next(c for c in local if c in counts)
            elif not person.country and local:
                # "аким области", "хоким вилоята": the office exists in one country (or in the one named here)
                person.country = next((c for c in local if c in counts), local[0])
            if not person.country and _RU_GOVERNOR_RE.search(self.text, max(0, person.first - 80), person.first):
                person.country = "RU"
            if (
                not person.country
                and person.title.lower() == "губернатор"
                and "RU" in counts
                and _RU_OBLAST_RE.search(self.text, self.body_start)
            ):
                # "Губернатор Сергей Колесников" in a story of "Иркутская область": a governor of a Russian
                # region, when the story names such a region and Russia
                person.country = "RU"
        if len(pair) < 2:
            return
        for person in self.unique():
            if not person.country and not person.outsider:
                person.country = self._company_side(person, pair)
        for person in self.unique():
            if person.country:
                continue
            for at in person.positions[:3]:
                # "Лукашенко на переговорах с Генеральным секретарем ЦК КПВ То Ламом": the other side of the talks
                s_lo = self.sentence_at(at)[0]
                if not _RU_TALKS_WITH_RE.search(self.text, max(s_lo, at - 120), at):
                    continue
                other = [(a, p) for a, _, p in self.mentions if s_lo <= a < at and p is not person and p.country]
                if other and other[-1][1].country in pair:
                    partner_at, partner = other[-1]
                    if _RU_TALKS_WITH_PARTNER_RE.search(self.text, max(s_lo, partner_at - 120), partner_at):
                        # "провел переговоры с коллегой X, а также встретился с президентом Y": both met the same
                        # subject, so they are of one side
                        person.country = partner.country
                    else:
                        person.country = next(c for c in pair if c != partner.country)
                    break
            for at in person.positions[:3] if not person.country else ():
                # "Меморандум подписали глава «Росгеологии» Сергей Лыков и министр Бамбанг Сурьяди": the two who
                # sign one document are of its two sides
                s_lo, s_hi, _ = self.sentence_at(at)
                verb = re.search(r"(?<![\w-])подписа(?:л[аи]?|н[аоы]?)\s[^.;]{0,80}$", self.text[s_lo:at])
                if not verb:
                    continue
                signers = {
                    p.country for a, _, p in self.mentions if s_lo + verb.start() <= a < s_hi and p is not person
                }
                signers.discard("")
                # "подписаны председателем правления X и руководителями китайских компаний": the other side unnamed
                side = _RU_OTHER_SIGNERS_RE.match(self.text, self._mention_end(at), s_hi)
                if not signers and side:
                    signers = {_country_at(self.text, side.start("adj"), side.end("adj"))} - {""}
                if len(signers) == 1 and next(iter(signers)) in pair:
                    person.country = next(c for c in pair if c not in signers)
                    break
            for at in person.positions[:3] if not person.country else ():
                # "Сергей Воронцов провел переговоры в Джакарте с президентом Индонезии Агусом Виджаятмо": the one
                # who holds talks with a side's leader is of the other side
                s_hi = self.sentence_at(at)[1]
                talks = _RU_TALKS_AFTER_RE.match(self.text, at, s_hi)
                if not talks:
                    continue
                after = [(a, p) for a, _, p in self.mentions if talks.end() <= a < s_hi and p is not person]
                between = [p for a, _, p in self.mentions if at < a < talks.end() and p is not person]
                if after and not between and after[0][1].country in pair and after[0][0] - talks.end() < 80:
                    person.country = next(c for c in pair if c != after[0][1].country)
                    break
        for person in self.unique():
            if person.country or not re.match(
                r"(?:заместител|зам|помощник|советник|пресс-секретар)", person.title, re.I
            ):
                continue
            # a deputy named before any leader ("Замминистра Андрей Северцев — об итогах визита премьера"): the
            # leader the story names next
            chief = next(
                (
                    p
                    for a, _, p in self.mentions
                    if a > person.first and p.country and p.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER)
                ),
                None,
            )
            if chief is not None:
                person.country = chief.country
        for person in self.unique():
            if person.country or not self.host() or self.host() not in pair:
                continue
            for at in person.positions[:3]:
                # "принял делегацию провинции Гилян во главе с генерал-губернатором X": a delegation whose country
                # the story leaves unsaid comes to the host, so its head is the guest
                s_lo = self.sentence_at(at)[0]
                led = list(_RU_GUEST_DELEGATION_RE.finditer(self.text, s_lo, at))
                if led and re.fullmatch(
                    r"(?:[а-яё-]+\s+){0,3}(?:[А-ЯЁ][\w-]*\s+){0,3}", self.text[led[-1].end() : at]
                ):
                    person.country = next(c for c in pair if c != self.host())
                    break
        for person in self.unique():
            if person.country or not self.host() or self.host() not in pair:
                continue
            for at in person.positions[:3]:
                s_lo, s_hi, _ = self.sentence_at(at)
                # "Вместе с президентом в Астану прибыли министр торговли ...": who arrives with the guest is a guest
                if re.search(
                    r"(?<![\w-])(?:[Вв]месте\s+с|[Вв]\s+составе)\s[^.]{0,80}(?:прибыл|прилетел|приехал)\w*",
                    self.text[s_lo:at],
                ):
                    person.country = next(c for c in pair if c != self.host())
                    break
                # "В состав делегации вошли депутаты A, B и C", "A, которая входит в состав делегации": a delegation
                # the story leaves without a country is the one that came, so its members are guests
                cue = _RU_DELEGATION_MEMBERS_RE.search(self.text, s_lo, at)
                if (cue and not _countries_in(self.text, cue.start(), cue.end())) or _RU_DELEGATION_MEMBER_RE.match(
                    self.text, self._mention_end(at), s_hi
                ):
                    person.country = next(c for c in pair if c != self.host())
                    break
        own = self.own_side() or self.host()
        for person in self.unique():
            if person.country or person.role or own not in pair or max(map(len, person.runs), default=0) < 2:
                continue
            for at in person.positions[:3]:
                s_lo, s_hi, _ = self.sentence_at(at)
                # "В переговорах участвовали также Ерлан Касымов и Болат Ахметов": untitled people at the table are
                # the ones the story's readers know, its own side's
                if _RU_ATTENDED_RE.search(self.text, s_lo, s_hi):
                    person.country = own
                    break
        for person in self.unique():
            if person.country:
                continue
            role = person.role or HEAD_OF_STATE  # "два президента — Эсенгулов и Файзуллоев"
            used = {p.country for p in self.unique() if p is not person and p.role == role and p.country}
            free = [c for c in pair if c not in used]
            own = self.own_side()
            host = self.host()
            if len(free) == 1 and used and role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT):
                person.country = free[0]
            elif host in pair and any(
                _RU_RECEIVED_BY_RE.search(self.text, max(self.body_start, at - 60), at) for at in person.positions[:3]
            ):
                person.country = host  # "вечером ее принял президент Клаус Йоханнис": who receives is the host
            elif host in pair and any(
                re.match(
                    r"[А-ЯЁа-яё -]{0,40}?\s(?:прибыл|прилетел|приехал)\w*\s+(?:[а-яё]+\s+){0,3}в\s",
                    self.text[at : at + 80],
                )
                for at in person.positions[:3]
            ):
                person.country = next(c for c in pair if c != host)  # "Сердар Бердымухамедов прилетел в Баку"
            elif person.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT) and own in free and own in pair:
                person.country = own  # "Глава государства" in an agency's copy is its own country's
            elif person.role and (other := self._other_side_in_own_words(person, pair)):
                # "«Провели переговоры с корейской стороной», — написал X": whom one's own words call a side is
                # the other one
                person.country = other
            elif (
                person.role
                and person.role not in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
                and _RU_HOME in pair
                and own in ("", _RU_HOME)
            ):
                # "вице-премьер Иван Петров" in Russian copy of a Russian visit abroad: the press names a foreign
                # official with his country and its own without
                person.country = _RU_HOME
            elif person.role and self.host() in pair:
                person.country = self.host()  # an official named without a country is mostly the host's

    def _other_side_in_own_words(self, person: _Person, pair: list[str]) -> str:
        """The one country of the pair the person's marked words speak of as a side ("с корейской стороной",
        "корейские коллеги") while never naming the other so: the person's own is the other."""
        named = set()
        for at in person.positions:
            para_lo = next((a for a, b in self.paras if a <= at <= b), at)
            said = _RU_SAID_BEFORE_NAME_RE.search(self.text, para_lo, at)
            if said:
                for m in _RU_SIDE_IN_WORDS_RE.finditer(self.text, said.start("q"), said.end("q")):
                    named.add(_country_at(self.text, m.start(), m.end()))
        named &= set(pair)
        return next(c for c in pair if c not in named) if len(named) == 1 else ""

    def country_mentions(self) -> list[str]:
        return self._country_mentions

    @functools.cached_property
    def _country_mentions(self) -> list[str]:
        out = []
        for rx, table in ((_COUNTRY_NAME_RE, _COUNTRY_NAME_STEMS), (_COUNTRY_ADJ_RE, _COUNTRY_ADJ_STEMS)):
            for m in rx.finditer(self.text, self.body_start):
                stem = m.group("stem")
                code = table.get(stem) or table.get(stem.lower())
                if code:
                    out.append(code)
        return out

    def unique(self) -> list[_Person]:
        return [p for p in {id(p): p for p in self.persons.values()}.values() if p.evidence]

    # ---- resolution

    def recent(self, at: int, pred) -> _Person | None:
        best, best_pos = None, -1
        i = bisect.bisect_left(self.mention_starts, at) - 1
        while i >= 0:
            if pred(self.mentions[i][2]):
                best, best_pos = self.mentions[i][2], self.mentions[i][0]
                break
            i -= 1
        for pos, person in reversed(self.refs):
            if best_pos < pos < at and pred(person):
                return person
        return best

    def resolve(self, lo: int, hi: int, at: int, last: _Person | None) -> _Person | None:
        """The person a speaker phrase names: a name in any case, a pronoun, a title or "гость"."""
        raw = self.text[lo:hi].strip(" ,.—–-")
        # "12:15 Гость ответил": a chronicle's time (or its minutes, when a colon cut the phrase)
        stamp = re.match(r"(?:\d{1,2}[:.])?\d{2}\s*[—–-]?\s*(?=[А-ЯЁA-Z])", raw)
        if stamp:
            lo, raw = lo + self.text[lo:hi].index(raw) + stamp.end(), raw[stamp.end() :]
        if not raw or len(raw.split()) > 12:
            return None
        if (
            _RU_PRONOUN_RE.match(raw)
            or re.match(
                r"(?:по\s+|со?\s+)?(?:его|ее|её)\s+(?:словам|мнению|оценке|убеждению|признанию|данным|слов)$",
                raw,
                re.I,
            )
        ) and (self._unnamed_spoke_since(last, at)):
            return None  # "..., — заявил директор холдинга. По его словам, ...": the same unnamed speaker
        if _RU_PRONOUN_RE.match(raw):
            feminine = raw.lower().startswith("она")
            subject = self._subject_since(last, at, feminine)
            if subject is not None:
                return subject  # "Его коллега, министр Агус Праното, был сдержаннее. «...», — сказал он."
            if last is not None and last.feminine == feminine:
                return last
            return self.recent(at, lambda p: p.feminine == feminine) or last
        possessive = re.match(
            r"(?:по\s+|со?\s+)?(?P<p>его|ее|её)\s+(?:словам|мнению|оценке|убеждению|признанию|данным|слов)$", raw, re.I
        )
        if possessive:  # "по его словам"
            feminine = possessive.group("p").lower() != "его"
            subject = self._subject_since(last, at, feminine)
            if subject is not None:
                return subject
            if last is not None and last.feminine == feminine:
                return last
            return self.recent(at, lambda p: p.feminine == feminine) or last
        if _RU_OFFICE_OF_RE.match(raw) or _RU_CITING_OFFICE_RE.search(raw):
            # "сообщила пресс-служба Рахимова", "как сообщает агентство со ссылкой на пресс-службу главы
            # государства": the office speaks, not the person it serves
            return None
        found = {id(p): p for a, b, p in self.mentions if lo <= a < hi}
        if len(found) > 1:
            return None  # two people: the joint words of both
        if found:
            return next(iter(found.values()))
        if _RU_JOINT_RE.search(
            _RU_BODY_OF_OFFICE_RE.sub(
                _body_of_office, _RU_OFFICE_AND_RE.sub(_office_and, _RU_ONE_HEAD_RE.sub(" ", raw))
            )
        ):
            return None
        side = re.sub(
            r"^(?:его|ее|её|их|свой|своего|своим|отдельно|затем|также|вновь|позже|тогда)\s+", "", raw, flags=re.I
        )
        side_m = _RU_SIDE_RE.match(side)
        if side_m:  # "гость", "высокий гость", "туркменский гость", "хозяин встречи"
            return self._side(guest=side_m.group("who").lower().startswith("гост"), at=at)
        title = _parse_title(self.text, lo, hi)
        if title is not None and title.role == "counterpart":  # "его турецкий коллега"
            if not title.country:
                return None
            same = [p for p in self.unique() if p.country == title.country and not p.outsider]
            if last is not None:
                same = [p for p in same if p.role == last.role] or same
            return same[0] if len(same) == 1 else self.recent(at, lambda p: p in same) if same else None
        if title is None and re.fullmatch(r"(?:[а-яё]+\s+)?дипломат\w*", raw, re.I):
            # "По словам дипломата": the one ambassador or consul of the story
            envoys = [
                p
                for p in self.unique()
                if not p.outsider and (p.role == AMBASSADOR or re.match(r"(?:генеральн\w+\s+)?консул", p.title, re.I))
            ]
            return envoys[0] if len(envoys) == 1 else None
        if title is None:
            head_of = re.fullmatch(r"(?:глав\w*|лидер\w*|руководител\w*)\s+[А-ЯЁ][\w-]+", raw, re.I)
            code = _country_at(self.text, lo, hi) if head_of else ""
            if code:  # "Глава Кении": the country's first person in the story
                own = sorted(
                    (p for p in self.unique() if p.country == code and not p.outsider and p.role),
                    key=lambda p: _ROLE_RANK.get(p.role, 4),
                )
                if own and (len(own) == 1 or _ROLE_RANK.get(own[0].role, 4) < _ROLE_RANK.get(own[1].role, 4)):
                    return own[0]
            return None
        if title.role == OFFICIAL:  # "губернатор", "пресс-секретарь": the one person the article titled so
            head = _office_head(title.label)
            heads = (head,)
            if re.match(r"глав\w* (?:региона|области|края|республики)", title.label, re.I):
                heads = (head, "губерн", "аким", "хоким")  # "глава региона" is its governor or its akim
            same = [
                p
                for p in self.unique()
                if _office_head(p.title).startswith(heads) and p.role == OFFICIAL and not p.outsider
            ]
            if len(same) > 1 and len(heads) > 1:
                # "глава региона" with a governor among the guests: the host's region ("Приветствуя гостей, глава
                # региона отметил")
                host = self.host()
                own = [p for p in same if host and p.country == host]
                same = own if len(own) == 1 else same
            regional = re.match(r"губернатор\w*$|(?:глав|руководител)\w* (?:региона|области|края)$", raw, re.I)
            if not same and regional:
                # "губернатор", "руководитель области" for the one head of a region's body the story named under
                # another office ("председатель облисполкома X", "глава администрации области X")
                same = [
                    p
                    for p in self.unique()
                    if p.role == OFFICIAL
                    and not p.outsider
                    and any(_RU_REGION_HEAD_BEFORE_RE.search(self.text, max(0, a - 100), a) for a in p.positions)
                ]
            if len(same) == 1:
                return same[0]
            if not same and any(p.role == OFFICIAL for p in self.unique()):
                return None
        cands = [
            p
            for p in self.unique()
            if (
                p.role == title.role
                or (title.role == HEAD_OF_STATE and p.role == HEAD_OF_GOVERNMENT and "лидер" in raw.lower())
            )
            and (not title.country or p.country == title.country)
        ]
        crown_re = r"(?:корол|эмир|султан|монарх)"
        if len(cands) > 1 and re.match(crown_re, title.label, re.I):
            # "— подчеркнул монарх", "Король заявил" beside a president: the one the story titled king, emir or
            # sultan; "президент" beside a king is the one who is not crowned
            crowned = [p for p in cands if re.match(crown_re, p.title, re.I)]
            cands = crowned or cands
        elif len(cands) > 1 and title.label.lower().startswith("президент"):
            elected = [p for p in cands if not re.match(crown_re, p.title, re.I)]
            cands = elected or cands
        if not cands and title.role == MINISTER and title.country and len(title.label.split()) > 1:
            # "глава казахстанского внешнеполитического ведомства" for the one who is "Заместитель Премьер-министра
            # – Министр иностранных дел": the minister's office is the second of two
            cands = [
                p
                for p in self.unique()
                if p.role == DEPUTY_HEAD_OF_GOVERNMENT
                and p.country == title.country
                and self._titled_as(p, title.label.split()[0])
            ]
        elif cands and title.role == MINISTER and title.label:
            # "Заместитель Премьер-министра – Министр иностранных дел Ерлан Сарсенбаев" is "Министр" too
            cands += [
                p
                for p in self.unique()
                if p.role != title.role
                and p.role in (DEPUTY_HEAD_OF_GOVERNMENT, OFFICIAL)
                and (not title.country or p.country == title.country)
                and self._titled_as(p, title.label.split()[0])
            ]
        if not cands and "лидер" in raw.lower() and title.country:
            # "вьетнамский лидер" for the country's first person, whatever the title ("Генеральный секретарь")
            own = sorted(
                (p for p in self.unique() if p.country == title.country and not p.outsider),
                key=lambda p: _ROLE_RANK.get(p.role, 4),
            )
            if own and (len(own) == 1 or _ROLE_RANK.get(own[0].role, 4) < _ROLE_RANK.get(own[1].role, 4)):
                return own[0]
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1 and len(title.label.split()) > 1:  # "министр снабжения" among several ministers
            same_title = [p for p in cands if p.title.lower().startswith(title.label.lower())]
            if len(same_title) == 1:
                return same_title[0]
        if len(cands) > 1 and len(title.label.split()) > 1:  # "спикер Сената" and "Председатель Сената Парламента"
            words = [w.lower()[:5] for w in title.label.split()[1:] if len(w) > 3]
            same_body = [p for p in cands if words and all(w in p.title.lower() for w in words)]
            if len(same_body) == 1:
                return same_body[0]
        if len(cands) > 1 and "иностранных дел" in title.label.lower():  # "глава МИД" among several ministers
            cands = [p for p in cands if "иностранных дел" in p.title.lower()] or cands
            if len(cands) == 1:
                return cands[0]
        # without a dateline or an agency, a story told from the host's capital calls the host "глава государства"
        own_side = self.own_side() or self.host()
        own = [p for p in cands if p.country and p.country == own_side]
        # ("Глава Правительства" likewise in the copy of an agency or a press service that tells its own side: the
        # guest's is named with his country; a story told only from the host's city keeps the last speaker's)
        heads_own = "глав" in raw.lower() and (
            "государств" in raw.lower() or ("правительств" in raw.lower() and bool(self.own_side()))
        )
        if (heads_own or re.search(r"наш\w+|нации", raw, re.I)) and len(own) == 1:
            return own[0]  # "Глава государства", "Лидер нашей страны", "Лидер нации" in an agency's own copy
        ids = {id(p) for p in cands}
        if len(own) == 1 and last is None and not title.country and self._headline_names(own[0]):
            # "Спикер Сената отметил" before anyone spoke, in a press service's story whose headline names its
            # own speaker: its own
            return own[0]
        if last is not None and id(last) in ids and self._only_objects_since(last, at, ids):
            # "Министр отметил, что провел переговоры с министром Армении X. «...», – сказал министр.": the one
            # who spoke, not the one named after him only as his counterpart
            return last
        return self.recent(at, lambda p: id(p) in ids) if cands else None

    def _headline_names(self, person: _Person) -> bool:
        """Whether the headline names ``person``."""
        lo, hi = self.paras[0] if self.paras else (0, 0)
        return any(p is person and lo <= a < hi for a, _, p in self.mentions)

    def _only_objects_since(self, last: _Person, at: int, ids: set[int]) -> bool:
        """Whether every other person of ``ids`` named since ``last`` last spoke (and at least one is) is named
        in the very sentence of those words and in an oblique case: whom the speaker told of, not a new subject."""
        last_at = max((p for p, person in self.refs if person is last and p < at), default=-1)
        if last_at < 0:
            return False
        since = [(a, b, p) for a, b, p in self.mentions if last_at < a < at and id(p) in ids and p is not last]
        # "Министр провел переговоры с министром X. «...», — сказал министр.": the counterpart named only as the
        # object of the talks, in the sentence of the words or the one after, leaves the bare title to the speaker
        i = bisect.bisect_right(self.sentence_starts, last_at)
        next_lo = self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.text)
        return bool(since) and all(
            self.sentence_at(a)[0] <= next_lo and self.text[a:b].split()[-1].split(".")[-1] != p.name.split()[-1]
            for a, b, p in since
        )

    def _titled_as(self, person: _Person, word: str) -> bool:
        """Whether some mention of ``person`` follows the title ``word`` in any case, as a word of its own, with at
        most six words between ("Министра иностранных дел Казахстана Ерлана ..."; not "Премьер-министра")."""
        stem = re.escape(re.sub(r"(?:а|у|ом|ем|е|ы|и|я|ю)$", "", word.lower()))
        # singular forms only: "Кабинета министров" names a body, not the person's office
        pattern = re.compile(r"(?<![\w-])" + stem + r"(?:а|у|ом|ем|е|ы|и|я|ю)?(?:\s+[\w-]+){0,6}\s+$", re.I)
        return any(p is person and pattern.search(self.text, max(0, a - 100), a) for a, _, p in self.mentions)

    def _subject_since(self, last: _Person | None, at: int, feminine: bool) -> _Person | None:
        """The person named in the nominative in the latest sentence before ``at`` (after the last words of
        ``last``) that names anyone so: whom "он" or "она" most likely stands for."""
        last_at = max((p for p, person in self.refs if person is last and p < at), default=-1)
        s_lo = self._sentence_before_marks(at)
        lo, hi, verb = _chain_subject(self.text, s_lo, at)
        raw = self.text[lo:hi].strip(" ,.—–-")
        if verb and raw and not _RU_PRONOUN_RE.match(raw) and len(raw.split()) <= 6:
            # "Отдельно гость остановился на энергетике: ..., по его словам, ...": the sentence's own subject
            subject = self.resolve(lo, hi, at, last)
            if subject is not None and subject.feminine == feminine and not subject.outsider:
                return subject
        prev_lo = self.sentence_at(s_lo - 1)[0] if s_lo > self.body_start else s_lo
        if prev_lo < s_lo and prev_lo > last_at:
            lo, hi, verb = _chain_subject(self.text, prev_lo, s_lo)
            raw = self.text[lo:hi].strip(" ,.—–-")
            if verb and raw and not _RU_PRONOUN_RE.match(raw) and len(raw.split()) <= 6:
                # "Туркменский лидер был сдержаннее. ..., он заметил": the subject of the sentence before
                subject = self.resolve(lo, hi, s_lo, last)
                if subject is not None and subject.feminine == feminine and not subject.outsider:
                    return subject
        i = bisect.bisect_left(self.mention_starts, at) - 1
        sentence = None
        found: dict[int, _Person] = {}
        while i >= 0 and self.mentions[i][0] > last_at:
            a, b, person = self.mentions[i]
            s = self.sentence_at(a)
            if sentence is not None and s != sentence:
                break
            word = self.text[a:b].split()[-1].split(".")[-1]
            if (
                not found
                and sentence is None
                and person.outsider
                and person.feminine == feminine
                and s[0] == self.sentence_at(self.sentence_at(at)[0] - 1)[0]
                and word == person.name.split()[-1]
            ):
                # "Более сдержан эксперт X. По его словам, ...": the outsider named in the sentence just before
                # speaks on, not a participant named earlier
                return person
            if word == person.name.split()[-1] and not person.outsider and person.feminine == feminine:
                found[id(person)] = person
                sentence = s
            i -= 1
        return next(iter(found.values())) if len(found) == 1 and (last is None or last not in found.values()) else None

    def _sentence_before_marks(self, at: int) -> int:
        """The start of the sentence at ``at``; for "«A. B», – заявил он" the sentence where the marks open, so
        that the sentence before is the story's, not the words' first."""
        s_lo, _, p = self.sentence_at(at)
        closed = re.search(r"[»”\"]\s*[,.!?…]?\s*[—–-]\s*(?:[а-яё]+\s*)?$", self.text[max(s_lo, at - 40) : at])
        if not closed:
            return s_lo
        close = max(s_lo, at - 40) + closed.start()
        pa = self.paras[p][0] if p < len(self.paras) else s_lo
        mark = self.text[close]
        opener = {"»": "«", "”": "“"}.get(mark, '"')
        o = self.text.rfind(opener, pa, close)
        return self.sentence_at(o)[0] if o >= 0 else s_lo

    def _unnamed_spoke_since(self, last: _Person | None, at: int) -> bool:
        """Whether someone the article does not name as a participant spoke after ``last`` and shortly before."""
        last_at = max((p for p, person in self.refs if person is last and p < at), default=-1)
        return any(max(last_at, at - 400) < u < at for u in self.unresolved)

    @functools.cached_property
    def _dateline_code(self) -> str:
        for a, _ in self.paras[:3]:
            m = re.match(r"\s*(?P<city>[А-ЯЁ][А-ЯЁ-]{2,}(?:\s[А-ЯЁ-]{2,})?)\s*[,.(]", self.text[a : a + 60])
            # an online outlet's "Кишинев, 29 ноября — NewsMaker.": the city in title case before the date
            m = m or re.match(
                r"\s*(?P<city>[А-ЯЁ][а-яё-]{2,}(?:\s[А-ЯЁ][а-яё-]+)?)[,.]\s+\d{1,2}\s+[а-я]+(?:[\s.,]|$)",
                self.text[a : a + 60],
            )
            # a press service's "29.05.2026 13:45, г. Ашхабад": the date and time first, then the city
            m = m or _RU_DATED_CITY_RE.match(self.text, a, a + 60)
            if m:
                return _place_code(m.group("city").title(), 0)
        return ""

    @functools.cached_property
    def interviewee(self) -> _Person | None:
        """The participant an interview is with: the one named in the lead of a story that says so ("ответил на
        вопросы", "в интервью", "поговорил с"), or in a subheading that gives the person, a dash and the topics
        ("Министр Иван Петров — о визите и ценах на газ")."""
        for a, b in self.paras[:4]:
            spans = []
            for cue in _RU_INTERVIEW_RE.finditer(self.text, a, b):
                s_lo, s_hi, _ = self.sentence_at(cue.start())
                if re.search(r"(?<![\w-])(?:ним|ней|него|нее|неё)(?![\w-])", self.text[cue.end() : s_hi]):
                    s_lo = a  # "Корреспондент побеседовал с ним": the one named before in the paragraph
                spans.append((s_lo, s_hi))
            topics = _RU_INTERVIEW_TOPICS_RE.search(self.text, a, b)
            if topics:
                spans.append((a, topics.start()))
            for s_lo, s_hi in spans:
                named = [p for at, _, p in self.mentions if s_lo <= at < s_hi and not p.outsider]  # not the journalist
                if named and len({id(p) for p in named}) == 1:
                    return named[0]
        return self._answering_questions()

    def _answering_questions(self) -> _Person | None:
        """A press approach set out as an interview: a paragraph that opens "Отвечая на вопросы журналистов,
        российский министр затронул ряд тем." right before a dashed question gives the one its subject names or
        titles."""
        text = self.text
        for i, (a, b) in enumerate(self.paras[:-1]):
            cue = _RU_ANSWERING_RE.match(text, a, b)
            if cue is None:
                continue
            after = [text[x:y].strip() for x, y in self.paras[i + 1 : i + 3]]
            if not any(line[:1] in "—–-" and line.endswith("?") for line in after):
                continue
            s_hi = self.sentence_at(a)[1]
            verb = re.search(r"(?<![\w-])[а-яё]{3,}(?:л|ла|ли)(?:ся|сь)?(?![\w-])", text[cue.end() : s_hi])
            if verb is None:
                continue
            return self.resolve(cue.end(), cue.end() + verb.start(), cue.end(), None)
        return None

    @functools.cached_property
    def _press_service_country(self) -> str:
        """The country of the press service the lead cites as the story's source ("..., сообщает пресс-служба
        Акорды", "передает пресс-служба президента Монголии"): its leader is "глава государства" in the copy."""
        for a, b in self.paras[1:3]:
            cited = _RU_PRESS_SERVICE_SOURCE_RE.search(self.text, a, b)
            if cited:
                return _country_at(self.text, cited.start("who"), cited.end("who"))
        return ""

    @functools.cached_property
    def _outlet_country(self) -> str:
        """The country of a national paper named in a byline ("Айгерим Сатпаева, «Казахстанская правда», Рим")."""
        for a, b in self.paras[:4]:
            outlet = _RU_NATIONAL_OUTLET_RE.search(self.text, a, min(b, a + 200))
            if outlet:
                code = _country_at(self.text, outlet.start(), outlet.end())
                if code:
                    return code
        return ""

    def own_side(self) -> str:
        """The country whose agency tells the story: a state agency named in the dateline ("(БЕЛТА)"), whose
        correspondent travels with the leader, else the dateline city's."""
        for a, _ in self.paras[:3]:
            tag = re.match(r"[^()\n]{0,60}\((?P<a>[А-ЯЁA-Z][\w-]+)\)", self.text[a : a + 80])
            if tag and tag.group("a").upper() in _RU_STATE_AGENCIES:
                return _RU_STATE_AGENCIES[tag.group("a").upper()]
            # "/АНИ «Ховар»/", "АСТАНА. КАЗИНФОРМ –", "Бишкек, 5 ноября. /Кабар/": the agency in the dateline
            for word in re.findall(r"[А-ЯЁA-Z][А-ЯЁA-Zа-яё-]+", self.text[a : a + 100]):
                if word.upper() in _RU_STATE_AGENCIES:
                    return _RU_STATE_AGENCIES[word.upper()]
        if self._outlet_country:
            return self._outlet_country
        if self._press_service_country:
            return self._press_service_country
        headline = self.paras[0] if self.paras else (0, 0)
        lead = re.match(r"(?:[А-ЯЁ][\w-]+\s){1,3}", self.text[headline[0] : headline[1]])
        if lead and len(lead.group(0).split()) >= 2:
            # "Касым-Жомарт Токаев провел переговоры с Президентом Венгрии": a press service names its own
            # leader in a headline by name alone, and the guest or host by title
            named = [p for a, _, p in self.mentions if headline[0] <= a < headline[0] + lead.end()]
            if named and named[0].country and not _RU_CORE_RE.search(self.text, headline[0], named[0].first or 0):
                return named[0].country
        if self.dateline_country() or len(self.paras) < 2:
            return self.dateline_country()
        # "Переговоры с Президентом Перу ..." over "состоялись переговоры Ивана Петрова с Президентом Перу ...": a
        # headline that names only the counterpart leaves the press service's own leader to the lead, by name alone
        a, b = self.paras[1]
        talks = _RU_OWN_LEADER_TALKS_RE.search(self.text, a, min(b, a + 300))
        if talks:
            named = [p for at, _, p in self.mentions if talks.start("who") <= at < talks.end("who")]
            if named and named[0].country and not _RU_CORE_RE.search(self.text, talks.start("who"), talks.end("who")):
                return named[0].country
        return ""

    def dateline_country(self) -> str:
        """The country of the dateline city ("АСТАНА, 19 ноября."): the agency's side of the story."""
        return self._dateline_code

    @functools.cached_property
    def _host_cues(self) -> list[tuple[int, str]]:
        """(start, country) of each arrival cue: the text never changes, so the whole-text scan is done once; only
        the quotes marked so far, which grow while the quotes are read, are checked per call."""
        text = self.text
        cues = []
        for m in _RU_HOST_CUE_RE.finditer(text, self.body_start):
            if _RU_VISIT_TO_COME_RE.search(text[max(0, m.start() - 40) : m.start()]):
                continue  # a visit still to come ("подготовку предстоящего визита ... в Москву"), not this one
            code = _place_code(text, m.end())
            if code:
                cues.append((m.start(), code))
        return cues

    def host_votes(self) -> dict[str, int]:
        text = self.text
        votes: dict[str, int] = {}
        marked = _Spans(self.marked)
        # the lead tells where the visit is; a later "для поездки в Португалию нужна виза" is anyone's trip
        lead = self.paras[1] if len(self.paras) > 1 else (0, 0)
        for start, code in self._host_cues:
            if not marked.holds(start):
                votes[code] = votes.get(code, 0) + (3 if lead[0] <= start < lead[1] else 2)
        code = self.dateline_country()  # the dateline may follow a headline paragraph
        if code:
            votes[code] = votes.get(code, 0) + 1
        if not votes and self._posted:
            # "Генеральный консул Японии в Хабаровске посетил ...": an envoy's story takes place where he is posted
            votes[self._posted] = 1
        if not votes and self.mentions:
            # "Президент Казахстана встретил президента Вьетнама в аэропорту": who meets or receives is the host
            for m in _RU_RECEIVES_RE.finditer(text, self.body_start, self.paras[min(3, len(self.paras) - 1)][1]):
                s_lo, s_hi, _ = self.sentence_at(m.start())
                before = [p for a, _, p in self.mentions if s_lo <= a < m.start() and p.country]
                after = [p for a, _, p in self.mentions if m.end() <= a < s_hi and p.country]
                if before and after and before[-1].country != after[0].country:
                    votes[before[-1].country] = 1
                    break
        return votes

    @functools.cached_property
    def _posted(self) -> str:
        """The one country the story's envoys are posted to ("посол Чили в Перу", "консул Чили в Лиме"), not their
        own, or ""."""
        posted = set()
        for m in _RU_ENVOY_POSTED_RE.finditer(self.text, self.body_start):
            code = _place_code(self.text, m.start("to"))
            if code and code != _country_at(self.text, m.start(), m.start("to")):
                posted.add(code)
        return posted.pop() if len(posted) == 1 else ""

    def host(self) -> str:
        ranked = sorted(self.host_votes().items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return ""
        return ranked[0][0]

    def _side(self, guest: bool, at: int) -> _Person | None:
        host = self.host()
        if not host:
            return None
        rank = {HEAD_OF_STATE: 0, HEAD_OF_GOVERNMENT: 1, MINISTER: 2}
        side = [p for p in self.unique() if p.country and (p.country != host) == guest]
        # "Его гость назвал Россию ..." points back: to the guest named before it, not to his president whom an
        # expert mentions further down ("в мае в Москве побывал президент Вьетнама X")
        side = [p for p in side if p.first < at] or side
        people = sorted(side, key=lambda p: (rank.get(p.role, 3), p.first))
        return people[0] if people else None


# Endings of surnames across the region: Петров, Алиев, Пашинян, Шевченко, Гахария, Мамедли, Эрдоган-оглу ...
# Marked words right before their author's name: "«...», — написал Тимур Алдашев"
_RU_SAID_BEFORE_NAME_RE = re.compile(r"«(?P<q>[^«»]{10,2000})»[,.]?\s*[—–]\s*[а-яё]+\s+(?:[А-ЯЁ][\w.-]*\s+){0,3}$")
_RU_SIDE_IN_WORDS_RE = re.compile(
    r"(?<![\w-])[а-яё]+(?:ск|цк)(?:ой|ая|ую|ие|их|им|ими)\s+(?:сторон\w*|коллег\w*|партн[её]р\w*)(?![\w-])", re.I
)
_RU_REGION_HEAD_BEFORE_RE = re.compile(
    r"(?<![\w-])(?i:председател|глав|руководител)\w*\s+(?:администрации\s+)?(?:[А-ЯЁ][а-яё-]+\s+)?"
    r"(?:(?:обл|край)исполком\w*|област[иь]|края|региона)\s+(?:[А-ЯЁ][\w.-]*\s+){0,2}$"
)
_RU_ENVOY_POSTED_RE = re.compile(
    r"(?<![\w-])(?i:посол|посл(?:ом|а|у)|генконсул\w*|консул(?:а|у|ом)?)\s+(?:[А-ЯЁ][\w-]*\s+){1,3}(?:в|во)\s+(?P<to>[А-ЯЁ])"
)
_RU_SURNAME_SUFFIX_RE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ян|янц|енко|швили|дзе|ич|юк|ук|ова|ева|ина|ская|заде|оглу|баев|уулу|ли)$"
)
_RU_TALKS = r"(?<![\w-])(?:переговор\w*|встреч\w*|встретил\w*|бесед\w*|телефонн\w+\s+разговор\w*)\s+"
_RU_TALKS_WITH_RE = re.compile(_RU_TALKS + r"с\s+[^.,;:]{0,100}$", re.I)
# "провел переговоры со своим коллегой X": a partner of the subject's talks, also after "со"
_RU_TALKS_WITH_PARTNER_RE = re.compile(_RU_TALKS + r"со?\s+[^.,;:]{0,100}$", re.I)
# The head of one side's list: "с казахстанской стороны —", "с монгольской —", "в составе монгольской делегации".
_RU_SIDE_LIST_RE = re.compile(
    r"(?<![\w-])(?:[Сс]о?|[Оо]т|[Вв])\s+[а-яё-]+(?:ой|ей)\s+(?:стороны\s*|делегации\s*)?[—–:]|"
    # "С вьетнамской стороны в переговорах участвовали ...", "Со стороны Вьетнама присутствовали ...",
    # "Делегацию Вьетнама сопровождали ...": the side, then its people
    r"(?<![\w-])(?:[Сс]о?|[Оо]т)\s+[а-яё-]+(?:ой|ей)\s+стороны(?![\w-])|(?<![\w-])[Сс]о\s+стороны\s+[А-ЯЁ][а-яё-]+|"
    r"(?<![\w-])[Дд]елегаци[июя]\s+[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?(?=\s+(?:сопровожда|возглав|вош|входил|представля))|"
    r"[Вв]\s+состав\w*\s+[а-яё-]+(?:ой|ей)\s+делегаци\w*"
)
# Members of a delegation named before them: "В состав делегации вошли", "В делегацию также входят",
# "В составе делегации —"
_RU_DELEGATION_MEMBERS_RE = re.compile(
    r"(?<![\w-])(?:[Вв]\s+состав\s+делегаци\w*(?:\s+[^.;:]{0,80}?)?\s+(?:также\s+)?(?:вош|входи|входя)\w*|"
    r"[Вв]\s+делегацию\s+(?:[^.;:]{0,80}?\s+)?(?:также\s+)?(?:вош|входи|входя)\w*|"
    r"[Вв]\s+составе\s+делегации\s*[—–:-])"
)
# A member named before the delegation: "A, которая входит в состав делегации", "B, вошедший в делегацию"
_RU_DELEGATION_MEMBER_RE = re.compile(
    r",\s+(?:котор\w+\s+(?:также\s+)?(?:вош|входи)\w*|вошедш\w+|входящ\w+)\s+в\s+(?:состав\s+)?делегаци\w*(?![\w-])"
)
# Someone who travels with a leader: "Вместе с X в Белград приехали ...", "сопровождающий Президента".
_RU_COMPANION_RE = re.compile(
    # "Президента сопровождают министр A, министр B и министр C": the finite verb as well as the participle
    r"(?<![\w-])(?:[Вв]месте\s+с\s+[^.]{0,80}(?:приехал|прибыл|прилетел)\w*|сопровождающ\w+|сопровождавш\w+|"
    r"сопровожда(?:ют|ет|ли|л|ла)|"
    r"в\s+составе\s+(?:его\s+|ее\s+|её\s+)?делегации)(?![\w-])"
)
# The cue of an interview in its lead: the outlet talked to someone, someone answered its questions.
_RU_INTERVIEW_RE = re.compile(
    r"(?<![\w-])(?:интервью|ответил\w*\s+на\s+(?:\w+\s+)?вопрос\w*|в\s+беседе\s+с\s+(?:корреспондент|обозревател|"
    r"журналист)\w*|(?:по)?(?:беседовал|говорил|разговаривал)\w*\s+с(?:о)?|расспросил\w*|спросил\w*\s+у|"
    # "О результатах визита «Газете» рассказал ...", "рассказал корреспонденту": told the outlet itself
    r"«[^«»]{2,40}»\s+рассказал\w*|рассказал\w*\s+(?:«[^«»]{2,40}»|корреспонденту|журналисту|изданию))(?![\w-])",
    re.I,
)
# A subheading "Замминистра Андрей Северцев — об итогах визита": whom the interview is with, then its topics.
_RU_INTERVIEW_TOPICS_RE = re.compile(r"\s[—–]\s+(?:о|об|обо|про)\s", re.I)
# The press service a lead cites as its source: "сообщает пресс-служба Акорды" names whose side tells the story.
_RU_PRESS_SERVICE_SOURCE_RE = re.compile(
    r"(?<![\w-])(?:сообща(?:ет|ют|ла|ли)|переда(?:ет|ют|ла|ли)|информиру(?:ет|ют))\s+пресс-служб[аы]\s+"
    r"(?P<who>[^.,;:«»]{3,50}?)(?=[.,;]|$)"
)
# The line that signs an interview off: "Беседовала Ольга Петрова", "Записал Иван Сидоров".
_RU_SIGN_OFF_RE = re.compile(
    r"^(?:[Бб]еседовал|[Зз]аписал|[Пп]одготовил|[Ии]нтервью\s+(?:взял|записал|подготовил)|[Ии]нтервьюировал|"
    r"[Тт]екст|[Фф]ото|[Аа]втор|[Нн]апомним)"
)
_RU_ANSWER_LABELS = {"ответ", "о"}
_RU_RECEIVED_BY_RE = re.compile(
    r"(?<![\w-])(?:(?:его|ее|её|их|гостя|гостью)\s+)?(?:принял\w*|принимал\w*|принимавш\w*|принимающ\w*|встретил\w*|примет|принимает|встретит)(?:\s+[А-ЯЁа-яё-]+){0,3}\s+$",
    re.I,
)
_RU_DATED_CITY_RE = re.compile(
    r"\s*\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}:\d{2})?,\s+(?:г\.\s*)?(?P<city>[А-ЯЁ][а-яё-]{2,}(?:\s[А-ЯЁ][а-яё-]+)?)"
    r"\s*(?:[,.]|$)",
    re.M,
)
_RU_OWN_LEADER_TALKS_RE = re.compile(
    r"(?<![\w-])(?:переговор\w*|встреч[аеуи])\s+(?P<who>(?:[А-ЯЁ][\w-]+\s){1,3})с\s+(?=[А-ЯЁа-яё])"
)
# State news agencies and the country whose leaders "глава государства" in their copy means.
# A national newspaper's name in a byline: "«Казахстанская правда»", "«Российская газета»", "«Народное слово»" not.
_RU_NATIONAL_OUTLET_RE = re.compile(
    r"(?:^|,\s+)«[А-ЯЁ][а-яё-]+(?:ская|цкая)\s+(?:правда|газета|газете|правды)»(?:,|$)", re.M
)
_RU_STATE_AGENCIES = {
    "БЕЛТА": "BY", "ТАСС": "RU", "РИА": "RU", "КАЗИНФОРМ": "KZ", "КАБАР": "KG", "ХОВАР": "TJ", "УЗА": "UZ",
    "ДУНЁ": "UZ", "АЗЕРТАДЖ": "AZ", "АРМЕНПРЕСС": "AM", "ТУРКМЕНСКИЙ": "TM", "МОНЦАМЭ": "MN",
    "МОЛДПРЕС": "MD", "ГРУЗИНФОРМ": "GE", "АКИПРЕСС": "KG", "АЗЕРТАДЖ-": "AZ",
}  # fmt: skip
_RU_OUTSIDER_RE = re.compile(
    r"(?<![\w-])(?i:генеральн\w+ директор\w*|гендиректор\w*|исполнительн\w+ директор\w*|директор\w* компани\w*|"
    r"председател\w* правления|основател\w*|эксперт\w*|аналитик\w*|профессор\w*|исследовател\w*|"
    r"экономист\w*|политолог\w*|компани\w*|холдинг\w*|корпораци\w*|концерн\w*|доцент\w*|научн\w+ сотрудник\w*|"
    # a paper's commentator judges a visit from outside it
    r"обозревател\w*|колумнист\w*|"
    r"кафедр\w*|преподавател\w*|востоковед\w*|правлени[яе]|банк[ау]\b|ИМЭМО|РАН|МГИМО|ВШЭ|"
    # the public a visit meets: "студентка факультета ...", "жительница Астаны", "70-летний инженер", "выпускник
    # вуза": copy gives an age to the people a leader meets, never to those at the table
    r"студент\w*|школьни\w*|жител\w*|жительниц\w*|\d+-летн\w+|выпускни\w*|пенсионер\w*|ветеран\w*|"
    r"евродепутат\w*|депутат\w* европарламента|депутат\w* европейского парламента|оппозици\w*|"
    # "директор Центра евразийских исследований", "директор программ Балканского института политики", "партнер
    # консалтинговой компании", "из аналитической компании": a think tank's or an adviser's staff comment on a visit
    r"(?:центр|институт)\w*\s+(?:[а-яё-]+\s+){0,3}(?:исследований|политики|анализа|прогноз\w+)|"
    r"консалтинг\w*|аналитическ\w+\s+(?:компани|центр|агентств)\w*)(?![\w-])|"
    r"[A-Z][a-z]+ [A-Z][a-z]+"
)
_RU_COMMENTATOR_RE = re.compile(
    r"(?i:эксперт\w*|аналитик\w*|профессор\w*|исследовател\w*|экономист\w*|политолог\w*|доцент\w*|"
    r"обозревател\w*|колумнист\w*|"
    r"научн\w+ сотрудник\w*|кафедр\w*|преподавател\w*|востоковед\w*|оппозици\w*|студент\w*|школьни\w*|"
    r"жител\w*|жительниц\w*|\d+-летн\w+|выпускни\w*|пенсионер\w*|ветеран\w*|"
    r"(?:центр|институт)\w*\s+(?:[а-яё-]+\s+){0,3}(?:исследований|политики|анализа|прогноз\w+)|"
    r"консалтинг\w*|аналитическ\w+\s+(?:компани|центр|агентств)\w*)|ИМЭМО|РАН|МГИМО|ВШЭ"
)
# A time before the visit ahead of a verb of speech: "ранее", "накануне (визита)", "на прошлой неделе".
_RU_EARLIER_RE = re.compile(
    r"\s*(?:ранее|(?P<eve>накануне\s+(?:визита|поездки|переговоров))|накануне|на\s+прошлой\s+неделе)(?![\w-])", re.I
)
# A gerund of answering that opens a paragraph: "Отвечая на вопросы журналистов, ...".
_RU_ANSWERING_RE = re.compile(r"Отвечая\s+на\s+(?:\w+\s+)?вопрос\w*(?:\s+[\w-]+){0,3}?\s*,", re.I)
# "Губернатор края участия в переговорах не принимал": someone the story says took no part.
_RU_NO_PART_RE = re.compile(
    r"(?<![\w-])(?:участия\s+в\s+(?:переговорах|встрече|визите|мероприятиях)\s+не\s+принимал\w*|"
    r"не\s+(?:принимал\w*\s+участия|участвовал\w*)\s+в\s+(?:переговорах|встрече|визите))(?![\w-])",
    re.I,
)
# "..., находящийся с визитом в Малайзии": the country a person is staying in, not the one they represent.
_RU_STAY_RE = re.compile(r"(?<![\w-])(?:визит\w*|находящ\w+|прибыв\w+|прибывш\w+|пребыва\w+)(?![\w-])")
_RU_ELLIPTIC_DASH_RE = re.compile(r"\s+[—–]\s")
_RU_NEXT_CLAUSE_RE = re.compile(
    r"(?<![\w-])(?:затем|потом|а|и|но|также|после|чтобы|который|которая|где|с|со)(?![\w-])"
)  # "..., с пакистанской – ...": the next side's list, not an apposition
_RU_AFTER_COUNTRY_RE = re.compile(r",\s+(?:[а-яё-]+\s+){0,6}?(?=[А-ЯЁ]|[а-яё]+ск)")


_RU_MEMORY_RE = re.compile(
    # a grave's case forms only: "Могилевского облисполкома" names a region, not a grave
    r"(?<![\w-])(?:памят\w*|имени|мемориал\w*|мавзоле\w*|могил(?:а|ы|е|у|ой|ам|ами|ах)?|праха|захоронени\w*)"
    r"(?:\s+[\w-]+){0,3}\s+$",
    re.I,
)
_RU_TITLE_BEFORE_RE = re.compile(r"(?:" + _RU_CORE_RE.pattern + r")\s+$", re.I)


_RU_PLACE_BEFORE_RE = re.compile(
    r"(?:(?<![\w-])(?:в|во|из|на|под|до|возле|около|через)|дворц\w*|резиденци\w*|площад\w*|аймак\w*|област\w*|"
    r"район\w*|провинци\w*|штат\w*|округ\w*|город\w*|регион\w*|парк\w*|улиц\w*|проспект\w*|"
    # "в секторе Газа", "на острове Бали", "в долине Ферганы": a place's kind before its name
    r"сектор\w*|остров\w*|полуостров\w*|залив\w*|пролив\w*|ущель\w*|долин\w*|"
    # "на кладбище героев Калибата", "у мемориала павших Тугу": a memorial's name
    r"(?:кладбищ\w*|мемориал\w*|монумент\w*|памятник\w*|мавзоле\w*)(?:\s+[а-яё]+){0,2})\s+$",
    re.I,
)
# After a name: "... провел переговоры в Джакарте с", "встретился в Анкаре с", "провела беседу с".
_RU_TALKS_AFTER_RE = re.compile(
    r"[А-ЯЁа-яё-]+(?:\s+[А-ЯЁа-яё-]+){0,2}\s+(?:[а-яё]+\s+){0,2}?(?:переговор\w*|встреч\w*|встретил\w*|бесед\w*)"
    r"(?:\s+(?:в|во|на)\s+[^,.;:«»]{1,40}?)?\s+с(?:о)?\s"
)
_RU_FORMER_RE = re.compile(r"(?<![\w-])(?:бывш\w+|прежн\w+|экс|отставн\w+)(?:-|\s+)(?:[а-яё]+\s+)?$", re.I)
_RU_VISIT_TO_COME_RE = re.compile(
    r"(?<![\w-])(?:предстоящ\w*|будущ\w*|приглаш\w*|ответн\w*|следующ\w*)\s+(?:\w+\s+)?$", re.I
)
_RU_RECEIVES_RE = re.compile(r"(?<![\w-])(?:встретил|принял|приветствовал|встречает|принимает)а?(?![\w-])")
# Who was at the talks: "участвовали", "принял участие", "присутствовал".
_RU_ATTENDED = r"участвовал\w*|приняли\s+участие|принял\w*\s+участие|принимал\w*\s+участие|присутствовал\w*"
_RU_ATTENDED_RE = re.compile(rf"(?<![\w-])(?:{_RU_ATTENDED})(?![\w-])", re.I)
_RU_JOURNALIST_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:обозревател|корреспондент|журналист|редактор|ведущ|интервьюер|колумнист)\w*\s+"
    r"(?:«[^»]{1,40}»\s+|[А-ЯЁA-Z]{2,10}\s+)?$",
    re.I,
)
_RU_STATE_VISIT_RE = re.compile(r"(?<![\w-])государственн\w+\s+визит\w*(?![\w-])", re.I)
# A delegation of a country "во главе с" the people it names: they are of that country.
_RU_LED_DELEGATION_RE = re.compile(r"(?<![\w-])делегаци\w*\s+(?P<who>[^.;:]{0,80}?)\s*,?\s+во\s+главе\s+со?\s", re.I)
# A company's name in marks right before a person's name, after the title: "генеральный директор «Заречье-Агро» ".
# "делегацию провинции Гилян во главе с", "В состав делегации во главе с": a delegation, its country unsaid or not
_RU_GUEST_DELEGATION_RE = re.compile(r"(?<![\w-])делегаци\w*(?:\s+[^.;:]{0,80}?)?\s*,?\s+во\s+главе\s+со?\s", re.I)
_RU_COMPANY_BEFORE_RE = re.compile(r"«([^«»]{2,40})»\s+(?:[А-ЯЁ][\w-]+\s+){0,2}$")
_RU_SHORT_COMPANY_BEFORE_RE = re.compile(r"(?<![\w-])([А-ЯЁA-Z]{2,6})\s+(?:[А-ЯЁ][\w-]+\s+){0,2}$")
# A visit's stop at a company: "посетил завод", "Визит начался с ОАО «...»", "ознакомился с работой".
_RU_VISITED_RE = re.compile(
    r"(?<![\w-])(?:посетил\w*|побывал\w*|осмотрел\w*|ознакомил\w*|начал\w*\s+с|прибыл\w*\s+на)(?![\w-])", re.I
)
# The executive of the plant the sentence before named: "Генеральный директор предприятия ".
_RU_PLANT_BEFORE_RE = re.compile(
    r"(?:предприяти|завод|комбинат|фабрик|компани|холдинг)\w*\s+(?-i:[А-ЯЁ][\w-]+\s+){0,2}$", re.I
)
# The adjective of a company before its name: "вьетнамская корпорация «", "казахстанской компании «".
# A company whose name opens with its country's stem ("Росатом", "Узбекнефтегаз", "КазМунайГаз", "БелАЗ"): the
# naming habit of the region's state firms
_RU_COMPANY_COUNTRY_RE = re.compile(
    r"(?:(?P<RU>Рос(?!си)[а-яё]{3,})|(?P<KZ>Каз(?:ах|[А-ЯЁ]))|(?P<UZ>Узбек|Уз[А-ЯЁ])|(?P<TM>Туркмен)|(?P<KG>Кыргыз)|"
    r"(?P<AZ>Азер)|(?P<TJ>Таджик|Тоҷик)|(?P<BY>Белорус|Бел[А-ЯЁ])|(?P<MN>Монгол)|"
    # "«Сербиягаз», «Молдовагаз», «Армэнерго»": a state's name run into the company's
    r"(?P<RS>Сербия)|(?P<MD>Молдова)|(?P<AM>Армения|Арм[А-ЯЁ]|Армэнерго)|(?P<GE>Грузия))"
)
_RU_COMPANY_ADJ_RE = re.compile(r"[а-яё-]+(?:ая|ий|ый|ой|ое|ую|ым|им|ого|ому)\s+(?:[а-яё-]+\s+){0,2}$")
_RU_OFFICE_OF_RE = re.compile(
    r"(?:[Пп]ресс-служб|[Аа]ппарат|[Кк]анцеляри|[Сс]екретариат|[Оо]фис|[Пп]ресс-центр)\w*\s+(?:[а-яё]+\s+){0,2}[А-ЯЁ]"
)
_RU_ACCORDING_TO_NAME_RE = re.compile(
    r"(?:[Пп]о\s+(?:словам|мнению|оценке|убеждению|признанию)|[Сс]о\s+слов)\s+(?:[а-яё-]+\s+){0,4}$"
)
# the subject of a signing: "X и генеральный директор компании «Y» Z подписали Дорожную карту"
_RU_SIGNS_AFTER_RE = re.compile(r"[^.;:«»]{0,40}(?:«[^«»]{1,60}»[^.;:«»]{0,60})?\s(?:подписали|подписал|подписала)\s")
_RU_CITING_OFFICE_RE = re.compile(
    r"(?<![\w-])со\s+ссылкой\s+на\s+(?:[Пп]ресс-служб|[Аа]ппарат|[Кк]анцеляри|[Сс]екретариат|[Оо]фис|[Пп]ресс-центр)"
)
_RU_PATRON_BEFORE_RE = re.compile(r"(?<![\w-])при\s+$")
# A governor of an oblast or a krai is Russia's: the other states of Russian copy title their regions' heads
# otherwise (аким, хоким, председатель облисполкома), and a foreign governor's region is a province or a state.
_RU_GOVERNOR_RE = re.compile(
    r"(?<![\w-])[Гг]убернатор\w*\s+(?:[А-ЯЁ][а-яё-]+(?:ской|цкой|ной)\s+(?:области|края)|[А-ЯЁ][а-яё-]+ского\s+"
    r"автономного\s+округа)\s+(?:[А-ЯЁ][а-яё]+\s+){0,2}$"
)
_RU_OBLAST_RE = re.compile(r"[А-ЯЁ][а-яё-]+(?:ская|цкая|ской|цкой|скую|цкую)\s+(?:област[ьи]|областью)(?![\w-])")
_RU_KRAI_RE = re.compile(r"(?<![\w-])(?:края|краевого|краевой|краевых)(?![\w-])")
_RU_SPOKESMAN_RE = re.compile(
    r"(?<![\w-])(?:[Оо]фициальн\w+\s+)?(?:[Пп]редставител\w*|[Пп]ресс-секретар\w*)\s+(?:этого\s+|того\s+же\s+)?"
    r"(?:ведомства|министерства|МИД)\s+(?:[А-ЯЁ][а-яё]+\s+){0,2}$"
)
_RU_MINISTRY_OF_RE = re.compile(r"(?<![\w-])(?:МИД|[Мм]инистерств\w*(?:\s+[а-яё]+){1,3})\s+[А-ЯЁ][а-яё]+")
_RU_OTHER_SIGNERS_RE = re.compile(
    r"(?:\s+[А-ЯЁ][\w-]+)*\s+и\s+(?:[а-яё]+\s+){0,2}(?P<adj>[а-яё]+[сц]к(?:их|ой|ого|ими|ей))\s+"
    r"(?:компани|сторон|партнер|партнёр|коллег|банк|фирм|корпораци)\w*"
)
# The country whose press writes its own officials without a country: Russian copy is mostly Russia's.
_RU_HOME = "RU"
# Offices of regional heads that exist under their name in one or two countries of the region.
_RU_LOCAL_TITLES = {"аким": ("KZ", "KG"), "хоким": ("UZ",), "хяким": ("TM",), "торага": ("KG",)}
# A kind of place in the genitive, whose name follows: "губернатор провинции Кёнсан-Пукто", "аким области".
_RU_BUILDING_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:мечет\w*|собор\w*|храм\w*|церкв\w*|церков\w*|мавзоле\w*|музе[йяюе]\w*|театр\w*|площад\w*|"
    r"улиц\w*|проспект\w*|бульвар\w*|набережн\w*|мост\w*|аэропорт\w*)\s+$"
)
_RU_PLACE_KIND_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:провинци[ия]|област[иь]|штата|округа|района|региона|префектуры|губернии|аймака|края|"
    r"вилайета|велаята|эмирата|кантона|земли|уезда|города|графства|воеводства)\s+$",
    re.I,
)
_RU_PLACE_AFTER_RE = re.compile(
    r"\s+(?:район\w*|област\w*|округ\w*|аймак\w*|вилоят\w*|велаят\w*|провинци\w*|префектур\w*|уезд\w*|"
    r"парк\w*|двор(?:е|ц)\w*|проспект\w*|мост\w*|[А-ЯЁ]{2,5}\b)"
)


# "«A» и АО «B» подписали", "«A» (ТМХ) подписал с АО «B»", "РЖД и АО «B»": the partner a company signs beside or with
_RU_PARTNER_COMPANY_RE = re.compile(
    r"(?:[^«»]*»)?\s+(?:\([А-ЯЁA-Z]{2,6}\)\s+)?(?:и|(?:подписал|заключил)\w*\s+со?)\s+(?:[А-ЯЁ]{2,4}\s+|[а-яё]+\s+)?"
    r"«([^«»]{3,40})»"
)


def _company_country(name: str) -> str:
    """The country a company's own name carries at its start ("Росатом", "КазМунайГаз"), or ""."""
    m = _RU_COMPANY_COUNTRY_RE.match(name)
    return m.lastgroup if m else ""


def _another_case_of(person: _Person, people: list[_Person]) -> bool:
    """Whether a name of several words is another person's in another case ("Фам Куок Винь" beside "Фам Куок
    Виня"): all but the last word the same."""
    head = person.name.split()[:-1]
    return bool(head) and any(p is not person and p.name.split()[:-1] == head for p in people)


@functools.lru_cache(maxsize=4096)
def _masculine_name(word: str) -> bool:
    """Whether the dictionary reads a first name in the nominative as a man's."""
    return any({"Name", "masc", "sing", "nomn"} <= p.tag.grammemes and p.score > 0.3 for p in _parses(word))


@functools.lru_cache(maxsize=4096)
def _nominative_first_name(word: str) -> bool:
    """Whether the dictionary reads a word as one person's first name, and only in the nominative (Николай, not
    Александра); "Ярослав" is also many Ярославы, which no single name after it agrees with."""
    names = [p for p in _parses(word) if {"Name", "sing"} <= p.tag.grammemes]
    return bool(names) and names[0].score >= 0.5 and all(p.tag.case == "nomn" for p in names)


@functools.lru_cache(maxsize=4096)
def _first_name_word(word: str) -> bool:
    """Whether the dictionary reads a word mostly as a first name (Золтаном, Игорь)."""
    return any("Name" in p.tag.grammemes and p.score >= 0.5 for p in _parses(word))


def _person_like_tail(word: str) -> bool:
    """A word after a first name that the dictionary guesses as a place may be a surname (Баконьи), not a word
    it knows as an adjective, a verb or the like."""
    top = _parses(word)[0] if _parses(word) else None
    if top is None or top.tag.POS != "NOUN":
        return False
    if not _known(word.lower()):
        return True
    # an everyday inanimate noun the dictionary knows, not a place: "Петер Шандор" (шандор, a net)
    return "inan" in top.tag and not any({"Geox", "Orgn"} & p.tag.grammemes for p in _parses(word)[:3])


@functools.lru_cache(maxsize=4096)
def _same_case_after_name(first: str, word: str, titled: bool) -> bool:
    """A word the dictionary knows as a place or a thing, in the same oblique case as the first name before it, is
    the surname ("президентом Турции Муратом Акташем"); in the nominative only right after a title."""
    if "." in first:
        return False
    if not _first_name_word(first):
        # "премьер-министром Турции Кемалом Самсуном": a first name the dictionary lacks, the same ending
        return (
            titled
            and not _known(first.lower())
            and any(first.endswith(e) and word.endswith(e) for e in ("ом", "ем", "ём", "а"))
            and any(p.tag.POS == "NOUN" for p in _parses(word)[:2])
        )
    names = {p.tag.case for p in _parses(first) if "Name" in p.tag.grammemes and p.score >= 0.3}
    nouns = {p.tag.case for p in _parses(word) if p.tag.POS == "NOUN"}
    common = names & nouns
    return bool(common - {"nomn"}) or (titled and "nomn" in common)


def _unagreeing_adjective(first: str, word: str) -> bool:
    """A word the dictionary reads only as an adjective that cannot qualify the first name before it is the
    surname: a plural or short form ("Золтана Бараньи", "Томаш Новотны") or one of another gender or case
    ("Пётр Луговой", where the dictionary knows only the adjective "луговой")."""
    if not _first_name_word(first):
        return False
    parses = _parses(word.lower())
    if not parses or not all(p.tag.POS in ("ADJF", "ADJS") for p in parses):
        return False
    names = [p.tag for p in _parses(first) if "Name" in p.tag.grammemes and p.score >= 0.3]
    return not any(
        p.tag.POS == "ADJF" and p.tag.case == n.case and p.tag.number == n.number and p.tag.gender in (n.gender, None)
        for p in parses
        for n in names
    )


@functools.lru_cache(maxsize=4096)
def _patronymic(word: str) -> bool:
    """Whether a word is a patronymic: "Валерьевич", "Кемелевич", "Нургожоевич", "Ивановна"."""
    if re.search(r"(?:ович|евич|ьич|ична|овна|евна)(?:а|у|ем|ом|е|ой|ы|у)?$", word):
        return True
    return any("Patr" in p.tag.grammemes and p.score >= 0.3 for p in _parses(word))


@functools.lru_cache(maxsize=4096)
def _plural_after_adjective(prev: str, word: str) -> bool:
    """A plural noun after a plural adjective that agrees with it ends a state's or a body's name ("Объединенных
    Арабских Эмиратов", "Соединенных Штатов"): no one's name, whatever surname it looks like."""
    nouns = {p.tag.case for p in _parses(word) if p.tag.POS == "NOUN" and {"inan", "plur"} <= p.tag.grammemes}
    if not nouns or any(p.tag.grammemes & _PERSON_TAGS for p in _parses(word)):
        return False
    adjectives = [p for p in _parses(prev.lower()) if p.tag.POS in ("ADJF", "PRTF") and "plur" in p.tag.grammemes]
    return any(p.tag.case in nouns for p in adjectives)


def _person_like(word: str) -> bool:
    """Whether a capitalised word may be a name: the dictionary reads it as one or does not know it."""
    return _person_score(word) > 0.1 or not _known(word.lower())


def _sultan_as_name(run: list, i: int) -> bool:
    """ "Султан" before a name's particle is a given name ("шейхом Султаном бин Хамданом"); before a country or a
    name alone it is read as the title ("Султан Омана", "Султан Ибрагим")."""
    word = run[i].group(0)
    return i + 1 < len(run) and isinstance(run[i + 1], _Particle) and bool(re.fullmatch(r"Султан(?:а|у|ом|е)?", word))


def _place_before_first_name(run: list, i: int) -> bool:
    """A word that opens a run before a first name and a surname is not part of the name unless it is a surname
    itself ("Иванов Иван Петрович") or a first name of a double one: it is the region or the town the sentence names
    before the person. A word in "-ья" or "-ье" is a region declined as a neuter noun even when the dictionary
    guesses a woman's name."""
    if i + 2 >= len(run) or isinstance(run[i], _Particle) or isinstance(run[i + 1], _Particle):
        return False
    word, first, surname = run[i].group(0), run[i + 1].group(0), run[i + 2].group(0)
    if "." in word + first or not _first_name_word(first) or _RU_SURNAME_SUFFIX_RE.search(word):
        return False
    if not (_RU_SURNAME_SUFFIX_RE.search(surname) or any("Surn" in p.tag.grammemes for p in _parses(surname)[:2])):
        return False
    if any("Name" in p.tag.grammemes and p.score >= 0.2 for p in _parses(word)[:1]):
        return word.endswith(("ья", "ье"))  # "Хосе Рамоном Эспинозой": a first name the dictionary knows uninflected
    return not _first_name_word(word) or word.endswith(("ья", "ье"))


def _place_before_names(run: list, i: int) -> bool:
    """A run's first word is a place when the dictionary reads it as one and not as anyone's name and at least two
    words of a name follow ("президентом Республики Гондурас Марио Луисом Кастро", "премьер-министром Новой Зеландии
    Джоном Смитом"): a country the lexicon lacks, which a name never opens with."""
    if _place_before_first_name(run, i):
        return True
    if i + 2 >= len(run) or any(isinstance(m, _Particle) for m in run[i : i + 3]):
        return False
    if len(run[i].group(0)) <= 4:
        return False  # "Буй Тхань Шон": a short word is a syllable of a name even when a town bears it
    parses = _parses(run[i].group(0))
    if not parses or "Geox" not in parses[0].tag.grammemes or any(p.tag.grammemes & _PERSON_TAGS for p in parses[:3]):
        return False
    # the state of a title is its genitive complement or an indeclinable name; "Рамом Чандрой" agrees with the name
    return parses[0].tag.case in ("gent", "nomn")


def _third_syllable(run: list[re.Match], i: int) -> bool:
    """ "Ким Хён Со", "Пак Ын Ли": after two syllables of a name a capitalised "Со" is the third, not a word."""
    word = run[i].group(0)
    if i < 2 or not 2 <= len(word) <= 3 or not word[0].isupper() or not word[1:].islower():
        return False
    prev, prev2 = run[i - 1].group(0), run[i - 2].group(0)
    return len(prev) <= 4 and len(prev2) <= 4 and "." not in prev + prev2


def _syllable_name(run: list[re.Match], i: int) -> bool:
    """A short word inside a run of names is one syllable of an East Asian name ("Пак Чон Мин", "Фам Ван Хьеу"),
    even when the dictionary knows it as an everyday word."""
    word = run[i].group(0)
    if len(run) < 2 or "." in word:
        return False
    if len(word) > 4:
        # "с премьером Нгуен Куок Бангом", "с президентом Ким Чон Хваном": the last syllable of three takes the
        # case ending, the two before it do not
        return (
            i >= 2
            and i == len(run) - 1
            and re.fullmatch(r"[А-ЯЁ][а-яё]{1,3}(?:ом|ем|ём|у|ю|а|я|е)", word) is not None
            and not any(isinstance(m, _Particle) or "." in m.group(0) for m in run[i - 2 : i])
            and all(len(m.group(0)) <= 5 and m.group(0)[1:].islower() for m in run[i - 2 : i])
        )
    if _third_syllable(run, i):
        return True
    return not any(p.tag.POS in ("PREP", "CONJ", "NPRO", "ADVB") for p in _parses(word.lower())[:1])


_ROLE_RANK = {HEAD_OF_STATE: 0, HEAD_OF_GOVERNMENT: 1, DEPUTY_HEAD_OF_GOVERNMENT: 2, MINISTER: 3, OFFICIAL: 5}


def _complement_core(text: str, prev: re.Match, core: re.Match) -> bool:
    """Whether a title word is the genitive complement of an office before it ("Руководителя Администрации
    Президента", "помощник Президента"): an institution or an office stands right before it, nothing between
    them but title words."""
    gap = text[prev.end() : core.start()]
    if re.search(r"[,.;:!?()«»]", gap) or len(gap) > 60:
        return False
    head = core.group(0).split()[0]
    if not any(p.tag.case == "gent" for p in _parses(head.lower())[:2]):
        return False
    words = re.findall(r"[\w-]+", gap)
    if words and not _only_title_words(gap):
        return False  # "Губернатор Сергей Колесников принял в здании правительства заместителя": another clause
    return not words or _institution(words[-1]) or words[-1].lower() in ("аппарата", "администрации", "канцелярии")


# A state body in brackets: "(Министерство энергетики Ирана)", "(Минэнерго РТ)", "(МИД Ирана)", "(Таможенная служба)"
_RU_BODY_IN_BRACKETS_RE = re.compile(
    r"\s*\((?P<b>(?i:министерств\w*|мин(?!ск|ут)[а-яё]{3,}|мид|мчс|мвд|(?:[а-яё]+\s+){0,2}(?:служб|комитет|ведомств)\w*)"
    r"[^()\n]{0,80})\)"
)


def _title_after(text: str, end: int) -> _RuTitle | None:
    """A title in apposition after a name: "Игорь Петров, министр энергетики Беларуси," (adjectives may stand
    before it: "Анна Ли, генеральный директор компании")."""
    body = _RU_BODY_IN_BRACKETS_RE.match(text, end, end + 120)
    if body:
        # "Ф. Исмоилзода (Минтранс РТ) и Б. Карими (Министерство дорог Ирана)": a signatory's ministry in brackets
        # after the name, in a list of documents and who signed them, gives his office and his side
        return _RuTitle(OFFICIAL, body.group("b"), _country_at(text, body.start("b"), body.end("b")))
    m = re.match(r",\s+", text[end : end + 200])
    core = None
    at = end + m.end() if m else -1
    for _ in range(3 if m else 0):
        core = _RU_CORE_RE.match(text, at)
        word = re.match(r"([а-яё-]+)\s+", text[at : at + 40])
        if core or not word or not _adjective(word.group(1)):
            break
        at += word.end()
    if core is None:
        return None
    stop = re.search(r"[,;:.!?()\n«»—–]", text[core.end() : core.end() + 150])
    hi = core.end() + (stop.start() if stop else 150)
    for pair in re.finditer(r"(?<![\w-])([А-ЯЁ][а-яё-]+)\s+[А-ЯЁ][а-яё-]+", text[core.end() : hi]):
        first = pair.group(1)
        if (
            _person_like(first)
            and first not in _RU_NOT_NAME
            and not _COUNTRY_NAME_RE.fullmatch(first)
            and not _adjective(first)
            and not _institution(first)
        ):
            return None  # "Веретенникова, министр торговли Агус Праното": the title of the next name
    return _parse_title(text, core.start(), hi)


_MULTIWORD_COUNTRY_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted((re.escape(stem) for stem in _COUNTRY_NAME_STEMS if " " in stem), key=len, reverse=True))
    + r")[а-яё]{0,3}(?![\w-])"
)


def _only_title_words(gap: str) -> bool:
    """Between a title and a name only title words, country names, adjectives, abbreviations and the names of
    organisations stand, in any marks ("статс-секретарь МИД Германии", "директор по экспорту «Интер РАО»",
    "гендиректор "Росатома"", "вице-президент China State Railway Group")."""
    # "Президент Национального института спорта Республики Куба (ИНДЕР)": an organisation's abbreviation in brackets
    gap = re.sub(r"«[^«».!?]{1,40}»|\"[^\"«».!?]{1,40}\"|[A-Za-z][\w&.-]*|\s\([А-ЯЁA-Z]{2,8}\)(?=\s*$)", " ", gap)
    # a country's or its parliament's name of two words: "Сената Олий Мажлиса", "Жогорку Кенеша"
    gap = _MULTIWORD_COUNTRY_RE.sub(" ", gap)
    words = re.findall(r"[\w-]+", gap)
    for i, word in enumerate(words):
        if word.isupper() and len(word) <= 5:
            continue
        if word[0].isupper() and not (
            # "председатель Гомельского облисполкома": a place's adjective the dictionary also reads as a surname,
            # before the lowercase noun it goes with
            (i + 1 < len(words) and words[i + 1][0].islower() and _adjective_reading(word))
            or _COUNTRY_NAME_RE.fullmatch(word)
            or _COUNTRY_ADJ_RE.fullmatch(word)
            or _CITY_NAME_RE.fullmatch(word)  # "Председатель города Душанбе", "мэр Белграда"
            # "Послом ... в Республике Корея", "Президент Швейцарской Конфедерации"
            or re.fullmatch(r"(?:Республик|Федераци|Конфедераци|Королевств)\w*", word)
            or word in ("Объединенных", "Арабских", "Эмиратов")
            or word in _RU_NAME_HONORIFICS
            or _adjective(word)  # "Президент Лаосской Народно-Демократической Республики"
            or any("Geox" in p.tag.grammemes and p.score >= 0.5 for p in _parses(word))  # "аким Туркестанской области"
            or _institution(word)  # "Председатель Сената Парламента Республики Казахстан"
        ):
            return False
        if len(word) > 25:
            return False
        if word[0].islower() and _parses(word) and _parses(word)[0].tag.POS in _NOT_TITLE_POS:
            return False  # "Глава правительства также пригласил Садыра Жапарова": a verb ends the title
    # a list of a ministry's fields may hold commas: "Министр инвестиций, промышленности и торговли Узбекистана"
    gap = re.sub(r",(?=\s+[а-яё])", " ", gap)
    # "Министр иностранных дел, по делам эмиграции и египтян, проживающих за рубежом, АРЕ": the state after the list
    gap = re.sub(r",(?=\s+[А-ЯЁ]{2,5}\s*$)", " ", gap)
    return len(gap) < 90 and not re.search(r"[.,;:!?«»]", gap)


@functools.lru_cache(maxsize=4096)
def _institution(word: str) -> bool:
    """A capitalised common noun of an institution in the genitive: Парламента, Сената, Министерства, Собрания."""
    parses = _parses(word.lower())
    return (
        bool(parses)
        and _known(word.lower())
        and any(
            p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.case == "gent" and p.score >= 0.3 for p in parses[:2]
        )
        and not any(p.tag.grammemes & _PERSON_TAGS for p in _parses(word)[:3])
    )


_NOT_TITLE_POS = frozenset({"VERB", "INFN", "GRND", "ADVB", "NPRO", "PRCL", "PRTS", "PRED"})


@functools.lru_cache(maxsize=4096)
def _adjective_reading(word: str) -> bool:
    return any(p.tag.POS == "ADJF" for p in _parses(word.lower()))


@functools.lru_cache(maxsize=4096)
def _adjective(word: str) -> bool:
    """Whether the dictionary reads a capitalised word (a hyphenated one whole) first as an adjective."""
    parses = _parses(word.lower())
    return bool(parses) and parses[0].tag.POS == "ADJF"


def _place_code(text: str, at: int) -> str:
    m = _COUNTRY_NAME_RE.match(text, at)
    if m:
        return _COUNTRY_NAME_STEMS.get(m.group("stem"), "")
    c = _CITY_NAME_RE.match(text, at)
    return _CITY_STEM.get(c.group("stem"), "") if c else ""


# --------------------------------------------------------------------------------------------------------------
# Quotes


_QUOTE_MARK_RE = re.compile('[«»„“”"]')


def _outer_quotes(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the outermost quotation marks of a paragraph: « » nest, „ “ and " " inside them."""
    spans = []
    depth, opened = 0, -1
    straight = -1
    sdepth = 0
    low = -1
    for mark in _QUOTE_MARK_RE.finditer(text, a, b):  # every other character leaves the state as it is
        i = mark.start()
        c = text[i]
        if c == "«":
            if depth == 0 and low < 0 and straight < 0:
                opened = i
            depth += 1
        elif c == "»" and depth:
            depth -= 1
            if depth == 0 and opened >= 0:
                spans.append((opened, i))
                opened = -1
        elif depth == 0 and c == "„" and straight < 0:
            low = i
        elif depth == 0 and c in "“”" and low >= 0:
            spans.append((low, i))
            low = -1
        elif depth == 0 and c == '"' and low < 0:
            if straight < 0:
                straight, sdepth = i, 1
                continue
            # straight marks nest by their side: one after a space or colon before a letter opens an inner quote
            # ("Алиев сказал мне: "Газ будет". Для нас ...")
            opening = (i == a or text[i - 1] in " \t(:—–-") and i + 1 < b and text[i + 1].isalnum()
            sdepth += 1 if opening else -1
            if sdepth == 0:
                spans.append((straight, i))
                straight = -1
    if opened >= 0 and depth == 1 and _shared_close(text, opened, b) >= 0:
        spans.append((opened, _shared_close(text, opened, b)))
    return spans


def _shared_close(text: str, opened: int, b: int) -> int:
    """The closing mark of a quote inside a quote that closes the outer one too, the author's words after it
    ("«... коридора «Север — Юг», — подчеркнул X."), or -1: the marks of a paragraph opened at ``opened``."""
    close = text.rfind("»", opened, b)
    if close < 0 or _closing_mark_from(text, opened, opened + 1, close + 1) >= 0:
        return -1
    return close if re.match(r",?\s+[—–]\s", text[close + 1 : b]) else -1


def _strip(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo] in " \t":
        lo += 1
    while hi > lo and text[hi - 1] in " \t,":
        hi -= 1
    return lo, hi


def _subject_before(text: str, lo: int, verb_at: int) -> tuple[int, int]:
    """The subject before a speech verb: the last clause of the sentence before it, parentheticals dropped."""
    lo = max(lo, verb_at - 300)  # a subject is near its verb; this keeps long paragraphs linear
    head = text[lo:verb_at]
    # "X, отвечая на вопрос, хватит ли газа, заметил": an answer's gerund with the question it answers
    head = re.sub(
        r",\s*(?:в свою очередь|в частности|при этом|также|выступая[^,]*|говоря[^,]*|по данным[^,]*|"
        r"по информации[^,]*|как сообща\w+[^,]*|"
        r"отвечая[^,]*(?:,\s*(?:[^,\s]+\s+){0,2}?(?:ли|как|почему|когда|где|сколько|каки\w+)\s[^,]*)?)\s*,",
        lambda m: " " * len(m.group(0)),
        head,
    )
    # "назвал Узбекистан «землей ученых, внесших вклад ...» и отметил": a comma inside marks ends no clause
    head = re.sub(r"«[^«»]*»|„[^„“]*“", lambda m: " " * len(m.group(0)), head)
    cut = max(head.rfind(","), head.rfind(":"), head.rfind("—"), head.rfind("–"), head.rfind(";")) + 1
    for _ in range(2):
        # A comma right before the verb closes an insertion (a gerund's phrase, an apposition, a relative clause:
        # "турецкий президент, едва ступив на землю, сказал"): the subject stands before the insertion.
        if head[cut:].strip() or cut < 2 or head[cut - 1] != ",":
            break
        inner = head[: cut - 1]
        opened = inner.rfind(",")
        if opened < 0:
            break
        outer = inner[:opened]
        cut = max(outer.rfind(","), outer.rfind(":"), outer.rfind("—"), outer.rfind("–"), outer.rfind(";")) + 1
        head = outer
    sub = head[cut:]
    sub = re.sub(r"\s+(?:также|же|тоже|затем|далее|в свою очередь|вновь|ещё|еще)\s*$", "", sub.rstrip())
    # "Премьер-министр Монголии в ходе встречи с Сычевым назвал": the one met is named in the circumstance, the
    # speaker before it
    around = _RU_CIRCUMSTANCE_RE.search(sub)
    if around and around.start() and sub[: around.start()].strip():
        sub = sub[: around.start()]
    start = lo + cut + (len(sub) - len(sub.lstrip()))
    return start, lo + cut + len(sub.rstrip())


@dataclass
class _Found:
    lo: int
    hi: int
    person: _Person
    kind: str
    marked: bool
    group: int
    attribution: str = ""


def _russian_quotes(art: _RuArticle) -> list[_Found]:
    text = art.text
    found: list[_Found] = []
    taken = _Spans()
    last: _Person | None = None
    group = 0
    last_para_speaker: dict[int, _Person] = {}

    def add(lo: int, hi: int, person: _Person, kind: str, marked: bool, attribution: str = "", same_group=False):
        nonlocal last, group
        lo, hi = _strip(text, lo, hi)
        if hi - lo < 2 or taken.overlaps(lo, hi):
            return
        taken.add(lo, hi)
        if not same_group:
            group += 1
        found.append(_Found(lo, hi, person, kind, marked, group, attribution))
        art.refs.append((lo, person))
        last = person

    by_para: dict[int, list[tuple[int, int, int]]] = {}
    for sentence in art.sentences:
        by_para.setdefault(sentence[2], []).append(sentence)
    # a headline is no transcript's label, but it may be the heading of the statement below it
    labels = [_speaker_label(art, a, b) if p else _statement_heading(art, a, b) for p, (a, b) in enumerate(art.paras)]
    consumed: set[int] = set()
    answers = _interview_answers(art, labels)
    for p, (a, b) in enumerate(art.paras):
        if p in consumed:
            continue
        label = labels[p]
        if label is not None and label.person is not None:
            turn = _transcript_turn(art, p, label, labels)
            consumed.update(turn)
            art.marked.extend(art.paras[q] for q in turn)
            pieces = [x for q in turn for x in _turn_pieces(art, q, label if q == p else None)]
            whole = _marked_statement(art, turn) if label.heading else None
            if whole:  # «Уважаемый господин Премьер-министр, ... Спасибо»: a statement in marks is one quote
                pieces = [whole]
            first = True
            for lo, hi in pieces:
                add(lo, hi, label.person, DIRECT, False, same_group=not first)
                first = False
            last_para_speaker[p] = label.person
            continue
        intro = _colon_intro(art, p, last) if text[a] in '«„"—–-' else None
        if (
            intro is None
            and text[a] == "«"
            and _closing_mark_from(text, a, a + 1, b) < 0
            and _shared_close(text, a, b) < 0
        ):
            # «A.\n\nB», — сказал X.: marks that close paragraphs later, the attribution after them
            pieces = _introduced_pieces(art, p)
            if len(pieces) > 1:
                end_q = pieces[-1][2]
                tail = re.match(
                    r"\s*[,!?…]?\s*[—–-]\s*(?P<attr>[^«»„“\"—–]*?)(?:[.!?…]|$)",
                    text[pieces[-1][1] + 1 : art.paras[end_q][1]],
                )
                if tail and tail.group("attr").strip():
                    at = pieces[-1][1] + 1
                    intro = _attribution(art, at + tail.start("attr"), at + tail.end("attr"), last)
        if intro is not None and _RU_SALUTATION_LINE_RE.fullmatch(text[a:b].strip()):
            # "Президент X сказал: ¶ – Уважаемый господин Президент. ¶ Дамы и господа. ¶ ...": a salutation alone on
            # the dashed line, the lines below without a dash, is a statement printed in full, read as under a
            # speaker's label (a dashed paragraph of speech is a remark, and the story goes on after it)
            turn = _transcript_turn(art, p - 1, _Label(art.paras[p - 1][1], intro), labels)
            if len(turn) > 2 and text[art.paras[turn[2]][0]] not in "—–-":
                consumed.update(turn[1:])
                art.marked.extend(art.paras[q] for q in turn[1:])
                for i, (lo, hi) in enumerate(x for q in turn[1:] for x in _turn_pieces(art, q, None)):
                    add(lo, hi, intro, DIRECT, False, same_group=i > 0)
                last_para_speaker[turn[-1]] = intro
                continue
        if intro is not None:
            # "Выступая на пресс-конференции, Пашинян сказал:" and the words in the paragraphs below it
            pieces = _introduced_pieces(art, p)
            if len(pieces) > 1 and all(
                text[pieces[i][1] : pieces[i + 1][0]].count("\n") == 1 for i in range(len(pieces) - 1)
            ):
                # lines of one block with no blank line between (a post's lines): one quote
                consumed.update(q for _, _, q in pieces)
                art.marked.extend(art.paras[q] for _, _, q in pieces)
                pieces = [(pieces[0][0], pieces[-1][1], pieces[-1][2])]
            if pieces:
                for i, (lo, hi, q) in enumerate(pieces):
                    add(lo, hi, intro, DIRECT, True, same_group=i > 0)
                    consumed.add(q)
                    art.marked.append(art.paras[q])
                last_para_speaker[pieces[-1][2]] = intro
                continue
        if text[a] in "—–-" and a + 1 < b and text[a + 1] == " ":
            if _dash_dialogue(art, a, b, add, lambda: last):
                last_para_speaker[p] = last
                art.marked.append((a, b))
                continue
        if answers.get(p) is not None:
            # an interview's answer, with or without a dash before it
            add(a + 2 if text[a] in "—–-" else a, b, answers[p], DIRECT, False)
            _inner_speech(art, a, b, answers[p], found)
            last_para_speaker[p] = answers[p]
            art.marked.append((a, b))
            continue
        spans = _outer_quotes(text, a, b)
        art.marked.extend((o, c + 1) for o, c in spans)
        k = 0
        inside = _Spans((o + 1, c) for o, c in spans)
        for s_lo0, s_hi0, _ in by_para.get(p, ()):
            if not inside.holds(s_lo0):
                near = spans[max(0, k - 1) : k + 8]
                _unmarked_sentence(art, s_lo0, s_hi0, near, add, lambda: last)
            else:
                # «A. B», — сказал X, добавив, что ...: a clause after the attribution of marks opened sentences ago
                closing = next((c for o, c in spans if o < s_lo0 < c < s_hi0), None)
                gerund = _RU_GERUND_TAIL_RE.search(text, closing, s_hi0) if closing is not None else None
                dash = re.match(r"[,!?…]?\s*[—–-]\s*", text[closing + 1 : s_hi0]) if gerund else None
                if dash:
                    _unmarked_sentence(art, closing + 1 + dash.end(), s_hi0, [], add, lambda: last)
            while k < len(spans) and spans[k][0] < s_hi0:
                if spans[k][0] < s_lo0:
                    k += 1
                    continue
                o, c = spans[k]
                inner_attr = _RU_INNER_ATTRIBUTION_RE.search(text, o + 1, c)
                inner_person = None
                for _ in range(4):
                    if inner_attr is None:
                        break
                    inner_person = _attribution(art, inner_attr.start("attr"), inner_attr.end("attr"), last)
                    if inner_person is not None:
                        break
                    # «Мы не ищем новых друзей – мы возвращаемся к старым, – сказал X. – ...»: a dash inside the
                    # words comes first; the attribution is a later pair of dashes
                    inner_attr = _RU_INNER_ATTRIBUTION_RE.search(text, inner_attr.end("attr"), c)
                if inner_person is not None:
                    # «A, — заявил Абдыкадыров. — B»: the attribution inside the marks splits the words in two
                    k += 1
                    add(o + 1, inner_attr.start(), inner_person, DIRECT, True)
                    add(inner_attr.end(), c, inner_person, DIRECT, True, same_group=True)
                    last_para_speaker[p] = inner_person
                    continue
                person, kind = _marked_speaker(art, spans, k, p, a, b, last, last_para_speaker, found)
                k += 1
                if person is None:
                    continue
                add(
                    o + 1,
                    c,
                    person,
                    kind,
                    True,
                    same_group=bool(
                        k > 1
                        and found
                        and found[-1].person is person
                        and kind == DIRECT
                        and not re.search(r"[.!?…]", text[spans[k - 2][1] - 1 : o])
                    ),
                )
                last_para_speaker[p] = person
                if kind == DIRECT:
                    _inner_speech(art, o + 1, c, person, found)
    for f in [f for f in found if f.kind == REPORTED]:
        hi = _paragraph_goes_on(art, f)
        if hi is not None and not taken.overlaps(f.hi + 1, hi):
            f.hi = hi
            continue
        for lo, hi in _stance_after(art, f):
            if taken.overlaps(lo, hi):
                break
            add(lo, hi, f.person, REPORTED, False, same_group=True)
            found[-1].group = f.group
    author = _post_author(art)
    if author is not None:
        _own_post_words(art, author, add)
    found.sort(key=lambda f: f.lo)
    if art.paras:  # the same words in the headline and the body are one quote: the body's
        h_lo, h_hi = art.paras[0]

        def words(f: _Found, lemmas: bool = False) -> set[str]:
            found_words = re.findall(r"\w+", text[f.lo : f.hi].lower())
            if not lemmas:
                return set(found_words)
            return {_parses(w)[0].normal_form if _parses(w) else w for w in found_words}

        def told_below(f: _Found) -> bool:
            # a headline's marked phrase in narrative is lifted from the body in its own case ("назвал Аргентину
            # «ключевым партнером»" for "Аргентина — ключевой партнер ..."); a headline's whole sentence is its own
            lemmas = f.kind == PARTIAL
            own = words(f, lemmas)
            return any(g.person is f.person and len(own & words(g, lemmas)) >= 0.8 * max(1, len(own)) for g in body)

        # a chronicle's item has a headline of its own, a line with no full stop over a lead that tells it again
        heads = [(h_lo, h_hi)] + [
            (a, b)
            for i, (a, b) in enumerate(art.paras[1:], 1)
            if text[a:b].rstrip()[-1:] not in '.!?…»"”' and _retold_below(art, i)
        ]
        for h_lo, h_hi in heads:
            body = [f for f in found if f.lo >= h_hi]
            found = [f for f in found if not (h_lo <= f.lo < h_hi and told_below(f))]
    return found


# "Китайская сторона готова ...", "Китай и впредь будет ...": a side's stance told in the present, its subject first.
_RU_SIDE_STANCE_RE = re.compile(
    r"(?P<side>[А-ЯЁ][а-яё-]+(?:\s+сторона)?)(?:\s+(?:и\s+впредь|также|по-прежнему|тв[её]рдо|всегда|неизменно|"
    r"высоко|искренне))*\s+(?:готов[аоы]?|приветствует|поддерживает|намерен[аоы]?|заинтересован[аоы]?|выступает|"
    r"рассчитывает|надеется|ценит|продолжит|будет|рассматривает|придерживается|считает)(?![\w-])"
)


_RU_STORY_AGAIN_RE = re.compile(
    r"(?:Стороны|Также|Кроме\s+того|Помимо\s+этого|Затем|После|Позже|Ранее|Накануне|Напомним|Визит|В\s+ходе|"
    r"В\s+рамках|По\s+итогам|В\s+завершение|Как\s+сообщ|Отметим|Вместе\s+с\s+тем)(?![\w-])"
)


def _paragraph_goes_on(art: _RuArticle, f: _Found) -> int | None:
    """An agency relays a statement as a paragraph: after "X отметил, что A." the sentences to the paragraph's
    end go on with X's words when one gives the stance of X's side ("Китайская сторона готова ...") and none names
    anyone, holds more than a name in marks, a verb of speech or a pronoun, or opens with a word of the story's
    own ("Стороны ...", "Кроме того"). The new end, or None."""
    text = art.text
    i = bisect.bisect_right(art.sentence_starts, f.lo) - 1
    if i < 0 or f.marked:
        return None
    s_lo, s_hi, p = art.sentences[i]
    if text[f.hi : s_hi].strip(" .;!?…"):
        return None
    hi = s_hi
    j = i + 1
    stated = False
    while j < len(art.sentences) and art.sentences[j][2] == p:
        n_lo, n_hi, _ = art.sentences[j]
        sentence = text[n_lo:n_hi]
        if (
            any(len(x.split()) > 4 for x in re.findall(r"[«„“\"]([^«»„“”\"]*)[»“”\"]", sentence))
            or _RU_SPEECH_RE.search(sentence)
            or _RU_STORY_AGAIN_RE.match(sentence)
            or re.search(r"(?<![\w-])(?:словам|мнению|данным)(?![\w-])", sentence)
        ):
            return None
        k = bisect.bisect_left(art.mention_starts, n_lo)
        if k < len(art.mention_starts) and art.mention_starts[k] < n_hi:
            return None
        if re.search(r"(?<![\w-])(?:он|она|они)(?![\w-])", sentence, re.I):
            return None  # "Он также поблагодарил ...": the story tells of the speaker again
        stance = _RU_SIDE_STANCE_RE.match(text, n_lo, n_hi)
        stated = stated or bool(stance and _country_at(text, n_lo, stance.end("side")) == f.person.country)
        hi = n_hi
        j += 1
    if hi == s_hi or not stated:
        return None
    while hi > f.hi and text[hi - 1] in " .;!?…\n":
        hi -= 1
    return hi


def _stance_after(art: _RuArticle, f: _Found) -> list[tuple[int, int]]:
    """An agency relays a statement sentence by sentence: after "X отметил, что ...", the next sentences of the
    paragraph that give the stance of X's own side with no speech verb ("Китайская сторона готова ...") go on with
    X's words. A sentence that names anyone, holds marks or gives another side's stance is the story's again."""
    text = art.text
    at = f.hi
    out: list[tuple[int, int]] = []
    while True:
        i = bisect.bisect_right(art.sentence_starts, at - 1) - 1
        if i < 0 or i + 1 >= len(art.sentences):
            return out
        s_lo, s_hi, p = art.sentences[i]
        n_lo, n_hi, q = art.sentences[i + 1]
        if q != p or text[at:s_hi].strip(" .!…") or n_lo < at:
            return out
        m = _RU_SIDE_STANCE_RE.match(text, n_lo, n_hi)
        sentence = text[n_lo:n_hi]
        if (
            m is None
            or not f.person.country
            or _country_at(text, n_lo, m.end("side")) != f.person.country
            or _QUOTE_MARK_RE.search(sentence)
            or _RU_SPEECH_RE.search(sentence)
        ):
            return out
        j = bisect.bisect_left(art.mention_starts, n_lo)
        if j < len(art.mention_starts) and art.mention_starts[j] < n_hi:
            return out
        at = n_lo + len(sentence.rstrip().rstrip("."))
        out.append((n_lo, at))


# A post's signature: the writer's title and name alone on its last line ("Губернатор ... области Иван Петров").
_RU_HASHTAGS_RE = re.compile(r"(?:#\w+\s*)+")
# Past verbs the writer of a post uses of himself with no subject: "Провёл встречу", "Сегодня принял посла".
_RU_POST_OPENER_RE = re.compile(r"(?:(?:Сегодня|Вчера|Также|Отдельно|Затем|Утром|Днём|Днем|Вечером)\s+)?([а-яёА-ЯЁ]+)")
# The writer speaks for himself: a personal pronoun, a short "уверен", a thanks, a present or future verb of his.
_RU_OWN_WORDS_RE = re.compile(
    r"(?<![\w-])(?:я|мы|мне|нам|нас|меня|мной|нами|уверен[а]?|убежден[а]?|убеждён[а]?|рад[а]?|благодарен|"
    r"благодарна|спасибо)(?![\w-])",
    re.I,
)
_RU_OUR_RE = re.compile(r"(?<![\w-])(?:наш|мо[йяеи])\w*(?![\w-])", re.I)


def _post_author(art: _RuArticle) -> _Person | None:
    """The official who writes a post in the first person and signs it with his title and name on the last line
    (a governor's or a minister's channel); his subject-less past verbs tell it is his own account."""
    paras = [(a, b) for a, b in art.paras[1:] if not _RU_HASHTAGS_RE.fullmatch(art.text[a:b])]
    if len(paras) < 3:
        return None
    a, b = paras[-1]
    line = art.text[a:b].strip()
    if len(line.split()) > 10 or line[-1:] in '.!?…:»"' or _RU_SIGN_OFF_RE.match(line):
        return None
    signed = [(lo, p) for lo, _, p in art.mentions if a <= lo < b]
    if not signed or any(p is not signed[0][1] for _, p in signed):
        return None
    lo, person = signed[0]
    if not person.role or not _parse_title(art.text, a, lo) or re.search(r"[,;]", line):
        return None
    opened = 0
    for s_lo, _, p in art.sentences:
        if not 0 < p or s_lo >= a:
            continue
        m = _RU_POST_OPENER_RE.match(art.text, s_lo)
        word = m.group(1).lower() if m else ""
        if word and _past_verb(word):
            opened += 1
    return person if opened >= 2 else None


def _own_post_words(art: _RuArticle, author: _Person, add) -> None:
    """The writer's own opinions in his post, each run of them in a paragraph one direct quote: sentences where he
    speaks in the first person in the present or future ("Иран для нас – сосед", "Обязательно поедем", "Уверен,
    что ..."); his account of what he did ("Провёл встречу", "подарил альбом о нашем Кремле") is narrative."""
    text = art.text
    sign_lo = art.paras[-1][0]
    runs: list[list[int]] = []
    for a, b, p in art.sentences:
        if a >= sign_lo:
            break
        if p == 0:
            continue
        opener = _RU_POST_OPENER_RE.match(text, a, b)
        verb = opener and _RU_SPEECH_RE.fullmatch(opener.group(1)) and _past_verb(opener.group(1).lower())
        said = re.match(r"[^,:.;]{0,80}?(?:,\s+(?:что\s+|(?=как\s))|:\s+)", text[opener.end() : b]) if verb else None
        if said:  # "Рассказал послу, как идёт работа в порту": what he told, in his own report
            hi = b
            while hi > a and text[hi - 1] in " .!…":
                hi -= 1
            add(opener.end() + said.end(), hi, author, REPORTED, False)
            continue
        words = re.findall(r"[а-яё]+", text[a:b].lower())
        told = any(_past_verb(w) or _plural_past(w) for w in words)
        if told and not re.match(r"(?:[Уу]верен|[Уу]бежд[её]н|[Сс]пасибо)", text[a:b]):
            continue
        if not (_RU_OWN_WORDS_RE.search(text, a, b) or _RU_OUR_RE.search(text, a, b) or _in_person(text[a:b])):
            continue
        hi = b
        while hi > a and text[hi - 1].isspace():
            hi -= 1
        if runs and runs[-1][2] == p and not text[runs[-1][1] : a].strip():
            runs[-1][1] = hi
        else:
            runs.append([a, hi, p])
    for a, hi, _ in runs:
        add(a, hi, author, DIRECT, False)


def _plural_past(word: str) -> bool:
    """Whether a word reads first as a plural past verb ("обсудили", "договорились")."""
    parses = _parses(word)
    return bool(parses) and parses[0].tag.POS == "VERB" and "past" in parses[0].tag and "plur" in parses[0].tag


# agency copy typed on a plain keyboard sets the dashes as spaced hyphens: «A, - сказал X. - B»
_RU_INNER_ATTRIBUTION_RE = re.compile(r"[,!?…]?\s+[—–-]\s+(?P<attr>[^—–«»„“\"]{3,100}?)[.,]\s+[—–-]\s+(?=\S)")


_RU_POST_LABEL_RE = re.compile(
    r"(?:Публикация|Пост|Запись|Сообщение)\s+(?:от\s+|в\s+(?:Instagram|Telegram|Facebook|X)\s+)?[^\n:«»]{3,80}?"
    r"(?:\s*\(@[\w.]+\))?\s*"
)


def _colon_intro(art: _RuArticle, p: int, last: _Person | None) -> _Person | None:
    """Who speaks the paragraph after one that ends with a verb of speech and a colon ("Пашинян сказал:")."""
    if p == 0:
        return None
    text = art.text
    pa, pb = art.paras[p - 1]
    if not text[pa:pb].rstrip().endswith(":"):
        return None
    colon = text.rindex(":", pa, pb)
    s_lo = max(art.sentence_at(colon)[0], pa)
    post = _RU_POST_LABEL_RE.fullmatch(text, pa, colon)
    if post:
        # "Публикация от Ерболат Касенов (@kassenov.yerbolat):": a social post quoted below, its writer named
        named = {id(x): x for at, _, x in art.mentions if pa <= at < colon and not x.outsider}
        return next(iter(named.values())) if len(named) == 1 else None
    if not _RU_SPEECH_RE.search(text, s_lo, colon):
        return None
    person, kind = _head(art, s_lo, colon + 1, last)
    return person if person is not None and kind == DIRECT and not person.outsider else None


def _introduced_pieces(art: _RuArticle, p: int) -> list[tuple[int, int, int]]:
    """The words that open a paragraph with a dash or a mark: a dashed paragraph alone, or marked words up to
    their closing mark, across paragraphs when the mark closes later: (start, end, paragraph) per paragraph."""
    text = art.text
    a, b = art.paras[p]
    if text[a] in "—–-":
        if re.search(r"[,!?…]\s+[—–]\s+[а-яё]", text[a + 2 : b]):
            return []  # "— A, — добавил он": the dialogue's own attribution
        return [(a + 2, b, p)] if a + 1 < b and text[a + 1] == " " else []
    closer = {"«": "»", "„": "“", '"': '"'}[text[a]]
    out = []
    lo = a + 1
    for q in range(p, min(p + 8, len(art.paras))):
        qa, qb = art.paras[q]
        if q > p:
            lo = qa + (1 if text[qa] == text[a] else 0)  # each paragraph of a long quote may open anew
        close = text.find(closer, lo, qb) if text[a] != "«" else _closing_mark_from(text, lo - 1, lo, qb)
        if close >= 0:
            out.append((lo, close, q))
            return out
        out.append((lo, qb, q))
    return []


def _closing_mark_from(text: str, opened: int, lo: int, hi: int) -> int:
    """Where, in text[lo:hi], the « opened at ``opened`` closes (« » nest), or -1."""
    depth = 1 + text.count("«", opened + 1, lo) - text.count("»", opened + 1, lo) if opened + 1 < lo else 1
    for i in range(lo, hi):
        if text[i] == "«":
            depth += 1
        elif text[i] == "»":
            depth -= 1
            if depth == 0:
                return i
    return -1


# Imperatives that open a sentence as discourse words ("Смотрите, ...", "Представьте, ..."), not as a request.
_RU_DISCOURSE_IMPERATIVES = r"(?:смотрите|слушайте|представьте|поймите|допустим|скажем|извините|простите|давайте)$"


def _interview_question(art: _RuArticle, line: str) -> bool:
    """A journalist's line of an interview: it asks ("?") or bids ("— Расскажите о планах.")."""
    if line.endswith("?"):
        return True
    first = re.match(r"(?:[—–-]\s+)?(?:[А-ЯЁа-яё]+\s+[А-ЯЁа-яё]+(?:ич|вна|чна),\s+)?([А-ЯЁа-яё]+)", line)
    if not first or len(line.split()) > 16 or re.match(_RU_DISCOURSE_IMPERATIVES, first.group(1), re.I):
        return False  # "Смотрите, ситуация такая": an answer's opening word, not a bid
    return any("impr" in w.tag for w in _parses(first.group(1).lower())[:3])


def _interview_answers(art: _RuArticle, labels: list) -> dict[int, _Person]:
    """In an interview with one participant, the lines after a journalist's question are the participant's
    answer: dashed lines after a dashed question, then the undashed paragraphs that carry the answer on; in an
    interview without dashes, the paragraphs between two questions (at least two questions make it one)."""
    person = art.interviewee
    if person is None:
        return {}
    text = art.text
    # a question set in bold ("**Что вас впечатлило?**") asks as a plain one does
    lines = [text[a:b].strip().strip("*_").strip() for a, b in art.paras]
    questions = [p for p in range(1, len(lines)) if labels[p] is None and _interview_question(art, lines[p])]
    if not questions:
        return {}
    dashed = any(lines[p][:1] in "—–-" for p in questions)
    if not dashed and len(questions) < 2:
        return {}
    out: dict[int, _Person] = {}
    state = ""
    for p in range(questions[0], len(lines)):
        line = lines[p]
        if labels[p] is not None:
            state = "label"
        elif p in questions and (dashed or line[:1] not in "—–-"):
            state = "question"
        elif line[:1] in "—–-" and line[1:2] == " ":
            state = "answer" if dashed and state in ("question", "answer") else ""
        elif (
            state in ("question", "answer")
            and (state == "answer" or not dashed)
            and line[-1:] in '.!…»")'
            and len(line.split()) >= 4
            and not _RU_SIGN_OFF_RE.match(line)
            and not any(art.paras[p][0] <= at < art.paras[p][1] for at in person.positions)
        ):
            state = "answer"  # an answer's next paragraph, or an undashed interview's answer
        else:
            state = ""
        if state == "answer":
            out[p] = person
    if not dashed and out:
        # an explainer's question subheadings ("Что подписали?") are followed by the story, not by anyone's answer:
        # an interview's questions address someone ("вы", "Расскажите") or its answers speak in the first person
        addressed = any(
            re.search(r"(?<![\w-])(?:вы|вас|вам|вами|ваш\w*)(?![\w-])", lines[q], re.I) or not lines[q].endswith("?")
            for q in questions
        )
        in_person = [
            p
            for p in out
            if re.search(r"(?<![\w-])(?:я|мы|мне|нам|нас|наш\w*|мой|моя|мои)(?![\w-])", lines[p], re.I)
            or any("1per" in w.tag for x in re.findall(r"[а-яё]+", lines[p].lower()) for w in _parses(x)[:1])
        ]
        if not addressed and 2 * len(in_person) < len(out):
            return {}
    return out


def _inner_speech(art: _RuArticle, lo: int, hi: int, speaker: _Person, found: list[_Found]) -> None:
    """Marks inside a speaker's words that quote another participant ("Президент Алиев сказал мне: "Газ будет"")
    are that participant's quote as well; the outer quote keeps them."""
    text = art.text
    for io, ic in _outer_quotes(text, lo, hi):
        s_lo = max(lo, art.sentence_at(io)[0])
        head = text[s_lo:io]
        if not re.search(r"[:,]\s*$", head):
            continue
        verbs = list(_RU_SPEECH_RE.finditer(text, s_lo, io))
        if not verbs:
            continue
        sub_lo, sub_hi = _subject_before(text, s_lo, verbs[-1].start())
        person = art.resolve(sub_lo, sub_hi, verbs[-1].start(), None) if sub_hi > sub_lo else None
        if person is None or person is speaker or person.outsider:
            continue
        found.append(_Found(io + 1, ic, person, DIRECT, True, 100_000 + len(found)))  # a group of its own


@dataclass(frozen=True)
class _Label:
    """A transcript's speaker label at the start of a paragraph: "В.Путин:", "С.Кеовилай (как переведено):",
    "Игорь Петрашевич, Премьер-министр Республики Беларусь:", "ВЕДУЩИЙ:"; ``person`` is None for a label that
    names no participant (a presenter, a correspondent, a question)."""

    end: int
    person: _Person | None
    heading: bool = False  # "Заявление Президента Марко Бьянки": the lines after it are the speech, in person


# A heading over a statement given in full: "Заявление Президента Эльдара Гасанова", "Выступление министра ...".
# "Вступительное слово Министра ... Д.А.Ковригина в ходе переговоров с ...": an opening or closing word names its
# speaker first, then the occasion, which may name the other side. An agency may present it itself: "Trend
# представляет заявление Президента ...:", "Приводим полный текст выступления ...:".
_RU_STATEMENT_HEADING_RE = re.compile(
    r"(?:(?:[\w«»\"-]{2,30}\s+)?(?:[Пп]редставля(?:ет|ют)|[Пп]риводи[тм]|[Пп]убликуе[тм])\s+)?"
    r"(?:Из\s+|(?:[Пп]олный\s+)?[Тт]екст\s+)?(?:(?:[Вв]ступительн|[Зз]аключительн|[Пп]риветственн)\w+\s+)?"
    r"(?:[Зз]аявлени[ея]|[Вв]ыступлени[ея]|[Рр]ечь|[Сс]лово|[Оо]бращени[ея])"
    # "Выступление и ответы на вопросы СМИ Министра ...": a speech, then the answers, under one heading
    r"(?:\s+и\s+ответы\s+на\s+вопросы(?:\s+(?:СМИ|журналистов|прессы))?)?"
    r"(?:\s+для\s+(?:прессы|СМИ|печати|журналистов))?\s+(?P<who>(?:[^\n.!?:;«»]|\.(?=\S)){3,240}?)\s*:?$"
)
_RU_IN_PERSON_RE = re.compile(
    r"(?<![\w-])(?:я|мы|меня|мне|мной|нас|нам|нами|наш\w*|мо[йяеёи]\w*|вы|вас|вам|вами|ваш\w*)(?![\w-])", re.I
)


def _in_person(text: str) -> bool:
    """Whether words speak in the first or second person: a pronoun, or a verb such as "приглашаю", "благодарю"."""
    if _RU_IN_PERSON_RE.search(text):
        return True
    for w in re.findall(r"(?<![\w-])[а-яё]+(?:ю|у|ем|им|ешь|ишь|ете|ите)(?![\w-])", text.lower()):
        if any(p.tag.POS == "VERB" and p.tag.person in ("1per", "2per") and p.score > 0.3 for p in _parses(w)):
            return True
    return False


def _statement_heading(art: _RuArticle, a: int, b: int) -> _Label | None:
    """A heading over the full text of one participant's statement; the speech follows in its own paragraphs."""
    text = art.text
    m = _RU_STATEMENT_HEADING_RE.fullmatch(text[a:b].strip())
    if not m or len(m.group(0).split()) > 40:
        return None
    lo = a + (len(text[a:b]) - len(text[a:b].lstrip())) + m.start("who")
    named = [(at, p) for at, _, p in art.mentions if lo <= at < b and not p.outsider]
    if not named:
        return None
    at, person = named[0]
    if len(m.group(0).split()) > 14 or any(p is not person for _, p in named):
        # a long heading or one that names two people: the speaker is the one its noun governs, a title away
        core = _RU_CORE_RE.match(text, lo, at)
        gap = re.sub(r"(?:[А-ЯЁ]\.\s?)+$", "", text[core.end() if core else lo : at].rstrip())
        if core is None or not _only_title_words(gap):
            return None
    return _Label(b, person, heading=True)


_RU_LABEL_CUT_RE = re.compile(r",|\s[—–]\s")
_LABEL_HEAD_RE = re.compile(
    r"(?P<who>[А-ЯЁA-Z][^:\n«»\"„“!?;]{0,140}?)\s*(?:\((?P<note>[^()\n]{1,60})\))?\s*:(?=\s|$)"
)
# A label's first name word: an initial and a surname ("В.Путин", "К. Токаев") or a capitalised word.
_LABEL_NAME_RE = re.compile(r"(?:[А-ЯЁ]\.\s?)+[А-ЯЁ][А-ЯЁа-яё-]+|(?:[а-яё]{2,3}-)?[А-ЯЁ][А-ЯЁа-яё-]+")


def _speaker_label(art: _RuArticle, a: int, b: int) -> _Label | None:
    """The label a paragraph opens with, if it is a transcript's: a name (with a title, a note in brackets, in any
    letters) or an all-capitals role, then a colon, and no verb of a sentence before the colon."""
    text = art.text
    outlet = re.match(r"[«\"„][^«»\"„“\n]{1,40}[»\"“]\s*:\s", text[a:b])
    if outlet:
        return _Label(a + outlet.end(), None)  # "«Вестник»: Что дал визит?": the outlet's question
    lead = re.match(r"[^\w«„\"—–(\[-]+", text[a:b])  # "❗️Токаев: ...", "▪️ Алиев: ...": a post's emoji
    if lead:
        a += lead.end()
    m = _LABEL_HEAD_RE.match(text, a, b)
    if not m:
        return _statement_heading(art, a, b)
    who = m.group("who").strip()
    words = re.findall(r"[\w.-]+", who)
    if not words or len(words) > 14:
        return None
    rest = text[m.end() : b].lstrip()
    if rest[:1] and rest[0] in '«„"':
        return None  # "Ромберг: «...»": the marks carry the words and say whose they are
    if any(w[:1].islower() and _is_verb(w) for w in words):
        # "Президент заявил:" introduces words; it is not a label, but an agency's "... представляет заявление
        # Президента ...:" heads the statement below it
        return _statement_heading(art, a, b)
    if words[0].lower() in _RU_ANSWER_LABELS and len(words) == 1 and art.interviewee is not None:
        return _Label(m.end(), art.interviewee)  # "Ответ: ..." in an interview with one participant
    if words[0].lower() in _RU_NOT_SPEAKER_LABELS:
        return _Label(m.end(), None)
    capitals = all(not c.isalpha() or c.isupper() for c in who)
    head = _RU_LABEL_CUT_RE.split(who, maxsplit=1)[0]  # "Ван Цзяньго — Сантане в начале переговоров": to whom
    person = None
    for nm in _LABEL_NAME_RE.finditer(head):
        word = nm.group(0).split(".")[-1].strip()
        word = word if not word.isupper() else "-".join(part.capitalize() for part in word.split("-"))
        cand = art.persons.get(_stem(word))
        if cand is not None and cand.evidence:
            person = cand
    if person is None and not capitals:
        # "Президент Казахстана:" names a participant by title; anything else before a colon is narrative
        title = _parse_title(text, m.start("who"), m.start("who") + len(head))
        if title is None or len(head.split()) > 5 or rest:
            return None
        person = art.resolve(m.start("who"), m.start("who") + len(head), a, None)
        if person is None:
            return None
    if person is None and capitals and words[0].lower() not in _RU_SPEECH_HEADERS:
        # "ПРЕЗИДЕНТ КАЗАХСТАНА:": a title in capitals names the one person who holds it
        cased = " ".join(w.capitalize() for w in head.split())
        title = _parse_title(cased, 0, len(cased))
        if title is not None and title.country:
            holders = [p for p in art.unique() if p.role == title.role and p.country == title.country]
            if len(holders) == 1:
                person = holders[0]
    if person is None and words[0].lower() in _RU_SPEECH_HEADERS and rest and rest[-1] not in ".!?…":
        # "СИНХРОН: Неманя Петрович, Президент Республики Сербия" and the words on the lines below
        named = {id(p): p for at, _, p in art.mentions if m.end() <= at < b and not p.outsider}
        if len(named) == 1:
            return _Label(b, next(iter(named.values())))
    if person is None and (len(words) > 3 or words[0].lower() in _RU_SPEECH_HEADERS):
        return None if len(words) > 3 else _Label(m.end(), None)
    if person is not None and person.outsider:
        return _Label(m.end(), None)
    if person is not None and rest and rest[-1] not in '.!?…»"”)' and len(rest.split()) <= 20:
        return None  # "Алиев: Азербайджан готов увеличить поставки газа": a headline's paraphrase, not a turn
    return _Label(m.end(), person)


# Headers of a broadcast script that introduce the words of the person they name ("СИНХРОН: Токаев").
_RU_SPEECH_HEADERS = {"синхрон", "синхроны", "интершум", "лайф"}
# The words that open a salutation: "Уважаемый господин Президент!", "Дорогие друзья!", "Добрый день!".
_RU_GREETING_WORDS = r"уважаем|дорог|дамы|господ|друзья|коллеги|добрый|здравствуй"
_RU_COURTESY_SENTENCE_RE = re.compile(
    rf"^(?:(?:{_RU_GREETING_WORDS})[^.]*!$|"
    # "поблагодарил": the story's past, not the speaker's thanks
    r"(?:[\w-]+,?\s+){0,5}?(?:благодар\w*|спасибо|добро\s+пожаловать|признательност\w*|поблагодар(?!ил)\w*|рад\w*\s+приветствова\w*|"
    r"приглаша\w+\s.{0,80}посетить)(?![\w-]))",
    re.I,
)


# A speech's salutation standing alone on its dashed line: "– Уважаемый господин Президент, дорогой брат."
_RU_SALUTATION_LINE_RE = re.compile(rf"[—–-]\s+(?:{_RU_GREETING_WORDS})[^.!?\n]{{0,80}}[.!,]", re.I)
_RU_ADDRESS_LINE_RE = re.compile(rf"(?:{_RU_GREETING_WORDS})[^.!?]{{0,80}},$", re.I)


def _courtesy(sentence: str) -> bool:
    """A greeting, thanks or an invitation: the protocol of a statement, not what it says."""
    return bool(_RU_COURTESY_SENTENCE_RE.match(sentence.strip()))


_RU_SIDEBAR_HEADING_RE = re.compile(r"[А-ЯЁ][^.!?…«»,]{0,30}\s«[^«».!?…,]{1,30}»")


def _transcript_turn(art: _RuArticle, p: int, label: _Label, labels: list) -> list[int]:
    """The paragraphs of one speaker's turn: the label's own and those after it, up to the next label, a
    separator, a heading, a list or a line that tells of the speaker in the third person. Lines that open with a
    dash continue a turn whose words open with one; a line without it is the script's narration again."""
    text = art.text
    a, b = art.paras[p]
    turn = [p]
    inline = text[label.end : b].strip()
    dashed = inline[:1] in "—–-" if inline else None
    first = inline or (text[slice(*art.paras[p + 1])].strip() if p + 1 < len(art.paras) else "")
    marked = first[:1] in '«„“"' and not label.heading  # "Бекмухамбетов:" and the words in marks below it
    second = text[slice(*art.paras[p + 2])].strip() if not inline and p + 2 < len(art.paras) else ""
    # "Имя Фамилия:" on its own line, a dash before the first paragraph only, none before the next, all set apart
    # alike: a statement for the press printed in full, whose paragraphs go on as under a heading. A dashed line
    # set close under its label and a blank line after it is a remark, and the story goes on after it.
    statement = (
        bool(second)
        and first[:1] in "—–-"
        and second[:1] not in "—–-"
        and labels[p + 2] is None
        and text[b : art.paras[p + 1][0]].count("\n") == text[art.paras[p + 1][1] : art.paras[p + 2][0]].count("\n")
    )
    q = p + 1
    while q < len(art.paras):
        qa, qb = art.paras[q]
        line = text[qa:qb].strip()
        if labels[q] is not None or not re.search(r"[А-ЯЁа-яёA-Za-z]", line):
            break
        if label.heading and line.endswith(",") and _RU_ADDRESS_LINE_RE.match(line.lstrip('«„“"')):
            q += 1
            continue  # "Уважаемая госпожа Министр,": the address a written speech opens with, as a letter's
        if marked and len(turn) >= (1 if inline else 2) and line[:1] not in '«„“"':
            # marks opened on the first line may close paragraphs later: the depth over the whole turn
            said = text[label.end : b] + "".join(text[slice(*art.paras[i])] for i in turn[1:])
            if said.count("«") <= said.count("»"):
                break  # the marks closed: the line after them is the story's again
        if re.match(r"(?:[А-ЯЁ][\w.-]*\s?){1,4}(?:\([^()]{1,40}\))?\s*:\s", line):
            break  # "То Лам: ...": the next speaker's label, though the reader does not know the name
        if label.heading or (statement and q > p + 1):
            plain = not _RU_CORE_RE.search(line) and not any(
                _past_verb(w) or (_is_verb(w) and "past" in _parses(w)[0].tag)
                for w in re.findall(r"(?<![\w-])[а-яё]+(?:л|ла|ло|ли|лся|лась|лись)(?![\w-])", line)
            )  # "Казахстан придает большое значение ...": the statement's words, not the story's past
            told = not _in_person(line) and not _courtesy(line.lstrip("—–- ")) and not plain
            if (
                told
                and len(turn) >= 2
                and not _RU_CORE_RE.search(line)
                and not any(qa <= at < qb for at in art.mention_starts)
                and _in_person(text[slice(*art.paras[turn[-1]])])
            ):
                # "Сегодняшние переговоры прошли в дружественной обстановке." after a line in person: the speech
                # goes on in the past tense, naming no one as the story would
                told = False
            if told or re.match(r"(?:Напомним|Отметим|Добавим|Как\s+(?:мы\s+)?(?:сообщал|писал)\w*|Ранее)\b", line):
                break  # a statement's lines speak in person; "В тот же день Президент посетил ..." tells of it
        elif dashed is None:
            dashed = line[:1] in "—–-"
        elif dashed and line[:1] not in "—–-":
            break
        elif not dashed and line[:1] in "—–-" and line.endswith("?"):
            break  # "— Не опасаетесь ли вы ...?": the interviewer's question after an answer
        if line.endswith("?") and q + 1 < len(art.paras) and labels[q + 1] is not None:
            if labels[q + 1].person is label.person and label.person is not None:
                break  # a question between two turns of one speaker is the interviewer's, whose lines carry no label
        if line[-1] not in '.!?…»"”' or line.endswith(":") or re.match(r"(?:\d{1,2}[.)]|[•*])\s", line):
            break
        if _RU_SIDEBAR_HEADING_RE.fullmatch(line):
            break  # "Справка «Вестника»": a sidebar's heading, the outlet's name in marks, after the interview
        if not label.heading and _narration(art, qa, qb, label.person):
            break
        turn.append(q)
        q += 1
    return turn


def _marked_statement(art: _RuArticle, turn: list[int]) -> tuple[int, int] | None:
    """The words of a statement under its heading when marks open its first line and close its last, paragraphs
    later: the content inside the marks."""
    text = art.text
    if len(turn) < 3:
        return None
    lo, _ = art.paras[turn[0] + 1]  # the address lines that open it are skipped by the turn, not by the marks
    _, hi = art.paras[turn[-1]]
    while lo < hi and text[lo].isspace():
        lo += 1
    close = text.rfind("»", lo, hi)
    if text[lo] != "«" or close < 0 or text[close + 1 : hi].strip(" .") or "«" in text[lo + 1 : close]:
        return None
    return lo + 1, close


def _narration(art: _RuArticle, lo: int, hi: int, speaker: _Person) -> bool:
    """Whether a paragraph tells of the visit rather than speaks in it: it names the speaker, names a participant
    in full, or has a speech verb whose subject is a participant ("министр Каталина Ирарасабаль уточнила")."""
    text = art.text
    people = {id(p): p for at, _, p in art.mentions if lo <= at < hi}
    if any(p is speaker for p in people.values()):
        return True
    for person in people.values():
        if any(len(run) > 1 and " ".join(run) in text[lo:hi] for run in person.runs):
            return True
    if re.match(r"\s*(?:Напомним|Отметим|Добавим|Уточним|Как\s+(?:мы\s+)?(?:сообщал|писал)\w*|Ранее)\b", text[lo:hi]):
        return True  # the writer's "we": "Напомним, что ...", "Как мы сообщали, ..."
    if _in_person(text[lo:hi]):
        return False  # "Я благодарен господину Варге за то, что Будапешт не просто говорит": the speaker's own words
    for verb in _RU_SPEECH_RE.finditer(text, lo, hi):
        s_lo, _, _ = art.sentence_at(verb.start())
        if any(s_lo <= at < verb.start() for at in (a for a, _, _ in art.mentions)):
            return True
    return False


def _turn_pieces(art: _RuArticle, q: int, label: _Label | None) -> list[tuple[int, int]]:
    """A turn's paragraph as a quote, after the label and a leading dash. Greetings and thanks are kept: a line of
    a transcript is the speaker's words whatever it says ("Уважаемый господин Президент!", "Спасибо.")."""
    text = art.text
    lo, hi = art.paras[q]
    if label is not None:
        lo = label.end
    m = re.match(r"\s*(?:[—–-]\s+)?", text[lo:hi])
    lo += m.end()
    sentences = [x for x in re.finditer(r"[^.!?…]+(?:[.!?…]+[»\"”]?|$)", text[lo:hi]) if x.group(0).strip()]
    if not sentences:
        return []
    lo += sentences[0].start() + len(sentences[0].group(0)) - len(sentences[0].group(0).lstrip())
    end = text[lo:hi].rstrip().rstrip(".")
    if text[lo : lo + 1] == "«" and _closing_mark_from(text, lo, lo + 1, hi) == lo + len(end) - 1:
        return [(lo + 1, lo + len(end) - 1)]  # the words without the marks that hold the whole line
    return [(lo, hi)]


# "«...», — сказал министр.", "«...»,— говорит собеседник “Ъ” в банке": the attribution after the marks; an outlet's
# short name in curly marks may stand in it, and so may a company's or an outlet's name in angle marks ("— сказал
# вице-президент «Стальпрома» X", "— заявил «Известиям» X"): a capitalised name of a few words, never words of speech
_RU_TAIL_ATTRIBUTION_RE = re.compile(
    r"\s*[,!?…]?\s*[—–-]\s*(?P<attr>(?:[^«»„“\"—–]|“[^”«»„“\n]{1,15}”|«[A-ZА-ЯЁ][^«».!?,\n]{0,40}»)*?)"
    r"(?:[.!?…]|,?\s+[—–-]\s|$)"
)
_RU_TAIL_NAMELESS_RE = re.compile(
    r"\s*[,!?…]?\s*[—–-]\s*(?P<attr>(?:[^«»„“\"—–]|“[^”«»„“\n]{1,15}”)*?)(?:[.!?…]|,?\s+[—–-]\s|$)"
)
_RU_HEADLINE_COLON_RE = re.compile(r"[!?…]?:\s+(?=[А-ЯЁ])")
_RU_FIRST_NAMES_RE = re.compile(r"(?:[А-ЯЁ][\w-]*\s+){0,2}")
_RU_NAME_IN_MARKS_RE = re.compile(r"«[A-ZА-ЯЁ][^«».!?,\n]{0,40}»")


def _marked_speaker(art, spans, k, p, a, b, last, last_para_speaker, found) -> tuple[_Person | None, str]:
    """Who said the words between the k-th marks of a paragraph, and of which kind."""
    text = art.text
    o, c = spans[k]
    s_lo = max(art.sentence_at(o)[0], o - 300)
    named_before = (
        k
        and spans[k - 1][1] >= s_lo
        and not text[spans[k - 1][1] + 1 : o].strip()
        and not (found and found[-1].hi >= spans[k - 1][0])
    )  # "назвав университет «Манас» «символом братства»": a name in marks, then the words; read the sentence whole
    s_lo = max(s_lo, spans[k - 1][1] + 1) if k and spans[k - 1][1] >= s_lo and not named_before else s_lo
    before = text[s_lo:o]
    if _RU_PROVERB_RE.search(before):
        return None, DIRECT  # a proverb, a song, a slogan
    after_lo = c + 1
    j = k + 1
    # a name in marks within the attribution does not end it, unless the marks before are a name too
    # ("директора «Сибэнерго» — директор филиала «Ангара» X рассказал": one title, no words)
    own_name = _RU_NAME_IN_MARKS_RE.fullmatch(text, o, c + 1)
    while not own_name and j < len(spans) and _RU_NAME_IN_MARKS_RE.fullmatch(text, spans[j][0], spans[j][1] + 1):
        j += 1
    nxt = spans[j][0] if j < len(spans) else b
    tail = (_RU_TAIL_NAMELESS_RE if own_name else _RU_TAIL_ATTRIBUTION_RE).match(text[after_lo:nxt])
    person, kind = None, DIRECT
    if tail and tail.group("attr").strip():
        person = _attribution(art, after_lo + tail.start("attr"), after_lo + tail.end("attr"), last)
        if person is not None and re.search(r"(?<![\w-])(?:он|она)(?![\w-])", tail.group("attr"), re.I):
            person = _outsider_before(art, a, o, person)
        so = re.match(r"(?:с\s+)?(?:такими|этими|теми)\s+словами\s+", tail.group("attr"), re.I)
        if person is None and so:  # "«...», — этими словами X открыл переговоры": whoever did so spoke them
            s_at = after_lo + tail.start("attr") + so.end()
            words = list(re.finditer(r"[\w.-]+", text[s_at : after_lo + tail.end("attr")]))
            verb = next((w for w in words if w.group(0).islower() and _past_verb(w.group(0))), None)
            if verb is not None and verb.start():
                person = art.resolve(s_at, s_at + verb.start(), s_at, last)
    if person is None and re.fullmatch(r"\s*[,!?…]?\s*[—–-]\s*", text[after_lo:b]) and p + 1 < len(art.paras):
        # «...», –\nАрман Тулеубаев, министр иностранных дел: the attribution broken onto a caption line
        n_lo, n_hi = art.paras[p + 1]
        caption = re.fullmatch(r"(?P<s>(?:[А-ЯЁ][\w.-]*\s*){1,4}),\s*[^.!?…]{3,100}", text[n_lo:n_hi])
        if caption:
            person = art.resolve(n_lo, n_lo + caption.end("s"), n_lo, last)
            person = person if person is not None and not person.outsider else None
        elif len(text[n_lo:n_hi].split()) <= 12 and not re.search(r"[.!?…]\s*$", text[n_lo:n_hi]):
            person = _attribution(art, n_lo, n_hi, last)
    named_after = _RU_HEADLINE_COLON_RE.match(text, after_lo, nxt) if person is None and o == a else None
    if named_after:
        # "«Мы помним, кто был рядом»: Иван Петров подарил ...": a headline's words, the speaker named after the colon
        i = bisect.bisect_left(art.mention_starts, named_after.end())
        first_names = _RU_FIRST_NAMES_RE.match(text, named_after.end())  # the surname after one or two first names
        if (
            i < len(art.mentions)
            and art.mentions[i][0] <= first_names.end()
            and text[art.mentions[i][0] - 1 : art.mentions[i][0]] in " :"
            and not art.mentions[i][2].outsider
        ):
            person = art.mentions[i][2]
    if person is None:
        signed = re.match(r"\s*\((?P<s>[А-ЯЁ][^()\n]{2,60})\)", text[after_lo:nxt])
        if signed:  # "«Казахстан и Вьетнам — друзья» (Арман Сеитов)": the name in brackets signs the words
            person = art.resolve(after_lo + signed.start("s"), after_lo + signed.end("s"), o, last)
            person = person if person is not None and not person.outsider else None
    if person is None and before.strip():
        named = re.search(r"(?:^|[.—–-]\s+)(?P<s>(?:[А-ЯЁ][\w.-]*\s?){1,3}):\s*$", before)
        if named:  # a live blog's "17:40 — Ромберг: «...»"
            person = art.resolve(s_lo + named.start("s"), s_lo + named.end("s"), o, last)
        else:
            person, kind = _head(art, s_lo, o, last)
    if person is None and not before.strip() and not tail and k == 0:
        prev = last_para_speaker.get(p - 1)
        if prev is None and o == a and c + 1 >= b - 2 and p > 0:
            # "Токаев подчеркнул важность транзита.\n\n«Мы ...»": the last to speak in the paragraph before
            pa, pb = art.paras[p - 1]
            spoke = [person for at, person in art.refs if pa <= at < pb and not person.outsider]
            prev = spoke[-1] if spoke else None
        if o > a:  # "Бакаре встречается со студентами. «Возвращайтесь домой...»": the subject just before
            prev_lo = art.sentence_at(o - 1)[0]
            subject = re.match(r"(?:\d{1,2}[:.]\d{2}\s*[—–-]\s*)?(?P<s>(?:[А-ЯЁ][\w.-]*\s?){1,3})", text[prev_lo:o])
            if subject:
                person = art.resolve(prev_lo + subject.start("s"), prev_lo + subject.end("s"), o, last)
        if person is None and prev is not None and c + 1 >= b - 2:
            # the words that end a paragraph right after the same speaker's quote, when no one else is the
            # subject of the sentence before them ("Президент Мутуа поблагодарил ... «...»" after another's quote)
            person = prev
    if person is None and before.rstrip().endswith(":"):
        person = _colon_speaker(art, s_lo, o)
    if person is None and k and not before.strip(" ,.—–-"):
        p_o = spans[k - 1][0]  # «Начало — половина дела». «Если так, ...»: on after words the sentence introduced
        p_lo = max(art.sentence_at(p_o)[0], p_o - 300)
        if art.text[p_lo:p_o].rstrip().endswith(":"):
            person = _colon_speaker(art, p_lo, p_o)
    if person is None and k and found and found[-1].hi >= spans[k - 1][0] and not before.strip(" ,.—–-"):
        person = found[-1].person
    if (
        person is None
        and k
        and found
        and found[-1].hi >= spans[k - 1][0]
        and re.fullmatch(r"[\s,]*(?:и|а\s+также|а|но)\s+что\s*", before)
    ):
        person, kind = found[-1].person, found[-1].kind  # 'ответил, что "A" и что "B"': a second clause of his
    if person is None and k and found and found[-1].kind == PARTIAL and found[-1].hi >= spans[k - 1][0]:
        # "говорил о «стратегическом характере» отношений и пригласил бизнес «к участию ...»": a second predicate
        # of the same subject in the same sentence, no one else named between, takes the second marks too
        joined = re.search(r"(?:,|\s+и|\s+а\s+также)\s+(?:[а-яё]+\s+)??(?P<v>[а-яё]+)\s", before)
        closer = {"«": "»", "„": "“", '"': '"', "“": "”"}.get(text[o], "»")
        words_in = text[o + 1 : o + 300].split(closer)[0].split()
        if (
            joined
            and _past_verb(joined.group("v"))
            and not re.search(r"[.!?…]|[А-ЯЁ]|\s[—–]\s", before)
            and len(words_in) >= 2
            and not words_in[0][:1].isupper()
        ):
            person, kind = found[-1].person, PARTIAL
    return person, kind


def _outsider_before(art: _RuArticle, a: int, o: int, person: _Person) -> _Person:
    """ "Эксперт X назвал поездку «...». «...», — сказал он.": the outsider who is the subject of the sentence just
    before the marks speaks on, however many sentences the marks hold, not the participant the pronoun found."""
    if o <= a:
        return person
    prev_lo = art.sentence_at(o - 1)[0]
    first = next(((at, p) for at, _, p in art.mentions if max(a, prev_lo) <= at < o), None)
    if first is None or not first[1].outsider or first[1] is person:
        return person
    # "Депутат Нина Лупу заявила, что ...": the verb tells the gender where the name's reading may not
    verb = _RU_SPEECH_RE.search(art.text, first[0], o)
    spoke = verb.group(0).endswith("ла") if verb and re.search(r"л[а]?$", verb.group(0)) else first[1].feminine
    if spoke == person.feminine:
        return first[1]
    return person


def _colon_speaker(art: _RuArticle, s_lo: int, o: int) -> _Person | None:
    """Who speaks the marks after a colon without a speech verb: the person the sentence is about ("Холлоуэй
    извиняется перед гостем: «...»"), or for a bare heading ("Главный тезис: «...»") the previous sentence's."""
    named = [p for a, _, p in art.mentions if s_lo <= a < o and not p.outsider]
    if named:
        return named[0] if len({id(p) for p in named}) == 1 else None
    if len(art.text[s_lo:o].split()) > 6:
        return None
    closes = re.match(r"[^»“\"]*[»“\"]\s*[.!?…]?\s*$", art.text[o + 1 : art.paras[art.sentence_at(s_lo)[2]][1]])
    titled = closes and re.match(
        r"\s*(?P<t>(?i:" + _RU_CORE_RE.pattern + r")[^:«»\"]*?)(?:\s+(?:в|во|на)\s+[А-ЯЁ][^:«»\"]*)?\s*:\s*$",
        art.text[s_lo:o],
    )
    if titled:  # "Глава МИД Польши в Кишиневе: «...»": a heading's speaker by title, the place of the visit after it
        person = art.resolve(s_lo + titled.start("t"), s_lo + titled.end("t"), s_lo, None)
        # "Вице-премьер рассмеялся: «...»": a titled subject the story never names is no one it names before
        return person if person is not None and not person.outsider else None
    prev_lo, _, para = art.sentence_at(s_lo - 1) if s_lo > art.body_start else (s_lo, s_lo, -1)
    if para != art.sentence_at(s_lo)[2]:
        return None
    named = [p for a, _, p in art.mentions if prev_lo <= a < s_lo and not p.outsider]
    return named[0] if named and len({id(p) for p in named}) == 1 else None


_RU_CITES_WHOM_RE = re.compile(
    r"\s*цитиру(?:ет|ют)\s+(?P<s>(?:[а-яё-]+\s+){0,3}?(?:министра|президента|премьера|главу|губернатора|посла|"
    r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)|его|ее|её)(?=\s|$)"
)


_RU_NAME_AND_TITLE_RE = re.compile(r"\s*(?P<s>(?:[А-ЯЁ][\w.-]*\s){0,3}[А-ЯЁ][\w.-]*),\s+(?P<t>[^,;:]{3,150})")
_RU_PHASE_SPEECH_RE = re.compile(r"\s*([а-яё]+)\s+(" + _trie(_RU_SPEECH_LEMMAS) + r")(?![\w-])")


def _attribution(art: _RuArticle, lo: int, hi: int, last: _Person | None) -> _Person | None:
    """ "сказал Президент Казахстана" or "Токаев отметил" after a dash: the person, when there is a speech verb."""
    text = art.text
    quoted = re.search(
        r"(?<![\w-])(?:цитиру\w+|привод\w+|переда[её]т)\s[^.]*?(?<![\w-])слова\s+(?P<s>[^,.;]+)", text[lo:hi]
    )
    if quoted:  # "— цитирует пресс-служба слова Мирзиёева": whose words, not who cites them
        person = art.resolve(lo + quoted.start("s"), lo + quoted.end("s"), lo, last)
        if person is not None and not person.outsider:
            return person
    cited = _RU_CITES_WHOM_RE.match(text, lo, hi)
    if cited:  # "— цитирует министра пресс-служба": the one cited, in the accusative, before the source
        person = art.resolve(cited.start("s"), cited.end("s"), lo, last)
        if person is not None and not person.outsider:
            return person
    source = re.match(
        r"\s*из\s+(?:[а-яё]+\s+)?(?:выступлени|интервью|обращени|реч|заявлени|пост|послани|бесед|комментари)\w*\s+"
        r"(?P<s>[^,.;]+?)(?:\s+(?:на|в|во|перед|для)\s|$)",
        text[lo:hi],
    )
    if source:  # "«...», — из выступления Чан Ван Лонга на бизнес-форуме": whose speech the words come from
        person = art.resolve(lo + source.start("s"), lo + source.end("s"), lo, last)
        if person is not None and not person.outsider:
            return person
    verb = _RU_SPEECH_RE.search(text, lo, hi)
    phase = _RU_PHASE_SPEECH_RE.match(text, lo, hi) if not verb else None
    if phase and _is_verb(phase.group(1)):
        # "— успевает сказать Сальников", "— поспешил заверить министр": a verb of phase or haste, then the
        # infinitive of speech, then the speaker
        verb = re.compile(re.escape(phase.group(2))).search(text, lo, hi)
        lo = phase.start(2)
    if not verb and re.fullmatch(r"\s*(?:[А-ЯЁ][\w.-]*\s*){1,4}", text[lo:hi]):
        # "«Каспий должен стать морем дружбы», — Токаев.": a post signs the words with the name alone
        person = art.resolve(lo, hi, lo, last)
        return person if person is not None and not person.outsider else None
    signed = _RU_NAME_AND_TITLE_RE.fullmatch(text, lo, hi) if not verb else None
    if signed and _RU_CORE_RE.search(text, signed.start("t"), min(hi, signed.start("t") + 60)):
        # "«...», – Мария Лыкова, Министр экономики Российской Федерации.": a session's summary signs the words with
        # the name and the office
        person = art.resolve(signed.start("s"), signed.end("s"), lo, last)
        return person if person is not None and not person.outsider else None
    if not verb:
        # "— Ну что ж, — улыбнулся Мирзиёев, — ...": after the dash of dialogue any verb of manner attributes
        first = re.match(r"\s*([а-яё]+)", text[lo:hi])
        if not first or not _past_verb(first.group(1)):
            return None
        verb = re.compile(re.escape(first.group(1))).search(text, lo, hi)
    if verb.start() - lo <= 1 or _adverbs_only(text[lo : verb.start()]):
        # "— уклончиво сказал X", "— тихо добавил X": the manner before the verb, the speaker after it
        subj_lo, subj_hi = verb.end(), hi
        # the speaker ends where the circumstances or the addressee begin: "сказал он соотечественникам"
        pronoun = re.match(r"\s*(?:он|она)(?![\w-])", text[subj_lo:subj_hi])
        cut = pronoun or re.search(
            r",|\s(?:в ходе|во время|на|по итогам|после|перед|в интервью|журналистам|в)\s|\s[а-яё]+(?:ам|ям)\s*$",
            text[subj_lo:subj_hi],
        )
        if pronoun:
            subj_hi = subj_lo + pronoun.end()
        elif cut:
            subj_hi = subj_lo + cut.start()
        if not text[subj_lo:subj_hi].strip():
            # "— заявил по итогам встречи Азиз Хамраев", "— сказал журналистам X": the circumstance first, then
            # the one person the attribution names
            named = {id(p): p for at, _, p in art.mentions if verb.end() <= at < hi}
            if len(named) == 1:
                return next(iter(named.values()))
    else:
        subj_lo, subj_hi = lo, verb.start()
    person = art.resolve(subj_lo, subj_hi, lo, last)
    if person is None or person.outsider:
        art.unresolved.append(lo)
    return person


def _parenthetical_only(words: str) -> bool:
    """Whether a short stretch is only asides ("впрочем", "однако", "кстати"): words read first as parenthetical."""
    found = words.split()
    return 0 < len(found) <= 2 and all(
        w.islower() and (pa := _parses(w)) and ("Prnt" in pa[0].tag or pa[0].tag.POS in ("ADVB", "PRCL"))
        for w in found
    )


def _adverbs_only(words: str) -> bool:
    """Whether a short stretch is one or two lower-case adverbs ("уклончиво", "чуть позже")."""
    found = words.split()
    return 0 < len(found) <= 2 and all(w.islower() and (pa := _parses(w)) and pa[0].tag.POS == "ADVB" for w in found)


def _head(art: _RuArticle, s_lo: int, o: int, last: _Person | None) -> tuple[_Person | None, str]:
    """How the words before an opening mark introduce it: "X заявил:", "По словам X,", or narrative (partial)."""
    text = art.text
    head = text[s_lo:o]
    m = re.search(r"[Пп]о (?:словам|мнению|оценке)\s+(?P<s>[^,]{2,80}),\s*$", head)
    if m:
        return art.resolve(s_lo + m.start("s"), s_lo + m.end("s"), s_lo, last), DIRECT
    m = re.match(r"\s*[Кк]ак\s+(?:" + _RU_SPEECH_RE.pattern + r")\s+(?P<s>[^,]{2,80}),[^.!?]*:\s*$", head)
    if m:  # "Как отметил египетский министр, Каир заинтересован ...: «Мы хотим ...»"
        return art.resolve(s_lo + m.start("s"), s_lo + m.end("s"), s_lo, last), DIRECT
    verbs = [v for rx in (_RU_SPEECH_RE, _RU_EVALUATIVE_RE, _RU_NAMING_RE) for v in rx.finditer(text, s_lo, o)]
    noun = _RU_SPEECH_NOUN_RE.search(head) if not verbs else None
    if noun:  # "ограничился фразой о «совпадении позиций»": the words the subject's phrase held
        lo, hi, _ = _chain_subject(text, *_subject_before(text, s_lo, s_lo + noun.start()))
        person = art.resolve(lo, hi, s_lo + noun.start(), last) if hi > lo else None
        words_in = text[o + 1 : o + 300].split({"«": "»", "„": "“"}.get(text[o], '"'))[0].split()
        return (person, PARTIAL) if person is not None and len(words_in) >= 2 else (None, DIRECT)
    if not verbs:
        return None, DIRECT
    verb = max(verbs, key=lambda v: v.start())
    if re.search(r"(?:ив|ав|ев|ув)$", verb.group(0)):
        # "..., поблагодарив «казахских братьев за вековую дружбу»": a gerund's subject is the sentence's
        named = [p for a, _, p in art.mentions if s_lo <= a < verb.start() and not p.outsider]
        closer = {"«": "»", "„": "“", '"': '"', "“": "”"}.get(text[o], "»")
        if len({id(p) for p in named}) == 1 and len(text[o + 1 : o + 300].split(closer)[0].split()) >= 2:
            return named[0], PARTIAL
        if not named and _RU_NAMING_RE.fullmatch(verb.group(0)):
            # "Президент Турции остановился на ..., назвав университет «символом братства»": the sentence's subject
            subject = re.match(r"\s*(?P<s>[^,.;:]{2,80}?)\s+[а-яё]+л[аи]?(?:сь|ся)?\s", text[s_lo : verb.start()])
            person = art.resolve(s_lo + subject.start("s"), s_lo + subject.end("s"), s_lo, last) if subject else None
            if person is not None and len(text[o + 1 : o + 300].split(closer)[0].split()) >= 2:
                return person, PARTIAL
    lo, hi = _subject_before(text, s_lo, verb.start())
    lo, hi, chained = _chain_subject(text, lo, hi)
    if chained:  # "высоко оценил ..., и назвал Казахстан «окном ...»": the subject of the first verb
        first = min(verbs, key=lambda v: v.start())
        lo, hi = _subject_before(text, s_lo, first.start())
        lo, hi, _ = _chain_subject(text, lo, hi)
    person = art.resolve(lo, hi, verb.start(), last) if hi > lo else None
    if person is None:
        return None, DIRECT
    rest = text[verb.end() : o]
    if re.fullmatch(r"[^.!?]{0,60}:\s*", rest):
        return person, DIRECT
    closer = {"«": "»", "„": "“", '"': '"', "“": "”"}.get(text[o], "»")
    words_in = text[o + 1 : o + 300].split(closer)[0].split()
    # "назвал визит «историческим»": one word the speaker named a thing by is his verdict, not a name in marks
    verdict = len(words_in) == 1 and words_in[0].islower() and _RU_NAMING_RE.fullmatch(verb.group(0))
    if (len(words_in) < 2 and not verdict) or (words_in[0][:1].isupper() and len(words_in) <= 4):
        return None, DIRECT  # names of projects, forums and newspapers, scare quotes
    if re.search(r"(?:так называемый|так называемого|под названием|названием)\s*$", text[s_lo:o]):
        return None, DIRECT
    return person, (DIRECT if re.search(r"(?:,\s*что|:)\s*$", rest) else PARTIAL)


# A noun of speech right before marks: "ограничился фразой о «...»", "выступил со словами о «...»".
_RU_SPEECH_NOUN_RE = re.compile(
    r"(?<![\w-])(?:фраз(?:ой|у)|словами|заявлением|формулировкой|тезисом)\s+(?:о|об|про)\s*$", re.I
)


def _dash_dialogue(art: _RuArticle, a: int, b: int, add, last) -> bool:
    """ "— Мы договорились, — сказал министр. — Коридор откроется в будущем году." as one speaker's words."""
    text = art.text
    # The words may hold dashes of their own ("Казахстан для Монголии – близкий сосед"): the attribution is after
    # the first dash whose words name a speaker with a verb of speech.
    for sep in _DASH_SEP_RE.finditer(text, a + 1, b):
        nxt = _DASH_NEXT_RE.search(text, sep.end(), b) or re.compile(r",\s+[—–-]\s+").search(text, sep.end(), b)
        attr_hi = nxt.start() if nxt else b
        first = re.match(r"\s*([а-яё]+)", text[sep.end() : attr_hi])
        if not _RU_SPEECH_RE.search(text, sep.end(), attr_hi) and not (first and _past_verb(first.group(1))):
            continue
        if _RU_SENTENCE_INSIDE_RE.search(text, sep.end(), attr_hi):
            continue  # "– султан Бейбарс, память о котором хранят ... . Уверен, ..., – сказал X": a dash of the words
        later = _DASH_SEP_RE.search(text, sep.end(), attr_hi)
        verb = _RU_SPEECH_RE.search(text, sep.end(), attr_hi)
        if later and (verb is None or later.start() < verb.start()):
            # "— ... в проектах — в энергетике, в транспорте, — сказал он.": the attribution is after the later dash
            # (read from this one it would take the words for an unnamed speaker's)
            continue
        person = _attribution(art, sep.end(), attr_hi, last())
        if person is not None:
            break
    else:
        return False
    lo, hi = a + 1, sep.start()
    add(lo, hi, person, DIRECT, False)
    if nxt:
        add(nxt.end(), b, person, DIRECT, False, same_group=True)
    else:
        # "— ..., — сказал X, добавив, что приглашает ...": the gerund's clause is the same speaker's, reported
        gerund = _RU_GERUND_TAIL_RE.search(text, sep.end(), b)
        that = _RU_THAT_RE.match(text, gerund.end(), b) if gerund else None
        if that:
            end = b
            while end > that.end() and text[end - 1] in " .;!?…":
                end -= 1
            add(that.end(), end, person, REPORTED, False)
    return True


_RU_SENTENCE_INSIDE_RE = re.compile(r"[.!?…]\s+[А-ЯЁ]")
# A conjunction ending what stands before "как сказал X": "..., однако", "..., но", "..., и"
_RU_JOINED_CLAUSE_END_RE = re.compile(r",\s*(?:однако|но|а|и|зато|хотя|причем|причём|тем\s+не\s+менее)\s*$", re.I)
_RU_AS_SAID_RE = re.compile(r",?\s*как\s+(?:" + _RU_SPEECH_RE.pattern + r")\s+(?P<s>[^,]{2,80}),\s+")
_RU_GERUND_RE = re.compile(
    r"(?<![\w-])(?:выразив (?:уверенность|надежду)|" + _trie(_RU_SPEECH_GERUNDS) + r")(?![\w-])"
)


def _opening_gerund(art: _RuArticle, lo: int, hi: int) -> tuple[int, int, _Person] | None:
    """ "Подчеркнув, что A, Президент X отметил ...": a gerund of speech that opens a sentence reports A, the
    clause up to the comma before the sentence's titled subject."""
    text = art.text
    that = _RU_THAT_RE.match(text, lo, hi)
    if that is None:
        return None
    start = that.end()
    i = bisect.bisect_left(art.mention_starts, start)
    if i >= len(art.mentions) or art.mentions[i][0] >= hi:
        return None
    at, _, person = art.mentions[i]
    comma = text.rfind(",", start, at)
    if comma <= start or person.outsider:
        return None
    gap = text[comma + 1 : at]
    names = {w for run in person.runs for w in run}
    while True:  # "..., Президент Мердан Гельдиев": the first name before the surname the mention marks
        tail = re.search(r"([А-ЯЁ][\w-]*)\s*$", gap)
        if not tail or tail.group(1) not in names:
            break
        gap = gap[: tail.start()]
    core = _RU_CORE_RE.search(gap)
    if gap.strip() and (core is None or gap[: core.start()].strip() or not _only_title_words(gap[core.end() :])):
        return None
    if not _RU_SPEECH_RE.match(text, art.mentions[i][1] + 1, hi) and not re.match(
        r"\s+[а-яё]+л(?:а|и)?(?![\w-])", text[art.mentions[i][1] : hi]
    ):
        return None  # the subject must go on to a verb of its own: "..., Президент X отметил"
    return start, comma, person


_RU_OPENING_GERUND_RE = re.compile(r"[ \t]*(?=[А-ЯЁ])(?:" + _trie(_RU_SPEECH_GERUNDS) + r")(?![\w-])", re.I)
_RU_GERUND_TAIL_RE = re.compile(r",\s+(?:" + _RU_GERUND_RE.pattern + r")")
_RU_PROVERB_RE = re.compile(
    r"(?<![\w-])(?:пословиц|поговорк|песн|стих|лозунг|девиз|строк|афоризм)\w*[:,]?\s*[^.!?]{0,30}$", re.I
)
_RU_OBJECT_VERB_RE = re.compile(
    r"(?:отметил|подчеркнул|указал|акцентировал[а]? внимание|обратил[а]? внимание|заострил[а]? внимание|призвал|"
    r"констатировал)[а]?|"
    r"(?:отметив|подчеркнув|указав|акцентировав внимание|обратив внимание|призвав|констатировав)"
)  # and their gerunds: "..., указав на необходимость синхронизации тарифов"
# "выразил удовлетворение уровнем отношений": the feeling and its object are the words reported.
_RU_EXPRESSED_RE = re.compile(r"(?:выразил|подтвердил)[а]? (?!благодарность|признательность)\w+(?: \w+)?", re.I)
_RU_HOPE_FOR_RE = re.compile(r"(?:надежду\s+на|уверенность\s+в)\s+(?!том\b)(?=[а-яё])", re.I)
_RU_EXPRESSED_THANKS_RE = re.compile(r"выразил[а]? (?:благодарность|признательность)", re.I)
# "сообщил о готовности открыть филиал", "заявил о заинтересованности в транзите": a stance or a step announced is
# the words reported, from the noun; "рассказал о развитии города" is a tour's story, not a statement
_RU_ANNOUNCED_RE = re.compile(r"(?:сообщил|заявил)[а]?", re.I)
_RU_ANNOUNCED_STANCE_RE = re.compile(
    r"\s+(?:(?:также|при\s+этом|журналистам)\s+)?об?\s+(?=(?:готовност|заинтересованност|намерени|желани|планах|"
    r"договор[её]нност|решени|увеличени|расширени)\w*\s+[а-яё])"
)
_RU_THANKS_FOR_RE = re.compile(r"(?:[^\s.,;:!?«»„“\"]+\s+){0,5}?за\s+[а-яё]+\s+[а-яё]")


_RU_CLAUSE_TAIL_RE = re.compile(
    r",?\s+(?:и|а|но|однако|а\s+затем|затем|после\s+чего|но\s+при\s+этом|при\s+этом|тем\s+не\s+менее)\s+"
    r"(?:также\s+|тут\s+же\s+|сразу\s+)?(?:" + _RU_SPEECH_RE.pattern + r"|пообещал\w*|призвал\w*|добавил\w*)"
)
_RU_SPEECH_AGAIN_RE = re.compile(r",\s+(?:также\s+)?(?P<verb>" + _RU_SPEECH_RE.pattern + r")(?=,\s+что\s|:\s)")
# Verbs that take a marked phrase as the speaker's words: "назвал Польшу «опорным пунктом»".
_RU_NAMING_RE = re.compile(
    r"(?<![\w-])(?:назвал[а]?|называет|охарактеризовал[а]?|назвав|охарактеризовав)(?![\w-])", re.I
)
# "... и назвал", "..., а также пригласил", "..., после чего добавил": a new act of the speaker (one speaker: a
# plural verb after "а также" goes on with the words' own subject, "стороны договорились ..., а также обсудили")
_RU_AND_VERB_RE = re.compile(
    r",?\s+(?:и\s+(?:также\s+)?(?P<v>[а-яё]+л[аи]?(?:ся|сь)?)|(?:а|а\s+затем|затем|после\s+чего|а\s+потом)\s+"
    r"(?:также\s+|еще\s+|ещё\s+)?(?P<w>[а-яё]+ла?))(?![\w-])"
)
# "... — пока его текст только обсуждается": after a dash the writer's own remark, no longer the words reported
_RU_DASH_RE = re.compile(r"\s[—–]\s")
# A closing mark, then a relative clause on what the marks held: "«...», одним из основателей которого были ..."
_RU_MARKS_THEN_WHICH_RE = re.compile(r"[»\"”],\s+(?:[а-яё-]+\s+){0,4}?(?:котор\w+|где|куда|чей|чья|чьё|чьи)(?![\w-])")
# An amount after a verb, in figures or in words: "составил 1,3 млрд", "превысил пять миллиардов долларов".
_RU_AMOUNT_AHEAD_RE = re.compile(
    r"\s+(?:около\s+|более\s+|почти\s+|свыше\s+)?(?:[$€£¥]\s?)?(?:\d|(?:дв[аеу]\w{0,3}|тр[иеё]х?|четыр\w{1,4}|пят\w{1,3}|шест\w{1,3}|"
    r"сем\w{1,3}|восем\w{1,4}|девят\w{1,3}|десят\w{1,3}|сто|двест\w{1,2}|трист\w{1,2}|тысяч\w{0,3}|миллион\w{0,3}|"
    r"миллиард\w{0,3}|половин\w{1,2}|трет\w{1,2}|четверт\w{1,2})(?![\w-]))",
    re.I,
)
# "..., однако конкретных сроков не назвал", "..., однако от подробностей отказался": a negated past verb or one of
# declining soon after the conjunction
_RU_BUT_NOT_RE = re.compile(
    r",\s+(?:но|однако)\s+(?P<obj>(?:[а-яё-]+\s+){0,3}?)"
    r"(?:не\s+(?P<v>[а-яё]+л[аи]?)|(?P<declined>(?:отказал|воздержал|уклонил)(?:ся|ась|ись)))(?![\w-])"
)
# "..., хотя, по словам участников переговоров, ...": after a conjunction another source's words begin (the same
# speaker's "однако, по его словам," goes on with his)
_RU_OTHER_SOURCE_RE = re.compile(
    r",\s*(?:однако|но|а|хотя|причем|причём|при\s+этом|тем\s+не\s+менее|впрочем|зато)\s*,\s*"
    r"(?:по\s+(?!(?:его|ее|её|их)\s)(?:[а-яё]+\s+)?(?:словам|данным|мнению|оценке|информации)|"
    r"как\s+(?!(?:он|она)\s)[а-яё]+л[аи]?\s)"
)
_RU_ASIDE_RE = re.compile(r"\s+[—–]\s+(?:пока|однако|впрочем|правда|хотя|при\s+этом|но|тем\s+не\s+менее)(?![\w-])")
# "..., . Об этом заявил X", "Такое мнение высказал X", "Такую оценку дал X": the sentence before is X's, however
# long the circumstances before the verb ("Об этом в интервью ТАСС по итогам рабочего визита в Россию заявил X")
_RU_ABOUT_THIS_RE = re.compile(
    r"(?:Об\s+этом|О\s+том|Так|Именно\s+так|Такими\s+словами|Этими\s+словами|Такое\s+мнение|Такую\s+(?:оценку|позицию|точку\s+зрения)|Такое\s+заявление|"
    r"Эту\s+(?:мысль|позицию|оценку)|Это\s+заявление|Такой\s+(?:сигнал|посыл|вывод|прогноз))\s+(?:[\w.()-]+,?\s+){0,12}?(?:"
    + _RU_SPEECH_RE.pattern
    + r"|высказал[а]?|озвучил[а]?|дал[а]?|выразил[а]?|начал[а]?|открыл[а]?|завершил[а]?|послал[а]?|"
    r"подал[а]?|сделал[а]?)",
    re.I,
)
_RU_DATELINE_LEAD_RE = re.compile(
    r"[А-ЯЁ][А-ЯЁа-яё -]{1,30},\s+\d{1,2}\s+[а-я]+(?:\s+\d{4})?\.?\s*(?:\([^)]{1,30}\))?\s*"
    r"(?:[—–-]\s*)?(?:[А-ЯЁA-Z][\w.]*\.\s+)?"
)
_RU_FIRST_PERSON_RE = re.compile(r"(?<![\w-])(?:я|мы|мне|нам|нас|меня|мной|нами)(?![\w-])", re.I)
_RU_THAT_RE = re.compile(r"(?:\s+[а-яё]+){0,4}?(?:\s+в том)?,\s+что(?:\s+|,\s+)(?=\S)")
# The circumstances between a verb of speech and its "что", however long, when they hold no comma and no verb of
# their own: "заявил сегодня после переговоров с президентом Азербайджана во Дворце Сербия, что ..."
_RU_FAR_THAT_RE = re.compile(r"(?P<gap>\s+[^,.;:!?()—–]{3,180}?),\s+что(?:\s+|,\s+)(?=\S)")
# A second reported clause joined to the first: "..., что A и что B", "..., что A, а также что B".
_RU_NEXT_THAT_RE = re.compile(r",?\s+(?:и|а\s+также|а|но|и\s+при\s+этом)\s+что(?:\s+|,\s+)(?=\S)")


# Where and with whom the subject spoke, between his name and his verb of speech.
_RU_CIRCUMSTANCE_RE = re.compile(
    r"\s+(?:на|в|во|по\s+итогам|после|перед|в\s+ходе|во\s+время|по\s+завершении)\s+[^,.;:!?]*\s+со?\s"
)


def _far_that(rest: str) -> re.Match | None:
    """A "что" after a verb of speech and its circumstances (no comma, no second verb in between)."""
    m = _RU_FAR_THAT_RE.match(rest)
    if not m:
        return None
    words = re.findall(r"[А-ЯЁа-яё-]+", m.group("gap"))
    if len(words) > 20 or any(w[:1].islower() and (_is_verb(w) or _is_verb(w.lower())) for w in words):
        return None
    first = _parses(words[0].lower()) if words else ()
    if first and first[0].tag.POS in ("NOUN", "NPRO") and first[0].tag.case == "accs":
        return None  # "повторил позицию Анкары о ..., что в Никосии ...": the verb's object, then a relative "что"
    return m


_RU_COLON_RE = re.compile(r"(?:\s+[а-яё]+){0,4}?\s*:\s+(?=\S)")


# Compiled once: the sentence reader runs on every sentence, and the last three are long.
_RU_CHRONICLE_STAMP_RE = re.compile(r"\d{1,2}[:.]\d{2}\s*[—–-]\s*")
_RU_ANEW_RE = re.compile(
    r":\s+(?=[Пп]о\s+(?:его|ее|её|их)\s+(?:словам|мнению|оценке|убеждению|признанию|данным),|[Кк]ак\s+[а-яё]+л[аи]?\s)"
)
# A ministry named by a list of its fields keeps its commas inside the title, up to the name: "министр инвестиций,
# промышленности и торговли Узбекистана Шухрат Алимов"
_RU_LISTED_TITLE = (
    r"(?:(?:,\s+[а-яё-]+(?:\s+[а-яё-]+){0,2})+\s+и\s+[а-яё-]+(?:\s+[а-яё-]+){0,2}(?:\s+[А-ЯЁ][\w.-]*){1,5}(?=,\s))?"
)
_RU_ACCORDING_RE = re.compile(
    r"(?:(?:[Пп]о|[Сс]о?)\s+(?P<p>его|ее|её)\s+(?:словам|мнению|оценке|убеждению|признанию|данным|слов)|"
    r"(?:[Пп]о (?:словам|мнению|оценке|убеждению|признанию)|[Сс]о слов)\s+(?P<s>[^,]{2,80}" + _RU_LISTED_TITLE + r")|"
    r"[Кк]ак\s+(?:" + _RU_SPEECH_RE.pattern + r")\s+(?P<s2>[^,]{2,80}" + _RU_LISTED_TITLE + r")),\s+"
)
_RU_ACCORDING_MID_RE = re.compile(
    r",\s+(?=[Пп]о\s+(?:(?:его|ее|её)\s+(?:словам|мнению|оценке|убеждению|признанию|данным)|"
    r"(?:словам|мнению|оценке|убеждению|признанию)\s+[^,]{2,80}),\s+)"
)
_RU_ACCORDING_AFTER_RE = re.compile(
    r"[Пп]о\s+(?P<p>его|ее|её)\s+(?:словам|мнению|оценке|убеждению|признанию|данным),\s+|"
    r"[Пп]о\s+(?:словам|мнению|оценке|убеждению|признанию)\s+(?P<s>[^,]{2,80}),\s+(?P<s2>)"
)


_RU_PROPOSED_RE = re.compile(r"(?:предложил|предлагает|попросил|призвал|пообещал)[а]?", re.I)
_RU_PROPOSAL_RE = re.compile(r"\s+(?:(?:также|при\s+этом|вновь|еще|ещё|в\s+частности)\s+)*(?=[а-яё])")


def _proposal(text: str, verb: re.Match, end: int) -> int | None:
    """Where the words of "предложил (двум сторонам) создать ...", "пообещал проверить ..." start: what was proposed
    or promised is an infinitive, after whom it was proposed to; "предложил проект", "пообещал помощь" name a thing,
    not words."""
    if not _RU_PROPOSED_RE.fullmatch(verb.group(0)):
        return None
    m = _RU_PROPOSAL_RE.match(text, verb.end(), end)
    if m is None:
        return None
    for i, word in enumerate(re.findall(r"[А-ЯЁа-яё-]+|[^\sА-ЯЁа-яё-]", text[m.end() : end])[:4]):
        parses = _parses(word.lower())
        if parses and parses[0].tag.POS == "INFN":
            return m.end()
        dative = any("datv" in p.tag for p in parses[:3])
        if not parses or not dative and parses[0].tag.POS != "ADVB" and not (i == 0 and "ADJF" in parses[0].tag):
            return None  # whom it is proposed to ("вьетнамской стороне") and how stand before the infinitive
    return None


# A line that only stamps the time or the date of a chronicle's item ("11:15", "———", "15 апреля 2025 года 12:55").
_RU_STAMP_LINE_RE = re.compile(r"[\d\s.:,/|—–-]*(?:\d{1,2}\s+[а-яё]+(?:\s+\d{4}(?:\s+года?)?)?)?[\d\s.:,/|—–-]*")


def _retold_below(art: _RuArticle, para: int) -> bool:
    """Whether the headline line ``para`` heads a news item whose lead tells its news again: past the item's time
    stamps, a paragraph of whole sentences in the agency's words, not a dash's speech or another short line."""
    for a, b in art.paras[para + 1 : para + 4]:
        line = art.text[a:b].rstrip()
        if _RU_STAMP_LINE_RE.fullmatch(line):
            continue
        return line[-1:] in '.!?…»"”' and line[:1] not in "—–-" and len(line.split()) >= 6
    return False


def _related_link(art: _RuArticle, para: int) -> bool:
    """Whether the line ``para`` is the headline of another story, listed under "Читайте также:"."""
    for a, b in reversed(art.paras[max(0, para - 4) : para]):
        if _RU_RELATED_HEADING_RE.match(art.text, a, b):
            return True
        if art.text[a:b].rstrip()[-1:] in '.!?…»"”':
            return False
    return False


_RU_RELATED_HEADING_RE = re.compile(r"(?i)(?:читайте|смотрите|см\.)\s+(?:также|еще|ещё)|(?:ещё|еще)?\s*по\s+теме")


def _unmarked_sentence(art: _RuArticle, s_lo: int, s_hi: int, spans, add, last) -> None:
    """Reported speech ("отметил, что ...", "по словам X, ...", "как заявил X, ..."), "X заявил: ...",
    "..., — сказал X." and "Ромберг: ..." without marks; a clause keeps the marked phrases inside it."""
    text = art.text
    if s_lo < art.body_start:
        return
    stamp = _RU_CHRONICLE_STAMP_RE.match(text[s_lo:s_hi])  # a live chronicle's "14:20 — "
    if stamp:
        s_lo += stamp.end()
    agency = _RU_AGENCY_LEAD_RE.match(text, s_lo, s_hi)  # "ИНТЕРФАКС-АЗЕРБАЙДЖАН - ", "КАЗИНФОРМ – "
    if agency:
        s_lo = agency.end()
    end = s_hi
    while end > s_lo and text[end - 1] in " .;!?…":
        end -= 1
    anew = _RU_ANEW_RE.search(text[s_lo:end])
    if anew and not any(o < s_lo + anew.start() < c for o, c in spans or ()):
        # "X заявил, что ...: по его словам, ...": two attributions in one sentence, each read on its own
        _unmarked_sentence(art, s_lo, s_lo + anew.start(), spans, add, last)
        _unmarked_sentence(art, s_lo + anew.end(), s_hi, spans, add, last)
        return

    speech_ending = [""]  # the past ending of the verb of speech being read: "л", "ла" or "ли"

    def clause(lo: int, opened: bool = False) -> tuple[int, int] | None:
        while lo < end and text[lo] == " ":
            lo += 1
        if lo >= end or (text[lo] in '«„"' and not opened):
            return None
        tail = _RU_CLAUSE_TAIL_RE.search(text, lo, end)
        while tail and speech_ending[0] and not re.search(r"л[аи]?(?:сь|ся)?$", tail.group(0).split()[-1]):
            # "подчеркнул, что Вьетнам проводит ..., и считает Беларусь ...": a present verb after a past verb of
            # speech is the clause subject's, not a second act of the speaker
            tail = _RU_CLAUSE_TAIL_RE.search(text, tail.end(), end)
        hi = tail.start() if tail else end
        # "Отметив, что A, президент подчеркнул, что B": the sentence's own verb of speech, its clause after it,
        # ends the clause of the gerund
        again = _RU_SPEECH_AGAIN_RE.search(text, lo, hi)
        while again and not re.search(r"л[аи]?$", again.group("verb")):
            again = _RU_SPEECH_AGAIN_RE.search(text, again.end(), hi)
        hi = again.start() if again else hi
        # "..., но и в переносе технологий: «Мы хотим ...»", "...: по его словам, ...": after the colon the words
        # are quoted or attributed anew
        anew = _RU_COLON_ANEW_RE.search(text, lo, hi)
        hi = anew.start() if anew else hi
        aside = _RU_ASIDE_RE.search(text, lo, hi)
        if aside and text[aside.start() - 1] == "," and _RU_DASH_RE.search(text, lo, aside.start()):
            aside = None  # "невелик – в 2024 году он составил 6,8 млн, – однако ...": the pair's closing dash
        hi = aside.start() if aside else hi
        source = _RU_OTHER_SOURCE_RE.search(text, lo, hi)
        hi = source.start() if source else hi
        gerund = _RU_GERUND_TAIL_RE.search(text, lo, hi)  # "..., отметив при этом важность логистики": a new act
        hi = gerund.start() if gerund else hi
        for rel in _RU_MARKS_THEN_WHICH_RE.finditer(text, lo, hi):
            # "дружба «уходит корнями в эпоху Движения неприсоединения», одним из основателей которого были ...":
            # the speaker's own words close the clause and the writer explains them; after a name in marks
            # ("саммита «Азия – Африка», который пройдет ...") the words go on
            opened = text.rfind(text[rel.start()] if text[rel.start()] == '"' else "«", lo, rel.start())
            if opened >= 0 and any(_is_verb(w) for w in re.findall(r"[а-яё]+", text[opened : rel.start()])):
                hi = rel.start() + 1
                break
        for but in _RU_BUT_NOT_RE.finditer(text, lo, hi):
            # "..., но сроков не назвал": the speaker's own silence, told by the writer, not a part of the words
            declined = but.group("declined")
            verb = declined[:-2] if declined else but.group("v")  # "отказался" agrees as "отказал" would
            verb += {"ась": "а", "ись": "и"}.get(declined[-3:], "") if declined else ""
            if (
                speech_ending[0]
                and verb.endswith(speech_ending[0])
                and (declined or _past_verb(verb))
                and not any(_nominative_noun(w) for w in but.group("obj").split())
            ):
                hi = but.start()
                break
        for conj in _RU_AND_VERB_RE.finditer(text, lo, hi):  # "... и назвал визит «праздником»": a new act
            word = conj.group("v") or conj.group("w")
            ending = re.search(r"л[аи]?(?=(?:ся|сь)?$)", word).group(0)
            if word.endswith(("ся", "сь")) and not text[conj.start() : conj.end()].startswith(","):
                # ", и высказался за ...": set off by a comma, a reflexive verb is the speaker's next act; without it,
                # mostly the clause subject's ("вырос на 12% и приблизился к ...")
                continue
            if speech_ending[0] and ending != speech_ending[0]:
                continue  # "ответил, что Австралия ценит ... и хотела бы ...": it agrees with the clause subject
            if not speech_ending[0] and ending != "л" and _own_past(text[lo : conj.start()], ending):
                continue  # "Как отметил X, комиссия рассмотрела ... и определила ...": the clause's second verb
            if (
                ending == "л"
                and not text[conj.start() : conj.end()].startswith(",")
                and _RU_AMOUNT_AHEAD_RE.match(text, conj.end(), hi)
                and _own_masculine_past(text[lo : conj.start()])
            ):
                # "отметил, что товарооборот вырос на 18% и составил 1,3 млрд": an amount the clause's subject
                # reached, its second verb, not the speaker's next act
                continue
            if _is_verb(word):
                return lo, conj.start()
        return lo, hi

    def according(lo: int, m: re.Match, opened: bool = False) -> _Person | None:
        span = m.span("s") if m.group("s") else m.span("s2") if m.group("s2") else m.span("p")
        if m.group("p"):
            span = (m.start(), m.end() - 1)
        plural = _RU_PLURAL_SUBJECT_RE.match(text, lo + span[0], lo + span[1])
        # "По словам министров, ...": both sides at once, not the minister named last
        person = None if plural else art.resolve(lo + span[0], lo + span[1], lo, last())
        if person is None and not _RU_PLURAL_SUBJECT_RE.search(text, lo + span[0], lo + span[1]):
            art.unresolved.append(lo)  # "как рассказал источник, ...": a later "по его словам" is the source's
        c = clause(lo + m.end(), opened)
        if opened and person is not None and c and text[c[0]] in '«„"':
            # a pronoun's speaker for marks found from afar may be a source left unnamed: only one named in this
            # sentence or the one before
            # ("«...», — отметил министр. Вопрос о цене, по его словам, «...»": quoted there by title is named too,
            # unless a colon sets the words off after someone else of this sentence)
            here = art.sentence_at(lo)[0]
            near = art.sentence_at(max(here - 1, 0))[0]
            if not any(near <= at < lo and p is person for at, _, p in art.mentions) and (
                ":" in text[here:lo] or not any(near <= at < here and p is person for at, p in art.refs)
            ):
                return person
        if person is not None and c:
            add(*c, person, REPORTED, False, text[lo : lo + m.end()])
        return person

    about = _RU_ABOUT_THIS_RE.match(text, s_lo, end)
    if about:  # "Беларусь готова ... . Об этом Президент Александр Лукашенко заявил ...": the sentence before
        person = next((p for a, _, p in art.mentions if s_lo <= a < end and not p.outsider), None)
        if person is None:  # "Такую оценку дал глава МИД", "Так глава МИД прокомментировал": by title
            after = _RU_SUBJECT_END_RE.search(text, about.end(), end)
            lo_s, hi_s = about.end(), after.start() if after else end
            between = text[s_lo : about.end()].split()
            if len(between) > 3:  # the subject stands before the verb
                lo_s, hi_s = s_lo + len(about.group(0)) - len(about.group(0).lstrip()), about.end()
            person = art.resolve(lo_s, hi_s, s_lo, last()) if hi_s > lo_s else None
            person = person if person is not None and not person.outsider else None
        prev = [x for x in art.sentences if x[1] <= s_lo and art.sentence_at(x[0])[2] == art.sentence_at(s_lo)[2]]
        # the marks that close in the sentence before (they may open sentences earlier)
        marked_prev = [(o, c) for o, c in (spans or ()) if prev and prev[-1][0] <= c < prev[-1][1]]
        if person is not None and marked_prev:
            for o, c in marked_prev:  # «...». Так глава МИД прокомментировал итоги: the marks are his
                add(o + 1, c, person, DIRECT, True)
            return
        if person is not None and prev and not marked_prev:
            lo, hi = prev[-1][0], prev[-1][1]
            dateline = _RU_DATELINE_LEAD_RE.match(text, lo, hi)  # "ДЖАКАРТА, 17 июня (БЕЛТА) - "
            lo = dateline.end() if dateline else lo
            while hi > lo and text[hi - 1] in " .;!?…":
                hi -= 1
            add(lo, hi, person, DIRECT if _RU_FIRST_PERSON_RE.search(text, lo, hi) else REPORTED, False)
            return
    m = _RU_ACCORDING_RE.match(text[s_lo:end])
    if m:
        if according(s_lo, m) is None and (m.group("s2") or m.group("s")):
            # "Как сообщает пресс-служба, Президент подчеркнул, что ...", "По словам очевидцев, X сказал, что ...":
            # the service or the witness relays; the words go on
            _unmarked_sentence(art, s_lo + m.end(), s_hi, spans, add, last)
        return
    # "Кроме того, по словам Бенкё, ...", "..., которые, по его словам, основаны ...": the words after it are
    # the speaker's; the words before it are read as a sentence of their own
    mid = _RU_ACCORDING_MID_RE.search(text[s_lo:end])
    if (
        mid
        and re.search(r",\s+(?:что|котор\w+|(?:однако|но)\s+[^,:;«»\"]{1,60})$", text[s_lo : s_lo + mid.start()])
        and re.match(r"[Пп]о\s+(?:его|ее|её)\s", text[s_lo + mid.end() :])
        and _RU_THAT_RE.search(text, s_lo, s_lo + mid.start())
    ):
        # "X отметил, что товарооборот составил ..., что, по его словам, не отвечает ...", "..., однако детали, по
        # его словам, ...": the speaker of the clause named again inside its relative or contrasting clause; one
        # statement, read whole
        mid = None
    if mid:
        m = _RU_ACCORDING_AFTER_RE.match(text[s_lo + mid.end() : end])
        head_lo = text.rfind(":", s_lo, s_lo + mid.start()) + 1
        head = text[head_lo : s_lo + mid.start()] if head_lo else ""
        bare_head = text[s_lo : s_lo + mid.start()]
        if (
            not head_lo
            # a pronoun's speaker, told of just before, may vouch for a longer subject than a name does
            and 1 <= len(bare_head.split()) <= (12 if m is not None and m.group("p") else 6)
            and not re.search(r"[,«»\"]", bare_head)
            and not _RU_DISCOURSE_RE.match(bare_head)
            and not any(
                _is_verb(w) and not any(p.tag.POS == "NOUN" for p in _parses(w)[:3])  # "задел" is also a noun
                for w in re.findall(r"[а-яё]+", bare_head)
            )
        ):
            head_lo, head = s_lo, bare_head  # "Этот задел, по мнению белорусского лидера, необходимо ..."
        if head_lo and len(head.split()) >= 1 and not _RU_SPEECH_RE.search(head):
            # "Отдельно гость остановился на энергетике: совместное предприятие ..., по его словам, остается ...":
            # after the colon the subject of the words, then the words
            refs = len(art.refs)
            # "товарооборот вырос, по его словам, «почти на треть», ...": the marks open the second piece
            according(s_lo + mid.end(), m, opened=True)
            if len(art.refs) > refs:
                add(head_lo, s_lo + mid.start(), art.refs[-1][1], REPORTED, False, same_group=True)
            return
        second = re.search(r",\s+а\s+(?P<s>[^,;:]{3,80})$", text[s_lo : s_lo + mid.start()])
        if second and not any(_is_verb(w) for w in re.findall(r"[а-яё]+", second.group("s"))):
            # "X сообщил, что A, а премьер-министр Y, по его словам, примет участие ...": the second clause's
            # subject, with its words, is the same speaker's second statement
            refs = len(art.refs)
            _unmarked_sentence(art, s_lo, s_lo + second.start(), spans, add, last)
            if len(art.refs) > refs and m and m.group("p"):
                add(s_lo + second.start("s"), end, art.refs[-1][1], REPORTED, False)
                return
        _unmarked_sentence(art, s_lo, s_lo + mid.start(), spans, add, last)  # first who spoke before it
        according(s_lo + mid.end(), m)
        return
    inner = _RU_AS_SAID_RE.search(text, s_lo, end)
    if inner:  # "Для этого, как подчеркнул Президент, необходимо ...": the two pieces of one statement
        person = art.resolve(inner.start("s"), inner.end("s"), inner.start(), last())
        c = clause(inner.end())
        if person is not None and c:
            head_hi = inner.start()
            while head_hi > s_lo and text[head_hi - 1] in " ,":
                head_hi -= 1
            head_lo = s_lo
            if text[head_hi - 1 : head_hi] == ":" or ":" in text[s_lo:head_hi]:
                head_lo = head_hi  # "О нём говорили, но решений нет: как уточнил X, ...": narrative before
            head = text[s_lo:head_hi]
            if _RU_DISCOURSE_RE.fullmatch(head) or (
                re.fullmatch(r"[А-ЯЁ][а-яё]+", head)
                and not any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" for p in _parses(head.lower()))
            ):
                head_lo = head_hi  # "Всего, как сообщил X, подписано семь документов": the writer's connective
            elif _RU_JOINED_CLAUSE_END_RE.search(head):
                # "Договор подписан еще в 2015 году, однако, как признал X, работа идет медленно": a clause of the
                # writer's joined to the words, not a piece of them
                head_lo = head_hi
            if head_hi > head_lo:
                add(head_lo, head_hi, person, REPORTED, False)
            add(*c, person, REPORTED, False, same_group=head_hi > head_lo)
            return
    colon = re.match(
        r"(?:\d{1,2}[:.]\d{2}\s*[—–-]\s*|[\u2190-\u2bff\ufe0f\U0001f000-\U0001faff]{1,4}\s?)?"
        r"(?P<s>[А-ЯЁ][\w.-]+(?:\s[А-ЯЁ][\w-]+){0,2})"
        # "Сатыбалдиев в открытом вступительном слове:", "Алиев в своем Telegram-канале:": where the words were said
        r"(?:\s+(?:в|во|на)\s+(?:[а-яё-]+\s+){0,3}(?:слове|выступлении|обращении|речи|заявлении|интервью|"
        r"комментарии|брифинге|пресс-конференции|посте|канале|соцсетях|Telegram-канале))?:\s+(?=[^«„\"\s])",
        text[s_lo:end],
    )
    para = art.sentence_at(s_lo)[2]
    para_lo, para_hi = art.paras[para]
    flash = False
    if colon and text[para_lo:para_hi].rstrip()[-1:] not in '.!?…»"”)':
        # "Алиев: Азербайджан готов ...": a headline, whose words the story below tells again; a live chronicle's
        # item ("⚡️Алиев: ...") that no lead retells is the only telling of what he said
        flash = para > 0 and s_lo == para_lo and not _retold_below(art, para) and not _related_link(art, para)
        colon = colon if flash else None
    if colon:
        person = art.resolve(s_lo + colon.start("s"), s_lo + colon.end("s"), s_lo, last())
        if person is not None:
            kind = DIRECT if not flash or _RU_FIRST_PERSON_RE.search(text, s_lo + colon.end(), end) else REPORTED
            add(s_lo + colon.end(), end, person, kind, False)
            return
    if not spans or not any(s_lo <= o < s_hi for o, _ in spans):
        inverted = re.search(r"[,!?…]\s+[—–]\s+(?P<attr>[^—–«»]{3,120})$", text[s_lo:end])
        if inverted:
            person = _attribution(art, s_lo + inverted.start("attr"), end, last())
            if person is not None:
                opening = re.match(r"[—–]\s+", text[s_lo:end])  # a line of dialogue: its dash is no word of it
                add(s_lo + (opening.end() if opening else 0), s_lo + inverted.start(), person, DIRECT, False)
                return
    tail = _tail_attribution(art, s_lo, end, spans, last())
    if tail is not None:
        lo, hi, person = tail
        add(lo, hi, person, DIRECT if _RU_FIRST_PERSON_RE.search(text, lo, hi) else REPORTED, False)
        return
    verbs = sorted(
        (
            (verb, rx)
            for rx in (_RU_SPEECH_RE, _RU_EVALUATIVE_RE, _RU_GERUND_RE, _RU_NAMING_RE)
            for verb in rx.finditer(text, s_lo, end)
            if not any(o < verb.start() < c for o, c in spans)
        ),
        key=lambda vr: vr[0].start(),
    )
    opener = _RU_OPENING_GERUND_RE.match(text, s_lo, end)
    if opener:  # "Подчеркнув, что ...": a capitalised gerund opens the sentence
        verbs.insert(0, (opener, _RU_GERUND_RE))
    subject: _Person | None = None
    for verb, rx in verbs:
        evaluative = rx is _RU_EVALUATIVE_RE
        if rx is _RU_GERUND_RE and not text[s_lo : verb.start()].strip(' «"'):
            opening = _opening_gerund(art, verb.end(), end)
            if opening is not None:
                add(*opening, REPORTED, False)
                subject = opening[2]
                continue
        if rx is _RU_GERUND_RE:  # "..., отметив, что": the subject of the sentence
            first = next((p for a, _, p in art.mentions if s_lo <= a < verb.start()), None)
            person = first if first is not None and not _RU_JOINT_RE.match(text, s_lo) else None
            if first is None and not _RU_JOINT_RE.match(text, s_lo):  # "Сербский лидер не уточнил ..., отметив"
                lo, hi, _ = _chain_subject(text, s_lo, verb.start())
                person = art.resolve(lo, hi, verb.start(), last()) if hi > lo and hi < verb.start() else None
        else:
            lo, hi = _subject_before(text, s_lo, verb.start())
            lo, hi, chained = _chain_subject(text, lo, hi)
            if (chained or _RU_GERUND_RE.fullmatch(text, lo, hi)) and subject is not None:
                # "X высоко оценил ... и подчеркнул, что": the same X; so is "X, отметив, что A, подчеркнул, что B"
                person = subject
            else:
                person = art.resolve(lo, hi, verb.start(), last()) if hi > lo else None
                if person is None and re.search(r"[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+\s*$", text[lo:hi]):
                    # "Глава представительства JETRO Кэнтаро Идзуми отметил, что ...": a named man the story does
                    # not take for a participant; a later "— сказал он" is his
                    art.unresolved.append(verb.start())
        if person is None:
            continue
        subject = person
        past = re.match(r"[а-яё]+?(л[аи]?)(?:сь|ся)?(?![\w-])", verb.group(0).split()[0].lower())
        speech_ending[0] = past.group(1) if past and rx is not _RU_GERUND_RE else ""
        rest = text[verb.end() : end]
        that = _RU_THAT_RE.match(rest)
        colon = _RU_COLON_RE.match(rest)
        if not that and not colon:
            that = _far_that(rest)
        c = None
        if not that and not colon and re.fullmatch(r"(?:высказал[а]?ся|выступил[а]?) за", verb.group(0)):
            c = clause(verb.end())  # "высказался за расширение взаимодействия": what he spoke for
        elif not that and not colon and _RU_EXPRESSED_THANKS_RE.fullmatch(verb.group(0)):
            # "выразил признательность корейской стороне за увеличение квоты": whom and what for; thanks for nothing
            # named, or for the welcome, are protocol
            c = clause(verb.end())
            if c and (not _RU_THANKS_FOR_RE.match(text, c[0], c[1]) or _RU_COURTESY_RE.search(text, c[0], c[1])):
                c = None
        elif (
            not that
            and not colon
            and _RU_ANNOUNCED_RE.fullmatch(verb.group(0))
            and (announced := _RU_ANNOUNCED_STANCE_RE.match(rest))
        ):
            c = clause(verb.end() + announced.end())
        elif not that and not colon and _RU_EXPRESSED_RE.fullmatch(verb.group(0)):
            c = clause(verb.start() + len(verb.group(0).split()[0]) + 1)  # from the feeling named
            hope = _RU_HOPE_FOR_RE.match(text, c[0], c[1]) if c else None
            if hope:  # "выразил надежду на возобновление рейсов": what is hoped for
                c = (hope.end(), c[1])
            if c and _RU_COURTESY_RE.search(text, c[0], c[1]):
                c = None
        elif rx is _RU_NAMING_RE:
            # "назвал Казахстан стратегическим партнером": an unmarked naming in the instrumental is his assessment;
            # "назвал сроки", and marked names ("назвал визит «историческим»") are read elsewhere
            named = re.match(r"\s+([^.;:!?«»\"“”„]{3,160})", rest)
            words = named.group(1).split()[:5] if named else []
            if any(
                (pa := _parses(w.lower().strip(",")))
                and pa[0].tag.case == "ablt"
                and pa[0].tag.POS in ("ADJF", "NOUN")
                for w in words[1:]
            ):
                c = clause(verb.end())
        elif not that and not colon and (proposal := _proposal(text, verb, end)) is not None:
            head_lo, head_hi = art.paras[0] if art.paras else (0, 0)
            # "Премьер в Кишиневе пообещал помочь с «цифрой»": a headline, with no full stop, sums the story up
            headline = head_lo <= s_lo < head_hi and text[head_lo:head_hi].rstrip()[-1:] not in ".!?…"
            c = None if headline else clause(proposal)
        elif evaluative or (not that and not colon and _RU_OBJECT_VERB_RE.fullmatch(verb.group(0))):
            obj = re.match(
                r"\s+(?:(?:при\s+этом|также|вновь|еще\s+раз|ещё\s+раз)\s+)?(?:на\s+)?(?=[а-яё«А-ЯЁ])", rest
            )  # "подчеркнул важность ...", "поблагодарил за ...", "призвал Армению и Азербайджан ..."
            if (
                obj
                and rest[obj.end() : obj.end() + 1].isupper()
                and (verb.end() + obj.end() in art.mention_starts or _RU_CORE_RE.match(text, verb.end() + obj.end()))
            ):
                obj = None  # "призвал Президента ...", "отметил Ли Вэймин": a person, not what was said
            c = clause(verb.end() + obj.end()) if obj and len(rest.split()) >= 2 else None
            if c and evaluative and (_RU_COURTESY_RE.search(text, c[0], c[1]) or "благодар" in verb.group(0)):
                c = None  # thanks are protocol, not a statement; a marked phrase in them is read as partial
            if c and evaluative and re.search(r"[«„\"]", text[c[0] : c[1]]):
                c = None  # "поблагодарил Анкару за «...»": the marked phrase is a partial quote
        elif that:
            c = clause(verb.end() + that.end())
            nxt = _RU_NEXT_THAT_RE.search(text, c[0], c[1]) if c else None
            if nxt and not any(o < nxt.start() < cl for o, cl in spans or ()):
                # "..., что A и что B": two clauses of one report, given whole (its pieces would be one split group)
                second = clause(nxt.end())
                c = (c[0], second[1]) if second else c
        elif colon:
            c = clause(verb.end() + colon.end())
            if c:  # "подтвердил: стороны подписали ..." reports; "заявил: мы подписали ..." quotes
                add(*c, person, DIRECT if _in_person(text[c[0] : c[1]]) else REPORTED, False)
            return
        if c:
            add(*c, person, REPORTED, False)
        else:
            art.refs.append((verb.start(), person))


# Openers of a sentence that join it to the story rather than name what the words are about.
_RU_DISCOURSE_RE = re.compile(
    r"\s*(?:Кроме того|При этом|В частности|Также|Однако|Вместе с тем|Тем не менее|Между тем|Поэтому|"
    r"В то же время|Более того|Впрочем|Помимо этого|Кроме этого|Так|Итак|Сейчас|Сегодня|Теперь|В целом)\b",
    re.I,
)
# After the colon the figures of a source the writer cites ("...: по данным Госкомстата, товарооборот ...",
# "согласно статистике ведомства") back the words; they are the story's, not the speaker's.
_RU_COLON_ANEW_RE = re.compile(
    r":\s+(?=[«„\"]|[Пп]о\s+(?:его|ее|её|их)\s+(?:словам|мнению|оценке|убеждению|признанию|данным)|[Кк]ак\s+[а-яё]+л[аи]?\s|"
    r"[Пп]о\s+(?:данным|информации|сведениям|подсчетам|подсчётам|статистике)\s|[Сс]огласно\s)"
)
# A sentence's opening that is the agency's, not the speaker's: "ИНТЕРФАКС-АЗЕРБАЙДЖАН - ", "КАЗИНФОРМ – ",
# "(БЕЛТА) - ", "/Кабар/. ".
# (each word group is atomic: a run of capitals with no dash after it, a headline or a text pasted in capitals,
# would otherwise be split every possible way before the match fails)
_RU_AGENCY_LEAD_RE = re.compile(
    r"(?>[(/]?[А-ЯЁA-Z][А-ЯЁA-Z-]{2,}(?:\s[А-ЯЁA-Z-]{2,})*[)/]?\.?\s*)+[—–-]\s+(?=[А-ЯЁA-Z«„\"])"
)
# Whom the words were told to, between a verb of speech and its subject: "заявил журналистам", "сообщил ТАСС",
# "рассказал в интервью агентству", "пояснил “Ъ”".
_RU_ADDRESSEE_RE = re.compile(
    r"(?:\s+(?:журналистам|репортерам|репортёрам|корреспонденту|корреспондентам|прессе|изданию|газете|агентству|"
    r"телеканалу|радиостанции|нашему|нашей|в\s+интервью|в\s+беседе\s+с\s+журналистами|(?-i:[А-ЯЁA-Z]{2,}\b)|"
    r"[«“„\"][^»”“\"]{1,30}[»”“\"]|в\s+эфире\s+[\w-]+))+",
    re.I,
)
# Where a subject after its verb ends: a preposition, a gerund's comma, the sentence's end.
_RU_SUBJECT_END_RE = re.compile(
    r",|\s(?:в ходе|во время|на|по|после|перед|по итогам|в|во|с|со|при|у|для|из|о|об|журналистам)\s"
)


def _tail_attribution(art: _RuArticle, s_lo: int, end: int, spans, last) -> tuple[int, int, _Person] | None:
    """ "Азербайджан готов нарастить экспорт газа в Сербию, заявил Ильхам Алиев на встрече ...": the words before
    a comma and a verb of speech whose subject follows it are that speaker's (reported, or direct in the first
    person)."""
    text = art.text
    for verb in _RU_SPEECH_RE.finditer(text, s_lo, end):
        before = text[s_lo : verb.start()]
        if not re.search(r"[^\s—–-],\s*$", before) or len(before.split()) < 3:
            continue
        if any(o < verb.start() < c for o, c in spans):
            continue
        if re.match(r"\s*(?:[Кк]ак|[Пп]о (?:словам|мнению|оценке|убеждению|признанию))\s", before):
            return None
        at = verb.end()
        addressee = _RU_ADDRESSEE_RE.match(text, at, end)
        if addressee:
            at = addressee.end()
        stop = _RU_SUBJECT_END_RE.search(text, at, end)
        hi = stop.start() if stop else end
        if hi <= at:
            continue
        person = art.resolve(at, hi, verb.start(), last)
        if person is None or person.outsider:
            # "выразил благодарность Китаю за поддержку": a country after the verb is its object, no speaker
            if re.search(r"[А-ЯЁа-яё]", text[at:hi]) and not _COUNTRY_NAME_RE.match(text[at:hi].lstrip()):
                art.unresolved.append(verb.start())
            return None
        lo = s_lo
        clause_hi = s_lo + len(before.rstrip(" ,"))
        if re.match(r"\s*[«„\"]", text[lo:clause_hi]) and re.search(r"[»“\"]\s*$", text[lo:clause_hi]):
            return None  # marked words with their attribution: read with the marks
        return lo, clause_hi, person
    return None


def _chain_subject(text: str, lo: int, hi: int) -> tuple[int, int, bool]:
    """The subject of the first of coordinated verbs: "Кодиров тепло приветствовал гостя и" -> "Кодиров тепло".

    The third value tells that the phrase held another verb (or nothing but "и"), so that the subject is
    the one of the verb before."""
    words = list(re.finditer(r"[А-ЯЁа-яё-]+", text[lo:hi]))
    connectives = {"и", "а", "но", "однако", "затем", "после", "чего", "при", "этом", "также", "тем", "не", "менее"}
    if not words or (len(words) <= 3 and all(w.group(0) in connectives for w in words)):
        return lo, hi, True  # "..., однако добавил", "..., после чего заявил": the same subject goes on
    for w in words:
        word = w.group(0)
        if word[:1].islower() and _is_verb(word):
            return lo, lo + w.start(), True
    return lo, hi, False


def _nominative_noun(word: str) -> bool:
    """Whether the dictionary reads a word first as a noun or pronoun in the nominative: a subject of its own."""
    parses = _parses(word)
    return bool(parses) and parses[0].tag.POS in ("NOUN", "NPRO") and parses[0].tag.case == "nomn"


@functools.lru_cache(maxsize=4096)
def _past_verb(word: str) -> bool:
    """Whether the dictionary reads a lower-case word first as a singular past verb (улыбнулся, вздохнула)."""
    parses = _parses(word)
    return bool(parses) and parses[0].tag.POS == "VERB" and "past" in parses[0].tag and "sing" in parses[0].tag


def _adverbs_skipped(words: list[str]) -> list[str]:
    """The first word that is not an adverb or particle ("впервые создает" -> "создает"), as a one-item list."""
    for word in words:
        parses = _parses(word.lower())
        if not parses or parses[0].tag.POS not in ("ADVB", "PRCL"):
            return [word]
    return []


_RU_PAST_WORD_RE = re.compile(r"(?<![\w-])[а-яё]+л[аи](?![\w-])")


def _own_past(clause: str, ending: str) -> bool:
    """Whether a clause already has a past verb with this ending ("ла", "ли"): its subject's own predicate."""
    return any(w.endswith(ending) and _is_verb(w) for w in _RU_PAST_WORD_RE.findall(clause))


def _own_masculine_past(clause: str) -> bool:
    """Whether a clause already has a masculine past verb of its own ("товарооборот вырос", "объем составил")."""
    return any(
        p.tag.POS == "VERB" and {"past", "masc"} <= p.tag.grammemes and p.score >= 0.3
        for w in re.findall(r"[а-яё]+", clause)
        for p in _parses(w)[:1]
    )


# Words that open a clause, never a document's title: "меморандумы этого не меняют", "меморандумы, нужно ...".
_RU_CLAUSE_OPENERS = frozenset(
    "не это этого этому этим его ее её их нужно надо можно нельзя необходимо следует стоит никто ничто никому "
    "никого ничего".split()
)


def _clause_after_kind(comp: str, verb: bool = False) -> bool:
    """Whether what follows a kind word is a clause of which the document is the subject, not its title: it opens
    with a predicative, a negation or a pronoun (or, with ``verb``, a finite verb)."""
    first = re.match(r"[а-яё]+", comp)
    if not first:
        return False
    word = first.group(0)
    if word in _RU_CLAUSE_OPENERS:
        return True
    parses = _parses(word)
    # "Соглашение заключено сроком на пять лет": a short participle is the document's predicate
    pos = ("VERB", "PRED", "PRTS") if verb else ("PRED", "PRTS")
    return bool(parses) and parses[0].tag.POS in pos and parses[0].score >= 0.5


@functools.lru_cache(maxsize=20_000)
def _is_verb(word: str) -> bool:
    """Whether the dictionary reads a lower-case word first as a finite verb (past or present)."""
    parses = _parses(word)
    return bool(parses) and parses[0].tag.POS == "VERB"


# --------------------------------------------------------------------------------------------------------------
# Agreements, dates, places, countries

_KIND_TITLES = {
    "memorandum": "Меморандум",
    "agreement": "Соглашение",
    "protocol": "Протокол",
    "declaration": "Декларация",
    "roadmap": "Дорожная карта",
    "programme_plan": "План действий",
    "programme": "Программа",
    "treaty": "Договор",
    "contract": "Контракт",
    "letter": "Письмо о намерениях",
    "venture": "Соглашение о совместном предприятии",
    "document": "Документ",
    "notes": "Обмен нотами",
    "credit": "Кредит",
    "grant": "Грант",
}
# The package's agreement kinds for the instruments that have none of their own.
_KIND_SLUGS = {
    "programme_plan": "programme",
    "letter": "memorandum",
    "venture": "contract",
    "document": "agreement",
    "notes": "agreement",
    "credit": "agreement",
    "grant": "agreement",
}
# Items of a list the previous sentence signed: a line with a list marker, or "Девять документов: ..." after
# "Подписание.".
_RU_LIST_ITEM_RE = re.compile(
    r"\s*(?:[–—•*-]|\d{1,2}[.)])\s|[^.:]{0,40}?(?<![\w-])(?:" + "|".join(p for p, _ in _RU_KINDS) + r")(?![\w-])\s*:",
    re.I,
)
_LIST_HEAD_RE = re.compile(r"\b(?:в сферах|в областях|в сфере|в области|по вопросам|по направлениям)\s+", re.I)
_COMPLEMENT_STOP_RE = re.compile(
    # a dash before a lower-case word opens a remark; between two names it is a route ("линии Оля — Энзели"); wire
    # copy typed on a plain keyboard sets the dash as a hyphen between spaces ("министерства связи - соглашение")
    r"[;.!?:(]|,\s+(?:а также|а|но|однако|хотя|котор\w+|что|подписан\w*|в том числе|стороны|это|где|куда|откуда)\b|"
    r"\s[—–-]\s(?=(?-i:[а-яё]))|"
    # "декларацию о партнерстве и еще целый ряд документов": the next papers, counted, not this one's topic
    r",?\s+и\s+(?:еще|ещё)\s|"
    # "Декларацию о партнерстве, и это важный документ", "Совместное заявление и, по данным ..., 11 документов":
    # a clause about it or an aside, then other papers
    r",\s+и\s+(?:это|этот|эта|эти|он|она|они)\s|\s+и,\s|,\s+(?:в\s+рамках|в\s+ходе|в\s+соответствии\s+с|согласно|по|в|на|с|[а-яё]+)\s+котор\w+|"
    r",\s+[а-яё]+\s+(?:по|в|на|с|о)\s+котор\w+|"
    # the next instrument of a list, adjectives before it: "..., межправительственное соглашение о ..."
    # the circumstances of the signing: "11 соглашений о сотрудничестве в ходе визита", "в присутствии лидеров"
    r"\s(?:в\s+ходе|во\s+время|по\s+итогам|на\s+полях|в\s+присутствии)\s|"
    # "Помимо соглашения о расчетах, в пакет вошли ...": the clause of the package's other papers
    r",\s+(?:[а-яё]+\s+){0,3}(?:вош(?:ли|ел|ёл|ла)|входят|включа(?:ет|ют)|включен[оаы]?)\s|"
    # "..., и ряд межведомственных меморандумов": the next papers, counted
    r"(?:,|\s+и|\s+а также|\s+до)\s+(?=(?:(?:(?:целый\s+)?ряд|пакет|несколько|\d+)\s+(?:[а-яё-]+(?:ых|их)\s+){0,2})?"
    r"(?:[а-яё-]+(?:ое|ый|ий|ая|ой|ые|ие)\s+){0,2}(?:"
    + "|".join(p for p, _ in _RU_KINDS)
    + r")(?![\w-]))|\s(?:был\w*|будет|будут|подписа\w*)\s",
    re.I,
)


# What a package of signed documents holds: "В него вошли", "Документы касаются", "включает", "посвящены".
_RU_CONTENTS_RE = re.compile(
    r"(?<![\w-])(?:вош(?:ли|ел|ёл|ла)|входят|включ(?:ает|ают|ил|или|ен\w*)|касают(?:ся)?|касается|посвящен\w*|"
    r"охватыва\w+)(?![\w-])",
    re.I,
)


def _closing_mark(text: str, opened: int) -> int:
    """Where the « at ``opened`` closes (nested «» counted), or -1."""
    depth = 0
    for i in range(opened, len(text)):
        if text[i] == "«":
            depth += 1
        elif text[i] == "»":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _unopened_mark_dropped(comp: str) -> str:
    """A complement without the closing mark of a quotation it ends ("«Подписаны документы в сферах A и B», -
    говорится ..."): that mark belongs to the quotation, not to a name inside the complement."""
    close = comp[-1:]
    if close == '"' and comp.count('"') % 2 or close in "»”" and comp.count(close) > comp.count("«“"[close == "”"]):
        return comp[:-1].rstrip(" ,")
    return comp


def _counted_plural(before: str) -> bool:
    """Whether a number stands right before a kind word ("два документа", "14 соглашений"): several documents."""
    return bool(
        re.search(
            r"(?<![\w-])(?:\d+|дв[ае]|три|четыре|пять|шесть|семь|восемь|девять|десять|оба|обе)\s+$", before, re.I
        )
    )


def _prepositional(phrase: str, case: str = "gent") -> str:
    """The first noun of a topic after "касаются" (genitive) or "посвящен" (dative) in the prepositional after "о":
    "сотрудничества в сферах" -> "сотрудничестве в сферах"."""
    words = phrase.split(" ")
    out = []
    for i, word in enumerate(words):
        # "«зеленой» энергетики": a word set in marks is inflected inside them
        marks = re.fullmatch(r"([«\"„“]?)(.*?)([»\"”]?)", word)
        bare = marks.group(2)
        parse = next((p for p in _parses(bare) if p.tag.POS in ("NOUN", "ADJF") and p.tag.case == case), None)
        inflected = parse.inflect({"loct", parse.tag.number or "sing"}) if parse else None
        if inflected is None:
            return " ".join(out + words[i:])
        form = inflected.word if "ё" in bare else inflected.word.replace("ё", "е")  # as the writer spells it
        out.append(marks.group(1) + form + marks.group(3))
        if parse.tag.POS == "NOUN":  # "таможенного сотрудничества" -> "таможенном сотрудничестве", then as written
            return " ".join(out + words[i + 1 :])
    return " ".join(out)


_RU_FIELD_HEAD_RE = re.compile(
    r"(?<![\w-])(?:в\s+сфер(?:е|ах)|в\s+област(?:и|ях)|в\s+отрасл(?:и|ях)|по\s+вопросам|по\s+направлени(?:ю|ям))\s+",
    re.I,
)


def _list_goes_on(rest: str, stop: re.Match) -> bool:
    """Whether a list of fields goes on past ", а также": the next word is a noun, adjective or numeral in the
    genitive ("а также науки и инноваций", "а также нескольких заводов"), not a verb, a document or a clause of its
    own."""
    m = re.match(r",\s+а\s+также\s+(?P<w>[а-яё-]+)", rest[stop.start() :])
    if not m or _RU_KIND_RE.match(rest, stop.start() + m.start("w")):
        return False
    parses = _parses(m.group("w"))
    return bool(parses) and parses[0].tag.POS in ("NOUN", "ADJF", "NUMR") and parses[0].tag.case == "gent"


# "на строительство A, B и C", "о модернизации A, B, а также C": one action whose objects, in the genitive, are
# listed after it
_RU_ACTION_LIST_RE = re.compile(
    r"(?P<lead>(?:на|о|об)\s+(?:строительств[оеа]|создани[еяи]|поставк[иуе]|поставок|производств[оеа]|"
    r"модернизаци[юи]|реконструкци[юи]|разработк[уие]|выпуск[еа]?|открыти[еяи]|расширени[еяи]|"
    r"приобретени[еяи]|закупк[иуе]|закупок|возведени[еяи]))\s+(?P<objs>\S.*)",
    re.I,
)
_RU_PREPOSITION_IN_RE = re.compile(r"(?<![\w-])(?:в|во|на|по|для|с|со|из|при|под|от|к|у|через)\s")


def _action_objects(comp: str, also: bool) -> list[str]:
    """The documents of a plural kind over one action's objects, one an object: "на строительство солнечных и
    ветровых электростанций, медно-обогатительного комбината, а также заводов по производству A и B" gives three.
    "и" in the last object parts it only after a noun with no preposition before ("завода, склада и порта"), and
    not when the last object came after "а также" (``also``). Empty unless commas list two objects or more."""
    m = _RU_ACTION_LIST_RE.fullmatch(comp.strip())
    if not m or "," not in m.group("objs"):
        return []
    parts = [x.strip() for x in re.split(r",\s+(?:а\s+также\s+)?|\s+а\s+также\s+", m.group("objs"))]
    if not also and (last := re.fullmatch(r"(?P<a>.+?)\s+и\s+(?P<b>\S.*)", parts[-1])):
        word = last.group("a").split()[-1]
        if not _RU_PREPOSITION_IN_RE.search(last.group("a")) and any(p.tag.POS == "NOUN" for p in _parses(word)[:1]):
            parts[-1:] = [last.group("a"), last.group("b")]

    def genitive(phrase: str) -> bool:
        first = phrase.split()[0].lower() if phrase.split() else ""
        if first in ("о", "об", "обо") or _RU_PREPOSITION_IN_RE.match(phrase):
            return False  # "о производстве A, о переработке B": topics of their own, each with its preposition
        return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "NUMR") for p in _parses(first))

    if len(parts) < 2 or not all(genitive(x) and len(x.split()) <= 10 for x in parts):
        return []
    return [f"{m.group('lead')} {x}" for x in parts]


# "протоколы, открывающие китайский рынок для A и B": documents that open a market to goods, one per good.
_RU_MARKET_FOR_RE = re.compile(
    r",?\s*(?:[Оо]ткрыва\w+|[Оо]ткрыти\w+)\s+(?P<m>(?:[а-яё-]+\s+)?рынок(?:\s+[А-ЯЁ][а-яё-]+)?)\s+для\s+"
    r"(?P<g>[^,«»;]+?(?:,\s+[^,«»;]+?)*\s+и\s+[^,«»;]+)"
)


# The adjectives right before a kind word, which may name its field when its topic does not: "фитосанитарные".
_RU_DASH_ADJECTIVES_RE = re.compile(
    r"(?:[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){0,2}?(?=" + _RU_KIND_RE.pattern + ")", re.I
)
_RU_KIND_ADJECTIVE_RE = re.compile(r"(?:(?<![\w-])[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их)\s+){1,2}$", re.I)


# "о строительстве <A> и <B>": a verbal noun whose two objects follow it.
_RU_SHARED_ACTION_RE = re.compile(
    r"(?P<lead>(?:о|об)\s+(?:строительстве|создании|поставках|поставке|производстве|модернизации|реконструкции))\s+"
    r"(?P<a>[^,«»]+?)\s+и\s+(?P<b>[^,«»]+)"
)


def _genitive_word(phrase: str) -> bool:
    """Whether a phrase opens with a word the dictionary can read in the genitive: an object of a verbal noun."""
    first = phrase.split()[0].lower()
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in _parses(first))


_RU_GENITIVE_LIST_RE = re.compile(r"(?P<lead>(?:о|об)\s+[^,]+?\s)(?P<first>[а-яё-]+)(?P<rest>(?:,\s+[^,]+)+)")


def _genitive_list(comp: str) -> list[str]:
    """The documents of a plural kind whose complement ends in a list of objects in the genitive, the words
    before shared: "протоколы о допуске на рынок сорго, кофе и мяса птицы" gives "о допуске на рынок сорго", "...
    кофе", "... мяса птицы". Empty unless a comma and "и" join at least three such objects."""
    m = _RU_GENITIVE_LIST_RE.fullmatch(comp)
    if not m or " и " not in m.group("rest") or len(m.group("lead").split()) < 3:
        return []
    rest = re.split(r",\s+|\s+и\s+", m.group("rest").lstrip(", "))
    objects = [m.group("first"), *rest]
    if not all(x and len(x.split()) <= 6 and _genitive_word(x) for x in objects):
        return []
    return [m.group("lead") + x for x in objects]


def _split_fields(body: str) -> list[str]:
    """A list of fields: at every comma, and at "и" only in its last part; "и" in a part that commas go on after
    joins two fields of one document ("в сфере сельского хозяйства, геологии и горнодобывающей промышленности,
    здравоохранения")."""
    parts = re.split(r",\s+(?![^«»\"]*[»\"])", body)
    # "и" inside marks names a thing ("Пояса и пути"), not the next field
    return parts[:-1] + re.split(r"\s+и\s+(?![^«»\"]*[»\"])", parts[-1])


def _field_items(comp: str) -> list[str]:
    """The documents of a plural kind's complement listed by field, the subject shared: "о сотрудничестве в
    области A и B, в сфере C, D" gives "... в области A и B", "... в сфере C", "... в сфере D"; "о сотрудничестве
    в здравоохранении, спорте" gives one a field. A complement without a comma-separated list is one document."""
    lead = re.match(r"(?:о|об)\s+[а-яё]+\s+(?=(?:в|во|по)\s)", comp)
    if lead:  # "о сотрудничестве в таможенных делах, в борьбе с преступностью и в области ветеринарии"
        parts = re.split(r"(?:,\s+|\s+и\s+)(?=(?:в|во|по)\s)", comp[lead.end() :])
        if len(parts) > 1:
            return [y for part in parts for y in _field_items(lead.group(0) + part)]
    heads = list(_RU_FIELD_HEAD_RE.finditer(comp))
    if not heads:
        bare = re.match(r"((?:о|об)\s+[а-яё]+\s+(?:в|во|по)\s+)([^,]+(?:,\s+[^,]+)+)$", comp)
        items = re.split(r",\s+|\s+и\s+", bare.group(2)) if bare else []
        if items and all(1 <= len(x.split()) <= 6 for x in items):
            return [bare.group(1) + x for x in items if x.strip()]
        return [comp]
    seg_starts = [heads[0].start()] + [h.start() for h in heads[1:] if re.search(r",\s+$", comp[: h.start()])]
    if len(seg_starts) == 1 and "," not in comp[heads[0].end() :]:
        return [comp]
    prefix = comp[: heads[0].start()]
    out = []
    for a, b in zip(seg_starts, [*seg_starts[1:], len(comp)], strict=True):
        seg = comp[a:b].strip().rstrip(",").strip()
        head = _RU_FIELD_HEAD_RE.match(seg)
        name = {"в сферах": "в сфере", "в областях": "в области", "в отраслях": "в отрасли"}.get(
            re.sub(r"\s+", " ", head.group(0).strip().lower()), head.group(0).strip()
        )
        body = seg[head.end() :]
        fields = _split_fields(body) if "," in body or name != head.group(0).strip() else [body]
        out += [f"{prefix}{name} {f.strip()}" for f in fields if f.strip()]
    return out


# A total's documents told by field after it: "14 документов о сотрудничестве, в том числе в области A, B и C",
# "11 документов – о сотрудничестве в сфере A и B", "документов — от A и B до C"; a memorandum's own complement
# first: "три меморандума о взаимопонимании — в сферах A, B и C".
_RU_TOTAL_FIELDS_RE = re.compile(
    r"(?P<dash>\s*[—–:-](?=\s+(?:о|об)\s))?"
    r"(?P<lead>\s+(?:о|об)\s+(?:[а-яё-]+(?:ом|ем)\s+)?"
    r"(?:сотрудничеств[еа]|взаимодействи[ия]|партн[её]рств[еа]|взаимопонимани[ия]))?"
    r"(?:\s+в\s+(?:самых\s+)?(?:разных|различных|широком\s+круге|ключевых|целом\s+ряде)\s+"
    r"(?:сфер\w*|област\w*|отрасл\w*|направлени\w*))?"
    r"(?P<sep>,\s+(?:в\s+том\s+числе|включая|в\s+частности|прежде\s+всего|главным\s+образом)\s+|"
    r"\s*[—–:-]\s+|\s+)"
    r"(?P<body>(?P<head>в\s+сфер(?:е|ах)|в\s+област(?:и|ях)|в\s+отрасл(?:и|ях)|по\s+направлени(?:ю|ям)|по|от|"
    r"(?P<such>в\s+таких\s+(?:сферах|областях|отраслях),?\s+как))\s+)?",
    re.I,
)
_RU_TOTAL_FIELDS_END_RE = re.compile(
    # "документов - в сфере A и B - подписали министры": a hyphen between spaces is a dash that closes the fields
    r"[;.!?:(]|,\s+(?:а\s+также|а|но|однако|хотя|котор\w+|что|в\s+том\s+числе)\s|\s[—–-]\s|"
    r"\s(?:в\s+ходе|во\s+время|по\s+итогам|на\s+полях|в\s+присутствии|на\s+сумму|на\s+общую)\s",
    re.I,
)


def _total_by_field(rest: str) -> tuple[list[str], int] | None:
    """The fields a total of documents is told by, right after its kind word, as the items' topics ("о
    сотрудничестве в сфере A"), with how much of ``rest`` they cover; None when the total names no field."""
    m = _RU_TOTAL_FIELDS_RE.match(rest)
    if not m:
        return None
    head = (m.group("head") or "").lower()
    if not head:
        return None  # "документов, охватывающих торговлю и энергетику": topics of a total, not documents named
    if not m.group("dash") and m.group("sep").strip() == "" and head in ("", "по", "в сфере", "в области"):
        return None  # "документов по итогам", "соглашения в области энергетики": the usual complement, not a total
    if head == "по" and re.match(r"(?:итог|результат|линии|случаю|инициатив)", rest[m.end() :], re.I):
        return None
    lo = m.end()
    end = _RU_TOTAL_FIELDS_END_RE.search(rest, lo)
    hi = end.start() if end else len(rest)
    while end and end.group(0).startswith(",") and "а также" in end.group(0) and _list_goes_on(rest, end):
        end = _RU_TOTAL_FIELDS_END_RE.search(rest, end.end())
        hi = end.start() if end else len(rest)
    body = re.sub(r",\s+а\s+также\s+", ", ", rest[lo:hi]).strip(" ,")
    if not body or re.search(r"\d", body):
        return None
    named_last = None
    if head == "от":
        until = re.search(r"\s+до\s+", body)
        if until and _RU_KIND_RE.search(body, until.end()):
            # "от сотрудничества в образовании до меморандума по ...": the last is a document named in full, read
            # on its own; the fields before it are one document each
            named_last = until
            hi = lo + rest[lo:hi].find(body) + until.end()
            body = body[: until.start()]
        parts = re.split(r",\s+|\s+и\s+|\s+до\s+", body)
    else:
        parts = _split_fields(body)
    items = [x.strip() for x in parts if x.strip()]
    if named_last is not None:
        items = [re.sub(r"^сотрудничеств[ао]\s+", "", x) for x in items]
    if m.group("such"):
        # "в таких областях, как зеленое развитие, санитарный и фитосанитарный контроль": the fields are named in
        # the nominative, an adjective alone sharing the noun of the next one; the titles give them as a genitive
        joined: list[str] = []
        for x in items:
            if joined and _lone_adjective(joined[-1]):
                joined[-1] = f"{joined[-1]} и {x}"
            else:
                joined.append(x)
        items = [_genitive_phrase(x) for x in joined]
        head = "в области"
    if len(items) < (1 if named_last else 2) or any(
        len(_RU_NAMED_RE.sub("N", x).split()) > 4 or _RU_KIND_RE.search(x) for x in items
    ):
        return None  # a name in marks is one word: "строительство «Пояса и пути»"
    if any(_is_verb(w.lower()) for x in items for w in _RU_NAMED_RE.sub("N", x).split()):
        return None
    if head == "по":
        topic = "по "
    elif head in ("в сферах", "в сфере", "от", ""):
        topic = "в сфере "
    elif head in ("в областях", "в области"):
        topic = "в области "
    elif head.startswith("в отрасл"):
        topic = "в отрасли "
    else:
        topic = "по направлению "
    if topic != "по ":
        topic = (m.group("lead") or " о сотрудничестве").strip() + " " + topic
    lead = (m.group("lead") or " о сотрудничестве").strip() + " "
    # "от сотрудничества в образовании": a field told with its own preposition keeps it; "в сфере культуры и об
    # отмене виз", "по энергетике и по туризму": an item with a topic of its own is that document's whole topic
    own = r"(?:о|об|по)\s" if head == "по" else r"(?:о|об)\s"
    return [x if re.match(own, x) else lead + x if re.match(r"(?:в|во|по)\s", x) else topic + x for x in items], hi


_RU_NAMED_RE = re.compile(r"«[^«»]*»|\"[^\"]*\"")


def _lone_adjective(phrase: str) -> bool:
    return " " not in phrase and any(p.tag.POS == "ADJF" and p.tag.case == "nomn" for p in _parses(phrase.lower()))


_RU_ADJ_GENITIVE = {
    "ое": "ого",
    "ее": "его",
    "ый": "ого",
    "ий": "его",
    "ой": "ого",
    "ая": "ой",
    "яя": "ей",
    "ые": "ых",
    "ие": "их",
}


def _genitive_phrase(phrase: str) -> str:
    """A field named in the nominative into the genitive, up to its first noun: "зеленое развитие" -> "зеленого
    развития", "экспорт сельскохозяйственной продукции" -> "экспорта сельскохозяйственной продукции"."""
    words = phrase.split(" ")
    out = []
    for i, word in enumerate(words):
        if word == "и":
            out.append(word)
            continue
        parse, inflected = None, None
        for p in _parses(word.lower()):
            if p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "nomn":
                form = p.inflect({"gent", p.tag.number or "sing"})
                parse, inflected = p, form.word if form is not None else None
                break
        if inflected is not None and not inflected.replace("ё", "е").startswith(word.lower().replace("ё", "е")[:-2]):
            # a comparative's dictionary form changes its stem ("высшее" -> "высочайшего"): its ending is enough
            ending = re.search(r"(?:ое|ее|ый|ий|ой|ая|яя|ые|ие)$", word.lower())
            inflected = None
            if ending and parse.tag.POS == "ADJF":
                inflected = word.lower()[: ending.start()] + _RU_ADJ_GENITIVE[ending.group(0)]
        if inflected is None:
            return " ".join(out + words[i:])
        form = inflected if "ё" in word.lower() else inflected.replace("ё", "е")
        out.append(form if word.islower() else form.capitalize())
        if parse.tag.POS == "NOUN":
            return " ".join(out + words[i + 1 :])
    return " ".join(out)


# "Третий документ – меморандум ...", "Второе направление — энергетика: меморандум по ...": the next of a count.
_RU_ORDINAL_DOCUMENT_RE = re.compile(
    r"\s*(?:(?:[Пп]ерв|[Вв]тор|[Тт]рет|[Чч]етв[её]рт|[Пп]ят|[Шш]ест|[Сс]едьм|[Пп]оследн|[Ее]щ[её]\s+од)[а-яё]*\s+"
    r"(?:(?:[а-яё-]+\s+)?(?:документ|соглашени|меморандум|контракт|договор)\w*(?![\w-])|"
    r"[а-яё]+\s+[—–-]\s+[^.:;]{2,40}:\s+(?=(?:[а-яё-]+\s+)?(?:документ|соглашени|меморандум|контракт|договор)))|"
    # "Самым крупным по сумме стало соглашение между ...", "Крупнейшим стал документ между ...": the one the story
    # ranks first among those it counts signed
    # ("Наиболее крупным из них стало соглашение ...")
    # "На втором месте по объему – соглашение о ...": the one ranked by its place
    r"(?:[Нн]а\s+(?:первом|втором|третьем|четв[её]ртом|пятом)\s+месте|"
    r"(?:[Сс]амы[мй]|[Нн]аиболее)\s+[а-яё]+|[Кк]рупнейш\w+)(?:\s+по\s+[а-яё]+)?(?:\s+из\s+них)?\s+"
    r"(?:стал[оаи]?\s+|[—–-]\s+)"
    r"(?:[а-яё-]+\s+)?(?:документ|соглашени|меморандум|контракт|договор)\w*(?![\w-]))"
)
_RU_PLANT_RE = re.compile(r"(?<![\w-])(?:завод|фабрик|комбинат|предприяти|производств)\w*", re.I)
_RU_PLANT_BUILT_RE = re.compile(
    # an industrial cluster is a group of plants: building one is the partner's investment as well
    r"(?<![\w-])(?:строительств|возведени|сооружени)\w*\s+(?:[а-яё-]+\s+){0,2}?(?:завод|фабрик|комбинат|кластер)\w*",
    re.I,
)
_RU_QUOTED_NAME_RE = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)?»")
_RU_POLITICAL_HEAD_RE = re.compile(
    r"(?:[а-яё]+(?:ое|ая|ый|ий)\s+)?(?:декларац|совместн|заявлени|коммюнике|договор|"
    r"план\w*\s+(?:[а-яё-]+\s+)?(?:действий|консультаций))",
    re.I,
)
_RU_POLITICAL_PARTY_RE = re.compile(r"консультац|иностранных\s+дел|(?<![\w-])МИД(?![\w-])|внешнеполитическ", re.I)


# (a pure reading of its words, asked again for the same words across a story's passes: read once)
@functools.lru_cache(maxsize=4096)
def _ru_sphere(title: str) -> str:
    """The sphere of an agreement from its whole title; joint statements and declarations are political."""
    # "между Министерством по политическим вопросам ... о сотрудничестве в области безопасности": a party's own
    # "по" belongs to its name when a topic with "о" follows
    between = re.search(r"(?<![\w-])между\s.+?\s(?:о|об)\s(?=[а-яё])", title)
    if not (between and _RU_SPHERE_RE.search(title, between.end())):
        between = re.search(r"(?<![\w-])между\s.+?\s(?:о|об|по)\s(?=[а-яё])", title)
    if between and _RU_SPHERE_RE.search(title, between.end()):
        # "Меморандум между Министерством водных ресурсов, сельского хозяйства ... о сотрудничестве в сфере
        # животноводства": the parties' names are not its field; its topic is
        title = title[between.end() :]
    if _RU_PLANT_BUILT_RE.search(title):
        # "о строительстве завода по производству аккумуляторов": a plant a partner builds is its investment
        # whatever the plant will make
        return "investment"
    matches = list(_RU_SPHERE_RE.finditer(title))
    named = [(n.start(), n.end()) for n in _RU_QUOTED_NAME_RE.finditer(title)]
    if named:
        # "Соглашение группы «Ромашка-Газ» о выпуске автомобилей": a firm's name in marks is not the field
        # when the words around it name one
        outside = [x for x in matches if not any(a <= x.start() < b for a, b in named)]
        matches = outside or matches
    # building and supplying name the work, not the field: "о строительстве солнечных электростанций" is energy
    # and a fund names its money, not its field: "фонд поддержки культуры" is culture, "фонд развития" finance
    strong = [x for x in matches if not x.group(0).lower().startswith(("строительств", "поставк", "фонд"))]
    if len(strong) > 1 and strong[0].group(0).lower().startswith("исследовани"):
        strong = strong[1:]  # "по исследованию маршрута железной дороги": what is studied names the field
    if not strong and matches and _RU_PLANT_RE.search(title):
        return "investment"  # "о строительстве трикотажной фабрики": a plant built by a partner is an investment
    m = (strong or matches or [None])[0]
    if m:
        return _RU_SPHERES[int(m.lastgroup[1:])][0]
    if _RU_POLITICAL_HEAD_RE.match(title) or _RU_POLITICAL_PARTY_RE.search(title):
        return "political"  # a plan of consultations, a programme between foreign ministries
    if re.search(r"(?<![\w-])межправительственн\w+\s+(?:комисси|комитет)", title, re.I):
        # "Протокол заседания Межправительственного комитета": a commission of two governments with no field named
        # is the one on trade and the economy
        return "trade"
    return "other"


# Journalistic signs of background: "напомним", "ранее", "в прошлом году", "в начале девяностых".
# One person's titles that hold words of joint subjects: "Глава государства", "глава МИД".
_RU_ONE_HEAD_RE = re.compile(
    r"(?<![\w-])глав[аыеуо]й?\s+(?:[а-яё]+(?:ого|его|ой|ей)\s+)?(?:мид|государства|правительства|дипломатии|"
    r"региона|области|края|республики|города|администрации|внешнеполитического\s+ведомства)"
    r"(?![\w-])|"
    # "По словам главы Казахстана": one country's head in the genitive, not the heads of several
    r"(?<![\w-])главы\s+(?-i:[А-ЯЁ])[\w-]+(?=\s*$)|"
    # a chamber's name holds a joint word: "Председатель Палаты представителей"
    r"(?<![\w-])палат\w*\s+представителей(?![\w-])",
    re.I,
)


# A body in the genitive after a person's office is whose office it is ("заместитель директора Агентства",
# "советник аппарата"), not the body speaking ("в ведомстве заявили", "по оценке польской канцелярии", "Отдел
# информационной политики Администрации")
_RU_BODY_OF_OFFICE_RE = re.compile(
    r"(?<![\w-])([а-яё]{3,})\s+(?:агентства|ведомства|министерства|правительства|администрации|аппарата|"
    r"секретариата|канцелярии|офиса)(?![\w-])",
    re.I,
)


def _body_of_office(m: re.Match) -> str:
    parses = _parses(m.group(1).lower())
    office = bool(parses) and parses[0].tag.POS == "NOUN" and "anim" in parses[0].tag
    return m.group(1) if office else m.group(0)


# "и" before a lower-case genitive joins the fields of one office ("министр дорог и городского строительства",
# "министр промышленности и торговли"), not two speakers ("министр и его коллега", "президент и премьер-министр")
_RU_OFFICE_AND_RE = re.compile(r"(?<![\w-])и\s+(?=([а-яё]+)(?![\w-]))")


def _office_and(m: re.Match) -> str:
    parses = _parses(m.group(1))
    tag = parses[0].tag if parses else None
    of_field = tag is not None and tag.case == "gent" and (tag.POS == "ADJF" or (tag.POS == "NOUN" and "inan" in tag))
    return " " if of_field else m.group(0)


# "контракты на $900 млн": a total, no document named
_RU_AMOUNT_ONLY_RE = re.compile(
    r"(?:(?:почти|около|более|свыше|порядка|примерно)\s+)?на\s+(?:(?:общую\s+)?сумму\s+)?"
    r"(?:(?:почти|около|более|свыше|порядка|примерно)\s+)?[$€¥£]?\s?[\d][\d,.\s]*"
    r"(?:млрд|млн|тыс|миллиард\w*|миллион\w*|тысяч\w*)?\.?\s*(?:долларов|евро|юаней|иен|рублей|[$€¥£])?\s*$"
)
# "контракт на 15 лет": a deal's term alone names no deal (a plan's term does: its kind word names it)
# Parties named only by their class: "между компаниями и организациями двух стран", "между хозяйствующими
# субъектами", "между предприятиями обеих стран".
_RU_CLASS_OF_PARTIES_RE = re.compile(
    # "меморандумы между министерствами, ведомствами и компаниями": the last class may end the phrase
    r"между\s+(?:[а-яё]+(?:ами|ями|ыми|ими)(?:\s+и\s+|\s+|,\s+|(?=\s*$))){1,4}"
    r"(?:(?:двух|обеих|наших)\s+(?:стран|государств)|сторон)?\s*$"
)
# Documents between the bodies of one field on each side, several fields named: "между министерствами
# здравоохранения и спорта", "между ведомствами по туризму, культуре и связи".
_RU_BODIES_BY_FIELD_RE = re.compile(
    r"между\s+(?:профильными\s+)?(?:министерствами|ведомствами|агентствами|комитетами)\s+(?:по\s+)?"
    r"(?P<f>[а-яё-]+(?:\s+[а-яё-]+)?(?:(?:,\s+(?:а\s+также\s+)?|\s+и\s+)[а-яё-]+(?:\s+[а-яё-]+)?)+)"
)
_RU_SHARE_OF_RE = re.compile(r"(?<![\w-])(?:основн|больш)\w*\s+част\w*\s+(?:[а-яё]+\s+)?$", re.I)
_RU_KIND_PAIR_RE = re.compile(r"(?:и|или)\s+(?:[а-яё-]+\s+){0,2}?(?:" + _RU_KIND_RE.pattern + ")", re.I)
_RU_AND_TOTAL_RE = re.compile(r"(?:и|или)\s[^.;]*?\sна\s+(?:общую\s+)?сумму\s")
_RU_IN_USE_RE = re.compile(
    r"(?<![\w-])(?:с\s+уч[её]том|использовани\w*|реализаци\w*|выполнени\w*|в\s+рамках|за\s+сч[её]т|"
    r"в\s+сч[её]т)\s+(?:[а-яё-]+\s+){0,2}$",
    re.I,
)
_RU_SIGNED_BEFORE_RE = re.compile(
    r"(?<![\w-])после\s+(?:(?:подписани|заключени)\w*\s+(?:[а-яё-]+\s+){0,2}|того,\s+как\s+[^.;,]*)$", re.I
)
_RU_TO_BE_MADE_RE = re.compile(
    r"(?<![\w-])(?:выйти\s+на|прийти\s+к|подготовить|разработать|выработать|согласовать)\s+(?:[а-яё-]+\s+)?[«„\"]?$",
    re.I,
)
# "Программа визита / переговоров": the visit's schedule, not a document signed.
_RU_SCHEDULE_RE = re.compile(
    r"(?:[а-яё-]+(?:ого|его|ых|их)\s+){0,2}(?:визита|пребывания|переговоров|мероприятий|дня|поездки|турне)(?![\w-])"
)
_RU_AND_CLAUSE_RE = re.compile(
    r"и,?\s+(?:(?:его|её|ее|их|что|это|как)(?![\w-])|(?:[а-яё]+\s+)?(?P<v>[а-яё]{3,}(?:ли|ла|л))(?![\w-]))"
)
_RU_AND_PAST_RE = re.compile(r",?\s+и\s+(?:[а-яё]+\s+)?([а-яё]{3,}(?:ли|ла|л))(?![\w-])")
# A finite verb after a title's topic: "создаст", "позволит", "открывает", "дают"; in the past, "состоялась",
# "стало" ("Церемония подписания соглашения о ... состоялась в ...").
_RU_VERB_IN_TITLE_RE = re.compile(r"\s([а-яё]{2,}(?:ит|ет|ут|ют|ат|ят|ст|лся|лась|лось|лись|ло|ла|ли))(?![\w-])")
_RU_TERM_ONLY_RE = re.compile(r"(?:сроком\s+)?на\s+(?:\d+|[а-яё]+)\s+(?:лет|года?|месяц\w*)[»\"”]?\s*$")
_RU_COURTESY_RE = re.compile(
    r"(?<![\w-])за\s+(?:\w+\s+)?(?:гостеприимств\w*|при[её]м\w*|приглашени\w*|встреч[уи])(?![\w-])", re.I
)
_RU_PLURAL_SUBJECT_RE = re.compile(
    r"(?<![\w-])(?:стороны|сторон|лидеры|лидеров|президенты|президентов|министры|министров|делегации|делегаций|"
    r"они|их|участники|участников|глав|премьеров|собеседников|политиков)(?![\w-])",
    re.I,
)
_RU_PUBLISHED = re.compile(r"опубликова|распростран", re.I)
_RU_BACKGROUND_RE = re.compile(
    r"^\s*(?:Ранее|Как сообщалось)\b|(?<![\w-])(?:напомним|как известно|в прошлом году|прошлого года|в начале|"
    r"в конце)(?![\w-])|"
    r"(?:девяност|восьмидесят|двухтысячн)\w*|"
    # "30-летие подписания Договора", "годовщина", "юбилей": an anniversary of an earlier instrument
    r"\d+-?лети\w+|(?<![\w-])(?:[а-яё]+летие\w*|годовщин\w*|юбиле\w*)(?![\w-])",
    re.I,
)


# "X и Y заключили соглашение о A, Z и W – о B, а Q и R – о C": the next signers, then a dash for the verb and
# kind left out and the next topic
_RU_GAP_PARTIES_RE = re.compile(r",\s+(?:а\s+)?(?P<p>[^,;.—–]{3,80}?)$")
_RU_GAP_TOPIC_RE = re.compile(
    r"\s[—–]\s+(?P<t>(?:о|об|на|по)\s[^;.—–]+?)(?=,\s+(?:а\s+)?[^,;.—–]{3,80}?\s[—–]\s+(?:о|об|на|по)\s|[;.]|$)"
)


def _gapped_signings(comp: str, rest: str, stop_at: int) -> tuple[str, list[str], int]:
    """The topic of the first document, the topics of the next signers' ones of the same kind, and where they end
    in ``rest``: the signers are named (a capital or marks), each next topic after a dash."""
    parties = _RU_GAP_PARTIES_RE.search(comp)
    if not parties or not re.search(r"[A-ZА-ЯЁ«\"]", parties.group("p")) or not re.match(r"\s*(?:о|об|на|по)\s", comp):
        return comp, [], 0
    topics, at = [], stop_at
    while piece := _RU_GAP_TOPIC_RE.match(rest, at):
        topics.append(piece.group("t").strip())
        at = piece.end()
        follow = re.match(r",\s+(?:а\s+)?[^,;.—–]{3,80}?(?=\s[—–]\s)", rest[at:])
        if not follow or not re.search(r"[A-ZА-ЯЁ«\"]", follow.group(0)[1:]):
            break
        at += follow.end()
    if not topics:
        return comp, [], 0
    return comp[: parties.start()].rstrip(" ,"), topics, at


def _signed_document(title: str, kind: str, start: int, end: int) -> AgreementSuggestion:
    """A document the text names by a title built from its kind and field, signed on this visit."""
    return AgreementSuggestion(
        title=title,
        kind=_KIND_SLUGS.get(kind, kind),
        sphere=_ru_sphere(title),
        status="signed",
        start=start,
        end=end,
    )


def _earlier_year(sentence: str, dateline: datetime.date | None) -> bool:
    """Whether a sentence tells of an earlier year ("в 2018 году подписали Договор"): background, not this visit.

    A period an instrument runs for ("на 2024–2027 годы", "до 2030 года") is not a year it was signed in."""
    sentence = re.sub(r"(?:на|до|по)\s+(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)\d\d)?", " ", sentence)
    # "Протокол о внесении изменений в Соглашение от 12 мая 2019 года": the date of the instrument amended
    sentence = re.sub(r"(?<![\w-])от\s+(?:\d{1,2}\s+[а-я]+\s+)?(?:19|20)\d\d", " ", sentence)
    # "строительство которого обсуждается с 2019 года": a year since when something runs reaches the present
    sentence = re.sub(r"(?<![\w-])с\s+(?:19|20)\d\d\s+год", " ", sentence)
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", sentence)]
    return bool(years) and dateline is not None and max(years) < dateline.year


def _plural_kind(word: str) -> bool:
    """Whether a kind word is plural ("соглашения о ..." signed as a list, one per item), not one document."""
    head = word.split()[-1] if word.lower().startswith(("совместн", "дорожн")) else word.split()[0]
    parses = _parses(head.lower())
    return any("plur" in p.tag for p in parses) and not any("sing" in p.tag and "nomn" in p.tag for p in parses[:1])


_RU_TOPIC_NEXT_RE = re.compile(
    r"\s*(?:Этот\s+|Данный\s+|Новый\s+)?(?:[Дд]окумент|[Мм]еморандум|[Сс]оглашение|[Дд]оговор|[Пп]ротокол|[Оо]н)\s+"
    r"(?:[а-яё]+\s+)?(?P<v>предусматривает|касается|посвящен|посвящён|определяет|регулирует|направлен\s+на)\s+"
    r"(?P<t>[^.;:]+)"
)


# "... соглашение – между X и Y. Стороны договорились о совместной геологоразведке ...": what the parties agreed
# names the field of the document named by its parties alone (not its topic: a bare kind stays no document)
_RU_PARTIES_AGREED_NEXT_RE = re.compile(
    r"\s*(?:Стороны|Компании|Партн[её]ры)\s+(?:[а-яё]+\s+)?(?:договорились|условились)\s+(?P<v>о|об)\s+(?P<t>[^.;:]+)"
)


def _topic_told_next(art: _RuArticle, s_hi: int) -> str:
    """The topic of a document named alone, told by the next sentence: "Премьеры подписали меморандум. Документ
    предусматривает создание фонда" -> "о создании фонда"."""
    m = _RU_TOPIC_NEXT_RE.match(art.text, s_hi)
    if not m or "\n" in art.text[s_hi : m.start("v")]:
        return ""
    case = {"касается": "gent", "посвящен": "datv", "посвящён": "datv"}.get(m.group("v"), "accs")
    topic = re.split(r",\s+(?:а|но|что|котор\w+)\s|\s[—–]\s", m.group("t"))[0].strip()
    prep = _prepositional(topic, case)
    return ("об " if prep[:1] in "аоуэиы" else "о ") + prep if prep != topic else ""


def _sphere_told_next(art: _RuArticle, s_hi: int) -> str:
    """The field of a document whose title names none, from what the next sentence says it provides for, by the
    field most of its words name: "Документ предусматривает обмен выставками, гастроли театров, цифровизацию
    музейных и библиотечных фондов" is culture's."""
    m = _RU_TOPIC_NEXT_RE.match(art.text, s_hi) or _RU_PARTIES_AGREED_NEXT_RE.match(art.text, s_hi)
    if not m or "\n" in art.text[s_hi : m.start("v")]:
        return "other"
    votes: dict[str, int] = {}
    for x in _RU_SPHERE_RE.finditer(m.group("t")):
        if not x.group(0).lower().startswith(("строительств", "поставк", "фонд")):
            sphere = _RU_SPHERES[int(x.lastgroup[1:])][0]
            votes[sphere] = votes.get(sphere, 0) + 1
    return max(votes, key=votes.get) if votes else "other"  # the first named wins a tie


def _about(topic: str) -> str:
    """A topic after "о", "об" before a vowel: "об открытии линии"."""
    return ("об " if topic[:1].lower() in "аоуэиы" else "о ") + topic


def _own_programme(before: str, word: str, comp: str) -> bool:
    """Whether a programme is one state's own policy, not an instrument of two: a national one ("Национальной
    программой развития ..."), or one of development or mechanisation named after a single country ("программах
    развития инфраструктуры Зимбабве"), with no partner or cooperation in its title."""
    comp = comp.split(",")[0]  # the title ends at the first comma; the sentence goes on after it
    if re.search(r"(?:между|сотрудничеств|совместн|двусторонн|обмен)", comp, re.I):
        return False
    if re.search(r"(?<![\w-])(?:национальн|государственн)\w*\s+$", before, re.I) or re.match(
        r"(?:национальн|государственн)", word, re.I
    ):
        return True
    return bool(
        re.match(r"(?:развития|механизации|модернизации|индустриализации)\s", comp, re.I)
        and _COUNTRY_NAME_RE.search(comp)
        and len({_COUNTRY_NAME_STEMS.get(x.group("stem"), "") for x in _COUNTRY_NAME_RE.finditer(comp)}) == 1
    )


def _document_list(sent: str) -> bool:
    """Whether a sentence is only a list of documents, each item opening with its kind ("Меморандум по энергетике,
    соглашение о ..., программа по туризму")."""
    if not _RU_KIND_RE.match(sent.strip()):
        return False
    items = re.split(r",\s+|\s+и\s+", sent.strip().rstrip("."))
    return len(items) >= 2 and all(_RU_KIND_RE.match(item) for item in items)


def _signing_before(art: _RuArticle, at: int) -> bool:
    """Whether the paragraph tells of a signing before ``at``: "Церемония подписания — в Золотом зале"."""
    p = art.sentence_at(at)[2]
    lo = art.paras[p][0] if p < len(art.paras) else at
    return any(not _RU_NOT_SIGNED.match(c.group(0)) for c in _RU_SIGNED_RE.finditer(art.text, lo, at))


# (also with the kind's adjectives between: "ни межправительственных соглашений, ни ...", "без подписанных
# контрактов ... решение принято не будет")
_RU_NEGATED_KIND_RE = re.compile(
    r"(?<![\w-])(?:не|ни|нет|без)\s+"
    r"(?:(?!(?:менее|более)\s)[а-яё-]+(?:ых|их|ой|ей|ого|его|ую|юю|ые|ие|ое|ее|ая|яя|ый|ий)\s+){0,2}$",
    re.I,
)
# The sum or number of documents: "общий объем коммерческих соглашений", "стоимость подписанных контрактов",
# "объем инвестиционных и торговых соглашений" (adjectives joined by "и" or "или").
_RU_TOTAL_OF_RE = re.compile(
    r"(?<![\w-])(?<!по\s)(?:объ[её]м\w*|сумм[аыуе]|стоимост\w*|количеств\w*|числ[оау])\s+"
    r"(?:[а-яё-]+(?:ых|их)\s+(?:(?:и|или)\s+)?){0,3}$",
    re.I,
)
_RU_OTHER_DOCUMENTS_RE = re.compile(
    r"\s*(?:(?:[Сс]реди|[Вв]\s+числе)\s+(?:других|прочих|остальных)\s+(?:подписанных\s+)?"
    r"(?:документов|соглашений|договоренностей|договорённостей)\s*[—–:-]|"
    # "Остальные соглашения касаются агропромышленного комплекса, ...": the rest of those counted, by topic
    r"(?:Остальные|Прочие|Другие)\s+(?:[а-яё]+\s+)?(?:документы|соглашения|меморандумы|договор[её]нности)\s+"
    r"(?:касаются|посвящены|охватывают|затрагивают|относятся\s+к)\s)"
)
# A document still being agreed or drafted: "находится на согласовании", "пока в стадии доработки"; not the field of
# one signed ("о сотрудничестве в подготовке кадров")
_RU_PENDING_RE = re.compile(
    r"(?<![\w-])(?:(?:находит\w*|пока|ещ[её])\s+(?:на|в)\s+(?:(?:стадии|этапе|процессе)\s+)?"
    r"(?:согласовани|доработк|разработк|проработк|подготовк)\w*|на\s+согласовании)(?![\w-])",
    re.I,
)


# A signing told as a noun whose own predicate puts it ahead: "Подписание соглашения о ... запланировано на осень",
# "подписание меморандума ... состоится в пятницу", "его подписание ожидается во втором квартале".
_RU_SIGNING_AHEAD_RE = re.compile(
    r"(?<![\w-])(?:(?:за)?планирован[оаы]?|намечен[оаы]?|планиру(?:ется|ются)|ожида(?:ется|ются)|"
    r"состо(?:ится|ятся)|пройд[её]т|предстоит|назначен[оаы]?|"
    # "Подписание плана консультаций находится в проработке": still being worked out
    r"наход(?:ится|ятся)\s+(?:в|на)\s+(?:стадии\s+)?(?:проработк|согласовани|разработк|доработк|подготовк)\w*)"
    r"(?![\w-])",
    re.I,
)
_RU_OWN_CLAUSE_END_RE = re.compile(r",\s+(?:а|но|и|однако|а\s+также|тогда\s+как)\s|\s[—–]\s|[;:]", re.I)


def _signing_ahead(sent: str, cue: re.Match) -> bool:
    """Whether a signing named by its noun ("подписание", "заключение") is still to come, by the verb of its own
    clause; "Подписание соглашения стало главным итогом" is done, and another clause's plan is not its own."""
    if not re.match(r"(?:подписани|заключени)", cue.group(0), re.I):
        return False
    ahead = _RU_SIGNING_AHEAD_RE.search(sent, cue.end(), cue.end() + 200)
    return bool(ahead) and not _RU_OWN_CLAUSE_END_RE.search(sent, cue.end(), ahead.start())


_RU_MARKED_TITLE_RE = re.compile(r"«(О|Об)\s([^«»]+)»")
_RU_MARKED_TITLES_RE = re.compile(r"«(?:О|Об)\s[^«»]+»(?:(?:,\s*|\s+и\s+)«(?:О|Об)\s[^«»]+»)+")


def _topic_cue(sent: str, c: re.Match) -> bool:
    """Whether a word read as a document still being drafted ("разработке") is the noun of a topic after "о" or
    "по": the subject of a document, not the state of one."""
    return bool(
        re.fullmatch(r"разработк\w*", c.group(0), re.I)
        and re.search(r"(?<![\w-])(?:о|об|по)\s+$", sent[max(0, c.start() - 6) : c.start()], re.I)
    )


# Documents told by the pairs that signed them: "меморандумы подписаны между A и B о ..., между C и D, а также между E
# и F": the run of pairs up to the clause's end, and where one pair gives way to the next.
_RU_PAIRS_RUN_RE = re.compile(r"(?:\s*(?:были\s+|был[аио]?\s+)?подписан\w*)?\s+(?=между\s)[^.;:!?]+")
_RU_NEXT_PAIR_RE = re.compile(r",\s+(?:а\s+также\s+|и\s+)?(?=между\s)|\s+(?:и|а\s+также)\s+(?=между\s)")


def _party_pairs(rest: str) -> list[str]:
    """The pairs of parties a plural document is signed between, one document a pair, when there are two or more."""
    run = _RU_PAIRS_RUN_RE.match(rest)
    if not run:
        return []
    pairs = []
    for piece in _RU_NEXT_PAIR_RE.split(run.group(0)[run.group(0).index("между") :]):
        # "между Агентством (KOBIA) и ассоциацией ...": a party's abbreviation in brackets ends nothing
        stop = _COMPLEMENT_STOP_RE.search(re.sub(r"\([^()]{1,40}\)", lambda x: "_" * len(x.group(0)), piece))
        piece = (piece[: stop.start()] if stop else piece).strip(" ,")
        if not re.match(r"между\s+\S+\s", piece):
            return []
        pairs.append(piece)
    return pairs if len(pairs) >= 2 else []


# The offices that sign, as the clause's subject right before the verb: "Министры сельского хозяйства двух стран
# подписали", "Минтранс Нарнии и министерство транспорта Лилипутии обменялись"
_RU_OFFICES_SIGNED_RE = re.compile(
    r"(?<![\w-])(?P<who>(?:[Мм]инистр|[Мм]инистерств|[Гг]лав[аыу]\s+(?:министерств|ведомств|внешнеполитич|МИД)|"
    r"(?-i:Мин)[а-яё]{3,})[^.,;:«»—–]{0,120}?)\s+(?:подписали|подписал[аи]?|обменялись|заключили)\s+"
    r"(?:[а-яё-]+\s+){0,2}$"
)


# The next sentence takes the document back to initialled: "Документ парафирован главами правительств".
_RU_INITIALLED_NEXT_RE = re.compile(
    r"[\s.!»\"]*(?:(?:Этот|Данный|Сам)\s+)?(?:Документ|Он[аи]?|Соглашение|Меморандум|Договор|Протокол|Программа|"
    r"Дорожная\s+карта|План)\s+(?:(?:был[аи]?|пока|лишь|только|пока\s+лишь)\s+)*парафирован\w*(?![\w-])"
)


def _signing_verb(word: str) -> bool:
    """Whether a verb signs, adopts or concludes ("утвердили", "приняли"); not one that talks or plans."""
    cue = _RU_SIGNED_RE.fullmatch(word)
    return bool(cue) and not _RU_NOT_SIGNED.match(word)


def _cue_not_signed(sent: str, c: re.Match) -> bool:
    """Whether a cue of signing in a sentence signs nothing now: "планируется", "Не подписан и протокол ...",
    "будут подписаны", "подписанные ранее"."""
    return bool(
        _RU_NOT_SIGNED.match(c.group(0))
        # "не подписан", "будут подписаны", "должны быть подписаны": denied or still to come
        or re.search(
            # "о возможном подписании соглашения": a signing that may come
            r"(?<![\w-])(?:не|будут|будет|возможн\w+|(?:могут|может|должн\w+)(?:\s+быть)?|могли\s+бы|"
            # "планируется подписание", "рассчитывает на заключение", "переговоры о заключении": a signing
            # expected or sought is still to come
            r"(?:планиру|ожида|предполага|намеча)(?:ется|ются|ет|ют)|(?:за)?планирован[оаы]?|намечен[оаы]?|предусмотрен[оаы]?|"
            r"рассчитыва(?:ет|ют)\s+на|переговор\w*\s+о|"
            # "идет подготовка к подписанию", "готовы к заключению": a signing prepared for
            r"(?:подготовк|готов)\w*\s+к)\s+$",
            sent[: c.start()],
            re.I,
        )
        or _signing_ahead(sent, c)
        or re.match(r"\s+(?:ранее|прежде|когда-то)(?![\w-])", sent[c.end() :], re.I)  # "подписанные ранее"
        or re.match(r"\s+не\s+(?:было|был[аи]?)(?![\w-])", sent[c.end() :])  # "подписано не было"
        # "законов, принятых в рамках соглашений": a participle after a comma qualifies the word before it,
        # which is no document
        or (
            re.fullmatch(r"(?:принят|утвержд[её]н)\w+", c.group(0), re.I)
            and not re.search(r"(?:[«»]|(?<![\w-])" + _RU_KIND_RE.pattern + r"),\s+$", sent[: c.start()], re.I)
            and bool(re.search(r"[а-яё]{3,},\s+$", sent[: c.start()]))
        )
        or re.search(
            r"(?<![\w-])(?:отложен\w*|перенесен\w*|перенесён\w*|откладыва\w*|переносит\w*|перенос(?![\w-]))",
            sent,
            re.I,
        )
    )


# A count of the documents the visit produced: "подписано 14 межправительственных документов", "подписали восемь
# соглашений" (not the end of a sum: "на $1,2 млрд").
_RU_NUMBER_WORDS = {
    "два": 2,
    "две": 2,
    **{
        w: i for i, w in enumerate("три четыре пять шесть семь восемь девять десять одиннадцать двенадцать".split(), 3)
    },
}
_RU_DOCUMENTS_COUNT_RE = re.compile(
    rf"(?<![\w.,$€£¥-])(?P<n>\d{{1,3}}|{'|'.join(_RU_NUMBER_WORDS)})\s+(?:[а-яё-]+\s+){{0,3}}?"
    r"(?:документ|соглашени|меморандум|договор|контракт|протокол|сделк|сделок)\w*",
    re.I,
)


def _ru_documents_counted(art: _RuArticle) -> int:
    """The most documents one sentence says the visit produced, 0 when none gives a count: a sentence whose verbs
    sign, none of them a plan or an initialling, not of the story's background or an earlier year."""
    most = 0
    for lo, hi, _ in art.sentences:
        sent = art.text[lo:hi]
        cues = list(_RU_SIGNED_RE.finditer(sent))
        if not cues or any(_cue_not_signed(sent, c) for c in cues):
            continue
        if _RU_BACKGROUND_RE.search(sent) or _earlier_year(sent, art.dateline):
            continue
        for m in _RU_DOCUMENTS_COUNT_RE.finditer(sent):
            n = m.group("n").lower()
            most = max(most, int(n) if n.isdigit() else _RU_NUMBER_WORDS[n])
    return most


def _russian_agreements(art: _RuArticle) -> list[AgreementSuggestion]:
    text = art.text
    out: list[AgreementSuggestion] = []
    seen: set[str] = set()
    prev_signed = any_signed = False
    listed = _listed_documents(art)
    for lo, hi, kind_match, named in listed:
        title = re.sub(r"\s+", " ", named or text[lo:hi]).strip()
        title = _nominative_head(title)
        kind = _RU_KINDS[int(kind_match.lastgroup[1:])][1]
        if title.lower() in seen:
            continue
        seen.add(title.lower())
        sphere = _ru_sphere(title)
        if kind == "declaration" and sphere == "other":
            sphere = "political"
        out.append(
            AgreementSuggestion(
                title=title, kind=_KIND_SLUGS.get(kind, kind), sphere=sphere, status="signed", start=lo, end=hi
            )
        )
    in_list = _Spans((lo, hi) for lo, hi, _, _ in listed)
    untold: list[tuple[int, int, str, int]] = []  # plural documents signed with no topic named
    for s_lo, s_hi, _ in art.sentences:
        sent = text[s_lo:s_hi]
        if in_list.overlaps(s_lo, s_hi):
            prev_signed = False
            continue
        if sent.rstrip(' »“"').endswith("?"):
            continue  # a question signs nothing
        # "меморандум о разработке ТЭО ..., а также соглашение о ...": a drafting that is a document's topic does
        # not leave the next one unsigned
        cues = [c for c in _RU_SIGNED_RE.finditer(sent) if not _topic_cue(sent, c)]
        cue_starts = [c.start() for c in cues]

        signed = any(not _cue_not_signed(sent, c) for c in cues)
        blocked = [c.start() for c in cues if _cue_not_signed(sent, c)]
        if (
            not cues
            and prev_signed
            # "Еще один — соглашение о ... — пока на согласовании": one more, still being agreed, is not signed
            and not _RU_PENDING_RE.search(sent)
            and (
                re.match(r"\s*(?:[Вв] (?:их )?числе|[Сс]реди|[Вв] частности|[Эт]о\b|[Оо]т\s.+\sдо\s)", sent)
                # "В него вошли ...", "Документы касаются ...", "Ещё два документа посвящены ..."
                or _RU_CONTENTS_RE.search(sent)
                # "Министры энергетики — соглашение о ...": the verb of the sentence before, left out
                or re.match(r"[^.—–:]{2,60}\s[—–]\s(?:[а-яё-]+\s){0,2}" + _RU_KIND_RE.pattern, sent, re.I)
                or re.search(
                    r",\s+(?:в том числе|включая)\s", sent
                )  # "12:30 — Подписание. Всего — 12 соглашений, в том числе ..."
                or _RU_LIST_ITEM_RE.match(sent)
            )
        ):
            signed = True
        if not cues and any_signed and _RU_OTHER_DOCUMENTS_RE.match(sent):
            signed = True  # "Среди других документов — ...": more of those the story told signed, however far back
        if not cues and _document_list(sent) and _signing_before(art, s_lo):
            # "Церемония подписания — в Золотом зале. ... Меморандум по энергетике, программа по туризму.": a
            # scene's list of the documents, no verb
            signed = True
        if not cues and any_signed and _RU_ORDINAL_DOCUMENT_RE.match(sent):
            signed = True  # "Третий документ – меморандум между ...": one more of those the story counts signed
        any_signed = any_signed or signed
        prev_signed = signed or (
            prev_signed
            and not cues
            and (bool(_RU_KIND_RE.search(sent)) or (len(sent.split()) <= 4 and bool(re.search(r"\d", sent))))
        )  # "Подписание документов. Всего 12. Главный — Договор о ...": a count in between keeps the thread
        told = sent
        colon_at = sent.find(": ")
        if (
            colon_at > 0
            and any(c.end() <= colon_at and not _cue_not_signed(sent, c) for c in cues)
            and _RU_KIND_RE.search(sent, 0, colon_at)
            and not _RU_KIND_RE.search(sent, colon_at)
            and not re.match(r"\s*(?:о|об|по|в|на)\s", sent[colon_at + 1 :])
        ):
            # "Подписан меморандум о мирном атоме: Индонезия, напомним, рассматривает ...": the remark after the
            # colon is background, the signing before it is not
            told = sent[:colon_at]
            signed = True
        if not signed or _earlier_year(told, art.dateline) or _RU_BACKGROUND_RE.search(told):
            continue
        if _RU_INITIALLED_NEXT_RE.match(text, s_hi) and len(_RU_KIND_RE.findall(sent)) == 1:
            continue  # "Итогом стала дорожная карта ... . Документ парафирован ...": the one document only initialled
        covered = 0
        for m in _RU_KIND_RE.finditer(sent):
            if m.start() < covered:
                continue
            if _RU_BY_INSTRUMENT_RE.match(sent, m.start()):
                continue  # "протоколом согласованы требования ...": read below, as the document on them
            kind = _RU_KINDS[int(m.lastgroup[1:])][1]
            i = bisect.bisect_left(cue_starts, m.start())
            before = [c for c in cues[max(0, i - 3) : i] if c.end() <= m.start()]
            after = [
                c
                for c in cues[i : i + 3]
                if c.start() >= m.end() and not re.search(r",\s+(?:но|однако|хотя)\s|;", sent[m.end() : c.start()])
            ]  # "меморандум касается ..., но в документе, опубликованном на сайте, ...": another clause's verb
            status_cue = before[-1] if before else after[0] if after else None
            if status_cue is not None and _cue_not_signed(sent, status_cue):
                continue
            if status_cue is not None and kind != "declaration" and _RU_PUBLISHED.match(status_cue.group(0)):
                continue  # a statement is published; a programme "published by the ministry" is a schedule
            j = bisect.bisect_right(blocked, m.start())
            if (j and m.start() - blocked[j - 1] < 40) or re.search(r"проект\w*\s+$", sent[: m.start()]):
                continue
            if _RU_NEGATED_KIND_RE.search(sent, 0, m.start()):
                continue  # "пакет соглашений — это не декларации, а проекты": the kind denied names no document
            if _RU_TOTAL_OF_RE.search(sent, max(0, m.start() - 60), m.start()) and (
                _plural_kind(m.group(0)) or _counted_plural(sent[: m.start()])
            ):
                untold.append((s_lo, s_hi, kind, s_lo + m.end()))
                continue  # "общий объем коммерческих соглашений ... превысил $4,7 млрд": a total names no document
            rest = sent[m.end() :]
            among = re.match(
                r",?\s*(?:в\s+(?:том\s+|их\s+)?числе|среди)(?:\s+(?:которых|них))?(?:\s+[—–-])?\s+"
                r"(?!(?:о|об|по|в|на)\s)(?=\w)",
                rest,
            )
            if among:  # "документов, в числе которых Совместное заявление ...": the count, then the items named
                covered = m.end() + among.end()
                continue
            dash = re.match(r"\s*[—–-]\s+", rest)
            # "документов - межправительственное соглашение о ...": the document named may have its adjectives
            named_after = _RU_DASH_ADJECTIVES_RE.match(rest, dash.end()) if dash else None
            if named_after and _plural_kind(m.group(0)):
                # "В числе подписанных документов — соглашение о ...": the plural heads the sentence, the document
                # after the dash is the one named
                covered = m.end() + dash.end()
                continue
            deals = (
                _RU_SUM_INCLUDING_RE.match(rest)
                if _plural_kind(m.group(0)) or _counted_plural(sent[: m.start()])
                else None
            )
            if deals:
                covered = m.end() + deals.end()
                for item in _deal_items(deals.group("items")):
                    title = f"{_KIND_TITLES[kind]} {item}"
                    if title.lower() not in seen:
                        seen.add(title.lower())
                        out.append(_signed_document(title, kind, s_lo + m.start(), s_lo + covered))
                continue
            which = (
                _RU_WHICH_COVER_RE.match(rest)
                if _plural_kind(m.group(0)) or _counted_plural(sent[: m.start()])
                else None
            )
            if which:
                covered = m.end() + which.end()
                fields_named = which.group("w") or which.group("pw")
                case = "gent" if fields_named or which.group("v") == "касаются" else "accs"
                for field in re.split(r",\s+|\s+и\s+", which.group("f")):
                    title = f"{_KIND_TITLES[kind]} в сфере {_genitive_field(field, case)}"
                    if title.lower() not in seen:
                        seen.add(title.lower())
                        out.append(_signed_document(title, kind, s_lo + m.start(), s_lo + covered))
                continue
            by_field = (
                _total_by_field(rest) if _plural_kind(m.group(0)) or _counted_plural(sent[: m.start()]) else None
            )
            if by_field:
                covered = m.end() + by_field[1]
                name = _KIND_TITLES[kind]
                for item in by_field[0]:
                    title = f"{name} {item}"
                    if title.lower() in seen:
                        continue
                    seen.add(title.lower())
                    out.append(_signed_document(title, kind, s_lo + m.start(), s_lo + covered))
                continue
            parties = re.match(r"\s*(между\s[^,.;]{3,60}?),\s+(?:в том числе|включая)\s+(?=(?:о|об|по)\s)", rest)
            parties_named = bool(
                parties and _plural_kind(m.group(0)) and _RU_CLASS_OF_PARTIES_RE.match(parties.group(1))
            )
            if parties_named:
                # "ряд соглашений между компаниями двух стран, в том числе о поставках ...": the class, then the
                # documents named
                rest = rest[parties.end() :]
            # ("коммерческие соглашения на сумму около $150 млн, в том числе о ...": the sum of them first; "в
            # частности" names them as "в том числе" does)
            including = re.match(
                r"(?:\s+на\s+(?:общую\s+)?сумму\s+[^,.;]{1,60}?(?<=[\w$€])(?:\.(?=,))?)?,\s+"
                r"(?:в\s+том\s+числе|включая|в\s+частности)\s+(?=(?:о|об|по|в)\s)",
                rest,
            )
            if including:  # "12 соглашений, в том числе о ..., о ... и о ...": the list names them
                rest = rest[including.end() :]
            stop = _COMPLEMENT_STOP_RE.search(rest)
            if stop and stop.start() == 0 and re.match(r"\s*[—–-]\s+между\s", rest) and not _plural_kind(m.group(0)):
                stop = _COMPLEMENT_STOP_RE.search(rest, stop.end())  # "соглашение – между ...": its parties, no remark
            comp = rest[: stop.start()] if stop else rest
            extended = False
            while (
                stop
                and (
                    _RU_FIELD_HEAD_RE.search(comp)
                    # "соглашения на строительство A, B, а также C": the objects of one action go on as fields do
                    or (
                        (_plural_kind(m.group(0)) or _counted_plural(sent[: m.start()]))
                        and "," in comp
                        and _RU_ACTION_LIST_RE.match(comp.strip())
                    )
                )
                and _list_goes_on(rest, stop)
            ):
                # "в сферах здравоохранения, образования, а также науки": the last field after "а также"
                nxt = _COMPLEMENT_STOP_RE.search(rest, stop.end())
                comp = rest[: nxt.start()] if nxt else rest
                stop, extended = nxt, True
            if m.start() and sent[m.start() - 1] == "«":  # «Соглашение ... о ...»: the marks close the title
                close = _closing_mark(sent, m.start() - 1)
                if close > m.end():
                    comp = sent[m.end() : close]
                elif close == m.end():  # «дорожная карта» развития ..., («дорожная карта») по ...: marks hold the kind
                    comp = comp[1:].lstrip(")")
            covered = (
                m.end() + (parties.end() if parties_named else 0) + (including.end() if including else 0) + len(comp)
            )
            gapped: list[str] = []
            if stop and not extended:
                comp, gapped, gap_end = _gapped_signings(comp, rest, stop.start())
                if gapped:
                    covered = m.end() + gap_end
            # "больше десятка меморандумов, большинство из них ...", "соглашения, общая стоимость которых ...": a
            # clause about the documents after the comma, no topic
            about_them = bool(re.match(r",\s+(?:[а-яё]+\s+){0,3}(?:из\s+них|которых|которые)(?![\w-])", comp))
            comp = "" if about_them else _unopened_mark_dropped(comp.strip(" ,"))
            parties_after_dash = re.match(r"[—–-]\s+(?=между\s)", comp)
            if parties_after_dash and not _plural_kind(m.group(0)):
                # "Еще одно крупное соглашение – между ТОО «X» и консорциумом ...": the dash sets off its parties
                comp = comp[parties_after_dash.end() :]
            if _parenthetical_only(comp):
                comp = ""  # "Главное соглашение, впрочем, было заключено ...": an aside between commas, no topic
            if extended:
                comp = re.sub(r",\s+а\s+также\s+", ", ", comp)
            plural_kind = _plural_kind(m.group(0)) or _counted_plural(sent[: m.start()])
            if plural_kind and _RU_MARKED_TITLES_RE.fullmatch(comp):
                # "документы «О сотрудничестве в сфере A» и «О B»": each title in marks is one document's topic
                comp = _RU_MARKED_TITLE_RE.sub(lambda t: t.group(1).lower() + " " + t.group(2), comp)
            listed_after_colon = []
            colon = re.match(r"\s*(?:(?P<p>о|об|по)\s*)?:\s+(?=[а-яё])", rest)
            if colon and (
                _plural_kind(m.group(0))
                or _counted_plural(sent[: m.start()])
                or re.search(r"(?<![\w-])(?:ряд|пакет)\s+$", sent[: m.start()], re.I)
            ):  # "соглашения о: защите инвестиций; туризме" and "ряд документов: по энергетике, по транспорту"
                body = rest[colon.end() :].rstrip(" .")
                # "о воздушном сообщении, о защите инвестиций и о туризме": "и" before the last item's own
                # preposition parts it as a comma does
                parts = [
                    x.strip(" ,")
                    for x in re.split(r";\s*|,\s+(?=(?:о|об|по|в)\s)|\s+и\s+(?=(?:о|об|по)\s)", body)
                    if x.strip(" ,")
                ]
                if len(parts) >= 2 and all(len(x.split()) <= 12 and not _RU_KIND_RE.match(x) for x in parts):
                    prep = colon.group("p")
                    listed_after_colon = [f"{prep} {x}" if prep else x for x in parts]
                    comp = listed_after_colon[0]
                    covered = m.end() + colon.end() + len(body)
            pairs = _party_pairs(rest) if plural_kind and not listed_after_colon else []
            if pairs:
                comp, covered = pairs[0], m.end() + len(_RU_PAIRS_RUN_RE.match(rest).group(0))
            if _earlier_year(comp, art.dateline):
                continue  # an earlier treaty referred to by its year
            if not comp:  # "соглашения подписаны в области здравоохранения и спорта": the topic after the verb
                # "Второе соглашение подписано с агропромышленной группой X": the party it is signed with
                after = re.match(r"\s*(?:были\s+|был\s+|было\s+)?подписан\w*\s+((?:в|по|с|со)\s[^.;:]+)", rest)
                if after:
                    comp = after.group(1).strip(" ,")
                    covered = m.end() + after.end()
            if not comp and kind != "declaration" and not _plural_kind(m.group(0)):
                comp = _topic_told_next(art, s_hi)  # "подписали меморандум. Документ предусматривает создание ..."
            offices = _RU_OFFICES_SIGNED_RE.search(sent, max(0, m.start() - 200), m.start())
            if not comp and kind != "declaration" and offices and _ru_sphere(offices.group("who")) != "other":
                # "Министры транспорта двух стран подписали соглашение": the offices that sign name its field
                comp = f"({offices.group('who').strip()})"
            if not comp and kind != "declaration":
                if plural_kind:  # "компании подписали коммерческие соглашения. Крупнейшие из них касаются ..."
                    untold.append((s_lo, s_hi, kind, s_lo + m.end()))
                continue  # "соглашение" alone names no document
            if kind == "programme" and _RU_SCHEDULE_RE.match(comp):
                continue  # "программа (официального) визита": the schedule, not a document
            if kind == "programme" and _own_programme(sent[: m.start()], m.group(0), comp):
                continue  # "с Национальной программой развития Кыргызстана": one state's own policy
            if not comp and any(a.kind == "declaration" for a in out):
                continue  # "подписав Совместную декларацию": the declaration already found, told again
            if _RU_SHARE_OF_RE.search(sent, max(0, m.start() - 60), m.start()):
                continue  # "Основная часть подписанных соглашений касается ...": a share of them, told next in full
            about = re.match(
                r"(?:касают(?:ся)?|касается|посвящен\w*|охватыва(?:ют|ет)|затрагива(?:ют|ет)|относятся\s+к|"
                # "документы, касающиеся сотрудничества в ...", "документ, предусматривающий создание ...": the
                # participle after the kind tells the topic as the verb does
                r"касающ(?:ийся|аяся|ееся|иеся|ихся)|предусматривающ(?:ий|ая|ее|ие|их))\s+",
                comp,
            )
            if about:  # "Документы касаются сотрудничества в ...", "Еще один меморандум посвящен ...": the topic
                topics = comp[about.end() :]
                case = (
                    "datv"
                    if re.match(r"посвящ|относятся", about.group(0))
                    # "охватывают энергетику и транспорт": these verbs take their fields in the accusative
                    else "accs"
                    if re.match(r"предусматр|охватыва|затрагива", about.group(0))
                    else "gent"
                )
                fields = re.match(r"(?:сфер\w*|област\w*|направлени\w*|отрасл\w*)\s+", topics)
                if fields:  # "охватывают сферы энергетики, транспорта и культуры"
                    topics, case = "сотрудничества в сферах " + topics[fields.end() :], "gent"
                several = (
                    _counted_plural(sent[: m.start()])
                    or re.search(r"(?<![\w-])ряд\s+$", sent[: m.start()])
                    # "Остальные соглашения касаются A, B и C": the rest of a count, one a topic
                    or (plural_kind and re.match(r"\s*(?:Остальные|Прочие|Другие)\s", sent))
                    or _plural_kind(m.group(0))
                )
                if several and not _LIST_HEAD_RE.search(topics):
                    # "Ещё два документа касаются таможенного сотрудничества и упрощения контроля": one a topic
                    comp = ", ".join(_about(_prepositional(t, case)) for t in re.split(r",\s+|\s+и\s+", topics) if t)
                else:
                    comp = _about(_prepositional(topics, case))
            if (
                plural_kind
                and _RU_CLASS_OF_PARTIES_RE.match(comp)
                # ("ряд соглашений между регионами двух стран": the regions' or cities' documents, named no further,
                # are one set; the firms' deals of a class are a total, and ministries' are named one by one)
                and not (
                    re.match(r"между\s+(?:регион|город|област|провинци|штат|муниципалитет)", comp)
                    and not re.match(r"[^.;]*?(?:,\s+(?:в\s+том\s+числе|включая|среди\s+них)|:)", sent[covered:])
                )
            ):
                continue  # "соглашения между компаниями и организациями двух стран, в том числе: ...": a class
            verb_in = _RU_VERB_IN_TITLE_RE.search(comp)
            if (
                verb_in
                and re.match(r"(?:о|об|по|между|в|на)\s", comp)
                and _is_verb(verb_in.group(1))
                and "«" not in comp[: verb_in.start()]
            ):
                # "Соглашение о защите инвестиций создаст ... основу": the topic ends where its sentence's verb is
                joined = re.search(r",?\s+(?:и|а|но)\s*$", comp[: verb_in.start()])
                comp = re.sub(r"(?:,?\s+(?:и|а|но))+$", "", comp[: verb_in.start()]).rstrip(" ,")  # "... и обсудили"
                if joined and _signing_verb(verb_in.group(1)):
                    # "... о дружбе и утвердили план ...": the signers' next signing, its document read on its own
                    covered = min(covered, sent.find(verb_in.group(1), m.end()))
            and_past = _RU_AND_PAST_RE.search(comp)
            if and_past and _is_verb(and_past.group(1)):
                # "подписали План консультаций на 2025–2027 годы и обсудили ...": the signers' next act; a document
                # after it ("... и утвердили план сотрудничества") is read on its own, with that act's verb
                comp = comp[: and_past.start()]
                if _signing_verb(and_past.group(1)):
                    covered = min(covered, sent.find(and_past.group(1), m.end()))
            next_act = _RU_AND_CLAUSE_RE.match(comp)
            if next_act and (not next_act.group("v") or _is_verb(next_act.group("v"))):
                # "подписали 17 соглашений и поставили цель ...", "Соглашение и его ратификация откроют ...",
                # "договор, и что для этого ...": a clause of its own right after the kind, no topic
                if kind != "declaration":
                    continue
                comp = ""
            pair = _RU_KIND_PAIR_RE.match(comp) if comp[:1] == "и" else None
            if plural_kind and not pair and comp[:1] == "и" and _RU_AND_TOTAL_RE.match(comp):
                continue  # "соглашения и инвестиционные проекты на общую сумму ...": a total, no document named
            if pair and plural_kind:
                # "документов — меморандумов и совместных деклараций": the kinds a count is made of, both
                covered = m.end() + rest.find(comp) + pair.end()
                continue
            if comp and _clause_after_kind(comp):
                covered = m.end()  # "соглашением стал контракт ...": the document named after the verb
                continue  # "меморандумы, нужно расширять ...", "меморандумы этого не меняют": a clause, no title
            # "Главным документом визита стал ...": the occasion in the genitive before the verb
            occasion = re.match(r"(?:визита|переговоров|встречи|поездки|саммита|дня)\s+(?=[а-яё])", comp)
            if comp and any(
                _is_verb(w.lower()) for w in _adverbs_skipped(comp[occasion.end() if occasion else 0 :].split()[:3])
            ):
                covered = m.end()  # "Крупнейшим соглашением стал контракт ...": the document named after the verb
                if kind != "declaration" or not m.group(0).lower().startswith("совместн"):
                    continue  # "меморандум открывает путь к ...": the document as a clause's subject names none
                comp = ""  # "Подписанием Совместного заявления завершились переговоры": a statement needs no topic
            if re.fullmatch(
                r"о\s+(?:[а-яё]+(?:ом|ем)\s+)?сотрудничеств[еа](?:\s+в\s+(?:самых\s+)?(?:различных|разных|многих|ряде)\s+"
                r"(?:сферах|областях|отраслях|направлениях))?",
                comp,
                re.I,
            ) and (_plural_kind(m.group(0)) or kind == "document"):
                continue  # "подписание новых документов о сотрудничестве": a kind of papers, no field named
            if kind == "document" and not re.match(r"(?:о|об|по|в\s+сфер\w*|в\s+област\w*|между)\s", comp):
                continue  # "в документе говорится": a document is one only when its subject is named
            purpose = re.match(  # "кредитный договор на сумму 50 млн евро на строительство школы": one deal
                r"на\s+сумму\s+(?:[а-яё]+\s+)?[$€¥£]?\s?\d[\d,.\s]*(?:[а-яё]+\.?\s+){0,2}(?=(?:на|для)\s+[а-яё]{4})",
                comp,
            )
            credit = re.search(r"(?<![\w-])(?:кредитн|заемн|заёмн|грантов)\w*\s+$", sent[: m.start()], re.I)
            single = not _plural_kind(m.group(0))
            # "кредитное соглашение на 200 млн долларов": one loan is a document by its sum alone
            one_loan = credit and single and not _counted_plural(sent[: m.start()]) and comp[:1] not in "—–:-"
            if (
                re.match(
                    r"[—–:-]|(?:на\s+(?:общую\s+)?сумму|для\s+(?:представител\w+\s+)?(?:прессы|СМИ|печати|журналистов|"
                    r"средств\s+массовой\s+информации))\b",
                    comp,
                )
                or _RU_AMOUNT_ONLY_RE.match(comp)
                or (kind in ("contract", "agreement", "memorandum", "document") and _RU_TERM_ONLY_RE.match(comp))
            ) and not ((purpose or one_loan) and single):
                if plural_kind and _RU_AMOUNT_ONLY_RE.match(comp):  # a total, its documents perhaps told next
                    untold.append((s_lo, s_hi, kind, s_lo + m.end()))
                continue  # "программа — переговоры ...", totals, "заявление для прессы": no document
            if re.match(
                r"[^.;]{0,40}?(?<![\w-])(?:не\s+(?:был\w*\s+|будет\s+)?подпис[аы]|подписан\w*\s+не\s+был|"
                r"(?:пока|еще|ещё|так\s+и)\s+нет(?![\w-]))",
                rest,
            ):
                # "контракт в ходе визита подписан не был", "договор так и не подписали", "документов по этой теме не
                # подписывалось", "контракта на сооружение пока нет"
                continue
            if re.search(r"(?<![\w-])(?:ни|нет|без|не)\s+$", sent[: m.start()], re.I):
                continue  # "ни контракта, ни решения", "это не декларации, а проекты": a document denied
            if re.search(r"(?<![\w-])(?:будет|будут|было|был[аи]?)\s+ли\s+[^.;:,]*$", sent[: m.start()], re.I):
                continue  # "не уточнил, будет ли подписано соглашение": whether it will be, left open
            if re.search(
                r"(?<![\w-])(?:действующ|существующ|имеющ|прежн|нынешн)\w*\s+(?:[а-яё-]+\s+)?$",
                sent[: m.start()],
                re.I,
            ):
                continue  # "расширение действующего Соглашения о свободной торговле": an earlier instrument
            window = max(0, m.start() - 160)
            if _RU_IN_USE_RE.search(sent, window, m.start()):
                continue  # "с учетом кредитной линии", "использования кредитной линии": an instrument in use
            if _RU_SIGNED_BEFORE_RE.search(sent, window, m.start()):
                continue  # "после подписания договора о границе", "после того, как лидеры подписали ...": before
            if _RU_TO_BE_MADE_RE.search(sent, window, m.start()):
                continue  # "в течение года выйти на «дорожную карту»": a document still to be made
            if re.match(r"\s*по\s+(?:итогам|результатам)\s", rest) and (
                # the number of "Совместное коммюнике" is its adjective's
                kind != "declaration" or _plural_kind(m.group(0).split()[0]) or _counted_plural(sent[: m.start()])
            ):
                # "11 документов по итогам переговоров": a count, no document named; "Совместное заявление по итогам
                # переговоров" is one statement so titled
                continue
            if re.match(r"и\s+(?:\d+|[а-яё]+)\s+(?:[а-яё]+\s+)?документ\w*$", comp):
                continue  # "подписали протокол и восемь сопутствующих документов": counts, named in the list

            # "стало подписание Договора о дружбе и сотрудничестве": after "подписание" a kind word that may be a
            # genitive singular is one document ("соглашений" would be many)
            one_of_signing = re.search(
                r"(?<![\w-])(?:подписани|заключени)\w*\s+(?:[а-яё-]+\s+){0,2}$", sent[: m.start()], re.I
            )
            plural = (
                _plural_kind(m.group(0))
                and not (
                    one_of_signing
                    and any({"sing", "gent"} <= p.tag.grammemes for p in _parses(m.group(0).split()[0].lower()))
                )
            ) or _counted_plural(sent[: m.start()])
            one_subject = plural and re.match(r"(?:о|об)\s", comp) and not re.search(r"(?:,|\s+и)\s+(?:о|об)\s", comp)
            fields = _field_items(comp) if one_subject else [comp]
            head = _LIST_HEAD_RE.search(comp) if plural and len(fields) == 1 else None
            if (
                head
                and re.search(r"(?:,|\s+и)\s+(?:о|об|по)\s", comp[: head.start()])
                or re.search(r"(?:,|\s+и)\s+(?:о|об)\s", comp[head.end() :] if head else "")
            ):
                head = None  # "о воздушном сообщении, о сотрудничестве в области ...": items with prepositions
            items = [comp]
            prefix = ""
            if listed_after_colon:
                items = listed_after_colon
            elif pairs:
                items = pairs
            elif len(fields) > 1:  # "о сотрудничестве в таможенных делах, в борьбе с преступностью и в области ..."
                items = fields
            elif plural and (market := _RU_MARKET_FOR_RE.fullmatch(comp)):
                goods = [x for x in re.split(r",\s+|\s+и\s+", market.group("g")) if x.strip()]
                items = [f"о доступе {good.strip()} на {market.group('m')}" for good in goods]
            elif plural and (bodies := _RU_BODIES_BY_FIELD_RE.fullmatch(comp)):
                # "меморандумы между министерствами образования, здравоохранения и спорта": one per pair of ministries
                lead = comp[: bodies.start("f")]
                items = [lead + x for x in re.split(r",\s+(?:а\s+также\s+|и\s+)?|\s+и\s+", bodies.group("f")) if x]
            elif head:
                prefix = comp[: head.start()] + {"в сферах": " в сфере", "в областях": " в области"}.get(
                    head.group(0).strip().lower(), " " + head.group(0).strip()
                )
                items = [x for x in _split_fields(comp[head.end() :]) if x.strip()]
            elif plural and (objects := _action_objects(comp, extended)):
                items = objects
            elif plural and re.match(r"(?:о|об)\s", comp):
                parts = re.split(r",\s+(?=(?:о|об|по)\s)|\s+и\s+(?=(?:о|об|по)\s)", comp)
                items = [x for x in parts if x.strip()]
                bare = re.split(r",\s+|\s+и\s+", re.sub(r"^(?:о|об)\s+", "", comp))
                shared = _RU_SHARED_ACTION_RE.fullmatch(comp) if len(items) == 1 else None
                if len(items) == 1 and len(bare) > 1 and all(1 <= len(x.split()) <= 2 for x in bare):
                    # "соглашения о транзите, энергетике и цифровизации": one a field, the preposition shared
                    items = [("об " if x[:1].lower() in "аоуэиы" else "о ") + x for x in bare]
                elif len(items) == 1 and (acts := _act_list(comp)):
                    items = acts
                elif len(items) == 1 and _RU_SECOND_ACTION_RE.fullmatch(comp):
                    # "о поставках пшеницы и создании совместного предприятия": two acts, one document each
                    second = _RU_SECOND_ACTION_RE.fullmatch(comp)
                    items = [second.group("a"), "о " + second.group("b")]
                elif shared and _genitive_word(shared.group("a")) and _genitive_word(shared.group("b")):
                    # "соглашения о строительстве завода в ... и ветровой электростанции в ...": one action, two
                    # objects, one document each
                    items = [
                        f"{shared.group('lead')} {shared.group('a')}",
                        f"{shared.group('lead')} {shared.group('b')}",
                    ]
                elif len(items) == 1 and len(_field_items(comp)) == 1 and _genitive_list(comp):
                    items = _genitive_list(comp)
                else:
                    items = [y for x in items for y in _field_items(x)]
            elif plural and re.match(r"по\s", comp) and not re.search(r"\s(?:о|об|по|в)\s", comp[3:]):
                # "документы по энергетике, образованию и спорту": one document per field; "по линии A, B и C"
                line = re.match(r"по\s+(?:линии|вопросам|направлениям)\s+", comp)
                lead = line.group(0) if line else "по "
                items = [lead + x for x in re.split(r",\s+|\s+и\s+", comp[len(lead) :]) if x.strip()]
            name = _KIND_TITLES[kind]
            if credit:  # "кредитный договор", "заемное соглашение": a financing deal, its adjective kept
                name = credit.group(0).strip().capitalize() + " " + name.lower()
            if kind == "programme_plan":  # "план консультаций", "план мероприятий": the plan it is
                name = "План " + " ".join(m.group(0).split()[1:]).lower()
            if kind == "declaration" and m.group(0).lower().startswith("совместн"):
                name = "Совместное коммюнике" if "коммюнике" in m.group(0).lower() else "Совместное заявление"
            for item in items:
                item = item.strip()
                if prefix and not _LIST_HEAD_RE.match(item):
                    title = f"{name} {prefix.strip()} {item}"
                elif prefix:  # "в сфере цифровизации и в области чрезвычайных ситуаций"
                    title = f"{name} {comp[: head.start()].strip()} {item}"
                else:
                    title = f"{name} {item}"
                title = re.sub(r"\s+", " ", title).strip()
                if title.endswith("»") and title.count("»") > title.count("«"):
                    title = title[:-1]  # «Совместную декларацию ... Индонезия»: the marks that held the whole title
                key = title.lower()
                if key in seen:
                    continue
                seen.add(key)
                sphere = _ru_sphere(title)
                if sphere == "other" and (adjective := _RU_KIND_ADJECTIVE_RE.search(sent, 0, m.start())):
                    sphere = _ru_sphere(adjective.group(0))  # "фитосанитарные протоколы о доступе ...": its field
                if sphere == "other":  # "контракт на $4,2 млрд между ... (MZP) ... на поставку гаубиц"
                    tail = sent[covered : covered + 250]
                    nxt = re.search(r",\s+а также|;|" + _RU_KIND_RE.pattern, tail, re.I)
                    sphere = _ru_sphere(tail[: nxt.start()] if nxt else tail)
                signers = sent[max(0, m.start() - 80) : m.start()]
                if sphere == "other" and re.search(r"[«A-Z]|[А-ЯЁ]{3}", signers):
                    # "ЛУКОЙЛ и АО «Узбекнефтегаз» подписали меморандум о расширении сотрудничества": the firms'
                    # trade is the field of their document
                    sphere = _ru_sphere(signers)
                if sphere == "other" and offices:  # "Главы внешнеполитических ведомств подписали программу ..."
                    sphere = _ru_sphere(offices.group("who"))
                if sphere == "other" and len(items) == 1:  # "подписан План ... . Документ предусматривает ..."
                    sphere = _sphere_told_next(art, s_hi)
                out.append(
                    AgreementSuggestion(
                        title=title,
                        kind=_KIND_SLUGS.get(kind, kind),
                        sphere=sphere,
                        status="signed",
                        start=s_lo + m.start(),
                        end=s_lo + covered,
                    )
                )
            for topic in gapped:  # "A и B заключили соглашение о ..., C и D – о ...": the kind left out
                title = f"{_KIND_TITLES[kind]} {topic}"
                if title.lower() not in seen:
                    seen.add(title.lower())
                    out.append(_signed_document(title, kind, s_lo + m.start(), s_lo + covered))
    for title, kind, a, b in _topics_told_after(art, untold, out):
        if title.lower() not in seen:
            seen.add(title.lower())
            out.append(_signed_document(title, kind, a, b))
    for m in _RU_FIRMS_AGREED_RE.finditer(text, art.body_start) if any_signed else ():
        s_lo, s_hi, _ = art.sentence_at(m.start())
        firms = _RU_FIRMS_BEFORE_RE.search(text, max(s_lo, m.start() - 160), m.start())
        unnamed = None if firms else _unnamed_firms(art, s_lo, m.start())
        if (
            not (firms or unnamed)
            or _RU_BACKGROUND_RE.search(text, s_lo, s_hi)
            or _earlier_year(text[s_lo:s_hi], art.dateline)
        ):
            continue
        topic = (m.group("topic") or m.group("act")).strip()
        if firms:
            # "госкорпорация JOGMEC", "Холдинг «Ромашка»": the firm by its name; "Группа «Ромашка»" is the name
            who = re.sub(
                r"^(?:(?-i:[а-яё])\w*|[Хх]олдинг\w*|[Кк]омпани\w*|[Кк]онцерн\w*|[Гг]оскорпораци\w*)\s+",
                "",
                firms.group("who"),
            )
            if m.group("with"):
                unnamed_with = re.fullmatch(_RU_UNNAMED_PARTNER, m.group("with"), re.I)
                who += (" с " if unnamed_with else " и ") + m.group("with")
            label = f"{'Договоренность' if m.group('act') else 'Соглашение'} {who}"
        else:
            label = "Коммерческое соглашение"  # the firms unnamed: the deal is told by what it is about
        deals = [(f"{label} {topic}", topic, (firms or unnamed).start(), m.end())]
        at = m.end()
        # "..., а Korea Eximbank и Минэкономики — о рамочном кредите ...": the next pair's deal, the verb left out
        # (", а российский производитель грузовой техники — о ...": unnamed, after the firms' deals counted)
        while (nxt := _RU_FIRMS_NEXT_RE.match(text, at, s_hi)) and (
            re.search(r"[A-ZА-ЯЁ«\"]", nxt.group("who"))
            or (unnamed and re.search(rf"(?<![\w-]){_RU_FIRM_NOUN}", nxt.group("who"), re.I))
        ):
            deals.append(
                (
                    f"{'Коммерческое соглашение' if unnamed else 'Соглашение ' + nxt.group('who')} "
                    f"{nxt.group('topic').strip()}",
                    nxt.group("topic"),
                    at,
                    nxt.end(),
                )
            )
            at = nxt.end()
        for title, topic, start, end in deals:
            if title.lower() in seen:
                continue
            seen.add(title.lower())
            sphere = _ru_sphere(topic)
            out.append(
                AgreementSuggestion(
                    title=title,
                    kind="agreement",
                    sphere=sphere if sphere != "other" else _ru_sphere(title),
                    status="signed",
                    start=start,
                    end=end,
                )
            )
    for m in _RU_BY_INSTRUMENT_RE.finditer(text, art.body_start):
        # "Отдельным протоколом согласованы требования к экспорту мяса": the document told as the means
        s_lo, s_hi, _ = art.sentence_at(m.start())
        if _RU_BACKGROUND_RE.search(text, s_lo, s_hi) or _earlier_year(text[s_lo:s_hi], art.dateline):
            continue
        topic = _prepositional(m.group("topic").strip(), "nomn")
        title = f"{_KIND_TITLES[_RU_BY_INSTRUMENT_KINDS[m.group('kind').lower()[:5]]]} о {topic}"
        if title.lower() not in seen:
            seen.add(title.lower())
            kind = _RU_BY_INSTRUMENT_KINDS[m.group("kind").lower()[:5]]
            out.append(_signed_document(title, kind, m.start(), m.end()))
    if not any(a.kind == "declaration" for a in out):
        out += _statement_cited(art)
    return _commission_fields(art, _field_items_dropped(_told_again_dropped(_headline_told_again(art, out))))


# "В совместном коммюнике говорится о ...", "..., – говорится в совместном заявлении": a joint statement cited in
# the locative is one the visit adopted, though no verb tells it signed
_RU_STATEMENT_CITED_RE = re.compile(
    r"(?<![\w-])(?:в|во)\s+(?:итогов\w+\s+|принят\w+\s+|подписанн\w+\s+|опубликованн\w+\s+)?"
    r"совместн\w+\s+(?P<k>заявлении|коммюнике|декларации)(?![\w-])",
    re.I,
)
_RU_STATEMENT_AHEAD_RE = re.compile(
    r"(?<![\w-])(?:будет|будут|планиру\w*|ожида\w*|предполага\w*|проект\w*|готов\w*|могут|может|войд[её]т|войдут)"
    r"(?![\w-])",
    re.I,
)


def _statement_cited(art: _RuArticle) -> list[AgreementSuggestion]:
    """The visit's joint statement when the story only cites it: the first such mention, not of a year before, not
    one still to come ("в совместном заявлении, которое будет принято")."""
    text = art.text
    for m in _RU_STATEMENT_CITED_RE.finditer(text, art.body_start):
        s_lo, s_hi, _ = art.sentence_at(m.start())
        sent = text[s_lo:s_hi]
        if _RU_BACKGROUND_RE.search(sent) or _earlier_year(sent, art.dateline) or _RU_STATEMENT_AHEAD_RE.search(sent):
            continue
        kind = m.group("k").lower()
        title = {"коммюнике": "Совместное коммюнике", "декларации": "Совместная декларация"}.get(
            kind, "Совместное заявление"
        )
        return [_signed_document(title, "declaration", m.start(), m.end())]
    return []


# A commission named with its field somewhere in the story: "заседание межправительственной комиссии по
# торгово-экономическому сотрудничеству", then "подписан протокол заседания межправкомиссии".
_RU_COMMISSION_FIELD_RE = re.compile(r"(?<![\w-])(?:межправ)?комисси\w*\s+по\s+(?P<f>[^.;:,()«»]{3,100})", re.I)
_RU_COMMISSION_RE = re.compile(r"комисси", re.I)


def _commission_fields(art: _RuArticle, found: list[AgreementSuggestion]) -> list[AgreementSuggestion]:
    """A commission's record with no field of its own takes the field of the commission's full name."""
    if not any(a.sphere == "other" and _RU_COMMISSION_RE.search(a.title) for a in found):
        return found
    field = next(
        (
            f
            for c in _RU_COMMISSION_FIELD_RE.finditer(art.text, art.body_start)
            if (f := _ru_sphere(c.group("f"))) != "other"
        ),
        "",
    )
    if not field:
        return found
    return [
        dataclasses.replace(a, sphere=field) if a.sphere == "other" and _RU_COMMISSION_RE.search(a.title) else a
        for a in found
    ]


# What the documents of a bare plural hold, told after it: "Среди них — проекты по ...", "Крупнейшие из них
# касаются ...", "Они посвящены ...", ": речь, в частности, о ..."; "Главный из них касается ..." is one of them,
# told again in full further on.
_RU_THEIR_TOPICS_RE = re.compile(
    r"\s*(?:(?:[Сс]реди|[Вв]\s+числе)\s+них\s*[—–:-]\s+(?P<nomn>)|"
    r"(?:(?:[А-ЯЁ][а-яё]+|[Бб]ольшинство|[Чч]асть)\s+из\s+них|[Оо]ни)\s+"
    r"(?:(?P<gent>касаются)|(?P<datv>посвящены)|(?P<accs>предусматривают|охватывают|затрагивают))\s+|"
    r"(?P<loct>(?:[Рр]ечь(?:,?\s+в\s+частности,?)?\s+(?:ид[её]т\s+)?(?:в\s+частности\s+)?|"
    # "В частности, достигнуты договоренности о ...": the deals of the total, told by what was agreed
    r"(?:[Вв]\s+частности,?\s+)?(?:[Бб]ыли\s+)?(?:[Дд]остигнуты\s+договор[её]нности|[Дд]оговор[её]нности\s+достигнуты)\s+)"
    r"(?=(?:о|об)\s)))"
    r"(?P<items>(?-i:[а-яё])[^.!?]+)"
)
_RU_MATTER_AFTER_COLON_RE = re.compile(r"[:—–]\s+(?=[Рр]ечь)")
_RU_TOPICS_END_RE = re.compile(r"[;(]|,\s+(?:котор\w+|что|где|но|однако|хотя)\s|\s[—–]\s")


def _topic_items(body: str) -> list[str]:
    """The topics of a list, at commas, "а также" and at "и" between two phrases of two words or more ("поставках
    сельхозтехники и совместном проекте ..."); "металлов и меди" is one topic's two objects."""
    out: list[str] = []
    for chunk in re.split(r",\s+(?:а\s+также\s+|и\s+)?|\s+а\s+также\s+", body):
        parts = re.split(r"\s+и\s+(?![^«»]*»)", chunk)
        items = [parts[0]]
        for part in parts[1:]:
            if len(part.split()) >= 2 and len(items[-1].split()) >= 2:
                items.append(part)
            else:
                items[-1] += " и " + part
        out += [x.strip() for x in items if x.strip()]
    return out


def _topics_told_after(art: _RuArticle, untold: list[tuple[int, int, str, int]], found: list[AgreementSuggestion]):
    """The documents of a plural signed with no topic ("компании двух стран подписали коммерческие соглашения"),
    one a topic when the same sentence after a colon or one of the next two in its paragraph tells what they hold:
    "Крупнейшие из них касаются строительства комплекса в ... и завода по ...". Nothing when the documents were
    named some other way."""
    text, done = art.text, set()
    for s_lo, s_hi, kind, at in untold:
        if s_lo in done or any(s_lo <= a.start < s_hi for a in found):
            continue
        done.add(s_lo)
        colon = _RU_MATTER_AFTER_COLON_RE.search(text, at, s_hi)
        tries = [colon.end()] if colon else []
        i = bisect.bisect_right(art.sentence_starts, s_lo)
        for n_lo, _, _ in art.sentences[i : i + 2]:
            if "\n" in text[s_hi:n_lo]:
                break
            tries.append(n_lo)
        for start in tries:
            m = _RU_THEIR_TOPICS_RE.match(text, start)
            if not m or m.start("items") >= art.sentence_at(start)[1]:
                continue
            body = text[m.start("items") : art.sentence_at(start)[1]].rstrip(" .")
            stop = _RU_TOPICS_END_RE.search(body)
            body = body[: stop.start()] if stop else body
            if _RU_KIND_RE.search(body):
                break  # "Среди них — соглашение о ...": the documents named by kind, read with the sentence
            case = next(c for c in ("nomn", "gent", "datv", "accs", "loct") if m.group(c) is not None)
            projects = re.match(r"(?:проект|инициатив|сделк)\w*\s+по\s+(?=[а-яё])", body)
            if projects and case != "loct":
                # "Они охватывают проекты по строительству A, модернизации B и созданию C": the projects' works,
                # each in the dative after the shared "проекты по", are the deals' topics
                body, case = body[projects.end() :], "datv"
            items = _topic_items(body)
            if (
                m.group("nomn") is not None and not projects
            ):  # "проекты по переработке A, поставкам B": the head shared
                lead = re.match(r"[а-яё]+\s+(?:по|о|об)\s+", items[0])
                items = [lead.group(0) + x if lead and j else x for j, x in enumerate(items)]
            for item in items:
                if len(item.split()) < 2:
                    continue
                topic = (
                    item
                    if case == "loct" and re.match(r"(?:о|об)\s", item)
                    else _about(item if case == "loct" else _prepositional(item, case))
                )
                yield f"{_KIND_TITLES[kind]} {topic}", kind, s_lo, m.end()
            break


def _headline_told_again(art: _RuArticle, found: list[AgreementSuggestion]) -> list[AgreementSuggestion]:
    """A headline's document that the body names in full, of the same kind and field ("подписали
    межправительственное соглашение о поставках нефтепродуктов", then "Соглашение между Правительством ... о
    сотрудничестве в области поставок нефтепродуктов"), is that one told shorter, not another."""
    first, head_end = next(((a, b) for a, b in art.paras if art.text[a : a + 6] != " date "), (0, 0))
    if art.text[first:head_end].rstrip()[-1:] in ".!?…":
        return found  # a lead, not a headline: a headline has no full stop
    body = [a for a in found if a.start >= head_end]
    return [
        a
        for a in found
        if a.start >= head_end
        or a.start < first
        or not [b for b in body if b.kind == a.kind and b.sphere == a.sphere and a.sphere]
        or len([b for b in body if b.kind == a.kind]) > 1
    ]


_RU_BY_INSTRUMENT_KINDS = {"прото": "protocol", "мемор": "memorandum", "согла": "agreement", "догов": "treaty"}
_RU_BY_INSTRUMENT_RE = re.compile(
    r"(?<![\w-])(?P<kind>[Пп]ротоколом|[Мм]еморандумом|[Сс]оглашением|[Дд]оговором)\s+(?:были\s+|был\s+|было\s+)?"
    r"(?:согласован|утвержден|утверждён|закреплен|закреплён|оформлен|зафиксирован)[аоы]?\s+"
    r"(?P<topic>[а-яё][^.;:!?,]{3,80})"
)


# A named firm ("«Ромашка»", "группа «Ромашка»", "Acme Corp") and a deal two firms struck on the visit: "«Ромашка» и
# Acme Corp договорились о поставках ...". States that agree on cooperation sign nothing; firms that agree on a
# supply or a project strike a deal.
_RU_FIRM = (
    r"(?:(?:(?:[А-ЯЁ]{2,5}|[Гг]рупп\w*|[Кк]омпани\w*|[Бб]анк\w*|[Хх]олдинг\w*|[Кк]онцерн\w*|[Гг]оскорпораци\w*)\s+)?"
    r"(?:«[^«»]{2,40}»|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})|"
    # "ВТБ", "РФПИ": a bank or fund by its letters (not a state's or a ministry's); "Национальный банк Узбекистана"
    # ("агентство при МИПТ": a body under a ministry, the ministry no firm)
    r"(?<!при\s)(?!(?:РФ|США|ЕС|МИД|ООН|КНР|ОАЭ|ЕАЭС|СНГ|ШОС|НАТО|ФРГ|ЮАР|КНДР|АСЕАН|ОДКБ|МВФ|ВТО)(?![\w-]))"
    r"[А-ЯЁ]{3,5}(?![\w-])|"
    r"[А-ЯЁ][а-яё]+(?:ый|ий|ой)\s+(?:банк|фонд)\s+[А-ЯЁ][а-яё]+)"
)
# The dot of a shortened unit inside a deal's topic, which ends no sentence: "до 100 тыс. тонн в год".
_RU_ABBREVIATION_DOT = r"(?:(?<=тыс)|(?<=млн)|(?<=млрд)|(?<=трлн))\.(?=\s+[а-яё])"
# A trading partner the story does not name: "местный партнер", "вьетнамским импортером", "египетской компанией".
_RU_FIRM_NOUN = (
    r"(?:компани|групп|агрохолдинг|холдинг|концерн|завод|комбинат|производител|предприяти|корпораци|фирм|импорт[её]р|"
    r"экспорт[её]р|дистрибьютор|поставщик|партн[её]р|инвестор|застройщик|банк)\w*"
)
_RU_UNNAMED_PARTNER = r"(?:[а-яё-]+\s+){0,2}?(?:партн[её]р|импорт[её]р|дистрибьютор|покупател|компани|фирм)\w*"
_RU_FIRMS_BEFORE_RE = re.compile(rf"(?P<who>{_RU_FIRM}(?:\s+и\s+(?:[а-яё-]+\s+){{0,2}}{_RU_FIRM})?)\s+$")
_RU_FIRMS_AGREED_RE = re.compile(
    r"(?<![\w-])(?:договорил(?:ись|ась|ся)|достигли\s+договор[её]нност\w+)\s+"
    # ("Gulf Horizon Ports договорился с АО «Ромашка» о ...": the second firm after "с"; or one the story does not
    # name, "с местным партнером", "с китайским импортером")
    rf"(?:со?\s+(?P<with>{_RU_FIRM}|{_RU_UNNAMED_PARTNER})\s+)?"
    r"(?P<topic>(?:о|об)\s+(?!том\b|сотруднич|взаимодейств|совместной\s+работ|продолж|дальнейш|встреч|обсужд|изучени|"
    rf"проработк|переговор|развити)[а-яё](?:[^.;:!?,—–()]|(?<=\d)[,.](?=\d)|{_RU_ABBREVIATION_DOT}){{3,140}}|"
    # "договорились создать совместную платформу", "увеличить поставки газа": a deal told by what it does
    r"(?P<act>(?:создать|учредить|построить|увеличить|нарастить|поставить|выделить|предоставить|закупить|вложить|"
    r"инвестировать)\s+[а-яё$€\d](?:[^.;:!?,—–()]|(?<=\d)[,.](?=\d)){3,140}))"
)
# "Компании заключили ряд сделок. В частности, венгерская компания договорилась о строительстве завода": after the
# firms' deals are counted, one of them told by what a firm, named or not, agreed ("стороны" and the states, which
# agree on cooperation and sign nothing, are no firm)
_RU_IN_PARTICULAR_RE = re.compile(
    r"(?:В\s+частности|В\s+том\s+числе|Так|Например)\s*,\s+(?P<who>[^,.;:!?«»—–]{3,100}?)\s+$"
)
_RU_FIRMS_DEALS_RE = re.compile(
    r"(?<![\w-])(?:(?:заключ|подпис)\w*\s+(?:[^.;]{0,60}?\s)?(?:соглашени[йяе]|контракт(?:ов|ы)|сдел(?:ок|ки)|"
    r"договор(?:ов|ы))|(?:соглашени[йя]|контракт(?:ов|ы)|сдел(?:ок|ки)|договор(?:ов|ы))\s+(?:[^.;]{0,60}?\s)?"
    r"(?:заключ|подпис)\w*)(?![\w-])",
    re.I,
)
_RU_FIRMS_NAMED_DEALS_RE = re.compile(r"(?<![\w-])(?:компани|предприяти|бизнес|деловы|коммерческ)\w*", re.I)


def _unnamed_firms(art: _RuArticle, s_lo: int, verb_at: int) -> re.Match | None:
    """The subject of "В частности, <firm> договорилась о ..." when the sentence before counts the firms' deals."""
    if s_lo == 0:
        return None
    who = _RU_IN_PARTICULAR_RE.match(art.text, s_lo, verb_at)
    if not who or not re.search(rf"(?<![\w-]){_RU_FIRM_NOUN}", who.group("who"), re.I):
        return None
    p_lo, p_hi, _ = art.sentence_at(s_lo - 1)
    before = art.text[p_lo:p_hi]
    if p_lo >= s_lo or not _RU_FIRMS_DEALS_RE.search(before) or not _RU_FIRMS_NAMED_DEALS_RE.search(before):
        return None
    return who


_RU_FIRMS_NEXT_RE = re.compile(
    # ", «Магнит» — о закупках ...": without "а" the next party opens with a capital or a mark
    r",\s+(?:а\s+|(?=[«\"A-ZА-ЯЁ]))(?P<who>[^,;.—–]{3,120}?)\s+[—–-]\s+(?P<topic>(?:о|об)\s+[а-яё](?:[^.;:!?,—–()]|(?<=\d)[,.](?=\d)){3,140})"
)
_RU_TITLE_STOP = frozenset("между сотру взаим облас сфере вопро согла мемор декла догов прото прогр докум".split())


def _title_stems(title: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.findall(r"[а-яёa-z]{4,}", title.lower()) if w[:5] not in _RU_TITLE_STOP)


def _told_again_dropped(found: list[AgreementSuggestion]) -> list[AgreementSuggestion]:
    """One document told twice, in full and then shorter ("Совместная декларация об установлении стратегического
    партнерства между A и B", later "декларация об установлении стратегического партнерства"): of two of a kind
    whose topic words (two at least: a bare field is shared by the items of a list) are all in the other's, the
    one told first stays, with the fuller title when the first was the shorter (a headline's "соглашение по
    маршруту", then the body's "соглашение о создании оператора по маршруту": the body's words name its field)."""
    stems = [_title_stems(a.title) for a in found]
    kept: list[int] = []
    for i, a in enumerate(found):
        same = [
            n
            for n, j in enumerate(kept)
            if found[j].kind == a.kind
            and min(len(stems[i]), len(stems[j])) >= 2
            and (stems[i] <= stems[j] or stems[j] <= stems[i])
        ]
        if not same:
            kept.append(i)
        elif len(same) == 1 and stems[kept[same[0]]] < stems[i]:
            kept[same[0]] = i
    return [found[k] for k in kept]


# A "document" named by its field alone ("Документ по газохимии", "Документ о сотрудничестве в сфере транспорта"):
# what a summary or a headline makes of a list of fields
_RU_FIELD_ONLY_TITLE_RE = re.compile(
    r"Документ(?:\s+о\s+сотрудничестве)?\s+(?:в\s+(?:сфере|области)|по)\s+(?P<field>[а-яё-]+(?:\s+[а-яё-]+){0,3})"
)


def _field_items_dropped(found: list[AgreementSuggestion]) -> list[AgreementSuggestion]:
    """A "document" told only by its field is one the story names in full elsewhere when a document named by more
    than a field shares a topic word with it ("подписаны документы по газохимии и спутникам" over "Соглашение о
    газохимическом комплексе" in the body), or when the same field was told already ("в сфере образования", then
    "в области образования"). A field no full title speaks of ("документы по таможне" beside company deals) stays
    a document of its own."""
    fields = [_RU_FIELD_ONLY_TITLE_RE.fullmatch(a.title) for a in found]
    named = [_title_stems(a.title) for a, f in zip(found, fields, strict=True) if f is None]
    kept: list[AgreementSuggestion] = []
    told: set[str] = set()
    for a, f in zip(found, fields, strict=True):
        if f is not None:
            topic = _title_stems(f.group("field"))
            if f.group("field") in told or any(topic & stems for stems in named):
                continue
            told.add(f.group("field"))
        kept.append(a)
    return kept


# A list marker: a number, a dash, or any bullet symbol (geometric shapes, arrows, dingbats, emoji)
_RU_ITEM_MARK_RE = re.compile(
    # "(i)", "ii)", "(а)", "б)": an official list's roman numerals or letters in brackets
    r"\s*(?:\(?(?:[ivx]{1,4}|[а-еa-e])\)(?=\s)|\(\d{1,2}\)|\d{1,2}[.)]|[–—•*\u2010-\u2015\u2020-\u2027\u2190-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff-][\ufe0f\u20e3]?)\s*"
)
# An item's head: up to two adjectives ("Межправительственное соглашение", "Российско-лаосский меморандум"), then
# the kind of instrument.
_RU_ITEM_HEAD_RE = re.compile(
    # "три отраслевых меморандума": a count, then the adjectives
    r"(?:(?:\d{1,2}|[Дд]ва|[Дд]ве|[Тт]ри|[Чч]етыре|[Пп]ять|[Шш]есть)\s+)?"
    r"(?:[А-ЯЁа-яё-]+(?:ое|ый|ий|ая|ой|ые|ие|ых|их)\s+){0,2}(?=" + _RU_KIND_RE.pattern + ")"
)


def _nominative_head(title: str) -> str:
    """An item's first word in the nominative and capitalised: "программу сотрудничества" -> "Программа ..."."""
    words = title.split(" ", 1)
    head = words[0]
    if head.islower() or head[:1].isupper():
        for p in _parses(head.lower()):
            if p.tag.POS == "NOUN" and p.tag.case == "accs" and "nomn" not in p.tag:
                inflected = p.inflect({"nomn"})
                if inflected:
                    head = inflected.word
                break
    return " ".join([head[:1].upper() + head[1:], *words[1:]])


# "... и создании ...", "... и строительстве ...": a second verbal noun in the prepositional after a topic of two
# words at least
# Where the next act of a list of acts may start: after a comma ("а также" allowed) or "и", before its verbal noun.
_RU_ACT_JOIN_RE = re.compile(r"(?:,\s+(?:а\s+также\s+)?|\s+и\s+)(?=(?P<w>[а-яё]+)\s)")
_RU_FIELD_NOUNS = frozenset("области сфере сферах областях отрасли направлении рамках части целях".split())


def _act_noun(word: str) -> bool:
    """Whether a word reads as a noun of action in the prepositional case ("строительстве", "модернизации",
    "поставках"): the head of one act of a list."""
    word = word.lower()
    if word in _RU_FIELD_NOUNS or not re.search(r"(?:ии|стве|ках|ке)$", word):
        return False
    return any(
        p.tag.POS == "NOUN" and p.tag.case == "loct" and not {"Geox", "Name", "Surn"} & p.tag.grammemes
        for p in _parses(word)
    )


def _act_list(comp: str) -> list[str]:
    """The documents of a plural kind whose complement lists three or more acts under one "о": "соглашения о
    строительстве завода в A, модернизации сети в B и создании центра в C" gives "о строительстве завода в A",
    "о модернизации сети в B", "о создании центра в C". Empty unless every act is a verbal noun with its object."""
    lead = re.match(r"(?:о|об)\s+(?=([а-яё]+)\s)", comp)
    if not lead or not _act_noun(lead.group(1)):
        return []
    cuts = [j for j in _RU_ACT_JOIN_RE.finditer(comp, lead.end()) if _act_noun(j.group("w"))]
    if len(cuts) < 2 or not any(j.group(0).startswith(",") for j in cuts):
        return []
    acts = [comp[lead.end() : cuts[0].start()]]
    acts += [comp[a.end() : b.start()] for a, b in zip(cuts, cuts[1:], strict=False)] + [comp[cuts[-1].end() :]]
    if not all(len(x.split()) >= 2 for x in acts):
        return []
    return [("об " if x[:1].lower() in "аоуэиы" else "о ") + x.strip() for x in acts]


_RU_SECOND_ACTION_RE = re.compile(
    # ("о строительстве завода и поставках оборудования": a supply, told in the plural, is an act too)
    r"(?P<a>(?:о|об)\s+[а-яё]+\s+[а-яё]+[^,]*?)\s+и\s+(?P<b>[а-яё]+(?:ании|ении|ьстве|вках|пках)\s+[а-яё][^,]*)"
)
_RU_LIST_OUTCOME_RE = re.compile(
    r"(?<![\w-])(?:[Ии]тог\w*|[Рр]езультат\w*)(?:\s+[а-яё]+){0,2}\s*[—–-]\s*(?:[а-яё]+\s+){0,2}"
    r"(?:документ|соглашени|меморандум)\w*\s*:$"
)
# "Среди крупнейших договорённостей:" over items "- строительство завода в ... — $3 млрд;": a list of deals, each
# told by its project and its sum, with no kind word
_RU_DEALS_HEAD_RE = re.compile(
    r"(?<![\w-])(?:договор[её]нност(?:ей|и|ями)|сделок|сделки|соглашений|контрактов)(?![\w-])[^.!?]{0,40}:$", re.I
)
_RU_ITEM_SUM_RE = re.compile(
    r"\s+[—–-]\s+(?:около\s+|до\s+|более\s+)?[$€¥£]?\s?\d[\d,.\s]*(?:млн|млрд|тыс)\.?[^,;]{0,20}$"
)
_RU_DEAL_KIND = _RU_KIND_RE.match("соглашение")
# "подписано восемь документов, которые охватывают энергетику, транспорт и культуру": one document a field
# "пакет документов, охватывающих сферы энергетики, транспорта и культуры": the participle only with a word for
# the fields, as "документов, охватывающих торговлю и энергетику" tells the topics of a total, not its documents
_RU_WHICH_COVER_RE = re.compile(
    r"(?:\s+о\s+сотрудничестве)?,\s+(?:которые\s+(?P<v>охватывают|затрагивают|касаются)\s+"
    r"(?P<w>(?:сферы|области|отрасли|направления)\s+)?|"
    r"(?:охватывающ(?:их|ие)|затрагивающ(?:их|ие))\s+(?P<pw>(?:сферы|области|отрасли|направления)\s+))"
    r"(?!(?:как|и)\s)(?P<f>[а-яё]+(?:\s+[а-яё]+){0,2}"
    r"(?:(?:,\s+|\s+и\s+)[а-яё]+(?:\s+[а-яё]+){0,2})+)\s*(?=[.;]|$)"
)


# "контракты на общую сумму $60 млн, в том числе на поставку A, B, а также на поставку C и D": the sum of them
# all, then what each supplies
_RU_SUM_INCLUDING_RE = re.compile(
    # "семь контрактов – на поставки фруктов, сыров и соков": after a dash, the goods of the count one by one
    r"(?:(?:\s+и\s+[а-яё]+)?\s+на\s+(?:общую\s+)?сумму\s+[^,.;]{1,60},\s+(?:в\s+том\s+числе|включая)|\s+[—–])\s+"
    r"(?P<items>(?P<head>на\s+(?:поставк[иуа]|закупк[иуа]|экспорт|импорт)\s)[^.;]+)"
)


def _deal_items(items: str) -> list[str]:
    """Each good of "на поставку A, B, а также на поставку в X C и D" with its head: "и" parts two goods when the
    word before it is a noun ("C и D"), not when it joins two adjectives ("речной и морской
    рыбы")."""
    out, head = [], ""
    for chunk in re.split(r",\s+(?:а\s+также\s+)?|\s+а\s+также\s+", items.strip()):
        lead = re.match(r"на\s+[а-яё]+(?:\s+в\s+[А-ЯЁ][\w-]+)?\s+", chunk)
        if lead:
            head, chunk = lead.group(0), chunk[lead.end() :]
        parts = re.split(r"\s+и\s+", chunk)
        goods = [parts[0]]
        for part in parts[1:]:
            last = goods[-1].split()[-1] if goods[-1].split() else ""
            if any(p.tag.POS == "NOUN" for p in _parses(last)[:1]):
                goods.append(part)
            else:
                goods[-1] += " и " + part
        out.extend(head + g for g in goods if g)
    return out


def _genitive_field(phrase: str, case: str) -> str:
    """A field named in the accusative or genitive ("сельское хозяйство") in the genitive ("сельского хозяйства")."""
    words = []
    for word in phrase.split():
        parse = next((x for x in _parses(word) if x.tag.POS in ("NOUN", "ADJF") and x.tag.case == case), None)
        inflected = parse.inflect({"gent", parse.tag.number or "sing"}) if parse else None
        words.append(inflected.word if inflected else word)
    return " ".join(words)


# an official list names under each item who signed it
_RU_SIGNERS_LINE_RE = re.compile(r"\s*(?:[Сс]о\s+стороны\s+[^:]{3,40}\s+)?[Пп]одписал[аи]?\s*:\s")
# "— меморандумы в сферах A, B и C", "документы о взаимодействии в сфере A и B": one document a field
_RU_ITEM_SPHERES_RE = re.compile(
    r"\s*[—–:-]?\s+(?P<about>(?:о|об)\s+(?:взаимодействии|сотрудничестве)\s+)?"
    r"в\s+(сферах|областях|отраслях|сфере|области|отрасли)\s+(?=[^,]+(?:,|\s+и\s+))",
    re.I,
)


def _sentence_head(head: str) -> bool:
    """Whether a paragraph reads as a sentence of its own, not as an item of a list: after an emoji or a bullet, if
    any, a capital letter."""
    mark = _RU_ITEM_MARK_RE.match(head)
    return not mark or head[mark.end() : mark.end() + 1].isupper()


def _listed_documents(art: _RuArticle) -> list[tuple[int, int, re.Match, str]]:
    """The items of a list of signed instruments set out one a line after its heading ("Документы, подписанные в
    ходе визита", "По итогам переговоров подписаны:"), numbered, bulleted or plain: (start, end, kind match, title
    when it is not the item's text). An item without a kind takes the heading's ("заключили два меморандума:" and
    "— о сотрудничестве ..."); "и ещё девять документов — по таможне, здравоохранению и туризму" is one a field."""
    text = art.text
    out = []
    for p, (a, b) in enumerate(art.paras):
        head = text[a:b].strip()
        ends_open = head.endswith(":") or head[-1] not in '.!?…»"”'
        # "подписан ряд межправительственных документов." and then one a paragraph, "Соглашение о ... .": a count
        # closed by a full stop, the documents set out below it as lines of their own
        closed_count = None if ends_open else _RU_COUNT_CLOSED_RE.search(head)
        if closed_count and (
            not _plural_kind(closed_count.group(0).rstrip(" ."))
            or _RU_HEAD_AHEAD_RE.search(head)  # "ожидается подписание пакета документов.": still to come
        ):
            closed_count = None
        if not (ends_open or closed_count) or len(head) > 300:
            continue  # most paragraphs: no list opens after them, and the cues need not be looked for
        cues = [c for c in _RU_SIGNED_RE.finditer(head) if not _RU_NOT_SIGNED.match(c.group(0))]
        if not cues and head.endswith(":"):
            # "Итог — пачка документов:", "Результат переговоров — пакет соглашений:": the talks' outcome, listed
            cues = list(_RU_LIST_OUTCOME_RE.finditer(head))
        if not cues or _RU_BACKGROUND_RE.search(head):
            continue
        head_kinds = list(_RU_KIND_RE.finditer(text, a, b))
        semicolons = False
        listed_from = len(out)
        for q in range(p + 1, len(art.paras)):
            qa, qb = art.paras[q]
            mark = _RU_ITEM_MARK_RE.match(text, qa, qb)
            if closed_count and (mark or not _bare_title_line(text[qa:qb])):
                break  # after a count closed by a full stop only a line that is a title alone is an item
            lo = mark.end() if mark else qa
            more = re.match(
                r"(?:и|а также)\s+(?:ещ[её]\s+)?(?:[\w-]+\s+)?(?=" + _RU_KIND_RE.pattern + ")", text[lo:qb], re.I
            )
            counted_more = re.match(r"(?:и|а также)\s+(?:ещ[её]\s+)?", text[lo:qb], re.I) if mark else None
            if counted_more and _RU_ITEM_HEAD_RE.match(text, lo + counted_more.end(), qb):
                lo += counted_more.end()  # "— а также три межведомственных документа в сфере ...": counted
            elif more and mark:
                lo += more.end()
            # "- ряд соглашений в фармацевтике, сельском хозяйстве и логистике": several of a kind, one a field
            several = (
                re.match(r"(?:(?:целый\s+)?ряд|несколько)\s+(?=" + _RU_KIND_RE.pattern + ")", text[lo:qb], re.I)
                if mark
                else None
            )
            if several:
                lo += several.end()
            adj = _RU_ITEM_HEAD_RE.match(text, lo, qb)
            kind = _RU_KIND_RE.match(text, adj.end() if adj else lo, qb)
            named = ""
            if kind is None and mark and text[lo : lo + 1] in '«"':
                # "• «дорожная карта» сотрудничества на ...": the kind in marks, named without them
                kind = _RU_KIND_RE.match(text, lo + 1, qb)
                if kind is not None and text[kind.end() : kind.end() + 1] in '»"':
                    unmarked = text[lo + 1 : kind.end()] + text[kind.end() + 1 : qb].rstrip(" .;,")
                    named = unmarked[:1].upper() + unmarked[1:]
                else:
                    kind = None
            if (
                kind is None
                and mark
                and head_kinds
                and re.match(r"(?:о|об|по|между|в\s+сфере|в\s+области)\s", text[lo:qb])
            ):
                kind = head_kinds[-1]  # "стороны заключили два меморандума:" — "о сотрудничестве между ..."
                named = _KIND_TITLES[_RU_KINDS[int(kind.lastgroup[1:])][1]] + " "
            if q == p + 1 and not mark and text[lo:qb].rstrip().endswith(":") and qb - lo < 200:
                continue  # "Что подписали" and then "Главные из них:": the heading goes on in a line of its own
            if kind is None and mark and text[lo : lo + 1].islower() and _RU_DEALS_HEAD_RE.search(head):
                item = text[lo:qb].rstrip(" .;,")
                amount = _RU_ITEM_SUM_RE.search(item)
                if amount:
                    topic = _prepositional(item[: amount.start()], "nomn")
                    out.append((lo, lo + amount.start(), _RU_DEAL_KIND, f"Соглашение о {topic}"))
                    continue
            deals = head_kinds[-1] if head_kinds and _plural_kind(head_kinds[-1].group(0)) else None
            if kind is None and mark and deals and text[lo : lo + 1].islower() and _sentence_head(head):
                # "💰 Подписаны коммерческие соглашения на сумму 300 млн долларов" and then "Среди них:" and
                # "▪️ строительство тепличного комплекса": each project named is one of the deals signed; an item
                # of another list ("▪️ подписание документов", "– 7 подписанных соглашений") leads none
                item = re.split(r"\s[—–]\s|\s\(", text[lo:qb].rstrip(" .;,"))[0]
                topic = _prepositional(item, "nomn")
                if topic != item:
                    single = _KIND_TITLES[_RU_KINDS[int(deals.lastgroup[1:])][1]]
                    out.append((lo, lo + len(item), deals, f"{single} о {topic}"))
                    continue
            if q > p + 1 and kind is None and _RU_SIGNERS_LINE_RE.match(text, qa, qb):
                continue  # "Подписали: министр ... и министр ...": who signed the item above, and the list goes on
            # "В их числе:" and then "соглашение о ...;" a line: an item of a list set out the way a clause goes on
            # starts in lower case and ends with a semicolon, the last one with a full stop
            clause_item = head.endswith(":") and (text[qb - 1] == ";" or semicolons)
            if kind is None or not text[lo].isupper() and not mark and not clause_item:
                break
            semicolons = text[qb - 1] == ";"
            if not mark and _clause_after_kind(text[kind.end() : qb].strip(), verb=True):
                break  # "Документы предусматривают создание ...": the story again after the list
            if not mark and re.fullmatch(r"\s*для\s+(?:прессы|СМИ|печати)\s*", text[kind.end() : qb]):
                break  # "Совместное заявление для прессы": the next section's heading, statements to the press
            hi = qb
            while hi > lo and text[hi - 1] in " .;,":
                hi -= 1
            comment = re.search(
                r"\s[—–]\s(?=[а-яё])(?!по\s|в\s+(?:сфер|област|отрасл))|\s\([^()]*\)$|"
                # "— Ф. Каюмзода (Минэнерговодресурсов) и Х. Резаи": who signed it, by initial and surname
                r"\s[—–]\s(?=[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё])|"
                r",\s+(?:[а-яё]+\s+)?котор(?:ый|ая|ое|ые|ого|ой|ых|ому|ым|ую)(?![\w-])",
                text[lo:hi],
            )
            # "— хорошая новость для ...", "(в Узбекистане откроются ...)", ", текст которого не раскрыт": the
            # writer's remark
            if comment:
                hi = lo + comment.start()
            in_fields = re.match(
                r"\s+(?:в|во)\s+(?!(?:рамках|ходе|течение|целях|том|числе|сумме|размере)(?![\w-]))([а-яё].+)$",
                text[kind.end() : hi],
            )
            if several and in_fields and _plural_kind(kind.group(0)):
                single = _KIND_TITLES[_RU_KINDS[int(kind.lastgroup[1:])][1]]
                for field in _split_fields(in_fields.group(1)):
                    if field.strip():
                        out.append((lo, hi, kind, f"{single} в {field.strip()}"))
                continue
            fields = re.match(r"\s*[—–:]?\s*по\s+(.+)$", text[kind.end() : hi])
            if fields and _plural_kind(kind.group(0)):
                for field in re.split(r",\s+|\s+и\s+", fields.group(1)):
                    if field.strip():
                        out.append((lo, hi, kind, f"Документ по {field.strip()}"))
                continue
            objects = _genitive_list(text[kind.end() : hi].strip()) if _plural_kind(kind.group(0)) else []
            if objects and not named and len(_field_items(text[kind.end() : hi].strip())) == 1:
                # "— протоколы о допуске на рынок сорго, кофе и мяса птицы": one document an object
                single = _KIND_TITLES[_RU_KINDS[int(kind.lastgroup[1:])][1]]
                out += [(lo, hi, kind, f"{single} {x}") for x in objects]
                continue
            spheres = _RU_ITEM_SPHERES_RE.match(text, kind.end(), hi)
            counted = adj is not None and re.match(r"\d|(?:два|две|три|четыре|пять|шесть)\s", adj.group(0), re.I)
            if spheres and not named and (_plural_kind(kind.group(0)) or counted):
                # "— меморандумы в сферах здравоохранения, туризма и образования": one document a field
                single = _KIND_TITLES[_RU_KINDS[int(kind.lastgroup[1:])][1]]
                head = (
                    (spheres.group("about") or "")
                    + "в "
                    + {
                        "сферах": "сфере",
                        "областях": "области",
                        "отраслях": "отрасли",
                    }.get(spheres.group(2).lower(), spheres.group(2).lower())
                )
                for field in _split_fields(text[spheres.end() : hi]):
                    if field.strip():
                        out.append((lo, hi, kind, f"{single} {head} {field.strip()}"))
                continue
            out.append((lo, hi, kind, (named if text[lo] in '«"' else named + text[lo:hi]) if named else ""))
        if closed_count and len(out) - listed_from < 2:
            del out[listed_from:]  # one such line after a count is as likely the story going on
    return out


# A paragraph that ends with the documents it counts: "подписан ряд документов.", "подписаны следующие соглашения."
_RU_COUNT_CLOSED_RE = re.compile(r"(?:" + _RU_KIND_RE.pattern + r")\s*\.$", re.I)
_RU_HEAD_AHEAD_RE = re.compile(
    r"(?<![\w-])(?:ожида\w*|планиру\w*|предполага\w*|намеч\w*|будут|будет|предстоит|состоится|должн\w*)(?![\w-])", re.I
)


def _bare_title_line(line: str) -> bool:
    """Whether a paragraph is one document's title and nothing more: it opens with the kind, is one sentence and has
    no verb of its own ("Соглашение о сотрудничестве в области культуры."; not "Соглашение о ... вступит в силу")."""
    line = line.strip()
    kind = _RU_KIND_RE.match(line)
    if len(line) > 300 or not (kind or _RU_ITEM_HEAD_RE.match(line)):
        return False
    if kind and not any("nomn" in x.tag for x in _parses(kind.group(0).split()[0].lower())):
        return False  # "Программой визита предусмотрены ...": the kind in another case is a sentence's word
    if re.search(r"[.!?…]\s+[А-ЯЁ]", line):
        return False
    return not any(_is_verb(v.group(1)) for v in _RU_VERB_IN_TITLE_RE.finditer(line))


def _russian_dates(art: _RuArticle, masked: list[tuple[int, int]]) -> list[DateSuggestion]:
    text, ref = art.text, art.dateline
    found: list[tuple[int, int, datetime.date, bool]] = []
    taken = _Spans(masked)
    for m in _RU_DATE_RE.finditer(text, art.body_start):
        if taken.holds(m.start()):
            continue
        month = _RU_MONTHS[next(k for k in _RU_MONTHS if m.group("m").lower().startswith(k))]
        for day in [m.group("d"), m.group("d2")]:
            if not day:
                continue
            year = int(m.group("y")) if m.group("y") else None
            d = _resolve(year, month, int(day), ref)
            if d is not None:
                found.append((m.start(), m.end(), d, False))
    if ref is not None:
        for m in _RU_REL_RE.finditer(text, art.body_start):
            if taken.holds(m.start()):
                continue
            if m.group("word"):
                if m.group("word").lower() == "накануне" and _RU_EVE_OF_RE.match(text, m.end()):
                    continue  # "накануне визита": the eve of something, not the day before the dateline
                delta = {"позавчера": -2, "вчера": -1, "накануне": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}[
                    m.group("word").lower()
                ]
                base = ref
                if m.group("word").lower() == "накануне":
                    # "Вчера делегация посетила Гомель. ... накануне в Минске прошли переговоры": the eve of the
                    # day last told, which need not be the dateline's
                    told = [(at, d) for at, _, d, rel in found if at < m.start() and rel]
                    base = max(told)[1] if told else ref
                found.append((m.start(), m.end(), base + datetime.timedelta(days=delta), True))
                continue
            mod = (m.group("mod") or "").lower()
            mod = "прошл" if mod.startswith(("минувш", "прошедш")) else mod  # "в минувшую пятницу"
            s_lo, s_hi, _ = art.sentence_at(m.start())
            future = mod.startswith("следующ") or (not mod.startswith("прошл") and _future_clause(text, s_lo, s_hi, m))
            # "во вторник и среду": the second day shares the first's preposition
            second = _RU_SECOND_WEEKDAY_RE.match(text, m.end())
            for word in [m.group("wd")] + ([second.group("wd")] if second else []):
                wd = next(v for k, v in _RU_WEEKDAYS.items() if word.lower().startswith(k))
                if future:
                    d = ref + datetime.timedelta(
                        days=(wd - ref.weekday()) % 7 or (7 if mod.startswith("следующ") else 0)
                    )
                else:
                    d = ref - datetime.timedelta(
                        days=(ref.weekday() - wd) % 7 or (7 if mod.startswith("прошл") else 0)
                    )
                    stay = sorted(x for _, _, x, rel in found if not rel and abs((ref - x).days) <= 31)
                    if stay and (stay[-1] - stay[0]).days < 7 and not stay[0] <= d <= stay[-1] and not mod:
                        # "с 17 по 19 октября ... в среду": the weekday of the stay told, not the latest before
                        inside = [stay[0] + datetime.timedelta(days=i) for i in range((stay[-1] - stay[0]).days + 1)]
                        d = next((x for x in inside if x.weekday() == wd), d)
                found.append((m.start(), second.end() if second and word is not m.group("wd") else m.end(), d, True))
    if ref is not None:
        found.extend(_chronicle_days(art, ref))
    anchors = list(found)  # the days told outright; "днем ранее" and "на следующий день" count from them
    for m in _RU_NEXT_DAY_RE.finditer(text, art.body_start):
        # "На следующий день гость посетит ...": the day after the last date told before it, else the dateline's
        if taken.holds(m.start()):
            continue
        before = [(at, d) for at, _, d, _ in anchors if at < m.start()]
        base = max(before)[1] if before else ref
        if base is not None:
            found.append((m.start(), m.end(), base + datetime.timedelta(days=-1 if m.group("before") else 1), True))
    for m in _RU_DAY_OF_MONTH_RE.finditer(text, art.body_start):
        if ref is not None and not taken.holds(m.start()) and 1 <= int(m.group("d")) <= 31:
            d = _resolve(ref.year, ref.month, int(m.group("d")), ref)
            if d is not None:
                found.append((m.start(), m.end(), d, True))
    stamp = re.search(r"(?m)^\s*\d{1,2}[:.]\d{2}\s*[–—-]\s", text[art.body_start :]) if ref is not None else None
    if stamp and ref not in {d for _, _, d, _ in found}:
        found.append((art.body_start + stamp.start(), art.body_start + stamp.end(), ref, True))  # a live blog's day
    if ref is not None and ref not in {d for _, _, d, _ in found}:
        # a report of the day that names no date: "В Акорде состоялись переговоры", "провёл переговоры"
        for a, b in art.paras[:4]:
            done = _RU_EVENT_DONE_RE.search(text, a, b)
            if not done:
                continue
            s_lo, s_hi, _ = art.sentence_at(done.start())
            dated = any(s_lo <= at < s_hi for at, _, _, _ in found) or re.search(r"(?i)накануне", text[s_lo:s_hi])
            if not dated and not _RU_FUTURE_RE.search(text, s_lo, s_hi):
                found.append((done.start(), done.end(), ref, True))
            break
    found.sort()
    out, seen = [], set()
    for a, b, d, relative in found:
        if d in seen:
            continue
        seen.add(d)
        s_lo, s_hi, _ = art.sentence_at(a)
        out.append(
            DateSuggestion(
                date=d, what=_event(text[s_lo:s_hi]), start=a, end=b, expression=text[a:b], relative=relative
            )
        )
    return out


_RU_SECOND_WEEKDAY_RE = re.compile(
    r"\s+и\s+(?:во?\s+)?(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\w-])", re.I
)
_RU_NEXT_DAY_RE = re.compile(
    r"(?<![\w-])(?:(?:на|в)\s+следующий\s+день|на\s+другой\s+день|назавтра|на\s+следующее\s+утро|"
    r"(?:утром|вечером|днем|днём)\s+следующего\s+дня|на\s+второй\s+день(?=\s+визита|\s+пребывания)|"
    r"(?P<before>дн[её]м\s+ранее|за\s+день\s+до\s+этого))(?![\w-])",
    re.I,
)
# "12-го числа": a day of the dateline's month
_RU_DAY_OF_MONTH_RE = re.compile(r"(?<![\w-])(?P<d>[0-3]?\d)-?го\s+числа(?![\w-])", re.I)
_RU_EVENT_DONE_RE = re.compile(
    r"(?<![\w-])(?:состоял\w*|провел\w*|провёл\w*|прошл[иао]|прошел|прошёл|подписал\w*|подписан\w*|встретил\w*|"
    r"посетил\w*|прибыл\w*|прилетел\w*|начал\w*ся)(?![\w-])",
    re.I,
)
_RU_EVE_OF_RE = re.compile(r"\s+(?:визит|встреч|переговор|саммит|поездк|заседани|форум|выбор|праздник)\w*", re.I)
_RU_DAY_HEADER_RE = re.compile(
    r"(?im)^\s*(?P<wd>понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\s*[.:,]?\s*$"
)


def _future_clause(text: str, s_lo: int, s_hi: int, m: re.Match) -> bool:
    """Whether the clause of a weekday speaks of the future ("начался в понедельник и продлится до четверга": Monday
    is past, Thursday to come); a clause without a verb of its own takes the sentence's."""
    cuts_before = [x.end() for x in re.finditer(r",|;|\s(?:и|а|но)\s", text[s_lo : m.start()])]
    lo = s_lo + (cuts_before[-1] if cuts_before else 0)
    after = re.search(r",|;|\s(?:и|а|но)\s", text[m.end() : s_hi])
    hi = m.end() + after.start() if after else s_hi
    if _RU_FUTURE_RE.search(text, lo, hi):
        return True
    if any(_is_verb(w) for w in re.findall(r"[а-яё]+(?:л|ла|ло|ли)(?:ся|сь)?(?![а-яё])", text[lo:hi])):
        return False
    return bool(_RU_FUTURE_RE.search(text, s_lo, s_hi))


def _chronicle_days(art: _RuArticle, ref: datetime.date) -> list[tuple[int, int, datetime.date, bool]]:
    """Days of a chronicle's headings ("ЧЕТВЕРГ", "ПЯТНИЦА"), in order: the heading of the dateline's weekday is the
    dateline, those after it the following days, those before it the days before."""
    heads = [
        (m.start("wd"), m.end("wd"), next(v for k, v in _RU_WEEKDAYS.items() if m.group("wd").lower().startswith(k)))
        for m in _RU_DAY_HEADER_RE.finditer(art.text, art.body_start)
    ]
    anchor = next((i for i, h in enumerate(heads) if h[2] == ref.weekday()), None)
    if anchor is None:
        return []
    dates = {anchor: ref}
    for i in range(anchor + 1, len(heads)):
        prev = dates[i - 1]
        dates[i] = prev + datetime.timedelta(days=(heads[i][2] - prev.weekday()) % 7 or 7)
    for i in range(anchor - 1, -1, -1):
        nxt = dates[i + 1]
        dates[i] = nxt - datetime.timedelta(days=(nxt.weekday() - heads[i][2]) % 7 or 7)
    return [(a, b, dates[i], True) for i, (a, b, _) in enumerate(heads)]


def _resolve(year: int | None, month: int, day: int, ref: datetime.date | None) -> datetime.date | None:
    years = [year] if year is not None else ([ref.year - 1, ref.year, ref.year + 1] if ref else [])
    best = None
    for y in years:
        try:
            d = datetime.date(y, month, day)
        except ValueError:
            continue
        if best is None or (ref and abs((d - ref).days) < abs((best - ref).days)):
            best = d
    return best


def _event(clause: str) -> str:
    best = None
    for m in _RU_EVENT_RE.finditer(clause):
        idx = int(m.lastgroup[1:])
        best = idx if best is None or idx < best else best
    return _RU_EVENTS[best][0] if best is not None else "mentioned"


def _russian_places(art: _RuArticle) -> list[PlaceSuggestion]:
    text = art.text
    out, seen = [], set()
    for m in _RU_HOST_CUE_RE.finditer(text, art.body_start):
        c = _CITY_NAME_RE.match(text, m.end())
        if not c:
            continue
        word = c.group(0)
        name = _nominative([word]) if word[-1] in "уеыа" else word
        for p in _parses(word):
            if "Geox" in p.tag.grammemes:
                name = p.normal_form.capitalize() if "-" not in p.normal_form else p.normal_form.title()
                break
        if name not in seen:
            seen.add(name)
            s_lo, s_hi, _ = art.sentence_at(m.start())
            out.append(PlaceSuggestion(name=name, what=_event(text[s_lo:s_hi]), start=c.start(), end=c.end()))
    return out


def _russian_countries(art: _RuArticle, participants: list[PersonSuggestion]) -> list[CountrySuggestion]:
    """The visit's two countries, host first when the story tells where it happens."""
    counts: dict[str, int] = {}
    for code in art.country_mentions():
        counts[code] = counts.get(code, 0) + 1
    weight = {HEAD_OF_STATE: 3, HEAD_OF_GOVERNMENT: 3, MINISTER: 2, AMBASSADOR: 2}
    scores = dict(counts)
    for p in participants:
        if p.country:
            scores[p.country] = scores.get(p.country, 0) + weight.get(p.role, 1)
    votes = art.host_votes()
    for code, v in votes.items():
        scores[code] = scores.get(code, 0) + v
    order = sorted(scores, key=lambda c: -scores[c])
    pair = order[:2]
    if len(pair) == 2 and votes:
        host = max(pair, key=lambda c: votes.get(c, 0))
        other = next(c for c in pair if c != host)
        if votes.get(host, 0) > votes.get(other, 0):
            pair = [host, other]
    return [CountrySuggestion(code=c, mentions=counts.get(c, 0), score=scores[c]) for c in pair]


# A third country's official who joins the talks: who was at them, "подключился по видеосвязи", "в составе делегации".
_RU_TAKES_PART_RE = re.compile(
    rf"(?<![\w-])(?:{_RU_ATTENDED}|подключил\w*|присоединил\w*|"
    r"по\s+видеосвязи|в\s+режиме\s+видеоконференци\w*|в\s+составе\s+делегаци\w*|трехсторонн\w*|трёхсторонн\w*)",
    re.I,
)


def _third_countries_outside(art: _RuArticle) -> None:
    """Officials of a third country speak about the visit ("Ранее президент России заявлял ...", "посол США
    сообщил ..."); they take part only when the story says they joined the talks."""
    prelim = [p.suggestion() for p in art.unique() if not p.outsider and (p.role or p.country)]
    pair = {c.code for c in _russian_countries(art, prelim)}
    if len(pair) < 2:
        return
    for person in art.unique():
        if not person.country or person.country in pair or person.known is not None or person.outsider:
            continue
        sentences = {art.sentence_at(at)[:2] for at in person.positions}
        if not any(_RU_TAKES_PART_RE.search(art.text, lo, hi) for lo, hi in sentences):
            person.outsider = True


_RU_EDITORIAL_NOTE_RE = re.compile(
    r"\s*(?:Полн\w+\s+(?:верси\w+|текст\w*|запис\w+)|Подробнее|Весь\s+разговор)[^.!?]{0,80}?"
    r"(?:слушайте|смотрите|читайте|доступн\w+|на\s+нашем\s+сайте|в\s+(?:аудио|видео)\w*)[^.!?]{0,60}[.!]?\s*$",
    re.I,
)


# Sides whose officials bear Russian names, and the states where such names are common enough among officials that
# a name tells no side: the former Soviet states, the Slavic ones and Israel.
_RU_SLAVIC_NAMED = frozenset({"RU", "BY", "UA"})
_RU_NAMES_MIXED = frozenset("RU BY UA KZ KG UZ TJ TM AZ AM GE MD LT LV EE RS BG MK ME HR SI BA PL CZ SK IL".split())
_RU_SYLLABLE_NAMED = frozenset({"KR", "KP", "VN", "CN", "LA", "KH", "MM"})
_RU_SLAVIC_SURNAME_RE = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|[сц]кий|[сц]кая|енко|(?P<weak>ук|юк|ич))$")


def _slavic_name(name: str) -> bool:
    """A first name the dictionary knows and a surname of a Slavic shape that it knows too: "Ирина Ставская",
    "Денис Тарасюк" (a surname in -юк only when the dictionary reads it as one); "Тесфайе Гебремедхин" is no
    word it knows, and "Ахмед Зеррук" no surname of its."""
    words = name.split()
    surname = words[-1].lower()
    tail = _RU_SLAVIC_SURNAME_RE.search(surname)
    return (
        len(words) >= 2
        and tail is not None
        and any("Name" in p.tag.grammemes and p.score >= 0.5 for p in _parses(words[0].lower()))
        and _known(surname)
        and (
            not tail.group("weak")
            or any(
                "Surn" in p.tag.grammemes and p.methods_stack[0][0].__class__.__name__ == "DictionaryAnalyzer"
                for p in _parses(surname)
            )
        )
    )


def _syllables_name(name: str) -> bool:
    """An East Asian name of three short syllables or more: "Ли Мин Хо", "Чан Ван Зунг"."""
    words = name.split()
    return len(words) >= 3 and all(len(w) <= 5 and re.fullmatch(r"[А-ЯЁ][а-яё]*", w) for w in words)


def _side_by_name(people: list[_Person]) -> None:
    """The side of an official the story left unmarked or gave the other side, told by the shape of the name when
    the two sides name people differently: in a Russian-Vietnamese story "Денис Тарасюк" is Russian and "Ли Мин Хо"
    Vietnamese. Nothing changes when a third state takes part or both sides share a way of naming."""
    sides = {p.country for p in people if p.country}
    if len(sides) != 2:
        return
    for own, shape in ((_RU_SLAVIC_NAMED, _slavic_name), (_RU_SYLLABLE_NAMED, _syllables_name)):
        mine = sides & own
        other = sides - _RU_NAMES_MIXED if own is _RU_SLAVIC_NAMED else sides - own
        if len(mine) != 1 or len(other) != 1 or (own is _RU_SYLLABLE_NAMED and other & _RU_SYLLABLE_NAMED):
            continue
        (code,) = mine
        for p in people:
            if p.known is None and p.country in ("", *other) and shape(p.name):
                p.country = code


def suggest_russian(
    text: str, *, body_start: int, dateline: datetime.date | None, people: Sequence[KnownPerson]
) -> Suggestions:
    art = _RuArticle(text, body_start, dateline, people)
    art.find_people()
    _third_countries_outside(art)
    sides = {p.country for p in art.unique() if p.country and not p.outsider}
    found = [
        f
        for f in _russian_quotes(art)
        if not f.person.outsider
        # "Полную версию интервью слушайте в аудиозаписи.": the outlet's note below an interview
        and not _RU_EDITORIAL_NOTE_RE.match(text, f.lo, f.hi)
        # someone the story gives neither a title nor a side, while both sides are known, is only mentioned
        and not (
            len(sides) >= 2
            and not f.person.country
            and not f.person.role
            and f.person.known is None
            and not _another_case_of(f.person, art.unique())  # a transcript's label in the nominative
        )
    ]
    quotes = [
        QuoteSuggestion(
            text=text[f.lo : f.hi],
            start=f.lo,
            end=f.hi,
            speaker=f.person.suggestion(),
            marked=f.marked,
            attribution=f.attribution,
            group=f.group,
            kind=f.kind,
        )
        for f in found
    ]
    speakers = {id(f.person) for f in found}
    # titled people and speakers; and people named in full whose country the story tells, never titled
    # ("Затем Садыр Жапаров и Шахбаз Шариф провели переговоры", "в делегацию вошел Азамат Осмонов")
    named = [
        p
        for p in art.unique()
        if (p.role or id(p) in speakers or (p.country and max(map(len, p.runs)) >= 2 and p.known is None))
        and not p.outsider
    ]
    _side_by_name(named)
    participants = sorted((p.suggestion() for p in named), key=lambda s: s.first_offset)
    masked = [(q.start, q.end) for q in quotes if q.kind != REPORTED] + art.marked
    return Suggestions(
        countries=tuple(_russian_countries(art, participants)),
        participants=tuple(participants),
        quotes=tuple(quotes),
        agreements=tuple(_russian_agreements(art)),
        dates=tuple(_russian_dates(art, masked)),
        places=tuple(_russian_places(art)),
        dateline=dateline,
        documents_counted=_ru_documents_counted(art),
    )
