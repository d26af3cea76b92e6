"""A win supposed, a name denied, a group left, an order written with hyphens, the voting day
recalled by its date, and an everyday acronym that names nobody (the eighth workspace's lessons),
on the example world's Lubuklinggau (llg-1 "Bang Rahmat", number 1; voting day 27 November 2024).
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

from jaganetral.model.activity import AccountRef, GroupRef, Kind, Platform, Target  # noqa: E402
from jaganetral.model.election import load_election  # noqa: E402
from jaganetral.screen.gazetteer import Gazetteer  # noqa: E402
from jaganetral.screen.screener import Screener, ScreenResult, Stance  # noqa: E402
from jaganetral.screen.vocabulary import load_vocabulary  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
CAMPAIGN_DAY = datetime(2024, 10, 10, 19, 0, tzinfo=WIB)
WORLD = Screener(Gazetteer(world_elections(), load_vocabulary()))


def post(text: str) -> ScreenResult:
    return WORLD.screen(make_activity(kind=Kind.POST, text=text, created_at=CAMPAIGN_DAY))


def chat(text: str, group: str = "Staf Kelurahan Marga Mulya") -> ScreenResult:
    a = make_activity(
        platform=Platform.WHATSAPP,
        kind=Kind.MESSAGE,
        text=text,
        group=GroupRef(id=group, name=group),
        created_at=CAMPAIGN_DAY,
    )
    return WORLD.screen(a)


def _under_post_of(candidate_post: str, own: str) -> ScreenResult:
    """A comment on the candidate's own account, under a post of theirs."""
    parent = Target(
        id="p-7", author=AccountRef(handle="rahmatwijaya.official", name="akun calon"), text=candidate_post
    )
    return WORLD.screen(make_activity(kind=Kind.COMMENT, text=own, target=parent, created_at=CAMPAIGN_DAY))


def on_candidate_post(own: str) -> ScreenResult:
    """A comment on the candidate's own account, under a post of thanks."""
    return _under_post_of("Terima kasih warga Taba atas sambutannya hari ini 🙏", own)


def test_a_win_supposed_is_for_a_person_unless_it_calls_for_the_vote() -> None:
    r = post("Kalo Rahmat Santoso Wijaya menang, guru honor pasti diangkat 😉")
    assert r.stance is Stance.UNCLEAR and r.open_question, r.reasons
    assert any("pengandaian" in x for x in r.reasons)
    # a call, a number or the campaign's own tag beside it is support
    assert post("Kalau Bang Rahmat menang, guru sejahtera. Coblos nomor 1!").stance is Stance.SUPPORT


@pytest.mark.parametrize(
    "text",
    [
        "Saya Rahmat, guru SD. Bukan Bang Rahmat calon wali kota ya, banyak yang salah kira 😄",
        "Tiang dudu Bang Rahmat calon wali kota nggih 😄",
        # the writer's own name, a "nggih" beside the candidate's, an occupation: still who they are not
        "Bukan Bang Rahmat calon nggih, tiang Rahmat Hidayat guru SD 😄",
        "Banyak yang mention saya soal pilkada. Saya Rahmat guru SMP, bukan Bang Rahmat 🙏",
        "Rahmat itu nama banyak di sini. Aku perawat, bukan Bang Rahmat calon wali kota 😄",
    ],
)
def test_saying_one_is_not_the_candidate_names_nobody_to_vote_for(text: str) -> None:
    assert post(text).stance not in (Stance.SUPPORT, Stance.UNCLEAR), post(text).reasons


def test_saying_not_this_candidate_without_speaking_of_oneself_is_still_an_attack() -> None:
    r = WORLD.reader.read("Lubuklinggau butuh pemimpin baru, bukan Bang Rahmat")
    assert r.stance is Stance.OPPOSE and r.opposes == ("llg-1",), r.reasons
    # a call to vote is not a call for the one it turns away from
    r = WORLD.reader.read("Pilih yang jujur, bukan Rahmat Santoso Wijaya")
    assert r.stance is Stance.OPPOSE and r.opposes == ("llg-1",) and not r.supports, r.reasons
    assert not WORLD.reader.read("Pilih yang jujur, bukan Bang Rahmat").supports


@pytest.mark.parametrize(
    "text",
    [
        "Lon hana ikut kampanye Bang Rahmat, lon ban woe dari blang 🙏",  # Acehnese
        "Maaf, aku guru PNS. Tae' bisa ikut kampanye Bang Rahmat 🙏",  # Toraja
        "Tiang ndeq milu kampanye Bang Rahmat, tiang PNS 🙏",  # Sasak
    ],
)
def test_not_taking_part_said_in_a_regional_language_is_no_support(text: str) -> None:
    assert post(text).stance is not Stance.SUPPORT, post(text).reasons


