"""REST API of working the case: every action of the pages over ``/api/v1`` with typed bodies —
facts, assignment, links and merges, documents, notes, extensions, recommendations, dismissals and
their undo, notifications, the audit log, public reports, evidence items, users, the change feed and
webhooks. Permissions are the role matrix of ``workflow.yaml`` (403 otherwise, audited)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from jaganetral.cases import access
from jaganetral.cases.queries import MAX_PAGE
from jaganetral.cases.service import DOCUMENT_KINDS, CaseService
from jaganetral.errors import InvalidInput
from jaganetral.model.clock import WIB
from jaganetral.web import evidence_view, public, webhooks
from jaganetral.web.api import CaseDetail, api_needs, get_case, iso_in
from jaganetral.web.deps import Ctx
from jaganetral.web.pages_work import serve_item

router = APIRouter(tags=["jaganetral"])


def svc(request: Request) -> CaseService:
    s: CaseService = request.app.state.cases
    return s


class Reason(BaseModel):
    reason: str = Field(default="", max_length=2000)


class Required(BaseModel):
    reason: str = Field(min_length=1, max_length=2000)


class Done(BaseModel):
    ok: bool = True
    detail: str = ""


class SubjectIn(BaseModel):
    """The case's facts: terlapor (by NIP from the registry, or by name), agency, region, incident
    date (ISO 8601; without an offset it is the case's local time), election, provisions."""

    subject_kind: Literal["asn", "institution", "unknown"] = "asn"
    nip: str | None = Field(default=None, max_length=18)
    subject_name: str | None = Field(default=None, max_length=300)
    instansi: str | None = Field(default=None, max_length=300)
    wilayah: str | None = Field(default=None, max_length=200)
    official_name: str | None = Field(default=None, max_length=300)
    official_nip: str | None = Field(default=None, max_length=18)
    official_jabatan: str | None = Field(default=None, max_length=300)
    event_date: datetime | None = None
    election_id: str | None = Field(default=None, max_length=80)
    violation_codes: list[str] | None = Field(default=None, max_length=50)
    reason: str = Field(default="", max_length=2000)


class SubjectOut(BaseModel):
    case_id: str
    finding_id: str | None


@router.post("/cases/{case_id}/subject", response_model=SubjectOut)
def set_subject(
    request: Request, ctx: Annotated[Ctx, api_needs("edit_case")], case_id: str, body: SubjectIn
) -> dict[str, Any]:
    """Edit the case's facts; every change is an event with the old and new values, who and why."""
    assert ctx.user is not None
    handle = platform = None
    name, inst, wil = body.subject_name, body.instansi, body.wilayah
    row = next((r for r in request.app.state.cfg.registry if body.nip and r.nip == body.nip.strip()), None)
    if row is not None:
        name, inst, wil = name or row.nama, inst or row.instansi, wil or row.wilayah
        if row.accounts:
            handle, platform = row.accounts[0].handle, row.accounts[0].platform.value
    when = body.event_date
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=svc(request).get_case(ctx.user, case_id, audit_view=False).case.zone.tz)
    fid = svc(request).set_subject(
        ctx.user,
        case_id,
        subject_kind=body.subject_kind,
        subject_name=name,
        nip=body.nip,
        instansi=inst,
        wilayah=wil,
        official_name=body.official_name,
        official_nip=body.official_nip,
        official_jabatan=body.official_jabatan,
        event_date=when,
        election_id=body.election_id,
        violation_codes=body.violation_codes,
        actor_handle=handle,
        platform=platform,
        reason=body.reason,
    )
    return {"case_id": case_id, "finding_id": fid}


class RegistryHit(BaseModel):
    nip: str
    nama: str
    jabatan: str | None
    instansi: str | None
    wilayah: str | None


@router.get("/registry", response_model=list[RegistryHit])
def registry(
    request: Request,
    ctx: Annotated[Ctx, api_needs("search_registry")],
    q: Annotated[str, Query(max_length=100)] = "",
) -> Any:
    """Search the ASN registry by name or NIP (at least 3 characters; at most 10 answers)."""
    from jaganetral.web.pages import registry_search

    assert ctx.user is not None
    hits = registry_search(request, q)
    access.audit_now(
        request.app.state.engine, ctx.user.username, "registry_search", "registry", {"q": q[:100]}
    )
    return [
        {"nip": r.nip, "nama": r.nama, "jabatan": r.jabatan, "instansi": r.instansi, "wilayah": r.wilayah}
        for r in hits
    ]


