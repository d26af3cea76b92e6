"""Time is a legal fact: the one place for time zones and Indonesian dates.

Rules the whole project follows:

* every datetime is timezone-aware; storage holds UTC, APIs and JSON Lines carry ISO 8601 with the
  offset (:func:`iso`), screens and paper show local time with its zone name (WIB, WITA, WIT);
* the zone of a place comes from its province (:func:`zone_for_region`), and the election calendar is
  read in Asia/Jakarta (:data:`CALENDAR_ZONE`) as the KPU publishes it;
* Indonesian dates are written by :func:`tanggal` / :func:`tanggal_jam` only.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from jaganetral.model.regions import GAZETTEER, region_by_name


@dataclass(frozen=True, slots=True)
class Zone:
    """One of Indonesia's three time zones."""

    abbr: str  # WIB | WITA | WIT
    tz: ZoneInfo
    hours: int  # offset from UTC


WIB = Zone("WIB", ZoneInfo("Asia/Jakarta"), 7)
WITA = Zone("WITA", ZoneInfo("Asia/Makassar"), 8)
WIT = Zone("WIT", ZoneInfo("Asia/Jayapura"), 9)
ZONES = {z.abbr: z for z in (WIB, WITA, WIT)}
#: The KPU calendar (stage dates) is read in Jakarta time.
CALENDAR_ZONE = WIB

# Province codes (Kemendagri) by zone. Kalimantan Barat and Tengah are WIB; the rest of
# Kalimantan, Bali, Nusa Tenggara and Sulawesi WITA; Maluku and Papua WIT.
_WITA_PROVINCES = frozenset({"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"})
_WIT_PROVINCES = frozenset({"81", "82", "91", "92", "93", "94", "95", "96"})

_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def zone_for_province_code(code: str) -> Zone:
    """The zone of a province by its two-digit Kemendagri code (also accepts "73.08")."""
    p = code.split(".", 1)[0].strip()
    if p in _WIT_PROVINCES:
        return WIT
    if p in _WITA_PROVINCES:
        return WITA
    return WIB


def _key(name: str) -> str:
    s = name.lower()
    s = re.sub(r"^(provinsi|prov\.?)\s+", "", s.strip())
    return re.sub(r"[^a-z0-9]+", "", s)


