"""Stage 4 — judgement: applies the rule catalogue to the facts of one activity.

Each rule's predicates answer True, False or None (unsure). A rule *holds* when all predicates of
one of its alternatives are True, and is *possible* when none of an alternative is False but some
are unsure. The finding's status follows:

* a passive exposure (tagged, added to a group) can only ever give an ``alert``;
* ``violation`` needs a rule that holds — which needs a certain identity (exact account key) and
  partisan content;
* ``review`` when a rule is only possible: identity from a name, a stance a person must read, a
  photo only a person can check. The open question is named in the explanation.

jaganetral advises; it never sanctions. Every finding carries what was seen, where, which rule, and
how sure, in sentences the accused can read — grouped by element, each check said once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from jaganetral.attribute.attributor import ActorKind
from jaganetral.judge.catalogue import PredicateCall, Rule
from jaganetral.judge.facts import Facts
from jaganetral.judge.predicates import PREDICATES
from jaganetral.model.clock import Zone, tanggal_jam, zone_for_region
from jaganetral.model.finding import Action, Finding, FindingActor, PredicateHit, Status
from jaganetral.screen.stance import Reader

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
    "kepala puskesmas",
    "plt",
    "pelaksana tugas",
    "kepala sekolah",
    "direktur",
    "inspektur",
    "asisten",
    "kabid",
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
    Action.PHOTO_WITH_CANDIDATE: "mengunggah foto bersama",
    Action.PARTISAN_GESTURE: "mengunggah isyarat/simbol dukungan untuk",
    Action.OFFICIAL_ACCOUNT_USE: "memakai akun resmi instansi untuk",
    Action.INSTRUCT_OTHERS: "memerintahkan orang lain untuk",
    Action.ATTEND_CAMPAIGN: "menghadiri kampanye",
    Action.TAGGED: "ditandai dalam",
    Action.OTHER: "melakukan kegiatan untuk",
}

_KIND_TEXT = {
    "post": "unggahan",
    "share": "membagikan unggahan",
    "comment": "komentar",
    "reaction": "tanda suka/reaksi",
    "follow": "mengikuti akun",
    "join_group": "bergabung dengan grup",
    "tagged": "ditandai oleh orang lain",
    "added_to_group": "dimasukkan ke grup oleh orang lain",
    "message": "pesan",
    "leave_group": "keluar dari grup",
}

_MARK = {True: "[ya]", False: "[tidak]", None: "[perlu diperiksa]"}


def _acts_of(rule: Rule) -> frozenset[str] | None:
    acts: set[str] = set()
    for calls in rule.alternatives:
        named = [c.params.get("actions") for c in calls if c.name == "action_in"]
        if not named or not isinstance(named[0], list | tuple):
            return None
        acts.update(str(a) for a in named[0])
    return frozenset(acts) if rule.alternatives else None


def _frozen(v: object) -> object:
    """A hashable form of a predicate parameter (rule files give lists and mappings)."""
    if isinstance(v, dict):
        return tuple(sorted((str(k), _frozen(x)) for k, x in v.items()))
    if isinstance(v, list | tuple | set | frozenset):
        return tuple(_frozen(x) for x in v)
    return v


def call_key(call: PredicateCall) -> tuple[str, object]:
    """What a predicate's answer depends on besides the facts: its name and parameters."""
    return call.name, _frozen(call.params)


#: A predicate's answer per :func:`call_key`, for the facts of one activity.
Answers = dict[tuple[str, object], tuple[bool | None, str]]


def _evaluate_calls(
    facts: Facts,
    rule: Rule,
    calls: tuple[PredicateCall, ...],
    keys: tuple[tuple[str, object], ...] | None = None,
    answers: Answers | None = None,
    *,
    keep_false: bool = True,
) -> RuleResult | None:
    """One alternative of ``rule``. Predicates are functions of the facts and their parameters:
    an answer already in ``answers`` (another rule asked the same) is not asked again. Without
    ``keep_false`` an alternative that cannot hold gives None (its checks are never shown)."""
    value: bool | None = True
    got: list[tuple[str, bool | None, str]] = []
    for i, call in enumerate(calls):
        if keys is None or answers is None:
            ans, detail = PREDICATES[call.name](facts, **call.params)
        else:
            found = answers.get(keys[i])
            if found is None:
                found = answers[keys[i]] = PREDICATES[call.name](facts, **call.params)
            ans, detail = found
        got.append((call.name, ans, detail))
        if ans is False:
            value = False
            break
        if ans is None:
            value = None
    if value is False and not keep_false:
        return None
    return RuleResult(rule, value, tuple(PredicateHit(rule.code, n, a, d) for n, a, d in got))


