"""Server-rendered pages (Bahasa Indonesia first). Every page's data also has an API route."""

from __future__ import annotations

import hmac
from datetime import date, datetime
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from jaganetral.cases.access import (
    audit_now,
    create_api_token,
    create_session,
    end_session,
    require_role,
)
from jaganetral.cases.access import login as login_attempt
from jaganetral.cases.provisions import load_provisions
from jaganetral.cases.queries import MAX_PAGE
from jaganetral.cases.service import CaseFilter, CaseService
from jaganetral.cases.workflow import PermissionDenied
from jaganetral.errors import InvalidInput, JaganetralError
from jaganetral.model.clock import WIB, tanggal_jam, zone_for_region
from jaganetral.model.labels import label
from jaganetral.web import charts, exports
from jaganetral.web.deps import (
    PRE_CSRF_COOKIE,
    SESSION_COOKIE,
    Ctx,
    NotLoggedIn,
    context,
    needs,
    new_pre_csrf,
    render,
)

router = APIRouter(include_in_schema=False)


def svc(request: Request) -> CaseService:
    s: CaseService = request.app.state.cases
    return s


#: a page number beyond this is refused with 422 (never an offset overflow, never a 500)
Page = Annotated[int, Query(ge=1, le=MAX_PAGE)]


def page_user(request: Request) -> Ctx:
    ctx = context(request)
    if ctx.user is None:
        raise NotLoggedIn()
    return ctx


Auth = Annotated[Ctx, Depends(page_user)]


def check_csrf(request: Request, ctx: Ctx, token: str | None) -> None:
    """The form's token must match the session's (or, before login, the double-submit cookie)."""
    expected = ctx.csrf or request.cookies.get(PRE_CSRF_COOKIE) or ""
    given = token or request.headers.get("x-csrf-token") or ""
    if not expected or not hmac.compare_digest(expected, given):
        raise PermissionDenied("token CSRF tidak cocok; muat ulang halaman lalu coba lagi")


def _with_pre_csrf(request: Request, resp: Response) -> None:
    if not request.cookies.get(PRE_CSRF_COOKIE):
        resp.set_cookie(PRE_CSRF_COOKIE, request.state.pre_csrf, httponly=True, samesite="strict")


def _pre_ctx(request: Request) -> Ctx:
    ctx = context(request)
    request.state.pre_csrf = request.cookies.get(PRE_CSRF_COOKIE) or new_pre_csrf()
    if ctx.csrf is None:
        ctx.csrf = request.state.pre_csrf
    return ctx


def back(url: str, ok: str | None = None, err: str | None = None) -> RedirectResponse:
    sep = "&" if "?" in url else "?"
    if ok:
        url += f"{sep}ok={quote(ok)}"
    elif err:
        url += f"{sep}err={quote(err)}"
    return RedirectResponse(url, status_code=303)


def _safe_next(nxt: str | None) -> str:
    if not nxt:
        return "/"
    parts = urlsplit(nxt)
    if parts.scheme or parts.netloc or not nxt.startswith("/") or nxt.startswith("//"):
        return "/"
    return nxt


# ---- login ---------------------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None) -> Response:
    ctx = _pre_ctx(request)
    resp = render(request, ctx, "login.html", next=_safe_next(next))
    _with_pre_csrf(request, resp)
    return resp


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
    code: Annotated[str, Form()] = "",
) -> Response:
    ctx = _pre_ctx(request)
    check_csrf(request, ctx, csrf_token)
    ip = request.client.host if request.client else None
    res = login_attempt(request.app.state.engine, username.strip(), password, code, ip=ip)
    user = res.user
    if user is None:
        if res.reason == "locked" and res.locked_until is not None:
            until = tanggal_jam(res.locked_until, WIB, with_day=False)
            error, status = f"Terlalu banyak percobaan gagal. Coba lagi setelah {until}.", 429
        elif res.reason in ("code_needed", "code_wrong"):
            error = (
                "Masukkan kode 6 angka dari aplikasi autentikator."
                if res.reason == "code_needed"
                else "Kode autentikator salah."
            )
            status = 401
        else:
            error, status = "Nama pengguna atau kata sandi salah.", 401
        resp = render(
            request, ctx, "login.html", status=status, next=_safe_next(next), error=error,
            username=username.strip(), ask_code=res.reason in ("code_needed", "code_wrong"),
        )  # fmt: skip
        if status == 429:
            resp.headers["Retry-After"] = "900"
        _with_pre_csrf(request, resp)
        return resp
    token, _csrf = create_session(request.app.state.engine, user)
    done = RedirectResponse(_safe_next(next), status_code=303)
    done.set_cookie(
        SESSION_COOKIE, token, httponly=True, samesite="strict", secure=request.app.state.cfg.secure_cookies
    )
    done.delete_cookie(PRE_CSRF_COOKIE)
    return done


