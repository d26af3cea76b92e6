"""``evidence verify``: re-hash every item and walk the custody chain; name the first broken link.

Checked, in this order (the first problem found is the one named):

1. the chain, entry by entry: numbering without gaps, each entry's hash over its own content,
   each entry's link to the one before, and the head row against the last entry;
2. every item in the vault: its file exists and hashes to its name and size, it has a
   "captured" entry, and its metadata row still hashes to what that entry recorded;
3. every item a custody entry names is in the vault;
4. every entry's Ed25519 signature and every signed checkpoint (a checkpoint beyond the log's end
   means its tail was cut);
5. the records that are evidence too (:mod:`jaganetral.store.integrity`): every sealed row
   (activities, findings, cases, public reports) against its seal, and every case event, audit
   entry, public report and case against the custody entry that recorded it.

Files in ``evidence/`` that no row registers (stored before the vault existed) are counted, not
failed: they alter nothing that was recorded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jaganetral.errors import JaganetralError
from jaganetral.evidence.custody import GENESIS, checkpoints, head
from jaganetral.evidence.vault import item_row_dict, meta_hash
from jaganetral.store.chain import checkpoint_bytes, iter_entries_checked
from jaganetral.store.evidence_tables import evidence_items
from jaganetral.store.integrity import check_records
from jaganetral.store.repository import Store
from jaganetral.store.rows import Unreadable, scan_rows
from jaganetral.store.seal import ring


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken link: what (``custody entry 17``, ``item 3f2a…``) and how."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class VerifyReport:
    items: int = 0
    bytes: int = 0
    entries: int = 0
    head: tuple[int, str] | None = None
    unregistered: int = 0
    checkpoint: tuple[int, str] | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def file_sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def verify_store(store: Store, *, progress: Callable[[int], None] | None = None) -> VerifyReport:
    """Check the whole vault and chain of ``store`` (read-only). ``progress`` gets bytes hashed."""
    rep = VerifyReport()
    captured: dict[str, tuple[int, str]] = {}  # item → (seq, meta_sha256) of its first "captured"
    named: dict[str, int] = {}  # item → first entry naming it
    # One read transaction: the chain and the items are checked as of one moment.
    try:
        keys = ring(store.engine)
        keys.private  # noqa: B018 - loads the key now: without it nothing signed can be checked
    except JaganetralError as exc:
        rep.problems.append(Problem("installation key", str(exc)))
        return rep
    with store.engine.connect() as conn, conn.begin():
        expected_seq, prev_hash = 1, GENESIS
        hashes: dict[int, str] = {}
        last: tuple[int, str] | None = None
        broken = False  # the entry before could not be read: its successor's link is not judged
        for e in iter_entries_checked(conn):
            rep.entries += 1
            if isinstance(e, Unreadable):
                rep.problems.append(Problem(f"custody entry {e.key}", e.reason))
                if e.key.isdigit():
                    expected_seq = int(e.key) + 1
                broken = True
                continue
            where = f"custody entry {e.seq}"
            if e.seq != expected_seq:
                if e.seq > expected_seq:
                    gone = (
                        f"entry {expected_seq}"
                        if e.seq == expected_seq + 1
                        else f"entries {expected_seq}–{e.seq - 1}"
                    )
                    rep.problems.append(Problem(where, f"{gone} missing (removed from the log)"))
                else:
                    rep.problems.append(Problem(where, f"out of sequence (expected {expected_seq})"))
            elif e.computed_hash() != e.entry_hash:
                rep.problems.append(Problem(where, "hash does not match its content (edited or reordered)"))
            elif e.prev_hash != prev_hash and not broken:
                rep.problems.append(
                    Problem(
                        where,
                        f"link to entry {e.seq - 1} broken "
                        f"(entry {e.seq - 1} was altered, removed or reordered)",
                    )
                )
            elif not keys.verify(e.signed_bytes(), e.signature):
                rep.problems.append(
                    Problem(where, "signature missing or wrong (rewritten without the installation key)")
                )
            expected_seq, prev_hash, broken = e.seq + 1, e.entry_hash, False
            hashes[e.seq] = e.entry_hash
            last = (e.seq, e.entry_hash)
            if e.item_sha256 is not None:
                named.setdefault(e.item_sha256, e.seq)
                if e.event == "captured" and e.item_sha256 not in captured:
                    captured[e.item_sha256] = (e.seq, str(e.detail.get("meta_sha256", "")))
        rep.head = head(conn)
        if last is not None and rep.head is None:
            rep.problems.append(Problem("custody head", "missing while the log has entries"))
        elif rep.head is not None and rep.head != (last or (0, GENESIS)):
            end = f"entry {last[0]}" if last else "no entry"
            rep.problems.append(
                Problem(
                    "custody head",
                    f"says the chain ends at entry {rep.head[0]} but the log ends at {end} "
                    "(entries removed from the end, or the head altered)",
                )
            )
        for seq, entry_hash, at, sig in checkpoints(conn):
            where = f"custody checkpoint {seq}"
            if not keys.verify(checkpoint_bytes(seq, entry_hash, at), sig):
                rep.problems.append(Problem(where, "signature does not match (checkpoint altered)"))
            elif seq not in hashes:
                last_seq = last[0] if last else 0
                rep.problems.append(
                    Problem(
                        where, f"names entry {seq} but the log ends at entry {last_seq} (its tail was cut)"
                    )
                )
            elif hashes[seq] != entry_hash:
                rep.problems.append(Problem(where, f"entry {seq} is not the one signed (chain rewritten)"))
            else:
                rep.checkpoint = (seq, entry_hash)
        hashes.clear()
        for rp in check_records(conn):
            rep.problems.append(Problem(rp.where, rp.message))
        registered: set[str] = set()
        for r in scan_rows(conn, evidence_items, check=item_row_dict):
            if isinstance(r, Unreadable):
                registered.add(r.key)
                rep.items += 1
                rep.problems.append(Problem(f"item {r.key}", r.reason))
                continue
            row = r
            sha = row["sha256"]
            registered.add(sha)
            rep.items += 1
            where = f"item {sha}"
            path = store.blobs.path(sha)
            if not path.is_file():
                rep.problems.append(Problem(where, f"file {path} is missing"))
                continue
            size = path.stat().st_size
            actual = file_sha256(path)
            rep.bytes += size
            if progress is not None:
                progress(size)
            if actual != sha:
                rep.problems.append(Problem(where, "content hash mismatch (the stored file was altered)"))
            elif size != row["size"]:
                rep.problems.append(Problem(where, f"size {size} differs from the recorded {row['size']}"))
            elif sha not in captured:
                rep.problems.append(Problem(where, "no 'captured' entry in the custody chain"))
            elif meta_hash(row) != captured[sha][1]:
                rep.problems.append(
                    Problem(
                        where,
                        "metadata differs from what was recorded at capture "
                        f"(custody entry {captured[sha][0]})",
                    )
                )
        for sha, seq in sorted(named.items(), key=lambda kv: kv[1]):
            if sha not in registered:
                rep.problems.append(
                    Problem(f"item {sha}", f"named by custody entry {seq} but missing from the vault")
                )
    if store.blobs.root.is_dir():
        rep.unregistered = sum(
            1 for p in store.blobs.root.iterdir() if not p.name.startswith(".") and p.name not in registered
        )
    return rep
