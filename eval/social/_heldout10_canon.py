"""heldout10, part 3: canonical JSON Lines (follows, joins, reactions, tags and additions, media fields, shares, roles, stage
boundaries, everyday posts and doubts) and the optional PNG screenshots (see _heldout10.py)."""
from __future__ import annotations

from _corpus import A, Canon, N, R, V, hnum, img, png_shot, tgt
from _heldout10_base import section, ta, tp, w


def _ch(c, cid, platform, text=None, name=None):
    cd = c.cands[cid]
    return tgt(cd.handle(platform), name or cd.name, text)


def _post_id(c, cid, seed):
    return c.cands[cid].handle("facebook") + "_" + str(10**15 * 6 + hnum("h10" + seed, 10**15))


# ---------------------------------------------------------------------------------------------
# canonical lines of 2013-14
# ---------------------------------------------------------------------------------------------
@section
def canonical_2014(c):
    cn = Canon(c, "canonical/activities_heldout10_2014.jsonl", "h10a")
    W = cn.who

    # follows of candidates' accounts
    for k, cid, plat, when, case in (
        ("pid_rs", "p10-2", "x", w(2014, 5, 22, 21, 0), "bakal_support"),
        ("crb_rs", "p10-1", "instagram", w(2014, 6, 5, 20, 0), "follow_candidate"),
        ("mbr_dkp", "dpr-ntt1-nas-1", "x", ta(2013, 8, 1, 20, 0), "bakal_support"),
        ("ltg_dispar", "dprd-ltg4-ger-3", "instagram", ta(2013, 9, 10, 20, 0), "follow_candidate"),
        ("wjo_guru", "p10-1", "x", ta(2014, 6, 2, 20, 0), "follow_candidate"),
        ("pmk_guru2", "p10-1", "instagram", w(2014, 5, 25, 20, 0), "bakal_support"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), plat, "follow", when, W(k, plat), target=_ch(c, cid, plat))
    for k, plat, when, h, n, case, note in (
        ("ltg_dispar", "instagram", ta(2013, 7, 1, 9, 0), "kpu.loteng", "KPU Kabupaten Lombok Tengah", "neg_election_body", "following the election commission"),
        ("crb_rs", "x", w(2014, 3, 1, 9, 0), "adil_resto_crb", "Adil Resto Cirebon", "neg_everyday_follow", "a restaurant named Adil, not pair 2"),
        ("pmk_guru2", "instagram", w(2014, 2, 2, 19, 0), "tegas.futsal.pmk", "Tegas Futsal Pamekasan", "neg_everyday_follow", "a futsal club named Tegas, not pair 1"),
        ("mtg_guru", "x", tp(2014, 2, 2, 9, 0), "bawaslu_maluku", "Bawaslu Provinsi Maluku", "neg_election_body", "following the election supervisor"),
    ):
        cn.add(N(case, note, lang="sys"), plat, "follow", when, W(k, plat), target=tgt(h, n))

    # joins of candidates' groups
    for k, cid, gidn, when, case in (
        ("pid_kasi", "dprk-pid1-pa-1", ("g-relawan-tgkyusuf", "Relawan Tgk. Yusuf Pidie 1"), w(2013, 7, 20, 20, 0), "bakal_support"),
        ("ktg_staf1", "dprd-ktg1-gol-1", ("g-sahabat-omrudy", "Sahabat Om Rudy Kotamobagu"), ta(2014, 1, 10, 20, 0), "join_group"),
        ("hsl_staf3", "p10-2", ("g-relawan-adil-halsel", "Relawan ADIL Halsel"), tp(2014, 6, 5, 20, 0), "join_group"),
        ("tru_staf", "dprd-tru1-dem-2", ("g-ambedaniel", "Keluarga Besar Ambe' Daniel Caleg Demokrat"), ta(2013, 8, 10, 20, 0), "bakal_support"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), "facebook", "join_group", when, W(k, "facebook"),
               group={"id": gidn[0], "name": gidn[1]})
    for k, gidn, when, case, note in (
        ("psp_staf", ("g-jualbeli-sidimpuan", "Jual Beli Padangsidimpuan"), w(2014, 2, 9, 20, 0), "neg_everyday_group", "a buy-and-sell group"),
        ("wjo_tani", ("g-petani-padi-wajo", "Petani Padi Wajo"), ta(2013, 10, 5, 20, 0), "neg_everyday_group", "a farmers' forum"),
        ("mtg_staf", ("g-adil-motor-masohi", "Adil Motor Masohi - Jual Beli"), tp(2014, 6, 20, 20, 0), "neg_everyday_group",
         "a used-motorbike group named Adil during the presidential campaign; pair 2's acronym is ADIL"),
    ):
        cn.add(N(case, note, lang="sys"), "facebook", "join_group", when, W(k, "facebook"), group={"id": gidn[0], "name": gidn[1]})

    # reactions: a teacher likes the bakal calon's post minutes after the order in the teachers' chat, and others
    t = _ch(c, "dprd-pmk2-pkb-2", "facebook", "Bismillah, Ra Baidowi maju DPRD Pamekasan dapil 2 dari PKB. Nyo'on dhu'a 🤲 #RaBaidowi2")
    t["id"] = _post_id(c, "dprd-pmk2-pkb-2", "baidowimaju")
    cn.add(V("pmk_guru1", "interact", "dprd-pmk2-pkb-2", "like_coordinated", action="like", lang="sys",
             note="likes the bakal calon's post twenty minutes after the order in the teachers' chat, where she refused (E codes)"),
           "facebook", "reaction", w(2013, 8, 12, 19, 58), W("pmk_guru1", "facebook"), target=t)
    cn.add(V("mtg_staf", "interact", "dprd-mtg1-han-2", "like", action="like", lang="sys"), "facebook", "reaction", tp(2014, 3, 21, 20, 0), W("mtg_staf", "facebook"),
           target=_ch(c, "dprd-mtg1-han-2", "facebook", "Bung Hasan nomor 2 Hanura: air bersih par Negeri Amahai #BungHasan2"))
    cn.add(V("ltg_staf", "interact", "dpd-ntb-18", "like", action="like", lang="sys"), "facebook", "reaction", ta(2014, 3, 25, 20, 0), W("ltg_staf", "facebook"),
           target=_ch(c, "dpd-ntb-18", "facebook", "Mamiq Ihsan nomor 18 DPD: beasiswa anak petani tembakau #MamiqIhsan18", name="Dr. H. Lalu Muhammad Ihsan"))
    cn.add(N("neg_news", "liking the election commission's post naming both pairs", lang="sys"), "facebook", "reaction", ta(2014, 6, 1, 20, 0),
           W("ktg_guru2", "facebook"), target=tgt("kpu.kotamobagu", "KPU Kota Kotamobagu", "Nomor urut capres: 1 Teguh–Gasali, 2 Adi–Ilham"))
    cn.add(N("neg_official_neutral", "liking a puskesmas post", lang="sys"), "facebook", "reaction", ta(2014, 2, 20, 10, 0), W("tru_guru2", "facebook"),
           target=tgt("puskesmas.rantepao", "Puskesmas Rantepao", "Imunisasi campak anak sekolah bulan Maret"))

    # tags and additions (alerts), with what follows
    t = _ch(c, "dpr-aceh1-pan-3", "facebook", "Silaturahmi dengan guru-guru Kembang Tanjong bersama Yusnidar 📚 #CutNur3", name="Cut Nurhayati Ibrahim")
    t["id"] = _post_id(c, "dpr-aceh1-pan-3", "cutnurguru")
    cn.add(A("pid_guru2", note="tagged by a DPR candidate's page; she then comments with the number"), "facebook", "tagged", w(2014, 3, 28, 19, 0),
           W("pid_guru2", "facebook"), initiated_by={"id": c.cands["dpr-aceh1-pan-3"].handle("facebook"), "name": "Cut Nurhayati Ibrahim"}, target=t)
    cn.add(V("pid_guru2", "interact", "dpr-aceh1-pan-3", "tag_then_engaged", action="comment", lang="aceh", note="tagged, she comments with the candidate's number"),
           "facebook", "comment", w(2014, 3, 28, 19, 40), W("pid_guru2", "facebook"), "Bunda Cut Nur nomor 3 PAN, bereh 💪", target=t)
    t = _ch(c, "dprd-crb2-pkb-1", "facebook", "Silaturahmi di aula Kelurahan Pekalipan bersama Siti Aminah dan warga 🙏 #KangRozak1", name="H. Abdul Rozak Fathoni")
    cn.add(A("crb_staf2", note="tagged by the candidate's page in a post on the hall meeting she objected to; no reaction"), "facebook", "tagged",
           w(2014, 3, 27, 16, 0), W("crb_staf2", "facebook"),
           initiated_by={"id": c.cands["dprd-crb2-pkb-1"].handle("facebook"), "name": "H. Abdul Rozak Fathoni"}, target=t)
    t = _ch(c, "dprd-ktg1-gol-1", "facebook", "Bersama guru-guru Kotamobagu, ada Ibu Hasna Mokodompit 🙏 #OmRudy1", name="Rudy Paputungan")
    cn.add(A("ktg_guru", note="tagged by the candidate's page; she asks for removal"), "facebook", "tagged", ta(2014, 3, 22, 19, 0), W("ktg_guru", "facebook"),
           initiated_by={"id": c.cands["dprd-ktg1-gol-1"].handle("facebook"), "name": "Rudy Paputungan"}, target=t)
    cn.add(N("neg_untag", "she asks to be untagged", lang="mongondow"), "facebook", "comment", ta(2014, 3, 22, 19, 30), W("ktg_guru", "facebook"),
           "Om, kita cuma hadir acara sekolah. Tolong hapus tag 🙏", target=t)
    grp = {"id": "wa-tim-tegas-pamekasan", "name": "Tim Pemenangan TEGAS Pamekasan"}
    cn.add(A("pmk_guru3", case="added_to_group", note="added by the head of her education unit to a presidential team's group; she stays and never writes"),
           "whatsapp", "added_to_group", w(2014, 6, 6, 19, 0), W("pmk_guru3", "whatsapp"),
           initiated_by={"name": "Pak Hasan UPTD", "handle": c.acct("pmk_pengawas", "whatsapp")}, group=grp,
           extra=[V("pmk_pengawas", "instruct", "p10-1", "instruct_add_staff", by_actor=True, lang="sys",
                    note="the head of the education unit adds a teacher to a presidential pair's team group")])
    grp = {"id": "wa-relawan-adil-masohi", "name": "Relawan ADIL Masohi"}
    cn.add(A("mtg_rs3", case="added_to_group", note="added to a presidential pair's volunteers' group; she leaves"), "whatsapp", "added_to_group",
           tp(2014, 6, 9, 19, 0), W("mtg_rs3", "whatsapp"), initiated_by={"name": "Tim ADIL Malteng"}, group=grp)
    cn.add(N("neg_left_group", "she says she is a civil servant and leaves", lang="ambon"), "whatsapp", "message", tp(2014, 6, 9, 19, 25), W("mtg_rs3", "whatsapp"),
           "Maaf, beta PNS, beta kaluar dulu 🙏", group=grp)
    grp = {"id": "g-sahabat-puangtenri", "name": "Sahabat Puang Tenri Wajo"}
    cn.add(A("wjo_sutera", case="added_to_group", note="the candidate's namesake is added to her volunteers' group; she explains and leaves"), "facebook",
           "added_to_group", ta(2014, 2, 12, 19, 0), W("wjo_sutera", "facebook"), initiated_by={"name": "Admin Sahabat Puang Tenri"}, group=grp)
    cn.add(N("neg_left_group", "the namesake says she is not the candidate nor in the team, and leaves", lang="bugis"), "facebook", "message",
           ta(2014, 2, 12, 19, 30), W("wjo_sutera", "facebook"), "Tabe', saya bukan Puang Tenri dan bukan tim. Saya keluar dulu 🙏", group=grp)

    # posts with captions, alt text and image text
    cn.add(V("psp_pkm", "photo", "dpr-sumut2-gol-2", "image_text", note="the candidate's name, number and party exist only as text inside the picture"),
           "instagram", "post", w(2014, 3, 29, 20, 0), W("psp_pkm", "instagram"), "Malam minggu 🌙",
           media=[img("Foto bersama di depan panggung", text="BANG PARLIN NO. 2 GOLKAR\nDAPIL SUMUT II")])
    cn.add(V("ltg_camat", "gesture", "dprd-ltg4-ger-3", "gesture_caption", lang="sasak", note="only the image description shows the three-finger pose at the candidate's billboard"),
           "facebook", "post", ta(2014, 3, 30, 8, 0), W("ltg_camat", "facebook"), "Pagi di Praya 🌄",
           media=[img("Camat berpose tiga jari di depan baliho Baiq Nurul Aini nomor 3 Gerindra")])
    cn.add(V("mbr_guru", "gesture", "dpr-ntt1-nas-1", "gesture_caption", lang="manggarai"), "facebook", "post", ta(2014, 4, 2, 19, 0), W("mbr_guru", "facebook"),
           "Kumpul ase kae 🙏", media=[img("Keluarga berpose satu jari di depan poster Fransiskus Nggarang nomor 1 NasDem")])
    cn.add(V("hsl_staf3", "photo", "dprd-hsl1-pks-3", "photo_caption", lang="malut"), "facebook", "post", tp(2014, 3, 26, 19, 0), W("hsl_staf3", "facebook"),
           "Sore di Labuha 📸", media=[img("Penyuluh bersalaman dengan Hasbullah Djafar di depan spanduk PKS nomor 3")])
    cn.add(R("rev_event_photo", "a teacher at a funeral ceremony greets a DPRD candidate with his party's banner in the frame, no sign: a rite or a photo with "
             "campaign props (SKB-D7)?", actor="tru_guru2", cand="dprd-tru1-dem-2", lang="toraja"), "facebook", "post", ta(2014, 2, 22, 13, 0),
           W("tru_guru2", "facebook"), "Rambu solo' di Sa'dan 🙏", media=[img("Guru bersalaman dengan Daniel Rante Allo di lantang; tampak spanduk Demokrat nomor 2")])
    cn.add(R("rev_background", "a Maulid photo with a party's flag behind the guests: incidental or a photo with partisan symbols?", actor="pid_guru2",
             cand="dprk-pid1-pa-1", lang="aceh"), "facebook", "post", w(2014, 1, 14, 20, 0), W("pid_guru2", "facebook"), "Maulid di meunasah 🤲",
           media=[img("Jamaah duduk di meunasah; di belakang tampak bendera Partai Aceh dan poster Tgk. Yusuf")])
    cn.add(R("rev_gesture_family", "a V sign in a family photo during the presidential campaign: pair 2's number or peace?", actor="ktg_guru", cand="p10-2",
             lang="mongondow"), "facebook", "post", ta(2014, 6, 22, 19, 0), W("ktg_guru", "facebook"), "Kumpul keluarga di Mogolaing 🥰",
           media=[img("Keluarga berfoto di teras; semua mengacungkan dua jari")])

    # shares and comments
    cn.add(V("pid_guru", "post", "dpr-aceh1-pan-3", "share", action="share", lang="aceh"), "facebook", "share", w(2014, 3, 25, 19, 0), W("pid_guru", "facebook"),
           target=_ch(c, "dpr-aceh1-pan-3", "facebook", "Cut Nur nomor 3 PAN: beasiswa santri dayah 💙 #CutNur3"))
    cn.add(V("ktg_staf1", "post", "dprd-ktg1-gol-1", "share", action="share", lang="mongondow"), "facebook", "share", ta(2014, 3, 18, 19, 0), W("ktg_staf1", "facebook"),
           target=_ch(c, "dprd-ktg1-gol-1", "facebook", "Om Rudy nomor 1 Golkar: jalan tani Kotamobagu Barat 💛 #OmRudy1"))
    cn.add(V("wjo_tani", "interact", "dprd-wjo1-gol-1", "comment_support", action="comment", lang="bugis"), "facebook", "comment", ta(2014, 3, 27, 19, 0),
           W("wjo_tani", "facebook"), "Puang Tenri, petani Tempe siap ☝️", target=_ch(c, "dprd-wjo1-gol-1", "facebook", "Dialog dengan petani Tempe #PuangTenri1"))

    # team and party roles, a spouse's candidacy
    cn.add(V("mtg_staf", "team", "dprd-mtg1-han-2", "team_member", add_codes=["UU7-280-3"], lang="ambon",
             note="a kecamatan clerk announces he is secretary of a candidate's campaign team"),
           "facebook", "post", tp(2014, 3, 5, 20, 0), W("mtg_staf", "facebook"), "Dipercaya jadi sekretaris tim sukses Bung Hasan Kecamatan Kota Masohi 💪")
    cn.add(V("hsl_staf3", "team", "dprd-hsl1-pks-3", "party_member", add_codes=["SKB-D5"], lang="malut",
             note="an extension officer announces his installation as a party officer and pledges to win for its candidate"),
           "facebook", "post", tp(2014, 1, 12, 20, 0), W("hsl_staf3", "facebook"), "Alhamdulillah dilantik jadi pengurus DPC PKS Halsel. Siap menangkan Om Has ☝️")
    cn.add(V("pmk_mts", "attend", "dprd-pmk2-pkb-2", "spouse_declaration", add_codes=["SKB-E7"],
             note="a madrasah teacher joins her husband's declaration as a DPRD bakal calon, without unpaid leave (SKB-E7)"),
           "facebook", "post", w(2013, 7, 30, 20, 0), W("pmk_mts", "facebook"), "Mendampingi suami, Ra Baidowi, deklarasi bakal caleg PKB di pesantren 🤲",
           media=[img("Guru berdiri di panggung deklarasi di samping suaminya, Ach. Baidowi")])
    cn.add(R("rev_spouse_campaign", "the candidate's wife, a madrasah teacher, stands beside him at his rally without a sign: a spouse's presence or taking part in "
             "a campaign (SKB-D4)?", actor="pmk_mts", cand="dprd-pmk2-pkb-2"), "facebook", "post", w(2014, 3, 26, 20, 0), W("pmk_mts", "facebook"),
           "Menemani suami di Pademawu 🤲", media=[img("Guru berjilbab berdiri di samping Ach. Baidowi di panggung kampanye PKB")])

    # stage boundaries
    cn.add(V("ltg_guru2", "post", "dprd-ltg4-ger-3", "stage_boundary_utc",
             note="created_at 17:10Z on 21 Aug 2013 is 00:10 WIB (01:10 WITA) on 22 Aug, the DCT day (D codes); the UTC date says 21 Aug"),
           "facebook", "post", ta(2013, 8, 22, 1, 10), W("ltg_guru2", "facebook"), "Hari ini DCT, Baiq Nurul nomor 3 Gerindra, solah! 💪", style="z")
    cn.add(V("hsl_staf3", "post", "dprd-hsl1-pks-3", "stage_boundary_wit", lang="malut",
             note="01:30 WIT on 22 Aug is 23:30 WIB on 21 Aug: still a bakal calon by the WIB date (E codes), though DCT day locally"),
           "facebook", "post", tp(2013, 8, 22, 1, 30), W("hsl_staf3", "facebook"), "Hari ini DCT, Om Has pasti masuk 💪")
    cn.add(V("mtg_staf", "post", "p10-2", "stage_boundary_wit", lang="ambon",
             note="01:00 WIT on 31 May 2014 is 23:00 WIB on 30 May: a presidential bakal calon (E codes), though designation day locally"),
           "facebook", "post", tp(2014, 5, 31, 1, 0), W("mtg_staf", "facebook"), "Hari ini penetapan capres, ADIL pasti 💪")
    cn.add(V("crb_guru", "post", "p10-1", "stage_boundary_utc",
             note="created_at 23:00Z on 30 May is 06:00 WIB on 31 May, designation day (D codes); the UTC date says 30 May"),
           "facebook", "post", w(2014, 5, 31, 6, 0), W("crb_guru", "facebook"), "Bismillah, hari ini Pak Teguh ditetapkan. TEGAS ☝️", style="z")
    cn.add(V("ktg_staf1", "post", "dprd-ktg1-gol-1", "stage_quiet", lang="mongondow", note="a quiet-day call for a candidate"), "facebook", "post",
           ta(2014, 4, 7, 20, 0), W("ktg_staf1", "facebook"), "Lusa Om Rudy nomor 1 Golkar, jang lupa ☝️")
    cn.add(V("psp_staf", "post", "dpr-sumut2-gol-2", "deleted_post", lang="angkola", note="deleted the next morning; the act stays on record"),
           "facebook", "post", w(2014, 3, 29, 20, 0), W("psp_staf", "facebook"), "Bang Parlin nomor 2, marga Harahap kompak ✌️", deleted_at=w(2014, 3, 30, 7, 0))

    # people of the registry who were not yet ASN in 2014
    cn.add(N("neg_not_yet_asn", "an honorary clerk in 2014, appointed PNS only in 2019 (as her NIP shows): not an ASN's post then", lang="aceh"),
           "instagram", "post", w(2014, 3, 30, 20, 0), W("pid_staf", "instagram"), "Lon dukong Abu Yusuf, Partai Aceh nomor 13 ☝️")
    cn.add(N("neg_not_yet_asn", "an honorary worker in 2014, appointed PNS only in 2019 (as his NIP shows): not an ASN's post then"),
           "x", "post", w(2014, 6, 20, 20, 0), W("crb_kominfo", "x"), "TEGAS nomor 1! ☝️ #TEGAS1")

    # everyday posts and negatives
    for k, plat, when, text, case, note, lang in (
        ("pid_dsi", "facebook", w(2013, 9, 6, 10, 0), "Tausiah Jumat: jaga ukhuwah menjelang pemilu, jangan saling fitnah 🤲", "neg_reminder", "a sermon-style reminder", "id"),
        ("pid_camat", "facebook", w(2014, 3, 16, 9, 0), "Pengamanan kampanye hari pertama di Kembang Tanjong bersama Muspika 👮", "neg_election_work", "security duty", "id"),
        ("psp_guru2", "facebook", w(2014, 4, 9, 14, 0), "Nungnga mancoblos, jari ungu 💜 Horas!", "neg_after_voting", "voting day", "angkola"),
        ("psp_camat", "facebook", w(2014, 7, 5, 9, 0), "Rapat persiapan TPS pilpres di Padangsidimpuan Utara, semua PPS hadir", "neg_election_work", "election logistics", "id"),
        ("crb_guru2", "facebook", w(2014, 6, 25, 19, 0), "Kang Rozak kapan dilantik? Kita sih nunggu jalan Pekalipan dibenerin 😄", "neg_complaint",
         "a complaint to an elected councillor after the vote", "cirebon"),
        ("crb_lurah", "facebook", w(2014, 8, 17, 8, 0), "Upacara HUT RI ke-69 di Kelurahan Pekalipan 🇮🇩", "neg_official_neutral", "a ceremony", "id"),
        ("pmk_guru4", "facebook", w(2014, 4, 20, 19, 0), "Sengko' Baidowi, tape banne anggota DPRD. Selamat ka Ra Baidowi 😄", "neg_namesake",
         "the namesake teacher congratulates the elected candidate after the vote", "madura"),
        ("ltg_tani", "facebook", ta(2014, 4, 20, 19, 0), "Tiang Lalu Muhammad Ihsan, penyuluh pertanian. Yang terpilih DPD itu Mamiq Ihsan, bukan tiang 😄", "neg_namesake",
         "the officer who bears the DPD candidate's name", "sasak"),
        ("ltg_guru2", "facebook", ta(2014, 1, 20, 19, 0), "Lalu Muhammad Ihsan ada dua di Loteng: satu calon DPD, satu penyuluh. Jangan keliru 😄", "neg_namesake",
         "a post explaining the two namesakes", "id"),
        ("wjo_tani", "facebook", ta(2014, 5, 10, 9, 0), "Panen padi di Tempe, alhamdulillah 🌾", "neg_personal", "a harvest", "id"),
        ("wjo_camat", "facebook", ta(2014, 4, 8, 9, 0), "Masa tenang: tim gabungan menertibkan APK di Kecamatan Tempe", "neg_election_work", "quiet-day work", "id"),
        ("tru_lurah", "facebook", ta(2014, 2, 21, 10, 0), "Rambu solo' Ne' Lai di Sa'dan; keluarga Ambe' Daniel dan tokoh semua partai juga hadir. Kurre sumanga' 🙏", "neg_event",
         "a lurah at a funeral attended by a candidate's family and figures of every party", "toraja"),
        ("mbr_camat", "facebook", ta(2014, 3, 30, 9, 0), "Camat Komodo bersama PPK mengecek logistik pemilu di Pulau Rinca 🚤", "neg_election_work", "election logistics", "id"),
        ("mbr_dkp", "facebook", ta(2014, 6, 20, 19, 0), "Kraeng Frans sudah jadi anggota DPR, semoga ingat nelayan Labuan Bajo 🐟", "neg_after_voting",
         "a wish to an elected DPR member after the legislative count", "manggarai"),
        ("ktg_guru", "facebook", ta(2014, 6, 3, 19, 0), "Mokodompit itu fam besar. Ibu Meiske DPD memang keluarga jauh, mar kita guru, netral 🙏", "neg_namesake",
         "a teacher who shares DPD candidate Meiske Mokodompit's clan name states neutrality", "mongondow"),
        ("mtg_camat", "facebook", tp(2014, 3, 18, 9, 0), "Latuconsina itu marga besar di Malteng. Camat netral, semua caleg dilayani sama 🙏", "neg_namesake",
         "a camat who shares a candidate's clan name states neutrality", "ambon"),
        ("ffk_kebun", "facebook", tp(2014, 2, 14, 10, 0), "Harga pala Fakfak naik, petani senang 🌰", "neg_personal", "farm news", "papua"),
        ("ffk_distrik", "facebook", tp(2014, 4, 1, 9, 0), "Distrik Fakfak bersama PPD sosialisasi tata cara mencoblos empat surat suara 🗳️", "neg_how_to_vote", "how to vote", "id"),
        ("hsl_guru", "facebook", tp(2014, 7, 10, 19, 0), "Murid-murid tanya sapa presiden baru. Sa bilang: tunggu KPU 😄", "neg_joke", "a joke without a side", "malut"),
        ("hsl_bpbd", "facebook", tp(2014, 6, 17, 9, 0), "Tim reaksi cepat BPBD di Bacan Timur, banjir mulai surut 🙏", "neg_official_neutral", "disaster work", "id"),
    ):
        cn.add(N(case, note, lang=lang), plat, "post", when, W(k, plat), text)

    # doubts for a person
    for k, cid, plat, when, text, case, note, lang in (
        ("pmk_guru2", "dprd-pmk2-pkb-2", "instagram", w(2014, 4, 4, 20, 0), "Lora muda, santun dan alim. Pantas jadi wakil rakyat 😊", "rev_hint",
         "a teacher praises 'the young lora' without a name on the campaign's last weekend: an appeal for a candidate or a remark?", "id"),
        ("ktg_staf1", "dprd-ktg1-gol-1", "facebook", ta(2014, 4, 8, 20, 0), "Besok pilih yang torang kenal, yang dari Gogagoman 😉", "rev_hint",
         "a quiet-day hint from a clerk who shared a candidate's posts: an appeal or a generic remark?", "mongondow"),
        ("hsl_guru", "p10-1", "facebook", tp(2014, 7, 8, 20, 0), "Presiden itu harus tegas 💪", "rev_slogan_echo",
         "pair 1's acronym as an everyday word on the last quiet day: an echo of the slogan or an opinion?", "malut"),
        ("pid_guru", "dprk-pid1-pa-1", "facebook", w(2014, 4, 8, 20, 0), "Singoh pileh ureueng gampong droe, bek tuwo 🙏", "rev_hint",
         "on a quiet day a teacher who liked a candidate's posts says 'choose your own village's man': an appeal or a generic remark?", "aceh"),
    ):
        cn.add(R(case, note, actor=k, cand=cid, lang=lang), plat, "post", when, W(k, plat), text)
    cn.add(R("rev_identity", "an unlisted X account with the teacher's name posts for the candidate: his second account or someone else?", actor="crb_guru2",
             cand="dprd-crb2-pkb-1", lang="cirebon"), "x", "post", w(2014, 4, 2, 20, 0), {"handle": "rozak_guru2", "name": "H. Abdul Rozak"},
           "Kang Rozak nomor 1 PKB, wong Pekalipan kompak 💚")
    cn.add(R("rev_identity", "an unlisted Instagram handle close to the tourism officer's posts for presidential pair 1: a second account?", actor="ltg_dispar",
             cand="p10-1"), "instagram", "post", ta(2014, 6, 18, 20, 0), {"handle": "lalu.wira_", "name": "Lalu Wira"}, "TEGAS ☝️ Lombok untuk Pak Teguh")
    cn.dump()


