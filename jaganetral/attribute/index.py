"""In-memory index of the ASN registry and institutional accounts, built by streaming the files.

Sized for the national registry (4.7 million ASN) within a bounded memory budget: per person it
keeps the NIP as an integer, the name as written, and small integer codes for the (highly repeated)
position, agency, unit, region and status. Exact account keys sit in one dict; names are bucketed by
blocking keys so a fuzzy lookup compares against a block, never millions. Match keys of names are
recomputed on demand for block members, which only the (few) name lookups need.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from jaganetral.attribute.columnar import RegistryColumns
from jaganetral.attribute.keytable import GroupTable, KeyTable
from jaganetral.errors import Rejection
from jaganetral.model.activity import Platform
from jaganetral.model.identifiers import CHAT_PLATFORMS, normalise_handle
from jaganetral.model.names import match_key, split_name
from jaganetral.model.people import AsnStatus, Institution, Person
from jaganetral.model.pickling import pickles_by_fields
from jaganetral.model.registry import RegistryRow

_PLAIN = re.compile(r"[A-Za-z0-9._-]+")
# Honorifics before a name ("Dr. H. …") and everything after the first comma (degrees):
# the cheap way to a matching key; unusual names fall back to split_name().
_PREFIX = re.compile(r"^(?:(?:prof|dr|drs|dra|ir|h|hj|kh|drg|apt|ns|hajjah|haji)\.?\s+)+", re.I)
_PREFIX_RE2 = r"(?i)^(?:(?:prof|dr|drs|dra|ir|h|hj|kh|drg|apt|ns|hajjah|haji)\.?\s+)+"


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


@pickles_by_fields
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


class Names:
    """The registry's names as one Arrow column; ``names[i]`` is a Python string."""

    def __init__(self, column: pa.StringArray) -> None:
        self.column = column

    def __getitem__(self, i: int) -> str:
        v = self.column[int(i)].as_py()
        assert isinstance(v, str)
        return v

    def __len__(self) -> int:
        return len(self.column)


