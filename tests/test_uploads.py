"""The upload corpus: every file an editor or a stranger may send ends in a clear message or a correct page.

Files are made with Pillow here (a few are hand-made bytes: a bomb header, HEIC, SVG). Each hostile file is
tried through the media library upload, as a ceremony photo and as the lead photo in the admin package form;
each accepted one is shown on the story page, the list, the API, ninjs and the feed, with real declared sizes.
"""

from __future__ import annotations

import io
import shutil
import struct
import tempfile
import zlib

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse
from PIL import Image

from relations_plugin import images, renditions

from .factories import (
    CeremonyPhotoFactory,
    FilerImageFactory,
    PersonFactory,
    RelationFactory,
    UserFactory,
    VisitContentFactory,
    VisitFactory,
    create_apphook_page,
)
from .utils import package_post_data


def _jpeg(size=(600, 400), mode="RGB", **save) -> bytes:
    buffer = io.BytesIO()
    picture = Image.new(mode, size, "#2a6f97" if mode == "RGB" else None)
    picture.save(buffer, "JPEG", **save)
    return buffer.getvalue()


def _save(picture: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, fmt, **options)
    return buffer.getvalue()


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height``: what a decompression bomb looks like to a reader."""
    data = _save(Image.new("1", (1, 1)), "PNG")
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return data[:8] + struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk)) + data[33:]


def _gif(frames: int, size=(320, 240)) -> bytes:
    pictures = []
    for index in range(frames):
        picture = Image.new("P", size, 0)
        picture.paste(1 + index % 200, (index, 0, index + size[0] // 4, size[1] // 2))
        pictures.append(picture)
    return _save(pictures[0], "GIF", save_all=True, append_images=pictures[1:], duration=40, loop=0)


def _iptc_jpeg(credit: str, copyright_: str) -> bytes:
    """A JPEG with an IPTC-IIM block (Photoshop APP13), as agency photos carry their credit."""

    def dataset(number: int, value: str) -> bytes:
        raw = value.encode()
        return b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(raw)) + raw

    iim = dataset(110, credit) + dataset(116, copyright_)
    if len(iim) % 2:
        iim += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim)) + iim
    payload = b"Photoshop 3.0\x00" + resource
    segment = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    data = _jpeg()
    return data[:2] + segment + data[2:]


def _exif_jpeg(size, **tags) -> bytes:
    exif = Image.Exif()
    for tag, value in tags.items():
        exif[int(tag.removeprefix("t"))] = value
    picture = Image.new("RGB", size)
    # A portrait subject drawn on a landscape sensor: the top half red, so orientation mistakes show.
    picture.paste((200, 30, 30), (0, 0, size[0] // 2, size[1]))
    return _save(picture, "JPEG", exif=exif)


def _gps_jpeg() -> bytes:
    exif = Image.Exif()
    exif[images.ARTIST_TAG] = "Akorda press service"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (44.0, 48.0, 0.0), 3: "E", 4: (20.0, 27.0, 0.0)})
    return _save(Image.new("RGB", (600, 400), "#2a6f97"), "JPEG", exif=exif)


def _sixteen_bit() -> bytes:
    picture = Image.new("I;16", (300, 200))
    picture.putdata([(x * 200) % 65536 for x in range(300 * 200)])
    return _save(picture, "PNG")


def _palette_with_alpha() -> bytes:
    picture = Image.new("P", (300, 200), 1)
    picture.putpalette([255, 255, 255, 200, 30, 30] + [0] * 762)
    return _save(picture, "PNG", transparency=0)


REFUSED = {
    # name: (file name, bytes, what the editor reads)
    "bomb": ("bomb.png", lambda: _png_claiming(40_000, 40_000), "too many pixels"),
    "60 megapixels": ("big.png", lambda: _png_claiming(10_000, 6_000), "60.0 megapixels"),
    "truncated": (
        "cut.jpg",
        lambda: _save(Image.effect_noise((600, 400), 60).convert("RGB"), "JPEG")[:9000],
        "damaged or incomplete",
    ),
    "zero bytes": ("empty.jpg", lambda: b"", "empty"),
    "renamed text": ("notes.jpg", lambda: b"Minutes of the talks, not a photo.\n" * 20, "not an image"),
    "SVG with script": (
        "logo.svg.png",
        lambda: b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "SVG drawings cannot be used as photos",
    ),
    "HEIC": (
        "phone.heic.jpg",
        lambda: b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64,
        "HEIC/HEIF",
    ),
}

ACCEPTED = {
    # name: (file name, bytes)
    "CMYK": ("cmyk.jpg", lambda: _jpeg(mode="CMYK")),
    "16-bit": ("deep.png", _sixteen_bit),
    "palette with transparency": ("palette.png", _palette_with_alpha),
    "grey with alpha": ("la.png", lambda: _save(Image.new("LA", (300, 200), (90, 128)), "PNG")),
    "animated GIF, 2 frames": ("two.gif", lambda: _gif(2)),
    "animated GIF, 120 frames": ("many.gif", lambda: _gif(120, size=(1600, 1200))),
    "TIFF": ("scan.tif", lambda: _save(Image.new("RGB", (600, 400), "#2a6f97"), "TIFF")),
    "WebP": ("photo.webp", lambda: _save(Image.new("RGBA", (600, 400), "#2a6f97"), "WEBP")),
    "AVIF": ("photo.avif", lambda: _save(Image.new("RGB", (600, 400), "#2a6f97"), "AVIF")),
    "polyglot": ("poly.jpg", lambda: _jpeg() + b"<html><script>alert(document.cookie)</script></html>"),
    "EXIF-rotated portrait": ("portrait.jpg", lambda: _exif_jpeg((600, 450), t274=6)),
    "IPTC credit": ("agency.jpg", lambda: _iptc_jpeg("Akorda press service", "© Akorda 2024")),
}


class FreshRenditionsMixin:
    """Renditions in a media folder of this test class's own, so none is left from an earlier run."""

    @classmethod
    def setUpClass(cls):
        folder = tempfile.mkdtemp(prefix="renditions-")
        cls.addClassCleanup(shutil.rmtree, folder, ignore_errors=True)
        override = override_settings(MEDIA_ROOT=folder)
        override.enable()
        cls.addClassCleanup(override.disable)
        super().setUpClass()


IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def _filer_image(file_name: str, data: bytes, **kwargs):
    """A media-library image made directly (as a fixture, an import or an older upload would), unchecked."""
    return FilerImageFactory(original_filename=file_name, file=ContentFile(data, name=file_name), **kwargs)


def _rendered_image(file_name: str, data: bytes, **kwargs):
    """A media-library image whose renditions the task runner has made."""
    image = _filer_image(file_name, data, **kwargs)
    renditions.ensure_made(image)
    return image


class ImageCheckTests(TestCase):
    """``images.check``: the one check behind the upload and the attach."""

    def test_every_hostile_file_is_refused_with_a_message_naming_the_problem(self):
        for label, (name, make, message) in REFUSED.items():
            with self.subTest(label):
                data = make()
                with self.assertRaises(images.ValidationError) as refused:
                    images.check(io.BytesIO(data), name=name, size=len(data))
                self.assertIn(message, " ".join(refused.exception.messages))

    def test_every_other_file_is_accepted_and_described_upright(self):
        for label, (name, make) in ACCEPTED.items():
            with self.subTest(label):
                info = images.check(io.BytesIO(make()), name=name)
                self.assertGreater(info.width * info.height, 0)
        portrait = images.check(io.BytesIO(ACCEPTED["EXIF-rotated portrait"][1]()))
        self.assertEqual((portrait.width, portrait.height, portrait.orientation), (450, 600, 6))

    def test_frames_past_the_budget_are_refused(self):
        with override_settings(RELATIONS_PLUGIN_MAX_IMAGE_FRAMES=100), self.assertRaises(images.ValidationError) as e:
            images.check(io.BytesIO(_gif(120)))
        self.assertIn("120 frames", " ".join(e.exception.messages))

    def test_bytes_past_the_budget_are_refused(self):
        with override_settings(RELATIONS_PLUGIN_MAX_UPLOAD_BYTES=1000), self.assertRaises(images.ValidationError) as e:
            images.check(io.BytesIO(_jpeg()), size=24 * 1024 * 1024)
        self.assertIn("24.0\xa0MB", " ".join(e.exception.messages))

    def test_credit_and_copyright_are_read_from_iptc_xmp_and_exif(self):
        iptc = images.check(io.BytesIO(_iptc_jpeg("Akorda press service", "© Akorda 2024")))
        self.assertEqual((iptc.credit, iptc.copyright), ("Akorda press service", "© Akorda 2024"))
        xmp = (
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="Tanjug">'
            '<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© Tanjug</rdf:li></rdf:Alt></dc:rights>'
            "</rdf:Description></rdf:RDF></x:xmpmeta>"
        ).encode()
        from_xmp = images.check(io.BytesIO(_jpeg(xmp=xmp)))
        self.assertEqual((from_xmp.credit, from_xmp.copyright), ("Tanjug", "© Tanjug"))
        from_exif = images.check(io.BytesIO(_exif_jpeg((60, 40), t315=b"Photographer", t33432="© Newsroom".encode())))
        self.assertEqual((from_exif.credit, from_exif.copyright), ("Photographer", "© Newsroom"))


