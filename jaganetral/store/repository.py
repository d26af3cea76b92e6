"""The one repository layer: every read and write of stored data goes through :class:`Store`.

A :class:`Store` owns the database engine (SQLite WAL by default, PostgreSQL by URL) and the
content-addressed blob directory. Writes happen inside :meth:`Store.batch`, which commits the
database and keeps new blobs only if the whole batch succeeds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from jaganetral.errors import StoreError
from jaganetral.model.activity import Activity, activity_to_dict
from jaganetral.model.identifiers import text_name
from jaganetral.settings import Settings
from jaganetral.store import tables as t
from jaganetral.store.blobs import BlobStore
from jaganetral.store.case_tables import case_findings
from jaganetral.store.db import WRITE_OPTION, make_engine, migrate, write, writer_lock
from jaganetral.store.integrity import adopt, note_findings, note_findings_sealed
from jaganetral.store.seal import attach, forget, plain_json, ring, run_before_commit, sealed_insert

EVIDENCE_DIR = "evidence"


def utc(dt: datetime | None) -> datetime | None:
    """Store instants in UTC: SQLite keeps no offsets, so everything goes in as UTC."""
    return None if dt is None else dt.astimezone(UTC)


def as_aware(dt: datetime | None) -> datetime | None:
    """Read back an instant stored as UTC (SQLite returns it naive)."""
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt


#: Media types of the files jaganetral reads and writes, by suffix. A table of our own rather than
#: :mod:`mimetypes`: that reads the machine's ``/etc/mime.types`` (0.8 s on first use) and gives
#: another answer on another machine; a stored item's type must not depend on where it was kept.
MEDIA_TYPES = {
    ".json": "application/json",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".md": "text/markdown",
    ".js": "text/javascript",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".mp4": "video/mp4",
    ".zip": "application/zip",
    ".tar": "application/x-tar",
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def media_type_of(name: str) -> str:
    """The media type of a file by its name (``application/octet-stream`` when unknown)."""
    return MEDIA_TYPES.get(Path(name).suffix.lower(), "application/octet-stream")


def _insert_ignore(conn: Connection, table: Any) -> Any:
    """``INSERT … ON CONFLICT DO NOTHING`` for the connection's dialect."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    return insert(table).prefix_with("IGNORE")  # pragma: no cover - other dialects unsupported


