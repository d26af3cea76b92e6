"""Each field extractor alone, on short fictional texts (people invented, regions and rules real)."""

from __future__ import annotations

from datetime import date

import pytest

from jaganetral.news.articles import Article
from jaganetral.news.dates import Stamp
from jaganetral.news.document import Document
from jaganetral.news.extract import NewsExtractor
from jaganetral.news.fields.actions import case_sentences

EX = NewsExtractor.build()


def doc(title: str, body: str, published: date | None = None, url: str | None = None) -> Document:
    stamp = Stamp(published, "day") if published else None
    return EX.documents.build(Article(id="t", text=body, title=title, published=stamp, url=url))


# ---- article type: the structure of the story -----------------------------------------------------

TYPE_CASES = [
    (
        "Bawaslu Kabupaten Lahat Tegur Camat yang Unggah Foto Paslon",
        "Bawaslu Kabupaten Lahat menegur seorang camat yang mengunggah foto bersama pasangan calon bupati.",
        "sanction_outcome",
        "decision",
    ),
    (
        "Pamer Stiker Paslon di Sekolah, 4 Guru Honorer di Lahat Dipecat",
        "Empat guru honorer berpose dengan stiker paslon di ruang kelas. Mereka dipecat kepala sekolah.",
        "sanction_outcome",
        "decision",
    ),
    (
        "Camat Merapi Barat Dilaporkan ke Bawaslu",
        "Seorang camat di Kabupaten Lahat dilaporkan warga ke Bawaslu karena diduga mengajak kepala desa "
        "mendukung pasangan calon bupati.",
        "incident",
        "process",
    ),
    (
        "ASN Lahat Dilarang Like Postingan Paslon",
        "Bawaslu Lahat mengimbau seluruh ASN menjaga netralitas. ASN dilarang memberi like di media sosial.",
        "advisory",
        "warning",
    ),
    (
        "ASN yang Tidak Netral Bisa Dipecat",
        "Bawaslu mengingatkan ASN yang terbukti tidak netral dalam Pilkada bisa diberhentikan.",
        "advisory",
        "possible",
    ),
    (
        "Bawaslu Terima 165 Laporan Pelanggaran Netralitas ASN",
        "Sepanjang tahapan kampanye Pilkada, Bawaslu menerima 165 laporan pelanggaran netralitas ASN di "
        "seluruh Indonesia.",
        "other",
        "statistic",
    ),
    (
        "Kepala Desa Diduga Kampanyekan Paslon di Grup WhatsApp",
        "Seorang kepala desa diduga mengkampanyekan pasangan calon bupati melalui grup WhatsApp warga. "
        "Bawaslu akan memanggil kepala desa tersebut. Netralitas ASN dan aparat desa diawasi.",
        "other",
        "non_asn",
    ),
    (
        "Harga Beras di Pasar Induk Turun",
        "Harga beras medium di pasar induk turun Rp500 per kilogram pekan ini, kata pedagang.",
        "other",
        "topic",
    ),
]


@pytest.mark.parametrize(("title", "body", "expected", "step"), TYPE_CASES, ids=lambda x: str(x)[:30])
def test_type_follows_the_structure_of_the_story(title: str, body: str, expected: str, step: str) -> None:
    d = doc(title, body)
    decision = EX.article_type.extract(d, EX.actors.extract(d))
    assert (decision.article_type, decision.step) == (expected, step)
    assert decision.reasons and decision.reasons[0].startswith(f"type {expected}:")


def test_a_case_whose_body_reports_decisions_by_a_body_is_an_outcome() -> None:
    d = doc(
        "Camat Merapi Barat Dilaporkan ke Bawaslu",
        "Camat Merapi Barat dilaporkan ke Bawaslu Lahat karena mengunggah foto paslon. Bawaslu Lahat "
        "menyatakan camat tersebut terbukti melanggar netralitas. Bawaslu Lahat merekomendasikan sanksi "
        "kepada BKN.",
    )
    decision = EX.article_type.extract(d, EX.actors.extract(d))
    assert (decision.article_type, decision.step) == ("sanction_outcome", "body_decision")


def test_a_decision_still_to_come_is_part_of_the_process() -> None:
    reading = EX.article_type.reader.read_sentence(
        doc("", "Kasus itu akan direkomendasikan ke KASN.").sentences[0]
    )
    assert "decision" not in reading.elements and "process" in reading.elements
    maybe = EX.article_type.reader.read_sentence(doc("", "ASN itu bisa dikenai sanksi berat.").sentences[0])
    assert "decision" not in maybe.elements and maybe.possible_decision


