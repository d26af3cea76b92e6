"""SQLAlchemy Core tables: the one schema for SQLite and PostgreSQL.

Changing a table means adding an Alembic revision in ``migrations/versions`` as well; a test
compares the migrated schema with this metadata so they cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from jaganetral.store.types import UTCDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

#: Every input file as received. The bytes live in ``evidence/<sha256>``; this row says what it was.
input_files = Table(
    "input_files",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("file_name", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("format", String(40), nullable=False),
    Column("received_at", UTCDateTime(), nullable=False),
    Column("activity_count", Integer, nullable=False),
    Column("rejected_count", Integer, nullable=False),
)

#: Canonical activities, stored once by ``platform:id`` whatever file they arrived in first.
#: ``doc`` is the full canonical JSON; the other columns are for querying.
activities = Table(
    "activities",
    metadata,
    Column("key", String(300), primary_key=True),
    Column("platform", String(20), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("actor_id", Text),
    Column("actor_handle", Text),
    Column("actor_name", Text),
    Column("text", Text, nullable=False),
    Column("url", Text),
    Column("deleted_at", UTCDateTime()),
    Column("source_sha256", String(64), ForeignKey("input_files.sha256"), nullable=False),
    Column("source_position", Text, nullable=False),
    Column("doc", JSON, nullable=False),
    # HMAC of the row under the installation's key (store/seal.py): an edit made behind
    # jaganetral's back no longer matches, and making a new one needs the private key
    Column("seal", String(64)),
    Index(None, "source_sha256"),
    Index(None, "platform", "actor_handle"),
    Index(None, "created_at"),
)

#: One row per command run that wrote to the store: what went in, what came out.
runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("command", String(40), nullable=False),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("finished_at", UTCDateTime(), nullable=False),
    Column("summary", JSON, nullable=False),
)

#: Findings of the judge stage, one current row per activity (``finding_id`` is derived from the
#: activity key). When a later run judges the same activity differently (newer rules, a deletion),
#: the old judgement is kept as a row of its own (``<finding_id>~<n>``) whose ``superseded_by``
#: names the current one, and the cases that cited it keep citing it: a finding never changes under
#: a case.
findings = Table(
    "findings",
    metadata,
    Column("finding_id", String(40), primary_key=True),
    Column("activity_key", String(300), ForeignKey("activities.key"), nullable=False),
    Column("status", String(20), nullable=False),
    Column("action", String(40), nullable=False),
    Column("actor_kind", String(20), nullable=False),
    Column("nip", String(18)),
    Column("instansi", Text),
    Column("codes", JSON, nullable=False),
    Column("occurred_at", UTCDateTime(), nullable=False),
    Column("evidence_sha256", String(64)),
    Column("doc", JSON, nullable=False),
    Column("first_seen_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("superseded_by", String(40)),
    Column("superseded_at", UTCDateTime()),
    Column("seal", String(64)),
    Index(None, "status"),
    Index(None, "nip"),
    Index(None, "activity_key"),
    Index(None, "status", "occurred_at"),  # the triage inbox: strongest, newest first
    Index(None, "superseded_by"),
)
