"""Judgement that spans activities: instructions followed, coordinated engagement.

Both work on the assessed activities of a run in time order and are keyed — by group (or the
message answered) for instructions, by the content engaged with for coordination — so the result
does not depend on how the input was split or ordered (the Spark job groups by the same keys).

* **An instruction followed.** An ASN tells others (staff, teachers, school heads…) in a group to
  cover, share or attend something for a candidate; afterwards other ASN in that group act for
  the same candidate. Both findings name the other: the instruction mobilised ASN (PP94-N3), the
  members followed an order (which does not excuse them, but matters to the inspector).
* **Coordinated engagement.** Several ASN of one agency like, share or comment the same candidate
  content within a short window. Each keeps their own finding; one more finding names them all
  with the mobilisation aggravation, for the inspector to find who organised it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from jaganetral.judge.facts import Facts, Link
from jaganetral.model.activity import Kind
from jaganetral.model.finding import Action
from jaganetral.screen.stance import PARTISAN

#: How long after an instruction members' acts count as following it.
FOLLOW_WINDOW = timedelta(days=7)
#: Engagements with the same content by ASN of one agency within this window are coordinated.
COORDINATION_WINDOW = timedelta(minutes=90)
#: Distinct ASN needed to call engagement coordinated.
COORDINATION_MIN = 3

_ENGAGE = frozenset({Kind.REACTION, Kind.SHARE, Kind.COMMENT})


@dataclass(frozen=True, slots=True)
class Coordination:
    """Several ASN of one agency engaging with the same content within a short window."""

    key: str  # the content engaged with
    instansi: str
    members: tuple[Facts, ...]


def _place(f: Facts) -> str | None:
    a = f.activity
    if a.group is not None and (a.group.id or a.group.name):
        return f"{a.platform.value}:group:{a.group.id or a.group.name}"
    return None


def _nip(f: Facts) -> str | None:
    return f.actor.person.nip if f.actor.person is not None and f.actor.certain else None


def link_instructions(facts: Sequence[Facts]) -> list[Facts]:
    """Tie instructions in a group to the other ASN who act for the same candidate afterwards."""
    out = list(facts)
    by_place: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(out):
        p = _place(f)
        if p is not None:
            by_place[p].append(i)
    for idxs in by_place.values():
        orders = [
            i for i in idxs if out[i].action is Action.INSTRUCT_OTHERS and out[i].screen.stance in PARTISAN
        ]
        for oi in orders:
            order = out[oi]
            boss = _nip(order)
            followers = [
                i
                for i in idxs
                if i != oi
                and out[i].activity.created_at > order.activity.created_at
                and out[i].activity.created_at - order.activity.created_at <= FOLLOW_WINDOW
                and out[i].screen.stance in PARTISAN
                and _nip(out[i]) is not None
                and _nip(out[i]) != boss
                and (set(out[i].candidate_ids) & set(order.candidate_ids) or not order.candidate_ids)
            ]
            if not followers:
                continue
            nips = tuple(dict.fromkeys(n for i in followers if (n := _nip(out[i])) is not None))
            who = ", ".join(out[i].actor.name or "?" for i in followers[:5])
            out[oi] = replace(
                order,
                links=order.links
                + (
                    Link(
                        out[followers[0]].activity.id,
                        "instruction_followed",
                        f"perintah diikuti {len(nips)} ASN lain di grup yang sama: {who}",
                        nips,
                    ),
                ),
            )
            for i in followers:
                f = out[i]
                out[i] = replace(
                    f,
                    links=f.links
                    + (
                        Link(
                            order.activity.id,
                            "followed_instruction",
                            f"setelah perintah {order.actor.name or 'atasan'} di grup yang sama",
                            (boss,) if boss else (),
                        ),
                    ),
                )
    return out


def coordinations(facts: Sequence[Facts]) -> list[Coordination]:
    """Groups of ASN of one agency engaging with the same candidate content in a short window."""
    by_key: dict[tuple[str, str], list[Facts]] = defaultdict(list)
    for f in facts:
        a = f.activity
        if a.kind not in _ENGAGE or f.screen.stance not in PARTISAN or _nip(f) is None:
            continue
        target = a.target.id if a.target is not None and a.target.id else None
        if target is None or f.actor.person is None:
            continue
        by_key[(f"{a.platform.value}:{target}", f.actor.person.instansi)].append(f)
    out: list[Coordination] = []
    for (key, instansi), group in sorted(by_key.items()):
        group.sort(key=lambda f: (f.activity.created_at, f.activity.key))
        # The longest run inside the window, starting from each engagement.
        best: list[Facts] = []
        for i, first in enumerate(group):
            run = [
                g
                for g in group[i:]
                if g.activity.created_at - first.activity.created_at <= COORDINATION_WINDOW
            ]
            if len({_nip(g) for g in run}) > len({_nip(g) for g in best}):
                best = run
        if len({_nip(g) for g in best}) >= COORDINATION_MIN:
            out.append(Coordination(key, instansi, tuple(best)))
    return out


def mark_coordinated(facts: Sequence[Facts], groups: Sequence[Coordination]) -> list[Facts]:
    """Each member's facts cite the coordinated engagement they were part of."""
    member_of: dict[str, Coordination] = {}
    for grp in groups:
        for m in grp.members:
            member_of[m.activity.key] = grp
    out: list[Facts] = []
    for f in facts:
        g = member_of.get(f.activity.key)
        if g is None:
            out.append(f)
            continue
        nips = tuple(dict.fromkeys(n for m in g.members if (n := _nip(m)) is not None))
        text = (
            f"{len(nips)} ASN {g.instansi} menanggapi konten yang sama dalam "
            f"{int(COORDINATION_WINDOW.total_seconds() // 60)} menit: "
            + ", ".join(m.actor.name or "?" for m in g.members[:6])
        )
        out.append(replace(f, links=f.links + (Link(g.members[0].activity.id, "coordinated", text, nips),)))
    return out
