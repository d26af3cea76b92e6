"""The issuing Bawaslu unit: name and kop, city and zone of the letter date, agenda code, signatory,
tembusan. One row in ``units``, edited by an admin; until then, defaults from ``serve --unit``."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from jaganetral.cases.access import User, audit, require_role
from jaganetral.errors import InvalidInput
from jaganetral.model.clock import WIB, Zone, now_utc, zone_for_region
from jaganetral.store import case_tables as ct
from jaganetral.store.db import write

DEFAULT_CODE = "BAWASLU"
DEFAULT_AGENDA = "PM.00.02"
DEFAULT_COPIES = ("Ketua Badan Pengawas Pemilihan Umum Republik Indonesia", "Arsip")
DEFAULT_GAKKUMDU_COPIES = ("Ketua Badan Pengawas Pemilihan Umum Republik Indonesia", "Arsip")


@dataclass(frozen=True, slots=True)
class Unit:
    """What letters and dossiers print about the issuer."""

    code: str
    name: str
    letterhead: str = ""
    parent_name: str = "BADAN PENGAWAS PEMILIHAN UMUM REPUBLIK INDONESIA"
    address: str = ""
    city: str = ""
    region: str = ""
    agenda_code: str = DEFAULT_AGENDA
    signatory_name: str = ""
    signatory_title: str = ""
    signatory_nip: str = ""
    copies: tuple[str, ...] = DEFAULT_COPIES
    gakkumdu_copies: tuple[str, ...] = DEFAULT_GAKKUMDU_COPIES
    updated_at: datetime | None = None
    updated_by: str | None = None
    stored: bool = field(default=False, compare=False)

    @property
    def zone(self) -> Zone:
        """The zone the unit dates its letters in (by its region, else its city; WIB if unknown)."""
        return zone_for_region(self.region) or zone_for_region(self.city) or WIB

    def settings(self) -> dict[str, str]:
        """The kop mapping of :mod:`jaganetral.reports.types`."""
        out = {"unit_name": self.name, "parent_name": self.parent_name, "address": self.address}
        if self.letterhead:
            out["letterhead"] = self.letterhead
        if self.city:
            out["city"] = self.city
        return out

    def snapshot(self) -> dict[str, object]:
        """What a letter prints about its issuer, as it stood when the letter was approved."""
        out: dict[str, object] = {k: getattr(self, k) for k in FIELDS}
        out.update(copies=list(self.copies), gakkumdu_copies=list(self.gakkumdu_copies))
        return out

    @classmethod
    def from_snapshot(cls, data: dict[str, object]) -> Unit:
        """The unit as :meth:`snapshot` kept it (a signed letter never changes with the settings)."""
        m: dict[str, Any] = {k: str(data.get(k) or "") for k in FIELDS}
        for k in ("copies", "gakkumdu_copies"):
            v = data.get(k)
            m[k] = tuple(str(x) for x in v) if isinstance(v, list | tuple) else ()
        return cls(**m, stored=True)

    def missing_for_letters(self) -> list[str]:
        """What an admin must fill in before a letter can be approved (Indonesian messages)."""
        need = []
        if not self.city.strip():
            need.append("kota tempat surat ditandatangani")
        if not self.signatory_name.strip() or not self.signatory_title.strip():
            need.append("nama dan jabatan penanda tangan")
        return need


def load_unit(conn: Connection, default_name: str) -> Unit:
    row = conn.execute(select(ct.units).order_by(ct.units.c.code).limit(1)).first()
    if row is None:
        return Unit(code=DEFAULT_CODE, name=default_name)
    m = dict(row._mapping)
    m["copies"] = tuple(m["copies"] or ())
    m["gakkumdu_copies"] = tuple(m["gakkumdu_copies"] or ())
    return Unit(**m, stored=True)


FIELDS = (
    "code", "name", "letterhead", "parent_name", "address", "city", "region", "agenda_code",
    "signatory_name", "signatory_title", "signatory_nip",
)  # fmt: skip


def save_unit(engine: Engine, user: User, default_name: str, values: dict[str, object]) -> Unit:
    """Store the unit's settings (admin only); every change audited."""
    require_role(user, "admin")
    with write(engine) as conn:
        cur = load_unit(conn, default_name)
        clean: dict[str, object] = {}
        for k in FIELDS:
            if k in values:
                clean[k] = str(values[k] or "").strip()
        for k in ("copies", "gakkumdu_copies"):
            if k in values:
                v = values[k]
                lines = v.splitlines() if isinstance(v, str) else list(v)  # type: ignore[call-overload]
                clean[k] = tuple(str(x).strip() for x in lines if str(x).strip())
        new = replace(cur, **clean)  # type: ignore[arg-type]
        if not new.name:
            raise InvalidInput("nama unit wajib diisi", field="name")
        if not new.code or any(c.isspace() for c in new.code) or "/" in new.code:
            raise InvalidInput("kode unit wajib diisi, satu kata tanpa '/' (mis. K.SS)", field="code")
        if new.signatory_nip and not (new.signatory_nip.isdigit() and len(new.signatory_nip) == 18):
            raise InvalidInput("NIP penanda tangan harus 18 angka", field="signatory_nip")
        now = now_utc()
        row = {k: getattr(new, k) for k in FIELDS}
        row.update(copies=list(new.copies), gakkumdu_copies=list(new.gakkumdu_copies))
        row.update(updated_at=now, updated_by=user.username)
        if cur.stored:
            conn.execute(update(ct.units).where(ct.units.c.code == cur.code).values(**row))
        else:
            conn.execute(insert(ct.units).values(**row))
        audit(conn, user.username, "unit_settings", f"unit:{new.code}", {"fields": sorted(clean)})
    return replace(new, updated_at=now, updated_by=user.username, stored=True)
