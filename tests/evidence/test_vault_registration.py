"""Scan and ingest register every stored item in the vault, with its custody entry, all or nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import post_line, scan_lines
from sqlalchemy import select

from jaganetral.errors import InvalidInput, StoreError
from jaganetral.evidence.custody import iter_entries
from jaganetral.evidence.vault import item_rows, register_files
from jaganetral.evidence.verify import verify_store
from jaganetral.pipeline import ingest
from jaganetral.store.evidence_tables import evidence_items
from jaganetral.store.repository import Store


def _items(store: Store) -> dict[str, dict[str, object]]:
    with store.engine.connect() as conn:
        return {r.sha256: r._asdict() for r in conn.execute(select(evidence_items))}


def test_scan_registers_input_files_and_finding_records(store: Store, tmp_path: Path) -> None:
    report = scan_lines(store, tmp_path, [post_line(1, "https://facebook.com/p/1"), post_line(2)])
    assert len(report.findings) == 2
    items = _items(store)
    f = report.findings[0]
    assert f.evidence_sha256 in items
    record = items[f.evidence_sha256]
    assert (record["kind"], record["media_type"], record["url"]) == ("record", "application/json", f.url)
    assert record["meta"]["activity_key"] == "facebook:p-1"  # type: ignore[index]
    assert json.loads(store.blobs.path(f.evidence_sha256).read_bytes())["id"] == "p-1"
    input_sha = hashlib.sha256((tmp_path / "posts.jsonl").read_bytes()).hexdigest()
    assert items[input_sha]["kind"] == "input_file" and items[input_sha]["meta"] == {
        "format": "canonical_jsonl"
    }
    assert str(items[input_sha]["captured_by"]).endswith("(jaganetral scan)")
    with store.engine.connect() as conn:
        entries = list(iter_entries(conn))
    assert [e.event for e in entries] == ["captured"] * 3 + ["judged"] * 2  # each finding as judged
    assert {e.finding_id for e in entries if e.item_sha256 == f.evidence_sha256} == {f.finding_id}
    # The findings file carries the same evidence_sha256 (contract.md).
    lines = [json.loads(x) for x in (tmp_path / "posts.jsonl.findings.jsonl").read_text().splitlines()]
    assert {d["evidence_sha256"] for d in lines} <= set(items)
    assert verify_store(store).ok

    # The same input again stores and logs nothing new.
    scan_lines(store, tmp_path, [post_line(1, "https://facebook.com/p/1"), post_line(2)])
    assert store.count("custody") == 5 and store.count("evidence_items") == 3


def test_ingest_registers_and_a_failed_run_leaves_no_item(store: Store, tmp_path: Path) -> None:
    good = tmp_path / "1good.jsonl"
    good.write_text(post_line(1) + "\n")
    bad = tmp_path / "2bad.jsonl"
    bad.write_bytes(b"\xff\xfe{\x00}\x00")
    with pytest.raises(InvalidInput):
        ingest([good, bad], store=store)
    assert store.count("evidence_items") == 0 and store.count("custody") == 0
    # keep_going: the unreadable file is skipped, and so is its vault registration.
    ingest([good, bad], store=store, keep_going=True)
    assert list(_items(store)) == [hashlib.sha256(good.read_bytes()).hexdigest()]
    assert store.count("custody") == 1
    assert verify_store(store).ok


def test_items_stored_before_the_vault_are_counted_not_failed(store: Store, tmp_path: Path) -> None:
    store.blobs.put_bytes(b"an old blob from before revision 0004")
    rep = verify_store(store)
    assert rep.ok and rep.unregistered == 1


def test_register_files_written_by_other_means(store: Store) -> None:
    """The web app's uploads: blobs already on disk enter the vault only if they hash to their name."""
    sha, _ = store.blobs.put_bytes(b"\x89PNG tangkapan layar laporan masyarakat")
    assert register_files(store, [sha], kind="screenshot", actor="publik", case_id="K-1") == [sha]
    assert register_files(store, [sha], kind="screenshot", actor="x") == []
    with store.engine.connect() as conn:
        assert item_rows(conn, [sha])[sha]["media_type"] == "image/png"
    with pytest.raises(StoreError, match="no such file"):
        register_files(store, ["0" * 64], kind="media", media_type="image/png", actor="x")
    assert verify_store(store).ok
