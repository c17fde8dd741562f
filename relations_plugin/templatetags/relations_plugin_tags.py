"""Template tags of relations_plugin: responsive pictures, social images and JSON-LD output."""

from __future__ import annotations

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .. import renditions

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.inclusion_tag("relations_plugin/includes/picture.html")
def picture(image, spec, alt="", sizes="100vw", lazy=True, css_class=""):
    """A ``<picture>`` of a page spec (``renditions.PAGE_SPECS``: lead, gallery, teaser, portrait): AVIF/WebP
    sources, a JPEG fallback with srcset, width/height, alt and lazy loading; the original, scaled by the browser,
    until the renditions are made.

    ``lazy=False`` for the image above the fold (it gets ``fetchpriority="high"`` instead).
    """
    return {
        "picture": renditions.picture(image, spec),
        "alt": alt,
        "sizes": sizes,
        "lazy": lazy,
        "css_class": css_class,
    }


@register.simple_tag
def rendition(image, name):
    """A named rendition of ``image`` (``renditions.SPECS``) for readers: the safe original until it is made."""
    return renditions.named(image, name, fallback=True)


@register.simple_tag
def json_ld(data):
    """``data`` as a JSON-LD script, escaped like ``json_script`` so no string can close the script element."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