class AssignIn(BaseModel):
    assignee: str | None = Field(default=None, max_length=80)
    team: str | None = Field(default=None, max_length=80)
    reason: str = Field(default="", max_length=2000)


@router.post("/cases/{case_id}/assign", response_model=CaseDetail)
def assign(request: Request, ctx: Annotated[Ctx, api_needs("assign")], case_id: str, body: AssignIn) -> Any:
    """Assign the case to a person and/or a team; the person is notified."""
    assert ctx.user is not None
    svc(request).assign(ctx.user, case_id, body.assignee, body.team, body.reason)
    return get_case(request, ctx, case_id)


class OtherCase(BaseModel):
    other: str = Field(min_length=1, max_length=24)
    reason: str = Field(default="", max_length=2000)


@router.post("/cases/{case_id}/links", response_model=Done, status_code=201)
def link(
    request: Request, ctx: Annotated[Ctx, api_needs("link_cases")], case_id: str, body: OtherCase
) -> Any:
    """Record that two cases are about the same act (both keep their history)."""
    assert ctx.user is not None
    svc(request).link_cases(ctx.user, case_id, body.other.strip().upper(), body.reason)
    return {"ok": True, "detail": f"{case_id} ↔ {body.other}"}


@router.post("/cases/{case_id}/links/remove", response_model=Done)
def unlink(
    request: Request, ctx: Annotated[Ctx, api_needs("link_cases")], case_id: str, body: OtherCase
) -> Any:
    assert ctx.user is not None
    svc(request).unlink_cases(ctx.user, case_id, body.other.strip().upper(), body.reason)
    return {"ok": True, "detail": ""}


class MergeIn(BaseModel):
    target: str = Field(min_length=1, max_length=24)
    reason: str = Field(min_length=1, max_length=2000)


@router.post("/cases/{case_id}/merge", response_model=Done)
def merge(
    request: Request, ctx: Annotated[Ctx, api_needs("merge_cases")], case_id: str, body: MergeIn
) -> Any:
    """Merge this case into ``target`` (kept, reversible with ``/unmerge``, audited)."""
    assert ctx.user is not None
    svc(request).merge_cases(ctx.user, case_id, body.target.strip().upper(), body.reason)
    return {"ok": True, "detail": f"{case_id} → {body.target}"}


@router.post("/cases/{case_id}/unmerge", response_model=Done)
def unmerge(
    request: Request, ctx: Annotated[Ctx, api_needs("merge_cases")], case_id: str, body: Required
) -> Any:
    assert ctx.user is not None
    svc(request).unmerge_case(ctx.user, case_id, body.reason)
    return {"ok": True, "detail": ""}


@router.post("/cases/{case_id}/extension", response_model=CaseDetail)
def extend(
    request: Request, ctx: Annotated[Ctx, api_needs("extend_clock")], case_id: str, body: Required
) -> Any:
    """Extend the decision clock once (Pemilu: 14 working days; Pilkada: 2 days)."""
    assert ctx.user is not None
    svc(request).extend_clock(ctx.user, case_id, body.reason)
    return get_case(request, ctx, case_id)


class DraftIn(BaseModel):
    text: str = Field(min_length=10, max_length=20_000)


@router.post("/cases/{case_id}/recommendation", response_model=CaseDetail, status_code=201)
def draft(
    request: Request, ctx: Annotated[Ctx, api_needs("draft_recommendation")], case_id: str, body: DraftIn
) -> Any:
    """Draft the recommendation; another pimpinan approves it (four eyes)."""
    assert ctx.user is not None
    svc(request).draft_recommendation(ctx.user, case_id, body.text)
    return get_case(request, ctx, case_id)


class DecisionIn(BaseModel):
    decision: Literal["approve", "reject"]
    reason: str = Field(default="", max_length=2000)


@router.post("/cases/{case_id}/recommendation/decision", response_model=CaseDetail)
def decide(
    request: Request, ctx: Annotated[Ctx, api_needs("decide_recommendation")], case_id: str, body: DecisionIn
) -> Any:
    """Approve (the agenda number is given) or send back another pimpinan's draft."""
    assert ctx.user is not None
    svc(request).decide_recommendation(ctx.user, case_id, body.decision == "approve", body.reason)
    return get_case(request, ctx, case_id)


@router.get("/cases/{case_id}/recommendation.pdf", response_class=Response)
def letter(request: Request, ctx: Annotated[Ctx, api_needs("export_documents")], case_id: str) -> Response:
    from jaganetral.web.documents import letter_pdf

    assert ctx.user is not None
    return letter_pdf(request, ctx.user, case_id)


