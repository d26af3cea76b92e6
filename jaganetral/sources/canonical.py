"""Canonical JSON Lines (contract.md): one activity object per line.

This is also the generic import path for anything an analyst converts by script, so every field is
validated and the first problem of each line is reported with its line number and field name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from jaganetral.errors import InvalidInput, Rejection
from jaganetral.model.activity import (
    AccountRef,
    Activity,
    GroupRef,
    Kind,
    Media,
    Platform,
    SourceRef,
    Target,
)
from jaganetral.sources.base import InputFile, ParseItem, Source, aware


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


class CanonicalJsonl(Source):
    """The contract's canonical activity JSON Lines."""

    name = "canonical_jsonl"
    priority = 90

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        text = f.head_text().lstrip()
        if not text.startswith("{"):
            return False
        first = text.split("\n", 1)[0]
        try:
            obj = json.loads(first)
        except ValueError:
            # A very long first line may be cut by the head; fall back to a key check.
            return '"platform"' in first and '"kind"' in first
        return isinstance(obj, dict) and "kind" in obj and "platform" in obj

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        good = 0
        with f.open_text() as fh:
            for lineno, raw in enumerate(fh, start=1):
                line = raw.strip()
                if not line:
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield Rejection(f.name, lineno, None, f"invalid JSON: {exc.msg} (column {exc.colno})")
                    continue
                if not isinstance(obj, dict):
                    yield Rejection(f.name, lineno, None, "line is not a JSON object")
                    continue
                try:
                    yield line_to_activity(obj, f, lineno)
                    good += 1
                except ValidationError as exc:
                    err = exc.errors()[0]
                    field = ".".join(str(p) for p in err["loc"])
                    yield Rejection(f.name, lineno, field, err["msg"])
                except ValueError as exc:
                    yield Rejection(f.name, lineno, None, str(exc))
        if good == 0:
            raise InvalidInput("no valid activity in file", file=f.name)
