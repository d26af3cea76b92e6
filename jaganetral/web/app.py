"""The web workbench and REST API: one FastAPI app, server-rendered pages (Jinja2 + HTMX), no CDN.

Authentication: a session cookie (HttpOnly, SameSite=Strict) for people, ``Authorization: Bearer``
tokens for machine clients. Every state-changing request made with a cookie must carry the session's
CSRF token (form field ``csrf_token`` or header ``X-CSRF-Token``); forms used before login carry a
double-submit token. Security headers forbid framing and every script or style from elsewhere.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from jaganetral import __version__
from jaganetral.cases.access import User, session_user, token_user
from jaganetral.cases.service import CaseService, CustodyHook
from jaganetral.cases.workflow import CaseError, PermissionDenied
from jaganetral.errors import InvalidData, JaganetralError
from jaganetral.model.election import Election
from jaganetral.web.i18n import translate

HERE = Path(__file__).resolve().parent
WIB = ZoneInfo("Asia/Jakarta")
SESSION_COOKIE = "jn_session"
PRE_CSRF_COOKIE = "jn_csrf"
BULAN = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip


@dataclass
class WebConfig:
    """What ``serve`` decides: who we are, which elections, where evidence lives."""

    unit_name: str = "Bawaslu"
    unit_address: str = ""
    secure_cookies: bool = False
    elections: tuple[Election, ...] = ()
    data_dir: Path | None = None
    ocr: Callable[[bytes], str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class NotLoggedIn(Exception):
    """Raised by page dependencies; turned into a redirect to the login page."""


@dataclass
class Ctx:
    """Who is asking and how: the user (or None), their CSRF token, the language, API or page."""

    user: User | None
    csrf: str | None
    lang: str
    via_token: bool = False


def tanggal(dt: datetime | None, with_time: bool = True) -> str:
    """``21 November 2026 14.05 WIB`` — dates in Indonesian, Jakarta time."""
    if dt is None:
        return "—"
    d = dt.astimezone(WIB)
    s = f"{d.day} {BULAN[d.month - 1]} {d.year}"
    return s + (f" {d:%H.%M} WIB" if with_time else "")


def create_app(
    engine: Any,
    config: WebConfig | None = None,
    *,
    clock: Callable[[], datetime] | None = None,
    custody: CustodyHook | None = None,
) -> FastAPI:
    """The application over one database (``engine``) and the configuration."""
    cfg = config or WebConfig()
    app = FastAPI(
        title="jaganetral API",
        version=__version__,
        description="Pengawasan netralitas ASN — REST API of the jaganetral workbench.",
        docs_url=None,
        redoc_url=None,
    )
    kwargs: dict[str, Any] = {"custody": custody}
    if clock is not None:
        kwargs["clock"] = clock
    app.state.engine = engine
    app.state.cfg = cfg
    app.state.cases = CaseService(engine, **kwargs)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(tanggal=tanggal, version=__version__, unit_name=cfg.unit_name)
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        resp = await call_next(request)
        resp.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        )
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "same-origin"
        path = request.url.path
        # staff pages (the dashboard and the account page with a new API token included) are not cached
        if path == "/" or path.startswith(("/cases", "/inbox", "/alerts", "/api", "/admin", "/account")):
            resp.headers["Cache-Control"] = "no-store"
        return resp

    @app.exception_handler(NotLoggedIn)
    async def to_login(request: Request, exc: NotLoggedIn) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "login required"}, status_code=401)
        nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(nxt, safe='/')}", status_code=303)

    @app.exception_handler(PermissionDenied)
    async def denied(request: Request, exc: PermissionDenied) -> Response:
        code = 404 if "tidak ditemukan" in str(exc) else 403
        return error_response(request, str(exc), code)

    @app.exception_handler(CaseError)
    async def case_error(request: Request, exc: CaseError) -> Response:
        return error_response(request, str(exc), 409)

    @app.exception_handler(InvalidData)
    async def invalid(request: Request, exc: InvalidData) -> Response:
        return error_response(request, str(exc), 400)

    @app.exception_handler(JaganetralError)
    async def other(request: Request, exc: JaganetralError) -> Response:
        return error_response(request, str(exc), 400)

    from jaganetral.web import api, pages

    app.include_router(pages.router)
    app.include_router(api.router, prefix="/api/v1")
    return app


def error_response(request: Request, message: str, status: int) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status)
    ctx = getattr(request.state, "ctx", None) or Ctx(None, None, lang_of(request))
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", page_vars(request, ctx, message=message, status=status), status_code=status
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


def page_vars(request: Request, ctx: Ctx, **more: Any) -> dict[str, Any]:
    """Template variables every page has: user, csrf token, translation function, language."""
    lang = ctx.lang

    def _(s: str) -> str:
        return translate(s, lang)

    pre = request.cookies.get(PRE_CSRF_COOKIE) or ""
    return {"user": ctx.user, "csrf": ctx.csrf or pre, "_": _, "lang": lang, "path": request.url.path, **more}


def new_pre_csrf() -> str:
    return secrets.token_urlsafe(24)


def render(request: Request, ctx: Ctx, name: str, status: int = 200, **more: Any) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    resp = templates.TemplateResponse(request, name, page_vars(request, ctx, **more), status_code=status)
    if "lang" in request.query_params and ctx.lang in ("id", "en"):
        resp.set_cookie("lang", ctx.lang, samesite="strict", httponly=True)
    return resp