@dataclass
class RegistryIndex:
    """ASN registry + institutional accounts, ready for attribution (columns, read-only).

    Per person: the NIP (int64), the name as written, and five small integer codes (position,
    agency, unit, region, status) into tables of the distinct values. Account keys sit in a
    :class:`~jaganetral.attribute.keytable.KeyTable` (−1: listed for two people, certain for
    neither); name blocks and look-alike handle blocks are built on first use.
    """

    nips: npt.NDArray[np.int64]
    names: Names
    codes: npt.NDArray[np.int32]  # (n, 5)
    tables: tuple[list[str], ...]
    accounts: KeyTable
    institutions: dict[str, Institution] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    rejected: int = 0
    duplicate_accounts: int = 0
    _blocks: GroupTable | None = None
    _handle_blocks: GroupTable | None = None
    _by_code: dict[tuple[int, int], list[int]] | None = None
    #: Called with a table built on first use, to keep it (the cache stores name blocks).
    on_built: Callable[[str, GroupTable], None] | None = None

    MAX_REJECTIONS_KEPT = 1000

    @staticmethod
    def account_key(platform: Platform, handle: str) -> str:
        # Most handles are already plain; only odd ones (URL, "@", phone spellings) need the
        # full normalisation. Both give the same key.
        if platform not in CHAT_PLATFORMS and _PLAIN.fullmatch(handle):
            return f"{platform.value}:{handle.lower()}"
        return f"{platform.value}:{normalise_handle(platform, handle)}"

    @classmethod
    def from_columns(cls, cols: RegistryColumns) -> RegistryIndex:
        """The index of a registry read as columns (see :mod:`.columnar`)."""
        n = len(cols.nips)
        codes = np.zeros((n, 5), dtype=np.int32)
        tables: list[list[str]] = []
        for t, column in enumerate(cols.fields):
            enc = column.dictionary_encode()
            codes[:, t] = np.asarray(enc.indices.to_numpy(zero_copy_only=False), dtype=np.int32)
            tables.append([str(v) for v in enc.dictionary.to_pylist()])
        accounts, duplicates = _account_table(cols.account_keys, cols.account_rows, cols.account_primary)
        return cls(
            nips=np.asarray(cols.nips, dtype=np.int64),
            names=Names(cols.names),
            codes=codes,
            tables=tuple(tables),
            accounts=accounts,
            rejections=list(cols.rejections[: cls.MAX_REJECTIONS_KEPT]),
            rejected=cols.rejected,
            duplicate_accounts=duplicates,
        )

    def add_institution(self, inst: Institution) -> None:
        self.institutions[f"{inst.account.platform.value}:{inst.account.handle}"] = inst

    def reject(self, r: Rejection) -> None:
        self.rejected += 1
        if len(self.rejections) < self.MAX_REJECTIONS_KEPT:
            self.rejections.append(r)

    def key(self, i: int) -> str:
        return name_key(self.names[i])

    # ---- tables built on first use ----------------------------------------------------------

    @property
    def blocks(self) -> GroupTable:
        """Name blocks (:func:`blocking_keys`) → the people in them."""
        if self._blocks is None:
            self._blocks = name_blocks(self.names.column)
            if self.on_built is not None:
                self.on_built("blocks", self._blocks)
        return self._blocks

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

    @property
    def look_alikes(self) -> GroupTable:
        """Look-alike handle blocks (:func:`handle_blocks`) → account positions."""
        if self._handle_blocks is None:
            self._handle_blocks = handle_blocks(self.accounts)
        return self._handle_blocks

    def build_tables(self) -> None:
        """Build the tables made on first use now, both at once (Arrow works outside the GIL):
        before worker processes fork, so that they share one copy instead of each building its
        own (and the parent a third when it judges)."""
        with ThreadPoolExecutor(2) as pool:
            for job in [pool.submit(lambda: self.blocks), pool.submit(lambda: self.look_alikes)]:
                job.result()

    def handles_like(self, platform: Platform, squashed: str) -> list[tuple[str, int]]:
        """Listed handles on ``platform`` that start like ``squashed`` (see :func:`squash_handle`)."""
        blocks = self.look_alikes
        acc = self.accounts
        out: list[tuple[str, int]] = []
        for pos in blocks.get(f"{platform.value}:{squashed[:4]}", ()):
            key = acc.keys[pos].as_py()
            assert isinstance(key, str)
            out.append((key.partition(":")[2], int(acc.values[pos])))
        return out

    def persons_with_role(self, roles: list[str]) -> list[int]:
        """People whose position, unit or agency contains every one of ``roles`` (phrases)."""
        wanted = [match_key(r) for r in roles]
        hits: dict[int, set[str]] = {}
        for t in range(3):  # jabatan, instansi, unit_kerja
            for code, value in enumerate(self.tables[t]):
                v = f" {match_key(value)} "
                got = {r for r in wanted if f" {r} " in v}
                if got:
                    for i in np.nonzero(self.codes[:, t] == code)[0].tolist():
                        hits.setdefault(i, set()).update(got)
        return [i for i, got in hits.items() if len(got) == len(set(wanted))]

    def person(self, i: int) -> PersonRow:
        jab, ins, unit, reg, st = self.tables
        c = self.codes[int(i)]
        return PersonRow(
            f"{int(self.nips[int(i)]):018d}",
            self.names[i],
            jab[c[0]],
            ins[c[1]],
            unit[c[2]],
            reg[c[3]],
            st[c[4]],
        )

    def __len__(self) -> int:
        return len(self.nips)


