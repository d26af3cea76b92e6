import json
from datetime import datetime
from pathlib import Path

import pytest
from factories import input_file, parse_all

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import Kind, Platform
from jaganetral.sources.canonical import CanonicalJsonl
from jaganetral.sources.registry import detect

LINE = {
    "id": "fb-1",
    "platform": "facebook",
    "kind": "share",
    "created_at": "2024-09-08T10:15:00+07:00",
    "actor": {"id": "100012", "handle": "diskominfo.llg", "name": "Diskominfo Lubuklinggau"},
    "text": "Ayo dukung",
    "url": "https://facebook.com/x/1",
    "target": {"id": "fb-0", "author": {"handle": "fulan.official", "name": "Fulan"}, "text": "Pilih 1"},
    "mentions": [{"handle": "budi"}],
    "group": None,
    "initiated_by": None,
    "media": [],
    "deleted_at": None,
}


def test_canonical_round_trip_fields(tmp_path: Path) -> None:
    other = dict(
        LINE,
        id="x-9",
        platform="twitter",
        kind="tagged",
        created_at="2024-10-01T08:00:00",
        initiated_by={"handle": "timses"},
    )
    f = input_file(tmp_path, "a.jsonl", json.dumps(LINE) + "\n\n" + json.dumps(other) + "\n")
    assert detect(f) is CanonicalJsonl
    acts, rej = parse_all(CanonicalJsonl(), f)
    assert rej == []
    a, b = acts
    assert a.kind is Kind.SHARE and a.actor.handle == "diskominfo.llg"
    assert a.target is not None and a.target.author is not None
    assert a.target.author.handle == "fulan.official"
    assert a.mentions[0].handle == "budi"
    assert a.source is not None and a.source.line == 1 and a.source.file_sha256 == f.sha256
    assert b.platform is Platform.X and b.kind.is_passive
    assert b.created_at == datetime.fromisoformat("2024-10-01T08:00:00+07:00")  # Jakarta assumed
    assert b.source is not None and b.source.line == 3


def test_bad_line_is_rejected_with_line_and_field(tmp_path: Path) -> None:
    bad = dict(LINE, id="fb-2", kind="retweet")
    f = input_file(tmp_path, "a.jsonl", json.dumps(LINE) + "\n" + json.dumps(bad) + "\n{trunc")
    acts, rej = parse_all(CanonicalJsonl(), f)
    assert [a.id for a in acts] == ["fb-1"]
    assert rej[0].line == 2 and rej[0].field == "kind"
    assert rej[1].line == 3 and "invalid JSON" in rej[1].reason


def test_file_without_any_valid_line_is_fatal(tmp_path: Path) -> None:
    f = input_file(tmp_path, "a.jsonl", '{"platform": "facebook", "kind": "post"}\n')
    with pytest.raises(InvalidInput, match="no valid activity"):
        parse_all(CanonicalJsonl(), f)
