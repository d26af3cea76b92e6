"""In-memory index of the ASN registry and institutional accounts, built by streaming the files.

Sized for the national registry (4.7 million ASN): exact keys in one dict, names bucketed by a
blocking key so a fuzzy lookup compares against a few hundred names, never millions. Repeated
strings (positions, agencies, regions) are interned so they are stored once.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from jaganetral.errors import Rejection
from jaganetral.model.activity import Platform
from jaganetral.model.identifiers import normalise_handle
from jaganetral.model.names import match_key, split_name
from jaganetral.model.people import AsnStatus, Institution, Person


@dataclass(frozen=True, slots=True)
class PersonRow:
    """What the index keeps of a registry person (enough to explain a finding)."""

    nip: str
    name: str
    jabatan: str
    instansi: str
    unit_kerja: str
    wilayah: str
    status: str


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

    rows: list[PersonRow] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    accounts: dict[str, int] = field(default_factory=dict)
    blocks: dict[str, array[int]] = field(default_factory=dict)
    institutions: dict[str, Institution] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    rejected: int = 0
    duplicate_accounts: int = 0

    MAX_REJECTIONS_KEPT = 1000

    @staticmethod
    def account_key(platform: Platform, handle: str) -> str:
        return f"{platform.value}:{normalise_handle(platform, handle)}"

    def add_person(self, p: Person) -> None:
        i = len(self.rows)
        intern = sys.intern
        self.rows.append(PersonRow(p.nip, p.name.full, intern(p.jabatan), intern(p.instansi),
                                   intern(p.unit_kerja), intern(p.wilayah), p.status.value))
        key = match_key(p.name.core)
        self.keys.append(key)
        for b in blocking_keys(key):
            arr = self.blocks.get(b)
            if arr is None:
                self.blocks[b] = arr = array("i")
            arr.append(i)
        for acct in p.accounts:
            k = f"{acct.platform.value}:{acct.handle}"
            if k in self.accounts and self.accounts[k] != i:
                # One account listed for two people: keep neither as certain (see attribution).
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

    def namesakes(self, key: str) -> int:
        """How many registry people share exactly this name key."""
        blocks = blocking_keys(key)
        if not blocks:
            return 0
        return sum(1 for i in self.blocks.get(blocks[0], ()) if self.keys[i] == key)

    def block_members(self, key: str) -> Iterator[int]:
        seen: set[int] = set()
        for b in blocking_keys(key):
            for i in self.blocks.get(b, ()):
                if i not in seen:
                    seen.add(i)
                    yield i

    def person(self, i: int) -> PersonRow:
        return self.rows[i]

    def __len__(self) -> int:
        return len(self.rows)


def build_index(
    persons: Iterable[Person | Rejection],
    institutions: Iterable[Institution | Rejection] = (),
) -> RegistryIndex:
    """Build the index from streamed registry and institution records."""
    idx = RegistryIndex()
    for item in persons:
        if isinstance(item, Rejection):
            idx.reject(item)
        else:
            idx.add_person(item)
    for inst in institutions:
        if isinstance(inst, Rejection):
            idx.reject(inst)
        else:
            idx.add_institution(inst)
    return idx


def load_index(asn_csv: Path | None, accounts_csv: Path | None = None) -> RegistryIndex:
    """Stream the registry (and institutional accounts) CSV files into an index."""
    from jaganetral.model.registry import iter_institutions, iter_registry

    persons: Iterable[Person | Rejection] = iter_registry(asn_csv) if asn_csv is not None else ()
    insts: Iterable[Institution | Rejection] = (
        iter_institutions(accounts_csv) if accounts_csv is not None else ())
    return build_index(persons, insts)


def person_from_row(row: PersonRow) -> Person:
    """A full :class:`Person` again (for tests and reports)."""
    return Person(row.nip, split_name(row.name), row.jabatan, row.instansi, row.unit_kerja,
                  row.wilayah, AsnStatus(row.status))
