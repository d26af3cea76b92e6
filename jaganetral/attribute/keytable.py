"""Exact string-keyed lookups over columns: millions of keys, loaded in milliseconds, no dict.

A Python dict of 2.8 million account keys takes 1.5 s to build and cannot be memory-mapped; a
registry index loaded from its cache must be ready in under two seconds. A :class:`KeyTable`
keeps the keys as an Arrow string column sorted by a 64-bit hash of their UTF-8 bytes, and the
values in a parallel integer array. A lookup hashes the query the same way, binary-searches the
hashes and compares the key itself, so a hash collision can never return a wrong value. Batches
of keys are hashed and searched vectorised (:meth:`KeyTable.prime`), and the answers kept in a
small dict that the per-activity :meth:`KeyTable.get` reads first: the scan primes each batch of
activities, then looks each actor up at dict speed.

A :class:`GroupTable` maps a key to a group of row numbers (name blocks for fuzzy matching,
look-alike handle blocks) with the same machinery over a flat members array and offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np
import numpy.typing as npt
import pyarrow as pa

U64 = npt.NDArray[np.uint64]
I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]

_K = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
    np.uint64(0xD6E8FEB86659FD93),
)
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
#: Masks keeping the low 0..8 bytes of a little-endian word.
_LOW_BYTES = np.array([(1 << (8 * k)) - 1 for k in range(8)] + [(1 << 64) - 1], dtype=np.uint64)
_WORDS = 4  # the first 32 bytes are hashed; longer keys that share them are told apart by the check
_CHUNK = 1 << 20  # strings hashed at a time (bounds the temporary arrays)
_MAX_PRIMED = 1 << 20


def _string_array(values: pa.Array | Sequence[str]) -> pa.StringArray:
    arr = values if isinstance(values, pa.Array) else pa.array(list(values), type=pa.string())
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if arr.type == pa.large_string():
        arr = arr.cast(pa.string())
    assert isinstance(arr, pa.StringArray)
    return arr


def _mix(h: U64) -> U64:
    h ^= h >> np.uint64(33)
    h *= _MIX1
    h ^= h >> np.uint64(33)
    h *= _MIX2
    h ^= h >> np.uint64(33)
    return h


def hash_strings(values: pa.Array | Sequence[str]) -> U64:
    """A 64-bit hash of each string: its UTF-8 length and first 32 bytes, mixed.

    The same function serves building and querying, so both always agree; it is not
    cryptographic and need not be: every hit is checked against the key itself.
    """
    arr = _string_array(values)
    n = len(arr)
    out = np.empty(n, dtype=np.uint64)
    if n == 0:
        return out
    bufs = arr.buffers()
    offsets = np.frombuffer(bufs[1], dtype=np.int32)[arr.offset : arr.offset + n + 1].astype(np.int64)
    raw = np.frombuffer(bufs[2], dtype=np.uint8) if bufs[2] is not None else np.zeros(0, np.uint8)
    with np.errstate(over="ignore"):
        for lo in range(0, n, _CHUNK):
            hi = min(n, lo + _CHUNK)
            offs = offsets[lo : hi + 1]
            base = int(offs[0])
            data = np.zeros(int(offs[-1]) - base + 8 * _WORDS, dtype=np.uint8)
            data[: int(offs[-1]) - base] = raw[base : int(offs[-1])]
            starts = offs[:-1] - base
            lengths = np.diff(offs)
            h = lengths.astype(np.uint64) * _MIX2
            # Every 8-byte window of the data as one row, so a string's w-th word is one row pick.
            windows = np.lib.stride_tricks.as_strided(data, shape=(len(data) - 7, 8), strides=(1, 1))
            for w in range(_WORDS):
                word = windows[starts + 8 * w].view(np.uint64).reshape(-1)
                # Bytes past the string's end belong to the next string: keep only its own.
                keep = np.clip(lengths - 8 * w, 0, 8)
                word &= _LOW_BYTES[keep]
                h ^= word * _K[w]
                h = _mix(h)
            out[lo:hi] = h
    return out


_M64 = (1 << 64) - 1
_KI = tuple(int(k) for k in _K)
_M1, _M2 = int(_MIX1), int(_MIX2)


def hash_one(value: str) -> int:
    """:func:`hash_strings` of one string, in plain Python (no array overhead)."""
    b = value.encode("utf-8")
    h = (len(b) * _M2) & _M64
    for w in range(_WORDS):
        word = int.from_bytes(b[8 * w : 8 * w + 8], "little")
        h ^= (word * _KI[w]) & _M64
        h ^= h >> 33
        h = (h * _M1) & _M64
        h ^= h >> 33
        h = (h * _M2) & _M64
        h ^= h >> 33
    return h


class KeyTable:
    """Unique string keys → int values; exact, vectorised, memory-mappable (see module doc)."""

    def __init__(self, hashes: U64, keys: pa.StringArray, values: I32 | I64) -> None:
        self.hashes = hashes
        self.keys = keys
        self.values = values
        self._primed: dict[str, int | None] = {}

    @classmethod
    def build(cls, keys: pa.Array | Sequence[str], values: Iterable[int] | np.ndarray) -> KeyTable:
        """A table of ``keys`` (unique) and their ``values``."""
        arr = _string_array(keys)
        vals = np.asarray(values if isinstance(values, np.ndarray) else list(values), dtype=np.int32)
        if len(vals) != len(arr):
            raise ValueError("keys and values differ in length")
        h = hash_strings(arr)
        order = np.argsort(h, kind="stable")
        return cls(h[order], arr.take(pa.array(order)), vals[order])

    @classmethod
    def empty(cls) -> KeyTable:
        return cls.build([], [])

    def __len__(self) -> int:
        return len(self.hashes)

    def _positions(self, queries: Sequence[str]) -> I64:
        """The position of each query key in the table, or -1."""
        n = len(queries)
        out = np.full(n, -1, dtype=np.int64)
        if n == 0 or len(self.hashes) == 0:
            return out
        qarr = _string_array(queries)
        qh = hash_strings(qarr)
        lo = np.searchsorted(self.hashes, qh, side="left")
        hi = np.searchsorted(self.hashes, qh, side="right")
        hit = np.nonzero(hi > lo)[0]
        if len(hit) == 0:
            return out
        # Usually one candidate per hit; a run of equal hashes is walked in Python (rare).
        single = hit[(hi[hit] - lo[hit]) == 1]
        if len(single):
            cand = lo[single]
            same = np.asarray(self.keys.take(pa.array(cand)).to_numpy(zero_copy_only=False)) == np.asarray(
                qarr.take(pa.array(single)).to_numpy(zero_copy_only=False)
            )
            out[single[same]] = cand[same]
        for q in hit[(hi[hit] - lo[hit]) > 1]:
            want = queries[int(q)]
            for p in range(int(lo[q]), int(hi[q])):
                if self.keys[p].as_py() == want:
                    out[q] = p
                    break
        return out

    def _position(self, query: str) -> int:
        """:meth:`_positions` of one key, without array overhead."""
        hashes = self.hashes
        if len(hashes) == 0:
            return -1
        h = hash_one(query)
        p = int(np.searchsorted(hashes, np.uint64(h)))
        while p < len(hashes) and int(hashes[p]) == h:
            if self.keys[p].as_py() == query:
                return p
            p += 1
        return -1

    def lookup(self, queries: Sequence[str]) -> list[int | None]:
        """The value of each query key, or None (vectorised)."""
        pos = self._positions(queries)
        vals = self.values
        return [None if p < 0 else int(vals[p]) for p in pos.tolist()]

    def prime(self, queries: Iterable[str]) -> None:
        """Look a batch of keys up at once so that :meth:`get` answers them from a dict."""
        primed = self._primed
        todo = list({q for q in queries if q not in primed})
        if not todo:
            return
        if len(primed) + len(todo) > _MAX_PRIMED:
            primed.clear()
        primed.update(zip(todo, self.lookup(todo), strict=True))

    def get(self, key: str, default: int | None = None) -> int | None:
        """The value of ``key`` (from the primed answers when there, else searched)."""
        if key in self._primed:
            found = self._primed[key]
        else:
            p = self._position(key)
            found = None if p < 0 else int(self.values[p])
            if len(self._primed) < _MAX_PRIMED:
                self._primed[key] = found
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def items(self) -> Iterator[tuple[str, int]]:
        """Every key and value (in hash order)."""
        yield from zip(self.keys.to_pylist(), self.values.tolist(), strict=True)


class GroupTable:
    """String keys → groups of row numbers (a flat members array cut by offsets)."""

    def __init__(self, index: KeyTable, offsets: I64, members: I32) -> None:
        self.index = index
        self.offsets = offsets
        self.members = members

    @classmethod
    def build(cls, keys: pa.Array | Sequence[str], rows: np.ndarray) -> GroupTable:
        """Groups of ``rows`` by ``keys`` (parallel arrays); members keep their order."""
        arr = _string_array(keys)
        rows = np.asarray(rows, dtype=np.int32)
        if len(arr) == 0:
            return cls(KeyTable.empty(), np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32))
        codes = arr.dictionary_encode()
        uniq = codes.dictionary
        idx = np.asarray(codes.indices.to_numpy(zero_copy_only=False), dtype=np.int64)
        order = np.argsort(idx, kind="stable")
        counts = np.bincount(idx, minlength=len(uniq))
        offsets = np.zeros(len(uniq) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        return cls(KeyTable.build(uniq, np.arange(len(uniq), dtype=np.int32)), offsets, rows[order])

    def get(self, key: str, default: Sequence[int] = ()) -> Sequence[int]:
        g = self.index.get(key)
        if g is None:
            return default
        out: list[int] = self.members[self.offsets[g] : self.offsets[g + 1]].tolist()
        return out

    def __len__(self) -> int:
        return len(self.index)

    def values(self) -> Iterator[list[int]]:
        """The members of every group."""
        o = self.offsets
        for g in range(len(o) - 1):
            yield self.members[o[g] : o[g + 1]].tolist()
