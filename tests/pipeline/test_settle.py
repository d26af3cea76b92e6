"""Step 3b: deferred reads are made only for posts a kept activity answers (directly or through a
chain of replies); the rest are dropped, and what was read keeps its place."""

from __future__ import annotations

from typing import Any

from jaganetral.model.activity import Activity, Kind, Target
from jaganetral.pipeline.judging import settle
from jaganetral.pipeline.screening import Observation
from tests.factories import make_activity


class _Reader:
    """Stands in for the analyzer: records which deferred posts were read; ``drop`` are not worth keeping."""

    def __init__(self, drop: frozenset[str] = frozenset()) -> None:
        self.read: list[str] = []
        self.drop = drop

    def read_deferred(self, a: Activity) -> tuple[Any, tuple[()]] | None:
        self.read.append(a.key)
        return None if a.key in self.drop else (f"screen of {a.key}", ())


def _post(pid: str, answers: str | None = None) -> Activity:
    target = Target(id=answers) if answers else None
    return make_activity(id=pid, kind=Kind.COMMENT if answers else Kind.POST, target=target)


def _obs(a: Activity, screen: Any) -> Observation:
    return Observation(a, screen, None, ())


def test_only_answered_posts_are_read_through_chains_of_replies() -> None:
    root, reply, lone = _post("p1"), _post("r1", answers="p1"), _post("p9")
    like = _post("l1", answers="r1")  # a kept activity (an ASN's like) on the reply
    obs = [_obs(root, None), _obs(reply, None), _obs(lone, None), _obs(like, "read")]
    reader = _Reader()
    out = settle(obs, reader)  # type: ignore[arg-type]
    assert sorted(reader.read) == ["facebook:p1", "facebook:r1"]
    assert [o.activity.id for o in out] == ["p1", "r1", "l1"]  # order kept, the unanswered post gone
    assert out[0].screen == "screen of facebook:p1"


def test_a_read_not_worth_keeping_is_dropped_and_ends_the_chain() -> None:
    root, reply = _post("p1"), _post("r1", answers="p1")
    like = _post("l1", answers="r1")
    reader = _Reader(drop=frozenset({"facebook:r1"}))
    out = settle([_obs(root, None), _obs(reply, None), _obs(like, "read")], reader)  # type: ignore[arg-type]
    assert reader.read == ["facebook:r1"]  # its parent is not read: nothing kept answers it
    assert [o.activity.id for o in out] == ["l1"]


def test_nothing_deferred_leaves_the_list_as_it_was() -> None:
    obs = [_obs(_post("p1"), "read"), _obs(_post("l1", answers="p1"), "read")]
    assert settle(obs, _Reader()) == obs  # type: ignore[arg-type]
