"""Reader views: thin wrappers that ask a selector for what readers may see and hand it to a template.

The same views render drafts on the CMS preview/edit endpoints: ``render_visit_content`` and
``render_article_content`` are registered in ``cms_config.py`` and pass the version the CMS chose.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView
from django_countries import countries

from . import cache, documents, html, languages, renditions, selectors, structured_data
from .conf import get_setting
from .models import ArticleContent, VisitContent, country_name
from .search import SEARCH_URL, InvalidSearchQuery, clean_query, search_hits, search_packages


def _language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def _quote_link(quote, articles: dict[int, ArticleContent]) -> str:
    """Where "read in context" goes: the source article's page at the quote, highlighted ('' without one)."""
    content = articles.get(quote.source_article_id)
    url = content.get_absolute_url() if content else ""
    if not url or quote.start_offset is None:
        return url
    return f"{url}?quote={quote.pk}#quote-{quote.pk}"


def _languages_context(request, page: languages.PageLanguages) -> dict:
    """hreflang links and the language switcher of a reader page: one rule (``languages.py``) for both."""
    languages.install_language_switcher(request, page)
    return {"alternates": page.alternates, "x_default": page.x_default}


# The largest id a database row can have (64-bit signed): a bigger number names nothing and is refused early.
MAX_ID = 2**63 - 1


class BadParameter(Exception):
    def __init__(self, name: str, message: str):
        super().__init__(message)
        self.name, self.message = name, message


def whole_number(request, name: str, *, low: int, high: int) -> int | None:
    """``?name=`` as a whole number from ``low`` to ``high``; None when absent or empty.

    ASCII digits only: ``str.isdigit()`` also accepts "²", which ``int()`` refuses.
    """
    raw = request.GET.get(name, "")
    if raw == "":
        return None
    if not re.fullmatch(r"[0-9]{1,19}", raw) or not low <= int(raw) <= high:
        raise BadParameter(name, _("give a whole number from %(low)s to %(high)s.") % {"low": low, "high": high})
    return int(raw)


class ReaderParamsMixin:
    """Reads the query parameters a reader view uses before anything else; a bad one answers a 400 page naming it."""

    def parse_params(self, request) -> dict:
        return {}

    def dispatch(self, request, *args, **kwargs):
        try:
            self.params = self.parse_params(request)
        except BadParameter as error:
            context = {"parameter": error.name, "message": error.message}
            response = TemplateResponse(request, "relations_plugin/bad_parameter.html", context, status=400)
            response["Cache-Control"] = "no-store"
            return response
        return super().dispatch(request, *args, **kwargs)


class PageCacheMixin:
    """Anonymous readers' GETs come from the page cache (``cache.serve``); editors' never do.

    ``page_cache_params`` are the query parameters the view reads (part of the key). The CMS preview/edit
    endpoints build the view with ``page_cache=False``: they render one exact version, drafts included.
    """

    page_cache = True
    page_cache_params: frozenset[str] = frozenset()

    def dispatch(self, request, *args, **kwargs):
        render = super().dispatch
        if not self.page_cache:
            return render(request, *args, **kwargs)
        return cache.serve(request, lambda: render(request, *args, **kwargs), params=self.page_cache_params)


class VisitListView(ReaderParamsMixin, PageCacheMixin, ListView):
    """Published visits of the page's language, filterable by country (ISO code) and year, paginated."""

    template_name = "relations_plugin/visit_list.html"
    page_cache_params = frozenset({"country", "year", "page"})
    context_object_name = "packages"

    def get_paginate_by(self, queryset):
        return get_setting("PAGINATE_BY")

    def parse_params(self, request) -> dict:
        # An unknown country is ignored (old links); a year that is not one is refused.
        return {"year": whole_number(request, "year", low=1, high=9999)}

    def _filters(self) -> tuple[str | None, int | None]:
        country = self.request.GET.get("country", "").upper() or None
        if country and country not in dict(countries):
            country = None
        return country, self.params["year"]

    def get_queryset(self):
        country, year = self._filters()
        return selectors.visit_list_for_readers(language=_language(), country=country, year=year)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = _language()
        country, year = self._filters()
        context.update(
            selected_country=country or "",
            selected_year=year,
            years=selectors.visit_years_published(language=language),
            countries=[
                (code, country_name(code, language)) for code in selectors.visit_countries_published(language=language)
            ],
            **_languages_context(
                self.request,
                languages.page_languages_for(
                    language=language,
                    languages=[code for code, _name in settings.LANGUAGES],
                    url_in=languages.visit_list_path,
                ),
            ),
        )
        return context


