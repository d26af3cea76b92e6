"""`jaganetral evidence …` commands: verify, export, check, pubkey, capture, recheck.

Each prints its summary on standard error and exits 1 with one line naming what is wrong
(``verify``: the first broken link; ``check``: the first problem with the package).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jaganetral.commands.common import DataOpt, DbOpt, err, fail, shown, sub_app
from jaganetral.errors import InvalidData, JaganetralError
from jaganetral.settings import load_settings

if TYPE_CHECKING:  # the stages are imported inside the commands (fast start-up)
    from jaganetral.evidence.capture import CaptureResult
    from jaganetral.evidence.export import ExportResult
    from jaganetral.store.repository import Store

app = sub_app(
    "evidence",
    "Evidence vault: verify the custody chain, capture and re-check URLs, export and check signed packages.",
)

ActorOpt = Annotated[
    str | None, typer.Option("--actor", help="Who acts (recorded in the custody log); default user@host.")
]
PrivateOpt = Annotated[
    bool,
    typer.Option("--allow-private-hosts", help="Also fetch private/loopback addresses (testing, intranets)."),
]


@app.command()
def verify(data: DataOpt = None, db: DbOpt = None) -> None:
    """Re-hash every stored item and the custody chain; exit 1 naming the first broken link."""
    from jaganetral.commands.common import progress
    from jaganetral.evidence.verify import verify_store
    from jaganetral.store.repository import Store

    try:
        store = Store.open(load_settings(data, db))
        try:
            with progress() as bar:
                task = bar.add_task("verify", total=None)
                rep = verify_store(store, progress=lambda n: bar.advance(task, n))
        finally:
            store.close()
    except JaganetralError as exc:
        raise fail(exc) from None
    head = f"{rep.head[0]} {rep.head[1]}" if rep.head else "(empty)"
    err.print(
        f"{rep.items} items ({rep.bytes} bytes) re-hashed, {rep.entries} custody entries walked; "
        f"chain head: {head}",
        highlight=False,
        soft_wrap=True,
    )
    if rep.unregistered:
        err.print(
            f"[yellow]note:[/] {rep.unregistered} files in evidence/ are not registered in the vault "
            "(stored before it existed); re-running scan on their inputs registers them",
            highlight=False,
        )
    if not rep.ok:
        for p in rep.problems[1:20]:
            err.print(f"[red]also:[/] {shown(p)}", highlight=False, soft_wrap=True)
        more = f" (and {len(rep.problems) - 1} more)" if len(rep.problems) > 1 else ""
        raise fail(JaganetralError(f"{rep.problems[0]}{more}"))
    err.print("[green]intact[/]: every item and custody entry is as recorded")


def export_case(
    store: Store,
    case_id: str | None,
    out: Path,
    *,
    actor: str,
    finding_ids: list[str] | None = None,
    tsa: str | None = None,
) -> ExportResult:
    """Export a case (or findings) as a signed package; what ``evidence export`` and the web app run."""
    from jaganetral.evidence.export import export_package
    from jaganetral.evidence.tsa import Token, request_timestamp

    stamp = None
    if tsa:
        url = tsa

        def stamp(digest: bytes) -> Token:
            return request_timestamp(url, digest)

    return export_package(
        store, out, actor=actor, case_id=case_id, finding_ids=finding_ids or [], timestamp=stamp, tsa_name=tsa
    )


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", help="The package to write (.zip).")],
    case_id: Annotated[str | None, typer.Argument(help="The case to export.", show_default=False)] = None,
    finding: Annotated[
        list[str] | None,
        typer.Option("--finding", help="A finding to include instead of a case (repeatable)."),
    ] = None,
    tsa: Annotated[
        str | None,
        typer.Option("--tsa", help="RFC 3161 time-stamp authority URL.", envvar="JAGANETRAL_TSA_URL"),
    ] = None,
    actor: ActorOpt = None,
    data: DataOpt = None,
    db: DbOpt = None,
) -> None:
    """Write a signed BagIt package of a case (or of --finding IDs) with everything it rests on."""
    from jaganetral.evidence.vault import default_actor
    from jaganetral.store.repository import Store

    if (case_id is None) == (not finding):
        raise fail(InvalidData("give a CASE_ID or one or more --finding IDs (not both)", field="CASE_ID"))
    try:
        store = Store.open(load_settings(data, db))
        try:
            res = export_case(
                store,
                case_id,
                out,
                actor=actor or default_actor("evidence export"),
                finding_ids=finding,
                tsa=tsa,
            )
        finally:
            store.close()
    except JaganetralError as exc:
        raise fail(exc) from None
    info, got = res.info, res.collected
    chain = f"{res.chain_head[0]} {res.chain_head[1]}" if res.chain_head else "(empty)"
    err.print(
        f"{info.items} items, {len(got.findings)} findings, {len(got.custody)} custody entries"
        f" → {shown(out)} "
        f"(SHA-256 {info.sha256})\nsigned by {info.key_fingerprint}; chain head now {chain}",
        highlight=False,
        soft_wrap=True,
    )
    if info.timestamp is not None:
        err.print(f"time-stamped by {shown(tsa)} at {info.timestamp.gen_time.isoformat()}", highlight=False)
    elif not tsa:
        err.print("no time-stamp (no --tsa / JAGANETRAL_TSA_URL configured)", highlight=False)


@app.command()
def check(
    package: Annotated[Path, typer.Argument(help="The package (.zip) to verify.")],
    key: Annotated[
        Path | None, typer.Option("--key", help="The issuer's public key (PEM), obtained separately.")
    ] = None,
) -> None:
    """Verify a package using only the package and the issuer's public key (no database)."""
    from jaganetral.evidence.package import check_package, read_key_file

    try:
        if not package.is_file():
            raise InvalidData("no such file", file=str(package))
        trusted = read_key_file(key) if key is not None else None
        rep = check_package(package, trusted_key=trusted)
    except JaganetralError as exc:
        raise fail(exc) from None
    for n in rep.notes:
        err.print(f"[yellow]note:[/] {shown(n)}", highlight=False, soft_wrap=True)
    if not rep.ok:
        for p in rep.problems[1:20]:
            err.print(f"[red]also:[/] {shown(p)}", highlight=False, soft_wrap=True)
        raise fail(InvalidData(rep.problems[0], file=str(package)))
    how = "the trusted key" if rep.key_trusted else "the EMBEDDED key only"
    err.print(
        f"[green]valid[/]: {shown(package)} — bag {shown(rep.bag)} ({shown(rep.label)}), "
        f"{rep.items} items, every byte as signed; "
        f"signature by {shown(rep.signed_by)} checked with {how}",
        highlight=False,
        soft_wrap=True,
    )