def test_a_namesake_joking_in_kupang_malay_under_a_campaign_post_is_no_support() -> None:
    parent = Target(id="p-1", author=AccountRef(handle="rahmatwijaya.official"), text="Coblos nomor 1!")
    a = make_activity(
        kind=Kind.COMMENT,
        text="Bang Rahmat nama sama deng beta, mar beta sonde ikut politik e 😂",
        target=parent,
        created_at=CAMPAIGN_DAY,
    )
    assert WORLD.screen(a).stance is not Stance.SUPPORT


def test_saying_goodbye_to_a_volunteers_group_is_nothing() -> None:
    assert chat("Ampura, tiang keluar nggih 🙏", group="Relawan Bang Rahmat").stance is Stance.NONE
    # a bare greeting there is still for a person
    assert chat("Nggih", group="Relawan Bang Rahmat").stance is Stance.UNCLEAR


def test_an_order_written_with_hyphens_is_an_order() -> None:
    r = chat("Rek, postingane Bang Rahmat nang FB tolong di-like lan di-share kabeh 👍")
    assert r.stance is Stance.SUPPORT and r.instruction is not None, r.reasons
    assert r.instruction.action == "like"


def test_the_voting_day_recalled_by_its_date_ties_a_nickname_to_the_election() -> None:
    r = chat("Bantuan bibit dibagi minggu ini, bilang dari Bang Rahmat, supaya diingat tanggal 27 😉")
    assert r.stance is not Stance.NONE, r.reasons
    # a meeting on the 27th is no reminder of the vote
    assert chat("Rapat tanggal 27 di aula kelurahan, Bang Rahmat ikut").stance is Stance.NONE


DAYA = """
election: {id: pemilu-2024, name: Pemilu 2024, voting_day: 2024-02-14}
stages:
  - {name: penetapan_calon, start: 2023-11-13, end: 2023-11-13}
  - {name: kampanye, start: 2023-11-28, end: 2024-02-10}
  - {name: pemungutan_suara, start: 2024-02-14, end: 2024-02-14}
parties: []
contests:
  - id: presiden
    office: presiden
    region: Indonesia
    candidates:
      - id: pres-2
        name: Prof. Darmawan Kusuma
        aliases: [DAYA]
        running_mate: {name: Yanti Lestari, aliases: []}
        ballot_number: 2
        parties: []
        slogans: ["Indonesia Berdaya"]
        hashtags: ["#DAYA02", "#IndonesiaBerdaya"]
        accounts: []
"""


def test_an_everyday_acronym_written_small_does_not_confirm_an_everyday_tag(tmp_path: Path) -> None:
    p = tmp_path / "election.yaml"
    p.write_text(DAYA, encoding="utf-8")
    s = Screener(Gazetteer([load_election(p)], load_vocabulary()))
    when = datetime(2024, 1, 10, 9, 0, tzinfo=WIB)
    clinic = "Daya tahan tubuh kuat, keluarga berdaya! Imunisasi lengkap ya 💉 #IndonesiaBerdaya"
    assert s.screen(make_activity(kind=Kind.POST, text=clinic, created_at=when)).stance is Stance.NONE
    # written as the campaign writes it, with a call, it is the pair
    rally = "Ayo dukung DAYA! #IndonesiaBerdaya"
    assert s.screen(make_activity(kind=Kind.POST, text=rally, created_at=when)).stance is Stance.SUPPORT


# ---- the ninth workspace's lessons ----------------------------------------------------------------


def comment_under(own: str, parent: str) -> ScreenResult:
    post_ = Target(id="p-2", author=AccountRef(handle="rahmatwijaya.official"), text=parent)
    return WORLD.screen(make_activity(kind=Kind.COMMENT, text=own, target=post_, created_at=CAMPAIGN_DAY))


def test_thanks_for_a_visit_is_courtesy_for_a_person_not_attendance() -> None:
    r = comment_under(
        "Terima kasih Bang Rahmat sudah datang menjenguk pasien 🙏", "Kunjungan ke RSUD. Coblos 1!"
    )
    assert r.stance is Stance.UNCLEAR and "attend" not in r.own.cues, r.reasons
    r = comment_under("Terima kasih Bang Rahmat, sukses selalu 🙏", "Kampanye dialogis. Coblos nomor 1!")
    assert r.stance is Stance.UNCLEAR and r.open_question, r.reasons
    # thanks with a call is support
    assert (
        comment_under("Terima kasih Bang Rahmat, coblos nomor 1!", "Kampanye hari ini").stance
        is Stance.SUPPORT
    )


