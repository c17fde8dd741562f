"""Score relations_plugin.extraction by the rules of the assistant's spec (stdlib only, no Django settings).

    python eval/run_extraction.py              # dev (tuned) and test (frozen) per language, plus the speed
    python eval/run_extraction.py dev -v       # the dev split only, with every miss and false alarm
    python eval/run_extraction.py dev --glob 'r*'  # some articles of a split

Corpus: ``eval/corpus/<split>/<name>.txt`` (an optional `` date YYYY-MM-DD`` header line, then the article) and
``<name>.json``, the gold in the shape the assistant outputs; ``eval/corpus/people.json`` is what the database knows.
``dev`` is the split the rules were tuned on; ``test`` is written by other people after the rules were frozen and
scored once. An article is Russian when most of its letters are Cyrillic.

Scoring (the spec's):
- strings are normalised to a set of tokens: đ ð→d, ı→i, ł→l, ø→o, æ→ae, œ→oe, ß→ss, þ→th; NFKD without
  combining marks; casefold; anything not alphanumeric splits. J(a, b) is the Jaccard index of the token sets.
- names match when, leading titles and honorifics removed, the normalised name equals the gold name, its surname
  or one of the accepted forms the gold lists (``forms`` of a participant, or of the quote); a Cyrillic name also
  matches its inflected forms (each word equal up to a case ending of at most three letters).
- quotes with speaker: a prediction matches a gold quote, or a whole split group (gold quotes sharing ``group``,
  joined in order), when the speaker matches and J >= 0.8; one to one, best first. P, R (gold quotes covered), F1.
- agreements: recall, one to one, best title overlap first, a prediction counting when its sphere is the gold
  sphere or one of ``sphere_alt``; predictions in an article where nothing was signed are counted apart.
- participants: recall, name and country both matching. dates: recall on the ISO date. countries: exact set.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
SEED_GOLD = Path(__file__).resolve().parent / "seed" / "kazakhstan-serbia-visit-2024-11-19.json"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from relations_plugin.extraction import KnownPerson, suggest_package  # noqa: E402

QUOTE_J = 0.8
SPLITS = ("dev", "test")
LANGUAGES = ("en", "ru")
_FOLD = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "þ": "th",
        "Þ": "TH",
    }
)
_NON_ALNUM = re.compile(r"[\W_]+")
_TITLES = {
    "president",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "mr",
    "ms",
    "mrs",
    "dr",
    "президент",
    "премьер",
    "министр",
    "канцлер",
    "глава",
    "г",
    "н",
}
_TITLE_STOP = {
    "the",
    "of",
    "on",
    "in",
    "a",
    "an",
    "for",
    "and",
    "between",
    "to",
    "with",
    "о",
    "об",
    "в",
    "по",
    "и",
    "на",
    "между",
    "с",
    "со",
}
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_LETTER = re.compile(r"[^\W\d_]")


@functools.lru_cache(maxsize=1 << 16)
def tokens(value: str) -> tuple[str, ...]:
    """The spec's normalisation, keeping order (a set of these is what J compares).

    Cached: matching compares every prediction with every gold quote and name of its article, the same strings
    over and over."""
    value = unicodedata.normalize("NFKD", value.translate(_FOLD))
    value = "".join(c for c in value if not unicodedata.combining(c)).casefold()
    return tuple(_NON_ALNUM.sub(" ", value).split())


def jaccard(a: str, b: str) -> float:
    sa, sb = set(tokens(a)), set(tokens(b))
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def _bare_name(name: str) -> tuple[str, ...]:
    words = tokens(name)
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return words


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if not (_CYRILLIC.match(a) and _CYRILLIC.match(b)):
        return False
    stem = 0
    while stem < min(len(a), len(b)) and a[stem] == b[stem]:
        stem += 1
    return stem >= 3 and len(a) - stem <= 3 and len(b) - stem <= 3


def name_matches(predicted: str, gold: str, forms: tuple[str, ...] = ()) -> bool:
    """A predicted name is the gold person: full name, surname or an accepted form, titles removed."""
    got = _bare_name(predicted)
    if not got:
        return False
    wanted = _bare_name(gold)
    for target in (wanted, wanted[-1:], *(_bare_name(f) for f in forms)):
        if len(target) == len(got) and all(_same_word(a, b) for a, b in zip(got, target, strict=True)):
            return True
    return False


def language(text: str) -> str:
    letters = _LETTER.findall(text)
    cyrillic = sum(1 for c in letters if _CYRILLIC.match(c))
    return "ru" if letters and cyrillic * 2 > len(letters) else "en"


def load_people() -> list[KnownPerson]:
    rows = json.loads((CORPUS / "people.json").read_text(encoding="utf-8"))
    return [KnownPerson(r["name"], r["country"], r.get("title", ""), tuple(r.get("aliases", ()))) for r in rows]


def load_split(split: str, pattern: str = "*") -> list[tuple[str, str, dict]]:
    """(name, text, gold) for every article of a split whose name matches ``pattern`` (comma-separated globs)."""
    folder = CORPUS / split
    paths = {p for glob in pattern.split(",") for p in folder.glob(f"{glob.strip()}.txt")}
    out = []
    for txt in sorted(paths):
        gold_path = txt.with_suffix(".json")
        if not gold_path.exists():
            continue
        out.append((txt.stem, txt.read_text(encoding="utf-8"), json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def _forms_by_name(gold: dict) -> dict[str, tuple[str, ...]]:
    return {p["name"]: tuple(p.get("forms", ())) for p in gold.get("participants", [])}


def match_quotes(pred: list[dict], gold: list[dict], forms: dict[str, tuple[str, ...]]) -> list[tuple[list[int], int]]:
    """Pairs (gold indexes covered, prediction index): single quotes and whole split groups, best J first."""
    units: list[list[int]] = [[i] for i in range(len(gold))]
    groups: dict[object, list[int]] = {}
    for i, g in enumerate(gold):
        if g.get("group") is not None:
            groups.setdefault(g["group"], []).append(i)
    units += [sorted(idx, key=lambda i: gold[i].get("start", 0)) for idx in groups.values() if len(idx) > 1]
    candidates = []
    for u, unit in enumerate(units):
        text = " ".join(gold[i]["text"] for i in unit)
        speaker = gold[unit[0]]["speaker"]
        accepted = forms.get(speaker, ()) + tuple(gold[unit[0]].get("forms", ()))
        for p, q in enumerate(pred):
            if not name_matches(q["speaker"], speaker, accepted):
                continue
            j = jaccard(q["text"], text)
            if j >= QUOTE_J:
                candidates.append((-j, len(unit) == 1, u, p))
    candidates.sort()
    pairs, used_gold, used_pred = [], set(), set()
    for _, _, u, p in candidates:
        unit = units[u]
        if p in used_pred or used_gold & set(unit):
            continue
        used_pred.add(p)
        used_gold.update(unit)
        pairs.append((unit, p))
    return pairs


def _title_overlap(a: str, b: str) -> float:
    sa = {t for t in tokens(a) if t not in _TITLE_STOP}
    sb = {t for t in tokens(b) if t not in _TITLE_STOP}
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def match_agreements(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    candidates = []
    for g, ga in enumerate(gold):
        spheres = {ga.get("sphere", ""), *ga.get("sphere_alt", ())}
        for p, pa in enumerate(pred):
            if pa.get("sphere", "") in spheres:
                candidates.append((-_title_overlap(pa["title"], ga["title"]), g, p))
    candidates.sort()
    pairs, used_g, used_p = [], set(), set()
    for _, g, p in candidates:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return pairs


def match_participants(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for g, gp in enumerate(gold):
        for p, pp in enumerate(pred):
            if (
                p not in used
                and pp.get("country") == gp.get("country")
                and name_matches(pp["name"], gp["name"], tuple(gp.get("forms", ())))
            ):
                pairs.append((g, p))
                used.add(p)
                break
    return pairs


@dataclass
class Totals:
    """Summed counts over a set of articles."""

    articles: int = 0
    quotes: list[int] = field(default_factory=lambda: [0, 0, 0])  # matched predictions, predictions, gold
    quotes_covered: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [covered, gold]
    agreements: list[int] = field(default_factory=lambda: [0, 0, 0])  # matched, predicted, gold
    agreements_unsigned_fp: int = 0
    participants: list[int] = field(default_factory=lambda: [0, 0])
    dates: list[int] = field(default_factory=lambda: [0, 0])
    countries: list[int] = field(default_factory=lambda: [0, 0])

    def quote_prf(self) -> tuple[float, float, float]:
        matched, predicted, gold = self.quotes
        p = matched / predicted if predicted else 1.0
        r = self.quotes_covered / gold if gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _ratio(hit: int, total: int) -> float:
    return hit / total if total else 1.0


def score_article(pred: dict, gold: dict, totals: Totals, report: list[str] | None = None) -> None:
    totals.articles += 1
    forms = _forms_by_name(gold)
    gq, pq = gold.get("quotes", []), pred["quotes"]
    pairs = match_quotes(pq, gq, forms)
    covered = {i for unit, _ in pairs for i in unit}
    totals.quotes[0] += len(pairs)
    totals.quotes[1] += len(pq)
    totals.quotes[2] += len(gq)
    totals.quotes_covered += len(covered)
    for i, g in enumerate(gq):
        k = totals.by_kind.setdefault(g.get("kind", "direct"), [0, 0])
        k[0] += i in covered
        k[1] += 1
    ga, pa = gold.get("agreements", []), pred["agreements"]
    apairs = match_agreements(pa, ga)
    totals.agreements[0] += len(apairs)
    totals.agreements[1] += len(pa)
    totals.agreements[2] += len(ga)
    if not ga:
        totals.agreements_unsigned_fp += len(pa)
    gp = gold.get("participants", [])
    ppairs = match_participants(pred["participants"], gp)
    totals.participants[0] += len(ppairs)
    totals.participants[1] += len(gp)
    gold_dates = {d["date"] for d in gold.get("dates", [])}
    pred_dates = {d["date"] for d in pred["dates"]}
    totals.dates[0] += len(gold_dates & pred_dates)
    totals.dates[1] += len(gold_dates)
    right = set(pred["countries"]) == set(gold.get("countries", []))
    totals.countries[0] += right
    totals.countries[1] += 1
    if report is None:
        return
    hit_p = {p for _, p in pairs}
    for i, g in enumerate(gq):
        if i not in covered:
            report.append(f"  MISSED quote {g.get('kind', 'direct')[:3]} [{g['speaker']}] {g['text'][:100]!r}")
    for p, q in enumerate(pq):
        if p not in hit_p:
            report.append(f"  EXTRA  quote {q.get('kind', '')[:3]} [{q['speaker']}] {q['text'][:100]!r}")
    hit_g = {g for g, _ in apairs}
    hit_pa = {p for _, p in apairs}
    report += [f"  MISSED agreement {a['title']!r} ({a.get('sphere')})" for i, a in enumerate(ga) if i not in hit_g]
    report += [f"  extra  agreement {a['title']!r} ({a.get('sphere')})" for i, a in enumerate(pa) if i not in hit_pa]
    hit_g = {g for g, _ in ppairs}
    report += [f"  MISSED participant {p['name']} {p.get('country')}" for i, p in enumerate(gp) if i not in hit_g]
    report += [f"  MISSED date {d}" for d in sorted(gold_dates - pred_dates)]
    if not right:
        report.append(f"  COUNTRIES {pred['countries']} vs gold {gold.get('countries')}")


def evaluate(
    split: str, people: list[KnownPerson] | None = None, verbose: bool = False, pattern: str = "*"
) -> dict[str, Totals]:
    """Totals per language ("en", "ru") and for the whole split ("all")."""
    people = load_people() if people is None else people
    articles = load_split(split, pattern)
    predictions = {name: suggest_package(text, people=people).to_dict() for name, text, _ in articles}
    return score_split(split, articles, predictions, verbose=verbose)


def score_split(
    split: str, articles: list[tuple[str, str, dict]], predictions: dict[str, dict], verbose: bool = False
) -> dict[str, Totals]:
    """``evaluate`` for predictions already made (name -> the assistant's output as a dict), so that a caller that
    needs them for more than the scores runs the extractor once."""
    out = {"all": Totals(), **{lang: Totals() for lang in LANGUAGES}}
    for name, text, gold in articles:
        pred = predictions[name]
        report: list[str] | None = [] if verbose else None
        lang = language(text)
        score_article(pred, gold, out[lang], report)
        score_article(pred, gold, out["all"])
        if report:
            print(f"--- {split}/{name} ({lang})")
            print("\n".join(report))
    return out


@dataclass(frozen=True)
class Speed:
    """Articles of 400 words per second on one core: the fastest and the slowest of several whole passes."""

    best: float
    worst: float
    passes: int


def speed(split: str = "dev", passes: int = 3) -> dict[str, Speed]:
    """Articles of 400 words per second on one core, per language, over whole passes of a split.

    Counted in CPU time of this process. Work of other processes on the machine still slows a pass (they share the
    cores' caches), and only ever slows it, so the fastest pass is the extractor's own speed, as ``timeit`` takes the
    fastest of its repeats; the slowest pass is printed beside it so that a busy machine shows."""
    people = load_people()
    out = {}
    for lang in LANGUAGES:
        texts = [t for _, t, _ in load_split(split) if language(t) == lang]
        if not texts:
            continue
        words = sum(len(t.split()) for t in texts)
        rates = []
        for _ in range(passes):
            start = time.process_time()
            for t in texts:
                suggest_package(t, people=people)
            rates.append(words / 400 / (time.process_time() - start))
        out[lang] = Speed(best=max(rates), worst=min(rates), passes=passes)
    return out


def print_totals(title: str, t: Totals) -> None:
    if not t.articles:
        print(f"  {title:<8} no articles")
        return
    p, r, f1 = t.quote_prf()
    kinds = " ".join(f"{k[:3]} {v[0]}/{v[1]}" for k, v in sorted(t.by_kind.items()))
    print(
        f"  {title:<8} {t.articles:>3} art | quotes P {p:.3f} R {r:.3f} F1 {f1:.3f} ({t.quotes_covered}/{t.quotes[2]}"
        f" gold, {t.quotes[1]} pred; {kinds}) | agreements R {_ratio(t.agreements[0], t.agreements[2]):.3f}"
        f" ({t.agreements[0]}/{t.agreements[2]}, {t.agreements[1]} pred, {t.agreements_unsigned_fp} where none)"
        f" | participants R {_ratio(*t.participants):.3f} ({t.participants[0]}/{t.participants[1]})"
        f" | dates R {_ratio(*t.dates):.3f} ({t.dates[0]}/{t.dates[1]})"
        f" | countries {t.countries[0]}/{t.countries[1]}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="*", default=list(SPLITS))
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras per article")
    parser.add_argument("--glob", default="*", help="only articles matching these globs, e.g. 'r0*,h1*'")
    parser.add_argument("--seed", type=Path, help="the agency's seed article, scored against eval/seed/*.json")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    for split in args.splits:
        label = "tuned" if split == "dev" else "frozen" if split == "test" else split
        print(f"\n{split} ({label})")
        totals = evaluate(split, verbose=args.verbose, pattern=args.glob)
        for lang in LANGUAGES:
            print_totals(lang, totals[lang])
    if args.seed:
        pred = suggest_package(args.seed.read_text(encoding="utf-8")).to_dict()
        totals, report = Totals(), []
        score_article(pred, json.loads(SEED_GOLD.read_text(encoding="utf-8")), totals, report)
        print("\nseed (no known people)")
        print_totals("seed", totals)
        print("\n".join(report))
    if not args.no_speed:
        rates = speed()
        print(
            "\nspeed (dev split, one core, fastest of "
            + f"{next(iter(rates.values())).passes} passes): "
            + ", ".join(f"{k} {v.best:.0f} (slowest pass {v.worst:.0f})" for k, v in rates.items())
            + " articles of 400 words/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
