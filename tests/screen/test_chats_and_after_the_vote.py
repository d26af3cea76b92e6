"""Orders in chat groups, members reporting they did them, comments that stand apart, and what is
said once the vote is cast (the seventh workspace's lessons), on the example world's Lubuklinggau
(llg-1 "Bang Rahmat", number 1; voting day 27 November 2024).
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
from jaganetral.screen.stance import Context, Reading  # noqa: E402
from jaganetral.screen.vocabulary import load_slang, load_vocabulary  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
CAMPAIGN_DAY = datetime(2024, 10, 10, 19, 0, tzinfo=WIB)
WORLD = Screener(Gazetteer(world_elections(), load_vocabulary()))
OFFICE = GroupRef(id="g-1", name="Dinkes Linggau")


def screener_of(election_yaml: str, folder: Path) -> Screener:
    """A screener for one election written in the contract's YAML format."""
    p = folder / "election.yaml"
    p.write_text(election_yaml, encoding="utf-8")
    return Screener(Gazetteer([load_election(p)], load_vocabulary()))


def chat(text: str, when: datetime = CAMPAIGN_DAY, thread: Reading | None = None) -> ScreenResult:
    a = make_activity(platform=Platform.WHATSAPP, kind=Kind.MESSAGE, text=text, group=OFFICE, created_at=when)
    return WORLD.screen(a, thread=thread, reply=thread is not None)


def comment(own: str, parent: str, when: datetime = CAMPAIGN_DAY) -> ScreenResult:
    post = Target(id="p-9", author=AccountRef(handle="rahmatwijaya.official", name="akun calon"), text=parent)
    return WORLD.screen(make_activity(kind=Kind.COMMENT, text=own, target=post, created_at=when))


def test_an_order_in_a_chat_group_needs_no_addressee() -> None:
    order = "Postingan kampanye Bang Rahmat di FB sudah ada, tolong like dan share ya 👍"
    r = chat(order)
    assert r.stance is Stance.SUPPORT and r.instruction is not None, r.reasons
    assert "llg-1" in r.candidate_ids
    # the same words posted on a page are no order to anyone
    page = WORLD.screen(make_activity(kind=Kind.POST, text=order, created_at=CAMPAIGN_DAY))
    assert page.instruction is None
    # in a chat, "harus" is talk, not an order word
    assert WORLD.reader.read("Kita harus bawa payung besok", Context(chat=True)).instruction is None


@pytest.mark.parametrize(
    "reply",
    ["Siap pak, sudah saya like 👍", "Spanduk udah dipesan pak", "Tos di-like Pa, guru-guru oge tos 👍"],
)
def test_a_member_reporting_the_ordered_work_done_answers_the_order(reply: str) -> None:
    order = chat("Bang Rahmat datang Sabtu. Tolong siapkan spanduk dan like postingannya")
    assert order.instruction is not None
    r = chat(reply, thread=order.own)
    assert r.stance is Stance.SUPPORT, r.reasons
    assert any("melaporkan sudah" in x for x in r.reasons)
    # a bare "siap" is receipt or agreement: a person decides
    assert chat("Siap pak", thread=order.own).stance is Stance.UNCLEAR
    # the one who gave it calling it off is no report
    assert chat("Oke, spanduk batal. Kerja biasa saja.", thread=order.own).stance is not Stance.SUPPORT


