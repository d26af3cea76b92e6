"""The screen reads stance, not keywords: support, attack, neutral, news or unclear — and why.

Every case is on the example world's elections (catalogue/examples): Pilkada Lubuklinggau (llg-1
Rahmat Santoso Wijaya "Bang Rahmat"/"RSW", mate Lestari Anggraini; llg-2 Yudhistira Permana
"Yudhis"), Pilkada PALI (pali-1 Darmawan Saputra "Pak Darmawan", mate "Wabup Heri"; pali-2 Siti
Rohani Maulida "Bunda Rohani"; pali-3 an independent pair) and a Pemilu (pres-1 Bagaskara
Adiwangsa, pres-2 Tirtayasa Hadiningrat).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from factories import make_activity
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "judge"))

from world import world_elections  # noqa: E402

from jaganetral.model.activity import AccountRef, GroupRef, Kind, Media, Platform, Target  # noqa: E402
from jaganetral.screen.gazetteer import Gazetteer  # noqa: E402
from jaganetral.screen.screener import (  # noqa: E402
    GESTURE,
    PHOTO,
    Screener,
    ScreenResult,
    Stance,
    Verdict,
)
from jaganetral.screen.vocabulary import load_vocabulary  # noqa: E402

SCREENER = Screener(Gazetteer(world_elections(), load_vocabulary()))
SUPPORT, OPPOSE, NEUTRAL, NEWS, UNCLEAR, NONE = (
    Stance.SUPPORT,
    Stance.OPPOSE,
    Stance.NEUTRAL,
    Stance.NEWS,
    Stance.UNCLEAR,
    Stance.NONE,
)
JKT = ZoneInfo("Asia/Jakarta")
CAMPAIGN_DAY = datetime(2024, 10, 10, 9, 0, tzinfo=JKT)  # Pilkada campaign
BEFORE_ANY_STAGE = datetime(2024, 3, 10, 9, 0, tzinfo=JKT)  # after Pemilu voting, before Pilkada registration


def screen(text: str, when: datetime | None = CAMPAIGN_DAY) -> ScreenResult:
    return SCREENER.screen_text(text, when)


@pytest.mark.parametrize(
    "text,stance,candidates",
    [
        # a name with a call to vote or support
        ("Ayo dukung Rahmat Santoso Wijaya", SUPPORT, ("llg-1",)),
        ("coblos Bagaskara Adiwangsa", SUPPORT, ("pres-1",)),
        ("Rahmat Santoso Wijaya orang baik, pilih beliau", SUPPORT, ("llg-1",)),
        ("Ay0 dkung R4hmat Santoso Wijaya yg t3rbaik", SUPPORT, ("llg-1",)),
        # configured weak aliases count with a cue next to them
        ("Ayo dukung RSW", SUPPORT, ("llg-1",)),
        ("Sa dukung Bang Rahmat sampe menang!", SUPPORT, ("llg-1",)),
        # honorific + a candidate's first name in any regional form, with a cue
        ("Kang Yudhistira pasti menang", SUPPORT, ("llg-2",)),
        # the pair as people write it
        ("Rahmat-Lestari untuk Linggau!", SUPPORT, ("llg-1",)),
        # slogans and marked hashtags are support by themselves
        # a slogan alone may be the city's motto: for a person (see test_a_slogan_alone_…)
        ("Linggau Maju Bersama", UNCLEAR, ("llg-1",)),
        ("#RahmatLestariMenang", SUPPORT, ("llg-1",)),
        # regional languages: Javanese, Sundanese, Minang
        ("Ayo ndukung Yudhistira Permana, wis pasti", SUPPORT, ("llg-2",)),
        ("Coblos nomer siji, Bang Rahmat!", SUPPORT, ("llg-1",)),
        ("Hayu urang pilih nu nomer hiji, Bang Rahmat", SUPPORT, ("llg-1",)),
        ("Ambo dukuang Yudhistira Permana", SUPPORT, ("llg-2",)),
        # negative campaigning is partisan too
        ("Jangan pilih Rahmat Santoso Wijaya, janji palsu semua", OPPOSE, ("llg-1",)),
        ("Yudhistira Permana itu pembohong, mana buktinya?", OPPOSE, ("llg-2",)),
        # naming every contestant evenly informs
        ("KPU menetapkan Rahmat Santoso Wijaya dan Yudhistira Permana sebagai calon", NEUTRAL, ()),
        ("Jadwal debat: Rahmat Santoso Wijaya vs Yudhistira Permana, Sabtu malam", NEUTRAL, ()),
        # reminders and prohibitions recall a rule
        ("ASN wajib netral, jangan komentar di akun Yudhistira Permana", NEUTRAL, ()),
        # a negated support cue is not support
        ("Saya tidak mendukung Rahmat Santoso Wijaya", UNCLEAR, ("llg-1",)),
        # news
        ("Menurut Bawaslu, Rahmat Santoso Wijaya dilaporkan kampanye di sekolah", NEWS, ()),
        # a candidate named without a stance, in the election period: a person decides
        ("Rahmat Santoso Wijaya hadir di pasar pagi ini", UNCLEAR, ("llg-1",)),
        # everyday texts
        ("pilih menu buka puasa", NONE, ()),
        ("ayo dukung timnas Indonesia", NONE, ()),
        ("Bakso Bang Rahmat buka, pilih menu spesial", NONE, ()),
        ("Arisan keluarga besar hari ini", NONE, ()),
        ("", NONE, ()),
    ],
)
def test_stance_and_candidates(text: str, stance: Stance, candidates: tuple[str, ...]) -> None:
    r = screen(text)
    assert r.stance is stance, (text, r.reasons)
    if candidates:
        assert r.candidate_ids == candidates, r.reasons
    assert r.is_campaign is (stance in (SUPPORT, OPPOSE))
    if stance in (NONE, NEUTRAL, NEWS):
        assert r.confidence == 0.0
    else:
        assert 0.0 < r.confidence <= 0.99
    assert r.verdict is {SUPPORT: Verdict.CAMPAIGN, OPPOSE: Verdict.CAMPAIGN, UNCLEAR: Verdict.MENTION}.get(
        stance, Verdict.NEUTRAL if stance in (NEUTRAL, NEWS) else Verdict.NONE
    )


@pytest.mark.parametrize(
    "text",
    [
        "Semua paslon punya program bagus, pilih sesuai hati nurani",
        "ASN dilarang like dan share postingan Bang Rahmat",
        "Masa tenang. ASN wajib netral dan tidak memihak pasangan calon mana pun",
        "Debat semalam: Rahmat Santoso Wijaya dan Yudhistira Permana sama-sama bagus",
    ],
)
def test_neutral_texts_are_never_partisan(text: str) -> None:
    assert screen(text).stance in (NEUTRAL, NONE, NEWS)


@pytest.mark.parametrize(
    "text",
    [
        "Rahmat Santoso Wijaya dan Yudhistira Permana, keduanya calon yang baik",
        "Debat semalam: Rahmat Santoso Wijaya vs Yudhistira Permana, dua-duanya oke",
        "Nomor 1 dan nomor 2 sama-sama baik, pilih sesuai hati nurani",
    ],
)
def test_both_of_them_next_to_two_contestants_is_even(text: str) -> None:
    r = screen(text)
    assert r.stance in (NEUTRAL, NONE, NEWS), r.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Foto bareng Bang Rahmat, keduanya acungkan satu jari ☝️ #RahmatLestariMenang",
        "Terima kasih semuanya, ayo dukung Bang Rahmat jadi walikota!",
    ],
)
def test_both_of_them_beside_one_contestant_is_an_everyday_word(text: str) -> None:
    """The words "keduanya" (the two people in a photo), "semuanya" (everyone reading) do not name every
    contestant when the text names only one: the support stays support."""
    r = screen(text)
    assert r.stance is SUPPORT, r.reasons
    assert not any("secara setara" in x for x in r.reasons)


def test_reasons_name_the_cue_and_the_candidate_in_indonesian() -> None:
    r = screen("Ayo dukung Rahmat Santoso Wijaya")
    assert any("dukung" in x and "rahmat santoso wijaya" in x for x in r.reasons), r.reasons
    attack = screen("Jangan pilih Rahmat Santoso Wijaya, pembohong")
    assert any("merugikan" in x for x in attack.reasons), attack.reasons
    even = screen("KPU menetapkan Rahmat Santoso Wijaya dan Yudhistira Permana sebagai calon")
    assert any("secara setara" in x for x in even.reasons)


def test_a_bare_mention_outside_every_stage_is_nothing() -> None:
    """An incumbent named at work months before registration is doing their job."""
    assert screen("Rahmat Santoso Wijaya membuka festival kuliner", BEFORE_ANY_STAGE).stance in (
        NONE,
        NEUTRAL,
    )
    assert screen("Rahmat Santoso Wijaya membuka festival kuliner").stance is UNCLEAR
    # Explicit support counts at any time (a bakal calon is supported before designation).
    assert screen("Dukung Rahmat Santoso Wijaya!", BEFORE_ANY_STAGE).stance is SUPPORT


@pytest.mark.parametrize(
    "text",
    [
        "RSW",
        "Makan siang di warung RSW, enak",
        "Bakso Bang Rahmat buka",
        "Pak Bagas",
        "Yudhis",
    ],
)
def test_weak_alias_alone_is_not_campaign_and_says_why(text: str) -> None:
    r = screen(text)
    assert r.stance is NONE and r.confidence == 0.0 and r.instruction is None
    assert any("tidak dianggap konten kampanye" in x for x in r.reasons), r.reasons


# ---- ballot numbers and gestures: only with election context -------------------------------------


@pytest.mark.parametrize(
    "text,number",
    [
        ("coblos nomor 2", 2),
        ("coblos no. 2", 2),
        ("Coblos nmr 2 ya", 2),
        ("coblos nomor dua", 2),
        ("coblos 2️⃣", 2),
        ("Salam dua jari ✌ untuk Yudhistira Permana", 2),
    ],
)
def test_a_ballot_number_with_a_call_is_support(text: str, number: int) -> None:
    r = screen(text)
    assert r.stance is SUPPORT, r.reasons
    expected = {c.id for e in world_elections() for c in e.candidates() if c.ballot_number == number}
    assert set(r.candidate_ids) <= expected and r.candidate_ids


@pytest.mark.parametrize(
    "text",
    [
        "✌",
        "Wisuda adik tersayang ✌️✌️ bangga sekali",
        "Juara 2 lomba senam ✌️ tim kompak",
        "Foto kelas habis ujian, anak-anak pose dua jari ✌",
        "Antrean nomor 2 di loket pelayanan",
        "Ibu nomor 1 di hati",
    ],
)
def test_numbers_and_gestures_without_election_context_are_nothing(text: str) -> None:
    assert screen(text).stance is NONE


def test_all_three_finger_signs_together_are_not_for_anyone() -> None:
    r = screen("Salam satu jari ☝️, salam dua jari ✌️: yang penting Pilkada damai")
    assert r.stance is not SUPPORT


# ---- pair acronyms and hashtags ------------------------------------------------------------------


def test_a_hashtag_counts_as_written_with_its_hash() -> None:
    assert screen("#RahmatLestariMenang").stance is SUPPORT
    # The mate's first name alone, in an everyday sentence, names nobody.
    assert screen("Selamat menempuh hidup baru, semoga lestari selalu").stance is NONE


# ---- instructions ------------------------------------------------------------------------------------


def test_instruction_to_journalists_to_cover_a_candidacy_event() -> None:
    r = screen("tolong rekan2 wartawan liput kegiatan pak Wabup Heri ambil formulir")
    assert r.stance is SUPPORT and r.candidate_ids == ("pali-1",)
    ins = r.instruction
    assert ins is not None and ins.imperative == "tolong" and ins.action == "liput"
    assert any("wartawan" in a.split() for a in ins.addressees), ins.addressees
    assert ins.mobilises_asn is False


def test_instruction_to_staff_mobilises_asn() -> None:
    r = screen("tolong rekan2 staf liput kegiatan pak Wabup Heri ambil formulir")
    assert r.stance is SUPPORT and r.instruction is not None
    assert "staf" in r.instruction.addressees and r.instruction.mobilises_asn is True


def test_a_message_addressed_to_a_group_gives_an_order() -> None:
    r = screen("Staf kantor camat, Sabtu kumpul di lapangan, Bang Rahmat kampanye di sana")
    assert r.instruction is not None and r.instruction.action == "kumpul"
    # Without the comma of a vocative it is a slogan, not an order.
    assert screen("Nakes Linggau pilih Bang Rahmat").instruction is None
    # Replying to one's superior is not an order.
    assert screen("Siap Pak Camat, sudah saya sebar").instruction is None


@pytest.mark.parametrize(
    "text",
    ["pilih menu buka puasa", "dukung timnas", "tolong rekan2 staf liput banjir di pasar"],
)
def test_everyday_texts_name_no_candidate(text: str) -> None:
    r = screen(text)
    assert r.stance is NONE and r.candidate_ids == () and r.linked_candidate_ids == ()


# ---- activities: what the words act on -----------------------------------------------------------


def act(kind: Kind, text: str = "", **kw: object) -> ScreenResult:
    return SCREENER.screen(make_activity(kind=kind, text=text, created_at=CAMPAIGN_DAY, **kw))


CANDIDATE_POST = Target(
    id="p-1",
    author=AccountRef(handle="rahmatwijaya.official", name="Rahmat"),
    text="Terima kasih warga Linggau! Coblos nomor 1, Linggau Maju Bersama",
)


@pytest.mark.parametrize(
    "handle",
    ["rahmatwijaya.official", "@RahmatWijaya.Official", "https://www.facebook.com/rahmatwijaya.official"],
)
def test_sharing_a_candidate_accounts_post_is_support(handle: str) -> None:
    # the post's words are not in the export: the candidate's account is what was shared
    r = act(Kind.SHARE, target=Target(id="p-1", author=AccountRef(handle=handle)))
    assert r.stance is SUPPORT and r.linked_candidate_ids == ("llg-1",) and r.candidate_ids == ("llg-1",)
    assert any("membagikan unggahan akun" in x for x in r.reasons), r.reasons
    campaign = act(Kind.SHARE, target=replace(CANDIDATE_POST, author=AccountRef(handle=handle)))
    assert campaign.stance is SUPPORT


@pytest.mark.parametrize("kind", [Kind.SHARE, Kind.REACTION])
@pytest.mark.parametrize(
    "words",
    [
        "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin",
        "Duka mendalam untuk korban banjir. Tim kami turun membantu 🙏",
        "Marhaban ya Ramadhan",
    ],
)
def test_passing_on_a_candidates_post_that_campaigns_for_nobody_is_for_a_person(
    kind: Kind, words: str
) -> None:
    # condolences, relief, a greeting on the candidate's own account: sympathy or engagement?
    r = act(kind, target=Target(id="p-1", author=AccountRef(handle="rahmatwijaya.official"), text=words))
    assert r.stance is UNCLEAR and r.candidate_ids == ("llg-1",), r.reasons
    assert "isinya bukan kampanye" in r.reasons[0] and r.open_question


@pytest.mark.parametrize(
    "words",
    ["Kampanye hari pertama di Kalibobo", "Silaturahmi dengan tokoh adat di Agam", "Debat kedua tadi ☝️"],
)
def test_liking_a_candidates_own_campaign_work_is_support(words: str) -> None:
    # a visit, a debate, a campaign day: the campaign's own work, whoever it names
    r = act(
        Kind.REACTION, target=Target(id="p-1", author=AccountRef(handle="rahmatwijaya.official"), text=words)
    )
    assert r.stance is SUPPORT, r.reasons


def test_a_quote_that_questions_a_campaign_post_is_for_a_person() -> None:
    r = act(Kind.SHARE, "Anggarannya dari pos mana ya? Mohon dijelaskan di debat", target=CANDIDATE_POST)
    assert r.stance is UNCLEAR and "bertanya" in r.reasons[0]
    assert act(Kind.SHARE, "Mantap, setuju!", target=CANDIDATE_POST).stance is SUPPORT
    # mocking the promise is an attack, not a question
    mock = act(Kind.SHARE, "Drainase tuntas? Itu mustahil. Jangan percaya!", target=CANDIDATE_POST)
    assert mock.stance is not UNCLEAR


def test_liking_a_candidates_neutral_post_is_for_a_person() -> None:
    neutral = Target(id="p-2", author=AccountRef(handle="rahmatwijaya.official"), text="Selamat Hari Guru")
    assert act(Kind.REACTION, target=neutral).stance in (SUPPORT, UNCLEAR)
    kpu = Target(
        id="p-3",
        author=AccountRef(handle="rahmatwijaya.official"),
        text="KPU: debat Rahmat Santoso Wijaya dan Yudhistira Permana malam ini",
    )
    assert act(Kind.REACTION, target=kpu).stance is UNCLEAR


@pytest.mark.parametrize("reply", ["Setuju!", "Mantap 👍", "siap menangkan"])
def test_agreeing_under_a_campaign_post_is_support(reply: str) -> None:
    r = act(Kind.COMMENT, reply, target=CANDIDATE_POST)
    assert r.stance is SUPPORT, r.reasons
    assert r.candidate_ids == ("llg-1",)


def test_a_question_under_a_candidates_post_is_for_a_person() -> None:
    r = act(Kind.COMMENT, "Kapan jalan di kampung kami diperbaiki, Pak?", target=CANDIDATE_POST)
    assert r.stance is UNCLEAR and r.open_question


def test_a_neutral_wish_under_a_candidates_post_is_nothing() -> None:
    calm = Target(id="p-4", author=AccountRef(handle="rahmatwijaya.official"), text="Masa tenang, jaga damai")
    assert act(Kind.COMMENT, "Aamiin, semoga aman dan damai", target=calm).stance is NONE


def test_talk_under_someone_elses_campaign_post_is_not_engaging() -> None:
    rally = Target(
        id="p-5", author=AccountRef(handle="warga"), text="Kampanye Bang Rahmat besok, coblos nomor 1"
    )
    assert act(Kind.COMMENT, "Besok saya jaga IGD", target=rally).stance is NONE


def test_an_attack_under_a_post_about_one_candidate() -> None:
    news = Target(
        id="p-6", author=AccountRef(handle="berita"), text="Kampanye akbar Rahmat Santoso Wijaya di lapangan"
    )
    r = act(Kind.COMMENT, "Rugi Linggau kalau dia menang, janji palsu", target=news)
    assert r.stance is OPPOSE and r.candidate_ids == ("llg-1",)


def test_following_a_candidate_account_is_support() -> None:
    r = act(Kind.FOLLOW, target=Target(author=AccountRef(handle="yudhistira.permana")))
    assert r.stance is SUPPORT and r.linked_candidate_ids == ("llg-2",)
    assert any(x.startswith("mengikuti akun yudhistira.permana") for x in r.reasons)


def test_sharing_an_ordinary_accounts_post_is_not_linked() -> None:
    r = act(Kind.SHARE, target=Target(author=AccountRef(handle="warung.bakso"), text="Promo hari ini"))
    assert r.stance is NONE and r.linked_candidate_ids == ()


def test_being_tagged_together_with_a_candidate_account_is_not_a_link() -> None:
    mention = (AccountRef(handle="rahmatwijaya.official"),)
    tagged = act(Kind.TAGGED, "Foto bersama", mentions=mention)
    posted = act(Kind.POST, "Foto bersama", mentions=mention)
    assert tagged.linked_candidate_ids == () and tagged.stance is NONE
    assert posted.linked_candidate_ids == ("llg-1",)


@pytest.mark.parametrize("name", ["Relawan Bang Rahmat", "Sahabat Yudhistira", "Tim Pemenangan RSW"])
def test_a_group_named_for_a_candidate_is_a_campaign_group(name: str) -> None:
    joined = act(Kind.JOIN_GROUP, group=GroupRef(id="g", name=name))
    assert joined.stance is SUPPORT and joined.in_campaign_group, joined.reasons
    committed = act(
        Kind.MESSAGE, "Siap, besok saya datang", platform=Platform.WHATSAPP, group=GroupRef(id="g", name=name)
    )
    assert committed.stance is SUPPORT
    # Other talk there is not engagement by itself, nor the same words in an ordinary group.
    chat = act(
        Kind.MESSAGE, "Selamat pagi semua", platform=Platform.WHATSAPP, group=GroupRef(id="g", name=name)
    )
    assert chat.stance is NONE
    plain = act(Kind.MESSAGE, "Siap, besok saya datang", group=GroupRef(id="g2", name="Alumni SMA 3"))
    assert plain.stance is NONE


def test_photo_and_gesture_hints_come_from_what_the_post_shows() -> None:
    photo = act(
        Kind.POST,
        "Foto bareng Bang Rahmat di pasar, Linggau Maju Bersama!",
        media=(Media(type="image", path="a.jpg"),),
    )
    assert photo.stance is SUPPORT and PHOTO in photo.hints
    described = act(
        Kind.POST,
        "Siap menangkan ☝️",
        media=(
            Media(
                type="image",
                path="b.jpg",
                caption="ASN berseragam mengacungkan satu jari di depan baliho Bang Rahmat",
            ),
        ),
    )
    assert GESTURE in described.hints
    # An emoji in the caption is a cheer, not a photographed gesture.
    cheer = act(Kind.POST, "Bang Rahmat nomor 1 ☝️", media=(Media(type="image", path="c.jpg"),))
    assert GESTURE not in cheer.hints


def test_target_text_and_media_are_screened() -> None:
    shared = act(
        Kind.SHARE,
        "",
        target=Target(
            id="p-9", author=AccountRef(handle="warga"), text="Coblos nomor 1 #RahmatLestariMenang"
        ),
    )
    assert shared.stance is SUPPORT


# ---- property: everyday words never make campaign content ------------------------------------

#: Non-political Indonesian words: no cue, no name, no number, no party abbreviation.
EVERYDAY = (
    "makan nasi goreng enak sekali hari ini cuaca cerah hujan sore jalan macet kucing rumah "
    "keluarga arisan resep kue kopi teh pagi malam sekolah anak belajar pasar ikan sayur murah "
    "libur panjang pantai gunung foto teman lama kangen mudik lebaran masak rendang sambal pedas "
    "olahraga lari sepeda sehat kantor rapat laporan selesai terima kasih semoga berkah"
).split()

#: Texts the screener calls NONE (everyday text, weak aliases without a cue, context-free gestures).
NONE_TEXTS = (
    "",
    "pilih menu buka puasa",
    "RSW",
    "Makan siang di warung RSW, enak",
    "Bakso Bang Rahmat buka",
    "Pak Bagas",
    "Antrean nomor 2 di loket pelayanan",
    "Arisan keluarga besar hari ini",
    "Wisuda ✌️",
)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(NONE_TEXTS),
    st.lists(st.sampled_from(EVERYDAY), max_size=12),
    st.lists(st.sampled_from(EVERYDAY), max_size=12),
)
def test_everyday_words_never_turn_none_into_campaign(base: str, before: list[str], after: list[str]) -> None:
    text = " ".join([*before, base, *after])
    assert screen(text).stance not in (SUPPORT, OPPOSE)


@settings(max_examples=150, deadline=None)
@given(
    st.permutations(["Rahmat Santoso Wijaya", "Yudhistira Permana"]),
    st.sampled_from(["dan", "serta", ",", "vs"]),
)
def test_naming_every_contestant_evenly_is_never_support(names: list[str], joiner: str) -> None:
    text = f"Jadwal debat publik Pilkada Lubuklinggau: {names[0]} {joiner} {names[1]}"
    assert screen(text).stance not in (SUPPORT, OPPOSE)


@pytest.mark.parametrize(
    "text",
    [
        "Jangan sampai ada pegawai dinas yang ikut kampanye Bang Rahmat besok, bisa kena sanksi.",
        "Kami tidak hadir di deklarasi Pak Darmawan karena ASN harus netral.",
        "Bapak ibu jangan datang ke kampanye akbar Bunda Rohani di lapangan merdeka, kita ASN.",
    ],
)
def test_an_act_forbidden_or_denied_is_not_support(text: str) -> None:
    """Attending told not to happen, or said not to have happened, is no attendance."""
    assert screen(text).stance not in (SUPPORT, OPPOSE)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Jangan ragu, dukung Bang Rahmat!", SUPPORT),  # "don't hesitate": encouragement
        ("Jangan takut, pilih Pak Darmawan nomor 1.", SUPPORT),
        ("Jangan sampai Bang Rahmat jadi wali kota lagi, rekam jejaknya gelap.", OPPOSE),
        ("Besok jangan lupa datang ke kampanye akbar Bunda Rohani ya.", SUPPORT),
    ],
)
def test_jangan_that_encourages_or_attacks(text: str, stance: Stance) -> None:
    assert screen(text).stance is stance


RALLY = (
    "Ayo hadir di kampanye rapat umum paslon nomor urut 1 Bang Rahmat di Stadion Petanang, "
    "Sabtu pukul 09.00 WIB!"
)


@pytest.mark.parametrize(
    ("name", "handle"),
    [
        ("KPU Kota Lubuklinggau", "kpu.lubuklinggau"),
        ("Info Pemilu", "bawaslu_llg"),
        ("Panwaslu Kecamatan Timur", None),
    ],
)
def test_relaying_an_election_bodys_post_takes_no_side(name: str, handle: str | None) -> None:
    """The election body informs about a contestant's schedule; sharing or liking that is no support."""
    for kind in (Kind.SHARE, Kind.REACTION):
        r = act(kind, target=Target(id="k-1", author=AccountRef(handle=handle, name=name), text=RALLY))
        assert r.stance not in (SUPPORT, OPPOSE, UNCLEAR), (kind, r.reasons)
        assert any("penyelenggara pemilu" in x for x in r.context.reasons), r.context.reasons


