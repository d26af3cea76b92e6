"""Seals and signed custody, accounts (TOTP, lockout), agency scopes, assignment, notifications, webhooks

Revision ID: 0007
Revises: 0006

Rows written before this revision carry no seal and their custody entries no signature: the
first :meth:`jaganetral.store.repository.Store.open` after the upgrade seals and signs them with
the installation key (``store/seal.py: adopt``) and records that it did, in the chain itself.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("activities", "findings", "public_reports"):
        with op.batch_alter_table(table, schema=None) as b:
            b.add_column(sa.Column("seal", sa.String(length=64), nullable=True))
    with op.batch_alter_table("custody", schema=None) as b:
        b.add_column(sa.Column("signature", sa.String(length=100), nullable=True))
    op.create_table(
        "custody_checkpoints",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signature", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_custody_checkpoints")),
    )
    with op.batch_alter_table("users", schema=None) as b:
        b.add_column(sa.Column("totp_secret", sa.Text(), nullable=True))
        b.add_column(sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
        b.add_column(sa.Column("email", sa.Text(), nullable=True))
        b.add_column(sa.Column("deactivated_at", sa.DateTime(timezone=True), nullable=True))
        b.add_column(
            sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttle")),
    )
    op.create_table(
        "agencies",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("norm", sa.String(length=300), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("region_code", sa.String(length=13), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["agencies.id"], name=op.f("fk_agencies_parent_id_agencies")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agencies")),
        sa.UniqueConstraint("norm", name=op.f("uq_agencies_norm")),
    )
    op.create_index(op.f("ix_agencies_parent_id"), "agencies", ["parent_id"], unique=False)
    op.create_index(op.f("ix_agencies_region_code"), "agencies", ["region_code"], unique=False)
    op.create_table(
        "user_scopes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("region_code", sa.String(length=13), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_user_scopes_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_user_scopes_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_scopes")),
    )
    op.create_index(op.f("ix_user_scopes_user_id"), "user_scopes", ["user_id"], unique=False)
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("case_id", sa.String(length=24), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("emailed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
    )
    op.create_index(
        op.f("ix_notifications_username_read_at"), "notifications", ["username", "read_at"], unique=False
    )
    op.create_table(
        "webhooks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("secret", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_event_id", sa.BigInteger(), nullable=False),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhooks")),
    )
    with op.batch_alter_table("cases", schema=None) as b:
        b.add_column(sa.Column("agency_id", sa.Integer(), nullable=True))
        b.add_column(sa.Column("assignee", sa.String(length=80), nullable=True))
        b.add_column(sa.Column("team", sa.String(length=80), nullable=True))
        b.add_column(sa.Column("merged_into", sa.String(length=24), nullable=True))
        b.add_column(sa.Column("seal", sa.String(length=64), nullable=True))
        b.create_index(b.f("ix_cases_agency_id"), ["agency_id"], unique=False)
        b.create_index(b.f("ix_cases_assignee"), ["assignee"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as b:
        b.drop_index(b.f("ix_cases_assignee"))
        b.drop_index(b.f("ix_cases_agency_id"))
        for c in ("seal", "merged_into", "team", "assignee", "agency_id"):
            b.drop_column(c)
    for t in (
        "webhooks",
        "notifications",
        "user_scopes",
        "agencies",
        "login_throttle",
        "custody_checkpoints",
    ):
        op.drop_table(t)
    with op.batch_alter_table("users", schema=None) as b:
        for c in ("must_change_password", "deactivated_at", "email", "totp_last_step", "totp_secret"):
            b.drop_column(c)
    with op.batch_alter_table("custody", schema=None) as b:
        b.drop_column("signature")
    for table in ("public_reports", "findings", "activities"):
        with op.batch_alter_table(table, schema=None) as b:
            b.drop_column("seal")
