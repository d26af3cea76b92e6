"""What every command shares: the error console, the one-line failure, common options, progress bars."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

err = Console(stderr=True)

DataOpt = Annotated[
    Path | None, typer.Option("--data", help="Data folder (default ./jaganetral-data or $JAGANETRAL_DATA).")
]
DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: SQLite in the data folder, or $JAGANETRAL_DB_URL)."),
]


def fail(exc: Exception) -> typer.Exit:
    """Print the one-line error and return the exit to raise."""
    err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
    return typer.Exit(1)


def progress() -> Progress:
    """A transient progress bar on standard error (hidden when it is not a terminal)."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def sub_app(name: str, help_text: str) -> typer.Typer:
    """A command group configured like the main app."""
    return typer.Typer(
        name=name, help=help_text, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False
    )
