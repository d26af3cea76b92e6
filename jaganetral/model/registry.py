"""Reference registries read from CSV: the ASN registry and the institutions' official accounts.

Attribution needs to know who is an ASN (``A.csv``: ``nip,nama,jabatan,instansi,unit_kerja,
wilayah,status,akun``) and which accounts belong to government bodies (``I.csv``: ``instansi,
wilayah,platform,handle,nama_akun``), see contract.md. Both files are validated the same way:

* a problem with the whole file (unreadable, empty, UTF-16 or otherwise not UTF-8, a missing or
  misspelt column) raises :class:`~jaganetral.errors.InvalidConfig` naming file, line and column;
* a bad row becomes a :class:`~jaganetral.errors.Rejection` naming file, line and field, and the
  rest of the file still loads: one typo must not hide 4.7 million civil servants.

The ASN registry of Indonesia has about 4.7 million rows, so everything here streams: rows are
read, checked and yielded one at a time and nothing keeps them. The one structure that grows
with the file is the duplicate-NIP index (:class:`_SeenNips`), about 25 bytes per row with no
Python object per row (120 MB for 4.7 million rows); see docs/performance.md for measured figures.

Decisions: column order is free and extra columns are ignored (contract: extend freely); header
names are compared case-insensitively; the grouping spaces of printed NIPs
(``19780512 200312 1 004``) are removed before validation; a row whose ``akun`` has one bad item
is rejected whole, so that the registry's owner sees and fixes it; descriptive columns
(jabatan, instansi, unit_kerja, wilayah) are stripped but otherwise kept as written.
"""

from __future__ import annotations

import csv
import difflib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple, cast

from jaganetral.errors import InvalidConfig, Rejection
from jaganetral.model.activity import Platform
from jaganetral.model.identifiers import CHAT_PLATFORMS, normalise_handle
from jaganetral.model.names import split_name
from jaganetral.model.nip import nip_checker, pppk_nip_error
from jaganetral.model.people import AccountKey, AsnStatus, Institution, Person

REGISTRY_COLUMNS = ("nip", "nama", "jabatan", "instansi", "unit_kerja", "wilayah", "status", "akun")
INSTITUTION_COLUMNS = ("instansi", "wilayah", "platform", "handle", "nama_akun")

_HEAD_BYTES = 64 * 1024
_STATUSES = {s.value: s for s in AsnStatus}
_PLATFORM_NAMES = {p.value: p for p in Platform} | {"twitter": Platform.X}
# Profile URLs written in place of platform:handle; the handle is what follows the host.
_URL_HOSTS = {
    "facebook.com": Platform.FACEBOOK, "fb.com": Platform.FACEBOOK,
    "instagram.com": Platform.INSTAGRAM, "x.com": Platform.X, "twitter.com": Platform.X,
    "tiktok.com": Platform.TIKTOK, "youtube.com": Platform.YOUTUBE,
    "wa.me": Platform.WHATSAPP, "t.me": Platform.TELEGRAM,
}  # fmt: skip


class RegistryRow(NamedTuple):
    """One valid registry row before the name is split: the fast path for bulk loading."""

    line: int
    nip: str
    nama: str
    jabatan: str
    instansi: str
    unit_kerja: str
    wilayah: str
    status: AsnStatus
    accounts: tuple[AccountKey, ...]


class _Problem(NamedTuple):
    """Why an ``akun`` item is bad: a reason code and the message for the user."""

    code: str
    reason: str


class _Coded(NamedTuple):
    """A rejection with a short reason code (``nip.birth_date``) used to group them in reports."""

    code: str
    rejection: Rejection


@dataclass(frozen=True, slots=True)
class RegistryReport:
    """What loading a registry file gave: counts, and the first rejections of each kind.

    ``by_reason`` counts rejections per reason code (``nip.length``, ``nip.duplicate``,
    ``status.invalid``, ``akun.unknown_platform``…); ``examples`` keeps the first few of each.
    """

    file: str
    loaded: int
    rejected: int
    accounts: int
    by_status: dict[str, int] = field(default_factory=dict)
    by_reason: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[Rejection]] = field(default_factory=dict)

    def summary(self) -> str:
        """One line for a terminal: ``A.csv: 4700000 loaded, 12 rejected (nip.length: 7, …)``."""
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(self.by_reason.items(), key=lambda kv: -kv[1]))
        tail = f" ({reasons})" if reasons else ""
        return f"{self.file}: {self.loaded} loaded, {self.rejected} rejected{tail}"


