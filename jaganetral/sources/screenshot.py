"""Screenshots (PNG or JPEG) of posts, chats and profiles, read with OCR.

Reporters often send only a screenshot: the post may since have been deleted, and the image is all
the evidence there is. This source makes one ``post`` activity per image whose text is what the
Tesseract OCR engine reads in it (Indonesian and English models), so later stages can screen it like
any other text. It deliberately claims little:

* the platform is ``other`` unless the OCR text names one (``Facebook``, ``Instagram``, ``x.com``…);
* the author is unknown: a handle seen near the top (``@budi_s``) is only recorded as
  ``extra["actor_guess"]`` and the actor is an opaque per-image account, because OCR and cropping
  make a wrong attribution too easy;
* the time is the picture's EXIF ``DateTimeOriginal`` when present, else the file's modification
  time, and ``extra["time_source"]`` says which (a copied file's mtime is the copy's time).

OCR runs the ``tesseract`` command (Debian ``tesseract-ocr`` and ``tesseract-ocr-ind``) in a
subprocess; the runner is a constructor parameter so tests and other engines can replace it.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import AccountRef, Activity, Kind, Media, Platform
from jaganetral.model.clock import TimeOutOfRange, checked_time, find_datetime
from jaganetral.model.imageinfo import image_size
from jaganetral.model.limits import limits, size_text
from jaganetral.sources.base import JAKARTA, InputFile, ParseItem, Source

#: Reads the text in an image file. Raises :class:`InvalidInput` when it cannot.
OcrRunner = Callable[[Path], str]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
INSTALL_HINT = "tesseract not installed: apt-get install tesseract-ocr tesseract-ocr-ind"


def tesseract_ocr(path: Path, langs: str = "ind+eng", timeout: float = 120.0) -> str:
    """Run ``tesseract IMAGE stdout -l ind+eng`` and return the text it prints."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise InvalidInput(INSTALL_HINT, file=str(path))
    # Tesseract's OpenMP threads make small images slower, and the pipeline already runs files in
    # parallel; one thread per process is the documented recommendation.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.run(
            [exe, str(path), "stdout", "-l", langs],
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise InvalidInput(f"OCR took longer than {timeout:.0f} s", file=str(path)) from None
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace")
        if "Failed loading language" in err:
            raise InvalidInput(
                f"tesseract lacks a language model of '{langs}': apt-get install tesseract-ocr-ind",
                file=str(path),
            )
        last = next((ln for ln in reversed(err.splitlines()) if ln.strip()), "no message")
        raise InvalidInput(f"tesseract could not read the image: {last.strip()}", file=str(path))
    return proc.stdout.decode("utf-8", "replace")


# --- EXIF -----------------------------------------------------------------------------------------

_TAG_DATETIME = 0x0132
_TAG_EXIF_IFD = 0x8769
_TAG_ORIGINAL = 0x9003
_TAG_OFFSET_ORIGINAL = 0x9011


def _tiff_tags(tiff: bytes, offset: int, order: str) -> dict[int, bytes | int]:
    """Tags of one IFD: ASCII values as bytes, LONG/SHORT values as int; others skipped."""
    tags: dict[int, bytes | int] = {}
    (count,) = struct.unpack_from(order + "H", tiff, offset)
    for i in range(count):
        tag, typ, n, raw = struct.unpack_from(order + "HHI4s", tiff, offset + 2 + 12 * i)
        if typ == 2:  # ASCII: inline when it fits in 4 bytes, else at an offset
            if n <= 4:
                value = raw[:n]
            else:
                (at,) = struct.unpack(order + "I", raw)
                value = tiff[at : at + n]
                if len(value) < n:
                    raise ValueError("EXIF string runs past the end")
            tags[tag] = value.split(b"\0", 1)[0]
        elif typ == 4:
            tags[tag] = struct.unpack(order + "I", raw)[0]
        elif typ == 3:
            tags[tag] = struct.unpack(order + "H", raw[:2])[0]
    return tags


