"""WhatsApp chat exports: the four real-world styles, group events, and malformed files."""

from __future__ import annotations

import string
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from factories import FIXTURES, JKT, input_file, parse_all
from hypothesis import given
from hypothesis import strategies as st

from jaganetral.errors import InvalidInput
from jaganetral.model.activity import AccountRef, Activity, Kind, Platform
from jaganetral.sources.base import InputFile
from jaganetral.sources.registry import detect
from jaganetral.sources.screenshot import Screenshot
from jaganetral.sources.telegram import TelegramExport
from jaganetral.sources.whatsapp import (
    DateOrder,
    Stamp,
    WhatsAppChat,
    classify_system,
    detect_date_order,
    group_name_from_file,
    parse_line,
    split_sender,
)

WA = FIXTURES / "whatsapp"
ASN = "+6281273001122"


def load(rel: str) -> tuple[InputFile, list[Activity]]:
    f = InputFile.open(WA / rel)
    assert detect(f) is WhatsAppChat
    acts, rej = parse_all(WhatsAppChat(), f)
    assert rej == []
    return f, acts


def at_line(acts: list[Activity], line: int) -> list[Activity]:
    return [a for a in acts if a.source is not None and a.source.line == line]


def one(acts: list[Activity], line: int) -> Activity:
    (a,) = at_line(acts, line)
    return a


def test_android_indonesian() -> None:
    f, acts = load("android_id.txt")
    assert {a.platform for a in acts} == {Platform.WHATSAPP}
    assert {a.group.name for a in acts if a.group} == {"Relawan Fulan Linggau"}
    assert acts[0].group is not None and acts[0].group.id == "relawan-fulan-linggau"
    # Line 1 is the encryption notice and line 19 a new group icon: neither is an activity.
    assert at_line(acts, 1) == [] and at_line(acts, 19) == []

    creator = one(acts, 2)
    assert creator.kind is Kind.JOIN_GROUP and creator.actor.name == "Hendra Saputra"
    assert creator.extra["created_group"] is True

    you = one(acts, 3)
    assert you.kind is Kind.ADDED_TO_GROUP and you.actor.id == f"wa-exporter:{f.sha256[:12]}"

    added = at_line(acts, 4)
    assert [a.kind for a in added] == [Kind.ADDED_TO_GROUP] * 3
    assert [(a.actor.handle, a.actor.name) for a in added] == [
        (ASN, None),
        (None, "Rina Marlina"),
        ("+6281367542210", None),
    ]
    assert {a.initiated_by for a in added} == {AccountRef(name="Hendra Saputra")}
    assert added[0].created_at == datetime(2024, 8, 28, 9, 2, tzinfo=JKT)
    assert added[0].source is not None and added[0].source.position == "line 4"
    assert added[0].source.file_sha256 == f.sha256

    joined = one(acts, 5)
    assert joined.kind is Kind.JOIN_GROUP and joined.actor.handle == "+6285700112233"
    assert joined.initiated_by is None

    multi = one(acts, 6)
    assert multi.kind is Kind.MESSAGE and multi.actor == AccountRef(name="Hendra Saputra")
    assert multi.text == (
        "Assalamualaikum bapak ibu relawan 🙏\n"
        "Besok pagi kumpul di posko Jl. Yos Sudarso jam 7\n"
        "Jangan lupa pakai kaos relawan"
    )
    assert one(acts, 9).actor == AccountRef(handle=ASN) and one(acts, 9).text == "Siap pak"
    instruct = one(acts, 10)
    assert instruct.text == "tolong rekan2 wartawan liput kegiatan pak Wabup ambil formulir"
    assert instruct.created_at == datetime(2024, 8, 28, 9, 15, tzinfo=JKT)

    omitted = one(acts, 11)
    assert omitted.text == "" and [m.type for m in omitted.media] == ["omitted"]
    deleted = one(acts, 12)
    assert deleted.deleted_at == deleted.created_at and deleted.text == ""
    edited = one(acts, 13)
    assert edited.text == "Jam 8 ya, bukan jam 7" and edited.extra["edited"] is True
    photo = one(acts, 14)
    assert photo.media[0].type == "image" and photo.media[0].path == "IMG-20240828-WA0007.jpg"
    assert photo.text == "Pendaftaran di KPU Kota Lubuklinggau"

    left = one(acts, 16)
    assert left.kind is Kind.LEAVE_GROUP and left.initiated_by is None
    removed = one(acts, 17)
    assert removed.kind is Kind.LEAVE_GROUP and removed.actor.name == "Rina Marlina"
    assert removed.initiated_by == AccountRef(name="Hendra Saputra")
    assert removed.extra["removed"] is True

    mention = one(acts, 18)
    assert mention.mentions == (AccountRef(handle=ASN),)
    assert mention.created_at == datetime(2024, 9, 8, 19, 5, tzinfo=JKT)


