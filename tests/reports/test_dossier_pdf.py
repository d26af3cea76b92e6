"""The case dossier PDF: what a reviewer must find in it, read back from the PDF's own text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from report_inputs import NIP, SHA_A, SHA_B, make_dossier, make_finding, make_subject
from reports_pdftext import flat, page_count, pdf_text

from jaganetral.model.finding import Action, Finding, FindingActor, PredicateHit, Status
from jaganetral.reports import case_dossier_pdf
from jaganetral.reports.dossier import FOOTER


def _nospace(text: str) -> str:
    return "".join(text.split())


def test_dossier_shows_case_subject_findings_rules_timeline_and_evidence() -> None:
    pdf = case_dossier_pdf(make_dossier(quotes={"f-0001": ("Ayo coblos nomor 1!", "export.json, data[0]")}))
    assert pdf.startswith(b"%PDF-")
    text = flat(pdf)
    for expected in [
        "Bawaslu Kabupaten Bandung",
        "DOSIER KASUS K-2024-0042",
        "ASN berkampanye di Facebook",
        "Klarifikasi",
        "Pemilihan Bupati Bandung 2024",
        "Temuan pengawas",
        # subject
        "Budi Santoso",
        NIP,
        "Kepala Seksi Kurikulum",
        "Dinas Pendidikan Kabupaten Bandung",
        # the finding explained: what, where, which rule, how sure
        "Budi Santoso mengunggah ajakan mencoblos nomor 1 setelah penetapan calon.",
        "https://facebook.com/budi.s/posts/1",
        "10 Oktober 2024 09.00 WIB",
        "Pelanggaran (semua unsur terpenuhi)",
        "88%",
        "keyakinan 93%",
        "NIP disebut di profil",
        # the checks in words, each element once with the rules that needed it
        "Isinya kampanye untuk",
        "? belum pasti",
        "Pelaku adalah ASN \u2713 terpenuhi",
        # codes, legal basis, sanction
        "SKB-D2",
        "Kampanye calon melalui media sosial",
        "PP 94/2021 tentang Disiplin PNS, Pasal 5 huruf n",
        "disiplin: berat",
        # the words of the post and where they came from; when the evidence was captured
        "Kutipan unggahan:",
        "\u201cAyo coblos nomor 1!\u201d",
        "Sumber: export.json, data[0]",
        "10 Oktober 2024 09.30 WIB",
        # timeline: who, when, from/to, why
        "kordiv.ahmad",
        "Diregistrasi \u2192 Klarifikasi",
        "undang terlapor",
        "14 Oktober 2024",
        # evidence: short hash, integrity, online state with how long the post stayed up
        SHA_A[:12],
        "OK",
        "GAGAL",
        "3 jam setelah diunggah",
        "masih daring",
        FOOTER,
        "Halaman 1 dari",
    ]:
        assert expected in text, expected
    # the full hashes are there too (wrapped across lines in a narrow column)
    assert SHA_A in _nospace(flat(pdf))
    assert SHA_B in _nospace(flat(pdf))
    for raw in ("content_is_campaign", "actor_is_asn", "(klarifikasi)", "[CHECK MARK]", "[RIGHTWARDS ARROW]"):
        assert raw not in text, raw


def test_every_page_has_the_footer_and_its_number_of_total() -> None:
    many = tuple(make_finding(finding_id=f"f-{i:04d}") for i in range(12))
    pdf = case_dossier_pdf(make_dossier(findings=many))
    n = page_count(pdf)
    assert n >= 3
    text = pdf_text(pdf)
    assert text.count(FOOTER) == n
    for page in range(1, n + 1):
        assert f"Halaman {page} dari {n}" in text


def test_same_input_gives_the_same_bytes() -> None:
    assert case_dossier_pdf(make_dossier()) == case_dossier_pdf(make_dossier())


def test_due_date_is_overdue_after_it_passes_and_shows_time_left_before() -> None:
    late = flat(case_dossier_pdf(make_dossier()))
    assert "18 Oktober 2024 23.59 WIB" in late
    assert "TERLAMBAT" in late
    early = flat(case_dossier_pdf(make_dossier(generated_at=datetime(2024, 10, 16, 16, 59, tzinfo=UTC))))
    assert "TERLAMBAT" not in early
    assert "sisa 2 hari" in early
    closed = flat(case_dossier_pdf(make_dossier(state="selesai")))
    assert "TERLAMBAT" not in closed
    forced = flat(case_dossier_pdf(make_dossier(state="selesai", overdue=True)))
    assert "TERLAMBAT" in forced


def test_hostile_text_is_printed_literally_not_taken_as_markup() -> None:
    hostile = 'Budi <b>"Bos"</b> & <font size=40>Co</font> <unclosed &amp; </para>'
    dossier = make_dossier(
        title="Kasus <i>x</i> & y",
        subject=make_subject(name=hostile),
        findings=(make_finding(explanation=["a < b && c > d", "<br/> tidak memecah baris"]),),
    )
    # ReportLab draws each escaped entity as its own piece, so compare without the gaps between pieces
    text = _nospace(flat(case_dossier_pdf(dossier)))
    for literal in [hostile, "Kasus <i>x</i> & y", "a < b && c > d", "<br/> tidak memecah baris"]:
        assert _nospace(literal) in text, literal


def test_indonesian_text_quotes_and_symbols_render_in_the_embedded_font() -> None:
    dossier = make_dossier(
        findings=(
            make_finding(
                explanation=[
                    "Ia menulis \u201cGaskeun! coblos n\u00f2mor 1\u201d "
                    "\u270c\ufe0f \U0001f1ee\U0001f1e9 \u2014 ok"
                ]
            ),
        )
    )
    text = flat(case_dossier_pdf(dossier))
    # the embedded DejaVu Sans draws quotes, accents, dashes and many symbols as themselves; a flag
    # is said in words; nothing is a "[CHECK MARK]" placeholder
    assert "\u201cGaskeun! coblos n\u00f2mor 1\u201d" in text
    assert "\u270c" in text
    assert "(bendera ID)" in text
    assert "\u2014 ok" in text
    assert "[" not in text.split("Gaskeun")[1].split("ok")[0]


def test_model_findings_are_accepted_as_well_as_their_dicts() -> None:
    finding = Finding(
        finding_id="f-model",
        activity_ids=("x",),
        status=Status.REVIEW,
        actor=FindingActor(
            kind="asn",
            nip=NIP,
            name="Sari Dewi",
            instansi="Kecamatan Soreang",
            match_confidence=0.6,
            match_reasons=("nama mirip",),
        ),
        candidate_ids=(),
        action=Action.SHARE,
        violation_codes=("SKB-D6", "PP94-N6"),
        legal_basis=("SKB 2/2022 Lampiran II",),
        sanction={"category": "disiplin", "level": ["sedang", "berat"]},
        stage="calon",
        confidence=0.55,
        explanation=("Sari Dewi membagikan unggahan tim pemenangan.",),
        evidence_sha256=None,
        predicates=(PredicateHit("SKB-D6", "actor_is_asn", None, "nama saja"),),
    )
    text = flat(case_dossier_pdf(make_dossier(findings=(finding, make_finding()), violations=())))
    assert "f-model" in text
    assert "Perlu telaah" in text
    assert "membagikan" in text
    # codes derived from the findings when no catalogue rows are given; both readings of the level
    assert "PP94-N6" in text
    assert "sedang / berat (sumber berbeda)" in text
    assert "SKB 2/2022 Lampiran II" in text


def test_institution_account_is_shown_as_such() -> None:
    subject = make_subject(
        kind="institution",
        name="Diskominfo Kab. Bandung",
        nip=None,
        jabatan=None,
        account="@diskominfobdg",
        platform="instagram",
    )
    text = flat(case_dossier_pdf(make_dossier(subject=subject)))
    assert "Akun institusi" in text
    assert "@diskominfobdg (instagram)" in text
    assert "Diskominfo Kab. Bandung" in text


def test_an_empty_case_still_renders_with_placeholders() -> None:
    dossier = make_dossier(findings=(), violations=(), events=(), evidence=(), due_at=None, origin=None)
    text = flat(case_dossier_pdf(dossier))
    assert "Belum ada temuan" in text
    assert "Tidak ada kode pelanggaran." in text
    assert "Belum ada peristiwa tercatat." in text
    assert "Belum ada barang bukti tersimpan." in text


@pytest.mark.parametrize(
    ("posted", "deleted", "words"),
    [
        (datetime(2024, 1, 1, 0, 0, tzinfo=UTC), datetime(2024, 1, 1, 0, 45, tzinfo=UTC), "45 menit"),
        (datetime(2024, 1, 1, 0, 0, tzinfo=UTC), datetime(2024, 1, 2, 23, 0, tzinfo=UTC), "47 jam"),
        (datetime(2024, 1, 1, 0, 0, tzinfo=UTC), datetime(2024, 1, 9, 0, 0, tzinfo=UTC), "8 hari"),
    ],
)
def test_deleted_items_say_how_long_they_stayed_up(posted: datetime, deleted: datetime, words: str) -> None:
    from jaganetral.reports.types import EvidenceRow

    row = EvidenceRow(
        sha256=SHA_A, kind="screenshot", online_status="dihapus", posted_at=posted, deleted_at=deleted
    )
    text = flat(case_dossier_pdf(make_dossier(evidence=(row,))))
    assert f"({words} setelah diunggah)" in text


def test_very_long_free_text_flows_over_pages_instead_of_failing() -> None:
    from jaganetral.reports.types import CaseEvent, EvidenceRow

    long_text = "alasan panjang " * 800
    unbroken = "x" * 3000
    dossier = make_dossier(
        subject=make_subject(name=unbroken[:500], instansi=long_text),
        events=(CaseEvent(at=datetime(2024, 10, 12, tzinfo=UTC), actor="a", kind="note", reason=long_text),),
        findings=(make_finding(url="https://x.test/" + unbroken, explanation=[long_text]),),
        evidence=(EvidenceRow(sha256=SHA_A, kind="html", url=unbroken, note=long_text),),
    )
    pdf = case_dossier_pdf(dossier)
    assert page_count(pdf) > 3
    assert pdf_text(pdf).count(FOOTER) == page_count(pdf)


@pytest.mark.parametrize(
    ("state", "words"),
    [
        ("ok", "masih daring"),
        ("changed", "isi di platform berubah"),
        ("unreachable", "tidak dapat diakses"),
        (None, "belum diperiksa"),
    ],
)
def test_online_states_of_the_evidence_module_are_worded(state: str | None, words: str) -> None:
    from jaganetral.reports.types import EvidenceRow

    row = EvidenceRow(sha256=SHA_A, kind="html", online_status=state)
    assert words in flat(case_dossier_pdf(make_dossier(evidence=(row,))))
