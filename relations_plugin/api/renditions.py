"""Fixed photo renditions for partners (easy-thumbnails through filer's thumbnailer), with their sizes.

A rendition is made the first time it is asked for; with local storage an existing one is found by file
modification time, so warm renditions cost no query. Its size is a pure function of the source size, so no
rendition file is opened to measure it.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass

# "subsampling" is explicit: easy-thumbnails puts it in generated file names, so computed names must carry it.
RENDITIONS: dict[str, dict] = {
    "thumbnail": {"size": (320, 240), "crop": "smart", "subsampling": 2},
    "medium": {"size": (800, 600), "crop": False, "subsampling": 2},
    "large": {"size": (1600, 1200), "crop": False, "subsampling": 2},
}
FEED_RENDITION = "medium"


@dataclass(frozen=True)
class Rendition:
    name: str
    href: str
    width: int
    height: int
    content_type: str


def _target_size(width: float, height: float, options: dict) -> tuple[int, int]:
    """What easy-thumbnails' scale_and_crop gives for a source of this size: never upscaled."""
    box_w, box_h = options["size"]
    if not width or not height:
        return box_w, box_h
    if options.get("crop"):
        scale = max(box_w / width, box_h / height)
    else:
        scale = min(box_w / width, box_h / height)
    scale = min(scale, 1.0)
    scaled_w, scaled_h = round(width * scale), round(height * scale)
    if options.get("crop"):
        return max(min(scaled_w, box_w), 1), max(min(scaled_h, box_h), 1)
    return max(scaled_w, 1), max(scaled_h, 1)


def image_renditions(image, *, build_uri=None) -> list[Rendition]:
    """The fixed renditions of a filer image, with absolute URLs when ``build_uri`` is given."""
    if image is None or not image.file:
        return []
    thumbnailer = image.easy_thumbnails_thumbnailer
    renditions = []
    for name, options in RENDITIONS.items():
        thumbnail = thumbnailer.get_thumbnail(options)
        url = thumbnail.url
        file_name = thumbnail.name
        width, height = _target_size(image.width, image.height, options)
        content_type = mimetypes.guess_type(file_name)[0] or "image/jpeg"
        renditions.append(Rendition(name, build_uri(url) if build_uri else url, width, height, content_type))
    return renditions


def rendition_file_size(image, name: str) -> int:
    """Bytes of a generated rendition (0 if it was never generated): a storage call, no query."""
    thumbnailer = image.easy_thumbnails_thumbnailer
    file_name = thumbnailer.get_thumbnail_name(RENDITIONS[name])
    try:
        return thumbnailer.thumbnail_storage.size(file_name)
    except (OSError, NotImplementedError):
        return 0
