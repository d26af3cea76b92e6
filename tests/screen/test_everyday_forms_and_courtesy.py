"""Forms of a candidate that are everyday words, numbers that are counts, peace signs, and warm
words under a candidate's own post that campaigns for nobody (the sixth workspace's lessons).

An election written here, in the contract's format: Kota Tarakan (trk-1 "Yusuf", tag
#TarakanHebat — the city's words; trk-2 "Bang Ali", initials "ADA", tag #AliDewi2024) and the
example world's Lubuklinggau for the number and call readings.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from factories import make_activity

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "judge"))

from world import world_elections  # noqa: E402

from jaganetral.model.activity import AccountRef, Kind, Target  # noqa: E402
from jaganetral.model.election import load_election  # noqa: E402
from jaganetral.screen.gazetteer import Gazetteer  # noqa: E402
from jaganetral.screen.screener import Screener, ScreenResult, Stance  # noqa: E402
from jaganetral.screen.vocabulary import load_vocabulary  # noqa: E402

WITA = ZoneInfo("Asia/Makassar")
CAMPAIGN_DAY = datetime(2024, 10, 10, 9, 0, tzinfo=WITA)
QUIET_DAY = datetime(2024, 11, 25, 20, 0, tzinfo=WITA)

TARAKAN = """
election: {id: pilkada-2024, name: Pemilihan Serentak 2024, voting_day: 2024-11-27}
stages:
  - {name: pendaftaran, start: 2024-08-27, end: 2024-08-29}
  - {name: penetapan_calon, start: 2024-09-22, end: 2024-09-22}
  - {name: kampanye, start: 2024-09-25, end: 2024-11-23}
  - {name: masa_tenang, start: 2024-11-24, end: 2024-11-26}
  - {name: pemungutan_suara, start: 2024-11-27, end: 2024-11-27}
parties:
  - {abbr: PAN, name: Partai Amanat Nasional}
  - {abbr: PKB, name: Partai Kebangkitan Bangsa}
contests:
  - id: tarakan-walikota
    office: walikota
    region: Kota Tarakan
    candidates:
      - id: trk-1
        name: H. Muhammad Yusuf Rahman
        aliases: [Pak Yusuf Rahman]
        running_mate: {name: Siti Aminah, aliases: []}
        ballot_number: 1
        parties: [PAN]
        slogans: ["Tarakan Hebat"]
        hashtags: ["#TarakanHebat"]
        accounts: [{platform: facebook, handle: yusufrahman.tarakan}]
      - id: trk-2
        name: Ali Darmawan Effendi
        aliases: [Bang Ali, ADA]
        running_mate: {name: Dewi Lestari, aliases: []}
        ballot_number: 2
        parties: [PKB]
        slogans: []
        hashtags: ["#AliDewi2024"]
        accounts: [{platform: facebook, handle: ali.darmawan}]