class Document(BaseModel):
    sha256: str
    kind: str


@router.post("/cases/{case_id}/documents", response_model=Document, status_code=201)
async def document(
    request: Request,
    ctx: Annotated[Ctx, api_needs("attach_document")],
    case_id: str,
    kind: Annotated[Literal["undangan_klarifikasi", "berita_acara", "sk_ppk", "surat_lain"], Form()],
    file: Annotated[UploadFile, File()],
    note: Annotated[str, Form(max_length=500)] = "",
) -> Any:
    """Attach a procedure document (PDF, PNG or JPEG, at most 10 MB) into the vault."""
    assert ctx.user is not None
    data = await file.read(10 * 1024 * 1024 + 1)
    sha = await run_in_threadpool(
        svc(request).attach_document, ctx.user, case_id, kind, file.filename or "dokumen", data, note
    )
    return {"sha256": sha, "kind": kind}


class EvidenceItem(BaseModel):
    sha256: str
    kind: str
    media_type: str
    size: int | None
    captured_at: str | None
    captured_by: str | None
    integrity_ok: bool | None
    online_status: str | None
    url: str | None
    post: dict[str, Any] | None


@router.get("/cases/{case_id}/evidence", response_model=list[EvidenceItem])
def evidence_items(request: Request, ctx: Annotated[Ctx, api_needs("view_case")], case_id: str) -> Any:
    """The case's evidence: kind, capture time and capturer, integrity, online state, the post."""
    assert ctx.user is not None
    view = svc(request).get_case(ctx.user, case_id)
    z = view.case.zone
    out = []
    for i in evidence_view.items(request, view):
        post = dict(i["post"]) if i.get("post") else None
        if post and isinstance(post.get("at"), datetime):
            post["at"] = iso_in(post["at"], z)
        out.append(
            {
                "sha256": i["sha256"],
                "kind": i.get("item_kind") or i["kind"],
                "media_type": i["media_type"],
                "size": i.get("size"),
                "captured_at": iso_in(i.get("captured_at"), z),
                "captured_by": i.get("captured_by"),
                "integrity_ok": i.get("integrity_ok"),
                "online_status": i.get("online_status"),
                "url": i.get("url"),
                "post": post,
            }
        )
    return out


@router.get("/cases/{case_id}/evidence/{sha}", response_class=Response)
def evidence_item(
    request: Request, ctx: Annotated[Ctx, api_needs("download_evidence")], case_id: str, sha: str
) -> Response:
    """One item's bytes (audited; a custody "viewed" entry)."""
    assert ctx.user is not None
    return serve_item(request, ctx.user, case_id, sha, True)


# ---- triage --------------------------------------------------------------------------------------


class FindingIds(BaseModel):
    finding_ids: list[str] = Field(min_length=1, max_length=20_000)
    #: why (one reason for all of them; words, not only spaces)
    reason: str = Field(min_length=1, max_length=2000, pattern=r"\S")


class Restore(BaseModel):
    finding_ids: list[str] = Field(min_length=1, max_length=20_000)
    reason: str = Field(default="", max_length=2000)


class FindingIdList(BaseModel):
    finding_ids: list[str]


@router.post("/findings/dismiss", response_model=FindingIdList)
def dismiss(request: Request, ctx: Annotated[Ctx, api_needs("triage")], body: FindingIds) -> Any:
    """Set findings aside with one reason (kept; undo with ``/findings/restore``)."""
    assert ctx.user is not None
    return {"finding_ids": svc(request).dismiss_findings(ctx.user, body.finding_ids, body.reason)}


@router.post("/findings/restore", response_model=FindingIdList)
def restore(request: Request, ctx: Annotated[Ctx, api_needs("triage")], body: Restore) -> Any:
    """Undo a dismissal: the findings go back to the inbox."""
    assert ctx.user is not None
    return {"finding_ids": svc(request).undismiss(ctx.user, body.finding_ids, body.reason)}


class DismissedRow(BaseModel):
    finding_id: str
    actor: str
    at: str | None
    reason: str
    status: str


class DismissedPage(BaseModel):
    total: int
    page: int
    rows: list[DismissedRow]


