"""Template tags of relations_plugin: responsive pictures, social images, JSON-LD output and the readers' cached
site navigation."""

from __future__ import annotations

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .. import cache, renditions

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


class ReaderFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary):
        self.nodelist = nodelist
        self.name = name
        self.vary = vary

    def render(self, context):
        return cache.fragment(
            context.get("request"),
            self.name.resolve(context),
            [value.resolve(context) for value in self.vary],
            lambda: self.nodelist.render(context),
        )


@register.tag
def reader_fragment(parser, token):
    """``{% reader_fragment "main-menu" request.current_page.pk %}…{% endreader_fragment %}``: the enclosed part,
    rendered once per site generation, language and the values after the name for anonymous readers
    (``cache.fragment``). For the parts of the site's frame that show only CMS pages, such as the main menu.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name, then the values the part varies by")
    nodelist = parser.parse(("endreader_fragment",))
    parser.delete_first_token()
    return ReaderFragmentNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]])
