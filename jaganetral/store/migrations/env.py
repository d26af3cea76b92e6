"""Alembic environment: runs against the engine handed in by :func:`jaganetral.store.db.migrate`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from jaganetral.store.schema import metadata

engine = context.config.attributes.get("engine")
if not isinstance(engine, Engine):  # pragma: no cover - only when run by the alembic CLI
    raise RuntimeError("run migrations through jaganetral.store.db.migrate()")

with engine.begin() as connection:
    context.configure(
        connection=connection, target_metadata=metadata, render_as_batch=connection.dialect.name == "sqlite"
    )
    with context.begin_transaction():
        context.run_migrations()
