"""IPTC ninjs 2.2 and 3.1 documents of a visit package, and the DRF renderer that serves them.

A visit is a ``composite`` item; its associations are its articles (``text``), quotes (``text``, the speaker in
``people`` with rel ``speaker``), agreements (``text``, the PDF as a rendition) and photos (``picture`` with
renditions), and the package's versions in the site's other languages (``translation-ru``, the other language's
document). Countries are places and subjects with ISO 3166 URIs. The builder works in ninjs 3.x names and
derives 2.x names (lower case, ``embargoed``), because 3.0 only renamed the properties.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django_countries import countries
from rest_framework.renderers import JSONRenderer

from ..renditions import FULL_RENDITION, image_renditions
from ..selectors import item_translations
from ..site_urls import absolute_url

MEDIA_TYPE = "application/ninjs+json"
VERSIONS = ("2.2", "3.1")
DEFAULT_VERSION = "2.2"
SCHEMA_URIS = {v: f"http://www.iptc.org/std/ninjs/ninjs-schema_{v}.json" for v in VERSIONS}
ISO_3166_URI = "http://www.iso.org/obp/ui/#iso:code:3166:{code}"
_RENAMES_2X = {"embargoedUntil": "embargoed"}


class NinjsRenderer(JSONRenderer):
    """``Accept: application/ninjs+json`` or ``?format=ninjs``; the views pick the ninjs serializer for it."""

    media_type = MEDIA_TYPE
    format = "ninjs"


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _text(value: str, role: str, content_type: str = "text/plain") -> dict:
    return {"role": role, "contentType": content_type, "value": value}


def _country(code: str, rel: str, language: str) -> dict:
    from django.utils import translation

    with translation.override(language):
        name = str(countries.name(code))
    return {"name": name, "rel": rel, "uri": ISO_3166_URI.format(code=code), "literal": str(code)}


def _renditions(image, build_uri) -> list[dict]:
    return [
        {"name": r.name, "href": r.url, "contentType": r.mime_type, "width": r.width, "height": r.height}
        for r in image_renditions(image, build_uri=build_uri)
    ]


def ninjs_url(request, name: str, *, version: str, language: str | None = None, **kwargs) -> str:
    """The absolute URL of a ninjs document of the API, in the given ninjs version: it answers that same document."""
    params = {"format": "ninjs", **({"language": language} if language else {}), "version": version}
    return absolute_url(f"{reverse(f'relations_plugin_api:{name}', kwargs=kwargs)}?{urlencode(params)}", request)


def _build_uri(request):
    return lambda url: absolute_url(url, request)


def _person(person, rel: str, request) -> dict:
    # People are not ninjs items: their URI is the person's JSON in the API.
    uri = absolute_url(reverse("relations_plugin_api:person-detail", kwargs={"slug": person.slug}), request)
    return {"name": person.name, "rel": rel, "uri": uri}


def _clean(value: Any) -> Any:
    """Drop empty values: ninjs has no nulls, and empty strings or lists say nothing."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _to_version(value: Any, version: str) -> Any:
    if version.startswith("3"):
        return value
    if isinstance(value, dict):
        return {_RENAMES_2X.get(k, k.lower()): _to_version(v, version) for k, v in value.items()}
    if isinstance(value, list):
        return [_to_version(v, version) for v in value]
    return value


def _article_item(content, name: str, request, version: str) -> dict:
    return {
        "name": name,
        "uri": ninjs_url(request, "article-detail", slug=content.slug, language=content.language, version=version),
        "type": "text",
        "language": content.language,
        "headlines": [_text(content.headline, "main")],
        "descriptions": [_text(content.standfirst, "summary")] if content.standfirst else [],
        "by": content.byline,
        "versionCreated": _iso(content.published_at),
    }


def _quote_item(quote, index: int, language: str, request, version: str) -> dict:
    return {
        "name": f"quote-{index}",
        "uri": ninjs_url(request, "quote-detail", pk=quote.pk, language=language, version=version),
        "type": "text",
        "language": language,
        "bodies": [_text(quote.text, "quote")],
        "genres": [{"name": quote.get_kind_display(), "literal": quote.kind}],
        "descriptions": [_text(quote.context, "context")] if quote.context else [],
        "people": [_person(quote.speaker, "speaker", request)],
    }


def _agreement_item(agreement, index: int, language: str, request, version: str) -> dict:
    document = agreement.document
    renditions = []
    if document and document.file:
        renditions.append(
            {
                "name": "document",
                "href": absolute_url(document.url, request),
                "contentType": document.mime_type or "application/pdf",
            }
        )
    return {
        "name": f"agreement-{index}",
        "uri": ninjs_url(request, "agreement-detail", pk=agreement.pk, language=language, version=version),
        "type": "text",
        "language": language,
        "headlines": [_text(agreement.title, "main")],
        "descriptions": [_text(agreement.summary, "summary")] if agreement.summary else [],
        "subjects": [
            {"name": agreement.get_sphere_display(), "rel": "sphere", "literal": agreement.sphere},
            {"name": agreement.get_kind_display(), "rel": "kind", "literal": agreement.kind},
        ],
        "people": [_person(person, "signatory", request) for person in agreement.signatories.all()],
        "renditions": renditions,
    }


def _translations(content, name: str, item_type: str, request, version: str) -> list[dict]:
    """The item's versions in the other languages, as associations (ninjs has no other links between items):
    named ``translation-<language>``; ninjs 3.x also gives the association a ``rel``, 2.x has none."""
    rel = {"rel": "translation"} if version.startswith("3") else {}
    return [
        {
            "name": f"translation-{translation.language}",
            **rel,
            "uri": ninjs_url(request, name, slug=translation.slug, language=translation.language, version=version),
            "type": item_type,
            "language": translation.language,
        }
        for translation in item_translations(content)
    ]


