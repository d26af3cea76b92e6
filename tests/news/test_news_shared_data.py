"""The seeds and the labelled dev sets (third-party news, read from outside the repository, never copied).

``../shared/data/news-dev.jsonl`` (39 articles) and the development split of the evaluation corpus of
``eval/news/`` (125 articles; texts joined by ``eval/news/build_eval_input.py --split dev`` into
``../news-corpus/eval-dev.jsonl``). The floors sit a little under the measured figures of docs/news.md so
a regression shows; the held-out split is never read here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jaganetral.news.articles import read_articles
from jaganetral.news.evaluate import evaluate, read_labels
from jaganetral.news.extract import NewsExtractor, NewsRun, extract_incidents

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "data" / "news-dev.jsonl"
CORPUS_DEV = ROOT / ".." / "news-corpus" / "eval-dev.jsonl"


@pytest.fixture(scope="module")
def seeds() -> dict[str, dict[str, Any]]:
    if not SEEDS.is_dir():
        pytest.skip(f"SKIPPED LOUDLY: seed articles not found at {SEEDS}")
    arts = [a for p in sorted(SEEDS.glob("*.txt")) for a in read_articles(p)]
    return {r.article_id[:3]: r.to_dict() for r in extract_incidents(arts)}


def test_seed_types(seeds: dict[str, dict[str, Any]]) -> None:
    assert {k: v["article_type"] for k, v in seeds.items()} == {
        "000": "incident",
        "001": "advisory",
        "002": "incident",
        "003": "advisory",
        "004": "advisory",
    }


def test_seed_000_official_account_in_lubuklinggau(seeds: dict[str, dict[str, Any]]) -> None:
    (inc,) = seeds["000"]["incidents"]
    assert inc["region"]["code"] == "16.73" and inc["region"]["province"] == "Sumatera Selatan"
    assert inc["platforms"] == ["facebook"]
    assert {"official_account_use", "share"} <= set(inc["actions"])
    assert inc["date"] == "2024-09-08"
    assert inc["election"] == "pilkada2024"
    assert [a["name"] for a in inc["actors"]] == ["Minso"]
    assert inc["actors"][0]["position"].startswith("Plt Kepala Dinas")


def test_seed_002_pali_kominfo_head_instructs_journalists(seeds: dict[str, dict[str, Any]]) -> None:
    (inc,) = seeds["002"]["incidents"]
    assert inc["region"]["code"] == "16.12"
    assert inc["platforms"] == ["whatsapp"]
    assert "instruct_others" in inc["actions"]
    assert inc["date"] == "2024-04-24"
    assert [a["name"] for a in inc["actors"]] == ["Khairiman"]
    assert inc["actors"][0]["position"].startswith("Kepala Dinas")


def test_advisory_seeds_name_the_issuing_region(seeds: dict[str, dict[str, Any]]) -> None:
    assert seeds["001"]["region"]["name"] == "Kabupaten Ogan Komering Ulu"
    assert seeds["003"]["region"]["name"] == "Kota Metro"
    assert seeds["004"]["region"]["name"] == "Kabupaten Lebong"
    assert all(seeds[k]["incidents"] == [] for k in ("001", "003", "004"))


def _metrics(path: Path) -> dict[str, Any]:
    if not path.is_file():
        pytest.skip(f"SKIPPED LOUDLY: labelled dev set not found at {path}")
    run = NewsRun(NewsExtractor.build())
    pairs = read_labels(path)
    for a, _ in pairs:
        run.process(a)
    return evaluate(list(zip(run.finish(), [lab for _, lab in pairs], strict=True))).metrics


def test_corpus_dev_split_meets_its_floors() -> None:
    m = _metrics(CORPUS_DEV)
    # The texts live outside the repository (eval/news/README.md); one restored from the search
    # tool may no longer match its hash, and is then left out by the build script (on this
    # machine 117 of 125 were restored, 2 December 2026): the floors hold on what is there.
    assert m["articles"] >= 110
    assert m["article_type_accuracy"] >= 0.83
    assert m["region_accuracy"] >= 0.9
    assert m["platform"]["f1"] >= 0.78
    assert m["actions"]["f1"] >= 0.75
    assert m["actor_name_recall"] >= 0.45 and m["actor_name_precision"] >= 0.5
    assert m["date_field"] == "incident_date" and m["date_accuracy"] >= 0.7
    assert m["events"]["precision"] >= 0.9 and m["events"]["recall"] >= 0.6


def test_news_dev_meets_its_floors() -> None:
    # news-dev follows older conventions (a forwarding is an incident, advisories carry no region,
    # 'date' is the report date): its floors are lower; see docs/news.md.
    m = _metrics(DEV)
    assert m["article_type_accuracy"] >= 0.72
    assert m["region_accuracy"] >= 0.82
    assert m["platform"]["f1"] >= 0.75
    assert m["actions"]["f1"] >= 0.7