def test_a_reply_quoting_an_order_answers_it_as_the_members_heard_it() -> None:
    """A chat reply that quotes the order (Telegram's reply_to, WhatsApp's quote) reads the quote
    as a message to the group: an order that names no addressee is still an order."""
    order = Target(
        id="m-1",
        author=AccountRef(handle="+628110000001", name="Kabid"),
        text="Postingan kampanye Bang Rahmat di FB sudah ada, tolong like dan share ya",
    )

    def answer(text: str) -> ScreenResult:
        a = make_activity(
            platform=Platform.WHATSAPP,
            kind=Kind.MESSAGE,
            text=text,
            group=OFFICE,
            target=order,
            created_at=CAMPAIGN_DAY,
        )
        return WORLD.screen(a, reply=True)

    done = answer("Siap, sudah saya like")
    assert done.stance is Stance.SUPPORT, done.reasons
    assert done.context.instruction is not None and done.context.instruction.action == "like"
    assert any("melaporkan sudah" in x for x in done.reasons)
    assert answer("Siap").stance is Stance.UNCLEAR
    # the same quote under a page's post is no order to anyone
    page = make_activity(kind=Kind.COMMENT, text="Siap", target=order, created_at=CAMPAIGN_DAY)
    assert WORLD.screen(page).context.instruction is None


@pytest.mark.parametrize(
    "own",
    [
        "Ambo ASN, indak buliah bapihak. Salam sajo untuak niniak mamak 🙏",  # Minang
        "Tiang tetep netral nggih, rahajeng rauh ring Bali 🙏",  # Balinese
        "Punten, abdi mung ngiringan pangaosan. Mangga tag-na dipupus 🙏",  # Sundanese untag
        "Mohon maaf, tolong tag saya dihapus ya 🙏",
        "Sa tra bisa datang Bapa, sa jaga IGD",  # every commitment denied
    ],
)
def test_a_comment_that_stands_apart_from_the_campaign_gives_nothing(own: str) -> None:
    r = comment(own, "Kampanye dialogis hari ini. Coblos nomor 1!")
    assert r.stance is Stance.NONE, r.reasons


def test_standing_apart_does_not_hide_an_attack_or_a_question() -> None:
    r = comment("Bang Rahmat, air su lima taun sonde jalan. Jang tipu botong lai!", "Coblos nomor 1!")
    assert r.stance is Stance.OPPOSE, r.reasons
    # a question on the candidate's page is still for a person (SKB-D6 names comments)
    assert comment("Bang, kapan jalan ke desa kami diperbaiki?", "Coblos nomor 1!").stance is Stance.UNCLEAR


def test_after_the_vote_a_cheer_is_for_a_person_and_a_blessing_is_nothing() -> None:
    voting_night = datetime(2024, 11, 27, 20, 0, tzinfo=WIB)
    day_after = datetime(2024, 11, 28, 9, 0, tzinfo=WIB)
    r = chat("Hasil hitung cepat Bang Rahmat unggul ☝️ Alhamdulillah", voting_night)
    assert r.stance is Stance.UNCLEAR and r.open_question, r.reasons
    r = comment("Selamat Bang Rahmat, sudah menang! ☝️", "Terima kasih warga Linggau", day_after)
    assert r.stance is Stance.UNCLEAR, r.reasons
    r = comment("Tuhan berkati, apapun hasilnya 🙏", "Terima kasih warga Linggau", day_after)
    assert r.stance is Stance.NONE, r.reasons
    # on voting day, telling one's own vote is still support
    assert chat("Sudah coblos nomor 1 ☝️ jari ungu", voting_night).stance is Stance.SUPPORT


def test_a_number_of_things_is_no_ballot_number() -> None:
    r = WORLD.screen_text("Sudah nyoblos 5 surat suara, jari ungu 💜 Ayo yg belum ke TPS!")
    assert r.stance is not Stance.SUPPORT, r.reasons


def test_minang_jo_is_with_not_dont() -> None:
    assert "jo" not in load_slang()
    r = WORLD.screen_text("Ambo yakin jo Bang Rahmat! 💪", CAMPAIGN_DAY)
    assert r.stance is Stance.SUPPORT, r.reasons