@router.get("/findings/dismissed", response_model=DismissedPage)
def dismissed(
    request: Request,
    ctx: Annotated[Ctx, api_needs("view_inbox")],
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
) -> Any:
    assert ctx.user is not None
    p = svc(request).dismissed(ctx.user, page)
    rows = [{**r, "at": iso_in(r["at"], WIB)} for r in p.rows]
    return {"total": p.total, "page": p.page, "rows": rows}


# ---- notifications, audit, changes ---------------------------------------------------------------


class Notice(BaseModel):
    id: int
    at: str | None
    kind: str
    case_id: str | None
    text: str
    read: bool


@router.get("/notifications", response_model=list[Notice])
def notifications(
    request: Request, ctx: Annotated[Ctx, api_needs("notifications")], unread: bool = False
) -> Any:
    assert ctx.user is not None
    rows = svc(request).notifications(ctx.user, unread_only=unread)
    return [
        {
            "id": r["id"],
            "at": iso_in(r["at"], WIB),
            "kind": r["kind"],
            "case_id": r["case_id"],
            "text": r["text"],
            "read": r["read_at"] is not None,
        }
        for r in rows
    ]


class ReadIn(BaseModel):
    ids: list[Annotated[int, Field(ge=1, le=2**53)]] | None = Field(default=None, max_length=10_000)


class Count(BaseModel):
    count: int


@router.post("/notifications/read", response_model=Count)
def notifications_read(
    request: Request, ctx: Annotated[Ctx, api_needs("notifications")], body: ReadIn | None = None
) -> Any:
    assert ctx.user is not None
    return {"count": svc(request).mark_read(ctx.user, body.ids if body else None)}


class AuditRow(BaseModel):
    id: int
    at: str | None
    actor: str
    action: str
    object: str
    detail: dict[str, Any]


class AuditPage(BaseModel):
    total: int
    page: int
    rows: list[AuditRow]


