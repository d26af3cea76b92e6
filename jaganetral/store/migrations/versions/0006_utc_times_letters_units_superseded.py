"""UTC instants, units and letter numbers, superseded findings, case fields of issue 13

Revision ID: 0006
Revises: 0005

Besides the schema, this revision repairs the stored incident times of cases. Before it, a
finding's ``+07:00`` time went into the naive SQLite column as Jakarta wall-clock digits and was read
back as UTC (seven hours late, often the wrong day). The incident time of a case is by definition
the instant of its earliest finding, which the ``findings`` table always held in UTC, so every
case with findings gets it back from there (on PostgreSQL this rewrites the same values).
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# a frozen revision keeps its own constant (the calendar zone of model/clock.py at the time)
_WIB = ZoneInfo("Asia/Jakarta")


def _aware(v: object) -> datetime | None:
    if v is None:
        return None
    if isinstance(v, str):
        v = datetime.fromisoformat(v)
    assert isinstance(v, datetime)
    return v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC)


def upgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as b:
        b.add_column(sa.Column("superseded_by", sa.String(length=40), nullable=True))
        b.add_column(sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True))
        b.create_index(b.f("ix_findings_superseded_by"), ["superseded_by"], unique=False)
    with op.batch_alter_table("cases", schema=None) as b:
        b.add_column(sa.Column("ppk_result", sa.String(length=40), nullable=True))
        b.add_column(sa.Column("official_name", sa.Text(), nullable=True))
        b.add_column(sa.Column("official_nip", sa.String(length=18), nullable=True))
        b.add_column(sa.Column("official_jabatan", sa.Text(), nullable=True))
        b.add_column(sa.Column("tracking_code", sa.String(length=20), nullable=True))
        b.create_index(b.f("ix_cases_tracking_code"), ["tracking_code"], unique=False)
        b.create_index(b.f("ix_cases_nip_event_date"), ["nip", "event_date"], unique=False)
    op.create_table(
        "units",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("letterhead", sa.Text(), nullable=False),
        sa.Column("parent_name", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.Text(), nullable=False),
        sa.Column("region", sa.Text(), nullable=False),
        sa.Column("agenda_code", sa.String(length=60), nullable=False),
        sa.Column("signatory_name", sa.Text(), nullable=False),
        sa.Column("signatory_title", sa.Text(), nullable=False),
        sa.Column("signatory_nip", sa.String(length=18), nullable=False),
        sa.Column("copies", sa.JSON(), nullable=False),
        sa.Column("gakkumdu_copies", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_units")),
    )
    op.create_table(
        "letter_counters",
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("unit_code", "year", name=op.f("pk_letter_counters")),
    )
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(length=24), nullable=False),
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("recipient", sa.String(length=20), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=80), nullable=False),
        sa.Column("draft_event", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_letters_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letters")),
        sa.UniqueConstraint("number", name=op.f("uq_letters_number")),
        sa.UniqueConstraint("unit_code", "year", "seq", name=op.f("uq_letters_unit_code_year_seq")),
    )
    with op.batch_alter_table("letters", schema=None) as b:
        b.create_index(b.f("ix_letters_case_id"), ["case_id"], unique=False)
    _repair_case_times()


def _repair_case_times() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT cf.case_id, MIN(f.occurred_at) FROM case_findings cf "
            "JOIN findings f ON f.finding_id = cf.finding_id GROUP BY cf.case_id"
        )
    ).all()
    for case_id, first in rows:
        at = _aware(first)
        if at is None:
            continue
        # the chart's week is the week of the incident's date on the election calendar (WIB)
        y, w, _ = at.astimezone(_WIB).isocalendar()
        value: object = at if conn.dialect.name == "postgresql" else at.replace(tzinfo=None)
        conn.execute(
            sa.text("UPDATE cases SET event_date = :at, event_week = :wk WHERE id = :id"),
            {"at": value, "wk": f"{y}-W{w:02d}", "id": case_id},
        )
    reports = conn.execute(
        sa.text("SELECT tracking_code, case_id FROM public_reports WHERE case_id IS NOT NULL")
    ).all()
    for code, case_id in reports:
        conn.execute(
            sa.text("UPDATE cases SET tracking_code = :code WHERE id = :id"), {"code": code, "id": case_id}
        )


def downgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as b:
        b.drop_index(b.f("ix_letters_case_id"))
    op.drop_table("letters")
    op.drop_table("letter_counters")
    op.drop_table("units")
    with op.batch_alter_table("cases", schema=None) as b:
        b.drop_index(b.f("ix_cases_nip_event_date"))
        b.drop_index(b.f("ix_cases_tracking_code"))
        for col in ("tracking_code", "official_jabatan", "official_nip", "official_name", "ppk_result"):
            b.drop_column(col)
    with op.batch_alter_table("findings", schema=None) as b:
        b.drop_index(b.f("ix_findings_superseded_by"))
        b.drop_column("superseded_at")
        b.drop_column("superseded_by")
