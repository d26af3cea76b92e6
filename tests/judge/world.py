"""The example world of the rule catalogue, loaded once per test module."""

from __future__ import annotations

from jaganetral.attribute.index import RegistryIndex
from jaganetral.attribute.loading import load_index
from jaganetral.judge.analysis import Analyzer
from jaganetral.model.election import Election, load_election
from jaganetral.screen.vocabulary import CATALOGUE

WORLD = CATALOGUE / "examples"


def world_elections() -> list[Election]:
    """The example world's Pilkada 2024 and Pemilu 2024."""
    return [load_election(WORLD / "election.yaml"), load_election(WORLD / "election-pemilu.yaml")]


def world_index() -> RegistryIndex:
    return load_index(WORLD / "asn.csv", WORLD / "accounts.csv")


def world_analyzer() -> Analyzer:
    return Analyzer(world_elections(), world_index())