@pytest.mark.parametrize(
    "civics",
    [
        "Kanggo nu bingung: nyoblos mah hiji paslon wungkul, 1, 2, atanapi 3. Mun dicoblos sadayana teu sah",
        "Cara mencoblos yang sah: paslon 1 dan 2 ada di surat suara, pilih sesuai hati",
    ],
)
def test_every_ballot_number_written_as_one_list_is_an_even_mention(civics: str) -> None:
    r = WORLD.screen_text(civics, CAMPAIGN_DAY)
    assert r.stance is not Stance.SUPPORT, r.reasons
    assert WORLD.screen_text("Coblos nomor 1, jam 08 09 10 TPS buka", CAMPAIGN_DAY).stance is Stance.SUPPORT


def test_the_one_who_gave_an_order_calling_it_off_does_not_uphold_it() -> None:
    order = chat("Tolong bapak ibu hadir di kampanye Bang Rahmat Sabtu, pakai kaos putih")
    assert order.instruction is not None
    for words in ("Bae sudah, beta tarik pesan tadi, maaf e 🙏", "Sudahlah, lupakan saja"):
        assert "retraction" in WORLD.reader.read(words).cues, words
    # "no need to write it down" keeps the order going, covertly: no retraction
    assert "retraction" not in WORLD.reader.read("Nggih, cukup lisan mawon, mboten usah ditulis").cues


def test_work_for_a_campaign_beside_a_candidate_is_support() -> None:
    r = WORLD.screen_text("Sa siap bantu sosialisasi Bang Rahmat ke kampung-kampung 💪", CAMPAIGN_DAY)
    assert r.stance is Stance.SUPPORT and "llg-1" in r.candidate_ids, r.reasons
    assert any("kerja kampanye" in x for x in r.own.reasons)
    # the same work refused is not
    r = WORLD.screen_text("Maaf, sa tidak bisa bantu sosialisasi Bang Rahmat, sa ASN", CAMPAIGN_DAY)
    assert r.stance is not Stance.SUPPORT, r.reasons


def test_in_a_chat_agreeing_with_the_objector_and_refusing_is_nothing() -> None:
    order = chat("Bapak ibu, tolong bagi brosur Bang Rahmat ke orang tua murid 🙏")
    assert order.instruction is not None
    r = chat("Setuju Pak Jefri. Saya juga tidak ikut ya bu 🙏", thread=order.own)
    assert r.stance is Stance.NONE, r.reasons


def test_a_blessing_to_the_candidate_is_for_a_person_and_a_report_of_taking_part_is_not() -> None:
    post = "Hari ini kami resmi mendaftar di KPU. Mohon doa 🤲 Coblos nomor 1!"
    r = comment("Selamat mendaftar Bang Rahmat, semoga lancar sampai penetapan 🤲", post)
    assert r.stance is Stance.UNCLEAR and r.open_question, r.reasons
    r = comment("Kami staf kelurahan ikut mengantar tadi pak, semoga lancar sampai ditetapkan 🤲", post)
    assert r.stance is Stance.SUPPORT, r.reasons
    # under a candidate's campaign post, "amin" agrees with it: not a blessing alone
    assert (
        comment("Amin, Tuhan berkati kaka 🙏", "Coblos nomor 1, Linggau Maju Bersama!").stance
        is Stance.SUPPORT
    )


def test_the_empty_column_beside_a_single_pair_is_an_even_mention(tmp_path: Path) -> None:
    single = """
election: {id: pilkada-2024, name: Pemilihan Serentak 2024, voting_day: 2024-11-27}
stages:
  - {name: pendaftaran, start: 2024-08-27, end: 2024-08-29}
  - {name: kampanye, start: 2024-09-25, end: 2024-11-23}
  - {name: pemungutan_suara, start: 2024-11-27, end: 2024-11-27}
parties:
  - {abbr: PAN, name: Partai Amanat Nasional}
contests:
  - id: siantar-walikota
    office: walikota
    region: Kota Pematangsiantar
    candidates:
      - {id: ps-1, name: Darwin Sitompul, aliases: [Bang Darwin], ballot_number: 1, parties: [PAN]}
"""
    s = screener_of(single, tmp_path)
    day = datetime(2024, 11, 27, 10, 0, tzinfo=WIB)
    r = s.screen_text("Udah nyoblos. Kolom kosong atau Bang Darwin? Rahasia lah 😎", day)
    assert r.stance is not Stance.SUPPORT, r.reasons
    assert s.screen_text("Udah nyoblos Bang Darwin, pasti menang 💪", day).stance is Stance.SUPPORT


