"""The Spark session of a run, and why Spark cannot run here when it cannot."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from typing import TYPE_CHECKING

import pyarrow as pa

from jaganetral.errors import JaganetralError

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession


class SparkUnavailable(JaganetralError):
    """PySpark or a Java runtime is missing."""


def missing() -> str | None:
    """Why Spark cannot run on this machine, or None when it can."""
    if importlib.util.find_spec("pyspark") is None:
        return "PySpark is not installed: pip install 'jaganetral[spark]'"
    java_home = os.environ.get("JAVA_HOME")
    if not (java_home and os.path.exists(os.path.join(java_home, "bin", "java"))) and not shutil.which(
        "java"
    ):
        return "no Java runtime (java not on PATH, JAVA_HOME unset): install openjdk-17-jre-headless"
    return None


def start(master: str | None, partitions: int, app_name: str = "jaganetral") -> SparkSession:
    """A session for one job: ``master`` (None: what spark-submit set, else local[*]),
    ``partitions`` for every shuffle, the UI off, Spark's own logging at errors only."""
    why = missing()
    if why is not None:
        raise SparkUnavailable(why)
    from pyspark.sql import SparkSession

    if master is None or master.startswith("local"):
        # Local executors run this interpreter (with jaganetral installed), not the PATH's python3.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    spark = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(partitions))
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def frame(session: SparkSession, table: pa.Table) -> DataFrame:
    """An Arrow table as a DataFrame, every row of it. PySpark's ``createDataFrame`` stops reading
    an Arrow table at its first empty record batch (PySpark 4.3: rows after one are silently
    lost — a registry role nobody holds hid every later role's holders), so empty batches are
    dropped first."""
    batches = [b for b in table.to_batches() if b.num_rows]
    return session.createDataFrame(pa.Table.from_batches(batches, schema=table.schema))