def test_android_us_english_group_from_file_name() -> None:
    f, acts = load("WhatsApp Chat with Relawan Maju Bersama.txt")
    assert {a.group.name for a in acts if a.group} == {"Relawan Maju Bersama"}
    added = at_line(acts, 2)
    assert [(a.kind, a.actor) for a in added] == [
        (Kind.ADDED_TO_GROUP, AccountRef(handle=ASN)),
        (Kind.ADDED_TO_GROUP, AccountRef(name="Yusuf Hamdani")),
    ]
    assert added[0].initiated_by == AccountRef(name="Dedi Kurniawan")
    assert added[0].created_at == datetime(2024, 8, 28, 20, 0, tzinfo=JKT)  # 8:00 PM, month first
    assert one(acts, 3).kind is Kind.JOIN_GROUP and one(acts, 3).actor.name == "Siti Aminah"
    assert one(acts, 4).text.endswith(
        "besok kita kawal pendaftaran paslon di KPU\nKumpul jam 8 di simpang Bukit Sulap"
    )
    asn_msg = one(acts, 6)
    assert asn_msg.actor.handle == ASN
    assert asn_msg.created_at == datetime(2024, 9, 8, 10, 15, tzinfo=JKT)
    assert one(acts, 7).media[0].type == "omitted"
    assert one(acts, 8).deleted_at == datetime(2024, 9, 8, 12, 5, tzinfo=JKT)
    assert one(acts, 9).kind is Kind.LEAVE_GROUP
    by_you = one(acts, 10)
    assert by_you.kind is Kind.LEAVE_GROUP and by_you.actor.name == "Siti Aminah"
    assert by_you.initiated_by == AccountRef(id=f"wa-exporter:{f.sha256[:12]}")
    midnight = one(acts, 11)
    assert midnight.created_at == datetime(2024, 9, 9, 0, 30, tzinfo=JKT)  # 12:30 AM
    assert midnight.extra["edited"] is True and midnight.text.endswith("ambil formulir")


def test_ios_indonesian_marks_and_seconds() -> None:
    _, acts = load("ios_id/_chat.txt")
    assert {a.group.name for a in acts if a.group} == {"Relawan Fulan Linggau"}
    assert at_line(acts, 1) == []  # encryption notice, attributed to the group by iOS
    assert one(acts, 2).kind is Kind.JOIN_GROUP
    asn = one(acts, 4)
    assert asn.kind is Kind.ADDED_TO_GROUP and asn.actor == AccountRef(handle=ASN)
    assert asn.initiated_by == AccountRef(name="Hendra Saputra")
    assert asn.created_at == datetime(2024, 8, 28, 14, 5, 2, tzinfo=JKT)
    msg = one(acts, 5)
    assert msg.text == (
        "tolong rekan2 wartawan liput kegiatan pak Wabup ambil formulir\nSekalian foto2 untuk status ya"
    )
    assert "\r" not in msg.text
    img = one(acts, 7)
    assert img.media[0].type == "image" and img.media[0].path is None and img.text == ""
    assert one(acts, 8).deleted_at is not None and one(acts, 8).actor.handle == "+6281367542210"
    edited = one(acts, 9)
    assert edited.text == "Siap laksanakan" and edited.extra["edited"] is True
    assert edited.actor == AccountRef(handle=ASN)
    joko = one(acts, 10)
    assert joko.kind is Kind.JOIN_GROUP and joko.actor == AccountRef(name="Joko Susanto")
    assert one(acts, 11).media[0].path == "00000012-PHOTO-2024-08-28-15-20-40.jpg"
    assert one(acts, 12).kind is Kind.LEAVE_GROUP


