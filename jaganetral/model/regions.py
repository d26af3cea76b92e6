"""Kemendagri region codes (kabupaten/kota and provinsi) by name, from the shipped 2025 gazetteer."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parents[1] / "catalogue" / "gazetteer"


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # "16.73"
    name: str  # "Kota Lubuklinggau"
    kind: str  # kabupaten | kota
    province_code: str
    province: str


def _key(name: str) -> str:
    s = name.lower().strip()
    s = re.sub(r"^(kab\.?|kabupaten)\s+", "kabupaten ", s)
    s = re.sub(r"^(kota\s+adm(\.|inistrasi)?)\s+", "kota ", s)
    # spacing varies between sources ("Lubuk Linggau" / "Lubuklinggau"): compare without it
    return re.sub(r"[^a-z0-9]+", "", s)


@lru_cache(maxsize=1)
def regions() -> dict[str, Region]:
    """Every kabupaten/kota by code."""
    out: dict[str, Region] = {}
    with (GAZETTEER / "kabupaten_kota_2025.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out[r["kode"]] = Region(r["kode"], r["nama"], r["jenis"], r["kode_provinsi"], r["nama_provinsi"])
    return out


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Region]:
    return {_key(r.name): r for r in regions().values()}


def region_by_name(name: str | None) -> Region | None:
    """The kabupaten/kota named ``name`` ("Kota Lubuklinggau", "Kab. PALI" is not resolved here)."""
    if not name:
        return None
    return _by_name().get(_key(name))
