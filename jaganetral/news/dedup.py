"""Near-duplicate articles (syndicated or copy-pasted) by word shingles and MinHash.

Each article becomes the set of its normalised word 5-grams; a MinHash signature of 64 values
estimates the Jaccard similarity of two sets, and locality-sensitive hashing (16 bands of 4 rows)
finds candidate pairs without comparing every pair. Everything is deterministic: the hash is
BLAKE2b of the shingle and the permutation parameters come from a fixed seed, so the same articles give
the same links on every run and machine.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

_MERSENNE = (1 << 61) - 1
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
    """``num_perm`` universal hash functions over 64-bit shingle hashes."""

    num_perm: int = 64
    seed: int = 20240908
    params: tuple[tuple[int, int], ...] = field(init=False)

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        object.__setattr__(
            self,
            "params",
            tuple((rng.randrange(1, _MERSENNE), rng.randrange(0, _MERSENNE)) for _ in range(self.num_perm)),
        )

    def signature(self, items: Iterable[bytes]) -> tuple[int, ...]:
        """The MinHash signature; an empty set gives all-maximum values (similar to nothing)."""
        hashes = [int.from_bytes(hashlib.blake2b(s, digest_size=8).digest(), "big") for s in items]
        if not hashes:
            return (_MAX,) * self.num_perm
        return tuple(min((a * h + b) % _MERSENNE for h in hashes) for a, b in self.params)


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
        order = {aid: i for i, aid in enumerate(self.signatures)}
        for other in sorted(seen, key=order.__getitem__):
            s = similarity(sig, self.signatures[other])
            if s >= self.threshold:
                best = (other, s)
                break
        if article_id not in self.signatures:
            self.signatures[article_id] = sig
            if sig[0] != _MAX:
                for band in range(self.bands):
                    self._buckets[(band, sig[band * self.rows : (band + 1) * self.rows])].append(article_id)
        return best
