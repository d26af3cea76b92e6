"""Step 6 — write: the run folder appears whole or not at all, on any Hadoop file system.

    DIR/part-*            the findings, one JSON object a line, exactly as ``scan`` writes them
    DIR/_SUCCESS          Spark's marker of a complete write
    DIR/_summary.json     the run summary: inputs with counts, rejected records (file, line), totals
    DIR/_records/part-*   each finding's evidence record (what ``findings import`` keeps in the vault)

Everything is written into a hidden sibling folder first and renamed to DIR once complete (the
names starting with ``_`` are skipped by Spark and Hadoop readers of DIR).
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from jaganetral.errors import StoreError

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

SUMMARY = "_summary.json"
RECORDS = "_records"


def write_run(spark: SparkSession, judged: DataFrame, summary: dict[str, Any], out: str) -> None:
    """Write findings, records and summary into a temporary folder, then rename it to ``out``."""
    from pyspark.sql import functions as F

    jvm = spark.sparkContext._jvm
    assert jvm is not None
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    hpath = jvm.org.apache.hadoop.fs.Path
    target = hpath(out)
    fs = target.getFileSystem(conf)
    tmp = hpath(target.getParent(), f".{target.getName()}.tmp-{uuid.uuid4().hex}")
    try:
        judged.where(F.col("kind") == "finding").select("text").write.text(tmp.toString())
        judged.where(F.col("kind") == "record").select("text").write.text(hpath(tmp, RECORDS).toString())
        stream = fs.create(hpath(tmp, SUMMARY), False)
        try:
            stream.write(bytearray(json.dumps(summary, ensure_ascii=False, indent=1).encode("utf-8")))
        finally:
            stream.close()
        if fs.exists(target):
            fs.delete(target, True)
        if not fs.rename(tmp, target):
            raise StoreError(f"{out}: the finished run could not be renamed into place")
    except BaseException:
        fs.delete(tmp, True)
        raise
