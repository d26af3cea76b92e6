"""``jaganetral ingest``: parse every input into canonical activities and store all of them.

    1. read inputs     (inputs.expand_inputs)
    2. parse           (parse.parse)
    3. store           every input file as received and every activity, once (one transaction)
    4. write           the canonical activities as JSON Lines (atomically)

Unlike ``scan``, ``ingest`` keeps every activity it is given: it is the command for building a
store of activities on purpose. All-or-nothing: a file that cannot be read stops the run and
nothing is stored or written — unless ``keep_going``, which skips that file (reported) and keeps
the rest. Records bad on their own are skipped and reported in either case.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update

from jaganetral.errors import JaganetralError, Rejection
from jaganetral.evidence.vault import default_actor, register_pending
from jaganetral.model.activity import Activity, activity_to_dict
from jaganetral.pipeline.inputs import expand_inputs
from jaganetral.pipeline.output import JsonlWriter, check_out, jsonl_writer
from jaganetral.pipeline.parse import parse
from jaganetral.sources.base import InputFile
from jaganetral.sources.jsonutil import noting
from jaganetral.store import tables as t
from jaganetral.store.repository import Batch, Store

CHUNK = 5000
MAX_REJECTIONS_KEPT = 1000


@dataclass
class FileResult:
    """What one input file gave."""

    path: str
    sha256: str
    format: str
    activities: int = 0
    new_activities: int = 0
    rejected: int = 0
    error: str | None = None
    #: Optional fields of the wrong type that were ignored: message → how many records.
    warnings: dict[str, int] = field(default_factory=dict)

    @property
    def warned(self) -> int:
        return sum(self.warnings.values())


@dataclass
class IngestReport:
    """Summary of a run: per file, per format, and the rejected records with their reasons."""

    files: list[FileResult] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    #: Entries below the input folders that were not read (dangling links, pipes…), with why.
    ignored: list[Rejection] = field(default_factory=list)

    @property
    def activities(self) -> int:
        return sum(f.activities for f in self.files)

    @property
    def new_activities(self) -> int:
        return sum(f.new_activities for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(f.rejected for f in self.files)

    def add_rejections(self, rs: Iterable[Rejection]) -> None:
        room = MAX_REJECTIONS_KEPT - len(self.rejections)
        if room > 0:
            self.rejections.extend(list(rs)[:room])

    def by_format(self) -> dict[str, Counter[str]]:
        out: dict[str, Counter[str]] = {}
        for f in self.files:
            c = out.setdefault(f.format, Counter())
            c["files"] += 1
            c["activities"] += f.activities
            c["rejected"] += f.rejected
            c["failed"] += f.error is not None
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "activities": self.activities,
            "new_activities": self.new_activities,
            "rejected": self.rejected,
            "by_format": {k: dict(v) for k, v in self.by_format().items()},
            "files": [vars(f) for f in self.files],
            "ignored": [{"path": r.file, "reason": r.reason} for r in self.ignored],
        }


def ingest(
    inputs: Iterable[Path],
    *,
    store: Store | None,
    out: Path | None = None,
    keep_going: bool = False,
    progress: Callable[[Path, int], None] | None = None,
    strict: bool = False,
) -> IngestReport:
    """Parse every input into canonical activities; store them and/or write them to ``out``."""
    started = datetime.now(UTC)
    # 1. read inputs
    check_out(out)
    paths = expand_inputs(inputs)
    report = IngestReport(ignored=list(paths.ignored))
    with ExitStack() as stack:
        write = stack.enter_context(jsonl_writer(out))
        batch: Batch | None = stack.enter_context(store.batch()) if store is not None else None
        for path in paths:
            f: InputFile | None = None
            try:
                f = InputFile.open(path)
                # 2–3. parse and store, one savepoint per file
                with noting(strict) as notes:
                    res = _ingest_file(f, report, batch, write)
                res.warnings = dict(notes.counts or {})
                report.files.append(res)
            except JaganetralError as exc:
                if not keep_going:
                    raise
                report.files.append(
                    FileResult(str(path), f.sha256 if f else "", "unreadable", error=str(exc))
                )
            if progress is not None:
                progress(path, f.size if f else 0)
        if batch is not None:
            # Every input file stored above enters the vault with a custody entry, in the same
            # transaction.
            register_pending(batch, actor=default_actor("ingest"))
            batch.record_run("ingest", started, report.to_dict())
    # 4. the output file was written line by line and renamed into place on success
    return report


def _ingest_file(
    f: InputFile, report: IngestReport, batch: Batch | None, write: JsonlWriter | None
) -> FileResult:
    parsed = parse(f)
    res = FileResult(f.name, f.sha256, parsed.format)
    rejections: list[Rejection] = []
    mark = write.mark() if write is not None else 0
    blobs_before = len(batch.new_blobs) if batch is not None else 0
    items_before = len(batch.items) if batch is not None else 0
    try:
        if batch is None:
            _drain(parsed.items, res, rejections, None, write)
        else:
            # A savepoint per file: with keep_going a fatal error undoes only this file.
            with batch.conn.begin_nested():
                batch.put_input_file(f.path, f.sha256, meta={"format": parsed.format})
                batch.record_input(
                    sha256=f.sha256,
                    file_name=f.file_name,
                    size=f.size,
                    fmt=parsed.format,
                    activity_count=0,
                    rejected_count=0,
                )
                _drain(parsed.items, res, rejections, batch, write)
                _update_input_counts(batch, f.sha256, res)
    except BaseException:
        # A file can fail after some of its records went out: take them back.
        if write is not None:
            write.rollback(mark)
        if batch is not None:
            # The savepoint is gone; so must be the blob it stored (no row would point at it).
            for sha in batch.new_blobs[blobs_before:]:
                batch.blobs.remove(sha)
            del batch.new_blobs[blobs_before:]
            del batch.items[items_before:]
        raise
    report.add_rejections(rejections)
    return res


def _drain(
    items: Iterable[Activity | Rejection],
    res: FileResult,
    rejections: list[Rejection],
    batch: Batch | None,
    write: JsonlWriter | None,
) -> None:
    pending: list[Activity] = []
    for item in items:
        if isinstance(item, Rejection):
            res.rejected += 1
            rejections.append(item)
            continue
        res.activities += 1
        pending.append(item)
        if len(pending) >= CHUNK:
            _flush(pending, res, batch, write)
    _flush(pending, res, batch, write)


def _flush(pending: list[Activity], res: FileResult, batch: Batch | None, write: JsonlWriter | None) -> None:
    if batch is not None:
        res.new_activities += batch.add_activities(pending)
    if write is not None:
        for a in pending:
            write(activity_to_dict(a))
    pending.clear()


def _update_input_counts(batch: Batch, sha256: str, res: FileResult) -> None:
    batch.conn.execute(
        update(t.input_files)
        .where(t.input_files.c.sha256 == sha256, t.input_files.c.activity_count == 0)
        .values(activity_count=res.activities, rejected_count=res.rejected)
    )
