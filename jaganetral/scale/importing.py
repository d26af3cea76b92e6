"""``jaganetral findings import DIR``: a Spark run's findings kept in the store as ``scan`` keeps them.

One transaction, as ``scan``'s step 6 (:mod:`jaganetral.pipeline.keep`):

* each finding's evidence record (``DIR/_records``) stored by its SHA-256 — which must be the
  ``evidence_sha256`` the finding names — with the same metadata, and the activity row it rests on;
* the findings upserted (a re-import changes nothing; a re-judged finding supersedes the old one),
  with what online re-checks already found applied as ``scan`` applies it;
* the input files named in the summary kept as received when they are readable here with the
  same SHA-256 (on a cluster they may not be: the summary says which were not);
* every new item registered in the vault with its custody entry, and a row for the run.

Only a complete run folder is accepted (``_SUCCESS``, summary and records present).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jaganetral.errors import InvalidInput
from jaganetral.evidence.online import apply_online, known_states
from jaganetral.evidence.vault import default_actor, register_pending
from jaganetral.model.activity import SourceRef
from jaganetral.model.finding import Finding
from jaganetral.pipeline.keep import finding_row
from jaganetral.scale.inputs import local_file
from jaganetral.scale.output import RECORDS, SUMMARY
from jaganetral.sources.base import InputFile
from jaganetral.sources.canonical import activity_from_dict
from jaganetral.store.repository import Store


@dataclass
class ImportReport:
    """What an import kept."""

    findings: int = 0
    new_findings: int = 0
    updated_findings: int = 0
    new_activities: int = 0
    inputs_kept: int = 0
    inputs_missing: list[str] = field(default_factory=list)


def _lines(folder: Path) -> Iterator[tuple[Path, int, str]]:
    for part in sorted(folder.glob("part-*")):
        with part.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    yield part, n, line


def _json(path: Path, n: int, line: str) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"not JSON: {exc.msg}", file=str(path), line=n) from None
    if not isinstance(obj, dict):
        raise InvalidInput("not a JSON object", file=str(path), line=n)
    return obj


def read_run(folder: Path) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The summary, the findings and the evidence records (by finding id) of a run folder."""
    if not (folder / "_SUCCESS").is_file() or not (folder / SUMMARY).is_file():
        raise InvalidInput(
            "not a complete spark scan folder (no _SUCCESS or _summary.json)", file=str(folder)
        )
    summary = _json(folder / SUMMARY, 1, (folder / SUMMARY).read_text(encoding="utf-8"))
    docs = [_json(p, n, line) for p, n, line in _lines(folder)]
    records: dict[str, dict[str, Any]] = {}
    for p, n, line in _lines(folder / RECORDS):
        rec = _json(p, n, line)
        if not isinstance(rec.get("finding_id"), str) or not isinstance(rec.get("record"), str):
            raise InvalidInput("record line without finding_id or record", file=str(p), line=n)
        records[rec["finding_id"]] = rec
    for d in docs:
        if d.get("finding_id") not in records:
            raise InvalidInput(
                f"finding {d.get('finding_id')} has no evidence record", file=str(folder / RECORDS)
            )
    return summary, docs, records


def import_findings(folder: Path, store: Store) -> ImportReport:
    """Keep the findings of the run folder ``folder`` in ``store`` (see the module doc)."""
    started = datetime.now(UTC)
    summary, docs, records = read_run(folder)
    report = ImportReport(findings=len(docs))
    with store.batch() as batch:
        for entry in summary.get("ingest", {}).get("files", []):
            named = str(entry.get("path", ""))
            path = local_file(named)
            sha = str(entry.get("sha256", ""))
            if path is None or not path.is_file() or InputFile.open(path).sha256 != sha:
                report.inputs_missing.append(named)
                continue
            batch.put_input_file(path, sha, meta={"format": entry.get("format")})
            batch.record_input(
                sha256=sha,
                file_name=path.name,
                size=path.stat().st_size,
                fmt=str(entry.get("format")),
                activity_count=int(entry.get("activities", 0)),
                rejected_count=int(entry.get("rejected", 0)),
            )
            report.inputs_kept += 1
        online = known_states(batch.conn)
        acts = []
        rows = []
        for d in docs:
            rec = records[d["finding_id"]]
            data = rec["record"].encode("utf-8")
            sha = batch.put_bytes(
                data,
                kind="record",
                source=f"activity {rec['activity_key']}",
                url=rec.get("url"),
                finding_id=d["finding_id"],
                meta=rec.get("meta") or {},
            )
            if sha != d.get("evidence_sha256"):
                raise InvalidInput(
                    f"evidence record of finding {d['finding_id']} does not hash to its evidence_sha256",
                    file=str(folder / RECORDS),
                )
            obj = json.loads(data)
            src = obj.get("source")
            acts.append(activity_from_dict(obj, SourceRef(**src) if isinstance(src, dict) else None))
            st = online.get(d["finding_id"])
            doc = apply_online(d, st) if st is not None else d
            rows.append(finding_row(Finding.from_dict(doc), rec["activity_key"], doc))
        report.new_activities = batch.add_activities(acts)
        report.new_findings, report.updated_findings = batch.upsert_findings(rows)
        register_pending(batch, actor=default_actor("findings import"))
        batch.record_run("findings import", started, {"folder": str(folder), **vars(report)})
    return report
