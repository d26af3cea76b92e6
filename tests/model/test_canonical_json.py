"""The canonical JSON form is byte for byte the standard library's (every stored hash depends on it)."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from jaganetral.model.canonical import canonical_json, json_text, json_value


def stdlib(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode(
        "utf-8"
    )


# Text as records carry it: any scalar value (no lone surrogates: UTF-8 cannot hold them).
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | text
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(text, inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=1500)
@given(values)
def test_same_bytes_as_the_standard_library(v: Any) -> None:
    assert canonical_json(v) == stdlib(v)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_float_as_python_writes_it(x: float) -> None:
    # the forms where msgspec and Python differ (exponents, tiny fractions) inside a document
    assert canonical_json({"x": [x, str(x)]}) == stdlib({"x": [x, str(x)]})


def test_edge_forms() -> None:
    for v in (1e16, 1e-5, 1e-7, 9.5e-5, 0.0001, 1.5e300, -2.5e-9, 5e-324, -0.0, 2**64, 2**100):
        assert canonical_json([v]) == stdlib([v]), v
    # the characters of an exponent inside a string are not a number
    assert canonical_json({"sha": "3e5a0e1", "s": "0.00001"}) == stdlib({"sha": "3e5a0e1", "s": "0.00001"})
    # keys that are not strings: the standard library turns them into strings, sorted by the key
    assert canonical_json({10: "a", 9: "b"}) == b'{"9":"b","10":"a"}'
    assert canonical_json({"a": (1, 2)}) == b'{"a":[1,2]}'


def test_not_finite_is_null() -> None:
    # JSON has no NaN: the standard library refused it, so no stored hash holds one
    assert canonical_json({"x": math.nan, "y": math.inf}) == b'{"x":null,"y":null}'


@given(values)
def test_column_text_round_trips(v: Any) -> None:
    assert json_value(json_text(v)) == v
    # and texts the standard library wrote before (spaces, ASCII escapes) read the same
    assert json_value(json.dumps(v)) == v
