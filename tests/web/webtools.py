"""Helpers of the web tests: the app as ``jaganetral serve`` builds it, a client that keeps its session's
CSRF token, a hand-built PNG, row counts, audit entries, PDF text.

A module with a name of its own (not ``conftest``, which several test folders share), so the test
modules import it unambiguously; ``conftest.py`` turns the pieces into fixtures."""

from __future__ import annotations

import importlib.util
import re
import struct
import sys
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t
from jaganetral.store.repository import Store

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
SAMPLES = ROOT / "samples"
ELECTIONS = sorted(SAMPLES.glob("election*.yaml"))
UNIT = "Bawaslu Kota Uji"
#: the head of Diskominfo PALI: one violation finding, one case, agency "pali"
PALI_HEAD = "198503122010011001"
#: a teacher of Dinas Pendidikan Kota Lubuklinggau: agency "other"
TEACHER = "199001052015032002"
OCR_TEXT = "Ayo dukung paslon nomor 2 (teks dari tangkapan layar)"


def _load(name: str, path: Path) -> ModuleType:
    """Import a helper module of another test folder under a name of its own (no clash with theirs)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


cases_conftest = _load("_web_cases_fixtures", TESTS / "cases" / "conftest.py")
_pdftext = _load("_web_pdftext", TESTS / "reports" / "reports_pdftext.py")

# the case tests' helpers, shared
Clock = cases_conftest.Clock
PASSWORD: str = cases_conftest.PASSWORD
TOTP_SECRETS: dict[str, str] = cases_conftest.TOTP_SECRETS


def totp_code(username: str) -> str:
    """The current TOTP code of a test user with a second factor ("" for the others)."""
    from jaganetral.cases.totp import totp

    secret = TOTP_SECRETS.get(username)
    return totp(secret) if secret else ""


scan_samples: Callable[[Store], None] = cases_conftest.scan_samples
pdf_flat: Callable[[bytes], str] = _pdftext.flat


def fake_ocr(data: bytes) -> str:
    assert data.startswith(b"\x89PNG")
    return OCR_TEXT


def make_app(store: Store, clock: Callable[[], datetime] | None = None) -> FastAPI:
    """The app exactly as ``jaganetral serve`` wires it (evidence packages, custody), OCR stubbed."""
    from jaganetral.commands.web import build_app

    app = build_app(store, ELECTIONS, UNIT, asn=SAMPLES / "asn.csv", accounts=SAMPLES / "accounts.csv")
    app.state.cfg.ocr = fake_ocr
    if clock is not None:
        # build_app has no clock parameter; the case service reads the time through this attribute
        app.state.cases.now = clock
    return app


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]*)"')


def csrf_of(html: str) -> str:
    m = CSRF_RE.search(html)
    assert m, "page has no CSRF token"
    return m.group(1)


class Web:
    """A TestClient that remembers its session's CSRF token (one per person)."""

    def __init__(self, app: FastAPI) -> None:
        self.client = TestClient(app, follow_redirects=False)
        self.csrf = ""

    def get(self, url: str, **kw: Any) -> Any:
        return self.client.get(url, **kw)

    def login(self, username: str, password: str = PASSWORD) -> Any:
        page = self.client.get("/login")
        assert page.status_code == 200
        r = self.client.post(
            "/login",
            data={
                "username": username,
                "password": password,
                "csrf_token": csrf_of(page.text),
                "next": "/",
                "code": totp_code(username),
            },
        )
        if r.status_code == 303:
            self.csrf = csrf_of(self.client.get("/account").text)
        return r

    def post(self, url: str, data: dict[str, Any] | None = None, **kw: Any) -> Any:
        """A form post with the session's CSRF token."""
        return self.client.post(url, data={"csrf_token": self.csrf, **(data or {})}, **kw)

    def ok(self, url: str, data: dict[str, Any] | None = None) -> str:
        """Post a form that must succeed (303 back with ``ok=``); returns where it went."""
        r = self.post(url, data)
        assert r.status_code == 303, (r.status_code, r.text[:2000])
        loc = r.headers["location"]
        assert "ok=" in loc, loc
        return str(loc)


def tiny_png(width: int = 2, height: int = 2) -> bytes:
    """A valid RGB PNG built by hand (signature, IHDR, IDAT, IEND)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )


def table_counts(store: Store) -> dict[str, int]:
    """Rows in every table of the store."""
    with store.engine.connect() as conn:
        return {
            name: int(conn.execute(select(func.count()).select_from(tbl)).scalar_one())
            for name, tbl in t.metadata.tables.items()
        }


def audit_actions(store: Store, action: str) -> list[tuple[str, str]]:
    """(actor, object) of every audit entry of this action, oldest first."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(ct.audit_log.c.actor, ct.audit_log.c.object)
            .where(ct.audit_log.c.action == action)
            .order_by(ct.audit_log.c.id)
        )
        return [(str(a), str(o)) for a, o in rows]


def finding_ids_of(store: Store, nip: str) -> list[str]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(t.findings.c.finding_id).where(
                t.findings.c.nip == nip, t.findings.c.status.in_(("violation", "review"))
            )
        )
        return sorted(str(r) for (r,) in rows)


#: why the browser tests were skipped (printed in red at the end of the run by conftest.py)
BROWSER_SKIPS: list[str] = []


def forward_case(app: FastAPI, case_id: str) -> None:
    """Walk a case to *diteruskan* (a neutrality recommendation to BKN): the first state in which
    its agency sees it (workflow.yaml ``agency_view``)."""
    from jaganetral.cases.access import get_user

    svc = app.state.cases
    boss, other = get_user(svc.engine, "pimpinan"), get_user(svc.engine, "pimpinan2")
    assert boss is not None and other is not None
    for to in ("temuan", "kajian_awal", "diregistrasi", "klarifikasi", "kajian"):
        svc.transition(boss, case_id, to, f"alasan {to}")
    svc.transition(
        boss, case_id, "putusan", "terbukti melanggar netralitas", outcome="pelanggaran_netralitas"
    )
    svc.draft_recommendation(boss, case_id, "Merekomendasikan sanksi disiplin kepada PPK.")
    svc.decide_recommendation(other, case_id, True)
    svc.transition(boss, case_id, "diteruskan", "rekomendasi dikirim ke BKN")
