"""Width × height of a PNG or JPEG from its header, and its real type: nothing decodes a pixel.

A PNG of 30,000 × 30,000 pixels can be a few kilobytes and take gigabytes once decoded. The size is in
the file's header — PNG's ``IHDR`` chunk, JPEG's start-of-frame segment — so screenshots to be read by
OCR (``sources.screenshot``) and uploads (``evidence.images``) are both refused from there.
"""

from __future__ import annotations

import struct

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
#: JPEG start-of-frame markers (every SOFn but DHT C4, JPG C8 and DAC CC)
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def image_type(data: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` by the file's own first bytes (never by its name or label)."""
    if data.startswith(PNG_MAGIC):
        return "image/png"
    if data.startswith(JPEG_MAGIC):
        return "image/jpeg"
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG or JPEG header, or None if the header cannot be read."""
    kind = image_type(data)
    if kind == "image/png":
        # signature, then the IHDR chunk first: length, b"IHDR", width, height (big-endian)
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        w, h = struct.unpack(">II", data[16:24])
        return int(w), int(h)
    if kind == "image/jpeg":
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i, n = 2, len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            return None  # not at a marker: the segment lengths do not add up
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a length
            i += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data before any frame header
            return None
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if length < 2:
            return None
        if marker in _SOF:
            if i + 9 > n:
                return None
            h, w = struct.unpack(">HH", data[i + 5 : i + 9])
            return int(w), int(h)
        i += 2 + length
    return None
