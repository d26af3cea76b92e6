"""Cases: findings become cases that move through Bawaslu's procedure, every step recorded.

One :class:`CaseService` over the store's engine. Every write is one transaction; history rows
(``case_events``, ``triage``, ``audit_log``) are only ever inserted. Visibility is enforced here, not
in the pages: an ``instansi`` user gets :class:`PermissionDenied` for another agency's case whichever
way they ask (page, API, export).
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, insert, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from jaganetral.cases.access import User, audit, now_utc, require_role
from jaganetral.cases.workflow import (
    CaseError,
    Due,
    PermissionDenied,
    Workflow,
    due_for,
    election_type_of,
    load_workflow,
)
from jaganetral.errors import InvalidInput
from jaganetral.model.regions import region_by_name
from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t

OPEN_STATUSES = ("violation", "review")
ACTION_LABELS = {
    "post": "mengunggah konten dukungan",
    "share": "membagikan konten calon",
    "comment": "mengomentari konten calon",
    "like": "menyukai konten calon",
    "follow_or_join": "mengikuti/bergabung dengan akun atau grup kampanye",
    "photo_with_candidate": "berfoto bersama calon",
    "partisan_gesture": "gestur keberpihakan",
    "official_account_use": "akun resmi instansi dipakai untuk kampanye",
    "instruct_others": "mengajak/menginstruksikan orang lain",
    "attend_campaign": "menghadiri kampanye",
    "state_facility_use": "memakai fasilitas negara",
    "tagged": "ditandai/ditambahkan oleh orang lain",
    "other": "lainnya",
}
#: Hook the evidence stage provides: record a custody event (event, case_id, finding_ids, actor).
CustodyHook = Callable[[Connection, str, str, Sequence[str], str], None]


def _aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def week_of(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    y, w, _ = dt.isocalendar()
    return f"{y}-W{w:02d}"


def subject_of(doc: dict[str, Any]) -> tuple[str, str]:
    """(subject key, subject kind) of a finding: the person or body a case is about."""
    actor = doc.get("actor") or {}
    kind = actor.get("kind") or "unknown"
    if kind == "asn" and actor.get("nip"):
        return f"nip:{actor['nip']}", "asn"
    if kind == "institution":
        return f"inst:{actor.get('instansi') or actor.get('name') or actor.get('account')}", "institution"
    acct = actor.get("account") or actor.get("name") or "?"
    return f"acct:{doc.get('platform', '')}:{acct}", kind


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
    case: dict[str, Any]
    events: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    due: Due | None
    moves: list[dict[str, Any]]
    recommendation: dict[str, Any] | None
    reports: list[dict[str, Any]] = field(default_factory=list)


class CaseService:
    """The case workflow over one database."""

    def __init__(
        self,
        engine: Engine,
        workflow: Workflow | None = None,
        clock: Callable[[], datetime] = now_utc,
        custody: CustodyHook | None = None,
    ) -> None:
        self.engine = engine
        self.wf = workflow or load_workflow()
        self.now = clock
        self.custody = custody
        # Dashboard aggregates per visibility scope, for a few seconds; every write through this
        # service empties it, so a user always sees their own changes at once.
        self._dash: dict[str, tuple[float, dict[str, Any]]] = {}

    DASHBOARD_TTL = 10.0

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        self._dash.clear()
        with self.engine.begin() as conn:
            yield conn
        self._dash.clear()

    # ---- visibility ------------------------------------------------------------------------------

    def _visible(self, user: User) -> ColumnElement[bool]:
        if user.is_agency:
            return ct.cases.c.instansi == user.instansi
        return ct.cases.c.id.is_not(None)

    def _load_case(self, conn: Connection, user: User, case_id: str) -> Any:
        row = conn.execute(select(ct.cases).where(ct.cases.c.id == case_id)).first()
        if row is None or not user.may_see_instansi(row.instansi):
            # the same answer for "absent" and "not yours": no probing of other agencies' case ids
            raise PermissionDenied(f"kasus {case_id} tidak ditemukan")
        return row

    # ---- opening cases ---------------------------------------------------------------------------

    def _next_id(self, conn: Connection, year: int) -> str:
        prefix = f"JN-{year}-"
        last = conn.execute(
            select(func.max(ct.cases.c.id)).where(ct.cases.c.id.like(prefix + "%"))
        ).scalar_one_or_none()
        n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
        return f"{prefix}{n:06d}"

    def open_from_findings(
        self, actor: User | str, finding_ids: Iterable[str] | None = None
    ) -> list[tuple[str, bool]]:
        """Put findings (default: every violation/review finding not yet in a case nor dismissed) into
        cases, merging those about the same subject within the merge window. Returns (case id, created)."""
        who = actor if isinstance(actor, str) else actor.username
        if isinstance(actor, User):
            require_role(actor, "analis", "pemeriksa", "pimpinan")
        out: list[tuple[str, bool]] = []
        with self._write() as conn:
            q = (
                select(t.findings.c.finding_id, t.findings.c.doc, t.findings.c.first_seen_at)
                .outerjoin(ct.case_findings, ct.case_findings.c.finding_id == t.findings.c.finding_id)
                .outerjoin(ct.triage, ct.triage.c.finding_id == t.findings.c.finding_id)
                .where(ct.case_findings.c.case_id.is_(None), ct.triage.c.finding_id.is_(None))
                .order_by(t.findings.c.occurred_at, t.findings.c.finding_id)
            )
            if finding_ids is not None:
                ids = list(finding_ids)
                q = q.where(t.findings.c.finding_id.in_(ids))
            else:
                q = q.where(t.findings.c.status.in_(OPEN_STATUSES))
            for fid, doc, first_seen in conn.execute(q).all():
                out.append(self._place(conn, who, fid, doc, _aware(first_seen) or self.now()))
        return out

    def _place(
        self, conn: Connection, who: str, fid: str, doc: dict[str, Any], discovered: datetime
    ) -> tuple[str, bool]:
        key, kind = subject_of(doc)
        occurred = _aware(datetime.fromisoformat(doc["occurred_at"])) if doc.get("occurred_at") else None
        window = timedelta(days=self.wf.merge_window_days)
        existing = None
        if occurred is not None:
            existing = conn.execute(
                select(ct.cases.c.id, ct.cases.c.violation_codes, ct.cases.c.search_text)
                .where(
                    ct.cases.c.subject_key == key,
                    ct.cases.c.state != "selesai",
                    ct.cases.c.event_date >= occurred - window,
                    ct.cases.c.event_date <= occurred + window,
                )
                .order_by(ct.cases.c.opened_at)
                .limit(1)
            ).first()
        now = self.now()
        codes = list(doc.get("violation_codes") or [])
        text = self._search_text(doc)
        if existing is not None:
            merged = list(dict.fromkeys([*existing.violation_codes, *codes]))
            conn.execute(
                update(ct.cases)
                .where(ct.cases.c.id == existing.id)
                .values(
                    violation_codes=merged,
                    primary_code=merged[0] if merged else None,
                    finding_count=ct.cases.c.finding_count + 1,
                    updated_at=now,
                    search_text=(existing.search_text + " " + text)[:4000],
                )
            )
            self._attach(conn, existing.id, fid, who, now)
            return existing.id, False
        actor = doc.get("actor") or {}
        region = region_by_name(actor.get("wilayah"))
        etype = election_type_of(doc.get("election_id"))
        cid = self._next_id(conn, now.year)  # numbered by the year the case is opened
        due = due_for(
            self.wf, "informasi_awal", etype, discovered_at=discovered, entered_at=now, registered_at=None
        )
        who_name = actor.get("name") or actor.get("account") or "tidak diketahui"
        title = f"{who_name} — {ACTION_LABELS.get(doc.get('action', 'other'), doc.get('action', ''))}"
        conn.execute(
            insert(ct.cases).values(
                id=cid,
                title=title[:300],
                state="informasi_awal",
                origin="temuan_sistem",
                election_id=doc.get("election_id"),
                election_type=etype,
                subject_key=key[:200],
                subject_kind=kind,
                nip=actor.get("nip"),
                subject_name=actor.get("name"),
                instansi=actor.get("instansi"),
                wilayah=region.name if region else actor.get("wilayah"),
                region_code=region.code if region else None,
                violation_codes=codes,
                primary_code=codes[0] if codes else None,
                action=doc.get("action"),
                event_date=occurred,
                event_week=week_of(occurred),
                discovered_at=discovered,
                opened_at=now,
                updated_at=now,
                due_at=due.at if due else None,
                finding_count=1,
                search_text=text,
            )
        )
        self._event(conn, cid, who, "opened", None, "informasi_awal", "dibuka dari temuan " + fid, {})
        self._attach(conn, cid, fid, who, now)
        return cid, True

    @staticmethod
    def _search_text(doc: dict[str, Any]) -> str:
        a = doc.get("actor") or {}
        parts = [
            a.get("name"),
            a.get("nip"),
            a.get("instansi"),
            a.get("jabatan"),
            a.get("wilayah"),
            a.get("account"),
            " ".join(doc.get("violation_codes") or []),
            " ".join(doc.get("candidate_ids") or []),
            doc.get("platform"),
            doc.get("action"),
        ]
        return " ".join(p for p in parts if p).lower()[:2000]

    def _attach(self, conn: Connection, cid: str, fid: str, who: str, now: datetime) -> None:
        conn.execute(insert(ct.case_findings).values(case_id=cid, finding_id=fid, added_at=now, added_by=who))
        self._event(conn, cid, who, "finding_attached", None, None, fid, {"finding_id": fid})
        if self.custody is not None:
            self.custody(conn, "attached_to_case", cid, [fid], who)

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
        return int(pk[0])

    def open_manual(
        self,
        user: User,
        *,
        title: str,
        origin: str,
        discovered_at: datetime,
        subject_name: str | None = None,
        instansi: str | None = None,
        wilayah: str | None = None,
        election_id: str | None = None,
        summary: str = "",
        subject_key: str | None = None,
        data: dict[str, Any] | None = None,
        conn: Connection | None = None,
    ) -> str:
        """Open a case by hand or from a public report / news article (state ``informasi_awal``).

        ``subject_key`` (e.g. ``news:<sha256>``) makes opening idempotent: an existing case with the
        same key is returned instead of a new one."""
        if conn is None:
            with self._write() as c:
                return self.open_manual(
                    user,
                    title=title,
                    origin=origin,
                    discovered_at=discovered_at,
                    subject_name=subject_name,
                    instansi=instansi,
                    wilayah=wilayah,
                    election_id=election_id,
                    summary=summary,
                    subject_key=subject_key,
                    data=data,
                    conn=c,
                )
        if subject_key is not None:
            found = conn.execute(select(ct.cases.c.id).where(ct.cases.c.subject_key == subject_key)).first()
            if found is not None:
                return str(found.id)
        now = self.now()
        etype = election_type_of(election_id)
        region = region_by_name(wilayah)
        cid = self._next_id(conn, now.year)
        due = due_for(
            self.wf, "informasi_awal", etype, discovered_at=discovered_at, entered_at=now, registered_at=None
        )
        conn.execute(
            insert(ct.cases).values(
                id=cid,
                title=title[:300],
                state="informasi_awal",
                origin=origin,
                election_id=election_id,
                election_type=etype,
                subject_key=subject_key or f"manual:{cid}",
                subject_kind="unknown",
                nip=None,
                subject_name=subject_name,
                instansi=instansi,
                wilayah=region.name if region else wilayah,
                region_code=region.code if region else None,
                violation_codes=[],
                primary_code=None,
                action=None,
                event_date=discovered_at,
                event_week=week_of(discovered_at),
                discovered_at=discovered_at,
                opened_at=now,
                updated_at=now,
                due_at=due.at if due else None,
                finding_count=0,
                search_text=" ".join(
                    x for x in (title, subject_name, instansi, wilayah, summary) if x
                ).lower(),
            )
        )
        self._event(
            conn,
            cid,
            user.username,
            "opened",
            None,
            "informasi_awal",
            summary or title,
            {"origin": origin, **(data or {})},
        )
        return cid

    # ---- the workflow ----------------------------------------------------------------------------

    def _registered_at(self, conn: Connection, cid: str) -> datetime | None:
        at = conn.execute(
            select(func.min(ct.case_events.c.at)).where(
                ct.case_events.c.case_id == cid, ct.case_events.c.to_state == "diregistrasi"
            )
        ).scalar_one_or_none()
        return _aware(at)

    def _extended(self, conn: Connection, cid: str) -> bool:
        return (
            conn.execute(
                select(ct.case_events.c.id).where(
                    ct.case_events.c.case_id == cid, ct.case_events.c.kind == "clock_extended"
                )
            ).first()
            is not None
        )

    def _due(self, conn: Connection, row: Any, entered: datetime) -> Due | None:
        return due_for(
            self.wf,
            row.state,
            row.election_type,
            discovered_at=_aware(row.discovered_at) or entered,
            entered_at=entered,
            registered_at=self._registered_at(conn, row.id),
            outcome=row.outcome,
            extended=self._extended(conn, row.id),
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
                    "drafted_at": _aware(r.at),
                    "approved_by": None,
                    "approved_at": None,
                    "rejected_by": None,
                }
            elif rec is not None and r.data.get("draft_event") == rec["draft_event"]:
                if r.kind == "recommendation_approved":
                    rec.update(approved_by=r.actor, approved_at=_aware(r.at))
                else:
                    rec.update(rejected_by=r.actor, rejected_reason=r.reason)
        return rec

    def transition(
        self,
        user: User,
        case_id: str,
        to: str,
        reason: str,
        *,
        outcome: str | None = None,
        ppk_result: str | None = None,
    ) -> None:
        """Move a case, recording who, when and why; refuses what the workflow does not allow."""
        if not reason.strip():
            raise InvalidInput("alasan wajib diisi untuk setiap perpindahan status", field="reason")
        with self._write() as conn:
            row = self._load_case(conn, user, case_id)
            tr = self.wf.transition(row.state, to)
            if user.role not in tr.roles:
                raise PermissionDenied(f"peran {user.role} tidak dapat memindahkan kasus ke {to}")
            if tr.outcomes and row.outcome not in tr.outcomes:
                raise CaseError(f"perpindahan ke {to} hanya untuk putusan {', '.join(tr.outcomes)}")
            values: dict[str, Any] = {"state": to, "updated_at": self.now()}
            data: dict[str, Any] = {}
            if tr.needs == "outcome":
                if outcome not in self.wf.outcomes:
                    raise InvalidInput(
                        f"putusan wajib dipilih: {', '.join(self.wf.outcomes)}", field="outcome"
                    )
                values["outcome"] = outcome
                data["outcome"] = outcome
            elif tr.needs == "approved_recommendation":
                rec = self.approved_recommendation(conn, case_id)
                if rec is None or rec.get("approved_by") is None:
                    raise CaseError(
                        "rekomendasi harus disetujui pimpinan lain sebelum diteruskan (empat mata)"
                    )
                values["forwarded_to"] = rec["recipient"]
                data["recipient"] = rec["recipient"]
            elif tr.needs == "ppk_result":
                if ppk_result not in self.wf.ppk_results:
                    raise InvalidInput(
                        f"hasil tindak lanjut PPK wajib dipilih: {', '.join(self.wf.ppk_results)}",
                        field="ppk_result",
                    )
                data["ppk_result"] = ppk_result
            self._event(conn, case_id, user.username, "transition", row.state, to, reason, data)
            new = SimpleNamespace(
                **{**row._mapping, "state": to, "outcome": values.get("outcome", row.outcome)}
            )
            due = self._due(conn, new, self.now())
            values["due_at"] = due.at if due else None
            conn.execute(update(ct.cases).where(ct.cases.c.id == case_id).values(**values))

    def extend_clock(self, user: User, case_id: str, reason: str) -> None:
        """Extend the decision clock once (Pemilu: 14 working days; Pilkada: 2 days)."""
        require_role(user, "pemeriksa", "pimpinan")
        if not reason.strip():
            raise InvalidInput("alasan perpanjangan wajib diisi", field="reason")
        with self._write() as conn:
            row = self._load_case(conn, user, case_id)
            if row.state not in ("diregistrasi", "klarifikasi", "kajian"):
                raise CaseError("hanya batas waktu putusan (setelah registrasi) yang dapat diperpanjang")
            if self._extended(conn, case_id):
                raise CaseError("batas waktu kasus ini sudah pernah diperpanjang")
            self._event(conn, case_id, user.username, "clock_extended", None, None, reason, {})
            entered = self._entered_at(conn, case_id)
            due = self._due(conn, row, entered)
            conn.execute(
                update(ct.cases)
                .where(ct.cases.c.id == case_id)
                .values(due_at=due.at if due else None, updated_at=self.now())
            )

    def _entered_at(self, conn: Connection, cid: str) -> datetime:
        at = conn.execute(
            select(func.max(ct.case_events.c.at)).where(
                ct.case_events.c.case_id == cid, ct.case_events.c.to_state.is_not(None)
            )
        ).scalar_one_or_none()
        return _aware(at) or self.now()

    def add_note(self, user: User, case_id: str, text: str) -> None:
        if not text.strip():
            raise InvalidInput("catatan kosong", field="note")
        with self._write() as conn:
            self._load_case(conn, user, case_id)
            self._event(conn, case_id, user.username, "note", None, None, text.strip(), {})
            conn.execute(update(ct.cases).where(ct.cases.c.id == case_id).values(updated_at=self.now()))

    def draft_recommendation(self, user: User, case_id: str, text: str, number: str = "") -> int:
        """Draft the recommendation (to BKN/KASN or Gakkumdu by the decision and its date)."""
        require_role(user, "analis", "pemeriksa", "pimpinan")
        with self._write() as conn:
            row = self._load_case(conn, user, case_id)
            if row.state != "putusan" or row.outcome not in ("pelanggaran_netralitas", "dugaan_pidana"):
                raise CaseError("rekomendasi dibuat setelah putusan pelanggaran atau dugaan pidana")
            on = (_aware(row.event_date) or self.now()).date()
            recipient = self.wf.recipient_for(row.outcome, max(on, self.now().date()))
            num = number.strip() or f"{secrets.randbelow(900) + 100}/PM.00.02/K/{self.now():%m/%Y}"
            return self._event(
                conn,
                case_id,
                user.username,
                "recommendation_drafted",
                None,
                None,
                "draf rekomendasi",
                {"recipient": recipient, "text": text.strip(), "number": num},
            )

    def decide_recommendation(self, user: User, case_id: str, approve: bool, reason: str = "") -> None:
        """Approve or send back the latest draft. The approver must be another person (four eyes)."""
        require_role(user, "pimpinan")
        with self._write() as conn:
            self._load_case(conn, user, case_id)
            rec = self.approved_recommendation(conn, case_id)
            if rec is None or rec.get("approved_by") or rec.get("rejected_by"):
                raise CaseError("tidak ada draf rekomendasi yang menunggu persetujuan")
            if rec["drafted_by"] == user.username:
                raise CaseError(
                    "penyusun rekomendasi tidak boleh menyetujui rekomendasinya sendiri (empat mata)"
                )
            if not approve and not reason.strip():
                raise InvalidInput("alasan pengembalian wajib diisi", field="reason")
            kind = "recommendation_approved" if approve else "recommendation_rejected"
            self._event(
                conn,
                case_id,
                user.username,
                kind,
                None,
                None,
                reason or "disetujui",
                {"draft_event": rec["draft_event"]},
            )
            conn.execute(update(ct.cases).where(ct.cases.c.id == case_id).values(updated_at=self.now()))

    def dismiss_finding(self, user: User, finding_id: str, reason: str) -> None:
        """Triage: a finding that needs no case (e.g. wrong person), kept with who and why."""
        require_role(user, "analis", "pemeriksa", "pimpinan")
        if not reason.strip():
            raise InvalidInput("alasan wajib diisi", field="reason")
        with self._write() as conn:
            conn.execute(
                insert(ct.triage).values(
                    finding_id=finding_id,
                    decision="dismissed",
                    actor=user.username,
                    at=self.now(),
                    reason=reason.strip(),
                )
            )

    # ---- reading ---------------------------------------------------------------------------------

    def list_cases(self, user: User, f: CaseFilter) -> CasePage:
        conds: list[ColumnElement[bool]] = [self._visible(user)]
        c = ct.cases.c
        if f.state:
            conds.append(c.state == f.state)
        if f.instansi:
            conds.append(c.instansi == f.instansi)
        if f.wilayah:
            conds.append(or_(c.wilayah == f.wilayah, c.region_code == f.wilayah))
        if f.code:
            conds.append(c.primary_code == f.code)
        if f.overdue:
            conds.append(and_(c.due_at.is_not(None), c.due_at < self.now()))
        if f.q:
            for word in re.findall(r"\w+", f.q.lower())[:6]:
                conds.append(or_(c.search_text.contains(word, autoescape=True), c.id == f.q.strip().upper()))
        where = and_(*conds)
        per = max(1, min(f.per_page, 200))
        page = max(1, f.page)
        with self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(ct.cases).where(where)).scalar_one())
            rows = conn.execute(
                select(
                    c.id,
                    c.title,
                    c.state,
                    c.subject_name,
                    c.nip,
                    c.instansi,
                    c.wilayah,
                    c.primary_code,
                    c.violation_codes,
                    c.due_at,
                    c.updated_at,
                    c.event_date,
                    c.finding_count,
                    c.outcome,
                    c.election_type,
                )
                .where(where)
                .order_by(c.updated_at.desc(), c.id.desc())
                .limit(per)
                .offset((page - 1) * per)
            ).all()
        now = self.now()
        out = []
        for r in rows:
            d = dict(r._mapping)
            due = _aware(d["due_at"])
            d["due_at"] = due
            d["overdue"] = bool(due and due < now)
            d["state_label"] = self.wf.label(d["state"])
            out.append(d)
        return CasePage(out, total, page, per)

    def get_case(self, user: User, case_id: str, *, audit_view: bool = True) -> CaseView:
        """The whole case; the view of personal data is audited."""
        with self.engine.begin() as conn:
            row = self._load_case(conn, user, case_id)
            events = [
                {**dict(e._mapping), "at": _aware(e.at)}
                for e in conn.execute(
                    select(ct.case_events)
                    .where(ct.case_events.c.case_id == case_id)
                    .order_by(ct.case_events.c.id)
                )
            ]
            findings = [
                doc
                for (doc,) in conn.execute(
                    select(t.findings.c.doc)
                    .join(ct.case_findings, ct.case_findings.c.finding_id == t.findings.c.finding_id)
                    .where(ct.case_findings.c.case_id == case_id)
                    .order_by(t.findings.c.occurred_at)
                )
            ]
            reports = [
                dict(r._mapping)
                for r in conn.execute(select(ct.public_reports).where(ct.public_reports.c.case_id == case_id))
            ]
            if not user.may_see_reporter():
                for r in reports:
                    r["reporter_name"] = r["reporter_contact"] = None
            rec = self.approved_recommendation(conn, case_id)
            entered = self._entered_at(conn, case_id)
            due = self._due(conn, row, entered)
            if audit_view:
                audit(conn, user.username, "view_case", f"case:{case_id}", {"nip": row.nip})
        case = dict(row._mapping)
        for k in ("due_at", "updated_at", "opened_at", "discovered_at", "event_date"):
            case[k] = _aware(case[k])
        case["state_label"] = self.wf.label(row.state)
        moves = [
            {"to": m.to, "label": m.label or self.wf.label(m.to), "needs": m.needs}
            for m in self.wf.moves(row.state, user.role, row.outcome)
        ]
        return CaseView(case, events, findings, due, moves, rec, reports)

    def inbox(self, user: User, page: int = 1, per_page: int = 50) -> CasePage:
        """Findings waiting for triage: not in a case, not dismissed; strongest first."""
        if user.is_agency:
            raise PermissionDenied("kotak masuk temuan hanya untuk Bawaslu")
        f = t.findings.c
        waiting = and_(
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
            .where(t.findings.c.status == "alert")
            .order_by(t.findings.c.occurred_at.desc())
        )
        if user.is_agency:
            q = q.where(t.findings.c.instansi == user.instansi)
        with self.engine.connect() as conn:
            return [doc for (doc,) in conn.execute(q.limit(limit))]

    def dashboard(self, user: User) -> dict[str, Any]:
        """Counts by state, region, agency, violation code and week (what the charts draw)."""
        scope = f"instansi:{user.instansi}" if user.is_agency else "*"
        hit = self._dash.get(scope)
        if hit is not None and hit[0] > time.monotonic():
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
        self._dash[scope] = (time.monotonic() + self.DASHBOARD_TTL, out)
        return out

    # ---- public reports --------------------------------------------------------------------------

    def file_public_report(
        self,
        *,
        what: str,
        where: str,
        when: str,
        links: list[str],
        evidence_sha256: list[str],
        ocr_text: str,
        reporter_name: str | None,
        reporter_contact: str | None,
    ) -> str:
        """Store a citizen's report, open an ``informasi_awal`` case, return the tracking code."""
        if len(what.strip()) < 10:
            raise InvalidInput("uraian kejadian terlalu singkat (minimal 10 karakter)", field="what")
        code = "LP-" + "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        now = self.now()
        system = User(0, "laporan-publik", "Laporan publik", "analis", None)
        with self._write() as conn:
            cid = self.open_manual(
                system,
                title=f"Laporan masyarakat: {what.strip()[:120]}",
                origin="laporan_masyarakat",
                discovered_at=now,
                wilayah=where.strip() or None,
                summary=f"{what}\n{ocr_text}"[:2000],
                conn=conn,
            )
            conn.execute(
                insert(ct.public_reports).values(
                    tracking_code=code,
                    created_at=now,
                    what=what.strip(),
                    where_text=where.strip(),
                    when_text=when.strip(),
                    links=links,
                    evidence_sha256=evidence_sha256,
                    ocr_text=ocr_text,
                    reporter_name=(reporter_name or "").strip() or None,
                    reporter_contact=(reporter_contact or "").strip() or None,
                    status="diterima",
                    case_id=cid,
                )
            )
        return code

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
                .where(ct.public_reports.c.tracking_code == code.strip().upper())
            ).first()
        if row is None:
            return None
        state = row.state or "informasi_awal"
        return {
            "tracking_code": row.tracking_code,
            "received_at": _aware(row.created_at),
            "state": state,
            "state_label": self.wf.label(state),
            "updated_at": _aware(row.updated_at),
            "outcome": self.wf.outcomes[row.outcome].label if row.outcome in self.wf.outcomes else None,
            "finished": state == "selesai",
        }

    def instansi_list(self, user: User) -> list[str]:
        with self.engine.connect() as conn:
            q = select(ct.cases.c.instansi).where(self._visible(user), ct.cases.c.instansi.is_not(None))
            return sorted({r for (r,) in conn.execute(q.distinct())})
