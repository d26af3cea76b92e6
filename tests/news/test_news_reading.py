"""Tolerant reading: a bad record is skipped and reported with file, line and field; the rest is read."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jaganetral.cli import app
from jaganetral.errors import InvalidInput, Rejection
from jaganetral.news.articles import ArticleReader, read_articles

TEXT = "Seorang camat di Kabupaten Lahat diduga meminta kepala desa mendukung paslon, Selasa (8/10/2024)."


def _write(path: Path, rows: list[object]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reduced_precision_and_printed_stamps_are_read(tmp_path: Path) -> None:
    p = _write(
        tmp_path / "a.jsonl",
        [
            {"id": "a", "published": "2024-06", "text": TEXT},
            {"id": "b", "published": "Senin, 9 September 2024 10:15 WIB", "text": TEXT},
            {"id": "c", "published": "08/09/2024", "text": TEXT},
            {"id": "d", "published": "2024", "text": TEXT},
        ],
    )
    arts = list(read_articles(p))
    a, b, c, d = (x.published for x in arts)
    assert a is not None and a.precision == "month" and a.iso() == "2024-06" and a.day is None
    assert b is not None and b.day == date(2024, 9, 9)
    assert b.moment is not None and b.moment.utcoffset() is not None
    assert b.moment.utcoffset().total_seconds() == 7 * 3600  # type: ignore[union-attr]
    assert c is not None and c.day == date(2024, 9, 8)
    assert d is not None and d.precision == "year" and d.iso() == "2024"


def test_relative_stamps_read_against_the_crawl_time(tmp_path: Path) -> None:
    p = _write(
        tmp_path / "a.jsonl",
        [
            {"id": "a", "published": "2 jam lalu", "crawled_at": "2024-09-08T01:30:00+07:00", "text": TEXT},
            {"id": "b", "published": "kemarin", "text": TEXT},
        ],
    )
    reader = ArticleReader(crawled=datetime(2024, 9, 10, 3, 0, tzinfo=UTC))
    a, b = list(reader.read(p))
    # 01:30 WIB minus two hours is the evening before, in Jakarta.
    assert a.published is not None and a.published.day == date(2024, 9, 7)
    assert b.published is not None and b.published.day == date(2024, 9, 9)


def test_a_bad_record_is_skipped_and_reported_with_file_line_and_field(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_bytes(
        b'{"id": "n1", "text": "ok"}\n'
        b"not json\n"
        b'{"id": "n3", "text": 3}\n'
        b'{"text": "no id"}\n'
        b'{"id": "n5", "text": "caf\xe9"}\n'
        b'{"id": "n6", "published": "pada suatu hari", "text": "kept"}\n'
        b'{"id": "n7", "text": "last"}\n'
    )
    skipped: list[Rejection] = []
    arts = list(read_articles(p, on_skip=skipped.append))
    assert [a.id for a in arts] == ["n1", "n6", "n7"]
    assert [(r.line, r.field) for r in skipped] == [(2, None), (3, "text"), (4, "id"), (5, None)]
    assert all(r.file == str(p) for r in skipped)
    # An unreadable date loses only the date: the article is kept with a warning naming the field.
    (warn,) = arts[1].warnings
    assert warn.line == 6 and warn.field == "published" and arts[1].published is None
    with pytest.raises(InvalidInput) as exc:
        list(read_articles(p))
    assert "line 2" in str(exc.value)


def test_extract_completes_the_run_and_reports_skipped_records(tmp_path: Path) -> None:
    good = {
        "id": "g1",
        "url": "https://x.id/2024/10/09/a",
        "published": "2024-06",
        "title": "t",
        "text": TEXT,
    }
    p = _write(tmp_path / "in.jsonl", [good, '{"id": "bad", "text": null, "url": 5}', {**good, "id": "g2"}])
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["news", "extract", str(p), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["article_id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["g1", "g2"]
    assert f"{p}, line 2, field 'url'" in res.output


def test_a_file_without_one_readable_article_stops_the_run(tmp_path: Path) -> None:
    p = _write(tmp_path / "bad.jsonl", ['{"id": "x", "text": 3}'])
    res = CliRunner().invoke(app, ["news", "extract", str(p), "--out", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 1
    assert "line 1" in res.output and "'text'" in res.output
    assert not (tmp_path / "o.jsonl").exists()