def _large_href(renditions: list[dict]) -> str:
    """Partners identify a picture by its large rendition: the original (and its EXIF, GPS included) stays private."""
    return next(r["href"] for r in renditions if r["name"] == FULL_RENDITION)


def _photo_item(photo, name: str, language: str, request) -> dict | None:
    renditions = _renditions(photo.image, _build_uri(request))
    if not renditions:
        return None  # an image that cannot be rendered is left out (the rendition service logs it)
    return {
        "name": name,
        "uri": _large_href(renditions),
        "type": "picture",
        "language": language,
        "headlines": [_text(photo.caption, "caption")] if photo.caption else [],
        "descriptions": [_text(photo.alt_text, "alternative")],
        "by": photo.credit,
        "copyrightHolder": photo.credit,
        "renditions": renditions,
    }


def visit_document(content, *, request, version: str = DEFAULT_VERSION) -> dict:
    """One package as a ninjs ``composite`` of the given version. Reads only what ``with_package`` fetched."""
    language = content.language
    visit = content.visit
    go_live = getattr(content, "go_live_at", None)
    embargoed = go_live if go_live and go_live > timezone.now() else None
    associations = []
    for index, link in enumerate(content.linked_articles.all(), 1):
        article = next(iter(getattr(link.article, "published_contents", [])), None)
        if article is not None:
            associations.append(_article_item(article, f"article-{index}", request, version))
    lead_renditions = _renditions(content.lead_photo, _build_uri(request)) if content.lead_photo_id else []
    if lead_renditions:
        lead = {
            "name": "lead-photo",
            "uri": _large_href(lead_renditions),
            "type": "picture",
            "descriptions": [_text(content.lead_photo_alt, "alternative")],
            "renditions": lead_renditions,
        }
        associations.append(lead)
    associations += [_quote_item(q, i, language, request, version) for i, q in enumerate(content.quotes.all(), 1)]
    associations += [
        _agreement_item(a, i, language, request, version) for i, a in enumerate(content.agreements.all(), 1)
    ]
    photos = (_photo_item(p, f"photo-{i}", language, request) for i, p in enumerate(content.photos.all(), 1))
    associations += [photo for photo in photos if photo is not None]
    associations += _translations(content, "visit-detail", "composite", request, version)
    guest, host = str(visit.guest_country), str(visit.host_country)
    corrected = getattr(content, "published_count", 1) > 1 and content.correction_note
    document = {
        "uri": ninjs_url(request, "visit-detail", slug=content.slug, language=language, version=version),
        "type": "composite",
        "profile": "bilateral-visit",
        "version": str(getattr(content, "published_count", 1)),
        "firstCreated": _iso(content.created_at),
        "versionCreated": _iso(getattr(content, "modified_at", None) or content.updated_at),
        "embargoedUntil": _iso(embargoed),
        "pubStatus": "usable",
        "language": language,
        "headlines": [_text(content.headline, "main")],
        "descriptions": [_text(content.summary, "summary")] if content.summary else [],
        "slugline": content.slug,
        "located": content.city,
        "people": [
            {**_person(p.person, "participant", request), "literal": p.role} for p in content.participations.all()
        ],
        "places": [
            _country(guest, "guest-country", language),
            _country(host, "host-country", language),
            {"name": content.city, "rel": "city"},
        ],
        "subjects": [_country(guest, "about", language), _country(host, "about", language)]
        + [{"name": content.get_visit_type_display(), "rel": "visit-type", "literal": content.visit_type}],
        "events": [{"name": e.title, "rel": e.kind, "literal": str(e.pk)} for e in content.programme_events.all()],
        "altIds": [
            {"role": "visit", "value": str(content.visit_id)},
            {"role": "slug", "value": content.slug},
            {"role": "relation", "value": visit.relation.slug},
        ],
        "associations": associations,
        "standard": _standard(version),
    }
    if corrected:
        # A correction says what was corrected (the version's time is ``versionCreated``).
        document["descriptions"].append(_text(content.correction_note, "correction"))
    return _to_version(_clean(document), version)


def _standard(version: str) -> dict:
    return {"name": "ninjs", "version": version, "schema": SCHEMA_URIS[version]}


def _standalone(item: dict, version: str) -> dict:
    """An association as a document of its own (what its ``uri`` answers): no name within a package."""
    document = {key: value for key, value in item.items() if key != "name"}
    document["standard"] = _standard(version)
    return _to_version(_clean(document), version)


def withdrawn_document(content, *, request, version: str = DEFAULT_VERSION) -> dict:
    """A withdrawn package in incremental sync: ``pubStatus`` canceled, so a partner deletes its copy."""
    document = {
        "uri": ninjs_url(request, "visit-detail", slug=content.slug, language=content.language, version=version),
        "type": "composite",
        "pubStatus": "canceled",
        "language": content.language,
        "versionCreated": _iso(getattr(content, "modified_at", None)),
        "altIds": [{"role": "visit", "value": str(content.visit_id)}, {"role": "slug", "value": content.slug}],
        "standard": _standard(version),
    }
    return _to_version(_clean(document), version)


def article_document(content, *, request, version: str = DEFAULT_VERSION) -> dict:
    item = _article_item(content, "", request, version)
    item["associations"] = _translations(content, "article-detail", "text", request, version)
    return _standalone(item, version)


def quote_document(quote, *, request, version: str = DEFAULT_VERSION) -> dict:
    return _standalone(_quote_item(quote, 0, quote.visit_language, request, version), version)


def agreement_document(agreement, *, request, version: str = DEFAULT_VERSION) -> dict:
    return _standalone(_agreement_item(agreement, 0, agreement.visit_language, request, version), version)
