"""The news stage's data: cue lexicons, titles, platforms, dates and election words.

Everything the extractor knows about Indonesian news language lives in ``catalogue/news/*.yaml`` and
is read here, validated eagerly (a bad pattern names its file, line and key) and compiled once. Code
in the other modules only combines the cues; adding a title, a platform spelling or a cue word is a
data change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from jaganetral.errors import InvalidConfig
from jaganetral.model.regions import GAZETTEER
from jaganetral.model.yamlio import PathKey, line_of, validate_yaml

#: The shipped catalogue folder (``jaganetral/catalogue``) and its news part.
CATALOGUE = GAZETTEER.parent
NEWS_CATALOGUE = CATALOGUE / "news"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Boilerplate(_Strict):
    drop_line: list[str]
    headline_max_chars: int = Field(gt=0)


class _Platforms(_Strict):
    platforms: dict[str, list[str]]
    generic_online: list[str]
    offline: list[str]
    platform_noise: list[str] = []
    implied: dict[str, list[str]] = {}


class _Actions(_Strict):
    actions: dict[str, list[str]]
    normative_cues: list[str]
    negations: list[str]


class _Agency(_Strict):
    match: str
    name: str
    named: bool = False


class _Positions(_Strict):
    asn_positions: dict[str, str]
    other_roles: list[str]
    non_asn_positions: list[str]
    agencies: list[_Agency]
    org_words: list[str]
    not_names: list[str]
    public_figures: list[str] = []


class _Regions(_Strict):
    kabupaten_kota: dict[str, str | None]
    provinsi: dict[str, str]
    needs_prefix: list[str]
    kota_prefixes: list[str]
    kabupaten_prefixes: list[str]
    region_prefixes: list[str]
    authority_prefixes: list[str]
    national_bodies: list[str]


STORY_GROUPS = (
    "decision",
    "process",
    "conduct",
    "warning",
    "statistic",
    "conditional",
    "future",
    "demand",
    "awaits",
    "body",
    "non_asn",
    "asn",
)


class _ArticleTypes(_Strict):
    title_factor: float
    topic_asn: list[str]
    topic_politics: list[str]
    story: dict[str, list[str]]


class _Elections(_Strict):
    mentions: dict[str, str]
    years: dict[str, dict[int, date]]
    label_ids: list[str]
    parties: dict[str, str]
    candidate_cues: list[str]
    tickets: dict[str, str] = {}


class _Dates(_Strict):
    months: dict[str, int]
    weekdays: dict[str, int]
    future_markers: list[str]
    statement_markers: list[str] = []


@dataclass(frozen=True, slots=True)
class NewsLexicon:
    """Compiled news vocabulary (see the YAML files for what each part means)."""

    drop_line: re.Pattern[str]
    headline_max_chars: int
    platforms: tuple[tuple[str, re.Pattern[str]], ...]
    generic_online: re.Pattern[str]
    offline: re.Pattern[str]
    platform_noise: re.Pattern[str]
    implied_platforms: tuple[tuple[str, re.Pattern[str]], ...]
    actions: tuple[tuple[str, re.Pattern[str]], ...]
    normative: re.Pattern[str]
    negation: re.Pattern[str]
    asn_positions: tuple[tuple[re.Pattern[str], str], ...]
    asn_position_re: re.Pattern[str]
    other_roles: re.Pattern[str]
    non_asn_positions: re.Pattern[str]
    agencies: tuple[tuple[re.Pattern[str], str, bool], ...]
    org_words: frozenset[str]
    not_names: frozenset[str]
    public_figures: frozenset[str]
    kabupaten_kota_aliases: dict[str, str | None]
    provinsi_aliases: dict[str, str]
    needs_prefix: frozenset[str]
    kota_prefix: re.Pattern[str]
    kabupaten_prefix: re.Pattern[str]
    region_prefix: re.Pattern[str]
    authority_prefix: re.Pattern[str]
    national_bodies: re.Pattern[str]
    title_factor: float
    topic_asn: re.Pattern[str]
    topic_politics: re.Pattern[str]
    story: dict[str, re.Pattern[str]]
    election_mentions: tuple[tuple[re.Pattern[str], str], ...]
    election_years: dict[str, dict[int, date]]
    label_election_ids: frozenset[str]
    parties: tuple[tuple[str, re.Pattern[str]], ...]
    candidate_cue: re.Pattern[str]
    tickets: tuple[tuple[re.Pattern[str], str], ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    future_markers: re.Pattern[str]
    statement_markers: re.Pattern[str]


def _compile(path: Path, lines: Mapping[PathKey, int], loc: PathKey, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise InvalidConfig(
            f"bad regular expression: {exc}",
            file=str(path),
            line=line_of(lines, loc),
            field=".".join(str(p) for p in loc),
        ) from exc


def _union(
    path: Path, lines: Mapping[PathKey, int], key: str | PathKey, patterns: list[str]
) -> re.Pattern[str]:
    """One alternation of word-bounded patterns; each is checked alone first so errors are precise."""
    prefix: PathKey = (key,) if isinstance(key, str) else key
    for i, p in enumerate(patterns):
        _compile(path, lines, (*prefix, i), p)
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _phrases(words: list[str]) -> re.Pattern[str]:
    """Literal phrases (not regexes) as one case-insensitive, word-bounded alternation."""
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![\w@.-])(?:{body})(?![\w-])", re.IGNORECASE)


def load_news_lexicon(folder: Path = NEWS_CATALOGUE) -> NewsLexicon:
    """Read and validate every ``catalogue/news/*.yaml`` file."""
    bp_path = folder / "boilerplate.yaml"
    bp, bp_lines = validate_yaml(bp_path, _Boilerplate)
    pl_path = folder / "platforms.yaml"
    pl, pl_lines = validate_yaml(pl_path, _Platforms)
    ac_path = folder / "actions.yaml"
    ac, ac_lines = validate_yaml(ac_path, _Actions)
    po_path = folder / "positions.yaml"
    po, po_lines = validate_yaml(po_path, _Positions)
    rg_path = folder / "regions.yaml"
    rg, rg_lines = validate_yaml(rg_path, _Regions)
    at_path = folder / "article_types.yaml"
    at, at_lines = validate_yaml(at_path, _ArticleTypes)
    el_path = folder / "elections.yaml"
    el, el_lines = validate_yaml(el_path, _Elections)
    dt_path = folder / "dates.yaml"
    dt, dt_lines = validate_yaml(dt_path, _Dates)

    for i, p in enumerate(bp.drop_line):
        _compile(bp_path, bp_lines, ("drop_line", i), p)
    drop = re.compile("|".join(f"(?:{p})" for p in bp.drop_line), re.IGNORECASE)

    actions = tuple(
        (name, _union(ac_path, ac_lines, "actions", pats)) for name, pats in ac.actions.items() if pats
    )
    positions = tuple(
        (_compile(po_path, po_lines, ("asn_positions", k), rf"(?<![\w-])(?:{k})(?![\w-])"), v)
        for k, v in po.asn_positions.items()
    )
    missing = [g for g in STORY_GROUPS if g not in at.story]
    unknown = [g for g in at.story if g not in STORY_GROUPS]
    if missing or unknown:
        raise InvalidConfig(
            f"story groups must be {', '.join(STORY_GROUPS)} (missing {missing}, unknown {unknown})",
            file=str(at_path),
            line=at_lines.get(("story",)),
            field="story",
        )
    story = {g: _union(at_path, at_lines, ("story", g), at.story[g]) for g in STORY_GROUPS}
    mentions = tuple((_compile(el_path, el_lines, ("mentions", k), k), v) for k, v in el.mentions.items())
    for kind in el.years:
        if kind not in ("pemilu", "pilkada"):
            raise InvalidConfig(
                "kind must be pemilu or pilkada", file=str(el_path), line=el_lines.get(("years", kind))
            )
    return NewsLexicon(
        drop_line=drop,
        headline_max_chars=bp.headline_max_chars,
        platforms=tuple((name, _phrases(words)) for name, words in pl.platforms.items()),
        generic_online=_phrases(pl.generic_online),
        offline=_phrases(pl.offline),
        platform_noise=_union(pl_path, pl_lines, "platform_noise", pl.platform_noise or ["(?!)"]),
        implied_platforms=tuple((k, _union(pl_path, pl_lines, "implied", v)) for k, v in pl.implied.items()),
        actions=actions,
        normative=_union(ac_path, ac_lines, "normative_cues", ac.normative_cues),
        negation=re.compile(
            rf"(?:^|\W)(?:{'|'.join(re.escape(n) for n in ac.negations)})(?:\s+\w+){{0,3}}\s*$", re.IGNORECASE
        ),
        asn_positions=positions,
        asn_position_re=_union(po_path, po_lines, "asn_positions", list(po.asn_positions)),
        other_roles=_union(po_path, po_lines, "other_roles", po.other_roles),
        non_asn_positions=_union(po_path, po_lines, "non_asn_positions", po.non_asn_positions),
        agencies=tuple(
            (
                _compile(po_path, po_lines, ("agencies", i, "match"), rf"(?<![\w-])(?:{a.match})(?![\w-])"),
                a.name,
                a.named,
            )
            for i, a in enumerate(po.agencies)
        ),
        org_words=frozenset(w.lower() for w in po.org_words),
        public_figures=frozenset(w.lower() for w in po.public_figures)
        | frozenset(t for w in po.public_figures for t in w.lower().split() if len(t) >= 5),
        not_names=frozenset(w.lower() for w in po.not_names)
        | frozenset((folder.parent / "lexicons" / "stopwords-id.txt").read_text(encoding="utf-8").split()),
        kabupaten_kota_aliases=dict(rg.kabupaten_kota),
        provinsi_aliases=dict(rg.provinsi),
        needs_prefix=frozenset(n.lower() for n in rg.needs_prefix),
        kota_prefix=_union(rg_path, rg_lines, "kota_prefixes", rg.kota_prefixes),
        kabupaten_prefix=_union(rg_path, rg_lines, "kabupaten_prefixes", rg.kabupaten_prefixes),
        region_prefix=_union(rg_path, rg_lines, "region_prefixes", rg.region_prefixes),
        authority_prefix=_union(rg_path, rg_lines, "authority_prefixes", rg.authority_prefixes),
        national_bodies=_union(rg_path, rg_lines, "national_bodies", rg.national_bodies),
        title_factor=at.title_factor,
        topic_asn=_union(at_path, at_lines, "topic_asn", at.topic_asn),
        topic_politics=_union(at_path, at_lines, "topic_politics", at.topic_politics),
        story=story,
        election_mentions=mentions,
        election_years={k: dict(v) for k, v in el.years.items()},
        label_election_ids=frozenset(el.label_ids),
        parties=tuple(
            (abbr, _compile(el_path, el_lines, ("parties", abbr), rf"(?:{p})"))
            for abbr, p in el.parties.items()
        ),
        candidate_cue=_union(el_path, el_lines, "candidate_cues", el.candidate_cues),
        tickets=tuple((_compile(el_path, el_lines, ("tickets", k), k), v) for k, v in el.tickets.items()),
        months={k.lower(): v for k, v in dt.months.items()},
        weekdays={k.lower(): v for k, v in dt.weekdays.items()},
        future_markers=_union(dt_path, dt_lines, "future_markers", dt.future_markers),
        statement_markers=_union(dt_path, dt_lines, "statement_markers", dt.statement_markers or ["(?!)"]),
    )
