"""Step 1b — the input files copied into the vault as received, while the screen reads them.

Copying a national day of activities (hundreds of megabytes) is disk work, not CPU work: a thread
does it during steps 2–5 so that step 6 (keep) only has to adopt the copies. The copy is hashed as
it is written; step 6 checks that it is the file the screen read (same SHA-256) and takes
ownership of every new blob in its transaction. A run that fails removes the copies it made.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from jaganetral.errors import StoreError
from jaganetral.store.blobs import BlobStore


class InputCopies:
    """Copies ``paths`` into ``blobs`` in a background thread (nothing when ``blobs`` is None)."""

    def __init__(self, blobs: BlobStore | None, paths: Sequence[Path]) -> None:
        self._blobs = blobs
        self._done: dict[Path, tuple[str, bool]] = {}
        self._error: BaseException | None = None
        self._adopted: set[str] = set()
        self._thread: threading.Thread | None = None
        if blobs is not None and paths:
            self._thread = threading.Thread(target=self._run, args=(blobs, list(paths)), daemon=True)
            self._thread.start()

    def _run(self, blobs: BlobStore, paths: list[Path]) -> None:
        for p in paths:
            try:
                self._done[p] = blobs.add_file(p)
            except OSError:
                continue  # an unreadable file is the screen's to report; keep copies it again
            except BaseException as exc:  # pragma: no cover - reported to the caller
                self._error = exc
                return

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error

    def copied(self, path: Path, sha256: str) -> bool | None:
        """Whether ``path`` was copied in as a new blob; None when it was not copied (yet)."""
        self.wait()
        got = self._done.get(path)
        if got is None:
            return None
        sha, new = got
        if sha != sha256:
            raise StoreError(f"{path}: file changed while it was being read (SHA-256 differs)")
        if new:
            self._adopted.add(sha)
        return new

    def discard(self) -> None:
        """Remove the new copies nobody adopted (the run failed before keeping them)."""
        try:
            self.wait()
        except BaseException:
            pass
        if self._blobs is None:
            return
        for sha, new in self._done.values():
            if new and sha not in self._adopted:
                self._blobs.remove(sha)
