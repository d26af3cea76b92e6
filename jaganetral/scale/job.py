"""``jaganetral spark scan`` as one readable sequence of steps (see :mod:`jaganetral.scale`).

    1. read inputs   files named and below folders, hashed; big JSON Lines cut into parts
       + registry    read and validated as ``scan`` reads it; as two tables to join on
       + broadcast   elections, rule catalogue, institutional accounts
    2. parse         every part in ``mapInArrow`` (the sources' parsers and sift)
    3. screen        every part with the registry rows of its exact keys (join) — first pass
       + summary     counts and rejected records per file; an unreadable file stops the job here
    4. group         observations connected through context keys (threads, groups, places)
    5. judge         each group in time order, with the registry rows its names need (join)
    6. write         part files, _SUCCESS, summary, evidence records; renamed into place

Nothing is written to ``out`` unless every step succeeded.
"""

from __future__ import annotations

import functools
import pickle
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from jaganetral.attribute.index import RegistryIndex
from jaganetral.attribute.loading import load_index
from jaganetral.attribute.weights import load_weights
from jaganetral.judge.catalogue import load_rules
from jaganetral.model.clock import Zone
from jaganetral.model.election import load_election
from jaganetral.pipeline.command_ingest import IngestReport
from jaganetral.pipeline.command_scan import ingest_report
from jaganetral.pipeline.inputs import expand_inputs
from jaganetral.pipeline.screening import SPLIT_BYTES, ScreenedFile, finish_file
from jaganetral.scale import steps
from jaganetral.scale.components import components
from jaganetral.scale.output import write_run
from jaganetral.scale.registry import JOINED_FIELDS, lookups_table, persons_table
from jaganetral.scale.session import start
from jaganetral.sources.base import InputFile, Part, split_lines
from jaganetral.sources.registry import detect

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

#: Rejected records listed in the run summary (all are counted).
SUMMARY_REJECTIONS = 1000


@dataclass
class SparkRun:
    """What a Spark scan read and found (the summary is also ``DIR/_summary.json``)."""

    out: str
    ingest: IngestReport
    counts: Counter[str]
    summary: dict[str, Any] = field(default_factory=dict)


def local_path(p: str) -> Path:
    """A local path from a path or a ``file:`` URI."""
    return Path(p.removeprefix("file://")) if p.startswith("file://") else Path(p)


def plan(paths: Sequence[Path], parts_per_file: int, split_bytes: int) -> list[steps.Job]:
    """Step 1: every file hashed; a splittable file of ``split_bytes`` or more cut into parts."""
    jobs: list[steps.Job] = []
    for i, p in enumerate(paths):
        f = InputFile.open(p)  # an unreadable file stops the job here, naming it
        if detect(f).splittable:
            parts = split_lines(f, parts_per_file) if f.size >= split_bytes else [Part(0, f.size, 1)]
            jobs.extend(steps.Job(i, n, f, part) for n, part in enumerate(parts))
        else:
            jobs.append(steps.Job(i, 0, f, None))
    return jobs


