"""Loads the screening vocabulary (``catalogue/screen/*.yaml``) and the slang lexicons, validated eagerly.

Four files, one concern each: ``stance.yaml`` (what words do: support, attack, reminders, news…),
``names.yaml`` (honorifics, campaign-group words, ballot-number words and numbers per language),
``symbols.yaml`` (emoji and their readings) and ``weights.yaml`` (windows and confidences). A typo in
a section name or a wrong type is an :class:`~jaganetral.errors.InvalidConfig` naming file, line and
field, before anything is screened.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from jaganetral.errors import InvalidConfig
from jaganetral.model.yamlio import read_yaml, validate_yaml

CATALOGUE = Path(str(resources.files("jaganetral") / "catalogue"))
SCREEN_DIR = CATALOGUE / "screen"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Instruction(_Strict):
    imperatives: list[str] = Field(min_length=1)
    chat_imperatives: list[str] = Field(min_length=1)
    addressees: list[str] = Field(min_length=1)
    actions: list[str] = Field(min_length=1)
    group_addressees: list[str]
    you_all: list[str] = Field(min_length=1)
    coercion: list[str] = Field(min_length=1)
    partisan_actions: list[str]
    invitation_who: list[str] = Field(min_length=1)
    invitation_can: list[str] = Field(min_length=1)
    order_particles: list[str] = Field(min_length=1)
    speaker_alone: list[str] = Field(min_length=1)
    attend_actions: list[str] = Field(min_length=1)
    arrival_words: list[str] = Field(min_length=1)
    arrival_places: list[str] = Field(min_length=1)
    headcount_words: list[str] = Field(min_length=1)
    asn_addressees: list[str]

    @model_validator(mode="after")
    def _you_all_are_group_addressees(self) -> _Instruction:
        missing = sorted(set(self.you_all) - set(self.group_addressees))
        if missing:
            raise ValueError(f"you_all must be listed in group_addressees too: {', '.join(missing)}")
        return self

    @model_validator(mode="after")
    def _attending_is_an_action(self) -> _Instruction:
        missing = sorted(set(self.attend_actions) - set(self.actions))
        if missing:
            raise ValueError(f"attend_actions not among actions: {', '.join(missing)}")
        return self


Phrases = list[str]


class _StanceFile(_Strict):
    support: Phrases = Field(min_length=1)
    well_wishes: Phrases = Field(min_length=1)
    praise: Phrases
    also: Phrases
    call: Phrases
    vote: Phrases = Field(min_length=1)
    vote_electoral: Phrases
    oppose: Phrases
    dont_choose: Phrases
    negators: Phrases
    prohibition: Phrases
    engagement: Phrases
    neutrality: Phrases
    neutral_info: Phrases
    news: Phrases
    question: Phrases
    agreement: Phrases
    acknowledgment: Phrases
    team: Phrases
    done: Phrases
    neutral_wish: Phrases
    gesture: Phrases
    photo: Phrases
    attend: Phrases
    campaign_event: Phrases
    pre_designation: Phrases
    props: Phrases
    put_up: Phrases
    uniform: Phrases
    ktp: Phrases
    personal_data: Phrases
    official_duty: Phrases
    election: Phrases
    family: Phrases
    first_person: Phrases
    all_contestants: Phrases
    all_of_them: Phrases
    retraction: Phrases
    unnamed_candidate: Phrases
    result: Phrases
    removal: Phrases
    list_joiners: Phrases
    empty_column: Phrases
    blessing: Phrases
    occasion: Phrases
    sympathy: Phrases
    thanks: Phrases
    info_only: Phrases
    instruction: _Instruction


class _NamesFile(_Strict):
    honorifics: list[str] = Field(min_length=1)
    election_bodies: list[str] = Field(min_length=1)
    campaign_group: list[str] = Field(min_length=1)
    contestant_words: dict[str, list[str]]
    number_words_prefix: list[str] = Field(min_length=1)
    numbers: dict[int, list[str]]


class _SymbolsFile(_Strict):
    gestures: dict[str, str]
    agreement: dict[str, str]
    digits: dict[str, str]


class _Confidence(_Strict):
    inherent: float = Field(ge=0, le=1)
    vote_call: float = Field(ge=0, le=1)
    support_strong: float = Field(ge=0, le=1)
    support_weak: float = Field(ge=0, le=1)
    praise: float = Field(ge=0, le=1)
    oppose: float = Field(ge=0, le=1)
    account_link: float = Field(ge=0, le=1)
    group_link: float = Field(ge=0, le=1)
    context: float = Field(ge=0, le=1)
    gesture: float = Field(ge=0, le=1)
    number: float = Field(ge=0, le=1)
    unclear: float = Field(ge=0, le=1)


class _WeightsFile(_Strict):
    window: int = Field(ge=1, le=50)
    negation_reach: int = Field(ge=1, le=10)
    vote_reach: int = Field(ge=1, le=10)
    min_strong_alias_length: int = Field(ge=1)
    min_acronym_length: int = Field(ge=2)
    confidence: _Confidence


#: The cue categories of ``stance.yaml`` (everything but ``instruction``), in file order.
#: Lists of stance.yaml that are not cue categories of their own.
_NOT_CUES = frozenset({"instruction", "well_wishes"})
CUE_CATEGORIES = tuple(k for k in _StanceFile.model_fields if k not in _NOT_CUES)

#: Gesture words the normaliser writes for ☝ ✌ 🤟, and the ballot number each stands for.
GESTURE_NUMBERS = {"isyaratsatujari": 1, "isyaratduajari": 2, "isyarattigajari": 3}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Everything the screen stage reads from data files."""

    cues: dict[str, tuple[str, ...]]
    imperatives: frozenset[str]
    chat_imperatives: frozenset[str]
    addressees: tuple[str, ...]
    instruct_actions: frozenset[str]
    asn_addressees: frozenset[str]
    group_addressees: frozenset[str]
    you_all: frozenset[str]
    coercion: frozenset[str]
    partisan_actions: frozenset[str]
    invitation_who: frozenset[str]
    invitation_can: frozenset[str]
    well_wishes: frozenset[str]
    order_particles: frozenset[str]
    speaker_alone: frozenset[str]
    attend_actions: frozenset[str]
    arrival_words: frozenset[str]
    arrival_places: frozenset[str]
    headcount_words: frozenset[str]
    honorifics: frozenset[str]
    election_bodies: tuple[str, ...]
    campaign_group: tuple[str, ...]
    contestant_words: dict[str, tuple[str, ...]]
    number_prefixes: tuple[str, ...]
    numbers: dict[int, tuple[str, ...]]
    symbols: dict[str, str]
    window: int
    negation_reach: int
    vote_reach: int
    min_strong_alias_length: int
    min_acronym_length: int
    confidence: dict[str, float]
    slang: dict[str, str]
    stopwords: frozenset[str]
    common_words: frozenset[str]

    @property
    def nickname_prefixes(self) -> frozenset[str]:
        return self.honorifics


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


