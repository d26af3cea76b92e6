"""The seeds and the labelled dev set (third-party news, read from ../shared at test time, never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jaganetral.news.articles import read_articles
from jaganetral.news.evaluate import evaluate, read_labels
from jaganetral.news.extract import NewsExtractor, NewsRun, extract_incidents

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "data" / "news-dev.jsonl"


@pytest.fixture(scope="module")
def seeds() -> dict[str, dict[str, object]]:
    if not SEEDS.is_dir():
        pytest.skip(f"SKIPPED LOUDLY: seed articles not found at {SEEDS}")
    arts = [a for p in sorted(SEEDS.glob("*.txt")) for a in read_articles(p)]
    return {r.article_id[:3]: r.to_dict() for r in extract_incidents(arts)}


def test_seed_types(seeds: dict[str, dict[str, object]]) -> None:
    assert {k: v["article_type"] for k, v in seeds.items()} == {
        "000": "incident",
        "001": "advisory",
        "002": "incident",
        "003": "advisory",
        "004": "advisory",
    }


def test_seed_000_official_account_in_lubuklinggau(seeds: dict[str, dict[str, object]]) -> None:
    (inc,) = seeds["000"]["incidents"]  # type: ignore[misc]
    assert inc["region"]["code"] == "16.73" and inc["region"]["province"] == "Sumatera Selatan"
    assert inc["platforms"] == ["facebook"]
    assert {"official_account_use", "share"} <= set(inc["actions"])
    assert inc["date"] == "2024-09-08"
    assert inc["election"] == "pilkada2024"


def test_seed_002_pali_kominfo_head_instructs_journalists(seeds: dict[str, dict[str, object]]) -> None:
    (inc,) = seeds["002"]["incidents"]  # type: ignore[misc]
    assert inc["region"]["code"] == "16.12"
    assert inc["platforms"] == ["whatsapp"]
    assert "instruct_others" in inc["actions"]
    assert inc["date"] == "2024-04-24"
    assert inc["actors"][0]["name"] == "Khairiman"
    assert inc["actors"][0]["position"].startswith("Kepala Dinas")


def test_dev_set_meets_the_targets() -> None:
    if not DEV.is_file():
        pytest.skip(f"SKIPPED LOUDLY: labelled dev set not found at {DEV}")
    run = NewsRun(NewsExtractor.build())
    pairs = read_labels(DEV)
    for a, _ in pairs:
        run.process(a)
    m = evaluate(list(zip(run.finish(), [lab for _, lab in pairs], strict=True))).metrics
    assert m["article_type_accuracy"] >= 0.9
    assert m["region_accuracy"] >= 0.85
    assert m["platform"]["f1"] >= 0.75
    assert m["actions"]["f1"] >= 0.7