def _account_table(
    keys: pa.StringArray, rows: npt.NDArray[np.int32], primary: npt.NDArray[np.bool_]
) -> tuple[KeyTable, int]:
    """Unique account keys with their person (−1 when listed for two people), and how many
    primary listings clashed — as the entries come, in file order (rows, items, keys)."""
    if len(keys) == 0:
        return KeyTable.empty(), 0
    enc = keys.dictionary_encode()
    idx = np.asarray(enc.indices.to_numpy(zero_copy_only=False), dtype=np.int64)
    order = np.argsort(idx, kind="stable")
    s_idx, s_rows = idx[order], rows[order]
    starts = np.r_[0, np.nonzero(s_idx[1:] != s_idx[:-1])[0] + 1]
    lo = np.minimum.reduceat(s_rows, starts)
    hi = np.maximum.reduceat(s_rows, starts)
    values = np.where(lo == hi, lo, -1).astype(np.int32)
    duplicates = 0
    # Clashes are rare: count them as the streaming build would, entry by entry.
    ends = np.r_[starts[1:], len(s_idx)]
    for g in np.nonzero(lo != hi)[0].tolist():
        members = order[starts[g] : ends[g]]
        state = int(rows[members[0]])
        for m in members[1:].tolist():
            if state != int(rows[m]):
                duplicates += bool(primary[m])
                state = -1
    uniq = enc.dictionary
    codes_in_order = s_idx[starts]
    vals = np.empty(len(uniq), dtype=np.int32)
    vals[codes_in_order] = values
    return KeyTable.build(uniq, vals), duplicates


def name_keys(names: pa.StringArray) -> pa.StringArray:
    """:func:`name_key` of every name: vectorised for plain ASCII names, else one by one."""
    head = pc.extract_regex(names, r"^(?P<h>[^,]*)").field("h")
    dotted = pc.match_substring(head, ".")
    core = pc.if_else(dotted, pc.replace_substring_regex(head, _PREFIX_RE2, ""), head)
    # Cases the vectorised path does not decide: non-ASCII names (accents fold), and names whose
    # core still has an inner dot after the honorifics (split_name decides those).
    odd = pc.or_(
        pc.invert(pc.string_is_ascii(names)),
        pc.and_(
            dotted,
            pc.and_(
                pc.match_substring(core, "."),
                pc.invert(pc.match_substring_regex(core, r"^(?:[A-Za-z]\.\s*)?[^.]+$")),
            ),
        ),
    )
    low = pc.utf8_lower(pc.replace_substring_regex(core, "['`]", ""))
    key = pc.utf8_trim(pc.replace_substring_regex(low, "[^a-z0-9]+", " "), " ")
    odd_idx = np.nonzero(np.asarray(odd.to_numpy(zero_copy_only=False), dtype=bool))[0]
    if len(odd_idx) == 0:
        assert isinstance(key, pa.StringArray)
        return key
    fixed = [name_key(v) for v in names.take(pa.array(odd_idx)).to_pylist()]
    values = key.to_pylist()
    for i, v in zip(odd_idx.tolist(), fixed, strict=True):
        values[i] = v
    out = pa.array(values, type=pa.string())
    assert isinstance(out, pa.StringArray)
    return out


def name_blocks(names: pa.StringArray) -> GroupTable:
    """The people of each name block (two blocks per name of two or more tokens, see
    :func:`blocking_keys`)."""
    keys = name_keys(names)
    first = pc.extract_regex(keys, r"^(?P<t>\S*)").field("t")
    last = pc.extract_regex(keys, r"(?P<t>\S*)$").field("t")
    multi = np.asarray(pc.match_substring(keys, " ").to_numpy(zero_copy_only=False), dtype=bool)
    nonempty = np.asarray(pc.greater(pc.utf8_length(keys), 0).to_numpy(zero_copy_only=False), dtype=bool)
    rows = np.arange(len(keys), dtype=np.int32)
    b1 = pc.if_else(
        pa.array(multi), pc.binary_join_element_wise(first, pc.utf8_slice_codeunits(last, 0, 1), "|"), first
    )
    b2 = pc.binary_join_element_wise(last, pc.utf8_slice_codeunits(first, 0, 1), "|")
    one = nonempty
    two = nonempty & multi
    # Block keys in the streaming build's order per person: first block, then the second.
    all_keys = pa.concat_arrays([b1.filter(pa.array(one)), b2.filter(pa.array(two))])
    all_rows = np.concatenate((rows[one], rows[two]))
    order = np.argsort(np.concatenate((rows[one] * 2, rows[two] * 2 + 1)), kind="stable")
    return GroupTable.build(all_keys.take(pa.array(order)), all_rows[order])


