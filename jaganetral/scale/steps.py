"""What Spark's executors run: the pipeline's own steps over Arrow batches.

Each function takes Arrow data and the broadcast :class:`Config` (elections, rule catalogue,
institutional accounts — small, read once per executor process) and calls the same code as
``scan``: :func:`~jaganetral.pipeline.parse.parse_part` / :func:`~jaganetral.pipeline.parse.parse`,
:func:`~jaganetral.pipeline.screening.screen_items`, :func:`~jaganetral.pipeline.judging.judge`
and :func:`~jaganetral.pipeline.keep.with_evidence`. The registry is never shipped whole: each
batch gets the rows its joins brought (:func:`jaganetral.scale.registry.sub_index`).
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from jaganetral.attribute.index import build_index
from jaganetral.errors import JaganetralError, Rejection
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
    "kind string, part_id int, oid long, payload binary, state_keys array<string>, lookups array<string>"
)
SCREENED_SCHEMA = pa.schema(
    [
        ("kind", pa.string()),
        ("part_id", pa.int32()),
        ("oid", pa.int64()),
        ("payload", pa.binary()),
        ("state_keys", pa.list_(pa.string())),
        ("lookups", pa.list_(pa.string())),
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
            yield from _parse_one(int(part_id), pickle.loads(job), analyzer)


def _parse_one(part_id: int, job: Job, analyzer: Analyzer) -> Iterator[pa.RecordBatch]:
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
        head = Head(job, fmt, None, sift.skipped if sift is not None else 0)
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
    order = np.argsort(np.asarray(parsed.column("seq").to_numpy()), kind="stable")
    payloads = parsed.column("payload").take(pa.array(order)).to_pylist()
    part_id = int(parsed.column("part_id")[0].as_py())
    head: Head = pickle.loads(payloads[0])
    job = head.job
    res = ScreenedFile(job.file.path, job.file, head.format)
    if head.error is not None:
        res.format, res.error = "unreadable", head.error
    else:
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
    rows: list[tuple[Any, ...]] = [("report", part_id, -1, pickle.dumps(report), [], [])]
    for k, o in enumerate(kept):
        a = o.activity
        lookups = attribution_lookups(a, analyzer.attributor) if o.exact is None else exact_lookups(a)
        rows.append(("obs", part_id, (part_id << 32) | k, pickle.dumps(o), state_keys(a), lookups))
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
