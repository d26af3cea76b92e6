"""heldout9, part 3: canonical JSON Lines (follows, joins, reactions, tags and additions, media fields, shares, roles, stage
boundaries, everyday posts and doubts) and the optional PNG screenshots (see _heldout9.py)."""
from __future__ import annotations

from _corpus import A, Canon, N, R, V, hnum, img, png_shot, tgt
from _heldout9_base import section, ta, tp, w


def _ch(c, cid, platform, text=None, name=None):
    cd = c.cands[cid]
    return tgt(cd.handle(platform), name or cd.name, text)


# ---------------------------------------------------------------------------------------------
# canonical lines of 2015
# ---------------------------------------------------------------------------------------------
@section
def canonical_2015(c):
    cn = Canon(c, "canonical/activities_heldout9_2015.jsonl", "h9a")
    W = cn.who

    # follows of candidates' accounts
    for k, cid, plat, when, case in (
        ("jmb_rs", "jmb-1", "facebook", w(2015, 7, 30, 20, 0), "bakal_support"),
        ("kls_bpkad", "kls-2", "x", ta(2015, 7, 27, 21, 0), "bakal_support"),
        ("bnt_pkm", "bnt-1", "instagram", w(2015, 8, 5, 20, 0), "bakal_support"),
        ("tmh_rs", "tmh-2", "instagram", ta(2015, 9, 20, 20, 0), "follow_candidate"),
        ("spn_guru2", "spn-3", "instagram", w(2015, 8, 12, 20, 0), "bakal_support"),
        ("sgi_pkm", "sgi-3", "instagram", ta(2015, 10, 4, 19, 0), "follow_candidate"),
        ("raj_pkm", "raj-2", "instagram", tp(2015, 8, 10, 20, 0), "bakal_support"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), plat, "follow", when, W(k, plat), target=_ch(c, cid, plat))
    for k, plat, when, h, n, case, note in (
        ("kls_rs", "instagram", ta(2015, 8, 2, 19, 0), "harat.kuliner.bjb", "Harat Kuliner Banjarbaru", "neg_everyday_follow", "a food page named Harat, not pair 2"),
        ("bnt_pkm", "instagram", w(2015, 7, 12, 20, 0), "kawan.kopi.kijang", "Kawan Kopi Kijang", "neg_everyday_follow", "a coffee shop named Kawan, not pair 2"),
        ("tmh_rs", "instagram", ta(2015, 8, 8, 19, 0), "jempol.florist", "Jempol Florist Tomohon", "neg_everyday_follow", "a florist named Jempol, not pair 1"),
        ("raj_pkm", "instagram", tp(2015, 7, 5, 19, 0), "manis.bakery.waisai", "Manis Bakery Waisai", "neg_everyday_follow", "a bakery named Manis, not pair 2"),
        ("spn_guru2", "instagram", w(2015, 7, 8, 19, 0), "sakti.alam.kerinci", "Sakti Alam Kerinci", "neg_motto", "a tourism page named after the Kerinci motto"),
        ("jmb_bpbd", "x", w(2015, 7, 2, 9, 0), "kpu_jambi", "KPU Provinsi Jambi", "neg_official_neutral", "following the election commission"),
    ):
        cn.add(N(case, note, lang="sys"), plat, "follow", when, W(k, plat), target=tgt(h, n))

    # joins of candidates' groups
    for k, cid, gidn, when, case in (
        ("jmb_kasi", "jmb-1", ("g-relawan-nian-jambi", "Relawan NIAN Jambi"), w(2015, 8, 1, 20, 0), "bakal_support"),
        ("ktb_guru1", "ktb-1", ("g-sahabat-pakudin", "Sahabat Pak Udin Kotabaru"), ta(2015, 9, 20, 20, 0), "join_group"),
        ("sgi_guru1", "sgi-2", ("g-relawan-ibudokter-rosma", "Relawan Ibu Dokter Rosma Sigi"), ta(2015, 8, 20, 20, 0), "bakal_support"),
        ("aru_guru1", "aru-2", ("g-tim-yance-ahmad", "Tim Yance–Ahmad Dobo"), tp(2015, 9, 5, 20, 0), "join_group"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), "facebook", "join_group", when, W(k, "facebook"),
               group={"id": gidn[0], "name": gidn[1]})
    for k, gidn, when, case, note in (
        ("spn_staf", ("g-jualbeli-sungaipenuh", "Jual Beli Sungai Penuh"), w(2015, 8, 9, 20, 0), "neg_everyday_group", "a buy-and-sell group"),
        ("aru_staf", ("g-petani-mutiara-dobo", "Petani Mutiara Dobo"), tp(2015, 9, 9, 20, 0), "neg_everyday_group",
         "a pearl farmers' group; pair 2's slogan is Aru Mutiara Timur"),
        ("sgi_tani", ("g-petani-jagung-sigi", "Petani Jagung Sigi"), ta(2015, 7, 25, 20, 0), "neg_everyday_group", "a farmers' forum"),
    ):
        cn.add(N(case, note, lang="sys"), "facebook", "join_group", when, W(k, "facebook"), group={"id": gidn[0], "name": gidn[1]})

    # reactions: a clerk likes the bakal calon's page minutes after her camat's order in the office chat, and others
    t = _ch(c, "spn-1", "facebook", "Depati Asril dan Marzuki resmi mendaftar ke KPU Kota Sungai Penuh. Sungai Penuh Sakti Bersatu! #AsrilMarzuki1")
    t["id"] = c.cands["spn-1"].handle("facebook") + "_" + str(10**15 * 6 + hnum("h9asrildaftar", 10**15))
    cn.add(V("spn_staf", "interact", "spn-1", "like_coordinated", action="like", lang="sys",
             note="likes the bakal calon's post half an hour after the camat's order in the office chat (E codes)"),
           "facebook", "reaction", w(2015, 7, 28, 19, 38), W("spn_staf", "facebook"), target=t)
    cn.add(V("raj_staf1", "interact", "raj-2", "like", action="like", lang="sys"), "facebook", "reaction", tp(2015, 10, 20, 20, 0), W("raj_staf1", "facebook"),
           target=_ch(c, "raj-2", "facebook", "Raja Ampat MANIS: homestay untuk anak kampung ✌️ #MANIS2"))
    cn.add(V("aru_staf", "interact", "aru-2", "like", action="like", lang="sys"), "facebook", "reaction", tp(2015, 9, 25, 20, 0), W("aru_staf", "facebook"),
           target=_ch(c, "aru-2", "facebook", "Aru Mutiara Timur: harga mutiara petani harus naik ✌️ #YanceAhmad2"))
    cn.add(N("neg_news", "liking the election commission's post naming every pair", lang="sys"), "facebook", "reaction", ta(2015, 8, 25, 20, 0),
           W("sgi_staf", "facebook"), target=tgt("kpu.sigi", "KPU Kabupaten Sigi", "Nomor urut: 1 Taufan–Efendi, 2 Rosma–Yulius, 3 Karim–Frans"))
    cn.add(N("neg_official_neutral", "liking a tourism office post", lang="sys"), "facebook", "reaction", ta(2015, 8, 2, 10, 0), W("tmh_staf1", "facebook"),
           target=tgt("pariwisata.tomohon", "Pariwisata Tomohon", "Kebun krisan Kakaskasen mekar"))
    cn.add(N("neg_official_neutral", "liking his puskesmas's post", lang="sys"), "facebook", "reaction", tp(2015, 10, 3, 10, 0), W("raj_guru", "facebook"),
           target=tgt("puskesmas.waisai", "Puskesmas Waisai", "Imunisasi anak sekolah bulan Oktober"))

    # tags and additions (alerts), with what follows
    t = _ch(c, "jmb-1", "facebook", "Terima kasih Junaidi dan kawan-kawan Satpol PP yang mengamankan kampanye di Telanaipura 🙏 #NIAN1", name="Nasrullah Idris")
    t["id"] = c.cands["jmb-1"].handle("facebook") + "_" + str(10**15 * 6 + hnum("h9nianjunaidi", 10**15))
    cn.add(A("jmb_satpol", note="tagged by pair 1's page; he then likes the post"), "facebook", "tagged", w(2015, 10, 24, 19, 0), W("jmb_satpol", "facebook"),
           initiated_by={"id": c.cands["jmb-1"].handle("facebook"), "name": "Nasrullah Idris"}, target=t)
    cn.add(V("jmb_satpol", "interact", "jmb-1", "tag_then_engaged", action="like", lang="sys", note="tagged in the pair's post, he likes it"),
           "facebook", "reaction", w(2015, 10, 24, 20, 10), W("jmb_satpol", "facebook"), target=t)
    t = _ch(c, "kls-1", "facebook", "Menanam pohon bersama penyuluh kehutanan Khairil Anwar di Tahura ☝️ #GustiTaufik1", name="H. Gusti Rahmadi")
    cn.add(A("kls_hut", note="tagged by pair 1's page; no reaction"), "facebook", "tagged", ta(2015, 11, 8, 10, 0), W("kls_hut", "facebook"),
           initiated_by={"id": c.cands["kls-1"].handle("facebook"), "name": "H. Gusti Rahmadi"}, target=t)
    t = _ch(c, "sgi-2", "facebook", "Pemeriksaan kesehatan gratis di Dolo bersama Pak Camat Ismail Lasimpo 🩺 #RosmaYulius2", name="dr. Rosmawati Lamadi")
    cn.add(A("sgi_camat", note="tagged by pair 2's page; he answers with a polite wish"), "facebook", "tagged", ta(2015, 10, 18, 10, 0), W("sgi_camat", "facebook"),
           initiated_by={"id": c.cands["sgi-2"].handle("facebook"), "name": "dr. Rosmawati Lamadi"}, target=t)
    cn.add(R("rev_polite_reply", "after being tagged the camat thanks the campaigning candidate and wishes her success: courtesy or support (SKB-D6)?",
             actor="sgi_camat", cand="sgi-2", lang="kaili"), "facebook", "comment", ta(2015, 10, 18, 11, 0), W("sgi_camat", "facebook"),
           "Terima kasih Ibu Dokter, sukses selalu 🙏", target=t)
    t = _ch(c, "ktb-2", "instagram", "Dialog dengan tenaga kesehatan Sebatung bersama @ns.wahdah 🩺 #AmirMariam2", name="Gusti Amirullah")
    cn.add(A("ktb_pkm", note="tagged by pair 2's account (she backs pair 3); she asks for removal"), "instagram", "tagged", ta(2015, 11, 3, 19, 0),
           W("ktb_pkm", "instagram"), initiated_by={"handle": c.cands["ktb-2"].handle("instagram"), "name": "Gusti Amirullah"}, target=t)
    cn.add(N("neg_untag", "she asks to be untagged", lang="banjar"), "instagram", "comment", ta(2015, 11, 3, 19, 30), W("ktb_pkm", "instagram"),
           "Pian, ulun kada ikut kampanye, tolong hapus tag 🙏", target=t)
    grp = {"id": "wa-tim-pakudin-plu", "name": "Tim Pak Udin Pulau Laut Utara"}
    cn.add(A("ktb_staf2", case="added_to_group", note="added to a candidate's team group by the team; she leaves"), "whatsapp", "added_to_group",
           ta(2015, 9, 1, 19, 0), W("ktb_staf2", "whatsapp"), initiated_by={"name": "Tim Pak Udin"}, group=grp)
    cn.add(N("neg_left_group", "she says she is a civil servant and leaves", lang="banjar"), "whatsapp", "message", ta(2015, 9, 1, 19, 25),
           W("ktb_staf2", "whatsapp"), "Maaf, ulun PNS, ulun keluar dulu 🙏", group=grp)
    grp = {"id": "wa-tim-manis-waisai", "name": "Tim MANIS Waisai"}
    cn.add(A("raj_guru", case="added_to_group", note="added by his district head to a candidate's team group; he joins in"), "whatsapp", "added_to_group",
           tp(2015, 9, 8, 19, 0), W("raj_guru", "whatsapp"), initiated_by={"name": "Bapa Distrik Ismail", "handle": c.acct("raj_distrik", "whatsapp")}, group=grp,
           extra=[V("raj_distrik", "instruct", "raj-2", "instruct_add_staff", by_actor=True, lang="sys",
                    note="a district head adds a state-school teacher to a candidate's team group")])
    cn.add(V("raj_guru", "post", "raj-2", "added_then_engaged", in_group=True, lang="papua"), "whatsapp", "message", tp(2015, 9, 8, 19, 20),
           W("raj_guru", "whatsapp"), "Siap Bapa Distrik, MANIS ✌️", group=grp)
    cn.add(A("aru_guru2", case="added_to_group", note="added to a pair's volunteers' group on Facebook; he stays and never writes"), "facebook", "added_to_group",
           tp(2015, 10, 2, 19, 0), W("aru_guru2", "facebook"), initiated_by={"name": "Tim Fatma–Benny Dobo"},
           group={"id": "g-relawan-fatmabenny", "name": "Relawan Fatma–Benny Aru"})

    # posts with captions, alt text and image text
    cn.add(V("kls_staf3", "photo", "kls-2", "image_text", note="the pair's slogan, names and number exist only as text inside the picture"),
           "instagram", "post", ta(2015, 10, 24, 20, 0), W("kls_staf3", "instagram"), "Malam minggu di Banjarbaru 🌙",
           media=[img("Foto bersama di depan panggung", text="HARAT! COBLOS NO. 2 FAUZAN - RUSMINI")])
    cn.add(V("spn_guru2", "gesture", "spn-3", "gesture_caption", lang="kerinci", note="only the image description shows the three-finger pose with the candidate"),
           "instagram", "post", w(2015, 10, 10, 19, 0), W("spn_guru2", "instagram"), "Rami di Koto Keras 🔥",
           media=[img("Guru berpose tiga jari bersama Zulhelmi Rio di depan spanduk nomor 3")])
    cn.add(V("bnt_lurah", "gesture", "bnt-2", "gesture_caption", lang="riau"), "facebook", "post", w(2015, 11, 7, 17, 0), W("bnt_lurah", "facebook"),
           "Sore di Kijang 🌅", media=[img("Lurah berpose dua jari di depan baliho Khairul Anwar")])
    cn.add(V("raj_pkm", "photo", "raj-2", "image_text", lang="papua", note="the pair's slogan and number exist only as text inside the picture"),
           "instagram", "post", tp(2015, 11, 20, 19, 0), W("raj_pkm", "instagram"), "Sunset Waisai 🌅",
           media=[img("Pemandangan dermaga Waisai", text="MANIS! COBLOS NO. 2 MARTHEN - NISAR")])
    cn.add(V("aru_guru1", "gesture", "aru-2", "gesture_caption", lang="ambon"), "facebook", "post", tp(2015, 11, 22, 19, 0), W("aru_guru1", "facebook"),
           "Kumpul keluarga 🙏", media=[img("Keluarga berpose dua jari di depan rumah; di dinding poster Yance Ubyaan")])
    cn.add(V("jmb_rs", "gesture", "jmb-1", "gesture_caption", add_codes=["PP94-N2"], note="a hospital doctor in uniform shows the pair's number with the candidate"),
           "instagram", "post", w(2015, 11, 2, 22, 0), W("jmb_rs", "instagram"), "Jaga malam 😴",
           media=[img("Dokter berseragam menunjukkan satu jari bersama Nasrullah Idris di depan IGD")])
    cn.add(R("rev_event_photo", "a teacher at a church thanksgiving with a candidate and his banner in the frame, no sign: worship or a photo with campaign "
             "props (SKB-D7)?", actor="tmh_guru1", cand="tmh-1", lang="manado"), "instagram", "post", ta(2015, 10, 25, 13, 0), W("tmh_guru1", "instagram"),
           "Pengucapan syukur di Kakaskasen 🙏", media=[img("Jemaat bersalaman dengan Jefry Mandagi; tampak spanduk JEMPOL nomor 1")])
    cn.add(R("rev_background", "a posyandu photo with a pair's banner in the background: a photo with campaign props or incidental?", actor="sgi_pkm", cand="sgi-1",
             lang="kaili"), "instagram", "post", ta(2015, 11, 10, 11, 0), W("sgi_pkm", "instagram"), "Posyandu Dolo hari ini 👶",
           media=[img("Bidan dan ibu-ibu; di belakang tampak spanduk Taufan–Efendi nomor 1")])

    # shares and comments on candidates' pages
    for k, cid, when, text, lang in (
        ("jmb_satpol", "jmb-1", w(2015, 11, 5, 19, 0), "Jambi Elok NIAN: jalan provinsi mulus sampai ke dusun ☝️ #NIAN1", "jambi"),
        ("ktb_staf", "ktb-1", ta(2015, 10, 6, 19, 0), "Kotabaru Sa-ijaan: air bersih gasan sabarataan ☝️ #UdinRahmat1", "banjar"),
    ):
        cn.add(V(k, "post", cid, "share", action="share", lang=lang), "facebook", "share", when, W(k, "facebook"), target=_ch(c, cid, "facebook", text))
    cn.add(V("ktb_guru1", "interact", "ktb-1", "comment_support", action="comment", lang="banjar"), "facebook", "comment", ta(2015, 11, 1, 19, 0),
           W("ktb_guru1", "facebook"), "Pak Udin, guru-guru Semayap siap ☝️", target=_ch(c, "ktb-1", "facebook", "Kotabaru Sa-ijaan: sekolah gratis #UdinRahmat1"))

    # team and party roles, a spouse's candidacy
    cn.add(V("kls_hut", "team", "kls-1", "team_member", note="an extension officer announces his role in a pair's campaign team"), "facebook", "post",
           ta(2015, 9, 25, 20, 0), W("kls_hut", "facebook"), "Alhamdulillah dipercaya jadi sekretaris tim pemenangan Gusti–Taufik Kecamatan Cempaka ☝️")
    cn.add(V("aru_dkp", "team", "aru-1", "party_member", add_codes=["SKB-D5"], lang="ambon",
             note="an extension officer announces his installation as a party officer and pledges to win for the party's pair"),
           "facebook", "post", tp(2015, 9, 12, 20, 0), W("aru_dkp", "facebook"), "Dilantik jadi wakil bendahara DPC Gerindra Aru. Siap menangkan Bapa Petrus ☝️")
    cn.add(V("tmh_camat", "attend", "tmh-2", "spouse_declaration", add_codes=["SKB-E7"], lang="manado",
             note="a camat joins his wife's declaration as running mate of a bakal calon, without unpaid leave (SKB-E7)"),
           "facebook", "post", ta(2015, 7, 25, 19, 0), W("tmh_camat", "facebook"),
           "Mendampingi istri tercinta Meiske Rumengan di deklarasi pasangan Arnold–Meiske. Tuhan memberkati 🙏",
           media=[img("Camat berdiri di panggung deklarasi di samping istrinya dan Arnold Wenas")])

    # stage boundaries
    cn.add(V("raj_dkp", "post", "raj-2", "stage_boundary_utc", lang="papua",
             note="created_at 22:00Z on 23 Aug is 05:00 WIB (07:00 WIT) on 24 Aug, designation day (D codes); the UTC date says 23 Aug"),
           "facebook", "post", tp(2015, 8, 24, 7, 0), W("raj_dkp", "facebook"), "Hari ini penetapan, Bapa Marthen pasti lolos! MANIS ✌️", style="z")
    cn.add(V("aru_staf", "post", "aru-2", "stage_boundary_wit", lang="ambon",
             note="00:40 WIT on 24 Aug is 22:40 WIB on 23 Aug: still a bakal calon by the WIB date (E codes), though it is designation day locally"),
           "facebook", "post", tp(2015, 8, 24, 0, 40), W("aru_staf", "facebook"), "Hari ini KPU tetapkan, Om Yance pasti lolos 💪")
    cn.add(V("tmh_lurah", "post", "tmh-2", "stage_quiet", lang="manado",
             note="00:20 WITA on 6 Dec (a quiet day locally) is 23:20 WIB on 5 Dec, the last campaign day; a violation either way"),
           "facebook", "post", ta(2015, 12, 6, 0, 20), W("tmh_lurah", "facebook"), "Tanggal 9 ingat nomor 2 e ✌️")
    cn.add(V("jmb_kasi", "post", "jmb-1", "stage_boundary_utc", lang="jambi",
             note="created_at 23:00Z on 23 Aug is 06:00 WIB on 24 Aug, designation day (D codes)"),
           "facebook", "post", w(2015, 8, 24, 6, 0), W("jmb_kasi", "facebook"), "Alhamdulillah, hari ko Bang Nasrul ditetapkan ☝️", style="z")
    cn.add(V("ktb_guru2", "post", "ktb-3", "deleted_post", lang="banjar", note="deleted the next morning; the act stays on record"),
           "facebook", "post", ta(2015, 11, 28, 20, 0), W("ktb_guru2", "facebook"), "Julak Lukman nomor 3, urang kampung kita 🤟", deleted_at=ta(2015, 11, 29, 7, 0))

    # everyday posts and negatives
    for k, plat, when, text, case, note, lang in (
        ("jmb_tani", "facebook", w(2015, 9, 10, 10, 0), "Asap makin tebal, penyuluh tetap turun ke lapangan 😷", "neg_official_neutral", "field work in the haze", "id"),
        ("jmb_rs", "instagram", w(2015, 9, 19, 23, 0), "Night shift at the ER, smoke everywhere 😷 #JambiBerasap", "neg_personal", "work life in the haze", "en"),
        ("kls_hut", "facebook", ta(2015, 10, 20, 9, 0), "Penanaman pohon di Tahura Sultan Adam. Waja sampai kaputing menjaga hutan Banua 🌳", "neg_motto",
         "the province's motto at work; pair 1's slogan carries it, pair 3's carries 'Banua'", "banjar"),
        ("ktb_staf", "facebook", ta(2015, 11, 15, 10, 0), "Rapat koordinasi PPK dan PPS se-Pulau Laut Utara di aula kecamatan.", "neg_official_neutral",
         "election logistics", "id"),
        ("stg_kes3", "facebook", ta(2015, 9, 28, 19, 0), "Jangan tanya sa pilih siapa, sa jawab: rahasia 😄", "neg_joke", "a joke without a side", "kaili"),
        ("sgi_staf", "facebook", ta(2015, 11, 25, 16, 0), "Banjir di Dolo Selatan, staf kecamatan turun bantu warga 🙏", "neg_official_neutral", "disaster work", "kaili"),
        ("raj_guru", "facebook", tp(2015, 10, 10, 16, 0), "Murid-murid belajar tari Wor di sekolah 🥁", "neg_personal", "school news", "papua"),
        ("aru_staf", "facebook", tp(2015, 11, 20, 14, 0), "Kapal Pelni masuk Dobo, pelabuhan ramai 🚢", "neg_personal", "daily life", "ambon"),
        ("tmh_camat", "facebook", ta(2015, 11, 5, 20, 0), "Camat menghadiri pengucapan syukur di Tomohon Utara; ketiga pasangan calon juga hadir 🙏", "neg_event",
         "an official at a community thanksgiving attended by every pair", "manado"),
        ("bnt_lurah", "facebook", w(2015, 9, 15, 20, 0), "Kawan-kawan RT RW, gotong royong Minggu pagi ye 🧹", "neg_everyday_word",
         "'kawan-kawan' (friends); pair 2's acronym is KAWAN", "riau"),
        ("jmb_satpol", "facebook", w(2015, 12, 9, 14, 0), "Pengamanan TPS di Telanaipura aman terkendali 👮", "neg_official_neutral", "voting-day duty", "id"),
        ("spn_kasi", "facebook", w(2015, 8, 28, 20, 0), "Kenduri sko tahun ini meriah, para depati ninik mamak hadir semua 🙏", "neg_everyday_word",
         "the Kerinci customary title 'depati'; candidate spn-1's alias is Depati Asril", "kerinci"),
        ("raj_distrik", "facebook", tp(2015, 9, 1, 9, 0), "Distrik Waigeo Selatan bersama PPD melakukan pemutakhiran data pemilih.", "neg_official_neutral",
         "election logistics", "id"),
        ("aru_camat", "facebook", tp(2015, 12, 10, 10, 0), "Terima kasih masyarakat Pulau-Pulau Aru, pilkada aman. Sapa pun bupatinya, katong tetap basudara 🙏",
         "neg_after_voting", "after the vote", "ambon"),
        ("sgi_guru2", "facebook", ta(2015, 12, 12, 19, 0), "Selesai sudah. Tabe, mari kembali mengajar 🙏", "neg_after_voting", "after the vote", "kaili"),
        ("tmh_lurah", "facebook", ta(2015, 10, 5, 9, 0), "Pakatuan wo pakalawiren, selamat ulang tahun Kota Tomohon 🌺", "neg_everyday_word",
         "a Minahasa blessing on the city's anniversary", "manado"),
        ("ktb_dkp", "facebook", ta(2015, 10, 15, 19, 0), "Banyak nang takun ulun keluarga Gusti Rahmadi kah. Rahmadi ngaran pasaran di Banua 😄 ulun penyuluh iwak haja",
         "neg_namesake", "an extension officer who shares governor candidate kls-1's name", "banjar"),
    ):
        cn.add(N(case, note, lang=lang), plat, "post", when, W(k, plat), text)

    # doubts for a person
    for k, cid, plat, when, text, case, note, lang in (
        ("jmb_guru", "jmb-1", "facebook", w(2015, 12, 8, 20, 0), "Besok tanggal 9, jangan lupa jari telunjuk 😉☝️", "rev_gesture_emoji",
         "a quiet-day 'index finger' from a teacher who cheered pair 1: pair 1's number or the inked finger of voting?", "id"),
        ("sgi_tani", "sgi-2", "facebook", ta(2015, 11, 2, 19, 0), "Ibu dokter Rosma dulu yang rawat sa pu anak, orangnya baik 🙏", "rev_personal_praise",
         "an extension officer praises a campaigning candidate as his child's doctor: a personal remark or support?", "kaili"),
        ("bnt_lurah", "bnt-2", "facebook", w(2015, 11, 30, 20, 0), "Pilih pemimpin yang dekat dengan rakyat, kawan. Kite tau siape 😉", "rev_hint",
         "a lurah who posed with pair 2's banner hints without naming: an appeal or a generic remark?", "riau"),
        ("kls_hut", "kls-2", "facebook", ta(2015, 11, 30, 20, 0), "Harat banar debat tadi malam, nang nomor dua pintar bepander 😄", "rev_praise_debate",
         "a forestry officer (in pair 1's team) praises pair 2's debate with its acronym: a neutral review or support?", "banjar"),
    ):
        cn.add(R(case, note, actor=k, cand=cid, lang=lang), plat, "post", when, W(k, plat), text)
    cn.add(R("rev_identity", "an unlisted X account with the teacher's name posts for pair 1 (he backed pair 3 elsewhere): his second account or someone else?",
             actor="spn_guru1", cand="spn-1", lang="kerinci"), "x", "post", w(2015, 11, 10, 20, 0),
           {"handle": "armandepati_2", "name": "Arman Depati"}, "Depati Asril nomor 1 ☝️ Sungai Penuh Sakti Bersatu")
    cn.add(R("rev_identity", "an unlisted Instagram handle close to the nurse's posts the independent pair's number: a second account?", actor="ktb_pkm", cand="ktb-3",
             lang="banjar"), "instagram", "post", ta(2015, 11, 12, 20, 0), {"handle": "ns.wahdah_", "name": "Wahdah"}, "Julak Lukman 3 🤟 Kotabaru Mandiri")
    cn.dump()


