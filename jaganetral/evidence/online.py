"""What is known about a captured URL online (still there, deleted, changed) and how findings show it.

The re-check job (:mod:`jaganetral.evidence.recheck`) keeps ``captures`` up to date; this module
turns a row into an :class:`OnlineState`, into the sentence a finding shows ("Dihapus dari
platform, diketahui 3 jam setelah diunggah …") and into the ``online`` block of the finding
document. A scan that judges the same activity again keeps that block (see
:func:`known_states`), so a re-run never hides a deletion.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, or_, select

from jaganetral.evidence.custody import iso
from jaganetral.judge.engine import durasi
from jaganetral.model.clock import tanggal_jam as tanggal
from jaganetral.store.evidence_tables import captures
from jaganetral.store.repository import as_aware

#: Explanation lines this module owns (replaced, never duplicated, when the state changes).
LINE_PREFIXES = ("Dihapus dari platform", "Isi di platform berubah", "Sempat tidak tersedia di platform")


@dataclass(frozen=True, slots=True)
class OnlineState:
    """The watch state of one URL."""

    url: str
    state: str  # ok | deleted | changed | unknown (never fetched successfully)
    finding_id: str | None
    posted_at: datetime | None
    first_ok_at: datetime | None
    last_ok_at: datetime | None
    last_checked_at: datetime | None
    deleted_noticed_at: datetime | None
    changed_noticed_at: datetime | None
    first_item_sha256: str | None

    def to_dict(self) -> dict[str, Any]:
        def t(d: datetime | None) -> str | None:
            return None if d is None else iso(d)

        return {
            "url": self.url,
            "state": self.state,
            "posted_at": t(self.posted_at),
            "first_seen_ok_at": t(self.first_ok_at),
            "last_seen_ok_at": t(self.last_ok_at),
            "last_checked_at": t(self.last_checked_at),
            "deleted_noticed_at": t(self.deleted_noticed_at),
            "changed_noticed_at": t(self.changed_noticed_at),
            "capture_sha256": self.first_item_sha256,
        }

    @property
    def notable(self) -> bool:
        """Worth showing on a finding: gone, changed, or gone once and back."""
        return self.state in ("deleted", "changed") or self.deleted_noticed_at is not None


def url_key(url: str) -> str:
    """The key of a watched URL: SHA-256 of its text (URLs are too long for some indexes)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def state_from_row(row: Any) -> OnlineState:
    m = row._mapping
    return OnlineState(
        url=m["url"],
        state=m["state"],
        finding_id=m["finding_id"],
        posted_at=as_aware(m["posted_at"]),
        first_ok_at=as_aware(m["first_ok_at"]),
        last_ok_at=as_aware(m["last_ok_at"]),
        last_checked_at=as_aware(m["last_checked_at"]),
        deleted_noticed_at=as_aware(m["deleted_noticed_at"]),
        changed_noticed_at=as_aware(m["changed_noticed_at"]),
        first_item_sha256=m["first_item_sha256"],
    )


def online_line(st: OnlineState) -> str | None:
    """The sentence a finding shows for this state, in Indonesian; None when nothing is notable."""
    last = f"; terakhir terlihat ada {tanggal(st.last_ok_at)}" if st.last_ok_at else ""
    if st.state == "deleted" and st.deleted_noticed_at is not None:
        when = tanggal(st.deleted_noticed_at)
        if st.posted_at is not None:
            secs = (st.deleted_noticed_at - st.posted_at).total_seconds()
            return (
                f"Dihapus dari platform, diketahui {durasi(secs)} setelah diunggah ({when}){last}; "
                "salinan yang diambil sebelumnya tetap tersimpan di brankas bukti"
            )
        return f"Dihapus dari platform, diketahui {when}{last}; salinan sebelumnya tetap tersimpan"
    if st.state == "changed" and st.changed_noticed_at is not None:
        return (
            f"Isi di platform berubah, diketahui {tanggal(st.changed_noticed_at)}; "
            "versi awal dan versi baru tersimpan di brankas bukti"
        )
    if st.deleted_noticed_at is not None:
        back = f", tersedia lagi saat diperiksa {tanggal(st.last_ok_at)}" if st.last_ok_at else ""
        return f"Sempat tidak tersedia di platform (diketahui {tanggal(st.deleted_noticed_at)}){back}"
    return None


def apply_online(doc: Mapping[str, Any], st: OnlineState) -> dict[str, Any]:
    """A finding document with the ``online`` block and the explanation line for ``st``."""
    out = dict(doc)
    # Not the time of the last visit: it moves on every re-check and would make every re-scan
    # rewrite the finding; the custody log has each visit.
    out["online"] = {k: v for k, v in st.to_dict().items() if k != "last_checked_at"}
    out["online_deleted_noticed_at"] = out["online"]["deleted_noticed_at"] if st.state == "deleted" else None
    lines = [x for x in doc.get("explanation", []) if not str(x).startswith(LINE_PREFIXES)]
    line = online_line(st)
    if line is not None:
        # Before the closing confidence line, where the engine puts its own deletion sentence.
        at = len(lines) - 1 if lines and str(lines[-1]).startswith("Keyakinan") else len(lines)
        lines.insert(at, line)
    out["explanation"] = lines
    return out


def known_states(conn: Connection) -> dict[str, OnlineState]:
    """Notable states by finding id (few rows: only URLs that went away or changed)."""
    q = select(captures).where(
        captures.c.finding_id.is_not(None),
        or_(captures.c.state.in_(("deleted", "changed")), captures.c.deleted_noticed_at.is_not(None)),
    )
    out: dict[str, OnlineState] = {}
    for r in conn.execute(q):
        st = state_from_row(r)
        if st.finding_id is not None:
            out[st.finding_id] = st
    return out


def states_for_urls(conn: Connection, urls: list[str]) -> dict[str, OnlineState]:
    """Watch states of these URLs (those never captured are absent)."""
    keys = {url_key(u): u for u in urls}
    wanted = sorted(keys)
    out: dict[str, OnlineState] = {}
    for i in range(0, len(wanted), 500):
        for r in conn.execute(select(captures).where(captures.c.url_sha256.in_(wanted[i : i + 500]))):
            st = state_from_row(r)
            out[st.url] = st
    return out
