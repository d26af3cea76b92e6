"""The custody chain: an append-only, hash-chained and signed log of every event on every item,
finding and case. The chain itself lives in :mod:`jaganetral.store.chain` (the store's seals and
the case history write into it inside their own transactions); this module is its public name."""

from __future__ import annotations

from jaganetral.model.canonical import canonical_json
from jaganetral.store.chain import (
    EVENTS,
    GENESIS,
    Entry,
    NewEvent,
    append,
    checkpoint,
    checkpoints,
    entries_about,
    entry_from_dict,
    entry_from_row,
    head,
    insert_ignore,
    iso,
    iter_entries,
    parse_iso,
    record_event,
)

__all__ = [
    "EVENTS", "GENESIS", "Entry", "NewEvent", "append", "canonical_json", "checkpoint", "checkpoints",
    "entries_about", "entry_from_dict", "entry_from_row", "head", "insert_ignore", "iso", "iter_entries",
    "parse_iso", "record_event",
]  # fmt: skip
