"""The case's documents: the dossier and the recommendation letter (PDF), evidence status and the
signed evidence package. Copies what the case service read into the report types (reports read no
database); every time in the case's zone, every code in words."""

from __future__ import annotations

import hashlib
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import select

from jaganetral.cases.access import User, audit_now
from jaganetral.cases.provisions import cite, legal_bases
from jaganetral.cases.service import CaseService, CaseView
from jaganetral.cases.units import Unit
from jaganetral.cases.workflow import CaseError
from jaganetral.errors import InvalidInput
from jaganetral.judge.catalogue import load_rules
from jaganetral.model.clock import local
from jaganetral.model.labels import humanise
from jaganetral.reports import (
    CaseDossier,
    CaseEvent,
    Citation,
    EvidenceRow,
    RecommendationLetter,
    Signatory,
    Subject,
    ViolationInfo,
    case_dossier_pdf,
    recommendation_letter_pdf,
)
from jaganetral.store import case_tables as ct
from jaganetral.store import evidence_tables as et
from jaganetral.store import tables as t
from jaganetral.store.blobs import BlobStore

_RULES: dict[str, Any] = {}


def _svc(request: Request) -> CaseService:
    s: CaseService = request.app.state.cases
    return s


def rules_by_code() -> dict[str, Any]:
    if not _RULES:
        _RULES.update({r.code: r for r in load_rules()})
    return _RULES


def rules_for(view: CaseView) -> list[Any]:
    rules = rules_by_code()
    return [rules[c] for c in view.case.violation_codes if c in rules]


def violations(codes: tuple[str, ...] | list[str]) -> tuple[ViolationInfo, ...]:
    rules = rules_by_code()
    out = []
    for c in codes:
        r = rules.get(c)
        if r is None:
            out.append(ViolationInfo(code=c))
            continue
        s = r.sanction()
        level = s.get("level")
        levels = tuple(level) if isinstance(level, list) else ((level,) if level else ())
        out.append(
            ViolationInfo(
                code=c,
                title=r.title,
                legal_basis=tuple(r.legal_basis),
                sanction_category=str(s.get("category", "")),
                sanction_level=levels,
                note=str(s.get("note", "")),
            )  # fmt: skip
        )
    return tuple(out)


def subject_of_view(view: CaseView) -> Subject:
    c = view.case
    actor = (view.findings[0].get("actor") if view.findings else None) or {}
    return Subject(
        kind=c.subject_kind,
        name=c.subject_name or actor.get("name"),
        nip=c.nip,
        jabatan=actor.get("jabatan"),
        instansi=c.instansi,
        wilayah=c.wilayah,
        account=actor.get("account"),
        platform=view.findings[0].get("platform") if view.findings else None,
        official_name=c.official_name,
        official_nip=c.official_nip,
        official_jabatan=c.official_jabatan,
    )


def _blobs(request: Request) -> BlobStore | None:
    d = request.app.state.cfg.data_dir
    return BlobStore(Path(d) / "evidence") if d else None


def _captured(request: Request, shas: list[str]) -> dict[str, datetime]:
    if not shas:
        return {}
    with request.app.state.engine.connect() as conn:
        q = select(et.evidence_items.c.sha256, et.evidence_items.c.captured_at).where(
            et.evidence_items.c.sha256.in_(shas)
        )
        return {str(s): at for s, at in conn.execute(q)}


def evidence_status(request: Request, view: CaseView) -> list[EvidenceRow]:
    """Each evidence item of the case: when it was captured, does it still hash to its name, was the
    post deleted online."""
    blobs = _blobs(request)
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for f in view.findings:
        shas = [f.get("evidence_sha256"), (f.get("source") or {}).get("file_sha256")]
        online = f.get("online") or {}
        for kind, sha in zip(("record", "input_file"), shas, strict=True):
            if not sha or sha in seen:
                continue
            seen.add(sha)
            rows.append(
                {
                    "sha256": sha,
                    "kind": kind,
                    "online_status": online.get("state") if kind == "record" else None,
                    "posted_at": _dt(f.get("occurred_at")),
                    "deleted_at": _dt(online.get("deleted_noticed_at") or f.get("deleted_at")),
                    "url": f.get("url"),
                }  # fmt: skip
            )
        cap = online.get("capture_sha256")
        if cap and cap not in seen:
            seen.add(cap)
            rows.append(
                {
                    "sha256": cap,
                    "kind": "page_warc",
                    "online_status": online.get("state"),
                    "posted_at": _dt(f.get("occurred_at")),
                    "deleted_at": _dt(online.get("deleted_noticed_at")),
                    "url": online.get("url"),
                }  # fmt: skip
            )
    for r in view.reports:
        for sha in r.get("evidence_sha256") or []:
            if sha not in seen:
                seen.add(sha)
                rows.append({"sha256": sha, "kind": "laporan_publik"})
    captured = _captured(request, [r["sha256"] for r in rows])
    return [
        EvidenceRow(**r, captured_at=captured.get(r["sha256"]), integrity_ok=_rehash(blobs, r["sha256"]))
        for r in rows
    ]


