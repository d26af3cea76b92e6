"""``jaganetral spark scan`` and ``jaganetral findings import`` (the Spark scale-out, jaganetral.scale)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jaganetral.commands.common import (
    STRICT_HELP,
    SUMMARY_ROWS,
    DataOpt,
    DbOpt,
    err,
    fail,
    print_files,
    shown,
    sub_app,
)
from jaganetral.errors import InvalidInput, JaganetralError

app = sub_app("spark", "Run the scan on Apache Spark (pip install 'jaganetral\\[spark]').")
findings_app = sub_app("findings", "Findings produced elsewhere (a Spark run) into the store.")


@app.command("scan")
def spark_scan(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders of activities: local paths (on a mount every executor shares) or "
            "Hadoop file-system URIs (hdfs://, s3a://, gs://, abfs://, file:)."
        ),
    ],
    election: Annotated[
        list[Path], typer.Option("--election", help="Election configuration YAML (repeatable).")
    ],
    asn: Annotated[Path, typer.Option("--asn", help="ASN registry CSV.")],
    out: Annotated[str, typer.Option("--out", help="Output folder: part-* JSON Lines, _SUCCESS, summary.")],
    accounts: Annotated[Path | None, typer.Option("--accounts", help="Institutional accounts CSV.")] = None,
    master: Annotated[
        str | None,
        typer.Option("--master", help="Spark master URL (default: spark-submit's, else local[*])."),
    ] = None,
    partitions: Annotated[
        int | None,
        typer.Option("--partitions", min=1, help="Partitions of every stage (default 2 per core)."),
    ] = None,
    tz: Annotated[
        str | None, typer.Option("--tz", help="Zone of chat exports' wall clock (WIB, WITA, WIT).")
    ] = None,
    keep_going: Annotated[
        bool, typer.Option("--keep-going", help="Skip unreadable files (reported) instead of stopping.")
    ] = False,
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_HELP)] = False,
) -> None:
    """The same judgement as ``scan``, on Spark; the findings as part files in OUT."""
    from jaganetral.pipeline.localtime import parse_zone
    from jaganetral.scale.job import spark_scan as run

    try:
        try:
            zone = parse_zone(tz) if tz else None
        except ValueError as exc:
            raise InvalidInput(str(exc), field="--tz") from None
        result = run(
            inputs,
            election,
            asn,
            out,
            accounts=accounts,
            master=master,
            partitions=partitions,
            tz=zone,
            keep_going=keep_going,
            strict=strict,
        )
    except JaganetralError as exc:
        raise fail(exc) from None
    print_files(result.ingest)
    for r in result.ingest.rejections[:SUMMARY_ROWS]:
        err.print(f"[yellow]rejected:[/] {shown(str(r))}", highlight=False, soft_wrap=True)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(result.counts.items())) or "none"
    err.print(
        f"{result.summary['screened']} activities screened, {result.summary['interesting']} examined, "
        f"{sum(result.counts.values())} findings ({counts}); {result.ingest.rejected} records rejected",
        highlight=False,
        markup=False,
    )
    err.print(f"Findings folder: {out}", highlight=False, markup=False)


@findings_app.command("import")
def findings_import(
    folder: Annotated[Path, typer.Argument(help="Output folder of a `spark scan` run.")],
    data: DataOpt = None,
    db: DbOpt = None,
) -> None:
    """Keep a Spark run's findings, evidence records and custody entries in the store (idempotent)."""
    from jaganetral.scale.importing import import_findings
    from jaganetral.settings import load_settings
    from jaganetral.store.repository import Store

    try:
        store = Store.open(load_settings(data, db))
        try:
            rep = import_findings(folder, store)
        finally:
            store.close()
    except JaganetralError as exc:
        raise fail(exc) from None
    err.print(
        f"{rep.findings} findings ({rep.new_findings} new, {rep.updated_findings} updated), "
        f"{rep.new_activities} new activities, {rep.inputs_kept} input files kept",
        highlight=False,
        markup=False,
    )
    for p in rep.inputs_missing:
        err.print(f"input file not readable here (not kept): {p}", highlight=False, markup=False)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="spark")
    root.add_typer(findings_app, name="findings")
