"""Time and peak memory of making renditions, per kind of photo the library accepts (and the largest it accepts).

For each file: a media-library image is made from it in a throwaway SQLite database and media folder, then
every rendition a story page and a partner ask for is made from scratch (the responsive ``<picture>`` of the
lead photo: 4 widths x AVIF, WebP and JPEG; the social card; the partner set), one decode of the source per
call. Each file is rendered in a fresh process, which prints the seconds of each call and the peak resident
memory before and at the peak. Usage: ``python bench/renditions.py``.
"""

from __future__ import annotations

import io
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus() -> dict[str, tuple[str, bytes]]:
    from PIL import Image

    def save(picture, fmt, **options) -> bytes:
        buffer = io.BytesIO()
        picture.save(buffer, fmt, **options)
        return buffer.getvalue()

    # 24 MP with detail and smooth areas, like a camera's photo (pure noise would be a worst case for encoders).
    detail = Image.effect_mandelbrot((6000, 4000), (-2.2, -1.2, 1.0, 1.2), 100)
    grain = Image.effect_noise((6000, 4000), 12)
    noise = Image.merge("RGB", (detail, Image.linear_gradient("L").resize((6000, 4000)), grain))
    frames = []
    for index in range(120):
        frame = Image.new("P", (1600, 1200), 0)
        frame.paste(1 + index, (index * 10, 0, index * 10 + 400, 600))
        frames.append(frame)
    exif = Image.Exif()
    exif[0x0112] = 6
    return {
        "JPEG 24 MP": ("camera.jpg", save(noise, "JPEG", quality=90)),
        "JPEG 24 MP, EXIF-rotated": ("rotated.jpg", save(noise, "JPEG", quality=90, exif=exif)),
        "PNG 40 MP (the pixel limit)": ("limit.png", save(Image.new("RGB", (8000, 5000), "#2a6f97"), "PNG")),
        "GIF 1600x1200, 120 frames": ("many.gif", save(frames[0], "GIF", save_all=True, append_images=frames[1:])),
        "CMYK JPEG 12 MP": ("cmyk.jpg", save(noise.resize((4000, 3000)).convert("CMYK"), "JPEG")),
        "16-bit PNG 12 MP": ("deep.png", save(Image.new("I;16", (4000, 3000), 30000), "PNG")),
        "TIFF 12 MP": ("scan.tif", save(noise.resize((4000, 3000)), "TIFF")),
        "WebP 12 MP": ("photo.webp", save(noise.resize((4000, 3000)), "WEBP")),
    }


def peak_resident_mb() -> float:
    """This process's resident high-water mark (VmHWM: unlike ru_maxrss, not inherited from the parent)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(path: str) -> None:
    """In a fresh process: make every rendition of one file, print seconds and the peak resident size it added."""
    os.environ.update(DJANGO_SETTINGS_MODULE="newsroom.settings", DEBUG="1", MEDIA_ROOT=str(Path(path).parent))
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(path).parent}/bench.sqlite3"
    import django

    django.setup()
    from django.core.files.base import ContentFile
    from filer.models import Image as FilerImage

    from relations_plugin import renditions

    data = Path(path).read_bytes()
    image = FilerImage.objects.create(original_filename=Path(path).name, file=ContentFile(data, name=Path(path).name))
    del data
    before = peak_resident_mb()
    timings = []
    for make in (
        lambda: renditions.picture(image, ratio="16:9"),  # 4 widths x AVIF, WebP, JPEG
        lambda: renditions.social_image(image),
        lambda: renditions.image_renditions(image),  # thumbnail, medium, large
    ):
        started = time.perf_counter()
        made = make()
        timings.append(time.perf_counter() - started)
        assert made, "no rendition"
    print(f"{timings[0]:8.2f} {timings[1]:8.2f} {timings[2]:8.2f} {before:8.0f} {peak_resident_mb():8.0f}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        run_one(sys.argv[2])
        return
    import subprocess

    folder = Path(tempfile.mkdtemp(prefix="renditions-bench-"))
    os.environ.update(DJANGO_SETTINGS_MODULE="newsroom.settings", DEBUG="1")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, check=True, env=os.environ)
    print("seconds to make, from scratch: the story page's <picture> (12 renditions), the social card (1), the")
    print("partner set (3); the process's resident memory (MB) before them and at its peak")
    print(f"{'photo':30} {'picture':>8} {'social':>8} {'partner':>8} {'before':>8} {'peak':>8}")
    for label, (name, data) in corpus().items():
        path = folder / name
        path.write_bytes(data)
        result = subprocess.run(
            [sys.executable, __file__, "--one", str(path)], capture_output=True, text=True, env=os.environ
        )
        print(f"{label:30} {result.stdout.strip() or result.stderr.strip()[-200:]}")


if __name__ == "__main__":
    main()
