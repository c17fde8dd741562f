"""Renditions are made by the task runner at upload and publish time, never in a reader's request.

A page whose renditions are not made yet shows the original, scaled by the browser, when the upload check found it
safe to publish (else no image), and never waits; partners get no rendition until they are made. Real
``manage.py db_worker`` processes make them: each rendition once, however many readers and tasks asked. The
pixel budget per format bounds what a worker decodes.
"""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import zlib
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import OperationalError, connection
from django.test import LiveServerTestCase, TestCase, override_settings
from django.utils import translation
from django_tasks_db.models import DBTaskResult
from djangocms_versioning.models import Version
from PIL import Image

from relations_plugin import images, renditions
from relations_plugin.conf import get_setting
from relations_plugin.tasks import make_renditions

from .browser import forget_content_type_ids
from .factories import FilerImageFactory, UserFactory, build_story_package, create_apphook_page

ROOT = Path(settings.BASE_DIR)
WAIT_SECONDS = 120
STORY = "/en/relations/visits/{slug}/"


class Counter:
    """Wraps a function of the rendition module and counts the calls that went through it (they still run)."""

    def __init__(self, test, name: str):
        self.calls = 0
        original = getattr(renditions, name)

        def counted(*args, **kwargs):
            self.calls += 1
            return original(*args, **kwargs)

        setattr(renditions, name, counted)
        test.addCleanup(setattr, renditions, name, original)


def own_media_folder(test_class) -> None:
    """Renditions in a media folder of this test class's own, so none is left from an earlier run."""
    folder = tempfile.mkdtemp(prefix="renditions-")
    test_class.addClassCleanup(shutil.rmtree, folder, ignore_errors=True)
    override = override_settings(MEDIA_ROOT=folder)
    override.enable()
    test_class.addClassCleanup(override.disable)


def made_files(image) -> list[str]:
    """Every file in ``image``'s rendition directory (markers left out)."""
    directory = renditions._directory(image)
    try:
        _folders, files = default_storage.listdir(directory)
    except FileNotFoundError:
        return []
    return sorted(name for name in files if "." in name)


def forget_made_renditions() -> None:
    """Renditions are files, kept when a test's rows are rolled back: the next test starts from none made (the
    upload check's records stay, as the images' rows do)."""
    root = Path(default_storage.path(get_setting("RENDITIONS_DIR")))
    for folder in root.glob("*"):
        if folder.name != renditions.PUBLIC_MARKERS_DIR:
            shutil.rmtree(folder)


def waiting_tasks(image) -> int:
    return (
        DBTaskResult.objects.ready()
        .filter(task_path=make_renditions.module_path, args_kwargs__kwargs__image_id=image.pk)
        .count()
    )


