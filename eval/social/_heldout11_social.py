"""heldout11, part 1: Facebook Graph feeds, CrowdTangle CSV, X API v2, Instagram Graph, TikTok Research and YouTube
commentThreads (see _heldout11.py)."""
from __future__ import annotations

from _corpus import WIB, WIT, WITA, A, Ct, Fb, Ig, N, R, Tt, V, X, Yt, fb_person, tt_comments, yt_channel
from _heldout11_base import page_id, section, ta, tp, w

# a Pilkada calon and a presidential (or legislative) bakal calon backed in one message: the Pilkada pair's D codes plus these
BOTH = ["SKB-E2", "SKB-E4", "UU7-283"]


def _own(note="posted by the candidate's own page", lang="id"):
    return N("neg_candidate_own", note, lang=lang)


# ---------------------------------------------------------------------------------------------
# Facebook Graph API (page and group feeds)
# ---------------------------------------------------------------------------------------------
@section
def facebook(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person

    # 1. the page of Jawa Timur pair 1, GUYUB (Imam-Retno), 2018, WIB
    pid = c.cands["jtm-1"].handle("facebook")
    fb = Fb(c, "facebook/page_imamretno_guyub_feed.json", pid, version="v2.11")
    page = {"name": "Cak Imam - Mbak Retno", "id": pid}
    p = fb.post(w(2018, 1, 9, 10, 0), "Bismillah, Cak Imam lan Mbak Retno resmi daftar nang KPU Jatim. Jatim GUYUB, rakyat rukun! #GUYUB1 #ImamRetno",
                page, _own(lang="suroboyo"))
    fb.comment(p, w(2018, 1, 9, 10, 35), "Sukses Cak Imam! Guru-guru SMA Kediri siap nyengkuyung GUYUB 💪", u("jtm_guru_kdr"),
               V("jtm_guru_kdr", "interact", "jtm-1", "bakal_support", action="comment", lang="jawa",
                 note="a provincial SMA teacher backs a gubernatorial bakal calon on his registration day (E codes)"))
    fb.comment(p, w(2018, 1, 9, 11, 2), "Mugo-mugo amanah, Cak. Ojok lali wong cilik", P("Cak Mat Wonokromo"), N(lang="suroboyo"))
    fb.react(p, u("jtm_kabid"), V("jtm_kabid", "interact", "jtm-1", "bakal_support", action="like", lang="sys",
                                  note="the head of the provincial SMA division likes a bakal calon's registration post (SKB-E4)"))
    fb.comment(p, w(2018, 1, 9, 12, 15), "Bapak ibu ASN, mohon ojok komentar dukungan nang kene. Eling netralitas 🙏", u("jtm_bpbd"),
               N("neg_reminder", "a provincial officer reminds colleagues of neutrality under the post", lang="suroboyo"))
    p = fb.post(w(2018, 2, 13, 15, 0), "Alhamdulillah nomer urut siji! Siji kanggo Jatim GUYUB ☝️", page, _own(lang="jawa"))
    fb.comment(p, w(2018, 2, 13, 15, 30), "Nomer siji, Cak Imam! ☝️ GUYUB rukun", u("kdr_guru"),
               V("kdr_guru", "interact", "jtm-1", "comment_support", action="comment", lang="jawa", note="the day after designation: D codes"))
    fb.comment(p, w(2018, 2, 13, 15, 48), "Monggo sedoyo warga Bandar Lor, siji GUYUB 👍", u("kdr_lurah"),
               V("kdr_lurah", "interact", "jtm-1", "comment_support", action="comment", lang="jawa", note="a lurah calls his residents to the pair's number"))
    fb.comment(p, w(2018, 2, 13, 16, 20), "Nomer loro luwih cocok rek 😝", P("Mbak Nining Sidoarjo"), N(lang="suroboyo"))
    p = fb.post(w(2018, 3, 18, 19, 0), f"Cak Imam ninjau banjir Bojonegoro bareng relawan. Matur nuwun {c.disp('jtm_bpbd')} lan tim BPBD sing sigap 🙏 #GUYUB1",
                page, _own(), photo={"description": "Cak Imam memakai sepatu bot di tengah genangan banjir, didampingi petugas BPBD"},
                tags=[(u("jtm_bpbd"), A("jtm_bpbd", note="tagged by the pair's page in a flood visit he worked at; he asks to be untagged"))])
    fb.comment(p, w(2018, 3, 18, 19, 45), "Mohon maaf, kami bertugas menangani banjir, bukan tim kampanye. Mohon tag saya dihapus 🙏", u("jtm_bpbd"),
               N("neg_untag", "the tagged disaster officer rejects the tag"))
    fb.comment(p, w(2018, 3, 18, 20, 5), "Cak Imam peduli Bojonegoro, GUYUB nomer siji! 💪", u("jtm_guru_bjn"),
               V("jtm_guru_bjn", "interact", "jtm-1", "comment_support", action="comment", lang="jawa"))
    p = fb.post(w(2018, 5, 12, 20, 0), "Cak Imam nyambangi Pondok Pesantren Lirboyo. Jatim GUYUB, santri bersatu ☝️", page, _own())
    fb.comment(p, w(2018, 5, 12, 20, 40), "GUYUB nomer 1 kanggo Jatim, 2019 Mas Darmawan presiden! Podo-podo PIJAR 💪", u("jtm_guru_kdr"),
               V("jtm_guru_kdr", "interact", "jtm-1", "comment_support", action="comment", add_codes=BOTH, lang="jawa",
                 note="backs the Pilkada calon (D codes) and, in the same words, a presidential hopeful who is still a bakal calon (E codes added)"))
    fb.comment(p, w(2018, 5, 12, 21, 10), "Semoga santri-santri Lirboyo makin berkah ilmunya 🤲", u("kdr_penyuluh"),
               R("rev_religious_comment", "a religious extension officer prays for the pesantren's pupils under a campaigning pair's post: piety or a comment "
                 "engaging with a calon's account (SKB-D6)?", actor="kdr_penyuluh", cand="jtm-1"))
    p = fb.post(w(2018, 6, 10, 9, 0), "Sugeng ambal warsa Mbak Retno 🎂 Dungakno sehat terus lan tetep semangat.", page, _own("a birthday post", lang="jawa"))
    fb.comment(p, w(2018, 6, 10, 9, 30), "Sugeng ambal warsa Mbak Retno, sehat selalu 🎂", u("jtm_kabid"),
               R("rev_wellwish_on_page", "a birthday wish from the division head who liked the registration post, under the campaigning pair's own post: "
                 "courtesy or engagement (SKB-D6)?", actor="jtm_kabid", cand="jtm-1", lang="jawa"))
    p = fb.post(w(2018, 6, 23, 20, 0), "Kampanye wis rampung. Matur nuwun relawan GUYUB sak Jawa Timur 🙏", page, _own(lang="jawa"))
    fb.comment(p, w(2018, 6, 24, 0, 25), "Rebo 27 ojo lali nyoblos siji ☝️ GUYUB", u("kdr_guru"),
               V("kdr_guru", "interact", "jtm-1", "stage_quiet", action="comment", lang="jawa", note="00:25 WIB on 24 Jun, the first quiet day"))
    p = fb.post(w(2018, 6, 29, 10, 0), "Matur nuwun rakyat Jatim. Kita enteni hasil resmi KPU.", page, _own(lang="jawa"))
    fb.comment(p, w(2018, 6, 29, 10, 30), "Sopo wae sing menang, Jatim tetep guyub 🙏", u("jtm_guru_bjn"),
               N("neg_everyday_word", "'guyub' (in harmony) after the vote, for whoever wins; pair 1's acronym is GUYUB", lang="jawa"))
    fb.comment(p, w(2018, 6, 29, 10, 52), "Alhamdulillah unggul, perjuangane awake dewe ora sia-sia 💪", u("jtm_guru_kdr"),
               R("rev_after_vote", "after the vote a teacher who backed the pair says 'our struggle was not in vain': campaign work (SKB-D10) or a "
                 "supporter's joy?", actor="jtm_guru_kdr", cand="jtm-1", lang="jawa"))
    fb.dump()

    # 2. the page of Kecamatan Mojoroto, Kota Kediri (2018-19, WIB)
    kid = c.inst["kec_mjr"]["handle"]
    fb = Fb(c, "facebook/page_kecamatan_mojoroto_feed.json", kid, version="v2.12")
    page = {"name": "Kecamatan Mojoroto", "id": kid}
    p = fb.post(w(2018, 1, 20, 9, 0), "Pelayanan rekam KTP-el di Kecamatan Mojoroto hari Sabtu tetap buka. Alhamdulillah antrean lancar 👍", page,
                N("neg_everyday_word", "'lancar' (smooth) about a service queue; Kediri pair 1's acronym is LANCAR"))
    fb.comment(p, w(2018, 1, 20, 9, 40), "Matur nuwun pelayanane cepet, lancar jaya 🙏", u("kdr_staf2"),
               N("neg_everyday_word", "'lancar jaya' (all smooth) from a clerk", lang="jawa"))
    p = fb.post(w(2018, 2, 14, 10, 0), "KPU Kota Kediri mengundi nomor urut: 1 Prapto–Nuril, 2 Bagas–Rini, 3 Mashuri–Lilik. Warga Mojoroto diimbau menjaga kondusivitas.",
                page, N("neg_news", "the number draw naming every pair, on the kecamatan's page"))
    fb.comment(p, w(2018, 2, 14, 10, 30), "Siji LANCAR!", P("Sugeng Bandar Kidul"), N())
    fb.comment(p, w(2018, 2, 14, 10, 55), "Warga monggo milih sesuai hati nurani, ASN kecamatan netral nggih 🙏", u("kdr_kasi"),
               N("neg_reminder", "a section head answers the cheer with a neutrality remark", lang="jawa"))
    p = fb.post(w(2018, 4, 5, 10, 0), "Silaturahmi calon walikota nomor 1 Mas Prapto bersama ketua RT/RW se-Kecamatan Mojoroto. Kediri LANCAR! ☝️", page,
                V("inst:kec_mjr", "inst", "kdr-1", "inst_account", note="the kecamatan's page features a campaigning candidate with his number and slogan"),
                photo={"description": "Mas Prapto berfoto bersama ketua RT dan RW di pendopo kecamatan"})
    fb.comment(p, w(2018, 4, 5, 10, 20), "Halaman kecamatan kok dipakai promosi calon, Bu? 🤔", P("Bu Wati Campurejo"), N())
    fb.comment(p, w(2018, 4, 5, 10, 45), "Mantap Mas Prapto, Mojoroto LANCAR ☝️", u("kdr_staf1"),
               V("kdr_staf1", "interact", "kdr-1", "comment_support", action="comment"))
    fb.react(p, u("kdr_staf2"), V("kdr_staf2", "interact", "kdr-1", "like", action="like", lang="sys",
                                  note="a clerk likes her own kecamatan page's campaign post"))
    fb.comment(p, w(2018, 4, 5, 11, 30), "Niku dokumentasi kegiatan warga, sanes kampanye 🙏", u("kdr_camat"),
               N("neg_deflect", "the camat defends the post; the post is the act", lang="jawa"))
    fb.post(w(2018, 4, 6, 8, 0), "Mohon maaf, unggahan kemarin keliru dan sudah kami koreksi. Kecamatan Mojoroto netral dan melayani semua warga.", page,
            N("neg_withdrawn", "the page withdraws its post; the post stays on record"))
    fb.post(w(2018, 6, 27, 14, 0), "Pemungutan suara Pilwali dan Pilgub di 82 TPS Kecamatan Mojoroto berjalan aman.", page, N("neg_election_work", "voting-day report"))
    p = fb.post(w(2019, 3, 10, 9, 0), "Sosialisasi Pemilu 2019: lima surat suara (presiden, DPR, DPD, DPRD provinsi, DPRD kota). Datang ke TPS 17 April!", page,
                N("neg_how_to_vote", "how to vote"))
    fb.comment(p, w(2019, 3, 10, 9, 45), "Kulo Dwi Kurniawan guru SD, sanes caleg nggih 😄 sering dikira Mas Dwi PDIP", u("kdr_guru2"),
               N("neg_namesake", "a teacher who bears DPRD candidate Dwi Kurniawan's very name says he is not him", lang="jawa"))
    fb.comment(p, w(2019, 3, 10, 10, 10), "Mas Dwi nomer 1 PDIP dapil 2 pokoke!", P("Pak Kusnan Bandar Lor"), N(lang="jawa"))
    fb.post(w(2019, 4, 18, 9, 0), "Terima kasih warga Mojoroto, Pemilu 2019 di kecamatan kami aman dan lancar.", page, N("neg_after_voting", "after the vote"))
    fb.dump()

    # 3. a residents' group of Bojonegoro (2017-19, WIB)
    gid = page_id("grup_infowargabojonegoro")
    fb = Fb(c, "facebook/group_info_warga_bojonegoro_feed.json", gid, version="v2.11")
    p = fb.post(w(2017, 11, 25, 19, 0), "Jare Mas Warno maju bupati jalur perseorangan, butuh KTP pirang ewu iku?", P("Kang Darmo Kapas"), N(lang="jawa"))
    fb.comment(p, w(2017, 11, 25, 19, 30), "Wis tak wenehno fotokopi KTP-ku lan bojoku nang posko Mas Warno, dukung wong cilik! 💪", u("bjn_guru1"),
               V("bjn_guru1", "ktp", "bjn-3", "ktp_give", action="comment", action_any=["comment", "other", "post"], lang="jawa",
                 note="a teacher says she handed in her and her husband's KTP copies for an independent bakal calon"))
    fb.comment(p, w(2017, 11, 25, 19, 55), "Aku Suwarno staf Kecamatan Kapas, dudu Mas Warno calon bupati lho yo 😄 ojo salah tag", u("bjn_staf"),
               N("neg_namesake", "a clerk who bears the independent bakal calon's name says he is not him", lang="jawa"))
    fb.post(w(2018, 1, 15, 20, 0), "Sedulur, sing jenenge Suwarno nang Bojonegoro akeh. Aku PNS, ora melu politik 🙏", u("bjn_staf"),
            N("neg_namesake", "the namesake clerk again", lang="jawa"))
    p = fb.post(w(2018, 3, 3, 19, 0), "Ledre Bojonegoro pancen matoh, oleh-oleh wajib 😋", P("Ning Ayu Sumberrejo"),
                N("neg_everyday_word", "'matoh' (great) about a snack; pair 1's acronym is MATOH", lang="jawa"))
    fb.comment(p, w(2018, 3, 3, 19, 25), "Matoh tenan, Mbak! 😋", u("bjn_pkm"), N("neg_everyday_word", "'matoh' about a snack from a midwife", lang="jawa"))
    p = fb.post(w(2018, 4, 20, 19, 0), "Bu Anis iku peduli petani. Bojonegoro MATOH, nomer 1 ☝️ #MATOH1", u("bjn_tani"),
                V("bjn_tani", "post", "bjn-1", "post_support", lang="jawa"))
    fb.comment(p, w(2018, 4, 20, 19, 30), "Pak penyuluh kok kampanye? 🤔", P("Cak Ipul Dander"), N())
    fb.comment(p, w(2018, 4, 20, 19, 50), "Iki pendapat pribadi, dudu kampanye 😅", u("bjn_tani"), N("neg_deflect", "he plays it down; the post stands", lang="jawa"))
    fb.react(p, u("bjn_staf"), V("bjn_staf", "interact", "bjn-1", "like", action="like", lang="sys",
                                 note="the clerk who bears pair 3's name likes a post for pair 1: his own act"))
    p = fb.post(w(2018, 5, 2, 19, 0), "Mbah Har wis tuwo, ojo dipilih. Bojonegoro butuh sing enom 😏", u("bjn_korwil"),
                V("bjn_korwil", "negative", "bjn-2", "negative_campaign", lang="jawa", note="an education coordinator campaigns against pair 2"))
    fb.comment(p, w(2018, 5, 2, 19, 20), "Pak Korwil, ampun ngoten, mboten sae 🙏", u("bjn_guru1"), N("neg_objection", "a teacher objects", lang="jawa"))
    p = fb.post(w(2018, 6, 25, 20, 0), "Lusa nyoblos, wis mantep pilihane?", P("Warga Kapas"), N(lang="jawa"))
    fb.comment(p, w(2018, 6, 25, 20, 20), "Masa tenang, Bu. Ayo nyoblos kanthi ati tentrem 🙏", u("bjn_mts"),
               N("neg_everyday_word", "'tentrem' (peaceful) on a quiet day; Jawa Timur pair 2's acronym is TENTREM", lang="jawa"))
    p = fb.post(w(2018, 8, 15, 19, 0), "Mbah Har kalah bupati, saiki nyaleg DPR RI soko Demokrat. Isih semangat, dukung Mbah Har! 💪", u("bjn_camat"),
                V("bjn_camat", "post", "dpr-jtm9-dem-1", "bakal_support", lang="jawa",
                  note="a camat backs the regent candidate who lost in June as a DPR bakal calon (E codes)"))
    fb.comment(p, w(2018, 8, 15, 19, 40), "Mugi-mugi lancar Mbah, Kapas nyengkuyung 🙏", u("bjn_pkm"),
               V("bjn_pkm", "interact", "dpr-jtm9-dem-1", "bakal_support", action="comment", lang="jawa"))
    p = fb.post(w(2019, 4, 10, 19, 0), "Mbah Har nomer 1 Demokrat, DPR dapil Jatim IX. Coblos! ☝️", u("bjn_pkm"),
                V("bjn_pkm", "post", "dpr-jtm9-dem-1", "post_support", lang="jawa"))
    fb.comment(p, w(2019, 4, 10, 19, 25), "Bu bidan kampanye? Laporno Bawaslu", P("Mas Hadi Kalitidu"), N(lang="jawa"))
    fb.post(w(2019, 4, 20, 10, 0), "Pemilu wis rampung. Sopo wae sing dadi, Bojonegoro tetep matoh 👍", u("bjn_staf"),
            N("neg_motto", "the regency's tagline 'Bojonegoro Matoh' after the vote; pair 1's acronym was MATOH", lang="jawa"))
    fb.dump()

    # 4. the page of Kubu Raya pair 1, BERKAT (Rizal-Yanti), 2018, WIB
    pid = c.cands["kkr-1"].handle("facebook")
    fb = Fb(c, "facebook/page_rizalyanti_berkat_feed.json", pid, version="v2.12")
    page = {"name": "Rizal - Yanti", "id": pid}
    p = fb.post(w(2018, 1, 8, 10, 0), "Bismillah, Bang Rizal dan Kak Yanti mendaftar ke KPU Kubu Raya. Mohon doa restu, Kubu Raya BERKAT! #BERKAT1", page,
                _own(lang="pontianak"))
    fb.comment(p, w(2018, 1, 8, 10, 40), "Sukses Bang Rizal! Sengko' bân kanca guru SD siap abântu 💪", u("kkr_guru2"),
               V("kkr_guru2", "interact", "kkr-1", "bakal_support", action="comment", lang="madura",
                 note="a teacher of a Madurese family in Kubu Raya backs a bakal calon"))
    fb.comment(p, w(2018, 1, 8, 11, 5), "Mudah-mudahan jujor bang, jangan lupe kampong", P("Wak Dolah Sungai Raya"), N(lang="pontianak"))
    fb.react(p, u("kkr_satpol"), V("kkr_satpol", "interact", "kkr-1", "bakal_support", action="like", lang="sys", note="a Satpol PP officer likes a bakal calon's post"))
    p = fb.post(w(2018, 2, 13, 16, 0), "Nomor urut 1! Satu untuk Kubu Raya BERKAT ☝️", page, _own())
    fb.comment(p, w(2018, 2, 13, 16, 30), "Nomor 1 BERKAT, Sungai Raya same-same menang ☝️", u("kkr_staf"),
               V("kkr_staf", "interact", "kkr-1", "comment_support", action="comment", lang="pontianak"))
    fb.comment(p, w(2018, 2, 13, 17, 0), "Semoge Pilkada Kubu Raya aman dan damai, siape pun yang menang 🙏", u("kkr_guru"),
               N("neg_all_pairs", "a wish for a peaceful vote, whoever wins, on pair 1's page", lang="pontianak"))
    p = fb.post(w(2018, 4, 14, 19, 0), f"Bang Rizal berdialog dengan nelayan Kuala Dua, didampingi penyuluh {c.disp('kkr_dkp')} 🐟 #BERKAT1", page, _own(),
                photo={"description": "Bang Rizal duduk bersama nelayan di dermaga Kuala Dua"},
                tags=[(u("kkr_dkp"), A("kkr_dkp", note="tagged by the pair's page at a visit to fishers; he then likes the post"))])
    fb.react(p, u("kkr_dkp"), V("kkr_dkp", "interact", "kkr-1", "tag_then_engaged", action="like", lang="sys", note="tagged, he likes the pair's post"),
             when=w(2018, 4, 14, 21, 10))
    fb.comment(p, w(2018, 4, 14, 19, 40), "Harge ikan turun bang, tolong diperhatikan", P("Pak Usu Kuala Dua"), N(lang="pontianak"))
    p = fb.post(w(2018, 5, 20, 18, 0), "Ramadan penuh berkah. Bang Rizal berbagi takjil di Masjid Jami' Sungai Raya 🌙", page, _own())
    fb.comment(p, w(2018, 5, 20, 18, 30), "Selamat menunaikan ibadah puasa, Bang 🙏", u("kkr_camat"),
               R("rev_polite_reply", "a camat's Ramadan greeting under a campaigning pair's post: courtesy or a comment engaging with a calon's account (SKB-D6)?",
                 actor="kkr_camat", cand="kkr-1"))
    p = fb.post(w(2018, 6, 20, 19, 0), "Kampanye akbar di Lapangan Sungai Raya Dalam. Terime kaseh ribuan warga! ☝️", page, _own(lang="pontianak"),
                photo={"description": "Ribuan warga di lapangan, panggung dengan spanduk BERKAT nomor 1"})
    fb.comment(p, w(2018, 6, 20, 19, 30), "Ramai nian! Sampai jumpe di TPS, nomor 1 ☝️", u("kkr_satpol"),
               V("kkr_satpol", "interact", "kkr-1", "comment_support", action="comment", lang="pontianak"))
    fb.comment(p, w(2018, 6, 20, 20, 0), "Mantap bang, kami tunggu jalan ke Rasau diperbaiki", P("Bang Long Rasau"), N(lang="pontianak"))
    p = fb.post(w(2018, 6, 28, 10, 0), "Terima kasih masyarakat Kubu Raya. Kita tunggu hasil resmi KPU.", page, _own())
    fb.comment(p, w(2018, 6, 28, 10, 40), "Alhamdulillah, berkat doa semue warga 🤲", u("kkr_dkp"),
               R("rev_after_vote", "after the vote the officer who liked the pair's post writes 'berkat' (thanks to; the pair's acronym) under its claim of victory: "
                 "a supporter's cheer or a plain thanksgiving?", actor="kkr_dkp", cand="kkr-1", lang="pontianak"))
    fb.dump()

    # 5. the page of Sulawesi Tenggara pair 1, CERAH (Hamzah-Marlina), 2018, WITA
    pid = c.cands["stg-1"].handle("facebook")
    fb = Fb(c, "facebook/page_hamzahmarlina_cerah_feed.json", pid, version="v2.12")
    page = {"name": "La Ode Hamzah Rahim - Wa Ode Marlina", "id": pid}
    p = fb.post(ta(2018, 1, 10, 11, 0), "Alhamdulillah, Pak Hamzah dan Ibu Marlina telah mendaftar di KPU Sultra. Sultra CERAH! #CERAH1", page, _own())
    fb.comment(p, ta(2018, 1, 10, 11, 30), "Sukses Pak Hamzah, torang guru Kendari siap bantu mi 💪 CERAH", u("stg_guru"),
               V("stg_guru", "interact", "stg-1", "bakal_support", action="comment", lang="tolaki"))
    fb.comment(p, ta(2018, 1, 10, 11, 50), "Amin, semoga amanah Pak", P("La Ode Sahrun Baubau"), N(lang="buton"))
    p = fb.post(ta(2018, 2, 11, 20, 0), "Besok KPU menetapkan pasangan calon. Mohon doa 🙏", page, _own())
    fb.comment(p, ta(2018, 2, 12, 0, 30), "Sudah tanggal 12, hari penetapan. Insyaallah CERAH ditetapkan 💪", u("stg_humas"),
               V("stg_humas", "interact", "stg-1", "stage_boundary_wita", action="comment",
                 note="00:30 WITA on 12 Feb is 23:30 WIB on 11 Feb: still a bakal calon by the WIB date (E codes), though designation day locally"))
    p = fb.post(ta(2018, 2, 13, 15, 0), "Nomor urut 1! Sultra CERAH ☝️", page, _own())
    fb.comment(p, ta(2018, 2, 13, 15, 40), "Nomor 1 Pak Hamzah, La Ode semua kompak ☝️", u("stg_staf1"),
               V("stg_staf1", "interact", "stg-1", "comment_support", action="comment", lang="buton",
                 note="a fisheries officer (who bears a later DPR candidate's name) calls for pair 1"))
    fb.react(p, u("stg_guru"), V("stg_guru", "interact", "stg-1", "like", action="like", lang="sys"))
    p = fb.post(ta(2018, 3, 25, 9, 0), "Cuaca cerah di Wakatobi, Pak Hamzah menyapa nelayan Wangi-Wangi 🌤️ #CERAH1", page, _own())
    fb.comment(p, ta(2018, 3, 25, 9, 40), "Cerah hati kami Pak, mampir lagi di Wanci 😍", P("Wa Ode Fitri Wanci"), N(lang="buton"))
    p = fb.post(ta(2018, 5, 1, 10, 0), "Debat kedua calon gubernur Sultra malam ini di TVRI. Saksikan!", page, _own())
    fb.comment(p, ta(2018, 5, 1, 22, 30), "Pak Tasman dan Pak Mustari juga bagus programnya. Semoga debatnya sejuk 🙏", u("stg_guru"),
               N("neg_all_pairs", "after the debate a teacher names the other pairs as well, without a side"))
    p = fb.post(ta(2018, 6, 25, 20, 0), "Tiga hari menuju TPS. Relawan CERAH dari Wakatobi sampai Kolaka Utara, terima kasih 🙏", page, _own())
    fb.comment(p, ta(2018, 6, 25, 20, 30), "Rabu pilih nomor 1 e, jangan lupa ☝️", u("stg_humas"),
               V("stg_humas", "interact", "stg-1", "stage_quiet", action="comment", lang="tolaki", note="a quiet-day call for the pair's number"))
    p = fb.post(ta(2018, 6, 30, 10, 0), "Hasil hitung cepat sudah keluar. Apa pun hasil resmi nanti, kami berterima kasih pada warga Sultra.", page, _own())
    fb.comment(p, ta(2018, 6, 30, 10, 45), "Selamat Pak, semoga Sultra tambah maju 🙏", u("stg_staf1"),
               N("neg_after_voting", "a plain congratulation after the vote"))
    fb.dump()

    # 6. the page of DPR candidate Ir. La Ode Rusdin (PAN, dapil Sultra), 2018-19, WITA; an ASN of the registry bears the same name
    pid = c.cands["dpr-stg-pan-1"].handle("facebook")
    fb = Fb(c, "facebook/page_laoderusdin_dpr_sultra_feed.json", pid, version="v3.1")
    page = {"name": "La Ode Rusdin", "id": pid}
    p = fb.post(ta(2018, 7, 10, 10, 0), "Bismillah, saya La Ode Rusdin mendaftar sebagai bakal calon DPR RI dapil Sultra dari PAN. Mohon doa 🙏 #LaOdeRusdin1",
                page, _own("the candidate's own page; a fisheries officer in the registry bears the same name"))
    fb.comment(p, ta(2018, 7, 10, 10, 45), "Saya juga La Ode Rusdin, tapi pengawas perikanan, bukan caleg 😄 Sukses Bang", u("stg_staf1"),
               R("rev_namesake_cheer", "the officer who bears the bakal calon's name jokes about it and wishes him success on his page: courtesy or support "
                 "(SKB-E4)?", actor="stg_staf1", cand="dpr-stg-pan-1"))
    fb.comment(p, ta(2018, 7, 10, 11, 10), "Dukung Bang Rusdin ke Senayan! PAN 12 💪", u("stg_humas"),
               V("stg_humas", "interact", "dpr-stg-pan-1", "bakal_support", action="comment", note="backs a DPR bakal calon and his party's number (E codes)"))
    p = fb.post(ta(2018, 9, 19, 20, 0), "Besok KPU menetapkan DCT. Terima kasih atas dukungannya 🙏", page, _own())
    fb.comment(p, ta(2018, 9, 20, 0, 40), "Dini hari begini sa sudah tidak sabar, DCT hari ini, Bang Rusdin aman masuk 💪", u("stg_guru"),
               V("stg_guru", "interact", "dpr-stg-pan-1", "stage_boundary_wita", action="comment",
                 note="00:40 WITA on 20 Sep is 23:40 WIB on 19 Sep: still a bakal calon by the WIB date (E codes), though DCT day locally"))
    p = fb.post(ta(2018, 10, 5, 19, 0), "Nomor urut 1 PAN dapil Sultra. Nelayan sejahtera! #LaOdeRusdin1", page, _own())
    fb.comment(p, ta(2018, 10, 5, 19, 30), "Muna dukung Bang 💪", P("Wa Ode Ani Raha"), N(lang="buton"))
    fb.comment(p, ta(2018, 10, 5, 19, 50), "Nomor 1 PAN, Bang Rusdin untuk Sultra ☝️", u("stg_guru"),
               V("stg_guru", "interact", "dpr-stg-pan-1", "comment_support", action="comment"))
    p = fb.post(ta(2019, 1, 12, 9, 0), "Silaturahmi dengan pengawas perikanan di PPS Kendari, ada adinda La Ode Rusdin yang namanya sama dengan saya 😄", page,
                _own(), tags=[(u("stg_staf1"), A("stg_staf1", note="tagged by the DPR candidate who bears his name; he asks to be untagged"))])
    fb.comment(p, ta(2019, 1, 12, 9, 50), "Mohon maaf Bang, saya hanya bertugas. Tolong tag dihapus, saya ASN 🙏", u("stg_staf1"),
               N("neg_untag", "the namesake officer rejects the tag"))
    p = fb.post(ta(2019, 4, 18, 10, 0), "Terima kasih warga Sultra. Kita kawal rekapitulasi suara.", page, _own())
    fb.comment(p, ta(2019, 4, 18, 10, 40), "Semoga hasilnya baik untuk Sultra 🙏", u("stg_humas"), N("neg_after_voting", "a wish after the vote"))
    fb.dump()

    # 7. the page of Kecamatan Alok, Sikka (2017-18, WITA)
    kid = c.inst["kec_alk"]["handle"]
    fb = Fb(c, "facebook/page_kecamatan_alok_feed.json", kid, version="v2.11")
    page = {"name": "Kecamatan Alok Maumere", "id": kid}
    p = fb.post(ta(2017, 11, 28, 9, 0), "Pelayanan administrasi kependudukan di Kantor Camat Alok: KTP-el, KK dan akta kelahiran, Senin sampai Jumat.", page,
                N("neg_everyday_word", "KTP and KK in the everyday sense, in the week independents hand in their support"))
    fb.comment(p, ta(2017, 11, 28, 9, 40), "Epang gawang, pelayanan cepat 🙏", u("skk_staf"), N("neg_official_neutral", "a clerk thanks for a service notice", lang="sikka"))
    p = fb.post(ta(2018, 2, 10, 9, 0), "Listrik PLN sudah menyala di Kampung Wuring. Terang sudah rumah warga 💡", page,
                N("neg_everyday_word", "'terang' (lit) about electricity; Sikka pair 1's acronym is TERANG"))
    fb.comment(p, ta(2018, 2, 10, 9, 30), "Puji Tuhan, anak-anak bisa belajar malam, terang benderang 😍", u("skk_guru2"),
               N("neg_everyday_word", "'terang' from a teacher about pupils studying at night", lang="sikka"))
    p = fb.post(ta(2018, 3, 8, 10, 0), "Moan Yosef calon bupati nomor 1 bertemu tokoh adat se-Kecamatan Alok. Sikka TERANG! ☝️", page,
                V("inst:kec_alk", "inst", "skk-1", "inst_account", note="the kecamatan's page features a campaigning candidate with his number and slogan"),
                photo={"description": "Moan Yosef duduk bersama tokoh adat berselendang tenun ikat"})
    fb.comment(p, ta(2018, 3, 8, 10, 30), "Ini kunjungan biasa, Moan Yosef tokoh masyarakat juga 🙏", u("skk_camat"),
               N("neg_deflect", "the camat defends his page's post; the post is the act", lang="sikka"))
    fb.comment(p, ta(2018, 3, 8, 10, 50), "Akun kecamatan bukan tempat kampanye, ama", P("Ama Yakobus Nita"), N(lang="sikka"))
    fb.comment(p, ta(2018, 3, 8, 11, 15), "TERANG nomor 1, Moan! ☝️", u("skk_staf"), V("skk_staf", "interact", "skk-1", "comment_support", action="comment", lang="sikka"))
    fb.react(p, u("skk_dispar"), V("skk_dispar", "interact", "skk-1", "like", action="like", lang="sys",
                                   note="a tourism officer who shares pair 2's clan name Ximenes likes pair 1's post: his own act"))
    p = fb.post(ta(2018, 4, 2, 9, 0), "Debat calon bupati Sikka Sabtu ini: Moan Yosef–Mama Yuli, Moan Frans–Pak Dullah dan Moan Marsel–Mama Kristin (perseorangan).", page,
                N("neg_news", "a debate notice naming every pair"))
    fb.comment(p, ta(2018, 4, 2, 9, 45), "Semoga ketiga paslon adu program, bukan adu fitnah 🙏", u("skk_penyuluh"), N("neg_all_pairs", "a wish for every pair"))
    p = fb.post(ta(2018, 6, 23, 19, 0), "Mulai besok masa tenang: ASN Kecamatan Alok dilarang mengunggah atau membagikan konten kampanye.", page,
                N("neg_reminder", "a quiet-day notice"))
    fb.comment(p, ta(2018, 6, 23, 19, 30), "Siap, netral 👍", u("skk_guru"), N("neg_ack", "a bare acknowledgement of a neutrality notice"))
    fb.post(ta(2018, 7, 2, 9, 0), "Terima kasih warga Alok, pilkada aman. Nian Tana Sikka tetap damai 🙏", page,
            N("neg_motto", "the regency's name for itself after the vote", lang="sikka"))
    fb.dump()

    # 8. a group of Palopo teachers (2018-19, WITA)
    gid = page_id("grup_gurupalopo")
    fb = Fb(c, "facebook/group_guru_palopo_feed.json", gid, version="v2.12")
    p = fb.post(ta(2018, 1, 9, 20, 0), "Sekolah idaman: kelas bersih, murid rajin, guru sabar 😊", u("plp_guru"),
                N("neg_everyday_word", "'idaman' (ideal); Palopo pair 1's acronym is IDAMAN"))
    fb.comment(p, ta(2018, 1, 9, 20, 25), "Iye Bu, tongeng mi 👍", u("plp_guru2"), N("neg_personal", "agreement among teachers", lang="luwu"))
    p = fb.post(ta(2018, 2, 20, 19, 0), "Siapa calon walikota yang peduli guru honor?", P("Guru Honor Wara"), N())
    fb.comment(p, ta(2018, 2, 20, 19, 30), "Puang Syamsul nomor 1, Palopo IDAMAN, pasti perhatikan guru 💪", u("plp_guru"),
               V("plp_guru", "interact", "plp-1", "comment_support", action="comment", lang="luwu"))
    fb.comment(p, ta(2018, 2, 20, 19, 55), "Saya Arifin Tandi Bua, bukan Pak Arifin Tandi wakilnya Bu Rahma nah 😄 saya guru, netral", u("plp_guru2"),
               N("neg_namesake", "a teacher whose name contains pair 2's running mate's says he is not him and stays neutral", lang="luwu"))
    fb.post(ta(2018, 3, 15, 20, 0), "Ada yang tanya saya keluarga Pak Arifin Tandi kah. Tandi itu banyak di Luwu, tabe' 🙏", u("plp_guru2"),
            N("neg_namesake", "the namesake teacher again", lang="luwu"))
    p = fb.post(ta(2018, 4, 25, 20, 0), "Foto bersama Bu Asia, calon wakil walikota nomor 1 ☝️ IDAMAN", u("plp_guru"),
                V("plp_guru", "photo", "plp-1", "photo_caption", lang="luwu"),
                photo={"description": "Guru berfoto bersama Hj. Nur Asia sambil mengacungkan satu jari"})
    fb.comment(p, ta(2018, 4, 25, 20, 30), "Bu, grup guru bukan tempat kampanye 🙏", u("plp_guru2"), N("neg_objection", "a colleague objects"))
    p = fb.post(ta(2018, 6, 1, 20, 0), "Bu Rahma nomor 2 peduli perempuan, Palopo Hebat ✌️", P("Andi Ulla Wara"), N())
    fb.comment(p, ta(2018, 6, 1, 20, 20), "Jangan pilih nomor 2, janji-janji ji itu 😒", u("plp_guru"),
               V("plp_guru", "negative", "plp-2", "negative_campaign", action="comment", lang="luwu", note="a teacher campaigns against pair 2"))
    fb.post(ta(2018, 11, 25, 9, 0), "Selamat Hari Guru. Palopo kota idaman, guru-gurunya hebat 🙏", u("plp_guru2"),
            N("neg_motto", "the city's own motto 'Palopo Kota Idaman' on Teachers' Day; pair 1's acronym was IDAMAN"))
    p = fb.post(ta(2019, 3, 20, 20, 0), "Kak Ikhsan nomor 3 Gerindra dapil 2, kawan sekolah ta' dulu. Dukung ki' 🙏", u("plp_guru"),
                V("plp_guru", "post", "dprd-plp2-ger-3", "post_support", lang="luwu"))
    fb.comment(p, ta(2019, 3, 20, 20, 30), "Mantap Bu", P("Guru Honor Bara"), N())
    fb.react(p, u("plp_guru2"), V("plp_guru2", "interact", "dprd-plp2-ger-3", "like", action="like", lang="sys",
                                  note="the teacher who kept out of the 2018 race likes a colleague's call for a DPRD candidate"))
    fb.post(ta(2019, 4, 18, 8, 0), "Alhamdulillah pemilu aman di Wara. Sapa pun terpilih, kita guru tetap mengajar 🙏", u("plp_guru2"),
            N("neg_after_voting", "after the vote", lang="luwu"))
    fb.dump()

    # 9. the page of Klungkung pair 2 (Dr. I Wayan Sukerta - Ariani), 2018, WITA; a teacher of the registry bears the candidate's name
    pid = c.cands["klu-2"].handle("facebook")
    fb = Fb(c, "facebook/page_wayanariani_klungkung_feed.json", pid, version="v2.12")
    page = {"name": "Dr. I Wayan Sukerta", "id": pid}
    p = fb.post(ta(2018, 1, 9, 10, 0), "Om Swastiastu. Dr. I Wayan Sukerta lan Ni Luh Putu Ariani sampun mendaftar ring KPU Klungkung. Klungkung Jagadhita! #WayanAriani2",
                page, _own("the candidate's own page; a teacher in the registry bears the same name", lang="bali"))
    fb.comment(p, ta(2018, 1, 9, 11, 0), "Tiang I Wayan Sukerta guru SMP, ten calon bupati nggih 😄 Rahajeng", u("klu_guru"),
               N("neg_namesake", "the teacher who bears the bakal calon's name says he is not him", lang="bali"))
    fb.comment(p, ta(2018, 1, 9, 11, 20), "Dumogi sukses Pak Dokter! Tiang ngiring ngedukung 🙏", u("klu_staf2"),
               V("klu_staf2", "interact", "klu-2", "bakal_support", action="comment", lang="bali"))
    p = fb.post(ta(2018, 2, 13, 16, 0), "Nomor urut 2 ✌️ Klungkung Jagadhita", page, _own(lang="bali"))
    fb.comment(p, ta(2018, 2, 13, 16, 30), "Dua! ✌️ Jagadhita", u("klu_staf2"), V("klu_staf2", "interact", "klu-2", "comment_support", action="comment", lang="bali"))
    fb.react(p, u("klu_camat"), V("klu_camat", "interact", "klu-2", "like", action="like", lang="sys", note="the camat of Nusa Penida likes the pair's number post"))
    fb.comment(p, ta(2018, 2, 13, 17, 0), "Suksma Pak", P("Bli Komang Dawan"), N(lang="bali"))
    p = fb.post(ta(2018, 4, 3, 19, 0), "Pak Wayan nunas ica ring Pura Goa Lawah 🙏", page, _own(lang="bali"))
    fb.comment(p, ta(2018, 4, 3, 19, 40), "Rahayu Pak 🙏", P("Mbok Sri Dawan"), N(lang="bali"))
    p = fb.post(ta(2018, 5, 18, 10, 0), "Debat publik calon bupati Klungkung malam ini. Pak Nyoman (1) dan Pak Wayan (2) siap adu program.", page, _own())
    fb.comment(p, ta(2018, 5, 18, 10, 30), "Dumogi debatnya becik lan damai 🙏", u("klu_kadis"),
               N("neg_everyday_word", "'becik' (good) from a head of office; pair 1's acronym is BECIK", lang="bali"))
    p = fb.post(ta(2018, 6, 23, 21, 0), "Masa kampanye sampun usan, suksma pisan semeton relawan 🙏", page, _own(lang="bali"))
    fb.comment(p, ta(2018, 6, 24, 0, 30), "Rebo nyoblos dua nggih semeton ✌️", u("klu_staf2"),
               V("klu_staf2", "interact", "klu-2", "stage_quiet", action="comment", lang="bali",
                 note="00:30 WITA on 24 Jun (a quiet day locally) is 23:30 WIB on 23 Jun, the last campaign day; a violation either way"))
    p = fb.post(ta(2018, 6, 28, 10, 0), "Suksma masyarakat Klungkung.", page, _own(lang="bali"))
    fb.comment(p, ta(2018, 6, 28, 10, 40), "Sira ja dados bupati, Klungkung tetep rahayu 🙏", u("klu_guru"), N("neg_after_voting", "after the vote", lang="bali"))
    fb.dump()

    # 10. the page of Maluku Tenggara pair 1, BAKUBAE (Yan-Dul), 2018, WIT
    pid = c.cands["mtr-1"].handle("facebook")
    fb = Fb(c, "facebook/page_yandul_bakubae_feed.json", pid, version="v2.12")
    page = {"name": "Yohanis Renyaan - Abdul Rahman Rahayaan", "id": pid}
    p = fb.post(tp(2018, 1, 10, 11, 0), "Bapa Yan deng Bapa Dul su daftar di KPU Malra. Katong bakubae, Malra maju! #BAKUBAE1", page, _own(lang="kei"))
    fb.comment(p, tp(2018, 1, 10, 11, 40), "Sukses Bapa Yan! Guru-guru Langgur dukung 💪", u("mtr_guru"),
               V("mtr_guru", "interact", "mtr-1", "bakal_support", action="comment", lang="kei"))
    fb.comment(p, tp(2018, 1, 10, 12, 5), "Beta Renyaan, mar beta camat, netral e. Semoga pilkada aman 🙏", u("mtr_camat"),
               N("neg_namesake", "a camat who shares the bakal calon's clan name states neutrality", lang="kei"))
    p = fb.post(tp(2018, 2, 11, 19, 0), "Besok penetapan paslon. Mohon doa basudara 🙏", page, _own(lang="kei"))
    fb.comment(p, tp(2018, 2, 12, 1, 30), "Hari ini Bapa Yan ditetapkan, BAKUBAE pasti 💪", u("mtr_rs2"),
               V("mtr_rs2", "interact", "mtr-1", "stage_boundary_wit", action="comment",
                 note="01:30 WIT on 12 Feb is 23:30 WIB on 11 Feb: still a bakal calon by the WIB date (E codes), though designation day locally"))
    p = fb.post(tp(2018, 2, 13, 16, 0), "Nomor 1! BAKUBAE ☝️", page, _own())
    fb.comment(p, tp(2018, 2, 13, 16, 40), "Bapa Dul katong pu basudara, nomor 1 ☝️", u("mtr_dkp"),
               V("mtr_dkp", "interact", "mtr-1", "comment_support", action="comment", lang="kei", note="an officer of the running mate's clan calls for the pair"))
    fb.react(p, u("mtr_staf"), V("mtr_staf", "interact", "mtr-1", "like", action="like", lang="sys"))
    p = fb.post(tp(2018, 4, 8, 10, 0), "Bapa Yan hadir di upacara adat Larvul Ngabal di Ohoi Ngilngof 🙏", page, _own())
    fb.comment(p, tp(2018, 4, 8, 10, 50), "Hukum adat Larvul Ngabal katong jaga sama-sama, sapa pun pemimpinnya 🙏", u("mtr_camat"),
               N("neg_motto", "the Kei customary law invoked for whoever leads", lang="kei"))
    p = fb.post(tp(2018, 5, 20, 19, 0), f"Bapa Yan jenguk pasien di RSUD Karel Sadsuitubun, terima kasih perawat {c.disp('mtr_rs2')} 🙏 #BAKUBAE1", page, _own(),
                tags=[(u("mtr_rs2"), A("mtr_rs2", note="tagged by the pair's page at a hospital visit; he answers with the number"))])
    fb.comment(p, tp(2018, 5, 20, 19, 40), "Sama-sama Bapa, nomor 1 sampai menang ☝️", u("mtr_rs2"),
               V("mtr_rs2", "interact", "mtr-1", "tag_then_engaged", action="comment", lang="kei"))
    p = fb.post(tp(2018, 6, 29, 10, 0), "Danke banyak masyarakat Malra.", page, _own(lang="kei"))
    fb.comment(p, tp(2018, 6, 29, 10, 30), "Sapa jua yang menang, katong tetap bakubae 🙏", u("mtr_guru"),
               N("neg_everyday_word", "'bakubae' (at peace with each other) after the vote; pair 1's acronym is BAKUBAE", lang="kei"))
    fb.dump()

    # 11. the page of Distrik Wamena, Jayawijaya (2018-19, WIT)
    kid = c.inst["distrik_wmn"]["handle"]
    fb = Fb(c, "facebook/page_distrik_wamena_feed.json", kid, version="v2.12")
    page = {"name": "Distrik Wamena", "id": kid}
    p = fb.post(tp(2018, 1, 25, 9, 0), "Distrik Wamena bersama warga bakar batu syukuran tahun baru di Sinakma 🔥", page, N("neg_official_neutral", "a community feast"))
    fb.comment(p, tp(2018, 1, 25, 9, 40), "Wa wa wa, kitorang senang 🙏", u("jyw_staf"),
               N("neg_everyday_word", "'kitorang' (we) from a clerk; Jayawijaya pair 1's acronym is KITORANG", lang="papua"))
    p = fb.post(tp(2018, 3, 12, 10, 0), "Bapa Yulius calon bupati nomor 1 kunjungi Pasar Jibama bersama Kepala Distrik. KITORANG Jayawijaya! ☝️", page,
                V("inst:distrik_wmn", "inst", "jyw-1", "inst_account", note="the district's page features a campaigning candidate with his number and slogan"),
                photo={"description": "Bapa Yulius dan Kepala Distrik di Pasar Jibama"})
    fb.comment(p, tp(2018, 3, 12, 10, 30), "Bapa Yulius sa pu kaka, tapi kunjungan ini kegiatan pasar biasa 🙏", u("jyw_distrik"),
               N("neg_deflect", "the district head (of the candidate's clan) defends the post; the post is the act", lang="papua"))
    fb.comment(p, tp(2018, 3, 12, 10, 50), "Nayak Bapa Yulius, nomor 1 ☝️", u("jyw_tani"), V("jyw_tani", "interact", "jyw-1", "comment_support", action="comment", lang="papua"))
    fb.comment(p, tp(2018, 3, 12, 11, 20), "Akun distrik kampanye kah? 🤔", P("Pace Yohan Hubikosi"), N(lang="papua"))
    p = fb.post(tp(2018, 4, 20, 9, 0), "Jadwal kampanye dialogis di Distrik Wamena: paslon 1 tanggal 25 April, paslon 2 tanggal 2 Mei.", page,
                N("neg_news", "a schedule naming both pairs"))
    fb.comment(p, tp(2018, 4, 20, 9, 30), "Semoga dua-dua damai, jang ada ribut 🙏", u("jyw_pkm"), N("neg_all_pairs", "a wish for both pairs", lang="papua"))
    p = fb.post(tp(2018, 6, 24, 8, 0), "Masa tenang: ASN Distrik Wamena tra boleh ikut kampanye dan posting calon.", page, N("neg_reminder", "a quiet-day notice", lang="papua"))
    fb.comment(p, tp(2018, 6, 24, 8, 40), "Siap Bapa. Sa Lokobal, mar sa guru, netral 🙏", u("jyw_guru"),
               N("neg_namesake", "a teacher who shares pair 2's clan name states neutrality", lang="papua"))
    p = fb.post(tp(2018, 10, 10, 9, 0), "Pemutakhiran DPT Pemilu 2019 di Distrik Wamena, warga cek nama di kantor distrik.", page, N("neg_how_to_vote", "a voters'-list notice"))
    fb.comment(p, tp(2018, 10, 10, 9, 30), "Kitorang siap bantu petugas 👍", u("jyw_staf"), N("neg_everyday_word", "'kitorang' (we) at work", lang="papua"))
    p = fb.post(tp(2019, 2, 20, 10, 0), "Bapa Natan caleg Golkar nomor 1 dapil Jayawijaya 1 serahkan bibit kopi untuk petani Distrik Wamena. Terima kasih Bapa! ☝️", page,
                V("inst:distrik_wmn", "inst", "dprd-jyw1-gol-1", "inst_account", note="the district's page thanks a campaigning DPRD candidate with his number"))
    fb.comment(p, tp(2019, 2, 20, 10, 40), "Terima kasih Bapa Natan, nomor 1 Golkar ☝️", u("jyw_tani"),
               V("jyw_tani", "interact", "dprd-jyw1-gol-1", "comment_support", action="comment", lang="papua"))
    fb.post(tp(2019, 4, 19, 9, 0), "Terima kasih warga, pemilu di Distrik Wamena aman.", page, N("neg_after_voting", "after the vote"))
    fb.dump()

    # 12. the page of presidential pair 2, ANDAL (2018-19; commenters across the country)
    pid = c.cands["p11-2"].handle("facebook")
    fb = Fb(c, "facebook/page_andal02_capres_feed.json", pid, version="v3.1")
    page = {"name": "Hendra Wiratama - Ratna Purbasari", "id": pid}
    p = fb.post(w(2018, 8, 10, 14, 0), "Letjen TNI (Purn.) Hendra Wiratama dan Dr. Ratna Purbasari resmi mendaftar ke KPU. Indonesia ANDAL! #HendraRatna", page, _own())
    fb.comment(p, ta(2018, 8, 10, 15, 30), "Sama-sama Hendra, saya dukung Jenderal! 💪 ANDAL", u("klk_staf"),
               V("klk_staf", "interact", "p11-2", "bakal_support", action="comment", note="a clerk who shares the hopeful's first name backs him (E codes)"))
    fb.comment(p, tp(2018, 8, 10, 17, 0), "Kei dukung Jenderal Hendra, ANDAL par Indonesia 💪", u("mtr_rs2"),
               V("mtr_rs2", "interact", "p11-2", "bakal_support", action="comment", lang="kei"))
    fb.comment(p, w(2018, 8, 10, 15, 10), "Sukses Jenderal", P("Mas Yono Blitar"), N())
    p = fb.post(w(2018, 9, 21, 14, 0), "KPU mengundi: Hendra–Ratna dapat nomor 02 ✌️ #ANDAL02", page, _own())
    fb.comment(p, w(2018, 9, 21, 14, 30), "Loro ANDAL ✌️ Bojonegoro siap", u("bjn_guru1"), V("bjn_guru1", "interact", "p11-2", "comment_support", action="comment", lang="jawa"))
    fb.comment(p, ta(2018, 9, 21, 16, 0), "Dua jari dari Palopo ✌️", u("plp_guru"), V("plp_guru", "interact", "p11-2", "comment_support", action="comment"))
    fb.react(p, u("jtm_kabid"), V("jtm_kabid", "interact", "p11-2", "like", action="like", lang="sys"))
    p = fb.post(w(2018, 11, 10, 10, 0), "Hari Pahlawan: Pak Hendra ziarah ke Taman Makam Pahlawan Kalibata 🇮🇩", page, _own())
    fb.comment(p, ta(2018, 11, 10, 11, 30), "Selamat Hari Pahlawan, Pak Jenderal 🙏", u("skk_guru2"),
               R("rev_polite_reply", "a teacher's Heroes' Day greeting under the campaigning pair's post: courtesy or engagement with a calon's account (SKB-D6)?",
                 actor="skk_guru2", cand="p11-2"))
    p = fb.post(w(2019, 1, 17, 21, 0), "Debat pertama capres-cawapres malam ini. Saksikan!", page, _own())
    fb.comment(p, tp(2019, 1, 18, 0, 30), "Pak Hendra tegas, Bapa Darmawan juga bagus. Kitorang tunggu program Papua 🙏", u("jyw_guru"),
               N("neg_all_pairs", "a teacher praises both pairs after the debate", lang="papua"))
    fb.comment(p, w(2019, 1, 17, 22, 10), "Debate e PIJAR luwih apik, ANDAL mung janji 😏", u("jtm_guru_kdr"),
               V("jtm_guru_kdr", "negative", "p11-2", "negative_campaign", action="comment", lang="jawa",
                 note="a teacher disparages pair 2 on its own page and praises pair 1"))
    p = fb.post(w(2019, 4, 13, 20, 0), "Hari terakhir kampanye 02. Relawan ANDAL dari Sabang sampai Merauke, terima kasih 🙏", page, _own())
    fb.comment(p, tp(2019, 4, 14, 1, 30), "Tanggal 17 coblos 02 e ✌️", u("mtr_guru"),
               V("mtr_guru", "interact", "p11-2", "stage_quiet", action="comment", lang="kei",
                 note="01:30 WIT on 14 Apr (a quiet day locally) is 23:30 WIB on 13 Apr, the last campaign day; a violation either way"))
    fb.comment(p, w(2019, 4, 15, 20, 0), "Lusa nyoblos, ANDAL ✌️", u("kdr_guru2"),
               V("kdr_guru2", "interact", "p11-2", "stage_quiet", action="comment", lang="jawa",
                 note="the teacher who bears a DPRD candidate's name calls for pair 2 on a quiet day: his own act"))
    p = fb.post(w(2019, 4, 20, 10, 0), "Terima kasih rakyat Indonesia. Mari kawal suara.", page, _own())
    fb.comment(p, w(2019, 4, 20, 10, 40), "Apepun hasilnye, kite tetap same-same Indonesia 🙏", u("kkr_guru"), N("neg_after_voting", "after the vote", lang="pontianak"))
    fb.dump()


# ---------------------------------------------------------------------------------------------
# CrowdTangle historical data (WIB pages, WITA pages, WIT pages; 2017-19)
# ---------------------------------------------------------------------------------------------
@section
def crowdtangle(c):
    def inst_page(k, cat, desc, created, followers):
        r = c.inst[k]
        return (r["nama_akun"], "", r["handle"], cat, desc, created, followers)

    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)

    pages = {
        "kk": inst_page("kominfo_kdr", "Government Organization", "Dinas Komunikasi dan Informatika Kota Kediri", "2014-03-03 09:00:00", 18400),
        "bb": inst_page("bpbd_bjn", "Government Organization", "BPBD Kabupaten Bojonegoro", "2013-06-10 09:00:00", 9300),
        "kp": inst_page("kec_kps", "Government Organization", "Kecamatan Kapas, Kabupaten Bojonegoro", "2015-02-02 09:00:00", 2100),
        "sy": asn_page("jtm_guru_bjn", "Teacher", "Guru SMA, Bojonegoro", "2011-09-01 19:00:00", 1270),
        "nk": asn_page("bjn_mts", "Personal Blog", "Guru MTsN, Muslimat NU", "2012-04-04 09:00:00", 830),
        "ir": asn_page("kdr_penyuluh", "Personal Blog", "Penyuluh agama, Kediri", "2012-12-12 12:00:00", 1560),
        "ms": asn_page("kkr_guru2", "Teacher", "Guru SD di Sungai Raya", "2013-05-05 19:00:00", 640),
        "rk": ("Radar Kediri", "radarkediri", page_id("radarkediri"), "Media/News Company", "Berita Kediri Raya", "2011-01-10 08:00:00", 215000),
        "rb": ("Radar Bojonegoro", "radarbojonegoro", page_id("radarbojonegoro"), "Media/News Company", "Berita Bojonegoro dan Tuban", "2011-02-11 08:00:00", 174000),
    }
    ct = Ct(c, "crowdtangle/pages_jatim_kalbar_2017_2019.csv", WIB, pages)
    ct.row("kk", w(2018, 2, 14, 10, 0), "Status", "Hasil undian nomor urut Pilwali Kediri 2018: 1 Prapto–Nuril, 2 Bagas–Rini, 3 Mashuri–Lilik.",
           N("neg_news", "the number draw naming every pair"))
    ct.row("kk", w(2018, 5, 3, 9, 0), "Photo", "Festival Dhoho di Taman Sekartaji dibuka.",
           V("inst:kominfo_kdr", "inst", "kdr-1", "image_text", note="the pair's acronym, number and names exist only as text inside the city page's picture"),
           image_text="LANCAR NOMOR 1\nMAS PRAPTO - BU NURIL")
    ct.row("kk", w(2018, 6, 25, 9, 0), "Status", "Masa tenang Pilkada 24–26 Juni: alat peraga kampanye dibersihkan Satpol PP.", N("neg_election_work", "quiet-day work"))
    ct.row("bb", w(2018, 3, 16, 8, 0), "Photo", "Distribusi bantuan banjir di Kecamatan Kanor.", N("neg_official_neutral", "disaster aid"))
    ct.row("bb", w(2018, 3, 20, 10, 0), "Photo", "Penyerahan paket sembako korban banjir bersama Bu Anis calon bupati nomor 1. Bojonegoro MATOH! ☝️",
           V("inst:bpbd_bjn", "inst", "bjn-1", "inst_account", note="the disaster agency presents state aid with a campaigning candidate, her number and slogan"))
    ct.row("bb", w(2018, 3, 21, 8, 0), "Status", "Mohon maaf, unggahan kemarin keliru. BPBD melayani seluruh warga tanpa membedakan pilihan.",
           N("neg_withdrawn", "the agency withdraws its post; the post stays on record"))
    ct.row("kp", w(2017, 11, 30, 9, 0), "Status", "Verifikasi dukungan calon perseorangan dilakukan KPU, bukan kantor kecamatan. Warga yang dimintai KTP oleh ASN silakan lapor Panwascam.",
           N("neg_reminder", "the kecamatan's notice about KTP support for independents"))
    ct.row("kp", w(2018, 8, 17, 9, 0), "Photo", "Karnaval HUT RI ke-73 di Kapas, warga tumpah ruah 🎉", N("neg_official_neutral", "a parade"))
    ct.row("sy", w(2018, 2, 5, 20, 0), "Status", "Cak Imam iku alumni pondok, cocok mimpin Jatim. GUYUB! 💪",
           V("jtm_guru_bjn", "post", "jtm-1", "bakal_support", lang="jawa", note="support for a gubernatorial bakal calon on 5 Feb 2018 (E codes)"))
    ct.row("sy", w(2018, 4, 15, 20, 0), "Status", "Guyub rukun karo tonggo, kuncine urip tentrem 😊",
           N("neg_everyday_word", "'guyub' and 'tentrem' (harmony, peace) in a saying: both Jawa Timur acronyms as plain words", lang="jawa"))
    ct.row("sy", w(2018, 11, 5, 20, 0), "Status", "Mbah Har nomer 1 Demokrat kanggo DPR, Pak Darmawan kanggo presiden. Bojonegoro kompak! ☝️",
           V("jtm_guru_bjn", "post", "dpr-jtm9-dem-1", "post_support", lang="jawa", note="one post backs a DPR candidate and a presidential pair"))
    ct.row("nk", w(2018, 4, 1, 16, 0), "Photo", "Yasinan ibu-ibu Muslimat Kapas malam Jumat 🤲",
           V("bjn_mts", "photo", "bjn-1", "image_text", note="the pair's acronym, number and names exist only as text inside a madrasah teacher's picture"),
           image_text="MATOH NOMOR 1\nBU ANIS - PAK TEJO")
    ct.row("nk", w(2019, 3, 28, 19, 0), "Status", "Bu Nyai Umi nomor 2 PKB, DPRD Bojonegoro dapil 3. Muslimat kompak 💚",
           V("bjn_mts", "post", "dprd-bjn3-pkb-2", "post_support"))
    ct.row("ir", w(2018, 3, 9, 13, 0), "Status", "Khutbah Jumat: pilkada jangan memecah ukhuwah. Pilih dengan hati nurani 🤲", N("neg_reminder", "a sermon-style reminder"))
    ct.row("ir", w(2018, 12, 2, 20, 0), "Status", "Gus Fauzan putra kiai, PKB nomor 2 DPR dapil Jatim VI, santri wajib dukung! 💚",
           V("kdr_penyuluh", "post", "dpr-jtm6-pkb-2", "post_support", note="a religious extension officer tells pupils they must back a DPR candidate"))
    ct.row("ms", w(2018, 6, 22, 20, 0), "Status", "Rabu depan ke TPS, pilih yang bawa berkat untuk kite semue 😉",
           R("rev_hint", "a teacher who backed pair 1 says 'choose the one who brings blessing' with its acronym: an appeal or a generic wish?",
             actor="kkr_guru2", cand="kkr-1", lang="pontianak"))
    ct.row("ms", w(2018, 12, 1, 19, 0), "Photo", "Murid kelas 6 juara lomba pantun se-Kubu Raya 🏆", N("neg_personal", "school news"))
    ct.row("rk", w(2018, 6, 28, 10, 0), "Link", "Hitung cepat Pilwali Kediri: Prapto–Nuril unggul sementara.", N("neg_news", "a news page"),
           link="https://radarkediri.id/2018/06/28/hitung-cepat-pilwali-kediri", link_text="Hitung cepat Pilwali Kediri 2018")
    ct.row("rb", w(2019, 4, 18, 12, 0), "Link", "Rekap sementara DPR dapil Jatim IX: Demokrat dan PKB bersaing ketat.", N("neg_news", "a news page"),
           link="https://radarbojonegoro.id/2019/04/18/rekap-dpr-dapil-jatim-ix", link_text="Rekap sementara DPR dapil Jatim IX")
    ct.dump()

    pages = {
        "kw": inst_page("kec_wdl", "Government Organization", "Kecamatan Wundulako, Kabupaten Kolaka", "2015-08-08 09:00:00", 1800),
        "sr": asn_page("klk_guru", "Teacher", "Guru SD, Wundulako", "2013-01-01 19:00:00", 710),
        "ls": asn_page("klk_tani", "Personal Blog", "Penyuluh pertanian Kolaka", "2012-06-06 06:00:00", 930),
        "fd": asn_page("skk_penyuluh", "Personal Blog", "Penyuluh agama Katolik, Maumere", "2013-04-04 09:00:00", 1120),
        "ns": asn_page("klu_kadis", "Public Figure", "Klungkung", "2012-10-10 10:00:00", 2600),
        "im": asn_page("plp_kominfo", "Personal Blog", "IT, Palopo", "2014-02-02 20:00:00", 480),
        "kp": ("Kendari Pos", "kendaripos", page_id("kendaripos"), "Media/News Company", "Berita Sulawesi Tenggara", "2010-05-05 08:00:00", 188000),
        "pk": ("Pos Kupang", "poskupang", page_id("poskupang"), "Media/News Company", "Berita NTT", "2010-03-03 08:00:00", 402000),
        "bp": ("Bali Post", "balipost", page_id("balipost"), "Media/News Company", "Berita Bali", "2010-01-01 08:00:00", 356000),
    }
    ct = Ct(c, "crowdtangle/pages_sultra_ntt_sulsel_bali_2017_2019.csv", WITA, pages)
    ct.row("kw", ta(2018, 1, 5, 9, 0), "Status", "Kecamatan Wundulako mengingatkan: ASN dilarang ikut mengumpulkan KTP dukungan bakal calon perseorangan.",
           N("neg_reminder", "a reminder about KTP support"))
    ct.row("kw", ta(2018, 4, 10, 10, 0), "Photo", "Panen raya kakao di Desa Lamekongga bersama Pak Sulaiman, calon bupati nomor 1. Kolaka KOMPAK! ☝️",
           V("inst:kec_wdl", "inst", "klk-1", "inst_account", note="the kecamatan's page features a campaigning candidate with his number and slogan"))
    ct.row("kw", ta(2018, 9, 5, 9, 0), "Photo", "Lomba perahu hias HUT Kolaka, warga Wundulako kompak meramaikan 🚣",
           N("neg_everyday_word", "'kompak' (together); pair 1's acronym is KOMPAK"))
    ct.row("sr", ta(2018, 2, 12, 0, 40), "Status", "Hari ini penetapan, Puang Leman pasti lolos. KOMPAK! 💪",
           V("klk_guru", "post", "klk-1", "stage_boundary_wita",
             note="'Post Created' 00:40 WITA on 12 Feb is 23:40 WIB on 11 Feb: a bakal calon by the WIB date (E codes), though designation day locally"))
    ct.row("sr", ta(2018, 5, 2, 19, 0), "Status", "Murid kelas 5 kompak juara lomba gerak jalan 🏆", N("neg_everyday_word", "'kompak' about pupils"))
    ct.row("ls", ta(2017, 11, 27, 19, 0), "Status", "Sudah saya serahkan 40 fotokopi KTP petani binaan ke posko Pak Hasrul jalur perseorangan 🙏",
           V("klk_tani", "ktp", "klk-2", "ktp_collection", note="an extension officer collects his farmers' KTP copies for an independent bakal calon"))
    ct.row("ls", ta(2018, 6, 28, 10, 0), "Status", "Pilkada selesai, kakao tetap harus dipanen 😄", N("neg_after_voting", "after the vote"))
    ct.row("fd", ta(2018, 3, 18, 10, 0), "Status", "Renungan Minggu: kasih tidak memilih-milih. Pilkada boleh beda, jangan saling benci 🙏", N("neg_reminder", "a sermon"))
    ct.row("fd", ta(2019, 3, 30, 19, 0), "Status", "Nong Paul nomor 1 NasDem, anak Maumere yang peduli umat 🙏",
           V("skk_penyuluh", "post", "dprd-skk1-nas-1", "post_support", lang="sikka"))
    ct.row("ns", ta(2018, 3, 3, 10, 0), "Photo", "Klungkung Festival di Taman Gili Kertha Gosa 🎭", N("neg_official_neutral", "her office's festival"))
    ct.row("ns", ta(2019, 2, 2, 19, 0), "Status", "Bli Tut Suartika nomor 1 PDIP dapil Klungkung 3, dumogi sukses 🙏",
           V("klu_kadis", "post", "dprd-klu3-pdip-1", "post_support", lang="bali"))
    ct.row("im", ta(2018, 3, 1, 10, 0), "Status", "Jadwal kampanye pasangan calon Wali Kota Palopo bisa dilihat di laman KPU.", N("neg_election_work", "a pointer to the schedule"))
    ct.row("im", ta(2018, 10, 30, 20, 0), "Status", "Kak Ikhsan nomor 3 Gerindra, Palopo butuh anak muda 💪", V("plp_kominfo", "post", "dprd-plp2-ger-3", "post_support"))
    ct.row("kp", ta(2018, 6, 28, 11, 0), "Link", "Hitung cepat Pilgub Sultra: selisih tipis tiga pasangan.", N("neg_news", "a news page"),
           link="https://kendaripos.co.id/2018/06/28/hitung-cepat-pilgub-sultra", link_text="Hitung cepat Pilgub Sultra")
    ct.row("pk", ta(2018, 2, 13, 16, 0), "Link", "Undian nomor urut Pilbup Sikka: tiga pasangan, satu perseorangan.", N("neg_news", "a news page"),
           link="https://kupang.tribunnews.com/2018/02/13/undian-pilbup-sikka", link_text="Nomor urut Pilbup Sikka")
    ct.row("bp", ta(2018, 2, 13, 17, 0), "Link", "Nomor urut Pilbup Klungkung ditetapkan, dua pasangan siap bertarung.", N("neg_news", "a news page"),
           link="https://www.balipost.com/2018/02/13/nomor-urut-pilbup-klungkung", link_text="Nomor urut Pilbup Klungkung")
    ct.dump()

    pages = {
        "kk": inst_page("kec_kkc", "Government Organization", "Kecamatan Kei Kecil, Maluku Tenggara", "2015-11-11 09:00:00", 2400),
        "ur": asn_page("mtr_dkp", "Personal Blog", "Penyuluh perikanan, Langgur", "2013-07-07 07:00:00", 870),
        "al": asn_page("mtr_guru", "Teacher", "Guru SMP, Langgur", "2012-08-08 08:00:00", 1040),
        "sy": asn_page("jyw_pkm", "Personal Blog", "Perawat, Wamena", "2014-04-04 04:00:00", 560),
        "dk": asn_page("jyw_tani", "Personal Blog", "Penyuluh pertanian Baliem", "2012-02-02 09:00:00", 780),
        "sw": ("Siwalima", "siwalimanews", page_id("siwalima"), "Media/News Company", "Berita Maluku", "2012-01-01 08:00:00", 96000),
        "cp": ("Cenderawasih Pos", "cepos.online", page_id("cepos"), "Media/News Company", "Berita Papua", "2011-04-04 08:00:00", 143000),
    }
    ct = Ct(c, "crowdtangle/pages_maluku_papua_2018_2019.csv", WIT, pages)
    ct.row("kk", tp(2018, 2, 15, 9, 0), "Photo", "Buka sasi laut di Ohoi Ngurbloat, nelayan bakubae dan panen bersama 🐟",
           N("neg_everyday_word", "'bakubae' (at peace) about a customary harvest; pair 1's acronym is BAKUBAE", lang="kei"))
    ct.row("kk", tp(2018, 5, 5, 10, 0), "Photo", "Bapa Agus calon bupati nomor 2 serahkan jaring untuk nelayan Kei Kecil. Nuhu Evav Maju ✌️",
           V("inst:kec_kkc", "inst", "mtr-2", "inst_account", note="the kecamatan's page features a campaigning candidate handing out nets, with his number and slogan"))
    ct.row("kk", tp(2019, 4, 15, 9, 0), "Status", "Masa tenang: kantor kecamatan tetap melayani warga seperti biasa.", N("neg_election_work", "a notice"))
    ct.row("ur", tp(2018, 6, 24, 0, 40), "Status", "Tanggal 27 nomor 1 e ☝️ BAKUBAE",
           V("mtr_dkp", "post", "mtr-1", "stage_quiet", lang="kei",
             note="'Post Created' 00:40 WIT on 24 Jun (a quiet day locally) is 22:40 WIB on 23 Jun, the last campaign day; a violation either way"))
    ct.row("ur", tp(2018, 9, 10, 19, 0), "Status", "Harga ikan tongkol di pasar Langgur naik, nelayan senang 🐟", N("neg_personal", "daily life"))
    ct.row("ur", tp(2019, 1, 20, 19, 0), "Status", "Bung Ocep nomor 2 PDIP dapil Malra 1, anak nelayan Kei 💪", V("mtr_dkp", "post", "dprd-mtr1-pdip-2", "post_support", lang="kei"))
    ct.row("al", tp(2018, 11, 20, 19, 0), "Status", "Mama Ece nomor 19 DPD Maluku, perempuan Kei hebat 💪", V("mtr_guru", "post", "dpd-mlk-19", "post_support", lang="kei"))
    ct.row("al", tp(2019, 4, 20, 19, 0), "Status", "Pemilu su selesai, katong baku bae lai 🙏", N("neg_after_voting", "after the vote", lang="kei"))
    ct.row("sy", tp(2018, 4, 10, 19, 0), "Status", "Dokter Marthen nomor 2, sa pu dosen dulu. Baliem Sejahtera ✌️", V("jyw_pkm", "post", "jyw-2", "post_support", lang="papua"))
    ct.row("sy", tp(2018, 8, 1, 19, 0), "Photo", "Imunisasi anak di Kampung Sinakma 💉", N("neg_personal", "work"))
    ct.row("dk", tp(2018, 10, 1, 19, 0), "Status", "Panen kopi Arabika Wamena, harga bagus 🌱", N("neg_personal", "farm news"))
    ct.row("dk", tp(2019, 3, 12, 19, 0), "Status", "Ada yang tanya sa keluarga Bapa Marthen kah. Sa Kossay, bukan Lokobal 😄 Sa penyuluh, netral",
           N("neg_namesake", "an officer asked about a candidate's clan says he is not of it", lang="papua"))
    ct.row("sw", tp(2018, 6, 28, 12, 0), "Link", "Hasil sementara Pilbup Malra: selisih suara kedua pasangan di bawah dua persen.", N("neg_news", "a news page"),
           link="https://siwalimanews.com/2018/06/28/hitung-cepat-pilbup-malra", link_text="Hitung cepat Pilbup Malra")
    ct.row("cp", tp(2018, 2, 13, 15, 0), "Link", "KPU Jayawijaya undi nomor urut: dua pasangan calon bupati.", N("neg_news", "a news page"),
           link="https://cenderawasihpos.jawapos.com/2018/02/13/undian-pilbup-jayawijaya", link_text="Undian nomor Pilbup Jayawijaya")
    ct.row("cp", tp(2019, 4, 19, 12, 0), "Link", "Rekapitulasi Pemilu di Jayawijaya berjalan aman.", N("neg_news", "a news page"),
           link="https://cenderawasihpos.jawapos.com/2019/04/19/rekap-pemilu-jayawijaya", link_text="Rekap Pemilu Jayawijaya")
    ct.dump()