@app.command()
def pubkey(
    out: Annotated[Path, typer.Option("--out", help="Where to write the public key (PEM).")],
    data: DataOpt = None,
) -> None:
    """Export the installation's public signing key (created on first use) for verifiers."""
    from jaganetral.evidence.keys import fingerprint, load_or_create, public_pem

    try:
        key = load_or_create(load_settings(data, None).data_dir)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(public_pem(key.public_key()))
    except (JaganetralError, OSError) as exc:
        raise fail(exc) from None
    err.print(f"public key {fingerprint(key.public_key())} → {shown(out)}", highlight=False, soft_wrap=True)


@app.command()
def capture(
    urls: Annotated[list[str] | None, typer.Argument(help="URLs to capture.", show_default=False)] = None,
    finding: Annotated[
        list[str] | None, typer.Option("--finding", help="Capture this finding's URL (repeatable).")
    ] = None,
    all_findings: Annotated[
        bool, typer.Option("--all-findings", help="Capture every finding URL not captured yet.")
    ] = False,
    screenshot: Annotated[
        bool, typer.Option("--screenshot/--no-screenshot", help="Also a Chromium screenshot.")
    ] = False,
    pdf: Annotated[bool, typer.Option("--pdf/--no-pdf", help="Also a Chromium PDF print.")] = False,
    allow_private: PrivateOpt = False,
    actor: ActorOpt = None,
    data: DataOpt = None,
    db: DbOpt = None,
) -> None:
    """Capture web pages/posts into the vault (WARC, optional screenshot and PDF) and watch them."""
    from jaganetral.evidence.capture import (
        capture_url,
        finding_targets,
        make_client,
        uncaptured_findings,
    )
    from jaganetral.evidence.vault import default_actor
    from jaganetral.store.repository import Store

    if not urls and not finding and not all_findings:
        raise fail(InvalidData("give URLs, --finding IDs or --all-findings", field="URLS"))
    who = actor or default_actor("evidence capture")
    results: list[CaptureResult] = []
    try:
        store = Store.open(load_settings(data, db))
        try:
            targets: list[tuple[str, str | None, datetime | None]] = [(u, None, None) for u in urls or []]
            with store.engine.connect() as conn:
                found = finding_targets(conn, finding or [])
                for fid in finding or []:
                    if fid not in found:
                        raise InvalidData(f"no finding with id {fid!r}", field="--finding")
                    furl, posted = found[fid]
                    if not furl:
                        raise InvalidData(f"finding {fid} has no URL to capture", field="--finding")
                    targets.append((furl, fid, posted))
                if all_findings:
                    targets += [(u, fid, posted) for fid, u, posted in uncaptured_findings(conn)]
            with make_client() as client:
                for url, target_finding, posted in targets:
                    r = capture_url(
                        store,
                        client,
                        url,
                        actor=who,
                        finding_id=target_finding,
                        posted_at=posted,
                        screenshot=screenshot,
                        pdf=pdf,
                        allow_private=allow_private,
                    )
                    results.append(r)
                    _print_capture(r)
        finally:
            store.close()
    except JaganetralError as exc:
        raise fail(exc) from None
    failed = sum(r.error is not None for r in results)
    err.print(f"{len(results) - failed} captured, {failed} failed (recorded in the custody log)")


