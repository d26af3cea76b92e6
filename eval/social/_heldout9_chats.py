"""heldout9, part 2: Telegram Desktop exports (single chats and whole-account exports with contact lists) and WhatsApp
exports (Android and iOS, Indonesian and English locales) (see _heldout9.py)."""
from __future__ import annotations

from _corpus import WIB, WIT, WITA, A, N, R, Tg, V, tg_account_export, tg_contact, tg_phone, wa_file
from _heldout9_base import WA_NOTICE_EN, WA_NOTICE_ID, section, ta, tp, w


# ---------------------------------------------------------------------------------------------
# Telegram Desktop result.json
# ---------------------------------------------------------------------------------------------
@section
def telegram(c):
    # 1. a division group of the Bintan fisheries office (2015, WIB), exported by a member
    tg = Tg(c, "telegram/ChatExport_2015-12-20_dkp_bintan/result.json", "Bidang Perikanan Tangkap DKP Bintan", "private_group", 4519003817, WIB)
    kd, kb, s1, s2, s3 = "Raja Zulkifli", "Suryani PT", "Azhar Pengawas", "Nurul Data", "Tengku Fadli"
    tg.service(100, w(2015, 6, 1, 9, 0), kd, "create_group", [], title="Bidang Perikanan Tangkap DKP Bintan", members=[kb, s1, s2, s3])
    tg.msg(101, w(2015, 7, 20, 8, 5), kd,
           "Selamat pagi. Bantuan mesin pompong tahun ni didahulukan untuk kelompok nelayan Kijang yang dukung Datuk Raja Azmi. Suryani atur datanya ye",
           V("bnt_kadis", "instruct", "bnt-1", "decision_favour", add_codes=["SKB-D12", "PP94-N5"], lang="riau",
             note="the head of the fisheries office orders state aid steered to a bakal calon's supporters (E codes)"))
    tg.msg(102, w(2015, 7, 20, 8, 20), kb, "Pak Kadis, bantuan sudah sesuai usulan musrenbang. Tak boleh dibeda-bedakan sebab calon.",
           N("neg_objection", "the division head objects", lang="riau"), reply_to_message_id=101)
    tg.msg(103, w(2015, 7, 20, 8, 31), s1, "👍", R("rev_emoji", "a bare thumbs-up to the order", actor="bnt_staf1", cand="bnt-1", lang="sys"),
           reply_to_message_id=101)
    tg.msg(104, w(2015, 7, 20, 8, 45), kd, "Macam mane pun, yang jelas dukung tetap didahulukan 😏",
           V("bnt_kadis", "instruct", "bnt-1", "instruct_covert", add_codes=["SKB-D12", "PP94-N5"], lang="riau", note="he keeps the favour after the objection"))
    tg.msg(105, w(2015, 8, 3, 10, 0), s3, "Data kelompok nelayan Kijang yang dukung Datuk sudah saye kirim ke Pak Kadis 📄",
           V("bnt_staf3", "post", "bnt-1", "staff_comply", action="other", codes=["SKB-D12", "PP94-N5", "SKB-D9", "SKB-E2", "UU10-71-1"], lang="riau",
             note="an extension officer compiles the supporters' list the order asked for"))
    tg.msg(106, w(2015, 8, 10, 14, 0), s2, "Bapak ibu, laporan produksi bulan Juli dikumpul hari Jumat ye 🙏", N("neg_official_neutral", "routine work", lang="riau"))
    tg.msg(107, w(2015, 8, 27, 7, 30), kd, "Kampanye perdana Datuk Raja Azmi di Lapangan Kijang Sabtu pagi. Yang tak piket hadir ye, pakai baju biru 🙂",
           V("bnt_kadis", "instruct", "bnt-1", "instruct_open", add_codes=["PP94-N3"], lang="riau", note="sends his staff to the candidate's first rally"))
    tg.msg(108, w(2015, 8, 27, 7, 42), s1, "Siap Pak", R("rev_siap", "a bare 'siap' to the rally instruction", actor="bnt_staf1", cand="bnt-1"),
           reply_to_message_id=107)
    tg.msg(109, w(2015, 8, 27, 8, 0), s2, "Saye piket di pelabuhan hari tu Pak", N("neg_deflect", "she has duty that day", lang="riau"))
    tg.msg(110, w(2015, 8, 29, 9, 15), s3, "Sudah hadir di Lapangan Kijang Pak, ramai 📸",
           V("bnt_staf3", "attend", "bnt-1", "staff_comply", add_codes=["PP94-N3"], lang="riau", note="reports attending the rally as told"), photo=True)
    tg.msg(111, w(2015, 12, 6, 7, 0), kb, "Masa tenang, jangan share ape-ape pasal calon di grup ni 🙏", N("neg_reminder", "a quiet-day reminder", lang="riau"))
    tg.msg(112, w(2015, 12, 10, 8, 0), kd, "Alhamdulillah Datuk menang. Terima kasih atas kerja kawan-kawan semua 🙏",
           R("rev_after_vote", "the head thanks his staff 'for their work' after his candidate's win: thanks for campaign work (SKB-D8) or a greeting?",
             actor="bnt_kadis", cand="bnt-1", lang="riau"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # 2. a whole-account export of the head of the Sulawesi Tengah health office (2015, WITA), with her saved contacts
    me = c.asn["stg_kadis"]
    ph = lambda k: tg_phone(c.acct(k, "telegram"))  # noqa: E731
    team_phone = "+6281341227604"
    contacts = [
        tg_contact("Amir", "P2P", ph("stg_kes1"), ta(2012, 3, 1, 9, 0)),
        tg_contact("Fitri", "Epid", ph("stg_kes2"), ta(2013, 6, 2, 9, 0)),
        tg_contact("Rudi", "Umum", ph("stg_kes3"), ta(2014, 8, 8, 9, 0)),
        tg_contact("Tim", "SINAR Palu", tg_phone(team_phone), ta(2015, 8, 30, 20, 0)),
        tg_contact("Tante", "Ida", tg_phone("+6281245508813"), ta(2011, 1, 1, 9, 0)),
    ]
    rel = "telegram/DataExport_2015-12-28_nurlela/result.json"
    pc = Tg(c, rel, "Tim SINAR Palu", "personal_chat", 7204418830, WITA)
    pc.msg(201, ta(2015, 9, 18, 20, 0), "Tim SINAR Palu", "Ibu Kadis, mohon bantu data kunjungan pasien per puskesmas untuk program kesehatan SINAR 🙏",
           N("neg_candidate_own", "a request from a candidate's team member, not an ASN"), from_id="user7204418830")
    pc.msg(202, ta(2015, 9, 18, 20, 20), "Nurlela Tombolotutu", "Nanti sa kirim lewat japri, jangan bilang dari dinas e 😉",
           V("stg_kadis", "team", "stg-2", "data_to_team", action="other", add_codes=["SKB-D12", "PP94-N5", "PP94-N4"], lang="kaili",
             note="the head of the health office promises official data to a candidate's team, off the record"))
    grp = Tg(c, rel, "Bidang P2P Dinkes Sulteng", "private_group", 4601182239, WITA)
    grp.msg(301, ta(2015, 9, 21, 7, 30), "Nurlela Tombolotutu", "Teman-teman, tolong rekap data kunjungan pasien per puskesmas, kirim ke sa sore ini. Penting.",
            V("stg_kadis", "instruct", "stg-2", "instruct_covert", add_codes=["SKB-D12", "PP94-N5"],
              note="read with her private chat: she has staff compile the data she promised a candidate's team"))
    grp.msg(302, ta(2015, 9, 21, 7, 45), "Amir P2P", "Siap bu, sa rekap",
            N("neg_official_neutral", "an officer answers what looks like a routine data request; he is not told its purpose", lang="kaili"),
            reply_to_message_id=301)
    grp.msg(303, ta(2015, 9, 21, 8, 10), "Fitri Epid", "Bu, data pasien itu rahasia. Untuk apa kah?", N("neg_objection", "an epidemiologist questions it"),
            reply_to_message_id=301)
    grp.msg(304, ta(2015, 9, 21, 8, 25), "Nurlela Tombolotutu", "Untuk evaluasi program saja 😊", N("neg_deflect", "her cover story; the order above is the act"))
    grp.msg(305, ta(2015, 10, 10, 19, 0), "Nurlela Tombolotutu", "Minggu depan Dr. Sigit kunjungi RSUD Undata. Staf bidang bantu sambut e, pakai seragam dinas",
            V("stg_kadis", "instruct", "stg-2", "instruct_open", add_codes=["PP94-N3", "PP94-N2"], lang="kaili",
              note="orders staff to welcome a campaigning candidate in their service uniform"))
    grp.msg(306, ta(2015, 10, 10, 19, 20), "Rudi Umum", "Siap ibu 👍", R("rev_siap", "a bare 'siap' to the order", actor="stg_kes3", cand="stg-2"),
            reply_to_message_id=305)
    grp.msg(307, ta(2015, 10, 17, 10, 0), "Rudi Umum", "Sudah ikut sambut Dr. Sigit di Undata, ramai 📸",
            V("stg_kes3", "attend", "stg-2", "staff_comply", add_codes=["PP94-N3", "PP94-N2"], note="reports welcoming the candidate as told"), photo=True)
    grp.msg(308, ta(2015, 10, 17, 10, 30), "Fitri Epid", "Maaf bu, sa tidak ikut. Itu kampanye.", N("neg_objection", "she refuses"))
    grp.msg(309, ta(2015, 12, 6, 7, 0), "Nurlela Tombolotutu", "Masa tenang, jaga netralitas e 😊", N("neg_reminder", "a quiet-day reminder"))
    fam = Tg(c, rel, "Keluarga Tombolotutu", "private_group", 4601339904, WITA)
    fam.msg(401, ta(2015, 12, 1, 19, 0), "Tante Ida", "Nurlela, tanggal 9 torang pilih siapa?", N(lang="kaili"))
    fam.msg(402, ta(2015, 12, 1, 19, 15), "Nurlela Tombolotutu", "Nomor 2 saja, Dr. Sigit orang baik. Kasih tau keluarga di Donggala juga 👍",
            V("stg_kadis", "instruct", "stg-2", "family_appeal", lang="kaili", note="a head of office appeals to her family to vote for a pair"),
            reply_to_message_id=401)
    fam.msg(403, ta(2015, 12, 9, 14, 0), "Tante Ida", "Sudah coblos samua 👍", N(lang="kaili"))
    meinfo = {"user_id": 5377102218, "first_name": "Nurlela", "last_name": "Tombolotutu", "phone_number": tg_phone(me["acc"]["telegram"]),
              "username": "nurlela_dinkes", "bio": "Dinkes Sulteng"}
    for chat in (pc, grp, fam):
        for m in chat.messages:
            if m.get("from") == "Nurlela Tombolotutu":
                m["from_id"] = f"user{meinfo['user_id']}"
    tg_account_export(c, rel, meinfo, contacts, [pc, grp, fam])

    # 3. a whole-account export of the head of the Halmahera Utara fisheries office (2023-24, WIT)
    me = c.asn["hlt_kadis"]
    ph = lambda k: tg_phone(c.acct(k, "telegram"))  # noqa: E731
    team_phone = "+6282190447712"
    contacts = [
        tg_contact("Martha", "Kabid", ph("hlt_kabid"), tp(2016, 2, 1, 9, 0)),
        tg_contact("Arnold", "Pengawas", ph("hlt_staf1"), tp(2018, 5, 2, 9, 0)),
        tg_contact("Sefnat", "PPL", ph("hlt_staf2"), tp(2019, 7, 8, 9, 0)),
        tg_contact("Linda", "Data", ph("hlt_staf3"), tp(2020, 9, 9, 9, 0)),
        tg_contact("Tim", "Bung Frengky", tg_phone(team_phone), tp(2023, 10, 20, 20, 0)),
    ]
    rel = "telegram/DataExport_2024-02-25_yonaslalamafu/result.json"
    ch = Tg(c, rel, "Info Perikanan Halut", "public_channel", 1788204417, WIT)
    ch.msg(801, tp(2023, 11, 1, 9, 0), "Info Perikanan Halut", "Jadwal penyaluran BBM bersubsidi untuk nelayan bulan November.",
           N("neg_official_neutral", "a notice"))
    ch.msg(802, tp(2024, 1, 20, 19, 0), "Info Perikanan Halut",
           ["Bung Frengky, caleg NasDem nomor 1 dapil Halut 1, hadir di penyerahan mesin ketinting. Terima kasih Bung! 🙏 ", ("hashtag", "#BungFrengky1")],
           V("inst:dkp_hlt_tg", "inst", "dprd-hlt1-nas-1", "inst_account", note="the fisheries office's channel thanks a DPRD candidate at a state-aid event"))
    ch.msg(803, tp(2024, 2, 12, 9, 0), "Info Perikanan Halut", "Pelayanan tetap normal selama masa tenang dan hari pemungutan suara.",
           N("neg_official_neutral", "a notice"))
    ch.msg(804, tp(2024, 2, 16, 10, 0), "Info Perikanan Halut", "Terima kasih nelayan Halut, pemilu berjalan aman 🙏", N("neg_after_voting", "after the vote"))
    pc = Tg(c, rel, "Tim Bung Frengky", "personal_chat", 7310542267, WIT)
    pc.msg(201, tp(2023, 10, 24, 20, 0), "Tim Bung Frengky", "Bapa Kadis, boleh bantu data nelayan Tobelo untuk Bung Frengky? 🙏",
           N("neg_candidate_own", "a request from a bakal calon's team member, not an ASN", lang="malut"), from_id="user7310542267")
    pc.msg(202, tp(2023, 10, 24, 20, 15), "Yonas Lalamafu", "Bisa, nanti kita suruh staf kirim 👍",
           V("hlt_kadis", "team", "dprd-hlt1-nas-1", "data_to_team", action="other", add_codes=["SKB-D12", "PP94-N5", "PP94-N4"], lang="malut",
             note="a head of office promises the office's aid data to a legislative bakal calon's team (E codes)"))
    grp = Tg(c, rel, "Bidang Tangkap DKP Halut", "private_group", 4633809152, WIT)
    grp.msg(301, tp(2023, 10, 25, 7, 30), "Yonas Lalamafu", "Kabid Martha, tolong data penerima bantuan ketinting di Tobelo kirim ke kita. Mo kase ke tim Bung Frengky 🙏",
            V("hlt_kadis", "instruct", "dprd-hlt1-nas-1", "data_to_team", add_codes=["SKB-D12", "PP94-N5"], lang="malut",
              note="orders the aid recipients' data passed to a bakal calon's team"))
    grp.msg(302, tp(2023, 10, 25, 7, 50), "Martha Kabid", "Bapa, data penerima itu data dinas, tara bisa kase tim caleg 🙏", N("neg_objection", "the division head refuses", lang="malut"),
            reply_to_message_id=301)
    grp.msg(303, tp(2023, 10, 25, 8, 20), "Linda Data", "Sa su kirim lewat japri Bapa 👍",
            V("hlt_staf3", "team", "dprd-hlt1-nas-1", "data_to_team", action="other", codes=["SKB-D12", "PP94-N5", "SKB-D9", "SKB-E2", "UU7-283"], lang="malut",
              note="a data officer (who shares the candidate's clan name) sends the office's data for the bakal calon's team"))
    grp.msg(304, tp(2023, 10, 25, 8, 40), "Sefnat PPL", "Om Okto itu sa pe om, mar sa tara ikut-ikut 😅",
            N("neg_namesake", "an officer who shares DPRD candidate Gaguana's clan name declines", lang="malut"))
    grp.msg(305, tp(2024, 1, 10, 19, 0), "Yonas Lalamafu", "Penyerahan mesin ketinting tanggal 20 di Tobelo, Bung Frengky mo datang. Semua staf hadir pake kaos NasDem e 😁",
            V("hlt_kadis", "instruct", "dprd-hlt1-nas-1", "instruct_open", add_codes=["PP94-N3", "PP94-N4"], lang="malut",
              note="sends staff in party shirts to a state-aid handover where a candidate appears"))
    grp.msg(306, tp(2024, 1, 10, 19, 20), "Arnold Pengawas", "Siap Bapa", R("rev_siap", "a bare 'siap' to the order", actor="hlt_staf1", cand="dprd-hlt1-nas-1",
            lang="malut"), reply_to_message_id=305)
    grp.msg(307, tp(2024, 1, 20, 10, 0), "Arnold Pengawas", "Su hadir Bapa, rame skali 📸",
            V("hlt_staf1", "attend", "dprd-hlt1-nas-1", "staff_comply", add_codes=["PP94-N3"], lang="malut", note="reports attending as told"), photo=True)
    grp.msg(308, tp(2024, 1, 20, 10, 30), "Martha Kabid", "Bapa, ini acara dinas, jang campur kampanye 🙏", N("neg_objection", "the division head objects", lang="malut"))
    grp.msg(309, tp(2024, 2, 11, 7, 0), "Yonas Lalamafu", "Masa tenang, semua fokus kerja e", N("neg_reminder", "a quiet-day reminder", lang="malut"))
    vol = Tg(c, rel, "Relawan Bung Frengky Tobelo", "private_group", 4633955018, WIT)
    vol.service(501, tp(2023, 11, 28, 20, 0), "Yonas Lalamafu", "invite_members",
                [A("hlt_staf3", case="added_to_group", note="added by her head of office; she joins in"),
                 A("hlt_staf2", case="added_to_group", note="added by his head of office; he leaves with a message"),
                 V("hlt_kadis", "instruct", "dprd-hlt1-nas-1", "instruct_add_staff", by_actor=True, lang="sys",
                   note="a head of office adds two of his staff to a candidate's volunteers' group")],
                members=["Linda Hukom", "Sefnat Gaguana"])
    vol.msg(502, tp(2023, 11, 28, 20, 10), "Admin Relawan BF", "Selamat datang di grup relawan Bung Frengky, nomor 1 NasDem dapil Halut 1 🙏", N(lang="malut"))
    vol.msg(503, tp(2023, 11, 28, 20, 30), "Sefnat Gaguana", "Maaf, sa PNS, sa keluar e 🙏", N("neg_left_group", "he explains and leaves", lang="malut"))
    vol.service(504, tp(2023, 11, 28, 20, 31), "Sefnat Gaguana", "remove_members", [N("neg_left_group", "he leaves", actor="hlt_staf2", lang="sys")],
                members=["Sefnat Gaguana"])
    vol.msg(505, tp(2023, 11, 30, 19, 0), "Linda Hukom", "Siap bantu Bung Frengky 💪 ☝️",
            V("hlt_staf3", "post", "dprd-hlt1-nas-1", "added_then_engaged", in_group=True, lang="malut"))
    meinfo = {"user_id": 5612330971, "first_name": "Yonas", "last_name": "Lalamafu", "phone_number": tg_phone(me["acc"]["telegram"]),
              "username": "yonas_dkphalut", "bio": ""}
    for chat in (pc, grp, vol):
        for m in chat.messages:
            if m.get("from") == "Yonas Lalamafu" or m.get("actor") == "Yonas Lalamafu":
                if "from" in m:
                    m["from_id"] = f"user{meinfo['user_id']}"
                else:
                    m["actor_id"] = f"user{meinfo['user_id']}"
    tg_account_export(c, rel, meinfo, contacts, [ch, pc, grp, vol])

    # 4. the volunteers' supergroup of DPD candidate Bu Aji Nur in Balikpapan (2023-24, WITA), exported by a volunteer
    tg = Tg(c, "telegram/ChatExport_2024-02-18_relawan_ajinur/result.json", "Relawan Bu Aji Nur Balikpapan", "private_supergroup", 1822047715, WITA)
    adm = "Admin Relawan Aji Nur"
    tg.msg(100, ta(2023, 10, 20, 19, 0), adm, "Selamat datang relawan Bu Aji Nur, bakal calon DPD Kaltim 🙏", N())
    tg.service(101, ta(2023, 10, 22, 20, 0), "Agus Salim", "join_group_by_link",
               [V("bpn_staf1", "interact", "dpd-ktm-12", "bakal_support", action="follow_or_join", lang="sys",
                  note="a kelurahan clerk joins a DPD bakal calon's volunteers' group (E4)")], inviter="Group")
    tg.msg(102, ta(2023, 10, 22, 20, 20), "Agus Salim", "Siap bantu kumpul warga Sepinggan untuk Bu Aji 💪",
           V("bpn_staf1", "post", "dpd-ktm-12", "bakal_support", in_group=True, note="offers to gather residents for the bakal calon"))
    tg.service(103, ta(2023, 10, 25, 20, 0), "Agus Salim", "invite_members",
               [A("bpn_staf2", case="added_to_group", note="added by a colleague; she leaves with a message"),
                V("bpn_staf1", "instruct", "dpd-ktm-12", "instruct_add_staff", by_actor=True, lang="sys",
                  note="a clerk adds a colleague from his kelurahan to the volunteers' group")], members=["Wulandari"])
    tg.msg(104, ta(2023, 10, 25, 20, 40), "Wulandari", "Mas Agus, saya ASN juga, tidak bisa. Saya keluar ya 🙏", N("neg_left_group", "she explains and leaves"))
    tg.service(105, ta(2023, 10, 25, 20, 41), "Wulandari", "remove_members", [N("neg_left_group", "she leaves", actor="bpn_staf2", lang="sys")],
               members=["Wulandari"])
    tg.msg(106, ta(2023, 11, 4, 19, 0), adm, "Alhamdulillah Bu Aji masuk DCT, nomor 12! 🎉", N())
    tg.msg(107, ta(2023, 12, 20, 20, 0), "Agus Salim", "Spanduk Bu Aji nomor 12 sudah terpasang di pagar kantor kelurahan 📸",
           V("bpn_staf1", "post", "dpd-ktm-12", "props", in_group=True, add_codes=["SKB-D1", "PP94-N4", "UU7-304"],
             note="reports putting the candidate's banner on the kelurahan office fence"), photo=True)
    tg.service(108, ta(2024, 1, 5, 20, 0), "Reza Maulana", "join_group_by_link",
               [V("bpn_pppk2", "interact", "dpd-ktm-12", "join_group", action="follow_or_join", lang="sys", note="a PPPK programmer joins the group")],
               inviter="Group")
    tg.msg(109, ta(2024, 1, 5, 20, 30), "Reza Maulana", "Saya bantu desain poster Bu Aji ya 🎨",
           V("bpn_pppk2", "post", "dpd-ktm-12", "team_member", in_group=True, note="offers to design the candidate's posters"))
    tg.msg(110, ta(2024, 2, 10, 22, 0), adm, "Besok masa tenang, turunkan semua APK ya", N())
    tg.msg(111, ta(2024, 2, 15, 19, 0), adm, "Terima kasih relawan, apa pun hasilnya 🙏", N())
    c.write_json(tg.rel, tg.obj(), Tg.FMT)


# ---------------------------------------------------------------------------------------------
# WhatsApp exports (Android and iOS, Indonesian and English). Chats of 2015 start without the end-to-end encryption
# notice, which WhatsApp added in April 2016.
# ---------------------------------------------------------------------------------------------
@section
def whatsapp(c):
    # 1. Android, Indonesian: staff of Kecamatan Pesisir Bukit, Sungai Penuh (2015, WIB)
    cm, sk, rio, ds = "Pak Camat Nasrul", "Buk Elvi Sekcam", "Rio Kasi Pem", "Desi Umum"
    lines = [
        (w(2015, 7, 1, 8, 2), None, f"{cm} membuat grup \"Staf Kec. Pesisir Bukit\"", []),
        (w(2015, 7, 28, 19, 4), cm, "Bapak ibu, Depati Asril lah daftar ke KPU. Kito bantu, yang biso like fanpage beliau 👍",
         [V("spn_camat", "instruct", "spn-1", "instruct_open", add_codes=["PP94-N3"], lang="kerinci",
            note="the camat asks his staff to like a bakal calon's page (E codes)")]),
        (w(2015, 7, 28, 19, 13), sk, "Iyo Pak", [R("rev_siap", "the secretary's bare 'iyo' to the camat's call", actor="spn_sekcam", cand="spn-1", lang="kerinci")]),
        (w(2015, 7, 28, 19, 26), rio, "Maaf Pak, ASN dilarang. Akau idak ikut.", [N("neg_objection", "a section head refuses", lang="kerinci")]),
        (w(2015, 7, 28, 19, 41), ds, "Lah akau like Pak 👍",
         [V("spn_staf", "interact", "spn-1", "staff_comply", action="like", lang="kerinci", note="reports liking the bakal calon's page as asked")]),
        (w(2015, 7, 28, 20, 7), cm, "Cuma like, bukan kampanye 😅", [V("spn_camat", "instruct", "spn-1", "instruct_covert", lang="kerinci",
                                                                        note="he plays the request down and keeps it")]),
        (w(2015, 8, 10, 8, 17), rio, "Bapak ibu, iko SE MenPANRB tentang netralitas ASN dalam Pilkada 2015, tolong dibaco 🙏",
         [N("neg_rule_quote", "shares the circular", lang="kerinci")]),
        (w(2015, 9, 2, 16, 9), cm, "Sabtu ado kampanye dialogis Depati Asril di Koto Keras. Staf yang idak piket silakan datang, baju bebas 😊",
         [V("spn_camat", "instruct", "spn-1", "instruct_open", add_codes=["PP94-N3"], lang="kerinci", note="invites staff to the candidate's campaign event")]),
        (w(2015, 9, 5, 10, 22), ds, "Lah di Koto Keras Pak, ramai 📸", [V("spn_staf", "attend", "spn-1", "staff_comply", lang="kerinci",
                                                                             note="she reports attending the campaign event")]),
        (w(2015, 9, 5, 10, 23), ds, "<Media tidak disertakan>", []),
        (w(2015, 10, 14, 13, 18), sk, "Siapo yang tau jadwal perekaman KTP-el di Pondok Agung?", [N("neg_official_neutral", "KTP in the everyday sense", lang="kerinci")]),
        (w(2015, 10, 14, 13, 31), rio, "Hari Rabu Buk", [N("neg_official_neutral", "an answer", lang="kerinci")]),
        (w(2015, 11, 3, 20, 2), rio, "Namo akau Rio, tapi bukan keluarga Bang Rio calon wali kota yo, jangan salah kiro 😂",
         [N("neg_namesake", "a section head who shares candidate spn-3's alias", lang="kerinci")]),
        (w(2015, 12, 6, 7, 53), cm, "Masa tenang yo bapak ibu, jangan posting politik", [N("neg_reminder", "a quiet-day reminder", lang="kerinci")]),
        (w(2015, 12, 9, 13, 39), ds, "TPS 3 Pesisir Bukit lancar 👍", [N("neg_official_neutral", "voting-day report")]),
        (w(2015, 12, 10, 8, 11), sk, "Alhamdulillah aman. Siapo pun menang, Sungai Penuh tetap rukun 🙏", [N("neg_after_voting", "after the vote", lang="kerinci")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kec. Pesisir Bukit.txt", "android_id", "whatsapp_android_id", lines)

    # 2. Android, Indonesian (4-digit year): the roads division of the Kalimantan Selatan public works office (2015, WITA)
    kd, kb, r1, r2, r3 = "Pak Kadis Gusti", "Bu Kabid Nor", "Riduan Pengawas", "Raudah Umum", "Fahru Teknik"
    lines = [
        (ta(2015, 8, 20, 7, 56), None, f"{kd} membuat grup \"Bina Marga PU Kalsel\"", []),
        (ta(2015, 9, 1, 8, 4), kd, "Bubuhan pian, minggu depan Guru Fauzan kampanye di Martapura. Nang kada piket ayo hadir, kita sambut 🙏",
         [V("kls_kadis", "instruct", "kls-2", "instruct_open", add_codes=["PP94-N3"], lang="banjar",
            note="the head of office (who shares pair 1's title Gusti) sends staff to pair 2's campaign")]),
        (ta(2015, 9, 1, 8, 19), kb, "Pak Kadis, itu kampanye. ASN kada boleh.", [N("neg_objection", "the division head objects", lang="banjar")]),
        (ta(2015, 9, 1, 8, 33), r3, "👍", [R("rev_emoji", "a bare thumbs-up after the order and the objection", actor="kls_staf3", cand="kls-2", lang="sys")]),
        (ta(2015, 9, 1, 8, 48), r1, "Siap Pak, ulun hadir",
         [R("rev_promise", "a clerk says he will attend: a promise shown, the attendance not yet", actor="kls_staf1", cand="kls-2", lang="banjar")]),
        (ta(2015, 9, 8, 10, 12), r1, "Sudah di lapangan Martapura, ramai banar 📸",
         [V("kls_staf1", "attend", "kls-2", "staff_comply", lang="banjar", note="he reports attending the campaign as told")]),
        (ta(2015, 9, 8, 10, 13), r1, "<Media tidak disertakan>", []),
        (ta(2015, 10, 5, 9, 3), kb, "Besok pengukuran jalan Pelaihari, tim teknik siap?", [N("neg_official_neutral", "a work order")]),
        (ta(2015, 10, 5, 9, 17), r3, "Siap Bu, alat sudah disiapkan", [N("neg_official_neutral", "a 'siap' to routine work")]),
        (ta(2015, 11, 2, 19, 6), kd, "Nang sudah pasang stiker HARAT di rumah, foto kirim ke ulun lah 😁",
         [V("kls_kadis", "instruct", "kls-2", "instruct_open", add_codes=["PP94-N3"], lang="banjar", note="asks staff for photos of the pair's stickers at home")]),
        (ta(2015, 11, 2, 19, 24), r2, "Pak, jangan sampai stiker di mobil dinas lah 😅", [N("neg_objection", "a clerk warns against official cars", lang="banjar")]),
        (ta(2015, 11, 2, 19, 39), r1, "Stiker HARAT sudah di rumah ulun, Pak 📸",
         [V("kls_staf1", "post", "kls-2", "props", add_codes=["SKB-D1"], lang="banjar", note="reports putting up the pair's sticker")]),
        (ta(2015, 12, 6, 7, 18), kb, "Masa tenang, jangan kirim-kirim gambar calon di grup", [N("neg_reminder", "a quiet-day reminder", lang="banjar")]),
        (ta(2015, 12, 10, 9, 4), r2, "Harat banar KPPS kita, pilkada lancar 👏", [N("neg_everyday_word", "'harat' (great) after the vote", lang="banjar")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Bina Marga PU Kalsel.txt", "android_id4", "whatsapp_android_id", lines)

    # 3. iOS, Indonesian: a volunteers' group of Kalsel pair 2 in Banjarbaru (2015, WITA), exported by a volunteer
    g = "Relawan HARAT Banjarbaru"
    rl = "Kak Anang Relawan"
    fh, sr, kh = "Fahrurrazi", "Siti Raudah", "Khairil Anwar"
    lines = [
        (ta(2015, 7, 20, 20, 1, 10), None, f"{rl} membuat grup \"{g}\"", []),
        (ta(2015, 7, 20, 20, 3, 22), None, f"{rl} menambahkan {fh}, {sr}, {kh}",
         [A("kls_staf3", case="added_to_group", note="added to a bakal calon's volunteers' group; he joins in"),
          A("kls_staf2", case="added_to_group", note="added to the group; she leaves"),
          A("kls_hut", case="added_to_group", note="added to the group; he stays and only says he reads")]),
        (ta(2015, 7, 20, 20, 10, 41), rl, "Selamat datang di grup relawan Guru Fauzan. HARAT! 💪", [N(lang="banjar")]),
        (ta(2015, 7, 20, 20, 15, 3), None, f"{sr} keluar", [N("neg_left_group", "an added official leaves", actor="kls_staf2", lang="sys")]),
        (ta(2015, 7, 20, 20, 33, 57), fh, "Siap kak, ulun bantu sebar info Guru Fauzan 💪",
         [V("kls_staf3", "post", "kls-2", "added_then_engaged", in_group=True, lang="banjar", note="added by a volunteer, he offers to campaign (E codes)")]),
        (ta(2015, 7, 27, 9, 12, 14), rl, "Besok pendaftaran di KPU, kumpul jam 8 di posko", [N(lang="banjar")]),
        (ta(2015, 7, 28, 8, 40, 5), fh, "Sudah di posko kak, ada 6 urang kantor 😁",
         [V("kls_staf3", "attend", "kls-2", "attend_bakal", in_group=True, lang="banjar", note="reports joining the registration convoy with office colleagues")]),
        (ta(2015, 7, 28, 8, 40, 50), fh, "<terlampir: 00000008-PHOTO-2015-07-28-08-40-50.jpg>", []),
        (ta(2015, 8, 24, 0, 35, 10), fh, "Hari ini penetapan, Guru Fauzan pasti lolos! HARAT 💪",
         [V("kls_staf3", "post", "kls-2", "stage_boundary_wita", in_group=True, lang="banjar",
            note="the phone's clock says 00:35 on 24 Aug in WITA, 23:35 WIB on 23 Aug: still a bakal calon by the WIB date (E codes)")]),
        (ta(2015, 9, 15, 21, 40, 30), rl, "Pak Khairil diam haja 😄", [N(lang="banjar")]),
        (ta(2015, 9, 15, 21, 52, 12), kh, "Maaf, ulun cuma baca haja. Ulun PNS 🙏", [N("neg_deflect", "the added officer says he only reads", lang="banjar")]),
        (ta(2015, 11, 20, 20, 10, 0), fh, "Spanduk HARAT sudah terpasang di 10 titik Banjarbaru ✌️",
         [V("kls_staf3", "post", "kls-2", "props", in_group=True, add_codes=["SKB-D1"], lang="banjar", note="reports putting up the pair's banners")]),
        (ta(2015, 12, 5, 23, 30, 0), rl, "Besok masa tenang, copot semua APK ya", [N(lang="banjar")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 4. Android, English (US clock): the Raja Ampat tourism office (2015, WIT)
    ka, kb, h1, n2 = "Bapa Kadis Yulianus", "Ibu Sarce Kabid", "Hengky Objek Wisata", "Natalia Umum"
    lines = [
        (tp(2015, 7, 29, 8, 3), None, f"{ka} created group \"Dinas Pariwisata RA\"", []),
        (tp(2015, 8, 5, 9, 11), ka, "Selamat pagi. Minggu depan Bapa Marthen datang sosialisasi MANIS, semua staf bantu siapkan homestay binaan dinas untuk tamu e",
         [V("raj_kadis", "instruct", "raj-2", "instruct_open", add_codes=["PP94-N4", "PP94-N3"], lang="papua",
            note="the head of office has staff prepare office-supported homestays for a bakal calon's meeting (E codes)")]),
        (tp(2015, 8, 5, 9, 24), kb, "Bapa, homestay binaan itu program pemerintah, tra bisa dipake untuk bakal calon.",
         [N("neg_objection", "the division head objects", lang="papua")]),
        (tp(2015, 8, 5, 9, 40), n2, "Siap bapa", [R("rev_siap", "a clerk's bare 'siap'", actor="raj_staf2", cand="raj-2", lang="papua")]),
        (tp(2015, 8, 5, 10, 2), ka, "Ok, tamu bayar sendiri. Tapi staf tetap bantu e",
         [V("raj_kadis", "instruct", "raj-2", "instruct_covert", add_codes=["PP94-N3"], lang="papua", note="he keeps staff working for the meeting")]),
        (tp(2015, 8, 12, 15, 6), h1, "Homestay Arborek su siap untuk rombongan Bapa Marthen 👍",
         [V("raj_staf1", "post", "raj-2", "staff_comply", action="other", codes=["PP94-N4", "SKB-D12", "PP94-N5", "SKB-E3", "SKB-E6", "UU10-71-1"],
            lang="papua", note="reports the office-supported homestay made ready for the bakal calon's group")]),
        (tp(2015, 9, 2, 20, 13), kb, "Bapa, Ones Mambraku itu sa pu kaka, mar sa tra ikut politik 🙏",
         [N("neg_namesake", "the division head shares pair 1's running mate's clan name and declines", lang="papua")]),
        (tp(2015, 10, 1, 19, 8), ka, "Yang pilih MANIS nanti sa kasi jatah perjalanan dinas lebih 😉",
         [V("raj_kadis", "instruct", "raj-2", "instruct_reward", add_codes=["SKB-D12", "PP94-N5"], lang="papua",
            note="promises staff extra official travel for voting for a pair")]),
        (tp(2015, 10, 1, 19, 22), h1, "Bapa, itu tra boleh", [N("neg_objection", "an officer objects", lang="papua")]),
        (tp(2015, 12, 6, 8, 4), kb, "Masa tenang, jang kirim foto calon di grup e", [N("neg_reminder", "a quiet-day reminder", lang="papua")]),
        (tp(2015, 12, 9, 12, 15), n2, "TPS Waisai aman", [N("neg_official_neutral", "voting-day report")]),
        (tp(2015, 12, 10, 9, 31), h1, "Puji Tuhan Raja Ampat aman 🙏", [N("neg_after_voting", "after the vote", lang="papua")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Dinas Pariwisata Raja Ampat.txt", "android_us", "whatsapp_android_en", lines)

    # 5. iOS, English: staff of Kelurahan Kakaskasen Satu, Tomohon (2015, WITA)
    g = "Staf Kel. Kakaskasen Satu"
    lr, sk, r1, m2 = "Pak Lurah Jemmy", "Ibu Vivi Sekel", "Rendy Umum", "Meity Pelayanan"
    lines = [
        (ta(2015, 8, 3, 18, 50, 2), None, f"{lr} created group \"{g}\"", []),
        (ta(2015, 8, 3, 19, 2, 0), lr, "Ngoni samua, Om Arnold so daftar. Kalu bisa, ngoni bantu like deng share dia pe postingan e 👍",
         [V("tmh_lurah", "instruct", "tmh-2", "instruct_open", add_codes=["PP94-N3"], lang="manado",
            note="the lurah asks his staff to like and share a bakal calon's posts (E codes)")]),
        (ta(2015, 8, 3, 19, 7, 33), m2, "Iyo Pak", [R("rev_siap", "a bare 'iyo'", actor="tmh_staf2", cand="tmh-2", lang="manado")]),
        (ta(2015, 8, 3, 19, 15, 12), sk, "Pak Lurah, torang ASN nyanda boleh. Kita nyanda iko.",
         [N("neg_objection", "the secretary (who shares pair 3's running mate's clan name) refuses", lang="manado")]),
        (ta(2015, 8, 3, 19, 20, 40), r1, "👍", [R("rev_emoji", "a bare thumbs-up", actor="tmh_staf1", cand="tmh-2", lang="sys")]),
        (ta(2015, 8, 3, 19, 44, 5), r1, "So kita share Pak 😁",
         [V("tmh_staf1", "post", "tmh-2", "staff_comply", action="share", lang="manado", note="reports sharing the bakal calon's post as told")]),
        (ta(2015, 9, 12, 10, 30, 5), lr, "Sabtu ada kampanye Om Arnold di lapangan Kakaskasen, staf yang nyanda piket datang jo, pake baju kuning 💛",
         [V("tmh_lurah", "instruct", "tmh-2", "instruct_open", add_codes=["PP94-N3"], lang="manado", note="sends staff to a campaign rally in the party colour")]),
        (ta(2015, 9, 19, 10, 42, 0), m2, "So di lapangan Pak, rame skali 📸",
         [V("tmh_staf2", "attend", "tmh-2", "staff_comply", lang="manado", note="reports attending the rally")]),
        (ta(2015, 9, 19, 10, 42, 40), m2, "<attached: 00000011-PHOTO-2015-09-19-10-42-40.jpg>", []),
        (ta(2015, 10, 20, 9, 15, 10), sk, "Jempol for ngoni yang so kerja bakti kemarin 👍",
         [N("neg_everyday_word", "'jempol' (thumbs up); pair 1's acronym is JEMPOL", lang="manado")]),
        (ta(2015, 12, 7, 9, 0, 0), sk, "Masa tenang, nyanda usah posting calon e", [N("neg_reminder", "a quiet-day reminder", lang="manado")]),
        (ta(2015, 12, 10, 7, 45, 0), lr, "Selamat Om Jefry, torang dukung pemerintahan baru 🙏", [N("neg_after_voting", "after the vote", lang="manado")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # 6. Android, English (24-hour clock): Kecamatan Pulau-Pulau Aru, Dobo (2015, WIT)
    cm, sk, ys, es = "Bapa Camat Yakob", "Ibu Maria Sekcam", "Yusuf Umum", "Ester Data"
    lines = [
        (tp(2015, 8, 10, 8, 5), None, f"{cm} created group \"Kec. PP Aru\"", []),
        (tp(2015, 8, 10, 8, 12), cm, "Bantuan bibit rumput laut tahun ini katong kasi dulu par kelompok di Wokam yang dukung Om Yance. Ester atur data e",
         [V("aru_camat", "instruct", "aru-2", "decision_favour", add_codes=["SKB-D12", "PP94-N5"], lang="ambon",
            note="a camat orders state aid steered to a bakal calon's supporters (E codes)")]),
        (tp(2015, 8, 10, 8, 26), sk, "Bapa Camat, bantuan itu sesuai usulan desa, seng bisa dibeda-bedakan.", [N("neg_objection", "the secretary objects", lang="ambon")]),
        (tp(2015, 8, 10, 8, 44), es, "Siap Bapa", [R("rev_siap", "a bare 'siap' to the order", actor="aru_staf2", cand="aru-2", lang="ambon")]),
        (tp(2015, 8, 10, 9, 3), cm, "Sesuai data saja, mar yang dukung tetap didahulukan 😏",
         [V("aru_camat", "instruct", "aru-2", "instruct_covert", add_codes=["SKB-D12", "PP94-N5"], lang="ambon", note="he keeps the favour after the objection")]),
        (tp(2015, 9, 14, 15, 8), es, "Data kelompok yang dukung Om Yance su beta kirim ke Bapa Camat 📄",
         [V("aru_staf2", "post", "aru-2", "staff_comply", action="other", codes=["SKB-D12", "PP94-N5", "SKB-D2", "UU10-71-1"], lang="ambon",
            note="the data officer compiles the supporters' list for the aid")]),
        (tp(2015, 9, 14, 15, 27), ys, "Astaga, itu bantuan pemerintah e 😳", [N("neg_objection", "a colleague objects", lang="ambon")]),
        (tp(2015, 10, 5, 7, 33), sk, "Pagi, laporan bulanan kirim sebelum Jumat e", [N("neg_official_neutral", "routine work", lang="ambon")]),
        (tp(2015, 11, 1, 19, 4), ys, "Mutiara Dobo harga bagus bulan ini, nelayan senang 🦪",
         [N("neg_everyday_word", "pearls; pair 2's slogan is Aru Mutiara Timur", lang="ambon")]),
        (tp(2015, 12, 7, 8, 12), cm, "Masa tenang, semua tenang juga e 😄", [N("neg_reminder", "a quiet-day joke from the camat", lang="ambon")]),
        (tp(2015, 12, 10, 10, 5), es, "Sapa saja yang menang, masyarakat tetap dilayani 🙏", [N("neg_after_voting", "after the vote", lang="ambon")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Kec. Pulau-Pulau Aru.txt", "android_gb", "whatsapp_android_en", lines)

    # 7. Android, Indonesian: Kecamatan Pulau Laut Utara, Kotabaru (2015, WITA): KTP copies for an independent bakal calon
    cm, sk, ys, hl = "Pak Camat Hamid", "Bu Rusdiana Sekcam", "Yusran Umum", "Herlina Dukcapil"
    lines = [
        (ta(2015, 5, 20, 8, 2), None, f"{cm} membuat grup \"Staf Kec. PLU\"", []),
        (ta(2015, 6, 2, 9, 7), ys, "Bubuhan pian, Julak Lukman maju jalur perseorangan. Nang handak bantu, kumpulkan fotokopi KTP keluarga, ulun jemput ke rumah 🙏",
         [V("ktb_staf", "ktp", "ktb-3", "ktp_collection", add_codes=["PP94-N6"], lang="banjar",
            note="a clerk collects KTP copies for an independent bakal calon and asks colleagues in the office group")]),
        (ta(2015, 6, 2, 9, 21), cm, "Yusran, grup kantor jangan dipakai urusan calon. ASN kada boleh kumpul KTP dukungan.",
         [N("neg_objection", "the camat forbids it", lang="banjar")]),
        (ta(2015, 6, 2, 9, 33), hl, "👍", [N("neg_ack", "a thumbs-up right after the camat's objection", lang="sys")]),
        (ta(2015, 6, 5, 16, 12), sk, "Yusran, fotokopi KTP ulun lawan laki ulun sudah di meja pian",
         [V("ktb_sekcam", "ktp", "ktb-3", "ktp_give", lang="banjar", note="the secretary hands in her own and her husband's KTP copies as support")]),
        (ta(2015, 6, 5, 16, 30), ys, "Makasih Bu, sudah 50 lembar 🙏", [V("ktb_staf", "ktp", "ktb-3", "ktp_collection", lang="banjar", note="reports 50 copies")]),
        (ta(2015, 6, 9, 10, 3), hl, "Pak Yusran, jangan pakai data KTP-el kantor gasan dukungan calon lah, bisa kena", [N("neg_objection", "a colleague warns him", lang="banjar")]),
        (ta(2015, 6, 9, 10, 19), ys, "Kada pakai data kantor, ini fotokopi warga sorang", [N("neg_deflect", "he says the copies came from residents", lang="banjar")]),
        (ta(2015, 8, 24, 19, 4), sk, "Penetapan KPU: 1 Pak Udin, 2 Gusti Amir, 3 Julak Lukman", [N("neg_news", "the list of pairs", lang="banjar")]),
        (ta(2015, 8, 24, 19, 9), ys, "Tiga! Julak Lukman nomor 3 🤟", [V("ktb_staf", "post", "ktb-3", "post_support", lang="banjar")]),
        (ta(2015, 10, 10, 18, 6), ys, "Minggu depan Julak Lukman kampanye di Sebatung, nang handak ikut ulun jemput 😁",
         [V("ktb_staf", "instruct", "ktb-3", "invite_colleagues", lang="banjar", note="invites colleagues to the pair's campaign")]),
        (ta(2015, 10, 10, 18, 24), cm, "Yusran, ini sudah kedua kalinya. Ulun laporkan ke BKD kalau masih pakai grup ini.", [N("neg_objection", "the camat warns him",
                                                                                                                                lang="banjar")]),
        (ta(2015, 10, 10, 18, 41), ys, "Maaf Pak, ulun hapus.", [N("neg_withdrawn", "he deletes it; the invitation stands", lang="banjar")]),
        (ta(2015, 12, 10, 9, 3), sk, "Selamat gasan nang menang 🙏", [N("neg_after_voting", "after the vote", lang="banjar")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kec. Pulau Laut Utara.txt", "android_id", "whatsapp_android_id", lines)

    # 8. Android, Indonesian: staff of Kelurahan Prenggan, Kota Yogyakarta (2023-24, WIB)
    lr, sk, yg, rn = "Pak Lurah Bambang", "Bu Sri Seklur", "Yoga Dukcapil", "Rini Pelayanan"
    lines = [
        (w(2023, 9, 4, 8, 3), None, WA_NOTICE_ID, []),
        (w(2023, 10, 30, 19, 7), lr, "Bapak ibu, Pak Hendro maju DPRD Kota dapil 5. Monggo dibantu, postingane di-like lan di-share 👍",
         [V("ygy_lurah", "instruct", "dprd-ygy5-pan-1", "instruct_open", add_codes=["PP94-N3"], lang="jawa",
            note="the lurah asks his staff to like and share a legislative bakal calon's posts (E codes)")]),
        (w(2023, 10, 30, 19, 14), sk, "Nggih Pak", [R("rev_siap", "the secretary's bare 'nggih' (her like of the candidate's post is a separate label)",
                                                      actor="ygy_seklur", cand="dprd-ygy5-pan-1", lang="jawa")]),
        (w(2023, 10, 30, 19, 23), rn, "Nyuwun sewu Pak, kula mboten wantun. ASN kedah netral.", [N("neg_objection", "an officer refuses", lang="jawa")]),
        (w(2023, 10, 30, 19, 35), yg, "Sampun kula share teng status WA Pak 😁",
         [V("ygy_staf1", "post", "dprd-ygy5-pan-1", "staff_comply", action="share", lang="jawa", note="reports sharing the bakal calon's post as told")]),
        (w(2023, 10, 30, 19, 52), lr, "Rini, ora usah share, like wae. Sepele kok 😅",
         [V("ygy_lurah", "instruct", "dprd-ygy5-pan-1", "instruct_covert", lang="jawa", note="he presses the officer who refused")]),
        (w(2023, 11, 20, 8, 11), rn, "Pak, niki SE Wali Kota babagan netralitas ASN lan non-ASN 🙏", [N("neg_rule_quote", "shares the circular", lang="jawa")]),
        (w(2024, 1, 6, 16, 17), lr, "Minggu ngarep wonten jalan sehat kaliyan Pak Hendro teng Kotagede. Staf sing mboten piket monggo ndherek, ngagem kaos biru 💙",
         [V("ygy_lurah", "instruct", "dprd-ygy5-pan-1", "instruct_open", add_codes=["PP94-N3"], lang="jawa",
            note="sends staff to a campaign event in the party's colour")]),
        (w(2024, 1, 6, 16, 29), yg, "Siap Pak 👍", [R("rev_siap", "a bare 'siap' (his attendance is a separate label)", actor="ygy_staf1", cand="dprd-ygy5-pan-1")]),
        (w(2024, 1, 14, 7, 43), yg, "Sampun teng Kotagede Pak, rame 💙",
         [V("ygy_staf1", "attend", "dprd-ygy5-pan-1", "staff_comply", lang="jawa", note="reports attending the campaign event")]),
        (w(2024, 1, 14, 7, 44), yg, "<Media tidak disertakan>", []),
        (w(2024, 1, 20, 13, 9), sk, "Sing badhe ngurus KTP-el enggal saged teng kelurahan dinten Selasa kaliyan Kamis", [N("neg_official_neutral", "KTP service",
                                                                                                                        lang="jawa")]),
        (w(2024, 2, 1, 20, 7), rn, "Wonten warga takon, menawi nyoblos gambar partai mawon sah mboten? Kula jawab sah, sesuai aturan KPU",
         [N("neg_how_to_vote", "answers a voter's question about the ballot", lang="jawa")]),
        (w(2024, 2, 1, 20, 21), lr, "Ojo diwarahi nyoblos partai liyane lho Rin 😅",
         [R("rev_joke", "the lurah tells an officer not to 'teach' voters other parties: a joke or a push for his candidate's party (SKB-D8)?",
            actor="ygy_lurah", cand="dprd-ygy5-pan-1", lang="jawa")]),
        (w(2024, 2, 11, 7, 13), sk, "Masa tenang, APK teng gang-gang sampun dicopot Linmas", [N("neg_official_neutral", "quiet-day work", lang="jawa")]),
        (w(2024, 2, 14, 13, 47), rn, "TPS 12 lancar", [N("neg_official_neutral", "voting-day report")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kel. Prenggan.txt", "android_id", "whatsapp_android_id", lines)

    # 9. iOS, Indonesian: a teachers' group in Sape, Bima (2023-24, WITA)
    g = "Guru Sape Bersatu"
    jn, rh, mj, hn = "Bu Jaenab", "Bu Rahma PPPK", "Pak Majid", "Pak Guru Honor Arif"
    lines = [
        (ta(2023, 10, 10, 19, 58, 1), None, WA_NOTICE_ID, []),
        (ta(2023, 10, 10, 20, 5, 10), mj, "Bapak ibu, Bang Saleh mo silaturahmi dengan guru-guru Sape hari Sabtu. Yang bisa hadir, kita sambut 🙏",
         [V("bma_guru2", "instruct", "dprd-bma5-ppp-2", "invite_colleagues", lang="bima",
            note="a teacher invites colleagues to a legislative bakal calon's gathering (E codes)")]),
        (ta(2023, 10, 10, 20, 12, 44), hn, "Honorer boleh hadir kah pak?", [N(lang="bima")]),
        (ta(2023, 10, 14, 10, 15, 30), rh, "Sudah hadir di silaturahmi Bang Saleh, rame guru-guru 📸",
         [V("bma_pppk", "attend", "dprd-bma5-ppp-2", "attend_bakal", lang="bima", note="a PPPK teacher reports attending the bakal calon's gathering")]),
        (ta(2023, 10, 14, 10, 16, 5), rh, "<terlampir: 00000014-PHOTO-2023-10-14-10-16-05.jpg>", []),
        (ta(2023, 10, 20, 19, 40, 0), jn, "Pak Majid, apa tidak melanggar kah ajak-ajak guru?", [N("neg_objection", "a colleague questions the invitation", lang="bima")]),
        (ta(2023, 10, 20, 19, 52, 10), mj, "Silaturahmi saja bu, bukan kampanye 😊", [N("neg_deflect", "he plays it down", lang="bima")]),
        (ta(2024, 1, 10, 20, 0, 0), mj, "Guru-guru yang sudah PPPK, ingat siapa yang perjuangkan kita 😉 nomor 2 💚",
         [V("bma_guru2", "instruct", "dprd-bma5-ppp-2", "instruct_covert", lang="bima", note="a veiled appeal with the candidate's number and party colour")]),
        (ta(2024, 1, 10, 20, 8, 33), rh, "💚💚", [R("rev_emoji", "two green hearts in reply to a veiled appeal", actor="bma_pppk", cand="dprd-bma5-ppp-2", lang="sys")]),
        (ta(2024, 1, 20, 9, 0, 0), jn, "Besok upacara jam 7, pakai PSH", [N("neg_official_neutral", "a school notice")]),
        (ta(2024, 2, 12, 6, 30, 0), rh, "Masa tenang, mari doakan Bima aman, kalembo ade 🙏", [N("neg_reminder", "a quiet-day wish", lang="bima")]),
        (ta(2024, 2, 14, 14, 5, 0), jn, "Sudah nyoblos semua? Jari ungu 💜", [N("neg_after_voting", "voting day")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 10. Android, Indonesian (4-digit year): a Balikpapan family group; the lurah appeals to his family (2024, WITA)
    ti, ru, di = "Tante Ida", "Om Rudy", "Dian"
    lines = [
        (ta(2024, 1, 7, 19, 7), ti, "Rud, tanggal 14 kita milih siapa?", [N()]),
        (ta(2024, 1, 7, 19, 19), ru, "Presiden nomor 1 aja, HALO. DPRD Bu Rina nomor 2 Golkar. Sampaikan ke keluarga di Gunung Bahagia juga 👍",
         [V("bpn_lurah", "instruct", "p9-1", "family_appeal", note="a lurah appeals to his family for a presidential pair and a DPRD candidate")]),
        (ta(2024, 1, 7, 19, 33), di, "Om, om kan lurah, nggak boleh arahin keluarga lho 😅", [N()]),
        (ta(2024, 1, 7, 19, 48), ti, "Halo Om Rudy, jangan lupa arisan Minggu ya 😂", [N("neg_everyday_word", "'halo' as a greeting")]),
        (ta(2024, 2, 8, 20, 13), ru, "Inget ya, 01 dan Bu Rina nomor 2 ☝️✌️",
         [V("bpn_lurah", "instruct", "dprd-bpn6-gol-2", "family_appeal", note="he repeats the appeal for the DPRD candidate")]),
        (ta(2024, 2, 14, 12, 1), ti, "Sudah nyoblos semua", [N()]),
        (ta(2024, 2, 15, 9, 17), di, "Alhamdulillah aman", [N("neg_after_voting", "after the vote")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Keluarga Besar Hartono.txt", "android_id4", "whatsapp_android_id", lines)

    # 11. iOS, English: primary-school teachers of a Tobelo cluster (2023-24, WIT)
    g = "Guru Gugus 2 Tobelo"
    st, yl, ml = "Pak Stenly", "Bu Yuli", "Bu Meilan"
    lines = [
        (tp(2023, 10, 16, 7, 58, 12), None, WA_NOTICE_EN, []),
        (tp(2023, 10, 16, 8, 3, 0), st, "Selamat pagi ngoni samua. Bung Frengky mo maju DPRD dapil 1, torang guru bantu kenalkan e, dia peduli guru honor 🙏",
         [V("hlt_guru2", "instruct", "dprd-hlt1-nas-1", "invite_colleagues", lang="malut", note="a teacher asks colleagues to promote a bakal calon (E codes)")]),
        (tp(2023, 10, 16, 8, 15, 20), yl, "Pak Stenly, torang ASN tara boleh kampanye.", [N("neg_objection", "a colleague objects", lang="malut")]),
        (tp(2023, 10, 16, 8, 31, 2), ml, "🙏", [R("rev_emoji", "a PPPK teacher's bare prayer-hands emoji after the appeal and the objection", actor="hlt_pppk",
                                                cand="dprd-hlt1-nas-1", lang="sys")]),
        (tp(2023, 11, 20, 19, 5, 0), st, "Foto bersama Bung Frengky di Pitu kemarin, nomor 1 NasDem ☝️",
         [V("hlt_guru2", "photo", "dprd-hlt1-nas-1", "photo_caption", lang="malut")]),
        (tp(2023, 11, 20, 19, 6, 0), st, "<attached: 00000021-PHOTO-2023-11-20-19-06-00.jpg>", []),
        (tp(2023, 12, 5, 20, 12, 0), ml, "Dapa undangan acara Nona Irma di Tobelo, boleh ikut kah?",
         [R("rev_question", "a PPPK teacher asks whether she may attend a candidate's event: a plan shown, the act unknown", actor="hlt_pppk",
            cand="dprd-mlt2-nas-4", lang="malut")]),
        (tp(2023, 12, 5, 20, 30, 0), yl, "Jang ibu, itu kampanye 🙏", [N("neg_objection", "a colleague advises against it", lang="malut")]),
        (tp(2024, 1, 25, 9, 0, 0), yl, "Hibualamo! Lomba tari antar sekolah hari Sabtu 🥁", [N("neg_motto", "the regency's symbol at a school event", lang="malut")]),
        (tp(2024, 2, 12, 7, 0, 0), st, "Masa tenang, fokus mengajar e", [N("neg_reminder", "a quiet-day reminder", lang="malut")]),
        (tp(2024, 2, 15, 10, 0, 0), yl, "Puji Tuhan Halut aman", [N("neg_after_voting", "after the vote", lang="malut")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # 12. Android, English (US clock): staff of Kapanewon Sewon, Bantul (2023-24, WIB)
    pn, ar, wy, sn = "Pak Panewu Tris", "Ari Umum", "Wahyu PPL", "Mbak Sinta Honorer"
    lines = [
        (w(2023, 10, 2, 8, 3), None, WA_NOTICE_EN, []),
        (w(2023, 10, 24, 19, 11), pn, "Bapak ibu, Gus Kholis badhe silaturahmi kaliyan dukuh se-Sewon tanggal 25. Staf bantu siapkan pendopo kapanewon nggih",
         [V("btl_panewu", "instruct", "dprd-diy3-pkb-3", "instruct_open", add_codes=["PP94-N4", "PP94-N3"], lang="jawa",
            note="the panewu has staff prepare the kapanewon hall for a legislative bakal calon (E codes)")]),
        (w(2023, 10, 24, 19, 24), wy, "Pak Panewu, pendopo niku aset pemerintah, mboten saged kangge caleg.", [N("neg_objection", "an extension officer objects",
                                                                                                                 lang="jawa")]),
        (w(2023, 10, 24, 19, 40), ar, "Nggih Pak", [R("rev_siap", "a clerk's bare 'nggih' (her like and her move of the chairs are separate labels)",
                                                      actor="btl_staf", cand="dprd-diy3-pkb-3", lang="jawa")]),
        (w(2023, 10, 24, 20, 2), pn, "Nggih pun, teng griya kula mawon. Nanging staf tetep bantu nggih",
         [V("btl_panewu", "instruct", "dprd-diy3-pkb-3", "instruct_covert", add_codes=["PP94-N3"], lang="jawa", note="he moves the meeting but keeps staff working for it")]),
        (w(2023, 10, 25, 15, 6), ar, "Kursi saking pendopo sampun dipindah teng griya Pak Panewu, 40 👍",
         [V("btl_staf", "post", "dprd-diy3-pkb-3", "staff_comply", action="other", codes=["PP94-N4", "SKB-D12", "PP94-N5", "SKB-E6", "UU7-304"], lang="jawa",
            note="the clerk reports moving the hall's chairs to the bakal calon's meeting")]),
        (w(2023, 11, 8, 20, 13), wy, "Pak, pupuk subsidi kelompok tani Pendowoharjo sampun rawuh?", [N("neg_official_neutral", "a work question", lang="jawa")]),
        (w(2023, 11, 8, 20, 31), pn, "Dereng, minggu ngarep", [N("neg_official_neutral", "a work answer", lang="jawa")]),
        (w(2024, 1, 15, 19, 8), pn, "Sing milih Gus Kholis, mangke kula paringi perhatian khusus usulan kenaikan pangkat 😉",
         [V("btl_panewu", "instruct", "dprd-diy3-pkb-3", "instruct_reward", add_codes=["SKB-D12", "PP94-N5"], lang="jawa",
            note="promises staff favours in promotion for voting for a candidate")]),
        (w(2024, 1, 15, 19, 22), wy, "Pak, niku mboten pareng. Kenaikan pangkat wonten aturanipun.", [N("neg_objection", "an extension officer objects", lang="jawa")]),
        (w(2024, 2, 11, 8, 4), ar, "Masa tenang, sampun mboten wonten sing masang gambar caleg teng grup nggih 🙏", [N("neg_reminder", "a quiet-day reminder", lang="jawa")]),
        (w(2024, 2, 14, 12, 15), sn, "TPS Bangunharjo aman", [N()]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Kapanewon Sewon.txt", "android_us", "whatsapp_android_en", lines)


@section
def everyday_chats(c):
    # iOS, Indonesian: a Tomohon family group (2015, WITA); a kelurahan officer among her relatives
    g = "Keluarga Besar Sondakh"
    ol, mt, oj = "Oma Lin", "Meity", "Om Jan"
    lines = [
        (ta(2015, 9, 6, 19, 3, 10), ol, "Minggu ini ibadah kolom di rumah Om Jan e", [N(lang="manado")]),
        (ta(2015, 9, 6, 19, 10, 44), mt, "Iyo oma, kita bawa kue 🍰", [N("neg_personal", "family talk", lang="manado")]),
        (ta(2015, 10, 18, 20, 5, 0), oj, "Tanggal 9 torang pilih sapa?", [N(lang="manado")]),
        (ta(2015, 10, 18, 20, 12, 30), mt, "Om Arnold tu torang pe keluarga jauh, so pasti torang dukung keluarga 😅",
         [R("rev_family", "a kelurahan officer tells relatives that 'of course we back family' about a candidate: an appeal to family (SKB-D8) or a remark?",
            actor="tmh_staf2", cand="tmh-2", lang="manado")]),
        (ta(2015, 10, 18, 20, 20, 0), oj, "Ok ok 😄", [N(lang="manado")]),
        (ta(2015, 11, 29, 18, 40, 0), ol, "Cucu-cucu libur sekolah kapan?", [N(lang="manado")]),
        (ta(2015, 11, 29, 18, 52, 15), mt, "Tanggal 19 Desember oma", [N("neg_personal", "family talk")]),
        (ta(2015, 12, 9, 14, 20, 0), oj, "So coblos samua?", [N(lang="manado")]),
        (ta(2015, 12, 24, 21, 0, 0), ol, "Selamat Natal keluarga 🎄 Tuhan Yesus memberkati", [N(lang="manado")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)
