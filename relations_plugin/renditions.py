"""The one rendition service: every image a reader, a partner, a feed or a social card gets is made here.

Renditions are made in the background, never in a reader's request: ``make_renditions`` (``tasks.py``) is
enqueued when an image is uploaded or changed and when a package showing it is published, and makes, from one
decode of the source, exactly the list ``required_specs`` gives: the partner renditions (``SPECS``), the social
card and every picture a template asks for by name (``PAGE_SPECS``). A row lock (``RenditionLock``, created
atomically) keeps two workers from making the same image at once; the task is idempotent.

The reader's functions (``picture``, ``named``, ``social_image``, ``image_renditions``) never decode or encode.
Renditions live in a directory named by the source's checksum, credit, upright size and focal point; a ``ready``
marker there, named after the list it completes and written last, says all of them are made, so one storage call
per image (remembered on the image object) tells a reader what exists, and every size is computed. A new spec,
width or format makes every image not ready until the task ran again. Until then they enqueue the task (at most
once a minute per image from readers, never while one is waiting) and fall back:

- pages get the original file, scaled by the browser, at its real upright size, when the upload check found it
  safe to publish (``images.ImageInfo.publishable``: no GPS, no private EXIF, a still in a format browsers show),
  recorded by the file's checksum when the image is saved (``record_original``); otherwise no image. A page never
  breaks or waits. After the task made them, ``renditions_made`` is sent: cached and compiled pages are remade.
- partners (API, ninjs, the feed) and the social card never get the original: no rendition until they are made.

Making one decodes the first frame only, at reduced scale where the format allows, applies the EXIF orientation
before the crop and the focal point, converts palette, CMYK, 16-bit and alpha images to RGB(A), writes the credit
and copyright into the rendition's EXIF, and copies nothing else from the source (no GPS). An image that cannot
be rendered is logged and marked failed; readers then get no image for it.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import logging
import math
from dataclasses import dataclass
from fractions import Fraction

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from PIL import Image, ImageOps, features

from . import images
from .conf import get_setting

logger = logging.getLogger(__name__)

MIME_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpg": "image/jpeg"}
PIL_FORMATS = {"avif": "AVIF", "webp": "WEBP", "jpg": "JPEG"}
# Encoder effort: AVIF's and WebP's defaults take seconds for a 1600-pixel photo; these keep each rendition
# well under a second at a size within a few percent of the defaults'.
ENCODER_OPTIONS = {"avif": {"speed": 8}, "webp": {"method": 3}, "jpg": {"progressive": True}}
READY_MARKER = "ready"
FAILED_MARKER = "failed"
PUBLIC_MARKERS_DIR = "publishable"
# Modes Image.reduce() cannot shrink: they are converted to RGB(A) first.
REDUCE_REFUSES = {"1", "P", "I;16", "I;16L", "I;16B", "I;16N", "PA"}
# A reader's request that found an image's renditions missing asks for them again after this long at most.
ASK_AGAIN_SECONDS = 60
# A lock this old belongs to a worker that died: making every rendition of the largest image takes seconds.
LOCK_STALE_SECONDS = 600
_MEMO = "_relations_plugin_renditions"

# Sent (``instance=`` the image) when a worker has made an image's renditions: what showed the fallback is stale.
renditions_made = Signal()


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


@dataclass(frozen=True)
class PageSpec:
    """A responsive picture the templates ask for by name: its crop ratio and the widths its srcset offers
    (``IMAGE_WIDTHS`` when None), in the modern formats (``IMAGE_FORMATS``) and JPEG."""

    ratio: Fraction
    widths: tuple[int, ...] | None = None


# Named renditions: partners (API, ninjs), the feed enclosure, and what readers open from the gallery.
SPECS: dict[str, Spec] = {
    "thumbnail": Spec(320, ratio=Fraction(4, 3)),
    "medium": Spec(800, 600),
    "large": Spec(1600, 1200),
}
PARTNER_RENDITIONS = ("thumbnail", "medium", "large")
FEED_RENDITION = "medium"
FULL_RENDITION = "large"
SOCIAL_RENDITION = "social"
# Every picture a page shows: the story's lead photo, gallery photos, package teasers and people's portraits.
PAGE_SPECS: dict[str, PageSpec] = {
    "lead": PageSpec(Fraction(16, 9)),
    "gallery": PageSpec(Fraction(3, 2), (400, 800, 1200)),
    "teaser": PageSpec(Fraction(3, 2), (400, 800)),
    "portrait": PageSpec(Fraction(1, 1), (96, 160, 192, 320)),
}


@dataclass(frozen=True)
class Rendition:
    """One image file a reader or partner gets: its URL (absolute when asked), real size and MIME type.

    ``name`` is ``"original"`` for the fallback of a page whose renditions are not made yet."""

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
    """What a ``<picture>`` needs: modern sources, the JPEG fallback (``src``/``srcset``) and its size.

    Until the renditions are made it has no sources, no srcset, and the original file as its fallback."""

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


def _usable(image) -> bool:
    return bool(image and image.pk and image.file and image.width and image.height)


def _focal(image) -> tuple[float, float] | None:
    """The focal point as fractions of the upright image (filer's ``subject_location`` is in its pixels)."""
    try:
        x, y = (float(part) for part in str(image.subject_location or "").split(","))
    except ValueError:
        return None
    return min(max(x / float(image.width), 0.0), 1.0), min(max(y / float(image.height), 0.0), 1.0)


def _directory(image) -> str:
    # The credit is written into every rendition and the focal point moves every crop, so either makes new files.
    # The recorded size is part of the name too: a size recorded before EXIF orientation was applied finds no
    # renditions, and the task records the upright size the renditions' declared sizes come from.
    size = f"{round(image.width)}x{round(image.height)}"
    source = f"{image.sha1 or image.file.name}|{(image.author or '').strip()}|{size}|{image.subject_location or ''}"
    digest = hashlib.sha1(source.encode()).hexdigest()
    return f"{get_setting('RENDITIONS_DIR')}/{digest[:2]}/{digest[2:20]}"


def _file_name(image, spec: Spec) -> str:
    return f"{_directory(image)}/{spec.key(_focal(image))}.{spec.extension}"


def _ready_marker(image) -> str:
    # Named after the list it completes: a new spec, width or format makes the image not ready again.
    names = ",".join(spec.key(None) + spec.extension for spec in required_specs(image))
    return f"{_directory(image)}/{READY_MARKER}-{hashlib.sha1(names.encode()).hexdigest()[:12]}"


def _public_marker(image) -> str | None:
    """Where the upload check's verdict "the original may be shown" is kept: by the file's checksum."""
    return f"{get_setting('RENDITIONS_DIR')}/{PUBLIC_MARKERS_DIR}/{image.sha1}" if image.sha1 else None


def _social_spec() -> Spec:
    width, height = get_setting("SOCIAL_IMAGE_SIZE")
    return Spec(width, ratio=Fraction(width, height))


def _picture_specs(page: PageSpec, width: int, height: int) -> dict[str, list[Spec]]:
    """The specs of a picture of an upright ``width`` × ``height`` image, by extension (JPEG last)."""
    # No upscaling: widths beyond the original collapse onto the largest one the image gives.
    sizes: dict[tuple[int, int], int] = {}
    for w in sorted(set(page.widths or get_setting("IMAGE_WIDTHS"))):
        sizes.setdefault(Spec(w, ratio=page.ratio).size_for(width, height), w)
    usable = sorted(sizes.values())
    return {ext: [Spec(w, ratio=page.ratio, extension=ext) for w in usable] for ext in [*writable_formats(), "jpg"]}


def required_specs(image) -> list[Spec]:
    """The one list of renditions an image needs: partners', the social card's, and every page picture's."""
    return _specs_for(int(image.width), int(image.height))


def _specs_for(width: int, height: int) -> list[Spec]:
    specs = [*SPECS.values(), _social_spec()]
    for page in PAGE_SPECS.values():
        for group in _picture_specs(page, width, height).values():
            specs.extend(group)
    return list(dict.fromkeys(specs))


# --- Reading what exists (readers' requests: no decode, no encode) -------------------------------------------------


def _known(image) -> dict:
    """What this image object has learnt from storage, for its current directory (a changed image starts over)."""
    directory = _directory(image)
    known = image.__dict__.get(_MEMO)
    if not known or known["directory"] != directory:
        known = image.__dict__[_MEMO] = {"directory": directory}
    return known


def is_ready(image) -> bool:
    """Whether every rendition of ``image`` is made: one storage call, remembered on this image object."""
    if not _usable(image):
        return False
    known = _known(image)
    if "ready" not in known:
        known["ready"] = default_storage.exists(_ready_marker(image))
    return known["ready"]


def _made(image, spec: Spec, name: str, build_uri=None) -> Rendition:
    width, height = spec.size_for(int(image.width), int(image.height))
    url = default_storage.url(_file_name(image, spec))
    return Rendition(
        name=name,
        url=build_uri(url) if build_uri else url,
        width=width,
        height=height,
        mime_type=MIME_TYPES[spec.extension],
    )


def original(image) -> Rendition | None:
    """The original file for a page whose renditions are not made yet, if the upload check found it safe (one more
    storage call, remembered on this image object)."""
    marker = _public_marker(image)
    if not (_usable(image) and marker):
        return None
    known = _known(image)
    if "public" not in known:
        known["public"] = default_storage.exists(marker)
    if not known["public"]:
        return None
    return Rendition(
        name="original",
        url=image.file.url,
        width=int(image.width),
        height=int(image.height),
        mime_type=image.mime_type or "",
    )


def named(image, name: str, *, build_uri=None, fallback: bool = False) -> Rendition | None:
    """One named rendition (``SPECS``); until it is made, None, or the safe original for a page (``fallback``)."""
    if is_ready(image):
        return _made(image, SPECS[name], name, build_uri)
    enqueue(image)
    return original(image) if fallback else None


def image_renditions(image, *, build_uri=None) -> list[Rendition]:
    """What partners get of an image (API, ninjs): the named renditions, never the original file; [] until made."""
    if not is_ready(image):
        enqueue(image)
        return []
    return [_made(image, SPECS[name], name, build_uri) for name in PARTNER_RENDITIONS]


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


def picture(image, spec_name: str) -> Picture | None:
    """Every rendition a responsive ``<picture>`` of ``image`` offers for a page spec (``PAGE_SPECS``); the safe
    original until they are made; None without a usable image."""
    if not _usable(image):
        return None
    if not is_ready(image):
        enqueue(image)
        fallback = original(image)
        return Picture(sources=(), fallback=fallback, srcset="") if fallback else None
    groups = _picture_specs(PAGE_SPECS[spec_name], int(image.width), int(image.height))
    made = {ext: [_made(image, spec, spec.key(_focal(image))) for spec in specs] for ext, specs in groups.items()}

    def srcset(extension: str) -> str:
        return ", ".join(f"{r.url} {r.width}w" for r in made[extension])

    sources = tuple(Source(MIME_TYPES[ext], srcset(ext)) for ext in made if ext != "jpg")
    jpegs = made["jpg"]
    return Picture(sources=sources, fallback=jpegs[min(1, len(jpegs) - 1)], srcset=srcset("jpg"))


def social_image(image) -> Rendition | None:
    """The Open Graph / Twitter card image: a JPEG cropped to the social size, never the original; None until made."""
    if not is_ready(image):
        enqueue(image)
        return None
    return _made(image, _social_spec(), SOCIAL_RENDITION)


# --- Asking for renditions ----------------------------------------------------------------------------------------


def enqueue(image, *, force: bool = False) -> None:
    """Ask the task runner to make ``image``'s renditions; not while such a task waits, and from readers' requests
    once a minute per image at most (``force``: a write that changed the image always asks)."""
    if not _usable(image):
        return
    asked = f"relations_plugin:renditions:asked:{_directory(image)}"
    if not force and not cache.add(asked, 1, ASK_AGAIN_SECONDS):
        return
    from .tasks import make_renditions

    try:
        if not _waiting(make_renditions, image.pk):
            make_renditions.enqueue(image_id=image.pk)
    except DatabaseError:
        if force:
            raise
        # A reader's page is served without its renditions rather than broken; the next request asks again.
        logger.warning("The renditions of image %s could not be asked for", image.pk, exc_info=True)
        cache.delete(asked)


def _waiting(task, image_id: int) -> bool:
    """Whether the database queue already holds a task for this image that no worker has started."""
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task.get_backend(), DatabaseBackend):
        return False
    return (
        DBTaskResult.objects.ready()
        .filter(task_path=task.module_path, args_kwargs__kwargs__image_id=image_id)
        .exists()
    )