def test_praise_with_a_disclaimer_is_for_a_person() -> None:
    r = WORLD.screen_text("Ulun kada ikut kampanye, tapi program Bang Rahmat bagus banar 😂", CAMPAIGN_DAY)
    assert r.stance is Stance.UNCLEAR and r.open_question, r.reasons
    # a disclaimer and then a vote call is support all the same
    r = WORLD.screen_text("Saya netral, tapi coblos Bang Rahmat nomor 1 ya ☝️", CAMPAIGN_DAY)
    assert r.stance is Stance.SUPPORT, r.reasons
    # an order's "yang tidak dinas lapangan mohon hadir" is no disclaimer
    r = chat("Jumat ada kampanye Bang Rahmat. Yang tidak dinas lapangan mohon hadir, biar rame 👍")
    assert r.stance is Stance.SUPPORT, r.reasons


def test_a_chat_message_that_opens_by_addressing_everyone_gives_an_order() -> None:
    r = chat("Anak-anak, sore nanti bantu pasang baliho Bang Rahmat di simpang. Pake mobil kantor saja")
    assert r.instruction is not None and r.stance is Stance.SUPPORT, r.reasons


def test_asking_for_a_post_to_be_taken_down_or_denying_support_is_no_support() -> None:
    post = chat("Foto bareng Bang Rahmat pas kunjungan, beliau ramah 😊☝️")
    warning = "Pak Wayan, itu simbol satu jari lho. Mending dihapus sebelum ada yang screenshot 🙏"
    r = chat(warning, thread=post.own)
    assert r.stance is not Stance.SUPPORT, r.reasons
    r = chat("Waduh iya bu, refleks. Tidak ada maksud dukung 🙏", thread=post.own)
    assert r.stance is not Stance.SUPPORT, r.reasons


@pytest.mark.parametrize(
    "said",
    [
        "Bang Rahmat datang ke distrik, sa salam saja, tra ikut kampanye 🙏",
        "Nama kami sama dengan Rahmat Santoso Wijaya, tapi saya guru, bukan calon 😄 jangan salah tag lagi",
    ],
)
def test_a_candidate_named_with_a_disclaimer_and_nothing_else_is_neutral(said: str) -> None:
    r = WORLD.screen_text(said, CAMPAIGN_DAY)
    assert r.stance is Stance.NEUTRAL, r.reasons


def test_a_legislative_candidate_written_as_the_ballot_writes_them_is_promotion(tmp_path: Path) -> None:
    pemilu = """
election: {id: pemilu-2024, name: Pemilu 2024, voting_day: 2024-02-14}
stages:
  - {name: kampanye, start: 2023-11-28, end: 2024-02-10}
  - {name: pemungutan_suara, start: 2024-02-14, end: 2024-02-14}
parties:
  - {abbr: PDIP, name: Partai Demokrasi Indonesia Perjuangan, number: 3, aliases: [PDI Perjuangan]}
  - {abbr: PAN, name: Partai Amanat Nasional, number: 12}
contests:
  - id: dpr-jt5
    office: dpr
    region: Provinsi Jawa Tengah
    candidates:
      - {id: dpr-3, name: Bimo Aryo Seno, aliases: [Mas Bimo], ballot_number: 3, parties: [PDIP]}
      - {id: dpr-4, name: Sri Handayani, ballot_number: 4, parties: [PDIP]}
"""
    s = screener_of(pemilu, tmp_path)
    day = datetime(2024, 1, 10, 10, 0, tzinfo=WIB)
    r = s.screen_text("Mas Bimo nomer 3 PDI Perjuangan, wakil Klaten nang Senayan 🔴", day)
    assert r.stance is Stance.SUPPORT and r.candidate_ids == ("dpr-3",), r.reasons
    # another number, or the news, is no campaign card
    assert s.screen_text("Mas Bimo nomer 4 PDI Perjuangan kemarin datang", day).stance is not Stance.SUPPORT
    assert (
        s.screen_text("Berita: caleg Mas Bimo nomor 3 PDI Perjuangan diperiksa Bawaslu", day).stance
        is not Stance.SUPPORT
    )


