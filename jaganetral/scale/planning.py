"""Steps 1–2 of a Spark scan: which parts the inputs make, and the DataFrame of their records.

Every input file gets an index (its place in input order, as ``scan`` reads them) and its parts
consecutive part ids, so an observation id (part id, position) orders the run as ``scan`` does.

* A **local path** is hashed on the driver (:meth:`InputFile.open`); its executors read it at the
  same path (a shared mount). A JSON Lines file of ``split_bytes`` or more is cut at line
  boundaries into about ``partitions`` parts (:func:`split_lines`).
* A **URI** is listed and hashed through Hadoop (:mod:`jaganetral.scale.inputs`). A JSON Lines file
  of ``split_bytes`` or more is read with Spark's ``text`` source (the cluster's own splits, lines
  as bytes): one pass counts each split's lines, so each split knows its first line, the other
  parses. Any other file is read whole by one executor with the ``binaryFile`` source.
"""

from __future__ import annotations

import functools
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from jaganetral.errors import InvalidInput, JaganetralError, Rejection
from jaganetral.pipeline.inputs import expand_inputs
from jaganetral.scale import steps
from jaganetral.scale.inputs import Entry, HadoopFiles, glob_escaped, is_uri, qualified
from jaganetral.scale.session import frame
from jaganetral.sources.base import InputFile, Part, split_lines
from jaganetral.sources.registry import detect

if TYPE_CHECKING:
    from pyspark import Broadcast
    from pyspark.sql import DataFrame, SparkSession

#: The largest file Spark's ``binaryFile`` source reads (one byte array).
BINARY_MAX = (1 << 31) - 1 - (1 << 20)


@dataclass
class Plan:
    """The parts of a run: every file in input order, each part with its id."""

    entries: list[Entry]
    ignored: list[Rejection]
    files: list[InputFile | None] = field(default_factory=list)  # hashed, by file index
    failed: dict[int, JaganetralError] = field(default_factory=dict)  # found on the driver
    local: list[tuple[int, steps.Job]] = field(default_factory=list)  # (part id, job)
    remote: steps.RemoteParts = field(default_factory=lambda: steps.RemoteParts({}, {}, {}))
    part_file: dict[int, int] = field(default_factory=dict)  # part id → file index
    read: dict[int, tuple[steps.Job, str]] = field(default_factory=dict)  # part id → job, how read

    @property
    def parts(self) -> int:
        return len(self.part_file)

    def described(self) -> list[dict[str, object]]:
        """Every part, in order: its file, number, first line and how it is read."""
        out: list[dict[str, object]] = []
        for _, (j, how) in sorted(self.read.items()):
            out.append(
                {
                    "file": j.file.name,
                    "part": j.part_no,
                    "first_line": j.part.first_line if j.part is not None else None,
                    "read": how,
                }
            )
        return out

    def parts_of(self, file_indexes: set[int]) -> list[int]:
        return [p for p, i in self.part_file.items() if i in file_indexes]


def list_inputs(session: SparkSession, inputs: Sequence[str]) -> tuple[list[Entry], list[Rejection]]:
    """Step 1: the files the inputs name, in order: local paths expanded as ``scan`` expands them,
    URIs listed through Hadoop."""
    entries: list[Entry] = []
    ignored: list[Rejection] = []
    hadoop: HadoopFiles | None = None
    for name in inputs:
        if is_uri(name):
            hadoop = hadoop or HadoopFiles(session)
            entries.extend(Entry(remote=f) for f in hadoop.expand(name, ignored))
        else:
            found = expand_inputs([Path(name)])
            ignored.extend(found.ignored)
            entries.extend(Entry(local=p) for p in found)
    return entries, ignored