def record_original(image) -> images.ImageInfo | None:
    """Read a saved image's metadata (``images.describe``): record its upright size and credit, and whether readers
    may get the original file until its renditions are made. None if the file cannot be read."""
    if not (image and image.pk and image.file):
        return None
    try:
        with image.file.open("rb") as fp:
            info = images.describe(images.open_image(fp, name=image.original_filename or ""))
    except (images.ValidationError, OSError, ValueError):
        info = None
    if info is not None:
        images.record(image, info)
    _set_public(image, info is not None and info.publishable)
    return info


def _set_public(image, public: bool) -> None:
    marker = _public_marker(image)
    if not marker:
        return
    if public and not default_storage.exists(marker):
        default_storage.save(marker, ContentFile(b""))
    elif not public and default_storage.exists(marker):
        default_storage.delete(marker)
    if _usable(image):
        _known(image)["public"] = public


# --- Making them (the task runner) ---------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class Decoded:
    """A source decoded once for all its renditions: upright, at the smallest scale that serves the largest."""

    picture: Image.Image
    width: int
    height: int
    credit: str
    copyright: str


def _decode(image) -> Decoded:
    """Decode ``image``'s first frame once, within the budgets of the upload check (``images.pixel_budget``)."""
    with image.file.open("rb") as fp:
        picture = images.open_image(fp, name=image.original_filename or "")
        if picture.size[0] * picture.size[1] > images.pixel_budget(picture.format, picture.mode):
            raise images.ValidationError("over the pixel budget of its format")
        credit, copyright_ = images.read_credit(picture)
        orientation = int(picture.getexif().get(images.ORIENTATION_TAG, 1) or 1)
        raw_w, raw_h = picture.size
        width, height = (raw_h, raw_w) if orientation in (5, 6, 7, 8) else (raw_w, raw_h)
        focal = _focal(image)
        # The smallest decode scale that still serves the largest rendition (JPEG decodes at 1/2..1/8).
        scale = 0.0
        for spec in _specs_for(width, height):
            w, _h = spec.size_for(width, height)
            if spec.ratio is not None:
                box = _crop_box(width, height, spec.ratio, focal)
                scale = max(scale, w / (box[2] - box[0]))
            else:
                scale = max(scale, w / width)
        need = (math.ceil(raw_w * min(scale, 1)), math.ceil(raw_h * min(scale, 1)))
        picture.seek(0)
        picture.draft(None, need)
        picture.load()
        # Formats without a reduced decode (PNG, TIFF, WebP, ...): shrink once by a whole factor, so every
        # rendition is cut from an image little larger than the largest of them and the full-size buffer is freed.
        factor = int(min(picture.size[0] / max(need[0], 1), picture.size[1] / max(need[1], 1)))
        if factor >= 2:
            if picture.mode in REDUCE_REFUSES:
                picture = _upright(picture, 1)
            picture = picture.reduce(factor)
        upright = _upright(picture, orientation)
    return Decoded(upright, width, height, credit, copyright_)


