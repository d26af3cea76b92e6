"""Named attribution features. Each returns a :class:`Signal` (score, reason) or ``None``.

Exact features decide; name features only suggest. Weights come from
``catalogue/attribution.yaml`` so an analyst can tune them without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from jaganetral.attribute.index import PersonRow, RegistryIndex
from jaganetral.model.activity import AccountRef, Platform
from jaganetral.model.identifiers import normalise_handle
from jaganetral.model.names import match_key, split_name
from jaganetral.model.people import Institution


@dataclass(frozen=True, slots=True)
class Signal:
    """One feature's contribution and the sentence that explains it."""

    feature: str
    score: float
    reason: str


def account_keys(platform: Platform, acct: AccountRef) -> tuple[tuple[str, str], ...]:
    """The exact keys of an account, computed once: (key, raw) for its handle and its id."""
    keys: list[tuple[str, str]] = []
    if acct.handle:
        keys.append((RegistryIndex.account_key(platform, acct.handle), acct.handle))
    if acct.id:
        keys.append((RegistryIndex.account_key(platform, acct.id), acct.id))
    return tuple(keys)


def institution_account(
    idx: RegistryIndex, keys: tuple[tuple[str, str], ...], w: dict[str, Any]
) -> tuple[Institution, Signal] | None:
    """The account is listed as an official account of a government body."""
    for key, raw in keys:
        inst = idx.institutions.get(key)
        if inst is not None:
            return inst, Signal(
                "institution_account",
                w["exact"]["institution_account"],
                f"akun {raw} terdaftar sebagai akun resmi {inst.instansi}",
            )
    return None


def registered_account(
    idx: RegistryIndex, platform: Platform, keys: tuple[tuple[str, str], ...], w: dict[str, Any]
) -> tuple[int, Signal] | None:
    """The handle, phone or platform id is listed under the person's known accounts (``akun``)."""
    for key, raw in keys:
        i = idx.accounts.get(key)
        if i is not None and i >= 0:
            row = idx.person(i)
            label = "nomor" if platform in (Platform.WHATSAPP, Platform.TELEGRAM) else "akun"
            return i, Signal(
                "registered_account",
                w["exact"]["registered_account"],
                f"{label} {normalise_handle(platform, raw)} tercatat sebagai akun "
                f"NIP {row.nip} dalam data ASN",
            )
    return None


def name_candidates(
    idx: RegistryIndex, name: str, w: dict[str, Any], limit: int = 50
) -> list[tuple[int, float]]:
    """Registry people whose honorific-free names resemble ``name`` (blocked, then rapidfuzz)."""
    key = match_key(split_name(name).core)
    if len(key.replace(" ", "")) < 4 or " " not in key:
        # A single given name or initials cannot point at one person.
        return []
    members = list(idx.block_members(key))
    if not members:
        return []
    choices = [idx.key(i) for i in members]
    found = process.extract(
        key, choices, scorer=fuzz.token_sort_ratio, score_cutoff=w["name"]["min_similarity"], limit=limit
    )
    return [(members[pos], float(score)) for _, score, pos in found]


def name_similarity(idx: RegistryIndex, i: int, similarity: float, w: dict[str, Any]) -> Signal:
    """The display name resembles the registry name; fewer namesakes, more weight."""
    nw = w["name"]
    row = idx.person(i)
    namesakes = max(idx.namesakes(idx.key(i)) - 1, 0)
    score = nw["base"] + nw["similarity_weight"] * (similarity - nw["min_similarity"]) / (
        100 - nw["min_similarity"] or 1
    )
    if namesakes == 0:
        score += nw["unique_bonus"]
        extra = "nama unik dalam data ASN"
    else:
        score -= nw["common_penalty_per_namesake"] * min(namesakes, 10)
        extra = f"ada {namesakes} ASN lain dengan nama yang sama"
    return Signal(
        "name_similarity",
        max(score, 0.0),
        f"nama akun mirip '{row.name}' (NIP {row.nip}, skor {similarity:.0f}); {extra}",
    )


def _words(text: str) -> set[str]:
    return set(match_key(text).split())


_GENERIC = {
    "dinas",
    "kabupaten",
    "kota",
    "kab",
    "pemerintah",
    "provinsi",
    "badan",
    "kantor",
    "dan",
    "daerah",
    "sekretariat",
    "bagian",
    "umum",
    "negeri",
    "sekolah",
    "kecamatan",
    "kelurahan",
}


def profile_mentions_agency(row: PersonRow, profile: str, w: dict[str, Any]) -> Signal | None:
    """The profile (bio, display name, handle) names the person's agency."""
    agency = _words(row.instansi) - _GENERIC
    hit = agency & _words(profile)
    if len(hit) >= 1 and len(agency) > 0:
        return Signal(
            "profile_agency",
            w["name"]["profile_agency"],
            f"profil menyebut instansi ({', '.join(sorted(hit))})",
        )
    return None


def profile_mentions_region(row: PersonRow, profile: str, w: dict[str, Any]) -> Signal | None:
    """The profile names the person's region."""
    region = _words(row.wilayah) - _GENERIC
    hit = region & _words(profile)
    if hit:
        return Signal(
            "profile_region",
            w["name"]["profile_region"],
            f"profil menyebut wilayah ({', '.join(sorted(hit))})",
        )
    return None