def exif_datetime(tiff: bytes, tz: ZoneInfo = JAKARTA) -> datetime | None:
    """``DateTimeOriginal`` (else ``DateTime``) of a TIFF-structured EXIF block, aware.

    EXIF times are the camera's local time; ``OffsetTimeOriginal`` gives the zone when present,
    otherwise ``tz`` is assumed. Returns None when there is no usable date; any malformed
    structure also gives None, since a broken EXIF block must not make the image unusable.
    """
    try:
        if tiff[:2] == b"II":
            order = "<"
        elif tiff[:2] == b"MM":
            order = ">"
        else:
            return None
        magic, ifd0 = struct.unpack_from(order + "HI", tiff, 2)
        if magic != 42:
            return None
        tags = _tiff_tags(tiff, ifd0, order)
        sub: dict[int, bytes | int] = {}
        exif_at = tags.get(_TAG_EXIF_IFD)
        if isinstance(exif_at, int):
            sub = _tiff_tags(tiff, exif_at, order)
        raw = sub.get(_TAG_ORIGINAL) or tags.get(_TAG_DATETIME)
        if not isinstance(raw, bytes):
            return None
        naive = datetime.strptime(raw.decode("ascii").strip(), "%Y:%m:%d %H:%M:%S")
        offset = sub.get(_TAG_OFFSET_ORIGINAL)
        if isinstance(offset, bytes) and re.fullmatch(rb"[+-]\d{2}:\d{2}", offset):
            sign = -1 if offset[:1] == b"-" else 1
            delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6]))
            return checked_time(naive.replace(tzinfo=timezone(sign * delta))).astimezone(tz)
        return checked_time(naive.replace(tzinfo=tz))
    except (struct.error, ValueError, UnicodeDecodeError, OverflowError):
        return None  # TimeOutOfRange too: a camera clock of year 0000 or 9999 is no date


# --- image size, from the header only ---------------------------------------------------------


def check_image(f: InputFile) -> None:
    """Refuse an image too large to decode safely (a "decompression bomb") before OCR sees it."""
    lim = limits()
    cap = lim.max_file_bytes("image")
    if f.size > cap:
        raise InvalidInput(f"image larger than {size_text(cap)} (limits.yaml: file_bytes.image)", file=f.name)
    size = image_size(f.head)
    if size is None and f.head.startswith(JPEG_MAGIC) and f.size > len(f.head):
        with f.path.open("rb") as fh:  # the frame header follows metadata blocks of up to 64 KiB each
            size = image_size(fh.read(min(f.size, 16 << 20)))
    if size is None:
        raise InvalidInput("not a readable PNG or JPEG image (no size in its header)", file=f.name)
    w, h = size
    if w == 0 or h == 0:
        raise InvalidInput(f"image of {w} × {h} pixels has nothing to read", file=f.name)
    if w * h > lim.image_pixels:
        raise InvalidInput(
            f"image of {w:,} × {h:,} pixels is more than {lim.image_pixels:,} (limits.yaml: image_pixels);"
            " it was not decoded",
            file=f.name,
        )


def find_exif(data: bytes) -> bytes | None:
    """The TIFF-structured EXIF block of a JPEG (APP1 ``Exif``) or PNG (``eXIf`` chunk)."""
    if data.startswith(JPEG_MAGIC):
        at = 2
        while at + 4 <= len(data) and data[at] == 0xFF:
            marker = data[at + 1]
            if marker in (0xD9, 0xDA):  # end of image / start of scan: no metadata after this
                return None
            (length,) = struct.unpack_from(">H", data, at + 2)
            seg = data[at + 4 : at + 2 + length]
            if marker == 0xE1 and seg.startswith(b"Exif\0\0"):
                return seg[6:]
            at += 2 + length
        return None
    if data.startswith(PNG_MAGIC):
        at = len(PNG_MAGIC)
        while at + 8 <= len(data):
            length, ctype = struct.unpack_from(">I4s", data, at)
            if ctype == b"eXIf":
                return data[at + 8 : at + 8 + length]
            if ctype == b"IEND":
                return None
            at += 12 + length
    return None


