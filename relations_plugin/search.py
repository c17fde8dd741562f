"""Search over visit packages for readers and the API: headlines, summaries, quotes, agreements and people.

On PostgreSQL it is full text search in the package's language (the ``english`` and ``russian`` stemmers; Kazakh,
which PostgreSQL cannot stem, word by word with accents folded, plus trigram similarity for near spellings), every
word of the query matching as a word beginning, ranked by ``ts_rank`` with ``ts_headline`` snippets. Elsewhere
(SQLite) every word of the query must begin a word of the package, in any case and any script, and matches are
ranked by where they are found. Both give the same hit: rank, headline and snippet, HTML-escaped with the
matched words in ``<mark>``.

Who may see which package is not decided here: callers pass what they may show (``packages``), by default the
readers' published packages of the language (``selectors.visit_list_published``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connections
from django.db.models import (
    Case,
    Exists,
    F,
    FloatField,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Concat, Lower
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from . import selectors
from .models import Agreement, Participation, Quote, VisitContent

SEARCH_URL = "visit-search"
MAX_QUERY_LENGTH = 200
# More words than this add nothing a reader meant and only make the query slower.
MAX_TERMS = 12
# Text search configurations per content language; the Kazakh one is made by migration 0014.
CONFIGURATIONS = {"en": "english", "ru": "russian", "kk": "relations_kk"}
FALLBACK_CONFIGURATION = "simple"
# Kazakh packages also match words at least this similar (pg_trgm's word_similarity, on folded letters).
KAZAKH_SIMILARITY = 0.6
# Kazakh letters typed with a Russian keyboard: Тоқаев is often searched as Токаев.
KAZAKH_LETTERS, RUSSIAN_LETTERS = "қғңәөұүһі", "кгнаоуухи"
# Private-use characters mark matched words inside the database's or our own plain-text snippets; the HTML is
# made only afterwards, by escaping every other character (``_marked``).
MARK_START, MARK_END = "\ue000", "\ue001"
SNIPPET_CHARACTERS = 240
WORD = re.compile(r"\w+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class InvalidSearchQuery(ValueError):
    """The reader's query cannot be searched (too long, or control characters); ``message`` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class SearchHit:
    """One package found: its teaser fields, how well it matched, and its headline and snippet marked up."""

    package: VisitContent
    rank: float
    headline: SafeString
    snippet: SafeString


def clean_query(raw: str) -> str:
    """The query as searched (spaces trimmed); ``InvalidSearchQuery`` for one too long or with control characters."""
    query = raw.strip()
    if len(query) > MAX_QUERY_LENGTH:
        raise InvalidSearchQuery(_("use at most %(count)s characters.") % {"count": MAX_QUERY_LENGTH})
    if CONTROL.search(query):
        raise InvalidSearchQuery(_("use letters, digits and punctuation only."))
    return query


def search_terms(query: str) -> list[str]:
    """The words of a query, lower-cased, without repeats, at most ``MAX_TERMS``."""
    return list(dict.fromkeys(word.lower() for word in WORD.findall(query)))[:MAX_TERMS]


def search_packages(
    query: str, *, language: str, packages: QuerySet[VisitContent] | None = None
) -> QuerySet[VisitContent]:
    """Packages of ``packages`` matching ``query``, best first, annotated with ``search_rank`` (and what
    ``search_hits`` reads). ``packages`` defaults to the readers' published packages of ``language``."""
    if packages is None:
        packages = selectors.visit_list_published(language=language)
    if not search_terms(query):
        # Nothing to look for (punctuation only): no package, ordered as any other result for the callers.
        return packages.annotate(search_rank=Value(0.0, output_field=FloatField())).none()
    if connections[packages.db].vendor == "postgresql":
        found = _search_postgresql(packages, query, language=language)
    else:
        found = _search_portable(packages, query, language=language)
    return found.order_by("-search_rank", "-starts_on", "-pk")


def search_hits(packages: Iterable[VisitContent], query: str) -> list[SearchHit]:
    """Hits for rows of ``search_packages`` (one page of them): no query of their own."""
    pattern = _terms_pattern(search_terms(query))
    hits = []
    for package in packages:
        if hasattr(package, "search_snippet"):
            headline, snippet = package.search_headline, package.search_snippet
        else:
            headline, snippet = _mark_all(package.headline, pattern), _portable_snippet(package, pattern)
        hits.append(SearchHit(package, float(package.search_rank), _marked(headline), _marked(snippet)))
    return hits


