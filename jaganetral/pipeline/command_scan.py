"""``jaganetral scan`` as one readable sequence of steps.

    1. read inputs     files named and files below folders          (inputs.expand_inputs)
       + copy          each file into the vault as received, in the  (copies.InputCopies)
                       background while steps 2-5 run
    2. parse           each file in its detected format              (parse.parse)
    3. screen          the cheap first pass; keep what matters       (screening.screen_files)
    4. attribute  ┐    who acted, how sure — and
    5. judge      ┘    which rule, in the order things happened     (judging.judge)
    6. keep            input files, needed activities, evidence,    (keep.keep)
                       findings — one transaction
    7. write           the findings file, after the store commits   (output.write_jsonl)

All or nothing: if a step fails nothing is stored and ``out`` is not written. With ``keep_going``
a file that cannot be read is skipped (reported) and nothing of it is stored or judged.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from jaganetral.errors import Rejection
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.activity import Activity
from jaganetral.model.clock import Zone
from jaganetral.model.finding import Finding
from jaganetral.pipeline.command_ingest import FileResult, IngestReport
from jaganetral.pipeline.copies import InputCopies
from jaganetral.pipeline.inputs import expand_inputs
from jaganetral.pipeline.judging import judge
from jaganetral.pipeline.keep import keep
from jaganetral.pipeline.output import check_out, write_jsonl
from jaganetral.pipeline.screening import ScreenedFile, screen_files
from jaganetral.store.repository import Store


@dataclass
class ScanReport:
    """What a scan read, kept and found."""

    ingest: IngestReport
    findings: list[Finding]
    new_findings: int = 0
    updated_findings: int = 0
    registry_rows: int = 0
    registry_rejected: int = 0
    registry_rejections: list[Rejection] = field(default_factory=list)
    screened: int = 0
    interesting: int = 0

    def counts(self) -> Counter[str]:
        return Counter(f.status.value for f in self.findings)


def scan(
    inputs: Iterable[Path],
    *,
    analyzer: Analyzer,
    store: Store | None,
    out: Path | None,
    keep_going: bool = False,
    workers: int = 1,
    tz: Zone | None = None,
    progress: Callable[[int], None] | None = None,
    strict: bool = False,
) -> ScanReport:
    """Screen, attribute and judge every input; store what is needed; write the findings to ``out``."""
    started = datetime.now(UTC)
    check_out(out)  # before anything is read or stored: a run either fully succeeds or changes nothing
    # 1. read inputs (and copy them into the vault as received, in the background)
    paths = expand_inputs(inputs)
    copies = InputCopies(store.blobs if store is not None else None, paths)
    try:
        # 2–3. parse and screen each file (in worker processes when asked)
        files: list[ScreenedFile] = []
        for sf in screen_files(paths, analyzer, workers=workers, tz=tz, progress=progress, strict=strict):
            if sf.error is not None and not keep_going:
                raise sf.error
            files.append(sf)
        _drop_repeats(files)
        kept = [o for sf in files for o in sf.kept]
        # What the run holds now (the registry index, the gazetteer, the kept observations) lives
        # to its end: the garbage collector need not walk those millions of objects again and again
        # while steps 4-6 make their many small ones.
        gc.freeze()
        try:
            # 4–5. attribute and judge, in the order things happened
            judged = judge(kept, analyzer)
            # 6. keep — one transaction for the whole run
            report = _ingest_report(files)
            report.ignored = list(paths.ignored)
            summary = report.to_dict()
            if store is not None:
                with store.batch() as batch:
                    result = keep(batch, files, judged, started=started, summary=summary, copies=copies)
            else:
                result = keep(None, files, judged, started=started, summary=summary)
        finally:
            gc.unfreeze()
        copies.discard()  # copies of files that were skipped (--keep-going)
    except BaseException:
        copies.discard()
        raise
    # 7. write the findings, once the store has committed
    write_jsonl(out, result.docs)
    return ScanReport(
        ingest=report,
        findings=result.findings,
        new_findings=result.new_findings,
        updated_findings=result.updated_findings,
        registry_rows=len(analyzer.index),
        registry_rejected=analyzer.index.rejected,
        registry_rejections=analyzer.index.rejections,
        screened=sum(sf.read for sf in files),
        interesting=len(kept),
    )


def _drop_repeats(files: list[ScreenedFile]) -> None:
    """A record whose platform and id were already read (an export overlapping another, or a
    record repeated in one file) is kept once, and each repeat is reported where it was."""
    seen: dict[str, str] = {}
    for sf in files:
        unique = []
        for o in sf.kept:
            a = o.activity
            first = seen.get(a.key)
            if first is None:
                seen[a.key] = where_read(a)
                unique.append(o)
                continue
            note_repeat(sf, a, first)
        sf.kept = unique


def where_read(a: Activity) -> str:
    """Where a record was read, as a repeat of it is told (file name and position)."""
    return f"{a.source.file_name} {a.source.position}" if a.source else "?"


def note_repeat(sf: ScreenedFile, a: Activity, first: str) -> None:
    """Report ``a`` (dropped) as a repeat of the record read at ``first``; the exposure derived
    from a repeated post is dropped without a word (the post is reported)."""
    if "derived_from" in a.extra:
        return
    sf.rejected += 1
    sf.rejections.append(
        Rejection(
            sf.name,
            a.source.line if a.source else None,
            "id",
            f"id {a.id!r} of {a.platform.value} was already read ({first}); kept once",
        )
    )


def _ingest_report(files: list[ScreenedFile]) -> IngestReport:
    report = IngestReport()
    for sf in files:
        name = sf.name
        if sf.error is not None:
            sha = sf.file.sha256 if sf.file is not None else ""
            report.files.append(FileResult(name, sha, "unreadable", error=str(sf.error)))
            continue
        assert sf.file is not None
        report.files.append(
            FileResult(name, sf.file.sha256, sf.format, sf.read, 0, sf.rejected, warnings=dict(sf.warnings))
        )
        report.add_rejections(sf.rejections)
    return report


#: The run summary of step 6 by the name the Spark job (:mod:`jaganetral.scale`) calls.
ingest_report = _ingest_report