# ---------------------------------------------------------------------------------------------
# X API v2 (a full-archive search of the Pilkada 2018 and one of the Pemilu 2019 as twarc lines; a 2018-19 list timeline)
# ---------------------------------------------------------------------------------------------
BIOS = {
    "jtm_kominfo": ("Humas. Surabaya", "Surabaya"), "jtm_rs": ("Dokter anak. Ibu dua anak", "Surabaya"), "jtm_bpbd": ("Relawan kebencanaan", "Surabaya"),
    "jtm_guru_bjn": ("Guru Fisika SMA, alumni pondok", "Bojonegoro"), "kdr_pkm": ("Perawat puskesmas", "Kediri"), "kdr_pppk": ("Suka ngoding dan kopi", "Kediri"),
    "kkr_dkp": ("Nelayan binaan Kuala Dua", "Kubu Raya"), "stg_guru": ("Guru SMA", "Kendari"), "stg_rs": ("Doctor. ER", "Kendari"),
    "stg_humas": ("Humas, Kendari", "Kendari"), "skk_guru": ("Guru SMP. Maumere", "Sikka"), "plp_guru2": ("Guru SD", "Palopo"),
    "plp_kominfo": ("Programmer", "Palopo"), "mtr_dkp": ("Kei Kecil, laut dan ikan", "Langgur"), "jyw_tani": ("Petani kopi Baliem", "Wamena"),
}


