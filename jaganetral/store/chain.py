"""The custody chain: an append-only log of every event on every item, finding and case.

Every entry is signed with the installation's Ed25519 key (``signature`` over ``entry_hash``), and
the head is checkpointed with a signature every :data:`CHECKPOINT_EVERY` entries and at every
export: recomputing the chain needs the private key, and a tail cut after a checkpoint shows.

Each entry carries the hash of the entry before it, and its own hash covers a canonical JSON of
all its fields (``seq`` and ``prev_hash`` included). Editing an entry breaks its own hash;
editing and re-hashing it breaks the next entry's link; removing or reordering entries breaks
the sequence or the links; cutting the tail disagrees with the one-row ``custody_head``.

Appends take the head row first (``SELECT … FOR UPDATE`` on PostgreSQL; on SQLite the first
write of a transaction takes the database's write lock), so two writers can never both build on
the same entry. Everything here works on a caller's :class:`~sqlalchemy.Connection` inside the
caller's transaction: an event is stored together with what it records, or not at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from jaganetral.errors import InvalidData, StoreError
from jaganetral.model.canonical import canonical_json
from jaganetral.store.db import write
from jaganetral.store.evidence_tables import custody, custody_checkpoints, custody_head
from jaganetral.store.rows import Unreadable, scan_rows
from jaganetral.store.seal import ring


def as_aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt


#: ``prev_hash`` of the first entry.
GENESIS = "0" * 64

#: Events the log knows. The web app records "viewed" and "attached_to_case"; the rest are
#: recorded by jaganetral's own commands.
EVENTS = frozenset(
    {
        "captured",  # an item entered the vault
        "capture_failed",  # a URL could not be captured (offline, refused, too large…)
        "viewed",  # a person looked at an item or finding
        "exported",  # an item went into an evidence package
        "attached_to_case",  # an item or finding was attached to a case
        "rechecked_online",  # a watched URL was visited again
        "deleted_online",  # … and found deleted (first time noticed)
        "changed_online",  # … and found changed
        "restored_online",  # … and found back after being gone
        "timestamped",  # an RFC 3161 token was obtained
        "note",  # a free remark by an officer
        "judged",  # a finding was stored as judged (detail: the SHA-256 of its document)
        "case_event",  # an event of a case's history (transition, note, decision…), with its row's hash
        "audited",  # an audit-log entry (a view, an export, a download, a denied request…)
        "report_filed",  # a public report was stored (its row's hash)
        "sealed",  # rows written before seals existed were sealed and signed (once, on upgrade)
    }
)

#: A signed checkpoint of the head every this many entries (and at every export).
CHECKPOINT_EVERY = 200


def iso(dt: datetime) -> str:
    """An instant as hashed: UTC, microseconds, ``Z`` (what both databases give back exactly)."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Entry:
    """One custody entry, as stored."""

    seq: int
    at: datetime
    event: str
    item_sha256: str | None
    finding_id: str | None
    case_id: str | None
    actor: str
    detail: dict[str, Any]
    prev_hash: str
    entry_hash: str
    signature: str | None = None

    def hashed_fields(self) -> dict[str, Any]:
        """Everything the entry hash covers."""
        return {
            "seq": self.seq,
            "at": iso(self.at),
            "event": self.event,
            "item_sha256": self.item_sha256,
            "finding_id": self.finding_id,
            "case_id": self.case_id,
            "actor": self.actor,
            "detail": self.detail,
            "prev_hash": self.prev_hash,
        }

    def computed_hash(self) -> str:
        return hashlib.sha256(canonical_json(self.hashed_fields())).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used in packages (and read back by :func:`entry_from_dict`)."""
        return {**self.hashed_fields(), "entry_hash": self.entry_hash, "signature": self.signature}

    def signed_bytes(self) -> bytes:
        """What the installation key signs: the entry hash (which covers every other field)."""
        return self.entry_hash.encode("ascii")


def entry_from_dict(d: dict[str, Any], *, where: str = "custody") -> Entry:
    """Read an entry written by :meth:`Entry.to_dict`; :class:`InvalidData` names the bad field."""
    try:
        return Entry(
            seq=int(d["seq"]),
            at=parse_iso(str(d["at"])),
            event=str(d["event"]),
            item_sha256=d.get("item_sha256"),
            finding_id=d.get("finding_id"),
            case_id=d.get("case_id"),
            actor=str(d["actor"]),
            detail=dict(d["detail"]),
            prev_hash=str(d["prev_hash"]),
            entry_hash=str(d["entry_hash"]),
            signature=d.get("signature"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidData(f"not a custody entry: {exc}", file=where) from exc


def entry_from_row(row: Any) -> Entry:
    m = row._mapping
    at = as_aware(m["at"])
    assert at is not None
    return Entry(
        seq=int(m["seq"]),
        at=at,
        event=m["event"],
        item_sha256=m["item_sha256"],
        finding_id=m["finding_id"],
        case_id=m["case_id"],
        actor=m["actor"],
        detail=m["detail"],
        prev_hash=m["prev_hash"],
        entry_hash=m["entry_hash"],
        signature=m.get("signature"),
    )


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event to append; ``seq``, hashes and (unless given) the time are filled in on append."""

    event: str
    actor: str
    item_sha256: str | None = None
    finding_id: str | None = None
    case_id: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    at: datetime | None = None


