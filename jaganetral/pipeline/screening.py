"""Step 3 — screen: every activity of a file through the cheap first pass; keep what matters.

The cheap pass (:meth:`Analyzer.first_pass`) looks the actor up by exact key and runs one
normalisation and one automaton pass per text; only activities with something political, a
passive exposure, or a known actor acting on a post or in a group are screened in full and kept
as :class:`Observation` for the costly steps. Everyday posts by unknown accounts stop here and
are never stored as rows (they stay reachable by input file and position).

Both cores work: files are screened in worker processes, and a big line-based file (canonical
JSON Lines) is cut at line boundaries into parts screened side by side. Results come back in
input order and a file's parts are joined in order, so the run's output does not depend on the
number of workers. Exact keys are looked up a batch of activities at a time (vectorised, see
:class:`~jaganetral.attribute.keytable.KeyTable`), then each activity at dict speed.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from jaganetral.attribute.attributor import Attribution
from jaganetral.errors import InvalidInput, JaganetralError, Rejection
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.activity import Activity, Sift
from jaganetral.model.clock import Zone
from jaganetral.model.pickling import pickles_by_fields
from jaganetral.pipeline.localtime import localise
from jaganetral.pipeline.parse import parse, parse_part
from jaganetral.screen.screener import ScreenResult
from jaganetral.sources.base import InputFile, Part, split_lines
from jaganetral.sources.jsonutil import noting
from jaganetral.sources.registry import detect

#: Rejected records kept per file for the report (all are counted).
MAX_REJECTIONS_KEPT = 1000
#: Activities whose exact keys are looked up together.
BATCH = 4096
#: A line-based file this big is cut into parts for the workers.
SPLIT_BYTES = 8 << 20


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class Observation:
    """An activity that passed the cheap first pass, with what screening and exact keys found."""

    activity: Activity
    #: None: the full read is deferred (:meth:`Analyzer.defers`) until the judge step knows
    #: whether a kept activity answers this one (:func:`jaganetral.pipeline.judging.settle`).
    screen: ScreenResult | None
    exact: Attribution | None
    #: Who the actor is by name (:meth:`Analyzer.by_name_ahead`), found where screening ran — on
    #: both cores — rather than in the serial judge step: None when not looked for, empty when
    #: nobody matched.
    named: tuple[Attribution, ...] | None = None


@dataclass
class ScreenedFile:
    """What one input file (or one part of it) gave the screen step."""

    path: Path
    file: InputFile | None = None
    format: str = "unreadable"
    read: int = 0
    rejected: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    kept: list[Observation] = field(default_factory=list)
    error: JaganetralError | None = None
    #: Optional fields of the wrong type that were ignored: message → how many records.
    warnings: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The file as errors and reports name it (a URI for a file read through Spark)."""
        return self.file.name if self.file is not None else str(self.path)

    def join(self, part: ScreenedFile) -> None:
        """Add the next part of the same file."""
        self.read += part.read
        self.rejected += part.rejected
        for k, n in part.warnings.items():
            self.warnings[k] = self.warnings.get(k, 0) + n
        room = MAX_REJECTIONS_KEPT - len(self.rejections)
        self.rejections.extend(part.rejections[: max(room, 0)])
        self.kept.extend(part.kept)
        if part.error is not None and self.error is None:
            self.error = part.error


def _screen_items(res: ScreenedFile, items: Iterable[Activity | Rejection], analyzer: Analyzer) -> None:
    it = iter(items)
    while batch := list(islice(it, BATCH)):
        acts = [x for x in batch if isinstance(x, Activity)]
        analyzer.prime(acts)
        for item in batch:
            if isinstance(item, Rejection):
                res.rejected += 1
                if len(res.rejections) < MAX_REJECTIONS_KEPT:
                    res.rejections.append(item)
                continue
            res.read += 1
            first = analyzer.first_pass(item)
            if first is not None:
                s, exact = first
                named = () if s is None else analyzer.by_name_ahead(item, s, exact)
                res.kept.append(Observation(item, s, exact, named))


def screen_file(path: Path, analyzer: Analyzer, tz: Zone | None = None, strict: bool = False) -> ScreenedFile:
    """Parse one file and screen each activity; a fatal problem is returned in ``error``. Optional
    fields of the wrong type are noted in ``warnings`` (with ``strict``, their records skipped)."""
    with noting(strict) as notes:
        res = _screen_file(path, analyzer, tz, strict)
    res.warnings = dict(notes.counts or {}) if res.error is None else {}
    return res


def _screen_file(path: Path, analyzer: Analyzer, tz: Zone | None, strict: bool) -> ScreenedFile:
    res = ScreenedFile(path)
    try:
        f = InputFile.open(path)
        res.file = f
        if detect(f).splittable:
            # Line by line, whole: the same path as a file cut into parts.
            return _finish(screen_part(f, Part(0, f.size, 1), analyzer, strict), split=True)
        parsed = parse(f)
        res.format = parsed.format
        _screen_items(res, in_zone(parsed.format, parsed.items, analyzer, tz), analyzer)
    except JaganetralError as exc:
        # Nothing of a file that fails midway is kept: its records may be incomplete.
        res.format, res.read, res.kept, res.error = "unreadable", 0, [], exc
    return res


