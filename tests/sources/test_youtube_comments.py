import json
from datetime import datetime
from pathlib import Path

import pytest
from factories import FIXTURES, JKT, by_id, input_file, other_activity_fixtures, parse_all

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import AccountRef, Kind, Platform
from jaganetral.sources.base import InputFile
from jaganetral.sources.registry import detect
from jaganetral.sources.youtube_comments import YouTubeCommentThreads, author_of, comment_text

FIXTURE = FIXTURES / "youtube_comments" / "comment_threads.json"
VIDEO = "Xk3mSukmj24"
HENDRA = AccountRef(id="UCh3nDr4GuNaW4n77xYzAbCd", handle="hendra.gunawan77")
OTHER_FIXTURES = other_activity_fixtures("youtube_comments")


def test_threads_and_replies() -> None:
    f = InputFile.open(FIXTURE)
    assert detect(f) is YouTubeCommentThreads
    acts, rej = parse_all(YouTubeCommentThreads(), f)
    assert rej == [] and len(acts) == 4 and len(by_id(acts)) == 4
    assert all(a.kind is Kind.COMMENT and a.platform is Platform.YOUTUBE for a in acts)
    top = acts[0]
    assert top.id == "UgxKpQ7rTz3bN1sVw0d4AaABAg" and top.actor == HENDRA
    assert top.text.startswith("Ayo coblos nomor 2!")
    assert top.created_at == datetime(2024, 10, 5, 10, 15, tzinfo=JKT)
    assert top.target is not None and top.target.id == VIDEO
    assert top.target.url == f"https://www.youtube.com/watch?v={VIDEO}"
    assert top.target.author == AccountRef(id="UCq8sJm2Lh5nPw4RtY6uIoAZ")  # the video's channel
    assert top.url == f"https://www.youtube.com/watch?v={VIDEO}&lc={top.id}"
    assert top.source is not None and top.source.position == "items[0].snippet.topLevelComment"

    reply = acts[1]
    assert reply.actor == AccountRef(
        id="UCl1n4M4rL1n4xYzAbCdEfGh", handle="linamarlina-id", name="Lina Marlina"
    )
    assert reply.target is not None and reply.target.id == top.id
    assert reply.target.author == HENDRA and reply.target.text == top.text
    assert reply.mentions == (AccountRef(handle="hendra.gunawan77"),)
    assert reply.extra["edited_at"] == "2024-10-05T04:10:00Z"
    assert reply.source is not None and reply.source.position == "items[0].replies.comments[0]"
    # No handle anywhere: only the channel id and the display name.
    assert acts[2].actor == AccountRef(id="UCaGu5S4l1mXyZaBcDeFgHiJ", name="Agus Salim")
    assert acts[3].text == "Kapan jalan di depan pasar diperbaiki?\nSudah rusak parah."


def test_author_and_text_helpers() -> None:
    assert author_of({"authorDisplayName": "@budi_s", "authorChannelId": {"value": "UC1"}}) == AccountRef(
        id="UC1", handle="budi_s"
    )
    assert author_of(
        {"authorDisplayName": "Budi S", "authorChannelUrl": "http://www.youtube.com/@budi-s"}
    ) == AccountRef(handle="budi-s", name="Budi S")
    assert comment_text({"textDisplay": "Pilih &quot;2&quot;<br>ya <b>Pak</b>"}) == 'Pilih "2"\nya Pak'


def test_comment_list_of_replies(tmp_path: Path) -> None:
    doc = json.loads(FIXTURE.read_text())
    replies = doc["items"][0]["replies"]["comments"]
    f = input_file(
        tmp_path, "c.json", json.dumps({"kind": "youtube#commentListResponse", "etag": "x", "items": replies})
    )
    assert detect(f) is YouTubeCommentThreads
    acts, rej = parse_all(YouTubeCommentThreads(), f)
    assert rej == [] and len(acts) == 2
    assert acts[0].target is not None and acts[0].target.id == "UgxKpQ7rTz3bN1sVw0d4AaABAg"
    assert acts[0].target.url == f"https://www.youtube.com/watch?v={VIDEO}&lc=UgxKpQ7rTz3bN1sVw0d4AaABAg"
    assert acts[0].source is not None and acts[0].source.position == "items[0]"


def test_comment_without_time_is_rejected_and_replies_still_read(tmp_path: Path) -> None:
    doc = json.loads(FIXTURE.read_text())
    del doc["items"][0]["snippet"]["topLevelComment"]["snippet"]["publishedAt"]
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    acts, rej = parse_all(YouTubeCommentThreads(), input_file(tmp_path, "c.json", text))
    assert len(rej) == 1
    assert rej[0].field == "items[0].snippet.topLevelComment.snippet.publishedAt"
    assert rej[0].line == text[
        : text.index('"channelId": "UCq8sJm2Lh5nPw4RtY6uIoAZ",\n            "videoId"')
    ].count("\n")
    assert len(acts) == 3  # the replies and the other thread


def test_thread_without_top_level_comment(tmp_path: Path) -> None:
    doc = json.loads(FIXTURE.read_text())
    del doc["items"][1]["snippet"]["topLevelComment"]
    _, rej = parse_all(YouTubeCommentThreads(), input_file(tmp_path, "c.json", json.dumps(doc)))
    assert [r.field for r in rej] == ["items[1].snippet.topLevelComment"]


def test_truncated_and_empty_files(tmp_path: Path) -> None:
    text = FIXTURE.read_text()
    cut = text[: text.index("\n", len(text) // 2)]
    with pytest.raises(InvalidInput) as err:
        parse_all(YouTubeCommentThreads(), input_file(tmp_path, "c.json", cut))
    assert err.value.line == cut.count("\n") + 1
    with pytest.raises(InvalidInput, match="empty"):
        parse_all(YouTubeCommentThreads(), input_file(tmp_path, "e.json", ""))


@pytest.mark.parametrize("other", OTHER_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_does_not_claim_other_formats(other: Path) -> None:
    f = InputFile.open(other)
    assert not YouTubeCommentThreads.sniff(f)
    assert detect(f) is not YouTubeCommentThreads
