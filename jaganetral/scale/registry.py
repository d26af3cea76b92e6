"""The registry as tables Spark joins on, and the small index a batch builds from what it joined.

The driver reads the registry as ``scan`` does (the validating columnar reader, or the cache) and
turns the index into two tables:

* ``persons``: one row per ASN (its row number, NIP and the fields a finding shows);
* ``lookups``: every way attribution reaches a person — ``A:<account key>`` (exact keys, with the
  key's value: the row, or −1 when two people list it), ``B:<name block>`` (name blocking keys),
  ``H:<platform>:<four letters>`` (look-alike handles, with the listed key) and ``R:<role>``
  (positions and units for saved contact names such as "Pak Kadis").

Executors never hold the registry: a batch joins the lookups its activities need
(:mod:`.lookups`) and :func:`sub_index` builds a :class:`RegistryIndex` of just those rows, in the
registry's own order. Every lookup the attributor makes is then answered exactly as by the whole
index: a key brings every row that lists it, a block every member (so namesakes are counted in
full), a role every holder.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from jaganetral.attribute.columnar import RegistryColumns
from jaganetral.attribute.index import RegistryIndex, handle_blocks
from jaganetral.attribute.keytable import GroupTable
from jaganetral.attribute.weights import Weights
from jaganetral.model.people import Institution

FIELDS = ("jabatan", "instansi", "unit_kerja", "wilayah", "status")
PERSONS_SCHEMA = pa.schema(
    [("row", pa.int32()), ("nip", pa.int64()), ("name", pa.string())] + [(f, pa.string()) for f in FIELDS]
)
LOOKUPS_SCHEMA = pa.schema(
    [("lkey", pa.string()), ("row", pa.int32()), ("akey", pa.string()), ("aval", pa.int32())]
)
#: What a batch receives per joined lookup: the person (null for an ambiguous key) and the key.
JOINED_FIELDS = ("row", "akey", "aval", "nip", "name", *FIELDS)


def persons_table(index: RegistryIndex) -> pa.Table:
    """One row per registry person."""
    n = len(index)
    cols: list[pa.Array] = [
        pa.array(np.arange(n, dtype=np.int32)),
        pa.array(index.nips, type=pa.int64()),
        index.names.column,
    ]
    for t in range(len(FIELDS)):
        cols.append(pa.array(index.tables[t], type=pa.string()).take(pa.array(index.codes[:, t])))
    return pa.Table.from_arrays(cols, schema=PERSONS_SCHEMA)


def _prefixed(prefix: str, keys: pa.Array) -> pa.Array:
    return pc.binary_join_element_wise(pa.scalar(prefix), keys, pa.scalar(""))


def _explode(g: GroupTable) -> tuple[pa.Array, npt.NDArray[np.int32]]:
    """Every (key, member) pair of a group table, members in their order."""
    keys = g.index.keys
    grp = np.asarray(g.index.values, dtype=np.int64)
    starts = g.offsets[grp]
    lens = g.offsets[grp + 1] - starts
    total = int(lens.sum())
    rep = np.repeat(np.arange(len(grp)), lens)
    within = np.arange(total) - np.repeat(np.cumsum(lens) - lens, lens)
    members = g.members[np.repeat(starts, lens) + within]
    return keys.take(pa.array(rep)), np.asarray(members, dtype=np.int32)


def _rows(values: npt.NDArray[np.int64] | npt.NDArray[np.int32]) -> pa.Array:
    v = np.asarray(values, dtype=np.int32)
    return pa.array(np.where(v >= 0, v, 0), mask=v < 0, type=pa.int32())


def lookups_table(index: RegistryIndex, weights: Weights) -> pa.Table:
    """Every lookup key of the registry with the row it reaches (see the module doc)."""
    parts: list[pa.Table] = []
    acc = index.accounts
    vals = np.asarray(acc.values, dtype=np.int32)
    parts.append(
        pa.Table.from_arrays(
            [_prefixed("A:", acc.keys), _rows(vals), acc.keys, pa.array(vals, type=pa.int32())],
            schema=LOOKUPS_SCHEMA,
        )
    )
    bkeys, brows = _explode(index.blocks)
    null_s = pa.nulls(len(brows), pa.string())
    null_i = pa.nulls(len(brows), pa.int32())
    parts.append(
        pa.Table.from_arrays(
            [_prefixed("B:", bkeys), pa.array(brows, type=pa.int32()), null_s, null_i], schema=LOOKUPS_SCHEMA
        )
    )
    hkeys, hpos = _explode(handle_blocks(acc))
    hvals = vals[hpos]
    parts.append(
        pa.Table.from_arrays(
            [_prefixed("H:", hkeys), _rows(hvals), acc.keys.take(pa.array(hpos)), pa.array(hvals)],
            schema=LOOKUPS_SCHEMA,
        )
    )
    for role in sorted(set(weights.roles.values())):
        rows = np.array(sorted(index.persons_with_role([role])), dtype=np.int32)
        n = len(rows)
        parts.append(
            pa.Table.from_arrays(
                [
                    pa.array([f"R:{role}"] * n, type=pa.string()),
                    pa.array(rows, type=pa.int32()),
                    pa.nulls(n, pa.string()),
                    pa.nulls(n, pa.int32()),
                ],
                schema=LOOKUPS_SCHEMA,
            )
        )
    return pa.concat_tables(parts)


def sub_index(joined: pa.Table, institutions: Mapping[str, Institution]) -> RegistryIndex:
    """The index of the registry rows a batch joined (columns :data:`JOINED_FIELDS`), in registry
    order, with every account key it joined and its value (−1 stays −1)."""
    rows = np.asarray(joined.column("row").fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int64)
    has = np.nonzero(rows >= 0)[0]
    uniq, first = np.unique(rows[has], return_index=True)  # sorted: the registry's order
    take = pa.array(has[first])
    people = joined.take(take)
    akeys = joined.column("akey").to_pylist()
    avals = joined.column("aval").to_pylist()
    entries: dict[str, int] = {}
    for k, v in zip(akeys, avals, strict=True):
        if k is not None and v is not None:
            entries[k] = int(v)
    keys = sorted(entries)
    glob = np.array([entries[k] for k in keys], dtype=np.int64)
    local = np.where(glob >= 0, np.searchsorted(uniq, np.maximum(glob, 0)), -1).astype(np.int32)

    def strings(col: str) -> pa.StringArray:
        out = people.column(col).combine_chunks()
        assert isinstance(out, pa.StringArray)
        return out

    key_array = pa.array(keys, type=pa.string())
    assert isinstance(key_array, pa.StringArray)
    cols = RegistryColumns(
        nips=np.asarray(people.column("nip").to_numpy(), dtype=np.int64),
        names=strings("name"),
        fields=[strings(f) for f in FIELDS],
        lines=np.zeros(len(uniq), dtype=np.int64),
        account_keys=key_array,
        account_rows=local,
        account_primary=np.ones(len(keys), dtype=bool),
    )
    index = RegistryIndex.from_columns(cols)
    index.institutions = dict(institutions)
    return index
