"""Every rule file's examples, run by one parametrised test against the example world."""

from __future__ import annotations

import pytest
from world import world_elections, world_index

from jaganetral.attribute.index import RegistryIndex
from jaganetral.judge.analysis import Analyzer
from jaganetral.judge.catalogue import load_rules
from jaganetral.model.election import Election
from jaganetral.sources.canonical import activity_from_dict

RULES = load_rules()
CASES = [
    pytest.param(r.code, ex, id=f"{r.code}-{i}-{ex.expect}") for r in RULES for i, ex in enumerate(r.examples)
]


@pytest.fixture(scope="module")
def world() -> tuple[list[Election], RegistryIndex]:
    return world_elections(), world_index()


def test_every_automatic_rule_has_both_kinds_of_example() -> None:
    for r in RULES:
        if r.automatic:
            assert {e.expect for e in r.examples} - {"none"}, r.code
            assert "none" in {e.expect for e in r.examples}, r.code


@pytest.mark.parametrize("code,example", CASES)
def test_rule_example(code: str, example: object, world: tuple[list[Election], RegistryIndex]) -> None:
    from jaganetral.judge.catalogue import _Example

    assert isinstance(example, _Example)
    analyzer = Analyzer(world[0], world[1], RULES)  # fresh exposure state per example
    finding = analyzer.analyse(activity_from_dict(example.activity))
    cited = set() if finding is None else set(finding.rule_versions)
    if example.expect == "none":
        assert code not in cited, f"{code} should not apply: {example.note}"
        return
    assert finding is not None, f"no finding: {example.note}"
    assert finding.status.value == example.expect, (example.note, finding.explanation)
    assert code in cited, (example.note, finding.violation_codes)
    # Explainable: the finding says what was seen, which rule, and how sure.
    text = "\n".join(finding.explanation)
    assert "Yang terlihat" in text and f"Aturan {code}" in text and "Keyakinan" in text
    if finding.status.value == "violation":
        assert code in finding.violation_codes and finding.legal_basis
