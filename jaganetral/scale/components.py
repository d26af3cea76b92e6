"""Keyed groups for judgement: observations connected through the context keys they share.

An observation reads and writes the run's context under a few keys (its thread, the thread it
answers, its group, the place of an exposure: :func:`jaganetral.scale.lookups.state_keys`).
Observations that share a key — directly or through others — must be judged together, in time
order; everything else is independent. The groups are the connected components of the
observation–key graph, found by propagating the smallest observation id (which encodes the input
order, not the partitioning) until nothing changes, so they do not depend on partitioning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jaganetral.errors import JaganetralError

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

#: A chain of replies this long would be unusual; past it the job stops rather than guess.
MAX_ROUNDS = 200


def components(edges: DataFrame) -> DataFrame:
    """``edges`` (oid, k) → (oid, comp): comp is the smallest oid connected to oid."""
    from pyspark.sql import functions as F

    labels = edges.select("oid").distinct().withColumn("comp", F.col("oid")).localCheckpoint()
    for _ in range(MAX_ROUNDS):
        by_key = edges.join(labels, "oid").groupBy("k").agg(F.min("comp").alias("kc"))
        new = edges.join(by_key, "k").groupBy("oid").agg(F.min("kc").alias("comp")).localCheckpoint()
        old = labels.withColumnRenamed("comp", "old")
        changed = new.join(old, "oid").where(F.col("comp") != F.col("old")).limit(1).count()
        labels = new
        if changed == 0:
            return labels
    raise JaganetralError(f"keyed groups did not settle in {MAX_ROUNDS} rounds (a reply chain that long?)")
