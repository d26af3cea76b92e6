"""The workbench over HTTP (FastAPI's TestClient), on SQLite and on PostgreSQL: login, CSRF, headers,
a case walked from a finding to the PPK's follow-up through the forms, documents and exports, agency
isolation by URL, API and export, API tokens, public reports, the self-check, the audit log."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable
from datetime import timedelta
from hashlib import sha256
from typing import Any

import openpyxl
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner
from webtools import (
    OCR_TEXT,
    PALI_HEAD,
    PASSWORD,
    TEACHER,
    UNIT,
    Web,
    audit_actions,
    csrf_of,
    finding_ids_of,
    forward_case,
    make_app,
    pdf_flat,
    table_counts,
    tiny_png,
)

from jaganetral.store import case_tables as ct
from jaganetral.store.repository import Store

Login = Callable[..., Web]
CASE_ID = re.compile(r"/cases/(JN-\d{4}-\d{6})")


def _state(store: Store, case_id: str) -> str:
    with store.engine.connect() as conn:
        return str(conn.execute(select(ct.cases.c.state).where(ct.cases.c.id == case_id)).scalar_one())


def _events(store: Store, case_id: str) -> int:
    with store.engine.connect() as conn:
        return len(conn.execute(select(ct.case_events.c.id).where(ct.case_events.c.case_id == case_id)).all())


def _open_all(web: Login) -> dict[str, list[str]]:
    """Open every waiting finding as cases (the inbox's "all" button); case ids by subject NIP."""
    analis = web("analis")
    loc = analis.ok("/inbox/open", {"all": "1"})
    assert loc.startswith("/cases?ok=")
    rows = analis.get("/api/v1/cases?per_page=200").json()["rows"]
    assert len(rows) == 9
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r["nip"] or "", []).append(r["id"])
    return out


def test_the_inbox_all_button_opens_every_finding_even_with_one_ticked(web: Login, scanned: Store) -> None:
    analis = web("analis")
    (fid,) = finding_ids_of(scanned, PALI_HEAD)
    loc = analis.ok("/inbox/open", {"finding_id": [fid], "all": "1"})
    assert loc.startswith("/cases?ok=")
    assert analis.get("/api/v1/cases").json()["total"] == 9
    # the three alerts stay in the inbox: being tagged is no case by itself
    assert analis.get("/api/v1/findings/inbox").json()["total"] == 3