class _SeenNips:
    """An exact set of NIPs remembering the line each was first seen on, in ~25 bytes per NIP.

    A Python ``set`` of 4.7 million NIPs costs about 300 MB (an object per NIP). Here a NIP's 18
    decimal digits are read as hexadecimal, giving 9 exact bytes, and stored with a 4-byte line
    number in one ``bytearray`` per hash bucket; a lookup is a C-level ``find`` in a ~200-byte
    bucket. The bucket count is sized from the file size so buckets stay small. Measured: 120 MB
    for 4.7 million NIPs (13 bytes of data, the rest bucket objects and over-allocation).
    """

    _KEY = 9
    _REC = 13

    def __init__(self, expected_rows: int) -> None:
        self._buckets = [bytearray() for _ in range(max(64, expected_rows // 16))]

    def add(self, nip: str, line: int) -> int | None:
        """Record ``nip``; return the line it was first seen on if it is already there."""
        key = bytes.fromhex(nip)
        buckets = self._buckets
        buf = buckets[hash(key) % len(buckets)]
        at = buf.find(key)
        # A match that does not start a record straddles two records: look further.
        while at != -1:
            if at % self._REC == 0:
                return int.from_bytes(buf[at + self._KEY : at + self._REC], "little")
            at = buf.find(key, at + 1)
        buf += key
        buf += min(line, 0xFFFFFFFF).to_bytes(4, "little")
        return None


def _open_error(name: str, exc: OSError) -> InvalidConfig:
    return InvalidConfig(f"cannot read file: {exc.strerror or exc}", file=name)


def _check_head(head: bytes, name: str) -> None:
    """Refuse files that are empty, UTF-16 or binary before the CSV reader sees them."""
    if not head.removeprefix(b"\xef\xbb\xbf").strip():
        raise InvalidConfig("file is empty", file=name, line=1)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidConfig(
            "file is UTF-16 encoded; save it as UTF-8 (or convert: iconv -f UTF-16 -t UTF-8)",
            file=name,
            line=1,
        )
    if b"\x00" in head:
        # UTF-16 without a byte-order mark looks like ASCII with a NUL after every letter.
        raise InvalidConfig(
            "file contains NUL bytes (UTF-16 without BOM, or not text); save it as UTF-8 CSV",
            file=name,
            line=head[: head.index(b"\x00")].count(b"\n") + 1,
        )


def _bad_utf8(path: Path, name: str) -> InvalidConfig:
    """Find the line of the first non-UTF-8 byte; only called once decoding has already failed."""
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                return InvalidConfig(
                    f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); it looks like Latin-1/Windows-1252: "
                    "save it as UTF-8 (or convert: iconv -f WINDOWS-1252 -t UTF-8)",
                    file=name,
                    line=number,
                )
    # Only a character cut at the very end of the file gets here.
    return InvalidConfig("not UTF-8 text (truncated character at the end)", file=name)


def _column_map(
    header: list[str], columns: tuple[str, ...], name: str
) -> Callable[[list[str]], tuple[str, ...]]:
    """Check the header row and return a getter that picks ``columns`` from a row, in that order."""
    names = [h.strip().lower() for h in header]
    index: dict[str, int] = {}
    for i, h in enumerate(names):
        if h in index and h in columns:
            raise InvalidConfig(f"column '{h}' appears twice in the header", file=name, line=1, field=h)
        index.setdefault(h, i)
    unknown = [h for h in names if h not in columns]
    for col in columns:
        if col not in index:
            close = difflib.get_close_matches(col, unknown, n=1, cutoff=0.6)
            hint = f"; found '{close[0]}' (misspelt?)" if close else ""
            raise InvalidConfig(
                f"missing column '{col}' (expected {','.join(columns)}){hint}",
                file=name,
                line=1,
                field=col,
            )
    # itemgetter picks in C; with two or more columns it always returns a tuple.
    assert len(columns) >= 2
    return cast(Callable[[list[str]], tuple[str, ...]], itemgetter(*(index[c] for c in columns)))


def _records(
    path: Path, columns: tuple[str, ...], *, header_only: bool = False
) -> Iterator[tuple[int, tuple[str, ...]] | _Coded | list[str]]:
    """Stream a reference CSV: ``(line, fields in columns order)`` per record, or a row rejection.

    ``line`` is the physical line where the record starts (a quoted value may span lines). With
    ``header_only`` only the checked header is yielded.
    """
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise _open_error(name, exc) from exc
    with fh:
        _check_head(fh.read(_HEAD_BYTES), name)
        fh.seek(0)
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        reader = csv.reader(text)
        try:
            header = next(reader, None)
            if header is None or not any(h.strip() for h in header):
                raise InvalidConfig("file is empty or its first line is blank", file=name, line=1)
            pick = _column_map(header, columns, name)
            if header_only:
                yield header
                return
            width = len(header)
            last = reader.line_num
            for row in reader:
                start, last = last + 1, reader.line_num
                if len(row) == width:
                    yield start, pick(row)
                elif not row or (len(row) == 1 and not row[0].strip()):
                    continue  # blank line: not a record
                elif len(row) > width:
                    reason = (
                        f"row has {len(row)} fields, header has {width}: quote values that contain "
                        'commas, e.g. "Ahmad Fauzi, S.Pd."'
                    )
                    yield _Coded("row.fields", Rejection(name, start, None, reason))
                else:
                    missing = header[len(row)].strip().lower()
                    reason = f"row has {len(row)} fields, header has {width}: no '{missing}' and after"
                    yield _Coded("row.fields", Rejection(name, start, missing, reason))
        except UnicodeDecodeError as exc:
            raise _bad_utf8(path, name) from exc
        except csv.Error as exc:
            raise InvalidConfig(f"CSV syntax error: {exc}", file=name, line=reader.line_num) from exc


def _fold(value: str) -> str:
    """Strip, and fold inner runs of whitespace only when there are any (the common case is not)."""
    value = value.strip()
    if "  " in value or "\t" in value or "\n" in value:
        return " ".join(value.split())
    return value


def _parse_account(item: str) -> AccountKey | _Problem:
    """One ``platform:handle`` item (or a profile URL), or why it is bad."""
    low = item.lower()
    if low.startswith(("http://", "https://", "www.")):
        host = low.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.")
        host = host.removeprefix("m.").removeprefix("web.").removeprefix("mobile.")
        url_platform = _URL_HOSTS.get(host)
        if url_platform is None:
            return _Problem("akun.unknown_platform", f"account URL '{item}' is not on a known platform")
        platform, handle = url_platform, item if "//" in item else f"https://{item}"
    else:
        plat, sep, handle = item.partition(":")
        plat = plat.strip().lower()
        if not sep:
            if plat in _PLATFORM_NAMES:
                return _Problem("akun.no_handle", f"account '{item}' has no handle (write {plat}:handle)")
            return _Problem("akun.format", f"account '{item}' is not platform:handle")
        found = _PLATFORM_NAMES.get(plat)
        if found is None:
            known = ", ".join(p.value for p in Platform)
            return _Problem(
                "akun.unknown_platform", f"unknown platform '{plat}' in '{item}' (known: {known})"
            )
        platform = found
    if "/" not in handle and platform not in CHAT_PLATFORMS:
        # The common case, and what normalise_handle() does to it without the regex it needs
        # for URLs (a test checks the two agree).
        key = handle.strip().lstrip("@").lower()
    else:
        key = normalise_handle(platform, handle)
    if not key:
        return _Problem("akun.no_handle", f"account '{item}' has no handle")
    if platform is Platform.WHATSAPP and not key.startswith("+"):
        return _Problem("akun.not_phone", f"WhatsApp account '{item}' must be a phone number")
    return AccountKey(platform, key)


def _parse_accounts(raw: str) -> tuple[AccountKey, ...] | _Problem:
    """The ``akun`` cell: ``;``-separated items, duplicates dropped, order kept."""
    keys: list[AccountKey] = []
    for item in raw.split(";"):
        item = item.strip()
        if not item:
            continue  # "fb:a;" and "fb:a;;ig:b" are common and harmless
        parsed = _parse_account(item)
        if isinstance(parsed, _Problem):
            return parsed
        if parsed not in keys:
            keys.append(parsed)
    return tuple(keys)


RowChecker = Callable[[int, tuple[str, ...]], "RegistryRow | _Coded"]


def row_checker(name: str, today: date | None = None) -> RowChecker:
    """Every check of one registry row but the duplicate NIP (which needs the rows before it).

    Shared by the streaming reader below and the columnar loader (jaganetral.attribute.columnar),
    which sends here every row its vectorised checks cannot pass, so both reject exactly the same
    rows with the same words.
    """
    check_nip = nip_checker(today)
    statuses = _STATUSES

    def check(line: int, fields: tuple[str, ...]) -> RegistryRow | _Coded:
        nip, nama, jabatan, instansi, unit_kerja, wilayah, status, akun = fields
        if not nip.isdigit():
            # Printed grouping (19780512 200312 1 004), with spaces or the no-break spaces that
            # copying from a PDF leaves.
            nip = "".join(nip.split())
        err = check_nip(nip)
        if err is not None and err.code == "appointment" and status.strip().upper() == "PPPK":
            # An NI PPPK carries a contract code where a PNS number has the month.
            err = pppk_nip_error(nip, today)
        if err is not None:
            return _Coded(f"nip.{err.code}", Rejection(name, line, "nip", f"invalid NIP: {err}"))
        nama = nama.strip()
        # split_name() needs something before the first comma; checked here so the fast path
        # (no name splitting) rejects exactly the rows the full path would.
        if not nama or nama[0] == ",":
            reason = "name is empty" if not nama else f"no name before the titles in '{nama}'"
            return _Coded("nama.empty", Rejection(name, line, "nama", reason))
        asn_status = statuses.get(status) or statuses.get(status.strip().upper())
        if asn_status is None:
            reason = f"status '{status.strip()}' is not PNS or PPPK"
            return _Coded("status.invalid", Rejection(name, line, "status", reason))
        accounts: tuple[AccountKey, ...] = ()
        if akun and not akun.isspace():
            parsed = _parse_accounts(akun)
            if isinstance(parsed, _Problem):
                return _Coded(parsed.code, Rejection(name, line, "akun", parsed.reason))
            accounts = parsed
        return RegistryRow(
            line,
            nip,
            nama,
            jabatan.strip(),
            instansi.strip(),
            unit_kerja.strip(),
            wilayah.strip(),
            asn_status,
            accounts,
        )

    return check


def duplicate_nip(name: str, line: int, nip: str, first: int) -> _Coded:
    """The rejection of a NIP already seen on line ``first``."""
    reason = f"duplicate NIP {nip} (first on line {first})"
    return _Coded("nip.duplicate", Rejection(name, line, "nip", reason))


def registry_header(path: Path) -> list[str]:
    """The header of a registry file after every whole-file check (raises InvalidConfig)."""
    for rec in _records(path, REGISTRY_COLUMNS, header_only=True):
        assert isinstance(rec, list)
        return rec
    raise InvalidConfig("file is empty or its first line is blank", file=str(path), line=1)


def _registry_items(path: Path, today: date | None) -> Iterator[RegistryRow | _Coded]:
    """The validating core shared by every public reader of the ASN registry (streaming)."""
    name = str(path)
    check = row_checker(name, today)
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise _open_error(name, exc) from exc
    # ~150 bytes per row is typical; underestimating only makes buckets a little longer.
    seen_before = _SeenNips(size // 100).add
    for rec in _records(path, REGISTRY_COLUMNS):
        if isinstance(rec, _Coded):
            yield rec
            continue
        assert isinstance(rec, tuple)
        line, fields = rec
        row = check(line, fields)
        if isinstance(row, _Coded):
            yield row
            continue
        first = seen_before(row.nip, line)
        if first is not None:
            yield duplicate_nip(name, line, row.nip, first)
            continue
        yield row


def iter_registry_rows(path: Path, *, today: date | None = None) -> Iterator[RegistryRow | Rejection]:
    """Stream the ASN registry as validated :class:`RegistryRow` tuples, names not yet split.

    Faster than :func:`iter_registry` (no :class:`Person` objects) for bulk inserts that store
    the name as written. Raises :class:`InvalidConfig` for a file that cannot be read as a whole;
    ``today`` (default: the system date) bounds NIP dates.
    """
    for item in _registry_items(Path(path), today):
        yield item.rejection if isinstance(item, _Coded) else item


def row_to_person(row: RegistryRow) -> Person:
    """The :class:`Person` of a validated row (the name split into titles and core)."""
    _, nip, nama, jabatan, instansi, unit_kerja, wilayah, status, accounts = row
    return Person(nip, split_name(nama), jabatan, instansi, unit_kerja, wilayah, status, accounts)


def iter_registry(path: Path, *, today: date | None = None) -> Iterator[Person | Rejection]:
    """Stream the ASN registry (``A.csv``): one :class:`Person` per valid row, else a Rejection.

    Rejected rows: invalid NIP (with the precise reason), empty ``nama``, ``status`` not PNS or
    PPPK, a bad ``akun`` item (no handle, unknown platform, WhatsApp without a phone number), a
    NIP already seen earlier in the file. Raises :class:`InvalidConfig` (file, line 1, column)
    for a missing or misspelt column, an empty file, or a file that is not UTF-8.
    """
    for item in _registry_items(Path(path), today):
        yield item.rejection if isinstance(item, _Coded) else row_to_person(item)


def load_registry_report(path: Path, *, max_examples: int = 5, today: date | None = None) -> RegistryReport:
    """Validate a whole registry file and count what it holds, in bounded memory.

    Runs every check :func:`iter_registry` runs (a row that passes them always yields a
    :class:`Person`: the name check above guarantees :func:`split_name` succeeds) but builds no
    objects per row; only counts and the first ``max_examples`` rejections of each reason are
    kept.
    """
    loaded = rejected = accounts = 0
    by_status = dict.fromkeys(AsnStatus, 0)
    by_reason: dict[str, int] = {}
    examples: dict[str, list[Rejection]] = {}
    for item in _registry_items(Path(path), today):
        if isinstance(item, _Coded):
            rejected += 1
            by_reason[item.code] = by_reason.get(item.code, 0) + 1
            kept = examples.setdefault(item.code, [])
            if len(kept) < max_examples:
                kept.append(item.rejection)
            continue
        loaded += 1
        accounts += len(item.accounts)
        by_status[item.status] += 1  # keyed by the enum member: .value per row costs time
    return RegistryReport(
        file=str(path),
        loaded=loaded,
        rejected=rejected,
        accounts=accounts,
        by_status={s.value: n for s, n in by_status.items()},
        by_reason=by_reason,
        examples=examples,
    )


def iter_institutions(path: Path) -> Iterator[Institution | Rejection]:
    """Stream official accounts of government bodies (``I.csv``), validated like the registry.

    Rejected rows: empty ``instansi``, unknown ``platform``, empty ``handle``, a WhatsApp handle
    that is not a phone number, an account already listed earlier in the file.
    """
    path = Path(path)
    name = str(path)
    seen: dict[AccountKey, int] = {}  # institution files are small: a plain dict will do
    for rec in _records(path, INSTITUTION_COLUMNS):
        if isinstance(rec, _Coded):
            yield rec.rejection
            continue
        assert isinstance(rec, tuple)
        line, (instansi, wilayah, platform_raw, handle, nama_akun) = rec
        instansi = _fold(instansi)
        if not instansi:
            yield Rejection(name, line, "instansi", "instansi is empty")
            continue
        platform = _PLATFORM_NAMES.get(platform_raw.strip().lower())
        if platform is None:
            known = ", ".join(p.value for p in Platform)
            reason = f"unknown platform '{platform_raw.strip()}' (known: {known})"
            yield Rejection(name, line, "platform", reason)
            continue
        key = normalise_handle(platform, handle)
        if not key:
            yield Rejection(name, line, "handle", "handle is empty")
            continue
        if platform is Platform.WHATSAPP and not key.startswith("+"):
            yield Rejection(
                name, line, "handle", f"WhatsApp handle '{handle.strip()}' must be a phone number"
            )
            continue
        account = AccountKey(platform, key)
        first = seen.setdefault(account, line)
        if first != line:
            yield Rejection(name, line, "handle", f"duplicate account {account} (first on line {first})")
            continue
        yield Institution(
            instansi=instansi, wilayah=_fold(wilayah), account=account, nama_akun=_fold(nama_akun)
        )
