"""Column types of the one schema. Instants are stored in UTC and always come back timezone-aware.

SQLite keeps no offsets: SQLAlchemy writes the wall-clock digits of whatever it is given, so an
instant carrying ``+07:00`` used to be stored as Jakarta time and read back as UTC (seven hours
late). :class:`UTCDateTime` converts every aware value to UTC on the way in and marks every value
read back as UTC, on SQLite and PostgreSQL alike. A naive value is refused: nobody can tell which
clock it was read from.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """``DateTime(timezone=True)`` that stores UTC and returns aware UTC datetimes."""

    impl = DateTime(timezone=True)
    cache_ok = True

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