def test_the_same_post_from_anyone_else_is_support() -> None:
    r = act(
        Kind.SHARE,
        target=Target(id="k-2", author=AccountRef(handle="relawan.llg", name="Relawan"), text=RALLY),
    )
    assert r.stance is SUPPORT


def test_own_words_on_an_election_bodys_post_still_count() -> None:
    kpu = AccountRef(handle="kpu.lubuklinggau", name="KPU Kota Lubuklinggau")
    r = act(Kind.SHARE, "Ayo semua dukung Bang Rahmat!", target=Target(id="k-3", author=kpu, text=RALLY))
    assert r.stance is SUPPORT


@pytest.mark.parametrize(
    "text",
    [
        "Besok pagi kumpul di kantor jam 7, kita berangkat bersama ke kampanye akbar Bang Rahmat.",
        "Hadiri kampanye rapat umum Pak Darmawan di lapangan kecamatan hari Sabtu.",
    ],
)
def test_going_to_a_campaign_event_is_attending(text: str) -> None:
    assert screen(text).stance is SUPPORT


def test_a_pledge_to_escort_a_candidate_is_support() -> None:
    assert screen("Siap mengawal Bang Rahmat sampai ditetapkan jadi calon wali kota 💪").stance is SUPPORT


@pytest.mark.parametrize(
    "text",
    [
        "Saya tidak mendukung siapa-siapa, ASN harus netral 😅",
        "Ambo indak mandukuang sia-sia, ASN harus netral",
    ],
)
def test_a_denial_beside_neutrality_under_campaign_talk_is_not_support(text: str) -> None:
    thread = SCREENER.reader.read("Kawan-kawan, coblos nomor 1 Bang Rahmat ya!")
    a = make_activity(
        kind=Kind.MESSAGE, text=text, created_at=CAMPAIGN_DAY, group=GroupRef(id="g-1", name="Alumni SMA 3")
    )
    assert SCREENER.screen(a, thread=thread, reply=True).stance not in (SUPPORT, OPPOSE)


