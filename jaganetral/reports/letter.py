"""The recommendation letter: the end of Bawaslu's procedure for a proven neutrality violation.

Neutrality recommendations went to KASN until it was dissolved (effective 23 August 2024) and go to
BKN since, which tells the agency head (PPK) to sanction; a suspected election crime goes to
Gakkumdu instead (rules.md §5). The letter follows the usual Indonesian official-letter layout (kop
surat; Nomor, Sifat, Lampiran, Hal; Yth.; numbered body; signature; Tembusan) and carries the
four-eyes record (who drafted, who approved, when) in a small note. A letter whose approval is
missing is printed as a DRAF; one "approved" by its own drafter is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from jaganetral.errors import InvalidData
from jaganetral.reports import _pdf
from jaganetral.reports._text import esc, id_date, id_datetime, local, printable, terbilang
from jaganetral.reports.types import RecommendationLetter, Signatory, Subject

#: KASN's duties passed to BKN on this day (Perpres 91 and 92/2024).
KASN_DISSOLVED = date(2024, 8, 23)

RECIPIENTS = ("bkn", "kasn", "gakkumdu")

ADDRESSEES = {
    "bkn": ("Yth. Kepala Badan Kepegawaian Negara",),
    "kasn": ("Yth. Ketua Komisi Aparatur Sipil Negara",),
    "gakkumdu": ("Yth. Koordinator Sentra Penegakan Hukum Terpadu (Gakkumdu)",),
}

SUBJECT_LINES = {
    "bkn": "Rekomendasi Pelanggaran Netralitas ASN",
    "kasn": "Rekomendasi Pelanggaran Netralitas ASN",
    "gakkumdu": "Penerusan Dugaan Tindak Pidana Pemilu/Pemilihan",
}


def recipient_for(letter_date: date, *, criminal: bool = False) -> str:
    """Who receives a recommendation dated ``letter_date``: ``gakkumdu``, ``kasn`` or ``bkn``."""
    if criminal:
        return "gakkumdu"
    return "kasn" if letter_date < KASN_DISSOLVED else "bkn"


def recommendation_letter_pdf(letter: RecommendationLetter) -> bytes:
    """The recommendation letter as PDF bytes (A4, Bahasa Indonesia, deterministic for the same input).

    Raises :class:`~jaganetral.errors.InvalidData` (naming the field) for a letter that must not be
    printed: no facts, a recipient that did not exist on the letter date, or an approval that breaks
    the four-eyes rule (approved by the drafter, approved before drafted, approval time without
    approver).
    """
    recipient = _check(letter)
    approved = letter.approver is not None and letter.approved_at is not None
    st = _letter_styles()
    width = _pdf.content_width((22 * mm, 20 * mm))

    story: list[Any] = []
    story += _kop(letter, st)
    if not approved:
        story.append(Paragraph("<font color='#b00020'><b>DRAF - BELUM DISETUJUI</b></font>", st["center"]))
        story.append(Spacer(1, 4))
    story.append(_heading_table(letter, recipient, st, width))
    story.append(Spacer(1, 10))
    addressee = letter.addressee or ADDRESSEES[recipient]
    for line in addressee:
        story.append(Paragraph(esc(line), st["body"]))
    story.append(Paragraph("di", st["body"]))
    place = letter.addressee_place or "Tempat"
    story.append(Paragraph(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(place)}", st["body"]))
    story.append(Spacer(1, 10))

    what = "dugaan tindak pidana" if recipient == "gakkumdu" else "dugaan pelanggaran netralitas"
    who = "Aparatur Sipil Negara (ASN)" if letter.subject.kind != "institution" else "ASN dan instansi"
    election_txt = f" pada {esc(letter.election_name)}" if letter.election_name else ""
    story.append(
        Paragraph(
            f"Sehubungan dengan penanganan {what} {who}{election_txt} dengan nomor kasus "
            f"<b>{esc(letter.case_id)}</b>, dengan hormat kami sampaikan hal-hal sebagai berikut:",
            st["just"],
        )
    )
    story.append(Spacer(1, 4))

    bases = list(dict.fromkeys(letter.legal_bases))  # each law once
    story += _numbered(1, "Dasar hukum:", st)
    story += _lettered(bases, st)
    story += _numbered(2, "Uraian singkat kejadian:", st)
    story.append(_subject_table(letter.subject, st, width))
    story += [Paragraph(esc(p), st["indent"]) for p in letter.facts]
    story += _numbered(3, "Kesimpulan:", st)
    story.append(Paragraph(esc(letter.conclusion or _conclusion(letter, recipient)), st["indent"]))
    story += _numbered(4, "Rekomendasi:", st)
    story.append(Paragraph(esc(letter.recommendation or _recommendation(letter, recipient)), st["indent"]))
    story.append(Spacer(1, 6))
    story.append(
        Paragraph(
            "Demikian rekomendasi ini kami sampaikan untuk dapat ditindaklanjuti sesuai ketentuan peraturan "
            "perundang-undangan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.",
            st["just"],
        )
    )
    story.append(Spacer(1, 10))
    story.append(KeepTogether(_signature(letter, st)))
    if letter.copies:
        story.append(Spacer(1, 8))
        story.append(Paragraph("<u>Tembusan:</u>", st["small"]))
        story += [Paragraph(f"{i}. {esc(c)}", st["small"]) for i, c in enumerate(letter.copies, start=1)]
    story.append(Spacer(1, 10))
    story.append(_approval_note(letter, st, width))

    unit = letter.settings.get("unit_name", "Bawaslu")

    def decorate(canvas: Any, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(_pdf.FONT, 7)
        canvas.setFillColor(_pdf.GREY)
        canvas.drawString(22 * mm, 10 * mm, printable(f"{letter.number} - kasus {letter.case_id}"))
        canvas.drawRightString(_pdf.PAGE_WIDTH - 20 * mm, 10 * mm, f"Halaman {page} dari {total}")
        canvas.restoreState()

    return _pdf.build_pdf(
        story,
        title=printable(f"{letter.subject_line or SUBJECT_LINES[recipient]} - {letter.number}"),
        author=printable(unit),
        subject=printable(f"Kasus {letter.case_id}"),
        decorate=decorate,
        margins=(22 * mm, 20 * mm, 15 * mm, 20 * mm),
    )


def _same_person(a: Signatory, b: Signatory) -> bool:
    if a.username and b.username:
        return a.username == b.username
    return " ".join(a.name.split()).casefold() == " ".join(b.name.split()).casefold()


def _letter_styles() -> dict[str, ParagraphStyle]:
    st = _pdf.styles(11)
    st["indent"] = ParagraphStyle("indent", parent=st["just"], leftIndent=18)
    st["num"] = ParagraphStyle("num", parent=st["body"], leftIndent=18, bulletIndent=0)
    st["item"] = ParagraphStyle("item", parent=st["just"], leftIndent=32, bulletIndent=18)
    return st


def _day(letter: RecommendationLetter) -> date:
    """The letter's date; a datetime given by mistake is read in Jakarta (it cannot compare to a date)."""
    d = letter.letter_date
    return local(d).date() if isinstance(d, datetime) else d


