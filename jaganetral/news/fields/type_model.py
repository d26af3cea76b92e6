"""A small trained reading of the article type: the story's structure and its words, weighed together.

The ordered reading of :mod:`~jaganetral.news.fields.article_type` asks a reader's questions one after
another and stops at the first that applies; a single cue in the headline decides. This model weighs the
same answers together with the words of the headline, the lede and the body: a multinomial logistic
regression over binary features, trained by ``scripts/train_news_type.py`` on the spent splits of the
hand-labelled corpus of ``eval/news/`` (deterministic: full-batch gradient descent from zero) and shipped
as ``catalogue/news/type_model.json``. ``shared/data/news-dev.jsonl`` is kept out of training: it is the
shared check. Nothing is downloaded or trained at run time.

Every decision keeps its reasons: the features that pushed the winning type furthest ahead of the
runner-up, each in words ("the headline says 'dipecat'", "the ordered reading says incident"), with the
ordered reading's own sentence. Feature names are part of the model: change :func:`type_features` and the
model must be retrained (the file records the feature version; a mismatch is an error, not a guess).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jaganetral.errors import InvalidConfig
from jaganetral.news.document import Document
from jaganetral.news.fields.actors import Actors
from jaganetral.news.fields.story import Story
from jaganetral.news.lexicon import NEWS_CATALOGUE

MODEL_PATH = NEWS_CATALOGUE / "type_model.json"
#: Bumped whenever :func:`type_features` changes what a feature means.
FEATURE_VERSION = 1
_WORD = re.compile(r"[a-z]+")
#: Words of one or two letters say nothing about the type ("di", "ke", "dr").
_MIN_WORD = 3


def _bucket(n: int) -> str:
    return "3+" if n >= 3 else str(n)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if len(w) >= _MIN_WORD]


def type_features(
    doc: Document, story: Story, actors: Actors, rule_type: str, rule_step: str
) -> dict[str, str]:
    """The binary features of one article, each with the words a reason shows for it."""
    f: dict[str, str] = {
        f"rule={rule_type}": f"the ordered reading says {rule_type}",
        f"step={rule_step}": f"the ordered reading stopped at '{rule_step}'",
        "topic=yes" if story.on_topic else "topic=no": (
            "it is about civil servants in an election"
            if story.on_topic
            else "it is not clearly about civil servants in an election"
        ),
    }
    h = story.headline
    f[f"h.pred={h.predicate or 'none'}"] = (
        f"the headline's predicate is a {h.predicate} ('{h.word}')"
        if h.predicate
        else "the headline has no predicate"
    )
    f[f"h.subj={h.subject or 'none'}"] = f"the headline is about {h.subject or 'nobody in particular'}"
    if h.predicate and h.subject:
        f[f"h.pred_subj={h.predicate}|{h.subject}"] = f"the headline: {h.subject} / {h.predicate}"
    for flag, said in (
        ("many", "counts many"),
        ("few", "counts a few"),
        ("future", "speaks of what will happen"),
    ):
        if getattr(h, flag):
            f[f"h.{flag}"] = f"the headline {said}"
    for g, w in story.lede.items():
        f[f"lede.{g}"] = f"the lede shows a {g} ('{w}')"
    for g, n in story.counts.items():
        f[f"n.{g}={_bucket(n)}"] = f"{n} sentence(s) show a {g}"
    f[f"body_decisions={_bucket(len(story.decisions_by_body))}"] = (
        f"{len(story.decisions_by_body)} sentence(s) report a body's decision"
    )
    f[f"named={_bucket(len(actors.named))}"] = f"{len(actors.named)} accused named"
    if actors.specific_in_conduct:
        f["specific_conduct"] = "an identified civil servant in the conduct"
    # An article read without its headline (a text file, a page whose title was lost): its first
    # sentence is what a reader takes for one, as the training articles' headlines were.
    head = _words(doc.title or story.lede_text)
    for w in head:
        f[f"h:{w}"] = f"the headline says '{w}'"
    for a, b in zip(head, head[1:], strict=False):
        f[f"h2:{a}_{b}"] = f"the headline says '{a} {b}'"
    for w in _words(story.lede_text):
        f.setdefault(f"l:{w}", f"the lede says '{w}'")
    for w in _words(doc.body):
        f.setdefault(f"b:{w}", f"the text says '{w}'")
    return f


@dataclass(frozen=True, slots=True)
class TypePrediction:
    """The model's type, the probability of each type, and the reasons (strongest first)."""

    article_type: str
    probabilities: dict[str, float]
    reasons: list[str]


class TypeModel:
    """Weights per feature (one per type) and a bias; build with :meth:`load`."""

    #: Reasons given per decision.
    REASONS = 4

    def __init__(
        self, classes: Sequence[str], bias: Sequence[float], weights: Mapping[str, Sequence[float]]
    ) -> None:
        self.classes = tuple(classes)
        self.bias = tuple(float(b) for b in bias)
        self.weights = {k: tuple(float(x) for x in v) for k, v in weights.items()}
        n = len(self.classes)
        if len(self.bias) != n or any(len(v) != n for v in self.weights.values()):
            raise InvalidConfig("type model: every weight row needs one value per type")

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> TypeModel:
        """Read the shipped model; a missing, broken or out-of-date file is an :class:`InvalidConfig`."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidConfig(f"cannot read the article-type model: {exc}", file=str(path)) from exc
        if not isinstance(data, dict) or not {"classes", "bias", "weights"} <= data.keys():
            raise InvalidConfig("not an article-type model (no classes/bias/weights)", file=str(path))
        if data.get("feature_version") != FEATURE_VERSION:
            raise InvalidConfig(
                f"article-type model was trained on feature version {data.get('feature_version')}, "
                f"the code reads version {FEATURE_VERSION}: retrain with scripts/train_news_type.py",
                file=str(path),
            )
        try:
            return cls(data["classes"], data["bias"], data["weights"])
        except InvalidConfig as exc:
            raise InvalidConfig(exc.message, file=str(path)) from exc

    def scores(self, features: Sequence[str] | Mapping[str, str]) -> list[float]:
        sc = list(self.bias)
        for name in features:
            row = self.weights.get(name)
            if row is not None:
                for i, v in enumerate(row):
                    sc[i] += v
        return sc

    def predict(self, features: Mapping[str, str]) -> TypePrediction:
        sc = self.scores(features)
        top = max(sc)
        exp = [math.exp(s - top) for s in sc]
        total = sum(exp)
        probs = {c: e / total for c, e in zip(self.classes, exp, strict=True)}
        order = sorted(range(len(sc)), key=lambda i: (-sc[i], i))
        win, runner = order[0], order[1]
        pushes: list[tuple[float, str]] = []
        for name, said in features.items():
            row = self.weights.get(name)
            if row is not None and row[win] - row[runner] > 0:
                pushes.append((row[win] - row[runner], said))
        pushes.sort(key=lambda p: (-p[0], p[1]))
        reasons = [f"{said} (+{d:.2f})" for d, said in pushes[: self.REASONS]]
        return TypePrediction(self.classes[win], probs, reasons)
