"""The per-case dossier: one PDF with everything a Bawaslu officer needs to review a case on paper.

Sections, in reading order: the case (state, election, dates, due date), the subject, each finding
explained (what was seen, where, which rule, how sure), the violation codes with their legal basis
and sanction, the timeline of the case, and the evidence items with their integrity and online
state. Every page carries the reminder that the tool only assists: the decision is the official's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer

from jaganetral.model.clock import Zone
from jaganetral.model.finding import Finding
from jaganetral.model.labels import humanise, predicate_value_key, summary_lines
from jaganetral.model.labels import label as word
from jaganetral.reports import _pdf
from jaganetral.reports._text import (
    CLOSED_STATES,
    STATE_LABELS,
    SUBJECT_KINDS,
    duration_words,
    esc,
    id_datetime,
    label,
    local,
    parse_instant,
    printable,
    short_sha,
)
from jaganetral.reports.types import CaseDossier, CaseEvent, EvidenceRow, FindingLike, Subject, ViolationInfo

FOOTER = "Dokumen ini adalah alat bantu; keputusan ada pada pejabat berwenang."
#: the zone of the dossier being built (a context variable: builds in parallel threads do not mix)
_ZONE: ContextVar[Zone | None] = ContextVar("dossier_zone", default=None)


_NAMES: ContextVar[dict[str, str]] = ContextVar("dossier_candidates", default={})  # noqa: B039


def _human(text: object) -> str:
    return humanise(str(text), _NAMES.get())


def _when(dt: datetime | None) -> str:
    return id_datetime(dt, _ZONE.get())


ELECTION_TYPES = {"pemilu": "Pemilu", "pilkada": "Pilkada (Pemilihan)"}
PREDICATE_VALUES = {True: "ya", False: "tidak", None: "belum pasti"}


def case_dossier_pdf(dossier: CaseDossier) -> bytes:
    """The dossier of one case as PDF bytes (A4, Bahasa Indonesia, deterministic for the same input).

    Every time is shown in the case's zone (WIB, WITA or WIT) with the zone's name."""
    _ZONE.set(dossier.zone)
    _NAMES.set(dict(dossier.candidates))
    st = _pdf.styles(9.5)
    width = _pdf.content_width()
    findings = [_as_dict(f) for f in dossier.findings]
    unit = dossier.settings.get("unit_name", "Bawaslu")

    story: list[Any] = []
    story += _kop(dossier.settings, st)
    story.append(Paragraph(f"DOSIER KASUS {esc(dossier.case_id)}", st["h1"]))
    story.append(Paragraph(esc(dossier.title), st["h2"]))
    printed = f"Dicetak {esc(_when(dossier.generated_at))}"
    if dossier.generated_by:
        printed += f" oleh {esc(dossier.generated_by)}"
    story.append(
        Paragraph(
            printed + ". Berisi data pribadi: hanya untuk keperluan penanganan pelanggaran.", st["tiny"]
        )
    )
    story.append(Spacer(1, 4))
    story.append(_pdf.key_value_table(_case_rows(dossier), st, width))

    story.append(Paragraph("Subjek", st["h2"]))
    story.append(_pdf.key_value_table(_subject_rows(dossier.subject), st, width))

    story.append(Paragraph(f"Temuan ({len(findings)})", st["h2"]))
    if not findings:
        story.append(Paragraph("Belum ada temuan yang dikaitkan dengan kasus ini.", st["body"]))
    for i, f in enumerate(findings, start=1):
        story += _finding_block(i, f, st, width, dossier.quotes.get(str(f.get("finding_id"))))

    story.append(Paragraph("Kode pelanggaran dan dasar hukum", st["h2"]))
    story.append(_violations_table(dossier.violations or _violations_from(findings), st, width))

    story.append(Paragraph("Kronologi penanganan", st["h2"]))
    story.append(_timeline(dossier.events, st, width))

    story.append(Paragraph("Barang bukti", st["h2"]))
    story += _evidence(dossier.evidence, st, width)

    def decorate(canvas: Any, page: int, total: int) -> None:
        _page_furniture(canvas, page, total, f"{printable(unit)} - Dosier {printable(dossier.case_id)}")

    return _pdf.build_pdf(
        story,
        title=printable(f"Dosier kasus {dossier.case_id}"),
        author=printable(unit),
        subject=printable(dossier.title),
        decorate=decorate,
    )


def _as_dict(f: FindingLike) -> Mapping[str, Any]:
    return f.to_dict() if isinstance(f, Finding) else f


def _kop(settings: Mapping[str, str], st: dict[str, Any]) -> list[Any]:
    parent = settings.get("parent_name", "BADAN PENGAWAS PEMILIHAN UMUM REPUBLIK INDONESIA")
    unit = settings.get("unit_name", "Bawaslu")
    out: list[Any] = []
    if parent:
        out.append(Paragraph(esc(parent), st["tiny"]))
    out.append(Paragraph(f"<b>{esc(unit)}</b>", st["body"]))
    out.append(HRFlowable(width="100%", thickness=0.8, spaceBefore=2, spaceAfter=6))
    return out


def _page_furniture(canvas: Any, page: int, total: int, header: str) -> None:
    canvas.saveState()
    canvas.setFont(_pdf.FONT, 7)
    canvas.setFillColor(_pdf.GREY)
    left, right = 18 * mm, _pdf.PAGE_WIDTH - 18 * mm
    if page > 1:
        canvas.drawString(left, _pdf.PAGE_HEIGHT - 12 * mm, header)
    canvas.line(left, 14 * mm, right, 14 * mm)
    canvas.drawString(left, 10 * mm, FOOTER)
    canvas.drawRightString(right, 10 * mm, f"Halaman {page} dari {total}")
    canvas.restoreState()


def _case_rows(d: CaseDossier) -> list[tuple[str, Any]]:
    state = esc(label(STATE_LABELS, d.state))
    election = " - ".join(
        esc(x)
        for x in (d.election_name or d.election_id, label(ELECTION_TYPES, d.election_type))
        if x and x != "-"
    )
    rows: list[tuple[str, Any]] = [
        ("Nomor kasus", esc(d.case_id)),
        ("Judul", esc(d.title)),
        ("Status", state),
        ("Asal", esc(word("origin", d.origin))),
        ("Pemilihan", election or "-"),
        ("Tanggal kejadian", esc(_when(d.event_date))),
        ("Diketahui", esc(_when(d.discovered_at))),
        ("Dibuka", esc(_when(d.opened_at))),
        ("Terakhir diperbarui", esc(_when(d.updated_at))),
        ("Batas waktu", _due(d)),
    ]
    if d.outcome:
        rows.append(("Putusan", esc(label(STATE_LABELS, d.outcome))))
    if d.forwarded_to:
        rows.append(("Diteruskan kepada", esc(d.forwarded_to.upper())))
    return rows


def _due(d: CaseDossier) -> str:
    if d.due_at is None:
        return "-"
    text = esc(_when(d.due_at))
    overdue = d.overdue
    if overdue is None:
        overdue = local(d.due_at) < local(d.generated_at) and d.state not in CLOSED_STATES
    delta = (local(d.due_at) - local(d.generated_at)).total_seconds()
    if overdue:
        late = f" ({duration_words(-delta)})" if delta < 0 else ""
        return f"{text} <font color='#b00020'><b>- TERLAMBAT{late}</b></font>"
    if d.state not in CLOSED_STATES and delta >= 0:
        return f"{text} (sisa {duration_words(delta)})"
    return text


def _subject_rows(s: Subject) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = [("Jenis", esc(label(SUBJECT_KINDS, s.kind)))]
    if s.kind == "institution":
        rows += [
            ("Nama akun / institusi", esc(s.name or "-")),
            ("Akun", esc(_account(s))),
            ("Instansi penanggung jawab", esc(s.instansi or "-")),
            ("Wilayah", esc(s.wilayah or "-")),
        ]
        return rows
    rows += [
        ("Nama", esc(s.name or "-")),
        ("NIP", esc(s.nip or "-")),
        ("Jabatan", esc(s.jabatan or "-")),
        ("Instansi", esc(s.instansi or "-")),
        ("Wilayah", esc(s.wilayah or "-")),
    ]
    if s.account:
        rows.append(("Akun", esc(_account(s))))
    return rows


def _account(s: Subject) -> str:
    if not s.account:
        return "-"
    return f"{s.account} ({s.platform})" if s.platform else s.account


def _finding_block(
    i: int, f: Mapping[str, Any], st: dict[str, Any], width: float, quote: tuple[str, str] | None = None
) -> list[Any]:
    actor: Mapping[str, Any] = f.get("actor") or {}
    codes = ", ".join(str(c) for c in f.get("violation_codes") or []) or "-"
    status = str(f.get("status") or "")
    status_color = {"violation": "#b00020", "review": "#8a5a00", "alert": "#1b5e20"}.get(status, "#000000")
    where = " - ".join(esc(x) for x in (f.get("platform"), f.get("url")) if x) or "-"
    rows: list[tuple[str, Any]] = [
        ("Status", f"<font color='{status_color}'><b>{esc(word('finding_status', status))}</b></font>"),
        ("Keyakinan", esc(_percent(f.get("confidence")))),
        ("Tindakan", esc(word("action", f.get("action")))),
        ("Waktu kejadian", esc(_when(parse_instant(f.get("occurred_at"))))),
        ("Di mana", where),
        ("Tahap pemilihan", esc(_stage_text(f))),
        ("Kode pelanggaran", esc(codes)),
        ("Sanksi", esc(_sanction_text(f.get("sanction")))),
        ("Pelaku", esc(_actor_text(actor))),
    ]
    deleted = parse_instant(f.get("deleted_at"))
    if deleted is not None:
        rows.append(("Dihapus", esc(_deleted_text(parse_instant(f.get("occurred_at")), deleted))))
    if f.get("aggravating"):
        rows.append(("Faktor pemberat", esc("; ".join(str(a) for a in f["aggravating"]))))
    if f.get("evidence_sha256"):
        sha = str(f["evidence_sha256"])
        rows.append(("Bukti (SHA-256)", f"<b>{esc(short_sha(sha))}</b> <font size='6'>{esc(sha)}</font>"))

    if f.get("superseded_by"):
        rows.append(("Penilaian ulang", esc(f"ada penilaian yang lebih baru ({f['superseded_by']})")))
    head = Paragraph(f"Temuan {i}: {esc(f.get('finding_id', '-'))}", st["h3"])
    out: list[Any] = [KeepTogether([head, _pdf.key_value_table(rows, st, width)])]
    if quote is not None and quote[0].strip():
        text, source = quote
        out.append(Paragraph("<b>Kutipan unggahan:</b>", st["body"]))
        out.append(Paragraph(f"“{esc(text.strip()[:3000])}”", st["quote"]))
        out.append(Paragraph(f"Sumber: {esc(source)}", st["tiny"]))
    predicates = list(f.get("predicates") or [])
    lines = [str(x) for x in f.get("explanation") or []]
    # the element checks are in the table below, once per element: not again in the bullets
    explanation = [_human(x) for x in summary_lines(lines, checks_shown=bool(predicates))]
    if quote is not None and quote[0].strip():  # the post's words are quoted in full above
        explanation = [x for x in explanation if not x.startswith("Kutipan:")]
    if explanation:
        out.append(Paragraph("<b>Apa yang terlihat dan mengapa:</b>", st["body"]))
        out += [Paragraph(esc(line), st["bullet"], bulletText="\u2022") for line in explanation]
    reasons = [str(x) for x in actor.get("match_reasons") or []]
    if reasons:
        conf = _percent(actor.get("match_confidence"))
        out.append(Paragraph(f"<b>Dasar identifikasi pelaku (keyakinan {esc(conf)}):</b>", st["body"]))
        out += [Paragraph(esc(r), st["bullet"], bulletText="\u2022") for r in reasons]
    if predicates:
        out.append(Paragraph("<b>Unsur yang diperiksa:</b>", st["body"]))
        data: list[list[Any]] = [
            [Paragraph(h, st["cellb"]) for h in ("Unsur", "Hasil", "Keterangan", "Aturan")]
        ]
        for (pred, value, detail), rules in _by_element(predicates):
            mark = {True: "✓", False: "✗", None: "?"}[value]
            data.append(
                [
                    Paragraph(esc(word("predicate", pred)), st["cell"]),
                    Paragraph(
                        f"{mark} {esc(word('predicate_value', predicate_value_key(value)))}", st["cell"]
                    ),
                    Paragraph(esc(_human(detail)), st["cell"]),
                    Paragraph(esc(", ".join(rules)), st["cell"]),
                ]
            )
        out.append(_pdf.grid_table(data, [45 * mm, 25 * mm, width - 110 * mm, 40 * mm], zebra=True))
    versions: Mapping[str, Any] = f.get("rule_versions") or {}
    if versions:
        text = "; ".join(f"{k} {short_sha(str(v))}" for k, v in sorted(versions.items()))
        out.append(Paragraph(f"Versi aturan: {esc(text)}", st["tiny"]))
    out.append(Spacer(1, 4))
    return out


def _by_element(
    predicates: Sequence[Mapping[str, Any]],
) -> list[tuple[tuple[str, bool | None, str], list[str]]]:
    """Each element checked once, with the rules that needed it (not the same check once per rule)."""
    grouped: dict[tuple[str, bool | None, str], list[str]] = {}
    for p in predicates:
        key = (str(p.get("predicate", "")), p.get("value"), str(p.get("detail", "")))
        rules = grouped.setdefault(key, [])
        if str(p.get("rule", "")) not in rules:
            rules.append(str(p.get("rule", "")))
    return list(grouped.items())


def _stage_text(f: Mapping[str, Any]) -> str:
    """The calendar stage (kampanye, masa tenang, …) and the candidates' stage the rule applied."""
    calendar, candidates = f.get("election_stage"), f.get("stage")
    parts = [word("election_stage", calendar)] if calendar else []
    if candidates:
        parts.append(f"status peserta: {word('candidate_stage', candidates)}")
    return " - ".join(parts) or "-"


