"""heldout10: an eleventh independent workspace of the social-media evaluation corpus (see build.py).

Three elections, two of them never used before as a pair: the legislative Pemilu of 9 Apr 2014 (DPR, DPRD and DPD; real KPU
calendar: DCT of DPR and DPRD 22 Aug 2013, DPD 28 Aug 2013, open rallies and media campaign 16 Mar-5 Apr 2014, quiet days 6-8 Apr),
the presidential election of 9 Jul 2014 (registration 18-20 May, pairs designated 31 May, numbers drawn 1 Jun, campaign 4 Jun-5 Jul,
quiet days 6-8 Jul) with two fictional pairs, and the Pilkada serentak of 27 Nov 2024 (the builder's default calendar) in twelve
regencies and cities new to the corpus: Pidie (Aceh), Padangsidimpuan (Sumatera Utara), Kota Cirebon (Jawa Barat), Pamekasan
(Jawa Timur) in WIB; Lombok Tengah (NTB), Toraja Utara and Wajo (Sulawesi Selatan), Manggarai Barat (NTT), Kotamobagu (Sulawesi
Utara) in WITA; Maluku Tengah (Maluku), Fak Fak (Papua Barat) and Halmahera Selatan (Maluku Utara) in WIT. Every person, account,
phone number, post and id is fictional; regions, parties and the KPU calendars are real. Written from rules.md and contract.md only.

The module is split for reading: _heldout10_base.py (clocks, ids, regions, section registry, language tags),
_heldout10_social.py (Facebook, CrowdTangle, X, Instagram, TikTok, YouTube), _heldout10_chats.py (Telegram, WhatsApp) and
_heldout10_canon.py (canonical lines, screenshots).
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from _corpus import PARTIES, Cand, Contest, Election, hnum, table, textless, yt_channel
from _heldout10_base import (
    CODES, CRB, FFK, HSL, KTG, LANG_NAMES, LANGS, LTG, MBR, MTG, NTB, PABAR, PID, PMK, PSP, SECTIONS, SULSEL, SULUT, TRU, WJO, fbid, page_id,
    phone,
)
import _heldout10_social  # noqa: F401,E402  (registers its sections)
import _heldout10_chats  # noqa: F401,E402
import _heldout10_canon  # noqa: F401,E402

LICENCE_NOTE = """**Licence:** written for this project; every person, account, post, phone number
and id is fictional (every presidential pair, legislative and DPD candidate and Pilkada pair too). Regions (Kemendagri names and
codes), DPR dapil, parties (the 2014 list with its ballot numbers, the three Aceh local parties of 2014 included; the 2024 list
with Partai Nanggroe Aceh and Partai Aceh for the Pilkada 2024) and the KPU calendars of 2013-2014 and 2024 are real."""

CALENDAR_NOTE = """Stages follow the contract (`dates inclusive, Asia/Jakarta`), with the real KPU calendars.

