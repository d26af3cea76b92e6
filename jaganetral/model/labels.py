"""Words for codes: the one label table (``catalogue/labels.yaml``) in Indonesian and English.

Pages, the API, the dossier, the letter and the exports show every enum through :func:`label`, so a
raw code (``violation``, ``instruct_others``, ``temuan_sistem``) never reaches a person.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from jaganetral.model.yamlio import validate_yaml

LABELS_FILE = Path(__file__).resolve().parents[1] / "catalogue" / "labels.yaml"
LANGS = ("id", "en")


class _Label(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    en: str


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    finding_status: dict[str, _Label]
    finding_status_short: dict[str, _Label]
    action: dict[str, _Label]
    origin: dict[str, _Label]
    event_kind: dict[str, _Label]
    subject_kind: dict[str, _Label]
    election_type: dict[str, _Label]
    candidate_stage: dict[str, _Label]
    election_stage: dict[str, _Label]
    recipient: dict[str, _Label]
    evidence_kind: dict[str, _Label]
    online_status: dict[str, _Label]
    predicate: dict[str, _Label]
    predicate_value: dict[str, _Label]
    sanction_category: dict[str, _Label]
    selfcheck_verdict: dict[str, _Label]
    activity_kind: dict[str, _Label]
    case_state: dict[str, _Label]
    outcome: dict[str, _Label]
    ppk_result: dict[str, _Label]
    move: dict[str, _Label]
    notice_kind: dict[str, _Label] = {}
    audit_action: dict[str, _Label] = {}


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, dict[str, str]]]:
    """group → code → lang → text, validated once on first use."""
    table, _ = validate_yaml(LABELS_FILE, _Table)
    return {
        group: {code: {"id": v.id, "en": v.en} for code, v in getattr(table, group).items()}
        for group in _Table.model_fields
    }


def label(group: str, code: object, lang: str = "id") -> str:
    """The words for ``code`` in ``group``; "—" for nothing; an unknown code is shown as itself."""
    if code is None or code == "":
        return "—"
    entry = labels().get(group, {}).get(str(code))
    if entry is None:
        return str(code)
    return entry.get(lang if lang in LANGS else "id") or entry["id"]


def predicate_value_key(value: bool | None) -> str:
    return "none" if value is None else ("true" if value else "false")


_ENUM = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
_KIND_IN_BRACKETS = re.compile(r"\((post|share|comment|reaction|follow|message|tagged)\)")
_KIND_BEFORE_PADA = re.compile(r"— (post|share|comment|reaction|follow|message|tagged) pada\b")
_DEV_WORDS = (
    ("(analogi rules.md §4)", "(penerapan secara analogi)"),
    ("analogi rules.md §4", "penerapan secara analogi"),
)


def humanise(text: str, candidates: Mapping[str, str] | None = None, lang: str = "id") -> str:
    """A judge's sentence for people: candidate ids by name, enums and developer notes in words.

    "bentuk perbuatan: instruct_others" → "bentuk perbuatan: mengajak/menginstruksikan orang lain";
    "(calon pali-1)" → "(calon Heri Amalindo, nomor urut 1)"; "(analogi rules.md §4)" → "(penerapan
    secara analogi)"."""
    for dev, words in _DEV_WORDS:
        text = text.replace(dev, words)
    for cid, name in sorted((candidates or {}).items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"(?<![\w-]){re.escape(cid)}(?![\w-])", name, text)
    table = labels()["action"]
    text = _ENUM.sub(lambda m: table[m.group(0)][lang] if m.group(0) in table else m.group(0), text)
    kinds = labels()["activity_kind"]
    text = _KIND_BEFORE_PADA.sub(lambda m: f"— {kinds[m.group(1)][lang]} pada", text)
    return _KIND_IN_BRACKETS.sub(lambda m: f"({kinds[m.group(1)][lang]})", text)


def _is_check(line: str) -> bool:
    """An element check of the judge: "Unsur: [ya] Pelaku adalah ASN … — …" (or the older per-rule
    "  ✓ Pelaku ASN — …")."""
    return line.startswith("Unsur: ") or (line.startswith(" ") and line.lstrip()[:1] in ("✓", "✗", "?"))


def summary_lines(lines: list[str] | tuple[str, ...], checks_shown: bool = True) -> list[str]:
    """A finding's explanation, each line once. With ``checks_shown`` (the page or document shows the
    element checks in their own table, once per element) the check lines are left out, so no check is
    read twice."""
    out: list[str] = []
    for line in lines:
        if checks_shown and _is_check(line):
            continue
        if line not in out:
            out.append(line)
    return out
