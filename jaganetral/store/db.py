"""Engines for the embedded SQLite (WAL) and PostgreSQL, migrated to the newest schema on open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from jaganetral.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
DB_FILE = "jaganetral.db"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINTs; let SQLAlchemy emit BEGIN itself
    # (the recipe of SQLAlchemy's SQLite dialect documentation).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # WAL lets the web app read while a scan writes; NORMAL is durable at each checkpoint in WAL.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(data_dir: Path, db_url: str | None) -> Engine:
    """SQLite under ``data_dir`` unless ``db_url`` names another database."""
    if db_url is None:
        data_dir.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{(data_dir / DB_FILE).resolve()}"
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(db_url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the database to the newest revision; a no-op when it is already there."""
    cfg = alembic_config(engine)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        if current != head:
            command.upgrade(cfg, "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open or migrate the database: {exc.__class__.__name__}: {exc}") from exc