def test_ios_us_english_group_from_notice() -> None:
    f, acts = load("ios_en/_chat.txt")
    # No creation line and no useful file name: iOS names the group as sender of the notice.
    assert {a.group.name for a in acts if a.group} == {"Relawan Fulan Linggau"}
    you = one(acts, 2)
    assert you.kind is Kind.ADDED_TO_GROUP and you.actor.id == f"wa-exporter:{f.sha256[:12]}"
    assert you.created_at == datetime(2024, 9, 8, 10, 15, 22, tzinfo=JKT)
    added = at_line(acts, 3)
    assert [a.actor for a in added] == [
        AccountRef(handle=ASN),
        AccountRef(name="Rina Marlina"),
        AccountRef(handle="+6281367542210"),
    ]
    assert one(acts, 4).text == "Good morning all\nPlease come to the posko at 1 PM"
    assert one(acts, 6).media[0].type == "image"
    assert one(acts, 7).deleted_at is not None
    edited = one(acts, 8)
    assert edited.text == "On my way" and edited.created_at == datetime(2024, 9, 8, 13, 5, 9, tzinfo=JKT)
    assert one(acts, 9).initiated_by == AccountRef(name="Hendra Saputra")
    assert one(acts, 10).created_at == datetime(2024, 9, 8, 23, 59, 59, tzinfo=JKT)


@pytest.mark.parametrize(
    "rel",
    ["android_id.txt", "WhatsApp Chat with Relawan Maju Bersama.txt", "ios_id/_chat.txt", "ios_en/_chat.txt"],
)
def test_ids_are_deterministic_unique_and_prefixed(rel: str) -> None:
    _, first = load(rel)
    _, again = load(rel)
    assert [a.id for a in first] == [a.id for a in again]
    assert len({a.id for a in first}) == len(first)
    assert all(a.id.startswith("wa-") for a in first)
    assert all(a.created_at.tzinfo is not None for a in first)
    assert not TelegramExport.sniff(InputFile.open(WA / rel))
    assert not Screenshot.sniff(InputFile.open(WA / rel))


def test_identical_messages_in_the_same_minute_get_distinct_ids(tmp_path: Path) -> None:
    text = "28/08/24 09.15 - Budi: ok\n28/08/24 09.15 - Budi: ok\n"
    a, b = parse_all(WhatsAppChat(), input_file(tmp_path, "c.txt", text))[0]
    assert a.id != b.id
    # The same message re-exported in a longer file keeps its id (first occurrence stays first).
    longer = "28/08/24 09.10 - Ani: halo\n" + text
    ids = [x.id for x in parse_all(WhatsAppChat(), input_file(tmp_path, "d.txt", longer))[0]]
    assert ids[1:] == [a.id, b.id]


def test_exporter_and_time_zone_are_configurable(tmp_path: Path) -> None:
    f = input_file(tmp_path, "c.txt", "28/08/24 09.00 - Budi menambahkan Anda\n")
    me = AccountRef(handle="+6281100001111", name="Pelapor")
    (a,), _ = parse_all(WhatsAppChat(tz=ZoneInfo("Asia/Makassar"), exporter=me), f)
    assert a.actor == me
    assert a.created_at == datetime(2024, 8, 28, 8, 0, tzinfo=JKT)  # 09.00 WITA is 08.00 WIB


def test_one_to_one_chat_has_no_group(tmp_path: Path) -> None:
    text = "28/08/24 07.00 - Budi Santoso: Pagi bu\n28/08/24 07.01 - Sri: Pagi pak\n"
    acts, _ = parse_all(WhatsAppChat(), input_file(tmp_path, "Chat WhatsApp dengan Budi Santoso.txt", text))
    assert [a.group for a in acts] == [None, None]


def test_impossible_date_is_rejected_and_the_rest_kept(tmp_path: Path) -> None:
    text = "28/08/24 09.00 - Budi: satu\n31/02/24 10.00 - Budi: dua\n28/08/24 11.00 - Budi: tiga\n"
    acts, rej = parse_all(WhatsAppChat(), input_file(tmp_path, "c.txt", text))
    assert [a.text for a in acts] == ["satu", "tiga"]
    assert [(r.line, r.field) for r in rej] == [(2, "timestamp")]


def test_text_before_the_first_message_is_reported(tmp_path: Path) -> None:
    text = "potongan pesan sebelumnya\n28/08/24 09.00 - Budi: satu\n"
    acts, rej = parse_all(WhatsAppChat(), input_file(tmp_path, "c.txt", text))
    assert [a.text for a in acts] == ["satu"] and rej[0].line == 1


