"""Step 6 — keep: what a scan stores, in one all-or-nothing transaction.

* every input file once, as received (content-addressed, ``evidence/<sha256>``), with its counts;
* an activity row only for the activities that gave a finding — everything else stays reachable
  by its input file and position (data minimisation, UU 27/2022 PDP);
* for each finding, the canonical record it rests on as an evidence item, and the finding itself
  (updated in place when a later run judges the same activity again);
* every new item registered in the vault with its custody entry, and a row for the run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from jaganetral.evidence.online import apply_online, known_states
from jaganetral.evidence.vault import default_actor, register_pending
from jaganetral.model.activity import Activity, activity_to_dict
from jaganetral.model.canonical import canonical_json
from jaganetral.model.finding import Finding
from jaganetral.pipeline.copies import InputCopies
from jaganetral.pipeline.judging import Judged
from jaganetral.pipeline.screening import ScreenedFile
from jaganetral.store.repository import Batch


@dataclass(frozen=True, slots=True)
class Kept:
    """What the store holds after the run: findings with their evidence, and row counts."""

    findings: list[Finding]
    docs: list[dict[str, Any]]
    new_activities: int
    new_findings: int
    updated_findings: int


def evidence_record(a: Activity) -> bytes:
    """The exact bytes stored as the evidence item of a finding: the canonical activity record."""
    return canonical_json(activity_to_dict(a))


def record_meta(a: Activity) -> dict[str, Any]:
    """Where a finding's record came from: the activity, its input file and position."""
    meta: dict[str, Any] = {"activity_key": a.key, "created_at": a.created_at.isoformat()}
    if a.source is not None:
        meta["input_sha256"] = a.source.file_sha256
        meta["position"] = a.source.position
    return meta


def finding_row(f: Finding, activity_key: str, doc: dict[str, Any] | None = None) -> dict[str, Any]:
    """The findings-table row of a finding (``doc``: its document, when already made)."""
    return {
        "finding_id": f.finding_id,
        "activity_key": activity_key,
        "status": f.status.value,
        "action": f.action.value,
        "actor_kind": f.actor.kind,
        "nip": f.actor.nip,
        "instansi": f.actor.instansi,
        "codes": list(f.violation_codes),
        "occurred_at": datetime.fromisoformat(f.occurred_at).astimezone(UTC)
        if f.occurred_at
        else datetime.now(UTC),
        "evidence_sha256": f.evidence_sha256,
        "doc": f.to_dict() if doc is None else doc,
    }


def with_evidence(judged: Sequence[Judged], batch: Batch | None) -> list[tuple[Finding, dict[str, Any]]]:
    """Each finding with the SHA-256 of its stored record and what re-checks found online."""
    online = known_states(batch.conn) if batch is not None else {}
    out: list[tuple[Finding, dict[str, Any]]] = []
    for j in judged:
        f, a = j.finding, j.activity
        record = evidence_record(a)
        if batch is not None:
            sha = batch.put_bytes(
                record,
                kind="record",
                source=f"activity {a.key}",
                url=a.url,
                finding_id=f.finding_id,
                meta=record_meta(a),
            )
        else:
            sha = hashlib.sha256(record).hexdigest()
        f = replace(f, evidence_sha256=sha)
        doc = f.to_dict()
        st = online.get(f.finding_id)
        if st is not None:
            # A deletion noticed online stays on a finding judged again.
            doc = apply_online(doc, st)
            f = replace(f, explanation=tuple(doc["explanation"]))
        out.append((f, doc))
    return out


def keep(
    batch: Batch | None,
    files: Sequence[ScreenedFile],
    judged: Sequence[Judged],
    *,
    started: datetime,
    summary: dict[str, Any],
    copies: InputCopies | None = None,
) -> Kept:
    """Store the run's input files, needed activities, evidence and findings (see module doc)."""
    new_acts = 0
    if batch is not None:
        for sf in files:
            if sf.file is None or sf.error is not None:
                continue
            copied = copies.copied(sf.file.path, sf.file.sha256) if copies is not None else None
            batch.put_input_file(sf.file.path, sf.file.sha256, meta={"format": sf.format}, copied=copied)
            batch.record_input(
                sha256=sf.file.sha256,
                file_name=sf.file.file_name,
                size=sf.file.size,
                fmt=sf.format,
                activity_count=sf.read,
                rejected_count=sf.rejected,
            )
        new_acts = batch.add_activities([j.activity for j in judged])
    pairs = with_evidence(judged, batch)
    new = updated = 0
    if batch is not None:
        rows = [finding_row(f, j.activity.key, doc) for (f, doc), j in zip(pairs, judged, strict=True)]
        new, updated = batch.upsert_findings(rows)
        # Every input file and record stored above enters the vault with a custody entry, in
        # this same transaction.
        register_pending(batch, actor=default_actor("scan"))
        batch.record_run("scan", started, summary)
    return Kept([f for f, _ in pairs], [d for _, d in pairs], new_acts, new, updated)