@router.post("/logout")
def logout(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("account", page=True))],
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        end_session(request.app.state.engine, token)
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


# ---- dashboard, inbox, alerts ----------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, ctx: Annotated[Ctx, Depends(needs("view_dashboard", page=True))]) -> Response:
    assert ctx.user is not None
    d = svc(request).dashboard(ctx.user)
    regions = {k: n for k, n in d["by_region"] if k}
    return render(
        request,
        ctx,
        "dashboard.html",
        d=d,
        map_svg=charts.region_map(regions, title="Kasus per kabupaten/kota"),
        state_svg=charts.bar_chart(
            [(label("case_state", k, ctx.lang), n) for _lab, k, n in d["by_state"]], title="Kasus per tahap"
        ),
        code_svg=charts.bar_chart(
            [(k or "—", n) for k, n in d["by_code"]], title="Jenis pelanggaran", href="/cases?code={key}"
        ),
        agency_svg=charts.bar_chart(
            [(k or "—", n) for k, n in d["by_instansi"]], title="Instansi", href="/cases?instansi={key}"
        ),
        region_svg=charts.bar_chart(
            [(k or "—", n) for k, n in d["by_wilayah"]], title="Wilayah", href="/cases?wilayah={key}"
        ),
        week_svg=charts.column_chart(d["by_week"], title="Kasus per minggu"),
    )


@router.post("/inbox/open")
def inbox_open(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("open_cases", page=True))],
    finding_id: Annotated[list[str] | None, Form()] = None,
    open_all: Annotated[str, Form(alias="all")] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    opened = svc(request).open_from_findings(ctx.user, None if open_all else finding_id or None)
    if len(opened) == 1:
        return back(f"/cases/{opened[0][0]}", ok="Kasus dibuka dari temuan")
    new = sum(1 for _, created in opened if created)
    return back("/cases", ok=f"{len(opened)} temuan dimasukkan ke kasus ({new} kasus baru)")


@router.post("/inbox/{finding_id}/dismiss")
def inbox_dismiss(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("triage", page=True))],
    finding_id: str,
    reason: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).dismiss_finding(ctx.user, finding_id, reason)
    return back("/inbox", ok="Temuan dikesampingkan")


@router.get("/alerts", response_class=HTMLResponse)
def alerts(request: Request, ctx: Annotated[Ctx, Depends(needs("view_alerts", page=True))]) -> Response:
    assert ctx.user is not None
    rows = svc(request).alerts(ctx.user)
    audit_now(request.app.state.engine, ctx.user.username, "view_alerts", "findings", {"count": len(rows)})
    return render(request, ctx, "alerts.html", rows=rows)


# ---- cases -----------------------------------------------------------------------------------------


def _filter(
    state: str | None,
    instansi: str | None,
    wilayah: str | None,
    code: str | None,
    q: str | None,
    overdue: bool,
    page: int,
    assignee: str | None = None,
    due_soon: bool = False,
) -> CaseFilter:
    return CaseFilter(
        state=state or None, instansi=instansi or None, wilayah=wilayah or None, code=code or None,
        q=q or None, overdue=overdue, page=page, assignee=assignee or None, due_soon=due_soon,
    )  # fmt: skip


@router.get("/cases", response_class=HTMLResponse)
def case_list(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("view_cases", page=True))],
    state: str | None = None,
    instansi: str | None = None,
    wilayah: str | None = None,
    code: str | None = None,
    q: str | None = None,
    overdue: bool = False,
    page: Page = 1,
    assignee: str | None = None,
    mine: bool = False,
    due_soon: bool = False,
) -> Response:
    assert ctx.user is not None
    who = ctx.user.username if mine else assignee
    f = _filter(state, instansi, wilayah, code, q, overdue, page, who, due_soon)
    p = svc(request).list_cases(ctx.user, f)
    query = request.url.query
    name = "case_rows.html" if request.headers.get("hx-request") else "cases.html"
    return render(
        request, ctx, name, p=p, f=f, states=svc(request).wf.states, query=query,
        now=svc(request).now(),
    )  # fmt: skip


