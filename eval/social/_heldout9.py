"""heldout9: a tenth independent workspace of the social-media evaluation corpus (see build.py).

Two elections none of the other workspaces uses as its main election: the Pilkada serentak of 9 Dec 2015 (the first
simultaneous round; real KPU calendar, PKPU 2/2015 as amended) and the Pemilu of 14 Feb 2024 with its weight on DPRD
provinsi, DPRD kabupaten/kota and DPD candidates by dapil (plus three fictional presidential pairs), in regions new to the
corpus. 2015: the governors of Jambi (WIB), Kalimantan Selatan and Sulawesi Tengah (WITA); the mayor of Kota Sungai Penuh and
the regent of Bintan (WIB); the regents of Kotabaru and Sigi and the mayor of Tomohon (WITA); the regents of Raja Ampat and
Kepulauan Aru (WIT). 2024: Kota Yogyakarta and Bantul (WIB), Kabupaten Bima and Kota Balikpapan (WITA), Halmahera Utara and
the province of Maluku Utara (WIT). Every person, account, phone number, post and id is fictional; regions, parties and the
KPU calendars are real. Written from rules.md and contract.md only.

The module is split for reading: _heldout9_base.py (clocks, ids, regions, section registry, language tags),
_heldout9_social.py (Facebook, CrowdTangle, X, Instagram, TikTok, YouTube), _heldout9_chats.py (Telegram, WhatsApp) and
_heldout9_canon.py (canonical lines, screenshots).
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from _corpus import Cand, Contest, Election, hnum, table, textless, yt_channel
from _heldout9_base import (
    ARU, BMA, BNT, BPN, BTL, DIY, HLT, JMB, KLS, KTB, KTM, LANG_NAMES, LANGS, MLT, NTB, RAJ, SECTIONS, SGI, SPN, STG, TMH, YGY, fbid,
    page_id, phone,
)
import _heldout9_social  # noqa: F401,E402  (registers its sections)
import _heldout9_chats  # noqa: F401,E402
import _heldout9_canon  # noqa: F401,E402

LICENCE_NOTE = """**Licence:** written for this project; every person, account, post, phone number
and id is fictional (every candidate pair, legislative and DPD candidate and presidential pair too). Regions (Kemendagri names),
dapil, parties (the 2014 list with its ballot numbers for the Pilkada 2015, whose nominating parties held their seats from the
2014 vote; the 2024 list for the Pemilu 2024) and the KPU calendars of the Pilkada 2015 and the Pemilu 2024 are real."""

CALENDAR_NOTE = """Stages follow the contract (`dates inclusive, Asia/Jakarta`), with the real KPU calendars.

