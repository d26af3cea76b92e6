"""The web workbench and REST API: one FastAPI app, server-rendered pages (Jinja2 + HTMX), no CDN.

Authentication: a session cookie (HttpOnly, SameSite=Strict) for people, ``Authorization: Bearer``
tokens for machine clients. Every state-changing request made with a cookie must carry the session's
CSRF token (form field ``csrf_token`` or header ``X-CSRF-Token``); forms used before login carry a
double-submit token. Security headers forbid framing and every script or style from elsewhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from jaganetral import __version__
from jaganetral.cases.access import audit_now
from jaganetral.cases.provisions import load_provisions
from jaganetral.cases.service import CaseService, CustodyHook
from jaganetral.cases.workflow import PermissionDenied
from jaganetral.errors import JaganetralError
from jaganetral.model.election import Election
from jaganetral.model.labels import humanise, labels, summary_lines
from jaganetral.web import api, api_work, apidocs, pages, pages_work
from jaganetral.web.deps import (
    PRE_CSRF_COOKIE,
    SESSION_COOKIE,
    Ctx,
    GoTo,
    NotLoggedIn,
    context,
    error_response,
    lang_of,
    new_pre_csrf,
    page_vars,
    render,
    tanggal,
)
from jaganetral.web.documents import candidate_names, rules_by_code

HERE = Path(__file__).resolve().parent


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
    #: the evidence folder's blob store (public reports judged into findings keep their record there)
    blobs: Any = None
    #: screen → attribute → judge for public reports (cases.report_judging), when elections are known
    report_judge: Any = None
    #: the ASN registry rows, for staff searching a terlapor by name or NIP
    registry: tuple[Any, ...] = ()
    #: sends an e-mail (to, subject, body) when an SMTP server is configured; None: in-app only
    mailer: Any = None


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
    app.state.cases = CaseService(
        engine, unit_name=cfg.unit_name, blobs=cfg.blobs, report_judge=cfg.report_judge,
        elections=cfg.elections, **kwargs,
    )  # fmt: skip
    app.state.cases.mailer = cfg.mailer
    app.state.cases.backfill_agencies()
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    names = candidate_names(cfg.elections)
    # the catalogue every case page reads, loaded once here rather than by the first requests at once
    rules_by_code()
    load_provisions()
    labels()
    templates.env.globals.update(
        tanggal=tanggal, version=__version__, unit_name=cfg.unit_name,
        words=lambda text: humanise(str(text), names),
        summary_lines=summary_lines, elements=elements,
    )  # fmt: skip
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    apidocs.mount(app)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        resp = await call_next(request)
        path = request.url.path
        if path in apidocs.PAGES:
            # Swagger UI and ReDoc (local files) set styles from script; their scripts stay 'self'
            resp.headers["Content-Security-Policy"] = (
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                "script-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'"
            )
        elif path.startswith("/cases/") and "/evidence/" in path:
            # an evidence item is shown, never run: no script, no plugin, no form, even if it tried
            resp.headers["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
        else:
            resp.headers["Content-Security-Policy"] = (
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
            )
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "same-origin"
        # staff pages (the dashboard and the account page with a new API token included) are not cached
        if path == "/" or path.startswith(
            ("/cases", "/inbox", "/alerts", "/api", "/admin", "/account", "/audit", "/notifications")
        ):
            resp.headers["Cache-Control"] = "no-store"
        return resp

    @app.exception_handler(NotLoggedIn)
    async def to_login(request: Request, exc: NotLoggedIn) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "login required"}, status_code=401)
        nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(nxt, safe='/')}", status_code=303)

    @app.exception_handler(GoTo)
    async def go_to(request: Request, exc: GoTo) -> Response:
        return RedirectResponse(exc.url, status_code=303)

    @app.exception_handler(JaganetralError)
    async def refused(request: Request, exc: JaganetralError) -> Response:
        if isinstance(exc, PermissionDenied):
            # every denied request is audited with who asked for what (another agency's case too)
            ctx = getattr(request.state, "ctx", None)
            who = ctx.user.username if ctx is not None and ctx.user is not None else None
            if who is not None:
                await run_in_threadpool(
                    audit_now, request.app.state.engine, who, "denied", request.url.path[:300],
                    {"method": request.method, "status": exc.http_status, "reason": _message(exc)[:300]},
                )  # fmt: skip
        # every error says its own HTTP status (CaseError 409, not found 404, …): no message matching
        typed: dict[str, str] = {}
        if request.method == "POST" and not request.url.path.startswith("/api/"):
            try:  # the form was parsed already (cached): hand the user's input back to them
                form = await request.form()
                typed = {k: v for k, v in form.items() if isinstance(v, str) and k != "password"}
            except Exception:  # noqa: BLE001 - a body that is no form has nothing to give back
                typed = {}
        return error_response(request, _message(exc), exc.http_status, form=typed)

    app.include_router(pages.router)
    app.include_router(pages_work.router)
    app.include_router(api.router, prefix="/api/v1")
    app.include_router(api_work.router, prefix="/api/v1")
    apidocs.describe(app)
    return app


def elements(predicates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A finding's checks grouped by element: each once, with the rules that needed it."""
    out: dict[tuple[str, Any, str], dict[str, Any]] = {}
    for p in predicates or []:
        key = (str(p.get("predicate")), p.get("value"), str(p.get("detail", "")))
        e = out.setdefault(key, {"predicate": key[0], "value": key[1], "detail": key[2], "rules": []})
        if p.get("rule") not in e["rules"]:
            e["rules"].append(p.get("rule"))
    return list(out.values())


def _message(exc: JaganetralError) -> str:
    """The message for people: an invalid field's message without the developer's prefix."""
    msg = getattr(exc, "message", None)
    return str(msg) if isinstance(msg, str) and getattr(exc, "file", None) is None else str(exc)


__all__ = [
    "PRE_CSRF_COOKIE", "SESSION_COOKIE", "Ctx", "NotLoggedIn", "WebConfig", "context", "create_app",
    "lang_of", "new_pre_csrf", "page_vars", "render", "tanggal",
]  # fmt: skip
