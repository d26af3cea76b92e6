"""The case state machine and its legal clocks, loaded from ``catalogue/cases/workflow.yaml``.

Pure functions only: which moves a role may make from a state, and when the running clock is due.
The service (:mod:`jaganetral.cases.service`) applies them to stored cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from jaganetral.errors import InvalidConfig, JaganetralError
from jaganetral.model.labels import label, labels
from jaganetral.model.yamlio import validate_yaml

WORKFLOW_FILE = Path(__file__).resolve().parents[1] / "catalogue" / "cases" / "workflow.yaml"

ElectionType = Literal["pemilu", "pilkada"]
ROLES = ("admin", "analis", "pemeriksa", "pimpinan", "instansi")


class CaseError(JaganetralError):
    """A move the workflow does not allow (wrong state, missing decision, four-eyes rule)."""

    http_status = 409


class PermissionDenied(JaganetralError):
    """The user's role or agency does not allow this."""

    http_status = 403


class CaseNotFound(PermissionDenied):
    """No such case, or not one this user may see: the same answer, so ids cannot be probed."""

    http_status = 404


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Strict):
    days: int = 0
    hours: int = 0
    working_days: int = 0
    basis: str = ""


class Clock(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    start: Literal["discovered", "entered", "first_entered", "registered"] = Field(alias="from")
    days: int = 0
    hours: int = 0
    working_days: int = 0
    basis: str = ""
    outcome: str | None = None
    pemilu: Span | None = None
    pilkada: Span | None = None

    def span(self, election_type: ElectionType) -> Span:
        per_type = self.pemilu if election_type == "pemilu" else self.pilkada
        if per_type is not None:
            return per_type
        return Span(days=self.days, hours=self.hours, working_days=self.working_days, basis=self.basis)


class StateDef(_Strict):
    """A stage of the procedure; its words are ``case_state`` in catalogue/labels.yaml."""

    clock: Clock | None = None
    final: bool = False


class Transition(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    source: str = Field(alias="from")
    to: str
    roles: tuple[str, ...]
    needs: Literal["outcome", "approved_recommendation", "ppk_result"] | None = None
    outcomes: tuple[str, ...] = ()
    #: a move that may be made only once per case (no bouncing a report back and forth for ever)
    once: bool = False


class Labelled(_Strict):
    """An outcome or a PPK result; its words are ``outcome`` / ``ppk_result`` in labels.yaml."""

    recipients: tuple[str, ...] = ()


class RoleDef(_Strict):
    label: str


class RecipientSwitch(_Strict):
    date: date
    before: str
    after: str


class AgencyView(_Strict):
    forwarded_to: tuple[str, ...]
    event_kinds: tuple[str, ...]
    states_shown: tuple[str, ...]


class Workflow(_Strict):
    roles: dict[str, RoleDef]
    states: dict[str, StateDef]
    extensions: dict[str, Span]
    transitions: tuple[Transition, ...]
    outcomes: dict[str, Labelled]
    ppk_results: dict[str, Labelled]
    recipient_switch: RecipientSwitch
    merge_window_days: int
    permissions: dict[str, tuple[str, ...]]
    agency_view: AgencyView

    def may(self, role: str, action: str) -> bool:
        """Whether ``role`` may do ``action`` (``permissions``); unknown actions are refused."""
        return role in self.permissions.get(action, ())

    def moves(self, state: str, role: str, outcome: str | None = None) -> list[Transition]:
        """The transitions ``role`` may take from ``state`` (given the case's outcome)."""
        out = []
        for t in self.transitions:
            if t.source != state or role not in t.roles:
                continue
            if t.outcomes and outcome not in t.outcomes:
                continue
            out.append(t)
        return out

    def transition(self, state: str, to: str) -> Transition:
        for t in self.transitions:
            if t.source == state and t.to == to:
                return t
        raise CaseError(f"perpindahan {state} → {to} tidak ada dalam alur penanganan")

    def label(self, state: str, lang: str = "id") -> str:
        """The stage's words (labels.yaml ``case_state``); an unknown key is shown as itself."""
        return label("case_state", state, lang)

    def outcome_label(self, key: str | None, lang: str = "id") -> str:
        return label("outcome", key, lang)

    def ppk_label(self, key: str | None, lang: str = "id") -> str:
        return label("ppk_result", key, lang)

    def move_label(self, t: Transition, lang: str = "id") -> str:
        """A move by its own name where it has one ("Tidak ditindaklanjuti"), else its target stage."""
        key = f"{t.source}>{t.to}"
        return label("move", key, lang) if key in labels()["move"] else self.label(t.to, lang)

    def recipient_for(self, outcome: str, on: date) -> str:
        """Where a decision is forwarded: Gakkumdu for crimes; KASN before its dissolution, BKN after."""
        if outcome == "dugaan_pidana":
            return "Gakkumdu"
        sw = self.recipient_switch
        return sw.before if on < sw.date else sw.after


@lru_cache(maxsize=4)
def load_workflow(path: Path = WORKFLOW_FILE) -> Workflow:
    wf, lines = validate_yaml(path, Workflow)
    names = set(wf.states)
    for i, t in enumerate(wf.transitions):
        for end in (t.source, t.to):
            if end not in names:
                raise InvalidConfig(
                    f"unknown state {end!r}",
                    file=str(path),
                    line=lines.get(("transitions", i)),
                    field=f"transitions[{i}]",
                )
        bad = [r for r in t.roles if r not in wf.roles]
        if bad:
            raise InvalidConfig(
                f"unknown role {bad[0]!r}",
                file=str(path),
                line=lines.get(("transitions", i)),
                field=f"transitions[{i}].roles",
            )
    # every key people see has its words in the one label table (Indonesian and English)
    table = labels()
    for group, keys, where in (
        ("case_state", wf.states, "states"),
        ("outcome", wf.outcomes, "outcomes"),
        ("ppk_result", wf.ppk_results, "ppk_results"),
    ):
        for key in keys:
            if key not in table[group]:
                raise InvalidConfig(
                    f"{key!r} has no words in catalogue/labels.yaml ({group})", file=str(path),
                    line=lines.get((where, key)), field=f"{where}.{key}",
                )  # fmt: skip
    for action, roles in wf.permissions.items():
        bad = [r for r in roles if r not in wf.roles]
        if bad:
            raise InvalidConfig(
                f"unknown role {bad[0]!r}", file=str(path), line=lines.get(("permissions", action)),
                field=f"permissions.{action}",
            )  # fmt: skip
    return wf


def add_span(start: datetime, span: Span) -> datetime:
    """``start`` plus the span; working days skip Saturdays and Sundays."""
    end = start + timedelta(days=span.days, hours=span.hours)
    left = span.working_days
    while left > 0:
        end += timedelta(days=1)
        if end.weekday() < 5:
            left -= 1
    return end


@dataclass(frozen=True, slots=True)
class Due:
    """The deadline of the clock running in a state, and the rule it comes from."""

    at: datetime
    basis: str

    def overdue(self, now: datetime) -> bool:
        return now > self.at

    def remaining_text(self, now: datetime) -> str:
        """ "sisa 2 hari 3 jam" or "terlambat 5 jam" (Indonesian, for badges)."""
        delta = self.at - now
        late = delta.total_seconds() < 0
        secs = abs(int(delta.total_seconds()))
        d, h = secs // 86400, (secs % 86400) // 3600
        parts = ([f"{d} hari"] if d else []) + ([f"{h} jam"] if h or not d else [])
        return ("terlambat " if late else "sisa ") + " ".join(parts)


def due_for(
    wf: Workflow,
    state: str,
    election_type: ElectionType,
    *,
    discovered_at: datetime,
    entered_at: datetime,
    registered_at: datetime | None,
    outcome: str | None = None,
    extended: bool = False,
    first_entered_at: datetime | None = None,
) -> Due | None:
    """The deadline running in ``state``, or ``None`` when no legal clock runs there."""
    sd = wf.states.get(state)
    if sd is None or sd.clock is None:
        return None
    clock = sd.clock
    if clock.outcome is not None and clock.outcome != outcome:
        return None
    start = {
        "discovered": discovered_at,
        "entered": entered_at,
        # the legal clock runs once from the first entry: leaving and re-entering does not restart it
        "first_entered": first_entered_at or entered_at,
        "registered": registered_at or entered_at,
    }[clock.start]
    span = clock.span(election_type)
    at = add_span(start, span)
    basis = span.basis
    if extended and clock.start == "registered":
        ext = wf.extensions[election_type]
        at = add_span(at, ext)
        basis = f"{basis}; diperpanjang: {ext.basis}"
    return Due(at=at, basis=basis)


def election_type_of(election_id: str | None) -> ElectionType:
    """Pilkada (UU 10/2016 clocks) or Pemilu (UU 7/2017 clocks), from the election's id."""
    return "pilkada" if election_id and "pilkada" in election_id.lower() else "pemilu"
