import json
from datetime import datetime
from pathlib import Path

import pytest
from factories import FIXTURES, JKT, by_id, input_file, other_activity_fixtures, parse_all

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import AccountRef, Kind, Platform
from jaganetral.sources.base import InputFile
from jaganetral.sources.registry import detect
from jaganetral.sources.x_v2 import XApiV2

FIXTURE = FIXTURES / "x_v2" / "search_recent.json"
BUDI = AccountRef(id="1459000000000000001", handle="budi_santoso88", name="Budi Santoso")
DARMAWAN = AccountRef(id="1300000000000000002", handle="bang_darmawan", name="Darmawan Lestari")
RATNA = AccountRef(id="1300000000000000003", handle="ratna_dewi_ok", name="Ratna Dewi")
OTHER_FIXTURES = other_activity_fixtures("x_v2")


def test_detects_and_reads_every_tweet() -> None:
    f = InputFile.open(FIXTURE)
    assert detect(f) is XApiV2
    acts, rej = parse_all(XApiV2(), f)
    assert rej == []
    assert [a.kind for a in acts] == [Kind.POST, Kind.SHARE, Kind.SHARE, Kind.COMMENT]
    assert all(a.platform is Platform.X for a in acts)
    assert [a.source.position for a in acts if a.source] == [f"data[{i}]" for i in range(4)]
    assert len(by_id(acts)) == 4


def test_plain_post_with_media_and_hashtags() -> None:
    acts, _ = parse_all(XApiV2(), InputFile.open(FIXTURE))
    post = by_id(acts)["1832650001111111111"]
    assert post.actor == BUDI
    assert post.created_at == datetime(2024, 9, 8, 7, 30, tzinfo=JKT)
    assert post.created_at.utcoffset() is not None
    assert post.url == "https://x.com/budi_santoso88/status/1832650001111111111"
    assert post.media[0].type == "image" and post.media[0].caption == "Apel pagi pegawai"
    assert post.extra["hashtags"] == ["ASNBerAKHLAK"] and post.target is None


def test_retweet_is_a_share_of_the_expanded_tweet() -> None:
    acts, _ = parse_all(XApiV2(), InputFile.open(FIXTURE))
    rt = by_id(acts)["1832700002222222222"]
    assert rt.kind is Kind.SHARE and rt.actor == BUDI and rt.text == ""
    assert rt.created_at == datetime(2024, 9, 8, 10, 15, tzinfo=JKT)
    assert rt.target is not None and rt.target.id == "1832690000000000009"
    assert rt.target.author == DARMAWAN
    assert rt.target.text == "Ayo coblos nomor 2! Sukamaju Maju Bersama #DarmawanPastiMenang"
    assert rt.target.url == "https://x.com/bang_darmawan/status/1832690000000000009"
    assert rt.mentions == ()  # "RT @author:" is not a mention by the retweeter


def test_quote_keeps_own_text_and_reply_is_a_comment() -> None:
    acts, _ = parse_all(XApiV2(), InputFile.open(FIXTURE))
    a = by_id(acts)
    quote = a["1832750003333333333"]
    assert quote.kind is Kind.SHARE and quote.text.startswith("Setuju sekali")
    assert quote.target is not None and quote.target.author == RATNA
    assert quote.mentions == (RATNA,)
    reply = a["1832800004444444444"]
    assert reply.kind is Kind.COMMENT
    assert reply.actor == AccountRef(id="1459000000000000004", handle="yuliputri_", name="Yuliana Putri")
    assert reply.target is not None and reply.target.id == "1832790000000000005"
    assert reply.target.author == DARMAWAN
    assert reply.mentions == (DARMAWAN,)


def test_without_includes_the_ids_and_rt_text_still_carry_the_target(tmp_path: Path) -> None:
    doc = json.loads(FIXTURE.read_text())
    del doc["includes"]
    acts, rej = parse_all(XApiV2(), input_file(tmp_path, "bare.json", json.dumps(doc)))
    assert rej == []
    a = by_id(acts)
    assert a["1832650001111111111"].actor == AccountRef(id="1459000000000000001")
    assert a["1832650001111111111"].url == "https://x.com/i/web/status/1832650001111111111"
    rt = a["1832700002222222222"].target
    assert rt is not None
    assert rt.author == AccountRef(id="1300000000000000002", handle="bang_darmawan")
    assert rt.text == "Ayo coblos nomor 2! Sukamaju Maju Bersama #DarmawanPastiMenang"
    reply = a["1832800004444444444"].target
    assert reply is not None and reply.author == AccountRef(id="1300000000000000002")


def test_single_lookup_and_twarc_style_json_lines(tmp_path: Path) -> None:
    doc = json.loads(FIXTURE.read_text())
    one = {"data": doc["data"][0], "includes": doc["includes"]}
    acts, _ = parse_all(XApiV2(), input_file(tmp_path, "one.json", json.dumps(one)))
    assert [a.id for a in acts] == ["1832650001111111111"]
    assert acts[0].source is not None and acts[0].source.position == "data"
    pages = [dict(doc, data=doc["data"][:2]), dict(doc, data=doc["data"][2:]), {"meta": {"result_count": 0}}]
    f = input_file(tmp_path, "pages.jsonl", "\n".join(json.dumps(p) for p in pages) + "\n")
    assert detect(f) is XApiV2
    acts, _ = parse_all(XApiV2(), f)
    assert len(acts) == 4
    assert acts[3].source is not None and acts[3].source.position == "line 2 data[1]"


@pytest.mark.parametrize("field", ["author_id", "created_at", "id"])
def test_tweet_without_required_field_is_rejected(tmp_path: Path, field: str) -> None:
    doc = json.loads(FIXTURE.read_text())
    del doc["data"][2][field]
    text = json.dumps(doc, indent=2)
    acts, rej = parse_all(XApiV2(), input_file(tmp_path, "t.json", text))
    assert len(acts) == 3 and len(rej) == 1
    assert rej[0].field == f"data[2].{field}" and "missing" in rej[0].reason
    first_key, first_value = next(iter(doc["data"][2].items()))
    needle = f'"{first_key}": {json.dumps(first_value)}'
    assert rej[0].line == text[: text.index(needle)].count("\n")  # the record's opening brace


def test_bad_nested_field_is_named(tmp_path: Path) -> None:
    doc = json.loads(FIXTURE.read_text())
    doc["data"][1]["referenced_tweets"][0] = {"type": "retweeted"}
    _, rej = parse_all(XApiV2(), input_file(tmp_path, "t.json", json.dumps(doc, indent=1)))
    assert rej[0].field == "data[1].referenced_tweets[0].id"
    doc["data"][1]["created_at"] = "08/09/2024"
    _, rej = parse_all(XApiV2(), input_file(tmp_path, "t.json", json.dumps(doc)))
    assert rej[0].field == "data[1].created_at" and "08/09/2024" in rej[0].reason


def test_truncated_and_empty_files(tmp_path: Path) -> None:
    text = FIXTURE.read_text()
    cut = text[: text.index("\n", len(text) // 3)]
    with pytest.raises(InvalidInput) as err:
        parse_all(XApiV2(), input_file(tmp_path, "t.json", cut))
    assert err.value.line == cut.count("\n") + 1
    with pytest.raises(InvalidInput, match="empty"):
        parse_all(XApiV2(), input_file(tmp_path, "e.json", "\n"))


@pytest.mark.parametrize("other", OTHER_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_does_not_claim_other_formats(other: Path) -> None:
    f = InputFile.open(other)
    assert not XApiV2.sniff(f)
    assert detect(f) is not XApiV2
