"""Reading every row of a table for a check, even rows that can no longer be read.

``evidence verify`` must name an altered row, not fail on it. On PostgreSQL every column is typed,
so an edit that is still stored still reads back. SQLite keeps whatever bytes it is given: one
flipped byte can leave a text cell that is not UTF-8, a time SQLAlchemy cannot parse, or a JSON
document that no longer parses — and reading it raises. :func:`scan_rows` reads a table in pages
(keyset on its primary key, memory stays flat); when a page cannot be read it falls back to one
row at a time by SQLite ``rowid`` for the rest of the table and hands back each row it cannot
read as an :class:`Unreadable`, named by its key as far as that key can be read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, cast, column, select
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.sql.elements import ColumnClause
from sqlalchemy.types import LargeBinary

#: What reading an altered cell raises: the driver's decode error, SQLAlchemy's result
#: processors (times, JSON) or a type that no longer fits.
UNREADABLE = (DBAPIError, StatementError, ValueError, TypeError, UnicodeDecodeError, OverflowError)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A row that is there but cannot be read back (its stored bytes were altered)."""

    key: str
    reason: str


def scan_rows(
    conn: Connection,
    table: Table,
    *,
    chunk: int = 2000,
    check: Callable[[Any], object] | None = None,
) -> Iterator[Any]:
    """Every row of ``table`` in primary-key order; rows that cannot be read as :class:`Unreadable`.

    ``check(row)`` may turn a row into something else (or raise one of :data:`UNREADABLE`, which
    makes the row unreadable too): the caller's own parsing of a cell runs under the same rules.
    """
    (pk,) = table.primary_key.columns
    last: Any = None
    while True:
        q = select(table).order_by(pk).limit(chunk)
        if last is not None:
            q = q.where(pk > last)
        try:
            rows = conn.execute(q).all()
            out = [check(r) if check is not None else r for r in rows]
        except UNREADABLE:
            if conn.dialect.name != "sqlite":
                raise
            yield from _one_by_one(conn, table, last, check)
            return
        if not rows:
            return
        yield from out
        last = rows[-1]._mapping[pk.name]


def _one_by_one(
    conn: Connection, table: Table, after: Any, check: Callable[[Any], object] | None
) -> Iterator[Any]:
    """The rest of the table (primary key above ``after``), row by row through SQLite's rowid."""
    (pk,) = table.primary_key.columns
    rowid: ColumnClause[Any] = column("rowid")
    q = select(rowid).select_from(table).order_by(pk)
    if after is not None:
        q = q.where(pk > after)
    rowids = [int(r) for (r,) in conn.execute(q)]
    for i in range(0, len(rowids), 500):
        part = rowids[i : i + 500]
        try:
            rows = conn.execute(select(table).where(rowid.in_(part)).order_by(pk)).all()
            yield from [check(r) if check is not None else r for r in rows]
            continue
        except UNREADABLE:
            pass
        for rid in part:
            try:
                row = conn.execute(select(table).where(rowid == rid)).one()
                yield check(row) if check is not None else row
            except UNREADABLE as exc:
                yield Unreadable(_raw_key(conn, table, rid), _reason(exc))


def _raw_key(conn: Connection, table: Table, rid: int) -> str:
    (pk,) = table.primary_key.columns
    raw = conn.execute(
        select(cast(pk, LargeBinary)).select_from(table).where(column("rowid") == rid)
    ).scalar()
    if raw is None:
        return f"rowid {rid}"
    return bytes(raw).decode("utf-8", "replace")


def _reason(exc: BaseException) -> str:
    text = (str(getattr(exc, "orig", None) or exc).splitlines() or [type(exc).__name__])[0][:120]
    if isinstance(exc, UnicodeDecodeError) or ("decode" in text.lower() and "utf-8" in text.lower()):
        text = "text that is not UTF-8"
    return f"cannot be read back ({text}): its stored bytes were altered"


__all__ = ["UNREADABLE", "Unreadable", "scan_rows"]
