"""Interface language: Bahasa Indonesia is the source text; English translations by lookup."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

LANGS = ("id", "en")
_FILE = Path(__file__).resolve().parent / "locale" / "en.json"


@lru_cache(maxsize=1)
def _english() -> dict[str, str]:
    data: dict[str, str] = json.loads(_FILE.read_text(encoding="utf-8"))
    return data


def translate(text: str, lang: str) -> str:
    """``text`` (Indonesian) in ``lang``; untranslated strings stay Indonesian."""
    if lang == "en":
        return _english().get(text, text)
    return text
