"""What goes into a case's evidence package, read from the store.

For each finding of the case: the record it rests on (``evidence_sha256``), the input file its
activity came from (``activities.source_sha256``), every capture of its URL (WARC, screenshot,
PDF, the answers recorded when it was found deleted or changed), anything a custody entry
attached to the case or the finding — and every custody entry about any of those.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from jaganetral.errors import InvalidData
from jaganetral.evidence.custody import Entry, entries_about, head
from jaganetral.evidence.online import states_for_urls
from jaganetral.evidence.package import PackageInput
from jaganetral.evidence.vault import item_rows
from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t
from jaganetral.store.case_tables import case_findings, cases
from jaganetral.store.evidence_tables import evidence_items
from jaganetral.store.repository import Store
from jaganetral.store.seal import ring, row_sha256, row_values, seal_ok


@dataclass(frozen=True, slots=True)
class Collected:
    label: str
    case: dict[str, Any]
    findings: list[dict[str, Any]]
    items: list[dict[str, Any]]
    custody: list[Entry]
    chain_head: tuple[int, str] | None
    #: the rows that are evidence too, as hashed (case, events, public reports) — see package.py
    records: dict[str, Any] = field(default_factory=dict)
    #: what re-checks found online, per finding id (kept apart so findings stay as judged)
    online: dict[str, Any] = field(default_factory=dict)
    #: rows whose seal or custody record no longer matches (the export refuses them)
    altered: list[str] = field(default_factory=list)

    def package_input(self, store: Store) -> PackageInput:
        return PackageInput(
            label=self.label,
            case=self.case,
            findings=self.findings,
            items=self.items,
            custody=self.custody,
            chain_head=self.chain_head,
            item_file=store.blobs.path,
            records=self.records,
            online=self.online,
        )


def _jsonable(v: Any) -> Any:
    return v.isoformat() if hasattr(v, "isoformat") else v


def case_finding_ids(conn: Connection, case_id: str) -> tuple[dict[str, Any], list[str]]:
    """The case row (as plain values) and its finding ids; :class:`InvalidData` if no such case."""
    row = conn.execute(select(cases).where(cases.c.id == case_id)).first()
    if row is None:
        raise InvalidData(f"no case with id {case_id!r}", field="CASE_ID")
    ids = [
        r[0]
        for r in conn.execute(
            select(case_findings.c.finding_id)
            .where(case_findings.c.case_id == case_id)
            .order_by(case_findings.c.finding_id)
        )
    ]
    return {k: _jsonable(v) for k, v in row._mapping.items()}, ids


def _adhoc_label(ids: Sequence[str]) -> str:
    more = f"-and-{len(ids) - 1}-more" if len(ids) > 1 else ""
    return f"findings-{ids[0]}{more}"


def collect(
    conn: Connection, finding_ids: Sequence[str], *, case_id: str | None = None, label: str | None = None
) -> Collected:
    """Gather a package's contents for these findings (and this case, if any)."""
    case: dict[str, Any] = {"id": None, "title": label or "ad-hoc package", "finding_ids": list(finding_ids)}
    if case_id is not None:
        case, ids = case_finding_ids(conn, case_id)
        finding_ids = ids
        case["finding_ids"] = ids
    rows = conn.execute(
        select(
            t.findings.c.finding_id,
            t.findings.c.doc,
            t.findings.c.evidence_sha256,
            t.activities.c.source_sha256,
            t.activities.c.url,
        )
        .join(t.activities, t.activities.c.key == t.findings.c.activity_key)
        .where(t.findings.c.finding_id.in_(list(finding_ids)))
        .order_by(t.findings.c.occurred_at, t.findings.c.finding_id)
    ).all()
    missing = sorted(set(finding_ids) - {r[0] for r in rows})
    if missing:
        raise InvalidData(f"no finding with id {missing[0]!r}", field="--finding")
    if not rows and case_id is None:
        raise InvalidData("nothing to export: no findings", field="--finding")
    # a case without findings (a public report, say) still exports what the log attaches to it
    wanted: set[str] = set()
    urls = sorted({r[4] for r in rows if r[4]})
    for r in rows:
        wanted.update(x for x in (r[2], r[3]) if x)
    # Captures of the findings' URLs (no index on evidence_items.url: exports are rare).
    if urls:
        for i in range(0, len(urls), 200):
            q = select(evidence_items.c.sha256).where(evidence_items.c.url.in_(urls[i : i + 200]))
            wanted.update(x for (x,) in conn.execute(q))
    ids = [r[0] for r in rows]
    # a kept (superseded) judgement's entries are under the id of the act it judged
    base_ids = sorted({*ids, *(str(r[1].get("finding_id")) for r in rows if r[1].get("finding_id"))})
    cases_named = [case_id] if case_id else []
    # Items the log attaches to these findings or this case (uploads, screenshots by officers…).
    for e in entries_about(conn, findings=base_ids, cases=cases_named):
        if e.item_sha256:
            wanted.add(e.item_sha256)
    found = item_rows(conn, wanted)
    entries = entries_about(conn, items=sorted(found), findings=base_ids, cases=cases_named)
    docs = [dict(r[1]) for r in rows]
    online = states_for_urls(conn, urls)
    online_by_finding: dict[str, Any] = {}
    for d in docs:
        st = online.get(str(d.get("url")))
        if st is not None and "online" not in d:
            online_by_finding[str(d.get("finding_id"))] = st.to_dict()
    records, altered = _records(conn, case_id, ids)
    return Collected(
        label=case_id or label or _adhoc_label(ids),
        case=case,
        findings=docs,
        items=sorted(found.values(), key=lambda i: (i["captured_at"], i["sha256"])),
        custody=entries,
        chain_head=head(conn),
        records=records,
        online=online_by_finding,
        altered=altered,
    )


