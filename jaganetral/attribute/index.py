"""In-memory index of the ASN registry and institutional accounts, built by streaming the files.

Sized for the national registry (4.7 million ASN) within a bounded memory budget: per person it
keeps the NIP as an integer, the name as written, and small integer codes for the (highly repeated)
position, agency, unit, region and status. Exact account keys sit in one dict; names are bucketed by
blocking keys so a fuzzy lookup compares against a block, never millions. Match keys of names are
recomputed on demand for block members, which only the (few) name lookups need.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from jaganetral.errors import Rejection
from jaganetral.model.activity import Platform
from jaganetral.model.identifiers import CHAT_PLATFORMS, normalise_handle
from jaganetral.model.names import match_key, split_name
from jaganetral.model.people import AccountKey, AsnStatus, Institution, Person
from jaganetral.model.registry import RegistryRow

_PLAIN = re.compile(r"[A-Za-z0-9._-]+")
# Honorifics before a name ("Dr. H. …") and everything after the first comma (degrees):
# the cheap way to a matching key; unusual names fall back to split_name().
_PREFIX = re.compile(r"^(?:(?:prof|dr|drs|dra|ir|h|hj|kh|drg|apt|ns|hajjah|haji)\.?\s+)+", re.I)


def name_key(raw: str) -> str:
    """The match key of a registry name (honorifics and degrees dropped, ASCII-folded, lower)."""
    head = raw.split(",", 1)[0]
    if "." in head:
        core = _PREFIX.sub("", head)
        if "." in core and not re.fullmatch(r"(?:[A-Za-z]\.\s*)?[^.]+", core):
            core = split_name(raw).core
    else:
        core = head
    return match_key(core)


@dataclass(frozen=True, slots=True)
class PersonRow:
    """What the index tells of a registry person (enough to explain a finding)."""

    nip: str
    name: str
    jabatan: str
    instansi: str
    unit_kerja: str
    wilayah: str
    status: str


class _Interner:
    """Small integer codes for repeated strings (4.7M rows, a few thousand distinct agencies)."""

    def __init__(self) -> None:
        self.values: list[str] = []
        self._codes: dict[str, int] = {}

    def code(self, v: str) -> int:
        c = self._codes.get(v)
        if c is None:
            c = self._codes[v] = len(self.values)
            self.values.append(v)
        return c

    def __len__(self) -> int:
        return len(self.values)


def squash_handle(handle: str) -> str:
    """A handle without dots, underscores, dashes and digits: what a second account keeps."""
    return re.sub(r"[^a-z]", "", handle.lower())


def blocking_keys(key: str) -> tuple[str, ...]:
    """Blocks for a match key: first token + initial of the last, and the reverse.

    Two keys let "Budi Santoso" meet "Santoso Budi" and survive a typo in one of the two tokens.
    Single-token names get one block of their own token.
    """
    toks = key.split()
    if not toks:
        return ()
    if len(toks) == 1:
        return (toks[0],)
    return (f"{toks[0]}|{toks[-1][:1]}", f"{toks[-1]}|{toks[0][:1]}")


@dataclass
class RegistryIndex:
    """ASN registry + institutional accounts, ready for attribution."""

    nips: array[int] = field(default_factory=lambda: array("q"))
    names: list[str] = field(default_factory=list)
    codes: array[int] = field(default_factory=lambda: array("i"))  # 5 codes per person
    accounts: dict[str, int] = field(default_factory=dict)
    blocks: dict[str, array[int]] = field(default_factory=dict)
    institutions: dict[str, Institution] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    rejected: int = 0
    duplicate_accounts: int = 0
    _tables: tuple[_Interner, ...] = field(default_factory=lambda: tuple(_Interner() for _ in range(5)))
    # Built on first use by the rare lookups that need them (look-alike handles, saved-name roles).
    _handle_blocks: dict[str, list[tuple[str, int]]] | None = None
    _by_code: dict[tuple[int, int], list[int]] | None = None

    MAX_REJECTIONS_KEPT = 1000

    @staticmethod
    def account_key(platform: Platform, handle: str) -> str:
        # Most handles are already plain; only odd ones (URL, "@", phone spellings) need the
        # full normalisation. Both give the same key.
        if platform not in CHAT_PLATFORMS and _PLAIN.fullmatch(handle):
            return f"{platform.value}:{handle.lower()}"
        return f"{platform.value}:{normalise_handle(platform, handle)}"

    def add_row(self, r: RegistryRow) -> None:
        i = len(self.names)
        self.nips.append(int(r.nip))
        self.names.append(r.nama)
        jab, ins, unit, reg, st = self._tables
        self.codes.extend(
            (
                jab.code(r.jabatan),
                ins.code(r.instansi),
                unit.code(r.unit_kerja),
                reg.code(r.wilayah),
                st.code(r.status.value),
            )
        )
        blocks = self.blocks
        for b in blocking_keys(name_key(r.nama)):
            arr = blocks.get(b)
            if arr is None:
                blocks[b] = arr = array("i")
            arr.append(i)
        for acct in r.accounts:
            self._add_account(acct, i)

    def add_person(self, p: Person) -> None:
        """Add a :class:`Person` (tests, small registries); bulk loading uses :meth:`add_row`."""
        self.add_row(
            RegistryRow(
                0, p.nip, p.name.full, p.jabatan, p.instansi, p.unit_kerja, p.wilayah, p.status, p.accounts
            )
        )

    def _add_account(self, acct: AccountKey, i: int) -> None:
        keys = [f"{acct.platform.value}:{acct.handle}"]
        if acct.platform in CHAT_PLATFORMS and acct.handle.startswith("+"):
            # A phone number is one person on WhatsApp and on Telegram alike.
            keys += [f"{p.value}:{acct.handle}" for p in CHAT_PLATFORMS if p is not acct.platform]
        for k in keys:
            if k in self.accounts and self.accounts[k] != i:
                # One account listed for two people: keep neither as certain.
                if k == keys[0]:
                    self.duplicate_accounts += 1
                self.accounts[k] = -1
            else:
                self.accounts[k] = i

    def add_institution(self, inst: Institution) -> None:
        self.institutions[f"{inst.account.platform.value}:{inst.account.handle}"] = inst

    def reject(self, r: Rejection) -> None:
        self.rejected += 1
        if len(self.rejections) < self.MAX_REJECTIONS_KEPT:
            self.rejections.append(r)

    def key(self, i: int) -> str:
        return name_key(self.names[i])

    def namesakes(self, key: str) -> int:
        """How many registry people share exactly this name key."""
        blocks = blocking_keys(key)
        if not blocks:
            return 0
        return sum(1 for i in self.blocks.get(blocks[0], ()) if self.key(i) == key)

    def block_members(self, key: str) -> Iterator[int]:
        seen: set[int] = set()
        for b in blocking_keys(key):
            for i in self.blocks.get(b, ()):
                if i not in seen:
                    seen.add(i)
                    yield i

    def handles_like(self, platform: Platform, squashed: str) -> list[tuple[str, int]]:
        """Listed handles on ``platform`` that start like ``squashed`` (see :func:`squash_handle`)."""
        if self._handle_blocks is None:
            blocks: dict[str, list[tuple[str, int]]] = {}
            for key, i in self.accounts.items():
                if i < 0:
                    continue
                plat, _, handle = key.partition(":")
                sq = squash_handle(handle)
                if len(sq) >= 6:
                    blocks.setdefault(f"{plat}:{sq[:4]}", []).append((handle, i))
            self._handle_blocks = blocks
        return self._handle_blocks.get(f"{platform.value}:{squashed[:4]}", [])

    def persons_with_role(self, roles: list[str]) -> list[int]:
        """People whose position, unit or agency contains every one of ``roles`` (phrases)."""
        if self._by_code is None:
            by: dict[tuple[int, int], list[int]] = {}
            for i in range(len(self.names)):
                c = self.codes[5 * i : 5 * i + 3]
                for t in range(3):
                    by.setdefault((t, c[t]), []).append(i)
            self._by_code = by
        wanted = [match_key(r) for r in roles]
        hits: dict[int, set[str]] = {}
        for t in range(3):  # jabatan, instansi, unit_kerja
            for code, value in enumerate(self._tables[t].values):
                v = f" {match_key(value)} "
                got = {r for r in wanted if f" {r} " in v}
                if got:
                    for i in self._by_code.get((t, code), ()):
                        hits.setdefault(i, set()).update(got)
        return [i for i, got in hits.items() if len(got) == len(set(wanted))]

    def person(self, i: int) -> PersonRow:
        jab, ins, unit, reg, st = self._tables
        c = self.codes[5 * i : 5 * i + 5]
        return PersonRow(
            f"{self.nips[i]:018d}",
            self.names[i],
            jab.values[c[0]],
            ins.values[c[1]],
            unit.values[c[2]],
            reg.values[c[3]],
            st.values[c[4]],
        )

    def __len__(self) -> int:
        return len(self.names)


def build_index(
    rows: Iterable[RegistryRow | Person | Rejection],
    institutions: Iterable[Institution | Rejection] = (),
) -> RegistryIndex:
    """Build the index from streamed registry rows (or persons) and institution records."""
    idx = RegistryIndex()
    for item in rows:
        if isinstance(item, Rejection):
            idx.reject(item)
        elif isinstance(item, Person):
            idx.add_person(item)
        else:
            idx.add_row(item)
    for inst in institutions:
        if isinstance(inst, Rejection):
            idx.reject(inst)
        else:
            idx.add_institution(inst)
    return idx


def load_index(asn_csv: Path | None, accounts_csv: Path | None = None) -> RegistryIndex:
    """Stream the registry (and institutional accounts) CSV files into an index."""
    from jaganetral.model.registry import iter_institutions, iter_registry_rows

    rows: Iterable[RegistryRow | Rejection] = iter_registry_rows(asn_csv) if asn_csv is not None else ()
    insts: Iterable[Institution | Rejection] = (
        iter_institutions(accounts_csv) if accounts_csv is not None else ()
    )
    return build_index(rows, insts)


def person_from_row(row: PersonRow) -> Person:
    """A full :class:`Person` again (for tests and reports)."""
    return Person(
        row.nip,
        split_name(row.name),
        row.jabatan,
        row.instansi,
        row.unit_kerja,
        row.wilayah,
        AsnStatus(row.status),
    )
