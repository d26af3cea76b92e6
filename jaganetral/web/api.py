"""REST API (``/api/v1``): the data of every page, for machine clients with bearer tokens.

Pydantic models at the boundary give the OpenAPI document (``/openapi.json``). Cookie-authenticated
writes need the session's CSRF token in ``X-CSRF-Token`` like the pages' forms.
"""

from __future__ import annotations

import hmac
from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from jaganetral.cases.access import audit_now
from jaganetral.cases.queries import MAX_PAGE
from jaganetral.cases.service import CaseFilter, CaseService, InboxFilter
from jaganetral.cases.workflow import CaseNotFound, PermissionDenied
from jaganetral.model.clock import WIB, Zone, local
from jaganetral.web import exports
from jaganetral.web.deps import Ctx, needs

router = APIRouter(tags=["jaganetral"])


def api_needs(action: str) -> Any:
    """The caller (a bearer token, or a session with its CSRF token for writes) may do ``action``."""
    check = needs(action, page=False)

    def dep(request: Request) -> Ctx:
        ctx: Ctx = check(request)
        if request.method not in ("GET", "HEAD") and not ctx.via_token:
            given = request.headers.get("x-csrf-token", "")
            if not ctx.csrf or not hmac.compare_digest(ctx.csrf, given):
                raise PermissionDenied("token CSRF tidak cocok")
        return ctx

    dep.action = action  # type: ignore[attr-defined]
    dep.page = False  # type: ignore[attr-defined]
    return Depends(dep)


def svc(request: Request) -> CaseService:
    s: CaseService = request.app.state.cases
    return s


class CaseRow(BaseModel):
    """One case of a list. Times are ISO 8601 with the offset of the case's zone (``zone``)."""

    id: str
    title: str
    state: str
    state_label: str
    subject_name: str | None
    nip: str | None
    instansi: str | None
    wilayah: str | None
    primary_code: str | None
    violation_codes: list[str]
    due_at: str | None
    overdue: bool
    updated_at: str
    event_date: str | None
    discovered_at: str
    opened_at: str
    zone: str
    finding_count: int
    outcome: str | None
    outcome_label: str | None
    ppk_result: str | None
    ppk_result_label: str | None
    origin: str
    origin_label: str
    tracking_code: str | None
    election_id: str | None
    election_type: str
    assignee: str | None = None
    team: str | None = None


class CaseList(BaseModel):
    total: int
    page: int
    per_page: int
    rows: list[CaseRow]


class Event(BaseModel):
    id: int
    at: str
    actor: str
    kind: str
    from_state: str | None
    to_state: str | None
    reason: str
    data: dict[str, Any]


class CaseDetail(BaseModel):
    case: dict[str, Any]
    due_at: str | None
    due_basis: str | None
    events: list[Event]
    findings: list[dict[str, Any]]
    allowed_moves: list[dict[str, Any]]
    recommendation: dict[str, Any] | None


class Transition(BaseModel):
    to: str
    reason: str = Field(min_length=1)
    outcome: str | None = None
    ppk_result: str | None = None


#: ``[label, key, count]`` or ``[key, count]`` rows of a chart (plain JSON arrays)
Row = list[str | int | None]


class Dashboard(BaseModel):
    total: int
    overdue: int
    by_state: list[Row]
    by_region: list[Row]
    by_wilayah: list[Row]
    by_instansi: list[Row]
    by_code: list[Row]
    by_week: list[Row]


class SelfCheckIn(BaseModel):
    text: str = Field(max_length=5000)
    kind: Literal["post", "share", "comment", "reaction"] = "post"
    #: "acted" (I posted / liked / shared…) or "tagged" (I was tagged / added to a group)
    mode: Literal["acted", "tagged"] = "acted"
    on: date | None = None
    target_text: str = ""


class ReportStatus(BaseModel):
    tracking_code: str
    received_at: str | None
    state: str
    state_label: str
    updated_at: str | None
    outcome: str | None
    finished: bool


@router.get("/cases", response_model=CaseList)
def list_cases(
    request: Request,
    ctx: Annotated[Ctx, api_needs("view_cases")],
    state: str | None = None,
    instansi: str | None = None,
    wilayah: str | None = None,
    code: str | None = None,
    q: str | None = None,
    overdue: bool = False,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
    assignee: str | None = None,
    team: str | None = None,
    due_soon: bool = False,
    mine: bool = False,
) -> Any:
    """Cases this user may see, newest activity first; ``mine`` is the caller's queue, ``due_soon``
    the cases due within 24 hours, ``overdue`` those past their legal deadline."""
    assert ctx.user is not None
    p = svc(request).list_cases(
        ctx.user,
        CaseFilter(
            state, instansi, wilayah, code, q, overdue, page, per_page,
            assignee=ctx.user.username if mine else assignee, team=team, due_soon=due_soon,
        ),
    )  # fmt: skip
    return {"total": p.total, "page": p.page, "per_page": p.per_page, "rows": p.rows}


@router.get("/cases/export.{fmt}", response_class=Response)
def export_cases(
    request: Request,
    ctx: Annotated[Ctx, api_needs("export_cases")],
    fmt: Literal["xlsx", "csv"],
    state: str | None = None,
    q: str | None = None,
) -> Response:
    assert ctx.user is not None
    return exports.case_list_file(request, ctx.user, fmt, CaseFilter(state=state, q=q))