def story_context(request, package: VisitContent) -> dict:
    """What the story page's head and body show of a package (``includes/story_head.html``, ``story_body.html``).

    The same for every reader, so it is what a compiled document is rendered from (``documents.py``).
    """
    visit = package.visit
    language = package.language
    articles = selectors.article_contents_for(article_ids=selectors.package_article_ids(package), language=language)
    guests, hosts = selectors.package_sides(package)
    lead = package.lead_photo
    social = renditions.social_image(lead)
    published_at, updated_at = selectors.package_times(package)
    photo_credit = (lead.author if lead else "") or ""
    return {
        "package": package,
        "byline": selectors.package_byline(package, articles),
        "published_at": published_at,
        "updated_at": updated_at,
        "photo_caption": selectors.lead_photo_caption(package),
        "related_packages": selectors.visit_list_related(package=package, limit=get_setting("RELATED_LIMIT")),
        "share_url": request.build_absolute_uri(package.get_absolute_url()),
        "guest_name": country_name(str(visit.guest_country), language),
        "host_name": country_name(str(visit.host_country), language),
        "guests": guests,
        "hosts": hosts,
        "years_of_relations": visit.relation.years_of_relations(on=package.starts_on),
        "quotes": [(quote, _quote_link(quote, articles)) for quote in package.quotes.all()],
        "linked_articles": [
            (link, articles[link.article_id]) for link in package.linked_articles.all() if link.article_id in articles
        ],
        "social_image": social,
        "photo_credit": photo_credit,
        "structured_data": structured_data.visit_news_article(
            package, request=request, image=social, photo_credit=photo_credit
        ),
    }


class VisitDetailView(PageCacheMixin, DetailView):
    """The story page of one visit package: from its compiled document when there is one (``documents.py``)."""

    template_name = "relations_plugin/visit_detail.html"
    context_object_name = "package"
    package: VisitContent | None = None  # set by ``render_visit_content`` for the CMS preview/edit endpoints

    def get_object(self, queryset=None):
        self.document = None
        package = self.package
        if package is None:
            self.document = documents.compiled_story(
                request=self.request, slug=self.kwargs["slug"], language=_language()
            )
            if self.document is not None:
                self._cache_by(self.document.visit_id, self.document.relation_id)
                self._offer_edit(self.document.content_id)
                return self.document
            package = documents.published_story(slug=self.kwargs["slug"], language=_language())
            if package is not None:
                self._cache_by(package.visit_id, package.visit.relation_id)
        if package is None:
            raise Http404
        self._offer_edit(package)
        return package

    def _cache_by(self, visit_id: int, relation_id: int) -> None:
        # Besides the site, a story shows its visit's languages and its relation's other packages: publishing
        # another package elsewhere leaves it cached.
        cache.narrow_to(self.request, [cache.visit_scope(visit_id), cache.relation_scope(relation_id)])

    def _offer_edit(self, package: VisitContent | int) -> None:
        # The toolbar (ours and versioning's) offers "edit" for the object on screen; only editors see it.
        toolbar = getattr(self.request, "toolbar", None)
        if toolbar is not None and toolbar.show_toolbar:
            toolbar.set_object(
                package if isinstance(package, VisitContent) else VisitContent.admin_manager.get(pk=package)
            )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.document is not None:
            context["document"] = self.document
            page = languages.PageLanguages(language=self.document.language, urls=self.document.language_urls)
        else:
            package = self.object
            context.update(story_context(self.request, package))
            page = documents.story_languages(package)
        context.update(_languages_context(self.request, page))
        return context


class RelationDetailView(PageCacheMixin, DetailView):
    """A relation hub: every published visit and agreement of a pair of countries, newest first."""

    template_name = "relations_plugin/relation_detail.html"
    context_object_name = "relation"

    def get_object(self, queryset=None):
        relation = selectors.relation_get_published(slug=self.kwargs["slug"], language=_language())
        if relation is None:
            raise Http404
        return relation

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language, limit, relation = _language(), get_setting("HUB_LIMIT"), self.object
        context.update(
            country_a_name=country_name(str(relation.country_a), language),
            country_b_name=country_name(str(relation.country_b), language),
            years_of_relations=relation.years_of_relations(),
            packages=list(selectors.visit_list_published(language=language, relation=relation)[:limit]),
            agreements=list(selectors.agreement_list_published(language=language, relation=relation)[:limit]),
            **_languages_context(
                self.request,
                languages.page_languages_for(
                    language=language,
                    languages=selectors.relation_languages_published(relation=relation),
                    url_in=lambda _code: relation.get_absolute_url(),
                ),
            ),
        )
        return context