def _percent(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{round(float(value) * 100)}%"
    return "-"


def _actor_text(actor: Mapping[str, Any]) -> str:
    parts = [str(actor.get("name") or actor.get("account") or "tidak diketahui")]
    if actor.get("nip"):
        parts.append(f"NIP {actor['nip']}")
    if actor.get("instansi"):
        parts.append(str(actor["instansi"]))
    return ", ".join(parts)


def _levels(level: Any) -> str:
    if isinstance(level, list | tuple):
        items = [str(x) for x in level]
        return " / ".join(items) + (" (sumber berbeda)" if len(items) > 1 else "")
    return str(level) if level else "-"


def _sanction_text(sanction: Any) -> str:
    if not isinstance(sanction, Mapping) or not sanction:
        return "-"
    cat, level = sanction.get("category"), sanction.get("level")
    if cat == "none":
        return "tidak ada (peringatan)"
    text = f"{word('sanction_category', cat)}: {_levels(level)}"
    return f"{text}. {sanction['note']}" if sanction.get("note") else text


def _violations_from(findings: Sequence[Mapping[str, Any]]) -> tuple[ViolationInfo, ...]:
    """One row per code, in order of first appearance, from what the findings carry."""
    seen: dict[str, ViolationInfo] = {}
    for f in findings:
        sanction = f.get("sanction") if isinstance(f.get("sanction"), Mapping) else {}
        level = sanction.get("level") if sanction else None
        levels = (
            tuple(str(x) for x in level)
            if isinstance(level, list | tuple)
            else ((str(level),) if level else ())
        )
        for code in f.get("violation_codes") or []:
            prev = seen.get(code)
            basis = tuple(str(x) for x in f.get("legal_basis") or [])
            if prev is None:
                seen[code] = ViolationInfo(
                    code=code,
                    legal_basis=basis,
                    sanction_category=str(sanction.get("category") or "") if sanction else "",
                    sanction_level=levels,
                )
            else:
                merged = prev.legal_basis + tuple(b for b in basis if b not in prev.legal_basis)
                seen[code] = ViolationInfo(
                    code=code,
                    legal_basis=merged,
                    sanction_category=prev.sanction_category,
                    sanction_level=prev.sanction_level,
                )
    return tuple(seen.values())


def _violations_table(violations: Sequence[ViolationInfo], st: dict[str, Any], width: float) -> Any:
    if not violations:
        return Paragraph("Tidak ada kode pelanggaran.", st["body"])
    data: list[list[Any]] = [[Paragraph(h, st["cellb"]) for h in ("Kode", "Uraian", "Dasar hukum", "Sanksi")]]
    for v in violations:
        basis = "<br/>".join(f"\u2022 {esc(b)}" for b in v.legal_basis) or "-"
        sanction = f"{esc(v.sanction_category or '-')}: {esc(_levels(list(v.sanction_level)))}"
        if v.note:
            sanction += f"<br/><font size='7'>{esc(v.note)}</font>"
        data.append(
            [
                Paragraph(f"<b>{esc(v.code)}</b>", st["cell"]),
                Paragraph(esc(v.title or "-"), st["cell"]),
                Paragraph(basis, st["cell"]),
                Paragraph(sanction, st["cell"]),
            ]
        )
    return _pdf.grid_table(data, [22 * mm, 45 * mm, width - 107 * mm, 40 * mm])


def _timeline(events: Sequence[CaseEvent], st: dict[str, Any], width: float) -> Any:
    if not events:
        return Paragraph("Belum ada peristiwa tercatat.", st["body"])
    data: list[list[Any]] = [
        [Paragraph(h, st["cellb"]) for h in ("Waktu", "Oleh", "Peristiwa", "Status", "Alasan / catatan")]
    ]
    for e in sorted(events, key=lambda e: local(e.at)):
        move = "-"
        if e.from_state or e.to_state:
            move = f"{esc(label(STATE_LABELS, e.from_state))} → {esc(label(STATE_LABELS, e.to_state))}"
        data.append(
            [
                Paragraph(esc(_when(e.at)), st["cell"]),
                Paragraph(esc(e.actor), st["cell"]),
                Paragraph(esc(word("event_kind", e.kind)), st["cell"]),
                Paragraph(move, st["cell"]),
                Paragraph(esc(e.reason or "-"), st["cell"]),
            ]
        )
    return _pdf.grid_table(data, [30 * mm, 25 * mm, 26 * mm, 40 * mm, width - 121 * mm], zebra=True)


def _online_text(e: EvidenceRow) -> str:
    status = (e.online_status or "unknown").lower()
    checked = f" (diperiksa {_when(e.online_checked_at)})" if e.online_checked_at else ""
    if status in {"ok", "online", "daring"}:
        return "masih daring" + checked
    if status in {"changed", "berubah"}:
        return "isi di platform berubah" + checked
    if status in {"deleted", "dihapus"}:
        if e.deleted_at is not None:
            return _deleted_text(e.posted_at, e.deleted_at)
        return "dihapus" + (f", diketahui {_when(e.online_checked_at)}" if e.online_checked_at else "")
    if status in {"unreachable", "tidak_dapat_diakses"}:
        return "tidak dapat diakses" + checked
    return "belum diperiksa"


def _deleted_text(posted: datetime | None, deleted: datetime) -> str:
    text = f"dihapus {_when(deleted)}"
    if posted is not None:
        seconds = (local(deleted) - local(posted)).total_seconds()
        if seconds >= 0:
            text += f" ({duration_words(seconds)} setelah diunggah)"
    return text


def _evidence(items: Sequence[EvidenceRow], st: dict[str, Any], width: float) -> list[Any]:
    if not items:
        return [Paragraph("Belum ada barang bukti tersimpan.", st["body"])]
    data: list[list[Any]] = [
        [
            Paragraph(h, st["cellb"])
            for h in ("No", "SHA-256", "Jenis", "Diambil", "Integritas", "Status daring")
        ]
    ]
    any_deleted = False
    for i, e in enumerate(items, start=1):
        if e.integrity_ok is True:
            integrity = "<font color='#1b5e20'><b>OK</b></font>"
        elif e.integrity_ok is False:
            integrity = "<font color='#b00020'><b>GAGAL</b></font><br/>hash tidak cocok"
        else:
            integrity = "belum diperiksa"
        any_deleted = any_deleted or (e.online_status or "").lower() in {"deleted", "dihapus"}
        sha = f"<b>{esc(short_sha(e.sha256))}</b><br/><font size='5.5'>{esc(e.sha256)}</font>"
        if e.url:
            sha += f"<br/><font size='6.5'>{esc(e.url)}</font>"
        if e.note:
            sha += f"<br/><font size='6.5'>{esc(e.note)}</font>"
        data.append(
            [
                Paragraph(str(i), st["cell"]),
                Paragraph(sha, st["cell"]),
                Paragraph(esc(word("evidence_kind", e.kind)), st["cell"]),
                Paragraph(esc(_when(e.captured_at)), st["cell"]),
                Paragraph(integrity, st["cell"]),
                Paragraph(esc(_online_text(e)), st["cell"]),
            ]
        )
    out: list[Any] = [
        _pdf.grid_table(data, [8 * mm, width - 126 * mm, 20 * mm, 30 * mm, 22 * mm, 46 * mm], zebra=True)
    ]
    if any_deleted:
        out.append(
            Paragraph(
                "Penghapusan unggahan tidak menghapus perbuatan; penghapusan dicatat sebagai fakta.",
                st["tiny"],
            )
        )
    return out
