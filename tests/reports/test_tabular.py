"""XLSX and CSV exports: typed cells, Excel-friendly encoding, and no formula injection."""

from __future__ import annotations

import csv
import io
import math
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jaganetral.errors import InvalidData
from jaganetral.reports import neutralise, rows_to_csv, rows_to_xlsx

TRIGGERS = ("=", "+", "-", "@")


def dangerous(cell: str) -> bool:
    """What a spreadsheet may run as a formula: a trigger first (after blanks), or tab / CR first."""
    return cell[:1] in ("\t", "\r") or cell.lstrip()[:1] in TRIGGERS


#: Characters XML (so XLSX) can carry: no C0 controls but tab, line feed and carriage return.
_XML_CHARS = st.characters(
    exclude_categories=["Cs"], exclude_characters=[chr(c) for c in range(32) if chr(c) not in "\t\n\r"]
)


def _edgy(rest: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Text built to hit the edge: optional blanks, then maybe a trigger, then anything."""
    return st.builds(
        lambda lead, trig, tail: lead + trig + tail,
        st.sampled_from(["", " ", "  ", "\t", "\r", "\n", "\u00a0", " \t"]),
        st.sampled_from(["", *TRIGGERS, "'", "a", "1"]),
        rest,
    )


_CSV_TEXT = st.one_of(st.text(), _edgy(st.text()))
_XLSX_TEXT = st.one_of(st.text(_XML_CHARS), _edgy(st.text(_XML_CHARS)))
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
)


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _xlsx_sheet(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data)).active


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CSV_TEXT, min_size=1, max_size=6))
@example(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1", "\n-2", "a=b", "1-2", "'x", ""])
def test_csv_text_cells_never_start_a_formula_and_read_back_with_prefix_only_where_needed(
    cells: list[str],
) -> None:
    columns = [f"c{i}" for i in range(len(cells))]
    data = rows_to_csv(columns, [cells])
    header, row = _csv_rows(data)
    assert header == columns
    for original, got in zip(cells, row, strict=True):
        assert not dangerous(got)
        assert got == ("'" + original if dangerous(original) else original)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_XLSX_TEXT, min_size=1, max_size=5))
@example(['=HYPERLINK("http://x","klik")', "+62 812", "-", "@ahmad", "\t=1", "\r\n=1", " =1", "ok"])
def test_xlsx_text_cells_are_strings_never_formulas(cells: list[str]) -> None:
    columns = [f"c{i}" for i in range(len(cells))]
    data = rows_to_xlsx("Temuan", columns, [cells])
    ws = _xlsx_sheet(data)
    for j, original in enumerate(cells, start=1):
        cell = ws.cell(row=2, column=j)
        if original == "":
            assert cell.value in (None, "")
            continue
        assert cell.data_type == "s"
        assert not dangerous(cell.value)
        assert cell.value == ("'" + original if dangerous(original) else original)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")


@settings(max_examples=100, deadline=None)
@given(st.lists(_SCALARS, min_size=1, max_size=6))
def test_numbers_dates_and_booleans_keep_their_types(values: list[Any]) -> None:
    columns = [f"c{i}" for i in range(len(values))]
    ws = _xlsx_sheet(rows_to_xlsx("x", columns, [values]))
    (row,) = _csv_rows(rows_to_csv(columns, [values]))[1:]
    for j, v in enumerate(values, start=1):
        got, text = ws.cell(row=2, column=j).value, row[j - 1]
        if v is None:
            assert got is None and text == ""
        elif isinstance(v, bool):
            assert got is v and text == ("TRUE" if v else "FALSE")
        elif isinstance(v, int):
            assert got == v and int(text) == v  # a negative number stays a number: no apostrophe
        elif isinstance(v, float):
            assert math.isclose(got, v) and float(text) == v
        else:
            assert got == datetime(v.year, v.month, v.day) and text == v.isoformat()


def test_xlsx_layout_bold_frozen_header_widths_filters_and_real_dates() -> None:
    when = datetime(2024, 10, 10, 2, 0, tzinfo=UTC)  # 09.00 in Jakarta
    rows = [
        {
            "Kasus": "K-2024-0001",
            "Nama": "Budi Santoso",
            "Tanggal": when,
            "Temuan": 3,
            "Nilai": Decimal("0.5"),
        },
        {"Kasus": "K-2024-0002", "Nama": "x" * 200, "Tanggal": date(2024, 11, 1)},
    ]
    ws = _xlsx_sheet(rows_to_xlsx("Daftar kasus", ["Kasus", "Nama", "Tanggal", "Temuan", "Nilai"], rows))
    assert ws.title == "Daftar kasus"
    assert [c.value for c in ws[1]] == ["Kasus", "Nama", "Tanggal", "Temuan", "Nilai"]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:E3"
    assert ws["C2"].value == datetime(2024, 10, 10, 9, 0) and ws["C2"].is_date
    assert ws["C3"].value == datetime(2024, 11, 1) and ws["C3"].number_format == "yyyy-mm-dd"
    assert ws["D2"].value == 3 and ws["D3"].value is None
    assert ws["E2"].value == 0.5
    widths = {k: ws.column_dimensions[k].width for k in "ABC"}
    assert 8 <= widths["A"] < widths["B"] == 60
    assert widths["C"] >= 19


def test_csv_is_utf8_with_bom_and_crlf_and_times_in_jakarta() -> None:
    rows = [["Siti Nur’aini", datetime(2024, 10, 10, 2, 0, tzinfo=UTC), "baris\nkedua"]]
    data = rows_to_csv(["Nama", "Waktu", "Catatan"], rows)
    assert data.startswith(b"\xef\xbb\xbfNama,Waktu,Catatan\r\n")
    assert data.endswith(b"\r\n")
    assert _csv_rows(data)[1] == ["Siti Nur’aini", "2024-10-10 09:00:00", "baris\nkedua"]
    assert rows_to_csv(["a", "b"], [[1, 2]], delimiter=";") == b"\xef\xbb\xbfa;b\r\n1;2\r\n"


def test_headers_are_neutralised_too_and_short_rows_are_padded() -> None:
    (header, row) = _csv_rows(rows_to_csv(["=cmd", "b"], [["x"]]))
    assert header == ["'=cmd", "b"] and row == ["x", ""]


def test_a_row_longer_than_the_columns_is_refused_with_its_line() -> None:
    with pytest.raises(InvalidData) as err:
        rows_to_csv(["a"], [["ok"], ["x", "y"]])
    assert err.value.line == 2
    with pytest.raises(InvalidData):
        rows_to_xlsx("s", ["a", "b"], ["ab"])


def test_xlsx_replaces_characters_xml_cannot_carry_and_keeps_the_guard() -> None:
    ws = _xlsx_sheet(rows_to_xlsx("s", ["a", "b"], [["a\x00b\x1f", "\x1c=1"]]))
    assert ws["A2"].value == "a\ufffdb\ufffd"
    assert not dangerous(ws["B2"].value)


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Kasus [2024]: a/b?", "Kasus  2024   a b"), ("", "Sheet1"), ("x" * 40, "x" * 31), ("'q'", "q")],
)
def test_sheet_titles_follow_excel_rules(title: str, expected: str) -> None:
    assert _xlsx_sheet(rows_to_xlsx(title, ["a"], [])).title == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("  @x", "'  @x"),
        ("\t1", "'\t1"),
        ("\rx", "'\rx"),
        ("-5", "'-5"),
        ("a-5", "a-5"),
        ("", ""),
        (" ", " "),
        ("'=x", "'=x"),
    ],
)
def test_neutralise(text: str, expected: str) -> None:
    assert neutralise(text) == expected
