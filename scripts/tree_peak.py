#!/usr/bin/env python3
"""Run a command and print the peak resident memory of its whole process tree (sampled).

    python3 scripts/tree_peak.py -- CMD [ARG ...]

Samples /proc every 0.2 s and sums the RSS of the command and all its descendants (a Spark run's
driver, JVM and Python workers together); prints wall seconds and that peak, in MB, on stderr.
Linux only, standard library only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def _tree_rss(root: int) -> int:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                parts = fh.read().rsplit(")", 1)[1].split()
            ppid = int(parts[1])
            with open(f"/proc/{d}/statm") as fh:
                rss[int(d)] = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d))
    total, todo = 0, [root]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--"]:
        args = args[1:]
    start = time.monotonic()
    proc = subprocess.Popen(args)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.2)
    print(f"wall {time.monotonic() - start:.1f} s, peak tree RSS {peak / 1e6:,.0f} MB", file=sys.stderr)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