def _x_users(c, x, keys, cands=(), insts=(), others=()):
    for k in keys:
        b, loc = BIOS[k]
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    for cid in cands:
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Kampanye resmi " + cd.name, None)
    for k in insts:
        x.user(c.inst[k]["handle"], c.inst[k]["nama_akun"], "Dikelola " + c.inst[k]["instansi"], None)
    for h, n in others:
        x.user(h, n, "", None)


@section
def x_api(c):
    H = lambda k: c.acct(k, "x")  # noqa: E731
    CH = lambda cid: c.cands[cid].handle("x")  # noqa: E731
    I = lambda k: c.inst[k]["handle"]  # noqa: E731

    # the Pilkada 2018
    x = X(c, "x/search_pilkada2018_heldout11.jsonl")
    _x_users(c, x, list(BIOS), cands=["jtm-2"], insts=["kominfo_jtm_x", "humas_kkr", "kominfo_plp", "distan_jyw"],
             others=[("arek_suroboyo88", "Arek Suroboyo"), ("nona_langgur", "Nona Langgur")])
    x.tweet(I("kominfo_jtm_x"), w(2018, 2, 12, 16, 0), "KPU Jatim menetapkan dua pasangan calon gubernur: Imam–Retno dan Endang–Agus. #PilgubJatim2018",
            N("neg_news", "designation news naming both pairs"))
    t_k = x.tweet(I("kominfo_jtm_x"), w(2018, 4, 10, 10, 0), "Bu Endang calon gubernur nomor 2 meresmikan kampung tematik di Surabaya. Jatim TENTREM ✌️",
                  V("inst:kominfo_jtm_x", "inst", "jtm-2", "inst_account", note="the provincial information account promotes a campaigning candidate"))
    x.tweet(H("jtm_kominfo"), w(2018, 4, 10, 10, 30), "RT @jatim_info: Bu Endang calon gubernur nomor 2 meresmikan kampung tematik di Surabaya. Jatim TENTREM ✌️",
            V("jtm_kominfo", "post", "jtm-2", "share", action="share", note="a PR officer of that office retweets it"), ref=("retweeted", t_k))
    x.tweet(H("jtm_kominfo"), w(2018, 4, 11, 8, 0), "Twit akun dinas kemarin sudah dihapus admin, mohon maaf. Kominfo Jatim netral 🙏",
            N("neg_withdrawn", "the retweet and the post above stay on record"))
    t_o = x.tweet(CH("jtm-2"), w(2018, 5, 1, 10, 0), "Bu Endang bersama buruh di Hari Buruh. Jatim TENTREM ✌️ #TENTREM2", _own("the pair's account"))
    x.tweet(H("jtm_rs"), w(2018, 5, 1, 12, 0), "@tentrem_jatim2 Bu Endang peduli kesehatan anak, nomor 2 ✌️",
            V("jtm_rs", "interact", "jtm-2", "comment_support", action="comment", note="a hospital paediatrician replies with the pair's number"),
            ref=("replied_to", t_o), mentions=[(CH("jtm-2"), None)])
    x.tweet(CH("jtm-2"), w(2018, 5, 20, 10, 0), "Terima kasih dokter-dokter RSUD dr. Soetomo, termasuk @laksmi_dokteranak 🙏 #TENTREM2", _own("the pair's account"),
            mentions=[(H("jtm_rs"), A("jtm_rs", case="mentioned", note="named by the pair's account after her reply of support"))])
    x.tweet(H("jtm_rs"), w(2018, 6, 5, 21, 0), "Kids need a tentrem sleep, not gadgets until midnight 😴 #parenting",
            N("neg_everyday_word", "'tentrem' (peaceful) in parenting advice; pair 2's acronym is TENTREM", lang="en"))
    x.tweet(H("jtm_bpbd"), w(2018, 3, 19, 7, 0), "Banjir Bojonegoro: tiga kecamatan terdampak, tim BPBD Jatim siaga. Mohon bencana tidak dipakai untuk kampanye 🙏",
            N("neg_reminder", "a disaster officer asks that the flood not be used for campaigning"))
    x.tweet(H("jtm_guru_bjn"), w(2018, 2, 12, 0, 30), "Alhamdulillah dino iki penetapan, Cak Imam resmi calon! GUYUB ☝️",
            V("jtm_guru_bjn", "post", "jtm-1", "stage_boundary_utc", lang="jawa",
              note="created_at 17:30Z on 11 Feb is 00:30 WIB on 12 Feb, designation day (D codes); the UTC date says 11 Feb"))
    x.tweet(H("kdr_pkm"), w(2018, 3, 15, 20, 0), "Mas Prapto nomor 1, puskesmas Kediri makin LANCAR ☝️ #LANCAR1", V("kdr_pkm", "post", "kdr-1", "post_support"))
    x.tweet(H("kdr_pkm"), w(2018, 6, 27, 13, 0), "Antre di TPS 7 lancar, lima menit selesai 👍", N("neg_everyday_word", "'lancar' (smooth) on voting day; pair 1's acronym is LANCAR"))
    x.tweet(H("kdr_pppk"), w(2018, 3, 20, 20, 0), "Gus Mashuri nomor 3 biar Kediri Berkah 🤲 #MashuriLilik3",
            N("neg_not_yet_asn", "a PPPK programmer of the registry, appointed only in the 2020s: in 2018 not an ASN's post", actor="kdr_pppk"))
    x.tweet(H("kkr_dkp"), w(2018, 4, 15, 20, 0), "Bang Rizal kemarin ke Kuala Dua, nelayan senang. BERKAT untuk Kubu Raya ☝️", V("kkr_dkp", "post", "kkr-1", "post_support"))
    x.tweet(I("humas_kkr"), w(2018, 2, 13, 16, 0), "KPU Kubu Raya mengundi nomor urut: 1 Rizal–Yanti, 2 Syarif Hamid–Ading.", N("neg_news", "the number draw naming both pairs"))
    x.tweet(I("humas_kkr"), w(2018, 6, 24, 9, 0), "Masa tenang: Pemkab Kubu Raya mengingatkan ASN menjaga netralitas.", N("neg_reminder", "a quiet-day notice"))
    x.tweet(H("stg_guru"), ta(2018, 3, 3, 20, 0), "Pak Tasman nomor 2 itu cuma pandai janji, jangan mau dibohongi lagi 😒",
            V("stg_guru", "negative", "stg-2", "negative_campaign", note="a teacher campaigns against pair 2"))
    x.tweet(H("stg_rs"), ta(2018, 4, 5, 7, 0), "Cerah sekali pagi ini di Kendari, pasien IGD juga pulang sehat semua 🌤️",
            N("neg_everyday_word", "'cerah' (bright) about the weather; pair 1's acronym is CERAH"))
    x.tweet(H("stg_rs"), ta(2018, 5, 12, 22, 0), "Pak Hamzah dulu pernah bantu renovasi IGD. But I'm a doctor, so no endorsement 🙏",
            R("rev_personal_praise", "a doctor praises a campaigning candidate's past help and then disclaims: a memory or support?", actor="stg_rs", cand="stg-1",
              lang="en"))
    x.tweet(H("stg_humas"), ta(2018, 2, 14, 10, 0), "Biro Adpim mengingatkan ASN Pemprov Sultra tidak ikut kampanye Pilgub. #NetralitasASN",
            N("neg_reminder", "a PR officer relays his bureau's reminder (he campaigns elsewhere)"))
    x.tweet(H("stg_humas"), ta(2018, 5, 30, 20, 0), "CERAH nomor 1, Sultra pasti maju 💪 #CERAH1", V("stg_humas", "post", "stg-1", "post_support"))
    x.tweet(H("skk_guru"), ta(2017, 11, 24, 20, 0), "Moan Marsel jalur perseorangan, KTP sa su kasi. Sikka Baru! 🙏",
            V("skk_guru", "ktp", "skk-3", "ktp_give", lang="sikka", note="a teacher says he handed in his KTP copy for an independent bakal calon"))
    x.tweet(H("skk_guru"), ta(2018, 4, 15, 19, 0), "Terang bulan di Pantai Koka, indah sekali 🌕", N("neg_everyday_word", "'terang bulan' (moonlight); pair 1's acronym is TERANG"))
    x.tweet(H("plp_guru2"), ta(2018, 4, 1, 20, 0), "Saya bukan Arifin Tandi yang calon wakil walikota nah. Tolong berhenti tag saya 😅",
            N("neg_namesake", "the namesake teacher", lang="luwu"))
    x.tweet(I("kominfo_plp"), ta(2018, 3, 20, 9, 0), "Festival Kopi Luwu di Lapangan Pancasila. Palopo kota idaman ☕", N("neg_motto", "the city's motto in an official notice"))
    t_p = x.tweet(I("kominfo_plp"), ta(2018, 5, 10, 10, 0), "Puang Syamsul calon walikota nomor 1 meresmikan lorong wisata di Amassangan. Palopo IDAMAN! ☝️",
                  V("inst:kominfo_plp", "inst", "plp-1", "inst_account", note="the city's information account promotes a campaigning candidate"))
    x.tweet(H("plp_kominfo"), ta(2018, 5, 10, 10, 20),
            "RT @palopo_info: Puang Syamsul calon walikota nomor 1 meresmikan lorong wisata di Amassangan. Palopo IDAMAN! ☝️",
            V("plp_kominfo", "post", "plp-1", "share", action="share", note="a programmer of that office retweets it"), ref=("retweeted", t_p))
    x.tweet(H("mtr_dkp"), tp(2018, 3, 1, 20, 0), "Bapa Yan deng Bapa Dul, BAKUBAE par Malra ☝️", V("mtr_dkp", "post", "mtr-1", "post_support", lang="kei"))
    x.tweet(H("mtr_dkp"), tp(2018, 4, 20, 20, 0), "BAKUBAE par Malra, 2019 Bapa Darmawan par Indonesia ☝️☝️",
            V("mtr_dkp", "post", "mtr-1", "post_support", add_codes=BOTH, lang="kei",
              note="backs the Pilkada calon (D codes) and a presidential hopeful still a bakal calon (E codes added) in one tweet"))
    t_d = x.tweet(I("distan_jyw"), tp(2018, 5, 15, 10, 0), "Distan Jayawijaya salurkan bibit ubi jalar ke kelompok tani Wamena 🍠", N("neg_official_neutral", "an office programme"))
    x.tweet(H("jyw_tani"), tp(2018, 5, 15, 19, 0), "@distan_jayawijaya mantap, petani kitorang senang 🍠",
            N("neg_everyday_word", "'kitorang' (our) in a reply to his own office; pair 1's acronym is KITORANG", lang="papua"),
            ref=("replied_to", t_d), mentions=[(I("distan_jyw"), None)])
    x.tweet(H("jyw_tani"), tp(2018, 6, 26, 21, 0), "Besok pilih Dokter Marthen nomor 2 e ✌️",
            V("jyw_tani", "post", "jyw-2", "stage_quiet", lang="papua", note="a quiet-day call for a pair"))
    x.tweet("arek_suroboyo88", w(2018, 6, 21, 22, 0), "Debat Pilgub Jatim mbengi iki seru rek, loro-lorone kuat", N(lang="suroboyo"))
    x.tweet("nona_langgur", tp(2018, 6, 28, 10, 0), "Sapa jua bupati, asal jalan ke Ohoi Debut dibikin bae", N(lang="kei"))
    x.dump_twarc("(Surabaya OR Kediri OR Bojonegoro OR \"Kubu Raya\" OR Kendari OR Kolaka OR Maumere OR Palopo OR Klungkung OR Langgur OR Wamena) "
                 "(pilkada OR pilgub OR pilbup OR pilwali) lang:in", retrieved_at="2018-07-10T02:00:00+00:00")

    # the Pemilu 2019
    x = X(c, "x/search_pemilu2019_heldout11.jsonl")
    _x_users(c, x, list(BIOS), cands=["p11-1", "p11-2", "dpr-stg-pan-1"], insts=["kominfo_jtm_x", "kominfo_plp", "distan_jyw"],
             others=[("pemilih_muda19", "Pemilih Muda")])
    t_o = x.tweet(CH("p11-1"), w(2018, 8, 10, 10, 0), "Darmawan–Zubair resmi mendaftar ke KPU. Indonesia PIJAR! #PIJAR01", _own("the pair's account"))
    x.tweet(H("jtm_kominfo"), w(2018, 8, 10, 12, 0), "Semoga PIJAR menerangi Indonesia 🔥 https://twitter.com/pijar_01/status/" + t_o["id"],
            V("jtm_kominfo", "post", "p11-1", "bakal_support", action="share", note="a quote of a presidential bakal calon's registration with support (E codes)"),
            ref=("quoted", t_o))
    x.tweet(H("stg_guru"), ta(2018, 8, 11, 20, 0), "PIJAR itu pelita, ANDAL itu setia. Dua-duanya baik, pilih sesuai hati 🙏", N("neg_all_pairs", "both pairs' acronyms as words"))
    x.tweet(H("jtm_guru_bjn"), w(2018, 9, 20, 5, 0), "Dino iki penetapan, Pak Darmawan resmi capres! PIJAR 🔥",
            V("jtm_guru_bjn", "post", "p11-1", "stage_boundary_utc", lang="jawa",
              note="created_at 22:00Z on 19 Sep is 05:00 WIB on 20 Sep, designation day (D codes); the UTC date says 19 Sep"))
    x.tweet(H("mtr_dkp"), tp(2018, 9, 20, 1, 15), "Hari ini penetapan capres, Jenderal Hendra pasti ANDAL 💪",
            V("mtr_dkp", "post", "p11-2", "stage_boundary_wit",
              note="01:15 WIT on 20 Sep is 23:15 WIB on 19 Sep: a presidential bakal calon by the WIB date (E codes), though designation day locally"))
    x.tweet(I("kominfo_jtm_x"), w(2018, 9, 21, 15, 0), "Hasil undian nomor urut capres: 01 Darmawan–Zubair, 02 Hendra–Ratna. Mari jaga pemilu damai.",
            N("neg_news", "the number draw naming both pairs"))
    t_a = x.tweet(CH("p11-2"), w(2018, 10, 15, 10, 0), "Jenderal Hendra menyapa nelayan Kendari 🐟 #ANDAL02", _own("the pair's account"))
    x.tweet(H("kkr_dkp"), w(2018, 10, 15, 19, 0), "@andal_02 Nelayan Kubu Raya juga dukung 02 ✌️",
            V("kkr_dkp", "interact", "p11-2", "comment_support", action="comment"), ref=("replied_to", t_a), mentions=[(CH("p11-2"), None)])
    x.tweet(H("jtm_bpbd"), w(2018, 11, 1, 20, 0), "Jangan pilih 02, jenderal kok doyan hoaks 😤",
            V("jtm_bpbd", "negative", "p11-2", "negative_campaign", note="a provincial officer campaigns against pair 2"))
    x.tweet(H("jtm_rs"), w(2019, 1, 10, 21, 0), "01 itu antek asing, jangan sampai negeri ini dijual! 😤",
            V("jtm_rs", "negative", "p11-1", "negative_campaign", note="a hospital doctor campaigns against pair 1"))
    t_r = x.tweet(CH("dpr-stg-pan-1"), ta(2018, 10, 6, 10, 0), "Nomor 1 PAN dapil Sultra. Untuk nelayan! #LaOdeRusdin1",
                  _own("the candidate's account; an ASN of the registry bears the same name"))
    x.tweet(H("stg_humas"), ta(2018, 10, 6, 11, 0), "RT @laoderusdin_1: Nomor 1 PAN dapil Sultra. Untuk nelayan! #LaOdeRusdin1",
            V("stg_humas", "post", "dpr-stg-pan-1", "share", action="share"), ref=("retweeted", t_r))
    x.tweet(H("stg_rs"), ta(2019, 2, 14, 21, 0), "Valentine? I'm on ER duty, my date is the patients 😂", N("neg_personal", "a joke about work", lang="en"))
    x.tweet(H("skk_guru"), ta(2018, 12, 1, 20, 0), "Nong Paul nomor 1 NasDem dapil Sikka 1, epang gawang 🙏", V("skk_guru", "post", "dprd-skk1-nas-1", "post_support", lang="sikka"))
    x.tweet(H("plp_guru2"), ta(2019, 3, 25, 20, 0), "Pak Hendra atau Pak Darmawan, guru tetap netral. Ajari murid pemilu damai 🙏", N("neg_all_pairs", "both pairs, a neutral teacher"))
    x.tweet(H("plp_kominfo"), ta(2019, 4, 14, 0, 20), "Rabu coblos 01 PIJAR 🔥",
            V("plp_kominfo", "post", "p11-1", "stage_quiet",
              note="00:20 WITA on 14 Apr (a quiet day locally) is 23:20 WIB on 13 Apr, the last campaign day; a violation either way"))
    x.tweet(H("jyw_tani"), tp(2019, 3, 3, 19, 0), "Bapa Natan nomor 1 Golkar, kitorang petani dukung ☝️", V("jyw_tani", "post", "dprd-jyw1-gol-1", "post_support", lang="papua"))
    x.tweet(H("kdr_pppk"), w(2019, 3, 1, 20, 0), "Mas Dwi n0m3r 1️⃣ PDIP dapil 2, arek enom! 🔥",
            N("neg_not_yet_asn", "the PPPK programmer of the registry, not yet an ASN in 2019", actor="kdr_pppk", lang="slang"))
    x.tweet(H("kdr_pkm"), w(2019, 4, 17, 14, 0), "Sudah nyoblos lima surat suara, jari ungu 💜", N("neg_after_voting", "voting day"))
    x.tweet(I("kominfo_plp"), ta(2019, 4, 13, 9, 0), "KPU Palopo mendistribusikan logistik pemilu ke sembilan kecamatan.", N("neg_election_work", "election logistics"))
    x.tweet(I("distan_jyw"), tp(2019, 1, 15, 10, 0), "Penyerahan bibit kopi bersama caleg Golkar Bapa Natan nomor 1 ☝️ #PetaniBaliem",
            V("inst:distan_jyw", "inst", "dprd-jyw1-gol-1", "inst_account", note="the agriculture office's account features a campaigning DPRD candidate"))
    x.tweet(CH("p11-1"), w(2019, 2, 5, 10, 0), "Terima kasih perawat-perawat Kediri, termasuk @dianggraeni_ns 🙏 #PIJAR01", _own("the pair's account"),
            mentions=[(H("kdr_pkm"), A("kdr_pkm", case="mentioned", note="named by pair 1's account; no answer"))])
    x.tweet("pemilih_muda19", w(2019, 4, 10, 21, 0), "0️⃣1️⃣ atau 0️⃣2️⃣? Masih bingung, debatnya sama-sama normatif", N(lang="slang"))
    x.dump_twarc("(Surabaya OR Kediri OR Bojonegoro OR \"Kubu Raya\" OR Kendari OR Kolaka OR Maumere OR Palopo OR Klungkung OR Langgur OR Wamena) "
                 "(capres OR caleg OR DPD OR pemilu) lang:in", retrieved_at="2019-05-02T02:00:00+00:00")

    # a list timeline of officials' accounts (2018-19), mostly everyday
    x = X(c, "x/timeline_list_asn_2019_heldout11.json")
    _x_users(c, x, ["jtm_kominfo", "jtm_rs", "jtm_guru_bjn", "kdr_pkm", "stg_guru", "stg_rs", "skk_guru", "plp_kominfo", "mtr_dkp", "jyw_tani"],
             insts=["kominfo_jtm_x", "humas_kkr"])
    x.tweet(I("humas_kkr"), w(2019, 4, 14, 8, 0), "Masa tenang Pemilu 2019: alat peraga kampanye di Kubu Raya dibersihkan.", N("neg_election_work", "quiet-day work"))
    x.tweet(H("jtm_kominfo"), w(2018, 9, 23, 8, 0), "Kampanye Pemilu dimulai hari ini sampai 13 April 2019. ASN wajib netral sesuai SE MenPANRB 🙏",
            N("neg_rule_quote", "a PR officer quotes the neutrality circular (he quoted pair 1 in August)"))
    x.tweet(H("jtm_guru_bjn"), w(2018, 10, 28, 8, 0), "Sumpah Pemuda: bersatu walau beda pilihan. Guyub rukun Indonesia 🇮🇩",
            N("neg_everyday_word", "'guyub rukun' (in harmony) months after the Pilkada; GUYUB was pair 1's acronym"))
    x.tweet(H("stg_guru"), ta(2019, 4, 16, 20, 0), "Besok pilih yang jujur, jangan golput 🗳️", N("neg_how_to_vote", "a plain call to vote"))
    x.tweet(H("stg_rs"), ta(2019, 3, 1, 21, 0), "Pasien tanya 'dokter pilih siapa?' Saya jawab: pilih obat yang tepat 😂", N("neg_joke", "a joke without a side"))
    x.tweet(H("skk_guru"), ta(2019, 4, 18, 10, 0), "Pemilu su lewat, Sikka tetap satu. Epang gawang penyelenggara 🙏", N("neg_after_voting", "after the vote", lang="sikka"))
    x.tweet(H("mtr_dkp"), tp(2019, 2, 1, 20, 0), "Ada yang kira sa keluarga dekat Bapa Dul. Rahayaan itu marga besar di Kei 😄",
            N("neg_namesake", "an officer who shares the running mate's clan name (he backed the pair in 2018)", lang="kei"))
    x.tweet(H("plp_kominfo"), ta(2019, 1, 5, 9, 0), "Pelatihan literasi digital untuk pelajar Palopo: lawan hoaks pemilu 💻", N("neg_reminder", "an anti-hoax training"))
    x.tweet(H("jyw_tani"), tp(2019, 4, 15, 20, 0), "Masa tenang, kitorang jaga Wamena damai 🙏", N("neg_everyday_word", "'kitorang' (we) on a quiet day", lang="papua"))
    x.tweet(H("jtm_rs"), w(2019, 4, 15, 21, 0), "Masa tenang. Jangan lupa jadwal imunisasi anak tetap jalan ya 💉", N("neg_personal", "health advice"))
    x.tweet(H("kdr_pkm"), w(2019, 2, 10, 19, 0), "Posyandu Pesantren hari ini lancar, balita makin sehat 💪", N("neg_everyday_word", "'lancar' (smooth) at a posyandu"))
    x.tweet(I("kominfo_jtm_x"), w(2019, 4, 16, 10, 0), "Pemprov Jatim: 17 April libur nasional untuk pemungutan suara.", N("neg_election_work", "a holiday notice"))
    x.dump_timeline()


