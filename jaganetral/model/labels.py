"""Words for codes: the one label table (``catalogue/labels.yaml``) in Indonesian and English.

Pages, the API, the dossier, the letter and the exports show every enum through :func:`label`, so a
raw code (``violation``, ``instruct_others``, ``temuan_sistem``) never reaches a person.
"""

from __future__ import annotations

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
