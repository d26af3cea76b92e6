"""Telegram Desktop "Export chat history" in the machine-readable JSON format (``result.json``).

Two shapes exist, both written by Telegram Desktop's ``export_output_json.cpp``:

* one chat: ``{"name", "type", "id", "messages": [...]}``;
* the whole account ("Export Telegram data"): ``{"about", "personal_information", ...,
  "chats": {"about", "list": [chat, ...]}, "left_chats": {"about", "list": [...]}}``.

Each message has ``id``, ``type`` (``message`` or ``service``), ``date`` (the exporting computer's
local time, no zone) and ``date_unixtime`` (the exact instant, preferred here), ``from``/``from_id``
(``user123``, ``channel456``) for messages and ``actor``/``actor_id`` plus ``action`` for service
entries. ``text`` is a string or a list of strings and entity objects ``{"type", "text"}``.

Mapping to canonical kinds: a message is a ``message`` in chats and groups and a ``post`` in a
channel; a forward (``forwarded_from``) is a ``share`` of the original author's post; a reply is a
``comment`` on the replied message. Service entries ``invite_members`` and ``create_group`` become
one ``added_to_group`` per member with ``initiated_by``; Telegram logs *joining* a public group as
inviting oneself and *leaving* as removing oneself, so those become ``join_group``/``leave_group``.

The file is decoded whole (``json.loads``): Telegram exports of a single chat are small; a full
account export can be large, and is still read in one pass.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from jaganetral.errors import InvalidInput, Rejection
from jaganetral.model import jsontext
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
from jaganetral.model.clock import TimeOutOfRange, checked_time, unix_time
from jaganetral.model.identifiers import normalise_phone
from jaganetral.sources.base import JAKARTA, InputFile, ParseItem, Source, aware
from jaganetral.sources.jsonutil import FieldError, format_path, opt_seq, wrong_type

_CHAT_TYPES = (
    "personal_chat",
    "bot_chat",
    "private_group",
    "private_supergroup",
    "public_supergroup",
    "private_channel",
    "public_channel",
    "saved_messages",
    "replies",
)
_GROUP_TYPES = frozenset({"private_group", "private_supergroup", "public_supergroup"})
_CHANNEL_TYPES = frozenset({"private_channel", "public_channel"})
_TYPE_IN_HEAD = re.compile(r'"type"\s*:\s*"(?:' + "|".join(_CHAT_TYPES) + r')"')
_SECTIONS = (
    "personal_information",
    "profile_pictures",
    "contacts",
    "frequent_contacts",
    "sessions",
    "chats",
    "left_chats",
    "other_data",
)
_MEDIA_TYPES = {
    "video_file": "video",
    "animation": "video",
    "video_message": "video",
    "voice_message": "audio",
    "audio_file": "audio",
    "sticker": "sticker",
}


class _Bad(ValueError):
    """A message that cannot become an activity; ``field`` names the offending key."""

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(message)
        self.field = field


def flatten_text(value: Any) -> str:
    """``text`` as plain text: a string, or a list of strings and ``{"type", "text"}`` parts."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(
            p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else "" for p in value
        )
    wrong_type("text", "text or a list of text parts", value)
    return ""