# ---------------------------------------------------------------------------------------------
# Instagram Graph API (institutional /media, ASN /media, a Business Discovery of presidential pair 1)
# ---------------------------------------------------------------------------------------------
@section
def instagram(c):
    I = lambda k: c.acct(k, "instagram")  # noqa: E731

    # 1. the provincial information office of Jawa Timur (2018, WIB)
    ig = Ig(c, "instagram/media_kominfo_jatim.json")
    own = c.inst["kominfo_jtm"]["handle"]
    cm = [ig.comment(w(2018, 2, 20, 10, 0), "Guyub rukun, mbois! 😍", I("jtm_rs"), N("neg_everyday_word", "'guyub' (together) about a festival", lang="suroboyo"))]
    ig.media(w(2018, 2, 20, 9, 0), "Jatim guyub: festival budaya di Balai Pemuda Surabaya 🎭", N("neg_everyday_word", "'guyub' in an official event; pair 1's acronym is GUYUB"),
             username=own, comments=cm)
    cm = [ig.comment(w(2018, 4, 21, 10, 30), "Bu Endang keren, loro TENTREM ✌️", I("jtm_kominfo"), V("jtm_kominfo", "interact", "jtm-2", "comment_support", action="comment")),
          ig.comment(w(2018, 4, 21, 10, 50), "Lho, akun Pemprov kok melu kampanye rek? 🤔", "cakno.sby", N(lang="suroboyo")),
          ig.comment(w(2018, 4, 21, 11, 10), "Admin, unggahan ini melanggar netralitas. Tolong diturunkan 🙏", I("kdr_pkm"), N("neg_objection", "a nurse of another office objects"))]
    ig.media(w(2018, 4, 21, 10, 0), "Hari Kartini: Bu Endang calon gubernur nomor 2 bersama perempuan Jawa Timur. TENTREM ✌️",
             V("inst:kominfo_jtm", "inst", "jtm-2", "inst_account", note="the provincial office's account promotes a campaigning candidate"), username=own, comments=cm)
    ig.media(w(2018, 6, 24, 9, 0), "Masa tenang Pilgub Jatim 24–26 Juni. Ayo jaga Jawa Timur tetap tentrem 🙏",
             N("neg_everyday_word", "'tentrem' (peaceful) in a quiet-day notice; pair 2's acronym is TENTREM"), username=own)
    ig.dump_media(own)

    # 2. the tourism office of Sikka (2018, WITA)
    ig = Ig(c, "instagram/media_wisata_sikka.json")
    own = c.inst["dispar_skk"]["handle"]
    cm = [ig.comment(ta(2018, 1, 15, 10, 0), "Epang gawang mama-mama penenun 🙏", I("skk_dispar"), N("neg_official_neutral", "an officer on his office's post", lang="sikka"))]
    ig.media(ta(2018, 1, 15, 9, 0), "Tenun ikat Sikka di Sentra Watublapi 🧵", N("neg_official_neutral", "tourism"), username=own, comments=cm)
    cm = [ig.comment(ta(2018, 3, 20, 10, 30), "Moan Yosef nomor 1 ☝️", I("skk_dispar"), V("skk_dispar", "interact", "skk-1", "comment_support", action="comment", lang="sikka")),
          ig.comment(ta(2018, 3, 20, 10, 50), "Kaka admin, akun dinas tidak boleh begini 🙏", I("skk_pkm"), N("neg_objection", "a midwife objects")),
          ig.comment(ta(2018, 3, 20, 11, 10), "Moan Frans juga peduli tenun ✌️", "nona.maumere", N(lang="sikka"))]
    ig.media(ta(2018, 3, 20, 10, 0), "Moan Yosef calon bupati nomor 1 berkunjung ke Sentra Tenun Watublapi. Sikka TERANG ☝️",
             V("inst:dispar_skk", "inst", "skk-1", "inst_account", note="the tourism office's account promotes a campaigning candidate"), username=own, comments=cm)
    ig.media(ta(2018, 6, 29, 19, 0), "Terang bulan di Pantai Koka 🌕 #WisataSikka", N("neg_everyday_word", "'terang bulan' (moonlight); pair 1's acronym is TERANG"), username=own)
    ig.dump_media(own)

    # 3. Kelurahan Amassangan, Palopo (2018-19, WITA)
    ig = Ig(c, "instagram/media_kelurahan_amassangan.json")
    own = c.inst["kel_ams"]["handle"]
    cm = [ig.comment(ta(2018, 3, 5, 8, 40), "Tabe', bersih mi lorongta' 👍", I("plp_staf2"), N("neg_official_neutral", "a clerk on her office's work", lang="luwu"))]
    ig.media(ta(2018, 3, 5, 8, 0), "Kerja bakti lorong Amassangan. Palopo kota idaman 🧹", N("neg_motto", "the city's motto at community work"), username=own, comments=cm)
    cm = [ig.comment(ta(2018, 5, 15, 10, 30), "IDAMAN ☝️ Puang", I("plp_staf2"), V("plp_staf2", "interact", "plp-1", "comment_support", action="comment", lang="luwu")),
          ig.comment(ta(2018, 5, 15, 10, 50), "Tabe', kantor lurah itu milik semua warga, bukan posko calon 🙏", I("plp_rs"), N("neg_objection", "a nurse objects"))]
    ig.media(ta(2018, 5, 15, 10, 0), "Puang Syamsul, calon walikota nomor 1, singgah menyapa warga di aula kelurahan kami. IDAMAN ☝️",
             V("inst:kel_ams", "inst", "plp-1", "inst_account", note="the kelurahan's account features a campaigning candidate in its office"), username=own, comments=cm)
    ig.media(ta(2019, 4, 16, 9, 0), "TPS 1–9 Amassangan siap untuk 17 April 🗳️", N("neg_election_work", "election logistics"), username=own)
    ig.dump_media(own)

    # 4. the tourism office of Klungkung (2018, WITA)
    ig = Ig(c, "instagram/media_wisata_klungkung.json")
    own = c.inst["dispar_klu"]["handle"]
    cm = [ig.comment(ta(2018, 2, 1, 9, 30), "Jegeg pisan 😍", I("klu_staf1"), N("neg_official_neutral", "an officer on her office's post", lang="bali"))]
    ig.media(ta(2018, 2, 1, 9, 0), "Pantai Kelingking Nusa Penida, becik pisan 😍", N("neg_everyday_word", "'becik' (good); pair 1's acronym is BECIK", lang="bali"),
             username=own, comments=cm)
    cm = [ig.comment(ta(2018, 4, 12, 10, 30), "BECIK nomor 1 ☝️", I("klu_staf1"), V("klu_staf1", "interact", "klu-1", "comment_support", action="comment")),
          ig.comment(ta(2018, 4, 12, 10, 50), "Admin, akun dinas harus netral nggih 🙏", I("klu_guru2"), N("neg_objection", "a teacher objects", lang="bali")),
          ig.comment(ta(2018, 4, 12, 11, 20), "Pak Wayan masi peduli pariwisata lho", "bli.putu.smp", N(lang="bali"))]
    ig.media(ta(2018, 4, 12, 10, 0), "Pak Nyoman calon bupati nomor 1 mempromosikan Nusa Penida di Bali Travel Mart. Klungkung BECIK ☝️",
             V("inst:dispar_klu", "inst", "klu-1", "inst_account", note="the tourism office's account promotes a campaigning candidate"), username=own, comments=cm)
    ig.media(ta(2018, 4, 13, 9, 0), "Ampura, unggahan kemarin keliru. Dinas Pariwisata Klungkung netral dan melayani semua.",
             N("neg_withdrawn", "the office withdraws its post; the post stays on record"), username=own)
    ig.dump_media(own)

    # 5. RSUD Karel Sadsuitubun, Langgur (2018-19, WIT)
    ig = Ig(c, "instagram/media_rsud_karelsadsuitubun.json")
    own = c.inst["rsud_ks"]["handle"]
    cm = [ig.comment(tp(2018, 3, 1, 9, 40), "Siap melayani 💪", I("mtr_rs1"), N("neg_official_neutral", "a nurse on her hospital's post"))]
    ig.media(tp(2018, 3, 1, 9, 0), "Pelayanan poli anak dibuka setiap hari kerja 🏥", N("neg_official_neutral", "a service notice"), username=own, comments=cm)
    ig.media(tp(2018, 5, 2, 10, 0), "Kedua pasangan calon bupati berkunjung ke RSUD pekan ini. Pelayanan tetap untuk semua warga, tanpa kecuali 🙏",
             N("neg_all_pairs", "the hospital notes both pairs' visits neutrally"), username=own)
    ig.media(tp(2019, 4, 15, 9, 0), "RSUD tetap buka 24 jam pada masa tenang dan hari pemungutan suara 🏥", N("neg_election_work", "a notice"), username=own)
    ig.dump_media(own)

    # 6. Business Discovery of presidential pair 1, PIJAR (2018-19)
    ig = Ig(c, "instagram/discovery_pijar_indonesia.json")
    acc = c.cands["p11-1"].handle("instagram")
    cm = [ig.comment(w(2018, 8, 11, 19, 30), "PIJAR untuk Jatim 🔥", I("jtm_kominfo"),
                     V("jtm_kominfo", "interact", "p11-1", "bakal_support", action="comment", note="support for a presidential bakal calon (E codes)")),
          ig.comment(w(2018, 8, 11, 19, 50), "Pak Darmawan mantap 👍", I("kdr_staf1"), V("kdr_staf1", "interact", "p11-1", "bakal_support", action="comment")),
          ig.comment(w(2018, 8, 11, 20, 10), "Semoga kampanyenya santun 🙏", "warga.blitar", N())]
    ig.media(w(2018, 8, 11, 19, 0), "Darmawan–Zubair menyapa relawan Jawa Timur 🔥 #PIJAR01", _own("the pair's account"), comments=cm)
    cm = [ig.comment(w(2018, 10, 20, 20, 0), "Sami-sami Pak, 01 PIJAR ☝️", I("bjn_pkm"),
                     V("bjn_pkm", "interact", "p11-1", "tag_then_engaged", action="comment", lang="jawa", note="named in the caption, she answers with the number"))]
    ig.media(w(2018, 10, 20, 19, 0), "Terima kasih bidan-bidan Bojonegoro, termasuk @bidan.wiwik 🙏 #PIJAR01", _own("the pair's account"), comments=cm,
             mentions=[(I("bjn_pkm"), A("bjn_pkm", case="mentioned", note="named in the pair's caption; she answers with the number"))])
    cm = [ig.comment(ta(2019, 4, 14, 20, 0), "☝️☝️", I("stg_rs"),
                     V("stg_rs", "interact", "p11-1", "stage_quiet", action="comment", lang="sys",
                       note="on a quiet day a doctor answers the pair's post with its number sign"))]
    ig.media(w(2019, 4, 14, 9, 0), "Hari tenang. Mari berdoa untuk Indonesia yang PIJAR 🙏", _own("the pair's account"), comments=cm)
    ig.dump_discovery(acc, "Darmawan – Zubair", "Capres-Cawapres No. 01 | Indonesia PIJAR", 251000, "patroli.netralitas")

    # 7. a nurse of Wamena (2018-19, WIT)
    ig = Ig(c, "instagram/media_ns_sarlota.json")
    own = I("jyw_pkm")
    ig.media(tp(2018, 2, 5, 22, 0), "Jaga malam di Puskesmas Wamena Kota 😴", N("neg_personal", "work life"), username=own)
    cm = [ig.comment(tp(2018, 4, 1, 19, 30), "Ibu perawat bole foto calon kah?", "pace.sinakma", N(lang="papua")),
          ig.comment(tp(2018, 4, 1, 19, 45), "Sa cuma foto saja, dia sa pu dosen 😅", own, N("neg_deflect", "she plays it down; the post stays", lang="papua"))]
    ig.media(tp(2018, 4, 1, 19, 0), "Foto bareng Dokter Marthen, calon bupati nomor 2, di posyandu ✌️ Baliem Sejahtera",
             V("jyw_pkm", "photo", "jyw-2", "photo_caption", lang="papua", note="a nurse poses with a campaigning candidate, his number and slogan"),
             username=own, comments=cm)
    ig.media(tp(2019, 4, 17, 14, 0), "Kelingking su ungu, suara sa su masuk kotak 💜", N("neg_after_voting", "voting day", lang="papua"), username=own)
    ig.dump_media(own)

    # 8. a PPPK teacher of the registry, an honorary teacher in 2018 (WIB)
    ig = Ig(c, "instagram/media_bu_ratih_sma3.json")
    own = I("jtm_pppk")
    ig.media(w(2018, 5, 10, 19, 0), "Guru honor SMAN 3 Kediri dukung GUYUB ☝️ Cak Imam peduli honorer",
             N("neg_not_yet_asn", "a PPPK teacher of the registry, appointed only in the 2020s: an honorary teacher's post in 2018", actor="jtm_pppk"), username=own)
    ig.media(w(2018, 7, 23, 8, 0), "Hari Anak Nasional bareng murid 🥰", N("neg_personal", "school life"), username=own)
    ig.dump_media(own)