@lru_cache(maxsize=1)
def _province_codes() -> dict[str, str]:
    out: dict[str, str] = {}
    with (GAZETTEER / "provinsi_2025.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out[_key(r["nama"])] = r["kode"]
    return out


@lru_cache(maxsize=4096)
def zone_for_region(region: str | None) -> Zone | None:
    """The zone of a kabupaten/kota or province named (or coded) ``region``; None if unknown.

    "Kota Ambon" → WIT, "Kabupaten Bone" → WITA, "Provinsi Jawa Barat" → WIB, "73.08" → WITA.
    """
    if not region or not region.strip():
        return None
    r = region.strip()
    if re.fullmatch(r"\d{2}(\.\d{2})?(\.\d+)*", r):
        return zone_for_province_code(r)
    kab = region_by_name(r)
    if kab is not None:
        return zone_for_province_code(kab.province_code)
    code = _province_codes().get(_key(r))
    if code is not None:
        return zone_for_province_code(code)
    return None


def zone_of(dt: datetime) -> Zone | None:
    """The Indonesian zone whose offset ``dt`` carries, if it is one of the three."""
    off = dt.utcoffset()
    if off is None:
        return None
    hours = off.total_seconds() / 3600
    return next((z for z in ZONES.values() if z.hours == hours), None)


def require_aware(dt: datetime, what: str = "datetime") -> datetime:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware")
    return dt


class TimeOutOfRange(ValueError):
    """A timestamp outside the years election data can carry (``limits.yaml: time_window``)."""


def checked_time(dt: datetime) -> datetime:
    """``dt`` made aware-safe for storage: refuse a time outside the limits' window (year 0001 or
    9999 would overflow on the way to UTC or to a zone) with :class:`TimeOutOfRange`."""
    from jaganetral.model.limits import limits

    lim = limits()
    try:
        utc = dt.astimezone(UTC) if dt.tzinfo is not None else dt.replace(tzinfo=UTC)
    except (OverflowError, ValueError):
        utc = None
    if utc is None or not lim.earliest <= utc < lim.latest:
        raise TimeOutOfRange(
            f"time {dt.isoformat()} is outside {lim.earliest.year}–{lim.latest.year - 1}"
            " (limits.yaml: time_window)"
        )
    return dt


def unix_time(seconds: float) -> datetime:
    """Unix seconds as an aware UTC datetime, refused outside the window (never an exception other
    than :class:`TimeOutOfRange`)."""
    try:
        dt = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise TimeOutOfRange(f"Unix time {seconds} is out of range") from None
    return checked_time(dt)


def to_utc(dt: datetime) -> datetime:
    """``dt`` (aware) in UTC, for storage."""
    return require_aware(dt).astimezone(UTC)


def from_storage(dt: datetime | None) -> datetime | None:
    """A value read back from a database column: naive values there are UTC by convention."""
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def now_utc() -> datetime:
    return datetime.now(UTC)


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 with its offset (contract: every timestamp in JSON Lines and the API)."""
    return None if dt is None else require_aware(dt).isoformat()


def local(dt: datetime, zone: Zone | None = None) -> tuple[datetime, Zone]:
    """``dt`` in ``zone`` (WIB when not known) with the zone used."""
    z = zone or WIB
    return require_aware(dt).astimezone(z.tz), z


def calendar_date(dt: datetime) -> date:
    """The date of ``dt`` on the election calendar (Asia/Jakarta)."""
    return require_aware(dt).astimezone(CALENDAR_ZONE.tz).date()


def tanggal(d: date | datetime, *, with_day: bool = False, zone: Zone | None = None) -> str:
    """An Indonesian date: '8 September 2024' (or 'Minggu, 8 September 2024')."""
    if isinstance(d, datetime):
        d, _ = local(d, zone)
    s = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{_DAYS[d.weekday()]}, {s}" if with_day else s


def tanggal_jam(dt: datetime, zone: Zone | None = None, *, with_day: bool = True) -> str:
    """An Indonesian date and time with the zone name: 'Minggu, 8 September 2024 10.15 WIB'."""
    loc, z = local(dt, zone)
    return f"{tanggal(loc.date(), with_day=with_day)} {loc:%H.%M} {z.abbr}"


_MONTH_NUMBER = (
    {m.lower(): i for i, m in enumerate(MONTHS, 1)}
    | {m.lower()[:3]: i for i, m in enumerate(MONTHS, 1)}
    | {"agu": 8, "okt": 10, "des": 12, "mei": 5, "peb": 2, "nop": 11, "nov": 11, "sep": 9, "sept": 9}
)
_WRITTEN = re.compile(
    r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:[\s,]+(?:pukul\s+)?(\d{1,2})[.:](\d{2}))?(?:\s*(WIB|WITA|WIT))?",
    re.I,
)
_NUMERIC = re.compile(
    r"\b(\d{1,2})/(\d{1,2})/(\d{4})(?:[\s,]+(\d{1,2})[.:](\d{2}))?(?:\s*(WIB|WITA|WIT))?", re.I
)


def find_datetime(text: str, default: Zone = WIB) -> datetime | None:
    """The first Indonesian date (and time) written in ``text``: "26 Oktober 2024 20.15",
    "26/10/2024 20:15 WITA". The zone named after it wins over ``default``; None if none is there."""
    for rx, named in ((_WRITTEN, True), (_NUMERIC, False)):
        for m in rx.finditer(text):
            day, mon, year = m.group(1), m.group(2), m.group(3)
            month = _MONTH_NUMBER.get(mon.lower()) if named else int(mon)
            if month is None or not 2000 <= int(year) <= 2100:
                continue
            hour, minute = int(m.group(4) or 0), int(m.group(5) or 0)
            zone = ZONES.get((m.group(6) or "").upper(), default)
            try:
                return datetime(int(year), month, int(day), hour, minute, tzinfo=zone.tz)
            except ValueError:
                continue
    return None