def _make(image) -> int:
    """Make the missing renditions of one image from one decode of its source; the number of files made."""
    decoded = _decode(image)
    if (round(image.width), round(image.height)) != (decoded.width, decoded.height):
        images.record(image, images.ImageInfo("", decoded.width, decoded.height, 1, "", 1))
    credit = (image.author or "").strip()[:255] or decoded.credit
    focal = _focal(image)
    storage = default_storage
    made = 0
    for spec in required_specs(image):
        name = _file_name(image, spec)
        if storage.exists(name):  # left by an attempt that stopped half way
            continue
        size = spec.size_for(decoded.width, decoded.height)
        ux, uy = decoded.picture.size  # coordinates in the decoded (possibly reduced) image
        box = _crop_box(ux, uy, spec.ratio, focal) if spec.ratio is not None else (0, 0, ux, uy)
        resized = decoded.picture.resize(size, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)
        storage.save(name, ContentFile(_encode(resized, spec, credit=credit, copyright_=decoded.copyright)))
        made += 1
    storage.save(_ready_marker(image), ContentFile(b""))
    _known(image)["ready"] = True
    return made


class _Lock:
    """``RenditionLock`` for one image: taken by an atomic insert, released by deleting the row."""

    def __init__(self, image):
        self.image_id = image.pk
        self.held = False

    def __enter__(self) -> bool:
        from .models import RenditionLock

        now = timezone.now()
        stale = now - datetime.timedelta(seconds=LOCK_STALE_SECONDS)
        RenditionLock.objects.filter(image_id=self.image_id, taken_at__lt=stale).delete()
        try:
            with transaction.atomic():
                RenditionLock.objects.create(image_id=self.image_id, taken_at=now)
        except IntegrityError:
            return False
        self.held = True
        return True

    def __exit__(self, *exc_info) -> None:
        from .models import RenditionLock

        if self.held:
            RenditionLock.objects.filter(image_id=self.image_id).delete()