Pilkada serentak 2015 (PKPU 2/2015 on the stages, programme and schedule, as amended): submission of the independents' KTP
support 8–12 Jun 2015 for governors and 11–15 Jun for regents and mayors (one stage `penyerahan_dukungan_perseorangan`
8–15 Jun here), registration of pairs 26–28 Jul 2015 (reopened 9–11 Aug in the seven regions where only one pair had
registered, none of them used here), designation of pairs 24 Aug 2015, number draw 25–26 Aug, campaign 27 Aug–5 Dec 2015,
quiet days 6–8 Dec, voting 9 Dec 2015. Sources checked (search corpus `pages`): KPU Musi Rawas's summary of PKPU 2/2015
(registration 26–28 Jul, draw 25–26 Aug); Kompas (8 Dec 2015: registration opened Sunday 26 Jul; 269 regions; 7 Aug 2015:
registration reopened 9–11 Aug in seven single-pair regions); merdeka.com (designation from 24 Aug, 30 Aug where registration
was reopened); Antara Sultra and Antara Kalbar (designation 24 Aug 2015; draw 25–26 Aug; campaign 27 Aug–5 Dec 2015);
nusantarapost.com (campaign from Thursday 27 Aug, three quiet days, voting 9 Dec); Republika (3 Jun 2015), Harian Bhirawa and
kalimantan-news.com (independents' support 11–15 Jun 2015 for regents and mayors); the 2015 local-elections article mirrored on
IPFS and theinfolist.com (8–12 Jun for governors, 11–15 Jun for regents and mayors, 26–28 Jul, 24 Aug, 27 Aug–5 Dec, no
campaigning 6–8 Dec). The regions and their fields of pairs: merdeka.com and suara.com (Jambi's governor and Kota Sungai Penuh
among its five local races), Tribun Batam (27 Jul 2015) and batamtoday.com (17 Dec 2015: Bintan, two pairs), wiki-indonesia
(Kalimantan Selatan, three pairs, one independent), Antara Kalsel (Kotabaru's independents' support verified in June 2015),
deadline-news.com (24 Aug 2015) and antarasulteng.com (Sigi: four party pairs, the independent bakal calon rejected), Tempo
(28 Jul 2015) and Antara (Sulawesi Tengah's governor race: two pairs, designation 24 Aug), beritamanado.com (Tomohon: three pairs, the independent won), papua.us (Raja Ampat: four pairs, one
independent, designated 24 Aug, draw 25 Aug), Antara Maluku (Kepulauan Aru: four pairs). The governor race of Kalimantan
Tengah was postponed to 27 Jan 2016 (wikipedia), so it is not used.

Pemilu 2024 (the builder's defaults): DCT 3 Nov 2023, presidential pairs designated 13 Nov 2023 (an extra stage
`penetapan_paslon_presiden` and a `designated:` key on the `presiden` contest), number draw 14 Nov, campaign 28 Nov
2023–10 Feb 2024, quiet 11–13 Feb, voting 14 Feb 2024. Dapil (PKPU 6/2023) checked against Tribun (DIY 1 Kota Yogyakarta,
DIY 3 Bantul B), seruji.co.id and Antara Jogja (Kota Yogyakarta's five dapil, unchanged since 2014), bimanews.id (Kabupaten
Bima dapil 5 Sape and Lambu), inibalikpapan.com (Balikpapan dapil 6 Balikpapan Selatan), tandaseru.com (DPRD Maluku Utara
dapil II Halmahera Utara and Pulau Morotai) and kaidah malut (Halmahera Utara dapil 1 Tobelo and Tobelo Utara, dapil 4
Galela and Loloda)."""

CODES_NOTE = """`codes_any` is generous: any one code counts (SKB E codes before the WIB designation date — 24 Aug 2015 for
the Pilkada, 3 Nov 2023 for legislative and DPD candidates, 13 Nov 2023 for the presidential pairs, both E and D codes for a
presidential pair between 3 and 12 Nov 2023 —, D codes from it; PP94-N* where they fit; UU10-71-1 in the Pilkada, UU7-* in
the Pemilu; SKB-E4/D6 added for messages inside a candidate's volunteers' group). For 2015 the codes are the catalogue's (SKB
2022, PP 94/2021): the conduct was then governed by their predecessors (the MenPANRB circular on ASN neutrality in the
Pilkada 2015 and PP 53/2010), whose forms the current matrix carries over, so a labeller cites the current codes as the tool
does. No PPPK staff appear in 2015 (the first PPPK were appointed in 2019 and later); PPPK staff appear only in 2023–2024."""

DESCRIPTION_BASE = """heldout9 takes the first simultaneous Pilkada, of 9 December 2015 (governors of Jambi, Kalimantan Selatan
with an independent pair, and Sulawesi Tengah; the mayor of Kota Sungai Penuh and the regent of Bintan; the regents of Kotabaru
with an independent pair and Sigi; the mayor of Tomohon with an independent pair; the regents of Raja Ampat with an independent
pair and Kepulauan Aru), and the Pemilu of 14 February 2024 with its weight on DPRD provinsi (DIY 1, DIY 3, Maluku Utara 2),
DPRD kabupaten/kota (Kota Yogyakarta 1 and 5, Bima 5, Balikpapan 6, Halmahera Utara 1 and 4) and DPD candidates (DIY, NTB,
Kalimantan Timur, Maluku Utara), plus three fictional presidential pairs. All candidates are fictional. Its regions are new to
the corpus, across WIB (Jambi, Sungai Penuh, Bintan, Kota Yogyakarta, Bantul), WITA (Kalimantan Selatan, Kotabaru, Sulawesi
Tengah, Sigi, Tomohon, Bima, Balikpapan) and WIT (Raja Ampat, Kepulauan Aru, Halmahera Utara, Maluku Utara). Like heldout8 it
weights the general case a patrol sees: ordinary ASN posts, shares, comments, likes, follows and joins of campaign content in
plain and informal language; institutional pages, channels and accounts; people tagged, mentioned or added to groups (alerts)
and what they do next; agency chats with open and covert orders, relays, compliance reports, bare acknowledgements (review),
objections and withdrawals; photos and finger signs carried by captions, alt text or image text; KTP copies for independent
bakal calon in June 2015; bakal calon support in July–August 2015 and in the 2023 DCT window (and the presidential window of
3–12 Nov 2023); negative campaigning; stage boundaries read in WIB where the WITA/WIT or UTC date differs. About 40 % of the
negatives are confusable: pair acronyms, slogans and mottos that are everyday words, greetings or regional mottos (NIAN, HARAT,
KAWAN, TABE, JEMPOL, MANIS, SINAR, HALO, RASA, MAKMUR, Sepucuk Jambi Sembilan Lurah, Waja Sampai Kaputing, Banua, Sa-ijaan,
Nosarara Nosabatutu, Tomohon Kota Bunga, Mutiara, Segoro Amarto, Projotamansari, Maja Labo Dahu, Madinatul Iman, Hibualamo),
candidates' namesakes and shared titles or clan names who say so or stay out (Depati, Rio, Fauzan, Rahmadi, Taufan, Tandi, Labok,
Mambraku, Gaguana, Tjakra, Frengky, Bambang, Rina), posts naming every pair, election-body notices, neutrality reminders,
negations, jokes, untag requests and after-vote talk; other namesakes do campaign (Wenas, Ubyaan, Dimara, Lamarauna, Siarukin,
Lamadi, Hukom, Saleh), so a shared name decides nothing either way. Text is Indonesian (formal, informal, slang,
leetspeak, keycaps, emoji), English-mixed, Jambi Malay, Kerinci, Riau-islands Malay, Banjar, Kaili-flavoured Palu and Sigi
speech, Manado Malay with Minahasa words, Papuan Malay, Aru Ambon Malay, Yogyakarta Javanese, Bima and North Moluccan Malay."""
DESCRIPTION = DESCRIPTION_BASE

# ---------------------------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------------------------
P_JMB, P_KLS, P_STG = "Pemerintah Provinsi Jambi", "Pemerintah Provinsi Kalimantan Selatan", "Pemerintah Provinsi Sulawesi Tengah"
P_SPN, P_BNT, P_KTB = "Pemerintah Kota Sungai Penuh", "Pemerintah Kabupaten Bintan", "Pemerintah Kabupaten Kotabaru"
P_SGI, P_TMH = "Pemerintah Kabupaten Sigi", "Pemerintah Kota Tomohon"
P_RAJ, P_ARU = "Pemerintah Kabupaten Raja Ampat", "Pemerintah Kabupaten Kepulauan Aru"
P_YGY, P_BTL, P_BMA = "Pemerintah Kota Yogyakarta", "Pemerintah Kabupaten Bantul", "Pemerintah Kabupaten Bima"
P_BPN, P_HLT, P_MLT = "Pemerintah Kota Balikpapan", "Pemerintah Kabupaten Halmahera Utara", "Pemerintah Provinsi Maluku Utara"

DISDIK_JMB = "Dinas Pendidikan"
KEC_PBK = "Kecamatan Pesisir Bukit"
DKP_BNT = "Dinas Kelautan dan Perikanan"
PU_KLS = "Dinas Pekerjaan Umum dan Penataan Ruang"
KEC_PLU = "Kecamatan Pulau Laut Utara"
KES_STG = "Dinas Kesehatan"
KEC_DOLO = "Kecamatan Dolo"
KEL_KKS = "Kelurahan Kakaskasen Satu, Kecamatan Tomohon Utara"
DISPAR_RAJ = "Dinas Pariwisata"
KEC_PPA = "Kecamatan Pulau-Pulau Aru"
KEL_PRG = "Kemantren Kotagede - Kelurahan Prenggan"
KEC_SAPE = "Kecamatan Sape"
KEL_SPG = "Kelurahan Sepinggan, Kecamatan Balikpapan Selatan"
DKP_HLT = "Dinas Perikanan"

# key, name, sex, status, jabatan, instansi, unit, wilayah, accounts (platform -> True for a derived id, or a handle)[, display]
PEOPLE = [
    # Provinsi Jambi (offices in Kota Jambi; staff across the province), WIB
    ("jmb_humas", "Rahmat Hidayatullah, S.Sos.", 1, "PNS", "Pranata Hubungan Masyarakat Ahli Muda", P_JMB, "Sekretariat Daerah - Biro Humas dan Protokol", JMB,
     {"facebook": True, "x": "rahmat_hmsjambi"}),
    ("jmb_kabid", "Dra. Yusniarti, M.Pd.", 2, "PNS", "Kepala Bidang Pembinaan SMA", P_JMB, DISDIK_JMB, JMB, {"whatsapp": True}),
    ("jmb_kasi", "Zulkarnain, S.Pd.", 1, "PNS", "Kepala Seksi Kurikulum", P_JMB, DISDIK_JMB, JMB, {"whatsapp": True, "facebook": True}),
    ("jmb_staf1", "Siti Aisyah", 2, "PNS", "Pengadministrasi Umum", P_JMB, DISDIK_JMB, JMB, {"whatsapp": True, "instagram": "aisyah.disdikjmb"}),
    ("jmb_staf2", "M. Ikhsan", 1, "PNS", "Pengelola Data", P_JMB, DISDIK_JMB, JMB, {"whatsapp": True, "facebook": True, "youtube": True}),
    ("jmb_guru", "Drs. Syafrudin", 1, "PNS", "Guru Ahli Madya", P_JMB, "Dinas Pendidikan - SMAN 2 Batanghari", JMB, {"facebook": True, "youtube": True}),
    ("jmb_rs", "dr. Nadia Putri Kurnia", 2, "PNS", "Dokter Ahli Pertama", P_JMB, "RSUD Raden Mattaher", JMB,
     {"instagram": "dr.nadiaputri", "facebook": True}),
    ("jmb_bpbd", "Ferry Irawan, S.T.", 1, "PNS", "Analis Kebencanaan", P_JMB, "Badan Penanggulangan Bencana Daerah", JMB, {"x": "ferry_bpbdjmb"}),
    ("jmb_satpol", "Junaidi", 1, "PNS", "Polisi Pamong Praja Terampil", P_JMB, "Satuan Polisi Pamong Praja", JMB, {"facebook": True}),
    ("jmb_tani", "Ir. Herlina Sitompul", 2, "PNS", "Penyuluh Pertanian Ahli Madya", P_JMB, "Dinas Tanaman Pangan dan Hortikultura", JMB,
     {"facebook": True, "x": "herlina_tphjmb"}),
    # Kota Sungai Penuh, WIB
    ("spn_camat", "Drs. Nasrul Hadi", 1, "PNS", "Camat", P_SPN, KEC_PBK, SPN, {"whatsapp": True, "facebook": True}),
    ("spn_sekcam", "Elvi Yanti, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_SPN, KEC_PBK, SPN, {"whatsapp": True}),
    ("spn_kasi", "Rio Saputra", 1, "PNS", "Kepala Seksi Pemerintahan", P_SPN, KEC_PBK, SPN, {"whatsapp": True, "facebook": True}),
    ("spn_staf", "Desi Marlina", 2, "PNS", "Pengadministrasi Umum", P_SPN, KEC_PBK, SPN, {"whatsapp": True, "facebook": True}),
    ("spn_guru1", "Arman Depati, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_SPN, "Dinas Pendidikan - SMPN 1 Sungai Penuh", SPN,
     {"facebook": True, "x": "armandepati"}),
    ("spn_guru2", "Wulan Sari, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_SPN, "Dinas Pendidikan - SDN 12 Sungai Penuh", SPN, {"instagram": "wulansari.kincai"}),
    ("spn_pkm", "Ns. Reni Oktaviani, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", P_SPN, "Dinas Kesehatan - Puskesmas Sungai Penuh", SPN,
     {"facebook": True, "instagram": "ns.renioktavia"}),
    ("spn_dishub", "Hendra Gunawan", 1, "PNS", "Petugas Pengatur Lalu Lintas", P_SPN, "Dinas Perhubungan", SPN, {"x": "hendra_dishubspn"}),
    # Kabupaten Bintan, WIB
    ("bnt_kadis", "Ir. Raja Zulkifli, M.Si.", 1, "PNS", "Kepala Dinas", P_BNT, DKP_BNT, BNT, {"telegram": True, "whatsapp": True}),
    ("bnt_kabid", "Suryani, S.Pi.", 2, "PNS", "Kepala Bidang Perikanan Tangkap", P_BNT, DKP_BNT, BNT, {"telegram": True, "whatsapp": True}),
    ("bnt_staf1", "Azhar Lubis", 1, "PNS", "Pengawas Perikanan", P_BNT, DKP_BNT, BNT, {"telegram": True, "whatsapp": True}),
    ("bnt_staf2", "Nurul Huda", 2, "PNS", "Pengelola Data", P_BNT, DKP_BNT, BNT, {"telegram": True, "whatsapp": True}),
    ("bnt_staf3", "Tengku Fadli", 1, "PNS", "Penyuluh Perikanan", P_BNT, DKP_BNT, BNT, {"telegram": True, "whatsapp": True, "facebook": True}),
    ("bnt_guru", "Zainab, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_BNT, "Dinas Pendidikan - SMPN 2 Bintan Timur", BNT, {"facebook": True, "x": "zainab_kijang"}),
    ("bnt_lurah", "Ahmad Yani, S.Sos.", 1, "PNS", "Lurah", P_BNT, "Kelurahan Kijang Kota, Kecamatan Bintan Timur", BNT, {"facebook": True, "whatsapp": True}),
    ("bnt_pkm", "Ns. Marlina, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_BNT, "Dinas Kesehatan - Puskesmas Kijang", BNT, {"instagram": "ns.marlina.kijang"}),
    ("bnt_dispar", "Dewi Kartika, S.Par.", 2, "PNS", "Adyatama Kepariwisataan Ahli Pertama", P_BNT, "Dinas Pariwisata", BNT,
     {"instagram": "dewi.kartika.bintan", "x": "dewikartika_btn"}),
    # Provinsi Kalimantan Selatan (offices in Banjarbaru and Banjarmasin), WITA
    ("kls_humas", "M. Rizani, S.Sos.", 1, "PNS", "Pranata Hubungan Masyarakat Ahli Muda", P_KLS, "Sekretariat Daerah - Biro Humas", KLS,
     {"facebook": True, "x": "rizani_humaskalsel"}),
    ("kls_kadis", "Ir. H. Gusti Syahrani, M.T.", 1, "PNS", "Kepala Dinas", P_KLS, PU_KLS, KLS, {"whatsapp": True}),
    ("kls_kabid", "Hj. Norhasanah, S.T.", 2, "PNS", "Kepala Bidang Bina Marga", P_KLS, PU_KLS, KLS, {"whatsapp": True}),
    ("kls_staf1", "Ahmad Riduan", 1, "PNS", "Pengawas Jalan dan Jembatan", P_KLS, PU_KLS, KLS, {"whatsapp": True, "facebook": True}),
    ("kls_staf2", "Siti Raudah", 2, "PNS", "Pengadministrasi Umum", P_KLS, PU_KLS, KLS, {"whatsapp": True}),
    ("kls_staf3", "Fahrurrazi", 1, "PNS", "Teknik Jalan dan Jembatan Ahli Pertama", P_KLS, PU_KLS, KLS, {"whatsapp": True, "instagram": "fahru_razi"}),
    ("kls_guru", "Hj. Mahmudah, S.Pd.", 2, "PNS", "Guru Ahli Madya", P_KLS, "Dinas Pendidikan - SMAN 1 Martapura", KLS, {"facebook": True, "youtube": True}),
    ("kls_rs", "dr. Rizky Amalia", 2, "PNS", "Dokter Ahli Pertama", P_KLS, "Dinas Kesehatan - RSJ Sambang Lihum", KLS, {"instagram": "dr.rizkyamalia"}),
    ("kls_bpkad", "Syarifuddin, S.E.", 1, "PNS", "Analis Keuangan Daerah", P_KLS, "Badan Pengelolaan Keuangan dan Aset Daerah", KLS, {"x": "syarif_bpkad"}),
    ("kls_hut", "Khairil Anwar, S.Hut.", 1, "PNS", "Penyuluh Kehutanan Ahli Muda", P_KLS, "Dinas Kehutanan", KLS, {"facebook": True, "whatsapp": True}),
    # Kabupaten Kotabaru, WITA
    ("ktb_camat", "Drs. H. Abdul Hamid", 1, "PNS", "Camat", P_KTB, KEC_PLU, KTB, {"facebook": True, "whatsapp": True}),
    ("ktb_sekcam", "Rusdiana, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_KTB, KEC_PLU, KTB, {"whatsapp": True}),
    ("ktb_staf", "M. Yusran", 1, "PNS", "Pengadministrasi Umum", P_KTB, KEC_PLU, KTB, {"whatsapp": True, "facebook": True}),
    ("ktb_staf2", "Herlinawati", 2, "PNS", "Pengadministrasi Kependudukan", P_KTB, KEC_PLU, KTB, {"whatsapp": True}),
    ("ktb_guru1", "Nurlaila, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_KTB, "Dinas Pendidikan - SDN 3 Semayap", KTB, {"facebook": True}),
    ("ktb_guru2", "Fauzan Noor, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_KTB, "Dinas Pendidikan - SMPN 1 Kotabaru", KTB, {"facebook": True, "x": "fauzannoor_ktb"}),
    ("ktb_pkm", "Ns. Wahdah, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", P_KTB, "Dinas Kesehatan - Puskesmas Sebatung", KTB, {"instagram": "ns.wahdah"}),
    ("ktb_dkp", "Rahmadi, S.Pi.", 1, "PNS", "Penyuluh Perikanan", P_KTB, "Dinas Perikanan", KTB, {"facebook": True}),
    # Provinsi Sulawesi Tengah (offices in Palu), WITA
    ("stg_humas", "Moh. Ridwan Lamasi, S.Sos.", 1, "PNS", "Pranata Hubungan Masyarakat Ahli Muda", P_STG, "Sekretariat Daerah - Biro Humas dan Protokol", STG,
     {"facebook": True, "x": "ridwan_humassulteng"}),
    ("stg_kadis", "dr. Hj. Nurlela Tombolotutu, M.Kes.", 2, "PNS", "Kepala Dinas", P_STG, KES_STG, STG, {"telegram": True, "whatsapp": True}),
    ("stg_kes1", "Amir Labaso, S.KM.", 1, "PNS", "Pengelola Program Kesehatan", P_STG, KES_STG, STG, {"telegram": True, "whatsapp": True}),
    ("stg_kes2", "Fitriani Masiki", 2, "PNS", "Epidemiolog Kesehatan Ahli Pertama", P_STG, KES_STG, STG, {"telegram": True, "whatsapp": True}),
    ("stg_kes3", "Rudi Lamarauna", 1, "PNS", "Pengadministrasi Umum", P_STG, KES_STG, STG, {"telegram": True, "whatsapp": True, "facebook": True}),
    ("stg_guru", "Sitti Hadijah, S.Pd.", 2, "PNS", "Guru Ahli Madya", P_STG, "Dinas Pendidikan - SMAN 1 Sigi Biromaru", STG, {"facebook": True, "youtube": True}),
    ("stg_tani", "Ir. Yosep Tandi", 1, "PNS", "Penyuluh Pertanian Ahli Madya", P_STG, "Dinas Tanaman Pangan dan Hortikultura", STG, {"facebook": True}),
    # Kabupaten Sigi, WITA
    ("sgi_camat", "Drs. Ismail Lasimpo", 1, "PNS", "Camat", P_SGI, KEC_DOLO, SGI, {"facebook": True, "whatsapp": True}),
    ("sgi_sekcam", "Hasna, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_SGI, KEC_DOLO, SGI, {"whatsapp": True}),
    ("sgi_staf", "Rahman Tahir", 1, "PNS", "Pengadministrasi Umum", P_SGI, KEC_DOLO, SGI, {"whatsapp": True, "facebook": True}),
    ("sgi_guru1", "Nurhayati Lamadi, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_SGI, "Dinas Pendidikan - SDN Inpres Kalukubula", SGI, {"facebook": True}),
    ("sgi_guru2", "Taufan Hidayat, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_SGI, "Dinas Pendidikan - SMPN 2 Sigi Biromaru", SGI, {"facebook": True, "x": "taufan_sigi"}),
    ("sgi_pkm", "Yulia Mantali, A.Md.Keb.", 2, "PNS", "Bidan Terampil", P_SGI, "Dinas Kesehatan - Puskesmas Dolo", SGI, {"instagram": "bidanyulia.sigi"}),
    ("sgi_tani", "Abdul Gafar", 1, "PNS", "Penyuluh Pertanian", P_SGI, "Dinas Pertanian", SGI, {"facebook": True, "whatsapp": True}),
    ("sgi_kabid", "Ir. Made Suarjana", 1, "PNS", "Kepala Bidang Sumber Daya Air", P_SGI, "Dinas Pekerjaan Umum", SGI, {"whatsapp": True}),
    # Kota Tomohon, WITA
    ("tmh_lurah", "Jemmy Rumagit, S.Sos.", 1, "PNS", "Lurah", P_TMH, KEL_KKS, TMH, {"facebook": True, "whatsapp": True}),
    ("tmh_seklur", "Vivi Lumowa", 2, "PNS", "Sekretaris Kelurahan", P_TMH, KEL_KKS, TMH, {"whatsapp": True}),
    ("tmh_staf1", "Rendy Tumbel", 1, "PNS", "Pengadministrasi Umum", P_TMH, KEL_KKS, TMH, {"whatsapp": True, "facebook": True}),
    ("tmh_staf2", "Meity Sondakh", 2, "PNS", "Pengelola Layanan Kemasyarakatan", P_TMH, KEL_KKS, TMH, {"whatsapp": True}),
    ("tmh_guru1", "Deysi Pangemanan, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_TMH, "Dinas Pendidikan - SMPN 1 Tomohon", TMH,
     {"facebook": True, "instagram": "deysi.pangemanan"}),
    ("tmh_guru2", "Roy Wenas, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_TMH, "Dinas Pendidikan - SD Negeri 2 Tomohon", TMH, {"facebook": True, "x": "roywenas_tmh"}),
    ("tmh_rs", "Ns. Grace Tangkudung, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_TMH, "RSUD Anugerah Tomohon", TMH, {"instagram": "ns.gracetangkudung"}),
    ("tmh_dispar", "Ferdy Kaunang, S.E.", 1, "PNS", "Adyatama Kepariwisataan Ahli Muda", P_TMH, "Dinas Pariwisata", TMH,
     {"instagram": "ferdy.kaunang", "x": "ferdykaunang", "youtube": True}),
    ("tmh_camat", "Drs. Hanny Kumendong", 1, "PNS", "Camat", P_TMH, "Kecamatan Tomohon Utara", TMH, {"facebook": True}),
    # Kabupaten Raja Ampat, WIT
    ("raj_kadis", "Drs. Yulianus Mayor", 1, "PNS", "Kepala Dinas", P_RAJ, DISPAR_RAJ, RAJ, {"whatsapp": True}),
    ("raj_kabid", "Sarce Mambraku, S.Sos.", 2, "PNS", "Kepala Bidang Destinasi", P_RAJ, DISPAR_RAJ, RAJ, {"whatsapp": True}),
    ("raj_staf1", "Hengky Sauyai", 1, "PNS", "Pengelola Objek Wisata", P_RAJ, DISPAR_RAJ, RAJ, {"whatsapp": True, "facebook": True}),
    ("raj_staf2", "Natalia Fakdawer", 2, "PNS", "Pengadministrasi Umum", P_RAJ, DISPAR_RAJ, RAJ, {"whatsapp": True}),
    ("raj_guru", "Daniel Dimara, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_RAJ, "Dinas Pendidikan - SMPN 1 Waisai", RAJ, {"facebook": True, "whatsapp": True}),
    ("raj_distrik", "Drs. Ismail Sahupala", 1, "PNS", "Kepala Distrik", P_RAJ, "Distrik Waigeo Selatan", RAJ, {"facebook": True, "whatsapp": True}),
    ("raj_pkm", "Agustina Rumsayor, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", P_RAJ, "Dinas Kesehatan - Puskesmas Waisai", RAJ,
     {"facebook": True, "instagram": "agustina.rumsayor"}),
    ("raj_dkp", "Otto Mambrasar, S.Pi.", 1, "PNS", "Penyuluh Perikanan", P_RAJ, "Dinas Kelautan dan Perikanan", RAJ, {"facebook": True, "x": "otto_mambrasar"}),
    # Kabupaten Kepulauan Aru, WIT
    ("aru_camat", "Drs. Yakob Gaelagoy", 1, "PNS", "Camat", P_ARU, KEC_PPA, ARU, {"facebook": True, "whatsapp": True}),
    ("aru_sekcam", "Maria Djonler, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_ARU, KEC_PPA, ARU, {"whatsapp": True}),
    ("aru_staf", "Yusuf Sarkol", 1, "PNS", "Pengadministrasi Umum", P_ARU, KEC_PPA, ARU, {"whatsapp": True, "facebook": True}),
    ("aru_staf2", "Ester Kalay", 2, "PNS", "Pengelola Data", P_ARU, KEC_PPA, ARU, {"whatsapp": True}),
    ("aru_guru1", "Agnes Ubyaan, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_ARU, "Dinas Pendidikan - SDN 1 Dobo", ARU, {"facebook": True}),
    ("aru_guru2", "Welem Labok, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_ARU, "Dinas Pendidikan - SMPN 1 Dobo", ARU, {"facebook": True, "x": "welem_labok"}),
    ("aru_pkm", "Ns. Fransina Tabela, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_ARU, "RSUD Cendrawasih Dobo", ARU, {"instagram": "fransina.tabela"}),
    ("aru_dkp", "Abdul Rahman Siarukin, S.Pi.", 1, "PNS", "Penyuluh Perikanan", P_ARU, "Dinas Perikanan", ARU, {"facebook": True}),
    # Kota Yogyakarta, WIB (2023-24)
    ("ygy_lurah", "Drs. Bambang Priyanto", 1, "PNS", "Lurah", P_YGY, KEL_PRG, YGY, {"whatsapp": True, "instagram": "bambangpriyanto.prenggan"}),
    ("ygy_seklur", "Sri Wahyuni Kusumaningrum, S.IP.", 2, "PNS", "Sekretaris Kelurahan", P_YGY, KEL_PRG, YGY, {"whatsapp": True, "instagram": "sriwahyuni.kg"}),
    ("ygy_staf1", "Yoga Aditya", 1, "PNS", "Pengadministrasi Kependudukan", P_YGY, KEL_PRG, YGY, {"whatsapp": True, "tiktok": "yoga.prenggan"}),
    ("ygy_staf2", "Rini Astuti", 2, "PNS", "Pengelola Layanan Kemasyarakatan", P_YGY, KEL_PRG, YGY, {"whatsapp": True, "instagram": "riniastuti_kg"}),
    ("ygy_guru1", "Dwi Haryanto, S.Pd.", 1, "PNS", "Guru Ahli Madya", P_YGY, "Dinas Pendidikan - SMPN 9 Yogyakarta", YGY,
     {"facebook": True, "tiktok": "pakdwi.ngajar"}),
    ("ygy_guru2", "Fajar Nugraha, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_YGY, "Dinas Pendidikan - SMPN 14 Yogyakarta", YGY,
     {"x": "fajarnugraha_guru", "youtube": True}),
    ("ygy_pppk1", "Laras Wulandari, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_YGY, "Dinas Pendidikan - SD Negeri Jetis 1", YGY,
     {"tiktok": "buguru.laras", "instagram": "laraswulan.d"}),
    ("ygy_pppk2", "Aditya Pratama, S.Kom.", 1, "PPPK", "Pranata Komputer Ahli Pertama", P_YGY, "Dinas Komunikasi, Informatika dan Persandian", YGY,
     {"x": "adit_kominfo", "tiktok": "adit.pratama"}),
    ("ygy_pkm", "dr. Anindita Sekar", 2, "PNS", "Dokter Ahli Pertama", P_YGY, "Dinas Kesehatan - Puskesmas Kotagede I", YGY,
     {"instagram": "dr.anindita", "x": "dr_anindita"}),
    ("ygy_dispar", "Gilang Ramadhan, S.Par.", 1, "PNS", "Adyatama Kepariwisataan Ahli Muda", P_YGY, "Dinas Pariwisata", YGY, {"instagram": "gilangramadhan.jogja"}),
    # Kabupaten Bantul, WIB (2023-24)
    ("btl_panewu", "Drs. Sutrisno, M.Si.", 1, "PNS", "Panewu", P_BTL, "Kapanewon Sewon", BTL, {"whatsapp": True, "facebook": True}),
    ("btl_staf", "Ari Susanti", 2, "PNS", "Pengadministrasi Umum", P_BTL, "Kapanewon Sewon", BTL, {"whatsapp": True, "facebook": True}),
    ("btl_guru", "Suharno, S.Pd.", 1, "PNS", "Guru Ahli Madya", P_BTL, "Dinas Pendidikan - SD Negeri Bangunharjo", BTL, {"facebook": True}),
    ("btl_pppk", "Novi Kristanti, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_BTL, "Dinas Pendidikan - SD Negeri Panggungharjo", BTL,
     {"tiktok": "bunovi.sewon", "facebook": True}),
    ("btl_tani", "Wahyu Widodo, S.P.", 1, "PNS", "Penyuluh Pertanian Ahli Muda", P_BTL, "Dinas Pertanian, Pangan, Kelautan dan Perikanan", BTL,
     {"facebook": True, "whatsapp": True}),
    # Kabupaten Bima, WITA (2023-24)
    ("bma_camat", "Drs. Syarifuddin M. Ali", 1, "PNS", "Camat", P_BMA, KEC_SAPE, BMA, {"facebook": True, "whatsapp": True}),
    ("bma_sekcam", "Nurhayati, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_BMA, KEC_SAPE, BMA, {"whatsapp": True}),
    ("bma_staf1", "Ilham Mustafa", 1, "PNS", "Pengadministrasi Umum", P_BMA, KEC_SAPE, BMA, {"whatsapp": True, "facebook": True}),
    ("bma_staf2", "Siti Fatimah", 2, "PNS", "Pengelola Data", P_BMA, KEC_SAPE, BMA, {"whatsapp": True}),
    ("bma_guru1", "Jaenab, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_BMA, "Dinas Pendidikan - SMPN 1 Sape", BMA, {"facebook": True, "tiktok": "bujaenab.sape", "whatsapp": True}),
    ("bma_guru2", "Abdul Majid, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_BMA, "Dinas Pendidikan - SMPN 2 Lambu", BMA, {"facebook": True, "x": "abdulmajid_lambu", "whatsapp": True}),
    ("bma_pppk", "Rahmawati, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_BMA, "Dinas Pendidikan - SD Negeri Inpres Sape", BMA,
     {"tiktok": "burahma.sape", "facebook": True, "whatsapp": True}),
    ("bma_pkm", "Ns. Ahmad Saleh, S.Kep.", 1, "PNS", "Perawat Ahli Pertama", P_BMA, "Dinas Kesehatan - Puskesmas Sape", BMA,
     {"instagram": "ns.ahmadsaleh", "facebook": True}),
    ("bma_dkp", "Muhammad Nur, S.Pi.", 1, "PNS", "Penyuluh Perikanan", P_BMA, "Dinas Kelautan dan Perikanan", BMA, {"facebook": True, "whatsapp": True}),
    # Kota Balikpapan, WITA (2023-24)
    ("bpn_lurah", "Drs. Rudy Hartono", 1, "PNS", "Lurah", P_BPN, KEL_SPG, BPN, {"whatsapp": True, "instagram": "rudyhartono.spg"}),
    ("bpn_seklur", "Dian Puspitasari, S.AP.", 2, "PNS", "Sekretaris Kelurahan", P_BPN, KEL_SPG, BPN, {"whatsapp": True}),
    ("bpn_staf1", "Agus Salim", 1, "PNS", "Pengadministrasi Umum", P_BPN, KEL_SPG, BPN, {"whatsapp": True, "telegram": True}),
    ("bpn_staf2", "Wulandari", 2, "PNS", "Pengelola Layanan Kemasyarakatan", P_BPN, KEL_SPG, BPN, {"whatsapp": True, "telegram": True}),
    ("bpn_guru1", "Rina Anggraini, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_BPN, "Dinas Pendidikan - SDN 001 Balikpapan Selatan", BPN,
     {"facebook": True, "tiktok": "burina.bpp"}),
    ("bpn_guru2", "Ardiansyah, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_BPN, "Dinas Pendidikan - SMPN 6 Balikpapan", BPN, {"x": "ardi_guru_bpp"}),
    ("bpn_pppk1", "Fitri Handayani, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_BPN, "Dinas Pendidikan - SDN 012 Balikpapan Selatan", BPN,
     {"tiktok": "bufitri.ngajar", "instagram": "fitrihandayani.bpp"}),
    ("bpn_pppk2", "Reza Maulana, S.Kom.", 1, "PPPK", "Pranata Komputer Ahli Pertama", P_BPN, "Dinas Komunikasi dan Informatika", BPN,
     {"x": "reza_kominfobpp", "telegram": True}),
    ("bpn_pkm", "dr. Yusuf Ridwan", 1, "PNS", "Dokter Ahli Pertama", P_BPN, "Dinas Kesehatan - Puskesmas Sepinggan", BPN, {"instagram": "dr.yusufridwan"}),
    ("bpn_dishub", "Samsul Bahri", 1, "PNS", "Petugas Pengatur Lalu Lintas", P_BPN, "Dinas Perhubungan", BPN, {"tiktok": "samsul.dishubbpp", "facebook": True}),
    # Kabupaten Halmahera Utara, WIT (2023-24)
    ("hlt_kadis", "Ir. Yonas Lalamafu", 1, "PNS", "Kepala Dinas", P_HLT, DKP_HLT, HLT, {"whatsapp": True, "telegram": True}),
    ("hlt_kabid", "Martha Tjiong, S.Pi.", 2, "PNS", "Kepala Bidang Perikanan Tangkap", P_HLT, DKP_HLT, HLT, {"whatsapp": True, "telegram": True}),
    ("hlt_staf1", "Arnold Lesnussa", 1, "PNS", "Pengawas Perikanan", P_HLT, DKP_HLT, HLT, {"whatsapp": True, "telegram": True}),
    ("hlt_staf2", "Sefnat Gaguana", 1, "PNS", "Penyuluh Perikanan", P_HLT, DKP_HLT, HLT, {"whatsapp": True, "telegram": True}),
    ("hlt_staf3", "Linda Hukom", 2, "PNS", "Pengelola Data", P_HLT, DKP_HLT, HLT, {"whatsapp": True, "telegram": True}),
    ("hlt_guru1", "Yuliana Saroa, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_HLT, "Dinas Pendidikan - SMPN 1 Tobelo", HLT, {"facebook": True, "tiktok": "buyuli.tobelo", "whatsapp": True}),
    ("hlt_guru2", "Stenly Lolowang, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_HLT, "Dinas Pendidikan - SD Negeri Gosoma", HLT, {"facebook": True, "youtube": True, "whatsapp": True}),
    ("hlt_pppk", "Meilan Dodoku, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_HLT, "Dinas Pendidikan - SD Negeri Wosia", HLT,
     {"tiktok": "bumeilan.halut", "facebook": True, "whatsapp": True}),
    ("hlt_camat", "Drs. Hendrik Tjakra", 1, "PNS", "Camat", P_HLT, "Kecamatan Tobelo", HLT, {"facebook": True, "whatsapp": True}),
    ("hlt_pkm", "Ns. Deby Toduho, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", P_HLT, "RSUD Tobelo", HLT, {"instagram": "ns.debytoduho"}),
    # Provinsi Maluku Utara (offices in Sofifi), WIT (2023-24)
    ("mlt_humas", "Risman Abdullah, S.Sos.", 1, "PNS", "Pranata Hubungan Masyarakat Ahli Muda", P_MLT, "Sekretariat Daerah - Biro Administrasi Pimpinan", MLT,
     {"x": "risman_adpim", "facebook": True}),
    ("mlt_staf", "Nurjana Umasugi", 2, "PNS", "Analis Perikanan", P_MLT, "Dinas Kelautan dan Perikanan", MLT, {"whatsapp": True}),
]

PHONE_PREFIX = ["812", "813", "821", "822", "852", "853", "811", "878", "857", "896", "815", "819"]
YEAR_2024 = {"ygy", "btl", "bma", "bpn", "hlt", "mlt"}


def add_people(ctx):
    for row in PEOPLE:
        key, nama, sex, status, jab, ins, unit, wil, accs = row[:9]
        disp = row[9] if len(row) > 9 else None
        region = key.split("_")[0]
        by = 1964 + hnum("h9by" + key, 28)
        birth = f"{by}{1 + hnum('h9bm' + key, 12):02d}{1 + hnum('h9bd' + key, 28):02d}"
        if status == "PPPK":
            assert region in YEAR_2024, key  # no PPPK before 2019
            tmt = ["202103", "202201", "202207", "202304"][hnum("h9tp" + key, 4)]
        else:
            cap = 2022 if region in YEAR_2024 else 2014  # every PNS appointed before the activities of his or her election
            ty = min(by + 22 + hnum("h9ty" + key, 9), cap)
            tmt = f"{ty}{1 + hnum('h9tm' + key, 12):02d}"
        seq = 1 + hnum("h9sq" + key, 998)
        acc = {}
        for p, v in accs.items():
            if v is True:
                v = {"facebook": fbid(key), "youtube": yt_channel("h9" + key)}.get(p) or phone(key, PHONE_PREFIX[hnum(key + p, 12)])
            acc[p] = v
        if "telegram" in acc and "whatsapp" in acc:
            acc["telegram"] = acc["whatsapp"]
        ctx.add_asn(key, birth, tmt, sex, seq, nama, jab, ins, unit, wil, status, acc, disp)


INSTS = [
    ("humas_jmb", "Biro Humas dan Protokol Sekretariat Daerah Provinsi Jambi", JMB, "facebook", page_id("humas_jmb"), "Humas Pemprov Jambi"),
    ("kec_pbk", "Kecamatan Pesisir Bukit", SPN, "facebook", page_id("kec_pbk"), "Kecamatan Pesisir Bukit"),
    ("dkp_bnt", "Dinas Kelautan dan Perikanan Kabupaten Bintan", BNT, "facebook", page_id("dkp_bnt"), "DKP Kabupaten Bintan"),
    ("dispar_bnt", "Dinas Pariwisata Kabupaten Bintan", BNT, "instagram", "dispar.bintan", "Dinas Pariwisata Bintan"),
    ("humas_kls", "Biro Humas Sekretariat Daerah Provinsi Kalimantan Selatan", KLS, "facebook", page_id("humas_kls"), "Humas Pemprov Kalsel"),
    ("dinkes_kls", "Dinas Kesehatan Provinsi Kalimantan Selatan", KLS, "x", "dinkes_kalsel", "Dinkes Kalsel"),
    ("kec_plu", "Kecamatan Pulau Laut Utara", KTB, "facebook", page_id("kec_plu"), "Kecamatan Pulau Laut Utara"),
    ("dinkes_stg", "Dinas Kesehatan Provinsi Sulawesi Tengah", STG, "youtube", yt_channel("h9dinkesstg"), "Dinkes Sulteng TV"),
    ("humas_stg", "Biro Humas dan Protokol Sekretariat Daerah Provinsi Sulawesi Tengah", STG, "x", "humas_sulteng", "Humas Pemprov Sulteng"),
    ("kec_dolo", "Kecamatan Dolo", SGI, "facebook", page_id("kec_dolo"), "Kecamatan Dolo"),
    ("dispar_tmh", "Dinas Pariwisata Kota Tomohon", TMH, "instagram", "pariwisata.tomohon", "Pariwisata Tomohon"),
    ("kel_kks", "Kelurahan Kakaskasen Satu", TMH, "facebook", page_id("kel_kks"), "Kelurahan Kakaskasen Satu"),
    ("dispar_raj", "Dinas Pariwisata Kabupaten Raja Ampat", RAJ, "facebook", page_id("dispar_raj"), "Dinas Pariwisata Raja Ampat"),
    ("kominfo_raj", "Bagian Humas Sekretariat Daerah Kabupaten Raja Ampat", RAJ, "x", "humas_rajaampat", "Humas Raja Ampat"),
    ("kec_ppa", "Kecamatan Pulau-Pulau Aru", ARU, "facebook", page_id("kec_ppa"), "Kecamatan Pulau-Pulau Aru"),
    ("kel_prg", "Kelurahan Prenggan", YGY, "instagram", "kel.prenggan", "Kelurahan Prenggan"),
    ("kominfo_ygy", "Dinas Komunikasi, Informatika dan Persandian Kota Yogyakarta", YGY, "x", "jogjakota_info", "Info Kota Yogyakarta"),
    ("kap_swn", "Kapanewon Sewon", BTL, "facebook", page_id("kap_swn"), "Kapanewon Sewon"),
    ("kec_sape", "Kecamatan Sape", BMA, "facebook", page_id("kec_sape"), "Kecamatan Sape"),
    ("kec_sape_tt", "Kecamatan Sape", BMA, "tiktok", "kecamatan.sape", "Kecamatan Sape"),
    ("smpn1_sape", "SMP Negeri 1 Sape", BMA, "tiktok", "smpn1sape", "SMPN 1 Sape"),
    ("kel_spg", "Kelurahan Sepinggan", BPN, "instagram", "kel.sepinggan", "Kelurahan Sepinggan"),
    ("kominfo_bpn", "Dinas Komunikasi dan Informatika Kota Balikpapan", BPN, "x", "balikpapan_info", "Info Balikpapan"),
    ("kec_tbl", "Kecamatan Tobelo", HLT, "tiktok", "kec.tobelo", "Kecamatan Tobelo"),
    ("dkp_hlt", "Dinas Perikanan Kabupaten Halmahera Utara", HLT, "youtube", yt_channel("h9dkphlt"), "Perikanan Halut"),
    ("dkp_hlt_tg", "Dinas Perikanan Kabupaten Halmahera Utara", HLT, "telegram", "infoperikananhalut", "Info Perikanan Halut"),
    ("humas_mlt", "Biro Administrasi Pimpinan Sekretariat Daerah Provinsi Maluku Utara", MLT, "facebook", page_id("humas_mlt"), "Adpim Pemprov Malut"),
]

# ---------------------------------------------------------------------------------------------
# elections: real calendars (2014 party list for 2015, 2024 list for 2024); fictional candidates
# ---------------------------------------------------------------------------------------------
PARTIES_2014 = [
    ("NASDEM", "Partai NasDem", 1, ["NasDem"]),
    ("PKB", "Partai Kebangkitan Bangsa", 2, []),
    ("PKS", "Partai Keadilan Sejahtera", 3, []),
    ("PDIP", "Partai Demokrasi Indonesia Perjuangan", 4, ["PDI Perjuangan", "PDI-P"]),
    ("GOLKAR", "Partai Golongan Karya", 5, ["Golkar", "Partai Golkar"]),
    ("GERINDRA", "Partai Gerakan Indonesia Raya", 6, ["Gerindra", "Partai Gerindra"]),
    ("DEMOKRAT", "Partai Demokrat", 7, ["Demokrat"]),
    ("PAN", "Partai Amanat Nasional", 8, []),
    ("PPP", "Partai Persatuan Pembangunan", 9, []),
    ("HANURA", "Partai Hati Nurani Rakyat", 10, ["Hanura"]),
    ("PBB", "Partai Bulan Bintang", 14, []),
    ("PKPI", "Partai Keadilan dan Persatuan Indonesia", 15, []),
]
PILKADA15_STAGES = [
    ("penyerahan_dukungan_perseorangan", date(2015, 6, 8), date(2015, 6, 15)),
    ("pendaftaran", date(2015, 7, 26), date(2015, 7, 28)),
    ("penetapan_calon", date(2015, 8, 24), date(2015, 8, 24)),
    ("pengundian_nomor_urut", date(2015, 8, 25), date(2015, 8, 26)),
    ("kampanye", date(2015, 8, 27), date(2015, 12, 5)),
    ("masa_tenang", date(2015, 12, 6), date(2015, 12, 8)),
    ("pemungutan_suara", date(2015, 12, 9), date(2015, 12, 9)),
]
P15 = date(2015, 8, 24)
DCT24, PRES24 = date(2023, 11, 3), date(2023, 11, 13)

PILKADA15_COMMENT = """
heldout9 Pilkada serentak 2015 configuration (contract format; the real KPU calendar of PKPU 2/2015 as amended). Candidates are
fictional; regions are real and all held a Pilkada on 9 Dec 2015: Jambi (governor), Kalimantan Selatan (governor), Sulawesi
Tengah (governor), Kota Sungai Penuh, Kabupaten Bintan, Kabupaten Kotabaru, Kabupaten Sigi, Kota Tomohon, Kabupaten Raja Ampat
and Kabupaten Kepulauan Aru. Independent pairs: kls-3, ktb-3, tmh-1, raj-3. The independents' support was due 8-12 Jun 2015
(governors) and 11-15 Jun (regents, mayors); ballot numbers were drawn on 25-26 Aug 2015; parties are those elected in 2014,
with their 2014 ballot numbers.
"""
PEMILU_COMMENT = """
heldout9 Pemilu 2024 configuration: three fictional presidential pairs (designated 13 Nov 2023, numbers drawn 14 Nov) and
fictional DPRD provinsi, DPRD kabupaten/kota and DPD candidates (DCT 3 Nov 2023) with their party and real dapil (PKPU 6/2023);
ballot_number is the candidate's place on the party list (DPD: the candidate's number on the DPD ballot). Parties are the 2024
national list.
"""


def candidates():
    P = P15
    jmb = Contest("jambi-gubernur", "gubernur", JMB, [
        Cand("jmb-1", "H. Nasrullah Idris", aliases=["Bang Nasrul", "Datuk Nasrul", "NIAN"], mate="Anwar Nawawi, S.H.", mate_aliases=["Pak Anwar"],
             ballot=1, parties=["PAN", "GERINDRA", "PKB", "HANURA"], slogans=["Jambi Elok NIAN"], hashtags=["#NIAN1", "#NasrulAnwar"],
             accounts=[("facebook", page_id("nasrulanwar")), ("x", "nian_jambi1")]),
        Cand("jmb-2", "Dr. Hendra Sakti", aliases=["Bang Hendra", "Pak Hendra"], mate="Hj. Zubaidah Ilyas", mate_aliases=["Bu Zubaidah"],
             ballot=2, parties=["DEMOKRAT", "GOLKAR", "PDIP", "NASDEM", "PKS"], slogans=["Sepucuk Jambi Bangkit"], hashtags=["#HendraZubaidah2"],
             accounts=[("facebook", page_id("hendrazubaidah")), ("youtube", yt_channel("h9hendrazubaidah"))]),
    ], P)
    kls = Contest("kalsel-gubernur", "gubernur", KLS, [
        Cand("kls-1", "H. Gusti Rahmadi", aliases=["Gusti Rahmadi", "Pa Gusti"], mate="Taufik Hidayat", mate_aliases=["Pak Taufik"],
             ballot=1, parties=["PKB", "DEMOKRAT", "NASDEM"], slogans=["Kalsel Waja Sampai Kaputing"], hashtags=["#GustiTaufik1"],
             accounts=[("facebook", page_id("gustitaufik"))]),
        Cand("kls-2", "Ir. Ahmad Fauzan Noor", aliases=["Pak Fauzan", "Guru Fauzan", "HARAT"], mate="Hj. Rusmini Hasan", mate_aliases=["Bu Rusmini"],
             ballot=2, parties=["GERINDRA", "PPP", "PDIP", "PKS", "HANURA", "PAN"], slogans=["Kalsel HARAT"], hashtags=["#HARAT2", "#FauzanRusmini"],
             accounts=[("facebook", page_id("fauzanrusmini")), ("x", "harat_kalsel2")]),
        Cand("kls-3", "Muhammad Arsyad", aliases=["Julak Arsyad", "Pak Arsyad"], mate="Yuliani Saleh", mate_aliases=["Bu Yuli"],
             ballot=3, independent=True, slogans=["Banua Mandiri"], hashtags=["#ArsyadYuliani3"], accounts=[]),
    ], P)
    stg = Contest("sulteng-gubernur", "gubernur", STG, [
        Cand("stg-1", "H. Rizal Lamasitudju", aliases=["Om Rizal", "Pak Rizal"], mate="Yohanis Tandi", mate_aliases=["Pak Yohanis"],
             ballot=1, parties=["GERINDRA", "DEMOKRAT", "PAN", "PKB", "PKS"], slogans=["Sulteng Nosarara"], hashtags=["#RizalYohanis1"],
             accounts=[("facebook", page_id("rizalyohanis")), ("x", "rizalyohanis1")]),
        Cand("stg-2", "Dr. Sigit Wardana", aliases=["Pak Sigit", "SINAR"], mate="Nirwan Lamarauna", mate_aliases=["Pak Nirwan"],
             ballot=2, parties=["PDIP", "NASDEM", "HANURA", "GOLKAR", "PPP"], slogans=["SINAR untuk Sulteng"], hashtags=["#SINAR2", "#SigitNirwan"],
             accounts=[("youtube", yt_channel("h9sinar2")), ("instagram", "sinar.sulteng2")]),
    ], P)
    spn = Contest("sungaipenuh-walikota", "walikota", SPN, [
        Cand("spn-1", "Drs. Asril Depati", aliases=["Depati Asril", "Pak Asril"], mate="Marzuki Rasyid", mate_aliases=["Pak Marzuki"],
             ballot=1, parties=["DEMOKRAT", "PAN", "PKB"], slogans=["Sungai Penuh Sakti Bersatu"], hashtags=["#AsrilMarzuki1"],
             accounts=[("facebook", page_id("asrilmarzuki"))]),
        Cand("spn-2", "Hj. Nurhasanah Yunus", aliases=["Bu Nur", "Umi Nur"], mate="Fikri Alamsyah", mate_aliases=["Bang Fikri"],
             ballot=2, parties=["GOLKAR", "GERINDRA", "PPP"], slogans=["Sungai Penuh Berkah"], hashtags=["#NurFikri2"],
             accounts=[("facebook", page_id("nurfikri")), ("x", "nurfikri2")]),
        Cand("spn-3", "Zulhelmi Rio", aliases=["Bang Rio", "Pak Zul"], mate="Kasmadi", mate_aliases=["Pak Kasmadi"],
             ballot=3, parties=["PDIP", "NASDEM", "HANURA", "PKS"], slogans=["Kincai Maju"], hashtags=["#RioKasmadi3"],
             accounts=[("instagram", "bangrio.spn3")]),
    ], P)
    bnt = Contest("bintan-bupati", "bupati", BNT, [
        Cand("bnt-1", "H. Raja Azmi", aliases=["Pak Raja Azmi", "Datuk Raja Azmi"], mate="Dalmi Syarif", mate_aliases=["Pak Dalmi"],
             ballot=1, parties=["DEMOKRAT", "GOLKAR", "PKS", "PPP"], slogans=["Bintan Gemilang"], hashtags=["#AzmiDalmi1"],
             accounts=[("facebook", page_id("azmidalmi")), ("instagram", "rajaazmi.bintan1")]),
        Cand("bnt-2", "Khairul Anwar", aliases=["Bang Khairul", "KAWAN"], mate="Indra Wijaya", mate_aliases=["Bang Indra"],
             ballot=2, parties=["PDIP", "NASDEM", "GERINDRA", "HANURA"], slogans=["Bintan KAWAN Kite"], hashtags=["#KAWAN2", "#KhairulIndra"],
             accounts=[("x", "kawan_bintan2"), ("facebook", page_id("khairulindra"))]),
    ], P)
    ktb = Contest("kotabaru-bupati", "bupati", KTB, [
        Cand("ktb-1", "H. Syarifuddin Noor", aliases=["Pak Udin", "Pak Syarif"], mate="Rahmat Hidayat", mate_aliases=["Pak Rahmat"],
             ballot=1, parties=["GOLKAR", "PDIP", "HANURA"], slogans=["Kotabaru Sa-ijaan"], hashtags=["#UdinRahmat1"],
             accounts=[("facebook", page_id("udinrahmat"))]),
        Cand("ktb-2", "Gusti Amirullah", aliases=["Gusti Amir", "Pak Amir"], mate="Hj. Siti Mariam", mate_aliases=["Bu Mariam"],
             ballot=2, parties=["GERINDRA", "PKB", "PPP", "PAN", "DEMOKRAT"], slogans=["Kotabaru Bangkit"], hashtags=["#AmirMariam2"],
             accounts=[("instagram", "gustiamir.ktb2")]),
        Cand("ktb-3", "Ir. Lukman Hakim", aliases=["Pak Lukman", "Julak Lukman"], mate="Dahlia Mansyur", mate_aliases=["Bu Dahlia"],
             ballot=3, independent=True, slogans=["Kotabaru Mandiri"], hashtags=["#LukmanDahlia3"], accounts=[]),
    ], P)
    sgi = Contest("sigi-bupati", "bupati", SGI, [
        Cand("sgi-1", "Taufan Bahar", aliases=["Pak Taufan", "TABE"], mate="Efendi Lasiba", mate_aliases=["Pak Efendi"],
             ballot=1, parties=["NASDEM", "DEMOKRAT"], slogans=["Sigi TABE"], hashtags=["#TABE1", "#TaufanEfendi"],
             accounts=[("facebook", page_id("taufanefendi"))]),
        Cand("sgi-2", "dr. Rosmawati Lamadi", aliases=["Ibu Dokter Rosma", "Bu Rosma"], mate="Yulius Banggai", mate_aliases=["Pak Yulius"],
             ballot=2, parties=["GOLKAR", "PAN", "GERINDRA"], slogans=["Sigi Sehat Sejahtera"], hashtags=["#RosmaYulius2"],
             accounts=[("facebook", page_id("rosmayulius"))]),
        Cand("sgi-3", "Abd. Karim Paturusi", aliases=["Pak Karim", "Om Karim"], mate="Frans Tolaba", mate_aliases=["Pak Frans"],
             ballot=3, parties=["HANURA", "PKB", "PDIP", "PBB"], slogans=["Sigi Berdaulat"], hashtags=["#KarimFrans3"],
             accounts=[("instagram", "karimfrans3")]),
    ], P)
    tmh = Contest("tomohon-walikota", "walikota", TMH, [
        Cand("tmh-1", "Jefry Mandagi", aliases=["Om Jefry", "JEMPOL"], mate="Sintje Pangemanan", mate_aliases=["Tante Sintje"],
             ballot=1, independent=True, slogans=["Tomohon JEMPOL"], hashtags=["#JEMPOL1"],
             accounts=[("facebook", page_id("jempoltomohon"))]),
        Cand("tmh-2", "Drs. Arnold Wenas", aliases=["Om Arnold", "Pak Arnold"], mate="Meiske Rumengan", mate_aliases=["Ibu Meiske"],
             ballot=2, parties=["GOLKAR", "NASDEM"], slogans=["Tomohon Kota Bunga Maju"], hashtags=["#ArnoldMeiske2"],
             accounts=[("facebook", page_id("arnoldmeiske")), ("instagram", "arnoldmeiske2")]),
        Cand("tmh-3", "Ir. Stevanus Kalangi", aliases=["Om Stev", "Pak Stevanus"], mate="Jeane Lumowa", mate_aliases=["Ibu Jeane"],
             ballot=3, parties=["PDIP", "DEMOKRAT", "GERINDRA"], slogans=["Tomohon Baru"], hashtags=["#StevJeane3"],
             accounts=[("x", "stevjeane3")]),
    ], P)
    raj = Contest("rajaampat-bupati", "bupati", RAJ, [
        Cand("raj-1", "Yusuf Mayalibit", aliases=["Bapa Yusuf", "Om Yusuf"], mate="Ones Mambraku", mate_aliases=["Bapa Ones"],
             ballot=1, parties=["GOLKAR", "GERINDRA", "PAN"], slogans=["Raja Ampat Satu Hati"], hashtags=["#YusufOnes1"],
             accounts=[("facebook", page_id("yusufones"))]),
        Cand("raj-2", "Ir. Marthen Wanma", aliases=["Bapa Marthen", "MANIS"], mate="H. Nisar Umka", mate_aliases=["Bapa Nisar"],
             ballot=2, parties=["PDIP", "NASDEM", "DEMOKRAT", "PKB"], slogans=["Raja Ampat MANIS"], hashtags=["#MANIS2", "#MarthenNisar"],
             accounts=[("facebook", page_id("manisrajaampat")), ("instagram", "manis.rajaampat2")]),
        Cand("raj-3", "Yohanis Dimara", aliases=["Bapa Yohan", "Om Yohan"], mate="Saleh Arfan", mate_aliases=["Bapa Saleh"],
             ballot=3, independent=True, slogans=["Raja Ampat Mandiri"], hashtags=["#YohanSaleh3"], accounts=[]),
    ], P)
    aru = Contest("aru-bupati", "bupati", ARU, [
        Cand("aru-1", "Drs. Petrus Kolatfeka", aliases=["Bapa Petrus", "Om Petrus"], mate="Hasan Siarukin", mate_aliases=["Om Hasan"],
             ballot=1, parties=["GERINDRA", "GOLKAR", "PKPI"], slogans=["Aru Bangkit"], hashtags=["#PetrusHasan1"],
             accounts=[("facebook", page_id("petrushasan"))]),
        Cand("aru-2", "Ir. Yance Ubyaan", aliases=["Om Yance", "Bung Yance"], mate="Ahmad Djamaluddin", mate_aliases=["Om Ahmad"],
             ballot=2, parties=["PDIP", "HANURA", "PAN"], slogans=["Aru Mutiara Timur"], hashtags=["#YanceAhmad2"],
             accounts=[("facebook", page_id("yanceahmad")), ("x", "yanceahmad2")]),
        Cand("aru-3", "Hj. Fatma Rahayaan", aliases=["Ibu Fatma", "Usi Fatma"], mate="Benny Labok", mate_aliases=["Bung Benny"],
             ballot=3, parties=["NASDEM", "PKS", "DEMOKRAT", "PKB", "PPP"], slogans=["Aru Sejahtera"], hashtags=["#FatmaBenny3"],
             accounts=[("instagram", "fatmabenny3")]),
    ], P)
    p15 = Election("pilkada-2015-heldout9", "Pemilihan Serentak 2015 (heldout9)", date(2015, 12, 9), "pilkada",
                   [jmb, kls, stg, spn, bnt, ktb, sgi, tmh, raj, aru], PILKADA15_COMMENT,
                   stages=PILKADA15_STAGES, parties=PARTIES_2014, designation=P15)

    D = DCT24
    pres = Contest("presiden", "presiden", "Indonesia", [
        Cand("p9-1", "Hendarto Wibisono", aliases=["Pak Hendarto", "Mas Hen", "HALO"], mate="Laode Syamsul Arifin", mate_aliases=["Pak Laode"],
             ballot=1, parties=["GERINDRA", "GOLKAR", "PAN", "DEMOKRAT", "PSI"], slogans=["HALO Indonesia Maju"], hashtags=["#HALO01", "#HendartoLaode"],
             accounts=[("x", "halo01official"), ("instagram", "halo.01"), ("tiktok", "halo01")]),
        Cand("p9-2", "Prof. Ratna Sumirat", aliases=["Bu Ratna", "Prof Ratna", "RASA"], mate="Agustinus Lewerissa", mate_aliases=["Pak Agus"],
             ballot=2, parties=["PDIP", "PPP", "HANURA", "PERINDO"], slogans=["Indonesia RASA Adil"], hashtags=["#RASA02", "#RatnaAgustinus"],
             accounts=[("x", "rasa02"), ("instagram", "rasa.02"), ("tiktok", "rasa02id")]),
        Cand("p9-3", "Dr. Bambang Suryo Nugroho", aliases=["Pak Bambang Suryo", "Mas Suryo"], mate="Siti Maimunah Harahap", mate_aliases=["Bu Maimunah"],
             ballot=3, parties=["PKB", "NASDEM", "PKS", "UMMAT"], slogans=["Indonesia Makmur Bersama"], hashtags=["#MAKMUR03", "#BambangMaimunah"],
             accounts=[("x", "makmur03"), ("instagram", "makmur.03"), ("tiktok", "makmur03")]),
    ], PRES24)
    leg = [
        Contest("dprd-diy-1", "dprd_provinsi", DIY + " - Dapil DIY 1 (Kota Yogyakarta)", [
            Cand("dprd-diy1-pdip-2", "Anindya Kusumastuti", aliases=["Mbak Nindy"], ballot=2, parties=["PDIP"], hashtags=["#MbakNindy2"],
                 accounts=[("instagram", "mbaknindy.diy1")]),
            Cand("dprd-diy1-pks-1", "Ahmad Fauzi Rahman", aliases=["Ustadz Fauzi"], ballot=1, parties=["PKS"], hashtags=["#UstadzFauzi1"], accounts=[]),
        ], D),
        Contest("dprd-diy-3", "dprd_provinsi", DIY + " - Dapil DIY 3 (Kabupaten Bantul B)", [
            Cand("dprd-diy3-pkb-3", "H. Nur Kholis", aliases=["Gus Kholis"], ballot=3, parties=["PKB"], hashtags=["#GusKholis3"],
                 accounts=[("facebook", page_id("guskholis"))]),
        ], D),
        Contest("dprd-malut-2", "dprd_provinsi", MLT + " - Dapil Malut 2 (Halmahera Utara, Pulau Morotai)", [
            Cand("dprd-mlt2-gol-1", "Yulius Hoata", aliases=["Om Yul"], ballot=1, parties=["GOLKAR"], hashtags=["#OmYul1"], accounts=[]),
            Cand("dprd-mlt2-nas-4", "Irma Tjakra", aliases=["Nona Irma"], ballot=4, parties=["NASDEM"], hashtags=["#NonaIrma4"],
                 accounts=[("tiktok", "nonairma4")]),
        ], D),
        Contest("dprd-yogya-5", "dprd_kabkota", YGY + " - Dapil Yogyakarta 5 (Kotagede, Umbulharjo)", [
            Cand("dprd-ygy5-pan-1", "Hendro Wicaksono", aliases=["Pak Hendro"], ballot=1, parties=["PAN"], hashtags=["#PakHendro1"],
                 accounts=[("instagram", "pakhendro.kotagede")]),
        ], D),
        Contest("dprd-yogya-1", "dprd_kabkota", YGY + " - Dapil Yogyakarta 1 (Kraton, Mantrijeron, Mergangsan)", [
            Cand("dprd-ygy1-ger-3", "R.Ay. Kusumawardhani", aliases=["Jeng Dhani"], ballot=3, parties=["GERINDRA"], hashtags=["#JengDhani3"], accounts=[]),
        ], D),
        Contest("dprd-bima-5", "dprd_kabkota", BMA + " - Dapil Bima 5 (Sape, Lambu)", [
            Cand("dprd-bma5-ppp-2", "H. Muhammad Saleh", aliases=["Bang Saleh"], ballot=2, parties=["PPP"], hashtags=["#BangSaleh2"],
                 accounts=[("facebook", page_id("bangsaleh"))]),
            Cand("dprd-bma5-ger-1", "Syamsuddin Abubakar", aliases=["Pak Syam"], ballot=1, parties=["GERINDRA"], hashtags=["#PakSyam1"], accounts=[]),
        ], D),
        Contest("dprd-bpp-6", "dprd_kabkota", BPN + " - Dapil Balikpapan 6 (Balikpapan Selatan)", [
            Cand("dprd-bpn6-gol-2", "Rina Marlina Tanjung", aliases=["Bu Rina"], ballot=2, parties=["GOLKAR"], hashtags=["#BuRina2"],
                 accounts=[("facebook", page_id("burina2"))]),
            Cand("dprd-bpn6-pks-5", "Muhammad Ridwan Fakhri", aliases=["Bang Ridwan"], ballot=5, parties=["PKS"], hashtags=["#BangRidwan5"], accounts=[]),
        ], D),
        Contest("dprd-halut-1", "dprd_kabkota", HLT + " - Dapil Halut 1 (Tobelo, Tobelo Utara)", [
            Cand("dprd-hlt1-nas-1", "Frengky Hukom", aliases=["Bung Frengky"], ballot=1, parties=["NASDEM"], hashtags=["#BungFrengky1"], accounts=[]),
        ], D),
        Contest("dprd-halut-4", "dprd_kabkota", HLT + " - Dapil Halut 4 (Galela, Loloda)", [
            Cand("dprd-hlt4-dem-3", "Oktovianus Gaguana", aliases=["Om Okto"], ballot=3, parties=["DEMOKRAT"], hashtags=["#OmOkto3"], accounts=[]),
        ], D),
        Contest("dpd-diy", "dpd", DIY, [
            Cand("dpd-diy-9", "Dr. Purwanti Sasmito", aliases=["Bu Purwanti"], ballot=9, hashtags=["#BuPurwanti9"], accounts=[]),
        ], D),
        Contest("dpd-ntb", "dpd", NTB, [
            Cand("dpd-ntb-17", "Dr. H. Abdurrahman Maja", aliases=["Bang Rahman"], ballot=17, hashtags=["#BangRahman17"], accounts=[]),
        ], D),
        Contest("dpd-kaltim", "dpd", KTM, [
            Cand("dpd-ktm-12", "Hj. Aji Nurbaiti", aliases=["Bu Aji Nur"], ballot=12, hashtags=["#AjiNurbaiti12"], accounts=[]),
        ], D),
        Contest("dpd-malut", "dpd", MLT, [
            Cand("dpd-mlt-14", "Rahmi Kalauw", aliases=["Ibu Rahmi"], ballot=14, hashtags=["#IbuRahmi14"], accounts=[]),
        ], D),
    ]
    pemilu = Election("pemilu-2024-heldout9", "Pemilihan Umum 2024 (heldout9)", date(2024, 2, 14), "pemilu", [pres] + leg, PEMILU_COMMENT)
    return p15, pemilu


# ---------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------
def build(ctx):
    global DESCRIPTION
    LANGS.clear()
    orig = ctx.label

    def label(tid, lab, **kw):
        lab = dict(lab)
        LANGS[tid] = lab.pop("lang", "id")
        return orig(tid, lab, **kw)

    ctx.label = label
    add_people(ctx)
    for row in INSTS:
        ctx.add_inst(*row)
    p15, pemilu = candidates()
    ctx.add_election("election-pilkada-2015-heldout9.yaml", p15)
    ctx.add_election("election-pemilu-2024-heldout9.yaml", pemilu)
    for fn in SECTIONS:
        fn(ctx)
    textless(ctx, LANGS)
    st = {t["id"]: t["status"] for t in ctx.truth}
    by = {}
    for tid, lg in LANGS.items():
        if tid in st:
            by.setdefault(lg, Counter())[st[tid]] += 1
    rows = []
    for lg in sorted(by, key=lambda k: (-sum(by[k].values()), k)):
        s = by[lg]
        rows.append((LANG_NAMES.get(lg, lg), sum(s.values()), s["violation"], s["alert"], s["review"], s["none"]))
    chats = Counter(t["status"] for t in ctx.truth if t["platform"] in ("whatsapp", "telegram"))
    vio = [t for t in ctx.truth if t["status"] == "violation"]
    el = Counter(("2015" if ctx.cands[t["candidate"]].kind == "pilkada" else "2024") for t in vio)
    office = Counter(ctx.cands[t["candidate"]].contest.office for t in vio if ctx.cands[t["candidate"]].kind == "pemilu")
    neg = [t for t in ctx.truth if t["status"] == "none"]
    plain = ("neg_citizen", "neg_personal", "neg_candidate_own", "neg_official_neutral")
    dynamics = ("neg_objection", "neg_deflect", "neg_left_group", "neg_withdrawn", "neg_ack")
    hard = sum(1 for t in neg if t["case"] not in plain + dynamics)
    dyn = sum(1 for t in neg if t["case"] in dynamics)
    DESCRIPTION = (DESCRIPTION_BASE + "\n\n## Labels by language\n\n"
                   + table(rows, ["language", "labels", "violation", "alert", "review", "none"])
                   + "\n\nLanguage tags are kept inside `_heldout9*.py` (they are not in `truth.jsonl`); activities without text of their own "
                     "count as `no text`.\n\nChat exports: " + str(sum(chats.values())) + " labels on WhatsApp and Telegram lines ("
                   + ", ".join(f"{k} {chats[k]}" for k in ("violation", "alert", "review", "none")) + "). Violations by election: "
                   + f"Pilkada 2015 {el['2015']}, Pemilu 2024 {el['2024']} ("
                   + ", ".join(f"{k} {office[k]}" for k in ("presiden", "dprd_provinsi", "dprd_kabkota", "dpd")) + "). "
                   + f"Confusable negatives (traps: every case but the plain `neg_citizen`, `neg_personal`, `neg_candidate_own` and "
                   + f"`neg_official_neutral` and the chat dynamics `neg_objection`, `neg_deflect`, `neg_left_group`, `neg_withdrawn` and "
                   + f"`neg_ack`): {hard} of {len(neg)} ({round(100 * hard / max(1, len(neg)))} %); chat dynamics {dyn}.")
