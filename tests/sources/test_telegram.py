"""Telegram Desktop result.json: single-chat and full-account exports, service entries, bad records."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from factories import FIXTURES, JKT, by_id, input_file, parse_all

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import AccountRef, Activity, Kind, Media, Platform
from jaganetral.sources.base import InputFile
from jaganetral.sources.canonical import CanonicalJsonl
from jaganetral.sources.registry import detect
from jaganetral.sources.screenshot import Screenshot
from jaganetral.sources.telegram import TelegramExport, flatten_text
from jaganetral.sources.whatsapp import WhatsAppChat

TG = FIXTURES / "telegram"
HENDRA = AccountRef(id="user5012345678", name="Hendra Saputra")


def load(rel: str) -> dict[str, Activity]:
    f = InputFile.open(TG / rel)
    assert detect(f) is TelegramExport
    acts, rej = parse_all(TelegramExport(), f)
    assert rej == []
    return by_id(acts)


def test_single_chat_export() -> None:
    acts = load("result.json")
    assert {a.platform for a in acts.values()} == {Platform.TELEGRAM}
    assert {a.group.name for a in acts.values() if a.group} == {"Relawan Fulan Linggau"}
    assert {a.group.id for a in acts.values() if a.group} == {"1987654321"}

    creator = acts["tg-1987654321-1"]
    assert creator.kind is Kind.JOIN_GROUP and creator.actor == HENDRA
    assert creator.extra["created_group"] is True
    added_at_creation = acts["tg-1987654321-1-1"]
    assert added_at_creation.kind is Kind.ADDED_TO_GROUP
    assert added_at_creation.actor == AccountRef(name="Rina Marlina")
    assert added_at_creation.initiated_by == HENDRA

    agus, dewi = acts["tg-1987654321-2-0"], acts["tg-1987654321-2-1"]
    assert (agus.kind, agus.actor.name, agus.initiated_by) == (Kind.ADDED_TO_GROUP, "Agus Setiawan", HENDRA)
    assert dewi.actor.name == "Dewi Lestari"
    assert agus.created_at == datetime(2024, 8, 28, 8, 30, tzinfo=JKT)
    assert agus.source is not None and agus.source.position == "messages[1]"

    joined = acts["tg-1987654321-3"]
    assert joined.kind is Kind.JOIN_GROUP and joined.initiated_by is None
    assert joined.extra["inviter"] == "Hendra Saputra"

    instruct = acts["tg-1987654321-4"]
    assert instruct.kind is Kind.MESSAGE and instruct.actor == HENDRA
    assert instruct.text == (
        "tolong rekan2 wartawan liput kegiatan pak Wabup ambil formulir @agus_setiawan #FulanPastiMenang"
    )
    assert instruct.mentions == (AccountRef(handle="agus_setiawan"),)
    assert instruct.created_at == datetime(2024, 8, 28, 9, 15, 22, tzinfo=JKT)
    assert instruct.created_at == datetime.fromtimestamp(1724811322, tz=UTC)

    share = acts["tg-1987654321-5"]
    assert share.kind is Kind.SHARE and share.actor.name == "Agus Setiawan" and share.text == ""
    assert share.target is not None and share.target.author == AccountRef(name="Fulan bin Contoh")
    assert share.target.text == "Linggau Maju Bersama! Nomor urut menyusul"
    assert share.media == (Media(type="image", path="photos/photo_1@28-08-2024_09-20-03.jpg"),)

    reply = acts["tg-1987654321-6"]
    assert reply.kind is Kind.COMMENT and reply.text == "Siap pak, meluncur"
    assert reply.target is not None and reply.target.id == "tg-1987654321-4"
    assert reply.target.author == HENDRA and reply.target.text == instruct.text
    assert reply.extra["edited_at"] == "2024-08-28T09:22:05"

    assert acts["tg-1987654321-7"].text == "Besok kumpul di posko\nJam 8 pagi\nPakai kaos relawan"

    left = acts["tg-1987654321-8-0"]
    assert left.kind is Kind.LEAVE_GROUP and left.initiated_by is None
    assert left.actor == AccountRef(id="user5145678901", name="Joko Susanto")
    removed = acts["tg-1987654321-9-0"]
    assert removed.kind is Kind.LEAVE_GROUP and removed.actor.name == "Dewi Lestari"
    assert removed.initiated_by == HENDRA and removed.extra["removed"] is True

    voice = acts["tg-1987654321-10"]
    assert voice.media == (Media(type="audio", path=None),)  # the file was not exported
    assert not any(k.startswith("tg-1987654321-11") for k in acts)  # a pin is not an activity


def test_full_account_export() -> None:
    acts = load("full_export/result.json")
    private = acts["tg-5298765432-501"]
    assert private.kind is Kind.MESSAGE and private.group is None
    assert private.extra["chat"] == "Budi Santoso"
    # A contact is identified by the number the exporter saved for them (contacts.list).
    assert private.actor.handle == "+6281273001122" and private.actor.name == "Budi Santoso"
    assert private.source is not None and private.source.position == "chats.list[0].messages[0]"

    post = acts["tg-1876543210-2"]
    assert post.kind is Kind.POST and post.actor.id == "channel1876543210"
    assert post.extra["signature"] == "Admin Tim Media"
    assert "tg-1876543210-1" not in acts  # create_channel: done by the channel, not a person

    # Joining a public group is logged as inviting oneself.
    self_join = acts["tg-1765432109-14-0"]
    assert self_join.kind is Kind.JOIN_GROUP and self_join.initiated_by is None
    # The exporter is known by the export's own personal_information: her phone number.
    assert self_join.actor == AccountRef(id="user5111222333", handle="+6281311112222", name="Sri Wahyuni")
    assert self_join.source is not None
    assert self_join.source.position == "left_chats.list[0].messages[0]"


def _chat(messages: list[Any]) -> str:
    return json.dumps({"name": "Grup Uji", "type": "private_group", "id": 42, "messages": messages})


def _msg(i: int, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": i,
        "type": "message",
        "date": "2024-09-08T10:15:22",
        "date_unixtime": "1725765322",
        "from": "Budi",
        "from_id": "user1",
        "text": "halo",
    }
    base.update(kw)
    return {k: v for k, v in base.items() if v is not None}


def test_date_without_unixtime_is_read_as_jakarta_time(tmp_path: Path) -> None:
    f = input_file(tmp_path, "result.json", _chat([_msg(1, date_unixtime=None)]))
    (a,), _ = parse_all(TelegramExport(), f)
    assert a.created_at == datetime(2024, 9, 8, 10, 15, 22, tzinfo=JKT)


def test_bad_records_are_rejected_with_their_path(tmp_path: Path) -> None:
    messages: list[Any] = [
        _msg(1),
        _msg(2, date=None, date_unixtime=None),
        _msg(3, date_unixtime="kemarin"),
        {"id": 4, "type": "unsupported"},
        {
            "id": 5,
            "type": "service",
            "date": "2024-09-08T10:00:00",
            "action": "invite_members",
            "members": ["Ani"],
        },
        "not an object",
        _msg(7, **{"from": None, "from_id": None}),
    ]
    acts, rej = parse_all(TelegramExport(), input_file(tmp_path, "result.json", _chat(messages)))
    assert [a.id for a in acts] == ["tg-42-1"]
    assert [r.field for r in rej] == [
        "messages[1].date",
        "messages[2].date_unixtime",
        "messages[3].type",
        "messages[4].actor_id",
        "messages[5]",
        "messages[6].from_id",
    ]


def test_text_flattening() -> None:
    parts = ["Ayo ", {"type": "bold", "text": "pilih"}, " ", {"type": "hashtag", "text": "#Fulan"}]
    assert flatten_text(parts) == "Ayo pilih #Fulan"
    assert flatten_text(None) == "" and flatten_text("x") == "x"


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    text = (TG / "result.json").read_text(encoding="utf-8")[:800]  # a truncated download
    f = input_file(tmp_path, "result.json", text)
    assert detect(f) is TelegramExport
    with pytest.raises(InvalidInput, match="invalid JSON") as exc:
        parse_all(TelegramExport(), f)
    assert exc.value.line is not None and exc.value.line > 1


def test_json_that_is_not_an_export_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="not a Telegram export"):
        parse_all(TelegramExport(), input_file(tmp_path, "a.json", '{"data": []}'))
    with pytest.raises(InvalidInput, match="not a Telegram export"):
        parse_all(TelegramExport(), input_file(tmp_path, "b.json", "[1, 2]"))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("canonical.jsonl", '{"id": "x", "platform": "telegram", "kind": "message"}\n'),
        ("graph.json", '{"data": [{"id": "1", "message": "halo"}], "paging": {}}'),
        ("chat.txt", "28/08/24 09.15 - Budi: halo\n"),
    ],
)
def test_other_formats_are_not_sniffed_as_telegram(tmp_path: Path, name: str, content: str) -> None:
    assert not TelegramExport.sniff(input_file(tmp_path, name, content))


@pytest.mark.parametrize("rel", ["result.json", "full_export/result.json"])
def test_fixtures_are_not_claimed_by_other_sources(rel: str) -> None:
    f = InputFile.open(TG / rel)
    assert not any(s.sniff(f) for s in (WhatsAppChat, Screenshot, CanonicalJsonl))


def test_utf16_and_empty_files_are_refused(tmp_path: Path) -> None:
    text = (TG / "result.json").read_text(encoding="utf-8")
    with pytest.raises(InvalidInput, match="UTF-16"):
        detect(input_file(tmp_path, "result.json", text.encode("utf-16")))
    with pytest.raises(InvalidInput, match="empty"):
        detect(input_file(tmp_path, "empty.json", "  \n"))


def _account_export(own_id: str) -> str:
    return json.dumps(
        {
            "about": "Here is the data you requested from Telegram.",
            "personal_information": {
                "user_id": 5300118264,
                "first_name": "Muh.",
                "last_name": "Basri",
                "phone_number": "+62 812 5217 9508",
            },
            "contacts": {"about": "", "list": []},
            "chats": {
                "about": "",
                "list": [
                    {
                        "name": "Kepala Sekolah SD",
                        "type": "private_group",
                        "id": 4455120876,
                        "messages": [
                            _msg(1, **{"from": "Muh. Basri", "from_id": own_id}),
                            _msg(2, **{"from": "Muh. Basri", "from_id": "user777"}),
                        ],
                    }
                ],
            },
        }
    )


def test_the_exporter_is_known_by_name_when_their_own_id_sends_nothing(tmp_path: Path) -> None:
    # An export whose owner's messages carry another id than personal_information: the owner is
    # whoever writes under the owner's own name (and only then).
    f = input_file(tmp_path, "result.json", _account_export("user5407629747"))
    acts, _ = parse_all(TelegramExport(), f)
    assert {a.actor.handle for a in acts} == {"+6281252179508"}
    # where the owner's id does send, a namesake under another id is not the owner
    f = input_file(tmp_path, "result.json", _account_export("user5300118264"))
    acts, _ = parse_all(TelegramExport(), f)
    handles = {a.actor.id: a.actor.handle for a in acts}
    assert handles == {"user5300118264": "+6281252179508", "user777": None}
