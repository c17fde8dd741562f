"""The one check of a photo file, at upload (filer) and at attach (lead photo, ceremony photo), and its metadata.

Every image this module accepts can be rendered by ``renditions``: it is a raster format Pillow reads, within
the byte, pixel and frame budgets of ``conf.py``, complete (a truncated file is refused rather than served half
grey), in a colour mode the renditions convert. Credit and copyright are read from the file's EXIF, IPTC and XMP
so an editor does not type them twice.

The pixel budget per format keeps every rendition under a second and a worker's memory bounded (under 300 MB):
JPEG (and MPO) is decoded at a reduced scale, 1/2 to 1/8, so it may have ``MAX_IMAGE_PIXELS`` (40 megapixels);
every other format is decoded at full size before it is scaled down, so it has ``FULL_DECODE_PIXELS``: PNG, TIFF
and GIF 24 megapixels (about 5 bytes a pixel at the peak), WebP and AVIF 12 (their decoders fill an RGBA canvas and
Pillow copies it: about 15 bytes a pixel), 16-bit images 12 (each pixel is widened to 32 bits on the way to 8).
``bench/renditions.py`` measures the time and memory of the largest file of each.

The check also decides whether the original file may be shown to readers while its renditions are being made
(``publishable``): a still, in a format and colour mode browsers show, carrying no GPS position, maker notes,
owner name or serial numbers.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, IptcImagePlugin, UnidentifiedImageError

from .conf import get_setting

logger = logging.getLogger(__name__)

# Raster formats a rendition is made from, by Pillow's format name.
READABLE_FORMATS = {"JPEG", "MPO", "PNG", "GIF", "WEBP", "TIFF", "AVIF"}
# Colour modes the renditions convert to RGB(A); anything else (float, 32-bit integer, ...) is refused.
CONVERTIBLE_MODES = {"1", "L", "LA", "La", "P", "PA", "RGB", "RGBA", "RGBa", "RGBX", "CMYK", "YCbCr", "LAB", "HSV"}
SIXTEEN_BIT_MODES = {"I;16", "I;16L", "I;16B", "I;16N", "I"}
ORIENTATION_TAG = 0x0112
ARTIST_TAG = 0x013B
COPYRIGHT_TAG = 0x8298
# IPTC IIM datasets (record 2): by-line, credit line, copyright notice.
IPTC_BYLINE, IPTC_CREDIT, IPTC_COPYRIGHT = (2, 80), (2, 110), (2, 116)
# Formats a browser shows as they are, and colour modes it shows faithfully.
BROWSER_FORMATS = {"JPEG", "MPO", "PNG", "GIF", "WEBP", "AVIF"}
BROWSER_MODES = {"1", "L", "LA", "P", "PA", "RGB", "RGBA", "I;16", "I;16B", "I;16L", "I;16N", "I"}
# Formats Pillow decodes at a reduced scale (``Image.draft``): only their reduced decode has to fit the budget.
REDUCED_DECODE_FORMATS = {"JPEG", "MPO"}
FULL_DECODE_PIXELS = {"PNG": 24_000_000, "TIFF": 24_000_000, "GIF": 24_000_000, "WEBP": 12_000_000, "AVIF": 12_000_000}
FULL_DECODE_PIXELS_16_BIT = 12_000_000
GPS_IFD = 0x8825
EXIF_IFD = 0x8769
# EXIF tags that identify a person or a device: maker notes, camera owner, body and lens serial numbers.
PRIVATE_EXIF_TAGS = {0x927C, 0xA430, 0xA431, 0xA435}
HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}


@dataclass(frozen=True)
class ImageInfo:
    """What the check learnt about a file: its format, its size as readers see it (EXIF orientation applied)."""

    format: str
    width: int
    height: int
    frames: int
    mode: str
    orientation: int
    credit: str = ""
    copyright: str = ""
    publishable: bool = False


def _refuse(message, code: str, **params) -> ValidationError:
    return ValidationError(message, code=code, params=params or None)


def _sniff(head: bytes) -> str:
    """What a file that Pillow cannot read is, for a message the editor can act on."""
    stripped = head.lstrip()
    if stripped[:5].lower() in (b"<?xml", b"<svg ", b"<svg>") or b"<svg" in stripped[:1024].lower():
        return "svg"
    if head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS:
        return "heif"
    return ""


def _text(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else b""
    if isinstance(value, str):
        # EXIF text is read as Latin-1; cameras and our renditions write UTF-8 there.
        try:
            value = value.encode("latin-1").decode("utf-8")
        except UnicodeError:
            pass
    if isinstance(value, bytes):
        for encoding in ("utf-8", "latin-1"):
            try:
                value = value.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return " ".join(str(value or "").replace("\x00", " ").split())[:255]


def _xmp_value(node) -> str:
    """A dc:creator / dc:rights value: a plain string, or the first item of an rdf:Seq/Alt/Bag."""
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        for key in ("Seq", "Alt", "Bag"):
            if key in node:
                return _xmp_value(node[key])
        if "li" in node:
            return _xmp_value(node["li"])
        return str(node.get("text", "")) if "text" in node else ""
    if isinstance(node, list) and node:
        return _xmp_value(node[0])
    return ""


def read_credit(image: Image.Image) -> tuple[str, str]:
    """(credit, copyright) from the file's IPTC, XMP, then EXIF; empty strings when it carries none."""
    credit = copyright_ = ""
    try:
        iptc = IptcImagePlugin.getiptcinfo(image) or {}
    except (SyntaxError, ValueError, OSError, IndexError):
        iptc = {}
    credit = _text(iptc.get(IPTC_CREDIT) or iptc.get(IPTC_BYLINE))
    copyright_ = _text(iptc.get(IPTC_COPYRIGHT))
    if not (credit and copyright_):
        try:
            xmp = image.getxmp() if hasattr(image, "getxmp") else {}
        except Exception:  # a malformed XMP packet is the file's problem, never the upload's
            logger.info("Unreadable XMP packet in an uploaded image", exc_info=True)
            xmp = {}
        description = (xmp.get("xmpmeta", {}) or {}).get("RDF", {}).get("Description", {}) if xmp else {}
        descriptions = description if isinstance(description, list) else [description]
        for block in descriptions:
            if not isinstance(block, dict):
                continue
            credit = credit or _text(_xmp_value(block.get("Credit", "")) or _xmp_value(block.get("creator", "")))
            copyright_ = copyright_ or _text(_xmp_value(block.get("rights", "")))
    exif = image.getexif()
    credit = credit or _text(exif.get(ARTIST_TAG, ""))
    copyright_ = copyright_ or _text(exif.get(COPYRIGHT_TAG, ""))
    return credit, copyright_