class PersonDetailView(PageCacheMixin, DetailView):
    """A person page: the published visits they took part in and their quotes."""

    template_name = "relations_plugin/person_detail.html"
    context_object_name = "person"

    def get_object(self, queryset=None):
        person = selectors.person_get_published(slug=self.kwargs["slug"], language=_language())
        if person is None:
            raise Http404
        return person

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language, limit, person = _language(), get_setting("HUB_LIMIT"), self.object
        quotes = list(selectors.quote_list_published(language=language, speaker=person)[:limit])
        articles = selectors.article_contents_for(article_ids=[q.source_article_id for q in quotes], language=language)
        context.update(
            country=country_name(str(person.country), language),
            packages=list(selectors.visit_list_published(language=language, person=person)[:limit]),
            quotes=[(quote, _quote_link(quote, articles)) for quote in quotes],
            **_languages_context(
                self.request,
                languages.page_languages_for(
                    language=language,
                    languages=selectors.person_languages_published(person=person),
                    url_in=lambda _code: person.get_absolute_url(),
                ),
            ),
        )
        return context


class ArticleDetailView(ReaderParamsMixin, PageCacheMixin, DetailView):
    """An article page; ``?quote=<pk>`` shows its text with that quote highlighted (``#quote-<pk>``)."""

    template_name = "relations_plugin/article_detail.html"
    page_cache_params = frozenset({"quote"})
    context_object_name = "article"
    content: ArticleContent | None = None  # set by ``render_article_content`` for the CMS endpoints

    def parse_params(self, request) -> dict:
        return {"quote": whole_number(request, "quote", low=1, high=MAX_ID)}

    def get_object(self, queryset=None):
        article = self.content or selectors.article_get_published(slug=self.kwargs["slug"], language=_language())
        if article is None:
            raise Http404
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        quote_pk = self.params["quote"]
        quote = (
            selectors.quote_get_published(pk=quote_pk, article_id=article.article_id, language=article.language)
            if quote_pk is not None
            else None
        )
        if quote is not None and quote.start_offset is not None:
            context["paragraphs"] = html.highlighted_paragraphs(
                article.body_text, quote.start_offset, quote.end_offset, f"quote-{quote.pk}"
            )
        limit = get_setting("RELATED_LIMIT")
        context.update(
            quote=quote,
            packages=selectors.visit_list_for_article(
                article_id=article.article_id, language=article.language, limit=limit
            ),
            speakers=selectors.person_list_quoted_in_article(
                article_id=article.article_id, language=article.language, limit=limit
            ),
            **_languages_context(
                self.request,
                languages.page_languages(
                    language=article.language,
                    contents=selectors.article_translations(article_id=article.article_id),
                ),
            ),
        )
        return context


def render_visit_content(request, content: VisitContent):
    """The CMS preview/edit endpoint of a package version: the story page, drafts included (editors only)."""
    package = selectors.visit_get_version(pk=content.pk)
    with translation.override(package.language):
        response = VisitDetailView.as_view(package=package, page_cache=False)(request, slug=package.slug)
        return response.render()


def render_article_content(request, content: ArticleContent):
    """The CMS preview/edit endpoint of an article version."""
    with translation.override(content.language):
        response = ArticleDetailView.as_view(content=content, page_cache=False)(request, slug=content.slug)
        return response.render()


def preview_visit_content(request, token: str):
    """A shared preview link: the exact version it points to, for anyone holding the link, never indexed or cached.

    Every refusal (unknown, tampered, expired, revoked token, a version no longer a draft, another language's
    prefix) gets the same 404 page, so the answer says nothing about which tokens exist.
    """
    package = selectors.visit_get_by_preview_token(token=token, language=_language())
    if package is None:
        response = TemplateResponse(request, "relations_plugin/preview_refused.html", status=404)
    else:
        with translation.override(package.language):
            view = VisitDetailView.as_view(
                package=package, page_cache=False, template_name="relations_plugin/visit_preview.html"
            )
            response = view(request, slug=package.slug).render()
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"  # the token is in the URL: keep it out of other sites' logs
    return response


def _search_path(language: str) -> str:
    """The search page in a language ('' when no page carries the app in that language)."""
    with translation.override(language):
        try:
            return reverse(f"relations_plugin:{SEARCH_URL}")
        except NoReverseMatch:
            return ""


class SearchView(ReaderParamsMixin, PageCacheMixin, ListView):
    """Search over the published packages of the page's language, best match first, paginated (``search.py``)."""

    template_name = "relations_plugin/search.html"
    page_cache_params = frozenset({"q", "page"})
    context_object_name = "packages"

    def get_paginate_by(self, queryset):
        return get_setting("PAGINATE_BY")

    def parse_params(self, request) -> dict:
        try:
            return {"q": clean_query(request.GET.get("q", ""))}
        except InvalidSearchQuery as error:
            raise BadParameter("q", error.message) from error

    def get_queryset(self):
        return search_packages(self.params["q"], language=_language())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = _language()
        context.update(
            query=self.params["q"],
            hits=search_hits(context["object_list"], self.params["q"]),
            **_languages_context(
                self.request,
                languages.page_languages_for(
                    language=language, languages=[code for code, _name in settings.LANGUAGES], url_in=_search_path
                ),
            ),
        )
        return context
