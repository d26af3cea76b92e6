"""Capture a post from a local server, then watch it disappear: the deletion is recorded and shown."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from conftest import LocalWeb, Route, post_line, scan_lines
from sqlalchemy import select
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from jaganetral.cli import app
from jaganetral.evidence.capture import CaptureError, capture_url, fetch, make_client
from jaganetral.evidence.custody import iter_entries
from jaganetral.evidence.recheck import loop, parse_every, recheck
from jaganetral.evidence.status import finding_online, item_status
from jaganetral.evidence.verify import verify_store
from jaganetral.settings import Settings
from jaganetral.store import tables as t
from jaganetral.store.repository import Store


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client(timeout=5) as c:
        yield c


def _doc(store: Store, finding_id: str) -> dict[str, object]:
    with store.engine.connect() as conn:
        doc = conn.execute(select(t.findings.c.doc).where(t.findings.c.finding_id == finding_id)).scalar_one()
    return dict(doc)


def _events(store: Store) -> list[tuple[str, dict[str, object]]]:
    with store.engine.connect() as conn:
        return [(e.event, e.detail) for e in iter_entries(conn)]


def test_a_post_deleted_after_capture_is_recorded_and_shown(
    store: Store, tmp_path: Path, web: LocalWeb, client: httpx.Client
) -> None:
    posted = datetime.now(UTC) - timedelta(hours=3, minutes=10)
    url = web.url("/posts/1")
    web.page("/posts/1", "Ayo dukung Bang Rahmat jadi walikota!")
    line = post_line(1, url, created=posted.isoformat())
    finding = scan_lines(store, tmp_path, [line]).findings[0]

    res = capture_url(
        store,
        client,
        url,
        actor="patroli",
        finding_id=finding.finding_id,
        posted_at=posted,
        allow_private=True,
    )
    assert (res.error, res.http_status, res.state) == (None, 200, "ok")
    warc = store.blobs.path(str(res.warc_sha256)).read_bytes()
    records = {
        r.rec_type: (r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
        for r in ArchiveIterator(io.BytesIO(warc))
    }
    assert records["response"][0] == url and b"Bang Rahmat" in records["response"][1]
    assert "request" in records and "warcinfo" in records

    # Unchanged: a visit that finds it in place changes nothing.
    assert [o.result for o in recheck(store, client, actor="cron", allow_private=True)] == ["ok"]

    # "salah upload, sudah dihapus": the platform now answers 404.
    web.routes["/posts/1"] = Route(404, b"<html><body>Halaman tidak ditemukan</body></html>")
    (out,) = recheck(store, client, actor="cron", allow_private=True)
    assert (out.result, out.previous, out.state, out.event, out.http_status) == (
        "deleted",
        "ok",
        "deleted",
        "deleted_online",
        404,
    )
    events = _events(store)
    deleted = [d for e, d in events if e == "deleted_online"]
    assert len(deleted) == 1 and deleted[0]["http_status"] == 404
    noticed = datetime.fromisoformat(str(deleted[0]["noticed_at"]).replace("Z", "+00:00"))
    assert abs((noticed - datetime.now(UTC)).total_seconds()) < 60
    assert 3.1 < float(deleted[0]["hours_after_posting"]) < 3.3  # type: ignore[arg-type]

    # The finding shows it, in its document and its explanation.
    doc = _doc(store, finding.finding_id)
    assert doc["online_deleted_noticed_at"] == deleted[0]["noticed_at"]
    assert doc["online"]["state"] == "deleted"  # type: ignore[index]
    lines = [x for x in doc["explanation"] if str(x).startswith("Dihapus dari platform")]  # type: ignore[attr-defined]
    assert len(lines) == 1 and "diketahui 3 jam setelah diunggah" in lines[0]
    with store.engine.connect() as conn:
        st = finding_online(conn, [finding.finding_id])[finding.finding_id]
    assert st.state == "deleted" and st.deleted_noticed_at is not None

    # A later scan of the same input keeps the deletion on the finding (store and findings file).
    again = scan_lines(store, tmp_path, [line])
    assert any(x.startswith("Dihapus dari platform") for x in again.findings[0].explanation)
    written = json.loads((tmp_path / "posts.jsonl.findings.jsonl").read_text().splitlines()[0])
    assert written["online"]["state"] == "deleted"
    assert _doc(store, finding.finding_id)["online_deleted_noticed_at"] == deleted[0]["noticed_at"]

    # Still deleted on the next visit: no second deletion event.
    recheck(store, client, actor="cron", allow_private=True)
    assert [e for e, _ in _events(store)].count("deleted_online") == 1

    status = item_status(store, [str(res.warc_sha256), str(finding.evidence_sha256)])
    assert all(s.intact for s in status.values())
    assert status[str(res.warc_sha256)].online is not None
    assert "Dihapus dari platform" in str(status[str(res.warc_sha256)].to_dict()["online_text"])
    assert verify_store(store).ok


def test_changed_then_restored_and_unreachable(store: Store, web: LocalWeb, client: httpx.Client) -> None:
    url = web.url("/p/2")
    web.page("/p/2", "versi pertama")
    res = capture_url(store, client, url, actor="patroli", allow_private=True)
    assert res.state == "ok" and res.finding_id is None
    web.page("/p/2", "versi yang sudah diubah")
    assert recheck(store, client, actor="cron", allow_private=True)[0].event == "changed_online"
    web.routes["/p/2"] = Route(503, b"busy")
    (o,) = recheck(store, client, actor="cron", allow_private=True)
    assert (o.result, o.state, o.event) == ("unreachable", "changed", None)
    web.page("/p/2", "versi pertama")
    assert recheck(store, client, actor="cron", allow_private=True)[0].event == "restored_online"
    # A platform page saying the content is gone counts as deleted even with HTTP 200.
    web.page("/p/2", "Konten Ini Tidak Tersedia Saat Ini")
    assert recheck(store, client, actor="cron", allow_private=True)[0].event == "deleted_online"
    kinds = [e for e, _ in _events(store)]
    assert kinds.count("rechecked_online") == 4
    # Every state change stored what the platform answered (initial capture + 3 changes).
    assert store.count("evidence_items") == 4
    assert verify_store(store).ok


def test_due_only_visits_old_checks(store: Store, web: LocalWeb, client: httpx.Client) -> None:
    web.page("/p/3", "x")
    capture_url(store, client, web.url("/p/3"), actor="p", allow_private=True)
    assert recheck(store, client, actor="c", every=timedelta(hours=6), allow_private=True) == []
    later = datetime.now(UTC) + timedelta(hours=7)
    assert (
        len(
            recheck(store, client, actor="c", every=timedelta(hours=6), allow_private=True, now=lambda: later)
        )
        == 1
    )
    assert parse_every("6h") == timedelta(hours=6)


def test_failures_are_recorded_never_raised(store: Store, web: LocalWeb, client: httpx.Client) -> None:
    # Private addresses are refused unless allowed (a finding's URL must not probe the intranet).
    r1 = capture_url(store, client, web.url("/p/4"), actor="p")
    assert r1.error is not None and "private or local address" in r1.error
    r2 = capture_url(store, client, "http://127.0.0.1:9/nothing", actor="p", allow_private=True)
    assert r2.error is not None and "ConnectError" in r2.error
    r3 = capture_url(store, client, "ftp://example.org/x", actor="p")
    assert r3.error is not None and "only http and https" in r3.error
    assert [e for e, _ in _events(store)] == ["capture_failed"] * 3
    assert store.count("evidence_items") == 0


def test_redirects_stay_on_site_and_bodies_are_bounded(web: LocalWeb, client: httpx.Client) -> None:
    web.routes["/short"] = Route(302, b"", headers={"Location": "/long"})
    web.page("/long", "x" * 5000)
    got = fetch(client, web.url("/short"), allow_private=True, max_bytes=1000)
    assert [h.status for h in got.hops] == [302, 200]
    assert got.final.truncated and len(got.final.body) == 1000
    web.routes["/away"] = Route(302, b"", headers={"Location": "https://login.example.org/"})
    assert [h.status for h in fetch(client, web.url("/away"), allow_private=True).hops] == [302]
    with pytest.raises(CaptureError):
        fetch(client, "http://127.0.0.1:9/", allow_private=True)


def test_cli_capture_and_recheck(tmp_path: Path, web: LocalWeb) -> None:
    data = tmp_path / "data"
    store = Store.open(Settings(data, None))
    finding = scan_lines(store, tmp_path, [post_line(5, web.url("/p/5"))]).findings[0]
    store.close()
    web.page("/p/5", "Ayo dukung Bang Rahmat")
    runner = CliRunner()
    args = ["--data", str(data), "--allow-private-hosts", "--actor", "patroli siber"]
    r = runner.invoke(app, ["evidence", "capture", "--all-findings", *args])
    assert r.exit_code == 0, r.output
    assert "1 captured, 0 failed" in r.output
    web.routes["/p/5"] = Route(410, b"gone")
    r = runner.invoke(app, ["evidence", "recheck", "--once", *args])
    assert r.exit_code == 0, r.output
    assert "deleted_online" in r.output and "1 deleted" in r.output
    store = Store.open(Settings(data, None))
    try:
        doc = _doc(store, finding.finding_id)
        assert doc["online"]["state"] == "deleted"  # type: ignore[index]
    finally:
        store.close()
    r = runner.invoke(app, ["evidence", "recheck", "--loop", "--data", str(data)])
    assert r.exit_code == 1 and "--every" in r.output
    r = runner.invoke(app, ["evidence", "verify", "--data", str(data)])
    assert r.exit_code == 0, r.output


def test_loop_sleeps_until_the_next_url_is_due(store: Store, web: LocalWeb, client: httpx.Client) -> None:
    web.page("/p/6", "x")
    capture_url(store, client, web.url("/p/6"), actor="p", allow_private=True)
    slept: list[float] = []
    passes: list[int] = []
    loop(
        store,
        client,
        actor="c",
        every=timedelta(hours=6),
        allow_private=True,
        sleep=slept.append,
        passes=2,
        before_pass=lambda: passes.append(1),
    )
    assert len(passes) == 2 and len(slept) == 1
    assert 6 * 3600 - 60 < slept[0] <= 6 * 3600
