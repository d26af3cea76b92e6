"""Kemendagri region codes (kabupaten/kota and provinsi) by name, from the shipped 2025 gazetteer."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parents[1] / "catalogue" / "gazetteer"
#: Everyday Indonesian words (see catalogue/lexicons/ATTRIBUTION.md): no contraction of a place's name.
COMMON_WORDS = Path(__file__).resolve().parents[1] / "catalogue" / "lexicons" / "common-words-id.txt"


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


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Province code by folded name ("sulawesiselatan" → "73")."""
    out: dict[str, str] = {}
    with (GAZETTEER / "provinsi_2025.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out[re.sub(r"[^a-z0-9]+", "", r["nama"].lower())] = r["kode"]
    return out


@lru_cache(maxsize=1)
def _province_names() -> dict[str, str]:
    with (GAZETTEER / "provinsi_2025.csv").open(encoding="utf-8", newline="") as fh:
        return {r["kode"]: r["nama"] for r in csv.DictReader(fh)}


def province_name(code: str) -> str:
    """The province's name as Kemendagri writes it ("81" → "Maluku"), or the code if unknown."""
    return _province_names().get(code, code)


_PROVINCE_ALIASES = {
    "sulsel": "73",
    "sulut": "71",
    "sulteng": "72",
    "sultra": "74",
    "sulbar": "76",
    "sumsel": "16",
    "sumut": "12",
    "sumbar": "13",
    "jateng": "33",
    "jatim": "35",
    "jabar": "32",
    "kalsel": "63",
    "kaltim": "64",
    "kalbar": "61",
    "kalteng": "62",
    "kaltara": "65",
    "ntt": "53",
    "ntb": "52",
    "diy": "34",
    "dki": "31",
    "jakarta": "31",
    "kepri": "21",
    "babel": "19",
    "malut": "82",
}


@lru_cache(maxsize=4096)
def place_codes(name: str | None) -> tuple[str | None, str | None]:
    """(province code, kabupaten/kota code) a place name points at, as far as it can be told.

    "Kota Makassar" → ("73", "73.71"); "Provinsi Sulawesi Selatan" → ("73", None); "Dapil Sulawesi
    Selatan I" → ("73", None); "Indonesia" or an unknown name → (None, None).
    """
    if not name:
        return None, None
    kab = region_by_name(name)
    if kab is not None:
        return kab.province_code, kab.code
    folded = re.sub(r"[^a-z0-9]+", "", name.lower())
    folded = re.sub(r"^(provinsi|prov|dapil|daerahpemilihan)", "", folded)
    for pname, code in sorted(_provinces().items(), key=lambda kv: -len(kv[0])):
        if pname and pname in folded:
            return code, None
    for alias, code in _PROVINCE_ALIASES.items():
        if folded.startswith(alias):
            return code, None
    # "Dapil Banyumas 2", "Dapil Sulsel 1 (Kota Makassar)": a kabupaten/kota named inside.
    for r in regions().values():
        short = re.sub(r"^(kabupaten|kota)", "", _key(r.name))
        if len(short) >= 4 and short in folded:
            return r.province_code, r.code
    return None, None


@dataclass(frozen=True, slots=True)
class Place:
    """A kabupaten/kota or kecamatan a text names."""

    name: str
    kind: str  # kabupaten | kota | kecamatan
    code: str
    province_code: str


@lru_cache(maxsize=1)
def _place_index() -> dict[str, list[Place]]:
    """Folded short names ("rappocini", "makassar") → the places that carry them."""
    idx: dict[str, list[Place]] = {}
    for r in regions().values():
        short = re.sub(r"^(kabupaten|kota)\s+", "", r.name.lower())
        idx.setdefault(_fold(short), []).append(Place(r.name, r.kind, r.code, r.province_code))
    with (GAZETTEER / "kecamatan_2025.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            idx.setdefault(_fold(row["nama"]), []).append(
                Place(row["nama"], "kecamatan", row["kode"], row["kode_provinsi"])
            )
    return idx


@lru_cache(maxsize=1)
def region_initials() -> dict[str, Place]:
    """Short forms people write for a kabupaten/kota, when only one place has them: the initials of
    a name of three words or more ("TTS" for Timor Tengah Selatan, "OKU", "HSU", "PPU"), and the
    syllables of a two-word name run together ("Flotim" for Flores Timur, "Halut", "Tapsel", "Kukar")
    — two to four letters of each word, five letters at least, never a place's own name or an
    everyday word ("tanda" is no Tanah Datar)."""
    seen: dict[str, list[Place]] = {}
    everyday = frozenset(COMMON_WORDS.read_text(encoding="utf-8").split())
    own = {
        _fold(re.sub(r"^(kabupaten|kota)\s+(administrasi\s+)?", "", r.name.lower()))
        for r in regions().values()
    }
    for r in regions().values():
        words = re.sub(r"^(kabupaten|kota)\s+(administrasi\s+)?", "", r.name.lower()).split()
        place = Place(r.name, r.kind, r.code, r.province_code)
        if len(words) >= 3:
            key = "".join(w[0] for w in words if w[0].isalpha())
            seen.setdefault(key, []).append(place)
        elif len(words) == 2 and all(w.isalpha() for w in words):
            a, b = words
            keys = {a[:i] + b[:j] for i in range(2, min(len(a), 4) + 1) for j in range(2, min(len(b), 4) + 1)}
            for key in keys:
                if len(key) >= _MIN_CONTRACTION and key not in own and key not in everyday:
                    seen.setdefault(key, []).append(place)
    return {k: v[0] for k, v in seen.items() if len({p.code for p in v}) == 1}


#: A contraction shorter than this ("Bati", "Tasa") could be anything.
_MIN_CONTRACTION = 5


def provinces_in(text: str) -> list[str]:
    """Codes of the provinces a short text (a group name) names word for word ("DKP Maluku",
    "Bina Marga Kalbar"), by full name or common short form."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    names = {**_provinces(), **_PROVINCE_ALIASES}
    out: list[str] = []
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            code = names.get(_fold("".join(words[i : i + n])))
            if code is not None:
                out.append(code)
    return list(dict.fromkeys(out))


def _fold(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def places_in(text: str) -> list[Place]:
    """Kabupaten/kota and kecamatan named in a short text (a group name), one to three words at a
    time; a name shared by places in several provinces comes back as all of them."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    out: list[Place] = []
    idx = _place_index()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            key = _fold("".join(words[i : i + n]))
            if len(key) >= 4:
                out.extend(idx.get(key, ()))
    initials = region_initials()
    out.extend(initials[w.lower()] for w in words if w.lower() in initials)
    return list(dict.fromkeys(out))
