"""Renditions of filer images for readers: cropped around the focal point, in several widths and formats.

Thumbnails are made by easy-thumbnails through filer's thumbnailer (which honours ``subject_location``). With
local storage an existing thumbnail is found by file modification time, so warm renditions cost no SQL query.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from PIL import features

from .conf import get_setting

MIME_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpg": "image/jpeg"}


@dataclass(frozen=True)
class Rendition:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class Source:
    mime_type: str
    srcset: str


@dataclass(frozen=True)
class Picture:
    """What a ``<picture>`` needs: modern sources, the JPEG fallback (``src``/``srcset``) and its size."""

    sources: tuple[Source, ...]
    fallback: Rendition
    srcset: str

    @property
    def width(self) -> int:
        return self.fallback.width

    @property
    def height(self) -> int:
        return self.fallback.height


def writable_formats() -> list[str]:
    """Configured modern formats that this Pillow can encode."""
    return [fmt for fmt in get_setting("IMAGE_FORMATS") if fmt in MIME_TYPES and features.check(fmt)]


def parse_ratio(ratio: str | None) -> Fraction | None:
    """``"3:2"`` -> Fraction(3, 2); empty -> None (keep the image's own proportions)."""
    if not ratio:
        return None
    width, height = (int(part) for part in str(ratio).split(":"))
    return Fraction(width, height)


def rendition(image, *, width: int, ratio: Fraction | None = None, extension: str = "jpg") -> Rendition:
    """One rendition of a filer image, ``width`` wide, cropped to ``ratio`` around its focal point."""
    source_ratio = Fraction(int(image.width), int(image.height))
    ratio = ratio or source_ratio
    width = min(width, int(image.width), int(image.height * ratio))
    height = max(1, round(width / ratio))
    thumbnailer = image.easy_thumbnails_thumbnailer
    thumbnailer.thumbnail_extension = extension
    thumbnailer.thumbnail_preserve_extensions = False
    options = {"size": (width, height), "crop": True, "subject_location": image.subject_location or ""}
    if extension == "avif":
        # easy-thumbnails passes JPEG's integer subsampling; Pillow's AVIF encoder wants the "4:2:0" form.
        options["subsampling"] = "4:2:0"
    thumbnail = thumbnailer.get_thumbnail(options)
    # The crop gives exactly the asked size (never upscaled): no need to open the file to measure it.
    return Rendition(url=thumbnail.url, width=width, height=height)


def picture(image, *, widths: list[int] | None = None, ratio: str | None = None) -> Picture | None:
    """Every rendition a responsive ``<picture>`` of ``image`` offers; None without a usable image."""
    if not image or not image.width or not image.height:
        return None
    fraction = parse_ratio(ratio)
    widths = sorted(set(widths or get_setting("IMAGE_WIDTHS")))
    # No upscaling: widths beyond the original collapse onto the original's width.
    usable = sorted({min(width, int(image.width)) for width in widths})

    def srcset(extension: str) -> tuple[str, list[Rendition]]:
        renditions = [rendition(image, width=w, ratio=fraction, extension=extension) for w in usable]
        unique = {r.width: r for r in renditions}
        return ", ".join(f"{r.url} {r.width}w" for r in unique.values()), list(unique.values())

    sources = tuple(Source(MIME_TYPES[fmt], srcset(fmt)[0]) for fmt in writable_formats())
    jpeg_srcset, jpegs = srcset("jpg")
    fallback = jpegs[min(1, len(jpegs) - 1)]
    return Picture(sources=sources, fallback=fallback, srcset=jpeg_srcset)


def social_image(image) -> Rendition | None:
    """The Open Graph / Twitter card image: a JPEG cropped to the social size, never the original."""
    if not image or not image.width or not image.height:
        return None
    width, height = get_setting("SOCIAL_IMAGE_SIZE")
    return rendition(image, width=width, ratio=Fraction(width, height), extension="jpg")