def test_the_headline_keeps_its_strongest_part_and_its_subject() -> None:
    h = EX.article_type.reader.headline("Pamer Stiker di Sekolah, 6 Guru Honorer di Tangerang Dipecat")
    assert (h.predicate, h.subject, h.word) == ("decision", "asn_specific", "Dipecat")
    h2 = EX.article_type.reader.headline(
        "Bawaslu Kabupaten Sumedang Tegur Kepala Dinas yang Kampanye di Medsos"
    )
    assert (h2.predicate, h2.subject) == ("decision", "body")
    h3 = EX.article_type.reader.headline("Heboh Foto Camat, Memang Boleh ASN Kampanye?")
    assert h3.predicate == "conduct"  # the question asserts nothing


# ---- actors ---------------------------------------------------------------------------------------


def accused(title: str, body: str) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.position) for a in EX.actors.extract(doc(title, body)).accused]


def test_the_place_after_a_camat_is_not_his_name() -> None:
    got = accused(
        "Camat Kubu Dilaporkan ke Bawaslu",
        "Camat Kubu I Gede Wira Santosa dilaporkan ke Bawaslu Karangasem karena membagikan jadwal kampanye "
        "paslon di grup WhatsApp. Wira Santosa membantah tuduhan itu.",
    )
    assert got[0] == ("I Gede Wira Santosa", "Camat Kubu")


def test_a_puskesmas_name_is_its_place_and_the_head_follows() -> None:
    got = accused(
        "Kepala Puskesmas Dilaporkan",
        "Kepala Puskesmas Ranga-Ranga, Hasanuddin, diduga mengintimidasi pegawai agar memilih paslon "
        "nomor urut 1. Hasanuddin dilaporkan ke Bawaslu Mamuju.",
    )
    assert got[0][0] == "Hasanuddin" and "Ranga-Ranga" in (got[0][1] or "")


def test_commentators_complainants_and_candidates_are_not_accused() -> None:
    names = [
        n
        for n, _ in accused(
            "Guru Dilaporkan ke Bawaslu",
            "Seorang guru berinisial RT diduga mengajak siswa memilih paslon Prabowo-Gibran. "
            "Darto Wiyono yang melapor ke Bawaslu membawa tangkapan layar. "
            '"Kami segera klarifikasi," kata Ketua Bawaslu Lahat, Andika Permana, Senin (8/1/2024). '
            "Andika Permana memanggil RT untuk klarifikasi.",
        )
    ]
    assert "RT" in names
    assert not {"Darto Wiyono", "Andika Permana", "Prabowo-Gibran", "Prabowo"} & set(names)


def test_an_acting_regent_is_a_civil_servant() -> None:
    got = accused(
        "Pj Bupati Diduga Kampanyekan Capres",
        "Penjabat (Pj) Bupati Muna Barat Rahmat Hidayat diduga mengampanyekan calon presiden di depan warga. "
        "Rahmat Hidayat dilaporkan ke Bawaslu.",
    )
    assert got[0][0] == "Rahmat Hidayat"


# ---- platforms and actions ------------------------------------------------------------------------


def incident(title: str, body: str) -> dict[str, object]:
    res = EX.extract(Article(id="t", text=body, title=title))
    return res.incidents[0].to_dict()


def test_sharing_a_schedule_in_a_whatsapp_group() -> None:
    inc = incident(
        "Camat Dilaporkan ke Bawaslu",
        "Camat Merapi Barat diduga membagikan jadwal kampanye paslon bupati di grup WhatsApp kecamatan.",
    )
    assert inc["platforms"] == ["whatsapp"] and "share" in inc["actions"]  # type: ignore[operator]


def test_a_pose_is_not_a_photo_with_the_candidate() -> None:
    pose = incident(
        "ASN Dilaporkan karena Pose Dua Jari",
        "Seorang ASN Pemkab Lahat diduga berpose salam dua jari dalam foto yang diunggah di Facebook.",
    )
    assert "partisan_gesture" in pose["actions"] and "photo_with_candidate" not in pose["actions"]  # type: ignore[operator]
    photo = incident(
        "Kepala Dinas Dilaporkan",
        "Kepala Dinas PUPR Lahat diduga berfoto bersama calon bupati dan mengunggahnya ke Instagram.",
    )
    assert {"photo_with_candidate", "post"} <= set(photo["actions"])  # type: ignore[call-overload]
    assert photo["platforms"] == ["instagram"]


def test_attending_a_campaign_is_offline_and_a_channel_is_no_platform() -> None:
    inc = incident(
        "Lurah Dilaporkan ke Bawaslu",
        "Lurah Sukamaju diduga ikut kampanye paslon wali kota di lapangan kota. "
        "Simak berita lainnya di kanal YouTube KompasTV Palembang.",
    )
    assert inc["platforms"] == ["offline"] and "attend_campaign" in inc["actions"]  # type: ignore[operator]


