"""The attribution weights (``catalogue/attribution.yaml``), validated eagerly like every catalogue file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from jaganetral.model.yamlio import validate_yaml
from jaganetral.screen.vocabulary import CATALOGUE


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Exact(_Strict):
    institution_account: float = Field(ge=0, le=1)
    registered_account: float = Field(ge=0, le=1)
    registered_account_id: float = Field(ge=0, le=1)


class Name(_Strict):
    min_similarity: float = Field(ge=50, le=100)
    base: float = Field(ge=0, le=1)
    similarity_weight: float = Field(ge=0, le=1)
    unique_bonus: float = Field(ge=0, le=1)
    common_penalty_per_namesake: float = Field(ge=0, le=1)
    profile_agency: float = Field(ge=0, le=1)
    profile_region: float = Field(ge=0, le=1)
    profile_role: float = Field(ge=0, le=1)
    contrary_occupation: float = Field(ge=-1, le=0)
    contrary_region: float = Field(ge=-1, le=0)
    cap: float = Field(ge=0, lt=1)


class Handle(_Strict):
    min_similarity: float = Field(ge=50, le=100)
    score: float = Field(ge=0, lt=1)


class InstitutionName(_Strict):
    score: float = Field(ge=0, lt=1)


class OfficeChat(_Strict):
    score: float = Field(ge=0, le=1)
    max_members: int = Field(ge=1)
    not_offices: frozenset[str]
    ignore: frozenset[str]
    abbreviations: dict[str, str]


class Weights(_Strict):
    """Everything attribution reads from data."""

    exact: Exact
    name: Name
    handle: Handle
    institution_name: InstitutionName
    office_chat: OfficeChat
    review_min: float = Field(ge=0, lt=1)
    other_occupations: list[str]
    occupations_served: dict[str, list[str]] = {}
    roles: dict[str, str]


@lru_cache(maxsize=4)
def load_weights(path: Path = CATALOGUE / "attribution.yaml") -> Weights:
    """Read and validate the attribution weights."""
    doc, _ = validate_yaml(path, Weights)
    return doc
