"""Engines for the embedded SQLite (WAL) and PostgreSQL, migrated to the newest schema on open."""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from jaganetral.errors import StoreError
from jaganetral.model.canonical import json_text, json_value
from jaganetral.store.seal import forget, run_before_commit

MIGRATIONS = Path(__file__).parent / "migrations"
DB_FILE = "jaganetral.db"
#: Execution option that marks a connection as a writer (see :func:`write`).
WRITE_OPTION = "jaganetral_write"
#: How long SQLite waits for the write lock before answering SQLITE_BUSY, then how often we retry.
BUSY_TIMEOUT_MS = 10_000
BUSY_RETRIES = 5


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINTs; let SQLAlchemy emit BEGIN itself
    # (the recipe of SQLAlchemy's SQLite dialect documentation).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # WAL lets the web app read while a scan writes; NORMAL is durable at each checkpoint in WAL.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED as the sqlite3 driver reports them."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database table is locked" in text or "busy" in text


def _sqlite_begin(conn: Any) -> None:
    # Readers begin DEFERRED and never take the write lock (WAL lets them read beside a writer).
    # Writers begin IMMEDIATE: they queue for the lock at the start (busy_timeout waits), instead of
    # reading first and failing at their first write because someone else committed meanwhile.
    immediate = bool(conn.get_execution_options().get(WRITE_OPTION))
    sql = "BEGIN IMMEDIATE" if immediate else "BEGIN"
    for attempt in range(BUSY_RETRIES):
        try:
            conn.exec_driver_sql(sql)
            return
        except OperationalError as exc:
            if not is_busy(exc) or attempt == BUSY_RETRIES - 1:
                raise
            time.sleep(0.05 * 2**attempt)


_WRITERS: weakref.WeakKeyDictionary[Engine, threading.RLock] = weakref.WeakKeyDictionary()
_WRITERS_GUARD = threading.Lock()


def writer_lock(engine: Engine) -> threading.RLock | None:
    """SQLite has one writer at a time: the threads of this process queue on a lock of their own
    (a prompt hand-over) instead of polling the database file (SQLite's busy handler sleeps up to
    100 ms between tries). Other processes (a scan) still meet the busy timeout and the retry."""
    if engine.dialect.name != "sqlite":
        return None
    with _WRITERS_GUARD:
        lock = _WRITERS.get(engine)
        if lock is None:
            lock = _WRITERS[engine] = threading.RLock()
        return lock


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One short write transaction: BEGIN IMMEDIATE on SQLite (retried while busy), plain on PostgreSQL.

    Every write of the application goes through here; reads use ``engine.connect()`` and never
    hold the write lock, so a page view cannot fail because someone else is writing.
    """
    lock = writer_lock(engine)
    if lock is not None:
        lock.acquire()
    try:
        with engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            forget(conn)
            try:
                with conn.begin():
                    yield conn
                    # seals and custody entries of what this transaction changed (store/seal.py)
                    run_before_commit(conn)
            finally:
                forget(conn)
    finally:
        if lock is not None:
            lock.release()


def make_engine(data_dir: Path, db_url: str | None) -> Engine:
    """SQLite under ``data_dir`` unless ``db_url`` names another database."""
    if db_url is None:
        if data_dir.exists() and not data_dir.is_dir():
            raise StoreError(f"{data_dir}: --data must be a folder, and this is a file")
        data_dir.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{(data_dir / DB_FILE).resolve()}"
        engine = create_engine(url, json_serializer=json_text, json_deserializer=json_value)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(
            db_url, pool_pre_ping=True, json_serializer=json_text, json_deserializer=json_value
        )
    except (SQLAlchemyError, ValueError) as exc:
        raise StoreError(
            f"{db_url}: not a database URL this installation can use ({describe(exc)}); "
            "expected e.g. postgresql+psycopg://user:password@host/dbname"
        ) from None
    except ImportError as exc:
        raise StoreError(f"{db_url}: the database driver is not installed ({exc.name})") from None


def database_name(engine: Engine) -> str:
    """The database as a user knows it: the SQLite file, or the URL without its password."""
    if engine.url.get_backend_name() == "sqlite":
        return str(engine.url.database)
    return engine.url.render_as_string(hide_password=True)


def describe(exc: BaseException) -> str:
    """The database driver's own message, without SQL text or links to SQLAlchemy's site."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc)
    return text.split("\n", 1)[0].split("(Background on this error", 1)[0].strip()


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine) -> str | None:
    """Bring the database to the newest revision; a no-op when it is already there. Returns the
    revision the database was at before (None for a new database)."""
    cfg = alembic_config(engine)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        if current != head:
            command.upgrade(cfg, "head")
    except SQLAlchemyError as exc:
        raise StoreError(
            f"{database_name(engine)}: cannot open or migrate the database: {describe(exc)}"
        ) from exc
    return current
