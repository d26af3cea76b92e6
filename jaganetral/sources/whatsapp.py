"""WhatsApp "Export chat" text files (Android and iOS, Indonesian and English locales).

The export is the evidence reporters most often hand to Bawaslu: a campaign group's history,
exported from a member's phone. This source turns it into canonical activities: every message
(``message``), and the group events the watchdog cares about — someone *added* an ASN to a
campaign group (``added_to_group`` with ``initiated_by``), joined by link (``join_group``), left or
was removed (``leave_group``).

The format has no schema, only habits, and they differ by operating system, locale and app version:

* Android: ``28/08/24 09.15 - Budi: pesan`` (Indonesian: no comma, dots in times, dd/mm/yy) or
  ``8/28/24, 9:15 AM - Budi: message`` (US English); system lines have no ``Sender:`` part.
* iOS: ``[28/08/24 09.15.22] Budi: pesan`` or ``[8/28/24, 9:15:22 AM] Budi: message``; system
  lines *do* carry a sender (often the group itself) and their text starts with an invisible
  U+200E LEFT-TO-RIGHT MARK, which is what tells them apart from a message typed by a person.
* Messages may span several lines; only a line that starts with a timestamp starts a new one.
* The date order (dd/mm or mm/dd) is never written down: :func:`detect_date_order` infers it
  from the whole file.

Known limits: a continuation line that itself looks exactly like a timestamped line cannot be
told apart from a new message (WhatsApp does not escape it), and times are the exporting phone's
local time, assumed to be Asia/Jakarta unless the source is built with another ``tz``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from jaganetral.errors import InvalidInput, Rejection
from jaganetral.model.activity import (
    AccountRef,
    Activity,
    GroupRef,
    Kind,
    Media,
    Platform,
)
from jaganetral.model.identifiers import normalise_phone
from jaganetral.sources.base import JAKARTA, InputFile, ParseItem, Source

# Direction marks and isolates WhatsApp sprinkles around names, numbers and system texts. They are
# layout hints for right-to-left scripts, never content, so they are removed before matching.
_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_LRM = "\u200e"
_STRIP_MARKS = str.maketrans("", "", _MARKS)

_DATE = r"(?P<d1>\d{1,2})[/.\-](?P<d2>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})"
_ISO_DATE = r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
# U+202F (narrow no-break space) sits before AM/PM since ICU 72 (Android 14, iOS 17).
_TIME = (
    r"(?P<h>\d{1,2})(?P<tsep>[.:])(?P<mi>\d{2})(?:[.:](?P<s>\d{2}))?"
    r"(?:[ \u202f\u00a0]?(?P<ap>[AaPp]\.?[ ]?[Mm]\.?))?"
)
_STAMP = rf"(?:{_DATE}|{_ISO_DATE})(?:,[ \u202f\u00a0]*|[ \u202f\u00a0]+){_TIME}"
_IOS_LINE = re.compile(rf"^\[{_STAMP}\][ \u202f\u00a0](?P<body>.*)$", re.S)
_ANDROID_LINE = re.compile(rf"^{_STAMP} - (?P<body>.*)$", re.S)


class DateOrder(StrEnum):
    """How the two leading date fields of a timestamp are to be read."""

    DMY = "dmy"
    MDY = "mdy"


@dataclass(frozen=True, slots=True)
class Stamp:
    """A timestamp as written in the export, before the date order is known."""

    first: int
    second: int
    year: int
    hour: int
    minute: int
    sec: int
    #: ISO dates (``2024-08-28``) carry their own order; the other fields are then day/month.
    fixed: DateOrder | None = None
    #: ``AM``/``pm`` as written, or None for a 24-hour clock.
    meridiem: str | None = None
    #: ``09.15`` rather than ``09:15``: the Indonesian (and some European) time separator.
    dotted: bool = False
    #: ``08/09/24`` rather than ``8/9/24``: US ``M/d/yy`` never pads.
    padded: bool = False

    def to_datetime(self, order: DateOrder, tz: ZoneInfo = JAKARTA) -> datetime:
        """The aware instant; ``ValueError`` for impossible dates or times (``31/02``, ``13 PM``)."""
        order = self.fixed or order
        day, month = (self.first, self.second) if order is DateOrder.DMY else (self.second, self.first)
        hour = self.hour
        if self.meridiem is not None:
            if not 1 <= hour <= 12:
                raise ValueError(f"hour {hour} with {self.meridiem}")
            pm = self.meridiem[0] in "pP"
            hour = hour % 12 + (12 if pm else 0)
        return datetime(self.year, month, day, hour, self.minute, self.sec, tzinfo=tz)


@dataclass(frozen=True, slots=True)
class ChatLine:
    """A line that starts a message or system event: its timestamp and everything after it."""

    stamp: Stamp
    body: str
    ios: bool


def parse_line(line: str) -> ChatLine | None:
    """Recognise a line that starts a new entry (Android or iOS style); None for other lines."""
    s = line.rstrip("\r").lstrip(_MARKS)
    ios = s.startswith("[")
    m = (_IOS_LINE if ios else _ANDROID_LINE).match(s)
    if m is None:
        return None
    g = m.groupdict()
    if g["iy"] is not None:
        first, second, year = int(g["id"]), int(g["im"]), int(g["iy"])
        fixed: DateOrder | None = DateOrder.DMY
        padded = True
    else:
        first, second = int(g["d1"]), int(g["d2"])
        year = int(g["y"]) + (2000 if len(g["y"]) == 2 else 0)
        fixed = None
        padded = g["d1"].startswith("0") or g["d2"].startswith("0")
    ap = g["ap"]
    stamp = Stamp(
        first=first,
        second=second,
        year=year,
        hour=int(g["h"]),
        minute=int(g["mi"]),
        sec=int(g["s"] or 0),
        fixed=fixed,
        meridiem=None if ap is None else ap.replace(".", "").replace(" ", ""),
        dotted=g["tsep"] == ".",
        padded=padded,
    )
    return ChatLine(stamp=stamp, body=g["body"], ios=ios)


def split_sender(body: str) -> tuple[str | None, str]:
    """``"Budi: halo: apa"`` → ``("Budi", "halo: apa")``; ``(None, body)`` for a system line."""
    sender, sep, text = body.partition(": ")
    if not sep or not sender.strip(_MARKS + " "):
        return None, body
    return sender, text


def detect_date_order(stamps: Iterable[tuple[int, Stamp]]) -> DateOrder:
    """Infer dd/mm or mm/dd for a whole file.

    A first field above 12 proves dd/mm, a second field above 12 proves mm/dd; a file with both
    is two exports pasted together and cannot be read safely (``InvalidInput``, naming both
    lines). Without proof the locale's habits decide: dotted times (Indonesian) and lowercase
    ``am``/``pm`` (en-GB, en-IN) mean dd/mm; US style (unpadded ``M/d/yy`` with ``AM``/``PM``)
    means mm/dd; anything else falls back to dd/mm, the order of Indonesian and most locales.
    """
    dmy_line = mdy_line = None
    dotted = lower_ap = upper_ap = padded = False
    for lineno, st in stamps:
        if st.fixed is not None:
            continue
        if st.first > 12 and dmy_line is None:
            dmy_line = lineno
        if st.second > 12 and mdy_line is None:
            mdy_line = lineno
        dotted |= st.dotted
        padded |= st.padded
        if st.meridiem is not None:
            lower_ap |= st.meridiem.islower()
            upper_ap |= st.meridiem.isupper()
    if dmy_line is not None and mdy_line is not None:
        raise InvalidInput(
            f"dates are day-first on line {dmy_line} but month-first on line {mdy_line}; "
            "the file mixes two exports"
        )
    if dmy_line is not None:
        return DateOrder.DMY
    if mdy_line is not None:
        return DateOrder.MDY
    if dotted or lower_ap:
        return DateOrder.DMY
    if upper_ap and not padded:
        return DateOrder.MDY
    return DateOrder.DMY


# --- system lines ---------------------------------------------------------------------------------

_Q_OPEN, _Q_CLOSE = "\"“”'‘’«", "\"“”'‘’»"
_CREATED = re.compile(
    rf"^(?P<by>.+?) (?:membuat grup|created group) [{_Q_OPEN}](?P<title>.+)[{_Q_CLOSE}]$", re.S
)
_CREATED_BARE = re.compile(r"^(?P<by>.+?) (?:membuat grup ini|created this group)$")
_JOINED = re.compile(
    r"^(?P<who>.+?) (?:telah )?(?:bergabung menggunakan tautan undangan grup ini"
    r"|bergabung dari komunitas|joined using (?:this group['’]s invite link|a group link|an invite link)"
    r"|joined from the community)$"
)
_LEFT = re.compile(r"^(?P<who>.+?) (?:telah )?(?:keluar|left)$")
_REMOVED = re.compile(r"^(?P<by>.+?) (?:telah )?(?:mengeluarkan|removed) (?P<who>.+)$")
_ADDED = re.compile(r"^(?P<by>.+?) (?:telah )?(?:menambahkan|added) (?P<who>.+)$")
# Group events that are not activities of a person towards the group. They must be recognised
# before the add/remove patterns: "Budi mengubah subjek dari "A menambahkan B"…" is not an add.
_IGNORED = re.compile(
    r"mengubah (?:subjek|ikon|deskripsi|setelan|nama)|menghapus ikon|kode keamanan|sekarang admin"
    r"|bukan admin lagi|menyematkan pesan|mengganti nomor|pesan sementara|telah mengubah"
    r"|changed (?:the subject|this group|the group|their phone number|to \+?\d)|deleted this group"
    r"|security code|now an admin|no longer an admin|pinned a message|disappearing messages",
    re.I,
)
_NOTICE = re.compile(r"end-to-end|menjadi ujung ke ujung", re.I)
_LIST_SPLIT = re.compile(r",\s*(?:dan|and)\s+|,\s*|\s+(?:dan|and)\s+")


@dataclass(frozen=True, slots=True)
class SystemEvent:
    """A recognised group system line. ``by`` did it; ``who`` had it done (or did it, for joins)."""

    kind: str  # created | added | joined | left | removed | notice | ignored
    by: str | None = None
    who: tuple[str, ...] = ()
    title: str | None = None


def classify_system(text: str) -> SystemEvent | None:
    """Read a system line's text (marks removed); None when it is not a known system line."""
    t = text.strip().rstrip(".")
    if m := _CREATED.match(t):
        return SystemEvent("created", by=m["by"], title=m["title"].strip())
    if m := _CREATED_BARE.match(t):
        return SystemEvent("created", by=m["by"])
    if _NOTICE.search(t):
        return SystemEvent("notice")
    if m := _JOINED.match(t):
        return SystemEvent("joined", who=(m["who"],))
    if _IGNORED.search(t):
        return SystemEvent("ignored")
    if m := _LEFT.match(t):
        return SystemEvent("left", who=(m["who"],))
    if m := _REMOVED.match(t):
        return SystemEvent("removed", by=m["by"], who=_split_names(m["who"]))
    if m := _ADDED.match(t):
        return SystemEvent("added", by=m["by"], who=_split_names(m["who"]))
    return None