def _check(letter: RecommendationLetter) -> str:
    day = _day(letter)
    recipient = (letter.recipient or recipient_for(day)).lower()
    if recipient not in RECIPIENTS:
        raise InvalidData(
            f"unknown recipient '{letter.recipient}' (bkn, kasn or gakkumdu)", field="recipient"
        )
    if recipient == "kasn" and day >= KASN_DISSOLVED:
        raise InvalidData(
            f"KASN was dissolved on {KASN_DISSOLVED.isoformat()}: a letter dated "
            f"{day.isoformat()} goes to BKN",
            field="recipient",
        )
    if recipient == "bkn" and day < KASN_DISSOLVED:
        raise InvalidData(
            f"before {KASN_DISSOLVED.isoformat()} neutrality recommendations went to KASN, not BKN",
            field="recipient",
        )
    if not any(p.strip() for p in letter.facts):
        raise InvalidData("surat memerlukan uraian singkat kejadian", field="facts")
    if not letter.citations:
        raise InvalidData("surat memerlukan minimal satu ketentuan yang dilanggar", field="citations")
    if not letter.legal_bases:
        raise InvalidData("surat memerlukan dasar hukum", field="legal_bases")
    if not _place(letter):
        raise InvalidData("kota tempat surat ditandatangani belum diisi (pengaturan unit)", field="city")
    s = letter.subject
    if s.kind == "institution":
        if not s.instansi:
            raise InvalidData("surat tentang akun instansi memerlukan nama instansinya", field="subject")
    elif not (s.name and s.nip):
        raise InvalidData("surat memerlukan nama dan NIP terlapor", field="subject")
    if recipient == "gakkumdu":
        if not any(c.criminal for c in letter.citations):
            raise InvalidData("surat ke Gakkumdu hanya untuk ketentuan pidana", field="citations")
        person = s.official_name if s.kind == "institution" else s.name
        if not (person or "").strip():
            raise InvalidData("surat ke Gakkumdu harus menyebut orang perseorangan", field="subject")
    if letter.approved_at is not None and letter.approver is None:
        raise InvalidData("an approval time without an approver", field="approver")
    if letter.approver is not None and _same_person(letter.approver, letter.drafter):
        raise InvalidData("four-eyes rule: the approver must not be the drafter", field="approver")
    if letter.approved_at is not None and local(letter.approved_at) < local(letter.drafted_at):
        raise InvalidData("approved before it was drafted", field="approved_at")
    return recipient


