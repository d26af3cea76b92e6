"""Article type and incident fields on short fictional articles (people invented, regions real)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jaganetral.news.articles import Article, clean_text, read_articles, sniff, url_date
from jaganetral.news.extract import NewsExtractor, extract_incidents
from jaganetral.news.lexicon import load_news_lexicon

EX = NewsExtractor.build()

OFFICIAL_ACCOUNT = """Akun Dinas Kominfo Muratara Bagikan Postingan Bakal Calon Bupati

MURATARA - Akun resmi Facebook Diskominfo Muratara membagikan postingan dukungan kepada bakal calon bupati,
Minggu 15 September 2024. Warga menilai unggahan itu menguntungkan salah satu calon.
Saat dikonfirmasi, Plt Kepala Dinas Kominfo, Sutarjo Wiradana membenarkan postingan itu
dan menyebut admin salah upload.
Baca juga: Harga Cabai di Pasar Naik Lagi
"Sudah kami hapus," kata Sutarjo.
"""

INSTRUCTION = """Camat di Kabupaten Lahat Diduga Minta Kepala Desa Menangkan Paslon

LAHAT - Seorang camat di Kabupaten Lahat, Rudi Hartawan, diduga meminta kepala desa mengarahkan warga untuk
mendukung pasangan calon bupati nomor urut 2 melalui pesan di grup WhatsApp, Selasa (8/10/2024).
Bawaslu Lahat telah memanggil Rudi Hartawan untuk klarifikasi pada Kamis (10/10/2024).
"""

ADVISORY = """Bawaslu Imbau ASN Kota Jambi Bijak Bermedia Sosial

Bawaslu Kota Jambi mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. ASN dilarang memberikan
like, komentar dan membagikan postingan pasangan calon di Facebook, Instagram maupun TikTok.
"Jangan sampai jari menjerat karier," kata Ketua Bawaslu Kota Jambi, Andika Permana, Senin (5/8/2024).
Sosialisasi ini akan dilanjutkan ke seluruh kecamatan.
"""

SANCTION = """Guru PPPK di Kabupaten Garut Dijatuhi Hukuman Disiplin Sedang

GARUT - Seorang guru PPPK berinisial TR dijatuhi hukuman disiplin sedang setelah terbukti mengunggah foto
bersama calon bupati di Instagram. Rekomendasi BKN diterima Pemkab Garut pada Rabu (20/11/2024).
Kepala BKPSDM Garut mengatakan sanksi berupa pemotongan tunjangan selama enam bulan.
"""

NOT_ASN = """Pengurus RT di Kelurahan Sukamaju Deklarasi Dukung Paslon

Pengurus RT dan RW di Kelurahan Sukamaju menyatakan dukungan kepada pasangan calon wali kota
dalam Pilkada 2024.
Surat dukungan itu dibubuhi stempel RT. Bawaslu akan meminta klarifikasi para ketua RT dan RW tersebut.
"""

UNRELATED = """Harga Beras di Pasar Induk Turun

