"""Local time in chat exports: a WhatsApp line carries the phone's wall clock and no zone.

00.30 WIT is a different day — and can be a different election stage — from 00.30 WIB, so the zone
is decided once per export, in this order, and recorded in every activity (``extra.tz`` and
``extra.tz_source``):

1. the ``--tz`` option of the run (WIB, WITA, WIT or an IANA name), when given;
2. the region the group's name points at ("Relawan SAHATI Rappocini" → Kota Makassar → WITA, "Dinkes
   TTS" → Timor Tengah Selatan, "DKP Maluku" → the province), when every place it names lies in one zone;
3. the office the group's name points at ("Dinkes TTS", "Staf Kel. Tlogomas": the registry's staff of
   that office, :func:`jaganetral.attribute.features.chat_office`), when most of its staff work in one zone;
4. the regions of the members the registry knows (senders and added members by phone number), when
   most of them share one zone;
5. WIB, the zone of the national calendar.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from jaganetral.attribute.features import Office
from jaganetral.attribute.index import RegistryIndex
from jaganetral.model.activity import Activity, Platform
from jaganetral.model.clock import WIB, ZONES, Zone, zone_for_province_code, zone_for_region
from jaganetral.model.regions import places_in, province_name, provinces_in


def parse_zone(value: str) -> Zone:
    """``WIB``/``WITA``/``WIT`` (any case) or an IANA zone name of Indonesia."""
    v = value.strip().upper()
    if v in ZONES:
        return ZONES[v]
    for z in ZONES.values():
        if z.tz.key.upper() == v:
            return z
    raise ValueError(f"unknown time zone '{value}' (use WIB, WITA or WIT)")


#: The office a chat title names, if any (the attributor's, remembered per title).
OfficeOf = Callable[[str], Office | None]


def _most(seen: Counter[str]) -> tuple[str, int] | None:
    """The zone most of ``seen`` share (three in five or more), with its count."""
    if not seen:
        return None
    abbr, n = seen.most_common(1)[0]
    return (abbr, n) if n * 5 >= sum(seen.values()) * 3 else None


def choose_zone(
    acts: Sequence[Activity],
    option: Zone | None,
    index: RegistryIndex | None,
    office_of: OfficeOf | None = None,
) -> tuple[Zone, str]:
    """The zone of one chat export's wall clock, and why."""
    if option is not None:
        return option, f"opsi --tz {option.abbr}"
    group = next((a.group.name for a in acts if a.group is not None and a.group.name), None)
    if group:
        places = places_in(group)
        zones = {zone_for_province_code(p.province_code).abbr for p in places}
        if len(zones) == 1:
            p = places[0]
            return ZONES[zones.pop()], f"nama grup menyebut {p.name}"
        provinces = provinces_in(group)
        zones = {zone_for_province_code(c).abbr for c in provinces}
        if not places and len(zones) == 1:
            return ZONES[zones.pop()], f"nama grup menyebut provinsi {province_name(provinces[0])}"
    if group and index is not None and office_of is not None:
        office = office_of(group)
        if office is not None:
            staff: Counter[str] = Counter()
            for member in office.members:
                z = zone_for_region(index.person(member).wilayah)
                if z is not None:
                    staff[z.abbr] += 1
            most = _most(staff)
            if most is not None:
                abbr, n = most
                return ZONES[abbr], (
                    f"grup kantor '{group}': {n} dari {sum(staff.values())} pegawainya di wilayah {abbr}"
                )
    if index is not None:
        seen: Counter[str] = Counter()
        people: set[int] = set()
        for a in acts:
            for acct in (a.actor, a.initiated_by):
                if acct is None or not acct.handle:
                    continue
                i = index.accounts.get(RegistryIndex.account_key(Platform.WHATSAPP, acct.handle))
                if i is not None and i >= 0 and i not in people:
                    people.add(i)
                    z = zone_for_region(index.person(i).wilayah)
                    if z is not None:
                        seen[z.abbr] += 1
        most = _most(seen)
        if most is not None:
            abbr, n = most
            return ZONES[abbr], f"{n} dari {sum(seen.values())} anggota terdaftar di wilayah {abbr}"
    return WIB, "bawaan WIB (zona tidak tercatat di ekspor)"


def localise(
    acts: Iterable[Activity],
    option: Zone | None = None,
    index: RegistryIndex | None = None,
    office_of: OfficeOf | None = None,
) -> list[Activity]:
    """Give every wall-clock activity of one export the zone chosen for it (same clock reading)."""
    items = list(acts)
    wall = [a for a in items if "wall_clock" in a.extra]
    if not wall:
        return items
    zone, why = choose_zone(wall, option, index, office_of)
    out: list[Activity] = []
    for a in items:
        if "wall_clock" not in a.extra:
            out.append(a)
            continue
        clock = datetime.fromisoformat(str(a.extra["wall_clock"]))
        when = clock.replace(tzinfo=zone.tz)
        deleted = a.deleted_at
        if deleted is not None and deleted == a.created_at:
            deleted = when  # "Pesan ini telah dihapus": noticed at the line's own time
        out.append(
            replace(
                a, created_at=when, deleted_at=deleted, extra={**a.extra, "tz": zone.abbr, "tz_source": why}
            )
        )
    return out
