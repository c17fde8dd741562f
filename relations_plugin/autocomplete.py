"""The pull quote's quote picker: Django admin's select2 autocomplete, answered by a view of ours.

The admin's own autocomplete view serves models registered with search fields; quotes are items of a package,
and only those of packages readers see now may be offered (``selectors.quote_list_for_choice``).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, JsonResponse
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import selectors
from .models import PullQuotePluginModel, Quote

URL_NAME = "relations_plugin_pullquoteplugin_quotes"
PAGE_SIZE = 20
FIRST_WORDS = 8


def quote_label(quote: Quote) -> str:
    """What an editor reads for a quote: who, the first words, and which package in which language.

    Reads the quote's speaker and package: select them with the quote.
    """
    package = quote.visit_content
    return _("%(speaker)s: “%(words)s” — %(headline)s (%(language)s)") % {
        "speaker": quote.speaker,
        "words": Truncator(quote.text).words(FIRST_WORDS, truncate="…"),
        "headline": package.headline,
        "language": dict(settings.LANGUAGES).get(package.language, package.language),
    }


class QuoteAutocompleteSelect(AutocompleteSelect):
    """The admin's select2 widget, asking our view, which lists quotes in the page's language first."""

    def __init__(self, *, language: str, admin_site, attrs=None):
        super().__init__(PullQuotePluginModel._meta.get_field("quote"), admin_site, attrs=attrs)
        self.language = language

    def get_url(self) -> str:
        from cms.utils.urlutils import admin_reverse

        return f"{admin_reverse(URL_NAME)}?{urlencode({'language': self.language})}"


def quote_autocomplete(request: HttpRequest) -> JsonResponse:
    """select2's pages of quotes matching ``term`` (speaker's name or words), for editors who may place pull quotes."""
    opts = PullQuotePluginModel._meta
    if not (
        request.user.has_perm(f"{opts.app_label}.add_{opts.model_name}")
        or request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
    ):
        raise PermissionDenied
    language = request.GET.get("language") or get_language()
    quotes = selectors.quote_list_for_choice(search=request.GET.get("term", ""), language=language)
    page = Paginator(quotes, PAGE_SIZE).get_page(request.GET.get("page"))
    return JsonResponse(
        {
            "results": [{"id": str(quote.pk), "text": quote_label(quote)} for quote in page],
            "pagination": {"more": page.has_next()},
        }
    )