def _entities(msg: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Entity objects of a message: ``text_entities`` when present, else those inside ``text``."""
    ents = msg.get("text_entities")
    if ents is not None and not isinstance(ents, list):
        wrong_type("text_entities", "an array", ents)
    if not isinstance(ents, list):
        text = msg.get("text")
        ents = text if isinstance(text, list) else []
    return [e for e in ents if isinstance(e, dict)]


def _mentions(msg: Mapping[str, Any]) -> tuple[AccountRef, ...]:
    out: list[AccountRef] = []
    for e in _entities(msg):
        text = str(e.get("text", "")).strip()
        if e.get("type") == "mention" and text:
            out.append(AccountRef(handle=text.lstrip("@")))
        elif e.get("type") == "mention_name" and e.get("user_id") is not None:
            out.append(AccountRef(id=f"user{e['user_id']}", name=text or None))
    return tuple(dict.fromkeys(out))


def _when(msg: Mapping[str, Any], tz: ZoneInfo) -> datetime:
    """The message instant: ``date_unixtime`` (exact) or else ``date`` read in ``tz``."""
    raw = msg.get("date_unixtime")
    if raw is not None:
        try:
            seconds = int(raw)
        except (TypeError, ValueError, OverflowError):
            raise _Bad("date_unixtime", f"not a Unix time: {str(raw)[:40]!r}") from None
        try:
            return unix_time(seconds).astimezone(tz)
        except TimeOutOfRange as exc:
            raise _Bad("date_unixtime", str(exc)) from None
    date = msg.get("date")
    if not isinstance(date, str):
        raise _Bad("date", "missing message date")
    try:
        return checked_time(aware(datetime.fromisoformat(date), tz))
    except TimeOutOfRange as exc:
        raise _Bad("date", str(exc)) from None
    except ValueError:
        raise _Bad("date", f"not an ISO date: {date[:40]!r}") from None


def _media(msg: Mapping[str, Any]) -> tuple[Media, ...]:
    # Skipped files are written as "(File not included. Change data exporting settings…)".
    def path(v: Any) -> str | None:
        return v if isinstance(v, str) and v and not v.startswith("(") else None

    if "photo" in msg:
        return (Media(type="image", path=path(msg["photo"])),)
    if "file" in msg:
        kind = _MEDIA_TYPES.get(str(msg.get("media_type")), "document")
        if kind == "document" and str(msg.get("mime_type", "")).startswith("image/"):
            kind = "image"
        return (Media(type=kind, path=path(msg["file"])),)
    return ()


@dataclass(frozen=True, slots=True)
class _Chat:
    """One chat of the export and where it sits in the document."""

    obj: Mapping[str, Any]
    path: str  # "" for a single-chat file, "chats.list[2]" in a full export

    @property
    def id(self) -> str:
        return str(self.obj.get("id", ""))

    @property
    def type(self) -> str:
        return str(self.obj.get("type", ""))

    def group(self) -> GroupRef | None:
        # A one-to-one chat is not a group: naming the other person as a "group" would mislead.
        if self.type in _GROUP_TYPES or self.type in _CHANNEL_TYPES:
            name = self.obj.get("name")
            return GroupRef(id=self.id or None, name=name if isinstance(name, str) else None)
        return None


def _chats(doc: Any, name: str) -> list[_Chat]:
    if not isinstance(doc, dict):
        raise InvalidInput("not a Telegram export: the document is not a JSON object", file=name)
    if isinstance(doc.get("messages"), list):
        return [_Chat(doc, "")]
    found: list[_Chat] = []
    for section in ("chats", "left_chats"):
        block = doc.get(section)
        if isinstance(block, dict) and isinstance(block.get("list"), list):
            found.extend(
                _Chat(c, f"{section}.list[{i}]") for i, c in enumerate(block["list"]) if isinstance(c, dict)
            )
    if not found and "about" not in doc:
        raise InvalidInput("not a Telegram export: no 'messages' and no 'chats' list", file=name)
    return found


class TelegramExport(Source):
    """Telegram Desktop ``result.json``: one chat or a whole-account export.

    ``tz`` only matters for exports without ``date_unixtime`` (very old Telegram Desktop
    versions), whose ``date`` is the exporting computer's local time.
    """

    name = "telegram_json"
    priority = 40

    def __init__(self, tz: ZoneInfo = JAKARTA) -> None:
        self.tz = tz
        self._book = _ContactBook()

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        text = f.head_text().lstrip()
        if not text.startswith("{"):
            return False
        if '"messages"' in text and _TYPE_IN_HEAD.search(text):
            return True
        # A full export opens with Telegram's "about" blurb, then whichever sections the user chose
        # (a long contact list can push "chats" beyond the head, so any known section will do).
        return '"about"' in text and "Telegram" in text and any(f'"{k}"' in text for k in _SECTIONS)

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        text = f.read_text()
        try:
            doc = jsontext.load_document(text)
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                f"invalid JSON: {exc.msg} (column {exc.colno})", file=f.name, line=exc.lineno
            ) from None
        except jsontext.JsonLimit as exc:
            at = jsontext.limit_offset(text, 0, exc)
            raise InvalidInput(str(exc), file=f.name, line=text.count("\n", 0, at) + 1) from None
        if not isinstance(doc, dict):
            raise InvalidInput("not a Telegram export (expected a JSON object)", file=f.name, line=1)
        self._book = _ContactBook.of(doc)
        for chat in _chats(doc, f.name):
            yield from self._chat(f, chat)

    def _chat(self, f: InputFile, chat: _Chat) -> Iterator[ParseItem]:
        messages = chat.obj.get("messages")
        prefix = f"{chat.path}." if chat.path else ""
        if not isinstance(messages, list):
            yield Rejection(f.name, None, f"{prefix}messages", "chat has no message list")
            return
        # Replies point at ids in the same chat; keeping them lets a comment carry its target.
        by_id = {m["id"]: m for m in messages if isinstance(m, dict) and isinstance(m.get("id"), int | str)}
        group = chat.group()
        for i, msg in enumerate(messages):
            where = f"{prefix}messages[{i}]"
            if not isinstance(msg, dict):
                yield Rejection(f.name, None, where, "message is not a JSON object")
                continue
            try:
                yield from self._message(f, chat, group, msg, where, by_id)
            except _Bad as exc:
                field = where if exc.field is None else f"{where}.{exc.field}"
                yield Rejection(f.name, None, field, str(exc))
            except FieldError as exc:  # an optional field of the wrong type, with --strict
                yield Rejection(f.name, None, f"{where}.{format_path(exc.path)}", exc.message)

    def _message(
        self,
        f: InputFile,
        chat: _Chat,
        group: GroupRef | None,
        msg: Mapping[str, Any],
        where: str,
        by_id: Mapping[Any, Mapping[str, Any]],
    ) -> Iterator[Activity]:
        mtype = msg.get("type")
        if msg.get("id") is None:
            raise _Bad("id", "message without id")
        if mtype == "unsupported":
            raise _Bad("type", "Telegram could not export this message (type 'unsupported')")
        when = _when(msg, self.tz)
        base_id = f"tg-{chat.id}-{msg['id']}"
        src = f.ref(where)
        extra: dict[str, Any] = {"chat_type": chat.type}
        if group is None and isinstance(chat.obj.get("name"), str):
            extra["chat"] = chat.obj["name"]
        if mtype == "service":
            yield from self._service(msg, when, base_id, group, src, extra)
            return
        if mtype != "message":
            raise _Bad("type", f"unknown message type {mtype!r}")
        actor = self._book.account(msg.get("from_id"), msg.get("from"))
        if actor is None:
            raise _Bad("from_id", "message without sender")
        text = flatten_text(msg.get("text"))
        if isinstance(msg.get("edited"), str):
            extra["edited_at"] = msg["edited"]
        if isinstance(msg.get("author"), str):
            extra["signature"] = msg["author"]  # a channel admin's signature under a post
        kind = Kind.POST if chat.type in _CHANNEL_TYPES else Kind.MESSAGE
        target: Target | None = None
        if "forwarded_from" in msg:
            # The forwarder wrote nothing of their own: the text belongs to the original post.
            src_name = msg.get("forwarded_from")
            target = Target(
                author=AccountRef(name=src_name) if isinstance(src_name, str) else None, text=text
            )
            kind, text = Kind.SHARE, ""
        elif msg.get("reply_to_message_id") is not None:
            rid = msg["reply_to_message_id"]
            # reply_to_peer_id means the replied message is in another chat, not in this file.
            replied = by_id.get(rid) if msg.get("reply_to_peer_id") is None else None
            target = Target(
                id=f"tg-{chat.id}-{rid}" if msg.get("reply_to_peer_id") is None else None,
                author=None
                if replied is None
                else self._book.account(replied.get("from_id"), replied.get("from")),
                text=None if replied is None else flatten_text(replied.get("text")) or None,
            )
            kind = Kind.COMMENT
            extra["reply_to_message_id"] = rid
        yield Activity(
            id=base_id,
            platform=Platform.TELEGRAM,
            kind=kind,
            created_at=when,
            actor=actor,
            text=text,
            target=target,
            mentions=_mentions(msg),
            group=group,
            media=_media(msg),
            source=src,
            extra=extra,
        )

    def _service(
        self,
        msg: Mapping[str, Any],
        when: datetime,
        base_id: str,
        group: GroupRef | None,
        src: SourceRef,
        extra: dict[str, Any],
    ) -> Iterator[Activity]:
        action = msg.get("action")
        actor_name = msg.get("actor")
        actor = self._book.account(msg.get("actor_id"), actor_name)
        members = opt_seq(msg, "members")
        # The export lists members by display name only (null for deleted accounts).
        names = [m for m in members if isinstance(m, str)]
        extra = {**extra, "action": action}

        def make(i: int, kind: Kind, who: AccountRef, by: AccountRef | None = None, **more: Any) -> Activity:
            return Activity(
                id=base_id if i < 0 else f"{base_id}-{i}",
                platform=Platform.TELEGRAM,
                kind=kind,
                created_at=when,
                actor=who,
                group=group,
                initiated_by=by,
                source=src,
                extra={**extra, **more},
            )

        if action == "create_group":
            # The creator is the first member; the members listed at creation were added by them.
            # (create_channel is not modelled: its actor is the channel itself, not a person.)
            if actor is not None:
                yield make(-1, Kind.JOIN_GROUP, actor, created_group=True)
            for i, name in enumerate(names):
                if name != actor_name:
                    yield make(i, Kind.ADDED_TO_GROUP, self._book.by_name(name), actor)
        elif action in ("invite_members", "remove_members"):
            if actor is None:
                raise _Bad("actor_id", f"'{action}' without actor")
            for i, name in enumerate(names):
                # Telegram logs joining a public group as inviting oneself, and leaving as
                # removing oneself: those are the member's own acts, with no initiator.
                themselves = name == actor_name and len(names) == 1
                if action == "remove_members":
                    yield (
                        make(i, Kind.LEAVE_GROUP, actor)
                        if themselves
                        else make(i, Kind.LEAVE_GROUP, self._book.by_name(name), actor, removed=True)
                    )
                else:
                    yield (
                        make(i, Kind.JOIN_GROUP, actor)
                        if themselves
                        else make(i, Kind.ADDED_TO_GROUP, self._book.by_name(name), actor)
                    )
        elif action in ("join_group_by_link", "join_group_by_request"):
            if actor is None:
                raise _Bad("actor_id", f"'{action}' without actor")
            inviter = msg.get("inviter")
            if isinstance(inviter, str):
                extra["inviter"] = inviter
            yield make(-1, Kind.JOIN_GROUP, actor)
        # Other service entries (pins, title and photo changes, calls…) are not activities.


@dataclass
class _ContactBook:
    """Who the names in a whole-account export are: the exporter's contact list (saved names →
    phone numbers) and the exporter themself (``personal_information``).

    Telegram shows a contact under the name the exporter saved ("Ferdinand Kabid SMA"); the phone
    number beside it in ``contacts.list`` is what the ASN registry lists. A name saved for two
    numbers identifies nobody and is left as a name.
    """

    phones: dict[str, str | None] = field(default_factory=dict)
    by_id: dict[str, str] = field(default_factory=dict)  # "user123" → phone (newer exports list ids)
    me_id: str | None = None
    me: AccountRef | None = None
    #: The exporter's own id sends nothing in the export, so their messages are known by their
    #: name (an export whose ``from_id`` of the owner differs from ``personal_information``).
    me_by_name: bool = False

    @classmethod
    def of(cls, doc: Any) -> _ContactBook:
        book = cls()
        if not isinstance(doc, dict):
            return book
        contacts = doc.get("contacts")
        items = contacts.get("list") if isinstance(contacts, dict) else None
        for c in items if isinstance(items, list) else []:
            if not isinstance(c, dict):
                continue
            name = " ".join(str(c.get(k) or "").strip() for k in ("first_name", "last_name")).strip()
            phone = normalise_phone(str(c.get("phone_number") or ""))
            if name and phone:
                key = name.casefold()
                book.phones[key] = phone if book.phones.get(key, phone) == phone else None
            if phone and c.get("user_id") is not None:
                book.by_id[f"user{c['user_id']}"] = phone
        me = doc.get("personal_information")
        if isinstance(me, dict) and me.get("user_id") is not None:
            name = " ".join(str(me.get(k) or "").strip() for k in ("first_name", "last_name")).strip()
            phone = normalise_phone(str(me.get("phone_number") or ""))
            book.me_id = f"user{me['user_id']}"
            book.me = AccountRef(id=book.me_id, handle=phone, name=name or None)
            book.me_by_name = bool(name) and not _sends_as(doc, book.me_id)
        return book

    def account(self, raw_id: Any, raw_name: Any) -> AccountRef | None:
        a = _account(raw_id, raw_name)
        if a is None:
            return None
        if self.me is not None and (
            a.id == self.me_id or (self.me_by_name and a.name is not None and a.name == self.me.name)
        ):
            return AccountRef(id=a.id, handle=self.me.handle, name=a.name or self.me.name)
        phone = self.by_id.get(a.id or "") or (self.phones.get(a.name.casefold()) if a.name else None)
        if phone:
            return AccountRef(id=a.id, handle=phone, name=a.name)
        return a

    def by_name(self, name: str) -> AccountRef:
        phone = self.phones.get(name.casefold())
        return AccountRef(handle=phone, name=name) if phone else AccountRef(name=name)


def _sends_as(doc: dict[str, Any], user_id: str) -> bool:
    """Whether any message of a whole-account export is sent by ``user_id``."""
    for section in ("chats", "left_chats"):
        chats = doc.get(section)
        items = chats.get("list") if isinstance(chats, dict) else None
        if _sent_in(items if isinstance(items, list) else [], user_id):
            return True
    return False


def _sent_in(items: list[Any], user_id: str) -> bool:
    for chat in items:
        messages = chat.get("messages") if isinstance(chat, dict) else None
        for m in messages if isinstance(messages, list) else []:
            if isinstance(m, dict) and (m.get("from_id") == user_id or m.get("actor_id") == user_id):
                return True
    return False


def _account(raw_id: Any, raw_name: Any) -> AccountRef | None:
    """``from_id``/``actor_id`` (``user123``) and display name → account; None if both absent."""
    aid = None if raw_id is None else str(raw_id)
    name = raw_name if isinstance(raw_name, str) and raw_name else None
    if aid is None and name is None:
        return None
    return AccountRef(id=aid, name=name)
