"""The Source interface: recognise a file by its content and turn it into canonical activities.

A source module defines one :class:`Source` subclass and registers it in
:mod:`jaganetral.sources.registry`. Sources are pure: they read the :class:`InputFile` they are given
and yield :class:`Activity` objects or :class:`~jaganetral.errors.Rejection` records (an item error:
that record is skipped and reported). A fatal problem with the whole file raises
:class:`~jaganetral.errors.InvalidInput` — the file is then not stored at all.
"""

from __future__ import annotations

import hashlib
import io
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import ClassVar
from zoneinfo import ZoneInfo

from jaganetral.errors import InvalidInput, Rejection
from jaganetral.model.activity import Activity, Sift, SourceRef
from jaganetral.model.clock import WIB
from jaganetral.model.identifiers import text_name
from jaganetral.model.limits import limits, size_text

#: Where a source gives wall-clock times without a zone, they are read as WIB (model/clock.py).
JAKARTA: ZoneInfo = WIB.tz
HEAD_BYTES = 64 * 1024

ParseItem = Activity | Rejection


@dataclass(frozen=True, slots=True)
class InputFile:
    """An input file as received: its path, SHA-256 and first bytes (for sniffing).

    ``label`` names a file read from elsewhere (a Hadoop file-system URI, :mod:`jaganetral.scale`)
    whose bytes were put at ``path`` on this machine: errors and provenance then name the URI.
    """

    path: Path
    sha256: str
    size: int
    head: bytes
    label: str | None = None

    @classmethod
    def open(cls, path: Path) -> InputFile:
        """Hash the file in one streaming pass and keep its head for format sniffing."""
        h = hashlib.sha256()
        size = 0
        head = b""
        try:
            with path.open("rb") as fh:
                while chunk := fh.read(1 << 20):
                    if not head:
                        head = chunk[:HEAD_BYTES]
                    h.update(chunk)
                    size += len(chunk)
        except OSError as exc:
            raise InvalidInput(f"cannot read file: {exc.strerror}", file=str(path)) from exc
        return cls(path=path, sha256=h.hexdigest(), size=size, head=head)

    @property
    def name(self) -> str:
        return self.label if self.label is not None else str(self.path)

    @property
    def file_name(self) -> str:
        """The file's own name as text to store and show: bytes that are not UTF-8 (a name made on
        another system) become U+FFFD; the file itself is kept byte for byte."""
        if self.label is not None:
            return text_name(self.label.rstrip("/").rsplit("/", 1)[-1])
        return text_name(self.path.name)

    def ref(self, position: str, line: int | None = None) -> SourceRef:
        """Provenance for one record of this file."""
        return SourceRef(file_sha256=self.sha256, file_name=self.file_name, position=position, line=line)

    def head_text(self) -> str:
        """The head decoded leniently, for sniffing only (never for parsing)."""
        return self.head.decode("utf-8", errors="replace").lstrip("\ufeff")

    def read_text(self, kind: str = "json_document") -> str:
        """The whole file as text. Only UTF-8 (with or without BOM) is accepted.

        UTF-16 and Latin-1 exports are refused with an error that says how to convert them,
        rather than guessed at: a wrong guess would silently corrupt names and evidence text. A
        file larger than ``limits.yaml: file_bytes.<kind>`` is refused before it is read.
        """
        cap = limits().max_file_bytes(kind)
        if self.size > cap:
            raise InvalidInput(
                f"file larger than {size_text(cap)} (limits.yaml: file_bytes.{kind}); split the export",
                file=self.name,
            )
        data = self.path.read_bytes()
        check_text_bytes(data, self.name)
        return data.decode("utf-8-sig")

    def check_head(self) -> None:
        """Refuse a file whose head is not UTF-8 text (BOMs of UTF-16, NUL bytes, Latin-1)."""
        check_text_bytes(self.head, self.name, partial=True)

    def open_text(self) -> io.TextIOWrapper:
        """A streaming UTF-8 reader, after the head has been checked for BOMs and binary content."""
        self.check_head()
        return io.TextIOWrapper(self.path.open("rb"), encoding="utf-8-sig", newline="")


@dataclass(frozen=True, slots=True)
class Part:
    """Bytes ``start``..``end`` of a line-based file, beginning at line ``first_line`` (1-based)."""

    start: int
    end: int
    first_line: int


