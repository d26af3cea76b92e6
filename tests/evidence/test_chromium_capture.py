"""Screenshot and PDF of a captured page by headless Chromium (skipped loudly without Chromium)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from conftest import LocalWeb
from sqlalchemy import select

from jaganetral.evidence.capture import CaptureError, capture_url, chromium_available, make_client
from jaganetral.evidence.verify import verify_store
from jaganetral.settings import Settings
from jaganetral.store.evidence_tables import evidence_items
from jaganetral.store.repository import Store


def test_screenshot_and_pdf_enter_the_vault(tmp_path: Path, web: LocalWeb) -> None:
    if not chromium_available():
        pytest.skip("Chromium NOT INSTALLED: screenshot/PDF capture test SKIPPED (make sysdeps)")
    web.page("/p/9", "Ayo dukung nomor 1")
    store = Store.open(Settings(tmp_path / "data", None))
    try:
        with make_client(timeout=5) as client:
            res = capture_url(
                store, client, web.url("/p/9"), actor="patroli", screenshot=True, pdf=True, allow_private=True
            )
        assert res.error is None and not res.warnings, res.warnings
        assert store.blobs.path(str(res.screenshot_sha256)).read_bytes().startswith(b"\x89PNG")
        assert store.blobs.path(str(res.pdf_sha256)).read_bytes().startswith(b"%PDF")
        with store.engine.connect() as conn:
            kinds = sorted(r.kind for r in conn.execute(select(evidence_items.c.kind)))
        assert kinds == ["page_warc", "pdf", "screenshot"]
        assert verify_store(store).ok
    finally:
        store.close()


def test_a_failed_render_keeps_the_warc_and_logs_the_failure(tmp_path: Path, web: LocalWeb) -> None:
    def broken(url: str, what: str) -> bytes:
        raise CaptureError(f"{url}: chromium is not installed; no {what} taken")

    web.page("/p/10", "x")
    store = Store.open(Settings(tmp_path / "data", None))
    try:
        with httpx.Client() as client:
            res = capture_url(
                store,
                client,
                web.url("/p/10"),
                actor="p",
                screenshot=True,
                allow_private=True,
                renderer=broken,
            )
        assert res.warc_sha256 is not None and res.screenshot_sha256 is None
        assert res.warnings and "no screenshot taken" in res.warnings[0]
        assert store.count("evidence_items") == 1
        with store.engine.connect() as conn:
            from jaganetral.evidence.custody import iter_entries

            assert [e.event for e in iter_entries(conn)] == ["captured", "capture_failed"]
    finally:
        store.close()
