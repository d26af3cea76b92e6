"""heldout9, part 1: Facebook Graph feeds, CrowdTangle CSV, X API v2, Instagram Graph, TikTok Research and YouTube
commentThreads (see _heldout9.py)."""
from __future__ import annotations

from _corpus import WIB, WIT, WITA, A, Ct, Fb, Ig, N, R, Tt, V, X, Yt, fb_person, tt_comments, yt_channel
from _heldout9_base import page_id, section, ta, tp, w


def _own(note="posted by the candidate's own page", lang="id"):
    return N("neg_candidate_own", note, lang=lang)


# ---------------------------------------------------------------------------------------------
# Facebook Graph API (page and group feeds)
# ---------------------------------------------------------------------------------------------
@section
def facebook(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person

    # 1. the page of Jambi governor pair 1, NIAN (Graph v2.4, 2015; the page is in WIB)
    pid = c.cands["jmb-1"].handle("facebook")
    fb = Fb(c, "facebook/page_nasrulanwar_nian_feed.json", pid, version="v2.4")
    page = {"name": "Nasrullah Idris - Anwar Nawawi", "id": pid}
    p = fb.post(w(2015, 7, 26, 10, 0), "Bismillah, hari ini Nasrul–Anwar mendaftar ke KPU Provinsi Jambi. Mohon doa sanak sedulur. Jambi Elok NIAN! 🤲 #NIAN1",
                page, _own())
    fb.comment(p, w(2015, 7, 26, 10, 40), "Mantap nian Bang Nasrul! Kami di dinas siap bantu kenalkan NIAN sampai ke dusun-dusun 💪", u("jmb_kasi"),
               V("jmb_kasi", "interact", "jmb-1", "bakal_support", action="comment", lang="jambi",
                 note="a section head of the education office offers to promote a bakal calon on registration day (E codes)"))
    fb.comment(p, w(2015, 7, 26, 11, 5), "Semoga amanah bang, jangan lupo kampung kami di Tebo", P("Udin Muara Tebo"), N(lang="jambi"))
    fb.comment(p, w(2015, 7, 26, 12, 20), "Pak, kapan jadwal debat kandidat? Kami penyuluh nak tau program pertanian masing-masing calon", u("jmb_tani"),
               R("rev_question_on_page", "an extension officer asks a neutral question on a bakal calon's page: a question or engagement with his "
                 "account (SKB-E4)?", actor="jmb_tani", cand="jmb-1", lang="jambi"))
    fb.react(p, u("jmb_humas"), V("jmb_humas", "interact", "jmb-1", "bakal_support", action="like", lang="sys",
                                  note="a press officer of the governor's office likes a bakal calon's registration post (E4)"))
    fb.react(p, u("jmb_staf2"), V("jmb_staf2", "interact", "jmb-1", "bakal_support", action="like", lang="sys"))
    p = fb.post(w(2015, 8, 24, 14, 0), "Alhamdulillah, KPU Provinsi Jambi menetapkan Nasrul–Anwar sebagai pasangan calon. Terima kasih doanya 🙏", page, _own())
    fb.comment(p, w(2015, 8, 24, 14, 30), "Selamat Bang! Guru-guru SMA di Batanghari siap menangkan NIAN ☝️", u("jmb_guru"),
               V("jmb_guru", "interact", "jmb-1", "comment_support", action="comment", note="designation day in WIB: D codes"))
    fb.react(p, u("jmb_rs"), V("jmb_rs", "interact", "jmb-1", "like", action="like", lang="sys"), kind="LOVE")
    p = fb.post(w(2015, 8, 26, 11, 0), "Nomor urut 1! Jambi Elok NIAN ☝️ #NIAN1", page, _own())
    fb.comment(p, w(2015, 8, 26, 11, 30), "Satu untuk Jambi!", P("Rina Kota Baru"), N())
    fb.comment(p, w(2015, 8, 26, 12, 10), "Pak, jalan di depan kantor kami rusak nian. Siapo pun yang menang, tolong diperhatikan 🙏", u("jmb_satpol"),
               N("neg_everyday_word", "'nian' (very) in a request to whoever wins; pair 1's acronym is NIAN", lang="jambi"))
    p = fb.post(w(2015, 10, 20, 16, 0), "Dialog dengan petani sawit di Muaro Jambi, didampingi Herlina Sitompul dan para penyuluh 🌴 #NIAN1", page, _own(),
                photo={"description": "Nasrullah Idris berbincang dengan petani di kebun sawit"},
                tags=[(u("jmb_tani"), A("jmb_tani", note="tagged by the pair's page as if she campaigned; she asks to be untagged"))])
    fb.comment(p, w(2015, 10, 20, 17, 10), "Terima kasih Pak, tapi saya hadir sebagai penyuluh dinas, bukan tim. Mohon tag saya dihapus 🙏", u("jmb_tani"),
               N("neg_untag", "the extension officer rejects the tag"))
    fb.comment(p, w(2015, 10, 20, 17, 40), "Harga TBS anjlok pak, tolong nian", P("Pak Samsul Sengeti"), N(lang="jambi"))
    p = fb.post(w(2015, 11, 15, 19, 0), "Kampanye dialogis di Sarolangun: sekolah gratis sampai SMA untuk anak Jambi ☝️", page, _own())
    fb.comment(p, w(2015, 11, 15, 19, 40), "Luar biasa Bang, NIAN pasti menang! ☝️☝️", u("jmb_kasi"),
               V("jmb_kasi", "interact", "jmb-1", "comment_support", action="comment"))
    fb.comment(p, w(2015, 11, 15, 20, 5), "Pegawai dinas kok komen di halaman calon? 🤔", P("Warga Pal Merah"), N())
    p = fb.post(w(2015, 12, 5, 20, 0), "Hari terakhir kampanye. Terima kasih rakyat Jambi atas sambutan hangatnya 🙏", page, _own())
    fb.comment(p, w(2015, 12, 6, 0, 15), "Tanggal 9 jangan lupo coblos nomor 1 yo kawan-kawan ☝️", u("jmb_humas"),
               V("jmb_humas", "interact", "jmb-1", "stage_quiet", action="comment", lang="jambi", note="00:15 WIB on 6 Dec, the first quiet day"))
    p = fb.post(w(2015, 12, 10, 10, 0), "Terima kasih atas kepercayaan masyarakat Jambi. Mari bersatu kembali membangun Jambi.", page, _own())
    fb.comment(p, w(2015, 12, 10, 10, 40), "Selamat Bang, semoga amanah. Jambi tetap satu 🙏", u("jmb_guru"),
               N("neg_after_voting", "a plain congratulation after the vote"))
    fb.comment(p, w(2015, 12, 10, 11, 0), "Kerja keras kito idak sia-sia, NIAN menang! 💪", u("jmb_kasi"),
               R("rev_after_vote", "'our hard work paid off' after the vote: a sign that he worked in the winning team (SKB-D10) or a supporter's joy?",
                 actor="jmb_kasi", cand="jmb-1", lang="jambi"))
    fb.dump()

    # 2. the press page of the Kalimantan Selatan government (WITA); the sitting vice governor runs as kls-1
    hid = c.inst["humas_kls"]["handle"]
    fb = Fb(c, "facebook/page_humas_kalsel_feed.json", hid, version="v2.4")
    page = {"name": "Humas Pemprov Kalsel", "id": hid}
    p = fb.post(ta(2015, 7, 10, 10, 0), "Wakil Gubernur Kalimantan Selatan H. Gusti Rahmadi meresmikan jembatan penghubung dua desa di Kabupaten Tapin.", page,
                N("neg_incumbent_official", "the vice governor's official act before registration, relayed without campaign content"))
    fb.comment(p, ta(2015, 7, 10, 11, 0), "Alhamdulillah jembatan tuntung jua, terima kasih Pa Wagub 🙏", u("kls_staf1"),
               N("neg_incumbent_official", "thanks for an official act", lang="banjar"))
    p = fb.post(ta(2015, 8, 3, 9, 0), "Sosialisasi netralitas ASN pada Pilkada Serentak 2015 bagi pejabat eselon III dan IV lingkup Pemprov Kalsel.", page,
                N("neg_reminder", "a neutrality briefing"))
    fb.comment(p, ta(2015, 8, 3, 9, 40), "Siap, ASN wajib netral 👍", u("kls_hut"), N("neg_reminder", "agrees with the reminder"))
    p = fb.post(ta(2015, 10, 10, 16, 0), "Kunjungan calon gubernur nomor 1 H. Gusti Rahmadi ke pasar terapung Lok Baintan. Kalsel Waja Sampai Kaputing! ☝️", page,
                V("inst:humas_kls", "inst", "kls-1", "inst_account", lang="banjar",
                  note="the government's press page shows a campaigning candidate with his slogan and number"),
                photo={"description": "Calon gubernur menyapa pedagang di atas jukung"})
    fb.comment(p, ta(2015, 10, 10, 16, 30), "Mohon maaf, unggahan ini keliru dan sedang kami tinjau 🙏", u("kls_humas"),
               N("neg_objection", "the press officer distances the office from the post"))
    fb.comment(p, ta(2015, 10, 10, 16, 45), "Akun pemerintah kok kampanye, pian? 🤔", P("Acil Pasar Lok Baintan"), N(lang="banjar"))
    fb.react(p, u("kls_staf1"), V("kls_staf1", "interact", "kls-1", "like", action="like", lang="sys",
                                  note="likes the government page's campaign post for pair 1"))
    p = fb.post(ta(2015, 11, 12, 8, 0), "Selamat Hari Kesehatan Nasional! Waja sampai kaputing melayani masyarakat sampai ke pelosok Banua 💪", page,
                N("neg_motto", "the province's motto Waja Sampai Kaputing in a health-day greeting, with no name or number; pair 1's slogan carries it",
                  lang="banjar"))
    fb.comment(p, ta(2015, 11, 12, 9, 0), "Semangat tenaga kesehatan 🙏", P("Galuh Banjarbaru"), N())
    fb.post(ta(2015, 12, 7, 9, 0), "Masa tenang: Pemprov Kalsel mengimbau seluruh ASN tidak mengunggah konten kampanye dan tetap melayani masyarakat.", page,
            N("neg_reminder", "a quiet-day notice"))
    p = fb.post(ta(2015, 12, 12, 10, 0), "Pemprov Kalsel mengapresiasi pelaksanaan Pilkada 9 Desember yang aman dan lancar di seluruh kabupaten/kota.", page,
                N("neg_after_voting", "after the vote"))
    fb.comment(p, ta(2015, 12, 12, 11, 0), "Harat banar bubuhan KPPS, pilkada lancar 👏", u("kls_staf1"),
               N("neg_everyday_word", "'harat' (great) praising poll workers after the vote; pair 2's acronym is HARAT", lang="banjar"))
    fb.dump()

    # 3. the page of Kecamatan Pulau Laut Utara, Kotabaru (WITA)
    kid = c.inst["kec_plu"]["handle"]
    fb = Fb(c, "facebook/page_kecamatan_pulaulaututara_feed.json", kid, version="v2.4")
    page = {"name": "Kecamatan Pulau Laut Utara", "id": kid}
    fb.post(ta(2015, 6, 5, 9, 0), "Pelayanan perekaman KTP-el keliling di Desa Semayap hari Sabtu, bawa kartu keluarga ya.", page,
            N("neg_official_neutral", "KTP in the everyday sense"))
    fb.post(ta(2015, 6, 20, 10, 0), "Pengumuman KPU: verifikasi faktual dukungan calon perseorangan oleh PPS dimulai 23 Juni. Warga yang didatangi petugas mohon memberi keterangan yang benar.",
            page, N("neg_election_notice", "the kecamatan relays an election-body notice about independents' support"))
    fb.post(ta(2015, 7, 19, 8, 0), "Sa-ijaan! Gotong royong membersihkan Pasar Kotabaru bersama warga dan Satpol PP 🧹", page,
            N("neg_motto", "Kotabaru's motto Sa-ijaan (of one heart) in a clean-up; pair 1's slogan is Kotabaru Sa-ijaan", lang="banjar"))
    p = fb.post(ta(2015, 9, 29, 19, 0), "Silaturahmi calon bupati nomor 1 H. Syarifuddin Noor bersama ketua RT se-Kecamatan Pulau Laut Utara. Kotabaru Sa-ijaan! ☝️",
                page, V("inst:kec_plu", "inst", "ktb-1", "inst_account", note="the kecamatan's page presents a candidate's meeting with its slogan and number"))
    fb.comment(p, ta(2015, 9, 29, 19, 30), "Ini hanya dokumentasi kegiatan warga 🙏", u("ktb_camat"), N("neg_deflect", "the camat defends the post; the post is the act"))
    fb.comment(p, ta(2015, 9, 29, 19, 50), "Mantap Pak Udin! Sa-ijaan kita ☝️", u("ktb_staf"),
               V("ktb_staf", "interact", "ktb-1", "comment_support", action="comment", lang="banjar"))
    fb.react(p, u("ktb_guru1"), V("ktb_guru1", "interact", "ktb-1", "like", action="like", lang="sys"))
    fb.post(ta(2015, 10, 12, 9, 0), "Jadwal rapat umum di Lapangan Siring Laut: paslon 1 tanggal 20 Nov, paslon 2 tanggal 24 Nov, paslon 3 tanggal 28 Nov.", page,
            N("neg_news", "a schedule naming every pair"))
    p = fb.post(ta(2015, 11, 25, 9, 0), "Posyandu lansia di Kelurahan Baharu, pemeriksaan tensi gratis 👵", page, N("neg_official_neutral", "a health service"))
    fb.comment(p, ta(2015, 11, 25, 10, 0), "Terima kasih bubuhan kecamatan 🙏 mama ulun sudah periksa", u("ktb_guru2"),
               N("neg_namesake", "a neutral comment by a teacher named Fauzan Noor, like governor candidate kls-2", lang="banjar"))
    fb.post(ta(2015, 12, 7, 8, 0), "Masa tenang: Satpol PP kecamatan menertibkan alat peraga kampanye di jalan-jalan utama.", page,
            N("neg_official_neutral", "quiet-day work"))
    p = fb.post(ta(2015, 12, 10, 9, 0), "Terima kasih warga Pulau Laut Utara, pilkada berjalan aman 🙏", page, N("neg_after_voting", "after the vote"))
    fb.comment(p, ta(2015, 12, 10, 9, 30), "Aman, mantap", P("Julak Udin Baharu"), N(lang="banjar"))
    fb.dump()

    # 4. the Facebook group of Sigi teachers (WITA)
    gid = page_id("grup_forumgurusigi")
    fb = Fb(c, "facebook/group_forum_guru_sigi_feed.json", gid, endpoint="feed", version="v2.5")
    fb.post(ta(2015, 8, 3, 19, 0), "Banyak yang kira sa keluarga Pak Taufan Bahar, padahal cuma nama sama. Tabe, sa guru, bukan tim 😅", u("sgi_guru2"),
            N("neg_namesake", "a teacher who shares candidate sgi-1's first name", lang="kaili"))
    fb.post(ta(2015, 8, 10, 20, 0), "Tabe bapak ibu guru, besok rapat KKG di SDN Kalukubula jam 9 e 🙏", u("sgi_guru1"),
            N("neg_everyday_word", "'tabe' (excuse me), the everyday greeting; pair 1's acronym is TABE", lang="kaili"))
    p = fb.post(ta(2015, 8, 18, 19, 0), "Bapak ibu, sudah tau siapa-siapa bakal calon bupati Sigi?", P("Guru Honor Biromaru"), N(lang="kaili"))
    fb.comment(p, ta(2015, 8, 18, 19, 30), "Ibu dokter Rosma mo maju, sa dukung sekali! Perempuan Sigi bisa 💪", u("sgi_guru1"),
               V("sgi_guru1", "interact", "sgi-2", "bakal_support", action="comment", lang="kaili", note="support for a bakal calon six days before designation"))
    fb.comment(p, ta(2015, 8, 18, 20, 0), "Torang guru jangan dulu bicara dukung-dukung, belum juga ditetapkan KPU 🙏", u("stg_guru"),
               N("neg_reminder", "a provincial teacher reminds the group", lang="kaili"))
    fb.post(ta(2015, 10, 2, 19, 0), "Pak Taufan itu orang baik, tapi sa pilih sesuai hati. TABE semua 😊", u("sgi_guru2"),
            R("rev_hint", "the namesake teacher praises candidate sgi-1 and signs off with the pair's acronym: a greeting or a hint (SKB-D2)?",
              actor="sgi_guru2", cand="sgi-1", lang="kaili"))
    p = fb.post(ta(2015, 10, 15, 19, 0), "Honorer boleh ikut kampanye kah?", P("Guru Honor Biromaru"), N("neg_question", "a question", lang="kaili"))
    fb.comment(p, ta(2015, 10, 15, 19, 30), "Honorer sebaiknya juga netral. ASN jelas dilarang, ada surat edaran MenPAN tahun ini 🙏", u("sgi_guru2"),
               N("neg_rule_quote", "cites the circular"))
    p = fb.post(ta(2015, 10, 28, 20, 0), "Ikut pengajian ibu-ibu di Dolo, ibu dokter Rosma juga datang. Semoga Sigi sehat sejahtera ✌️", u("sgi_guru1"),
                V("sgi_guru1", "post", "sgi-2", "post_support", lang="kaili", note="the pair's slogan and number with the candidate present"))
    fb.react(p, u("sgi_camat"), V("sgi_camat", "interact", "sgi-2", "like", action="like", lang="sys"))
    p = fb.post(ta(2015, 10, 30, 19, 0), "Foto bersama Pak Karim di Biromaru, ada juga Abdul Gafar dan teman-teman penyuluh ✊ #KarimFrans3", P("Relawan Karim Frans"),
                N(lang="kaili"), tags=[(u("sgi_tani"), A("sgi_tani", note="tagged by a volunteer in a campaign photo; he asks to be untagged"))])
    fb.comment(p, ta(2015, 10, 30, 19, 40), "Sa cuma lewat, tolong jangan tag sa e 🙏", u("sgi_tani"), N("neg_untag", "he rejects the tag", lang="kaili"))
    fb.post(ta(2015, 11, 20, 18, 0), "Panen jagung di Marawola, alhamdulillah 🌽", u("sgi_tani"), N("neg_personal", "a harvest"))
    fb.post(ta(2015, 12, 5, 21, 0), "Besok masa tenang. Mari torang jaga Sigi tetap damai, nosarara nosabatutu 🙏", u("sgi_guru2"),
            N("neg_motto", "the province's motto Nosarara Nosabatutu; governor pair 1's slogan is Sulteng Nosarara", lang="kaili"))
    fb.post(ta(2015, 12, 9, 13, 0), "Sudah coblos, jari ungu 💜", u("sgi_guru1"), N("neg_after_voting", "voting day"))
    fb.dump()

    # 5. the page of Tomohon pair 2 (WITA)
    pid = c.cands["tmh-2"].handle("facebook")
    fb = Fb(c, "facebook/page_arnoldmeiske_tomohon_feed.json", pid, version="v2.4")
    page = {"name": "Arnold Wenas - Meiske Rumengan", "id": pid}
    p = fb.post(ta(2015, 7, 27, 11, 0), "Puji Tuhan, torang resmi mendaftar ke KPU Kota Tomohon. Tomohon Kota Bunga Maju! 🌺 #ArnoldMeiske2", page, _own(lang="manado"))
    fb.comment(p, ta(2015, 7, 27, 11, 30), "Sukses Om! Torang fam Wenas pasti dukung 💪", u("tmh_guru2"),
               V("tmh_guru2", "interact", "tmh-2", "bakal_support", action="comment", lang="manado", note="a teacher sharing the bakal calon's clan name backs him (E codes)"))
    fb.comment(p, ta(2015, 7, 27, 12, 0), "Pakatuan wo pakalawiren 🙏", P("Oma Nel Kakaskasen"), N(lang="manado"))
    fb.react(p, u("tmh_camat"), V("tmh_camat", "interact", "tmh-2", "bakal_support", action="like", lang="sys"))
    p = fb.post(ta(2015, 8, 24, 15, 0), "Ditetapkan KPU sebagai pasangan calon. Terima kasih samua 🙏", page, _own(lang="manado"))
    fb.comment(p, ta(2015, 8, 24, 15, 30), "Selamat Om Arnold, Kakaskasen siap ✌️", u("tmh_lurah"),
               V("tmh_lurah", "interact", "tmh-2", "comment_support", action="comment", lang="manado"))
    p = fb.post(ta(2015, 9, 10, 18, 0), "Kampanye dialogis di Kakaskasen bersama Deysi Pangemanan dan guru-guru 🌺 #ArnoldMeiske2", page, _own(lang="manado"),
                photo={"description": "Calon wali kota berdialog dengan guru-guru di aula"},
                tags=[(u("tmh_guru1"), A("tmh_guru1", note="tagged by pair 2's page; she says she only attended a school event and asks for removal"))])
    fb.comment(p, ta(2015, 9, 10, 18, 40), "Om, kita cuma hadir di acara sekolah, nyanda iko kampanye. Tolong hapus tag jo 🙏", u("tmh_guru1"),
               N("neg_untag", "she rejects the tag", lang="manado"))
    p = fb.post(ta(2015, 10, 2, 10, 0), "Tomohon International Flower Festival: torang bangga jadi kota bunga 🌺", page, _own(lang="manado"))
    fb.comment(p, ta(2015, 10, 2, 10, 30), "TIFF memang top, turis banyak", P("Noni Matani"), N(lang="manado"))
    p = fb.post(ta(2015, 11, 20, 19, 0), "Debat kandidat malam ini, nomor 2 siap! ✌️", page, _own(lang="manado"))
    fb.comment(p, ta(2015, 11, 20, 19, 30), "Om Arnold paling top, nomor 2 jo ✌️", u("tmh_staf1"),
               V("tmh_staf1", "interact", "tmh-2", "comment_support", action="comment", lang="manado"))
    fb.comment(p, ta(2015, 11, 20, 19, 45), "So pasti om 😁", u("tmh_guru2"),
               R("rev_bare_reply", "a bare 'surely, om' under the pair's debate post: agreement with the pair's call (SKB-D6) or small talk?",
                 actor="tmh_guru2", cand="tmh-2", lang="manado"))
    p = fb.post(ta(2015, 12, 6, 7, 0), "Masa tenang. Terima kasih relawan di samua kelurahan 🙏", page, _own(lang="manado"))
    fb.comment(p, ta(2015, 12, 6, 8, 0), "Tanggal 9 nomor 2 ✌️", u("tmh_staf1"),
               V("tmh_staf1", "interact", "tmh-2", "stage_quiet", action="comment", note="a quiet-day call for the pair's number"))
    p = fb.post(ta(2015, 12, 10, 10, 0), "Terima kasih warga Tomohon. Selamat kepada Om Jefry dan Tante Sintje.", page, _own(lang="manado"))
    fb.comment(p, ta(2015, 12, 10, 10, 40), "Tomohon tetap satu, torang dukung wali kota baru 🙏", u("tmh_lurah"), N("neg_after_voting", "after the vote", lang="manado"))
    fb.dump()

    # 6. a Dobo residents' group, Kepulauan Aru (WIT)
    gid = page_id("grup_infowargadobo")
    fb = Fb(c, "facebook/group_info_warga_dobo_feed.json", gid, version="v2.5")
    p = fb.post(tp(2015, 7, 20, 19, 0), "Sapa saja bakal calon bupati Aru tahun ini?", P("Nona Dobo"), N(lang="ambon"))
    fb.comment(p, tp(2015, 7, 20, 19, 30), "Bung Benny Labok tu beta pu om, mar beta guru, seng bisa ikut-ikut 🙏", u("aru_guru2"),
               N("neg_namesake", "a teacher who shares pair 3's running mate's clan name declines to take part", lang="ambon"))
    fb.comment(p, tp(2015, 7, 20, 19, 50), "Om Yance pasti maju, beta dukung par Aru maju! 💪", u("aru_staf"),
               V("aru_staf", "interact", "aru-2", "bakal_support", action="comment", lang="ambon"))
    fb.post(tp(2015, 8, 2, 17, 0), "Panen mutiara di Longgar bagus tahun ini, harga naik 🦪", u("aru_dkp"),
            N("neg_everyday_word", "pearl farming; pair 2's slogan is Aru Mutiara Timur", lang="ambon"))
    p = fb.post(tp(2015, 8, 30, 19, 0), "Om Yance nomor 2, marga Ubyaan satu hati ✌️", u("aru_guru1"),
                V("aru_guru1", "post", "aru-2", "post_support", lang="ambon", note="a teacher who shares the candidate's clan name backs him"))
    fb.comment(p, tp(2015, 8, 30, 19, 30), "Ibu guru jang kampanye e 🙏", P("Bung Eki Dobo"), N(lang="ambon"))
    fb.comment(p, tp(2015, 8, 30, 19, 50), "Beta cuma bilang isi hati 😅", u("aru_guru1"), N("neg_deflect", "she downplays it; the post stays", lang="ambon"))
    fb.post(tp(2015, 9, 15, 9, 0), "Pengumuman: rapat koordinasi pengamanan Pilkada di kantor kecamatan hari Senin jam 10.", u("aru_camat"),
            N("neg_official_neutral", "election logistics"))
    p = fb.post(tp(2015, 10, 20, 20, 0), "Om Hasan Siarukin tu katong pu keluarga. Aru Bangkit ☝️", u("aru_dkp"),
                V("aru_dkp", "post", "aru-1", "post_support", lang="ambon", note="an officer who shares the running mate's clan name backs pair 1"))
    p = fb.post(tp(2015, 11, 1, 19, 0), "Foto kampanye Ibu Fatma di Benjina, ada Yusuf Sarkol deng teman-teman kecamatan 😁 #FatmaBenny3", P("Relawan Fatma Benny"),
                N(lang="ambon"), tags=[(u("aru_staf"), A("aru_staf", note="tagged in pair 3's campaign photo by a volunteer; he explains he was on duty"))])
    fb.comment(p, tp(2015, 11, 1, 19, 40), "Beta cuma antar surat dinas di sana, jang salah paham 🙏", u("aru_staf"), N("neg_deflect", "he explains", lang="ambon"))
    fb.post(tp(2015, 12, 7, 9, 0), "Masa tenang basudara, jang saling hujat di grup 🙏", u("aru_guru2"), N("neg_reminder", "a quiet-day reminder", lang="ambon"))
    fb.post(tp(2015, 12, 10, 9, 0), "Selamat par bupati baru, Aru tetap basudara", P("Nona Dobo"), N(lang="ambon"))
    fb.dump()

    # 7. the page of Raja Ampat pair 2, MANIS (WIT)
    pid = c.cands["raj-2"].handle("facebook")
    fb = Fb(c, "facebook/page_manis_rajaampat_feed.json", pid, version="v2.4")
    page = {"name": "Marthen Wanma - Nisar Umka", "id": pid}
    p = fb.post(tp(2015, 7, 28, 11, 0), "Torang su daftar di KPU Raja Ampat. Raja Ampat MANIS! 🏝️ #MANIS2", page, _own(lang="papua"))
    fb.comment(p, tp(2015, 7, 28, 11, 40), "Mantap Bapa Marthen, torang di Dinas Pariwisata siap kawal 💪", u("raj_staf1"),
               V("raj_staf1", "interact", "raj-2", "bakal_support", action="comment", lang="papua"))
    fb.comment(p, tp(2015, 7, 28, 12, 0), "Kopi manis pagi-pagi, sukses bapa 😊", u("raj_pkm"),
               R("rev_slogan_echo", "a nurse wishes the bakal calon success with the word 'manis' (sweet), the pair's acronym: a pleasantry or support (SKB-E4)?",
                 actor="raj_pkm", cand="raj-2", lang="papua"))
    p = fb.post(tp(2015, 8, 25, 11, 0), "Nomor urut 2! Raja Ampat MANIS ✌️", page, _own(lang="papua"))
    fb.comment(p, tp(2015, 8, 25, 11, 30), "Nomor 2 MANIS ✌️ guru-guru Waisai dukung", u("raj_guru"),
               V("raj_guru", "interact", "raj-2", "comment_support", action="comment", lang="papua",
                 note="a teacher who shares pair 3's clan name backs pair 2"))
    fb.react(p, u("raj_distrik"), V("raj_distrik", "interact", "raj-2", "like", action="like", lang="sys"))
    p = fb.post(tp(2015, 10, 3, 16, 0), "Festival Bahari bersama Hengky Sauyai dan para pemandu wisata 🐠 #MANIS2", page, _own(lang="papua"),
                photo={"description": "Calon bupati berfoto dengan pemandu wisata di dermaga"},
                tags=[(u("raj_staf1"), A("raj_staf1", note="tagged by the pair's page; he answers with the pair's number"))])
    fb.comment(p, tp(2015, 10, 3, 16, 30), "Siap bapa, MANIS sampe menang ✌️", u("raj_staf1"),
               V("raj_staf1", "interact", "raj-2", "tag_then_engaged", action="comment", lang="papua"))
    p = fb.post(tp(2015, 11, 15, 18, 0), "Bapa Marthen menyapa nelayan Misool 🐟 #MANIS2", page, _own(lang="papua"))
    fb.comment(p, tp(2015, 11, 15, 18, 30), "Nelayan Misool tunggu janji bapa", P("Pace Lukas Misool"), N(lang="papua"))
    fb.comment(p, tp(2015, 11, 15, 19, 0), "Bapa, nelayan butuh cold storage. Siapa saja yang menang tolong perhatikan 🙏", u("raj_dkp"),
               N("neg_question", "a request to whoever wins", lang="papua"))
    p = fb.post(tp(2015, 12, 10, 10, 0), "Terima kasih masyarakat Raja Ampat.", page, _own(lang="papua"))
    fb.comment(p, tp(2015, 12, 10, 10, 30), "Tuhan berkati Raja Ampat 🙏", u("raj_pkm"), N("neg_after_voting", "after the vote"))
    fb.dump()

    # 8. a Facebook group of Bima teachers (2023-24, WITA)
    gid = page_id("grup_gurubimabersatu")
    fb = Fb(c, "facebook/group_guru_bima_bersatu_feed.json", gid, version="v18.0")
    p = fb.post(ta(2023, 9, 20, 20, 0), "Bang Saleh maju lagi di dapil Sape-Lambu. Nahu dukung, dou Mbojo harus kompak! 💪 #BangSaleh2", u("bma_guru2"),
                V("bma_guru2", "post", "dprd-bma5-ppp-2", "bakal_support", lang="bima", note="a teacher backs a legislative bakal calon before the DCT (E codes)"))
    fb.comment(p, ta(2023, 9, 20, 20, 30), "Maja labo dahu pak guru, ingat kita ASN 🙏", u("bma_guru1"),
               N("neg_reminder", "a colleague reminds him with the Bima motto (shame and fear)", lang="bima"))
    fb.react(p, u("bma_pppk"), V("bma_pppk", "interact", "dprd-bma5-ppp-2", "bakal_support", action="like", lang="sys"))
    fb.post(ta(2023, 10, 15, 19, 0), "Info: Maja Labo Dahu Expo UMKM di Lapangan Serasuba minggu depan, ayo ramaikan", P("Admin Guru Bima"),
            N("neg_motto", "Bima's motto in an expo; DPD candidate dpd-ntb-17's surname is Maja", lang="bima"))
    p = fb.post(ta(2023, 11, 20, 20, 0), "Pilih presiden yang peduli guru PPPK. Nomor 2, Indonesia RASA Adil ✌️ #RASA02", u("bma_pppk"),
                V("bma_pppk", "post", "p9-2", "post_support", note="a PPPK teacher calls for a presidential pair"))
    fb.comment(p, ta(2023, 11, 20, 20, 30), "Bu, PPPK juga ASN lho, tidak boleh 😅", u("bma_guru1"), N("neg_reminder", "a colleague reminds her"))
    fb.comment(p, ta(2023, 11, 20, 20, 50), "Iya bu, maaf, nanti sa hapus", u("bma_pppk"), N("neg_withdrawn", "she promises to delete; the post is the act"))
    fb.post(ta(2023, 12, 10, 8, 0), "Rasa kopi Tambora memang beda ☕", u("bma_guru1"), N("neg_everyday_word", "'rasa' (taste); pair 2's acronym is RASA"))
    p = fb.post(ta(2024, 1, 5, 19, 0), "Kunjungan Bang Rahman calon DPD ke Sape. NTB butuh senator yang paham guru. Nomor 17! #BangRahman17", u("bma_guru2"),
                V("bma_guru2", "post", "dpd-ntb-17", "post_support"))
    fb.comment(p, ta(2024, 1, 5, 19, 30), "Bang Rahman Maja, keluarga Maja memang orang baik 😁", u("bma_pkm"),
               R("rev_personal_praise", "a nurse praises the DPD candidate's family under a campaign post: a personal remark or support (SKB-D6)?",
                 actor="bma_pkm", cand="dpd-ntb-17", lang="bima"))
    fb.post(ta(2024, 1, 25, 7, 0), "Kalembo ade bapak ibu guru, tetap semangat mengajar 🙏", u("bma_camat"),
            N("neg_everyday_word", "'kalembo ade' (be strong), an everyday Bima encouragement", lang="bima"))
    p = fb.post(ta(2024, 1, 28, 19, 0), "Kampanye Pak Syam di Lambu bersama Abdul Majid dan warga ☝️ #PakSyam1", P("Tim Pak Syam Lambu"), N(lang="bima"),
                tags=[(u("bma_guru2"), A("bma_guru2", note="tagged in another candidate's campaign photo; he asks for removal"))])
    fb.comment(p, ta(2024, 1, 28, 19, 30), "Saya hadir di acara warga, bukan kampanye. Mohon tag dihapus 🙏", u("bma_guru2"), N("neg_untag", "he rejects the tag"))
    fb.post(ta(2024, 2, 12, 20, 0), "Masa tenang, tapi ingat: Bang Saleh nomor 2 PPP 😉", u("bma_guru2"),
            V("bma_guru2", "post", "dprd-bma5-ppp-2", "stage_quiet", note="a quiet-day call for a legislative candidate"))
    fb.post(ta(2024, 2, 15, 9, 0), "Alhamdulillah pemilu di Sape aman. Siapa pun yang duduk, ingat guru honor 🙏", u("bma_guru1"), N("neg_after_voting", "after the vote"))
    fb.dump()

    # 9. the page of Balikpapan DPRD candidate Bu Rina (Golkar, dapil 6; WITA)
    pid = c.cands["dprd-bpn6-gol-2"].handle("facebook")
    fb = Fb(c, "facebook/page_burina_balikpapan_feed.json", pid, version="v18.0")
    page = {"name": "Rina Marlina Tanjung", "id": pid}
    p = fb.post(ta(2023, 10, 15, 10, 0), "Bismillah, saya maju lagi untuk DPRD Kota Balikpapan dapil Balikpapan Selatan, nomor urut 2 Partai Golkar. Mohon doa 🙏 #BuRina2",
                page, _own("posted by the candidate's own page"))
    fb.comment(p, ta(2023, 10, 15, 10, 30), "Wah kita sama-sama Bu Rina 😄 semangat ya Bu", u("bpn_guru1"),
               R("rev_namesake_cheer", "a teacher also called Bu Rina cheers the bakal calon on her page: a namesake's joke or support (SKB-E4)?",
                 actor="bpn_guru1", cand="dprd-bpn6-gol-2"))
    fb.react(p, u("bpn_dishub"), V("bpn_dishub", "interact", "dprd-bpn6-gol-2", "bakal_support", action="like", lang="sys"))
    p = fb.post(ta(2023, 12, 10, 16, 0), "Reses bersama warga RT 27 Sepinggan, mendengar keluhan drainase.", page, _own())
    fb.comment(p, ta(2023, 12, 10, 16, 30), "Bu Rina nomor 2 Golkar, warga Sepinggan dukung 💪", u("bpn_dishub"),
               V("bpn_dishub", "interact", "dprd-bpn6-gol-2", "comment_support", action="comment"))
    fb.comment(p, ta(2023, 12, 10, 17, 0), "Drainase di gang kami juga bu, tiap hujan banjir", P("Warga Sepinggan Baru"), N())
    p = fb.post(ta(2024, 1, 8, 8, 0), "Senam sehat bersama warga Balikpapan Selatan, bersama Samsul Bahri dan bapak ibu semua 💪 #BuRina2", page, _own(),
                tags=[(u("bpn_dishub"), A("bpn_dishub", note="tagged by the candidate's page; he then likes the post"))])
    fb.react(p, u("bpn_dishub"), V("bpn_dishub", "interact", "dprd-bpn6-gol-2", "tag_then_engaged", action="like", lang="sys"), when=ta(2024, 1, 8, 9, 0))
    p = fb.post(ta(2024, 2, 11, 0, 20), "Masa tenang. Terima kasih relawan yang sudah berjuang 🙏", page, _own())
    fb.comment(p, ta(2024, 2, 11, 7, 0), "Semoga sukses bu, sampai jumpa di TPS 😊", u("bpn_guru1"),
               R("rev_polite_reply", "the namesake teacher wishes the candidate success on a quiet day: courtesy or support (SKB-D6)?",
                 actor="bpn_guru1", cand="dprd-bpn6-gol-2"))
    p = fb.post(ta(2024, 2, 20, 10, 0), "Terima kasih warga Balikpapan Selatan atas kepercayaannya.", page, _own())
    fb.comment(p, ta(2024, 2, 20, 10, 30), "Selamat bu, kerja keras kita berhasil!", u("bpn_dishub"),
               R("rev_after_vote", "'our hard work paid off' after the vote from an officer who liked and commented during the campaign: team work "
                 "(UU7-280-3) or a supporter's joy?", actor="bpn_dishub", cand="dprd-bpn6-gol-2"))
    fb.dump()

    # 10. the page of Kapanewon Sewon, Bantul (2023-24, WIB)
    kid = c.inst["kap_swn"]["handle"]
    fb = Fb(c, "facebook/page_kapanewon_sewon_feed.json", kid, version="v18.0")
    page = {"name": "Kapanewon Sewon", "id": kid}
    fb.post(w(2023, 9, 1, 9, 0), "Pelayanan KTP-el di Kalurahan Bangunharjo setiap Selasa dan Kamis.", page, N("neg_official_neutral", "KTP in the everyday sense"))
    fb.post(w(2023, 10, 20, 9, 0), "Sarasehan Projotamansari: gotong royong menjaga lingkungan Sewon tetap ijo royo-royo 🌳", page,
            N("neg_motto", "Bantul's motto Projotamansari in a civic event", lang="jawa"))
    p = fb.post(w(2023, 10, 25, 19, 0), "Silaturahmi Gus Kholis bersama para dukuh se-Kapanewon Sewon. Monggo didukung! #GusKholis3", page,
                V("inst:kap_swn", "inst", "dprd-diy3-pkb-3", "inst_account", lang="jawa",
                  note="the kapanewon's page promotes a legislative bakal calon before the DCT (E codes)"))
    fb.comment(p, w(2023, 10, 25, 19, 30), "Niki namung dokumentasi kegiatan, nggih", u("btl_panewu"), N("neg_deflect", "the panewu defends the post", lang="jawa"))
    fb.comment(p, w(2023, 10, 25, 19, 45), "Gus Kholis mantep, nomer 3 PKB 👍", u("btl_staf"),
               V("btl_staf", "interact", "dprd-diy3-pkb-3", "bakal_support", action="comment", lang="jawa"))
    fb.react(p, u("btl_tani"), V("btl_tani", "interact", "dprd-diy3-pkb-3", "bakal_support", action="like", lang="sys"))
    fb.post(w(2023, 12, 12, 9, 0), "Bimtek KPPS se-Kapanewon Sewon untuk Pemilu 14 Februari 2024.", page, N("neg_official_neutral", "election logistics"))
    p = fb.post(w(2024, 1, 5, 18, 0), "Nobar debat capres di Pendopo Kapanewon malam ini. Kenali ketiga paslon sebelum memilih!", page,
                N("neg_all_pairs", "an invitation to watch a debate of every pair"))
    fb.comment(p, w(2024, 1, 5, 18, 30), "Matur nuwun, dadi ngerti visi misi kabeh calon", u("btl_guru"), N("neg_all_pairs", "a thanks, no side", lang="jawa"))
    p = fb.post(w(2024, 1, 30, 9, 0), "Panewu bersama petani Pendowoharjo panen raya padi 🌾", page, N("neg_official_neutral", "routine news"))
    fb.comment(p, w(2024, 1, 30, 9, 30), "Halo Pak Panewu, panen tahun iki apik 🌾", u("btl_tani"),
               N("neg_everyday_word", "'halo' as a greeting; presidential pair 1's acronym is HALO", lang="jawa"))
    fb.post(w(2024, 2, 15, 9, 0), "Matur nuwun warga Sewon, pemilu berjalan aman lan lancar 🙏", page, N("neg_after_voting", "after the vote", lang="jawa"))
    fb.dump()


# ---------------------------------------------------------------------------------------------
# CrowdTangle historical data (WIB pages of 2015, WITA pages of 2015, WIB pages of 2023-24)
# ---------------------------------------------------------------------------------------------
@section
def crowdtangle(c):
    def inst_page(k, cat, desc, created, followers):
        r = c.inst[k]
        return (r["nama_akun"], "", r["handle"], cat, desc, created, followers)

    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)

    pages = {
        "hj": inst_page("humas_jmb", "Government Organization", "Biro Humas dan Protokol Setda Provinsi Jambi", "2012-03-01 09:00:00", 18400),
        "pb": inst_page("kec_pbk", "Government Organization", "Kecamatan Pesisir Bukit, Kota Sungai Penuh", "2014-02-11 10:00:00", 2100),
        "ad": asn_page("spn_guru1", "Teacher", "Guru SMP di Sungai Penuh", "2012-08-15 19:00:00", 940),
        "rn": asn_page("spn_pkm", "Personal Blog", "Perawat, Sungai Penuh", "2013-03-03 08:00:00", 780),
        "jn": asn_page("jmb_satpol", "Personal Blog", "Satpol PP Provinsi Jambi", "2013-09-09 09:00:00", 650),
        "je": ("Jambi Ekspres Online", "jambiekspresonline", page_id("jambiekspres"), "Media/News Company", "Berita Jambi hari ini",
               "2011-01-09 08:00:00", 88200),
    }
    ct = Ct(c, "crowdtangle/pages_jambi_sungaipenuh_2015.csv", WIB, pages)
    ct.row("hj", w(2015, 7, 3, 9, 0), "Photo", "Gubernur membuka Pekan Raya Sepucuk Jambi Sembilan Lurah di Kota Jambi.",
           N("neg_motto", "the province's motto Sepucuk Jambi Sembilan Lurah in an official event; pair 2's slogan is Sepucuk Jambi Bangkit"))
    ct.row("hj", w(2015, 9, 2, 10, 0), "Photo", "Rapat koordinasi percepatan pembangunan jalan provinsi.",
           V("inst:humas_jmb", "inst", "jmb-2", "image_text", note="the pair's slogan, names and number exist only as text inside the government page's picture"),
           image_text="SEPUCUK JAMBI BANGKIT\nCOBLOS NO. 2 HENDRA - ZUBAIDAH")
    ct.row("hj", w(2015, 12, 7, 9, 0), "Status", "Masa tenang: ASN Pemprov Jambi diminta menahan diri dari unggahan politik dan tetap melayani masyarakat.",
           N("neg_reminder", "a quiet-day reminder"))
    ct.row("pb", w(2015, 7, 20, 10, 0), "Photo", "Rapat adat para depati ninik mamak Pesisir Bukit membahas persiapan kenduri sko.",
           N("neg_everyday_word", "'depati', the Kerinci customary title; candidate spn-1's alias is Depati Asril", lang="kerinci"))
    ct.row("pb", w(2015, 8, 10, 19, 0), "Status", "Bakal calon wali kota Depati Asril bersilaturahmi dengan warga Pesisir Bukit. Sungai Penuh Sakti Bersatu!",
           V("inst:kec_pbk", "inst", "spn-1", "inst_account", lang="kerinci", note="the kecamatan's page carries a bakal calon's slogan before designation (E codes)"))
    ct.row("pb", w(2015, 9, 30, 9, 0), "Status", "Jadwal kampanye rapat umum ketiga pasangan calon di Lapangan Merdeka Sungai Penuh, mohon warga menjaga ketertiban.",
           N("neg_news", "a schedule naming every pair"))
    ct.row("ad", w(2015, 8, 18, 20, 0), "Status", "Namo akau Arman Depati, bukan keluarga calon wali kota yo. Depati tu gelar adat, banyak di Kincai 😄",
           N("neg_namesake", "a teacher whose name carries the customary title in candidate spn-1's alias", lang="kerinci"))
    ct.row("ad", w(2015, 10, 20, 20, 0), "Status", "Bang Rio anak mudo, Kincai Maju! Nomor 3 🤟", V("spn_guru1", "post", "spn-3", "post_support", lang="kerinci"))
    ct.row("ad", w(2015, 12, 10, 19, 0), "Status", "Pilkada lah selesai, mari uhang kito rukun baliek 🙏", N("neg_after_voting", "after the vote", lang="kerinci"))
    ct.row("rn", w(2015, 8, 25, 20, 0), "Photo", "Foto bersama Umi Nur usai pengundian nomor ✌️", V("spn_pkm", "photo", "spn-2", "photo_caption",
           note="a nurse posts a photo with the candidate and her number after the draw"))
    ct.row("rn", w(2015, 11, 15, 20, 0), "Status", "Perawat tugasnyo merawat, bukan kampanye 😄", N("neg_personal", "a joke with no side", lang="kerinci"))
    ct.row("jn", w(2015, 11, 28, 8, 0), "Photo", "Apel gelar pasukan pengamanan kampanye bersama Polda Jambi.", N("neg_official_neutral", "security duty"))
    ct.row("jn", w(2015, 12, 1, 20, 0), "Status", "Jambi elok nian kalau pemimpinnyo Bang Nasrul ☝️", V("jmb_satpol", "post", "jmb-1", "post_support", lang="jambi"))
    ct.row("je", w(2015, 8, 25, 15, 0), "Link", "KPU Jambi undi nomor urut: Nasrul–Anwar nomor 1, Hendra–Zubaidah nomor 2.", N("neg_news", "a news page"),
           link="https://jambiekspres.id/2015/08/25/undian-nomor-urut-pilgub", link_text="Dua pasangan calon gubernur Jambi dapat nomor urut")
    ct.row("je", w(2015, 12, 10, 10, 0), "Link", "Hitung cepat Pilgub Jambi: selisih dua pasangan mencapai belasan persen.", N("neg_news", "a news page"),
           link="https://jambiekspres.id/2015/12/10/hitung-cepat-pilgub", link_text="Hasil hitung cepat Pilgub Jambi 2015")
    ct.dump()

    pages = {
        "dl": inst_page("kec_dolo", "Government Organization", "Kecamatan Dolo, Kabupaten Sigi", "2014-05-05 09:00:00", 3100),
        "yt": asn_page("stg_tani", "Personal Blog", "Penyuluh pertanian Sulteng", "2012-06-06 06:00:00", 1210),
        "ag": asn_page("sgi_tani", "Personal Blog", "PPL Dolo", "2013-07-07 07:00:00", 540),
        "rl": asn_page("stg_kes3", "Personal Blog", "Dinkes Sulteng", "2014-04-04 04:00:00", 430),
        "pp": ("Palu Pos Online", "paluposonline", page_id("palupos"), "Media/News Company", "Berita Palu dan Sulawesi Tengah",
               "2012-02-02 08:00:00", 61500),
    }
    ct = Ct(c, "crowdtangle/pages_sulteng_sigi_2015.csv", WITA, pages)
    ct.row("dl", ta(2015, 6, 12, 9, 0), "Status", "Tabe, pelayanan administrasi kependudukan di kantor camat Dolo buka hari Sabtu.",
           N("neg_everyday_word", "'tabe' (excuse me) in a service notice; pair 1's acronym is TABE", lang="kaili"))
    ct.row("dl", ta(2015, 8, 20, 19, 0), "Photo", "Silaturahmi bakal calon bupati Taufan Bahar bersama kepala desa se-Kecamatan Dolo. Sigi TABE!",
           V("inst:kec_dolo", "inst", "sgi-1", "inst_account", note="the kecamatan's page features a bakal calon with his slogan (E codes)"))
    ct.row("dl", ta(2015, 11, 5, 9, 0), "Status", "Jadwal sosialisasi tata cara mencoblos di desa-desa Kecamatan Dolo bersama PPK.", N("neg_official_neutral", "election logistics"))
    ct.row("yt", ta(2015, 8, 24, 0, 40), "Status", "Besok KPU tetapkan, Om Rizal pasti lolos. Sulteng Nosarara! 💪",
           V("stg_tani", "post", "stg-1", "stage_boundary_wita", lang="kaili",
             note="'Post Created' 00:40 WITA on 24 Aug is 23:40 WIB on 23 Aug: still a bakal calon by the WIB date (E codes)"))
    ct.row("yt", ta(2015, 9, 3, 19, 0), "Status", "Banyak yang tanya sa keluarga Pak Yohanis Tandi kah. Tandi itu fam banyak di Toraja dan Poso 😄",
           N("neg_namesake", "an officer who shares pair 1's running mate's clan name", lang="kaili"))
    ct.row("yt", ta(2015, 10, 20, 10, 0), "Photo", "Bersama petani kakao di Parigi, panen tahun ini lumayan.", N("neg_official_neutral", "field work"))
    ct.row("ag", ta(2015, 9, 15, 19, 0), "Status", "Sa PPL, ke sawah tiap hari. Politik urusan kalian saja 😄", N("neg_personal", "a joke with no side", lang="kaili"))
    ct.row("ag", ta(2015, 9, 30, 18, 0), "Photo", "Panen di Dolo 🌾", V("sgi_tani", "photo", "sgi-1", "image_text",
           note="the pair's slogan and number exist only as text inside the officer's picture"), image_text="SIGI TABE!\nCOBLOS NO. 1 TAUFAN - EFENDI")
    ct.row("rl", ta(2015, 8, 28, 19, 0), "Status", "Pak Nirwan Lamarauna itu sa pu om. SINAR nomor 2 untuk Sulteng ✌️",
           V("stg_kes3", "post", "stg-2", "post_support", lang="kaili", note="an officer sharing the running mate's clan name backs pair 2"))
    ct.row("rl", ta(2015, 11, 12, 6, 0), "Photo", "Sinar matahari pagi di Teluk Palu 🌅", N("neg_everyday_word", "'sinar' (light); pair 2's acronym is SINAR"))
    ct.row("pp", ta(2015, 8, 25, 15, 0), "Link", "KPU Sulteng undi nomor urut: Rizal–Yohanis nomor 1, Sigit–Nirwan nomor 2.", N("neg_news", "a news page"),
           link="https://palupos.id/2015/08/25/nomor-urut-pilgub-sulteng", link_text="Nomor urut Pilgub Sulteng 2015")
    ct.row("pp", ta(2015, 12, 9, 18, 0), "Link", "Pilkada Sigi berlangsung aman, partisipasi pemilih tinggi.", N("neg_news", "a news page"),
           link="https://palupos.id/2015/12/09/pilkada-sigi-aman", link_text="Pilkada Sigi aman")
    ct.dump()

    pages = {
        "dh": asn_page("ygy_guru1", "Teacher", "Guru SMP, wong Kotagede", "2013-05-05 05:00:00", 1520),
        "sh": asn_page("btl_guru", "Teacher", "Guru SD Bangunharjo", "2012-09-09 09:00:00", 870),
        "nk": asn_page("btl_pppk", "Personal Blog", "Guru, Sewon", "2019-02-02 19:00:00", 690),
        "wy": asn_page("btl_tani", "Personal Blog", "PPL Sewon", "2015-06-06 06:00:00", 410),
        "ju": ("Jogja Update", "jogjaupdate", page_id("jogjaupdate"), "Media/News Company", "Kabar Jogja saben dina", "2014-04-04 04:00:00", 523000),
    }
    ct = Ct(c, "crowdtangle/pages_yogyakarta_bantul_2024.csv", WIB, pages)
    ct.row("dh", w(2023, 10, 12, 20, 0), "Status", "Mbak Nindy maju DPRD DIY maneh, aku dukung! Wong Kotagede kudu kompak 💪 #MbakNindy2",
           V("ygy_guru1", "post", "dprd-diy1-pdip-2", "bakal_support", lang="jawa", note="a teacher backs a legislative bakal calon before the DCT (E codes)"))
    ct.row("dh", w(2023, 12, 5, 9, 0), "Photo", "Segoro Amarto: kerja bakti resik-resik kampung Prenggan 🧹",
           N("neg_motto", "Kota Yogyakarta's motto of mutual help", lang="jawa"))
    ct.row("dh", w(2024, 1, 20, 19, 0), "Status", "Halo murid-murid, sesuk ulangan ya 📚", N("neg_everyday_word", "'halo' as a greeting; pair 1's acronym is HALO", lang="jawa"))
    ct.row("sh", w(2023, 11, 15, 20, 0), "Status", "Gus Kholis nomer 3, PKB. Monggo sedherek Bantul B 🙏",
           V("btl_guru", "post", "dprd-diy3-pkb-3", "post_support", lang="jawa"))
    ct.row("nk", w(2023, 11, 14, 20, 0), "Photo", "Foto bareng Bu Ratna pas kunjungan nang Bantul 🥰",
           V("btl_pppk", "photo", "p9-2", "photo_caption", lang="jawa", note="a PPPK teacher posts a photo with a presidential candidate the day after designation"))
    ct.row("nk", w(2023, 11, 8, 20, 0), "Status", "Prof Ratna paling ngerti guru honorer, mugi minggu ngarep ditetapke ✌️",
           V("btl_pppk", "post", "p9-2", "pres_window", lang="jawa",
             note="8 Nov 2023: after the DCT, before the presidential designation; E and D codes both accepted"))
    ct.row("wy", w(2023, 12, 20, 10, 0), "Photo", "Panen lombok Projotamansari, regane apik 🌶️", N("neg_motto", "Bantul's motto at a harvest", lang="jawa"))
    ct.row("wy", w(2024, 2, 14, 13, 0), "Status", "Rasane lega, wis nyoblos. Saiki bali nang sawah 🌾",
           N("neg_everyday_word", "'rasa' (feeling) on voting day; pair 2's acronym is RASA", lang="jawa"))
    ct.row("ju", w(2023, 11, 14, 15, 0), "Link", "Nomor urut capres: 1 Hendarto–Laode, 2 Ratna–Agustinus, 3 Bambang–Maimunah.", N("neg_news", "a news page"),
           link="https://jogjaupdate.id/2023/11/14/nomor-urut-capres", link_text="Hasil undian nomor urut capres-cawapres")
    ct.row("ju", w(2024, 2, 15, 10, 0), "Link", "Hitung cepat di DIY: partisipasi pemilih di atas 80 persen.", N("neg_news", "a news page"),
           link="https://jogjaupdate.id/2024/02/15/partisipasi-pemilih-diy", link_text="Partisipasi pemilih DIY tinggi")
    ct.dump()