@dataclass(frozen=True, slots=True)
class PendingItem:
    """An item put into a batch: what the vault registers (``evidence_items`` + custody) at commit."""

    sha256: str
    kind: str
    size: int
    media_type: str = "application/octet-stream"
    source: str | None = None
    url: str | None = None
    finding_id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Batch:
    """An open write: one database transaction plus the blobs it created (undone on failure).

    Every blob put is also remembered in :attr:`items`; the evidence stage registers them in the
    vault within the same transaction (``jaganetral.evidence.vault.register_pending``).
    """

    conn: Connection
    blobs: BlobStore
    new_blobs: list[str] = field(default_factory=list)
    items: list[PendingItem] = field(default_factory=list)
    unsynced: bool = False

    def put_input_file(
        self, path: Path, sha256: str, *, meta: dict[str, Any] | None = None, copied: bool | None = None
    ) -> None:
        """Keep an input file as received. ``copied``: already copied in by the caller (True when
        that made a new blob, which this write then owns and removes if it fails)."""
        if copied is None:
            copied = self.blobs.put_file(path, sha256)
        if copied:
            self.new_blobs.append(sha256)
        name = text_name(path.name)
        media_type = media_type_of(name)
        self.items.append(
            PendingItem(sha256, "input_file", path.stat().st_size, media_type, source=name, meta=meta or {})
        )

    def put_bytes(
        self,
        data: bytes,
        *,
        kind: str = "record",
        media_type: str = "application/json",
        source: str | None = None,
        url: str | None = None,
        finding_id: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> str:
        sha, new = self.blobs.put_bytes(data, sync=False)
        if new:
            self.new_blobs.append(sha)
            self.unsynced = True
        self.items.append(PendingItem(sha, kind, len(data), media_type, source, url, finding_id, meta or {}))
        return sha

    def record_input(
        self, *, sha256: str, file_name: str, size: int, fmt: str, activity_count: int, rejected_count: int
    ) -> bool:
        """Remember an input file; False if it was stored before (nothing changes then)."""
        stmt = _insert_ignore(self.conn, t.input_files).values(
            sha256=sha256,
            file_name=file_name,
            size=size,
            format=fmt,
            received_at=datetime.now(UTC),
            activity_count=activity_count,
            rejected_count=rejected_count,
        )
        return bool(self.conn.execute(stmt).rowcount)

    def add_activities(self, acts: Iterable[Activity]) -> int:
        """Insert activities not stored yet (by ``platform:id``); return how many were new."""
        key = ring(self.conn).mac_key
        # Sealed as inserted: the seal reading the row back would give (store/seal.py).
        rows = [sealed_insert(key, t.activities, activity_row(a)) for a in acts]
        if not rows:
            return 0
        # rowcount is unreliable for multi-row inserts on PostgreSQL; RETURNING counts the rows
        # really inserted (conflicting ones return nothing, and keep their row and seal) on both
        # backends.
        stmt = _insert_ignore(self.conn, t.activities).returning(t.activities.c.key)
        return len(self.conn.execute(stmt, rows).all())

    def upsert_findings(self, rows: list[dict[str, Any]]) -> tuple[int, int]:
        """Insert new findings; supersede changed ones; return (new, updated).

        A finding's identity is its activity, so a re-run never adds a second current line for the
        same act. A newer rule version or new evidence (a deletion) makes a new judgement: the old
        one is kept as ``<finding_id>~<n>`` with ``superseded_by`` set, the cases that cited it are
        pointed at that kept row (what a case rests on never changes under it), and the current
        row takes the new document.
        """
        if not rows:
            return 0, 0
        ids = [r["finding_id"] for r in rows]
        f = t.findings
        q = select(f).where(f.c.finding_id.in_(ids))
        existing: dict[str, Any] = {row.finding_id: row for row in self.conn.execute(q)}
        now = datetime.now(UTC)
        key = ring(self.conn).mac_key
        # New rows are sealed as inserted (no read-back); their judgements go on record. Each
        # document is encoded once for both: its plain form for the seal, its bytes for the hash.
        new: list[dict[str, Any]] = []
        doc_shas: dict[str, str] = {}
        for r in rows:
            if r["finding_id"] in existing:
                continue
            doc, data = plain_json(r["doc"])
            doc_shas[r["finding_id"]] = hashlib.sha256(data).hexdigest()
            values = dict(r, first_seen_at=now, updated_at=now, superseded_by=None, superseded_at=None)
            new.append(sealed_insert(key, f, values, known={"doc": doc}))
        if new:
            self.conn.execute(insert(f), new)
            note_findings_sealed(self.conn, new, doc_shas)
        judged: list[str] = []
        changed = 0
        for r in rows:
            old = existing.get(r["finding_id"])
            if old is None or old.doc == r["doc"]:
                continue
            judged.append(self._keep_superseded(old, now))
            judged.append(r["finding_id"])
            self.conn.execute(
                update(f)
                .where(f.c.finding_id == r["finding_id"])
                .values(**{k: v for k, v in r.items() if k != "finding_id"}, updated_at=now)
            )
            changed += 1
        # changed rows re-sealed, and each new judgement into the custody chain, just before the
        # batch commits
        if judged:
            note_findings(self.conn, judged, judged=[j for j in judged if "~" not in j])
        return len(new), changed

    def _keep_superseded(self, old: Any, now: datetime) -> str:
        """Copy the current judgement of ``old`` to a row of its own; the cases citing it follow it."""
        f = t.findings
        fid = str(old.finding_id)
        n = self.conn.execute(
            select(func.count()).select_from(f).where(f.c.superseded_by == fid)
        ).scalar_one()
        kept = f"{fid}~{int(n) + 1}"
        values = {c.name: getattr(old, c.name) for c in f.columns}
        values.update(finding_id=kept, superseded_by=fid, superseded_at=now)
        self.conn.execute(insert(f).values(**values))
        self.conn.execute(
            update(case_findings).where(case_findings.c.finding_id == fid).values(finding_id=kept)
        )
        return kept

    def record_run(self, command: str, started_at: datetime, summary: dict[str, Any]) -> None:
        self.conn.execute(
            insert(t.runs).values(
                command=command, started_at=started_at, finished_at=datetime.now(UTC), summary=summary
            )
        )


def activity_row(a: Activity) -> dict[str, Any]:
    if a.source is None:
        raise ValueError(f"activity {a.key} has no source: only parsed activities can be stored")
    return {
        "key": a.key,
        "platform": a.platform.value,
        "kind": a.kind.value,
        "created_at": utc(a.created_at),
        "actor_id": a.actor.id,
        "actor_handle": a.actor.handle,
        "actor_name": a.actor.name,
        "text": a.text,
        "url": a.url,
        "deleted_at": utc(a.deleted_at),
        "source_sha256": a.source.file_sha256,
        "source_position": a.source.position,
        "doc": activity_to_dict(a),
    }


class Store:
    """Database + evidence directory of one installation."""

    def __init__(self, engine: Engine, data_dir: Path) -> None:
        self.engine = engine
        self.data_dir = data_dir
        self.blobs = BlobStore(data_dir / EVIDENCE_DIR)
        # the installation key seals rows and signs the custody chain (store/seal.py)
        attach(engine, data_dir)

    @classmethod
    def open(cls, settings: Settings) -> Store:
        """Open (creating and migrating as needed) the store that ``settings`` point at."""
        if settings.data_dir.exists() and not settings.data_dir.is_dir():
            raise StoreError(f"{settings.data_dir}: --data must be a folder, and this is a file")
        vault = settings.data_dir / EVIDENCE_DIR
        if vault.exists() and not vault.is_dir():
            raise StoreError(f"{vault}: the evidence folder of this data folder is a file; move it away")
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.data_dir, settings.db_url)
        before = migrate(engine)
        store = cls(engine, settings.data_dir)
        if before is not None and before < "0007":
            # rows from before seals existed: sealed and signed once, recorded in the chain
            with write(engine) as conn:
                adopt(conn)
        return store

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """One all-or-nothing write. On any error the transaction rolls back and new blobs go."""
        lock = writer_lock(self.engine)
        if lock is not None:
            lock.acquire()
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**{WRITE_OPTION: True})  # BEGIN IMMEDIATE on SQLite
                b = Batch(conn=conn, blobs=self.blobs)
                forget(conn)
                try:
                    with conn.begin():
                        yield b
                        run_before_commit(conn)
                        if b.unsynced:
                            # The files before the rows that name them.
                            self.blobs.sync()
                except BaseException:
                    forget(conn)
                    for sha in b.new_blobs:
                        self.blobs.remove(sha)
                    raise
        finally:
            if lock is not None:
                lock.release()

    # ---- reads ----------------------------------------------------------------------------------

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.metadata.tables[table])).scalar_one())

    def has_input(self, sha256: str) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.input_files.c.sha256).where(t.input_files.c.sha256 == sha256)).first()
        return row is not None

    def finding_docs(self, status: str | None = None) -> Iterator[dict[str, Any]]:
        """Stored findings, oldest act first."""
        q = (
            select(t.findings.c.doc)
            .where(t.findings.c.superseded_by.is_(None))
            .order_by(t.findings.c.occurred_at, t.findings.c.finding_id)
        )
        if status is not None:
            q = q.where(t.findings.c.status == status)
        with self.engine.connect() as conn:
            for (doc,) in conn.execute(q):
                yield doc

    def activity_docs(self, source_sha256: str | None = None) -> Iterator[dict[str, Any]]:
        """Stored canonical activity documents, optionally those first seen in one input file."""
        q = select(t.activities.c.doc).order_by(t.activities.c.created_at, t.activities.c.key)
        if source_sha256 is not None:
            q = q.where(t.activities.c.source_sha256 == source_sha256)
        with self.engine.connect() as conn:
            for (doc,) in conn.execute(q):
                yield doc
