"""Glue between the pages/API and the documents: dossier and letter PDFs, list exports, evidence
status and packages, public-report uploads (OCR'd, stored as evidence) and the self-check."""

from __future__ import annotations

import hashlib
import re
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from jaganetral.cases.access import User, audit_now
from jaganetral.cases.service import CaseFilter, CaseService, CaseView
from jaganetral.errors import InvalidInput
from jaganetral.judge.catalogue import load_rules
from jaganetral.reports import (
    CaseDossier,
    CaseEvent,
    EvidenceRow,
    RecommendationLetter,
    Signatory,
    Subject,
    ViolationInfo,
    case_dossier_pdf,
    recommendation_letter_pdf,
    rows_to_csv,
    rows_to_xlsx,
)
from jaganetral.store.blobs import BlobStore

MAX_UPLOAD = 10 * 1024 * 1024
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_RULES: dict[str, Any] = {}


def _svc(request: Request) -> CaseService:
    s: CaseService = request.app.state.cases
    return s


def _settings(request: Request) -> dict[str, str]:
    cfg = request.app.state.cfg
    return {"unit_name": cfg.unit_name, "address": cfg.unit_address, **cfg.extra.get("letter", {})}


def rules_by_code() -> dict[str, Any]:
    if not _RULES:
        _RULES.update({r.code: r for r in load_rules()})
    return _RULES


def rules_for(view: CaseView) -> list[Any]:
    rules = rules_by_code()
    return [rules[c] for c in view.case["violation_codes"] if c in rules]


def _violations(codes: list[str]) -> tuple[ViolationInfo, ...]:
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
            )
        )
    return tuple(out)


def _subject(view: CaseView) -> Subject:
    c = view.case
    actor = (view.findings[0].get("actor") if view.findings else None) or {}
    return Subject(
        kind=c["subject_kind"],
        name=c["subject_name"] or actor.get("name"),
        nip=c["nip"],
        jabatan=actor.get("jabatan"),
        instansi=c["instansi"],
        wilayah=c["wilayah"],
        account=actor.get("account"),
        platform=view.findings[0].get("platform") if view.findings else None,
    )


def _blobs(request: Request) -> BlobStore | None:
    d = request.app.state.cfg.data_dir
    return BlobStore(Path(d) / "evidence") if d else None


def evidence_status(request: Request, view: CaseView) -> list[EvidenceRow]:
    """Each evidence item of the case: does it still hash to its name; was the post deleted online."""
    blobs = _blobs(request)
    rows: list[EvidenceRow] = []
    seen: set[str] = set()
    for f in view.findings:
        shas = [f.get("evidence_sha256"), (f.get("source") or {}).get("file_sha256")]
        online = f.get("online") or {}
        for kind, sha in zip(("record", "input_file"), shas, strict=True):
            if not sha or sha in seen:
                continue
            seen.add(sha)
            rows.append(
                EvidenceRow(
                    sha256=sha,
                    kind=kind,
                    integrity_ok=_rehash(blobs, sha),
                    online_status=online.get("state") if kind == "record" else None,
                    posted_at=_dt(f.get("occurred_at")),
                    deleted_at=_dt(online.get("deleted_noticed_at") or f.get("deleted_at")),
                    url=f.get("url"),
                )
            )
        cap = online.get("capture_sha256")
        if cap and cap not in seen:
            seen.add(cap)
            rows.append(
                EvidenceRow(
                    sha256=cap,
                    kind="page_warc",
                    integrity_ok=_rehash(blobs, cap),
                    online_status=online.get("state"),
                    posted_at=_dt(f.get("occurred_at")),
                    deleted_at=_dt(online.get("deleted_noticed_at")),
                    url=online.get("url"),
                )
            )
    for r in view.reports:
        for sha in r.get("evidence_sha256") or []:
            if sha in seen:
                continue
            seen.add(sha)
            rows.append(EvidenceRow(sha256=sha, kind="laporan_publik", integrity_ok=_rehash(blobs, sha)))
    return rows


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


