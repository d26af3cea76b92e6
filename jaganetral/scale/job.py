"""``jaganetral spark scan`` as one readable sequence of steps (see :mod:`jaganetral.scale`).

    1. read inputs   files named and below folders (paths, or URIs listed through Hadoop),
                     hashed; big JSON Lines cut into parts (URIs: Spark's own text splits)
       + registry    read and validated as ``scan`` reads it; as two tables to join on
       + broadcast   elections, rule catalogue, institutional accounts
    2. parse         every part in ``mapInArrow`` (the sources' parsers and sift)
    3. screen        every part with the registry rows of its exact keys (join) — first pass
       + summary     counts and rejected records per file; an unreadable file stops the job here
                     (with ``keep_going`` it is reported and nothing of it is judged)
       + repeats     a platform and id read twice kept once, each repeat reported (as ``scan``)
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

from jaganetral.attribute.index import RegistryIndex
from jaganetral.attribute.loading import load_index
from jaganetral.attribute.weights import load_weights
from jaganetral.errors import InvalidInput
from jaganetral.judge.catalogue import load_rules
from jaganetral.model.clock import Zone
from jaganetral.model.election import load_election
from jaganetral.pipeline.command_ingest import IngestReport
from jaganetral.pipeline.command_scan import ingest_report, note_repeat, where_read
from jaganetral.pipeline.screening import SPLIT_BYTES, ScreenedFile, finish_file
from jaganetral.scale import steps
from jaganetral.scale.components import components
from jaganetral.scale.output import write_run
from jaganetral.scale.planning import Plan, parsed_frame, plan
from jaganetral.scale.registry import JOINED_FIELDS, lookups_table, persons_table
from jaganetral.scale.session import frame, start

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
    keep_going: bool = False,
    strict: bool = False,
    spark: SparkSession | None = None,
    index: RegistryIndex | None = None,
) -> SparkRun:
    """Screen, attribute and judge ``inputs`` (paths or Hadoop URIs) on Spark; write the run
    folder ``out``. With ``keep_going`` an unreadable file is reported and skipped."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    started = datetime.now(UTC)
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
        # 1. read inputs (hashed, cut into parts), the registry and the configuration
        the_plan, text = plan(session, inputs, n, split_bytes, keep_going=keep_going)
        config = steps.Config(
            uuid.uuid4().hex,
            loaded,
            tuple(load_rules()),
            dict(index.institutions),
            cheap_first_pass,
            tz,
            strict,
        )
        bc = session.sparkContext.broadcast(config)
        persons = frame(session, persons_table(index))
        lookups = frame(session, lookups_table(index, load_weights()))
        keep = StorageLevel.MEMORY_AND_DISK
        # 2. parse every part
        parsed = parsed_frame(session, the_plan, text, bc, n).persist(keep)
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
        files = _files(the_plan, reports)
        for sf in files:
            if sf.error is not None and not keep_going:
                raise sf.error  # an unreadable file: one line naming it, nothing written
        parsed.unpersist()
        obs = screened.where(F.col("kind") == "obs").select(
            "oid", "part_id", "akey", "payload", "state_keys", "lookups"
        )
        failed = {i for i, sf in enumerate(files) if sf.error is not None}
        if failed:  # with keep_going: nothing of an unreadable file is judged
            obs = obs.where(~F.col("part_id").isin(the_plan.parts_of(failed)))
        obs = _drop_repeats(obs, files, the_plan).persist(keep)
        report = ingest_report(files)
        report.ignored = list(the_plan.ignored)
        # 4. group what the screen kept by the context keys it shares
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
        summary = _summary(session, n, started, the_plan, report, counts, interesting, index)
        # 6. write the run folder (renamed into place when complete)
        write_run(session, judged, summary, _output_uri(out, session))
        for df in (screened, obs, edges, grouped, judged):
            df.unpersist()
        return SparkRun(out, report, counts, summary)
    finally:
        if own:
            session.stop()


def _drop_repeats(obs: DataFrame, files: list[ScreenedFile], the_plan: Plan) -> DataFrame:
    """A platform and id read twice is kept once (the first in input order) and each repeat is
    reported where it was, as ``scan`` does (:func:`jaganetral.pipeline.command_scan.note_repeat`);
    only the repeated keys' rows come to the driver."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    ranked = obs.withColumn("nth", F.row_number().over(Window.partitionBy("akey").orderBy("oid"))).withColumn(
        "times", F.count("*").over(Window.partitionBy("akey"))
    )
    repeated = ranked.where(F.col("times") > 1).select("oid", "part_id", "akey", "nth", "payload").collect()
    first: dict[str, str] = {}
    for row in sorted(repeated, key=lambda r: (r["nth"] != 1, r["oid"])):
        a = pickle.loads(row["payload"]).activity
        if row["nth"] == 1:
            first[row["akey"]] = where_read(a)
        else:
            note_repeat(files[the_plan.part_file[int(row["part_id"])]], a, first[row["akey"]])
    return ranked.where(F.col("nth") == 1).drop("nth", "times")


def _joined(need: DataFrame, lookups: DataFrame, persons: DataFrame) -> DataFrame:
    """The registry rows (and account keys) each group ``g`` needs: a join on lookup keys."""
    return need.join(lookups, "lkey").join(persons, "row", "left").select("g", *JOINED_FIELDS)


def _files(the_plan: Plan, reports: Sequence[steps.PartReport]) -> list[ScreenedFile]:
    """Each file's parts joined in order, finished as ``scan`` finishes them."""
    out: list[ScreenedFile] = []
    by_file: dict[int, list[steps.PartReport]] = {}
    for r in reports:
        by_file.setdefault(r.file_idx, []).append(r)
    for i, e in enumerate(the_plan.entries):
        rs = by_file.get(i, [])
        if not rs:
            f = the_plan.files[i]
            error = the_plan.failed.get(i) or InvalidInput("no part of the file was read", file=e.name)
            out.append(ScreenedFile(e.local or Path(e.name), f, error=error))
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
    the_plan: Plan,
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
        "inputs": [e.name for e in the_plan.entries],
        "parts": the_plan.described(),
        "findings": sum(counts.values()),
        "by_status": dict(sorted(counts.items())),
        "screened": sum(f.activities for f in report.files),
        "interesting": interesting,
        "registry_rows": len(index),
        "registry_rejected": index.rejected,
        "ingest": report.to_dict(),
        "rejections": [str(r) for r in report.rejections[:SUMMARY_REJECTIONS]],
    }