def _rehash(blobs: BlobStore | None, sha: str) -> bool | None:
    if blobs is None:
        return None
    p = blobs.path(sha)
    return p.exists() and hashlib.sha256(p.read_bytes()).hexdigest() == sha


def _dt(v: Any) -> datetime | None:
    if isinstance(v, datetime):
        return v
    if isinstance(v, str) and v:
        try:
            return datetime.fromisoformat(v)
        except ValueError:
            return None
    return None


def _quotes(request: Request, view: CaseView) -> dict[str, tuple[str, str]]:
    """The words of each post the findings rest on, and where they came from (file and position)."""
    ids = [str(f["finding_id"]) for f in view.findings if f.get("finding_id")]
    out: dict[str, tuple[str, str]] = {}
    if not ids:
        return out
    with request.app.state.engine.connect() as conn:
        q = (
            select(
                t.findings.c.finding_id,
                t.activities.c.text,
                t.activities.c.url,
                t.input_files.c.file_name,
                t.activities.c.source_position,
            )
            .join(t.activities, t.activities.c.key == t.findings.c.activity_key)
            .join(t.input_files, t.input_files.c.sha256 == t.activities.c.source_sha256)
            .where(t.findings.c.finding_id.in_(ids))
        )
        for fid, text, url, file_name, pos in conn.execute(q):
            where = f"{file_name}, {pos}" + (f" — {url}" if url else "")
            out[str(fid)] = (str(text or ""), where)
    for f in view.findings:  # the exposure's target text when the act itself has no words (a share, a like)
        fid = str(f.get("finding_id"))
        if fid in out and not out[fid][0].strip():
            src = f.get("source") or {}
            out[fid] = (str(src.get("target_text") or ""), out[fid][1])
    for r in view.reports:  # a public report's own words
        out.setdefault(
            f"laporan:{r['tracking_code']}", (str(r.get("what") or ""), f"laporan {r['tracking_code']}")
        )
    return out


def dossier_pdf(request: Request, user: User, case_id: str) -> Response:
    svc = _svc(request)
    view = svc.get_case(user, case_id)
    c = view.case
    unit = view.unit or svc.unit()
    d = CaseDossier(
        case_id=c.id, title=c.title, state=c.state, subject=subject_of_view(view), generated_at=svc.now(),
        settings=unit.settings(), origin=c.origin, election_id=c.election_id, election_type=c.election_type,
        zone=c.zone, event_date=c.event_date, discovered_at=c.discovered_at, opened_at=c.opened_at,
        updated_at=c.updated_at, due_at=view.due.at if view.due else None, outcome=c.outcome,
        forwarded_to=c.forwarded_to, findings=tuple(view.findings), violations=violations(c.violation_codes),
        events=tuple(
            CaseEvent(at=e["at"], actor=e["actor"], kind=e["kind"], from_state=e["from_state"],
                      to_state=e["to_state"], reason=e["reason"])
            for e in view.events
        ),
        evidence=tuple(evidence_status(request, view)), generated_by=user.full_name,
        quotes=_quotes(request, view),
        candidates=candidate_names(request.app.state.cfg.elections),
        election_name=_election_name(request, c.election_id),
    )  # fmt: skip
    pdf = case_dossier_pdf(d)
    audit_now(request.app.state.engine, user.username, "export_dossier", f"case:{case_id}", {"nip": c.nip})
    return download(pdf, "application/pdf", f"berkas-{case_id}.pdf")


def candidate_names(elections: Any) -> dict[str, str]:
    """Candidate id → "Name (nomor urut N)", from the elections the server watches."""
    out: dict[str, str] = {}
    for e in elections:
        for contest in e.contests:
            for c in contest.candidates:
                out[str(c.id)] = (
                    f"{c.name} (nomor urut {c.ballot_number})" if c.ballot_number else str(c.name)
                )
    return out