def _split_names(s: str) -> tuple[str, ...]:
    """``"A, B dan C"`` / ``"A, B, and C"`` → ``("A", "B", "C")``."""
    return tuple(p.strip() for p in _LIST_SPLIT.split(s) if p.strip())


# --- message content ------------------------------------------------------------------------------

_EDITED = re.compile(r"\s*<(?:pesan ini diedit|this message was edited)>\s*$", re.I)
_DELETED = re.compile(
    r"^(?:pesan ini (?:telah )?dihapus|this message was deleted|anda menghapus pesan ini"
    r"|you deleted this message)\.?$",
    re.I,
)
_OMITTED = re.compile(r"^<(?:media tidak disertakan|media omitted)>$", re.I)
_OMITTED_TYPED = re.compile(
    r"^(?P<what>image|video|audio|sticker|gif|document|contact card|gambar|stiker|dokumen"
    r"|kartu kontak)(?: (?:omitted|tidak disertakan))$",
    re.I,
)
_ATTACHED_ANDROID = re.compile(r"^(?P<file>[^\n]+?\.\w{2,5}) \((?:file terlampir|file attached)\)$", re.I)
_ATTACHED_IOS = re.compile(r"^<(?:attached|terlampir|lampiran): (?P<file>[^>]+)>", re.I)
# Exports write a mention of someone as "@6281273001122"; a saved contact's name after "@" has no
# end marker (names contain spaces), so only number mentions are extracted.
_MENTION = re.compile(r"(?<![\w@])@(\+?\d{8,15})\b")
# A sender is a phone number only if it is nothing else: "Pak RT 05 0812…" is a saved contact name.
_PHONE = re.compile(r"\+?[\d\s\-().]{8,22}")

