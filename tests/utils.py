"""Helpers shared by the tests: the CMS page that carries the app, and admin change forms with inlines."""

from __future__ import annotations

from cms.utils.apphook_reload import reload_urlconf
from django.test import TestCase

from .factories import UserFactory, create_apphook_page

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


class ApphookTestCase(TestCase):
    """Tests of pages under the published CMS page that carries the app in every language (``/en/relations/``),
    made by ``editor``.

    Each test reloads the URLconf: the CMS builds the apphook's URLs from the pages in the database, and the ones
    loaded may be those of an earlier test's page, rolled back since.
    """

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = UserFactory()
        create_apphook_page(user=cls.editor)

    def setUp(self):
        super().setUp()
        reload_urlconf()
