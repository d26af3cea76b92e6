"""The ASN registry read as columns: Arrow's CSV reader and vectorised checks, for millions of rows.

The streaming reader (:mod:`jaganetral.model.registry`) checks one row at a time in Python, about
17 µs a row: 81 s for the 4.7-million-row national registry. Here the file is parsed by Arrow's
multi-threaded CSV reader and every check that can be written over whole columns is: the NIP's
18 digits, birth date, appointment month (or NI PPPK year and contract code), age at appointment
and sex digit; name, status, and account items of the plain forms (``platform:handle``,
``whatsapp:+62…``). A row that passes all of them is certainly valid. Every other row — a
printed NIP with spaces, an account URL, a typo — goes through the streaming reader's own row
check (:func:`jaganetral.model.registry.row_checker`), so the rows kept and the rejections (line,
field, words) are exactly the streaming reader's; a test compares both on files full of errors.

A file the columnar reader cannot take as the CSV module would (a row with too many fields, a
quote it reads differently, bad UTF-8) is left to the streaming reader: :func:`read_columns`
returns None and the caller streams.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from jaganetral.errors import Rejection
from jaganetral.model.activity import Platform
from jaganetral.model.identifiers import CHAT_PLATFORMS
from jaganetral.model.registry import (
    REGISTRY_COLUMNS,
    RegistryRow,
    _Coded,
    duplicate_nip,
    registry_header,
    row_checker,
)

I64 = npt.NDArray[np.int64]
BOOL = npt.NDArray[np.bool_]

_PLAIN_PLATFORMS = "|".join(
    sorted({p.value for p in Platform if p not in CHAT_PLATFORMS} | {"twitter"}, key=len, reverse=True)
)
_CHAT_PLATFORMS = "|".join(sorted(p.value for p in CHAT_PLATFORMS))
#: Account items both readers spell the same way: a plain handle, or a chat app's E.164 number.
_PLAIN_ITEM = rf"^(?i:({_PLAIN_PLATFORMS})):@?[A-Za-z0-9._-]+$"
#: A chat app's number however it is written: digits, spaces, dashes, dots, brackets, plus.
_PHONE_ITEM = rf"^(?i:({_CHAT_PLATFORMS})):[0-9+ ().-]+$"
#: A profile URL of a plain platform with a plain handle.
_URL_HOSTS = {
    "facebook.com": "facebook", "fb.com": "facebook", "instagram.com": "instagram", "x.com": "x",
    "twitter.com": "x", "tiktok.com": "tiktok", "youtube.com": "youtube",
}  # fmt: skip
_HOSTS = "|".join(h.replace(".", "\\.") for h in _URL_HOSTS)
_URL_ITEM = rf"^https?://(?:www\.|m\.|web\.|mobile\.)?(?i:({_HOSTS}))/@?[A-Za-z0-9._-]+/?$"
_DAYS = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


@dataclass
class RegistryColumns:
    """The valid rows of a registry file as columns, in file order, and what was rejected."""

    nips: I64
    names: pa.StringArray
    #: jabatan, instansi, unit_kerja, wilayah, status (stripped; status as PNS/PPPK).
    fields: list[pa.StringArray]
    lines: I64
    #: Every account key with the row that lists it, in the streaming reader's order: row by row,
    #: item by item, a phone number's key on its own platform first, then on the other chat app.
    account_keys: pa.StringArray
    account_rows: npt.NDArray[np.int32]
    account_primary: BOOL
    rejections: list[Rejection] = field(default_factory=list)
    rejected: int = 0


def use_malloc() -> None:
    """Arrow allocates through the C library's malloc from here on (process-wide).

    pyarrow's default pool here is mimalloc, which hands the memory of every freed intermediate
    column back to the system and faults it in again for the next: reading a 1-million-row
    registry spent 2.7 s in the kernel with it and 0.6 s with malloc (wall 4.7 -> 2.8 s;
    jemalloc measured the same as malloc, but a pyarrow build may lack it)."""
    if pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


def _ints(arr: pa.Array, start: int, stop: int) -> I64:
    part = pc.utf8_slice_codeunits(arr, start, stop)
    return np.asarray(pc.cast(part, pa.int64()).to_numpy(zero_copy_only=False), dtype=np.int64)


def _nip_ok(nip: pa.Array, status: pa.Array, today: date) -> BOOL:
    """Rows whose NIP passes every check of :mod:`jaganetral.model.nip` for their status."""
    n = len(nip)
    shaped = np.asarray(pc.match_substring_regex(nip, r"^[0-9]{18}$").to_numpy(zero_copy_only=False))
    ok = np.zeros(n, dtype=bool)
    if not shaped.any():
        return ok
    idx = np.nonzero(shaped)[0]
    digits = nip.take(pa.array(idx))
    by, bm, bd = _ints(digits, 0, 4), _ints(digits, 4, 6), _ints(digits, 6, 8)
    ay, am, sex = _ints(digits, 8, 12), _ints(digits, 12, 14), _ints(digits, 14, 15)
    leap = (by % 4 == 0) & ((by % 100 != 0) | (by % 400 == 0))
    dim = _DAYS[np.clip(bm, 0, 12)] - ((bm == 2) & ~leap)
    birth_real = (bm >= 1) & (bm <= 12) & (bd >= 1) & (bd <= dim)
    born = by * 10000 + bm * 100 + bd
    today_day = today.year * 10000 + today.month * 100 + today.day
    today_month = today.year * 100 + today.month
    adult = (by + 18) * 100 + bm
    birth_ok = birth_real & (by >= 1940) & (born <= today_day) & (sex >= 1) & (sex <= 2)
    appointed = ay * 100 + am
    pns = (am >= 1) & (am <= 12) & (ay >= 1960) & (appointed <= today_month) & (appointed >= adult)
    # NI PPPK: a contract code (20-29) where the month is, a year from the first PPPK intake;
    # the rest as for a PNS number with month 01 (model.nip.pppk_nip_error).
    is_pppk = np.asarray(
        pc.equal(pc.utf8_upper(pc.utf8_trim_whitespace(status.take(pa.array(idx)))), "PPPK").to_numpy(
            zero_copy_only=False
        )
    )
    as_jan = ay * 100 + 1
    pppk = (
        is_pppk
        & ~((am >= 1) & (am <= 12))
        & (am >= 20)
        & (am <= 29)
        & (ay >= 2019)
        & (ay <= today.year)
        & (as_jan <= today_month)
        & (as_jan >= adult)
    )
    ok[idx] = birth_ok & (pns | pppk)
    return ok


def _column(table: pa.Table, name: str) -> pa.StringArray:
    col = table.column(name).combine_chunks()
    assert isinstance(col, pa.StringArray)
    return col


def _bool(a: pa.Array) -> BOOL:
    return np.asarray(a.to_numpy(zero_copy_only=False), dtype=bool)


def read_columns(path: Path, *, today: date | None = None) -> RegistryColumns | None:
    """The registry at ``path`` as columns, or None when the streaming reader must read it.

    Raises :class:`~jaganetral.errors.InvalidConfig` for the same whole-file problems as the
    streaming reader (its header check runs first).
    """
    use_malloc()
    name = str(path)
    header = registry_header(path)
    if len(set(header)) != len(header):
        return None  # two columns of one name: leave the choice to the streaming reader
    by_name = {h.strip().lower(): h for h in header}
    cols = [by_name[c] for c in REGISTRY_COLUMNS]
    try:
        table = pacsv.read_csv(
            path,
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types={h: pa.string() for h in header},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OSError):
        return None
    if table.column_names != header:
        return None
    n = table.num_rows
    raw = [_column(table, c) for c in cols]
    nip, nama, jabatan, instansi, unit, wilayah, status, akun = raw

    # Physical lines: a quoted value may hold line breaks (every column counts, read or not).
    extra = np.zeros(n, dtype=np.int64)
    if n and _has_quote(path):
        for c in table.column_names:
            extra += np.asarray(pc.count_substring(table.column(c), "\n").to_numpy(), dtype=np.int64)
    lines = 2 + np.arange(n, dtype=np.int64) + np.concatenate(([0], np.cumsum(extra)[:-1])).astype(np.int64)

    # A line with nothing on it is no record; a row of empty fields (",,,,,,,") is one.
    blank = _bool(pc.equal(nip, ""))
    if blank.any():
        for c in table.column_names:
            blank &= _bool(pc.equal(table.column(c), ""))
    if blank.any():
        blank[np.nonzero(blank)[0]] = _blank_lines(path, lines[blank])

    # ---- the vectorised checks: rows that certainly pass ------------------------------------
    today = today or date.today()
    nama_s = pc.utf8_trim_whitespace(nama)
    status_u = pc.utf8_upper(pc.utf8_trim_whitespace(status))
    akun_s = pc.utf8_trim_whitespace(akun)
    ok = _nip_ok(nip, status, today)
    ok &= _bool(pc.greater(pc.utf8_length(nama_s), 0)) & ~_bool(pc.starts_with(nama_s, ","))
    ok &= _bool(pc.is_in(status_u, value_set=pa.array(["PNS", "PPPK"])))
    items = pc.split_pattern(akun_s, ";")
    flat = pc.utf8_trim_whitespace(pc.list_flatten(items))
    parent = np.asarray(pc.list_parent_indices(items).to_numpy(zero_copy_only=False), dtype=np.int64)
    present = _bool(pc.greater(pc.utf8_length(flat), 0))
    plain = _bool(pc.match_substring_regex(flat, _PLAIN_ITEM))
    phone_like = _bool(pc.match_substring_regex(flat, _PHONE_ITEM)) & ~plain
    url = _bool(pc.match_substring_regex(flat, _URL_ITEM)) & ~plain & ~phone_like
    phone_key = _phone_keys_where(flat, phone_like)
    phone = phone_like & _bool(pc.is_valid(phone_key))
    bad_item = present & ~plain & ~phone & ~url
    ok[np.unique(parent[bad_item])] = False
    ok &= ~blank

    # ---- every other row through the streaming reader's check -------------------------------
    check = row_checker(name, today)
    coded: list[_Coded] = []
    slow_rows: list[tuple[int, RegistryRow]] = []
    todo = np.nonzero(~ok & ~blank)[0]
    if len(todo):
        picked = [c.take(pa.array(todo)).to_pylist() for c in raw]
        for k, i in enumerate(todo.tolist()):
            got = check(int(lines[i]), tuple(col[k] for col in picked))
            if isinstance(got, _Coded):
                coded.append(got)
            else:
                slow_rows.append((i, got))

    # ---- the valid rows, in file order ------------------------------------------------------
    fast_idx = np.nonzero(ok)[0]
    slow_idx = np.array([i for i, _ in slow_rows], dtype=np.int64)
    order_rows = np.concatenate((fast_idx, slow_idx))
    perm = np.argsort(order_rows, kind="stable")
    valid_rows = order_rows[perm]

    ok_mask = pa.array(ok)

    def merged(fast: pa.Array, slow: list[str]) -> pa.StringArray:
        if not slow_rows:
            out = fast.filter(ok_mask)  # nothing to merge: the fast rows, in order
        else:
            both = pa.concat_arrays([fast.take(pa.array(fast_idx)), pa.array(slow, type=pa.string())])
            out = both.take(pa.array(perm))
        assert isinstance(out, pa.StringArray)
        return out

    nip_v = merged(nip, [r.nip for _, r in slow_rows])
    nips = np.asarray(pc.cast(nip_v, pa.int64()).to_numpy(zero_copy_only=False), dtype=np.int64)
    v_lines = lines[valid_rows]

    # Duplicate NIPs: the first valid row keeps it, later ones are rejected.
    keep = np.ones(len(valid_rows), dtype=bool)
    if len(nips) > 1:
        by_nip = np.argsort(nips, kind="stable")
        s = nips[by_nip]
        again = np.nonzero(s[1:] == s[:-1])[0] + 1
        if len(again):
            run_start = np.maximum.accumulate(np.where(np.r_[True, s[1:] != s[:-1]], np.arange(len(s)), 0))
            for j in again.tolist():
                later, first = int(by_nip[j]), int(by_nip[run_start[j]])
                keep[later] = False
                coded.append(
                    duplicate_nip(name, int(v_lines[later]), f"{nips[later]:018d}", int(v_lines[first]))
                )
    kept = np.nonzero(keep)[0]
    take = pa.array(kept)

    def final(fast: pa.Array, slow: list[str]) -> pa.StringArray:
        out = merged(fast, slow)
        if len(kept) != len(out):
            out = out.take(take)
        assert isinstance(out, pa.StringArray)
        return out

    names = final(nama_s, [r.nama for _, r in slow_rows])
    fields = [
        final(pc.utf8_trim_whitespace(jabatan), [r.jabatan for _, r in slow_rows]),
        final(pc.utf8_trim_whitespace(instansi), [r.instansi for _, r in slow_rows]),
        final(pc.utf8_trim_whitespace(unit), [r.unit_kerja for _, r in slow_rows]),
        final(pc.utf8_trim_whitespace(wilayah), [r.wilayah for _, r in slow_rows]),
        final(status_u, [r.status.value for _, r in slow_rows]),
    ]

    # ---- accounts -----------------------------------------------------------------------------
    # Position of each valid row in the final index.
    final_pos = np.full(n, -1, dtype=np.int64)
    final_pos[valid_rows[kept]] = np.arange(len(kept))
    use = present & ok[parent] & (final_pos[parent] >= 0)
    f_items = flat.filter(pa.array(use))
    f_rows = final_pos[parent[use]]
    u_use, p_use = pa.array(url[use]), pa.array(phone[use])
    # plain items: platform:handle; URLs: the host's platform and the path; phones: E.164.
    plain_plat = pc.utf8_lower(pc.extract_regex(f_items, r"^(?P<p>[^:/]*):?").field("p"))
    host = pc.utf8_lower(pc.extract_regex(f_items, rf"(?i)(?P<h>{_HOSTS})/").field("h"))
    url_plat = pc.if_else(pc.is_valid(host), host, "")
    for h, p in _URL_HOSTS.items():
        url_plat = pc.if_else(pc.equal(url_plat, h), p, url_plat)
    plat = pc.if_else(u_use, url_plat, plain_plat)
    plat = pc.if_else(pc.equal(plat, "twitter"), "x", plat)
    plain_handle = pc.extract_regex(f_items, r"^[^:]*:(?P<h>.*)$").field("h")
    url_handle = pc.extract_regex(f_items, rf"(?i)(?:{_HOSTS})/(?P<h>[^/]*)/?$").field("h")
    handle = pc.utf8_lower(pc.utf8_ltrim(pc.if_else(u_use, url_handle, plain_handle), "@"))
    handle = pc.if_else(p_use, phone_key.filter(pa.array(use)), handle)
    keys = pc.binary_join_element_wise(plat, handle, ":")
    is_chat = _bool(pc.is_in(plat, value_set=pa.array(sorted(p.value for p in CHAT_PLATFORMS))))
    slow_keys: list[str] = []
    slow_krows: list[int] = []
    slow_seq: list[float] = []
    for i, r in slow_rows:
        p = final_pos[i]
        if p < 0:
            continue
        for k, acct in enumerate(r.accounts):
            slow_keys.append(f"{acct.platform.value}:{acct.handle}")
            slow_krows.append(int(p))
            slow_seq.append(float(i) + k / 1000.0)
    # Order entries as the streaming reader adds them: by row, then item.
    seq = np.concatenate(
        (parent[use].astype(np.float64) + _item_rank(parent, use) / 1000.0, np.array(slow_seq))
    )
    all_keys = pa.concat_arrays([keys, pa.array(slow_keys, type=pa.string())])
    all_rows = np.concatenate((f_rows, np.array(slow_krows, dtype=np.int64)))
    chat = np.concatenate(
        (is_chat, np.array([k.startswith(("whatsapp:+", "telegram:+")) for k in slow_keys], dtype=bool))
    )
    by_seq = np.argsort(seq, kind="stable")
    all_keys, all_rows, chat = all_keys.take(pa.array(by_seq)), all_rows[by_seq], chat[by_seq]
    # A phone number is one person on WhatsApp and on Telegram alike: its key on the other app.
    chat_idx = np.nonzero(chat)[0]
    other = pc.if_else(
        pc.starts_with(all_keys.take(pa.array(chat_idx)), "whatsapp:"),
        pc.replace_substring(all_keys.take(pa.array(chat_idx)), "whatsapp:", "telegram:", max_replacements=1),
        pc.replace_substring(all_keys.take(pa.array(chat_idx)), "telegram:", "whatsapp:", max_replacements=1),
    )
    entry_keys = pa.concat_arrays([all_keys, other])
    entry_rows = np.concatenate((all_rows, all_rows[chat_idx])).astype(np.int32)
    primary = np.concatenate((np.ones(len(all_rows), dtype=bool), np.zeros(len(chat_idx), dtype=bool)))
    entry_order = np.concatenate((np.arange(len(all_rows)) * 2.0, chat_idx * 2.0 + 1.0))
    by_order = np.argsort(entry_order, kind="stable")
    ek = entry_keys.take(pa.array(by_order))
    assert isinstance(ek, pa.StringArray)
    coded.sort(key=lambda c: c.rejection.line or 0)
    return RegistryColumns(
        nips=nips[kept],
        names=names,
        fields=fields,
        lines=v_lines[kept],
        account_keys=ek,
        account_rows=entry_rows[by_order],
        account_primary=primary[by_order],
        rejections=[c.rejection for c in coded],
        rejected=len(coded),
    )


def _phone_keys_where(items: pa.Array, where: BOOL) -> pa.Array:
    """:func:`_phone_keys` of the items ``where`` says (the few written like phone numbers), null
    elsewhere: the normalisation is the costliest of the checks, and most items are handles."""
    idx = np.nonzero(where)[0]
    keys = _phone_keys(items.take(pa.array(idx))) if len(idx) else pa.array([], type=pa.string())
    return pc.replace_with_mask(pa.nulls(len(items), pa.string()), pa.array(where), keys)


def _phone_keys(items: pa.Array) -> pa.Array:
    """E.164 of each item's handle read as a phone number (model.identifiers.normalise_phone),
    null where it is none."""
    h = pc.extract_regex(items, r"^[^:]*:(?P<h>.*)$").field("h")
    s = pc.replace_substring_regex(pc.if_else(pc.is_valid(h), h, ""), r"[^0-9+]", "")
    plus = pc.starts_with(s, "+")
    digits = pc.if_else(
        plus,
        pc.replace_substring(pc.utf8_slice_codeunits(s, 1), "+", ""),
        pc.if_else(
            pc.starts_with(s, "00"),
            pc.utf8_slice_codeunits(s, 2),
            pc.if_else(
                pc.starts_with(s, "0"),
                pc.binary_join_element_wise("62", pc.utf8_slice_codeunits(s, 1), ""),
                s,
            ),
        ),
    )
    n = pc.utf8_length(digits)
    good = pc.and_(
        pc.match_substring_regex(digits, r"^[0-9]{8,15}$"),
        pc.and_(pc.greater_equal(n, 8), pc.less_equal(n, 15)),
    )
    return pc.if_else(good, pc.binary_join_element_wise("+", digits, ""), pa.scalar(None, pa.string()))


def _item_rank(parent: I64, use: BOOL) -> npt.NDArray[np.float64]:
    """Each used item's rank within its row (0, 1, …)."""
    p = parent[use]
    if len(p) == 0:
        return np.zeros(0)
    starts = np.r_[0, np.nonzero(p[1:] != p[:-1])[0] + 1]
    first = np.zeros(len(p), dtype=np.int64)
    first[starts] = starts
    first = np.maximum.accumulate(first)
    return (np.arange(len(p)) - first).astype(np.float64)


def _has_quote(path: Path) -> bool:
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 24):
            if b'"' in chunk:
                return True
    return False


def _blank_lines(path: Path, lines: I64) -> BOOL:
    """Which of these physical lines hold nothing but whitespace."""
    wanted = {int(x): k for k, x in enumerate(lines.tolist())}
    out = np.zeros(len(lines), dtype=bool)
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            k = wanted.pop(number, None)
            if k is not None:
                out[k] = not raw.strip()
                if not wanted:
                    break
    return out