def test_a_request_to_whoever_wins_and_a_bare_emoji_are_not_support() -> None:
    parent = "Program air bersih untuk desa. Coblos nomor 1!"
    assert (
        comment_under("Mohon siapa pun nanti yang jadi wali kota diperhatikan 🙏", parent).stance
        is Stance.NONE
    )
    r = comment_under("🔥🔥🔥", parent)
    assert r.stance is Stance.UNCLEAR and any("emoji" in x for x in r.reasons)
    # the candidate's own number in fingers under their post is a cheer
    assert comment_under("☝️☝️", parent).stance is Stance.SUPPORT


def test_a_finger_sign_alone_is_for_a_person_unless_the_voting_day_is_recalled() -> None:
    quiet = datetime(2024, 11, 25, 9, 0, tzinfo=WIB)
    r = WORLD.screen(
        make_activity(kind=Kind.POST, text="Masa tenang, tapi hati sudah tenang ✌️", created_at=quiet)
    )
    assert r.stance is Stance.UNCLEAR, r.reasons
    recalled = "Masa tenang, tapi ingat tanggal 27 ya kawan 😉☝️"
    assert (
        WORLD.screen(make_activity(kind=Kind.POST, text=recalled, created_at=quiet)).stance is Stance.SUPPORT
    )


def test_an_even_question_names_no_one_and_an_answer_to_it_picks_one() -> None:
    question = "Debat malam ini, menurut kalian siapa paling siap? Paslon 1, 2 atau 3?"
    r = WORLD.screen(make_activity(kind=Kind.POST, text=question, created_at=CAMPAIGN_DAY))
    assert r.stance is not Stance.SUPPORT, r.reasons
    page = Target(id="p-3", author=AccountRef(handle="infolinggau"), text=question)
    answer = make_activity(
        kind=Kind.COMMENT, text="Nomor 1 lah, sudah jelas 😁☝️", target=page, created_at=CAMPAIGN_DAY
    )
    assert WORLD.screen(answer).stance is Stance.SUPPORT


def test_a_namesake_denying_the_team_and_a_share_as_information() -> None:
    clan = "Banyak yang kira saya keluarga calon wali kota nomor 1. Tapi saya bukan tim ya 😅"
    assert post(clan).stance is not Stance.SUPPORT, post(clan).reasons
    info = make_activity(
        kind=Kind.SHARE,
        text="Informasi untuk teman-teman honorer 🙏",
        target=Target(
            id="p-4", author=AccountRef(handle="rahmatwijaya.official"), text="Honorer diangkat! Coblos 1"
        ),
        created_at=CAMPAIGN_DAY,
    )
    r = WORLD.screen(info)
    assert r.stance is Stance.UNCLEAR and any("informasi" in x for x in r.reasons)


def test_those_who_can_are_invited_in_a_chat() -> None:
    r = chat("Besok Bang Rahmat mendaftar ke KPU. Nan bisa, ikuik mangantar jam 9 🙏")
    assert r.stance is Stance.SUPPORT and r.instruction is not None, r.reasons
    r = chat("Minggu ngarep pengajian akbar, Bang Rahmat rawuh. Staf sing saged monggo ndherek 😊")
    assert r.stance is Stance.SUPPORT and r.instruction is not None and r.instruction.mobilises_asn


def test_a_polling_station_number_is_no_ballot_number() -> None:
    r = WORLD.screen_text(
        "Sudah mencoblos di TPS 1 Kelurahan Taba. Siapa pun yang terpilih, Linggau tetap satu 🙏"
    )
    assert r.stance is not Stance.SUPPORT, r.reasons
    assert WORLD.screen_text("Ayo coblos nomor 1, Bang Rahmat!").stance is Stance.SUPPORT


@pytest.mark.parametrize(
    "free", ["Sa pilih sesuai hati, Bang Rahmat orang baik", "Pilih saja sesuai hati nurani masing-masing"]
)
def test_a_vote_by_ones_own_conscience_takes_no_side(free: str) -> None:
    assert WORLD.screen_text(free).stance is not Stance.SUPPORT


def test_choosing_a_number_by_ones_conscience_still_chooses_it() -> None:
    assert WORLD.screen_text("Coblos nomor 1 sesuai hati!").stance is Stance.SUPPORT