def open_image(fp, *, name: str = "") -> Image.Image:
    """Open ``fp`` as a raster image within the budgets, or raise a ValidationError an editor understands.

    Only the header is read here; ``load()`` (or ``check``) decodes the pixels.
    """
    head = fp.read(64)
    fp.seek(0)
    if not head:
        raise _refuse(_("This file is empty: upload the photo again."), "empty")
    max_pixels = int(get_setting("MAX_IMAGE_PIXELS"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(fp)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _refuse(
            _("This image has too many pixels to be processed safely; the limit is %(max)s megapixels."),
            "too_many_pixels",
            max=max_pixels // 1_000_000,
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        kind = _sniff(head)
        if kind == "svg":
            raise _refuse(
                _("SVG drawings cannot be used as photos: upload a JPEG, PNG or WebP export."), "svg"
            ) from error
        if kind == "heif":
            raise _refuse(
                _("HEIC/HEIF photos (as phones save them) cannot be read here: export the photo as JPEG."),
                "heif",
            ) from error
        raise _refuse(
            _("This file is not an image that can be read (JPEG, PNG, GIF, WebP, TIFF or AVIF): %(name)s."),
            "not_an_image",
            name=name or _("the file"),
        ) from error
    if image.format not in READABLE_FORMATS:
        raise _refuse(
            _("%(format)s images are not accepted as photos: upload a JPEG, PNG or WebP."),
            "format",
            format=image.format,
        )
    width, height = image.size
    if width < 1 or height < 1 or width * height > max_pixels:
        raise _refuse(
            _("This image has %(pixels)s megapixels; the limit is %(max)s megapixels: upload a smaller export."),
            "too_many_pixels",
            pixels=round(width * height / 1_000_000, 1),
            max=max_pixels // 1_000_000,
        )
    budget = pixel_budget(image.format, image.mode)
    if width * height > budget:
        raise _refuse(
            _(
                "This %(format)s image has %(pixels)s megapixels; the limit for %(format)s is %(max)s megapixels "
                "(a JPEG may have %(jpeg_max)s): upload a smaller export or a JPEG."
            ),
            "too_many_pixels",
            format=image.format,
            pixels=round(width * height / 1_000_000, 1),
            max=budget // 1_000_000,
            jpeg_max=max_pixels // 1_000_000,
        )
    frames = int(getattr(image, "n_frames", 1) or 1)
    max_frames = int(get_setting("MAX_IMAGE_FRAMES"))
    if frames > max_frames:
        raise _refuse(
            _("This animation has %(frames)s frames; the limit is %(max)s: upload a still photo."),
            "too_many_frames",
            frames=frames,
            max=max_frames,
        )
    if image.mode not in CONVERTIBLE_MODES | SIXTEEN_BIT_MODES:
        raise _refuse(
            _("This image's colour mode (%(mode)s) cannot be shown on the web: export it as 8-bit RGB."),
            "mode",
            mode=image.mode,
        )
    return image


def pixel_budget(format_: str | None, mode: str) -> int:
    """The most pixels an image of this format and mode may have (see the module docstring)."""
    limit = int(get_setting("MAX_IMAGE_PIXELS"))
    if format_ in REDUCED_DECODE_FORMATS:
        return limit
    budget = FULL_DECODE_PIXELS.get(format_ or "", FULL_DECODE_PIXELS_16_BIT)
    return min(limit, budget, FULL_DECODE_PIXELS_16_BIT) if mode in SIXTEEN_BIT_MODES else min(limit, budget)


def _publishable(image: Image.Image, frames: int) -> bool:
    """Whether readers may get this file itself: a still browsers show as it is, with no private metadata."""
    if image.format not in BROWSER_FORMATS or image.mode not in BROWSER_MODES or frames > 1:
        return False
    exif = image.getexif()
    if exif.get_ifd(GPS_IFD) or any(tag in exif for tag in PRIVATE_EXIF_TAGS):
        return False
    if PRIVATE_EXIF_TAGS & set(exif.get_ifd(EXIF_IFD)):
        return False
    xmp = image.info.get("xmp") or b""
    return b"GPSLatitude" not in (xmp if isinstance(xmp, bytes) else str(xmp).encode())


def describe(image: Image.Image) -> ImageInfo:
    """What the metadata of an opened image say: size as readers see it, credit, whether it is publishable.

    Only headers are read, except for a PNG, whose EXIF may follow its pixels (Pillow decodes them to find it)."""
    width, height = image.size
    orientation = int(image.getexif().get(ORIENTATION_TAG, 1) or 1)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    credit, copyright_ = read_credit(image)
    frames = int(getattr(image, "n_frames", 1) or 1)
    return ImageInfo(
        format=image.format or "",
        width=width,
        height=height,
        frames=frames,
        mode=image.mode,
        orientation=orientation,
        credit=credit,
        copyright=copyright_,
        publishable=_publishable(image, frames),
    )


def check(fp, *, name: str = "", size: int | None = None) -> ImageInfo:
    """Open, fully decode (first frame, at reduced scale where the format allows) and describe a photo file.

    Raises ValidationError with the editor's message for every file a rendition could not be made from.
    """
    max_bytes = int(get_setting("MAX_UPLOAD_BYTES"))
    if size is not None and size > max_bytes:
        raise _refuse(
            _("This file is %(size)s; the limit for photos is %(max)s: upload a smaller export."),
            "too_large",
            size=filesizeformat(size),
            max=filesizeformat(max_bytes),
        )
    image = open_image(fp, name=name)
    info = describe(image)
    width, height = image.size
    image.seek(0)
    # Decoding at 1/8 scale still reads every byte of a JPEG, so a truncated file is found cheaply.
    image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
    try:
        image.load()
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise _refuse(
            _("This image file is damaged or incomplete (%(reason)s): upload it again from the original."),
            "truncated",
            reason=str(error)[:80],
        ) from error
    return info


def check_filer_image(image) -> ImageInfo:
    """``check`` of a media-library image (the file behind a filer ``Image``), as attached to a package."""
    if image is None or not image.file:
        raise _refuse(_("This image has no file: choose another one."), "missing")
    try:
        size = image.file.size
    except (OSError, ValueError):
        size = None
    try:
        with image.file.open("rb") as fp:
            return check(fp, name=image.original_filename or image.label, size=size)
    except (FileNotFoundError, ValueError) as error:
        raise _refuse(_("This image's file is missing from the media library: upload it again."), "missing") from error


def record(image, info: ImageInfo) -> None:
    """Keep on the filer image what the check learnt: the size readers see (filer stores the size before EXIF
    orientation, and renditions declare sizes computed from the stored one) and, when it has none, the credit."""
    changes = {}
    if (round(image.width or 0), round(image.height or 0)) != (info.width, info.height):
        changes.update(_width=info.width, _height=info.height)
    if not (image.author or "").strip() and info.credit:
        changes["author"] = info.credit
    if changes and image.pk:
        for field, value in changes.items():
            setattr(image, field, value)
        type(image).objects.filter(pk=image.pk).update(**changes)


def filer_upload_validator(file_name: str, file, owner, mime_type: str) -> None:
    """filer's upload validator (``FILER_ADD_FILE_VALIDATORS``): the same check for every image uploaded."""
    from filer.validation import FileValidationError

    try:
        file.seek(0)
        check(file, name=file_name, size=getattr(file, "size", None))
    except ValidationError as error:
        raise FileValidationError(f"{file_name}: {' '.join(error.messages)}") from error
    finally:
        file.seek(0)