@pytest.mark.parametrize(
    "reply",
    [
        "Tolong untag saya ya min, saya PNS tidak boleh ikut kampanye",
        "Saya tidak ikut kegiatan ini, kenapa saya ditandai?",
        "Maaf, saya tidak setuju ASN diajak ke acara begini",
    ],
)
def test_a_reply_that_denies_or_refuses_commits_to_nothing(reply: str) -> None:
    """Under a candidate's own campaign post, words of commitment that are denied or forbidden
    ("tidak ikut", "tidak boleh ikut") are no commitment: being tagged is not acting."""
    r = act(Kind.COMMENT, reply, target=CANDIDATE_POST)
    assert r.stance not in (SUPPORT, OPPOSE), r.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Bang Rahmat tidak pantas jadi wali kota, urus keluarga saja tidak becus.",
        "Gimana mau pilih Bunda Rohani, debat aja gelagapan 🤣",
        "Buat apa pilih Pak Darmawan lagi, jalan desa tetap rusak.",
    ],
)
def test_an_attack_is_not_read_as_support(text: str) -> None:
    assert screen(text).stance is OPPOSE


def test_support_after_an_attack_on_another_stays_support() -> None:
    assert screen("Ganti pemimpin, dukung Bang Rahmat nomor 1!").stance is SUPPORT


