"""A small named-entity tagger for Indonesian news: who is a person, a place or an organisation.

A greedy left-to-right averaged perceptron over BIO tags (``B-PER``, ``I-PER``, ``B-LOC``, ``I-LOC``,
``B-ORG``, ``I-ORG``, ``O``) with word, affix, shape and context features and the previous tags. The
weights are trained by ``scripts/train_news_ner.py`` on the IndoNLU NERGrit and NERP sets (Apache-2.0,
Wilie et al. 2020; see ``catalogue/news/ner_model.ATTRIBUTION.md``) and shipped as
``catalogue/news/ner_model.json.gz``; training is deterministic and nothing is downloaded at run time.

NERP is lower-cased, NERGrit keeps capitals: word-shape features are used only for text that has
capitals (``cased``), so the model learns context from both and capitalisation from the cased part.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jaganetral.errors import InvalidConfig
from jaganetral.news.lexicon import NEWS_CATALOGUE

MODEL_PATH = NEWS_CATALOGUE / "ner_model.json.gz"
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
TOKEN = re.compile(r"\w+(?:[-'\u2019.]\w+)*\.?|[^\w\s]", re.UNICODE)
_START = ("<s>", "<s2>")
_END = ("</s>", "</s2>")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens with their character offsets."""
    out: list[tuple[str, int, int]] = []
    for m in TOKEN.finditer(text):
        tok = m.group(0)
        # "H." and "dr." keep their dot; a sentence-final "Rudi." does not.
        if tok.endswith(".") and len(tok) > 3 and not re.fullmatch(r"(?:[A-Z]\.)+", tok):
            out.append((tok[:-1], m.start(), m.end() - 1))
            out.append((".", m.end() - 1, m.end()))
        else:
            out.append((tok, m.start(), m.end()))
    return out


def shape(tok: str) -> str:
    """A coarse word shape: ``Xx`` capitalised, ``X`` all capitals, ``x`` lower, ``d`` digits, ``.`` other."""
    if tok.isdigit():
        return "d"
    if tok[:1].isupper():
        if tok.isupper() and len(tok) > 1:
            return "X"
        return "Xx"
    if tok[:1].isalpha():
        return "x"
    return "."


def context(words: Sequence[str]) -> list[str]:
    """The lower-cased words padded with two start and two end symbols (see :func:`features`)."""
    return [*_START, *(x.lower() for x in words), *_END]


def features(
    words: Sequence[str], ctx: Sequence[str], i: int, prev: str, prev2: str, cased: bool
) -> list[str]:
    """The features of token ``i`` given the two previous tags (names are stable: they are the model)."""
    w = words[i]
    low = ctx[i + 2]
    j = i + 2
    f = [
        "b",
        f"w={low}",
        f"p3={low[:3]}",
        f"s3={low[-3:]}",
        f"s2={low[-2:]}",
        f"w-1={ctx[j - 1]}",
        f"w-2={ctx[j - 2]}",
        f"w+1={ctx[j + 1]}",
        f"w+2={ctx[j + 2]}",
        f"w-1w={ctx[j - 1]}|{low}",
        f"ww+1={low}|{ctx[j + 1]}",
        f"t-1={prev}",
        f"t-2t-1={prev2}|{prev}",
        f"t-1w={prev}|{low}",
        f"len={min(len(w), 8)}",
    ]
    if cased:
        sh = shape(w)
        prev_sh = shape(words[i - 1]) if i > 0 else "<s>"
        next_sh = shape(words[i + 1]) if i + 1 < len(words) else "</s>"
        f += [
            f"sh={sh}",
            f"sh-1={prev_sh}",
            f"sh+1={next_sh}",
            f"sh-1sh={prev_sh}|{sh}|{next_sh}",
            f"t-1sh={prev}|{sh}",
            f"first={sh}" if i == 0 else f"mid={sh}",
        ]
    return f


@dataclass(frozen=True, slots=True)
class Entity:
    """A tagged span: ``kind`` PER, LOC or ORG; ``start``/``end`` index the text."""

    kind: str
    text: str
    start: int
    end: int


class NameTagger:
    """The trained tagger. ``weights[feature][tag]``; build with :meth:`load`."""

    def __init__(self, weights: dict[str, dict[str, float]], tags: Sequence[str] = TAGS) -> None:
        self.weights = weights
        self.tags = tuple(tags)
        # The same weights as rows aligned with ``tags``: one vector sum per feature when tagging.
        index = {t: i for i, t in enumerate(self.tags)}
        self._rows: dict[str, tuple[tuple[int, float], ...]] = {
            f: tuple((index[t], v) for t, v in row.items() if t in index) for f, row in weights.items()
        }

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> NameTagger:
        """Read the shipped model; a missing or broken file is an :class:`InvalidConfig`."""
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as exc:
            raise InvalidConfig(f"cannot read the NER model: {exc}", file=str(path)) from exc
        if not isinstance(data, dict) or "weights" not in data or "tags" not in data:
            raise InvalidConfig("not an NER model (no weights/tags)", file=str(path))
        return cls(data["weights"], data["tags"])

    def tag(self, words: Sequence[str], cased: bool | None = None) -> list[str]:
        """BIO tags for ``words``; ``cased`` (default: the words have capitals) turns on shape features.

        In cased text a word without a capital (or a digit) is outside every name: it is tagged ``O``
        without scoring, which is most of the work saved.
        """
        if cased is None:
            cased = any(w[:1].isupper() for w in words)
        prev, prev2 = "<s>", "<s2>"
        out: list[str] = []
        ctx = context(words)
        tags = self.tags
        n_tags = len(tags)
        for i in range(len(words)):
            if cased and not words[i][:1].isupper():
                best = "O"
            else:
                sc = [0.0] * n_tags
                rows = self._rows
                for f in features(words, ctx, i, prev, prev2, cased):
                    row = rows.get(f)
                    if row:
                        for j, v in row:
                            sc[j] += v
                # An I- tag only continues a span of its own kind.
                best = "O"
                top = float("-inf")
                for j, t in enumerate(tags):
                    if t.startswith("I-") and prev[2:] != t[2:]:
                        continue
                    if sc[j] > top or (sc[j] == top and t == "O"):
                        best, top = t, sc[j]
            out.append(best)
            prev2, prev = prev, best
        return out

    def entities(self, text: str) -> list[Entity]:
        """The person, place and organisation spans of ``text``."""
        toks = tokenize(text)
        if not toks:
            return []
        tags = self.tag([t for t, _, _ in toks])
        out: list[Entity] = []
        cur: list[int] = []
        kind = ""
        for i, tg in enumerate([*tags, "O"]):
            if cur and not (tg.startswith("I-") and tg[2:] == kind):
                s, e = toks[cur[0]][1], toks[cur[-1]][2]
                out.append(Entity(kind, text[s:e], s, e))
                cur = []
            if tg.startswith("B-"):
                cur, kind = [i], tg[2:]
            elif tg.startswith("I-") and cur:
                cur.append(i)
        return out

    def persons(self, text: str) -> list[Entity]:
        return [e for e in self.entities(text) if e.kind == "PER"]
