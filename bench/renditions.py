"""Time and peak memory of making renditions, per kind of photo the library accepts (and the largest it accepts).

For each file: a media-library image is made from it in a throwaway SQLite database and media folder, then the
task runner's work is done from scratch: every rendition of ``renditions.required_specs`` (the partner set, the
social card, and each page picture: lead, gallery, teaser and portrait in AVIF, WebP and JPEG) from one decode of
the source. Each file is rendered in a fresh process, which prints the seconds of the decode, of the slowest
rendition (resize and encode), of the two together (the most one rendition would cost alone) and of all of them,
and the peak resident memory before and at the peak. Wall-clock times depend on what else the machine runs (the
load average is printed first); the process's CPU seconds are printed beside them. Usage:
``python bench/renditions.py``.
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
        "JPEG 40 MP (the JPEG limit)": ("limit.jpg", save(noise.resize((8000, 5000)), "JPEG", quality=90)),
        "PNG 24 MP (the PNG limit)": ("limit.png", save(Image.new("RGB", (6000, 4000), "#2a6f97"), "PNG")),
        "PNG 24 MP, detailed": ("detail.png", save(noise, "PNG")),
        "GIF 1600x1200, 120 frames": ("many.gif", save(frames[0], "GIF", save_all=True, append_images=frames[1:])),
        "CMYK JPEG 12 MP": ("cmyk.jpg", save(noise.resize((4000, 3000)).convert("CMYK"), "JPEG")),
        "16-bit PNG 12 MP (its limit)": ("deep.png", save(Image.new("I;16", (4000, 3000), 30000), "PNG")),
        "TIFF 12 MP": ("scan.tif", save(noise.resize((4000, 3000)), "TIFF")),
        "WebP 12 MP (the WebP limit)": ("photo.webp", save(noise.resize((4000, 3000)), "WEBP")),
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
    decodes: list[tuple[float, float]] = []
    steps: list[tuple[float, float]] = []

    def clocks() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def timed(function, into):
        def run(*args, **kwargs):
            wall, cpu = clocks()
            try:
                return function(*args, **kwargs)
            finally:
                now_wall, now_cpu = clocks()
                into.append((now_wall - wall, now_cpu - cpu))

        return run

    decode, resize, encode = renditions._decode, renditions.Image.Image.resize, renditions._encode
    renditions._decode = timed(decode, decodes)
    renditions.Image.Image.resize = timed(resize, steps)  # the resize of each rendition ...
    renditions._encode = timed(encode, steps)  # ... and its encode
    wall, cpu = clocks()
    made = renditions.ensure_made(image)
    end_wall, end_cpu = clocks()
    assert made, "no rendition"
    # Each rendition's resize and encode were timed one after the other: pair them.
    pairs = [(a[0] + b[0], a[1] + b[1]) for a, b in zip(steps[::2], steps[1::2], strict=True)]
    slowest = max(pairs)
    alone = (decodes[0][0] + slowest[0], decodes[0][1] + slowest[1])
    columns = [decodes[0][0], slowest[0], alone[0], alone[1], end_wall - wall, end_cpu - cpu]
    print(f"{made:6d} " + " ".join(f"{value:8.2f}" for value in columns) + f" {before:8.0f} {peak_resident_mb():8.0f}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        run_one(sys.argv[2])
        return
    import subprocess

    folder = Path(tempfile.mkdtemp(prefix="renditions-bench-"))
    os.environ.update(DJANGO_SETTINGS_MODULE="newsroom.settings", DEBUG="1")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, check=True, env=os.environ)
    print("every rendition an image needs, made from scratch from one decode: how many, seconds of the decode, of")
    print("the slowest rendition (resize and encode), of both (one rendition alone, at most; then in CPU seconds of")
    print("the process, which other work on the machine does not inflate), and of all; the process's resident")
    print(f"memory (MB) before them and at its peak. Load average at the start: {os.getloadavg()[0]:.1f}")
    header = ("made", "decode", "slowest", "alone", "cpu", "all", "cpu", "before", "peak")
    print(f"{'photo':30} {header[0]:>6} " + " ".join(f"{column:>8}" for column in header[1:]))
    for label, (name, data) in corpus().items():
        path = folder / name
        path.write_bytes(data)
        result = subprocess.run(
            [sys.executable, __file__, "--one", str(path)], capture_output=True, text=True, env=os.environ
        )
        print(f"{label:30} {result.stdout.strip() or result.stderr.strip()[-200:]}")


if __name__ == "__main__":
    main()