@pytest.mark.parametrize(
    "text",
    [
        "Dukung suami saya Bang Rahmat nomor 1 ya!",
        "Besok kita temani papi Rahmat kampanye di lapangan, doakan lancar 🙏",
    ],
)
def test_a_relative_of_a_candidate_goes_to_a_person(text: str) -> None:
    """A civil servant beside a spouse or parent who runs: unsettled law (SKB-E7), so review."""
    r = screen(text)
    assert r.stance is UNCLEAR, r.reasons
    assert any("keluarga" in x for x in r.reasons)


def test_a_slogan_of_everyday_words_needs_more_than_itself() -> None:
    """pres-1's slogan "Nusantara Bangkit Bersama" is also what anyone says on a national day."""
    assert screen("Nusantara bangkit bersama, selamat Hari Kebangkitan Nasional!").stance is NONE
    assert screen("Ayo dukung Nusantara Bangkit Bersama, coblos nomor 1!").stance is SUPPORT
    # a slogan with a word that is neither everyday nor a contest region's stays a slogan
    assert screen("Linggau Maju Bersama, coblos nomor 1!").stance is SUPPORT


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a region's motto or a saying that a candidate took as slogan, in everyday use
        ("Festival budaya Linggau Maju Bersama 2024 dimulai, tari kreasi bersama warga", NONE),
        ("Latihan pemadaman kebakaran pagi ini. Linggau Maju Bersama pantang mundur!", NONE),
        # alone, or with praise beside it: a person decides
        ("Linggau Maju Bersama!", UNCLEAR),
        ("Mantap, Linggau Maju Bersama 👍", UNCLEAR),
        # with the candidate, the number, election words or a campaign hashtag: support
        ("Linggau Maju Bersama bersama Bang Rahmat!", SUPPORT),
        ("Linggau Maju Bersama, nomor 1 pilihan kita di pilkada", SUPPORT),
    ],
)
def test_a_slogan_alone_is_not_yet_the_candidate(text: str, stance: Stance) -> None:
    """Slogans are made of mottos and sayings ("Isen Mulang", "Kota Beribu Senyum"): alone they
    name the candidate only with the election around them, and with praise only for a person."""
    r = screen(text)
    assert r.stance is stance, r.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Bang Rahmat cuma bisa ngomong, kerjanya nol.",
        "Bang Rahmat itu calon titipan pusat, bukan putra daerah.",
        "Ojo milih Bang Rahmat, wonge ora amanah.",
    ],
)
def test_more_ways_of_attacking_a_candidate(text: str) -> None:
    assert screen(text).stance is OPPOSE


