"""heldout11, part 3: canonical JSON Lines (follows, joins, reactions, tags and additions, media fields, shares, roles, stage
boundaries, people not yet ASN, everyday posts and doubts) and the optional PNG screenshots (see _heldout11.py)."""
from __future__ import annotations

from _corpus import A, Canon, N, R, V, hnum, img, png_shot, tgt
from _heldout11_base import section, ta, tp, w

BOTH = ["SKB-E2", "SKB-E4", "UU7-283"]


def _ch(c, cid, platform, text=None, name=None):
    cd = c.cands[cid]
    return tgt(cd.handle(platform), name or cd.name, text)


def _post_id(c, cid, seed):
    return c.cands[cid].handle("facebook") + "_" + str(10**15 * 6 + hnum("h11" + seed, 10**15))


def _by(c, key):
    """initiated_by for someone of the registry adding others on WhatsApp (saved name and phone)."""
    return {"name": c.disp(key), "handle": c.acct(key, "whatsapp")}


# ---------------------------------------------------------------------------------------------
# canonical lines of the Pilkada 2018 (Nov 2017 - Jul 2018)
# ---------------------------------------------------------------------------------------------
@section
def canonical_2018(c):
    cn = Canon(c, "canonical/activities_heldout11_pilkada2018.jsonl", "h11a")
    W = cn.who

    # follows of candidates' accounts
    for k, cid, plat, when, case in (
        ("kkr_pkm", "kkr-1", "instagram", w(2018, 1, 12, 20, 0), "bakal_support"),
        ("klu_staf1", "klu-1", "instagram", ta(2018, 2, 20, 20, 0), "follow_candidate"),
        ("klk_guru", "klk-1", "tiktok", ta(2018, 1, 25, 20, 0), "bakal_support"),
        ("kkr_satpol", "p11-2", "tiktok", w(2018, 8, 20, 20, 0), "bakal_support"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), plat, "follow", when, W(k, plat), target=_ch(c, cid, plat))
    for k, plat, when, h, n, case, note in (
        ("kdr_pkm", "instagram", w(2018, 3, 2, 20, 0), "lancar.motor.kediri", "Lancar Motor Kediri", "neg_everyday_follow", "a motorbike dealer named Lancar, not pair 1"),
        ("bjn_guru2", "instagram", w(2018, 3, 3, 20, 0), "ledre.matoh", "Ledre Matoh Bojonegoro", "neg_everyday_follow", "a snack shop named Matoh, not pair 1"),
        ("kkr_guru", "instagram", w(2018, 3, 4, 20, 0), "berkat.kue.sungairaya", "Kue Berkat Sungai Raya", "neg_everyday_follow", "a cake shop named Berkat, not pair 1"),
        ("stg_rs", "instagram", ta(2018, 3, 5, 20, 0), "optik.cerah.kendari", "Optik Cerah Kendari", "neg_everyday_follow", "an optician named Cerah, not pair 1"),
        ("klk_guru", "tiktok", ta(2018, 3, 6, 20, 0), "kompak.dance.kolaka", "Kompak Dance Kolaka", "neg_everyday_follow", "a dance crew named Kompak, not pair 1"),
        ("skk_dispar", "instagram", ta(2018, 1, 7, 9, 0), "kpu.sikka", "KPU Kabupaten Sikka", "neg_election_body", "following the election commission"),
        ("jyw_guru", "tiktok", tp(2018, 3, 8, 20, 0), "kitorang.musik.papua", "Kitorang Musik Papua", "neg_everyday_follow", "a music page named Kitorang, not pair 1"),
        ("jyw_pkm", "instagram", tp(2018, 1, 9, 9, 0), "panwaslu.jayawijaya", "Panwaslu Kabupaten Jayawijaya", "neg_election_body", "following the election supervisor"),
        ("klu_guru2", "instagram", ta(2018, 3, 10, 20, 0), "becik.spa.semarapura", "Becik Spa Semarapura", "neg_everyday_follow", "a spa named Becik, not pair 1"),
        ("mtr_rs1", "instagram", tp(2018, 3, 11, 20, 0), "bakubae.kopi.tual", "Kopi Bakubae Tual", "neg_everyday_follow", "a coffee shop named Bakubae, not pair 1"),
    ):
        cn.add(N(case, note, lang="sys"), plat, "follow", when, W(k, plat), target=tgt(h, n))

    # joins of candidates' groups
    for k, cid, gidn, when, case in (
        ("kdr_guru", "jtm-1", ("g-sahabat-cakimam-kediri", "Sahabat Cak Imam Kediri Raya"), w(2018, 1, 20, 20, 0), "bakal_support"),
        ("bjn_guru1", "bjn-3", ("g-relawan-maswarno", "Relawan Mas Warno Jalur Perseorangan"), w(2017, 11, 26, 20, 0), "bakal_support"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), "facebook", "join_group", when, W(k, "facebook"),
               group={"id": gidn[0], "name": gidn[1]})
    for k, gidn, when, case, note in (
        ("kdr_lurah", ("g-lancarjaya-kediri", "Lancar Jaya - Jual Beli Kediri"), w(2018, 2, 2, 20, 0), "neg_everyday_group", "a buy-and-sell group named Lancar Jaya"),
        ("klk_tani", ("g-petani-kakao-kompak", "Petani Kakao Kolaka Kompak"), ta(2018, 2, 3, 20, 0), "neg_everyday_group", "a cocoa farmers' forum called 'kompak'"),
        ("mtr_guru", ("g-guru-kei-bakubae", "Guru Kei Bakubae"), tp(2018, 2, 4, 20, 0), "neg_everyday_group", "a teachers' forum called 'bakubae'"),
        ("plp_guru", ("g-kuliner-palopo-idaman", "Kuliner Palopo Idaman"), ta(2018, 2, 5, 20, 0), "neg_everyday_group", "a food group using the city motto 'idaman'"),
        ("bjn_camat", ("g-bojonegoro-matoh-info", "Bojonegoro Matoh - Info Kota"), w(2018, 2, 6, 20, 0), "neg_everyday_group",
         "a city-news group named after the regency's tagline, not pair 1's group"),
    ):
        cn.add(N(case, note, lang="sys"), "facebook", "join_group", when, W(k, "facebook"), group={"id": gidn[0], "name": gidn[1]})

    # reactions: a clerk likes the candidate's post while reporting it in the office chat, and others
    t = _ch(c, "kdr-1", "facebook", "Mas Prapto kampanye dialogis bareng warga Mojoroto. Kediri LANCAR ☝️ #LANCAR1")
    t["id"] = _post_id(c, "kdr-1", "praptodialog")
    cn.add(V("kdr_staf2", "interact", "kdr-1", "like_coordinated", action="like", lang="sys",
             note="likes the candidate's post two minutes before reporting 'sampun kulo like' in the office chat the camat ordered it in"),
           "facebook", "reaction", w(2018, 3, 12, 19, 36), W("kdr_staf2", "facebook"), target=t)
    cn.add(V("skk_camat", "interact", "skk-1", "like", action="like", lang="sys", note="the camat who shares the running mate's clan name likes the pair's post"),
           "facebook", "reaction", ta(2018, 3, 14, 20, 0), W("skk_camat", "facebook"),
           target=_ch(c, "skk-1", "facebook", "Moan Yosef deng Mama Yuli menyapa nelayan Wuring. Sikka TERANG ☝️ #TERANG1"))
    cn.add(N("neg_news", "liking the election commission's post naming both pairs", lang="sys"), "facebook", "reaction", tp(2018, 2, 13, 20, 0),
           W("jyw_pkm", "facebook"), target=tgt("kpu.jayawijaya", "KPU Kabupaten Jayawijaya", "Nomor urut: 1 Yulius–Ismail, 2 Marthen–Yance"))
    cn.add(N("neg_election_body", "liking the election supervisor's reminder", lang="sys"), "facebook", "reaction", ta(2018, 2, 15, 20, 0),
           W("stg_guru", "facebook"), target=tgt("panwaslu.sultra", "Panwaslu Provinsi Sulawesi Tenggara", "Temukan ASN berkampanye? Sampaikan ke Panwaslu Sultra, identitas pelapor dirahasiakan."))

    # tags and additions (alerts), with what follows
    t = _ch(c, "kdr-1", "facebook", "Mas Prapto di Kelurahan Bandar Lor bersama Pak Lurah Totok Sugiarto 🙏 #LANCAR1", name="Drs. H. Suprapto Adi")
    t["id"] = _post_id(c, "kdr-1", "praptobandarlor")
    cn.add(A("kdr_lurah", note="tagged by the pair's page; he then comments with the number"), "facebook", "tagged", w(2018, 4, 8, 19, 0), W("kdr_lurah", "facebook"),
           initiated_by={"id": c.cands["kdr-1"].handle("facebook"), "name": "Drs. H. Suprapto Adi"}, target=t)
    cn.add(V("kdr_lurah", "interact", "kdr-1", "tag_then_engaged", action="comment", lang="jawa", note="tagged, the lurah comments with the pair's number"),
           "facebook", "comment", w(2018, 4, 8, 19, 40), W("kdr_lurah", "facebook"), "Matur nuwun Mas Prapto, Bandar Lor siji LANCAR ☝️", target=t)
    t = _ch(c, "plp-2", "facebook", "Bu Rahma dan Pak Arifin Tandi bertemu guru-guru Wara, ada juga Pak Arifin Tandi Bua, namanya mirip 😄 #RahmaArifin2",
            name="Dr. Hj. Rahmawati Kadir")
    cn.add(A("plp_guru2", note="tagged by pair 2's page because his name resembles its running mate's; he asks for removal"), "facebook", "tagged",
           ta(2018, 4, 14, 19, 0), W("plp_guru2", "facebook"), initiated_by={"id": c.cands["plp-2"].handle("facebook"), "name": "Dr. Hj. Rahmawati Kadir"}, target=t)
    cn.add(N("neg_untag", "he asks to be untagged", lang="luwu"), "facebook", "comment", ta(2018, 4, 14, 19, 30), W("plp_guru2", "facebook"),
           "Tabe' Bu, saya guru, tidak ikut tim. Tolong hapus tag 🙏", target=t)
    t = _ch(c, "skk-2", "facebook", "Moan Frans bersama keluarga besar Ximenes di Nita, termasuk Robertus Ximenes 🙏 #FransDullah2", name="Ir. Fransiskus Xaverius Ximenes")
    cn.add(A("skk_dispar", note="tagged by pair 2's page at a clan gathering; no reaction"), "facebook", "tagged", ta(2018, 4, 22, 19, 0), W("skk_dispar", "facebook"),
           initiated_by={"id": c.cands["skk-2"].handle("facebook"), "name": "Ir. Fransiskus Xaverius Ximenes"}, target=t)
    t = _ch(c, "klu-1", "facebook", "Pak Nyoman ngaturang bakti ring Pura Dalem Ped, kasarengin Camat Nusa Penida 🙏 #BECIK1", name="I Nyoman Gede Suardana")
    cn.add(A("klu_camat", note="tagged by pair 1's page at a temple ceremony; no reaction"), "facebook", "tagged", ta(2018, 5, 2, 19, 0), W("klu_camat", "facebook"),
           initiated_by={"id": c.cands["klu-1"].handle("facebook"), "name": "I Nyoman Gede Suardana"}, target=t)
    t = _ch(c, "mtr-1", "facebook", "Bapa Yan di Ohoi Debut bersama Bapa Camat Petrus Renyaan 🙏 #BAKUBAE1", name="Drs. Yohanis Renyaan")
    cn.add(A("mtr_camat", note="tagged by the pair's page (he shares its clan name); he asks for removal"), "facebook", "tagged", tp(2018, 4, 25, 19, 0),
           W("mtr_camat", "facebook"), initiated_by={"id": c.cands["mtr-1"].handle("facebook"), "name": "Drs. Yohanis Renyaan"}, target=t)
    cn.add(N("neg_untag", "he says he was there on duty and asks for removal", lang="kei"), "facebook", "comment", tp(2018, 4, 25, 19, 40), W("mtr_camat", "facebook"),
           "Beta di Ohoi Debut karena rapat pemerintahan, bukan ikut tim. Tolong lepas tag beta 🙏", target=t)
    t = _ch(c, "jyw-1", "facebook", "Bapa Yulius bersama Kepala Distrik Wamena di Honai Adat Wesaput 🔥 #KITORANG1", name="Drs. Yulius Wetipo")
    t["id"] = _post_id(c, "jyw-1", "yuliuswesaput")
    cn.add(A("jyw_distrik", note="tagged by the pair's page (of his clan); he then likes the post"), "facebook", "tagged", tp(2018, 5, 8, 19, 0),
           W("jyw_distrik", "facebook"), initiated_by={"id": c.cands["jyw-1"].handle("facebook"), "name": "Drs. Yulius Wetipo"}, target=t)
    cn.add(V("jyw_distrik", "interact", "jyw-1", "tag_then_engaged", action="like", lang="sys", note="tagged in the pair's post, he likes it"),
           "facebook", "reaction", tp(2018, 5, 8, 20, 5), W("jyw_distrik", "facebook"), target=t)
    grp = {"id": "wa-tim-maswarno-kapas", "name": "Tim Pemenangan Mas Warno Kapas"}
    cn.add(A("bjn_guru1", case="added_to_group", note="added by the team to an independent pair's group; she stays and never writes"), "whatsapp", "added_to_group",
           w(2018, 2, 20, 19, 0), W("bjn_guru1", "whatsapp"), initiated_by={"name": "Tim Mas Warno"}, group=grp)
    grp = {"id": "wa-relawan-lancar-mojoroto", "name": "Relawan LANCAR Mojoroto"}
    cn.add(A("kdr_guru2", case="added_to_group", note="added by the camat to a pair's volunteers' group; he leaves"), "whatsapp", "added_to_group",
           w(2018, 3, 13, 19, 0), W("kdr_guru2", "whatsapp"), initiated_by=_by(c, "kdr_camat"), group=grp,
           extra=[V("kdr_camat", "instruct", "kdr-1", "instruct_add_staff", by_actor=True, lang="sys", note="a camat adds a teacher to a pair's volunteers' group")])
    cn.add(N("neg_left_group", "the teacher says he is a civil servant and leaves", lang="jawa"), "whatsapp", "message", w(2018, 3, 13, 19, 20),
           W("kdr_guru2", "whatsapp"), "Nyuwun sewu Pak Camat, kulo guru PNS. Kulo medal rumiyin 🙏", group=grp)
    grp = {"id": "wa-tim-becik-semarapura", "name": "Tim BECIK Semarapura"}
    cn.add(A("klu_guru", case="added_to_group", note="added by a colleague to pair 1's team group (he bears pair 2's candidate's name); he leaves"), "whatsapp",
           "added_to_group", ta(2018, 2, 15, 19, 0), W("klu_guru", "whatsapp"), initiated_by=_by(c, "klu_guru3"), group=grp,
           extra=[V("klu_guru3", "instruct", "klu-1", "instruct_add_staff", by_actor=True, lang="sys", note="a teacher adds a colleague to a pair's team group")])
    cn.add(N("neg_left_group", "the namesake teacher explains and leaves", lang="bali"), "whatsapp", "message", ta(2018, 2, 15, 19, 20), W("klu_guru", "whatsapp"),
           "Ampura Pak Ketut, tiang guru PNS, ten dados. Tiang medal nggih 🙏", group=grp)
    grp = {"id": "wa-relawan-bapaagus-langgur", "name": "Relawan Bapa Agus Langgur"}
    cn.add(A("mtr_rs1", case="added_to_group", note="added by pair 2's volunteers to their group; she stays and never writes"), "whatsapp", "added_to_group",
           tp(2018, 3, 6, 19, 0), W("mtr_rs1", "whatsapp"), initiated_by={"name": "Relawan Bapa Agus"}, group=grp)
    grp = {"id": "wa-perempuan-cerah-sultra", "name": "Perempuan CERAH Sultra"}
    cn.add(A("stg_staf2", case="added_to_group", note="added to pair 1's women's volunteers' group by its admin; she stays silent"), "whatsapp", "added_to_group",
           ta(2018, 3, 8, 19, 0), W("stg_staf2", "whatsapp"), initiated_by={"name": "Admin Perempuan CERAH"}, group=grp)
    grp = {"id": "wa-tim-berkat-sungairaya", "name": "Tim BERKAT Sungai Raya"}
    cn.add(A("kkr_dukcapil", case="added_to_group", note="added by her camat to a pair's team group; she leaves"), "whatsapp", "added_to_group",
           w(2018, 3, 6, 19, 0), W("kkr_dukcapil", "whatsapp"), initiated_by=_by(c, "kkr_camat"), group=grp,
           extra=[V("kkr_camat", "instruct", "kkr-1", "instruct_add_staff", by_actor=True, lang="sys", note="a camat adds a population-data officer to a pair's team group")])
    cn.add(N("neg_left_group", "she says she is a civil servant and leaves", lang="pontianak"), "whatsapp", "message", w(2018, 3, 6, 19, 15),
           W("kkr_dukcapil", "whatsapp"), "Maaf Pak, saye ASN Dukcapil, ndak bisa ikut. Saye keluar ye 🙏", group=grp)

    # posts with captions and image text
    cn.add(V("kdr_guru", "photo", "jtm-1", "image_text", note="the pair's acronym, number and names exist only as text inside the picture"),
           "instagram", "post", w(2018, 4, 14, 20, 0), W("kdr_guru", "instagram"), "Ngopi sore nang Taman Brantas ☕",
           media=[img("Guru berdiri di depan panggung hiburan rakyat", text="GUYUB NOMOR 1\nCAK IMAM - MBAK RETNO")])
    cn.add(V("bjn_guru2", "gesture", "bjn-1", "gesture_caption", lang="jawa", note="only the image description shows the one-finger pose at the pair's billboard"),
           "instagram", "post", w(2018, 4, 22, 7, 0), W("bjn_guru2", "instagram"), "Isuk-isuk nang Kapas 🌄",
           media=[img("Guru berpose satu jari di depan baliho MATOH nomor 1 Bu Anis")])
    cn.add(V("kkr_staf", "gesture", "kkr-1", "gesture_caption", add_codes=["PP94-N2"], note="only the image description shows a uniformed clerk's one-finger pose"),
           "facebook", "post", w(2018, 5, 7, 8, 0), W("kkr_staf", "facebook"), "Apel pagi 🇮🇩",
           media=[img("Staf kecamatan berseragam mengacungkan satu jari di depan spanduk BERKAT nomor 1")])
    cn.add(R("rev_event_photo", "a religious officer greets a campaigning candidate after mass with the pair's banner in the courtyard, no sign: a rite or a photo "
             "with campaign props (SKB-D7)?", actor="skk_penyuluh", cand="skk-1"), "facebook", "post", ta(2018, 4, 1, 12, 0), W("skk_penyuluh", "facebook"),
           "Misa Paskah di Gereja St. Yosef Maumere 🙏", media=[img("Penyuluh agama bersalaman dengan Moan Yosef selepas misa; tampak spanduk TERANG di halaman gereja")])
    cn.add(R("rev_background", "a graduation photo with pair 1's billboard behind the pupils: incidental or a photo with campaign props?", actor="jtm_guru_kdr",
             cand="jtm-1", lang="jawa"), "facebook", "post", w(2018, 5, 5, 12, 0), W("jtm_guru_kdr", "facebook"), "Wisuda kelas XII SMAN 2 Kediri 🎓",
           media=[img("Siswa berfoto di halaman sekolah; di belakang tampak baliho GUYUB nomor 1")])
    cn.add(R("rev_gesture_family", "a one-finger pose in a family photo during the campaign: pair 1's number or a habit?", actor="mtr_guru", cand="mtr-1", lang="kei"),
           "facebook", "post", tp(2018, 5, 27, 19, 0), W("mtr_guru", "facebook"), "Sidi anak di Gereja Langgur 🥰",
           media=[img("Empat generasi keluarga berpose di tangga gereja, jari telunjuk teracung")])
    cn.add(N("neg_gesture", "a one-finger pose for a first prize in August, after the Pilkada and before any presidential pair was designated", lang="jawa"),
           "facebook", "post", w(2018, 8, 18, 17, 0), W("kdr_dishub", "facebook"), "Juara siji tarik tambang 17an 🏆",
           media=[img("Petugas berkaos olahraga mengacungkan satu jari sambil memegang piala")])

    # shares, roles, stage boundaries
    cn.add(V("mtr_rs2", "post", "mtr-1", "share", action="share", lang="kei"), "facebook", "share", tp(2018, 4, 2, 19, 0), W("mtr_rs2", "facebook"),
           target=_ch(c, "mtr-1", "facebook", "BAKUBAE nomor 1: air bersih par samua ohoi ☝️ #BAKUBAE1"))
    cn.add(V("stg_humas", "team", "stg-1", "team_member", add_codes=["UU10-70-1"],
             note="a provincial PR officer announces he works in a pair's media team"),
           "facebook", "post", ta(2018, 3, 12, 21, 0), W("stg_humas", "facebook"), "Alhamdulillah dipercaya bantu tim media Pak Hamzah, desain konten tiap malam 💻 #CERAH1")
    cn.add(V("kdr_guru", "post", "jtm-1", "stage_boundary_utc", lang="jawa",
             note="created_at 23:00Z on 11 Feb is 06:00 WIB on 12 Feb, designation day (D codes); the UTC date says 11 Feb"),
           "facebook", "post", w(2018, 2, 12, 6, 0), W("kdr_guru", "facebook"), "Dino iki Cak Imam ditetapke dadi calon. GUYUB ☝️", style="z")
    cn.add(V("mtr_dkp", "post", "mtr-1", "stage_boundary_wit", lang="kei",
             note="00:50 WIT on 12 Feb is 22:50 WIB on 11 Feb: still a bakal calon by the WIB date (E codes), though designation day locally"),
           "facebook", "post", tp(2018, 2, 12, 0, 50), W("mtr_dkp", "facebook"), "Su lewat tengah malam, tanggal 12 penetapan. Bapa Yan lolos to? BAKUBAE 💪")
    cn.add(V("plp_staf", "post", "plp-1", "stage_boundary_wita", lang="luwu",
             note="00:15 WITA on 12 Feb is 23:15 WIB on 11 Feb: still a bakal calon by the WIB date (E codes), though designation day locally"),
           "facebook", "post", ta(2018, 2, 12, 0, 15), W("plp_staf", "facebook"), "Tengah malam mi, hari penetapan. Puang Syamsul tinggal diumumkan, IDAMAN 💪")
    cn.add(V("bjn_tani", "post", "bjn-1", "post_support", add_codes=BOTH, lang="jawa",
             note="backs the Pilkada calon (D codes) and a presidential hopeful still a bakal calon (E codes added) in one post"),
           "facebook", "post", w(2018, 6, 2, 19, 0), W("bjn_tani", "facebook"), "MATOH kanggo Bojonegoro, 2019 Jenderal Hendra presiden ✌️ pokoke wong tani menang")

    # people of the registry who were not yet ASN in 2018
    cn.add(N("neg_not_yet_asn", "a PPPK teacher of the registry, appointed only in the 2020s: an honorary teacher's post in 2018", actor="klk_pppk"),
           "facebook", "post", ta(2018, 6, 20, 20, 0), W("klk_pppk", "facebook"), "KOMPAK nomor 1 ☝️ Puang Leman untuk Kolaka")

    # everyday posts and negatives
    for k, plat, when, text, case, note, lang in (
        ("jtm_kabid", "facebook", w(2018, 2, 14, 10, 0), "Dinas Pendidikan Jatim: guru SMA/SMK dilarang membawa urusan pilkada ke kelas 🙏", "neg_reminder",
         "the division head who liked pair 1's post relays his office's rule", "id"),
        ("jtm_bpbd", "facebook", w(2018, 3, 20, 8, 0), "Banjir surut di Kanor. Terima kasih relawan semua pihak, tanpa bendera 🙏", "neg_official_neutral", "disaster work", "id"),
        ("jtm_guru_kdr", "facebook", w(2018, 2, 25, 19, 0), "Guyub rukun karo wali murid, rapat komite lancar 👍", "neg_everyday_word",
         "'guyub' and 'lancar' about a school meeting; both are acronyms of pairs", "jawa"),
        ("kdr_kasi", "facebook", w(2018, 1, 28, 19, 0), "Jenengku Eko Prasetyo, kasi pemerintahan Mojoroto. Sing nyalon wakil bupati Bojonegoro iku wong liyo 😄", "neg_namesake",
         "the section head who bears the independent running mate's name", "jawa"),
        ("kdr_guru2", "facebook", w(2018, 3, 3, 19, 0), "Pilwali Kediri 2018: telung paslon, siji tujuan, Kediri sing luwih apik. Ayo nyoblos 27 Juni 🗳️", "neg_all_pairs",
         "a teacher names no pair and calls to vote", "jawa"),
        ("kdr_penyuluh", "facebook", w(2018, 6, 22, 13, 0), "Khutbah: jangan jual suara, jangan golput. Pilih dengan nurani 🤲", "neg_how_to_vote", "a sermon on voting", "id"),
        ("kdr_dishub", "facebook", w(2018, 6, 26, 7, 0), "Jalan Dhoho lancar, APK sudah bersih semua 🚦", "neg_everyday_word", "'lancar' (clear) about traffic on a quiet day", "id"),
        ("bjn_camat", "facebook", w(2018, 6, 27, 15, 0), "Camat Kapas memantau TPS di Desa Bendo, warga antusias 🗳️", "neg_election_work", "voting-day duty", "id"),
        ("bjn_korwil", "facebook", w(2018, 6, 30, 19, 0), "Pilkada wis rampung. Guru-guru bali mulang kanthi tentrem 🙏", "neg_everyday_word",
         "'tentrem' (at peace) after the vote from the coordinator who ordered teachers to a rally", "jawa"),
        ("bjn_staf", "facebook", w(2018, 2, 14, 20, 0), "Mas Warno oleh nomer 3. Aku Suwarno liyane, sing tugas nang kecamatan 😄", "neg_namesake",
         "the namesake clerk on the number draw", "jawa"),
        ("kkr_camat", "facebook", w(2018, 2, 13, 17, 0), "KPU Kubu Raya: nomor 1 Rizal–Yanti, nomor 2 Syarif Hamid–Ading. Kecamatan Sungai Raya siap amankan pilkada 🙏", "neg_news",
         "the number draw naming both pairs, from a camat who backs pair 1 in chats", "id"),
        ("kkr_guru", "facebook", w(2018, 5, 30, 19, 0), "Kame' Uray Nurhayati, bukan keluarge dekat calon mane pun ye. Uray tu banyak di Kubu Raya 😄", "neg_namesake",
         "a teacher with the title Uray (a DPRD candidate of 2019 bears it) states she is no kin of any candidate", "pontianak"),
        ("kkr_dkp", "facebook", w(2018, 3, 20, 9, 0), "Berkat kerja keras nelayan, hasil tangkapan Kuala Dua naik 🐟", "neg_everyday_word",
         "'berkat' (thanks to) about fishers; pair 1's acronym is BERKAT", "id"),
        ("stg_staf1", "facebook", ta(2018, 2, 1, 19, 0), "La Ode itu gelar, bukan marga. Di Sultra banyak La Ode, jangan semua dikira keluarga calon 😄", "neg_namesake",
         "the officer explains the title La Ode that candidates and ASN share", "buton"),
        ("stg_guru", "facebook", ta(2018, 6, 29, 19, 0), "Pobinci-binciki kuli: pilgub selesai, jangan saling sakiti 🙏", "neg_motto", "the Buton philosophy of empathy after the vote",
         "buton"),
        ("klk_camat", "facebook", ta(2018, 6, 25, 9, 0), "Masa tenang: Muspika Wundulako menertibkan APK kedua paslon bupati di jalan poros", "neg_election_work",
         "a camat on removing both pairs' props", "id"),
        ("klk_tani", "facebook", ta(2018, 1, 18, 19, 0), "Penyuluh itu harus kompak dengan petani, bukan dengan calon 😄", "neg_everyday_word",
         "'kompak' (close) in a remark on his work; pair 1's acronym is KOMPAK", "id"),
        ("skk_guru", "facebook", ta(2018, 3, 2, 19, 0), "Murid-murid tanya bupati yang baik itu siapa. Sa bilang: yang jujur, sapa pun dia 😄", "neg_joke", "a joke without a side", "sikka"),
        ("skk_guru2", "facebook", ta(2018, 5, 13, 19, 0), "Turut berduka cita atas wafatnya mama dari Moan Marsel. Tuhan beri kekuatan 🙏", "neg_condolence",
         "a teacher condoles an independent candidate's family", "sikka"),
        ("plp_lurah", "facebook", ta(2018, 5, 30, 19, 0), "Lurah Amassangan: semua paslon boleh sosialisasi di lapangan, kantor kelurahan bukan tempatnya 🙏", "neg_rule_quote",
         "a lurah states the rule (he readied his office for a candidate in May)", "id"),
        ("plp_guru", "facebook", ta(2018, 6, 28, 19, 0), "Siapa pun walikotanya, semoga gaji guru honor naik 😄", "neg_complaint", "a request to whoever wins", "luwu"),
        ("klu_guru", "facebook", ta(2018, 2, 13, 20, 0), "Nomor urut 2 nike calon Pak Wayan Sukerta sane dokter, ten tiang 😄 tiang guru SMP", "neg_namesake",
         "the teacher who bears pair 2's candidate's name on the number draw", "bali"),
        ("klu_staf2", "facebook", ta(2018, 3, 25, 19, 0), "Nyepi ring Nusa Penida, sepi tur becik 🙏", "neg_everyday_word", "'becik' (good) at Nyepi; pair 1's acronym is BECIK", "bali"),
        ("klu_kadis", "facebook", ta(2018, 6, 30, 10, 0), "Pilkada sampun puput. Ngiring sareng-sareng ngwangun pariwisata Klungkung 🙏", "neg_after_voting", "after the vote", "bali"),
        ("mtr_camat", "facebook", tp(2018, 6, 27, 15, 0), "Camat Kei Kecil pantau TPS di Ohoi Ngilngof, aman 🗳️", "neg_election_work", "voting-day duty", "id"),
        ("mtr_guru", "facebook", tp(2018, 3, 18, 19, 0), "Bakubae itu bukan cuma slogan, itu cara hidup orang Kei sejak dulu 🙏", "neg_everyday_word",
         "the word 'bakubae' (reconciliation) defended as a way of life; pair 1's acronym is BAKUBAE", "kei"),
        ("jyw_guru", "facebook", tp(2018, 4, 30, 19, 0), "Lokobal itu marga besar di Baliem. Sa guru, sa tra ikut tim siapa-siapa 🙏", "neg_namesake",
         "the teacher of pair 2's clan again", "papua"),
        ("jyw_tani", "facebook", tp(2018, 6, 28, 19, 0), "Pilkada su selesai, petani ubi tetap ke kebun 😄 sapa pun bupatinya", "neg_after_voting",
         "after the vote, from an officer who campaigned", "papua"),
        ("jyw_pkm", "facebook", tp(2018, 5, 18, 19, 0), "Tuhan pulihkan Bapa Yulius yang sedang dirawat, kitorang doakan 🙏", "neg_wellwish",
         "a get-well wish to the rival candidate in hospital; no call, no number", "id"),
        ("jyw_staf", "facebook", tp(2018, 2, 13, 19, 0), "Hasil undian: 1 Yulius–Ismail, 2 Marthen–Yance. Kitorang jaga Wamena damai 🙏", "neg_news",
         "the number draw naming both pairs", "papua"),
    ):
        cn.add(N(case, note, lang=lang), plat, "post", when, W(k, plat), text)

    # doubts for a person
    for k, cid, plat, when, text, case, note, lang in (
        ("kdr_guru3", "kdr-3", "whatsapp", w(2018, 4, 15, 20, 0), "Lilik Farida kancaku SMA, wong apik tenan 😊", "rev_personal_praise",
         "a teacher's WhatsApp status praises a campaigning running mate (Lilik, like herself) as an old school friend: a memory or support?", "jawa"),
        ("bjn_guru3", "bjn-1", "whatsapp", w(2018, 6, 25, 20, 0), "Rebo pilih sing matoh yo rek 😉", "rev_hint",
         "a quiet-day status with pair 1's acronym as a word from a teacher who objected to campaigning: an appeal or a saying?", "jawa"),
        ("kkr_guru2", "kkr-1", "facebook", w(2018, 6, 25, 19, 0), "Lusa ja' loppa, pelean se èkenal dâri Sungai Raya 😉", "rev_hint",
         "a quiet-day hint from a teacher who backed pair 1: an appeal or a generic remark?", "madura"),
        ("stg_guru", "stg-1", "facebook", ta(2018, 6, 26, 20, 0), "Semoga besok cuaca cerah, Sultra juga cerah 🌤️", "rev_slogan_echo",
         "on the last quiet day a teacher who backed pair 1 plays on its acronym CERAH: a hint or the weather?", "id"),
        ("plp_guru", "plp-1", "facebook", ta(2018, 6, 29, 10, 0), "Alhamdulillah, Palopo dapat pemimpin idaman 😍", "rev_after_vote",
         "after the vote a teacher who campaigned for pair 1 uses its acronym for the winner: a supporter's joy or a plain remark?", "id"),
    ):
        cn.add(R(case, note, actor=k, cand=cid, lang=lang), plat, "post", when, W(k, plat), text)
    cn.add(R("rev_identity", "an unlisted Facebook profile with the clerk's name posts for pair 1: his second account or a namesake (Suwarno is a common name)?",
             actor="bjn_staf", cand="bjn-1", lang="jawa"), "facebook", "post", w(2018, 5, 1, 20, 0),
           {"id": "1000" + f"{hnum('h11fakesuwarno', 10**11):011d}", "name": "Suwarno Kapas"}, "MATOH nomer 1, Kapas menang ☝️")
    cn.dump()


