"""The screener's decision on the example world's elections: campaign, mention, neutral or none."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from factories import make_activity
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "judge"))

from world import world_elections  # noqa: E402

from jaganetral.model.activity import (  # noqa: E402
    AccountRef,
    GroupRef,
    Kind,
    Platform,
    Target,
)
from jaganetral.screen.gazetteer import Gazetteer, HitKind  # noqa: E402
from jaganetral.screen.screener import Screener, ScreenResult, Verdict  # noqa: E402
from jaganetral.screen.vocabulary import load_vocabulary  # noqa: E402

SCREENER = Screener(Gazetteer(world_elections(), load_vocabulary()))
CAMPAIGN, MENTION, NEUTRAL, NONE = Verdict.CAMPAIGN, Verdict.MENTION, Verdict.NEUTRAL, Verdict.NONE
#: Candidates with ballot number 2 in the example world (two Pilkada contests and the Pemilu).
NUMBER_TWO = {"llg-2", "pali-2", "pres-2"}


def screen(text: str) -> ScreenResult:
    return SCREENER.screen_text(text)


@pytest.mark.parametrize(
    "text,verdict,candidates",
    [
        # a candidate's full name with a call to vote
        ("Ayo dukung Rahmat Santoso Wijaya", CAMPAIGN, ("llg-1",)),
        ("coblos Bagaskara Adiwangsa", CAMPAIGN, ("pres-1",)),
        # the configured name carries honorifics and degrees; people write the bare name
        ("Rahmat Santoso Wijaya orang baik, pilih beliau", CAMPAIGN, ("llg-1",)),
        ("H. Rahmat Santoso Wijaya, S.E. hadir di pasar", MENTION, ("llg-1",)),
        ("Rahmat Santoso Wijaya hadir di pasar", MENTION, ("llg-1",)),
        ("Darmawan Saputra meresmikan jembatan", MENTION, ("pali-1",)),
        ("Yudhistira Permana meresmikan pasar", MENTION, ("llg-2",)),
        # the same written in leetspeak and slang
        ("Ay0 dkung R4hmat Santoso Wijaya yg t3rbaik", CAMPAIGN, ("llg-1",)),
        # weak aliases need a cue
        ("Ayo dukung RSW", CAMPAIGN, ("llg-1",)),
        ("Bakso Bang Rahmat buka, pilih menu spesial", CAMPAIGN, ("llg-1",)),
        # slogans and hashtags are support by themselves
        ("Linggau Maju Bersama", CAMPAIGN, ("llg-1",)),
        ("Nusantara Bangkit Bersama", CAMPAIGN, ("pres-1",)),
        ("#RahmatLestariMenang", CAMPAIGN, ("llg-1",)),
        ("mantap #YudhisFitriPastiMenang", CAMPAIGN, ("llg-2",)),
        # a strong alias or the running mate alone is a mention
        ("Bunda Rohani mantap", MENTION, ("pali-2",)),
        ("Larasati Kusumawardani berkunjung ke pasar", MENTION, ("pres-1",)),
        # neutral information naming candidates
        (
            "KPU Kota Lubuklinggau menetapkan Rahmat Santoso Wijaya dan Yudhistira Permana sebagai calon",
            NEUTRAL,
            ("llg-1", "llg-2"),
        ),
        (
            "KPU umumkan jadwal debat publik Rahmat Santoso Wijaya dan Yudhistira Permana",
            NEUTRAL,
            ("llg-1", "llg-2"),
        ),
        # everyday texts with cue words but nothing political
        ("pilih menu buka puasa", NONE, ()),
        ("dukung timnas", NONE, ()),
        ("ayo dukung timnas Indonesia", NONE, ()),
        ("Arisan keluarga besar hari ini", NONE, ()),
        ("", NONE, ()),
    ],
)
def test_verdict_and_candidates(text: str, verdict: Verdict, candidates: tuple[str, ...]) -> None:
    r = screen(text)
    assert r.verdict is verdict, r.reasons
    assert r.candidate_ids == candidates
    assert r.is_campaign is (verdict is CAMPAIGN)
    if verdict in (NONE, NEUTRAL):
        assert r.confidence == 0.0
    else:
        assert 0.0 < r.confidence <= 0.99


def test_campaign_reasons_name_the_candidate_and_the_call() -> None:
    r = screen("Ayo dukung Rahmat Santoso Wijaya")
    assert "menyebut nama calon 'rahmat santoso wijaya' (calon llg-1)" in r.reasons
    assert "ajakan kampanye 'dukung'" in r.reasons


def test_neutral_reason_lists_the_neutral_cues() -> None:
    r = screen("KPU umumkan jadwal debat publik Rahmat Santoso Wijaya dan Yudhistira Permana")
    assert any(x.startswith("konteks netral/informatif:") and "kpu" in x for x in r.reasons)


@pytest.mark.parametrize(
    "text,alias",
    [
        ("RSW", "RSW"),
        ("Makan siang di warung RSW, enak", "RSW"),
        ("Bakso Bang Rahmat buka", "Bang Rahmat"),
        ("Pak Bagas", "Pak Bagas"),
    ],
)
def test_weak_alias_alone_is_not_campaign_and_says_why(text: str, alias: str) -> None:
    r = screen(text)
    assert r.verdict is NONE
    assert r.confidence == 0.0
    assert r.instruction is None
    why = [x for x in r.reasons if f"alias '{alias}'" in x]
    assert why, r.reasons
    assert "tidak dianggap konten kampanye" in why[0]
    assert all(h.kind is HitKind.ALIAS_WEAK for h in r.hits)


@pytest.mark.parametrize(
    "text,number",
    [
        ("coblos nomor 2", 2),
        ("coblos no. 2", 2),
        ("Coblos nmr 2 ya", 2),
        ("coblos nomor dua", 2),
        ("✌", 2),
        ("Salam dua jari ✌", 2),
        ("pilih nomor 1", 1),
    ],
)
def test_ballot_number_call_is_campaign_for_every_candidate_with_that_number(text: str, number: int) -> None:
    r = screen(text)
    assert r.verdict is CAMPAIGN
    assert r.ballot_numbers == (number,)
    expected = {c.id for e in world_elections() for c in e.candidates() if c.ballot_number == number}
    assert set(r.candidate_ids) == expected
    if number == 2:
        assert expected == NUMBER_TWO
    assert any(h.kind is HitKind.BALLOT_CUE for h in r.hits)


def test_ballot_number_without_a_call_is_not_campaign() -> None:
    r = screen("Antrean nomor 2 di loket pelayanan")
    assert r.verdict is NONE
    assert r.ballot_numbers == (2,)


def test_instruction_to_journalists_to_cover_a_candidacy_event() -> None:
    r = screen("tolong rekan2 wartawan liput kegiatan pak Wabup Heri ambil formulir")
    assert r.verdict is CAMPAIGN
    assert r.candidate_ids == ("pali-1",)
    ins = r.instruction
    assert ins is not None
    assert ins.imperative == "tolong"
    assert ins.action == "liput"
    assert any("wartawan" in a.split() for a in ins.addressees), ins.addressees
    assert ins.mobilises_asn is False
    assert any("ambil formulir" in x for x in r.reasons)
    assert any(x.startswith("perintah kepada ") and "wartawan" in x for x in r.reasons)


def test_instruction_to_staff_mobilises_asn() -> None:
    r = screen("tolong rekan2 staf liput kegiatan pak Wabup Heri ambil formulir")
    assert r.verdict is CAMPAIGN
    assert r.candidate_ids == ("pali-1",)
    assert r.instruction is not None
    assert "staf" in r.instruction.addressees
    assert r.instruction.mobilises_asn is True


@pytest.mark.parametrize(
    "text",
    [
        "pilih menu buka puasa",
        "dukung timnas",
        "tolong rekan2 staf liput banjir di pasar",  # an order, but nobody political in it
    ],
)
def test_everyday_texts_name_no_candidate(text: str) -> None:
    r = screen(text)
    assert r.verdict is NONE
    assert r.candidate_ids == () and r.linked_candidate_ids == ()


# ---- activities: links to candidate accounts and group names ----------------------------------


@pytest.mark.parametrize(
    "handle",
    ["rahmatwijaya.official", "@RahmatWijaya.Official", "https://www.facebook.com/rahmatwijaya.official"],
)
def test_sharing_a_candidate_accounts_post_is_campaign_by_link(handle: str) -> None:
    a = make_activity(
        kind=Kind.SHARE,
        platform=Platform.FACEBOOK,
        text="",
        target=Target(id="p-1", author=AccountRef(handle=handle, name="Rahmat"), text="Selamat pagi"),
    )
    r = SCREENER.screen(a)
    assert r.verdict is CAMPAIGN
    assert r.linked_candidate_ids == ("llg-1",)
    assert r.candidate_ids == ("llg-1",)
    assert any("membagikan unggahan akun rahmatwijaya.official" in x for x in r.reasons), r.reasons


def test_following_a_candidate_account_is_campaign_by_link() -> None:
    a = make_activity(kind=Kind.FOLLOW, target=Target(author=AccountRef(handle="yudhistira.permana")))
    r = SCREENER.screen(a)
    assert r.verdict is CAMPAIGN
    assert r.linked_candidate_ids == ("llg-2",)
    assert any(x.startswith("mengikuti akun yudhistira.permana") for x in r.reasons)


def test_sharing_an_ordinary_accounts_post_is_not_linked() -> None:
    a = make_activity(
        kind=Kind.SHARE, target=Target(author=AccountRef(handle="warung.bakso"), text="Promo hari ini")
    )
    r = SCREENER.screen(a)
    assert r.verdict is NONE and r.linked_candidate_ids == ()


def test_being_tagged_together_with_a_candidate_account_is_not_a_link() -> None:
    mention = (AccountRef(handle="rahmatwijaya.official"),)
    tagged = SCREENER.screen(make_activity(kind=Kind.TAGGED, text="Foto bersama", mentions=mention))
    posted = SCREENER.screen(make_activity(kind=Kind.POST, text="Foto bersama", mentions=mention))
    assert tagged.linked_candidate_ids == () and tagged.verdict is NONE
    assert posted.linked_candidate_ids == ("llg-1",) and posted.verdict is CAMPAIGN


def test_group_name_is_screened() -> None:
    a = make_activity(
        kind=Kind.MESSAGE,
        platform=Platform.WHATSAPP,
        text="Siap, besok saya datang",
        group=GroupRef(id="g-1", name="Relawan Bang Rahmat"),
    )
    r = SCREENER.screen(a)
    assert r.verdict is CAMPAIGN
    assert r.candidate_ids == ("llg-1",)
    assert "ajakan kampanye 'relawan'" in r.reasons
    # The same words in an ordinary group are nothing.
    plain = make_activity(
        kind=Kind.MESSAGE,
        platform=Platform.WHATSAPP,
        text="Siap, besok saya datang",
        group=GroupRef(id="g-2", name="Alumni SMA 3"),
    )
    assert SCREENER.screen(plain).verdict is NONE


def test_target_text_and_media_are_screened() -> None:
    shared = make_activity(
        kind=Kind.SHARE,
        text="mantap",
        target=Target(
            id="p-9", author=AccountRef(handle="warga"), text="Coblos nomor 1 #RahmatLestariMenang"
        ),
    )
    assert SCREENER.screen(shared).verdict is CAMPAIGN


# ---- property: everyday words never make campaign content ------------------------------------

#: Non-political Indonesian words: no cue, no name, no number, no party abbreviation.
EVERYDAY = (
    "makan nasi goreng enak sekali hari ini cuaca cerah hujan sore jalan macet kucing rumah "
    "keluarga arisan resep kue kopi teh pagi malam sekolah anak belajar pasar ikan sayur murah "
    "libur panjang pantai gunung foto teman lama kangen mudik lebaran masak rendang sambal pedas "
    "olahraga lari sepeda sehat kantor rapat laporan selesai terima kasih semoga berkah"
).split()

#: Texts the screener calls NONE (everyday text, weak aliases without a cue).
NONE_TEXTS = (
    "",
    "pilih menu buka puasa",
    "RSW",
    "Makan siang di warung RSW, enak",
    "Bakso Bang Rahmat buka",
    "Pak Bagas",
    "Antrean nomor 2 di loket pelayanan",
    "Arisan keluarga besar hari ini",
)


def test_none_texts_are_none() -> None:
    for t in NONE_TEXTS:
        assert screen(t).verdict is NONE, t


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(NONE_TEXTS),
    st.lists(st.sampled_from(EVERYDAY), max_size=12),
    st.lists(st.sampled_from(EVERYDAY), max_size=12),
)
def test_everyday_words_never_turn_none_into_campaign(base: str, before: list[str], after: list[str]) -> None:
    text = " ".join([*before, base, *after])
    assert screen(text).verdict is not CAMPAIGN