@router.get("/audit", response_model=AuditPage)
def audit(
    request: Request,
    ctx: Annotated[Ctx, api_needs("view_audit")],
    actor: str | None = None,
    action: str | None = None,
    object: str | None = None,
    since: date | None = None,
    until: date | None = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    per_page: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Any:
    """Who viewed, exported, downloaded, changed what; failed logins; denied requests (pimpinan, admin)."""
    assert ctx.user is not None
    s = datetime(since.year, since.month, since.day, tzinfo=WIB.tz) if since else None
    u = datetime(until.year, until.month, until.day, tzinfo=WIB.tz) if until else None
    if u is not None:
        from datetime import timedelta

        u += timedelta(days=1)
    p = svc(request).audit_entries(
        ctx.user, actor=actor, action=action, obj=object, since=s, until=u, page=page, per_page=per_page
    )
    access.audit_now(request.app.state.engine, ctx.user.username, "view_audit", "audit_log", {"api": True})
    return {"total": p.total, "page": p.page, "rows": [{**r, "at": iso_in(r["at"], WIB)} for r in p.rows]}


class Change(BaseModel):
    id: int
    at: str | None
    case_id: str
    kind: str
    from_state: str | None
    to_state: str | None
    state: str


class Changes(BaseModel):
    changes: list[Change]
    #: give this as ``since`` next time
    next: int


@router.get("/changes", response_model=Changes)
def changes(
    request: Request,
    ctx: Annotated[Ctx, api_needs("view_changes")],
    since: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> Any:
    """The change feed: case events after ``since`` of the cases this user may see, oldest first."""
    assert ctx.user is not None
    rows = svc(request).changes(ctx.user, since, limit)
    return {
        "changes": [{**r, "at": iso_in(r["at"], WIB)} for r in rows],
        "next": rows[-1]["id"] if rows else since,
    }


# ---- public reports ------------------------------------------------------------------------------


class ReportIn(BaseModel):
    #: what happened (at least 10 characters of words)
    what: str = Field(min_length=10, max_length=10_000, pattern=r"\S[\s\S]{8,}\S")
    where: str = Field(default="", max_length=500)
    when: str = Field(default="", max_length=200)
    links: list[Annotated[str, Field(pattern=r"^https?://\S+$", max_length=2000)]] = Field(
        default_factory=list, max_length=20
    )
    reporter_name: str = Field(default="", max_length=200)
    reporter_contact: str = Field(default="", max_length=200)
    election: str = Field(default="", max_length=80)


class ReportFiled(BaseModel):
    tracking_code: str


@router.post("/reports", response_model=ReportFiled, status_code=201)
def file_report(request: Request, body: ReportIn) -> Any:
    """Public: file a report without an account (screenshots: the /lapor form). Returns the code."""
    for u in body.links:
        if not u.startswith(("http://", "https://")):
            raise InvalidInput("tautan harus diawali http:// atau https://", field="links")
    code = public.file_public_report(
        request,
        what=body.what,
        where=body.where,
        when=body.when,
        links=" ".join(body.links),
        reporter_name=body.reporter_name,
        reporter_contact=body.reporter_contact,
        files=[],
        election_id=body.election or None,
    )
    return {"tracking_code": code}


# ---- users and webhooks (admin) ------------------------------------------------------------------


class UserIn(BaseModel):
    username: str = Field(min_length=1, max_length=80)
    full_name: str = Field(min_length=1, max_length=200)
    role: Literal["admin", "analis", "pemeriksa", "pimpinan", "instansi"]
    password: str = Field(min_length=10, max_length=500)
    instansi: str | None = Field(default=None, max_length=300)
    email: str | None = Field(default=None, max_length=200)


class UserOut(BaseModel):
    username: str
    full_name: str
    role: str
    instansi: str | None
    active: bool = True
    has_totp: bool = False


@router.get("/users", response_model=list[UserOut])
def users(request: Request, ctx: Annotated[Ctx, api_needs("admin_users")]) -> Any:
    from sqlalchemy import select

    from jaganetral.store import case_tables as ct

    with request.app.state.engine.connect() as conn:
        rows = conn.execute(select(ct.users).order_by(ct.users.c.username)).all()
    return [
        {
            "username": r.username,
            "full_name": r.full_name,
            "role": r.role,
            "instansi": r.instansi,
            "active": bool(r.active),
            "has_totp": bool(r.totp_secret),
        }
        for r in rows
    ]


@router.post("/users", response_model=UserOut, status_code=201)
def add_user(request: Request, ctx: Annotated[Ctx, api_needs("admin_users")], body: UserIn) -> Any:
    assert ctx.user is not None
    u = access.add_user(
        request.app.state.engine,
        body.username,
        body.full_name,
        body.role,
        body.password,
        body.instansi,
        email=body.email,
    )
    access.audit_now(
        request.app.state.engine, ctx.user.username, "user_added", f"user:{u.username}", {"role": u.role}
    )
    return {"username": u.username, "full_name": u.full_name, "role": u.role, "instansi": u.instansi}


class ActiveIn(BaseModel):
    active: bool


@router.post("/users/{username}/active", response_model=Done)
def user_active(
    request: Request, ctx: Annotated[Ctx, api_needs("admin_users")], username: str, body: ActiveIn
) -> Any:
    """Deactivate (sessions ended, tokens revoked) or reactivate a user."""
    assert ctx.user is not None
    access.set_active(request.app.state.engine, ctx.user, username, body.active)
    return {"ok": True, "detail": ""}


class TempPassword(BaseModel):
    temporary_password: str


@router.post("/users/{username}/password-reset", response_model=TempPassword)
def user_reset(request: Request, ctx: Annotated[Ctx, api_needs("admin_users")], username: str) -> Any:
    """A one-time password (to be changed at the next login)."""
    assert ctx.user is not None
    return {"temporary_password": access.reset_password(request.app.state.engine, ctx.user, username)}


@router.post("/users/{username}/totp-reset", response_model=Done)
def user_totp_reset(request: Request, ctx: Annotated[Ctx, api_needs("admin_users")], username: str) -> Any:
    assert ctx.user is not None
    access.reset_totp(request.app.state.engine, ctx.user, username)
    return {"ok": True, "detail": ""}


class HookIn(BaseModel):
    url: str = Field(min_length=8, max_length=500, pattern=r"^https?://\S+$")


class HookOut(BaseModel):
    id: int | None = None
    url: str
    secret: str | None = None
    active: bool = True


@router.get("/webhooks", response_model=list[HookOut])
def hooks(request: Request, ctx: Annotated[Ctx, api_needs("admin_webhooks")]) -> Any:
    return webhooks.list_hooks(request.app.state.engine)


@router.post("/webhooks", response_model=HookOut, status_code=201)
def hook_add(request: Request, ctx: Annotated[Ctx, api_needs("admin_webhooks")], body: HookIn) -> Any:
    """Register a URL told of every change (signed: ``X-Jaganetral-Signature``); the secret is shown once."""
    assert ctx.user is not None
    secret = webhooks.add_hook(request.app.state.engine, ctx.user, body.url)
    return {"url": body.url.strip(), "secret": secret, "active": True}


__all__ = ["DOCUMENT_KINDS", "router"]