def test_escorting_a_candidate_or_offering_help_under_their_post_is_support() -> None:
    post = "Alhamdulillah, pagi ini kami mendaftar ke KPU diantar warga. Coblos nomor 1!"
    r = comment("Hadir bang! Kami dari Seberang Ulu ikut ngarak ke KPU tadi 🔥", post)
    assert r.stance is Stance.SUPPORT, r.reasons
    r = comment("Izin gabung bang, siap bantu dokumentasi deklarasi 📸", post)
    assert r.stance is Stance.SUPPORT, r.reasons
    # naming the campaign team to say one is not in it is not
    r = comment("Maaf bang, saya bidan, bukan tim kampanye 🙏", post)
    assert r.stance is not Stance.SUPPORT, r.reasons


@pytest.mark.parametrize(
    "order",
    [
        "Sabtu ada jalan sehat bareng Bang Rahmat di Lapangan Merdeka. Staf yang tidak piket datang ya",
        "Minggu Bang Rahmat kampanye di Linggau. Teko yo rek, nggawe kaos biru",  # Javanese
        "Besok Bang Rahmat kampanye di pasar, kumpul e jam 8",  # eastern Malay "e"
        "Jumat Bang Rahmat kampanye di lapangan, datang nah jam 8",  # Makassar "nah"
    ],
)
def test_an_act_softened_by_a_particle_asks_the_members_to_do_it(order: str) -> None:
    r = chat(order)
    assert r.stance is Stance.SUPPORT and r.instruction is not None, r.reasons
    assert "llg-1" in r.candidate_ids


@pytest.mark.parametrize(
    "said",
    [
        "Aku teko yo ke kampanye Bang Rahmat",  # the speaker alone
        "Gak usah datang ya ke kampanye Bang Rahmat",  # told not to
        "Sudah datang ya ke kampanye Bang Rahmat",  # done
        "Besok datang ya ke kampanye Bang Rahmat?",  # a question
        "Bang Rahmat nomor 1, ojo kleru nyoblos ya",  # a call to vote, not work for staff
    ],
)
def test_a_particle_after_an_act_is_no_order_when_the_words_say_otherwise(said: str) -> None:
    assert chat(said).instruction is None


def test_readying_a_place_for_a_candidate_is_an_order_and_with_banners_support() -> None:
    """Every pair may be given the same hall: "siapkan kursi" for a candidate's visit is an order
    a person weighs; readying the place with banners, or welcoming the candidate, is support."""
    hall = chat("Besok Bang Rahmat kunjungan ke Taba, staf tolong siapkan kursi di balai kelurahan")
    assert hall.instruction is not None and hall.stance is not Stance.SUPPORT, hall.reasons
    banner = chat("Besok Bang Rahmat datang ke posyandu. Bidan-bidan tolong siapkan tempat dan spanduk")
    assert banner.stance is Stance.SUPPORT and banner.instruction is not None, banner.reasons
    welcome = chat("Minggu depan Bang Rahmat kunjungi puskesmas. Staf bantu sambut e, pakai seragam")
    assert welcome.stance is Stance.SUPPORT and welcome.instruction is not None, welcome.reasons


@pytest.mark.parametrize("off", ["Seng jadi e, lupa sa pesan tadi 🙏", "Ora sido, Pak", "Sonde jadi, maaf"])
def test_an_order_called_off_in_a_regional_language_is_a_retraction(off: str) -> None:
    assert "retraction" in chat(off).own.cues