class Judge:
    """Applies every automatic rule of the catalogue to :class:`Facts`."""

    def __init__(self, rules: list[Rule], reader: Reader | None = None) -> None:
        self.rules = [r for r in rules if r.automatic]
        self.reader = reader
        # The acts each rule can apply to, when every alternative names them (action_in): a rule
        # that cannot hold for this act is not evaluated (a False result is never shown).
        self._acts: list[frozenset[str] | None] = [_acts_of(r) for r in self.rules]
        self._keys: list[list[tuple[tuple[str, object], ...]]] = [
            [tuple(call_key(c) for c in calls) for calls in r.alternatives] for r in self.rules
        ]

    def evaluate(self, facts: Facts, *, all_rules: bool = False) -> list[RuleResult]:
        """Every rule that holds or may hold, with its best alternative (``all_rules``: every rule
        of the stage, also those that certainly cannot hold, with their checks — for tests)."""
        out: list[RuleResult] = []
        act = facts.action.value
        answers: Answers = {}
        for rule, acts, keys in zip(self.rules, self._acts, self._keys, strict=True):
            if facts.stage_label not in rule.stages:
                continue
            if acts is not None and act not in acts and not all_rules:
                continue
            # A rule holds if one of its alternatives holds; else it is possible if one is.
            best: RuleResult | None = None
            for calls, ks in zip(rule.alternatives, keys, strict=True):
                res = _evaluate_calls(facts, rule, calls, ks, answers, keep_false=all_rules)
                if res is None:
                    continue
                if res.value is True:
                    best = res
                    break
                if res.value is None and (best is None or best.value is False):
                    best = res
                elif best is None:
                    best = res
            if best is not None:
                out.append(best)
        return out

    def judge(self, facts: Facts, evidence_sha256: str | None = None) -> Finding | None:
        results = self.evaluate(facts)
        alerts = [r for r in results if r.rule.status == "alert" and r.value is True]
        held = [r for r in results if r.rule.status == "violation" and r.value is True]
        possible = [r for r in results if r.rule.status == "violation" and r.value is None]
        if facts.activity.kind.is_passive and facts.role is None:
            # Being tagged or added is never an act of the ASN: only ever an alert.
            if not alerts or facts.actor.kind is ActorKind.UNKNOWN:
                return None
            return self._finding(facts, Status.ALERT, alerts, evidence_sha256)
        if held and facts.actor.certain:
            return self._finding(facts, Status.VIOLATION, held, evidence_sha256)
        if held or possible:
            # Whatever a rule says, an identity from a name alone is never enough for a violation.
            return self._finding(facts, Status.REVIEW, held + possible, evidence_sha256)
        return None

    # ---- the finding ----------------------------------------------------------------------------

    def _zone(self, f: Facts) -> Zone | None:
        at = f.actor
        region = (
            at.person.wilayah
            if at.person is not None
            else at.institution.wilayah
            if at.institution is not None
            else None
        )
        return zone_for_region(region)

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
            finding_id=finding_id(a.key if f.role is None else f"{a.key}#{f.role}:{actor.nip or actor.name}"),
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

    def _labels(self, ids: tuple[str, ...]) -> str:
        return self.reader.labels(ids) if self.reader is not None else ", ".join(ids)

    def _explain(self, f: Facts, status: Status, results: list[RuleResult]) -> list[str]:
        a = f.activity
        zone = self._zone(f)
        who = f.actor.name or a.actor.name or a.actor.handle or "akun tanpa nama"
        acct = a.actor.handle or a.actor.id or a.actor.name
        seen = (
            f"Yang terlihat: akun {a.platform.value} '{acct}' ({who}) — "
            f"{_KIND_TEXT.get(a.kind.value, a.kind.value)} pada {tanggal_jam(a.created_at, zone)}"
            + (f", {a.url}" if a.url else "")
        )
        if f.role == "initiator" and a.initiated_by is not None:
            by = a.initiated_by
            seen = (
                f"Yang terlihat: {by.name or by.handle} memasukkan {a.actor.name or a.actor.handle} ke grup"
                f" pada {tanggal_jam(a.created_at, zone)}"
            )
        if a.group is not None and a.group.name:
            seen += f", di grup '{a.group.name}'"
        out = [seen]
        if a.text.strip():
            out.append(f"Kutipan: \u201c{_quote(a.text)}\u201d")
        if a.target is not None and (a.target.author is not None or a.target.text):
            owner = ""
            if a.target.author is not None and (a.target.author.handle or a.target.author.name):
                owner = f" milik {a.target.author.handle or a.target.author.name}"
                if a.target.author.name and a.target.author.handle:
                    owner += f" ({a.target.author.name})"
            quote = f": \u201c{_quote(a.target.text)}\u201d" if a.target.text else ""
            out.append(f"Yang ditanggapi: unggahan{owner}{quote}")
        out.extend(f"Isi: {r}" for r in f.screen.reasons)
        if f.candidate_ids:
            out.append(f"Calon: {self._labels(f.candidate_ids)}")
        out.extend(f"Identitas: {r}" for r in f.actor.reasons)
        d = f.election.designation_date_for(f.candidate_ids) if f.election is not None else None
        stage = "calon" if f.designated else "bakal calon"
        out.append(
            f"Tahap: {stage}"
            + (f" (penetapan calon {d.isoformat()}, kalender KPU dalam WIB)" if d else "")
            + "; bacaan kerja SKB 2022: dukungan kepada bakal calon → kode etik (E), "
            "kepada calon → disiplin (D)"
        )
        # Each check once, however many rules ask it.
        checks: dict[tuple[str, bool | None, str], list[str]] = {}
        for r in results:
            for h in r.hits:
                checks.setdefault((h.predicate, h.value, h.detail), []).append(r.rule.code)
        for (pred, value, detail), _codes in checks.items():
            doc = (PREDICATES[pred].__doc__ or pred).splitlines()[0]
            out.append(f"Unsur: {_MARK[value]} {doc} — {detail}")
        for r in results:
            out.append(f"Aturan {r.rule.code}: {r.rule.title}")
        if results:
            out.append(results[0].rule.explanation.format_map(_Template(f, who, self)))
        for lk in f.links:
            out.append(f"Terkait: {lk.text}")
        if status is Status.ALERT:
            for r in results:
                if r.rule.turns_into_violation:
                    out.append(f"Menjadi pelanggaran bila: {r.rule.turns_into_violation}")
                    break
        if f.engaged_after is not None:
            e = f.engaged_after
            verb = "ditandai" if e.kind.value == "tagged" else "dimasukkan ke grup"
            out.append(
                f"Sebelumnya {verb} oleh {e.initiated_by or 'orang lain'} pada {e.at}; "
                "keterlibatan sesudahnya adalah perbuatan sendiri"
            )
        if a.deleted_at is not None:
            secs = (a.deleted_at - a.created_at).total_seconds()
            out.append(
                f"Dihapus {durasi(secs)} setelah diunggah ({tanggal_jam(a.deleted_at, zone)}); "
                "penghapusan tidak menghapus perbuatan dan dicatat sebagai fakta"
            )
        if status is Status.REVIEW:
            questions = [detail for (_, value, detail) in checks if value is None]
            if not f.actor.certain and f.actor.person is not None:
                questions.insert(0, "identitas hanya dari kemiripan nama/profil")
            out.append(
                "Status tinjau — perlu diputuskan petugas: "
                + "; ".join(dict.fromkeys(questions or ["lihat unsur"]))
            )
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
        if f.mobilises_asn:
            out.append("menggerakkan ASN lain")
        if any(lk.relation == "coordinated" for lk in f.links):
            out.append("bagian dari keterlibatan terkoordinasi beberapa ASN satu instansi")
        if f.calendar_stage is not None and f.calendar_stage.name == "masa_tenang":
            out.append("pada masa tenang")
        return out

    def coordination(self, members: list[Finding], instansi: str, text: str) -> Finding:
        """One finding naming every ASN of one agency who engaged with the same content together."""
        first = members[0]
        nips = tuple(dict.fromkeys(m.actor.nip for m in members if m.actor.nip))
        codes = tuple(dict.fromkeys(c for m in members for c in m.violation_codes))
        ids = tuple(dict.fromkeys(i for m in members for i in m.activity_ids))
        actor = FindingActor(
            kind="asn",
            nip=None,
            name=f"{len(nips)} ASN {instansi}",
            instansi=instansi,
            match_confidence=min(m.actor.match_confidence for m in members),
            match_reasons=tuple(f"{m.actor.name} (NIP {m.actor.nip})" for m in members),
        )
        explanation = (
            f"Yang terlihat: {text}",
            *(
                f"Pelaku: {m.actor.name} (NIP {m.actor.nip}), {m.actor.jabatan or '-'} — {m.action.value}"
                f" pada {m.occurred_at}"
                for m in members
            ),
            "Menggerakkan ASN lain: tanggapan serentak beberapa ASN satu instansi "
            "pada konten calon yang sama "
            "menunjukkan kemungkinan pengerahan (PP 94/2021 Pasal 5 huruf n angka 3)",
            "Status tinjau — perlu diputuskan petugas: siapa yang mengerahkan? "
            "tiap ASN tetap punya temuan sendiri",
            "Ini saran bagi petugas, bukan sanksi.",
        )
        return replace(
            first,
            finding_id=finding_id("coordination:" + "|".join(sorted(ids))),
            activity_ids=ids,
            status=Status.REVIEW,
            actor=actor,
            violation_codes=codes,
            explanation=explanation,
            aggravating=("menggerakkan ASN lain", "keterlibatan terkoordinasi beberapa ASN satu instansi"),
            related_actors=nips,
            evidence_sha256=None,
        )


def _quote(text: str | None, limit: int = 280) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= limit else t[: limit - 1] + "…"


class _Template(dict[str, str]):
    """Values for explanation templates; unknown keys are left as they are."""

    def __init__(self, f: Facts, who: str, judge: Judge) -> None:
        super().__init__(
            actor=who,
            action=_ACTION_TEXT.get(f.action, f.action.value),
            candidates=judge._labels(f.candidate_ids) or "calon/partai tertentu",  # noqa: SLF001
            date=tanggal_jam(f.activity.created_at, judge._zone(f)),  # noqa: SLF001
            stage="calon" if f.designated else "bakal calon",
        )

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def finding_id(activity_key: str) -> str:
    """Stable per activity, so re-running a scan updates a finding instead of adding one."""
    return "f-" + hashlib.sha256(activity_key.encode("utf-8")).hexdigest()[:20]