def test_reporting_an_order_forwarded_is_doing_it() -> None:
    order = SCREENER.reader.read(
        "Bapak ibu guru, tolong bagikan video Bang Rahmat nomor 1 ke grup wali murid ya"
    )
    assert order.instruction is not None
    a = make_activity(
        kind=Kind.MESSAGE,
        text="Siap, sudah diteruskan pak",
        created_at=CAMPAIGN_DAY,
        group=GroupRef(id="g-2", name="Guru SD Lubuklinggau"),
    )
    r = SCREENER.screen(a, thread=order, reply=True)
    assert r.stance is SUPPORT and any("melaporkan sudah menyebarkan" in x for x in r.reasons)


@pytest.mark.parametrize(
    ("reply", "stance"), [("Oke noted", UNCLEAR), ("Siap", UNCLEAR), ("Setuju!", SUPPORT)]
)
def test_an_acknowledgment_under_campaign_content_goes_to_a_person(reply: str, stance: Stance) -> None:
    """'Oke noted' or 'siap' acknowledges receipt; 'setuju' agrees. Only agreement is support."""
    assert act(Kind.COMMENT, reply, target=CANDIDATE_POST).stance is stance


# ---- general lessons of heldout4 (false accusations become nothing, or a person's question) ----


@pytest.mark.parametrize(
    "text",
    [
        "Sudah nyoblos ☝️💜",  # the inked finger after voting
        "Sudah nyoblos, jari ungu ☝️ — ini jari telunjuk ya, bukan nomor 😂",
        "Timnas menang! Satu jari buat gol pertama ☝️⚽",  # winning a match is no election
        "Vote wisely guys. Kita yang ASN stay neutral ya ✌️",  # peace beside a reminder
    ],
)
def test_a_finger_is_not_a_ballot_number_without_a_call(text: str) -> None:
    assert screen(text).stance not in (SUPPORT, UNCLEAR), screen(text).reasons


