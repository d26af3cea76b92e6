"""Uploaded images checked before anything decodes them: real type, and width × height from the header.

A PNG of 30,000 × 30,000 pixels can be a few kilobytes and take gigabytes once decoded (by OCR on
the server, or by the browser of whoever opens the evidence viewer). The size is in the file's
header — PNG's ``IHDR`` chunk, JPEG's start-of-frame segment — so it is read from there and the
upload refused before any decoder sees it. Nothing here decodes pixels.
"""

from __future__ import annotations

from jaganetral.errors import InvalidInput
from jaganetral.model.imageinfo import image_size, image_type
from jaganetral.model.limits import limits


def check_image(name: str, data: bytes, *, field: str, max_pixels: int | None = None) -> str:
    """The image's media type, or a refusal naming the file: not PNG/JPEG, unreadable, too many pixels."""
    max_pixels = limits().image_pixels if max_pixels is None else max_pixels
    kind = image_type(data)
    if kind is None:
        raise InvalidInput(f"{name}: hanya gambar PNG atau JPEG", field=field)
    size = image_size(data)
    if size is None or 0 in size:
        raise InvalidInput(f"{name}: ukuran gambar tidak terbaca (berkas rusak?)", field=field)
    w, h = size
    if w * h > max_pixels:
        dims = f"{w:,} × {h:,}".replace(",", ".")
        limit = max_pixels // 1_000_000
        raise InvalidInput(f"{name}: gambar {dims} piksel melebihi batas {limit} juta piksel", field=field)
    return kind


__all__ = ["check_image", "image_size", "image_type"]
