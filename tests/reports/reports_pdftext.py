"""Just enough PDF reading for the report tests: the text shown by ReportLab's page streams.

No PDF library is installed, and none is needed for what ReportLab writes: page streams are
ASCII85 + Flate encoded and show text with ``(…) Tj`` in Windows-1252 (built-in fonts).
"""

from __future__ import annotations

import base64
import re
import zlib

_STREAM = re.compile(rb"<<(?P<dict>(?:(?!>>\s*stream).)*?)>>\s*stream\r?\n(?P<data>.*?)\r?\n?endstream", re.S)
_SHOW = re.compile(rb"\((?P<s>(?:\\.|[^\\)])*)\)\s*Tj", re.S)
_ESC = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _decode_stream(head: bytes, data: bytes) -> bytes:
    if b"/ASCII85Decode" in head:
        data = base64.a85decode(data.strip().removesuffix(b"~>"), adobe=False)
    if b"/FlateDecode" in head:
        data = zlib.decompress(data)
    return data


def _unescape(s: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i : i + 1]
        if c != b"\\":
            out += c
            i += 1
            continue
        nxt = s[i + 1 : i + 2]
        if nxt in _ESC:
            out += _ESC[nxt]
            i += 2
        elif nxt.isdigit():
            m = re.match(rb"[0-7]{1,3}", s[i + 1 : i + 4])
            assert m
            out.append(int(m.group(), 8))
            i += 1 + len(m.group())
        else:
            out += nxt
            i += 2
    return bytes(out)


def page_streams(pdf: bytes) -> list[bytes]:
    """Decoded content of every stream in the file (pages, fonts, info)."""
    return [_decode_stream(m.group("dict"), m.group("data")) for m in _STREAM.finditer(pdf)]


def pdf_text(pdf: bytes) -> str:
    """Every string the pages show, one per line, in the order drawn."""
    parts: list[str] = []
    for stream in page_streams(pdf):
        # ReportLab writes the bullet as 0x7F, which WinAnsiEncoding also maps to the bullet glyph
        parts += [
            _unescape(m.group("s")).decode("cp1252").replace("\x7f", "\u2022") for m in _SHOW.finditer(stream)
        ]
    return "\n".join(parts)


def flat(pdf: bytes) -> str:
    """The shown text with all whitespace (line breaks included) collapsed to single spaces.

    The documents embed a TrueType subset, whose text only a real PDF reader maps back to Unicode:
    Poppler's ``pdftotext`` (``poppler-utils``, installed by scripts/system-deps.sh)."""
    import shutil
    import subprocess

    exe = shutil.which("pdftotext")
    assert exe, "pdftotext not found: apt-get install poppler-utils (scripts/system-deps.sh)"
    out = subprocess.run([exe, "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))
