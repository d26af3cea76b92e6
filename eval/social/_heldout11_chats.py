"""heldout11, part 2: Telegram Desktop exports (a whole-account export with a channel and its contact list, a volunteers'
supergroup, a basic group of 2017) and WhatsApp exports (Android and iOS, Indonesian and English locales) (see _heldout11.py).
Groups made in 2017-2018 open with the Indonesian or English wording of WhatsApp's encryption notice of those years."""
from __future__ import annotations

from _corpus import WITA, A, N, R, Tg, V, tg_account_export, tg_contact, tg_phone, wa_file
from _heldout11_base import WA_NOTICE_EN_OLD, WA_NOTICE_ID_OLD, section, ta, tp, w

DATA = ["SKB-D12", "PP94-N5", "PP94-N4"]
# a member handing in office data for a calon's team
DATA_GIVE = ["SKB-D12", "PP94-N5", "PP94-N4", "SKB-D10", "UU10-71-1"]


# ---------------------------------------------------------------------------------------------
# Telegram Desktop result.json
# ---------------------------------------------------------------------------------------------
@section
def telegram(c):
    # 1. a whole-account export of the head of the Sulawesi Tenggara fisheries office (2018-19, WITA), with his saved contacts
    me = c.asn["stg_kadis"]
    ph = lambda k: tg_phone(c.acct(k, "telegram"))  # noqa: E731
    team_phone = "+6285241907736"
    contacts = [
        tg_contact("Nurmiati", "Kabid Tangkap", ph("stg_kabid"), ta(2015, 3, 2, 9, 0)),
        tg_contact("Rusdin", "Pengawas", ph("stg_staf1"), ta(2016, 1, 11, 9, 0)),
        tg_contact("Sarina", "Data", ph("stg_staf2"), ta(2016, 8, 8, 9, 0)),
        tg_contact("Asrul", "PPL", ph("stg_staf3"), ta(2017, 2, 20, 9, 0)),
        tg_contact("Tim", "CERAH Kendari", tg_phone(team_phone), ta(2018, 2, 25, 20, 0)),
        tg_contact("Adik", "Wa Ode Mia", tg_phone("+6281341887402"), ta(2014, 6, 1, 9, 0)),
    ]
    rel = "telegram/DataExport_2019-05-06_laodesaleh/result.json"
    ch = Tg(c, rel, "Info DKP Sultra", "public_channel", 1684203391, WITA)
    ch.msg(801, ta(2018, 1, 22, 9, 0), "Info DKP Sultra", "Jadwal penyaluran BBM solar bersubsidi untuk nelayan Kendari dan Konawe bulan Februari.",
           N("neg_official_neutral", "a notice"))
    ch.msg(802, ta(2018, 4, 18, 12, 0), "Info DKP Sultra",
           ["Penyerahan kapal 3 GT untuk nelayan Wangi-Wangi, dihadiri calon gubernur nomor 1 Pak Hamzah. Terima kasih Pak Hamzah! 🙏 ", ("hashtag", "#CERAH1")],
           V("inst:dkp_stg", "inst", "stg-1", "inst_account", note="the fisheries office's channel thanks a campaigning candidate at a state-aid handover"))
    ch.msg(803, ta(2018, 6, 24, 9, 0), "Info DKP Sultra", "Kantor DKP Sultra buka seperti biasa tanggal 24–27 Juni; izin kapal tetap dilayani.", N("neg_election_work", "a notice"))
    ch.msg(804, ta(2018, 10, 25, 10, 0), "Info DKP Sultra", "Sosialisasi: ASN DKP Sultra dilarang terlibat kampanye Pemilu 2019 sesuai surat edaran MenPANRB.",
           N("neg_rule_quote", "the channel quotes the circular"))
    ch.msg(805, ta(2019, 4, 19, 10, 0), "Info DKP Sultra", "Pemilu 17 April di pesisir Sultra aman. DKP kembali layani nelayan 🙏", N("neg_after_voting", "after the vote"))
    pc = Tg(c, rel, "Tim CERAH Kendari", "personal_chat", 7022418865, WITA)
    pc.msg(201, ta(2018, 3, 2, 20, 0), "Tim CERAH Kendari", "Pak Kadis, minta tolong data nelayan penerima bantuan kapal se-Sultra untuk tim Pak Hamzah 🙏",
           N("neg_candidate_own", "a request from a candidate's team member, not an ASN"), from_id="user7022418865")
    pc.msg(202, ta(2018, 3, 2, 20, 15), "Laode Saleh", "Nanti sa minta Sarina susun datanya. Asal jangan sebut sumbernya dinas 😉",
           V("stg_kadis", "team", "stg-1", "data_to_team", action="other", add_codes=DATA, lang="tolaki",
             note="a head of office promises the office's aid-recipient data to a candidate's team, off the record"))
    grp = Tg(c, rel, "Bidang Tangkap DKP Sultra", "private_group", 4720396118, WITA)
    grp.msg(301, ta(2018, 3, 3, 7, 30), "Laode Saleh", "Sarina, tolong rekap nama, NIK dan alamat nelayan penerima bantuan kapal, kirim ke sa sore ini. Untuk tim Pak Hamzah.",
            V("stg_kadis", "instruct", "stg-1", "ktp_kk_list", add_codes=DATA, note="orders a data officer to list aid recipients' NIK for a candidate's team"))
    grp.msg(302, ta(2018, 3, 3, 7, 50), "Sarina Data", "Siap Pak", R("rev_siap", "a bare 'siap' (her sending the list is a separate label)", actor="stg_staf2", cand="stg-1"),
            reply_to_message_id=301)
    grp.msg(303, ta(2018, 3, 3, 8, 10), "Nurmiati Kabid Tangkap", "Pak Kadis, NIK nelayan dilindungi, tidak boleh diserahkan ke tim mana pun 🙏",
            N("neg_objection", "the division head objects"), reply_to_message_id=301)
    grp.msg(304, ta(2018, 3, 3, 16, 0), "Sarina Data", "Rekap 312 nelayan lengkap NIK dan alamat sudah sa kirim ke Bapak 📄",
            V("stg_staf2", "team", "stg-1", "ktp_kk_list", action="other", codes=DATA_GIVE, lang="tolaki",
              note="the data officer sends the list the order said was for a candidate's team"))
    grp.msg(305, ta(2018, 4, 10, 19, 0), "Laode Saleh", "Penyerahan kapal tanggal 18 di Wanci, Pak Hamzah datang. Semua staf bidang hadir pakai baju oranye 😁",
            V("stg_kadis", "instruct", "stg-1", "instruct_open", add_codes=["PP94-N3", "PP94-N4"],
              note="sends staff in the pair's colour to a state-aid handover where the candidate appears"))
    grp.msg(306, ta(2018, 4, 10, 19, 20), "Asrul PPL", "Siap Pak 👍", R("rev_siap", "a bare 'siap' to the order (his attendance is a separate label)", actor="stg_staf3",
            cand="stg-1"), reply_to_message_id=305)
    grp.msg(307, ta(2018, 4, 18, 10, 30), "Asrul PPL", "Sudah hadir di Wanci Pak, ramai sekali 📸",
            V("stg_staf3", "attend", "stg-1", "staff_comply", add_codes=["PP94-N3"], note="reports attending as told"), photo=True)
    grp.msg(308, ta(2018, 4, 18, 11, 0), "Nurmiati Kabid Tangkap", "Pak, serah terima kapal itu program dinas, bukan panggung calon 🙏", N("neg_objection", "the division head objects"))
    grp.msg(309, ta(2018, 6, 24, 7, 0), "Rusdin Pengawas", "Tiga hari masa tenang, tolong grup bidang hanya untuk laporan tangkapan 🙏", N("neg_reminder", "a quiet-day reminder"))
    grp.msg(310, ta(2018, 10, 1, 19, 0), "Laode Saleh", "Bapak ibu, Bang La Ode Rusdin PAN nomor 1 DPR itu keluarga kita. Kalau sempat, share postingannya ya 🙏",
            V("stg_kadis", "instruct", "dpr-stg-pan-1", "instruct_soft", add_codes=["PP94-N3"], lang="buton",
              note="a head of office softly asks staff to share a DPR candidate's posts"))
    grp.msg(311, ta(2018, 10, 1, 19, 20), "Rusdin Pengawas", "Pak, nama saya sama dengan beliau, nanti orang kira saya caleg 😅 Saya tidak share ya, saya ASN",
            N("neg_objection", "the officer who bears the candidate's name declines"), reply_to_message_id=310)
    grp.msg(312, ta(2018, 10, 2, 8, 0), "Sarina Data", "Postingan Bang Rusdin su sa bagikan di beranda Pak 👍",
            V("stg_staf2", "interact", "dpr-stg-pan-1", "staff_comply", action="share", note="reports sharing the candidate's post as asked"), reply_to_message_id=310)
    grp.msg(313, ta(2019, 4, 19, 8, 0), "Laode Saleh", "Apa pun hasil pemilu, kita kembali kerja 🙏", N("neg_after_voting", "after the vote"))
    vol = Tg(c, rel, "Relawan CERAH Kendari", "private_group", 4720551903, WITA)
    vol.service(501, ta(2018, 2, 20, 20, 0), "Laode Saleh", "invite_members",
                [A("stg_staf1", case="added_to_group", note="added by his head of office to a pair's volunteers' group; he leaves with a message"),
                 A("stg_staf3", case="added_to_group", note="added by his head of office; he joins in"),
                 V("stg_kadis", "instruct", "stg-1", "instruct_add_staff", by_actor=True, lang="sys",
                   note="a head of office adds two of his staff to a pair's volunteers' group")],
                members=["Rusdin Pengawas", "Asrul PPL"])
    vol.msg(502, ta(2018, 2, 20, 20, 10), "Admin Relawan CERAH", "Selamat datang relawan Pak Hamzah, Sultra CERAH! 🙏", N())
    vol.msg(503, ta(2018, 2, 20, 20, 40), "Rusdin Pengawas", "Mohon maaf, saya PNS. Saya keluar dulu 🙏", N("neg_left_group", "he explains and leaves"))
    vol.service(504, ta(2018, 2, 20, 20, 41), "Rusdin Pengawas", "remove_members", [N("neg_left_group", "he leaves", actor="stg_staf1", lang="sys")],
                members=["Rusdin Pengawas"])
    vol.msg(505, ta(2018, 2, 21, 20, 0), "Asrul PPL", "Siap bantu Pak Hamzah di Kecamatan Poasia 💪",
            V("stg_staf3", "post", "stg-1", "added_then_engaged", in_group=True, note="added by his head, he offers to campaign"))
    vol.msg(506, ta(2018, 3, 1, 19, 0), "Admin Relawan CERAH", "Relawan yang tempel stiker CERAH di rumah, upload fotonya ya 📸", N())
    vol.msg(507, ta(2018, 5, 2, 20, 0), "Asrul PPL", "CERAH untuk Sultra, 2019 Jenderal Hendra untuk Indonesia. Saya siap dua-duanya 💪",
            V("stg_staf3", "post", "stg-1", "post_support", in_group=True, add_codes=["SKB-E2", "SKB-E4", "UU7-283"],
              note="in the pair's volunteers' group he backs the Pilkada calon (D codes) and a presidential hopeful still a bakal calon (E codes added)"))
    fam = Tg(c, rel, "Keluarga La Ode Saleh", "private_group", 4720618427, WITA)
    fam.msg(401, ta(2018, 6, 10, 19, 0), "Adik Wa Ode Mia", "Kaka, 27 Juni torang pilih siapa?", N(lang="buton"))
    fam.msg(402, ta(2018, 6, 10, 19, 15), "Laode Saleh", "Pilih Pak Hamzah, nomor satu. Sampaikan juga ke keluarga besar di Baubau sama Raha 👍",
            V("stg_kadis", "instruct", "stg-1", "family_appeal", lang="buton", note="a head of office appeals to his family for a pair"), reply_to_message_id=401)
    fam.msg(403, ta(2018, 6, 10, 19, 30), "Adik Wa Ode Mia", "Siap Kaka", N(lang="buton"))
    fam.msg(404, ta(2019, 4, 10, 19, 0), "Laode Saleh", "Pemilu nanti DPR pilih Bang Rusdin nomor 1 PAN e, keluarga kita 🙏",
            V("stg_kadis", "instruct", "dpr-stg-pan-1", "family_appeal", lang="buton", note="he repeats it for a DPR candidate"))
    fam.msg(405, ta(2019, 4, 10, 19, 15), "Adik Wa Ode Mia", "Wa Ode Nur yang DPD juga keluarga toh?", N(lang="buton"))
    fam.msg(406, ta(2019, 4, 10, 19, 25), "Laode Saleh", "Iya, DPD nomor 23 Bunda Nurjannah 👍",
            V("stg_kadis", "instruct", "dpd-stg-23", "family_appeal", lang="buton", note="and for a DPD candidate"), reply_to_message_id=405)
    meinfo = {"user_id": 5411839027, "first_name": "Laode", "last_name": "Saleh", "phone_number": tg_phone(me["acc"]["telegram"]),
              "username": "laodesaleh_dkp", "bio": "DKP Sultra"}
    for chat in (pc, grp, vol, fam):
        for m in chat.messages:
            if m.get("from") == "Laode Saleh":
                m["from_id"] = f"user{meinfo['user_id']}"
            elif m.get("actor") == "Laode Saleh":
                m["actor_id"] = f"user{meinfo['user_id']}"
    tg_account_export(c, rel, meinfo, contacts, [ch, pc, grp, vol, fam])

    # 2. the volunteers' supergroup of presidential pair 1 in Kolaka (2018-19, WITA), exported by a volunteer
    tg = Tg(c, "telegram/ChatExport_2019-04-20_relawan_pijar_kolaka/result.json", "Relawan PIJAR Kolaka", "private_supergroup", 1377504218, WITA)
    adm = "Admin PIJAR Kolaka"
    tg.msg(100, ta(2018, 8, 12, 19, 0), adm, "Selamat datang relawan Pak Darmawan, bakal capres 2019 🔥", N())
    tg.service(101, ta(2018, 8, 13, 20, 0), "Lasiru", "join_group_by_link",
               [V("klk_tani", "interact", "p11-1", "bakal_support", action="follow_or_join", lang="sys",
                  note="an extension officer joins a presidential bakal calon's volunteers' group (E4)")], inviter="Group")
    tg.msg(102, ta(2018, 8, 13, 20, 20), "Lasiru", "Siap bantu kumpul petani Wundulako untuk Pak Darmawan 💪",
           V("klk_tani", "post", "p11-1", "bakal_support", in_group=True, note="offers to gather farmers for a presidential bakal calon"))
    tg.service(103, ta(2018, 8, 20, 20, 0), "Lasiru", "invite_members",
               [A("klk_sekcam", case="added_to_group", note="added by an extension officer; she explains and leaves"),
                V("klk_tani", "instruct", "p11-1", "instruct_add_staff", by_actor=True, lang="sys",
                  note="an extension officer adds a kecamatan secretary to the volunteers' group")], members=["Hasmawati"])
    tg.msg(104, ta(2018, 8, 20, 20, 15), "Hasmawati", "Maaf Pak, saya sekcam, tidak bisa ikut. Keluar ya 🙏", N("neg_left_group", "she explains and leaves"))
    tg.service(105, ta(2018, 8, 20, 20, 16), "Hasmawati", "remove_members", [N("neg_left_group", "she leaves", actor="klk_sekcam", lang="sys")],
               members=["Hasmawati"])
    tg.msg(106, ta(2018, 9, 25, 19, 0), adm, "Yang bisa, kumpulkan data KK warga untuk calon saksi TPS 🙏", N())
    tg.msg(107, ta(2018, 9, 26, 20, 0), "Lasiru", "Data KK kelompok tani binaan sudah saya kirim ke admin 📄",
           V("klk_tani", "team", "p11-1", "ktp_kk_list", action="other", codes=["SKB-D12", "PP94-N5", "PP94-N4", "SKB-D10", "UU7-283", "UU7-280-3"],
             note="an extension officer passes the KK data of the farmers' groups his office supports to a pair's team"))
    tg.service(108, ta(2018, 10, 3, 20, 0), "Muh. Amir Tamburaka", "join_group_by_link",
               [R("rev_join_then_left", "a camat joins the volunteers' group and leaves five minutes later saying he clicked by mistake: a join (SKB-D6) or an "
                  "accident?", actor="klk_camat", cand="p11-1", lang="sys")], inviter="Group")
    tg.msg(109, ta(2018, 10, 3, 20, 4), "Muh. Amir Tamburaka", "Maaf salah klik link, saya camat. Keluar 🙏", N("neg_left_group", "he explains and leaves"))
    tg.service(110, ta(2018, 10, 3, 20, 5), "Muh. Amir Tamburaka", "remove_members", [N("neg_left_group", "he leaves", actor="klk_camat", lang="sys")],
               members=["Muh. Amir Tamburaka"])
    tg.msg(111, ta(2019, 4, 13, 21, 0), adm, "Mulai tengah malam masa tenang, kaos dan bendera PIJAR disimpan dulu 🙏", N())
    tg.msg(112, ta(2019, 4, 14, 0, 30), "Lasiru", "Tetap semangat, tanggal 17 nomor 01 🔥",
           V("klk_tani", "post", "p11-1", "stage_boundary_wita", in_group=True,
             note="00:30 WITA on 14 Apr (a quiet day locally) is 23:30 WIB on 13 Apr, the last campaign day; a violation either way"))
    tg.msg(113, ta(2019, 4, 18, 10, 0), adm, "Relawan PIJAR Kolaka, kalian luar biasa, tunggu hasil resmi 🙏", N())
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # 3. a basic group of the independent bakal calon's support post in Wundulako (Nov 2017 - Feb 2018, WITA), exported by its coordinator
    tg = Tg(c, "telegram/ChatExport_2018-02-20_posko_hasrul_yusran/result.json", "Posko Dukungan Hasrul-Yusran Wundulako", "private_group", 4468021973, WITA)
    kp = "Koordinator Posko Wundulako"
    tg.service(100, ta(2017, 11, 20, 19, 0), kp, "create_group", [], title="Posko Dukungan Hasrul-Yusran Wundulako", members=["Hendra Gunawan", "Lasiru"])
    tg.msg(101, ta(2017, 11, 20, 19, 10), kp, "Target 500 fotokopi KTP dari Wundulako sampai 3 Desember. Semangat! 💪", N())
    tg.msg(102, ta(2017, 11, 21, 20, 0), "Hendra Gunawan", "Sudah saya kumpulkan 35 fotokopi KTP warga Lamekongga, saya antar besok 📄",
           V("klk_staf", "ktp", "klk-2", "ktp_collection", note="a kecamatan clerk collects residents' KTP copies for an independent bakal calon"))
    tg.service(103, ta(2017, 11, 22, 19, 0), "Hendra Gunawan", "invite_members",
               [A("klk_guru", case="added_to_group", note="added by a clerk to an independent bakal calon's support group; she stays and never writes"),
                V("klk_staf", "ktp", "klk-2", "instruct_add_staff", action="instruct_others", by_actor=True, lang="sys",
                  note="the clerk adds a teacher to the group that gathers KTP copies")], members=["Sitti Rahmatia"])
    tg.msg(104, ta(2017, 11, 23, 20, 0), kp, "Yang bisa, KTP keluarga juga boleh 🙏", N())
    tg.msg(105, ta(2017, 11, 27, 18, 0), "Lasiru", "Ini 40 fotokopi KTP petani sudah saya antar ke posko, tolong dicek 📄",
           V("klk_tani", "ktp", "klk-2", "ktp_collection", note="the extension officer reports the hand-over in the post's group (his page post is a separate label)"))
    tg.msg(106, ta(2017, 12, 3, 20, 0), kp, "Alhamdulillah dukungan sudah diserahkan ke KPU Kolaka 🙏", N())
    tg.msg(107, ta(2018, 2, 13, 10, 0), kp, "Nomor urut 2! Kolaka Berdaulat ✌️", N())
    tg.msg(108, ta(2018, 2, 13, 10, 30), "Hendra Gunawan", "Selamat Pak Hasrul, nomor 2 ✌️ Kolaka Berdaulat",
           V("klk_staf", "post", "klk-2", "comment_support", in_group=True, note="after the designation the clerk cheers the pair's number in its group (D codes)"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)


# ---------------------------------------------------------------------------------------------
# WhatsApp exports
# ---------------------------------------------------------------------------------------------
@section
def whatsapp(c):
    # 1. Android, Indonesian: staff of Kecamatan Mojoroto, Kota Kediri (2018-19, WIB)
    cm, sk, ks, yd, an = "Pak Camat Agung", "Bu Sri Sekcam", "Eko Kasi Pem", "Yudi Umum", "Anik Pelayanan"
    lines = [
        (w(2017, 12, 4, 8, 1), None, WA_NOTICE_ID_OLD, []),
        (w(2018, 3, 12, 19, 3), cm, "Bapak ibu, Mas Prapto nomer 1 niku kanca lawas kulo. Sing saged, postingan FB Mas Prapto di-like nggih 👍",
         [V("kdr_camat", "instruct", "kdr-1", "instruct_open", add_codes=["PP94-N3"], lang="jawa", note="a camat asks his staff to like a candidate's page posts")]),
        (w(2018, 3, 12, 19, 11), sk, "Nggih Pak", [R("rev_siap", "the secretary's bare 'nggih' to the camat's request", actor="kdr_sekcam", cand="kdr-1", lang="jawa")]),
        (w(2018, 3, 12, 19, 24), ks, "Pak Camat, ngapunten, aturan MenPANRB nglarang ASN nge-like akun paslon. Kulo nyuwun pamit mboten ndherek 🙏", [N("neg_objection", "a section head refuses", lang="jawa")]),
        (w(2018, 3, 12, 19, 38), an, "Sampun kulo jempoli sedoyo Pak 👍",
         [V("kdr_staf2", "interact", "kdr-1", "staff_comply", action="like", lang="jawa", note="reports liking the candidate's posts as asked")]),
        (w(2018, 3, 12, 19, 52), cm, "Iki mung jempol neng FB, ora sah dipikir abot 😅",
         [V("kdr_camat", "instruct", "kdr-1", "instruct_covert", lang="jawa", note="he plays the request down after the objection and keeps it")]),
        (w(2018, 3, 20, 8, 13), ks, "Bapak ibu, edaran MenPANRB B/71 babagan ASN netral Pilkada 2018 kulo lampirke, nyuwun diwaos 🙏", [N("neg_rule_quote", "shares the circular", lang="jawa")]),
        (w(2018, 4, 2, 16, 7), cm, "Minggu ngarep Mas Prapto kampanye dialogis ten Balai Kelurahan Bandar Lor. Sing purun monggo rawuh, ngagem klambi bebas 😊",
         [V("kdr_camat", "instruct", "kdr-1", "instruct_soft", add_codes=["PP94-N3"], lang="jawa", note="a softened invitation to a campaign event")]),
        (w(2018, 4, 8, 10, 23), yd, "Sampun ten balai kelurahan Pak, rame 📸", [V("kdr_staf1", "attend", "kdr-1", "staff_comply", lang="jawa", note="reports attending the campaign event")]),
        (w(2018, 4, 8, 10, 24), yd, "<Media tidak disertakan>", []),
        (w(2018, 4, 8, 11, 5), ks, "Yud, sampeyan ASN lho, ojo ngono 🙏", [N("neg_objection", "the section head rebukes him", lang="jawa")]),
        (w(2018, 5, 3, 9, 31), an, "Sinten ngertos jadwal rekam KTP-el ten Kelurahan Campurejo?", [N("neg_official_neutral", "KTP in the everyday sense", lang="jawa")]),
        (w(2018, 5, 3, 9, 44), sk, "Selasa kalih Kemis Bu, lancar kok 👍", [N("neg_everyday_word", "'lancar' (smooth) about a service; pair 1's acronym is LANCAR", lang="jawa")]),
        (w(2018, 6, 24, 7, 51), ks, "Masa tenang nggih, ampun posting nopo-nopo babagan calon", [N("neg_reminder", "a quiet-day reminder", lang="jawa")]),
        (w(2018, 6, 28, 8, 9), sk, "Pilkada rampung kanthi aman. Sinten kemawon walikotane, Kediri kudu tetep guyub 👍",
         [N("neg_everyday_word", "'lancar' and 'guyub' after the vote, with no name", lang="jawa")]),
        (w(2018, 7, 2, 9, 17), cm, "Bapak ibu, Jumat syukuran kemenangan Mas Prapto ten pendopo. Staf kecamatan diharapkan rawuh nggih 🙏",
         [V("kdr_camat", "instruct", "kdr-1", "instruct_open", add_codes=["PP94-N3"], lang="jawa",
            note="after the vote a camat calls his staff to the winner's celebration: partisan activity 'before, during or after the campaign' (SKB-D8)")]),
        (w(2018, 7, 2, 9, 29), ks, "Pak, pilkada sampun rampung, nanging tetep mboten pantes ASN tumut syukuran paslon 🙏", [N("neg_objection", "the section head objects",
                                                                                                                    lang="jawa")]),
        (w(2019, 3, 25, 19, 3), cm, "Pemilu April, caleg Mas Dwi PDIP nomer 1 dapil 2 niku putrane tanggi kulo 😊 monggo dipun emut",
         [V("kdr_camat", "instruct", "dprd-kdr2-pdip-1", "instruct_covert", lang="jawa", note="'please keep him in mind': a veiled call for a DPRD candidate")]),
        (w(2019, 3, 25, 19, 16), ks, "Kulo Eko Prasetyo, sanes Mas Eko calon wakil bupati Bojonegoro wingi lho 😄 Nanging nggih tetep netral",
         [N("neg_namesake", "the section head who bears the 2018 independent running mate's name stays out", lang="jawa")]),
        (w(2019, 4, 18, 8, 23), an, "TPS 12 Mojoroto lancar 👍", [N("neg_election_work", "voting-day report")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kec. Mojoroto.txt", "android_id", "whatsapp_android_id", lines)

    # 2. Android, Indonesian (4-digit year): teachers of the Kapas education cluster, Bojonegoro (2017-19, WIB)
    kw, g1, g2, g3, hn = "Pak Korwil Sukardi", "Bu Sulastri", "Pak Yasin", "Bu Endang SD2", "Mas Bayu Honorer"
    lines = [
        (w(2017, 11, 22, 19, 5), kw, "Bapak ibu guru, Mas Warno maju bupati jalur perseorangan. Sing purun mbantu, fotokopi KTP lan KK keluarga kirim ten kulo, tak kumpulke 🙏",
         [V("bjn_korwil", "ktp", "bjn-3", "ktp_collection", add_codes=["PP94-N3"], lang="jawa",
            note="an education coordinator collects teachers' KTP copies for an independent bakal calon (SKB-D11, PP94-N7)")]),
        (w(2017, 11, 22, 19, 18), g3, "Nyuwun sewu Pak, guru PNS mboten pareng ngumpulke KTP dukungan 🙏", [N("neg_objection", "a teacher refuses", lang="jawa")]),
        (w(2017, 11, 22, 19, 31), g2, "👍", [R("rev_emoji", "a bare thumbs-up after the call and the objection: to which?", actor="bjn_guru2", cand="bjn-3", lang="sys")]),
        (w(2017, 11, 23, 7, 2), g1, "Sampun kulo titipke fotokopi KTP kulo kalih bojo ten meja Pak Korwil 👍",
         [V("bjn_guru1", "ktp", "bjn-3", "ktp_give", lang="jawa", note="a teacher hands in her and her husband's KTP copies")]),
        (w(2017, 11, 23, 7, 40), hn, "Honorer oleh melu ora Pak? 😅", [N(lang="jawa")]),
        (w(2017, 12, 5, 13, 11), g3, "Surat edaran Bupati Bojonegoro sing anyar, guru dilarang melu-melu tim. Monggo dipun waos 🙏", [N("neg_rule_quote", "shares the circular", lang="jawa")]),
        (w(2018, 2, 14, 19, 9), kw, "Mas Warno angsal nomer 3. Kanca-kanca sing sampun ngekeki KTP, matur nuwun 🙏",
         [R("rev_hint", "after the designation the coordinator thanks the teachers who gave KTP copies and gives the independent pair's number: a report or a "
            "veiled appeal (SKB-D8)?", actor="bjn_korwil", cand="bjn-3", lang="jawa")]),
        (w(2018, 4, 16, 20, 13), kw, "Tanggal 21 Mas Warno kampanye ten lapangan Kapas. Guru-guru sak gugus wajib rawuh, ngagem klambi ireng 🖤",
         [V("bjn_korwil", "instruct", "bjn-3", "instruct_open", add_codes=["PP94-N3"], lang="jawa", note="orders teachers to a candidate's rally")]),
        (w(2018, 4, 16, 20, 27), g2, "Siap Pak, kulo rawuh", [R("rev_promise", "a teacher says he will attend: a promise shown, the act not yet", actor="bjn_guru2",
                                                                 cand="bjn-3", lang="jawa")]),
        (w(2018, 4, 21, 9, 43), g2, "Sampun ten lapangan Kapas Pak, rame 📸", [V("bjn_guru2", "attend", "bjn-3", "staff_comply", lang="jawa", note="reports attending")]),
        (w(2018, 4, 21, 9, 44), g2, "<Media tidak disertakan>", []),
        (w(2018, 4, 21, 10, 19), g3, "Pak Korwil, 'wajib rawuh' niku nglanggar aturan. Kulo lapor Panwascam menawi diambali 🙏", [N("neg_objection", "a teacher objects",
                                                                                                                          lang="jawa")]),
        (w(2018, 4, 21, 10, 37), kw, "Ngapunten, 'wajib' wau salah ketik. Maksud kulo sing purun mawon 🙏", [N("neg_withdrawn", "he softens after the objection; the order stands",
                                                                                                            lang="jawa")]),
        (w(2018, 6, 28, 8, 51), g1, "Alhamdulillah TPS ten Kapas aman", [N("neg_after_voting", "after the vote")]),
        (w(2019, 4, 1, 19, 7), kw, "April mangke DPRD pilih Bu Nyai Umi nomer 2 PKB nggih, ibu-ibu Muslimat 😉",
         [V("bjn_korwil", "instruct", "dprd-bjn3-pkb-2", "instruct_covert", lang="jawa", note="the coordinator calls teachers to a DPRD candidate's number")]),
        (w(2019, 4, 1, 19, 22), g3, "Pak, grup guru mboten kangge kampanye 🙏", [N("neg_objection", "a teacher objects", lang="jawa")]),
        (w(2019, 4, 15, 7, 13), g1, "Masa tenang, grup iki kanggo urusan sekolah mawon nggih 🙏", [N("neg_reminder", "a quiet-day reminder", lang="jawa")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Guru Korwil Kapas.txt", "android_id4", "whatsapp_android_id", lines)

    # 3. iOS, Indonesian: a volunteers' group of Bojonegoro pair 1 in Kapas (2018, WIB), exported by a volunteer
    g = "Relawan MATOH Kapas"
    rl = "Cak Rohman Relawan"
    lines = [
        (w(2018, 3, 1, 19, 30, 5), None, f"{rl} membuat grup \"{g}\"", []),
        (w(2018, 3, 1, 19, 32, 40), None, f"{rl} menambahkan Ika Yuliana, Suwarno, Mulyono Penyuluh",
         [A("bjn_staf2", case="added_to_group", note="added to a pair's volunteers' group; she stays and only says she reads"),
          A("bjn_staf", case="added_to_group", note="added to the group (he bears pair 3's name); he leaves at once"),
          A("bjn_tani", case="added_to_group", note="added to the group; he joins in")]),
        (w(2018, 3, 1, 19, 40, 11), rl, "Sugeng rawuh relawan Bu Anis. MATOH! 💪", [N(lang="jawa")]),
        (w(2018, 3, 1, 19, 46, 2), "Suwarno", "Nyuwun sewu, kulo Suwarno staf kecamatan, sanes tim. Kulo medal 🙏",
         [N("neg_left_group", "the added namesake clerk explains and leaves", lang="jawa")]),
        (w(2018, 3, 1, 19, 46, 30), None, "Suwarno keluar", [N("neg_left_group", "he leaves", actor="bjn_staf", lang="sys")]),
        (w(2018, 3, 1, 20, 5, 17), "Mulyono Penyuluh", "Siap Cak, kelompok tani Kapas tak ajak milih Bu Anis 💪",
         [V("bjn_tani", "post", "bjn-1", "added_then_engaged", in_group=True, add_codes=["SKB-D8", "PP94-N6"], lang="jawa",
            note="added by a volunteer, the extension officer offers to steer his farmers' groups to the pair")]),
        (w(2018, 3, 15, 20, 12, 44), rl, "Sedulur, sing iso kumpulno data pendukung per RT, kirim nang posko", [N(lang="jawa")]),
        (w(2018, 4, 25, 21, 3, 9), rl, "Mbak Ika saben dino mung moco tok, ora tau nulis 😄", [N(lang="jawa")]),
        (w(2018, 4, 25, 21, 15, 33), "Ika Yuliana", "Ngapunten Cak, kulo namung maos. Kulo ASN 🙏", [N("neg_deflect", "the added data officer says she only reads", lang="jawa")]),
        (w(2018, 5, 20, 16, 40, 0), "Mulyono Penyuluh", "Spanduk MATOH wis kepasang nang 6 titik Kapas ☝️",
         [V("bjn_tani", "post", "bjn-1", "props", in_group=True, add_codes=["SKB-D1"], lang="jawa", note="reports putting up the pair's banners")]),
        (w(2018, 5, 20, 16, 40, 45), "Mulyono Penyuluh", "<terlampir: 00000021-PHOTO-2018-05-20-16-40-45.jpg>", []),
        (w(2018, 6, 23, 22, 2, 0), rl, "Jam rolas bengi wis masa tenang, spanduk-spanduk dicopoti yo rek", [N(lang="jawa")]),
        (w(2018, 6, 24, 0, 35, 12), "Mulyono Penyuluh", "Masa tenang, tapi ojo lali Rebo MATOH ☝️",
         [V("bjn_tani", "post", "bjn-1", "stage_quiet", in_group=True, lang="jawa", note="00:35 WIB on 24 Jun, the first quiet day")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 4. Android, English (US clock): the tourism office of Klungkung (2018, WITA)
    kd, kb, sr, km = "Ibu Kadis Sukarmi", "Pak Gede Kabid", "Kadek Objek Wisata", "Komang Umum"
    lines = [
        (ta(2018, 1, 3, 8, 3), None, WA_NOTICE_EN_OLD, []),
        (ta(2018, 4, 12, 9, 11), kd, "Om Swastiastu. Nanti siang ada postingan IG dinas tentang Pak Nyoman di Bali Travel Mart, tolong di-like dan di-share nggih 🙏",
         [V("klu_kadis", "instruct", "klu-1", "instruct_open", add_codes=["PP94-N3", "SKB-D12"],
            note="a head of office asks staff to like and share the office account's feature on a candidate")]),
        (ta(2018, 4, 12, 9, 24), kb, "Ibu, IG dinas milik pemerintah. Kalau staf disuruh like calon, itu pelanggaran 🙏", [N("neg_objection", "the division head objects")]),
        (ta(2018, 4, 12, 10, 38), sr, "Sampun tiang like lan komen Bu 👍",
         [V("klu_staf1", "interact", "klu-1", "staff_comply", action="like", lang="bali", note="reports liking and commenting as asked (her comment is a separate label)")]),
        (ta(2018, 4, 12, 10, 52), km, "🙏", [R("rev_emoji", "a bare prayer-hands emoji from a clerk who backs the rival pair: assent or a polite close?", actor="klu_staf2",
                                              cand="klu-1", lang="sys")]),
        (ta(2018, 4, 13, 8, 6), kd, "Ampura, permintaan kemarin tiang tarik. Postingan sudah dihapus 🙏", [N("neg_withdrawn", "she withdraws; the request stays on record",
                                                                                                           lang="bali")]),
        (ta(2018, 5, 7, 15, 4), km, "Bu, rekap tiket masuk Kertha Gosa bulan April sampun tiang email", [N("neg_official_neutral", "routine work")]),
        (ta(2018, 5, 28, 19, 8), kd, "Sekadar info, Sabtu ada kampanye Pak Nyoman di Lapangan Puputan. Sane kayun dados rauh 😊",
         [V("klu_kadis", "instruct", "klu-1", "instruct_soft", add_codes=["PP94-N3"], lang="bali", note="'just for information': she invites staff again after withdrawing")]),
        (ta(2018, 5, 28, 19, 22), kb, "Ibu, ampura, ten becik ASN tangkil ke kampanye 🙏",
         [N("neg_objection", "the division head objects, with 'ten becik' (not good); pair 1's acronym is BECIK", lang="bali")]),
        (ta(2018, 6, 2, 10, 17), sr, "Sampun di Lapangan Puputan Bu, rame 📸", [V("klu_staf1", "attend", "klu-1", "staff_comply", note="reports attending the campaign")]),
        (ta(2018, 6, 24, 8, 4), kb, "Kampanye sampun puput, grup dinas ten wenang kirim foto calon malih nggih", [N("neg_reminder", "a quiet-day reminder")]),
        (ta(2018, 6, 28, 9, 31), km, "Rahayu, pilkada aman 🙏", [N("neg_after_voting", "after the vote", lang="bali")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Dinas Pariwisata Klungkung.txt", "android_us", "whatsapp_android_en", lines)

    # 5. iOS, English: the medical services division of RSUD Karel Sadsuitubun, Langgur (2018, WIT)
    g = "Bid. Pelayanan RSUD Karel Sadsuitubun"
    kb, mr, hs, vr = "dr. Lusi Kabid", "Maria Jamlean", "Hasan Perawat", "Vero Ubro"
    lines = [
        (tp(2018, 1, 8, 7, 58, 12), None, WA_NOTICE_EN_OLD, []),
        (tp(2018, 3, 5, 8, 3, 0), kb, "Selamat pagi. Bapa Agus nomor 2 tu beta pu om. Katong dukung e, kase tau keluarga masing-masing 🙏",
         [V("mtr_kabid", "instruct", "mtr-2", "instruct_open", add_codes=["PP94-N3"], lang="kei",
            note="a division head of the candidate's clan asks nurses to back him and tell their families")]),
        (tp(2018, 3, 5, 8, 15, 20), hs, "Baik Ibu, beta siap", [R("rev_siap", "a nurse who backs pair 1 elsewhere answers 'siap': to the order or a formula?", actor="mtr_rs2",
                                                               cand="mtr-2", lang="kei")]),
        (tp(2018, 3, 5, 8, 31, 2), mr, "Ibu Kabid, beta pu keluarga pilih sendiri. Beta seng mau atur dong 🙏", [N("neg_objection", "a nurse refuses", lang="kei")]),
        (tp(2018, 3, 5, 8, 44, 10), vr, "Ubro tu katong pu fam, Mama Lela wakilnya toh 😊 beta dukung nomor 2",
         [V("mtr_rs3", "post", "mtr-2", "post_support", lang="kei", note="a nurse of the running mate's clan declares for the pair: a shared name decides nothing, the call does")]),
        (tp(2018, 4, 10, 19, 4, 0), kb, "Bapa Agus mau datang ke RSUD hari Kamis, tolong siapkan ruang rapat untuk tim 🙏",
         [V("mtr_kabid", "instruct", "mtr-2", "facility_order", add_codes=["PP94-N4"], note="orders a hospital meeting room readied for a candidate's team")]),
        (tp(2018, 4, 10, 19, 27, 0), mr, "Ibu, ruang rapat untuk kegiatan rumah sakit. Seng bisa untuk tim calon.", [N("neg_objection", "a nurse objects")]),
        (tp(2018, 4, 10, 19, 41, 33), kb, "Baik, rapat tim batal. Beta minta maaf 🙏", [N("neg_withdrawn", "she withdraws; the order stays on record", lang="kei")]),
        (tp(2018, 6, 24, 8, 12, 0), mr, "Tiga hari tenang, tolong jang ada kiriman calon di grup pelayanan e", [N("neg_reminder", "a quiet-day reminder", lang="kei")]),
        (tp(2018, 11, 12, 9, 5, 0), kb, "Pemilu 2019: Mama Ece DPD nomor 19, perempuan Kei. Mari dukung 🙏",
         [V("mtr_kabid", "instruct", "dpd-mlk-19", "instruct_open", add_codes=["PP94-N3"], lang="kei", note="she calls her nurses to a DPD candidate")]),
        (tp(2018, 11, 12, 9, 20, 0), hs, "👍", [R("rev_emoji", "a bare thumbs-up to the call", actor="mtr_rs2", cand="dpd-mlk-19", lang="sys")]),
        (tp(2018, 11, 12, 9, 35, 0), vr, "Ibu, grup kantor jang pake kampanye lai 🙏", [N("neg_objection", "a nurse objects this time", lang="kei")]),
        (tp(2019, 4, 18, 10, 5, 0), mr, "Bupati siapa pun, di RS ini pasien tetap raja 😄", [N("neg_joke", "a joke after the vote with no side", lang="kei")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # 6. Android, English (24-hour clock): staff of Distrik Wamena (2018-19, WIT)
    kd, sk, bn, rh = "Bapa Kadistrik Yonas", "Ibu Martha Sekdis", "Benny Umum", "Rahel Data"
    lines = [
        (tp(2018, 1, 15, 8, 3), None, WA_NOTICE_EN_OLD, []),
        (tp(2018, 3, 1, 9, 11), kd, "Selamat pagi. Bapa Yulius sa pu kaka maju bupati. Staf distrik bantu kasih tau warga kampung e 🙏",
         [V("jyw_distrik", "instruct", "jyw-1", "instruct_open", add_codes=["PP94-N3"], lang="papua",
            note="a district head of the candidate's clan asks his staff to canvass villagers")]),
        (tp(2018, 3, 1, 9, 24), sk, "Bapa, ASN tra boleh ajak warga pilih calon 🙏", [N("neg_objection", "the secretary objects", lang="papua")]),
        (tp(2018, 3, 1, 9, 40), bn, "Siap Bapa", [R("rev_siap", "a bare 'siap' (his canvassing report is a separate label)", actor="jyw_staf", cand="jyw-1", lang="papua")]),
        (tp(2018, 3, 20, 10, 2), bn, "Sa su kasih tau warga Sinakma, nomor 1 KITORANG ☝️",
         [V("jyw_staf", "post", "jyw-1", "staff_comply", lang="papua", note="reports canvassing villagers for the pair as asked")]),
        (tp(2018, 4, 12, 15, 6), kd, "Rahel, tolong rekap data KK warga per kampung, kirim ke tim Bapa Yulius. Sekadar bantu saja 😉",
         [V("jyw_distrik", "instruct", "jyw-1", "ktp_kk_list", add_codes=DATA, lang="papua", note="orders residents' KK data sent to a pair's team")]),
        (tp(2018, 4, 12, 15, 22), rh, "Bapa, KK warga itu data negara, sa tra mau kirim ke tim siapa pun.", [N("neg_objection", "the data officer refuses", lang="papua")]),
        (tp(2018, 4, 13, 8, 13), bn, "Bapa, data KK Kampung Sinakma deng Wesaput su sa kirim ke tim 📄",
         [V("jyw_staf", "team", "jyw-1", "ktp_kk_list", action="other", codes=DATA_GIVE, lang="papua", note="the clerk sends the KK data to the team")]),
        (tp(2018, 6, 24, 8, 4), sk, "Masa tenang ini, grup distrik tra boleh ada gambar calon lagi e", [N("neg_reminder", "a quiet-day reminder", lang="papua")]),
        (tp(2018, 6, 27, 12, 15), rh, "TPS Sinakma aman", [N("neg_election_work", "voting-day report")]),
        (tp(2018, 7, 3, 9, 8), kd, "Terima kasih semua, pilkada su selesai. Mari kerja lagi 🙏", [N("neg_after_voting", "after the vote", lang="papua")]),
        (tp(2019, 3, 5, 19, 4), kd, "Pemilu nanti, DPRD pilih Bapa Natan nomor 1 Golkar e, dia bantu bibit kopi distrik ☝️",
         [V("jyw_distrik", "instruct", "dprd-jyw1-gol-1", "instruct_open", lang="papua", note="he calls his staff to a DPRD candidate")]),
        (tp(2019, 3, 5, 19, 19), rh, "Bapa, ini grup kantor 🙏", [N("neg_objection", "the data officer objects", lang="papua")]),
        (tp(2019, 4, 18, 8, 33), bn, "Kitorang su coblos semua, aman 👍", [N("neg_everyday_word", "'kitorang' (we) after the vote", lang="papua")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Staf Distrik Wamena.txt", "android_gb", "whatsapp_android_en", lines)

    # 7. Android, Indonesian: staff of Kelurahan Amassangan, Palopo (2018, WITA)
    lr, sk, ym, nh = "Pak Lurah Andi Baso", "Bu Hj. Ros Seklur", "Yamin Umum", "Nurhikmah Pelayanan"
    lines = [
        (ta(2018, 1, 2, 8, 7), None, WA_NOTICE_ID_OLD, []),
        (ta(2018, 5, 14, 19, 9), lr, "Besok Puang Syamsul mampir di kantor kelurahan. Staf siapkan ruang depan deh, sama snack 🙏",
         [V("plp_lurah", "instruct", "plp-1", "facility_order", add_codes=["PP94-N4"], lang="luwu", note="a lurah has his office readied for a campaigning candidate")]),
        (ta(2018, 5, 14, 19, 23), sk, "Pak Lurah, kantor kelurahan tidak boleh dipakai calon 🙏", [N("neg_objection", "the secretary objects")]),
        (ta(2018, 5, 14, 19, 36), ym, "Iye Pak, kursi tamu sa yang susun 👍", [R("rev_promise", "a clerk says he will set the chairs: a promise shown, the act not yet", actor="plp_staf",
                                                                      cand="plp-1", lang="luwu")]),
        (ta(2018, 5, 15, 10, 11), ym, "Ruang depan sudah siap, Puang Syamsul sudah datang 📸",
         [V("plp_staf", "post", "plp-1", "staff_comply", action="other", codes=["PP94-N4", "SKB-D12", "PP94-N5", "SKB-D4", "UU10-71-1"],
            note="a clerk reports the office readied and the candidate arrived")]),
        (ta(2018, 5, 15, 10, 12), ym, "<Media tidak disertakan>", []),
        (ta(2018, 5, 20, 19, 13), lr, "Pesan Pak Camat: tanggal 26 ada kampanye IDAMAN di Lapangan Pancasila, staf kelurahan diminta datang meramaikan 😊",
         [V("plp_lurah", "instruct", "plp-1", "relay_order", add_codes=["PP94-N3"], note="the lurah relays the camat's call to a rally")]),
        (ta(2018, 5, 20, 19, 29), sk, "Pak, saya tidak ikut. ASN harus netral 🙏", [N("neg_objection", "the secretary refuses")]),
        (ta(2018, 5, 20, 19, 43), nh, "Iye Pak", [R("rev_siap", "a bare 'iye' (her attendance is a separate label)", actor="plp_staf2", cand="plp-1", lang="luwu")]),
        (ta(2018, 5, 26, 10, 17), nh, "Sudah di Lapangan Pancasila Pak, ramai mi 📸",
         [V("plp_staf2", "attend", "plp-1", "staff_comply", lang="luwu", note="reports attending the rally")]),
        (ta(2018, 6, 24, 7, 21), sk, "Tiga hari masa tenang, grup kelurahan jangan ada gambar paslon di' 🙏", [N("neg_reminder", "a quiet-day reminder")]),
        (ta(2018, 6, 27, 13, 47), ym, "TPS 3 Amassangan lancar", [N("neg_election_work", "voting-day report")]),
        (ta(2018, 6, 28, 8, 19), sk, "Siapa pun walikotanya, Palopo kota idaman tetap kita jaga 🙏", [N("neg_motto", "the city's motto after the vote")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kel. Amassangan.txt", "android_id", "whatsapp_android_id", lines)

    # 8. iOS, Indonesian: the family group of the Sungai Raya camat, Kubu Raya (2018-19, WIB)
    g = "Keluarga Besar Syarif Usman"
    sn, su, wl = "Syarifah Nur", "Syarif Usman", "Wak Long"
    lines = [
        (w(2018, 3, 1, 19, 58, 1), None, WA_NOTICE_ID_OLD, []),
        (w(2018, 4, 20, 19, 3, 10), sn, "Abang, pilkada nanti kite pilih siape? Bang Syarif Hamid tu masih keluarge kite kan?", [N(lang="pontianak")]),
        (w(2018, 4, 20, 19, 10, 44), su, "Iye keluarge jauh. Tapi kite pilih nomor 1 Bang Rizal, die banyak bantu kecamatan. Sampaikan ke keluarge di Sungai Kakap 👍",
         [V("kkr_camat", "instruct", "kkr-1", "family_appeal", lang="pontianak", note="a camat appeals to his family for a pair (against a kinsman's pair)")]),
        (w(2018, 4, 20, 19, 20, 0), wl, "Syarif, kau tu camat, ndak boleh arahkan keluarge 😅", [N(lang="pontianak")]),
        (w(2018, 5, 2, 18, 40, 0), sn, "Mak dirawat di RS Soedarso, minta doe semue ye 🤲", [N(lang="pontianak")]),
        (w(2018, 5, 2, 18, 52, 15), su, "Cepat pulih Mak, Syarif jenguk besok pagi 🤲", [N("neg_personal", "family talk", lang="pontianak")]),
        (w(2018, 6, 26, 21, 0, 0), su, "Besok jangan lupe, pilih yang bawa berkat untuk kite 😉",
         [R("rev_family", "on the last quiet day the camat tells his family to choose 'the one who brings blessing' with the pair's acronym: a veiled appeal "
            "(SKB-D8) or a saying?", actor="kkr_camat", cand="kkr-1", lang="pontianak")]),
        (w(2018, 6, 27, 14, 20, 0), wl, "Satu rumah dah ke TPS, tinggal nunggu hasil", [N(lang="pontianak")]),
        (w(2019, 4, 10, 19, 12, 30), sn, "Bang, DPRD nanti Uray Noor tu kawan Abang kan?", [N(lang="pontianak")]),
        (w(2019, 4, 10, 19, 20, 5), su, "Iye, Uray Noor nomor 4 Gerindra, pilih die ye. Kasi tau Wak Long 👍",
         [V("kkr_camat", "instruct", "dprd-kkr1-ger-4", "family_appeal", lang="pontianak", note="he repeats it for a DPRD candidate")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 9. Android, Indonesian (4-digit year): staff of Kecamatan Alok, Sikka (2017-18, WITA)
    cm, sk, an, th = "Bapa Camat Yosef", "Ibu Maria Sekcam", "Anton Umum", "Ance Data"
    lines = [
        (ta(2017, 11, 20, 8, 3), None, WA_NOTICE_ID_OLD, []),
        (ta(2017, 11, 23, 9, 11), th, "Bapa mama, Moan Marsel maju perseorangan. Yang mau bantu, bawa fotokopi KTP ke sa, nanti sa antar ke posko 🙏",
         [V("skk_staf2", "ktp", "skk-3", "ktp_collection", lang="sikka", note="a data officer collects colleagues' KTP copies for an independent bakal calon")]),
        (ta(2017, 11, 23, 9, 24), sk, "Ance, kantor camat tidak boleh jadi tempat kumpul KTP calon. Itu bisa pidana 🙏", [N("neg_objection", "the secretary objects")]),
        (ta(2017, 11, 23, 9, 40), cm, "Ance, tolong hentikan. Kita pelayan semua calon 🙏", [N("neg_objection", "the camat stops it")]),
        (ta(2017, 11, 23, 10, 2), th, "Maaf Bapa, sa su kumpul 12 KTP, besok sa antar saja ke posko, bukan di kantor 😅",
         [V("skk_staf2", "ktp", "skk-3", "ktp_collection", lang="sikka", note="she persists and hands over what she has collected")]),
        (ta(2017, 11, 23, 10, 16), an, "👍", [R("rev_emoji", "a bare thumbs-up after the collector persists: to her or to the camat?", actor="skk_staf", cand="skk-3", lang="sys")]),
        (ta(2018, 2, 10, 16, 6), sk, "Bapa mama, SE Bupati Sikka soal ASN netral su ada di papan pengumuman 🙏", [N("neg_rule_quote", "passes on the circular")]),
        (ta(2018, 3, 9, 8, 7), an, "Moan Yosef kemarin datang ke kantor, foto bareng 📸 TERANG ☝️",
         [V("skk_staf", "photo", "skk-1", "photo_caption", add_codes=["PP94-N4"], lang="sikka", note="a clerk shares his photo with a campaigning candidate in the office")]),
        (ta(2018, 3, 9, 8, 8), an, "<Media tidak disertakan>", []),
        (ta(2018, 3, 9, 8, 22), sk, "Anton, foto itu hapus sudah. Kantor camat milik semua warga.", [N("neg_objection", "the secretary rebukes him")]),
        (ta(2018, 3, 9, 8, 41), an, "Siap Ibu, su hapus 🙏", [N("neg_withdrawn", "he deletes the photo; the message is on record", lang="sikka")]),
        (ta(2018, 6, 23, 20, 4), sk, "Mulai besok tenang e, foto-foto calon simpan di HP saja, jang kirim ke grup", [N("neg_reminder", "a quiet-day reminder", lang="sikka")]),
        (ta(2018, 6, 27, 12, 15), th, "TPS Wuring aman", [N("neg_election_work", "voting-day report")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kec. Alok.txt", "android_id4", "whatsapp_android_id", lines)

    # 10. Android, Indonesian: a coordination group of Wundulako offices, Kolaka (2018-19, WITA)
    cm, sk, hd, ml, ls = "Pak Camat Amir", "Bu Hasma Sekcam", "Hendra Umum", "Ns. Marlina", "Pak Lasiru PPL"
    lines = [
        (ta(2018, 1, 3, 8, 7), None, WA_NOTICE_ID_OLD, []),
        (ta(2018, 4, 9, 19, 9), cm, "Besok Puang Leman panen kakao di Lamekongga. Yang tidak ada tugas, ikut mendampingi ya 🙏",
         [V("klk_camat", "instruct", "klk-1", "instruct_soft", add_codes=["PP94-N3"], note="a camat asks the offices' staff to accompany a candidate's campaign visit")]),
        (ta(2018, 4, 9, 19, 23), hd, "Pak Camat, saya dukung Pak Hasrul yang perseorangan, jadi tidak ikut 😅",
         [V("klk_staf", "post", "klk-2", "post_support", note="he refuses one pair's event by declaring for the other in the office chat: support all the same")]),
        (ta(2018, 4, 9, 19, 36), sk, "Bapak-bapak, ASN tidak boleh dukung siapa-siapa di grup kantor 🙏", [N("neg_objection", "the secretary objects to both")]),
        (ta(2018, 4, 10, 10, 13), ml, "Sudah di Lamekongga Pak, ramai 📸", [V("klk_pkm", "attend", "klk-1", "staff_comply", note="a nurse reports accompanying the visit")]),
        (ta(2018, 4, 10, 10, 14), ml, "<Media tidak disertakan>", []),
        (ta(2018, 6, 26, 7, 19), sk, "Mulai hari ini masa tenang, grup koordinasi khusus urusan pelayanan", [N("neg_reminder", "a quiet-day reminder")]),
        (ta(2018, 6, 28, 8, 23), ls, "Alhamdulillah aman. Siapa pun bupatinya, petani kakao tetap kerja 🙏", [N("neg_after_voting", "after the vote")]),
        (ta(2018, 10, 1, 20, 11), cm, "Sekadar info, Pak Nasir Golkar nomor 2 DPRD dapil 1 orang Wundulako. Silakan yang berkenan 😊",
         [V("klk_camat", "instruct", "dprd-klk1-gol-2", "instruct_soft", note="'just for information': a softened appeal for a DPRD candidate")]),
        (ta(2018, 10, 1, 20, 26), hd, "👍", [R("rev_emoji", "a bare thumbs-up to the camat's message", actor="klk_staf", cand="dprd-klk1-gol-2", lang="sys")]),
        (ta(2019, 4, 18, 9, 2), sk, "Pemilu aman di Wundulako, terima kasih semua 🙏", [N("neg_after_voting", "after the vote")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Koordinasi UPT Wundulako.txt", "android_id", "whatsapp_android_id", lines)

    # 11. iOS, English: teachers of SMPN 1 Semarapura, Klungkung (2018-19, WITA); one bears pair 2's candidate's name
    g = "Guru SMPN 1 Semarapura"
    g1, g2, g3, ks = "Pak Wayan Sukerta", "Bu Luh Sriani", "Pak Ketut Sudarsana", "Pak Kepsek"
    lines = [
        (ta(2018, 1, 8, 7, 58, 12), None, f"{ks} created group \"{g}\"", []),
        (ta(2018, 2, 14, 8, 3, 0), g3, "Rahajeng semeton guru. Pak Nyoman nomor 1 BECIK, dumogi sareng-sareng ngedukung 🙏",
         [V("klu_guru3", "instruct", "klu-1", "invite_colleagues", lang="bali", note="a teacher calls his colleagues to back a pair")]),
        (ta(2018, 2, 14, 8, 15, 20), g1, "Tiang Wayan Sukerta, nanging ten sane calon nomor 2 nggih 😄 Tiang guru, netral",
         [N("neg_namesake", "the teacher who bears pair 2's candidate's name says he is not him", lang="bali")]),
        (ta(2018, 2, 14, 8, 31, 2), g2, "Pak Ketut, grup sekolah ten dados anggen kampanye 🙏", [N("neg_objection", "a colleague objects", lang="bali")]),
        (ta(2018, 3, 24, 10, 12, 0), g3, "Sampun ring Lapangan Puputan, kampanye Pak Nyoman rame 📸",
         [V("klu_guru3", "attend", "klu-1", "attend_campaign", lang="bali", note="he reports attending the rally")]),
        (ta(2018, 3, 24, 10, 12, 40), g3, "<attached: 00000011-PHOTO-2018-03-24-10-12-40.jpg>", []),
        (ta(2018, 6, 24, 7, 0, 0), ks, "Masa tenang, guru netral. Fokus ujian kenaikan kelas 🙏", [N("neg_reminder", "the principal's reminder")]),
        (ta(2018, 10, 5, 19, 30, 0), g3, "Pemilu 2019 Bli Tut Suartika PDIP nomor 1 dapil 3, nyama braya iraga 🙏",
         [V("klu_guru3", "post", "dprd-klu3-pdip-1", "post_support", lang="bali")]),
        (ta(2018, 10, 5, 19, 45, 10), g2, "👍", [R("rev_emoji", "a bare thumbs-up from the teacher who objected in February", actor="klu_guru2", cand="dprd-klu3-pdip-1",
                                                 lang="sys")]),
        (ta(2019, 4, 18, 10, 0, 0), g1, "Suksma penyelenggara, pemilu becik tur damai 🙏", [N("neg_everyday_word", "'becik' (good) after the vote", lang="bali")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # 12. Android, Indonesian: the Bojonegoro disaster agency (2018-19, WIB); state aid stickered for a pair
    ag, rt, sl, kl = "Agus Analis", "Retno Umum", "Pak Slamet Sopir", "Pak Kalak"
    aid = ["SKB-D12", "PP94-N5", "PP94-N4", "SKB-D8", "UU10-71-1"]
    lines = [
        (w(2018, 3, 14, 7, 5), kl, "Bantuan banjir tahap 2 didahulukan Kecamatan Kanor dan Baureno.", [N("neg_official_neutral", "routine work")]),
        (w(2018, 3, 18, 20, 7), ag, "Rek, paket sembako sing dibagi sesuk tak tempeli stiker MATOH yo, wis dikirim tim Bu Anis 😁",
         [V("bjn_bpbd", "post", "bjn-1", "aid_in_name", action="other", codes=aid, action_any=["other", "state_facility_use", "instruct_others", "post"], lang="jawa",
            note="an analyst has state flood aid stickered with a pair's acronym")]),
        (w(2018, 3, 18, 20, 21), rt, "Mas Agus, bantuan bencana ora oleh ditempeli stiker calon. Iku pidana 🙏", [N("neg_objection", "a colleague objects", lang="jawa")]),
        (w(2018, 3, 18, 20, 34), sl, "Siap Mas, sesuk tak gowo truk", [R("rev_siap", "a driver's 'siap': to drive the aid or to the stickers?", actor="bjn_bpbd3", cand="bjn-1",
                                                                         lang="jawa")]),
        (w(2018, 3, 20, 11, 9), sl, "Wis tak dum nang Kanor, stikere wis ditempel kabeh 📸",
         [V("bjn_bpbd3", "post", "bjn-1", "staff_comply", action="other", codes=aid, action_any=["other", "state_facility_use", "post"], lang="jawa",
            note="the driver reports handing out the stickered aid")]),
        (w(2018, 3, 20, 11, 10), sl, "<Media tidak disertakan>", []),
        (w(2018, 3, 20, 14, 15), kl, "Sopo sing nempel stiker calon nang bantuan? Copot kabeh, BPBD netral!", [N("neg_objection", "the head of the agency stops it", lang="jawa")]),
        (w(2018, 3, 20, 14, 29), ag, "Ngapunten Pak, kulo sing lepat 🙏", [N("neg_withdrawn", "he admits it; the act stays on record", lang="jawa")]),
        (w(2018, 6, 25, 7, 13), rt, "Masa tenang, posko siaga tetap jalan", [N("neg_election_work", "quiet-day duty")]),
        (w(2019, 3, 9, 19, 3), ag, "DPRD Jatim pilih Cak Sholikh nomer 3 NasDem yo rek, wong Kapas asli 💪",
         [V("bjn_bpbd", "post", "dprd-jtm-nas-3", "post_support", lang="jawa", note="the analyst calls colleagues to a DPRD Jawa Timur candidate in the office chat")]),
        (w(2019, 3, 9, 19, 17), rt, "Mas Agus, grup BPBD dudu posko caleg 🙏", [N("neg_objection", "a colleague objects", lang="jawa")]),
        (w(2019, 4, 16, 7, 11), rt, "Masa tenang pemilu, grup iki kanggo siaga bencana mawon 🙏", [N("neg_reminder", "a quiet-day reminder", lang="jawa")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan BPBD Bojonegoro.txt", "android_id", "whatsapp_android_id", lines)

    # 13. Android, English (US clock): staff of Kecamatan Kei Kecil, Maluku Tenggara (2018-19, WIT)
    cm, sk, fr = "Bapa Camat Petrus", "Ibu Yohana Sekcam", "Frans Umum"
    lines = [
        (tp(2018, 1, 4, 8, 5), None, WA_NOTICE_EN_OLD, []),
        (tp(2018, 3, 7, 19, 8), fr, "Bapa Yan BAKUBAE nomor 1, katong Kei Kecil dukung e ☝️", [V("mtr_staf", "post", "mtr-1", "post_support", lang="kei")]),
        (tp(2018, 3, 7, 19, 24), sk, "Frans, grup ini untuk surat-menyurat kantor, bukan untuk calon 🙏", [N("neg_objection", "the secretary objects", lang="kei")]),
        (tp(2018, 3, 7, 19, 37), fr, "Siap Ibu, sa cuma omong-omong saja 😅", [N("neg_deflect", "he plays it down; the message stands", lang="kei")]),
        (tp(2018, 5, 4, 9, 12), cm, "Besok Bapa Agus datang serahkan jaring di Ngurbloat. Staf kecamatan bantu atur tempat e 🙏",
         [V("mtr_camat", "instruct", "mtr-2", "instruct_open", add_codes=["PP94-N3", "PP94-N4"], lang="kei",
            note="the camat (of pair 1's clan) sets his staff to organise pair 2's handout")]),
        (tp(2018, 5, 4, 9, 27), fr, "Bapa, sa dukung nomor 1 mo, tra mau bantu nomor 2 😅",
         [V("mtr_staf", "post", "mtr-1", "post_support", lang="kei", note="he declares for pair 1 again in the office chat")]),
        (tp(2018, 5, 4, 9, 41), sk, "Bapa, ASN tra boleh bantu acara calon mana pun 🙏", [N("neg_objection", "the secretary objects", lang="kei")]),
        (tp(2018, 5, 4, 10, 3), cm, "Ok, batal. Maaf 🙏", [N("neg_withdrawn", "he withdraws; the order stays on record")]),
        (tp(2018, 6, 24, 8, 12), sk, "Masa tenang su mulai, foto calon simpan saja, jang kirim ke sini", [N("neg_reminder", "a quiet-day reminder", lang="kei")]),
        (tp(2018, 6, 29, 10, 5), fr, "Sapa jua yang menang, Kei tetap pegang Larvul Ngabal 🙏", [N("neg_motto", "the Kei customary law after the vote", lang="kei")]),
        (tp(2019, 4, 10, 19, 4), fr, "Bung Ocep nomor 2 PDIP, katong pu sodara dari fam Ngabalin ✌️",
         [V("mtr_staf", "post", "dprd-mtr1-pdip-2", "post_support", lang="kei", note="a clerk of the candidate's clan calls for him")]),
        (tp(2019, 4, 10, 19, 18), sk, "Frans 😅 grup kantor", [N("neg_objection", "the secretary objects", lang="kei")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Staf Kec. Kei Kecil.txt", "android_us", "whatsapp_android_en", lines)

    # 14. Android, Indonesian (4-digit year): staff of Kecamatan Sungai Raya, Kubu Raya (2018-19, WIB); population data for a team
    cm, sk, hd, ai, yl, sh = "Pak Camat Syarif", "Bu Rusnah Sekcam", "Hendri Umum", "Aisyah Dukcapil", "Ns. Yuliana", "Pak Sahri Guru"
    lines = [
        (w(2018, 1, 4, 8, 3), None, WA_NOTICE_ID_OLD, []),
        (w(2018, 3, 5, 19, 11), cm, "Aisyah, tolong bantu data DPT per RT Sungai Raya Dalam, cocokkan dengan data Dukcapil, kirim ke tim Bang Rizal ye 🙏",
         [V("kkr_camat", "instruct", "kkr-1", "ktp_kk_list", add_codes=DATA, lang="pontianak", note="a camat orders population data matched and sent to a pair's team")]),
        (w(2018, 3, 5, 19, 24), ai, "Pak, data Dukcapil tu rahasia, ndak boleh dikasi ke tim calon 🙏", [N("neg_objection", "the population-data officer refuses", lang="pontianak")]),
        (w(2018, 3, 5, 19, 40), hd, "Siap Pak, biar saye yang bantu cocokkan 👍", [R("rev_promise", "a clerk offers to do it: a promise shown, the act not yet", actor="kkr_staf",
                                                                                    cand="kkr-1", lang="pontianak")]),
        (w(2018, 3, 7, 10, 2), hd, "Data DPT RT 1 sampai 12 dah saye cocokkan, dah dikirim ke tim Bang Rizal 📄",
         [V("kkr_staf", "team", "kkr-1", "ktp_kk_list", action="other", codes=DATA_GIVE, lang="pontianak", note="the clerk sends the matched data to the team")]),
        (w(2018, 4, 2, 16, 6), sk, "Bapak ibu, edaran Bupati Kubu Raya soal netralitas dah saye tempel di ruang rapat 🙏", [N("neg_rule_quote", "passes on the circular", lang="pontianak")]),
        (w(2018, 6, 17, 19, 8), sh, "Rebbu bâdâ kampanye rajâ Bang Rizal e lapangan, ayo entar bârengan ☝️",
         [V("kkr_guru2", "instruct", "kkr-1", "invite_colleagues", lang="madura", note="a teacher invites colleagues to a rally")]),
        (w(2018, 6, 17, 19, 22), yl, "🙏", [R("rev_emoji", "a nurse's bare prayer-hands to the invitation", actor="kkr_pkm", cand="kkr-1", lang="sys")]),
        (w(2018, 6, 20, 16, 13), sh, "La e lapangan, ramè ongghu 📸", [V("kkr_guru2", "attend", "kkr-1", "attend_campaign", lang="madura", note="he reports attending the rally")]),
        (w(2018, 6, 24, 7, 17), sk, "Tige hari tenang, grup kecamatan bersih dari urusan calon ye", [N("neg_reminder", "a quiet-day reminder", lang="pontianak")]),
        (w(2018, 6, 28, 8, 29), ai, "Alhamdulillah aman, siape pun bupatinye Kubu Raya tetap satu 🙏", [N("neg_after_voting", "after the vote", lang="pontianak")]),
        (w(2019, 4, 5, 19, 29), cm, "Pemilu nanti, DPRD pilih Uray Noor nomor 4 Gerindra ye, kawan lame kite 👍",
         [V("kkr_camat", "instruct", "dprd-kkr1-ger-4", "instruct_open", lang="pontianak", note="the camat calls his staff to a DPRD candidate")]),
        (w(2019, 4, 5, 19, 43), sk, "Pak, grup kantor 🙏", [N("neg_objection", "the secretary objects")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kec. Sungai Raya.txt", "android_id4", "whatsapp_android_id", lines)


@section
def everyday_chats(c):
    # Android, Indonesian (4-digit year): an arisan group of Langgur women (2018, WIT); two officials among them
    an, mj, un, yh = "Mama Ani", "Maria Jamlean", "Usi Nela", "Yohana Sekcam"
    lines = [
        (tp(2018, 2, 4, 19, 3), an, "Bulan ini arisan pindah ke Usi Nela pu rumah e, jam 4 sore", [N(lang="kei")]),
        (tp(2018, 2, 4, 19, 17), mj, "Siap, beta bawa enbal goreng 😋", [N("neg_personal", "arisan talk", lang="kei")]),
        (tp(2018, 4, 12, 19, 7), un, "Bapa Agus tu dulu beta pu guru SMA, orang baik", [N(lang="kei")]),
        (tp(2018, 4, 12, 19, 21), yh, "Bapa Agus baik, beta tahu. Mar beta pegawai, jadi beta diam saja soal pilkada 🙏", [N("neg_negation", "an official declines to talk politics", lang="kei")]),
        (tp(2018, 5, 22, 19, 9), an, "Kabar duka: mama dari Mama Lela Ubro su pulang ke rumah Bapa. Besok pagi katong melayat?", [N(lang="kei")]),
        (tp(2018, 5, 22, 19, 23), mj, "Beta pi juga. Tuhan hibur keluarga besar Ubro 🤲", [N("neg_condolence", "a nurse condoles a campaigning running mate's family", lang="kei")]),
        (tp(2018, 6, 27, 14, 13), un, "Mama-mama, tinta ungu su di jari samua?", [N(lang="kei")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Arisan Mama-Mama Langgur.txt", "android_id4", "whatsapp_android_id", lines)

    # iOS, Indonesian: the family group of a Kediri teacher (2018-19, WIB)
    g = "Keluarga Pak Darsono"
    sr, mt, at, bp = "Mbak Sari", "Bu Mut", "Mas Anto", "Bapak"
    lines = [
        (w(2018, 9, 1, 19, 58, 1), None, WA_NOTICE_ID_OLD, []),
        (w(2018, 10, 6, 19, 3, 10), sr, "Mut, presiden mbesuk milih sopo?", [N(lang="jawa")]),
        (w(2018, 10, 6, 19, 10, 44), mt, "Aku guru, ora oleh kampanye. Pokoke pilih sing apik 🙏", [N("neg_negation", "a teacher declines to name anyone", lang="jawa")]),
        (w(2019, 1, 18, 6, 40, 0), at, "Debat mau bengi sopo sing menang jal? 😄", [N(lang="jawa")]),
        (w(2019, 1, 18, 6, 52, 15), mt, "Podo apike, 01 lan 02 sami-sami siap 👍", [N("neg_all_pairs", "both pairs", lang="jawa")]),
        (w(2019, 4, 16, 21, 0, 0), mt, "Sesuk ojo lali nyoblos, sing obore padhang 🔥😉",
         [R("rev_hint", "on the last quiet day a teacher tells her family to vote for 'the bright torch', close to pair 1's acronym PIJAR (glow): a hint or "
            "a saying?", actor="kdr_guru", cand="p11-1", lang="jawa")]),
        (w(2019, 4, 17, 14, 20, 0), bp, "Wis nyoblos kabeh", [N(lang="jawa")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)
