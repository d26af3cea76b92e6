"""``jaganetral bench``: the pipeline timed per stage on generated national-scale data.

Generation is not timed as pipeline work: each batch of activities is generated, then processed,
and only the processing counts. Stages: registry index load, gazetteer build, prescreen (screening
plus exact-key attribution, every activity), analysis (name attribution and rules, only what
survives the prescreen). Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

BATCH = 20_000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(
    activities: int,
    registry: int,
    contests: int = 1500,
    seed: int = 0,
    workdir: Path | None = None,
    workers: int = 1,
) -> dict[str, Any]:
    from jaganetral.attribute.loading import load_index
    from jaganetral.judge.analysis import Analyzer
    from jaganetral.synth.election import generate_election
    from jaganetral.synth.registry import generate_registry

    out: dict[str, Any] = {
        "activities": activities,
        "registry": registry,
        "contests": contests,
        "cpu_count": os.cpu_count(),
        "workers": 1,
    }
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        reg_path = Path(tmp) / "asn.csv"
        t0 = time.perf_counter()
        generate_registry(registry, reg_path, seed=seed)
        out["registry_generate_s"] = round(time.perf_counter() - t0, 2)

        t0 = time.perf_counter()
        index = load_index(reg_path)
        dt = time.perf_counter() - t0
        out["registry_load_s"] = round(dt, 2)
        out["registry_rows_per_s"] = round(len(index) / dt) if dt else None
        out["registry_rejected"] = index.rejected
        out["rss_after_registry_mb"] = round(_rss_mb())

    t0 = time.perf_counter()
    election = generate_election(contests, seed=seed)
    analyzer = Analyzer([election], index)
    out["gazetteer_build_s"] = round(time.perf_counter() - t0, 2)
    out["candidates"] = len(election.candidates())

    asn_accounts = list(_sample_keys(index.accounts, 20_000))
    global _STATE
    _STATE = (analyzer, election, asn_accounts)
    shares = [activities // workers + (1 if i < activities % workers else 0) for i in range(workers)]
    if workers == 1:
        parts = [_work((shares[0], seed))]
    else:
        # fork: workers share the built index and gazetteer copy-on-write.
        ctx = multiprocessing.get_context("fork")
        t0 = time.perf_counter()
        with ctx.Pool(workers) as pool:
            parts = pool.map(_work, [(n, seed + 1000 * i) for i, n in enumerate(shares)])
        out["parallel_wall_s"] = round(time.perf_counter() - t0, 2)
    pre_s = max(p["prescreen_s"] for p in parts)
    ana_s = max(p["analysis_s"] for p in parts)
    total = max(p["prescreen_s"] + p["analysis_s"] for p in parts)
    statuses: Counter[str] = Counter()
    for p in parts:
        statuses.update(p["findings"])
    out.update(
        {
            "workers": workers,
            "generate_activities_s": round(max(p["generate_s"] for p in parts), 2),
            "prescreen_s": round(pre_s, 2),
            "analysis_s": round(ana_s, 2),
            "pipeline_s": round(total, 2),
            "activities_per_s": round(activities / total) if total else None,
            "interesting": sum(p["interesting"] for p in parts),
            "findings": dict(statuses),
            "peak_rss_mb": round(_rss_mb()),
            "peak_rss_worker_mb": round(max(p["rss_mb"] for p in parts)),
        }
    )
    return out


_STATE: tuple[Any, Any, list[str]] | None = None


def _work(job: tuple[int, int]) -> dict[str, Any]:
    """Generate and process ``n`` activities; time generation and processing separately."""
    from jaganetral.synth.activities import generate_activities

    n, seed = job
    assert _STATE is not None
    analyzer, election, asn_accounts = _STATE
    gen_s = pre_s = ana_s = 0.0
    statuses: Counter[str] = Counter()
    interesting = done = 0
    stream = generate_activities(n, election, asn_accounts, seed=seed)
    while done < n:
        t0 = time.perf_counter()
        batch = [a for _, a in zip(range(min(BATCH, n - done)), stream, strict=False)]
        t1 = time.perf_counter()
        kept = []
        analyzer.prime(batch)  # exact keys a batch at a time, as scan does
        for a in batch:
            first = analyzer.first_pass(a)
            if first is not None and first[0] is not None:
                # (a deferred read gives no finding of its own: one activity at a time, nothing answers it)
                kept.append((a, first[0], first[1]))
        t2 = time.perf_counter()
        for a, s, exact in kept:
            f = analyzer.analyse(a, s, exact)
            if f is not None:
                statuses[f.status.value] += 1
        t3 = time.perf_counter()
        gen_s += t1 - t0
        pre_s += t2 - t1
        ana_s += t3 - t2
        interesting += len(kept)
        done += len(batch)
    return {
        "generate_s": gen_s,
        "prescreen_s": pre_s,
        "analysis_s": ana_s,
        "interesting": interesting,
        "findings": dict(statuses),
        "rss_mb": _rss_mb(),
    }


def _sample_keys(d: Any, n: int) -> list[str]:
    keys: list[str] = []
    for k, v in d.items():
        if v >= 0:
            keys.append(k)
        if len(keys) >= n:
            break
    return keys
