"""Domain types shared by every stage, and the loaders that validate reference data eagerly."""

from jaganetral.model.activity import (
    AccountRef,
    Activity,
    GroupRef,
    Kind,
    Media,
    Platform,
    SourceRef,
    Target,
    activity_to_dict,
)
from jaganetral.model.election import Candidate, Contest, Election, Party, RunningMate, Stage
from jaganetral.model.people import AccountKey, AsnStatus, Institution, Person, PersonName

__all__ = [
    "AccountKey",
    "AccountRef",
    "Activity",
    "AsnStatus",
    "Candidate",
    "Contest",
    "Election",
    "GroupRef",
    "Institution",
    "Kind",
    "Media",
    "Party",
    "Person",
    "PersonName",
    "Platform",
    "RunningMate",
    "SourceRef",
    "Stage",
    "Target",
    "activity_to_dict",
]