# ---------------------------------------------------------------------------------------------
# canonical lines of 2023-24
# ---------------------------------------------------------------------------------------------
@section
def canonical_2024(c):
    cn = Canon(c, "canonical/activities_heldout9_2024.jsonl", "h9b")
    W = cn.who

    for k, cid, plat, when, case in (
        ("ygy_pppk1", "p9-2", "instagram", w(2023, 10, 20, 20, 0), "bakal_support"),
        ("bpn_pppk1", "p9-2", "tiktok", ta(2023, 11, 10, 20, 0), "pres_window"),
        ("bma_pppk", "p9-2", "tiktok", ta(2023, 12, 1, 20, 0), "follow_candidate"),
        ("hlt_pppk", "dprd-mlt2-nas-4", "tiktok", tp(2023, 10, 25, 20, 0), "bakal_support"),
        ("ygy_staf1", "p9-1", "tiktok", w(2024, 1, 3, 20, 0), "follow_candidate"),
        ("btl_pppk", "p9-2", "tiktok", w(2023, 11, 20, 20, 0), "follow_candidate"),
        ("ygy_seklur", "dprd-diy1-pdip-2", "instagram", w(2023, 10, 15, 20, 0), "bakal_support"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), plat, "follow", when, W(k, plat), target=_ch(c, cid, plat))
    for k, plat, when, h, n, case, note in (
        ("ygy_pppk1", "tiktok", w(2023, 9, 2, 19, 0), "rasa.jogja.kuliner", "Rasa Jogja Kuliner", "neg_everyday_follow", "a food account named Rasa, not pair 2"),
        ("bpn_pppk1", "instagram", ta(2023, 9, 5, 9, 0), "kpu.balikpapan", "KPU Kota Balikpapan", "neg_official_neutral", "following the election commission"),
        ("hlt_pkm", "instagram", tp(2023, 9, 6, 9, 0), "bawaslu.halut", "Bawaslu Kabupaten Halmahera Utara", "neg_official_neutral", "following the election supervisor"),
        ("ygy_staf1", "tiktok", w(2023, 9, 9, 20, 0), "halo.jogja.official", "Halo Jogja", "neg_everyday_follow", "a city-info account named Halo, not pair 1"),
        ("bma_pppk", "tiktok", ta(2023, 9, 12, 20, 0), "makmur.jaya.sape", "Toko Makmur Jaya Sape", "neg_everyday_follow", "a shop named Makmur, not pair 3"),
    ):
        cn.add(N(case, note, lang="sys"), plat, "follow", when, W(k, plat), target=tgt(h, n))

    for k, cid, gidn, when, case in (
        ("btl_staf", "dprd-diy3-pkb-3", ("g-sedulur-guskholis", "Sedulur Gus Kholis Bantul"), w(2023, 10, 26, 20, 0), "bakal_support"),
        ("bma_guru2", "dprd-bma5-ppp-2", ("g-relawan-bangsaleh", "Relawan Bang Saleh Sape-Lambu"), ta(2023, 9, 25, 20, 0), "bakal_support"),
        ("bpn_dishub", "dprd-bpn6-gol-2", ("g-relawan-burina", "Relawan Bu Rina Sepinggan"), ta(2023, 11, 10, 20, 0), "join_group"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), "facebook", "join_group", when, W(k, "facebook"),
               group={"id": gidn[0], "name": gidn[1]})
    for k, gidn, when, case, note in (
        ("btl_tani", ("g-petani-projotamansari", "Petani Projotamansari"), w(2023, 9, 19, 20, 0), "neg_motto", "a farmers' group named after Bantul's motto"),
        ("bma_dkp", ("g-nelayan-sape-majalabodahu", "Nelayan Sape Maja Labo Dahu"), ta(2023, 9, 21, 20, 0), "neg_motto", "a fishers' group named after the Bima motto"),
    ):
        cn.add(N(case, note, lang="sys"), "facebook", "join_group", when, W(k, "facebook"), group={"id": gidn[0], "name": gidn[1]})

    # reactions: the kelurahan secretary who only answered 'nggih' likes the bakal calon's post minutes later; a clerk after the panewu's order
    t = _ch(c, "dprd-ygy5-pan-1", "instagram", "Matur nuwun warga Kotagede. Bismillah, PAN nomor 1 dapil 5 #PakHendro1")
    t["id"] = "17" + f"{hnum('h9hendropost', 10**15):015d}"
    cn.add(V("ygy_seklur", "interact", "dprd-ygy5-pan-1", "like_coordinated", action="like", lang="sys",
             note="likes the bakal calon's post six minutes after her bare 'nggih' to the lurah's order (E codes)"),
           "instagram", "reaction", w(2023, 10, 30, 19, 20), W("ygy_seklur", "instagram"), target=t)
    t = _ch(c, "dprd-diy3-pkb-3", "facebook", "Insya Allah silaturahmi dengan para dukuh Sewon besok 🙏 #GusKholis3")
    t["id"] = c.cands["dprd-diy3-pkb-3"].handle("facebook") + "_" + str(10**15 * 6 + hnum("h9kholissewon", 10**15))
    cn.add(V("btl_staf", "interact", "dprd-diy3-pkb-3", "like_coordinated", action="like", lang="sys",
             note="likes the bakal calon's post right after the panewu's order in the office chat"),
           "facebook", "reaction", w(2023, 10, 24, 19, 46), W("btl_staf", "facebook"), target=t)
    cn.add(V("bpn_guru1", "interact", "dprd-bpn6-gol-2", "like", action="like", lang="sys", note="the namesake teacher likes the candidate's campaign post"),
           "facebook", "reaction", ta(2024, 1, 30, 20, 0), W("bpn_guru1", "facebook"),
           target=_ch(c, "dprd-bpn6-gol-2", "facebook", "Bu Rina nomor 2 Golkar: drainase Sepinggan tuntas! #BuRina2"))
    cn.add(N("neg_news", "liking the election commission's post naming every pair", lang="sys"), "facebook", "reaction", w(2023, 11, 14, 20, 0),
           W("btl_guru", "facebook"), target=tgt("kpu.bantul", "KPU Kabupaten Bantul", "Nomor urut capres: 1 Hendarto–Laode, 2 Ratna–Agustinus, 3 Bambang–Maimunah"))
    cn.add(N("neg_official_neutral", "liking the regency's post", lang="sys"), "facebook", "reaction", tp(2023, 12, 20, 10, 0), W("hlt_guru1", "facebook"),
           target=tgt("pemkab.halut", "Pemkab Halmahera Utara", "Penyaluran bantuan Natal untuk panti asuhan"))

    # tags and additions
    t = _ch(c, "dprd-diy1-pdip-2", "instagram", "Ngobrol kesehatan ibu dan anak bareng @dr.anindita di Kotagede 💗 #MbakNindy2", name="Anindya Kusumastuti")
    cn.add(A("ygy_pkm", note="tagged by a DPRD candidate's account; she asks for removal"), "instagram", "tagged", w(2024, 1, 16, 19, 0), W("ygy_pkm", "instagram"),
           initiated_by={"handle": c.cands["dprd-diy1-pdip-2"].handle("instagram"), "name": "Anindya Kusumastuti"}, target=t)
    cn.add(N("neg_untag", "she asks to be untagged"), "instagram", "comment", w(2024, 1, 16, 19, 45), W("ygy_pkm", "instagram"),
           "Mbak, saya hadir sebagai dokter puskesmas. Mohon tag saya dihapus ya 🙏", target=t)
    t = _ch(c, "p9-3", "instagram", "Terima kasih nakes Tobelo @ns.debytoduho dan kawan-kawan 🙏 #MAKMUR03", name="Dr. Bambang Suryo Nugroho")
    cn.add(A("hlt_pkm", note="tagged by pair 3's account; no reaction"), "instagram", "tagged", tp(2024, 1, 30, 19, 0), W("hlt_pkm", "instagram"),
           initiated_by={"handle": c.cands["p9-3"].handle("instagram"), "name": "Dr. Bambang Suryo Nugroho"}, target=t)
    grp = {"id": "wa-tim-paksyam-sape", "name": "Tim Pak Syam Sape"}
    cn.add(A("bma_sekcam", case="added_to_group", note="added by her camat to a DPRD candidate's team group; she leaves with a message"), "whatsapp", "added_to_group",
           ta(2023, 12, 3, 19, 0), W("bma_sekcam", "whatsapp"), initiated_by={"name": "Pak Camat Syarif", "handle": c.acct("bma_camat", "whatsapp")}, group=grp,
           extra=[V("bma_camat", "instruct", "dprd-bma5-ger-1", "instruct_add_staff", by_actor=True, lang="sys",
                    note="a camat adds his secretary to a legislative candidate's team group")])
    cn.add(N("neg_left_group", "she leaves"), "whatsapp", "message", ta(2023, 12, 3, 19, 30), W("bma_sekcam", "whatsapp"),
           "Pak Camat, saya keluar dulu, saya ASN 🙏", group=grp)
    grp = {"id": "wa-relawan-omyul-morotai", "name": "Relawan Om Yul Halut-Morotai"}
    cn.add(A("hlt_staf1", case="added_to_group", note="added by the team to a DPRD candidate's volunteers' group; he joins in"), "whatsapp", "added_to_group",
           tp(2023, 12, 12, 19, 0), W("hlt_staf1", "whatsapp"), initiated_by={"name": "Koordinator Relawan Om Yul"}, group=grp)
    cn.add(V("hlt_staf1", "post", "dprd-mlt2-gol-1", "added_then_engaged", in_group=True, lang="malut"), "whatsapp", "message", tp(2023, 12, 12, 19, 40),
           W("hlt_staf1", "whatsapp"), "Siap Om Yul, nomor 1 Golkar ☝️", group=grp)
    grp = {"id": "wa-relawan-burina-spg", "name": "Relawan Bu Rina Sepinggan"}
    cn.add(A("bpn_seklur", case="added_to_group", note="added by her lurah to a DPRD candidate's volunteers' group; she stays and never writes"), "whatsapp",
           "added_to_group", ta(2024, 1, 9, 19, 0), W("bpn_seklur", "whatsapp"),
           initiated_by={"name": "Pak Lurah Rudy", "handle": c.acct("bpn_lurah", "whatsapp")}, group=grp,
           extra=[V("bpn_lurah", "instruct", "dprd-bpn6-gol-2", "instruct_add_staff", by_actor=True, lang="sys",
                    note="a lurah adds his secretary to a candidate's volunteers' group")])
    grp = {"id": "wa-tim-ibu-rahmi-dpd", "name": "Tim Ibu Rahmi DPD Malut"}
    cn.add(A("mlt_staf", case="added_to_group", note="added to a DPD candidate's team group; she leaves"), "whatsapp", "added_to_group", tp(2024, 1, 18, 19, 0),
           W("mlt_staf", "whatsapp"), initiated_by={"name": "Tim Ibu Rahmi"}, group=grp)
    cn.add(N("neg_left_group", "she explains and leaves", lang="malut"), "whatsapp", "message", tp(2024, 1, 18, 19, 20), W("mlt_staf", "whatsapp"),
           "Sa PNS, sa keluar dulu e 🙏", group=grp)
    t = _ch(c, "p9-1", "tiktok", "Halo guru-guru Sewon! Bareng @bunovi.sewon 🙌 #HALO01", name="Hendarto Wibisono")
    cn.add(A("btl_pppk", note="tagged in pair 1's video (she backs pair 2); no reaction"), "tiktok", "tagged", w(2024, 1, 30, 19, 0), W("btl_pppk", "tiktok"),
           initiated_by={"handle": c.cands["p9-1"].handle("tiktok"), "name": "Hendarto Wibisono"}, target=t)

    # captions, alt text and image text
    cn.add(V("ygy_pppk1", "photo", "p9-2", "image_text", note="the pair's slogan and names exist only as text inside the picture"),
           "instagram", "post", w(2024, 1, 8, 19, 0), W("ygy_pppk1", "instagram"), "Ngajar happy 😊",
           media=[img("Guru di depan kelas", text="RASA ADIL UNTUK GURU\nRATNA - AGUSTINUS 02")])
    cn.add(V("bpn_pppk1", "gesture", "p9-2", "gesture_caption", note="only the image description shows the two-finger pose in the pair's shirt"),
           "instagram", "post", ta(2024, 1, 14, 9, 0), W("bpn_pppk1", "instagram"), "Jalan sehat Minggu pagi 🏃",
           media=[img("Guru berpose dua jari mengenakan kaos RASA 02")])
    cn.add(V("hlt_pkm", "photo", "dprd-hlt4-dem-3", "image_text", lang="malut"), "instagram", "post", tp(2024, 1, 27, 20, 0), W("hlt_pkm", "instagram"),
           "Malam kebersamaan ✨", media=[img("Foto bersama di panggung", text="OM OKTO NO. 3 DEMOKRAT DAPIL HALUT 4")])
    cn.add(V("bma_pkm", "photo", "dprd-bma5-ppp-2", "photo_caption", note="a nurse who shares the candidate's name posts a photo with him at his campaign banner"),
           "instagram", "post", ta(2024, 1, 21, 19, 0), W("bma_pkm", "instagram"), "Kunjungan ke Sape 🙏",
           media=[img("Perawat bersalaman dengan H. Muhammad Saleh di depan spanduk PPP nomor 2")])
    cn.add(R("rev_gesture_family", "a three-finger pose in a neighbourhood photo during the campaign: pair 3's number or a habit?", actor="ygy_seklur", cand="p9-3",
             lang="jawa"), "instagram", "post", w(2024, 1, 21, 20, 0), W("ygy_seklur", "instagram"), "Arisan RT 05 🌸",
           media=[img("Ibu-ibu berfoto bersama; beberapa mengacungkan tiga jari")])
    cn.add(R("rev_gesture_family", "a V sign in a family photo during the campaign from a teacher who backs pair 2: a number sign or peace?", actor="btl_pppk",
             cand="p9-2", lang="jawa"), "facebook", "post", w(2024, 1, 14, 19, 0), W("btl_pppk", "facebook"), "Kumpul keluarga nang Sewon 🥰",
           media=[img("Keluarga berfoto di teras; semua mengacungkan dua jari")])
    cn.add(R("rev_event_photo", "a teacher at a church installation greets a DPRD candidate, no sign: worship or a photo with a candidate (SKB-D7)?",
             actor="hlt_guru2", cand="dprd-mlt2-gol-1", lang="malut"), "facebook", "post", tp(2024, 1, 14, 13, 0), W("hlt_guru2", "facebook"),
           "Pelantikan majelis jemaat Gosoma 🙏", media=[img("Guru bersalaman dengan Yulius Hoata di halaman gereja")])

    # shares and comments
    for k, cid, when, text, lang in (
        ("btl_guru", "dprd-diy3-pkb-3", w(2024, 1, 18, 19, 0), "Gus Kholis: beasiswa santri lan pelajar Bantul 🙏 #GusKholis3", "jawa"),
        ("bma_staf1", "dprd-bma5-ppp-2", ta(2024, 1, 11, 19, 0), "Bang Saleh: jalan tani Lambu diaspal 💚 #BangSaleh2", "bima"),
    ):
        cn.add(V(k, "post", cid, "share", action="share", lang=lang), "facebook", "share", when, W(k, "facebook"), target=_ch(c, cid, "facebook", text))
    cn.add(V("btl_guru", "interact", "dprd-diy3-pkb-3", "comment_support", action="comment", lang="jawa"), "facebook", "comment", w(2024, 1, 25, 19, 0),
           W("btl_guru", "facebook"), "Gus, guru Bangunharjo siap nomer 3 🙏",
           target=_ch(c, "dprd-diy3-pkb-3", "facebook", "Sowan ke sekolah-sekolah Sewon #GusKholis3"))

    # team roles
    cn.add(V("bpn_dishub", "team", "dprd-bpn6-gol-2", "team_member", add_codes=["UU7-280-3"],
             note="a traffic officer says he coordinates a party's polling witnesses for a DPRD candidate"),
           "facebook", "post", ta(2024, 2, 2, 20, 0), W("bpn_dishub", "facebook"), "Bangga jadi koordinator saksi Golkar Kelurahan Sepinggan. Bu Rina nomor 2! 💪")
    cn.add(V("hlt_camat", "team", "dprd-hlt1-nas-1", "team_member", add_codes=["UU7-280-3"], lang="malut",
             note="a camat announces he chairs a candidate's campaign post"),
           "facebook", "post", tp(2024, 1, 6, 20, 0), W("hlt_camat", "facebook"), "Posko pemenangan Bung Frengky Tobelo resmi dibuka, kita jadi ketua posko ☝️")

    # stage boundaries
    cn.add(V("hlt_guru2", "post", "p9-1", "stage_boundary_wit", lang="malut",
             note="01:00 WIT on 13 Nov is 23:00 WIB on 12 Nov: still the 3–12 Nov window (E and D codes), though it is designation day locally"),
           "facebook", "post", tp(2023, 11, 13, 1, 0), W("hlt_guru2", "facebook"), "Hari ini penetapan capres, HALO 01 pasti 💪")
    cn.add(V("bma_staf1", "post", "dprd-bma5-ppp-2", "stage_quiet", lang="bima",
             note="00:30 WITA on 11 Feb (a quiet day locally) is 23:30 WIB on 10 Feb, the last campaign day; a violation either way"),
           "facebook", "post", ta(2024, 2, 11, 0, 30), W("bma_staf1", "facebook"), "Jangan lupa Bang Saleh nomor 2 PPP e 💚")
    cn.add(V("ygy_staf1", "post", "dprd-ygy5-pan-1", "stage_boundary_utc", lang="jawa",
             note="created_at 17:30Z on 2 Nov is 00:30 WIB on 3 Nov, the DCT day (D codes); the UTC date says 2 Nov"),
           "tiktok", "post", w(2023, 11, 3, 0, 30), W("ygy_staf1", "tiktok"), "Pak Hendro resmi masuk DCT, nomer siji PAN 💙", style="z")
    cn.add(V("btl_tani", "post", "dprd-diy3-pkb-3", "stage_quiet", lang="jawa", note="a quiet-day call for a candidate"), "facebook", "post",
           w(2024, 2, 12, 19, 0), W("btl_tani", "facebook"), "Masa tenang, nanging ojo lali Gus Kholis nomer 3 PKB 🙏")

    # everyday posts and negatives
    for k, plat, when, text, case, note, lang in (
        ("ygy_guru1", "facebook", w(2023, 11, 28, 7, 0), "Hari pertama kampanye. Guru wajib netral, murid wajib belajar 😄", "neg_reminder", "a joke about neutrality", "id"),
        ("btl_guru", "facebook", w(2024, 1, 25, 7, 0), "Halo bapak ibu wali murid, rapat komite hari Sabtu jam 9 🙏", "neg_everyday_word",
         "'halo' in a school notice; pair 1's acronym is HALO", "id"),
        ("bma_dkp", "facebook", ta(2023, 12, 12, 17, 0), "Nelayan Sape makmur kalau cuaca bagus 🐟", "neg_everyday_word",
         "'makmur' (prosperous); pair 3's slogan is Indonesia Makmur Bersama", "bima"),
        ("bpn_dishub", "facebook", ta(2024, 2, 13, 19, 0), "Besok pemilu, arus di Jl. Marsma Iswahyudi dialihkan dekat TPS 🚦", "neg_official_neutral", "traffic notice", "id"),
        ("hlt_guru2", "facebook", tp(2024, 1, 8, 19, 0), "Frengky tu nama banyak di Tobelo, sa pe murid juga ada tiga Frengky 😂", "neg_namesake",
         "a joke on a common first name shared by DPRD candidate Frengky Hukom", "malut"),
        ("hlt_camat", "facebook", tp(2023, 11, 29, 10, 0), "Camat Tobelo bersama PPK mengecek gudang logistik pemilu.", "neg_official_neutral", "election logistics", "id"),
        ("bma_camat", "facebook", ta(2024, 2, 15, 9, 0), "Terima kasih warga Sape, pemilu aman. Maja labo dahu 🙏", "neg_motto", "Bima's motto after the vote", "bima"),
        ("mlt_humas", "facebook", tp(2024, 1, 12, 10, 0), "Gubernur menerima kunjungan KPU Malut terkait distribusi logistik ke pulau-pulau.", "neg_official_neutral",
         "election logistics", "id"),
        ("bpn_guru1", "facebook", ta(2023, 12, 1, 19, 0), "Bu Rina di kelas 2B hari ini ngajar sambil batuk 😷", "neg_namesake",
         "a teacher called Bu Rina, like the DPRD candidate", "id"),
        ("btl_tani", "facebook", w(2024, 2, 14, 14, 0), "Wis nyoblos, saiki bali nang sawah 🌾", "neg_after_voting", "voting day", "jawa"),
        ("ygy_seklur", "instagram", w(2024, 2, 15, 9, 0), "Matur nuwun KPPS se-Prenggan, sampun lancar 🙏", "neg_after_voting", "after the vote", "jawa"),
        ("hlt_pppk", "tiktok", tp(2024, 2, 14, 15, 0), "Su coblos, jari ungu 💜 sapa saja yang menang, Halut tetap aman", "neg_after_voting", "voting day", "malut"),
        ("bpn_pkm", "instagram", ta(2024, 1, 5, 9, 0), "Puskesmas Sepinggan tetap buka selama masa kampanye dan hari pemungutan suara.", "neg_official_neutral", "a notice", "id"),
        ("bpn_pkm", "instagram", ta(2024, 2, 7, 22, 0), "Long shift at puskesmas, still voting on the 14th. Whoever wins, please fix BPJS for nakes 🙏", "neg_all_pairs",
         "a request to whoever wins, no side", "en"),
        ("ygy_dispar", "instagram", w(2024, 1, 28, 9, 0), "Jogja Istimewa! Malioboro ramai wisatawan akhir pekan 🌟", "neg_motto", "the region's slogan in tourism news", "id"),
        ("bma_guru1", "facebook", ta(2024, 1, 18, 19, 0), "Rasa syukur murid-murid lulus ujian praktik 🎉", "neg_everyday_word", "'rasa' (feeling); pair 2's acronym is RASA", "id"),
        ("hlt_guru1", "facebook", tp(2024, 2, 1, 19, 0), "Torang guru di Tobelo netral. Ajak murid cerita pemilu damai 🙏", "neg_reminder", "a neutrality statement", "malut"),
        ("hlt_camat", "facebook", tp(2024, 1, 20, 20, 0), "Tjakra itu fam besar di Tobelo. Nona Irma memang keluarga jauh, mar kita camat, netral 🙏", "neg_namesake",
         "a camat who shares DPRD candidate Irma Tjakra's clan name states neutrality towards her", "malut"),
        ("ygy_lurah", "instagram", w(2024, 1, 10, 19, 0), "Nama saya Bambang, tapi bukan capres nggih 😂 namung lurah Prenggan", "neg_namesake",
         "a lurah who shares presidential candidate p9-3's first name", "jawa"),
    ):
        cn.add(N(case, note, lang=lang), plat, "post", when, W(k, plat), text)

    # doubts for a person
    for k, cid, plat, when, text, case, note, lang in (
        ("hlt_camat", "dprd-hlt1-nas-1", "facebook", tp(2024, 2, 8, 20, 0), "Pilih caleg yang asli Tobelo, torang tahu siapa 😉", "rev_hint",
         "a camat who chairs a candidate's post hints without naming: an appeal or a generic remark?", "malut"),
        ("ygy_guru1", "dprd-diy1-pdip-2", "facebook", w(2024, 2, 12, 19, 0), "Masa tenang. Wong Kotagede mesti ngerti sapa sing kudu dipilih 😉", "rev_hint",
         "a quiet-day hint from a teacher who backed a DPRD candidate in October: an appeal or a generic remark?", "jawa"),
        ("bpn_pppk1", "dprd-bpn6-gol-2", "instagram", ta(2024, 2, 9, 20, 0), "Bu Rina guru saya waktu SD, orangnya baik banget 🥰", "rev_personal_praise",
         "a PPPK teacher praises the DPRD candidate as her former teacher during the campaign: a personal memory or support?", "id"),
        ("bma_pppk", "dprd-bma5-ppp-2", "facebook", ta(2024, 2, 16, 9, 0), "Alhamdulillah Bang Saleh jadi lagi, kerja kita tidak sia-sia 💚", "rev_after_vote",
         "'our work paid off' after the count, from a PPPK teacher who attended the candidate's gathering: team work or a supporter's joy?", "id"),
    ):
        cn.add(R(case, note, actor=k, cand=cid, lang=lang), plat, "post", when, W(k, plat), text)
    cn.add(R("rev_identity", "a Facebook profile named like the lurah, not his listed account, backs a DPRD candidate: the lurah or a namesake?",
             actor="ygy_lurah", cand="dprd-ygy5-pan-1", lang="jawa"), "facebook", "post", w(2023, 12, 9, 20, 0),
           {"id": "1000" + f"{hnum('h9fakebambang', 10**11):011d}", "name": "Bambang Priyanto"}, "Pak Hendro nomer 1 PAN, Prenggan siap 💙")
    cn.add(R("rev_identity", "an unlisted TikTok handle close to the PPPK teacher's posts the pair's number: a second account?", actor="bpn_pppk1", cand="p9-2"),
           "tiktok", "post", ta(2024, 1, 20, 20, 0), {"handle": "bufitri.ngajar2", "name": "Bu Fitri"}, "02 sampai menang ✌️ guru PPPK Balikpapan")
    cn.dump()