def plan(
    session: SparkSession,
    inputs: Sequence[str],
    partitions: int,
    split_bytes: int,
    *,
    keep_going: bool = False,
) -> tuple[Plan, DataFrame | None]:
    """Every file hashed and sniffed, cut into parts with ids in input order. An unreadable file
    stops the job here, naming it (with ``keep_going`` it is noted in ``failed``). Also gives the
    ``text`` DataFrame of the URIs' big JSON Lines files, which step 2 parses."""
    entries, ignored = list_inputs(session, inputs)
    p = Plan(entries, ignored)
    per_file: list[list[steps.Job]] = []
    whole: dict[int, steps.Job] = {}
    split: list[int] = []
    for i, e in enumerate(entries):
        jobs: list[steps.Job] = []
        try:
            f = InputFile.open(e.local) if e.local is not None else e.remote
            assert f is not None
            p.files.append(f)
            source = detect(f)
            if e.local is not None:
                if source.splittable:
                    parts = split_lines(f, partitions) if f.size >= split_bytes else [Part(0, f.size, 1)]
                    jobs = [steps.Job(i, n, f, part) for n, part in enumerate(parts)]
                else:
                    jobs = [steps.Job(i, 0, f, None)]
            elif source.splittable and f.size >= split_bytes:
                split.append(i)
            elif not source.splittable and f.size > BINARY_MAX:
                raise InvalidInput(
                    "a file in this format is read whole by one executor and this one is larger than "
                    "2 GiB; put it on a shared mount and name its path",
                    file=f.name,
                )
            else:
                whole[i] = steps.Job(i, 0, f, Part(0, f.size, 1) if source.splittable else None)
                jobs = [whole[i]]
        except JaganetralError as exc:
            if not keep_going:
                raise
            if len(p.files) <= i:
                p.files.append(None)
            p.failed[i] = exc
            jobs = []
        per_file.append(jobs)
    text = _split_jobs(session, p, per_file, split) if split else None
    # part ids in input order
    files: dict[str, tuple[int, steps.Job]] = {}
    splits: dict[tuple[str, int], tuple[int, steps.Job]] = {}
    for i, jobs in enumerate(per_file):
        for job in jobs:
            part_id = p.parts
            p.part_file[part_id] = i
            if entries[i].local is not None:
                p.local.append((part_id, job))
                p.read[part_id] = (job, "path")
            elif i in whole:
                files[job.file.name] = (part_id, job)
                p.read[part_id] = (job, "binaryFile")
            else:
                assert job.part is not None
                splits[(job.file.name, job.part.start)] = (part_id, job)
                p.read[part_id] = (job, "text split")
    uris = [f.name for e, f in zip(entries, p.files, strict=True) if e.remote is not None and f is not None]
    p.remote = steps.RemoteParts(qualified(session, uris), files, splits)
    return p, text


def _split_jobs(
    session: SparkSession, p: Plan, per_file: list[list[steps.Job]], split: list[int]
) -> DataFrame:
    """The first of the two passes over the big JSON Lines URIs: each split's lines counted, so
    the split knows its first line; the jobs of each file in ``per_file``."""
    from pyspark.sql import functions as F

    uris = [p.entries[i].name for i in split]
    text = (
        session.read.format("text")
        .option("lineSep", "\n")
        .option("ignoredPathSegmentRegex", "")  # the listing chose the files: "_chat.txt" too
        .load([glob_escaped(u) for u in uris])
        .select(
            F.col("_metadata.file_path").alias("path"),
            F.col("_metadata.file_block_start").alias("start"),
            F.col("value").cast("binary").alias("line"),
        )
    )
    aliases = qualified(session, uris)
    counted: dict[str, list[tuple[int, int]]] = {}
    for row in text.groupBy("path", "start").count().collect():
        uri = aliases.get(row["path"])
        if uri is None:
            raise InvalidInput(f"Spark read a file the listing did not give: {row['path']}")
        counted.setdefault(uri, []).append((int(row["start"]), int(row["count"])))
    for i in split:
        f = p.files[i]
        assert f is not None
        line = 1
        jobs = []
        blocks = sorted(counted.get(f.name, []))
        for n, (start, count) in enumerate(blocks):
            end = blocks[n + 1][0] if n + 1 < len(blocks) else f.size
            jobs.append(steps.Job(i, n, f, Part(start, end, line)))
            line += count
        per_file[i] = jobs
    return text


def parsed_frame(
    session: SparkSession,
    p: Plan,
    text: DataFrame | None,
    config: Broadcast[steps.Config],
    partitions: int,
) -> DataFrame:
    """Step 2: every part's records (local parts, whole files by URI, splits by URI) as one
    DataFrame of ``steps.PARSED_DDL`` rows."""
    from pyspark.sql import functions as F

    frames: list[DataFrame] = []
    remote = session.sparkContext.broadcast(p.remote)
    if p.local:
        rows = pa.table(
            {
                "part_id": pa.array([i for i, _ in p.local], pa.int32()),
                "job": [pickle.dumps(j) for _, j in p.local],
            },
            schema=steps.PARTS_SCHEMA,
        )
        parts = frame(session, rows).repartition(max(min(len(p.local), partitions), 1))
        frames.append(parts.mapInArrow(functools.partial(steps.parse_parts, config=config), steps.PARSED_DDL))
    if p.remote.files:
        whole = (
            session.read.format("binaryFile")
            .option("ignoredPathSegmentRegex", "")  # the listing chose the files: "_chat.txt" too
            .load([glob_escaped(u) for u in p.remote.files])
        )
        frames.append(
            whole.select(
                "path", F.col("modificationTime").cast("double").alias("mtime"), "content"
            ).mapInArrow(
                functools.partial(steps.parse_remote_files, config=config, remote=remote), steps.PARSED_DDL
            )
        )
    if text is not None:
        frames.append(
            text.mapInArrow(
                functools.partial(steps.parse_remote_lines, config=config, remote=remote), steps.PARSED_DDL
            )
        )
    if not frames:
        return session.createDataFrame([], steps.PARSED_DDL)
    return functools.reduce(lambda a, b: a.unionByName(b), frames)
