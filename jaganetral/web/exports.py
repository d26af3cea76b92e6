"""Spreadsheet exports of the case list (XLSX, CSV): the same times as the screen, in each case's
zone with the zone's name beside them, and every code in words. The documents (dossier, letter,
evidence package) live in :mod:`jaganetral.web.documents`; what the public does (reports, self-check)
in :mod:`jaganetral.web.public` — both re-exported here for older imports."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response

from jaganetral.cases.access import User, audit_now
from jaganetral.cases.service import CaseFilter, CaseService
from jaganetral.errors import InvalidInput
from jaganetral.model.clock import local
from jaganetral.reports import rows_to_csv, rows_to_xlsx
from jaganetral.web.documents import (
    dossier_pdf,
    download,
    evidence_package,
    evidence_status,
    letter_pdf,
    rules_by_code,
    rules_for,
)
from jaganetral.web.public import MAX_UPLOAD, file_public_report, selfcheck, tesseract_bytes

LIST_COLUMNS = [
    "id", "title", "state", "subject_name", "nip", "instansi", "wilayah", "violation_codes", "event_date",
    "zone", "due_at", "overdue", "finding_count", "outcome", "ppk_result", "tracking_code",
]  # fmt: skip
TIME_COLUMNS = ("event_date", "due_at")
LABELLED = {"state": "state_label", "outcome": "outcome_label", "ppk_result": "ppk_result_label"}


def _svc(request: Request) -> CaseService:
    s: CaseService = request.app.state.cases
    return s


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
            rows.append([_cell(r, col) for col in LIST_COLUMNS])
        if f.page >= page.pages:
            break
        f.page += 1
    audit_now(
        request.app.state.engine, user.username, "export_cases", "cases", {"rows": len(rows), "format": fmt}
    )
    if fmt == "xlsx":
        data = rows_to_xlsx("Kasus", LIST_COLUMNS, rows)
        return download(
            data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "kasus.xlsx"
        )
    return download(rows_to_csv(LIST_COLUMNS, rows), "text/csv; charset=utf-8", "kasus.csv")


def _cell(r: dict[str, Any], col: str) -> Any:
    case = r["case"]
    if col == "violation_codes":
        return ", ".join(case.violation_codes)
    if col in TIME_COLUMNS:
        v = getattr(case, col)
        # the case's own zone, as the screen shows it; the zone's name is the next column
        return None if v is None else local(v, case.zone)[0]
    if col in LABELLED:
        return r.get(LABELLED[col]) or None
    return r.get(col)


__all__ = [
    "MAX_UPLOAD", "case_list_file", "dossier_pdf", "evidence_package", "evidence_status",
    "file_public_report", "letter_pdf", "rules_by_code", "rules_for", "selfcheck", "tesseract_bytes",
]  # fmt: skip
