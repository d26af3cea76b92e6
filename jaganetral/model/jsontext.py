"""JSON text decoded within the limits: the one way jaganetral reads JSON it did not write.

The standard decoder fails on hostile input in ways that are not ``JSONDecodeError``: a document
nested 100,000 deep raises ``RecursionError``, an integer of 5,000 digits raises a bare
``ValueError``. Here both become :class:`JsonLimit` (a ``ValueError`` naming the limit), as do an
integer longer than ``limits.yaml: integer_digits`` and nesting deeper than ``json_depth``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from jaganetral.model.limits import limits


class JsonLimit(ValueError):
    """A JSON text beyond a limit (too deep, a number too long)."""


def _int(text: str) -> int:
    if len(text.lstrip("-")) > limits().integer_digits:
        raise JsonLimit(
            f"a number of {len(text.lstrip('-'))} digits (limits.yaml: integer_digits"
            f" {limits().integer_digits})"
        )
    return int(text)


def limit_offset(text: str, start: int, exc: JsonLimit) -> int:
    """Where in ``text`` (from ``start``) the limit was crossed, as well as can be said: the long
    number itself, or the start of the document nested too deep."""
    if "digits" in str(exc):
        m = re.compile(r"\d{" + str(limits().integer_digits + 1) + ",}").search(text, start)
        if m is not None:
            return m.start()
    return start


_DECODER = json.JSONDecoder(parse_int=_int)


def too_deep(text: str | bytes) -> bool:
    """True when ``text`` nests deeper than the limit. Cheap for ordinary records (a count of
    brackets); exact (a scan that skips strings) only when there are more brackets than levels."""
    limit = limits().json_depth
    if isinstance(text, bytes):
        if text.count(b"[") + text.count(b"{") <= limit:
            return False
        text = text.decode("utf-8", errors="replace")
    elif text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    in_string = False
    escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def depth_exceeds(value: Any, limit: int | None = None) -> bool:
    """True when a decoded value nests deeper than the limit (iterative: no recursion)."""
    limit = limits().json_depth if limit is None else limit
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict):
            if d > limit:
                return True
            stack.extend((x, d + 1) for x in v.values() if isinstance(x, dict | list))
        elif isinstance(v, list):
            if d > limit:
                return True
            stack.extend((x, d + 1) for x in v if isinstance(x, dict | list))
    return False


def _deep_message() -> str:
    return f"JSON nested deeper than {limits().json_depth} levels (limits.yaml: json_depth)"


# A \uD800–\uDFFF escape: the text may decode to a lone surrogate, which no UTF-8 can hold.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _mend(value: Any) -> Any:
    """Lone surrogates (``"\ud800"`` with no partner) replaced by U+FFFD, keys and values alike."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_mend(v) for v in value]
    if isinstance(value, dict):
        return {_mend(k): _mend(v) for k, v in value.items()}
    return value


def loads(text: str) -> Any:
    """Decode one JSON text; raise ``json.JSONDecodeError`` or :class:`JsonLimit`."""
    if too_deep(text):
        raise JsonLimit(_deep_message())
    try:
        value = _DECODER.decode(text)
    except RecursionError:
        raise JsonLimit(_deep_message()) from None
    return _mend(value) if _SURROGATE_ESCAPE.search(text) else value


def load_document(text: str) -> Any:
    """A text holding exactly one JSON document (a whole export), within the limits."""
    start = len(text) - len(text.lstrip())
    value, end = raw_decode(text, start)
    if text[end:].strip():
        raise json.JSONDecodeError("Extra data", text, end)
    return value


def raw_decode(text: str, start: int) -> tuple[Any, int]:
    """One document of a text holding several (``JSONDecoder.raw_decode``), within the limits.

    Whole exports are large, so depth is checked on the decoded value rather than the text."""
    try:
        value, end = _DECODER.raw_decode(text, start)
    except RecursionError:
        raise JsonLimit(_deep_message()) from None
    if depth_exceeds(value):
        raise JsonLimit(_deep_message())
    if _SURROGATE_ESCAPE.search(text, start, end):
        value = _mend(value)
    return value, end