Pemilu legislatif 2014 (PKPU 7/2012 as amended, UU 8/2012): bakal calon lists submitted 9-22 Apr 2013; DCT of the DPR fixed by the
KPU on Thursday 22 Aug 2013 (Kompas, 18 and 22 Aug 2013; the KPU's own release mirrored on a blog), DPRD lists fixed by the regional
KPU/KIP in the same days, DPD's DCT on the evening of 28 Aug 2013 (Kompas, 29 Aug 2013). The configuration uses one
`penetapan_calon` stage on 22 Aug 2013 and no DPD activity falls between 22 and 28 Aug. Campaigning without rallies was allowed from
11 Jan 2013 (stage `kampanye_terbatas` up to 15 Mar 2014); open rallies and media advertising 16 Mar-5 Apr 2014 (stage `kampanye`;
kabarntb.com and the KPU's Pemilu Berintegritas declaration of 15 Mar 2014), quiet days 6-8 Apr, voting 9 Apr 2014.

Pemilu presiden 2014 (PKPU 4/2014): registration 18-20 May 2014, pairs designated 31 May, numbers drawn 1 Jun, campaign 4 Jun-5
Jul, quiet days 6-8 Jul, voting 9 Jul 2014 (Kontan, 19 May 2014; detik via heartline.co.id, 3 Jun 2014). A presidential pair is
a bakal calon until 30 May 2014 (WIB) - through the legislative vote and the coalition talks of April and May - and a calon from
31 May; the YAML carries `designated: 2014-05-31`.

Pilkada serentak 2024 (the builder's defaults): independents' KTP support handed in 8-12 May, registration of pairs 27-29 Aug,
designation 22 Sep, number draw 23 Sep, campaign 25 Sep-23 Nov, quiet days 24-26 Nov, voting 27 Nov 2024. All pairs are fictional,
and so are the fields of pairs in each region (independent pairs in Pidie, Lombok Tengah, Toraja Utara and Fak Fak)."""

CODES_NOTE = """`codes_any` is generous: any one code counts (SKB E codes before the WIB designation date - 22 Aug 2013 for legislative
and DPD candidates, 31 May 2014 for the presidential pairs, 22 Sep 2024 for the Pilkada pairs -, D codes from it; PP94-N* where
they fit; UU10-71-1 in the Pilkada, UU7-* in the Pemilu; SKB-E4/D6 added for messages inside a candidate's volunteers' group).
For 2013-2014 the codes are the catalogue's (SKB 2022, PP 94/2021, UU 7/2017): the conduct was then governed by their
predecessors (UU 8/2012 and UU 42/2008 on the elections, PP 53/2010 on discipline, the MenPAN circulars on neutrality), whose
forms the current matrix carries over, so a labeller cites the current codes as the tool does. No PPPK staff appear in 2013-2014,
and two people of the registry who were appointed PNS only in 2019 (the appointment month is in their NIP) appear in 2014 as
honorary staff: their 2014 posts are not an ASN's (`neg_not_yet_asn`)."""

DESCRIPTION_BASE = """heldout10 takes the legislative Pemilu of 9 April 2014 (DPR dapil Aceh I, Sumatera Utara II, Jawa Timur XI
and NTT I; DPRK Pidie and DPRD Kota Cirebon, Pamekasan, Lombok Tengah, Wajo, Toraja Utara, Kotamobagu, Maluku Tengah and
Halmahera Selatan; DPRD Sulawesi Selatan; DPD NTB, Sulawesi Utara and Papua Barat), the presidential election of 9 July 2014 with two
fictional pairs (TEGAS, 1, and ADIL, 2), and the Pilkada of 27 November 2024 in twelve regencies and cities new to the corpus
(Pidie, Padangsidimpuan, Kota Cirebon and Pamekasan in WIB; Lombok Tengah, Toraja Utara, Wajo, Manggarai Barat and Kotamobagu in
WITA; Maluku Tengah, Fak Fak and Halmahera Selatan in WIT). The same officials meet both rounds: most were PNS by 2012; PPPK staff
and the later-appointed appear only in 2024.

It weights agency chats (WhatsApp in six export styles, Telegram groups, a channel and whole-account exports with contact lists):
open, covert and softened orders ("kalau tidak keberatan", "sekadar info"), relays by middle managers, members who comply (likes,
shares, attendance, banners, KK and KTP lists for a pair's team, KTP copies for independent bakal calon), bare acknowledgements and
emoji (review), objections, withdrawals and deletions, superiors adding staff to volunteers' groups, appeals to family; then
content that names candidates but is not support: news relayed plainly, posts naming every contestant, neutrality reminders and
quoted rules, jokes, complaints, condolences at a candidate's mother's funeral (a rambu solo' in Toraja, a takziah in Pidie) and
get-well or birthday wishes outside politics, and namesakes of candidates (Lalu Muhammad Ihsan, Andi Tenri Pada, Ach. Baidowi,
Abdul Rozak, Parlindungan, Daniel, Benediktus) and of shared titles and clans (Teuku, Cut, Lalu, Baiq, Andi, Puang, Kraeng,
Mokodompit, Paputungan, Damopolii, Lantong, Latuconsina, Patiran, Iba, Djafar, Djalil, Sangaji); people tagged, mentioned or added
(alerts) and what they do next (silence, leaving, untag requests, engagement); genuine doubt for a person (review); and stage
boundaries - bakal calon support in July-August 2013, April-May 2014 and August-September 2024, the quiet days of April and July
2014 and November 2024, and instants near midnight in WITA and WIT (and UTC) where the WIB date differs. Pair acronyms and slogans
are everyday words or regional mottos (BEREH, OLO, JUJUR, BECCE', SOLAH, MELO, DECENG, MOLAS, KITA, MANISE, PALA, BERANI, TEGAS,
ADIL; Salumpat Saindege, Gerbang Salam, Tatas Tuhu Trasna, Misa' Kada Dipotuo, Maradeka, Mototabian, Pamahanunusa, Satu Tungku Tiga
Batu). Text is Indonesian (formal, informal, slang, leetspeak, keycaps, emoji), English-mixed, Acehnese, Angkola-Mandailing,
Cirebonese, Madurese, Sasak, Toraja, Bugis, Manggarai, Manado Malay with Mongondow words, Ambon Malay, Papuan Malay and North
Moluccan Malay."""
DESCRIPTION = DESCRIPTION_BASE

# ---------------------------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------------------------
P_PID, P_PSP, P_CRB, P_PMK = "Pemerintah Kabupaten Pidie", "Pemerintah Kota Padangsidimpuan", "Pemerintah Kota Cirebon", "Pemerintah Kabupaten Pamekasan"
P_LTG, P_TRU, P_WJO = "Pemerintah Kabupaten Lombok Tengah", "Pemerintah Kabupaten Toraja Utara", "Pemerintah Kabupaten Wajo"
P_MBR, P_KTG = "Pemerintah Kabupaten Manggarai Barat", "Pemerintah Kota Kotamobagu"
P_MTG, P_FFK, P_HSL = "Pemerintah Kabupaten Maluku Tengah", "Pemerintah Kabupaten Fak Fak", "Pemerintah Kabupaten Halmahera Selatan"
KEMENAG = "Kementerian Agama"

KEC_KTJ = "Kecamatan Kembang Tanjong"
KEC_PSU = "Kecamatan Padangsidimpuan Utara"
TAN_PSP = "Dinas Pertanian"
KEL_PKL = "Kelurahan Pekalipan, Kecamatan Pekalipan"
KEC_PDW = "Kecamatan Pademawu"
KEC_PJT = "Kecamatan Pujut"
KEL_RTP = "Kelurahan Rantepao, Kecamatan Rantepao"
KEC_TMP = "Kecamatan Tempe"
PAR_MBR = "Dinas Pariwisata dan Ekonomi Kreatif"
KEL_GGM = "Kelurahan Gogagoman, Kecamatan Kotamobagu Barat"
RS_MSH = "RSUD Masohi"
DIS_FFK = "Distrik Fakfak"
DKP_HSL = "Dinas Kelautan dan Perikanan"

# key, name, sex, status, jabatan, instansi, unit, wilayah, accounts (platform -> True for a derived id, or a handle), era[, display]
# era: "b" appointed by 2012 (active in 2013-14 and 2024); "n" appointed 2015-2022 or PPPK (2024 only); "h" honorary staff in 2014,
# PNS from 2019
PEOPLE = [
    # Kabupaten Pidie, Aceh (WIB)
    ("pid_camat", "Drs. Teuku Marzuki", 1, "PNS", "Camat", P_PID, KEC_KTJ, PID, {"whatsapp": True, "facebook": True}, "b"),
    ("pid_sekcam", "Cut Rahmawati, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_PID, KEC_KTJ, PID, {"whatsapp": True}, "b"),
    ("pid_kasi", "Muhammad Iqbal, S.IP.", 1, "PNS", "Kepala Seksi Pemerintahan", P_PID, KEC_KTJ, PID, {"whatsapp": True, "facebook": True}, "b"),
    ("pid_staf", "Nurul Fitri", 2, "PNS", "Pengadministrasi Umum", P_PID, KEC_KTJ, PID, {"whatsapp": True, "instagram": "nurulfitri.ktj"}, "h"),
    ("pid_pppk", "Zulfahmi, A.Md.", 1, "PPPK", "Pengelola Layanan Operasional", P_PID, KEC_KTJ, PID, {"whatsapp": True, "tiktok": "zulfahmi.ktj"}, "n"),
    ("pid_guru", "Tgk. Hasanuddin, S.Pd.I.", 1, "PNS", "Guru Ahli Madya", P_PID, "Dinas Pendidikan - SMAN 1 Sigli", PID, {"facebook": True, "youtube": True}, "b"),
    ("pid_guru2", "Yusnidar, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_PID, "Dinas Pendidikan - SDN 2 Kembang Tanjong", PID, {"facebook": True}, "b"),
    ("pid_rs", "dr. Teuku Reza Fahlevi", 1, "PNS", "Dokter Ahli Muda", P_PID, "RSUD Tgk. Chik Ditiro", PID,
     {"instagram": "dr.rezafahlevi", "x": "rezafahlevi_dr"}, "b"),
    ("pid_tani", "Ir. Mukhtaruddin", 1, "PNS", "Penyuluh Pertanian Ahli Madya", P_PID, "Dinas Pertanian dan Pangan", PID, {"facebook": True}, "b"),
    ("pid_dsi", "Tgk. Fauzan Abdullah, S.Ag.", 1, "PNS", "Analis Kebijakan Ahli Muda", P_PID, "Dinas Syariat Islam", PID,
     {"facebook": True, "x": "fauzan_dsipidie"}, "b"),
    ("pid_man", "Ummi Kalsum, S.Ag.", 2, "PNS", "Guru Ahli Madya", KEMENAG, "Kantor Kementerian Agama Kabupaten Pidie - MAN 1 Pidie", PID,
     {"facebook": True, "instagram": "ummikalsum.man1"}, "b"),
    # Kota Padangsidimpuan, Sumatera Utara (WIB)
    ("psp_camat", "Drs. Pangihutan Harahap", 1, "PNS", "Camat", P_PSP, KEC_PSU, PSP, {"whatsapp": True, "facebook": True}, "b"),
    ("psp_sekcam", "Rosdiana Siregar, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_PSP, KEC_PSU, PSP, {"whatsapp": True}, "b"),
    ("psp_staf", "Ahmad Rivai Nasution", 1, "PNS", "Pengadministrasi Umum", P_PSP, KEC_PSU, PSP, {"whatsapp": True, "facebook": True}, "b"),
    ("psp_guru", "Marintan Hasibuan, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_PSP, "Dinas Pendidikan - SMPN 1 Padangsidimpuan", PSP,
     {"facebook": True, "x": "marintan_hsb"}, "b"),
    ("psp_guru2", "Parlindungan Lubis, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_PSP, "Dinas Pendidikan - SD Negeri 200110 Padangsidimpuan", PSP,
     {"facebook": True, "instagram": "parlin.lubis"}, "b"),
    ("psp_kadis", "Ir. H. Bonar Harahap, M.M.", 1, "PNS", "Kepala Dinas", P_PSP, TAN_PSP, PSP, {"telegram": True, "whatsapp": True}, "b"),
    ("psp_tani", "Ir. Syahrial Daulay", 1, "PNS", "Penyuluh Pertanian Ahli Madya", P_PSP, TAN_PSP, PSP, {"telegram": True, "whatsapp": True, "facebook": True}, "b"),
    ("psp_tani2", "Nur Aisyah Pohan, S.P.", 2, "PNS", "Penyuluh Pertanian Ahli Muda", P_PSP, TAN_PSP, PSP, {"telegram": True, "whatsapp": True}, "b"),
    ("psp_tani3", "Rahmad Siregar", 1, "PNS", "Pengadministrasi Umum", P_PSP, TAN_PSP, PSP, {"telegram": True, "whatsapp": True}, "b"),
    ("psp_pkm", "Ns. Lely Rambe, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_PSP, "Dinas Kesehatan - Puskesmas Sadabuan", PSP,
     {"instagram": "ns.lelyrambe", "facebook": True}, "b"),
    ("psp_pppk", "Dedi Irawan Hutasuhut, S.Kom.", 1, "PPPK", "Pranata Komputer Ahli Pertama", P_PSP, "Dinas Komunikasi dan Informatika", PSP,
     {"x": "dedi_kominfopsp", "tiktok": "dedi.hts"}, "n"),
    # Kota Cirebon, Jawa Barat (WIB)
    ("crb_lurah", "Drs. Raden Hidayat", 1, "PNS", "Lurah", P_CRB, KEL_PKL, CRB, {"whatsapp": True, "facebook": True}, "b"),
    ("crb_seklur", "Euis Komariah, S.IP.", 2, "PNS", "Sekretaris Kelurahan", P_CRB, KEL_PKL, CRB, {"whatsapp": True}, "b"),
    ("crb_staf1", "Dedi Supriadi", 1, "PNS", "Pengadministrasi Umum", P_CRB, KEL_PKL, CRB, {"whatsapp": True, "facebook": True}, "b"),
    ("crb_staf2", "Siti Aminah", 2, "PNS", "Pengelola Layanan Kemasyarakatan", P_CRB, KEL_PKL, CRB, {"whatsapp": True, "facebook": True}, "b"),
    ("crb_guru", "Kurniasih, S.Pd.", 2, "PNS", "Guru Ahli Madya", P_CRB, "Dinas Pendidikan - SDN Pekalipan", CRB, {"facebook": True, "tiktok": "bukurnia.crb"}, "b"),
    ("crb_guru2", "H. Abdul Rozak, S.Pd.", 1, "PNS", "Guru Ahli Madya", P_CRB, "Dinas Pendidikan - SMPN 5 Cirebon", CRB, {"facebook": True, "x": "rozak_guru"}, "b"),
    ("crb_rs", "dr. Rina Kartikasari", 2, "PNS", "Dokter Ahli Muda", P_CRB, "RSUD Gunung Jati", CRB, {"instagram": "dr.rinakartika", "x": "rinakartika_md"}, "b"),
    ("crb_dispar", "Taufik Hidayat, S.Sos.", 1, "PNS", "Pamong Budaya Ahli Muda", P_CRB, "Dinas Kebudayaan dan Pariwisata", CRB,
     {"instagram": "taufik.grage", "youtube": True}, "b"),
    ("crb_pppk", "Nurul Hikmah, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_CRB, "Dinas Pendidikan - SDN Kesambi", CRB,
     {"tiktok": "bunurul.ngajar", "instagram": "nurulhikmah.crb"}, "n"),
    ("crb_kominfo", "Adi Permana, S.Kom.", 1, "PNS", "Pranata Komputer Ahli Pertama", P_CRB, "Dinas Komunikasi, Informatika dan Statistik", CRB,
     {"x": "adi_kominfocrb", "whatsapp": True}, "h"),
    # Kabupaten Pamekasan, Jawa Timur (WIB)
    ("pmk_pengawas", "Drs. Moh. Hasan Basri", 1, "PNS", "Pengawas Sekolah Ahli Madya", P_PMK, "Dinas Pendidikan", PMK, {"whatsapp": True, "facebook": True}, "b"),
    ("pmk_guru1", "Siti Fatimah Zahra, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_PMK, "Dinas Pendidikan - SDN Pademawu Barat 1", PMK,
     {"whatsapp": True, "facebook": True, "youtube": True}, "b"),
    ("pmk_guru2", "Moh. Faisol, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_PMK, "Dinas Pendidikan - SDN Pademawu Timur 2", PMK,
     {"whatsapp": True, "instagram": "faisol.pdw"}, "b"),
    ("pmk_guru3", "Nur Laili, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_PMK, "Dinas Pendidikan - SDN Larangan Tokol 1", PMK, {"whatsapp": True}, "b"),
    ("pmk_guru4", "Ach. Baidowi, S.Pd.", 1, "PNS", "Guru Ahli Madya", P_PMK, "Dinas Pendidikan - SMPN 2 Pamekasan", PMK, {"facebook": True, "x": "baidowi_guru"}, "b"),
    ("pmk_camat", "Drs. Abd. Mannan", 1, "PNS", "Camat", P_PMK, KEC_PDW, PMK, {"facebook": True, "whatsapp": True}, "b"),
    ("pmk_tani", "Hairul Anam, S.P.", 1, "PNS", "Penyuluh Pertanian Ahli Muda", P_PMK, "Dinas Ketahanan Pangan dan Pertanian", PMK,
     {"facebook": True, "tiktok": "hairul.tani"}, "b"),
    ("pmk_pkm", "Ns. Ummu Kultsum, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_PMK, "Dinas Kesehatan - Puskesmas Tlanakan", PMK, {"instagram": "ns.ummukultsum"}, "b"),
    ("pmk_pppk", "Mohammad Sahril, S.Pd.", 1, "PPPK", "Guru Ahli Pertama", P_PMK, "Dinas Pendidikan - SDN Galis 3", PMK,
     {"tiktok": "pakguru.sahril", "facebook": True}, "n"),
    ("pmk_kominfo", "Rofiqi, S.Kom.", 1, "PNS", "Pranata Hubungan Masyarakat Ahli Pertama", P_PMK, "Dinas Komunikasi dan Informatika", PMK,
     {"x": "rofiqi_kominfo", "youtube": True}, "n"),
    ("pmk_mts", "Hj. Ainur Rahmah, S.Ag.", 2, "PNS", "Guru Ahli Madya", KEMENAG, "Kantor Kementerian Agama Kabupaten Pamekasan - MTsN 1 Pamekasan", PMK,
     {"facebook": True, "whatsapp": True}, "b"),
    # Kabupaten Lombok Tengah, NTB (WITA)
    ("ltg_camat", "Lalu Sahnan, S.Sos.", 1, "PNS", "Camat", P_LTG, KEC_PJT, LTG, {"whatsapp": True, "facebook": True}, "b"),
    ("ltg_sekcam", "Baiq Rusmayanti, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_LTG, KEC_PJT, LTG, {"whatsapp": True}, "b"),
    ("ltg_staf", "Muhammad Zaini", 1, "PNS", "Pengadministrasi Umum", P_LTG, KEC_PJT, LTG, {"whatsapp": True, "facebook": True}, "b"),
    ("ltg_dispar", "Lalu Wira Pratama, S.Par.", 1, "PNS", "Adyatama Kepariwisataan Ahli Muda", P_LTG, "Dinas Pariwisata", LTG,
     {"instagram": "lalu.wira", "x": "laluwira_par"}, "b"),
    ("ltg_guru", "Baiq Nurul Hidayati, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_LTG, "Dinas Pendidikan dan Kebudayaan - SDN 1 Sengkol", LTG,
     {"facebook": True, "tiktok": "baiqnurul.sengkol"}, "b"),
    ("ltg_guru2", "Sahabudin, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_LTG, "Dinas Pendidikan dan Kebudayaan - SMPN 1 Pujut", LTG, {"facebook": True, "whatsapp": True}, "b"),
    ("ltg_rs", "Ns. Hj. Rohaini, S.Kep.", 2, "PNS", "Perawat Ahli Madya", P_LTG, "RSUD Praya", LTG, {"instagram": "ns.rohaini"}, "b"),
    ("ltg_tani", "Lalu Muhammad Ihsan, S.P.", 1, "PNS", "Penyuluh Pertanian Ahli Muda", P_LTG, "Dinas Pertanian", LTG, {"facebook": True}, "b"),
    ("ltg_pppk", "Hirzan Wathoni, S.Pd.", 1, "PPPK", "Guru Ahli Pertama", P_LTG, "Dinas Pendidikan dan Kebudayaan - SDN 2 Kuta", LTG,
     {"tiktok": "hirzan.kuta", "whatsapp": True}, "n"),
    ("ltg_pppk2", "Sri Wahyuni, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_LTG, "Dinas Pendidikan dan Kebudayaan - SDN 3 Praya", LTG,
     {"whatsapp": True, "instagram": "sriwahyuni.praya"}, "n"),
    # Kabupaten Toraja Utara, Sulawesi Selatan (WITA)
    ("tru_lurah", "Yohanis Rante, S.Sos.", 1, "PNS", "Lurah", P_TRU, KEL_RTP, TRU, {"whatsapp": True, "facebook": True}, "b"),
    ("tru_seklur", "Marta Tandirerung", 2, "PNS", "Sekretaris Kelurahan", P_TRU, KEL_RTP, TRU, {"whatsapp": True}, "b"),
    ("tru_staf", "Daniel Pasolang", 1, "PNS", "Pengadministrasi Umum", P_TRU, KEL_RTP, TRU, {"whatsapp": True, "facebook": True}, "b"),
    ("tru_guru", "Yuliana Sampe Padang, S.Pd.", 2, "PNS", "Guru Ahli Madya", P_TRU, "Dinas Pendidikan - SMPN 1 Rantepao", TRU,
     {"whatsapp": True, "facebook": True, "instagram": "yuli.sampe"}, "b"),
    ("tru_guru2", "Markus Tangdilintin, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_TRU, "Dinas Pendidikan - SDN 1 Rantepao", TRU, {"whatsapp": True, "facebook": True}, "b"),
    ("tru_guru3", "Ester Pakiding, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_TRU, "Dinas Pendidikan - SDN 4 Tallunglipu", TRU, {"whatsapp": True}, "b"),
    ("tru_dispar", "Frans Palimbong, S.Par.", 1, "PNS", "Adyatama Kepariwisataan Ahli Muda", P_TRU, "Dinas Pariwisata", TRU,
     {"instagram": "frans.palimbong", "x": "frans_toraja"}, "b"),
    ("tru_pkm", "Ns. Maria Tulak, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_TRU, "Dinas Kesehatan - Puskesmas Rantepao", TRU,
     {"instagram": "ns.mariatulak", "facebook": True}, "b"),
    ("tru_pppk", "Stevani Bua', S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_TRU, "Dinas Pendidikan - SDN 2 Sesean", TRU, {"tiktok": "bustevani.toraja", "facebook": True}, "n"),
    # Kabupaten Wajo, Sulawesi Selatan (WITA)
    ("wjo_asisten", "Dr. H. Andi Muh. Ilham, M.Si.", 1, "PNS", "Asisten Pemerintahan dan Kesejahteraan Rakyat", P_WJO, "Sekretariat Daerah", WJO,
     {"facebook": True, "whatsapp": True}, "b"),
    ("wjo_camat", "Andi Baso Tenri, S.STP.", 1, "PNS", "Camat", P_WJO, KEC_TMP, WJO, {"whatsapp": True, "facebook": True}, "b"),
    ("wjo_sekcam", "Hj. Nurhayati, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_WJO, KEC_TMP, WJO, {"whatsapp": True}, "b"),
    ("wjo_staf", "Muh. Arfah", 1, "PNS", "Pengadministrasi Umum", P_WJO, KEC_TMP, WJO, {"whatsapp": True, "telegram": True}, "b"),
    ("wjo_staf2", "Hasriani Lawa", 2, "PNS", "Pengelola Data", P_WJO, KEC_TMP, WJO, {"whatsapp": True, "telegram": True}, "b"),
    ("wjo_sutera", "Andi Tenri Pada, S.E.", 2, "PNS", "Analis Industri Ahli Muda", P_WJO, "Dinas Perindustrian", WJO,
     {"instagram": "tenripada.sutera", "facebook": True}, "b"),
    ("wjo_guru", "Muh. Yusuf, S.Pd.", 1, "PNS", "Guru Ahli Madya", P_WJO, "Dinas Pendidikan - SMAN 3 Wajo", WJO, {"facebook": True, "x": "yusuf_sengkang"}, "b"),
    ("wjo_pkm", "Ns. Sitti Rahmah, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_WJO, "Dinas Kesehatan - Puskesmas Tempe", WJO, {"instagram": "ns.sittirahmah"}, "b"),
    ("wjo_tani", "Ir. Syamsul Bahri", 1, "PNS", "Penyuluh Pertanian Ahli Madya", P_WJO, "Dinas Pertanian", WJO, {"facebook": True, "telegram": True, "whatsapp": True}, "b"),
    ("wjo_pppk", "Andi Nurul Aulia, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_WJO, "Dinas Pendidikan - SDN 5 Tempe", WJO,
     {"tiktok": "andinurul.wajo", "telegram": True, "whatsapp": True}, "n"),
    # Kabupaten Manggarai Barat, NTT (WITA)
    ("mbr_camat", "Drs. Silvester Jemarut", 1, "PNS", "Camat", P_MBR, "Kecamatan Komodo", MBR, {"whatsapp": True, "facebook": True}, "b"),
    ("mbr_kadis", "Dra. Margaretha Kurniawati", 2, "PNS", "Kepala Dinas", P_MBR, PAR_MBR, MBR, {"whatsapp": True, "facebook": True}, "b"),
    ("mbr_kabid", "Yohanes Bosco Nahar, S.Par.", 1, "PNS", "Kepala Bidang Destinasi", P_MBR, PAR_MBR, MBR, {"whatsapp": True}, "b"),
    ("mbr_staf1", "Fransiska Nirma", 2, "PNS", "Pengelola Objek Wisata", P_MBR, PAR_MBR, MBR, {"whatsapp": True, "instagram": "nirma.labuanbajo"}, "b"),
    ("mbr_staf2", "Kristoforus Jeramu", 1, "PNS", "Pengadministrasi Umum", P_MBR, PAR_MBR, MBR, {"whatsapp": True, "facebook": True}, "b"),
    ("mbr_guru", "Maria Goreti Ndiang, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_MBR, "Dinas Pendidikan - SMPN 1 Komodo", MBR,
     {"facebook": True, "tiktok": "ibugoreti.lbj"}, "b"),
    ("mbr_pkm", "Ns. Benediktus Gampur, S.Kep.", 1, "PNS", "Perawat Ahli Muda", P_MBR, "Dinas Kesehatan - Puskesmas Labuan Bajo", MBR,
     {"instagram": "ns.bene.gampur"}, "b"),
    ("mbr_dkp", "Abdul Haris", 1, "PNS", "Penyuluh Perikanan", P_MBR, "Dinas Perikanan", MBR, {"facebook": True, "x": "haris_dkpmabar"}, "b"),
    ("mbr_pppk", "Yosefina Hamur, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_MBR, "Dinas Pendidikan - SDN Wae Kelambu", MBR,
     {"tiktok": "bu.yosefin", "whatsapp": True}, "n"),
    # Kota Kotamobagu, Sulawesi Utara (WITA)
    ("ktg_lurah", "Rudi Mokoginta, S.Sos.", 1, "PNS", "Lurah", P_KTG, KEL_GGM, KTG, {"whatsapp": True, "facebook": True}, "b"),
    ("ktg_seklur", "Siti Nurhayati Mamonto", 2, "PNS", "Sekretaris Kelurahan", P_KTG, KEL_GGM, KTG, {"whatsapp": True}, "b"),
    ("ktg_staf1", "Fikri Paputungan", 1, "PNS", "Pengadministrasi Umum", P_KTG, KEL_GGM, KTG, {"whatsapp": True, "facebook": True}, "b"),
    ("ktg_staf2", "Yulin Damopolii", 2, "PNS", "Pengelola Layanan Kemasyarakatan", P_KTG, KEL_GGM, KTG,
     {"whatsapp": True, "instagram": "yulin.damopolii"}, "b"),
    ("ktg_guru", "Hasna Mokodompit, S.Pd.", 2, "PNS", "Guru Ahli Madya", P_KTG, "Dinas Pendidikan - SMPN 1 Kotamobagu", KTG,
     {"facebook": True, "tiktok": "buhasna.kk"}, "b"),
    ("ktg_guru2", "Irwan Lantong, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_KTG, "Dinas Pendidikan - SDN 1 Kotamobagu", KTG, {"facebook": True, "x": "irwanlantong"}, "b"),
    ("ktg_pkm", "Ns. Novita Manoppo, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_KTG, "Dinas Kesehatan - Puskesmas Gogagoman", KTG,
     {"instagram": "ns.novitamanoppo"}, "b"),
    ("ktg_dishub", "Jefri Mamonto", 1, "PNS", "Petugas Pengatur Lalu Lintas", P_KTG, "Dinas Perhubungan", KTG, {"tiktok": "jefri.dishubkk", "facebook": True}, "n"),
    ("ktg_pppk", "Nurul Ain Bonde, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_KTG, "Dinas Pendidikan - SDN 3 Kotamobagu", KTG,
     {"tiktok": "bunurulain", "whatsapp": True}, "n"),
    # Kabupaten Maluku Tengah, Maluku (WIT)
    ("mtg_camat", "Drs. Abdul Gani Latuconsina", 1, "PNS", "Camat", P_MTG, "Kecamatan Kota Masohi", MTG, {"whatsapp": True, "facebook": True}, "b"),
    ("mtg_sekcam", "Yohana Pattiasina, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", P_MTG, "Kecamatan Kota Masohi", MTG, {"whatsapp": True}, "b"),
    ("mtg_staf", "Ronny Sahetapy", 1, "PNS", "Pengadministrasi Umum", P_MTG, "Kecamatan Kota Masohi", MTG, {"whatsapp": True, "facebook": True}, "b"),
    ("mtg_kabid", "drg. Marthina Wattimena", 2, "PNS", "Kepala Bidang Pelayanan", P_MTG, RS_MSH, MTG, {"whatsapp": True}, "b"),
    ("mtg_rs", "dr. Nurlaila Tuasamu", 2, "PNS", "Dokter Ahli Muda", P_MTG, RS_MSH, MTG, {"whatsapp": True, "instagram": "dr.nurlaila.tsm"}, "b"),
    ("mtg_rs2", "Ns. Samuel Leiwakabessy, S.Kep.", 1, "PNS", "Perawat Ahli Muda", P_MTG, RS_MSH, MTG, {"whatsapp": True, "facebook": True}, "b"),
    ("mtg_rs3", "Fatma Sangadji, A.Md.Kep.", 2, "PNS", "Perawat Terampil", P_MTG, RS_MSH, MTG, {"whatsapp": True}, "b"),
    ("mtg_guru", "Jacob Manuputty, S.Pd.", 1, "PNS", "Guru Ahli Madya", P_MTG, "Dinas Pendidikan - SMAN 1 Masohi", MTG, {"facebook": True, "x": "jacob_manuputty"}, "b"),
    ("mtg_dkp", "Rahman Wally, S.Pi.", 1, "PNS", "Penyuluh Perikanan Ahli Pertama", P_MTG, "Dinas Perikanan", MTG, {"facebook": True, "tiktok": "rahman.wally"}, "n"),
    ("mtg_pppk", "Novita Latupeirissa, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_MTG, "Dinas Pendidikan - SD Negeri 3 Masohi", MTG,
     {"tiktok": "bunovita.masohi", "instagram": "novita.ltp"}, "n"),
    # Kabupaten Fak Fak, Papua Barat (WIT)
    ("ffk_distrik", "Drs. Yusuf Iba", 1, "PNS", "Kepala Distrik", P_FFK, DIS_FFK, FFK, {"whatsapp": True, "facebook": True}, "b"),
    ("ffk_sekdis", "Maria Tuturop, S.Sos.", 2, "PNS", "Sekretaris Distrik", P_FFK, DIS_FFK, FFK, {"whatsapp": True}, "b"),
    ("ffk_staf", "Abdul Kadir Uswanas", 1, "PNS", "Pengadministrasi Umum", P_FFK, DIS_FFK, FFK, {"whatsapp": True, "facebook": True}, "b"),
    ("ffk_staf2", "Yosina Kabes", 2, "PNS", "Pengelola Data", P_FFK, DIS_FFK, FFK, {"whatsapp": True}, "b"),
    ("ffk_kebun", "Ir. Husein Patiran", 1, "PNS", "Penyuluh Perkebunan Ahli Madya", P_FFK, "Dinas Perkebunan", FFK, {"facebook": True, "x": "husein_pala"}, "b"),
    ("ffk_guru", "Agustina Mury, S.Pd.", 2, "PNS", "Guru Ahli Muda", P_FFK, "Dinas Pendidikan - SMPN 1 Fakfak", FFK, {"facebook": True, "tiktok": "mama.agustina"}, "b"),
    ("ffk_pkm", "Ns. Yakobus Hindom, S.Kep.", 1, "PNS", "Perawat Ahli Muda", P_FFK, "Dinas Kesehatan - Puskesmas Fakfak Kota", FFK,
     {"instagram": "ns.yakobushindom"}, "b"),
    ("ffk_dishub", "Rizal Rumagesan", 1, "PNS", "Petugas Pelabuhan", P_FFK, "Dinas Perhubungan", FFK, {"facebook": True, "tiktok": "rizal.rmg"}, "n"),
    ("ffk_pppk", "Siti Hadijah Tuturop, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_FFK, "Dinas Pendidikan - SD Inpres Wagom", FFK,
     {"tiktok": "bu.hadijah.ffk", "whatsapp": True}, "n"),
    # Kabupaten Halmahera Selatan, Maluku Utara (WIT)
    ("hsl_kadis", "Ir. Rusdi Hi. Abbas", 1, "PNS", "Kepala Dinas", P_HSL, DKP_HSL, HSL, {"telegram": True, "whatsapp": True}, "b"),
    ("hsl_kabid", "Nurhayati Hi. Umar, S.Pi.", 2, "PNS", "Kepala Bidang Perikanan Tangkap", P_HSL, DKP_HSL, HSL, {"telegram": True, "whatsapp": True}, "b"),
    ("hsl_staf1", "Irfan Malagapi", 1, "PNS", "Pengawas Perikanan", P_HSL, DKP_HSL, HSL, {"telegram": True, "whatsapp": True}, "b"),
    ("hsl_staf2", "Safira Djalil", 2, "PNS", "Pengelola Data", P_HSL, DKP_HSL, HSL, {"telegram": True, "whatsapp": True}, "n"),
    ("hsl_staf3", "Rahmat Hi. Syukur", 1, "PNS", "Penyuluh Perikanan", P_HSL, DKP_HSL, HSL, {"telegram": True, "whatsapp": True, "facebook": True}, "b"),
    ("hsl_bpbd", "Muhlis Talib", 1, "PNS", "Analis Kebencanaan", P_HSL, "Badan Penanggulangan Bencana Daerah", HSL, {"whatsapp": True, "facebook": True}, "b"),
    ("hsl_bpbd2", "Rosmiati Hasan", 2, "PNS", "Pengadministrasi Umum", P_HSL, "Badan Penanggulangan Bencana Daerah", HSL, {"whatsapp": True}, "b"),
    ("hsl_guru", "Fadli Djafar, S.Pd.", 1, "PNS", "Guru Ahli Muda", P_HSL, "Dinas Pendidikan - SMAN 1 Halmahera Selatan", HSL, {"facebook": True, "x": "fadli_labuha"}, "b"),
    ("hsl_pkm", "Ns. Wahyuni Sangaji, S.Kep.", 2, "PNS", "Perawat Ahli Muda", P_HSL, "Dinas Kesehatan - Puskesmas Labuha", HSL, {"instagram": "ns.wahyunisangaji"}, "b"),
    ("hsl_pppk", "Rini Hi. Yusuf, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", P_HSL, "Dinas Pendidikan - SD Negeri 1 Bacan", HSL,
     {"tiktok": "burini.bacan", "whatsapp": True}, "n"),
]

PHONE_PREFIX = ["812", "813", "821", "822", "852", "853", "811", "878", "857", "896", "815", "819", "823", "851"]


def add_people(ctx):
    for row in PEOPLE:
        key, nama, sex, status, jab, ins, unit, wil, accs, era = row[:10]
        disp = row[10] if len(row) > 10 else None
        by = 1965 + hnum("h10by" + key, 24)
        if era == "h":
            by = 1986 + hnum("h10by" + key, 6)
        birth = f"{by}{1 + hnum('h10bm' + key, 12):02d}{1 + hnum('h10bd' + key, 28):02d}"
        if status == "PPPK":
            assert era == "n", key  # no PPPK before 2019
            tmt = ["202102", "202201", "202207", "202304"][hnum("h10tp" + key, 4)]
        elif era == "b":  # appointed before the 2013-14 activities
            ty = min(by + 22 + hnum("h10ty" + key, 9), 2012)
            tmt = f"{ty}{1 + hnum('h10tm' + key, 12):02d}"
        elif era == "h":  # honorary in 2014, PNS from 2019
            tmt = f"2019{1 + hnum('h10tm' + key, 12):02d}"
        else:
            ty = max(by + 18, 2015) + hnum("h10ty" + key, 6)
            tmt = f"{min(ty, 2022)}{1 + hnum('h10tm' + key, 12):02d}"
        seq = 1 + hnum("h10sq" + key, 998)
        acc = {}
        for p, v in accs.items():
            if v is True:
                v = {"facebook": fbid(key), "youtube": yt_channel("h10" + key)}.get(p) or phone(key, PHONE_PREFIX[hnum(key + p, len(PHONE_PREFIX))])
            acc[p] = v
        if "telegram" in acc and "whatsapp" in acc:
            acc["telegram"] = acc["whatsapp"]
        ctx.add_asn(key, birth, tmt, sex, seq, nama, jab, ins, unit, wil, status, acc, disp)
        ctx.asn[key]["era"] = era


INSTS = [
    ("humas_pid", "Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kabupaten Pidie", PID, "facebook", page_id("humas_pid"), "Humas Pemkab Pidie"),
    ("kec_ktj", "Kecamatan Kembang Tanjong", PID, "facebook", page_id("kec_ktj"), "Kecamatan Kembang Tanjong"),
    ("dsi_pid", "Dinas Syariat Islam Kabupaten Pidie", PID, "x", "dsi_pidie", "Dinas Syariat Islam Pidie"),
    ("kominfo_psp", "Dinas Komunikasi dan Informatika Kota Padangsidimpuan", PSP, "x", "kominfo_psp", "Info Kota Padangsidimpuan"),
    ("kec_psu", "Kecamatan Padangsidimpuan Utara", PSP, "facebook", page_id("kec_psu"), "Kecamatan Padangsidimpuan Utara"),
    ("kel_pkl", "Kelurahan Pekalipan", CRB, "instagram", "kel.pekalipan", "Kelurahan Pekalipan"),
    ("disbudpar_crb", "Dinas Kebudayaan dan Pariwisata Kota Cirebon", CRB, "youtube", yt_channel("h10disbudparcrb"), "Disbudpar Kota Cirebon"),
    ("kominfo_pmk", "Dinas Komunikasi dan Informatika Kabupaten Pamekasan", PMK, "facebook", page_id("kominfo_pmk"), "Pamekasan Info"),
    ("kominfo_pmk_tt", "Dinas Komunikasi dan Informatika Kabupaten Pamekasan", PMK, "tiktok", "pamekasan.info", "Pamekasan Info"),
    ("kec_pdw", "Kecamatan Pademawu", PMK, "facebook", page_id("kec_pdw"), "Kecamatan Pademawu"),
    ("kec_pjt", "Kecamatan Pujut", LTG, "facebook", page_id("kec_pjt"), "Kecamatan Pujut"),
    ("dispar_ltg", "Dinas Pariwisata Kabupaten Lombok Tengah", LTG, "instagram", "dispar.loteng", "Dinas Pariwisata Lombok Tengah"),
    ("kel_rtp", "Kelurahan Rantepao", TRU, "facebook", page_id("kel_rtp"), "Kelurahan Rantepao"),
    ("dispar_tru", "Dinas Pariwisata Kabupaten Toraja Utara", TRU, "youtube", yt_channel("h10dispartru"), "Wisata Toraja Utara"),
    ("kec_tmp", "Kecamatan Tempe", WJO, "facebook", page_id("kec_tmp"), "Kecamatan Tempe"),
    ("kec_tmp_tt", "Kecamatan Tempe", WJO, "tiktok", "kecamatan.tempe", "Kecamatan Tempe"),
    ("perin_wjo", "Dinas Perindustrian Kabupaten Wajo", WJO, "instagram", "sutera.wajo", "Sutera Wajo - Disperin"),
    ("dispar_mbr", "Dinas Pariwisata dan Ekonomi Kreatif Kabupaten Manggarai Barat", MBR, "instagram", "dispar.mabar", "Dispar Mabar"),
    ("kec_kmd", "Kecamatan Komodo", MBR, "facebook", page_id("kec_kmd"), "Kecamatan Komodo"),
    ("smpn1_kmd", "SMP Negeri 1 Komodo", MBR, "tiktok", "smpn1komodo", "SMPN 1 Komodo"),
    ("kel_ggm", "Kelurahan Gogagoman", KTG, "instagram", "kel.gogagoman", "Kelurahan Gogagoman"),
    ("kominfo_ktg", "Dinas Komunikasi dan Informatika Kota Kotamobagu", KTG, "x", "kotamobagu_info", "Info Kotamobagu"),
    ("kec_msh", "Kecamatan Kota Masohi", MTG, "facebook", page_id("kec_msh"), "Kecamatan Kota Masohi"),
    ("rsud_msh", "RSUD Masohi", MTG, "tiktok", "rsudmasohi", "RSUD Masohi"),
    ("distrik_ffk", "Distrik Fakfak", FFK, "facebook", page_id("distrik_ffk"), "Distrik Fakfak"),
    ("disbun_ffk", "Dinas Perkebunan Kabupaten Fak Fak", FFK, "x", "disbun_fakfak", "Disbun Fakfak"),
    ("dkp_hsl", "Dinas Kelautan dan Perikanan Kabupaten Halmahera Selatan", HSL, "telegram", "infodkphalsel", "Info DKP Halsel"),
    ("dkp_hsl_yt", "Dinas Kelautan dan Perikanan Kabupaten Halmahera Selatan", HSL, "youtube", yt_channel("h10dkphsl"), "DKP Halsel"),
    ("bpbd_hsl", "Badan Penanggulangan Bencana Daerah Kabupaten Halmahera Selatan", HSL, "facebook", page_id("bpbd_hsl"), "BPBD Halmahera Selatan"),
]

# ---------------------------------------------------------------------------------------------
# elections: real calendars (2014 party list with the Aceh local parties; 2024 list with two Aceh local parties); fictional candidates
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
    ("PDA", "Partai Damai Aceh", 11, []),
    ("PNA", "Partai Nasional Aceh", 12, []),
    ("PA", "Partai Aceh", 13, []),
    ("PBB", "Partai Bulan Bintang", 14, []),
    ("PKPI", "Partai Keadilan dan Persatuan Indonesia", 15, []),
]
PARTIES_2024 = PARTIES + [("PNA", "Partai Nanggroe Aceh", 18, []), ("PA", "Partai Aceh", 21, [])]

DCT14, PRES14, P24 = date(2013, 8, 22), date(2014, 5, 31), date(2024, 9, 22)
PILEG14_STAGES = [
    ("kampanye_terbatas", date(2013, 1, 11), date(2014, 3, 15)),   # campaigning without rallies (UU 8/2012 Pasal 83)
    ("pendaftaran", date(2013, 4, 9), date(2013, 4, 22)),
    ("penetapan_calon", date(2013, 8, 22), date(2013, 8, 22)),
    ("kampanye", date(2014, 3, 16), date(2014, 4, 5)),
    ("masa_tenang", date(2014, 4, 6), date(2014, 4, 8)),
    ("pemungutan_suara", date(2014, 4, 9), date(2014, 4, 9)),
]
PILPRES14_STAGES = [
    ("pendaftaran_paslon_presiden", date(2014, 5, 18), date(2014, 5, 20)),
    ("penetapan_calon", date(2014, 5, 31), date(2014, 5, 31)),
    ("penetapan_paslon_presiden", date(2014, 5, 31), date(2014, 5, 31)),
    ("pengundian_nomor_urut_paslon_presiden", date(2014, 6, 1), date(2014, 6, 1)),
    ("kampanye", date(2014, 6, 4), date(2014, 7, 5)),
    ("masa_tenang", date(2014, 7, 6), date(2014, 7, 8)),
    ("pemungutan_suara", date(2014, 7, 9), date(2014, 7, 9)),
]

PILEG_COMMENT = """
heldout10 Pemilu legislatif 2014 configuration (contract format; the real KPU calendar of PKPU 7/2012 as amended). Candidates are
fictional, of the real 2014 parties (national numbers 1-10, 14, 15; the Aceh local parties 11-13 run for the DPRA and DPRK only);
ballot_number is the candidate's place on the party list (DPD: the candidate's number on the DPD ballot). DCT: DPR and DPRD
22 Aug 2013, DPD 28 Aug 2013 (one penetapan_calon stage on 22 Aug here; no DPD activity lies between the two dates).
Campaigning without rallies from 11 Jan 2013 (kampanye_terbatas); open rallies and media 16 Mar-5 Apr 2014.
"""
PILPRES_COMMENT = """
heldout10 Pemilu presiden 2014 configuration: two fictional pairs; registration 18-20 May 2014, designation 31 May, number draw 1 Jun,
campaign 4 Jun-5 Jul, quiet days 6-8 Jul, voting 9 Jul 2014. Parties are the 2014 list.
"""
PILKADA24_COMMENT = """
heldout10 Pilkada serentak 2024 configuration (the real KPU calendar). All pairs are fictional, and so are the fields of pairs;
the regions are real: Kabupaten Pidie, Kota Padangsidimpuan, Kota Cirebon, Kabupaten Pamekasan (WIB), Kabupaten Lombok Tengah,
Kabupaten Toraja Utara, Kabupaten Wajo, Kabupaten Manggarai Barat, Kota Kotamobagu (WITA), Kabupaten Maluku Tengah, Kabupaten
Fak Fak, Kabupaten Halmahera Selatan (WIT). Independent pairs: pid-2, ltg-3, tru-3, ffk-3 (KTP support handed in 8-12 May 2024).
Parties are the 2024 list with the Aceh local parties PNA (18) and PA (21).
"""


def candidates():
    D = DCT14
    leg = [
        Contest("dpr-aceh-1", "dpr", "Dapil Aceh I", [
            Cand("dpr-aceh1-pan-3", "Cut Nurhayati Ibrahim", aliases=["Cut Nur", "Bunda Cut Nur"], ballot=3, parties=["PAN"], hashtags=["#CutNur3"],
                 accounts=[("facebook", page_id("cutnur"))]),
        ], D),
        Contest("dprk-pidie-1", "dprd_kabkota", PID + " - Dapil Pidie 1", [
            Cand("dprk-pid1-pa-1", "Tgk. Muhammad Yusuf Hasan", aliases=["Tgk. Yusuf", "Abu Yusuf"], ballot=1, parties=["PA"], hashtags=["#TgkYusuf1"],
                 accounts=[("facebook", page_id("tgkyusuf"))]),
        ], D),
        Contest("dpr-sumut-2", "dpr", "Dapil Sumatera Utara II", [
            Cand("dpr-sumut2-gol-2", "Ir. Parlindungan Harahap", aliases=["Bang Parlin", "Tulang Parlin"], ballot=2, parties=["GOLKAR"],
                 hashtags=["#BangParlin2"], accounts=[("x", "bangparlin2"), ("facebook", page_id("bangparlin"))]),
        ], D),
        Contest("dprd-cirebon-2", "dprd_kabkota", CRB + " - Dapil Kota Cirebon 2", [
            Cand("dprd-crb2-pkb-1", "H. Abdul Rozak Fathoni", aliases=["Kang Rozak", "Mang Rozak"], ballot=1, parties=["PKB"], hashtags=["#KangRozak1"],
                 accounts=[("facebook", page_id("kangrozak"))]),
        ], D),
        Contest("dpr-jatim-11", "dpr", "Dapil Jawa Timur XI (Madura)", [
            Cand("dpr-jatim11-ppp-1", "KH. Moh. Zainul Hasan", aliases=["Kiai Zainul", "Kiaeh Zainul"], ballot=1, parties=["PPP"], hashtags=["#KiaiZainul1"],
                 accounts=[("youtube", yt_channel("h10kiaizainul"))]),
        ], D),
        Contest("dprd-pamekasan-2", "dprd_kabkota", PMK + " - Dapil Pamekasan 2", [
            Cand("dprd-pmk2-pkb-2", "H. Ach. Baidowi, Lc.", aliases=["Ra Baidowi", "Lora Baidowi"], ballot=2, parties=["PKB"], hashtags=["#RaBaidowi2"],
                 accounts=[("facebook", page_id("rabaidowi"))]),
        ], D),
        Contest("dpd-ntb", "dpd", NTB, [
            Cand("dpd-ntb-18", "Dr. H. Lalu Muhammad Ihsan", aliases=["Mamiq Ihsan", "Doktor Ihsan"], ballot=18, hashtags=["#MamiqIhsan18"],
                 accounts=[("facebook", page_id("mamiqihsan"))]),
        ], D),
        Contest("dprd-loteng-4", "dprd_kabkota", LTG + " - Dapil Lombok Tengah 4", [
            Cand("dprd-ltg4-ger-3", "Baiq Nurul Aini", aliases=["Baiq Nurul", "Bq. Nurul"], ballot=3, parties=["GERINDRA"], hashtags=["#BaiqNurul3"],
                 accounts=[("instagram", "baiqnurul.aini3")]),
        ], D),
        Contest("dprd-sulsel-wajo", "dprd_provinsi", SULSEL + " - Dapil Sulsel (Wajo, Soppeng)", [
            Cand("dprd-sulsel-pan-4", "Drs. H. Andi Mappasessu", aliases=["Puang Sessu", "Pak Sessu"], ballot=4, parties=["PAN"], hashtags=["#PuangSessu4"],
                 accounts=[]),
        ], D),
        Contest("dprd-wajo-1", "dprd_kabkota", WJO + " - Dapil Wajo 1", [
            Cand("dprd-wjo1-gol-1", "Hj. Andi Tenri Pada, S.H.", aliases=["Puang Tenri", "Ibu Tenri"], ballot=1, parties=["GOLKAR"], hashtags=["#PuangTenri1"],
                 accounts=[("facebook", page_id("puangtenri"))]),
        ], D),
        Contest("dprd-torut-1", "dprd_kabkota", TRU + " - Dapil Toraja Utara 1", [
            Cand("dprd-tru1-dem-2", "Daniel Rante Allo", aliases=["Ambe' Daniel", "Pak Daniel"], ballot=2, parties=["DEMOKRAT"], hashtags=["#AmbeDaniel2"],
                 accounts=[("facebook", page_id("ambedaniel"))]),
        ], D),
        Contest("dpr-ntt-1", "dpr", "Dapil Nusa Tenggara Timur I", [
            Cand("dpr-ntt1-nas-1", "Fransiskus Nggarang", aliases=["Kraeng Frans", "Om Frans"], ballot=1, parties=["NASDEM"], hashtags=["#KraengFrans1"],
                 accounts=[("x", "kraengfrans1")]),
        ], D),
        Contest("dprd-kotamobagu-1", "dprd_kabkota", KTG + " - Dapil Kotamobagu 1", [
            Cand("dprd-ktg1-gol-1", "Rudy Paputungan", aliases=["Om Rudy", "Bapak Rudy"], ballot=1, parties=["GOLKAR"], hashtags=["#OmRudy1"],
                 accounts=[("facebook", page_id("omrudy"))]),
        ], D),
        Contest("dpd-sulut", "dpd", SULUT, [
            Cand("dpd-sulut-9", "Dra. Meiske Mokodompit", aliases=["Ibu Meiske", "Tante Meiske"], ballot=9, hashtags=["#IbuMeiske9"], accounts=[]),
        ], D),
        Contest("dprd-malteng-1", "dprd_kabkota", MTG + " - Dapil Maluku Tengah 1", [
            Cand("dprd-mtg1-han-2", "Hasan Latuconsina", aliases=["Bung Hasan", "Bapa Hasan"], ballot=2, parties=["HANURA"], hashtags=["#BungHasan2"],
                 accounts=[("facebook", page_id("bunghasan"))]),
        ], D),
        Contest("dpd-pabar", "dpd", PABAR, [
            Cand("dpd-pabar-7", "Hj. Nuraini Patiran", aliases=["Mama Nur", "Ibu Nuraini"], ballot=7, hashtags=["#MamaNur7"], accounts=[]),
        ], D),
        Contest("dprd-halsel-1", "dprd_kabkota", HSL + " - Dapil Halmahera Selatan 1", [
            Cand("dprd-hsl1-pks-3", "Hasbullah Djafar", aliases=["Om Has", "Bapak Hasbullah"], ballot=3, parties=["PKS"], hashtags=["#OmHas3"], accounts=[]),
        ], D),
    ]
    pileg = Election("pemilu-2014-legislatif-heldout10", "Pemilihan Umum Anggota DPR, DPD dan DPRD 2014 (heldout10)", date(2014, 4, 9), "pemilu",
                     leg, PILEG_COMMENT, stages=PILEG14_STAGES, parties=PARTIES_2014, dct=DCT14, pres=DCT14)
    pres = Contest("presiden", "presiden", "Indonesia", [
        Cand("p10-1", "Letjen TNI (Purn.) Teguh Sasmita", aliases=["Pak Teguh", "Jenderal Teguh", "TEGAS"], mate="Dr. Ir. Gasali Rahman",
             mate_aliases=["Pak Gasali"], ballot=1, parties=["GERINDRA", "GOLKAR", "PAN", "PKS", "PPP", "PBB"], slogans=["Indonesia TEGAS"],
             hashtags=["#TEGAS1", "#TeguhGasali"], accounts=[("facebook", page_id("tegas1")), ("x", "tegas_satu"), ("instagram", "tegas.indonesia")]),
        Cand("p10-2", "Prof. Dr. Adi Wiranata", aliases=["Pak Adi", "Mas Adi", "ADIL"], mate="Ir. H. Ilham Basri", mate_aliases=["Pak Ilham"],
             ballot=2, parties=["PDIP", "NASDEM", "PKB", "HANURA", "PKPI"], slogans=["ADIL untuk Rakyat"], hashtags=["#ADIL2", "#AdiIlham"],
             accounts=[("facebook", page_id("adil2")), ("x", "adil_dua"), ("instagram", "adil.dua"), ("youtube", yt_channel("h10adil2"))]),
    ], PRES14)
    pilpres = Election("pemilu-2014-presiden-heldout10", "Pemilihan Umum Presiden dan Wakil Presiden 2014 (heldout10)", date(2014, 7, 9), "pemilu",
                       [pres], PILPRES_COMMENT, stages=PILPRES14_STAGES, parties=PARTIES_2014, dct=PRES14, pres=PRES14,
                       designated_note="pairs designated 31 May 2014, numbers drawn 1 Jun")

    P = P24
    ct = [
        Contest("pidie-bupati", "bupati", PID, [
            Cand("pid-1", "H. Teuku Basri Hamzah", aliases=["Abua Basri", "Ampon Basri", "BEREH"], mate="Rahmat Husein", mate_aliases=["Bang Rahmat"],
                 ballot=1, parties=["PA", "GERINDRA", "PAN"], slogans=["Pidie BEREH"], hashtags=["#BEREH1", "#BasriRahmat"],
                 accounts=[("facebook", page_id("basrirahmat")), ("tiktok", "bereh.pidie1")]),
            Cand("pid-2", "Dr. Fadhil Ismail", aliases=["Bang Fadhil", "Dokter Fadhil"], mate="Cut Meutia Sari", mate_aliases=["Cut Meutia"],
                 ballot=2, independent=True, slogans=["Pidie Geutanyoe"], hashtags=["#FadhilMeutia2"], accounts=[("instagram", "fadhilmeutia2")]),
            Cand("pid-3", "Ir. Mahdi Usman", aliases=["Pak Mahdi", "Tgk. Mahdi"], mate="Tgk. Nazaruddin", mate_aliases=["Tgk. Nazar"],
                 ballot=3, parties=["PNA", "PKS", "PKB", "DEMOKRAT", "NASDEM"], slogans=["Pidie Meuadab"], hashtags=["#MahdiNazar3"], accounts=[]),
        ], P),
        Contest("padangsidimpuan-walikota", "walikota", PSP, [
            Cand("psp-1", "H. Irsan Nasution", aliases=["Bang Irsan", "Tulang Irsan", "OLO"], mate="Dr. Riswan Daulay", mate_aliases=["Bang Riswan"],
                 ballot=1, parties=["GOLKAR", "GERINDRA", "PAN", "PKB"], slogans=["Sidimpuan OLO"], hashtags=["#OLO1", "#IrsanRiswan"],
                 accounts=[("facebook", page_id("irsanriswan")), ("x", "olo_psp1")]),
            Cand("psp-2", "Hj. Nurhalimah Harahap", aliases=["Bunda Halimah", "Nantulang Halimah"], mate="Ahmad Syukri Pulungan", mate_aliases=["Bang Syukri"],
                 ballot=2, parties=["PDIP", "NASDEM", "DEMOKRAT", "PKS"], slogans=["Salumpat Saindege Maju"], hashtags=["#HalimahSyukri2"],
                 accounts=[("facebook", page_id("halimahsyukri"))]),
        ], P),
        Contest("cirebon-walikota", "walikota", CRB, [
            Cand("crb-1", "Drs. H. Eddy Suryana", aliases=["Kang Eddy", "Mang Eddy", "JUJUR"], mate="Hj. Nining Rohaeni", mate_aliases=["Bu Nining"],
                 ballot=1, parties=["PDIP", "PKB", "NASDEM"], slogans=["Cirebon JUJUR"], hashtags=["#JUJUR1", "#EddyNining"],
                 accounts=[("instagram", "jujur.cirebon1"), ("tiktok", "kangeddy.jujur")]),
            Cand("crb-2", "Dr. Sunarya Hadi", aliases=["Pak Narya", "Kang Narya"], mate="Ahmad Fauzi", mate_aliases=["Kang Fauzi"],
                 ballot=2, parties=["GERINDRA", "GOLKAR", "PKS", "PAN", "DEMOKRAT"], slogans=["Cirebon Grage Maju"], hashtags=["#NaryaFauzi2"],
                 accounts=[("facebook", page_id("naryafauzi"))]),
        ], P),
        Contest("pamekasan-bupati", "bupati", PMK, [
            Cand("pmk-1", "KH. Muhammad Thoha", aliases=["Kiai Thoha", "Kiaeh Thoha", "BECCE"], mate="Fathor Rahman", mate_aliases=["Pak Fathor"],
                 ballot=1, parties=["PKB", "PPP", "NASDEM"], slogans=["Pamekasan BECCE'"], hashtags=["#BECCE1", "#ThohaFathor"],
                 accounts=[("youtube", yt_channel("h10thohafathor")), ("facebook", page_id("thohafathor"))]),
            Cand("pmk-2", "Ir. H. Slamet Riyadi", aliases=["Pak Slamet", "Ji Slamet"], mate="Nyai Hj. Siti Maryam", mate_aliases=["Nyai Maryam"],
                 ballot=2, parties=["GERINDRA", "GOLKAR", "PDIP", "DEMOKRAT", "PAN"], slogans=["Pamekasan Gerbang Salam Maju"], hashtags=["#SlametMaryam2"],
                 accounts=[("tiktok", "slametmaryam2")]),
        ], P),
        Contest("lomboktengah-bupati", "bupati", LTG, [
            Cand("ltg-1", "Dr. H. Lalu Supriyadi", aliases=["Mamiq Supri", "Pak Supri", "SOLAH"], mate="Hj. Baiq Sumarni", mate_aliases=["Bu Baiq Sumarni"],
                 ballot=1, parties=["GERINDRA", "PKS", "PAN", "PKB"], slogans=["Loteng SOLAH"], hashtags=["#SOLAH1", "#SupriSumarni"],
                 accounts=[("facebook", page_id("suprisumarni")), ("instagram", "solah.loteng1")]),
            Cand("ltg-2", "TGH. Abdul Hafiz", aliases=["Tuan Guru Hafiz", "TGH Hafiz"], mate="Lalu Ahmad Rifai", mate_aliases=["Mamiq Rifai"],
                 ballot=2, parties=["PDIP", "GOLKAR", "NASDEM", "DEMOKRAT", "PPP"], slogans=["Loteng Tatas Maju"], hashtags=["#HafizRifai2"],
                 accounts=[("facebook", page_id("hafizrifai"))]),
            Cand("ltg-3", "Sahril Hadi", aliases=["Bang Sahril", "Amaq Sahril"], mate="Nurhidayah", mate_aliases=["Inaq Nur"],
                 ballot=3, independent=True, slogans=["Loteng Mandiri"], hashtags=["#SahrilNur3"], accounts=[]),
        ], P),
        Contest("torajautara-bupati", "bupati", TRU, [
            Cand("tru-1", "Ir. Samuel Tandiarrang", aliases=["Ambe' Samuel", "Pak Sam", "MELO"], mate="Dr. Yohana Pasambe", mate_aliases=["Indo' Yohana"],
                 ballot=1, parties=["PDIP", "DEMOKRAT", "NASDEM"], slogans=["Toraya MELO"], hashtags=["#MELO1", "#SamuelYohana"],
                 accounts=[("facebook", page_id("samuelyohana")), ("instagram", "melo.torut1")]),
            Cand("tru-2", "Drs. Paulus Kadang", aliases=["Ambe' Paulus", "Pak Paulus"], mate="Simon Parinding", mate_aliases=["Pak Simon"],
                 ballot=2, parties=["GOLKAR", "GERINDRA", "PSI", "PERINDO"], slogans=["Misa' Kada Toraja Utara"], hashtags=["#PaulusSimon2"],
                 accounts=[("facebook", page_id("paulussimon"))]),
            Cand("tru-3", "Yunus Lolo", aliases=["Pak Yunus", "Ambe' Yunus"], mate="Agustina Salu", mate_aliases=["Indo' Agustina"],
                 ballot=3, independent=True, slogans=["Torut Mandiri"], hashtags=["#YunusAgustina3"], accounts=[]),
        ], P),
        Contest("wajo-bupati", "bupati", WJO, [
            Cand("wjo-1", "H. Andi Baharuddin Pallawa", aliases=["Puang Bahar", "Pak Bahar", "DECENG"], mate="Drs. Amiruddin", mate_aliases=["Pak Amir"],
                 ballot=1, parties=["GOLKAR", "NASDEM", "PAN", "PKB"], slogans=["Wajo DECENG"], hashtags=["#DECENG1", "#BaharAmir"],
                 accounts=[("facebook", page_id("baharamir")), ("tiktok", "deceng.wajo1")]),
            Cand("wjo-2", "Ir. H. Muh. Ridwan Sultan", aliases=["Pak Ridwan", "Puang Ridwan"], mate="Dr. H. Andi Muh. Ilham", mate_aliases=["Puang Ilham"],
                 ballot=2, parties=["GERINDRA", "PDIP", "PKS", "DEMOKRAT", "PPP"], slogans=["Wajo Maradeka"], hashtags=["#RidwanIlham2"],
                 accounts=[("facebook", page_id("ridwanilham"))]),
        ], P),
        Contest("manggaraibarat-bupati", "bupati", MBR, [
            Cand("mbr-1", "Drs. Hendrikus Nanur", aliases=["Kraeng Hendrik", "Pak Hendrik", "MOLAS"], mate="Ahmad Ramli", mate_aliases=["Pak Ramli"],
                 ballot=1, parties=["PDIP", "NASDEM", "PKB"], slogans=["Mabar MOLAS"], hashtags=["#MOLAS1", "#HendrikRamli"],
                 accounts=[("instagram", "molas.mabar1"), ("facebook", page_id("hendrikramli"))]),
            Cand("mbr-2", "Ir. Benediktus Dalu", aliases=["Kraeng Bene", "Pak Bene"], mate="Maria Ulfa", mate_aliases=["Ibu Ulfa"],
                 ballot=2, parties=["GOLKAR", "GERINDRA", "DEMOKRAT", "PAN", "PERINDO"], slogans=["Mabar Bangkit"], hashtags=["#BeneUlfa2"],
                 accounts=[("tiktok", "kraengbene2")]),
        ], P),
        Contest("kotamobagu-walikota", "walikota", KTG, [
            Cand("ktg-1", "Ir. Syamsul Mokoagow", aliases=["Om Syam", "Pak Syamsul", "KITA"], mate="dr. Femmy Lantong", mate_aliases=["Tante Femmy"],
                 ballot=1, parties=["GOLKAR", "PAN", "NASDEM"], slogans=["Kotamobagu KITA"], hashtags=["#KITA1", "#SyamFemmy"],
                 accounts=[("facebook", page_id("syamfemmy")), ("instagram", "kita.kotamobagu1")]),
            Cand("ktg-2", "Drs. Jainuddin Damopolii", aliases=["Om Jai", "Pak Jai"], mate="Hj. Asnawati Mamonto", mate_aliases=["Tante Asna"],
                 ballot=2, parties=["PDIP", "GERINDRA", "PKB", "DEMOKRAT"], slogans=["Totabuan Mototabian"], hashtags=["#JaiAsna2"],
                 accounts=[("facebook", page_id("jaiasna"))]),
        ], P),
        Contest("malukutengah-bupati", "bupati", MTG, [
            Cand("mtg-1", "Drs. H. Rustam Lessy", aliases=["Bung Rustam", "Bapa Rustam", "MANISE"], mate="Johanis Pattipeilohy", mate_aliases=["Bung Joni"],
                 ballot=1, parties=["GERINDRA", "GOLKAR", "PKS", "PAN"], slogans=["Malteng MANISE"], hashtags=["#MANISE1", "#RustamJoni"],
                 accounts=[("facebook", page_id("rustamjoni")), ("tiktok", "manise.malteng1")]),
            Cand("mtg-2", "Ir. Maria Latumahina", aliases=["Usi Maria", "Ibu Maria"], mate="H. Abdullah Marasabessy", mate_aliases=["Bung Dul"],
                 ballot=2, parties=["PDIP", "NASDEM", "DEMOKRAT", "HANURA", "PKB"], slogans=["Pamahanunusa Bangkit"], hashtags=["#MariaDul2"],
                 accounts=[("facebook", page_id("mariadul"))]),
        ], P),
        Contest("fakfak-bupati", "bupati", FFK, [
            Cand("ffk-1", "Drs. Samaun Tuturop", aliases=["Bapa Samaun", "Om Samaun", "PALA"], mate="Yohanes Mury", mate_aliases=["Bapa Yohan"],
                 ballot=1, parties=["GOLKAR", "GERINDRA", "NASDEM", "PKB"], slogans=["Fakfak PALA"], hashtags=["#PALA1", "#SamaunYohan"],
                 accounts=[("facebook", page_id("samaunyohan")), ("tiktok", "pala.fakfak1")]),
            Cand("ffk-2", "Dr. Hendrik Kabes", aliases=["Bapa Hendrik", "Dokter Hendrik"], mate="Hj. Rukiah Iba", mate_aliases=["Mama Rukiah"],
                 ballot=2, parties=["PDIP", "DEMOKRAT", "PAN", "PKS"], slogans=["Satu Tungku Tiga Batu Maju"], hashtags=["#HendrikRukiah2"],
                 accounts=[("facebook", page_id("hendrikrukiah"))]),
            Cand("ffk-3", "Petrus Hombore", aliases=["Bapa Petrus", "Kaka Petrus"], mate="Ismail Warpopor", mate_aliases=["Bapa Ismail"],
                 ballot=3, independent=True, slogans=["Fakfak Mandiri"], hashtags=["#PetrusIsmail3"], accounts=[]),
        ], P),
        Contest("halmaheraselatan-bupati", "bupati", HSL, [
            Cand("hsl-1", "H. Iskandar Hi. Ali", aliases=["Om Is", "Bapak Iskandar", "BERANI"], mate="Hj. Salma Djalil", mate_aliases=["Ibu Salma"],
                 ballot=1, parties=["GERINDRA", "GOLKAR", "PKB"], slogans=["Halsel BERANI"], hashtags=["#BERANI1", "#IskandarSalma"],
                 accounts=[("facebook", page_id("iskandarsalma")), ("tiktok", "berani.halsel1")]),
            Cand("hsl-2", "Drs. Abdul Muis Sangaji", aliases=["Om Muis", "Pak Muis"], mate="Jemmy Lasaka", mate_aliases=["Om Jemmy"],
                 ballot=2, parties=["PDIP", "NASDEM", "DEMOKRAT", "PAN", "PKS"], slogans=["Bacan Bersatu"], hashtags=["#MuisJemmy2"],
                 accounts=[("facebook", page_id("muisjemmy"))]),
        ], P),
    ]
    p24 = Election("pilkada-2024-heldout10", "Pemilihan Serentak 2024 (heldout10)", date(2024, 11, 27), "pilkada", ct, PILKADA24_COMMENT,
                   parties=PARTIES_2024, designation=P24)
    return pileg, pilpres, p24


# ---------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------
PLAIN = ("neg_citizen", "neg_personal", "neg_candidate_own", "neg_official_neutral")
DYNAMICS = ("neg_objection", "neg_deflect", "neg_left_group", "neg_withdrawn", "neg_ack", "neg_untag")


def _check_eras(ctx):
    """No PPPK or later-appointed PNS acts in 2013-14; an honorary worker's 2014 activity is never a positive label."""
    by_nip = {a["nip"]: a for a in ctx.asn.values()}
    for t in ctx.truth:
        a = by_nip.get(t["actor"])
        if a is None or t["when"] is None:
            continue
        year = int(t["when"][:4])
        tmt = int(a["nip"][8:12])
        if year < 2015:
            assert a["era"] != "n", (t["id"], a["nama"])
            if a["era"] == "h":
                assert t["status"] == "none", t["id"]
        assert t["status"] == "none" or year >= tmt, (t["id"], a["nama"], tmt)


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
    pileg, pilpres, p24 = candidates()
    ctx.add_election("election-pemilu-2014-legislatif-heldout10.yaml", pileg)
    ctx.add_election("election-pemilu-2014-presiden-heldout10.yaml", pilpres)
    ctx.add_election("election-pilkada-2024-heldout10.yaml", p24)
    for fn in SECTIONS:
        fn(ctx)
    _check_eras(ctx)
    for a in ctx.asn.values():
        a.pop("era", None)
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

    def which(t):
        cd = ctx.cands[t["candidate"]]
        if cd.kind == "pilkada":
            return "Pilkada 2024"
        return "Pemilu presiden 2014" if cd.contest.office == "presiden" else "Pemilu legislatif 2014"

    el = Counter(which(t) for t in vio)
    office = Counter(ctx.cands[t["candidate"]].contest.office for t in vio if ctx.cands[t["candidate"]].kind == "pemilu")
    neg = [t for t in ctx.truth if t["status"] == "none"]
    hard = sum(1 for t in neg if t["case"] not in PLAIN + DYNAMICS)
    dyn = sum(1 for t in neg if t["case"] in DYNAMICS)
    pos = sum(1 for t in ctx.truth if t["status"] != "none")
    assert hard >= len(vio) and hard + dyn >= pos, (hard, dyn, len(vio), pos)
    regions = "\n".join(f"- {r} ({c})" for r, c in CODES.items())
    DESCRIPTION = (DESCRIPTION_BASE + "\n\nRegions (Kemendagri codes, `shared/data/datasets/wilayah`):\n\n" + regions
                   + "\n\n## Labels by language\n\n"
                   + table(rows, ["language", "labels", "violation", "alert", "review", "none"])
                   + "\n\nLanguage tags are kept inside `_heldout10*.py` (they are not in `truth.jsonl`); activities without text of their own "
                     "count as `no text`.\n\nChat exports: " + str(sum(chats.values())) + " labels on WhatsApp and Telegram lines ("
                   + ", ".join(f"{k} {chats[k]}" for k in ("violation", "alert", "review", "none")) + "). Violations by election: "
                   + ", ".join(f"{k} {el[k]}" for k in ("Pemilu legislatif 2014", "Pemilu presiden 2014", "Pilkada 2024")) + " (Pemilu by office: "
                   + ", ".join(f"{k} {office[k]}" for k in ("presiden", "dpr", "dprd_provinsi", "dprd_kabkota", "dpd")) + "). "
                   + "Confusable negatives (traps: every case but the plain `neg_citizen`, `neg_personal`, `neg_candidate_own` and "
                   + "`neg_official_neutral` and the chat dynamics `neg_objection`, `neg_deflect`, `neg_left_group`, `neg_withdrawn`, `neg_ack` and "
                   + f"`neg_untag`): {hard} of {len(neg)} negatives, against {len(vio)} violations; with the chat dynamics ({dyn}) {hard + dyn}, "
                   + f"against {pos} positive labels (violation, alert and review).")
