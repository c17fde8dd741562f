"""The one rendition service: every image a reader, a partner, a feed or a social card gets is made here.

A rendition is named by the source file's checksum and its spec, so an existing one is found with one storage
call and no query; its size is a pure function of the source's upright size and the spec, and the file is made
to exactly that size, so the size declared in ``width``/``height``, ``srcset``, the API and ninjs is the real
one. Making one decodes the first frame only, at reduced scale where the format allows, applies the EXIF
orientation before the crop and the focal point, converts palette, CMYK, 16-bit and alpha images to RGB(A),
writes the credit and copyright into the rendition's EXIF, and copies nothing else from the source (no GPS).

An image that cannot be rendered never breaks a page: the callers get ``None`` or ``[]``, and it is logged.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
from dataclasses import dataclass
from fractions import Fraction

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps, features

from . import images
from .conf import get_setting

logger = logging.getLogger(__name__)

MIME_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpg": "image/jpeg"}
PIL_FORMATS = {"avif": "AVIF", "webp": "WEBP", "jpg": "JPEG"}
# Encoder effort: AVIF's and WebP's defaults take seconds for a 1600-pixel photo; these keep each rendition
# well under a second at a size within a few percent of the defaults'.
ENCODER_OPTIONS = {"avif": {"speed": 8}, "webp": {"method": 3}, "jpg": {"progressive": True}}
FAILED_MARKER = "failed"
# Modes Image.reduce() cannot shrink: they are converted to RGB(A) first.
REDUCE_REFUSES = {"1", "P", "I;16", "I;16L", "I;16B", "I;16N", "PA"}


@dataclass(frozen=True)
class Spec:
    """How a rendition is cut: with ``ratio``, cropped to it around the focal point, ``width`` wide at most;
    without, fitted inside ``width`` × ``height`` (any height when ``height`` is None). Never upscaled."""

    width: int
    height: int | None = None
    ratio: Fraction | None = None
    extension: str = "jpg"

    def key(self, focal: tuple[float, float] | None) -> str:
        if self.ratio is not None:
            fx, fy = focal or (0.5, 0.5)
            return f"crop-{self.width}x{round(self.width / self.ratio)}-{fx:.3f}-{fy:.3f}"
        return f"fit-{self.width}x{self.height}" if self.height else f"fit-{self.width}"

    def size_for(self, width: int, height: int) -> tuple[int, int]:
        """The rendition's size for an upright source of ``width`` × ``height``."""
        if self.ratio is not None:
            w = max(1, min(self.width, width, int(height * self.ratio)))
            return w, max(1, round(w / self.ratio))
        scale = min(self.width / width, (self.height / height) if self.height else 1, 1)
        return max(1, round(width * scale)), max(1, round(height * scale))


# Named renditions: partners (API, ninjs), the feed enclosure, and what readers open from the gallery.
SPECS: dict[str, Spec] = {
    "thumbnail": Spec(320, ratio=Fraction(4, 3)),
    "medium": Spec(800, 600),
    "large": Spec(1600, 1200),
}
PARTNER_RENDITIONS = ("thumbnail", "medium", "large")
FEED_RENDITION = "medium"
FULL_RENDITION = "large"


@dataclass(frozen=True)
class Rendition:
    """One made image file: its URL (absolute when asked), real size and MIME type."""

    name: str
    url: str
    width: int
    height: int
    mime_type: str


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


def _usable(image) -> bool:
    return bool(image and image.file and image.width and image.height)


def _focal(image) -> tuple[float, float] | None:
    """The focal point as fractions of the upright image (filer's ``subject_location`` is in its pixels)."""
    try:
        x, y = (float(part) for part in str(image.subject_location or "").split(","))
    except ValueError:
        return None
    return min(max(x / float(image.width), 0.0), 1.0), min(max(y / float(image.height), 0.0), 1.0)


def _directory(image) -> str:
    # The credit is written into every rendition, so a new credit makes new files. The recorded size is part of
    # the name too: a size recorded before EXIF orientation was applied finds no renditions, so the next request
    # decodes the file once and records the upright size the renditions' declared sizes come from.
    size = f"{round(image.width)}x{round(image.height)}"
    source = f"{image.sha1 or image.file.name}|{(image.author or '').strip()}|{size}"
    digest = hashlib.sha1(source.encode()).hexdigest()
    return f"{get_setting('RENDITIONS_DIR')}/{digest[:2]}/{digest[2:20]}"