def _facts(request: Request, view: CaseView, quotes: dict[str, tuple[str, str]]) -> list[str]:
    """The uraian singkat kejadian: what each finding saw (first line), with the post's own words."""
    out: list[str] = []
    names = candidate_names(request.app.state.cfg.elections)
    for f in view.findings:
        first = humanise(str((f.get("explanation") or [""])[0]), names)
        q = quotes.get(str(f.get("finding_id")))
        if q and q[0].strip():
            first += f" Isi unggahan: “{q[0].strip()[:600]}”"
        if first.strip():
            out.append(first)
    for r in view.reports:
        out.append(f"Laporan masyarakat {r['tracking_code']}: {str(r.get('what') or '').strip()[:800]}")
    return out


def letter_pdf(request: Request, user: User, case_id: str) -> Response:
    svc = _svc(request)
    view = svc.get_case(user, case_id)
    rec = view.recommendation
    if rec is None:
        raise CaseError("belum ada draf rekomendasi untuk kasus ini")
    c = view.case
    kept = rec.get("unit") if rec.get("approved_by") is not None else None
    # An approved letter prints its issuer as approved (kop, city, signatory, tembusan), whatever
    # the settings say since; a draft shows the settings of today.
    unit = Unit.from_snapshot(kept) if isinstance(kept, dict) else (view.unit or svc.unit())
    names = _full_names(request, [rec["drafted_by"], rec.get("approved_by")])
    recipient = str(rec.get("recipient") or "").lower() or None
    criminal = recipient == "gakkumdu"
    citations = tuple(
        Citation(x.short, x.articles, x.criminal) for x in cite(c.violation_codes, criminal_only=criminal)
    )
    approved = rec.get("approved_by") is not None
    day = rec.get("letter_date")
    letter_day = (
        date.fromisoformat(day) if isinstance(day, str) else local(rec["drafted_at"], unit.zone)[0].date()
    )
    signer = Signatory(
        unit.signatory_name or "-", unit.signatory_title or "Pejabat berwenang", unit.signatory_nip or None
    )
    letter = RecommendationLetter(
        number=rec.get("number") or "(nomor diberikan saat disetujui)",
        letter_date=letter_day,
        case_id=c.id,
        subject=subject_of_view(view),
        facts=tuple(_facts(request, view, _quotes(request, view))) or (c.title,),
        violations=violations(c.violation_codes),
        drafter=Signatory(
            names.get(rec["drafted_by"], rec["drafted_by"]), "Penyusun", username=rec["drafted_by"]
        ),
        drafted_at=rec["drafted_at"],
        settings=unit.settings(),
        approver=(
            Signatory(
                names.get(rec["approved_by"], rec["approved_by"]), "Pimpinan", username=rec["approved_by"]
            )
            if approved
            else None
        ),
        approved_at=rec.get("approved_at"),
        recipient=recipient,
        election_type=c.election_type,
        election_name=_election_name(request, c.election_id),
        legal_bases=tuple(
            legal_bases(c.election_type, "criminal" if criminal else "neutrality", c.violation_codes)
        ),
        recommendation=str(rec.get("text") or "") or None,
        citations=citations,
        signer=signer,
        copies=unit.gakkumdu_copies if criminal else unit.copies,
        place=unit.city or None,
        zone=unit.zone,
    )
    pdf = recommendation_letter_pdf(letter)
    audit_now(request.app.state.engine, user.username, "export_letter", f"case:{case_id}", {"nip": c.nip})
    return download(pdf, "application/pdf", f"rekomendasi-{case_id}.pdf")


def _election_name(request: Request, election_id: str | None) -> str | None:
    for e in request.app.state.cfg.elections:
        if str(e.id) == election_id:
            return str(e.name)
    return None


def _full_names(request: Request, usernames: list[str | None]) -> dict[str, str]:
    names = [u for u in usernames if u]
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(
            select(ct.users.c.username, ct.users.c.full_name).where(ct.users.c.username.in_(names))
        )
        return {str(u): str(n) for u, n in rows}


def download(data: bytes, media_type: str, name: str) -> Response:
    return Response(
        data, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


def evidence_package(request: Request, user: User, case_id: str) -> Response:
    """The case's verifiable evidence package (BagIt + Ed25519), as ``evidence export`` writes it."""
    _svc(request).get_case(user, case_id, audit_view=False)  # visibility check, before anything else
    exporter = request.app.state.cfg.extra.get("export_package")
    if exporter is None:
        raise InvalidInput("paket bukti tidak tersedia pada instalasi ini", field="evidence")
    d = request.app.state.cfg.data_dir
    if d is None:
        raise InvalidInput("penyimpanan bukti tidak dikonfigurasi", field="data")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{case_id}.zip"
        exporter(case_id, out, user.username)
        data = out.read_bytes()
    audit_now(request.app.state.engine, user.username, "export_evidence", f"case:{case_id}", {})
    return download(data, "application/zip", f"bukti-{case_id}.zip")
