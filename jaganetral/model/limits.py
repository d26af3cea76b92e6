"""Limits on what jaganetral reads, as data (``catalogue/limits.yaml``, or ``$JAGANETRAL_LIMITS``).

Every parser asks here before it trusts a size: a file too large for its kind, a line too long, a
JSON document nested too deep, an integer of thousands of digits, an image of more pixels than any
screenshot, a YAML file whose aliases expand without bound, a timestamp outside the years any
election data can carry. What is over a limit is refused with a message that names the limit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

CATALOGUE = Path(__file__).resolve().parent.parent / "catalogue"


@dataclass(frozen=True, slots=True)
class Limits:
    json_depth: int
    integer_digits: int
    line_bytes: int
    field_bytes: int
    folder_files: int
    folder_depth: int
    file_bytes: dict[str, int]
    image_pixels: int
    yaml_aliases: int
    yaml_nodes: int
    earliest: datetime
    latest: datetime

    def max_file_bytes(self, kind: str) -> int:
        return self.file_bytes.get(kind, self.file_bytes["json_document"])


def _day(v: Any) -> datetime:
    d = v if isinstance(v, date) else date.fromisoformat(str(v))
    return datetime.combine(d, time(0), tzinfo=UTC)


def _load(path: Path, base: dict[str, Any] | None = None) -> dict[str, Any]:
    # The safe loader is enough here: this file is the project's own (or the operator's).
    with path.open(encoding="utf-8") as fh:
        doc = yaml.safe_load(fh) or {}
    if not isinstance(doc, dict):
        raise ValueError(f"{path}: expected a mapping of limits")
    out = dict(base or {})
    for k, v in doc.items():
        if k == "file_bytes" and isinstance(v, dict):
            out["file_bytes"] = {**out.get("file_bytes", {}), **v}
        else:
            out[k] = v
    return out


@lru_cache(maxsize=1)
def limits() -> Limits:
    """The limits in force (the catalogue's, overridden by ``$JAGANETRAL_LIMITS`` if set)."""
    raw = _load(CATALOGUE / "limits.yaml")
    override = os.environ.get("JAGANETRAL_LIMITS")
    if override:
        raw = _load(Path(override), raw)
    lo, hi = raw["time_window"]
    return Limits(
        json_depth=int(raw["json_depth"]),
        integer_digits=int(raw["integer_digits"]),
        line_bytes=int(raw["line_bytes"]),
        field_bytes=int(raw["field_bytes"]),
        folder_files=int(raw["folder_files"]),
        folder_depth=int(raw["folder_depth"]),
        file_bytes={str(k): int(v) for k, v in raw["file_bytes"].items()},
        image_pixels=int(raw["image_pixels"]),
        yaml_aliases=int(raw["yaml_aliases"]),
        yaml_nodes=int(raw["yaml_nodes"]),
        earliest=_day(lo),
        latest=_day(hi),
    )


def size_text(n: int) -> str:
    """``1073741824`` → ``1 GiB`` (for messages)."""
    for unit, size in (("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            v = n / size
            return f"{v:.0f} {unit}" if v == int(v) else f"{v:.1f} {unit}"
    return f"{n} bytes"