def test_mixed_date_orders_are_fatal_and_name_both_lines(tmp_path: Path) -> None:
    text = "28/08/24 09.00 - Budi: a\n08/28/24 09.00 - Budi: b\n"
    with pytest.raises(InvalidInput, match="line 1 .* line 2"):
        parse_all(WhatsAppChat(), input_file(tmp_path, "c.txt", text))


# --- malformed files ----------------------------------------------------------------------------

ANDROID_TEXT = (WA / "android_id.txt").read_text(encoding="utf-8")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        detect(input_file(tmp_path, "kosong.txt", b""))


def test_utf16_export_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="UTF-16"):
        detect(input_file(tmp_path, "chat.txt", ANDROID_TEXT.encode("utf-16")))


def test_latin1_export_is_refused_naming_the_line(tmp_path: Path) -> None:
    text = "28/08/24 09.00 - Budi: satu\n28/08/24 09.01 - Budi: dua\n28/08/24 09.02 - Désa: tiga\n"
    f = input_file(tmp_path, "chat.txt", text.encode("latin-1"))
    assert detect(f) is WhatsAppChat  # the head still looks like WhatsApp…
    with pytest.raises(InvalidInput, match="line 3") as exc:  # …but the text is not UTF-8
        parse_all(WhatsAppChat(), f)
    assert exc.value.line == 3 and "Latin-1" in str(exc.value)


def test_random_binary_is_refused(tmp_path: Path) -> None:
    noise = bytes((i * 167 + 13) % 256 for i in range(4096))
    with pytest.raises(InvalidInput):
        detect(input_file(tmp_path, "x.bin", noise))


def test_text_without_any_message_line_is_not_whatsapp(tmp_path: Path) -> None:
    f = input_file(tmp_path, "notes.txt", "catatan rapat\n28 Agustus 2024\n")
    assert not WhatsAppChat.sniff(f)
    with pytest.raises(InvalidInput, match="no WhatsApp message line"):
        parse_all(WhatsAppChat(), f)


# --- line, system-line and date-order helpers ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("28/08/24 09.15 - Budi: x", (28, 8, 2024, 9, 15, 0, None)),
        ("28/08/2024 16.25 - Budi: x", (28, 8, 2024, 16, 25, 0, None)),
        ("8/28/24, 9:15 PM - Budi: x", (8, 28, 2024, 9, 15, 0, "PM")),
        ("28/08/2024, 9:15\u202fpm - Budi: x", (28, 8, 2024, 9, 15, 0, "pm")),
        ("\u200e[28/08/24 09.15.22] Budi: x", (28, 8, 2024, 9, 15, 22, None)),
        ("[8/28/24, 9:15:22\u202fAM] Budi: x", (8, 28, 2024, 9, 15, 22, "AM")),
        ("[28.08.24, 09:15:22] Budi: x", (28, 8, 2024, 9, 15, 22, None)),
    ],
)
def test_parse_line_fields(line: str, fields: tuple[object, ...]) -> None:
    parsed = parse_line(line)
    assert parsed is not None
    s = parsed.stamp
    assert (s.first, s.second, s.year, s.hour, s.minute, s.sec, s.meridiem) == fields
    assert split_sender(parsed.body) == ("Budi", "x")


def test_iso_dates_fix_their_own_order() -> None:
    parsed = parse_line("2024-08-28 09:15 - Budi: x")
    assert parsed is not None
    assert parsed.stamp.to_datetime(DateOrder.MDY) == datetime(2024, 8, 28, 9, 15, tzinfo=JKT)


@pytest.mark.parametrize(
    "line", ["Besok kumpul jam 7", "12/10 - 14/10 libur", "[catatan] rapat", "28/08/24 - Budi: tanpa jam", ""]
)
def test_continuation_lines_are_not_headers(line: str) -> None:
    assert parse_line(line) is None


def _stamp(
    first: int, second: int, meridiem: str | None = None, dotted: bool = False, padded: bool = False
) -> Stamp:
    return Stamp(
        first=first,
        second=second,
        year=2024,
        hour=9,
        minute=0,
        sec=0,
        meridiem=meridiem,
        dotted=dotted,
        padded=padded,
    )


