"""Tables of the case workflow and the web workbench (cases, users, sessions, audit, public reports).

They share :data:`jaganetral.store.tables.metadata`; Alembic revision 0003 creates them. Events,
decisions and audit entries are append-only: the application never updates or deletes those rows.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from jaganetral.store.tables import metadata
from jaganetral.store.types import UTCDateTime

#: Application users. ``instansi`` limits an ``instansi`` user to the cases of one agency.
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(80), nullable=False, unique=True),
    Column("full_name", Text, nullable=False),
    Column("role", String(20), nullable=False),
    Column("instansi", Text),
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", UTCDateTime(), nullable=False),
    # RFC 6238 second factor (base32 secret); required for pimpinan and admin
    Column("totp_secret", Text),
    Column("totp_last_step", BigInteger),
    Column("email", Text),
    Column("deactivated_at", UTCDateTime()),
    Column("must_change_password", Boolean, nullable=False, default=False, server_default=false()),
)

#: Failed logins per key (``user:<name>``, ``ip:<address>``): throttling and temporary lockout.
login_throttle = Table(
    "login_throttle",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("first_at", UTCDateTime(), nullable=False),
    Column("locked_until", UTCDateTime()),
)

#: The normalised agency table: a pemda and its OPD (``parent_id``), by region code.
agencies = Table(
    "agencies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("norm", String(300), nullable=False, unique=True),
    Column("parent_id", Integer, ForeignKey("agencies.id")),
    Column("region_code", String(13)),
    Column("kind", String(20), nullable=False),
    Index(None, "parent_id"),
    Index(None, "region_code"),
)

#: What an agency user may see: an agency (with its OPD) or every agency of a region code.
user_scopes = Table(
    "user_scopes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("agency_id", Integer, ForeignKey("agencies.id")),
    Column("region_code", String(13)),
    Index(None, "user_id"),
)

#: In-app notifications (assignment, deadline, state change); e-mailed only when SMTP is configured.
notifications = Table(
    "notifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(80), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("case_id", String(24)),
    Column("text", Text, nullable=False),
    Column("read_at", UTCDateTime()),
    Column("emailed_at", UTCDateTime()),
    Index(None, "username", "read_at"),
)

#: Other agencies' systems told of changes: POST of each change, signed with HMAC-SHA256.
webhooks = Table(
    "webhooks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False),
    Column("secret", Text, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_by", String(80), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("last_event_id", BigInteger, nullable=False, default=0),
    Column("last_status", Integer),
    Column("last_at", UTCDateTime()),
)

#: Browser sessions, stored by the SHA-256 of the cookie value (the cookie itself is never stored).
sessions = Table(
    "sessions",
    metadata,
    Column("token_sha256", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
)

#: API tokens for machine clients, also stored hashed.
api_tokens = Table(
    "api_tokens",
    metadata,
    Column("token_sha256", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime()),
)

#: One row per case: the current state and what the lists filter on (the history is in case_events).
cases = Table(
    "cases",
    metadata,
    Column("id", String(24), primary_key=True),
    Column("title", Text, nullable=False),
    Column("state", String(40), nullable=False),
    Column("origin", String(20), nullable=False),
    Column("election_id", String(80)),
    Column("election_type", String(10), nullable=False),
    Column("subject_key", String(200), nullable=False),
    Column("subject_kind", String(20), nullable=False),
    Column("nip", String(18)),
    Column("subject_name", Text),
    Column("instansi", Text),
    Column("wilayah", Text),
    Column("region_code", String(13)),
    Column("violation_codes", JSON, nullable=False),
    Column("primary_code", String(20)),
    Column("action", String(40)),
    Column("event_date", UTCDateTime()),
    Column("event_week", String(8)),
    Column("discovered_at", UTCDateTime(), nullable=False),
    Column("opened_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("due_at", UTCDateTime()),
    Column("outcome", String(40)),
    Column("forwarded_to", String(20)),
    # what the PPK did with a forwarded recommendation (workflow.yaml ``ppk_results``)
    Column("ppk_result", String(40)),
    # for an institution's account: the official answerable for it (a letter needs a natural person)
    Column("official_name", Text),
    Column("official_nip", String(18)),
    Column("official_jabatan", Text),
    Column("tracking_code", String(20)),
    Column("finding_count", Integer, nullable=False, default=0),
    Column("search_text", Text, nullable=False, default=""),
    # the normalised agency (agencies.id) that decides which agency users see the case
    Column("agency_id", Integer),
    # who works on it: a person (username) and/or a team name
    Column("assignee", String(80)),
    Column("team", String(80)),
    # set when merged into another case (reversible: unmerging clears it; both events kept)
    Column("merged_into", String(24)),
    Column("seal", String(64)),
    Index(None, "state"),
    Index(None, "agency_id"),
    Index(None, "assignee"),
    Index(None, "instansi"),
    Index(None, "wilayah"),
    Index(None, "updated_at"),
    Index(None, "subject_key", "event_date"),
    Index(None, "event_week"),
    Index(None, "primary_code"),
    Index(None, "tracking_code"),
    Index(None, "nip", "event_date"),  # similar cases about the same person
)

#: Which findings a case rests on (a finding belongs to at most one case).
case_findings = Table(
    "case_findings",
    metadata,
    Column("case_id", String(24), ForeignKey("cases.id"), primary_key=True),
    Column("finding_id", String(40), ForeignKey("findings.finding_id"), primary_key=True),
    Column("added_at", UTCDateTime(), nullable=False),
    Column("added_by", String(80), nullable=False),
    UniqueConstraint("finding_id"),
)

#: The append-only history of a case: transitions, notes, decisions, approvals, PPK follow-up.
case_events = Table(
    "case_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String(24), ForeignKey("cases.id"), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("actor", String(80), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("from_state", String(40)),
    Column("to_state", String(40)),
    Column("reason", Text, nullable=False, default=""),
    Column("data", JSON, nullable=False),
    Index(None, "case_id", "id"),
)

#: Findings the analysts dismissed at triage (kept, with who and why; never deleted).
triage = Table(
    "triage",
    metadata,
    Column("finding_id", String(40), ForeignKey("findings.finding_id"), primary_key=True),
    Column("decision", String(20), nullable=False),
    Column("actor", String(80), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("reason", Text, nullable=False),
)

#: Every view of personal data and every export: who, when, what.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("actor", String(80), nullable=False),
    Column("action", String(40), nullable=False),
    Column("object", Text, nullable=False),
    Column("detail", JSON, nullable=False),
    Index(None, "at"),
)

#: Public reports (laporan masyarakat). The reporter's identity sits in its own columns, shown only
#: to roles that must contact them; ``tracking_code`` is what the reporter follows the status with.
public_reports = Table(
    "public_reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tracking_code", String(20), nullable=False, unique=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("what", Text, nullable=False),
    Column("where_text", Text, nullable=False),
    Column("when_text", Text, nullable=False),
    Column("links", JSON, nullable=False),
    Column("evidence_sha256", JSON, nullable=False),
    Column("ocr_text", Text, nullable=False, default=""),
    Column("reporter_name", Text),
    Column("reporter_contact", Text),
    Column("status", String(40), nullable=False),
    Column("case_id", String(24), ForeignKey("cases.id")),
    Column("seal", String(64)),
)


#: The issuing Bawaslu unit(s) of this installation: what letters and dossiers print in the kop, the
#: place and zone of the date, the agenda code, the signatories and the tembusan. Edited by admins.
units = Table(
    "units",
    metadata,
    Column("code", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("letterhead", Text, nullable=False, default=""),
    Column("parent_name", Text, nullable=False, default=""),
    Column("address", Text, nullable=False, default=""),
    Column("city", Text, nullable=False, default=""),
    Column("region", Text, nullable=False, default=""),
    Column("agenda_code", String(60), nullable=False, default=""),
    Column("signatory_name", Text, nullable=False, default=""),
    Column("signatory_title", Text, nullable=False, default=""),
    Column("signatory_nip", String(18), nullable=False, default=""),
    Column("copies", JSON, nullable=False),
    Column("gakkumdu_copies", JSON, nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("updated_by", String(80), nullable=False),
)

#: The last agenda number given out per unit and year (one row each, incremented in place under
#: the database's row lock, so two approvals at once never share a number).
letter_counters = Table(
    "letter_counters",
    metadata,
    Column("unit_code", String(40), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
)

#: Every numbered letter: the number is given once, at approval, and never reused.
letters = Table(
    "letters",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String(24), ForeignKey("cases.id"), nullable=False),
    Column("unit_code", String(40), nullable=False),
    Column("year", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("number", String(120), nullable=False, unique=True),
    Column("recipient", String(20), nullable=False),
    Column("issued_at", UTCDateTime(), nullable=False),
    Column("issued_by", String(80), nullable=False),
    Column("draft_event", Integer, nullable=False),
    UniqueConstraint("unit_code", "year", "seq"),
    Index(None, "case_id"),
)