def _file_name(image, spec: Spec) -> str:
    return f"{_directory(image)}/{spec.key(_focal(image))}.{spec.extension}"


def _crop_box(width: int, height: int, ratio: Fraction, focal: tuple[float, float] | None) -> tuple[float, ...]:
    if Fraction(width, height) > ratio:
        crop_w, crop_h = height * ratio, height
    else:
        crop_w, crop_h = width, width / ratio
    fx, fy = focal or (0.5, 0.5)
    left = min(max(fx * width - crop_w / 2, 0), width - crop_w)
    top = min(max(fy * height - crop_h / 2, 0), height - crop_h)
    return float(left), float(top), float(left + crop_w), float(top + crop_h)


def _upright(picture: Image.Image, orientation: int) -> Image.Image:
    """The first frame, turned by its EXIF orientation, in RGB or RGBA (copied only when something changes)."""
    if orientation != 1:
        picture = ImageOps.exif_transpose(picture) or picture
    if picture.mode in images.SIXTEEN_BIT_MODES:
        # 16-bit grey: scale to 8 bits rather than clip everything above 255 to white.
        picture = picture.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    has_alpha = picture.mode in ("LA", "La", "PA", "RGBA", "RGBa") or (
        picture.mode == "P" and "transparency" in picture.info
    )
    mode = "RGBA" if has_alpha else "RGB"
    return picture if picture.mode == mode else picture.convert(mode)


def _encode(picture: Image.Image, spec: Spec, *, credit: str, copyright_: str) -> bytes:
    if spec.extension == "jpg" and picture.mode == "RGBA":
        background = Image.new("RGB", picture.size, "white")
        background.paste(picture, mask=picture.getchannel("A"))
        picture = background
    exif = Image.Exif()
    # EXIF text fields are ASCII by the letter of the standard; UTF-8 keeps Cyrillic and © readable everywhere.
    if credit:
        exif[images.ARTIST_TAG] = credit.encode()
    if copyright_:
        exif[images.COPYRIGHT_TAG] = copyright_.encode()
    options = {"quality": int(get_setting("RENDITION_QUALITY")), "exif": exif.tobytes()}
    options.update(ENCODER_OPTIONS[spec.extension])
    buffer = io.BytesIO()
    picture.save(buffer, PIL_FORMATS[spec.extension], **options)
    return buffer.getvalue()


def _make(image, specs: list[Spec]) -> None:
    """Make the missing renditions of one image from one decode of its source."""
    directory = _directory(image)
    storage = default_storage
    if storage.exists(f"{directory}/{FAILED_MARKER}"):
        raise OSError("an earlier attempt to render this image failed")
    try:
        with image.file.open("rb") as fp:
            picture = images.open_image(fp, name=image.original_filename or "")
            credit, copyright_ = images.read_credit(picture)
            orientation = int(picture.getexif().get(images.ORIENTATION_TAG, 1) or 1)
            raw_w, raw_h = picture.size
            width, height = (raw_h, raw_w) if orientation in (5, 6, 7, 8) else (raw_w, raw_h)
            focal = _focal(image)
            # The smallest decode scale that still serves the largest rendition (JPEG decodes at 1/2..1/8).
            scale = 0.0
            for spec in specs:
                w, h = spec.size_for(width, height)
                if spec.ratio is not None:
                    box = _crop_box(width, height, spec.ratio, focal)
                    scale = max(scale, w / (box[2] - box[0]))
                else:
                    scale = max(scale, w / width)
            need = (math.ceil(raw_w * min(scale, 1)), math.ceil(raw_h * min(scale, 1)))
            picture.seek(0)
            picture.draft(None, need)
            picture.load()
            # Formats without a reduced decode (PNG, TIFF, ...): shrink once by a whole factor, so every
            # rendition is cut from an image little larger than the largest of them and the full-size buffer
            # is freed at once.
            factor = int(min(picture.size[0] / max(need[0], 1), picture.size[1] / max(need[1], 1)))
            if factor >= 2:
                if picture.mode in REDUCE_REFUSES:
                    picture = _upright(picture, 1)
                picture = picture.reduce(factor)
            upright = _upright(picture, orientation)
    except Exception:
        storage.save(f"{directory}/{FAILED_MARKER}", ContentFile(b""))
        raise
    if (round(image.width), round(image.height)) != (width, height):
        images.record(image, images.ImageInfo("", width, height, 1, "", orientation))
    credit = (image.author or "").strip()[:255] or credit
    for spec in specs:
        name = _file_name(image, spec)
        if storage.exists(name):  # made under the upright size recorded just now
            continue
        size = spec.size_for(width, height)
        # Coordinates in the decoded (possibly reduced) image.
        ux, uy = upright.size
        if spec.ratio is not None:
            box = _crop_box(ux, uy, spec.ratio, focal)
        else:
            box = (0, 0, ux, uy)
        made = upright.resize(size, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)
        storage.save(name, ContentFile(_encode(made, spec, credit=credit, copyright_=copyright_)))


