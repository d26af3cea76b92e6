"""`jaganetral news extract|eval` through the CLI, on fictional articles."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from jaganetral.cli import app

ARTICLE = (
    "Camat di Kabupaten Lahat Diduga Minta Kepala Desa Menangkan Paslon\n\n"
    "LAHAT - Seorang camat di Kabupaten Lahat, Rudi Hartawan, diduga meminta kepala desa mendukung pasangan "
    "calon bupati melalui grup WhatsApp, Selasa (8/10/2024). Bawaslu Lahat memanggil Rudi Hartawan.\n"
)


def test_extract_writes_one_line_per_article(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "lahat-1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text(
        json.dumps(
            {"id": "j1", "url": "https://x.id/2024/10/09/a", "title": "t", "published": None, "text": ARTICLE}
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "news.jsonl"
    res = CliRunner().invoke(app, ["news", "extract", str(tmp_path / "in"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["article_id"] for x in lines] == ["j1", "lahat-1"]
    assert lines[1]["duplicate_of"] == "j1"
    for x in lines:
        assert set(x) >= {"article_id", "url", "article_type", "incidents", "duplicate_of"}
    inc = lines[0]["incidents"][0]
    assert set(inc) >= {"actors", "region", "platforms", "actions", "candidates", "date", "election"}


def test_bad_input_is_one_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": 3}\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["news", "extract", str(bad), "--out", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 1
    assert "line 1" in res.output and "'text'" in res.output


def test_eval_prints_json_metrics(tmp_path: Path) -> None:
    lab = {
        "id": "f1",
        "url": None,
        "headline": "Camat Lahat Diduga Tidak Netral",
        "excerpt": ARTICLE,
        "article_type": "incident",
        "actor_name": "Rudi Hartawan",
        "platform": ["whatsapp"],
        "actions": ["instruct_others"],
        "date": "2024-10-08",
        "election": "pilkada2024",
        "election_detail": None,
        "region": {"kode_kabupaten_kota_2025": ["16.04"], "kode_provinsi_2025": ["16"]},
        "event_group": None,
    }
    p = tmp_path / "labels.jsonl"
    p.write_text(json.dumps(lab) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["news", "eval", str(p), "--json"])
    assert res.exit_code == 0, res.output
    m = json.loads(res.stdout.strip().splitlines()[-1])
    assert m["article_type_accuracy"] == 1.0 and m["region_accuracy"] == 1.0
    assert m["platform"]["f1"] == 1.0 and m["actions"]["f1"] == 1.0
    assert m["actor_name_recall"] == 1.0 and m["date_accuracy"] == 1.0