@pytest.mark.parametrize(
    ("stamps", "order"),
    [
        ([_stamp(28, 8)], DateOrder.DMY),
        ([_stamp(8, 28, meridiem="AM")], DateOrder.MDY),
        ([_stamp(9, 8, dotted=True)], DateOrder.DMY),  # Indonesian "09.00"
        ([_stamp(9, 8, meridiem="AM")], DateOrder.MDY),  # US "9/8/24, 9:00 AM"
        ([_stamp(9, 8, meridiem="am", padded=True)], DateOrder.DMY),  # en-GB "09/08/2024, 9:00 am"
        ([_stamp(9, 8, meridiem="AM", padded=True)], DateOrder.DMY),
        ([_stamp(9, 8)], DateOrder.DMY),
        ([_stamp(9, 8, meridiem="PM"), _stamp(13, 8, meridiem="PM")], DateOrder.DMY),
    ],
)
def test_detect_date_order(stamps: list[Stamp], order: DateOrder) -> None:
    assert detect_date_order(enumerate(stamps, start=1)) is order


@pytest.mark.parametrize(
    ("text", "kind", "by", "who"),
    [
        ("Hendra menambahkan A, B dan C", "added", "Hendra", ("A", "B", "C")),
        ("Hendra added A, B, and C", "added", "Hendra", ("A", "B", "C")),
        ("Hendra added A and B", "added", "Hendra", ("A", "B")),
        ("Hendra menambahkan Dani Ramadan", "added", "Hendra", ("Dani Ramadan",)),
        ("A telah bergabung menggunakan tautan undangan grup ini", "joined", None, ("A",)),
        ("A joined using this group’s invite link", "joined", None, ("A",)),
        ("A keluar", "left", None, ("A",)),
        ("Anda mengeluarkan A", "removed", "Anda", ("A",)),
        ('Anda membuat grup "Relawan: Kota"', "created", "Anda", ()),
        ('Hendra mengubah subjek dari "X menambahkan Y" ke "Z"', "ignored", None, ()),
        ("Messages and calls are end-to-end encrypted. Tap to learn more.", "notice", None, ()),
    ],
)
def test_classify_system(text: str, kind: str, by: str | None, who: tuple[str, ...]) -> None:
    ev = classify_system(text)
    assert ev is not None and (ev.kind, ev.by, ev.who) == (kind, by, who)


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("Chat WhatsApp dengan Relawan Fulan.txt", "Relawan Fulan"),
        ("WhatsApp Chat with Relawan Fulan.txt", "Relawan Fulan"),
        ("WhatsApp Chat with Relawan Fulan (1).txt", "Relawan Fulan"),
        ("WhatsApp Chat - Relawan Fulan.zip", "Relawan Fulan"),
        ("_chat.txt", None),
    ],
)
def test_group_name_from_file(name: str, group: str | None) -> None:
    assert group_name_from_file(name) == group


# --- property: every style round-trips ----------------------------------------------------------


def _render(style: str, dt: datetime, sender: str, text: str) -> str:
    h12 = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if style == "android_id":
        return f"{dt:%d/%m/%y %H.%M} - {sender}: {text}"
    if style == "android_en":
        return f"{dt.month}/{dt.day}/{dt:%y}, {h12}:{dt:%M} {ap} - {sender}: {text}"
    if style == "ios_id":
        return f"\u200e[{dt:%d/%m/%y %H.%M.%S}] {sender}: {text}"
    return f"[{dt.month}/{dt.day}/{dt:%y}, {h12}:{dt:%M:%S}\u202f{ap}] {sender}: {text}"


_SENDERS = (
    st.text(alphabet=string.ascii_letters + string.digits + " +-.'~", min_size=1, max_size=25)
    .map(str.strip)
    .filter(lambda s: bool(s) and not s.startswith("~") and not s.startswith(" "))
)
_TEXTS = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\n\r"), max_size=60)


@given(
    dt=st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2099, 12, 30, 23, 59, 59)),
    sender=_SENDERS,
    text=_TEXTS,
    style=st.sampled_from(["android_id", "android_en", "ios_id", "ios_en"]),
)
def test_round_trip_every_style(dt: datetime, sender: str, text: str, style: str) -> None:
    line = _render(style, dt, sender, text)
    parsed = parse_line(line)
    assert parsed is not None
    assert split_sender(parsed.body) == (sender, text)
    order = detect_date_order([(1, parsed.stamp)])
    assert order is (DateOrder.MDY if style.endswith("_en") else DateOrder.DMY)
    expected = dt.replace(second=0) if style.startswith("android") else dt
    assert parsed.stamp.to_datetime(order) == expected.replace(microsecond=0, tzinfo=JKT)


