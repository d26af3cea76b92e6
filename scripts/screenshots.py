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

        def snap(page: Any, name: str) -> None:
            page.wait_for_load_state("networkidle")
            path = out / f"{name}.png"
            page.screenshot(path=str(path))
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
