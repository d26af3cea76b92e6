"""The registry index kept between runs: keyed by the file's SHA-256 and the code that built it.

Building the index of the national registry (4.7 million rows) takes seconds even as columns;
loading it from here takes well under two. An entry is a folder in the user's cache folder
(``$JAGANETRAL_CACHE``, else ``$XDG_CACHE_HOME/jaganetral``, else ``~/.cache/jaganetral``)::

    registry/<sha256 of the CSV>-<code version>/
        meta.json        counts, the kept rejections, the CRC-32 of every table file
        persons.arrow    nip, name and the five value codes per person (Arrow IPC, memory-mapped)
        accounts.arrow   the account key table (hash, key, person)
        blocks.arrow     name blocks, written the first time a run needs them

The code version is a hash of the source of every module that decides what the index holds
(reading, checks, keys), so a changed rule never meets an old cache. An entry is trusted only
when its metadata parses, names this file and version, and every table's CRC-32 matches; if not
it is removed and rebuilt. Entries are written to a temporary folder and renamed into place, so a
run killed midway leaves nothing half-written. A registry whose rejections depend on today's
date (a NIP dated in the future) is rebuilt on another day. The cache holds what the CSV holds —
names and NIPs — so it is written with owner-only permissions.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from jaganetral.attribute.index import Names, RegistryIndex
from jaganetral.attribute.keytable import GroupTable, KeyTable
from jaganetral.errors import Rejection

FORMAT = 1
_SOURCES = (
    "attribute/index.py",
    "attribute/columnar.py",
    "attribute/keytable.py",
    "attribute/cache.py",
    "attribute/loading.py",
    "model/registry.py",
    "model/nip.py",
    "model/identifiers.py",
    "model/names.py",
    "model/people.py",
)


def cache_root() -> Path:
    """Where entries live: ``$JAGANETRAL_CACHE``, ``$XDG_CACHE_HOME/jaganetral`` or ``~/.cache``."""
    own = os.environ.get("JAGANETRAL_CACHE")
    if own:
        return Path(own)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "jaganetral"


def code_version() -> str:
    """A hash of the code that decides the index's content, plus the format and byte order."""
    pkg = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(f"{FORMAT}:{sys.byteorder}:{np.__version__}:{pa.__version__}".encode())
    for rel in _SOURCES:
        h.update((pkg / rel).read_bytes())
    return h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Entry:
    """The cache folder for one registry file."""

    path: Path
    source: Path
    sha256: str
    version: str


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 24):
            h.update(chunk)
    return h.hexdigest()


def entry_for(source: Path) -> Entry | None:
    """The entry of ``source`` (existing or not); None when the cache folder cannot be used."""
    try:
        sha = file_sha256(source)
    except OSError:
        return None  # the loaders give the proper error for an unreadable file
    version = code_version()
    return Entry(cache_root() / "registry" / f"{sha}-{version}", source, sha, version)


def _crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 24):
            crc = zlib.crc32(chunk, crc)
    return crc


def _write_table(folder: Path, name: str, table: pa.Table) -> int:
    path = folder / name
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return _crc(path)


def _read_table(folder: Path, name: str, crc: int) -> pa.Table:
    path = folder / name
    if _crc(path) != crc:
        raise ValueError(f"{name}: checksum differs")
    return pa.ipc.open_file(pa.memory_map(str(path), "r")).read_all()


def _rejection(d: dict[str, Any]) -> Rejection:
    return Rejection(d["file"], d["line"], d["field"], d["reason"])


def save(entry: Entry, idx: RegistryIndex) -> None:
    """Write ``idx`` as ``entry`` (atomically; a failure to write only means no cache)."""
    try:
        entry.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = Path(tempfile.mkdtemp(dir=entry.path.parent, prefix=".tmp-"))
    except OSError:
        return
    try:
        persons = pa.table(
            {
                "nip": pa.array(idx.nips),
                "name": idx.names.column,
                **{f"c{t}": pa.array(idx.codes[:, t]) for t in range(5)},
            }
        )
        acc = idx.accounts
        accounts = pa.table({"hash": pa.array(acc.hashes), "key": acc.keys, "value": pa.array(acc.values)})
        future = any("in the future" in r.reason for r in idx.rejections) or idx.rejected > len(
            idx.rejections
        )
        meta = {
            "format": FORMAT,
            "sha256": entry.sha256,
            "version": entry.version,
            "built": date.today().isoformat(),
            "date_sensitive": future,
            "persons": len(idx),
            "tables": [list(t) for t in idx.tables],
            "rejected": idx.rejected,
            "rejections": [
                {"file": r.file, "line": r.line, "field": r.field, "reason": r.reason} for r in idx.rejections
            ],
            "duplicate_accounts": idx.duplicate_accounts,
            "crc": {
                "persons.arrow": _write_table(tmp, "persons.arrow", persons),
                "accounts.arrow": _write_table(tmp, "accounts.arrow", accounts),
            },
        }
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        try:
            os.replace(tmp, entry.path)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)  # another run wrote it first
            return
        idx.on_built = lambda name, table: save_groups(entry, name, table)
    except (OSError, pa.ArrowException):
        shutil.rmtree(tmp, ignore_errors=True)


