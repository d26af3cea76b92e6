"""The vault and the custody chain: any altered byte, entry, order or metadata is found and named.

Every property runs on SQLite and on PostgreSQL (the ``store`` fixture). Each example tampers
with the store, checks that ``verify`` fails naming the right thing, and puts it back — after
which the store must pass again (an untouched store always passes).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update

from jaganetral.errors import InvalidData, StoreError
from jaganetral.evidence.custody import GENESIS, NewEvent, append, iter_entries, record_event
from jaganetral.evidence.vault import register_pending
from jaganetral.evidence.verify import verify_store
from jaganetral.store.evidence_tables import custody, custody_head, evidence_items
from jaganetral.store.repository import Store

TAMPER = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

ITEMS = [
    (b'{"id":"a-1","text":"dukung nomor 1"}', "record", "application/json"),
    (b"\x89PNG\r\n\x1a\nfake screenshot bytes", "screenshot", "image/png"),
    (b"WARC/1.1\r\nsome captured page", "page_warc", "application/warc"),
    (b"teks hasil OCR: coblos nomor 2", "ocr_text", "text/plain"),
]


def fill(store: Store) -> list[str]:
    """Four items (four "captured" entries) and three more events on them."""
    with store.batch() as b:
        shas = [
            b.put_bytes(data, kind=kind, media_type=mt, url=f"https://example.org/{i}", finding_id=f"f-{i}")
            for i, (data, kind, mt) in enumerate(ITEMS)
        ]
        register_pending(b, actor="tester@host (test)")
    record_event(store, "viewed", actor="analis1", item=shas[0], finding_id="f-0")
    record_event(store, "attached_to_case", actor="analis1", item=shas[1], case_id="K-2024-0001")
    record_event(store, "note", actor="pemeriksa", detail={"text": "diperiksa", "n": [1, 2.5, None]})
    return shas


@pytest.fixture
def filled(store: Store) -> tuple[Store, list[str]]:
    return store, fill(store)


def first_problem(store: Store) -> str:
    rep = verify_store(store)
    assert not rep.ok, "verify passed on a tampered store"
    return str(rep.problems[0])


def test_untouched_store_passes(filled: tuple[Store, list[str]]) -> None:
    store, shas = filled
    rep = verify_store(store)
    assert rep.ok, rep.problems
    assert (rep.items, rep.entries) == (4, 7)
    assert rep.head is not None and rep.head[0] == 7
    with store.engine.connect() as conn:
        entries = list(iter_entries(conn))
    assert entries[0].prev_hash == GENESIS
    assert [e.event for e in entries] == ["captured"] * 4 + ["viewed", "attached_to_case", "note"]
    assert {e.item_sha256 for e in entries[:4]} == set(shas)


@contextmanager
def writable(path: Path) -> Iterator[None]:
    os.chmod(path, 0o644)
    try:
        yield
    finally:
        os.chmod(path, 0o444)


@TAMPER
@given(data=st.data())
def test_any_changed_byte_of_any_item_is_named(filled: tuple[Store, list[str]], data: st.DataObject) -> None:
    store, shas = filled
    sha = data.draw(st.sampled_from(shas), label="item")
    path = store.blobs.path(sha)
    original = path.read_bytes()
    pos = data.draw(st.integers(0, len(original) - 1), label="byte")
    flip = data.draw(st.integers(1, 255), label="xor")
    changed = bytearray(original)
    changed[pos] ^= flip
    with writable(path):
        path.write_bytes(bytes(changed))
    try:
        assert first_problem(store) == f"item {sha}: content hash mismatch (the stored file was altered)"
    finally:
        with writable(path):
            path.write_bytes(original)
    assert verify_store(store).ok


def test_missing_item_file_and_missing_row_are_named(filled: tuple[Store, list[str]]) -> None:
    store, shas = filled
    path = store.blobs.path(shas[2])
    original = path.read_bytes()
    path.unlink()
    assert first_problem(store).startswith(f"item {shas[2]}: file ") and "missing" in first_problem(store)
    path.write_bytes(original)
    with store.engine.begin() as conn:
        row = conn.execute(select(evidence_items).where(evidence_items.c.sha256 == shas[1])).one()._asdict()
        conn.execute(delete(evidence_items).where(evidence_items.c.sha256 == shas[1]))
    assert first_problem(store) == f"item {shas[1]}: named by custody entry 2 but missing from the vault"
    with store.engine.begin() as conn:
        conn.execute(insert(evidence_items).values(**row))
    assert verify_store(store).ok


@TAMPER
@given(data=st.data())
def test_edited_item_metadata_is_named(filled: tuple[Store, list[str]], data: st.DataObject) -> None:
    store, shas = filled
    sha = data.draw(st.sampled_from(shas), label="item")
    col, value = data.draw(
        st.sampled_from(
            [
                ("url", "https://example.org/other"),
                ("source", "edited"),
                ("captured_by", "someone else"),
                ("kind", "media"),
                ("size", 1),
                ("meta", {"edited": True}),
            ]
        ),
        label="field",
    )
    with store.engine.begin() as conn:
        before = conn.execute(select(evidence_items.c[col]).where(evidence_items.c.sha256 == sha)).scalar()
        conn.execute(update(evidence_items).where(evidence_items.c.sha256 == sha).values({col: value}))
    try:
        problem = first_problem(store)
        assert problem.startswith(f"item {sha}: ")
        assert "metadata differs" in problem or "size" in problem
    finally:
        with store.engine.begin() as conn:
            conn.execute(update(evidence_items).where(evidence_items.c.sha256 == sha).values({col: before}))
    assert verify_store(store).ok


def _row(store: Store, seq: int) -> dict[str, Any]:
    with store.engine.connect() as conn:
        return dict(conn.execute(select(custody).where(custody.c.seq == seq)).one()._mapping)


def _put(store: Store, seq: int, row: dict[str, Any]) -> None:
    with store.engine.begin() as conn:
        conn.execute(
            update(custody).where(custody.c.seq == seq).values({k: v for k, v in row.items() if k != "seq"})
        )


EDITS: dict[str, Any] = {
    "event": "exported",
    "actor": "pemalsu",
    "item_sha256": "f" * 64,
    "finding_id": "f-palsu",
    "case_id": "K-PALSU",
    "detail": {"edited": 1},
    "prev_hash": "1" * 64,
    "entry_hash": "2" * 64,
}


@TAMPER
@given(data=st.data())
def test_any_edited_entry_is_named(filled: tuple[Store, list[str]], data: st.DataObject) -> None:
    store, _ = filled
    seq = data.draw(st.integers(1, 7), label="seq")
    col = data.draw(st.sampled_from([*EDITS, "at"]), label="field")
    rehash = data.draw(st.booleans(), label="recompute its hash too")
    original = _row(store, seq)
    edited = dict(original)
    edited[col] = original["at"].replace(year=2020) if col == "at" else EDITS[col]
    if edited[col] == original[col]:
        edited[col] = None
    if rehash and col != "entry_hash":
        # A forger who also recomputes the entry's own hash is caught by its signature (and by
        # the next entry's link, or for the last entry by the head row).
        from jaganetral.evidence.custody import entry_from_row

        with store.engine.begin() as conn:
            conn.execute(update(custody).where(custody.c.seq == seq).values({col: edited[col]}))
            e = entry_from_row(conn.execute(select(custody).where(custody.c.seq == seq)).one())
        edited["entry_hash"] = e.computed_hash()
    _put(store, seq, edited)
    try:
        problem = first_problem(store)
        if rehash and col not in ("entry_hash", "prev_hash"):
            # its own hash fits again, but its signature does not: only the private key could re-sign
            assert problem.startswith(f"custody entry {seq}: signature missing or wrong"), problem
        elif rehash and col == "prev_hash":
            assert problem.startswith(f"custody entry {seq}: link to entry {seq - 1} broken")
        else:
            assert problem == f"custody entry {seq}: hash does not match its content (edited or reordered)"
    finally:
        _put(store, seq, original)
    assert verify_store(store).ok


@TAMPER
@given(data=st.data())
def test_any_deleted_entry_is_named(filled: tuple[Store, list[str]], data: st.DataObject) -> None:
    store, _ = filled
    seq = data.draw(st.integers(1, 7), label="seq")
    original = _row(store, seq)
    with store.engine.begin() as conn:
        conn.execute(delete(custody).where(custody.c.seq == seq))
    try:
        problem = first_problem(store)
        if seq < 7:
            assert problem == f"custody entry {seq + 1}: entry {seq} missing (removed from the log)"
        else:
            assert problem.startswith(
                "custody head: says the chain ends at entry 7 but the log ends at entry 6"
            )
    finally:
        with store.engine.begin() as conn:
            conn.execute(insert(custody).values(**original))
    assert verify_store(store).ok


@TAMPER
@given(data=st.data())
def test_any_swapped_pair_of_entries_is_named(filled: tuple[Store, list[str]], data: st.DataObject) -> None:
    store, _ = filled
    i = data.draw(st.integers(1, 6), label="first")
    j = data.draw(st.integers(i + 1, 7), label="second")
    a, b = _row(store, i), _row(store, j)
    _put(store, i, b)
    _put(store, j, a)
    try:
        assert (
            first_problem(store)
            == f"custody entry {i}: hash does not match its content (edited or reordered)"
        )
    finally:
        _put(store, i, a)
        _put(store, j, b)
    assert verify_store(store).ok


def test_head_row_removed_is_named_and_blocks_appends(filled: tuple[Store, list[str]]) -> None:
    store, _ = filled
    with store.engine.begin() as conn:
        head = conn.execute(select(custody_head)).one()._asdict()
        conn.execute(delete(custody_head))
    assert first_problem(store) == "custody head: missing while the log has entries"
    with pytest.raises(StoreError, match="head is missing"):
        record_event(store, "viewed", actor="x")
    with store.engine.begin() as conn:
        conn.execute(insert(custody_head).values(**head))
    assert verify_store(store).ok


def test_events_are_validated_and_join_the_callers_transaction(store: Store) -> None:
    with pytest.raises(InvalidData, match="unknown custody event"):
        record_event(store, "looked", actor="x")
    with pytest.raises(InvalidData, match="SHA-256"):
        record_event(store, "viewed", actor="x", item="ABC")
    # An event appended in a transaction that rolls back leaves no trace, head included.
    with pytest.raises(RuntimeError), store.engine.begin() as conn:
        append(conn, [NewEvent("note", "x", detail={"t": 1})])
        raise RuntimeError("the recorded action failed")
    assert store.count("custody") == 0
    e = record_event(store, "note", actor="x", detail={"teks": "ASN di grup kampanye"})
    assert (e.seq, e.prev_hash) == (1, GENESIS) and e.computed_hash() == e.entry_hash
    assert verify_store(store).ok


def test_concurrent_writers_keep_one_line(store: Store) -> None:
    """Four writers appending at once: no fork, no gap, no duplicate sequence number."""
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for k in range(8):
                record_event(store, "viewed", actor=f"w{n}", detail={"k": k})
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    rep = verify_store(store)
    assert rep.ok, rep.problems
    assert rep.entries == 32 and rep.head is not None and rep.head[0] == 32