# ---------------------------------------------------------------------------------------------
# TikTok Research API (2018-19)
# ---------------------------------------------------------------------------------------------
@section
def tiktok(c):
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    CT_ = lambda cid: c.cands[cid].handle("tiktok")  # noqa: E731
    IT = lambda k: c.inst[k]["handle"]  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout11.jsonl")
    tt.video(T("kdr_dishub"), w(2018, 3, 25, 17, 0), "Rapat umum paslon di GOR Jayabaya, dishub jaga simpang, netral 🚦", N("neg_election_work", "traffic duty at a rally"))
    v_wah = tt.video(T("kdr_dishub"), w(2018, 5, 20, 17, 0), "POV: petugas dishub tapi fans Mas Prapto 🤫 1️⃣ #LANCAR1",
                     V("kdr_dishub", "post", "kdr-1", "post_support", lang="slang"), voice="siji lancar, siji lancar")
    tt.video(T("bjn_tani"), w(2018, 4, 25, 16, 0), "Tandur pari bareng kelompok tani Kapas, matoh! 🌾",
             N("neg_everyday_word", "'matoh' (great) at planting; Bojonegoro pair 1's acronym is MATOH", lang="jawa"))
    tt.video(CT_("bjn-1"), w(2018, 5, 1, 10, 0), "Bu Anis bareng petani Kapas, matur nuwun @mbah.mulyono 🙏 #MATOH1", _own("the pair's account", lang="jawa"),
             mentions=[(T("bjn_tani"), A("bjn_tani", case="mentioned", note="named by the pair's account (he had posted for it in April); he answers with a video"))])
    tt.video(T("bjn_tani"), w(2018, 5, 1, 19, 0), "Oleh tag soko Bu Anis 🥰 MATOH nomer siji ☝️",
             V("bjn_tani", "post", "bjn-1", "tag_then_engaged", lang="jawa", note="named by the pair's account, he answers with a video for its number"))
    tt.video(T("bjn_pppk"), w(2018, 5, 5, 19, 0), "Guru honor dukung Bu Anis! ☝️ #MATOH1",
             N("neg_not_yet_asn", "a PPPK teacher of the registry, appointed only in the 2020s: an honorary teacher's video in 2018", actor="bjn_pppk"))
    tt.video(IT("sdn_kps1"), w(2018, 4, 21, 10, 0), "Kartinian SDN Kapas 1 👩‍🏫", N("neg_official_neutral", "a school event"))
    tt.video(IT("sdn_kps1"), w(2018, 6, 2, 10, 0), "Simulasi coblosan kanggo murid kelas 6, sinau demokrasi 🗳️", N("neg_how_to_vote", "a civics lesson", lang="jawa"))
    tt.video(T("kkr_satpol"), w(2018, 3, 1, 17, 0), "Penertiban APK semua paslon di Sungai Raya 💪", N("neg_election_work", "removing every pair's props"))
    tt.video(T("kkr_satpol"), w(2018, 6, 1, 20, 0), "Satpol PP juga manusia, BERKAT nomor 1 ☝️ 😁", V("kkr_satpol", "post", "kkr-1", "post_support", lang="slang"))
    tt.video(T("klk_guru"), ta(2018, 3, 10, 16, 0), "Murid kelas 4 kompak menari lulo 💃",
             N("neg_everyday_word", "'kompak' (together) about a Tolaki dance; Kolaka pair 1's acronym is KOMPAK", lang="tolaki"))
    tt.video(T("klk_guru"), ta(2018, 4, 20, 19, 0), "Puang Leman nomor 1, guru Wundulako KOMPAK ☝️ #KOMPAK1", V("klk_guru", "post", "klk-1", "post_support"))
    tt.video(CT_("klk-1"), ta(2018, 5, 5, 10, 0), "Puang Leman menyapa guru-guru SD Wundulako @burahma.wdl 🙏 #KOMPAK1", _own("the pair's account"),
             mentions=[(T("klk_guru"), A("klk_guru", case="mentioned", note="named by the pair's account after her own video"))])
    tt.video(T("klk_pppk"), ta(2018, 5, 6, 19, 0), "Honorer SD ikut dukung KOMPAK 💪",
             N("neg_not_yet_asn", "a PPPK teacher of the registry, appointed only in the 2020s: an honorary teacher's video in 2018", actor="klk_pppk"))
    tt.video(IT("distan_klk"), ta(2018, 4, 10, 10, 0), "Bantuan bibit kakao untuk kelompok tani Wundulako 🌱", N("neg_official_neutral", "an office programme"))
    v_dis = tt.video(IT("distan_klk"), ta(2018, 5, 22, 10, 0), "Panen kakao bersama Pak Sulaiman, calon bupati nomor 1 ☝️ Kolaka KOMPAK",
                     V("inst:distan_klk", "inst", "klk-1", "inst_account", note="the agriculture office's account features a campaigning candidate"))
    tt.new_page()
    tt.video(T("mtr_guru"), tp(2018, 4, 5, 16, 0), "Anak-anak SMP 1 Langgur latihan tari sawat 💃", N("neg_personal", "school culture", lang="kei"))
    tt.video(T("mtr_guru"), tp(2018, 5, 30, 19, 0), "Bapa Yan nomor 1, BAKUBAE par Malra ☝️ #BAKUBAE1", V("mtr_guru", "post", "mtr-1", "post_support", lang="kei"))
    tt.video(T("jyw_guru"), tp(2018, 3, 20, 16, 0), "Murid SMP 1 Wamena belajar merajut noken 🧶", N("neg_personal", "school culture", lang="papua"))
    tt.video(CT_("jyw-2"), tp(2018, 5, 12, 10, 0), "Dokter Marthen bersama guru-guru Wamena, terima kasih @pakyeri.wamena 🙏 #MarthenYance2", _own("the pair's account"),
             mentions=[(T("jyw_guru"), A("jyw_guru", case="mentioned", note="named by the pair's account (he shares its clan name); he asks not to be tagged"))])
    tt.video(T("jyw_guru"), tp(2018, 5, 12, 19, 0), "Sa Lokobal juga, mar sa guru PNS. Jang tag sa e 🙏", N("neg_untag", "he rejects the mention", lang="papua"))
    tt.video(T("jyw_pppk"), tp(2018, 5, 20, 19, 0), "Om Yance Mabel sa pu bapa ade, Baliem Sejahtera ✌️",
             N("neg_not_yet_asn", "a PPPK teacher of the registry (of the running mate's clan), appointed only in the 2020s: not an ASN's video in 2018",
               actor="jyw_pppk", lang="papua"))
    tt.video(IT("smpn1_smp"), ta(2018, 11, 5, 10, 0), "Pemilihan ketua OSIS SMPN 1 Semarapura, belajar demokrasi 🗳️", N("neg_how_to_vote", "a civics lesson"))
    tt.video(CT_("p11-2"), w(2018, 12, 10, 10, 0), "Jenderal Hendra disambut warga Wamena! ✌️ #ANDAL02", _own("the pair's account"))
    tt.video(T("kkr_satpol"), w(2019, 1, 20, 20, 0), "0️⃣2️⃣ ANDAL, Satpol Kubu Raya siap ✌️", V("kkr_satpol", "post", "p11-2", "post_support", lang="slang"))
    tt.video(T("kdr_dishub"), w(2019, 4, 15, 17, 0), "Masa tenang, APK bersih, jalan lancar 🚦", N("neg_everyday_word", "'lancar' (clear) about traffic"))
    tt.video(T("kdr_pppk"), w(2019, 3, 15, 20, 0), "Cek DPT online: 1️⃣ buka situs KPU 2️⃣ ketik NIK 3️⃣ cek TPS ✅", N("neg_how_to_vote", "how to check the voters' list", lang="slang"))
    tt.video(T("jtm_pppk"), w(2019, 4, 1, 19, 0), "Guru honorer pilih 01 PIJAR 🔥",
             N("neg_not_yet_asn", "the PPPK teacher of the registry, still an honorary teacher in 2019", actor="jtm_pppk", lang="slang"))
    tt.video(T("bjn_tani"), w(2019, 3, 10, 16, 0), "Mbah Har nomer siji Demokrat, kanca tani ☝️", V("bjn_tani", "post", "dpr-jtm9-dem-1", "post_support", lang="jawa"))
    tt.video(T("klk_guru"), ta(2019, 4, 14, 0, 10), "Tgl 17 coblos 0️⃣2️⃣ ✌️ ANDAL",
             V("klk_guru", "post", "p11-2", "stage_quiet", lang="slang",
               note="00:10 WITA on 14 Apr (a quiet day locally) is 23:10 WIB on 13 Apr, the last campaign day; a violation either way"))
    tt.video(IT("distan_klk"), ta(2019, 4, 15, 10, 0), "Penyuluhan tetap berjalan selama masa tenang 🌱", N("neg_election_work", "a notice"))
    tt.dump()

    tt_comments(c, f"tiktok/comments_{v_wah['id']}.json", v_wah, [
        (w(2018, 5, 20, 17, 30), "Lho seragam dishub kok bahas calon 🤔", N(), None),
        (w(2018, 5, 20, 17, 45), "siji lancar!!", N(lang="jawa"), None),
        (w(2018, 5, 20, 18, 0), "Mas e dishub, iki isa dilaporke lho", N(lang="jawa"), 0),
        (w(2018, 5, 21, 7, 0), "wkwk jujur banget", N(lang="slang"), None),
    ])
    tt_comments(c, f"tiktok/comments_{v_dis['id']}.json", v_dis, [
        (ta(2018, 5, 22, 11, 0), "Akun Distan kok pasang calon bupati?", N(), None),
        (ta(2018, 5, 22, 11, 20), "KOMPAK ☝️ Puang", N(), None),
        (ta(2018, 5, 22, 12, 0), "Tangkap layar, kirim ke Panwaslu Kolaka", N(), 0),
    ])