def _check(ev: NewEvent) -> None:
    if ev.event not in EVENTS:
        raise InvalidData(f"unknown custody event {ev.event!r} (known: {', '.join(sorted(EVENTS))})")
    sha = ev.item_sha256
    if sha is not None and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
        raise InvalidData(f"not a lowercase SHA-256: {sha!r}", field="item_sha256")
    if not ev.actor:
        raise InvalidData("a custody event needs an actor", field="actor")


def insert_ignore(conn: Connection, table: Any) -> Any:
    """``INSERT … ON CONFLICT DO NOTHING`` for SQLite and PostgreSQL."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


def _lock_head(conn: Connection, now: datetime) -> tuple[int, str]:
    """Take the head row for this transaction (creating it on first use) and return it."""
    # The insert is the transaction's first write on SQLite, which takes the write lock; on
    # PostgreSQL the row lock below serialises appenders.
    conn.execute(
        insert_ignore(conn, custody_head).values(id=1, last_seq=0, last_hash=GENESIS, updated_at=now)
    )
    q = select(custody_head.c.last_seq, custody_head.c.last_hash).where(custody_head.c.id == 1)
    if conn.dialect.name == "postgresql":
        q = q.with_for_update()
    last_seq, last_hash = conn.execute(q).one()
    if last_seq == 0 and conn.execute(select(func.count()).select_from(custody)).scalar_one():
        # Someone removed the head row: appending would restart the chain over old entries.
        raise StoreError(
            "custody chain head is missing while entries exist: run `jaganetral evidence verify`"
        )
    return int(last_seq), str(last_hash)


def append(conn: Connection, events: Sequence[NewEvent]) -> list[Entry]:
    """Append ``events`` in order inside the caller's transaction; return the stored entries."""
    if not events:
        return []
    for ev in events:
        _check(ev)
    now = datetime.now(UTC)
    keys = ring(conn)
    seq, prev = _lock_head(conn, now)
    first = seq
    out: list[Entry] = []
    for ev in events:
        seq += 1
        # Round-trip the detail through canonical JSON so what is hashed is exactly what the
        # database will give back (tuples become lists, keys become strings).
        detail = json.loads(canonical_json(ev.detail))
        draft = Entry(
            seq=seq,
            at=(ev.at or now).astimezone(UTC),
            event=ev.event,
            item_sha256=ev.item_sha256,
            finding_id=ev.finding_id,
            case_id=ev.case_id,
            actor=ev.actor[:200],
            detail=detail,
            prev_hash=prev,
            entry_hash="",
        )
        entry = replace(draft, entry_hash=draft.computed_hash())
        entry = replace(entry, signature=keys.sign(entry.signed_bytes()))
        out.append(entry)
        prev = entry.entry_hash
    conn.execute(
        insert(custody),
        [
            {
                "seq": e.seq,
                "at": e.at,
                "event": e.event,
                "item_sha256": e.item_sha256,
                "finding_id": e.finding_id,
                "case_id": e.case_id,
                "actor": e.actor,
                "detail": e.detail,
                "prev_hash": e.prev_hash,
                "entry_hash": e.entry_hash,
                "signature": e.signature,
            }
            for e in out
        ],
    )
    conn.execute(
        update(custody_head)
        .where(custody_head.c.id == 1)
        .values(last_seq=seq, last_hash=prev, updated_at=now)
    )
    if seq // CHECKPOINT_EVERY != first // CHECKPOINT_EVERY:
        _write_checkpoint(conn, seq, prev, now)
    return out


