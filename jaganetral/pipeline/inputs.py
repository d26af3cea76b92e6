"""Step 1 — read inputs: the files named, and the files below the folders named.

Folders are walked in sorted order (hidden files and folders skipped) so that a run over the same
inputs always sees the same files in the same order, whatever the file system returns. Symbolic links
to folders are followed once (a link back up the tree is not a loop); what cannot be read as a file —
a dangling link, a link loop, a named pipe, a device — is left out and said so
(:attr:`InputList.ignored`), and so are folders nested deeper than ``limits.yaml: folder_depth``.
A folder holding more than ``folder_files`` files is refused: that is not a set of exports.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from jaganetral.errors import InvalidInput, Rejection
from jaganetral.model.limits import limits


class InputList(list[Path]):
    """The files to read, and the entries below the folders that were left out (with why)."""

    def __init__(self, files: Iterable[Path] = (), ignored: Iterable[Rejection] = ()) -> None:
        super().__init__(files)
        self.ignored: list[Rejection] = list(ignored)


def _why_not_a_file(p: Path) -> str | None:
    """None for a regular file (or a link to one); else why it is not read."""
    try:
        st = p.stat()
    except FileNotFoundError:
        return "a link to nothing (dangling symbolic link)"
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            return "a symbolic link loop"
        return f"cannot be read: {exc.strerror}"
    if stat.S_ISREG(st.st_mode):
        return None
    if stat.S_ISFIFO(st.st_mode):
        return "a named pipe, not a file"
    if stat.S_ISDIR(st.st_mode):
        return None
    return "a device or socket, not a file"


def expand_inputs(paths: Iterable[Path]) -> InputList:
    """Files named, and files below folders named (sorted; hidden files and folders skipped)."""
    lim = limits()
    out = InputList()
    for p in paths:
        why = _why_not_a_file(p)
        if why is None and p.is_dir():
            _walk(p, out, lim.folder_files, lim.folder_depth)
        elif why is None:
            out.append(p)
        elif "dangling" in why and not p.is_symlink():
            raise InvalidInput("no such file or folder", file=str(p))
        else:
            raise InvalidInput(f"not a file this can read: {why}", file=str(p))
    if isinstance(paths, InputList):
        out.ignored.extend(paths.ignored)
    return out


def _walk(top: Path, out: InputList, max_files: int, max_depth: int) -> None:
    seen: set[tuple[int, int]] = set()
    found = 0
    for root, dirs, files in os.walk(top, followlinks=True):
        here = Path(root)
        try:
            st = here.stat()
        except OSError:
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:  # reached again through a link: already read
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        depth = len(here.relative_to(top).parts)
        if depth >= max_depth and dirs:
            out.ignored.append(
                Rejection(
                    str(here),
                    None,
                    None,
                    f"folders below this level are not read (limits.yaml: folder_depth {max_depth})",
                )
            )
            dirs[:] = []
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            p = here / name
            why = _why_not_a_file(p)
            if why is not None:
                out.ignored.append(Rejection(str(p), None, None, why))
                continue
            found += 1
            if found > max_files:
                raise InvalidInput(
                    f"more than {max_files:,} files below this folder (limits.yaml: folder_files); "
                    "name the export folders one by one",
                    file=str(top),
                )
            out.append(p)
