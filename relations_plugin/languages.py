"""Where a reader page is in the site's other languages: hreflang links and the language switcher.

One rule for both: a page links the same story, hub, person or article in another language when it is published
there; otherwise the switcher goes to that language's list of visits, never to a 404 and never silently to the
page's own language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from menus.utils import set_language_changer

from . import constants


@dataclass(frozen=True)
class Alternate:
    """One language's URL of the page on screen (a path; templates make it absolute)."""

    language: str
    url: str


@dataclass(frozen=True)
class PageLanguages:
    """The page's own language and URL, and where it is in the other languages that have it."""

    language: str
    urls: dict[str, str]

    @property
    def alternates(self) -> list[Alternate]:
        """hreflang links, the page's own language included, in the site's order of languages."""
        return [Alternate(code, self.urls[code]) for code, _name in settings.LANGUAGES if self.urls.get(code)]

    @property
    def x_default(self) -> str:
        """The version for readers whose language the site does not have: the default language's, else this one."""
        return self.urls.get(settings.LANGUAGE_CODE) or self.urls.get(self.language, "")

    def url_for(self, language: str) -> str:
        """Where the switcher goes in ``language``: the same page if it exists there, else that language's list
        of visits, else that language's home page."""
        return self.urls.get(language) or visit_list_path(language) or f"/{language}/"


def visit_list_path(language: str) -> str:
    """The list of visits in a language ('' when no page carries the app in that language)."""
    with translation.override(language):
        try:
            return reverse(f"relations_plugin:{constants.VISIT_LIST_URL}")
        except NoReverseMatch:
            return ""


def page_languages(*, language: str, contents) -> PageLanguages:
    """From the published versions of one thing (one per language, with ``get_absolute_url``)."""
    urls = {}
    for content in contents:
        url = content.get_absolute_url()
        if url:
            urls[content.language] = url
    return PageLanguages(language=language, urls=urls)


def page_languages_for(*, language: str, languages: Iterable[str], url_in: Callable[[str], str]) -> PageLanguages:
    """For pages that exist in several languages under one slug: ``url_in(code)`` is the URL in each of them."""
    urls = {}
    for code in languages:
        with translation.override(code):
            url = url_in(code)
        if url:
            urls[code] = url
    return PageLanguages(language=language, urls=urls)


def install_language_switcher(request: HttpRequest, languages: PageLanguages) -> None:
    """The CMS language chooser of this request asks ``languages`` where each language goes."""
    set_language_changer(request, languages.url_for)