def gps_jpeg() -> bytes:
    exif = Image.Exif()
    exif.get_ifd(images.GPS_IFD).update({1: "N", 2: (44.0, 48.0, 0.0), 3: "E", 4: (20.0, 27.0, 0.0)})
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), "#2a6f97").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` (its pixels are never needed to refuse it)."""
    buffer = io.BytesIO()
    Image.new("1", (1, 1)).save(buffer, "PNG")
    data = buffer.getvalue()
    chunk = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return data[:8] + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk)) + data[33:]


class ReaderRequestTests(TestCase):
    """The first reader after a publish: no decode, no encode, the fallback, and the task asked for once."""

    @classmethod
    def setUpClass(cls):
        own_media_folder(cls)
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        cls.editor = UserFactory(username="first-reader")
        create_apphook_page(user=cls.editor)
        cls.package = build_story_package(author=cls.editor, slug="first-reader")

    def setUp(self):
        cache.clear()
        forget_made_renditions()
        self.decodes = Counter(self, "_decode")
        self.encodes = Counter(self, "_encode")

    def test_a_story_page_makes_no_rendition_and_shows_the_original_at_its_size(self):
        response = self.client.get(STORY.format(slug="first-reader"))
        lead = self.package.lead_photo
        self.assertEqual((self.decodes.calls, self.encodes.calls), (0, 0))
        self.assertContains(response, f'<img src="{lead.file.url}" width="1200" height="800"')
        self.assertNotContains(response, "/media/renditions/")
        self.assertEqual(made_files(lead), [])

    def test_partners_get_no_rendition_and_never_the_original(self):
        api = self.client.get("/api/v1/visits/first-reader/").json()
        self.assertEqual(api["photos"][0]["renditions"], [])
        ninjs = self.client.get("/api/v1/visits/first-reader/?format=ninjs").json()
        self.assertEqual([a for a in ninjs["associations"] if a.get("type") == "picture"], [])
        self.assertNotIn(self.package.lead_photo.file.url, str(ninjs))
        self.assertEqual((self.decodes.calls, self.encodes.calls), (0, 0))

    def test_the_page_asks_for_each_image_once_while_the_task_waits(self):
        DBTaskResult.objects.all().delete()
        lead = self.package.lead_photo
        for _ in range(3):
            self.client.get(STORY.format(slug="first-reader"))
            cache.clear()  # past the once-a-minute limit of readers' requests: the waiting task is found
        self.assertEqual(waiting_tasks(lead), 1)
        renditions.enqueue(lead, force=True)
        self.assertEqual(waiting_tasks(lead), 1)

    def test_a_queue_that_cannot_be_written_costs_the_page_nothing(self):
        locked = OperationalError("database is locked")
        with mock.patch.object(renditions, "_waiting", side_effect=locked), self.assertLogs(renditions.logger):
            response = self.client.get(STORY.format(slug="first-reader"))
        self.assertContains(response, f'<img src="{self.package.lead_photo.file.url}"')

    def test_after_the_task_ran_the_page_shows_the_renditions(self):
        for image in renditions.package_images(self.package):
            renditions.ensure_made(image)
        self.decodes.calls = self.encodes.calls = 0
        response = self.client.get(STORY.format(slug="first-reader"))
        self.assertContains(response, '<source type="image/avif"')
        self.assertContains(response, "/media/renditions/")
        self.assertNotContains(response, self.package.lead_photo.file.url)
        self.assertEqual((self.decodes.calls, self.encodes.calls), (0, 0))


class PublishEnqueuesTests(TestCase):
    """Upload and publish ask the task runner for every image the package shows."""

    def test_publishing_asks_for_the_lead_photo_ceremony_photos_and_portraits(self):
        editor = UserFactory(username="publisher")
        package = build_story_package(author=editor, published=False, slug="to-publish")
        DBTaskResult.objects.all().delete()
        Version.objects.get_for_content(package).publish(editor)
        shown = renditions.package_images(package)
        expected = {
            package.lead_photo_id,
            *package.photos.values_list("image_id", flat=True),
            *package.participations.values_list("person__portrait_id", flat=True),
            *package.quotes.values_list("speaker__portrait_id", flat=True),
        } - {None}
        self.assertEqual({image.pk for image in shown}, expected)
        self.assertEqual([waiting_tasks(image) for image in shown], [1] * len(expected))

    def test_an_upload_asks_for_its_renditions(self):
        image = FilerImageFactory()
        self.assertEqual(waiting_tasks(image), 1)


class FallbackTests(TestCase):
    """The upload check decides whether readers may get the original until the renditions are made."""

    @classmethod
    def setUpClass(cls):
        own_media_folder(cls)
        super().setUpClass()

    def test_a_photo_without_private_metadata_falls_back_to_its_original(self):
        image = FilerImageFactory()
        picture = renditions.picture(image, "gallery")
        self.assertEqual((picture.fallback.url, picture.width, picture.height), (image.file.url, 1200, 800))
        self.assertEqual((picture.sources, picture.srcset), ((), ""))

    def test_a_photo_with_a_gps_position_is_not_shown_until_rendered(self):
        image = FilerImageFactory(original_filename="gps.jpg", file=ContentFile(gps_jpeg(), name="gps.jpg"))
        self.assertIsNone(renditions.picture(image, "lead"))
        self.assertIsNone(renditions.named(image, "large", fallback=True))
        renditions.ensure_made(image)
        self.assertIsNotNone(renditions.picture(image, "lead"))

    def test_the_original_declares_its_upright_size(self):
        exif = Image.Exif()
        exif[images.ORIENTATION_TAG] = 6
        buffer = io.BytesIO()
        Image.new("RGB", (600, 450)).save(buffer, "JPEG", exif=exif)
        image = FilerImageFactory(original_filename="turned.jpg", file=ContentFile(buffer.getvalue(), name="t.jpg"))
        original = renditions.picture(image, "portrait").fallback
        self.assertEqual((original.width, original.height), (450, 600))

    def test_an_animation_is_not_shown_as_it_is(self):
        frames = [Image.new("RGB", (320, 240), color) for color in ("red", "green", "blue")]
        buffer = io.BytesIO()
        frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
        image = FilerImageFactory(original_filename="a.gif", file=ContentFile(buffer.getvalue(), name="a.gif"))
        self.assertIsNone(renditions.picture(image, "gallery"))

    def test_one_storage_call_per_image_however_many_pictures(self):
        made = FilerImageFactory()
        renditions.ensure_made(made)
        image = type(made).objects.get(pk=made.pk)  # as a reader's request loads it
        calls = []
        original_exists = default_storage.exists

        def exists(name):
            calls.append(name)
            return original_exists(name)

        default_storage.exists = exists
        self.addCleanup(delattr, default_storage, "exists")
        for spec in renditions.PAGE_SPECS:
            renditions.picture(image, spec)
        renditions.named(image, "large")
        renditions.social_image(image)
        renditions.image_renditions(image)
        self.assertEqual(len(calls), 1)


class PixelBudgetTests(TestCase):
    """What a worker decodes is bounded: JPEG at a reduced scale, every other format within a smaller budget."""

    def refused(self, data: bytes) -> str:
        with self.assertRaises(ValidationError) as refused:
            images.check(io.BytesIO(data), name="big.png", size=len(data))
        return " ".join(refused.exception.messages)

    def test_a_png_over_its_budget_is_refused_naming_the_limit(self):
        message = self.refused(png_claiming(7000, 4000))
        self.assertIn("28.0 megapixels; the limit for PNG is 24 megapixels", message)

    def test_the_message_is_translated(self):
        with translation.override("ru"):
            message = self.refused(png_claiming(7000, 4000))
        self.assertIn("28.0", message)
        self.assertNotIn("megapixels", message)

    def test_the_attach_check_applies_the_same_budget(self):
        image = FilerImageFactory(original_filename="big.png", file=ContentFile(png_claiming(7000, 4000), "b.png"))
        with self.assertRaises(ValidationError) as refused:
            images.check_filer_image(image)
        self.assertIn("the limit for PNG is 24 megapixels", " ".join(refused.exception.messages))

    def test_a_full_decode_of_the_largest_accepted_image_stays_small(self):
        # Bytes per pixel at the widest moment of a full decode (bench/renditions.py): PNG, TIFF and GIF about 5,
        # 16-bit grey widened to 32 bits about 10, WebP and AVIF (an RGBA canvas and its copy) about 15.
        peaks = [("PNG", "RGBA", 5), ("TIFF", "RGB", 5), ("PNG", "I;16", 10), ("WEBP", "RGB", 15)]
        for fmt, mode, peak_bytes in peaks:
            with self.subTest(fmt, mode=mode):
                self.assertLessEqual(images.pixel_budget(fmt, mode) * peak_bytes, 200_000_000)
        self.assertEqual(images.pixel_budget("AVIF", "RGB"), images.pixel_budget("WEBP", "RGB"))
        self.assertEqual(images.pixel_budget("JPEG", "RGB"), 40_000_000)

    @override_settings(MEDIA_ROOT=tempfile.gettempdir())
    def test_renditions_are_cut_from_a_reduced_image(self):
        for name, fmt, size in [("big.png", "PNG", (6000, 4000)), ("big.webp", "WEBP", (4000, 3000))]:
            with self.subTest(fmt):
                buffer = io.BytesIO()
                Image.new("RGB", size, "#2a6f97").save(buffer, fmt)
                image = FilerImageFactory(original_filename=name, file=ContentFile(buffer.getvalue(), name=name))
                decoded = renditions._decode(image)
                # The largest rendition is 1600 wide: a whole-factor reduction leaves less than twice that.
                self.assertLess(decoded.picture.width, 2 * 1600)
                self.assertEqual((decoded.width, decoded.height), size)
                image.file.delete(save=False)

    def test_a_jpeg_at_the_pixel_limit_is_decoded_at_a_reduced_scale(self):
        buffer = io.BytesIO()
        Image.new("RGB", (8000, 5000), "#2a6f97").save(buffer, "JPEG")
        picture = Image.open(io.BytesIO(buffer.getvalue()))
        self.assertEqual(images.pixel_budget(picture.format, picture.mode), 40_000_000)
        picture.draft(None, (1600, 1000))
        self.assertEqual(picture.size, (2000, 1250))


class WorkerTests(LiveServerTestCase):
    """Real readers against a live server, and real ``manage.py db_worker`` processes making the renditions."""

    def setUp(self):
        forget_content_type_ids()
        cache.clear()
        folder = tempfile.mkdtemp(prefix="renditions-live-")
        self.addCleanup(shutil.rmtree, folder, ignore_errors=True)
        override = override_settings(MEDIA_ROOT=folder)
        override.enable()
        self.addCleanup(override.disable)
        self.media_root = folder
        editor = UserFactory(username="live-editor")
        create_apphook_page(user=editor)
        self.package = build_story_package(author=editor, slug="live-story")

    def start_worker(self) -> subprocess.Popen:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
            "WORKER_TEST_DATABASE": str(connection.settings_dict["NAME"]),
            "WORKER_SITE_URL": self.live_server_url,
            "SECRET_KEY": "worker-test-key",
            "MEDIA_ROOT": self.media_root,
        }
        command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.1"]
        worker = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def stop():
            worker.terminate()
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()

        self.addCleanup(stop)
        return worker

    def wait_for_tasks(self):
        deadline = time.monotonic() + WAIT_SECONDS
        while DBTaskResult.objects.exclude(status__in=["SUCCESSFUL", "FAILED"]).exists():
            if time.monotonic() > deadline:
                raise AssertionError(f"Waited {WAIT_SECONDS}s for the workers")
            time.sleep(0.2)
        self.assertFalse(DBTaskResult.objects.failed().exists(), "a rendition task failed")

    def get(self, path: str) -> str:
        with urllib.request.urlopen(f"{self.live_server_url}{path}", timeout=60) as response:
            self.assertEqual(response.status, 200)
            return response.read().decode()

    def test_16_concurrent_first_views_and_2_workers_make_each_rendition_once(self):
        lead = self.package.lead_photo
        pages: list[str] = []
        lock = threading.Lock()

        def view():
            page = self.get(STORY.format(slug="live-story"))
            with lock:
                pages.append(page)

        readers = [threading.Thread(target=view) for _ in range(16)]
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join()
        self.assertEqual(len(pages), 16)
        self.assertTrue(all(f'src="{lead.file.url}"' in page for page in pages), "the original, scaled")
        self.assertEqual(made_files(lead), [], "no reader made a rendition")
        # Only the lead photo's tasks, as many as readers that could have raced past the waiting-task check, so
        # that both workers take one of them at the same time.
        DBTaskResult.objects.all().delete()
        for _ in range(16):
            make_renditions.enqueue(image_id=lead.pk)

        self.start_worker()
        self.start_worker()
        self.wait_for_tasks()

        lead.refresh_from_db()
        expected = sorted(
            renditions._file_name(lead, spec).rsplit("/", 1)[1] for spec in renditions.required_specs(lead)
        )
        self.assertEqual(made_files(lead), expected, "each rendition once, no second copy")
        made = DBTaskResult.objects.filter(args_kwargs__kwargs__image_id=lead.pk).successful()
        self.assertEqual(sum(result.return_value for result in made), len(expected), "made by one task")
        page = self.get(STORY.format(slug="live-story"))
        self.assertIn('<source type="image/avif"', page)
        self.assertNotIn(lead.file.url, page)