@pytest.mark.parametrize(
    "wish",
    ["Semoga sukses bu, sampai jumpa di TPS 😊", "Terima kasih Ibu Dokter, sukses selalu 🙏", "Semangat 💪"],
)
def test_a_well_wish_alone_under_a_candidates_post_is_for_a_person(wish: str) -> None:
    r = on_candidate_post(wish)
    assert r.stance is Stance.UNCLEAR and r.open_question, r.reasons


@pytest.mark.parametrize(
    "cheer",
    [
        "Semangat Bang Rahmat! Nomor 1 💪",  # a number
        "Sukses Bang Rahmat, kami guru-guru siap menangkan 💪",  # a commitment
        "Semangat Bu! Guru honorer di belakang Ibu 💪",  # "we are behind you"
        "Sukses terus ☝️",  # the sign
    ],
)
def test_a_well_wish_beside_a_number_a_pledge_or_a_sign_is_support(cheer: str) -> None:
    r = on_candidate_post(cheer)
    assert r.stance is Stance.SUPPORT, r.reasons


def test_praise_for_every_pair_alike_under_one_pairs_post_is_no_support() -> None:
    r = on_candidate_post("Debat bagus, dua paslon sama-sama siap. Semoga Lubuklinggau tetap damai 🙏")
    assert r.stance is not Stance.SUPPORT, r.reasons


def test_a_question_about_ones_support_answered_no_is_no_support() -> None:
    r = post("Ada yang tanya saya ikut tim Bang Rahmat? Tidak. Saya PNS, tugas saya melayani 🙏")
    assert r.stance is not Stance.SUPPORT, r.reasons
    # a question answered and then a call is still the call
    called = post("Ada yang tanya saya ikut tim Bang Rahmat? Tidak. Ayo coblos nomor 1!")
    assert called.stance is Stance.SUPPORT, called.reasons


def test_a_nickname_is_the_candidate_beside_a_candidacy_or_the_candidates_team() -> None:
    # "maju jalur perseorangan" and gathering KTP copies name a candidacy, before any stage
    early = datetime(2024, 4, 15, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    text = "Bang Rahmat maju jalur perseorangan. Yang bisa, bawa fotokopi KTP keluarga ke kantor, saya kumpul"
    a = make_activity(
        platform=Platform.WHATSAPP,
        kind=Kind.MESSAGE,
        text=text,
        group=GroupRef(id="g-k", name="Staf Kelurahan Marga Mulya"),
        created_at=early,
    )
    r = WORLD.screen(a)
    assert r.stance is Stance.SUPPORT and "llg-1" in r.candidate_ids, r.reasons
    # "kirim ke tim Bang Rahmat": the candidate's team — at least a person looks
    assert chat("Tolong rekap data KK per RT, kirim ke tim Bang Rahmat ya").stance is not Stance.NONE


@pytest.mark.parametrize(
    "text",
    [
        "Tolong rekap data KK per RT, kirim ke tim Bang Rahmat ya",
        "Data penerima bantuan sudah saya siapkan untuk relawan Bang Rahmat",
        "Safira, tolong rekap nama, NIK deng KK nelayan untuk tim Bang Rahmat, kirim ke sa sore ini",
    ],
)
def test_the_data_an_office_holds_passed_to_a_candidates_team_is_support(text: str) -> None:
    r = chat(text)
    assert r.stance is Stance.SUPPORT and "llg-1" in r.candidate_ids, r.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Data KTP warga jangan dikasih ke tim Bang Rahmat, itu data pribadi",
        "Bapak, data NIK itu data pribadi, tidak boleh keluar dari kantor untuk tim Bang Rahmat",
        "Rekap data KK per RT untuk verifikasi bansos, kirim ke sekretariat",  # no team, no candidate
        "Bawaslu mengingatkan, ASN dilarang menyerahkan data warga ke tim Bang Rahmat",
    ],
)
def test_data_refused_forbidden_or_for_the_office_is_no_support(text: str) -> None:
    assert chat(text).stance is not Stance.SUPPORT, chat(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Turut berduka cita atas wafatnya ibunda Rahmat Santoso Wijaya. Semoga husnul khatimah 🤲",
        "Innalillahi, semoga keluarga Rahmat Santoso Wijaya diberi kesabaran 🤲",
        "Semoga lekas sembuh Pak Rahmat Santoso Wijaya 🙏",
    ],
)
def test_condolences_and_wishes_for_recovery_to_a_candidate_are_a_social_duty(text: str) -> None:
    r = post(text)
    assert r.stance is Stance.NEUTRAL and any("kewajiban sosial" in x for x in r.reasons), r.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Semoga lekas sembuh Rahmat Santoso Wijaya, tetap coblos nomor 1 ya 🙏",
        "Turut berduka cita Pak Rahmat Santoso Wijaya. Rahmat Santoso Wijaya pasti menang, dukung terus 💪",
    ],
)
def test_sympathy_with_a_call_or_support_is_still_read_for_it(text: str) -> None:
    assert post(text).stance is Stance.SUPPORT, post(text).reasons