class MediaLibraryUploadTests(TestCase):
    """The media library (filer) runs the same check on every image uploaded."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="uploader")

    def setUp(self):
        self.client.force_login(self.editor)

    def upload(self, name: str, data: bytes):
        upload = SimpleUploadedFile(name, data)
        return self.client.post(reverse("admin:filer-ajax_upload"), {"file": upload})

    def test_hostile_files_are_refused_with_a_message(self):
        for label, (name, make, _message) in REFUSED.items():
            with self.subTest(label):
                response = self.upload(name, make())
                self.assertLess(response.status_code, 500)
                self.assertIn("error", response.json(), response.content)

    def test_truncated_jpeg_is_refused_saying_so(self):
        response = self.upload("cut.jpg", REFUSED["truncated"][1]())
        self.assertEqual(response.status_code, 400)
        self.assertIn("damaged or incomplete", response.json()["error"])

    def test_a_good_photo_is_accepted(self):
        response = self.upload("fine.jpg", _jpeg())
        self.assertEqual(response.status_code, 200, response.content)


class AttachPhotoTests(TestCase):
    """Attaching a file that is already in the media library (older uploads, imports): lead and ceremony photo
    get the same check, with the message on the field."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="attacher")
        cls.relation = RelationFactory(country_a="KZ", country_b="RS")
        PersonFactory(name="Kassym-Jomart Tokayev", country="KZ")

    def setUp(self):
        self.client.force_login(self.editor)

    def post_package(self, *, lead=None, photo=None, credit=""):
        self.posts = getattr(self, "posts", 0) + 1
        fields = {
            "relation": self.relation.pk,
            "guest_country": "KZ",
            "host_country": "RS",
            "language": "en",
            "headline": "Tokayev pays official visit to Serbia",
            "slug": f"visit-{self.posts}",
            "summary": "Talks.",
            "visit_type": "official",
            "starts_on": "2024-11-18",
            "ends_on": "2024-11-19",
            "city": "Belgrade",
            "venue": "",
            "lead_photo": lead.pk if lead else "",
            "lead_photo_alt": "The presidents" if lead else "",
        }
        photos = []
        if photo is not None:
            photo_row = {"image": photo.pk, "alt_text": "The ceremony", "caption": "", "credit": credit}
            photos = [{**photo_row, "sort_order": "0"}]
        return self.client.post(
            reverse("admin:relations_plugin_visitcontent_add"), package_post_data(fields, photos=photos)
        )

    def test_hostile_files_are_refused_as_lead_photo_and_as_ceremony_photo(self):
        for label, (name, make, message) in REFUSED.items():
            image = _filer_image(name, make())
            for role in ("lead", "photo"):
                with self.subTest(label, role=role):
                    response = self.post_package(**{role: image})
                    self.assertEqual(response.status_code, 200, "the form is shown again, with the message")
                    self.assertContains(response, message)

    def test_accepted_files_save_the_package(self):
        for label, (name, make) in ACCEPTED.items():
            with self.subTest(label):
                response = self.post_package(lead=_filer_image(name, make()), photo=_filer_image(name, make()))
                self.assertEqual(response.status_code, 302, response.context and response.context.get("errors"))

    def test_lead_photo_has_the_ceremony_photos_pixel_limit(self):
        big = _filer_image("big.png", _png_claiming(9000, 5000))
        self.assertContains(self.post_package(lead=big), "45.0 megapixels")

    def test_credit_is_read_from_the_file_when_the_editor_leaves_it_empty(self):
        from relations_plugin.models import CeremonyPhoto

        self.post_package(photo=_filer_image("agency.jpg", _iptc_jpeg("Akorda press service", "© Akorda")))
        self.assertEqual(CeremonyPhoto.objects.get().credit, "Akorda press service")

    def test_a_credit_the_editor_typed_is_kept(self):
        from relations_plugin.models import CeremonyPhoto

        image = _filer_image("agency.jpg", _iptc_jpeg("Akorda press service", "© Akorda"))
        self.post_package(photo=image, credit="Newsroom / Pool")
        self.assertEqual(CeremonyPhoto.objects.get().credit, "Newsroom / Pool")

    def test_lead_photo_credit_fills_the_media_library_author(self):
        image = _filer_image("agency.jpg", _iptc_jpeg("Akorda press service", "© Akorda"))
        self.post_package(lead=image)
        image.refresh_from_db()
        self.assertEqual(image.author, "Akorda press service")


