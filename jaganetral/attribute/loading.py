"""Loading the attribution index: from the cache, else as columns, else streamed (and cached).

The three ways to the same :class:`~jaganetral.attribute.index.RegistryIndex`: the cache
(:mod:`.cache`) when it holds a valid entry for the file's SHA-256; the columnar reader
(:mod:`.columnar`); the streaming reader of :mod:`jaganetral.model.registry` when the columnar
one cannot take the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from jaganetral.attribute import cache as registry_cache
from jaganetral.attribute.columnar import read_columns, use_malloc
from jaganetral.attribute.index import RegistryIndex, add_institutions, build_index
from jaganetral.errors import Rejection
from jaganetral.model.people import Institution
from jaganetral.model.registry import iter_institutions, iter_registry_rows


def load_index(
    asn_csv: Path | None,
    accounts_csv: Path | None = None,
    *,
    cache: bool = True,
    progress: Callable[[str], None] | None = None,
) -> RegistryIndex:
    """The index of the registry (and institutional accounts) files.

    The registry comes from the cache when a valid entry for its SHA-256 exists
    (:mod:`.cache`); else it is read as columns (:mod:`.columnar`), or streamed when the
    columnar reader cannot take the file, and the result is cached.
    """
    use_malloc()
    insts: Iterable[Institution | Rejection] = (
        iter_institutions(accounts_csv) if accounts_csv is not None else ()
    )
    if asn_csv is None:
        idx = build_index((), insts)
        return idx
    entry = registry_cache.entry_for(asn_csv) if cache else None
    idx_or_none = registry_cache.load(entry) if entry is not None else None
    if idx_or_none is None:
        if progress is not None:
            progress("build")
        cols = read_columns(asn_csv)
        if cols is not None:
            idx_or_none = RegistryIndex.from_columns(cols)
        else:
            idx_or_none = build_index(iter_registry_rows(asn_csv))
        if entry is not None:
            registry_cache.save(entry, idx_or_none)
    elif progress is not None:
        progress("cache")
    add_institutions(idx_or_none, insts)
    return idx_or_none
