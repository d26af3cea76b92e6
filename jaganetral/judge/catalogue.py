"""The rule catalogue: one YAML file per violation code in ``catalogue/rules/``, validated eagerly.

A rule names its legal basis, sanction (category and level — both readings where sources differ),
the election stages it applies to, the predicates it needs (see :mod:`.predicates`), an explanation
template in Indonesian, and examples that one parametrised test runs. Its version is the SHA-256 of
its file, recorded in every finding that cites it.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from jaganetral.errors import InvalidConfig
from jaganetral.judge.predicates import PREDICATES
from jaganetral.model.yamlio import line_of, validate_yaml
from jaganetral.screen.vocabulary import CATALOGUE

RULES_DIR = CATALOGUE / "rules"
StageName = Literal["bakal_calon", "calon"]


class _Sanction(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    category: Literal["moral", "disiplin", "pidana", "administratif", "satgas"]
    level: list[str] = Field(min_length=1)
    note: str | None = None

    @field_validator("level", mode="before")
    @classmethod
    def _listify(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v


class _Example(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    expect: Literal["violation", "review", "alert", "none"]
    note: str = ""
    activity: dict[str, Any]


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    code: str = Field(pattern=r"^[A-Z0-9]+(-[A-Z0-9]+)+$")
    title: str
    legal_source: str
    legal_basis: list[str] = Field(min_length=1)
    sanction: _Sanction
    stages: list[StageName] = Field(min_length=1)
    automatic: bool = True
    status: Literal["violation", "alert"] = "violation"
    predicates: list[str | dict[str, dict[str, Any]]] = []
    # Other ways the same rule can be met, each a list like ``predicates`` (any one suffices).
    alternatives: list[list[str | dict[str, dict[str, Any]]]] = []
    explanation: str
    turns_into_violation: str | None = None
    note: str | None = None
    examples: list[_Example] = []


@dataclass(frozen=True, slots=True)
class PredicateCall:
    name: str
    params: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    title: str
    legal_source: str
    legal_basis: tuple[str, ...]
    category: str
    levels: tuple[str, ...]
    sanction_note: str | None
    stages: frozenset[str]
    automatic: bool
    status: str
    alternatives: tuple[tuple[PredicateCall, ...], ...]
    explanation: str
    turns_into_violation: str | None
    examples: tuple[_Example, ...]
    version: str
    path: Path

    @property
    def predicates(self) -> tuple[PredicateCall, ...]:
        """The first (main) way the rule is met."""
        return self.alternatives[0] if self.alternatives else ()

    def sanction(self) -> dict[str, Any]:
        level: str | list[str] = self.levels[0] if len(self.levels) == 1 else list(self.levels)
        d: dict[str, Any] = {"category": self.category, "level": level}
        if self.sanction_note:
            d["note"] = self.sanction_note
        return d


def load_rule(path: Path) -> Rule:
    doc, lines = validate_yaml(path, _Rule)
    if doc.code != path.stem:
        raise InvalidConfig(
            f"code '{doc.code}' differs from the file name '{path.stem}'",
            file=str(path),
            line=line_of(lines, ("code",)),
            field="code",
        )
    alternatives: list[tuple[PredicateCall, ...]] = []
    for ai, group in enumerate([doc.predicates, *doc.alternatives]):
        loc: tuple[str | int, ...] = ("predicates",) if ai == 0 else ("alternatives", ai - 1)
        calls = [_call(p, path, lines, (*loc, i)) for i, p in enumerate(group)]
        if calls:
            alternatives.append(tuple(calls))
    if doc.automatic and not alternatives:
        raise InvalidConfig("an automatic rule needs predicates", file=str(path), field="predicates")
    if doc.automatic and not any(e.expect != "none" for e in doc.examples):
        raise InvalidConfig("an automatic rule needs a positive example", file=str(path), field="examples")
    if doc.automatic and not any(e.expect == "none" for e in doc.examples):
        raise InvalidConfig("an automatic rule needs a negative example", file=str(path), field="examples")
    return Rule(
        code=doc.code,
        title=doc.title,
        legal_source=doc.legal_source,
        legal_basis=tuple(doc.legal_basis),
        category=doc.sanction.category,
        levels=tuple(doc.sanction.level),
        sanction_note=doc.sanction.note,
        stages=frozenset(doc.stages),
        automatic=doc.automatic,
        status=doc.status,
        alternatives=tuple(alternatives),
        explanation=doc.explanation.strip(),
        turns_into_violation=doc.turns_into_violation,
        examples=tuple(doc.examples),
        version=hashlib.sha256(path.read_bytes()).hexdigest(),
        path=path,
    )


def _call(
    p: str | dict[str, dict[str, Any]],
    path: Path,
    lines: Mapping[tuple[str | int, ...], int],
    loc: tuple[str | int, ...],
) -> PredicateCall:
    """One predicate reference, checked against the predicate's own parameters."""
    name, params = (p, {}) if isinstance(p, str) else next(iter(p.items()))
    file, line, field = str(path), line_of(lines, loc), ".".join(str(x) for x in loc)
    fn = PREDICATES.get(name)
    if fn is None:
        raise InvalidConfig(
            f"unknown predicate '{name}' (known: {', '.join(sorted(PREDICATES))})",
            file=file,
            line=line,
            field=field,
        )
    sig = inspect.signature(fn)
    expected = {k: v for k, v in sig.parameters.items() if k != "f"}
    params = dict(params or {})
    unknown = sorted(set(params) - set(expected))
    if unknown:
        raise InvalidConfig(
            f"predicate '{name}' takes no parameter {', '.join(unknown)}"
            + (f" (it takes: {', '.join(expected)})" if expected else " (it takes none)"),
            file=file,
            line=line,
            field=field,
        )
    missing = sorted(
        k for k, v in expected.items() if v.default is inspect.Parameter.empty and k not in params
    )
    if missing:
        raise InvalidConfig(
            f"predicate '{name}' needs parameter {', '.join(missing)}", file=file, line=line, field=field
        )
    for k, v in params.items():
        ann = expected[k].annotation
        if "list" in str(ann) and not (isinstance(v, list) and all(isinstance(x, str) for x in v)):
            raise InvalidConfig(
                f"parameter '{k}' of predicate '{name}' must be a list of words",
                file=file,
                line=line,
                field=field,
            )
    return PredicateCall(name, params)


def load_rules(directory: Path = RULES_DIR) -> list[Rule]:
    """Every rule file, sorted so that SKB codes come first (they lead a finding's citation)."""
    rules = [load_rule(p) for p in sorted(directory.glob("*.yaml"))]
    order = {"SKB": 0, "PP94": 1, "UU10": 2, "UU7": 3}
    rules.sort(key=lambda r: (order.get(r.code.split("-")[0], 9), _natural(r.code)))
    return rules


def _natural(code: str) -> tuple[Any, ...]:
    import re

    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", code))
