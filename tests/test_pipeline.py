import hashlib
import json
from pathlib import Path

import pytest

from jaganetral.errors import InvalidInput
from jaganetral.pipeline import ingest
from jaganetral.store.repository import Store


def _line(i: int, **kw: object) -> str:
    d = {
        "id": f"p-{i}",
        "platform": "facebook",
        "kind": "post",
        "created_at": "2024-09-08T10:15:00+07:00",
        "actor": {"handle": f"user{i}"},
        "text": f"halo {i}",
    }
    d.update(kw)
    return json.dumps(d)


def _write(p: Path, lines: list[str]) -> Path:
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_ingest_stores_file_and_activities_once(store: Store, tmp_path: Path) -> None:
    f = _write(tmp_path / "a.jsonl", [_line(1), _line(2)])
    out = tmp_path / "out.jsonl"
    r1 = ingest([f], store=store, out=out)
    assert (r1.activities, r1.new_activities) == (2, 2)
    sha = hashlib.sha256(f.read_bytes()).hexdigest()
    assert store.blobs.path(sha).read_bytes() == f.read_bytes()
    docs = list(store.activity_docs(sha))
    assert [d["id"] for d in docs] == ["p-1", "p-2"]
    assert docs[0]["source"]["position"] == "line 1"
    # Same input again, and the same records inside another file: nothing is added twice.
    g = _write(tmp_path / "b.jsonl", [_line(2), _line(3)])
    r2 = ingest([f, g], store=store, out=out)
    assert (r2.activities, r2.new_activities) == (4, 1)
    assert store.count("activities") == 3
    assert store.count("input_files") == 2
    assert len(out.read_text().splitlines()) == 4


def test_fatal_file_leaves_store_and_output_untouched(store: Store, tmp_path: Path) -> None:
    good = _write(tmp_path / "1good.jsonl", [_line(1)])
    bad = tmp_path / "2bad.jsonl"
    bad.write_bytes(b"\xff\xfe{\x00}\x00")  # a UTF-16 export
    out = tmp_path / "out.jsonl"
    with pytest.raises(InvalidInput, match="UTF-16"):
        ingest([good, bad], store=store, out=out)
    assert store.count("activities") == 0 and store.count("input_files") == 0
    assert not out.exists()
    assert [p.name for p in store.blobs.root.iterdir() if not p.name.startswith(".")] == []


def test_keep_going_skips_only_the_unreadable_file(store: Store, tmp_path: Path) -> None:
    good = _write(tmp_path / "1good.jsonl", [_line(1), "{not json"])
    bad = _write(tmp_path / "2bad.jsonl", ['{"platform": "x", "kind": "post"}'])
    report = ingest([good, bad], store=store, out=None, keep_going=True)
    assert store.count("activities") == 1
    assert [f.error is None for f in report.files] == [True, False]
    assert report.rejections[0].line == 2
    stored = {p.name for p in store.blobs.root.iterdir()}
    assert stored == {hashlib.sha256(good.read_bytes()).hexdigest()}


def test_missing_input_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no such file"):
        ingest([tmp_path / "nope.json"], store=None)


@pytest.mark.parametrize(
    "content,match",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary|not recognised|image"),
        ("nama;umur\nBudi;40\n".encode("latin-1") + b"Jos\xe9;3\n", "not UTF-8|not recognised"),
    ],
)
def test_unusable_files_get_a_clear_error(tmp_path: Path, content: bytes, match: str) -> None:
    p = tmp_path / "input.dat"
    p.write_bytes(content)
    with pytest.raises(InvalidInput, match=match) as ei:
        ingest([p], store=None)
    assert str(p) in str(ei.value)


def _break_files_named_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the parser of any file named '*broken*' yield one record, then fail (a truncated file)."""
    from collections.abc import Iterator

    import jaganetral.pipeline.command_ingest as ingest_step
    import jaganetral.pipeline.screening as screen_step
    from jaganetral.pipeline.parse import Parsed, parse, parse_part
    from jaganetral.sources.base import InputFile, Part

    def failing_parse(f: InputFile) -> Parsed:
        p = parse(f)
        if "broken" not in f.path.name:
            return p

        def failing() -> Iterator[object]:
            yield next(p.items)
            raise InvalidInput("file ends in the middle of a record", file=f.name, line=2)

        return Parsed(p.file, p.format, failing())  # type: ignore[arg-type]

    def failing_part(f: InputFile, part: Part, sift: object = None) -> Iterator[object]:
        items = parse_part(f, part, sift)  # type: ignore[arg-type]
        if "broken" not in f.path.name:
            yield from items
            return
        yield next(items)
        raise InvalidInput("file ends in the middle of a record", file=f.name, line=2)

    monkeypatch.setattr(ingest_step, "parse", failing_parse)
    monkeypatch.setattr(screen_step, "parse", failing_parse)
    monkeypatch.setattr(screen_step, "parse_part", failing_part)


def test_keep_going_takes_back_a_file_that_fails_midway(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parser may yield records and then find the file unusable: none of them may survive."""
    _break_files_named_broken(monkeypatch)
    good = _write(tmp_path / "1good.jsonl", [_line(1)])
    broken = _write(tmp_path / "2broken.jsonl", [_line(2), _line(3)])
    out = tmp_path / "out.jsonl"
    report = ingest([good, broken], store=store, out=out, keep_going=True)
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["p-1"]
    assert store.count("activities") == 1 and store.count("input_files") == 1
    stored = {p.name for p in store.blobs.root.iterdir()}
    assert hashlib.sha256(broken.read_bytes()).hexdigest() not in stored
    assert report.files[1].error is not None and "middle of a record" in report.files[1].error


def test_scan_judges_nothing_of_a_skipped_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from jaganetral.pipeline import scan

    sys.path.insert(0, str(Path(__file__).parent / "judge"))
    from world import world_analyzer

    _break_files_named_broken(monkeypatch)
    campaign = "Ayo dukung Bang Rahmat jadi walikota! #RahmatLestariMenang"
    rina = {"handle": "rina.marlina88"}
    good = _write(tmp_path / "1good.jsonl", [_line(1, actor=rina, text=campaign)])
    broken = _write(tmp_path / "2broken.jsonl", [_line(2, actor=rina, text=campaign)])
    out = tmp_path / "findings.jsonl"
    report = scan([good, broken], analyzer=world_analyzer(), store=store, out=out, keep_going=True)
    assert [f.activity_ids for f in report.findings] == [("p-1",)]
    assert store.count("findings") == 1
    assert [json.loads(x)["activity_ids"] for x in out.read_text().splitlines()] == [["p-1"]]
