"""Shared helpers for the platform-API JSON sources (Facebook, Instagram, X, TikTok, YouTube).

Those exports are one JSON document per API response. Researchers save them either as one file
per response or as JSON Lines, one response per line (twarc2 and most scrapers do the latter), so
:func:`load_documents` accepts both, and any concatenation of documents, and turns a decoding
error into :class:`~jaganetral.errors.InvalidInput` naming the file and the line.

Records are addressed by a JSON path such as ``data[3].comments.data[0]``. The line of a record is
only worked out when a record is rejected (:meth:`JsonDoc.line_of`), so the normal path keeps the
speed of the C JSON decoder. :class:`FieldError` and the ``req_*``/``opt_*`` readers let a source
write its record mapping straight-line and still report the exact field that was wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jaganetral.errors import InvalidInput, Rejection
from jaganetral.model import jsontext
from jaganetral.model.activity import AccountRef, SourceRef
from jaganetral.model.clock import TimeOutOfRange, checked_time, unix_time
from jaganetral.sources.base import InputFile, parse_iso_time

JsonPath = tuple[str | int, ...]

_WS = " \t\n\r"
_DECODER = json.JSONDecoder()
_MENTION = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)")


class FieldError(ValueError):
    """A record field is missing or unusable; ``path`` is relative to the record."""

    def __init__(self, path: JsonPath, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


@contextmanager
def within(path: JsonPath) -> Iterator[None]:
    """Re-raise a :class:`FieldError` from a nested object with its path made relative to here."""
    try:
        yield
    except FieldError as exc:
        raise FieldError(path + exc.path, exc.message) from None


def format_path(path: JsonPath) -> str:
    """``("data", 3, "comments")`` → ``data[3].comments``."""
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += step if not out else "." + step
    return out


@dataclass(frozen=True, slots=True)
class JsonDoc:
    """One decoded JSON document of a file, with what is needed to locate its records again."""

    value: Any
    start: int
    start_line: int
    index: int
    count: int
    locator: _Locator

    def position(self, path: JsonPath) -> str:
        """The human-readable position of ``path``; prefixed with the line when the file holds
        several documents (JSON Lines), since ``data[3]`` alone would then be ambiguous."""
        p = format_path(path) or "$"
        return p if self.count == 1 else f"line {self.start_line} {p}"

    def record_line(self) -> int | None:
        """The line to store with an activity: known cheaply only for multi-document files."""
        return None if self.count == 1 else self.start_line

    def line_of(self, path: JsonPath) -> int:
        """The 1-based line where the value at ``path`` starts (or its deepest existing parent)."""
        return self.locator.line_at(self.locator.locate(self.start, path))

    def reject(self, f: InputFile, path: JsonPath, reason: str) -> Rejection:
        """A rejection for the value at ``path`` (a record path plus the failing field)."""
        return Rejection(f.name, self.line_of(path), self.position(path), reason)

    def ref(self, f: InputFile, path: JsonPath) -> SourceRef:
        """Provenance of the record at ``path``."""
        return f.ref(self.position(path), self.record_line())

    def invalid(self, f: InputFile, message: str, path: JsonPath = ()) -> InvalidInput:
        """A fatal error about the document's shape (not one record's content)."""
        return InvalidInput(message, file=f.name, line=self.line_of(path), field=format_path(path) or None)


def _skip_ws(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i] in _WS:
        i += 1
    return i


class _Locator:
    """Finds where a JSON path's value starts in a file's text, by skipping siblings with the C
    decoder rather than re-parsing in Python.

    It remembers what it scanned: the offsets of object members and how far into each array it
    got. Rejections arrive in document order, so each search resumes where the previous one
    stopped and a file where *every* record is rejected still costs one pass, not one per record.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._members: dict[tuple[int, JsonPath], int] = {}
        self._arrays: dict[tuple[int, JsonPath], tuple[int, int]] = {}
        self._line_mark = (0, 1)

    def line_at(self, offset: int) -> int:
        start, line = self._line_mark
        if offset < start:
            start, line = 0, 1
        line += self.text.count("\n", start, offset)
        self._line_mark = (offset, line)
        return line

    def locate(self, doc_start: int, path: JsonPath) -> int:
        """Offset of the value at ``path``; for a missing step, of the deepest existing parent,
        so a missing field is reported at the line of the record that lacks it."""
        text = self.text
        i = _skip_ws(text, doc_start)
        walked: JsonPath = ()
        try:
            for step in path:
                cached = self._members.get((doc_start, walked + (step,)))
                if cached is not None:
                    i = cached
                elif isinstance(step, int):
                    if text[i] != "[":
                        return i
                    i = self._element(doc_start, walked, i, step)
                    if i < 0:
                        return -i
                else:
                    if text[i] != "{":
                        return i
                    self._scan_object(doc_start, walked, i)
                    found = self._members.get((doc_start, walked + (step,)))
                    if found is None:
                        return i
                    i = found
                walked += (step,)
        except (IndexError, ValueError):
            return i
        return i

    def _element(self, doc_start: int, walked: JsonPath, open_at: int, step: int) -> int:
        """Offset of element ``step`` of the array opening at ``open_at`` (negated when the
        array is shorter: then the offset of its end)."""
        text = self.text
        first = _skip_ws(text, open_at + 1)
        k, j = self._arrays.get((doc_start, walked), (0, first))
        if k > step:
            k, j = 0, first
        while k < step:
            _, end = _DECODER.raw_decode(text, j)
            end = _skip_ws(text, end)
            if text[end] != ",":
                return -end
            j, k = _skip_ws(text, end + 1), k + 1
        self._arrays[(doc_start, walked)] = (k, j)
        return j

    def _scan_object(self, doc_start: int, walked: JsonPath, open_at: int) -> None:
        """Record the value offset of every member of the object opening at ``open_at``."""
        text = self.text
        j = _skip_ws(text, open_at + 1)
        while text[j] == '"':
            key, j = _DECODER.raw_decode(text, j)
            j = _skip_ws(text, _skip_ws(text, j) + 1)  # past the colon
            # Later duplicates overwrite earlier ones, as the decoder itself does.
            self._members[(doc_start, walked + (key,))] = j
            _, j = _DECODER.raw_decode(text, j)
            j = _skip_ws(text, j)
            if text[j] != ",":
                return
            j = _skip_ws(text, j + 1)


