"""Screen → attribute → judge: the in-process core of one run.

Cheap work first: every activity is screened (one normalisation, one automaton pass) and its actor
looked up by exact key (one dict lookup) — :meth:`Analyzer.prescreen`. Only activities with
something political, a passive exposure or a known actor go on: :meth:`Analyzer.assess` attributes
the actor and gathers the facts, reading each activity in the context the run has built so far
(the post it answers, the exposure it follows); :mod:`jaganetral.judge.context` then ties
activities together (instructions followed, coordinated engagement) and :meth:`Analyzer.conclude`
applies the rules.

The :class:`Analyzer` holds no per-run state (that lives in a :class:`RunContext`), so the same
object serves one process, worker processes and Spark executors.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from jaganetral.attribute.attributor import UNKNOWN, ActorKind, Attribution, Attributor
from jaganetral.attribute.features import account_keys
from jaganetral.attribute.index import RegistryIndex
from jaganetral.judge.catalogue import Rule, load_rules
from jaganetral.judge.engine import Judge
from jaganetral.judge.facts import Exposure, Facts, Link, action_of
from jaganetral.model.activity import Activity, Kind
from jaganetral.model.clock import tanggal_jam, zone_for_region
from jaganetral.model.election import Election
from jaganetral.model.finding import Action, Finding
from jaganetral.model.regions import place_codes
from jaganetral.screen.gazetteer import Gazetteer
from jaganetral.screen.screener import GROUP_TALK, KTP, Screener, ScreenResult, arrived
from jaganetral.screen.stance import PARTISAN, Reading, Stance
from jaganetral.screen.stance import Context as ReadingContext
from jaganetral.screen.vocabulary import Vocabulary, load_vocabulary

#: Active kinds that count as engaging after a passive exposure (catalogue ALERT-PASSIVE says so).
ENGAGING = frozenset({Kind.REACTION, Kind.COMMENT, Kind.SHARE, Kind.MESSAGE, Kind.POST})
_NATIONAL = frozenset({"presiden", "dpd"})
#: How long after a partisan message in a chat group a message there is read as answering it.
GROUP_REPLY_WINDOW = timedelta(hours=6)
#: How long after an order in a chat group a member's report of having done it ("su sa sebar di
#: grup orang tua", the next morning) is read as answering it.
ORDER_REPORT_WINDOW = timedelta(hours=24)
#: How long after an order to be somewhere ("Sabtu … teko yo") a member's word that they are
#: there ("Wis nang Taman Gayungan pak") is read as answering it: the day named may be days on.
ATTEND_REPORT_WINDOW = timedelta(days=7)
#: How long after an instruction in a chat group its author's next words there can uphold it.
ORDER_UPHELD_WINDOW = timedelta(hours=2)
#: "but" in Indonesian and the regional speech of chats ("mar" in Manado and Ambon, "tapi" everywhere).
_BUT = frozenset({"tapi", "tetapi", "namun", "mar", "tapinya", "nanging"})
#: After an order, a member's message that invokes a prohibition or neutrality, or that questions
#: or warns about the election ("bukannya nda boleh?", "kuatir dados temuan Bawaslu", "itu kan
#: kegiatan kampanye, bukan kegiatan pemkab?"), objects to it; "jadwal kampanye besok" does not.
_OBJECTION_CUES = frozenset({"prohibition", "neutrality"})
_DOUBT_CUES = frozenset({"negators", "neutral_info", "question"})
_ELECTION_WORDS = frozenset({"election", "campaign_event"})


@dataclass
class GroupOrder:
    """The latest partisan instruction in a chat group: who gave it, when, how it read, and
    whether another member has objected since."""

    author: str
    at: datetime
    reading: Reading
    hints: frozenset[str] = frozenset()
    objected: bool = False  # who objected is not kept: a third party, not the subject


@dataclass
class RunContext:
    """What a run has seen so far, in time order.

    ``exposures``: (person or institution, group/target) → the passive exposure there.
    ``threads``: a post's key → how it reads, for replies whose export lacks the parent's text.
    """

    exposures: dict[tuple[str, str], Exposure] = field(default_factory=dict)
    threads: dict[str, Reading] = field(default_factory=dict)
    #: A chat group's latest partisan message (chat exports have no threads: a short reply
    #: right after it answers it).
    groups: dict[str, tuple[datetime, Reading]] = field(default_factory=dict)
    #: A chat group's latest partisan instruction (its author may uphold it after an objection).
    orders: dict[str, GroupOrder] = field(default_factory=dict)


# The old name, kept for callers that hold a context between analyse() calls.
Context = RunContext


@dataclass(frozen=True, slots=True)
class Assessment:
    """One activity with everything known about it, before the rules are applied."""

    facts: Facts
    evidence_sha256: str | None = None

    @property
    def activity(self) -> Activity:
        return self.facts.activity


@dataclass(frozen=True)
class Prepared:
    """What an analyzer needs besides the registry: the gazetteer with its screener, and the
    rules. Built apart so that a scan can build it while the registry index loads."""

    elections: tuple[Election, ...]
    screener: Screener
    judge: Judge

    @classmethod
    def build(
        cls, elections: Iterable[Election], rules: list[Rule] | None = None, vocab: Vocabulary | None = None
    ) -> Prepared:
        els = tuple(elections)
        screener = Screener(Gazetteer(els, vocab or load_vocabulary()))
        return cls(els, screener, Judge(rules if rules is not None else load_rules(), screener.reader))


class Analyzer:
    """Holds the built gazetteer, registry index and rules; analyses activities."""

    def __init__(
        self,
        elections: Iterable[Election],
        index: RegistryIndex,
        rules: list[Rule] | None = None,
        vocab: Vocabulary | None = None,
        *,
        cheap_first_pass: bool = True,
        prepared: Prepared | None = None,
    ) -> None:
        self.elections = tuple(elections)
        #: Skip the screen for what certainly gives nothing (:meth:`Screener.may_matter`); off
        #: only to prove that it changes no finding (tests/pipeline/test_parity.py).
        self.cheap_first_pass = cheap_first_pass
        #: Make the name attribution where activities are screened (:meth:`by_name_ahead`); off
        #: where the index holds only the rows the exact keys joined (the Spark screen step).
        self.names_ahead = True
        if prepared is None:
            prepared = Prepared.build(self.elections, rules, vocab)
        elif len(prepared.elections) != len(self.elections) or any(
            a is not b for a, b in zip(prepared.elections, self.elections, strict=True)
        ):
            raise ValueError("prepared for other elections")
        self.screener = prepared.screener
        self.gazetteer = self.screener.gaz
        self.index = index
        self.attributor = Attributor(
            index,
            candidates=self.gazetteer.candidate_by_id.values(),
            honorifics=self.gazetteer.vocab.honorifics,
        )
        self.judge = prepared.judge

    def with_index(self, index: RegistryIndex) -> Analyzer:
        """The same analyzer (gazetteer, screener, rules shared) attributing against ``index``:
        the Spark job gives each batch the part of the registry its accounts and names need."""
        other = copy.copy(self)
        other.index = index
        other.attributor = copy.copy(self.attributor)
        other.attributor.idx = index
        return other

    def new_context(self) -> RunContext:
        """What a run remembers across activities; one per run."""
        return RunContext()

    # ---- stage by stage -------------------------------------------------------------------------

    def prescreen(self, a: Activity) -> tuple[ScreenResult, Attribution | None]:
        """Screening and the exact-key lookup of one activity."""
        return self.screener.screen(a), self.attributor.exact(a)

    def prime(self, batch: Iterable[Activity]) -> None:
        """Look the exact keys of a batch of actors up at once (vectorised); each activity's
        :meth:`first_pass` then finds its own at dict speed."""
        keys = [k for a in batch for k, _, _ in account_keys(a.platform, a.actor)]
        self.index.accounts.prime(keys)

    def first_pass(self, a: Activity) -> tuple[ScreenResult | None, Attribution | None] | None:
        """Step 3 for one activity: its screen and exact attribution when worth keeping, else
        None. Most activities stop at the exact-key lookup and one automaton pass per text.

        A screen of None is a read deferred (:meth:`defers`): nobody the registry knows wrote it,
        so it matters only if a kept activity answers it (:meth:`read_deferred`)."""
        exact = self.attributor.exact(a)
        if self.cheap_first_pass and not self.screener.may_matter(a, known_actor=exact is not None):
            return None
        if exact is None and self.defers(a):
            return None, None
        s = self.screener.screen(a)
        if self.worth_keeping(s, exact) or (
            a.group is not None and a.kind in GROUP_TALK and _objects(a, s.own.cues)
        ):
            # A member's objection in a chat group is kept whoever wrote it: the instructing
            # official's next words are read against it (:meth:`_order_upheld`).
            return s, exact
        return None

    def defers(self, a: Activity) -> bool:
        """Whether the full read of ``a`` (no exact key) can wait: an activity outside any group,
        exposing nobody, whose actor no name or profile ties to the registry gives no finding of
        its own. It matters only as the post a kept activity answers (a like or a reply read
        against it), which the judge step learns once every file is screened. Only where the name
        attribution can be made here (:attr:`names_ahead`) and with the cheap pass on (off, every
        record is read: the parity tests compare both)."""
        if not (self.cheap_first_pass and self.names_ahead):
            return False
        if a.group is not None or a.kind.is_passive or a.mentions or a.initiated_by is not None:
            return False
        found = self.attributor.attribute(a)
        return found is UNKNOWN or found.kind is ActorKind.UNKNOWN

    def read_deferred(self, a: Activity) -> tuple[ScreenResult, tuple[Attribution, ...] | None] | None:
        """The deferred read of ``a`` (:meth:`defers`), once a kept activity answers it: its screen
        and name attribution as :meth:`first_pass` and :meth:`by_name_ahead` would have made them,
        or None when it is not worth keeping after all."""
        s = self.screener.screen(a)
        if not self.worth_keeping(s, None):
            return None
        return s, self.by_name_ahead(a, s, None)

    def by_name_ahead(
        self, a: Activity, s: ScreenResult, exact: Attribution | None
    ) -> tuple[Attribution, ...] | None:
        """The name attribution :meth:`assess` will want, made ahead (it depends on the activity and
        the registry only, never on what the run saw before): for an activity with no exact key
        whose screen found support, opposition or something unclear. None when not made; empty
        when nobody matched."""
        if (
            not self.names_ahead
            or exact is not None
            or s.stance not in (Stance.SUPPORT, Stance.OPPOSE, Stance.UNCLEAR)
        ):
            return None
        found = self.attributor.attribute(a)
        return () if found is UNKNOWN or found.kind is ActorKind.UNKNOWN else (found,)

    @staticmethod
    def worth_keeping(s: ScreenResult, exact: Attribution | None) -> bool:
        """The state-free filter after :meth:`prescreen`: something political (kept even when
        nobody known wrote it: replies are read against it), or a known actor (who may be
        engaging where they were exposed before). Everything else is dropped."""
        return s.stance in (Stance.SUPPORT, Stance.OPPOSE, Stance.UNCLEAR) or exact is not None

    def assess(
        self,
        a: Activity,
        s: ScreenResult,
        exact: Attribution | None,
        ctx: RunContext,
        *,
        named: tuple[Attribution, ...] | None = None,
    ) -> Assessment | None:
        """Attribution and facts for one activity, read in the context the run has so far
        (``named``: its name attribution made ahead, :meth:`by_name_ahead`)."""
        gkey = _group_key(a)
        talk = gkey is not None and a.kind in GROUP_TALK
        upheld = False
        if talk and s.stance not in PARTISAN:
            # In a group, after a member objected, the instructing official's next words (a message
            # or a reply: a Telegram reply is a comment) are first read as the order upheld.
            assert gkey is not None
            read = self._order_upheld(a, s, ctx, gkey)
            upheld, s = read is not s, read
        # A reply is read against the thread it answers: the post seen earlier (or the campaign
        # thread that post itself was in), when its own export does not show it.
        if (
            not upheld
            and a.target is not None
            and a.target.id
            and s.stance not in PARTISAN
            and not s.context.partisan
        ):
            parent = ctx.threads.get(f"{a.platform.value}:{a.target.id}")
            if parent is not None:
                s = self.screener.screen(a, thread=parent)
        if not upheld and talk and a.kind is Kind.MESSAGE and s.stance not in PARTISAN:
            last = ctx.groups.get(gkey) if gkey is not None else None
            order = ctx.orders.get(gkey) if gkey is not None else None
            if last is not None and timedelta(0) <= a.created_at - last[0] <= GROUP_REPLY_WINDOW:
                s = self.screener.screen(a, thread=last[1], reply=True)
            elif order is not None and self._reports_order(a, s, order):
                # A report of having done what the group was told, hours or days later, answers it.
                s = self.screener.screen(a, thread=order.reading, reply=True)
        if s.stance in PARTISAN or s.context.partisan:
            reading = s.own if s.own.partisan else s.context
            ctx.threads.setdefault(a.key, reading)
            if a.kind.is_passive and a.target is not None and a.target.id:
                # Tagged in a post: the post itself reads so (a like on it later is read against it).
                ctx.threads.setdefault(f"{a.platform.value}:{a.target.id}", reading)
        if gkey is not None and s.own.partisan:
            ctx.groups[gkey] = (a.created_at, s.own)
            if a.kind in GROUP_TALK and (s.own.instruction is not None or KTP in s.hints):
                ctx.orders[gkey] = GroupOrder(_author(a), a.created_at, s.own, s.hints)
        if s.stance in (Stance.NONE, Stance.NEUTRAL, Stance.NEWS) and exact is None:
            return None
        if exact is not None:
            actor = exact
        elif s.stance is Stance.NONE:
            actor = UNKNOWN
        elif named is not None:
            actor = named[0] if named else UNKNOWN
        else:
            actor = self.attributor.attribute(a)
        if actor is UNKNOWN or actor.kind is ActorKind.UNKNOWN:
            return None
        engaged = None
        key = _exposure_key(a, actor)
        if a.kind.is_passive:
            if key is not None and s.stance in PARTISAN:
                ctx.exposures.setdefault(
                    key,
                    Exposure(
                        a.id,
                        a.kind,
                        (a.initiated_by.name or a.initiated_by.handle) if a.initiated_by else None,
                        tanggal_jam(a.created_at, zone_for_region(_region(actor))),
                    ),
                )
        elif key is not None and a.kind in ENGAGING and key in ctx.exposures and s.stance in PARTISAN:
            engaged = ctx.exposures[key]
        if s.stance in (Stance.NONE, Stance.NEUTRAL, Stance.NEWS):
            return None
        return Assessment(self.facts(a, s, actor, engaged))

    def _reports_order(self, a: Activity, s: ScreenResult, order: GroupOrder) -> bool:
        """Whether ``a`` reports doing what ``order`` asked: sharing or liking within
        :data:`ORDER_REPORT_WINDOW`, or being where it asked (or how many came) within
        :data:`ATTEND_REPORT_WINDOW`."""
        since = a.created_at - order.at
        if since < timedelta(0) or s.own.question:
            return False
        if since <= ORDER_REPORT_WINDOW and {"engagement", "done"} <= s.own.cues:
            return True
        # Handing in what a collection asked for, days later: "sa su bawa fotokopi KTP sa deng
        # istri ke meja Bapa", "data KK RT 1 sampai 7 su sa kirim ke tim".
        collected = {"ktp", "personal_data"}
        if (
            since <= ATTEND_REPORT_WINDOW
            and (KTP in order.hints or order.reading.cues & collected)
            and "done" in s.own.cues
            and (s.own.cues - s.own.denied) & collected
        ):
            return True
        ins = order.reading.instruction
        return (
            since <= ATTEND_REPORT_WINDOW
            and ins is not None
            and bool(ins.words)
            and arrived(
                self.gazetteer.normalise(a.text or "").split(),
                ins.words,
                self.screener.done_words,
                self.gazetteer.vocab,
            )
        )

    def _order_upheld(self, a: Activity, s: ScreenResult, ctx: RunContext, gkey: str) -> ScreenResult:
        """An instruction in a chat group, a member's objection, then the instructing official's
        own next words within :data:`ORDER_UPHELD_WINDOW`: the order upheld ("Nda apa-apa ji …
        Jumat dikumpul"), unless those words take it back or speak for neutrality. Without an
        objection the author's next words are read as any message is (a lead at most)."""
        order = ctx.orders.get(gkey)
        if order is None or a.created_at < order.at:
            return s
        if _author(a) != order.author:
            if not order.objected and not s.own.partisan and _objects(a, s.own.cues):
                ctx.orders[gkey] = replace(order, objected=True)
            return s
        if (
            not order.objected
            or a.created_at - order.at > ORDER_UPHELD_WINDOW
            or s.stance in PARTISAN
            or s.own.cues & {"neutrality", "retraction"}
            or (s.own.cues and s.own.cues <= {"agreement", "acknowledgment"})  # "iya", "nggih pak"
            or (not s.own.cues and not self._about_order(a, order))
            or self._not_forcing(a)
        ):
            return s
        return self.screener.upheld(s, order.reading, order.hints)

    def _not_forcing(self, a: Activity) -> bool:
        """ "Beta seng paksa, cuma bilang saja", "tidak wajib kok": compulsion denied and nothing more
        — the order is neither repeated nor withdrawn, and these words are no new finding. With a
        "but" after the denial ("bukan wajib, tapi kita harus tahu diri") the pressure goes on."""
        toks = self.gazetteer.normalise(a.text or "").split()
        negators = self.screener.reader.negator_words
        coercion = self.gazetteer.vocab.coercion
        at = next((i for i, t in enumerate(toks[:-1]) if t in negators and toks[i + 1] in coercion), None)
        if at is None or any(t in _BUT for t in toks[at + 2 :]):
            return False
        # "Bukan wajib … yang mau datang silakan, nanti absen": still asked, as a chat reads it.
        return self.screener.reader.read(a.text or "", ReadingContext(chat=True)).instruction is None

    def _about_order(self, a: Activity, order: GroupOrder) -> bool:
        """Words with no cue at all uphold the order only when they name its candidate or repeat
        its act ("Kang Yusuf kan masih wakil bupati, anggap saja liputan pembangunan"); "nanti rapat
        jam 2" is about something else."""
        norm = self.gazetteer.normalise(a.text or "")
        wanted = set(order.reading.targets)
        if any(wanted & set(h.entry.candidate_ids) for h in self.gazetteer.find(norm)):
            return True
        act = order.reading.instruction.action if order.reading.instruction is not None else None
        stem = act[:5] if act else ""
        return bool(stem) and any(stem in t for t in norm.split())

    def assess_initiator(self, a: Activity, s: ScreenResult) -> Assessment | None:
        """The person who added an ASN to a campaign group, when that person is an ASN too: the
        added one is only exposed, the adder acted (bringing staff into a winning team)."""
        if a.kind is not Kind.ADDED_TO_GROUP or a.initiated_by is None or s.stance not in PARTISAN:
            return None
        added = self.attributor.exact(a)
        adder = self.attributor.exact(a, a.initiated_by)
        if (
            adder is None
            or adder.kind is not ActorKind.ASN
            or added is None
            or added.kind is not ActorKind.ASN
        ):
            return None
        assert added.person is not None and adder.person is not None
        if added.person.nip == adder.person.nip:
            return None
        text = (
            f"memasukkan ASN {added.person.name} ({added.person.jabatan}, {added.person.instansi}) "
            f"ke grup pendukung '{a.group.name if a.group else ''}'"
        )
        f = self.facts(a, s, adder)
        return Assessment(
            replace(
                f,
                action=Action.INSTRUCT_OTHERS,
                role="initiator",
                links=(Link(a.id, "adds_asn", text, (added.person.nip,)),),
            )
        )

    def facts(
        self, a: Activity, s: ScreenResult, actor: Attribution, engaged: Exposure | None = None
    ) -> Facts:
        """The facts of one attributed activity."""
        action = action_of(a, s, actor.kind is ActorKind.INSTITUTION)
        candidate_ids = self._resolve_candidates(s, actor)
        election = self._election_for(candidate_ids)
        stage = election.stage_on(a.created_at) if election is not None else None
        return Facts(
            activity=a,
            screen=s,
            actor=actor,
            candidate_ids=candidate_ids,
            election=election,
            designated=election.is_designated_for(a.created_at, candidate_ids)
            if election is not None
            else False,
            calendar_stage=stage,
            action=action,
            engaged_after=engaged,
            candidate_is_independent=self._independent(candidate_ids) if KTP in s.hints else None,
        )

    def conclude(self, asmt: Assessment) -> Finding | None:
        """Apply the rules to an assessed activity."""
        return self.judge.judge(asmt.facts, asmt.evidence_sha256)

    def analyse(
        self,
        a: Activity,
        s: ScreenResult | None = None,
        exact: Attribution | None = None,
        evidence_sha256: str | None = None,
        context: RunContext | None = None,
    ) -> Finding | None:
        """Everything for one activity; ``s``/``exact`` may be passed in from :meth:`prescreen`.

        ``context`` carries what earlier activities of the same run showed (pass the same one, in
        chronological order); without it the activity is judged on its own.
        """
        if s is None:
            s, exact = self.prescreen(a)
        asmt = self.assess(a, s, exact, context if context is not None else RunContext())
        if asmt is None:
            return None
        return self.conclude(replace(asmt, evidence_sha256=evidence_sha256))

    # ---- helpers --------------------------------------------------------------------------------

    def _resolve_candidates(self, s: ScreenResult, actor: Attribution) -> tuple[str, ...]:
        """Narrow candidates spread over several contests (e.g. "coblos 2") to the actor's region."""
        ids = s.candidate_ids
        contests = {self.gazetteer.contest_of.get(c) for c in ids}
        if len(contests) <= 1:
            return ids
        prov, kab = place_codes(_region(actor))
        if prov is None:
            return ids
        local: set[str] = set()
        for cid in contests:
            if cid is None:
                continue
            k = self.gazetteer.contests[cid]
            if k.office in _NATIONAL:
                local.add(cid)
                continue
            kp, kk = place_codes(k.region)
            if kk is not None and kk == kab or kk is None and kp == prov:
                local.add(cid)
        narrowed = tuple(i for i in ids if self.gazetteer.contest_of.get(i) in local)
        return narrowed or ids

    def _election_for(self, candidate_ids: tuple[str, ...]) -> Election | None:
        g = self.gazetteer
        of = {id(g.election_of_contest[g.contest_of[c]]) for c in candidate_ids if c in g.contest_of}
        for e in self.elections:
            if id(e) in of:
                return e
        return self.elections[0] if self.elections else None

    def _independent(self, candidate_ids: tuple[str, ...]) -> bool | None:
        cands = [
            self.gazetteer.candidate_by_id[c] for c in candidate_ids if c in self.gazetteer.candidate_by_id
        ]
        if not cands:
            return None
        return all(c.is_independent for c in cands)


def _objects(a: Activity, cues: frozenset[str]) -> bool:
    """Whether a member's message objects to an order (see :data:`_OBJECTION_CUES`)."""
    if cues & _OBJECTION_CUES:
        return True
    # "itu kan kegiatan kampanye, bukan kegiatan pemkab?": doubt about the election or the campaign.
    return bool(cues & _ELECTION_WORDS) and (bool(cues & _DOUBT_CUES) or "?" in (a.text or ""))


def _author(a: Activity) -> str:
    """Who wrote a message, as the export names them (a number, an id or a saved name)."""
    return f"{a.platform.value}:{a.actor.id or a.actor.handle or a.actor.name or ''}".lower()


def _group_key(a: Activity) -> str | None:
    if a.group is None or not (a.group.id or a.group.name):
        return None
    return f"{a.platform.value}:group:{a.group.id or a.group.name}"


def _region(actor: Attribution) -> str | None:
    if actor.person is not None:
        return actor.person.wilayah
    if actor.institution is not None:
        return actor.institution.wilayah
    return None


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


__all__ = ["Analyzer", "Assessment", "Context", "Link", "RunContext"]
