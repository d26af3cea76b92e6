"""Elections as configured by the watchdog: stages (calendar), contests, candidates, parties.

Loaded from the election YAML of contract.md and validated eagerly. The domain types are frozen
dataclasses; pydantic models exist only at the file boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from jaganetral.errors import InvalidConfig
from jaganetral.model.activity import Platform
from jaganetral.model.clock import calendar_date
from jaganetral.model.identifiers import normalise_handle
from jaganetral.model.people import AccountKey
from jaganetral.model.yamlio import line_of, validate_yaml

OFFICES = ("presiden", "dpr", "dpd", "dprd_provinsi", "dprd_kabkota", "gubernur", "bupati", "walikota")


@dataclass(frozen=True, slots=True)
class Stage:
    """A stage of the election calendar; dates inclusive, Asia/Jakarta."""

    name: str
    start: date
    end: date

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end


@dataclass(frozen=True, slots=True)
class Party:
    abbr: str
    name: str
    aliases: tuple[str, ...] = ()
    number: int | None = None  # the party's ballot number in a Pemilu


@dataclass(frozen=True, slots=True)
class RunningMate:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate (or bakal calon) of one contest with everything that can name them in text."""

    id: str
    contest_id: str
    name: str
    aliases: tuple[str, ...] = ()
    running_mate: RunningMate | None = None
    ballot_number: int | None = None
    parties: tuple[str, ...] = ()
    slogans: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    accounts: tuple[AccountKey, ...] = ()
    #: An independent (perseorangan) pair; when not given, a pair without parties is independent.
    independent: bool | None = None

    @property
    def is_independent(self) -> bool:
        return self.independent if self.independent is not None else not self.parties


@dataclass(frozen=True, slots=True)
class Contest:
    id: str
    office: str
    region: str
    candidates: tuple[Candidate, ...]
    #: When KPU designated this contest's candidates, if not the election's ``penetapan_calon``
    #: (Pemilu 2024: legislative lists 3 Nov 2023, presidential pairs 13 Nov 2023).
    designated: date | None = None


@dataclass(frozen=True, slots=True)
class Election:
    """One configured election (Pemilu or Pilkada) with its calendar and contests."""

    id: str
    name: str
    voting_day: date
    stages: tuple[Stage, ...]
    parties: tuple[Party, ...]
    contests: tuple[Contest, ...]
    source_sha256: str = ""
    # Derived once (a national election has hundreds of contests; rules ask per finding).
    _pilkada: bool = field(init=False, repr=False, compare=False, default=False)
    _contest_of: dict[str, Contest] = field(init=False, repr=False, compare=False, default_factory=dict)
    _candidates: dict[str, Candidate] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_pilkada", any(c.office in ("gubernur", "bupati", "walikota") for c in self.contests)
        )
        for k in self.contests:
            for cand in k.candidates:
                self._contest_of.setdefault(cand.id, k)
                self._candidates.setdefault(cand.id, cand)

    @property
    def is_pilkada(self) -> bool:
        return self._pilkada

    def candidates(self) -> tuple[Candidate, ...]:
        return tuple(cand for c in self.contests for cand in c.candidates)

    def candidate(self, candidate_id: str) -> Candidate | None:
        return self._candidates.get(candidate_id)

    def stage_on(self, when: datetime | date) -> Stage | None:
        """The configured stage whose dates include ``when`` (Asia/Jakarta), if any."""
        d = calendar_date(when) if isinstance(when, datetime) else when
        return next((s for s in self.stages if s.contains(d)), None)

    def designation_date(self) -> date | None:
        """First day of ``penetapan_calon``: a bakal calon before it, a calon from it on."""
        s = next((s for s in self.stages if s.name == "penetapan_calon"), None)
        return None if s is None else s.start

    def is_designated(self, when: datetime | date) -> bool:
        """True when candidates are *calon* (designated) at ``when``; False for *bakal calon*."""
        d = calendar_date(when) if isinstance(when, datetime) else when
        start = self.designation_date()
        return start is not None and d >= start

    def designation_date_for(self, candidate_ids: tuple[str, ...] | list[str]) -> date | None:
        """The designation date of the contest these candidates stand in (the earliest if several)."""
        contests = {id(k): k for c in candidate_ids if (k := self._contest_of.get(c)) is not None}
        dates = [k.designated for k in contests.values() if k.designated is not None]
        return min(dates) if dates else self.designation_date()

    def is_designated_for(self, when: datetime | date, candidate_ids: tuple[str, ...] | list[str]) -> bool:
        """:meth:`is_designated` for the contest of ``candidate_ids`` (its own date if it has one)."""
        d = calendar_date(when) if isinstance(when, datetime) else when
        start = self.designation_date_for(candidate_ids)
        return start is not None and d >= start

    def period(self) -> tuple[date, date]:
        """From the first configured stage to voting day: when naming a candidate can matter."""
        return min(s.start for s in self.stages), self.voting_day


