"""schema.org JSON-LD of reader pages, built as plain dicts (the template only serialises them safely)."""

from __future__ import annotations

from typing import Any

from .models import VisitContent, country_name
from .renditions import Rendition
from .selectors import package_times


def _person(person, *, language: str, request=None, job_title: str = "") -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "Person",
        "name": person.name,
        "nationality": {"@type": "Country", "name": country_name(str(person.country), language)},
    }
    if job_title or person.title:
        data["jobTitle"] = job_title or person.title
    url = person.get_absolute_url()
    if url and request is not None:
        data["url"] = request.build_absolute_uri(url)
    return data


def image_object(rendition: Rendition | None, *, request, caption: str = "", credit: str = "") -> dict | None:
    if rendition is None:
        return None
    data = {
        "@type": "ImageObject",
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }
    if caption:
        data["caption"] = caption
    if credit:
        data["creditText"] = credit
    return data


def visit_news_article(
    package: VisitContent, *, request, image: Rendition | None = None, photo_credit: str = ""
) -> dict[str, Any]:
    """A NewsArticle about the visit as an Event: participants as attendees, quotes as Quotation parts."""
    language = package.language
    visit = package.visit
    # The times the story page shows; a draft in preview has none and falls back to its row's times.
    published, updated = package_times(package)
    event: dict[str, Any] = {
        "@type": "Event",
        "name": package.headline,
        "startDate": package.starts_on.isoformat(),
        "endDate": package.ends_on.isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": package.venue or package.city,
            "address": {
                "@type": "PostalAddress",
                "addressLocality": package.city,
                "addressCountry": str(visit.host_country),
            },
        },
        "attendee": [
            _person(p.person, language=language, request=request, job_title=p.role_title)
            for p in package.participations.all()
        ],
    }
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": package.headline[:110],
        "description": package.summary,
        "inLanguage": language,
        "url": request.build_absolute_uri(package.get_absolute_url()),
        "datePublished": (published or package.created_at).isoformat(),
        "dateModified": (updated or published or package.updated_at).isoformat(),
        "about": event,
        "hasPart": [
            {
                "@type": "Quotation",
                "text": quote.text,
                # direct, partial or reported: reported speech is the article's wording, not the speaker's own
                "genre": quote.kind,
                "creator": _person(quote.speaker, language=language, request=request),
                **({"description": quote.context} if quote.context else {}),
            }
            for quote in package.quotes.all()
        ],
    }
    if package.correction_note:
        data["correction"] = {
            "@type": "CorrectionComment",
            "text": package.correction_note,
            "datePublished": (updated or package.updated_at).isoformat(),
        }
    image_data = image_object(image, request=request, caption=package.lead_photo_alt, credit=photo_credit)
    if image_data:
        data["image"] = image_data
    return data
