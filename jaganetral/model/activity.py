"""The canonical activity: one thing an account did (or had done to it) on a platform.

Every source turns its format into these; every later stage reads only these. The JSON form is the
canonical JSON Lines record of ``shared/reference/contract.md``; :func:`activity_to_dict` writes it and
:mod:`jaganetral.sources.canonical` reads it back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, NamedTuple

from jaganetral.model.pickling import pickles_by_fields


class Platform(StrEnum):
    """Platforms of the contract. ``twitter`` is accepted on input and means :attr:`X`."""

    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    X = "x"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    WHATSAPP = "whatsapp"
    TELEGRAM = "telegram"
    OTHER = "other"

    @classmethod
    def parse(cls, value: str) -> Platform:
        """Read a platform name leniently (case, ``twitter``); raise ``ValueError`` if unknown."""
        v = value.strip().lower()
        if v == "twitter":
            return cls.X
        return cls(v)


class Kind(StrEnum):
    """What happened. ``tagged`` and ``added_to_group`` are done *to* the actor (passive).

    ``leave_group`` is an extension of the contract's list: WhatsApp and Telegram report it and an
    ASN who leaves a campaign group after being added is exactly what the watchdog wants to see.
    """

    POST = "post"
    SHARE = "share"
    COMMENT = "comment"
    REACTION = "reaction"
    FOLLOW = "follow"
    JOIN_GROUP = "join_group"
    TAGGED = "tagged"
    ADDED_TO_GROUP = "added_to_group"
    MESSAGE = "message"
    LEAVE_GROUP = "leave_group"

    @property
    def is_passive(self) -> bool:
        """True when the actor did not act: someone else tagged or added them."""
        return self in _PASSIVE


_PASSIVE = frozenset({Kind.TAGGED, Kind.ADDED_TO_GROUP})


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class AccountRef:
    """An account as seen in an input: any of platform id, handle (phone in E.164 for chat apps), name."""

    id: str | None = None
    handle: str | None = None
    name: str | None = None

    def is_empty(self) -> bool:
        return not (self.id or self.handle or self.name)


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Target:
    """The thing acted on: the post shared, commented on, reacted to; or the account followed."""

    id: str | None = None
    author: AccountRef | None = None
    text: str | None = None
    url: str | None = None


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class GroupRef:
    """A chat group, page group or channel the activity happened in."""

    id: str | None = None
    name: str | None = None


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Media:
    """An attached or captured media item; ``text`` holds OCR output when there was any."""

    type: str
    path: str | None = None
    caption: str | None = None
    sha256: str | None = None
    text: str | None = None


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a record came from: the input file (by SHA-256) and the record's position in it.

    ``position`` is human-readable and format-specific: ``line 12`` for line formats,
    ``data[3]`` or ``data[3].comments.data[0]`` for JSON documents, ``row 5`` for CSV.
    ``line`` is the 1-based physical line when the format has lines.
    """

    file_sha256: str
    file_name: str
    position: str
    line: int | None = None


class Glance(NamedTuple):
    """What the cheap first pass needs of a record before an :class:`Activity` is built from it:
    a source of millions of records asks :class:`Sift` whether a record can matter at all."""

    kind: Kind
    has_target: bool
    has_group: bool
    has_mentions: bool
    #: Its own words and the words of its media (captions, alt text, OCR).
    texts: tuple[str, ...]


@dataclass
class Sift:
    """A test a source applies to each record's :class:`Glance`; records that fail it are
    counted in ``skipped`` and never built (they stay reachable by file and position)."""

    test: Callable[[Glance], bool]
    skipped: int = 0


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Activity:
    """One canonical activity (contract.md). Times are always timezone-aware."""

    id: str
    platform: Platform
    kind: Kind
    created_at: datetime
    actor: AccountRef
    text: str = ""
    url: str | None = None
    target: Target | None = None
    mentions: tuple[AccountRef, ...] = ()
    group: GroupRef | None = None
    initiated_by: AccountRef | None = None
    media: tuple[Media, ...] = ()
    deleted_at: datetime | None = None
    reaction: str | None = None
    source: SourceRef | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.created_at.tzinfo is None:
            raise ValueError("created_at must be timezone-aware")
        if self.deleted_at is not None and self.deleted_at.tzinfo is None:
            raise ValueError("deleted_at must be timezone-aware")

    @property
    def key(self) -> str:
        """Identity used to store an activity once, whatever file it arrived in."""
        return f"{self.platform.value}:{self.id}"

    def all_text(self) -> str:
        """Everything readable in the activity: own text, target text, media captions and OCR."""
        parts = [self.text]
        if self.target is not None and self.target.text:
            parts.append(self.target.text)
        for m in self.media:
            if m.caption:
                parts.append(m.caption)
            if m.text:
                parts.append(m.text)
        return "\n".join(p for p in parts if p)


def _account_dict(a: AccountRef) -> dict[str, Any]:
    return {"id": a.id, "handle": a.handle, "name": a.name}


def activity_to_dict(a: Activity) -> dict[str, Any]:
    """The canonical JSON object of an activity (contract.md), plus ``source`` provenance."""
    d: dict[str, Any] = {
        "id": a.id,
        "platform": a.platform.value,
        "kind": a.kind.value,
        "created_at": a.created_at.isoformat(),
        "actor": _account_dict(a.actor),
        "text": a.text,
        "url": a.url,
        "target": None,
        "mentions": [_account_dict(m) for m in a.mentions],
        "group": None if a.group is None else {"id": a.group.id, "name": a.group.name},
        "initiated_by": None if a.initiated_by is None else _account_dict(a.initiated_by),
        "media": [
            {
                k: v
                for k, v in (
                    ("type", m.type),
                    ("path", m.path),
                    ("caption", m.caption),
                    ("sha256", m.sha256),
                    ("text", m.text),
                )
                if v is not None
            }
            for m in a.media
        ],
        "deleted_at": None if a.deleted_at is None else a.deleted_at.isoformat(),
    }
    if a.target is not None:
        d["target"] = {
            "id": a.target.id,
            "author": None if a.target.author is None else _account_dict(a.target.author),
            "text": a.target.text,
            "url": a.target.url,
        }
    if a.reaction is not None:
        d["reaction"] = a.reaction
    if a.source is not None:
        d["source"] = {
            "file_sha256": a.source.file_sha256,
            "file_name": a.source.file_name,
            "position": a.source.position,
            "line": a.source.line,
        }
    if a.extra:
        d["extra"] = dict(a.extra)
    return d
