"""Near-duplicate articles (syndicated or copy-pasted) by word shingles and MinHash.

Each article becomes the set of its normalised word 5-grams; a MinHash signature of 64 values
(one-permutation hashing, :class:`MinHasher`) estimates the Jaccard similarity of two sets, and
locality-sensitive hashing (16 bands of 4 rows) finds candidate pairs without comparing every pair.
Everything is deterministic: the hash is BLAKE2b of the shingle keyed by a fixed seed (never Python's
salted ``hash``), so the same articles give the same links on every run and machine.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

_MAX = (1 << 64) - 1
_WORD = re.compile(r"[a-z0-9]+")


def shingles(text: str, k: int = 5) -> set[bytes]:
    """The set of word ``k``-grams of ``text`` (lower-cased, punctuation ignored)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


@dataclass(frozen=True, slots=True)
class MinHasher:
    """One-permutation MinHash: ``num_perm`` bins of one 64-bit hash, empty bins densified.

    Each shingle is hashed once (BLAKE2b, keyed by ``seed``); its top bits choose a bin and the rest is
    its value; a bin keeps its minimum. An empty bin borrows the value of the next non-empty bin to its
    right plus a fixed offset per step (rotation densification), so two sets agree on a bin with
    probability close to their Jaccard similarity, at the cost of one hash per shingle.
    """

    num_perm: int = 64
    seed: int = 20240908
    _shift: int = field(init=False)
    _key: bytes = field(init=False)

    def __post_init__(self) -> None:
        if self.num_perm & (self.num_perm - 1):
            raise ValueError("num_perm must be a power of two")
        object.__setattr__(self, "_shift", 64 - (self.num_perm.bit_length() - 1))
        object.__setattr__(self, "_key", self.seed.to_bytes(8, "big"))

    def signature(self, items: Iterable[bytes]) -> tuple[int, ...]:
        """The signature; an empty set gives all-maximum values (similar to nothing)."""
        k, shift, key = self.num_perm, self._shift, self._key
        mask = (1 << shift) - 1
        bins = [_MAX] * k
        for s in items:
            h = int.from_bytes(hashlib.blake2b(s, digest_size=8, key=key).digest(), "big")
            b = h >> shift
            v = h & mask
            if v < bins[b]:
                bins[b] = v
        if bins.count(_MAX) == k:
            return (_MAX,) * k
        out = list(bins)
        for i in range(k):
            if bins[i] == _MAX:
                j, step = i, 0
                while bins[j] == _MAX:
                    j = (j + 1) % k
                    step += 1
                out[i] = bins[j] + step * (mask + 1)
        return tuple(out)


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the sets behind two signatures."""
    if not a or a[0] == _MAX or b[0] == _MAX:
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


class DuplicateIndex:
    """Articles seen so far; :meth:`add` returns the earlier near-duplicate of a new one, if any."""

    def __init__(self, threshold: float = 0.5, bands: int = 16, hasher: MinHasher | None = None) -> None:
        self.hasher = hasher or MinHasher()
        if self.hasher.num_perm % bands:
            raise ValueError("bands must divide the number of permutations")
        self.threshold = threshold
        self.bands = bands
        self.rows = self.hasher.num_perm // bands
        self._buckets: dict[tuple[int, tuple[int, ...]], list[str]] = defaultdict(list)
        self.signatures: dict[str, tuple[int, ...]] = {}
        self._order: dict[str, int] = {}

    def add(self, article_id: str, text: str) -> tuple[str | None, float]:
        """Index ``text``; return (the earliest-seen near-duplicate's id or None, its similarity)."""
        sig = self.hasher.signature(shingles(text))
        return self.add_signature(article_id, sig)

    def add_signature(self, article_id: str, sig: tuple[int, ...]) -> tuple[str | None, float]:
        seen: dict[str, None] = {}
        if sig[0] != _MAX:
            for band in range(self.bands):
                key = (band, sig[band * self.rows : (band + 1) * self.rows])
                for other in self._buckets.get(key, ()):
                    seen.setdefault(other)
        best: tuple[str | None, float] = (None, 0.0)
        # Candidates in the order they were first seen: the earliest similar article is the original.
        for other in sorted(seen, key=self._order.__getitem__):
            s = similarity(sig, self.signatures[other])
            if s >= self.threshold:
                best = (other, s)
                break
        if article_id not in self.signatures:
            self._order[article_id] = len(self._order)
            self.signatures[article_id] = sig
            if sig[0] != _MAX:
                for band in range(self.bands):
                    self._buckets[(band, sig[band * self.rows : (band + 1) * self.rows])].append(article_id)
        return best