def _print_capture(r: CaptureResult) -> None:
    if r.error is not None:
        err.print(f"[yellow]not captured:[/] {shown(r.error)}", highlight=False, soft_wrap=True)
        return
    extra = "".join(
        f", {k} {v[:12]}…" for k, v in (("screenshot", r.screenshot_sha256), ("pdf", r.pdf_sha256)) if v
    )
    err.print(
        f"{shown(r.url)}: HTTP {r.http_status}, state {r.state}, WARC {str(r.warc_sha256)[:12]}…{extra}",
        highlight=False,
        soft_wrap=True,
    )
    for w in r.warnings:
        err.print(f"[yellow]warning:[/] {shown(w)}", highlight=False, soft_wrap=True)


@app.command()
def recheck(
    every: Annotated[
        str | None, typer.Option("--every", help="Visit each URL this often (30m, 6h, 1d).")
    ] = None,
    loop: Annotated[bool, typer.Option("--loop", help="Keep running on the --every schedule.")] = False,
    once: Annotated[bool, typer.Option("--once", help="One pass over the due URLs (the default).")] = False,
    capture_new: Annotated[
        bool, typer.Option("--capture-new", help="First capture finding URLs not captured yet.")
    ] = False,
    allow_private: PrivateOpt = False,
    actor: ActorOpt = None,
    data: DataOpt = None,
    db: DbOpt = None,
) -> None:
    """Revisit captured URLs; record deleted_online / changed_online with the time first noticed."""
    from jaganetral.evidence.capture import capture_url, make_client, uncaptured_findings
    from jaganetral.evidence.recheck import CheckOutcome, parse_every
    from jaganetral.evidence.recheck import loop as run_loop
    from jaganetral.evidence.recheck import recheck as run_once
    from jaganetral.evidence.vault import default_actor
    from jaganetral.store.repository import Store

    if loop and once:
        raise fail(InvalidData("--loop and --once exclude each other", field="--loop"))
    who = actor or default_actor("evidence recheck")
    counts: dict[str, int] = {}

    def show(o: CheckOutcome) -> None:
        counts[o.result] = counts.get(o.result, 0) + 1
        if o.event is not None:
            err.print(f"{o.event}: {shown(o.url)} (HTTP {o.http_status})", highlight=False, soft_wrap=True)
        elif o.error is not None:
            err.print(f"[yellow]unreachable:[/] {shown(o.error)}", highlight=False, soft_wrap=True)

    try:
        interval = parse_every(every) if every else None
        if loop and interval is None:
            raise InvalidData("--loop needs --every (e.g. --every 6h)", field="--every")
        store = Store.open(load_settings(data, db))
        try:
            with make_client() as client:

                def capture_new_urls() -> None:
                    if not capture_new:
                        return
                    with store.engine.connect() as conn:
                        todo = uncaptured_findings(conn)
                    for fid, url, posted in todo:
                        capture_url(
                            store,
                            client,
                            url,
                            actor=who,
                            finding_id=fid,
                            posted_at=posted,
                            allow_private=allow_private,
                        )

                if loop and interval is not None:
                    run_loop(
                        store,
                        client,
                        actor=who,
                        every=interval,
                        allow_private=allow_private,
                        before_pass=capture_new_urls,
                        on_outcome=show,
                    )
                else:
                    capture_new_urls()
                    run_once(
                        store, client, actor=who, every=interval, allow_private=allow_private, on_outcome=show
                    )
        finally:
            store.close()
    except JaganetralError as exc:
        raise fail(exc) from None
    summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "nothing due"
    err.print(f"re-checked: {shown(summary)}", highlight=False)