# ---------------------------------------------------------------------------------------------
# canonical lines of the Pemilu 2019 (Jul 2018 - Apr 2019)
# ---------------------------------------------------------------------------------------------
@section
def canonical_2019(c):
    cn = Canon(c, "canonical/activities_heldout11_pemilu2019.jsonl", "h11b")
    W = cn.who

    for k, cid, plat, when, case in (
        ("stg_rs", "p11-1", "instagram", ta(2018, 8, 15, 20, 0), "bakal_support"),
        ("klu_staf1", "dprd-klu3-pdip-1", "instagram", ta(2018, 8, 1, 20, 0), "bakal_support"),
        ("kdr_dishub", "p11-2", "tiktok", w(2018, 12, 1, 20, 0), "follow_candidate"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), plat, "follow", when, W(k, plat), target=_ch(c, cid, plat))
    for k, plat, when, h, n, case, note in (
        ("jtm_guru_bjn", "x", w(2018, 10, 2, 20, 0), "pijar_lampu_bjn", "Pijar Lampu Bojonegoro", "neg_everyday_follow", "a lighting shop named Pijar, not pair 1"),
        ("kdr_guru", "instagram", w(2018, 10, 3, 20, 0), "andal.travel.kediri", "Andal Travel Kediri", "neg_everyday_follow", "a travel agent named Andal, not pair 2"),
        ("stg_guru", "x", ta(2018, 9, 4, 9, 0), "kpu_sultra", "KPU Provinsi Sulawesi Tenggara", "neg_election_body", "following the election commission"),
        ("plp_guru2", "x", ta(2018, 9, 5, 9, 0), "bawaslu_palopo", "Bawaslu Kota Palopo", "neg_election_body", "following the election supervisor"),
        ("mtr_rs1", "instagram", tp(2018, 10, 6, 20, 0), "pijar.band.kei", "Pijar Band Kei", "neg_everyday_follow", "a band named Pijar, not pair 1"),
    ):
        cn.add(N(case, note, lang="sys"), plat, "follow", when, W(k, plat), target=tgt(h, n))
    for k, cid, gidn, when, case in (
        ("klk_staf", "p11-2", ("g-relawan-andal-kolaka", "Relawan ANDAL Kolaka"), ta(2018, 8, 12, 20, 0), "bakal_support"),
        ("mtr_staf", "dprd-mtr1-pdip-2", ("g-sahabat-bungocep", "Sahabat Bung Ocep Malra"), tp(2018, 10, 20, 20, 0), "join_group"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), "facebook", "join_group", when, W(k, "facebook"),
               group={"id": gidn[0], "name": gidn[1]})
    for k, gidn, when, case, note in (
        ("skk_guru2", ("g-pijar-pustaka-guru-sikka", "PIJAR - Pustaka Guru Sikka"), ta(2018, 10, 7, 20, 0), "neg_everyday_group",
         "a teachers' reading group named Pijar, not pair 1"),
        ("jyw_staf", ("g-andalan-wamena", "Andalan Wamena - Jual Beli"), tp(2018, 10, 8, 20, 0), "neg_everyday_group",
         "a buy-and-sell group named Andalan, close to pair 2's acronym"),
    ):
        cn.add(N(case, note, lang="sys"), "facebook", "join_group", when, W(k, "facebook"), group={"id": gidn[0], "name": gidn[1]})
    cn.add(V("jtm_bpbd", "interact", "p11-1", "like", action="like", lang="sys", note="the officer who campaigned against pair 2 likes pair 1's post"),
           "facebook", "reaction", w(2018, 11, 2, 20, 0), W("jtm_bpbd", "facebook"),
           target=_ch(c, "p11-1", "facebook", "Pak Darmawan di Surabaya: kampung tangguh bencana untuk Jawa Timur 🔥 #PIJAR01"))
    cn.add(N("neg_news", "liking the election commission's post naming both pairs", lang="sys"), "facebook", "reaction", w(2018, 9, 21, 20, 0),
           W("kdr_penyuluh", "facebook"), target=tgt("kpu.kotakediri", "KPU Kota Kediri", "Nomor urut capres: 01 Darmawan–Zubair, 02 Hendra–Ratna"))

    # tags and additions (alerts), with what follows
    t = _ch(c, "dpr-jtm9-dem-1", "facebook", "Mbah Har bersama guru-guru SMA Bojonegoro, ada Muhammad Syaifuddin 🙏 #MbahHar1", name="Drs. Hartono Sasmito")
    t["id"] = _post_id(c, "dpr-jtm9-dem-1", "mbahharguru")
    cn.add(A("jtm_guru_bjn", note="tagged by the DPR candidate's page; he then comments with the number"), "facebook", "tagged", w(2019, 2, 9, 19, 0),
           W("jtm_guru_bjn", "facebook"), initiated_by={"id": c.cands["dpr-jtm9-dem-1"].handle("facebook"), "name": "Drs. Hartono Sasmito"}, target=t)
    cn.add(V("jtm_guru_bjn", "interact", "dpr-jtm9-dem-1", "tag_then_engaged", action="comment", lang="jawa", note="tagged, he comments with the candidate's number"),
           "facebook", "comment", w(2019, 2, 9, 19, 30), W("jtm_guru_bjn", "facebook"), "Matur nuwun Mbah, nomer 1 Demokrat ☝️", target=t)
    t = _ch(c, "dpr-jtm9-dem-1", "facebook", "Mbah Har silaturahmi di Kecamatan Kapas, ditemani Suwarno 🙏 #MbahHar1", name="Drs. Hartono Sasmito")
    cn.add(A("bjn_staf", note="tagged by the DPR candidate's page (he bears a 2018 candidate's name); he asks for removal"), "facebook", "tagged", w(2019, 1, 20, 19, 0),
           W("bjn_staf", "facebook"), initiated_by={"id": c.cands["dpr-jtm9-dem-1"].handle("facebook"), "name": "Drs. Hartono Sasmito"}, target=t)
    cn.add(N("neg_untag", "he says he was only on duty and asks for removal", lang="jawa"), "facebook", "comment", w(2019, 1, 20, 19, 30), W("bjn_staf", "facebook"),
           "Nyuwun sewu Mbah, kulo namung tugas kantor. Tag-e dibusak nggih 🙏", target=t)
    t = _ch(c, "dprd-skk1-nas-1", "facebook", "Nong Paul bersama guru-guru SDI Kota Uneng, ada Ibu Yuliana Bunga 🙏 #NongPaul1", name="Paulus Nong Lawe")
    cn.add(A("skk_guru2", note="tagged by the DPRD candidate's page; no reaction"), "facebook", "tagged", ta(2019, 2, 14, 19, 0), W("skk_guru2", "facebook"),
           initiated_by={"id": c.cands["dprd-skk1-nas-1"].handle("facebook"), "name": "Paulus Nong Lawe"}, target=t)
    t = _ch(c, "dprd-plp2-ger-3", "facebook", "Kak Ikhsan di Amassangan bersama Pak Lurah Andi Baso 🙏 #KakIkhsan3", name="Muh. Ikhsan Tandiarru")
    cn.add(A("plp_lurah", note="tagged by the DPRD candidate's page; no reaction"), "facebook", "tagged", ta(2019, 3, 2, 19, 0), W("plp_lurah", "facebook"),
           initiated_by={"id": c.cands["dprd-plp2-ger-3"].handle("facebook"), "name": "Muh. Ikhsan Tandiarru"}, target=t)
    t = _ch(c, "dprd-klu3-pdip-1", "instagram", "Bli Tut bersama guru-guru Semarapura @luhsriani 🙏 #TutSuartika1", name="I Ketut Suartika")
    cn.add(A("klu_guru2", note="tagged by the DPRD candidate's account; she asks for removal"), "instagram", "tagged", ta(2019, 3, 9, 19, 0), W("klu_guru2", "instagram"),
           initiated_by={"handle": c.cands["dprd-klu3-pdip-1"].handle("instagram"), "name": "I Ketut Suartika"}, target=t)
    cn.add(N("neg_untag", "she asks to be untagged", lang="bali"), "instagram", "comment", ta(2019, 3, 9, 19, 30), W("klu_guru2", "instagram"),
           "Ampura Bli, tiang guru PNS. Tag-e apus nggih 🙏", target=t)
    grp = {"id": "wa-tim-bungocep-keikecil", "name": "Tim Bung Ocep Kei Kecil"}
    cn.add(A("mtr_sekcam", case="added_to_group", note="added by a clerk to a DPRD candidate's team group; she leaves"), "whatsapp", "added_to_group",
           tp(2018, 10, 21, 19, 0), W("mtr_sekcam", "whatsapp"), initiated_by=_by(c, "mtr_staf"), group=grp,
           extra=[V("mtr_staf", "instruct", "dprd-mtr1-pdip-2", "instruct_add_staff", by_actor=True, lang="sys",
                    note="a clerk adds his kecamatan's secretary to his clansman's team group")])
    cn.add(N("neg_left_group", "the secretary says she is a civil servant and leaves", lang="kei"), "whatsapp", "message", tp(2018, 10, 21, 19, 20),
           W("mtr_sekcam", "whatsapp"), "Frans, beta ASN. Beta kaluar dulu e 🙏", group=grp)
    grp = {"id": "wa-relawan-andal-wamena", "name": "Relawan ANDAL Wamena"}
    cn.add(A("jyw_sekdis", case="added_to_group", note="added by pair 2's volunteers to their group; she stays and never writes"), "whatsapp", "added_to_group",
           tp(2018, 12, 11, 19, 0), W("jyw_sekdis", "whatsapp"), initiated_by={"name": "Relawan ANDAL Baliem"}, group=grp)
    grp = {"id": "wa-relawan-pijar-mojoroto", "name": "Relawan PIJAR Mojoroto"}
    cn.add(A("kdr_staf2", case="added_to_group", note="added by her camat to pair 1's volunteers' group; she stays and never writes"), "whatsapp", "added_to_group",
           w(2018, 10, 10, 19, 0), W("kdr_staf2", "whatsapp"), initiated_by=_by(c, "kdr_camat"), group=grp,
           extra=[V("kdr_camat", "instruct", "p11-1", "instruct_add_staff", by_actor=True, lang="sys", note="a camat adds a clerk to a presidential pair's volunteers' group")])
    grp = {"id": "wa-sahabat-mbahhar-kapas", "name": "Sahabat Mbah Har Kapas"}
    cn.add(A("bjn_bpbd2", case="added_to_group", note="added by the candidate's volunteers; she joins in"), "whatsapp", "added_to_group", w(2018, 11, 3, 19, 0),
           W("bjn_bpbd2", "whatsapp"), initiated_by={"name": "Admin Sahabat Mbah Har"}, group=grp)
    cn.add(V("bjn_bpbd2", "post", "dpr-jtm9-dem-1", "added_then_engaged", in_group=True, lang="jawa", note="added to the group, she offers to hand out the candidate's calendars"),
           "whatsapp", "message", w(2018, 11, 3, 19, 40), W("bjn_bpbd2", "whatsapp"), "Siap, kalender Mbah Har tak dumke nang tonggo-tonggo 💪", group=grp)

    # captions, image text, a deleted post
    cn.add(V("jtm_guru_bjn", "photo", "p11-1", "image_text", note="the pair's number and names exist only as text inside the picture"),
           "facebook", "post", w(2019, 2, 2, 19, 0), W("jtm_guru_bjn", "facebook"), "Kelas XII persiapan UNBK 📚",
           media=[img("Guru dan siswa di kelas", text="PIJAR 01\nDARMAWAN - ZUBAIR")])
    cn.add(V("kdr_dishub", "gesture", "p11-2", "gesture_caption", add_codes=["PP94-N2"], note="only the image description shows a uniformed officer's V sign at pair 2's billboard"),
           "facebook", "post", w(2019, 3, 3, 7, 0), W("kdr_dishub", "facebook"), "Jaga lalin pagi 🚦",
           media=[img("Petugas Dishub berseragam mengacungkan dua jari di depan baliho ANDAL 02")])
    cn.add(R("rev_gesture_family", "a V sign in a New Year family photo during the presidential campaign: pair 2's number or peace?", actor="kkr_guru", cand="p11-2",
             lang="pontianak"), "facebook", "post", w(2019, 1, 1, 19, 0), W("kkr_guru", "facebook"), "Tahun baru bersame keluarge 🥰",
           media=[img("Keluarga besar berkumpul di ruang tamu, tiap orang membentuk huruf V dengan jari")])
    cn.add(R("rev_background", "an Independence Day photo with a presidential hopeful's billboard behind the pupils: incidental or a photo with campaign props?",
             actor="klk_guru", cand="p11-2"), "facebook", "post", ta(2018, 8, 17, 12, 0), W("klk_guru", "facebook"), "Upacara 17 Agustus di SDN 1 Wundulako 🇮🇩",
           media=[img("Murid-murid berbaris; di belakang tampak baliho bergambar Jenderal Hendra")])
    cn.add(N("neg_gesture", "a V sign for second place in a school contest", lang="kei"), "facebook", "post", tp(2018, 11, 24, 17, 0), W("mtr_guru", "facebook"),
           "Anak-anak juara dua lomba vokal grup ✌️🏆", media=[img("Murid SMP berpose dua jari memegang piala juara dua")])
    cn.add(V("skk_guru2", "post", "dprd-skk1-nas-1", "deleted_post", lang="sikka", note="deleted the next morning; the act stays on record"),
           "facebook", "post", ta(2019, 3, 20, 20, 0), W("skk_guru2", "facebook"), "Nong Paul nomor 1 NasDem, guru Kota Uneng dukung 🙏", deleted_at=ta(2019, 3, 21, 7, 0))

    # roles, stage boundaries
    cn.add(V("stg_staf3", "team", "dpr-stg-pan-1", "team_member", add_codes=["UU7-280-3"],
             note="a fisheries extension officer announces in his WhatsApp status that he coordinates a DPR candidate's volunteers"),
           "whatsapp", "post", ta(2018, 10, 15, 20, 0), W("stg_staf3", "whatsapp"), "Bismillah, dipercaya jadi koordinator relawan Bang Rusdin Kecamatan Poasia 💪")
    cn.add(V("bjn_pkm", "team", "dpr-jtm9-dem-1", "party_member", add_codes=["SKB-D5"], lang="jawa",
             note="a midwife announces her installation as a party officer and pledges to win for its DPR candidate"),
           "facebook", "post", w(2018, 10, 28, 20, 0), W("bjn_pkm", "facebook"), "Alhamdulillah dilantik dadi pengurus PAC Demokrat Kapas. Siap menangke Mbah Har ☝️")
    cn.add(V("kdr_staf1", "post", "p11-1", "stage_boundary_utc",
             note="created_at 23:30Z on 19 Sep is 06:30 WIB on 20 Sep, designation day (D codes); the UTC date says 19 Sep"),
           "facebook", "post", w(2018, 9, 20, 6, 30), W("kdr_staf1", "facebook"), "Hari ini Pak Darmawan resmi ditetapkan KPU, PIJAR 🔥", style="z")
    cn.add(V("plp_staf", "post", "dprd-plp2-ger-3", "stage_boundary_wita", lang="luwu",
             note="00:20 WITA on 20 Sep is 23:20 WIB on 19 Sep: still a bakal calon by the WIB date (E codes), though DCT day locally"),
           "facebook", "post", ta(2018, 9, 20, 0, 20), W("plp_staf", "facebook"), "Begadang tunggu pengumuman DCT, Kak Ikhsan insyaallah aman mi 💪")
    cn.add(V("jyw_staf", "post", "dprd-jyw1-gol-1", "stage_boundary_wit", lang="papua",
             note="01:40 WIT on 20 Sep is 23:40 WIB on 19 Sep: still a bakal calon by the WIB date (E codes), though DCT day locally"),
           "facebook", "post", tp(2018, 9, 20, 1, 40), W("jyw_staf", "facebook"), "Tanggal 20 su masuk, DCT keluar hari ini, nama Bapa Natan pasti ada ☝️")

    # people of the registry who were not yet ASN in 2019
    cn.add(N("neg_not_yet_asn", "a PPPK teacher of the registry, appointed only in the 2020s: not an ASN's post in 2019", actor="jyw_pppk", lang="papua"),
           "facebook", "post", tp(2019, 3, 20, 20, 0), W("jyw_pppk", "facebook"), "ANDAL 02 untuk Papua ✌️ kitorang guru honor dukung")
    cn.add(N("neg_not_yet_asn", "a PPPK teacher of the registry, an honorary teacher in 2019", actor="bjn_pppk", lang="jawa"),
           "facebook", "post", w(2019, 4, 1, 20, 0), W("bjn_pppk", "facebook"), "Mbah Har nomer 1 Demokrat, guru honor Kalianyar siap ☝️")

    # everyday posts and negatives
    for k, plat, when, text, case, note, lang in (
        ("jtm_kabid", "facebook", w(2018, 9, 24, 10, 0), "Kampanye Pemilu 2019 dimulai. Sekolah bukan tempat kampanye, guru dan siswa dilindungi dari politik praktis 🙏",
         "neg_rule_quote", "a division head states the rule", "id"),
        ("jtm_bpbd", "facebook", w(2019, 4, 18, 9, 0), "Pemilu usai, BPBD Jatim kembali fokus siaga banjir 🙏", "neg_after_voting", "after the vote", "id"),
        ("jtm_guru_kdr", "facebook", w(2018, 12, 20, 19, 0), "Selamat Hari Ibu untuk Bu Ratna dan semua ibu hebat Indonesia 🌷", "neg_wellwish",
         "a Mother's Day greeting naming a running mate among 'all mothers'", "id"),
        ("kdr_camat", "facebook", w(2019, 4, 17, 15, 0), "Camat Mojoroto memantau penghitungan suara di TPS 5 Bandar Lor 🗳️", "neg_election_work", "voting-day duty", "id"),
        ("kdr_kasi", "facebook", w(2019, 2, 1, 9, 0), "Bimtek KPPS Kecamatan Mojoroto: lima kotak suara, lima warna surat suara 🗳️", "neg_how_to_vote", "how to vote", "id"),
        ("kdr_lurah", "facebook", w(2019, 4, 16, 8, 0), "Masa tenang: Satlinmas Bandar Lor membersihkan APK semua caleg dan capres 🙏", "neg_election_work", "quiet-day duty", "id"),
        ("kdr_guru2", "facebook", w(2019, 4, 19, 19, 0), "Selamat Mas Dwi sing kepilih DPRD. Kulo Dwi Kurniawan guru SD, tetep mulang 😄", "neg_namesake",
         "the namesake teacher after the vote", "jawa"),
        ("bjn_mts", "facebook", w(2018, 10, 5, 19, 0), "Kajian Muslimat: pemilu itu amanah, jangan golput, jangan fitnah 🤲", "neg_reminder", "a religious reminder", "id"),
        ("bjn_tani", "facebook", w(2019, 1, 15, 16, 0), "Harga gabah turun, sopo wae sing dadi presiden tulung petani dipikirke 🙏", "neg_complaint", "a plea to whoever wins", "jawa"),
        ("bjn_korwil", "facebook", w(2019, 4, 10, 19, 0), "Guru-guru, ajari murid bedane Pilpres, Pileg lan DPD. Sinau demokrasi 📚", "neg_how_to_vote", "a civics note", "jawa"),
        ("kkr_dkp", "facebook", w(2018, 11, 1, 19, 0), "Nelayan tanya, presiden mane yang peduli laut? Dua-duanya janji, kite tunggu bukti 😄", "neg_all_pairs",
         "both pairs, without a side", "pontianak"),
        ("kkr_satpol", "facebook", w(2019, 4, 14, 9, 0), "Satpol PP Kubu Raya menertibkan APK di masa tenang 💪", "neg_election_work", "quiet-day duty", "id"),
        ("kkr_guru", "facebook", w(2019, 3, 10, 19, 0), "Uray Noor calon DPRD tu bukan keluarge dekat kame'. Uray memang banyak 😄", "neg_namesake",
         "the teacher with the title Uray, again", "pontianak"),
        ("stg_staf1", "facebook", ta(2019, 4, 19, 19, 0), "Selamat untuk Bang La Ode Rusdin yang terpilih. Saya La Ode Rusdin yang lain, tetap di PPS Kendari 😄", "neg_namesake",
         "the namesake officer after the vote", "id"),
        ("stg_humas", "facebook", ta(2018, 12, 5, 10, 0), "Biro Adpim: hoaks soal kedua paslon presiden beredar, cek dulu sebelum share 🙏", "neg_reminder", "an anti-hoax notice", "id"),
        ("klk_camat", "facebook", ta(2019, 4, 13, 9, 0), "Rakor pengamanan pemilu bersama Panwascam dan Polsek Wundulako 👮", "neg_election_work", "security duty", "id"),
        ("klk_staf", "facebook", ta(2018, 9, 1, 19, 0), "Nama saya Hendra Gunawan ya, bukan Jenderal Hendra 😄", "neg_namesake",
         "a clerk who shares the presidential hopeful's first name (he backs him elsewhere) jokes about it", "id"),
        ("skk_camat", "facebook", ta(2018, 9, 21, 16, 0), "Undian nomor capres: 01 Darmawan–Zubair, 02 Hendra–Ratna. Kecamatan Alok siap sukseskan pemilu 🙏", "neg_news",
         "the number draw naming both pairs", "id"),
        ("skk_penyuluh", "facebook", ta(2019, 4, 14, 9, 0), "Masa tenang: umat diajak berdoa untuk pemilu damai 🙏", "neg_reminder", "a quiet-day prayer", "id"),
        ("skk_dispar", "facebook", ta(2019, 1, 25, 19, 0), "Ximenes itu marga besar di Sikka. Sa tidak ikut tim caleg mana pun 🙏", "neg_namesake",
         "an officer of a candidate's clan states neutrality", "sikka"),
        ("plp_guru2", "facebook", ta(2018, 9, 28, 19, 0), "Pilpres 2019: ajari anak-anak hormati pilihan orang lain 🙏", "neg_reminder", "a teacher's reminder", "id"),
        ("plp_kominfo", "facebook", ta(2019, 4, 15, 9, 0), "Masa tenang, kolom komentar akun pemkot dinonaktifkan sementara.", "neg_election_work", "a quiet-day measure", "id"),
        ("klu_guru", "facebook", ta(2018, 9, 22, 19, 0), "Rahajeng Galungan, semeton. Pemilu boleh beda, nyama braya tetap becik 🙏", "neg_everyday_word",
         "'becik' (good) in a holiday greeting", "bali"),
        ("klu_guru3", "whatsapp", ta(2019, 1, 12, 19, 0), "Tiang Ketut Sudarsana, sanes Bli Tut Suartika sane caleg nggih 😄 Ketut akeh ring Bali", "neg_namesake",
         "a teacher who shares the birth-order name Ketut with a DPRD candidate (and campaigns for him elsewhere) says he is not him", "bali"),
        ("klu_camat", "facebook", ta(2019, 4, 17, 15, 0), "Distribusi logistik pemilu ke Nusa Penida lancar walau gelombang tinggi 🚤", "neg_election_work", "election logistics", "id"),
        ("mtr_camat", "facebook", tp(2018, 10, 2, 9, 0), "Yosef Ngabalin caleg? Ngabalin itu fam besar di Kei, camat tetap layani semua 🙏", "neg_namesake",
         "a camat on a candidate's clan name", "kei"),
        ("mtr_dkp", "facebook", tp(2019, 3, 25, 19, 0), "Bapa Hendra atau Bapa Darmawan, nelayan Kei tunggu harga BBM stabil 😄", "neg_all_pairs", "both pairs, a plea", "kei"),
        ("mtr_rs2", "facebook", tp(2019, 4, 17, 15, 0), "Jaga IGD di hari pemilu, coblos pagi-pagi 💉", "neg_after_voting", "voting day", "kei"),
        ("jyw_distrik", "facebook", tp(2018, 9, 25, 9, 0), "Distrik Wamena dukung pemilu damai: ASN dilarang kampanye, sesuai UU 7/2017 Pasal 280 🙏", "neg_rule_quote",
         "the district head (who ordered canvassing in 2018) quotes the law", "id"),
        ("jyw_tani", "facebook", tp(2019, 2, 14, 19, 0), "Mama Ece itu DPD Maluku, bukan Papua 😄 jang salah kirim", "neg_question",
         "a remark about a candidate of another province", "papua"),
        ("jyw_pkm", "facebook", tp(2019, 1, 10, 19, 0), "Turut berduka atas wafatnya ayahanda Jenderal Hendra 🙏", "neg_condolence", "a condolence to a candidate's family", "id"),
    ):
        cn.add(N(case, note, lang=lang), plat, "post", when, W(k, plat), text)

    # doubts for a person
    for k, cid, plat, when, text, case, note, lang in (
        ("jtm_guru_kdr", "p11-1", "facebook", w(2019, 4, 15, 20, 0), "Indonesia butuh pemimpin yang mijarke dalan peteng 🔥", "rev_slogan_echo",
         "a quiet-day line on 'lighting the dark road' with a torch emoji from a teacher who backed pair 1 (PIJAR, glow): a hint or a saying?", "jawa"),
        ("kkr_dkp", "p11-2", "facebook", w(2019, 4, 16, 20, 0), "Pilih yang andal jage laut kite 😉", "rev_hint",
         "a quiet-day 'choose the reliable one' with pair 2's acronym from an officer who backed it: an appeal or a remark?", "pontianak"),
        ("klk_staf", "p11-2", "facebook", ta(2019, 4, 19, 19, 0), "Alhamdulillah, keringat relawan Wundulako terbayar 💪", "rev_after_vote",
         "after the count 'the volunteers' sweat paid off' from a clerk who joined pair 2's volunteers: campaign work (SKB-D10) or a supporter's joy?", "id"),
        ("mtr_rs2", "p11-2", "facebook", tp(2018, 10, 30, 19, 0), "Jenderal Hendra dulu pernah tugas di Tual, orang baik 🙏", "rev_personal_praise",
         "a nurse who backed pair 2 recalls the candidate's service in Tual: a memory or support?", "kei"),
        ("jyw_distrik", "dprd-jyw1-gol-1", "facebook", tp(2019, 3, 18, 19, 0), "Bibit kopi dari Bapa Natan su tumbuh di kebun warga 🌱", "rev_program_praise",
         "a district head relays a campaigning DPRD candidate's seedlings at work: a report or promotion?", "papua"),
    ):
        cn.add(R(case, note, actor=k, cand=cid, lang=lang), plat, "post", when, W(k, plat), text)
    cn.add(R("rev_identity", "an unlisted X account with the officer's name posts for the DPR candidate: his second account or someone else (La Ode Rusdin is also the "
             "candidate's name)?", actor="stg_staf1", cand="dpr-stg-pan-1"), "x", "post", ta(2019, 4, 2, 20, 0), {"handle": "laode_rusdin_pps", "name": "La Ode Rusdin"},
           "Nomor 1 PAN, Bang Rusdin untuk nelayan Sultra 💪")
    cn.add(R("rev_identity", "an unlisted TikTok handle close to the traffic officer's posts for pair 2: a second account?", actor="kdr_dishub", cand="p11-2",
             lang="slang"), "tiktok", "post", w(2019, 3, 20, 20, 0), {"handle": "wahyu.dishub_", "name": "Wahyu Dishub"}, "02 ANDAL, petugas lalin juga punya pilihan ✌️")
    cn.dump()