@router.get("/cases/export.{fmt}")
def case_export(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("export_cases", page=True))],
    fmt: str,
    state: str | None = None,
    instansi: str | None = None,
    wilayah: str | None = None,
    code: str | None = None,
    q: str | None = None,
    overdue: bool = False,
    assignee: str | None = None,
    due_soon: bool = False,
) -> Response:
    assert ctx.user is not None
    return exports.case_list_file(
        request, ctx.user, fmt, _filter(state, instansi, wilayah, code, q, overdue, 1, assignee, due_soon)
    )


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(
    request: Request, ctx: Annotated[Ctx, Depends(needs("view_case", page=True))], case_id: str
) -> Response:
    assert ctx.user is not None
    view = svc(request).get_case(ctx.user, case_id)
    from jaganetral.cases.service import DOCUMENT_KINDS
    from jaganetral.web import evidence_view

    items = evidence_view.items(request, view)
    found = registry_search(request, request.query_params.get("cari", "")) if view.may_edit else []
    return render(
        request,
        ctx,
        "case.html",
        v=view,
        c=view.case,
        now=svc(request).now(),
        items=items,
        outcomes=svc(request).wf.outcomes,
        ppk_results=svc(request).wf.ppk_results,
        rules=exports.rules_for(view),
        zone=view.case.zone,
        registry_hits=found,
        elections=request.app.state.cfg.elections,
        provisions=sorted(load_provisions().provisions),
        assignable=svc(request).assignable() if svc(request).wf.may(ctx.user.role, "assign") else [],
        teams=svc(request).teams(),
        doc_kinds=DOCUMENT_KINDS,
    )


def registry_search(request: Request, q: str, limit: int = 10) -> list[Any]:
    """ASN registry rows whose name or NIP contains ``q`` (the terlapor search of a case)."""
    q = q.strip().lower()
    if len(q) < 3:
        return []
    out = []
    for r in request.app.state.cfg.registry:
        if q in r.nama.lower() or q in r.nip:
            out.append(r)
            if len(out) >= limit:
                break
    return out


@router.post("/cases/{case_id}/subject")
def case_subject(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("edit_case", page=True))],
    case_id: str,
    subject_kind: Annotated[str, Form()] = "asn",
    subject_name: Annotated[str, Form()] = "",
    nip: Annotated[str, Form()] = "",
    instansi: Annotated[str, Form()] = "",
    wilayah: Annotated[str, Form()] = "",
    official_name: Annotated[str, Form()] = "",
    official_nip: Annotated[str, Form()] = "",
    official_jabatan: Annotated[str, Form()] = "",
    event_date: Annotated[str, Form()] = "",
    election_id: Annotated[str, Form()] = "",
    codes: Annotated[list[str] | None, Form()] = None,
    reason: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Staff set the terlapor (looked up in the registry by NIP), agency, incident date, election and
    provisions; a public report is then judged as the terlapor's act."""
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    handle = platform = None
    row = next((r for r in request.app.state.cfg.registry if nip.strip() and r.nip == nip.strip()), None)
    if row is not None:  # the registry knows this NIP: its name, agency and region, and an account
        subject_name = subject_name or row.nama
        instansi = instansi or row.instansi
        wilayah = wilayah or row.wilayah
        if row.accounts:
            handle, platform = row.accounts[0].handle, row.accounts[0].platform.value
    when = None
    if event_date.strip():
        try:
            naive = datetime.fromisoformat(event_date.strip())
        except ValueError:
            raise InvalidInput(
                "tanggal kejadian tidak valid (YYYY-MM-DDTHH:MM)", field="event_date"
            ) from None
        zone = (
            zone_for_region(wilayah) or svc(request).get_case(ctx.user, case_id, audit_view=False).case.zone
        )
        when = naive.replace(tzinfo=zone.tz) if naive.tzinfo is None else naive
    fid = svc(request).set_subject(
        ctx.user, case_id, subject_kind=subject_kind, subject_name=subject_name, nip=nip, instansi=instansi,
        wilayah=wilayah, official_name=official_name, official_nip=official_nip,
        official_jabatan=official_jabatan, event_date=when, election_id=election_id or None,
        violation_codes=codes if codes is not None else None, actor_handle=handle, platform=platform,
        reason=reason,
    )  # fmt: skip
    ok = "Data terlapor disimpan" + ("; laporan dinilai dan temuan ditambahkan" if fid else "")
    return back(f"/cases/{case_id}", ok=ok)


