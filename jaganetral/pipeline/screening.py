"""Step 3 — screen: every activity of a file through the cheap first pass; keep what matters.

The cheap pass (:meth:`Analyzer.prescreen`) normalises the text once, runs one automaton over it and
looks the actor up by exact key. Only activities with something political, a passive exposure or a
known actor are kept as :class:`Observation` for the costly steps; everyday posts by unknown
accounts stop here and are never stored as rows (they stay reachable by input file and position).

Files are screened in worker processes when more than one core is given; results come back in
input order, so the run's output does not depend on the number of workers.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jaganetral.attribute.attributor import Attribution
from jaganetral.errors import JaganetralError, Rejection
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.activity import Activity
from jaganetral.model.clock import Zone
from jaganetral.pipeline.localtime import localise
from jaganetral.pipeline.parse import parse
from jaganetral.screen.screener import ScreenResult
from jaganetral.sources.base import InputFile

#: Rejected records kept per file for the report (all are counted).
MAX_REJECTIONS_KEPT = 1000


@dataclass(frozen=True, slots=True)
class Observation:
    """An activity that passed the cheap first pass, with what screening and exact keys found."""

    activity: Activity
    screen: ScreenResult
    exact: Attribution | None


@dataclass
class ScreenedFile:
    """What one input file gave the screen step."""

    path: Path
    file: InputFile | None = None
    format: str = "unreadable"
    read: int = 0
    rejected: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    kept: list[Observation] = field(default_factory=list)
    error: JaganetralError | None = None


def screen_file(path: Path, analyzer: Analyzer, tz: Zone | None = None) -> ScreenedFile:
    """Parse one file and screen each activity; a fatal problem is returned in ``error``."""
    res = ScreenedFile(path)
    try:
        f = InputFile.open(path)
        res.file = f
        parsed = parse(f)
        res.format = parsed.format
        items: Iterable[Activity | Rejection] = parsed.items
        if parsed.format.startswith("whatsapp"):
            # A chat export is small and its zone is decided from all of it (pipeline.localtime).
            buffered = list(items)
            acts = localise([x for x in buffered if isinstance(x, Activity)], tz, analyzer.index)
            items = [*acts, *(x for x in buffered if isinstance(x, Rejection))]
        for item in items:
            if isinstance(item, Rejection):
                res.rejected += 1
                if len(res.rejections) < MAX_REJECTIONS_KEPT:
                    res.rejections.append(item)
                continue
            res.read += 1
            first = analyzer.first_pass(item)
            if first is not None:
                res.kept.append(Observation(item, *first))
    except JaganetralError as exc:
        # Nothing of a file that fails midway is kept: its records may be incomplete.
        res.format, res.read, res.kept, res.error = "unreadable", 0, [], exc
    return res


_WORKER: tuple[Analyzer, Zone | None] | None = None


def _in_worker(path: Path) -> ScreenedFile:
    assert _WORKER is not None
    return screen_file(path, *_WORKER)


def screen_files(
    paths: Sequence[Path],
    analyzer: Analyzer,
    *,
    workers: int = 1,
    tz: Zone | None = None,
    progress: Callable[[Path], None] | None = None,
) -> Iterator[ScreenedFile]:
    """Screen every file, in input order; ``workers`` > 1 forks that many processes."""
    if workers <= 1 or len(paths) <= 1:
        for p in paths:
            res = screen_file(p, analyzer, tz)
            if progress is not None:
                progress(p)
            yield res
        return
    global _WORKER
    _WORKER = (analyzer, tz)  # inherited by the forked workers copy-on-write, never pickled
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(min(workers, len(paths))) as pool:
            for p, res in zip(paths, pool.imap(_in_worker, paths), strict=True):
                if progress is not None:
                    progress(p)
                yield res
    finally:
        _WORKER = None
