"""Every single-byte tampering of the stored rows is detected (issue 14, ``make chaos``): each byte of
each cell of a finding's document, a case event, an audit entry, a custody entry and an evidence
item's metadata row, changed in place in the SQLite file's cells, makes ``evidence verify`` name that
row — also when the changed bytes no longer read back (text that is not UTF-8, a time that does not
parse, JSON that does not parse): verify names the row instead of failing.

Tamperings: a byte XOR 0x01 (always a different byte, ASCII stays ASCII) and XOR 0x80
(most such bytes are not UTF-8), at the positions below; integer
cells get each of their 8 low bits flipped. SQLite only: those are the bytes SQLite stores as given;
PostgreSQL's typed columns refuse such bytes on write (its edits are in ``test_tampering.py``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError
from test_tampering import worked  # noqa: F401 - the fixture: a case worked on, a public report

from jaganetral.evidence.verify import verify_store
from jaganetral.store.repository import Store

#: ``JAGANETRAL_TAMPER_EXHAUSTIVE=1``: every byte of every cell through the whole of ``evidence
#: verify`` (~10,600 tamperings, a few minutes). By default (the suite): every byte of cells up to
#: :data:`SHORT` long, every :data:`STRIDE`-th of longer ones, XOR 0x80 at every 32nd; a
#: finding's document (~7 KB) at every byte through its row check (read back, then its seal) and
#: through the whole command at every 64th.
EXHAUSTIVE = os.environ.get("JAGANETRAL_TAMPER_EXHAUSTIVE") == "1"
SHORT = 10**9 if EXHAUSTIVE else 8
STRIDE = 1 if EXHAUSTIVE else 8
DOC_STRIDE = 1 if EXHAUSTIVE else 64
HIGH_STRIDE = 4 if EXHAUSTIVE else 32


def _raw(conn: Connection, table: str, rowid: int, col: str) -> tuple[str, Any]:
    kind, raw = conn.execute(
        text(f'SELECT typeof("{col}"), CAST("{col}" AS BLOB) FROM {table} WHERE rowid = :r'), {"r": rowid}
    ).one()
    if kind in ("integer", "real"):
        value = conn.execute(text(f'SELECT "{col}" FROM {table} WHERE rowid = :r'), {"r": rowid}).scalar()
        return kind, value
    return kind, None if raw is None else bytes(raw)


def _put(conn: Connection, table: str, rowid: int, col: str, kind: str, value: Any) -> None:
    expr = "CAST(:v AS TEXT)" if kind == "text" and isinstance(value, bytes) else ":v"
    conn.execute(text(f'UPDATE {table} SET "{col}" = {expr} WHERE rowid = :r'), {"v": value, "r": rowid})


def _tamperings(kind: str, value: Any, *, every_byte: bool) -> Iterator[tuple[int | None, Any]]:
    """(byte position or None, the changed cell) of every tampering of one cell."""
    if kind == "integer":
        for bit in range(8):
            yield None, value ^ (1 << bit)
    elif kind == "real":
        yield None, value + 2**-20
    elif kind == "null":
        yield None, "0"
    else:
        raw: bytes = value
        # XOR 0x80 at fewer bytes: most such bytes are not UTF-8 (the same path at each)
        step = 1 if every_byte or len(raw) <= SHORT else STRIDE
        for mask, every in ((0x01, step), (0x80, HIGH_STRIDE)):
            for pos in range(0, len(raw), every):
                b = bytearray(raw)
                b[pos] ^= mask
                yield pos, bytes(b)


def _targets(conn: Connection, cid: str) -> list[tuple[str, int, str]]:
    """(table, rowid, how verify names it) of the rows tampered with."""
    one = conn.execute
    finding = one(
        text(
            "SELECT f.rowid FROM findings f JOIN case_findings c ON c.finding_id = f.finding_id "
            "WHERE c.case_id = :c LIMIT 1"
        ),
        {"c": cid},
    ).scalar_one()
    event = one(
        text("SELECT rowid FROM case_events WHERE case_id = :c AND kind = 'transition'"), {"c": cid}
    ).scalar_one()
    audit = one(text("SELECT rowid FROM audit_log WHERE action = 'view_case'")).scalar_one()
    captured = one(
        text("SELECT rowid FROM custody WHERE event = 'captured' ORDER BY seq LIMIT 1")
    ).scalar_one()
    moved = one(
        text("SELECT rowid FROM custody WHERE event = 'case_event' AND case_id = :c ORDER BY seq LIMIT 1"),
        {"c": cid},
    ).scalar_one()
    item = one(text("SELECT rowid FROM evidence_items ORDER BY captured_at LIMIT 1")).scalar_one()
    return [
        ("findings", finding, "findings "),
        ("case_events", event, "case event "),
        ("audit_log", audit, "audit entry "),
        ("custody", captured, "custody entry "),
        ("custody", moved, "custody entry "),
        ("evidence_items", item, "item "),
    ]


def _columns(conn: Connection, table: str) -> list[tuple[str, bool]]:
    """(column, is SQLite's rowid) of a table: changing the rowid moves the row."""
    info = conn.execute(text(f"PRAGMA table_info({table})")).all()
    pks = [r for r in info if r[5]]
    alias = pks[0][1] if len(pks) == 1 and str(pks[0][2]).upper() == "INTEGER" else None
    return [(r[1], r[1] == alias) for r in info]


def _finding_row_ok(conn: Connection, rowid: int) -> bool:
    """The findings row as ``evidence verify`` reads and checks it (read back, then its seal)."""
    from sqlalchemy import column, select

    from jaganetral.store.integrity import SEALED
    from jaganetral.store.rows import UNREADABLE
    from jaganetral.store.seal import ring, seal_ok

    table = SEALED["findings"]
    try:
        row = conn.execute(select(table).where(column("rowid") == rowid)).one()
    except UNREADABLE:
        return False  # named as unreadable
    return seal_ok(ring(conn).mac_key, table, row)


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_every_single_byte_tampering_of_the_stored_rows_is_named(
    worked: tuple[Store, str],  # noqa: F811 - the fixture imported above
) -> None:
    store, cid = worked  # SQLite only: PostgreSQL's typed columns refuse most such bytes
    assert verify_store(store).ok
    started = time.perf_counter()
    tried = verified = refused = 0
    missed: list[str] = []
    with store.engine.connect() as conn:
        targets = _targets(conn, cid)
    for table, rowid, label in targets:
        with store.engine.connect() as conn:
            columns = _columns(conn, table)
        for col, is_rowid in columns:
            with store.engine.connect() as conn:
                kind, original = _raw(conn, table, rowid, col)
            long = table == "findings" and col == "doc"
            for pos, changed in _tamperings(kind, original, every_byte=long):
                at = changed if is_rowid else rowid
                what = f"{table}.{col} of row {rowid}, {'value' if pos is None else f'byte {pos}'}"
                if long:
                    # the row check at every byte, inside one transaction rolled back
                    with store.engine.connect() as conn:
                        _put(conn, table, rowid, col, kind, changed)
                        if _finding_row_ok(conn, rowid):
                            missed.append(f"{what}: the row check passed")
                        conn.rollback()
                    tried += 1
                    if pos is None or pos % DOC_STRIDE:
                        continue
                try:
                    with store.engine.begin() as conn:
                        _put(conn, table, rowid, col, kind, changed)
                except IntegrityError:
                    refused += 1  # a key that collides with another row's: the database refuses it
                    continue
                tried += 0 if long else 1
                verified += 1
                problems = [str(p) for p in verify_store(store).problems]
                if not any(p.startswith(label) for p in problems):
                    missed.append(f"{what} ({changed!r:.60}): {problems[:2]}")
                with store.engine.begin() as conn:
                    _put(conn, table, at, col, kind, original)
    took = time.perf_counter() - started
    print(
        f"\nsingle-byte tamperings: {tried} tried ({verified} through the whole of evidence verify), "
        f"{tried - len(missed)} named, {refused} refused by the database, {took:.0f} s"
    )
    assert not missed, "\n".join(missed[:20])
    assert tried > (10000 if EXHAUSTIVE else 7000) and verified > (9000 if EXHAUSTIVE else 300)
    assert verify_store(store).ok  # every cell put back: intact again
