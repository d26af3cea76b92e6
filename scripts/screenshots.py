"""Screenshots of the workbench's main pages for docs/web.md (PNG, 1280×900).

Builds the demo workbench in a temporary folder (the sample workspace scanned, the demo users, cases at
several stages, a public report: what ``jaganetral demo`` leaves), serves it with uvicorn on 127.0.0.1
and photographs it with Debian's Chromium through Playwright (never ``playwright install``).

    .venv/bin/python scripts/screenshots.py                 # writes docs/screenshots/*.png
    .venv/bin/python scripts/screenshots.py --out /tmp/shots --chromium /usr/bin/chromium
"""

from __future__ import annotations

import argparse
import re
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SELF_CHECK_TEXT = "Ayo bapak ibu dukung Bang Rahmat jadi walikota Lubuklinggau! #RahmatLestariMenang"


def demo_store(data: Path) -> Any:
    """A store with the samples scanned and the demo prepared (users, cases, a public report)."""
    from jaganetral.attribute.index import build_index
    from jaganetral.commands.web import prepare_demo
    from jaganetral.judge.analysis import Analyzer
    from jaganetral.model.election import load_election
    from jaganetral.model.registry import iter_institutions, iter_registry_rows
    from jaganetral.pipeline import expand_inputs, scan
    from jaganetral.settings import Settings
    from jaganetral.store.repository import Store

    store = Store.open(Settings(data_dir=data, db_url=None))
    index = build_index(iter_registry_rows(SAMPLES / "asn.csv"), iter_institutions(SAMPLES / "accounts.csv"))
    analyzer = Analyzer([load_election(p) for p in sorted(SAMPLES.glob("election*.yaml"))], index)
    scan(expand_inputs([SAMPLES / "inputs"]), analyzer=analyzer, store=store, out=None)
    for line in prepare_demo(store, SAMPLES):
        print(line, file=sys.stderr)
    return store


def serve(app: Any) -> tuple[str, Any, threading.Thread]:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", ws="none")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.05)
    return base, server, thread


def shoot(base: str, out: Path, chromium: str, store: Any) -> list[Path]:
    from playwright.sync_api import sync_playwright
    from sqlalchemy import select

    from jaganetral.commands.web import DEMO_PASSWORD
    from jaganetral.store import case_tables as ct

    with store.engine.connect() as conn:
        code = conn.execute(select(ct.public_reports.c.tracking_code)).scalars().first()
        # the case furthest along the procedure that has a running deadline, for the case page
        order = ["klarifikasi", "diregistrasi", "kajian_awal", "temuan", "informasi_awal"]
        rows = conn.execute(select(ct.cases.c.id, ct.cases.c.state).where(ct.cases.c.nip.is_not(None))).all()
        case_id = min(rows, key=lambda r: (order.index(r.state) if r.state in order else 99, r.id)).id
    saved: list[Path] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        viewport = {"width": 1280, "height": 900}
        locale = "id-ID"  # dates in the browser's own widgets, as an Indonesian user sees them

        def snap(page: Any, name: str, full: bool = False) -> None:
            page.wait_for_load_state("networkidle")
            path = out / f"{name}.png"
            page.screenshot(path=str(path), full_page=full)
            saved.append(path)

        staff = browser.new_context(viewport=viewport, locale=locale).new_page()
        staff.goto(base + "/login")
        staff.get_by_label("Nama pengguna").fill("analis")
        staff.get_by_label("Kata sandi").fill(DEMO_PASSWORD)
        staff.get_by_role("button", name="Masuk").click()
        staff.wait_for_url(base + "/")
        snap(staff, "dashboard")
        staff.goto(base + "/inbox")
        snap(staff, "inbox")
        staff.goto(base + "/cases")
        snap(staff, "cases")
        staff.goto(f"{base}/cases/{case_id}")
        snap(staff, "case")
        staff.context.close()

        more_pages(browser, base, store, case_id, snap, viewport, locale)

        public = browser.new_context(viewport=viewport, locale=locale).new_page()
        public.goto(base + "/lapor")
        snap(public, "lapor")
        public.goto(base + "/cek")
        public.get_by_label("Teks unggahan atau komentar").fill(SELF_CHECK_TEXT)
        public.get_by_label("Tanggal").fill("2024-10-01")
        public.get_by_role("button", name="Periksa").click()
        public.locator("#selfcheck-result").wait_for()
        snap(public, "cek")
        public.goto(f"{base}/lapor/status?code={code}")
        snap(public, "lapor-status")
        browser.close()
    return saved


def _login(browser: Any, base: str, user: str, viewport: dict[str, int], locale: str) -> Any:
    from jaganetral.cases.totp import totp
    from jaganetral.commands.web import DEMO_PASSWORD, DEMO_TOTP

    page = browser.new_context(viewport=viewport, locale=locale).new_page()
    page.goto(base + "/login")
    page.get_by_label("Nama pengguna").fill(user)
    page.get_by_label("Kata sandi").fill(DEMO_PASSWORD)
    if user in ("admin", "pimpinan", "pimpinan2"):
        page.get_by_label("Kode autentikator").fill(totp(DEMO_TOTP))
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(base + "/")
    return page


