"""Stage 4 — judgement: applies the rule catalogue to the facts of one activity.

Each rule's predicates answer True, False or None (unsure). A rule *holds* when all are True and is
*possible* when none is False but some are unsure. The finding's status follows:

* a passive exposure (tagged, added to a group) can only ever give an ``alert``;
* ``violation`` needs a rule that holds — which needs a certain identity (exact account key) and
  campaign content;
* ``review`` when a rule is only possible: identity from a name, or a candidate named without a call.

jaganetral advises; it never sanctions. Every finding carries what was seen, where, which rule, and
how sure, in sentences the accused can read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from jaganetral.attribute.attributor import ActorKind
from jaganetral.judge.catalogue import Rule
from jaganetral.judge.facts import Facts
from jaganetral.judge.predicates import PREDICATES
from jaganetral.model.clock import tanggal_jam as tanggal
from jaganetral.model.finding import Action, Finding, FindingActor, PredicateHit, Status

SENIOR_POSITIONS = (
    "kepala dinas",
    "kepala badan",
    "sekretaris daerah",
    "sekda",
    "camat",
    "lurah",
    "kepala bagian",
    "kepala bidang",
    "kepala kantor",
    "plt",
    "pelaksana tugas",
    "kepala sekolah",
    "direktur",
    "inspektur",
    "asisten",
)


def durasi(seconds: float) -> str:
    h = seconds / 3600
    if h < 1:
        return f"{max(int(seconds // 60), 1)} menit"
    if h < 48:
        return f"{int(h)} jam"
    return f"{int(h // 24)} hari"


@dataclass(frozen=True, slots=True)
class RuleResult:
    rule: Rule
    value: bool | None  # True holds, None possible, False does not apply
    hits: tuple[PredicateHit, ...]


_ACTION_TEXT = {
    Action.POST: "mengunggah",
    Action.SHARE: "membagikan",
    Action.COMMENT: "mengomentari",
    Action.LIKE: "menyukai",
    Action.FOLLOW_OR_JOIN: "mengikuti/bergabung dengan",
    Action.OFFICIAL_ACCOUNT_USE: "memakai akun resmi instansi untuk",
    Action.INSTRUCT_OTHERS: "memerintahkan orang lain untuk",
    Action.TAGGED: "ditandai dalam",
}


class Judge:
    """Applies every automatic rule of the catalogue to :class:`Facts`."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = [r for r in rules if r.automatic]

    def evaluate(self, facts: Facts) -> list[RuleResult]:
        out: list[RuleResult] = []
        for rule in self.rules:
            if facts.stage_label not in rule.stages:
                continue
            value: bool | None = True
            hits: list[PredicateHit] = []
            for call in rule.predicates:
                ans, detail = PREDICATES[call.name](facts, **call.params)
                hits.append(PredicateHit(rule.code, call.name, ans, detail))
                if ans is False:
                    value = False
                    break
                if ans is None:
                    value = None
            out.append(RuleResult(rule, value, tuple(hits)))
        return out

    def judge(self, facts: Facts, evidence_sha256: str | None = None) -> Finding | None:
        results = self.evaluate(facts)
        alerts = [r for r in results if r.rule.status == "alert" and r.value is not False]
        held = [r for r in results if r.rule.status == "violation" and r.value is True]
        possible = [r for r in results if r.rule.status == "violation" and r.value is None]
        if facts.activity.kind.is_passive:
            # Being tagged or added is never an act of the ASN: only ever an alert.
            if not alerts or facts.actor.kind is ActorKind.UNKNOWN:
                return None
            return self._finding(facts, Status.ALERT, alerts, evidence_sha256)
        if held and facts.actor.certain:
            return self._finding(facts, Status.VIOLATION, held, evidence_sha256)
        if held:
            # Whatever a rule says, an identity from a name alone is never enough for a violation.
            return self._finding(facts, Status.REVIEW, held, evidence_sha256)
        if possible:
            return self._finding(facts, Status.REVIEW, possible, evidence_sha256)
        return None

    # ---- the finding ----------------------------------------------------------------------------

    def _finding(
        self, f: Facts, status: Status, results: list[RuleResult], evidence_sha256: str | None
    ) -> Finding:
        a = f.activity
        at = f.actor
        codes = tuple(r.rule.code for r in results) if status is not Status.ALERT else ()
        basis = tuple(dict.fromkeys(b for r in results for b in r.rule.legal_basis))
        lead = results[0].rule
        sanction = lead.sanction() if status is not Status.ALERT else {"category": "none", "level": "none"}
        person = at.person
        actor = FindingActor(
            kind=at.kind.value,
            nip=person.nip if person is not None else None,
            name=at.name or a.actor.name,
            instansi=(
                person.instansi
                if person is not None
                else at.institution.instansi
                if at.institution is not None
                else None
            ),
            match_confidence=round(at.confidence, 3),
            match_reasons=at.reasons,
            jabatan=person.jabatan if person is not None else None,
            wilayah=(
                person.wilayah
                if person is not None
                else at.institution.wilayah
                if at.institution is not None
                else None
            ),
            account=f"{a.platform.value}:{a.actor.handle or a.actor.id or a.actor.name}",
        )
        conf = at.confidence if status is Status.ALERT else at.confidence * max(f.screen.confidence, 0.5)
        return Finding(
            finding_id=finding_id(a.key),
            activity_ids=(a.id,),
            status=status,
            actor=actor,
            candidate_ids=f.candidate_ids,
            action=f.action,
            violation_codes=codes,
            legal_basis=basis,
            sanction=sanction,
            stage=f.stage_label,
            confidence=round(conf, 3),
            explanation=tuple(self._explain(f, status, results)),
            evidence_sha256=evidence_sha256,
            election_id=f.election.id if f.election is not None else None,
            election_stage=f.calendar_stage.name if f.calendar_stage is not None else None,
            occurred_at=a.created_at.isoformat(),
            platform=a.platform.value,
            url=a.url,
            deleted_at=a.deleted_at.isoformat() if a.deleted_at is not None else None,
            aggravating=tuple(self._aggravating(f)),
            rule_versions={r.rule.code: r.rule.version for r in results},
            predicates=tuple(h for r in results for h in r.hits),
            source=None
            if a.source is None
            else {
                "file_sha256": a.source.file_sha256,
                "file_name": a.source.file_name,
                "position": a.source.position,
            },
        )

    def _explain(self, f: Facts, status: Status, results: list[RuleResult]) -> list[str]:
        a = f.activity
        who = f.actor.name or a.actor.name or a.actor.handle or "akun tanpa nama"
        acct = a.actor.handle or a.actor.id or a.actor.name
        out = [
            f"Yang terlihat: akun {a.platform.value} '{acct}' ({who}) — {a.kind.value} pada "
            f"{tanggal(a.created_at)}" + (f", {a.url}" if a.url else "")
        ]
        if a.group is not None and a.group.name:
            out[0] += f", di grup '{a.group.name}'"
        if a.target is not None and a.target.author is not None and a.target.author.handle:
            out.append(
                f"Unggahan yang ditanggapi: milik {a.target.author.handle}"
                + (f" ({a.target.author.name})" if a.target.author.name else "")
            )
        out.extend(f"Isi: {r}" for r in f.screen.reasons)
        if f.candidate_ids:
            out.append(f"Calon yang diuntungkan: {', '.join(f.candidate_ids)}")
        out.extend(f"Identitas: {r}" for r in f.actor.reasons)
        stage = "calon" if f.designated else "bakal calon"
        d = f.election.designation_date() if f.election is not None else None
        out.append(
            f"Tahap: {stage}"
            + (f" (penetapan calon {d.isoformat()})" if d else "")
            + "; bacaan kerja SKB 2022: dukungan kepada bakal calon → kode etik (E), "
            "kepada calon → disiplin (D)"
        )
        for r in results:
            out.append(
                f"Aturan {r.rule.code}: {r.rule.title} — " + r.rule.explanation.format_map(_Template(f, who))
            )
            for h in r.hits:
                mark = {True: "✓", False: "✗", None: "?"}[h.value]
                out.append(
                    f"  {mark} {PREDICATES[h.predicate].__doc__.splitlines()[0]}"  # type: ignore[union-attr]
                    f" — {h.detail}"
                )
            if status is Status.ALERT and r.rule.turns_into_violation:
                out.append(f"Menjadi pelanggaran bila: {r.rule.turns_into_violation}")
        if f.engaged_after is not None:
            e = f.engaged_after
            out.append(
                f"Sebelumnya {e.kind.value} oleh {e.initiated_by or 'orang lain'} pada {e.at}; "
                "keterlibatan sesudahnya adalah perbuatan sendiri"
            )
        if a.deleted_at is not None:
            secs = (a.deleted_at - a.created_at).total_seconds()
            out.append(
                f"Dihapus {durasi(secs)} setelah diunggah ({tanggal(a.deleted_at)}); "
                "penghapusan tidak menghapus perbuatan dan dicatat sebagai fakta"
            )
        if status is Status.REVIEW:
            out.append("Status tinjau: identitas atau maksud belum pasti; perlu diperiksa petugas")
        if status is Status.ALERT:
            out.append("Bukan pelanggaran: pemberitahuan agar ASN keluar dari grup / menghapus tanda")
        out.append(
            f"Keyakinan: {round(f.actor.confidence * 100)}% identitas, "
            f"{round(f.screen.confidence * 100)}% isi. Ini saran bagi petugas, bukan sanksi."
        )
        return out

    def _aggravating(self, f: Facts) -> list[str]:
        out: list[str] = []
        if f.actor.kind is ActorKind.INSTITUTION:
            out.append("memakai akun resmi instansi (fasilitas negara: media pemerintah)")
        p = f.actor.person
        if p is not None and any(s in p.jabatan.lower() for s in SENIOR_POSITIONS):
            out.append(f"pejabat: {p.jabatan}")
        ins = f.screen.instruction
        if ins is not None and ins.mobilises_asn:
            out.append("menggerakkan ASN lain")
        if f.calendar_stage is not None and f.calendar_stage.name == "masa_tenang":
            out.append("pada masa tenang")
        return out


class _Template(dict[str, str]):
    """Values for explanation templates; unknown keys are left as they are."""

    def __init__(self, f: Facts, who: str) -> None:
        super().__init__(
            actor=who,
            action=_ACTION_TEXT.get(f.action, f.action.value),
            candidates=", ".join(f.candidate_ids) or "calon/partai tertentu",
            date=tanggal(f.activity.created_at),
            stage="calon" if f.designated else "bakal calon",
        )

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def finding_id(activity_key: str) -> str:
    """Stable per activity, so re-running a scan updates a finding instead of adding one."""
    return "f-" + hashlib.sha256(activity_key.encode("utf-8")).hexdigest()[:20]
