"""Writing JSON Lines atomically: a run's output file appears whole or not at all."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from jaganetral.errors import InvalidInput


class JsonlWriter:
    """Appends JSON objects as lines."""

    def __init__(self, fh: IO[str]) -> None:
        self._fh = fh

    def __call__(self, obj: dict[str, Any]) -> None:
        self._fh.write(json.dumps(obj, ensure_ascii=False))
        self._fh.write("\n")

    def mark(self) -> int:
        """The current end of the file, to :meth:`rollback` to."""
        self._fh.flush()
        return self._fh.tell()

    def rollback(self, mark: int) -> None:
        """Take back every line written since ``mark`` (a file that failed midway)."""
        self._fh.flush()
        self._fh.seek(mark)
        self._fh.truncate()


def check_out(out: Path | None, option: str = "--out") -> None:
    """Refuse an output path that cannot be written, before a run reads or stores anything."""
    if out is None:
        return
    if out.is_dir():
        raise InvalidInput(
            f"{option} names a folder; give a file name inside it", file=str(out), field=option
        )
    parent = out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent  # the folders missing are made when the file is written
    if not parent.is_dir():
        raise InvalidInput(f"{option}: {parent} is a file, not a folder", file=str(out), field=option)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InvalidInput(
            f"{option}: cannot write in {parent} (permission denied)", file=str(out), field=option
        )


@contextmanager
def jsonl_writer(out: Path | None) -> Iterator[JsonlWriter | None]:
    """Write JSON Lines to a temporary file renamed to ``out`` only when the block succeeds."""
    if out is None:
        yield None
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    fh: IO[str] = os.fdopen(fd, "w", encoding="utf-8")
    try:
        yield JsonlWriter(fh)
        fh.close()
        os.replace(tmp, out)
    except BaseException:
        fh.close()
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl(out: Path | None, docs: Iterable[dict[str, Any]]) -> None:
    """Write every document of ``docs`` to ``out`` (atomically); nothing when ``out`` is None."""
    with jsonl_writer(out) as write:
        if write is not None:
            for d in docs:
                write(d)