def ensure_made(image) -> int:
    """Make every missing rendition of ``image`` now, unless another worker is making them; the number of files
    made (0 when they were all made, the image cannot be rendered, or another worker holds the lock)."""
    if not _usable(image):
        return 0
    storage = default_storage
    directory = _directory(image)
    if storage.exists(_ready_marker(image)) or storage.exists(f"{directory}/{FAILED_MARKER}"):
        return 0
    with _Lock(image) as held:
        # Checked again under the lock: a worker that held it a moment ago may have made them.
        if not held or storage.exists(_ready_marker(image)):
            return 0
        try:
            made = _make(image)
        except Exception:  # noqa: BLE001 - any failure decoding an uploaded file must cost that image only
            logger.warning(
                "Image %s (pk %s) cannot be rendered; it is left out", image.file.name, image.pk, exc_info=True
            )
            storage.save(f"{directory}/{FAILED_MARKER}", ContentFile(b""))
            _set_public(image, False)
            return 0
    renditions_made.send(sender=type(image), instance=image)
    return made


# --- When renditions are asked for: upload and publish ------------------------------------------------------------


def on_image_saved(sender, instance, created: bool = False, raw: bool = False, **kwargs) -> None:
    """A media-library image uploaded or changed (file, credit, focal point): decide about its original and ask
    for its renditions."""
    if raw or not _usable(instance):
        return
    record_original(instance)
    enqueue(instance, force=True)


def package_images(content) -> list:
    """Every image a package version shows: its lead photo, ceremony photos, and participants' and speakers'
    portraits."""
    from django.apps import apps
    from django.conf import settings
    from django.db.models import Q

    from .models import CeremonyPhoto, Participation, Quote

    image_model = apps.get_model(settings.FILER_IMAGE_MODEL)
    shown = (
        Q(pk=content.lead_photo_id)
        | Q(pk__in=CeremonyPhoto.objects.filter(visit_content=content).values("image_id"))
        | Q(pk__in=Participation.objects.filter(visit_content=content).values("person__portrait_id"))
        | Q(pk__in=Quote.objects.filter(visit_content=content).values("speaker__portrait_id"))
    )
    return list(image_model.objects.filter(shown))


def on_version_operation(sender, *, operation: str, obj, **kwargs) -> None:
    """djangocms-versioning's ``post_version_operation``: a published package's images get their renditions made
    before its first reader asks (the task skips an image whose renditions exist)."""
    from djangocms_versioning import constants

    from .models import VisitContent

    if sender is not VisitContent or operation != constants.OPERATION_PUBLISH:
        return
    for image in package_images(obj.content):
        enqueue(image, force=True)
