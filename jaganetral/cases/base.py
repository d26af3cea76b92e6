"""What every room of the case service shares: the engine, the workflow, the clock, one write path,
visibility, loading a case, appending an event.

Every write is one short transaction (:func:`jaganetral.store.db.write`); reads use plain
connections and never take the write lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, insert, select
from sqlalchemy.sql.elements import ColumnElement

from jaganetral.cases.access import User, now_utc
from jaganetral.cases.agencies import backfill, visible_agencies
from jaganetral.cases.units import Unit, load_unit
from jaganetral.cases.workflow import CaseError, CaseNotFound, Workflow, load_workflow
from jaganetral.model.case import Case
from jaganetral.model.clock import from_storage, local
from jaganetral.store import case_tables as ct
from jaganetral.store.blobs import BlobStore
from jaganetral.store.db import write
from jaganetral.store.integrity import note_case_event

#: Hook the evidence stage provides: record a custody event (event, case_id, finding_ids, actor).
CustodyHook = Callable[[Connection, str, str, Sequence[str], str], None]
#: Pages are numbered from 1; beyond this a page number is refused (no offset overflow).
MAX_PAGE = 100_000


def week_of(dt: datetime | None, case: Case | None = None) -> str | None:
    """ISO week of the local date (the case's zone), as the week chart counts it."""
    if dt is None:
        return None
    d = local(dt, case.zone if case else None)[0]
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


class CaseBase:
    """State and helpers shared by the rooms of :class:`jaganetral.cases.service.CaseService`."""

    DASHBOARD_TTL = 10.0

    def __init__(
        self,
        engine: Engine,
        workflow: Workflow | None = None,
        clock: Callable[[], datetime] = now_utc,
        custody: CustodyHook | None = None,
        *,
        unit_name: str = "Bawaslu",
        blobs: BlobStore | None = None,
        report_judge: Any = None,
        elections: Sequence[Any] = (),
    ) -> None:
        self.engine = engine
        self.wf = workflow or load_workflow()
        self.now = clock
        self.custody = custody
        self.unit_name = unit_name
        self.blobs = blobs
        #: screen → attribute → judge for public reports (see :mod:`jaganetral.cases.report_judging`)
        self.report_judge = report_judge
        #: the elections this server watches (their ids decide a public report's election and clock)
        self.elections = tuple(elections)
        # Dashboard aggregates per visibility scope, for a few seconds; every write through this
        # service empties it, so a user always sees their own changes at once.
        self._dash: dict[str, tuple[float, dict[str, Any]]] = {}

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        self._dash.clear()
        with write(self.engine) as conn:
            yield conn
        self._dash.clear()

    def _notify(
        self, conn: Connection, username: str | None, kind: str, case_id: str | None, text: str
    ) -> None:
        """Tell a person (in-app; :mod:`jaganetral.cases.work` stores and mails it)."""

    def backfill_agencies(self) -> int:
        """Cases and agency users from before agencies were data get theirs (once; cheap after)."""
        with self._write() as conn:
            return backfill(conn)

    def _monotonic(self) -> float:
        return time.monotonic()

    # ---- visibility ------------------------------------------------------------------------------

    def scope_ids(self, user: User) -> set[int]:
        """The agencies an agency user's scopes reach (their units and everything under them)."""
        with self.engine.connect() as conn:
            return visible_agencies(conn, user.id)

    def _visible(self, user: User) -> ColumnElement[bool]:
        if user.is_agency:
            # their units' cases, and only once forwarded to the body in charge (workflow.yaml)
            c = ct.cases.c
            return and_(
                c.agency_id.in_(sorted(self.scope_ids(user))),
                c.forwarded_to.in_(list(self.wf.agency_view.forwarded_to)),
            )
        return ct.cases.c.id.is_not(None)

    def may_see(self, conn: Connection, user: User, row: Any) -> bool:
        if not user.is_agency:
            return True
        return (
            row.agency_id in visible_agencies(conn, user.id)
            and row.forwarded_to in self.wf.agency_view.forwarded_to
        )

    def _load_case(self, conn: Connection, user: User, case_id: str) -> Any:
        row = conn.execute(select(ct.cases).where(ct.cases.c.id == case_id)).first()
        if row is None or not self.may_see(conn, user, row):
            # the same answer for "absent" and "not yours": no probing of other agencies' case ids
            raise CaseNotFound(f"kasus {case_id} tidak ditemukan")
        return row

    def _case(self, row: Any) -> Case:
        return Case.from_row(dict(row._mapping), {"state": self.wf.label(row.state)})

    def unit(self, conn: Connection | None = None) -> Unit:
        if conn is not None:
            return load_unit(conn, self.unit_name)
        with self.engine.connect() as c:
            return load_unit(c, self.unit_name)

    def _event(
        self,
        conn: Connection,
        cid: str,
        who: str,
        kind: str,
        src: str | None,
        dst: str | None,
        reason: str,
        data: dict[str, Any],
    ) -> int:
        res = conn.execute(
            insert(ct.case_events).values(
                case_id=cid,
                at=self.now(),
                actor=who,
                kind=kind,
                from_state=src,
                to_state=dst,
                reason=reason,
                data=data,
            )
        )
        pk = res.inserted_primary_key
        assert pk is not None
        # into the custody chain with its row's hash, and the case re-sealed, just before commit
        note_case_event(conn, int(pk[0]), cid)
        return int(pk[0])

    def refuse_if_signed(self, conn: Connection, cid: str) -> None:
        """A case whose recommendation letter was approved (signed, numbered) keeps what the letter
        states: its person, provisions, incident date and findings no longer change."""
        rec = self.approved_recommendation(conn, cid)
        if rec is not None and rec.get("approved_by"):
            raise CaseError(
                f"rekomendasi kasus {cid} sudah disetujui (nomor {rec.get('number') or '-'}): terlapor, "
                "ketentuan, tanggal kejadian dan temuan yang dinyatakan surat itu tidak dapat diubah lagi"
            )

    def approved_recommendation(self, conn: Connection, cid: str) -> dict[str, Any] | None:
        """The latest drafted recommendation and its approval, if any (four-eyes record)."""
        rows = conn.execute(
            select(ct.case_events)
            .where(
                ct.case_events.c.case_id == cid,
                ct.case_events.c.kind.in_(
                    ("recommendation_drafted", "recommendation_approved", "recommendation_rejected")
                ),
            )
            .order_by(ct.case_events.c.id)
        ).all()
        rec: dict[str, Any] | None = None
        for r in rows:
            if r.kind == "recommendation_drafted":
                rec = {
                    **r.data,
                    "draft_event": r.id,
                    "drafted_by": r.actor,
                    "drafted_at": from_storage(r.at),
                    "approved_by": None,
                    "approved_at": None,
                    "rejected_by": None,
                }
            elif rec is not None and r.data.get("draft_event") == rec["draft_event"]:
                if r.kind == "recommendation_approved":
                    rec.update(approved_by=r.actor, approved_at=from_storage(r.at))
                    rec.update({k: v for k, v in r.data.items() if k != "draft_event"})
                else:
                    rec.update(rejected_by=r.actor, rejected_reason=r.reason)
        return rec
