"""The ``jaganetral`` command: one Typer app; long commands show a Rich progress bar.

Every command exits 0 on success and 1 with a one-line error naming file, line and field on bad
input (contract.md). Progress and summaries go to standard error so standard output stays clean.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.table import Table

from jaganetral import __version__
from jaganetral.commands.common import (
    STRICT_HELP,
    SUMMARY_ROWS,
    DataOpt,
    DbOpt,
    err,
    fail,
    print_files,
    run_app,
    shown,
)
from jaganetral.commands.common import progress as _progress
from jaganetral.errors import JaganetralError
from jaganetral.settings import load_settings

if TYPE_CHECKING:  # the pipeline is imported only by the commands that run it (fast start-up)
    from jaganetral.pipeline import IngestReport, ScanReport

T = TypeVar("T")
#: Rows of the per-code and agency table a scan prints (the findings file has them all).

app = typer.Typer(
    name="jaganetral",
    help="jaganetral — jaga netralitas ASN: ingest, screen, attribute, judge, preserve evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


@app.command()
def ingest(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (format detected from content).")],
    out: Annotated[Path, typer.Option("--out", help="Canonical activities as JSON Lines.")],
    data: DataOpt = None,
    db: DbOpt = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Only write --out; store nothing.")] = False,
    keep_going: Annotated[
        bool, typer.Option("--keep-going", help="Skip unreadable files (reported) instead of stopping.")
    ] = False,
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_HELP)] = False,
) -> None:
    """Parse every INPUT into canonical activities (no judging) and store them."""
    from jaganetral.pipeline import expand_inputs
    from jaganetral.pipeline import ingest as run_ingest
    from jaganetral.store.repository import Store

    try:
        files = expand_inputs(inputs)
        store = None if no_store else Store.open(load_settings(data, db))
        total = sum(p.stat().st_size for p in files)
        with _progress() as bar:
            task = bar.add_task("ingest", total=total)
            report = run_ingest(
                files,
                store=store,
                out=out,
                keep_going=keep_going,
                progress=lambda p, n: bar.advance(task, n),
                strict=strict,
            )
        if store is not None:
            store.close()
    except JaganetralError as exc:
        raise fail(exc) from None
    _print_ingest_summary(report, out)


def _print_ingest_summary(report: IngestReport, out: Path) -> None:
    table = Table(title="Ingest", show_lines=False)
    for col in ("format", "files", "activities", "rejected", "unreadable"):
        table.add_column(col, justify="right" if col != "format" else "left")
    for fmt, c in sorted(report.by_format().items()):
        table.add_row(shown(fmt), str(c["files"]), str(c["activities"]), str(c["rejected"]), str(c["failed"]))
    err.print(table)
    print_files(report)
    for r in report.rejections[:50]:
        err.print(f"[yellow]rejected:[/] {shown(r)}", highlight=False, soft_wrap=True)
    if report.rejected > 50:
        err.print(f"… and {report.rejected - 50} more rejected records")
    err.print(
        f"{report.activities} activities ({report.new_activities} new in the store) → {shown(out)}",
        highlight=False,
    )


@app.command()
def scan(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of activities.")],
    election: Annotated[
        list[Path], typer.Option("--election", help="Election configuration YAML (repeatable).")
    ],
    asn: Annotated[Path, typer.Option("--asn", help="ASN registry CSV.")],
    out: Annotated[Path, typer.Option("--out", help="Findings as JSON Lines.")],
    accounts: Annotated[Path | None, typer.Option("--accounts", help="Institutional accounts CSV.")] = None,
    data: DataOpt = None,
    db: DbOpt = None,
    keep_going: Annotated[bool, typer.Option("--keep-going", help="Skip unreadable files.")] = False,
    tz: Annotated[
        str | None,
        typer.Option(
            "--tz", help="Zone of chat exports' wall clock (WIB, WITA, WIT); default: from the group."
        ),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_HELP)] = False,
) -> None:
    """Screen, attribute and judge every INPUT; keep the inputs and what the findings need."""
    try:
        report = run_scan(inputs, election, asn, accounts, out, data, db, keep_going, tz, strict)
    except JaganetralError as exc:
        raise fail(exc) from None
    print_scan_summary(report, out)


def run_scan(
    inputs: list[Path],
    elections: list[Path],
    asn: Path,
    accounts: Path | None,
    out: Path,
    data: Path | None,
    db: str | None,
    keep_going: bool,
    tz: str | None = None,
    strict: bool = False,
) -> ScanReport:
    from concurrent.futures import ThreadPoolExecutor

    from jaganetral.attribute.loading import load_index
    from jaganetral.errors import InvalidInput
    from jaganetral.judge.analysis import Analyzer, Prepared
    from jaganetral.model.election import load_election
    from jaganetral.pipeline import expand_inputs
    from jaganetral.pipeline import scan as run
    from jaganetral.pipeline.localtime import parse_zone
    from jaganetral.store.repository import Store

    try:
        zone = parse_zone(tz) if tz else None
    except ValueError as exc:
        raise InvalidInput(str(exc), field="--tz") from None
    loaded = [load_election(e) for e in elections]
    files = expand_inputs(inputs)
    with _progress() as bar, ThreadPoolExecutor(1) as pool:
        # The gazetteer builds (Python) while the registry loads (mostly Arrow, outside the GIL).
        prepared = pool.submit(Prepared.build, loaded)
        task = bar.add_task("registri ASN", total=None)
        labels = {"build": "registri ASN (membangun indeks)", "cache": "registri ASN (dari cache)"}
        index = load_index(asn, accounts, progress=lambda how: bar.update(task, description=labels[how]))
        bar.update(task, total=1, completed=1)
        analyzer = Analyzer(loaded, index, prepared=prepared.result())
    store = Store.open(load_settings(data, db))
    try:
        with _progress() as bar:
            task = bar.add_task("scan", total=sum(p.stat().st_size for p in files))
            return run(
                files,
                analyzer=analyzer,
                store=store,
                out=out,
                keep_going=keep_going,
                strict=strict,
                workers=os.cpu_count() or 1,
                tz=zone,
                progress=lambda n: bar.advance(task, n),
            )
    finally:
        store.close()


def print_scan_summary(report: ScanReport, out: Path, detail: bool = False) -> None:
    if detail:
        ft = Table(title="Temuan", show_lines=True)
        for c in ("status", "kode", "pelaku", "tindakan", "calon", "yang terlihat / alasan"):
            ft.add_column(c, overflow="fold")
        for f in report.findings:
            who = f.actor.name or "-"
            if f.actor.nip:
                who += f" (NIP {f.actor.nip})"
            why = [f.explanation[0], *(x for x in f.explanation if x.startswith(("Isi:", "Dihapus")))]
            ft.add_row(
                f.status.value,
                shown(", ".join(f.violation_codes) or "-"),
                shown(who),
                f.action.value,
                shown(", ".join(f.candidate_ids)),
                "\n".join(shown(w) for w in why[:4]),
            )
        err.print(ft)
    print_files(report.ingest)
    for r in report.registry_rejections[:20]:
        err.print(f"[yellow]registri ditolak:[/] {shown(str(r))}", highlight=False, soft_wrap=True)
    if report.registry_rejected > 20:
        err.print(f"… {report.registry_rejected - 20} baris registri lain ditolak")
    for r in report.ingest.rejections[:20]:
        err.print(f"[yellow]rejected:[/] {shown(str(r))}", highlight=False, soft_wrap=True)
    counts = report.counts()
    t = Table(title="Temuan (findings)")
    t.add_column("status")
    t.add_column("jumlah", justify="right")
    for st in ("violation", "review", "alert"):
        t.add_row(st, str(counts.get(st, 0)))
    err.print(t)
    by = Table(title="Per kode dan instansi")
    for c in ("status", "kode", "instansi", "jumlah"):
        by.add_column(c, justify="right" if c == "jumlah" else "left")
    agg: dict[tuple[str, str, str], int] = {}
    for f in report.findings:
        codes = ", ".join(f.violation_codes) or "-"
        key = (f.status.value, codes, f.actor.instansi or "-")
        agg[key] = agg.get(key, 0) + 1
    # The largest groups first; a national run has thousands, the file has them all.
    top = sorted(agg.items(), key=lambda kv: (-kv[1], kv[0]))
    for (st, codes, inst), n in top[:SUMMARY_ROWS]:
        by.add_row(st, shown(codes), shown(inst), str(n))
    if len(top) > SUMMARY_ROWS:
        by.add_row("…", f"{len(top) - SUMMARY_ROWS} kelompok lain", "", "")
    err.print(by)
    err.print(
        f"{report.screened} aktivitas disaring, {report.interesting} diperiksa lebih lanjut, "
        f"{len(report.findings)} temuan ({report.new_findings} baru, {report.updated_findings} "
        f"diperbarui); registri: {report.registry_rows} ASN, {report.registry_rejected} ditolak",
        highlight=False,
    )
    err.print(f"Findings file: {shown(out.resolve())}", highlight=False)


@app.command()
def demo(
    data: DataOpt = None,
    samples: Annotated[Path, typer.Option("--samples", help="The sample workspace.")] = Path("samples"),
) -> None:
    """Scan the bundled sample workspace and print what was found."""
    out = (data or Path("jaganetral-data/demo")) / "findings.jsonl"
    inputs = samples / "inputs"
    try:
        report = run_scan(
            [inputs],
            sorted(samples.glob("election*.yaml")),
            samples / "asn.csv",
            samples / "accounts.csv",
            out,
            data or Path("jaganetral-data/demo"),
            None,
            False,
        )
        from jaganetral.commands.web import prepare_demo
        from jaganetral.store.repository import Store

        store = Store.open(load_settings(data or Path("jaganetral-data/demo"), None))
        lines = prepare_demo(store, samples)
        store.close()
    except JaganetralError as exc:
        raise fail(exc) from None
    print_scan_summary(report, out, detail=True)
    for line in lines:
        err.print(shown(line), highlight=False, soft_wrap=True)


@app.command()
def bench(
    activities: Annotated[int, typer.Option("--activities", min=1)] = 100_000,
    registry: Annotated[int, typer.Option("--registry", min=1)] = 100_000,
    contests: Annotated[int, typer.Option("--contests", min=1)] = 1500,
    workers: Annotated[int, typer.Option("--workers", min=0, help="Processes (0: one per core).")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Generate realistic synthetic data of this size and time the pipeline per stage."""
    import json

    from jaganetral.bench import run_bench

    with err.status("bench…"):
        res = run_bench(activities, registry, contests, workers=workers or (os.cpu_count() or 1))
    if as_json:
        typer.echo(json.dumps(res))
    else:
        t = Table(title="bench")
        t.add_column("measure")
        t.add_column("value", justify="right")
        for k, v in res.items():
            t.add_row(k, str(v))
        err.print(t)


def _mount() -> None:
    """Mount the command groups that live in :mod:`jaganetral.commands`."""
    from jaganetral.commands import evidence, news, spark, web

    app.add_typer(news.app, name="news")
    app.add_typer(evidence.app, name="evidence")
    web.register(app)
    spark.register(app)


_mount()


def main() -> None:
    """Console-script entry point: every command inside the one error boundary."""
    sys.exit(run_app(app))


if __name__ == "__main__":
    main()
