"""The workbench in a real browser: Debian's Chromium driven by Playwright against the real app served
by uvicorn on loopback, over a scanned store on SQLite and on PostgreSQL.

Never ``playwright install``: the tests use ``/usr/bin/chromium`` and skip loudly without it.
"""

from __future__ import annotations

import csv
import io
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webtools import (
    BROWSER_SKIPS,
    PALI_HEAD,
    PASSWORD,
    TEACHER,
    finding_ids_of,
    forward_case,
    make_app,
    pdf_flat,
    tiny_png,
    totp_code,
)

from jaganetral.store.repository import Store

pytestmark = pytest.mark.browser

#: Debian's Chromium; JAGANETRAL_CHROMIUM points elsewhere (another distribution's path)
CHROMIUM = Path(os.environ.get("JAGANETRAL_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000


def _skip(reason: str) -> None:
    BROWSER_SKIPS.append(f"browser tests SKIPPED: {reason}")
    pytest.skip(BROWSER_SKIPS[-1])


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module (each test opens its own contexts)."""
    if not CHROMIUM.exists():
        _skip(f"{CHROMIUM} not found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip("the playwright package is not installed (pip install -e '.[dev]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Served:
    """The app under uvicorn in a thread, on a free port of 127.0.0.1."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.app = app
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.base = f"http://127.0.0.1:{sock.getsockname()[1]}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", ws="none")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        self.sock = sock

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture
def served(scanned: Store, team: dict[str, Any]) -> Iterator[Served]:
    s = Served(make_app(scanned))
    yield s
    s.stop()


def _page(browser: Any, served: Served) -> Any:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    ctx.set_default_timeout(TIMEOUT_MS)
    page = ctx.new_page()
    # script errors and CSP refusals (reported on the console); HTTP answers are checked by the tests
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    page.js_errors = errors
    page.base = served.base
    return page


def _login(page: Any, username: str, goto: str) -> None:
    """Ask for ``goto``, get sent to the login page, sign in, land on ``goto``."""
    page.goto(page.base + goto)
    assert "/login?next=" in page.url
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(PASSWORD)
    if totp_code(username):
        page.get_by_label("Kode autentikator").fill(totp_code(username))
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(page.base + goto)


def _move(page: Any, to: str, reason: str, label: str, outcome: str | None = None) -> None:
    form = page.locator("form.move").filter(has=page.locator(f'input[name="to"][value="{to}"]'))
    if outcome:
        form.locator('select[name="outcome"]').select_option(outcome)
    form.locator('input[name="reason"]').fill(reason)
    form.get_by_role("button").click()
    page.wait_for_load_state()
    assert page.locator("#case-state").inner_text() == label
    assert page.get_by_role("status").inner_text() == "Status kasus diperbarui"


def test_walk_a_case_to_an_approved_recommendation_and_download_its_dossier(
    browser: Any, served: Served, scanned: Store
) -> None:
    boss = _page(browser, served)
    _login(boss, "pimpinan", "/inbox")
    (fid,) = finding_ids_of(scanned, PALI_HEAD)
    boss.get_by_label(fid).check()
    boss.get_by_role("button", name="Buka kasus dari temuan terpilih").click()
    boss.wait_for_url(re.compile(r"/cases/JN-\d{4}-\d{6}\?ok="))
    cid = re.search(r"JN-\d{4}-\d{6}", boss.url).group(0)  # type: ignore[union-attr]
    assert boss.locator("#case-state").inner_text() == "Informasi awal"
    assert f"NIP {PALI_HEAD}" in boss.locator("dl.facts").inner_text()

    for to, label in [
        ("temuan", "Temuan"),
        ("kajian_awal", "Kajian awal"),
        ("diregistrasi", "Diregistrasi"),
        ("klarifikasi", "Klarifikasi"),
        ("kajian", "Kajian"),
    ]:
        _move(boss, to, f"alasan: {label.lower()}", label)
    _move(boss, "putusan", "terbukti melanggar", "Putusan", outcome="pelanggaran_netralitas")

    boss.get_by_label("Rekomendasi (isi bagian Rekomendasi surat)").fill(
        "Merekomendasikan sanksi disiplin berat kepada yang bersangkutan."
    )
    boss.get_by_role("button", name="Simpan draf rekomendasi").click()
    boss.wait_for_load_state()
    assert "menunggu persetujuan pimpinan lain" in boss.locator("section.actions").inner_text()
    # four eyes: the drafter is not offered the approval (a forged POST is refused: test_web.py)
    assert boss.get_by_role("button", name="Setujui rekomendasi").count() == 0

    other = _page(browser, served)  # a second browser: its own cookies, its own session
    _login(other, "pimpinan2", f"/cases/{cid}")
    other.get_by_role("button", name="Setujui rekomendasi").click()
    other.wait_for_load_state()
    assert "Rekomendasi disetujui oleh pimpinan2" in other.locator("section.actions").inner_text()

    boss.goto(f"{served.base}/cases/{cid}")
    assert "Rekomendasi disetujui oleh pimpinan2" in boss.locator("section.actions").inner_text()
    _move(boss, "diteruskan", "rekomendasi dikirim ke BKN", "Diteruskan")
    with boss.expect_download() as dl:
        boss.get_by_role("link", name="Berkas PDF").click()
    download = dl.value
    assert download.suggested_filename == f"berkas-{cid}.pdf"
    pdf = Path(download.path()).read_bytes()
    assert pdf.startswith(b"%PDF-")
    text = pdf_flat(pdf)
    assert cid in text and PALI_HEAD in text
    assert not boss.js_errors and not other.js_errors
    boss.context.close()
    other.context.close()


def test_an_anonymous_visitor_files_a_report_and_tracks_it_by_its_code(
    browser: Any, served: Served, scanned: Store
) -> None:
    page = _page(browser, served)
    page.goto(served.base + "/lapor")
    page.get_by_label("Apa yang terjadi?").fill("Lurah mengajak warga di grup WhatsApp memilih calon nomor 1")
    page.get_by_label("Di mana? (kabupaten/kota, platform)").fill("Kota Lubuklinggau, WhatsApp")
    page.get_by_label("Tangkapan layar (PNG/JPEG, maks. 5 berkas, 10 MB)").set_input_files(
        [{"name": "grup.png", "mimeType": "image/png", "buffer": tiny_png()}]
    )
    page.get_by_label("Telepon atau e-mail").fill("pelapor@example.org")
    page.get_by_role("button", name="Kirim laporan").click()
    code = page.locator("#tracking-code").inner_text()
    assert re.fullmatch(r"LP-[A-Z2-9]{8}", code), code

    page.get_by_role("link", name="Lihat status laporan").click()
    status = page.locator("#report-status").inner_text()
    assert code in status and "Informasi awal" in status
    assert "pelapor@example.org" not in page.content()

    # later, from the tracking page, typing the code in by hand
    page.goto(served.base + "/lapor/status")
    page.get_by_label("Kode pelacakan").fill(code.lower())
    page.get_by_role("button", name="Lihat").click()
    assert "Informasi awal" in page.locator("#report-status").inner_text()
    page.get_by_label("Kode pelacakan").fill("LP-SALAH000")
    page.get_by_role("button", name="Lihat").click()
    assert page.get_by_role("alert").inner_text() == "Kode tidak ditemukan."
    assert scanned.count("public_reports") == 1
    assert not page.js_errors
    page.context.close()


def test_an_agency_user_typing_another_agencys_case_url_sees_not_found(
    browser: Any, served: Served, scanned: Store
) -> None:
    analis = _page(browser, served)
    _login(analis, "analis", "/inbox")
    analis.get_by_role("button", name="Buka kasus dari semua temuan").click()
    analis.wait_for_url(re.compile(r"/cases\?ok="))
    # live filtering (HTMX, under the CSP) and an export of what is filtered
    analis.get_by_placeholder("Cari nama, NIP, instansi, kode…").fill(TEACHER)
    from playwright.sync_api import expect

    expect(analis.locator("#case-rows tbody tr")).to_have_count(2)  # rows replaced, page kept
    theirs = sorted(re.findall(r"JN-\d{4}-\d{6}", analis.locator("#case-rows").inner_text()))
    assert len(theirs) == 2 and "q=" in analis.url  # the address follows the filter
    with analis.expect_download() as dl:
        analis.get_by_role("button", name="CSV").click()
    exported = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8-sig"))))
    assert sorted(r["id"] for r in exported) == theirs
    assert not analis.js_errors
    analis.context.close()
    # agencies see their units' cases once forwarded to BKN (workflow.yaml agency_view)
    from jaganetral.cases.access import get_user
    from jaganetral.cases.service import CaseFilter

    admin = get_user(scanned.engine, "admin")
    assert admin is not None
    for r in served.app.state.cases.list_cases(admin, CaseFilter(per_page=200)).rows:
        if r["nip"] in (PALI_HEAD, TEACHER):
            forward_case(served.app, r["id"])

    agency = _page(browser, served)
    _login(agency, "inspektorat-pali", "/cases")
    listed = re.findall(r"JN-\d{4}-\d{6}", agency.locator("#case-rows").inner_text())
    assert len(listed) == 1 and listed[0] not in theirs
    for cid in theirs:
        response = agency.goto(f"{served.base}/cases/{cid}")
        assert response is not None and response.status == 404
        assert agency.get_by_role("heading", level=1).inner_text() == "Tidak dapat diproses"
        assert agency.get_by_role("alert").inner_text() == f"kasus {cid} tidak ditemukan"
        assert TEACHER not in agency.content()
    response = agency.goto(f"{served.base}/cases/{listed[0]}")
    assert response is not None and response.status == 200
    assert agency.locator("#case-state").is_visible()
    agency.context.close()


def test_a_citizens_report_with_a_screenshot_becomes_a_judged_pilkada_case_that_exports(
    browser: Any, served: Served, scanned: Store, tmp_path: Path
) -> None:
    from jaganetral.evidence.keys import load_or_create
    from jaganetral.evidence.package import check_package

    citizen = _page(browser, served)
    citizen.goto(served.base + "/lapor")
    citizen.get_by_label("Apa yang terjadi?").fill("Guru PPPK mengajak memilih paslon nomor 2 di Facebook")
    citizen.get_by_label("Di mana? (kabupaten/kota, platform)").fill("Kota Lubuklinggau")
    citizen.get_by_label("Tangkapan layar (PNG/JPEG, maks. 5 berkas, 10 MB)").set_input_files(
        [{"name": "bukti.png", "mimeType": "image/png", "buffer": tiny_png()}]
    )
    citizen.get_by_role("button", name="Kirim laporan").click()
    code = citizen.locator("#tracking-code").inner_text()
    citizen.context.close()

    staff = _page(browser, served)
    _login(staff, "analis", "/cases")
    staff.get_by_placeholder("Cari nama, NIP, instansi, kode…").fill(code)
    from playwright.sync_api import expect

    expect(staff.locator("#case-rows tbody tr")).to_have_count(1)  # found by its tracking code
    staff.locator("#case-rows tbody a").first.click()
    staff.wait_for_load_state()
    cid = re.search(r"JN-\d{4}-\d{6}", staff.url).group(0)  # type: ignore[union-attr]
    assert "Pilkada" in staff.locator("dl.facts").inner_text()  # the server's election and its clock
    staff.get_by_label("Cari di registri ASN").fill("Rina")
    staff.get_by_role("button", name="Cari", exact=True).click()
    staff.wait_for_load_state()
    assert TEACHER in staff.locator("ul.hits").inner_text()
    staff.get_by_label("NIP terlapor").fill(TEACHER)
    staff.get_by_label("Tanggal dan jam kejadian (waktu setempat)").fill("2024-10-05T10:00")
    staff.get_by_role("button", name="Simpan data terlapor").click()
    staff.wait_for_load_state()
    assert "laporan dinilai dan temuan ditambahkan" in staff.get_by_role("status").inner_text()
    assert "Rina Marlina" in staff.locator("#subject").inner_text()
    assert "5 Oktober 2024 10.00 WIB" in staff.locator("#event-date").inner_text()
    assert staff.locator("article.finding .badge.violation").count() >= 1  # the finding appears
    _move(staff, "laporan", "laporan memenuhi syarat", "Laporan")
    _move(staff, "kajian_awal", "kajian awal", "Kajian awal")
    staff.context.close()
    checker = _page(browser, served)
    _login(checker, "pemeriksa", f"/cases/{cid}")
    _move(checker, "diregistrasi", "memenuhi syarat formal dan materiel", "Diregistrasi")
    assert "Pasal 134" in checker.locator(".due").inner_text()  # the Pilkada decision clock
    with checker.expect_download() as dl:
        checker.get_by_role("link", name="Paket bukti").click()
    pkg = tmp_path / "bukti.zip"
    pkg.write_bytes(Path(dl.value.path()).read_bytes())
    assert check_package(pkg, trusted_key=load_or_create(scanned.data_dir).public_key()).ok
    assert not checker.js_errors
    checker.context.close()