def _kop(letter: RecommendationLetter, st: dict[str, Any]) -> list[Any]:
    s = letter.settings
    unit = s.get("unit_name", "Bawaslu")
    parent = s.get("parent_name", "BADAN PENGAWAS PEMILIHAN UMUM REPUBLIK INDONESIA")
    head = s.get("letterhead") or unit.upper()
    out: list[Any] = []
    if parent and parent.strip().upper() != head.strip().upper():
        out.append(Paragraph(esc(parent), st["kop1"]))
    out.append(Paragraph(esc(head), st["kop2"]))
    contact = [s[k] for k in ("address",) if s.get(k)]
    extra = [
        f"{lab} {s[k]}"
        for k, lab in (("phone", "Telp."), ("email", "Surel"), ("website", "Laman"))
        if s.get(k)
    ]
    for line in contact + ([" | ".join(extra)] if extra else []):
        out.append(Paragraph(esc(line), st["kop3"]))
    out.append(HRFlowable(width="100%", thickness=2, spaceBefore=3, spaceAfter=1))
    out.append(HRFlowable(width="100%", thickness=0.5, spaceBefore=0, spaceAfter=8))
    return out


def _place(letter: RecommendationLetter) -> str:
    return letter.place or letter.settings.get("city") or ""


def _heading_table(letter: RecommendationLetter, recipient: str, st: dict[str, Any], width: float) -> Table:
    n = letter.attachments
    lampiran = "-" if n <= 0 else f"{n} ({terbilang(n)}) berkas"
    hal = letter.subject_line or SUBJECT_LINES[recipient]
    rows = [
        ("Nomor", esc(letter.number)),
        ("Sifat", esc(letter.nature)),
        ("Lampiran", esc(lampiran)),
        ("Hal", f"<b>{esc(hal)}</b>"),
    ]
    dated = f"{esc(_place(letter))}, {esc(id_date(letter.letter_date))}"
    data = [
        [Paragraph(k, st["body"]), Paragraph(":", st["body"]), Paragraph(v, st["body"]), ""] for k, v in rows
    ]
    data[0][3] = Paragraph(dated, st["right"])
    t = Table(data, colWidths=[22 * mm, 4 * mm, width - 86 * mm, 60 * mm], splitInRow=1)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return t


def _numbered(n: int, title: str, st: dict[str, Any]) -> list[Any]:
    return [Spacer(1, 4), Paragraph(f"<b>{title}</b>", st["num"], bulletText=f"{n}.")]


