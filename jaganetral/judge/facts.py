"""Facts: everything the judge knows about one activity, gathered by the earlier stages."""

from __future__ import annotations

from dataclasses import dataclass

from jaganetral.attribute.attributor import Attribution
from jaganetral.model.activity import Activity, Kind
from jaganetral.model.election import Election, Stage
from jaganetral.model.finding import Action
from jaganetral.screen.screener import ScreenResult


@dataclass(frozen=True, slots=True)
class Exposure:
    """A passive exposure of the same person that an active act follows (tagged, then liked)."""

    activity_id: str
    kind: Kind
    initiated_by: str | None
    at: str


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

    @property
    def stage_label(self) -> str:
        return "calon" if self.designated else "bakal_calon"


def action_of(a: Activity, screen: ScreenResult, is_institution: bool) -> Action:
    """The contract's action for an activity."""
    if a.kind.is_passive:
        return Action.TAGGED
    if is_institution:
        return Action.OFFICIAL_ACCOUNT_USE
    if screen.instruction is not None and a.kind in (Kind.MESSAGE, Kind.POST, Kind.COMMENT):
        return Action.INSTRUCT_OTHERS
    return {
        Kind.POST: Action.POST,
        Kind.MESSAGE: Action.POST,
        Kind.SHARE: Action.SHARE,
        Kind.COMMENT: Action.COMMENT,
        Kind.REACTION: Action.LIKE,
        Kind.FOLLOW: Action.FOLLOW_OR_JOIN,
        Kind.JOIN_GROUP: Action.FOLLOW_OR_JOIN,
    }.get(a.kind, Action.OTHER)