@router.get("/cases/{case_id}", response_model=CaseDetail)
def get_case(request: Request, ctx: Annotated[Ctx, api_needs("view_case")], case_id: str) -> Any:
    assert ctx.user is not None
    v = svc(request).get_case(ctx.user, case_id)
    z = v.case.zone
    return {
        "case": v.case.to_api(),
        "due_at": iso_in(v.due.at if v.due else None, z),
        "due_basis": v.due.basis if v.due else None,
        "events": [{**e, "at": iso_in(e["at"], z)} for e in v.events],
        "findings": v.findings,
        "allowed_moves": v.moves,
        "recommendation": _plain(v.recommendation, z),
    }


def iso_in(dt: datetime | None, zone: Zone) -> str | None:
    """ISO 8601 in the case's zone, with its offset (``+07:00``, ``+08:00``, ``+09:00``)."""
    return None if dt is None else local(dt, zone)[0].isoformat()


def _plain(d: dict[str, Any] | None, zone: Zone) -> dict[str, Any] | None:
    if d is None:
        return None
    return {k: iso_in(v, zone) if isinstance(v, datetime) else v for k, v in d.items()}


@router.post("/cases/{case_id}/transitions", response_model=CaseDetail)
def transition(
    request: Request, ctx: Annotated[Ctx, api_needs("move_case")], case_id: str, body: Transition
) -> Any:
    assert ctx.user is not None
    svc(request).transition(
        ctx.user, case_id, body.to, body.reason, outcome=body.outcome, ppk_result=body.ppk_result
    )
    return get_case(request, ctx, case_id)


class Note(BaseModel):
    text: str = Field(min_length=1, max_length=5000)


@router.post("/cases/{case_id}/notes", status_code=201)
def add_note(
    request: Request, ctx: Annotated[Ctx, api_needs("note")], case_id: str, body: Note
) -> dict[str, str]:
    """A note on the case's history (Bawaslu roles; append-only)."""
    assert ctx.user is not None
    svc(request).add_note(ctx.user, case_id, body.text)
    return {"case_id": case_id}


@router.get("/cases/{case_id}/dossier.pdf", response_class=Response)
def dossier(request: Request, ctx: Annotated[Ctx, api_needs("export_documents")], case_id: str) -> Response:
    assert ctx.user is not None
    return exports.dossier_pdf(request, ctx.user, case_id)


@router.get("/cases/{case_id}/evidence.zip", response_class=Response)
def evidence(request: Request, ctx: Annotated[Ctx, api_needs("download_evidence")], case_id: str) -> Response:
    assert ctx.user is not None
    return exports.evidence_package(request, ctx.user, case_id)


class InboxPage(BaseModel):
    total: int
    page: int
    rows: list[dict[str, Any]]


@router.get("/findings/inbox", response_model=InboxPage)
def inbox(
    request: Request,
    ctx: Annotated[Ctx, api_needs("view_inbox")],
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
    status: str | None = None,
    platform: str | None = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    wilayah: str | None = None,
    instansi: str | None = None,
    code: str | None = None,
) -> dict[str, Any]:
    """Findings waiting for triage (filters: platform, status, confidence, region, agency, code)."""
    assert ctx.user is not None
    flt = InboxFilter(status, platform, min_confidence, wilayah, instansi, code)
    p = svc(request).inbox_filtered(ctx.user, flt, page, per_page)
    audit_now(
        request.app.state.engine, ctx.user.username, "view_inbox", "findings", {"page": page, "api": True}
    )
    return {"total": p.total, "page": p.page, "rows": [r["doc"] for r in p.rows]}


class OpenCasesIn(BaseModel):
    #: the findings to open cases from; none: every violation/review finding waiting
    finding_ids: list[str] | None = Field(default=None, max_length=20_000)


class Opened(BaseModel):
    case_id: str
    created: bool


class OpenedList(BaseModel):
    cases: list[Opened]


@router.post("/findings/open-cases", response_model=OpenedList)
def open_cases(
    request: Request, ctx: Annotated[Ctx, api_needs("open_cases")], body: OpenCasesIn | None = None
) -> dict[str, Any]:
    """Open (or merge into) cases from findings, as the inbox's buttons do."""
    assert ctx.user is not None
    opened = svc(request).open_from_findings(ctx.user, body.finding_ids if body else None)
    return {"cases": [{"case_id": c, "created": n} for c, n in opened]}


@router.get("/alerts")
def alerts(request: Request, ctx: Annotated[Ctx, api_needs("view_alerts")]) -> list[dict[str, Any]]:
    assert ctx.user is not None
    rows = svc(request).alerts(ctx.user)
    audit_now(request.app.state.engine, ctx.user.username, "view_alerts", "findings", {"api": True})
    return rows


@router.get("/dashboard", response_model=Dashboard)
def dashboard(request: Request, ctx: Annotated[Ctx, api_needs("view_dashboard")]) -> Any:
    assert ctx.user is not None
    return svc(request).dashboard(ctx.user)


@router.get("/reports/{code}", response_model=ReportStatus)
def report_status(request: Request, code: str) -> Any:
    st = svc(request).report_status(code)
    if st is None:
        raise CaseNotFound("laporan tidak ditemukan")
    return {k: iso_in(v, WIB) if isinstance(v, datetime) else v for k, v in st.items()}


@router.post("/selfcheck")
def selfcheck(request: Request, body: SelfCheckIn) -> dict[str, Any]:
    """Public: explains the rules for a text; nothing is stored."""
    r = exports.selfcheck(request, body.text, body.kind, body.on or date.today(), body.target_text, body.mode)
    return {
        "candidates": list(r.candidates),
        "advice": list(r.advice),
        "notes": list(r.notes),
        "verdict": r.verdict,
        "headline": r.headline,
        "screening": list(r.screening),
        "explanation": list(r.explanation),
        "violation_codes": list(r.codes),
        "legal_basis": list(r.legal_basis),
        "stage": r.stage,
    }