def test_an_attend_action_missing_from_the_actions_is_a_clear_error(tmp_path: Path) -> None:
    """stance.yaml's orders to be somewhere must be orders the reader knows: a catalogue that
    lists one it does not is refused, naming the file and the word."""
    import shutil

    from jaganetral.errors import JaganetralError
    from jaganetral.screen.vocabulary import CATALOGUE

    shutil.copytree(CATALOGUE, tmp_path / "catalogue")
    stance = tmp_path / "catalogue" / "screen" / "stance.yaml"
    text = stance.read_text(encoding="utf-8")
    stance.write_text(text.replace("attend_actions: [hadir,", "attend_actions: [bertandang, hadir,"), "utf-8")
    with pytest.raises(JaganetralError) as err:
        load_vocabulary(tmp_path / "catalogue")
    assert "stance.yaml" in str(err.value) and "bertandang" in str(err.value)


def test_a_negation_inside_a_relative_clause_leaves_the_call_standing() -> None:
    # "staff who are not on duty, come": the call to come is not negated …
    r = chat("Sabtu ada kampanye Bang Rahmat di lapangan, staf yang tidak piket datang ya")
    assert r.stance is Stance.SUPPORT, r.reasons
    # … while in "staff who do not join the campaign" the act is
    text = "Pegawai yang tidak ikut kampanye Bang Rahmat tetap dinilai baik"
    r2 = WORLD.reader.read(text, Context(chat=True))
    assert not r2.partisan, r2.reasons


def test_you_all_opening_a_chat_message_gives_an_order() -> None:
    for text in (
        "Kalian bantu like dan share postingan Bang Rahmat ya",
        "Ngoni samua bantu share Bang Rahmat e",
    ):
        r = chat(text)
        assert r.stance is Stance.SUPPORT and r.instruction is not None, (text, r.reasons)
    # a role without the comma is still a slogan's subject, not an order
    assert WORLD.reader.read("Nakes Linggau pilih Bang Rahmat", Context(chat=True)).instruction is None


def test_collecting_ktp_copies_for_a_candidate_is_support() -> None:
    r = chat("Yang mau bantu, kumpulkan fotokopi KTP keluarga untuk Bang Rahmat")
    assert r.stance is Stance.SUPPORT and any("KTP" in x for x in r.reasons), r.reasons
    # forbidding it, in Banjar as in Indonesian, is a reminder
    for text in (
        "ASN kada boleh kumpul KTP dukungan Bang Rahmat",
        "ASN tidak boleh kumpul KTP dukungan Bang Rahmat",
    ):
        assert chat(text).stance is not Stance.SUPPORT, text
    # the kind of candidacy is no collecting
    assert not WORLD.reader.read("Bang Rahmat maju lewat jalur perseorangan", Context()).partisan


def test_the_speaker_saying_what_they_share_is_no_order_but_praise_makes_it_support() -> None:
    # "Semeton" (Balinese: all of you) opens an order like "kalian" …
    assert chat("Semeton, ngiring sareng-sareng rauh ke kampanye Bang Rahmat").instruction is not None
    # … but "Semeton, tiang share …" is the speaker telling what they do
    r = chat("Semeton, tiang share video Bang Rahmat nggih, becik pisan programne 😊")
    assert r.instruction is None and r.stance is Stance.SUPPORT, r.reasons
    assert any("membagikan dan memuji" in x for x in r.reasons)
    # sharing news, or denying the share, is no support
    for text in (
        "saya share berita kunjungan Bang Rahmat ke pasar",
        "saya tidak share video Bang Rahmat, bagus sih",
    ):
        assert not WORLD.reader.read(text, Context(chat=True)).partisan, text
    # what the speaker asked for before is still asked ("yang kemarin saya sampaikan … jangan lupa")
    hint = "Bapak ibu, yang kemarin saya sampaikan di ruang guru jangan lupa ya, Bang Rahmat banyak bantu"
    assert WORLD.reader.read(hint, Context(chat=True)).instruction is not None
