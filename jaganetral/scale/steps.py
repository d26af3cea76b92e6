"""What Spark's executors run: the pipeline's own steps over Arrow batches.

Each function takes Arrow data and the broadcast :class:`Config` (elections, rule catalogue,
institutional accounts — small, read once per executor process) and calls the same code as
``scan``: :func:`~jaganetral.pipeline.parse.parse_part` / :func:`~jaganetral.pipeline.parse.parse`,
:func:`~jaganetral.pipeline.screening.screen_items`, :func:`~jaganetral.pipeline.judging.judge`
and :func:`~jaganetral.pipeline.keep.with_evidence`. The registry is never shipped whole: each
batch gets the rows its joins brought (:func:`jaganetral.scale.registry.sub_index`).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from jaganetral.attribute.index import build_index
from jaganetral.errors import InvalidInput, JaganetralError, Rejection
from jaganetral.judge.analysis import Analyzer
from jaganetral.judge.catalogue import Rule
from jaganetral.model.activity import Activity, Sift
from jaganetral.model.clock import Zone
from jaganetral.model.election import Election
from jaganetral.model.people import Institution
from jaganetral.pipeline.judging import judge
from jaganetral.pipeline.keep import evidence_record, record_meta, with_evidence
from jaganetral.pipeline.parse import parse, parse_part
from jaganetral.pipeline.screening import Observation, ScreenedFile, in_zone, screen_items
from jaganetral.scale.lookups import attribution_lookups, exact_lookups, state_keys
from jaganetral.scale.registry import sub_index
from jaganetral.sources.base import InputFile, Part
from jaganetral.sources.jsonutil import FieldNotes, noting
from jaganetral.sources.registry import detect

if TYPE_CHECKING:
    from pyspark import Broadcast

#: Records per Arrow batch a parse yields.
BATCH_ROWS = 4096

PARTS_SCHEMA = pa.schema([("part_id", pa.int32()), ("job", pa.binary())])
PARSED_DDL = "part_id int, seq long, payload binary, keys array<string>"
PARSED_SCHEMA = pa.schema(
    [("part_id", pa.int32()), ("seq", pa.int64()), ("payload", pa.binary()), ("keys", pa.list_(pa.string()))]
)
SCREENED_DDL = (
    "kind string, part_id int, oid long, payload binary, state_keys array<string>, lookups array<string>, "
    "akey string"
)
SCREENED_SCHEMA = pa.schema(
    [
        ("kind", pa.string()),
        ("part_id", pa.int32()),
        ("oid", pa.int64()),
        ("payload", pa.binary()),
        ("state_keys", pa.list_(pa.string())),
        ("lookups", pa.list_(pa.string())),
        ("akey", pa.string()),
    ]
)
JUDGED_DDL = "kind string, finding_id string, status string, text string"
JUDGED_SCHEMA = pa.schema(
    [("kind", pa.string()), ("finding_id", pa.string()), ("status", pa.string()), ("text", pa.string())]
)


@dataclass(frozen=True)
class Config:
    """What every executor needs besides the data: broadcast once per job."""

    token: str  # one per job: an executor process builds its analyzer once per job
    elections: tuple[Election, ...]
    rules: tuple[Rule, ...]
    institutions: Mapping[str, Institution] = field(default_factory=dict)
    cheap_first_pass: bool = True
    tz: Zone | None = None
    strict: bool = False


@dataclass(frozen=True)
class Job:
    """One part of the run's input: a whole file, or a part of a splittable one."""

    file_idx: int
    part_no: int
    file: InputFile
    part: Part | None  # None: the whole file, through its source's parse()


@dataclass(frozen=True)
class Head:
    """What parsing a part gave besides its records (the last row of the part, seq −1)."""

    job: Job
    format: str
    error: JaganetralError | None = None
    skipped: int = 0  # records the sift counted without building them
    warnings: dict[str, int] = field(default_factory=dict)  # optional fields of the wrong type


@dataclass(frozen=True)
class RemoteParts:
    """The parts of a run read through Hadoop (broadcast): by the path Spark's reader reports."""

    aliases: Mapping[str, str]  # a path as a reader reports it → the listing's URI
    files: Mapping[str, tuple[int, Job]]  # URI → (part id, job) of a file read whole
    splits: Mapping[tuple[str, int], tuple[int, Job]]  # (URI, split start) → (part id, job)


@dataclass(frozen=True)
class PartReport:
    """What screening one part gave the run summary (its observations travel as rows)."""

    file_idx: int
    part_no: int
    split: bool
    screened: ScreenedFile


_ANALYZERS: dict[str, Analyzer] = {}


def analyzer_for(config: Config) -> Analyzer:
    """The gazetteer, screener and rules of the job, built once per executor process."""
    got = _ANALYZERS.get(config.token)
    if got is None:
        _ANALYZERS.clear()
        got = Analyzer(
            config.elections,
            build_index(()),
            list(config.rules),
            cheap_first_pass=config.cheap_first_pass,
        )
        _ANALYZERS[config.token] = got
    return got


