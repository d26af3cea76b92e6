"""Step 1 of a Spark scan for inputs named by URI: listed and hashed through Hadoop's file system.

An input given as a URI (``hdfs://…``, ``s3a://…``, ``gs://…``, ``abfs://…``, ``file:…`` — any file
system the cluster's Hadoop configuration can read) is never opened by Python on the driver:
the driver lists it through ``org.apache.hadoop.fs.FileSystem`` (folders walked as
:func:`jaganetral.pipeline.inputs.expand_inputs` walks them: sorted, files before sub-folders,
hidden names skipped, the same limits) and streams each file once through a SHA-256 digest inside
the JVM, keeping its first bytes for format sniffing. The executors then read the bytes with
Spark's own readers (``binaryFile`` for whole-file formats, ``text`` splits for JSON Lines) and
hand them to the same ``sources/`` parsers (:mod:`jaganetral.scale.steps`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jaganetral.errors import InvalidInput, Rejection
from jaganetral.model.limits import limits
from jaganetral.sources.base import HEAD_BYTES, InputFile

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

#: ``scheme:`` at the start of an input: read through Hadoop (a Windows drive letter is not one).
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
#: Characters Hadoop's path globbing would read as a pattern.
_GLOB = re.compile(r"([\\\[\]{}*?])")


def is_uri(name: str) -> bool:
    """Whether an input names a file through a Hadoop file-system URI rather than a local path."""
    return bool(_SCHEME.match(name))


@dataclass(frozen=True)
class Entry:
    """One input of a run, in input order: a local path, or a file read through Hadoop."""

    local: Path | None = None
    remote: InputFile | None = None  # label = the qualified URI; path is not a local file

    @property
    def name(self) -> str:
        if self.remote is not None:
            return self.remote.name
        assert self.local is not None
        return str(self.local)


def glob_escaped(uri: str) -> str:
    """``uri`` with Hadoop's glob characters escaped, so Spark's readers take it literally."""
    return _GLOB.sub(r"\\\1", uri)


class HadoopFiles:
    """The driver's view of the cluster's file systems (through the session's JVM)."""

    def __init__(self, session: SparkSession) -> None:
        self._jvm: Any = session._jvm  # noqa: SLF001 - Py4J is the documented way in
        self._conf: Any = session._jsc.hadoopConfiguration()  # noqa: SLF001

    def expand(self, uri: str, ignored: list[Rejection]) -> list[InputFile]:
        """The files a URI names (a file, a folder walked, or a glob), hashed, in sorted order."""
        hp = self._jvm.org.apache.hadoop.fs.Path(uri)
        try:
            fs = hp.getFileSystem(self._conf)
            found = fs.globStatus(hp)
        except Exception as exc:  # Py4JJavaError: unknown scheme, no credentials, refused
            raise InvalidInput(f"cannot read: {_java_message(exc)}", file=uri) from None
        if found is None or len(found) == 0:
            raise InvalidInput("no such file or folder", file=uri)
        lim = limits()
        out: list[Any] = []
        for st in sorted(found, key=lambda s: s.getPath().toString()):
            if st.isDirectory():
                self._walk(fs, st, out, ignored, 0, lim.folder_depth, lim.folder_files, uri)
            else:
                out.append(st)
        return [self._open(fs, st) for st in out]

    def _walk(
        self,
        fs: Any,
        top: Any,
        out: list[Any],
        ignored: list[Rejection],
        depth: int,
        max_depth: int,
        max_files: int,
        named: str,
    ) -> None:
        entries = sorted(fs.listStatus(top.getPath()), key=lambda s: s.getPath().getName())
        entries = [s for s in entries if not s.getPath().getName().startswith(".")]
        for st in entries:
            if st.isFile():
                out.append(st)
                if len(out) > max_files:
                    raise InvalidInput(
                        f"more than {max_files:,} files below this folder (limits.yaml: folder_files); "
                        "name the export folders one by one",
                        file=named,
                    )
        subs = [s for s in entries if s.isDirectory()]
        if subs and depth + 1 >= max_depth:
            ignored.append(
                Rejection(
                    top.getPath().toString(),
                    None,
                    None,
                    f"folders below this level are not read (limits.yaml: folder_depth {max_depth})",
                )
            )
            return
        for st in subs:
            self._walk(fs, st, out, ignored, depth + 1, max_depth, max_files, named)

    def _open(self, fs: Any, st: Any) -> InputFile:
        """Hash the file in one streaming pass inside the JVM and keep its head (as InputFile.open)."""
        name = st.getPath().toString()
        jvm = self._jvm
        try:
            stream = fs.open(st.getPath())
            try:  # Py4J copies byte arrays: the head comes over, the rest streams inside the JVM
                head = bytes(stream.readNBytes(HEAD_BYTES))
            finally:
                stream.close()
            digest = jvm.java.security.MessageDigest.getInstance("SHA-256")
            stream = jvm.java.security.DigestInputStream(fs.open(st.getPath()), digest)
            try:
                size = int(stream.transferTo(jvm.java.io.OutputStream.nullOutputStream()))
            finally:
                stream.close()
            sha = bytes(digest.digest()).hex()
        except Exception as exc:  # Py4JJavaError
            raise InvalidInput(f"cannot read file: {_java_message(exc)}", file=name) from None
        return InputFile(path=Path(name), sha256=sha, size=size, head=head, label=name)


def qualified(session: SparkSession, uris: Sequence[str]) -> dict[str, str]:
    """Each path string a Spark reader reports, mapped to the qualified URI the listing gave
    (Spark may percent-encode what Hadoop's ``Path.toString`` writes plainly)."""
    jvm: Any = session._jvm  # noqa: SLF001
    out: dict[str, str] = {}
    for u in uris:
        out[u] = u
        out[str(jvm.org.apache.hadoop.fs.Path(u).toUri().toString())] = u
    return out


def _java_message(exc: Exception) -> str:
    """The first line of a Java exception's message, without Py4J's framing."""
    java = getattr(exc, "java_exception", None)
    text = str(java.toString()) if java is not None else str(exc)
    return text.splitlines()[0][:300] if text else type(exc).__name__


def local_file(name: str) -> Path | None:
    """The local path an input of a run names: a path as is, a ``file:`` URI's path (as Hadoop's
    ``Path`` writes it); None for a URI of another file system (not readable from here)."""
    if not is_uri(name):
        return Path(name)
    scheme, _, rest = name.partition(":")
    if scheme.lower() != "file":
        return None
    if rest.startswith("//"):  # file://host/path: only the local host is this machine
        host, _, path = rest[2:].partition("/")
        if host not in ("", "localhost"):
            return None
        rest = "/" + path
    return Path(rest)  # as Hadoop's Path writes it: no percent-decoding