# --- reading the OCR text -------------------------------------------------------------------------

# Clues in what the screen shows; each hit counts one point for its platform.
_PLATFORM_CLUES: dict[Platform, re.Pattern[str]] = {
    Platform.FACEBOOK: re.compile(
        r"\bfacebook\b|\bfb\.(?:com|watch)\b|\bKomentari\b.*\bBagikan\b", re.I | re.S
    ),
    Platform.INSTAGRAM: re.compile(r"\binstagram\b|\binstagr\.am\b|\bDisukai oleh\b", re.I),
    Platform.X: re.compile(r"\bx\.com\b|\btwitter\b|\btweet\b|\bretweet|\bsiarkan ulang\b", re.I),
    Platform.WHATSAPP: re.compile(r"\bwhatsapp\b|\bwa\.me\b", re.I),
    Platform.TIKTOK: re.compile(r"\btik ?tok\b", re.I),
    Platform.YOUTUBE: re.compile(r"\byoutube\b|\byoutu\.be\b", re.I),
    Platform.TELEGRAM: re.compile(r"\btelegram\b|\bt\.me/", re.I),
}
_HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@])")
_TOP_LINES = 6


def guess_platform(text: str) -> Platform:
    """The platform the OCR text most points to; ``other`` when none or a tie."""
    scores = {p: len(rx.findall(text)) for p, rx in _PLATFORM_CLUES.items()}
    best = max(scores.values())
    winners = [p for p, s in scores.items() if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else Platform.OTHER


def guess_handle(text: str) -> str | None:
    """An ``@handle`` in the first lines of the text (where a post's author is shown), if any."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:_TOP_LINES]
    for ln in lines:
        if m := _HANDLE.search(ln):
            return "@" + m[1]
    return None


def _in_window(dt: datetime | None) -> datetime | None:
    try:
        return None if dt is None else checked_time(dt)
    except TimeOutOfRange:
        return None  # a date read off the picture that no post can have


def _slug(stem: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)[:80] or "image"


def _clean(text: str) -> str:
    # Tesseract ends pages with a form feed and pads with blank lines; keep single line breaks.
    lines = [ln.rstrip() for ln in text.replace("\f", "\n").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class Screenshot(Source):
    """A PNG or JPEG image, read with OCR into one ``post`` activity of unknown author."""

    name = "screenshot"
    priority = 20

    def __init__(self, ocr: OcrRunner | None = None, tz: ZoneInfo = JAKARTA) -> None:
        self.ocr: OcrRunner = ocr or tesseract_ocr
        self.tz = tz

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        return f.head.startswith((PNG_MAGIC, JPEG_MAGIC))

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        check_image(f)
        text = _clean(self.ocr(f.path))
        extra: dict[str, Any] = {}
        # Phone screenshots rarely carry EXIF, but photos of screens (and forwarded JPEGs) do.
        exif = find_exif(f.path.read_bytes())
        when = None if exif is None else exif_datetime(exif, self.tz)
        written = _in_window(find_datetime(text)) if when is None else None
        if when is not None:
            extra["time_source"] = "exif"
        elif written is not None:
            # A status or post shows its own date: better than the copy's file time.
            when = written
            extra["time_source"] = "ocr_text"
        else:
            when = datetime.fromtimestamp(f.path.stat().st_mtime, tz=self.tz)
            extra["time_source"] = "file_mtime"
        if (handle := guess_handle(text)) is not None:
            extra["actor_guess"] = handle
        if not text:
            extra["ocr_empty"] = True
        yield Activity(
            # The image's content and the name the analyst gave it: both findable.
            id=f"img-{f.sha256[:16]}-{_slug(f.path.stem)}",
            platform=guess_platform(text),
            kind=Kind.POST,
            created_at=when,
            actor=AccountRef(id=f"screenshot:{f.sha256[:12]}"),
            text=text,
            media=(Media(type="image", path=f.file_name, sha256=f.sha256, text=text or None),),
            source=f.ref("image"),
            extra=extra,
        )
