"""heldout10, part 1: Facebook Graph feeds, CrowdTangle CSV, X API v2, Instagram Graph, TikTok Research and YouTube
commentThreads (see _heldout10.py)."""
from __future__ import annotations

from _corpus import WIB, WIT, WITA, A, Ct, Fb, Ig, N, R, Tt, V, X, Yt, fb_person, tt_comments, yt_channel
from _heldout10_base import page_id, section, ta, tp, w


def _own(note="posted by the candidate's own page", lang="id"):
    return N("neg_candidate_own", note, lang=lang)


# ---------------------------------------------------------------------------------------------
# Facebook Graph API (page and group feeds)
# ---------------------------------------------------------------------------------------------
@section
def facebook(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person

    # 1. the page of DPRK candidate Tgk. Yusuf (Partai Aceh, dapil Pidie 1), 2013-14, WIB
    pid = c.cands["dprk-pid1-pa-1"].handle("facebook")
    fb = Fb(c, "facebook/page_tgkyusuf_partaiaceh_feed.json", pid, version="v2.0")
    page = {"name": "Tgk. Muhammad Yusuf Hasan", "id": pid}
    p = fb.post(w(2013, 7, 15, 10, 0), "Alhamdulillah, lon ka geucalonkan le Partai Aceh keu DPRK Pidie dapil 1. Lakee doa bak mandum rakyat Pidie 🤲 #TgkYusuf1",
                page, _own(lang="aceh"))
    fb.comment(p, w(2013, 7, 15, 10, 40), "Beu meuhase Tgk! Kamoe di kecamatan siap bantu peugah bak ureueng gampong 💪", u("pid_kasi"),
               V("pid_kasi", "interact", "dprk-pid1-pa-1", "bakal_support", action="comment", lang="aceh",
                 note="a section head of the kecamatan offers to promote a legislative bakal calon among villagers (E codes)"))
    fb.comment(p, w(2013, 7, 15, 11, 5), "Amin ya Allah, beu amanah Tgk", P("Nek Maryam Sigli"), N(lang="aceh"))
    fb.react(p, u("pid_guru"), V("pid_guru", "interact", "dprk-pid1-pa-1", "bakal_support", action="like", lang="sys",
                                 note="a state-school teacher likes a bakal calon's announcement (E4)"))
    p = fb.post(w(2013, 8, 22, 16, 0), "KIP Pidie ka geupeutetap DCT. Lon nomor 1 Partai Aceh dapil Pidie 1. Teurimong geunaseh 🙏", page, _own(lang="aceh"))
    fb.comment(p, w(2013, 8, 22, 16, 30), "Selamat Tgk, nomor 1 keu Pidie! ☝️", u("pid_guru2"),
               V("pid_guru2", "interact", "dprk-pid1-pa-1", "comment_support", action="comment", note="DCT day in WIB: D codes"))
    p = fb.post(w(2014, 1, 20, 9, 0), "Innalillahi wa inna ilaihi raji'un. Ummi lon ka geuwafat uroe nyoe di Sigli. Lakee doa keu almarhumah 🤲", page,
                _own("the candidate announces his mother's death", lang="aceh"))
    fb.comment(p, w(2014, 1, 20, 9, 40), "Innalillahi, turut berduka cita Tgk. Semoga almarhumah husnul khatimah 🤲", u("pid_camat"),
               N("neg_condolence", "a camat's condolence on the death of a candidate's mother: a community duty, no call, no number"))
    fb.comment(p, w(2014, 1, 20, 10, 5), "Al-Fatihah keu Ummi. Sabar Tgk, Allah geubri keu keluarga teuga 🤲", u("pid_dsi"),
               N("neg_condolence", "a condolence", lang="aceh"))
    fb.comment(p, w(2014, 1, 20, 10, 30), "Takziah Tgk. Beu tabah, April ukeu tanyoe meunang! ☝️", u("pid_kasi"),
               V("pid_kasi", "interact", "dprk-pid1-pa-1", "comment_support", action="comment", lang="aceh",
                 note="a condolence that ends in 'in April we win' with the number sign: campaign support"))
    p = fb.post(w(2014, 3, 20, 15, 0), "Kampanye akbar Partai Aceh di Lapangan Blang Paseh Sigli, geudampingi ureueng gampong ngon Mukhtaruddin 🌾 #TgkYusuf1",
                page, _own(lang="aceh"),
                photo={"description": "Tgk. Yusuf berpidato di panggung kampanye; bendera Partai Aceh"},
                tags=[(u("pid_tani"), A("pid_tani", note="tagged by the candidate's page in a rally post; he asks to be untagged"))])
    fb.comment(p, w(2014, 3, 20, 16, 10), "Lon hana ikut kampanye Tgk, lon ban woe dari blang. Neu hapus tag 🙏", u("pid_tani"),
               N("neg_untag", "the extension officer rejects the tag", lang="aceh"))
    fb.comment(p, w(2014, 3, 20, 16, 40), "Meunang Tgk! ☝️ Partai Aceh nomor 13", u("pid_kasi"),
               V("pid_kasi", "interact", "dprk-pid1-pa-1", "comment_support", action="comment", lang="aceh"))
    p = fb.post(w(2014, 4, 5, 21, 0), "Uroe akhee kampanye. Teurimong geunaseh mandum relawan 🙏", page, _own(lang="aceh"))
    fb.comment(p, w(2014, 4, 6, 0, 15), "9 April bek tuwo, coblos nomor 1 Partai Aceh ☝️", u("pid_guru2"),
               V("pid_guru2", "interact", "dprk-pid1-pa-1", "stage_quiet", action="comment", lang="aceh", note="00:15 WIB on 6 Apr, the first quiet day"))
    p = fb.post(w(2014, 4, 15, 10, 0), "Teurimong geunaseh rakyat Pidie. Hasil resmi tanyoe preh dari KIP.", page, _own(lang="aceh"))
    fb.comment(p, w(2014, 4, 15, 10, 50), "Semoga amanah, Tgk. Pidie tetap damai 🙏", u("pid_guru"), N("neg_after_voting", "a plain wish after the vote"))
    fb.dump()

    # 2. the press page of the Pidie government (2024, WIB)
    hid = c.inst["humas_pid"]["handle"]
    fb = Fb(c, "facebook/page_humas_pemkab_pidie_feed.json", hid, version="v19.0")
    page = {"name": "Humas Pemkab Pidie", "id": hid}
    p = fb.post(w(2024, 8, 5, 10, 0), "Pj. Bupati Pidie membuka MTQ tingkat kabupaten di Kembang Tanjong.", page, N("neg_official_neutral", "an official event"))
    fb.comment(p, w(2024, 8, 5, 10, 30), "Semoga lahir qari dan qariah terbaik dari Pidie 🤲", u("pid_guru"), N("neg_official_neutral", "a teacher's comment on an official event"))
    p = fb.post(w(2024, 8, 28, 11, 0), "Bakal calon bupati H. Teuku Basri Hamzah mendaftar ke KIP Pidie, disambut ribuan pendukung. Pidie BEREH!", page,
                V("inst:humas_pid", "inst", "pid-1", "inst_account", note="the government's press page carries a bakal calon's registration with his slogan (E codes)"),
                photo={"description": "Iring-iringan pendukung di depan kantor KIP Pidie"})
    fb.comment(p, w(2024, 8, 28, 11, 30), "Akun pemkab kok promosi bakal calon? 🤔", P("Bang Razali Beureunuen"), N())
    fb.comment(p, w(2024, 8, 28, 12, 0), "Bereh that Abua Basri! Lon dukong 💪", u("pid_guru"),
               V("pid_guru", "interact", "pid-1", "bakal_support", action="comment", lang="aceh"))
    fb.react(p, u("pid_guru2"), V("pid_guru2", "interact", "pid-1", "bakal_support", action="like", lang="sys"))
    p = fb.post(w(2024, 9, 23, 15, 0), "KIP Pidie mengundi nomor urut: 1 Basri–Rahmat, 2 Fadhil–Cut Meutia (perseorangan), 3 Mahdi–Nazaruddin.", page,
                N("neg_news", "the number draw naming every pair"))
    fb.comment(p, w(2024, 9, 23, 15, 40), "Semoga pilkada Pidie damai, pat-pat nomor pih 🙏", u("pid_tani"), N("neg_all_pairs", "a wish for every pair", lang="aceh"))
    fb.comment(p, w(2024, 9, 23, 16, 0), "BEREH!", P("Agam Pidie"), N())
    p = fb.post(w(2024, 10, 1, 10, 0), "Sosialisasi netralitas ASN bersama Panwaslih Kabupaten Pidie di aula setdakab.", page, N("neg_reminder", "a neutrality briefing"))
    fb.comment(p, w(2024, 10, 1, 10, 45), "Siap, ASN Kembang Tanjong netral 👍", u("pid_camat"), N("neg_reminder", "agrees with the briefing"))
    fb.post(w(2024, 11, 10, 9, 0), "Hari Pahlawan: ziarah ke makam pahlawan nasional Cut Meutia dan Teuku Umar, mengenang perjuangan rakyat Aceh.", page,
            N("neg_namesake", "the national heroine Cut Meutia, whose name pair 2's running mate bears"))
    fb.post(w(2024, 11, 24, 8, 0), "Masa tenang 24-26 November: ASN Pemkab Pidie diminta tidak mengunggah konten kampanye.", page, N("neg_reminder", "a quiet-day notice"))
    p = fb.post(w(2024, 11, 29, 10, 0), "Terima kasih masyarakat Pidie, pilkada berlangsung aman dan damai.", page, N("neg_after_voting", "after the vote"))
    fb.comment(p, w(2024, 11, 29, 10, 40), "Alhamdulillah. Hasil ka jelas, beu bereh Pidie limong thon ukeu 😄", u("pid_kasi"),
               R("rev_after_vote", "after the count a section head hopes Pidie is 'bereh' (great) for five years, the winning pair's acronym: joy or a supporter's cheer?",
                 actor="pid_kasi", cand="pid-1", lang="aceh"))
    fb.dump()

    # 3. a Facebook group of Padangsidimpuan teachers (2013-14, WIB)
    gid = page_id("grup_forumgurupsp")
    fb = Fb(c, "facebook/group_forum_guru_sidimpuan_feed.json", gid, version="v2.0")
    p = fb.post(w(2013, 6, 10, 20, 0), "Horas! Ise do bakal caleg DPR sian Sidimpuan taon on? 🤔", u("psp_guru"), N("neg_question", "a question", lang="angkola"))
    fb.comment(p, w(2013, 6, 10, 20, 30), "Bahat. Adong Bang Parlin sian Golkar. Au inda kenal, goar nami sarupa do 😄", u("psp_guru2"),
               N("neg_namesake", "a teacher who shares the bakal calon's first name says only the names are alike", lang="angkola"))
    fb.comment(p, w(2013, 6, 10, 21, 0), "Bang Parlin i denggan, au dukung! Golkar nomor 5 💛", u("psp_staf"),
               V("psp_staf", "interact", "dpr-sumut2-gol-2", "bakal_support", action="comment", lang="angkola",
                 note="a kecamatan clerk backs a DPR bakal calon in a teachers' group (E codes)"))
    fb.post(w(2013, 9, 2, 20, 0), "Au Parlindungan Lubis, guru SD. Bukan caleg, ulang salah tag au 😅", u("psp_guru2"),
            N("neg_namesake", "the namesake teacher again", lang="angkola"))
    p = fb.post(w(2014, 3, 25, 19, 0), "Guru honor bertanya: ise na peduli guru honor di pileg on?", P("Guru Honor Batunadua"), N(lang="angkola"))
    fb.comment(p, w(2014, 3, 25, 19, 30), "Pilih na peduli ma, au inda bisa kampanye, ASN do au 🙏", u("psp_guru"), N("neg_negation", "declines to name anyone", lang="angkola"))
    fb.comment(p, w(2014, 3, 25, 19, 50), "Bang Parlin nomor 2 Golkar, sian huta ta do ia ✌️", u("psp_pkm"),
               V("psp_pkm", "interact", "dpr-sumut2-gol-2", "comment_support", action="comment", lang="angkola"))
    p = fb.post(w(2014, 5, 20, 20, 0), "Olo, Pak Adi dohot Pak Ilham nungnga mandaftar tu KPU. Mudah-mudahan nomor 2, pas dohot ADIL ✌️", u("psp_guru2"),
                V("psp_guru2", "post", "p10-2", "bakal_support", lang="angkola", note="the namesake teacher backs a presidential bakal calon on 20 May 2014 (E codes)"))
    fb.comment(p, w(2014, 5, 20, 20, 30), "Pak Parlin, ulang kampanye di grup guru 🙏", u("psp_guru"), N("neg_objection", "a colleague objects", lang="angkola"))
    fb.react(p, u("psp_staf"), V("psp_staf", "interact", "p10-2", "bakal_support", action="like", lang="sys"))
    fb.post(w(2014, 6, 1, 20, 0), "Hasil undian: 1 Teguh–Gasali, 2 Adi–Ilham. Hita guru netral, ajari siswa pemilu damai 🙏", u("psp_guru"),
            N("neg_news", "the number draw naming both pairs"))
    p = fb.post(w(2014, 7, 6, 0, 20), "Tanggal 9 ingat nomor 1 TEGAS! ☝️", u("psp_staf"),
                V("psp_staf", "post", "p10-1", "stage_quiet", note="00:20 WIB on 6 Jul, the first quiet day"))
    fb.comment(p, w(2014, 7, 6, 7, 10), "Masa tenang on, Bang 🙏", u("psp_guru"), N("neg_reminder", "a quiet-day reminder", lang="angkola"))
    fb.post(w(2014, 7, 10, 10, 0), "Pemilu nungnga salose, hita rukun muse. Mauliate KPPS 🙏", u("psp_guru2"), N("neg_after_voting", "after the vote", lang="angkola"))
    fb.dump()

    # 4. the page of Wajo pair 1, DECENG (2024, WITA)
    pid = c.cands["wjo-1"].handle("facebook")
    fb = Fb(c, "facebook/page_baharamir_deceng_feed.json", pid, version="v19.0")
    page = {"name": "Andi Baharuddin Pallawa - Amiruddin", "id": pid}
    p = fb.post(ta(2024, 5, 2, 10, 0), "Bismillah, Puang Bahar siap maju Pilkada Wajo. Wajo DECENG! #DECENG1", page, _own(lang="bugis"))
    fb.comment(p, ta(2024, 5, 2, 10, 40), "Iyye Puang, guru-guru SMA 3 siap! DECENG 💪", u("wjo_guru"),
               V("wjo_guru", "interact", "wjo-1", "bakal_support", action="comment", lang="bugis"))
    fb.comment(p, ta(2024, 5, 2, 11, 0), "Tabe' Puang, jalan di Pitumpanua rusak parah", P("Daeng Sulle Siwa"), N(lang="bugis"))
    fb.react(p, u("wjo_sutera"), V("wjo_sutera", "interact", "wjo-1", "bakal_support", action="like", lang="sys",
                                   note="the officer who shares a 2014 candidate's name likes a bakal calon's post: her own act, whatever her name"))
    p = fb.post(ta(2024, 8, 27, 14, 0), "Mendaftar ke KPU Wajo bersama ribuan pendukung. Terima kasih to Wajo 🙏", page, _own(lang="bugis"))
    fb.comment(p, ta(2024, 8, 27, 14, 45), "Deceng Puang, tapi mohon maaf saya tidak bisa hadir, saya ASN 🙏", u("wjo_camat"),
               R("rev_polite_reply", "the camat answers the registration post with 'deceng' (good; the pair's acronym) while declining to attend: courtesy or "
                 "support (SKB-E4)?", actor="wjo_camat", cand="wjo-1", lang="bugis"))
    fb.comment(p, ta(2024, 9, 22, 0, 30), "Besok penetapan, DECENG pasti lolos 💪", u("wjo_guru"),
               V("wjo_guru", "interact", "wjo-1", "stage_boundary_wita", action="comment",
                 note="00:30 WITA on 22 Sep is 23:30 WIB on 21 Sep: still a bakal calon by the WIB date (E codes)"))
    p = fb.post(ta(2024, 9, 23, 15, 0), "Nomor urut 1! Wajo DECENG ☝️", page, _own())
    fb.comment(p, ta(2024, 9, 23, 15, 30), "Deceng Puang! Nomor 1 ☝️", u("wjo_tani"), V("wjo_tani", "interact", "wjo-1", "comment_support", action="comment", lang="bugis"))
    fb.comment(p, ta(2024, 9, 23, 16, 0), "Nomor 1 mantap", P("Ambo Tang Belawa"), N())
    p = fb.post(ta(2024, 10, 5, 9, 0), "Duka mendalam atas wafatnya ibunda Puang Ridwan. Semoga almarhumah husnul khatimah dan keluarga diberi kesabaran 🤲", page,
                _own("a candidate condoles his rival's family", lang="id"))
    fb.comment(p, ta(2024, 10, 5, 9, 40), "Turut berduka cita, semoga keluarga Puang Ridwan diberi kesabaran 🤲", u("wjo_camat"),
               N("neg_condolence", "a camat's condolence for the rival candidate's mother, under a condolence post"))
    p = fb.post(ta(2024, 11, 20, 19, 0), "Kampanye akbar di Lapangan Merdeka Sengkang bersama petani, penyuluh Syamsul Bahri ikut hadir 🌾 #DECENG1", page, _own(),
                photo={"description": "Ribuan warga di Lapangan Merdeka Sengkang"},
                tags=[(u("wjo_tani"), A("wjo_tani", note="tagged by the pair's page in a rally post (he had cheered the pair); no answer to the tag"))])
    fb.comment(p, ta(2024, 11, 20, 19, 40), "DECENG menang! ☝️", u("wjo_guru"), V("wjo_guru", "interact", "wjo-1", "comment_support", action="comment"))
    p = fb.post(ta(2024, 11, 25, 20, 0), "Masa tenang. Terima kasih relawan DECENG di 14 kecamatan 🙏", page, _own())
    fb.comment(p, ta(2024, 11, 25, 20, 30), "Tanggal 27 nomor 1 ☝️ DECENG", u("wjo_guru"),
               V("wjo_guru", "interact", "wjo-1", "stage_quiet", action="comment", note="a quiet-day call for the pair's number"))
    fb.dump()

    # 5. the page of Kecamatan Pujut, Lombok Tengah (2024, WITA)
    kid = c.inst["kec_pjt"]["handle"]
    fb = Fb(c, "facebook/page_kecamatan_pujut_feed.json", kid, version="v19.0")
    page = {"name": "Kecamatan Pujut", "id": kid}
    p = fb.post(ta(2024, 2, 29, 8, 0), "Festival Bau Nyale 2024 di Pantai Seger, Kuta Mandalika 🌊", page, N("neg_official_neutral", "a festival"))
    fb.comment(p, ta(2024, 2, 29, 9, 0), "Tampiasih semeton, rame gati 🙏", u("ltg_staf"), N("neg_official_neutral", "a clerk's comment on a festival", lang="sasak"))
    p = fb.post(ta(2024, 7, 20, 9, 0), "Silaturahmi bakal calon bupati Mamiq Supri bersama kepala desa se-Kecamatan Pujut. Loteng SOLAH!", page,
                V("inst:kec_pjt", "inst", "ltg-1", "inst_account", note="the kecamatan's page features a bakal calon with his slogan (E codes)"))
    fb.comment(p, ta(2024, 7, 20, 9, 30), "Ini dokumentasi kegiatan desa saja 🙏", u("ltg_camat"), N("neg_deflect", "the camat defends the post; the post is the act"))
    fb.comment(p, ta(2024, 7, 20, 9, 50), "Solah Mamiq! Tiang dukung 💪", u("ltg_staf"),
               V("ltg_staf", "interact", "ltg-1", "bakal_support", action="comment", lang="sasak"))
    fb.react(p, u("ltg_guru2"), V("ltg_guru2", "interact", "ltg-1", "bakal_support", action="like", lang="sys"))
    p = fb.post(ta(2024, 8, 15, 9, 0), "Perekaman KTP-el bagi pemilih pemula di Desa Sengkol, hari Sabtu jam 8.", page, N("neg_everyday_word", "KTP in the everyday sense"))
    fb.comment(p, ta(2024, 8, 15, 9, 40), "Tampiasih infonya 🙏", u("ltg_guru"), N("neg_official_neutral", "thanks for a service notice", lang="sasak"))
    p = fb.post(ta(2024, 9, 5, 10, 0), "Rapat koordinasi pengawasan pilkada bersama Panwascam Pujut. ASN, kepala desa dan perangkat desa wajib netral.", page,
                N("neg_reminder", "a neutrality meeting"))
    fb.comment(p, ta(2024, 9, 5, 10, 30), "Siap, netral 👍", u("ltg_staf"), N("neg_ack", "a bare acknowledgement of a neutrality notice"))
    fb.post(ta(2024, 10, 18, 9, 0), "Posyandu di Desa Kuta. Solah-solah anak kita sehat semua 😊", page,
            N("neg_everyday_word", "'solah' (good) at a posyandu; pair 1's acronym is SOLAH", lang="sasak"))
    fb.post(ta(2024, 11, 5, 19, 0), "Jadwal kampanye rapat umum di Lapangan Pujut: paslon 1 tgl 10, paslon 2 tgl 14, paslon 3 tgl 18 November.", page,
            N("neg_news", "a schedule naming every pair"))
    p = fb.post(ta(2024, 11, 28, 9, 0), "Terima kasih warga Pujut, pilkada aman dan lancar. Tatas tuhu trasna 🙏", page,
                N("neg_motto", "the regency's motto after the vote; pair 2's slogan is Loteng Tatas Maju", lang="sasak"))
    fb.comment(p, ta(2024, 11, 28, 9, 40), "Sai ja bupatinya, kita layani sama 🙏", u("ltg_camat"), N("neg_after_voting", "after the vote", lang="sasak"))
    fb.dump()

    # 6. a residents' group in Rantepao, Toraja Utara (2024, WITA)
    gid = page_id("grup_infowargarantepao")
    fb = Fb(c, "facebook/group_info_warga_rantepao_feed.json", gid, version="v19.0")
    p = fb.post(ta(2024, 6, 12, 19, 0), "Sapa mi bakal calon bupati Torut tahun ini?", P("Ne' Lai Sesean"), N(lang="toraja"))
    fb.comment(p, ta(2024, 6, 12, 19, 30), "Ambe' Samuel pasti maju, aku dukung! Toraya MELO 💪", u("tru_staf"),
               V("tru_staf", "interact", "tru-1", "bakal_support", action="comment", lang="toraja",
                 note="a kelurahan clerk (who shares the first name of a 2014 candidate) backs a bakal calon"))
    fb.comment(p, ta(2024, 6, 12, 19, 50), "Tae' ku komentar politik, aku guru 🙏", u("tru_guru"), N("neg_negation", "a teacher declines", lang="toraja"))
    p = fb.post(ta(2024, 7, 28, 10, 0), "Rambu solo' Indo'na Ambe' Paulus di Tallunglipu. Kurre sumanga' to massola-sola ma'kamali' 🙏", u("tru_guru"),
                N("neg_condolence", "a teacher reports the funeral ceremony of a bakal calon's mother: a family and community duty, no support", lang="toraja"))
    fb.comment(p, ta(2024, 7, 28, 10, 30), "Turut berduka, Ambe' Paulus. Kurre sumanga' 🙏", u("tru_guru2"), N("neg_condolence", "a condolence", lang="toraja"))
    fb.comment(p, ta(2024, 7, 28, 10, 50), "Kami juga hadir. Semoga Indo' tenang di Puya 🙏", u("tru_pkm"), N("neg_condolence", "a condolence", lang="toraja"))
    fb.comment(p, ta(2024, 7, 28, 11, 20), "Ambe' Paulus to melo, nanti November kita bantu, misa' kada 😉", u("tru_lurah"),
               R("rev_hint", "at a funeral the lurah says 'we'll help in November' with pair 2's slogan word: an appeal for the bakal calon (SKB-E2) or "
                 "a promise of community help?", actor="tru_lurah", cand="tru-2", lang="toraja"))
    fb.post(ta(2024, 8, 20, 7, 0), "Melo mi kopi Toraja pagi ini ☕", u("tru_staf"), N("neg_everyday_word", "'melo' (good) about coffee; pair 1's acronym is MELO", lang="toraja"))
    p = fb.post(ta(2024, 9, 30, 19, 0), "Tolong info jadwal debat calon bupati", P("Indo' Rante Bori"), N())
    fb.comment(p, ta(2024, 9, 30, 19, 30), "Debat pertama 12 Oktober di Rantepao, ketiga paslon hadir", u("tru_guru2"), N("neg_news", "a schedule naming every pair"))
    p = fb.post(ta(2024, 10, 20, 19, 0), "Ambe' Samuel datang di posyandu Rantepao, foto bersama nomor 1 ☝️ Toraya MELO", u("tru_pkm"),
                V("tru_pkm", "photo", "tru-1", "photo_caption", note="a nurse posts a photo with a campaigning candidate, his number and slogan"),
                photo={"description": "Perawat berfoto bersama Samuel Tandiarrang"})
    fb.comment(p, ta(2024, 10, 20, 19, 30), "Perawat kok kampanye 🤔", P("Yohan Tikala"), N())
    fb.post(ta(2024, 11, 10, 19, 0), "Misa' kada dipotuo, pantan kada dipomate. Mari jaga Toraja damai 🙏", u("tru_guru2"),
            N("neg_motto", "the Toraja saying; pair 2's slogan is Misa' Kada Toraja Utara", lang="toraja"))
    fb.post(ta(2024, 11, 27, 15, 0), "Sudah nyoblos, kurre sumanga' KPPS 🙏", u("tru_guru"), N("neg_after_voting", "voting day", lang="toraja"))
    fb.dump()

    # 7. the page of DPD candidate Mamiq Ihsan, NTB (2013-14, WITA)
    pid = c.cands["dpd-ntb-18"].handle("facebook")
    fb = Fb(c, "facebook/page_mamiqihsan_dpd_ntb_feed.json", pid, version="v2.0")
    page = {"name": "Dr. H. Lalu Muhammad Ihsan", "id": pid}
    p = fb.post(ta(2013, 7, 1, 10, 0), "Bismillah, tiang mendaftar jadi bakal calon DPD NTB. Nunas doa semeton sami 🙏", page, _own(lang="sasak"))
    fb.comment(p, ta(2013, 7, 1, 10, 40), "Tiang Lalu Muhammad Ihsan juga, tapi penyuluh, bukan calon 😄 Sukses Mamiq", u("ltg_tani"),
               R("rev_namesake_cheer", "the extension officer who bears the bakal calon's name jokes about it and wishes him success on his page: courtesy or "
                 "support (SKB-E4)?", actor="ltg_tani", cand="dpd-ntb-18", lang="sasak"))
    fb.comment(p, ta(2013, 7, 1, 11, 0), "Dukung Mamiq Ihsan untuk DPD! 💪", u("ltg_guru2"),
               V("ltg_guru2", "interact", "dpd-ntb-18", "bakal_support", action="comment"))
    p = fb.post(ta(2013, 8, 29, 10, 0), "Alhamdulillah masuk DCT DPD, nomor 18. Tampiasih semeton 🙏", page, _own(lang="sasak"))
    fb.comment(p, ta(2013, 8, 29, 10, 30), "Selamat Mamiq, Pujut siap nomor 18 🙏", u("ltg_camat"),
               V("ltg_camat", "interact", "dpd-ntb-18", "comment_support", action="comment", note="after the DPD list was fixed on 28 Aug: D codes"))
    p = fb.post(ta(2014, 2, 14, 9, 0), "Nunas doa, Mamiq Ihsan sedang dirawat di RSUD Praya karena demam berdarah.", page, _own("a health notice"))
    fb.comment(p, ta(2014, 2, 14, 9, 30), "Semoga cepat sembuh Mamiq 🙏", u("ltg_staf"), N("neg_wellwish", "a get-well wish to a candidate in hospital; no call, no number"))
    fb.comment(p, ta(2014, 2, 14, 9, 50), "Syafakallah Mamiq, semoga lekas pulih 🤲", u("ltg_guru"), N("neg_wellwish", "a get-well wish"))
    p = fb.post(ta(2014, 3, 22, 19, 0), "Kampanye dialogis di Praya bersama Sahabudin dan guru-guru 📚 #MamiqIhsan18", page, _own(),
                tags=[(u("ltg_guru2"), A("ltg_guru2", note="tagged by the candidate's page; he answers with a call for the number"))])
    fb.comment(p, ta(2014, 3, 22, 19, 40), "Nomor 18 DPD, guru Loteng siap! 🙌", u("ltg_guru2"),
               V("ltg_guru2", "interact", "dpd-ntb-18", "tag_then_engaged", action="comment", note="tagged, he comments with the number"))
    p = fb.post(ta(2014, 4, 7, 20, 0), "Masa tenang. Tampiasih semeton atas dukungan selama kampanye 🙏", page, _own(lang="sasak"))
    fb.comment(p, ta(2014, 4, 7, 20, 30), "Lalu nomor berapa Mamiq? 18 kan? 😁", u("ltg_staf"),
               R("rev_question", "on a quiet day a clerk asks 'so which number, 18 right? 😁' under the candidate's post: a reminder of the number (SKB-D6) or banter?",
                 actor="ltg_staf", cand="dpd-ntb-18"))
    p = fb.post(ta(2014, 4, 12, 10, 0), "Tampiasih atas suara semeton NTB. Kita tunggu hasil resmi KPU.", page, _own(lang="sasak"))
    fb.comment(p, ta(2014, 4, 12, 10, 40), "Lalu kapan pelantikannya, Mamiq? 😄", u("ltg_tani"),
               N("neg_everyday_word", "'lalu' (then) in a question after the vote from the namesake officer; the candidate's title is also Lalu"))
    fb.dump()

    # 8. the page of presidential pair 2, ADIL (2014; times in WIB, commenters across Indonesia)
    pid = c.cands["p10-2"].handle("facebook")
    fb = Fb(c, "facebook/page_adil2_capres_feed.json", pid, version="v2.0")
    page = {"name": "Adi Wiranata - Ilham Basri", "id": pid}
    p = fb.post(w(2014, 5, 19, 14, 0), "Prof. Adi Wiranata dan Ir. Ilham Basri resmi mendaftar ke KPU. Indonesia ADIL untuk rakyat! #AdiIlham", page, _own())
    fb.comment(p, tp(2014, 5, 19, 16, 0), "ADIL untuk Maluku! Beta dukung Pak Adi 💪", u("mtg_guru"),
               V("mtg_guru", "interact", "p10-2", "bakal_support", action="comment", lang="ambon", note="support for a presidential bakal calon on registration day (E codes)"))
    fb.comment(p, tp(2014, 5, 19, 17, 0), "Om Adi, Bacan dukung ✌️", u("hsl_staf3"), V("hsl_staf3", "interact", "p10-2", "bakal_support", action="comment", lang="malut"))
    fb.comment(p, w(2014, 5, 19, 15, 0), "Semoga amanah", P("Sri Utami Klaten"), N())
    fb.comment(p, tp(2014, 5, 31, 0, 40), "Hari ini penetapan, ADIL pasti lolos 💪", u("hsl_staf3"),
               V("hsl_staf3", "interact", "p10-2", "stage_boundary_wit", action="comment",
                 note="00:40 WIT on 31 May is 22:40 WIB on 30 May: still a bakal calon by the WIB date (E codes), though designation day locally"))
    p = fb.post(w(2014, 6, 1, 13, 0), "Nomor urut 2! Salam dua jari ✌️ #ADIL2", page, _own())
    fb.comment(p, w(2014, 6, 1, 14, 0), "✌️✌️ ADIL nomor 2", u("psp_pkm"), V("psp_pkm", "interact", "p10-2", "comment_support", action="comment", lang="slang"))
    fb.comment(p, ta(2014, 6, 1, 16, 0), "Dua jari dari Toraja ✌️ kurre sumanga'", u("tru_guru2"),
               V("tru_guru2", "interact", "p10-2", "comment_support", action="comment", lang="toraja"))
    fb.react(p, u("mtg_staf"), V("mtg_staf", "interact", "p10-2", "like", action="like", lang="sys"))
    p = fb.post(w(2014, 6, 20, 10, 0), "Selamat ulang tahun ke-60, Prof. Adi! Mohon doa agar beliau sehat selalu 🎂", page, _own("a birthday post"))
    fb.comment(p, w(2014, 6, 20, 10, 30), "Selamat ulang tahun Prof, sehat selalu 🎂", u("pmk_guru1"),
               R("rev_wellwish_on_page", "a birthday wish under the campaigning pair's own post: a courtesy or a comment engaging with a calon's account (SKB-D6)?",
                 actor="pmk_guru1", cand="p10-2"))
    p = fb.post(w(2014, 7, 6, 9, 0), "Masa tenang. Terima kasih relawan ADIL di seluruh Indonesia 🙏", page, _own())
    fb.comment(p, w(2014, 7, 6, 10, 0), "Tanggal 9 ✌️ jangan lupa", u("crb_guru"), V("crb_guru", "interact", "p10-2", "stage_quiet", action="comment"))
    p = fb.post(w(2014, 7, 22, 20, 0), "Terima kasih rakyat Indonesia atas kepercayaannya.", page, _own())
    fb.comment(p, ta(2014, 7, 22, 21, 0), "Selamat Pak Adi, semoga amanah 🙏", u("ktg_guru2"), N("neg_after_voting", "a plain congratulation after the count"))
    fb.dump()

    # 9. a residents' group of Kotamobagu (2024, WITA)
    gid = page_id("grup_kotamobagupecerita")
    fb = Fb(c, "facebook/group_kotamobagu_pe_cerita_feed.json", gid, version="v19.0")
    p = fb.post(ta(2024, 7, 8, 19, 0), "Sapa dorang bakal calon walikota KK?", P("Ci Meity Mogolaing"), N(lang="mongondow"))
    fb.comment(p, ta(2024, 7, 8, 19, 30), "Om Syam pasti maju, kita dukung! KITA 💪", u("ktg_staf1"),
               V("ktg_staf1", "interact", "ktg-1", "bakal_support", action="comment", lang="mongondow", note="'kita' is 'I' in Manado Malay and pair 1's acronym"))
    fb.comment(p, ta(2024, 7, 8, 19, 45), "Kita nyanda mo bicara politik, kita guru 🙏", u("ktg_guru2"),
               N("neg_everyday_word", "'kita' (I) in a refusal; pair 1's acronym is KITA", lang="mongondow"))
    fb.comment(p, ta(2024, 7, 8, 20, 0), "Tante Femmy Lantong itu Pak Irwan pe sepupu kang? 😄", u("ktg_guru"), N("neg_namesake", "a question about a shared clan name",
                                                                                                              lang="mongondow"))
    fb.comment(p, ta(2024, 7, 8, 20, 15), "Lantong banyak di Kotamobagu, bukan torang keluarga dekat 😅", u("ktg_guru2"),
               N("neg_namesake", "the teacher who shares running mate Femmy Lantong's clan name", lang="mongondow"))
    fb.post(ta(2024, 8, 29, 19, 0), "Mototabian, mototompiaan, mototanoban. Mari jaga Kotamobagu tetap damai 🙏", u("ktg_guru"),
            N("neg_motto", "the Bolaang Mongondow philosophy; pair 2's slogan is Totabuan Mototabian", lang="mongondow"))
    fb.post(ta(2024, 9, 21, 23, 40), "Besok penetapan, Om Syam deng Tante Femmy pasti lolos! KITA 1️⃣", u("ktg_staf1"),
            V("ktg_staf1", "post", "ktg-1", "bakal_support", lang="mongondow", note="23:40 WITA on 21 Sep is 22:40 WIB: a bakal calon (E codes)"))
    p = fb.post(ta(2024, 10, 2, 19, 0), "Kita lurah, kita netral. Kalu ada staf yang iko kampanye, kita tegur 🙏", u("ktg_lurah"),
                N("neg_reminder", "a lurah states his and his staff's neutrality ('kita' = I)", lang="mongondow"))
    fb.comment(p, ta(2024, 10, 2, 19, 30), "Siap Pak Lurah 🙏", u("ktg_staf1"), N("neg_ack", "acknowledges the lurah's reminder"))
    fb.post(ta(2024, 10, 25, 19, 0), "Foto kampanye Om Jai di Mogolaing, rame skali! Ada Jefri Mamonto juga 😄", P("Relawan Jai Asna"), N(lang="mongondow"),
            tags=[(u("ktg_dishub"), A("ktg_dishub", note="tagged by a volunteer in a rally photo; he never answers"))])
    p = fb.post(ta(2024, 11, 25, 21, 0), "Masa tenang mar jang lupa 27 Nov KITA nomor 1 ☝️", u("ktg_staf1"),
                V("ktg_staf1", "post", "ktg-1", "stage_quiet", lang="mongondow"))
    fb.comment(p, ta(2024, 11, 25, 21, 20), "Masa tenang bro 😅", u("ktg_guru2"), N("neg_reminder", "a quiet-day reminder", lang="mongondow"))
    fb.post(ta(2024, 11, 28, 9, 0), "Sapa saja walikotanya, torang tetap basudara 🙏", u("ktg_guru"), N("neg_after_voting", "after the vote", lang="mongondow"))
    fb.dump()

    # 10. the page of Fak Fak pair 1, PALA (2024, WIT)
    pid = c.cands["ffk-1"].handle("facebook")
    fb = Fb(c, "facebook/page_samaunyohan_pala_feed.json", pid, version="v19.0")
    page = {"name": "Samaun Tuturop - Yohanes Mury", "id": pid}
    p = fb.post(tp(2024, 6, 1, 10, 0), "Bapa Samaun siap maju Pilkada Fakfak. Fakfak PALA! #PALA1", page, _own(lang="papua"))
    fb.comment(p, tp(2024, 6, 1, 10, 40), "Sa dukung Bapa Samaun! PALA 💪", u("ffk_staf"), V("ffk_staf", "interact", "ffk-1", "bakal_support", action="comment", lang="papua"))
    fb.comment(p, tp(2024, 6, 1, 11, 10), "Harga pala petani anjlok Bapa, tolong diperhatikan 🙏", u("ffk_kebun"),
               R("rev_question_on_page", "an extension officer raises nutmeg prices on a bakal calon's page: a plea or engagement with his account (SKB-E4)?",
                 actor="ffk_kebun", cand="ffk-1", lang="papua"))
    fb.comment(p, tp(2024, 9, 22, 0, 30), "Hari ini penetapan, PALA lolos 💪", u("ffk_staf"),
               V("ffk_staf", "interact", "ffk-1", "stage_boundary_wit", action="comment",
                 note="00:30 WIT on 22 Sep is 22:30 WIB on 21 Sep: still a bakal calon by the WIB date (E codes)"))
    p = fb.post(tp(2024, 9, 23, 14, 0), "Nomor urut 1 ☝️ Fakfak PALA", page, _own())
    fb.comment(p, tp(2024, 9, 23, 14, 40), "Bapa Samaun nomor 1, guru-guru siap ☝️", u("ffk_guru"),
               V("ffk_guru", "interact", "ffk-1", "comment_support", action="comment", lang="papua",
                 note="a teacher who shares pair 1's running mate's clan name backs the pair"))
    fb.react(p, u("ffk_distrik"), V("ffk_distrik", "interact", "ffk-1", "like", action="like", lang="sys",
                                    note="the district head (who shares pair 2's running mate's clan name) likes pair 1's post"))
    p = fb.post(tp(2024, 10, 12, 19, 0), "Kampanye dialogis di Kokas bersama petani pala dan penyuluh Husein Patiran 🌰", page, _own(),
                photo={"description": "Calon bupati berdialog dengan petani di kebun pala"},
                tags=[(u("ffk_kebun"), A("ffk_kebun", note="tagged by the pair's page; he asks to be untagged"))])
    fb.comment(p, tp(2024, 10, 12, 19, 40), "Bapa, sa hadir sebagai penyuluh dinas saja. Tolong hapus tag 🙏", u("ffk_kebun"),
               N("neg_untag", "he rejects the tag", lang="papua"))
    p = fb.post(tp(2024, 11, 24, 10, 0), "Masa tenang. Terima kasih relawan PALA 🙏", page, _own())
    fb.comment(p, tp(2024, 11, 24, 11, 0), "Tanggal 27 ingat nomor 1 e ☝️", u("ffk_dishub"), V("ffk_dishub", "interact", "ffk-1", "stage_quiet", action="comment",
                                                                                             lang="papua"))
    p = fb.post(tp(2024, 11, 28, 10, 0), "Terima kasih masyarakat Fakfak atas kepercayaannya.", page, _own())
    fb.comment(p, tp(2024, 11, 28, 10, 40), "Satu tungku tiga batu, Fakfak tetap satu 🙏", u("ffk_guru"),
               N("neg_motto", "the regency's motto after the vote; pair 2's slogan is Satu Tungku Tiga Batu Maju", lang="papua"))
    fb.dump()

    # 11. the page of Kecamatan Kota Masohi, Maluku Tengah (2013-14, WIT)
    kid = c.inst["kec_msh"]["handle"]
    fb = Fb(c, "facebook/page_kecamatan_kota_masohi_feed.json", kid, version="v2.0")
    page = {"name": "Kecamatan Kota Masohi", "id": kid}
    fb.post(tp(2013, 7, 10, 9, 0), "Pelayanan perekaman KTP elektronik keliling di Negeri Amahai hari Sabtu.", page, N("neg_everyday_word", "KTP in the everyday sense (a service notice)"))
    p = fb.post(tp(2013, 8, 5, 10, 0), "Bakal caleg DPRD Bung Hasan Latuconsina bersilaturahmi dengan raja-raja negeri di Kota Masohi. Hanura untuk Malteng!", page,
                V("inst:kec_msh", "inst", "dprd-mtg1-han-2", "inst_account", lang="ambon",
                  note="the kecamatan's page (its camat shares the candidate's clan name) features a legislative bakal calon (E codes)"))
    fb.comment(p, tp(2013, 8, 5, 10, 30), "Ini kunjungan silaturahmi biasa, bukan kampanye 🙏", u("mtg_camat"), N("neg_deflect", "the camat defends the post"))
    fb.comment(p, tp(2013, 8, 5, 10, 50), "Bung Hasan mantap, beta dukung 💪", u("mtg_staf"),
               V("mtg_staf", "interact", "dprd-mtg1-han-2", "bakal_support", action="comment", lang="ambon"))
    fb.post(tp(2014, 3, 17, 9, 0), "Jadwal kampanye rapat umum 12 partai di Lapangan Nusantara Masohi, 16 Maret-5 April. Mohon warga menjaga ketertiban.", page,
            N("neg_news", "a schedule naming every party"))
    fb.post(tp(2014, 4, 7, 9, 0), "Masa tenang: Satpol PP kecamatan menertibkan alat peraga kampanye di jalan-jalan utama.", page, N("neg_election_work", "quiet-day work"))
    fb.post(tp(2014, 6, 10, 10, 0), "Camat Kota Masohi menghadiri deklarasi kampanye damai pilpres; kedua pasangan diwakili tim kampanye masing-masing.", page,
            N("neg_event", "an official at a peace declaration of both pairs"))
    p = fb.post(tp(2014, 7, 10, 9, 0), "Pilpres aman di Kota Masohi. Pamahanunusa! 🙏", page,
                N("neg_motto", "the regency's motto; pair 2 of 2024 uses it in its slogan"))
    fb.comment(p, tp(2014, 7, 10, 9, 40), "Danke, katong tetap basudara 🙏", u("mtg_guru"), N("neg_after_voting", "after the vote", lang="ambon"))
    fb.dump()


# ---------------------------------------------------------------------------------------------
# CrowdTangle historical data (WIB pages of 2013-14, WITA pages of 2013-14, WIT pages of 2024)
# ---------------------------------------------------------------------------------------------
@section
def crowdtangle(c):
    def inst_page(k, cat, desc, created, followers):
        r = c.inst[k]
        return (r["nama_akun"], "", r["handle"], cat, desc, created, followers)

    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)

    pages = {
        "hp": inst_page("humas_pid", "Government Organization", "Bagian Protokol dan Komunikasi Pimpinan Setdakab Pidie", "2012-04-02 09:00:00", 15200),
        "ps": inst_page("kec_psu", "Government Organization", "Kecamatan Padangsidimpuan Utara", "2013-01-15 10:00:00", 1900),
        "ar": asn_page("crb_guru2", "Teacher", "Guru SMP, wong Pekalipan", "2011-05-05 19:00:00", 1330),
        "ab": asn_page("pmk_guru4", "Teacher", "Guru SMP di Pamekasan", "2012-02-10 19:00:00", 980),
        "am": asn_page("pmk_mts", "Personal Blog", "Guru MTsN, Muslimat", "2012-09-09 09:00:00", 720),
        "mk": asn_page("pid_tani", "Personal Blog", "Penyuluh pertanian Pidie", "2012-11-11 08:00:00", 460),
        "rc": ("Radar Cirebon Online", "radarcirebononline", page_id("radarcirebon"), "Media/News Company", "Berita Cirebon hari ini",
               "2010-06-01 08:00:00", 142000),
        "mp": ("Madura Post", "maduraposts", page_id("madurapost"), "Media/News Company", "Kabar Madura", "2011-03-03 08:00:00", 67000),
    }
    ct = Ct(c, "crowdtangle/pages_aceh_sumut_jabar_jatim_2014.csv", WIB, pages)
    ct.row("hp", w(2013, 7, 20, 10, 0), "Photo", "Bupati Pidie membuka Pekan Kebudayaan Pidie di Sigli.", N("neg_official_neutral", "an official event"))
    ct.row("hp", w(2014, 3, 25, 9, 0), "Photo", "Rapat koordinasi pengamanan Pemilu 2014 bersama Polres Pidie.",
           V("inst:humas_pid", "inst", "dprk-pid1-pa-1", "image_text", note="a party's number and the candidate's name exist only as text inside the government page's picture"),
           image_text="PARTAI ACEH NOMOR 13\nTGK. YUSUF NO. 1 DAPIL PIDIE 1")
    ct.row("ps", w(2014, 5, 25, 10, 0), "Status", "Capres Pak Teguh berkunjung ke Pasar Sangkumpal Bonang, disambut warga Padangsidimpuan Utara. Indonesia TEGAS!",
           V("inst:kec_psu", "inst", "p10-1", "inst_account", note="the kecamatan's page promotes a presidential bakal calon's visit on 25 May 2014 (E codes)"))
    ct.row("ps", w(2014, 6, 2, 9, 0), "Status", "Hasil undian nomor urut capres: 1 Teguh–Gasali, 2 Adi–Ilham. Mari jaga pemilu damai.", N("neg_news", "both pairs"))
    ct.row("ps", w(2014, 7, 7, 9, 0), "Status", "Masa tenang: APK di Jalan Sudirman ditertibkan Satpol PP.", N("neg_election_work", "quiet-day work"))
    ct.row("ar", w(2013, 9, 10, 20, 0), "Status", "Nama kita Abdul Rozak, guru SMP, bli caleg PKB ya. Kang Rozak sing caleg iku wong liya 😄",
           N("neg_namesake", "a teacher who shares DPRD candidate Abdul Rozak Fathoni's name", lang="cirebon"))
    ct.row("ar", w(2014, 4, 1, 20, 0), "Status", "Kang Rozak nomor 1 PKB dapil 2, wong Pekalipan kudu kompak! 💚",
           V("crb_guru2", "post", "dprd-crb2-pkb-1", "post_support", lang="cirebon", note="the namesake teacher campaigns for the candidate: a shared name decides nothing"))
    ct.row("ar", w(2014, 7, 7, 20, 0), "Status", "Masa tenang, kita sih bli posting politik 😄", N("neg_reminder", "a quiet-day remark", lang="cirebon"))
    ct.row("ab", w(2013, 8, 1, 20, 0), "Status", "Sengko' Ach. Baidowi guru SMP, banne Ra Baidowi caleg 😄 jha' keliru",
           N("neg_namesake", "a teacher with DPRD candidate Ach. Baidowi's very name", lang="madura"))
    ct.row("ab", w(2014, 3, 30, 16, 0), "Photo", "Ngajar ngaji santri ba'da ashar 📖", N("neg_personal", "religious teaching"))
    ct.row("ab", w(2014, 6, 15, 20, 0), "Status", "Pilpres pelean TEGAS nomor 1, becce' ka Madura ☝️",
           V("pmk_guru4", "post", "p10-1", "post_support", lang="madura", note="the namesake teacher backs a presidential pair"))
    ct.row("am", w(2014, 4, 5, 16, 0), "Photo", "Pengajian Muslimat ranting Pademawu 🤲",
           V("pmk_mts", "photo", "dpr-jatim11-ppp-1", "image_text", note="a madrasah teacher's picture carries the party's and the DPR candidate's numbers"),
           image_text="PPP NO. 9\nKIAI ZAINUL NO. 1 DPR RI DAPIL JATIM XI")
    ct.row("mk", w(2014, 5, 10, 17, 0), "Photo", "Panen padi di Glumpang Baro, alhamdulillah 🌾", N("neg_personal", "a harvest"))
    ct.row("mk", w(2014, 5, 28, 20, 0), "Status", "Lon dukong Pak Adi, ADIL keu Aceh! ✌️",
           V("pid_tani", "post", "p10-2", "bakal_support", lang="aceh", note="support for a presidential bakal calon on 28 May 2014 (E codes)"))
    ct.row("rc", w(2013, 8, 23, 10, 0), "Link", "KPU Kota Cirebon tetapkan DCT DPRD: 350 caleg dari 12 partai berebut 35 kursi.", N("neg_news", "a news page"),
           link="https://radarcirebon.id/2013/08/23/dct-dprd-kota-cirebon", link_text="DCT DPRD Kota Cirebon ditetapkan")
    ct.row("mp", w(2014, 4, 12, 10, 0), "Link", "Rekap sementara pileg di Pamekasan: PKB dan PPP bersaing ketat.", N("neg_news", "a news page"),
           link="https://madurapost.id/2014/04/12/rekap-pileg-pamekasan", link_text="Rekap sementara Pileg Pamekasan")
    ct.row("rc", w(2014, 7, 10, 10, 0), "Link", "Hitung cepat pilpres: selisih dua pasangan tipis di Jawa Barat.", N("neg_news", "a news page"),
           link="https://radarcirebon.id/2014/07/10/hitung-cepat-pilpres", link_text="Hasil hitung cepat Pilpres 2014")
    ct.dump()

    pages = {
        "ts": asn_page("wjo_sutera", "Personal Blog", "Sutera Sengkang", "2012-01-20 10:00:00", 1640),
        "bn": asn_page("ltg_guru", "Teacher", "Guru SD, Sengkol", "2012-08-08 08:00:00", 610),
        "ls": asn_page("ltg_camat", "Public Figure", "Lalu Sahnan, Praya", "2011-11-11 11:00:00", 2300),
        "mg": asn_page("mbr_guru", "Teacher", "Guru SMP di Labuan Bajo", "2012-03-03 08:00:00", 880),
        "rm": asn_page("ktg_lurah", "Public Figure", "Lurah, Kotamobagu", "2012-10-10 10:00:00", 1450),
        "lp": ("Lombok Post Online", "lombokpostonline", page_id("lombokpost"), "Media/News Company", "Berita NTB", "2010-09-01 08:00:00", 210000),
        "tt": ("Tribun Timur", "tribuntimur", page_id("tribuntimur"), "Media/News Company", "Berita Sulawesi Selatan", "2010-02-02 08:00:00", 480000),
        "tm": ("Tribun Manado", "tribunmanado", page_id("tribunmanado"), "Media/News Company", "Berita Sulawesi Utara", "2011-02-02 08:00:00", 260000),
    }
    ct = Ct(c, "crowdtangle/pages_ntb_sulsel_ntt_sulut_2014.csv", WITA, pages)
    ct.row("ts", ta(2013, 7, 5, 10, 0), "Photo", "Pameran sutera Wajo di Makassar 🧵", N("neg_official_neutral", "her office's silk exhibition"))
    ct.row("ts", ta(2013, 9, 1, 19, 0), "Status", "Banyak yang kira saya caleg Golkar karena nama sama. Tabe', saya Andi Tenri Pada PNS Disperin, bukan Puang Tenri 😅",
           N("neg_namesake", "an officer with DPRD candidate Andi Tenri Pada's name (and the title Andi) says so", lang="bugis"))
    ct.row("ts", ta(2014, 4, 3, 10, 0), "Photo", "Tenun sutera motif balo renni, pesanan dari Jakarta 🧵", N("neg_personal", "weaving"))
    ct.row("bn", ta(2013, 10, 1, 19, 0), "Status", "Bukan Baiq Nurul caleg nggih, tiang Baiq Nurul Hidayati guru SD 😄",
           N("neg_namesake", "a teacher whose name and title are close to DPRD candidate Baiq Nurul Aini's", lang="sasak"))
    ct.row("ls", ta(2014, 3, 28, 20, 0), "Status", "Semeton Pujut, Baiq Nurul nomor 3 Gerindra, solah! 💪",
           V("ltg_camat", "post", "dprd-ltg4-ger-3", "post_support", lang="sasak"))
    ct.row("ls", ta(2014, 4, 6, 0, 20), "Status", "Endaq lupak 9 April, Baiq Nurul nomor 3 🙏",
           V("ltg_camat", "post", "dprd-ltg4-ger-3", "stage_quiet", lang="sasak",
             note="'Post Created' 00:20 WITA on 6 Apr (a quiet day locally) is 23:20 WIB on 5 Apr, the last campaign day; a violation either way"))
    ct.row("mg", ta(2014, 3, 10, 19, 0), "Status", "Kraeng Frans nomor 1 NasDem, ata Manggarai pilih ata Manggarai 🙏",
           V("mbr_guru", "post", "dpr-ntt1-nas-1", "post_support", lang="manggarai"))
    ct.row("mg", ta(2014, 5, 30, 23, 30), "Status", "Besok KPU tetapkan Pak Teguh, TEGAS pasti 💪",
           V("mbr_guru", "post", "p10-1", "stage_boundary_wita", note="23:30 WITA on 30 May is 22:30 WIB: a presidential bakal calon (E codes)"))
    ct.row("mg", ta(2014, 7, 12, 19, 0), "Status", "Neka rabo, pemilu so selesai. Ase kae tetap bersatu 🙏", N("neg_after_voting", "after the vote", lang="manggarai"))
    ct.row("rm", ta(2013, 8, 10, 19, 0), "Status", "Om Rudy Paputungan maju DPRD, torang Gogagoman dukung! 💪",
           V("ktg_lurah", "post", "dprd-ktg1-gol-1", "bakal_support", lang="mongondow", note="a lurah backs a legislative bakal calon before the DCT (E codes)"))
    ct.row("rm", ta(2014, 1, 15, 8, 0), "Photo", "Kerja bakti Kelurahan Gogagoman 🧹", N("neg_official_neutral", "community work"))
    ct.row("rm", ta(2014, 4, 1, 19, 0), "Status", "Kita lurah, kita nyanda iko kampanye. Pilih sesuai hati 🙏",
           R("rev_contradiction", "a lurah who backed a bakal calon in August now says he stays out of the campaign: a true withdrawal or a cover?",
             actor="ktg_lurah", cand="dprd-ktg1-gol-1", lang="mongondow"))
    ct.row("lp", ta(2013, 8, 29, 10, 0), "Link", "KPU tetapkan DCT DPD NTB: 26 calon berebut empat kursi.", N("neg_news", "a news page"),
           link="https://lombokpost.net/2013/08/29/dct-dpd-ntb", link_text="DCT DPD NTB")
    ct.row("tt", ta(2014, 6, 1, 15, 0), "Link", "Undian capres: TEGAS nomor 1, ADIL nomor 2.", N("neg_news", "a news page"),
           link="https://makassar.tribunnews.com/2014/06/01/undian-capres", link_text="Hasil undian nomor urut capres")
    ct.row("tm", ta(2014, 4, 10, 10, 0), "Link", "Hitung cepat pileg di Sulut: Golkar dan PDIP unggul.", N("neg_news", "a news page"),
           link="https://manado.tribunnews.com/2014/04/10/hitung-cepat-sulut", link_text="Hitung cepat Pileg Sulut")
    ct.dump()

    pages = {
        "df": inst_page("distrik_ffk", "Government Organization", "Distrik Fakfak, Kabupaten Fak Fak", "2016-04-04 09:00:00", 2700),
        "bh": inst_page("bpbd_hsl", "Government Organization", "BPBD Kabupaten Halmahera Selatan", "2015-05-05 09:00:00", 5400),
        "jm": asn_page("mtg_guru", "Teacher", "Guru SMA, Masohi", "2012-07-07 07:00:00", 1180),
        "fd": asn_page("hsl_guru", "Teacher", "Guru SMA di Labuha", "2013-03-13 13:00:00", 760),
        "hp": asn_page("ffk_kebun", "Personal Blog", "Penyuluh pala Fakfak", "2012-12-12 12:00:00", 540),
        "kt": ("Kabar Timur News", "kabartimurnews", page_id("kabartimur"), "Media/News Company", "Berita Maluku", "2013-03-03 08:00:00", 98000),
        "mu": ("Malut Post", "malutpostofficial", page_id("malutpost"), "Media/News Company", "Berita Maluku Utara", "2012-02-02 08:00:00", 85000),
    }
    ct = Ct(c, "crowdtangle/pages_maluku_papuabarat_malut_2024.csv", WIT, pages)
    ct.row("df", tp(2024, 7, 15, 10, 0), "Photo", "Rapat adat Satu Tungku Tiga Batu menyambut hari jadi Fakfak.",
           N("neg_motto", "the regency's philosophy in an official event; pair 2's slogan is Satu Tungku Tiga Batu Maju"))
    ct.row("df", tp(2024, 10, 20, 10, 0), "Photo", "Kegiatan pembinaan ketua RT se-Distrik Fakfak.",
           V("inst:distrik_ffk", "inst", "ffk-1", "image_text", note="the pair's acronym, number and names exist only as text inside the district's picture"),
           image_text="PALA NOMOR 1\nSAMAUN - YOHANES")
    ct.row("df", tp(2024, 11, 24, 9, 0), "Status", "Masa tenang: Distrik Fakfak mengimbau ASN dan kepala kampung tidak ikut kampanye.", N("neg_reminder", "a quiet-day notice"))
    ct.row("bh", tp(2024, 8, 10, 9, 0), "Photo", "Simulasi evakuasi gempa dan tsunami di Labuha.", N("neg_official_neutral", "a drill"))
    ct.row("bh", tp(2024, 10, 5, 15, 0), "Photo", "Penyaluran bantuan korban banjir di Bacan Timur bersama calon bupati nomor 1 Om Is. Halsel BERANI! ☝️",
           V("inst:bpbd_hsl", "inst", "hsl-1", "inst_account", note="the disaster agency presents state aid with a campaigning candidate, his number and slogan"))
    ct.row("bh", tp(2024, 10, 6, 9, 0), "Status", "Mohon maaf, unggahan kemarin keliru. BPBD Halmahera Selatan netral dan melayani semua warga.",
           N("neg_withdrawn", "the agency withdraws its post; the post stays on record"))
    ct.row("jm", tp(2024, 8, 1, 20, 0), "Status", "Bung Rustam maju bupati, beta dukung par Malteng MANISE 💪", V("mtg_guru", "post", "mtg-1", "bakal_support", lang="ambon"))
    ct.row("jm", tp(2024, 9, 1, 17, 0), "Photo", "Ambon manise, Masohi lebe manise 😍",
           N("neg_everyday_word", "'manise' (sweet) about the town; pair 1's acronym is MANISE", lang="ambon"))
    ct.row("jm", tp(2024, 11, 29, 19, 0), "Status", "Sapa jua bupati, katong tetap orang basudara 🙏", N("neg_after_voting", "after the vote", lang="ambon"))
    ct.row("fd", tp(2024, 9, 10, 19, 0), "Status", "Berani itu perlu, tapi jujur lebih penting. Pesan untuk murid-murid kelas 12 📚",
           N("neg_everyday_word", "'berani' (brave) to pupils; pair 1's acronym is BERANI"))
    ct.row("fd", tp(2024, 10, 15, 20, 0), "Status", "Om Muis nomor 2, Bacan Bersatu ✌️", V("hsl_guru", "post", "hsl-2", "post_support", lang="malut"))
    ct.row("hp", tp(2024, 9, 5, 19, 0), "Status", "Harga pala turun lagi 😔 sapa pun bupati nanti, tolong perhatikan petani",
           N("neg_complaint", "an extension officer's complaint to whoever wins", lang="papua"))
    ct.row("hp", tp(2024, 10, 28, 8, 0), "Photo", "Panen pala di Kramongmongga 🌰", N("neg_everyday_word", "nutmeg ('pala'); pair 1's acronym is PALA"))
    ct.row("kt", tp(2024, 9, 23, 15, 0), "Link", "Nomor urut Pilkada Malteng: Rustam–Joni nomor 1, Maria–Dul nomor 2.", N("neg_news", "a news page"),
           link="https://kabartimurnews.com/2024/09/23/nomor-urut-pilkada-malteng", link_text="Nomor urut Pilkada Maluku Tengah")
    ct.row("mu", tp(2024, 11, 28, 12, 0), "Link", "Hasil hitung cepat Pilkada Halsel: selisih tipis dua pasangan.", N("neg_news", "a news page"),
           link="https://malutpost.com/2024/11/28/hitung-cepat-halsel", link_text="Hitung cepat Pilkada Halsel")
    ct.dump()