@router.post("/cases/{case_id}/link")
def case_link(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("link_cases", page=True))],
    case_id: str,
    other: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).link_cases(ctx.user, case_id, other, reason)
    return back(f"/cases/{case_id}", ok="Kasus ditautkan")


@router.post("/cases/{case_id}/transition")
def case_transition(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("move_case", page=True))],
    case_id: str,
    to: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    outcome: Annotated[str, Form()] = "",
    ppk_result: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).transition(
        ctx.user, case_id, to, reason, outcome=outcome or None, ppk_result=ppk_result or None
    )
    return back(f"/cases/{case_id}", ok="Status kasus diperbarui")


@router.post("/cases/{case_id}/note")
def case_note(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("note", page=True))],
    case_id: str,
    text: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).add_note(ctx.user, case_id, text)
    return back(f"/cases/{case_id}", ok="Catatan ditambahkan")


@router.post("/cases/{case_id}/extend")
def case_extend(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("extend_clock", page=True))],
    case_id: str,
    reason: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).extend_clock(ctx.user, case_id, reason)
    return back(f"/cases/{case_id}", ok="Batas waktu diperpanjang")


@router.post("/cases/{case_id}/recommendation")
def case_recommendation(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("draft_recommendation", page=True))],
    case_id: str,
    text: Annotated[str, Form()] = "",
    number: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).draft_recommendation(ctx.user, case_id, text)
    return back(f"/cases/{case_id}", ok="Draf rekomendasi disimpan; menunggu persetujuan pimpinan lain")


@router.post("/cases/{case_id}/recommendation/decide")
def case_recommendation_decide(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("decide_recommendation", page=True))],
    case_id: str,
    decision: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    svc(request).decide_recommendation(ctx.user, case_id, decision == "approve", reason)
    return back(f"/cases/{case_id}", ok="Keputusan atas rekomendasi dicatat")


@router.get("/cases/{case_id}/dossier.pdf")
def case_dossier(
    request: Request, ctx: Annotated[Ctx, Depends(needs("export_documents", page=True))], case_id: str
) -> Response:
    assert ctx.user is not None
    return exports.dossier_pdf(request, ctx.user, case_id)


@router.get("/cases/{case_id}/recommendation.pdf")
def case_letter(
    request: Request, ctx: Annotated[Ctx, Depends(needs("export_documents", page=True))], case_id: str
) -> Response:
    assert ctx.user is not None
    return exports.letter_pdf(request, ctx.user, case_id)


@router.get("/cases/{case_id}/evidence.zip")
def case_package(
    request: Request, ctx: Annotated[Ctx, Depends(needs("download_evidence", page=True))], case_id: str
) -> Response:
    assert ctx.user is not None
    return exports.evidence_package(request, ctx.user, case_id)


# ---- public reports (no account) ---------------------------------------------------------------------


@router.get("/lapor", response_class=HTMLResponse)
def report_form(request: Request) -> Response:
    ctx = _pre_ctx(request)
    resp = render(request, ctx, "report_form.html", elections=request.app.state.cfg.elections, typed={})
    _with_pre_csrf(request, resp)
    return resp


@router.post("/lapor", response_class=HTMLResponse)
async def report_submit(
    request: Request,
    what: Annotated[str, Form()],
    where: Annotated[str, Form()] = "",
    when: Annotated[str, Form()] = "",
    links: Annotated[str, Form()] = "",
    reporter_name: Annotated[str, Form()] = "",
    reporter_contact: Annotated[str, Form()] = "",
    election: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
    screenshots: Annotated[list[UploadFile] | None, File()] = None,
) -> Response:
    ctx = _pre_ctx(request)
    check_csrf(request, ctx, csrf_token)
    typed = {"what": what, "where": where, "when": when, "links": links, "reporter_name": reporter_name,
             "reporter_contact": reporter_contact, "election": election}  # fmt: skip
    files = [
        (f.filename or "lampiran", await f.read(exports.MAX_UPLOAD + 1))
        for f in screenshots or []
        if f.filename
    ]
    # OCR and the database are blocking work: off the event loop, so one upload stalls nobody else
    try:
        code = await run_in_threadpool(
            exports.file_public_report, request, what=what, where=where, when=when, links=links,
            reporter_name=reporter_name, reporter_contact=reporter_contact, files=files, election_id=election,
        )  # fmt: skip
    except JaganetralError as exc:
        # refused: the form again with the citizen's words in it, and why (nothing is thrown away)
        msg = getattr(exc, "message", str(exc))
        return render(
            request, ctx, "report_form.html", status=exc.http_status, error=msg, typed=typed,
            elections=request.app.state.cfg.elections,
        )  # fmt: skip
    return render(request, ctx, "report_done.html", code=code)


