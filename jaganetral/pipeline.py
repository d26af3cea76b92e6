"""Runs the stages in order over real inputs and the store; the CLI and the web app call these.

``ingest`` is stage 1 (sources) plus storage: every input file is kept as received
(content-addressed), every activity remembers its file and position, and a run either stores all
of its batch or nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import update

from jaganetral.errors import InvalidInput, JaganetralError, Rejection
from jaganetral.evidence.online import apply_online, known_states
from jaganetral.evidence.vault import default_actor, register_pending
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.activity import Activity, activity_to_dict
from jaganetral.model.finding import Finding
from jaganetral.sources.base import InputFile
from jaganetral.sources.registry import detect
from jaganetral.store import tables as t
from jaganetral.store.repository import Batch, Store

CHUNK = 5000
MAX_REJECTIONS_KEPT = 1000

Progress = Callable[[str, int], None]  # (description, bytes done) after each file


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


@dataclass
class IngestReport:
    """Summary of a run: per file, per format, and the rejected records with their reasons."""

    files: list[FileResult] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def activities(self) -> int:
        return sum(f.activities for f in self.files)

    @property
    def new_activities(self) -> int:
        return sum(f.new_activities for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(f.rejected for f in self.files)

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
        }


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


def parse_file(f: InputFile) -> tuple[str, Iterator[Activity | Rejection]]:
    """Detect the format of ``f`` and return its name and the parser's item stream."""
    source = detect(f)
    return source.name, source().parse(f)


class JsonlWriter:
    """Appends JSON objects as lines; :meth:`mark`/:meth:`rollback` undo a skipped file's lines."""

    def __init__(self, fh: IO[str]) -> None:
        self._fh = fh

    def __call__(self, obj: dict[str, Any]) -> None:
        self._fh.write(json.dumps(obj, ensure_ascii=False))
        self._fh.write("\n")

    def mark(self) -> int:
        self._fh.flush()
        return self._fh.tell()

    def rollback(self, mark: int) -> None:
        self._fh.flush()
        self._fh.seek(mark)
        self._fh.truncate()


@contextmanager
def jsonl_writer(out: Path | None) -> Iterator[JsonlWriter | None]:
    """Write JSON Lines to a temporary file renamed to ``out`` only when the run succeeds."""
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


