"""The procedure of rules.md §5 on stored cases: moves, legal clocks, extensions, notes, triage, and
what a letter needs before putusan, drafting and approval."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from jaganetral.cases.access import User, require_role
from jaganetral.cases.intake import Intake
from jaganetral.cases.provisions import is_criminal, known
from jaganetral.cases.workflow import CaseError, CaseNotFound, Due, PermissionDenied, due_for
from jaganetral.errors import InvalidInput
from jaganetral.model.case import Case
from jaganetral.model.clock import from_storage
from jaganetral.model.labels import labels
from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t

#: Outcomes that end in a letter (to BKN/KASN or to Gakkumdu).
LETTER_OUTCOMES = ("pelanggaran_netralitas", "dugaan_pidana")
#: States in which the decision clock may be extended.
EXTENDABLE = ("diregistrasi", "klarifikasi", "kajian")
MIN_DECISION_REASON = 10


def letter_gaps(case: Case, outcome: str | None) -> list[str]:
    """What is missing before a putusan that ends in a letter (Indonesian, one line each)."""
    gaps: list[str] = []
    if case.subject_kind == "institution":
        if not case.instansi:
            gaps.append("instansi terlapor belum diisi")
        if not (case.official_name or "").strip():
            gaps.append("pejabat penanggung jawab akun instansi belum diisi")
    elif not (case.subject_name and case.nip):
        gaps.append("terlapor belum lengkap: isi nama dan NIP ASN (atau instansi dengan pejabatnya)")
    codes = [c for c in case.violation_codes if known(c)]
    if not codes:
        gaps.append("belum ada ketentuan yang dilanggar: pilih minimal satu pasal")
    if outcome == "dugaan_pidana":
        if not any(is_criminal(c) for c in codes):
            gaps.append(
                "surat ke Gakkumdu hanya untuk ketentuan pidana (UU 10/2016 Pasal 71 jo. Pasal 188 atau "
                "pasal pidana UU 7/2017); ketentuan kasus ini bersifat disiplin/etik"
            )
        if not (case.natural_person or "").strip():
            gaps.append("dugaan pidana harus menyebut orang perseorangan sebagai terlapor")
    return gaps


class Procedure(Intake):
    """Moves along the workflow with their clocks and preconditions."""

    def _registered_at(self, conn: Connection, cid: str) -> datetime | None:
        at = conn.execute(
            select(func.min(ct.case_events.c.at)).where(
                ct.case_events.c.case_id == cid, ct.case_events.c.to_state == "diregistrasi"
            )
        ).scalar_one_or_none()
        return from_storage(at)

    def _first_entered(self, conn: Connection, cid: str, state: str) -> datetime | None:
        at = conn.execute(
            select(func.min(ct.case_events.c.at)).where(
                ct.case_events.c.case_id == cid, ct.case_events.c.to_state == state
            )
        ).scalar_one_or_none()
        return from_storage(at)

    def _extended(self, conn: Connection, cid: str) -> bool:
        q = select(ct.case_events.c.id).where(
            ct.case_events.c.case_id == cid, ct.case_events.c.kind == "clock_extended"
        )
        return conn.execute(q).first() is not None

    def _entered_at(self, conn: Connection, cid: str) -> datetime:
        at = conn.execute(
            select(func.max(ct.case_events.c.at)).where(
                ct.case_events.c.case_id == cid, ct.case_events.c.to_state.is_not(None)
            )
        ).scalar_one_or_none()
        return from_storage(at) or self.now()

    def _due(self, conn: Connection, row: Any, entered: datetime) -> Due | None:
        return due_for(
            self.wf,
            row.state,
            row.election_type,
            discovered_at=from_storage(row.discovered_at) or entered,
            entered_at=entered,
            registered_at=self._registered_at(conn, row.id),
            outcome=row.outcome,
            extended=self._extended(conn, row.id),
            first_entered_at=self._first_entered(conn, row.id, row.state) or entered,
        )

    def _done_moves(self, conn: Connection, cid: str) -> set[tuple[str, str]]:
        rows = conn.execute(
            select(ct.case_events.c.from_state, ct.case_events.c.to_state).where(
                ct.case_events.c.case_id == cid, ct.case_events.c.kind == "transition"
            )
        )
        return {(a, b) for a, b in rows if a and b}

    def allowed_moves(
        self, conn: Connection, user: User, row: Any, rec: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        """The moves this user may make now, and only those: a button is offered only if it works."""
        done = self._done_moves(conn, row.id)
        case = self._case(row)
        out = []
        for m in self.wf.moves(row.state, user.role, row.outcome):
            if m.once and (m.source, m.to) in done:
                continue
            if m.needs == "approved_recommendation" and not (rec and rec.get("approved_by")):
                continue
            named = f"{m.source}>{m.to}"
            move: dict[str, Any] = {
                "to": m.to, "label": self.wf.move_label(m), "needs": m.needs,
                # a move with a name of its own (labels.yaml ``move``), for pages in any language
                "name": named if named in labels()["move"] else None,
            }  # fmt: skip
            if m.needs == "outcome":
                outs = []
                for key in self.wf.outcomes:
                    gaps = letter_gaps(case, key) if key in LETTER_OUTCOMES else []
                    outs.append({"key": key, "label": self.wf.outcome_label(key), "gaps": gaps})
                move["outcomes"] = outs
            out.append(move)
        return out

    def may_extend(self, conn: Connection, user: User, row: Any) -> bool:
        return (
            user.role in ("pemeriksa", "pimpinan", "admin")
            and row.state in EXTENDABLE
            and not self._extended(conn, row.id)
        )

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
            raise InvalidInput("alasan wajib diisi untuk setiap perpindahan tahap", field="reason")
        with self._write() as conn:
            row = self._load_case(conn, user, case_id)
            tr = self.wf.transition(row.state, to)
            if user.role not in tr.roles:
                raise PermissionDenied(
                    f"peran {user.role} tidak dapat memindahkan kasus ke {self.wf.label(to)}"
                )
            if tr.outcomes and row.outcome not in tr.outcomes:
                labels = ", ".join(self.wf.outcome_label(o) for o in tr.outcomes if o in self.wf.outcomes)
                raise CaseError(f"perpindahan ke {self.wf.label(to)} hanya untuk putusan {labels}")
            if tr.once and (tr.source, tr.to) in self._done_moves(conn, case_id):
                raise CaseError(
                    f"kasus ini sudah pernah dipindahkan ke {self.wf.label(to)}; langkah ini hanya sekali"
                )
            values: dict[str, Any] = {"state": to, "updated_at": self.now()}
            data: dict[str, Any] = {}
            if tr.needs == "outcome":
                if outcome not in self.wf.outcomes:
                    names = ", ".join(self.wf.outcome_label(o) for o in self.wf.outcomes)
                    raise InvalidInput(f"putusan wajib dipilih: {names}", field="outcome")
                if len(reason.strip()) < MIN_DECISION_REASON:
                    raise InvalidInput(
                        f"alasan putusan wajib diuraikan (minimal {MIN_DECISION_REASON} karakter)",
                        field="reason",
                    )
                if outcome in LETTER_OUTCOMES:
                    gaps = letter_gaps(self._case(row), outcome)
                    if gaps:
                        raise CaseError("putusan belum dapat diambil: " + "; ".join(gaps))
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
                    names = ", ".join(self.wf.ppk_label(o) for o in self.wf.ppk_results)
                    raise InvalidInput(f"hasil tindak lanjut PPK wajib dipilih: {names}", field="ppk_result")
                data["ppk_result"] = ppk_result
                values["ppk_result"] = ppk_result
            self._event(conn, case_id, user.username, "transition", row.state, to, reason.strip(), data)
            if row.assignee and row.assignee != user.username:
                self._notify(
                    conn, row.assignee, "state_changed", case_id,
                    f"Kasus {case_id}: {self.wf.label(row.state)} → {self.wf.label(to)} ({user.full_name})",
                )  # fmt: skip
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
            if row.state not in EXTENDABLE:
                raise CaseError("hanya batas waktu putusan (setelah registrasi) yang dapat diperpanjang")
            if self._extended(conn, case_id):
                raise CaseError("batas waktu kasus ini sudah pernah diperpanjang (hanya sekali)")
            self._event(conn, case_id, user.username, "clock_extended", None, None, reason.strip(), {})
            due = self._due(conn, row, self._entered_at(conn, case_id))
            conn.execute(
                update(ct.cases)
                .where(ct.cases.c.id == case_id)
                .values(due_at=due.at if due else None, updated_at=self.now())
            )

    def add_note(self, user: User, case_id: str, text: str) -> None:
        require_role(user, "analis", "pemeriksa", "pimpinan")
        if not text.strip():
            raise InvalidInput("catatan kosong", field="note")
        with self._write() as conn:
            self._load_case(conn, user, case_id)
            self._event(conn, case_id, user.username, "note", None, None, text.strip(), {})
            conn.execute(update(ct.cases).where(ct.cases.c.id == case_id).values(updated_at=self.now()))

    def dismiss_finding(self, user: User, finding_id: str, reason: str) -> None:
        """Triage: a finding that needs no case (e.g. wrong person), kept with who and why."""
        require_role(user, "analis", "pemeriksa", "pimpinan")
        if not reason.strip():
            raise InvalidInput("alasan wajib diisi", field="reason")
        with self._write() as conn:
            found = conn.execute(
                select(t.findings.c.finding_id).where(t.findings.c.finding_id == finding_id)
            ).first()
            if found is None:
                raise CaseNotFound(f"temuan {finding_id} tidak ditemukan")
            if conn.execute(
                select(ct.triage.c.finding_id).where(ct.triage.c.finding_id == finding_id)
            ).first():
                raise CaseError("temuan ini sudah dikesampingkan sebelumnya")
            if conn.execute(
                select(ct.case_findings.c.case_id).where(ct.case_findings.c.finding_id == finding_id)
            ).first():
                raise CaseError("temuan ini sudah masuk kasus; tidak dapat dikesampingkan")
            conn.execute(
                insert(ct.triage).values(
                    finding_id=finding_id,
                    decision="dismissed",
                    actor=user.username,
                    at=self.now(),
                    reason=reason.strip(),
                )  # fmt: skip
            )
