import json
from datetime import datetime
from pathlib import Path

import pytest
from factories import FIXTURES, JKT, by_id, input_file, other_activity_fixtures, parse_all

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import AccountRef, Kind, Platform
from jaganetral.sources.base import InputFile
from jaganetral.sources.facebook_graph import FacebookGraph
from jaganetral.sources.registry import detect

HERE = FIXTURES / "facebook_graph"
PAGE = AccountRef(id="104877712345678", name="Dinas Kominfo Kota Sukamaju")
OTHER_FIXTURES = other_activity_fixtures("facebook_graph")


def test_page_feed_posts_shares_comments_reactions() -> None:
    f = InputFile.open(HERE / "page_feed.json")
    assert detect(f) is FacebookGraph
    acts, rej = parse_all(FacebookGraph(), f)
    assert rej == []
    assert [a.kind for a in acts] == [
        Kind.POST,
        Kind.COMMENT,
        Kind.SHARE,
        Kind.REACTION,
        Kind.REACTION,
        Kind.SHARE,
        Kind.POST,
        Kind.COMMENT,
        Kind.COMMENT,
        Kind.REACTION,
    ]
    assert len(by_id(acts)) == len(acts)  # ids unique
    assert all(a.platform is Platform.FACEBOOK and a.created_at.tzinfo for a in acts)
    a = by_id(acts)

    post = a["104877712345678_822334455667701"]
    assert post.actor == PAGE and post.actor.handle is None
    assert post.created_at == datetime(2024, 9, 2, 8, 30, tzinfo=JKT)
    assert post.url == "https://www.facebook.com/104877712345678/posts/822334455667701"
    assert post.mentions == (AccountRef(id="100234567812345", name="Disdukcapil Kota Sukamaju"),)
    assert post.media[0].type == "image" and post.media[0].path is not None
    assert post.media[0].path.endswith("ktp_keliling.jpg")
    assert post.source is not None and post.source.position == "data[0]"
    assert post.source.file_sha256 == f.sha256 and post.target is None

    share = a["104877712345678_822334455667702"]
    assert share.kind is Kind.SHARE and share.actor == PAGE
    assert share.created_at == datetime(2024, 9, 8, 10, 15, tzinfo=JKT)
    assert share.target is not None and share.target.id == "100876543210987_998877665544332"
    assert share.target.author == AccountRef(id="100876543210987")  # owner from the id prefix
    assert share.target.text is not None and "Ayo coblos nomor 2" in share.target.text
    assert share.media == ()  # the shared post is the target, not media
    assert "Ayo coblos nomor 2" in share.all_text()

    link = a["104877712345678_822334455667703"]
    assert link.kind is Kind.SHARE and link.target is not None and link.target.id is None
    assert link.target.url == "https://berita-sukamaju.example.id/2024/09/jalan-lingkar"


def test_reactions_are_by_the_reacting_user() -> None:
    acts, _ = parse_all(FacebookGraph(), InputFile.open(HERE / "page_feed.json"))
    a = by_id(acts)
    like = a["104877712345678_822334455667702:reaction:7009998887776665"]
    assert like.kind is Kind.REACTION and like.reaction == "like"
    assert like.actor == AccountRef(id="7009998887776665", name="Hendra Gunawan")
    assert like.target is not None and like.target.id == "104877712345678_822334455667702"
    assert like.target.author == PAGE
    # No time in the API: the post's time, flagged.
    assert like.created_at == datetime(2024, 9, 8, 10, 15, tzinfo=JKT)
    assert "time_is_approximate" in like.extra
    assert like.source is not None and like.source.position == "data[1].reactions.data[0]"
    assert a["104877712345678_822334455667702:reaction:7001112223334445"].reaction == "love"
    haha = a["822334455667704_1530000000000010:reaction:7009998887776665"]
    assert haha.reaction == "haha" and haha.target is not None
    assert haha.target.author == AccountRef(id="7005556667778889", name="Rudi Hartono")


def test_comments_target_the_post_and_replies_the_parent_comment() -> None:
    acts, _ = parse_all(FacebookGraph(), InputFile.open(HERE / "page_feed.json"))
    a = by_id(acts)
    c = a["822334455667704_1530000000000010"]
    assert c.kind is Kind.COMMENT
    assert c.actor == AccountRef(id="7005556667778889", name="Rudi Hartono")
    assert c.text.startswith("Ayo coblos nomor 2")
    assert c.created_at == datetime(2024, 9, 12, 19, 31, 40, tzinfo=JKT)
    assert c.target is not None and c.target.id == "104877712345678_822334455667704"
    assert c.target.author == PAGE and c.target.text is not None
    assert c.mentions == (AccountRef(id="100876543210987", name="Darmawan Lestari"),)
    assert c.source is not None and c.source.position == "data[3].comments.data[0]"

    reply = a["822334455667704_1530000000000011"]
    assert reply.actor == PAGE
    assert reply.target is not None and reply.target.id == c.id
    assert reply.target.author == c.actor and reply.target.text == c.text
    assert reply.source is not None
    assert reply.source.position == "data[3].comments.data[0].comments.data[0]"


