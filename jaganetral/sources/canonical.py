"""Canonical JSON Lines (contract.md): one activity object per line.

This is also the generic import path for anything an analyst converts by script, so every field is
validated and the first problem of each line is reported with its line number and field name.

National volumes come this way, so each line is first decoded by msgspec straight into typed
structs (validation in C, a few microseconds a line). A line the fast decoder does not accept
exactly — bad JSON, a wrong type, an unknown kind, a time that is not plain ISO 8601 — goes to the
validating pydantic model, which gives the same activity or the precise rejection; a test
checks that both paths agree on every record Hypothesis can think of. A file can be parsed in
parts cut at line boundaries (:func:`jaganetral.sources.base.split_lines`), one per worker.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import msgspec
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from jaganetral.errors import InvalidInput, Rejection
from jaganetral.model import jsontext
from jaganetral.model.activity import (
    AccountRef,
    Activity,
    Glance,
    GroupRef,
    Kind,
    Media,
    Platform,
    Sift,
    SourceRef,
    Target,
)
from jaganetral.model.clock import checked_time
from jaganetral.model.limits import limits, size_text
from jaganetral.sources.base import InputFile, ParseItem, Part, Source, aware, bounded_lines


class _Acct(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str | int | None = None
    handle: str | None = None
    name: str | None = None

    def ref(self) -> AccountRef:
        return AccountRef(id=None if self.id is None else str(self.id), handle=self.handle, name=self.name)


class _Target(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str | int | None = None
    author: _Acct | None = None
    text: str | None = None
    url: str | None = None


class _Group(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str | int | None = None
    name: str | None = None


class _Media(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: str = "image"
    path: str | None = None
    caption: str | None = None
    sha256: str | None = None
    text: str | None = None


class _Line(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str | int
    platform: str
    kind: Kind
    created_at: datetime
    actor: _Acct
    text: str | None = ""
    url: str | None = None
    target: _Target | None = None
    mentions: list[_Acct] = []
    group: _Group | None = None
    initiated_by: _Acct | None = None
    media: list[_Media] = []
    deleted_at: datetime | None = None
    reaction: str | None = None
    extra: dict[str, Any] = {}

    @field_validator("id")
    @classmethod
    def _id(cls, v: str | int) -> str | int:
        if isinstance(v, str) and not v.strip():
            raise ValueError("id is empty")
        return v

    @field_validator("created_at", "deleted_at")
    @classmethod
    def _in_window(cls, v: datetime | None) -> datetime | None:
        return None if v is None else checked_time(aware(v))

    @field_validator("platform")
    @classmethod
    def _platform(cls, v: str) -> str:
        try:
            return Platform.parse(v).value
        except ValueError:
            raise ValueError(
                f"unknown platform '{v}' (one of {', '.join(p.value for p in Platform)})"
            ) from None

    @model_validator(mode="after")
    def _actor(self) -> _Line:
        # Some exports withhold authors (TikTok comments, CrowdTangle groups); their records say
        # so in extra.actor_withheld and are kept: what was said is evidence even if nobody is named.
        a = self.actor
        if not (a.id or a.handle or a.name) and not self.extra.get("actor_withheld"):
            raise ValueError("actor needs an id, handle or name")
        return self


def activity_from_dict(obj: Any, source: SourceRef | None = None) -> Activity:
    """Validate one canonical activity object; raise ``ValidationError`` on bad fields."""
    m = _Line.model_validate(obj)
    t = m.target
    return Activity(
        id=str(m.id),
        platform=Platform(m.platform),
        kind=m.kind,
        created_at=aware(m.created_at),
        actor=m.actor.ref(),
        text=m.text or "",
        url=m.url,
        target=None
        if t is None
        else Target(
            id=None if t.id is None else str(t.id),
            author=None if t.author is None else t.author.ref(),
            text=t.text,
            url=t.url,
        ),
        mentions=tuple(a.ref() for a in m.mentions),
        group=None
        if m.group is None
        else GroupRef(id=None if m.group.id is None else str(m.group.id), name=m.group.name),
        initiated_by=None if m.initiated_by is None else m.initiated_by.ref(),
        media=tuple(
            Media(type=x.type, path=x.path, caption=x.caption, sha256=x.sha256, text=x.text) for x in m.media
        ),
        deleted_at=None if m.deleted_at is None else aware(m.deleted_at),
        reaction=m.reaction,
        source=source,
        extra=dict(m.extra),
    )


def line_to_activity(obj: Any, f: InputFile, lineno: int) -> Activity:
    """One JSON Lines record of ``f`` as an activity that remembers its file and line."""
    return activity_from_dict(obj, f.ref(f"line {lineno}", lineno))


# ---- the fast decoder ----------------------------------------------------------------------------


class _FAcct(msgspec.Struct):
    id: str | int | None = None
    handle: str | None = None
    name: str | None = None


class _FTarget(msgspec.Struct):
    id: str | int | None = None
    author: _FAcct | None = None
    text: str | None = None
    url: str | None = None


class _FGroup(msgspec.Struct):
    id: str | int | None = None
    name: str | None = None


class _FMedia(msgspec.Struct):
    type: str = "image"
    path: str | None = None
    caption: str | None = None
    sha256: str | None = None
    text: str | None = None


class _FLine(msgspec.Struct):
    id: str | int
    platform: str
    kind: str
    created_at: str
    actor: _FAcct
    text: str | None = ""
    url: str | None = None
    target: _FTarget | None = None
    mentions: list[_FAcct] = []
    group: _FGroup | None = None
    initiated_by: _FAcct | None = None
    media: list[_FMedia] = []
    deleted_at: str | None = None
    reaction: str | None = None
    extra: dict[str, Any] = {}


_DECODER = msgspec.json.Decoder(_FLine)
#: The plain ISO 8601 forms both paths read alike; anything else goes to the validating path.
_PLAIN_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:\d\d)?")
_PLATFORMS = {p.value: p for p in Platform} | {"twitter": Platform.X}
_KINDS = {k.value: k for k in Kind}


class _Slow(Exception):
    """The fast decoder cannot decide this line exactly: use the validating path."""


def _time(v: str) -> datetime:
    # Records of one export share their timestamps (a minute, a second, many posts): each string
    # is read once. The datetimes are immutable, so sharing them is safe.
    window = limits()
    if window is not _TIMES_WINDOW[0]:  # the limits were reloaded: what was in range may not be
        _TIMES.clear()
        _TIMES_WINDOW[0] = window
    found = _TIMES.get(v)
    if found is None:
        if not _PLAIN_TIME.fullmatch(v):
            raise _Slow
        found = checked_time(aware(datetime.fromisoformat(v)))
        if len(_TIMES) >= MEMO_TIMES:
            _TIMES.clear()
        _TIMES[v] = found
    return found


#: Timestamp strings remembered (:func:`_time`); cleared when full.
MEMO_TIMES = 65536
_TIMES: dict[str, datetime] = {}
_TIMES_WINDOW: list[object] = [None]


def _acct(a: _FAcct) -> AccountRef:
    return AccountRef(id=None if a.id is None else str(a.id), handle=a.handle, name=a.name)


_SIFTED = object()  # a valid record its sift turned away


def fast_activity(line: bytes, f: InputFile, lineno: int, sift: Sift | None = None) -> Activity | object:
    """Decode one line as an activity (or :data:`_SIFTED`), or raise :class:`_Slow` (or a
    decode error) when the validating path must decide."""
    m = _DECODER.decode(line)
    if isinstance(m.id, str) and not m.id.strip():
        raise _Slow  # the validating path names the empty id
    platform = _PLATFORMS.get(m.platform.strip().lower())
    kind = _KINDS.get(m.kind)
    if platform is None or kind is None:
        raise _Slow
    a = m.actor
    if not (a.id or a.handle or a.name) and not m.extra.get("actor_withheld"):
        raise _Slow
    created = _time(m.created_at)
    deleted = None if m.deleted_at is None else _time(m.deleted_at)
    t, g = m.target, m.group
    if sift is not None:
        texts = (m.text or "", *(x for md in m.media for x in (md.caption, md.text) if x))
        if not sift.test(Glance(kind, t is not None, g is not None, bool(m.mentions), texts)):
            return _SIFTED
    return Activity(
        id=str(m.id),
        platform=platform,
        kind=kind,
        created_at=created,
        actor=_acct(a),
        text=m.text or "",
        url=m.url,
        target=None
        if t is None
        else Target(
            id=None if t.id is None else str(t.id),
            author=None if t.author is None else _acct(t.author),
            text=t.text,
            url=t.url,
        ),
        mentions=tuple(_acct(x) for x in m.mentions),
        group=None if g is None else GroupRef(id=None if g.id is None else str(g.id), name=g.name),
        initiated_by=None if m.initiated_by is None else _acct(m.initiated_by),
        media=tuple(
            Media(type=x.type, path=x.path, caption=x.caption, sha256=x.sha256, text=x.text) for x in m.media
        ),
        deleted_at=deleted,
        reaction=m.reaction,
        source=f.ref(f"line {lineno}", lineno),
        extra=m.extra,
    )


def slow_item(line: str, f: InputFile, lineno: int) -> ParseItem:
    """One line through the validating path: an activity, or a rejection naming line and field."""
    try:
        obj = jsontext.loads(line)
    except json.JSONDecodeError as exc:
        return Rejection(f.name, lineno, None, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except jsontext.JsonLimit as exc:
        return Rejection(f.name, lineno, None, str(exc))
    if not isinstance(obj, dict):
        return Rejection(f.name, lineno, None, "line is not a JSON object")
    try:
        return line_to_activity(obj, f, lineno)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        return Rejection(f.name, lineno, field, err["msg"])
    except ValueError as exc:
        return Rejection(f.name, lineno, None, str(exc))


def parse_line(raw: bytes, f: InputFile, lineno: int, sift: Sift | None = None) -> ParseItem | object | None:
    """One physical line: None when blank, else an activity, a rejection, or :data:`_SIFTED`."""
    line = raw.strip()
    if not line:
        return None
    try:
        return fast_activity(line, f, lineno, sift)
    except (_Slow, msgspec.MsgspecError, ValueError, RecursionError):
        pass
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(f.name, lineno, None, f"not UTF-8 text (byte 0x{line[exc.start]:02x})")
    return slow_item(text, f, lineno)


class CanonicalJsonl(Source):
    """The contract's canonical activity JSON Lines."""

    name = "canonical_jsonl"
    priority = 90

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        text = f.head_text().lstrip()
        if not text.startswith("{"):
            return False
        # The first lines that read as records decide (one broken line 1 does not hide the file).
        lines = [ln for ln in text.split("\n")[:20] if ln.strip()]
        for line in lines[:-1] if len(lines) > 1 else lines:
            try:
                obj = jsontext.loads(line)
            except ValueError:
                continue
            return isinstance(obj, dict) and "kind" in obj and "platform" in obj
        # A very long first line may be cut by the head; fall back to a key check.
        first = lines[0] if lines else ""
        return '"platform"' in first and '"kind"' in first

    splittable = True

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        good = 0
        for item in self.parse_part(f, Part(0, f.size, 1)):
            good += isinstance(item, Activity)
            yield item
        if good == 0:
            raise InvalidInput("no valid activity in file", file=f.name)

    def parse_part(self, f: InputFile, part: Part, sift: Sift | None = None) -> Iterator[ParseItem]:
        f.check_head()
        with f.path.open("rb") as fh:
            fh.seek(part.start)
            lineno = part.first_line
            pos = part.start
            limit = limits().line_bytes
            for got, consumed in bounded_lines(fh, limit):
                if pos >= part.end:
                    break
                pos += consumed
                if got is None:
                    yield Rejection(
                        f.name, lineno, None, f"line longer than {size_text(limit)} (limits.yaml: line_bytes)"
                    )
                    lineno += 1
                    continue
                raw = got[3:] if lineno == 1 and got.startswith(b"\xef\xbb\xbf") else got
                item = parse_line(raw, f, lineno, sift)
                lineno += 1
                if item is _SIFTED:
                    assert sift is not None
                    sift.skipped += 1
                elif isinstance(item, Activity | Rejection):
                    yield item