def in_zone(
    fmt: str, items: Iterable[Activity | Rejection], analyzer: Analyzer, tz: Zone | None
) -> Iterable[Activity | Rejection]:
    """A chat export's records with the zone of their wall clock decided from all of them
    (:mod:`jaganetral.pipeline.localtime`; a chat export is small); other formats' as they come."""
    if not fmt.startswith("whatsapp"):
        return items
    buffered = list(items)
    chats = [x for x in buffered if isinstance(x, Activity)]
    acts = localise(chats, tz, analyzer.index, analyzer.attributor.office)
    return [*acts, *(x for x in buffered if isinstance(x, Rejection))]


def screen_part(f: InputFile, part: Part, analyzer: Analyzer, strict: bool = False) -> ScreenedFile:
    """Screen one part of a splittable file (the whole-file checks are the caller's)."""
    with noting(strict) as notes:
        res = _screen_part(f, part, analyzer)
    res.warnings = dict(notes.counts or {})
    return res


def _screen_part(f: InputFile, part: Part, analyzer: Analyzer) -> ScreenedFile:
    res = ScreenedFile(f.path, f, detect(f).name)
    sift = Sift(analyzer.screener.may_matter_at_all) if analyzer.cheap_first_pass else None
    try:
        _screen_items(res, parse_part(f, part, sift), analyzer)
    except JaganetralError as exc:
        res.read, res.kept, res.error = 0, [], exc
        return res
    if sift is not None:
        res.read += sift.skipped
    return res


@pickles_by_fields
@dataclass(frozen=True, slots=True)
class _Job:
    index: int  # of the file in the run
    path: Path
    file: InputFile | None = None
    part: Part | None = None


_WORKER: tuple[Analyzer, Zone | None, bool] | None = None


def _run(job: _Job) -> ScreenedFile:
    assert _WORKER is not None
    analyzer, tz, strict = _WORKER
    with no_collection():
        if job.file is not None and job.part is not None:
            return screen_part(job.file, job.part, analyzer, strict)
        return screen_file(job.path, analyzer, tz, strict)


@contextmanager
def no_collection() -> Iterator[None]:
    """The cyclic garbage collector off while a job makes (or a result brings back) its many
    small, acyclic objects: each collection would walk every one kept so far — two thirds of
    the time spent loading a worker's results went there. Switched back on after, so any
    cycle made meanwhile is still collected."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _jobs(paths: Sequence[Path], parts_per_file: int) -> list[_Job]:
    """One job per file; a big splittable file gives one job per part."""
    jobs: list[_Job] = []
    for i, p in enumerate(paths):
        try:
            if parts_per_file > 1 and p.stat().st_size >= SPLIT_BYTES:
                f = InputFile.open(p)
                if detect(f).splittable:
                    jobs.extend(_Job(i, p, f, part) for part in split_lines(f, parts_per_file))
                    continue
        except (OSError, JaganetralError):
            pass  # screen_file reports it
        jobs.append(_Job(i, p))
    return jobs


def _finish(res: ScreenedFile, split: bool) -> ScreenedFile:
    if res.error is not None:
        res.format, res.read, res.kept = "unreadable", 0, []
    elif split and res.read == 0:
        res.format, res.kept = "unreadable", []
        res.error = InvalidInput("no valid activity in file", file=res.name)
    return res


def screen_files(
    paths: Sequence[Path],
    analyzer: Analyzer,
    *,
    workers: int = 1,
    tz: Zone | None = None,
    progress: Callable[[int], None] | None = None,
    strict: bool = False,
) -> Iterator[ScreenedFile]:
    """Screen every file, in input order; ``workers`` > 1 forks that many processes.

    ``progress`` is called with the bytes of each file (or part) as it is done.
    """
    if workers <= 1:
        for p in paths:
            res = screen_file(p, analyzer, tz, strict)
            if progress is not None:
                progress(res.file.size if res.file is not None else 0)
            yield res
        return
    global _WORKER
    _WORKER = (analyzer, tz, strict)  # inherited by the forked workers copy-on-write, never pickled
    try:
        # More parts than workers, so that a slow part does not leave a core idle.
        jobs = _jobs(paths, 4 * workers)
        # The registry's lookup tables made on first use are made once, here, and shared.
        analyzer.index.build_tables()
        # The built index and gazetteer are shared with the workers copy-on-write: keep the
        # garbage collector from walking (and so copying) every one of their objects.
        gc.freeze()
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(min(workers, max(len(jobs), 1))) as pool, no_collection():
            current: ScreenedFile | None = None
            current_index = -1
            split = False
            for job, res in zip(jobs, pool.imap(_run, jobs), strict=True):
                if progress is not None:
                    progress(job.part.end - job.part.start if job.part is not None else _size(res))
                if job.index != current_index:
                    if current is not None:
                        yield _finish(current, split)
                    current, current_index, split = res, job.index, job.part is not None
                else:
                    assert current is not None
                    current.join(res)
            if current is not None:
                yield _finish(current, split)
    finally:
        _WORKER = None
        gc.unfreeze()


def _size(res: ScreenedFile) -> int:
    return res.file.size if res.file is not None else 0


#: Step 3 by the names the Spark job (:mod:`jaganetral.scale`) calls on its executors.
screen_items = _screen_items
finish_file = _finish