def renditions(image, specs: list[Spec], *, names: list[str] | None = None, build_uri=None) -> list[Rendition]:
    """The renditions of ``image`` for ``specs`` (made if missing), in order; ``[]`` if the image cannot be rendered.

    ``names`` label them (the spec's key otherwise); ``build_uri`` makes their URLs absolute.
    """
    if not _usable(image):
        return []
    storage = default_storage
    try:
        missing = [spec for spec in specs if not storage.exists(_file_name(image, spec))]
        if missing:
            _make(image, missing)
    except Exception:  # noqa: BLE001 - any failure decoding an uploaded file must cost the page that image only
        logger.warning("Image %s (pk %s) cannot be rendered; it is left out", image.file.name, image.pk, exc_info=True)
        return []
    made = []
    for index, spec in enumerate(specs):
        width, height = spec.size_for(int(image.width), int(image.height))
        url = storage.url(_file_name(image, spec))
        made.append(
            Rendition(
                name=names[index] if names else spec.key(_focal(image)),
                url=build_uri(url) if build_uri else url,
                width=width,
                height=height,
                mime_type=MIME_TYPES[spec.extension],
            )
        )
    return made


def named(image, name: str, *, build_uri=None) -> Rendition | None:
    """One named rendition (``SPECS``), or None."""
    made = renditions(image, [SPECS[name]], names=[name], build_uri=build_uri)
    return made[0] if made else None


def image_renditions(image, *, build_uri=None) -> list[Rendition]:
    """What partners get of an image (API, ninjs): the named renditions, never the original file."""
    return renditions(
        image, [SPECS[n] for n in PARTNER_RENDITIONS], names=list(PARTNER_RENDITIONS), build_uri=build_uri
    )


def rendition_file_size(rendition: Rendition | None, image) -> int:
    """Bytes of a made rendition of ``image`` (0 if unknown): a storage call, no query."""
    if rendition is None or not _usable(image):
        return 0
    spec = SPECS.get(rendition.name)
    if spec is None:
        return 0
    try:
        return default_storage.size(_file_name(image, spec))
    except (OSError, NotImplementedError):
        return 0


def picture(image, *, widths: list[int] | None = None, ratio: str | None = None) -> Picture | None:
    """Every rendition a responsive ``<picture>`` of ``image`` offers; None without a usable image."""
    if not _usable(image):
        return None
    fraction = parse_ratio(ratio)
    widths = sorted(set(widths or get_setting("IMAGE_WIDTHS")))
    # No upscaling: widths beyond the original collapse onto the largest one the image gives.
    sizes = {}
    for width in widths:
        spec = Spec(width, ratio=fraction)
        sizes.setdefault(spec.size_for(int(image.width), int(image.height)), width)
    usable = sorted(sizes.values())
    extensions = [*writable_formats(), "jpg"]
    specs = [Spec(w, ratio=fraction, extension=ext) for ext in extensions for w in usable]
    made = renditions(image, specs)
    if not made:
        return None
    by_extension: dict[str, list[Rendition]] = {}
    for spec, rendition in zip(specs, made, strict=True):
        by_extension.setdefault(spec.extension, []).append(rendition)

    def srcset(extension: str) -> str:
        return ", ".join(f"{r.url} {r.width}w" for r in by_extension[extension])

    sources = tuple(Source(MIME_TYPES[ext], srcset(ext)) for ext in extensions if ext != "jpg")
    jpegs = by_extension["jpg"]
    return Picture(sources=sources, fallback=jpegs[min(1, len(jpegs) - 1)], srcset=srcset("jpg"))


def social_image(image) -> Rendition | None:
    """The Open Graph / Twitter card image: a JPEG cropped to the social size, never the original."""
    width, height = get_setting("SOCIAL_IMAGE_SIZE")
    made = renditions(image, [Spec(width, ratio=Fraction(width, height))], names=["social"])
    return made[0] if made else None