def ingest(
    inputs: Iterable[Path],
    *,
    store: Store | None,
    out: Path | None = None,
    keep_going: bool = False,
    progress: Progress | None = None,
    on_activity: Callable[[Activity], None] | None = None,
    before_commit: Callable[[Batch | None], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
) -> IngestReport:
    """Parse every input into canonical activities; store them and/or write them to ``out``.

    All-or-nothing: a file that cannot be read at all stops the run and nothing of it is stored
    or written — unless ``keep_going``, which skips that file and reports it (its lines in
    ``out`` are taken back and ``on_skip`` is told its SHA-256). Records that are bad on their
    own are skipped and reported in either case.
    """
    files = expand_inputs(inputs)
    report = IngestReport()
    started = datetime.now(UTC)
    with ExitStack() as stack:
        write = stack.enter_context(jsonl_writer(out))
        batch: Batch | None = stack.enter_context(store.batch()) if store is not None else None
        for path in files:
            f = InputFile.open(path)
            mark = write.mark() if write is not None else 0
            try:
                _ingest_one(f, report, batch, write, on_activity)
            except JaganetralError as exc:
                if not keep_going:
                    raise
                # A file can fail after some of its records went out: take them back.
                if write is not None:
                    write.rollback(mark)
                if on_skip is not None:
                    on_skip(f.sha256)
                report.files.append(FileResult(str(path), f.sha256, "unreadable", error=str(exc)))
            if progress is not None:
                progress(str(path), f.size)
        if before_commit is not None:
            before_commit(batch)
        if batch is not None:
            command = "ingest" if before_commit is None else "scan"
            # Every input file and record stored above enters the vault with a custody entry,
            # in this same transaction.
            register_pending(batch, actor=default_actor(command))
            batch.record_run(command, started, report.to_dict())
    return report


def _ingest_one(
    f: InputFile,
    report: IngestReport,
    batch: Batch | None,
    write: JsonlWriter | None,
    on_activity: Callable[[Activity], None] | None,
) -> None:
    fmt, items = parse_file(f)
    res = FileResult(f.name, f.sha256, fmt)
    rejections: list[Rejection] = []
    # The input row must exist before its activities (foreign key) and its counts are only known
    # at the end, so the row is written first and updated; a savepoint undoes the whole file.
    if batch is not None:
        # A savepoint per file: with keep_going, a fatal error undoes only this file.
        blobs_before = len(batch.new_blobs)
        items_before = len(batch.items)
        try:
            with batch.conn.begin_nested():
                batch.put_input_file(f.path, f.sha256, meta={"format": fmt})
                batch.record_input(
                    sha256=f.sha256,
                    file_name=f.path.name,
                    size=f.size,
                    fmt=fmt,
                    activity_count=0,
                    rejected_count=0,
                )
                _drain(items, res, rejections, batch, write, on_activity)
                _update_input_counts(batch, f.sha256, res)
        except BaseException:
            # The savepoint is gone; so must be the blob it stored (no row would point at it).
            for sha in batch.new_blobs[blobs_before:]:
                batch.blobs.remove(sha)
            del batch.new_blobs[blobs_before:]
            del batch.items[items_before:]
            raise
    else:
        _drain(items, res, rejections, None, write, on_activity)
    report.files.append(res)
    room = MAX_REJECTIONS_KEPT - len(report.rejections)
    report.rejections.extend(rejections[: max(room, 0)])


def _drain(
    items: Iterator[Activity | Rejection],
    res: FileResult,
    rejections: list[Rejection],
    batch: Batch | None,
    write: JsonlWriter | None,
    on_activity: Callable[[Activity], None] | None,
) -> None:
    pending: list[Activity] = []
    for item in items:
        if isinstance(item, Rejection):
            res.rejected += 1
            rejections.append(item)
            continue
        res.activities += 1
        pending.append(item)
        if on_activity is not None:
            on_activity(item)
        if len(pending) >= CHUNK:
            _flush(pending, res, batch, write)
    _flush(pending, res, batch, write)


def _flush(
    pending: list[Activity],
    res: FileResult,
    batch: Batch | None,
    write: JsonlWriter | None,
) -> None:
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


# ---- scan: ingest → screen → attribute → judge → findings ------------------------------------------


@dataclass
class ScanReport:
    ingest: IngestReport
    findings: list[Finding]
    new_findings: int = 0
    updated_findings: int = 0
    registry_rows: int = 0
    registry_rejected: int = 0
    registry_rejections: list[Rejection] = field(default_factory=list)
    screened: int = 0
    interesting: int = 0

    def counts(self) -> Counter[str]:
        return Counter(f.status.value for f in self.findings)


def evidence_record(a: Activity) -> bytes:
    """The exact bytes stored as the evidence item of a finding: the canonical activity record."""
    return json.dumps(activity_to_dict(a), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def _record_meta(a: Activity) -> dict[str, Any]:
    """Where a finding's record came from: the activity, its input file and position."""
    meta: dict[str, Any] = {"activity_key": a.key, "created_at": a.created_at.isoformat()}
    if a.source is not None:
        meta["input_sha256"] = a.source.file_sha256
        meta["position"] = a.source.position
    return meta


def finding_row(f: Finding, activity_key: str) -> dict[str, Any]:
    return {
        "finding_id": f.finding_id,
        "activity_key": activity_key,
        "status": f.status.value,
        "action": f.action.value,
        "actor_kind": f.actor.kind,
        "nip": f.actor.nip,
        "instansi": f.actor.instansi,
        "codes": list(f.violation_codes),
        "occurred_at": datetime.fromisoformat(f.occurred_at).astimezone(UTC)
        if f.occurred_at
        else datetime.now(UTC),
        "evidence_sha256": f.evidence_sha256,
        "doc": f.to_dict(),
    }


def scan(
    inputs: Iterable[Path],
    *,
    analyzer: Analyzer,
    store: Store | None,
    out: Path | None,
    keep_going: bool = False,
    progress: Progress | None = None,
) -> ScanReport:
    """Ingest every input, judge what deserves it, store activities and findings, write ``out``.

    All of it in one batch: if anything fails nothing is stored and ``out`` is not written;
    ``out`` is written after the store has committed.
    """
    kept: list[tuple[Activity, Any, Any]] = []
    counters = Counter[str]()

    def look(a: Activity) -> None:
        counters["screened"] += 1
        s, exact = analyzer.prescreen(a)
        if analyzer.worth_keeping(s, exact):
            kept.append((a, s, exact))

    findings: list[Finding] = []
    docs: list[dict[str, Any]] = []
    totals = [0, 0]

    def judge_all(batch: Batch | None) -> None:
        # Chronological order so that an exposure (added to a group) is known before the
        # engagement that follows it, whatever order the files came in.
        kept.sort(key=lambda t: (t[0].created_at, t[0].key))
        seen: set[str] = set()
        rows: list[dict[str, Any]] = []
        # What re-checks found online (deleted, changed) stays on a finding judged again.
        online = known_states(batch.conn) if batch is not None else {}
        for a, s, exact in kept:
            if a.key in seen:
                continue
            seen.add(a.key)
            f = analyzer.analyse(a, s, exact)
            if f is None:
                continue
            record = evidence_record(a)
            if batch is not None:
                sha = batch.put_bytes(
                    record,
                    kind="record",
                    source=f"activity {a.key}",
                    url=a.url,
                    finding_id=f.finding_id,
                    meta=_record_meta(a),
                )
            else:
                sha = hashlib.sha256(record).hexdigest()
            f = replace(f, evidence_sha256=sha)
            doc = f.to_dict()
            st = online.get(f.finding_id)
            if st is not None:
                doc = apply_online(doc, st)
                f = replace(f, explanation=tuple(doc["explanation"]))
            findings.append(f)
            docs.append(doc)
            rows.append({**finding_row(f, a.key), "doc": doc})
        if batch is not None:
            totals[0], totals[1] = batch.upsert_findings(rows)

    def forget(file_sha256: str) -> None:
        # A file skipped under keep_going was rolled back: judge none of its activities.
        kept[:] = [k for k in kept if k[0].source is None or k[0].source.file_sha256 != file_sha256]

    report = ingest(
        inputs,
        store=store,
        out=None,
        keep_going=keep_going,
        progress=progress,
        on_activity=look,
        before_commit=judge_all,
        on_skip=forget,
    )
    # Written once the store has committed, so the file never lists findings that were not stored.
    with jsonl_writer(out) as write:
        if write is not None:
            for doc in docs:
                write(doc)
    return ScanReport(
        ingest=report,
        findings=findings,
        new_findings=totals[0],
        updated_findings=totals[1],
        registry_rows=len(analyzer.index),
        registry_rejected=analyzer.index.rejected,
        registry_rejections=analyzer.index.rejections,
        screened=counters["screened"],
        interesting=len(kept),
    )
