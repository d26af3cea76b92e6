"""Spreadsheet exports (XLSX and CSV) of case lists, findings and audit logs, safe to open in Excel.

Exported cells hold text that came from the public (post texts, names, report descriptions). A
spreadsheet program runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula ("CSV
injection"), also after leading blanks, and tab or carriage return at the start are abused the same
way. Every *text* cell that could be read so is written with a leading apostrophe (the OWASP
advice); numbers, dates and booleans keep their own types. Spreadsheets have no time zones: a
datetime is written as the wall-clock time it carries (a case's times arrive in the case's zone,
with the zone's name in a column of its own), a UTC one in WIB; a naive datetime is refused, since
nobody could tell which clock it was read from.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from jaganetral.errors import InvalidData
from jaganetral.model.clock import WIB, zone_of

#: Characters that make a spreadsheet read a cell as a formula when they come first.
FORMULA_TRIGGERS = ("=", "+", "-", "@")
#: Characters that are dangerous as the very first character (they hide a trigger behind them).
LEADING_TRIGGERS = ("\t", "\r")

#: Excel's limit on the characters of one cell.
XLSX_CELL_MAX = 32767
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")
_WIDTH_SAMPLE = 1000

Row = Sequence[Any] | Mapping[str, Any]


def needs_prefix(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula."""
    return text.startswith(LEADING_TRIGGERS) or text.lstrip().startswith(FORMULA_TRIGGERS)


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet could take it for a formula."""
    return "'" + text if needs_prefix(text) else text


def rows_to_csv(columns: Sequence[str], rows: Iterable[Row], *, delimiter: str = ",") -> bytes:
    """``columns`` then ``rows`` as CSV: UTF-8 with BOM (so Excel detects it), ``\\r\\n`` line ends.

    A row is a sequence aligned with ``columns`` or a mapping keyed by column name (missing keys are
    empty). Text cells are neutralised (see module docs). ``delimiter=";"`` suits an Excel set to
    the Indonesian locale, whose list separator is the semicolon.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(str(c)) for c in columns])
    for values in _aligned(columns, rows):
        writer.writerow([_csv_cell(v) for v in values])
    # lone surrogates cannot be UTF-8; they are replaced rather than failing the whole export
    return buf.getvalue().encode("utf-8-sig", errors="replace")


def rows_to_xlsx(sheet_title: str, columns: Sequence[str], rows: Iterable[Row]) -> bytes:
    """``columns`` then ``rows`` as an XLSX workbook of one sheet.

    The header row is bold and frozen, with an auto-filter; column widths follow the content (first
    thousand rows, between 8 and 60 characters); dates and datetimes are real Excel dates. Text
    cells are neutralised and always stored as strings; characters XML cannot carry (control
    characters) become U+FFFD and text beyond Excel's 32,767-character cell limit is cut.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = _sheet_title(sheet_title)
    widths = [len(str(c)) for c in columns]
    bold = Font(bold=True)
    for j, name in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=j)
        _put(cell, str(name))
        cell.font = bold
        cell.alignment = Alignment(vertical="top")
    r = 1
    for r, values in enumerate(_aligned(columns, rows), start=2):
        for j, value in enumerate(values, start=1):
            shown = _put(ws.cell(row=r, column=j), value)
            if r <= _WIDTH_SAMPLE + 1:
                widths[j - 1] = max(widths[j - 1], shown)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = min(max(w + 2, 8), 60)
    ws.freeze_panes = "A2"
    if columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{r}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _aligned(columns: Sequence[str], rows: Iterable[Row]) -> Iterable[list[Any]]:
    n = len(columns)
    for i, row in enumerate(rows, start=1):
        if isinstance(row, Mapping):
            yield [row.get(c) for c in columns]
            continue
        if isinstance(row, str | bytes) or len(row) > n:
            raise InvalidData(f"row has {len(row)} cells for {n} columns", line=i)
        yield [*row, *([None] * (n - len(row)))]


def wall_clock(value: datetime) -> datetime:
    """The naive wall-clock time a cell shows: the datetime's own zone if Indonesian, else WIB."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidData("a naive datetime cannot be exported: its zone is unknown", field="datetime")
    zone = zone_of(value) or WIB
    return value.astimezone(zone.tz).replace(tzinfo=None)


def _text_of(value: Any) -> str | None:
    """Values written as text (anything but numbers, booleans, dates and empty)."""
    if value is None or isinstance(value, bool | int | Decimal | date | datetime):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else str(value)
    if isinstance(value, time):
        return value.isoformat()
    return str(value)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return wall_clock(value).strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    text = _text_of(value)
    if text is None:  # a finite number: keep it a number
        return str(value)
    return neutralise(text)


def _put(cell: Any, value: Any) -> int:
    """Write ``value`` into ``cell`` with the right type; return its display width."""
    if isinstance(value, datetime):
        cell.value = wall_clock(value)  # Excel has no time zones
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
        return 19
    if isinstance(value, date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
        return 10
    text = _text_of(value)
    if text is None:
        cell.value = value
        return len(str(value)) if value is not None else 0
    text = neutralise(ILLEGAL_CHARACTERS_RE.sub("\ufffd", _no_surrogates(text))[:XLSX_CELL_MAX])
    if len(text) > XLSX_CELL_MAX:  # the apostrophe pushed it over
        text = text[:XLSX_CELL_MAX]
    cell.value = text
    cell.data_type = "s"  # never a formula, whatever the text looks like
    return max((len(line) for line in text.splitlines()), default=0)


def _no_surrogates(text: str) -> str:
    return text.encode("utf-8", errors="replace").decode("utf-8")


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of ``[]:*?/\\``, not starting or ending with ``'``."""
    clean = _SHEET_TITLE_BAD.sub(" ", title).strip().strip("'")[:31].strip()
    return clean or "Sheet1"
