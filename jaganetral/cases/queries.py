"""Reading cases: lists with filters, the case view (its view audited in a short transaction of its
own, after the read), the triage inbox, alerts, the dashboard and a reporter's status page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, false, func, or_, select, true
from sqlalchemy.sql.elements import ColumnElement

from jaganetral.cases.access import User, audit_now
from jaganetral.cases.recommendations import Recommendations
from jaganetral.cases.units import Unit
from jaganetral.cases.workflow import Due, PermissionDenied
from jaganetral.errors import InvalidInput
from jaganetral.model.case import Case
from jaganetral.model.clock import from_storage
from jaganetral.model.labels import label
from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t

MAX_PAGE = 100_000


@dataclass(slots=True)
class CaseFilter:
    state: str | None = None
    instansi: str | None = None
    wilayah: str | None = None
    code: str | None = None
    q: str | None = None
    overdue: bool = False
    page: int = 1
    per_page: int = 50
    #: a person's queue ("my cases"), a team's, and cases due within 24 hours (not yet overdue)
    assignee: str | None = None
    team: str | None = None
    due_soon: bool = False


@dataclass(slots=True)
class CasePage:
    rows: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(slots=True)
class CaseView:
    case: Case
    events: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    due: Due | None
    moves: list[dict[str, Any]]
    recommendation: dict[str, Any] | None
    reports: list[dict[str, Any]] = field(default_factory=list)
    similar: list[dict[str, Any]] = field(default_factory=list)
    may_extend: bool = False
    may_edit: bool = False
    unit: Unit | None = None
    documents: list[dict[str, Any]] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    merged_from: list[str] = field(default_factory=list)
    #: an agency user's view: only the parts meant for them (workflow.yaml ``agency_view``)
    agency_view: bool = False


def _page(page: int) -> int:
    if page < 1 or page > MAX_PAGE:
        raise InvalidInput(f"nomor halaman harus antara 1 dan {MAX_PAGE}", field="page")
    return page


class Queries(Recommendations):
    """Everything the pages and the API read."""

    def list_cases(self, user: User, f: CaseFilter) -> CasePage:
        conds: list[ColumnElement[bool]] = [self._visible(user)]
        c = ct.cases.c
        conds.append(c.merged_into.is_(None))  # a merged case is reached through the one it joined
        if f.assignee:
            conds.append(c.assignee == f.assignee)
        if f.team:
            conds.append(c.team == f.team)
        if f.due_soon:
            now = self.now()
            conds.append(and_(c.due_at.is_not(None), c.due_at >= now, c.due_at < now + timedelta(hours=24)))
            conds.append(c.state != "selesai")
        if f.state:
            conds.append(c.state == f.state)
        if f.instansi:
            conds.append(c.instansi == f.instansi)
        if f.wilayah:
            conds.append(or_(c.wilayah == f.wilayah, c.region_code == f.wilayah))
        if f.code:
            conds.append(c.primary_code == f.code)
        if f.overdue:
            conds.append(and_(c.due_at.is_not(None), c.due_at < self.now(), c.state != "selesai"))
        if f.q:
            exact = f.q.strip().upper()
            words = [
                or_(c.search_text.contains(w, autoescape=True), c.id == exact, c.tracking_code == exact)
                for w in re.findall(r"\w+", f.q.lower())[:6]
            ]
            # a case number or a public report's tracking code finds its case by itself
            conds.append(
                or_(c.id == exact, c.tracking_code == exact, and_(true(), *words) if words else false())
            )
        where = and_(*conds)
        per = max(1, min(f.per_page, 200))
        page = _page(f.page)
        with self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(ct.cases).where(where)).scalar_one())
            rows = conn.execute(
                select(ct.cases)
                .where(where)
                .order_by(c.updated_at.desc(), c.id.desc())
                .limit(per)
                .offset((page - 1) * per)
            ).all()
        now = self.now()
        out = []
        for r in rows:
            case = self._case(r)
            d = case.to_api()
            d["overdue"] = bool(case.due_at and case.due_at < now and not self.wf.states[case.state].final)
            d["case"] = case
            d["ppk_result_label"] = self._ppk_label(case.ppk_result)
            d["outcome_label"] = self._outcome_label(case.outcome)
            d["origin_label"] = label("origin", case.origin)
            out.append(d)
        return CasePage(out, total, page, per)

    def _ppk_label(self, key: str | None) -> str | None:
        return None if key is None else self.wf.ppk_label(key)

    def _outcome_label(self, key: str | None) -> str | None:
        return None if key is None else self.wf.outcome_label(key)

    def get_case(self, user: User, case_id: str, *, audit_view: bool = True) -> CaseView:
        """The whole case. Read without the write lock; the view of personal data is then audited in a
        short transaction of its own (so a reader never waits for, or fails on, someone's write)."""
        with self.engine.connect() as conn:
            row = self._load_case(conn, user, case_id)
            events = [
                {**dict(e._mapping), "at": from_storage(e.at), "kind_label": label("event_kind", e.kind)}
                for e in conn.execute(
                    select(ct.case_events)
                    .where(ct.case_events.c.case_id == case_id)
                    .order_by(ct.case_events.c.id)
                )
            ]
            f = t.findings.c
            findings = []
            for doc, superseded_by in conn.execute(
                select(f.doc, f.superseded_by)
                .join(ct.case_findings, ct.case_findings.c.finding_id == f.finding_id)
                .where(ct.case_findings.c.case_id == case_id)
                .order_by(f.occurred_at)
            ):
                findings.append({**doc, "superseded_by": superseded_by})
            reports = [
                dict(r._mapping)
                for r in conn.execute(select(ct.public_reports).where(ct.public_reports.c.case_id == case_id))
            ]
            if not user.may_see_reporter():
                for r in reports:
                    r["reporter_name"] = r["reporter_contact"] = None
            rec = self.approved_recommendation(conn, case_id)
            due = self._due(conn, row, self._entered_at(conn, case_id))
            moves = self.allowed_moves(conn, user, row, rec)
            similar = self.similar_cases(conn, row) if not user.is_agency else []
            may_extend = self.may_extend(conn, user, row)
            unit = self.unit(conn)
            docs = self.documents(conn, case_id)  # type: ignore[attr-defined]
            links = self.links(conn, case_id)  # type: ignore[attr-defined]
            merged = self.merged_from(conn, case_id)  # type: ignore[attr-defined]
        if user.is_agency:
            # only what is meant for them: the forwarding and after, no internal deliberation
            av = self.wf.agency_view
            events = [
                e for e in events
                if e["kind"] in av.event_kinds
                and (e["kind"] != "transition" or e["to_state"] in av.states_shown)
            ]  # fmt: skip
            reports, similar, links, merged = [], [], [], []
            if rec is not None and not rec.get("approved_by"):
                rec = None
        if audit_view:
            audit_now(self.engine, user.username, "view_case", f"case:{case_id}", {"nip": row.nip})
        case = self._case(row)
        return CaseView(
            case, events, findings, due, moves, rec, reports, similar, may_extend,
            may_edit=self.wf.may(user.role, "edit_case") and row.state != "selesai" and not row.merged_into
            and not (rec is not None and rec.get("approved_by")),  # a signed letter states them
            unit=unit, documents=docs, links=links, merged_from=merged, agency_view=user.is_agency,
        )  # fmt: skip

    def inbox(self, user: User, page: int = 1, per_page: int = 50) -> CasePage:
        """Findings waiting for triage: not in a case, not dismissed, not superseded; strongest first."""
        if user.is_agency:
            raise PermissionDenied("kotak masuk temuan hanya untuk Bawaslu")
        page = _page(page)
        f = t.findings.c
        waiting = and_(
            f.superseded_by.is_(None),
            ~select(ct.case_findings.c.finding_id)
            .where(ct.case_findings.c.finding_id == f.finding_id)
            .exists(),
            ~select(ct.triage.c.finding_id).where(ct.triage.c.finding_id == f.finding_id).exists(),
        )
        with self.engine.connect() as conn:
            total = int(
                conn.execute(select(func.count()).select_from(t.findings).where(waiting)).scalar_one()
            )
            # the page's ids first (a narrow sort), then the documents of those 50 only
            ids = [
                r[0]
                for r in conn.execute(
                    select(f.finding_id)
                    .where(waiting)
                    .order_by(f.status.desc(), f.occurred_at.desc(), f.finding_id)
                    .limit(per_page)
                    .offset((page - 1) * per_page)
                )
            ]
            found = {
                r.finding_id: r
                for r in conn.execute(
                    select(
                        f.finding_id, f.status, f.action, f.instansi, f.nip, f.codes, f.occurred_at, f.doc
                    ).where(f.finding_id.in_(ids))
                )
            }
        rows = [found[i] for i in ids if i in found]
        return CasePage([dict(r._mapping) for r in rows], total, page, per_page)

    def alerts(self, user: User, limit: int = 200) -> list[dict[str, Any]]:
        """Tagged/added ASN (passive exposure): a warning to the person, never a case by itself."""
        q = (
            select(t.findings.c.doc)
            .where(t.findings.c.status == "alert", t.findings.c.superseded_by.is_(None))
            .order_by(t.findings.c.occurred_at.desc())
        )
        with self.engine.connect() as conn:
            if not user.is_agency:
                return [doc for (doc,) in conn.execute(q.limit(limit))]
            # an agency sees the alerts of its units' staff (the same scopes as its cases)
            from jaganetral.cases.agencies import normalise, visible_agencies

            scope = visible_agencies(conn, user.id)
            names = {
                str(n)
                for (n,) in conn.execute(
                    select(ct.agencies.c.norm).where(ct.agencies.c.id.in_(sorted(scope)))
                )
            }
            out = []
            for (doc,) in conn.execute(q.limit(limit * 20)):
                if normalise(str((doc.get("actor") or {}).get("instansi") or "")) in names:
                    out.append(doc)
                    if len(out) >= limit:
                        break
            return out

    def dashboard(self, user: User) -> dict[str, Any]:
        """Counts by state, region, agency, violation code and week (what the charts draw)."""
        scope = f"user:{user.id}" if user.is_agency else "*"
        hit = self._dash.get(scope)
        if hit is not None and hit[0] > self._monotonic():
            return hit[1]
        c = ct.cases.c
        vis = self._visible(user)
        out: dict[str, Any] = {}
        with self.engine.connect() as conn:

            def count_by(col: Any, limit: int | None = None) -> list[tuple[Any, int]]:
                q = select(col, func.count()).where(vis).group_by(col).order_by(func.count().desc(), col)
                if limit:
                    q = q.limit(limit)
                return [(k, int(n)) for k, n in conn.execute(q)]

            out["total"] = int(
                conn.execute(select(func.count()).select_from(ct.cases).where(vis)).scalar_one()
            )
            out["overdue"] = int(
                conn.execute(
                    select(func.count()).select_from(ct.cases).where(vis, c.due_at < self.now())
                ).scalar_one()
            )
            out["by_state"] = [(self.wf.label(k), k, n) for k, n in count_by(c.state)]
            out["by_region"] = count_by(c.region_code)
            out["by_wilayah"] = count_by(c.wilayah, 15)
            out["by_instansi"] = count_by(c.instansi, 15)
            out["by_code"] = count_by(c.primary_code, 15)
            weeks = count_by(c.event_week)
            out["by_week"] = sorted((w, n) for w, n in weeks if w)[-26:]
        self._dash[scope] = (self._monotonic() + self.DASHBOARD_TTL, out)
        return out

    def report_status(self, code: str) -> dict[str, Any] | None:
        """What a reporter may see of their report: no personal data, no internal notes."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(
                    ct.public_reports.c.tracking_code,
                    ct.public_reports.c.created_at,
                    ct.cases.c.state,
                    ct.cases.c.updated_at,
                    ct.cases.c.outcome,
                )
                .outerjoin(ct.cases, ct.cases.c.id == ct.public_reports.c.case_id)
                .where(ct.public_reports.c.tracking_code == code.strip().upper()[:20])
            ).first()
        if row is None:
            return None
        state = row.state or "informasi_awal"
        return {
            "tracking_code": row.tracking_code,
            "received_at": from_storage(row.created_at),
            "state": state,
            "state_label": self.wf.label(state),
            "updated_at": from_storage(row.updated_at),
            "outcome": self._outcome_label(row.outcome),
            "finished": state == "selesai",
        }

    def instansi_list(self, user: User) -> list[str]:
        with self.engine.connect() as conn:
            q = select(ct.cases.c.instansi).where(self._visible(user), ct.cases.c.instansi.is_not(None))
            return sorted({r for (r,) in conn.execute(q.distinct())})
