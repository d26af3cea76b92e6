"""The role matrix, generated from the app: every route × every role (and nobody), asserted against
``permissions`` of ``catalogue/cases/workflow.yaml``. A route a role may not use answers 403,
whatever it is sent, and the refusal is audited with the user and the path; a route it may use never
answers 401/403 for its role; nobody is sent to the login page (pages) or answered 401 (API). A route
without a declared permission fails the test, unless it is one of the public ones."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from webtools import PALI_HEAD, Web, audit_actions, finding_ids_of, forward_case

from jaganetral.cases.access import create_api_token, get_user
from jaganetral.cases.workflow import load_workflow
from jaganetral.store import tables as t
from jaganetral.store.repository import Store

#: Routes anyone may use (login, the public's report, tracking and self-check, the API's description).
PUBLIC = {
    ("GET", "/login"), ("POST", "/login"), ("GET", "/lapor"), ("POST", "/lapor"), ("GET", "/lapor/status"),
    ("GET", "/cek"), ("POST", "/cek"), ("GET", "/api/v1/reports/{code}"), ("POST", "/api/v1/reports"),
    ("POST", "/api/v1/selfcheck"), ("GET", "/docs"), ("GET", "/redoc"), ("GET", "/openapi.json"),
}  # fmt: skip
#: Not walked: it ends the session the walk runs in (its permission is still checked to exist).
SKIP = {("POST", "/logout")}
ROLES = ("admin", "analis", "pemeriksa", "pimpinan", "instansi")
USERS = {
    "admin": "admin",
    "analis": "analis",
    "pemeriksa": "pemeriksa",
    "pimpinan": "pimpinan",
    "instansi": "inspektorat-pali",
}


def _action(route: APIRoute) -> str | None:
    stack = list(route.dependant.dependencies)
    while stack:
        d = stack.pop()
        act = getattr(d.call, "action", None)
        if act is not None:
            return str(act)
        stack.extend(d.dependencies)
    return None


def _flat(routes: Any, prefix: str = "") -> list[tuple[str, APIRoute]]:
    """Every APIRoute with its full path (FastAPI may keep included routers as one branch each)."""
    out: list[tuple[str, APIRoute]] = []
    for r in routes:
        if isinstance(r, APIRoute):
            out.append((prefix + r.path, r))
        elif hasattr(r, "original_router"):
            out.extend(_flat(r.original_router.routes, prefix + (r.include_context.prefix or "")))
    return out


def _routes(app: FastAPI) -> list[tuple[str, str, str | None]]:
    out = []
    for path, r in _flat(app.routes):
        for m in sorted(r.methods - {"HEAD"}):
            out.append((m, path, _action(r)))
    assert len(out) > 60  # the walk sees the whole app
    return sorted(out, key=lambda x: (x[1], x[0]))


def test_every_route_declares_a_permission_of_the_workflow(app: FastAPI) -> None:
    wf = load_workflow()
    for method, path, action in _routes(app):
        if (method, path) in PUBLIC:
            assert action is None, (method, path)
            continue
        assert action is not None, f"{method} {path} declares no permission"
        assert action in wf.permissions, f"{method} {path}: {action} is not in workflow.yaml"


@pytest.fixture
def setting(app: FastAPI, scanned: Store, web: Any) -> dict[str, str]:
    """A case the agency user may see (forwarded), a finding, an evidence item: what paths need."""
    analis = web("analis")
    analis.ok("/inbox/open", {"all": "1"})
    cid = next(
        r["id"] for r in analis.get("/api/v1/cases?per_page=200").json()["rows"] if r["nip"] == PALI_HEAD
    )
    forward_case(app, cid)
    (fid,) = finding_ids_of(scanned, PALI_HEAD)
    with scanned.engine.connect() as conn:
        from sqlalchemy import select

        sha = conn.execute(
            select(t.findings.c.evidence_sha256).where(t.findings.c.finding_id == fid)
        ).scalar_one()
    return {
        "case_id": cid,
        "finding_id": fid,
        "sha": str(sha),
        "username": "nobody",
        "hook_id": "1",
        "fmt": "csv",
        "code": "LP-TIDAKADA",
    }


def _url(path: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)


def test_the_route_by_role_matrix_matches_the_workflow_data(
    app: FastAPI, scanned: Store, web: Any, setting: dict[str, str]
) -> None:
    if scanned.engine.dialect.name != "sqlite":
        pytest.skip("the matrix is the app's routes against workflow.yaml: walked once, on SQLite")
    wf = load_workflow()
    sessions: dict[str, Web] = {role: web(USERS[role]) for role in ROLES}
    tokens: dict[str, dict[str, str]] = {}
    for role in ROLES:
        u = get_user(scanned.engine, USERS[role])
        assert u is not None
        tokens[role] = {"Authorization": "Bearer " + create_api_token(scanned.engine, u, "matrix")}
    anon = web(None)
    cells = 0
    refused: set[tuple[str, str]] = set()
    for method, path, action in _routes(app):
        if (method, path) in PUBLIC or (method, path) in SKIP:
            continue
        url = _url(path, setting)
        api = path.startswith("/api/")
        # nobody: the login page, or 401
        r = anon.client.request(method, url)
        assert r.status_code == (401 if api else 303), (method, path, r.status_code)
        for role in ROLES:
            s = sessions[role]
            if api:
                r = s.client.request(
                    method, url, headers=tokens[role], **({"json": None} if method == "POST" else {})
                )
            elif method == "POST":
                r = s.client.post(url, data={"csrf_token": s.csrf})
            else:
                r = s.client.get(url)
            allowed = wf.may(role, str(action))
            cells += 1
            if allowed:
                assert r.status_code not in (401, 403), (role, method, path, r.status_code, r.text[:300])
            else:
                assert r.status_code == 403, (role, method, path, r.status_code, r.text[:300])
                refused.add((USERS[role], url))
    assert cells >= 5 * 60
    # every refusal is in the audit log with who asked for what
    unaudited = refused - set(audit_actions(scanned, "denied"))
    assert refused and not unaudited, sorted(unaudited)[:10]
