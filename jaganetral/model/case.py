"""A case as the workbench reads it: one typed row of ``cases`` (the history is in its events).

Every instant is timezone-aware (UTC from the store); :meth:`Case.zone` is where it happened, so
pages, documents and the API show its times in WIB, WITA or WIT.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any

from jaganetral.model.clock import WIB, Zone, local, zone_for_region


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    title: str
    state: str
    origin: str
    election_type: str
    subject_key: str
    subject_kind: str
    discovered_at: datetime
    opened_at: datetime
    updated_at: datetime
    election_id: str | None = None
    nip: str | None = None
    subject_name: str | None = None
    instansi: str | None = None
    wilayah: str | None = None
    region_code: str | None = None
    violation_codes: tuple[str, ...] = ()
    primary_code: str | None = None
    action: str | None = None
    event_date: datetime | None = None
    event_week: str | None = None
    due_at: datetime | None = None
    outcome: str | None = None
    forwarded_to: str | None = None
    ppk_result: str | None = None
    official_name: str | None = None
    official_nip: str | None = None
    official_jabatan: str | None = None
    tracking_code: str | None = None
    finding_count: int = 0
    search_text: str = ""
    assignee: str | None = None
    team: str | None = None
    merged_into: str | None = None
    labels: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: Mapping[str, Any], labels: Mapping[str, str] | None = None) -> Case:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in row.items() if k in names}
        values["violation_codes"] = tuple(values.get("violation_codes") or ())
        for k in ("discovered_at", "opened_at", "updated_at", "event_date", "due_at"):
            v = values.get(k)
            if v is not None and (not isinstance(v, datetime) or v.tzinfo is None):
                raise ValueError(f"case {row.get('id')}: {k} must be an aware datetime")
        return cls(**values, labels=dict(labels or {}))

    @property
    def zone(self) -> Zone:
        """The zone of the case's region (WIB when the region is not known)."""
        return zone_for_region(self.region_code or self.wilayah) or WIB

    @property
    def state_label(self) -> str:
        return self.labels.get("state", self.state)

    @property
    def natural_person(self) -> str | None:
        """The person a letter names: the ASN, or the official answerable for an institution's account."""
        if self.subject_kind == "institution":
            return self.official_name
        return self.subject_name

    def to_api(self) -> dict[str, Any]:
        """Plain values for JSON: instants in the case's own zone, ISO 8601 with the offset."""
        out = asdict(self)
        z = self.zone
        for k, v in out.items():
            if isinstance(v, datetime):
                out[k] = local(v, z)[0].isoformat()
        out["violation_codes"] = list(self.violation_codes)
        out["zone"] = z.abbr
        out.pop("labels")
        out.pop("search_text")
        out.update({f"{k}_label": v for k, v in self.labels.items()})
        return out