def handle_blocks(accounts: KeyTable) -> GroupTable:
    """Positions of listed (unambiguous) accounts by platform and the first four letters of the
    squashed handle (handles of six letters or more)."""
    keys = accounts.keys
    plat = pc.extract_regex(keys, r"^(?P<p>[^:]*):").field("p")
    handle = pc.extract_regex(keys, r"^[^:]*:(?P<h>.*)$").field("h")
    sq = pc.replace_substring_regex(pc.utf8_lower(handle), "[^a-z]", "")
    ok = np.asarray(pc.greater_equal(pc.utf8_length(sq), 6).to_numpy(zero_copy_only=False), dtype=bool)
    ok &= accounts.values >= 0
    block = pc.binary_join_element_wise(plat, pc.utf8_slice_codeunits(sq, 0, 4), ":")
    pos = np.nonzero(ok)[0].astype(np.int32)
    return GroupTable.build(block.filter(pa.array(ok)), pos)


class _Builder:
    """Rows added one at a time (the streaming reader, tests), turned into columns at the end."""

    def __init__(self) -> None:
        self.nips: list[int] = []
        self.names: list[str] = []
        self.fields: tuple[list[str], ...] = ([], [], [], [], [])
        self.keys: list[str] = []
        self.rows: list[int] = []
        self.primary: list[bool] = []
        self.lines: list[int] = []
        self.rejections: list[Rejection] = []
        self.rejected = 0

    def add(self, r: RegistryRow) -> None:
        i = len(self.nips)
        self.nips.append(int(r.nip))
        self.names.append(r.nama)
        self.lines.append(r.line)
        for col, v in zip(
            self.fields, (r.jabatan, r.instansi, r.unit_kerja, r.wilayah, r.status.value), strict=True
        ):
            col.append(v)
        for acct in r.accounts:
            self.keys.append(f"{acct.platform.value}:{acct.handle}")
            self.rows.append(i)
            self.primary.append(True)
            if acct.platform in CHAT_PLATFORMS and acct.handle.startswith("+"):
                # A phone number is one person on WhatsApp and on Telegram alike.
                for p in CHAT_PLATFORMS:
                    if p is not acct.platform:
                        self.keys.append(f"{p.value}:{acct.handle}")
                        self.rows.append(i)
                        self.primary.append(False)

    def columns(self) -> RegistryColumns:
        def strings(values: list[str]) -> pa.StringArray:
            out = pa.array(values, type=pa.string())
            assert isinstance(out, pa.StringArray)
            return out

        return RegistryColumns(
            nips=np.array(self.nips, dtype=np.int64),
            names=strings(self.names),
            fields=[strings(c) for c in self.fields],
            lines=np.array(self.lines, dtype=np.int64),
            account_keys=strings(self.keys),
            account_rows=np.array(self.rows, dtype=np.int32),
            account_primary=np.array(self.primary, dtype=bool),
            rejections=self.rejections,
            rejected=self.rejected,
        )


def build_index(
    rows: Iterable[RegistryRow | Person | Rejection],
    institutions: Iterable[Institution | Rejection] = (),
) -> RegistryIndex:
    """Build the index from streamed registry rows (or persons) and institution records."""
    b = _Builder()
    for item in rows:
        if isinstance(item, Rejection):
            b.rejected += 1
            if len(b.rejections) < RegistryIndex.MAX_REJECTIONS_KEPT:
                b.rejections.append(item)
        elif isinstance(item, Person):
            p = item
            b.add(
                RegistryRow(
                    0,
                    p.nip,
                    p.name.full,
                    p.jabatan,
                    p.instansi,
                    p.unit_kerja,
                    p.wilayah,
                    p.status,
                    p.accounts,
                )
            )
        else:
            b.add(item)
    idx = RegistryIndex.from_columns(b.columns())
    add_institutions(idx, institutions)
    return idx


def add_institutions(idx: RegistryIndex, institutions: Iterable[Institution | Rejection]) -> None:
    for inst in institutions:
        if isinstance(inst, Rejection):
            idx.reject(inst)
        else:
            idx.add_institution(inst)


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
