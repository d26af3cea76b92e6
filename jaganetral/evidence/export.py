"""Export a case (or some findings) as a signed package and log it: collect → build → "exported".

The CLI (``evidence export``) and the web app call :func:`export_package`; the package itself is
built from plain values by :func:`jaganetral.evidence.package.build_package`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jaganetral.evidence.collect import Collected, collect
from jaganetral.evidence.custody import NewEvent, append, checkpoint, head
from jaganetral.evidence.keys import load_or_create
from jaganetral.evidence.package import PackageError, PackageInfo, build_package
from jaganetral.evidence.tsa import Token
from jaganetral.store.db import write
from jaganetral.store.repository import Store


@dataclass(frozen=True, slots=True)
class ExportResult:
    info: PackageInfo
    collected: Collected
    chain_head: tuple[int, str] | None  # after the "exported" entries


def export_package(
    store: Store,
    out: Path,
    *,
    actor: str,
    case_id: str | None = None,
    finding_ids: Sequence[str] = (),
    timestamp: Callable[[bytes], Token] | None = None,
    tsa_name: str | None = None,
) -> ExportResult:
    """Write the package of ``case_id`` (or of ``finding_ids``) to ``out``; record "exported"."""
    with store.engine.connect() as conn:
        got = collect(conn, finding_ids, case_id=case_id)
    if got.altered:
        # never sign what was edited behind jaganetral's back (evidence verify names every row)
        raise PackageError(
            f"{got.altered[0]} was altered in the database since it was sealed"
            + (f" (and {len(got.altered) - 1} more)" if len(got.altered) > 1 else "")
            + ": nothing exported; run `jaganetral evidence verify`"
        )
    key = load_or_create(store.data_dir)
    info = build_package(got.package_input(store), out, key=key, timestamp=timestamp)
    detail = {"package": out.name, "package_sha256": info.sha256, "bag": info.bag}
    events = [
        NewEvent("exported", actor, item_sha256=str(i["sha256"]), case_id=case_id, detail=detail)
        for i in got.items
    ]
    events += [
        NewEvent("exported", actor, finding_id=str(f["finding_id"]), case_id=case_id, detail=detail)
        for f in got.findings
    ]
    if info.timestamp is not None:
        stamp = {**detail, "tsa": tsa_name, "gen_time": info.timestamp.gen_time.isoformat()}
        events.append(NewEvent("timestamped", actor, case_id=case_id, detail=stamp))
    with write(store.engine) as conn:
        append(conn, events)
        checkpoint(conn)  # the head as of this export, signed
        chain = head(conn)
    return ExportResult(info, got, chain)
