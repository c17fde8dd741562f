"""Every test starts and ends in the site's default language.

The test client's requests activate the language of the URL they ask for (``/ru/…``) in the test's own thread,
and people's names are read and written in the active language: a later test would otherwise create and read
names in whatever language the last request left behind.
"""

import pytest
from django.conf import settings
from django.utils import translation


@pytest.fixture(autouse=True)
def default_language():
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
