"""The columnar registry reader keeps and rejects exactly what the streaming reader does.

Both readers build an index of the same file; every person, account key, name block, rejection
(line, field, words) and count must be equal. The files are a synthetic registry with every kind
of row the checks know spliced in, and rows Hypothesis makes up.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jaganetral.attribute import cache as registry_cache
from jaganetral.attribute.columnar import read_columns
from jaganetral.attribute.index import RegistryIndex, build_index
from jaganetral.attribute.loading import load_index
from jaganetral.model.activity import Platform
from jaganetral.model.registry import iter_registry_rows
from jaganetral.synth.registry import generate_registry

HEADER = "nip,nama,jabatan,instansi,unit_kerja,wilayah,status,akun"
TODAY = date(2026, 12, 1)

#: Rows of every kind the checks tell apart (valid, fixable, rejected), as CSV lines.
ODD_ROWS = [
    # valid in both, plain
    "198001012005011001,Budi Santoso,Staf,Dinas A,Bidang 1,Kota Padang,PNS,facebook:budi.s",
    # printed NIP with grouping spaces (fixed by the streaming check)
    "19800102 200501 1 002,Siti Aminah,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    # NI PPPK layout (year + contract code) for a PPPK row; the same for a PNS row is rejected
    "199001012021211003,Rina Wati,Guru,Dinas B,SD 1,Kota Padang,PPPK,",
    "199001012021211004,Rino Wati,Guru,Dinas B,SD 1,Kota Padang,PNS,",
    # bad dates, sex digit, length, non-digit
    "198002302005011005,Tanggal Salah,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    "198001012005131006,Bulan Salah,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    "198001012005013007,Jenis Salah,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    "19800101200501100,Pendek,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    "1.98E+17,Notasi Ilmiah,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    "20300101205001100a,Masa Depan,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    "203001012050011009,Masa Depan,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    "200501012010011010,Di Bawah Umur,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    # name, status
    "198001012005011011,,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    '198001012005011012,", S.H.",Staf,Dinas A,Bidang 1,Kota Padang,PNS,',
    "198001012005011013,Status Salah,Staf,Dinas A,Bidang 1,Kota Padang,honorer,",
    "198001012005011014,  Status Kecil  ,Staf,Dinas A,Bidang 1,Kota Padang, pppk ,",
    # accounts: URL, chat phones, twitter, unknown platform, no handle, WhatsApp name, @, duplicates
    "198001012005011015,Akun Url,Staf,Dinas A,Bidang 1,Kota Padang,PNS,https://www.facebook.com/akun.url",
    "198001012005011016,Akun Wa,Staf,Dinas A,Bidang 1,Kota Padang,PNS,"
    "whatsapp:0812-7300-1122;telegram:+6281273001122",
    "198001012005011017,Akun Tw,Staf,Dinas A,Bidang 1,Kota Padang,PNS,twitter:@AkunTw;X:akuntw",
    "198001012005011018,Akun Salah,Staf,Dinas A,Bidang 1,Kota Padang,PNS,fb:akun.salah",
    "198001012005011019,Akun Kosong,Staf,Dinas A,Bidang 1,Kota Padang,PNS,facebook:",
    "198001012005011020,Wa Nama,Staf,Dinas A,Bidang 1,Kota Padang,PNS,whatsapp:budi",
    "198001012005011021,Akun Bersama,Staf,Dinas A,Bidang 1,Kota Padang,PNS,facebook:budi.s;;",
    "198001012005011022,Telepon Sama,Staf,Dinas A,Bidang 1,Kota Padang,PNS,telegram:+6281273001122",
    "198001012005011027,Url Besar,Staf,Dinas A,Bidang 1,Kota Padang,PNS,HTTPS://www.facebook.com/Besar",
    "198001012005011028,Url Web,Staf,Dinas A,Bidang 1,Kota Padang,PNS,https://web.facebook.com/url.web/",
    "198001012005011029,Url X,Staf,Dinas A,Bidang 1,Kota Padang,PNS,https://mobile.twitter.com/@UrlX",
    "198001012005011030,Hp,Staf,Dinas A,Bidang 1,Kota Padang,PNS,"
    "whatsapp:+62 812 (7300) 1123;telegram:0062812730011",
    "198001012005011031,Hp Pendek,Staf,Dinas A,Bidang 1,Kota Padang,PNS,whatsapp:0812",
    "198001012005011032,Tg Nama,Staf,Dinas A,Bidang 1,Kota Padang,PNS,telegram:budi12345678",
    # duplicate NIP (of the first row), after an invalid row with the same NIP
    "198001012005011001,Budi Lagi,Staf,Dinas A,Bidang 1,Kota Padang,PNS,",
    # titles, accents, a quoted name with a line break, extra whitespace
    '198001012005011023,"Dr. H. Ahmad Fauzi, M.Si.",Kepala,Dinas C,Bidang 2,Kota Padang,PNS,',
    "198001012005011024,Désy Ratnasari,Staf,Dinas C,Bidang 2,Kota Padang,PNS,instagram:desy.r",
    '198001012005011025,"Nama\nDua Baris",Staf,Dinas C,Bidang 2,Kota Padang,PNS,',
    "198001012005011026,M. Yusuf,  Staf  ,Dinas C ,Bidang 2,Kota Padang,PNS,instagram:M_Yusuf",
    # a row of empty fields is a record (rejected); a blank line is none
    ",,,,,,,",
    "",
]


def _both(path: Path) -> tuple[RegistryIndex, RegistryIndex]:
    cols = read_columns(path, today=TODAY)
    assert cols is not None, "the columnar reader gave up"
    return RegistryIndex.from_columns(cols), build_index(iter_registry_rows(path, today=TODAY))


def _same(a: RegistryIndex, b: RegistryIndex) -> None:
    assert len(a) == len(b)
    assert [a.person(i) for i in range(len(a))] == [b.person(i) for i in range(len(b))]
    assert sorted(a.accounts.items()) == sorted(b.accounts.items())
    assert a.duplicate_accounts == b.duplicate_accounts
    assert a.rejected == b.rejected
    assert [(r.line, r.field, r.reason) for r in a.rejections] == [
        (r.line, r.field, r.reason) for r in b.rejections
    ]
    assert sorted(map(sorted, a.blocks.values())) == sorted(map(sorted, b.blocks.values()))


def test_every_kind_of_row_is_read_alike(tmp_path: Path) -> None:
    base = tmp_path / "base.csv"
    generate_registry(3000, base, seed=3)
    lines = base.read_text(encoding="utf-8").splitlines()
    rng = random.Random(5)
    body = lines[1:]
    for row in ODD_ROWS:
        body.insert(rng.randrange(len(body) + 1), row)
    path = tmp_path / "asn.csv"
    path.write_text("\n".join([lines[0], *body]) + "\n", encoding="utf-8")
    a, b = _both(path)
    _same(a, b)
    assert a.rejected >= 15
    reasons = " ".join(r.reason for r in a.rejections)
    assert "duplicate NIP 198001012005011001" in reasons
    # The NI PPPK layout is a PPPK's number, not a PNS's.
    kept = {a.person(i).nip for i in range(len(a))}
    assert "199001012021211003" in kept and "199001012021211004" not in kept
    assert "(month 21)" in reasons


def test_a_file_it_cannot_read_is_left_to_the_streaming_reader(tmp_path: Path) -> None:
    path = tmp_path / "asn.csv"
    path.write_text(HEADER + "\n198001012005011001,Budi,Staf,A,B,C,PNS,,extra\n", encoding="utf-8")
    assert read_columns(path) is None
    idx = load_index(path, cache=False)
    assert idx.rejected == 1 and "fields" in idx.rejections[0].reason


_cell = st.text(alphabet=st.sampled_from(list("aB9 .,;:@+-'\"é/_") + ["\n"]), max_size=12)
_nip = st.one_of(
    st.from_regex(r"(19[4-9][0-9]|200[0-6])(0[1-9]|1[0-2])(0[1-9]|[12][0-9])(19[6-9][0-9]|20[0-2][0-9])"
                  r"(0[1-9]|1[0-2]|2[0-9])[0-3][0-9]{3}", fullmatch=True),
    _cell,
)  # fmt: skip
_akun = st.lists(
    st.one_of(
        st.sampled_from(["facebook:a.b", "Twitter:@Xy", "whatsapp:+628123456789", "telegram:0812 3456 789",
                         "instagram:q", "fb:z", "https://fb.com/zz", "whatsapp:abc", "facebook:a.b",
                         "HTTP://x.com/Q", "https://m.tiktok.com/@Tk/", "whatsapp:(0812) 3456-7890",
                         "whatsapp:0812", "telegram:+62 812 3456 7890", "https://t.me/abc"]),
        _cell,
    ),
    max_size=3,
).map(";".join)  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.tuples(_nip, _cell, _cell, st.sampled_from(["PNS", "PPPK", " pns", "x", ""]), _akun),
        min_size=1,
        max_size=25,
    )
)
def test_made_up_rows_are_read_alike(tmp_path: Path, rows: list[tuple[str, str, str, str, str]]) -> None:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER.split(","))
    for nip, nama, jab, status, akun in rows:
        w.writerow([nip, nama, jab, "Dinas", "Unit", "Kota Padang", status, akun])
    path = tmp_path / "h.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    cols = read_columns(path, today=TODAY)
    if cols is None:
        return  # left to the streaming reader: nothing to compare
    _same(RegistryIndex.from_columns(cols), build_index(iter_registry_rows(path, today=TODAY)))


def test_the_cache_is_used_and_never_trusted_blindly(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    mp.setenv("JAGANETRAL_CACHE", str(tmp_path / "cache"))
    try:
        path = tmp_path / "asn.csv"
        generate_registry(2000, path, seed=9)
        seen: list[str] = []
        first = load_index(path, progress=seen.append)
        assert seen == ["build"]
        list(first.block_members("budi santoso"))  # builds the name blocks, kept in the cache too
        seen.clear()
        again = load_index(path, progress=seen.append)
        assert seen == ["cache"]
        _same(again, first)
        assert again._blocks is not None
        # A corrupt table is detected and rebuilt.
        entry = registry_cache.entry_for(path)
        assert entry is not None
        persons = entry.path / "persons.arrow"
        data = bytearray(persons.read_bytes())
        data[len(data) // 2] ^= 0xFF
        persons.write_bytes(bytes(data))
        seen.clear()
        rebuilt = load_index(path, progress=seen.append)
        assert seen == ["build"]
        _same(rebuilt, first)
        # A changed file is another entry.
        path.write_text(path.read_text(encoding="utf-8").replace("PNS", "PPPK", 1), encoding="utf-8")
        seen.clear()
        load_index(path, progress=seen.append)
        assert seen == ["build"]
    finally:
        mp.undo()


def test_tables_built_ahead_are_the_tables_built_on_first_use(tmp_path: Path) -> None:
    """Built together before the workers fork (``build_tables``), the name and look-alike handle
    blocks answer exactly as those built when first asked for."""
    path = tmp_path / "asn.csv"
    generate_registry(2000, path, seed=11)
    ahead, lazy = _both(path)
    ahead.build_tables()
    assert ahead._blocks is not None and ahead._handle_blocks is not None
    assert lazy._blocks is None and lazy._handle_blocks is None
    assert sorted(map(sorted, ahead.blocks.values())) == sorted(map(sorted, lazy.blocks.values()))
    handles = [k.partition(":") for k, _ in lazy.accounts.items()][:200]
    for plat, _, handle in handles:
        platform = next(p for p in Platform if p.value == plat)
        squashed = "".join(c for c in handle.lower() if c.isalpha())
        assert ahead.handles_like(platform, squashed) == lazy.handles_like(platform, squashed)