def test_online_without_a_platform_is_unknown() -> None:
    inc = incident(
        "Guru PNS Dilaporkan ke Bawaslu",
        "Seorang guru PNS di Kota Jambi dilaporkan karena mengunggah dukungan kepada paslon di media sosial.",
    )
    assert inc["platforms"] == ["unknown"] and inc["actions"] == ["post"]


def test_case_sentences_leave_out_rules_and_commentary() -> None:
    d = doc(
        "Camat Diduga Kampanye",
        "Camat Merapi Barat diduga mengajak kepala desa mendukung paslon. ASN dilarang memasang baliho. "
        "Cuaca di Lahat cerah sepanjang hari.",
    )
    texts = [s.text for s in case_sentences(d, EX.actors.extract(d), EX.lex)]
    assert any("mengajak" in t for t in texts)
    assert not any("dilarang" in t or "Cuaca" in t for t in texts)


# ---- the incident's date, the election, the region --------------------------------------------------


def test_the_incident_date_is_the_earliest_date_of_something_done() -> None:
    d = doc(
        "Camat Kubu Dilaporkan",
        "Camat Kubu membagikan jadwal kampanye di grup WhatsApp pada Jumat (11/10/2024). "
        "Ia dilaporkan ke Bawaslu pada Sabtu (12/10/2024). "
        '"Kami sudah plenokan," kata Ketua Bawaslu, Kamis (17/10/2024).',
        published=date(2024, 10, 18),
    )
    when, why = EX.incident_date.extract(d)
    assert when == date(2024, 10, 11) and "11/10/2024" in why[0]


def test_a_statement_date_alone_is_no_incident_date() -> None:
    d = doc("Camat Dilaporkan", '"Kami akan klarifikasi," ujar Ketua Bawaslu, Senin (14/10/2024).')
    assert EX.incident_date.extract(d)[0] is None


def test_elections_from_a_ticket_and_from_a_voting_day() -> None:
    assert EX.election.extract(doc("Guru Dukung Prabowo-Gibran", "Guru itu mendukung capres.")).election == (
        "pemilu2024"
    )
    r = EX.election.extract(
        doc("Kadis Arahkan Bawahan", "Ia mengarahkan bawahan memilih pada Pilkada 27 November.")
    )
    assert r.election == "pilkada2024"


def test_a_national_body_in_jakarta_gives_no_region() -> None:
    d = doc(
        "KASN Ingatkan ASN",
        "JAKARTA - Ketua KASN mengingatkan seluruh ASN menjaga netralitas di Pemilu 2024.",
    )
    assert EX.region.extract(d, issuer=True).region is None


def test_a_warning_takes_the_region_of_its_issuer() -> None:
    d = doc(
        "Bawaslu Jabar Ingatkan ASN",
        "Bawaslu Jabar mengingatkan ASN dalam acara yang digelar di Kota Depok. Bawaslu Jabar mencatat "
        "puluhan laporan.",
    )
    reg = EX.region.extract(d, issuer=True).region
    assert reg is not None and reg.region.name == "Jawa Barat"


def test_a_kecamatan_settles_a_kota_and_kabupaten_of_one_name() -> None:
    d = doc(
        "6 Guru Honorer di Tangerang Dipecat",
        "Enam guru honorer SMA 9 Kronjo, Tangerang, dipecat setelah foto mereka viral.",
    )
    reg = EX.region.extract(d).region
    assert reg is not None and reg.region.name == "Kabupaten Tangerang"


def test_an_elected_official_or_a_politician_accused_is_out_of_scope() -> None:
    for title in (
        "Bupati Lahat Dilaporkan ke Bawaslu karena Pose Satu Jari",
        "Relawan Laporkan Jokowi ke Bawaslu",
    ):
        d = doc(
            title, "Laporan itu diterima Bawaslu. Netralitas ASN dan pejabat negara diatur undang-undang."
        )
        decision = EX.article_type.extract(d, EX.actors.extract(d))
        assert (decision.article_type, decision.step) == ("other", "non_asn"), title
    # An elected head who warns civil servants issues an advisory.
    d = doc(
        "Wali Kota Jambi Ingatkan ASN Jaga Netralitas", "Wali Kota Jambi mengingatkan ASN menjaga netralitas."
    )
    assert EX.article_type.extract(d, EX.actors.extract(d)).article_type == "advisory"
    # "X Laporkan Y": the case is about Y.
    d = doc("Warga Laporkan Camat Merapi Barat ke Bawaslu", "Camat Merapi Barat diduga mendukung paslon.")
    assert EX.article_type.extract(d, EX.actors.extract(d)).article_type == "incident"
