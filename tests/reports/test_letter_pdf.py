"""The recommendation letter: official-letter parts, the right recipient, and the four-eyes record."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from report_inputs import NIP, citations_of, make_letter, make_subject
from reports_pdftext import flat

from jaganetral.cases.provisions import legal_bases
from jaganetral.errors import InvalidData
from jaganetral.model.clock import MONTHS, WIT
from jaganetral.reports import Signatory, recipient_for, recommendation_letter_pdf
from jaganetral.reports._text import id_date, id_datetime


def test_letter_to_bkn_has_every_part_of_an_official_letter() -> None:
    text = flat(recommendation_letter_pdf(make_letter()))
    for expected in [
        # kop surat
        "BADAN PENGAWAS PEMILIHAN UMUM REPUBLIK INDONESIA",
        "BAWASLU KABUPATEN BANDUNG",
        "Jl. Raya Soreang No. 1",
        # Nomor, Sifat, Lampiran, Hal and the place and date in Indonesian
        "123/PP.01.02/K.JB-06/11/2026",
        "Segera",
        "1 (satu) berkas",
        "Rekomendasi Pelanggaran Netralitas ASN",
        "Jakarta, 21 November 2026",
        "Yth. Kepala Badan Kepegawaian Negara",
        # body: legal bases (standard and the violation's own), facts, conclusion, recommendation
        "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum",
        "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
        "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
        "Nomor 7 Tahun 2022",
        "Budi Santoso",
        NIP,
        "Dinas Pendidikan Kabupaten Bandung",
        "mengunggah ajakan memilih pasangan calon",
        "terbukti melakukan pelanggaran netralitas",
        # provisions by their legal names, grouped by law, never the application's codes
        "Lampiran II angka 2 bentuk pelanggaran disiplin SKB 5 Lembaga Nomor 2 Tahun 2022",
        "Pasal 5 huruf n angka 6 PP 94/2021",
        "Pejabat Pembina Kepegawaian (PPK)",
        "menjatuhkan sanksi",
        # signature, copies, four-eyes note
        "Ketua Bawaslu Kabupaten Bandung,",
        "Ahmad Fauzi",
        "Tembusan:",
        "1. Ketua Bawaslu Republik Indonesia",
        "2. Ketua Bawaslu Provinsi Jawa Barat",
        "Dikonsep oleh: Rina Lestari (Staf Penanganan Pelanggaran) pada 20 November 2026 09.00 WIB",
        "Disetujui oleh: Ahmad Fauzi (Ketua Bawaslu Kabupaten Bandung) pada 21 November 2026 10.00 WIB",
        "Halaman 1 dari",
    ]:
        assert expected in text, expected
    assert "DRAF" not in text
    assert "SKB-D2" not in text and "PP94-N6" not in text
    assert "Undang-Undang Nomor 10 Tahun 2016" not in text  # the Pilkada law is not cited for a Pemilu case
    # each law once in the Dasar hukum
    assert text.count("Peraturan Pemerintah Nomor 94 Tahun 2021") == 1
    assert text.count("Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum") == 1


def test_same_input_gives_the_same_bytes() -> None:
    assert recommendation_letter_pdf(make_letter()) == recommendation_letter_pdf(make_letter())


def test_pilkada_letter_cites_the_pilkada_laws() -> None:
    bases = tuple(legal_bases("pilkada", "neutrality", ["SKB-D2"]))
    text = flat(recommendation_letter_pdf(make_letter(election_type="pilkada", legal_bases=bases)))
    assert "Undang-Undang Nomor 10 Tahun 2016" in text
    assert "Nomor 8 Tahun 2020" in text
    assert "Undang-Undang Nomor 7 Tahun 2017" not in text


@pytest.mark.parametrize(
    ("day", "criminal", "expected"),
    [
        (date(2024, 8, 22), False, "kasn"),
        (date(2024, 8, 23), False, "bkn"),
        (date(2026, 1, 1), False, "bkn"),
        (date(2024, 2, 1), True, "gakkumdu"),
    ],
)
def test_recipient_follows_the_dissolution_of_kasn(day: date, criminal: bool, expected: str) -> None:
    assert recipient_for(day, criminal=criminal) == expected


def test_a_letter_before_23_august_2024_goes_to_kasn_by_default() -> None:
    letter = make_letter(
        letter_date=date(2024, 3, 1),
        drafted_at=datetime(2024, 2, 28, tzinfo=UTC),
        approved_at=datetime(2024, 2, 29, tzinfo=UTC),
    )
    text = flat(recommendation_letter_pdf(letter))
    assert "Yth. Ketua Komisi Aparatur Sipil Negara" in text
    assert "Jakarta, 1 Maret 2024" in text
    assert "Merekomendasikan kepada Ketua Komisi Aparatur Sipil Negara" in text


@pytest.mark.parametrize(("recipient", "day"), [("kasn", date(2024, 8, 23)), ("bkn", date(2024, 8, 22))])
def test_a_recipient_that_did_not_handle_it_that_day_is_refused(recipient: str, day: date) -> None:
    letter = make_letter(
        recipient=recipient,
        letter_date=day,
        drafted_at=datetime(2024, 8, 1, tzinfo=UTC),
        approved_at=datetime(2024, 8, 2, tzinfo=UTC),
    )
    with pytest.raises(InvalidData) as err:
        recommendation_letter_pdf(letter)
    assert err.value.field == "recipient"


def _gakkumdu(**kw: object) -> object:
    codes = ["SKB-D12", "PP94-N5", "UU10-71-1"]
    base = {
        "recipient": "gakkumdu",
        "election_type": "pilkada",
        "citations": citations_of(codes, criminal_only=True),
        "legal_bases": tuple(legal_bases("pilkada", "criminal", codes)),
    }
    return make_letter(**{**base, **kw})


def test_criminal_referral_goes_to_gakkumdu_and_cites_only_the_criminal_provisions() -> None:
    text = flat(recommendation_letter_pdf(_gakkumdu()))  # type: ignore[arg-type]
    assert "Sentra Penegakan Hukum Terpadu (Gakkumdu)" in text
    assert "Penerusan Dugaan Tindak Pidana" in text
    assert (
        "diduga memenuhi unsur tindak pidana sebagaimana dimaksud dalam ketentuan: Pasal 71 ayat (1)" in text
    )
    assert "Pasal 188 UU 10/2016" in text
    # disciplinary provisions are no "unsur tindak pidana"
    assert "PP 94/2021" not in text.split("Kesimpulan")[1] and "Lampiran II" not in text
    assert "Badan Kepegawaian Negara" not in text.split("Dasar hukum")[0]


def test_a_letter_to_bkn_cites_the_prohibition_not_the_criminal_sanction() -> None:
    """Pasal 188 UU 10/2016 punishes the act of Pasal 71: Gakkumdu's business. A disciplinary
    letter cites the prohibition (Pasal 71 ayat (1)) and never the criminal article."""
    codes = ["SKB-D12", "PP94-N5", "UU10-71-1"]
    letter = make_letter(
        recipient="bkn",
        election_type="pilkada",
        citations=citations_of(codes),
        legal_bases=tuple(legal_bases("pilkada", "neutrality", codes)),
    )
    text = flat(recommendation_letter_pdf(letter))  # type: ignore[arg-type]
    assert "Pasal 71 ayat (1)" in text
    assert "Pasal 188" not in text and "unsur tindak pidana" not in text
    assert [c.articles for c in citations_of(["UU10-71-1"], criminal_only=True)] == [
        ("Pasal 71 ayat (1) jo. Pasal 188",)
    ]


def test_a_gakkumdu_letter_needs_a_criminal_provision_and_a_natural_person() -> None:
    with pytest.raises(InvalidData, match="ketentuan pidana") as err:
        recommendation_letter_pdf(_gakkumdu(citations=citations_of(["SKB-D12", "PP94-N5"])))  # type: ignore[arg-type]
    assert err.value.field == "citations"
    inst = make_subject(kind="institution", name="Diskominfo", nip=None, official_name=None)
    with pytest.raises(InvalidData, match="orang perseorangan"):
        recommendation_letter_pdf(_gakkumdu(subject=inst))  # type: ignore[arg-type]
    ok = make_subject(kind="institution", name="Diskominfo", nip=None, official_name="Andi Kominfo")
    assert "penanggung jawab Sdr. Andi Kominfo" in flat(recommendation_letter_pdf(_gakkumdu(subject=ok)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"subject": make_subject(name=None)}, "subject", "nama dan NIP"),
        ({"subject": make_subject(nip=None)}, "subject", "nama dan NIP"),
        ({"citations": ()}, "citations", "minimal satu ketentuan"),
        ({"settings": {"unit_name": "Bawaslu X"}, "place": None}, "city", "kota"),
    ],
)
def test_a_letter_without_a_person_a_provision_or_a_place_is_refused_in_indonesian(
    changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(InvalidData, match=words) as err:
        recommendation_letter_pdf(make_letter(**changes))
    assert err.value.field == field


def test_unapproved_letter_is_a_draft() -> None:
    text = flat(recommendation_letter_pdf(make_letter(approver=None, approved_at=None)))
    assert "DRAF - BELUM DISETUJUI" in text
    assert "(belum ditandatangani)" in text
    assert "Disetujui oleh: belum disetujui" in text


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"approver": Signatory(name="Rina Lestari", role="Ketua", username="rina")}, "approver"),
        (
            {
                "drafter": Signatory(name="Rina  Lestari", role="Staf"),
                "approver": Signatory(name="rina lestari", role="Ketua"),
            },
            "approver",
        ),
        ({"approver": None}, "approver"),
        ({"approved_at": datetime(2026, 11, 19, tzinfo=UTC)}, "approved_at"),
        ({"facts": ("  ",)}, "facts"),
        ({"recipient": "polisi"}, "recipient"),
    ],
)
def test_letters_that_must_not_be_printed_are_refused(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidData) as err:
        recommendation_letter_pdf(make_letter(**changes))
    assert err.value.field == field


def test_hostile_text_in_the_letter_is_escaped() -> None:
    letter = make_letter(
        subject=make_subject(name="Budi <b>&</b> Santoso"),
        facts=("Ia menulis <font color=red>MENANG</font> & 'coblos' \"1\".",),
        number="12/<x>/2026",
    )
    text = "".join(flat(recommendation_letter_pdf(letter)).split())
    for literal in [
        "Budi <b>&</b> Santoso",
        "<font color=red>MENANG</font> & 'coblos' \"1\".",
        "12/<x>/2026",
    ]:
        assert "".join(literal.split()) in text, literal


def test_no_attachment_prints_a_dash_and_overrides_are_used() -> None:
    letter = make_letter(
        attachments=0,
        nature="Penting",
        addressee=("Yth. Kepala Kantor Regional III BKN",),
        addressee_place="Bandung",
        legal_bases=("Dasar hukum khusus",),
        conclusion="Kesimpulan khusus.",
        recommendation="Rekomendasi khusus.",
    )
    text = flat(recommendation_letter_pdf(letter))
    assert "Lampiran : -" in text
    for expected in [
        "Penting",
        "Yth. Kepala Kantor Regional III BKN",
        "Bandung",
        "a. Dasar hukum khusus",
        "Kesimpulan khusus.",
        "Rekomendasi khusus.",
    ]:
        assert expected in text, expected
    assert "Undang-Undang Nomor 20 Tahun 2023" not in text


def test_indonesian_dates_use_month_names_and_jakarta_time() -> None:
    assert [id_date(date(2026, m, 1)) for m in range(1, 13)] == [f"1 {name} 2026" for name in MONTHS]
    assert MONTHS[7] == "Agustus"
    # 17:30 UTC on 31 Dec is already 1 Jan in Jakarta, and 02.30 in Jayapura
    assert id_datetime(datetime(2025, 12, 31, 17, 30, tzinfo=UTC)) == "1 Januari 2026 00.30 WIB"
    assert id_datetime(datetime(2025, 12, 31, 17, 30, tzinfo=UTC), WIT) == "1 Januari 2026 02.30 WIT"
    with pytest.raises(ValueError, match="timezone-aware"):  # a naive time has no known zone: refused
        id_datetime(datetime(2025, 12, 31, 17, 30))
    assert id_date(None) == "-"


def test_letter_text_is_extracted_from_the_real_compressed_output_with_the_font_embedded() -> None:
    pdf = recommendation_letter_pdf(make_letter())
    assert b"Ahmad Fauzi" not in pdf  # page streams are compressed ...
    assert "Ahmad Fauzi" in flat(pdf)  # ... and a real PDF reader reads them back
    assert b"/FontFile2" in pdf and b"DejaVuSans" in pdf  # a Unicode TrueType font, embedded


def test_very_long_facts_flow_over_pages_and_a_datetime_date_is_read_in_jakarta() -> None:
    letter = make_letter(
        facts=("uraian panjang " * 1500,),
        letter_date=datetime(2024, 8, 22, 18, 0, tzinfo=UTC),  # already 23 August in Jakarta
        drafted_at=datetime(2024, 8, 20, tzinfo=UTC),
        approved_at=datetime(2024, 8, 22, tzinfo=UTC),
    )
    text = flat(recommendation_letter_pdf(letter))
    assert "Halaman 3 dari" in text
    assert "Jakarta, 23 Agustus 2024" in text
    assert "Yth. Kepala Badan Kepegawaian Negara" in text


def test_recipient_spelled_as_the_cases_module_does_is_accepted() -> None:
    text = flat(recommendation_letter_pdf(make_letter(recipient="BKN")))
    assert "Yth. Kepala Badan Kepegawaian Negara" in text