def test_a_number_said_after_voting_still_names_it() -> None:
    assert screen("Sudah nyoblos nomor 1, Bang Rahmat pilihan kita ☝️").stance is SUPPORT


def test_a_sign_and_a_number_beside_a_reminder_go_to_a_person() -> None:
    assert screen("Ayo pilih nomor 2 ✌️, tapi tetap netral ya").stance is UNCLEAR


@pytest.mark.parametrize(
    "text",
    [
        "Pak Camat, mohon maaf tidak bisa hadir, saya ASN 🙏",  # an apology, not an order
        "Bapak ibu guru, mohon izin, saya tidak ikut kampanye Bang Rahmat",
    ],
)
def test_an_apology_or_a_refusal_is_no_order(text: str) -> None:
    r = SCREENER.reader.read(text)
    assert r.instruction is None, r


def test_an_order_is_still_an_order() -> None:
    r = SCREENER.reader.read("Staf, mohon hadir kampanye Bang Rahmat besok pagi")
    assert r.instruction is not None and r.instruction.action == "hadir"


def test_saying_one_did_not_take_part_is_no_attendance() -> None:
    r = screen("Bang Rahmat datang ke kelurahan, saya salam saja, tidak ikut kampanye 🙏")
    assert r.stance is not SUPPORT, r.reasons