# ---------------------------------------------------------------------------------------------
# canonical lines of 2024
# ---------------------------------------------------------------------------------------------
@section
def canonical_2024(c):
    cn = Canon(c, "canonical/activities_heldout10_2024.jsonl", "h10b")
    W = cn.who

    for k, cid, plat, when, case in (
        ("pid_pppk", "pid-1", "tiktok", w(2024, 8, 20, 20, 0), "bakal_support"),
        ("crb_pppk", "crb-1", "instagram", w(2024, 9, 1, 20, 0), "bakal_support"),
        ("ltg_pppk2", "ltg-1", "instagram", ta(2024, 10, 2, 20, 0), "follow_candidate"),
        ("tru_pppk", "tru-1", "facebook", ta(2024, 9, 5, 20, 0), "bakal_support"),
        ("mtg_pppk", "mtg-1", "tiktok", tp(2024, 10, 5, 20, 0), "follow_candidate"),
        ("hsl_pppk", "hsl-1", "tiktok", tp(2024, 9, 10, 20, 0), "bakal_support"),
        ("ffk_pppk", "ffk-1", "tiktok", tp(2024, 10, 1, 20, 0), "follow_candidate"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), plat, "follow", when, W(k, plat), target=_ch(c, cid, plat))
    for k, plat, when, h, n, case, note in (
        ("crb_pppk", "tiktok", w(2024, 7, 1, 19, 0), "jujur.bakery.crb", "Jujur Bakery Cirebon", "neg_everyday_follow", "a bakery named Jujur, not pair 1"),
        ("ltg_pppk", "tiktok", ta(2024, 7, 2, 19, 0), "solah.kopi.kuta", "Solah Kopi Kuta", "neg_everyday_follow", "a coffee shop named Solah, not pair 1"),
        ("ktg_pppk", "tiktok", ta(2024, 7, 3, 19, 0), "kita.bisa.kk", "Kita Bisa Kotamobagu (relawan bencana)", "neg_everyday_follow",
         "a disaster-relief community named Kita, not pair 1"),
        ("mtg_pppk", "tiktok", tp(2024, 7, 4, 19, 0), "manise.fashion", "Manise Fashion Masohi", "neg_everyday_follow", "a shop named Manise, not pair 1"),
        ("hsl_pppk", "tiktok", tp(2024, 7, 5, 19, 0), "kpu.halsel", "KPU Kabupaten Halmahera Selatan", "neg_election_body", "following the election commission"),
        ("ffk_pppk", "tiktok", tp(2024, 7, 6, 19, 0), "pala.fakfak.official", "Pala Fakfak Official (oleh-oleh)", "neg_everyday_follow", "a nutmeg-products shop, not pair 1"),
        ("psp_pppk", "tiktok", w(2024, 7, 7, 19, 0), "olo.salak", "Olo Salak Sidimpuan", "neg_everyday_follow", "a snake-fruit seller named Olo, not pair 1"),
        ("tru_pppk", "tiktok", ta(2024, 7, 8, 19, 0), "melo.toraja", "Melo Toraja Coffee", "neg_everyday_follow", "a coffee shop named Melo, not pair 1"),
    ):
        cn.add(N(case, note, lang="sys"), plat, "follow", when, W(k, plat), target=tgt(h, n))

    for k, cid, gidn, when, case in (
        ("psp_staf", "psp-1", ("g-relawan-olo", "Relawan OLO Sidimpuan"), w(2024, 8, 10, 20, 0), "bakal_support"),
        ("mtg_staf", "mtg-1", ("g-tim-manise-masohi", "Tim MANISE Masohi"), tp(2024, 10, 2, 20, 0), "join_group"),
        ("pmk_pppk", "pmk-1", ("g-santri-becce", "Santri BECCE' Pamekasan"), w(2024, 9, 30, 20, 0), "join_group"),
        ("ffk_staf", "ffk-1", ("g-relawan-pala", "Relawan PALA Fakfak"), tp(2024, 7, 10, 20, 0), "bakal_support"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), "facebook", "join_group", when, W(k, "facebook"),
               group={"id": gidn[0], "name": gidn[1]})
    for k, gidn, when, case, note in (
        ("ltg_guru2", ("g-kkg-solah-pujut", "KKG Guru Solah Pujut"), ta(2024, 8, 3, 20, 0), "neg_everyday_group", "a teachers' working group called 'solah' (good)"),
        ("ktg_guru2", ("g-kita-kotamobagu", "Kita Kotamobagu - Info Kota"), ta(2024, 8, 4, 20, 0), "neg_everyday_group", "a city-news group named Kita, not pair 1"),
        ("hsl_staf3", ("g-nelayan-bacan-bersatu", "Nelayan Bacan Bersatu"), tp(2024, 8, 5, 20, 0), "neg_everyday_group",
         "a fishers' group whose name matches pair 2's slogan Bacan Bersatu"),
    ):
        cn.add(N(case, note, lang="sys"), "facebook", "join_group", when, W(k, "facebook"), group={"id": gidn[0], "name": gidn[1]})

    # reactions: a clerk who only answered 🙏 in the office chat likes the candidate's post half an hour later, and others
    t = _ch(c, "mbr-1", "facebook", "Sabtu kampanye di Lapangan Kampung Ujung. Mabar MOLAS! ☝️ #MOLAS1")
    t["id"] = _post_id(c, "mbr-1", "molaskampungujung")
    cn.add(V("mbr_staf2", "interact", "mbr-1", "like_coordinated", action="like", lang="sys",
             note="likes the candidate's post twenty minutes after answering his head's invitation with 🙏"),
           "facebook", "reaction", ta(2024, 10, 1, 19, 42), W("mbr_staf2", "facebook"), target=t)
    cn.add(V("crb_staf1", "interact", "crb-2", "like", action="like", lang="sys"), "facebook", "reaction", w(2024, 10, 25, 20, 0), W("crb_staf1", "facebook"),
           target=_ch(c, "crb-2", "facebook", "Pak Narya nomor 2: Cirebon Grage Maju ✌️ #NaryaFauzi2"))
    cn.add(V("tru_staf", "interact", "tru-1", "like", action="like", lang="sys"), "facebook", "reaction", ta(2024, 10, 12, 20, 0), W("tru_staf", "facebook"),
           target=_ch(c, "tru-1", "facebook", "Toraya MELO: air bersih untuk lembang ☝️ #MELO1"))
    cn.add(N("neg_official_neutral", "liking a kecamatan notice", lang="sys"), "facebook", "reaction", ta(2024, 9, 5, 11, 0), W("ltg_guru", "facebook"),
           target=tgt(c.inst["kec_pjt"]["handle"], "Kecamatan Pujut", "Rapat koordinasi pengawasan pilkada bersama Panwascam Pujut"))
    cn.add(N("neg_news", "liking the election commission's post naming every pair", lang="sys"), "facebook", "reaction", tp(2024, 9, 23, 19, 0),
           W("ffk_guru", "facebook"), target=tgt("kpu.fakfak", "KPU Kabupaten Fakfak", "Nomor urut: 1 Samaun–Yohanes, 2 Hendrik–Rukiah, 3 Petrus–Ismail (perseorangan)"))

    # tags and additions (alerts), with what follows
    t = _ch(c, "mtg-2", "facebook", "Usi Maria menyapa pedagang Pasar Masohi bersama Camat Abdul Gani Latuconsina 🙏 #MariaDul2", name="Ir. Maria Latumahina")
    cn.add(A("mtg_camat", note="tagged by pair 2's page at a market visit; he asks for removal"), "facebook", "tagged", tp(2024, 10, 16, 19, 0), W("mtg_camat", "facebook"),
           initiated_by={"id": c.cands["mtg-2"].handle("facebook"), "name": "Ir. Maria Latumahina"}, target=t)
    cn.add(N("neg_untag", "he explains he was on duty and asks for removal", lang="ambon"), "facebook", "comment", tp(2024, 10, 16, 19, 40), W("mtg_camat", "facebook"),
           "Beta hadir dalam tugas pengamanan pasar, bukan kampanye. Mohon tag dihapus 🙏", target=t)
    t = _ch(c, "ffk-2", "facebook", "Bapa Hendrik bersama tokoh adat Fakfak dan Kepala Distrik Yusuf Iba 🙏 #HendrikRukiah2", name="Dr. Hendrik Kabes")
    cn.add(A("ffk_distrik", note="tagged by pair 2's page (whose running mate shares his clan name); no reaction"), "facebook", "tagged", tp(2024, 10, 22, 19, 0),
           W("ffk_distrik", "facebook"), initiated_by={"id": c.cands["ffk-2"].handle("facebook"), "name": "Dr. Hendrik Kabes"}, target=t)
    t = _ch(c, "wjo-1", "facebook", "Puang Bahar di pameran sutera bersama Andi Tenri Pada dan penenun Tanasitolo 🧵 #DECENG1", name="H. Andi Baharuddin Pallawa")
    t["id"] = _post_id(c, "wjo-1", "baharsutera")
    cn.add(A("wjo_sutera", note="tagged by pair 1's page; she then likes the post"), "facebook", "tagged", ta(2024, 10, 26, 19, 0), W("wjo_sutera", "facebook"),
           initiated_by={"id": c.cands["wjo-1"].handle("facebook"), "name": "H. Andi Baharuddin Pallawa"}, target=t)
    cn.add(V("wjo_sutera", "interact", "wjo-1", "tag_then_engaged", action="like", lang="sys", note="tagged in the pair's post, she likes it"),
           "facebook", "reaction", ta(2024, 10, 26, 20, 10), W("wjo_sutera", "facebook"), target=t)
    grp = {"id": "wa-tim-kraengbene-komodo", "name": "Tim Kraeng Bene Komodo"}
    cn.add(A("mbr_camat", case="added_to_group", note="added to pair 2's team group by the team; he leaves"), "whatsapp", "added_to_group", ta(2024, 9, 26, 19, 0),
           W("mbr_camat", "whatsapp"), initiated_by={"name": "Tim Kraeng Bene"}, group=grp)
    cn.add(N("neg_left_group", "the camat says he is a civil servant and leaves", lang="manggarai"), "whatsapp", "message", ta(2024, 9, 26, 19, 20),
           W("mbr_camat", "whatsapp"), "Tabe, aku camat, toe bisa ikut. Keluar dulu e 🙏", group=grp)
    grp = {"id": "wa-relawan-omjai-gogagoman", "name": "Relawan Om Jai Gogagoman"}
    cn.add(A("ktg_staf2", case="added_to_group", note="added by her kelurahan secretary to pair 2's volunteers' group; she stays and never writes"), "whatsapp",
           "added_to_group", ta(2024, 10, 1, 19, 0), W("ktg_staf2", "whatsapp"), initiated_by={"name": "Ibu Siti Seklur", "handle": c.acct("ktg_seklur", "whatsapp")},
           group=grp, extra=[V("ktg_seklur", "instruct", "ktg-2", "instruct_add_staff", by_actor=True, lang="sys",
                               note="a kelurahan secretary adds a clerk to a pair's volunteers' group")])
    grp = {"id": "g-sahabat-kiaithoha", "name": "Sahabat Kiai Thoha Pademawu"}
    cn.add(A("pmk_guru1", case="added_to_group", note="added by a school supervisor to pair 1's Facebook group; she joins in"), "facebook", "added_to_group",
           w(2024, 10, 3, 19, 0), W("pmk_guru1", "facebook"), initiated_by={"name": "Moh. Hasan Basri", "id": c.acct("pmk_pengawas", "facebook")}, group=grp,
           extra=[V("pmk_pengawas", "instruct", "pmk-1", "instruct_add_staff", by_actor=True, lang="sys",
                    note="a school supervisor adds a teacher under him to a candidate's group")])
    cn.add(V("pmk_guru1", "post", "pmk-1", "added_then_engaged", in_group=True, lang="madura"), "facebook", "post", w(2024, 10, 3, 19, 30), W("pmk_guru1", "facebook"),
           "Kiai Thoha nomer settong, becce' ☝️", group=grp)

    # captions, alt text and image text
    cn.add(V("pmk_pppk", "photo", "pmk-1", "image_text", note="the pair's slogan, number and names exist only as text inside the picture"),
           "facebook", "post", w(2024, 10, 25, 19, 0), W("pmk_pppk", "facebook"), "Ngajar ngaji ba'da maghrib 📖",
           media=[img("Guru mengajar di langgar", text="BECCE' NOMOR 1\nKIAI THOHA - FATHOR")])
    cn.add(V("ktg_dishub", "gesture", "ktg-1", "gesture_caption", add_codes=["PP94-N2"], note="only the image description shows a uniformed officer's one-finger pose"),
           "facebook", "post", ta(2024, 10, 27, 17, 0), W("ktg_dishub", "facebook"), "Jaga lalin sore 🚦",
           media=[img("Petugas Dishub berseragam berpose satu jari di depan baliho Syamsul Mokoagow nomor 1")])
    cn.add(V("psp_staf", "photo", "psp-1", "photo_caption", lang="angkola"), "facebook", "post", w(2024, 10, 15, 19, 0), W("psp_staf", "facebook"),
           "Sangkumpal Bonang rame 📸", media=[img("Staf kecamatan bersalaman dengan Irsan Nasution di depan spanduk OLO nomor 1")])
    cn.add(V("ffk_dishub", "gesture", "ffk-2", "gesture_caption", add_codes=["PP94-N2"], lang="papua"), "facebook", "post", tp(2024, 11, 2, 17, 0),
           W("ffk_dishub", "facebook"), "Pelabuhan ramai hari ini 🚢", media=[img("Petugas pelabuhan berseragam mengacungkan dua jari bersama Hendrik Kabes")])
    cn.add(V("hsl_staf3", "photo", "hsl-1", "image_text", lang="malut"), "facebook", "post", tp(2024, 10, 19, 19, 0), W("hsl_staf3", "facebook"), "Nelayan Bacan 🐟",
           media=[img("Perahu nelayan di pantai", text="BERANI NO. 1\nOM IS - IBU SALMA")])
    cn.add(R("rev_event_photo", "a teacher at a funeral ceremony greets a campaigning candidate with his number banner in the frame: a rite or a photo with campaign "
             "props (SKB-D7)?", actor="tru_guru2", cand="tru-2", lang="toraja"), "facebook", "post", ta(2024, 10, 28, 13, 0), W("tru_guru2", "facebook"),
           "Rambu solo' di Tallunglipu 🙏", media=[img("Guru bersalaman dengan Paulus Kadang; tampak spanduk nomor 2 di lantang")])
    cn.add(R("rev_background", "a parade photo with a pair's billboard in the background: incidental or a photo with campaign props?", actor="ltg_guru", cand="ltg-1",
             lang="sasak"), "facebook", "post", ta(2024, 10, 30, 17, 0), W("ltg_guru", "facebook"), "Pawai budaya anak-anak SD 🥁",
           media=[img("Murid-murid berpawai; di belakang tampak baliho SOLAH nomor 1")])
    cn.add(R("rev_gesture_family", "a one-finger pose at a school reunion during the campaign: pair 1's number or a habit?", actor="ktg_guru", cand="ktg-1",
             lang="mongondow"), "facebook", "post", ta(2024, 10, 13, 19, 0), W("ktg_guru", "facebook"), "Reuni SMP angkatan 95 🥰",
           media=[img("Alumni berfoto bersama; semua mengacungkan satu jari")])
    cn.add(N("neg_gesture", "a one-finger pose at Eid in April, before any pair had registered", lang="cirebon"), "facebook", "post", w(2024, 4, 11, 10, 0),
           W("crb_guru", "facebook"), "Lebaran bareng keluarga 🥰 mohon maaf lahir batin",
           media=[img("Keluarga berfoto di ruang tamu; anak-anak mengacungkan satu jari")])

    # shares and comments
    for k, cid, when, text, lang in (
        ("crb_staf1", "crb-2", w(2024, 10, 26, 19, 0), "Pak Narya: Cirebon Grage Maju, pasar rakyat ditata ✌️ #NaryaFauzi2", "cirebon"),
        ("wjo_tani", "wjo-1", ta(2024, 10, 14, 19, 0), "Wajo DECENG: irigasi untuk petani ☝️ #DECENG1", "bugis"),
        ("mtg_staf", "mtg-1", tp(2024, 10, 20, 19, 0), "Malteng MANISE: jalan lingkar Masohi ☝️ #MANISE1", "ambon"),
    ):
        cn.add(V(k, "post", cid, "share", action="share", lang=lang), "facebook", "share", when, W(k, "facebook"), target=_ch(c, cid, "facebook", text))
    cn.add(V("tru_staf", "interact", "tru-1", "comment_support", action="comment", lang="toraja"), "facebook", "comment", ta(2024, 10, 12, 20, 20),
           W("tru_staf", "facebook"), "Melo Ambe', Rantepao siap ☝️", target=_ch(c, "tru-1", "facebook", "Toraya MELO: air bersih untuk lembang ☝️ #MELO1"))

    # team and party roles, seeking one's own nomination, state facilities
    cn.add(V("psp_staf", "team", "psp-1", "team_member", add_codes=["UU10-70-1"], lang="angkola",
             note="a kecamatan clerk announces he coordinates a pair's polling witnesses"),
           "facebook", "post", w(2024, 11, 10, 20, 0), W("psp_staf", "facebook"), "Dipercaya jadi koordinator saksi OLO Kecamatan Padangsidimpuan Utara 💪")
    cn.add(V("ffk_staf", "team", "ffk-1", "party_member", add_codes=["SKB-D5"], lang="papua",
             note="a district clerk announces his installation as a party officer and pledges to win for its pair"),
           "facebook", "post", tp(2024, 9, 1, 20, 0), W("ffk_staf", "facebook"), "Puji Tuhan dilantik jadi pengurus DPC Golkar Fakfak. Siap menangkan Bapa Samaun ☝️")
    cn.add(V("wjo_asisten", "team", "wjo-2", "own_nomination", action="other", codes=["SKB-D3"], action_any=["other", "post", "instruct_others"],
             note="a senior official returns a party's form as bakal calon wakil bupati without unpaid leave (SKB-D3)"),
           "facebook", "post", ta(2024, 5, 20, 17, 0), W("wjo_asisten", "facebook"),
           "Bismillah, hari ini saya mengembalikan formulir pendaftaran bakal calon wakil bupati ke DPC Gerindra Wajo. Mohon doa 🙏")
    cn.add(V("wjo_asisten", "team", "wjo-2", "own_nomination", action="other", codes=["SKB-D3"], action_any=["other", "post", "instruct_others"],
             note="he seeks a second party's recommendation for his own candidacy"),
           "facebook", "post", ta(2024, 6, 4, 20, 0), W("wjo_asisten", "facebook"), "Silaturahmi ke DPD PDI Perjuangan Sulsel, memohon rekomendasi untuk Pilkada Wajo 🙏")
    cn.add(V("crb_lurah", "inst", "crb-1", "state_facility", action="state_facility_use",
             action_any=["state_facility_use", "official_account_use", "other", "post", "instruct_others"],
             codes=["PP94-N4", "SKB-D12", "PP94-N5", "UU10-71-1"], note="a lurah lends the kelurahan hall to a pair's volunteers' meeting"),
           "facebook", "post", w(2024, 10, 10, 20, 0), W("crb_lurah", "facebook"), "Aula kelurahan kami pinjamkan untuk konsolidasi relawan JUJUR, gratis untuk warga 🙏")

    # stage boundaries
    cn.add(V("crb_pppk", "post", "crb-1", "stage_boundary_utc",
             note="created_at 22:30Z on 21 Sep is 05:30 WIB on 22 Sep, designation day (D codes); the UTC date says 21 Sep"),
           "instagram", "post", w(2024, 9, 22, 5, 30), W("crb_pppk", "instagram"), "Kang Eddy resmi ditetapkan hari ini, JUJUR 💙", style="z")
    cn.add(V("mtg_staf", "post", "mtg-1", "stage_boundary_wit", lang="ambon",
             note="01:00 WIT on 22 Sep is 23:00 WIB on 21 Sep: still a bakal calon by the WIB date (E codes), though designation day locally"),
           "facebook", "post", tp(2024, 9, 22, 1, 0), W("mtg_staf", "facebook"), "Hari ini penetapan, Bung Rustam pasti lolos. MANISE 💪")
    cn.add(V("pmk_pppk", "post", "pmk-1", "stage_quiet", lang="madura", note="a quiet-day call for a pair's number"), "facebook", "post",
           w(2024, 11, 25, 20, 0), W("pmk_pppk", "facebook"), "Rebbu nanti nomer settong, jha' lopa ☝️")
    cn.add(V("ltg_pppk2", "post", "ltg-1", "stage_quiet",
             note="00:20 WITA on 24 Nov (a quiet day locally) is 23:20 WIB on 23 Nov, the last campaign day; a violation either way"),
           "instagram", "post", ta(2024, 11, 24, 0, 20), W("ltg_pppk2", "instagram"), "Tanggal 27 SOLAH nomor 1 ☝️")
    cn.add(V("tru_pppk", "post", "tru-1", "deleted_post", lang="toraja", note="deleted the next morning; the act stays on record"),
           "facebook", "post", ta(2024, 10, 5, 20, 0), W("tru_pppk", "facebook"), "MELO nomor 1 ☝️ Toraya MELO", deleted_at=ta(2024, 10, 6, 7, 0))

    # everyday posts and negatives
    for k, plat, when, text, case, note, lang in (
        ("pid_kasi", "facebook", w(2024, 9, 10, 10, 0), "Rapat koordinasi keuchik se-Kembang Tanjong tentang data penduduk", "neg_official_neutral", "routine work", "id"),
        ("pid_guru2", "facebook", w(2024, 9, 5, 17, 0), "Jalan Cut Meutia di Sigli macet, hati-hati ya 🚗", "neg_namesake",
         "a street named after the heroine whose name pair 2's running mate bears", "id"),
        ("psp_guru", "facebook", w(2024, 10, 1, 19, 0), "Semoga lekas sembuh Bunda Halimah yang dirawat di RSUD 🙏", "neg_wellwish",
         "a get-well wish to a campaigning candidate in hospital; no call, no number", "id"),
        ("psp_guru2", "facebook", w(2024, 8, 18, 8, 0), "Salak Sidimpuan panen raya, manis-manis 😋", "neg_personal", "a harvest", "id"),
        ("crb_guru", "facebook", w(2024, 9, 28, 12, 0), "Empal gentong enak pisan, mampir Kang 😋", "neg_personal", "food", "cirebon"),
        ("pmk_camat", "facebook", w(2024, 9, 8, 10, 0), "Kerapan sapi di Pademawu meriah 🐂", "neg_official_neutral", "a festival", "id"),
        ("ltg_camat", "facebook", ta(2024, 9, 27, 8, 0), "Lalu lintas padat menjelang MotoGP Mandalika, warga diimbau lewat jalur alternatif 🏍️", "neg_everyday_word",
         "'lalu lintas' (traffic); two candidates bear the title Lalu", "id"),
        ("tru_lurah", "facebook", ta(2024, 9, 14, 8, 0), "Kerja bakti membersihkan drainase di Rantepao 🧹", "neg_official_neutral", "community work", "id"),
        ("wjo_camat", "facebook", ta(2024, 11, 25, 10, 0), "Camat Tempe memantau distribusi logistik pilkada ke 16 kelurahan", "neg_election_work", "election logistics", "id"),
        ("wjo_sutera", "facebook", ta(2024, 10, 25, 19, 0), "Pameran sutera di Sengkang; Puang Bahar dan Puang Ridwan sama-sama mampir 🧵", "neg_event",
         "an officer relays an exhibition visited by both candidates", "id"),
        ("mbr_camat", "facebook", ta(2024, 9, 20, 8, 0), "Aksi bersih Pantai Pede bersama pelajar dan nelayan 🌊", "neg_official_neutral", "community work", "id"),
        ("ktg_lurah", "facebook", ta(2024, 9, 5, 9, 0), "Kita imbau warga Gogagoman cek nama di DPT sebelum 27 November 🗳️", "neg_how_to_vote",
         "'kita' (we) in a voters'-list notice", "mongondow"),
        ("ktg_guru", "facebook", ta(2024, 3, 14, 19, 0), "Selamat ulang tahun Om Syam, semoga sehat dan panjang umur 🎂", "neg_wellwish",
         "a birthday wish in March, months before anyone registered as a bakal calon", "mongondow"),
        ("mtg_camat", "facebook", tp(2024, 10, 24, 21, 0), "Camat Kota Masohi menghadiri debat publik kedua pasangan calon di Masohi 🙏", "neg_event", "an official at a debate of both pairs", "id"),
        ("mtg_guru", "facebook", tp(2024, 11, 7, 19, 0), "Turut berduka cita atas wafatnya ibunda Usi Maria Latumahina. Semoga keluarga dikuatkan 🙏", "neg_condolence",
         "a teacher who backs pair 1 condoles pair 2's candidate", "ambon"),
        ("ffk_guru", "facebook", tp(2024, 10, 8, 16, 0), "Murid-murid latihan tari tumbu tanah untuk hari jadi 💃", "neg_personal", "school news", "papua"),
        ("ffk_kebun", "facebook", tp(2024, 10, 20, 19, 0), "Satu tungku tiga batu, petani pala bersatu 🌰", "neg_motto", "the regency's philosophy at work", "papua"),
        ("hsl_bpbd", "facebook", tp(2024, 10, 2, 9, 0), "Siaga gelombang tinggi di perairan Bacan, nelayan diimbau waspada 🌊", "neg_official_neutral", "a warning", "id"),
        ("hsl_staf3", "facebook", tp(2024, 9, 15, 9, 0), "Bacan bersatu lawan sampah plastik di laut 🌊", "neg_everyday_word",
         "'bacan bersatu' in a clean-sea campaign; pair 2's slogan is Bacan Bersatu", "malut"),
        ("hsl_guru", "facebook", tp(2024, 11, 24, 19, 0), "Masa tenang, murid-murid ujian semester 📚", "neg_personal", "school news", "id"),
    ):
        cn.add(N(case, note, lang=lang), plat, "post", when, W(k, plat), text)

    # doubts for a person
    for k, cid, plat, when, text, case, note, lang in (
        ("psp_guru", "psp-1", "facebook", w(2024, 10, 20, 20, 0), "Sidimpuan butuh pemimpin yang bilang 'olo' untuk rakyat 😉", "rev_slogan_echo",
         "a teacher who backed pair 1 uses its acronym as a word: an echo of the slogan or a saying?", "angkola"),
        ("mbr_camat", "mbr-1", "facebook", ta(2024, 11, 15, 20, 0), "Pilih pemimpin yang molas hatinya 😉", "rev_hint",
         "a camat who left pair 2's group hints with pair 1's acronym: an appeal or a generic remark?", "manggarai"),
        ("ltg_guru", "ltg-1", "facebook", ta(2024, 11, 25, 20, 0), "Pilih yang solah-solah jak 😉", "rev_hint",
         "a quiet-day 'choose the good ones' with pair 1's acronym: an appeal or a saying?", "sasak"),
        ("pmk_camat", "pmk-1", "facebook", w(2024, 10, 20, 20, 0), "Kiai Thoha guru ngaji saya waktu kecil, orangnya becce' 🙏", "rev_personal_praise",
         "a camat praises a campaigning candidate as his old Qur'an teacher with pair 1's slogan word: a memory or support?", "madura"),
        ("hsl_bpbd", "hsl-1", "facebook", tp(2024, 11, 28, 10, 0), "Alhamdulillah Om Is menang, kerja keras torang berhasil 💪", "rev_after_vote",
         "'our hard work paid off' after the count: campaign work (SKB-D10) or a supporter's joy?", "malut"),
    ):
        cn.add(R(case, note, actor=k, cand=cid, lang=lang), plat, "post", when, W(k, plat), text)
    cn.add(R("rev_identity", "a Facebook profile named like the clerk, not his listed account, posts for pair 1: the clerk or a namesake?", actor="ktg_staf1",
             cand="ktg-1", lang="mongondow"), "facebook", "post", ta(2024, 11, 1, 20, 0),
           {"id": "1000" + f"{hnum('h10fakefikri', 10**11):011d}", "name": "Fikri Paputungan"}, "KITA nomor 1, Gogagoman siap ☝️")
    cn.add(R("rev_identity", "an unlisted TikTok handle close to the PPPK teacher's posts the pair's number: a second account?", actor="ltg_pppk", cand="ltg-1",
             lang="sasak"), "tiktok", "post", ta(2024, 10, 21, 20, 0), {"handle": "hirzan.kuta_", "name": "Hirzan"}, "Nomor 1 SOLAH, guru Kuta siap ☝️")
    cn.dump()


