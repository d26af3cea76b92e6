"""What every command shares: the error boundary, safe printing, common options, progress bars.

Every command runs inside :func:`run_app`, the one error boundary: anything the user can cause ends
in one ``error:`` line naming the file (line, field) and what was expected; anything else is a short
"internal error" line with an id, its traceback written to a log file under the data folder. Text
that came from the user's data (file names, registry cells, platform names) is never read as Rich
markup and never reaches the terminal as a control sequence: print it through :func:`shown`.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import traceback
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from jaganetral.errors import JaganetralError

if TYPE_CHECKING:
    from jaganetral.pipeline.command_ingest import IngestReport

#: Rows of a summary table printed (the run summary keeps them all).
SUMMARY_ROWS = 30

err = Console(stderr=True)

STRICT_HELP = "Skip a record with an optional field of the wrong type (default: ignore the field, warn)."
DataOpt = Annotated[
    Path | None, typer.Option("--data", help="Data folder (default ./jaganetral-data or $JAGANETRAL_DATA).")
]
DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: SQLite in the data folder, or $JAGANETRAL_DB_URL)."),
]

# C0 controls but tab, DEL, C1 controls, lone surrogates, and the line and paragraph separators.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def visible(value: object) -> str:
    """``value`` as one line of plain text: control characters (ESC, newline, NUL…) shown as
    ``\\x1b``-style escapes, so a file name cannot move the cursor or forge a second line."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
        str(value),
    )


def shown(value: object) -> str:
    """User data for a Rich markup string: :func:`visible`, then markup-escaped."""
    return escape(visible(value))


def fail(exc: BaseException) -> typer.Exit:
    """Print the one-line error and return the exit to raise."""
    say_error(str(exc))
    return typer.Exit(1)


def say_error(message: str) -> None:
    """The ``error:`` line (never markup, never more than one line)."""
    err.print(Text.assemble(("error:", "bold red"), " ", visible(message)), highlight=False, soft_wrap=True)


def _os_message(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else ""
    if exc.filename2 is not None:
        where = f"{where} → {exc.filename2}"
    what = exc.strerror or str(exc)
    return f"{where}: {what}" if where else what


def _log_dir(argv: list[str]) -> Path:
    """Where an internal error's traceback goes: ``DATA/logs`` if the data folder is usable."""
    data: str | None = None
    for i, a in enumerate(argv):
        if a == "--data" and i + 1 < len(argv):
            data = argv[i + 1]
        elif a.startswith("--data="):
            data = a.split("=", 1)[1]
    root = Path(data or os.environ.get("JAGANETRAL_DATA") or "jaganetral-data")
    if root.is_dir():
        return root / "logs"
    return Path(tempfile.gettempdir()) / "jaganetral-logs"


def _internal(exc: BaseException, argv: list[str]) -> int:
    """Log the traceback, print one line with the report id; exit status 70 (EX_SOFTWARE)."""
    ident = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]
    text = "".join(traceback.format_exception(exc))
    where = "(not written)"
    for folder in (_log_dir(argv), Path(tempfile.gettempdir()) / "jaganetral-logs"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"error-{ident}.log"
            path.write_text(f"jaganetral {' '.join(argv)}\n{text}", encoding="utf-8", errors="replace")
            where = str(path)
            break
        except OSError:
            continue
    say_error(f"internal error ({type(exc).__name__}); please report it with id {ident} — details in {where}")
    return 70


def run_app(app: typer.Typer, argv: list[str] | None = None) -> int:
    """Run the command line inside the one error boundary; return the exit status."""
    # Typer 0.29 carries its own copy of Click: its exceptions, not the click package's.
    from typer._click.exceptions import NoArgsIsHelpError, UsageError
    from typer.exceptions import Abort, Exit, TyperException

    args = list(sys.argv[1:] if argv is None else argv)
    command = typer.main.get_command(app)
    try:
        rv = command.main(args=args, prog_name="jaganetral", standalone_mode=False)
        return rv if isinstance(rv, int) else 0
    except Exit as exc:
        return int(exc.exit_code)
    except (KeyboardInterrupt, Abort):
        say_error("dibatalkan (interrupted)")
        return 130
    except NoArgsIsHelpError as exc:
        err.print(exc.format_message(), markup=False, highlight=False)
        return 0
    except UsageError as exc:
        path = exc.ctx.command_path if exc.ctx is not None else "jaganetral"
        say_error(f"{exc.format_message()} (see: {path} --help)")
        return exc.exit_code
    except TyperException as exc:
        say_error(exc.format_message())
        return exc.exit_code
    except JaganetralError as exc:
        say_error(str(exc))
        return 1
    except OSError as exc:  # a disk full, a permission refused, a folder where a file was expected
        say_error(_os_message(exc))
        return 1
    except Exception as exc:  # noqa: BLE001 - the boundary: everything else is our bug
        return _internal(exc, args)


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


def print_files(report: IngestReport) -> None:
    """Per input file: what was read and skipped; and what below the folders was not read."""
    ft = Table(title="Berkas (files)")
    counts = ("dibaca", "dilewati", "peringatan")
    for c in ("berkas", "format", *counts, "catatan"):
        ft.add_column(c, justify="right" if c in counts else "left", overflow="fold")
    for f in report.files[:SUMMARY_ROWS]:
        note = f.error or ""
        ft.add_row(
            shown(f.path), shown(f.format), str(f.activities), str(f.rejected), str(f.warned), shown(note)
        )
    if len(report.files) > SUMMARY_ROWS:
        ft.add_row("…", f"{len(report.files) - SUMMARY_ROWS} berkas lain", "", "", "", "")
    err.print(ft)
    shown_warnings = 0
    for f in report.files:
        for message, n in sorted(f.warnings.items()):
            if shown_warnings < SUMMARY_ROWS:
                err.print(
                    f"[yellow]peringatan (warning):[/] {shown(f.path)}: {shown(message)} ({n} record)",
                    highlight=False,
                )
            shown_warnings += 1
    if shown_warnings > SUMMARY_ROWS:
        err.print(f"… {shown_warnings - SUMMARY_ROWS} peringatan lain (lihat ringkasan run)", highlight=False)
    for r in report.ignored[:SUMMARY_ROWS]:
        err.print(f"[yellow]tidak dibaca (ignored):[/] {shown(r.file)}: {shown(r.reason)}", highlight=False)
    if len(report.ignored) > SUMMARY_ROWS:
        err.print(f"… {len(report.ignored) - SUMMARY_ROWS} entri lain tidak dibaca", highlight=False)