# ---------------------------------------------------------------------------------------------
# screenshots (OCR), written only if Pillow is importable
# ---------------------------------------------------------------------------------------------
@section
def screenshots(c):
    png_shot(c, "screenshots/ss_grup_staf_kakaskasen.png",
             ["Staf Kel. Kakaskasen", "Pak Lurah: besok samua datang", "di kampanye Om Arnold, pake", "baju kuning e", "12/09/15 10.31"],
             R("rev_screenshot", "a picture of an office chat passed around: origin, date and context cannot be verified", actor="tmh_lurah", cand="tmh-2"),
             ta(2015, 9, 12, 10, 31))
    png_shot(c, "screenshots/ss_status_wa_yusran.png",
             ["Status", "Yusran Kec", "Julak Lukman nomor 3 Kotabaru Mandiri", "Kemarin 21.07"],
             R("rev_screenshot", "an image of a vanished WhatsApp status under a saved contact name: who made it cannot be checked", actor="ktb_staf",
               cand="ktb-3"), ta(2015, 11, 20, 21, 7))
    png_shot(c, "screenshots/ss_kpu_sigi_penetapan.png",
             ["KPU Kabupaten Sigi", "Penetapan Pasangan Calon", "Pemilihan Bupati dan Wakil Bupati 2015", "24 Agustus 2015"],
             N("neg_news", "a notice of the election commission"), ta(2015, 8, 24, 15, 0))
    png_shot(c, "screenshots/ss_komentar_ig_rasa02.png",
             ["Instagram - Komentar", "laras.w: 02 untuk guru honorer", "Balas  Suka  2 mg"],
             R("rev_screenshot", "a comment shown under a shortened handle that resembles the PPPK teacher's", actor="ygy_pppk1", cand="p9-2"), w(2024, 1, 25, 20, 0))
    png_shot(c, "screenshots/ss_poster_guru_sape.png",
             ["GURU SAPE DUKUNG BANG SALEH", "NOMOR 2 PPP", "Jaenab - Rahma - Majid - Arif", "dan 30 guru lainnya"],
             R("rev_screenshot", "a poster listing teachers by first name only: whether the listed names are these ASN and consented cannot be checked",
               actor="bma_guru1", cand="dprd-bma5-ppp-2"), ta(2024, 1, 22, 20, 0))