def split_lines(f: InputFile, parts: int) -> list[Part]:
    """Cut ``f`` into about ``parts`` pieces at line boundaries, each knowing its first line."""
    if parts <= 1 or f.size < 2:
        return [Part(0, f.size, 1)]
    cuts = [f.size * i // parts for i in range(1, parts)]
    out: list[Part] = []
    start, line = 0, 1
    with f.path.open("rb") as fh:
        for cut in cuts:
            if cut <= start:
                continue
            fh.seek(cut)
            fh.readline()  # to the end of the line the cut falls in
            end = fh.tell()
            if end >= f.size:
                break
            fh.seek(start)
            line_count = _count_newlines(fh, end - start)
            out.append(Part(start, end, line))
            start, line = end, line + line_count
    out.append(Part(start, f.size, line))
    return out


def bounded_lines(fh: io.BufferedReader, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """The lines of a binary file as ``(line, bytes consumed)``; a line longer than ``limit`` is
    skipped without being held in memory and given as ``(None, bytes consumed)``."""
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        consumed = len(raw)
        while True:  # the rest of the long line, in pieces
            more = fh.readline(1 << 20)
            consumed += len(more)
            if not more or more.endswith(b"\n"):
                break
        yield None, consumed


def _count_newlines(fh: io.BufferedReader, n: int) -> int:
    count = 0
    while n > 0:
        chunk = fh.read(min(n, 1 << 22))
        if not chunk:
            break
        count += chunk.count(b"\n")
        n -= len(chunk)
    return count


def check_text_bytes(data: bytes, name: str, *, partial: bool = False) -> None:
    """Raise :class:`InvalidInput` unless ``data`` is non-empty UTF-8 text."""
    if not data.strip():
        raise InvalidInput("file is empty", file=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(
            "file is UTF-16 encoded; export it again as UTF-8 (or convert: iconv -f UTF-16 -t UTF-8)",
            file=name,
            line=1,
        )
    if b"\x00" in data[:HEAD_BYTES]:
        raise InvalidInput(
            "file is binary, not text (NUL bytes found)",
            file=name,
            line=data[: data.index(b"\x00")].count(b"\n") + 1,
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A chunk may end inside a multi-byte character; that is not an error.
        if partial and exc.start >= len(data) - 4:
            return
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x}); it looks like Latin-1/Windows-1252: "
            "export it again as UTF-8 (or convert: iconv -f WINDOWS-1252 -t UTF-8)",
            file=name,
            line=line,
        ) from exc


def aware(dt: datetime, tz: ZoneInfo = JAKARTA) -> datetime:
    """Make ``dt`` timezone-aware, assuming Asia/Jakarta when the export gave no zone."""
    return dt.replace(tzinfo=tz) if dt.tzinfo is None else dt


def parse_iso_time(value: str) -> datetime:
    """Parse ISO 8601 (``Z``, ``+0000`` and ``+07:00`` offsets) into an aware datetime."""
    v = value.strip()
    if v.endswith("Z"):
        v = v[:-1] + "+00:00"
    elif len(v) > 5 and v[-5] in "+-" and v[-4:].isdigit() and ":" not in v[-5:]:
        v = v[:-2] + ":" + v[-2:]
    return aware(datetime.fromisoformat(v))


class Source(ABC):
    """One input format. Subclasses set ``name`` and implement :meth:`sniff` and :meth:`parse`."""

    #: Short format name used in summaries and the registry (``facebook_graph``, ``whatsapp``…).
    name: ClassVar[str]
    #: Sniff order: lower runs first; specific formats before generic ones (canonical JSONL last).
    priority: ClassVar[int] = 50

    @classmethod
    @abstractmethod
    def sniff(cls, f: InputFile) -> bool:
        """True when the file's content (not its name) says it is this format."""

    #: True when :meth:`parse_part` can parse a piece of the file cut at a line boundary.
    splittable: ClassVar[bool] = False

    @abstractmethod
    def parse(self, f: InputFile) -> Iterator[ParseItem]:
        """Yield activities and rejections; raise :class:`InvalidInput` if the file is unusable."""

    def parse_part(self, f: InputFile, part: Part, sift: Sift | None = None) -> Iterator[ParseItem]:
        """The records of one part of a splittable file (no whole-file checks); with ``sift``,
        valid records whose glance fails it are counted there instead of yielded."""
        raise NotImplementedError(f"{self.name} cannot be parsed in parts")