@router.get("/lapor/status", response_class=HTMLResponse)
def report_status(request: Request, code: str = "") -> Response:
    ctx = context(request)
    st = svc(request).report_status(code) if code else None
    return render(
        request, ctx, "report_status.html", code=code, st=st, status=404 if code and st is None else 200
    )


# ---- self-check ----------------------------------------------------------------------------------


@router.get("/cek", response_class=HTMLResponse)
def selfcheck_form(request: Request) -> Response:
    ctx = _pre_ctx(request)
    resp = render(
        request, ctx, "selfcheck.html", result=None, today=date.today().isoformat(), mode="acted",
        elections=request.app.state.cfg.elections,
    )  # fmt: skip
    _with_pre_csrf(request, resp)
    return resp


@router.post("/cek", response_class=HTMLResponse)
def selfcheck(
    request: Request,
    text: Annotated[str, Form()] = "",
    kind: Annotated[str, Form()] = "post",
    mode: Annotated[str, Form()] = "acted",
    on: Annotated[str, Form()] = "",
    target_text: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    ctx = _pre_ctx(request)
    check_csrf(request, ctx, csrf_token)
    try:
        day = date.fromisoformat(on) if on else date.today()
    except ValueError:
        raise InvalidInput("tanggal tidak valid (format YYYY-MM-DD)", field="on") from None
    result = exports.selfcheck(request, text, kind, day, target_text, mode=mode)
    return render(
        request, ctx, "selfcheck.html", result=result, today=day.isoformat(), text=text, kind=kind,
        target_text=target_text, mode=mode, elections=request.app.state.cfg.elections,
    )  # fmt: skip


# ---- account and admin ------------------------------------------------------------------------------


@router.get("/account", response_class=HTMLResponse)
def account(
    request: Request, ctx: Annotated[Ctx, Depends(needs("account", page=True))], token: str | None = None
) -> Response:
    return render(request, ctx, "account.html", new_token=None)


@router.post("/account/tokens", response_class=HTMLResponse)
def account_token(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("account", page=True))],
    name: Annotated[str, Form()] = "api",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    tok = create_api_token(request.app.state.engine, ctx.user, name.strip() or "api")
    return render(request, ctx, "account.html", new_token=tok)


@router.post("/admin/users")
def admin_user_add(
    request: Request,
    ctx: Annotated[Ctx, Depends(needs("admin_users", page=True))],
    username: Annotated[str, Form()],
    full_name: Annotated[str, Form()],
    role: Annotated[str, Form()],
    password: Annotated[str, Form()],
    instansi: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, ctx, csrf_token)
    assert ctx.user is not None
    require_role(ctx.user, "admin")
    from jaganetral.cases.access import add_user

    add_user(request.app.state.engine, username, full_name, role, password, instansi or None)
    return back("/admin/users", ok=f"Pengguna {username} dibuat")


@router.get("/admin/unit", response_class=HTMLResponse)
def admin_unit(request: Request, ctx: Annotated[Ctx, Depends(needs("admin_unit", page=True))]) -> Response:
    assert ctx.user is not None
    require_role(ctx.user, "admin")
    return render(request, ctx, "unit.html", unit=svc(request).unit())


@router.post("/admin/unit")
async def admin_unit_save(
    request: Request, ctx: Annotated[Ctx, Depends(needs("admin_unit", page=True))]
) -> Response:
    """The unit's name, city, agenda code, signatory and tembusan (admin only; audited)."""
    from jaganetral.cases.units import FIELDS, save_unit

    assert ctx.user is not None
    form = await request.form()
    check_csrf(request, ctx, str(form.get("csrf_token") or ""))
    values: dict[str, object] = {k: str(form.get(k) or "") for k in FIELDS if k in form}
    for k in ("copies", "gakkumdu_copies"):
        if k in form:
            values[k] = str(form.get(k) or "")
    await run_in_threadpool(save_unit, request.app.state.engine, ctx.user, svc(request).unit_name, values)
    return back("/admin/unit", ok="Pengaturan unit disimpan")