@pytest.mark.parametrize(
    "reply",
    [
        "Pidato bagus, tapi saya ASN, no comment soal pilihan 🙏",
        "Aku cuma ngucap semangat kok, bukan kampanye 😅",
    ],
)
def test_warm_words_that_disown_campaigning_go_to_a_person(reply: str) -> None:
    r = act(Kind.COMMENT, reply, target=CANDIDATE_POST)
    assert r.stance is UNCLEAR, r.reasons
    assert r.open_question and "menyangkal" in r.open_question


@pytest.mark.parametrize(
    "text",
    [
        "Rekan ASN, ingat: like akun paslon termasuk pelanggaran, SKB 5 lembaga No. 2/2022 🙏",
        "Sesuai PP Nomor 94 Tahun 2021, jaga netralitas ya",
    ],
)
def test_a_regulation_number_is_no_ballot_number(text: str) -> None:
    r = screen(text)
    assert r.stance not in (SUPPORT, OPPOSE, UNCLEAR), r.reasons


def test_a_call_about_something_else_gives_a_finger_no_election() -> None:
    # "ayo" calls to the vaccine; the photo's two fingers count doses
    a = make_activity(
        text="Imunisasi kejar hari ini, ayo lengkapi 2 dosis 💉",
        created_at=CAMPAIGN_DAY,
        media=(Media(type="photo", caption="Petugas mengacungkan dua jari, tanda dua dosis vaksin"),),
    )
    assert SCREENER.screen(a).stance is NONE


def test_an_order_to_document_and_upload_is_an_order() -> None:
    r = SCREENER.reader.read(
        "Bapak ibu, besok Bang Rahmat kunjungan. Tolong didokumentasikan dan upload di FB ya"
    )
    assert r.instruction is not None and r.instruction.action in ("didokumentasikan", "upload")


def test_a_weak_name_makes_its_own_number_a_ballot_number() -> None:
    # "Bang Rahmat" alone is a nickname anyone may carry; with his ballot number and a vote verb
    # in the period, both point at him
    assert (
        screen("Bang Rahmat dulu yang bantu sekolah kami. Insya Allah kite pilih nomor 1 😊").stance
        is SUPPORT
    )
    # a queue number beside the name is no call
    assert screen("Antri nomor 1 di puskesmas, Bang Rahmat ramah sekali").stance is not SUPPORT


def test_the_final_candidate_list_is_election_context() -> None:
    r = screen("Alhamdulillah Bang Rahmat masuk DCT 🔥")
    assert "election" in r.own.cues and r.stance is not NONE