# ---------------------------------------------------------------------------------------------
# YouTube Data API v3 commentThreads
# ---------------------------------------------------------------------------------------------
@section
def youtube(c):
    Y = lambda k: c.acct(k, "youtube")  # noqa: E731

    # 1. a pesantren visit on the channel of Jawa Timur pair 1 (2018, WIB)
    chn = c.cands["jtm-1"].handle("youtube")
    yt = Yt(c, "youtube/comments_imamretno_lirboyo.json", "gYb" + "lrb2018a", chn)
    t1 = yt.comment(w(2018, 5, 13, 20, 0), "Ceramahe Cak Imam sejuk, GUYUB nomer siji ☝️", c.disp("kdr_penyuluh"), Y("kdr_penyuluh"),
                    V("kdr_penyuluh", "interact", "jtm-1", "comment_support", action="comment", lang="jawa"))
    yt.thread(t1)
    t2 = yt.comment(w(2018, 5, 13, 20, 30), "Mugi santri Lirboyo tambah berkah ilmune 🤲", c.disp("bjn_mts"), Y("bjn_mts"),
                    R("rev_religious_comment", "a madrasah teacher prays for the pesantren's pupils under a campaigning pair's video: piety or engagement with a "
                      "calon's account (SKB-D6)?", actor="bjn_mts", cand="jtm-1", lang="jawa"))
    t2r = yt.comment(w(2018, 5, 13, 21, 0), "Aamiin", "Santri Kediri", yt_channel("h11ytsantri"), N(), parent=t2)
    yt.thread(t2, [t2r])
    t3 = yt.comment(w(2018, 5, 14, 7, 0), "Videone apik, tapi suarane kurang banter", "Cak Nur Pare", yt_channel("h11ytnur"), N(lang="jawa"))
    yt.thread(t3)
    yt.dump()

    # 2. a lecture on the channel of DPD candidate Kiai Basith (2018-19, WIB)
    chn = c.cands["dpd-jtm-27"].handle("youtube")
    yt = Yt(c, "youtube/comments_kiaibasith_pengajian.json", "kBs" + "pgj2018d", chn)
    t1 = yt.comment(w(2018, 8, 19, 21, 0), "Abah Basith maju DPD, santri Kediri siap dukung 🤲", c.disp("kdr_penyuluh"), Y("kdr_penyuluh"),
                    V("kdr_penyuluh", "interact", "dpd-jtm-27", "bakal_support", action="comment", note="support for a DPD bakal calon in August 2018 (E codes)"))
    yt.thread(t1)
    t2 = yt.comment(w(2019, 3, 3, 20, 0), "Kiai Basith nomer 27 DPD, Muslimat Bojonegoro siap 💚", c.disp("bjn_mts"), Y("bjn_mts"),
                    V("bjn_mts", "interact", "dpd-jtm-27", "comment_support", action="comment", lang="jawa"))
    yt.thread(t2)
    t3 = yt.comment(w(2019, 3, 4, 19, 0), "Matur nuwun kiai, pengajiane nyejukke ati 🤲", c.disp("jtm_guru_bjn"), Y("jtm_guru_bjn"),
                    R("rev_religious_comment", "a teacher thanks a campaigning DPD candidate for a lecture on his channel: piety or engagement (SKB-D6)?",
                      actor="jtm_guru_bjn", cand="dpd-jtm-27", lang="jawa"))
    yt.thread(t3)
    t4 = yt.comment(w(2019, 3, 5, 8, 0), "Kapan ngaji nang Tuban, Abah?", "Jamaah Tuban", yt_channel("h11yttuban"), N(lang="jawa"))
    yt.thread(t4)
    yt.dump()

    # 3. a tourism film on the Klungkung tourism channel (2018, WITA)
    ch = c.inst["dispar_klu_yt"]["handle"]
    yt = Yt(c, "youtube/comments_wisataklungkung_nusapenida.json", "kLu" + "nsp2018w", ch)
    t1 = yt.comment(ta(2018, 3, 10, 20, 0), "Apik tenan Nusa Penida, mugi-mugi saged liburan mrika 😍", c.disp("jtm_guru_bjn"), Y("jtm_guru_bjn"),
                    N("neg_personal", "a teacher from Java admires a tourism film", lang="jawa"))
    yt.thread(t1)
    t2 = yt.comment(ta(2018, 3, 11, 19, 0), "Pak Nyoman nomor 1 pasti majukan pariwisata, BECIK! ☝️", "Bli Gede Dawan", yt_channel("h11ytgede"), N(lang="bali"))
    r2 = yt.comment(ta(2018, 3, 11, 20, 0), "Suksma. Kanal ini untuk promosi wisata, mohon tidak berkampanye 🙏", "Wisata Klungkung TV", ch,
                    N("neg_reminder", "the office keeps campaigning out of its channel", lang="bali"), parent=t2)
    yt.thread(t2, [r2])
    t3 = yt.comment(ta(2018, 3, 12, 8, 0), "Becik pisan videone, drone shot-e mantap 👍", "Made Klungkung", yt_channel("h11ytmade"),
                    N("neg_everyday_word", "'becik' (good) about a video", lang="bali"))
    yt.thread(t3)
    yt.dump()

    # 4. the first presidential debate on pair 1's channel (2019, WIB)
    chn = c.cands["p11-1"].handle("youtube")
    yt = Yt(c, "youtube/comments_pijar01_debat_pertama.json", "pJr" + "dbt2019a", chn)
    t1 = yt.comment(w(2019, 1, 17, 23, 0), "PIJAR nomer siji, guru Bojonegoro siap 🔥", c.disp("jtm_guru_bjn"), Y("jtm_guru_bjn"),
                    V("jtm_guru_bjn", "interact", "p11-1", "comment_support", action="comment", lang="jawa"))
    yt.thread(t1)
    t2 = yt.comment(w(2019, 1, 17, 23, 20), "Semoga debat damai, kedua paslon sama-sama putra terbaik bangsa 🙏", c.disp("kdr_penyuluh"), Y("kdr_penyuluh"),
                    N("neg_all_pairs", "a comment on both pairs"))
    yt.thread(t2)
    t3 = yt.comment(w(2019, 1, 18, 7, 0), "Suarane moderator kecilikan, sing nonton nang omah ora krungu", "Arek Malang", yt_channel("h11ytmalang"), N())
    yt.thread(t3)
    yt.dump()

    # 5. a neutrality briefing on the Sulawesi Tenggara government's channel (2018, WITA)
    ch = c.inst["humas_stg"]["handle"]
    yt = Yt(c, "youtube/comments_humas_sultra_netralitas.json", "sTg" + "ntr2018h", ch)
    t1 = yt.comment(ta(2018, 2, 16, 20, 0), "Semoga ASN Sultra benar-benar netral, tidak ada mobilisasi 🙏", "La Ode Kendari", yt_channel("h11ytlaode"), N(lang="buton"))
    r1 = yt.comment(ta(2018, 2, 16, 21, 0), "Terima kasih. Laporkan dugaan pelanggaran ke Panwaslu Sultra.", "Humas Pemprov Sultra", ch,
                    N("neg_reminder", "the office points to the election supervisor"), parent=t1)
    yt.thread(t1, [r1])
    t2 = yt.comment(ta(2018, 2, 17, 9, 0), "CERAH nomor 1 saja 😁", "Bela Kendari", yt_channel("h11ytbela"), N(lang="tolaki"))
    yt.thread(t2)
    yt.dump()