def dossier_pdf(request: Request, user: User, case_id: str) -> Response:
    svc = _svc(request)
    view = svc.get_case(user, case_id)
    c = view.case
    d = CaseDossier(
        case_id=c["id"],
        title=c["title"],
        state=c["state"],
        subject=_subject(view),
        generated_at=svc.now(),
        settings=_settings(request),
        origin=c["origin"],
        election_id=c["election_id"],
        election_type=c["election_type"],
        event_date=c["event_date"],
        discovered_at=c["discovered_at"],
        opened_at=c["opened_at"],
        updated_at=c["updated_at"],
        due_at=view.due.at if view.due else None,
        outcome=c["outcome"],
        forwarded_to=c["forwarded_to"],
        findings=tuple(view.findings),
        violations=_violations(c["violation_codes"]),
        events=tuple(
            CaseEvent(
                at=e["at"],
                actor=e["actor"],
                kind=e["kind"],
                from_state=e["from_state"],
                to_state=e["to_state"],
                reason=e["reason"],
            )
            for e in view.events
        ),
        evidence=tuple(evidence_status(request, view)),
        generated_by=user.full_name,
    )
    pdf = case_dossier_pdf(d)
    audit_now(request.app.state.engine, user.username, "export_dossier", f"case:{case_id}", {"nip": c["nip"]})
    return _download(pdf, "application/pdf", f"berkas-{case_id}.pdf")


def letter_pdf(request: Request, user: User, case_id: str) -> Response:
    svc = _svc(request)
    view = svc.get_case(user, case_id)
    rec = view.recommendation
    if rec is None:
        raise InvalidInput("belum ada draf rekomendasi untuk kasus ini", field="recommendation")
    c = view.case
    names = _full_names(request, [rec["drafted_by"], rec.get("approved_by")])
    facts = [x for f in view.findings for x in (f.get("explanation") or [])[:1]]
    if rec.get("text"):
        facts.append(rec["text"])
    letter = RecommendationLetter(
        number=rec.get("number") or "-",
        letter_date=(rec.get("approved_at") or rec["drafted_at"]).date(),
        case_id=c["id"],
        subject=_subject(view),
        facts=tuple(facts) or (c["title"],),
        violations=_violations(c["violation_codes"]),
        drafter=Signatory(
            names.get(rec["drafted_by"], rec["drafted_by"]), "Penyusun", username=rec["drafted_by"]
        ),
        drafted_at=rec["drafted_at"],
        settings=_settings(request),
        approver=(
            Signatory(
                names.get(rec["approved_by"], rec["approved_by"]), "Pimpinan", username=rec["approved_by"]
            )
            if rec.get("approved_by")
            else None
        ),
        approved_at=rec.get("approved_at"),
        recipient=str(rec.get("recipient") or "").lower() or None,
        election_type=c["election_type"],
    )
    pdf = recommendation_letter_pdf(letter)
    audit_now(request.app.state.engine, user.username, "export_letter", f"case:{case_id}", {"nip": c["nip"]})
    return _download(pdf, "application/pdf", f"rekomendasi-{case_id}.pdf")


def _full_names(request: Request, usernames: list[str | None]) -> dict[str, str]:
    from sqlalchemy import select

    from jaganetral.store import case_tables as ct

    names = [u for u in usernames if u]
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(
            select(ct.users.c.username, ct.users.c.full_name).where(ct.users.c.username.in_(names))
        )
        return {str(u): str(n) for u, n in rows}


LIST_COLUMNS = [
    "id", "title", "state", "subject_name", "nip", "instansi", "wilayah", "violation_codes", "event_date",
    "due_at", "overdue", "finding_count", "outcome",
]  # fmt: skip