# ---------------------------------------------------------------------------------------------
# screenshots (OCR), written only if Pillow is importable
# ---------------------------------------------------------------------------------------------
@section
def screenshots(c):
    png_shot(c, "screenshots/ss_grup_bidang_tangkap_dkp.png",
             ["Bidang Tangkap DKP Sultra", "Pak Kadis: rekap NIK nelayan", "penerima bantuan untuk tim Pak Hamzah", "03/03/18 07.30"],
             R("rev_screenshot", "a picture of an office chat passed around: origin, date and context cannot be verified", actor="stg_kadis", cand="stg-1"),
             ta(2018, 3, 3, 7, 30))
    png_shot(c, "screenshots/ss_status_wa_ance.png",
             ["Status", "Ance Kantor Camat", "Kumpul KTP untuk Moan Marsel di sini", "Kemarin 20.41"],
             R("rev_screenshot", "an image of a vanished WhatsApp status under a saved contact name: who made it cannot be checked", actor="skk_staf2", cand="skk-3"),
             ta(2017, 11, 25, 20, 41))
    png_shot(c, "screenshots/ss_kpu_jatim_penetapan.png",
             ["KPU Provinsi Jawa Timur", "Penetapan Pasangan Calon", "Gubernur dan Wakil Gubernur 2018", "12 Februari 2018"],
             N("neg_news", "a notice of the election commission"), w(2018, 2, 12, 15, 0))
    png_shot(c, "screenshots/ss_komentar_fb_andal.png",
             ["Facebook - Komentar", "Agus P.: ANDAL 02, BPBD siap", "Suka  Balas  3 Maret 2019"],
             R("rev_screenshot", "a comment shown under a shortened name that resembles a disaster officer's", actor="bjn_bpbd", cand="p11-2"), w(2019, 3, 3, 20, 0))
    png_shot(c, "screenshots/ss_poster_guru_kapas.png",
             ["GURU GUGUS KAPAS", "DUKUNG MAS WARNO", "NOMOR 3 PERSEORANGAN", "Sulastri - Yasin - dan 14 guru lainnya"],
             R("rev_screenshot", "a poster listing teachers by first name only: whether the listed names are these ASN and consented cannot be checked",
               actor="bjn_guru1", cand="bjn-3"), w(2018, 4, 10, 20, 0))