def load_documents(f: InputFile) -> list[JsonDoc]:
    """Every JSON document in ``f``: one, or several (JSON Lines / concatenated responses).

    Raises :class:`InvalidInput` naming the line for a truncated or broken document, and for a
    file with no document at all.
    """
    text = f.read_text()
    found: list[tuple[Any, int]] = []
    i = _skip_ws(text, 0)
    while i < len(text):
        try:
            value, end = jsontext.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            # The decoder counts lines over the whole text, so lineno is the file's line.
            raise InvalidInput(
                f"invalid JSON: {exc.msg} (column {exc.colno})", file=f.name, line=exc.lineno
            ) from exc
        except jsontext.JsonLimit as exc:
            at = jsontext.limit_offset(text, i, exc)
            raise InvalidInput(str(exc), file=f.name, line=text.count("\n", 0, at) + 1) from None
        found.append((value, i))
        i = _skip_ws(text, end)
    if not found:
        raise InvalidInput("file is empty", file=f.name)
    locator = _Locator(text)
    # Start lines in one pass: JSON Lines files can hold many thousands of documents.
    return [JsonDoc(v, s, locator.line_at(s), n, len(found), locator) for n, (v, s) in enumerate(found)]


# --- record readers ---------------------------------------------------------------------------


# --- optional fields of the wrong type: said, not silently dropped ------------------------------


@dataclass
class FieldNotes:
    """The optional fields of one file that had the wrong type and were ignored, counted by field
    (``attachments: expected an object, found a string`` × 3). With ``strict`` the record is
    skipped instead (``--strict``)."""

    strict: bool = False
    counts: dict[str, int] | None = None

    def add(self, message: str) -> None:
        if self.counts is None:
            self.counts = {}
        self.counts[message] = self.counts.get(message, 0) + 1

    @property
    def total(self) -> int:
        return sum((self.counts or {}).values())


_NOTES: ContextVar[FieldNotes | None] = ContextVar("jaganetral_field_notes", default=None)


@contextmanager
def noting(strict: bool = False) -> Iterator[FieldNotes]:
    """Collect the wrong-typed optional fields of what is parsed inside the block."""
    notes = FieldNotes(strict)
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)