def case_list_file(request: Request, user: User, fmt: str, f: CaseFilter) -> Response:
    """The filtered case list as XLSX or CSV (every page of it, capped at 50,000 rows)."""
    if fmt not in ("xlsx", "csv"):
        raise InvalidInput("format ekspor: xlsx atau csv", field="format")
    svc = _svc(request)
    rows: list[list[Any]] = []
    f.per_page, f.page = 200, 1
    while len(rows) < 50_000:
        page = svc.list_cases(user, f)
        for r in page.rows:
            rows.append(
                [
                    ", ".join(r[c])
                    if c == "violation_codes"
                    else _naive(r[c])
                    if isinstance(r[c], datetime)
                    else r[c]
                    for c in LIST_COLUMNS
                ]
            )
        if f.page >= page.pages:
            break
        f.page += 1
    audit_now(
        request.app.state.engine, user.username, "export_cases", "cases", {"rows": len(rows), "format": fmt}
    )
    if fmt == "xlsx":
        data = rows_to_xlsx("Kasus", LIST_COLUMNS, rows)
        return _download(
            data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "kasus.xlsx"
        )
    return _download(rows_to_csv(LIST_COLUMNS, rows), "text/csv; charset=utf-8", "kasus.csv")


def _naive(dt: datetime) -> datetime:
    """Spreadsheets have no time zones: Jakarta wall time."""
    from zoneinfo import ZoneInfo

    return dt.astimezone(ZoneInfo("Asia/Jakarta")).replace(tzinfo=None)


def _download(data: bytes, media_type: str, name: str) -> Response:
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
    return _download(data, "application/zip", f"bukti-{case_id}.zip")


def file_public_report(
    request: Request,
    *,
    what: str,
    where: str,
    when: str,
    links: str,
    reporter_name: str,
    reporter_contact: str,
    files: list[tuple[str, bytes]],
) -> str:
    """Store the screenshots as evidence (OCR'd into text), then the report; return its code."""
    link_list = [u for u in re.split(r"\s+", links.strip()) if u][:20]
    for u in link_list:
        if not re.match(r"^https?://", u):
            raise InvalidInput(f"tautan harus diawali http:// atau https:// ({u[:60]})", field="links")
    files = files[:5]
    for name, data in files:  # every file checked before anything is stored
        if len(data) > MAX_UPLOAD:
            raise InvalidInput(f"{name}: berkas lebih dari 10 MB", field="screenshots")
        if not data.startswith(IMAGE_MAGIC):
            raise InvalidInput(f"{name}: hanya gambar PNG atau JPEG", field="screenshots")
    blobs = _blobs(request)
    shas: list[str] = []
    new_blobs: list[str] = []
    texts: list[str] = []
    ocr = request.app.state.cfg.ocr
    try:
        for _name, data in files:
            if blobs is not None:
                sha, new = blobs.put_bytes(data)
                shas.append(sha)
                if new:
                    new_blobs.append(sha)
            if ocr is not None:
                try:
                    texts.append(ocr(data).strip())
                except Exception as exc:  # OCR is a help, never a reason to lose a report
                    texts.append(f"[OCR gagal: {type(exc).__name__}]")
        code = _svc(request).file_public_report(
            what=what, where=where, when=when, links=link_list, evidence_sha256=shas,
            ocr_text="\n\n".join(texts), reporter_name=reporter_name, reporter_contact=reporter_contact,
        )  # fmt: skip
    except BaseException:
        # a refused report leaves no stray files in the evidence folder
        for sha in new_blobs:
            if blobs is not None:
                blobs.remove(sha)
        raise
    hook = request.app.state.cfg.extra.get("on_public_evidence")
    if hook is not None and shas:
        hook(shas, code)
    return code


def tesseract_bytes(data: bytes) -> str:
    """OCR of an uploaded image with the ``tesseract`` binary (ind+eng)."""
    from jaganetral.sources.screenshot import tesseract_ocr

    with tempfile.NamedTemporaryFile(suffix=".img") as fh:
        fh.write(data)
        fh.flush()
        return tesseract_ocr(Path(fh.name))


def selfcheck(request: Request, text: str, kind: str, on: date, target_text: str) -> Any:
    checker = request.app.state.cfg.extra.get("selfchecker")
    if checker is None:
        from jaganetral.web.selfcheck import SelfChecker

        checker = SelfChecker(request.app.state.cfg.elections)
        request.app.state.cfg.extra["selfchecker"] = checker
    return checker.check(text, kind, on, target_text)