def _words(path: Path) -> frozenset[str]:
    return frozenset(path.read_text(encoding="utf-8").split())


def load_vocabulary(catalogue: Path = CATALOGUE) -> Vocabulary:
    """Read and validate the screening data files."""
    screen = catalogue / "screen"
    st, _ = validate_yaml(screen / "stance.yaml", _StanceFile)
    nm, _ = validate_yaml(screen / "names.yaml", _NamesFile)
    sy, _ = validate_yaml(screen / "symbols.yaml", _SymbolsFile)
    wt, _ = validate_yaml(screen / "weights.yaml", _WeightsFile)
    ins = st.instruction
    symbols = {**sy.digits, **{k: f" {v} " for k, v in sy.gestures.items()}}
    symbols.update({k: f" {v} " for k, v in sy.agreement.items()})
    lex = catalogue / "lexicons"
    return Vocabulary(
        cues={c: tuple(getattr(st, c)) for c in CUE_CATEGORIES},
        imperatives=frozenset(ins.imperatives),
        chat_imperatives=frozenset(ins.chat_imperatives),
        addressees=tuple(ins.addressees),
        instruct_actions=frozenset(ins.actions),
        asn_addressees=frozenset(ins.asn_addressees),
        group_addressees=frozenset(ins.group_addressees),
        you_all=frozenset(ins.you_all),
        coercion=frozenset(ins.coercion),
        partisan_actions=frozenset(ins.partisan_actions),
        invitation_who=frozenset(ins.invitation_who),
        invitation_can=frozenset(ins.invitation_can),
        well_wishes=frozenset(st.well_wishes),
        order_particles=frozenset(ins.order_particles),
        speaker_alone=frozenset(ins.speaker_alone),
        attend_actions=frozenset(ins.attend_actions),
        arrival_words=frozenset(ins.arrival_words),
        arrival_places=frozenset(ins.arrival_places),
        headcount_words=frozenset(ins.headcount_words),
        honorifics=frozenset(h.lower() for h in nm.honorifics),
        election_bodies=tuple(nm.election_bodies),
        campaign_group=tuple(nm.campaign_group),
        contestant_words={k: tuple(v) for k, v in nm.contestant_words.items()},
        number_prefixes=tuple(nm.number_words_prefix),
        numbers={n: tuple(ws) for n, ws in nm.numbers.items()},
        symbols=symbols,
        window=wt.window,
        negation_reach=wt.negation_reach,
        vote_reach=wt.vote_reach,
        min_strong_alias_length=wt.min_strong_alias_length,
        min_acronym_length=wt.min_acronym_length,
        confidence=wt.confidence.model_dump(),
        slang=load_slang(catalogue),
        stopwords=_words(lex / "stopwords-id.txt"),
        common_words=_words(lex / "common-words-id.txt"),
    )
