"""Facts: everything the judge knows about one activity, gathered by the earlier stages and the run."""

from __future__ import annotations

from dataclasses import dataclass

from jaganetral.attribute.attributor import Attribution
from jaganetral.model.activity import Activity, Kind
from jaganetral.model.election import Election, Stage
from jaganetral.model.finding import Action
from jaganetral.screen.screener import ATTEND, GESTURE, KTP, PHOTO, REPORTED_SHARE, ScreenResult


@dataclass(frozen=True, slots=True)
class Exposure:
    """A passive exposure of the same person that an active act follows (tagged, then liked)."""

    activity_id: str
    kind: Kind
    initiated_by: str | None
    at: str


@dataclass(frozen=True, slots=True)
class Link:
    """Another activity of the run this one is tied to, and how (shown in the explanation)."""

    activity_id: str
    relation: str  # followed_instruction | instruction_followed | coordinated | adds_asn
    text: str
    actors: tuple[str, ...] = ()  # NIPs of the other ASN involved


@dataclass(frozen=True, slots=True)
class Facts:
    activity: Activity
    screen: ScreenResult
    actor: Attribution
    candidate_ids: tuple[str, ...]
    election: Election | None
    designated: bool  # calon (True) or bakal calon (False) at the time of the act
    calendar_stage: Stage | None
    action: Action
    engaged_after: Exposure | None = None
    links: tuple[Link, ...] = ()
    candidate_is_independent: bool | None = None
    #: Whose act this is when it is not the activity's actor: "initiator" for the person who added
    #: others to a campaign group (the added are exposed; the adder acted).
    role: str | None = None

    @property
    def stage_label(self) -> str:
        return "calon" if self.designated else "bakal_calon"

    @property
    def mobilises_asn(self) -> bool:
        ins = self.screen.instruction
        return (ins is not None and ins.mobilises_asn) or any(
            lk.relation in ("instruction_followed", "adds_asn") and lk.actors for lk in self.links
        )


def action_of(a: Activity, screen: ScreenResult, is_institution: bool) -> Action:
    """The contract's action for an activity."""
    if a.kind.is_passive:
        return Action.TAGGED
    if is_institution:
        return Action.OFFICIAL_ACCOUNT_USE
    if screen.instruction is not None and a.kind in (Kind.MESSAGE, Kind.POST, Kind.COMMENT):
        return Action.INSTRUCT_OTHERS
    own_act = a.kind in (Kind.MESSAGE, Kind.POST, Kind.COMMENT)
    if own_act and KTP in screen.hints:
        return Action.OTHER
    if own_act and PHOTO in screen.hints:
        return Action.PHOTO_WITH_CANDIDATE
    if own_act and GESTURE in screen.hints:
        return Action.PARTISAN_GESTURE
    if own_act and ATTEND in screen.hints:
        return Action.ATTEND_CAMPAIGN
    if own_act and REPORTED_SHARE in screen.hints:
        # "Siap, sudah saya share": the act reported is the sharing.
        return Action.SHARE
    if a.kind is Kind.MESSAGE and a.group is not None and screen.source == "group":
        # A plain commitment in a winning-team group: taking part in the group.
        return Action.FOLLOW_OR_JOIN
    return {
        Kind.POST: Action.POST,
        Kind.MESSAGE: Action.POST,
        Kind.SHARE: Action.SHARE,
        Kind.COMMENT: Action.COMMENT,
        Kind.REACTION: Action.LIKE,
        Kind.FOLLOW: Action.FOLLOW_OR_JOIN,
        Kind.JOIN_GROUP: Action.FOLLOW_OR_JOIN,
    }.get(a.kind, Action.OTHER)