_MEDIA_WORDS = {
    "image": "image",
    "gambar": "image",
    "video": "video",
    "audio": "audio",
    "sticker": "sticker",
    "stiker": "sticker",
    "gif": "gif",
    "document": "document",
    "dokumen": "document",
    "contact card": "contact",
    "kartu kontak": "contact",
}
_MEDIA_EXT = {
    "jpg": "image",
    "jpeg": "image",
    "png": "image",
    "webp": "sticker",
    "heic": "image",
    "mp4": "video",
    "mov": "video",
    "3gp": "video",
    "opus": "audio",
    "ogg": "audio",
    "m4a": "audio",
    "mp3": "audio",
    "aac": "audio",
    "vcf": "contact",
}


def _media_type(file_name: str) -> str:
    ext = file_name.rsplit(".", 1)[-1].lower()
    return _MEDIA_EXT.get(ext, "document")


@dataclass(slots=True)
class _Content:
    text: str
    media: tuple[Media, ...] = ()
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def read_content(raw: str) -> _Content:
    """Interpret a message text: edit marks, deletions, omitted and attached media."""
    text = raw.translate(_STRIP_MARKS)
    extra: dict[str, Any] = {}
    if _EDITED.search(text):
        text = _EDITED.sub("", text)
        extra["edited"] = True
    stripped = text.strip()
    if _DELETED.match(stripped):
        return _Content("", deleted=True, extra=extra)
    if _OMITTED.match(stripped):
        return _Content("", media=(Media(type="omitted"),), extra=extra)
    if m := _OMITTED_TYPED.match(stripped):
        kind = _MEDIA_WORDS[m["what"].lower()]
        return _Content("", media=(Media(type=kind),), extra={**extra, "media_omitted": True})
    first, _, rest = stripped.partition("\n")
    if m := _ATTACHED_ANDROID.match(first):
        # On Android the caption of an attachment follows on the next lines.
        return _Content(
            rest.strip(), media=(Media(type=_media_type(m["file"]), path=m["file"]),), extra=extra
        )
    if m := _ATTACHED_IOS.match(stripped):
        caption = stripped[m.end() :].strip()
        return _Content(caption, media=(Media(type=_media_type(m["file"]), path=m["file"]),), extra=extra)
    return _Content(text, extra=extra)


