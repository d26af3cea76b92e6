"""JSON that jaganetral writes: the canonical byte form that is hashed, and the text stored in JSON columns.

**Canonical form** (:func:`canonical_json`): sorted keys, no spaces, UTF-8, no ASCII escaping —
byte for byte what ``json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))``
gives, because every seal, custody entry and evidence record ever stored was hashed in that form.
msgspec writes it about ten times faster; where its output can differ from the standard library's
the standard library writes it instead:

* a float in exponent form (Python writes ``1e-05`` and ``1e+16``, msgspec ``0.00001`` and
  ``1e16``): msgspec's output is read back once, its floats seen as written, and one with an
  exponent or starting ``0.0000`` sends the value to the standard library (reading is cheaper than
  any pattern over the text, which cannot tell a number from the same characters in a string);
* a dict with keys that are not strings (the standard library turns ``1`` into ``"1"`` and sorts
  by the original keys), an integer beyond 64 bits: msgspec refuses them, the standard library writes them.

A float that is not finite is not JSON: the standard library refused it (``ValueError``), so no
stored hash holds one; msgspec writes it as ``null`` (as JavaScript does), and so does this form.
A test with Hypothesis checks the bytes against the standard library on arbitrary JSON values.

**Stored text** (:func:`json_text` / :func:`json_value`): the serializer and deserializer of the
database engine's JSON columns. Any valid JSON will do there (rows are hashed as decoded values,
never as stored text); msgspec writes it, and reads the texts the standard library wrote before.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

_ENCODER = msgspec.json.Encoder(order="sorted")
_PLAIN_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder()


class _Differs(Exception):
    """msgspec wrote a float as the standard library would not."""


def _float_as_written(text: str) -> float:
    if "e" in text or "E" in text or text.lstrip("-").startswith("0.0000"):
        raise _Differs
    return 0.0


# Reads msgspec's output back only to see how each float was written (see the module doc).
_FLOAT_CHECK = msgspec.json.Decoder(float_hook=_float_as_written)


def _stdlib(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode(
        "utf-8"
    )


def canonical_json(obj: Any) -> bytes:
    """The one byte form hashed everywhere: sorted keys, no spaces, UTF-8, no NaN."""
    try:
        out = _ENCODER.encode(obj)
    except (TypeError, OverflowError, ValueError, UnicodeEncodeError):
        return _stdlib(obj)
    try:
        _FLOAT_CHECK.decode(out)
    except _Differs:
        return _stdlib(obj)
    return out


def json_text(obj: Any) -> str:
    """The text of a JSON column (any valid JSON; not the hashed form)."""
    try:
        return _PLAIN_ENCODER.encode(obj).decode("utf-8")
    except (TypeError, OverflowError, ValueError, UnicodeEncodeError):
        return json.dumps(obj, ensure_ascii=False)


def json_value(text: str | bytes) -> Any:
    """A JSON column's value (texts written by :func:`json_text` or the standard library)."""
    try:
        return _DECODER.decode(text)
    except msgspec.DecodeError:
        return json.loads(text)
