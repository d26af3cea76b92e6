"""Measure loading a national-size ASN registry: generate it, load it, print one JSON object.

    python scripts/bench_registry.py --rows 4700000 --path /tmp/asn-4.7m.csv

Each load runs in a fresh child process so its peak resident memory (``ru_maxrss``) is its own,
not the generator's; ``baseline_rss_mb`` is the child's peak just after importing jaganetral, so
the growth due to loading is ``peak_rss_mb - baseline_rss_mb``. Loads measured:

* ``report``: :func:`load_registry_report`, every check, counts only (what ``validate`` needs);
* ``rows``: :func:`iter_registry_rows`, every check, a RegistryRow per row (bulk loading);
* ``persons``: :func:`iter_registry`, a full :class:`Person` (name split) per row;
* ``index_streaming``: the attribution index built from the streaming rows (the old path);
* ``index_cold``: :func:`load_index` with an empty cache: the columnar build, then the cache write;
* ``index_warm``: :func:`load_index` again, from that cache (a fresh process).

Results of docs/performance.md come from this script; see there for the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

MODES = ("report", "rows", "persons", "index_streaming", "index_cold", "index_warm")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def load_once(path: Path, mode: str) -> dict[str, Any]:
    """One load of ``path`` in this process (the child side)."""
    from jaganetral.errors import Rejection
    from jaganetral.model.registry import iter_registry, iter_registry_rows, load_registry_report

    baseline = _peak_mb()
    t0 = time.perf_counter()
    if mode.startswith("index"):
        from jaganetral.attribute.index import build_index
        from jaganetral.attribute.loading import load_index

        idx = (
            build_index(iter_registry_rows(path))
            if mode == "index_streaming"
            else load_index(path, cache=True)
        )
        loaded, rejected = len(idx), idx.rejected
    elif mode == "report":
        report = load_registry_report(path)
        loaded, rejected = report.loaded, report.rejected
    else:
        reader = iter_registry_rows if mode == "rows" else iter_registry
        loaded = rejected = 0
        for item in reader(path):
            if isinstance(item, Rejection):
                rejected += 1
            else:
                loaded += 1
    wall = time.perf_counter() - t0
    rows = loaded + rejected
    return {
        "wall_s": round(wall, 2),
        "rows_per_s": round(rows / wall) if wall else None,
        "loaded": loaded,
        "rejected": rejected,
        "baseline_rss_mb": round(baseline, 1),
        "peak_rss_mb": round(_peak_mb(), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=4_700_000)
    parser.add_argument("--path", type=Path, default=Path("/tmp/jaganetral-asn-bench.csv"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated: report,rows,persons")
    parser.add_argument("--reuse", action="store_true", help="load an existing file, do not generate")
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    parser.add_argument("--load-only", choices=MODES, help=argparse.SUPPRESS)  # the child side
    args = parser.parse_args()

    if args.load_only:
        print(json.dumps(load_once(args.path, args.load_only)))
        return

    out: dict[str, Any] = {
        "registry_rows": args.rows,
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    if not args.reuse:
        from jaganetral.synth.registry import generate_registry

        t0 = time.perf_counter()
        generate_registry(args.rows, args.path, seed=args.seed)
        wall = time.perf_counter() - t0
        out["generate_s"] = round(wall, 2)
        out["generate_rows_per_s"] = round(args.rows / wall) if wall else None
        out["generate_peak_rss_mb"] = round(_peak_mb(), 1)
    out["file_mb"] = round(args.path.stat().st_size / 2**20, 1)
    import tempfile

    env = {**os.environ, "JAGANETRAL_CACHE": tempfile.mkdtemp(prefix="jaganetral-bench-cache-")}
    try:
        for mode in args.modes.split(","):
            child = subprocess.run(
                env=env,
                args=[sys.executable, __file__, "--load-only", mode, "--path", str(args.path)],
                check=True,
                capture_output=True,
                text=True,
            )
            out[mode] = json.loads(child.stdout)
    finally:
        if not args.keep and not args.reuse:
            args.path.unlink(missing_ok=True)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