# --- group name -----------------------------------------------------------------------------------

_FILE_NAME = re.compile(
    r"^(?:Chat WhatsApp dengan|WhatsApp Chat with|WhatsApp Chat -|Chat WhatsApp -)\s+(?P<name>.+?)"
    r"(?:\s*\(\d+\))?$",
    re.I,
)


def group_name_from_file(file_name: str) -> str | None:
    """``Chat WhatsApp dengan Relawan Fulan.txt`` → ``Relawan Fulan`` (both locales, iOS zip names)."""
    stem = file_name.rsplit("/", 1)[-1]
    stem = stem[:-4] if stem.lower().endswith((".txt", ".zip")) else stem
    m = _FILE_NAME.match(stem.strip())
    return None if m is None else m["name"].strip()


def group_id(name: str) -> str:
    """A stable id from a group name: case, accents, punctuation and spacing do not matter."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    # A name in a non-Latin script has no ASCII left; hash it so the id is still stable.
    return slug or "g-" + hashlib.sha256(name.casefold().encode()).hexdigest()[:12]


# --- the source -----------------------------------------------------------------------------------

# How system lines name the person who exported the chat.
_SELF_WORDS = frozenset({"anda", "you"})


@dataclass(slots=True)
class _Entry:
    lineno: int
    line: ChatLine
    more: list[str] = field(default_factory=list)

    def body(self) -> str:
        return "\n".join([self.line.body, *self.more]) if self.more else self.line.body


class WhatsAppChat(Source):
    """WhatsApp "Export chat" ``.txt`` from Android or iOS (see the module docstring for formats).

    ``tz`` is the exporting phone's time zone (WIB by default; WITA/WIT exports need
    ``Asia/Makassar``/``Asia/Jayapura``). ``exporter`` is the account of the person who exported
    the chat, written "Anda"/"You" in the file; when unknown it gets an opaque per-file id so it
    can never be confused with a named person.
    """

    name = "whatsapp"
    priority = 30

    def __init__(self, tz: ZoneInfo = JAKARTA, exporter: AccountRef | None = None) -> None:
        self.tz = tz
        self.exporter = exporter

    @classmethod
    def sniff(cls, f: InputFile) -> bool:
        for raw in f.head_text().split("\n")[:20]:
            if raw.strip(_MARKS + " \r\t"):
                return parse_line(raw) is not None
        return False

    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        # The whole file is read at once: the date order and the group name can only be known
        # after seeing every line, and read_text() names the line of any encoding problem.
        entries, orphan = self._entries(f.read_text("chat"))
        if not entries:
            raise InvalidInput(
                "no WhatsApp message line found (expected e.g. "
                "'28/08/24 09.15 - Nama: pesan' or '[28/08/24 09.15.22] Nama: pesan')",
                file=f.name,
                line=1,
            )
        if orphan is not None:
            yield Rejection(f.name, orphan, None, "text before the first timestamped line")
        try:
            order = detect_date_order((e.lineno, e.line.stamp) for e in entries)
        except InvalidInput as exc:
            raise InvalidInput(exc.message, file=f.name) from None
        ctx = _Context(self, f, order, entries)
        for e in entries:
            yield from ctx.entry(e)

    @staticmethod
    def _entries(text: str) -> tuple[list[_Entry], int | None]:
        entries: list[_Entry] = []
        orphan: int | None = None
        # split("\n") rather than splitlines(): messages may contain U+2028 or form feeds, which
        # splitlines() would break on, shifting every line number after them.
        for lineno, raw in enumerate(text.split("\n"), start=1):
            line = raw.rstrip("\r")
            parsed = parse_line(line)
            if parsed is not None:
                entries.append(_Entry(lineno, parsed))
            elif entries:
                entries[-1].more.append(line)
            elif line.strip(_MARKS + " \t") and orphan is None:
                orphan = lineno
        for e in entries:
            # Trailing blank lines belong to the file, not to the last message.
            while e.more and not e.more[-1].strip():
                e.more.pop()
        return entries, orphan


class _Context:
    """Per-file state: date order, group, exporter, and occurrence counts for stable ids."""

    def __init__(self, src: WhatsAppChat, f: InputFile, order: DateOrder, entries: list[_Entry]) -> None:
        self.f = f
        self.order = order
        self.tz = src.tz
        self.exporter = src.exporter or AccountRef(id=f"wa-exporter:{f.sha256[:12]}")
        self.seen: dict[tuple[str, ...], int] = {}
        self._from_folder = False  # the group was named by an iOS export's folder
        self.group = self._group(entries)
        #: The group id the activity ids are made with: the group as read before an iOS export's
        #: folder could name it, so that ids stored by an earlier scan stay the same.
        self.id_group = (self.group.id or "") if self.group is not None and not self._from_folder else ""

    def _group(self, entries: list[_Entry]) -> GroupRef | None:
        name: str | None = None
        notice_sender: str | None = None
        has_events = False
        senders: set[str] = set()
        for e in entries:
            sender, text, system = _split(e)
            if sender is not None and not system:
                senders.add(_clean_name(sender).casefold())
            if not system:
                continue
            ev = classify_system(text)
            if ev is None:
                continue
            if ev.kind == "created" and ev.title and name is None:
                name = ev.title
            if ev.kind == "notice" and e.line.ios and sender is not None:
                notice_sender = _clean_name(sender)
            has_events |= ev.kind in ("created", "added", "joined", "left", "removed")
        if name is None:
            name = group_name_from_file(self.f.file_name)
            parts = self.f.name.replace("\\", "/").rstrip("/").rsplit("/", 2)
            if name is None and not has_events and len(parts) == 3 and parts[2].lower() == "_chat.txt":
                # iOS: "WhatsApp Chat - Relawan Fulan/_chat.txt" names the chat by its folder (a
                # path or a URI alike, so a file read through Spark is named the same).
                name = group_name_from_file(parts[1])
                self._from_folder = name is not None
            # "Chat WhatsApp dengan Budi" of a one-to-one chat names a person, not a group.
            if name is not None and not has_events and name.casefold() in senders:
                return None
        if name is None and has_events:
            # iOS attributes the encryption notice of a group to the group itself.
            name = notice_sender
        return None if name is None else GroupRef(id=group_id(name), name=name)

    def account(self, raw: str) -> AccountRef:
        """A sender or system-line name → account: E.164 handle for numbers, name otherwise."""
        s = _clean_name(raw)
        if s.casefold() in _SELF_WORDS:
            return self.exporter
        if _PHONE.fullmatch(s) and (phone := normalise_phone(s)) is not None:
            return AccountRef(handle=phone)
        return AccountRef(name=s)

    def make_id(self, when: datetime, who: str, what: str) -> str:
        gid = self.id_group
        key = (gid, when.isoformat(), who, what)
        n = self.seen.get(key, 0)
        self.seen[key] = n + 1
        digest = hashlib.sha256("\x1f".join((*key, str(n))).encode()).hexdigest()
        return "wa-" + digest[:24]

    def entry(self, e: _Entry) -> Iterator[ParseItem]:
        try:
            when = e.line.stamp.to_datetime(self.order, self.tz)
        except ValueError as exc:
            yield Rejection(self.f.name, e.lineno, "timestamp", f"impossible date or time ({exc})")
            return
        sender, text, system = _split(e)
        if system and (ev := classify_system(text)) is not None:
            yield from self.event(e, when, ev, text)
        elif sender is not None:
            yield self.message(e, when, sender, text)
        # else: a system line we do not model (a new group icon, a call notice…)

    def event(self, e: _Entry, when: datetime, ev: SystemEvent, text: str) -> Iterator[Activity]:
        if ev.kind in ("notice", "ignored"):
            return
        by = None if ev.by is None else self.account(ev.by)
        extra: dict[str, Any] = {"system_text": text.strip()}
        if ev.kind == "created":
            # The creator of a campaign group is its first member (and admin).
            if ev.by is not None:
                yield self.activity(
                    e,
                    when,
                    Kind.JOIN_GROUP,
                    self.account(ev.by),
                    who=ev.by,
                    what="created",
                    extra={**extra, "created_group": True},
                )
            return
        kind = {
            "added": Kind.ADDED_TO_GROUP,
            "joined": Kind.JOIN_GROUP,
            "left": Kind.LEAVE_GROUP,
            "removed": Kind.LEAVE_GROUP,
        }[ev.kind]
        for who in ev.who:
            more = {**extra, "removed": True} if ev.kind == "removed" else extra
            yield self.activity(
                e,
                when,
                kind,
                self.account(who),
                who=ev.by or who,
                what=f"{ev.kind}:{who}",
                initiated_by=by,
                extra=more,
            )

    def message(self, e: _Entry, when: datetime, sender: str, text: str) -> Activity:
        c = read_content(text)
        mentions = tuple(
            dict.fromkeys(
                AccountRef(handle=p)
                for m in _MENTION.finditer(c.text)
                if (p := normalise_phone(m[1])) is not None
            )
        )
        if sender.translate(_STRIP_MARKS).lstrip().startswith("~"):
            c.extra["unsaved_contact"] = True
        return self.activity(
            e,
            when,
            Kind.MESSAGE,
            self.account(sender),
            who=sender,
            what=text,
            text=c.text,
            media=c.media,
            mentions=mentions,
            deleted_at=when if c.deleted else None,
            extra=c.extra,
        )

    def activity(
        self,
        e: _Entry,
        when: datetime,
        kind: Kind,
        actor: AccountRef,
        *,
        who: str,
        what: str,
        text: str = "",
        initiated_by: AccountRef | None = None,
        media: tuple[Media, ...] = (),
        mentions: tuple[AccountRef, ...] = (),
        deleted_at: datetime | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Activity:
        return Activity(
            id=self.make_id(when, who, what),
            platform=Platform.WHATSAPP,
            kind=kind,
            created_at=when,
            actor=actor,
            text=text,
            mentions=mentions,
            group=self.group,
            initiated_by=initiated_by,
            media=media,
            deleted_at=deleted_at,
            source=self.f.ref(f"line {e.lineno}", e.lineno),
            # The export carries the phone's wall clock and no zone: the run decides the zone
            # (jaganetral.pipeline.localtime) and says which it took and why.
            extra={**(extra or {}), "wall_clock": when.replace(tzinfo=None).isoformat()},
        )


def _clean_name(raw: str) -> str:
    """Drop direction marks and the ``~`` WhatsApp puts before names of unsaved contacts."""
    s = raw.translate(_STRIP_MARKS).strip()
    if s.startswith("~"):
        s = s[1:].strip(" \u202f\u00a0")
    return s


def _split(e: _Entry) -> tuple[str | None, str, bool]:
    """(sender, text, is_system) of an entry, by the rules of its platform."""
    body = e.body()
    if not e.line.ios:
        bare = body.translate(_STRIP_MARKS)
        # Group names may contain ": ", so creation lines are recognised before splitting, and a
        # "sender" with a double quote in it is really a quoted subject of a system line.
        if _CREATED.match(bare.strip()):
            return None, bare, True
        sender, text = split_sender(body)
        if sender is None or any(q in sender for q in '"“”'):
            return None, bare, True
        return sender, text, False
    sender, text = split_sender(body)
    if sender is None:
        return None, body.translate(_STRIP_MARKS), True  # old iOS: system lines had no sender
    if text.startswith(_LRM):
        # Marked text is either a system line or a media/deleted placeholder.
        bare = text.translate(_STRIP_MARKS)
        if classify_system(bare) is not None:
            return sender, bare, True
    return sender, text, False
