"""Opening cases: from findings (merged by subject and event), by hand, from public reports; setting
the terlapor of a case and judging a public report once staff have named who it is about."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, insert, select, update

from jaganetral.cases.access import NotFound, User, require_role
from jaganetral.cases.agencies import resolve as resolve_agency
from jaganetral.cases.base import CaseBase, week_of
from jaganetral.cases.provisions import known
from jaganetral.cases.report_judging import FORMAT, ReportAct
from jaganetral.cases.workflow import CaseError, due_for, election_type_of
from jaganetral.errors import InvalidInput
from jaganetral.model.clock import WIB, from_storage, zone_for_region
from jaganetral.model.labels import label
from jaganetral.model.nip import NipError, validate_nip
from jaganetral.model.regions import region_by_name
from jaganetral.store import case_tables as ct
from jaganetral.store import tables as t
from jaganetral.store.integrity import note_report
from jaganetral.store.repository import Batch

OPEN_STATUSES = ("violation", "review")


def subject_of(doc: dict[str, Any]) -> tuple[str, str]:
    """(subject key, subject kind) of a finding: the person or body a case is about.

    An alert (tagged / added by someone else) gets a key of its own: a warning to the person is never
    merged into a violation case about them."""
    actor = doc.get("actor") or {}
    kind = actor.get("kind") or "unknown"
    prefix = "alert:" if doc.get("status") == "alert" else ""
    if kind == "asn" and actor.get("nip"):
        return f"{prefix}nip:{actor['nip']}", "asn"
    if kind == "institution":
        inst = actor.get("instansi") or actor.get("name") or actor.get("account")
        return f"{prefix}inst:{inst}", "institution"
    acct = actor.get("account") or actor.get("name") or "?"
    return f"{prefix}acct:{doc.get('platform', '')}:{acct}", kind


def finding_row(f: Any, activity_key: str, doc: dict[str, Any]) -> dict[str, Any]:
    """The ``findings`` row of a judged public report (the scan's own rows come from the pipeline)."""
    at = datetime.fromisoformat(f.occurred_at) if f.occurred_at else None
    return {
        "finding_id": f.finding_id,
        "activity_key": activity_key,
        "status": f.status.value,
        "action": f.action.value,
        "actor_kind": f.actor.kind,
        "nip": f.actor.nip,
        "instansi": f.actor.instansi,
        "codes": list(f.violation_codes),
        "occurred_at": at,
        "evidence_sha256": f.evidence_sha256,
        "doc": doc,
    }


class Intake(CaseBase):
    """Findings, hand-opened cases and public reports become cases."""

    def _next_id(self, conn: Connection, year: int) -> str:
        prefix = f"JN-{year}-"
        from sqlalchemy import func

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
                .where(
                    ct.case_findings.c.case_id.is_(None),
                    ct.triage.c.finding_id.is_(None),
                    t.findings.c.superseded_by.is_(None),
                )
                .order_by(t.findings.c.occurred_at, t.findings.c.finding_id)
            )
            if finding_ids is not None:
                q = q.where(t.findings.c.finding_id.in_(list(finding_ids)))
            else:
                q = q.where(t.findings.c.status.in_(OPEN_STATUSES))
            for fid, doc, first_seen in conn.execute(q).all():
                out.append(self._place(conn, who, fid, doc, from_storage(first_seen) or self.now()))
        return out

    def _place(
        self, conn: Connection, who: str, fid: str, doc: dict[str, Any], discovered: datetime
    ) -> tuple[str, bool]:
        key, kind = subject_of(doc)
        occurred = datetime.fromisoformat(doc["occurred_at"]) if doc.get("occurred_at") else None
        window = timedelta(days=self.wf.merge_window_days)
        existing = None
        if occurred is not None:
            existing = conn.execute(
                select(
                    ct.cases.c.id, ct.cases.c.violation_codes, ct.cases.c.search_text, ct.cases.c.event_date
                )
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
            values: dict[str, Any] = {
                "violation_codes": merged,
                "primary_code": merged[0] if merged else None,
                "finding_count": ct.cases.c.finding_count + 1,
                "updated_at": now,
                "search_text": (existing.search_text + " " + text)[:4000],
            }
            # the incident time of a case is its earliest finding's
            if occurred is not None and (existing.event_date is None or occurred < existing.event_date):
                values["event_date"] = occurred
            conn.execute(update(ct.cases).where(ct.cases.c.id == existing.id).values(**values))
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
        title = f"{who_name} — {label('action', doc.get('action') or 'other')}"
        zone = zone_for_region(region.code if region else actor.get("wilayah")) or WIB
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
                agency_id=resolve_agency(conn, actor.get("instansi")),
                wilayah=region.name if region else actor.get("wilayah"),
                region_code=region.code if region else None,
                violation_codes=codes,
                primary_code=codes[0] if codes else None,
                action=doc.get("action"),
                event_date=occurred,
                event_week=_week(occurred, zone),
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
        tracking_code: str | None = None,
        conn: Connection | None = None,
    ) -> str:
        """Open a case by hand or from a public report / news article (state ``informasi_awal``).

        ``subject_key`` (e.g. ``news:<sha256>``) makes opening idempotent: an existing case with the
        same key is returned instead of a new one."""
        if conn is None:
            with self._write() as c:
                return self.open_manual(
                    user, title=title, origin=origin, discovered_at=discovered_at,
                    subject_name=subject_name, instansi=instansi, wilayah=wilayah,
                    election_id=election_id, summary=summary, subject_key=subject_key, data=data,
                    tracking_code=tracking_code, conn=c,
                )  # fmt: skip
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
        zone = zone_for_region(region.code if region else wilayah) or WIB
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
                agency_id=resolve_agency(conn, instansi),
                wilayah=region.name if region else wilayah,
                region_code=region.code if region else None,
                violation_codes=[],
                primary_code=None,
                action=None,
                # until staff set the incident date, the case dates from when it became known
                event_date=discovered_at,
                event_week=_week(discovered_at, zone),
                discovered_at=discovered_at,
                opened_at=now,
                updated_at=now,
                due_at=due.at if due else None,
                finding_count=0,
                tracking_code=tracking_code,
                search_text=" ".join(
                    x for x in (title, subject_name, instansi, wilayah, summary, tracking_code) if x
                ).lower(),
            )
        )
        self._event(
            conn, cid, user.username, "opened", None, "informasi_awal", summary or title,
            {"origin": origin, **(data or {})},
        )  # fmt: skip
        return cid

    # ---- public reports --------------------------------------------------------------------------

    def election_for_report(self, chosen: str | None) -> str | None:
        """The election a public report is filed under: the reporter's choice among the configured
        ones, else the server's only one (else none: staff set it)."""
        ids = [str(e.id) for e in self.elections]
        if chosen and chosen in ids:
            return chosen
        if chosen:
            raise InvalidInput("pemilihan yang dipilih tidak dipantau server ini", field="election")
        return ids[0] if len(ids) == 1 else None

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
        election_id: str | None = None,
    ) -> str:
        """Store a citizen's report, open an ``informasi_awal`` case, return the tracking code."""
        if len(what.strip()) < 10:
            raise InvalidInput("uraian kejadian terlalu singkat (minimal 10 karakter)", field="what")
        election = self.election_for_report(election_id)
        code = "LP-" + "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        now = self.now()
        system = User(0, "laporan-publik", "Laporan publik", "analis", None)
        with self._write() as conn:
            cid = self.open_manual(
                system,
                title=f"Laporan masyarakat {code}: {what.strip()[:120]}",
                origin="laporan_masyarakat",
                discovered_at=now,
                wilayah=where.strip() or None,
                election_id=election,
                summary=f"{what}\n{ocr_text}"[:2000],
                tracking_code=code,
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
            rid = conn.execute(
                select(ct.public_reports.c.id).where(ct.public_reports.c.tracking_code == code)
            ).scalar_one()
            note_report(conn, int(rid))
        return code

    def set_subject(
        self,
        user: User,
        case_id: str,
        *,
        subject_kind: str,
        subject_name: str | None = None,
        nip: str | None = None,
        instansi: str | None = None,
        wilayah: str | None = None,
        official_name: str | None = None,
        official_nip: str | None = None,
        official_jabatan: str | None = None,
        event_date: datetime | None = None,
        election_id: str | None = None,
        violation_codes: list[str] | None = None,
        actor_handle: str | None = None,
        platform: str | None = None,
        reason: str = "",
    ) -> str | None:
        """Staff set who a case is about (terlapor), the agency, the incident date, the election and
        the provisions. A public report is then judged as that person's act and the resulting finding
        attached. Returns the new finding's id, if one was made."""
        require_role(user, "analis", "pemeriksa", "pimpinan")
        clean = {k: (v or "").strip() or None for k, v in {
            "subject_name": subject_name, "nip": nip, "instansi": instansi, "wilayah": wilayah,
            "official_name": official_name, "official_nip": official_nip,
            "official_jabatan": official_jabatan,
        }.items()}  # fmt: skip
        if subject_kind not in ("asn", "institution", "unknown"):
            raise InvalidInput("jenis terlapor: ASN atau instansi", field="subject_kind")
        for fld in ("nip", "official_nip"):
            if clean[fld]:
                try:
                    validate_nip(str(clean[fld]))
                except NipError as exc:
                    raise InvalidInput(f"NIP tidak valid: {exc}", field=fld) from None
        if event_date is not None and event_date > self.now():
            raise InvalidInput("tanggal kejadian tidak boleh di masa depan", field="event_date")
        ids = [str(e.id) for e in self.elections]
        if election_id and ids and election_id not in ids:
            raise NotFound("pemilihan tidak dikenal server ini", field="election_id")
        codes = [c for c in (violation_codes or []) if c]
        bad = [c for c in codes if not known(c)]
        if bad:
            raise InvalidInput(f"ketentuan tidak dikenal: {', '.join(bad)}", field="violation_codes")
        new_finding: str | None = None
        with self._write() as conn:
            row = self._load_case(conn, user, case_id)
            if row.state in ("selesai",):
                raise CaseError("kasus yang sudah selesai tidak dapat diubah")
            self.refuse_if_signed(conn, case_id)
            region = region_by_name(clean["wilayah"]) if clean["wilayah"] else None
            values: dict[str, Any] = {
                "subject_kind": subject_kind,
                "subject_name": clean["subject_name"],
                "nip": clean["nip"] if subject_kind == "asn" else None,
                "instansi": clean["instansi"],
                "agency_id": resolve_agency(conn, clean["instansi"]),
                "official_name": clean["official_name"],
                "official_nip": clean["official_nip"],
                "official_jabatan": clean["official_jabatan"],
                "updated_at": self.now(),
            }
            if clean["wilayah"]:
                values["wilayah"] = region.name if region else clean["wilayah"]
                values["region_code"] = region.code if region else None
            if subject_kind == "asn" and clean["nip"]:
                values["subject_key"] = f"nip:{clean['nip']}"
            elif subject_kind == "institution" and clean["instansi"]:
                values["subject_key"] = f"inst:{clean['instansi']}"
            if event_date is not None:
                zone = zone_for_region(values.get("region_code") or row.region_code or row.wilayah) or WIB
                values["event_date"] = event_date
                values["event_week"] = _week(event_date, zone)
            if election_id:
                values["election_id"] = election_id
                values["election_type"] = election_type_of(election_id)
            if violation_codes is not None:
                values["violation_codes"] = codes
                values["primary_code"] = codes[0] if codes else None
            values["search_text"] = " ".join(
                x for x in (row.search_text, clean["subject_name"], clean["nip"], clean["instansi"]) if x
            )[:4000].lower()
            conn.execute(update(ct.cases).where(ct.cases.c.id == case_id).values(**values))
            changed = {k: v for k, v in values.items() if k not in ("updated_at", "search_text")}

            def plain(v: Any) -> Any:
                return v.isoformat() if isinstance(v, datetime) else v

            # every change of a fact: the old and the new value, with who, when and why
            diff = {
                k: [
                    plain(
                        from_storage(row._mapping[k])
                        if isinstance(row._mapping[k], datetime)
                        else row._mapping[k]
                    ),
                    plain(v),
                ]
                for k, v in changed.items()
                if row._mapping[k] != v
            }
            self._event(
                conn, case_id, user.username, "subject_set", None, None,
                reason.strip() or "data terlapor diperbarui",
                {**{k: plain(v) for k, v in changed.items()}, "changes": diff},
            )  # fmt: skip
            new_finding = self._judge_report(conn, user, case_id, actor_handle, platform)
        return new_finding

    def _judge_report(
        self, conn: Connection, user: User, case_id: str, handle: str | None, platform: str | None
    ) -> str | None:
        """Screen → attribute → judge the case's public report as the terlapor's act; attach it."""
        if self.report_judge is None or self.blobs is None:
            return None
        row = conn.execute(select(ct.cases).where(ct.cases.c.id == case_id)).one()
        rep = conn.execute(
            select(ct.public_reports).where(ct.public_reports.c.case_id == case_id).limit(1)
        ).first()
        if rep is None or not (row.subject_name or row.official_name):
            return None
        at = from_storage(row.event_date) or from_storage(rep.created_at)
        assert at is not None
        act = ReportAct(
            tracking_code=rep.tracking_code,
            text="\n".join(x for x in (rep.what, rep.ocr_text) if x),
            at=at,
            actor_name=row.subject_name if row.subject_kind != "institution" else row.instansi,
            actor_handle=handle,
            platform=platform or "other",
            url=(rep.links or [None])[0],
        )
        activity, finding, record = self.report_judge(act)
        if finding is None:
            return None
        b = Batch(conn=conn, blobs=self.blobs)
        sha = b.put_bytes(
            record, kind="record", source=f"laporan {rep.tracking_code}", url=act.url,
            finding_id=finding.finding_id, meta={"tracking_code": rep.tracking_code, "case_id": case_id},
        )  # fmt: skip
        b.record_input(
            sha256=sha, file_name=f"laporan-{rep.tracking_code}.json", size=len(record), fmt=FORMAT,
            activity_count=1, rejected_count=0,
        )  # fmt: skip
        b.add_activities([activity])
        finding = replace(finding, evidence_sha256=sha)
        doc = finding.to_dict()
        b.upsert_findings([finding_row(finding, activity.key, doc)])
        try:
            from jaganetral.evidence.vault import register_pending

            register_pending(b, actor=user.username, case_id=case_id)
        except ImportError:  # pragma: no cover - the evidence stage is part of the package
            pass
        cited = conn.execute(
            select(ct.case_findings.c.case_id).where(ct.case_findings.c.finding_id == finding.finding_id)
        ).first()
        if cited is None:
            self._attach(conn, case_id, finding.finding_id, user.username, self.now())
            codes = list(dict.fromkeys([*row.violation_codes, *finding.violation_codes]))
            conn.execute(
                update(ct.cases)
                .where(ct.cases.c.id == case_id)
                .values(
                    violation_codes=codes,
                    primary_code=codes[0] if codes else None,
                    action=finding.action.value,
                    finding_count=ct.cases.c.finding_count + 1,
                )
            )
        self._event(
            conn, case_id, user.username, "report_judged", None, None,
            f"laporan {rep.tracking_code} dinilai: {label('finding_status_short', finding.status.value)}",
            {"finding_id": finding.finding_id, "status": finding.status.value},
        )  # fmt: skip
        return str(finding.finding_id)

    def link_cases(self, user: User, case_id: str, other_id: str, reason: str) -> None:
        """Record that two cases are about the same act (both keep their history)."""
        require_role(user, "analis", "pemeriksa", "pimpinan")
        if case_id == other_id:
            raise InvalidInput("kasus tidak dapat ditautkan dengan dirinya sendiri", field="other")
        with self._write() as conn:
            self._load_case(conn, user, case_id)
            self._load_case(conn, user, other_id)
            text = reason.strip() or "perbuatan yang sama"
            self._event(conn, case_id, user.username, "case_linked", None, None, text, {"case_id": other_id})
            self._event(conn, other_id, user.username, "case_linked", None, None, text, {"case_id": case_id})

    def similar_cases(self, conn: Connection, row: Any, limit: int = 5) -> list[dict[str, Any]]:
        """Open cases that may be about the same act: same NIP or agency, near the same date.

        One indexed query per key (NIP, agency) rather than an OR the database cannot index."""
        c = ct.cases.c
        keys = [(c.nip, row.nip), (c.instansi, row.instansi)]
        found: dict[str, Any] = {}
        for col, value in keys:
            if not value:
                continue
            q = select(c.id, c.title, c.state, c.event_date).where(
                col == value, c.id != row.id, c.state != "selesai"
            )
            if row.event_date is not None:
                w = timedelta(days=self.wf.merge_window_days * 3)
                q = q.where(and_(c.event_date >= row.event_date - w, c.event_date <= row.event_date + w))
            for r in conn.execute(q.order_by(c.event_date).limit(limit)):
                found.setdefault(r.id, r)
        rows = sorted(found.values(), key=lambda r: (r.event_date is None, r.event_date, r.id))[:limit]
        return [
            {"id": r.id, "title": r.title, "state_label": self.wf.label(r.state), "event_date": r.event_date}
            for r in rows
        ]


def _week(dt: datetime | None, zone: Any) -> str | None:
    if dt is None:
        return None
    d = dt.astimezone(zone.tz)
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


__all__ = ["OPEN_STATUSES", "Intake", "subject_of", "week_of"]