# --- PostgreSQL: full text search -------------------------------------------------------------------------------


def _joined(model, *fields: str) -> Coalesce:
    """The given text fields of a package's items (quotes, agreements, participants), joined in one text."""
    from django.contrib.postgres.aggregates import StringAgg

    rows = (
        model.objects.filter(visit_content=OuterRef("pk"))
        .order_by()
        .values("visit_content")
        .annotate(text=StringAgg(_spaced(*fields), " "))
        .values("text")
    )
    return Coalesce(Subquery(rows[:1], output_field=TextField()), Value(""), output_field=TextField())


def _person_name_fields() -> list[str]:
    from modeltranslation.settings import AVAILABLE_LANGUAGES
    from modeltranslation.utils import build_localized_fieldname

    return [f"person__{build_localized_fieldname('name', code)}" for code in AVAILABLE_LANGUAGES] + [
        "person__native_name"
    ]


def _person_name_field(language: str) -> str:
    from modeltranslation.utils import build_localized_fieldname

    return f"person__{build_localized_fieldname('name', language)}"


def _fold_kazakh(expression) -> Func:
    return Func(Lower(expression), Value(KAZAKH_LETTERS), Value(RUSSIAN_LETTERS), function="translate")


def _search_postgresql(packages: QuerySet[VisitContent], query: str, *, language: str) -> QuerySet[VisitContent]:
    from django.contrib.postgres.search import (
        SearchHeadline,
        SearchQuery,
        SearchRank,
        SearchVector,
        TrigramWordSimilarity,
    )

    config = CONFIGURATIONS.get(language, FALLBACK_CONFIGURATION)
    people = _joined(Participation, *_person_name_fields())
    quotes = _joined(Quote, "text", "original_text")
    agreements = _joined(Agreement, "title", "summary")
    vector = (
        SearchVector("headline", config=config, weight="A")
        + SearchVector("summary", config=config, weight="B")
        + SearchVector(people, config=config, weight="B")
        + SearchVector(quotes, config=config, weight="C")
        + SearchVector(agreements, config=config, weight="C")
    )
    terms = search_terms(query)
    # Every word must match, as a beginning once stemmed: stemmers disagree with themselves (Russian "визит" stems
    # to "виз", "визита" to "визит"), and Kazakh, unstemmed, adds endings (Белград, Белградта, Белградқа). Terms
    # are word characters only, so quoting them makes any query a valid tsquery.
    words = SearchQuery(" & ".join(f"'{term}':*" for term in terms), search_type="raw", config=config)
    # Snippets name people as the page does, in its language only.
    text = _concat(F("summary"), quotes, agreements, _joined(Participation, _person_name_field(language)))
    rank = SearchRank(vector, words)
    matches = Q(search_vector=words)
    if language == "kk":
        similarity = TrigramWordSimilarity(
            _fold_kazakh(Value(" ".join(terms))), _fold_kazakh(_concat(F("headline"), text))
        )
        rank = rank + similarity
        matches |= Q(search_similarity__gte=KAZAKH_SIMILARITY)
        packages = packages.alias(search_similarity=similarity)
    marks = {"config": config, "start_sel": MARK_START, "stop_sel": MARK_END}
    # alias(): the document is matched, never sent back.
    return (
        packages.alias(search_vector=vector)
        .annotate(
            search_rank=Cast(rank, FloatField()),
            search_headline=SearchHeadline("headline", words, highlight_all=True, **marks),
            search_snippet=SearchHeadline(
                text, words, max_fragments=2, max_words=20, min_words=8, fragment_delimiter=" … ", **marks
            ),
        )
        .filter(matches)
    )


# --- Elsewhere: every word begins a word of the package, in any case ------------------------------------------------


def _word_start(terms: list[str]) -> str:
    """A regular expression for words beginning with any of the terms (Russian and Kazakh words take endings)."""
    return r"\b(?:" + "|".join(re.escape(term) for term in terms) + ")"


def _terms_pattern(terms: list[str]) -> re.Pattern | None:
    """The whole words a snippet marks."""
    return re.compile(_word_start(terms) + r"\w*", re.IGNORECASE) if terms else None


