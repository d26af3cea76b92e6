"""A fixed sample of the hostile inputs, in every ``make test`` (the whole set: ``make chaos``)."""

from __future__ import annotations

import random

import pytest

from tests.chaos.hostile import generate
from tests.chaos.runner import run_all, summary

SAMPLE = 1 / 24  # of some 2,100 cases: every category is drawn; the full run is make chaos


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    work = tmp_path_factory.mktemp("chaos")
    cases = generate(work / "cases")
    assert len(cases) >= 900  # the floor for the whole set
    picked = random.Random(1127).sample(cases, int(len(cases) * SAMPLE))
    # The cases no sample may miss: one of each kind the issue names.
    must = ("election/alias-bomb", "election/feb-30", "image/png-bomb", "args/out-is-folder", "news/latin1")
    picked += [c for c in cases if c.name in must and c not in picked]
    return run_all(picked, work)


def test_no_hostile_input_crashes_hangs_or_leaves_half_a_store(results) -> None:  # type: ignore[no-untyped-def]
    bad = [f"{r.name}: {', '.join(r.problems)} | {r.error_line[:120]}" for r in results if not r.ok]
    assert not bad, summary(results) + "\n" + "\n".join(bad)


def test_fatal_errors_are_one_line_naming_the_file(results) -> None:  # type: ignore[no-untyped-def]
    fatal = [r for r in results if r.exit_code == 1]
    assert fatal, "the sample has fatal cases"
    for r in fatal:
        assert r.error_line.startswith("error: ") and "\n" not in r.error_line


def test_the_bombs_are_refused_in_little_memory(results) -> None:  # type: ignore[no-untyped-def]
    by = {r.name: r for r in results}
    for name in ("election/alias-bomb", "image/png-bomb"):
        assert by[name].exit_code == 1 and by[name].peak_bytes < 1 << 30
    assert "image_pixels" in by["image/png-bomb"].error_line
    assert "yaml_" in by["election/alias-bomb"].error_line
    assert "not a date that exists" in by["election/feb-30"].error_line
