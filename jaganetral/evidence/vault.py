"""The vault: every stored item once, by SHA-256, with its metadata and a "captured" custody entry.

The bytes are the blob store's ``evidence/<sha256>`` (contract.md). Whoever stores bytes through a
:class:`~jaganetral.store.repository.Batch` (scan, ingest, capture, the web app's uploads) calls
:func:`register_pending` before the batch commits: new items get their ``evidence_items`` row and
one "captured" entry each, in bulk, inside the batch's transaction — all or nothing.

The "captured" entry carries ``meta_sha256``, the hash of the item's metadata row, so a later
edit of that row (a changed URL or capture time) is detected like an edit of the bytes.
"""

from __future__ import annotations

import getpass
import hashlib
import socket
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from jaganetral import __version__
from jaganetral.errors import StoreError
from jaganetral.evidence.custody import NewEvent, append, canonical_json, insert_ignore, iso
from jaganetral.store.db import write
from jaganetral.store.evidence_tables import evidence_items
from jaganetral.store.repository import Batch, PendingItem, Store, as_aware

#: What an item can be.
KINDS = (
    "input_file",
    "record",
    "media",
    "page_warc",
    "screenshot",
    "pdf",
    "ocr_text",
    "timestamp",
    "document",
)

TOOL_VERSION = f"jaganetral {__version__}"

#: The columns of ``evidence_items`` that ``meta_sha256`` covers (all of them).
META_FIELDS = (
    "sha256",
    "kind",
    "media_type",
    "size",
    "source",
    "url",
    "captured_at",
    "captured_by",
    "tool_version",
    "meta",
)


def default_actor(command: str | None = None) -> str:
    """Who is capturing when no person is named: the OS user, the host and the command."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        user = "unknown"
    who = f"{user}@{socket.gethostname()}"
    return f"{who} (jaganetral {command})" if command else who


def item_row_dict(row: Any) -> dict[str, Any]:
    """An ``evidence_items`` row as plain JSON-ready values (``captured_at`` as ISO text)."""
    m: Mapping[str, Any] = row._mapping if hasattr(row, "_mapping") else row
    out = {k: m[k] for k in META_FIELDS}
    at = as_aware(m["captured_at"]) if isinstance(m["captured_at"], datetime) else None
    if at is not None:
        out["captured_at"] = iso(at)
    out["size"] = int(out["size"])
    return out


def meta_hash(item: Mapping[str, Any]) -> str:
    """SHA-256 of an item's metadata in canonical JSON (as from :func:`item_row_dict`)."""
    return hashlib.sha256(canonical_json({k: item[k] for k in META_FIELDS})).hexdigest()


def register(
    conn: Connection,
    items: Sequence[PendingItem],
    *,
    actor: str,
    case_id: str | None = None,
    at: datetime | None = None,
) -> list[str]:
    """Register items not in the vault yet; return the SHA-256 of those that were new.

    Items already registered are left as they were (the first capture is what counts).
    """
    now = (at or datetime.now(UTC)).astimezone(UTC)
    unique: dict[str, PendingItem] = {}
    for it in items:
        if it.kind not in KINDS:
            raise ValueError(f"unknown evidence kind {it.kind!r}")
        unique.setdefault(it.sha256, it)
    if not unique:
        return []
    rows: list[dict[str, Any]] = [
        {
            "sha256": it.sha256,
            "kind": it.kind,
            "media_type": it.media_type,
            "size": it.size,
            "source": it.source,
            "url": it.url,
            "captured_at": now,
            "captured_by": actor[:200],
            "tool_version": TOOL_VERSION,
            "meta": it.meta,
        }
        for it in unique.values()
    ]
    new: set[str] = set()
    stmt = insert_ignore(conn, evidence_items).returning(evidence_items.c.sha256)
    for i in range(0, len(rows), 1000):
        new.update(r[0] for r in conn.execute(stmt, rows[i : i + 1000]))
    events = []
    for row in rows:
        if row["sha256"] not in new:
            continue
        it = unique[row["sha256"]]
        detail = {
            "kind": it.kind,
            "size": it.size,
            "meta_sha256": meta_hash({**row, "captured_at": iso(now)}),
        }
        if it.url:
            detail["url"] = it.url
        events.append(
            NewEvent(
                "captured",
                actor[:200],
                item_sha256=it.sha256,
                finding_id=it.finding_id,
                case_id=case_id,
                detail=detail,
                at=now,
            )
        )
    append(conn, events)
    return [r["sha256"] for r in rows if r["sha256"] in new]


def register_pending(batch: Batch, *, actor: str, case_id: str | None = None) -> list[str]:
    """Register every item put into ``batch`` so far (see module doc) and forget them."""
    items = list(batch.items)
    batch.items.clear()
    return register(batch.conn, items, actor=actor, case_id=case_id)


def register_files(
    store: Store,
    shas: Sequence[str],
    *,
    kind: str,
    actor: str,
    media_type: str | None = None,
    source: str | None = None,
    url: str | None = None,
    finding_id: str | None = None,
    case_id: str | None = None,
    meta: dict[str, Any] | None = None,
) -> list[str]:
    """Register blobs already written to ``evidence/`` by other means (e.g. the web app's uploads).

    Each file is re-hashed first: only bytes that really hash to their name enter the vault.
    ``media_type`` None means: PNG, JPEG or PDF by their first bytes, else octet-stream.
    Returns the items that were new.
    """
    items = []
    for sha in shas:
        path = store.blobs.path(sha)
        if not path.is_file():
            raise StoreError(f"item {sha}: no such file in {store.blobs.root}")
        with path.open("rb") as fh:
            if hashlib.file_digest(fh, "sha256").hexdigest() != sha:
                raise StoreError(f"item {sha}: the file does not hash to its name")
        size = path.stat().st_size
        mt = media_type or _sniff(path)
        items.append(PendingItem(sha, kind, size, mt, source, url, finding_id, dict(meta or {})))
    with write(store.engine) as conn:
        return register(conn, items, actor=actor, case_id=case_id)


def _sniff(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(8)
    for magic, mt in (
        (b"\x89PNG", "image/png"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"%PDF", "application/pdf"),
    ):
        if head.startswith(magic):
            return mt
    return "application/octet-stream"


def item_rows(conn: Connection, shas: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The vault rows of these items (missing ones are simply absent)."""
    wanted = sorted(set(shas))
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(wanted), 500):
        q = select(evidence_items).where(evidence_items.c.sha256.in_(wanted[i : i + 500]))
        for r in conn.execute(q):
            out[r._mapping["sha256"]] = item_row_dict(r)
    return out
