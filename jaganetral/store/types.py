"""Column types of the one schema. Instants are stored in UTC and always come back timezone-aware.

SQLite keeps no offsets: SQLAlchemy writes the wall-clock digits of whatever it is given, so an
instant carrying ``+07:00`` used to be stored as Jakarta time and read back as UTC (seven hours
late). :class:`UTCDateTime` converts every aware value to UTC on the way in and marks every value
read back as UTC, on SQLite and PostgreSQL alike. A naive value is refused: nobody can tell which
clock it was read from.

On SQLite a time is text, and ``datetime.fromisoformat`` would read ``2024-09-08!10:15:00`` as the
same instant: a changed byte that changes nothing read would hide from ``evidence verify``. So only
the one form SQLAlchemy writes is read back (:data:`SQLITE_FORM`); any other text is an altered cell,
which verify names (:mod:`jaganetral.store.rows`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

#: The text SQLAlchemy writes for an instant on SQLite (UTC digits, six decimals), and nothing else.
SQLITE_FORM = r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{6}))?\Z"


class UTCDateTime(TypeDecorator[datetime]):
    """``DateTime(timezone=True)`` that stores UTC and returns aware UTC datetimes."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sqlite.DATETIME(timezone=True, regexp=SQLITE_FORM))  # type: ignore[no-untyped-call]
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"a datetime is needed, not {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime given to a UTC column: say which zone it is in")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
