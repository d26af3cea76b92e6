"""Screen → attribute → judge for one activity at a time: the in-process pipeline core.

Cheap work first: every activity is screened (one normalisation, one automaton pass) and its actor
looked up by exact key (one dict lookup). Only activities with something political, or a passive
exposure, go on to name matching and the rule engine. The same :class:`Analyzer` runs in one process
and inside Spark/multiprocessing workers (it holds no open files or connections).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from jaganetral.attribute.attributor import UNKNOWN, ActorKind, Attribution, Attributor
from jaganetral.attribute.index import RegistryIndex
from jaganetral.judge.catalogue import Rule, load_rules
from jaganetral.judge.engine import Judge
from jaganetral.judge.facts import Exposure, Facts, action_of
from jaganetral.model.activity import Activity, Kind
from jaganetral.model.clock import tanggal_jam
from jaganetral.model.election import Election
from jaganetral.model.finding import Action, Finding
from jaganetral.model.names import match_key
from jaganetral.screen.gazetteer import Gazetteer
from jaganetral.screen.screener import Screener, ScreenResult, Verdict
from jaganetral.screen.vocabulary import Vocabulary, load_vocabulary

#: Active kinds that count as engaging after a passive exposure (catalogue ALERT-PASSIVE says so).
ENGAGING = frozenset({Kind.REACTION, Kind.COMMENT, Kind.SHARE, Kind.MESSAGE, Kind.POST})


@dataclass
class Context:
    """What a run has seen so far: passive exposures by (person or institution, group/target)."""

    exposures: dict[tuple[str, str], tuple[Exposure, ScreenResult]] = field(default_factory=dict)


class Analyzer:
    """Holds the built gazetteer, registry index and rules; analyses activities one by one."""

    def __init__(
        self,
        elections: Iterable[Election],
        index: RegistryIndex,
        rules: list[Rule] | None = None,
        vocab: Vocabulary | None = None,
    ) -> None:
        self.elections = tuple(elections)
        self.gazetteer = Gazetteer(self.elections, vocab or load_vocabulary())
        self.screener = Screener(self.gazetteer)
        self.index = index
        self.attributor = Attributor(index)
        self.judge = Judge(rules if rules is not None else load_rules())

    def new_context(self) -> Context:
        """What a run remembers across activities (exposures so far); one per run."""
        return Context()

    # ---- stage by stage -------------------------------------------------------------------------

    def prescreen(self, a: Activity) -> tuple[ScreenResult, Attribution | None]:
        """The cheap part: screening and the exact-key lookup. Most activities stop here."""
        s = self.screener.screen(a)
        exact = self.attributor.exact(a)
        return s, exact

    @staticmethod
    def worth_keeping(s: ScreenResult, exact: Attribution | None) -> bool:
        """The state-free filter after :meth:`prescreen`: something political, or a known actor
        (who may be engaging where they were exposed before). Everything else is dropped."""
        return s.verdict in (Verdict.CAMPAIGN, Verdict.MENTION) or exact is not None

    @staticmethod
    def is_interesting(a: Activity, s: ScreenResult, exact: Attribution | None, context: Context) -> bool:
        """Worth the costly steps: something political, or a known actor acting where they were
        exposed before (a passive exposure without campaign content gives nothing)."""
        if s.verdict in (Verdict.CAMPAIGN, Verdict.MENTION):
            return True
        return exact is not None and bool(context.exposures) and _exposure_key(a, exact) is not None

    def analyse(
        self,
        a: Activity,
        s: ScreenResult | None = None,
        exact: Attribution | None = None,
        evidence_sha256: str | None = None,
        context: Context | None = None,
    ) -> Finding | None:
        """Everything for one activity; ``s``/``exact`` may be passed in from :meth:`prescreen`.

        ``context`` carries what earlier activities of the same run showed (pass the same one, in
        chronological order); without it the activity is judged on its own.
        """
        if s is None:
            s, exact = self.prescreen(a)
        ctx = context if context is not None else Context()
        if not self.is_interesting(a, s, exact, ctx):
            return None
        actor = exact or self.attributor.attribute(a)
        if actor is UNKNOWN or actor.kind is ActorKind.UNKNOWN:
            return None
        engaged = None
        key = _exposure_key(a, actor)
        if a.kind.is_passive and key is not None:
            ctx.exposures.setdefault(
                key,
                (
                    Exposure(
                        a.id,
                        a.kind,
                        (a.initiated_by.name or a.initiated_by.handle) if a.initiated_by else None,
                        tanggal_jam(a.created_at),
                    ),
                    s,
                ),
            )
        elif key is not None and a.kind in ENGAGING and key in ctx.exposures:
            engaged, exposed_to = ctx.exposures[key]
            if s.verdict is Verdict.NONE:
                # Staying active in the campaign group / liking the post one was tagged in is
                # judged on what one was exposed to.
                s = exposed_to
        action = action_of(a, s, actor.kind is ActorKind.INSTITUTION)
        if (
            a.kind is Kind.MESSAGE
            and a.group is not None
            and action is not Action.INSTRUCT_OTHERS
            and not self.screener.screen_text(a.text).is_campaign
        ):
            # A message whose own words do not campaign, in a group that does (its name, or what
            # the member was added to): taking part in a winning-team group, not posting.
            action = Action.FOLLOW_OR_JOIN
        candidate_ids = self._resolve_candidates(s, actor)
        election = self._election_for(candidate_ids)
        stage = election.stage_on(a.created_at) if election is not None else None
        facts = Facts(
            activity=a,
            screen=s,
            actor=actor,
            candidate_ids=candidate_ids,
            election=election,
            designated=election.is_designated(a.created_at) if election is not None else False,
            calendar_stage=stage,
            action=action,
            engaged_after=engaged,
        )
        return self.judge.judge(facts, evidence_sha256)

    # ---- helpers --------------------------------------------------------------------------------

    def _resolve_candidates(self, s: ScreenResult, actor: Attribution) -> tuple[str, ...]:
        """Narrow candidates spread over several contests (e.g. "coblos 2") to the actor's region."""
        ids = s.candidate_ids
        contests = {self.gazetteer.contest_of.get(c) for c in ids}
        if len(contests) <= 1:
            return ids
        region = (
            actor.person.wilayah
            if actor.person is not None
            else actor.institution.wilayah
            if actor.institution is not None
            else None
        )
        if not region:
            return ids
        rk = match_key(region)
        local = {c.id for e in self.elections for c in e.contests if match_key(c.region) == rk}
        narrowed = tuple(i for i in ids if self.gazetteer.contest_of.get(i) in local)
        return narrowed or ids

    def _election_for(self, candidate_ids: tuple[str, ...]) -> Election | None:
        for e in self.elections:
            if any(e.candidate(c) is not None for c in candidate_ids):
                return e
        return self.elections[0] if self.elections else None


def _exposure_key(a: Activity, actor: Attribution) -> tuple[str, str] | None:
    who = (
        actor.person.nip
        if actor.person is not None
        else actor.institution.instansi
        if actor.institution is not None
        else None
    )
    where = (
        (a.group.id or a.group.name)
        if a.group is not None
        else (a.target.id if a.target is not None else None)
    )
    if who is None or where is None:
        return None
    return who, where