class RenditionTests(FreshRenditionsMixin, TestCase):
    """What the rendition service makes of accepted files: the real size, upright, no private metadata."""

    def open_rendition(self, rendition):
        name = rendition.url.removeprefix(default_storage.base_url)
        with default_storage.open(name) as fp:
            picture = Image.open(fp)
            picture.load()
        return picture

    def test_every_accepted_file_renders_at_the_size_it_declares(self):
        for label, (name, make) in ACCEPTED.items():
            image = _rendered_image(name, make(), subject_location="")
            with self.subTest(label):
                made = renditions.image_renditions(image)
                self.assertEqual([r.name for r in made], ["thumbnail", "medium", "large"])
                for rendition in made:
                    picture = self.open_rendition(rendition)
                    self.assertEqual(picture.size, (rendition.width, rendition.height), rendition.name)
                    self.assertEqual(picture.mode, "RGB")
                    self.assertEqual(rendition.mime_type, "image/jpeg")

    def test_exif_orientation_is_applied_before_the_crop(self):
        image = _rendered_image("portrait.jpg", _exif_jpeg((600, 450), t274=6))
        medium = renditions.named(image, "medium")
        self.assertEqual((medium.width, medium.height), (450, 600))
        picture = self.open_rendition(medium)
        self.assertEqual(picture.size, (450, 600))
        # The red left half of the sensor is the top of the upright photo.
        self.assertGreater(picture.getpixel((225, 100))[0], 150)
        self.assertLess(picture.getpixel((225, 500))[0], 100)
        image.refresh_from_db()
        self.assertEqual((image.width, image.height), (450, 600), "the library records the upright size")

    def test_picture_offers_modern_formats_of_the_real_size(self):
        image = _rendered_image("portrait.jpg", _exif_jpeg((600, 450), t274=6))
        picture = renditions.picture(image, "teaser")
        self.assertEqual((picture.width, picture.height), (450, 300))
        self.assertEqual([s.mime_type for s in picture.sources], ["image/avif", "image/webp"])
        self.assertEqual(self.open_rendition(picture.fallback).size, (450, 300))

    def test_credit_is_written_into_every_rendition_and_gps_is_not(self):
        image = _rendered_image("gps.jpg", _gps_jpeg())
        for rendition in [*renditions.image_renditions(image), renditions.social_image(image)]:
            with self.subTest(rendition.name):
                exif = self.open_rendition(rendition).getexif()
                self.assertEqual(exif.get(images.ARTIST_TAG), "Akorda press service")
                self.assertEqual(dict(exif.get_ifd(0x8825)), {}, "no GPS position")

    def test_library_author_and_iptc_copyright_are_written(self):
        image = _rendered_image("agency.jpg", _iptc_jpeg("Agency", "© Akorda 2024"), author="Akorda press service")
        written = images.read_credit(self.open_rendition(renditions.named(image, "large")))
        self.assertEqual(written, ("Akorda press service", "© Akorda 2024"))

    def test_polyglot_payload_never_reaches_a_rendition(self):
        image = _rendered_image("poly.jpg", ACCEPTED["polyglot"][1]())
        rendition = renditions.named(image, "large")
        with default_storage.open(rendition.url.removeprefix(default_storage.base_url)) as fp:
            self.assertNotIn(b"<script", fp.read())

    def test_a_broken_file_gives_no_rendition_and_is_logged(self):
        image = _filer_image("cut.jpg", REFUSED["truncated"][1]())
        with self.assertLogs("relations_plugin.renditions", "WARNING"):
            self.assertEqual(renditions.ensure_made(image), 0)
        self.assertIsNone(renditions.picture(image, "lead"), "not the original either")
        self.assertIsNone(renditions.named(image, "large", fallback=True))
        self.assertEqual(renditions.image_renditions(image), [])
        self.assertIsNone(renditions.social_image(image))


