"""Field-by-field differences between two versions of a visit package, children included.

Pure functions over two ``VisitContent`` rows loaded with ``with_package()``: nothing here queries. Items of
the two versions are matched by a natural key, since each draft copies every item under a new primary key:

- participants by person, linked articles by article, ceremony photos by image;
- quotes by speaker and exact text, then, among a speaker's quotes left over, by text similarity (an edited
  quote is "changed", not "removed" plus "added");
- agreements by title, then by title similarity; programme events by kind and title, then by title
  similarity within a kind.

Order (``sort_order``) is not compared: moving one item would otherwise list every item after it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.utils.translation import gettext_lazy as _

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
SIMILARITY_THRESHOLD = 0.6


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class ItemChange:
    """One added, removed or changed item; ``changes`` lists the fields of a changed one."""

    kind: str
    label: str
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class SectionDiff:
    name: str
    items: tuple[ItemChange, ...]


@dataclass(frozen=True)
class PackageDiff:
    fields: tuple[FieldChange, ...]
    sections: tuple[SectionDiff, ...] = field(default=())

    @property
    def has_changes(self) -> bool:
        return bool(self.fields or any(section.items for section in self.sections))


def _text(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, _normalised(a), _normalised(b)).ratio()


def _field_changes(old, new, fields: Sequence[tuple[str, Callable]]) -> tuple[FieldChange, ...]:
    changes = []
    for label, read in fields:
        before, after = _text(read(old)), _text(read(new))
        if before != after:
            changes.append(FieldChange(str(label), before, after))
    return tuple(changes)


def match_items(
    old: Iterable,
    new: Iterable,
    *,
    key: Callable[[object], Hashable],
    group: Callable[[object], Hashable] | None = None,
    text: Callable[[object], str] | None = None,
) -> tuple[list[tuple[object, object]], list, list]:
    """Pair items of two versions: first by equal ``key``, then leftovers of the same ``group`` by the most
    similar ``text`` (at least ``SIMILARITY_THRESHOLD``). Returns (pairs, removed, added)."""
    old, new = list(old), list(new)
    pairs, left_new = [], list(new)
    left_old = []
    for item in old:
        twin = next((candidate for candidate in left_new if key(candidate) == key(item)), None)
        if twin is None:
            left_old.append(item)
        else:
            left_new.remove(twin)
            pairs.append((item, twin))
    if text is not None:
        scored = sorted(
            (
                (_similarity(text(a), text(b)), index_a, index_b)
                for index_a, a in enumerate(left_old)
                for index_b, b in enumerate(left_new)
                if group is None or group(a) == group(b)
            ),
            reverse=True,
        )
        used_old, used_new = set(), set()
        for score, index_a, index_b in scored:
            if score < SIMILARITY_THRESHOLD or index_a in used_old or index_b in used_new:
                continue
            used_old.add(index_a)
            used_new.add(index_b)
            pairs.append((left_old[index_a], left_new[index_b]))
        left_old = [item for index, item in enumerate(left_old) if index not in used_old]
        left_new = [item for index, item in enumerate(left_new) if index not in used_new]
    return pairs, left_old, left_new


def _section(name, old, new, *, label, fields, key, group=None, text=None) -> SectionDiff:
    pairs, removed, added = match_items(old, new, key=key, group=group, text=text)
    items = [ItemChange(REMOVED, label(item)) for item in removed]
    for before, after in pairs:
        changes = _field_changes(before, after, fields)
        if changes:
            items.append(ItemChange(CHANGED, label(after), changes))
    items += [ItemChange(ADDED, label(item)) for item in added]
    return SectionDiff(str(name), tuple(items))


def _short(text: str, size: int = 80) -> str:
    return text if len(text) <= size else f"{text[: size - 1]}…"


def package_diff(old, new, *, article_titles: dict[int, str] | None = None) -> PackageDiff:
    """What changed from version ``old`` to version ``new`` of one package (both loaded ``with_package()``).

    ``article_titles`` names articles by id (``selectors.article_headlines``); without it they show as numbers.
    """
    titles = article_titles or {}

    def article(article_id) -> str:
        return titles.get(article_id, f"#{article_id}") if article_id else ""

    content_fields = [
        (_("headline"), lambda c: c.headline),
        (_("slug"), lambda c: c.slug),
        (_("summary"), lambda c: c.summary),
        (_("type"), lambda c: c.get_visit_type_display()),
        (_("starts on"), lambda c: c.starts_on),
        (_("ends on"), lambda c: c.ends_on),
        (_("city"), lambda c: c.city),
        (_("venue"), lambda c: c.venue),
        (_("lead photo"), lambda c: c.lead_photo_id and c.lead_photo),
        (_("lead photo alt text"), lambda c: c.lead_photo_alt),
    ]
    sections = (
        _section(
            _("Participants"),
            old.participations.all(),
            new.participations.all(),
            label=lambda p: p.person.name,
            key=lambda p: p.person_id,
            fields=[(_("role"), lambda p: p.get_role_display()), (_("title in the visit"), lambda p: p.role_title)],
        ),
        _section(
            _("Programme"),
            old.programme_events.all(),
            new.programme_events.all(),
            label=lambda e: e.title,
            key=lambda e: (e.kind, _normalised(e.title)),
            group=lambda e: e.kind,
            text=lambda e: e.title,
            fields=[
                (_("title"), lambda e: e.title),
                (_("starts at"), lambda e: e.starts_at),
                (_("place"), lambda e: e.place),
                (_("description"), lambda e: e.description),
            ],
        ),
        _section(
            _("Quotes"),
            old.quotes.all(),
            new.quotes.all(),
            label=lambda q: f"{q.speaker.name}: “{_short(q.text)}”",
            key=lambda q: (q.speaker_id, _normalised(q.text)),
            group=lambda q: q.speaker_id,
            text=lambda q: q.text,
            fields=[
                (_("exact words"), lambda q: q.text),
                (_("context"), lambda q: q.context),
                (_("said on"), lambda q: q.said_on),
                (_("source article"), lambda q: article(q.source_article_id)),
                (_("start in article"), lambda q: q.start_offset),
                (_("end in article"), lambda q: q.end_offset),
            ],
        ),
        _section(
            _("Agreements"),
            old.agreements.all(),
            new.agreements.all(),
            label=lambda a: a.title,
            key=lambda a: _normalised(a.title),
            text=lambda a: a.title,
            fields=[
                (_("title"), lambda a: a.title),
                (_("kind"), lambda a: a.get_kind_display()),
                (_("sphere"), lambda a: a.get_sphere_display()),
                (_("status"), lambda a: a.get_status_display()),
                (_("signatories"), lambda a: ", ".join(sorted(person.name for person in a.signatories.all()))),
                (_("signed on"), lambda a: a.signed_on),
                (_("document"), lambda a: a.document_id and a.document),
                (_("summary"), lambda a: a.summary),
            ],
        ),
        _section(
            _("Ceremony photos"),
            old.photos.all(),
            new.photos.all(),
            label=lambda p: _short(p.caption or p.alt_text),
            key=lambda p: p.image_id,
            fields=[
                (_("caption"), lambda p: p.caption),
                (_("credit"), lambda p: p.credit),
                (_("alt text"), lambda p: p.alt_text),
                (_("programme event"), lambda p: p.event.title if p.event_id else ""),
            ],
        ),
        _section(
            _("Linked articles"),
            old.linked_articles.all(),
            new.linked_articles.all(),
            label=lambda link: article(link.article_id),
            key=lambda link: link.article_id,
            fields=[(_("role"), lambda link: link.get_role_display())],
        ),
    )
    return PackageDiff(fields=_field_changes(old, new, content_fields), sections=sections)