def _csv_rows(body: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


# ---- login, sessions, CSRF, headers --------------------------------------------------------------


def test_pages_need_a_login_and_a_wrong_password_is_refused_and_audited(
    app: FastAPI, web: Login, scanned: Store
) -> None:
    anon = web(None)
    r = anon.get("/cases?state=kajian&page=2")
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login?next=")
    assert anon.get("/").headers["location"] == "/login?next=/"
    api = anon.get("/api/v1/cases")
    assert api.status_code == 401 and api.json() == {"detail": "login required"}
    assert anon.get("/cases/JN-2024-000001/dossier.pdf").status_code == 303

    bad = anon.login("analis", "salah-sandi-sekali")
    assert bad.status_code == 401
    assert "Nama pengguna atau kata sandi salah." in bad.text
    assert "jn_session" not in anon.client.cookies
    unknown = anon.login("tidak-ada", "salah-sandi-sekali")
    assert unknown.status_code == 401  # the same answer for an unknown user
    assert audit_actions(scanned, "login_failed") == [("analis", "login"), ("tidak-ada", "login")]
    assert anon.get("/inbox").status_code == 303

    ok = anon.login("analis")
    assert ok.status_code == 303 and ok.headers["location"] == "/"
    cookie = ok.headers["set-cookie"].lower()
    assert "jn_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert anon.get("/inbox").status_code == 200
    assert ("analis", "user:analis") in audit_actions(scanned, "login")

    # logging out ends the session on the server, not only in the browser
    token = anon.client.cookies["jn_session"]
    assert anon.post("/logout").status_code == 303
    thief = TestClient(app, follow_redirects=False)
    thief.cookies.set("jn_session", token)
    assert thief.get("/inbox").status_code == 303


def test_login_returns_to_the_page_asked_for_and_never_off_site(web: Login) -> None:
    w = web(None)
    page = w.get("/login", params={"next": "/cases?state=kajian&q=guru"})
    assert 'name="next" value="/cases?state=kajian&amp;q=guru"' in page.text
    r = w.client.post(
        "/login",
        data={
            "username": "analis",
            "password": PASSWORD,
            "csrf_token": csrf_of(page.text),
            "next": "/cases?state=kajian&q=guru",
        },
    )
    assert r.headers["location"] == "/cases?state=kajian&q=guru"
    for evil in ("https://evil.example/", "//evil.example/x", "javascript:alert(1)"):
        w2 = web(None)
        page = w2.get("/login")
        r = w2.client.post(
            "/login",
            data={
                "username": "analis",
                "password": PASSWORD,
                "csrf_token": csrf_of(page.text),
                "next": evil,
            },
        )
        assert r.headers["location"] == "/", evil


def test_redirect_to_login_keeps_the_whole_address(web: Login) -> None:
    r = web(None).get("/cases?state=kajian&page=2")
    w = web(None)
    page = w.get(r.headers["location"])
    assert 'name="next" value="/cases?state=kajian&amp;page=2"' in page.text


def test_forms_without_the_session_csrf_token_are_refused_and_change_nothing(
    app: FastAPI, web: Login, scanned: Store
) -> None:
    cases = _open_all(web)
    (cid,) = cases[PALI_HEAD]
    analis = web("analis")
    before, state = _events(scanned, cid), _state(scanned, cid)
    for token in (None, "", "x" * 43, web("pemeriksa").csrf):  # missing, empty, wrong, another session's
        data: dict[str, str] = {"to": "temuan", "reason": "ditetapkan"}
        if token is not None:
            data["csrf_token"] = token
        r = analis.client.post(f"/cases/{cid}/transition", data=data)
        assert r.status_code == 403, token
        assert "CSRF" in r.text
        r = analis.client.post(f"/cases/{cid}/note", data={**data, "text": "catatan"})
        assert r.status_code == 403
    assert (_events(scanned, cid), _state(scanned, cid)) == (before, state)

    # the API with a session cookie needs the token in a header; a bearer token needs none
    r = analis.client.post(f"/api/v1/cases/{cid}/transitions", json={"to": "temuan", "reason": "x"})
    assert r.status_code == 403 and r.json()["detail"] == "token CSRF tidak cocok"
    assert _state(scanned, cid) == "informasi_awal"
    r = analis.client.post(
        f"/api/v1/cases/{cid}/transitions",
        json={"to": "temuan", "reason": "lewat API"},
        headers={"X-CSRF-Token": analis.csrf},
    )
    assert r.status_code == 200 and r.json()["case"]["state"] == "temuan"

    # before login: the double-submit token of the login and report forms
    anon = TestClient(app, follow_redirects=False)
    r = anon.post("/login", data={"username": "analis", "password": PASSWORD})
    assert r.status_code == 403 and "jn_session" not in anon.cookies
    counts = table_counts(scanned)
    anon.get("/lapor")
    r = anon.post("/lapor", data={"what": "Kepala dinas berkampanye di Facebook", "csrf_token": "palsu"})
    assert r.status_code == 403
    assert table_counts(scanned) == counts


def test_security_headers_on_pages_api_and_errors(web: Login) -> None:
    analis = web("analis")
    for client, url, code in [
        (web(None), "/login", 200),
        (web(None), "/lapor", 200),
        (web(None), "/cek", 200),
        (analis, "/cases", 200),
        (analis, "/api/v1/cases", 200),
        (analis, "/cases/JN-1999-000001", 404),
        (analis, "/static/app.css", 200),
    ]:
        r = client.get(url)
        assert r.status_code == code, url
        csp = r.headers["content-security-policy"]
        for part in (
            "default-src 'self'",
            "script-src 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        ):
            assert part in csp, (url, part)
        assert "unsafe-inline" not in csp
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "same-origin"
    for url in ("/", "/cases", "/inbox", "/alerts", "/account", "/api/v1/cases"):
        assert analis.get(url).headers["cache-control"] == "no-store", url
    made = analis.post("/account/tokens", {"name": "laptop"})  # the page showing a new API token
    assert "new-token" in made.text and made.headers["cache-control"] == "no-store"
    # no script or stylesheet from elsewhere: everything the pages load is served here
    page = analis.get("/").text
    assert re.findall(r'<script src="([^"]+)"', page) == ["/static/htmx.min.js", "/static/app.js"]
    assert analis.get("/static/htmx.min.js").status_code == 200
    assert "<script>" not in page and " style=" not in page


# ---- the walk ------------------------------------------------------------------------------------


def test_walk_a_case_from_finding_to_approved_recommendation_and_ppk_follow_up(
    web: Login, scanned: Store, clock: Any
) -> None:
    analis, pemeriksa, pimpinan, pimpinan2 = (
        web(u) for u in ("analis", "pemeriksa", "pimpinan", "pimpinan2")
    )
    agency = web("inspektorat-pali")

    inbox = analis.get("/inbox")
    assert inbox.status_code == 200 and "Temuan baru untuk dipilah" in inbox.text
    (fid,) = finding_ids_of(scanned, PALI_HEAD)
    assert f'value="{fid}"' in inbox.text
    loc = analis.ok("/inbox/open", {"finding_id": [fid]})
    m = CASE_ID.match(loc)
    assert m, loc
    cid = m.group(1)
    assert cid == "JN-2024-000001"
    assert f'value="{fid}"' not in analis.get("/inbox").text  # no longer waiting

    page = analis.get(f"/cases/{cid}").text
    assert "Informasi awal" in page and f"NIP {PALI_HEAD}" in page
    assert ("analis", f"case:{cid}") in audit_actions(scanned, "view_case")

    def move(who: Web, to: str, reason: str, **extra: str) -> None:
        who.ok(f"/cases/{cid}/transition", {"to": to, "reason": reason, **extra})
        assert _state(scanned, cid) == to

    move(analis, "temuan", "ditetapkan sebagai temuan patroli siber")
    move(analis, "kajian_awal", "memenuhi syarat formal dan materiel")
    # an analyst may not register a case: refused, nothing changes
    r = analis.post(f"/cases/{cid}/transition", {"to": "diregistrasi", "reason": "mencoba"})
    assert r.status_code == 403 and "tidak dapat memindahkan" in r.text
    assert _state(scanned, cid) == "kajian_awal"
    # a move the procedure does not have
    r = pemeriksa.post(f"/cases/{cid}/transition", {"to": "selesai", "reason": "melompat"})
    assert r.status_code == 409 and _state(scanned, cid) == "kajian_awal"

    move(pemeriksa, "diregistrasi", "syarat formal dan materiel terpenuhi")
    # Pilkada: decided within 3 days of registration (UU 10/2016 Pasal 134); 9 Sep 16.00 WIB + 3 days
    page = pemeriksa.get(f"/cases/{cid}").text
    assert "12 September 2024 16.00 WIB" in page and "sisa 3 hari" in page and "Pasal 134" in page
    move(pemeriksa, "klarifikasi", "undangan klarifikasi kepada terlapor dan saksi")
    move(pemeriksa, "kajian", "klarifikasi selesai")
    clock.at += timedelta(days=4)  # past the deadline: the case shows up as overdue
    late = pemeriksa.get("/cases?overdue=true").text
    assert f"/cases/{cid}" in late and "terlambat" in late
    assert "terlambat 1 hari" in pemeriksa.get(f"/cases/{cid}").text

    r = pimpinan.post(f"/cases/{cid}/transition", {"to": "putusan", "reason": "tanpa amar"})
    assert r.status_code == 400 and _state(scanned, cid) == "kajian"
    move(pimpinan, "putusan", "terbukti melanggar netralitas", outcome="pelanggaran_netralitas")
    r = pimpinan.post(f"/cases/{cid}/transition", {"to": "diteruskan", "reason": "belum disetujui"})
    assert r.status_code == 409 and "empat mata" in r.text

    pimpinan.ok(
        f"/cases/{cid}/recommendation",
        {"text": "Direkomendasikan sanksi disiplin sedang.", "number": "017/PM.00.02/K/09/2024"},
    )
    page = pimpinan.get(f"/cases/{cid}").text
    assert "menunggu persetujuan pimpinan lain" in page
    # four eyes: the drafter cannot approve, a pemeriksa is not a pimpinan
    r = pimpinan.post(f"/cases/{cid}/recommendation/decide", {"decision": "approve"})
    assert r.status_code == 409 and "empat mata" in r.text
    r = pemeriksa.post(f"/cases/{cid}/recommendation/decide", {"decision": "approve"})
    assert r.status_code == 403
    assert pimpinan.get(f"/api/v1/cases/{cid}").json()["recommendation"]["approved_by"] is None
    pimpinan2.ok(f"/cases/{cid}/recommendation/decide", {"decision": "approve", "reason": "setuju"})
    rec = pimpinan.get(f"/api/v1/cases/{cid}").json()["recommendation"]
    assert (rec["drafted_by"], rec["approved_by"], rec["recipient"]) == ("pimpinan", "pimpinan2", "BKN")
    assert "Rekomendasi disetujui oleh" in pimpinan.get(f"/cases/{cid}").text

    # the recommendation letter: number, subject, drafter and approver
    r = pimpinan.get(f"/cases/{cid}/recommendation.pdf")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert r.headers["content-disposition"] == f'attachment; filename="rekomendasi-{cid}.pdf"'
    assert r.content.startswith(b"%PDF-")
    letter = pdf_flat(r.content)
    # the agenda number is the unit's first of the year, given at approval; never typed by hand
    for expected in ("001/PM.00.02/K.SS-01/09/2024", PALI_HEAD, cid, "Pimpinan2", UNIT.upper(), "Palembang"):
        assert expected in letter, expected

    move(pimpinan, "diteruskan", "rekomendasi dikirim ke BKN")
    assert "→ BKN" in pimpinan.get(f"/cases/{cid}").text

    # the agency records the PPK's follow-up, and must say what it was
    page = agency.get(f"/cases/{cid}").text
    assert 'name="ppk_result"' in page and "Sanksi dijatuhkan" in page
    r = agency.post(f"/cases/{cid}/transition", {"to": "tindak_lanjut_ppk", "reason": "sudah"})
    assert r.status_code == 400 and _state(scanned, cid) == "diteruskan"
    move(agency, "tindak_lanjut_ppk", "SK hukuman disiplin terbit", ppk_result="sanksi_dijatuhkan")
    # the PPK's result on the case, in the list, in the export and in the API
    assert "Sanksi dijatuhkan" in pimpinan.get(f"/cases/{cid}").text.split('id="ppk-result"', 1)[1][:200]
    listed = pimpinan.get(f"/cases?q={cid}").text
    assert "PPK" in listed and "Sanksi dijatuhkan" in listed
    exported = pimpinan.get(f"/cases/export.csv?q={cid}").content.decode("utf-8-sig")
    (line,) = [r for r in csv.DictReader(io.StringIO(exported)) if r["id"] == cid]
    assert line["ppk_result"] == "Sanksi dijatuhkan"
    api_case = pimpinan.get(f"/api/v1/cases/{cid}").json()["case"]
    assert api_case["ppk_result"] == "sanksi_dijatuhkan"
    move(pemeriksa, "selesai", "tindak lanjut PPK diterima")

    detail = analis.get(f"/api/v1/cases/{cid}").json()
    assert detail["case"]["state"] == "selesai" and detail["case"]["forwarded_to"] == "BKN"
    assert [(e["to_state"], e["actor"]) for e in detail["events"] if e["kind"] == "transition"] == [
        ("temuan", "analis"),
        ("kajian_awal", "analis"),
        ("diregistrasi", "pemeriksa"),
        ("klarifikasi", "pemeriksa"),
        ("kajian", "pemeriksa"),
        ("putusan", "pimpinan"),
        ("diteruskan", "pimpinan"),
        ("tindak_lanjut_ppk", "inspektorat-pali"),
        ("selesai", "pemeriksa"),
    ]
    assert detail["allowed_moves"] == []

    # the dossier: the whole story of the case, for whoever may see it (the agency included)
    for who in (pimpinan, agency):
        r = who.get(f"/cases/{cid}/dossier.pdf")
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
        assert r.headers["content-disposition"] == f'attachment; filename="berkas-{cid}.pdf"'
        assert r.content.startswith(b"%PDF-")
        text = pdf_flat(r.content)
        assert cid in text and PALI_HEAD in text and UNIT in text
    assert [a for a, o in audit_actions(scanned, "export_dossier") if o == f"case:{cid}"] == [
        "pimpinan",
        "inspektorat-pali",
    ]
    assert ("pimpinan", f"case:{cid}") in audit_actions(scanned, "export_letter")


def test_recommendation_sent_back_needs_a_reason_and_can_be_redrafted(web: Login, scanned: Store) -> None:
    cases = _open_all(web)
    (cid,) = cases[PALI_HEAD]
    boss, boss2 = web("pimpinan"), web("pimpinan2")
    for to in ("temuan", "kajian_awal", "diregistrasi", "klarifikasi", "kajian"):
        boss.ok(f"/cases/{cid}/transition", {"to": to, "reason": "lanjut"})
    r = boss.post(f"/cases/{cid}/recommendation", {"text": "terlalu dini"})
    assert r.status_code == 409  # no decision yet
    boss.ok(
        f"/cases/{cid}/transition",
        {"to": "putusan", "reason": "terbukti melanggar", "outcome": "pelanggaran_netralitas"},
    )
    boss.ok(f"/cases/{cid}/recommendation", {"text": "draf pertama"})
    assert boss2.post(f"/cases/{cid}/recommendation/decide", {"decision": "reject"}).status_code == 400
    boss2.ok(f"/cases/{cid}/recommendation/decide", {"decision": "reject", "reason": "uraian kurang"})
    r = boss.post(f"/cases/{cid}/transition", {"to": "diteruskan", "reason": "x"})
    assert r.status_code == 409
    page = boss.get(f"/cases/{cid}").text
    assert "Simpan draf rekomendasi" in page  # a new draft may be written
    boss2.ok(f"/cases/{cid}/recommendation", {"text": "draf kedua"})
    boss.ok(f"/cases/{cid}/recommendation/decide", {"decision": "approve"})
    boss.ok(f"/cases/{cid}/transition", {"to": "diteruskan", "reason": "dikirim"})
    rec = boss.get(f"/api/v1/cases/{cid}").json()["recommendation"]
    assert (rec["text"], rec["drafted_by"], rec["approved_by"]) == ("draf kedua", "pimpinan2", "pimpinan")


# ---- lists and exports ---------------------------------------------------------------------------


def test_case_list_filters_htmx_rows_and_exports(web: Login, scanned: Store) -> None:
    cases = _open_all(web)
    analis = web("analis")
    page = analis.get("/cases").text
    assert len(set(CASE_ID.findall(page))) == 9 and "<html" in page
    rows = analis.get("/cases?q=" + TEACHER, headers={"HX-Request": "true"})
    assert "<html" not in rows.text  # HTMX asks for the rows only
    assert set(CASE_ID.findall(rows.text)) == set(cases[TEACHER]) and len(cases[TEACHER]) == 2

    r = analis.get("/cases/export.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == 'attachment; filename="kasus.csv"'
    got = _csv_rows(r.content)
    assert len(got) == 9 and {row["id"] for row in got} == {c for ids in cases.values() for c in ids}
    assert {row["nip"] for row in got if row["nip"]} >= {PALI_HEAD, TEACHER}
    # the export buttons submit the filter form: every field comes along, empty ones too
    assert 'formaction="/cases/export.csv"' in page and 'formaction="/cases/export.xlsx"' in page
    form = {"q": TEACHER, "state": "", "instansi": "", "wilayah": "", "code": ""}
    filtered = _csv_rows(analis.get("/cases/export.csv", params=form).content)
    assert sorted(row["id"] for row in filtered) == sorted(cases[TEACHER])

    r = analis.get("/cases/export.xlsx")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert r.content.startswith(b"PK")
    ws = openpyxl.load_workbook(io.BytesIO(r.content)).active
    assert ws is not None
    values = list(ws.iter_rows(values_only=True))
    assert values[0][:3] == ("id", "title", "state") and len(values) == 10
    assert analis.get("/cases/export.pdf").status_code == 400
    assert [o for a, o in audit_actions(scanned, "export_cases") if a == "analis"] == ["cases"] * 3


# ---- agency isolation ----------------------------------------------------------------------------


def test_an_agency_user_cannot_see_another_agencys_case_by_url_api_or_export(
    web: Login, scanned: Store, app: FastAPI
) -> None:
    cases = _open_all(web)
    (mine,) = cases[PALI_HEAD]
    others = [c for nip, ids in cases.items() if nip != PALI_HEAD for c in ids]
    theirs = cases[TEACHER][0]
    # both forwarded to BKN: the state from which an agency sees the cases of its own units
    forward_case(app, mine)
    forward_case(app, theirs)
    agency = web("inspektorat-pali")
    from jaganetral.cases.access import create_api_token, get_user

    user = get_user(scanned.engine, "inspektorat-pali")
    assert user is not None
    bearer = {"Authorization": "Bearer " + create_api_token(scanned.engine, user, "uji")}
    views, events = len(audit_actions(scanned, "view_case")), _events(scanned, theirs)

    missing = agency.get("/cases/JN-2024-999999")
    for url in (
        f"/cases/{theirs}",
        f"/cases/{theirs}/dossier.pdf",
        f"/cases/{theirs}/recommendation.pdf",
        f"/cases/{theirs}/evidence.zip",
    ):
        r = agency.get(url)
        assert r.status_code == 404, url
        assert TEACHER not in r.text and "Dinas Pendidikan" not in r.text
        # the same page as for a case that does not exist: nothing to probe
        assert r.text.replace(theirs, "ID") == missing.text.replace("JN-2024-999999", "ID")
    for url in (
        f"/api/v1/cases/{theirs}",
        f"/api/v1/cases/{theirs}/dossier.pdf",
        f"/api/v1/cases/{theirs}/evidence.zip",
    ):
        for r in (agency.get(url), agency.client.get(url, headers=bearer)):
            assert r.status_code == 404, url
            assert r.json() == {"detail": f"kasus {theirs} tidak ditemukan"}
    assert agency.post(f"/cases/{theirs}/transition", {"to": "temuan", "reason": "x"}).status_code == 404
    # notes are not an agency's to write (the UI never offers them): the same refusal for any case id
    noted = agency.post(f"/cases/{theirs}/note", {"text": "mengintip"})
    assert noted.status_code == 403
    assert noted.text == agency.post("/cases/JN-2024-999999/note", {"text": "mengintip"}).text
    # extending a clock is not an agency's business at all: the same refusal for any case id
    refused = agency.post(f"/cases/{theirs}/extend", {"reason": "x"})
    assert refused.status_code == 403
    assert refused.text == agency.post("/cases/JN-2024-999999/extend", {"reason": "x"}).text
    assert _events(scanned, theirs) == events  # nothing added
    assert len(audit_actions(scanned, "view_case")) == views  # nothing was shown

    # lists, exports, dashboard: only the agency's own case
    html = agency.get("/cases").text
    assert set(CASE_ID.findall(html)) == {mine}
    assert (
        set(CASE_ID.findall(agency.get("/cases?instansi=Dinas+Pendidikan+Kota+Lubuklinggau").text)) == set()
    )
    for listing in (
        agency.get("/api/v1/cases").json(),
        agency.client.get("/api/v1/cases", headers=bearer).json(),
    ):
        assert listing["total"] == 1 and [r["id"] for r in listing["rows"]] == [mine]
    assert [row["id"] for row in _csv_rows(agency.get("/cases/export.csv").content)] == [mine]
    assert [row["id"] for row in _csv_rows(agency.get("/api/v1/cases/export.csv").content)] == [mine]
    ws = openpyxl.load_workbook(io.BytesIO(agency.get("/cases/export.xlsx").content)).active
    assert ws is not None and [r[0] for r in ws.iter_rows(min_row=2, values_only=True)] == [mine]
    dash = agency.get("/api/v1/dashboard").json()
    assert dash["total"] == 1 and [k for k, _ in dash["by_instansi"]] == [user.instansi]
    page = agency.get("/").text
    assert '<span class="num">1</span>' in page and "Dinas Pendidikan" not in page
    assert all(o not in page for o in others)
    alerts = agency.get("/alerts").text
    assert TEACHER not in alerts
    assert agency.get("/inbox").status_code == 403  # findings are Bawaslu's
    assert "Temuan baru" not in page  # and the menu does not offer them

    # the agency's own case: page, API, dossier and evidence package
    assert agency.get(f"/cases/{mine}").status_code == 200
    assert agency.get(f"/api/v1/cases/{mine}").json()["case"]["nip"] == PALI_HEAD
    assert agency.get(f"/cases/{mine}/dossier.pdf").content.startswith(b"%PDF-")
    r = agency.get(f"/cases/{mine}/evidence.zip")
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    assert zipfile.ZipFile(io.BytesIO(r.content)).namelist()
    # a Bawaslu analyst sees every case
    assert web("analis").get(f"/cases/{theirs}").status_code == 200


# ---- API -----------------------------------------------------------------------------------------


def test_api_tokens_from_the_cli_and_the_account_page(web: Login, scanned: Store) -> None:
    cases = _open_all(web)
    (cid,) = cases[PALI_HEAD]
    from jaganetral.cli import app as cli

    args = ["user", "token", "pemeriksa", "--name", "sistem-lain", "--data", str(scanned.data_dir)]
    if scanned.engine.dialect.name != "sqlite":
        args += ["--db", scanned.engine.url.render_as_string(hide_password=False)]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 0, res.output
    token = res.stdout.strip().splitlines()[-1]
    assert token.startswith("jn_")
    bot = TestClient(make_app(scanned), follow_redirects=False)
    auth = {"Authorization": f"Bearer {token}"}
    assert bot.get("/api/v1/cases", headers=auth).json()["total"] == 9
    # a bearer client writes without CSRF (no cookie to ride on)
    for to in ("temuan", "kajian_awal", "diregistrasi"):
        r = bot.post(f"/api/v1/cases/{cid}/transitions", headers=auth, json={"to": to, "reason": "via API"})
        assert r.status_code == 200, r.text
    assert r.json()["case"]["state"] == "diregistrasi"
    assert r.json()["events"][-1]["actor"] == "pemeriksa"
    # the workflow's rules hold through the API too
    r = bot.post(f"/api/v1/cases/{cid}/transitions", headers=auth, json={"to": "putusan", "reason": "x"})
    assert r.status_code == 409
    r = bot.post(f"/api/v1/cases/{cid}/transitions", headers=auth, json={"to": "klarifikasi", "reason": ""})
    assert r.status_code == 422
    assert bot.get(f"/api/v1/cases/{cid}/dossier.pdf", headers=auth).content.startswith(b"%PDF-")

    for bad in ("Bearer jn_palsu", "Bearer ", "Bearer " + token + "x"):
        r = bot.get("/api/v1/cases", headers={"Authorization": bad})
        assert r.status_code == 401 and r.json() == {"detail": "login required"}
    assert bot.get("/api/v1/cases").status_code == 401

    # the account page makes a token, shown once
    analis = web("analis")
    r = analis.post("/account/tokens", {"name": "laptop"})
    m = re.search(r'<code id="new-token">(jn_[^<]+)</code>', r.text)
    assert r.status_code == 200 and m
    r = bot.get("/api/v1/findings/inbox", headers={"Authorization": f"Bearer {m.group(1)}"})
    assert r.status_code == 200 and r.json()["total"] == 3  # the three alerts are all that wait
    assert m.group(1) not in analis.get("/account").text
    with scanned.engine.connect() as conn:
        stored = {r for (r,) in conn.execute(select(ct.api_tokens.c.token_sha256))}
    assert sha256(m.group(1).encode()).hexdigest() in stored and m.group(1) not in stored


def test_openapi_lists_the_api_and_only_the_api(web: Login) -> None:
    doc = web(None).get("/openapi.json").json()
    paths = set(doc["paths"])
    assert {
        "/api/v1/cases",
        "/api/v1/cases/{case_id}",
        "/api/v1/cases/{case_id}/transitions",
        "/api/v1/cases/{case_id}/dossier.pdf",
        "/api/v1/cases/{case_id}/evidence.zip",
        "/api/v1/cases/export.{fmt}",
        "/api/v1/findings/inbox",
        "/api/v1/findings/open-cases",
        "/api/v1/alerts",
        "/api/v1/dashboard",
        "/api/v1/reports/{code}",
        "/api/v1/selfcheck",
    } <= paths
    assert all(p.startswith("/api/v1/") for p in paths)
    assert {"CaseList", "CaseDetail", "Transition", "ReportStatus"} <= set(doc["components"]["schemas"])
    assert "reporter_contact" not in json.dumps(doc["components"]["schemas"]["ReportStatus"])


# ---- public reports ------------------------------------------------------------------------------


def _file_report(anon: Web, what: str, files: Any = None, **more: str) -> Any:
    form = anon.get("/lapor")
    assert form.status_code == 200 and 'enctype="multipart/form-data"' in form.text
    data = {
        "csrf_token": csrf_of(form.text),
        "what": what,
        "where": "Kota Lubuklinggau",
        "when": "8 September 2024",
        "links": "https://www.facebook.com/contoh/posts/1\nhttps://www.facebook.com/contoh/posts/2",
        **more,
    }
    return anon.client.post("/lapor", data=data, files=files)


def test_public_report_is_filed_tracked_by_code_and_hides_the_reporter(
    web: Login, scanned: Store, app: FastAPI
) -> None:
    anon = web(None)
    png = tiny_png()
    r = _file_report(
        anon,
        "Kepala sekolah mengunggah foto dukungan <script>alert(1)</script> calon di grup Facebook",
        files=[("screenshots", ("bukti.png", png, "image/png"))],
        reporter_name="Warga Pelapor",
        reporter_contact="0812-3456-7890",
    )
    assert r.status_code == 200 and "Laporan diterima" in r.text
    m = re.search(r'<p class="code" id="tracking-code">(LP-[A-Z2-9]{8})</p>', r.text)
    assert m, r.text
    code = m.group(1)
    # the screenshot is kept as evidence, byte for byte, and its text was read
    sha = sha256(png).hexdigest()
    assert scanned.blobs.path(sha).read_bytes() == png
    with scanned.engine.connect() as conn:
        row = conn.execute(select(ct.public_reports).where(ct.public_reports.c.tracking_code == code)).one()
    assert row.evidence_sha256 == [sha] and row.ocr_text == OCR_TEXT and len(row.links) == 2

    # tracking: the state, never the reporter (page and API alike; lower case codes work)
    st = anon.get(f"/lapor/status?code={code.lower()}")
    assert st.status_code == 200 and "Informasi awal" in st.text and code in st.text
    assert "Warga Pelapor" not in st.text and "0812" not in st.text
    api = anon.get(f"/api/v1/reports/{code}")
    assert api.status_code == 200
    body = api.json()
    assert set(body) == {
        "tracking_code",
        "received_at",
        "state",
        "state_label",
        "updated_at",
        "outcome",
        "finished",
    }
    assert (body["state"], body["finished"]) == ("informasi_awal", False)
    assert "Warga" not in api.text and "0812" not in api.text
    assert anon.get("/lapor/status?code=LP-TIDAKADA").status_code == 404
    assert anon.get("/api/v1/reports/LP-TIDAKADA").status_code == 404

    # inside: the analyst sees who to call; the pimpinan and agencies do not
    analis = web("analis")
    listing = analis.get("/api/v1/cases").json()
    assert listing["total"] == 1
    cid = listing["rows"][0]["id"]
    page = analis.get(f"/cases/{cid}").text
    assert "Warga Pelapor" in page and "0812-3456-7890" in page and OCR_TEXT in page
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert sha[:16] in page  # listed under the case's evidence
    boss = web("pimpinan").get(f"/cases/{cid}")
    assert boss.status_code == 200 and "Kepala sekolah" in boss.text
    assert "Warga Pelapor" not in boss.text and "0812-3456-7890" not in boss.text
    assert web("pimpinan").get(f"/api/v1/cases/{cid}").status_code == 200
    assert web("inspektorat-pali").get(f"/cases/{cid}").status_code == 404

    # the reporter follows the case along
    analis.ok(f"/cases/{cid}/transition", {"to": "laporan", "reason": "laporan memenuhi syarat"})
    assert "Laporan" in anon.get(f"/lapor/status?code={code}").text
    assert anon.get(f"/api/v1/reports/{code}").json()["state_label"] == "Laporan"


def test_public_report_without_a_file_and_refusals(web: Login, scanned: Store) -> None:
    anon = web(None)
    # a browser sends an empty file part (filename="") when no screenshot was chosen
    form = anon.get("/lapor")
    parts = {"csrf_token": csrf_of(form.text), "what": "ASN memakai mobil dinas untuk kampanye"}
    body = b"".join(
        f'--B\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in parts.items()
    )
    body += (
        b'--B\r\nContent-Disposition: form-data; name="screenshots"; filename=""\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n\r\n--B--\r\n"
    )
    r = anon.client.post("/lapor", content=body, headers={"content-type": "multipart/form-data; boundary=B"})
    assert r.status_code == 200 and "tracking-code" in r.text
    counts = table_counts(scanned)
    r = _file_report(
        anon,
        "ASN mengunggah dukungan di Facebook",
        files=[("screenshots", ("x.png", b"MZ\x90", "image/png"))],
    )
    assert r.status_code == 400 and "hanya gambar PNG atau JPEG" in r.text
    r = _file_report(anon, "ASN mengunggah dukungan di Facebook", links="ftp://contoh")
    assert r.status_code == 400
    r = _file_report(anon, "pendek")
    assert r.status_code == 400 and "minimal 10 karakter" in r.text
    # a refused report with a good screenshot leaves no stray file in the evidence folder
    png = tiny_png(3, 5)
    r = _file_report(anon, "pendek", files=[("screenshots", ("ok.png", png, "image/png"))])
    assert r.status_code == 400 and not scanned.blobs.path(sha256(png).hexdigest()).exists()
    assert table_counts(scanned) == counts  # nothing half-filed


# ---- self-check ----------------------------------------------------------------------------------


def test_self_check_answers_and_stores_nothing(web: Login, scanned: Store) -> None:
    anon = web(None)
    form = anon.get("/cek")
    assert form.status_code == 200
    counts = table_counts(scanned)
    files = sorted(p for p in scanned.data_dir.rglob("*") if p.is_file() and "jaganetral.db" not in p.name)
    campaign = "Ayo bapak ibu dukung Bang Rahmat jadi walikota Lubuklinggau! #RahmatLestariMenang"
    r = anon.client.post(
        "/cek", data={"csrf_token": csrf_of(form.text), "text": campaign, "kind": "post", "on": "2024-10-01"}
    )
    assert r.status_code == 200
    assert 'id="selfcheck-result"' in r.text and "memenuhi unsur pelanggaran netralitas" in r.text
    assert "Dasar hukum" in r.text
    api = anon.client.post("/api/v1/selfcheck", json={"text": campaign, "on": "2024-10-01"})
    assert api.status_code == 200
    body = api.json()
    assert body["verdict"] == "melanggar" and body["violation_codes"] and body["legal_basis"]
    calm = anon.client.post(
        "/api/v1/selfcheck", json={"text": "Selamat pagi, jangan lupa sarapan", "on": "2024-10-01"}
    )
    assert calm.json()["verdict"] == "aman"
    liked = anon.client.post(
        "/api/v1/selfcheck",
        json={"text": "", "kind": "reaction", "target_text": campaign, "on": "2024-10-01"},
    )
    assert liked.json()["verdict"] != "aman"  # a like is support too
    assert (
        anon.client.post(
            "/cek", data={"csrf_token": csrf_of(form.text), "text": campaign, "on": "kemarin"}
        ).status_code
        == 400
    )
    # a logged-in user's check is not recorded either
    web("pemeriksa").post("/cek", {"text": campaign})
    assert table_counts(scanned) == {
        **counts,
        "sessions": counts["sessions"] + 1,
        "audit_log": counts["audit_log"] + 1,
        "custody": counts["custody"] + 1,  # the login's audit entry, in the chain like every audit entry
    }
    assert (
        sorted(p for p in scanned.data_dir.rglob("*") if p.is_file() and "jaganetral.db" not in p.name)
        == files
    )


# ---- audit ---------------------------------------------------------------------------------------


def test_every_view_of_a_case_is_audited(web: Login, scanned: Store, app: FastAPI) -> None:
    cases = _open_all(web)
    (cid,) = cases[PALI_HEAD]
    forward_case(app, cid)
    assert audit_actions(scanned, "view_case") == []
    boss = web("pimpinan")
    boss.get(f"/cases/{cid}")
    boss.get(f"/api/v1/cases/{cid}")
    web("inspektorat-pali").get(f"/cases/{cid}")
    assert audit_actions(scanned, "view_case") == [
        ("pimpinan", f"case:{cid}"),
        ("pimpinan", f"case:{cid}"),
        ("inspektorat-pali", f"case:{cid}"),
    ]
    with scanned.engine.connect() as conn:
        details = [
            d
            for (d,) in conn.execute(
                select(ct.audit_log.c.detail).where(ct.audit_log.c.action == "view_case")
            )
        ]
    assert details == [{"nip": PALI_HEAD}] * 3
    web("analis").get("/inbox")
    assert audit_actions(scanned, "view_inbox") == [("analis", "findings")]


def test_without_evidence_packages_another_agencys_case_is_still_not_found(
    scanned: Store, team: dict[str, Any], clock: Any
) -> None:
    """A bare app (no evidence exporter wired in) answers "not found" before "not available"."""
    from jaganetral.cases.service import CaseService
    from jaganetral.web.app import WebConfig, create_app

    CaseService(scanned.engine, clock=clock).open_from_findings(team["analis"])
    bare = create_app(scanned.engine, WebConfig(), clock=clock)
    forward_case(bare, "JN-2024-000001")
    assert web_nip(scanned, "JN-2024-000001") == PALI_HEAD
    agency = Web(bare)
    assert agency.login("inspektorat-pali").status_code == 303
    (mine,) = [r["id"] for r in agency.get("/api/v1/cases").json()["rows"]]
    assert agency.get(f"/cases/{mine}/evidence.zip").status_code == 400  # own case: not available here
    theirs = "JN-2024-000004"
    assert web_nip(scanned, theirs) == TEACHER
    assert agency.get(f"/cases/{theirs}/evidence.zip").status_code == 404
    assert agency.get(f"/api/v1/cases/{theirs}/evidence.zip").status_code == 404


def web_nip(store: Store, case_id: str) -> str | None:
    with store.engine.connect() as conn:
        return conn.execute(select(ct.cases.c.nip).where(ct.cases.c.id == case_id)).scalar_one()


def test_dashboard_chart_bars_link_to_their_filter(web: Login, scanned: Store) -> None:
    _open_all(web)
    r = _file_report(web(None), "Camat mengajak warga memilih calon nomor 2", where="Desa Suka & Maju")
    assert r.status_code == 200
    boss = web("pimpinan")
    page = boss.get("/").text
    assert '<span class="num">10</span>' in page
    links = re.findall(r'<a href="(/cases\?(?:wilayah|instansi|code)=[^"]+)"', page)
    assert "/cases?wilayah=Desa%20Suka%20%26%20Maju" in links
    assert "/cases?wilayah=16.12" in links  # the map's tile of Kabupaten PALI
    assert not [link for link in links if "%E2%80%94" in link]  # "—" (not recorded) is no filter
    for link in links:  # every bar and tile leads to the cases it counts
        assert CASE_ID.search(boss.get(link).text), link
