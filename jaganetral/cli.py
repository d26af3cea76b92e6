"""The ``jaganetral`` command: one Typer app; long commands show a Rich progress bar.

Every command exits 0 on success and 1 with a one-line error naming file, line and field on bad
input (contract.md). Progress and summaries go to standard error so standard output stays clean.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from jaganetral import __version__
from jaganetral.errors import JaganetralError
from jaganetral.settings import load_settings

app = typer.Typer(
    name="jaganetral",
    help="jaganetral — jaga netralitas ASN: ingest, screen, attribute, judge, preserve evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

DataOpt = Annotated[Path | None, typer.Option("--data", help="Data folder (default ./jaganetral-data "
                                                "or $JAGANETRAL_DATA).")]
DbOpt = Annotated[str | None, typer.Option("--db", help="Database URL (default: SQLite in the data "
                                           "folder, or $JAGANETRAL_DB_URL).")]


def fail(exc: Exception) -> typer.Exit:
    """Print the one-line error and return the exit to raise."""
    err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
    return typer.Exit(1)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                    TimeRemainingColumn(), console=err, transient=True,
                    disable=not err.is_terminal)


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
    keep_going: Annotated[bool, typer.Option("--keep-going",
                                             help="Skip unreadable files (reported) instead of "
                                                  "stopping.")] = False,
) -> None:
    """Parse every INPUT into canonical activities (no judging) and store them."""
    from jaganetral.pipeline import expand_inputs, ingest as run_ingest
    from jaganetral.store.repository import Store

    try:
        files = expand_inputs(inputs)
        store = None if no_store else Store.open(load_settings(data, db))
        total = sum(p.stat().st_size for p in files)
        with _progress() as bar:
            task = bar.add_task("ingest", total=total)
            report = run_ingest(files, store=store, out=out, keep_going=keep_going,
                                progress=lambda name, n: bar.advance(task, n))
        if store is not None:
            store.close()
    except JaganetralError as exc:
        raise fail(exc) from None
    _print_ingest_summary(report, out)


def _print_ingest_summary(report: object, out: Path) -> None:
    from jaganetral.pipeline import IngestReport

    assert isinstance(report, IngestReport)
    table = Table(title="Ingest", show_lines=False)
    for col in ("format", "files", "activities", "rejected", "unreadable"):
        table.add_column(col, justify="right" if col != "format" else "left")
    for fmt, c in sorted(report.by_format().items()):
        table.add_row(fmt, str(c["files"]), str(c["activities"]), str(c["rejected"]), str(c["failed"]))
    err.print(table)
    for f in report.files:
        if f.error:
            err.print(f"[yellow]skipped:[/] {f.error}", highlight=False, soft_wrap=True)
    for r in report.rejections[:50]:
        err.print(f"[yellow]rejected:[/] {r}", highlight=False, soft_wrap=True)
    if report.rejected > 50:
        err.print(f"… and {report.rejected - 50} more rejected records")
    err.print(f"{report.activities} activities ({report.new_activities} new in the store) → {out}",
              highlight=False)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