def _items_matching(pattern: str, *, language: str) -> dict[str, tuple[QuerySet, Concat]]:
    """Per kind of item, those whose text matches a regular expression, and the text a snippet shows of them.

    ``iregex`` runs Python's ``re`` on SQLite, so upper and lower case match in every script, not only in ASCII
    as with ``LIKE``.
    """
    names = Q()
    for field in _person_name_fields():
        names |= Q(**{f"{field}__iregex": pattern})
    return {
        "quote": (Quote.objects.filter(Q(text__iregex=pattern) | Q(original_text__iregex=pattern)), _spaced("text")),
        "agreement": (
            Agreement.objects.filter(Q(title__iregex=pattern) | Q(summary__iregex=pattern)),
            _spaced("title", "summary"),
        ),
        "person": (Participation.objects.filter(names), _spaced(_person_name_field(language))),
    }


def _spaced(*fields: str) -> Concat:
    return _concat(*(F(field) for field in fields))


def _concat(*parts) -> Concat:
    """The parts as one text with a space between them, a missing part counting as empty."""
    texts = []
    for part in parts:
        texts += [Coalesce(part, Value(""), output_field=TextField()), Value(" ", output_field=TextField())]
    return Concat(*texts, output_field=TextField())


def _search_portable(packages: QuerySet[VisitContent], query: str, *, language: str) -> QuerySet[VisitContent]:
    terms = search_terms(query)
    matches, rank = Q(), Value(0)
    for term in terms:
        pattern = _word_start([term])
        in_items = Q()
        for items, _text in _items_matching(pattern, language=language).values():
            in_items |= Exists(items.filter(visit_content=OuterRef("pk")))
        matches &= Q(headline__iregex=pattern) | Q(summary__iregex=pattern) | in_items
        rank = (
            rank
            + Case(When(headline__iregex=pattern, then=Value(4)), default=Value(0))
            + Case(When(summary__iregex=pattern, then=Value(2)), default=Value(0))
            + Case(When(in_items, then=Value(1)), default=Value(0))
        )
    any_term = _word_start(terms)
    first = {
        f"search_{kind}": Subquery(
            items.filter(visit_content=OuterRef("pk")).order_by("sort_order", "pk").annotate(t=text).values("t")[:1],
            output_field=TextField(),
        )
        for kind, (items, text) in _items_matching(any_term, language=language).items()
    }
    return packages.filter(matches).annotate(search_rank=Cast(rank, FloatField()), **first)


def _portable_snippet(package: VisitContent, pattern: re.Pattern | None) -> str:
    """Around the first match in the summary, else in a quote, an agreement or a participant's name."""
    texts = [package.summary, package.search_quote, package.search_agreement, package.search_person]
    for text in texts:
        match = pattern.search(text) if text and pattern is not None else None
        if match:
            return _mark_all(_excerpt(text, match), pattern)
    return _excerpt(package.summary, None)


def _excerpt(text: str, match: re.Match | None) -> str:
    """At most ``SNIPPET_CHARACTERS`` of ``text`` around ``match`` (or from the start), cut between words."""
    start = 0 if match is None else max(0, match.start() - SNIPPET_CHARACTERS // 3)
    if start:
        space = text.find(" ", start, match.start())
        start = space + 1 if space != -1 else start
    end = start + SNIPPET_CHARACTERS
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > (match.end() if match else start) else end
    excerpt = text[start:end]
    return ("… " if start else "") + excerpt + (" …" if end < len(text) else "")


def _mark_all(text: str, pattern: re.Pattern | None) -> str:
    text = text.replace(MARK_START, "").replace(MARK_END, "")
    if pattern is None:
        return text
    return pattern.sub(lambda match: f"{MARK_START}{match.group(0)}{MARK_END}", text)


def _marked(text: str) -> SafeString:
    """HTML of a plain text with marked words: every character escaped, marks turned into ``<mark>``."""
    html, inside = [], False
    for part in re.split(f"([{MARK_START}{MARK_END}])", text or ""):
        if part in (MARK_START, MARK_END):
            inside = part == MARK_START
        elif part:
            html.append(f"<mark>{escape(part)}</mark>" if inside else escape(part))
    # Safe: every piece of text was escaped above; only our own <mark> tags are not.
    return mark_safe("".join(html))