def _records(
    conn: Connection, case_id: str | None, finding_ids: list[str]
) -> tuple[dict[str, Any], list[str]]:
    """The case's rows as hashed (the package's ``data/records.json``) and any whose seal is broken."""
    key = ring(conn).mac_key
    altered: list[str] = []
    f = t.findings
    for r in conn.execute(select(f).where(f.c.finding_id.in_(finding_ids))):
        if not seal_ok(key, f, r):
            altered.append(f"finding {r.finding_id}")
    keys = [k for (k,) in conn.execute(select(f.c.activity_key).where(f.c.finding_id.in_(finding_ids)))]
    for r in conn.execute(select(t.activities).where(t.activities.c.key.in_(keys))):
        if not seal_ok(key, t.activities, r):
            altered.append(f"activity {r.key}")
    if case_id is None:
        return {}, altered
    row = conn.execute(select(cases).where(cases.c.id == case_id)).one()
    if not seal_ok(key, cases, row):
        altered.append(f"case {case_id}")
    events = conn.execute(
        select(ct.case_events).where(ct.case_events.c.case_id == case_id).order_by(ct.case_events.c.id)
    ).all()
    recorded = {
        int(e.detail["event_id"]): str(e.detail.get("row_sha256"))
        for e in entries_about(conn, cases=[case_id])
        if e.event == "case_event" and "event_id" in e.detail
    }
    for ev in events:
        if recorded.pop(int(ev.id), None) != row_sha256(ct.case_events, ev):
            altered.append(f"case event {ev.id}")
    altered.extend(f"case event {eid} (removed)" for eid in sorted(recorded))
    reports = conn.execute(select(ct.public_reports).where(ct.public_reports.c.case_id == case_id)).all()
    for r in reports:
        if not seal_ok(key, ct.public_reports, r):
            altered.append(f"public report {r.tracking_code}")
    return {
        "case": row_values(cases, row),
        "events": [row_values(ct.case_events, e) for e in events],
        "reports": [row_values(ct.public_reports, r) for r in reports],
    }, altered
