"""A finding: what jaganetral advises a person to look at, with everything needed to explain it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    VIOLATION = "violation"  # every element of a rule is present
    REVIEW = "review"  # something needs a person: identity or intent unsure
    ALERT = "alert"  # passive exposure: tagged or added by someone else; a warning, no sanction


class Action(StrEnum):
    POST = "post"
    SHARE = "share"
    COMMENT = "comment"
    LIKE = "like"
    FOLLOW_OR_JOIN = "follow_or_join"
    PHOTO_WITH_CANDIDATE = "photo_with_candidate"
    PARTISAN_GESTURE = "partisan_gesture"
    OFFICIAL_ACCOUNT_USE = "official_account_use"
    INSTRUCT_OTHERS = "instruct_others"
    ATTEND_CAMPAIGN = "attend_campaign"
    STATE_FACILITY_USE = "state_facility_use"
    TAGGED = "tagged"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class FindingActor:
    kind: str  # asn | institution | unknown
    nip: str | None
    name: str | None
    instansi: str | None
    match_confidence: float
    match_reasons: tuple[str, ...]
    jabatan: str | None = None
    wilayah: str | None = None
    account: str | None = None


@dataclass(frozen=True, slots=True)
class PredicateHit:
    """One predicate of one rule, as evaluated: True, False or None (unsure), and why."""

    rule: str
    predicate: str
    value: bool | None
    detail: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the findings file (contract.md), plus provenance."""

    finding_id: str
    activity_ids: tuple[str, ...]
    status: Status
    actor: FindingActor
    candidate_ids: tuple[str, ...]
    action: Action
    violation_codes: tuple[str, ...]
    legal_basis: tuple[str, ...]
    sanction: dict[str, Any]
    stage: str
    confidence: float
    explanation: tuple[str, ...]
    evidence_sha256: str | None
    election_id: str | None = None
    election_stage: str | None = None
    occurred_at: str | None = None
    platform: str | None = None
    url: str | None = None
    deleted_at: str | None = None
    aggravating: tuple[str, ...] = ()
    rule_versions: dict[str, str] = field(default_factory=dict)
    predicates: tuple[PredicateHit, ...] = ()
    source: dict[str, Any] | None = None
    #: Other ASN named by the same finding (coordinated engagement), by NIP.
    related_actors: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Finding:
        """The finding of a stored document (``to_dict()`` form, as the store keeps it); extra keys
        a later stage added (``online``, ``superseded_by``) are ignored. Raises ``KeyError`` or
        ``ValueError`` for a document that is no finding."""
        a = d["actor"]
        occurred = d.get("occurred_at")
        if occurred is not None:
            datetime.fromisoformat(occurred)  # a finding's time is ISO 8601 with its offset
        return cls(
            finding_id=str(d["finding_id"]),
            activity_ids=tuple(str(x) for x in d.get("activity_ids") or ()),
            status=Status(d["status"]),
            actor=FindingActor(
                kind=str(a.get("kind") or "unknown"),
                nip=a.get("nip"),
                name=a.get("name"),
                instansi=a.get("instansi"),
                match_confidence=float(a.get("match_confidence") or 0.0),
                match_reasons=tuple(str(x) for x in a.get("match_reasons") or ()),
                jabatan=a.get("jabatan"),
                wilayah=a.get("wilayah"),
                account=a.get("account"),
            ),
            candidate_ids=tuple(str(x) for x in d.get("candidate_ids") or ()),
            action=Action(d["action"]),
            violation_codes=tuple(str(x) for x in d.get("violation_codes") or ()),
            legal_basis=tuple(str(x) for x in d.get("legal_basis") or ()),
            sanction=dict(d.get("sanction") or {}),
            stage=str(d.get("stage") or ""),
            confidence=float(d.get("confidence") or 0.0),
            explanation=tuple(str(x) for x in d.get("explanation") or ()),
            evidence_sha256=d.get("evidence_sha256"),
            election_id=d.get("election_id"),
            election_stage=d.get("election_stage"),
            occurred_at=occurred,
            platform=d.get("platform"),
            url=d.get("url"),
            deleted_at=d.get("deleted_at"),
            aggravating=tuple(str(x) for x in d.get("aggravating") or ()),
            rule_versions={str(k): str(v) for k, v in (d.get("rule_versions") or {}).items()},
            predicates=tuple(
                PredicateHit(str(p["rule"]), str(p["predicate"]), p.get("value"), str(p.get("detail", "")))
                for p in d.get("predicates") or ()
            ),
            source=d.get("source"),
        )

    def to_dict(self) -> dict[str, Any]:
        a = self.actor
        return {
            "finding_id": self.finding_id,
            "activity_ids": list(self.activity_ids),
            "status": self.status.value,
            "actor": {
                "kind": a.kind,
                "nip": a.nip,
                "name": a.name,
                "instansi": a.instansi,
                "jabatan": a.jabatan,
                "wilayah": a.wilayah,
                "account": a.account,
                "match_confidence": a.match_confidence,
                "match_reasons": list(a.match_reasons),
            },
            "candidate_ids": list(self.candidate_ids),
            "action": self.action.value,
            "violation_codes": list(self.violation_codes),
            "legal_basis": list(self.legal_basis),
            "sanction": self.sanction,
            "stage": self.stage,
            "confidence": self.confidence,
            "explanation": list(self.explanation),
            "evidence_sha256": self.evidence_sha256,
            "election_id": self.election_id,
            "election_stage": self.election_stage,
            "occurred_at": self.occurred_at,
            "platform": self.platform,
            "url": self.url,
            "deleted_at": self.deleted_at,
            "aggravating": list(self.aggravating),
            "rule_versions": self.rule_versions,
            "predicates": [
                {"rule": p.rule, "predicate": p.predicate, "value": p.value, "detail": p.detail}
                for p in self.predicates
            ],
            "source": self.source,
            "related_actors": list(self.related_actors),
        }
