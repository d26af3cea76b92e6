"""Integrity and online state of items and findings, for the screens that show evidence.

:func:`item_status` answers, for a list of items: is it in the vault, is its file there and does
it still hash to its name, what was it, and — for items of a watched URL — is the post still
online, or since when is it known to be deleted. :func:`finding_online` gives the same online
state per finding, and :func:`deletion_text` the sentence to show ("Dihapus dari platform …").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from jaganetral.evidence.online import OnlineState, online_line, state_from_row, states_for_urls
from jaganetral.evidence.vault import item_rows
from jaganetral.evidence.verify import file_sha256
from jaganetral.store.evidence_tables import captures
from jaganetral.store.repository import Store


@dataclass(frozen=True, slots=True)
class ItemStatus:
    sha256: str
    registered: bool
    present: bool
    hash_ok: bool | None  # None when not re-hashed (rehash=False) or the file is missing
    kind: str | None
    captured_at: str | None
    url: str | None
    online: OnlineState | None

    @property
    def intact(self) -> bool:
        return self.registered and self.present and self.hash_ok is not False

    def to_dict(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "registered": self.registered,
            "present": self.present,
            "hash_ok": self.hash_ok,
            "intact": self.intact,
            "kind": self.kind,
            "captured_at": self.captured_at,
            "url": self.url,
            "online": None if self.online is None else self.online.to_dict(),
            "online_text": None if self.online is None else online_line(self.online),
        }


def item_status(store: Store, shas: Sequence[str], *, rehash: bool = True) -> dict[str, ItemStatus]:
    """Status of each item in ``shas`` (re-hashing its file unless ``rehash`` is False)."""
    with store.engine.connect() as conn:
        rows = item_rows(conn, shas)
        online = states_for_urls(conn, sorted({str(r["url"]) for r in rows.values() if r["url"]}))
    out: dict[str, ItemStatus] = {}
    for sha in shas:
        row = rows.get(sha)
        path = store.blobs.path(sha)
        present = path.is_file()
        ok = (file_sha256(path) == sha) if (present and rehash) else None
        out[sha] = ItemStatus(
            sha256=sha,
            registered=row is not None,
            present=present,
            hash_ok=ok,
            kind=None if row is None else row["kind"],
            captured_at=None if row is None else row["captured_at"],
            url=None if row is None else row["url"],
            online=None if row is None or not row["url"] else online.get(str(row["url"])),
        )
    return out


def finding_online(conn: Connection, finding_ids: Iterable[str]) -> dict[str, OnlineState]:
    """The watch state of each finding's URL (findings never captured are absent)."""
    ids = sorted(set(finding_ids))
    out: dict[str, OnlineState] = {}
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(captures).where(captures.c.finding_id.in_(ids[i : i + 500]))):
            st = state_from_row(r)
            if st.finding_id is not None:
                out[st.finding_id] = st
    return out


def deletion_text(state: OnlineState | None) -> str | None:
    """The sentence a finding or case shows about its post online, or None if nothing notable."""
    return None if state is None else online_line(state)
