"""Train the news name tagger (``jaganetral/catalogue/news/ner_model.json.gz``) on IndoNLU NER data.

Data: the NERGrit and NERP sets of IndoNLU (Apache-2.0; Wilie et al. 2020, "IndoNLU: Benchmark and
Resources for Evaluating Indonesian Natural Language Understanding"), read from
``../shared/data/datasets/indonlu/dataset/`` (never copied into the repository). Labels are mapped to
PER / LOC / ORG (NERGrit PERSON/PLACE/ORGANISATION; NERP PPL/PLC/IND; NERP EVT and FNB → O).

The perceptron is averaged, trained for a fixed number of epochs over a fixed-seed shuffle, so the same
data gives the same model byte for byte. Weights below ``--prune`` (absolute, after averaging) are
dropped to keep the shipped file small. The script prints entity-level precision/recall/F1 on both test
sets (the figures in docs/news.md).

    python scripts/train_news_ner.py [--data DIR] [--epochs 8] [--prune 0.05] [--out FILE.json.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from jaganetral.news.ner import TAGS, NameTagger, context, features

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "datasets" / "indonlu" / "dataset"
MAP = {
    "PERSON": "PER",
    "PPL": "PER",
    "PLACE": "LOC",
    "PLC": "LOC",
    "ORGANISATION": "ORG",
    "IND": "ORG",
}

Sentence = tuple[list[str], list[str], bool]


def read(path: Path, cased: bool) -> list[Sentence]:
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                out.append((words, tags, cased))
            words, tags = [], []
            continue
        w, _, t = line.rpartition("\t")
        prefix, _, kind = t.partition("-")
        mapped = MAP.get(kind)
        tags.append(f"{prefix}-{mapped}" if mapped and prefix in ("B", "I") else "O")
        words.append(w)
    if words:
        out.append((words, tags, cased))
    return out


class Trainer:
    """Averaged perceptron with lazy averaging (timestamps per weight)."""

    def __init__(self) -> None:
        self.w: dict[str, dict[str, float]] = defaultdict(dict)
        self.total: dict[tuple[str, str], float] = defaultdict(float)
        self.stamp: dict[tuple[str, str], int] = defaultdict(int)
        self.i = 0

    def predict(self, feats: list[str], prev: str) -> str:
        sc = dict.fromkeys(TAGS, 0.0)
        for f in feats:
            row = self.w.get(f)
            if row:
                for t, v in row.items():
                    sc[t] += v
        for t in TAGS:
            if t.startswith("I-") and prev[2:] != t[2:]:
                sc[t] = float("-inf")
        return max(TAGS, key=lambda t: (sc[t], t == "O"))

    def _upd(self, f: str, t: str, v: float) -> None:
        key = (f, t)
        cur = self.w[f].get(t, 0.0)
        self.total[key] += (self.i - self.stamp[key]) * cur
        self.stamp[key] = self.i
        self.w[f][t] = cur + v

    def train_sentence(self, words: list[str], gold: list[str], cased: bool) -> None:
        prev, prev2 = "<s>", "<s2>"
        ctx = context(words)
        for i in range(len(words)):
            self.i += 1
            feats = features(words, ctx, i, prev, prev2, cased)
            guess = self.predict(feats, prev)
            if guess != gold[i]:
                for f in feats:
                    self._upd(f, gold[i], 1.0)
                    self._upd(f, guess, -1.0)
            # Train on the gold history (as taggers usually do): features of the next token use it.
            prev2, prev = prev, gold[i]

    def averaged(self, prune: float) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for f, row in self.w.items():
            kept: dict[str, float] = {}
            for t, v in row.items():
                key = (f, t)
                total = self.total[key] + (self.i - self.stamp[key]) * v
                avg = round(total / self.i, 3)
                if abs(avg) >= prune:
                    kept[t] = avg
            if kept:
                out[f] = kept
        return out


def spans(tags: list[str], kind: str) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    start = None
    for i, t in enumerate([*tags, "O"]):
        if start is not None and t != f"I-{kind}":
            out.add((start, i))
            start = None
        if t == f"B-{kind}":
            start = i
    return out


def score(tagger: NameTagger, sents: list[Sentence], kind: str) -> dict[str, float]:
    tp = fp = fn = 0
    for words, gold, cased in sents:
        pred = tagger.tag(words, cased=cased)
        g, p = spans(gold, kind), spans(pred, kind)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--prune", type=float, default=0.05)
    ap.add_argument(
        "--out", type=Path, default=ROOT / "jaganetral" / "catalogue" / "news" / "ner_model.json.gz"
    )
    args = ap.parse_args(argv)
    grit, nerp = args.data / "nergrit_ner-grit", args.data / "nerp_ner-prosa"
    if not grit.is_dir() or not nerp.is_dir():
        print(f"IndoNLU data not found under {args.data}", file=sys.stderr)
        return 1
    train = read(grit / "train_preprocess.txt", True) + read(nerp / "train_preprocess.txt", False)
    train += read(grit / "valid_preprocess.txt", True) + read(nerp / "valid_preprocess.txt", False)
    tests = {
        "nergrit": read(grit / "test_preprocess.txt", True),
        "nerp": read(nerp / "test_preprocess.txt", False),
    }
    rng = random.Random(20241127)
    tr = Trainer()
    for epoch in range(args.epochs):
        order = list(range(len(train)))
        rng.shuffle(order)
        for k in order:
            words, tags, cased = train[k]
            tr.train_sentence(words, tags, cased)
        print(f"epoch {epoch + 1}/{args.epochs} done", file=sys.stderr)
    weights = tr.averaged(args.prune)
    tagger = NameTagger(weights)
    report = {name: {k: score(tagger, s, k) for k in ("PER", "LOC", "ORG")} for name, s in tests.items()}
    model = {
        "about": "jaganetral news NER (averaged perceptron), trained by scripts/train_news_ner.py on "
        "IndoNLU NERGrit + NERP (Apache-2.0, Wilie et al. 2020)",
        "tags": list(TAGS),
        "epochs": args.epochs,
        "prune": args.prune,
        "test": report,
        "weights": {f: weights[f] for f in sorted(weights)},
    }
    blob = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    args.out.write_bytes(gzip.compress(blob, compresslevel=9, mtime=0))
    print(json.dumps(report, indent=1))
    print(f"{len(weights)} features → {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