class BrokenImagePageTests(FreshRenditionsMixin, TestCase):
    """A broken image attached before the check existed costs the page that image, nothing else."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="pages")
        create_apphook_page(user=cls.editor)
        broken = _filer_image("cut.jpg", REFUSED["truncated"][1]())
        renditions.ensure_made(broken)  # logged as a warning: the task runner's log, not a reader's
        cls.package = VisitContentFactory(
            author=cls.editor,
            visit=VisitFactory(relation=RelationFactory()),
            slug="broken-photos",
            lead_photo=broken,
            lead_photo_alt="A photo that cannot be shown",
        )
        CeremonyPhotoFactory(visit_content=cls.package, image=broken)
        CeremonyPhotoFactory(visit_content=cls.package, image=_rendered_image("two.gif", _gif(2)))
        from djangocms_versioning.models import Version

        Version.objects.get_for_content(cls.package).publish(cls.editor)

    def setUp(self):
        cache.clear()

    def test_pages_api_and_feeds_render_without_the_broken_image(self):
        urls = [
            "/en/relations/",
            "/en/relations/visits/broken-photos/",
            "/api/v1/visits/",
            "/api/v1/visits/broken-photos/",
            "/api/v1/visits/broken-photos/?format=ninjs",
            "/api/v1/feeds/en/visits/",
        ]
        for url in urls:
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200, response.content[:300])
                self.assertNotContains(response, "cut.jpg")

    def test_story_page_keeps_the_animated_gif_as_its_first_frame(self):
        response = self.client.get("/en/relations/visits/broken-photos/")
        self.assertContains(response, 'class="gallery__item"', count=1)
        self.assertContains(response, "/media/renditions/")
        self.assertNotContains(response, "cut.jpg")


@override_settings(TASKS=IMMEDIATE_TASKS)
class AcceptedImagePageTests(FreshRenditionsMixin, TestCase):
    """Each accepted kind of file, as the lead photo and a ceremony photo of a published package, reads fine
    (the task runner makes their renditions as they are saved)."""

    @classmethod
    def setUpTestData(cls):
        from djangocms_versioning.models import Version

        cls.editor = UserFactory(username="reader-pages")
        create_apphook_page(user=cls.editor)
        relation = RelationFactory()
        for index, (name, make) in enumerate(ACCEPTED.values()):
            content = VisitContentFactory(
                author=cls.editor,
                visit=VisitFactory(relation=relation),
                slug=f"accepted-{index}",
                lead_photo=_filer_image(name, make()),
                lead_photo_alt="Lead photo",
            )
            CeremonyPhotoFactory(visit_content=content, image=_filer_image(name, make()))
            Version.objects.get_for_content(content).publish(cls.editor)

    def test_story_pages_list_api_and_feed_answer_200(self):
        cache.clear()
        for index, label in enumerate(ACCEPTED):
            with self.subTest(label):
                page = self.client.get(f"/en/relations/visits/accepted-{index}/")
                self.assertEqual(page.status_code, 200)
                self.assertContains(page, 'class="gallery__item"', count=1)
                api = self.client.get(f"/api/v1/visits/accepted-{index}/")
                self.assertEqual(api.status_code, 200)
                self.assertEqual(len(api.json()["photos"][0]["renditions"]), 3)
                ninjs = self.client.get(f"/api/v1/visits/accepted-{index}/?format=ninjs").json()
                uris = [a["uri"] for a in ninjs["associations"] if a.get("type") == "picture"]
                self.assertTrue(uris and all("/media/renditions/" in uri for uri in uris), "never the original")
        for url in ["/en/relations/", "/api/v1/visits/?page_size=100", "/api/v1/feeds/en/visits/"]:
            with self.subTest(url):
                self.assertEqual(self.client.get(url).status_code, 200)
