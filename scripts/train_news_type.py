"""Train the article-type model (``jaganetral/catalogue/news/type_model.json``) on labelled articles.

Input: labelled JSON Lines in the format ``jaganetral news eval`` reads (``shared/data/news-dev.jsonl``, or
the files ``eval/news/build_eval_input.py`` writes from the corpus labels and the texts kept outside the
repository). Features are those of :func:`jaganetral.news.fields.type_model.type_features`: the ordered
reading's answer, the headline's predicate and subject, the lede's elements, counts of sentences by
element, and the words of the headline, lede and body. Words seen in fewer than ``--min-docs`` training
articles are dropped. The model is a multinomial logistic regression with an L2 penalty, fitted by
full-batch gradient descent from zero weights for a fixed number of steps, so the same data gives the same
file byte for byte (weights rounded to 4 decimals; near-zero weights dropped).

``--cv`` reports, instead of writing a model, the accuracy of the ordered reading and of the model
(a) leaving one input file (one annotator session) out at a time and (b) over five folds grouped by
event, so that articles on one event are never split between training and test. These are the figures
in docs/news.md.

    python scripts/train_news_type.py FILE.jsonl [FILE.jsonl …] [--cv] [--l2 1.0] [--out MODEL.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from jaganetral.news.evaluate import read_labels
from jaganetral.news.extract import NewsExtractor
from jaganetral.news.fields.article_type import ARTICLE_TYPES
from jaganetral.news.fields.type_model import FEATURE_VERSION, MODEL_PATH, TypeModel, type_features
from jaganetral.news.lexicon import load_news_lexicon
from jaganetral.news.ner import NameTagger
from jaganetral.news.regions import RegionResolver

Row = tuple[dict[str, str], str, str, str, str]  # features, truth, rule type, group, source file


def read_rows(paths: list[Path]) -> list[Row]:
    # Without a type model: the one being trained may not exist yet, or be out of date.
    lex = load_news_lexicon()
    ex = NewsExtractor(lex, RegionResolver(lex), (), NameTagger.load())
    cls = ex.article_type
    rows: list[Row] = []
    for path in paths:
        for art, lab in read_labels(path):
            doc = ex.documents.build(art)
            actors = ex.actors.extract(doc)
            story = cls.story(doc, actors)
            t, step, _ = cls.decide(story, actors)
            feats = type_features(doc, story, actors, t, step)
            rows.append((feats, lab.article_type, t, lab.event_group or f"{path.name}:{lab.id}", path.name))
    return rows


def fit(rows: list[Row], l2: float, min_docs: int, steps: int) -> TypeModel:
    df: Counter[str] = Counter()
    for feats, *_ in rows:
        df.update(feats.keys())
    vocab = sorted(f for f, n in df.items() if n >= min_docs or f[:2] not in ("h:", "l:", "b:", "h2"))
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, (feats, *_) in enumerate(rows):
        for f in feats:
            j = index.get(f)
            if j is not None:
                x[r, j] = 1.0
    classes = list(ARTICLE_TYPES)
    y = np.zeros((len(rows), len(classes)))
    for r, (_, truth, *_) in enumerate(rows):
        y[r, classes.index(truth)] = 1.0
    # The ordered reading's answer is the prior the rest corrects: it is hardly penalised.
    pen = np.array([l2 * (0.01 if f.startswith("rule=") else 1.0) for f in vocab])[:, None]
    w = np.zeros((len(vocab), len(classes)))
    b = np.zeros(len(classes))
    n = len(rows)
    lr = 0.5
    for _ in range(steps):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = p - y
        w -= lr * (x.T @ g / n + pen * w / n)
        b -= lr * g.mean(axis=0)
    weights = {
        f: [round(float(v), 4) for v in w[i]] for i, f in enumerate(vocab) if np.abs(w[i]).max() >= 1e-3
    }
    return TypeModel(classes, [round(float(v), 4) for v in b], weights)


def accuracy(model: TypeModel, rows: list[Row]) -> float:
    return sum(model.predict(f).article_type == t for f, t, *_ in rows) / max(1, len(rows))


def folds(rows: list[Row], k: int) -> list[list[int]]:
    """Row indices in ``k`` folds; every event (group) in one fold, assigned by a hash of its name."""
    out: list[list[int]] = [[] for _ in range(k)]
    for i, row in enumerate(rows):
        h = int(hashlib.sha256(row[3].encode()).hexdigest(), 16)
        out[h % k].append(i)
    return out


def cv(rows: list[Row], l2: float, min_docs: int, steps: int) -> None:
    def report(name: str, test: list[Row], model: TypeModel) -> tuple[int, int, int]:
        rule = sum(r[2] == r[1] for r in test)
        got = sum(model.predict(r[0]).article_type == r[1] for r in test)
        print(f"  {name:28} n={len(test):4}  ordered {rule / len(test):.3f}  model {got / len(test):.3f}")
        return len(test), rule, got

    print(f"leave one file out (l2={l2}, min_docs={min_docs}, steps={steps}):")
    tot = [0, 0, 0]
    for src in sorted({r[4] for r in rows}):
        test = [r for r in rows if r[4] == src]
        train = [r for r in rows if r[4] != src]
        for i, v in enumerate(report(src, test, fit(train, l2, min_docs, steps))):
            tot[i] += v
    print(f"  {'all':28} n={tot[0]:4}  ordered {tot[1] / tot[0]:.3f}  model {tot[2] / tot[0]:.3f}")
    print("five folds grouped by event:")
    tot = [0, 0, 0]
    for k, idx in enumerate(folds(rows, 5)):
        test = [rows[i] for i in idx]
        keep = set(idx)
        train = [r for i, r in enumerate(rows) if i not in keep]
        for i, v in enumerate(report(f"fold {k + 1}", test, fit(train, l2, min_docs, steps))):
            tot[i] += v
    print(f"  {'all':28} n={tot[0]:4}  ordered {tot[1] / tot[0]:.3f}  model {tot[2] / tot[0]:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--cv", action="store_true", help="report cross-validated accuracy, write nothing")
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--min-docs", type=int, default=3)
    ap.add_argument("--steps", type=int, default=1500)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--words", default="h,h2,l,b", help="word groups kept: h, h2 (headline pairs), l, b")
    a = ap.parse_args(argv)
    keep = {g for g in a.words.split(",") if g}
    rows = [
        ({k: v for k, v in f.items() if ":" not in k or k.split(":", 1)[0] in keep}, *rest)
        for f, *rest in read_rows(a.inputs)
    ]
    print(f"{len(rows)} labelled articles: {dict(Counter(r[1] for r in rows))}", file=sys.stderr)
    if a.cv:
        cv(rows, a.l2, a.min_docs, a.steps)
        return 0
    model = fit(rows, a.l2, a.min_docs, a.steps)
    data = {
        "feature_version": FEATURE_VERSION,
        "trained_on": {p.name: sum(r[4] == p.name for r in rows) for p in a.inputs},
        "l2": a.l2,
        "min_docs": a.min_docs,
        "steps": a.steps,
        "classes": list(model.classes),
        "bias": list(model.bias),
        "weights": {k: list(v) for k, v in sorted(model.weights.items())},
    }
    a.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {a.out}: {len(model.weights)} features; training accuracy {accuracy(model, rows):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
