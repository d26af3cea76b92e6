"""Steps 4 and 5 — attribute and judge what the screen kept, in the order things happened.

Judgement can span activities (a reply read against its post, an exposure before an engagement,
an instruction followed, coordinated likes), so the kept observations are taken in chronological
order (ties by activity key): the result does not depend on the order in which files were given,
screened or split.

    3b. settle     the deferred reads: a post nobody known wrote is read   (settle)
                   in full only when a kept activity answers it
    4. attribute   every kept activity, read in the run's context so far   (Analyzer.assess)
       + link      instructions to the members who followed them,          (judge.context)
                   coordinated engagement by ASN of one agency
    5. judge       the rules, per activity                                  (Analyzer.conclude)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from jaganetral.judge.analysis import Analyzer, Assessment
from jaganetral.judge.context import coordinations, link_instructions, mark_coordinated
from jaganetral.model.activity import Activity
from jaganetral.model.finding import Finding, Status
from jaganetral.pipeline.screening import Observation


@dataclass(frozen=True, slots=True)
class Judged:
    """A finding and the activity it rests on."""

    finding: Finding
    activity: Activity


def in_time_order(observations: Iterable[Observation]) -> list[Observation]:
    """Observations by time then key, each activity once (the same post may come in two files)."""
    seen: set[str] = set()
    out: list[Observation] = []
    # By the instant (a POSIX timestamp orders aware times exactly, and compares faster).
    for o in sorted(observations, key=lambda o: (o.activity.created_at.timestamp(), o.activity.key)):
        if o.activity.key not in seen:
            seen.add(o.activity.key)
            out.append(o)
    return out


def target_key(a: Activity) -> str | None:
    """The key of the post ``a`` answers (likes, shares, replies to), as the judge's threads hold it."""
    return f"{a.platform.value}:{a.target.id}" if a.target is not None and a.target.id else None


def settle(observations: Iterable[Observation], analyzer: Analyzer) -> list[Observation]:
    """Step 3b: the observations whose full read was deferred (:meth:`Analyzer.defers` — nobody
    the registry knows wrote them) are read now if a kept activity answers them, directly or
    through a chain of replies, and dropped otherwise: they give no finding of their own, and
    nothing else reads them. The rest keep their place."""
    obs = list(observations)
    deferred: dict[str, Observation] = {}
    for o in obs:
        if o.screen is None:
            deferred.setdefault(o.activity.key, o)
    if not deferred:
        return obs
    read: dict[str, Observation | None] = {}
    todo = [k for o in obs if o.screen is not None and (k := target_key(o.activity)) in deferred]
    while todo:
        k = todo.pop()
        if k in read:
            continue
        o = deferred[k]
        got = analyzer.read_deferred(o.activity)
        read[k] = None if got is None else replace(o, screen=got[0], named=got[1])
        nxt = target_key(o.activity)
        if got is not None and nxt in deferred and nxt not in read:
            todo.append(nxt)
    out: list[Observation] = []
    for o in obs:
        if o.screen is None:
            r = read.get(o.activity.key)
            if r is None:
                continue
            o = r
        out.append(o)
    return out


def judge(observations: Iterable[Observation], analyzer: Analyzer) -> list[Judged]:
    """Attribute and judge every observation; the findings in chronological order."""
    # 4. attribute, in time order, each activity read in the context built so far
    ctx = analyzer.new_context()
    assessed: list[Assessment] = []
    for o in in_time_order(settle(observations, analyzer)):
        assert o.screen is not None  # settled
        asmt = analyzer.assess(o.activity, o.screen, o.exact, ctx, named=o.named)
        if asmt is not None:
            assessed.append(asmt)
        adder = analyzer.assess_initiator(o.activity, o.screen)
        if adder is not None:
            assessed.append(adder)
    # … and link what spans activities
    facts = link_instructions([x.facts for x in assessed])
    groups = coordinations(facts)
    facts = mark_coordinated(facts, groups)
    # 5. judge
    out: list[Judged] = []
    seen: set[str] = set()
    by_key: dict[str, Judged] = {}
    for f in facts:
        finding = analyzer.judge.judge(f)
        if finding is None or finding.finding_id in seen:
            continue
        seen.add(finding.finding_id)
        j = Judged(finding, f.activity)
        out.append(j)
        by_key[f.activity.key] = j
    for g in groups:
        members = [by_key[m.activity.key] for m in g.members if m.activity.key in by_key]
        members = [m for m in members if m.finding.status is not Status.ALERT]
        if len(members) >= 2:
            text = (
                f"{len(members)} ASN {g.instansi} menanggapi konten yang sama ({g.key}) "
                "dalam waktu berdekatan"
            )
            cf = analyzer.judge.coordination([m.finding for m in members], g.instansi, text)
            out.append(Judged(cf, members[0].activity))
    return out
