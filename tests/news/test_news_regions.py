"""Region mentions resolve to the Kemendagri 2025 gazetteer, whatever the article calls them."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jaganetral.news.lexicon import load_news_lexicon
from jaganetral.news.regions import GAZETTEER, RegionResolver

RESOLVER = RegionResolver(load_news_lexicon())
with (GAZETTEER / "kabupaten_kota_2025.csv").open(encoding="utf-8") as fh:
    KABKOTA = list(csv.DictReader(fh))
PROVINCES = sorted({r["nama_provinsi"] for r in KABKOTA})


def resolve(text: str):  # type: ignore[no-untyped-def]
    return RESOLVER.resolve(RESOLVER.find(text) + RESOLVER.dateline(text))


@settings(max_examples=200, deadline=None)
@given(
    row=st.sampled_from(KABKOTA), lead=st.sampled_from(["Bawaslu", "Pemerintah", "Warga", "Seorang ASN di"])
)
def test_every_official_name_resolves_to_itself_with_its_province(row: dict[str, str], lead: str) -> None:
    res = resolve(f"{lead} {row['nama']} melaporkan dugaan pelanggaran netralitas.")
    assert res is not None
    assert res.region.code == row["kode"]
    assert res.region.province == row["nama_provinsi"]


@settings(max_examples=150, deadline=None)
@given(row=st.sampled_from(KABKOTA), wrong=st.sampled_from(PROVINCES))
def test_the_gazetteer_province_wins_over_the_one_the_article_names(row: dict[str, str], wrong: str) -> None:
    res = resolve(f"Seorang camat di {row['nama']}, {wrong}, dipanggil Bawaslu.")
    assert res is not None
    assert res.region.code == row["kode"]
    assert res.region.province == row["nama_provinsi"]
    if wrong != row["nama_provinsi"]:
        assert res.province_as_reported == wrong


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("PALI – Kadin Kominfo Kabupaten PALI diduga tidak netral.", "16.12"),
        ("Sekda Ogan Komering Ulu (OKU) angkat bicara.", "16.01"),
        ("Seorang lurah di Muratara dilaporkan.", "16.13"),
        ("Kab. Musi Rawas dan Bupati Musi Rawas", "16.05"),
        ("akun resmi dinas Kominfo lubuklinggau mengunggah", "16.73"),
        ("MALANG, KOMPAS.com - Seorang ASN diperiksa.", "35.73"),
        ("Pemkab Malang memanggil seorang guru.", "35.07"),
        ("Bupati Bekasi meminta ASN netral. Seorang ASN Bekasi dilaporkan.", "32.16"),
        ("Warga Kecamatan Agrabinta melapor.", "32.03"),
        ("Bawaslu Jakut memproses laporan.", "31.72"),
    ],
)
def test_abbreviations_prefixes_and_datelines(text: str, code: str) -> None:
    res = resolve(text)
    assert res is not None and res.region.code == code


def test_a_province_alone_gives_a_province() -> None:
    res = resolve("Pemprov Jabar menerima rekomendasi KASN.")
    assert res is not None
    assert (res.region.level, res.region.code) == ("provinsi", "32")


def test_common_words_need_a_prefix() -> None:
    # "batu" (stone) and "Metro" are words as well as regions: only "Kota Batu"/"Kota Metro" count.
    assert resolve("Mobilnya dilempari Batu oleh orang tak dikenal.") is None
    assert resolve("ASN di Kota Batu dipanggil.").region.code == "35.79"  # type: ignore[union-attr]


def test_a_round_up_of_many_regions_is_not_one_place() -> None:
    text = (
        "Kasus di Kabupaten Supiori, Kabupaten Merauke, Kabupaten Nabire, Kabupaten Keerom "
        "dan Kabupaten Asmat."
    )
    res = resolve(text)
    assert res is None or res.region.level == "provinsi"
