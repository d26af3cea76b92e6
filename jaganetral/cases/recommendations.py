"""Recommendations: drafted after a putusan, approved by another pimpinan (four eyes), numbered once at
approval with the unit's sequential agenda number for the year — unique under concurrency because
the counter row is incremented under the database's own row lock."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, update
from sqlalchemy.dialects import postgresql, sqlite

from jaganetral.cases.access import User, require_role
from jaganetral.cases.procedure import LETTER_OUTCOMES, Procedure, letter_gaps
from jaganetral.cases.units import Unit
from jaganetral.cases.workflow import CaseError
from jaganetral.errors import InvalidInput
from jaganetral.model.clock import local
from jaganetral.store import case_tables as ct


def agenda_number(unit: Unit, seq: int, month: int, year: int) -> str:
    """ "007/PM.00.02/K.SS/11/2024": sequence, agenda (classification) code, unit code, month, year."""
    return f"{seq:03d}/{unit.agenda_code}/{unit.code}/{month:02d}/{year}"


def next_seq(conn: Connection, unit_code: str, year: int) -> int:
    """The next agenda sequence of the unit for the year (1, 2, 3 …), atomically."""
    c = ct.letter_counters
    ins = postgresql.insert(c) if conn.dialect.name == "postgresql" else sqlite.insert(c)
    stmt = (
        ins.values(unit_code=unit_code, year=year, last=1)
        .on_conflict_do_update(index_elements=[c.c.unit_code, c.c.year], set_={"last": c.c.last + 1})
        .returning(c.c.last)
    )
    return int(conn.execute(stmt).scalar_one())


class Recommendations(Procedure):
    """Drafting, four-eyes approval and numbering of the letter."""

    def _decision_reason(self, conn: Connection, cid: str) -> str:
        from sqlalchemy import select

        e = ct.case_events.c
        r = conn.execute(
            select(e.reason)
            .where(e.case_id == cid, e.kind == "transition", e.to_state == "putusan")
            .order_by(e.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        return str(r or "")

    def _letter_preconditions(self, conn: Connection, row: Any) -> None:
        if row.state != "putusan" or row.outcome not in LETTER_OUTCOMES:
            raise CaseError("rekomendasi dibuat setelah putusan pelanggaran netralitas atau dugaan pidana")
        gaps = letter_gaps(self._case(row), row.outcome)
        if not self._decision_reason(conn, row.id).strip():
            gaps.append("alasan putusan belum tercatat")
        if gaps:
            raise CaseError("surat belum dapat dibuat: " + "; ".join(gaps))

    def draft_recommendation(self, user: User, case_id: str, text: str, number: str = "") -> int:
        """Draft the recommendation (to BKN/KASN or Gakkumdu by the decision and its date).

        ``text`` is the commissioners' recommendation (section "Rekomendasi" of the letter). The
        number is given at approval (``number`` is ignored: numbers are never typed by hand)."""
        require_role(user, "analis", "pemeriksa", "pimpinan")
        if len(text.strip()) < 10:
            raise InvalidInput("isi rekomendasi wajib diuraikan (minimal 10 karakter)", field="text")
        with self._write() as conn:
            row = self._load_case(conn, user, case_id)
            self._letter_preconditions(conn, row)
            rec = self.approved_recommendation(conn, case_id)
            if rec is not None and not rec.get("rejected_by"):
                raise CaseError("sudah ada draf rekomendasi; tunggu keputusan atasnya")
            on = local(self.now(), self.unit(conn).zone)[0].date()
            recipient = self.wf.recipient_for(row.outcome, on)
            return self._event(
                conn, case_id, user.username, "recommendation_drafted", None, None, "draf rekomendasi",
                {"recipient": recipient, "text": text.strip()},
            )  # fmt: skip

    def decide_recommendation(self, user: User, case_id: str, approve: bool, reason: str = "") -> None:
        """Approve (and number) or send back the latest draft. The approver must be another person."""
        require_role(user, "pimpinan")
        with self._write() as conn:
            row = self._load_case(conn, user, case_id)
            rec = self.approved_recommendation(conn, case_id)
            if rec is None or rec.get("approved_by") or rec.get("rejected_by"):
                raise CaseError("tidak ada draf rekomendasi yang menunggu persetujuan")
            if rec["drafted_by"] == user.username:
                raise CaseError(
                    "penyusun rekomendasi tidak boleh menyetujui rekomendasinya sendiri (empat mata)"
                )
            if not approve and not reason.strip():
                raise InvalidInput("alasan pengembalian wajib diisi", field="reason")
            data: dict[str, Any] = {"draft_event": rec["draft_event"]}
            if approve:
                self._letter_preconditions(conn, row)
                unit = self.unit(conn)
                missing = unit.missing_for_letters()
                if missing:
                    raise CaseError("pengaturan unit belum lengkap (admin): " + ", ".join(missing))
                now = self.now()
                day = local(now, unit.zone)[0].date()
                seq = next_seq(conn, unit.code, day.year)
                number = agenda_number(unit, seq, day.month, day.year)
                conn.execute(
                    insert(ct.letters).values(
                        case_id=case_id,
                        unit_code=unit.code,
                        year=day.year,
                        seq=seq,
                        number=number,
                        recipient=rec["recipient"],
                        issued_at=now,
                        issued_by=user.username,
                        draft_event=rec["draft_event"],
                    )  # fmt: skip
                )
                data.update(number=number, letter_date=day.isoformat(), place=unit.city, zone=unit.zone.abbr)
                data["unit"] = unit.snapshot()  # the letter as signed: later settings never change it
            kind = "recommendation_approved" if approve else "recommendation_rejected"
            self._event(conn, case_id, user.username, kind, None, None, reason.strip() or "disetujui", data)
            conn.execute(update(ct.cases).where(ct.cases.c.id == case_id).values(updated_at=self.now()))
