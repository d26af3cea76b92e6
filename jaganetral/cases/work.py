"""Working the case: assignment and personal queues, notifications (in-app, optional e-mail), linking
and merging cases (reversible), procedure documents in the vault, triage in bulk with undo, the audit
log read back, and the change feed other agencies' systems follow.

Every change is an event of its case (who, when, why) or an audit entry, and both are in the signed
custody chain (:mod:`jaganetral.store.integrity`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, insert, or_, select, update

from jaganetral.cases.access import User, audit, require
from jaganetral.cases.queries import CasePage, Queries, _page
from jaganetral.cases.workflow import CaseError, CaseNotFound
from jaganetral.errors import InvalidInput
from jaganetral.evidence.images import check_image
from jaganetral.model.clock import from_storage
from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t
from jaganetral.store.chain import NewEvent, append

#: The kinds of procedure documents a case keeps (label shown in Indonesian).
DOCUMENT_KINDS = {
    "undangan_klarifikasi": "Undangan klarifikasi",
    "berita_acara": "Berita acara klarifikasi",
    "sk_ppk": "SK PPK (penjatuhan sanksi)",
    "surat_lain": "Surat lain",
}
DOCUMENT_TYPES = {
    b"%PDF": "application/pdf",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
}
MAX_DOCUMENT = 10 * 1024 * 1024
#: Notification kinds.
NOTICE_KINDS = ("assigned", "state_changed", "deadline", "note")

Mailer = Callable[[str, str, str], None]  # (to, subject, body)


@dataclass(frozen=True, slots=True)
class InboxFilter:
    status: str | None = None
    platform: str | None = None
    min_confidence: float | None = None
    wilayah: str | None = None
    instansi: str | None = None
    code: str | None = None

    def active(self) -> bool:
        return any(
            v not in (None, "")
            for v in (self.status, self.platform, self.min_confidence, self.wilayah, self.instansi, self.code)
        )


class Work(Queries):
    """Assignment, notifications, links and merges, documents, bulk triage, audit, changes."""

    mailer: Mailer | None = None

    # ---- notifications -----------------------------------------------------------------------------

    def _notify(
        self, conn: Connection, username: str | None, kind: str, case_id: str | None, text: str
    ) -> None:
        if not username:
            return
        conn.execute(
            insert(ct.notifications).values(
                username=username, at=self.now(), kind=kind, case_id=case_id, text=text
            )
        )
        if self.mailer is not None:
            email = conn.execute(select(ct.users.c.email).where(ct.users.c.username == username)).scalar()
            if email:
                try:
                    self.mailer(str(email), f"[jaganetral] {text[:80]}", f"{text}\n\nKasus: {case_id or '-'}")
                    conn.execute(
                        update(ct.notifications)
                        .where(
                            ct.notifications.c.username == username, ct.notifications.c.emailed_at.is_(None)
                        )
                        .values(emailed_at=self.now())
                    )
                except Exception:  # noqa: BLE001 - mail is a courtesy; the in-app notice stays
                    pass

    def notifications(
        self, user: User, *, unread_only: bool = False, limit: int = 50
    ) -> list[dict[str, Any]]:
        self._deadline_notices(user)
        n = ct.notifications.c
        q = select(ct.notifications).where(n.username == user.username)
        if unread_only:
            q = q.where(n.read_at.is_(None))
        with self.engine.connect() as conn:
            return [
                {**dict(r._mapping), "at": from_storage(r.at)}
                for r in conn.execute(q.order_by(n.id.desc()).limit(limit))
            ]

    def unread_count(self, user: User) -> int:
        n = ct.notifications.c
        with self.engine.connect() as conn:
            q = (
                select(func.count())
                .select_from(ct.notifications)
                .where(n.username == user.username, n.read_at.is_(None))
            )
            return int(conn.execute(q).scalar_one())

    def mark_read(self, user: User, ids: Sequence[int] | None = None) -> int:
        n = ct.notifications.c
        with self._write() as conn:
            q = update(ct.notifications).where(n.username == user.username, n.read_at.is_(None))
            if ids is not None:
                q = q.where(n.id.in_(list(ids)))
            return int(conn.execute(q.values(read_at=self.now())).rowcount or 0)

    def _deadline_notices(self, user: User) -> None:
        """A notice for each of the user's cases due within 24 hours (once per deadline)."""
        now = self.now()
        c = ct.cases.c
        with self.engine.connect() as conn:
            due = conn.execute(
                select(c.id, c.due_at).where(
                    c.assignee == user.username, c.due_at.is_not(None), c.due_at < now + timedelta(hours=24),
                    c.state != "selesai", c.merged_into.is_(None),
                )
            ).all()  # fmt: skip
            if not due:
                return
            have = {
                (r.case_id, r.text)
                for r in conn.execute(
                    select(ct.notifications.c.case_id, ct.notifications.c.text).where(
                        ct.notifications.c.username == user.username, ct.notifications.c.kind == "deadline"
                    )
                )
            }
        todo = []
        for cid, at in due:
            at = from_storage(at)
            assert at is not None
            word = "melewati" if at < now else "mendekati"
            text = f"Kasus {cid} {word} batas waktu ({at.isoformat(timespec='minutes')})"
            if (cid, text) not in have:
                todo.append((cid, text))
        if todo:
            with self._write() as conn:
                for cid, text in todo:
                    self._notify(conn, user.username, "deadline", cid, text)

    # ---- assignment --------------------------------------------------------------------------------

    def assign(
        self, user: User, case_id: str, assignee: str | None, team: str | None, reason: str = ""
    ) -> None:
        """Give the case to a person (a user of a Bawaslu role) and/or a team; the assignee is told."""
        require(user, "assign")
        assignee = (assignee or "").strip() or None
        team = (team or "").strip()[:80] or None
        with self._write() as conn:
            row = self._load_case(conn, user, case_id)
            if assignee is not None:
                target = conn.execute(
                    select(ct.users.c.role, ct.users.c.active).where(ct.users.c.username == assignee)
                ).first()
                if target is None or not target.active or target.role == "instansi":
                    raise InvalidInput(f"{assignee} bukan petugas Bawaslu yang aktif", field="assignee")
            conn.execute(
                update(ct.cases)
                .where(ct.cases.c.id == case_id)
                .values(assignee=assignee, team=team, updated_at=self.now())
            )
            data = {"assignee": assignee, "team": team, "previous": row.assignee, "previous_team": row.team}
            self._event(
                conn, case_id, user.username, "assigned", None, None, reason.strip() or "penugasan", data
            )
            if assignee and assignee != user.username:
                self._notify(
                    conn,
                    assignee,
                    "assigned",
                    case_id,
                    f"{user.full_name} menugaskan kasus {case_id} kepada Anda",
                )

    def assignable(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            q = select(ct.users.c.username, ct.users.c.full_name, ct.users.c.role).where(
                ct.users.c.active.is_(True), ct.users.c.role != "instansi"
            )
            return [dict(r._mapping) for r in conn.execute(q.order_by(ct.users.c.username))]

    def teams(self) -> list[str]:
        with self.engine.connect() as conn:
            return sorted(
                r
                for (r,) in conn.execute(
                    select(ct.cases.c.team).where(ct.cases.c.team.is_not(None)).distinct()
                )
            )

    # ---- links and merges --------------------------------------------------------------------------

    def unlink_cases(self, user: User, case_id: str, other_id: str, reason: str) -> None:
        require(user, "link_cases")
        with self._write() as conn:
            self._load_case(conn, user, case_id)
            self._load_case(conn, user, other_id)
            text = reason.strip() or "tautan dicabut"
            self._event(
                conn, case_id, user.username, "case_unlinked", None, None, text, {"case_id": other_id}
            )
            self._event(
                conn, other_id, user.username, "case_unlinked", None, None, text, {"case_id": case_id}
            )

    def links(self, conn: Connection, case_id: str) -> list[str]:
        """The cases linked to this one now (linked and not unlinked since)."""
        e = ct.case_events.c
        out: dict[str, bool] = {}
        for kind, data in conn.execute(
            select(e.kind, e.data)
            .where(e.case_id == case_id, e.kind.in_(("case_linked", "case_unlinked")))
            .order_by(e.id)
        ):
            out[str(data.get("case_id"))] = kind == "case_linked"
        return [k for k, v in out.items() if v]

    def merge_cases(self, user: User, source: str, target: str, reason: str) -> None:
        """Merge ``source`` into ``target``: the source leaves the lists and points at the target;
        nothing is moved or deleted, so :meth:`unmerge_case` restores it exactly."""
        require(user, "merge_cases")
        if source == target:
            raise InvalidInput("kasus tidak dapat digabung dengan dirinya sendiri", field="target")
        if not reason.strip():
            raise InvalidInput("alasan penggabungan wajib diisi", field="reason")
        with self._write() as conn:
            src = self._load_case(conn, user, source)
            dst = self._load_case(conn, user, target)
            if src.merged_into or dst.merged_into:
                raise CaseError("kasus yang sudah digabung tidak dapat digabung lagi; batalkan dulu")
            self.refuse_if_signed(conn, target)  # its letter states its findings
            self.refuse_if_signed(conn, source)
            conn.execute(
                update(ct.cases)
                .where(ct.cases.c.id == source)
                .values(merged_into=target, updated_at=self.now())
            )
            conn.execute(update(ct.cases).where(ct.cases.c.id == target).values(updated_at=self.now()))
            self._event(
                conn, source, user.username, "merged_into", None, None, reason.strip(), {"case_id": target}
            )
            self._event(
                conn, target, user.username, "merged_from", None, None, reason.strip(), {"case_id": source}
            )
            audit(conn, user.username, "case_merged", f"case:{source}", {"into": target})

    def unmerge_case(self, user: User, source: str, reason: str) -> None:
        require(user, "merge_cases")
        if not reason.strip():
            raise InvalidInput("alasan pembatalan wajib diisi", field="reason")
        with self._write() as conn:
            src = self._load_case(conn, user, source)
            if not src.merged_into:
                raise CaseError("kasus ini tidak sedang digabung")
            target = src.merged_into
            conn.execute(
                update(ct.cases)
                .where(ct.cases.c.id == source)
                .values(merged_into=None, updated_at=self.now())
            )
            self._event(
                conn, source, user.username, "unmerged", None, None, reason.strip(), {"case_id": target}
            )
            if conn.execute(select(ct.cases.c.id).where(ct.cases.c.id == target)).first():
                conn.execute(update(ct.cases).where(ct.cases.c.id == target).values(updated_at=self.now()))
                self._event(
                    conn,
                    target,
                    user.username,
                    "unmerged_from",
                    None,
                    None,
                    reason.strip(),
                    {"case_id": source},
                )
            audit(conn, user.username, "case_unmerged", f"case:{source}", {"from": target})

    def merged_from(self, conn: Connection, case_id: str) -> list[str]:
        return [
            r
            for (r,) in conn.execute(
                select(ct.cases.c.id).where(ct.cases.c.merged_into == case_id).order_by(ct.cases.c.id)
            )
        ]

    # ---- procedure documents -----------------------------------------------------------------------

    def attach_document(
        self, user: User, case_id: str, kind: str, file_name: str, data: bytes, note: str = ""
    ) -> str:
        """Keep a procedure document (undangan, berita acara, SK PPK…) in the vault, on the case."""
        require(user, "attach_document")
        if kind not in DOCUMENT_KINDS:
            raise InvalidInput("jenis dokumen: " + ", ".join(DOCUMENT_KINDS.values()), field="kind")
        if not data:
            raise InvalidInput("berkas kosong", field="file")
        if len(data) > MAX_DOCUMENT:
            raise InvalidInput("berkas lebih dari 10 MB", field="file")
        media = next((mt for magic, mt in DOCUMENT_TYPES.items() if data.startswith(magic)), None)
        if media is None:
            raise InvalidInput("hanya PDF, PNG atau JPEG", field="file")
        if media != "application/pdf":  # an image: its pixel count from the header, before anyone opens it
            check_image(file_name[:120] or "dokumen", data, field="file")
        if self.blobs is None:
            raise InvalidInput("penyimpanan bukti tidak dikonfigurasi", field="file")
        from jaganetral.store.repository import Batch

        name = "".join(ch for ch in file_name if ch.isprintable())[:120] or "dokumen"
        with self._write() as conn:
            self._load_case(conn, user, case_id)
            b = Batch(conn=conn, blobs=self.blobs)
            try:
                sha = b.put_bytes(
                    data, kind="document", media_type=media, source=name,
                    meta={"doc_kind": kind, "case_id": case_id, "note": note.strip()[:500]},
                )  # fmt: skip
                from jaganetral.evidence.vault import register_pending

                register_pending(b, actor=user.username, case_id=case_id)
                append(conn, [NewEvent("attached_to_case", user.username, item_sha256=sha, case_id=case_id,
                                       detail={"doc_kind": kind, "file_name": name})])  # fmt: skip
                self._event(
                    conn, case_id, user.username, "document_attached", None, None,
                    f"{DOCUMENT_KINDS[kind]}: {name}", {"sha256": sha, "doc_kind": kind, "file_name": name},
                )  # fmt: skip
                conn.execute(update(ct.cases).where(ct.cases.c.id == case_id).values(updated_at=self.now()))
            except BaseException:
                for s in b.new_blobs:
                    self.blobs.remove(s)
                raise
        return sha

    def documents(self, conn: Connection, case_id: str) -> list[dict[str, Any]]:
        e = ct.case_events.c
        rows = conn.execute(
            select(e.at, e.actor, e.data)
            .where(e.case_id == case_id, e.kind == "document_attached")
            .order_by(e.id)
        )
        return [
            {
                **dict(d),
                "at": from_storage(at),
                "actor": a,
                "kind_label": DOCUMENT_KINDS.get(d.get("doc_kind"), ""),
            }
            for at, a, d in rows
        ]

    # ---- triage in bulk ----------------------------------------------------------------------------

    def _waiting(self) -> Any:
        f = t.findings.c
        return and_(
            f.superseded_by.is_(None),
            ~select(ct.case_findings.c.finding_id)
            .where(ct.case_findings.c.finding_id == f.finding_id)
            .exists(),
            ~select(ct.triage.c.finding_id).where(ct.triage.c.finding_id == f.finding_id).exists(),
        )

    def inbox_filtered(self, user: User, flt: InboxFilter, page: int = 1, per_page: int = 50) -> CasePage:
        """The triage inbox with filters (platform, status, confidence, region, agency, code)."""
        require(user, "view_inbox")
        if not flt.active():
            return self.inbox(user, page, per_page)
        ids = self.matching_findings(user, flt)
        page = _page(page)
        chunk = ids[(page - 1) * per_page : page * per_page]
        f = t.findings.c
        with self.engine.connect() as conn:
            found = {
                r.finding_id: r
                for r in conn.execute(
                    select(
                        f.finding_id, f.status, f.action, f.instansi, f.nip, f.codes, f.occurred_at, f.doc
                    ).where(f.finding_id.in_(chunk))
                )
            }
        return CasePage([dict(found[i]._mapping) for i in chunk if i in found], len(ids), page, per_page)

    def matching_findings(self, user: User, flt: InboxFilter, limit: int = 20_000) -> list[str]:
        """Ids of the waiting findings that match, strongest and newest first (select-all uses these)."""
        require(user, "view_inbox")
        f = t.findings.c
        q = select(f.finding_id, f.doc, f.codes).where(self._waiting())
        if flt.status:
            q = q.where(f.status == flt.status)
        if flt.platform:
            q = q.where(f.activity_key.like(flt.platform.strip().lower() + ":%"))
        if flt.instansi:
            q = q.where(f.instansi.contains(flt.instansi.strip(), autoescape=True))
        q = q.order_by(f.status.desc(), f.occurred_at.desc(), f.finding_id).limit(limit)
        out = []
        with self.engine.connect() as conn:
            for fid, doc, codes in conn.execute(q):
                if flt.code and flt.code.strip().upper() not in [str(c).upper() for c in codes or []]:
                    continue
                if flt.min_confidence is not None and float(doc.get("confidence") or 0) < flt.min_confidence:
                    continue
                if flt.wilayah:
                    w = str((doc.get("actor") or {}).get("wilayah") or "").lower()
                    if flt.wilayah.strip().lower() not in w:
                        continue
                out.append(str(fid))
        return out

    def dismiss_findings(self, user: User, finding_ids: Iterable[str], reason: str) -> list[str]:
        """Set aside many findings with one reason; returns those dismissed (the undo list)."""
        require(user, "triage")
        if not reason.strip():
            raise InvalidInput("alasan wajib diisi", field="reason")
        ids = list(dict.fromkeys(i for i in finding_ids if i))
        if not ids:
            raise InvalidInput("pilih minimal satu temuan", field="finding_id")
        with self._write() as conn:
            f = t.findings.c
            known = {r for (r,) in conn.execute(select(f.finding_id).where(f.finding_id.in_(ids)))}
            taken = {
                r
                for (r,) in conn.execute(
                    select(ct.triage.c.finding_id).where(ct.triage.c.finding_id.in_(ids))
                )
            }
            taken |= {
                r
                for (r,) in conn.execute(
                    select(ct.case_findings.c.finding_id).where(ct.case_findings.c.finding_id.in_(ids))
                )
            }
            todo = [i for i in ids if i in known and i not in taken]
            if not todo:
                raise CaseError("temuan terpilih sudah dikesampingkan atau sudah masuk kasus")
            now = self.now()
            conn.execute(
                insert(ct.triage),
                [
                    {
                        "finding_id": i,
                        "decision": "dismissed",
                        "actor": user.username,
                        "at": now,
                        "reason": reason.strip(),
                    }
                    for i in todo
                ],
            )
            batch = hashlib.sha256(("|".join(todo) + now.isoformat()).encode()).hexdigest()[:12]
            audit(
                conn,
                user.username,
                "findings_dismissed",
                "findings",
                {"ids": todo, "reason": reason.strip(), "batch": batch},
            )
        return todo

    def undismiss(self, user: User, finding_ids: Iterable[str], reason: str = "") -> list[str]:
        """Undo: the findings go back to the inbox (the dismissal and its undoing stay in the audit log)."""
        require(user, "triage")
        ids = list(dict.fromkeys(i for i in finding_ids if i))
        with self._write() as conn:
            rows = conn.execute(select(ct.triage).where(ct.triage.c.finding_id.in_(ids))).all()
            if not rows:
                raise CaseError("tidak ada temuan yang dikesampingkan di antara pilihan ini")
            back = [r.finding_id for r in rows]
            conn.execute(ct.triage.delete().where(ct.triage.c.finding_id.in_(back)))
            audit(
                conn, user.username, "findings_restored", "findings",
                {
                    "ids": back, "reason": reason.strip() or "dibatalkan",
                    "dismissed": {r.finding_id: [r.actor, r.reason] for r in rows},
                },
            )  # fmt: skip
        return back

    def dismissed(self, user: User, page: int = 1, per_page: int = 50) -> CasePage:
        require(user, "view_inbox")
        page = _page(page)
        f = t.findings.c
        tr = ct.triage.c
        with self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(ct.triage)).scalar_one())
            rows = conn.execute(
                select(
                    tr.finding_id,
                    tr.actor,
                    tr.at,
                    tr.reason,
                    f.status,
                    f.action,
                    f.codes,
                    f.doc,
                    f.occurred_at,
                )
                .join(t.findings, f.finding_id == tr.finding_id)
                .order_by(tr.at.desc(), tr.finding_id)
                .limit(per_page)
                .offset((page - 1) * per_page)
            ).all()
        return CasePage([{**dict(r._mapping), "at": from_storage(r.at)} for r in rows], total, page, per_page)

    def open_selected(self, user: User, finding_ids: list[str]) -> list[tuple[str, bool]]:
        require(user, "open_cases")
        if not finding_ids:
            raise InvalidInput("pilih minimal satu temuan", field="finding_id")
        return self.open_from_findings(user, finding_ids)

    # ---- the audit log, read back ------------------------------------------------------------------

    def audit_entries(
        self, user: User, *, actor: str | None = None, action: str | None = None, obj: str | None = None,
        since: datetime | None = None, until: datetime | None = None, page: int = 1, per_page: int = 100,
    ) -> CasePage:  # fmt: skip
        """Who viewed, exported, downloaded, changed what; failed logins and denied requests."""
        require(user, "view_audit")
        page = _page(page)
        a = ct.audit_log.c
        conds = []
        if actor:
            conds.append(a.actor == actor.strip())
        if action:
            conds.append(a.action == action.strip())
        if obj:
            conds.append(a.object.contains(obj.strip(), autoescape=True))
        if since:
            conds.append(a.at >= since)
        if until:
            conds.append(a.at < until)
        where = and_(*conds) if conds else a.id.is_not(None)
        with self.engine.connect() as conn:
            total = int(
                conn.execute(select(func.count()).select_from(ct.audit_log).where(where)).scalar_one()
            )
            rows = conn.execute(
                select(ct.audit_log)
                .where(where)
                .order_by(a.id.desc())
                .limit(per_page)
                .offset((page - 1) * per_page)
            ).all()
        return CasePage([{**dict(r._mapping), "at": from_storage(r.at)} for r in rows], total, page, per_page)

    def audit_actions(self) -> list[str]:
        with self.engine.connect() as conn:
            return sorted(r for (r,) in conn.execute(select(ct.audit_log.c.action).distinct()))

    # ---- the change feed ---------------------------------------------------------------------------

    def changes(self, user: User, since: int = 0, limit: int = 200) -> list[dict[str, Any]]:
        """Case events after ``since`` (an event id) of the cases this user may see, oldest first."""
        require(user, "view_changes")
        e = ct.case_events.c
        q = (
            select(e.id, e.at, e.case_id, e.kind, e.from_state, e.to_state, ct.cases.c.state)
            .join(ct.cases, ct.cases.c.id == e.case_id)
            .where(e.id > since, self._visible(user))
            .order_by(e.id)
            .limit(max(1, min(limit, 1000)))
        )
        if user.is_agency:
            q = q.where(e.kind.in_(list(self.wf.agency_view.event_kinds)))
        with self.engine.connect() as conn:
            return [
                {"id": int(r.id), "at": from_storage(r.at), "case_id": r.case_id, "kind": r.kind,
                 "from_state": r.from_state, "to_state": r.to_state, "state": r.state}
                for r in conn.execute(q)
            ]  # fmt: skip


def find_case_of_finding(conn: Connection, finding_id: str) -> str | None:
    return conn.execute(
        select(ct.case_findings.c.case_id).where(ct.case_findings.c.finding_id == finding_id)
    ).scalar()


__all__ = ["DOCUMENT_KINDS", "InboxFilter", "Mailer", "Work", "find_case_of_finding", "CaseNotFound", "or_"]