def more_pages(
    browser: Any, base: str, store: Any, case_id: str, snap: Any, viewport: dict[str, int], locale: str
) -> None:
    """The pages of issue 15: viewer, queues, notices, bulk triage, audit, users, TOTP, API docs;
    the case list and a case at 390 px, and the case page as printed."""
    from sqlalchemy import select

    from jaganetral.cases.access import add_user
    from jaganetral.commands.web import DEMO_PASSWORD
    from jaganetral.store import case_tables as ct

    with store.engine.connect() as conn:
        forwarded = conn.execute(select(ct.cases.c.id).where(ct.cases.c.state == "diteruskan")).scalar()
    boss = _login(browser, base, "pemeriksa", viewport, locale)
    boss.goto(f"{base}/cases/{case_id}")
    boss.locator("details.assign summary").click()
    boss.get_by_label("Petugas").select_option("analis")
    boss.get_by_label("Tim", exact=True).fill("Tim Patroli Siber")
    boss.get_by_role("button", name="Simpan penugasan").click()
    boss.wait_for_load_state()
    boss.context.close()

    staff = _login(browser, base, "analis", viewport, locale)
    staff.goto(f"{base}/cases/{case_id}#evidence")
    staff.locator("section.evidence").scroll_into_view_if_needed()
    snap_full(staff, snap, "case-evidence")
    staff.goto(base + "/notifications")
    snap(staff, "notifications")
    staff.goto(base + "/cases?mine=1")
    snap(staff, "cases-mine")
    staff.goto(base + "/inbox?status=alert")
    staff.get_by_label("Pilih semua di halaman ini").check()
    staff.get_by_label("Alasan mengesampingkan").fill("hanya ditandai orang lain")
    snap(staff, "inbox-bulk")
    staff.get_by_role("button", name="Kesampingkan terpilih").click()
    staff.wait_for_load_state()
    snap(staff, "dismissed")
    staff.context.close()

    admin = _login(browser, base, "admin", viewport, locale)
    admin.goto(base + "/audit")
    snap(admin, "audit")
    admin.goto(base + "/admin/users")
    snap(admin, "users")
    admin.goto(base + "/admin/webhooks")
    snap(admin, "webhooks")
    admin.goto(base + "/docs")
    admin.locator(".swagger-ui .info").wait_for()
    snap(admin, "api-docs")
    admin.goto(base + "/redoc")
    admin.locator("#redoc h1").first.wait_for()
    snap(admin, "api-redoc")
    admin.context.close()

    add_user(store.engine, "ketua", "Ketua Baru", "pimpinan", DEMO_PASSWORD)
    newcomer = browser.new_context(viewport=viewport, locale=locale).new_page()
    newcomer.goto(base + "/login")
    newcomer.get_by_label("Nama pengguna").fill("ketua")
    newcomer.get_by_label("Kata sandi").fill(DEMO_PASSWORD)
    newcomer.get_by_role("button", name="Masuk").click()
    newcomer.wait_for_url(base + "/account/totp")
    snap(newcomer, "totp")
    newcomer.context.close()

    if forwarded:
        agency = _login(browser, base, "inspektorat-pali", viewport, locale)
        agency.goto(f"{base}/cases/{forwarded}")
        snap(agency, "case-agency")
        agency.context.close()

    phone = {"width": 390, "height": 844}
    mobile = _login(browser, base, "analis", phone, locale)
    for url, name in (
        ("/cases", "mobile-cases"),
        (f"/cases/{case_id}", "mobile-case"),
        ("/inbox", "mobile-inbox"),
        ("/", "mobile-dashboard"),
    ):
        mobile.goto(base + url)
        width = mobile.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{url} is {width} px wide at 390 px"
        snap_full(mobile, snap, name)
    mobile.context.close()

    paper = _login(browser, base, "analis", viewport, locale)
    paper.emulate_media(media="print")
    paper.goto(f"{base}/cases/{case_id}")
    snap_full(paper, snap, "case-print")
    paper.context.close()


def snap_full(page: Any, snap: Any, name: str) -> None:
    """A full-page screenshot (long pages: the viewer, phones, print)."""
    page.wait_for_load_state("networkidle")
    # from the top: a sticky table header would otherwise be drawn where the last scroll left it
    page.evaluate("window.scrollTo(0, 0)")
    snap(page, name, full=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args(argv)
    if not Path(args.chromium).exists():
        print(f"{args.chromium} not found (apt-get install chromium)", file=sys.stderr)
        return 1
    from jaganetral.commands.web import build_app

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jaganetral-shots-") as tmp:
        store = demo_store(Path(tmp) / "data")
        app = build_app(
            store, sorted(SAMPLES.glob("election*.yaml")), "Bawaslu Kota Lubuklinggau",
            asn=SAMPLES / "asn.csv", accounts=SAMPLES / "accounts.csv",
        )  # fmt: skip
        app.state.cfg.ocr = None  # the demo needs no tesseract
        base, server, thread = serve(app)
        try:
            saved = shoot(base, args.out, args.chromium, store)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            store.close()
    for path in saved:
        print(re.sub(r"^" + re.escape(str(ROOT)) + "/", "", str(path)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