def save_groups(entry: Entry, name: str, table: GroupTable) -> None:
    """Add a table built on first use (name blocks) to an existing entry."""
    try:
        meta_path = entry.path / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        ix = table.index
        t = pa.table(
            {
                "hash": pa.array(ix.hashes),
                "key": ix.keys,
                "value": pa.array(ix.values),
            }
        )
        members = pa.table({"members": pa.array(table.members)})
        offsets = pa.table({"offsets": pa.array(table.offsets)})
        crcs = {
            f"{name}.arrow": _write_table(entry.path, f".{name}.arrow.tmp", t),
            f"{name}-members.arrow": _write_table(entry.path, f".{name}-members.arrow.tmp", members),
            f"{name}-offsets.arrow": _write_table(entry.path, f".{name}-offsets.arrow.tmp", offsets),
        }
        for f in crcs:
            os.replace(entry.path / f".{f}.tmp", entry.path / f)
        meta["crc"].update(crcs)
        new_meta = entry.path / ".meta.json.tmp"
        new_meta.write_text(json.dumps(meta), encoding="utf-8")
        os.replace(new_meta, meta_path)
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return


def load(entry: Entry) -> RegistryIndex | None:
    """The cached index, or None (and the entry removed) when it is missing, stale or corrupt."""
    if not (entry.path / "meta.json").exists():
        return None
    try:
        meta = json.loads((entry.path / "meta.json").read_text(encoding="utf-8"))
        if (meta["format"], meta["sha256"], meta["version"]) != (FORMAT, entry.sha256, entry.version):
            raise ValueError("another file or code version")
        if meta["date_sensitive"] and meta["built"] != date.today().isoformat():
            raise ValueError("rejections depend on the date it was built")
        crc = meta["crc"]
        persons = _read_table(entry.path, "persons.arrow", crc["persons.arrow"])
        accounts = _read_table(entry.path, "accounts.arrow", crc["accounts.arrow"])
        n = int(meta["persons"])
        if persons.num_rows != n:
            raise ValueError("row count differs")
        names = persons.column("name").combine_chunks()
        codes = np.stack(
            [np.asarray(persons.column(f"c{t}").to_numpy(), dtype=np.int32) for t in range(5)], axis=1
        )
        keys = accounts.column("key").combine_chunks()
        table = KeyTable(
            np.asarray(accounts.column("hash").to_numpy(), dtype=np.uint64),
            keys,
            np.asarray(accounts.column("value").to_numpy(), dtype=np.int32),
        )
        idx = RegistryIndex(
            nips=np.asarray(persons.column("nip").to_numpy(), dtype=np.int64),
            names=Names(names),
            codes=codes,
            tables=tuple(list(t) for t in meta["tables"]),
            accounts=table,
            rejections=[_rejection(r) for r in meta["rejections"]],
            rejected=int(meta["rejected"]),
            duplicate_accounts=int(meta["duplicate_accounts"]),
        )
        if "blocks.arrow" in crc:
            b = _read_table(entry.path, "blocks.arrow", crc["blocks.arrow"])
            members = _read_table(entry.path, "blocks-members.arrow", crc["blocks-members.arrow"])
            offsets = _read_table(entry.path, "blocks-offsets.arrow", crc["blocks-offsets.arrow"])
            idx._blocks = GroupTable(
                KeyTable(
                    np.asarray(b.column("hash").to_numpy(), dtype=np.uint64),
                    b.column("key").combine_chunks(),
                    np.asarray(b.column("value").to_numpy(), dtype=np.int32),
                ),
                np.asarray(offsets.column("offsets").to_numpy(), dtype=np.int64),
                np.asarray(members.column("members").to_numpy(), dtype=np.int32),
            )
        else:
            idx.on_built = lambda name, t: save_groups(entry, name, t)
        return idx
    except (OSError, ValueError, KeyError, TypeError, json.JSONDecodeError, pa.ArrowException):
        shutil.rmtree(entry.path, ignore_errors=True)
        return None