def _batch(schema: pa.Schema, rows: list[tuple[Any, ...]]) -> pa.RecordBatch:
    cols: list[Sequence[Any]] = list(zip(*rows, strict=True)) if rows else [[] for _ in schema]
    return pa.RecordBatch.from_arrays(
        [pa.array(list(c), type=f.type) for c, f in zip(cols, schema, strict=True)], schema=schema
    )


# ---- step 2: parse ------------------------------------------------------------------------------


def parse_parts(batches: Iterator[pa.RecordBatch], config: Broadcast[Config]) -> Iterator[pa.RecordBatch]:
    """``mapInArrow``: each part's records (pickled, in order) with their exact lookup keys, then
    a :class:`Head` row (seq −1). A file that fails midway keeps its error in the head."""
    analyzer = analyzer_for(config.value)
    for batch in batches:
        ids = batch.column("part_id").to_pylist()
        jobs = batch.column("job").to_pylist()
        for part_id, job in zip(ids, jobs, strict=True):
            yield from _parse_one(int(part_id), pickle.loads(job), analyzer, config.value.strict)


def parse_remote_files(
    batches: Iterator[pa.RecordBatch], config: Broadcast[Config], remote: Broadcast[RemoteParts]
) -> Iterator[pa.RecordBatch]:
    """``mapInArrow`` over Spark's ``binaryFile`` rows (``path``, ``mtime``, ``content``): each
    file's bytes put in a local temporary file of the same name and time (a parser may read
    both: a Graph export's group, a screenshot's fallback time) and parsed as :func:`parse_parts`
    parses a local one."""
    analyzer = analyzer_for(config.value)
    parts = remote.value
    for batch in batches:
        for path, mtime, content in zip(
            batch.column("path").to_pylist(),
            batch.column("mtime").to_pylist(),  # seconds since the epoch
            batch.column("content").to_pylist(),
            strict=True,
        ):
            part_id, job = parts.files[parts.aliases[path]]
            with tempfile.TemporaryDirectory(prefix="jaganetral-") as tmp:
                local = Path(tmp) / job.file.file_name
                local.write_bytes(content)
                if mtime is not None:
                    os.utime(local, (mtime, mtime))
                if hashlib.sha256(content).hexdigest() != job.file.sha256:
                    yield from _failed(part_id, job, "the file changed while the job ran; run it again")
                    continue
                yield from _parse_one(part_id, _at(job, local, len(content)), analyzer, config.value.strict)


def parse_remote_lines(
    batches: Iterator[pa.RecordBatch], config: Broadcast[Config], remote: Broadcast[RemoteParts]
) -> Iterator[pa.RecordBatch]:
    """``mapInArrow`` over Spark's ``text`` rows of JSON Lines splits (``path``, ``start``,
    ``line`` as bytes, in file order within a split): each split's lines written back, byte for
    byte, to a local temporary file and parsed as that part of a local file is parsed."""
    analyzer = analyzer_for(config.value)
    parts = remote.value
    current: tuple[str, int] | None = None
    with tempfile.TemporaryDirectory(prefix="jaganetral-") as tmp:
        local = Path(tmp) / "part.jsonl"
        out = local.open("wb")
        try:
            for batch in batches:
                for path, start, line in zip(
                    batch.column("path").to_pylist(),
                    batch.column("start").to_pylist(),
                    batch.column("line").to_pylist(),
                    strict=True,
                ):
                    key = (parts.aliases[path], int(start))
                    if key != current:
                        if current is not None:
                            out.close()
                            yield from _parse_split(parts, current, local, analyzer, config.value.strict)
                            out = local.open("wb")
                        current = key
                    out.write(line)
                    out.write(b"\n")
            out.close()
            if current is not None:
                yield from _parse_split(parts, current, local, analyzer, config.value.strict)
        finally:
            out.close()


def _parse_split(
    parts: RemoteParts, key: tuple[str, int], local: Path, analyzer: Analyzer, strict: bool
) -> Iterator[pa.RecordBatch]:
    part_id, job = parts.splits[key]
    yield from _parse_one(part_id, _at(job, local, local.stat().st_size), analyzer, strict)


def _at(job: Job, local: Path, size: int) -> Job:
    """``job`` with its bytes at ``local`` (its URI still naming it); a part starts there at 0."""
    part = None if job.part is None else Part(0, size, job.part.first_line)
    return replace(job, file=replace(job.file, path=local, size=size), part=part)


def _failed(part_id: int, job: Job, why: str) -> Iterator[pa.RecordBatch]:
    head = Head(job, "unreadable", InvalidInput(why, file=job.file.name))
    yield _batch(PARSED_SCHEMA, [(part_id, -1, pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL), [])])


def _parse_one(part_id: int, job: Job, analyzer: Analyzer, strict: bool = False) -> Iterator[pa.RecordBatch]:
    with noting(strict) as notes:
        yield from _parse_noted(part_id, job, analyzer, notes)


