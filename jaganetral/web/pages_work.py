"""Pages of working the case (issue 15): the second factor and passwords, notifications, the triage
inbox with filters and bulk actions and its undo, assignment, links and merges, procedure documents,
the evidence viewer's downloads, the audit page, user administration and webhooks."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from jaganetral.cases import access
from jaganetral.cases.agencies import agency_list, scopes_of, set_scopes
from jaganetral.cases.queries import MAX_PAGE
from jaganetral.cases.service import DOCUMENT_KINDS, CaseService, InboxFilter
from jaganetral.cases.totp import new_secret, uri
from jaganetral.cases.workflow import CaseNotFound
from jaganetral.errors import InvalidInput
from jaganetral.evidence.custody import record_event
from jaganetral.model.clock import WIB, local
from jaganetral.reports import rows_to_csv
from jaganetral.store import case_tables as ct
from jaganetral.store.db import write
from jaganetral.web import evidence_view, webhooks
from jaganetral.web.deps import Ctx, needs, render
from jaganetral.web.documents import _blobs, download
from jaganetral.web.pages import back, check_csrf

router = APIRouter(include_in_schema=False)
Page = Annotated[int, Query(ge=1, le=MAX_PAGE)]


def svc(request: Request) -> CaseService:
    s: CaseService = request.app.state.cases
    return s


def _c(action: str) -> Any:
    return Depends(needs(action, page=True))


Account = Annotated[Ctx, _c("account")]
Inbox = Annotated[Ctx, _c("view_inbox")]
Triage = Annotated[Ctx, _c("triage")]
Notices = Annotated[Ctx, _c("notifications")]
Audit = Annotated[Ctx, _c("view_audit")]
Admin = Annotated[Ctx, _c("admin_users")]
Hooks = Annotated[Ctx, _c("admin_webhooks")]


# ---- account: second factor, password, e-mail ----------------------------------------------------


@router.get("/account/totp", response_class=HTMLResponse)
def totp_page(request: Request, ctx: Account) -> Response:
    assert ctx.user is not None
    secret = new_secret()
    return render(request, ctx, "totp.html", secret=secret, uri=uri(secret, ctx.user.username))


@router.post("/account/totp")
def totp_enrol(
    request: Request,
    ctx: Account,
    secret: Annotated[str, Form()],
    code: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    access.enrol_totp(request.app.state.engine, ctx.user, secret.strip(), code)
    return back("/", ok="Autentikasi dua langkah aktif")


@router.get("/account/password", response_class=HTMLResponse)
def password_page(request: Request, ctx: Account) -> Response:
    return render(request, ctx, "password.html")


@router.post("/account/password")
def password_change(
    request: Request,
    ctx: Account,
    old: Annotated[str, Form()],
    new: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    access.change_password(request.app.state.engine, ctx.user, old, new)
    return back("/account", ok="Kata sandi diganti")


@router.post("/account/email")
def email_set(
    request: Request,
    ctx: Account,
    email: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    access.set_email(request.app.state.engine, ctx.user, email)
    return back("/account", ok="Alamat e-mail disimpan")


# ---- notifications -------------------------------------------------------------------------------


@router.get("/notifications", response_class=HTMLResponse)
def notifications(request: Request, ctx: Notices) -> Response:
    assert ctx.user is not None
    rows = svc(request).notifications(ctx.user)
    return render(request, ctx, "notifications.html", rows=rows)


@router.post("/notifications/read")
def notifications_read(request: Request, ctx: Notices, csrf_token: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).mark_read(ctx.user)
    return back("/notifications", ok="Semua pemberitahuan ditandai sudah dibaca")


# ---- the triage inbox ----------------------------------------------------------------------------


def _inbox_filter(
    status: str | None,
    platform: str | None,
    confidence: str | None,
    wilayah: str | None,
    instansi: str | None,
    code: str | None,
) -> InboxFilter:
    conf: float | None = None
    if confidence:
        try:
            conf = float(confidence.replace(",", ".").rstrip("%")) / (
                100 if float(confidence.replace(",", ".").rstrip("%")) > 1 else 1
            )
        except ValueError:
            raise InvalidInput("keyakinan minimal: angka 0–100", field="confidence") from None
    return InboxFilter(
        status=status or None,
        platform=platform or None,
        min_confidence=conf,
        wilayah=wilayah or None,
        instansi=instansi or None,
        code=code or None,
    )


@router.get("/inbox", response_class=HTMLResponse)
def inbox(
    request: Request,
    ctx: Inbox,
    page: Page = 1,
    status: str | None = None,
    platform: str | None = None,
    confidence: str | None = None,
    wilayah: str | None = None,
    instansi: str | None = None,
    code: str | None = None,
) -> Response:
    assert ctx.user is not None
    flt = _inbox_filter(status, platform, confidence, wilayah, instansi, code)
    p = svc(request).inbox_filtered(ctx.user, flt, page)
    access.audit_now(request.app.state.engine, ctx.user.username, "view_inbox", "findings", {"page": page})
    return render(
        request, ctx, "inbox.html", p=p, flt=flt, confidence=confidence or "", query=request.url.query
    )


@router.post("/inbox/bulk")
async def inbox_bulk(request: Request, ctx: Annotated[Ctx, _c("triage")]) -> Response:
    """One form for the selection: open cases from it, or dismiss it with one reason (then undo)."""
    form = await request.form()
    check_csrf(request, ctx, str(form.get("csrf_token") or ""))
    assert ctx.user is not None
    action = str(form.get("action") or "")
    ids = [str(v) for v in form.getlist("finding_id") if str(v)]
    if form.get("all_matching"):
        flt = _inbox_filter(
            *(
                str(form.get(k) or "") or None
                for k in ("status", "platform", "confidence", "wilayah", "instansi", "code")
            )
        )
        ids = await run_in_threadpool(svc(request).matching_findings, ctx.user, flt)
    if action == "open":
        opened = await run_in_threadpool(svc(request).open_selected, ctx.user, ids)
        new = sum(1 for _, created in opened if created)
        if len(opened) == 1:
            return back(f"/cases/{opened[0][0]}", ok="Kasus dibuka dari temuan")
        return back("/cases", ok=f"{len(opened)} temuan dimasukkan ke kasus ({new} kasus baru)")
    if action == "dismiss":
        done = await run_in_threadpool(
            svc(request).dismiss_findings, ctx.user, ids, str(form.get("reason") or "")
        )
        return back("/inbox/dismissed", ok=f"{len(done)} temuan dikesampingkan; dapat dibatalkan di bawah")
    raise InvalidInput("pilih tindakan: buka kasus atau kesampingkan", field="action")


@router.get("/inbox/dismissed", response_class=HTMLResponse)
def dismissed(request: Request, ctx: Inbox, page: Page = 1) -> Response:
    assert ctx.user is not None
    p = svc(request).dismissed(ctx.user, page)
    return render(request, ctx, "dismissed.html", p=p)


@router.post("/inbox/undo")
def inbox_undo(
    request: Request,
    ctx: Triage,
    finding_id: Annotated[list[str] | None, Form()] = None,
    reason: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    back_ids = svc(request).undismiss(ctx.user, finding_id or [], reason)
    return back("/inbox", ok=f"{len(back_ids)} temuan dikembalikan ke kotak masuk")


# ---- a case: assignment, links and merges, documents, evidence -----------------------------------


@router.post("/cases/{case_id}/assign")
def case_assign(
    request: Request,
    ctx: Annotated[Ctx, _c("assign")],
    case_id: str,
    assignee: Annotated[str, Form()] = "",
    team: Annotated[str, Form()] = "",
    reason: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).assign(ctx.user, case_id, assignee, team, reason)
    return back(f"/cases/{case_id}", ok="Penugasan disimpan")


@router.post("/cases/{case_id}/unlink")
def case_unlink(
    request: Request,
    ctx: Annotated[Ctx, _c("link_cases")],
    case_id: str,
    other: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).unlink_cases(ctx.user, case_id, other, reason)
    return back(f"/cases/{case_id}", ok="Tautan dicabut")


@router.post("/cases/{case_id}/merge")
def case_merge(
    request: Request,
    ctx: Annotated[Ctx, _c("merge_cases")],
    case_id: str,
    target: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).merge_cases(ctx.user, case_id, target.strip().upper(), reason)
    return back(f"/cases/{target.strip().upper()}", ok=f"Kasus {case_id} digabung ke kasus ini")


@router.post("/cases/{case_id}/unmerge")
def case_unmerge(
    request: Request,
    ctx: Annotated[Ctx, _c("merge_cases")],
    case_id: str,
    reason: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).unmerge_case(ctx.user, case_id, reason)
    return back(f"/cases/{case_id}", ok="Penggabungan dibatalkan")


@router.post("/cases/{case_id}/documents")
async def case_document(
    request: Request,
    ctx: Annotated[Ctx, _c("attach_document")],
    case_id: str,
    kind: Annotated[str, Form()],
    file: Annotated[UploadFile, File()],
    note: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    data = await file.read(10 * 1024 * 1024 + 1)
    await run_in_threadpool(
        svc(request).attach_document, ctx.user, case_id, kind, file.filename or "dokumen", data, note
    )
    return back(f"/cases/{case_id}", ok=f"{DOCUMENT_KINDS.get(kind, 'Dokumen')} dilampirkan")


def serve_item(request: Request, user: access.User, case_id: str, sha: str, download_it: bool) -> Response:
    """One item of a case from the vault: shown inline only if it is an image, with its own type;
    anything else as an attachment. Every download is audited and logged in the custody chain."""
    view = svc(request).get_case(user, case_id, audit_view=False)
    found = {i["sha256"]: i for i in evidence_view.items(request, view)}
    item = found.get(sha)
    blobs = _blobs(request)
    if item is None or blobs is None or not blobs.has(sha):
        raise CaseNotFound(f"barang bukti {sha[:16]}… tidak ditemukan pada kasus {case_id}")
    data = blobs.path(sha).read_bytes()
    media = item["media_type"] if item["media_type"] in evidence_view.SERVED else "application/octet-stream"
    inline = item["inline"] and not download_it
    action = "evidence_viewed" if inline else "evidence_downloaded"
    access.audit_now(request.app.state.engine, user.username, action, f"case:{case_id}", {"sha256": sha})
    if not inline:
        record_event(
            request.app.state.engine,
            "viewed",
            actor=user.username,
            item=sha,
            case_id=case_id,
            detail={"downloaded": True},
        )
    ext = {
        "image/png": ".png",
        "image/jpeg": ".jpg",
        "application/pdf": ".pdf",
        "application/json": ".json",
    }.get(media, "")
    name = f"bukti-{sha[:16]}{ext}"
    disposition = "inline" if inline else "attachment"
    return Response(
        data, media_type=media, headers={"Content-Disposition": f'{disposition}; filename="{name}"'}
    )


@router.get("/cases/{case_id}/evidence/{sha}")
def case_item(
    request: Request, ctx: Annotated[Ctx, _c("download_evidence")], case_id: str, sha: str, download: int = 0
) -> Response:
    assert ctx.user is not None
    return serve_item(request, ctx.user, case_id, sha, bool(download))


# ---- the audit log -------------------------------------------------------------------------------


def _day(v: str | None, field: str) -> datetime | None:
    if not v:
        return None
    try:
        d = datetime.fromisoformat(v.strip())
    except ValueError:
        raise InvalidInput("tanggal tidak valid (YYYY-MM-DD)", field=field) from None
    return d if d.tzinfo else d.replace(tzinfo=WIB.tz)


def _audit_query(
    actor: str | None, action: str | None, obj: str | None, since: str | None, until: str | None
) -> dict[str, Any]:
    u = _day(until, "until")
    if u is not None and until is not None and len(until.strip()) <= 10:
        u += timedelta(days=1)  # a day given: up to its end
    return {
        "actor": actor or None,
        "action": action or None,
        "obj": obj or None,
        "since": _day(since, "since"),
        "until": u,
    }


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    ctx: Audit,
    actor: str | None = None,
    action: str | None = None,
    obj: str | None = None,
    since: str | None = None,
    until: str | None = None,
    page: Page = 1,
) -> Response:
    assert ctx.user is not None
    q = _audit_query(actor, action, obj, since, until)
    p = svc(request).audit_entries(ctx.user, **q, page=page)
    access.audit_now(request.app.state.engine, ctx.user.username, "view_audit", "audit_log", {"page": page})
    return render(
        request,
        ctx,
        "audit.html",
        p=p,
        actions=svc(request).audit_actions(),
        query=request.url.query,
        f={
            "actor": actor or "",
            "action": action or "",
            "obj": obj or "",
            "since": since or "",
            "until": until or "",
        },
    )


@router.get("/audit/export.csv")
def audit_export(
    request: Request,
    ctx: Audit,
    actor: str | None = None,
    action: str | None = None,
    obj: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Response:
    assert ctx.user is not None
    q = _audit_query(actor, action, obj, since, until)
    rows: list[list[Any]] = []
    page = 1
    while len(rows) < 100_000:
        p = svc(request).audit_entries(ctx.user, **q, page=page, per_page=1000)
        for r in p.rows:
            at = local(r["at"], WIB)[0]
            rows.append(
                [
                    r["id"],
                    at,
                    "WIB",
                    r["actor"],
                    r["action"],
                    r["object"],
                    _detail(r["detail"]),
                ]
            )
        if page >= p.pages:
            break
        page += 1
    access.audit_now(
        request.app.state.engine, ctx.user.username, "export_audit", "audit_log", {"rows": len(rows)}
    )
    cols = ["id", "at", "zone", "actor", "action", "object", "detail"]
    return download(rows_to_csv(cols, rows), "text/csv; charset=utf-8", "audit.csv")


def _detail(d: Any) -> str:
    if not isinstance(d, dict):
        return str(d)
    return "; ".join(f"{k}={v}" for k, v in sorted(d.items()))


# ---- user administration -------------------------------------------------------------------------


@router.post("/admin/users/{username}/active")
def user_active(
    request: Request,
    ctx: Admin,
    username: str,
    active: Annotated[str, Form()] = "0",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    on = active == "1"
    access.set_active(request.app.state.engine, ctx.user, username, on)
    return back("/admin/users", ok=f"Pengguna {username} {'diaktifkan' if on else 'dinonaktifkan'}")


@router.post("/admin/users/{username}/password-reset", response_class=HTMLResponse)
def user_password_reset(
    request: Request, ctx: Admin, username: str, csrf_token: Annotated[str, Form()] = ""
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    temp = access.reset_password(request.app.state.engine, ctx.user, username)
    return _users_page(request, ctx, reset=(username, temp))


@router.post("/admin/users/{username}/totp-reset")
def user_totp_reset(
    request: Request, ctx: Admin, username: str, csrf_token: Annotated[str, Form()] = ""
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    access.reset_totp(request.app.state.engine, ctx.user, username)
    return back("/admin/users", ok=f"Autentikator {username} direset; didaftarkan ulang saat masuk")


@router.post("/admin/users/{username}/scopes")
def user_scopes(
    request: Request,
    ctx: Admin,
    username: str,
    agencies: Annotated[str, Form()] = "",
    regions: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    with write(request.app.state.engine) as conn:
        uid = conn.execute(select(ct.users.c.id).where(ct.users.c.username == username)).scalar()
        if uid is None:
            raise InvalidInput(f"pengguna {username!r} tidak ada", field="username")
        set_scopes(conn, int(uid), agencies.splitlines(), list(regions.replace(",", " ").split()))
        access.audit(
            conn,
            ctx.user.username,
            "user_scopes",
            f"user:{username}",
            {"agencies": agencies.splitlines(), "regions": regions},
        )
    svc(request)._dash.clear()
    return back("/admin/users", ok=f"Cakupan {username} disimpan")


def _users_page(request: Request, ctx: Ctx, reset: tuple[str, str] | None = None) -> Response:
    from jaganetral.cases.workflow import ROLES

    with request.app.state.engine.connect() as conn:
        users = [dict(r._mapping) for r in conn.execute(select(ct.users).order_by(ct.users.c.username))]
        for u in users:
            u["scopes"] = scopes_of(conn, int(u["id"])) if u["role"] == "instansi" else []
            u["has_totp"] = bool(u.pop("totp_secret", None))
            u.pop("password_hash", None)
        agencies = agency_list(conn)
    return render(request, ctx, "users.html", users=users, roles=ROLES, reset=reset, agencies=agencies)


@router.get("/admin/users", response_class=HTMLResponse)
def admin_users(request: Request, ctx: Admin) -> Response:
    return _users_page(request, ctx)


# ---- webhooks ------------------------------------------------------------------------------------


@router.get("/admin/webhooks", response_class=HTMLResponse)
def hooks_page(request: Request, ctx: Hooks) -> Response:
    return render(
        request, ctx, "webhooks.html", hooks=webhooks.list_hooks(request.app.state.engine), new_secret=None
    )


@router.post("/admin/webhooks", response_class=HTMLResponse)
def hooks_add(
    request: Request, ctx: Hooks, url: Annotated[str, Form()], csrf_token: Annotated[str, Form()] = ""
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    secret = webhooks.add_hook(request.app.state.engine, ctx.user, url)
    return render(
        request, ctx, "webhooks.html", hooks=webhooks.list_hooks(request.app.state.engine), new_secret=secret
    )


@router.post("/admin/webhooks/{hook_id}/off")
def hooks_off(
    request: Request, ctx: Hooks, hook_id: int, csrf_token: Annotated[str, Form()] = ""
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    webhooks.set_hook(request.app.state.engine, ctx.user, hook_id, False)
    return back("/admin/webhooks", ok="Webhook dimatikan")


__all__ = ["RedirectResponse", "io", "csv", "router", "serve_item"]
