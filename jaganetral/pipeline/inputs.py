"""Step 1 — read inputs: the files named, and the files below the folders named.

Folders are walked in sorted order (hidden files and folders skipped) so that a run over the same
inputs always sees the same files in the same order, whatever the file system returns.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from jaganetral.errors import InvalidInput


def expand_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files named, and files below folders named (sorted; hidden files and folders skipped)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(Path(root) / f for f in sorted(files) if not f.startswith("."))
        elif p.is_file():
            out.append(p)
        else:
            raise InvalidInput("no such file or folder", file=str(p))
    return out
