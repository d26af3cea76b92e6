"""heldout8: a ninth independent workspace of the social-media evaluation corpus (see build.py).

Two Pilkada rounds: the Pilkada serentak of 15 Feb 2017 (real KPU calendar, PKPU 3/2016 as amended) and the Pilkada
serentak of 27 Nov 2024 (the builder's default calendar), in regions none of the other workspaces uses. 2017: the
provinces of Gorontalo and Papua Barat (governors), Kabupaten Jepara, Kabupaten Kampar and Kota Singkawang (WIB),
Kabupaten Buleleng, Kabupaten Flores Timur and Kabupaten Boalemo (WITA), Kabupaten Seram Bagian Barat and Kabupaten
Kepulauan Yapen (WIT). 2024: Kota Surabaya (a single pair against the empty column) and Kabupaten Karo (WIB), Kabupaten
Kutai Kartanegara (WITA) and Kabupaten Biak Numfor (WIT). Every person, account, phone number, post and id is fictional;
regions, parties and the KPU calendars are real. Written from rules.md and contract.md only.

This workspace weights the general case a patrol meets: ordinary ASN posts, shares, comments and likes of campaign
content, institutional accounts, people tagged or added and what they do next, agency chats, photos and finger signs
carried by captions, alt text or image text, and bakal calon support before designation, with the hard negatives and
genuine doubts mixed in as they come.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from _corpus import (  # noqa: F401
    WIB, WIT, WITA, A, Canon, Cand, Contest, Ct, Election, Fb, Ig, N, R, Tg, Tt, V, X, Yt, at, fb_person, hnum, img,
    png_shot, table, textless, tg_account_export, tg_contact, tg_phone, tgt, tt_comments, wa_file, wa_phone, yt_channel,
)

LICENCE_NOTE = """**Licence:** written for this project; every person, account, post, phone number
and id is fictional (every candidate pair too). Regions (Kemendagri names), parties (the 2014 list with its ballot numbers
for the Pilkada 2017, whose nominating parties held their seats from the 2014 vote; the 2024 list for the Pilkada 2024) and
the KPU calendars of the Pilkada 2017 and the Pilkada 2024 are real."""

CALENDAR_NOTE = """Stages follow the contract (`dates inclusive, Asia/Jakarta`), with the real KPU calendars.

Pilkada serentak 2017 (PKPU 3/2016 on the stages, programme and schedule, as amended by PKPU 7/2016 and a second
amendment): submission of the independents' KTP support 3–7 Aug 2016, registration of pairs 21–23 Sep 2016, designation of
pairs 24 Oct 2016, number draw 25 Oct 2016, campaign 28 Oct 2016–11 Feb 2017, quiet days 12–14 Feb, voting 15 Feb 2017.
Sources checked (search corpus `pages`): Kontan (3 Aug 2016, the independents' support window 3–7 Aug, KPU DKI) and
suksespemilu.com's calendar (3–7 Aug); Antara (28 Sep 2016) and Liputan6 (29 Sep 2016): registration in the 101 regions
21–23 Sep 2016, with extensions where only one pair registered; a Tolikara supervisor's account in an MK ruling
(registration 21 Sep 2016); Solopos (25 Oct 2016: KPU Jawa Tengah designated the pairs on Monday 24 Oct, the draw on
Tuesday 25 Oct, campaign 28 Oct 2016–11 Feb 2017); Antara Gorontalo (25 Oct 2016: designation set for 24 Oct by PKPU
7/2016; the provincial draw on Tuesday 25 Oct); Cahaya Papua (the Papua Barat draw on Tuesday 25 Oct 2016); rakyatmedan.com
(25 Oct 2016: campaign from 28 Oct to 11 Feb, quiet days 12–14 Feb, voting 15 Feb) and JPNN (6 Sep 2016: quiet days
12–14 Feb, voting 15 Feb). suksespemilu.com's older list gives designation on 22 Oct and the draw on 23 Oct (the first
version of PKPU 3/2016, before the amendment); the amended dates are used here. The 101 regions voting on 15 Feb 2017
(7 provinces, 76 regencies, 18 cities, which include every region used here) are listed by APKASI, kanalaceh.com (14 Feb
2017) and informasi-daftar.blogspot.com; the single-pair regions of 2017 (ericopieter.blogspot.com) are not used.

