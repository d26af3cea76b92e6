"""Test factories in one place: ``make_activity(**kw)``, ``input_file(...)``, image headers."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jaganetral.errors import Rejection
from jaganetral.model.activity import AccountRef, Activity, Kind, Platform
from jaganetral.sources.base import InputFile, Source

JKT = ZoneInfo("Asia/Jakarta")
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def make_activity(**kw: Any) -> Activity:
    """An activity with sensible defaults; override any field by keyword."""
    base: dict[str, Any] = {
        "id": "a-1",
        "platform": Platform.FACEBOOK,
        "kind": Kind.POST,
        "created_at": datetime(2024, 10, 1, 9, 0, tzinfo=JKT),
        "actor": AccountRef(id="1", handle="budi.s", name="Budi Santoso"),
        "text": "",
    }
    base.update(kw)
    return Activity(**base)


def input_file(tmp_path: Path, name: str, content: bytes | str) -> InputFile:
    """Write ``content`` to ``tmp_path/name`` and open it as an :class:`InputFile`."""
    p = tmp_path / name
    p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return InputFile.open(p)


def parse_all(source: Source, f: InputFile) -> tuple[list[Activity], list[Rejection]]:
    """Run a source to the end; split activities from rejections."""
    acts: list[Activity] = []
    rej: list[Rejection] = []
    for item in source.parse(f):
        (rej if isinstance(item, Rejection) else acts).append(item)  # type: ignore[arg-type]
    return acts, rej


def by_id(acts: Iterable[Activity]) -> dict[str, Activity]:
    return {a.id: a for a in acts}


#: Fixture folders that are not activity inputs (reference data such as the ASN registry).
NON_ACTIVITY_FIXTURES = frozenset({"registry"})


def other_activity_fixtures(own: str) -> list[Path]:
    """Every activity-input fixture except those of the format folder ``own``."""
    return sorted(
        p
        for p in FIXTURES.rglob("*")
        if p.is_file() and p.relative_to(FIXTURES).parts[0] not in NON_ACTIVITY_FIXTURES | {own}
    )


def png_header(width: int, height: int, idat: bytes = b"") -> bytes:
    """A PNG header of any size (the pixel data is not needed to read the size)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def bomb_png() -> bytes:
    """A decompression bomb as it begins: the header of 30,000 × 30,000 RGB pixels (2.7 GB decoded)
    and its first 200 rows of zeros, compressed to a few kilobytes."""
    raw = zlib.compressobj(9)
    row = b"\x00" * (1 + 3 * 30_000)
    data = b"".join(raw.compress(row) for _ in range(200)) + raw.flush()
    return png_header(30_000, 30_000, data)
