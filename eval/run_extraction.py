"""Measure relations_plugin.extraction against the annotated corpus (stdlib only, no Django settings needed).

    python eval/run_extraction.py              # dev and heldout figures plus throughput
    python eval/run_extraction.py -v dev       # also list every miss and false alarm of the dev split
    python eval/run_extraction.py --seed PATH  # also score the agency's seed article against eval/seed/*.json
    python eval/run_extraction.py heldout --glob 'h0[89]*,h1*'   # one batch of heldout (see eval/README.md)

Corpus: ``eval/corpus/<split>/<name>.txt`` (a `` date YYYY-MM-DD`` header, then the article) and ``<name>.json``
with the gold in the shape of ``Suggestions.to_dict()``; ``eval/corpus/people.json`` is what the database knows.
Rules were written from ``dev`` only; ``heldout`` was written and annotated first and not looked at while tuning.

Matching rules:
- quote: same speaker (names compared without case and diacritics) and the character ranges overlap on at least
  90% of the longer of the two (``overlap >= 0.9 * max(len(gold), len(predicted))``); one-to-one, greedy.
- participant: same name, country and role. place: same name (no case, diacritics or leading "the").
- agreement: same kind, status and sphere, and titles sharing half their content words (Dice >= 0.5).
- date: same ISO day ("what" is free text and not scored).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
SEED_GOLD = Path(__file__).resolve().parent / "seed" / "kazakhstan-serbia-visit-2024-11-19.json"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from relations_plugin.extraction import KnownPerson, suggest_package  # noqa: E402

QUOTE_OVERLAP = 0.9
TITLE_DICE = 0.5
_TITLE_STOP = {"the", "of", "on", "in", "a", "an", "for", "and", "between", "to", "field", "understanding"}


def norm(value: str) -> str:
    """Lower case without diacritics, leading "the" and surrounding punctuation."""
    value = unicodedata.normalize("NFKD", value.replace("đ", "d").replace("Đ", "D"))
    value = "".join(c for c in value if not unicodedata.combining(c)).lower().strip(" .,")
    return value[4:] if value.startswith("the ") else value


def load_people() -> list[KnownPerson]:
    rows = json.loads((CORPUS / "people.json").read_text(encoding="utf-8"))
    return [KnownPerson(r["name"], r["country"], r.get("title", ""), tuple(r.get("aliases", ()))) for r in rows]


def load_split(split: str, pattern: str = "*") -> list[tuple[str, str, dict]]:
    """(name, text, gold) for every article of a split whose name matches ``pattern`` (comma-separated globs)."""
    out = []
    paths = {p for glob in pattern.split(",") for p in (CORPUS / split).glob(f"{glob.strip()}.txt")}
    for txt in sorted(paths):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((txt.stem, txt.read_text(encoding="utf-8"), gold))
    return out


def _match_quotes(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    for g in gold:
        for i, p in enumerate(pred):
            if i in used or norm(p["speaker"]) != norm(g["speaker"]):
                continue
            overlap = min(p["end"], g["end"]) - max(p["start"], g["start"])
            if overlap >= QUOTE_OVERLAP * max(g["end"] - g["start"], p["end"] - p["start"]):
                pairs.append((g, p))
                used.add(i)
                break
    return pairs


def _title_words(title: str) -> set[str]:
    return {w for w in norm(title).replace('"', " ").replace("-", " ").split() if w not in _TITLE_STOP}


def _agreement_matches(g: dict, p: dict) -> bool:
    if (g["kind"], g["status"], g["sphere"]) != (p["kind"], p["status"], p["sphere"]):
        return False
    a, b = _title_words(g["title"]), _title_words(p["title"])
    return bool(a or b) and 2 * len(a & b) / (len(a) + len(b)) >= TITLE_DICE


def _match(pred: list[dict], gold: list[dict], same) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and same(g, p):
                pairs.append((g, p))
                used.add(i)
                break
    return pairs


MATCHERS = {
    "participants": lambda g, p: (norm(g["name"]), g["country"], g["role"])
    == (norm(p["name"]), p["country"], p["role"]),
    "agreements": _agreement_matches,
    "dates": lambda g, p: g["date"] == p["date"],
    "places": lambda g, p: norm(g["name"]) == norm(p["name"]),
}


def score_article(pred: dict, gold: dict) -> dict[str, tuple[int, int, int]]:
    """(matched, predicted, gold) counts per field for one article."""
    counts = {"quotes": (len(_match_quotes(pred["quotes"], gold["quotes"])), len(pred["quotes"]), len(gold["quotes"]))}
    for name, same in MATCHERS.items():
        counts[name] = (len(_match(pred[name], gold[name], same)), len(pred[name]), len(gold[name]))
    counts["country_pair"] = (int(set(pred["countries"][:2]) == set(gold["countries"][:2])), 1, 1)
    return counts


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = matched / predicted if predicted else 1.0
    r = matched / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(
    split: str, people: list[KnownPerson] | None = None, verbose: bool = False, pattern: str = "*"
) -> dict[str, tuple]:
    """Summed counts and (precision, recall, F1) per field over a split."""
    people = load_people() if people is None else people
    totals: dict[str, list[int]] = {}
    for name, text, gold in load_split(split, pattern):
        pred = suggest_package(text, people=people).to_dict()
        counts = score_article(pred, gold)
        for field_name, c in counts.items():
            t = totals.setdefault(field_name, [0, 0, 0])
            for i in range(3):
                t[i] += c[i]
        if verbose:
            _report_article(name, text, pred, gold)
    return {k: (*v, *prf(*v)) for k, v in totals.items()}


def _report_article(name: str, text: str, pred: dict, gold: dict) -> None:
    print(f"--- {name}")
    pairs = _match_quotes(pred["quotes"], gold["quotes"])
    hit_g = {id(g) for g, _ in pairs}
    hit_p = {id(p) for _, p in pairs}
    for g in gold["quotes"]:
        if id(g) not in hit_g:
            print(f"  MISSED quote [{g['speaker']}] {g['text'][:90]!r}")
    for p in pred["quotes"]:
        if id(p) not in hit_p:
            print(f"  EXTRA  quote [{p['speaker']}] {p['text'][:90]!r}")
    for field_name, same in MATCHERS.items():
        pairs = _match(pred[field_name], gold[field_name], same)
        hit_g = {id(g) for g, _ in pairs}
        hit_p = {id(p) for _, p in pairs}
        for g in gold[field_name]:
            if id(g) not in hit_g:
                print(f"  MISSED {field_name[:-1]} {g}")
        for p in pred[field_name]:
            if id(p) not in hit_p:
                print(f"  extra  {field_name[:-1]} {p}")
    if set(pred["countries"][:2]) != set(gold["countries"][:2]):
        print(f"  COUNTRIES {pred['countries']} vs {gold['countries']}")


def throughput(min_seconds: float = 2.0) -> tuple[float, float]:
    """(articles per second, 400-word articles per second) on one core, looping over the whole corpus."""
    people = load_people()
    texts = [t for split in ("dev", "heldout") for _, t, _ in load_split(split)]
    words = sum(len(t.split()) for t in texts)
    done_articles = done_words = 0
    start = time.perf_counter()
    while time.perf_counter() - start < min_seconds:
        for t in texts:
            suggest_package(t, people=people)
        done_articles += len(texts)
        done_words += words
    elapsed = time.perf_counter() - start
    return done_articles / elapsed, done_words / 400 / elapsed


def _print_table(title: str, metrics: dict[str, tuple]) -> None:
    print(f"\n{title}")
    print(f"  {'field':<15}{'match':>6}{'pred':>6}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for name in ("quotes", "participants", "agreements", "dates", "places", "country_pair"):
        m, p, g, prec, rec, f1 = metrics[name]
        print(f"  {name:<15}{m:>6}{p:>6}{g:>6}{prec:>8.3f}{rec:>8.3f}{f1:>8.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="*", default=["dev", "heldout"])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras per article")
    parser.add_argument("--seed", type=Path, help="the agency's seed article, scored against eval/seed/*.json")
    parser.add_argument("--glob", default="*", help="only articles matching these globs, e.g. 'h0[89]*,h1*'")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    for split in args.splits:
        metrics = evaluate(split, verbose=args.verbose, pattern=args.glob)
        count = len(load_split(split, args.glob))
        _print_table(f"{split}: {count} articles (quotes: P/R/F1; others: read R)", metrics)
    if args.seed:
        pred = suggest_package(args.seed.read_text(encoding="utf-8")).to_dict()
        gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
        counts = score_article(pred, gold)
        _print_table("seed (no known people)", {k: (*v, *prf(*v)) for k, v in counts.items()})
        if args.verbose:
            _report_article("seed", "", pred, gold)
    if not args.no_speed:
        per_s, per_400 = throughput()
        print(f"\nthroughput: {per_s:.0f} corpus articles/s, {per_400:.0f} articles of 400 words/s (one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
