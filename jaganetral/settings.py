"""Settings from ``JAGANETRAL_*`` environment variables, read in one place and only when asked."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = "./jaganetral-data"


@dataclass(frozen=True, slots=True)
class Settings:
    """Where data lives. ``db_url`` ``None`` means the embedded SQLite under ``data_dir``."""

    data_dir: Path
    db_url: str | None


def load_settings(data_dir: str | Path | None = None, db_url: str | None = None) -> Settings:
    """Resolve settings: explicit arguments win over environment variables over defaults."""
    data = data_dir or os.environ.get("JAGANETRAL_DATA") or DEFAULT_DATA_DIR
    url = db_url or os.environ.get("JAGANETRAL_DB_URL") or None
    return Settings(data_dir=Path(data), db_url=url)
