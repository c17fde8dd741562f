"""Helpers for driving admin change forms with inlines through the test client."""

from __future__ import annotations

PACKAGE_INLINES = ["participations", "programme_events", "quotes", "agreements", "photos", "linked_articles"]


def inline_data(prefix: str, rows: list[dict], *, initial: int = 0) -> dict:
    """POST data of one inline formset: its management form plus ``rows`` as forms 0..n-1."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{index}-{key}"] = value
    return data


def package_post_data(fields: dict, **inlines: list[dict]) -> dict:
    """A visit package change form: the content fields, then every inline (empty unless given)."""
    data = dict(fields)
    for prefix in PACKAGE_INLINES:
        data.update(inline_data(prefix, inlines.get(prefix, [])))
    return data
