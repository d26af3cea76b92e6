import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from factories import FIXTURES, JKT, input_file, other_activity_fixtures, parse_all

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import AccountRef, Kind, Platform
from jaganetral.sources.base import InputFile
from jaganetral.sources.registry import detect
from jaganetral.sources.tiktok_research import ACTOR_WITHHELD, TikTokResearch

HERE = FIXTURES / "tiktok_research"
RINA = AccountRef(handle="guru.rina_sukamaju")
OTHER_FIXTURES = other_activity_fixtures("tiktok_research")


def test_video_query_response() -> None:
    f = InputFile.open(HERE / "video_query.json")
    assert detect(f) is TikTokResearch
    acts, rej = parse_all(TikTokResearch(), f)
    assert rej == [] and [a.kind for a in acts] == [Kind.POST, Kind.POST]
    v = acts[0]
    assert v.id == "7419900000000000001" and v.platform is Platform.TIKTOK
    assert v.actor == RINA
    # create_time 1727600000 is 2024-09-29 08:53:20 UTC = 15:53:20 WIB
    assert v.created_at == datetime(2024, 9, 29, 8, 53, 20, tzinfo=UTC)
    assert v.created_at == datetime(2024, 9, 29, 15, 53, 20, tzinfo=JKT)
    assert v.url == "https://www.tiktok.com/@guru.rina_sukamaju/video/7419900000000000001"
    assert v.mentions == (AccountRef(handle="darmawan.lestari"),)
    assert v.extra["hashtags"] == ["pilkada2024", "nomor2"] and v.extra["region_code"] == "ID"
    assert v.extra["music_id"] == "7300000000000000123"  # ids as text
    # The transcript is screened with the rest of the activity's text.
    assert "coblos nomor dua" in v.all_text()
    assert v.source is not None and v.source.position == "data.videos[0]"


def test_comments_have_no_author_and_target_video_or_parent() -> None:
    f = InputFile.open(HERE / "video_comments.json")
    assert detect(f) is TikTokResearch
    acts, rej = parse_all(TikTokResearch(), f)
    assert rej == [] and [a.kind for a in acts] == [Kind.COMMENT, Kind.COMMENT]
    top, reply = acts
    assert top.actor.is_empty() and top.extra["actor_withheld"] == ACTOR_WITHHELD
    assert top.target is not None and top.target.id == "7419900000000000001"
    assert top.created_at == datetime(2024, 9, 29, 16, 43, 20, tzinfo=JKT)
    assert reply.target is not None and reply.target.id == "7419910000000000011"
    assert reply.source is not None and reply.source.position == "data.comments[1]"


def test_comments_in_the_same_file_as_their_video_name_its_creator(tmp_path: Path) -> None:
    lines = [(HERE / n).read_text() for n in ("video_comments.json", "video_query.json")]
    f = input_file(tmp_path, "both.jsonl", "\n".join(json.dumps(json.loads(t)) for t in lines))
    acts, rej = parse_all(TikTokResearch(), f)
    assert rej == [] and [a.kind for a in acts] == [Kind.POST, Kind.POST, Kind.COMMENT, Kind.COMMENT]
    top = acts[2]
    assert top.target is not None and top.target.author == RINA
    assert top.target.url == "https://www.tiktok.com/@guru.rina_sukamaju/video/7419900000000000001"
    assert top.source is not None and top.source.position == "line 1 data.comments[0]"


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("username", None, "missing"),
        ("create_time", None, "missing"),
        ("create_time", "kemarin", "Unix seconds"),
        ("id", None, "missing"),
    ],
)
def test_video_with_bad_field_is_rejected(tmp_path: Path, field: str, value: object, reason: str) -> None:
    doc = json.loads((HERE / "video_query.json").read_text())
    if value is None:
        del doc["data"]["videos"][1][field]
    else:
        doc["data"]["videos"][1][field] = value
    text = json.dumps(doc, indent=2)
    acts, rej = parse_all(TikTokResearch(), input_file(tmp_path, "v.json", text))
    assert len(acts) == 1 and len(rej) == 1
    assert rej[0].field == f"data.videos[1].{field}" and reason in rej[0].reason
    assert rej[0].line is not None and rej[0].line > text[: text.index('"videos"')].count("\n")


def test_error_response_and_broken_files(tmp_path: Path) -> None:
    err_doc = {
        "data": {"videos": [{"create_time": 1}]},
        "error": {"code": "rate_limit_exceeded", "message": "daily quota", "log_id": "x"},
    }
    with pytest.raises(InvalidInput, match="rate_limit_exceeded"):
        parse_all(TikTokResearch(), input_file(tmp_path, "e.json", json.dumps(err_doc)))
    text = (HERE / "video_query.json").read_text()
    cut = text[: text.index("\n", len(text) // 2)]
    with pytest.raises(InvalidInput) as exc:
        parse_all(TikTokResearch(), input_file(tmp_path, "t.json", cut))
    assert exc.value.line == cut.count("\n") + 1
    with pytest.raises(InvalidInput, match="empty"):
        parse_all(TikTokResearch(), input_file(tmp_path, "z.json", " "))


@pytest.mark.parametrize("other", OTHER_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_does_not_claim_other_formats(other: Path) -> None:
    f = InputFile.open(other)
    assert not TikTokResearch.sniff(f)
    assert detect(f) is not TikTokResearch