# ---------------------------------------------------------------------------------------------
# X API v2 (a full-archive search of 2013-14 and one of 2024 as twarc lines; a 2024 list timeline)
# ---------------------------------------------------------------------------------------------
@section
def x_api(c):
    x = X(c, "x/search_pemilu2014_heldout10.jsonl")
    bio = {
        "pid_rs": ("Dokter IGD. Sigli", "Pidie"), "pid_dsi": ("Dinas Syariat Islam", "Sigli"), "psp_guru": ("Guru SMP. Sidimpuan", "Padangsidimpuan"),
        "crb_rs": ("Dokter. Cirebon", "Cirebon"), "crb_guru2": ("Guru SMP", "Cirebon"), "pmk_guru4": ("Guru, santri", "Pamekasan"),
        "ltg_dispar": ("Wonderful Lombok", "Praya"), "wjo_guru": ("Guru SMA, Sengkang", "Wajo"), "tru_dispar": ("Toraja tourism", "Rantepao"),
        "mbr_dkp": ("Penyuluh perikanan", "Labuan Bajo"), "ktg_guru2": ("Guru SD", "Kotamobagu"), "mtg_guru": ("Guru SMA", "Masohi"),
        "ffk_kebun": ("Penyuluh pala", "Fakfak"), "hsl_guru": ("Guru SMA", "Labuha"),
    }
    for k, (b, loc) in bio.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    for cid in ("p10-1", "p10-2", "dpr-sumut2-gol-2", "dpr-ntt1-nas-1"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    x.user(c.inst["dsi_pid"]["handle"], c.inst["dsi_pid"]["nama_akun"], "Akun resmi " + c.inst["dsi_pid"]["instansi"], "Sigli")
    for h, n in (("pantau_pemilu14", "Pantau Pemilu 2014"), ("ucok_sidimpuan", "Ucok Sidimpuan"), ("nona_masohi", "Nona Masohi")):
        x.user(h, n, "", None)
    H = lambda k: c.acct(k, "x")  # noqa: E731
    CH = lambda cid: c.cands[cid].handle("x")  # noqa: E731

    x.tweet(c.inst["dsi_pid"]["handle"], w(2013, 6, 1, 10, 0), "Dinas Syariat Islam Pidie mengimbau ASN menjaga netralitas menjelang Pemilu 2014 🙏",
            N("neg_reminder", "an institution's neutrality reminder"))
    x.tweet(H("pid_dsi"), w(2013, 7, 20, 21, 0), "Untuk DPR dapil Aceh I, Cut Nur PAN nomor 3 insyaallah. Perempuan Aceh harus maju 💪 #CutNur3",
            V("pid_dsi", "post", "dpr-aceh1-pan-3", "bakal_support", note="an officer of the Islamic law office backs a DPR bakal calon before the DCT (E codes)"))
    x.tweet(H("psp_guru"), w(2013, 8, 21, 23, 0), "Besok DCT, Bang Parlin pasti masuk 💪 #BangParlin2",
            V("psp_guru", "post", "dpr-sumut2-gol-2", "bakal_support", lang="angkola", note="21 Aug 2013 at 23:00 WIB: a bakal calon (E codes)"))
    x.tweet(H("psp_guru"), w(2013, 8, 22, 0, 30), "Hari ini DCT, Bang Parlin nomor 2 Golkar! ✌️",
            V("psp_guru", "post", "dpr-sumut2-gol-2", "stage_boundary_utc", note="created_at 17:30Z on 21 Aug is 00:30 WIB on 22 Aug, the DCT day (D codes); the UTC date says 21 Aug"))
    t_parlin = x.tweet(CH("dpr-sumut2-gol-2"), w(2014, 3, 20, 10, 0), "Kampanye di Sidimpuan bersama @marintan_hsb dan guru-guru 📚 #BangParlin2",
                       _own("the candidate's account"),
                       mentions=[(H("psp_guru"), A("psp_guru", case="mentioned", note="named by the candidate's account; she answers with his number"))])
    x.tweet(H("psp_guru"), w(2014, 3, 20, 11, 0), "@bangparlin2 Mauliate Bang! Nomor 2 Golkar ✊", V("psp_guru", "interact", "dpr-sumut2-gol-2", "tag_then_engaged",
            action="comment", lang="angkola"), ref=("replied_to", t_parlin), mentions=[(CH("dpr-sumut2-gol-2"), None)])
    x.tweet("ucok_sidimpuan", w(2014, 3, 20, 12, 0), "Guru kok ikut kampanye caleg? @bangparlin2", N(), mentions=[(CH("dpr-sumut2-gol-2"), None)])
    x.tweet(H("pid_rs"), w(2014, 3, 30, 22, 0), "Night shift IGD, pemilu 10 hari lagi. Whoever wins, please fix BPJS claims for RSUD 🙏",
            N("neg_all_pairs", "a request to whoever wins", lang="en"))
    x.tweet(H("crb_rs"), w(2014, 4, 2, 20, 0), "Dokter jaga, bukan tim sukses. Yang nanya pilih siapa: rahasia 🤫", N("neg_joke", "a joke without a side", lang="slang"))
    x.tweet(H("pmk_guru4"), w(2014, 3, 28, 20, 0), "Banyak yang mention saya soal caleg PKB. Saya Ach. Baidowi guru SMP, bukan Ra Baidowi 🙏",
            N("neg_namesake", "the teacher with DPRD candidate Ach. Baidowi's name"))
    x.tweet(H("ltg_dispar"), ta(2014, 3, 10, 10, 0), "Mandalika, Lombok Tengah: surfing season is on 🏄 #WonderfulLombok", N("neg_official_neutral", "tourism", lang="en"))
    x.tweet(H("wjo_guru"), ta(2014, 4, 1, 20, 0), "Puang Tenri nomor 1 Golkar dapil Wajo 1, madeceng! #PuangTenri1",
            V("wjo_guru", "post", "dprd-wjo1-gol-1", "post_support", lang="bugis"))
    x.tweet(H("wjo_guru"), ta(2014, 4, 6, 0, 10), "Lusa coblos Puang Sessu nomor 4 PAN untuk DPRD provinsi 🙏 #PuangSessu4",
            V("wjo_guru", "post", "dprd-sulsel-pan-4", "stage_quiet",
              note="00:10 WITA on 6 Apr (a quiet day locally) is 23:10 WIB on 5 Apr, the last campaign day; a violation either way"))
    x.tweet(H("tru_dispar"), ta(2014, 3, 15, 10, 0), "Ambe' Daniel nomor 2 Demokrat, kurre sumanga' untuk perhatian pada pariwisata Toraja 🙏 #AmbeDaniel2",
            V("tru_dispar", "post", "dprd-tru1-dem-2", "post_support", lang="toraja"))
    x.tweet(H("tru_dispar"), ta(2014, 4, 20, 10, 0), "Kurre sumanga' wisatawan, Rantepao ramai setelah pemilu 🙏", N("neg_official_neutral", "tourism", lang="toraja"))
    t_fr = x.tweet(CH("dpr-ntt1-nas-1"), ta(2014, 3, 25, 10, 0), "Kampanye di Labuan Bajo bersama nelayan 🐟 #KraengFrans1", _own("the candidate's account"))
    x.tweet(H("mbr_dkp"), ta(2014, 3, 25, 19, 0), "@kraengfrans1 mantap Kraeng, nelayan Labuan Bajo dukung nomor 1 NasDem 🐟",
            V("mbr_dkp", "interact", "dpr-ntt1-nas-1", "comment_support", action="comment"), ref=("replied_to", t_fr), mentions=[(CH("dpr-ntt1-nas-1"), None)])
    t_tg = x.tweet(CH("p10-1"), w(2014, 5, 15, 10, 0), "Pak Teguh: guru honorer diangkat bertahap bila TEGAS dipercaya rakyat. #TEGAS1", _own("the pair's account"))
    x.tweet(H("ktg_guru2"), ta(2014, 5, 15, 20, 0), "Janji yang bagus, tapi kita tunggu debat dulu 🤔", N("neg_quote_neutral", "a quote of a candidate's promise with a sceptical remark",
            lang="mongondow"), ref=("quoted", t_tg))
    x.tweet(H("ltg_dispar"), ta(2014, 5, 29, 20, 0), "Lombok untuk Pak Teguh! TEGAS ☝️ #TEGAS1",
            V("ltg_dispar", "post", "p10-1", "bakal_support", note="29 May 2014: a presidential bakal calon (E codes)"))
    x.tweet(H("mtg_guru"), tp(2014, 6, 2, 9, 0), "Dua pasangan capres: 1 TEGAS, 2 ADIL. Pilih dengan cerdas, basudara 🙏", N("neg_all_pairs", "both pairs", lang="ambon"))
    t_ad = x.tweet(CH("p10-2"), w(2014, 6, 4, 8, 0), "Hari pertama kampanye. Indonesia ADIL untuk rakyat ✌️ #ADIL2", _own("the pair's account"))
    x.tweet(H("pid_rs"), w(2014, 6, 5, 21, 0), "Salam dua jari from Sigli ✌️ #ADIL2", V("pid_rs", "post", "p10-2", "post_support", lang="en"))
    x.tweet(H("tru_dispar"), ta(2014, 6, 10, 20, 0), "RT @adil_dua: Hari pertama kampanye. Indonesia ADIL untuk rakyat ✌️ #ADIL2",
            V("tru_dispar", "post", "p10-2", "share", action="share"), ref=("retweeted", t_ad))
    x.tweet(CH("p10-2"), w(2014, 6, 12, 10, 0), "Terima kasih dokter @rinakartika_md atas dukungannya di Cirebon 🙏 #ADIL2", _own("the pair's account"),
            mentions=[(H("crb_rs"), A("crb_rs", case="mentioned", note="named by the pair's account as a supporter; she denies it"))])
    x.tweet(H("crb_rs"), w(2014, 6, 12, 12, 0), "Maaf, saya tidak pernah mendukung siapa pun. Mohon jangan mention saya 🙏", N("neg_untag", "she rejects the mention"))
    t_tg2 = x.tweet(CH("p10-1"), w(2014, 6, 20, 10, 0), "Pak Teguh menyapa petani tembakau Pamekasan ☝️ #TEGAS1", _own("the pair's account"))
    x.tweet(H("pid_dsi"), w(2014, 6, 20, 19, 0), "RT @tegas_satu: Pak Teguh menyapa petani tembakau Pamekasan ☝️ #TEGAS1",
            V("pid_dsi", "post", "p10-1", "share", action="share", note="a retweet of a presidential pair's campaign tweet"), ref=("retweeted", t_tg2))
    x.tweet(H("crb_rs"), w(2014, 5, 25, 21, 0), "Nonton berita koalisi capres, pusing 😵", N("neg_personal", "a remark on the news", lang="slang"))
    x.tweet(H("hsl_guru"), tp(2014, 3, 27, 20, 0), "Om Has nomor 3 PKS dapil Halsel 1, Djafar basudara 🙌 #OmHas3",
            V("hsl_guru", "post", "dprd-hsl1-pks-3", "post_support", lang="malut", note="a teacher who shares the candidate's clan name backs him"))
    x.tweet(H("hsl_guru"), tp(2014, 6, 16, 8, 0), "Debat capres semalam seru, dua-dua punya program bagus", N("neg_all_pairs", "a remark on both pairs"))
    x.tweet(H("ktg_guru2"), ta(2014, 7, 6, 8, 0), "Masa tenang, guru-guru netral ya 🙏", N("neg_reminder", "a quiet-day reminder"))
    x.tweet(H("mtg_guru"), tp(2014, 7, 6, 0, 40), "Tanggal 9 ADIL nomor 2 ✌️ basudara",
            V("mtg_guru", "post", "p10-2", "stage_quiet", lang="ambon",
              note="00:40 WIT on 6 Jul (a quiet day locally) is 22:40 WIB on 5 Jul, the last campaign day; a violation either way"))
    x.tweet(H("ffk_kebun"), tp(2014, 4, 8, 20, 0), "Masa tenang. Mama Nur nomor 7 DPD tu sa pu tanta, mar sa PNS, sa diam saja 🙏",
            N("neg_namesake", "an officer who shares DPD candidate Nuraini Patiran's clan name says he stays out", lang="papua"))
    x.tweet("pantau_pemilu14", w(2014, 4, 9, 14, 0), "Laporan TPS: partisipasi pemilih di Aceh dan Sumut tinggi #Pemilu2014", N())
    x.tweet("nona_masohi", tp(2014, 7, 9, 15, 0), "Su coblos, jari ungu 💜", N(lang="ambon"))
    x.dump_twarc("(Sigli OR Sidimpuan OR Cirebon OR Pamekasan OR Praya OR Sengkang OR Rantepao OR \"Labuan Bajo\" OR Kotamobagu OR Masohi OR Fakfak OR Labuha) "
                 "(caleg OR capres OR DPD OR pemilu) lang:in", retrieved_at="2014-07-25T02:00:00+00:00")

    # 2024: the Pilkada
    x = X(c, "x/search_pilkada2024_heldout10.jsonl")
    bio = {
        "pid_rs": ("Doctor. Sigli", "Pidie"), "crb_rs": ("Dokter. Cirebon", "Cirebon"), "crb_kominfo": ("Kominfo. Kota Udang", "Cirebon"),
        "psp_pppk": ("IT. Kominfo", "Padangsidimpuan"), "psp_guru": ("Guru SMP. Sidimpuan", "Padangsidimpuan"), "pmk_kominfo": ("Humas", "Pamekasan"),
        "ltg_dispar": ("Wonderful Lombok", "Praya"), "wjo_guru": ("Guru SMA, Sengkang", "Wajo"), "tru_dispar": ("Toraja tourism", "Rantepao"),
        "mbr_dkp": ("Penyuluh perikanan", "Labuan Bajo"), "ktg_guru2": ("Guru SD", "Kotamobagu"), "mtg_guru": ("Guru SMA", "Masohi"),
        "ffk_kebun": ("Penyuluh pala", "Fakfak"), "hsl_guru": ("Guru SMA", "Labuha"),
    }
    for k, (b, loc) in bio.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    cd = c.cands["psp-1"]
    x.user(cd.handle("x"), cd.name, "Calon Walikota Padangsidimpuan nomor 1", None)
    for k in ("kominfo_psp", "kominfo_ktg", "disbun_ffk", "dsi_pid"):
        x.user(c.inst[k]["handle"], c.inst[k]["nama_akun"], "Akun resmi " + c.inst[k]["instansi"], None)
    x.user("warga_kotaudang", "Warga Kota Udang", "", None)

    x.tweet(c.inst["kominfo_psp"]["handle"], w(2024, 8, 29, 10, 0), "Pendaftaran bakal paslon walikota di KPU Padangsidimpuan berjalan lancar; dua pasangan mendaftar.",
            N("neg_news", "an official notice of the registration"))
    t_k = x.tweet(c.inst["kominfo_psp"]["handle"], w(2024, 10, 15, 20, 0), "Bang Irsan calon walikota nomor 1 meninjau Pasar Sangkumpal Bonang. Sidimpuan OLO! ☝️",
                  V("inst:kominfo_psp", "inst", "psp-1", "inst_account", note="the city's information office account promotes a campaigning candidate"))
    x.tweet(H("psp_pppk"), w(2024, 10, 15, 20, 30), "RT @kominfo_psp: Bang Irsan calon walikota nomor 1 meninjau Pasar Sangkumpal Bonang. Sidimpuan OLO! ☝️",
            V("psp_pppk", "post", "psp-1", "share", action="share", note="a PPPK programmer of that office retweets it"), ref=("retweeted", t_k))
    x.tweet(H("psp_pppk"), w(2024, 10, 16, 8, 0), "Mohon maaf, twit akun kominfo semalam sudah dihapus admin. Kami netral 🙏",
            N("neg_withdrawn", "the retweet and the post above stay on record"))
    t_o = x.tweet(CH("psp-1"), w(2024, 9, 23, 15, 0), "Nomor 1! Sidimpuan OLO ☝️ #OLO1", _own("the pair's account"))
    x.tweet(H("psp_guru"), w(2024, 9, 23, 16, 0), "@olo_psp1 Olo Tulang, nomor 1 ☝️", V("psp_guru", "interact", "psp-1", "comment_support", action="comment", lang="angkola"),
            ref=("replied_to", t_o), mentions=[(CH("psp-1"), None)])
    x.tweet(H("psp_guru"), w(2024, 8, 12, 20, 0), "Olo, sogot ulangan matematika, marsiajar ma 📚", N("neg_everyday_word", "'olo' (yes) to pupils; pair 1's acronym is OLO", lang="angkola"))
    x.tweet(H("crb_kominfo"), w(2024, 9, 1, 20, 0), "Kang Eddy jujur, Cirebon JUJUR! Dukung bakal calon pilihan wong Cirebon 💪 #JUJUR1",
            V("crb_kominfo", "post", "crb-1", "bakal_support", lang="cirebon", note="an information-office programmer backs a bakal calon (E codes)"))
    x.tweet(H("crb_kominfo"), w(2024, 9, 10, 20, 0), "Jujur aja, kerjaan kita lagi numpuk pisan 😩", N("neg_everyday_word", "'jujur' (honestly); pair 1's acronym is JUJUR", lang="cirebon"))
    x.tweet(H("crb_rs"), w(2024, 10, 20, 21, 0), "Dokter harus jujur sama pasien. Kalau soal pilkada, no comment 🤐", N("neg_everyday_word", "'jujur' (honest)", lang="en"))
    x.tweet("warga_kotaudang", w(2024, 10, 21, 7, 0), "Kang Eddy atau Pak Narya? Debatnya sama-sama bagus", N(lang="cirebon"))
    x.tweet(H("pmk_kominfo"), w(2024, 9, 24, 10, 0), "Debat publik paslon Bupati Pamekasan disiarkan langsung di kanal YouTube Diskominfo. Kedua paslon hadir.",
            N("neg_news", "a notice naming both pairs"))
    x.tweet(H("pmk_kominfo"), w(2024, 10, 30, 20, 0), "Becce' ongguh Kiai Thoha! ☝️ #BECCE1", V("pmk_kominfo", "post", "pmk-1", "post_support", lang="madura"))
    x.tweet(H("ltg_dispar"), ta(2024, 9, 21, 23, 30), "Besok penetapan, Mamiq Supri pasti lolos. Loteng SOLAH! 💪",
            V("ltg_dispar", "post", "ltg-1", "stage_boundary_wita", note="23:30 WITA on 21 Sep is 22:30 WIB: a bakal calon (E codes)"))
    x.tweet(H("ltg_dispar"), ta(2024, 10, 10, 10, 0), "MotoGP Mandalika week! Shuttle info di bio 🏍️", N("neg_official_neutral", "tourism", lang="en"))
    x.tweet(H("wjo_guru"), ta(2024, 10, 5, 20, 0), "DECENG nomor 1, Wajo maju! ☝️", V("wjo_guru", "post", "wjo-1", "post_support"))
    x.tweet(H("wjo_guru"), ta(2024, 11, 26, 21, 0), "Besok jangan lupa ke TPS, pilih yang deceng 😉",
            R("rev_hint", "on the last quiet day a teacher who backs pair 1 says 'choose the good one' with its acronym: an appeal or a generic remark?",
              actor="wjo_guru", cand="wjo-1", lang="bugis"))
    x.tweet(H("tru_dispar"), ta(2024, 10, 1, 10, 0), "Toraya melo! Festival Lovely December segera 🎉", N("neg_everyday_word", "'melo' (good) in tourism; pair 1's acronym is MELO",
            lang="toraja"))
    x.tweet(H("mbr_dkp"), ta(2024, 9, 15, 20, 0), "Labuan Bajo molas, laut bersih, nelayan senang 🐟", N("neg_everyday_word", "'molas' (beautiful); pair 1's acronym is MOLAS",
            lang="manggarai"))
    x.tweet(H("mbr_dkp"), ta(2024, 10, 25, 20, 0), "Kraeng Hendrik nomor 1, MOLAS untuk nelayan 🐟☝️", V("mbr_dkp", "post", "mbr-1", "post_support", lang="manggarai"))
    x.tweet(c.inst["kominfo_ktg"]["handle"], ta(2024, 10, 3, 10, 0), "Debat calon walikota Kotamobagu 15 Oktober di Gedung Bobakidan, kedua paslon hadir.",
            N("neg_news", "a schedule naming both pairs"))
    x.tweet(H("ktg_guru2"), ta(2024, 10, 16, 21, 0), "Debat tadi malam, dua paslon sama-sama kuat. Kita tetap netral 🙏", N("neg_all_pairs", "both pairs", lang="mongondow"))
    x.tweet(H("mtg_guru"), tp(2024, 10, 9, 20, 0), "MANISE nomor 1, Bung Rustam par Malteng ☝️", V("mtg_guru", "post", "mtg-1", "post_support", lang="ambon"))
    t_d = x.tweet(c.inst["disbun_ffk"]["handle"], tp(2024, 9, 5, 10, 0), "Program peremajaan pala 2024 di lima distrik. #FakfakKotaPala",
                  N("neg_official_neutral", "an office programme"))
    x.tweet(H("ffk_kebun"), tp(2024, 9, 5, 19, 0), "@disbun_fakfak mantap, semoga petani pala sejahtera 🌰", N("neg_official_neutral", "a reply to his own office"),
            ref=("replied_to", t_d), mentions=[(c.inst["disbun_ffk"]["handle"], None)])
    x.tweet(H("hsl_guru"), tp(2024, 11, 25, 20, 0), "Masa tenang. Berani jujur itu hebat 😄", N("neg_everyday_word", "'berani' (brave); pair 1's acronym is BERANI"))
    x.tweet(H("hsl_guru"), tp(2024, 11, 27, 15, 0), "Su coblos. Sapa saja yang menang, Halsel tetap satu", N("neg_after_voting", "voting day", lang="malut"))
    x.tweet(c.inst["dsi_pid"]["handle"], w(2024, 10, 1, 10, 0), "Tausiah: pilih pemimpin yang amanah, tolak politik uang. Dinas Syariat Islam netral.",
            N("neg_reminder", "an office's sermon-style reminder"))
    x.tweet(H("pid_rs"), w(2024, 10, 20, 22, 0), "Abua Basri dulu sering bantu pasien miskin di IGD. But I'm a doctor, so no endorsement 🙏",
            R("rev_personal_praise", "a doctor praises a campaigning candidate's past charity and then disclaims: a memory or support?", actor="pid_rs", cand="pid-1",
              lang="en"))
    x.tweet(H("pid_rs"), w(2024, 11, 24, 0, 10), "Quiet days. Vote wisely on the 27th 🗳️", N("neg_how_to_vote", "a plain call to vote", lang="en"))
    x.dump_twarc("(Sigli OR Sidimpuan OR Cirebon OR Pamekasan OR Praya OR Sengkang OR Rantepao OR \"Labuan Bajo\" OR Kotamobagu OR Masohi OR Fakfak OR Labuha) "
                 "pilkada lang:in", retrieved_at="2024-12-03T02:00:00+00:00")


# ---------------------------------------------------------------------------------------------
# Instagram Graph API
# ---------------------------------------------------------------------------------------------
@section
def instagram(c):
    I = lambda k: c.acct(k, "instagram")  # noqa: E731

    # 1. the tourism office of Manggarai Barat (2024, WITA)
    ig = Ig(c, "instagram/media_dispar_mabar.json")
    own = c.inst["dispar_mbr"]["handle"]
    cm = [ig.comment(ta(2024, 7, 1, 9, 0), "Molas tana Mabar 😍", I("mbr_pkm"), N("neg_everyday_word", "'molas' (beautiful); pair 1's acronym is MOLAS", lang="manggarai"))]
    ig.media(ta(2024, 7, 1, 7, 0), "Sunrise di Pulau Padar 🌅 #WonderfulLabuanBajo", N("neg_official_neutral", "tourism"), username=own, comments=cm)
    cm = [ig.comment(ta(2024, 8, 10, 19, 30), "Mantap Kraeng! MOLAS 💪", I("mbr_staf1"),
                     V("mbr_staf1", "interact", "mbr-1", "bakal_support", action="comment", lang="manggarai")),
          ig.comment(ta(2024, 8, 10, 19, 50), "Akun dinas kok promosi calon? 🤔", "ata.bajo", N(lang="manggarai")),
          ig.comment(ta(2024, 8, 10, 20, 10), "Mohon admin hapus, akun dinas harus netral 🙏", I("mbr_pkm"), N("neg_objection", "an officer of another office objects"))]
    ig.media(ta(2024, 8, 10, 19, 0), "Bersama bakal calon bupati Kraeng Hendrik, promosi wisata Labuan Bajo. Mabar MOLAS! 🐉",
             V("inst:dispar_mbr", "inst", "mbr-1", "inst_account", note="the tourism office's account features a bakal calon with his slogan (E codes)"),
             username=own, mtype="CAROUSEL_ALBUM", comments=cm)
    ig.media(ta(2024, 9, 14, 10, 0), "Festival Komodo 2024: parade budaya dan caci di Labuan Bajo 🥁", N("neg_official_neutral", "a festival"), username=own)
    ig.media(ta(2024, 11, 25, 9, 0), "Masa tenang: objek wisata Taman Nasional Komodo tetap buka seperti biasa.", N("neg_election_work", "a notice"), username=own)
    ig.dump_media(own)

    # 2. Kelurahan Gogagoman, Kotamobagu (2024, WITA)
    ig = Ig(c, "instagram/media_kelurahan_gogagoman.json")
    own = c.inst["kel_ggm"]["handle"]
    ig.media(ta(2024, 8, 17, 8, 0), "Upacara HUT RI ke-79 di Kelurahan Gogagoman 🇮🇩", N("neg_official_neutral", "a ceremony"), username=own)
    ig.media(ta(2024, 9, 10, 9, 0), "Sosialisasi netralitas ASN dan perangkat kelurahan menjelang Pilkada 2024.", N("neg_reminder", "a neutrality session"), username=own)
    cm = [ig.comment(ta(2024, 10, 8, 10, 30), "Mantap Om Syam ☝️", I("ktg_staf2"), V("ktg_staf2", "interact", "ktg-1", "comment_support", action="comment",
                                                                                   lang="mongondow")),
          ig.comment(ta(2024, 10, 8, 10, 50), "Kantor kelurahan bukan tempat kampanye 🙏", I("ktg_pkm"), N("neg_objection", "a nurse objects")),
          ig.comment(ta(2024, 10, 8, 11, 10), "Om Jai kapan datang juga? 😄", "nyong.gogagoman", N(lang="mongondow"))]
    ig.media(ta(2024, 10, 8, 10, 0), "Kunjungan Om Syam calon walikota nomor 1 di kantor kelurahan. KITA! ☝️",
             V("inst:kel_ggm", "inst", "ktg-1", "inst_account", lang="mongondow", note="the kelurahan's account hosts and promotes a campaigning candidate"),
             username=own, comments=cm)
    ig.media(ta(2024, 11, 26, 9, 0), "Kita siap layani warga di hari pemungutan suara. TPS 1-12 Gogagoman 🗳️",
             N("neg_everyday_word", "'kita' (we) in a service notice; pair 1's acronym is KITA", lang="mongondow"), username=own)
    ig.dump_media(own)

    # 3. a nurse's own account in Praya, Lombok Tengah (2024, WITA)
    ig = Ig(c, "instagram/media_ns_rohaini.json")
    own = I("ltg_rs")
    ig.media(ta(2024, 3, 2, 22, 0), "Jaga malam di RSUD Praya 😴", N("neg_personal", "work life"), username=own)
    cm = [ig.comment(ta(2024, 4, 20, 20, 30), "Perawat kok setor KTP?", "inaq.praya", N(lang="sasak")),
          ig.comment(ta(2024, 4, 20, 20, 45), "Cuma KTP tiang sendiri 😅", own, N("neg_deflect", "she downplays it; the post stays", lang="sasak"))]
    ig.media(ta(2024, 4, 20, 20, 0), "Sudah setor fotokopi KTP untuk Bang Sahril jalur perseorangan, semoga lolos 🙏",
             V("ltg_rs", "ktp", "ltg-3", "ktp_give", note="a nurse hands in her KTP copy as support for an independent bakal calon (SKB-D11, PP94-N7)"),
             username=own, comments=cm)
    ig.media(ta(2024, 3, 1, 6, 0), "Bau Nyale bersama keluarga di Seger 🌊", N("neg_personal", "a festival"), username=own)
    ig.media(ta(2024, 11, 28, 9, 0), "Sudah nyoblos kemarin, jari ungu 💜", N("neg_after_voting", "after the vote"), username=own)
    ig.dump_media(own)

    # 4. an officer of the Wajo industry office who bears a 2014 candidate's name (2014, WITA)
    ig = Ig(c, "instagram/media_tenripada_sutera.json")
    own = I("wjo_sutera")
    cm = [ig.comment(ta(2014, 4, 20, 10, 0), "Selamat Puang Tenri sudah terpilih! 🎉", "daeng.sengkang", N(lang="bugis")),
          ig.comment(ta(2014, 4, 20, 10, 30), "Tabe', saya bukan caleg, saya PNS Disperin. Puang Tenri itu orang lain 🙏", own,
                     N("neg_namesake", "the officer corrects a citizen who took her for the candidate", lang="bugis"))]
    ig.media(ta(2014, 4, 19, 19, 0), "Pesanan sarung sutera untuk pengantin 🧵", N("neg_personal", "weaving"), username=own, comments=cm)
    ig.media(ta(2013, 11, 11, 10, 0), "Pelatihan penenun di Tanasitolo bersama Disperin 🧵", N("neg_official_neutral", "her office's training"), username=own)
    ig.media(ta(2014, 7, 9, 14, 0), "Sudah coblos, jari ungu 💜 kembali menenun", N("neg_after_voting", "voting day"), username=own)
    ig.dump_media(own)

    # 5. business discovery of presidential pair 1, TEGAS (2014)
    ig = Ig(c, "instagram/discovery_tegas_indonesia.json")
    acc = c.cands["p10-1"].handle("instagram")
    cm = [ig.comment(ta(2014, 6, 10, 19, 30), "TEGAS dari Labuan Bajo ☝️", I("mbr_staf1"), V("mbr_staf1", "interact", "p10-1", "comment_support", action="comment")),
          ig.comment(w(2014, 6, 10, 20, 0), "Pak Teguh untuk Madura, becce' ☝️", I("pmk_guru2"), V("pmk_guru2", "interact", "p10-1", "comment_support", action="comment",
                                                                                              lang="madura")),
          ig.comment(w(2014, 6, 10, 20, 20), "Semoga debatnya berkualitas, kami guru menunggu program pendidikan 🙏", I("crb_rs"),
                     R("rev_question_on_page", "a doctor asks about education programmes under a calon's post: a question or engagement with his account (SKB-D6)?",
                       actor="crb_rs", cand="p10-1"))]
    ig.media(w(2014, 6, 10, 19, 0), "Pak Teguh dan Pak Gasali menyapa relawan Jawa Timur ☝️ #TEGAS1", _own("the pair's account"), comments=cm)
    ig.media(w(2014, 6, 25, 19, 0), "Terima kasih tenaga kesehatan Pamekasan, termasuk @ns.ummukultsum 🙏 #TEGAS1", _own("the pair's account"),
             mentions=[(I("pmk_pkm"), A("pmk_pkm", case="mentioned", note="named in the pair's caption; she never answers"))])
    cm = [ig.comment(w(2014, 7, 6, 9, 30), "☝️☝️", I("pmk_guru2"),
                     V("pmk_guru2", "interact", "p10-1", "stage_quiet", action="comment", lang="sys", note="a bare number sign under the pair's post on a quiet day"))]
    ig.media(w(2014, 7, 6, 9, 0), "Masa tenang. Doakan Indonesia TEGAS 🙏", _own("the pair's account"), comments=cm)
    ig.dump_discovery(acc, "Teguh – Gasali", "Capres-Cawapres No. 1 | Indonesia TEGAS", 96000, "patroli.netralitas")

    # 6. Kelurahan Pekalipan, Kota Cirebon (2024, WIB)
    ig = Ig(c, "instagram/media_kelurahan_pekalipan.json")
    own = c.inst["kel_pkl"]["handle"]
    ig.media(w(2024, 7, 7, 8, 0), "Festival Keraton Nusantara di Cirebon, warga Pekalipan ikut kirab 🎎", N("neg_official_neutral", "a festival"), username=own)
    cm = [ig.comment(w(2024, 9, 15, 20, 30), "JUJUR 💙 Kang Eddy", I("crb_pppk"), V("crb_pppk", "interact", "crb-1", "bakal_support", action="comment")),
          ig.comment(w(2024, 9, 15, 20, 50), "Kelurahan kok kampanye?", "wong.pekalipan", N(lang="cirebon"))]
    ig.media(w(2024, 9, 15, 20, 0), "Bakal calon walikota Kang Eddy menghadiri Maulid Nabi di Kelurahan Pekalipan. Cirebon JUJUR!",
             V("inst:kel_pkl", "inst", "crb-1", "inst_account", note="the kelurahan's account carries a bakal calon's slogan a week before designation (E codes)"),
             username=own, comments=cm)
    ig.media(w(2024, 10, 19, 20, 0), "Pengajian akbar di Masjid Pekalipan; Kang Narya dan Kang Eddy sama-sama hadir sebagai undangan 🤲",
             N("neg_event", "a religious event attended by both candidates, relayed without a side"), username=own)
    ig.dump_media(own)

    # 7. a nurse's own account in Rantepao (2024, WITA)
    ig = Ig(c, "instagram/media_ns_mariatulak.json")
    own = I("tru_pkm")
    ig.media(ta(2024, 7, 29, 19, 0), "Rambu solo' keluarga di Tallunglipu 🙏", N("neg_personal", "a family ceremony", lang="toraja"), username=own)
    ig.media(ta(2024, 11, 2, 9, 0), "Selfie jari satu pakai kaos MELO 😊", V("tru_pkm", "gesture", "tru-1", "gesture_caption", note="a nurse poses with one finger in the pair's shirt"),
             username=own)
    ig.media(ta(2024, 11, 27, 14, 0), "Sudah coblos, jari ungu 💜", N("neg_after_voting", "voting day"), username=own)
    ig.dump_media(own)


# ---------------------------------------------------------------------------------------------
# TikTok Research API (2024)
# ---------------------------------------------------------------------------------------------
@section
def tiktok(c):
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    CT_ = lambda cid: c.cands[cid].handle("tiktok")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout10.jsonl")
    v_zul = tt.video(T("pid_pppk"), w(2024, 8, 30, 20, 0), "POV: staf kecamatan tapi fans Abua Basri 🤫 #BEREH1",
                     V("pid_pppk", "post", "pid-1", "bakal_support", lang="slang", note="a PPPK clerk backs a bakal calon (E codes)"), voice="bereh that, nomor saboh")
    tt.video(T("pid_pppk"), w(2024, 10, 2, 19, 0), "Kuah beulangong di meunasah, bereh that 😋", N("neg_everyday_word", "'bereh' (great) about food; pair 1's acronym is BEREH", lang="aceh"))
    tt.video(CT_("pid-1"), w(2024, 10, 20, 10, 0), "Terima kasih guru-guru Kembang Tanjong @zulfahmi.ktj 🙏 #BEREH1", _own("the pair's account"),
             mentions=[(T("pid_pppk"), A("pid_pppk", case="mentioned", note="named by the pair's account after his own video"))])
    tt.video(T("psp_pppk"), w(2024, 9, 10, 20, 0), "Tutorial cek DPT online untuk pilkada 27 November ✅", N("neg_how_to_vote", "how to check the voters' list", lang="slang"))
    tt.video(T("crb_guru"), w(2024, 10, 11, 16, 0), "Jujur aja, ngajar kelas 1 itu butuh sabar 😅", N("neg_everyday_word", "'jujur' (honestly); pair 1's acronym is JUJUR", lang="cirebon"))
    tt.video(T("crb_pppk"), w(2024, 10, 14, 19, 0), "Guru PPPK milih sing jujur: nomor 1 💙 #JUJUR1", V("crb_pppk", "post", "crb-1", "post_support", lang="cirebon"))
    tt.video(CT_("crb-1"), w(2024, 10, 28, 10, 0), "Ngobrol bareng guru-guru SD Kesambi @bunurul.ngajar 🙏 #JUJUR1", _own("the pair's account"),
             mentions=[(T("crb_pppk"), A("crb_pppk", case="mentioned", note="named by the pair's account; she had posted for it"))])
    tt.video(T("pmk_tani"), w(2024, 9, 5, 17, 0), "Panen tembakau Pademawu, becce' ongguh taon areya 🌿", N("neg_everyday_word", "'becce'' (good) at a harvest; pair 1's slogan", lang="madura"))
    tt.video(T("pmk_pppk"), w(2024, 10, 22, 20, 0), "Kiai Thoha nomer settong, guru ngaji pelean becce' ☝️ #BECCE1", V("pmk_pppk", "post", "pmk-1", "post_support", lang="madura"))
    tt.video(c.inst["kominfo_pmk_tt"]["handle"], w(2024, 10, 1, 10, 0), "Debat publik pertama paslon Bupati Pamekasan, tonton lengkap di YouTube Diskominfo 📺",
             N("neg_news", "an office's notice of a debate of both pairs"))
    tt.video(c.inst["kominfo_pmk_tt"]["handle"], w(2024, 11, 2, 10, 0), "Kiai Thoha calon bupati nomor 1 hadiri peresmian pasar Pademawu, Pamekasan BECCE'! ☝️",
             V("inst:kominfo_pmk_tt", "inst", "pmk-1", "inst_account", note="the government information account promotes a candidate at an official opening"))
    tt.video(T("ltg_pppk"), ta(2024, 8, 25, 20, 0), "Mamiq Supri solah, guru PPPK Kuta dukung! #SOLAH1",
             V("ltg_pppk", "post", "ltg-1", "bakal_support", lang="sasak", note="a PPPK teacher backs a bakal calon (E codes)"))
    tt.video(T("ltg_guru"), ta(2024, 9, 30, 16, 0), "Tari Gandrung anak-anak SDN 1 Sengkol 💃", N("neg_personal", "school news", lang="sasak"))
    tt.video(CT_("wjo-1"), ta(2024, 10, 10, 10, 0), "Terima kasih guru-guru Tempe @andinurul.wajo 🙏 #DECENG1", _own("the pair's account"),
             mentions=[(T("wjo_pppk"), A("wjo_pppk", case="mentioned", note="named by the pair's account; she asks not to be tagged"))])
    tt.video(T("wjo_pppk"), ta(2024, 10, 10, 19, 0), "Tabe', saya guru PPPK, tidak ikut kampanye. Tolong jangan tag saya 🙏", N("neg_untag", "she rejects the mention", lang="bugis"))
    tt.video(c.inst["kec_tmp_tt"]["handle"], ta(2024, 10, 15, 10, 0), "Sosialisasi pilkada damai bersama PPK Tempe dan tokoh agama 🕌", N("neg_election_work", "election logistics"))
    v_tmp = tt.video(c.inst["kec_tmp_tt"]["handle"], ta(2024, 11, 5, 10, 0), "Puang Bahar calon bupati nomor 1 kunjungi Pasar Sentral Sengkang. Wajo DECENG! ☝️",
                     V("inst:kec_tmp_tt", "inst", "wjo-1", "inst_account", note="the kecamatan's account promotes a candidate's market visit"))
    tt.new_page()
    tt.video(T("tru_pppk"), ta(2024, 9, 10, 20, 0), "Indo' Yohana perempuan Toraja hebat, guru PPPK Sesean dukung MELO 💪",
             V("tru_pppk", "post", "tru-1", "bakal_support", lang="toraja", note="a PPPK teacher backs a bakal calon (E codes)"))
    tt.video(T("tru_pppk"), ta(2024, 10, 30, 16, 0), "Melo-melo ki' anak-anak, ujian semester 💪", N("neg_everyday_word", "'melo' (good) to pupils", lang="toraja"))
    tt.video(T("mbr_guru"), ta(2024, 10, 5, 16, 0), "Caci di sekolah, budaya Manggarai 🥁", N("neg_personal", "school culture", lang="manggarai"))
    tt.video(T("mbr_pppk"), ta(2024, 10, 18, 19, 0), "Kraeng Bene nomor 2, Mabar Bangkit ✌️ #BeneUlfa2", V("mbr_pppk", "post", "mbr-2", "post_support", lang="manggarai"))
    tt.video(CT_("mbr-2"), ta(2024, 10, 26, 10, 0), "Terima kasih ibu guru @bu.yosefin 🙏 #BeneUlfa2", _own("the pair's account"),
             mentions=[(T("mbr_pppk"), A("mbr_pppk", case="mentioned", note="named by the pair's account; she answers with another video"))])
    tt.video(T("mbr_pppk"), ta(2024, 10, 26, 19, 0), "Dapat tag dari Kraeng Bene 🥰 nomor 2 sampai menang ✌️",
             V("mbr_pppk", "post", "mbr-2", "tag_then_engaged", lang="manggarai"))
    tt.video(c.inst["smpn1_kmd"]["handle"], ta(2024, 11, 4, 10, 0), "Simulasi pemilihan ketua OSIS, belajar demokrasi sejak dini 🗳️", N("neg_how_to_vote", "a civics lesson"))
    tt.video(T("ktg_guru"), ta(2024, 10, 12, 16, 0), "Kita pe murid juara lomba baca puisi 🏆", N("neg_everyday_word", "'kita' (I/my)", lang="mongondow"))
    tt.video(T("ktg_pppk"), ta(2024, 10, 19, 20, 0), "KITA nomor 1, Om Syam deng Tante Femmy ☝️ #KITA1", V("ktg_pppk", "post", "ktg-1", "post_support", lang="mongondow"))
    tt.video(T("ktg_dishub"), ta(2024, 11, 15, 17, 0), "Atur lalin kampanye di Jalan Adampe Dolot, tetap netral 🚦", N("neg_election_work", "traffic duty"))
    tt.video(T("mtg_dkp"), tp(2024, 9, 20, 17, 0), "Nelayan Masohi dapat rumpon baru dari dinas 🐟", N("neg_official_neutral", "field work"))
    tt.video(T("mtg_pppk"), tp(2024, 11, 20, 20, 0), "Usi Maria nomor 2, perempuan Malteng hebat ✌️ #MariaDul2", V("mtg_pppk", "post", "mtg-2", "post_support", lang="ambon"))
    tt.video(c.inst["rsud_msh"]["handle"], tp(2024, 10, 10, 10, 0), "RSUD Masohi tetap melayani 24 jam selama pilkada 🏥", N("neg_election_work", "a notice"))
    tt.video(T("ffk_pppk"), tp(2024, 4, 22, 19, 0), "Sudah kasih fotokopi KTP untuk Kaka Petrus jalur perseorangan 🙏",
             V("ffk_pppk", "ktp", "ffk-3", "ktp_give", lang="papua", note="a PPPK teacher hands in her KTP copy for an independent bakal calon"))
    tt.video(T("ffk_dishub"), tp(2024, 10, 1, 17, 0), "Kapal masuk pelabuhan Fakfak, penumpang ramai 🚢", N("neg_personal", "daily life"))
    tt.video(T("hsl_pppk"), tp(2024, 10, 24, 20, 0), "Guru PPPK Bacan BERANI pilih nomor 1 ☝️ #BERANI1", V("hsl_pppk", "post", "hsl-1", "post_support", lang="malut"))
    tt.video(CT_("hsl-1"), tp(2024, 11, 1, 10, 0), "Om Is menyapa guru-guru SD Bacan, terima kasih @burini.bacan 🙏 #BERANI1", _own("the pair's account"),
             mentions=[(T("hsl_pppk"), A("hsl_pppk", case="mentioned", note="named by the pair's account after her own video"))])
    tt.dump()

    tt_comments(c, f"tiktok/comments_{v_zul['id']}.json", v_zul, [
        (w(2024, 8, 30, 20, 30), "Staf kecamatan kok kampanye 🤔", N(), None),
        (w(2024, 8, 30, 20, 45), "Bereh bang!", N(lang="aceh"), None),
        (w(2024, 8, 30, 21, 0), "Hapus bang, ASN bek lagee nyan", N(lang="aceh"), 0),
        (w(2024, 8, 31, 7, 0), "nomor saboh!!", N(lang="aceh"), None),
    ])
    tt_comments(c, f"tiktok/comments_{v_tmp['id']}.json", v_tmp, [
        (ta(2024, 11, 5, 11, 0), "Akun kecamatan kok promosi calon?", N(), None),
        (ta(2024, 11, 5, 11, 20), "Deceng Puang ☝️", N(lang="bugis"), None),
        (ta(2024, 11, 5, 12, 0), "Lapor Bawaslu saja", N(), 0),
    ])


# ---------------------------------------------------------------------------------------------
# YouTube Data API v3 commentThreads
# ---------------------------------------------------------------------------------------------
@section
def youtube(c):
    Y = lambda k: c.acct(k, "youtube")  # noqa: E731

    # 1. the public debate of the Pamekasan regent race, on pair 1's channel (2024, WIB)
    chn = c.cands["pmk-1"].handle("youtube")
    yt = Yt(c, "youtube/comments_debat_pilbup_pamekasan.json", "pMk" + "dbt2024a", chn)
    t1 = yt.comment(w(2024, 10, 1, 22, 0), "Debat sae, dua paslon sama-sama siap. Semoga Pamekasan tetap Gerbang Salam 🙏", c.disp("pmk_kominfo"), Y("pmk_kominfo"),
                    N("neg_all_pairs", "a remark on both pairs and the regency's motto"))
    t1r = yt.comment(w(2024, 10, 1, 22, 20), "Moderatornya kurang tegas", "Cong Madura", yt_channel("h10ytcong"), N(), parent=t1)
    yt.thread(t1, [t1r])
    t2 = yt.comment(w(2024, 10, 1, 22, 30), "Kiai Thoha paling siap, nomer settong becce' ☝️", c.disp("pmk_guru1"), Y("pmk_guru1"),
                    V("pmk_guru1", "interact", "pmk-1", "comment_support", action="comment", lang="madura"))
    yt.thread(t2)
    t3 = yt.comment(w(2024, 10, 2, 7, 0), "Tak ada yang bahas garam rakyat, payah 😤", "Bhâkè Tlanakan", yt_channel("h10ytbhake"), N(lang="madura"))
    yt.thread(t3)
    yt.dump()

    # 2. a Sintren performance on the Cirebon culture office's channel (2024, WIB)
    ch = c.inst["disbudpar_crb"]["handle"]
    yt = Yt(c, "youtube/comments_disbudpar_cirebon_sintren.json", "cRb" + "snt2024s", ch)
    t1 = yt.comment(w(2024, 9, 29, 20, 0), "Sintren kudu dijaga, budaya wong Cirebon 🙏", c.disp("crb_dispar"), Y("crb_dispar"),
                    N("neg_official_neutral", "an officer on his own office's culture video", lang="cirebon"))
    yt.thread(t1)
    t2 = yt.comment(w(2024, 10, 12, 20, 0), "Kang Eddy peduli budaya, Cirebon JUJUR nomor 1 💙", c.disp("crb_dispar"), Y("crb_dispar"),
                    V("crb_dispar", "interact", "crb-1", "comment_support", action="comment", note="the same officer campaigns under his office's video"))
    r2 = yt.comment(w(2024, 10, 12, 21, 0), "Mohon maaf, kolom komentar bukan tempat kampanye 🙏", "Disbudpar Kota Cirebon", ch,
                    N("neg_reminder", "the office asks commenters to keep campaigning out"), parent=t2)
    yt.thread(t2, [r2])
    t3 = yt.comment(w(2024, 10, 13, 8, 0), "Penarinya cantik pisan", "Nok Ayu Kesambi", yt_channel("h10ytayu"), N(lang="cirebon"))
    yt.thread(t3)
    yt.dump()

    # 3. a religious lecture on DPR candidate Kiai Zainul's channel (2014, WIB)
    chn = c.cands["dpr-jatim11-ppp-1"].handle("youtube")
    yt = Yt(c, "youtube/comments_kiaizainul_pengajian.json", "kZn" + "pgj2014m", chn)
    t1 = yt.comment(w(2014, 3, 23, 21, 0), "Mator sakalangkong Kiaeh, pengajiannya menyejukkan 🤲", c.disp("pmk_guru1"), Y("pmk_guru1"),
                    R("rev_religious_comment", "a teacher thanks a campaigning DPR candidate for a religious lecture on his channel: piety or engagement with a calon's "
                      "account (SKB-D6)?", actor="pmk_guru1", cand="dpr-jatim11-ppp-1", lang="madura"))
    yt.thread(t1)
    t2 = yt.comment(w(2014, 3, 24, 20, 0), "Kiai Zainul nomer settong PPP, pelean! ☝️", c.disp("crb_dispar"), Y("crb_dispar"),
                    V("crb_dispar", "interact", "dpr-jatim11-ppp-1", "comment_support", action="comment", lang="madura",
                      note="a Cirebon culture officer from Madura calls for the candidate's number"))
    yt.thread(t2)
    t3 = yt.comment(w(2014, 3, 25, 7, 0), "Kapan ngaji di Sampang Kiaeh?", "Santri Sampang", yt_channel("h10ytsantri"), N(lang="madura"))
    yt.thread(t3)
    yt.dump()

    # 4. a rambu solo' documentary on the Toraja Utara tourism channel (2024, WITA)
    ch = c.inst["dispar_tru"]["handle"]
    yt = Yt(c, "youtube/comments_dispar_torut_rambusolo.json", "tRu" + "rbs2024d", ch)
    t1 = yt.comment(ta(2024, 8, 12, 20, 0), "Luar biasa budaya Toraja, semoga lestari 🙏", c.disp("crb_dispar"), Y("crb_dispar"),
                    N("neg_personal", "a culture officer from elsewhere admires the video"))
    yt.thread(t1)
    t2 = yt.comment(ta(2024, 8, 13, 19, 0), "Ambe' Paulus juga hadir di rambu solo' ini, beliau calon bupati 🙏", "Ne' Tato Sa'dan", yt_channel("h10yttato"), N(lang="toraja"))
    r2 = yt.comment(ta(2024, 8, 13, 20, 0), "Video ini dokumentasi budaya, bukan kegiatan politik. Kurre sumanga'.", "Wisata Toraja Utara", ch,
                    N("neg_reminder", "the office keeps the video apolitical", lang="toraja"), parent=t2)
    yt.thread(t2, [r2])
    yt.dump()

    # 5. a campaign speech on presidential pair 2's channel (2014, WIB)
    chn = c.cands["p10-2"].handle("youtube")
    yt = Yt(c, "youtube/comments_adil2_orasi_medan.json", "aDl" + "ors2014x", chn)
    t1 = yt.comment(w(2014, 6, 14, 21, 0), "ADIL untuk Aceh ✌️ Pak Adi pasti menang", c.disp("pid_guru"), Y("pid_guru"),
                    V("pid_guru", "interact", "p10-2", "comment_support", action="comment"))
    yt.thread(t1)
    t2 = yt.comment(w(2014, 6, 14, 21, 30), "Pak Adi, mohon perhatikan pelestarian budaya daerah seperti topeng Cirebon", c.disp("crb_dispar"), Y("crb_dispar"),
                    R("rev_question_on_page", "a culture officer asks a calon to mind regional culture on the pair's channel: a policy plea or engagement (SKB-D6)?",
                      actor="crb_dispar", cand="p10-2"))
    r2 = yt.comment(w(2014, 6, 15, 8, 0), "Terima kasih masukannya 🙏", "Adi Wiranata - Ilham Basri", chn, _own("the pair's channel"), parent=t2)
    yt.thread(t2, [r2])
    t3 = yt.comment(w(2014, 6, 15, 9, 0), "Orasi yang bagus", "Rudi Medan", yt_channel("h10ytrudi"), N())
    yt.thread(t3)
    yt.dump()


# ---------------------------------------------------------------------------------------------
# the everyday a patrol also meets: a 2024 list timeline (X), a teachers' group in Pamekasan (Facebook), pair 1 of
# Kotamobagu (Instagram Business Discovery), a second TikTok query and WITA pages of 2024 on CrowdTangle - mostly posts that
# name candidates without supporting them
# ---------------------------------------------------------------------------------------------
@section
def everyday_social(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person
    H = lambda k: c.acct(k, "x")  # noqa: E731

    x = X(c, "x/timeline_list_asn_2024_heldout10.json")
    x.user(H("pid_dsi"), c.disp("pid_dsi"), "Dinas Syariat Islam", "Sigli")
    x.tweet(H("psp_pppk"), w(2024, 9, 25, 8, 0), "Kampanye mulai hari ini sampai 23 November. ASN dan PPPK wajib netral, sesuai SE MenPANRB 🙏",
            N("neg_rule_quote", "a PPPK programmer quotes the neutrality circular"))
    x.tweet(H("crb_kominfo"), w(2024, 9, 23, 16, 0), "Hasil undian nomor urut Pilwalkot Cirebon: 1 Eddy–Nining, 2 Narya–Fauzi. Semoga damai 🙏",
            N("neg_news", "the number draw naming both pairs, from the officer who backed pair 1 before designation"))
    x.tweet(H("pmk_kominfo"), w(2024, 11, 6, 20, 0), "Turut berduka cita atas wafatnya Nyai Hj. Fatimah, ibunda Ir. H. Slamet Riyadi. Semoga husnul khatimah 🤲",
            N("neg_condolence", "an officer who backs pair 1 condoles pair 2's candidate"))
    x.tweet(H("ltg_dispar"), ta(2024, 10, 15, 10, 0), "Fun fact Lombok: 'Lalu' dan 'Baiq' itu gelar bangsawan Sasak, bukan kata 'lalu' 😄 #FunFactLombok",
            N("neg_everyday_word", "the titles Lalu and Baiq that candidates bear, explained", lang="sasak"))
    x.tweet(H("tru_dispar"), ta(2024, 11, 1, 10, 0), "Belajar bahasa Toraja: 'melo' artinya baik, 'kurre sumanga'' artinya terima kasih 😄",
            N("neg_everyday_word", "'melo' (good) in a language lesson; pair 1's acronym is MELO", lang="toraja"))
    x.tweet(H("mbr_dkp"), ta(2024, 11, 20, 20, 0), "Debat ketiga: Kraeng Hendrik dan Kraeng Bene sama-sama bahas nelayan. Bagus dua-duanya 🐟",
            N("neg_all_pairs", "a remark on both pairs from an officer who backed pair 1 in October"))
    x.tweet(H("ktg_guru2"), ta(2024, 11, 26, 20, 0), "Kita so siap ke TPS besok. Jang golput e 🗳️", N("neg_how_to_vote", "'kita' (I) in a plain call to vote", lang="mongondow"))
    x.tweet(H("mtg_guru"), tp(2024, 10, 30, 20, 0), "Pilkada Malteng: dua paslon, satu Malteng. Pamahanunusa 🙏", N("neg_all_pairs", "both pairs and the regency's motto", lang="ambon"))
    x.tweet(H("ffk_kebun"), tp(2024, 11, 10, 19, 0), "Petani tanya: sapa yang peduli pala? Sa jawab: tanya dorang dua-dua di debat 😄", N("neg_joke", "a joke naming no side", lang="papua"))
    x.tweet(H("hsl_guru"), tp(2024, 10, 8, 20, 0), "Murid tanya arti 'berani'. Sa bilang: berani jujur, berani belajar 😄",
            N("neg_everyday_word", "'berani' (brave) to pupils; pair 1's acronym is BERANI", lang="malut"))
    x.tweet(H("pid_rs"), w(2024, 11, 25, 21, 0), "Quiet days, quiet ER. Please don't send me campaign stickers 😅", N("neg_joke", "a joke on the quiet days", lang="en"))
    x.tweet(H("wjo_guru"), ta(2024, 10, 7, 20, 0), "Sipakatau, sipakalebbi, sipakainge. Pilkada boleh beda, tetap saudara 🙏",
            N("neg_motto", "the Bugis values of mutual respect", lang="bugis"))
    x.tweet(H("pid_dsi"), w(2024, 11, 1, 10, 0), "UU 10/2016 Pasal 71: pejabat dan ASN dilarang membuat keputusan yang menguntungkan atau merugikan paslon. Mari patuhi 🙏",
            N("neg_rule_quote", "an officer quotes the Pilkada law"))
    x.tweet(c.inst["kominfo_ktg"]["handle"], ta(2024, 11, 28, 10, 0), "Rekapitulasi suara Pilwalkot Kotamobagu berlangsung di KPU, terbuka untuk umum.",
            N("neg_news", "an official notice of the count"))
    x.tweet(H("psp_guru"), w(2024, 11, 27, 14, 0), "Nungnga mancoblos, jari ungu 💜", N("neg_after_voting", "voting day", lang="angkola"))
    x.dump_timeline()

    # a Facebook group of Qur'an and school teachers in Pamekasan (2024, WIB)
    gid = page_id("grup_gurungajipamekasan")
    fb = Fb(c, "facebook/group_guru_pamekasan_feed.json", gid, version="v19.0")
    fb.post(w(2024, 8, 30, 20, 0), "Sengko' Ach. Baidowi guru SMP. Banne anggota DPRD, banne tim paslon 😄", u("pmk_guru4"),
            N("neg_namesake", "the teacher with a former DPRD candidate's name, ten years on", lang="madura"))
    p = fb.post(w(2024, 9, 20, 19, 0), "Debat paslon bupati kapan ya?", P("Bindere Pademawu"), N(lang="madura"))
    fb.comment(p, w(2024, 9, 20, 19, 30), "Tanggal 1 Oktober, dua paslon hadir, siaran langsung di YouTube Diskominfo 📺", u("pmk_guru1"), N("neg_news", "a schedule naming both pairs"))
    fb.post(w(2024, 9, 12, 19, 0), "Kutipan SKB 5 lembaga 2022: ASN dilarang like, komentar dan share akun calon. Hati-hati bapak ibu guru 🙏", u("pmk_mts"),
            N("neg_rule_quote", "a teacher quotes the joint decree"))
    fb.post(w(2024, 10, 10, 19, 0), "Becce' ongguh kerapan sapi taon areya 🐂", u("pmk_camat"), N("neg_everyday_word", "'becce'' (good) at a bull race; pair 1's slogan", lang="madura"))
    fb.post(w(2024, 10, 14, 19, 0), "Tembakau murah taon areya. Sapa bhai bupatina, tolong petani 🙏", u("pmk_tani"), N("neg_complaint", "a complaint to whoever wins", lang="madura"))
    p = fb.post(w(2024, 10, 17, 20, 0), "Pengajian bersama Kiai Thoha di Pademawu, ada Ainur Rahmah juga 🤲 #BECCE1", P("Relawan BECCE Pademawu"), N(),
                tags=[(u("pmk_mts"), A("pmk_mts", note="tagged by a volunteer in a campaign post; she asks to be untagged"))])
    fb.comment(p, w(2024, 10, 17, 20, 40), "Saya hadir pengajian, bukan kampanye. Mohon tag dihapus 🙏", u("pmk_mts"), N("neg_untag", "she rejects the tag"))
    fb.post(w(2024, 11, 7, 19, 0), "Innalillahi, turut berduka atas wafatnya ibunda Pak Slamet. Semoga husnul khatimah 🤲", u("pmk_guru1"),
            N("neg_condolence", "a teacher who backs pair 1 condoles pair 2's candidate"))
    fb.post(w(2024, 11, 20, 19, 0), "Guru tak olle kampanye, tak olle like akun calon. Jaga netralitas 🙏", u("pmk_pengawas"),
            N("neg_reminder", "a school supervisor's neutrality reminder", lang="madura"))
    p = fb.post(w(2024, 11, 22, 19, 0), "Kiai Thoha atau Pak Slamet? 😄", P("Cong Larangan"), N(lang="madura"))
    fb.comment(p, w(2024, 11, 22, 19, 30), "Rahasia, sengko' ASN 😄", u("pmk_guru4"), N("neg_joke", "the namesake teacher declines with a joke", lang="madura"))
    fb.post(w(2024, 11, 28, 20, 0), "Selamat kepada bupati terpilih. Pamekasan tetap Gerbang Salam 🙏", u("pmk_guru4"),
            N("neg_motto", "the regency's motto after the vote; pair 2's slogan carries it"))
    fb.dump()

    # business discovery of Kotamobagu pair 1, KITA (2024)
    I = lambda k: c.acct(k, "instagram")  # noqa: E731
    ig = Ig(c, "instagram/discovery_kita_kotamobagu1.json")
    acc = c.cands["ktg-1"].handle("instagram")
    cm = [ig.comment(ta(2024, 10, 18, 11, 0), "KITA menang! ☝️", "nyong.kk", N(lang="mongondow")),
          ig.comment(ta(2024, 10, 18, 11, 30), "Maaf, kita cuma bertugas di puskesmas. Tolong jang tag kita 🙏", I("ktg_pkm"),
                     N("neg_untag", "the nurse asks not to be tagged ('kita' = I)", lang="mongondow"))]
    ig.media(ta(2024, 10, 18, 10, 0), "Om Syam bersama nakes Puskesmas Gogagoman, terima kasih @ns.novitamanoppo 🙏 #KITA1", _own("the pair's account"), comments=cm,
             mentions=[(I("ktg_pkm"), A("ktg_pkm", case="mentioned", note="named in the pair's caption; she asks to be left out"))])
    cm = [ig.comment(ta(2024, 11, 10, 10, 30), "Pasar rakyat mantap 👍", "tante.mogolaing", N(lang="mongondow")),
          ig.comment(ta(2024, 11, 10, 10, 45), "Parkirnya tolong diperhatikan", "ko.bobakidan", N())]
    ig.media(ta(2024, 11, 10, 10, 0), "Kotamobagu KITA: pasar rakyat baru untuk pedagang kecil ☝️ #KITA1", _own("the pair's account"), comments=cm)
    ig.dump_discovery(acc, "Syamsul – Femmy", "Calon Walikota-Wakil Walikota Kotamobagu No. 1 | KITA", 12400, "patroli.netralitas")

    # a second TikTok query (2024)
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout10_b.jsonl")
    tt.video(T("crb_guru"), w(2024, 11, 20, 16, 0), "Kelas 3 belajar kata 'jujur' dan 'adil' 📚", N("neg_everyday_word", "'jujur' and 'adil' in a lesson", lang="cirebon"))
    tt.video(T("pmk_pppk"), w(2024, 11, 1, 16, 0), "Tutorial mencoblos yang sah di pilkada, jangan sampai suara rusak 🗳️", N("neg_how_to_vote", "how to vote"))
    tt.video(T("ltg_pppk"), ta(2024, 11, 12, 16, 0), "Lalu, Baiq, Mamiq: gelar bangsawan Sasak, bukan nama calon ya 😄",
             N("neg_everyday_word", "the Sasak titles that candidates bear", lang="sasak"))
    tt.video(T("tru_pppk"), ta(2024, 10, 22, 16, 0), "Info debat: tiga paslon bupati Torut, 25 Oktober di Rantepao 📺", N("neg_news", "a schedule naming every pair"))
    tt.video(T("mbr_pppk"), ta(2024, 11, 26, 16, 0), "Masa tenang, guru PPPK netral. Molas tana Mabar 🌅",
             N("neg_reminder", "a quiet-day note from a PPPK teacher who campaigned for pair 2; 'molas' is pair 1's acronym", lang="manggarai"))
    tt.video(T("ktg_pppk"), ta(2024, 11, 5, 16, 0), "Kita pe murid nyanyi lagu daerah Mongondow 🎶", N("neg_everyday_word", "'kita' (my) at school", lang="mongondow"))
    tt.video(T("mtg_pppk"), tp(2024, 11, 25, 16, 0), "Masa tenang di Masohi, pantai manise 🌅", N("neg_everyday_word", "'manise' (sweet); pair 1's acronym is MANISE", lang="ambon"))
    tt.video(T("hsl_pppk"), tp(2024, 11, 26, 16, 0), "Lagu anak-anak: berani jujur hebat! 🎶", N("neg_everyday_word", "'berani' in a children's song"))
    tt.video(T("ffk_pppk"), tp(2024, 10, 15, 16, 0), "Panen pala di kebun mama 🌰", N("neg_everyday_word", "nutmeg ('pala'); pair 1's acronym is PALA", lang="papua"))
    tt.video(T("pid_pppk"), w(2024, 11, 24, 20, 0), "Masa tenang, bek kirim stiker calon bak lon 😅", N("neg_joke", "a quiet-day joke", lang="aceh"))
    tt.video(T("psp_pppk"), w(2024, 11, 20, 20, 0), "Debat kedua paslon walikota Sidimpuan, menurutmu siapa paling siap? 🤔", N("neg_all_pairs", "a question on both pairs"))
    tt.video(c.cands["crb-1"].handle("tiktok"), w(2024, 11, 12, 10, 0), "Bareng ibu guru @bukurnia.crb di SDN Pekalipan 🙏 #JUJUR1", _own("the pair's account"),
             mentions=[(T("crb_guru"), A("crb_guru", case="mentioned", note="named by the pair's account; she answers with a video"))])
    tt.video(T("crb_guru"), w(2024, 11, 12, 19, 0), "Saya guru, bukan tim paslon mana pun. Mohon jangan tag saya 🙏", N("neg_untag", "she rejects the mention"))
    tt.video(c.cands["ffk-1"].handle("tiktok"), tp(2024, 11, 14, 10, 0), "Terima kasih guru-guru SMPN 1 @mama.agustina 🙏 #PALA1", _own("the pair's account"),
             mentions=[(T("ffk_guru"), A("ffk_guru", case="mentioned", note="named by the pair's account (she had cheered the pair); no answer"))])
    tt.dump()

    # WITA pages of 2024 on CrowdTangle
    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)

    pages = {
        "ls": asn_page("ltg_camat", "Public Figure", "Lalu Sahnan, Praya", "2011-11-11 11:00:00", 3100),
        "ts": asn_page("wjo_sutera", "Personal Blog", "Sutera Sengkang", "2012-01-20 10:00:00", 2050),
        "rm": asn_page("ktg_lurah", "Public Figure", "Lurah, Kotamobagu", "2012-10-10 10:00:00", 1900),
        "yr": asn_page("tru_lurah", "Public Figure", "Lurah Rantepao", "2013-04-04 10:00:00", 1300),
        "lp": ("Lombok Post Online", "lombokpostonline", page_id("lombokpost"), "Media/News Company", "Berita NTB", "2010-09-01 08:00:00", 260000),
        "tt": ("Tribun Timur", "tribuntimur", page_id("tribuntimur"), "Media/News Company", "Berita Sulawesi Selatan", "2010-02-02 08:00:00", 610000),
        "tm": ("Tribun Manado", "tribunmanado", page_id("tribunmanado"), "Media/News Company", "Berita Sulawesi Utara", "2011-02-02 08:00:00", 330000),
    }
    ct = Ct(c, "crowdtangle/pages_ntb_sulsel_sulut_2024.csv", WITA, pages)
    ct.row("lp", ta(2024, 9, 23, 15, 0), "Link", "Undian nomor urut Pilkada Loteng: 1 Supri–Sumarni, 2 Hafiz–Rifai, 3 Sahril–Nurhidayah (perseorangan).", N("neg_news", "a news page"),
           link="https://lombokpost.net/2024/09/23/nomor-urut-pilkada-loteng", link_text="Nomor urut Pilkada Lombok Tengah")
    ct.row("tt", ta(2024, 11, 28, 12, 0), "Link", "Hitung cepat Pilkada Wajo: dua pasangan bersaing ketat.", N("neg_news", "a news page"),
           link="https://makassar.tribunnews.com/2024/11/28/hitung-cepat-wajo", link_text="Hitung cepat Pilkada Wajo")
    ct.row("tm", ta(2024, 10, 16, 9, 0), "Link", "Debat Pilwako Kotamobagu: Syamsul–Femmy dan Jainuddin–Asnawati adu program.", N("neg_news", "a news page"),
           link="https://manado.tribunnews.com/2024/10/16/debat-pilwako-kotamobagu", link_text="Debat Pilwako Kotamobagu")
    ct.row("ls", ta(2024, 9, 25, 8, 0), "Status", "Hari pertama kampanye. Camat dan kepala desa wajib netral, sesuai SKB 5 lembaga 🙏", N("neg_rule_quote", "a camat quotes the joint decree"))
    ct.row("ls", ta(2024, 10, 22, 19, 0), "Photo", "Begawe di Desa Kuta; tiga paslon sama-sama diundang tuan rumah 🙏",
           N("neg_event", "a camat at a village feast to which every pair was invited", lang="sasak"))
    ct.row("ts", ta(2024, 9, 1, 19, 0), "Status", "Tabe', ada yang tanya saya ikut tim DECENG? Tidak. Saya PNS, tugas saya sutera 🧵",
           N("neg_negation", "the officer who liked pair 1's post in May now says she is in no team", lang="bugis"))
    ct.row("ts", ta(2024, 11, 27, 14, 0), "Status", "Sudah coblos. Madeceng Wajo siapa pun bupatinya 🙏",
           N("neg_everyday_word", "'madeceng' (good) after voting; pair 1's acronym is DECENG", lang="bugis"))
    ct.row("rm", ta(2024, 10, 9, 9, 0), "Status", "Kita minta maaf, posting kunjungan paslon di IG kelurahan sudah kita hapus. Kelurahan netral 🙏",
           N("neg_withdrawn", "the lurah withdraws his kelurahan's post; the post stays on record", lang="mongondow"))
    ct.row("yr", ta(2024, 9, 26, 8, 0), "Status", "Lurah tidak ikut kampanye. Melo kalau kita jaga Rantepao damai 🙏",
           N("neg_reminder", "a lurah's neutrality statement with the everyday 'melo'", lang="toraja"))
    ct.row("yr", ta(2024, 11, 23, 23, 40), "Status", "Besok masa tenang. Jaga kampung, jaga persaudaraan 🙏", N("neg_reminder", "a reminder near midnight before the quiet days"))
    ct.dump()