def test_comment_list_takes_its_post_from_the_paging_url() -> None:
    f = InputFile.open(HERE / "post_comments.json")
    assert detect(f) is FacebookGraph
    acts, rej = parse_all(FacebookGraph(), f)
    assert rej == [] and [a.kind for a in acts] == [Kind.COMMENT, Kind.COMMENT]
    first = acts[0]
    assert first.actor == AccountRef(id="7003334445556667", name="Wahyu Prasetyo")
    assert first.target is not None and first.target.id == "100876543210987_998877665544332"
    assert first.target.author == AccountRef(id="100876543210987")
    assert first.created_at == datetime(2024, 10, 1, 11, 20, tzinfo=JKT)
    assert first.source is not None and first.source.position == "data[0]"


def test_single_post_and_json_lines_of_responses(tmp_path: Path) -> None:
    feed = json.loads((HERE / "page_feed.json").read_text())
    single = input_file(tmp_path, "post.json", json.dumps(feed["data"][3], indent=1))
    acts, rej = parse_all(FacebookGraph(), single)
    assert rej == [] and acts[0].id == "104877712345678_822334455667704"
    assert acts[0].source is not None and acts[0].source.position == "$"
    assert acts[1].source is not None and acts[1].source.position == "comments.data[0]"

    pages = "\n".join(json.dumps({"data": [p]}) for p in feed["data"][:2]) + "\n"
    f = input_file(tmp_path, "pages.jsonl", pages)
    assert detect(f) is FacebookGraph
    acts, _ = parse_all(FacebookGraph(), f)
    share = by_id(acts)["104877712345678_822334455667702"]
    assert share.source is not None and share.source.position == "line 2 data[0]"
    assert share.source.line == 2


def _line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    ("field", "reason"), [("created_time", "missing"), ("from", "Page access token"), ("id", "missing")]
)
def test_record_without_required_field_is_rejected_with_position(
    tmp_path: Path, field: str, reason: str
) -> None:
    feed = json.loads((HERE / "page_feed.json").read_text())
    del feed["data"][1][field]
    text = json.dumps(feed, indent=2, ensure_ascii=False)
    acts, rej = parse_all(FacebookGraph(), input_file(tmp_path, "feed.json", text))
    assert rej[0].field == f"data[1].{field}" and reason in rej[0].reason
    # The line of the record that lacks the field: its opening brace, just above its first key.
    first_key, first_value = next(iter(feed["data"][1].items()))
    assert rej[0].line == _line(text, f'"{first_key}": {json.dumps(first_value)}') - 1
    assert "104877712345678_822334455667701" in by_id(acts)  # the other posts are still read
    reactions = sum(a.kind is Kind.REACTION for a in acts)
    if field == "from":
        # The post's author is unknown, but who reacted to it (and when) is not.
        assert len(rej) == 1 and reactions == 3
    else:
        # Reactions need the post's id and time: each is reported, none dropped silently.
        assert [r.field for r in rej[1:]] == [f"data[1].reactions.data[{i}]" for i in range(2)]
        assert all(f"'{field}'" in r.reason for r in rej[1:])
        assert reactions == 1


def test_rejection_line_is_the_record_line(tmp_path: Path) -> None:
    feed = json.loads((HERE / "page_feed.json").read_text())
    feed["data"][2]["created_time"] = "kemarin sore"
    text = json.dumps(feed, indent=2, ensure_ascii=False)
    _, rej = parse_all(FacebookGraph(), input_file(tmp_path, "feed.json", text))
    assert rej[0].field == "data[2].created_time" and "kemarin sore" in rej[0].reason
    assert rej[0].line == _line(text, '"kemarin sore"')
    assert "line" in str(rej[0]) and "data[2].created_time" in str(rej[0])


def test_truncated_json_is_fatal_with_line(tmp_path: Path) -> None:
    text = (HERE / "page_feed.json").read_text()
    cut = text[: text.index("\n", len(text) // 2)]
    with pytest.raises(InvalidInput) as err:
        parse_all(FacebookGraph(), input_file(tmp_path, "feed.json", cut))
    assert err.value.line == cut.count("\n") + 1
    assert "feed.json" in str(err.value)


def test_empty_file_and_wrong_shapes(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        parse_all(FacebookGraph(), input_file(tmp_path, "e.json", ""))
    with pytest.raises(InvalidInput, match="'data' is not a list"):
        parse_all(FacebookGraph(), input_file(tmp_path, "d.json", '{"data": {"created_time": 1}}'))
    acts, rej = parse_all(FacebookGraph(), input_file(tmp_path, "n.json", '{"data": []}'))
    assert acts == [] and rej == []


@pytest.mark.parametrize("other", OTHER_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_does_not_claim_other_formats(other: Path) -> None:
    f = InputFile.open(other)
    assert not FacebookGraph.sniff(f)
    assert detect(f) is not FacebookGraph
