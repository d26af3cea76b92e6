import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from factories import input_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jaganetral.errors import InvalidInput
from jaganetral.sources.jsonutil import (
    FieldError,
    JsonPath,
    format_path,
    load_documents,
    req_unix_time,
    text_mentions,
    within,
)

SENTINEL = "@@here@@"
# Keys and strings never contain "@", so the sentinel is found only where it was put.
_TEXT = st.text(st.characters(blacklist_characters="@", blacklist_categories=["Cs"]), max_size=6)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20,
)


def _put(value: Any, path: JsonPath) -> Any:
    if not path:
        return SENTINEL
    head, rest = path[0], path[1:]
    if isinstance(value, list):
        assert isinstance(head, int)
        return [_put(v, rest) if i == head else v for i, v in enumerate(value)]
    return {k: _put(v, rest) if k == head else v for k, v in value.items()}


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.data(),
    doc=_JSON,
    indent=st.sampled_from([None, 0, 2]),
    ascii_=st.booleans(),
    lead=st.sampled_from(["", "\n\n", "  \n"]),
)
def test_line_of_finds_the_value_at_any_path(
    tmp_path: Path, data: st.DataObject, doc: Any, indent: int | None, ascii_: bool, lead: str
) -> None:
    path: list[str | int] = []
    node = doc
    while isinstance(node, list | dict) and node and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(range(len(node)) if isinstance(node, list) else list(node)))
        path.append(key)
        node = node[key]
    doc = _put(doc, tuple(path))
    text = lead + json.dumps(doc, indent=indent, ensure_ascii=ascii_)
    (d,) = load_documents(input_file(tmp_path, "d.json", text))
    expected = text[: text.index(json.dumps(SENTINEL))].count("\n") + 1
    assert d.line_of(tuple(path)) == expected


def test_missing_field_points_at_its_record(tmp_path: Path) -> None:
    text = '{"data": [\n  {"id": "1"},\n  {"id": "2",\n   "x": 1}\n]}'
    (d,) = load_documents(input_file(tmp_path, "d.json", text))
    assert d.line_of(("data", 1, "created_time")) == 3
    assert d.line_of(("data", 1, "x")) == 4
    assert d.position(("data", 1, "x")) == "data[1].x"


def test_json_lines_and_concatenated_documents(tmp_path: Path) -> None:
    text = '{"data": [1]}\n{"data": [2]}\n\n{\n "data": [3]\n}\n'
    docs = load_documents(input_file(tmp_path, "d.jsonl", text))
    assert [d.value["data"][0] for d in docs] == [1, 2, 3]
    assert [d.start_line for d in docs] == [1, 2, 4]
    assert docs[2].position(("data", 0)) == "line 4 data[0]"
    assert docs[2].line_of(("data", 0)) == 5


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('{"data": [\n  {"id": 1},\n  {"id": ', 3),
        ('{"data": [1]}\n{"data": [2}\n', 2),
        ('{"a": 1,\n "b": tru}', 2),
    ],
)
def test_broken_json_names_the_line(tmp_path: Path, text: str, line: int) -> None:
    with pytest.raises(InvalidInput) as err:
        load_documents(input_file(tmp_path, "bad.json", text))
    assert err.value.line == line and err.value.file is not None
    assert "invalid JSON" in str(err.value)


def test_empty_file_is_invalid(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        load_documents(input_file(tmp_path, "e.json", "  \n"))


def test_format_path_and_within() -> None:
    assert format_path(("data", 3, "comments", "data", 0)) == "data[3].comments.data[0]"
    assert format_path(()) == ""
    with pytest.raises(FieldError) as err, within(("data", 2)):
        raise FieldError(("from", "id"), "bad")
    assert err.value.path == ("data", 2, "from", "id")


def test_text_mentions() -> None:
    got = text_mentions("Halo @budi.s dan @ani_w. Kirim ke ani@mail.id @budi.s")
    assert [m.handle for m in got] == ["budi.s", "ani_w"]
    assert [m.handle for m in text_mentions("@dewi-k hadir", extra_chars="-")] == ["dewi-k"]


@given(st.integers(min_value=946_684_800, max_value=4_102_444_799))  # 2000-01-01 … 2099-12-31
def test_unix_time_is_utc_and_exact(seconds: int) -> None:
    for raw in (seconds, str(seconds)):
        t = req_unix_time({"create_time": raw}, "create_time")
        assert t.tzinfo is not None and int(t.timestamp()) == seconds


@given(
    st.one_of(
        st.integers(max_value=946_684_799),
        st.integers(min_value=4_102_444_800),
        st.floats(allow_nan=True, allow_infinity=True).filter(lambda x: not 946_684_800 <= x < 4_102_444_800),
    )
)
def test_unix_time_outside_the_window_is_a_field_error(seconds: float) -> None:
    with pytest.raises(FieldError, match="create_time|out of range|outside"):
        req_unix_time({"create_time": seconds}, "create_time")


@given(order=st.permutations(list(range(12))), indent=st.sampled_from([None, 2]))
def test_line_of_is_right_in_any_order_of_questions(order: list[int], indent: int | None) -> None:
    records = [{"id": str(i), "x": {"y": [i] * (i % 3)}} for i in range(12)]
    text = json.dumps({"meta": {}, "data": records}, indent=indent)
    with tempfile.TemporaryDirectory() as d:
        (doc,) = load_documents(input_file(Path(d), "d.json", text))
    for i in order:
        needle = json.dumps({"id": str(i)})[1:-1]
        assert doc.line_of(("data", i, "id")) == text[: text.index(needle)].count("\n") + 1
        assert doc.line_of(("data", i, "missing")) == doc.line_of(("data", i))
        assert doc.line_of(("data", 99)) == text[: text.rindex("]")].count("\n") + 1
