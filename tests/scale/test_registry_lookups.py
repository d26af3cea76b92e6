"""A batch's small registry index answers every attribution as the whole index does.

Spark never ships the registry: a batch joins the rows its lookup keys reach
(:func:`jaganetral.scale.lookups.attribution_lookups`) and builds an index of just those
(:func:`jaganetral.scale.registry.sub_index`). Here the join is done with Arrow, without Spark.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jaganetral.attribute.attributor import Attribution
from jaganetral.attribute.index import RegistryIndex
from jaganetral.attribute.loading import load_index
from jaganetral.attribute.weights import load_weights
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.activity import AccountRef, Activity, Kind, Platform
from jaganetral.model.election import load_election
from jaganetral.pipeline.parse import parse
from jaganetral.scale.lookups import attribution_lookups, state_keys
from jaganetral.scale.registry import JOINED_FIELDS, lookups_table, persons_table, sub_index
from jaganetral.sources.base import InputFile

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
INDEX = load_index(SAMPLES / "asn.csv", SAMPLES / "accounts.csv", cache=False)
ANALYZER = Analyzer([load_election(SAMPLES / "election-pilkada-2024.yaml")], INDEX)
PERSONS = persons_table(INDEX)
LOOKUPS = lookups_table(INDEX, load_weights())
NAMES = [INDEX.names[i] for i in range(len(INDEX))]
HANDLES = [k for k, v in INDEX.accounts.items() if v >= 0]


def _small(keys: list[str]) -> RegistryIndex:
    hits = LOOKUPS.filter(pc.is_in(LOOKUPS.column("lkey"), pa.array(keys, pa.string())))
    joined = hits.join(PERSONS, keys="row", join_type="left outer")
    return sub_index(joined.select(list(JOINED_FIELDS)), INDEX.institutions)


def _same(a: Activity) -> None:
    whole: Attribution = ANALYZER.attributor.attribute(a)
    part = ANALYZER.with_index(_small(attribution_lookups(a, ANALYZER.attributor)))
    assert part.attributor.attribute(a) == whole
    assert part.attributor.exact(a) == ANALYZER.attributor.exact(a)


def test_every_sample_activity_is_attributed_as_by_the_whole_index() -> None:
    n = 0
    for p in sorted((SAMPLES / "inputs").iterdir()):
        for item in parse(InputFile.open(p)).items:
            if isinstance(item, Activity):
                _same(item)
                n += 1
    assert n > 20


def test_sub_index_keeps_ambiguous_keys_ambiguous() -> None:
    ambiguous = [k for k, v in INDEX.accounts.items() if v < 0]
    small = _small([f"A:{k}" for k in ambiguous + HANDLES[:3]])
    for k in ambiguous:
        assert small.accounts.get(k) == -1
    for k in HANDLES[:3]:
        i = small.accounts.get(k)
        assert i is not None and small.person(i) == INDEX.person(INDEX.accounts.get(k) or 0)


_name = st.sampled_from(NAMES).flatmap(
    lambda n: st.sampled_from(
        [
            n,
            n.upper(),
            n.split(",")[0],
            " ".join(reversed(n.split(",")[0].split())),
            f"Pak {n}",
            n[:-1],
            n + "x",
        ]
    )
)
_handle = st.sampled_from(HANDLES).flatmap(
    lambda k: st.sampled_from(
        [k.partition(":")[2], k.partition(":")[2] + "2", k.partition(":")[2][:-1] + "_"]
    )
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.one_of(st.none(), _name, st.text(max_size=20)),
    handle=st.one_of(st.none(), _handle),
    platform=st.sampled_from([Platform.FACEBOOK, Platform.X, Platform.INSTAGRAM, Platform.WHATSAPP]),
    bio=st.sampled_from(["", "Guru SD di Lubuklinggau", "ojol Pekalongan"]),
)
def test_names_and_handles_are_attributed_as_by_the_whole_index(
    name: str | None, handle: str | None, platform: Platform, bio: str
) -> None:
    actor = AccountRef(id=None, handle=handle, name=name)
    a = Activity(
        "x1", platform, Kind.POST, datetime(2024, 10, 1, tzinfo=UTC), actor, "halo", extra={"actor_bio": bio}
    )
    _same(a)


def test_state_keys_name_thread_group_and_place() -> None:
    when = datetime(2024, 10, 1, tzinfo=UTC)
    post = Activity("p1", Platform.FACEBOOK, Kind.POST, when, AccountRef(id="1"))
    assert state_keys(post) == ["T:facebook:p1"]
    from jaganetral.model.activity import GroupRef, Target

    reply = Activity("c1", Platform.FACEBOOK, Kind.COMMENT, when, AccountRef(id="2"), target=Target(id="p1"))
    assert state_keys(reply) == ["T:facebook:c1", "T:facebook:p1", "W:p1"]
    msg = Activity(
        "m1", Platform.WHATSAPP, Kind.MESSAGE, when, AccountRef(id="3"), group=GroupRef(None, "Relawan")
    )
    assert state_keys(msg) == ["T:whatsapp:m1", "G:whatsapp:group:Relawan", "W:Relawan"]
