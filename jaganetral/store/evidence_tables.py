"""Tables of the evidence vault: items, the custody chain and its head, and watched URLs.

They share :data:`jaganetral.store.tables.metadata`; Alembic revision 0004 creates them. The bytes
of every item live in ``evidence/<sha256>`` (contract.md); these rows say what each item is. The
custody log is append-only and hash-chained: the application never updates or deletes its rows,
and ``jaganetral evidence verify`` proves it was not done behind its back.
"""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, String, Table, Text

from jaganetral.store.tables import metadata
from jaganetral.store.types import UTCDateTime

#: Every item in the vault, stored once by SHA-256: an input file as received, the canonical record
#: a finding rests on, a captured page (WARC), a screenshot, a PDF print, OCR text, a timestamp token.
evidence_items = Table(
    "evidence_items",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("source", Text),
    Column("url", Text),
    Column("captured_at", UTCDateTime(), nullable=False),
    Column("captured_by", String(200), nullable=False),
    Column("tool_version", String(40), nullable=False),
    Column("meta", JSON, nullable=False),
    # No index on ``url``: a B-tree entry cannot hold the longest URLs on PostgreSQL, and only
    # exports look items up by URL (watched URLs are keyed by their hash in ``captures``).
    Index(None, "captured_at"),
)

#: The custody chain: one row per event on an item, a finding or a case. ``entry_hash`` is the
#: SHA-256 of a canonical JSON of every other column (``seq`` and ``prev_hash`` included), and
#: ``prev_hash`` is the ``entry_hash`` of entry ``seq - 1``. ``case_id`` is a plain string so
#: the log can name cases of any origin.
custody = Table(
    "custody",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("event", String(30), nullable=False),
    Column("item_sha256", String(64)),
    Column("finding_id", String(40)),
    Column("case_id", String(24)),
    Column("actor", String(200), nullable=False),
    Column("detail", JSON, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("entry_hash", String(64), nullable=False),
    # Ed25519 signature of entry_hash by the installation key (base64): rewriting the chain
    # needs the private key, and a package's check verifies it with the public key alone
    Column("signature", String(100)),
    Index(None, "item_sha256"),
    Index(None, "finding_id"),
    Index(None, "case_id"),
)

#: One row (id 1): the newest custody entry. Appends lock it, so the chain stays a line under
#: concurrent writers, and ``verify`` compares it with the log so a removed tail shows.
custody_head = Table(
    "custody_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("last_seq", BigInteger, nullable=False),
    Column("last_hash", String(64), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

#: Signed checkpoints of the chain head: every so many entries and at every export. A tail cut
#: after a checkpoint shows (the checkpoint names an entry the log no longer has).
custody_checkpoints = Table(
    "custody_checkpoints",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("entry_hash", String(64), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("signature", String(100), nullable=False),
)

#: URLs captured and watched for deletion, one row per URL (keyed by the SHA-256 of the URL).
#: ``text_sha256`` fingerprints the visible text of the first good capture; a re-check that finds
#: a 404/410 or a "content not available" page marks it deleted, other text marks it changed.
captures = Table(
    "captures",
    metadata,
    Column("url_sha256", String(64), primary_key=True),
    Column("url", Text, nullable=False),
    Column("finding_id", String(40)),
    Column("posted_at", UTCDateTime()),
    Column("first_item_sha256", String(64)),
    Column("text_sha256", String(64)),
    Column("first_ok_at", UTCDateTime()),
    Column("last_ok_at", UTCDateTime()),
    Column("last_checked_at", UTCDateTime()),
    Column("last_status", Integer),
    Column("state", String(20), nullable=False),
    Column("state_since", UTCDateTime()),
    Column("deleted_noticed_at", UTCDateTime()),
    Column("changed_noticed_at", UTCDateTime()),
    Column("checks", Integer, nullable=False),
    Index(None, "finding_id"),
    Index(None, "state"),
)