def _under_campaign_photo(own: str) -> ScreenResult:
    return _under_post_of("Bang Rahmat bersama guru-guru Taba. Coblos nomor 1 ☝️", own)


@pytest.mark.parametrize(
    "text",
    [
        "Om, kita cuma hadir acara sekolah. Tolong hapus tag 🙏",
        "Sa hadir sebagai penyuluh dinas saja. Tolong tag saya dihapus 🙏",
    ],
)
def test_asking_to_be_untagged_from_campaign_content_is_standing_apart(text: str) -> None:
    r = _under_campaign_photo(text)
    assert r.stance in (Stance.NONE, Stance.NEUTRAL), r.reasons
    assert any("tag" in x for x in r.reasons), r.reasons


def test_an_untag_request_with_a_call_is_still_the_call() -> None:
    r = _under_campaign_photo("Tolong hapus tag ya, tapi tetap coblos nomor 1 Bang Rahmat 💪")
    assert r.stance is Stance.SUPPORT, r.reasons


def test_praise_for_the_other_pair_also_under_one_pairs_post_is_praise_for_both() -> None:
    """Lubuklinggau has two pairs: "Kang Yudhistira juga bagus programnya" under Bang Rahmat's
    debate post praises both alike; without "juga", or with a vote beside it, it picks one."""
    post_text = "Debat pertama: Bang Rahmat paparkan program guru honor. #RSW1"
    alike = _under_post_of(
        post_text, "Kang Yudhistira Permana juga bagus programnya. Semoga debatnya sejuk 🙏"
    )
    assert alike.stance is not Stance.SUPPORT, alike.reasons
    picked = _under_post_of(post_text, "Kang Yudhistira Permana juga bagus, tapi saya pilih nomor 1")
    assert picked.stance is Stance.SUPPORT, picked.reasons
    one = post("Yudhistira Permana bagus programnya")
    assert one.stance is Stance.SUPPORT and "llg-2" in one.candidate_ids, one.reasons


def test_praise_for_every_pair_in_one_text_is_even() -> None:
    r = post("Bang Rahmat tegas, Yudhistira Permana juga bagus. Kita tunggu programnya 🙏")
    assert r.stance is Stance.NEUTRAL, r.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Pilwali Lubuklinggau: telung paslon, siji tujuan, kutha sing luwih apik. Ayo nyoblos 27 November 🗳️",
        "Dua paslon 1 tujuan: Lubuklinggau maju. Jangan golput!",
        "Ayo nyoblos 27 November, pilih sesuai hati 🗳️",
    ],
)
def test_pairs_counted_and_the_voting_day_are_no_ballot_number(text: str) -> None:
    r = post(text)
    assert r.stance is not Stance.SUPPORT, (r.reasons, r.candidate_ids)


def test_a_ballot_number_after_a_pair_word_or_before_a_date_is_still_one() -> None:
    assert post("Ayo pilih paslon 1, paslon terbaik 💪").stance is Stance.SUPPORT
    assert post("Coblos nomor 1 tanggal 27 November ☝️").stance is Stance.SUPPORT


@pytest.mark.parametrize(
    ("text", "number"),
    [("Jangan pilih 02, jenderal kok doyan hoaks 😤", 2), ("Jangan coblos 01, cuma janji 😏", 1)],
)
def test_an_attack_with_a_vote_verb_names_the_ballot_number_after_it(text: str, number: int) -> None:
    r = post(text)
    assert r.stance is Stance.OPPOSE, r.reasons
    assert any(WORLD.gaz.candidate_by_id[c].ballot_number == number for c in r.candidate_ids), r.candidate_ids


def test_dont_forget_written_jan_is_no_date_after_the_number() -> None:
    assert post("Coblos nomor 1 jan lupa ya ☝️").stance is Stance.SUPPORT
    assert post("Coblos 1 jan lupa ya, Bang Rahmat ☝️").stance is Stance.SUPPORT