"""


@pytest.fixture(scope="module")
def tarakan(tmp_path_factory: pytest.TempPathFactory) -> Screener:
    p = tmp_path_factory.mktemp("el") / "election.yaml"
    p.write_text(TARAKAN, encoding="utf-8")
    return Screener(Gazetteer([load_election(p)], load_vocabulary()))


WORLD = Screener(Gazetteer(world_elections(), load_vocabulary()))


def text(s: Screener, t: str, when: datetime = CAMPAIGN_DAY) -> ScreenResult:
    return s.screen_text(t, when)


def test_a_tag_of_the_citys_own_words_is_no_campaign_by_itself(tarakan: Screener) -> None:
    r = text(tarakan, "Lomba video HUT Kota Tarakan, bubuhan Dinkes kompak 🕺 #TarakanHebat #HUTTarakan")
    assert r.stance is Stance.NONE, r.reasons
    assert any("kata sehari-hari" in x for x in r.own.reasons)
    # with the candidate otherwise in view, the same tag is his campaign's
    r = text(tarakan, "Pak Yusuf Rahman nomor 1, lanjutkan! #TarakanHebat")
    assert r.stance is Stance.SUPPORT and "trk-1" in r.candidate_ids
    # a tag of the candidates' names stays a campaign tag on its own
    assert text(tarakan, "#AliDewi2024").stance is Stance.SUPPORT


def test_initials_that_spell_a_word_count_only_in_capitals(tarakan: Screener) -> None:
    r = text(tarakan, "Pas bagi sembako ada yang nanya pilih siapa. Sy jawab: pilih sesuai hati 🙏")
    assert r.stance not in (Stance.SUPPORT, Stance.OPPOSE), r.reasons
    assert text(tarakan, "Nda ada yang bisa halangi, ADA pasti menang 💚").stance is Stance.SUPPORT


def test_a_count_of_times_is_no_ballot_number() -> None:
    r = text(WORLD, "Buat pemilih pemula: bawa KTP ke TPS, coblos satu kali di foto paslon pilihanmu 🙏")
    assert r.stance is not Stance.SUPPORT, r.reasons
    assert text(WORLD, "Jangan lupa besok coblos satu ya, Bang Rahmat 💪").stance is Stance.SUPPORT


def test_the_v_sign_beside_peace_is_the_peace_sign() -> None:
    voting_day = datetime(2024, 11, 27, 8, 0, tzinfo=WITA)
    r = text(WORLD, "TPS 05 sudah buka, ayo ke TPS. Salam damai ✌️", voting_day)
    assert r.stance is not Stance.SUPPORT, r.reasons
    assert text(WORLD, "Ayo ke TPS, pilih nomor 2 ✌️", voting_day).stance is Stance.SUPPORT


def test_a_speaker_next_to_a_number_not_three_words_on() -> None:
    r = text(WORLD, "Kemarin paslon 2 kunjungan ke puskesmas. Kami layani seperti warga lain, SOP jalan.")
    assert r.stance is not Stance.SUPPORT, r.reasons
    assert text(WORLD, "Kami nomor 2, Kak Yudhis!").stance is Stance.SUPPORT


def test_a_call_or_a_vote_verb_around_a_ballot_number_in_the_election() -> None:
    # the quiet period is the calendar's own word; a call just before the number is a vote call
    assert (
        text(WORLD, "Masa tenang tapi jang lupa tanggal 27, nomor 1 e 🤫", QUIET_DAY).stance is Stance.SUPPORT
    )
    # a vote imperative after the named candidate's number
    assert (
        text(WORLD, "Bang Rahmat caleg PAN nomor 1 Lubuklinggau, guru ngaji kami. Coblos ya 🙏").stance
        is Stance.SUPPORT
    )
    # the election body's how-to naming both pairs stays even, "coblos satu kali" after it or not
    r = text(WORLD, "Infografis KPU: paslon 1 Bang Rahmat dan paslon 2 Kak Yudhis. Coblos satu kali ya.")
    assert r.stance is Stance.NEUTRAL, r.reasons


def test_a_slogan_with_election_words_needs_a_stance_too() -> None:
    r = text(
        WORLD, "Masa tenang: kelurahan ajak warga tolak politik uang. Linggau Maju Bersama! 🤝", QUIET_DAY
    )
    assert r.stance is not Stance.SUPPORT, r.reasons
    assert text(WORLD, "Pilkada 27 November, ayo coblos! Linggau Maju Bersama").stance is Stance.SUPPORT


def test_campaign_work_ties_a_configured_nickname_to_its_candidate() -> None:
    r = text(WORLD, "Anak-anak, sore nanti bantu pasang baliho Bang Rahmat di simpang. Pake mobil kantor")
    assert r.stance is not Stance.NONE and "llg-1" in r.candidate_ids, r.reasons


def _comment(
    own: str, parent: str, handle: str = "rahmatwijaya.official", s: Screener = WORLD
) -> ScreenResult:
    post = Target(id="p-9", author=AccountRef(handle=handle, name="akun calon"), text=parent)
    return s.screen(make_activity(kind=Kind.COMMENT, text=own, target=post, created_at=CAMPAIGN_DAY))


@pytest.mark.parametrize(
    "own",
    ["Amin, Tuhan berkati kaka dan keluarga 🙏", "Puji Tuhan kaka, tetap semangat 🙏"],
)
def test_warm_words_under_a_candidates_post_that_campaigns_for_nobody_go_to_a_person(own: str) -> None:
    r = _comment(own, "Ibadah syukur bersama keluarga besar hari ini. Tuhan memberkati 🙏")
    assert r.stance is Stance.UNCLEAR, r.reasons
    assert r.open_question and "bukan kampanye" in r.open_question
    # under the same account's campaign post, "amin" agrees with the call: support; a wish
    # alone ("tetap semangat") is still courtesy or support, for a person
    r = _comment(own, "Coblos nomor 1, Linggau Maju Bersama!")
    if own.startswith("Amin"):
        assert r.stance is Stance.SUPPORT, r.reasons
    else:
        assert r.stance is Stance.UNCLEAR and r.open_question and "semoga sukses" in r.open_question


def test_own_support_under_a_candidates_everyday_post_is_still_support() -> None:
    r = _comment("Kami di kantor siap menangkan nomor 1 💪", "Terima kasih warga yang datang hari ini 🙏")
    assert r.stance is Stance.SUPPORT, r.reasons


def test_a_question_under_a_campaign_post_is_no_commitment() -> None:
    r = _comment("Bang, kapan datang ke sekolah kami? Anak-anak mau tanya beasiswa", "Coblos nomor 1!")
    assert r.stance is Stance.UNCLEAR, r.reasons


def test_an_empty_blank_is_no_empty_promise() -> None:
    r = _comment("Bang, KTP-el warga masih banyak belum jadi, blanko kosong 🙏", "Coblos nomor 1!")
    assert r.stance is not Stance.OPPOSE, r.reasons
    assert text(WORLD, "Janji kosong Kak Yudhis, jangan pilih!").stance is Stance.OPPOSE


def test_an_everyday_tag_and_the_same_words_as_slogan_do_not_confirm_each_other(tarakan: Screener) -> None:
    r = text(tarakan, "#TarakanHebat itu doa kita semua, bukan punya satu paslon. Pilkada aman 🙏")
    assert r.stance is not Stance.SUPPORT, r.reasons
    # a nickname of the candidate in the election's words does tie the tag to him
    r = text(tarakan, "Bersama Pak Yusuf Rahman, jangan lupa 27 November 😉 #TarakanHebat")
    assert r.stance is Stance.SUPPORT and "trk-1" in r.candidate_ids, r.reasons


@pytest.mark.parametrize(
    "tagger,stance",
    [("yusufrahman.tarakan", Stance.SUPPORT), ("warga.biasa", Stance.NONE)],
)
def test_tagged_by_the_candidates_own_account_ties_an_everyday_tag(
    tarakan: Screener, tagger: str, stance: Stance
) -> None:
    a = make_activity(
        kind=Kind.TAGGED,
        text="Diskusi pendidikan bersama guru-guru. #TarakanHebat",
        created_at=CAMPAIGN_DAY,
        initiated_by=AccountRef(handle=tagger, name="akun"),
    )
    assert tarakan.screen(a).stance is stance


def test_madurese_numbers_and_vote_verb_and_any_dont_hesitate() -> None:
    # "pèlè" is Madurese "pilih", "duwâ'" two; "sèttong kalè" is once, not number one
    assert text(WORLD, "Pelè Kak Yudhis nomer duwâ', tretan!").stance is Stance.SUPPORT
    r = text(
        WORLD, "Kaangghuy rèng sepuh: nyoblos cokop sèttong kalè, lamon dhuwâ' kalè surat suara ta' sah 🙏"
    )
    assert r.stance is not Stance.SUPPORT, r.reasons
    # "sing/ora/kada usah ragu" before the number of a candidate the text names
    assert text(WORLD, "Aku melu Kak Yudhis. Sing usah ragu, nomer loro!").stance is Stance.SUPPORT


def test_dont_choose_wrongly_is_a_call_not_a_ban_on_what_follows() -> None:
    assert (
        text(WORLD, "5 taun bukti nyata. Ojo nganti salah pilih, lanjutkan Bang Rahmat!").stance
        is Stance.SUPPORT
    )
    r = text(WORLD, "Jangan salah pilih, cek rekam jejak semua calon sebelum ke TPS")
    assert r.stance not in (Stance.SUPPORT, Stance.OPPOSE), r.reasons


def test_the_candidates_own_number_cheered_under_their_post_is_support() -> None:
    assert _comment("Pokoknya nomor satu!", "Terima kasih warga Linggau 🙏").stance is Stance.SUPPORT
    # a sentence about a queue number is no cheer; another candidate's number is not theirs
    r = _comment(
        "Nomor 1 tu nomor antrian sayo di bengkel tadi pagi bang 😂", "Terima kasih warga Linggau 🙏"
    )
    assert r.stance is not Stance.SUPPORT, r.reasons
    r = _comment("Pokoknya nomor dua!", "Terima kasih warga Linggau 🙏")
    assert not (r.stance is Stance.SUPPORT and "llg-1" in r.candidate_ids), r.reasons
