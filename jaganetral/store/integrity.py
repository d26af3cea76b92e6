"""Judgements and history are evidence too: what ties findings, cases, their events, public reports
and the audit log to the signed custody chain, and what ``evidence verify`` checks of them.

- **Sealed rows** (activities, findings, cases, public reports) carry an HMAC under the installation
  key (:mod:`jaganetral.store.seal`); they are re-sealed in the transaction that changes them.
- **Appended rows** (case events, audit entries, public reports, findings as judged) each get a
  custody entry with the SHA-256 of the row (or of the finding's document): removing, editing or
  inserting such a row behind jaganetral's back shows, and the entries are signed.
- Changes are queued while a transaction runs and written just before it commits
  (:func:`jaganetral.store.seal.before_commit`), so a case changed three times in one request is
  re-sealed once, after the last change, and its last event's entry records the case row's hash.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, select, update

from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t
from jaganetral.store.chain import NewEvent, append, iter_entries_checked
from jaganetral.store.evidence_tables import custody
from jaganetral.store.rows import Unreadable, scan_rows
from jaganetral.store.seal import (
    before_commit,
    doc_sha256,
    pending,
    plain,
    reseal,
    ring,
    row_sha256,
    seal_of,
    seal_ok,
)

#: The sealed tables and their primary key column.
SEALED: dict[str, Table] = {
    "activities": t.activities,
    "findings": t.findings,
    "cases": ct.cases,
    "public_reports": ct.public_reports,
}


# ---- queued while a transaction runs -------------------------------------------------------------


def note_case_event(conn: Connection, event_id: int, case_id: str) -> None:
    """A case event was inserted (its case changed): entry and re-seal just before commit."""
    pending(conn, "case_events")[event_id] = case_id
    pending(conn, "cases")[case_id] = True
    before_commit(conn, "cases", _flush_cases)


def note_case(conn: Connection, case_id: str) -> None:
    """A case row changed without an event of its own (re-sealed before commit)."""
    pending(conn, "cases")[case_id] = True
    before_commit(conn, "cases", _flush_cases)


def note_report(conn: Connection, report_id: int) -> None:
    pending(conn, "reports")[report_id] = True
    before_commit(conn, "reports", _flush_reports)


def note_findings(conn: Connection, finding_ids: Iterable[str], *, judged: Iterable[str] = ()) -> None:
    """Findings were written: re-seal them; ``judged`` ones (new or changed documents) get an entry."""
    bag = pending(conn, "findings")
    for fid in finding_ids:
        bag.setdefault(fid, False)
    for fid in judged:
        bag[fid] = True
    before_commit(conn, "findings", _flush_findings)


def note_findings_sealed(
    conn: Connection, rows: Iterable[Mapping[str, Any]], doc_sha256s: Mapping[str, str] | None = None
) -> None:
    """New findings were inserted already sealed (:func:`~jaganetral.store.seal.sealed_insert`):
    each judgement gets its entry just before commit, from the values inserted — unless the row
    is noted again (changed) meanwhile, when it is read back and re-sealed like any other.
    ``doc_sha256s``: the documents' hashes (:func:`~jaganetral.store.seal.doc_sha256`) by finding,
    when the caller has them."""
    bag = pending(conn, "findings_sealed")
    for r in rows:
        fid = str(r["finding_id"])
        sha = doc_sha256s.get(fid) if doc_sha256s is not None else None
        if sha is None:
            sha = doc_sha256(plain(r["doc"]), stored=True)
        bag[fid] = _judged_event(fid, None, r["status"], r["evidence_sha256"], doc_sha=sha)
    before_commit(conn, "findings", _flush_findings)


def audited(conn: Connection, audit_id: int) -> None:
    """Enter one audit-log row into the chain (inside the caller's transaction)."""
    row = conn.execute(select(ct.audit_log).where(ct.audit_log.c.id == audit_id)).one()
    append(conn, [_audit_event(row)])


def _audit_event(row: Any) -> NewEvent:
    return NewEvent(
        "audited",
        str(row.actor)[:200] or "?",
        detail={"audit_id": int(row.id), "action": row.action, "row_sha256": row_sha256(ct.audit_log, row)},
    )


def _flush_cases(conn: Connection) -> None:
    events: dict[int, str] = dict(pending(conn, "case_events"))
    cases: list[str] = list(pending(conn, "cases"))
    pending(conn, "case_events").clear()
    pending(conn, "cases").clear()
    reseal(conn, ct.cases, cases)
    case_hash = {
        r.id: row_sha256(ct.cases, r) for r in conn.execute(select(ct.cases).where(ct.cases.c.id.in_(cases)))
    }
    last = {cid: eid for eid, cid in sorted(events.items())}
    rows = conn.execute(
        select(ct.case_events).where(ct.case_events.c.id.in_(list(events))).order_by(ct.case_events.c.id)
    ).all()
    out = []
    for r in rows:
        detail: dict[str, Any] = {
            "event_id": int(r.id),
            "kind": r.kind,
            "row_sha256": row_sha256(ct.case_events, r),
        }
        if r.from_state or r.to_state:
            detail.update(from_state=r.from_state, to_state=r.to_state)
        if last.get(r.case_id) == r.id and r.case_id in case_hash:
            detail["case_sha256"] = case_hash[r.case_id]
        out.append(NewEvent("case_event", str(r.actor)[:200] or "?", case_id=r.case_id, detail=detail))
    # a case changed with no event (rare): its new hash still goes on record
    for cid in cases:
        if cid not in last and cid in case_hash:
            out.append(NewEvent("case_event", "system", case_id=cid, detail={"case_sha256": case_hash[cid]}))
    append(conn, out)


def _flush_reports(conn: Connection) -> None:
    ids = list(pending(conn, "reports"))
    pending(conn, "reports").clear()
    reseal(conn, ct.public_reports, ids)
    rows = conn.execute(select(ct.public_reports).where(ct.public_reports.c.id.in_(ids))).all()
    append(conn, [_report_event(r) for r in rows])


def _report_event(r: Any) -> NewEvent:
    return NewEvent(
        "report_filed",
        "laporan-publik",
        case_id=r.case_id,
        detail={
            "report_id": int(r.id),
            "tracking_code": r.tracking_code,
            "row_sha256": row_sha256(ct.public_reports, r),
        },
    )


def _flush_findings(conn: Connection) -> None:
    bag = dict(pending(conn, "findings"))
    pending(conn, "findings").clear()
    sealed: dict[str, NewEvent] = dict(pending(conn, "findings_sealed"))
    pending(conn, "findings_sealed").clear()
    events: dict[str, NewEvent] = {fid: e for fid, e in sealed.items() if fid not in bag}

    def judged(r: Any) -> None:
        if bag.get(r.finding_id):
            events[r.finding_id] = _judged_event(r.finding_id, r.doc, r.status, r.evidence_sha256)

    # One read serves both: the seal of each row and the event of each finding judged.
    reseal(conn, t.findings, bag, on_row=judged)
    append(conn, [events[fid] for fid in sorted(events)])


def _judged_event(fid: str, doc: Any, status: str, sha: str | None, doc_sha: str | None = None) -> NewEvent:
    """The custody entry of a judgement: the stored document's hash (``doc_sha`` when known), its
    status and the hash of the record it rests on."""
    return NewEvent(
        "judged",
        "jaganetral",
        item_sha256=None,
        finding_id=str(fid),
        detail={
            "doc_sha256": doc_sha if doc_sha is not None else doc_sha256(doc, stored=True),
            "status": status,
            "record_sha256": sha,
        },
    )


# ---- the upgrade: rows from before seals ----------------------------------------------------------


def adopt(conn: Connection) -> dict[str, int]:
    """Seal and sign everything written before revision 0007 (run once, right after the upgrade)."""
    keys = ring(conn)
    signed = 0
    for r in conn.execute(
        select(custody.c.seq, custody.c.entry_hash).where(custody.c.signature.is_(None))
    ).all():
        conn.execute(
            update(custody)
            .where(custody.c.seq == r.seq)
            .values(signature=keys.sign(r.entry_hash.encode("ascii")))
        )
        signed += 1
    counts: dict[str, int] = {"custody_signed": signed}
    for name, table in SEALED.items():
        (pk,) = table.primary_key.columns
        ids = [k for (k,) in conn.execute(select(pk).where(table.c.seal.is_(None)))]
        counts[name] = reseal(conn, table, ids)
    events: list[NewEvent] = []
    for r in conn.execute(select(ct.case_events).order_by(ct.case_events.c.id)):
        events.append(
            NewEvent(
                "case_event",
                str(r.actor)[:200] or "?",
                case_id=r.case_id,
                detail={"event_id": int(r.id), "kind": r.kind, "row_sha256": row_sha256(ct.case_events, r)},
            )
        )
    for r in conn.execute(select(ct.cases)):
        events.append(
            NewEvent("case_event", "system", case_id=r.id, detail={"case_sha256": row_sha256(ct.cases, r)})
        )
    events += [_audit_event(r) for r in conn.execute(select(ct.audit_log).order_by(ct.audit_log.c.id))]
    events += [
        _report_event(r) for r in conn.execute(select(ct.public_reports).order_by(ct.public_reports.c.id))
    ]
    q = select(t.findings.c.finding_id, t.findings.c.doc, t.findings.c.status, t.findings.c.evidence_sha256)
    events += [_judged_event(*r) for r in conn.execute(q.order_by(t.findings.c.finding_id))]
    counts["entries"] = len(events)
    events.append(NewEvent("sealed", "jaganetral (upgrade to revision 0007)", detail=dict(counts)))
    for i in range(0, len(events), 2000):
        append(conn, events[i : i + 2000])
    return counts


# ---- verification ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordProblem:
    where: str
    message: str


def check_records(conn: Connection) -> Iterator[RecordProblem]:
    """Every sealed row's seal; every case event, audit entry, report and case against the chain."""
    key = ring(conn).mac_key
    for name, table in SEALED.items():
        (pk,) = table.primary_key.columns
        for r in scan_rows(conn, table):
            if isinstance(r, Unreadable):
                yield RecordProblem(f"{name} {r.key}", r.reason)
            elif not r._mapping.get("seal"):
                yield RecordProblem(
                    f"{name} {r._mapping[pk.name]}", "not sealed (written behind jaganetral's back)"
                )
            elif not seal_ok(key, table, r):
                yield RecordProblem(
                    f"{name} {r._mapping[pk.name]}", "row differs from its seal (edited in the database)"
                )
    # what the chain says about appended rows
    event_hash: dict[int, tuple[int, str]] = {}
    audit_hash: dict[int, tuple[int, str]] = {}
    report_hash: dict[int, tuple[int, str]] = {}
    case_hash: dict[str, tuple[int, str]] = {}
    for e in iter_entries_checked(conn):
        if isinstance(e, Unreadable):
            continue  # named by the chain's own check
        d = e.detail
        if e.event == "case_event":
            if "event_id" in d:
                event_hash[int(d["event_id"])] = (e.seq, str(d.get("row_sha256")))
            if "case_sha256" in d and e.case_id:
                case_hash[e.case_id] = (e.seq, str(d["case_sha256"]))
        elif e.event == "audited" and "audit_id" in d:
            audit_hash[int(d["audit_id"])] = (e.seq, str(d.get("row_sha256")))
        elif e.event == "report_filed" and "report_id" in d:
            report_hash[int(d["report_id"])] = (e.seq, str(d.get("row_sha256")))
    for label, table, hashes in (
        ("case event", ct.case_events, event_hash),
        ("audit entry", ct.audit_log, audit_hash),
        ("public report", ct.public_reports, report_hash),
    ):
        seen: set[int] = set()
        for r in scan_rows(conn, table):
            if isinstance(r, Unreadable):
                if r.key.isdigit():
                    seen.add(int(r.key))
                yield RecordProblem(f"{label} {r.key}", r.reason)
                continue
            seen.add(int(r.id))
            rec = hashes.get(int(r.id))
            if rec is None:
                yield RecordProblem(
                    f"{label} {r.id}", "not in the custody chain (inserted behind jaganetral's back)"
                )
            elif rec[1] != row_sha256(table, r):
                yield RecordProblem(
                    f"{label} {r.id}", f"differs from what custody entry {rec[0]} recorded (edited)"
                )
        for rid, (seq, _h) in sorted(hashes.items()):
            if rid not in seen:
                yield RecordProblem(
                    f"{label} {rid}", f"recorded by custody entry {seq} but removed from the database"
                )
    known: set[str] = set()
    for r in scan_rows(conn, ct.cases):
        if isinstance(r, Unreadable):
            known.add(r.key)
            yield RecordProblem(f"case {r.key}", r.reason)
            continue
        known.add(r.id)
        rec = case_hash.get(r.id)
        if rec is None:
            yield RecordProblem(
                f"case {r.id}", "no custody entry records this case (inserted behind jaganetral's back)"
            )
        elif rec[1] != row_sha256(ct.cases, r):
            yield RecordProblem(f"case {r.id}", f"differs from what custody entry {rec[0]} recorded (edited)")
    for cid, (seq, _h) in sorted(case_hash.items()):
        if cid not in known:
            yield RecordProblem(
                f"case {cid}", f"recorded by custody entry {seq} but removed from the database"
            )


def count_unsealed(conn: Connection) -> int:
    return sum(
        int(conn.execute(select(func.count()).select_from(tb).where(tb.c.seal.is_(None))).scalar_one())
        for tb in SEALED.values()
    )


__all__ = [
    "SEALED",
    "RecordProblem",
    "adopt",
    "audited",
    "check_records",
    "count_unsealed",
    "note_case",
    "note_case_event",
    "note_findings",
    "note_findings_sealed",
    "note_report",
    "seal_of",
]