Pilkada serentak 2024 (PKPU 2/2024, the builder's defaults): KTP support for independents 8–12 May, registration 27–29 Aug
(extended 2–4 Sep where one pair registered), designation 22 Sep, number draw 23 Sep, campaign 25 Sep–23 Nov, quiet 24–26
Nov, voting 27 Nov 2024. Kota Surabaya had a single pair against the empty column (Tempo, 5 Sep 2024; merdeka.com; detik
Jatim); the pair here is fictional."""

CODES_NOTE = """`codes_any` is generous: any one code counts (SKB E codes before the WIB designation date — 24 Oct 2016 for
2017, 22 Sep 2024 for 2024 —, D codes from it; PP94-N* where they fit; UU10-71-1 in both Pilkada; SKB-E4/D6 added for
messages inside a candidate's volunteers' group). For 2016–2017 the codes are the catalogue's (SKB 2022, PP 94/2021): the
conduct was then governed by their predecessors (the MenPANRB circulars on ASN neutrality in the Pilkada 2017 and PP 53/2010),
whose forms the current matrix carries over, so a labeller cites the current codes as the tool does. PPPK staff appear only in
2024 (the first PPPK were appointed years after the Pilkada 2017). An ASN's call to vote for the empty column against the
single Surabaya pair is read as negative campaigning against that pair (SKB-D12, PP94-N5: an action harming a pair)."""

DESCRIPTION_BASE = """heldout8 takes the Pilkada serentak of 15 February 2017 (governors of Gorontalo and Papua Barat; regents
of Jepara, Kampar, Buleleng, Flores Timur, Boalemo, Seram Bagian Barat and Kepulauan Yapen; the mayor of Singkawang) and the
Pilkada serentak of 27 November 2024 (the mayor of Surabaya, a single pair against the empty column; the regents of Karo, with
an independent pair, Kutai Kartanegara and Biak Numfor), all with fictional pairs. Its regions are new to the corpus, across
WIB (Jepara, Kampar, Singkawang, Surabaya, Karo), WITA (Gorontalo and Boalemo, Buleleng, Flores Timur, Kutai Kartanegara)
and WIT (Papua Barat, Seram Bagian Barat, Kepulauan Yapen, Biak Numfor). Unlike the trap-heavy earlier rounds it weights the
general case a watchdog patrol sees: ordinary ASN posts, shares, comments and likes of campaign content in plain and informal
language; institutional pages, channels and accounts; people tagged or added to groups (alerts) and what they do next (engage,
leave, ask to be untagged, stay silent); agency chats with orders, relays, compliance, objections and bare acknowledgements;
photos with candidates and finger signs known only from captions, alt text or image text; bakal calon support in
September–October 2016 and August–September 2024; KTP copies for independent bakal calon in both rounds. Over a third of the
negatives (about 40 %) are confusable: candidates' namesakes and shared clan names, slogans and pair acronyms that are everyday words,
greetings or regional mottos (APIK, AMAN, BISA, YAKIN, ELOK, SUKSMA, WANI, Ocu, Kartini, Den Bukit, Mohuyula, Gelekat
Lewotana, Tite Hena, Saka Mese Nusa, Mejuah-juah, Taneh Karo Simalem, Erau, Mahakam, Snap Mor), posts naming every pair,
neutrality reminders, negations, plainly relayed news, election-body notices, jokes, untag requests and after-vote talk.
Text is Indonesian (formal, informal, slang, leetspeak, keycaps, emoji), English-mixed, Jepara Javanese, Kampar Ocu,
Singkawang Malay with Hakka words, Balinese (Buleleng), Larantuka Malay with Lamaholot words, Gorontalo Malay with Gorontalo
words, Ambon Malay (Seram Bagian Barat), Papuan Malay (Manokwari, Serui, Biak), Suroboyoan Javanese, Kutai Malay and Karo.
Stage boundaries (24 Oct 2016, the February 2017 quiet days, 22 Sep 2024, the November 2024 quiet days) fall where UTC, WIB
and the local WITA/WIT dates differ."""
DESCRIPTION = DESCRIPTION_BASE

LANGS = {}
LANG_NAMES = {
    "id": "Indonesian (standard or informal)", "slang": "Indonesian slang, leetspeak or keycaps", "en": "English or English-mixed",
    "jawa": "Jepara Javanese", "ocu": "Kampar Ocu", "singkawang": "Singkawang Malay with Hakka words", "bali": "Balinese (Buleleng)",
    "larantuka": "Larantuka Malay with Lamaholot words (Flores Timur)", "gorontalo": "Gorontalo Malay with Gorontalo words",
    "ambon": "Ambon Malay (Seram Bagian Barat)", "papua": "Papuan Malay (Manokwari, Serui, Biak)", "suroboyo": "Suroboyoan Javanese",
    "kutai": "Kutai Malay (Kutai Kartanegara)", "karo": "Karo", "sys": "no text (reactions, follows, joins, service lines)",
}

GTO, PB = "Provinsi Gorontalo", "Provinsi Papua Barat"
JPR, KPR, SKW = "Kabupaten Jepara", "Kabupaten Kampar", "Kota Singkawang"
BLL, FLT, BLM = "Kabupaten Buleleng", "Kabupaten Flores Timur", "Kabupaten Boalemo"
SBB, YPN = "Kabupaten Seram Bagian Barat", "Kabupaten Kepulauan Yapen"
SBY, KRO, KKR, BIK = "Kota Surabaya", "Kabupaten Karo", "Kabupaten Kutai Kartanegara", "Kabupaten Biak Numfor"


def w(y, mo, d, h=9, mi=0, s=0):
    return at(WIB, y, mo, d, h, mi, s)


def ta(y, mo, d, h=9, mi=0, s=0):
    return at(WITA, y, mo, d, h, mi, s)


def tp(y, mo, d, h=9, mi=0, s=0):
    return at(WIT, y, mo, d, h, mi, s)


def fbid(seed):
    return "1000" + f"{hnum('h8fb' + seed, 10**11):011d}"


def page_id(seed):
    return "10" + f"{hnum('h8pg' + seed, 10**13):013d}"


def phone(seed, prefix="812"):
    return "+62" + prefix + f"{hnum('h8ph' + seed, 10**8):08d}"


# ---------------------------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------------------------
PEMPROV_GTO, PEMPROV_PB = "Pemerintah Provinsi Gorontalo", "Pemerintah Provinsi Papua Barat"
PEMKAB_JPR, PEMKAB_KPR, PEMKOT_SKW = "Pemerintah Kabupaten Jepara", "Pemerintah Kabupaten Kampar", "Pemerintah Kota Singkawang"
PEMKAB_BLL, PEMKAB_FLT, PEMKAB_BLM = "Pemerintah Kabupaten Buleleng", "Pemerintah Kabupaten Flores Timur", "Pemerintah Kabupaten Boalemo"
PEMKAB_SBB, PEMKAB_YPN = "Pemerintah Kabupaten Seram Bagian Barat", "Pemerintah Kabupaten Kepulauan Yapen"
PEMKOT_SBY, PEMKAB_KRO = "Pemerintah Kota Surabaya", "Pemerintah Kabupaten Karo"
PEMKAB_KKR, PEMKAB_BIK = "Pemerintah Kabupaten Kutai Kartanegara", "Pemerintah Kabupaten Biak Numfor"

PU_GTO = "Dinas Pekerjaan Umum dan Penataan Ruang"
KES_PB = "Dinas Kesehatan"
KEC_THN = "Kecamatan Tahunan"
PU_KPR = "Dinas Pekerjaan Umum dan Penataan Ruang"
KEL_PSR = "Kelurahan Pasiran, Kecamatan Singkawang Barat"
PU_BLL = "Dinas Pekerjaan Umum dan Penataan Ruang"
KES_FLT = "Dinas Kesehatan"
KEC_TLM = "Kecamatan Tilamuta"
DKP_SBB = "Dinas Perikanan"
KEC_YPS = "Distrik Yapen Selatan"
KEL_KTT = "Kelurahan Ketintang, Kecamatan Gayungan"
KEC_TGR = "Kecamatan Tenggarong"
KEC_BRS = "Kecamatan Berastagi"
DKP_BIK = "Dinas Perikanan"

# key, name, sex, status, jabatan, instansi, unit, wilayah, accounts (platform -> True for a derived id, or a handle)[, display]
PEOPLE = [
    # Provinsi Gorontalo (offices in Kota Gorontalo and Limboto), WITA
    ("gto_humas", "Nurain Podungge, S.Sos.", 2, "PNS", "Pranata Hubungan Masyarakat Ahli Muda", PEMPROV_GTO, "Sekretariat Daerah - Biro Humas dan Protokol", GTO,
     {"facebook": True, "x": "nurain_podungge"}),
    ("gto_kabiro", "Drs. Hamzah Katili, M.Si.", 1, "PNS", "Kepala Biro Humas dan Protokol", PEMPROV_GTO, "Sekretariat Daerah - Biro Humas dan Protokol", GTO,
     {"facebook": True, "whatsapp": True}),
    ("gto_dokter", "dr. Fitri Bilondatu", 2, "PNS", "Dokter Ahli Muda", PEMPROV_GTO, "RSUD dr. Hasri Ainun Habibie", GTO,
     {"facebook": True, "instagram": "dr.fitribilondatu"}),
    ("gto_kadis", "Ir. Ismail Mohi, M.T.", 1, "PNS", "Kepala Dinas", PEMPROV_GTO, PU_GTO, GTO, {"whatsapp": True}),
    ("gto_kabid", "Sri Wahyuni Nento, S.T.", 2, "PNS", "Kepala Bidang Bina Marga", PEMPROV_GTO, PU_GTO, GTO, {"whatsapp": True, "facebook": True}),
    ("gto_staf1", "Arifin Hasiru", 1, "PNS", "Pengawas Jalan dan Jembatan", PEMPROV_GTO, PU_GTO, GTO, {"whatsapp": True, "facebook": True}),
    ("gto_staf2", "Lisna Abdjul", 2, "PNS", "Pengadministrasi Umum", PEMPROV_GTO, PU_GTO, GTO, {"whatsapp": True, "instagram": "lisna.abdjul"}),
    ("gto_staf3", "Ronal Dunggio", 1, "PNS", "Teknik Jalan dan Jembatan Ahli Pertama", PEMPROV_GTO, PU_GTO, GTO, {"whatsapp": True, "facebook": True}),
    ("gto_bkd", "Hj. Salma Tangahu, S.E.", 2, "PNS", "Analis Kepegawaian Ahli Muda", PEMPROV_GTO, "Badan Kepegawaian Daerah", GTO, {"facebook": True}),
    ("gto_tani", "Rizal Biki, S.P.", 1, "PNS", "Penyuluh Pertanian Ahli Muda", PEMPROV_GTO, "Dinas Pertanian", GTO,
     {"facebook": True, "x": "rizalbiki_gtlo"}),
    # Kabupaten Boalemo, WITA
    ("blm_camat", "Drs. Arsyad Ointu", 1, "PNS", "Camat", PEMKAB_BLM, KEC_TLM, BLM, {"facebook": True, "whatsapp": True}),
    ("blm_sekcam", "Hartini Lihawa, S.IP.", 2, "PNS", "Sekretaris Kecamatan", PEMKAB_BLM, KEC_TLM, BLM, {"whatsapp": True, "facebook": True}),
    ("blm_staf", "Fadli Dama", 1, "PNS", "Pengadministrasi Umum", PEMKAB_BLM, KEC_TLM, BLM, {"whatsapp": True, "instagram": "fadlidama_"}),
    ("blm_guru1", "Masita Mooduto, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_BLM, "Dinas Pendidikan - SDN 1 Tilamuta", BLM, {"facebook": True}),
    ("blm_guru2", "Suleman Yusuf, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_BLM, "Dinas Pendidikan - SMPN 1 Paguyaman", BLM,
     {"facebook": True, "x": "sulemanyusuf_pgy", "whatsapp": True}),
    ("blm_pkm", "Ns. Irma Daud, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", PEMKAB_BLM, "Dinas Kesehatan - Puskesmas Tilamuta", BLM,
     {"facebook": True, "instagram": "ns.irmadaud"}),
    ("blm_dkp", "Syamsul Batalipu, S.Pi.", 1, "PNS", "Penyuluh Perikanan", PEMKAB_BLM, "Dinas Kelautan dan Perikanan", BLM, {"facebook": True}),
    # Provinsi Papua Barat (offices in Manokwari) and Kabupaten Fakfak staff, WIT
    ("pb_humas", "Yohana Rumbewas, S.Sos.", 2, "PNS", "Pranata Hubungan Masyarakat Ahli Muda", PEMPROV_PB, "Sekretariat Daerah - Biro Humas", PB,
     {"facebook": True, "x": "yohana_rbw"}),
    ("pb_kadis", "drg. Frits Saiba, M.Kes.", 1, "PNS", "Kepala Dinas", PEMPROV_PB, KES_PB, PB, {"whatsapp": True, "telegram": True}),
    ("pb_kes1", "Maria Wamafma, S.Kep.", 2, "PNS", "Perawat Ahli Muda", PEMPROV_PB, "RSUD Provinsi Papua Barat", PB,
     {"facebook": True, "instagram": "mariawamafma"}),
    ("pb_kes2", "Yance Rumfabe", 1, "PNS", "Pengelola Program Kesehatan", PEMPROV_PB, KES_PB, PB, {"whatsapp": True, "telegram": True, "facebook": True}),
    ("pb_kes3", "Agustina Ayorbaba, S.KM.", 2, "PNS", "Epidemiolog Kesehatan Ahli Pertama", PEMPROV_PB, KES_PB, PB,
     {"whatsapp": True, "telegram": True, "facebook": True}),
    ("pb_guru", "Otniel Mansim, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMPROV_PB, "Dinas Pendidikan - SMAN 1 Manokwari", PB,
     {"facebook": True, "youtube": True}),
    ("pb_bpkad", "Ahmad Patiran, S.E.", 1, "PNS", "Analis Keuangan Daerah", PEMPROV_PB, "Badan Pengelolaan Keuangan dan Aset Daerah", PB,
     {"x": "ahmadpatiran", "instagram": "ahmad.patiran"}),
    ("pb_satpol", "Petrus Iwanggin", 1, "PNS", "Polisi Pamong Praja Ahli Muda", PEMPROV_PB, "Satuan Polisi Pamong Praja", PB, {"facebook": True}),
    ("fft_camat", "Abdul Kadir Uswanas, S.Sos.", 1, "PNS", "Kepala Distrik", "Pemerintah Kabupaten Fakfak", "Distrik Fakfak Tengah", "Kabupaten Fakfak",
     {"facebook": True, "whatsapp": True}),
    # Kabupaten Jepara, WIB
    ("jpr_camat", "Drs. Sugiyanto, M.Si.", 1, "PNS", "Camat", PEMKAB_JPR, KEC_THN, JPR, {"whatsapp": True, "facebook": True}),
    ("jpr_sekcam", "Endang Wahyuningsih, S.Sos.", 2, "PNS", "Sekretaris Kecamatan", PEMKAB_JPR, KEC_THN, JPR, {"whatsapp": True, "facebook": True}),
    ("jpr_kasi", "Agus Santoso", 1, "PNS", "Kepala Seksi Pemerintahan", PEMKAB_JPR, KEC_THN, JPR, {"whatsapp": True, "facebook": True}),
    ("jpr_staf", "Siti Musyarofah", 2, "PNS", "Pengadministrasi Umum", PEMKAB_JPR, KEC_THN, JPR, {"whatsapp": True, "facebook": True}),
    ("jpr_guru1", "Ahmad Syafi'i, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_JPR, "Dinas Pendidikan - SDN 2 Mlonggo", JPR,
     {"facebook": True, "x": "syafii_mlonggo", "whatsapp": True}),
    ("jpr_guru2", "Nur Hidayati, S.Pd.", 2, "PNS", "Guru Ahli Madya", PEMKAB_JPR, "Dinas Pendidikan - SMPN 1 Bangsri", JPR,
     {"instagram": "nurhidayati.bangsri", "facebook": True}),
    ("jpr_bidan", "Dwi Lestari, A.Md.Keb.", 2, "PNS", "Bidan Terampil", PEMKAB_JPR, "Dinas Kesehatan - Puskesmas Kalinyamatan", JPR,
     {"instagram": "bidan.dwilestari"}),
    ("jpr_dishub", "Mulyono", 1, "PNS", "Petugas Pengatur Lalu Lintas", PEMKAB_JPR, "Dinas Perhubungan", JPR, {"facebook": True, "x": "mulyono_dishubjpr"}),
    ("jpr_disbud", "Kartika Sari, S.Sn.", 2, "PNS", "Pamong Budaya Ahli Pertama", PEMKAB_JPR, "Dinas Pariwisata dan Kebudayaan", JPR,
     {"instagram": "kartikasari.ukir", "x": "kartika_jpr"}),
    ("jpr_mts", "H. Muhammad Anwar, S.Ag.", 1, "PNS", "Guru Ahli Madya", "Kementerian Agama", "Kantor Kementerian Agama Kabupaten Jepara - MTsN 1 Jepara", JPR,
     {"facebook": True}),
    # Kabupaten Kampar, WIB
    ("kpr_kadis", "Ir. H. Zulfahmi, M.T.", 1, "PNS", "Kepala Dinas", PEMKAB_KPR, PU_KPR, KPR, {"telegram": True, "whatsapp": True}),
    ("kpr_kabid", "Yusnidar, S.T.", 2, "PNS", "Kepala Bidang Bina Marga", PEMKAB_KPR, PU_KPR, KPR, {"telegram": True, "whatsapp": True}),
    ("kpr_staf1", "Ridwan Effendi", 1, "PNS", "Pengawas Lapangan", PEMKAB_KPR, PU_KPR, KPR, {"telegram": True, "whatsapp": True}),
    ("kpr_staf2", "Nurhasanah", 2, "PNS", "Pengadministrasi Keuangan", PEMKAB_KPR, PU_KPR, KPR, {"telegram": True, "whatsapp": True}),
    ("kpr_guru", "Afrizal, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_KPR, "Dinas Pendidikan - SMPN 2 Bangkinang", KPR,
     {"facebook": True, "x": "afrizal_bkn"}),
    ("kpr_camat", "Drs. Zainal Arifin", 1, "PNS", "Camat", PEMKAB_KPR, "Kecamatan Kampar Kiri", KPR, {"facebook": True, "whatsapp": True}),
    ("kpr_pkm", "Ns. Rosmaini, S.Kep.", 2, "PNS", "Perawat Ahli Muda", PEMKAB_KPR, "Dinas Kesehatan - Puskesmas Kuok", KPR,
     {"instagram": "ns.rosmaini", "whatsapp": True}),
    ("kpr_tani", "Muhammad Yasir, S.P.", 1, "PNS", "Penyuluh Pertanian Ahli Muda", PEMKAB_KPR, "Dinas Tanaman Pangan dan Hortikultura", KPR,
     {"facebook": True, "whatsapp": True}),
    # Kota Singkawang, WIB
    ("skw_lurah", "Hendra Bong, S.Sos.", 1, "PNS", "Lurah", PEMKOT_SKW, KEL_PSR, SKW, {"facebook": True, "whatsapp": True}),
    ("skw_seklur", "Rita Phang", 2, "PNS", "Sekretaris Kelurahan", PEMKOT_SKW, KEL_PSR, SKW, {"whatsapp": True, "instagram": "ritaphang"}),
    ("skw_staf", "Syarif Hasan", 1, "PNS", "Pengadministrasi Kependudukan", PEMKOT_SKW, KEL_PSR, SKW, {"whatsapp": True, "facebook": True}),
    ("skw_guru1", "Lina Tjhin, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKOT_SKW, "Dinas Pendidikan - SDN 3 Singkawang", SKW,
     {"instagram": "linatjhin", "x": "lina_tjhin"}),
    ("skw_guru2", "Abdul Rahman, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKOT_SKW, "Dinas Pendidikan - SMPN 2 Singkawang", SKW,
     {"facebook": True, "x": "abdulrahman_skw"}),
    ("skw_dispar", "Fransiska Liu, S.E.", 2, "PNS", "Adyatama Kepariwisataan Ahli Muda", PEMKOT_SKW, "Dinas Pariwisata, Pemuda dan Olahraga", SKW,
     {"instagram": "fransiska.liu"}),
    ("skw_pkm", "dr. Aris Munandar", 1, "PNS", "Dokter Ahli Pertama", PEMKOT_SKW, "Dinas Kesehatan - Puskesmas Singkawang Tengah", SKW,
     {"x": "drarismunandar", "facebook": True}),
    # Kabupaten Buleleng, WITA
    ("bll_camat", "Drs. I Gede Sukadana", 1, "PNS", "Camat", PEMKAB_BLL, "Kecamatan Sukasada", BLL, {"facebook": True}),
    ("bll_guru1", "Ni Luh Putu Ariani, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_BLL, "Dinas Pendidikan - SDN 1 Seririt", BLL,
     {"facebook": True, "instagram": "luhputu.ariani"}),
    ("bll_guru2", "I Nyoman Darma Putra, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_BLL, "Dinas Pendidikan - SMPN 2 Singaraja", BLL,
     {"facebook": True, "youtube": True}),
    ("bll_dispar", "Ni Kadek Sri Wahyuni, S.Par.", 2, "PNS", "Adyatama Kepariwisataan Ahli Pertama", PEMKAB_BLL, "Dinas Pariwisata", BLL,
     {"facebook": True, "instagram": "kadeksri.lovina"}),
    ("bll_kabid", "I Ketut Arsana, S.T.", 1, "PNS", "Kepala Bidang Sumber Daya Air", PEMKAB_BLL, PU_BLL, BLL, {"whatsapp": True, "facebook": True}),
    ("bll_staf1", "I Putu Eka Santika", 1, "PNS", "Pengamat Pengairan", PEMKAB_BLL, PU_BLL, BLL, {"whatsapp": True, "facebook": True}),
    ("bll_staf2", "Ni Made Sudiani", 2, "PNS", "Pengadministrasi Umum", PEMKAB_BLL, PU_BLL, BLL, {"whatsapp": True, "facebook": True}),
    ("bll_staf3", "Gede Wiratama", 1, "PNS", "Teknik Pengairan Ahli Pertama", PEMKAB_BLL, PU_BLL, BLL, {"whatsapp": True}),
    ("bll_pkm", "Ns. Luh Gede Sri Utami, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", PEMKAB_BLL, "Dinas Kesehatan - Puskesmas Gerokgak I", BLL,
     {"facebook": True, "instagram": "luhgede.utami"}),
    # Kabupaten Flores Timur, WITA
    ("flt_camat", "Drs. Antonius Koten", 1, "PNS", "Camat", PEMKAB_FLT, "Kecamatan Larantuka", FLT, {"facebook": True, "x": "antonkoten"}),
    ("flt_guru1", "Maria Goreti Hurint, S.Pd.", 2, "PNS", "Guru Ahli Madya", PEMKAB_FLT, "Dinas Pendidikan - SDN Balela", FLT, {"facebook": True}),
    ("flt_guru2", "Yohanes Kopong Tukan, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_FLT, "Dinas Pendidikan - SMPN 1 Adonara Timur", FLT,
     {"facebook": True, "youtube": True}),
    ("flt_kadis", "dr. Bernadeta Fernandez", 2, "PNS", "Kepala Dinas", PEMKAB_FLT, KES_FLT, FLT, {"whatsapp": True}),
    ("flt_kes1", "Fransiskus Ola Beda, S.Kep.", 1, "PNS", "Perawat Ahli Muda", PEMKAB_FLT, "Dinas Kesehatan - Puskesmas Weri", FLT,
     {"whatsapp": True, "facebook": True}),
    ("flt_kes2", "Theresia Lewar, A.Md.Keb.", 2, "PNS", "Bidan Terampil", PEMKAB_FLT, "Dinas Kesehatan - Puskesmas Weri", FLT,
     {"whatsapp": True, "instagram": "theresialewar"}),
    ("flt_kes3", "Paulus Maran", 1, "PNS", "Pengelola Program Kesehatan", PEMKAB_FLT, KES_FLT, FLT, {"whatsapp": True}),
    ("flt_dkp", "Kristoforus da Silva, S.Pi.", 1, "PNS", "Penyuluh Perikanan", PEMKAB_FLT, "Dinas Kelautan dan Perikanan", FLT,
     {"facebook": True, "x": "kristo_dasilva"}),
    # Kabupaten Seram Bagian Barat, WIT
    ("sbb_camat", "Drs. Yohanis Titaley", 1, "PNS", "Camat", PEMKAB_SBB, "Kecamatan Kairatu", SBB, {"facebook": True, "whatsapp": True}),
    ("sbb_guru", "Sarah Nikijuluw, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_SBB, "Dinas Pendidikan - SMPN 1 Seram Barat", SBB,
     {"facebook": True, "instagram": "sarah.nikijuluw"}),
    ("sbb_kadis", "Ir. Hasan Sopamena", 1, "PNS", "Kepala Dinas", PEMKAB_SBB, DKP_SBB, SBB, {"whatsapp": True}),
    ("sbb_dkp1", "Markus Sapulette", 1, "PNS", "Penyuluh Perikanan", PEMKAB_SBB, DKP_SBB, SBB, {"whatsapp": True, "facebook": True}),
    ("sbb_dkp2", "Fatma Tahapary", 2, "PNS", "Pengelola Data", PEMKAB_SBB, DKP_SBB, SBB, {"whatsapp": True, "instagram": "fatma.tahapary"}),
    ("sbb_dkp3", "Jefri Wattimury", 1, "PNS", "Pengawas Perikanan", PEMKAB_SBB, DKP_SBB, SBB, {"whatsapp": True}),
    ("sbb_pkm", "Ns. Elisabeth Lilipory, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", PEMKAB_SBB, "Dinas Kesehatan - Puskesmas Piru", SBB,
     {"facebook": True, "x": "elis_lilipory"}),
    # Kabupaten Kepulauan Yapen, WIT
    ("ypn_camat", "Drs. Lukas Ayomi", 1, "PNS", "Kepala Distrik", PEMKAB_YPN, KEC_YPS, YPN, {"whatsapp": True, "facebook": True}),
    ("ypn_sek", "Sientje Maniani, S.E.", 2, "PNS", "Sekretaris Distrik", PEMKAB_YPN, KEC_YPS, YPN, {"whatsapp": True}),
    ("ypn_staf", "Marthen Worabai", 1, "PNS", "Pengadministrasi Umum", PEMKAB_YPN, KEC_YPS, YPN, {"whatsapp": True, "facebook": True}),
    ("ypn_guru", "Elsye Karubaba, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_YPN, "Dinas Pendidikan - SMPN 1 Serui", YPN,
     {"facebook": True, "instagram": "elsye.karubaba"}),
    ("ypn_kes", "Yulianus Wanggai, S.Kep.", 1, "PNS", "Perawat Ahli Muda", PEMKAB_YPN, "RSUD Serui", YPN, {"facebook": True, "youtube": True}),
    ("ypn_tani", "Hendrik Sawaki, S.P.", 1, "PNS", "Penyuluh Pertanian", PEMKAB_YPN, "Dinas Pertanian", YPN, {"whatsapp": True, "facebook": True}),
    # Kota Surabaya, WIB (2024)
    ("sby_lurah", "Slamet Riyadi, S.Sos.", 1, "PNS", "Lurah", PEMKOT_SBY, KEL_KTT, SBY, {"whatsapp": True, "instagram": "slametriyadi.ktt"}),
    ("sby_seklur", "Anik Sulistyowati, S.AP.", 2, "PNS", "Sekretaris Kelurahan", PEMKOT_SBY, KEL_KTT, SBY, {"whatsapp": True, "instagram": "anik.sulis"}),
    ("sby_staf1", "Bayu Prasetyo", 1, "PNS", "Pengadministrasi Kependudukan", PEMKOT_SBY, KEL_KTT, SBY, {"whatsapp": True, "tiktok": "bayu.ktt"}),
    ("sby_staf2", "Wiwik Handayani", 2, "PNS", "Pengelola Layanan Kemasyarakatan", PEMKOT_SBY, KEL_KTT, SBY, {"whatsapp": True, "instagram": "wiwikhandayani_"}),
    ("sby_guru1", "Retno Wulandari, S.Pd.", 2, "PNS", "Guru Ahli Madya", PEMKOT_SBY, "Dinas Pendidikan - SDN Ketintang I", SBY,
     {"facebook": True, "tiktok": "buretno.sby"}),
    ("sby_guru2", "Moch. Ilham, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKOT_SBY, "Dinas Pendidikan - SMPN 12 Surabaya", SBY,
     {"x": "cakilham_guru", "youtube": True, "whatsapp": True}),
    ("sby_pppk1", "Yoga Pratama, S.Pd.", 1, "PPPK", "Guru Ahli Pertama", PEMKOT_SBY, "Dinas Pendidikan - SDN Gayungan II", SBY,
     {"tiktok": "pakyoga.ngajar", "instagram": "yogapratama.sby"}),
    ("sby_pppk2", "Nadia Rahmawati, S.Kom.", 2, "PPPK", "Pranata Komputer Ahli Pertama", PEMKOT_SBY, "Dinas Komunikasi dan Informatika", SBY,
     {"x": "nadiarahma_", "tiktok": "nadia.rhm"}),
    ("sby_dishub", "Sugeng Hariyanto", 1, "PNS", "Petugas Pengatur Lalu Lintas", PEMKOT_SBY, "Dinas Perhubungan", SBY, {"tiktok": "sugeng.dishub", "facebook": True}),
    ("sby_pkm", "dr. Farah Amalia", 2, "PNS", "Dokter Ahli Pertama", PEMKOT_SBY, "Dinas Kesehatan - Puskesmas Gayungan", SBY,
     {"instagram": "dr.farahamalia", "x": "farahamalia_dr"}),
    # Kabupaten Karo, WIB (2024)
    ("kro_camat", "Drs. Ramli Ginting", 1, "PNS", "Camat", PEMKAB_KRO, KEC_BRS, KRO, {"facebook": True, "whatsapp": True}),
    ("kro_guru1", "Lestari br Sembiring, S.Pd.", 2, "PNS", "Guru Ahli Madya", PEMKAB_KRO, "Dinas Pendidikan - SMPN 1 Kabanjahe", KRO,
     {"facebook": True, "tiktok": "lestari.sembiring"}),
    ("kro_guru2", "Roy Tarigan, S.Pd.", 1, "PNS", "Guru Ahli Muda", PEMKAB_KRO, "Dinas Pendidikan - SDN 040457 Berastagi", KRO,
     {"facebook": True, "x": "roytarigan_"}),
    ("kro_tani", "Benny Perangin-angin, S.P.", 1, "PNS", "Penyuluh Pertanian Ahli Muda", PEMKAB_KRO, "Dinas Pertanian", KRO,
     {"facebook": True, "whatsapp": True}),
    ("kro_pppk", "Novita br Karo, S.Pd.", 2, "PPPK", "Guru Ahli Pertama", PEMKAB_KRO, "Dinas Pendidikan - SDN 040450 Kabanjahe", KRO,
     {"facebook": True, "tiktok": "bunovita.karo", "whatsapp": True}),
    ("kro_kes", "Erna br Ginting, A.Md.Kep.", 2, "PNS", "Perawat Terampil", PEMKAB_KRO, "Dinas Kesehatan - Puskesmas Berastagi", KRO,
     {"facebook": True, "whatsapp": True}),
    ("kro_staf", "Daniel Barus", 1, "PNS", "Pengadministrasi Umum", PEMKAB_KRO, KEC_BRS, KRO, {"facebook": True, "whatsapp": True, "telegram": True}),
    ("kro_staf2", "Sri Ulina br Tarigan", 2, "PNS", "Pengelola Data", PEMKAB_KRO, KEC_BRS, KRO, {"whatsapp": True, "telegram": True}),
    # Kabupaten Kutai Kartanegara, WITA (2024)
    ("kkr_camat", "Drs. H. Awang Faisal", 1, "PNS", "Camat", PEMKAB_KKR, KEC_TGR, KKR, {"telegram": True, "whatsapp": True}),
    ("kkr_kabid", "Dayang Rusmini, S.T.", 2, "PNS", "Kepala Seksi Pemerintahan", PEMKAB_KKR, KEC_TGR, KKR,
     {"telegram": True, "whatsapp": True, "facebook": True}),
    ("kkr_staf1", "Aji Muhammad Rizky", 1, "PNS", "Pengadministrasi Umum", PEMKAB_KKR, KEC_TGR, KKR, {"telegram": True, "whatsapp": True, "facebook": True}),
    ("kkr_staf2", "Nurul Fitriani", 2, "PNS", "Pengelola Keuangan", PEMKAB_KKR, KEC_TGR, KKR, {"telegram": True, "whatsapp": True}),
    ("kkr_staf3", "Heri Setiawan", 1, "PNS", "Pengelola Data", PEMKAB_KKR, KEC_TGR, KKR, {"whatsapp": True, "facebook": True}),
    ("kkr_guru", "Mardiana, S.Pd.", 2, "PNS", "Guru Ahli Madya", PEMKAB_KKR, "Dinas Pendidikan - SDN 005 Tenggarong", KKR,
     {"facebook": True, "whatsapp": True}),
    ("kkr_pppk", "Andi Saputra, S.Pd.", 1, "PPPK", "Guru Ahli Pertama", PEMKAB_KKR, "Dinas Pendidikan - SDN 012 Tenggarong Seberang", KKR,
     {"facebook": True, "tiktok": "pakandi.kukar", "whatsapp": True, "x": "andisaputra_kkr"}),
    ("kkr_pkm", "Ns. Siti Rahmah, S.Kep.", 2, "PNS", "Perawat Ahli Pertama", PEMKAB_KKR, "Dinas Kesehatan - Puskesmas Loa Kulu", KKR,
     {"facebook": True, "instagram": "ns.sitirahmah"}),
    # Kabupaten Biak Numfor, WIT (2024)
    ("bik_camat", "Drs. Yan Rumbarak", 1, "PNS", "Kepala Distrik", PEMKAB_BIK, "Distrik Biak Kota", BIK, {"facebook": True, "whatsapp": True}),
    ("bik_guru", "Naomi Mansoben, S.Pd.", 2, "PNS", "Guru Ahli Muda", PEMKAB_BIK, "Dinas Pendidikan - SMPN 1 Biak", BIK,
     {"instagram": "naomi.mansoben", "tiktok": "ibunaomi.biak", "whatsapp": True, "facebook": True, "x": "naomimansoben"}),
    ("bik_pppk", "Imanuel Rumansara, S.Pd.", 1, "PPPK", "Guru Ahli Pertama", PEMKAB_BIK, "Dinas Pendidikan - SDN Inpres Samofa", BIK,
     {"tiktok": "pakimanuel.biak", "youtube": True, "facebook": True}),
    ("bik_kes", "Ruth Wompere, S.Kep.", 2, "PNS", "Perawat Ahli Muda", PEMKAB_BIK, "RSUD Biak", BIK, {"instagram": "ruthwompere", "whatsapp": True, "facebook": True}),
    ("bik_dkp", "Yosias Mandowen, S.Pi.", 1, "PNS", "Penyuluh Perikanan", PEMKAB_BIK, DKP_BIK, BIK, {"whatsapp": True, "youtube": True}),
    ("bik_staf", "Frida Awom", 2, "PNS", "Pengadministrasi Umum", PEMKAB_BIK, DKP_BIK, BIK, {"whatsapp": True, "instagram": "frida.awom", "facebook": True}),
    ("bik_kabid", "Ir. Obed Korwa", 1, "PNS", "Kepala Bidang Perikanan Tangkap", PEMKAB_BIK, DKP_BIK, BIK, {"whatsapp": True}),
]

PHONE_PREFIX = ["812", "813", "821", "822", "852", "853", "811", "878", "857", "896", "815", "819"]
YEAR_2024 = {"sby", "kro", "kkr", "bik"}


def add_people(ctx):
    for row in PEOPLE:
        key, nama, sex, status, jab, ins, unit, wil, accs = row[:9]
        disp = row[9] if len(row) > 9 else None
        by = 1964 + hnum("h8by" + key, 28)
        birth = f"{by}{1 + hnum('h8bm' + key, 12):02d}{1 + hnum('h8bd' + key, 28):02d}"
        if status == "PPPK":
            assert key.split("_")[0] in YEAR_2024, key
            tmt = ["202104", "202201", "202207", "202303"][hnum("h8tp" + key, 4)]
        else:
            ty = min(by + 22 + hnum("h8ty" + key, 9), 2014)  # every PNS appointed before the 2016 activities
            tmt = f"{ty}{1 + hnum('h8tm' + key, 12):02d}"
        seq = 1 + hnum("h8sq" + key, 998)
        acc = {}
        for p, v in accs.items():
            if v is True:
                v = {"facebook": fbid(key), "youtube": yt_channel("h8" + key)}.get(p) or phone(key, PHONE_PREFIX[hnum(key + p, 12)])
            acc[p] = v
        if "telegram" in acc and "whatsapp" in acc:
            acc["telegram"] = acc["whatsapp"]
        ctx.add_asn(key, birth, tmt, sex, seq, nama, jab, ins, unit, wil, status, acc, disp)


INSTS = [
    ("humas_gto", "Biro Humas dan Protokol Sekretariat Daerah Provinsi Gorontalo", GTO, "facebook", page_id("humas_gto"), "Humas Pemprov Gorontalo"),
    ("humas_gto_yt", "Biro Humas dan Protokol Sekretariat Daerah Provinsi Gorontalo", GTO, "youtube", yt_channel("h8humasgto"), "Gorontalo Prov TV"),
    ("rsud_gto", "RSUD dr. Hasri Ainun Habibie Provinsi Gorontalo", GTO, "instagram", "rsud.hasriainun", "RSUD Hasri Ainun Habibie"),
    ("kec_tlm", "Kecamatan Tilamuta", BLM, "facebook", page_id("kec_tlm"), "Kecamatan Tilamuta"),
    ("humas_pb", "Biro Humas Sekretariat Daerah Provinsi Papua Barat", PB, "facebook", page_id("humas_pb"), "Humas Pemprov Papua Barat"),
    ("dinkes_pb", "Dinas Kesehatan Provinsi Papua Barat", PB, "telegram", "dinkespapuabarat", "Info Dinkes Papua Barat"),
    ("kominfo_jpr", "Dinas Komunikasi dan Informatika Kabupaten Jepara", JPR, "x", "jepara_kab", "Pemkab Jepara"),
    ("kec_thn", "Kecamatan Tahunan", JPR, "facebook", page_id("kec_thn"), "Kecamatan Tahunan"),
    ("pupr_kpr", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kampar", KPR, "telegram", "infopuprkampar", "Info PUPR Kampar"),
    ("dispar_skw", "Dinas Pariwisata, Pemuda dan Olahraga Kota Singkawang", SKW, "instagram", "dispar.singkawang", "Dispar Singkawang"),
    ("kel_psr", "Kelurahan Pasiran", SKW, "facebook", page_id("kel_psr"), "Kelurahan Pasiran"),
    ("dispar_bll", "Dinas Pariwisata Kabupaten Buleleng", BLL, "instagram", "pariwisata.buleleng", "Pariwisata Buleleng"),
    ("prokopim_bll", "Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kabupaten Buleleng", BLL, "youtube", yt_channel("h8prokopimbll"),
     "Buleleng Kab TV"),
    ("dinkes_flt", "Dinas Kesehatan Kabupaten Flores Timur", FLT, "facebook", page_id("dinkes_flt"), "Dinkes Flotim"),
    ("dkp_sbb", "Dinas Perikanan Kabupaten Seram Bagian Barat", SBB, "instagram", "perikanan.sbb", "Dinas Perikanan SBB"),
    ("kec_krt", "Kecamatan Kairatu", SBB, "facebook", page_id("kec_krt"), "Kecamatan Kairatu"),
    ("kominfo_ypn", "Dinas Komunikasi dan Informatika Kabupaten Kepulauan Yapen", YPN, "x", "kominfo_yapen", "Kominfo Yapen"),
    ("kel_ktt", "Kelurahan Ketintang", SBY, "instagram", "kel.ketintang", "Kelurahan Ketintang"),
    ("kominfo_sby", "Dinas Komunikasi dan Informatika Kota Surabaya", SBY, "x", "info_sby_kota", "Info Kota Surabaya"),
    ("kominfo_kro", "Dinas Komunikasi dan Informatika Kabupaten Karo", KRO, "facebook", page_id("kominfo_kro"), "Diskominfo Karo"),
    ("kec_tgr", "Kecamatan Tenggarong", KKR, "tiktok", "kec.tenggarong", "Kecamatan Tenggarong"),
    ("kec_tgr_tg", "Kecamatan Tenggarong", KKR, "telegram", "infotenggarong", "Info Kecamatan Tenggarong"),
    ("dkp_bik", "Dinas Perikanan Kabupaten Biak Numfor", BIK, "youtube", yt_channel("h8dkpbik"), "Perikanan Biak Numfor"),
    ("smpn1_bik", "SMP Negeri 1 Biak", BIK, "tiktok", "smpn1biak", "SMPN 1 Biak"),
]


# ---------------------------------------------------------------------------------------------
# elections: real calendars (2014 party list for 2017, 2024 list for 2024); fictional candidates
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
PILKADA17_STAGES = [
    ("penyerahan_dukungan_perseorangan", date(2016, 8, 3), date(2016, 8, 7)),
    ("pendaftaran", date(2016, 9, 21), date(2016, 9, 23)),
    ("penetapan_calon", date(2016, 10, 24), date(2016, 10, 24)),
    ("pengundian_nomor_urut", date(2016, 10, 25), date(2016, 10, 25)),
    ("kampanye", date(2016, 10, 28), date(2017, 2, 11)),
    ("masa_tenang", date(2017, 2, 12), date(2017, 2, 14)),
    ("pemungutan_suara", date(2017, 2, 15), date(2017, 2, 15)),
]
P17 = date(2016, 10, 24)
P24 = date(2024, 9, 22)

PILKADA17_COMMENT = """
heldout8 Pilkada serentak 2017 configuration (contract format; the real KPU calendar of PKPU 3/2016 as amended by PKPU 7/2016).
Candidates are fictional; regions are real and all held a Pilkada on 15 Feb 2017: Gorontalo (governor), Papua Barat
(governor), Kabupaten Jepara, Kabupaten Kampar, Kota Singkawang, Kabupaten Buleleng, Kabupaten Flores Timur, Kabupaten
Boalemo, Kabupaten Seram Bagian Barat and Kabupaten Kepulauan Yapen. Independent pairs: flt-3, sbb-3. Ballot numbers were
drawn on 25 Oct 2016; parties are those elected in 2014, with their 2014 ballot numbers.
"""
PILKADA24_COMMENT = """
heldout8 Pilkada serentak 2024 configuration (contract format; the real KPU calendar of PKPU 2/2024). Candidates are
fictional; regions are real: Kota Surabaya (a single pair against the empty column, as in reality), Kabupaten Karo (kro-3
is an independent pair), Kabupaten Kutai Kartanegara and Kabupaten Biak Numfor. Ballot numbers were drawn on 23 Sep 2024;
parties are the 2024 national list.
"""

ALL24 = ["PKB", "GERINDRA", "PDIP", "GOLKAR", "NASDEM", "BURUH", "GELORA", "PKS", "PKN", "HANURA", "GARUDA", "PAN", "PBB", "DEMOKRAT",
         "PSI", "PERINDO", "PPP", "UMMAT"]


def candidates():
    P = P17
    gto = Contest("gorontalo-gubernur", "gubernur", GTO, [
        Cand("gto-1", "Drs. H. Bintang Ismail", aliases=["Om Bintang", "Ti Bintang", "BISA"], mate="Hj. Salma Anwar", mate_aliases=["Ibu Salma"],
             ballot=1, parties=["GOLKAR", "DEMOKRAT", "PPP"], slogans=["Gorontalo BISA"], hashtags=["#BISA1", "#BintangSalma"],
             accounts=[("facebook", page_id("bintangsalma")), ("x", "bisa_gorontalo1")]),
        Cand("gto-2", "Ir. Asri Mahmud", aliases=["Pak Asri", "Ti Asri", "AMAN"], mate="Anwar Nusi", mate_aliases=["Pak Anwar"],
             ballot=2, parties=["PDIP", "GERINDRA", "PKB"], slogans=["AMAN untuk Gorontalo"], hashtags=["#AMAN2", "#AsriAnwar"],
             accounts=[("facebook", page_id("asrianwar")), ("youtube", yt_channel("h8asrianwar"))]),
        Cand("gto-3", "Hj. Wiwin Potale", aliases=["Bu Wiwin", "Ti Wiwin"], mate="Rum Hamid Olii", mate_aliases=["Pak Rum"],
             ballot=3, parties=["HANURA", "PKS", "PAN", "NASDEM"], slogans=["Mohuyula untuk Gorontalo"], hashtags=["#WiwinRum3"],
             accounts=[("instagram", "wiwinpotale3")]),
    ], P)
    pb = Contest("papuabarat-gubernur", "gubernur", PB, [
        Cand("pb-1", "Drs. Yakobus Sroyer", aliases=["Bapa Yakob", "Pak Sroyer", "YAKIN"], mate="H. Ismail Kasim", mate_aliases=["Pak Ismail"],
             ballot=1, parties=["GOLKAR", "NASDEM", "PAN", "PKPI"], slogans=["Papua Barat YAKIN"], hashtags=["#YAKIN1", "#SroyerKasim"],
             accounts=[("facebook", page_id("sroyerkasim")), ("x", "yakin_pb1")]),
        Cand("pb-2", "Dr. Hans Mambor", aliases=["Bapa Hans", "Om Hans"], mate="Petronela Warami", mate_aliases=["Mama Nela"],
             ballot=2, parties=["PDIP", "DEMOKRAT", "HANURA", "PKS"], slogans=["Papua Barat Terang"], hashtags=["#HansNela2"],
             accounts=[("facebook", page_id("hansnela")), ("instagram", "hansmambor.nela2")]),
    ], P)
    jpr = Contest("jepara-bupati", "bupati", JPR, [
        Cand("jpr-1", "H. Sholikhin Hadi", aliases=["Pak Likin", "Mbah Likin", "APIK"], mate="Ir. Tri Wahyono", mate_aliases=["Pak Tri"],
             ballot=1, parties=["PDIP", "GOLKAR", "PAN"], slogans=["Jepara APIK"], hashtags=["#APIK1", "#LikinTri"],
             accounts=[("facebook", page_id("likintri")), ("x", "apik_jepara1")]),
        Cand("jpr-2", "Hj. Lilik Maesaroh", aliases=["Bu Lilik", "Ning Lilik"], mate="Bayu Aji Nugroho", mate_aliases=["Mas Bayu"],
             ballot=2, parties=["PKB", "PPP", "PKS"], slogans=["Jepara Mulya"], hashtags=["#LilikBayu2"],
             accounts=[("instagram", "bulilik.jepara2")]),
        Cand("jpr-3", "Kartono Wibowo", aliases=["Pak Kartono", "Mas Kartono"], mate="Hadi Sutrisno", mate_aliases=["Pak Hadi"],
             ballot=3, parties=["GERINDRA", "DEMOKRAT", "NASDEM", "HANURA"], slogans=["Bumi Kartini Bangkit"], hashtags=["#KartonoHadi3"],
             accounts=[("facebook", page_id("kartonohadi"))]),
    ], P)
    kpr = Contest("kampar-bupati", "bupati", KPR, [
        Cand("kpr-1", "H. Azwar Datuk Rajo", aliases=["Datuk Azwar", "Pak Azwar", "ELOK"], mate="Yuliarni Syam", mate_aliases=["Bu Yuli"],
             ballot=1, parties=["GOLKAR", "PAN", "DEMOKRAT"], slogans=["Kampar ELOK"], hashtags=["#ELOK1", "#AzwarYuli"],
             accounts=[("facebook", page_id("azwaryuli"))]),
        Cand("kpr-2", "Dr. H. Syafrizal", aliases=["Ocu Syaf", "Pak Syafrizal"], mate="Hendri Yusman", mate_aliases=["Pak Hendri"],
             ballot=2, parties=["PDIP", "PKB", "GERINDRA", "PKS", "NASDEM"], slogans=["Kampar Bangkit Basamo"], hashtags=["#OcuSyaf2"],
             accounts=[("facebook", page_id("ocusyaf")), ("x", "ocusyaf2")]),
    ], P)
    skw = Contest("singkawang-walikota", "walikota", SKW, [
        Cand("skw-1", "Ir. Hendrik Tjang", aliases=["Koh Hendrik", "A Hen"], mate="Syarif Usman", mate_aliases=["Bang Usman"],
             ballot=1, parties=["PDIP", "NASDEM", "HANURA"], slogans=["Singkawang Harmoni"], hashtags=["#HendrikUsman1"],
             accounts=[("instagram", "kohhendrik.1"), ("x", "hendrikusman1")]),
        Cand("skw-2", "Dra. Rosnani Amir", aliases=["Bu Ros", "Bu Rosnani"], mate="Budi Lim", mate_aliases=["Koh Budi"],
             ballot=2, parties=["GOLKAR", "PKS", "PAN"], slogans=["Singkawang Baru"], hashtags=["#RosBudi2"],
             accounts=[("facebook", page_id("rosbudi"))]),
        Cand("skw-3", "Bong Kian Liong", aliases=["Pak Bong", "Koh Bong"], mate="Rahmat Hidayat", mate_aliases=["Bang Rahmat"],
             ballot=3, parties=["GERINDRA", "DEMOKRAT", "PKB", "PPP"], slogans=["Singkawang Bersinar"], hashtags=["#BongRahmat3"],
             accounts=[("instagram", "pakbong.3")]),
    ], P)
    bll = Contest("buleleng-bupati", "bupati", BLL, [
        Cand("bll-1", "Dr. Gede Sunantara", aliases=["Bli Sunan", "Pak Gede Sunan", "SUKSMA"], mate="Ketut Sumadi", mate_aliases=["Pak Ketut"],
             ballot=1, parties=["PDIP", "HANURA", "NASDEM"], slogans=["Buleleng SUKSMA"], hashtags=["#SUKSMA1"],
             accounts=[("facebook", page_id("suksma1")), ("instagram", "blisunan.suksma1")]),
        Cand("bll-2", "Ir. Nyoman Arta Wijaya", aliases=["Pak Arta", "Bli Arta"], mate="Putu Ayu Lestari", mate_aliases=["Gek Ayu"],
             ballot=2, parties=["GOLKAR", "GERINDRA", "DEMOKRAT", "PKB"], slogans=["Den Bukit Jaya"], hashtags=["#ArtaAyu2", "#DenBukitJaya"],
             accounts=[("facebook", page_id("artaayu"))]),
    ], P)
    flt = Contest("flotim-bupati", "bupati", FLT, [
        Cand("flt-1", "Drs. Yoseph Lamabelawa", aliases=["Ama Yosef", "Bapa Yosef"], mate="Agustinus Hokeng", mate_aliases=["Ama Agus"],
             ballot=1, parties=["GOLKAR", "PDIP", "PKB"], slogans=["Gelekat Lewotana"], hashtags=["#YosefAgus1"],
             accounts=[("facebook", page_id("yosefagus"))]),
        Cand("flt-2", "Ir. Simon Kolin", aliases=["Ama Simon", "Bapa Simon"], mate="Maria Nuho", mate_aliases=["Ina Maria"],
             ballot=2, parties=["NASDEM", "GERINDRA", "DEMOKRAT", "HANURA"], slogans=["Flotim Bangkit"], hashtags=["#SimonMaria2"],
             accounts=[("facebook", page_id("simonmaria")), ("youtube", yt_channel("h8simonmaria"))]),
        Cand("flt-3", "Petrus Diaz", aliases=["Om Piet", "Ama Piet"], mate="Lukas Belawa", mate_aliases=["Ama Lukas"],
             ballot=3, independent=True, slogans=["Flotim Tite Hena"], hashtags=["#PietLukas3"], accounts=[]),
    ], P)
    blm = Contest("boalemo-bupati", "bupati", BLM, [
        Cand("blm-1", "H. Ridwan Yasin", aliases=["Ti Ridwan", "Pak Ridwan"], mate="Sofyan Hulopi", mate_aliases=["Pak Sofyan"],
             ballot=1, parties=["GOLKAR", "NASDEM", "PPP"], slogans=["Boalemo Mohuyula"], hashtags=["#RidwanSofyan1"],
             accounts=[("facebook", page_id("ridwansofyan"))]),
        Cand("blm-2", "Drs. Suleman Batalipu", aliases=["Ti Leman", "Pak Leman"], mate="Arfan Hamid", mate_aliases=["Pak Arfan"],
             ballot=2, parties=["PDIP", "PAN", "DEMOKRAT", "GERINDRA"], slogans=["Boalemo Maju Sejahtera"], hashtags=["#LemanArfan2"],
             accounts=[("facebook", page_id("lemanarfan"))]),
    ], P)
    sbb = Contest("sbb-bupati", "bupati", SBB, [
        Cand("sbb-1", "Drs. Abdul Latief Kaya", aliases=["Bung Latief", "Om Latief"], mate="Yusak Wattimena", mate_aliases=["Om Yusak"],
             ballot=1, parties=["PDIP", "GOLKAR", "PKB"], slogans=["Saka Mese Nusa Bangkit"], hashtags=["#LatiefYusak1"],
             accounts=[("facebook", page_id("latiefyusak")), ("instagram", "bunglatief.1")]),
        Cand("sbb-2", "Ir. Frederik Soumokil", aliases=["Om Fredi", "Bung Fredi"], mate="Hj. Nurjana Ely", mate_aliases=["Usi Jana"],
             ballot=2, parties=["NASDEM", "GERINDRA", "DEMOKRAT", "HANURA", "PKS"], slogans=["SBB Manise"], hashtags=["#FrediJana2"],
             accounts=[("facebook", page_id("fredijana"))]),
        Cand("sbb-3", "Samuel Patty", aliases=["Bung Sam", "Om Sam Patty"], mate="Ali Rumakabis", mate_aliases=["Om Ali"],
             ballot=3, independent=True, slogans=["Katong Bisa"], hashtags=["#SamAli3"], accounts=[]),
    ], P)
    ypn = Contest("yapen-bupati", "bupati", YPN, [
        Cand("ypn-1", "Yeremias Aninam", aliases=["Bapa Yeri", "Om Yeri"], mate="Salmon Kayoi", mate_aliases=["Bapa Salmon"],
             ballot=1, parties=["GOLKAR", "DEMOKRAT", "PAN"], slogans=["Yapen Sejahtera"], hashtags=["#YeriSalmon1"],
             accounts=[("facebook", page_id("yerisalmon"))]),
        Cand("ypn-2", "Ir. Daniel Wonatorei", aliases=["Bapa Niel", "Pak Wonatorei"], mate="Salomina Mariai", mate_aliases=["Mama Salo"],
             ballot=2, parties=["PDIP", "NASDEM", "HANURA", "GERINDRA"], slogans=["Serui Baru"], hashtags=["#NielSalo2"],
             accounts=[("facebook", page_id("nielsalo"))]),
    ], P)
    p17 = Election("pilkada-2017-heldout8", "Pemilihan Serentak 2017 (heldout8)", date(2017, 2, 15), "pilkada",
                   [gto, pb, jpr, kpr, skw, bll, flt, blm, sbb, ypn], PILKADA17_COMMENT,
                   stages=PILKADA17_STAGES, parties=PARTIES_2014, designation=P17)

    P = P24
    sby = Contest("surabaya-walikota", "walikota", SBY, [
        Cand("sby-1", "Wahyu Nugroho", aliases=["Cak Wahyu", "Mas Wahyu", "WANI"], mate="Nia Kusumawati", mate_aliases=["Ning Nia"],
             ballot=1, parties=list(ALL24), slogans=["Suroboyo WANI Maju"], hashtags=["#WANIterus", "#CakWahyuNingNia"],
             accounts=[("instagram", "cakwahyu.ningnia"), ("x", "wani_sby"), ("tiktok", "wani.surabaya")]),
    ], P)
    kro = Contest("karo-bupati", "bupati", KRO, [
        Cand("kro-1", "Ir. Nelson Tarigan", aliases=["Pak Nelson", "Bapa Nelson"], mate="Rosita br Sitepu", mate_aliases=["Bu Rosita"],
             ballot=1, parties=["GOLKAR", "GERINDRA", "DEMOKRAT", "PKB"], slogans=["Karo Mejuah-juah"], hashtags=["#NelsonRosita1"],
             accounts=[("facebook", page_id("nelsonrosita")), ("tiktok", "nelsonrosita1")]),
        Cand("kro-2", "dr. Sarinah br Ginting", aliases=["Nande Sarinah", "Bu Sarinah"], mate="Edi Surbakti", mate_aliases=["Pak Edi"],
             ballot=2, parties=["PDIP", "NASDEM", "HANURA", "PERINDO"], slogans=["Taneh Karo Simalem Maju"], hashtags=["#SarinahEdi2"],
             accounts=[("facebook", page_id("sarinahedi"))]),
        Cand("kro-3", "Roberto Sembiring", aliases=["Bang Robert", "Pak Robert"], mate="Jonatan Bangun", mate_aliases=["Pak Jonatan"],
             ballot=3, independent=True, slogans=["Karo Mandiri"], hashtags=["#RobertJonatan3"], accounts=[]),
    ], P)
    kkr = Contest("kukar-bupati", "bupati", KKR, [
        Cand("kkr-1", "H. Syaiful Anwar", aliases=["Pak Syaiful", "Abah Syaiful"], mate="Dayang Nurlaila", mate_aliases=["Bu Laila"],
             ballot=1, parties=["GOLKAR", "PKB", "NASDEM", "PAN"], slogans=["Kukar Erau Bersatu"], hashtags=["#SyaifulLaila1"],
             accounts=[("facebook", page_id("syaifullaila"))]),
        Cand("kkr-2", "Ir. Reza Mahakam", aliases=["Bang Reza", "Pak Reza"], mate="Hj. Siti Aisyah", mate_aliases=["Bu Aisyah"],
             ballot=2, parties=["PDIP", "GERINDRA", "PKS"], slogans=["Kukar Kita Sejahtera"], hashtags=["#RezaAisyah2"],
             accounts=[("facebook", page_id("rezaaisyah")), ("tiktok", "bangreza.kukar")]),
        Cand("kkr-3", "Drs. H. Ahmad Zaini", aliases=["Pak Zaini", "Guru Zaini"], mate="Marlina Hasan", mate_aliases=["Bu Marlina"],
             ballot=3, parties=["DEMOKRAT", "PPP", "HANURA", "PERINDO"], slogans=["Tenggarong Berdaulat"], hashtags=["#ZainiMarlina3"],
             accounts=[("facebook", page_id("zainimarlina"))]),
    ], P)
    bik = Contest("biak-bupati", "bupati", BIK, [
        Cand("bik-1", "Drs. Yunus Rumbekwan", aliases=["Bapa Yunus", "Om Yunus"], mate="Abraham Korwa", mate_aliases=["Bapa Abram"],
             ballot=1, parties=["GOLKAR", "NASDEM", "PSI"], slogans=["Snap Mor untuk Biak"], hashtags=["#YunusAbram1"],
             accounts=[("instagram", "yunusabram1"), ("tiktok", "yunusabram.biak")]),
        Cand("bik-2", "Ir. Dorkas Rumbino", aliases=["Mama Dorkas", "Ibu Dorkas"], mate="Sem Msen", mate_aliases=["Bapa Sem"],
             ballot=2, parties=["PDIP", "GERINDRA", "DEMOKRAT", "PKB"], slogans=["Biak Maju Bersama"], hashtags=["#DorkasSem2"],
             accounts=[("instagram", "mamadorkas.2"), ("youtube", yt_channel("h8dorkas"))]),
    ], P)
    p24 = Election("pilkada-2024-heldout8", "Pemilihan Serentak 2024 (heldout8)", date(2024, 11, 27), "pilkada",
                   [sby, kro, kkr, bik], PILKADA24_COMMENT)
    return p17, p24


# ---------------------------------------------------------------------------------------------
# sections (filled in below)
# ---------------------------------------------------------------------------------------------
SECTIONS = []


def section(fn):
    SECTIONS.append(fn)
    return fn


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
    p17, p24 = candidates()
    ctx.add_election("election-pilkada-2017-heldout8.yaml", p17)
    ctx.add_election("election-pilkada-2024-heldout8.yaml", p24)
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
    el = Counter(("2017" if ctx.cands[t["candidate"]].election.voting_day.year == 2017 else "2024")
                 for t in ctx.truth if t["status"] == "violation")
    DESCRIPTION = (DESCRIPTION_BASE + "\n\n## Labels by language\n\n"
                   + table(rows, ["language", "labels", "violation", "alert", "review", "none"])
                   + "\n\nLanguage tags are kept inside `_heldout8.py` (they are not in `truth.jsonl`); activities without text of their own "
                     "count as `no text`.\n\nChat exports: " + str(sum(chats.values())) + " labels on WhatsApp and Telegram lines ("
                   + ", ".join(f"{k} {chats[k]}" for k in ("violation", "alert", "review", "none")) + "). Violations by election: "
                   + f"Pilkada 2017 {el['2017']}, Pilkada 2024 {el['2024']}.")


# ---------------------------------------------------------------------------------------------
# Facebook Graph API
# ---------------------------------------------------------------------------------------------
@section
def facebook(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person
    own = lambda note="posted by the pair's own page", lang="id": N("neg_candidate_own", note, lang=lang)  # noqa: E731

    # 1. the page of Gorontalo governor pair 2, AMAN (Graph v2.8, 2016-17; times in UTC, the page is in WITA)
    pid = c.cands["gto-2"].handle("facebook")
    fb = Fb(c, "facebook/page_asrianwar_aman_feed.json", pid, version="v2.8")
    page = {"name": "Asri Mahmud - Anwar Nusi", "id": pid}
    p = fb.post(ta(2016, 9, 22, 15, 0), "Alhamdulillah, hari ini kami resmi mendaftar ke KPU Provinsi Gorontalo. Mohon doa, AMAN untuk Gorontalo 🤲",
                page, own())
    fb.comment(p, ta(2016, 9, 22, 15, 40), "Sukses Ti Asri! Torang penyuluh siap bantu kenalkan AMAN ke desa-desa 💪", u("gto_tani"),
               V("gto_tani", "interact", "gto-2", "bakal_support", action="comment", lang="gorontalo",
                 note="a provincial extension officer offers to promote a bakal calon a month before designation (E codes)"))
    fb.comment(p, ta(2016, 9, 22, 16, 5), "Mudah-mudahan amanah, Ti Asri. Ngana so lama ditunggu", P("Ko Dulah Limboto"), N(lang="gorontalo"))
    fb.comment(p, ta(2016, 9, 22, 17, 30), "Maaf Pak, mau tanya: nanti tunjangan pegawai honor di kantor-kantor provinsi diperhatikan kah?", u("gto_bkd"),
               R("rev_question_on_page", "a personnel officer asks a policy question on a bakal calon's page: a neutral question or "
                 "engagement with his account (SKB-E4)?", actor="gto_bkd", cand="gto-2"))
    fb.react(p, u("gto_humas"), V("gto_humas", "interact", "gto-2", "bakal_support", action="like", lang="sys",
                                  note="a press officer of the governor's office likes the bakal calon's registration post (E4)"))
    fb.react(p, u("gto_staf3"), V("gto_staf3", "interact", "gto-2", "bakal_support", action="like", lang="sys"))
    p = fb.post(ta(2016, 10, 25, 14, 0), "Bismillah, nomor urut 2. AMAN untuk Gorontalo! ✌️ #AMAN2", page, own())
    fb.comment(p, ta(2016, 10, 25, 14, 30), "Nomor dua, pas dua jari 😁✌️ Insya Allah menang Pak", u("gto_kabiro"),
               V("gto_kabiro", "interact", "gto-2", "comment_support", action="comment", note="the head of the press bureau cheers the pair's number"))
    fb.comment(p, ta(2016, 10, 25, 15, 10), "Semoga pilkada aman dan damai untuk semua paslon 🙏", P("Nona Limboto"),
               N("neg_everyday_word", "'aman' (safe) from a citizen; pair 2's acronym is AMAN"))
    fb.comment(p, ta(2016, 10, 25, 16, 10), "Pak, jalan ke Tilamuta so rusak parah, kapan aman dilewati? 😅", u("blm_guru1"),
               N("neg_everyday_word", "a teacher's complaint with 'aman' (safe); no support", lang="gorontalo"))
    fb.react(p, u("gto_dokter"), V("gto_dokter", "interact", "gto-2", "like", action="like", lang="sys"), kind="LOVE")
    p = fb.post(ta(2016, 11, 20, 17, 0), "Dialog dengan petani jagung di Limboto. Terima kasih Rizal Biki dan para penyuluh yang menemani 🌽 #AMAN2",
                page, own(), photo={"description": "Asri Mahmud berdiri di ladang jagung bersama petani"},
                tags=[(u("gto_tani"), A("gto_tani", note="tagged by the pair's page; he then comments with a pledge"))])
    fb.comment(p, ta(2016, 11, 20, 18, 0), "Sama-sama Pak. Petani Limboto siap menangkan nomor 2 ✌️🌽", u("gto_tani"),
               V("gto_tani", "interact", "gto-2", "tag_then_engaged", action="comment", lang="gorontalo"))
    fb.comment(p, ta(2016, 11, 20, 18, 20), "Harga jagung anjlok, tolong diperhatikan Pak", P("Pak Oni Tani"), N())
    p = fb.post(ta(2016, 12, 3, 10, 0), "Pemeriksaan kesehatan gratis di Tilamuta bersama Irma Daud dan relawan medis AMAN 🩺", page, own(),
                photo={"description": "Antrean warga di tenda pemeriksaan kesehatan"},
                tags=[(u("blm_pkm"), A("blm_pkm", note="tagged by the pair's page as if she were a volunteer; she asks to be untagged"))])
    fb.comment(p, ta(2016, 12, 3, 11, 15), "Mohon maaf Pak, saya perawat puskesmas dan bukan relawan. Tolong tag saya dihapus 🙏", u("blm_pkm"),
               N("neg_untag", "the nurse rejects the tag"))
    fb.comment(p, ta(2016, 12, 3, 11, 40), "Terima kasih Pak, mama saya sudah diperiksa", P("Wati Tilamuta"), N())
    p = fb.post(ta(2017, 2, 11, 20, 0), "Hari terakhir kampanye. Terima kasih rakyat Gorontalo atas sambutannya 🙏", page, own())
    fb.comment(p, ta(2017, 2, 12, 0, 20), "Mantap Pak! Tanggal 15 coblos nomor 2, AMAN! ✌️", u("gto_staf3"),
               V("gto_staf3", "interact", "gto-2", "stage_quiet", action="comment",
                 note="00:20 WITA on 12 Feb (a quiet day locally) is 23:20 WIB on 11 Feb, the last campaign day; a violation either way"))
    fb.comment(p, ta(2017, 2, 12, 7, 30), "Bapak Ibu, so masa tenang. Mari torang tahan diri 🙏", u("gto_kabid"),
               N("neg_reminder", "a division head reminds others of the quiet days", lang="gorontalo"))
    p = fb.post(ta(2017, 2, 16, 10, 0), "Terima kasih atas kepercayaan rakyat Gorontalo. Mari bersatu kembali.", page, own())
    fb.comment(p, ta(2017, 2, 16, 11, 0), "Selamat Pak Asri, semoga amanah. Gorontalo tetap satu 🙏", u("gto_humas"),
               N("neg_after_voting", "a plain congratulation after the vote, the campaign over"))
    fb.comment(p, ta(2017, 2, 16, 11, 20), "Alhamdulillah torang menang! Kerja keras tim tidak sia-sia 💪", u("gto_tani"),
               R("rev_after_vote", "'we won, the team's work paid off' after the vote: a sign that he worked in the winning team (SKB-D10) "
                 "or only the joy of a supporter?", actor="gto_tani", cand="gto-2", lang="gorontalo"))
    fb.dump()

    # 2. the page of the Papua Barat government's press bureau (WIT); the sitting vice governor runs as pb-2
    hid = c.inst["humas_pb"]["handle"]
    fb = Fb(c, "facebook/page_humas_papuabarat_feed.json", hid, version="v2.8")
    page = {"name": "Humas Pemprov Papua Barat", "id": hid}
    p = fb.post(tp(2016, 9, 5, 10, 0), "Wakil Gubernur Papua Barat Dr. Hans Mambor meresmikan Puskesmas Prafi, Kabupaten Manokwari.", page,
                N("neg_incumbent_official", "the vice governor's official act before registration, relayed without campaign content"))
    fb.comment(p, tp(2016, 9, 5, 12, 0), "Puji Tuhan, terima kasih Bapa Wagub 🙏", u("pb_kes1"),
               N("neg_incumbent_official", "thanks for an official act, no campaign content", lang="papua"))
    fb.comment(p, tp(2016, 9, 5, 12, 40), "Prafi butuh dokter juga bapa, jang cuma gedung", P("Pace Ruben Prafi"), N(lang="papua"))
    p = fb.post(tp(2016, 9, 27, 19, 0), "Wakil Gubernur menerima audiensi Forum Kepala Distrik se-Papua Barat di Manokwari.", page,
                N("neg_incumbent_official", "an official meeting of the vice governor"))
    fb.comment(p, tp(2016, 9, 27, 20, 10), "Bapa Hans su daftar di KPU, kami kepala distrik di Fakfak siap kawal sampe menang! Papua Barat Terang 💪",
               u("fft_camat"), V("fft_camat", "interact", "pb-2", "bakal_support", action="comment", lang="papua",
                                 note="a district head of Fakfak pledges, under the government's post, to carry a bakal calon to victory (E codes)"))
    fb.comment(p, tp(2016, 9, 27, 20, 40), "Mohon komentar terkait pilkada tidak disampaikan di kolom ini. Terima kasih.", u("pb_humas"),
               N("neg_reminder", "the press officer asks commenters to keep the election out"))
    p = fb.post(tp(2016, 11, 10, 16, 0), "Selamat datang Dr. Hans Mambor di Kaimana! Papua Barat Terang, nomor 2 ✌️", page,
                V("inst:humas_pb", "inst", "pb-2", "inst_account", note="the government's press page welcomes a campaigning candidate with his slogan and number"),
                photo={"description": "Hans Mambor disambut tarian adat di bandara Kaimana"})
    fb.comment(p, tp(2016, 11, 10, 16, 30), "Mantap Om Hans, 2️⃣ sampe menang!", u("pb_satpol"),
               V("pb_satpol", "interact", "pb-2", "comment_support", action="comment", lang="papua"))
    fb.comment(p, tp(2016, 11, 10, 17, 5), "Akun pemerintah kok pasang nomor calon? Panwas tolong lihat", P("Nona Sanggeng"), N(lang="papua"))
    fb.react(p, u("pb_kes2"), V("pb_kes2", "interact", "pb-2", "like", action="like", lang="sys"))
    fb.react(p, u("pb_kes3"), V("pb_kes3", "interact", "pb-2", "like", action="like", lang="sys"))
    fb.post(tp(2016, 11, 11, 9, 0), "Pemberitahuan: unggahan kemarin bukan kegiatan pemerintah dan sudah diturunkan. ASN Pemprov Papua Barat wajib netral.",
            page, N("neg_reminder", "the page takes the post down and restates neutrality; yesterday's post stays on record"))
    p = fb.post(tp(2016, 12, 1, 10, 0), "Hari AIDS Sedunia: tes HIV gratis di seluruh puskesmas se-Papua Barat. Ayo periksa!", page,
                N("neg_official_neutral", "a health campaign"))
    fb.react(p, u("pb_kes2"), N("neg_official_neutral", "liking his own office's health post", lang="sys"))
    fb.react(p, u("pb_kes3"), N("neg_official_neutral", "liking her own office's health post", lang="sys"))
    fb.post(tp(2017, 1, 18, 20, 0), "Malam ini debat kedua calon gubernur: Sroyer–Kasim (1) dan Hans–Nela (2), disiarkan langsung dari Manokwari.", page,
            N("neg_news", "a schedule naming both pairs"))
    p = fb.post(tp(2017, 2, 13, 10, 0), "Masa tenang: Satpol PP Provinsi menurunkan alat peraga kedua pasangan calon di Manokwari.", page,
                N("neg_official_neutral", "quiet-day work"))
    fb.comment(p, tp(2017, 2, 13, 11, 0), "Siap laksanakan, Sanggeng deng Wosi su bersih 👍", u("pb_satpol"),
               N("neg_official_neutral", "reports quiet-day work", lang="papua"))
    fb.dump()

    # 3. the page of Buleleng pair 2 (WITA) and a residents' group where one of its posts is shared
    aid = c.cands["bll-2"].handle("facebook")
    fb = Fb(c, "facebook/page_artaayu_buleleng_feed.json", aid, version="v2.8")
    page = {"name": "Arta - Ayu Den Bukit Jaya", "id": aid}
    p = fb.post(ta(2016, 9, 23, 10, 0), "Om Swastyastu. Hari ini Pak Arta lan Gek Ayu mendaftar ke KPU Buleleng. Den Bukit Jaya! 🙏", page, own(lang="bali"))
    fb.comment(p, ta(2016, 9, 23, 11, 0), "Rahajeng Pak Arta, tiang ngiring dukung saking Sukasada 🙏", u("bll_staf2"),
               V("bll_staf2", "interact", "bll-2", "bakal_support", action="comment", lang="bali"))
    fb.comment(p, ta(2016, 9, 23, 11, 30), "Sukses Bli Arta", P("Kadek Sukasada"), N(lang="bali"))
    fb.react(p, u("bll_kabid"), V("bll_kabid", "interact", "bll-2", "bakal_support", action="like", lang="sys"))
    shared = fb.post(ta(2016, 11, 14, 19, 0), "Program air bersih untuk desa-desa Gerokgak. Den Bukit Jaya! #ArtaAyu2", page, own())
    fb.comment(shared, ta(2016, 11, 14, 20, 0), "Gerokgak memang perlu yeh bersih Pak. Tiang ngiring nomor 2 ✌️", u("bll_pkm"),
               V("bll_pkm", "interact", "bll-2", "comment_support", action="comment", lang="bali"))
    fb.comment(shared, ta(2016, 11, 14, 20, 30), "Pak, sumur di SD kami juga kering. Mohon siapa pun nanti yang jadi bupati diperhatikan 🙏", u("bll_guru1"),
               N("neg_question", "a teacher's request addressed to whoever wins; no support"))
    fb.react(shared, u("bll_staf1"), V("bll_staf1", "interact", "bll-2", "like", action="like", lang="sys"))
    p = fb.post(ta(2017, 1, 20, 18, 0), "Suksma semeton Seririt! Rapat umum penuh semangat ✌️", page, own(lang="bali"))
    fb.comment(p, ta(2017, 1, 20, 18, 40), "Ramai pisan Bli!", P("Gede Seririt"), N(lang="bali"))
    fb.dump()

    gid = page_id("grup_infowargabuleleng")
    fb = Fb(c, "facebook/group_info_warga_buleleng_feed.json", gid, version="v2.8")
    fb.post(ta(2016, 9, 30, 8, 0), "Semeton, wenten info lowongan guru honor di Seririt?", P("Komang Dharma"), N(lang="bali"))
    p = fb.post(ta(2016, 10, 3, 19, 0), "Bli Sunan sampun daftar, bakal calon sane paling uning kayun krama Buleleng. Ngiring dukung! 💪 #SUKSMA1",
                u("bll_staf1"), V("bll_staf1", "post", "bll-1", "bakal_support", lang="bali",
                                  note="an irrigation officer calls for support of a bakal calon three weeks before designation (E codes)"))
    fb.comment(p, ta(2016, 10, 3, 19, 30), "Becik pisan, SUKSMA pasti menang!", u("bll_guru2"),
               V("bll_guru2", "interact", "bll-1", "bakal_support", action="comment", lang="bali"))
    fb.react(p, u("bll_dispar"), V("bll_dispar", "interact", "bll-1", "bakal_support", action="like", lang="sys"))
    p = fb.post(ta(2016, 10, 20, 9, 0), "Suksma semeton sane sampun rauh ring Festival Lovina! Dumogi rahayu 🐬🙏", u("bll_dispar"),
                N("neg_everyday_word", "'suksma' (thank you) after a festival; pair 1's acronym is SUKSMA", lang="bali"))
    fb.comment(p, ta(2016, 10, 20, 9, 45), "Suksma mbok, acarane seru pisan", P("Ayu Kalibukbuk"), N("neg_everyday_word", "'suksma' again", lang="bali"))
    fb.post(ta(2016, 11, 2, 20, 0), "Ngiring dukung Pak Arta lan Gek Ayu, Den Bukit Jaya! ✌️", u("bll_guru1"),
            V("bll_guru1", "post", "bll-2", "share", action="share", lang="bali", note="a teacher shares the pair's campaign post into a residents' group"),
            share={"post": shared, "title": "Arta - Ayu Den Bukit Jaya", "description": "Program air bersih untuk desa-desa Gerokgak."})
    fb.post(ta(2016, 11, 6, 7, 0), "Den Bukit pagi ini, kabut di Wanagiri 😍 #BulelengIndah", u("bll_pkm"),
            N("neg_motto", "'Den Bukit', the old name of north Bali, in a landscape post; pair 2's slogan is Den Bukit Jaya"))
    p = fb.post(ta(2016, 11, 8, 12, 0), "Semeton ASN, eling: dilarang like, komen, share akun paslon. Sami netral nggih 🙏", u("bll_camat"),
                N("neg_reminder", "a camat reminds officials of neutrality", lang="bali"))
    fb.comment(p, ta(2016, 11, 8, 12, 30), "Mantap Pak Camat", P("Komang Dharma"), N())
    fb.comment(p, ta(2016, 11, 8, 13, 10), "Suksma infone Pak 🙏", u("bll_pkm"), N("neg_everyday_word", "'suksma' (thanks) to a reminder", lang="bali"))
    fb.post(ta(2016, 12, 20, 19, 0), "Rapat umum di Lapangan Bhuana Patra, ramai pisan! SUKSMA nomor 1 ☝️", u("bll_guru2"),
            V("bll_guru2", "attend", "bll-1", "attend_campaign", lang="bali", note="a teacher reports from the pair's rally with its number and one finger"),
            photo={"description": "Guru berkaos putih mengacungkan satu jari di depan panggung kampanye"})
    fb.post(ta(2017, 2, 14, 21, 0), "Buin mani eda engsap ke TPS semeton", P("Komang Dharma"), N(lang="bali"))
    fb.post(ta(2017, 2, 15, 14, 0), "Sampun nyoblos. Sapasira je menang, Buleleng tetep becik 🙏", u("bll_guru2"),
            N("neg_after_voting", "after the vote", lang="bali"))
    fb.dump()

    # 4. the page of Kecamatan Tahunan, Jepara (WIB); the sitting regent runs again as jpr-1
    kid = c.inst["kec_thn"]["handle"]
    fb = Fb(c, "facebook/page_kecamatan_tahunan_feed.json", kid, version="v2.8")
    page = {"name": "Kecamatan Tahunan", "id": kid}
    p = fb.post(w(2016, 8, 30, 10, 0), "Bupati Jepara H. Sholikhin Hadi membuka Pameran Mebel dan Ukir di Desa Tahunan.", page,
                N("neg_incumbent_official", "the sitting regent's official act before the campaign"))
    fb.comment(p, w(2016, 8, 30, 11, 0), "Mugi Pak Likin tansah pinaringan sehat, dilanjut periode kaping kalih nggih 🙏", u("jpr_sekcam"),
               V("jpr_sekcam", "interact", "jpr-1", "incumbent_praise", action="comment", lang="jawa",
                 note="under the regent's official news the kecamatan secretary wishes him a second term, before designation (E codes)"))
    fb.comment(p, w(2016, 8, 30, 11, 20), "Mebel Jepara jaya!", P("Pak Rohmat Ukir"), N())
    fb.post(w(2016, 10, 26, 9, 0), "KPU Jepara telah mengundi nomor urut: Sholikhin–Tri (1), Lilik–Bayu (2), Kartono–Hadi (3). Mari jaga Jepara kondusif.",
            page, N("neg_news", "the draw naming every pair"))
    p = fb.post(w(2016, 12, 10, 8, 0), "Apik tenan hasil kerja bakti warga Desa Mangunan, saluran resik, dalan padhang 👍", page,
                N("neg_everyday_word", "'apik' (fine) about a clean-up; pair 1's acronym is APIK", lang="jawa"))
    fb.comment(p, w(2016, 12, 10, 9, 0), "Apik pol, warga kompak 👍", u("jpr_staf"), N("neg_everyday_word", "'apik' again", lang="jawa"))
    p = fb.post(w(2017, 1, 14, 16, 0), "Cabup nomor 1 H. Sholikhin Hadi blusukan di Pasar Tahunan, warga antusias. Jepara APIK! #APIK1", page,
                V("inst:kec_thn", "inst", "jpr-1", "inst_account", note="the kecamatan's page promotes a candidate's market visit with his slogan and hashtag"),
                photo={"description": "Calon bupati menyalami pedagang di Pasar Tahunan"})
    fb.comment(p, w(2017, 1, 14, 16, 30), "APIK nomer siji! 👆☝️", u("jpr_staf"),
               V("jpr_staf", "interact", "jpr-1", "comment_support", action="comment", lang="jawa"))
    fb.comment(p, w(2017, 1, 14, 16, 50), "Akun kecamatan kok kampanye to?", P("Mbak Ulfa Tahunan"), N(lang="jawa"))
    fb.comment(p, w(2017, 1, 14, 17, 0), "Admin, niki akun resmi kecamatan, mbok ya dibusak 🙏", u("jpr_kasi"),
               N("neg_objection", "a section head asks for the post to be removed", lang="jawa"))
    fb.react(p, u("jpr_camat"), V("jpr_camat", "interact", "jpr-1", "like", action="like", lang="sys",
                                  note="the camat likes his own office's campaign post"))
    fb.post(w(2017, 2, 13, 10, 0), "Masa tenang: Trantib kecamatan bersama Panwascam menertibkan APK di jalan-jalan desa.", page,
            N("neg_official_neutral", "quiet-day work"))
    p = fb.post(w(2017, 4, 21, 8, 0), "Selamat Hari Kartini! Perempuan Jepara, penerus semangat Ibu Kartini 🌺", page,
                N("neg_motto", "Kartini Day in her home regency; pair 3's slogan is Bumi Kartini Bangkit"))
    fb.react(p, u("jpr_sekcam"), N("neg_motto", "liking the Kartini Day post", lang="sys"))
    fb.dump()

    # 5. the page of Karo pair 2 (2024, WIB)
    sid = c.cands["kro-2"].handle("facebook")
    fb = Fb(c, "facebook/page_sarinahedi_karo_feed.json", sid, version="v20.0")
    page = {"name": "Nande Sarinah - Edi Surbakti", "id": sid}
    p = fb.post(w(2024, 8, 28, 14, 0), "Mejuah-juah! Sendah Nande Sarinah ras Pak Edi mendaftar ku KPU Karo. Taneh Karo Simalem Maju 🙏", page, own(lang="karo"))
    fb.comment(p, w(2024, 8, 28, 15, 0), "Mejuah-juah Nande! Kami guru-guru Kabanjahe ndukung kam 💪", u("kro_guru1"),
               V("kro_guru1", "interact", "kro-2", "bakal_support", action="comment", lang="karo",
                 note="a junior-high teacher pledges her colleagues' support to a bakal calon (E codes)"))
    fb.comment(p, w(2024, 8, 28, 15, 20), "Bujur Nande", P("Bibi Tigapanah"), N(lang="karo"))
    fb.react(p, u("kro_kes"), V("kro_kes", "interact", "kro-2", "bakal_support", action="like", lang="sys"))
    p = fb.post(w(2024, 9, 23, 13, 0), "Nomor urut 2! Bujur ras mejuah-juah man banta kerina ✌️ #SarinahEdi2", page, own(lang="karo"))
    fb.comment(p, w(2024, 9, 23, 13, 40), "Nomor 2 pilihen kami, Nande ✌️", u("kro_pppk"),
               V("kro_pppk", "interact", "kro-2", "comment_support", action="comment", lang="karo", note="a PPPK teacher backs the pair's number"))
    fb.comment(p, w(2024, 9, 23, 14, 0), "Mejuah-juah kerina, sehat-sehat calon si telu 🙏", u("kro_guru2"),
               N("neg_all_pairs", "a greeting wishing all three pairs well", lang="karo"))
    fb.react(p, u("kro_staf"), V("kro_staf", "interact", "kro-2", "like", action="like", lang="sys"))
    p = fb.post(w(2024, 10, 15, 17, 0), "Kampanye dialogis ras petani jeruk i Berastagi. Bujur Benny Perangin-angin ras Roy Tarigan si nemani 🍊", page,
                own(lang="karo"), photo={"description": "Calon bupati berdiri di kebun jeruk bersama petani dan penyuluh"},
                tags=[(u("kro_tani"), A("kro_tani", note="tagged by the pair's page; he answers with a pledge")),
                      (u("kro_guru2"), A("kro_guru2", note="tagged by the pair's page; he does not react"))])
    fb.comment(p, w(2024, 10, 15, 18, 0), "Bujur Nande! Petani Berastagi siap menangkan nomor 2 🍊✌️", u("kro_tani"),
               V("kro_tani", "interact", "kro-2", "tag_then_engaged", action="comment", lang="karo"))
    p = fb.post(w(2024, 11, 24, 9, 0), "Masa tenang. Bujur man kerina relawan.", page, own(lang="karo"))
    fb.comment(p, w(2024, 11, 24, 9, 30), "Ingat tanggal 27, nomor 2 ya 😉", u("kro_camat"),
               V("kro_camat", "interact", "kro-2", "stage_quiet", action="comment", note="a camat asks for the pair's number on a quiet day"))
    p = fb.post(w(2024, 11, 28, 10, 0), "Bujur man rakyat Karo si enggo milih.", page, own(lang="karo"))
    fb.comment(p, w(2024, 11, 28, 11, 0), "Selamat Nande, semoga amanah memimpin Taneh Karo Simalem 🙏", u("kro_guru1"),
               N("neg_after_voting", "a congratulation after the vote", lang="karo"))
    fb.dump()

    # 6. a teachers' group in Kutai Kartanegara (2024, WITA)
    gid = page_id("grup_gurukukar")
    fb = Fb(c, "facebook/group_guru_kukar_bersatu_feed.json", gid, version="v20.0")
    p = fb.post(ta(2024, 9, 12, 20, 0), "Bapak ibu guru, Abah Syaiful janji insentif guru honor naik amun jadi. Kita dukung lah beliau, bakal calon nang paling peduli guru 🙏",
                u("kkr_guru"), V("kkr_guru", "post", "kkr-1", "bakal_support", lang="kutai",
                                 note="a teacher rallies colleagues behind a bakal calon ten days before designation (E codes)"))
    fb.comment(p, ta(2024, 9, 12, 20, 30), "Setuju bu, Abah Syaiful pilihan kita 💪", u("kkr_pppk"),
               V("kkr_pppk", "interact", "kkr-1", "bakal_support", action="comment", lang="kutai"))
    fb.comment(p, ta(2024, 9, 12, 20, 50), "Honor ulun tiga bulan belum cair 😭", P("Guru Honor Loa Janan"), N(lang="kutai"))
    fb.react(p, u("kkr_pkm"), V("kkr_pkm", "interact", "kkr-1", "bakal_support", action="like", lang="sys"))
    fb.post(ta(2024, 9, 22, 0, 30), "Esok pagi KPU tetapkan calon. Bang Reza pasti lolos, Kukar Kita Sejahtera ✊", u("kkr_staf3"),
            V("kkr_staf3", "post", "kkr-2", "stage_boundary_wita", lang="kutai",
              note="00:30 WITA on 22 Sep is 23:30 WIB on 21 Sep: still a bakal calon by the WIB date (E codes), though it is designation day locally"))
    p = fb.post(ta(2024, 10, 5, 16, 0), "Erau tahun ini ramai banar, anak-anak SD 005 tampil tari Jepen 💃", u("kkr_guru"),
                N("neg_everyday_word", "the Erau festival; pair 1's slogan is Kukar Erau Bersatu", lang="kutai"))
    fb.comment(p, ta(2024, 10, 5, 16, 40), "Hebat anak-anak! Erau memang kebanggaan kita", u("kkr_pkm"), N("neg_everyday_word", "'Erau' again", lang="kutai"))
    fb.post(ta(2024, 10, 20, 19, 0), "Mahakam pasang lagi, Kota Bangun banjir. Nang punya perahu tolong bantu warga 🙏", u("kkr_staf3"),
            N("neg_everyday_word", "the Mahakam river in flood; pair 2's candidate is named Reza Mahakam", lang="kutai"))
    p = fb.post(ta(2024, 10, 28, 20, 0), "Bapak ibu, ASN dan PPPK dilarang ikut kampanye, like, share, komen akun paslon. Sanksinya berat 🙏", u("kkr_kabid"),
                N("neg_reminder", "a neutrality reminder"))
    fb.comment(p, ta(2024, 10, 28, 20, 20), "Siap bu, ulun ingat", u("kkr_pppk"), N("neg_deflect", "acknowledges the reminder", lang="kutai"))
    p = fb.post(ta(2024, 11, 10, 19, 0), "Debat ketiga malam ini, menurut kalian siapa nang paling siap? Paslon 1, 2 atau 3?", P("Admin Guru Kukar"), N(lang="kutai"))
    fb.comment(p, ta(2024, 11, 10, 19, 20), "Kita tunggu debatnya, nang penting bawa program nyata", u("kkr_guru"),
               N("neg_all_pairs", "no side in a question about all three pairs", lang="kutai"))
    fb.comment(p, ta(2024, 11, 10, 19, 45), "Nomor 1 lah, sudah jelas 😁☝️", u("kkr_pppk"),
               V("kkr_pppk", "interact", "kkr-1", "comment_support", action="comment", lang="kutai"))
    fb.dump()

    # 7. the page of Seram Bagian Barat pair 1 (WIT)
    lid = c.cands["sbb-1"].handle("facebook")
    fb = Fb(c, "facebook/page_latiefyusak_sbb_feed.json", lid, version="v2.8")
    page = {"name": "Bung Latief - Om Yusak", "id": lid}
    p = fb.post(tp(2016, 9, 21, 11, 0), "Hari ini Bung Latief deng Om Yusak daftar di KPU SBB. Saka Mese Nusa Bangkit! 🙏", page, own(lang="ambon"))
    fb.comment(p, tp(2016, 9, 21, 11, 40), "Sukses Bung Latief, Kairatu siap! 💪", u("sbb_camat"),
               V("sbb_camat", "interact", "sbb-1", "bakal_support", action="comment", lang="ambon", note="a camat pledges his district to a bakal calon"))
    fb.comment(p, tp(2016, 9, 21, 12, 0), "Tuhan berkati", P("Mama Ety Piru"), N(lang="ambon"))
    fb.react(p, u("sbb_dkp1"), V("sbb_dkp1", "interact", "sbb-1", "bakal_support", action="like", lang="sys"))
    p = fb.post(tp(2016, 10, 24, 6, 0), "Puji Tuhan, alhamdulillah. Pagi ini katong dapa kabar KPU su tetapkan. Danke basudara 🙏", page, own(lang="ambon"))
    fb.comment(p, tp(2016, 10, 24, 6, 30), "Selamat Bung Latief, ale pasti menang! ☝️", u("sbb_guru"),
               V("sbb_guru", "interact", "sbb-1", "stage_boundary_wit", action="comment", lang="ambon",
                 note="created 2016-10-23T21:30Z: the UTC date is 23 Oct, but 06:30 WIT is 04:30 WIB on 24 Oct, designation day (D codes)"))
    p = fb.post(tp(2016, 12, 8, 19, 0), "Kampanye tatap muka di Piru, rame skali! ☝️ #LatiefYusak1", page, own(lang="ambon"),
                photo={"description": "Massa kampanye memenuhi lapangan di Piru"})
    fb.comment(p, tp(2016, 12, 8, 19, 45), "Katong samua basudara, sapa saja yang menang jaga SBB tetap damai 🙏", u("sbb_pkm"),
               N("neg_all_pairs", "a nurse asks for peace whoever wins", lang="ambon"))
    fb.comment(p, tp(2016, 12, 8, 20, 0), "Rame e", P("Bung Eki Kairatu"), N(lang="ambon"))
    fb.react(p, u("sbb_camat"), V("sbb_camat", "interact", "sbb-1", "like", action="like", lang="sys"))
    p = fb.post(tp(2017, 2, 15, 18, 0), "Danke banyak basudara SBB.", page, own(lang="ambon"))
    fb.comment(p, tp(2017, 2, 15, 19, 0), "Puji Tuhan SBB aman. Selamat par yang menang 🙏", u("sbb_guru"),
               N("neg_after_voting", "after the vote", lang="ambon"))
    fb.dump()


# ---------------------------------------------------------------------------------------------
# CrowdTangle historical data (WITA pages of 2016-17, WIB pages of 2024)
# ---------------------------------------------------------------------------------------------
@section
def crowdtangle(c):
    def inst_page(k, cat, desc, created, followers):
        r = c.inst[k]
        return (r["nama_akun"], "", r["handle"], cat, desc, created, followers)

    def asn_page(k, cat, desc, created, followers):
        return (c.disp(k), "", c.acct(k, "facebook"), cat, desc, created, followers)

    pages = {
        "dk": inst_page("dinkes_flt", "Government Organization", "Dinas Kesehatan Kabupaten Flores Timur", "2014-05-02 09:00:00", 6400),
        "tlm": inst_page("kec_tlm", "Government Organization", "Kecamatan Tilamuta, Kabupaten Boalemo", "2015-02-11 10:00:00", 2800),
        "mgh": asn_page("flt_guru1", "Teacher", "Guru SD di Balela, Larantuka", "2013-08-15 19:00:00", 1150),
        "kri": asn_page("flt_dkp", "Personal Blog", "Penyuluh perikanan, Solor dan Adonara", "2014-09-09 09:00:00", 730),
        "frs": asn_page("flt_kes1", "Personal Blog", "Perawat Puskesmas Weri", "2015-03-03 08:00:00", 980),
        "sbt": asn_page("blm_dkp", "Personal Blog", "Penyuluh perikanan Boalemo", "2014-06-06 06:00:00", 610),
        "lp": ("Larantuka Pos", "larantukapos", page_id("larantukapos"), "Media/News Company", "Berita Flores Timur dan Lembata",
               "2012-01-09 08:00:00", 45200),
    }
    ct = Ct(c, "crowdtangle/pages_flotim_boalemo_2016_2017.csv", WITA, pages)
    ct.row("dk", ta(2016, 8, 15, 9, 0), "Photo", "Imunisasi campak serentak di 21 puskesmas se-Flores Timur. Ayo bawa anak ke posyandu!",
           N("neg_official_neutral", "an agency's routine post"))
    ct.row("dk", ta(2016, 10, 10, 10, 0), "Photo", "Penyuluhan gizi bersama kader posyandu di Lewolema.", N("neg_official_neutral", "routine work"))
    ct.row("dk", ta(2016, 11, 12, 8, 0), "Status", "Selamat Hari Kesehatan Nasional! Semangat gelekat lewotana: petugas kesehatan melayani sampai pulau-pulau 💪",
           N("neg_motto", "'gelekat lewotana' (serving the homeland), a common Lamaholot civic phrase, with no name, number or call; "
             "pair 1's slogan is Gelekat Lewotana", lang="larantuka"))
    ct.row("dk", ta(2016, 11, 18, 13, 0), "Photo", "Penyuluhan malaria di Adonara Timur bersama kader kesehatan.",
           V("inst:dinkes_flt", "inst", "flt-1", "image_text", note="the pair's slogan and number exist only as text inside the office's picture"),
           image_text="GELEKAT LEWOTANA\nCOBLOS NO. 1 YOSEF - AGUS")
    ct.row("dk", ta(2017, 2, 13, 9, 0), "Status", "Masa tenang: seluruh ASN Dinas Kesehatan diminta tidak mengunggah konten politik. Pelayanan tetap berjalan.",
           N("neg_reminder", "a quiet-day reminder"))
    ct.row("tlm", ta(2016, 9, 10, 9, 0), "Photo", "Mohuyula membersihkan pantai Bolihutuo bersama warga Tilamuta 🌊",
           N("neg_motto", "'mohuyula' (working together) in a clean-up; pair 1's slogan is Boalemo Mohuyula", lang="gorontalo"))
    ct.row("tlm", ta(2016, 10, 12, 19, 0), "Photo", "Silaturahmi bakal calon bupati H. Ridwan Yasin dengan aparat desa se-Kecamatan Tilamuta. Boalemo Mohuyula!",
           V("inst:kec_tlm", "inst", "blm-1", "inst_account", lang="gorontalo",
             note="the kecamatan's page presents a bakal calon's meeting with village officials, with his slogan (E codes)"))
    ct.row("tlm", ta(2016, 11, 1, 10, 0), "Status", "Jadwal rapat umum di Tilamuta: paslon 1 tanggal 5 Desember, paslon 2 tanggal 7 Desember. Jaga ketertiban.",
           N("neg_news", "a schedule naming both pairs"))
    ct.row("tlm", ta(2017, 2, 16, 10, 0), "Status", "Terima kasih warga Tilamuta, pilkada berjalan aman dan lancar 🙏", N("neg_after_voting", "after the vote"))
    ct.row("mgh", ta(2016, 10, 2, 19, 0), "Status", "Ama Yosef su daftar di KPU. Kita dukung bakal calon dari Lewolema e! 💪",
           V("flt_guru1", "post", "flt-1", "bakal_support", lang="larantuka", note="a teacher backs a bakal calon three weeks before designation (E codes)"))
    ct.row("mgh", ta(2016, 11, 25, 20, 0), "Photo", "Foto bersama Ama Yosef di Balela. Semoga jadi bupati ☝️🙏",
           V("flt_guru1", "photo", "flt-1", "photo_caption", lang="larantuka"))
    ct.row("mgh", ta(2016, 12, 24, 21, 0), "Status", "Selamat Natal. Tite hena, kita semua satu keluarga 🎄",
           N("neg_everyday_word", "'tite hena' (all of us, Lamaholot) in a Christmas greeting; pair 3's slogan is Flotim Tite Hena", lang="larantuka"))
    ct.row("mgh", ta(2017, 4, 13, 9, 0), "Photo", "Semana Santa, Larantuka penuh peziarah. Tuhan berkati 🙏", N("neg_personal", "Holy Week", lang="larantuka"))
    ct.row("kri", ta(2016, 10, 24, 0, 40), "Status", "Besok KPU tetapkan calon. Ama Simon pasti lolos, Flotim Bangkit! 💪",
           V("flt_dkp", "post", "flt-2", "stage_boundary_wita", lang="larantuka",
             note="'Post Created' 00:40 WITA on 24 Oct is 23:40 WIB on 23 Oct: still a bakal calon by the WIB date (E codes)"))
    ct.row("kri", ta(2016, 11, 30, 10, 0), "Photo", "Penyerahan bantuan jaring kepada kelompok nelayan Solor Barat.", N("neg_official_neutral", "official work"))
    ct.row("frs", ta(2016, 11, 5, 19, 0), "Status", "Kita tida ikut kampanye, mar hati su pili. Nomor 2 Flotim Bangkit ✌️",
           V("flt_kes1", "post", "flt-2", "post_support", lang="larantuka"))
    ct.row("frs", ta(2017, 1, 10, 20, 0), "Status", "Kita perawat, tugas jaga pasien, bukan jaga calon 😄", N("neg_personal", "a joke with no side", lang="larantuka"))
    ct.row("sbt", ta(2016, 10, 26, 19, 0), "Status", "Banyak yang kira saya keluarga calon bupati nomor 2. Batalipu memang marga besar di Boalemo, tapi saya bukan tim ya 😅",
           N("neg_namesake", "an officer who shares candidate blm-2's clan name"))
    ct.row("sbt", ta(2016, 12, 28, 20, 0), "Status", "Hari ini di kantor ada yang tanya saya pilih siapa. Rahasia lah, tapi Batalipu tetap Batalipu 😉",
           R("rev_hint", "a clan-name wink during the campaign by an officer sharing the candidate's clan: support for blm-2 (SKB-D2) or a joke?",
             actor="blm_dkp", cand="blm-2"))
    ct.row("lp", ta(2016, 10, 25, 15, 0), "Link", "KPU Flotim undi nomor urut: Yosef–Agus 1, Simon–Maria 2, Piet–Lukas 3.", N("neg_news", "a news page"),
           link="https://larantukapos.id/2016/10/25/undian-nomor-urut-pilkada-flotim", link_text="Tiga pasangan calon bupati Flotim dapat nomor urut")
    ct.row("lp", ta(2017, 2, 15, 20, 0), "Link", "Hasil hitung sementara Pilkada Flotim: selisih tipis antara paslon 1 dan 2.", N("neg_news", "a news page"),
           link="https://larantukapos.id/2017/02/15/hitung-sementara", link_text="Hitung sementara Pilkada Flotim 2017")
    ct.dump()

    pages = {
        "kro": inst_page("kominfo_kro", "Government Organization", "Dinas Komunikasi dan Informatika Kabupaten Karo", "2016-04-04 09:00:00", 21800),
        "roy": asn_page("kro_guru2", "Teacher", "Guru SD di Berastagi", "2015-07-07 07:00:00", 1420),
        "nov": asn_page("kro_pppk", "Personal Blog", "Guru, Kabanjahe", "2019-01-19 19:00:00", 860),
        "ret": asn_page("sby_guru1", "Teacher", "Guru SD Ketintang, arek Suroboyo", "2014-02-14 14:00:00", 2300),
        "sgh": asn_page("sby_dishub", "Personal Blog", "Dishub Surabaya", "2016-06-16 16:00:00", 1750),
        "su": ("Suroboyo Update", "suroboyoupdate", page_id("suroboyoupdate"), "Media/News Company", "Kabar Suroboyo saben dino",
               "2013-05-05 05:00:00", 412000),
    }
    ct = Ct(c, "crowdtangle/pages_karo_surabaya_2024.csv", WIB, pages)
    ct.row("kro", w(2024, 8, 5, 9, 0), "Photo", "Pj Bupati Karo meninjau panen jeruk di Kecamatan Berastagi.", N("neg_official_neutral", "routine news"))
    ct.row("kro", w(2024, 9, 2, 10, 0), "Photo", "Mejuah-juah! Selamat datang wisatawan di Taneh Karo Simalem 🌋",
           N("neg_motto", "the Karo greeting and the traditional name of the land; the pairs' slogans are Karo Mejuah-juah and Taneh Karo Simalem Maju",
             lang="karo"))
    ct.row("kro", w(2024, 10, 8, 19, 0), "Photo", "Sosialisasi pencegahan stunting di Kecamatan Munte.",
           V("inst:kominfo_kro", "inst", "kro-1", "image_text", note="the pair's slogan, names and number exist only as text inside the agency's picture"),
           image_text="KARO MEJUAH-JUAH\nNELSON - ROSITA NO. 1")
    ct.row("kro", w(2024, 10, 9, 8, 0), "Status", "Debat publik pertama calon bupati Karo malam tadi, ketiga pasangan calon hadir.", N("neg_news", "news naming every pair"))
    ct.row("kro", w(2024, 11, 25, 9, 0), "Status", "Masa tenang: Diskominfo bersama Bawaslu memantau konten kampanye di media sosial.", N("neg_official_neutral", "a notice"))
    ct.row("roy", w(2024, 9, 24, 20, 0), "Status", "Enggo lit si nukuri aku keluarga Pak Nelson. Tarigan memang merga mbelin, tapi aku guru, labo tim 😅",
           N("neg_namesake", "a teacher who shares candidate kro-1's clan name", lang="karo"))
    ct.row("roy", w(2024, 10, 28, 19, 0), "Photo", "Sumpah Pemuda i sekolah, anak-anak make uis Karo 🇮🇩", N("neg_personal", "school news", lang="karo"))
    ct.row("roy", w(2024, 11, 20, 20, 0), "Status", "Pilih pemimpin si ngasup ngelai Taneh Karo. Nomor 1 ☝️ bagi nina orang tua kita",
           V("kro_guru2", "post", "kro-1", "post_support", lang="karo"))
    ct.row("nov", w(2024, 9, 21, 20, 0), "Status", "Pagi KPU netapken calon. Nande Sarinah pasti lolos! ✌️",
           V("kro_pppk", "post", "kro-2", "bakal_support", lang="karo", note="the evening before designation (E codes)"))
    ct.row("nov", w(2024, 12, 1, 10, 0), "Status", "Bujur kerina, sekolah mulai normal mulihi", N("neg_personal", "after the vote", lang="karo"))
    ct.row("ret", w(2024, 9, 10, 19, 0), "Status", "Cak Wahyu wis daftar, gak onok lawane. Ayo dulur, dukung terus bakal calon kita 💪 #WANIterus",
           V("sby_guru1", "post", "sby-1", "bakal_support", lang="suroboyo", note="a teacher backs the single bakal calon (E codes)"))
    ct.row("ret", w(2024, 10, 3, 16, 0), "Photo", "Lomba baca puisi arek-arek SD: 'Aku Wani!' 😍",
           N("neg_everyday_word", "'wani' (brave) in a school poem; the pair's acronym is WANI", lang="suroboyo"))
    ct.row("ret", w(2024, 11, 1, 20, 0), "Status", "Kolom kosong iku yo pilihan sah lho rek, sing penting teko nang TPS",
           N("neg_how_to_vote", "explains that the empty column is a valid choice, without a side", lang="suroboyo"))
    ct.row("ret", w(2024, 11, 27, 13, 0), "Status", "Wis nyoblos, driji ungu 💜", N("neg_after_voting", "voting day", lang="suroboyo"))
    ct.row("sgh", w(2024, 10, 12, 21, 0), "Photo", "Ngatur lalin kampanye akbar nang Tugu Pahlawan. Panas rek!", N("neg_official_neutral", "traffic duty", lang="suroboyo"))
    ct.row("sgh", w(2024, 11, 6, 20, 0), "Status", "Suroboyo wani, Suroboyo resik. Cak Wahyu–Ning Nia terusno! 1️⃣",
           V("sby_dishub", "post", "sby-1", "post_support", lang="suroboyo"))
    ct.row("su", w(2024, 9, 23, 15, 0), "Link", "KPU Surabaya: paslon tunggal Wahyu–Nia berhadapan dengan kolom kosong, tanpa undian nomor.", N("neg_news", "a news page"),
           link="https://suroboyoupdate.id/2024/09/23/paslon-tunggal", link_text="Pilwali Surabaya 2024: satu paslon lawan kolom kosong")
    ct.row("su", w(2024, 11, 28, 19, 0), "Link", "Rekap KPU: paslon tunggal unggul atas kolom kosong di 31 kecamatan.", N("neg_news", "a news page"),
           link="https://suroboyoupdate.id/2024/11/28/rekap-pilwali", link_text="Hasil rekapitulasi Pilwali Surabaya")
    ct.dump()


# ---------------------------------------------------------------------------------------------
# X API v2 (a full-archive search of 2016-17 as twarc lines, a 2024 timeline page)
# ---------------------------------------------------------------------------------------------
@section
def x_api(c):
    x = X(c, "x/search_pilkada2017_heldout8.jsonl")
    bio = {
        "jpr_guru1": ("Guru SD, wong Mlonggo", "Jepara"), "jpr_dishub": ("Dishub. Tertib lalin", "Jepara"),
        "jpr_disbud": ("Ukir, batik, budaya", "Jepara"), "kpr_guru": ("Guru IPA, ughang Kampar", "Bangkinang"),
        "skw_guru1": ("Guru SD. Singkawang kota amoi", "Singkawang"), "skw_guru2": ("Guru Matematika", "Singkawang"),
        "skw_pkm": ("Dokter umum. Opinions my own", "Singkawang"), "gto_humas": ("Humas. Gorontalo", "Gorontalo"),
        "blm_guru2": ("Guru SMP Paguyaman", "Boalemo"), "pb_humas": ("Humas Papua Barat", "Manokwari"), "pb_bpkad": ("Keuangan daerah", "Manokwari"),
        "flt_camat": ("Larantuka, Kota Reinha", "Larantuka"), "flt_dkp": ("Laut Flores", "Larantuka"), "sbb_pkm": ("Perawat Piru", "Piru, SBB"),
    }
    for k, (b, loc) in bio.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    for cid in ("jpr-1", "kpr-2", "skw-1", "gto-1", "pb-1"):
        cd = c.cands[cid]
        x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    for k in ("kominfo_jpr", "kominfo_ypn"):
        x.user(c.inst[k]["handle"], c.inst[k]["nama_akun"], "Akun resmi " + c.inst[k]["instansi"], None)
    for h, n in (("wong_jepara", "wong jepara"), ("pilkada_pantau", "Pantau Pilkada"), ("nona_serui", "Nona Serui")):
        x.user(h, n, "", None)
    H = lambda k: c.acct(k, "x")  # noqa: E731
    CH = lambda cid: c.cands[cid].handle("x")  # noqa: E731

    x.tweet(c.inst["kominfo_jpr"]["handle"], w(2016, 10, 25, 20, 0),
            "Hasil pengundian nomor urut Pilbup Jepara 2017: 1 Sholikhin–Tri, 2 Lilik–Bayu, 3 Kartono–Hadi. Ayo jadi pemilih cerdas #PilkadaJepara2017",
            N("neg_news", "the regency's account relays the draw naming every pair"))
    x.tweet(H("jpr_guru1"), w(2016, 11, 3, 20, 0), "Pak Likin wis mbuktekke, dalan desa alus kabeh. APIK nomer 1 👍 #APIK1",
            V("jpr_guru1", "post", "jpr-1", "post_support", lang="jawa"))
    x.tweet(H("jpr_guru1"), w(2016, 11, 4, 7, 0), "Murid-murid nulis karangan, hasile apik-apik tenan 📚",
            N("neg_everyday_word", "'apik' (fine); pair 1's acronym is APIK", lang="jawa"))
    t = x.orig(CH("jpr-1"), w(2016, 11, 20, 10, 0), "Jepara APIK: beasiswa santri lan pelajar berprestasi. #APIK1")
    x.tweet(H("jpr_dishub"), w(2016, 11, 20, 11, 0), "RT @apik_jepara1: Jepara APIK: beasiswa santri lan pelajar berprestasi. #APIK1",
            V("jpr_dishub", "post", "jpr-1", "share", action="share"), ref=("retweeted", t))
    x.tweet(H("jpr_disbud"), w(2016, 12, 2, 19, 0), "Workshop ukir relief untuk pelajar di Mulyoharjo. Ukiran Jepara wis mendunia 🪵",
            N("neg_official_neutral", "a cultural officer's work", lang="jawa"))
    t = x.orig(CH("jpr-1"), w(2017, 1, 5, 19, 0), "Matur nuwun para perajin ukir Jepara. Bareng-bareng kita majukan industri mebel. #APIK1")
    x.tweet(H("jpr_disbud"), w(2017, 1, 5, 20, 0), "@apik_jepara1 Sami-sami Pak, seniman ukir siap dukung nomer 1 🙏",
            V("jpr_disbud", "interact", "jpr-1", "comment_support", action="comment", lang="jawa"), ref=("replied_to", t))
    x.tweet("wong_jepara", w(2017, 1, 5, 21, 0), "Pegawai dinas kok bales-bales twit calon? 🤔", N(lang="jawa"))
    x.tweet(H("kpr_guru"), w(2016, 9, 28, 21, 0), "Ambo dukung Ocu Syaf! Bakal calon nan paliang paham ughang Kampar 💪 #OcuSyaf2",
            V("kpr_guru", "post", "kpr-2", "bakal_support", lang="ocu", note="a teacher backs a bakal calon after registration (E codes)"))
    x.tweet(H("kpr_guru"), w(2016, 10, 10, 17, 0), "Ocu ambo baru pulang dari Pekanbaru, bawa bolu kemojo 😋",
            N("neg_everyday_word", "'ocu' (elder brother); pair 2's alias is Ocu Syaf", lang="ocu"))
    x.tweet(H("kpr_guru"), w(2016, 12, 1, 20, 0), "Kampar ELOK? Jalan ka Kampar Kiri masih ancur, indak elok do. Jan pilih nomor 1 😤",
            V("kpr_guru", "negative", "kpr-1", "negative_campaign", lang="ocu", note="a teacher campaigns against pair 1 during the campaign"))
    x.tweet(H("skw_guru1"), w(2016, 10, 20, 20, 0), "Ngai pilih Koh Hendrik, Singkawang Harmoni! 🏮 Bakal calon paling dekat sama rakyat",
            V("skw_guru1", "post", "skw-1", "bakal_support", lang="singkawang"))
    t = x.orig(CH("skw-1"), w(2016, 12, 10, 9, 0), "Singkawang Harmoni: pasar rakyat direvitalisasi, pedagang kecil dilindungi. #HendrikUsman1")
    x.tweet(H("skw_guru1"), w(2016, 12, 10, 9, 40), "RT @hendrikusman1: Singkawang Harmoni: pasar rakyat direvitalisasi, pedagang kecil dilindungi. #HendrikUsman1",
            V("skw_guru1", "post", "skw-1", "share", action="share"), ref=("retweeted", t))
    x.tweet(CH("skw-1"), w(2016, 12, 18, 20, 0), "Terima kasih @lina_tjhin dan guru-guru SD yang hadir di dialog pendidikan 🙏",
            N("neg_candidate_own", "posted by the pair's account"),
            mentions=[(H("skw_guru1"), A("skw_guru1", case="mentioned", note="named by the pair's account; she answers with more support"))])
    t = x.orig(CH("skw-1"), w(2016, 12, 18, 20, 0), "Terima kasih guru-guru SD yang hadir di dialog pendidikan")
    x.tweet(H("skw_guru1"), w(2016, 12, 18, 20, 30), "@hendrikusman1 Sama-sama Koh! Harmoni untuk Singkawang, nomor 1 🏮☝️",
            V("skw_guru1", "interact", "skw-1", "tag_then_engaged", action="comment", lang="singkawang"), ref=("replied_to", t))
    x.tweet(H("skw_guru1"), w(2017, 2, 11, 21, 0), "Cap Go Meh tahun ini meriah, tatung ramai. Singkawang memang harmoni 🏮",
            R("rev_slogan_echo", "a known supporter of pair 1 writes 'Singkawang ... harmoni' on the last campaign day, about the Cap Go Meh festival: "
              "a festival remark or an echo of the slogan Singkawang Harmoni (SKB-D2)?", actor="skw_guru1", cand="skw-1", lang="singkawang"))
    x.tweet(H("skw_guru2"), w(2016, 11, 15, 19, 0), "Bu Ros sudah janji sekolah gratis sampai SMA. Nomor 2, Singkawang Baru ✌️",
            V("skw_guru2", "post", "skw-2", "post_support", lang="singkawang"))
    x.tweet(H("skw_guru2"), w(2016, 12, 4, 9, 0), "Minggu pagi di Pasar Hongkong 🏮",
            V("skw_guru2", "gesture", "skw-2", "gesture_alt_text", lang="singkawang", note="only the image description shows the two-finger pose with the candidate"),
            alt="Guru berpose dua jari bersama Rosnani Amir di depan spanduk nomor 2")
    x.tweet(H("skw_pkm"), w(2016, 11, 20, 8, 0), "Dokter puskesmas ndak boleh kampanye. Tapi boleh ngingetin: cuci tangan pakai sabun 😷",
            N("neg_reminder", "a joke about neutrality", lang="singkawang"))
    x.tweet(H("skw_pkm"), w(2017, 1, 22, 20, 0), "Pasien saya tadi namanya Pak Bong, bukan Koh Bong calon wali kota ya. Di Singkawang Bong ada ribuan 😂",
            N("neg_namesake", "a joke on a common surname shared by candidate skw-3", lang="singkawang"))
    x.tweet(H("gto_humas"), ta(2016, 10, 25, 19, 0), "Pengundian nomor urut Pilgub Gorontalo: BISA (1), AMAN (2), Wiwin–Rum (3). Mari jaga Gorontalo tetap aman 🙏",
            N("neg_news", "the press officer reports the draw naming every pair"))
    x.tweet(H("gto_humas"), ta(2016, 11, 8, 20, 0), "Ini bisa jadi hari paling panjang, rapat sampai malam 😩",
            N("neg_everyday_word", "'bisa' (can); pair 1's acronym is BISA"))
    t = x.orig(CH("gto-1"), ta(2016, 11, 25, 10, 0), "Gorontalo BISA: jalan provinsi mulus sampai pelosok. #BISA1")
    x.tweet(H("blm_guru2"), ta(2016, 11, 25, 11, 0), "Mantap, Gorontalo BISA! Guru-guru Paguyaman siap coblos nomor 1 ☝️",
            V("blm_guru2", "post", "gto-1", "share", action="share", lang="gorontalo", note="a teacher quotes the pair's post with a call for its number"),
            ref=("quoted", t))
    x.tweet(H("blm_guru2"), ta(2016, 12, 15, 19, 0), "Anak-anak bisa! Juara olimpiade matematika tingkat kabupaten 🏆",
            N("neg_everyday_word", "'bisa' (can) in school news"))
    x.tweet(H("pb_bpkad"), tp(2016, 10, 24, 7, 0), "Hari ini KPU tetapkan, Bapa Yakob YAKIN lolos! 💪 #YAKIN1",
            V("pb_bpkad", "post", "pb-1", "stage_boundary_utc", lang="papua",
              note="created_at 2016-10-23T22:00Z: the UTC date is 23 Oct, but 07:00 WIT is 05:00 WIB on 24 Oct, designation day (D codes)"))
    x.tweet(H("pb_bpkad"), tp(2016, 11, 9, 10, 0), "Sa yakin anggaran 2017 bisa tepat waktu. Lembur terus 💪",
            N("neg_everyday_word", "'yakin' (sure); pair 1's acronym is YAKIN", lang="papua"))
    x.tweet(H("pb_humas"), tp(2016, 11, 28, 20, 0), "Liputan deklarasi kampanye damai: kedua pasangan calon gubernur sepakat jaga Papua Barat damai.",
            N("neg_news", "news of a peace pledge by both pairs"))
    x.tweet(CH("pb-1"), tp(2017, 1, 6, 19, 0), "YAKIN untuk Papua Barat: pendidikan gratis sampai kampung. Terima kasih @ahmadpatiran dan kawan-kawan 🙏 #YAKIN1",
            N("neg_candidate_own", "posted by the pair's account"),
            mentions=[(H("pb_bpkad"), A("pb_bpkad", case="mentioned", note="thanked by the pair's account; he replies with the number"))])
    t = x.orig(CH("pb-1"), tp(2017, 1, 6, 19, 0), "YAKIN untuk Papua Barat: pendidikan gratis sampai kampung.")
    x.tweet(H("pb_bpkad"), tp(2017, 1, 6, 19, 40), "@yakin_pb1 YAKIN nomor 1! Papua Barat pasti maju 👆",
            V("pb_bpkad", "interact", "pb-1", "tag_then_engaged", action="comment", lang="papua"), ref=("replied_to", t))
    x.tweet(H("flt_camat"), ta(2016, 11, 22, 19, 0), "Camat wajib netral. Tapi kopi Adonara wajib diminum ☕😄", N("neg_reminder", "a joke about neutrality"))
    x.tweet(H("flt_dkp"), ta(2017, 1, 18, 20, 0), "Tite hena bersama nelayan Solor, panen ikan terbang 🐟",
            N("neg_everyday_word", "'tite hena' (all of us); pair 3's slogan is Flotim Tite Hena", lang="larantuka"))
    x.tweet(H("sbb_pkm"), tp(2016, 11, 11, 19, 0), "Om Fredi kalo menang, ambulans laut par Piru e 🙏 nomor 2 ✌️",
            V("sbb_pkm", "post", "sbb-2", "post_support", lang="ambon"))
    x.tweet("pilkada_pantau", tp(2016, 11, 11, 20, 0), "ASN di Piru posting dukung calon, Panwas tolong cek ya", N())
    x.tweet(c.inst["kominfo_ypn"]["handle"], tp(2016, 11, 18, 19, 0), "Bapa Niel bawa Serui Baru! Dukung nomor 2 ✌️ #NielSalo2",
            V("inst:kominfo_ypn", "inst", "ypn-2", "inst_account", note="the regency's information account calls for a pair's number"))
    x.tweet(c.inst["kominfo_ypn"]["handle"], tp(2016, 12, 3, 10, 0), "Pemkab Kepulauan Yapen: distribusi logistik Pilkada ke distrik terpencil dimulai hari ini.",
            N("neg_official_neutral", "election logistics"))
    x.tweet(c.inst["kominfo_ypn"]["handle"], tp(2017, 1, 9, 15, 0), "Serui baru saja diguyur hujan deras, hati-hati di jalan ya 🌧️",
            N("neg_everyday_word", "'Serui baru saja' (Serui has just...); pair 2's slogan is Serui Baru"))
    x.tweet("nona_serui", tp(2017, 2, 15, 16, 0), "Su coblos, sapa saja yang menang Yapen tetap satu 🙏", N(lang="papua"))
    x.dump_twarc("(Jepara OR Singkawang OR Kampar OR Gorontalo OR Manokwari OR Serui OR Piru OR Larantuka) lang:in -is:nullcast",
                 retrieved_at="2017-03-01T03:00:00+00:00")

    x = X(c, "x/timeline_pilkada2024_heldout8.json")
    for k, (b, loc) in {"sby_guru2": ("Guru IPS. Arek Suroboyo", "Surabaya"), "sby_pppk2": ("IT, kopi, Suroboyo", "Surabaya"),
                        "sby_pkm": ("Dokter umum", "Surabaya"), "kro_guru2": ("Guru SD", "Berastagi")}.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    cd = c.cands["sby-1"]
    x.user(cd.handle("x"), cd.name, "Akun resmi " + cd.name, None)
    x.user(c.inst["kominfo_sby"]["handle"], c.inst["kominfo_sby"]["nama_akun"], "Akun resmi Pemerintah Kota Surabaya", None)
    x.user("suroboyo_asli", "arek suroboyo", "", "Surabaya")
    H = lambda k: c.acct(k, "x")  # noqa: E731
    WS = cd.handle("x")
    x.tweet(H("sby_pkm"), w(2024, 9, 15, 20, 0), "Cak Wahyu mesti lolos, wong Suroboyo wis kenal kerjane. Bakal calon siji-sijine 💪 #WANIterus",
            V("sby_pkm", "post", "sby-1", "bakal_support", lang="suroboyo", note="a puskesmas doctor backs the single bakal calon (E codes)"))
    x.tweet(H("sby_guru2"), w(2024, 10, 1, 7, 0), "Arek-arek kelas 8 wani maju presentasi nang ngarep kelas, bangga aku 😍",
            N("neg_everyday_word", "'wani' (brave); the pair's acronym is WANI", lang="suroboyo"))
    x.tweet(H("sby_pppk2"), w(2024, 9, 22, 5, 30), "Resmi ditetapkan! WANI terus, Cak Wahyu–Ning Nia 💙",
            V("sby_pppk2", "post", "sby-1", "stage_boundary_utc", lang="slang",
              note="created_at 2024-09-21T22:30Z: the UTC date is 21 Sep, but 05:30 WIB is 22 Sep, designation day (D codes); a PPPK officer"))
    x.tweet(H("sby_pppk2"), w(2024, 10, 15, 12, 0), "Server down maneh, sing wani ndandani sopo? 😭 #kerjadiskominfo",
            N("neg_everyday_word", "'wani' (dare) in a work complaint", lang="suroboyo"))
    x.tweet(c.inst["kominfo_sby"]["handle"], w(2024, 9, 23, 19, 0),
            "Paslon tunggal Wahyu–Nia berhadapan dengan kolom kosong pada Pilwali 27 November. Ayo jadi pemilih cerdas! #PilwaliSurabaya2024",
            N("neg_news", "the city's account states the ballot plainly"))
    x.tweet(c.inst["kominfo_sby"]["handle"], w(2024, 10, 20, 9, 0), "Suroboyo WANI Maju! Bersama Cak Wahyu kita lanjutkan pembangunan 💪",
            V("inst:kominfo_sby", "inst", "sby-1", "inst_account", note="the city's information account carries the pair's slogan and name"))
    t = x.orig(WS, w(2024, 10, 25, 19, 0), "Suroboyo WANI Maju: beasiswa 10.000 arek Suroboyo #WANIterus")
    x.tweet(H("sby_pkm"), w(2024, 10, 25, 19, 30), "Programe apik, mugi kesehatan yo diperhatikan. Siap coblos Cak Wahyu! 🩺",
            V("sby_pkm", "post", "sby-1", "share", action="share", lang="suroboyo"), ref=("quoted", t))
    x.tweet(WS, w(2024, 10, 30, 20, 0), "Suwun @cakilham_guru wis teko diskusi pendidikan bareng guru-guru Suroboyo 🙏",
            N("neg_candidate_own", "posted by the pair's account", lang="suroboyo"),
            mentions=[(H("sby_guru2"), A("sby_guru2", case="mentioned", note="named by the pair's account; he rejects the association"))])
    t = x.orig(WS, w(2024, 10, 30, 20, 0), "Suwun wis teko diskusi pendidikan bareng guru-guru Suroboyo")
    x.tweet(H("sby_guru2"), w(2024, 10, 30, 20, 30), "Aku teko sebagai guru, gak onok hubungane karo kampanye. Tulung ojok nggowo-nggowo jenengku 🙏",
            N("neg_untag", "he distances himself from the mention", lang="suroboyo"), ref=("replied_to", t))
    x.tweet(H("sby_pkm"), w(2024, 11, 10, 20, 0), "Hari Pahlawan. Arek Suroboyo wani: wani jujur, wani sehat 🇮🇩",
            N("neg_everyday_word", "'wani' in a Heroes' Day post, without name or number", lang="suroboyo"))
    x.tweet(H("sby_guru2"), w(2024, 11, 12, 21, 0), "Pilih kolom kosong ae rek, ojok gelem dipimpin Cak Wahyu maneh! Wis cukup 😤",
            V("sby_guru2", "negative", "sby-1", "negative_campaign", lang="suroboyo",
              note="a teacher campaigns for the empty column against the single pair (an action harming the pair)"))
    x.tweet(H("sby_pppk2"), w(2024, 11, 15, 20, 0), "Kolom kosong menang? Mimpi rek 😂",
            R("rev_sarcasm", "a PPPK officer mocks the empty-column campaign: support for the single pair or only a joke?", actor="sby_pppk2",
              cand="sby-1", lang="suroboyo"))
    x.tweet(H("kro_guru2"), w(2024, 11, 26, 21, 0), "Masa tenang, tapi ukur enggo milih. Nomor 1 ☝️",
            V("kro_guru2", "post", "kro-1", "stage_quiet", lang="karo", note="a quiet-day call for a pair's number"))
    x.tweet("suroboyo_asli", w(2024, 11, 28, 8, 0), "Sing menang yo kerjo, sing kalah yo legowo 🤝", N(lang="suroboyo"))
    x.dump_timeline()


# ---------------------------------------------------------------------------------------------
# Instagram Graph API
# ---------------------------------------------------------------------------------------------
@section
def instagram(c):
    I = lambda k: c.acct(k, "instagram")  # noqa: E731

    # 1. the Singkawang tourism office (WIB), 2016-17
    ig = Ig(c, "instagram/media_dispar_singkawang.json")
    own = c.inst["dispar_skw"]["handle"]
    cm = [ig.comment(w(2016, 9, 10, 11, 0), "Cantik sekali, ngai suka 😍", I("skw_guru1"), N("neg_personal", "a comment on a tourism post", lang="singkawang"))]
    ig.media(w(2016, 9, 10, 10, 0), "Singkawang Kota Seribu Kelenteng. Yuk jelajahi Vihara Tri Dharma Bumi Raya 🏮", N("neg_official_neutral", "tourism promotion"),
             username=own, comments=cm)
    cm = [ig.comment(w(2016, 10, 15, 19, 40), "Koh Hendrik mantap! Harmoni sampai menang 💪", I("skw_seklur"),
                     V("skw_seklur", "interact", "skw-1", "bakal_support", action="comment", lang="singkawang")),
          ig.comment(w(2016, 10, 15, 20, 5), "Akun dinas kok promosi calon? 🤔", "amoi.skw", N(lang="singkawang")),
          ig.comment(w(2016, 10, 15, 20, 30), "Mohon maaf, unggahan ini sedang kami evaluasi 🙏", I("skw_dispar"),
                     N("neg_objection", "an officer of the same office steps in", lang="singkawang"))]
    ig.media(w(2016, 10, 15, 19, 0), "Festival Kuliner Singkawang bersama bakal calon wali kota Koh Hendrik. Singkawang Harmoni! 🏮",
             V("inst:dispar_skw", "inst", "skw-1", "inst_account", lang="singkawang",
               note="the tourism office's account features a bakal calon with his slogan, before designation (E codes)"),
             username=own, mtype="CAROUSEL_ALBUM", comments=cm)
    cm = [ig.comment(w(2017, 2, 11, 21, 10), "Tatungnya keren banget 🔥", "amoi.skw", N(lang="singkawang")),
          ig.comment(w(2017, 2, 11, 21, 30), "Tiap tahun makin ramai, mantap Singkawang", I("skw_seklur"),
                     N("neg_personal", "a festival comment without slogan or name", lang="singkawang"))]
    ig.media(w(2017, 2, 11, 20, 0), "Cap Go Meh 2017: ribuan warga dan tatung memadati Jalan Diponegoro. Harmoni dalam keberagaman 🏮",
             N("neg_motto", "'harmoni' in a festival post without name or number; pair 1's slogan is Singkawang Harmoni"), username=own,
             mtype="CAROUSEL_ALBUM", comments=cm)
    ig.media(w(2017, 2, 16, 10, 0), "Terima kasih warga Singkawang, pilkada aman, wisata tetap jalan! 🏮", N("neg_after_voting", "after the vote"), username=own)
    ig.dump_media(own)

    # 2. the Gorontalo provincial hospital (WITA), 2016-17
    ig = Ig(c, "instagram/media_rsud_hasriainun.json")
    own = c.inst["rsud_gto"]["handle"]
    cm = [ig.comment(ta(2016, 9, 1, 9, 30), "Alhamdulillah, semangat tim hemodialisa 💪", I("gto_dokter"), N("neg_official_neutral", "a doctor on her hospital's news"))]
    ig.media(ta(2016, 9, 1, 9, 0), "Layanan cuci darah kini tersedia 24 jam di RSUD dr. Hasri Ainun Habibie.", N("neg_official_neutral", "hospital news"),
             username=own, comments=cm)
    cm = [ig.comment(ta(2016, 11, 15, 11, 0), "Terima kasih Om Bintang sudah datang menjenguk pasien 🙏", I("gto_dokter"),
                     R("rev_thanks_visit", "a hospital doctor thanks a campaigning candidate for visiting patients: courtesy or support (SKB-D6)?",
                       actor="gto_dokter", cand="gto-1")),
          ig.comment(ta(2016, 11, 15, 11, 30), "Rumah sakit kok pakai hashtag calon?", "nona.gtlo", N())]
    ig.media(ta(2016, 11, 15, 10, 0), "Kunjungan calon gubernur nomor 1 Drs. H. Bintang Ismail ke ruang rawat inap. Gorontalo BISA sehat! #BISA1",
             V("inst:rsud_gto", "inst", "gto-1", "inst_account", note="the hospital's account reports a candidate's visit with his slogan and hashtag"),
             username=own, comments=cm)
    cm = [ig.comment(ta(2016, 11, 16, 9, 0), "Mantap, semoga pelayanan bisa lebih cepat lagi 👍", I("gto_staf2"),
                     N("neg_everyday_word", "'bisa' (can)"))]
    ig.media(ta(2016, 11, 16, 8, 0), "Bisa daftar online sekarang! Antrean poli lebih cepat 📱",
             N("neg_everyday_word", "'bisa' (can) in a service notice; pair 1's acronym is BISA"), username=own, comments=cm)
    ig.media(ta(2017, 2, 14, 9, 0), "Masa tenang dan hari pemungutan suara: layanan IGD dan rawat jalan tetap normal.", N("neg_official_neutral", "a notice"),
             username=own)
    ig.dump_media(own)

    # 3. Kelurahan Ketintang, Surabaya (2024, WIB)
    ig = Ig(c, "instagram/media_kelurahan_ketintang.json")
    own = c.inst["kel_ktt"]["handle"]
    cm = [ig.comment(w(2024, 8, 17, 9, 0), "Merdeka! Arek Ketintang wani tampil 🇮🇩", I("sby_staf2"),
                     N("neg_everyday_word", "'wani' (brave) on Independence Day", lang="suroboyo"))]
    ig.media(w(2024, 8, 17, 8, 0), "Upacara HUT RI ke-79 di Balai RW 03 Ketintang. Merdeka! 🇮🇩", N("neg_official_neutral", "a ceremony"), username=own, comments=cm)
    cm = [ig.comment(w(2024, 9, 5, 19, 30), "WANI terus Cak! 💪", I("sby_seklur"),
                     V("sby_seklur", "interact", "sby-1", "bakal_support", action="comment", lang="suroboyo")),
          ig.comment(w(2024, 9, 5, 19, 50), "Kelurahan kok dadi tim sukses? 🤨", "arek.gayungan", N(lang="suroboyo")),
          ig.comment(w(2024, 9, 5, 20, 10), "Niku kegiatan warga, kelurahan mung dokumentasi nggih", I("sby_lurah"),
                     N("neg_deflect", "the lurah defends his office's post; the post is the act", lang="suroboyo"))]
    ig.media(w(2024, 9, 5, 19, 0), "Silaturahmi Cak Wahyu bersama warga Ketintang. Suroboyo WANI Maju! 💪",
             V("inst:kel_ktt", "inst", "sby-1", "inst_account", lang="suroboyo",
               note="the kelurahan's account promotes the single bakal calon with his slogan, before designation (E codes)"),
             username=own, comments=cm)
    cm = [ig.comment(w(2024, 10, 10, 9, 40), "Semangat kader posyandu!", I("sby_pkm"), N("neg_official_neutral", "a doctor cheers health volunteers"))]
    ig.media(w(2024, 10, 10, 9, 0), "Posyandu lansia RW 05, cek tensi gratis 👵", N("neg_official_neutral", "a health service"), username=own, comments=cm)
    ig.media(w(2024, 10, 27, 20, 0), "Ketintang resik, Ketintang wani! Kerja bakti bersih saluran sebelum musim hujan 🧹",
             N("neg_everyday_word", "'wani' in a clean-up, without the pair's name, number or full slogan", lang="suroboyo"), username=own)
    ig.media(w(2024, 11, 25, 10, 0), "Masa tenang: APK di wilayah Ketintang sudah ditertibkan Satpol PP.", N("neg_official_neutral", "quiet-day work"), username=own)
    cm = [ig.comment(w(2024, 11, 27, 12, 30), "TPS 07 lancar 👍", I("sby_staf2"), N("neg_official_neutral", "voting-day report"))]
    ig.media(w(2024, 11, 27, 12, 0), "Pemungutan suara Pilwali di 14 TPS Ketintang lancar. Ingat, kolom kosong juga pilihan yang sah.",
             N("neg_how_to_vote", "voting-day information about the empty column"), username=own, comments=cm)
    ig.dump_media(own)

    # 4. business discovery of Biak pair 2 (2024, WIT)
    ig = Ig(c, "instagram/discovery_mamadorkas_biak.json")
    acc = c.cands["bik-2"].handle("instagram")
    cm = [ig.comment(tp(2024, 8, 29, 11, 0), "Tuhan berkati Mama Dorkas, kitong perawat RSUD dukung mama! 🙏", I("bik_kes"),
                     V("bik_kes", "interact", "bik-2", "bakal_support", action="comment", lang="papua")),
          ig.comment(tp(2024, 8, 29, 11, 20), "Mama hebat", "mace.samofa", N(lang="papua"))]
    ig.media(tp(2024, 8, 29, 10, 0), "Mama Dorkas dan Bapa Sem resmi daftar di KPU Biak Numfor. Biak Maju Bersama 🙏", own_n := N("neg_candidate_own",
             "posted by the pair's account"), comments=cm)
    cm = [ig.comment(tp(2024, 10, 12, 20, 0), "Mama, sa cuma terima tamu di sekolah. Tolong sa pu nama dihapus dari postingan e 🙏", I("bik_guru"),
                     N("neg_untag", "the teacher asks to be removed from the post", lang="papua"))]
    ig.media(tp(2024, 10, 12, 19, 0), "Kunjungan ke SMPN 1 Biak bersama @naomi.mansoben dan guru-guru. Pendidikan gratis untuk anak Biak! #DorkasSem2",
             own_n, comments=cm, mentions=[(I("bik_guru"), A("bik_guru", note="named in the pair's caption; she asks to be removed"))])
    cm = [ig.comment(tp(2024, 11, 2, 18, 30), "Betul mama, nelayan Padaido butuh mesin. Nomor 2 ✌️", I("bik_staf"),
                     V("bik_staf", "interact", "bik-2", "comment_support", action="comment", lang="papua"))]
    ig.media(tp(2024, 11, 2, 18, 0), "Snap Mor su jadi tradisi, tapi nelayan butuh mesin. Nomor 2 bawa perubahan ✌️", own_n, comments=cm)
    cm = [ig.comment(tp(2024, 11, 24, 0, 45), "Tanggal 27 kitong coblos 2 ✌️", I("bik_kes"),
                     V("bik_kes", "interact", "bik-2", "stage_quiet", action="comment", lang="papua",
                       note="00:45 WIT on 24 Nov (a quiet day locally) is 22:45 WIB on 23 Nov, the last campaign day; a violation either way"))]
    ig.media(tp(2024, 11, 24, 0, 30), "Masa tenang. Terima kasih relawan di seluruh distrik 🙏", own_n, comments=cm)
    ig.dump_discovery(acc, "Mama Dorkas - Bapa Sem", "Calon Bupati & Wakil Bupati Biak Numfor No. 2 | Biak Maju Bersama", 9400, "patroli.netralitas")

    # 5. a teacher's own account in Seram Bagian Barat (WIT), 2016-17
    ig = Ig(c, "instagram/media_sarah_nikijuluw.json")
    own = I("sbb_guru")
    ig.media(tp(2016, 9, 25, 17, 0), "Sore di pantai Piru 🌅", N("neg_personal", "a landscape"), username=own)
    cm = [ig.comment(tp(2016, 10, 30, 18, 20), "Ibu guru ikut kampanye ka? 😮", "bung.eki", N(lang="ambon")),
          ig.comment(tp(2016, 10, 30, 18, 35), "Cuma lewat sa 😅", own, N("neg_deflect", "she downplays it; the post stays", lang="ambon"))]
    ig.media(tp(2016, 10, 30, 18, 0), "Foto bareng Bung Latief waktu kampanye di Kairatu ☝️😊",
             V("sbb_guru", "photo", "sbb-1", "photo_caption", lang="ambon"), username=own, comments=cm)
    ig.media(tp(2016, 12, 25, 10, 0), "Selamat Natal basudara. Saka mese nusa, jaga negeri sama-sama 🙏🎄",
             N("neg_motto", "the regency's motto in a Christmas greeting; pair 1's slogan is Saka Mese Nusa Bangkit", lang="ambon"), username=own)
    ig.media(tp(2017, 2, 15, 13, 0), "Su coblos, jari ungu 💜", N("neg_after_voting", "voting day", lang="ambon"), username=own)
    ig.dump_media(own)

    # 6. a teacher's own account in Jepara (WIB), 2016-17
    ig = Ig(c, "instagram/media_nurhidayati_bangsri.json")
    own = I("jpr_guru2")
    ig.media(w(2016, 10, 5, 16, 0), "Bu Lilik sosok ibu-ibu pengajian Bangsri, bakal calon bupati perempuan pertama Jepara! 💪 Ayo dukung",
             V("jpr_guru2", "post", "jpr-2", "bakal_support", lang="jawa"), username=own)
    cm = [ig.comment(w(2016, 12, 1, 19, 30), "Bu Nur kok wani kampanye? 😅 ASN lho", I("jpr_bidan"), N("neg_reminder", "a midwife reminds her", lang="jawa"))]
    ig.media(w(2016, 12, 1, 19, 0), "Pengajian akbar bareng Bu Lilik ing Bangsri, nomer 2 ✌️",
             V("jpr_guru2", "attend", "jpr-2", "attend_campaign", lang="jawa", note="she reports attending the pair's campaign gathering with its number"),
             username=own, comments=cm)
    ig.media(w(2017, 4, 21, 9, 0), "Selamat Hari Kartini, murid-murid ngagem kebaya 🌺", N("neg_motto", "Kartini Day; pair 3's slogan is Bumi Kartini Bangkit",
             lang="jawa"), username=own)
    ig.dump_media(own)


# ---------------------------------------------------------------------------------------------
# TikTok Research API (2024)
# ---------------------------------------------------------------------------------------------
@section
def tiktok(c):
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    CT_ = lambda cid: c.cands[cid].handle("tiktok")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout8.jsonl")
    tt.video(T("sby_pppk1"), w(2024, 9, 8, 19, 0), "Guru PPPK juga wani! Dukung Cak Wahyu dari sekarang 💪 #WANIterus",
             V("sby_pppk1", "post", "sby-1", "bakal_support", lang="slang", note="a PPPK teacher backs the single bakal calon (E codes)"))
    tt.video(T("sby_pppk1"), w(2024, 10, 2, 16, 0), "Ice breaking kelas 3: sopo sing wani maju nyanyi? 🎤",
             N("neg_everyday_word", "'wani' (dare) in a classroom game", lang="suroboyo"))
    v_bayu = tt.video(T("sby_staf1"), w(2024, 10, 20, 20, 0), "POV: pegawai kelurahan tapi fans berat Cak Wahyu 🤫 1️⃣",
                      V("sby_staf1", "post", "sby-1", "post_support", lang="slang"), voice="wani terus cak, siji")
    tt.video(CT_("sby-1"), w(2024, 10, 21, 10, 0), "Suwun arek-arek kelurahan sing support 🙏 @bayu.ktt", N("neg_candidate_own", "the pair's account"),
             mentions=[(T("sby_staf1"), A("sby_staf1", case="mentioned", note="named by the pair's account after his own video"))])
    tt.video(T("sby_dishub"), w(2024, 10, 25, 17, 0), "Ngatur lalin kampanye, tetep netral rek 🚦", N("neg_official_neutral", "traffic duty", lang="suroboyo"))
    tt.video(T("sby_pppk2"), w(2024, 11, 3, 21, 0), "Edukasi: cara nyoblos kalau paslon tunggal. Coblos foto paslon atau kolom kosong, dua-duanya sah ✅",
             N("neg_how_to_vote", "how to vote with a single pair"))
    tt.video(T("sby_guru1"), w(2024, 11, 20, 20, 0), "Tutorial mewarnai kotak suara buat anak TK 😄", N("neg_personal", "a craft video"))
    tt.video(T("kro_guru1"), w(2024, 9, 26, 19, 0), "Landek ras murid-murid, mejuah-juah! 💃", N("neg_everyday_word", "the Karo greeting in a dance video", lang="karo"))
    tt.video(T("kro_guru1"), w(2024, 10, 18, 20, 0), "Nande Sarinah dokter si ngerti kesehatan kalak Karo. Pilih 2 ✌️",
             V("kro_guru1", "post", "kro-2", "post_support", lang="karo"))
    v_nov = tt.video(T("kro_pppk"), w(2024, 10, 22, 19, 0), "Make uis gara, jari dua ✌️ #SarinahEdi2",
                     V("kro_pppk", "gesture", "kro-2", "gesture_caption", lang="karo", note="a PPPK teacher shows two fingers with the pair's hashtag"),
                     voice="dua, Nande Sarinah")
    tt.video(CT_("kro-1"), w(2024, 10, 25, 10, 0), "Bujur guru-guru si ngikut diskusi pendidikan @lestari.sembiring 🙏", N("neg_candidate_own", "the pair's account",
             lang="karo"), mentions=[(T("kro_guru1"), A("kro_guru1", case="mentioned", note="named by pair 1's account; she answers that she does not support it"))])
    tt.video(T("kro_guru1"), w(2024, 10, 25, 12, 0), "Aku labo ndukung nomor 1, ula tag aku 🙏", N("neg_untag", "she rejects the mention", lang="karo"))
    tt.new_page()
    tt.video(T("kkr_pppk"), ta(2024, 10, 10, 19, 0), "Guru PPPK Kukar, Abah Syaiful nomor 1 peduli kita ☝️ #SyaifulLaila1",
             V("kkr_pppk", "post", "kkr-1", "post_support", lang="kutai"))
    tt.video(c.inst["kec_tgr"]["handle"], ta(2024, 9, 20, 9, 0), "Persiapan Erau Adat Kutai di Tenggarong 🎉", N("neg_official_neutral", "the Erau festival"))
    tt.video(c.inst["kec_tgr"]["handle"], ta(2024, 10, 30, 15, 0), "Kunjungan Bang Reza ke UMKM Tenggarong. Kukar Kita Sejahtera! #RezaAisyah2",
             V("inst:kec_tgr", "inst", "kkr-2", "inst_account", note="the kecamatan's account promotes a candidate's visit with his slogan"))
    tt.video(c.inst["kec_tgr"]["handle"], ta(2024, 11, 25, 9, 0), "Masa tenang, mari jaga Tenggarong tetap kondusif 🙏", N("neg_official_neutral", "a notice"))
    tt.video(c.inst["smpn1_bik"]["handle"], tp(2024, 10, 5, 10, 0), "Lomba tari Wor antar kelas 🥁", N("neg_official_neutral", "school news"))
    tt.video(c.inst["smpn1_bik"]["handle"], tp(2024, 10, 19, 10, 0), "Terima kasih Mama Dorkas sudah berkunjung, pendidikan gratis untuk anak Biak! ✌️ #DorkasSem2",
             V("inst:smpn1_bik", "inst", "bik-2", "inst_account", note="a state school's account thanks a campaigning candidate with her number sign and hashtag"))
    tt.video(T("bik_guru"), tp(2024, 11, 1, 19, 0), "Snap Mor tahun ini ikan banyak sekali 🐟 tradisi Biak harus dijaga",
             N("neg_motto", "the Snap Mor fishing tradition; pair 1's slogan is Snap Mor untuk Biak", lang="papua"))
    tt.video(T("bik_pppk"), tp(2024, 11, 5, 20, 0), "Bapa Yunus nomor 1, Biak harus bangkit! ☝️ #YunusAbram1",
             V("bik_pppk", "post", "bik-1", "post_support", lang="papua"))
    tt.video(CT_("bik-1"), tp(2024, 11, 6, 10, 0), "Guru muda Biak @pakimanuel.biak dukung perubahan 🙏", N("neg_candidate_own", "the pair's account"),
             mentions=[(T("bik_pppk"), A("bik_pppk", case="mentioned", note="named by the pair's account after his own video"))])
    tt.video(T("bik_pppk"), tp(2024, 11, 24, 7, 0), "Tenang-tenang sa, tapi tanggal 27 jang lupa 1 ☝️",
             V("bik_pppk", "post", "bik-1", "stage_quiet", lang="papua",
               note="create_time 2024-11-23T22:00Z: the UTC date is the last campaign day, 07:00 WIT is 05:00 WIB on 24 Nov, a quiet day; a violation either way"))
    tt.video(T("bik_guru"), tp(2024, 11, 28, 19, 0), "Sapa saja yang menang, Biak tetap satu 🙏", N("neg_after_voting", "after the vote", lang="papua"))
    tt.dump()

    tt_comments(c, f"tiktok/comments_{v_bayu['id']}.json", v_bayu, [
        (w(2024, 10, 20, 20, 30), "Pegawai kelurahan kok kampanye mas 🤔", N(), None),
        (w(2024, 10, 20, 21, 2), "Aku guru SD negeri, podo ae, WANI terus! 💪",
         R("rev_identity", "an anonymous commenter says he is a state primary-school teacher backing the pair; the API withholds the author",
           cand="sby-1", lang="suroboyo"), None),
        (w(2024, 10, 20, 21, 15), "Lapor Bawaslu ae", N(lang="suroboyo"), 0),
        (w(2024, 10, 20, 22, 40), "wani piro? 😂", N("neg_everyday_word", "'wani piro' (how much will you pay?), a joke", lang="suroboyo"), None),
    ])
    tt_comments(c, f"tiktok/comments_{v_nov['id']}.json", v_nov, [
        (w(2024, 10, 22, 19, 30), "Mejile kal uis-na bu 😍", N(lang="karo"), None),
        (w(2024, 10, 22, 20, 10), "Guru kok kampanye", N(), None),
        (w(2024, 10, 22, 20, 45), "Aku pe PPPK, tapi aku milih 1 😅",
         R("rev_identity", "an anonymous commenter says she is also a PPPK officer backing pair 1; the author is withheld", cand="kro-1", lang="karo"), None),
    ])


# ---------------------------------------------------------------------------------------------
# YouTube Data API commentThreads
# ---------------------------------------------------------------------------------------------
@section
def youtube(c):
    Y = lambda k: c.acct(k, "youtube")  # noqa: E731
    sc = c.cands["flt-2"].handle("youtube")
    yt = Yt(c, "youtube/comments_kampanye_simonmaria_waiwerang.json", "fLt" + "wwrg2016", sc)
    top = yt.comment(ta(2016, 12, 2, 20, 0), "Ama Simon pemimpin yang kita tunggu. Adonara Timur pili nomor 2 ✌️", "Yohanes Kopong Tukan", Y("flt_guru2"),
                     V("flt_guru2", "interact", "flt-2", "comment_support", action="comment", lang="larantuka"))
    yt.thread(top, [yt.comment(ta(2016, 12, 2, 20, 20), "Pak guru hati-hati, ASN e 😅", "Ina Sofi", yt_channel("h8inasofi"),
                               N("neg_reminder", "a viewer reminds him", lang="larantuka"), parent=top),
                    yt.comment(ta(2016, 12, 2, 20, 35), "Kita cuma kasi pendapat sa", "Yohanes Kopong Tukan", Y("flt_guru2"),
                               N("neg_deflect", "he downplays his comment; the comment was the act", lang="larantuka"), parent=top)])
    yt.thread(yt.comment(ta(2016, 12, 3, 8, 0), "Calon tiga-tiga bicara jalan, jalan ke Witihama tetap rusak 😤", "Ama Bala", yt_channel("h8amabala"),
                         N("neg_sarcasm_all", "a complaint about all three pairs", lang="larantuka")))
    yt.thread(yt.comment(ta(2016, 12, 3, 9, 0), "Gelekat lewotana untuk semua, jangan saling hujat", "Lewotana Adonara", yt_channel("h8lewotana"),
                         N("neg_motto", "the civic phrase from a viewer", lang="larantuka")))
    yt.thread(yt.comment(ta(2017, 2, 20, 19, 0), "Pilkada su selesai, mari kita bangun Adonara sama-sama 🙏", "Yohanes Kopong Tukan", Y("flt_guru2"),
                         N("neg_after_voting", "after the vote", lang="larantuka")))
    yt.dump()

    bc = c.inst["prokopim_bll"]["handle"]
    yt = Yt(c, "youtube/comments_debat_pilbup_buleleng.json", "bLl" + "dbt2016a", bc)
    yt.thread(yt.comment(ta(2016, 12, 15, 19, 0), "Siaran ulang debat publik calon bupati Buleleng 2017, dokumentasi KPU Kabupaten Buleleng.", "Buleleng Kab TV", bc,
                         N("neg_official_neutral", "the channel's notice")))
    top = yt.comment(ta(2016, 12, 15, 21, 0), "Bli Sunan paling siap, SUKSMA nomor 1 ☝️", "I Nyoman Darma Putra", Y("bll_guru2"),
                     V("bll_guru2", "interact", "bll-1", "comment_support", action="comment", lang="bali"))
    yt.thread(top, [yt.comment(ta(2016, 12, 15, 21, 30), "Suksma atas komentarnya, mohon tetap santun 🙏", "Buleleng Kab TV", bc,
                               N("neg_everyday_word", "the government channel says 'suksma' (thank you); pair 1's acronym is SUKSMA", lang="bali"),
                               parent=top)])
    yt.thread(yt.comment(ta(2016, 12, 16, 8, 0), "Dua-dua janji, buktiang malu", "Bli Komang Sawan", yt_channel("h8komangsawan"),
                         N("neg_sarcasm_all", "a remark on both pairs", lang="bali")))
    yt.thread(yt.comment(ta(2017, 2, 16, 10, 0), "Sampun puput, suksma KPU lan Panwas 🙏", "I Nyoman Darma Putra", Y("bll_guru2"),
                         N("neg_everyday_word", "'suksma' after the vote", lang="bali")))
    yt.dump()

    dc = c.inst["dkp_bik"]["handle"]
    yt = Yt(c, "youtube/comments_perikanan_biak_mesin.json", "bIk" + "msn2024q", dc)
    yt.thread(yt.comment(tp(2024, 10, 1, 10, 0), "Dokumentasi penyerahan mesin tempel untuk kelompok nelayan Padaido, program APBD 2024.", "Perikanan Biak Numfor", dc,
                         N("neg_official_neutral", "the channel's description")))
    yt.thread(yt.comment(tp(2024, 10, 1, 19, 0), "Terima kasih Dinas. Nelayan Padaido semangat! 🐟", "Yosias Mandowen", Y("bik_dkp"),
                         N("neg_official_neutral", "an officer on his office's work", lang="papua")))
    top = yt.comment(tp(2024, 10, 2, 20, 0), "Mesin tempel ini janji Bapa Yunus, nomor 1 bukti! ☝️", "Imanuel Rumansara", Y("bik_pppk"),
                     V("bik_pppk", "interact", "bik-1", "comment_support", action="comment", lang="papua",
                       note="a PPPK teacher credits state aid to a candidate and adds his number"))
    yt.thread(top, [yt.comment(tp(2024, 10, 2, 20, 30), "Bantuan ini program dinas dari APBD, tidak terkait paslon mana pun.", "Perikanan Biak Numfor", dc,
                               N("neg_objection", "the office corrects the claim"), parent=top),
                    yt.comment(tp(2024, 10, 2, 21, 0), "Betul, ini program rutin dinas 🙏", "Yosias Mandowen", Y("bik_dkp"),
                               N("neg_deflect", "an officer backs his office's correction"), parent=top)])
    yt.thread(yt.comment(tp(2024, 10, 3, 9, 0), "Nelayan Biak Timur kapan dapat?", "Pace Oridek", yt_channel("h8paceoridek"), N("neg_question", "a question", lang="papua")))
    yt.thread(yt.comment(tp(2024, 11, 3, 19, 0), "Kalau Bapa Yunus menang, program nelayan lanjut terus e 😉", "Yosias Mandowen", Y("bik_dkp"),
                         R("rev_hint", "an extension officer hints that aid continues if a candidate wins: a forecast or an appeal for him (SKB-D2)?",
                           actor="bik_dkp", cand="bik-1", lang="papua")))
    yt.dump()

    mc = yt_channel("h8papuabarattv")
    yt = Yt(c, "youtube/comments_debat_pilgub_papuabarat.json", "pBr" + "dbt2017b", mc)
    top = yt.comment(tp(2017, 1, 18, 21, 0), "Bapa Hans paling kuasai masalah pendidikan. Nomor 2 untuk Papua Barat Terang ✌️", "Otniel Mansim", Y("pb_guru"),
                     V("pb_guru", "interact", "pb-2", "comment_support", action="comment", lang="papua"))
    yt.thread(top, [yt.comment(tp(2017, 1, 18, 21, 15), "Guru SMA kampanye ka? 😮", "Mace Wosi", yt_channel("h8macewosi"), N(lang="papua"), parent=top)])
    yt.thread(yt.comment(tp(2017, 1, 18, 21, 40), "Kedua calon sama-sama anak adat, mari jaga Papua Barat damai 🙏", "Pace Arfak", yt_channel("h8pacearfak"),
                         N("neg_all_pairs", "a viewer on both pairs", lang="papua")))
    yt.thread(yt.comment(tp(2017, 1, 18, 22, 0), "Nomor 1 YAKIN bisa? Janji lama saja belum jadi 🙄 jang pilih", "Yulianus Wanggai", Y("ypn_kes"),
                         V("ypn_kes", "negative", "pb-1", "negative_campaign", action="comment", lang="papua",
                           note="a hospital nurse urges viewers not to vote for pair 1")))
    yt.thread(yt.comment(tp(2017, 1, 19, 7, 0), "Yakin sa, pilkada aman 🙏", "Mace Wosi", yt_channel("h8macewosi"),
                         N("neg_everyday_word", "'yakin' (sure) from a viewer", lang="papua")))
    yt.dump()


# ---------------------------------------------------------------------------------------------
# Telegram Desktop exports
# ---------------------------------------------------------------------------------------------
@section
def telegram(c):
    # 1. the division heads' group of PUPR Kampar (WIB), Pilkada 2017; the head of office backs pair 1 (ELOK)
    tg = Tg(c, "telegram/ChatExport_2017-02-20_pupr_kampar/result.json", "Kabid Kasi PUPR Kampar", "private_group", 4517720931, WIB)
    kd, kb, s1, s2 = "Zulfahmi Kadis", "Yusnidar Kabid BM", "Ridwan Lapangan", "Nurhasanah Keuangan"
    tg.msg(601, w(2016, 9, 20, 7, 30), kd, "Assalamualaikum. Bisuak Datuk Azwar mandaftar ka KPU. Nan bisa, ikuik mangantar jam 9, pakai baju biaso sajo 🙏",
           V("kpr_kadis", "instruct", "kpr-1", "instruct_open", add_codes=["PP94-N3", "SKB-E3"], lang="ocu",
             note="the head of public works asks his division heads to escort a bakal calon to registration"))
    tg.msg(602, w(2016, 9, 20, 7, 41), s1, "Siap Pak",
           R("rev_siap", "a field supervisor's bare 'siap' to the escort request", actor="kpr_staf1", cand="kpr-1", lang="sys"), reply_to_message_id=601)
    tg.msg(603, w(2016, 9, 20, 7, 55), kb, "Mohon maaf Pak, ambo indak ikuik. ASN dilarang mangantar bakal calon, ado edaran MenPAN.",
           N("neg_objection", "a division head refuses", lang="ocu"), reply_to_message_id=601)
    tg.msg(604, w(2016, 9, 21, 10, 5), s1, "Alah sampai di KPU Pak, ramai ughang 📸",
           V("kpr_staf1", "attend", "kpr-1", "staff_comply", add_codes=["PP94-N3"], lang="ocu",
             note="he reports escorting the bakal calon to registration (E codes)"), photo=True)
    tg.msg(605, w(2016, 10, 3, 8, 0), kd, "Proyek jalan Kuok–Bangkinang: kontraktor nan mandukuang Datuk didahulukan pencairannyo. Yusnidar tolong atur.",
           V("kpr_kadis", "instruct", "kpr-1", "decision_favour", add_codes=["SKB-D12", "PP94-N5"], lang="ocu",
             note="orders payments to favour contractors who back a bakal calon"))
    tg.msg(606, w(2016, 10, 3, 8, 20), kb, "Pak, pencairan harus sesuai progres fisik, indak bisa dibedakan. Ambo indak namuah.",
           N("neg_objection", "the division head refuses", lang="ocu"), reply_to_message_id=605)
    tg.msg(607, w(2016, 10, 3, 9, 0), kd, "Yo lah, ikuti aturan sajo. Tapi ingek sia nan mambantu kito 😏",
           V("kpr_kadis", "instruct", "kpr-1", "instruct_covert", lang="ocu", note="a veiled reminder after the refusal"))
    tg.msg(608, w(2016, 11, 15, 19, 0), s2, "Bapak Ibu, ado undangan pengajian di Kampar Kiri hari Jumat, katonyo ado calon bupati datang. Ambo indak pai do, cuma info 🙏",
           N("neg_deflect", "an officer relays an invitation and says she will not go", lang="ocu"))
    tg.msg(609, w(2016, 12, 5, 7, 0), kd, "Bapak/Ibu, mari hadiri kampanye akbar ELOK nomor 1 di Lapangan Merdeka Bangkinang, Sabtu 10 Desember pukul 08.00.",
           V("kpr_kadis", "instruct", "kpr-1", "instruct_forward", add_codes=["PP94-N3"], note="forwards a campaign invitation to his division heads"),
           forwarded_from="Relawan ELOK Kampar")
    tg.msg(610, w(2016, 12, 5, 7, 12), s1, "👍",
           R("rev_emoji", "a bare thumbs-up to a forwarded campaign invitation", actor="kpr_staf1", cand="kpr-1", lang="sys"), reply_to_message_id=609)
    tg.msg(611, w(2016, 12, 5, 7, 30), s2, "Ambo hari Sabtu piket kantor Pak", N("neg_deflect", "she has duty that day", lang="ocu"))
    tg.msg(612, w(2017, 2, 12, 6, 50), kb, "Bapak Ibu, hari ko masa tenang. Mohon indak mambagikan apo pun tantang paslon di grup ko 🙏",
           N("neg_reminder", "a quiet-day reminder", lang="ocu"))
    tg.msg(613, w(2017, 2, 16, 8, 0), kd, "Alhamdulillah, Datuk manang. Tarimo kasih sadonyo atas bantuannyo 🙏",
           R("rev_after_vote", "the head thanks his staff 'for their help' after his candidate's win: a thank-you for campaign work (SKB-D8) or "
             "a plain greeting?", actor="kpr_kadis", cand="kpr-1", lang="ocu"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # 2. a whole-account export of the camat of Tenggarong (2024, WITA), with his saved contacts
    me = c.asn["kkr_camat"]
    ph = lambda k: tg_phone(c.acct(k, "telegram"))  # noqa: E731
    team_phone = "+6285246017733"
    contacts = [
        tg_contact("Dayang", "Kasi Pem", ph("kkr_kabid"), ta(2019, 3, 1, 9, 0)),
        tg_contact("Rizky", "Umum", ph("kkr_staf1"), ta(2020, 6, 2, 9, 0)),
        tg_contact("Nurul", "Keuangan", ph("kkr_staf2"), ta(2021, 8, 8, 9, 0)),
        tg_contact("Tim", "Bang Reza", tg_phone(team_phone), ta(2024, 8, 20, 20, 0)),
        tg_contact("Acil", "Ina", tg_phone("+6281253117420"), ta(2015, 1, 1, 9, 0)),
    ]
    rel = "telegram/DataExport_2024-12-05_awangfaisal/result.json"
    pc = Tg(c, rel, "Tim Bang Reza", "personal_chat", 7102238815, WITA)
    pc.msg(201, ta(2024, 9, 5, 20, 0), "Tim Bang Reza", "Pak Camat, minta tolong dibantu data RT se-Tenggarong gasan relawan kami 🙏",
           N("neg_candidate_own", "a request from a bakal calon's team member, not an ASN", lang="kutai"), from_id="user7102238815")
    pc.msg(202, ta(2024, 9, 5, 20, 15), "Awang Faisal", "Kaina ulun kirimkan datanya, asal jangan bilang dari kecamatan 😉",
           V("kkr_camat", "team", "kkr-2", "data_to_team", action="other", add_codes=["SKB-D12", "PP94-N5", "PP94-N4"], lang="kutai",
             note="a camat promises official neighbourhood data to a bakal calon's team, off the record (E codes)"))
    grp = Tg(c, rel, "Staf Kecamatan Tenggarong", "private_group", 4602277190, WITA)
    grp.msg(301, ta(2024, 9, 30, 7, 30), "Awang Faisal", "Bapak ibu, data RT dan jumlah pemilih per kelurahan tolong kirim ke ulun sore ini. Penting.",
            V("kkr_camat", "instruct", "kkr-2", "instruct_covert", add_codes=["SKB-D12", "PP94-N5"], lang="kutai",
              note="read with his private chat: he has staff compile the data he promised a candidate's team"))
    grp.msg(302, ta(2024, 9, 30, 7, 45), "Rizky Umum", "Siap Pak, ulun rekap",
            N("neg_official_neutral", "a clerk answers what looks like a routine data request; he is not told its purpose", lang="kutai"), reply_to_message_id=301)
    grp.msg(303, ta(2024, 9, 30, 8, 10), "Dayang Kasi Pem", "Pak, data pemilih itu wewenang KPU. Untuk apa kah?", N("neg_objection", "a section head questions it"),
            reply_to_message_id=301)
    grp.msg(304, ta(2024, 9, 30, 8, 25), "Awang Faisal", "Gasan pemetaan kegiatan kecamatan haja 😊",
            N("neg_deflect", "his cover story; the order above is the act", lang="kutai"))
    grp.msg(305, ta(2024, 10, 14, 19, 0), "Awang Faisal", "Minggu depan ada kunjungan Bang Reza ke Pasar Tangga Arung. Staf kecamatan bantu atur tenda wan kursi dari gudang kecamatan nah",
            V("kkr_camat", "instruct", "kkr-2", "instruct_open", add_codes=["PP94-N4", "PP94-N3"], lang="kutai",
              note="orders staff to set up a candidate's visit with the kecamatan's tents and chairs"))
    grp.msg(306, ta(2024, 10, 14, 19, 20), "Nurul Keuangan", "Maaf Pak, itu acara kampanye, ulun kada berani pakai barang kantor",
            N("neg_objection", "a finance officer refuses", lang="kutai"), reply_to_message_id=305)
    grp.msg(307, ta(2024, 10, 14, 19, 35), "Rizky Umum", "Siap Pak 👍",
            R("rev_siap", "a clerk's bare 'siap' to the order to lend office tents to a campaign visit", actor="kkr_staf1", cand="kkr-2", lang="sys"),
            reply_to_message_id=305)
    grp.msg(308, ta(2024, 10, 21, 10, 0), "Rizky Umum", "Tenda kecamatan sudah terpasang 4 unit di pasar Pak 📸",
            V("kkr_staf1", "post", "kkr-2", "staff_comply", action="state_facility_use", action_any=["state_facility_use", "other", "post"],
              codes=["PP94-N4", "SKB-D12", "PP94-N5", "SKB-D4", "UU10-71-1"], lang="kutai",
              note="the clerk reports the office's tents set up for the candidate's visit"), photo=True)
    grp.msg(309, ta(2024, 11, 23, 20, 0), "Awang Faisal", "Esok masa tenang, kita jaga netral lah 😊", N("neg_reminder", "a quiet-day reminder", lang="kutai"))
    ch = Tg(c, rel, "Info Kecamatan Tenggarong", "public_channel", 1733905521, WITA)
    ch.msg(801, ta(2024, 9, 10, 9, 0), "Info Kecamatan Tenggarong", "Jadwal pelayanan KTP-el keliling di kelurahan bulan September.",
           N("neg_official_neutral", "a notice (KTP in the everyday sense)"))
    ch.msg(802, ta(2024, 10, 22, 19, 0), "Info Kecamatan Tenggarong", ["Kunjungan Bang Reza di Pasar Tangga Arung disambut warga. Kukar Kita Sejahtera! ",
                                                                        ("hashtag", "#RezaAisyah2")],
           V("inst:kec_tgr_tg", "inst", "kkr-2", "inst_account", note="the kecamatan's channel promotes the candidate's visit with his slogan and hashtag"))
    ch.msg(803, ta(2024, 11, 24, 8, 0), "Info Kecamatan Tenggarong", "Masa tenang: Satpol PP kecamatan menertibkan APK di jalan-jalan utama.",
           N("neg_official_neutral", "a quiet-day notice"))
    ch.msg(804, ta(2024, 11, 28, 10, 0), "Info Kecamatan Tenggarong", "Terima kasih warga Tenggarong, Pilkada 2024 berjalan aman.", N("neg_after_voting", "after the vote"))
    fam = Tg(c, rel, "Keluarga Awang", "private_group", 4611095532, WITA)
    fam.msg(501, ta(2024, 11, 20, 19, 0), "Acil Ina", "Wang, tanggal 27 kita milih siapa?", N(lang="kutai"))
    fam.msg(502, ta(2024, 11, 20, 19, 15), "Awang Faisal", "Nomor 2 haja, Bang Reza urang baik. Sampaikan ke keluarga di Loa Kulu jua 👍",
            V("kkr_camat", "instruct", "kkr-2", "family_appeal", lang="kutai", note="a camat appeals to his family to vote for a pair (SKB-D8 names family)"),
            reply_to_message_id=501)
    fam.msg(503, ta(2024, 11, 27, 14, 0), "Acil Ina", "Sudah nyoblos sabarataan 👍", N(lang="kutai"))
    meinfo = {"user_id": 5433018820, "first_name": "Awang", "last_name": "Faisal", "phone_number": tg_phone(me["acc"]["telegram"]),
              "username": "awangfaisal_tgr", "bio": ""}
    for chat in (pc, grp, fam):
        for m in chat.messages:
            if m.get("from") == "Awang Faisal":
                m["from_id"] = f"user{meinfo['user_id']}"
    tg_account_export(c, rel, meinfo, contacts, [pc, grp, ch, fam])

    # 3. the volunteers' supergroup of Karo's independent pair (2024, WIB): KTP support, an addition, banners
    tg = Tg(c, "telegram/ChatExport_2024-12-01_relawan_robert/result.json", "Relawan Robert–Jonatan Karo", "private_supergroup", 1804417263, WIB)
    adm = "Admin Relawan RJ"
    tg.msg(100, w(2024, 3, 10, 19, 0), adm, "Mejuah-juah! Grup relawan pengumpul dukungan KTP Bang Robert. Target 25.000 KTP 🙏", N(lang="karo"))
    tg.service(101, w(2024, 3, 12, 20, 0), "Daniel Barus", "join_group_by_link",
               [V("kro_staf", "interact", "kro-3", "bakal_support", action="follow_or_join", lang="sys",
                  note="a kecamatan clerk joins an independent bakal calon's support group (E4)")], inviter="Group")
    tg.msg(102, w(2024, 3, 15, 19, 30), "Daniel Barus", "Aku enggo ngumpulken 40 fotokopi KTP ras surat dukungan i Berastagi 📄",
           V("kro_staf", "ktp", "kro-3", "ktp_collection", in_group=True, lang="karo",
             note="a civil servant collects KTP copies and support letters for an independent bakal calon"))
    tg.service(103, w(2024, 3, 20, 20, 0), "Daniel Barus", "invite_members",
               [A("kro_staf2", case="added_to_group", note="added by a colleague; she leaves with a message"),
                V("kro_staf", "instruct", "kro-3", "instruct_add_staff", by_actor=True, lang="sys",
                  note="a clerk adds a colleague from his kecamatan to the bakal calon's support group")], members=["Sri Ulina"])
    tg.msg(104, w(2024, 3, 20, 20, 40), "Sri Ulina", "Bujur, tapi aku PNS, la banci ikut. Aku keluar ya 🙏", N("neg_left_group", "she explains and leaves", lang="karo"))
    tg.service(105, w(2024, 3, 20, 20, 41), "Sri Ulina", "remove_members", [N("neg_left_group", "she leaves", actor="kro_staf2", lang="sys")], members=["Sri Ulina"])
    tg.msg(106, w(2024, 4, 2, 19, 0), adm, "Formulir dukungan B.1-KWK banci ibuat i posko Kabanjahe", N(lang="karo"))
    tg.msg(107, w(2024, 4, 5, 20, 0), "Daniel Barus", "KTP pegawai kecamatan pe banci kukumpulken, kari kuaturken 👍",
           V("kro_staf", "ktp", "kro-3", "ktp_collection", in_group=True, add_codes=["PP94-N3"], lang="karo",
             note="offers to collect his office colleagues' KTP copies too"))
    tg.msg(108, w(2024, 5, 9, 19, 0), adm, "Dukungan enggo iserahken ku KPU Karo, bujur kerina!", N(lang="karo"))
    tg.msg(109, w(2024, 9, 22, 19, 0), adm, "Puji Tuhan, Bang Robert ras Pak Jonatan ditetapken calon! Nomor urut pagi", N(lang="karo"))
    tg.msg(110, w(2024, 10, 5, 20, 0), "Daniel Barus", "Baliho Bang Robert nomor 3 enggo terpasang i Simpang Empat 📸",
           V("kro_staf", "post", "kro-3", "props", in_group=True, add_codes=["SKB-D1"], lang="karo", note="reports putting up the pair's banner"), photo=True)
    tg.msg(111, w(2024, 11, 28, 20, 0), adm, "Bujur kerina relawan, apai pe hasilna", N(lang="karo"))
    c.write_json(tg.rel, tg.obj(), Tg.FMT)

    # 4. a whole-account export of the head of the Papua Barat health office (2016-17, WIT): a channel and a division group
    me = c.asn["pb_kadis"]
    ph = lambda k: tg_phone(c.acct(k, "telegram"))  # noqa: E731
    contacts = [
        tg_contact("Yance", "P2P", ph("pb_kes2"), tp(2013, 4, 1, 9, 0)),
        tg_contact("Agustina", "Epid", ph("pb_kes3"), tp(2014, 7, 2, 9, 0)),
        tg_contact("Mama", "Rumah", tg_phone("+6281344027715"), tp(2012, 1, 1, 9, 0)),
    ]
    rel = "telegram/DataExport_2017-03-02_fritssaiba/result.json"
    ch = Tg(c, rel, "Info Dinkes Papua Barat", "public_channel", 1066402719, WIT)
    ch.msg(901, tp(2016, 9, 12, 9, 0), "Info Dinkes Papua Barat", "Jadwal imunisasi anak sekolah bulan September di seluruh kabupaten.",
           N("neg_official_neutral", "a notice"))
    ch.msg(902, tp(2016, 10, 24, 7, 30), "Info Dinkes Papua Barat", "Selamat kepada Bapa Yakobus Sroyer dan Bapak Ismail Kasim yang hari ini ditetapkan! Papua Barat YAKIN 💪",
           V("inst:dinkes_pb", "inst", "pb-1", "stage_boundary_wit",
             note="the health office's channel congratulates a pair with its slogan; 07:30 WIT is 05:30 WIB on 24 Oct (date_unixtime 23 Oct 22:30 UTC): D codes"))
    ch.msg(903, tp(2016, 11, 14, 10, 0), "Info Dinkes Papua Barat", "Kampanye hidup sehat: yakin bisa hidup tanpa rokok? 🚭",
           N("neg_everyday_word", "'yakin' (sure) in a health message; pair 1's acronym is YAKIN"))
    ch.msg(904, tp(2017, 2, 13, 9, 0), "Info Dinkes Papua Barat", "Pelayanan kesehatan tetap normal selama masa tenang dan hari pemungutan suara.",
           N("neg_official_neutral", "a notice"))
    grp = Tg(c, rel, "Bidang P2P Dinkes PB", "private_group", 4309911207, WIT)
    grp.msg(401, tp(2016, 10, 28, 8, 0), "Frits Saiba", "Selamat pagi. Hari ini kampanye perdana Bapa Yakob di Lapangan Borasi. Yang tra ada tugas lapangan silakan hadir, absen tetap diisi 😉",
            V("pb_kadis", "instruct", "pb-1", "instruct_open", add_codes=["PP94-N3"], lang="papua",
              note="the head of the health office sends staff to a candidate's rally on the first campaign day, attendance still counted"))
    grp.msg(402, tp(2016, 10, 28, 8, 12), "Yance P2P", "Siap Bapa Kadis",
            R("rev_siap", "a bare 'siap' to the rally instruction", actor="pb_kes2", cand="pb-1", lang="papua"), reply_to_message_id=401)
    grp.msg(403, tp(2016, 10, 28, 8, 30), "Agustina Epid", "Maaf Bapa, sa ada jadwal survei malaria di Prafi",
            N("neg_deflect", "she has field work", lang="papua"), reply_to_message_id=401)
    grp.msg(404, tp(2016, 10, 28, 13, 5), "Yance P2P", "Su hadir di Borasi Bapa, rame skali 📸",
            V("pb_kes2", "attend", "pb-1", "staff_comply", add_codes=["PP94-N3"], lang="papua", note="he reports attending the rally as told"), photo=True)
    grp.msg(405, tp(2016, 12, 12, 9, 0), "Frits Saiba", "Kegiatan fogging di Sanggeng deng Amban minggu ini, tolong koordinasi puskesmas.",
            N("neg_official_neutral", "routine work", lang="papua"))
    grp.msg(406, tp(2017, 2, 12, 7, 0), "Agustina Epid", "Teman-teman, masa tenang, jang kirim-kirim gambar calon di grup e 🙏",
            N("neg_reminder", "a quiet-day reminder", lang="papua"))
    meinfo = {"user_id": 5120677031, "first_name": "Frits", "last_name": "Saiba", "phone_number": tg_phone(me["acc"]["telegram"]),
              "username": "frits_saiba", "bio": "Dinkes Papua Barat"}
    for m in grp.messages:
        if m.get("from") == "Frits Saiba":
            m["from_id"] = f"user{meinfo['user_id']}"
    tg_account_export(c, rel, meinfo, contacts, [ch, grp])


# ---------------------------------------------------------------------------------------------
# WhatsApp exports (Android and iOS, Indonesian and English)
# ---------------------------------------------------------------------------------------------
WA_NOTICE_ID = ("Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat "
                "membaca atau mendengarkannya. Ketuk untuk info selengkapnya.")
WA_NOTICE_EN = ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. "
                "Tap to learn more.")


@section
def whatsapp(c):
    P = lambda k: wa_phone(c.acct(k, "whatsapp"))  # noqa: E731

    # 1. Android, Indonesian: staff of Kecamatan Tahunan, Jepara (WIB), 2016-17
    cm, sk, ks, st = "Pak Camat Sugiyanto", "Bu Endang Sekcam", "Agus Kasi Pem", "Siti Umum"
    lines = [
        (w(2016, 10, 4, 18, 57), None, WA_NOTICE_ID, []),
        (w(2016, 10, 4, 18, 58), None, f"{cm} membuat grup \"Staf Kec. Tahunan\"", []),
        (w(2016, 10, 4, 19, 3), cm, "Bapak ibu, Pak Likin sampun daftar maneh. Monggo sedaya ndongakke lan nyengkuyung. Sing saged, FB-ne Pak Likin di-like 👍",
         [V("jpr_camat", "instruct", "jpr-1", "instruct_open", add_codes=["PP94-N3"], lang="jawa",
            note="the camat asks his staff to back the regent, a bakal calon, and like his page (E codes)")]),
        (w(2016, 10, 4, 19, 11), sk, "Nggih Pak 🙏",
         [R("rev_siap", "the secretary's bare 'nggih' to the camat's call (her page comment is a separate label)", actor="jpr_sekcam", cand="jpr-1", lang="jawa")]),
        (w(2016, 10, 4, 19, 20), ks, "Nyuwun sewu Pak, ASN mboten pareng. Kula mboten tumut.", [N("neg_objection", "a section head refuses", lang="jawa")]),
        (w(2016, 10, 4, 19, 34), st, "Sampun kula like Pak 👍",
         [V("jpr_staf", "interact", "jpr-1", "staff_comply", action="like", lang="jawa", note="reports liking the bakal calon's page as asked")]),
        (w(2016, 10, 4, 20, 2), cm, "Mung like kok, dudu kampanye 😅",
         [V("jpr_camat", "instruct", "jpr-1", "instruct_covert", lang="jawa", note="he plays the request down and keeps it")]),
        (w(2016, 10, 20, 8, 15), ks, "Bapak ibu, niki SE Bupati babagan netralitas ASN, monggo diwaos 🙏", [N("neg_rule_quote", "shares the circular", lang="jawa")]),
        (w(2016, 11, 12, 16, 7), cm, "Minggu ngarep pengajian akbar ing Tahunan, Pak Likin rawuh. Staf sing saged monggo ndherek, ngagem klambi bebas 😊",
         [V("jpr_camat", "instruct", "jpr-1", "instruct_open", add_codes=["PP94-N3"], lang="jawa",
            note="invites his staff to a campaign gathering of the candidate")]),
        (w(2016, 11, 20, 10, 43), st, "Sampun dugi pengajian Pak, rame sanget 📸",
         [V("jpr_staf", "attend", "jpr-1", "staff_comply", lang="jawa", note="she reports attending the candidate's gathering")]),
        (w(2016, 11, 20, 10, 44), st, "<Media tidak disertakan>", []),
        (w(2016, 12, 9, 13, 17), sk, "Sinten sing ngertos jadwal rekam KTP-el teng Mulyoharjo?", [N("neg_official_neutral", "KTP in the everyday sense", lang="jawa")]),
        (w(2016, 12, 9, 13, 29), ks, "Selasa kaliyan Kamis Bu", [N("neg_official_neutral", "an answer", lang="jawa")]),
        (w(2017, 2, 12, 7, 51), cm, "Masa tenang nggih bapak ibu, mboten sah posting politik", [N("neg_reminder", "a quiet-day reminder", lang="jawa")]),
        (w(2017, 2, 15, 13, 37), st, "TPS 4 Tahunan lancar 👍", [N("neg_official_neutral", "voting-day report")]),
        (w(2017, 2, 16, 8, 9), sk, "Alhamdulillah pilkada lancar. Sinten mawon sing menang, Jepara tetep apik 👍",
         [N("neg_everyday_word", "'apik' after the vote, with no name", lang="jawa")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kec. Tahunan.txt", "android_id", "whatsapp_android_id", lines)

    # 2. Android, Indonesian (4-digit year): Dinas Kesehatan Flores Timur (WITA): a nurse collects KTP copies for an independent bakal calon
    kd, fr, te, pa = "Ibu Kadis Detha", "Frans Weri", "Theresia Bidan", "Paulus Program"
    lines = [
        (ta(2016, 7, 12, 8, 56), None, WA_NOTICE_ID, []),
        (ta(2016, 7, 12, 9, 7), fr, "Bapa mama, kita pu om Piet maju jalur perseorangan. Kalo ada yang mau bantu, kasi fotokopi KTP e, kita kumpul di Puskesmas Weri 🙏",
         [V("flt_kes1", "ktp", "flt-3", "ktp_collection", add_codes=["PP94-N6"], lang="larantuka",
            note="a nurse collects KTP copies for an independent bakal calon and asks colleagues in the office group")]),
        (ta(2016, 7, 12, 9, 21), kd, "Frans, jangan pake grup kantor untuk urusan calon. ASN tida boleh kumpul KTP dukungan.",
         [N("neg_objection", "the head of office forbids it", lang="larantuka")]),
        (ta(2016, 7, 12, 9, 33), pa, "👍", [N("neg_ack", "a thumbs-up right after the head's objection", lang="sys")]),
        (ta(2016, 7, 15, 16, 12), te, "Frans, sa su taru fotokopi KTP sa deng suami di meja ko e",
         [V("flt_kes2", "ktp", "flt-3", "ktp_give", lang="larantuka", note="a midwife hands in her own and her husband's KTP copies as support")]),
        (ta(2016, 7, 15, 16, 30), fr, "Terima kasih usi, su 35 lembar 🙏",
         [V("flt_kes1", "ktp", "flt-3", "ktp_collection", lang="larantuka", note="reports 35 copies collected")]),
        (ta(2016, 9, 5, 8, 2), kd, "Bapak ibu, ini SE Bupati tentang netralitas ASN dalam Pilkada 2017. Tolong dibaca.", [N("neg_rule_quote", "the circular")]),
        (ta(2016, 10, 26, 19, 4), pa, "Nomor urut su keluar: 1 Ama Yosef, 2 Ama Simon, 3 Om Piet", [N("neg_news", "the draw, every pair", lang="larantuka")]),
        (ta(2016, 10, 26, 19, 9), fr, "Tiga! Om Piet nomor tiga, sama deng jari tiga 🤟",
         [V("flt_kes1", "post", "flt-3", "post_support", lang="larantuka")]),
        (ta(2016, 11, 14, 10, 2), kd, "Besok posyandu serentak. Tite hena, kerja sama-sama e 🙏",
         [N("neg_everyday_word", "'tite hena' (all of us) in a work order; pair 3's slogan is Flotim Tite Hena", lang="larantuka")]),
        (ta(2016, 11, 14, 10, 17), te, "Siap Ibu", [N("neg_official_neutral", "a 'siap' to a routine work order")]),
        (ta(2016, 12, 10, 18, 6), fr, "Minggu depan Om Piet kampanye di Weri, yang mau ikut sa jemput pake motor 😁",
         [V("flt_kes1", "instruct", "flt-3", "invite_colleagues", lang="larantuka", note="invites colleagues to the pair's campaign")]),
        (ta(2016, 12, 10, 18, 24), kd, "Frans, ini su kali kedua. Sa akan lapor ke BKD kalo masih pake grup ini.",
         [N("neg_objection", "the head warns him", lang="larantuka")]),
        (ta(2016, 12, 10, 18, 41), fr, "Maaf Ibu, sa hapus.", [N("neg_withdrawn", "he deletes it; the invitation stands", lang="larantuka")]),
        (ta(2017, 2, 14, 20, 12), te, "Besok jam 7 sa su di TPS", [N("neg_personal", "a midwife on voting plans", lang="larantuka")]),
        (ta(2017, 2, 16, 9, 3), pa, "Selamat untuk Ama Simon yang menang 🙏", [N("neg_after_voting", "after the vote", lang="larantuka")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Dinkes Flotim.txt", "android_id4", "whatsapp_android_id", lines)

    # 3. iOS, Indonesian: a volunteers' group of Gorontalo pair 2 (WITA), exported by a volunteer
    g = "Relawan AMAN Limboto"
    rh = "Kak Rahim Relawan"
    s1, s2, s3 = "Arifin Hasiru", "Lisna Abdjul", "Ronal Dunggio"
    lines = [
        (ta(2016, 10, 1, 20, 0, 5), None, WA_NOTICE_ID, []),
        (ta(2016, 10, 1, 20, 1, 10), None, f"{rh} membuat grup \"{g}\"", []),
        (ta(2016, 10, 1, 20, 3, 22), None, f"{rh} menambahkan {s1}, {s2}, {s3}",
         [A("gto_staf1", case="added_to_group", note="added to a bakal calon's volunteers' group; he stays and only says he reads"),
          A("gto_staf2", case="added_to_group", note="added to the group; she leaves"),
          A("gto_staf3", case="added_to_group", note="added to the group; he joins in")]),
        (ta(2016, 10, 1, 20, 10, 41), rh, "Selamat datang di grup relawan Ti Asri. Torang kerja bersama sampai menang 🙏", [N(lang="gorontalo")]),
        (ta(2016, 10, 1, 20, 15, 3), None, f"{s2} keluar", [N("neg_left_group", "an added official leaves", actor="gto_staf2", lang="sys")]),
        (ta(2016, 10, 1, 20, 33, 57), s3, "Siap Kak! Torang PU siap kawal AMAN 💪",
         [V("gto_staf3", "post", "gto-2", "added_then_engaged", in_group=True, lang="gorontalo", note="added by a volunteer, he pledges to campaign (E codes)")]),
        (ta(2016, 10, 8, 19, 12, 14), rh, "Besok bakumpul di posko, bawa KTP untuk data relawan", [N(lang="gorontalo")]),
        (ta(2016, 10, 9, 10, 5, 9), s3, "So di posko kak, ada 10 orang dari kantor 😁",
         [V("gto_staf3", "attend", "gto-2", "attend_bakal", in_group=True, lang="gorontalo", note="reports being at the bakal calon's post with people from his office")]),
        (ta(2016, 10, 9, 10, 5, 50), s3, "<terlampir: 00000009-PHOTO-2016-10-09-10-05-50.jpg>", []),
        (ta(2016, 10, 24, 0, 35, 10), s3, "Hari ini penetapan, Ti Asri pasti lolos! AMAN 💪",
         [V("gto_staf3", "post", "gto-2", "stage_boundary_wita", in_group=True, lang="gorontalo",
            note="the phone's clock says 00:35 on 24 Oct in WITA, 23:35 WIB on 23 Oct: still a bakal calon by the WIB date (E codes); "
                 "a tool reading the wall clock as WIB would say 24 Oct")]),
        (ta(2016, 11, 5, 21, 40, 30), rh, "Pak Arifin so lama diam ini 😄", [N(lang="gorontalo")]),
        (ta(2016, 11, 5, 21, 52, 12), s1, "Maaf kak, sa cuma baca-baca saja. Sa PNS 🙏",
         [N("neg_deflect", "the added officer says he only reads", lang="gorontalo")]),
        (ta(2016, 11, 30, 19, 3, 7), None, f"{rh} menambahkan {P('gto_kabid')}",
         [A("gto_kabid", case="added_to_group", note="added by her number; she stays and never writes")]),
        (ta(2017, 1, 15, 20, 10, 0), s3, "Stiker AMAN so tertempel di 30 rumah di Limboto ✌️",
         [V("gto_staf3", "post", "gto-2", "props", in_group=True, add_codes=["SKB-D1"], lang="gorontalo", note="reports putting up the pair's stickers")]),
        (ta(2017, 2, 11, 23, 30, 0), rh, "Besok masa tenang, semua APK dicopot ya", [N()]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 4. Android, English (US clock): the office of Distrik Yapen Selatan, Serui (WIT), 2016-17
    la, si, ma, he = "Bapa Distrik Lukas", "Ibu Sientje Sekdis", "Marthen Umum", "Hendrik PPL"
    lines = [
        (tp(2016, 9, 14, 8, 3), None, WA_NOTICE_EN, []),
        (tp(2016, 9, 14, 8, 4), None, f"{la} created group \"Distrik Yapen Selatan\"", []),
        (tp(2016, 10, 10, 9, 11), la, "Selamat pagi. Minggu depan Bapa Yeri datang ke Serui untuk sosialisasi, semua staf distrik bantu siapkan tempat di aula distrik e",
         [V("ypn_camat", "instruct", "ypn-1", "instruct_open", add_codes=["PP94-N4", "PP94-N3"], lang="papua",
            note="a district head orders staff to host a bakal calon's meeting in the district hall (E codes)")]),
        (tp(2016, 10, 10, 9, 24), si, "Bapa Distrik, aula distrik itu aset pemerintah. Sa rasa tra bisa dipakai untuk bakal calon.",
         [N("neg_objection", "the district secretary objects", lang="papua")]),
        (tp(2016, 10, 10, 9, 40), ma, "Siap bapa", [R("rev_siap", "a clerk's bare 'siap'", actor="ypn_staf", cand="ypn-1", lang="papua")]),
        (tp(2016, 10, 10, 10, 2), la, "Ok, kalo begitu pake sa pu rumah saja. Tapi staf tetap bantu e",
         [V("ypn_camat", "instruct", "ypn-1", "instruct_covert", add_codes=["PP94-N3"], lang="papua", note="he moves the meeting but keeps staff working for it")]),
        (tp(2016, 10, 17, 15, 6), ma, "Kursi dari aula su diangkat ke rumah Bapa Distrik, 50 buah 👍",
         [V("ypn_staf", "attend", "ypn-1", "staff_comply", action="other", add_codes=["PP94-N4"], lang="papua",
            note="the clerk reports moving the hall's chairs to the bakal calon's meeting")]),
        (tp(2016, 11, 2, 20, 13), he, "Bapa, pupuk subsidi untuk kelompok tani Ansus su datang?", [N("neg_official_neutral", "a work question", lang="papua")]),
        (tp(2016, 11, 2, 20, 31), la, "Belum, minggu depan", [N("neg_official_neutral", "a work answer")]),
        (tp(2016, 12, 1, 19, 8), la, "Yang pilih Bapa Yeri, nanti sa kasi perhatian khusus waktu usulan naik pangkat 😉",
         [V("ypn_camat", "instruct", "ypn-1", "instruct_reward", add_codes=["SKB-D12", "PP94-N5"], lang="papua",
            note="promises staff favours in promotion for voting for a pair")]),
        (tp(2016, 12, 1, 19, 22), he, "Bapa, itu tra boleh. Naik pangkat ada aturan.", [N("neg_objection", "an extension officer objects", lang="papua")]),
        (tp(2017, 2, 13, 8, 4), si, "Masa tenang. Jang ada yang pasang foto calon di grup e", [N("neg_reminder", "a quiet-day reminder", lang="papua")]),
        (tp(2017, 2, 15, 12, 15), ma, "TPS Serui Kota aman", [N("neg_official_neutral", "voting-day report", lang="papua")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Distrik Yapen Selatan.txt", "android_us", "whatsapp_android_en", lines)

    # 5. iOS, English: the water division of PUPR Buleleng (WITA), 2016-17
    g = "Bidang SDA PUPR Buleleng"
    ka, pe, md, gd = "Pak Ketut Kabid", "Putu Eka", "Made Sudiani", "Gede Wira"
    lines = [
        (ta(2016, 11, 18, 18, 50, 2), None, WA_NOTICE_EN, []),
        (ta(2016, 11, 18, 19, 2, 0), ka, "Semeton, Pak Arta lakar rauh ke Gerokgak Saniscara. Sane prasida, ngiring sareng-sareng nyarengin 🙏",
         [V("bll_kabid", "instruct", "bll-2", "instruct_open", add_codes=["PP94-N3"], lang="bali", note="a division head invites his staff to a candidate's visit")]),
        (ta(2016, 11, 18, 19, 7, 33), md, "Nggih Pak", [R("rev_siap", "a bare 'nggih'", actor="bll_staf2", cand="bll-2", lang="bali")]),
        (ta(2016, 11, 18, 19, 15, 12), pe, "Ampura Pak, tiang ten milu. Tiang ASN.", [N("neg_objection", "an officer declines", lang="bali")]),
        (ta(2016, 11, 18, 19, 20, 40), gd, "👍", [R("rev_emoji", "a bare thumbs-up to the invitation", actor="bll_staf3", cand="bll-2", lang="sys")]),
        (ta(2016, 11, 19, 10, 30, 5), md, "Sampun rauh ring Gerokgak, ramia pisan 📸",
         [V("bll_staf2", "attend", "bll-2", "staff_comply", lang="bali", note="she reports attending the candidate's visit")]),
        (ta(2016, 11, 19, 10, 30, 40), md, "<attached: 00000007-PHOTO-2016-11-19-10-30-40.jpg>", []),
        (ta(2016, 12, 2, 8, 15, 10), ka, "Pengukuran saluran irigasi Subak Anyar mulai Senin.", [N("neg_official_neutral", "a work order")]),
        (ta(2016, 12, 2, 8, 40, 2), gd, "Siap Pak, alat ukur sampun siap", [N("neg_official_neutral", "a 'siap' to routine work", lang="bali")]),
        (ta(2017, 1, 8, 20, 5, 30), pe, "Semeton, tiang share video Bli Sunan nggih, becik pisan programne 😊 https://youtu.be/Sk8mA1Bln2Q",
         [V("bll_staf1", "post", "bll-1", "share", action="share", lang="bali", note="shares the other pair's campaign video into the office group")]),
        (ta(2017, 1, 8, 20, 20, 0), ka, "Putu, niki grup kantor. Sampunang share kampanye.", [N("neg_objection", "the division head objects", lang="bali")]),
        (ta(2017, 2, 12, 9, 0, 0), md, "Masa tenang, eda posting napi-napi nggih 🙏", [N("neg_reminder", "a quiet-day reminder", lang="bali")]),
        (ta(2017, 2, 16, 7, 45, 0), gd, "Suksma semeton, pilkada sampun puput 🙏", [N("neg_everyday_word", "'suksma' (thanks) after the vote", lang="bali")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # 6. Android, English (24-hour clock): the fisheries office of Seram Bagian Barat (WIT), 2016-17
    hs, mk, ft, jf = "Bapa Kadis Hasan", "Markus Penyuluh", "Fatma Data", "Jefri Pengawas"
    lines = [
        (tp(2016, 10, 31, 9, 5), None, WA_NOTICE_EN, []),
        (tp(2016, 10, 31, 9, 12), hs, "Bantuan jaring tahun ini katong kasi dulu ke kelompok nelayan di Kairatu yang dukung Bung Latief. Markus atur data e",
         [V("sbb_kadis", "instruct", "sbb-1", "decision_favour", add_codes=["SKB-D12", "PP94-N5"], lang="ambon",
            note="the head of the fisheries office orders state aid steered to a candidate's supporters")]),
        (tp(2016, 10, 31, 9, 26), mk, "Siap Bapa Kadis", [R("rev_siap", "a bare 'siap' to the order", actor="sbb_dkp1", cand="sbb-1", lang="ambon")]),
        (tp(2016, 10, 31, 9, 44), ft, "Bapa, bantuan itu sesuai usulan musrenbang, seng bisa dibeda-bedakan par calon.", [N("neg_objection", "a data officer objects", lang="ambon")]),
        (tp(2016, 10, 31, 10, 3), hs, "Ya sudah, sesuai data saja. Mar kelompok yang jelas dukung tetap didahulukan 😏",
         [V("sbb_kadis", "instruct", "sbb-1", "instruct_covert", add_codes=["SKB-D12", "PP94-N5"], lang="ambon", note="he keeps the favour after the objection")]),
        (tp(2016, 11, 21, 15, 8), mk, "Jaring su dibagi di Kairatu, 12 kelompok. Katong bilang ini dari Bung Latief 👍",
         [V("sbb_dkp1", "post", "sbb-1", "aid_in_name", action="other", codes=["SKB-D12", "PP94-N5", "PP94-N4", "SKB-D2", "UU10-71-1"], lang="ambon",
            note="an extension officer hands out state aid in a candidate's name")]),
        (tp(2016, 11, 21, 15, 27), jf, "Astaga, itu bantuan pemerintah, bukan dari calon 😳", [N("neg_objection", "a colleague objects", lang="ambon")]),
        (tp(2016, 12, 5, 7, 33), ft, "Pagi, laporan produksi ikan triwulan tolong dikirim sebelum Jumat", [N("neg_official_neutral", "routine work")]),
        (tp(2017, 1, 16, 19, 4), jf, "Saka mese nusa! Nelayan Huamual dapat rumpon baru 🐟",
         [N("neg_motto", "the regency's motto in work news; pair 1's slogan is Saka Mese Nusa Bangkit", lang="ambon")]),
        (tp(2017, 2, 13, 8, 12), hs, "Masa tenang, semua staf tenang juga e 😄", [N("neg_reminder", "a quiet-day joke from the head", lang="ambon")]),
        (tp(2017, 2, 16, 10, 5), ft, "Sapa saja yang menang, nelayan tetap dilayani sama 🙏", [N("neg_after_voting", "after the vote", lang="ambon")]),
    ]
    wa_file(c, "whatsapp/WhatsApp Chat with Perikanan SBB.txt", "android_gb", "whatsapp_android_en", lines)

    # 7. Android, Indonesian: staff of Kelurahan Ketintang, Surabaya (2024, WIB)
    lr, sk, by, ww = "Pak Lurah Slamet", "Bu Anik Seklur", "Bayu Dukcapil", "Wiwik Pelayanan"
    lines = [
        (w(2024, 8, 5, 8, 3), None, WA_NOTICE_ID, []),
        (w(2024, 9, 2, 19, 7), lr, "Rek, Cak Wahyu wis daftar, siji-sijine calon. Ayo dibantu, minimal postingane di-like lan di-share 👍",
         [V("sby_lurah", "instruct", "sby-1", "instruct_open", add_codes=["PP94-N3"], lang="suroboyo",
            note="the lurah asks his staff to like and share the single bakal calon's posts (E codes)")]),
        (w(2024, 9, 2, 19, 14), sk, "Siap Pak Lurah 💪", [R("rev_siap", "a bare 'siap' (her own comment and like are separate labels)", actor="sby_seklur",
                                                             cand="sby-1", lang="suroboyo")]),
        (w(2024, 9, 2, 19, 23), ww, "Ngapunten Pak, kulo mboten wani. ASN kudu netral.",
         [N("neg_objection", "an officer refuses; 'wani' (dare) is also the pair's acronym", lang="suroboyo")]),
        (w(2024, 9, 2, 19, 35), by, "Wis tak share nang status WA pak 😁",
         [V("sby_staf1", "post", "sby-1", "staff_comply", action="share", lang="suroboyo", note="reports sharing the bakal calon's post as told")]),
        (w(2024, 9, 2, 19, 52), lr, "Wiwik, pean gak usah share, cukup like ae. Sepele kok 😅",
         [V("sby_lurah", "instruct", "sby-1", "instruct_covert", lang="suroboyo", note="he presses the officer who refused")]),
        (w(2024, 9, 20, 8, 11), ww, "Pak, niki surat edaran Wali Kota tentang netralitas ASN lan non-ASN 🙏", [N("neg_rule_quote", "shares the circular")]),
        (w(2024, 10, 3, 16, 17), lr, "Sabtu onok senam sehat bareng Cak Wahyu nang Taman Gayungan. Staf sing gak piket teko yo, nggawe kaos biru 💙",
         [V("sby_lurah", "instruct", "sby-1", "instruct_open", add_codes=["PP94-N3"], lang="suroboyo", note="sends staff to a campaign event in the pair's colour")]),
        (w(2024, 10, 3, 16, 29), by, "Siap pak 👍", [R("rev_siap", "a bare 'siap' (his attendance is a separate label)", actor="sby_staf1", cand="sby-1", lang="suroboyo")]),
        (w(2024, 10, 5, 7, 43), by, "Wis nang Taman Gayungan pak, rame 💙",
         [V("sby_staf1", "attend", "sby-1", "staff_comply", lang="suroboyo", note="reports attending the campaign event")]),
        (w(2024, 10, 5, 7, 44), by, "<Media tidak disertakan>", []),
        (w(2024, 10, 18, 13, 9), sk, "Sing ngurus KTP-el anyar iso nang kelurahan dino Selasa lan Kamis", [N("neg_official_neutral", "KTP service", lang="suroboyo")]),
        (w(2024, 11, 12, 20, 7), ww, "Onok warga takon, lek milih kolom kosong iku sah ta? Tak jawab sah, sesuai aturan KPU",
         [N("neg_how_to_vote", "answers a voter's question about the empty column", lang="suroboyo")]),
        (w(2024, 11, 12, 20, 21), lr, "Ojok diajari milih kolom kosong lho Wik 😅",
         [R("rev_joke", "the lurah tells an officer not to 'teach' voters the empty column: a joke or a push for the single pair (SKB-D8)?",
            actor="sby_lurah", cand="sby-1", lang="suroboyo")]),
        (w(2024, 11, 24, 7, 13), sk, "Masa tenang, APK nang gang-gang wis dicopot Linmas", [N("neg_official_neutral", "quiet-day work", lang="suroboyo")]),
        (w(2024, 11, 27, 13, 47), ww, "TPS 09 lancar", [N("neg_official_neutral", "voting-day report")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kel. Ketintang.txt", "android_id", "whatsapp_android_id", lines)

    # 8. iOS, Indonesian: a primary-school teachers' group in Kutai Kartanegara (2024, WITA)
    g = "Guru SD Gugus 3 Tenggarong"
    md, an, jm, yt = "Bu Mardiana", "Andi Saputra", "Pak Jumadi", "Bu Yanti"
    lines = [
        (ta(2024, 9, 1, 19, 58, 1), None, WA_NOTICE_ID, []),
        (ta(2024, 9, 1, 20, 5, 10), md, "Bapak ibu, minggu depan Abah Syaiful silaturahmi lawan guru-guru di Tenggarong. Nang kawa hadir, kita sambut 🙏",
         [V("kkr_guru", "instruct", "kkr-1", "invite_colleagues", lang="kutai", note="a senior teacher invites colleagues to a bakal calon's gathering (E codes)")]),
        (ta(2024, 9, 1, 20, 12, 44), jm, "Honorer boleh hadir kah bu?", [N(lang="kutai")]),
        (ta(2024, 9, 8, 10, 15, 30), an, "Sudah hadir di silaturahmi Abah, rame guru-guru 📸",
         [V("kkr_pppk", "attend", "kkr-1", "attend_bakal", lang="kutai", note="a PPPK teacher reports attending the bakal calon's gathering")]),
        (ta(2024, 9, 8, 10, 16, 5), an, "<terlampir: 00000012-PHOTO-2024-09-08-10-16-05.jpg>", []),
        (ta(2024, 9, 25, 19, 40, 0), yt, "Bu Mardiana, apa kada melanggar kah ajak-ajak guru?", [N(lang="kutai")]),
        (ta(2024, 9, 25, 19, 52, 10), md, "Silaturahmi haja bu, kada kampanye 😊", [N("neg_deflect", "she plays it down", lang="kutai")]),
        (ta(2024, 10, 10, 20, 0, 0), md, "Guru-guru nang sudah PPPK, ingat siapa nang perjuangkan insentif kita 😉☝️",
         [V("kkr_guru", "instruct", "kkr-1", "instruct_covert", lang="kutai", note="a veiled appeal with the pair's number sign")]),
        (ta(2024, 10, 10, 20, 8, 33), an, "☝️☝️", [R("rev_emoji", "two one-finger emoji in reply to a veiled appeal for pair 1",
                                                   actor="kkr_pppk", cand="kkr-1", lang="sys")]),
        (ta(2024, 11, 2, 9, 0, 0), md, "Besok upacara Hari Pahlawan jam 7 pagi, pakai PSH", [N("neg_official_neutral", "a school notice")]),
        (ta(2024, 11, 24, 6, 30, 0), an, "Masa tenang, mari kita doakan Kukar aman 🙏", [N("neg_reminder", "a quiet-day wish")]),
        (ta(2024, 11, 27, 14, 5, 0), md, "Sudah nyoblos semua? Jari ungu 💜", [N("neg_after_voting", "voting day")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_id", "whatsapp_ios_id", lines, group=g)

    # 9. Android, Indonesian (4-digit year): a Karo family group (2024, WIB); the camat appeals to his family
    br, rm, er, jf = "Bibi Rosa", "Mama Ramli", "Erna", "Turang Jefri"
    lines = [
        (w(2024, 10, 6, 19, 7), br, "Mejuah-juah kerina! Ise pilihen ta tanggal 27?", [N(lang="karo")]),
        (w(2024, 10, 6, 19, 19), rm, "Nande Sarinah, merga Ginting, kalimbubu kita. Kerina keluarga pilih nomor 2 👍",
         [V("kro_camat", "instruct", "kro-2", "family_appeal", lang="karo", note="a camat appeals to his extended family to vote for a pair")]),
        (w(2024, 10, 6, 19, 33), er, "Mama, aku PNS, la banci ngarahken keluarga. Pilihen masing-masing 🙏",
         [N("neg_objection", "a nurse in the family objects", lang="karo")]),
        (w(2024, 10, 6, 19, 48), jf, "Bujur mama, nomor 2 ✌️", [N(lang="karo")]),
        (w(2024, 11, 1, 20, 13), br, "Lit kalak Sembiring ngkumpulken KTP keluarga gasan calon perseorangan nai, enggo ia ditetapken?", [N(lang="karo")]),
        (w(2024, 11, 1, 20, 27), rm, "Enggo ditetapken, nomor 3. Tapi kita tetap nomor 2 😄",
         [V("kro_camat", "instruct", "kro-2", "family_appeal", lang="karo", note="he repeats the family's choice of pair 2")]),
        (w(2024, 11, 27, 12, 1), br, "Enggo nyoblos kerina", [N(lang="karo")]),
        (w(2024, 11, 28, 9, 17), er, "Bujur Tuhan, Karo aman", [N("neg_after_voting", "after the vote", lang="karo")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Keluarga Besar Ginting.txt", "android_id4", "whatsapp_android_id", lines)

    # 10. iOS, English: the capture-fisheries division of Biak Numfor (2024, WIT)
    g = "Perikanan Tangkap Biak"
    ob, ys, fr = "Bapa Kabid Obed", "Yosias PPL", "Frida Umum"
    lines = [
        (tp(2024, 9, 16, 7, 58, 12), None, WA_NOTICE_EN, []),
        (tp(2024, 9, 16, 8, 3, 0), ob, "Selamat pagi. Bapa Yunus su daftar, tolong data kelompok nelayan penerima bantuan dikirim ke sa, nanti sa teruskan ke tim 🙏",
         [V("bik_kabid", "instruct", "bik-1", "data_to_team", add_codes=["SKB-D12", "PP94-N5"], lang="papua",
            note="a division head asks for the aid recipients' data to pass to a bakal calon's team (E codes)")]),
        (tp(2024, 9, 16, 8, 15, 20), fr, "Bapa, data penerima bantuan itu data dinas. Tra bisa dikasi ke tim calon.", [N("neg_objection", "a clerk objects", lang="papua")]),
        (tp(2024, 9, 16, 8, 31, 2), ys, "Sa su kirim lewat japri Bapa 👍",
         [V("bik_dkp", "team", "bik-1", "data_to_team", action="other", codes=["SKB-D12", "PP94-N5", "SKB-D9", "SKB-E2", "UU10-71-1"], lang="papua",
            note="an extension officer sends the office's data for the bakal calon's team")]),
        (tp(2024, 10, 14, 19, 5, 0), ob, "Wor budaya di Samofa hari Sabtu, staf dinas ikut meriahkan e 🥁",
         [N("neg_official_neutral", "a cultural event with no candidate", lang="papua")]),
        (tp(2024, 10, 21, 20, 12, 0), ys, "Foto penyerahan mesin tempel kemarin sa pake untuk poster Bapa Yunus, boleh to? 😁",
         [R("rev_question", "an officer asks whether he may use the office's aid photo on a candidate's poster: a plan shown, the act unknown",
            actor="bik_dkp", cand="bik-1", lang="papua")]),
        (tp(2024, 10, 21, 20, 30, 0), fr, "Jang Bapa! Itu dokumen dinas.", [N("neg_objection", "a colleague objects", lang="papua")]),
        (tp(2024, 11, 24, 7, 0, 0), ob, "Masa tenang, semua fokus kerja e", [N("neg_reminder", "a quiet-day reminder", lang="papua")]),
        (tp(2024, 11, 28, 10, 0, 0), fr, "Puji Tuhan Biak aman", [N("neg_after_voting", "after the vote", lang="papua")]),
    ]
    wa_file(c, f"whatsapp/WhatsApp Chat - {g}/_chat.txt", "ios_en", "whatsapp_ios_en", lines, group=g)

    # 11. Android, Indonesian: a volunteers' group of Kampar pair 2 (WIB), 2016
    uc = "Bang Ucok Relawan"
    rs, ys, zn = "Rosmaini Puskesmas", "Yasir PPL", "Pak Camat Zainal"
    lines = [
        (w(2016, 9, 25, 20, 3), None, WA_NOTICE_ID, []),
        (w(2016, 9, 25, 20, 4), None, f"{uc} membuat grup \"Relawan Ocu Syaf Bangkinang\"", []),
        (w(2016, 9, 25, 20, 6), None, f"{uc} menambahkan {rs}, {ys}, {zn}",
         [A("kpr_pkm", case="added_to_group", note="added to a bakal calon's volunteers' group; she joins in"),
          A("kpr_tani", case="added_to_group", note="added; he declines and leaves"),
          A("kpr_camat", case="added_to_group", note="added; he leaves at once")]),
        (w(2016, 9, 25, 20, 17), uc, "Salam Basamo! Kito kawal Ocu Syaf sampai manang 💪", [N(lang="ocu")]),
        (w(2016, 9, 25, 20, 29), None, f"{zn} keluar", [N("neg_left_group", "the camat leaves", actor="kpr_camat", lang="sys")]),
        (w(2016, 9, 25, 21, 3), rs, "Ambo ikuik bantu dari Kuok yo bang, tapi diam-diam sajo 🤫",
         [V("kpr_pkm", "post", "kpr-2", "added_then_engaged", in_group=True, lang="ocu", note="added by a volunteer, the nurse offers to help (E codes)")]),
        (w(2016, 10, 2, 19, 11), uc, "Siapo nan bisa jadi saksi nanti? Daftar ka ambo", [N(lang="ocu")]),
        (w(2016, 10, 2, 19, 23), ys, "Ambo PNS bang, indak bisa jadi saksi. Ambo kalua dulu yo 🙏", [N("neg_deflect", "he declines", lang="ocu")]),
        (w(2016, 10, 2, 19, 24), None, f"{ys} keluar", [N("neg_left_group", "he leaves", actor="kpr_tani", lang="sys")]),
        (w(2016, 11, 6, 20, 9), rs, "Poster Ocu Syaf alah ambo tampel di posyandu Kuok 😁✌️",
         [V("kpr_pkm", "post", "kpr-2", "props", in_group=True, add_codes=["SKB-D1", "PP94-N4"], lang="ocu",
            note="a nurse reports putting the pair's poster up at a posyandu")]),
        (w(2016, 11, 7, 8, 2), uc, "Mantap bu!", [N(lang="ocu")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Relawan Ocu Syaf Bangkinang.txt", "android_id", "whatsapp_android_id", lines)


# ---------------------------------------------------------------------------------------------
# canonical JSON Lines (follows, joins, reactions, tags and additions, media fields, shares, boundaries)
# ---------------------------------------------------------------------------------------------
@section
def canonical(c):
    cn = Canon(c, "canonical/activities_heldout8.jsonl", "h8")
    W = cn.who

    def ch(cid, platform, name=None, text=None):
        cd = c.cands[cid]
        return tgt(cd.handle(platform), name or cd.name, text)

    # follows of candidates' accounts
    for k, cid, plat, when, case in (
        ("jpr_bidan", "jpr-2", "instagram", w(2016, 10, 12, 20, 0), "bakal_support"),
        ("skw_seklur", "skw-1", "instagram", w(2016, 11, 3, 20, 0), "follow_candidate"),
        ("bll_dispar", "bll-1", "instagram", ta(2016, 10, 5, 21, 0), "bakal_support"),
        ("pb_bpkad", "pb-1", "x", tp(2016, 11, 1, 20, 0), "follow_candidate"),
        ("skw_guru1", "skw-1", "x", w(2016, 9, 30, 20, 0), "bakal_support"),
        ("kpr_guru", "kpr-2", "x", w(2016, 10, 1, 20, 0), "bakal_support"),
        ("flt_camat", "flt-1", "facebook", ta(2016, 11, 12, 20, 0), "follow_candidate"),
        ("jpr_disbud", "jpr-1", "x", w(2016, 11, 1, 20, 0), "follow_candidate"),
        ("ypn_guru", "ypn-2", "facebook", tp(2016, 11, 5, 19, 0), "follow_candidate"),
        ("gto_staf2", "gto-3", "instagram", ta(2016, 11, 2, 20, 0), "follow_candidate"),
        ("sby_pppk1", "sby-1", "instagram", w(2024, 9, 3, 20, 0), "bakal_support"),
        ("sby_pkm", "sby-1", "instagram", w(2024, 10, 4, 20, 0), "follow_candidate"),
        ("kro_pppk", "kro-2", "facebook", w(2024, 9, 25, 19, 0), "follow_candidate"),
        ("kkr_pppk", "kkr-1", "facebook", ta(2024, 9, 15, 20, 0), "bakal_support"),
        ("bik_guru", "bik-1", "tiktok", tp(2024, 10, 20, 19, 0), "follow_candidate"),
        ("bik_kes", "bik-2", "instagram", tp(2024, 9, 1, 20, 0), "bakal_support"),
        ("sby_staf1", "sby-1", "tiktok", w(2024, 10, 1, 20, 0), "follow_candidate"),
        ("kro_tani", "kro-2", "facebook", w(2024, 9, 10, 20, 0), "bakal_support"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), plat, "follow", when, W(k, plat), target=ch(cid, plat))
    for k, plat, when, h, n, case, note in (
        ("gto_staf2", "instagram", ta(2016, 9, 12, 19, 0), "bisa.kuliner.gtlo", "Bisa Kuliner Gorontalo", "neg_everyday_follow", "a food page named Bisa, not pair 1"),
        ("jpr_guru2", "instagram", w(2016, 8, 8, 20, 0), "apik.mebel.jepara", "Apik Mebel Jepara", "neg_everyday_follow", "a furniture shop named Apik, not pair 1"),
        ("bll_guru1", "instagram", ta(2016, 9, 9, 19, 0), "suksma.bali.tour", "Suksma Bali Tour", "neg_everyday_follow", "a tour agency named Suksma"),
        ("kro_guru1", "tiktok", w(2024, 8, 30, 19, 0), "mejuahjuah.kuliner", "Mejuah-juah Kuliner Karo", "neg_everyday_follow", "a food account named after the greeting"),
        ("sby_pkm", "instagram", w(2024, 8, 1, 9, 0), "kpu.surabaya", "KPU Kota Surabaya", "neg_official_neutral", "following the election commission"),
        ("bik_kes", "instagram", tp(2024, 8, 2, 9, 0), "bawaslu.biaknumfor", "Bawaslu Kabupaten Biak Numfor", "neg_official_neutral", "following the election supervisor"),
        ("pb_bpkad", "x", tp(2016, 9, 1, 9, 0), "kpu_papuabarat", "KPU Provinsi Papua Barat", "neg_official_neutral", "following the election commission"),
    ):
        cn.add(N(case, note, lang="sys"), plat, "follow", when, W(k, plat), target=tgt(h, n))

    # joins of candidates' groups
    for k, cid, gidn, when, case in (
        ("jpr_mts", "jpr-1", ("g-relawan-apik-jepara", "Relawan APIK Jepara"), w(2016, 10, 8, 20, 0), "bakal_support"),
        ("blm_sekcam", "blm-1", ("g-sahabat-ridwansofyan", "Sahabat Ridwan–Sofyan Boalemo"), ta(2016, 11, 3, 20, 0), "join_group"),
        ("pb_kes1", "pb-2", ("g-relawan-hansnela", "Relawan Hans–Nela Papua Barat"), tp(2016, 10, 2, 20, 0), "bakal_support"),
        ("ypn_kes", "ypn-1", ("g-tim-yerisalmon", "Tim Yeri–Salmon Serui"), tp(2016, 12, 1, 20, 0), "join_group"),
        ("kro_kes", "kro-2", ("g-relawan-nandesarinah", "Relawan Nande Sarinah"), w(2024, 9, 5, 20, 0), "bakal_support"),
        ("sby_guru1", "sby-1", ("g-arek-wani-suroboyo", "Arek WANI Suroboyo"), w(2024, 10, 12, 20, 0), "join_group"),
        ("kkr_staf3", "kkr-2", ("g-sahabat-bangreza", "Sahabat Bang Reza Kukar"), ta(2024, 10, 2, 20, 0), "join_group"),
    ):
        cn.add(V(k, "interact", cid, case, action="follow_or_join", lang="sys"), "facebook", "join_group", when, W(k, "facebook"),
               group={"id": gidn[0], "name": gidn[1]})
    for k, gidn, when, note in (
        ("skw_staf", ("g-jualbeli-singkawang", "Jual Beli Singkawang"), w(2016, 10, 9, 20, 0), "a buy-and-sell group"),
        ("kpr_tani", ("g-petani-sawit-kampar", "Petani Sawit Kampar"), w(2016, 11, 9, 20, 0), "a farmers' forum"),
        ("kro_staf", ("g-mejuahjuah-berastagi", "Mejuah-juah Berastagi"), w(2024, 8, 20, 20, 0), "a residents' group named with the Karo greeting"),
        ("flt_kes1", ("g-semanasanta-larantuka", "Umat Semana Santa Larantuka"), ta(2016, 8, 25, 20, 0), "a parish group"),
    ):
        cn.add(N("neg_everyday_group", note, lang="sys"), "facebook", "join_group", when, W(k, "facebook"), group={"id": gidn[0], "name": gidn[1]})

    # reactions: two Ketintang officials like the single pair's post minutes after the lurah's WhatsApp order, and others
    t = ch("sby-1", "instagram", None, "Suwun arek Suroboyo, pendaftaran lancar. Suroboyo WANI Maju! #WANIterus")
    t["id"] = "17" + f"{hnum('h8wanipost', 10**15):015d}"
    cn.add(V("sby_seklur", "interact", "sby-1", "like_coordinated", action="like", lang="sys",
             note="likes the bakal calon's post 13 minutes after the lurah's order in the office chat (E codes)"),
           "instagram", "reaction", w(2024, 9, 2, 19, 20), W("sby_seklur", "instagram"), target=t)
    t2 = ch("sby-1", "tiktok", None, "Suwun arek Suroboyo! #WANIterus")
    t2["id"] = str((1725270000 << 32) + 91003)
    cn.add(V("sby_staf1", "interact", "sby-1", "like_coordinated", action="like", lang="sys", note="likes the bakal calon's video right after the lurah's order"),
           "tiktok", "reaction", w(2024, 9, 2, 19, 38), W("sby_staf1", "tiktok"), target=t2)
    cn.add(V("skw_staf", "interact", "skw-2", "like", action="like", lang="sys"), "facebook", "reaction", w(2016, 11, 20, 20, 0), W("skw_staf", "facebook"),
           target=ch("skw-2", "facebook", None, "Singkawang Baru: sekolah gratis sampai SMA ✌️ #RosBudi2"))
    cn.add(V("blm_sekcam", "interact", "blm-1", "like", action="like", lang="sys"), "facebook", "reaction", ta(2016, 12, 5, 20, 0), W("blm_sekcam", "facebook"),
           target=ch("blm-1", "facebook", None, "Boalemo Mohuyula! Terima kasih warga Tilamuta ☝️ #RidwanSofyan1"))
    cn.add(V("ypn_staf", "interact", "ypn-1", "bakal_support", action="like", lang="sys", note="likes a bakal calon's post a week after his district head's order"),
           "facebook", "reaction", tp(2016, 10, 12, 20, 0), W("ypn_staf", "facebook"),
           target=ch("ypn-1", "facebook", None, "Sosialisasi Yapen Sejahtera di Serui minggu depan. Mari datang! #YeriSalmon1"))
    cn.add(V("kkr_staf1", "interact", "kkr-2", "like", action="like", lang="sys"), "facebook", "reaction", ta(2024, 10, 15, 8, 0), W("kkr_staf1", "facebook"),
           target=ch("kkr-2", "facebook", None, "Kukar Kita Sejahtera: pasar rakyat Tenggarong dibenahi ✊ #RezaAisyah2"))
    cn.add(N("neg_news", "liking the election commission's post naming every pair", lang="sys"), "facebook", "reaction", w(2024, 9, 23, 20, 0),
           W("kro_guru2", "facebook"), target=tgt("kpu.karo", "KPU Kabupaten Karo", "Nomor urut: 1 Nelson–Rosita, 2 Sarinah–Edi, 3 Robert–Jonatan"))
    cn.add(N("neg_official_neutral", "liking a tourism office post", lang="sys"), "facebook", "reaction", w(2016, 9, 15, 10, 0), W("jpr_kasi", "facebook"),
           target=tgt("dispar.jepara", "Disparbud Jepara", "Festival Kupat Lepet di Pantai Kartini"))
    cn.add(N("neg_official_neutral", "liking her puskesmas's post", lang="sys"), "facebook", "reaction", tp(2016, 10, 3, 10, 0), W("sbb_pkm", "facebook"),
           target=tgt("puskesmas.piru", "Puskesmas Piru", "Posyandu lansia bulan Oktober"))

    # tags and additions (alerts), with what follows
    t = ch("bll-1", "facebook", "Dr. Gede Sunantara", "Suksma guru-guru Seririt, Ni Luh Putu Ariani lan semeton sami #SUKSMA1")
    cn.add(A("bll_guru1", note="tagged by pair 1's page; she supports the other pair and asks to be untagged"), "facebook", "tagged", ta(2016, 12, 21, 10, 0),
           W("bll_guru1", "facebook"), initiated_by={"id": c.cands["bll-1"].handle("facebook"), "name": "Dr. Gede Sunantara"}, target=t)
    cn.add(N("neg_untag", "she asks to be untagged", lang="bali"), "facebook", "comment", ta(2016, 12, 21, 10, 40), W("bll_guru1", "facebook"),
           "Ampura Bli, tiang sanes tim. Tag-e mangda kaapus nggih 🙏", target=t)
    t = ch("jpr-3", "facebook", "Kartono Wibowo", "Silaturahmi dhateng MTsN 1 Jepara, matur nuwun H. Muhammad Anwar lan bapak ibu guru 🙏 #KartonoHadi3")
    cn.add(A("jpr_mts", note="tagged by pair 3's page; he does not react"), "facebook", "tagged", w(2017, 1, 10, 19, 0), W("jpr_mts", "facebook"),
           initiated_by={"id": c.cands["jpr-3"].handle("facebook"), "name": "Kartono Wibowo"}, target=t)
    t = ch("skw-3", "instagram", "Bong Kian Liong", "Terima kasih Dinas Pariwisata atas sambutannya di Pasar Hongkong @fransiska.liu 🏮 #BongRahmat3")
    cn.add(A("skw_dispar", note="tagged by pair 3's account; she answers politely"), "instagram", "tagged", w(2016, 12, 5, 19, 0), W("skw_dispar", "instagram"),
           initiated_by={"handle": c.cands["skw-3"].handle("instagram"), "name": "Bong Kian Liong"}, target=t)
    cn.add(R("rev_polite_reply", "after being tagged she wishes the campaigning candidate success: courtesy or support (SKB-D6)?", actor="skw_dispar",
             cand="skw-3"), "instagram", "comment", w(2016, 12, 5, 19, 40), W("skw_dispar", "instagram"), "Terima kasih Koh Bong, sukses selalu 🙏", target=t)
    t = ch("kkr-3", "facebook", "Drs. H. Ahmad Zaini", "Pemeriksaan kesehatan gratis di Loa Kulu bersama Siti Rahmah dan tim 🩺 #ZainiMarlina3")
    t["id"] = c.cands["kkr-3"].handle("facebook") + "_" + str(10**15 * 6 + hnum("h8zainipost", 10**15))
    cn.add(A("kkr_pkm", note="tagged by pair 3's page; she then likes the post"), "facebook", "tagged", ta(2024, 10, 18, 19, 0), W("kkr_pkm", "facebook"),
           initiated_by={"id": c.cands["kkr-3"].handle("facebook"), "name": "Drs. H. Ahmad Zaini"}, target=t)
    cn.add(V("kkr_pkm", "interact", "kkr-3", "tag_then_engaged", action="like", lang="sys", note="tagged in the pair's post, the nurse likes it"),
           "facebook", "reaction", ta(2024, 10, 18, 21, 0), W("kkr_pkm", "facebook"), target=t)
    grp = {"id": "wa-relawan-apik-mlonggo", "name": "Relawan APIK Mlonggo"}
    cn.add(A("jpr_guru1", case="added_to_group", note="added to a bakal calon's volunteers' group by the team; he joins in"), "whatsapp", "added_to_group",
           w(2016, 10, 15, 19, 0), W("jpr_guru1", "whatsapp"), initiated_by={"name": "Tim APIK Mlonggo"}, group=grp)
    cn.add(V("jpr_guru1", "post", "jpr-1", "added_then_engaged", in_group=True, lang="jawa"), "whatsapp", "message", w(2016, 10, 15, 19, 20),
           W("jpr_guru1", "whatsapp"), "Siap, APIK nomer siji! Mlonggo menang 💪", group=grp)
    grp = {"id": "wa-tim-tileman-tilamuta", "name": "Tim Ti Leman Tilamuta"}
    cn.add(A("blm_guru2", case="added_to_group", note="added to a candidate's team group by a camat; he leaves with a message"), "whatsapp", "added_to_group",
           ta(2016, 11, 8, 19, 0), W("blm_guru2", "whatsapp"), initiated_by={"name": "Pak Camat Arsyad", "handle": c.acct("blm_camat", "whatsapp")}, group=grp,
           extra=[V("blm_camat", "instruct", "blm-2", "instruct_add_staff", by_actor=True, lang="sys",
                    note="a camat adds a teacher of his district to a candidate's team group")])
    cn.add(N("neg_left_group", "he says he is a teacher and leaves", lang="gorontalo"), "whatsapp", "message", ta(2016, 11, 8, 19, 25), W("blm_guru2", "whatsapp"),
           "Pak Camat, saya guru, saya keluar dulu 🙏", group=grp)
    cn.add(A("sbb_pkm", case="added_to_group", note="added to a pair's volunteers' group on Facebook; she stays and never writes"), "facebook", "added_to_group",
           tp(2016, 11, 20, 19, 0), W("sbb_pkm", "facebook"), initiated_by={"name": "Tim Fredi–Jana Piru"},
           group={"id": "g-relawan-sbbmanise-piru", "name": "Relawan SBB Manise Piru"})
    grp = {"id": "wa-tim-bapayunus-biakkota", "name": "Tim Bapa Yunus Biak Kota"}
    cn.add(A("bik_guru", case="added_to_group", note="added by a district head to a candidate's team group; she leaves"), "whatsapp", "added_to_group",
           tp(2024, 10, 25, 19, 0), W("bik_guru", "whatsapp"), initiated_by={"name": "Bapa Distrik Yan", "handle": c.acct("bik_camat", "whatsapp")}, group=grp,
           extra=[V("bik_camat", "instruct", "bik-1", "instruct_add_staff", by_actor=True, lang="sys",
                    note="a district head adds a state-school teacher to a candidate's team group")])
    cn.add(N("neg_left_group", "she leaves", lang="papua"), "whatsapp", "message", tp(2024, 10, 25, 19, 30), W("bik_guru", "whatsapp"),
           "Bapa Distrik, sa keluar e, sa guru PNS 🙏", group=grp)
    grp = {"id": "wa-coblos-kolom-kosong-sby", "name": "Gerakan Coblos Kolom Kosong Suroboyo"}
    cn.add(A("sby_guru2", case="added_to_group", note="added to an empty-column campaign group; he joins in against the single pair"), "whatsapp",
           "added_to_group", w(2024, 10, 5, 20, 0), W("sby_guru2", "whatsapp"), initiated_by={"name": "Koordinator Kolom Kosong"}, group=grp)
    cn.add(V("sby_guru2", "negative", "sby-1", "added_then_engaged", lang="suroboyo", note="in the empty-column group he campaigns against the single pair"),
           "whatsapp", "message", w(2024, 10, 5, 20, 40), W("sby_guru2", "whatsapp"), "Ayo rek, kolom kosong ae. Suroboyo gak butuh calon tunggal 😤", group=grp)
    t = ch("ypn-1", "facebook", "Yeremias Aninam", "Bakti sosial kesehatan di Serui bersama Yulianus Wanggai dan perawat RSUD 🙏 #YeriSalmon1")
    cn.add(A("ypn_kes", note="tagged by pair 1's page; he does not react"), "facebook", "tagged", tp(2016, 12, 10, 19, 0), W("ypn_kes", "facebook"),
           initiated_by={"id": c.cands["ypn-1"].handle("facebook"), "name": "Yeremias Aninam"}, target=t)
    t = ch("pb-2", "facebook", "Dr. Hans Mambor", "Terima kasih guru-guru SMAN 1 Manokwari, Otniel Mansim dan kawan-kawan 🙏 #HansNela2")
    cn.add(A("pb_guru", note="tagged by pair 2's page; he answers with support"), "facebook", "tagged", tp(2016, 11, 25, 10, 0), W("pb_guru", "facebook"),
           initiated_by={"id": c.cands["pb-2"].handle("facebook"), "name": "Dr. Hans Mambor"}, target=t)
    cn.add(V("pb_guru", "interact", "pb-2", "tag_then_engaged", action="comment", lang="papua"), "facebook", "comment", tp(2016, 11, 25, 10, 30),
           W("pb_guru", "facebook"), "Sama-sama Bapa, sukses! Papua Barat Terang ✌️", target=t)
    t = ch("flt-2", "facebook", "Ir. Simon Kolin", "Terima kasih Adonara Timur! Yohanes Kopong Tukan dan guru-guru yang hadir 🙏 #SimonMaria2")
    cn.add(A("flt_guru2", note="tagged by pair 2's page after he commented on its video; no reaction"), "facebook", "tagged", ta(2016, 12, 3, 10, 0),
           W("flt_guru2", "facebook"), initiated_by={"id": c.cands["flt-2"].handle("facebook"), "name": "Ir. Simon Kolin"}, target=t)

    # posts with captions, alt text and image text; shares; a deletion
    cn.add(V("gto_staf2", "photo", "gto-3", "image_text", lang="gorontalo", note="the pair's slogan and number exist only as text inside the picture"),
           "instagram", "post", ta(2016, 12, 18, 19, 0), W("gto_staf2", "instagram"), "Malam minggu di Limboto 🌙",
           media=[img("Foto bersama di depan panggung", text="MOHUYULA UNTUK GORONTALO - COBLOS NO. 3")])
    cn.add(V("kpr_pkm", "gesture", "kpr-2", "gesture_caption", add_codes=["PP94-N2"], lang="ocu", note="only the image description shows the two-finger pose in uniform"),
           "instagram", "post", w(2016, 12, 10, 19, 0), W("kpr_pkm", "instagram"), "Rami bana di Bangkinang 🔥",
           media=[img("Perawat berseragam dinas berpose dua jari bersama Dr. Syafrizal")])
    cn.add(V("ypn_guru", "gesture", "ypn-2", "gesture_caption", lang="papua"), "facebook", "post", tp(2017, 1, 12, 19, 0), W("ypn_guru", "facebook"),
           "Sore di Serui 🌅", media=[img("Guru berpose dua jari di samping baliho Daniel Wonatorei")])
    cn.add(R("rev_background", "a women's gathering photo with a pair's banner in the background and no sign: a photo with campaign props (SKB-D7) or incidental?",
             actor="blm_pkm", cand="blm-1", lang="gorontalo"), "facebook", "post", ta(2017, 1, 20, 19, 0), W("blm_pkm", "facebook"),
           "Arisan ibu-ibu Tilamuta 🌸", media=[img("Ibu-ibu berfoto bersama; di belakang tampak spanduk Ridwan–Sofyan nomor 1")])
    cn.add(R("rev_gesture_family", "a V sign in a Lunar New Year family photo during the campaign: pair 2's number or a habit?", actor="skw_seklur", cand="skw-2",
             lang="singkawang"), "instagram", "post", w(2017, 1, 28, 20, 0), W("skw_seklur", "instagram"), "Imlek bersama keluarga 🧧",
           media=[img("Keluarga berfoto di depan altar; salah satu mengacungkan dua jari")])
    cn.add(V("kkr_guru", "photo", "kkr-1", "photo_caption", lang="kutai"), "facebook", "post", ta(2024, 10, 26, 19, 0), W("kkr_guru", "facebook"),
           "Alhamdulillah ketemu Abah 🙏", media=[img("Guru berjilbab bersalaman dengan Syaiful Anwar di depan spanduk nomor 1")])
    cn.add(V("bik_kes", "photo", "bik-2", "image_text", lang="papua", note="the pair's names, number and slogan exist only as text inside the picture"),
           "instagram", "post", tp(2024, 10, 30, 20, 0), W("bik_kes", "instagram"), "Malam kebersamaan ✨",
           media=[img("Foto bersama di panggung", text="MAMA DORKAS - SEM MSEN NO. 2 BIAK MAJU BERSAMA")])
    cn.add(R("rev_event_photo", "a camat dancing at a harvest festival with a candidate among the guests during the campaign, no sign: a community event "
             "or a photo with a candidate (SKB-D7)?", actor="kro_camat", cand="kro-2", lang="karo"), "facebook", "post", w(2024, 10, 20, 19, 0),
           W("kro_camat", "facebook"), "Kerja tahun i Berastagi, meriah 🙏", media=[img("Camat menari bersama warga; tampak dr. Sarinah br Ginting di antara tamu")])
    cn.add(V("skw_guru2", "post", "skw-2", "deleted_post", lang="singkawang", note="deleted the next morning; the act stays on record"),
           "facebook", "post", w(2016, 12, 20, 20, 0), W("skw_guru2", "facebook"), "Bu Ros nomor 2 untuk Singkawang Baru ✌️", deleted_at=w(2016, 12, 21, 7, 0))
    cn.add(V("flt_kes2", "post", "flt-3", "post_support", lang="larantuka"), "instagram", "post", ta(2016, 11, 25, 19, 0), W("flt_kes2", "instagram"),
           "Om Piet jari tiga 🤟 Flotim Tite Hena!")
    cn.add(N("neg_everyday_word", "'wani' in a school photo", lang="suroboyo"), "instagram", "post", w(2024, 10, 28, 19, 0), W("sby_pppk1", "instagram"),
           "Sumpah Pemuda, arek SD wani tampil 🇮🇩", media=[img("Guru dan murid berfoto bersama di halaman sekolah")])
    for k, cid, when, text, lang in (
        ("pb_kes3", "pb-2", tp(2016, 11, 3, 19, 0), "Papua Barat Terang: kesehatan gratis sampai kampung #HansNela2", "papua"),
        ("blm_camat", "blm-2", ta(2016, 11, 4, 20, 0), "Boalemo Maju Sejahtera bersama Ti Leman ✌️ #LemanArfan2", "gorontalo"),
        ("jpr_guru1", "jpr-1", w(2016, 12, 12, 19, 0), "Jepara APIK: dalan desa alus, sekolah gratis #APIK1", "jawa"),
        ("kro_guru2", "kro-1", w(2024, 10, 30, 20, 0), "Karo Mejuah-juah! Pupuk murah man petani #NelsonRosita1", "karo"),
        ("sbb_dkp1", "sbb-1", tp(2016, 12, 2, 19, 0), "Saka Mese Nusa Bangkit: nelayan sejahtera ☝️ #LatiefYusak1", "ambon"),
    ):
        cn.add(V(k, "post", cid, "share", action="share", lang=lang), "facebook", "share", when, W(k, "facebook"),
               target=ch(cid, "facebook", None, text))

    # comments, team and party roles, stage boundaries
    cn.add(V("flt_guru1", "interact", "flt-1", "comment_support", action="comment", lang="larantuka"), "facebook", "comment", ta(2017, 1, 14, 19, 0),
           W("flt_guru1", "facebook"), "Ama Yosef, Balela siap ☝️", target=ch("flt-1", "facebook", None, "Gelekat Lewotana: kampanye dialogis di Balela #YosefAgus1"))
    cn.add(V("ypn_tani", "interact", "ypn-1", "comment_support", action="comment", lang="papua"), "facebook", "comment", tp(2016, 12, 14, 19, 0),
           W("ypn_tani", "facebook"), "Bapa Yeri, petani Ansus dukung 1 ☝️", target=ch("ypn-1", "facebook", None, "Yapen Sejahtera: bibit kakao untuk petani #YeriSalmon1"))
    cn.add(V("kkr_staf1", "interact", "kkr-2", "comment_support", action="comment", lang="kutai"), "facebook", "comment", ta(2024, 10, 23, 19, 0),
           W("kkr_staf1", "facebook"), "Bang Reza, kami di kecamatan mendukung 💪", target=ch("kkr-2", "facebook", None, "Terima kasih warga Pasar Tangga Arung ✊"))
    cn.add(V("kpr_tani", "team", "kpr-1", "party_member", add_codes=["SKB-D5"], lang="ocu",
             note="an extension officer announces his installation as a party officer and pledges to win for the party's candidate"),
           "facebook", "post", w(2016, 11, 20, 20, 0), W("kpr_tani", "facebook"), "Alhamdulillah dilantik jadi wakil sekretaris PK Golkar Kampar Kiri. Siap menangkan Datuk Azwar nomor 1 ☝️")
    cn.add(V("skw_pkm", "team", "skw-3", "team_member", lang="singkawang", note="a puskesmas doctor says he coordinates a candidate's medical volunteers"),
           "facebook", "post", w(2017, 1, 8, 20, 0), W("skw_pkm", "facebook"), "Bangga jadi koordinator tim medis relawan Koh Bong nomor 3 🩺")
    cn.add(V("ypn_staf", "post", "ypn-1", "stage_boundary_wit", lang="papua",
             note="00:40 WIT on 24 Oct is 22:40 WIB on 23 Oct: still a bakal calon by the WIB date (E codes), though it is designation day locally"),
           "facebook", "post", tp(2016, 10, 24, 0, 40), W("ypn_staf", "facebook"), "Hari ini penetapan, Bapa Yeri pasti lolos! 🙏 #YeriSalmon1")
    cn.add(V("kkr_guru", "post", "kkr-1", "stage_quiet", lang="kutai",
             note="created_at 23:30Z on 23 Nov (the last campaign day in UTC) is 06:30 WIB on 24 Nov, a quiet day; a violation either way"),
           "facebook", "post", ta(2024, 11, 24, 7, 30), W("kkr_guru", "facebook"), "Hari ini masa tenang, tapi ingat Abah nomor 1 ☝️", style="z")
    cn.add(V("kro_staf", "post", "kro-3", "stage_boundary_utc", lang="karo",
             note="created_at 22:00Z on 21 Sep is 05:00 WIB on 22 Sep, designation day (D codes); the UTC date says 21 Sep"),
           "facebook", "post", w(2024, 9, 22, 5, 0), W("kro_staf", "facebook"), "Bang Robert resmi calon! Karo Mandiri 💪", style="z")

    # negatives and doubts
    for k, plat, when, text, case, note, lang in (
        ("kkr_staf1", "facebook", ta(2024, 9, 26, 8, 0), "Pelayanan kecamatan selama masa kampanye tetap normal, jam 08.00–16.00.", "neg_official_neutral",
         "a service notice", "id"),
        ("ypn_tani", "facebook", tp(2016, 11, 15, 19, 0), "Panen kakao di Ansus. Kelompok tani di Serui baru saja terima bibit unggul 🍫", "neg_everyday_word",
         "'Serui baru saja' (Serui has just); pair 2's slogan is Serui Baru", "papua"),
        ("bik_camat", "facebook", tp(2024, 10, 1, 10, 0), "Distrik Biak Kota bersama KPU mendata pemilih disabilitas untuk Pilkada 27 November.", "neg_official_neutral",
         "election logistics", "id"),
        ("sbb_camat", "facebook", tp(2016, 12, 18, 9, 0), "Selamat hari jadi Kabupaten Seram Bagian Barat. Saka mese nusa! 🙏", "neg_motto",
         "the regency's motto on its anniversary; pair 1's slogan is Saka Mese Nusa Bangkit", "ambon"),
        ("gto_kabiro", "facebook", ta(2016, 10, 5, 10, 0), "Rilis: Pemprov Gorontalo menggelar apel netralitas ASN menjelang Pilkada 2017.", "neg_reminder",
         "a neutrality rally announced", "id"),
        ("jpr_dishub", "facebook", w(2017, 1, 27, 19, 0), "Rekayasa lalu lintas saat rapat umum ketiga paslon di Alun-alun Jepara, mohon maklum 🚦", "neg_official_neutral",
         "traffic notice naming every pair", "id"),
        ("kro_tani", "facebook", w(2024, 11, 30, 19, 0), "Harga jeruk Berastagi turun, petani mengeluh. Sapa pe si menang, urus petani 🍊", "neg_after_voting",
         "after the vote, no side", "karo"),
        ("blm_guru2", "facebook", ta(2016, 10, 27, 20, 0), "Nama saya Suleman, tapi bukan calon bupati Ti Leman ya 😂 saya guru SMP Paguyaman", "neg_namesake",
         "a teacher sharing candidate blm-2's first name", "gorontalo"),
        ("sby_dishub", "facebook", w(2024, 11, 15, 19, 0), "Sesuk onok kampanye nang Tugu Pahlawan, arus Jl. Pahlawan dialihkan yo rek", "neg_official_neutral",
         "traffic notice", "suroboyo"),
        ("kpr_camat", "facebook", w(2016, 12, 18, 19, 0), "Hadir di acara adat batobo di Kampar Kiri, ado calon bupati juo. Camat wajib hadir di acara masyarakat 🙏",
         "neg_event", "an official at a customary event where a candidate is present; no sign or call", "ocu"),
    ):
        cn.add(N(case, note, lang=lang), plat, "post", when, W(k, plat), text)
    for k, cid, plat, when, text, case, note, lang in (
        ("kkr_kabid", "kkr-2", "facebook", ta(2024, 11, 10, 20, 0), "Doakan Kukar dapat pemimpin nang amanah. Kita semua tahu siapa 😉",
         "rev_hint", "a section head hints at a pair without naming it; her camat backs pair 2: an appeal or a generic prayer?", "kutai"),
        ("pb_guru", "pb-2", "facebook", tp(2017, 2, 12, 8, 0), "Masa tenang, tapi hati su tenang dari kemarin ✌️",
         "rev_gesture_emoji", "a V sign on a quiet day from a teacher who backs pair 2: a number sign or peace?", "papua"),
        ("jpr_mts", "jpr-1", "facebook", w(2016, 11, 21, 19, 0), "Kula ndherek pengajian, wonten calon bupati rawuh. Mugi-mugi Jepara berkah 🤲",
         "rev_event", "a madrasah teacher at the campaign gathering where the candidate came, who joined the pair's group: worship or campaign attendance?",
         "jawa"),
        ("gto_kabid", "gto-2", "facebook", ta(2017, 2, 15, 12, 0), "Alhamdulillah torang so pilih. Semoga yang terbaik untuk Gorontalo ✌️",
         "rev_gesture_emoji", "a V sign on voting day from an official added to pair 2's group: a number sign or peace?", "gorontalo"),
        ("kro_kes", "kro-2", "facebook", w(2024, 10, 27, 14, 0), "Kebaktian Minggu ras keluarga, jumpa ras Nande Sarinah 🙏",
         "rev_event_photo", "a nurse who joined the pair's group posts meeting the candidate at church: a chance meeting or a photo with a candidate?", "karo"),
        ("sby_staf2", "sby-1", "instagram", w(2024, 10, 8, 19, 0), "Cak Wahyu iku tonggoku, wonge apikan 😊",
         "rev_personal_praise", "an officer who refused the lurah's order praises the candidate as her neighbour: a personal remark or support?", "suroboyo"),
        ("bll_kabid", "bll-2", "facebook", ta(2017, 1, 25, 20, 0), "Pilih pemimpin sane peduli yeh bersih 😉 #DenBukit",
         "rev_hint", "a division head hints, with part of pair 2's hashtag: a call for pair 2 or a generic remark?", "bali"),
    ):
        cn.add(R(case, note, actor=k, cand=cid, lang=lang), plat, "post", when, W(k, plat), text)
    cn.add(R("rev_identity", "an unlisted X account with the teacher's name and town posts for pair 1: her second account or someone else?",
             actor="sbb_guru", cand="sbb-1", lang="ambon"), "x", "post", tp(2016, 11, 2, 20, 0),
           {"handle": "sarah_nikijuluw2", "name": "Sarah Nikijuluw"}, "Bung Latief nomor 1 ☝️ Piru siap!")
    cn.add(R("rev_identity", "an unlisted Instagram handle close to the nurse's posts the pair's number: a second account?", actor="kpr_pkm", cand="kpr-2",
             lang="ocu"), "instagram", "post", w(2016, 12, 3, 20, 0), {"handle": "ns.rosmaini_", "name": "Rosmaini"}, "Ocu Syaf nomor 2, Kampar bangkit ✌️")
    cn.add(R("rev_identity", "a Facebook profile named like the lurah, not his listed account, jokes about sharing the candidate's surname: the lurah or "
             "a namesake?", actor="skw_lurah", cand="skw-3", lang="singkawang"), "facebook", "post", w(2017, 1, 15, 20, 0),
           {"id": "1000" + f"{hnum('h8fakebong', 10**11):011d}", "name": "Hendra Bong"}, "Koh Bong pasti menang, sesama Bong harus kompak 😂")
    cn.dump()


# ---------------------------------------------------------------------------------------------
# screenshots (OCR)
# ---------------------------------------------------------------------------------------------
@section
def screenshots(c):
    png_shot(c, "screenshots/ss_grup_staf_tilamuta.png",
             ["Staf Kec. Tilamuta", "Pak Camat: besok semua hadir", "di posko Ti Leman, pakai baju", "warna biru ya", "08/11/16 20.14"],
             R("rev_screenshot", "a picture of an office chat passed around: origin, date and context cannot be verified", actor="blm_camat", cand="blm-2"),
             ta(2016, 11, 8, 20, 14))
    png_shot(c, "screenshots/ss_status_wa_bayu_ktt.png",
             ["Status", "Bayu Ktt", "WANI terus Cak! Nomor 1", "Kemarin 21.03"],
             R("rev_screenshot", "an image of a vanished WhatsApp status under a saved contact name: who made it cannot be checked", actor="sby_staf1",
               cand="sby-1"), w(2024, 10, 9, 21, 3))
    png_shot(c, "screenshots/ss_kpu_flotim_penetapan.png",
             ["KPU Kabupaten Flores Timur", "Penetapan Pasangan Calon", "Pemilihan Bupati dan Wakil Bupati 2017", "24 Oktober 2016"],
             N("neg_news", "a notice of the election commission"), ta(2016, 10, 24, 15, 0))
    png_shot(c, "screenshots/ss_komentar_ig_biak.png",
             ["Instagram - Komentar", "ruth.w: Mama Dorkas 2 untuk Biak", "Balas  Suka  3 mg"],
             R("rev_screenshot", "a comment shown under a shortened handle that resembles the nurse's", actor="bik_kes", cand="bik-2"), tp(2024, 10, 15, 20, 0))
    png_shot(c, "screenshots/ss_poster_guru_kukar.png",
             ["GURU KUKAR DUKUNG ABAH SYAIFUL", "NOMOR 1", "Mardiana - Andi - Jumadi - Yanti", "dan 40 guru lainnya"],
             R("rev_screenshot", "a poster listing teachers by first name only: whether the listed names are these ASN and consented cannot be checked",
               actor="kkr_guru", cand="kkr-1"), ta(2024, 10, 12, 20, 0))


# ---------------------------------------------------------------------------------------------
# further files: a teachers' group in Biak and a candidate's page in Jepara (Facebook), a kecamatan office chat in Boalemo
# (WhatsApp), a nurse's own Instagram, a 2024 X search with English and leetspeak, WIT pages on CrowdTangle, a second
# TikTok query, a teacher's vlog on YouTube, and ordinary activity a patrol meets every day (canonical)
# ---------------------------------------------------------------------------------------------
@section
def extra_social(c):
    u = lambda k: {"name": c.disp(k), "id": c.acct(k, "facebook")}  # noqa: E731
    P = fb_person

    gid = page_id("grup_forumgurubiak")
    fb = Fb(c, "facebook/group_forum_guru_biak_feed.json", gid, version="v20.0")
    fb.post(tp(2024, 8, 20, 19, 0), "Info: pendaftaran PPPK guru tahap 2 dibuka bulan depan. Siapkan berkas dari sekarang.", P("Admin Forum Guru Biak"),
            N(lang="papua"))
    fb.post(tp(2024, 8, 30, 20, 0), "Sa doakan Mama Dorkas sehat selalu. Perempuan Biak pertama yang daftar calon bupati, sa bangga sebagai perempuan 🙏",
            u("bik_guru"), R("rev_pride", "a teacher prays for a bakal calon and is proud of her as a woman: a personal feeling or support (SKB-E2)?",
                             actor="bik_guru", cand="bik-2", lang="papua"))
    p = fb.post(tp(2024, 9, 14, 19, 0), "Bapa Yunus su daftar. Guru honor deng PPPK harus kawal bakal calon yang peduli kitong! ☝️", u("bik_pppk"),
                V("bik_pppk", "post", "bik-1", "bakal_support", lang="papua", note="a PPPK teacher rallies teachers behind a bakal calon (E codes)"))
    fb.comment(p, tp(2024, 9, 14, 19, 30), "Setuju pak guru", P("Guru Honor Samofa"), N(lang="papua"))
    fb.comment(p, tp(2024, 9, 14, 20, 0), "Pak guru, ASN deng PPPK tra boleh ajak-ajak begitu e 🙏", u("bik_staf"), N("neg_reminder", "a colleague reminds him", lang="papua"))
    fb.react(p, u("bik_camat"), V("bik_camat", "interact", "bik-1", "bakal_support", action="like", lang="sys"))
    fb.post(tp(2024, 10, 2, 18, 0), "Snap Mor minggu depan di Padaido, siapa ikut? 🐟", u("bik_pppk"),
            N("neg_motto", "the fishing tradition; pair 1's slogan is Snap Mor untuk Biak", lang="papua"))
    p = fb.post(tp(2024, 10, 16, 20, 0), "Bapa ibu, kalau honorer ikut kampanye boleh ka?", P("Guru Honor Samofa"), N("neg_question", "a question", lang="papua"))
    fb.comment(p, tp(2024, 10, 16, 20, 25), "Honorer juga diminta netral, ada SE MenPANRB 01/2023 🙏", u("bik_guru"), N("neg_rule_quote", "cites the circular"))
    fb.post(tp(2024, 10, 20, 19, 0), "Mama Dorkas nomor 2, Biak maju bersama ✌️", P("Ibu Guru Naomi"),
            R("rev_identity", "a profile called 'Ibu Guru Naomi', not the teacher's listed account, backs pair 2; the teacher herself asked to be untagged "
              "from the pair's post: her or someone else?", actor="bik_guru", cand="bik-2", lang="papua"))
    fb.post(tp(2024, 10, 23, 19, 0), "Bapa Yunus kunjungi RSUD Biak bersama Ruth Wompere deng perawat-perawat. Nomor 1 peduli kesehatan ☝️", u("bik_camat"),
            V("bik_camat", "post", "bik-1", "post_support", lang="papua"),
            tags=[(u("bik_kes"), A("bik_kes", note="tagged by a district head in his campaign post; she asks him to remove it"))])
    fb.post(tp(2024, 10, 23, 20, 0), "Bapa Distrik, tolong hapus tag sa e. Sa tra ikut kampanye 🙏", u("bik_kes"), N("neg_untag", "asks to be untagged", lang="papua"))
    fb.post(tp(2024, 11, 5, 20, 0), "Semua guru di distrik wajib hadir rapat persiapan TPS hari Kamis.", u("bik_camat"), N("neg_official_neutral", "an official notice"))
    fb.post(tp(2024, 11, 25, 19, 0), "Masa tenang bapa ibu, kitong guru jaga diri 🙏", u("bik_pppk"), N("neg_reminder", "a quiet-day reminder", lang="papua"))
    fb.post(tp(2024, 11, 29, 19, 0), "Biak su pilih. Selamat bekerja untuk yang menang, jang lupa guru honor 🙏", u("bik_guru"),
            N("neg_after_voting", "after the vote", lang="papua"))
    fb.dump()

    kid = c.cands["jpr-3"].handle("facebook")
    fb = Fb(c, "facebook/page_kartonohadi_jepara_feed.json", kid, version="v2.8")
    page = {"name": "Kartono - Hadi", "id": kid}
    own = N("neg_candidate_own", "posted by the pair's own page")
    p = fb.post(w(2016, 9, 23, 11, 0), "Bismillah, Kartono–Hadi resmi mendaftar ke KPU Jepara. Bumi Kartini Bangkit! 🙏", page, own)
    fb.comment(p, w(2016, 9, 23, 11, 30), "Sukses Pak Kartono", P("Mas Rudi Pecangaan"), N())
    fb.comment(p, w(2016, 9, 23, 12, 10), "Wah jenenge podo karo aku 😂 sukses Pak", P("Kartono Wirosari"), N("neg_namesake", "a citizen sharing the candidate's name",
               lang="jawa"))
    p = fb.post(w(2016, 11, 10, 19, 0), "Kunjungan ke sentra tenun Troso. Matur nuwun Nur Hidayati lan ibu-ibu perajin 🧵 #KartonoHadi3", page, own,
                photo={"description": "Calon bupati melihat alat tenun bersama ibu-ibu"},
                tags=[(u("jpr_guru2"), A("jpr_guru2", note="tagged by pair 3's page (she backs pair 2); she answers with a neutral request"))])
    fb.comment(p, w(2016, 11, 10, 19, 40), "Pak, tenun Troso mbok ya diperhatikan sapa wae sing menang", u("jpr_guru2"),
               N("neg_question", "a teacher asks for support for weavers whoever wins", lang="jawa"))
    fb.comment(p, w(2016, 11, 10, 20, 5), "Sugeng rawuh ing Tahunan Pak 🙏", u("jpr_sekcam"),
               R("rev_polite_reply", "a kecamatan secretary who backs another pair welcomes this candidate under his campaign post: courtesy or "
                 "engagement (SKB-D6)?", actor="jpr_sekcam", cand="jpr-3", lang="jawa"))
    p = fb.post(w(2017, 1, 25, 19, 0), "Semangat Kartini setiap hari. Perempuan Jepara hebat! #KartonoHadi3", page, own)
    fb.comment(p, w(2017, 1, 25, 19, 30), "Setuju Pak, Kartini inspirasi kita", P("Bu Sri Welahan"), N())
    p = fb.post(w(2017, 2, 16, 9, 0), "Matur nuwun warga Jepara atas dukungannya.", page, own)
    fb.comment(p, w(2017, 2, 16, 9, 40), "Sing sabar Pak, tetep semangat 🙏", u("jpr_staf"), N("neg_after_voting", "consoling after the vote", lang="jawa"))
    fb.dump()


@section
def extra_chats(c):
    # Android, Indonesian: staff of Kecamatan Tilamuta, Boalemo (WITA), 2016-17
    ca, sk, fd = "Pak Camat Arsyad", "Bu Hartini Sekcam", "Fadli Umum"
    lines = [
        (ta(2016, 10, 3, 7, 57), None, WA_NOTICE_ID, []),
        (ta(2016, 10, 3, 8, 4), ca, "Selamat pagi. Hari ini pencocokan data pemilih bersama PPS, semua staf bantu di desa masing-masing.",
         [N("neg_official_neutral", "election logistics by the kecamatan")]),
        (ta(2016, 10, 3, 8, 16), fd, "Siap Pak", [N("neg_official_neutral", "a 'siap' to routine work")]),
        (ta(2016, 11, 9, 19, 3), ca, "Yang belum datang di acara Ti Leman kemarin, torang catat e 😏",
         [V("blm_camat", "instruct", "blm-2", "instruct_covert", add_codes=["PP94-N3"], lang="gorontalo",
            note="a camat keeps a list of staff who stayed away from a candidate's event")]),
        (ta(2016, 11, 9, 19, 12), sk, "Pak Camat, acara kemarin itu kampanye. ASN tidak wajib hadir, justru dilarang.", [N("neg_objection", "the secretary objects")]),
        (ta(2016, 11, 9, 19, 27), fd, "🙏", [R("rev_emoji", "a bare prayer-hands emoji to the camat's veiled threat", actor="blm_staf", cand="blm-2", lang="sys")]),
        (ta(2016, 11, 9, 19, 44), ca, "Bercanda saja, Bu Sekcam 😅", [N("neg_withdrawn", "he calls it a joke; the line above stands", lang="gorontalo")]),
        (ta(2016, 12, 7, 9, 21), sk, "Bapak ibu, laporan kegiatan bulanan dikumpul paling lambat Jumat", [N("neg_official_neutral", "routine work")]),
        (ta(2016, 12, 7, 20, 9), fd, "Pak, stiker Ti Leman di mobil dinas camat itu sengaja kah? Ada warga foto 📸",
         [R("rev_state_car", "a report of a candidate's sticker on the camat's official car: put there by him (PP94-N4) or by someone else?",
            actor="blm_camat", cand="blm-2", lang="gorontalo")]),
        (ta(2016, 12, 7, 20, 26), ca, "Itu sopir yang pasang, so dicopot", [N("neg_deflect", "he blames the driver", lang="gorontalo")]),
        (ta(2017, 2, 13, 7, 33), sk, "Masa tenang, mari torang jaga netralitas 🙏", [N("neg_reminder", "a quiet-day reminder", lang="gorontalo")]),
        (ta(2017, 2, 15, 14, 3), fd, "TPS 2 Tilamuta aman, partisipasi tinggi", [N("neg_official_neutral", "voting-day report")]),
        (ta(2017, 2, 16, 9, 47), ca, "Selamat untuk Ti Ridwan, mari torang dukung pemerintahan baru", [N("neg_after_voting", "after the vote", lang="gorontalo")]),
    ]
    wa_file(c, "whatsapp/Chat WhatsApp dengan Staf Kec. Tilamuta.txt", "android_id", "whatsapp_android_id", lines)

    # a nurse's own Instagram in Manokwari (WIT), 2016-17
    ig = Ig(c, "instagram/media_mariawamafma.json")
    own = c.acct("pb_kes1", "instagram")
    ig.media(tp(2016, 9, 18, 17, 0), "Sunset di Pantai Amban 🌅 #Manokwari", N("neg_personal", "a landscape"), username=own)
    ig.media(tp(2016, 10, 9, 12, 0), "Ibadah syukur HUT gereja bersama jemaat. Bapa Hans juga hadir 🙏",
             R("rev_event_photo", "a nurse who joined pair 2's group posts a church service where the candidate was present: worship or a photo with a "
               "candidate (SKB-E5)?", actor="pb_kes1", cand="pb-2", lang="papua"), username=own)
    cm = [ig.comment(tp(2016, 11, 22, 19, 30), "Semangat kakak! 💪", "nona.amban", N(lang="papua"))]
    ig.media(tp(2016, 11, 22, 19, 0), "Night shift again 😴 nurse life #RSUDPapuaBarat", N("neg_personal", "work life", lang="en"), username=own, comments=cm)
    ig.media(tp(2017, 1, 1, 0, 30), "Happy New Year 2017! God bless Papua Barat 🎆", N("neg_personal", "a greeting", lang="en"), username=own)
    ig.media(tp(2017, 2, 14, 20, 0), "Besok pilih, jang golput e. Whoever wins, Papua Barat tetap satu 🙏", N("neg_reminder", "a call to vote without a side", lang="en"),
             username=own)
    ig.dump_media(own)

    # X search of 2024 (Surabaya, Karo, Kukar, Biak), English-mixed and leetspeak
    x = X(c, "x/search_pilkada2024_heldout8.jsonl")
    for k, (b, loc) in {"sby_pppk2": ("IT, kopi, Suroboyo", "Surabaya"), "sby_pkm": ("Dokter umum", "Surabaya"), "kro_guru2": ("Guru SD", "Berastagi"),
                        "kkr_pppk": ("Guru PPPK. Kukar", "Tenggarong"), "bik_guru": ("Teacher. Biak", "Biak"), "sby_guru2": ("Guru IPS", "Surabaya")}.items():
        x.user(c.acct(k, "x"), c.disp(k), b, loc)
    for h, n, loc in (("kukar_watch", "Kukar Watch", "Tenggarong"), ("roy_tarigan88", "Roy Tarigan", "Berastagi"), ("biak_today", "Biak Today", "Biak")):
        x.user(h, n, "", loc)
    H = lambda k: c.acct(k, "x")  # noqa: E731
    x.tweet(H("sby_pppk2"), w(2024, 9, 1, 20, 0), "Not gonna lie, Surabaya with only one candidate feels weird. Tapi ya tetep nyoblos 🗳️",
            N("neg_all_pairs", "a remark on the single-pair race, no side", lang="en"), lang="en")
    x.tweet(H("sby_pkm"), w(2024, 10, 19, 20, 0), "Reminder for my fellow ASN: no likes, no shares, no comments on campaign posts. Stay neutral 🙏",
            N("neg_reminder", "a neutrality reminder", lang="en"), lang="en")
    x.tweet(H("kro_guru2"), w(2024, 9, 29, 20, 0), "Mejuah-juah! Festival Bunga dan Buah Berastagi 2024 🌸🍊 #WonderfulKaro",
            N("neg_everyday_word", "the Karo greeting at a festival; pair 1's slogan is Karo Mejuah-juah", lang="karo"))
    x.tweet(H("kkr_pppk"), ta(2024, 10, 28, 20, 0), "s4y4 guru PPPK, tp kl ditanya pilihan... n0m0r 1 lah 😎 #SyaifulLaila1",
            V("kkr_pppk", "post", "kkr-1", "post_support", lang="slang", note="leetspeak support from a PPPK teacher"))
    x.tweet("kukar_watch", ta(2024, 10, 29, 8, 0), "Ada guru PPPK posting pilihan nomor 1 pakai angka-angka alay, Bawaslu cek ya", N())
    x.tweet(H("kkr_pppk"), ta(2024, 11, 27, 15, 0), "Done voting ✅ jari ungu, semoga Kukar makin maju siapa pun pemimpinnya",
            N("neg_after_voting", "voting day", lang="en"), lang="en")
    x.tweet(H("bik_guru"), tp(2024, 10, 1, 20, 0), "Teaching Wor dance to my students today, so proud of Biak culture 🥁❤️", N("neg_personal", "school news", lang="en"),
            lang="en")
    x.tweet(H("bik_guru"), tp(2024, 11, 18, 20, 0), "Pls don't tag me in campaign posts, I'm a civil servant 🙏 thx", N("neg_untag", "a general untag request", lang="en"),
            lang="en")
    x.tweet(H("sby_guru2"), w(2024, 11, 26, 20, 0), "Masa tenang tapi grup WA isih rame kolom kosong vs paslon 😂 skip dulu",
            N("neg_personal", "a quiet-day remark with no side", lang="suroboyo"))
    x.tweet("roy_tarigan88", w(2024, 11, 21, 20, 0), "Nomor 1 ☝️ Karo mejuah-juah!",
            R("rev_identity", "an unlisted account named like the teacher, who backs pair 1 on his listed accounts: a second account or a namesake?",
              actor="kro_guru2", cand="kro-1", lang="karo"))
    ws = c.cands["sby-1"]
    x.user(ws.handle("x"), ws.name, "Akun resmi " + ws.name, None)
    x.tweet(ws.handle("x"), w(2024, 10, 26, 20, 0), "Suwun @farahamalia_dr wis dadi narasumber diskusi kesehatan arek Gayungan 🙏",
            N("neg_candidate_own", "posted by the pair's account", lang="suroboyo"),
            mentions=[(H("sby_pkm"), A("sby_pkm", case="mentioned", note="thanked by the pair's account; no reply in this search"))])
    x.tweet("biak_today", tp(2024, 11, 28, 9, 0), "Rekapitulasi distrik Pilkada Biak Numfor berjalan tertib hingga pagi ini.", N("neg_news", "news"))
    x.dump_twarc("(Surabaya OR Karo OR Kukar OR Tenggarong OR Biak) (pilkada OR paslon OR coblos) lang:in", retrieved_at="2024-12-04T02:00:00+00:00")

    # CrowdTangle: WIT pages of 2016-17 (Kairatu, Serui)
    pages = {
        "krt": (c.inst["kec_krt"]["nama_akun"], "", c.inst["kec_krt"]["handle"], "Government Organization", "Kecamatan Kairatu, Seram Bagian Barat",
                "2015-05-05 09:00:00", 3100),
        "mrt": (c.disp("ypn_staf"), "", c.acct("ypn_staf", "facebook"), "Personal Blog", "Staf distrik, Serui", "2014-10-10 10:00:00", 540),
        "sp": ("Serui Pos", "seruipos", page_id("seruipos"), "Media/News Company", "Berita Kepulauan Yapen", "2013-03-03 03:00:00", 18600),
    }
    ct = Ct(c, "crowdtangle/pages_sbb_yapen_2016_2017.csv", WIT, pages)
    ct.row("krt", tp(2016, 8, 17, 9, 0), "Photo", "Upacara HUT RI ke-71 di Lapangan Kairatu. Merdeka! 🇮🇩", N("neg_official_neutral", "a ceremony"))
    ct.row("krt", tp(2016, 11, 27, 10, 0), "Photo", "Peresmian gedung gereja Jemaat Kairatu, dihadiri calon bupati Ir. Frederik Soumokil dan Camat Kairatu.",
           R("rev_inst_visit", "the kecamatan's page documents a church inauguration attended by a candidate during the campaign, without slogan or "
             "number: news or promotion?", actor="inst:kec_krt", cand="sbb-2"))
    ct.row("krt", tp(2016, 12, 20, 9, 0), "Photo", "Pembagian bibit cengkeh untuk kelompok tani Kairatu.", N("neg_official_neutral", "routine work"))
    ct.row("krt", tp(2017, 1, 20, 19, 0), "Status", "Saka Mese Nusa Bangkit! Kairatu dukung Bung Latief ☝️",
           V("inst:kec_krt", "inst", "sbb-1", "inst_account", lang="ambon", note="the kecamatan's page calls for a candidate with his slogan and number"))
    ct.row("krt", tp(2017, 2, 14, 9, 0), "Status", "Masa tenang, camat dan seluruh staf kecamatan netral.", N("neg_reminder", "a quiet-day notice"))
    ct.row("mrt", tp(2016, 9, 25, 19, 0), "Status", "Hari Minggu, ibadah di Serui 🙏", N("neg_personal", "a personal post", lang="papua"))
    ct.row("mrt", tp(2016, 11, 20, 19, 0), "Status", "Bapa Yeri pemimpin yang peduli distrik. Tanggal 15 Februari pilih nomor 1 ☝️",
           V("ypn_staf", "post", "ypn-1", "post_support", lang="papua"))
    ct.row("mrt", tp(2017, 2, 16, 10, 0), "Status", "Selamat untuk Bapa Niel, Yapen tetap satu 🙏", N("neg_after_voting", "after the vote", lang="papua"))
    ct.row("sp", tp(2016, 10, 25, 15, 0), "Link", "KPU Yapen undi nomor urut: Yeri–Salmon 1, Niel–Salo 2.", N("neg_news", "a news page"),
           link="https://seruipos.id/2016/10/25/nomor-urut-pilbup-yapen", link_text="Dua pasangan calon bupati Yapen dapat nomor urut")
    ct.row("sp", tp(2017, 1, 10, 12, 0), "Link", "Kunjungan calon bupati Daniel Wonatorei ke Kosiwo disambut tarian adat.", N("neg_news", "news of a campaign visit"),
           link="https://seruipos.id/2017/01/10/kunjungan-kosiwo", link_text="Calon bupati nomor 2 kunjungi Kosiwo")
    ct.dump()

    # a second TikTok query (2024)
    T = lambda k: c.acct(k, "tiktok")  # noqa: E731
    tt = Tt(c, "tiktok/videos_query_heldout8_b.jsonl")
    tt.video(T("sby_pppk1"), w(2024, 11, 27, 10, 0), "Vote day vibes 🗳️ sing penting teko, milih sesuai ati", N("neg_after_voting", "voting day", lang="slang"))
    tt.video(T("kro_pppk"), w(2024, 11, 10, 19, 0), "Day in my life jadi guru SD di Kabanjahe ✌️✨ #guruPPPK",
             R("rev_gesture_emoji", "a V sign in a day-in-the-life video by a PPPK teacher who backs pair 2, during the campaign: a number sign or a habit?",
               actor="kro_pppk", cand="kro-2", lang="en"))
    tt.video(T("kkr_pppk"), ta(2024, 11, 20, 19, 0), "POV: ditanya murid 'pak guru pilih siapa?' jawabanku: rahasia negara 🤫😂",
             N("neg_personal", "a joke that refuses to answer", lang="slang"))
    tt.video(T("bik_pppk"), tp(2024, 10, 28, 19, 0), "Sumpah Pemuda 🇮🇩 kitong satu Indonesia", N("neg_personal", "a national day", lang="papua"))
    tt.video(T("sby_staf1"), w(2024, 11, 1, 20, 0), "Bukan endorse ya, cuma ngerekam dalan anyar nang Gayungan 😅 WANI",
             R("rev_slogan_echo", "a clerk who backs the pair denies endorsing but ends with its acronym in capitals: a word or the slogan?",
               actor="sby_staf1", cand="sby-1", lang="slang"))
    tt.video(T("sby_pppk2"), w(2024, 10, 10, 20, 0), "Tutorial cek DPT online 👇 gampang banget", N("neg_how_to_vote", "how to check the voter list", lang="slang"))
    tt.dump()

    # YouTube: a teacher's vlog on voting with a single pair (2024)
    chn = c.acct("sby_guru2", "youtube")
    yt = Yt(c, "youtube/comments_vlog_cakilham_kolomkosong.json", "sBy" + "klmksg24", chn)
    yt.thread(yt.comment(w(2024, 11, 5, 20, 0), "Video iki gak ngajak milih sopo-sopo, mung njelasno hak pilih nang Pilwali paslon tunggal.", "Moch. Ilham", chn,
                         N("neg_how_to_vote", "the vlogger's note", lang="suroboyo")))
    yt.thread(yt.comment(w(2024, 11, 5, 21, 0), "Matur nuwun pak, jelas banget", "Mbak Ayu Gayungan", yt_channel("h8ayugayungan"), N(lang="suroboyo")))
    top = yt.comment(w(2024, 11, 6, 8, 0), "Pak guru kok sering ngomong kolom kosong, pro kolom kosong ta? 🤔", "Arek Wonokromo", yt_channel("h8arekwonokromo"),
                     N(lang="suroboyo"))
    yt.thread(top, [yt.comment(w(2024, 11, 6, 9, 0), "Aku mung njelasno aturan, sing milih yo sampeyan dewe", "Moch. Ilham", chn,
                               N("neg_deflect", "a neutral answer in this video", lang="suroboyo"), parent=top)])
    yt.dump()


@section
def extra_candidate_ig(c):
    # the Instagram account of Jepara pair 2 (WIB): the candidate's own posts and citizens' comments
    ig = Ig(c, "instagram/media_bulilik_jepara2.json")
    own = c.cands["jpr-2"].handle("instagram")
    on = lambda: N("neg_candidate_own", "posted by the pair's account")  # noqa: E731
    cm = [ig.comment(w(2016, 9, 22, 11, 0), "Sukses Bu Lilik, perempuan Jepara bangga 💪", "mbak.ulfa.jpr", N()),
          ig.comment(w(2016, 9, 22, 11, 30), "Semoga amanah bu", "kangmas.pecangaan", N())]
    ig.media(w(2016, 9, 22, 10, 0), "Bismillah, hari ini Lilik–Bayu mendaftar ke KPU Jepara. Jepara Mulya! 🤲", on(), username=own, comments=cm)
    cm = [ig.comment(w(2016, 11, 18, 20, 0), "Bu, jalan ke Keling rusak parah, tolong diperhatikan", "warga.keling", N()),
          ig.comment(w(2016, 11, 18, 20, 30), "Nomer 2 mantap ✌️", "santri.bangsri", N())]
    ig.media(w(2016, 11, 18, 19, 0), "Dialog bersama nelayan Kedung. Jepara Mulya, nelayan sejahtera ✌️ #LilikBayu2", on(), username=own, mtype="CAROUSEL_ALBUM",
             comments=cm)
    ig.media(w(2017, 2, 11, 20, 0), "Hari terakhir kampanye. Matur nuwun sedaya warga Jepara 🙏", on(), username=own)
    ig.dump_media(own)


@section
def canonical_b(c):
    cn = Canon(c, "canonical/activities_heldout8_b.jsonl", "h8b")
    W = cn.who

    def ch(cid, platform, name=None, text=None):
        cd = c.cands[cid]
        return tgt(cd.handle(platform), name or cd.name, text)

    # doubts
    cn.add(R("rev_emoji", "a bare one-finger emoji under a candidate's post by a camat who left the other pair's group", actor="kpr_camat", cand="kpr-1",
             lang="sys"), "facebook", "comment", w(2016, 12, 12, 20, 0), W("kpr_camat", "facebook"), "☝️",
           target=ch("kpr-1", "facebook", None, "Kampar ELOK: irigasi untuk sawah Kampar Kiri #ELOK1"))
    cn.add(R("rev_share_info", "a personnel officer shares a candidate's programme for contract staff 'as information' without a word of support: "
             "relaying or promoting (SKB-D2)?", actor="gto_bkd", cand="gto-1"), "facebook", "share", ta(2016, 12, 2, 10, 0), W("gto_bkd", "facebook"),
           "Informasi untuk teman-teman honorer 🙏", target=ch("gto-1", "facebook", None, "Gorontalo BISA: honorer diangkat bertahap #BISA1"))
    cn.add(R("rev_after_vote", "a profile with his name (he has no listed Facebook account) likes the winner's thank-you post the day after the vote: "
             "whose like is it, and is it a congratulation or support?", actor="flt_kes3", cand="flt-2",
             lang="sys"), "facebook", "reaction", ta(2017, 2, 16, 10, 0), {"name": c.disp("flt_kes3"), "id": fbid("flt_kes3_unlisted")},
           target=ch("flt-2", "facebook", None, "Terima kasih Flotim! Mari bangun bersama."))

    t = ch("kro-2", "facebook", "dr. Sarinah br Ginting", "Bujur guru-guru Kabanjahe, Lestari br Sembiring ras kerina si ndukung 🙏 #SarinahEdi2")
    cn.add(A("kro_guru1", note="tagged by the pair's page; no further reaction here"), "facebook", "tagged", w(2024, 11, 2, 19, 0), W("kro_guru1", "facebook"),
           initiated_by={"id": c.cands["kro-2"].handle("facebook"), "name": "dr. Sarinah br Ginting"}, target=t)
    grp = {"id": "tg-relawan-bangreza-tgr", "name": "Relawan Bang Reza Tenggarong"}
    cn.add(A("kkr_staf2", case="added_to_group", note="added to a candidate's volunteers' group on Telegram by his team; she leaves"), "telegram",
           "added_to_group", ta(2024, 10, 16, 20, 0), W("kkr_staf2", "telegram"), initiated_by={"name": "Tim Bang Reza"}, group=grp)
    cn.add(N("neg_left_group", "she says goodbye and leaves", lang="kutai"), "telegram", "message", ta(2024, 10, 16, 20, 20), W("kkr_staf2", "telegram"),
           "Maaf, ulun PNS, ulun keluar dulu 🙏", group=grp)
    cn.add(R("rev_program_praise", "an officer who refused to lend office tents shares a news item on a candidate's market programme with 'a good "
             "programme too': an opinion on policy or support (SKB-D2)?", actor="kkr_staf2", cand="kkr-2", lang="kutai"), "telegram", "share",
           ta(2024, 11, 4, 19, 0), W("kkr_staf2", "telegram"), "Bagus jua programnya 👍",
           target=tgt("kaltimnews", "Kaltim News", "Calon bupati Reza Mahakam janjikan revitalisasi 20 pasar di Kukar"))
    cn.add(R("rev_comment_non_campaign", "a teacher who backs pair 2 writes 'lovely' under pair 2's temple-ceremony photo during the campaign: a remark "
             "on the ceremony or engagement with the candidate's page?", actor="bll_guru1", cand="bll-2", lang="bali"), "facebook", "comment",
           ta(2016, 12, 1, 19, 0), W("bll_guru1", "facebook"), "Becik pisan, rahajeng 🙏",
           target=ch("bll-2", "facebook", None, "Ngaturang bakti ring Pura Pulaki sareng krama Gerokgak 🙏"))
    cn.add(R("rev_pun", "an officer added to pair 2's volunteers' group puns on its acronym: a joke or a hint of support?", actor="gto_staf1", cand="gto-2",
             lang="gorontalo"), "facebook", "post", ta(2016, 12, 20, 19, 0), W("gto_staf1", "facebook"), "Kalau pemimpin AMAN, rakyat tenang 😊")

    # the ordinary: everyday activity of the same officials, with no election content (a patrol sees far more of this)
    for k, plat, when, text, lang in (
        ("jpr_guru1", "facebook", w(2016, 8, 17, 10, 0), "Upacara 17 Agustus di SDN 2 Mlonggo. Dirgahayu RI ke-71 🇮🇩", "id"),
        ("jpr_disbud", "instagram", w(2016, 9, 18, 16, 0), "Ukiran macan kurung karya perajin Mulyoharjo, detailnya luar biasa 🪵", "id"),
        ("kpr_guru", "x", w(2016, 11, 25, 8, 0), "Selamat Hari Guru untuk sadonyo guru di Kampar 🙏", "ocu"),
        ("skw_dispar", "instagram", w(2017, 1, 29, 10, 0), "Gong Xi Fa Cai! Selamat Tahun Baru Imlek 2568 🧧", "singkawang"),
        ("bll_guru2", "facebook", ta(2016, 10, 12, 19, 0), "Rahajeng rahina Galungan lan Kuningan semeton 🙏", "bali"),
        ("flt_guru2", "facebook", ta(2016, 10, 28, 9, 0), "Sumpah Pemuda di SMPN 1 Adonara Timur, anak-anak baca puisi 🇮🇩", "id"),
        ("blm_pkm", "instagram", ta(2016, 11, 14, 19, 0), "Hari Diabetes Sedunia, cek gula darah gratis di Puskesmas Tilamuta 🩸", "id"),
        ("sbb_dkp2", "instagram", tp(2016, 10, 16, 17, 0), "Ikan asar dari Piru, oleh-oleh par keluarga di Ambon 🐟", "ambon"),
        ("ypn_guru", "facebook", tp(2016, 9, 20, 19, 0), "Anak-anak SMPN 1 Serui juara lomba paduan suara 🎶", "papua"),
        ("pb_guru", "facebook", tp(2016, 9, 30, 19, 0), "Latihan paskibra SMAN 1 Manokwari untuk HUT Provinsi 💪", "id"),
        ("sby_guru1", "facebook", w(2024, 8, 17, 9, 0), "Lomba balap karung arek-arek SD Ketintang, rame pol 😂", "suroboyo"),
        ("kro_guru1", "facebook", w(2024, 10, 2, 19, 0), "Selamat Hari Batik Nasional! Guru-guru make batik Karo 🤎", "karo"),
        ("kkr_pkm", "instagram", ta(2024, 10, 10, 19, 0), "World Mental Health Day 💚 jangan ragu cerita ke tenaga kesehatan", "en"),
        ("bik_kes", "instagram", tp(2024, 11, 12, 19, 0), "Hari Kesehatan Nasional, perawat RSUD Biak tetap semangat 💪", "id"),
        ("sby_pkm", "instagram", w(2024, 11, 14, 19, 0), "World Diabetes Day: kurangi gula, perbanyak jalan kaki 🚶", "en"),
        ("kro_tani", "facebook", w(2024, 9, 1, 19, 0), "Panen kol i Simpang Empat, harga lumayan bulan ini 🥬", "karo"),
        ("gto_dokter", "instagram", ta(2016, 12, 3, 19, 0), "Hari Disabilitas Internasional, layanan ramah disabilitas di RSUD 💙", "id"),
        ("pb_bpkad", "instagram", tp(2016, 12, 30, 19, 0), "Tutup buku akhir tahun, lembur sampai malam. Semangat tim keuangan! 📊", "id"),
        ("gto_tani", "facebook", ta(2016, 8, 25, 19, 0), "Panen jagung di Limboto, alhamdulillah hasilnya bagus 🌽", "id"),
        ("blm_guru1", "facebook", ta(2016, 9, 15, 19, 0), "Anak-anak kelas 4 belajar menanam pohon di halaman sekolah 🌱", "id"),
        ("jpr_mts", "facebook", w(2016, 9, 12, 19, 0), "Idul Adha di MTsN 1 Jepara, alhamdulillah dua ekor sapi 🐄", "id"),
        ("kpr_pkm", "instagram", w(2016, 10, 30, 19, 0), "Jalan pagi bareng ibu-ibu posyandu Kuok, sehat itu murah 🚶‍♀️", "id"),
        ("skw_guru1", "instagram", w(2016, 11, 25, 19, 0), "Happy Teachers' Day! Terima kasih murid-muridku 🌷", "en"),
        ("bll_pkm", "instagram", ta(2017, 1, 14, 19, 0), "Posyandu Desa Pemuteran, bayi-bayi sehat semua 👶", "id"),
        ("flt_kes2", "instagram", ta(2016, 9, 28, 19, 0), "Kelas ibu hamil di Weri, mama-mama semangat 🤰", "larantuka"),
        ("sbb_guru", "facebook", tp(2016, 11, 25, 19, 0), "Selamat Hari Guru, katong guru tetap semangat di pulau 🙏", "ambon"),
        ("ypn_kes", "facebook", tp(2016, 10, 15, 19, 0), "Jaga malam di IGD RSUD Serui, doakan pasien cepat sembuh 🙏", "papua"),
        ("sby_staf2", "instagram", w(2024, 9, 27, 19, 0), "Pelayanan adminduk keliling nang Balai RW 02, suwun warga sing sabar antri 🙏", "suroboyo"),
        ("kkr_guru", "facebook", ta(2024, 8, 17, 19, 0), "Lomba 17-an di SDN 005, anak-anak gembira banar 🇮🇩", "kutai"),
        ("bik_staf", "instagram", tp(2024, 9, 5, 19, 0), "Ikan bakar hasil tangkapan nelayan Padaido, mantap 🐟🔥", "papua"),
        ("kro_kes", "facebook", w(2024, 8, 25, 19, 0), "Imunisasi balita i Berastagi, bujur mamak-mamak si ro 👶", "karo"),
        ("sby_guru2", "x", w(2024, 9, 30, 20, 0), "Ujian tengah semester wis rampung, saiki koreksi 200 lembar 😵", "suroboyo"),
        ("sby_pppk2", "x", w(2024, 10, 7, 9, 0), "Monday blues, server maintenance sampai jam 2 pagi 😴", "en"),
    ):
        cn.add(N("neg_personal", "an ordinary post with no election content", lang=lang), plat, "post", when, W(k, plat), text)
    cn.dump()