def _lettered(items: Sequence[str], st: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for i, item in enumerate(items):
        mark = chr(ord("a") + i) if i < 26 else str(i + 1)
        out.append(Paragraph(esc(item), st["item"], bulletText=f"{mark}."))
    return out


def _subject_table(s: Subject, st: dict[str, Any], width: float) -> Table:
    if s.kind == "institution":
        rows = [
            ("Akun / institusi", s.name or "-"),
            ("Akun", s.account or "-"),
            ("Instansi", s.instansi or "-"),
            ("Penanggung jawab", s.official_name or "-"),
        ]
        if s.official_nip:
            rows.append(("NIP", s.official_nip))
        if s.official_jabatan:
            rows.append(("Jabatan", s.official_jabatan))
    else:
        rows = [
            ("Nama", s.name or "-"),
            ("NIP", s.nip or "-"),
            ("Jabatan", s.jabatan or "-"),
            ("Instansi", s.instansi or "-"),
        ]
    if s.wilayah:
        rows.append(("Wilayah", s.wilayah))
    data = [
        [Paragraph(k, st["body"]), Paragraph(":", st["body"]), Paragraph(esc(v), st["body"])] for k, v in rows
    ]
    t = Table(data, colWidths=[32 * mm, 4 * mm, width - 54 * mm], splitInRow=1)
    t.hAlign = "RIGHT"
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def _provisions_text(letter: RecommendationLetter, recipient: str) -> str:
    """The provisions by their legal names, each law once (only the criminal ones for Gakkumdu)."""
    cites = [c for c in letter.citations if recipient != "gakkumdu" or c.criminal]
    return "; ".join(c.text() for c in cites) or "-"


def _who(s: Subject) -> str:
    if s.kind == "institution":
        text = f"akun {s.name or s.account or '-'}" + (f" milik {s.instansi}" if s.instansi else "")
        if s.official_name:
            text += f" dengan penanggung jawab Sdr. {s.official_name}"
            if s.official_nip:
                text += f", NIP {s.official_nip}"
        return text
    text = f"Sdr. {s.name}"
    if s.nip:
        text += f", NIP {s.nip}"
    if s.jabatan or s.instansi:
        text += ", " + " pada ".join(x for x in (s.jabatan, s.instansi) if x)
    return text


def _conclusion(letter: RecommendationLetter, recipient: str) -> str:
    codes = _provisions_text(letter, recipient)
    if recipient == "gakkumdu":
        return (
            f"Berdasarkan hasil kajian, perbuatan {_who(letter.subject)} diduga memenuhi unsur tindak pidana "
            f"sebagaimana dimaksud dalam ketentuan: {codes}."
        )
    return (
        f"Berdasarkan hasil kajian, {_who(letter.subject)} terbukti melakukan pelanggaran netralitas "
        f"Aparatur Sipil Negara sebagaimana dimaksud dalam ketentuan: {codes}."
    )


def _recommendation(letter: RecommendationLetter, recipient: str) -> str:
    # the PPK is the head of the agency (the Bupati for a Dinas, say), so it is named through the agency
    where = f" ({letter.subject.instansi})" if letter.subject.instansi else ""
    ppk = f"Pejabat Pembina Kepegawaian (PPK) instansi tempat yang bersangkutan bertugas{where}"
    if recipient == "gakkumdu":
        return (
            "Meneruskan dugaan tindak pidana tersebut kepada Penyidik melalui Sentra Penegakan Hukum Terpadu "
            "untuk ditindaklanjuti sesuai ketentuan peraturan perundang-undangan."
        )
    head = "Kepala Badan Kepegawaian Negara" if recipient == "bkn" else "Ketua Komisi Aparatur Sipil Negara"
    return (
        f"Merekomendasikan kepada {head} untuk meneruskan rekomendasi ini kepada {ppk} guna menjatuhkan "
        "sanksi kepada yang bersangkutan sesuai ketentuan peraturan perundang-undangan."
    )


def _signature(letter: RecommendationLetter, st: dict[str, Any]) -> list[Any]:
    """The unit's signatory (from its settings): title, space for the signature, name, NIP."""
    signer = letter.signer
    approved = letter.approver is not None and letter.approved_at is not None
    title = signer.role if signer else "Pejabat berwenang"
    # the place and date stand at the top right, next to the Nomor (surat dinas layout)
    block = [
        Paragraph(f"{esc(title)},", st["body"]),
        Spacer(1, 18 * mm),
        Paragraph(
            f"<b><u>{esc(signer.name)}</u></b>" if signer and approved else "(belum ditandatangani)",
            st["body"],
        ),
    ]
    if signer and signer.nip and approved:
        block.append(Paragraph(f"NIP {esc(signer.nip)}", st["body"]))
    t = Table([[block]], colWidths=[80 * mm])
    t.hAlign = "RIGHT"
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [t]


def _approval_note(letter: RecommendationLetter, st: dict[str, Any], width: float) -> Table:
    d = letter.drafter
    lines = [
        f"Nomor kasus: {esc(letter.case_id)}",
        f"Dikonsep oleh: {esc(d.name)} ({esc(d.role)}) pada "
        f"{esc(id_datetime(letter.drafted_at, letter.zone))}",
    ]
    if letter.approver is not None and letter.approved_at is not None:
        a = letter.approver
        lines.append(
            f"Disetujui oleh: {esc(a.name)} ({esc(a.role)}) pada "
            f"{esc(id_datetime(letter.approved_at, letter.zone))}"
        )
    else:
        lines.append("Disetujui oleh: <b>belum disetujui</b> (prinsip empat mata: penyetuju bukan pengonsep)")
    body = "<b>Catatan persetujuan (empat mata)</b><br/>" + "<br/>".join(lines)
    t = Table([[Paragraph(body, st["tiny"])]], colWidths=[width], splitInRow=1)
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, _pdf.GREY)]))
    return t