def wrong_type(key: str, expected: str, value: Any) -> None:
    """An optional field ``key`` holds ``value``, not ``expected``: ignored and noted for the run
    report, or with ``--strict`` the record is refused (a :class:`FieldError`)."""
    found = _type_name(value)
    notes = _NOTES.get()
    if notes is not None and notes.strict:
        raise FieldError((key,), f"expected {expected}, found {found} (--strict)")
    if notes is not None:
        notes.add(f"{key}: expected {expected}, found {found}; ignored")


def opt_map(obj: Mapping[str, Any], key: str) -> Mapping[str, Any] | None:
    """An optional object field: None when absent; a value of another type is noted and ignored."""
    v = obj.get(key)
    if v is None or isinstance(v, Mapping):
        return v
    wrong_type(key, "an object", v)
    return None


def opt_seq(obj: Mapping[str, Any], key: str) -> Sequence[Any]:
    """An optional array field: empty when absent; a value of another type is noted and ignored."""
    v = obj.get(key)
    if v is None:
        return []
    if isinstance(v, list):
        return v
    wrong_type(key, "an array", v)
    return []


def opt_text(obj: Mapping[str, Any], key: str) -> str | None:
    """An optional free-text field (a caption, a title): a value of another type is noted."""
    v = obj.get(key)
    if v is None or isinstance(v, str):
        return v
    wrong_type(key, "text", v)
    return None


def as_dict(value: Any, path: JsonPath = ()) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise FieldError(path, f"expected a JSON object, found {_type_name(value)}")
    return value


def as_list(value: Any, path: JsonPath = ()) -> Sequence[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise FieldError(path, f"expected a JSON array, found {_type_name(value)}")
    return value


def _type_name(value: Any) -> str:
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), "a value")


def opt_str(obj: Mapping[str, Any], key: str) -> str | None:
    """A string or id field; numbers are accepted (APIs send ids as either) and made text."""
    v = obj.get(key)
    if v is None or v == "":
        return None
    if isinstance(v, bool) or not isinstance(v, str | int):
        raise FieldError((key,), f"expected text, found {_type_name(v)}")
    return str(v)


def req_str(obj: Mapping[str, Any], key: str) -> str:
    v = opt_str(obj, key)
    if v is None:
        raise FieldError((key,), "required field is missing")
    return v


def req_iso_time(obj: Mapping[str, Any], key: str) -> datetime:
    """An ISO 8601 time field (``+0000``, ``Z`` and ``+07:00`` forms)."""
    v = req_str(obj, key)
    try:
        return checked_time(parse_iso_time(v))
    except TimeOutOfRange as exc:
        raise FieldError((key,), str(exc)) from None
    except ValueError:
        raise FieldError((key,), f"not an ISO 8601 time: {v[:60]!r}") from None


def req_unix_time(obj: Mapping[str, Any], key: str) -> datetime:
    """A Unix-seconds time field (TikTok); strings of digits are accepted too."""
    v = obj.get(key)
    if isinstance(v, str) and v.strip().isdigit():
        v = int(v)
    if v is None:
        raise FieldError((key,), "required field is missing")
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise FieldError((key,), f"expected Unix seconds, found {_type_name(v)}")
    try:
        return unix_time(v)
    except TimeOutOfRange as exc:
        raise FieldError((key,), str(exc)) from None


def text_mentions(text: str, extra_chars: str = "") -> tuple[AccountRef, ...]:
    """``@handle`` mentions written in a text, for platforms whose API gives no mention list.

    Handles are letters, digits, ``_`` and inner ``.`` (Instagram, TikTok), plus ``extra_chars``
    (YouTube allows ``-``). E-mail addresses are not mentions: a word character before ``@``
    rules it out. Each handle is kept once, in order of first appearance.
    """
    pattern = _MENTION
    if extra_chars:
        more = re.escape(extra_chars)
        pattern = re.compile(rf"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.{more}]*[A-Za-z0-9_])?)")
    seen: dict[str, None] = {}
    for m in pattern.finditer(text):
        seen.setdefault(m.group(1), None)
    return tuple(AccountRef(handle=h) for h in seen)


# --- sniffing ---------------------------------------------------------------------------------


def json_head(f: InputFile) -> str | None:
    """The head text when it starts like a JSON object, else ``None``."""
    text = f.head_text().lstrip()
    return text if text.startswith("{") else None


def has_key(text: str, key: str) -> bool:
    """True when ``"key":`` appears in ``text`` as an object key (any nesting level)."""
    return re.search(r'"' + re.escape(key) + r'"\s*:', text) is not None
