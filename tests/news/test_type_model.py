"""The trained article-type model: what it reads, how it explains itself, how it is trained and loaded."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from jaganetral.errors import InvalidConfig
from jaganetral.news.articles import Article
from jaganetral.news.extract import NewsExtractor
from jaganetral.news.fields.article_type import ARTICLE_TYPES, TypeClassifier
from jaganetral.news.fields.type_model import FEATURE_VERSION, MODEL_PATH, TypeModel, type_features
from jaganetral.news.lexicon import load_news_lexicon

ROOT = Path(__file__).resolve().parents[2]
NEWS_DEV = ROOT.parent / "shared" / "data" / "news-dev.jsonl"
EX = NewsExtractor.build()
ADVISORY = "Bupati Imbau ASN Jaga Netralitas Jelang Pilkada"
ADVISORY_BODY = (
    "Bupati Lahat mengimbau seluruh ASN menjaga netralitas menjelang pemungutan suara. ASN dilarang "
    "memberi like atau membagikan unggahan pasangan calon di media sosial."
)


def _reading(title: str, body: str) -> tuple[dict[str, str], str]:
    d = EX.documents.build(Article(id="t", text=body, title=title))
    actors = EX.actors.extract(d)
    story = EX.article_type.story(d, actors)
    t, step, _ = EX.article_type.decide(story, actors)
    return type_features(d, story, actors, t, step), t


def test_the_shipped_model_loads_and_explains_each_decision() -> None:
    model = TypeModel.load()
    assert model.classes == ARTICLE_TYPES
    feats, _ = _reading(ADVISORY, ADVISORY_BODY)
    pred = model.predict(feats)
    assert pred.article_type == "advisory"
    assert abs(sum(pred.probabilities.values()) - 1.0) < 1e-9
    assert 1 <= len(pred.reasons) <= TypeModel.REASONS
    # each reason is a feature in words with how far it pushed the winner ahead
    assert all("(+" in r and r.split(" (+")[0] in feats.values() for r in pred.reasons), pred.reasons
    # the extractor carries the model's reasons and the ordered reading's sentence
    decision = EX.article_type.extract(*_doc_and_actors(ADVISORY, ADVISORY_BODY))
    assert decision.article_type == "advisory" and decision.confidence == pytest.approx(
        pred.probabilities["advisory"]
    )
    assert decision.reasons[0].startswith("type advisory: ") and "trained model" in decision.reasons[0]
    assert decision.reasons[1].startswith("ordered reading: ")


def _doc_and_actors(title: str, body: str):  # type: ignore[no-untyped-def]
    d = EX.documents.build(Article(id="t", text=body, title=title))
    return d, EX.actors.extract(d)


def test_the_model_outweighs_the_ordered_reading_only_when_its_features_do() -> None:
    # a toy model that trusts one headline word more than the ordered reading
    n = len(ARTICLE_TYPES)
    rows = {"h:imbau": [0.0] * n}
    rows["h:imbau"][ARTICLE_TYPES.index("other")] = 9.0
    cls = TypeClassifier(load_news_lexicon(), TypeModel(ARTICLE_TYPES, [0.0] * n, rows))
    decision = cls.extract(*_doc_and_actors(ADVISORY, ADVISORY_BODY))
    assert (decision.article_type, decision.step) == ("other", "model")
    assert "the headline says 'imbau' (+9.00)" in decision.reasons[0]
    # the ordered reading alone (no model) keeps its own answer and step
    plain = TypeClassifier(load_news_lexicon()).extract(*_doc_and_actors(ADVISORY, ADVISORY_BODY))
    assert plain.article_type == "advisory" and plain.step != "model" and plain.scores == {"advisory": 1.0}


def test_a_model_of_another_feature_version_or_shape_is_refused(tmp_path: Path) -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    old = tmp_path / "old.json"
    old.write_text(json.dumps({**data, "feature_version": FEATURE_VERSION + 1}), encoding="utf-8")
    with pytest.raises(InvalidConfig, match="retrain") as exc:
        TypeModel.load(old)
    assert str(old) in str(exc.value)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**data, "bias": [0.0]}), encoding="utf-8")
    with pytest.raises(InvalidConfig, match="one value per type"):
        TypeModel.load(bad)
    with pytest.raises(InvalidConfig, match="cannot read"):
        TypeModel.load(tmp_path / "missing.json")


def _trainer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_news_type", ROOT / "scripts" / "train_news_type.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_news_type"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not NEWS_DEV.is_file(), reason="SKIPPED LOUDLY: shared/data/news-dev.jsonl not found")
def test_training_is_deterministic_and_fits_what_it_was_given(tmp_path: Path) -> None:
    train = _trainer()
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    for out in (out1, out2):
        assert train.main([str(NEWS_DEV), "--steps", "300", "--out", str(out)]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    model = TypeModel.load(out1)
    rows = train.read_rows([NEWS_DEV])
    assert train.accuracy(model, rows) >= 0.9  # it learns its own data (the held-out figures are in docs)
    assert json.loads(out1.read_text(encoding="utf-8"))["trained_on"] == {"news-dev.jsonl": len(rows)}