# ---- file boundary (pydantic) -------------------------------------------------------------------

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _ElectionHead(_Strict):
    id: str = Field(pattern=_ID.pattern)
    name: str = Field(min_length=1)
    voting_day: date


class _Stage(_Strict):
    name: str = Field(min_length=1)
    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> _Stage:
        if self.end < self.start:
            raise ValueError(f"stage '{self.name}' ends ({self.end}) before it starts ({self.start})")
        return self


class _Party(_Strict):
    abbr: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: list[str] = []
    number: int | None = Field(default=None, ge=1, le=99)


class _Account(_Strict):
    platform: str
    handle: str = Field(min_length=1)

    @field_validator("platform")
    @classmethod
    def _known(cls, v: str) -> str:
        try:
            return Platform.parse(v).value
        except ValueError:
            raise ValueError(f"unknown platform '{v}'") from None


class _Mate(_Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []


class _Candidate(_Strict):
    id: str = Field(pattern=_ID.pattern)
    name: str = Field(min_length=1)
    aliases: list[str] = []
    running_mate: _Mate | None = None
    ballot_number: int | None = Field(default=None, ge=1, le=99)
    parties: list[str] = []
    slogans: list[str] = []
    hashtags: list[str] = []
    accounts: list[_Account] = []
    independent: bool | None = None


class _Contest(_Strict):
    id: str = Field(pattern=_ID.pattern)
    office: str
    region: str = Field(min_length=1)
    candidates: list[_Candidate] = []
    designated: date | None = None

    @field_validator("office")
    @classmethod
    def _office(cls, v: str) -> str:
        if v not in OFFICES:
            raise ValueError(f"office must be one of {', '.join(OFFICES)}")
        return v


class _ElectionFile(_Strict):
    election: _ElectionHead
    stages: list[_Stage] = Field(min_length=1)
    parties: list[_Party] = []
    contests: list[_Contest] = []


def load_election(path: Path) -> Election:
    """Load and validate an election YAML; raise :class:`InvalidConfig` naming file, line, field."""
    import hashlib

    doc, lines = validate_yaml(path, _ElectionFile)
    name = str(path)

    def fail(msg: str, loc: tuple[str | int, ...]) -> InvalidConfig:
        return InvalidConfig(msg, file=name, line=line_of(lines, loc), field=".".join(str(p) for p in loc))

    party_abbrs = {p.abbr for p in doc.parties}
    seen_ids: set[str] = set()
    contests: list[Contest] = []
    for ci, c in enumerate(doc.contests):
        if c.id in seen_ids:
            raise fail(f"duplicate id '{c.id}'", ("contests", ci, "id"))
        seen_ids.add(c.id)
        cands: list[Candidate] = []
        numbers: set[int] = set()
        for ki, k in enumerate(c.candidates):
            loc: tuple[str | int, ...] = ("contests", ci, "candidates", ki)
            if k.id in seen_ids:
                raise fail(f"duplicate id '{k.id}'", (*loc, "id"))
            seen_ids.add(k.id)
            if k.ballot_number is not None:
                if k.ballot_number in numbers:
                    raise fail(
                        f"ballot number {k.ballot_number} used twice in contest '{c.id}'",
                        (*loc, "ballot_number"),
                    )
                numbers.add(k.ballot_number)
            for pi, p in enumerate(k.parties):
                if party_abbrs and p not in party_abbrs:
                    raise fail(f"party '{p}' is not listed under 'parties'", (*loc, "parties", pi))
            cands.append(
                Candidate(
                    id=k.id,
                    contest_id=c.id,
                    name=k.name,
                    aliases=tuple(k.aliases),
                    running_mate=None
                    if k.running_mate is None
                    else RunningMate(k.running_mate.name, tuple(k.running_mate.aliases)),
                    ballot_number=k.ballot_number,
                    parties=tuple(k.parties),
                    slogans=tuple(k.slogans),
                    hashtags=tuple(k.hashtags),
                    accounts=tuple(
                        AccountKey(Platform(a.platform), normalise_handle(Platform(a.platform), a.handle))
                        for a in k.accounts
                    ),
                    independent=k.independent,
                )
            )
        contests.append(
            Contest(
                id=c.id, office=c.office, region=c.region, candidates=tuple(cands), designated=c.designated
            )
        )
    stage_names = [s.name for s in doc.stages]
    for si, s in enumerate(stage_names):
        if stage_names.index(s) != si:
            raise fail(f"duplicate stage '{s}'", ("stages", si, "name"))
    return Election(
        id=doc.election.id,
        name=doc.election.name,
        voting_day=doc.election.voting_day,
        stages=tuple(Stage(s.name, s.start, s.end) for s in doc.stages),
        parties=tuple(Party(p.abbr, p.name, tuple(p.aliases), p.number) for p in doc.parties),
        contests=tuple(contests),
        source_sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
    )