@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "28/08/24 09.15 - Budi: x",
                    "[9/8/24, 1:05:09\u202fPM] A: \u200eA left",
                    "28/08/24 09.15 - A menambahkan B, C dan Anda",
                    "31/13/24 25.61 - ?: ?",
                ]
            ),
            _TEXTS,
        ),
        min_size=1,
        max_size=12,
    )
)
def test_parser_never_crashes(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    f = input_file(tmp_path_factory.mktemp("wa"), "c.txt", "\n".join(lines) or "x")
    try:
        acts, _ = parse_all(WhatsAppChat(), f)
    except InvalidInput:
        return
    assert all(a.created_at.tzinfo is not None and a.id.startswith("wa-") for a in acts)


def test_android_system_line_with_a_quoted_colon_is_not_a_message(tmp_path: Path) -> None:
    text = (
        "28/08/24 09.00 - Budi: halo\n"
        '28/08/24 09.01 - Budi mengubah subjek dari "Relawan: Kota" ke "Relawan Kota"\n'
    )
    acts, rej = parse_all(WhatsAppChat(), input_file(tmp_path, "c.txt", text))
    assert [a.text for a in acts] == ["halo"] and rej == []


def test_an_ios_export_folder_names_its_group(tmp_path: Path) -> None:
    """An unzipped iOS export keeps the chat's name in its folder ("WhatsApp Chat - X/_chat.txt"):
    with no creation line, and a notice that names nobody who speaks, the folder names the group."""
    folder = tmp_path / "WhatsApp Chat - Staf Kecamatan Baturaja"
    folder.mkdir()
    (folder / "_chat.txt").write_text(
        "[07/10/24 09.15.22] Kecamatan: \u200ePesan dan panggilan terenkripsi secara end-to-end.\n"
        "[07/10/24 09.16.00] +62 811-2851-0509: Rekan-rekan, rapat jam 10\n"
        "[07/10/24 09.17.00] Bu Rina: Siap pak\n",
        encoding="utf-8",
    )
    f = InputFile.open(folder / "_chat.txt")
    acts, _ = parse_all(WhatsAppChat(), f)
    assert acts and {a.group.name for a in acts if a.group} == {"Staf Kecamatan Baturaja"}
    # The ids are those the same export had before its folder named the group (a re-scan of a
    # store made then adds nothing twice).
    plain = tmp_path / "export"
    plain.mkdir()
    (plain / "_chat.txt").write_bytes((folder / "_chat.txt").read_bytes())
    before, _ = parse_all(WhatsAppChat(), InputFile.open(plain / "_chat.txt"))
    assert [a.id for a in acts] == [a.id for a in before] and all(a.group is None for a in before)


def test_an_ios_one_to_one_export_folder_is_no_group(tmp_path: Path) -> None:
    folder = tmp_path / "WhatsApp Chat - Bu Rina"
    folder.mkdir()
    (folder / "_chat.txt").write_text(
        "[07/10/24 09.15.22] Bu Rina: \u200ePesan dan panggilan terenkripsi secara end-to-end.\n"
        "[07/10/24 09.16.00] Bu Rina: Pak, besok rapat jam 10\n",
        encoding="utf-8",
    )
    acts, _ = parse_all(WhatsAppChat(), InputFile.open(folder / "_chat.txt"))
    assert acts and all(a.group is None for a in acts)


@pytest.mark.parametrize(
    ("line", "kind", "by", "who"),
    [
        ("Budi telah menambahkan Anda", "added", "Budi", ("Anda",)),
        ("Pak Camat telah mengeluarkan +62 812-3456-7890", "removed", "Pak Camat", ("+62 812-3456-7890",)),
        ("+62 811-2233-4455 bergabung dari komunitas", "joined", None, ("+62 811-2233-4455",)),
        ("Rina joined from the community", "joined", None, ("Rina",)),
    ],
)
def test_system_line_variants(line: str, kind: str, by: str | None, who: tuple[str, ...]) -> None:
    ev = classify_system(line)
    assert ev is not None and (ev.kind, ev.by, ev.who) == (kind, by, who)
