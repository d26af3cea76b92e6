"""``python -m tests.chaos``: the reliability harness (``make chaos``).

python -m tests.chaos hostile [--every N] [--out results.jsonl]
python -m tests.chaos kill-scan [--runs 30]
python -m tests.chaos kill-web [--runs 20]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.chaos")
    sub = parser.add_subparsers(dest="what", required=True)
    h = sub.add_parser("hostile", help="generate hostile inputs and run every one")
    h.add_argument("--every", type=int, default=1, help="run every N-th case only")
    h.add_argument("--only", default="", help="run only cases whose name contains this")
    h.add_argument("--out", type=Path, default=None, help="results as JSON Lines")
    h.add_argument("--work", type=Path, default=None)
    k = sub.add_parser("kill-scan", help="kill -9 scans at random moments and check the store")
    k.add_argument("--runs", type=int, default=30)
    w = sub.add_parser("kill-web", help="kill -9 the server during case writes and check the store")
    w.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    if args.what == "hostile":
        from tests.chaos.hostile import generate
        from tests.chaos.runner import run_all, summary, write_results

        work = args.work or Path(tempfile.mkdtemp(prefix="jaganetral-chaos-"))
        cases = generate(work / "cases")
        if args.every > 1:  # a fixed random sample, so each kind of value is drawn
            import random

            cases = random.Random(1127).sample(cases, len(cases) // args.every)
        if args.only:
            cases = [c for c in cases if args.only in c.name]
        print(f"{len(cases)} hostile inputs in {work}", flush=True)
        results = run_all(cases, work, progress=True)
        if args.out:
            write_results(results, args.out)
        print(summary(results))
        return 0 if all(r.ok for r in results) else 1
    if args.what == "kill-scan":
        from tests.chaos.kills import kill_scans

        return kill_scans(args.runs)
    from tests.chaos.kills import kill_web

    return kill_web(args.runs)


if __name__ == "__main__":
    sys.exit(main())
