"""Screenshots: sniffing, OCR through an injected runner, EXIF times, platform and handle guesses.

The OCR runner is injected everywhere except in the one ``ocr``-marked test, which runs the real
``tesseract`` on an image it renders itself and skips (saying why) when the engine is missing.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from factories import JKT, input_file, parse_all

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import Activity, Kind, Platform
from jaganetral.sources import screenshot
from jaganetral.sources.base import InputFile
from jaganetral.sources.registry import detect
from jaganetral.sources.screenshot import (
    Screenshot,
    exif_datetime,
    find_exif,
    guess_handle,
    guess_platform,
    tesseract_ocr,
)
from jaganetral.sources.whatsapp import WhatsAppChat

FB_TEXT = """\u00a0
Fulan bin Contoh
@budi_santoso · 8 Sep
Linggau Maju Bersama! Pilih nomor 1

Suka    Komentari    Bagikan
facebook.com
"""


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(extra_chunks: bytes = b"") -> bytes:
    """A valid 1×1 white PNG, optionally with more chunks (such as ``eXIf``) after IHDR."""
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        screenshot.PNG_MAGIC
        + _chunk(b"IHDR", ihdr)
        + extra_chunks
        + _chunk(b"IDAT", zlib.compress(b"\x00\xff"))
        + _chunk(b"IEND", b"")
    )


def tiff_exif(
    original: str | None,
    offset: str | None = None,
    *,
    big_endian: bool = False,
    datetime_tag: str | None = None,
) -> bytes:
    """A TIFF-structured EXIF block: IFD0 (DateTime, Exif pointer) → Exif IFD (Original, Offset)."""
    o = ">" if big_endian else "<"
    strings: list[tuple[int, bytes]] = []
    ifd0 = [(0x8769, 4, 1, 0)]  # Exif IFD pointer, patched below
    if datetime_tag is not None:
        strings.append((0x0132, datetime_tag.encode() + b"\0"))
    exif: list[tuple[int, bytes]] = []
    if original is not None:
        exif.append((0x9003, original.encode() + b"\0"))
    if offset is not None:
        exif.append((0x9011, offset.encode() + b"\0"))
    ifd0_at = 8
    ifd0_len = 2 + 12 * (len(ifd0) + len(strings)) + 4
    exif_at = ifd0_at + ifd0_len
    exif_len = 2 + 12 * len(exif) + 4
    data_at = exif_at + exif_len
    blob = b""
    entries0 = b""
    for tag, value in strings:
        entries0 += struct.pack(o + "HHII", tag, 2, len(value), data_at + len(blob))
        blob += value
    entries0 += struct.pack(o + "HHII", 0x8769, 4, 1, exif_at)
    entries_exif = b""
    for tag, value in exif:
        entries_exif += struct.pack(o + "HHII", tag, 2, len(value), data_at + len(blob))
        blob += value
    head = (b"MM" if big_endian else b"II") + struct.pack(o + "HI", 42, ifd0_at)
    return (
        head
        + struct.pack(o + "H", len(ifd0) + len(strings))
        + entries0
        + b"\0\0\0\0"
        + struct.pack(o + "H", len(exif))
        + entries_exif
        + b"\0\0\0\0"
        + blob
    )


def jpeg(tiff: bytes | None) -> bytes:
    """JPEG markers only (SOI, APP1 Exif, SOF0 of 640 × 480, EOI): enough for sniffing, the size
    check and EXIF; OCR is faked."""
    out = b"\xff\xd8"
    out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    if tiff is not None:
        body = b"Exif\0\0" + tiff
        out += b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
    out += b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 480, 640, 1) + b"\x01\x11\x00"
    return out + b"\xff\xd9"


def fake_ocr(text: str) -> screenshot.OcrRunner:
    def run(path: Path) -> str:
        assert path.exists()
        return text

    return run


def shot(
    tmp_path: Path, content: bytes, text: str = FB_TEXT, name: str = "bukti.png", mtime: float | None = None
) -> tuple[InputFile, Activity]:
    p = tmp_path / name
    p.write_bytes(content)
    if mtime is not None:
        os.utime(p, (mtime, mtime))
    f = InputFile.open(p)
    acts, rej = parse_all(Screenshot(ocr=fake_ocr(text)), f)
    assert rej == [] and len(acts) == 1
    return f, acts[0]


def test_png_screenshot_becomes_one_modest_post(tmp_path: Path) -> None:
    mtime = datetime(2024, 9, 8, 10, 15, tzinfo=JKT).timestamp()
    f, a = shot(tmp_path, png(), mtime=mtime)
    assert detect(f) is Screenshot
    assert a.kind is Kind.POST and a.platform is Platform.FACEBOOK
    # By content and by the name the analyst gave the file: both findable.
    assert a.id == f"img-{f.sha256[:16]}-{f.path.stem}"
    assert a.actor.id == f"screenshot:{f.sha256[:12]}" and a.actor.name is None
    assert a.actor.handle is None and a.extra["actor_guess"] == "@budi_santoso"
    assert a.text.startswith("Fulan bin Contoh\n@budi_santoso") and a.text.endswith("facebook.com")
    (m,) = a.media
    assert (m.type, m.path, m.sha256, m.text) == ("image", "bukti.png", f.sha256, a.text)
    assert a.created_at == datetime(2024, 9, 8, 10, 15, tzinfo=JKT)
    assert a.created_at.tzinfo is not None and a.extra["time_source"] == "file_mtime"
    assert a.source is not None and a.source.file_sha256 == f.sha256


def test_jpeg_exif_date_time_original_is_used(tmp_path: Path) -> None:
    f, a = shot(tmp_path, jpeg(tiff_exif("2024:08:28 09:15:22")), name="a.jpg")
    assert detect(f) is Screenshot
    assert a.created_at == datetime(2024, 8, 28, 9, 15, 22, tzinfo=JKT)
    assert a.extra["time_source"] == "exif"


def test_exif_offset_and_byte_order(tmp_path: Path) -> None:
    # Taken in WITA (UTC+8): the same instant is one hour earlier in Jakarta.
    _, a = shot(tmp_path, jpeg(tiff_exif("2024:08:28 09:15:22", "+08:00", big_endian=True)), name="b.jpg")
    assert a.created_at == datetime(2024, 8, 28, 1, 15, 22, tzinfo=UTC)


def test_png_exif_chunk_and_ifd0_datetime_fallback(tmp_path: Path) -> None:
    block = tiff_exif(None, datetime_tag="2024:09:08 19:05:00")
    _, a = shot(tmp_path, png(_chunk(b"eXIf", block)))
    assert a.created_at == datetime(2024, 9, 8, 19, 5, tzinfo=JKT)


@pytest.mark.parametrize(
    "tiff",
    [
        b"",
        b"II*\0\xff\xff\xff\xff",
        b"XX*\0\0\0\0\0",
        tiff_exif("not a date"),
        tiff_exif("2024:02:31 10:00:00"),
    ],
)
def test_broken_exif_falls_back_to_mtime(tmp_path: Path, tiff: bytes) -> None:
    assert exif_datetime(tiff) is None
    _, a = shot(tmp_path, jpeg(tiff), name="c.jpg")
    assert a.extra["time_source"] == "file_mtime"


def test_find_exif_stops_at_image_data() -> None:
    assert find_exif(jpeg(None)) is None
    assert find_exif(png()) is None
    assert find_exif(b"GIF89a") is None


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("Lihat postingan ini di Instagram\nDisukai oleh budi dan lainnya", Platform.INSTAGRAM),
        ("https://x.com/fulan/status/1\nRetweet", Platform.X),
        ("Chat WhatsApp\n+62 812-7300-1122", Platform.WHATSAPP),
        ("youtu.be/abc", Platform.YOUTUBE),
        ("Suka   Komentari   Bagikan", Platform.FACEBOOK),
        ("Undangan rapat relawan di posko", Platform.OTHER),
        ("Bagikan ke WhatsApp atau Telegram", Platform.OTHER),  # a tie says nothing
    ],
)
def test_guess_platform(text: str, platform: Platform) -> None:
    assert guess_platform(text) is platform


def test_guess_handle_only_near_the_top() -> None:
    assert guess_handle("Fulan\n@fulan.official\nisi") == "@fulan.official"
    assert guess_handle("surel: budi@example.com\nisi") is None
    body = "\n".join(["baris"] * 10 + ["@jauh_di_bawah"])
    assert guess_handle(body) is None


def test_empty_ocr_still_keeps_the_image(tmp_path: Path) -> None:
    _, a = shot(tmp_path, png(), text="\f\n")
    assert a.text == "" and a.extra["ocr_empty"] is True and a.platform is Platform.OTHER
    assert a.media[0].text is None


def test_missing_tesseract_is_reported_with_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    f = input_file(tmp_path, "a.png", png())
    with pytest.raises(InvalidInput, match="apt-get install tesseract-ocr tesseract-ocr-ind"):
        parse_all(Screenshot(), f)


def test_ocr_failure_is_fatal_for_the_file(tmp_path: Path) -> None:
    def broken(path: Path) -> str:
        raise InvalidInput("tesseract could not read the image: bad", file=str(path))

    with pytest.raises(InvalidInput, match="could not read"):
        parse_all(Screenshot(ocr=broken), input_file(tmp_path, "a.png", png()))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.gif", b"GIF89a\x01\x00\x01\x00"),
        ("chat.txt", b"28/08/24 09.15 - Budi: halo\n"),
        ("a.png.txt", b"\x89PNG is what this note is about\n"),
    ],
)
def test_sniff_needs_the_magic_bytes(tmp_path: Path, name: str, content: bytes) -> None:
    assert not Screenshot.sniff(input_file(tmp_path, name, content))


def test_image_is_not_claimed_by_text_sources(tmp_path: Path) -> None:
    f = input_file(tmp_path, "a.png", png())
    assert not WhatsAppChat.sniff(f)


# --- the real engine ----------------------------------------------------------------------------

OCR_LINES = ["Facebook", "tolong rekan2 wartawan liput kegiatan", "pak Wabup ambil formulir"]


def _render_image(tmp_path: Path) -> Path | None:
    """An image of OCR_LINES: PNG through Pillow when installed, else TIFF through text2image.

    text2image ships in Debian's tesseract-ocr package itself, so wherever the engine is
    installed an image can be rendered without adding a Python dependency.
    """
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if importlib.util.find_spec("PIL") is not None and font.exists():
        from PIL import Image, ImageDraw, ImageFont  # type: ignore[import-not-found, unused-ignore]

        img = Image.new("L", (1400, 60 + 70 * len(OCR_LINES)), 255)
        draw = ImageDraw.Draw(img)
        face = ImageFont.truetype(str(font), 40)
        for i, line in enumerate(OCR_LINES):
            draw.text((30, 30 + 70 * i), line, fill=0, font=face)
        out = tmp_path / "tangkapan.png"
        img.save(out)
        return out
    t2i = shutil.which("text2image")
    if t2i is None or not font.exists():
        return None
    (tmp_path / "in.txt").write_text("\n".join(OCR_LINES) + "\n", encoding="utf-8")
    proc = subprocess.run(
        [
            t2i,
            "--text",
            str(tmp_path / "in.txt"),
            "--outputbase",
            str(tmp_path / "tangkapan"),
            "--font",
            "DejaVu Sans",
            "--fonts_dir",
            str(font.parent),
            "--ptsize",
            "14",
            "--xsize",
            "2400",
            "--ysize",
            "800",
        ],
        capture_output=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    out = tmp_path / "tangkapan.tif"
    return out if proc.returncode == 0 and out.exists() else None


@pytest.mark.ocr
def test_real_tesseract_reads_indonesian_text(tmp_path: Path) -> None:
    exe = shutil.which("tesseract")
    if exe is None:
        pytest.skip("tesseract not installed: apt-get install tesseract-ocr tesseract-ocr-ind")
    langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, check=False)
    if "ind" not in langs.stdout.split():
        pytest.skip("tesseract has no Indonesian model: apt-get install tesseract-ocr-ind")
    image = _render_image(tmp_path)
    if image is None:
        pytest.skip("cannot render a test image: neither Pillow nor text2image with DejaVu fonts")
    assert tesseract_ocr(image).strip()
    # Parse directly: a text2image TIFF is not a format the source sniffs, but OCR is the same.
    (a,), rej = parse_all(Screenshot(), InputFile.open(image))
    assert rej == []
    words = a.text.lower()
    assert "wartawan" in words and "formulir" in words and "wabup" in words
    assert a.platform is Platform.FACEBOOK
    assert a.media[0].text == a.text
