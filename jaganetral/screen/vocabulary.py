"""Loads the screening vocabulary (``catalogue/screen.yaml``) and the slang lexicons, eagerly validated."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from jaganetral.errors import InvalidConfig
from jaganetral.model.yamlio import read_yaml, validate_yaml

CATALOGUE = Path(str(resources.files("jaganetral") / "catalogue"))


class _Phrases(BaseModel):
    model_config = ConfigDict(extra="forbid")
    weight: float
    phrases: list[str] = Field(min_length=1)


class _Instruction(BaseModel):
    model_config = ConfigDict(extra="forbid")
    imperatives: list[str]
    addressees: list[str]
    actions: list[str]
    asn_addressees: list[str]


class _Ballot(BaseModel):
    model_config = ConfigDict(extra="forbid")
    phrase: str
    cue: bool


class _ScreenFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    campaign_cues: _Phrases
    neutral_cues: _Phrases
    instruction_cues: _Instruction
    campaign_events: list[str]
    ballot_patterns: list[_Ballot]
    number_words: dict[int, str]
    emoji: dict[str, str]
    nickname_prefixes: list[str]
    min_strong_alias_length: int
    entity_weights: dict[str, float]
    threshold: float


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Everything the screen stage reads from data files."""

    campaign_cues: tuple[str, ...]
    campaign_weight: float
    neutral_cues: tuple[str, ...]
    neutral_weight: float
    imperatives: frozenset[str]
    addressees: tuple[str, ...]
    instruct_actions: frozenset[str]
    campaign_events: tuple[str, ...]
    asn_addressees: frozenset[str]
    ballot_patterns: tuple[tuple[str, bool], ...]
    number_words: dict[int, str]
    emoji: dict[str, str]
    nickname_prefixes: frozenset[str]
    min_strong_alias_length: int
    entity_weights: dict[str, float]
    threshold: float
    slang: dict[str, str]
    stopwords: frozenset[str]


def load_slang(catalogue: Path = CATALOGUE) -> dict[str, str]:
    """IndoCollex informal→formal pairs overlaid with jaganetral's own ``slang.yaml``."""
    slang: dict[str, str] = {}
    tsv = catalogue / "lexicons" / "indocollex.tsv"
    with tsv.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t")
        header = next(rows, None)
        if header != ["informal", "formal"]:
            raise InvalidConfig("expected header 'informal<TAB>formal'", file=str(tsv), line=1)
        for row in rows:
            if len(row) == 2 and row[0] and row[1] and " " not in row[0]:
                slang[row[0].lower()] = row[1].lower()
    own_path = catalogue / "lexicons" / "slang.yaml"
    own, lines = read_yaml(own_path)
    if not isinstance(own, dict):
        raise InvalidConfig("expected a mapping of token: replacement", file=str(own_path))
    for key, value in own.items():
        k = str(key).lower()
        if value is None:
            slang.pop(k, None)
        elif isinstance(value, str):
            slang[k] = value.lower()
        else:
            raise InvalidConfig(
                "replacement must be text or ~", file=str(own_path), line=lines.get((key,)), field=str(key)
            )
    return _resolve_chains(slang)


def _resolve_chains(slang: dict[str, str]) -> dict[str, str]:
    """Follow chains ("png" → "pingin" → "ingin") so one lookup gives the final form.

    Without this, normalising twice would differ from normalising once, and "ngak" and "nggak"
    would not meet. Cycles stop where they would repeat.
    """
    out: dict[str, str] = {}
    for k, v in slang.items():
        seen = {k}
        words = v.split()
        for _ in range(5):
            nxt: list[str] = []
            changed = False
            for w in words:
                r = slang.get(w)
                if r is not None and w not in seen and r != w:
                    nxt.extend(r.split())
                    seen.add(w)
                    changed = True
                else:
                    nxt.append(w)
            words = nxt
            if not changed:
                break
        out[k] = " ".join(words)
    return out


def load_vocabulary(catalogue: Path = CATALOGUE) -> Vocabulary:
    """Read and validate the screening data files."""
    doc, _ = validate_yaml(catalogue / "screen.yaml", _ScreenFile)
    stop = (catalogue / "lexicons" / "stopwords-id.txt").read_text(encoding="utf-8").split()
    ins = doc.instruction_cues
    return Vocabulary(
        campaign_cues=tuple(doc.campaign_cues.phrases),
        campaign_weight=doc.campaign_cues.weight,
        neutral_cues=tuple(doc.neutral_cues.phrases),
        neutral_weight=doc.neutral_cues.weight,
        imperatives=frozenset(ins.imperatives),
        addressees=tuple(ins.addressees),
        instruct_actions=frozenset(ins.actions),
        campaign_events=tuple(doc.campaign_events),
        asn_addressees=frozenset(ins.asn_addressees),
        ballot_patterns=tuple((b.phrase, b.cue) for b in doc.ballot_patterns),
        number_words=dict(doc.number_words),
        emoji=dict(doc.emoji),
        nickname_prefixes=frozenset(doc.nickname_prefixes),
        min_strong_alias_length=doc.min_strong_alias_length,
        entity_weights=dict(doc.entity_weights),
        threshold=doc.threshold,
        slang=load_slang(catalogue),
        stopwords=frozenset(stop),
    )
