"""Test factories in one place: ``make_activity(**kw)``, ``input_file(...)``."""

from __future__ import annotations

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
