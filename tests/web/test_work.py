"""Working the case over HTTP (issue 15; issue 14's web items), on SQLite and PostgreSQL: lockout and
TOTP, deactivation and reset, denied requests audited, agency scopes by pemda and OPD and only once
forwarded, assignment with notifications and queues, bulk triage with undo, links and merges,
procedure documents and the evidence viewer, the audit page, the change feed and signed webhooks,
the API described (bearer scheme, errors) with Swagger UI and ReDoc from local files."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import update
from webtools import PALI_HEAD, TEACHER, Web, audit_actions, finding_ids_of, forward_case, totp_code

from jaganetral.cases.access import create_api_token, get_user
from jaganetral.store import case_tables as ct
from jaganetral.store.chain import iter_entries
from jaganetral.store.repository import Store

Login = Callable[..., Web]


def _sqlite_only(store: Store) -> None:
    """Accounts, documents, webhooks: no SQL that differs between the databases; run once."""
    if store.engine.dialect.name != "sqlite":
        import pytest

        pytest.skip("runs on SQLite only (the agency, assignment and triage tests run on both)")


def _case_of(web: Login, nip: str) -> str:
    analis = web("analis")
    analis.ok("/inbox/open", {"all": "1"})
    rows = analis.get("/api/v1/cases?per_page=200").json()["rows"]
    return next(r["id"] for r in rows if r["nip"] == nip)


def _bearer(store: Store, username: str) -> dict[str, str]:
    u = get_user(store.engine, username)
    assert u is not None
    return {"Authorization": "Bearer " + create_api_token(store.engine, u, "uji")}


# ---- accounts ------------------------------------------------------------------------------------


def test_a_dozen_wrong_passwords_lock_the_account_even_against_the_right_one(
    web: Login, scanned: Store
) -> None:
    _sqlite_only(scanned)
    anon = web(None)
    codes = [anon.login("analis", f"salah-sandi-{i:02d}").status_code for i in range(6)]
    assert codes[:4] == [401] * 4 and codes[4:] == [429, 429]  # locked at the fifth failure
    locked = anon.login("analis")  # the right password, during the lockout
    assert locked.status_code == 429 and "Terlalu banyak percobaan gagal" in locked.text
    assert "jn_session" not in anon.client.cookies
    assert ("analis", "login") in audit_actions(scanned, "login_locked")
    assert len(audit_actions(scanned, "login_failed")) == 5
    # the lockout is temporary: once it has passed, the right password logs in again
    with scanned.engine.begin() as conn:
        conn.execute(update(ct.login_throttle).values(locked_until=datetime.now(UTC) - timedelta(seconds=1)))
    assert web(None).login("analis").status_code == 303


def test_pimpinan_and_admin_need_their_totp_code(web: Login, scanned: Store) -> None:
    _sqlite_only(scanned)
    anon = web(None)
    page = anon.get("/login")
    csrf = re.search(r'name="csrf_token" value="([^"]*)"', page.text).group(1)  # type: ignore[union-attr]
    base = {"username": "pimpinan", "password": "rahasia-demo-123", "csrf_token": csrf, "next": "/"}
    missing = anon.client.post("/login", data=base)
    assert missing.status_code == 401 and "Masukkan kode 6 angka" in missing.text
    wrong = anon.client.post(
        "/login", data={**base, "code": "000000" if totp_code("pimpinan") != "000000" else "111111"}
    )
    assert wrong.status_code == 401 and "Kode autentikator salah" in wrong.text
    assert anon.client.post("/login", data={**base, "code": totp_code("pimpinan")}).status_code == 303
    assert web("analis").get("/").status_code == 200  # analis has no second factor to give


def test_a_new_pimpinan_enrols_a_second_factor_before_anything_else(
    web: Login, scanned: Store, app: FastAPI
) -> None:
    _sqlite_only(scanned)
    from jaganetral.cases.access import add_user
    from jaganetral.cases.totp import totp

    add_user(scanned.engine, "ketua", "Ketua Baru", "pimpinan", "rahasia-demo-123")
    w = web("ketua")
    first = w.get("/cases")
    assert first.status_code == 303 and first.headers["location"] == "/account/totp"
    page = w.get("/account/totp")
    secret = re.search(r'id="totp-secret" class="secret">([A-Z2-7]+)<', page.text).group(1)  # type: ignore[union-attr]
    assert (
        w.post(
            "/account/totp", {"secret": secret, "code": "123456" if totp(secret) != "123456" else "654321"}
        ).status_code
        == 400
    )
    w.ok("/account/totp", {"secret": secret, "code": totp(secret)})
    assert w.get("/cases").status_code == 200
    assert ("ketua", "user:ketua") in audit_actions(scanned, "totp_enrolled")


def test_an_admin_deactivates_and_resets_a_user(web: Login, scanned: Store) -> None:
    _sqlite_only(scanned)
    admin, analis = web("admin"), web("analis")
    assert analis.get("/inbox").status_code == 200
    admin.ok("/admin/users/analis/active", {"active": "0"})
    assert analis.get("/inbox").status_code == 303  # the session ended with the account
    assert web(None).login("analis").status_code == 401
    admin.ok("/admin/users/analis/active", {"active": "1"})
    reset = admin.post("/admin/users/analis/password-reset")
    temp = re.search(r'id="temp-password">([^<]+)<', reset.text).group(1)  # type: ignore[union-attr]
    w = web(None)
    assert w.login("analis", temp).status_code == 303
    assert w.get("/inbox").headers["location"] == "/account/password"
    w.ok("/account/password", {"old": temp, "new": "sandi-baru-yang-panjang"})
    assert w.get("/inbox").status_code == 200
    assert {a for a, _ in audit_actions(scanned, "password_reset")} == {"admin"}


# ---- agencies ------------------------------------------------------------------------------------


def test_a_pemda_inspektorat_sees_its_opds_forwarded_cases_and_nothing_else(
    web: Login, scanned: Store, app: FastAPI
) -> None:
    from jaganetral.cases.access import add_user

    mine = _case_of(web, PALI_HEAD)
    theirs = _case_of(web, TEACHER)
    # bound to the pemda, spelled differently from the OPD's name in the registry
    add_user(
        scanned.engine,
        "inspektorat-kab",
        "Inspektorat",
        "instansi",
        "rahasia-demo-123",
        "Pemkab Penukal Abab Lematang Ilir",
    )
    insp = web("inspektorat-kab")
    assert insp.get("/api/v1/cases").json()["total"] == 0  # informasi awal: Bawaslu's own deliberation
    assert insp.get(f"/cases/{mine}").status_code == 404
    web("analis").ok(f"/cases/{mine}/note", {"text": "catatan internal Bawaslu"})
    forward_case(app, mine)
    forward_case(app, theirs)
    rows = insp.get("/api/v1/cases").json()["rows"]
    assert [r["id"] for r in rows] == [mine]
    detail = insp.get(f"/api/v1/cases/{mine}").json()
    kinds = {e["kind"] for e in detail["events"]}
    assert kinds <= {"transition", "recommendation_approved"} and "note" not in kinds
    assert "catatan internal Bawaslu" not in insp.get(f"/cases/{mine}").text
    assert insp.get(f"/cases/{theirs}").status_code == 404
    # the cross-agency attempt is audited with who and what
    denied = [(a, o) for a, o in audit_actions(scanned, "denied") if a == "inspektorat-kab"]
    assert (("inspektorat-kab", f"/cases/{theirs}") in denied) and (
        ("inspektorat-kab", f"/cases/{mine}") in denied
    )
    # what the UI does not offer is refused: notes, assignment, documents (403, audited)
    for url, data in (
        (f"/cases/{mine}/note", {"text": "x"}),
        (f"/cases/{mine}/assign", {"assignee": "analis"}),
    ):
        assert insp.post(url, data).status_code == 403
    assert ("inspektorat-kab", f"/cases/{mine}/note") in audit_actions(scanned, "denied")


# ---- assignment, notifications, queues -----------------------------------------------------------


def test_assigning_a_case_notifies_the_assignee_and_fills_their_queues(
    web: Login, scanned: Store, clock: Any, app: FastAPI
) -> None:
    cid = _case_of(web, PALI_HEAD)
    boss, analis = web("pemeriksa"), web("analis")
    boss.ok(f"/cases/{cid}/assign", {"assignee": "analis", "team": "Tim Siber", "reason": "kasus prioritas"})
    assert 'class="count">1<' in analis.get("/").text
    notes = analis.get("/api/v1/notifications").json()
    assert notes[0]["kind"] == "assigned" and notes[0]["case_id"] == cid and not notes[0]["read"]
    assert [r["id"] for r in analis.get("/api/v1/cases?mine=true").json()["rows"]] == [cid]
    assert cid in analis.get("/cases?mine=1").text
    # a move by someone else tells the assignee; a deadline within 24 h gives a notice and a queue entry
    boss.ok(f"/cases/{cid}/transition", {"to": "temuan", "reason": "ditetapkan"})
    kinds = [n["kind"] for n in analis.get("/api/v1/notifications").json()]
    assert "state_changed" in kinds
    clock.at += timedelta(hours=30)  # temuan: 2 days; 18 hours left
    assert [r["id"] for r in analis.get("/api/v1/cases?due_soon=true").json()["rows"]] == [cid]
    assert "deadline" in [n["kind"] for n in analis.get("/api/v1/notifications").json()]
    clock.at += timedelta(days=2)
    assert cid in [r["id"] for r in analis.get("/api/v1/cases?overdue=true").json()["rows"]]
    assert "melewati batas waktu" in analis.get("/notifications").text
    analis.ok("/notifications/read")
    assert analis.get("/api/v1/notifications?unread=true").json() == []
    assert web("inspektorat-pali").post(f"/cases/{cid}/assign", {"assignee": "analis"}).status_code == 403


# ---- triage --------------------------------------------------------------------------------------


def test_bulk_dismiss_with_filters_and_undo(web: Login, scanned: Store) -> None:
    analis = web("analis")
    total = analis.get("/api/v1/findings/inbox").json()["total"]
    alerts = analis.get("/api/v1/findings/inbox?status=alert").json()
    assert 0 < alerts["total"] < total and {r["status"] for r in alerts["rows"]} == {"alert"}
    assert "Pilih semua" in analis.get("/inbox?status=alert").text
    assert (
        analis.post("/inbox/bulk", {"action": "dismiss", "all_matching": "1", "status": "alert"}).status_code
        == 400
    )
    loc = analis.ok(
        "/inbox/bulk",
        {"action": "dismiss", "all_matching": "1", "status": "alert", "reason": "hanya ditandai"},
    )
    assert loc.startswith("/inbox/dismissed")
    assert analis.get("/api/v1/findings/inbox").json()["total"] == total - alerts["total"]
    listed = analis.get("/api/v1/findings/dismissed").json()
    assert listed["total"] == alerts["total"] and {r["reason"] for r in listed["rows"]} == {"hanya ditandai"}
    ids = [r["finding_id"] for r in listed["rows"]]
    analis.ok("/inbox/undo", {"finding_id": ids[:1]})
    assert analis.get("/api/v1/findings/inbox").json()["total"] == total - alerts["total"] + 1
    assert [a for a, _ in audit_actions(scanned, "findings_dismissed")] == ["analis"]
    assert [a for a, _ in audit_actions(scanned, "findings_restored")] == ["analis"]
    # over the API, with a bearer token and one reason for several
    head = finding_ids_of(scanned, PALI_HEAD)
    api = analis.client.post(
        "/api/v1/findings/dismiss",
        json={"finding_ids": head, "reason": "bukan orangnya"},
        headers=_bearer(scanned, "analis"),
    )
    assert api.status_code == 200 and api.json()["finding_ids"] == head
    again = analis.client.post(
        "/api/v1/findings/dismiss",
        json={"finding_ids": head, "reason": "lagi"},
        headers=_bearer(scanned, "analis"),
    )
    assert again.status_code == 409


# ---- links, merges, documents, evidence ----------------------------------------------------------


def test_merge_is_kept_reversible_and_audited(web: Login, scanned: Store) -> None:
    _sqlite_only(scanned)
    a, b = _case_of(web, PALI_HEAD), _case_of(web, TEACHER)
    boss = web("pemeriksa")
    boss.ok(f"/cases/{a}/link", {"other": b, "reason": "perbuatan yang sama"})
    assert f"/cases/{b}" in boss.get(f"/cases/{a}").text
    boss.ok(f"/cases/{a}/unlink", {"other": b})
    boss.ok(f"/cases/{a}/merge", {"target": b, "reason": "duplikat laporan"})
    assert a not in [r["id"] for r in boss.get("/api/v1/cases?per_page=200").json()["rows"]]
    assert 'id="merged-note"' in boss.get(f"/cases/{a}").text and a in boss.get(f"/cases/{b}").text
    boss.ok(f"/cases/{a}/unmerge", {"reason": "bukan duplikat"})
    assert a in [r["id"] for r in boss.get("/api/v1/cases?per_page=200").json()["rows"]]
    assert audit_actions(scanned, "case_merged") == [("pemeriksa", f"case:{a}")]
    assert web("analis").post(f"/cases/{a}/merge", {"target": b, "reason": "x"}).status_code == 403


def test_a_procedure_document_goes_into_the_vault_and_the_viewer_serves_items_safely(
    web: Login, scanned: Store
) -> None:
    _sqlite_only(scanned)
    cid = _case_of(web, PALI_HEAD)
    analis = web("analis")
    pdf = b"%PDF-1.4\n% berita acara klarifikasi\n%%EOF\n"
    r = analis.client.post(
        f"/cases/{cid}/documents",
        data={"csrf_token": analis.csrf, "kind": "berita_acara"},
        files={"file": ("berita-acara.pdf", pdf, "application/pdf")},
    )
    assert r.status_code == 303, r.text[:500]
    sha = hashlib.sha256(pdf).hexdigest()
    page = analis.get(f"/cases/{cid}").text
    assert sha in page and "Berita acara klarifikasi" in page
    # the canonical record shown as the post it was (author, platform, text)
    assert 'class="post"' in page
    bad = analis.client.post(
        f"/cases/{cid}/documents",
        data={"csrf_token": analis.csrf, "kind": "berita_acara"},
        files={"file": ("x.html", b"<script>alert(1)</script>", "text/html")},
    )
    assert bad.status_code == 400
    got = analis.get(f"/cases/{cid}/evidence/{sha}")
    assert got.status_code == 200 and got.content == pdf
    assert got.headers["content-type"] == "application/pdf" and got.headers["content-disposition"].startswith(
        "attachment"
    )
    assert (
        "sandbox" in got.headers["content-security-policy"]
        and got.headers["x-content-type-options"] == "nosniff"
    )
    assert ("analis", f"case:{cid}") in audit_actions(scanned, "evidence_downloaded")
    with scanned.engine.connect() as conn:
        viewed = [e for e in iter_entries(conn) if e.event == "viewed" and e.item_sha256 == sha]
    assert viewed and viewed[0].actor == "analis"
    # an item of another case, or none at all: not found
    assert analis.get(f"/cases/{cid}/evidence/{'0' * 64}").status_code == 404
    items = analis.get(f"/api/v1/cases/{cid}/evidence").json()
    assert {i["kind"] for i in items} >= {"record", "input_file", "document"}
    record = next(i for i in items if i["kind"] == "record")
    assert record["post"]["text"] and record["captured_by"] and record["integrity_ok"] is True


# ---- audit, changes, webhooks --------------------------------------------------------------------


def test_the_audit_page_is_for_pimpinan_and_admin_filterable_and_exportable(
    web: Login, scanned: Store
) -> None:
    web(None).login("analis", "salah-sandi-sekali")
    boss = web("pimpinan")
    page = boss.get("/audit?action=login_failed")
    assert page.status_code == 200 and "Gagal masuk" in page.text
    assert boss.get("/api/v1/audit?action=login_failed").json()["total"] == 1
    exported = boss.get("/audit/export.csv?action=login_failed")
    assert exported.status_code == 200, re.findall(r"flash err[^<]*<", exported.text)
    csv_text = exported.content.decode("utf-8-sig")
    assert "login_failed" in csv_text and "analis" in csv_text
    assert web("analis").get("/audit").status_code == 403
    assert ("analis", "/audit") in audit_actions(scanned, "denied")


def test_the_change_feed_and_signed_webhooks(web: Login, scanned: Store, app: FastAPI) -> None:
    _sqlite_only(scanned)
    from jaganetral.cases.access import User
    from jaganetral.web.webhooks import deliver

    admin = web("admin")
    made = admin.post("/admin/webhooks", {"url": "https://bkn.example/hook"})
    secret = re.search(r'id="hook-secret">([^<]+)<', made.text).group(1)  # type: ignore[union-attr]
    cid = _case_of(web, PALI_HEAD)
    feed = admin.get("/api/v1/changes?since=0").json()
    assert (
        feed["changes"]
        and cid in {c["case_id"] for c in feed["changes"]}
        and feed["next"] == feed["changes"][-1]["id"]
    )
    assert admin.get(f"/api/v1/changes?since={feed['next']}").json()["changes"] == []
    got: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda req: (got.append(req), httpx.Response(204))[1])
    system = User(0, "webhooks", "Webhooks", "admin", None, has_totp=True)
    with httpx.Client(transport=transport) as client:
        sent = deliver(scanned.engine, app.state.cases.changes, client, user=system)
        assert sent == len(got) > 0
        assert deliver(scanned.engine, app.state.cases.changes, client, user=system) == 0  # nothing twice
    body = got[0].content
    sig = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert got[0].headers["x-jaganetral-signature"] == sig
    assert json.loads(body)["case_id"].startswith("JN-")


def test_openapi_describes_security_and_errors_and_the_docs_are_local(web: Login, scanned: Store) -> None:
    _sqlite_only(scanned)
    anon = web(None)
    doc = anon.get("/openapi.json").json()
    assert doc["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    op = doc["paths"]["/api/v1/cases/{case_id}/transitions"]["post"]
    assert op["security"] == [{"bearerAuth": []}]
    assert {"401", "403", "404", "409", "422"} <= set(op["responses"])
    assert "security" not in doc["paths"]["/api/v1/selfcheck"]["post"]
    for path in (
        "/api/v1/cases/{case_id}/assign",
        "/api/v1/findings/dismiss",
        "/api/v1/changes",
        "/api/v1/audit",
        "/api/v1/cases/{case_id}/merge",
        "/api/v1/cases/{case_id}/recommendation",
        "/api/v1/reports",
    ):
        assert path in doc["paths"], path
    for url, asset in (("/docs", "swagger-ui-bundle.js"), ("/redoc", "redoc.standalone.js")):
        page = anon.get(url)
        assert page.status_code == 200 and asset in page.text
        srcs = re.findall(r"(?:src|href)='([^']+)'", page.text)
        assert srcs and all(s.startswith("/") for s in srcs), srcs  # nothing from elsewhere
        for s in srcs:
            assert anon.get(s).status_code == 200, s


def test_e_mail_goes_out_only_through_a_configured_mailer(web: Login, scanned: Store, app: FastAPI) -> None:
    _sqlite_only(scanned)
    cid = _case_of(web, PALI_HEAD)
    boss, analis = web("pemeriksa"), web("analis")
    boss.ok(f"/cases/{cid}/assign", {"assignee": "analis"})  # no mailer: in-app only, nothing sent
    sent: list[tuple[str, str, str]] = []
    app.state.cases.mailer = lambda to, subject, body: sent.append((to, subject, body))
    boss.ok(f"/cases/{cid}/assign", {"assignee": "analis"})
    assert sent == []  # the analyst has no address yet
    analis.ok("/account/email", {"email": "rina@bawaslu.example"})
    boss.ok(f"/cases/{cid}/assign", {"assignee": "analis"})
    assert [to for to, *_ in sent] == ["rina@bawaslu.example"] and cid in sent[0][2]
