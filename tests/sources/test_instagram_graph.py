import json
from datetime import datetime
from pathlib import Path

import pytest
from factories import FIXTURES, JKT, by_id, input_file, other_activity_fixtures, parse_all

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import AccountRef, Kind, Platform
from jaganetral.sources.base import InputFile
from jaganetral.sources.instagram_graph import InstagramGraph
from jaganetral.sources.registry import detect

HERE = FIXTURES / "instagram_graph"
DEWI = AccountRef(handle="dewi.kartika_")
OTHER_FIXTURES = other_activity_fixtures("instagram_graph")


def test_media_list_posts_comments_and_replies() -> None:
    f = InputFile.open(HERE / "user_media.json")
    assert detect(f) is InstagramGraph
    acts, rej = parse_all(InstagramGraph(), f)
    assert rej == []
    assert [a.kind for a in acts] == [Kind.POST, Kind.COMMENT, Kind.COMMENT, Kind.POST, Kind.POST]
    assert all(a.platform is Platform.INSTAGRAM for a in acts) and len(by_id(acts)) == 5
    a = by_id(acts)

    post = a["17998877665544331"]
    assert post.actor == DEWI
    assert post.created_at == datetime(2024, 9, 30, 19, 10, 5, tzinfo=JKT)
    assert post.text.startswith("Ayo coblos nomor 2!")
    assert post.url == "https://www.instagram.com/p/C_kPq3xSuKm/"
    assert post.mentions == (AccountRef(handle="darmawan.lestari"),)
    assert post.extra["hashtags"] == ["DarmawanPastiMenang", "Pilkada2024"]
    assert [m.type for m in post.media] == ["image"]
    assert post.source is not None and post.source.position == "data[0]"

    album = a["17998877665544332"]
    assert [m.type for m in album.media] == ["image", "video"]
    reel = a["17998877665544333"]
    assert reel.media[0].type == "video" and reel.extra["media_product_type"] == "REELS"


def test_comment_targets_media_and_reply_targets_comment() -> None:
    acts, _ = parse_all(InstagramGraph(), InputFile.open(HERE / "user_media.json"))
    a = by_id(acts)
    c = a["18044455566677701"]
    assert c.actor == AccountRef(id="17841400000000011", handle="andi_pratama")
    assert c.created_at == datetime(2024, 9, 30, 19, 40, tzinfo=JKT)
    assert c.target is not None and c.target.id == "17998877665544331"
    assert c.target.author == DEWI and c.target.text is not None
    assert "coblos" in c.target.text
    assert c.url == "https://www.instagram.com/p/C_kPq3xSuKm/c/18044455566677701/"
    assert c.source is not None and c.source.position == "data[0].comments.data[0]"

    r = a["18044455566677702"]
    assert r.actor == AccountRef(id="17841400000000001", handle="dewi.kartika_")
    assert r.target is not None and r.target.id == c.id and r.target.author == c.actor
    assert r.mentions == (AccountRef(handle="andi_pratama"),)
    assert r.source is not None
    assert r.source.position == "data[0].comments.data[0].replies.data[0]"


def test_business_discovery_names_the_account_once() -> None:
    f = InputFile.open(HERE / "business_discovery.json")
    assert detect(f) is InstagramGraph
    acts, rej = parse_all(InstagramGraph(), f)
    assert rej == [] and len(acts) == 1
    assert acts[0].actor == AccountRef(
        id="17841400000000099", handle="disdik.sukamaju", name="Dinas Pendidikan Kota Sukamaju"
    )
    assert acts[0].created_at == datetime(2024, 11, 25, 8, 0, tzinfo=JKT)
    assert acts[0].source is not None
    assert acts[0].source.position == "business_discovery.media.data[0]"


def test_bare_comment_list(tmp_path: Path) -> None:
    text = json.dumps(
        {
            "data": [
                {
                    "timestamp": "2024-10-02T01:00:00+0000",
                    "text": "Nomor 2 pilihan kami!",
                    "id": "18050000000000001",
                    "username": "rina_guru",
                    "media": {"id": "17998877665544331"},
                },
                {
                    "timestamp": "2024-10-02T01:05:00+0000",
                    "text": "Setuju",
                    "id": "18050000000000002",
                    "from": {"id": "17841400000000077", "username": "yoga.p"},
                    "parent_id": "18050000000000001",
                },
            ]
        }
    )
    f = input_file(tmp_path, "comments.json", text)
    assert detect(f) is InstagramGraph
    acts, rej = parse_all(InstagramGraph(), f)
    assert rej == [] and [a.kind for a in acts] == [Kind.COMMENT, Kind.COMMENT]
    assert acts[0].target is not None and acts[0].target.id == "17998877665544331"
    assert acts[1].target is not None and acts[1].target.id == "18050000000000001"
    assert acts[1].actor == AccountRef(id="17841400000000077", handle="yoga.p")


@pytest.mark.parametrize(("field", "expect"), [("timestamp", "missing"), ("username", "owner")])
def test_media_without_required_field_is_rejected(tmp_path: Path, field: str, expect: str) -> None:
    doc = json.loads((HERE / "user_media.json").read_text())
    del doc["data"][1][field]
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    acts, rej = parse_all(InstagramGraph(), input_file(tmp_path, "m.json", text))
    assert len(rej) == 1 and rej[0].field == f"data[1].{field}" and expect in rej[0].reason
    assert rej[0].line == text[: text.index('"id": "17998877665544332"')].count("\n")
    assert len(acts) == 4


def test_comment_without_time_is_rejected_but_its_replies_kept(tmp_path: Path) -> None:
    doc = json.loads((HERE / "user_media.json").read_text())
    del doc["data"][0]["comments"]["data"][0]["timestamp"]
    acts, rej = parse_all(InstagramGraph(), input_file(tmp_path, "m.json", json.dumps(doc, indent=1)))
    assert [r.field for r in rej] == ["data[0].comments.data[0].timestamp"]
    reply = by_id(acts)["18044455566677702"]
    assert reply.target is not None and reply.target.id == "18044455566677701"


def test_truncated_and_empty_files(tmp_path: Path) -> None:
    text = (HERE / "user_media.json").read_text()
    cut = text[: text.index("\n", len(text) // 2)]
    with pytest.raises(InvalidInput) as err:
        parse_all(InstagramGraph(), input_file(tmp_path, "m.json", cut))
    assert err.value.line == cut.count("\n") + 1
    with pytest.raises(InvalidInput, match="empty"):
        parse_all(InstagramGraph(), input_file(tmp_path, "e.json", ""))


@pytest.mark.parametrize("other", OTHER_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_does_not_claim_other_formats(other: Path) -> None:
    f = InputFile.open(other)
    assert not InstagramGraph.sniff(f)
    assert detect(f) is not InstagramGraph