def checkpoint_bytes(seq: int, entry_hash: str, at: datetime) -> bytes:
    """What a checkpoint's signature covers."""
    return canonical_json({"seq": seq, "entry_hash": entry_hash, "at": iso(at)})


def _write_checkpoint(conn: Connection, seq: int, entry_hash: str, at: datetime) -> None:
    sig = ring(conn).sign(checkpoint_bytes(seq, entry_hash, at))
    conn.execute(
        insert_ignore(conn, custody_checkpoints).values(seq=seq, entry_hash=entry_hash, at=at, signature=sig)
    )


def checkpoint(conn: Connection) -> tuple[int, str] | None:
    """Sign a checkpoint of the current head (inside the caller's write); return it."""
    now = datetime.now(UTC)
    seq, last = _lock_head(conn, now)
    if seq == 0:
        return None
    _write_checkpoint(conn, seq, last, now)
    return seq, last


def checkpoints(conn: Connection) -> list[tuple[int, str, datetime, str]]:
    """Every checkpoint (seq, entry hash, time, signature), oldest first."""
    rows = conn.execute(select(custody_checkpoints).order_by(custody_checkpoints.c.seq)).all()
    out = []
    for r in rows:
        at = as_aware(r.at)
        assert at is not None
        out.append((int(r.seq), str(r.entry_hash), at, str(r.signature)))
    return out


def record_event(
    target: Any,
    event: str,
    *,
    actor: str,
    item: str | None = None,
    finding_id: str | None = None,
    case_id: str | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> Entry:
    """Append one event ("viewed", "attached_to_case", "exported"…) and return its entry.

    With a :class:`~jaganetral.store.repository.Store` (or an engine) the event is committed on
    its own; with a connection it joins the caller's transaction (so it is kept only if what it
    records is kept).
    """
    ev = NewEvent(event, actor, item, finding_id, case_id, detail or {}, at)
    if isinstance(target, Connection):
        return append(target, [ev])[0]
    engine: Engine = target if isinstance(target, Engine) else target.engine
    with write(engine) as conn:
        return append(conn, [ev])[0]


def head(conn: Connection) -> tuple[int, str] | None:
    """The head row (last seq, last hash), or None before the first entry."""
    row = conn.execute(
        select(custody_head.c.last_seq, custody_head.c.last_hash).where(custody_head.c.id == 1)
    ).first()
    return None if row is None else (int(row[0]), str(row[1]))


def iter_entries(conn: Connection, *, chunk: int = 5000) -> Iterator[Entry]:
    """Every entry in ``seq`` order, read in pages (keyset, so memory stays flat)."""
    last = -1
    while True:
        rows = conn.execute(
            select(custody).where(custody.c.seq > last).order_by(custody.c.seq).limit(chunk)
        ).all()
        if not rows:
            return
        for r in rows:
            yield entry_from_row(r)
        last = int(rows[-1]._mapping["seq"])


def _checked_entry(row: Any) -> Entry:
    """An entry as :func:`entry_from_row` makes it, refusing cells of the wrong kind."""
    e = entry_from_row(row)
    if not isinstance(e.detail, dict) or not all(
        isinstance(v, str) for v in (e.event, e.actor, e.prev_hash, e.entry_hash)
    ):
        raise TypeError("a cell of the wrong kind")
    return e


def iter_entries_checked(conn: Connection) -> Iterator[Entry | Unreadable]:
    """Every entry in ``seq`` order, an entry whose stored bytes no longer read as :class:`Unreadable`
    (what ``evidence verify`` walks: it must name such an entry, not fail on it)."""
    yield from scan_rows(conn, custody, chunk=5000, check=_checked_entry)


def entries_about(
    conn: Connection,
    *,
    items: Iterable[str] = (),
    findings: Iterable[str] = (),
    cases: Iterable[str] = (),
) -> list[Entry]:
    """The entries that name any of these items, findings or cases, in ``seq`` order."""
    found: dict[int, Entry] = {}
    for col, values in (
        (custody.c.item_sha256, sorted(set(items))),
        (custody.c.finding_id, sorted(set(findings))),
        (custody.c.case_id, sorted(set(cases))),
    ):
        for i in range(0, len(values), 500):
            part = values[i : i + 500]
            for r in conn.execute(select(custody).where(col.in_(part))):
                e = entry_from_row(r)
                found[e.seq] = e
    return [found[k] for k in sorted(found)]