def _parse_noted(part_id: int, job: Job, analyzer: Analyzer, notes: FieldNotes) -> Iterator[pa.RecordBatch]:
    rows: list[tuple[Any, ...]] = []
    try:
        sift: Sift | None = None
        items: Iterator[Activity | Rejection]
        if job.part is not None:
            fmt = detect(job.file).name
            sift = Sift(analyzer.screener.may_matter_at_all) if analyzer.cheap_first_pass else None
            items = parse_part(job.file, job.part, sift)
        else:
            parsed = parse(job.file)
            fmt, items = parsed.format, parsed.items
        for seq, item in enumerate(items):
            keys = exact_lookups(item) if isinstance(item, Activity) else []
            rows.append((part_id, seq, pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL), keys))
            if len(rows) >= BATCH_ROWS:
                yield _batch(PARSED_SCHEMA, rows)
                rows = []
        head = Head(job, fmt, None, sift.skipped if sift is not None else 0, dict(notes.counts or {}))
    except JaganetralError as exc:
        head = Head(job, "unreadable", exc)
    rows.append((part_id, -1, pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL), []))
    yield _batch(PARSED_SCHEMA, rows)


# ---- step 3: screen -----------------------------------------------------------------------------


def screen_part(parsed: pa.Table, registry: pa.Table, config: Broadcast[Config]) -> pa.Table:
    """``cogroup.applyInArrow`` per part: its records and the registry rows their exact keys
    joined → one report row, and one row per observation the first pass kept."""
    if parsed.num_rows == 0:
        return SCREENED_SCHEMA.empty_table()
    analyzer = analyzer_for(config.value).with_index(sub_index(registry, config.value.institutions))
    # This index holds the rows the exact keys joined, not those the names will: names are
    # attributed in the judge step, where they are joined.
    analyzer.names_ahead = False
    order = np.argsort(np.asarray(parsed.column("seq").to_numpy()), kind="stable")
    payloads = parsed.column("payload").take(pa.array(order)).to_pylist()
    part_id = int(parsed.column("part_id")[0].as_py())
    head: Head = pickle.loads(payloads[0])
    job = head.job
    res = ScreenedFile(job.file.path, job.file, head.format)
    if head.error is not None:
        res.format, res.error = "unreadable", head.error
    else:
        res.warnings = dict(head.warnings)
        items: list[Activity | Rejection] = [pickle.loads(p) for p in payloads[1:]]
        try:
            whole = job.part is None
            screen_items(
                res, in_zone(head.format, items, analyzer, config.value.tz) if whole else items, analyzer
            )
            if not whole:
                res.read += head.skipped
        except JaganetralError as exc:
            res.format, res.read, res.kept, res.error = "unreadable", 0, [], exc
    kept, res.kept = res.kept, []
    report = PartReport(job.file_idx, job.part_no, job.part is not None, res)
    rows: list[tuple[Any, ...]] = [("report", part_id, -1, pickle.dumps(report), [], [], None)]
    for k, o in enumerate(kept):
        a = o.activity
        lookups = attribution_lookups(a, analyzer.attributor) if o.exact is None else exact_lookups(a)
        rows.append(("obs", part_id, (part_id << 32) | k, pickle.dumps(o), state_keys(a), lookups, a.key))
    return pa.Table.from_batches([_batch(SCREENED_SCHEMA, rows)])


# ---- steps 4–5: attribute and judge -------------------------------------------------------------


def judge_group(observed: pa.Table, registry: pa.Table, config: Broadcast[Config]) -> pa.Table:
    """``cogroup.applyInArrow`` per keyed group: its observations in input order, judged in time
    order with the registry rows their names joined → finding lines and evidence-record lines."""
    if observed.num_rows == 0:
        return JUDGED_SCHEMA.empty_table()
    analyzer = analyzer_for(config.value).with_index(sub_index(registry, config.value.institutions))
    order = np.argsort(np.asarray(observed.column("oid").to_numpy()), kind="stable")
    obs: list[Observation] = [
        pickle.loads(p) for p in observed.column("payload").take(pa.array(order)).to_pylist()
    ]
    judged = judge(obs, analyzer)
    rows: list[tuple[Any, ...]] = []
    for (f, doc), j in zip(with_evidence(judged, None), judged, strict=True):
        rows.append(("finding", f.finding_id, f.status.value, json.dumps(doc, ensure_ascii=False)))
        rows.append(
            (
                "record",
                f.finding_id,
                f.status.value,
                json.dumps(record_line(f.finding_id, j.activity, f.evidence_sha256), ensure_ascii=False),
            )
        )
    return pa.Table.from_batches([_batch(JUDGED_SCHEMA, rows)])


def record_line(finding_id: str, a: Activity, sha256: str | None) -> dict[str, Any]:
    """A line of ``_records/``: the evidence record of one finding, as ``scan`` would store it."""
    return {
        "finding_id": finding_id,
        "evidence_sha256": sha256,
        "activity_key": a.key,
        "url": a.url,
        "meta": record_meta(a),
        "record": evidence_record(a).decode("utf-8"),
    }


def part_reports(payloads: Sequence[bytes]) -> list[PartReport]:
    """The report rows of a run, in input order."""
    reports = [pickle.loads(p) for p in payloads]
    return sorted(reports, key=lambda r: (r.file_idx, r.part_no))
