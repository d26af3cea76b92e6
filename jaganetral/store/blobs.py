"""Content-addressed file storage: ``evidence/<sha256>``, one file per item, written atomically.

A blob is written to a temporary name and renamed into place only when complete, so a crash never
leaves a half-written item under a valid hash. Blobs are immutable: putting the same bytes twice
is a no-op. Many small blobs of one write (a scan's finding records) are made durable together:
``put_bytes(..., sync=False)`` and one :meth:`BlobStore.sync` before the database commit that
names them; a blob found under its name with the wrong size (a crash before that sync) is
written again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from jaganetral.errors import StoreError


def _incoming(root: Path, sha: str) -> tuple[int, str]:
    """A new temporary file for a blob: named after it (cheap), random only if that is taken."""
    tmp = root / f".incoming-{sha}-{os.getpid()}"
    try:
        return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), str(tmp)
    except FileExistsError:
        return tempfile.mkstemp(dir=root, prefix=".incoming-")


def _complete(dest: Path, size: int) -> bool:
    try:
        return dest.stat().st_size == size
    except OSError:
        return False


class BlobStore:
    """Files named by their SHA-256 under one directory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put_file(self, src: Path, sha256: str) -> bool:
        """Copy ``src`` in as ``sha256``; return True if it was new. Verifies the hash while copying."""
        dest = self.path(sha256)
        if _complete(dest, src.stat().st_size):
            return False
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            h = hashlib.sha256()
            with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
                while chunk := inp.read(1 << 20):
                    h.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if h.hexdigest() != sha256:
                raise StoreError(f"{src}: file changed while it was being stored (hash mismatch)")
            os.chmod(tmp, 0o444)
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return True

    def add_file(self, src: Path) -> tuple[str, bool]:
        """Copy ``src`` in under the SHA-256 of what was read; return it and whether it was new."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            h = hashlib.sha256()
            with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
                while chunk := inp.read(1 << 22):
                    h.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = h.hexdigest()
            dest = self.path(sha)
            if _complete(dest, os.stat(tmp).st_size):
                Path(tmp).unlink()
                return sha, False
            os.chmod(tmp, 0o444)
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha, True

    def put_bytes(self, data: bytes, *, sync: bool = True) -> tuple[str, bool]:
        """Store ``data``; return its SHA-256 and whether it was new. With ``sync=False`` the
        caller makes it durable later (:meth:`sync`)."""
        sha = hashlib.sha256(data).hexdigest()
        dest = self.path(sha)
        if _complete(dest, len(data)):
            return sha, False
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = _incoming(self.root, sha)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                if sync:
                    os.fsync(out.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha, True

    @staticmethod
    def sync() -> None:
        """Make every blob written with ``sync=False`` durable (one system-wide flush)."""
        os.sync()

    def remove(self, sha256: str) -> None:
        """Delete a blob: only used to undo a run that failed before its database commit."""
        p = self.path(sha256)
        if p.exists():
            os.chmod(p, 0o644)
            p.unlink()

    def copy_out(self, sha256: str, dest: Path) -> None:
        shutil.copyfile(self.path(sha256), dest)