Harga beras medium di pasar induk turun Rp500 per kilogram pekan ini, kata pedagang.
"""


def one(text: str, **kw: object) -> dict[str, object]:
    art = Article(id="t", text=text.split("\n", 1)[1], title=text.split("\n", 1)[0], **kw)  # type: ignore[arg-type]
    return EX.extract(art).to_dict()


def test_official_account_sharing_a_candidate_post_is_an_incident() -> None:
    out = one(OFFICIAL_ACCOUNT)
    assert out["article_type"] == "incident"
    (inc,) = out["incidents"]  # type: ignore[misc]
    assert inc["region"]["name"] == "Kabupaten Musi Rawas Utara"
    assert inc["region"]["province"] == "Sumatera Selatan"
    assert inc["platforms"] == ["facebook"]
    assert {"official_account_use", "share"} <= set(inc["actions"])
    assert inc["date"] == "2024-09-15"
    assert inc["election"] == "pilkada2024"
    names = [a["name"] for a in inc["actors"]]
    assert "Sutarjo Wiradana" in names
    actor = next(a for a in inc["actors"] if a["name"] == "Sutarjo Wiradana")
    assert actor["position"].startswith("Plt Kepala Dinas")
    assert "Musi Rawas Utara" in actor["agency"]


def test_instructing_village_heads_over_whatsapp() -> None:
    out = one(INSTRUCTION)
    assert out["article_type"] == "incident"
    (inc,) = out["incidents"]  # type: ignore[misc]
    assert inc["region"]["code"] == "16.04"
    assert inc["platforms"] == ["whatsapp"]
    assert "instruct_others" in inc["actions"]
    assert inc["date"] == "2024-10-08"
    assert [a["name"] for a in inc["actors"]][:1] == ["Rudi Hartawan"]
    assert inc["actors"][0]["position"] == "Camat"


def test_an_advisory_has_no_incident_even_if_it_names_platforms() -> None:
    out = one(ADVISORY)
    assert out["article_type"] == "advisory"
    assert out["incidents"] == []
    assert out["election"] == "pilkada2024"


def test_a_sanction_outcome_still_reports_the_case() -> None:
    out = one(SANCTION)
    assert out["article_type"] == "sanction_outcome"
    (inc,) = out["incidents"]  # type: ignore[misc]
    assert inc["region"]["code"] == "32.05"
    assert "instagram" in inc["platforms"]
    assert {"post", "photo_with_candidate"} <= set(inc["actions"])
    assert inc["actors"][0]["name"] == "TR"


def test_non_civil_servants_and_unrelated_news_are_other() -> None:
    assert one(NOT_ASN)["article_type"] == "other"
    out = one(UNRELATED)
    assert out["article_type"] == "other" and out["incidents"] == []


def test_denied_instruction_is_not_an_instruction() -> None:
    text = (
        "ASN Pemkot Depok Pasang Foto Profil Jargon Petahana\n"
        "Seorang ASN Pemkot Depok berinisial RS diduga memasang foto profil WhatsApp "
        "bertuliskan jargon petahana "
        "menjelang Pilkada 2024. Kabag Humas menyatakan tidak pernah ada instruksi kepada ASN soal foto itu."
    )
    inc = one(text)["incidents"][0]  # type: ignore[index]
    assert "instruct_others" not in inc["actions"]
    assert "post" in inc["actions"]


def test_boilerplate_lines_are_removed() -> None:
    lex = load_news_lexicon()
    text = (
        "Paragraf satu.\nBaca juga: Judul Lain\nBACA JUGA:Judul Lain Lagi\n"
        "Baca Juga:\nJudul Di Baris Berikut\nParagraf dua."
    )
    assert clean_text(text, lex) == "Paragraf satu.\nParagraf dua."
    assert clean_text("Isi.\nAlamat email Anda tidak akan dipublikasikan.\n0 Comments", lex) == "Isi."


def test_url_dates_and_sniffing() -> None:
    assert url_date("https://x.id/read/2023/12/22/judul") == (date(2023, 12, 22), 2023)
    assert url_date("https://x.id/baca/182578/20181113/185200/judul") == (date(2018, 11, 13), 2018)
    assert url_date("https://x.id/2024/07/judul")[1] == 2024
    assert sniff(b'{"id": 1}') == "jsonl"
    assert sniff(b"<!DOCTYPE html><html>") == "html"
    assert sniff(b"Judul\n\nIsi berita.") == "text"


def test_html_main_text_without_comments(tmp_path: Path) -> None:
    body = " ".join(
        ["Seorang camat di Kabupaten Lahat, Rudi Hartawan, diduga meminta kepala desa mendukung paslon."] * 3
    )
    html = (
        "<html><head><title>Camat Lahat Diduga Tidak Netral</title></head><body>"
        "<nav><a href='/'>Beranda</a><a href='/x'>Politik</a></nav>"
        f"<article><h1>Camat Lahat Diduga Tidak Netral</h1><p>{body}</p><p>{body}</p></article>"
        "<div id='comments' class='comments'><p>Komentar pembaca: hidup paslon nomor 1!</p></div>"
        "</body></html>"
    )
    p = tmp_path / "lahat.html"
    p.write_text(html, encoding="utf-8")
    (art,) = list(read_articles(p))
    assert art.id == "lahat"
    assert "Rudi Hartawan" in art.text
    assert "Beranda" not in art.text and "Komentar pembaca" not in art.text


def test_copies_are_linked_to_the_first_article() -> None:
    a = Article(id="first", text=INSTRUCTION, title=None)
    b = Article(id="copy", text="Sumber: media lain\n" + INSTRUCTION + "\nLike it? Share with your friends!")
    c = Article(id="other", text=ADVISORY)
    results = extract_incidents([a, b, c], extractor=EX)
    assert [r.duplicate_of for r in results] == [None, "first", None]
    assert results[1].article_type == "incident"
