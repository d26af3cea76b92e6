"""heldout10, part 2: Telegram Desktop exports (a single group, a whole-account export with its contact list, a supergroup) and
WhatsApp exports (Android and iOS, Indonesian and English locales) (see _heldout10.py). Chats of 2013-14 start without WhatsApp's
end-to-end encryption notice, which came in April 2016; Telegram had no channels or supergroups before late 2015, so the 2014
Telegram chat is a basic group."""
from __future__ import annotations

from _corpus import WIB, WIT, WITA, A, N, R, Tg, V, tg_account_export, tg_contact, tg_phone, wa_file
from _heldout10_base import WA_NOTICE_EN, WA_NOTICE_ID, section, ta, tp, w

DATA = ["SKB-D12", "PP94-N5", "PP94-N4"]


# ---------------------------------------------------------------------------------------------
# Telegram Desktop result.json
# ---------------------------------------------------------------------------------------------
@section
def telegram(c):
    # 1. a group of the Padangsidimpuan agriculture office (2013-14, WIB), exported by a member
    tg = Tg(c, "telegram/ChatExport_2014-07-25_distan_sidimpuan/result.json", "Penyuluh Distan Sidimpuan", "private_group", 4511720384, WIB)
    kd, sy, ai, rh = "Bonar Harahap", "Syahrial PPL", "Aisyah PPL", "Rahmad Umum"
    tg.service(100, w(2013, 3, 4, 9, 0), kd, "create_group", [], title="Penyuluh Distan Sidimpuan", members=[sy, ai, rh])
    tg.msg(101, w(2013, 8, 15, 8, 5), kd,
           "Horas. Bang Parlin sian Golkar maju DPR dapil Sumut II. Kalau tidak keberatan, kelompok tani binaan kita kenalkan ke beliau ya 🙏",
           V("psp_kadis", "instruct", "dpr-sumut2-gol-2", "instruct_soft", lang="angkola",
             note="a head of office asks, softly, that farmers' groups the office supports be introduced to a DPR bakal calon (E codes)"))
    tg.msg(102, w(2013, 8, 15, 8, 20), ai, "Pak Kadis, kelompok tani itu binaan dinas, inda bisa dibawa tu caleg 🙏", N("neg_objection", "an extension officer objects",
           lang="angkola"), reply_to_message_id=101)
    tg.msg(103, w(2013, 8, 15, 8, 35), rh, "👍", R("rev_emoji", "a bare thumbs-up to the request", actor="psp_tani3", cand="dpr-sumut2-gol-2", lang="sys"),
           reply_to_message_id=101)
    tg.msg(104, w(2013, 8, 15, 9, 2), kd, "Maaf, pesan tadi saya tarik. Lupakan saja 🙏", N("neg_withdrawn", "he withdraws; the request above stays on record"))
    tg.msg(105, w(2014, 2, 10, 7, 40), kd,
           "Bantuan pupuk subsidi tahap 1 tolong didahulukan kelompok tani yang sudah kenal Bang Parlin. Syahrial atur datanya 🙏",
           V("psp_kadis", "instruct", "dpr-sumut2-gol-2", "decision_favour", add_codes=["SKB-D12", "PP94-N5"],
             note="months later he orders subsidised fertiliser steered to a candidate's acquaintances"))
    tg.msg(106, w(2014, 2, 10, 7, 55), sy, "Siap Pak, data KTP dan KK ketua kelompok sudah saya rekap untuk tim Bang Parlin 📄",
           V("psp_tani", "team", "dpr-sumut2-gol-2", "ktp_kk_list", action="other", codes=["SKB-D12", "PP94-N5", "SKB-D10", "SKB-D8", "PP94-N6", "UU7-283"],
             note="an extension officer compiles farmers' KTP and KK data for a candidate's team"), reply_to_message_id=105)
    tg.msg(107, w(2014, 2, 10, 8, 10), ai, "Data KTP petani jangan dikasih ke tim caleg, itu data pribadi 🙏", N("neg_objection", "a colleague objects"))
    tg.msg(108, w(2014, 3, 3, 14, 0), rh, "Laporan luas tanam salak bulan Februari sudah saya kirim ke email dinas", N("neg_official_neutral", "routine work"))
    tg.msg(109, w(2014, 5, 26, 20, 0), kd, "Bapak ibu, kalau sempat, Minggu ada silaturahmi Pak Teguh di Sidimpuan. Boleh hadir, baju bebas 😊",
           V("psp_kadis", "instruct", "p10-1", "instruct_soft", add_codes=["PP94-N3"], note="a soft invitation to a presidential bakal calon's gathering (E codes)"))
    tg.msg(110, w(2014, 6, 1, 13, 0), sy, "Sudah di silaturahmi Pak Teguh, ramai 📸",
           V("psp_tani", "attend", "p10-1", "staff_comply", add_codes=["PP94-N3"], note="reports attending on 1 Jun, after the designation (D codes)"), photo=True)
    tg.msg(111, w(2014, 7, 6, 7, 0), ai, "Masa tenang, jangan kirim apa-apa soal capres di grup on 🙏", N("neg_reminder", "a quiet-day reminder", lang="angkola"))
    tg.msg(112, w(2014, 7, 10, 8, 0), kd, "Apapun hasilnya, mari kembali bekerja. Mauliate 🙏", N("neg_after_voting", "after the vote"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # 2. a whole-account export of the head of the Halmahera Selatan fisheries office (2024, WIT), with his saved contacts
    me = c.asn["hsl_kadis"]
    ph = lambda k: tg_phone(c.acct(k, "telegram"))  # noqa: E731
    team_phone = "+6282293017745"
    contacts = [
        tg_contact("Nurhayati", "Kabid", ph("hsl_kabid"), tp(2015, 2, 1, 9, 0)),
        tg_contact("Irfan", "Pengawas", ph("hsl_staf1"), tp(2016, 5, 2, 9, 0)),
        tg_contact("Safira", "Data", ph("hsl_staf2"), tp(2019, 7, 8, 9, 0)),
        tg_contact("Rahmat", "PPL", ph("hsl_staf3"), tp(2017, 9, 9, 9, 0)),
        tg_contact("Tim", "BERANI Bacan", tg_phone(team_phone), tp(2024, 8, 30, 20, 0)),
        tg_contact("Adik", "Hani", tg_phone("+6281340261178"), tp(2014, 1, 1, 9, 0)),
    ]
    rel = "telegram/DataExport_2024-12-05_rusdiabbas/result.json"
    ch = Tg(c, rel, "Info DKP Halsel", "public_channel", 1790318854, WIT)
    ch.msg(801, tp(2024, 8, 1, 9, 0), "Info DKP Halsel", "Jadwal penyaluran BBM bersubsidi untuk nelayan bulan Agustus.", N("neg_official_neutral", "a notice"))
    ch.msg(802, tp(2024, 10, 18, 12, 0), "Info DKP Halsel",
           ["Penyerahan mesin ketinting untuk nelayan Bacan, dihadiri calon bupati nomor 1 Om Is. Terima kasih Om Is! 🙏 ", ("hashtag", "#BERANI1")],
           V("inst:dkp_hsl", "inst", "hsl-1", "inst_account", note="the fisheries office's channel thanks a campaigning candidate at a state-aid event"))
    ch.msg(803, tp(2024, 11, 24, 9, 0), "Info DKP Halsel", "Pelayanan tetap normal selama masa tenang dan hari pemungutan suara.", N("neg_election_work", "a notice"))
    ch.msg(804, tp(2024, 11, 29, 10, 0), "Info DKP Halsel", "Terima kasih nelayan Halsel, pilkada berjalan aman 🙏", N("neg_after_voting", "after the vote"))
    pc = Tg(c, rel, "Tim BERANI Bacan", "personal_chat", 7318204456, WIT)
    pc.msg(201, tp(2024, 9, 2, 20, 0), "Tim BERANI Bacan", "Bapak Kadis, minta tolong daftar nama dan NIK nelayan penerima bantuan se-Bacan untuk tim Om Is 🙏",
           N("neg_candidate_own", "a request from a bakal calon's team member, not an ASN", lang="malut"), from_id="user7318204456")
    pc.msg(202, tp(2024, 9, 2, 20, 15), "Rusdi Abbas", "Bisa, sa suruh staf rekap. Jang bilang dari dinas e 😉",
           V("hsl_kadis", "team", "hsl-1", "data_to_team", action="other", add_codes=DATA, lang="malut",
             note="a head of office promises the office's aid-recipient data to a bakal calon's team, off the record (E codes)"))
    grp = Tg(c, rel, "Bidang Tangkap DKP Halsel", "private_group", 4640219973, WIT)
    grp.msg(301, tp(2024, 9, 3, 7, 30), "Rusdi Abbas", "Safira, tolong rekap nama, NIK deng KK nelayan penerima bantuan se-Bacan untuk tim Om Is, kirim ke sa sore ini.",
            V("hsl_kadis", "instruct", "hsl-1", "ktp_kk_list", add_codes=DATA, lang="malut", note="orders a data officer to list recipients' NIK and KK numbers for a team"))
    grp.msg(302, tp(2024, 9, 3, 7, 50), "Safira Data", "Siap Bapak", R("rev_siap", "a bare 'siap' (her sending the list is a separate label)", actor="hsl_staf2", cand="hsl-1",
            lang="malut"), reply_to_message_id=301)
    grp.msg(303, tp(2024, 9, 3, 8, 10), "Nurhayati Kabid", "Bapak, data NIK nelayan itu data pribadi, tra boleh keluar dari dinas 🙏", N("neg_objection", "the division head objects",
            lang="malut"), reply_to_message_id=301)
    grp.msg(304, tp(2024, 9, 3, 16, 0), "Safira Data", "Su kirim Bapak, 214 nama deng NIK 📄",
            V("hsl_staf2", "team", "hsl-1", "ktp_kk_list", action="other", codes=["SKB-D12", "PP94-N5", "PP94-N4", "SKB-D9", "SKB-E2", "UU10-71-1"], lang="malut",
              note="the data officer sends the list the order said was for a bakal calon's team"))
    grp.msg(305, tp(2024, 10, 10, 19, 0), "Rusdi Abbas", "Penyerahan ketinting tanggal 18 di Labuha, Om Is mo datang. Semua staf hadir pake baju kuning e 😁",
            V("hsl_kadis", "instruct", "hsl-1", "instruct_open", add_codes=["PP94-N3", "PP94-N4"], lang="malut",
              note="sends staff in the pair's colour to a state-aid handover where the candidate appears"))
    grp.msg(306, tp(2024, 10, 10, 19, 20), "Irfan Pengawas", "Siap Bapak 👍", R("rev_siap", "a bare 'siap' to the order", actor="hsl_staf1", cand="hsl-1"),
            reply_to_message_id=305)
    grp.msg(307, tp(2024, 10, 18, 10, 30), "Irfan Pengawas", "Su hadir Bapak, rame skali 📸",
            V("hsl_staf1", "attend", "hsl-1", "staff_comply", add_codes=["PP94-N3"], lang="malut", note="reports attending as told"), photo=True)
    grp.msg(308, tp(2024, 10, 18, 11, 0), "Nurhayati Kabid", "Bapak, ini acara dinas, jang campur kampanye 🙏", N("neg_objection", "the division head objects", lang="malut"))
    grp.msg(309, tp(2024, 11, 24, 7, 0), "Rusdi Abbas", "Masa tenang, semua fokus kerja e", N("neg_reminder", "a quiet-day reminder", lang="malut"))
    vol = Tg(c, rel, "Relawan BERANI Bacan", "private_group", 4640377120, WIT)
    vol.service(501, tp(2024, 9, 25, 20, 0), "Rusdi Abbas", "invite_members",
                [A("hsl_staf1", case="added_to_group", note="added by his head of office; he stays and never writes"),
                 A("hsl_staf2", case="added_to_group", note="added by her head of office; she leaves with a message"),
                 V("hsl_kadis", "instruct", "hsl-1", "instruct_add_staff", by_actor=True, lang="sys",
                   note="a head of office adds two of his staff to a bakal calon's volunteers' group (E codes)")],
                members=["Irfan Malagapi", "Safira Djalil"])
    vol.msg(502, tp(2024, 9, 25, 20, 10), "Admin Relawan BERANI", "Selamat datang relawan Om Is, Halsel BERANI! 🙏", N(lang="malut"))
    vol.msg(503, tp(2024, 9, 25, 20, 40), "Safira Djalil", "Maaf, sa PNS. Ibu Salma tu sa pe tanta jauh, mar sa keluar e 🙏",
            N("neg_left_group", "she explains and leaves (she shares running mate Salma Djalil's clan name)", lang="malut"))
    vol.service(504, tp(2024, 9, 25, 20, 41), "Safira Djalil", "remove_members", [N("neg_left_group", "she leaves", actor="hsl_staf2", lang="sys")],
                members=["Safira Djalil"])
    vol.msg(505, tp(2024, 10, 1, 19, 0), "Admin Relawan BERANI", "Yang su pasang stiker BERANI, kirim foto di sini 📸", N(lang="malut"))
    fam = Tg(c, rel, "Keluarga Hi. Abbas", "private_group", 4640411895, WIT)
    fam.msg(401, tp(2024, 11, 10, 19, 0), "Adik Hani", "Kaka Rus, torang pilih sapa 27 nanti?", N(lang="malut"))
    fam.msg(402, tp(2024, 11, 10, 19, 15), "Rusdi Abbas", "Nomor 1 saja, Om Is orang baik. Kase tau keluarga di Kayoa juga 👍",
            V("hsl_kadis", "instruct", "hsl-1", "family_appeal", lang="malut", note="a head of office appeals to his family to vote for a pair"), reply_to_message_id=401)
    fam.msg(403, tp(2024, 11, 10, 19, 30), "Adik Hani", "Ok Kaka 👍", N(lang="malut"))
    meinfo = {"user_id": 5590221874, "first_name": "Rusdi", "last_name": "Abbas", "phone_number": tg_phone(me["acc"]["telegram"]),
              "username": "rusdi_dkphalsel", "bio": "DKP Halsel"}
    for chat in (pc, grp, vol, fam):
        for m in chat.messages:
            if m.get("from") == "Rusdi Abbas":
                m["from_id"] = f"user{meinfo['user_id']}"
            elif m.get("actor") == "Rusdi Abbas":
                m["actor_id"] = f"user{meinfo['user_id']}"
    tg_account_export(c, rel, meinfo, contacts, [ch, pc, grp, vol, fam])

    # 3. the volunteers' supergroup of Wajo pair 1 in Tempe (2024, WITA), exported by a volunteer
    tg = Tg(c, "telegram/ChatExport_2024-11-30_relawan_deceng_tempe/result.json", "Relawan DECENG Tempe", "private_supergroup", 1830441276, WITA)
    adm = "Admin Relawan DECENG"
    tg.msg(100, ta(2024, 7, 1, 19, 0), adm, "Selamat datang relawan Puang Bahar, bakal calon bupati Wajo 🙏", N(lang="bugis"))
    tg.service(101, ta(2024, 7, 3, 20, 0), "Muh. Arfah", "join_group_by_link",
               [V("wjo_staf", "interact", "wjo-1", "bakal_support", action="follow_or_join", lang="sys",
                  note="a kecamatan clerk joins a bakal calon's volunteers' group (E4)")], inviter="Group")
    tg.msg(102, ta(2024, 7, 3, 20, 20), "Muh. Arfah", "Siap bantu kumpul warga Tempe untuk Puang Bahar 💪",
           V("wjo_staf", "post", "wjo-1", "bakal_support", in_group=True, note="offers to gather residents for the bakal calon"))
    tg.service(103, ta(2024, 7, 10, 20, 0), "Muh. Arfah", "invite_members",
               [A("wjo_staf2", case="added_to_group", note="added by a colleague; she stays and never writes"),
                V("wjo_staf", "instruct", "wjo-1", "instruct_add_staff", by_actor=True, lang="sys",
                  note="a clerk adds a colleague from his kecamatan to the volunteers' group")], members=["Hasriani Lawa"])
    tg.msg(104, ta(2024, 8, 5, 19, 0), adm, "Tolong kumpulkan data KK per RT untuk saksi dan pendukung, kirim ke admin 🙏", N(lang="bugis"))
    tg.msg(105, ta(2024, 8, 6, 20, 0), "Muh. Arfah", "Data KK RT 1-5 Kelurahan Lapongkoda sudah saya kirim, saya ambil dari arsip kecamatan 📄",
           V("wjo_staf", "team", "wjo-1", "ktp_kk_list", action="other", codes=["SKB-D12", "PP94-N5", "PP94-N4", "SKB-D9", "SKB-E2", "UU10-71-1"],
             note="a clerk passes KK data from the kecamatan's archive to a bakal calon's team"))
    tg.service(106, ta(2024, 8, 20, 20, 0), "Andi Nurul Aulia", "join_group_by_link",
               [V("wjo_pppk", "interact", "wjo-1", "join_group", action="follow_or_join", lang="sys", note="a PPPK teacher joins the group (E codes)")], inviter="Group")
    tg.msg(107, ta(2024, 8, 20, 20, 30), "Andi Nurul Aulia", "Saya bantu desain stiker DECENG ya 🎨",
           V("wjo_pppk", "team", "wjo-1", "team_member", in_group=True, note="offers to design the bakal calon's stickers"))
    tg.service(108, ta(2024, 9, 1, 20, 0), "Syamsul Bahri", "join_group_by_link",
               [R("rev_join_then_left", "an extension officer joins the volunteers' group and leaves ten minutes later saying he clicked by mistake: a join (SKB-E4) "
                  "or an accident?", actor="wjo_tani", cand="wjo-1", lang="sys")], inviter="Group")
    tg.msg(109, ta(2024, 9, 1, 20, 10), "Syamsul Bahri", "Maaf salah pencet link, saya PNS. Keluar dulu 🙏", N("neg_left_group", "he explains and leaves"))
    tg.service(110, ta(2024, 9, 1, 20, 11), "Syamsul Bahri", "remove_members", [N("neg_left_group", "he leaves", actor="wjo_tani", lang="sys")],
               members=["Syamsul Bahri"])
    tg.msg(111, ta(2024, 9, 23, 19, 0), adm, "Nomor urut 1! DECENG ☝️", N())
    tg.msg(112, ta(2024, 11, 21, 20, 0), "Muh. Arfah", "Spanduk DECENG sudah terpasang di pagar kantor camat 📸",
           V("wjo_staf", "post", "wjo-1", "props", in_group=True, add_codes=["SKB-D1", "PP94-N4"], note="reports the pair's banner on the kecamatan office fence"),
           photo=True)
    tg.msg(113, ta(2024, 11, 24, 0, 30), "Muh. Arfah", "Besok masa tenang, tetap semangat DECENG ☝️",
           V("wjo_staf", "post", "wjo-1", "stage_boundary_wita", in_group=True,
             note="00:30 WITA on 24 Nov (a quiet day locally) is 23:30 WIB on 23 Nov, the last campaign day; a violation either way"))
    tg.msg(114, ta(2024, 11, 28, 10, 0), adm, "Terima kasih relawan, apa pun hasilnya 🙏", N())
    c.write_json(tg.rel, tg.obj(), Tg.FMT)


# ---------------------------------------------------------------------------------------------
# WhatsApp exports
# ---------------------------------------------------------------------------------------------
@section
def whatsapp(c):
    # 1. Android, Indonesian: staff of Kecamatan Kembang Tanjong, Pidie (2024, WIB)
    cm, sk, kp, nf, zf = "Pak Camat Marzuki", "Kak Cut Sekcam", "Iqbal Kasi Pem", "Nurul Umum", "Zulfahmi PPPK"
    lines = [
        (w(2024, 1, 8, 8, 3), None, WA_NOTICE_ID, []),
        (w(2024, 8, 26, 19, 4), cm, "Assalamualaikum. Abua Basri daftar ke KIP besok. Yang tidak piket, kalau tidak keberatan, ikut antar ke Sigli 🙏",
         [V("pid_camat", "instruct", "pid-1", "instruct_soft", add_codes=["PP94-N3"], note="a camat softly asks staff to escort a bakal calon's registration (E codes)")]),
        (w(2024, 8, 26, 19, 17), zf, "Siap Pak", [R("rev_siap", "a PPPK clerk's bare 'siap'", actor="pid_pppk", cand="pid-1")]),
        (w(2024, 8, 26, 19, 31), kp, "Pak Camat, kamoe ASN hana jeut ikut antar bakal calon 🙏", [N("neg_objection", "a section head objects", lang="aceh")]),
        (w(2024, 8, 27, 10, 9), nf, "Ka di KIP Pak, ramai that 📸", [V("pid_staf", "attend", "pid-1", "attend_bakal", lang="aceh",
                                                                          note="a clerk reports joining the bakal calon's registration convoy")]),
        (w(2024, 8, 27, 10, 10), nf, "<Media tidak disertakan>", []),
        (w(2024, 9, 2, 8, 13), cm, "Sekcam, tolong minta keuchik kirim data KK per gampong. Untuk tim Abua, jangan disebar 🙏",
         [V("pid_camat", "instruct", "pid-1", "ktp_kk_list", add_codes=DATA, note="a camat orders villages' KK data gathered for a bakal calon's team")]),
        (w(2024, 9, 2, 8, 29), sk, "Bapak, data KK nyan data gampong, hana jeut geubri keu tim calon 🙏", [N("neg_objection", "the secretary objects", lang="aceh")]),
        (w(2024, 9, 2, 8, 44), cm, "Pesan ini telah dihapus", [N("neg_withdrawn", "the camat deletes a message after the objection; the order above stays")]),
        (w(2024, 9, 4, 9, 7), nf, "Data KK Gampong Ie Leubeue dan Pasi Rawa ka lon kirim bak Pak Camat 📄",
         [V("pid_staf", "team", "pid-1", "ktp_kk_list", action="other", codes=["SKB-D12", "PP94-N5", "PP94-N4", "SKB-D9", "SKB-E2", "UU10-71-1"], lang="aceh",
            note="the clerk passes village KK data on for the team")]),
        (w(2024, 10, 1, 20, 11), cm, "Sekadar info, Abua Basri kampanye di Kembang Tanjong hari Sabtu. Silakan bagi yang berkenan 😊",
         [V("pid_camat", "instruct", "pid-1", "instruct_soft", add_codes=["PP94-N3"], note="'just for information': a softened invitation to a campaign event")]),
        (w(2024, 10, 1, 20, 26), zf, "👍", [R("rev_emoji", "a bare thumbs-up (his attendance is a separate label)", actor="pid_pppk", cand="pid-1", lang="sys")]),
        (w(2024, 10, 5, 11, 3), zf, "Ka di lapangan Pak, rame 📸", [V("pid_pppk", "attend", "pid-1", "staff_comply", lang="aceh", note="reports attending the campaign")]),
        (w(2024, 10, 20, 9, 41), kp, "Nyoe SE Bupati tentang netralitas ASN lam Pilkada 2024, neu baca beh 🙏", [N("neg_rule_quote", "shares the circular", lang="aceh")]),
        (w(2024, 11, 24, 7, 19), sk, "Masa tenang, bek kirim gambar calon lam grup nyoe", [N("neg_reminder", "a quiet-day reminder", lang="aceh")]),
        (w(2024, 11, 28, 8, 23), kp, "Alhamdulillah aman. Soe mantong yang meunang, Pidie tetap damai 🙏", [N("neg_after_voting", "after the vote", lang="aceh")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kec. Kembang Tanjong.txt", "android_id", "whatsapp_android_id", lines)

    # 2. Android, Indonesian (4-digit year): primary-school teachers of the Pademawu cluster, Pamekasan (2013-14, WIB)
    up, ft, fs, ll, ar = "Pak Hasan UPTD", "Bu Fatimah", "Pak Faisol", "Bu Laili", "Mas Arif Honorer"
    lines = [
        (w(2013, 7, 22, 8, 2), None, f"{up} membuat grup \"Guru Gugus Pademawu\"", []),
        (w(2013, 8, 12, 19, 6), up, "Assalamualaikum. Ra Baidowi maju DPRD dari PKB dapil 2. Mator ka guru-guru, tolong dibantu kenalkan ke wali murid 🙏",
         [V("pmk_pengawas", "instruct", "dprd-pmk2-pkb-2", "instruct_open", add_codes=["PP94-N3"], lang="madura",
            note="the head of the district education unit asks teachers to promote a legislative bakal calon to parents (E codes)")]),
        (w(2013, 8, 12, 19, 22), ll, "Engghi Pak", [R("rev_siap", "a bare 'engghi' (yes)", actor="pmk_guru3", cand="dprd-pmk2-pkb-2", lang="madura")]),
        (w(2013, 8, 12, 19, 38), ft, "Ngapunten Pak, guru tak olle kampanye 🙏", [N("neg_objection", "a teacher refuses", lang="madura")]),
        (w(2014, 3, 18, 20, 7), up, "Hari Minggu Kiai Zainul pengajian akbar di Pademawu, sekalian kampanye PPP. Guru-guru se gugus wajib hadir ya, pakai baju hijau 💚",
         [V("pmk_pengawas", "instruct", "dpr-jatim11-ppp-1", "instruct_open", add_codes=["PP94-N3"], note="orders teachers to a DPR candidate's rally")]),
        (w(2014, 3, 18, 20, 21), fs, "Siap Pak, sengko' hadir", [R("rev_promise", "a teacher says he will attend: a promise shown, the act not yet", actor="pmk_guru2",
                                                                   cand="dpr-jatim11-ppp-1", lang="madura")]),
        (w(2014, 3, 23, 10, 13), fs, "Sudah di lapangan Pademawu Pak, rame 📸", [V("pmk_guru2", "attend", "dpr-jatim11-ppp-1", "staff_comply", note="reports attending")]),
        (w(2014, 3, 23, 10, 14), fs, "<Media tidak disertakan>", []),
        (w(2014, 3, 23, 10, 43), ft, "Pak, 'wajib hadir' itu melanggar aturan. Saya laporkan ke dinas kalau diulang 🙏", [N("neg_objection", "a teacher objects")]),
        (w(2014, 3, 23, 11, 1), up, "Maaf, 'wajib' tadi salah ketik. Maksud saya yang berkenan saja 🙏", [N("neg_withdrawn", "he softens after the objection; the order stands")]),
        (w(2014, 4, 5, 21, 17), up, "Besok masa tenang. Ingat Rabu nanti: DPR nomor 1 PPP, DPRD nomor 2 PKB 😉",
         [V("pmk_pengawas", "instruct", "dprd-pmk2-pkb-2", "instruct_covert", note="the last campaign evening: a veiled call for two candidates' numbers")]),
        (w(2014, 4, 5, 21, 33), ar, "Honorer boleh pilih bebas kan Pak? 😅", [N()]),
        (w(2014, 4, 10, 8, 19), ll, "Alhamdulillah TPS di Pademawu aman", [N("neg_after_voting", "after the vote")]),
        (w(2014, 7, 7, 7, 11), ft, "Masa tenang pilpres, grup ini untuk urusan sekolah saja 🙏", [N("neg_reminder", "a quiet-day reminder")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Guru Gugus Pademawu.txt", "android_id4", "whatsapp_android_id", lines)

    # 3. iOS, Indonesian: a volunteers' group of Lombok Tengah pair 1 in Pujut (2024, WITA), exported by a volunteer
    g = "Relawan SOLAH Pujut"
    rl = "Amaq Jupri Relawan"
    zn, hz, br = "Muhammad Zaini", "Hirzan Wathoni", "Baiq Rusmayanti"
    lines = [
        (ta(2024, 7, 15, 20, 1, 10), None, f"{rl} membuat grup \"{g}\"", []),
        (ta(2024, 7, 15, 20, 3, 22), None, f"{rl} menambahkan {zn}, {hz}, {br}",
         [A("ltg_staf", case="added_to_group", note="added to a bakal calon's volunteers' group; he joins in"),
          A("ltg_pppk", case="added_to_group", note="added to the group; he leaves at once"),
          A("ltg_sekcam", case="added_to_group", note="added to the group; she stays and only says she reads")]),
        (ta(2024, 7, 15, 20, 10, 41), rl, "Selamat datang semeton relawan Mamiq Supri. SOLAH! 💪", [N(lang="sasak")]),
        (ta(2024, 7, 15, 20, 15, 3), None, f"{hz} keluar", [N("neg_left_group", "an added PPPK teacher leaves", actor="ltg_pppk", lang="sys")]),
        (ta(2024, 7, 15, 20, 33, 57), zn, "Siap Amaq, tiang bantu sebar info Mamiq Supri 💪",
         [V("ltg_staf", "post", "ltg-1", "added_then_engaged", in_group=True, lang="sasak", note="added by a volunteer, he offers to campaign (E codes)")]),
        (ta(2024, 7, 27, 9, 12, 14), rl, "Semeton, kumpul data pendukung per dusun ya, kirim ke posko", [N(lang="sasak")]),
        (ta(2024, 8, 28, 8, 40, 5), zn, "Sampun di KPU Praya, araq 5 dengan kantor 😁",
         [V("ltg_staf", "attend", "ltg-1", "attend_bakal", in_group=True, lang="sasak", note="reports joining the registration convoy with office colleagues")]),
        (ta(2024, 8, 28, 8, 40, 50), zn, "<terlampir: 00000009-PHOTO-2024-08-28-08-40-50.jpg>", []),
        (ta(2024, 9, 22, 0, 35, 10), zn, "Jelo niki penetapan, Mamiq Supri pasti lolos! SOLAH 💪",
         [V("ltg_staf", "post", "ltg-1", "stage_boundary_wita", in_group=True, lang="sasak",
            note="the phone says 00:35 on 22 Sep in WITA, 23:35 WIB on 21 Sep: still a bakal calon by the WIB date (E codes)")]),
        (ta(2024, 10, 15, 21, 40, 30), rl, "Bu Baiq diam doang 😄", [N(lang="sasak")]),
        (ta(2024, 10, 15, 21, 52, 12), br, "Ampure, tiang cuma baca. Tiang ASN 🙏", [N("neg_deflect", "the added secretary says she only reads", lang="sasak")]),
        (ta(2024, 11, 20, 20, 10, 0), zn, "Spanduk SOLAH sampun terpasang leq 8 titik Pujut ☝️",
         [V("ltg_staf", "post", "ltg-1", "props", in_group=True, add_codes=["SKB-D1"], lang="sasak", note="reports putting up the pair's banners")]),
        (ta(2024, 11, 23, 23, 30, 0), rl, "Jelo jeri masa tenang, copot semua APK nggih", [N(lang="sasak")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 4. Android, English (US clock): the tourism office of Manggarai Barat (2024, WITA)
    kd, kb, nm, kr = "Ibu Kadis Margaretha", "Bosco Kabid", "Nirma Objek Wisata", "Kristo Umum"
    lines = [
        (ta(2024, 7, 29, 8, 3), None, WA_NOTICE_EN, []),
        (ta(2024, 8, 12, 9, 11), kd, "Selamat pagi. Kalau tidak keberatan, postingan Kraeng Hendrik di IG dinas kemarin boleh dilike dan dishare ya 🙏",
         [V("mbr_kadis", "instruct", "mbr-1", "instruct_soft", add_codes=["PP94-N3", "SKB-D12"],
            note="a head of office softly asks staff to like and share a bakal calon's feature on the office account (E codes)")]),
        (ta(2024, 8, 12, 9, 24), kb, "Ibu, itu akun dinas. Tidak boleh untuk bakal calon, apalagi minta staf like 🙏", [N("neg_objection", "the division head objects")]),
        (ta(2024, 8, 12, 9, 40), nm, "Sudah saya like dan komen Ibu 👍",
         [V("mbr_staf1", "interact", "mbr-1", "staff_comply", action="like", note="reports liking and commenting as asked (her comment is a separate label)")]),
        (ta(2024, 8, 12, 10, 2), kd, "Baik, saya tarik permintaan tadi. Lupakan saja 🙏", [N("neg_withdrawn", "she withdraws; the request above stays on record")]),
        (ta(2024, 9, 2, 15, 6), kr, "Ibu, laporan kunjungan wisatawan Agustus sudah saya kirim", [N("neg_official_neutral", "routine work")]),
        (ta(2024, 10, 1, 19, 8), kd, "Sekadar info, Sabtu ada kampanye Kraeng Hendrik di Lapangan Kampung Ujung. Yang mau silakan 😊",
         [V("mbr_kadis", "instruct", "mbr-1", "instruct_soft", add_codes=["PP94-N3"], note="'just for information': she invites staff again after withdrawing")]),
        (ta(2024, 10, 1, 19, 22), kr, "🙏", [R("rev_emoji", "a bare prayer-hands emoji to the invitation", actor="mbr_staf2", cand="mbr-1", lang="sys")]),
        (ta(2024, 10, 5, 10, 13), nm, "Sudah di Kampung Ujung Ibu, ramai 📸", [V("mbr_staf1", "attend", "mbr-1", "staff_comply", note="reports attending the campaign")]),
        (ta(2024, 10, 20, 20, 4), kb, "Ibu, neka kampanye di grup dinas. Ase kae tetap satu siapa pun bupatinya 🙏", [N("neg_objection", "the division head objects again",
                                                                                                                       lang="manggarai")]),
        (ta(2024, 11, 24, 8, 4), kb, "Masa tenang, jangan kirim foto calon di grup ya", [N("neg_reminder", "a quiet-day reminder")]),
        (ta(2024, 11, 28, 9, 31), kr, "Syukur pilkada aman 🙏", [N("neg_after_voting", "after the vote")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Dinas Pariwisata Mabar.txt", "android_us", "whatsapp_android_en", lines)

    # 5. iOS, English: staff of Kelurahan Gogagoman, Kotamobagu (2024, WITA)
    g = "Staf Kel. Gogagoman"
    lr, sk, fk, yl = "Pak Lurah Rudi", "Ibu Siti Seklur", "Fikri Umum", "Yulin Pelayanan"
    lines = [
        (ta(2024, 7, 1, 7, 58, 12), None, WA_NOTICE_EN, []),
        (ta(2024, 9, 30, 8, 3, 0), sk, "Diteruskan dari Pak Camat: staf kelurahan diminta like deng share postingan Om Jai nomor 2 😊",
         [V("ktg_seklur", "instruct", "ktg-2", "relay_order", add_codes=["PP94-N3"], lang="mongondow", note="the secretary relays the camat's order to her staff")]),
        (ta(2024, 9, 30, 8, 15, 20), lr, "Ibu Siti, kita nyanda setuju. Staf jang iko, torang ASN netral 🙏", [N("neg_objection", "the lurah overrules the relay", lang="mongondow")]),
        (ta(2024, 9, 30, 8, 31, 2), yl, "Kita nyanda iko, Pak Lurah 🙏", [N("neg_everyday_word", "'kita' (I) in a refusal; pair 1's acronym is KITA", lang="mongondow")]),
        (ta(2024, 9, 30, 8, 44, 10), fk, "👍", [R("rev_emoji", "a bare thumbs-up after the relay and the lurah's refusal: to which?", actor="ktg_staf1", cand="ktg-2", lang="sys")]),
        (ta(2024, 10, 8, 9, 15, 0), fk, "Tadi Om Syam mampir di kantor, foto bareng 📸 KITA ☝️",
         [V("ktg_staf1", "photo", "ktg-1", "photo_caption", add_codes=["PP94-N4"], lang="mongondow", note="a clerk poses with a campaigning candidate in the office")]),
        (ta(2024, 10, 8, 9, 15, 40), fk, "<attached: 00000012-PHOTO-2024-10-08-09-15-40.jpg>", []),
        (ta(2024, 10, 8, 9, 30, 0), lr, "Fikri, tolong hapus. Kantor bukan tempat kampanye.", [N("neg_objection", "the lurah rebukes him")]),
        (ta(2024, 10, 8, 9, 41, 5), fk, "Siap Pak, so hapus 🙏", [N("neg_withdrawn", "he deletes the photo; the post is on record")]),
        (ta(2024, 10, 20, 10, 5, 0), yl, "Besok posyandu lansia jam 8, kita yang jaga meja pendaftaran", [N("neg_everyday_word", "'kita' (I) at work", lang="mongondow")]),
        (ta(2024, 11, 24, 7, 0, 0), lr, "Masa tenang. Kita ingatkan lagi: staf netral e 🙏", [N("neg_reminder", "a quiet-day reminder", lang="mongondow")]),
        (ta(2024, 11, 28, 8, 0, 0), sk, "Syukur pilkada aman 🙏", [N("neg_after_voting", "after the vote")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # 6. Android, English (24-hour clock): the service division of RSUD Masohi (2014, WIT)
    kb, nl, sm, fm = "Ibu Kabid Marthina", "dr. Nurlaila", "Samuel Perawat", "Fatma Perawat"
    lines = [
        (tp(2014, 2, 3, 8, 5), None, f"{kb} created group \"Pelayanan RSUD Masohi\"", []),
        (tp(2014, 3, 19, 9, 12), kb, "Selamat pagi. Bung Hasan Latuconsina caleg Hanura nomor 2 dapil 1 banyak bantu rumah sakit. Katong dukung e, kase tau keluarga masing-masing 🙏",
         [V("mtg_kabid", "instruct", "dprd-mtg1-han-2", "instruct_open", add_codes=["PP94-N3"], lang="ambon",
            note="a division head asks nurses to back a DPRD candidate and tell their families")]),
        (tp(2014, 3, 19, 9, 26), sm, "Siap Ibu Kabid", [R("rev_siap", "a nurse's bare 'siap'", actor="mtg_rs2", cand="dprd-mtg1-han-2", lang="ambon")]),
        (tp(2014, 3, 19, 9, 44), fm, "Ibu, katong ASN seng bisa arahkan keluarga. Beta seng ikut 🙏", [N("neg_objection", "a nurse refuses", lang="ambon")]),
        (tp(2014, 3, 30, 15, 8), sm, "Su pasang stiker Bung Hasan di rumah, foto beta kirim 📸",
         [V("mtg_rs2", "post", "dprd-mtg1-han-2", "props", add_codes=["SKB-D1"], lang="ambon", note="reports putting up the candidate's sticker")]),
        (tp(2014, 3, 30, 15, 9), sm, "<Media omitted>", []),
        (tp(2014, 5, 27, 19, 4), kb, "Capres Pak Adi mau datang ke Masohi, tolong siapkan ruang VIP rumah sakit untuk tim 🙏",
         [V("mtg_kabid", "instruct", "p10-2", "facility_order", add_codes=["PP94-N4", "UU7-304"], lang="ambon",
            note="orders a hospital VIP room readied for a presidential bakal calon's team (E codes)")]),
        (tp(2014, 5, 27, 19, 27), nl, "Ibu, ruang VIP untuk pasien. Seng bisa untuk tim capres.", [N("neg_objection", "a doctor objects")]),
        (tp(2014, 5, 27, 19, 41), kb, "Ok, seng jadi. Maaf 🙏", [N("neg_withdrawn", "she withdraws; the order above stays on record", lang="ambon")]),
        (tp(2014, 7, 7, 8, 12), fm, "Masa tenang, jang kirim gambar capres e", [N("neg_reminder", "a quiet-day reminder", lang="ambon")]),
        (tp(2014, 7, 10, 10, 5), nl, "Sapa saja presidennya, pasien tetap nomor satu 😄", [N("neg_everyday_word", "'nomor satu' (first) in a joke after the vote", lang="ambon")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Pelayanan RSUD Masohi.txt", "android_gb", "whatsapp_android_en", lines)

    # 7. Android, Indonesian: staff of Kelurahan Pekalipan, Kota Cirebon (2014, WIB); an honorary worker among them
    lr, sk, dd, st, ad = "Pak Lurah Raden", "Bu Euis Seklur", "Dedi Umum", "Siti Pelayanan", "Adi Honorer"
    lines = [
        (w(2014, 3, 3, 8, 7), None, f"{lr} membuat grup \"Staf Kel. Pekalipan\"", []),
        (w(2014, 3, 25, 19, 9), lr, "Kang Rozak PKB nomor 1 dapil 2 mau silaturahmi ke kelurahan Kamis. Staf siapkan aula ya 🙏",
         [V("crb_lurah", "instruct", "dprd-crb2-pkb-1", "facility_order", add_codes=["PP94-N4", "UU7-304"], note="a lurah has staff ready the kelurahan hall for a candidate")]),
        (w(2014, 3, 25, 19, 23), sk, "Pak Lurah, aula kelurahan bli olih kanggo caleg 🙏", [N("neg_objection", "the secretary objects", lang="cirebon")]),
        (w(2014, 3, 25, 19, 36), ad, "Siap Pak, kursi tak tata 👍",
         [N("neg_not_yet_asn", "an honorary worker, appointed PNS only in 2019 (as his NIP shows), offers to set the chairs: not an ASN's act in 2014",
            lang="cirebon")]),
        (w(2014, 3, 27, 14, 11), dd, "Aula wis siap, Kang Rozak wis rawuh 📸",
         [V("crb_staf1", "post", "dprd-crb2-pkb-1", "staff_comply", action="other", codes=["PP94-N4", "SKB-D12", "PP94-N5", "SKB-D4", "UU7-304"], lang="cirebon",
            note="a clerk reports the hall readied and the candidate arrived")]),
        (w(2014, 3, 27, 14, 12), dd, "<Media tidak disertakan>", []),
        (w(2014, 6, 3, 19, 13), lr, "Diteruskan dari Pak Camat: ASN kelurahan diharapkan hadir di kampanye TEGAS di Stadion Bima tanggal 8 😊",
         [V("crb_lurah", "instruct", "p10-1", "relay_order", add_codes=["PP94-N3"], note="a lurah relays the camat's call to a presidential rally")]),
        (w(2014, 6, 3, 19, 29), st, "Kita bli melu, Pak. Kita pegawe 🙏", [N("neg_objection", "a clerk refuses", lang="cirebon")]),
        (w(2014, 6, 3, 19, 43), sk, "Nggih", [R("rev_siap", "the secretary's bare 'nggih'", actor="crb_seklur", cand="p10-1", lang="cirebon")]),
        (w(2014, 6, 8, 10, 17), dd, "Wis ning Stadion Bima, rame pisan 📸", [V("crb_staf1", "attend", "p10-1", "staff_comply", lang="cirebon", note="reports attending the rally")]),
        (w(2014, 7, 6, 7, 21), sk, "Masa tenang, aja kirim gambar capres ning grup", [N("neg_reminder", "a quiet-day reminder", lang="cirebon")]),
        (w(2014, 7, 9, 13, 47), st, "TPS 4 Pekalipan lancar", [N("neg_election_work", "voting-day report")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kel. Pekalipan.txt", "android_id", "whatsapp_android_id", lines)

    # 8. iOS, Indonesian: the family group of a Wajo camat (2024, WITA)
    g = "Keluarga Besar Andi Baso"
    ind, bs, rn, ab = "Indo' Sitti", "Puang Baso", "Andi Rini", "Ambo' Lolo"
    lines = [
        (ta(2024, 9, 1, 19, 58, 1), None, WA_NOTICE_ID, []),
        (ta(2024, 10, 6, 19, 3, 10), ind, "Baso, ibunya Puang Ridwan meninggal kemarin. Kita ke Sengkang melayat?", [N(lang="bugis")]),
        (ta(2024, 10, 6, 19, 10, 44), bs, "Iyye Indo', sore nanti kita melayat. Turut berduka untuk keluarga Puang Ridwan 🤲",
         [N("neg_condolence", "a camat arranges to condole a candidate's family", lang="bugis")]),
        (ta(2024, 10, 20, 20, 5, 0), ab, "Baso, 27 November kita pilih siapa?", [N(lang="bugis")]),
        (ta(2024, 10, 20, 20, 12, 30), bs, "Nomor 1 mi, Puang Bahar. Sampaikan ke keluarga di Belawa juga 👍 DECENG",
         [V("wjo_camat", "instruct", "wjo-1", "family_appeal", lang="bugis", note="a camat appeals to his family for a pair")]),
        (ta(2024, 10, 20, 20, 20, 0), rn, "Puang, Puang kan camat, tidak boleh arahkan keluarga 😅", [N()]),
        (ta(2024, 11, 2, 18, 40, 0), ind, "Andi Rini masuk rumah sakit, doakan cepat sembuh 🤲", [N()]),
        (ta(2024, 11, 2, 18, 52, 15), bs, "Semoga lekas sembuh Rini 🤲", [N("neg_personal", "family talk")]),
        (ta(2024, 11, 26, 21, 0, 0), bs, "Besok jangan lupa, yang deceng-deceng saja 😉",
         [R("rev_family", "on the last quiet day the camat tells his family to choose 'the good ones' with the pair's acronym: a veiled appeal (SKB-D8) or a "
            "saying?", actor="wjo_camat", cand="wjo-1", lang="bugis")]),
        (ta(2024, 11, 27, 14, 20, 0), ab, "Sudah coblos semua", [N()]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 9. Android, Indonesian (4-digit year): staff of Distrik Fakfak (2024, WIT)
    kd, mr, kr, ys = "Bapa Kadistrik Yusuf", "Ibu Maria Sekdis", "Kadir Umum", "Yosina Data"
    lines = [
        (tp(2024, 1, 15, 8, 3), None, WA_NOTICE_ID, []),
        (tp(2024, 4, 15, 9, 11), kd, "Selamat pagi. Kaka Petrus mo maju jalur perseorangan. Yang bisa, bawa fotokopi KTP deng KK keluarga ke kantor distrik, sa yang kumpul 🙏",
         [V("ffk_distrik", "ktp", "ffk-3", "ktp_collection", lang="papua",
            note="a district head collects KTP copies for an independent bakal calon (SKB-D11, PP94-N7)")]),
        (tp(2024, 4, 15, 9, 24), mr, "Bapa, distrik tra boleh kumpul KTP untuk calon, itu bisa kena pidana 🙏", [N("neg_objection", "the secretary objects", lang="papua")]),
        (tp(2024, 4, 15, 9, 40), kr, "Siap Bapa", [R("rev_siap", "a bare 'siap' (his KTP copies are a separate label)", actor="ffk_staf", cand="ffk-3", lang="papua")]),
        (tp(2024, 4, 16, 10, 2), kr, "Sa su bawa fotokopi KTP sa deng istri ke meja Bapa 👍",
         [V("ffk_staf", "ktp", "ffk-3", "ktp_give", lang="papua", note="a clerk hands in his and his wife's KTP copies")]),
        (tp(2024, 4, 16, 10, 13), ys, "Sa tra kasih. Sa ASN 🙏", [N("neg_objection", "a data officer refuses", lang="papua")]),
        (tp(2024, 6, 3, 15, 6), mr, "Bapa, surat edaran Bupati tentang netralitas ASN sa taruh di meja 🙏", [N("neg_rule_quote", "passes on the circular")]),
        (tp(2024, 10, 14, 19, 8), kd, "Yosina, tolong rekap data KK per RT di Distrik Fakfak, kirim ke tim Bapa Samaun. Sekadar bantu saja 😉",
         [V("ffk_distrik", "instruct", "ffk-1", "ktp_kk_list", add_codes=DATA, lang="papua", note="the same district head now orders KK data sent to another pair's team")]),
        (tp(2024, 10, 14, 19, 22), ys, "Bapa, data KK itu data kependudukan, tra bisa sa kasih ke tim calon.", [N("neg_objection", "she refuses")]),
        (tp(2024, 10, 15, 8, 13), kr, "Bapa, data KK RT 1 sampai 7 su sa kirim ke tim 📄",
         [V("ffk_staf", "team", "ffk-1", "ktp_kk_list", action="other", codes=["SKB-D12", "PP94-N5", "PP94-N4", "SKB-D10", "UU10-71-1"], lang="papua",
            note="the clerk sends the KK data to the team")]),
        (tp(2024, 11, 24, 8, 4), mr, "Masa tenang, jang kirim gambar calon di grup e", [N("neg_reminder", "a quiet-day reminder", lang="papua")]),
        (tp(2024, 11, 27, 12, 15), ys, "TPS Wagom aman", [N("neg_election_work", "voting-day report")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Distrik Fakfak.txt", "android_id4", "whatsapp_android_id", lines)

    # 10. iOS, English: teachers of SMPN 1 Rantepao (2014, WITA)
    g = "Guru SMPN 1 Rantepao"
    yl, mk, es, ks = "Bu Yuli", "Pak Markus", "Bu Ester", "Pak Kepsek"
    lines = [
        (ta(2014, 2, 10, 7, 58, 12), None, f"{yl} created group \"{g}\"", []),
        (ta(2014, 3, 20, 8, 3, 0), yl, "Selamat pagi bapak ibu. Ambe' Daniel nomor 2 Demokrat kampanye di Rantepao Sabtu. Yang bisa, ayo hadir, Ambe' Daniel peduli guru 🙏",
         [V("tru_guru", "instruct", "dprd-tru1-dem-2", "invite_colleagues", lang="toraja", note="a teacher invites colleagues to a DPRD candidate's rally")]),
        (ta(2014, 3, 20, 8, 15, 20), mk, "👍", [R("rev_emoji", "a bare thumbs-up (his attendance is a separate label)", actor="tru_guru2", cand="dprd-tru1-dem-2", lang="sys")]),
        (ta(2014, 3, 20, 8, 31, 2), es, "Bu Yuli, guru PNS tidak boleh ikut kampanye. Tae' ku hadir 🙏", [N("neg_objection", "a colleague refuses", lang="toraja")]),
        (ta(2014, 3, 22, 10, 12, 0), mk, "Sudah di lapangan Bu, rame 📸", [V("tru_guru2", "attend", "dprd-tru1-dem-2", "staff_comply", note="reports attending")]),
        (ta(2014, 3, 22, 10, 12, 40), mk, "<attached: 00000007-PHOTO-2014-03-22-10-12-40.jpg>", []),
        (ta(2014, 5, 28, 20, 5, 0), yl, "Kurre sumanga' yang sudah coblos Ambe' Daniel 🙏 Sekarang capres, ADIL untuk guru ✌️",
         [V("tru_guru", "post", "p10-2", "bakal_support", lang="toraja", note="in the school group she backs a presidential bakal calon (E codes)")]),
        (ta(2014, 5, 28, 20, 20, 0), es, "Bu, grup sekolah bukan untuk kampanye 🙏", [N("neg_objection", "a colleague objects")]),
        (ta(2014, 7, 6, 7, 0, 0), ks, "Masa tenang, guru netral. Fokus persiapan tahun ajaran baru 🙏", [N("neg_reminder", "the principal's reminder")]),
        (ta(2014, 7, 23, 10, 0, 0), yl, "Kurre sumanga', kerja keras kita berhasil ✌️",
         [R("rev_after_vote", "after the count 'our hard work paid off' with a V sign: campaign work (SKB-D10) or a supporter's joy?", actor="tru_guru", cand="p10-2",
            lang="toraja")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # 11. Android, English (US clock): the disaster agency of Halmahera Selatan (2014, WIT)
    mh, rs, kp = "Muhlis Analis", "Ibu Rosmiati", "Om Kalak"
    lines = [
        (tp(2014, 1, 6, 8, 5), None, f"{mh} created group \"BPBD Halsel\"", []),
        (tp(2014, 5, 21, 19, 8), mh, "Capres Pak Teguh su daftar KPU, TEGAS cocok untuk Malut ☝️",
         [V("hsl_bpbd", "post", "p10-1", "bakal_support", lang="malut", note="an analyst backs a presidential bakal calon in the office group (E codes)")]),
        (tp(2014, 5, 21, 19, 24), rs, "Om Muhlis, ini grup kantor, jang kampanye 🙏", [N("neg_objection", "a colleague objects", lang="malut")]),
        (tp(2014, 5, 21, 19, 37), mh, "Ok maaf, sa cuma cerita 😅", [N("neg_deflect", "he plays it down; the message stands", lang="malut")]),
        (tp(2014, 6, 16, 9, 12), kp, "Siaga banjir di Bacan Timur, tim reaksi cepat standby", [N()]),
        (tp(2014, 6, 16, 9, 27), mh, "Siap, tim su di lokasi 👍", [N("neg_official_neutral", "a 'siap' to routine work", lang="malut")]),
        (tp(2014, 7, 6, 0, 33), mh, "Tanggal 9 ingat nomor 1 e ☝️ TEGAS",
         [V("hsl_bpbd", "post", "p10-1", "stage_quiet", lang="malut",
            note="00:33 WIT on 6 Jul (a quiet day locally) is 22:33 WIB on 5 Jul, the last campaign day; a violation either way")]),
        (tp(2014, 7, 6, 7, 43), rs, "Masa tenang Om 😅", [N("neg_reminder", "a quiet-day reminder", lang="malut")]),
        (tp(2014, 7, 23, 10, 15), rs, "Sapa saja presidennya, bencana tetap torang urus 😄", [N("neg_after_voting", "after the count", lang="malut")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with BPBD Halsel.txt", "android_us", "whatsapp_android_en", lines)

    # 12. Android, Indonesian: the family group of the Padangsidimpuan camat (2014, WIB)
    ud, tl, bt, nt = "Uda Rizal", "Tulang Pangihutan", "Butet", "Nantulang Rosma"
    lines = [
        (w(2014, 3, 10, 19, 3), ud, "Tulang, pileg on pilih ise?", [N(lang="angkola")]),
        (w(2014, 3, 10, 19, 14), tl, "DPR pilih Bang Parlin nomor 2 Golkar, marga ta do ia. Sampaikan tu keluarga di Batunadua 👍",
         [V("psp_camat", "instruct", "dpr-sumut2-gol-2", "family_appeal", lang="angkola", note="a camat appeals to his family for a DPR candidate of his clan")]),
        (w(2014, 3, 10, 19, 28), bt, "Tulang, camat inda boleh arahkan keluarga 😅", [N(lang="angkola")]),
        (w(2014, 3, 10, 19, 46), nt, "Horas, ulang lupa arisan Minggu 😂", [N(lang="angkola")]),
        (w(2014, 6, 15, 20, 9), tl, "Pilpres on, nomor 1 TEGAS. Sampaikan tu kahanggi 👍",
         [V("psp_camat", "instruct", "p10-1", "family_appeal", lang="angkola", note="he repeats it for a presidential pair")]),
        (w(2014, 6, 15, 20, 27), ud, "Olo Tulang", [N(lang="angkola")]),
        (w(2014, 7, 9, 12, 31), bt, "Nungnga mancoblos sude", [N(lang="angkola")]),
        (w(2014, 7, 22, 19, 49), tl, "Apa pun hasilna, hita tetap sada keluarga 🙏", [N("neg_after_voting", "after the count", lang="angkola")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Keluarga Harahap.txt", "android_id", "whatsapp_android_id", lines)


@section
def everyday_chats(c):
    # Android, Indonesian (4-digit year): an arisan group of Masohi women (2024, WIT); two officials among them
    an, yh, fm, ln = "Mama Ani", "Usi Yohana", "Nona Fatma", "Usi Lina"
    lines = [
        (tp(2024, 8, 4, 19, 3), an, "Arisan bulan ini di rumah Usi Lina e", [N(lang="ambon")]),
        (tp(2024, 8, 4, 19, 17), yh, "Siap, beta bawa kue lapis 🍰", [N("neg_personal", "arisan talk", lang="ambon")]),
        (tp(2024, 9, 12, 19, 7), ln, "Usi Maria calon bupati tu dulu beta pu guru SMA, orang baik", [N(lang="ambon")]),
        (tp(2024, 9, 12, 19, 21), yh, "Iya, Usi Maria memang baik. Mar beta ASN, seng bisa bicara pilkada 🙏", [N("neg_negation", "an official declines to talk politics", lang="ambon")]),
        (tp(2024, 10, 22, 19, 9), fm, "Mama Ani pu anak su sembuh?", [N("neg_personal", "arisan talk", lang="ambon")]),
        (tp(2024, 11, 6, 18, 41), an, "Usi Maria pu mama meninggal, besok katong pi melayat?", [N(lang="ambon")]),
        (tp(2024, 11, 6, 18, 53), fm, "Iya, beta ikut. Turut berduka untuk keluarga Latumahina 🤲",
         [N("neg_condolence", "a nurse condoles a campaigning candidate's family", lang="ambon")]),
        (tp(2024, 11, 27, 14, 13), ln, "Su coblos samua?", [N(lang="ambon")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Arisan Ibu-Ibu Masohi.txt", "android_id4", "whatsapp_android_id", lines)

    # iOS, Indonesian: teachers of SDN 1 Kotamobagu (2024, WITA)
    g = "Guru SDN 1 Kotamobagu"
    ir, na, hs = "Pak Irwan", "Bu Nurul Ain", "Bu Hasna"
    lines = [
        (ta(2024, 8, 1, 7, 56, 3), None, WA_NOTICE_ID, []),
        (ta(2024, 9, 22, 17, 23, 40), na, "[Berita] KPU Kotamobagu tetapkan dua paslon walikota: Syamsul–Femmy dan Jainuddin–Asnawati",
         [N("neg_news", "a PPPK teacher forwards the designation news naming both pairs")]),
        (ta(2024, 9, 22, 17, 41, 12), ir, "Kita ingatkan, guru tidak boleh like atau share akun paslon. Ini SE-nya 🙏",
         [N("neg_rule_quote", "a teacher shares the circular ('kita' = I)", lang="mongondow")]),
        (ta(2024, 9, 22, 17, 58, 30), na, "Pak, kalau like postingan teman yang isinya paslon, boleh?", [N("neg_question", "a question about the rule")]),
        (ta(2024, 9, 22, 18, 9, 5), ir, "Jang ambil risiko, Bu 😄", [N("neg_reminder", "a reminder", lang="mongondow")]),
        (ta(2024, 10, 3, 19, 17, 44), hs, "Tante Femmy Lantong itu Pak Irwan pe tanta kang? 😂", [N("neg_namesake", "a question about a shared clan name", lang="mongondow")]),
        (ta(2024, 10, 3, 19, 29, 10), ir, "Lantong banyak di sini, kita nyanda tau 😅", [N("neg_namesake", "the teacher who shares the running mate's clan name", lang="mongondow")]),
        (ta(2024, 10, 12, 20, 37, 0), na, "gambar tidak disertakan", []),
        (ta(2024, 10, 12, 20, 49, 22), ir, "Bu, itu gambar paslon kang? Tolong hapus 🙏", [N("neg_objection", "a colleague objects to a forwarded image", lang="mongondow")]),
        (ta(2024, 10, 12, 20, 57, 8), na, "Maaf Pak, salah kirim. So hapus 🙏", [N("neg_withdrawn", "she deletes the image", lang="mongondow")]),
        (ta(2024, 11, 4, 16, 13, 2), hs, "Om Jai pe kakak meninggal. Kita melayat sore ini?", [N("neg_condolence", "a teacher proposes to condole a candidate's family", lang="mongondow")]),
        (ta(2024, 11, 4, 16, 21, 45), na, "Iyo, kita ikut. Turut berduka 🙏", [N("neg_condolence", "a condolence", lang="mongondow")]),
        (ta(2024, 11, 26, 20, 33, 0), ir, "Besok libur pilkada. Sapa saja yang menang, Kotamobagu tetap KITA 😄",
         [R("rev_slogan_echo", "pair 1's slogan 'Kotamobagu KITA' in capitals on the eve of the vote from a teacher who stayed neutral: a joke or a hint?",
            actor="ktg_guru2", cand="ktg-1", lang="mongondow")]),
        (ta(2024, 11, 28, 7, 7, 7), na, "Puji Tuhan aman semua 🙏", [N("neg_after_voting", "after the vote")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)
