"""ASN registry and institutional accounts: every file error and row error names where it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from factories import FIXTURES
from hypothesis import given
from hypothesis import strategies as st

from jaganetral.errors import InvalidConfig, Rejection
from jaganetral.model.activity import Platform
from jaganetral.model.identifiers import normalise_handle
from jaganetral.model.names import split_name
from jaganetral.model.people import AccountKey, AsnStatus, Institution, Person
from jaganetral.model.registry import (
    RegistryRow,
    _parse_account,
    _SeenNips,
    iter_institutions,
    iter_registry,
    iter_registry_rows,
    load_registry_report,
)
from jaganetral.synth import generate_registry

REG = FIXTURES / "registry"
TODAY = date(2026, 11, 21)


def split(items: list[Person | Rejection]) -> tuple[list[Person], list[Rejection]]:
    people = [i for i in items if isinstance(i, Person)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    return people, rejections


def test_valid_registry_loads_every_row_normalised() -> None:
    people, rejections = split(list(iter_registry(REG / "asn_valid.csv", today=TODAY)))
    assert rejections == []
    by_nip = {p.nip: p for p in people}
    assert len(people) == 5

    kadis = by_nip["198503122010011002"]
    assert kadis.name.core == "Ahmad Fauzan"
    assert kadis.name.titles_before == ("Drs.", "H.") and kadis.name.titles_after == ("M.Si.",)
    assert kadis.wilayah == "Kota Lubuklinggau" and kadis.status is AsnStatus.PNS
    assert kadis.accounts == (
        AccountKey(Platform.FACEBOOK, "ahmad.fauzan.llg"),
        AccountKey(Platform.WHATSAPP, "+6281273001122"),
    )
    assert by_nip["199001052015032001"].accounts == (AccountKey(Platform.INSTAGRAM, "siti.rahma90"),)
    camat = by_nip["197708172003121005"]
    assert camat.name.core == "Sutrisno" and camat.status is AsnStatus.PNS  # "pns" accepted
    assert camat.wilayah == "Kabupaten Penukal Abab Lematang Ilir" and camat.accounts == ()
    # Printed grouping spaces removed; "twitter" means x; a profile URL; a trailing ";".
    perawat = by_nip["198811232019022003"]
    assert perawat.status is AsnStatus.PPPK
    assert perawat.accounts == (
        AccountKey(Platform.X, "rinamarlina_"),
        AccountKey(Platform.TIKTOK, "rina.marlina"),
    )
    # A bare profile URL and the same account as platform:handle are one account.
    assert by_nip["199204302022011001"].accounts == (
        AccountKey(Platform.TELEGRAM, "yusuf_llg"),
        AccountKey(Platform.FACEBOOK, "m.yusuf.92"),
    )
    assert by_nip["199204302022011001"].name.core == "M. Yusuf"


def test_bom_crlf_reordered_and_extra_columns() -> None:
    (person,) = list(iter_registry(REG / "asn_bom_crlf.csv", today=TODAY))
    assert isinstance(person, Person)
    assert person.nip == "198503122010011002" and person.status is AsnStatus.PNS
    assert person.jabatan == "Kepala Dinas" and person.accounts[0].handle == "ahmad.fauzan.llg"


# line -> (field, fragment of the reason); line 1 is the header, 2 and 19 are valid.
EXPECTED_ERRORS = {
    3: ("nip", "got 17 characters"),
    4: ("nip", "birth date 19850230 (digits 1-8) is not a real date"),
    5: ("nip", "appointment 201013 (digits 9-14) is not a real month"),
    6: ("nip", "before the 18th birthday"),
    7: ("nip", "sex digit (digit 15) is 3"),
    8: ("nip", "scientific notation"),
    9: ("nama", "name is empty"),
    10: ("status", "status 'Honorer' is not PNS or PPPK"),
    11: ("akun", "account 'facebook' has no handle"),
    12: ("akun", "unknown platform 'friendster'"),
    13: ("akun", "must be a phone number"),
    14: ("nip", "duplicate NIP 198503122010011002 (first on line 2)"),
    15: (None, "row has 9 fields, header has 8: quote values that contain commas"),
    16: ("unit_kerja", "row has 4 fields, header has 8: no 'unit_kerja' and after"),
    17: ("nip", "character 17 is 'X'"),
    18: ("nama", "no name before the titles"),
}


def test_every_row_error_names_file_line_and_field() -> None:
    path = REG / "asn_errors.csv"
    people, rejections = split(list(iter_registry(path, today=TODAY)))
    assert [p.nip for p in people] == ["198503122010011002", "198503122010011016"]
    assert {r.line: (r.field, r.reason) for r in rejections}.keys() == EXPECTED_ERRORS.keys()
    for r in rejections:
        field, fragment = EXPECTED_ERRORS[r.line or 0]
        assert r.file == str(path)
        assert r.field == field, r
        assert fragment in r.reason, r
        message = str(r)
        assert message.startswith(f"{path}, line {r.line}")
        if field is not None:
            assert f"field '{field}'" in message


def test_nip_grouping_spaces_and_no_break_spaces(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    row = ",Ahmad,Staf,Dinas Sosial,Sekretariat,Kota Lubuklinggau,PNS,\n"
    header = "nip,nama,jabatan,instansi,unit_kerja,wilayah,status,akun\n"
    path.write_text(header + " 19850312\u00a0201001 1 002 " + row + "19850312\t201001 1 003" + row)
    assert [p.nip for p in iter_registry(path) if isinstance(p, Person)] == [
        "198503122010011002",
        "198503122010011003",
    ]


def test_rows_fast_path_rejects_the_same_rows() -> None:
    path = REG / "asn_errors.csv"
    rows = list(iter_registry_rows(path, today=TODAY))
    assert [r.line for r in rows if isinstance(r, Rejection)] == sorted(EXPECTED_ERRORS)
    valid = [r for r in rows if isinstance(r, RegistryRow)]
    assert [r.line for r in valid] == [2, 19]
    assert valid[1].accounts == (AccountKey(Platform.INSTAGRAM, "rahmat.h"),)


def test_report_counts_and_groups_by_reason() -> None:
    report = load_registry_report(REG / "asn_errors.csv", max_examples=1, today=TODAY)
    assert (report.loaded, report.rejected, report.accounts) == (2, 16, 1)
    assert report.by_status == {"PNS": 1, "PPPK": 1}
    assert report.by_reason["nip.length"] == 2  # 17 digits, and the spreadsheet number
    assert report.by_reason["row.fields"] == 2
    assert report.by_reason["nip.duplicate"] == 1
    assert all(len(v) == 1 for v in report.examples.values())
    assert report.examples["nip.length"][0].line == 3
    assert "2 loaded, 16 rejected" in report.summary()


@pytest.mark.parametrize(
    ("fixture", "line", "field", "fragment"),
    [
        ("asn_missing_column.csv", 1, "status", "missing column 'status'"),
        ("asn_misspelt_column.csv", 1, "jabatan", "found 'jabtan' (misspelt?)"),
        ("asn_empty.csv", 1, None, "file is empty"),
        ("asn_utf16.csv", 1, None, "UTF-16"),
        ("asn_latin1.csv", 3, None, "not UTF-8 text (byte 0xe9)"),
    ],
)
def test_file_errors_raise_invalid_config(fixture: str, line: int, field: str | None, fragment: str) -> None:
    path = REG / fixture
    for reader in (iter_registry, iter_registry_rows):
        with pytest.raises(InvalidConfig) as exc:
            list(reader(path, today=TODAY))
        err = exc.value
        assert (err.file, err.line, err.field) == (str(path), line, field)
        assert fragment in str(err)
        assert str(err).startswith(f"{path}, line {line}")
    with pytest.raises(InvalidConfig):
        load_registry_report(path, today=TODAY)


def test_more_file_errors(tmp_path: Path) -> None:
    cases = {
        "missing.csv": None,
        "bom_only.csv": b"\xef\xbb\xbf\n\n",
        "utf16_no_bom.csv": "nip,nama\n".encode("utf-16-le"),
        "duplicate_header.csv": b"nip,nama,jabatan,instansi,unit_kerja,wilayah,status,akun,nip\n",
        "blank_first_line.csv": b"\nnip,nama,jabatan,instansi,unit_kerja,wilayah,status,akun\n",
        "bad_quote.csv": b'nip,nama,jabatan,instansi,unit_kerja,wilayah,status,akun\n1,"a"b\x00,c\n',
    }
    messages = {}
    for name, content in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        with pytest.raises(InvalidConfig) as exc:
            list(iter_registry(path))
        assert exc.value.file == str(path)
        messages[name] = (exc.value.line, str(exc.value))
    assert "cannot read file" in messages["missing.csv"][1]
    assert messages["bom_only.csv"] == (1, f"{tmp_path / 'bom_only.csv'}, line 1: file is empty")
    assert "NUL bytes" in messages["utf16_no_bom.csv"][1]
    assert "appears twice" in messages["duplicate_header.csv"][1]
    assert messages["blank_first_line.csv"][0] == 1
    assert messages["bad_quote.csv"][0] == 2


def test_latin1_error_is_found_deep_in_a_big_file(tmp_path: Path) -> None:
    # Past the first read buffer, so the line comes from the rescan, not the head check.
    header = "nip,nama,jabatan,instansi,unit_kerja,wilayah,status,akun\n"
    good = "198503122010011002,Ahmad,Staf,Dinas Sosial,Sekretariat,Kota Lubuklinggau,PNS,\n"
    path = tmp_path / "big.csv"
    path.write_bytes((header + good * 3000).encode() + "D\xe9sy,\n".encode("latin-1"))
    with pytest.raises(InvalidConfig) as exc:
        list(iter_registry_rows(path))
    assert exc.value.line == 3002


def test_institutions() -> None:
    path = REG / "institutions.csv"
    items = list(iter_institutions(path))
    inst = [i for i in items if isinstance(i, Institution)]
    rej = [i for i in items if isinstance(i, Rejection)]
    assert [i.account for i in inst] == [
        AccountKey(Platform.FACEBOOK, "diskominfo.llg"),
        AccountKey(Platform.INSTAGRAM, "pemkab.pali"),
        AccountKey(Platform.WHATSAPP, "+6281273114455"),
        AccountKey(Platform.X, "sdn12llg"),
    ]
    assert inst[0].instansi == "Dinas Komunikasi dan Informatika Kota Lubuklinggau"
    assert inst[0].nama_akun == "Diskominfo Lubuklinggau" and inst[0].wilayah == "Kota Lubuklinggau"
    got = {r.line: (r.field, r.reason) for r in rej}
    assert got == {
        6: ("instansi", "instansi is empty"),
        7: ("platform", got[7][1]),
        8: ("handle", "handle is empty"),
        9: ("handle", "WhatsApp handle 'humas.penukal' must be a phone number"),
        10: ("handle", "duplicate account facebook:diskominfo.llg (first on line 2)"),
    }
    assert "unknown platform 'friendster'" in got[7][1]
    assert all(str(r).startswith(f"{path}, line {r.line}, field '{r.field}'") for r in rej)


def test_institutions_misspelt_column() -> None:
    path = REG / "institutions_misspelt_column.csv"
    with pytest.raises(InvalidConfig) as exc:
        list(iter_institutions(path))
    assert (exc.value.line, exc.value.field) == (1, "platform")
    assert "found 'platfrom'" in str(exc.value)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("facebook:Budi.Santoso", AccountKey(Platform.FACEBOOK, "budi.santoso")),
        ("Facebook : budi ", AccountKey(Platform.FACEBOOK, "budi")),
        ("instagram:@budi_s", AccountKey(Platform.INSTAGRAM, "budi_s")),
        ("whatsapp:+62 812-7300-1122", AccountKey(Platform.WHATSAPP, "+6281273001122")),
        ("telegram:081273001122", AccountKey(Platform.TELEGRAM, "+6281273001122")),
        ("telegram:@budi_llg", AccountKey(Platform.TELEGRAM, "budi_llg")),
        ("https://wa.me/6281273001122", AccountKey(Platform.WHATSAPP, "+6281273001122")),
        ("www.instagram.com/budi.s/", AccountKey(Platform.INSTAGRAM, "budi.s")),
        ("https://m.facebook.com/budi.s", AccountKey(Platform.FACEBOOK, "budi.s")),
        ("x:https://x.com/budi", AccountKey(Platform.X, "budi")),
        ("https://myspace.com/budi", "akun.unknown_platform"),
        ("facebook:", "akun.no_handle"),
        ("facebook:@", "akun.no_handle"),
        ("budi.santoso", "akun.format"),
        ("whatsapp:budi", "akun.not_phone"),
    ],
)
def test_account_items(item: str, expected: AccountKey | str) -> None:
    got = _parse_account(item)
    assert got == expected if isinstance(expected, AccountKey) else got.code == expected  # type: ignore[union-attr]


@given(
    st.sampled_from([Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X, Platform.TIKTOK, Platform.YOUTUBE]),
    st.text(st.characters(blacklist_characters=":;/", blacklist_categories=["Cs"]), min_size=1, max_size=20),
)
def test_account_fast_path_agrees_with_normalise_handle(platform: Platform, handle: str) -> None:
    got = _parse_account(f"{platform.value}:{handle}")
    expected = normalise_handle(platform, handle)
    if expected:
        assert got == AccountKey(platform, expected)


def test_seen_nips_is_exact() -> None:
    seen = _SeenNips(10)  # few buckets: many NIPs share one
    nips = [f"19850312201001{sex}{seq:03d}" for sex in (1, 2) for seq in range(1000)]
    for line, nip in enumerate(nips, start=2):
        assert seen.add(nip, line) is None
    for line, nip in enumerate(nips, start=2):
        assert seen.add(nip, 99_999) == line
    # A key whose bytes straddle two stored records is not mistaken for a stored one.
    seen2 = _SeenNips(1)
    seen2.add("111111111111111111", 0x22222222)
    assert seen2.add("222222221111111111", 5) is None


@given(st.text(min_size=1, max_size=30))
def test_name_check_guarantees_split_name_succeeds(nama: str) -> None:
    nama = nama.strip()
    if nama and nama[0] != ",":
        split_name(nama)  # must not raise: iter_registry relies on it


def test_synthetic_registry_loads_without_rejections(tmp_path: Path) -> None:
    path = tmp_path / "asn.csv"
    generate_registry(3000, path, seed=7)
    again = tmp_path / "again.csv"
    generate_registry(3000, again, seed=7)
    assert path.read_bytes() == again.read_bytes()  # deterministic for a seed
    report = load_registry_report(path)
    assert (report.loaded, report.rejected) == (3000, 0), report.examples
    assert 0.2 < report.accounts / 3000 < 0.5
    assert report.by_status["PPPK"] > 0
    people = [p for p in iter_registry(path) if isinstance(p, Person)]
    assert len({p.nip for p in people}) == 3000
    assert any(p.name.titles_after for p in people) and any(p.name.titles_before for p in people)
    assert any(a.platform is Platform.WHATSAPP for p in people for a in p.accounts)
    assert all(a.handle for p in people for a in p.accounts)
    # The sex digit of the NIP agrees with the name: no midwife is a man.
    assert all(p.nip[14] == "2" for p in people if p.jabatan.startswith("Bidan"))


def test_synthetic_registry_other_seed_differs(tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    generate_registry(50, a, seed=1)
    generate_registry(50, b, seed=2)
    assert a.read_bytes() != b.read_bytes()
    with pytest.raises(ValueError):
        generate_registry(-1, a)