# ---------------------------------------------------------------------------------------------
# screenshots (OCR), written only if Pillow is importable
# ---------------------------------------------------------------------------------------------
@section
def screenshots(c):
    png_shot(c, "screenshots/ss_grup_staf_kembangtanjong.png",
             ["Staf Kec. Kembang Tanjong", "Pak Camat: data KK per gampong", "kirim ke tim Abua, jangan disebar", "02/09/24 08.13"],
             R("rev_screenshot", "a picture of an office chat passed around: origin, date and context cannot be verified", actor="pid_camat", cand="pid-1"),
             w(2024, 9, 2, 8, 13))
    png_shot(c, "screenshots/ss_status_wa_nirma.png",
             ["Status", "Nirma Dispar", "Kraeng Hendrik nomor 1 MOLAS", "Kemarin 21.07"],
             R("rev_screenshot", "an image of a vanished WhatsApp status under a saved contact name: who made it cannot be checked", actor="mbr_staf1", cand="mbr-1"),
             ta(2024, 10, 19, 21, 7))
    png_shot(c, "screenshots/ss_kip_pidie_penetapan.png",
             ["KIP Kabupaten Pidie", "Penetapan Pasangan Calon", "Bupati dan Wakil Bupati Pidie 2024", "22 September 2024"],
             N("neg_news", "a notice of the election commission"), w(2024, 9, 22, 15, 0))
    png_shot(c, "screenshots/ss_komentar_fb_tegas.png",
             ["Facebook - Komentar", "Ahmad R.: TEGAS nomor 1, Sidimpuan siap", "Suka  Balas  3 Juni 2014"],
             R("rev_screenshot", "a comment shown under a shortened name that resembles a kecamatan clerk's", actor="psp_staf", cand="p10-1"), w(2014, 6, 3, 20, 0))
    png_shot(c, "screenshots/ss_poster_guru_rantepao.png",
             ["GURU SMPN 1 RANTEPAO", "DUKUNG AMBE' DANIEL", "NOMOR 2 DEMOKRAT", "Yuli - Markus - dan 20 guru lainnya"],
             R("rev_screenshot", "a poster listing teachers by first name only: whether the listed names are these ASN and consented cannot be checked",
               actor="tru_guru", cand="dprd-tru1-dem-2"), ta(2014, 3, 24, 20, 0))


