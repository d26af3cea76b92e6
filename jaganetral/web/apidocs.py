"""The API described: OpenAPI with the bearer security scheme and the error answers of every
operation, and Swagger UI (``/docs``) and ReDoc (``/redoc``) served from local files.

The viewers' JavaScript and CSS come from the ``fastapi-offline`` package (it ships Swagger UI and
ReDoc); nothing is fetched at run time, so the pages work on an air-gapped installation. Their
start-up code is ``static/apidocs.js`` (the workbench's CSP allows no inline script).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

PAGES = ("/docs", "/redoc")
ASSETS = "/api-docs-assets"
#: Operations anyone may call (no token): the public report, its status, the self-check.
PUBLIC = {("post", "/api/v1/reports"), ("get", "/api/v1/reports/{code}"), ("post", "/api/v1/selfcheck")}

ERRORS = {
    "400": "A value is refused (a bad date, an unknown code, a file of the wrong kind); `detail` says why.",
    "401": "Not logged in: send `Authorization: Bearer jn_…` (an API token of a user).",
    "403": "The user's role may not do this (workflow.yaml `permissions`), or the CSRF token is wrong.",
    "404": "No such object — or one this user may not see (the same answer, so ids cannot be probed).",
    "409": "The workflow does not allow this now (wrong state, four eyes, already done).",
    "422": "A field is missing or invalid; `detail` says which and why.",
}


def _assets_dir() -> Path | None:
    try:
        import fastapi_offline
    except ImportError:  # pragma: no cover - a dependency of the package
        return None
    return Path(fastapi_offline.__file__).resolve().parent / "static"


def _page(title: str, body: str) -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{title}</title>"
        f"{body}</html>"
    )


def mount(app: FastAPI) -> None:
    assets = _assets_dir()
    if assets is None or not assets.is_dir():
        return
    app.mount(ASSETS, StaticFiles(directory=str(assets)), name="api-docs-assets")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def swagger() -> HTMLResponse:
        return HTMLResponse(
            _page(
                "jaganetral API — Swagger UI",
                f"<link rel='stylesheet' href='{ASSETS}/swagger-ui.css'></head><body>"
                "<div id='swagger-ui' data-openapi='/openapi.json'></div>"
                f"<script src='{ASSETS}/swagger-ui-bundle.js'></script>"
                "<script src='/static/apidocs.js'></script></body>",
            )
        )

    @app.get("/redoc", include_in_schema=False, response_class=HTMLResponse)
    def redoc() -> HTMLResponse:
        return HTMLResponse(
            _page(
                "jaganetral API — ReDoc",
                "</head><body><div id='redoc' data-openapi='/openapi.json'></div>"
                f"<script src='{ASSETS}/redoc.standalone.js'></script>"
                "<script src='/static/apidocs.js'></script></body>",
            )
        )


def describe(app: FastAPI) -> None:
    """Replace the OpenAPI builder: bearer security and documented errors on every operation."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(
            title=app.title, version=app.version, description=app.description or "", routes=app.routes
        )
        comp = doc.setdefault("components", {})
        schemas = comp.setdefault("schemas", {})
        schemas["Error"] = {
            "title": "Error",
            "type": "object",
            "properties": {"detail": {"type": "string", "title": "Detail"}},
            "required": ["detail"],
        }
        comp["securitySchemes"] = {
            "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "bearerFormat": "jn_…",
                "description": "An API token (`jaganetral user token NAME` or the account page).",
            }
        }
        err = {"$ref": "#/components/schemas/Error"}
        has_validation = "HTTPValidationError" in schemas
        for path, ops in doc.get("paths", {}).items():
            for method, op in ops.items():
                responses = op.setdefault("responses", {})
                public = (method, path) in PUBLIC
                if not public:
                    op["security"] = [{"bearerAuth": []}]
                codes = ["400", "403", "404", "409", "422"]
                if not public:
                    codes.insert(1, "401")
                for code in codes:
                    if code == "422" and "422" in responses and has_validation:
                        content = (
                            responses["422"].setdefault("content", {}).setdefault("application/json", {})
                        )
                        content["schema"] = {
                            "anyOf": [{"$ref": "#/components/schemas/HTTPValidationError"}, err]
                        }
                        responses["422"]["description"] = ERRORS["422"]
                        continue
                    responses.setdefault(
                        code, {"description": ERRORS[code], "content": {"application/json": {"schema": err}}}
                    )
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]