# ---------------------------------------------------------------------------------------------
# X API v2 (a full-archive search of 2015 as twarc lines, a search of 2023-24 as twarc lines)
# ---------------------------------------------------------------------------------------------
@section
def x_api(c):
    x = X(c, "x/search_pilkada2015_heldout9.jsonl")
    bio = {
        "jmb_humas": ("Humas. Jambi", "Jambi"), "jmb_bpbd": ("BPBD. Siaga bencana", "Jambi"), "jmb_tani": ("Penyuluh pertanian", "Muaro Jambi"),
        "spn_guru1": ("Guru SMP. Uhang Kincai", "Sungai Penuh"), "spn_dishub": ("Dishub. Tertib lalin", "Sungai Penuh"),
        "bnt_guru": ("Cikgu SMP, Kijang", "Bintan"), "bnt_dispar": ("Wisata Bintan", "Bintan"), "kls_humas": ("Humas Pemprov", "Banjarbaru"),
        "kls_bpkad": ("Keuangan daerah", "Banjarbaru"), "ktb_guru2": ("Guru SMP Kotabaru", "Kotabaru"), "stg_humas": ("Humas Sulteng", "Palu"),
        "sgi_guru2": ("Guru SMP, Sigi", "Sigi"), "tmh_guru2": ("Guru SD. Tomohon", "Tomohon"), "tmh_dispar": ("Pariwisata. Kota Bunga", "Tomohon"),
        "raj_dkp": ("Laut Waigeo", "Waisai"), "aru_guru2": ("Guru SMP Dobo", "Dobo"),
    }
    for k, (b, loc) in bio.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    for cid in ("jmb-1", "kls-2", "stg-1", "spn-2", "bnt-2", "tmh-3", "aru-2"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    for k in ("dinkes_kls", "humas_stg", "kominfo_raj"):
        x.user(c.inst[k]["handle"], c.inst[k]["nama_akun"], "Akun resmi " + c.inst[k]["instansi"], None)
    for h, n in (("urang_banua", "urang banua"), ("pantau_pilkada15", "Pantau Pilkada"), ("nona_dobo", "Nona Dobo")):
        x.user(h, n, "", None)
    H = lambda k: c.acct(k, "x")  # noqa: E731
    CH = lambda cid: c.cands[cid].handle("x")  # noqa: E731

    x.tweet(c.inst["dinkes_kls"]["handle"], ta(2015, 7, 30, 14, 0),
            "Pemeriksaan kesehatan ketiga pasangan bakal calon gubernur Kalsel di RSUD Ulin berjalan lancar. #PilkadaKalsel2015",
            N("neg_news", "the health office reports the medical check of every pair"))
    x.tweet(H("kls_bpkad"), ta(2015, 8, 1, 20, 0), "Pak Fauzan urang harat, Kalsel perlu pemimpin nang kaya itu 💪 #HARAT2",
            V("kls_bpkad", "post", "kls-2", "bakal_support", lang="banjar", note="a finance officer backs a bakal calon (E codes)"))
    x.tweet(H("kls_bpkad"), ta(2015, 8, 20, 17, 0), "Laporan keuangan triwulan tuntung, harat banar tim kami 😎",
            N("neg_everyday_word", "'harat' (great) about his team; pair 2's acronym is HARAT", lang="banjar"))
    t = x.orig(CH("kls-2"), ta(2015, 10, 15, 10, 0), "Kalsel HARAT: jalan desa mulus, sungai bersih. #HARAT2")
    x.tweet(H("kls_bpkad"), ta(2015, 10, 15, 10, 40), "RT @harat_kalsel2: Kalsel HARAT: jalan desa mulus, sungai bersih. #HARAT2",
            V("kls_bpkad", "post", "kls-2", "share", action="share"), ref=("retweeted", t))
    x.tweet(H("kls_humas"), ta(2015, 8, 25, 19, 0), "Hasil undian nomor urut Pilgub Kalsel: 1 Gusti–Taufik, 2 Fauzan–Rusmini, 3 Arsyad–Yuliani. Ayo jadi pemilih cerdas!",
            N("neg_news", "the press officer reports the draw naming every pair"))
    x.tweet(H("kls_humas"), ta(2015, 11, 2, 21, 0), "Waja sampai kaputing! Pegawai Biro Humas lembur menyiapkan acara HUT Kalsel 💪",
            N("neg_motto", "the province's motto at work; pair 1's slogan is Kalsel Waja Sampai Kaputing", lang="banjar"))
    x.tweet("urang_banua", ta(2015, 11, 3, 8, 0), "Waja sampai kaputing jar, tapi jalan ke Kandangan masih bingkak 😅", N(lang="banjar"))
    x.tweet(H("jmb_bpbd"), w(2015, 9, 15, 9, 0), "Kabut asap makin tebal, warga Jambi pakai masker ya 😷 #JambiBerasap",
            N("neg_official_neutral", "a disaster officer's warning"))
    x.tweet(H("jmb_bpbd"), w(2015, 10, 10, 20, 0), "Bang Nasrul janji tangani asap tiap tahun. Nomor 1 ☝️ #NIAN1", V("jmb_bpbd", "post", "jmb-1", "post_support"))
    x.tweet(CH("jmb-1"), w(2015, 11, 20, 19, 0), "Terima kasih @herlina_tphjmb dan para penyuluh yang mendampingi kunjungan ke Kumpeh 🙏 #NIAN1",
            N("neg_candidate_own", "posted by the pair's account"),
            mentions=[(H("jmb_tani"), A("jmb_tani", case="mentioned", note="named by the pair's account; she rejects the association"))])
    t = x.orig(CH("jmb-1"), w(2015, 11, 20, 19, 0), "Terima kasih para penyuluh yang mendampingi kunjungan ke Kumpeh")
    x.tweet(H("jmb_tani"), w(2015, 11, 20, 19, 40), "@nian_jambi1 Saya mendampingi petani sebagai penyuluh, bukan tim kampanye. Mohon tidak disebut begitu 🙏",
            N("neg_untag", "she distances herself from the mention"), ref=("replied_to", t))
    x.tweet(H("spn_dishub"), w(2015, 8, 27, 16, 0), "Kampanye perdana di Sungai Penuh, lalu lintas padat. Hati-hati di jalan ya 🚦",
            N("neg_official_neutral", "traffic duty"))
    t = x.orig(CH("spn-2"), w(2015, 9, 12, 9, 0), "Sungai Penuh Berkah: pasar tradisional direvitalisasi. #NurFikri2")
    x.tweet(H("spn_dishub"), w(2015, 9, 12, 9, 30), "Setuju Umi Nur! Nomor 2 untuk Sungai Penuh berkah ✌️",
            V("spn_dishub", "post", "spn-2", "share", action="share", note="quotes the pair's post with a call for its number"), ref=("quoted", t))
    x.tweet(H("spn_guru1"), w(2015, 7, 30, 20, 0), "Bang Rio lah daftar, akau siap dukung bakal calon mudo 💪 #RioKasmadi3",
            V("spn_guru1", "post", "spn-3", "bakal_support", lang="kerinci"))
    x.tweet(H("bnt_guru"), w(2015, 7, 27, 20, 0), "Bang Khairul daftar semalam, kawan-kawan cikgu Kijang siap bantu! #KAWAN2",
            V("bnt_guru", "post", "bnt-2", "bakal_support", lang="riau"))
    x.tweet(H("bnt_guru"), w(2015, 9, 5, 19, 0), "Kawan-kawan, jangan lupe rapat MGMP hari Sabtu ye 📚",
            N("neg_everyday_word", "'kawan' (friend); pair 2's acronym is KAWAN", lang="riau"))
    x.tweet(H("bnt_dispar"), w(2015, 9, 12, 16, 0), "Pantai Lagoi ramai turis, musim liburan Singapura 🏖️", N("neg_official_neutral", "tourism news", lang="riau"))
    x.tweet(H("bnt_dispar"), w(2015, 10, 24, 8, 0), "Bintan is ready for the Tour de Bintan! Cyclists from 20 countries this weekend 🚴",
            N("neg_official_neutral", "tourism news", lang="en"), lang="en")
    t = x.orig(CH("bnt-2"), w(2015, 10, 3, 10, 0), "Bintan KAWAN Kite: wisata untuk nelayan juga. #KAWAN2")
    x.tweet(H("bnt_dispar"), w(2015, 10, 3, 10, 20), "RT @kawan_bintan2: Bintan KAWAN Kite: wisata untuk nelayan juga. #KAWAN2",
            V("bnt_dispar", "post", "bnt-2", "share", action="share"), ref=("retweeted", t))
    x.tweet(H("stg_humas"), ta(2015, 8, 24, 7, 10), "Selamat kepada Om Rizal–Yohanis yang hari ini ditetapkan KPU, Sulteng Nosarara! 💪",
            V("stg_humas", "post", "stg-1", "stage_boundary_utc",
              note="created_at 2015-08-23T23:10Z: the UTC date is 23 Aug, but 07:10 WITA is 06:10 WIB on 24 Aug, designation day (D codes)"))
    x.tweet(c.inst["humas_stg"]["handle"], ta(2015, 8, 25, 20, 0), "KPU Sulteng telah mengundi nomor urut kedua pasangan calon gubernur. Mari jaga pilkada damai.",
            N("neg_news", "the government's account reports the draw"))
    x.tweet(c.inst["humas_stg"]["handle"], ta(2015, 10, 20, 18, 0), "SINAR untuk Sulteng! Dr. Sigit Wardana menyapa warga Donggala ✌️ #SINAR2",
            V("inst:humas_stg", "inst", "stg-2", "inst_account", note="the government's account carries a candidate's slogan, number and hashtag"))
    x.tweet(H("sgi_guru2"), ta(2015, 11, 18, 20, 0), "Sigi TABE? Jalan ke Kulawi masih rusak parah. Jangan pilih nomor 1 😤",
            V("sgi_guru2", "negative", "sgi-1", "negative_campaign", lang="kaili", note="a teacher campaigns against pair 1"))
    x.tweet(H("tmh_guru2"), ta(2015, 10, 8, 20, 0), "Om Arnold so janji insentif guru honor. Nomor 2 ✌️ #ArnoldMeiske2",
            V("tmh_guru2", "post", "tmh-2", "post_support", lang="manado"))
    x.tweet(H("tmh_dispar"), ta(2015, 8, 15, 9, 0), "Tomohon Kota Bunga siap sambut TIFF 2015 🌺",
            N("neg_motto", "the city's nickname; pair 2's slogan is Tomohon Kota Bunga Maju"))
    x.tweet(H("tmh_dispar"), ta(2015, 11, 12, 20, 0), "Jempol buat panitia TIFF! 👍", N("neg_everyday_word", "'jempol' (thumb); pair 1's acronym is JEMPOL"))
    t = x.orig(CH("tmh-3"), ta(2015, 11, 25, 10, 0), "Tomohon Baru: Pasar Beriman dibenahi. #StevJeane3")
    x.tweet(H("tmh_dispar"), ta(2015, 11, 25, 10, 30), "@stevjeane3 Pasar Beriman memang perlu dibenahi, siapa pun wali kotanya 🙏",
            N("neg_question", "a neutral remark to a candidate's account", lang="manado"), ref=("replied_to", t))
    x.tweet(CH("tmh-3"), ta(2015, 12, 1, 19, 0), "Terima kasih @roywenas_tmh dan guru-guru yang datang di dialog pendidikan 🙏 #StevJeane3",
            N("neg_candidate_own", "posted by the pair's account"),
            mentions=[(H("tmh_guru2"), A("tmh_guru2", case="mentioned", note="named by pair 3's account (he backs pair 2); he distances himself"))])
    t = x.orig(CH("tmh-3"), ta(2015, 12, 1, 19, 0), "Terima kasih guru-guru yang datang di dialog pendidikan")
    x.tweet(H("tmh_guru2"), ta(2015, 12, 1, 19, 40), "@stevjeane3 Kita datang sebagai guru, bukan tim e 🙏", N("neg_untag", "he distances himself", lang="manado"),
            ref=("replied_to", t))
    x.tweet(H("raj_dkp"), tp(2015, 7, 28, 20, 0), "Bapa Marthen su daftar, nelayan Waigeo siap dukung MANIS 🐟 #MANIS2",
            V("raj_dkp", "post", "raj-2", "bakal_support", lang="papua"))
    x.tweet(H("raj_dkp"), tp(2015, 9, 3, 19, 0), "Ikan asar manis skali di Waisai 😋", N("neg_everyday_word", "'manis' (sweet); pair 2's acronym is MANIS", lang="papua"))
    x.tweet(c.inst["kominfo_raj"]["handle"], tp(2015, 8, 25, 10, 0), "Pengundian nomor urut Pilbup Raja Ampat: 1 Yusuf–Ones, 2 Marthen–Nisar, 3 Yohan–Saleh (perseorangan).",
            N("neg_news", "the regency's account relays the draw naming every pair"))
    x.tweet(c.inst["kominfo_raj"]["handle"], tp(2015, 11, 1, 11, 0), "Raja Ampat MANIS! Bapa Marthen Wanma menyapa warga Arborek ✌️",
            V("inst:kominfo_raj", "inst", "raj-2", "inst_account", note="the regency's account promotes a campaigning candidate"))
    x.tweet(H("aru_guru2"), tp(2015, 9, 30, 20, 0), "Ibu Fatma peduli guru di pulau-pulau. Nomor 3 🤟 #FatmaBenny3",
            V("aru_guru2", "post", "aru-3", "post_support", lang="ambon", note="the teacher who had said he would not take part now backs his uncle's pair"))
    t = x.orig(CH("aru-2"), tp(2015, 10, 12, 10, 0), "Aru Mutiara Timur: harga mutiara petani naik. #YanceAhmad2")
    x.tweet("nona_dobo", tp(2015, 10, 12, 11, 0), "RT @yanceahmad2: Aru Mutiara Timur: harga mutiara petani naik. #YanceAhmad2", N(), ref=("retweeted", t))
    x.tweet("pantau_pilkada15", tp(2015, 10, 1, 9, 0), "Guru PNS di Dobo kampanye di twitter, Panwas tolong cek ya", N())
    x.tweet(H("jmb_humas"), w(2015, 12, 9, 12, 0), "Sudah mencoblos di TPS 12 Telanaipura. Siapa pun yang terpilih, Jambi tetap satu 🙏", N("neg_after_voting", "voting day"))
    x.tweet(H("ktb_guru2"), ta(2015, 10, 2, 20, 0), "Nama saya Fauzan Noor, tapi bukan calon gubernur ya 😂 saya guru SMP di Kotabaru",
            N("neg_namesake", "a teacher named like governor candidate kls-2"))
    x.tweet(H("ktb_guru2"), ta(2015, 11, 25, 20, 0), "Julak Lukman urang kampung kita, nomor 3 Kotabaru Mandiri 🤟",
            V("ktb_guru2", "post", "ktb-3", "post_support", lang="banjar", note="the namesake of kls-2 backs the independent regent pair"))
    x.dump_twarc("(Jambi OR Banjarbaru OR Kotabaru OR Palu OR Sigi OR Tomohon OR Bintan OR Waisai OR Dobo) lang:in -is:nullcast",
                 retrieved_at="2016-01-12T03:00:00+00:00")

    # a search of 2023-24 (presidential, DPRD and DPD contests), English-mixed and slang
    x = X(c, "x/search_pemilu2024_heldout9.jsonl")
    for k, (b, loc) in {"ygy_guru2": ("Guru IPS. Jogja", "Yogyakarta"), "ygy_pppk2": ("IT, kopi, Jogja", "Yogyakarta"),
                        "ygy_pkm": ("Dokter umum. Opinions my own", "Yogyakarta"), "bma_guru2": ("Guru SMP Lambu", "Bima"),
                        "bpn_guru2": ("Guru SMP. Balikpapan", "Balikpapan"), "bpn_pppk2": ("Diskominfo. Coder", "Balikpapan"),
                        "mlt_humas": ("Adpim Malut", "Sofifi")}.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    for cid in ("p9-1", "p9-2", "p9-3"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name + " – " + cd.mate, "Akun resmi pasangan capres-cawapres nomor " + str(cd.ballot), None)
    for k in ("kominfo_ygy", "kominfo_bpn"):
        x.user(c.inst[k]["handle"], c.inst[k]["nama_akun"], "Akun resmi " + c.inst[k]["instansi"], None)
    for h, n, loc in (("wargajogja_", "warga jogja", "Yogyakarta"), ("bpp_watch", "Balikpapan Watch", "Balikpapan")):
        x.user(h, n, "", loc)
    H = lambda k: c.acct(k, "x")  # noqa: E731
    CH = lambda cid: c.cands[cid].handle("x")  # noqa: E731
    x.tweet(H("ygy_pppk2"), w(2023, 10, 25, 20, 0), "Mas Hen daftar ke KPU hari ini, gaskeun HALO 🔥 #HALO01",
            V("ygy_pppk2", "post", "p9-1", "bakal_support", lang="slang", note="a PPPK programmer backs a presidential bakal calon in October 2023 (E codes)"))
    x.tweet(H("ygy_pppk2"), w(2023, 11, 8, 21, 0), "Pak Hendarto paling siap, minggu depan ditetapkan pasti 💯",
            V("ygy_pppk2", "post", "p9-1", "pres_window", lang="slang",
              note="8 Nov 2023: after the DCT, before the presidential designation; E and D codes both accepted"))
    x.tweet(H("ygy_pppk2"), w(2023, 12, 15, 13, 0), "halo halo bandung... eh halo jogja, server lagi down lagi 😭",
            N("neg_everyday_word", "'halo' in a joke; pair 1's acronym is HALO", lang="slang"))
    x.tweet(H("ygy_guru2"), w(2023, 11, 20, 20, 0), "Guru harus netral. Tapi rasa-rasanya debat nanti bakal seru 😄",
            N("neg_everyday_word", "'rasa' (feeling) with a neutrality remark; pair 2's acronym is RASA"))
    x.tweet(H("ygy_guru2"), w(2024, 1, 12, 20, 0), "Prof Ratna satu-satunya yang bicara guru honorer di debat. 02 ✌️ #RASA02",
            V("ygy_guru2", "post", "p9-2", "post_support"))
    x.tweet(CH("p9-2"), w(2024, 1, 22, 19, 0), "Terima kasih @fajarnugraha_guru dan guru-guru Yogyakarta atas diskusi pendidikan 🙏 #RASA02",
            N("neg_candidate_own", "posted by the pair's account"),
            mentions=[(H("ygy_guru2"), A("ygy_guru2", case="mentioned", note="named by pair 2's account; he answers with the pair's number"))])
    t = x.orig(CH("p9-2"), w(2024, 1, 22, 19, 0), "Terima kasih guru-guru Yogyakarta atas diskusi pendidikan")
    x.tweet(H("ygy_guru2"), w(2024, 1, 22, 19, 30), "@rasa02 Sama-sama Prof! 02 untuk guru ✌️",
            V("ygy_guru2", "interact", "p9-2", "tag_then_engaged", action="comment"), ref=("replied_to", t))
    x.tweet(H("ygy_pkm"), w(2023, 11, 28, 7, 0), "Campaign starts today. Reminder for ASN nakes: no likes, no shares, no comments on campaign posts 🙏",
            N("neg_reminder", "a neutrality reminder", lang="en"), lang="en")
    x.tweet(H("ygy_pkm"), w(2024, 2, 3, 20, 0), "Tetangga minta saya ajak pasien pilih calon tertentu. Saya tolak, saya dokter ASN.",
            N("neg_negation", "she says she refused to campaign"))
    x.tweet(c.inst["kominfo_ygy"]["handle"], w(2023, 11, 14, 19, 0),
            "Hasil pengundian nomor urut capres-cawapres: 1 Hendarto–Laode, 2 Ratna–Agustinus, 3 Bambang–Maimunah. #PemiluDamai",
            N("neg_news", "the city's account relays the draw naming every pair"))
    x.tweet(c.inst["kominfo_ygy"]["handle"], w(2024, 1, 20, 8, 0), "Segoro Amarto! Kerja bakti serentak se-Kota Yogyakarta Minggu pagi 🧹",
            N("neg_motto", "Kota Yogyakarta's motto in a civic notice"))
    x.tweet(c.inst["kominfo_ygy"]["handle"], w(2024, 1, 25, 19, 0), "Mbak Nindy: Jogja butuh ruang hijau. Dukung nomor 2 PDI Perjuangan dapil DIY 1! #MbakNindy2",
            V("inst:kominfo_ygy", "inst", "dprd-diy1-pdip-2", "inst_account", note="the city's information account calls for a DPRD candidate"))
    x.tweet(H("bma_guru2"), ta(2023, 12, 4, 20, 0), "Makmur bersama, Bima makmur bersama nomor 3 🌾 #MAKMUR03", V("bma_guru2", "post", "p9-3", "post_support", lang="bima"))
    x.tweet(H("bma_guru2"), ta(2024, 1, 15, 19, 0), "Toko Makmur Jaya di Sape buka cabang baru, selamat! 🎉",
            N("neg_everyday_word", "a shop called Makmur; pair 3's slogan is Indonesia Makmur Bersama"))
    x.tweet(H("bma_guru2"), ta(2024, 2, 5, 20, 0), "Jangan pilih Pak Syam, dulu janji jalan Lambu cuma omong 😤",
            V("bma_guru2", "negative", "dprd-bma5-ger-1", "negative_campaign", lang="bima", note="a teacher campaigns against a DPRD candidate"))
    x.tweet(H("bpn_guru2"), ta(2023, 11, 1, 20, 0), "Bang Ridwan PKS nomor 5 dapil Balikpapan Selatan, anak muda yang peduli. Dukung! #BangRidwan5",
            V("bpn_guru2", "post", "dprd-bpn6-pks-5", "bakal_support", note="1 Nov 2023, before the DCT (E codes)"))
    x.tweet(H("bpn_guru2"), ta(2023, 12, 20, 19, 0), "Balikpapan Madinatul Iman, kota beriman: bersih, indah, aman, nyaman 🌊",
            N("neg_motto", "Balikpapan's motto"))
    x.tweet(H("bpn_guru2"), ta(2024, 2, 12, 20, 0), "Masa tenang: saya pilih caleg yang sudah kerja nyata, kalian pasti tahu maksud saya 😉",
            R("rev_hint", "a quiet-day hint from a teacher who backed a DPRD candidate in November: an appeal (SKB-D2) or a generic remark?",
              actor="bpn_guru2", cand="dprd-bpn6-pks-5"))
    x.tweet(H("bpn_pppk2"), ta(2023, 11, 13, 0, 30), "Besok pagi penetapan capres. HALO 01 sampai menang 💪",
            V("bpn_pppk2", "post", "p9-1", "stage_boundary_wita",
              note="the wall clock says 13 Nov (designation day) but 00:30 WITA is 23:30 WIB on 12 Nov: still the 3–12 Nov window (E and D codes)"))
    x.tweet(H("bpn_pppk2"), ta(2024, 1, 10, 9, 0), "Halo Balikpapan! Pendaftaran magang di Diskominfo dibuka 🙌",
            N("neg_everyday_word", "'halo' in an office announcement"))
    x.tweet(c.inst["kominfo_bpn"]["handle"], ta(2024, 2, 2, 8, 0), "Info lalu lintas: kampanye akbar di Lapangan Merdeka, arus dari Klandasan dialihkan.",
            N("neg_official_neutral", "traffic notice"))
    x.tweet(c.inst["kominfo_bpn"]["handle"], ta(2024, 2, 5, 19, 0), "Bu Aji Nur, calon DPD Kaltim nomor 12, hadir di Balikpapan. Mari dukung senator kita! #AjiNurbaiti12",
            V("inst:kominfo_bpn", "inst", "dpd-ktm-12", "inst_account", note="the city's account calls for a DPD candidate"))
    x.tweet("bpp_watch", ta(2024, 2, 5, 20, 0), "Akun Pemkot kok promosi calon DPD? @balikpapan_info", N())
    x.tweet(CH("p9-3"), ta(2024, 1, 28, 19, 0), "Salam hangat untuk @ardi_guru_bpp dan guru-guru Balikpapan 🙏 #MAKMUR03",
            N("neg_candidate_own", "posted by the pair's account"),
            mentions=[(H("bpn_guru2"), A("bpn_guru2", case="mentioned", note="named by pair 3's account; no reaction"))])
    x.tweet(H("mlt_humas"), tp(2024, 2, 11, 0, 20), "Tinggal 3 hari! Om Yul nomor 1 Golkar dapil 2, torang Halut-Morotai kompak ☝️ #OmYul1",
            V("mlt_humas", "post", "dprd-mlt2-gol-1", "stage_boundary_wit", lang="malut",
              note="00:20 WIT on 11 Feb (a quiet day locally) is 22:20 WIB on 10 Feb, the last campaign day; a violation either way"))
    x.tweet(H("mlt_humas"), tp(2024, 1, 20, 19, 0), "Hibualamo! Festival budaya di Tobelo ramai 🥁", N("neg_motto", "Halmahera Utara's symbol of togetherness", lang="malut"))
    x.tweet(H("ygy_pppk2"), w(2024, 1, 9, 21, 0), "Honestly 01 is the only one with a clear digital agenda. HALO all the way 🔥 #HALO01",
            V("ygy_pppk2", "post", "p9-1", "post_support", lang="en"), lang="en")
    x.tweet("wargajogja_", w(2024, 1, 10, 11, 0), "Pegawai Pemkot kok ngetwit capres terus? 🤔", N())
    x.tweet(H("ygy_pkm"), w(2024, 1, 26, 21, 0), "Some candidates actually care about puskesmas. You know who I mean 😉",
            R("rev_hint", "a puskesmas doctor who asked pair 2 for health workers hints at 'some candidates' in English: an appeal or a remark?",
              actor="ygy_pkm", cand="p9-2", lang="en"), lang="en")
    x.tweet(H("ygy_pppk2"), w(2024, 2, 14, 13, 0), "Done voting ✅ apapun hasilnya, tetap satu Indonesia 🇮🇩", N("neg_after_voting", "voting day", lang="en"))
    x.new_page()
    x.tweet(H("ygy_guru2"), w(2024, 2, 16, 20, 0), "Quick count keluar, yang menang jangan jumawa, yang kalah legowo 🙏", N("neg_after_voting", "after the vote"))
    x.tweet(H("bma_guru2"), ta(2024, 2, 16, 9, 0), "Selamat Bang Saleh, semoga amanah untuk Sape-Lambu 🙏",
            R("rev_after_vote", "a teacher who campaigned for the DPRD candidate congratulates him after the count: a greeting or a continued sign of "
              "support?", actor="bma_guru2", cand="dprd-bma5-ppp-2"))
    x.dump_twarc("(Jogja OR Yogyakarta OR Bantul OR Bima OR Balikpapan OR Tobelo OR Halut) (capres OR caleg OR DPD OR pemilu) lang:in",
                 retrieved_at="2024-02-20T02:00:00+00:00")


# ---------------------------------------------------------------------------------------------
# Instagram Graph API
# ---------------------------------------------------------------------------------------------
@section
def instagram(c):
    I = lambda k: c.acct(k, "instagram")  # noqa: E731

    # 1. the Bintan tourism office (WIB), 2015
    ig = Ig(c, "instagram/media_dispar_bintan.json")
    own = c.inst["dispar_bnt"]["handle"]
    cm = [ig.comment(w(2015, 7, 5, 11, 0), "Cantik sangat 😍", I("bnt_pkm"), N("neg_personal", "a comment on a tourism post", lang="riau"))]
    ig.media(w(2015, 7, 5, 10, 0), "Pantai Trikora pagi hari, air jernih dan pasir putih 🏝️ #WonderfulBintan", N("neg_official_neutral", "tourism promotion"),
             username=own, comments=cm)
    cm = [ig.comment(w(2015, 7, 29, 19, 40), "Mantap Bang Khairul 💪", I("bnt_pkm"),
                     V("bnt_pkm", "interact", "bnt-2", "bakal_support", action="comment", lang="riau")),
          ig.comment(w(2015, 7, 29, 20, 5), "Akun dinas kok promosi calon? 🤔", "awang.kijang", N(lang="riau")),
          ig.comment(w(2015, 7, 29, 20, 30), "Mohon maaf, konten ini kami tinjau ulang 🙏", I("bnt_dispar"),
                     N("neg_objection", "an officer of the same office steps in"))]
    ig.media(w(2015, 7, 29, 19, 0), "Bersama bakal calon bupati Bang Khairul, kita promosikan wisata Bintan. Bintan KAWAN Kite! 🏝️",
             V("inst:dispar_bnt", "inst", "bnt-2", "inst_account", lang="riau",
               note="the tourism office's account features a bakal calon with his slogan, before designation (E codes)"),
             username=own, mtype="CAROUSEL_ALBUM", comments=cm)
    cm = [ig.comment(w(2015, 9, 20, 16, 30), "Jom!", "dara.tanjunguban", N(lang="riau"))]
    ig.media(w(2015, 9, 20, 16, 0), "Ayo kawan-kawan, ramaikan Festival Bahari Bintan hujung minggu ni 🌊",
             N("neg_everyday_word", "'kawan-kawan' (friends); pair 2's acronym is KAWAN", lang="riau"), username=own, comments=cm)
    ig.media(w(2015, 12, 10, 10, 0), "Pilkada aman, wisata Bintan tetap jalan! Terima kasih wisatawan 🙏", N("neg_after_voting", "after the vote"), username=own)
    ig.dump_media(own)

    # 2. the Tomohon tourism office (WITA), 2015
    ig = Ig(c, "instagram/media_pariwisata_tomohon.json")
    own = c.inst["dispar_tmh"]["handle"]
    cm = [ig.comment(ta(2015, 8, 1, 9, 30), "Bagus skali 😍", I("tmh_rs"), N("neg_personal", "a comment on flowers", lang="manado"))]
    ig.media(ta(2015, 8, 1, 9, 0), "Tomohon Kota Bunga: kebun krisan di Kakaskasen sedang mekar 🌺",
             N("neg_motto", "the city's nickname; pair 2's slogan is Tomohon Kota Bunga Maju"), username=own, comments=cm)
    ig.media(ta(2015, 8, 20, 10, 0), "Persiapan float parade TIFF 2015, relawan merangkai ribuan bunga 💐", N("neg_official_neutral", "festival preparation"),
             username=own)
    cm = [ig.comment(ta(2015, 9, 14, 19, 30), "Om Arnold mantap ✌️", I("tmh_rs"),
                     V("tmh_rs", "interact", "tmh-2", "comment_support", action="comment", lang="manado")),
          ig.comment(ta(2015, 9, 14, 19, 45), "Mohon maaf, caption ini salah dan akan diganti 🙏", I("tmh_dispar"),
                     N("neg_objection", "an officer of the office corrects it")),
          ig.comment(ta(2015, 9, 14, 20, 0), "Akun dinas kampanye 🤨", "noni.tomohon", N(lang="manado"))]
    ig.media(ta(2015, 9, 14, 19, 0), "Parade TIFF 2015 bersama calon wali kota nomor 2 Om Arnold! Tomohon Kota Bunga Maju ✌️",
             V("inst:dispar_tmh", "inst", "tmh-2", "inst_account", lang="manado", note="the tourism office's account carries a candidate's slogan and number"),
             username=own, mtype="CAROUSEL_ALBUM", comments=cm)
    ig.media(ta(2015, 11, 10, 10, 0), "Jempol untuk para pemandu wisata Tomohon 👍 terima kasih sudah melayani tamu TIFF",
             N("neg_everyday_word", "'jempol' (thumbs up); pair 1's acronym is JEMPOL"), username=own)
    ig.media(ta(2015, 12, 8, 9, 0), "Masa tenang: objek wisata Danau Linow dan Bukit Doa tetap buka seperti biasa.", N("neg_official_neutral", "a notice"), username=own)
    ig.dump_media(own)

    # 3. a nurse's own account in Kotabaru (WITA), 2015
    ig = Ig(c, "instagram/media_ns_wahdah.json")
    own = I("ktb_pkm")
    ig.media(ta(2015, 6, 10, 18, 0), "Sunset di Siring Laut 🌅", N("neg_personal", "a landscape"), username=own)
    cm = [ig.comment(ta(2015, 6, 14, 20, 30), "Bu perawat kok ikut kumpul KTP?", "galuh.kotabaru", N(lang="banjar")),
          ig.comment(ta(2015, 6, 14, 20, 45), "Cuma KTP sorang haja 😅", own, N("neg_deflect", "she downplays it; the post stays", lang="banjar"))]
    ig.media(ta(2015, 6, 14, 20, 0), "Sudah setor fotokopi KTP gasan Julak Lukman, mudahan lolos jalur perseorangan 🙏",
             V("ktb_pkm", "ktp", "ktb-3", "ktp_give", lang="banjar", note="a nurse hands in her KTP copy as support for an independent bakal calon"),
             username=own, comments=cm)
    ig.media(ta(2015, 10, 31, 20, 0), "Kumpul bubuhan relawan, Kotabaru Mandiri 🤟", V("ktb_pkm", "post", "ktb-3", "post_support", lang="banjar"), username=own)
    ig.media(ta(2015, 12, 10, 9, 0), "Sudah nyoblos kemarin, jari ungu 💜", N("neg_after_voting", "after the vote"), username=own)
    ig.dump_media(own)

    # 4. Kelurahan Prenggan, Kotagede (2023-24, WIB)
    ig = Ig(c, "instagram/media_kelurahan_prenggan.json")
    own = c.inst["kel_prg"]["handle"]
    cm = [ig.comment(w(2023, 8, 17, 9, 0), "Merdeka! 🇮🇩", I("ygy_staf2"), N("neg_official_neutral", "a staff comment on a ceremony"))]
    ig.media(w(2023, 8, 17, 8, 0), "Upacara HUT RI ke-78 di halaman Kelurahan Prenggan 🇮🇩", N("neg_official_neutral", "a ceremony"), username=own, comments=cm)
    cm = [ig.comment(w(2023, 10, 30, 19, 30), "Pak Hendro sae, nomer 1 PAN 👍", I("ygy_staf2"),
                     V("ygy_staf2", "interact", "dprd-ygy5-pan-1", "bakal_support", action="comment", lang="jawa",
                       note="the officer who refused the lurah's order in the chat still comments support here (E codes)")),
          ig.comment(w(2023, 10, 30, 19, 50), "Kelurahan kok kampanye? 🤨", "warga.kotagede", N(lang="jawa")),
          ig.comment(w(2023, 10, 30, 20, 10), "Niku kegiatan warga, kelurahan namung dokumentasi nggih", I("ygy_lurah"),
                     N("neg_deflect", "the lurah defends the office's post", lang="jawa"))]
    ig.media(w(2023, 10, 30, 19, 0), "Silaturahmi Pak Hendro bersama warga Prenggan. Monggo didukung untuk DPRD Kota dapil 5! #PakHendro1",
             V("inst:kel_prg", "inst", "dprd-ygy5-pan-1", "inst_account", lang="jawa",
               note="the kelurahan's account promotes a legislative bakal calon before the DCT (E codes)"), username=own, comments=cm)
    ig.media(w(2023, 12, 5, 8, 0), "Kerja bakti Segoro Amarto di bantaran Kali Gajah Wong 🧹", N("neg_motto", "the city's motto in a clean-up", lang="jawa"),
             username=own)
    ig.media(w(2024, 1, 14, 9, 0), "Halo warga Prenggan, pelayanan KTP-el hari Sabtu tetap buka 🙌",
             N("neg_everyday_word", "'halo' in a notice; pair 1's acronym is HALO"), username=own)
    ig.media(w(2024, 2, 12, 10, 0), "Masa tenang: APK di wilayah Prenggan sudah ditertibkan bersama Satpol PP.", N("neg_official_neutral", "quiet-day work"),
             username=own)
    cm = [ig.comment(w(2024, 2, 14, 12, 30), "TPS 7 aman 👍", I("ygy_staf2"), N("neg_official_neutral", "voting-day report"))]
    ig.media(w(2024, 2, 14, 12, 0), "Pemungutan suara di 21 TPS Kelurahan Prenggan berjalan lancar.", N("neg_official_neutral", "voting day"), username=own, comments=cm)
    ig.dump_media(own)

    # 5. business discovery of presidential pair 2 (2023-24)
    ig = Ig(c, "instagram/discovery_rasa02.json")
    acc = c.cands["p9-2"].handle("instagram")
    own_n = N("neg_candidate_own", "posted by the pair's account")
    cm = [ig.comment(w(2023, 10, 19, 11, 0), "Semangat Bu Prof! Guru honorer di belakang Ibu 💪", I("ygy_pppk1"),
                     V("ygy_pppk1", "interact", "p9-2", "bakal_support", action="comment", note="a PPPK teacher cheers a presidential bakal calon (E codes)")),
          ig.comment(w(2023, 10, 19, 11, 20), "Ibu hebat", "mbak.sekar88", N())]
    ig.media(w(2023, 10, 19, 10, 0), "Prof Ratna dan Pak Agus mendaftar ke KPU RI. Indonesia RASA Adil 🇮🇩 #RASA02", own_n, comments=cm)
    cm = [ig.comment(ta(2023, 11, 14, 20, 30), "02 sampai menang ✌️", I("bpn_pppk1"), V("bpn_pppk1", "interact", "p9-2", "comment_support", action="comment")),
          ig.comment(ta(2023, 11, 14, 20, 50), "Semoga debatnya sehat untuk semua paslon 🙏", I("bpn_pkm"), N("neg_all_pairs", "a wish for every pair"))]
    ig.media(w(2023, 11, 14, 19, 0), "Nomor urut 02! ✌️ #RASA02", own_n, comments=cm)
    cm = [ig.comment(ta(2023, 12, 15, 20, 0), "Terima kasih Prof, RASA untuk guru ✌️", I("bpn_pppk1"),
                     V("bpn_pppk1", "interact", "p9-2", "tag_then_engaged", action="comment"))]
    ig.media(ta(2023, 12, 15, 19, 0), "Kunjungan ke Balikpapan bersama @fitrihandayani.bpp dan guru-guru PPPK 🙏 #RASA02", own_n, comments=cm,
             mentions=[(I("bpn_pppk1"), A("bpn_pppk1", case="mentioned", note="named in the pair's caption; she comments with support"))])
    cm = [ig.comment(w(2024, 1, 20, 20, 0), "Bu, nakes honorer juga ya 🙏", I("ygy_pkm"),
                     R("rev_question_on_page", "a puskesmas doctor asks a policy favour on a presidential pair's account during the campaign: a question or "
                       "engagement (SKB-D6)?", actor="ygy_pkm", cand="p9-2"))]
    ig.media(w(2024, 1, 20, 19, 0), "Rasa adil itu ketika guru honorer diangkat. #RASA02", own_n, comments=cm)
    cm = [ig.comment(w(2024, 2, 11, 8, 0), "Besok lusa 02 ✌️", I("ygy_pppk1"), V("ygy_pppk1", "interact", "p9-2", "stage_quiet", action="comment"))]
    ig.media(w(2024, 2, 11, 7, 0), "Masa tenang. Terima kasih relawan di seluruh Indonesia 🙏", own_n, comments=cm)
    ig.dump_discovery(acc, "Ratna – Agustinus", "Pasangan Capres-Cawapres No. 02 | Indonesia RASA Adil", 184000, "patroli.netralitas")

    # 6. Kelurahan Sepinggan, Balikpapan (2023-24, WITA)
    ig = Ig(c, "instagram/media_kelurahan_sepinggan.json")
    own = c.inst["kel_spg"]["handle"]
    cm = [ig.comment(ta(2023, 11, 1, 9, 40), "Semangat kader posyandu!", I("bpn_pkm"), N("neg_official_neutral", "a doctor cheers health volunteers"))]
    ig.media(ta(2023, 11, 1, 9, 0), "Posyandu balita RT 12 Sepinggan, timbang dan imunisasi 👶", N("neg_official_neutral", "a health service"), username=own, comments=cm)
    cm = [ig.comment(ta(2023, 12, 20, 20, 0), "Ini hanya dokumentasi reses, bukan kampanye 🙏", I("bpn_lurah"), N("neg_deflect", "the lurah defends the post")),
          ig.comment(ta(2023, 12, 20, 20, 15), "Bu Rina mantap 👍", I("bpn_pppk1"), V("bpn_pppk1", "interact", "dprd-bpn6-gol-2", "comment_support", action="comment"))]
    ig.media(ta(2023, 12, 20, 19, 0), "Bu Rina, caleg Golkar nomor 2, hadir di reses RT Sepinggan. Terima kasih Bu, Sepinggan mendukung! #BuRina2",
             V("inst:kel_spg", "inst", "dprd-bpn6-gol-2", "inst_account", note="the kelurahan's account declares support for a DPRD candidate"),
             username=own, comments=cm)
    ig.media(ta(2024, 1, 15, 9, 0), "Balikpapan kota beriman: lomba kebersihan antar RT se-Sepinggan 🏆", N("neg_motto", "Balikpapan's motto"), username=own)
    ig.media(ta(2024, 2, 8, 9, 0), "Imbauan: ASN dan non-ASN Kelurahan Sepinggan wajib netral selama masa kampanye.", N("neg_reminder", "a neutrality notice"),
             username=own)
    ig.media(ta(2024, 2, 14, 13, 0), "Pemungutan suara di 34 TPS Sepinggan berjalan lancar 🗳️", N("neg_official_neutral", "voting day"), username=own)
    ig.dump_media(own)

    # 7. a nurse's own account in Tobelo (2023-24, WIT)
    ig = Ig(c, "instagram/media_ns_debytoduho.json")
    own = I("hlt_pkm")
    ig.media(tp(2023, 10, 10, 18, 0), "Pantai Kupa-Kupa sore 🌅", N("neg_personal", "a landscape"), username=own)
    ig.media(tp(2023, 10, 20, 20, 0), "Om Okto mo maju DPRD dapil Galela-Loloda, torang dukung! 💪 #OmOkto3",
             V("hlt_pkm", "post", "dprd-hlt4-dem-3", "bakal_support", lang="malut"), username=own)
    ig.media(tp(2023, 11, 3, 1, 0), "Hari ini DCT, Bung Frengky pasti masuk 💯 #BungFrengky1",
             V("hlt_pkm", "post", "dprd-hlt1-nas-1", "stage_boundary_wit", lang="malut",
               note="01:00 WIT on 3 Nov is 23:00 WIB on 2 Nov: still a bakal calon by the WIB date (E codes), though it is DCT day locally"),
             username=own)
    ig.media(tp(2023, 12, 25, 10, 0), "Selamat Natal dari Tobelo, Hibualamo 🎄", N("neg_motto", "the regency's symbol in a Christmas greeting", lang="malut"),
             username=own)
    ig.media(tp(2024, 2, 14, 13, 0), "Su coblos 💜", N("neg_after_voting", "voting day", lang="malut"), username=own)
    ig.dump_media(own)


# ---------------------------------------------------------------------------------------------
# TikTok Research API (2023-24)
# ---------------------------------------------------------------------------------------------
@section
def tiktok(c):
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    CT_ = lambda cid: c.cands[cid].handle("tiktok")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout9.jsonl")
    v_yoga = tt.video(T("ygy_staf1"), w(2023, 10, 30, 20, 0), "POV: staf kelurahan tapi ngefans Pak Hendro 🤫 #PakHendro1",
                      V("ygy_staf1", "post", "dprd-ygy5-pan-1", "bakal_support", lang="slang", note="a kelurahan clerk backs a legislative bakal calon (E codes)"),
                      voice="nomer siji, PAN")
    tt.video(T("ygy_pppk1"), w(2023, 11, 15, 19, 0), "Guru PPPK milih sing peduli guru: 02 ✌️ #RASA02", V("ygy_pppk1", "post", "p9-2", "post_support", lang="jawa"))
    tt.video(T("ygy_pppk1"), w(2023, 12, 20, 16, 0), "Ice breaking: tebak rasa permen 🍬", N("neg_everyday_word", "'rasa' (flavour); pair 2's acronym is RASA"))
    tt.video(T("ygy_guru1"), w(2024, 1, 10, 10, 0), "Simulasi pemilu di kelas: milih ketua OSIS, coblos sing sah ya 🗳️", N("neg_how_to_vote", "a voting lesson", lang="jawa"))
    tt.video(T("ygy_pppk2"), w(2024, 1, 18, 20, 0), "Tutorial cek DPT online biar nggak bingung 14 Februari ✅", N("neg_how_to_vote", "how to check the voters' list", lang="slang"))
    tt.video(T("btl_pppk"), w(2024, 1, 22, 17, 0), "Jogja istimewa, Bantul Projotamansari 🌾", N("neg_motto", "Bantul's motto", lang="jawa"))
    tt.video(T("btl_pppk"), w(2024, 1, 27, 7, 0), "Ngajar nganggo kaos RASA, semangat ✌️ #RASA02",
             V("btl_pppk", "gesture", "p9-2", "gesture_caption", lang="jawa", note="a PPPK teacher wears the pair's campaign shirt in class"))
    tt.video(CT_("p9-2"), w(2024, 1, 28, 10, 0), "Terima kasih guru-guru Bantul @bunovi.sewon 🙏 #RASA02", N("neg_candidate_own", "the pair's account"),
             mentions=[(T("btl_pppk"), A("btl_pppk", case="mentioned", note="named by the pair's account after her own videos"))])
    tt.video(T("bma_guru1"), ta(2023, 12, 5, 19, 0), "Kalembo ade murid-murid, ujian semester semangat 💪",
             N("neg_everyday_word", "'kalembo ade' (be strong)", lang="bima"))
    tt.video(T("bma_pppk"), ta(2023, 12, 10, 20, 0), "Bang Saleh nomor 2 PPP, dou Sape pilih yang pasti 💚 #BangSaleh2",
             V("bma_pppk", "post", "dprd-bma5-ppp-2", "post_support", lang="bima"))
    tt.video(c.inst["kec_sape_tt"]["handle"], ta(2023, 12, 15, 10, 0), "Sosialisasi tahapan pemilu bersama PPK Sape 🗳️", N("neg_official_neutral", "election logistics"))
    tt.video(c.inst["kec_sape_tt"]["handle"], ta(2024, 1, 20, 10, 0), "Kunjungan Bang Saleh caleg PPP ke Pasar Sape, disambut warga 💚 #BangSaleh2",
             V("inst:kec_sape_tt", "inst", "dprd-bma5-ppp-2", "inst_account", note="the kecamatan's account promotes a DPRD candidate's visit"))
    tt.video(c.inst["smpn1_sape"]["handle"], ta(2024, 2, 2, 10, 0), "Lomba tari Lenggo antar kelas 💃", N("neg_official_neutral", "school news"))
    tt.new_page()
    tt.video(T("bpn_pppk1"), ta(2023, 10, 20, 20, 0), "Bu Rina mau maju lagi, guru PPPK Balikpapan dukung! #BuRina2",
             V("bpn_pppk1", "post", "dprd-bpn6-gol-2", "bakal_support", note="a PPPK teacher backs a legislative bakal calon (E codes)"))
    tt.video(T("bpn_pppk1"), ta(2023, 11, 30, 16, 0), "Rasa capek ngajar hilang liat murid senyum 🥰", N("neg_everyday_word", "'rasa' (feeling)"))
    tt.video(T("bpn_guru1"), ta(2024, 1, 5, 19, 0), "Nama saya Bu Rina, tapi bukan caleg ya 😂 saya guru SD", N("neg_namesake", "a teacher called Bu Rina, like the candidate"))
    tt.video(T("bpn_dishub"), ta(2024, 1, 20, 17, 0), "Ngatur lalin kampanye di Balikpapan Baru, tetap netral 🚦", N("neg_official_neutral", "traffic duty"))
    tt.video(T("bpn_dishub"), ta(2024, 1, 25, 20, 0), "Abis tugas mampir posko Bu Rina, nomor 2 Golkar mantap 👍",
             V("bpn_dishub", "post", "dprd-bpn6-gol-2", "post_support"))
    tt.video(T("hlt_pppk"), tp(2023, 11, 15, 19, 0), "Nona Irma nomor 4 NasDem, perempuan Halut hebat 💪 #NonaIrma4",
             V("hlt_pppk", "post", "dprd-mlt2-nas-4", "post_support", lang="malut"))
    tt.video(T("hlt_guru1"), tp(2023, 12, 10, 16, 0), "Tari Cakalele anak-anak SMP 🥁", N("neg_personal", "school news"))
    v_tbl = tt.video(c.inst["kec_tbl"]["handle"], tp(2024, 1, 18, 10, 0), "Bung Frengky caleg NasDem nomor 1 kunjungi Pasar Tobelo, Hibualamo! #BungFrengky1",
                     V("inst:kec_tbl", "inst", "dprd-hlt1-nas-1", "inst_account", lang="malut", note="the kecamatan's account promotes a DPRD candidate"))
    tt.video(c.inst["kec_tbl"]["handle"], tp(2024, 1, 5, 9, 0), "Hibualamo: torang samua satu rumah. Pemilu damai di Tobelo 🙏",
             N("neg_motto", "the regency's symbol in a peace message", lang="malut"))
    tt.video(CT_("dprd-mlt2-nas-4"), tp(2024, 1, 22, 10, 0), "Terima kasih ibu guru @bumeilan.halut dan guru PPPK Wosia 🙏 #NonaIrma4",
             N("neg_candidate_own", "the candidate's account"),
             mentions=[(T("hlt_pppk"), A("hlt_pppk", case="mentioned", note="named by the candidate's account; she answers with a video"))])
    tt.video(T("hlt_pppk"), tp(2024, 1, 22, 19, 0), "Dapa tag dari Nona Irma 🥰 nomor 4 sampe menang",
             V("hlt_pppk", "post", "dprd-mlt2-nas-4", "tag_then_engaged", lang="malut"))
    tt.video(CT_("p9-1"), tp(2024, 2, 5, 10, 0), "Halo Tobelo! Terima kasih @buyuli.tobelo dan guru-guru 🙏 #HALO01", N("neg_candidate_own", "the pair's account"),
             mentions=[(T("hlt_guru1"), A("hlt_guru1", case="mentioned", note="named by pair 1's account; she asks not to be tagged"))])
    tt.video(T("hlt_guru1"), tp(2024, 2, 5, 19, 0), "Sa cuma guru, tra ikut kampanye. Tolong jang tag sa 🙏", N("neg_untag", "she rejects the mention", lang="malut"))
    tt.dump()

    tt_comments(c, f"tiktok/comments_{v_yoga['id']}.json", v_yoga, [
        (w(2023, 10, 30, 20, 30), "Staf kelurahan kok kampanye 🤔", N(lang="jawa"), None),
        (w(2023, 10, 30, 20, 45), "Pak Hendro top 👍", N(), None),
        (w(2023, 10, 30, 21, 0), "Hapus mas, ASN lho", N(lang="jawa"), 0),
        (w(2023, 10, 31, 7, 0), "nomer siji!!", N(lang="jawa"), None),
    ])
    tt_comments(c, f"tiktok/comments_{v_tbl['id']}.json", v_tbl, [
        (tp(2024, 1, 18, 11, 0), "Akun kecamatan kok promosi caleg?", N(), None),
        (tp(2024, 1, 18, 11, 20), "Bung Frengky mantap ☝️", N(lang="malut"), None),
        (tp(2024, 1, 18, 12, 0), "Lapor Bawaslu saja", N(), 0),
    ])


# ---------------------------------------------------------------------------------------------
# YouTube Data API v3 commentThreads
# ---------------------------------------------------------------------------------------------
@section
def youtube(c):
    Y = lambda k: c.acct(k, "youtube")  # noqa: E731

    # 1. a health-education video of the Sulawesi Tengah health office (2015, WITA)
    ch = c.inst["dinkes_stg"]["handle"]
    yt = Yt(c, "youtube/comments_dinkes_sulteng_dbd.json", "sTg" + "dbd2015x", ch)
    t1 = yt.comment(ta(2015, 10, 12, 19, 0), "Terima kasih infonya, sangat bermanfaat untuk siswa 🙏", c.disp("stg_guru"), Y("stg_guru"),
                    N("neg_official_neutral", "a teacher thanks the office"))
    yt.thread(t1)
    t2 = yt.comment(ta(2015, 10, 20, 20, 0), "SINAR nomor 2 memang peduli kesehatan ✌️", c.disp("stg_guru"), Y("stg_guru"),
                    V("stg_guru", "interact", "stg-2", "comment_support", action="comment", note="a teacher's call for a pair under a health office video"))
    r2 = yt.comment(ta(2015, 10, 20, 21, 0), "Mohon maaf, kolom komentar bukan tempat kampanye 🙏", "Dinkes Sulteng TV", ch,
                    N("neg_reminder", "the office asks commenters to keep campaigning out"), parent=t2)
    yt.thread(t2, [r2])
    t3 = yt.comment(ta(2015, 10, 22, 8, 0), "DBD di Palu naik terus, fogging kapan?", "Warga Tatura", yt_channel("h9ytwarga1"), N())
    yt.thread(t3)
    yt.dump()

    # 2. the public debate of the Jambi governor race, on pair 2's channel (2015, WIB)
    chn = c.cands["jmb-2"].handle("youtube")
    yt = Yt(c, "youtube/comments_debat_pilgub_jambi.json", "jMb" + "dbt2015a", chn)
    t1 = yt.comment(w(2015, 11, 15, 22, 0), "Kedua calon sama-sama bagus, semoga pemilih Jambi cerdas 🙏", c.disp("jmb_guru"), Y("jmb_guru"),
                    N("neg_all_pairs", "a remark on both pairs"))
    t1r = yt.comment(w(2015, 11, 15, 22, 20), "Moderatornya kurang tegas", "Datuk Mudo", yt_channel("h9ytdatuk"), N(), parent=t1)
    yt.thread(t1, [t1r])
    t2 = yt.comment(w(2015, 11, 15, 22, 30), "Bang Hendra paling siap, nomor 2 ✌️ Sepucuk Jambi Bangkit", c.disp("jmb_staf2"), Y("jmb_staf2"),
                    V("jmb_staf2", "interact", "jmb-2", "comment_support", action="comment"))
    yt.thread(t2)
    t3 = yt.comment(w(2015, 11, 16, 7, 0), "Idak ado yang bahas asap, payah 😤", "Bujang Pal Merah", yt_channel("h9ytbujang"), N(lang="jambi"))
    yt.thread(t3)
    yt.dump()

    # 3. the fisheries office of Halmahera Utara: handing over outboard engines (2023-24, WIT)
    ch = c.inst["dkp_hlt"]["handle"]
    yt = Yt(c, "youtube/comments_perikanan_halut_ketinting.json", "hLt" + "ktn2024m", ch)
    t0 = yt.comment(tp(2023, 12, 10, 19, 0), "Hibualamo, nelayan Tobelo bangkit 🙏", c.disp("hlt_guru2"), Y("hlt_guru2"),
                    N("neg_motto", "the regency's symbol under a fisheries video", lang="malut"))
    yt.thread(t0)
    t1 = yt.comment(tp(2024, 1, 20, 20, 0), "Bantuan ini dari Bung Frengky kah? Terima kasih Bung, nomor 1 NasDem 🙏", c.disp("hlt_guru2"), Y("hlt_guru2"),
                    V("hlt_guru2", "interact", "dprd-hlt1-nas-1", "comment_support", action="comment", lang="malut",
                      note="a teacher credits state aid to a candidate and calls for his number"))
    r1 = yt.comment(tp(2024, 1, 20, 20, 30), "Bantuan pemerintah, bukan dari caleg!", "Pace Tobelo", yt_channel("h9ytpace"), N(lang="malut"), parent=t1)
    r2 = yt.comment(tp(2024, 1, 21, 8, 0), "Bantuan ini program APBD Dinas Perikanan, tidak terkait calon mana pun.", "Perikanan Halut", ch,
                    N("neg_official_neutral", "the office corrects it"), parent=t1)
    r3 = yt.comment(tp(2024, 1, 21, 9, 0), "Maaf, sa salah kira 🙏", c.disp("hlt_guru2"), Y("hlt_guru2"),
                    N("neg_withdrawn", "he retracts; the comment above stands", lang="malut"), parent=t1)
    yt.thread(t1, [r1, r2, r3])
    t2 = yt.comment(tp(2024, 1, 22, 10, 0), "Mesin 15 PK tahan berapa tahun?", "Nelayan Galela", yt_channel("h9ytgalela"), N())
    yt.thread(t2)
    yt.dump()

    # 4. a Yogyakarta teacher's own vlog (2024, WIB)
    chn = Y("ygy_guru2")
    yt = Yt(c, "youtube/comments_vlog_pakfajar_ngajar.json", "yGy" + "vlg2024f", chn)
    t1 = yt.comment(w(2024, 1, 22, 21, 0), "Saya netral ya teman-teman, vlog ini cuma cerita mengajar 🙏", c.disp("ygy_guru2"), chn,
                    N("neg_negation", "the teacher states neutrality on his vlog"))
    yt.thread(t1)
    t2 = yt.comment(w(2024, 1, 23, 7, 0), "Pak guru kemarin twit 02 lho 😅", "Alumni SMP 14", yt_channel("h9ytalumni"), N())
    r2 = yt.comment(w(2024, 1, 23, 8, 0), "Itu akun pribadi saya... ya sudah, nanti saya hapus", c.disp("ygy_guru2"), chn,
                    N("neg_withdrawn", "he promises to delete; the tweet is the act"), parent=t2)
    yt.thread(t2, [r2])
    t3 = yt.comment(w(2024, 1, 24, 19, 0), "Vlognya inspiratif pak, semangat ngajar!", "Mbak Tiwi", yt_channel("h9yttiwi"), N())
    yt.thread(t3)
    yt.dump()


# ---------------------------------------------------------------------------------------------
# the everyday a patrol also meets: a residents' group in Kijang (Facebook), a 2015 list timeline (X), WIT pages on
# CrowdTangle, a tourism channel in Tomohon (YouTube), a second TikTok query and a kelurahan clerk's own Instagram,
# mostly ordinary posts by the same officials
# ---------------------------------------------------------------------------------------------
@section
def everyday_social(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person

    gid = page_id("grup_wargakijang")
    fb = Fb(c, "facebook/group_warga_kijang_bintan_feed.json", gid, version="v2.5")
    p = fb.post(w(2015, 8, 14, 7, 0), "Kapal ke Tanjungpinang hari ni jam berape ye?", P("Mak Long Kijang"), N(lang="riau"))
    fb.comment(p, w(2015, 8, 14, 7, 30), "Jam 2 petang dari pelabuhan, Mak Long. Datang awal sebab ramai", u("bnt_lurah"),
               N("neg_official_neutral", "a lurah answers a ferry question", lang="riau"))
    fb.post(w(2015, 8, 21, 19, 0), "Alhamdulillah budak-budak SMPN 2 juara lomba pantun se-Kabupaten Bintan 🏆", u("bnt_guru"),
            N("neg_personal", "school news", lang="riau"))
    fb.post(w(2015, 9, 3, 16, 0), "Hari ni kami turun ke kelong di Teluk Bakau, cek alat tangkap nelayan 🎣", u("bnt_staf3"),
            N("neg_official_neutral", "field work", lang="riau"))
    fb.post(w(2015, 9, 10, 9, 0), "Info: pemadaman listrik bergilir di Kijang Kota hari Sabtu pukul 08.00–12.00.", u("bnt_lurah"),
            N("neg_official_neutral", "a notice"))
    p = fb.post(w(2015, 9, 24, 8, 0), "Asap sampai ke Bintan, jaga kesehatan anak-anak ye 😷", P("Kak Ros Kijang"), N(lang="riau"))
    fb.comment(p, w(2015, 9, 24, 8, 40), "Sekolah kami pulangkan murid lebih awal hari ni", u("bnt_guru"), N("neg_personal", "school news", lang="riau"))
    fb.post(w(2015, 10, 8, 20, 0), "Kawan lama datang ke sekolah, dulu satu kelas, sekarang jadi calon bupati. Bangga kite 😊", u("bnt_guru"),
            R("rev_pride", "a teacher who backed pair 2 is proud that a former classmate, now a candidate, visited her school: a memory or support (SKB-D2)?",
              actor="bnt_guru", cand="bnt-2", lang="riau"))
    fb.post(w(2015, 10, 25, 19, 0), "Foto bareng Bang Khairul di Kawal, ada Tengku Fadli jugak 😁 #KAWAN2", P("Relawan Kawan Kawal"), N(lang="riau"),
            tags=[(u("bnt_staf3"), A("bnt_staf3", note="tagged by a volunteer in pair 2's campaign photo; no reaction"))])
    fb.post(w(2015, 11, 1, 7, 0), "Gotong royong bersih pantai Trikora Minggu ni, jom ramai-ramai 🧹", u("bnt_staf3"), N("neg_personal", "a clean-up", lang="riau"))
    p = fb.post(w(2015, 11, 18, 12, 0), "Harga ikan tamban turun, nelayan mengeluh", P("Pak Usu Teluk Bakau"), N(lang="riau"))
    fb.comment(p, w(2015, 11, 18, 12, 40), "Dinas sudah catat pak, minggu depan kami rapat dengan pengepul", u("bnt_staf3"),
               N("neg_official_neutral", "an officer answers a complaint", lang="riau"))
    fb.post(w(2015, 12, 10, 9, 0), "Terima kasih warga Kijang Kota, pilkada aman dan lancar 🙏", u("bnt_lurah"), N("neg_after_voting", "after the vote"))
    fb.dump()

    x = X(c, "x/timeline_list_asn_2015_heldout9.json")
    for k, (b, loc) in {"kls_bpkad": ("Keuangan daerah", "Banjarbaru"), "spn_dishub": ("Dishub. Tertib lalin", "Sungai Penuh"),
                        "jmb_bpbd": ("BPBD. Siaga bencana", "Jambi"), "bnt_dispar": ("Wisata Bintan", "Bintan"),
                        "tmh_dispar": ("Pariwisata. Kota Bunga", "Tomohon")}.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    cd = c.cands["kls-2"]
    x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    H = lambda k: c.acct(k, "x")  # noqa: E731
    x.tweet(H("kls_bpkad"), ta(2015, 9, 29, 21, 0), "Rapat evaluasi APBD perubahan sampai malam 😩", N("neg_official_neutral", "office work"))
    x.tweet(H("kls_bpkad"), ta(2015, 10, 3, 12, 0), "Mampir soto Banjar di bawah jembatan, nyaman banar 😋", N("neg_personal", "lunch", lang="banjar"))
    x.tweet(cd.handle("x"), ta(2015, 11, 14, 19, 0), "Terima kasih @syarif_bpkad dan sahabat ekonomi Banua yang hadir di dialog malam ini 🙏 #HARAT2",
            N("neg_candidate_own", "posted by the pair's account"),
            mentions=[(H("kls_bpkad"), A("kls_bpkad", case="mentioned", note="named by pair 2's account; no reply in this timeline"))])
    x.tweet(H("kls_bpkad"), ta(2015, 12, 4, 20, 0), "Pemimpin nang harat itu kada banyak janji. Pian pasti tahu maksud ulun 😉",
            R("rev_hint", "a finance officer who backed pair 2 hints with the pair's acronym on the last campaign days: an appeal (SKB-D2) or a remark?",
              actor="kls_bpkad", cand="kls-2", lang="banjar"))
    x.tweet(H("spn_dishub"), w(2015, 10, 2, 7, 0), "Jalan Sungai Penuh–Kersik Tuo licin habis hujan, hati-hati 🚗", N("neg_official_neutral", "a road warning"))
    x.tweet(H("spn_dishub"), w(2015, 11, 22, 20, 0), "Kerinci butuh pemimpin mudo. Kito liat tanggal 9 😉",
            R("rev_hint", "'a young leader' hints at the youngest candidate (spn-3) from an officer who backed pair 2: an appeal or a remark?",
              actor="spn_dishub", cand="spn-3", lang="kerinci"))
    x.tweet(H("jmb_bpbd"), w(2015, 10, 6, 6, 30), "ISPU hari ini berbahaya, sekolah di Kota Jambi diliburkan 😷", N("neg_official_neutral", "a haze alert"))
    x.tweet(H("jmb_bpbd"), w(2015, 10, 27, 17, 0), "Hujan turun di Muaro Jambi, alhamdulillah asap berkurang 🌧️", N("neg_personal", "weather"))
    x.tweet(H("bnt_dispar"), w(2015, 10, 17, 17, 0), "Sunset Lagoi, tiket masuk pantai gratis untuk warga Bintan akhir pekan ini 🌅", N("neg_official_neutral", "tourism news"))
    x.tweet(H("tmh_dispar"), ta(2015, 8, 8, 7, 0), "TIFF 2015 parade starts at 9 am, see you in Tomohon! 🌺", N("neg_official_neutral", "festival news", lang="en"), lang="en")
    x.tweet(H("tmh_dispar"), ta(2015, 9, 26, 7, 0), "Danau Linow pagi ini berkabut, indah skali 🌫️", N("neg_personal", "a landscape", lang="manado"))
    x.tweet(H("tmh_dispar"), ta(2015, 10, 30, 20, 0), "Om Jefry juga datang ke malam apresiasi TIFF, jempol! 👍",
            R("rev_slogan_echo", "a tourism officer thanks the independent candidate and adds 'jempol', the pair's acronym: thanks for a guest or support?",
              actor="tmh_dispar", cand="tmh-1", lang="manado"))
    x.dump_timeline()

    pages = {
        "dr": (c.inst["dispar_raj"]["nama_akun"], "", c.inst["dispar_raj"]["handle"], "Government Organization", "Dinas Pariwisata Kabupaten Raja Ampat",
               "2013-04-04 09:00:00", 15600),
        "pa": (c.inst["kec_ppa"]["nama_akun"], "", c.inst["kec_ppa"]["handle"], "Government Organization", "Kecamatan Pulau-Pulau Aru, Dobo",
               "2014-03-03 09:00:00", 1800),
        "dd": (c.disp("raj_guru"), "", c.acct("raj_guru", "facebook"), "Teacher", "Guru SMP Waisai", "2013-01-01 09:00:00", 720),
        "au": (c.disp("aru_guru1"), "", c.acct("aru_guru1", "facebook"), "Teacher", "Guru SD Dobo", "2012-12-12 09:00:00", 860),
        "dp": ("Dobo Pos", "doboposonline", page_id("dobopos"), "Media/News Company", "Berita Kepulauan Aru", "2013-06-06 09:00:00", 14300),
    }
    ct = Ct(c, "crowdtangle/pages_rajaampat_aru_2015.csv", WIT, pages)
    ct.row("dr", tp(2015, 9, 1, 9, 0), "Photo", "Festival Bahari Raja Ampat 2015 resmi dibuka di Waisai 🐠", N("neg_official_neutral", "tourism news"))
    ct.row("dr", tp(2015, 9, 20, 10, 0), "Status", "Pendaftaran pelatihan pemandu wisata bersertifikat dibuka sampai akhir bulan.", N("neg_official_neutral", "a notice"))
    ct.row("dr", tp(2015, 10, 28, 17, 0), "Photo", "Tamu mancanegara menikmati Piaynemo 🏝️",
           V("inst:dispar_raj", "inst", "raj-2", "image_text", note="the pair's slogan, names and number exist only as text inside the office's picture"),
           image_text="RAJA AMPAT MANIS\nMARTHEN - NISAR NO. 2")
    ct.row("dr", tp(2015, 12, 7, 9, 0), "Status", "Masa tenang: layanan informasi wisata tetap buka seperti biasa.", N("neg_official_neutral", "a notice"))
    ct.row("pa", tp(2015, 8, 12, 10, 0), "Photo", "Pembagian beras untuk keluarga penerima di Kelurahan Siwalima.", N("neg_official_neutral", "routine work"))
    ct.row("pa", tp(2015, 9, 8, 10, 0), "Status", "Rapat persiapan pilkada bersama PPK dan Panwascam di kantor kecamatan.", N("neg_official_neutral", "election logistics"))
    ct.row("dd", tp(2015, 9, 12, 19, 0), "Status", "Bapa Yohan Dimara tu sa pu bapa ade. Doakan e 🙏",
           R("rev_family_prayer", "a teacher asks for prayers for his uncle, the independent candidate (he cheered pair 2 elsewhere): family feeling or support?",
             actor="raj_guru", cand="raj-3", lang="papua"))
    ct.row("dd", tp(2015, 11, 14, 19, 0), "Photo", "Murid SMPN 1 Waisai ikut lomba cerdas cermat di Sorong 📚", N("neg_personal", "school news", lang="papua"))
    ct.row("au", tp(2015, 11, 8, 19, 0), "Photo", "Marga Ubyaan kumpul keluarga besar di Dobo, Om Yance juga datang 🙏",
           R("rev_event_family", "a clan gathering during the campaign where the candidate of the same clan came, no sign: a family event or a photo with a "
             "candidate (SKB-D7)?", actor="aru_guru1", cand="aru-2", lang="ambon"))
    ct.row("au", tp(2015, 12, 25, 10, 0), "Status", "Natal di Dobo, damai untuk semua 🎄", N("neg_personal", "a greeting", lang="ambon"))
    ct.row("dp", tp(2015, 8, 25, 15, 0), "Link", "Pilkada Aru: empat pasangan calon bersaing, nomor urut sudah diundi.", N("neg_news", "a news page"),
           link="https://dobopos.id/2015/08/25/nomor-urut-pilkada-aru", link_text="Empat pasangan calon Pilkada Aru")
    ct.dump()

    chn = c.acct("tmh_dispar", "youtube")
    yt = Yt(c, "youtube/comments_tiff2015_tomohon.json", "tMh" + "tiff2015", chn)
    t1 = yt.comment(ta(2015, 8, 9, 20, 0), "Bunganya cantik sekali! 🌸", "Nona Manado", yt_channel("h9ytnona"), N())
    r1 = yt.comment(ta(2015, 8, 9, 21, 0), "Terima kasih, datang lagi tahun depan 🙏", c.disp("tmh_dispar"), chn, N("neg_official_neutral", "the officer thanks a viewer"),
                    parent=t1)
    yt.thread(t1, [r1])
    t2 = yt.comment(ta(2015, 8, 10, 8, 0), "Om Stev juga ada di parade?", "Opa Wenas Matani", yt_channel("h9ytopa"), N(lang="manado"))
    r2 = yt.comment(ta(2015, 8, 10, 9, 0), "Semua bakal calon wali kota diundang dan hadir di pembukaan TIFF, terima kasih 🙏", c.disp("tmh_dispar"), chn,
                    N("neg_all_pairs", "names every bakal calon evenly"), parent=t2)
    yt.thread(t2, [r2])
    t3 = yt.comment(ta(2015, 8, 11, 19, 0), "Kapan TIFF berikutnya?", "Traveler Minahasa", yt_channel("h9yttravel"), N())
    r3 = yt.comment(ta(2015, 8, 11, 20, 0), "Agustus 2016, nantikan 🌺", c.disp("tmh_dispar"), chn, N("neg_official_neutral", "festival news"), parent=t3)
    yt.thread(t3, [r3])
    yt.dump()

    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout9_b.jsonl")
    tt.video(T("ygy_guru1"), w(2023, 9, 14, 10, 0), "Praktik membatik di kelas 8 🎨", N("neg_personal", "school news"))
    tt.video(T("ygy_guru1"), w(2023, 12, 2, 20, 0), "Filter tebak capres: keluarnya 02 😂 ngakak",
             R("rev_joke", "a teacher who called pair 2's support 'ngakak' after a guessing filter lands on 02: a joke or a sign (SKB-D2)?",
               actor="ygy_guru1", cand="p9-2", lang="slang"))
    tt.video(T("ygy_staf1"), w(2023, 9, 21, 22, 0), "Nongkrong angkringan habis lembur 😋", N("neg_personal", "evening", lang="jawa"))
    tt.video(T("bma_guru1"), ta(2023, 9, 27, 10, 0), "Murid kelas 9 latihan pidato 🎤", N("neg_personal", "school news"))
    tt.video(T("bma_pppk"), ta(2023, 10, 3, 16, 0), "Setahun jadi guru PPPK, alhamdulillah 🙏", N("neg_personal", "a personal milestone"))
    tt.video(c.cands["p9-3"].handle("tiktok"), ta(2024, 1, 12, 10, 0), "Terima kasih guru-guru Sape @bujaenab.sape 🙏 #MAKMUR03",
             N("neg_candidate_own", "the pair's account"),
             mentions=[(T("bma_guru1"), A("bma_guru1", case="mentioned", note="named by pair 3's account; she asks not to be tagged"))])
    tt.video(T("bma_guru1"), ta(2024, 1, 12, 19, 0), "Sa tidak ikut kampanye, tolong jangan tag 🙏", N("neg_untag", "she rejects the mention"))
    tt.video(T("hlt_guru1"), tp(2023, 10, 7, 13, 0), "Ikan bakar Tobelo, makan siang bareng guru-guru 🐟", N("neg_personal", "lunch", lang="malut"))
    tt.video(T("hlt_guru1"), tp(2024, 1, 31, 19, 0), "Murid tanya ibu pilih siapa. Sa jawab rahasia, tapi nomor favorit sa satu 😄",
             R("rev_hint", "a teacher who asked pair 1 not to tag her jokes that her favourite number is one: a joke or a hint (SKB-D2)?",
               actor="hlt_guru1", cand="p9-1", lang="malut"))
    tt.video(T("bpn_dishub"), ta(2023, 10, 9, 7, 0), "Pagi-pagi atur lalin sekolah di Sepinggan 🚸", N("neg_official_neutral", "traffic duty"))
    tt.video(T("bpn_pppk1"), ta(2023, 9, 18, 10, 0), "Kelas 3 belajar menanam cabai 🌱", N("neg_personal", "school news"))
    tt.video(T("bpn_pppk1"), ta(2023, 11, 22, 22, 0), "Teacher life: grading papers all night 😩 #guruPPPK", N("neg_personal", "work life", lang="en"))
    tt.video(c.inst["kec_tbl"]["handle"], tp(2023, 9, 25, 9, 0), "Pelayanan KTP-el keliling di Desa Kakara 🪪", N("neg_official_neutral", "a service"))
    tt.video(c.inst["smpn1_sape"]["handle"], ta(2023, 12, 15, 9, 0), "Pengumuman libur semester ganjil 📢", N("neg_official_neutral", "school notice"))
    tt.dump()

    ig = Ig(c, "instagram/media_riniastuti_kg.json")
    own = c.acct("ygy_staf2", "instagram")
    ig.media(w(2023, 9, 10, 7, 0), "Sarapan gudeg sebelum ngantor 😋", N("neg_personal", "breakfast", lang="jawa"), username=own)
    ig.media(w(2023, 11, 25, 9, 0), "Kerja bakti RT, resik-resik selokan 🧹", N("neg_personal", "a clean-up", lang="jawa"), username=own)
    ig.media(w(2023, 12, 14, 21, 0), "Lembur input data pemilih pindahan 😩", N("neg_official_neutral", "office work", lang="jawa"), username=own)
    ig.media(w(2024, 1, 21, 16, 0), "Pak Hendro tonggoku, wonge ramah tenan 😊",
             R("rev_personal_praise", "an officer who refused the lurah's order but commented support on the kelurahan's post praises the candidate as her "
               "neighbour: a personal remark or support?", actor="ygy_staf2", cand="dprd-ygy5-pan-1", lang="jawa"), username=own)
    ig.media(w(2024, 1, 28, 15, 0), "Mlaku-mlaku nang Kotagede heritage 🏛️", N("neg_personal", "a walk", lang="jawa"), username=own)
    ig.media(w(2024, 2, 14, 8, 0), "14 Februari: nyoblos disik, coklat keri 😄", N("neg_joke", "a voting-day joke", lang="jawa"), username=own)
    ig.dump_media(own)