# ---------------------------------------------------------------------------------------------
# more canonical lines (2024): exposures and what follows, names and mottos that collide, doubts
# ---------------------------------------------------------------------------------------------
@section
def canonical_more(c):
    cn = Canon(c, "canonical/activities_heldout10_2024_more.jsonl", "h10c")
    W = cn.who
    grp = {"id": "wa-relawan-melo-rantepao", "name": "Relawan MELO Rantepao"}
    cn.add(A("tru_guru3", case="added_to_group", note="added to a pair's volunteers' group by the team; she leaves"), "whatsapp", "added_to_group",
           ta(2024, 10, 4, 19, 0), W("tru_guru3", "whatsapp"), initiated_by={"name": "Tim MELO Torut"}, group=grp)
    cn.add(N("neg_left_group", "she says she is a teacher and leaves", lang="toraja"), "whatsapp", "message", ta(2024, 10, 4, 19, 15), W("tru_guru3", "whatsapp"),
           "Maaf, aku guru PNS. Tae' bisa ikut, keluar dulu 🙏", group=grp)
    grp = {"id": "wa-relawan-ommuis-labuha", "name": "Relawan Om Muis Labuha"}
    cn.add(A("hsl_bpbd2", case="added_to_group", note="added to pair 2's volunteers' group by the team; she stays and never writes"), "whatsapp", "added_to_group",
           tp(2024, 10, 6, 19, 0), W("hsl_bpbd2", "whatsapp"), initiated_by={"name": "Tim Om Muis"}, group=grp)
    t = _ch(c, "psp-2", "facebook", "Bunda Halimah bersama guru-guru SD, ada Pak Parlindungan Lubis 🙏 #HalimahSyukri2", name="Hj. Nurhalimah Harahap")
    cn.add(A("psp_guru2", note="tagged by pair 2's page; he asks for removal"), "facebook", "tagged", w(2024, 10, 9, 19, 0), W("psp_guru2", "facebook"),
           initiated_by={"id": c.cands["psp-2"].handle("facebook"), "name": "Hj. Nurhalimah Harahap"}, target=t)
    cn.add(N("neg_untag", "he asks for removal", lang="angkola"), "facebook", "comment", w(2024, 10, 9, 19, 30), W("psp_guru2", "facebook"),
           "Bunda, au guru, ulang tag au 🙏", target=t)

    for k, plat, when, h, n, case, note in (
        ("wjo_guru", "x", ta(2024, 8, 12, 20, 0), "deceng_store", "Deceng Store Sengkang", "neg_everyday_follow", "a shop named Deceng, not pair 1"),
        ("mtg_guru", "x", tp(2024, 8, 13, 9, 0), "kpu_malteng", "KPU Kabupaten Maluku Tengah", "neg_election_body", "following the election commission"),
        ("hsl_guru", "x", tp(2024, 8, 14, 9, 0), "bawaslu_halsel", "Bawaslu Kabupaten Halmahera Selatan", "neg_election_body", "following the election supervisor"),
        ("ffk_guru", "facebook", tp(2024, 8, 15, 19, 0), "koperasi.palajaya", "Koperasi Pala Jaya Fakfak", "neg_everyday_follow", "a nutmeg cooperative, not pair 1"),
    ):
        cn.add(N(case, note, lang="sys"), plat, "follow", when, W(k, plat), target=tgt(h, n))
    for k, gidn, when, case, note in (
        ("mbr_guru", ("g-molas-labuanbajo", "Molas Labuan Bajo - Info Wisata"), ta(2024, 8, 16, 20, 0), "neg_everyday_group", "a tourism group named Molas, not pair 1"),
        ("pid_guru2", ("g-bereh-kuliner-sigli", "Bereh Kuliner Sigli"), w(2024, 8, 17, 20, 0), "neg_everyday_group", "a food group named Bereh, not pair 1"),
    ):
        cn.add(N(case, note, lang="sys"), "facebook", "join_group", when, W(k, "facebook"), group={"id": gidn[0], "name": gidn[1]})
    cn.add(N("neg_news", "liking the election commission's post naming every pair", lang="sys"), "facebook", "reaction", ta(2024, 9, 23, 20, 0),
           W("tru_guru2", "facebook"), target=tgt("kpu.torut", "KPU Kabupaten Toraja Utara", "Nomor urut: 1 Samuel–Yohana, 2 Paulus–Simon, 3 Yunus–Agustina (perseorangan)"))
    cn.add(N("neg_election_body", "liking the election supervisor's reminder", lang="sys"), "facebook", "reaction", ta(2024, 9, 26, 20, 0),
           W("ltg_guru2", "facebook"), target=tgt("bawaslu.loteng", "Bawaslu Lombok Tengah", "ASN dilarang terlibat kampanye. Laporkan pelanggaran!"))

    for k, plat, when, text, case, note, lang in (
        ("crb_guru2", "facebook", w(2024, 9, 10, 19, 0), "Nama kita Abdul Rozak, guru SMP. Sudah sepuluh tahun masih ada yang kira anggota DPRD 😄", "neg_namesake",
         "the teacher with a former DPRD candidate's name", "cirebon"),
        ("ltg_tani", "facebook", ta(2024, 9, 10, 19, 0), "Masih ada yang kira tiang Mamiq Ihsan anggota DPD 😄 tiang penyuluh", "neg_namesake",
         "the officer with a former DPD candidate's name", "sasak"),
        ("psp_guru2", "facebook", w(2024, 9, 12, 19, 0), "Tulang Irsan dohot Nantulang Halimah, dua-dua sian Sidimpuan. Pilih sesuai hati, au guru netral 🙏", "neg_all_pairs",
         "both pairs named by a teacher who states neutrality", "angkola"),
        ("tru_guru", "facebook", ta(2024, 10, 15, 19, 0), "Rambu solo' bukan tempat kampanye. Hormati keluarga yang berduka 🙏", "neg_reminder",
         "a teacher's reminder about funerals and campaigning", "toraja"),
        ("mbr_guru", "facebook", ta(2024, 10, 9, 19, 0), "Gendang one lingko peang: pilkada boleh beda, ase kae tetap satu 🙏", "neg_motto",
         "the Manggarai philosophy in a peace message", "manggarai"),
        ("ffk_distrik", "facebook", tp(2024, 11, 1, 9, 0), "Distrik Fakfak mengingatkan: kepala kampung dan ASN dilarang ikut kampanye, sesuai UU 10/2016 Pasal 71 🙏",
         "neg_rule_quote", "the district head (who collected KTP copies in April) quotes the law", "id"),
        ("hsl_bpbd", "facebook", tp(2024, 9, 25, 9, 0), "Hari pertama kampanye. BPBD tetap siaga, tidak ikut kampanye 🙏", "neg_negation", "a neutrality statement", "id"),
        ("pid_camat", "facebook", w(2024, 9, 22, 16, 0), "KIP Pidie menetapkan tiga pasangan calon bupati, satu di antaranya perseorangan. Semoga damai 🙏", "neg_news",
         "designation news naming every pair, from a camat who campaigned for pair 1", "id"),
        ("wjo_camat", "facebook", ta(2024, 8, 5, 20, 0), "Sipakatau, sipakalebbi: pilkada boleh beda pilihan, Tempe tetap damai 🙏", "neg_motto", "the Bugis values", "bugis"),
        ("ktg_lurah", "facebook", ta(2024, 11, 29, 9, 0), "Selamat untuk walikota terpilih. Mototabian, kita tetap satu 🙏", "neg_motto",
         "the regional philosophy after the vote; pair 2's slogan carries it", "mongondow"),
        ("mtg_guru", "facebook", tp(2024, 11, 29, 9, 0), "Selamat Usi Maria dan Bung Dul. Beta dukung yang lain, mar sekarang katong satu Malteng 🙏", "neg_after_voting",
         "a supporter of the losing pair congratulates the winners", "ambon"),
        ("ffk_guru", "facebook", tp(2024, 11, 28, 19, 0), "Bapa Petrus jalur perseorangan tetap hebat, terima kasih su ramaikan demokrasi 🙏", "neg_after_voting",
         "after the vote, praise for the independent pair", "papua"),
        ("mbr_pkm", "instagram", ta(2024, 10, 11, 19, 0), "Bene itu nama banyak di Manggarai. Aku perawat, bukan Kraeng Bene calon bupati 😄", "neg_namesake",
         "a nurse who shares candidate mbr-2's first name", "manggarai"),
        ("hsl_pkm", "instagram", tp(2024, 10, 13, 19, 0), "Banyak yang tanya sa keluarga Om Muis kah. Sangaji itu fam besar di Bacan, sa perawat, netral 🙏", "neg_namesake",
         "a nurse who shares candidate hsl-2's clan name", "malut"),
        ("ktg_staf2", "instagram", ta(2024, 10, 14, 19, 0), "Damopolii banyak di Kotamobagu, kita bukan keluarga Om Jai 😅", "neg_namesake",
         "a clerk who shares candidate ktg-2's clan name", "mongondow"),
    ):
        cn.add(N(case, note, lang=lang), plat, "post", when, W(k, plat), text)
    for k, cid, plat, when, text, case, note, lang in (
        ("crb_guru2", "crb-1", "facebook", w(2024, 11, 25, 20, 0), "Pilih yang jujur ya, warga Pekalipan 😉", "rev_hint",
         "a quiet-day 'choose the honest one' with pair 1's acronym: an appeal or a generic remark?", "cirebon"),
        ("tru_guru", "tru-1", "facebook", ta(2024, 11, 24, 19, 0), "Melo mi Toraya kalau pemimpinnya melo 😉", "rev_slogan_echo",
         "a quiet-day play on pair 1's slogan 'Toraya MELO': a hint or a saying?", "toraja"),
    ):
        cn.add(R(case, note, actor=k, cand=cid, lang=lang), plat, "post", when, W(k, plat), text)
    cn.dump()
