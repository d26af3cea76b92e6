"""REST API (``/api/v1``): the data of every page, for machine clients with bearer tokens.

Pydantic models at the boundary give the OpenAPI document (``/openapi.json``). Cookie-authenticated
writes need the session's CSRF token in ``X-CSRF-Token`` like the pages' forms.
"""

from __future__ import annotations

import hmac
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from jaganetral.cases.access import audit_now
from jaganetral.cases.queries import MAX_PAGE
from jaganetral.cases.service import CaseFilter, CaseService
from jaganetral.cases.workflow import CaseNotFound, PermissionDenied
from jaganetral.model.clock import WIB, Zone, local
from jaganetral.web import exports
from jaganetral.web.deps import Ctx, NotLoggedIn, context

router = APIRouter(tags=["jaganetral"])


def api_user(request: Request) -> Ctx:
    ctx = context(request)
    if ctx.user is None:
        raise NotLoggedIn()
    if request.method not in ("GET", "HEAD") and not ctx.via_token:
        given = request.headers.get("x-csrf-token", "")
        if not ctx.csrf or not hmac.compare_digest(ctx.csrf, given):
            raise PermissionDenied("token CSRF tidak cocok")
    return ctx


Auth = Annotated[Ctx, Depends(api_user)]


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


class Dashboard(BaseModel):
    total: int
    overdue: int
    by_state: list[tuple[str, str, int]]
    by_region: list[tuple[str | None, int]]
    by_wilayah: list[tuple[str | None, int]]
    by_instansi: list[tuple[str | None, int]]
    by_code: list[tuple[str | None, int]]
    by_week: list[tuple[str, int]]


class SelfCheckIn(BaseModel):
    text: str = Field(max_length=5000)
    kind: str = "post"
    #: "acted" (I posted / liked / shared…) or "tagged" (I was tagged / added to a group)
    mode: str = "acted"
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
    ctx: Auth,
    state: str | None = None,
    instansi: str | None = None,
    wilayah: str | None = None,
    code: str | None = None,
    q: str | None = None,
    overdue: bool = False,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Any:
    assert ctx.user is not None
    p = svc(request).list_cases(
        ctx.user, CaseFilter(state, instansi, wilayah, code, q, overdue, page, per_page)
    )
    return {"total": p.total, "page": p.page, "per_page": p.per_page, "rows": p.rows}


@router.get("/cases/export.{fmt}", response_class=Response)
def export_cases(
    request: Request, ctx: Auth, fmt: str, state: str | None = None, q: str | None = None
) -> Response:
    assert ctx.user is not None
    return exports.case_list_file(request, ctx.user, fmt, CaseFilter(state=state, q=q))


@router.get("/cases/{case_id}", response_model=CaseDetail)
def get_case(request: Request, ctx: Auth, case_id: str) -> Any:
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
def transition(request: Request, ctx: Auth, case_id: str, body: Transition) -> Any:
    assert ctx.user is not None
    svc(request).transition(
        ctx.user, case_id, body.to, body.reason, outcome=body.outcome, ppk_result=body.ppk_result
    )
    return get_case(request, ctx, case_id)


class Note(BaseModel):
    text: str = Field(min_length=1, max_length=5000)


@router.post("/cases/{case_id}/notes", status_code=201)
def add_note(request: Request, ctx: Auth, case_id: str, body: Note) -> dict[str, str]:
    """A note on the case's history (Bawaslu roles; append-only)."""
    assert ctx.user is not None
    svc(request).add_note(ctx.user, case_id, body.text)
    return {"case_id": case_id}


@router.get("/cases/{case_id}/dossier.pdf", response_class=Response)
def dossier(request: Request, ctx: Auth, case_id: str) -> Response:
    assert ctx.user is not None
    return exports.dossier_pdf(request, ctx.user, case_id)


@router.get("/cases/{case_id}/evidence.zip", response_class=Response)
def evidence(request: Request, ctx: Auth, case_id: str) -> Response:
    assert ctx.user is not None
    return exports.evidence_package(request, ctx.user, case_id)


@router.get("/findings/inbox")
def inbox(
    request: Request, ctx: Auth, page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> dict[str, Any]:  # fmt: skip
    assert ctx.user is not None
    p = svc(request).inbox(ctx.user, page, per_page)
    audit_now(
        request.app.state.engine, ctx.user.username, "view_inbox", "findings", {"page": page, "api": True}
    )
    return {"total": p.total, "page": p.page, "rows": [r["doc"] for r in p.rows]}


@router.post("/findings/open-cases")
def open_cases(request: Request, ctx: Auth, finding_ids: list[str] | None = None) -> dict[str, Any]:
    assert ctx.user is not None
    opened = svc(request).open_from_findings(ctx.user, finding_ids)
    return {"cases": [{"case_id": c, "created": n} for c, n in opened]}


@router.get("/alerts")
def alerts(request: Request, ctx: Auth) -> list[dict[str, Any]]:
    assert ctx.user is not None
    rows = svc(request).alerts(ctx.user)
    audit_now(request.app.state.engine, ctx.user.username, "view_alerts", "findings", {"api": True})
    return rows


@router.get("/dashboard", response_model=Dashboard)
def dashboard(request: Request, ctx: Auth) -> Any:
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
