"""``jaganetral bench``: the pipeline timed per stage on generated national-scale data.

Generation is not timed as pipeline work: each batch of activities is generated, then processed,
and only the processing counts. Stages: registry index load, gazetteer build, prescreen (screening
plus exact-key attribution, every activity), analysis (name attribution and rules, only what
survives the prescreen). Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

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


def run_bench(activities: int, registry: int, contests: int = 1500, seed: int = 0,
              workdir: Path | None = None) -> dict[str, Any]:
    from jaganetral.attribute.index import load_index
    from jaganetral.judge.analysis import Analyzer
    from jaganetral.synth.activities import generate_activities
    from jaganetral.synth.election import generate_election
    from jaganetral.synth.registry import generate_registry

    out: dict[str, Any] = {"activities": activities, "registry": registry, "contests": contests,
                           "cpu_count": os.cpu_count(), "workers": 1}
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
    gen_s = pre_s = ana_s = 0.0
    statuses: Counter[str] = Counter()
    interesting = 0
    done = 0
    stream = generate_activities(activities, election, asn_accounts, seed=seed)
    while done < activities:
        t0 = time.perf_counter()
        batch = [a for _, a in zip(range(min(BATCH, activities - done)), stream, strict=False)]
        t1 = time.perf_counter()
        kept = []
        for a in batch:
            s, exact = analyzer.prescreen(a)
            if s.verdict.value in ("campaign", "mention") or a.kind.is_passive or exact is not None:
                kept.append((a, s, exact))
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
    total = pre_s + ana_s
    out.update({
        "generate_activities_s": round(gen_s, 2),
        "prescreen_s": round(pre_s, 2),
        "analysis_s": round(ana_s, 2),
        "pipeline_s": round(total, 2),
        "activities_per_s": round(activities / total) if total else None,
        "prescreen_per_s": round(activities / pre_s) if pre_s else None,
        "interesting": interesting,
        "findings": dict(statuses),
        "peak_rss_mb": round(_rss_mb()),
    })
    return out


def _sample_keys(d: dict[str, int], n: int) -> list[str]:
    keys: list[str] = []
    for k, v in d.items():
        if v >= 0:
            keys.append(k)
        if len(keys) >= n:
            break
    return keys
