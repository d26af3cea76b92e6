"""What every route needs, in one place the app, the pages and the API all import (no import circle):
the request context (who is asking, their CSRF token, the language), the case service, rendering
and the error page. Dates go through :mod:`jaganetral.model.clock` only."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates

from jaganetral.cases.access import User, session_user, token_user
from jaganetral.cases.service import CaseService
from jaganetral.cases.workflow import PermissionDenied
from jaganetral.model import clock
from jaganetral.model.clock import Zone
from jaganetral.model.labels import label
from jaganetral.web.i18n import translate

SESSION_COOKIE = "jn_session"
PRE_CSRF_COOKIE = "jn_csrf"


class NotLoggedIn(Exception):
    """Raised by page dependencies; turned into a redirect to the login page."""


class GoTo(Exception):
    """Raised by page dependencies: this user must first go to ``url`` (enrol TOTP, new password)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


@dataclass
class Ctx:
    """Who is asking and how: the user (or None), their CSRF token, the language, API or page."""

    user: User | None
    csrf: str | None
    lang: str
    via_token: bool = False


def tanggal(dt: datetime | None, with_time: bool = True, zone: Zone | None = None) -> str:
    """``21 November 2026 14.05 WITA``: Indonesian dates in ``zone`` (WIB when not given)."""
    if dt is None:
        return "—"
    if with_time:
        return clock.tanggal_jam(dt, zone, with_day=False)
    return clock.tanggal(dt, zone=zone)


def svc(request: Request) -> CaseService:
    s: CaseService = request.app.state.cases
    return s


def error_response(
    request: Request, message: str, status: int, form: dict[str, str] | None = None
) -> Response:
    """The refusal in words (JSON for the API); a page keeps what the user typed, to copy back."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status)
    ctx = getattr(request.state, "ctx", None) or Ctx(None, None, lang_of(request))
    templates: Jinja2Templates = request.app.state.templates
    typed = {k: v for k, v in (form or {}).items() if k != "csrf_token" and v}
    back = request.headers.get("referer") if request.method == "POST" else None
    return templates.TemplateResponse(
        request,
        "error.html",
        page_vars(request, ctx, message=message, status=status, typed=typed, back=back),
        status_code=status,
    )


def lang_of(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "id"
    return lang if lang in ("id", "en") else "id"


def context(request: Request) -> Ctx:
    """Resolve the caller from the bearer token or the session cookie (no login required)."""
    engine = request.app.state.engine
    lang = lang_of(request)
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        user = token_user(engine, auth[7:].strip())
        ctx = Ctx(user, None, lang, via_token=True)
    else:
        token = request.cookies.get(SESSION_COOKIE)
        found = session_user(engine, token) if token else None
        ctx = Ctx(found[0], found[1], lang) if found else Ctx(None, None, lang)
    request.state.ctx = ctx
    return ctx


def needs(action: str, *, page: bool) -> Any:
    """A dependency: the caller is logged in (page: redirected to the login page, API: 401) and
    their role may do ``action`` (the ``permissions`` of workflow.yaml; else 403, audited). The
    action is kept on the function so a test can walk every route against the workflow data."""

    def dep(request: Request) -> Ctx:
        ctx = context(request)
        if ctx.user is None:
            raise NotLoggedIn()
        wf = request.app.state.cases.wf
        if not wf.may(ctx.user.role, action):
            raise PermissionDenied(f"peran {ctx.user.role} tidak berwenang untuk tindakan ini")
        if page and action != "account" and not ctx.via_token:
            # a pimpinan or admin enrols a second factor before anything else; a reset password
            # is replaced before anything else
            if ctx.user.needs_totp:
                raise GoTo("/account/totp")
            if ctx.user.must_change_password:
                raise GoTo("/account/password")
        return ctx

    dep.action = action  # type: ignore[attr-defined]
    dep.page = page  # type: ignore[attr-defined]
    return dep


def page_vars(request: Request, ctx: Ctx, **more: Any) -> dict[str, Any]:
    """Template variables every page has: user, csrf token, translation function, language."""
    lang = ctx.lang

    def _(s: str) -> str:
        return translate(s, lang)

    def words(group: str, code: object) -> str:
        return label(group, code, lang)

    pre = request.cookies.get(PRE_CSRF_COOKIE) or ""
    unread = 0
    if ctx.user is not None and not ctx.via_token:
        try:
            unread = request.app.state.cases.unread_count(ctx.user)
        except Exception:  # noqa: BLE001 - a badge is never a reason for a page to fail
            unread = 0
    wf = request.app.state.cases.wf
    role = ctx.user.role if ctx.user else ""
    return {
        "unread": unread, "may": lambda action: wf.may(role, action),
        "user": ctx.user, "csrf": ctx.csrf or pre, "_": _, "lang": lang, "path": request.url.path,
        "label": words, **more,
    }  # fmt: skip


def new_pre_csrf() -> str:
    return secrets.token_urlsafe(24)


def render(request: Request, ctx: Ctx, name: str, status: int = 200, **more: Any) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    resp = templates.TemplateResponse(request, name, page_vars(request, ctx, **more), status_code=status)
    if "lang" in request.query_params and ctx.lang in ("id", "en"):
        resp.set_cookie("lang", ctx.lang, samesite="strict", httponly=True)
    return resp
