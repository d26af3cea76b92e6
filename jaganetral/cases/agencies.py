"""Agencies as data: names normalised into one table, each OPD under its pemda (by region code), and
the scopes that bind an agency user to one or more units.

"Dinas Pendidikan Kota Lubuk Linggau" and "Dinas Pendidikan Kota Lubuklinggau" are one agency (the
normalised name folds case, punctuation, spacing and common abbreviations); both sit under
"Pemerintah Kota Lubuklinggau" (region 16.73), so an inspektorat bound to that pemda sees every
OPD's forwarded cases. A scope is an agency (with everything under it) or a region code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, insert, select, update

from jaganetral.model.regions import region_by_name
from jaganetral.store import case_tables as ct

#: Abbreviations expanded before folding (whole words, lower case).
ABBREVIATIONS = {
    "kab": "kabupaten",
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    "pemprov": "pemerintah provinsi",
    "diskominfo": "dinas komunikasi dan informatika",
    "disdik": "dinas pendidikan",
    "dinkes": "dinas kesehatan",
    "bkpsdm": "badan kepegawaian dan pengembangan sumber daya manusia",
    "setda": "sekretariat daerah",
}
_REGION = re.compile(r"\b(kabupaten|kota)\s+(.+)$")


def _words(name: str) -> str:
    w = re.findall(r"[a-z0-9]+", name.lower())
    return " ".join(ABBREVIATIONS.get(x, x) for x in w)


def normalise(name: str) -> str:
    """The key agencies are matched by: words expanded, then case, punctuation and spaces folded."""
    return re.sub(r"[^a-z0-9]", "", _words(name))[:300]


def region_of(name: str) -> Any:
    """The kabupaten/kota an agency's name ends with ("… Kabupaten Penukal Abab Lematang Ilir")."""
    m = _REGION.search(_words(name))
    return region_by_name(f"{m.group(1)} {m.group(2)}") if m else None


def _get_or_create(conn: Connection, name: str, kind: str, parent: int | None, region: str | None) -> int:
    norm = normalise(name)
    row = conn.execute(select(ct.agencies.c.id).where(ct.agencies.c.norm == norm)).first()
    if row is not None:
        return int(row.id)
    pk = conn.execute(
        insert(ct.agencies).values(
            name=name.strip(), norm=norm, parent_id=parent, region_code=region, kind=kind
        )
    ).inserted_primary_key
    assert pk is not None
    return int(pk[0])


def resolve(conn: Connection, name: str | None) -> int | None:
    """The agency of ``name`` (created on first sight), under the pemda of its region."""
    if not name or not normalise(name):
        return None
    region = region_of(name)
    parent = None
    if region is not None:
        pemda = f"Pemerintah {region.name}"
        if normalise(pemda) == normalise(name):
            return _get_or_create(conn, name, "pemda", None, region.code)
        parent = _get_or_create(conn, pemda, "pemda", None, region.code)
    return _get_or_create(conn, name, "opd" if parent else "lain", parent, region.code if region else None)


def add_scope(
    conn: Connection, user_id: int, *, agency: str | None = None, region_code: str | None = None
) -> None:
    """Bind a user to an agency (and everything under it) or to a region code."""
    aid = resolve(conn, agency) if agency else None
    if aid is None and not region_code:
        return
    conn.execute(
        insert(ct.user_scopes).values(user_id=user_id, agency_id=aid, region_code=region_code or None)
    )


def set_scopes(conn: Connection, user_id: int, agencies: Iterable[str], regions: Iterable[str]) -> None:
    conn.execute(ct.user_scopes.delete().where(ct.user_scopes.c.user_id == user_id))
    for a in agencies:
        if a.strip():
            add_scope(conn, user_id, agency=a.strip())
    for r in regions:
        if r.strip():
            add_scope(conn, user_id, region_code=r.strip())


def scopes_of(conn: Connection, user_id: int) -> list[dict[str, Any]]:
    q = (
        select(ct.user_scopes.c.region_code, ct.agencies.c.name, ct.agencies.c.kind)
        .outerjoin(ct.agencies, ct.agencies.c.id == ct.user_scopes.c.agency_id)
        .where(ct.user_scopes.c.user_id == user_id)
    )
    return [{"region_code": r, "agency": n, "kind": k} for r, n, k in conn.execute(q)]


def visible_agencies(conn: Connection, user_id: int) -> set[int]:
    """Every agency id the user's scopes reach: the agencies, everything under them, and every
    agency of a scoped region (with its descendants)."""
    a = ct.agencies.c
    rows = conn.execute(
        select(ct.user_scopes.c.agency_id, ct.user_scopes.c.region_code).where(
            ct.user_scopes.c.user_id == user_id
        )
    ).all()
    seeds = {int(x) for x, _ in rows if x is not None}
    regions = {r for _, r in rows if r}
    if regions:
        seeds |= {int(i) for (i,) in conn.execute(select(a.id).where(a.region_code.in_(sorted(regions))))}
    out = set(seeds)
    frontier = set(seeds)
    while frontier:
        kids = {int(i) for (i,) in conn.execute(select(a.id).where(a.parent_id.in_(sorted(frontier))))}
        frontier = kids - out
        out |= kids
    return out


def backfill(conn: Connection) -> int:
    """Give cases written before agencies were data their agency id; returns how many."""
    from jaganetral.store.integrity import note_case

    rows = conn.execute(
        select(ct.cases.c.id, ct.cases.c.instansi).where(
            ct.cases.c.agency_id.is_(None), ct.cases.c.instansi.is_not(None)
        )
    ).all()
    for cid, inst in rows:
        aid = resolve(conn, inst)
        if aid is not None:
            conn.execute(update(ct.cases).where(ct.cases.c.id == cid).values(agency_id=aid))
            note_case(conn, cid)
    users = conn.execute(
        select(ct.users.c.id, ct.users.c.instansi).where(
            ct.users.c.role == "instansi", ct.users.c.instansi.is_not(None)
        )
    ).all()
    for uid, inst in users:
        if conn.execute(select(ct.user_scopes.c.id).where(ct.user_scopes.c.user_id == uid)).first() is None:
            add_scope(conn, uid, agency=inst)
    return len(rows)


def agency_list(conn: Connection) -> list[dict[str, Any]]:
    a = ct.agencies.c
    rows = conn.execute(
        select(a.id, a.name, a.kind, a.region_code, a.parent_id).order_by(
            a.region_code, a.kind.desc(), a.name
        )
    )
    return [dict(r._mapping) for r in rows]