def spark_scan(
    inputs: Sequence[str],
    elections: Sequence[Path],
    asn: Path,
    out: str,
    *,
    accounts: Path | None = None,
    master: str | None = None,
    partitions: int | None = None,
    tz: Zone | None = None,
    cheap_first_pass: bool = True,
    split_bytes: int = SPLIT_BYTES,
    spark: SparkSession | None = None,
    index: RegistryIndex | None = None,
) -> SparkRun:
    """Screen, attribute and judge ``inputs`` on Spark; write the run folder ``out``."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    started = datetime.now(UTC)
    # 1. read inputs, the registry and the configuration (on the driver, as scan does)
    paths = expand_inputs([local_path(p) for p in inputs])
    loaded = tuple(load_election(e) for e in elections)
    index = index if index is not None else load_index(asn, accounts)
    if spark is None:
        from pyspark.sql import SparkSession

        spark = SparkSession.getActiveSession()
    own = spark is None  # a session someone else started is theirs to stop
    session = spark if spark is not None else start(master, partitions or 8)
    try:
        n = partitions or max(2 * session.sparkContext.defaultParallelism, 2)
        session.conf.set("spark.sql.shuffle.partitions", str(n))
        jobs = plan(paths, n, split_bytes)
        config = steps.Config(
            uuid.uuid4().hex, loaded, tuple(load_rules()), dict(index.institutions), cheap_first_pass, tz
        )
        bc = session.sparkContext.broadcast(config)
        persons = session.createDataFrame(persons_table(index))
        lookups = session.createDataFrame(lookups_table(index, load_weights()))
        keep = StorageLevel.MEMORY_AND_DISK
        # 2. parse every part
        part_rows = pa.table(
            {"part_id": pa.array(range(len(jobs)), pa.int32()), "job": [pickle.dumps(j) for j in jobs]},
            schema=steps.PARTS_SCHEMA,
        )
        parts = session.createDataFrame(part_rows).repartition(max(min(len(jobs), n), 1))
        parsed = parts.mapInArrow(functools.partial(steps.parse_parts, config=bc), steps.PARSED_DDL).persist(
            keep
        )
        # 3. screen every part with the registry rows its exact keys join
        need = parsed.select(F.col("part_id").alias("g"), F.explode("keys").alias("lkey")).distinct()
        reg = _joined(need, lookups, persons)
        screened = (
            parsed.groupBy("part_id")
            .cogroup(reg.groupBy("g"))
            .applyInArrow(functools.partial(steps.screen_part, config=bc), steps.SCREENED_DDL)
            .persist(keep)
        )
        reports = steps.part_reports(
            [r["payload"] for r in screened.where(F.col("kind") == "report").select("payload").collect()]
        )
        files = _files(paths, reports)
        for sf in files:
            if sf.error is not None:
                raise sf.error  # an unreadable file: one line naming it, nothing written
        report = ingest_report(files)
        parsed.unpersist()
        # 4. group what the screen kept by the context keys it shares
        obs = screened.where(F.col("kind") == "obs").select("oid", "payload", "state_keys", "lookups")
        edges = obs.select("oid", F.explode("state_keys").alias("k")).persist(keep)
        grouped = obs.join(components(edges), "oid").persist(keep)
        # 5. attribute and judge each group in time order, with the registry rows its names join
        need = grouped.select(F.col("comp").alias("g"), F.explode("lookups").alias("lkey")).distinct()
        reg = _joined(need, lookups, persons)
        judged = (
            grouped.select("comp", "oid", "payload")
            .groupBy("comp")
            .cogroup(reg.groupBy("g"))
            .applyInArrow(functools.partial(steps.judge_group, config=bc), steps.JUDGED_DDL)
            .persist(keep)
        )
        counts: Counter[str] = Counter(
            {
                r["status"]: int(r["count"])
                for r in judged.where(F.col("kind") == "finding").groupBy("status").count().collect()
            }
        )
        interesting = grouped.count()
        summary = _summary(session, n, started, paths, report, counts, interesting, index)
        # 6. write the run folder (renamed into place when complete)
        write_run(session, judged, summary, _output_uri(out, session))
        for df in (screened, edges, grouped, judged):
            df.unpersist()
        return SparkRun(out, report, counts, summary)
    finally:
        if own:
            session.stop()


def _joined(need: DataFrame, lookups: DataFrame, persons: DataFrame) -> DataFrame:
    """The registry rows (and account keys) each group ``g`` needs: a join on lookup keys."""
    return need.join(lookups, "lkey").join(persons, "row", "left").select("g", *JOINED_FIELDS)


def _files(paths: Sequence[Path], reports: Sequence[steps.PartReport]) -> list[ScreenedFile]:
    """Each file's parts joined in order, finished as ``scan`` finishes them."""
    out: list[ScreenedFile] = []
    by_file: dict[int, list[steps.PartReport]] = {}
    for r in reports:
        by_file.setdefault(r.file_idx, []).append(r)
    for i, p in enumerate(paths):
        rs = by_file.get(i, [])
        if not rs:
            out.append(ScreenedFile(p))
            continue
        first = rs[0].screened
        for r in rs[1:]:
            first.join(r.screened)
        out.append(finish_file(first, rs[0].split))
    return out


def _output_uri(out: str, session: SparkSession) -> str:
    if "://" in out or out.startswith("file:"):
        return out
    if session.sparkContext.master.startswith("local"):
        return Path(out).resolve().as_uri()
    return out


def _summary(
    session: SparkSession,
    partitions: int,
    started: datetime,
    paths: Sequence[Path],
    report: IngestReport,
    counts: Counter[str],
    interesting: int,
    index: RegistryIndex,
) -> dict[str, Any]:
    return {
        "command": "spark scan",
        "spark_version": session.version,
        "master": session.sparkContext.master,
        "partitions": partitions,
        "started_at": started.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "inputs": [str(p) for p in paths],
        "findings": sum(counts.values()),
        "by_status": dict(sorted(counts.items())),
        "screened": sum(f.activities for f in report.files),
        "interesting": interesting,
        "registry_rows": len(index),
        "registry_rejected": index.rejected,
        "ingest": report.to_dict(),
        "rejections": [str(r) for r in report.rejections[:SUMMARY_REJECTIONS]],
    }
