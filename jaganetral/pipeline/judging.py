"""Steps 4 and 5 — attribute and judge what the screen kept, in the order things happened.

Judgement can span activities (an exposure before an engagement), so the kept observations are
taken in chronological order (ties by activity key): the result does not depend on the order in
which files were given or screened.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jaganetral.judge.analysis import Analyzer
from jaganetral.model.activity import Activity
from jaganetral.model.finding import Finding
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
    for o in sorted(observations, key=lambda o: (o.activity.created_at, o.activity.key)):
        if o.activity.key not in seen:
            seen.add(o.activity.key)
            out.append(o)
    return out


def judge(observations: Iterable[Observation], analyzer: Analyzer) -> list[Judged]:
    """Attribute and judge every observation; the findings in chronological order."""
    out: list[Judged] = []
    context = analyzer.new_context()
    for o in in_time_order(observations):
        f = analyzer.analyse(o.activity, o.screen, o.exact, context=context)
        if f is not None:
            out.append(Judged(f, o.activity))
    return out
